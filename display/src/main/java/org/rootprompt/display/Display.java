package org.rootprompt.display;

import java.awt.image.RenderedImage;
import java.util.UUID;

/**
 * The display API of notebook cells: {@code display(obj)}, the MIME helpers and
 * {@code updateDisplay(id, obj)}. Every call returns a display id that later updates refer to.
 * Statically imported into every session.
 */
public final class Display {
    private static volatile DisplaySink sink;

    private Display() {}

    /** Called by the kernel (or a test) to say where outputs go. */
    public static void setSink(DisplaySink newSink) {
        sink = newSink;
    }

    private static DisplaySink sink() {
        DisplaySink s = sink;
        if (s == null) {
            throw new IllegalStateException("display() needs a notebook: no display sink is installed");
        }
        return s;
    }

    /** Shows an object with its richest representation; returns its display id. */
    public static DisplayId display(Object value) {
        return show(Renderers.render(value, value instanceof RenderedImage ? plain(value) : String.valueOf(value)));
    }

    /** Shows an object as the given MIME type (a string, bytes or an image); returns its display id. */
    public static DisplayId display(Object value, String mime) {
        return show(Renderers.render(value, mime, plain(value)));
    }

    /** Replaces what was shown under {@code id} (a {@link DisplayId} or its string) with the richest representation of {@code value}. */
    public static void updateDisplay(Object id, Object value) {
        sink().update(Renderers.render(value, String.valueOf(value)), String.valueOf(id));
    }

    /** Replaces what was shown under {@code id} with {@code value} as the given MIME type. */
    public static void updateDisplay(Object id, Object value, String mime) {
        sink().update(Renderers.render(value, mime, plain(value)), String.valueOf(id));
    }

    public static DisplayId html(String html) {
        return display(html, "text/html");
    }

    public static DisplayId markdown(String markdown) {
        return display(markdown, "text/markdown");
    }

    /** LaTeX, e.g. {@code latex("$e^{i\\pi} + 1 = 0$")}. */
    public static DisplayId latex(String latex) {
        return display(latex, "text/latex");
    }

    public static DisplayId svg(String svg) {
        return display(svg, "image/svg+xml");
    }

    public static DisplayId png(byte[] png) {
        return display(png, "image/png");
    }

    public static DisplayId png(RenderedImage image) {
        return display(image, "image/png");
    }

    /** Clears the cell's output; with {@code wait} the clearing happens when new output arrives. */
    public static void clearOutput(boolean wait) {
        sink().clear(wait);
    }

    public static void clearOutput() {
        clearOutput(false);
    }

    private static DisplayId show(MimeBundle bundle) {
        String id = UUID.randomUUID().toString();
        sink().display(bundle, id);
        return new DisplayId(id);
    }

    private static String plain(Object value) {
        if (value instanceof CharSequence text) {
            return text.length() <= 80 ? text.toString() : text.subSequence(0, 77) + "...";
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        if (value instanceof RenderedImage image) {
            return "<image " + image.getWidth() + "x" + image.getHeight() + ">";
        }
        return String.valueOf(value);
    }
}
