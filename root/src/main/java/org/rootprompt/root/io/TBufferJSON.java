package org.rootprompt.root.io;

import java.lang.reflect.Array;
import java.util.IdentityHashMap;
import java.util.Map;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.gpad.TStyle;

/**
 * ROOT's JSON form of objects, as JSROOT reads it (TBufferJSON's compact form): each object is
 * {@code {"_typename":"TH1F", …}} with its members in streamer order and its base classes' members
 * inlined, arrays as JSON arrays, lists as {@code {"_typename":"TList","name":…,"arr":[…],"opt":[…]}}
 * and an object met a second time as {@code {"$ref":N}}, N counting the JSON objects written before
 * it. Everything follows the one {@link ClassDescription} of each class.
 */
public final class TBufferJSON {
    private static final String LOCATION = "TBufferJSON::ConvertToJSON";

    private final ClassRegistry registry = ClassRegistry.get();
    private final StringBuilder out = new StringBuilder();
    /** Objects reachable through pointers, by the number of the JSON object that holds them. */
    private final Map<Object, Integer> written = new IdentityHashMap<>();
    private int objectCount;

    private TBufferJSON() {}

    /** The JSON of obj and everything it holds; "null" for a null object, as ROOT. */
    public static String ConvertToJSON(TObject obj) {
        TBufferJSON buffer = new TBufferJSON();
        buffer.writePointer(obj);
        return buffer.out.toString();
    }

    /**
     * A canvas as ROOT's notebooks sent it to JSROOT: JupyROOT appended gStyle to the primitives
     * before converting, so that JSROOT draws with the same OptStat, OptFit, formats, title and
     * pad settings; gStyle is in the primitives only while the canvas is written.
     */
    public static String notebookJson(TCanvas canvas) {
        TList primitives = canvas.GetListOfPrimitives();
        primitives.Add(TStyle.gStyle);
        try {
            return ConvertToJSON(canvas);
        } finally {
            primitives.Remove(TStyle.gStyle);
        }
    }

    /** An object that another may point to again: written once, then as a reference. */
    private void writePointer(Object obj) {
        if (obj == null) {
            out.append("null");
            return;
        }
        Integer ref = written.get(obj);
        if (ref != null) {
            out.append("{\"$ref\":").append(ref).append('}');
            return;
        }
        ClassDescription description = registry.forObject(obj);
        if (description == null) {
            ErrorHandler.report(ErrorHandler.kError, LOCATION,
                    "class " + ((TObject) obj).ClassName() + " has no streamer description, written as null");
            out.append("null");
            return;
        }
        written.put(obj, objectCount);
        writeObject(obj, description);
    }

    /** Any JSON object counts in the numbering that {@code $ref} uses (JSROOT's parse counts them all). */
    private void writeObject(Object obj, ClassDescription description) {
        objectCount++;
        out.append("{\"_typename\":");
        writeString(description.rootName());
        if (description.streaming() == ClassDescription.Streaming.COLLECTION) {
            writeCollection((TList) obj);
        } else {
            writeMembers(obj, description);
        }
        out.append('}');
    }

    /**
     * A list's objects with their options. An object we cannot describe is left out with a warning
     * (a null in a pad's list would stop JSROOT from drawing the rest).
     */
    private void writeCollection(TList list) {
        out.append(",\"name\":");
        writeString(list.GetName());
        StringBuilder options = new StringBuilder();
        int kept = 0;
        out.append(",\"arr\":[");
        for (int i = 0; i < list.GetSize(); i++) {
            TObject obj = list.At(i);
            if (registry.forObject(obj) == null) {
                ErrorHandler.report(ErrorHandler.kWarning, LOCATION,
                        "class " + obj.ClassName() + " has no streamer description, " + obj.GetName() + " is left out");
                continue;
            }
            String separator = kept++ > 0 ? "," : "";
            out.append(separator);
            writePointer(obj);
            options.append(separator).append(jsonString(list.optionAt(i)));
        }
        out.append("],\"opt\":[").append(options).append(']');
    }

    private void writeMembers(Object obj, ClassDescription description) {
        for (Member m : description.elements()) {
            Object value = m.get(obj);
            if (m.isBase()) {
                if (m.baseClass().streaming() == ClassDescription.Streaming.TARRAY) {
                    field("fArray");
                    writeArray(value, -1); // TBufferJSON writes a TArray base as its values only
                } else {
                    writeMembers(value, m.baseClass());
                }
                continue;
            }
            field(m.name());
            writeValue(m, value, obj, description);
        }
    }

    private void writeValue(Member m, Object value, Object owner, ClassDescription ownerDescription) {
        int type = m.type();
        if (StreamerType.isBasicPointer(type)) {
            Member counter = ownerDescription.find(m.countName());
            writeArray(value, ((Number) counter.get(owner)).intValue());
            return;
        }
        switch (type) {
            case StreamerType.kTString -> writeString((String) value);
            case StreamerType.kBool -> out.append(Boolean.TRUE.equals(value));
            case StreamerType.kSTL -> writeArray(value, -1);
            case StreamerType.kObject, StreamerType.kAny -> writeEmbedded(value, registry.forName(m.typeName()));
            case StreamerType.kObjectp, StreamerType.kObjectP -> writePointer(value);
            case StreamerType.kAnyP -> writeEmbedded(value, registry.forName(m.typeName().replace("*", "")));
            default -> writeNumber((Number) value);
        }
    }

    /** An object held by value (an axis, a TArrayD, TAttCanvas): written in full, never referenced. */
    private void writeEmbedded(Object value, ClassDescription description) {
        if (value == null) {
            out.append("null");
        } else if (description.streaming() == ClassDescription.Streaming.TARRAY) {
            writeArray(value, -1);
        } else {
            writeObject(value, description);
        }
    }

    /** A primitive or String array as a JSON array; length -1 writes all of it. */
    private void writeArray(Object array, int length) {
        int n = array == null ? 0 : length < 0 ? Array.getLength(array) : Math.min(length, Array.getLength(array));
        out.append('[');
        for (int i = 0; i < n; i++) {
            out.append(i > 0 ? "," : "");
            Object element = Array.get(array, i);
            if (element instanceof String s) {
                writeString(s);
            } else {
                writeNumber((Number) element);
            }
        }
        out.append(']');
    }

    private void field(String name) {
        out.append(",\"").append(name).append("\":");
    }

    /**
     * Numbers as JSON allows them. NaN and ±Inf are not JSON: ±Inf becomes ±2e308, which JSON
     * parsers (JSROOT's JSON.parse) read back as ±Infinity; NaN becomes null, which JSROOT treats as
     * a missing value. Float_t values are written with a float's shortest digits (0.005, not
     * 0.004999…), doubles with a double's, so that both read back exactly.
     */
    private void writeNumber(Number number) {
        double v = number.doubleValue();
        if (Double.isNaN(v)) {
            out.append("null");
        } else if (Double.isInfinite(v)) {
            out.append(v > 0 ? "2e308" : "-2e308");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            out.append((long) v);
        } else if (number instanceof Float f) {
            out.append(Float.toString(f));
        } else {
            out.append(Double.toString(v));
        }
    }

    private void writeString(String s) {
        out.append(jsonString(s));
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder();
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return out.toString();
    }
}
