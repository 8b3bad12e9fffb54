package org.rootprompt.display;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * Turns objects into MIME bundles. Libraries register renderers for their own classes (the graphics
 * layer registers canvases); images, {@link Displayable} and bundles are known out of the box.
 */
public final class Renderers {
    private static final Map<Class<?>, Function<Object, MimeBundle>> RENDERERS = new ConcurrentHashMap<>();

    private Renderers() {}

    /** Registers how instances of {@code type} (and its subclasses) are shown. */
    public static <T> void register(Class<T> type, Function<? super T, MimeBundle> renderer) {
        RENDERERS.put(type, o -> renderer.apply(type.cast(o)));
    }

    /** True when the object has a richer representation than text/plain. */
    public static boolean isRich(Object value) {
        return value instanceof MimeBundle || value instanceof Displayable
                || value instanceof RenderedImage || rendererFor(value) != null;
    }

    /** The bundle that shows {@code value}; {@code plainText} is the text/plain fallback. */
    public static MimeBundle render(Object value, String plainText) {
        if (value instanceof MimeBundle bundle) {
            return bundle;
        }
        if (value instanceof Displayable displayable) {
            return displayable.toMimeBundle();
        }
        if (value instanceof RenderedImage image) {
            return MimeBundle.of("image/png", base64Png(image), plainText);
        }
        Function<Object, MimeBundle> renderer = rendererFor(value);
        if (renderer != null) {
            return renderer.apply(value);
        }
        return MimeBundle.text(plainText);
    }

    /** The bundle for {@code value} shown as one given MIME type. */
    public static MimeBundle render(Object value, String mime, String plainText) {
        Object data;
        if (value instanceof byte[] bytes) {
            data = mime.startsWith("text/") || mime.equals("image/svg+xml")
                    ? new String(bytes, StandardCharsets.UTF_8)
                    : Base64.getEncoder().encodeToString(bytes);
        } else if (value instanceof RenderedImage image && mime.equals("image/png")) {
            data = base64Png(image);
        } else if (value instanceof CharSequence || !isRich(value)) {
            data = String.valueOf(value);
        } else {
            return render(value, plainText).only(java.util.Set.of(mime));
        }
        return MimeBundle.of(mime, data, plainText);
    }

    private static Function<Object, MimeBundle> rendererFor(Object value) {
        if (value == null || RENDERERS.isEmpty()) {
            return null;
        }
        for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
            Function<Object, MimeBundle> r = RENDERERS.get(c);
            if (r != null) {
                return r;
            }
        }
        for (Class<?> i : value.getClass().getInterfaces()) {
            Function<Object, MimeBundle> r = RENDERERS.get(i);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** PNG bytes of an image, base64-encoded as notebooks expect. */
    public static String base64Png(RenderedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
