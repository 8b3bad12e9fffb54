package org.rootprompt.root.io;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;

/**
 * The writing half of ROOT's TBufferFile: big-endian bytes, versioned blocks with byte counts,
 * and objects behind pointers with class tags and object references, all driven by the
 * {@link ClassDescription}s. Tags are positions in the key's buffer, which starts fKeylen bytes
 * before this payload: {@code origin} says how far.
 */
final class BufferWriter {
    static final int kByteCountMask = 0x40000000;
    static final int kClassMask = 0x80000000;
    static final int kNewClassTag = 0xFFFFFFFF;
    static final int kMapOffset = 2;
    /** kIsOnHeap | kNotDeleted, which ROOT (≤ 6.28) and uproot write in every TObject's fBits. */
    static final int kOnHeapBits = 0x03000000;

    private static final String LOCATION = "TBufferFile::WriteObject";

    private final ClassRegistry registry = ClassRegistry.get();
    private byte[] buf = new byte[1024];
    private int pos;
    private final int origin;
    private final Map<Object, Integer> objectTags = new IdentityHashMap<>();
    private final Map<String, Integer> classTags = new java.util.HashMap<>();
    /** Every class streamed, so that the file can list their streamer infos. */
    private final Set<ClassDescription> classesUsed = new LinkedHashSet<>();

    BufferWriter(int origin) {
        this.origin = origin;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    int length() {
        return pos;
    }

    Set<ClassDescription> classesUsed() {
        return classesUsed;
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    void writeByte(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
    }

    void writeShort(int v) {
        ensure(2);
        buf[pos++] = (byte) (v >> 8);
        buf[pos++] = (byte) v;
    }

    void writeInt(int v) {
        ensure(4);
        putInt(pos, v);
        pos += 4;
    }

    void writeLong(long v) {
        writeInt((int) (v >> 32));
        writeInt((int) v);
    }

    private void putInt(int at, int v) {
        buf[at] = (byte) (v >> 24);
        buf[at + 1] = (byte) (v >> 16);
        buf[at + 2] = (byte) (v >> 8);
        buf[at + 3] = (byte) v;
    }

    void writeBytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
    }

    /** ROOT's TString: one length byte, or 255 and a 4-byte length for long strings. */
    void writeTString(String s) {
        byte[] bytes = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 255) {
            writeByte(bytes.length);
        } else {
            writeByte(255);
            writeInt(bytes.length);
        }
        writeBytes(bytes);
    }

    /** Starts a versioned block; {@link #endBlock} fills in its byte count. */
    int startBlock(int version) {
        int start = pos;
        writeInt(0);
        writeShort(version);
        return start;
    }

    void endBlock(int start) {
        putInt(start, (pos - start - 4) | kByteCountMask);
    }

    /**
     * A pointer member or a collection entry: 0 for null, the tag of an object already written,
     * else byte count, class (new name or tag of a class already named), object.
     */
    void writeObjectAny(Object obj) {
        if (obj == null) {
            writeInt(0);
            return;
        }
        Integer tag = objectTags.get(obj);
        if (tag != null) {
            writeInt(tag);
            return;
        }
        ClassDescription d = registry.forObject(obj);
        if (d == null) {
            ErrorHandler.report(ErrorHandler.kError, LOCATION,
                    "class " + ((TObject) obj).ClassName() + " has no streamer description, written as null");
            writeInt(0);
            return;
        }
        writeObjectAny(obj, d);
    }

    /** As {@link #writeObjectAny(Object)} with the class given (a pointer to a non-TObject). */
    void writeObjectAny(Object obj, ClassDescription d) {
        writeTagged(obj, d.rootName(), () -> writeObject(obj, d));
    }

    /**
     * Byte count, class (new name, or the tag of a class already named), then the body; the object
     * is remembered so that a second pointer to it is written as its tag.
     */
    void writeTagged(Object obj, String className, Runnable body) {
        int start = pos;
        writeInt(0);
        Integer classTag = classTags.get(className);
        if (classTag != null) {
            writeInt(classTag | kClassMask);
        } else {
            classTags.put(className, origin + pos + kMapOffset);
            writeInt(kNewClassTag);
            writeBytes((className + "\0").getBytes(StandardCharsets.US_ASCII));
        }
        objectTags.put(obj, origin + start + kMapOffset);
        body.run();
        endBlock(start);
    }

    /** An object's own bytes, as its class's Streamer writes them. */
    void writeObject(Object obj, ClassDescription d) {
        classesUsed.add(d);
        switch (d.streaming()) {
            case TOBJECT -> {
                TObject o = (TObject) obj;
                writeShort(d.version());
                writeInt(o.GetUniqueID());
                writeInt(o.GetBits() | kOnHeapBits);
            }
            case TARRAY -> writeArray(obj, Array.getLength(obj));
            case COLLECTION -> writeCollection((TList) obj);
            case MEMBERWISE -> {
                int start = startBlock(d.version());
                writeMembers(obj, d);
                endBlock(start);
            }
            case CUSTOM -> ErrorHandler.report(ErrorHandler.kError, LOCATION,
                    "class " + d.rootName() + " cannot be written to a file yet");
        }
    }

    /** TList::Streamer: TObject, name, size, then each object and its option (as TList v5 of every collection). */
    private void writeCollection(TList list) {
        classesUsed.add(CoreClasses.TLIST);
        int start = startBlock(CoreClasses.TLIST.version());
        writeObject(list, CoreClasses.TOBJECT);
        writeTString(list.GetName());
        writeInt(list.GetSize());
        for (int i = 0; i < list.GetSize(); i++) {
            writeObjectAny(list.At(i));
            writeTString(list.optionAt(i));
        }
        endBlock(start);
    }

    private void writeMembers(Object obj, ClassDescription d) {
        for (Member m : d.elements()) {
            Object value = m.get(obj);
            if (m.isBase()) {
                writeObject(value, m.baseClass());
                continue;
            }
            int type = m.type();
            if (StreamerType.isBasicPointer(type)) {
                int n = ((Number) d.find(m.countName()).get(obj)).intValue();
                // ROOT writes a flag byte: 0 for a null or empty array, 1 before the values
                if (value == null || n == 0) {
                    writeByte(0);
                } else {
                    writeByte(1);
                    writeBasicArray(type - StreamerType.kOffsetP, value, n);
                }
                continue;
            }
            switch (type) {
                case StreamerType.kTString -> writeTString((String) value);
                case StreamerType.kObject, StreamerType.kAny, StreamerType.kObjectp ->
                        writeObject(value, registry.forName(m.typeName().replace("*", "")));
                case StreamerType.kObjectP -> writeObjectAny(value);
                case StreamerType.kAnyP -> writeAnyPointer(value, registry.forName(m.typeName().replace("*", "")));
                case StreamerType.kSTL -> writeVector(value);
                default -> writeBasic(type, value);
            }
        }
    }

    /** A pointer to an object that is not a TObject: its class is given by the member. */
    private void writeAnyPointer(Object value, ClassDescription d) {
        if (value == null) {
            writeInt(0);
        } else {
            writeObjectAny(value, d);
        }
    }

    /** std::vector of double or string, member-wise: a versioned block with the size and the elements. */
    private void writeVector(Object values) {
        int start = startBlock(kStlVersion);
        int n = values == null ? 0 : Array.getLength(values);
        writeInt(n);
        for (int i = 0; i < n; i++) {
            Object v = Array.get(values, i);
            if (v instanceof String s) {
                writeTString(s);
            } else {
                writeBasic(StreamerType.kDouble, v);
            }
        }
        endBlock(start);
    }

    /** The version ROOT writes for an STL collection's block. */
    static final int kStlVersion = 6;

    /** A TArray: its length, then the values. */
    private void writeArray(Object array, int n) {
        writeInt(n);
        Class<?> c = array.getClass().getComponentType();
        int type = c == byte.class ? StreamerType.kChar : c == short.class ? StreamerType.kShort
                : c == int.class ? StreamerType.kInt : c == float.class ? StreamerType.kFloat : StreamerType.kDouble;
        writeBasicArray(type, array, n);
    }

    /** n values of a primitive array; float and double arrays (histogram contents) without boxing. */
    private void writeBasicArray(int type, Object array, int n) {
        if (array instanceof double[] a && type == StreamerType.kDouble) {
            for (int i = 0; i < n; i++) {
                writeLong(Double.doubleToLongBits(a[i]));
            }
        } else if (array instanceof float[] a && type == StreamerType.kFloat) {
            for (int i = 0; i < n; i++) {
                writeInt(Float.floatToIntBits(a[i]));
            }
        } else {
            for (int i = 0; i < n; i++) {
                writeBasic(type, Array.get(array, i));
            }
        }
    }

    void writeBasic(int type, Object value) {
        switch (type) {
            case StreamerType.kChar, StreamerType.kUChar -> writeByte(((Number) value).intValue());
            case StreamerType.kBool -> writeByte(Boolean.TRUE.equals(value) ? 1 : 0);
            case StreamerType.kShort, StreamerType.kUShort -> writeShort(((Number) value).intValue());
            case StreamerType.kFloat -> writeInt(Float.floatToIntBits(((Number) value).floatValue()));
            case StreamerType.kDouble -> writeLong(Double.doubleToLongBits(((Number) value).doubleValue()));
            case StreamerType.kLong, StreamerType.kULong, StreamerType.kLong64, StreamerType.kULong64 ->
                    writeLong(((Number) value).longValue());
            default -> writeInt(((Number) value).intValue()); // int, unsigned, counter, fBits, enums
        }
    }
}
