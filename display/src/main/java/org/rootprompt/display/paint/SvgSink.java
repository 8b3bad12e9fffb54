package org.rootprompt.display.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.rootprompt.display.Renderers;

/**
 * Writes the marks as a standalone SVG 1.1 document in device pixels: paths with fill or stroke
 * attributes, clip paths defined once per distinct clip, images as PNG data URIs. Nothing refers
 * outside the document.
 */
final class SvgSink implements ShapeSink {
    private final int width;
    private final int height;
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    /** Clip path data (with its rule) to the id of its clipPath element. */
    private final Map<String, String> clipIds = new HashMap<>();

    SvgSink(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void fill(Shape shape, Color color, Shape clip) {
        String d = pathData(shape);
        if (d.isEmpty()) {
            return;
        }
        body.append("<path d=\"").append(d).append('"');
        colour("fill", color);
        if (PathSegments.isEvenOdd(shape)) {
            body.append(" fill-rule=\"evenodd\"");
        }
        clipReference(clip);
        body.append("/>\n");
    }

    @Override
    public void stroke(Shape shape, Color color, BasicStroke stroke, Shape clip) {
        String d = pathData(shape);
        if (d.isEmpty()) {
            return;
        }
        body.append("<path d=\"").append(d).append("\" fill=\"none\"");
        colour("stroke", color);
        attribute("stroke-width", stroke.getLineWidth());
        // only what differs from SVG's defaults (butt caps, miter joins, miter limit 4)
        if (stroke.getEndCap() != BasicStroke.CAP_BUTT) {
            body.append(" stroke-linecap=\"").append(stroke.getEndCap() == BasicStroke.CAP_ROUND ? "round" : "square").append('"');
        }
        if (stroke.getLineJoin() != BasicStroke.JOIN_MITER) {
            body.append(" stroke-linejoin=\"").append(stroke.getLineJoin() == BasicStroke.JOIN_ROUND ? "round" : "bevel").append('"');
        } else if (stroke.getMiterLimit() != 4) {
            attribute("stroke-miterlimit", stroke.getMiterLimit());
        }
        float[] dash = stroke.getDashArray();
        if (dash != null) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                appendNumber(i == 0 ? body : body.append(' '), dash[i]);
            }
            body.append('"');
            if (stroke.getDashPhase() != 0) {
                attribute("stroke-dashoffset", stroke.getDashPhase());
            }
        }
        clipReference(clip);
        body.append("/>\n");
    }

    @Override
    public void image(BufferedImage image, AffineTransform toDevice, float alpha, Shape clip) {
        // clip in a group: on the image itself it would move with the image's transform
        boolean grouped = clip != null;
        if (grouped) {
            body.append("<g");
            clipReference(clip);
            body.append(">\n");
        }
        body.append("<image width=\"").append(image.getWidth()).append("\" height=\"").append(image.getHeight())
                .append("\" preserveAspectRatio=\"none\" image-rendering=\"optimizeSpeed\"");
        if (toDevice.getType() == AffineTransform.TYPE_TRANSLATION) {
            attribute("x", toDevice.getTranslateX());
            attribute("y", toDevice.getTranslateY());
        } else if (!toDevice.isIdentity()) {
            double[] m = new double[6];
            toDevice.getMatrix(m);
            body.append(" transform=\"matrix(");
            for (int i = 0; i < 6; i++) {
                appendNumber(i == 0 ? body : body.append(' '), m[i]);
            }
            body.append(")\"");
        }
        if (alpha < 1) {
            attribute("opacity", alpha);
        }
        body.append(" xlink:href=\"data:image/png;base64,").append(Renderers.base64Png(image)).append("\"/>\n");
        if (grouped) {
            body.append("</g>\n");
        }
    }

    /** The finished document. */
    String document() {
        StringBuilder svg = new StringBuilder(defs.length() + body.length() + 400);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
        if (!defs.isEmpty()) {
            svg.append("<defs>\n").append(defs).append("</defs>\n");
        }
        return svg.append(body).append("</svg>\n").toString();
    }

    private void colour(String property, Color c) {
        body.append(' ').append(property).append("=\"#");
        for (int shift = 16; shift >= 0; shift -= 8) {
            int component = (c.getRGB() >> shift) & 0xff;
            body.append(Character.forDigit(component >> 4, 16)).append(Character.forDigit(component & 0xf, 16));
        }
        body.append('"');
        if (c.getAlpha() < 255) {
            attribute(property + "-opacity", c.getAlpha() / 255.0);
        }
    }

    private void clipReference(Shape clip) {
        if (clip == null) {
            return;
        }
        boolean evenOdd = PathSegments.isEvenOdd(clip);
        String d = pathData(clip);
        String id = clipIds.computeIfAbsent(d + evenOdd, k -> {
            String newId = "clip" + (clipIds.size() + 1);
            defs.append("<clipPath id=\"").append(newId).append("\"><path d=\"").append(d)
                    .append(evenOdd ? "\" clip-rule=\"evenodd\"/>" : "\"/>").append("</clipPath>\n");
            return newId;
        });
        body.append(" clip-path=\"url(#").append(id).append(")\"");
    }

    private void attribute(String name, double value) {
        appendNumber(body.append(' ').append(name).append("=\""), value).append('"');
    }

    /** "M x y L x y Q … C … Z" with compact numbers. */
    static String pathData(Shape shape) {
        StringBuilder d = new StringBuilder();
        PathSegments.walk(shape, new PathSegments() {
            @Override
            public void moveTo(double x, double y) {
                points('M', x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                points('L', x, y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                points('Q', cx, cy, x, y);
            }

            @Override
            public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                points('C', c1x, c1y, c2x, c2y, x, y);
            }

            @Override
            public void closePath() {
                d.append('Z');
            }

            private void points(char command, double... xy) {
                d.append(command);
                for (int i = 0; i < xy.length; i++) {
                    appendNumber(i == 0 ? d : d.append(' '), xy[i]);
                }
            }
        }, false);
        return d.toString();
    }

    /** At most three decimals, no trailing zeros, no "-0": small files that read well. */
    static StringBuilder appendNumber(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            return out.append('0');
        }
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            out.append('-');
            thousandths = -thousandths;
        }
        out.append(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            out.append('.').append((char) ('0' + fraction / 100));
            if (fraction % 100 != 0) {
                out.append((char) ('0' + fraction / 10 % 10));
                if (fraction % 10 != 0) {
                    out.append((char) ('0' + fraction % 10));
                }
            }
        }
        return out;
    }
}
