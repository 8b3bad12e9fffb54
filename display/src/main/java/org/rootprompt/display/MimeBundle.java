package org.rootprompt.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a notebook shows for one output: data by MIME type (text as strings, binary types such as
 * {@code image/png} already base64-encoded, JSON types as maps or lists) plus metadata by MIME type.
 */
public record MimeBundle(Map<String, Object> data, Map<String, Object> metadata) {

    public MimeBundle {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** A bundle of one MIME type and its data, with a text/plain fallback. */
    public static MimeBundle of(String mime, Object value, String plainText) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(mime, value);
        data.putIfAbsent("text/plain", plainText);
        return new MimeBundle(data, Map.of());
    }

    public static MimeBundle text(String plainText) {
        return new MimeBundle(Map.of("text/plain", plainText), Map.of());
    }

    /** This bundle restricted to the given MIME types (text/plain always kept). */
    public MimeBundle only(java.util.Collection<String> mimes) {
        Map<String, Object> kept = new LinkedHashMap<>();
        data.forEach((mime, value) -> {
            if (mimes.contains(mime) || mime.equals("text/plain")) {
                kept.put(mime, value);
            }
        });
        return new MimeBundle(kept, metadata);
    }
}
