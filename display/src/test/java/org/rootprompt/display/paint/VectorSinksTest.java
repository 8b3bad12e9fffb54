package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.ErrorHandler;

/** The SVG and PDF writers on small cases whose output is known by hand. */
class VectorSinksTest {
    @AfterEach
    void restoreErrorHandler() {
        ErrorHandler.setHandler(null);
    }

    @Test
    void numbersHaveAtMostThreeDecimalsAndNoNegativeZero() {
        assertEquals("2", number(2.0));
        assertEquals("1.235", number(1.23456));
        assertEquals("0.1", number(0.1));
        assertEquals("0.05", number(0.05));
        assertEquals("-1.5", number(-1.5));
        assertEquals("0", number(-0.0001));
        assertEquals("12345.007", number(12345.00701));
        assertEquals("0", number(Double.NaN));
    }

    private static String number(double v) {
        return SvgSink.appendNumber(new StringBuilder(), v).toString();
    }

    @Test
    void aRepeatedClipIsDefinedOnce() {
        String svg = VectorOutput.svg(100, 50, g -> {
            g.clipRect(10, 10, 30, 20);
            g.setColor(Color.RED);
            g.fillRect(0, 0, 100, 100);
            g.setColor(Color.BLUE);
            g.fillOval(0, 0, 50, 50);
            g.setClip(null);
            g.fillRect(0, 0, 1, 1);
        });
        assertEquals(1, count(svg, "<clipPath "));
        assertEquals(2, count(svg, "clip-path=\"url(#clip1)\""));
        assertTrue(svg.contains("<clipPath id=\"clip1\"><path d=\"M10 10L40 10L40 30L10 30L10 10Z\"/></clipPath>"), svg);
    }

    @Test
    void quadraticCurvesStayQuadraticInSvgAndEvenOddIsKept() {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        p.moveTo(0, 0);
        p.quadTo(10, 20, 30, 0);
        p.closePath();
        String svg = VectorOutput.svg(40, 40, g -> {
            g.setColor(new Color(0x12, 0xab, 0xef, 51));
            g.fill(p);
        });
        assertTrue(svg.contains("<path d=\"M0 0Q10 20 30 0Z\" fill=\"#12abef\" fill-opacity=\"0.2\" fill-rule=\"evenodd\"/>"), svg);
    }

    @Test
    void strokeAttributesOnlyWhereTheyDifferFromSvgsDefaults() {
        String svg = VectorOutput.svg(40, 40, g -> {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10));
            g.drawLine(0, 0, 10, 10);
            g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4, new float[] {5, 2, 1, 2}, 3));
            g.drawLine(0, 0, 10, 0);
        });
        assertTrue(svg.contains("<path d=\"M0 0L10 10\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2.5\""
                + " stroke-linecap=\"square\" stroke-miterlimit=\"10\"/>"), svg);
        assertTrue(svg.contains("<path d=\"M0 0L10 0\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1\""
                + " stroke-dasharray=\"5 2 1 2\" stroke-dashoffset=\"3\"/>"), svg);
    }

    @Test
    void pdfWritesCurvesClipsOnceAndAlphaAsGraphicsStates() throws Exception {
        Path2D.Double quad = new Path2D.Double();
        quad.moveTo(0, 0);
        quad.quadTo(30, 60, 90, 0);
        byte[] pdf = VectorOutput.pdf(100, 100, g -> {
            g.clip(new Rectangle2D.Double(10, 10, 50, 50));
            g.setColor(new Color(255, 0, 0, 128));
            g.fill(quad);
            g.fillRect(0, 0, 5, 5);
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Object> tokens = new PDFStreamParser(doc.getPage(0)).parse();
            List<String> ops = new ArrayList<>();
            for (Object t : tokens) {
                if (t instanceof Operator op) {
                    ops.add(op.getName());
                }
            }
            // the flip to pixels, one clip, red with its alpha, a curve, two fills
            assertEquals(List.of("cm", "q", "m", "l", "l", "l", "l", "h", "W", "n", "rg", "gs", "m", "c", "f",
                    "m", "l", "l", "l", "l", "h", "f", "Q"), ops);
            // the quadratic's cubic controls lie 2/3 of the way to its control point (30, 60)
            int c = tokens.indexOf(tokens.stream().filter(t -> t instanceof Operator op && op.getName().equals("c"))
                    .findFirst().orElseThrow());
            List<Float> controls = new ArrayList<>();
            for (int i = c - 6; i < c; i++) {
                controls.add(((org.apache.pdfbox.cos.COSNumber) tokens.get(i)).floatValue());
            }
            assertEquals(List.of(20f, 40f, 50f, 40f, 90f, 0f), controls);
            var gs = doc.getPage(0).getResources();
            var name = gs.getExtGStateNames().iterator().next();
            assertEquals(128 / 255f, gs.getExtGState(name).getNonStrokingAlphaConstant(), 1e-6);
        }
    }

    @Test
    void aSizeBelowOnePixelIsReportedAndRaised() {
        List<String> messages = new ArrayList<>();
        ErrorHandler.setHandler((level, location, message) -> messages.add(ErrorHandler.text(level, location, message)));
        String svg = VectorOutput.svg(0, 600, g -> {});
        assertEquals(List.of("Error in <VectorOutput::svg>: size 0 x 600 is not positive, using at least 1 x 1"), messages);
        assertTrue(svg.contains("width=\"1\" height=\"600\""));
        assertTrue(VectorOutput.pdf(-5, -5, null).length > 0);
        assertEquals(2, messages.size());
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
