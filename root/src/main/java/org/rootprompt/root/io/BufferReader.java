package org.rootprompt.root.io;

import static org.rootprompt.root.io.BufferWriter.kByteCountMask;
import static org.rootprompt.root.io.BufferWriter.kClassMask;
import static org.rootprompt.root.io.BufferWriter.kMapOffset;
import static org.rootprompt.root.io.BufferWriter.kNewClassTag;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;

/**
 * The reading half of ROOT's TBufferFile: the inverse of {@link BufferWriter}, filling our objects
 * through the setters of the {@link ClassDescription}s. Blocks end where their byte count says, so
 * an older class version that lacks trailing members (TH1 v7 has no fStatOverflows) and a newer one
 * with more of them both read. A read past the end throws {@link CorruptData}.
 */
final class BufferReader {
    /** The bytes do not hold what their headers promise. */
    static final class CorruptData extends RuntimeException {
        CorruptData(String message) {
            super(message);
        }
    }

    /** kIsReferenced: the TObject is followed by its process-id number. */
    private static final int kIsReferenced = 1 << 4;
    /** The bits that describe the object itself, not its life in memory (kIsOnHeap, kNotDeleted). */
    private static final int kStoredBits = 0x00FFFFFF & ~kIsReferenced;
    private static final String LOCATION = "TBufferFile::ReadObject";

    private final ClassRegistry registry = ClassRegistry.get();
    private final byte[] buf;
    private int pos;
    private final int origin;
    /** Classes and objects already read, by their tags. */
    private final Map<Integer, Object> tags = new HashMap<>();
    /** Reads the objects of classes without a readable description (the file's own streamer infos), or null. */
    private UnknownClassReader unknownClasses;

    /** Reads an object of a class we have no description for, from the reader's position; null if it cannot. */
    interface UnknownClassReader {
        Object read(BufferReader r, String className);
    }

    BufferReader(byte[] buf, int origin) {
        this.buf = buf;
        this.origin = origin;
    }

    void setUnknownClassReader(UnknownClassReader reader) {
        unknownClasses = reader;
    }

    int position() {
        return pos;
    }

    void seek(int position) {
        if (position < 0 || position > buf.length) {
            throw new CorruptData("position " + position + " is outside the " + buf.length + " bytes of the buffer");
        }
        pos = position;
    }

    private void need(int n) {
        if (pos + n > buf.length) {
            throw new CorruptData("reading " + n + " bytes at " + pos + " passes the end of the " + buf.length
                    + " bytes of the buffer");
        }
    }

    int readByte() {
        need(1);
        return buf[pos++];
    }

    int readShort() {
        need(2);
        int v = (short) (((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF));
        pos += 2;
        return v;
    }

    int readInt() {
        need(4);
        int v = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16) | ((buf[pos + 2] & 0xFF) << 8)
                | (buf[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    long readLong() {
        long high = readInt();
        return (high << 32) | (readInt() & 0xFFFFFFFFL);
    }

    String readTString() {
        int n = readByte() & 0xFF;
        if (n == 255) {
            n = readInt();
        }
        if (n < 0) {
            throw new CorruptData("a string of negative length " + n + " at " + pos);
        }
        need(n);
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    /** A block's version; the byte count, if any, sets where the block ends (else -1). */
    int[] readBlockHeader() {
        int start = pos;
        int count = readInt();
        if ((count & kByteCountMask) == 0) {
            // an old block without byte count: the version alone
            pos = start;
            return new int[] {readShort() & 0xFFFF, -1};
        }
        int end = pos + (count & ~kByteCountMask);
        if (end > buf.length) {
            throw new CorruptData("a block at " + start + " claims " + (count & ~kByteCountMask)
                    + " bytes, past the end of the " + buf.length + " bytes of the buffer");
        }
        return new int[] {readShort() & 0xFFFF, end};
    }

    /** A pointer: null, an object read before, or a new object of the class its tag names. */
    Object readObjectAny() {
        int start = pos;
        int count = readInt();
        if (count == 0) {
            return null;
        }
        if ((count & kByteCountMask) == 0 || count == kNewClassTag) {
            return objectAt(count, start);
        }
        int end = pos + (count & ~kByteCountMask);
        if (end > buf.length) {
            throw new CorruptData("an object at " + start + " claims " + (count & ~kByteCountMask)
                    + " bytes, past the end of the buffer");
        }
        int tagPosition = pos;
        int tag = readInt();
        String className;
        if (tag == kNewClassTag) {
            className = readClassName();
            tags.put(origin + tagPosition + kMapOffset, className);
        } else if ((tag & kClassMask) != 0) {
            Object known = tags.get(tag & ~kClassMask);
            if (!(known instanceof String name)) {
                throw new CorruptData("unknown class tag " + (tag & ~kClassMask) + " at " + tagPosition);
            }
            className = name;
        } else {
            return objectAt(tag, tagPosition);
        }
        ClassDescription d = registry.forName(className);
        Object obj = d == null ? null : d.newInstance();
        if (obj == null && unknownClasses != null) {
            obj = unknownClasses.read(this, className);
            if (obj != null) {
                tags.put(origin + start + kMapOffset, obj);
                pos = end;
                return obj;
            }
        }
        if (obj == null) {
            ErrorHandler.report(ErrorHandler.kWarning, LOCATION, "class " + className + " is not read yet, skipped");
            pos = end;
            return null;
        }
        tags.put(origin + start + kMapOffset, obj);
        obj = readObject(obj, d);
        pos = end;
        return obj;
    }

    private Object objectAt(int tag, int at) {
        Object obj = tags.get(tag);
        if (obj == null || obj instanceof String) {
            throw new CorruptData("object tag " + tag + " at " + at + " refers to nothing read before");
        }
        return obj;
    }

    private String readClassName() {
        int start = pos;
        while (true) {
            need(1);
            if (buf[pos++] == 0) {
                return new String(buf, start, pos - start - 1, StandardCharsets.US_ASCII);
            }
        }
    }

    /**
     * Reads an object of class d into target (TObject, TNamed and the attribute classes fill it in
     * place); returns the object read, which is a new array for a TArray.
     */
    Object readObject(Object target, ClassDescription d) {
        switch (d.streaming()) {
            case TOBJECT -> {
                readShort();
                int uniqueID = readInt();
                int bits = readInt();
                if ((bits & kIsReferenced) != 0) {
                    readShort(); // the process id of a referenced object: we keep no references across files
                }
                if (target instanceof TObject o) {
                    o.SetUniqueID(uniqueID);
                    o.SetBit(bits & kStoredBits);
                }
                return target;
            }
            case TARRAY -> {
                int n = readInt();
                return readBasicArray(arrayType(d), n);
            }
            case COLLECTION -> {
                return readCollection(target instanceof TList list ? list : new TList());
            }
            case MEMBERWISE -> {
                int[] header = readBlockHeader();
                readMembers(target, d, header[1], new HashMap<>());
                if (header[1] >= 0) {
                    pos = header[1];
                }
                return target;
            }
            default -> throw new CorruptData("class " + d.rootName() + " cannot be read yet");
        }
    }

    private TList readCollection(TList list) {
        int[] header = readBlockHeader();
        readObject(list, CoreClasses.TOBJECT);
        list.SetName(readTString());
        int n = readInt();
        for (int i = 0; i < n; i++) {
            Object obj = readObjectAny();
            String option = readTString();
            if (obj instanceof TObject o) {
                list.Add(o, option);
            }
        }
        if (header[1] >= 0) {
            pos = header[1];
        }
        return list;
    }

    /** The members in order, stopping at the block's end; counters are kept for the arrays they count. */
    private void readMembers(Object obj, ClassDescription d, int end, Map<String, Integer> counters) {
        for (Member m : d.elements()) {
            if (end >= 0 && pos >= end) {
                return;
            }
            if (m.isBase()) {
                ClassDescription base = m.baseClass();
                // a TArray base is read as new values for the setter; other bases fill a part of the object
                Object part = base.streaming() == ClassDescription.Streaming.TARRAY ? null : m.get(obj);
                Object value = base.streaming() == ClassDescription.Streaming.MEMBERWISE
                        ? readBase(part, base, counters) : readObject(part, base);
                set(m, obj, value);
                continue;
            }
            set(m, obj, readMember(m, obj, counters));
        }
    }

    /** A base class's block, whose counters the derived class's arrays may use (TGraphErrors' fEX). */
    private Object readBase(Object part, ClassDescription base, Map<String, Integer> counters) {
        int[] header = readBlockHeader();
        readMembers(part, base, header[1], counters);
        if (header[1] >= 0) {
            pos = header[1];
        }
        return part;
    }

    private Object readMember(Member m, Object obj, Map<String, Integer> counters) {
        int type = m.type();
        if (StreamerType.isBasicPointer(type)) {
            int flag = readByte();
            int n = counters.getOrDefault(m.countName(), 0);
            return flag == 0 ? readBasicArray(type - StreamerType.kOffsetP, 0)
                    : readBasicArray(type - StreamerType.kOffsetP, n);
        }
        return switch (type) {
            case StreamerType.kTString -> readTString();
            case StreamerType.kObject, StreamerType.kAny, StreamerType.kObjectp ->
                    readObject(m.get(obj), registry.forName(m.typeName().replace("*", "")));
            case StreamerType.kObjectP, StreamerType.kAnyP -> readObjectAny();
            case StreamerType.kSTL -> readVector(m);
            default -> {
                Object value = readBasic(type);
                if (type == StreamerType.kCounter) {
                    counters.put(m.name(), (Integer) value);
                }
                yield value;
            }
        };
    }

    private static void set(Member m, Object obj, Object value) {
        if (m.setter() != null) {
            m.setter().accept(obj, value);
        }
    }

    /** std::vector&lt;double&gt; or &lt;string&gt; as {@link BufferWriter} writes them; other vectors are skipped. */
    private Object readVector(Member m) {
        int[] header = readBlockHeader();
        Object values = null;
        if (m.typeName().equals("vector<double>")) {
            values = readBasicArray(StreamerType.kDouble, readInt());
        } else if (m.typeName().equals("vector<string>")) {
            String[] strings = new String[checkedLength(readInt(), 1)];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = readTString();
            }
            values = strings;
        }
        if (header[1] >= 0) {
            pos = header[1];
        }
        return values;
    }

    private static int arrayType(ClassDescription array) {
        return array.elements().get(1).type() - StreamerType.kOffsetP;
    }

    /** A length that the rest of the buffer can hold, so that a corrupt one cannot exhaust memory. */
    private int checkedLength(int n, int elementSize) {
        if (n < 0 || (long) n * elementSize > buf.length - pos) {
            throw new CorruptData("an array of " + n + " elements at " + pos + " does not fit in the buffer");
        }
        return n;
    }

    /** n values of a basic type into a primitive array, without boxing (contents may be millions of bins). */
    Object readBasicArray(int type, int n) {
        checkedLength(n, 1);
        switch (type) {
            case StreamerType.kChar, StreamerType.kUChar, StreamerType.kBool -> {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (byte) readByte();
                }
                return a;
            }
            case StreamerType.kShort, StreamerType.kUShort -> {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (short) readShort();
                }
                return a;
            }
            case StreamerType.kFloat -> {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Float.intBitsToFloat(readInt());
                }
                return a;
            }
            case StreamerType.kDouble -> {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) {
                    a[i] = Double.longBitsToDouble(readLong());
                }
                return a;
            }
            case StreamerType.kLong, StreamerType.kLong64, StreamerType.kULong, StreamerType.kULong64 -> {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) {
                    a[i] = readLong();
                }
                return a;
            }
            default -> {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = readInt();
                }
                return a;
            }
        }
    }

    Object readBasic(int type) {
        return switch (type) {
            case StreamerType.kChar -> readByte();
            case StreamerType.kUChar -> readByte() & 0xFF;
            case StreamerType.kBool -> readByte() != 0;
            case StreamerType.kShort -> readShort();
            case StreamerType.kUShort -> readShort() & 0xFFFF;
            case StreamerType.kFloat -> Float.intBitsToFloat(readInt());
            case StreamerType.kDouble -> Double.longBitsToDouble(readLong());
            case StreamerType.kLong, StreamerType.kULong, StreamerType.kLong64, StreamerType.kULong64 -> readLong();
            default -> readInt();
        };
    }
}
