package org.rootprompt.root.io;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The StreamerInfo record of a file: a TList of one TStreamerInfo per class written, generated
 * from the class descriptions, so that any reader (ROOT, uproot, JSROOT) decodes the objects
 * without knowing our classes. Versions of the streamer-info classes are those of ROOT 6.16–6.28.
 */
final class StreamerInfoWriter {
    private StreamerInfoWriter() {}

    /** TNamed's bits in a streamer info: kIsOnHeap | kNotDeleted | BIT(16), as ROOT writes them. */
    private static final int kStreamerInfoBits = 0x03010000;

    /** The classes written, with their bases and the classes of their members, each once. */
    static Set<ClassDescription> closure(Collection<ClassDescription> written) {
        Set<ClassDescription> all = new LinkedHashSet<>();
        written.forEach(d -> add(d, all));
        return all;
    }

    private static void add(ClassDescription d, Set<ClassDescription> all) {
        if (d == null || !all.add(d)) {
            return;
        }
        for (Member m : d.elements()) {
            if (m.isBase()) {
                add(m.baseClass(), all);
            } else if (m.type() >= StreamerType.kObject && m.type() <= StreamerType.kAnyP) {
                add(ClassRegistry.get().forName(m.typeName().replace("*", "")), all);
            }
        }
    }

    /** The length of the list's header: byte count, version, TObject, name "", number of objects. */
    static final int kListHeaderLength = 4 + 2 + 10 + 1 + 4;

    /** The record's payload, for a key of keylen bytes. */
    static byte[] payload(Collection<ClassDescription> classes, int keylen) {
        return payload(classes, keylen, null);
    }

    /**
     * As {@link #payload(Collection, int)}, keeping first the infos of an earlier StreamerInfo
     * payload (a file opened for UPDATE keeps the versions its records were written with). Its
     * objects are copied byte for byte to the same place, behind a header of the same length under
     * a key of the same length, so that their class references still point where they did.
     */
    static byte[] payload(Collection<ClassDescription> classes, int keylen, byte[] kept) {
        BufferWriter w = new BufferWriter(keylen);
        int list = w.startBlock(CoreClasses.TLIST.version());
        writeTObject(w, BufferWriter.kOnHeapBits);
        w.writeTString("");
        if (kept == null) {
            w.writeInt(classes.size());
        } else {
            BufferReader header = new BufferReader(kept, 0);
            header.seek(kListHeaderLength - 4);
            w.writeInt(header.readInt() + classes.size());
            w.writeBytes(java.util.Arrays.copyOfRange(kept, kListHeaderLength, kept.length));
        }
        for (ClassDescription d : classes) {
            w.writeTagged(d, "TStreamerInfo", () -> writeInfo(w, d));
            w.writeTString("");
        }
        w.endBlock(list);
        return w.toByteArray();
    }

    private static void writeTObject(BufferWriter w, int bits) {
        w.writeShort(CoreClasses.TOBJECT.version());
        w.writeInt(0);
        w.writeInt(bits);
    }

    private static void writeNamed(BufferWriter w, String name, String title, int bits) {
        int named = w.startBlock(CoreClasses.TNAMED.version());
        writeTObject(w, bits);
        w.writeTString(name);
        w.writeTString(title);
        w.endBlock(named);
    }

    private static void writeInfo(BufferWriter w, ClassDescription d) {
        int info = w.startBlock(9);
        writeNamed(w, d.rootName(), "", kStreamerInfoBits);
        w.writeInt((int) (d.checksum() == ClassDescription.UNKNOWN_CHECKSUM ? 0 : d.checksum()));
        w.writeInt(d.version());
        w.writeTagged(d.elements(), "TObjArray", () -> {
            int array = w.startBlock(3);
            writeTObject(w, BufferWriter.kOnHeapBits);
            w.writeTString("");
            w.writeInt(d.elements().size());
            w.writeInt(0); // lower bound
            for (Member m : d.elements()) {
                w.writeTagged(m, elementClass(m.type()), () -> writeElement(w, d, m));
            }
            w.endBlock(array);
        });
        w.endBlock(info);
    }

    /** The TStreamerElement subclass that ROOT uses for a member of that type. */
    private static String elementClass(int type) {
        if (StreamerType.isBase(type)) {
            return "TStreamerBase";
        }
        if (StreamerType.isBasicPointer(type)) {
            return "TStreamerBasicPointer";
        }
        return switch (type) {
            case StreamerType.kTString -> "TStreamerString";
            case StreamerType.kObject -> "TStreamerObject";
            case StreamerType.kAny -> "TStreamerObjectAny";
            case StreamerType.kObjectp, StreamerType.kObjectP -> "TStreamerObjectPointer";
            case StreamerType.kAnyP -> "TStreamerObjectAnyPointer";
            case StreamerType.kSTL -> "TStreamerSTL";
            default -> "TStreamerBasicType";
        };
    }

    private static int elementVersion(String elementClass) {
        return switch (elementClass) {
            case "TStreamerBase", "TStreamerSTL" -> 3;
            case "TStreamerObjectAnyPointer" -> 1;
            default -> 2;
        };
    }

    private static void writeElement(BufferWriter w, ClassDescription owner, Member m) {
        String elementClass = elementClass(m.type());
        int element = w.startBlock(elementVersion(elementClass));
        int base = w.startBlock(4); // TStreamerElement
        writeNamed(w, m.name(), m.countName() == null ? "" : "[" + m.countName() + "]", BufferWriter.kOnHeapBits);
        w.writeInt(m.type());
        w.writeInt(size(m.type()));
        w.writeInt(0); // fArrayLength
        w.writeInt(0); // fArrayDim
        for (int i = 0; i < 5; i++) {
            w.writeInt(0); // fMaxIndex
        }
        w.writeTString(m.typeName());
        w.endBlock(base);
        switch (elementClass) {
            case "TStreamerBase" -> w.writeInt(m.baseClass().version());
            case "TStreamerBasicPointer" -> {
                ClassDescription counting = countingClass(owner, m.countName());
                w.writeInt(counting.version());
                w.writeTString(m.countName());
                w.writeTString(counting.rootName());
            }
            case "TStreamerSTL" -> {
                w.writeInt(1); // ROOT's kSTLvector
                w.writeInt(m.typeName().contains("string") ? StreamerType.kObject : StreamerType.kDouble);
            }
            default -> { }
        }
        w.endBlock(element);
    }

    /** The class (owner or one of its bases) that declares the counting member. */
    private static ClassDescription countingClass(ClassDescription owner, String countName) {
        for (Member m : owner.elements()) {
            if (m.isBase()) {
                ClassDescription inBase = countingClass(m.baseClass(), countName);
                if (inBase != null) {
                    return inBase;
                }
            } else if (m.name().equals(countName)) {
                return owner;
            }
        }
        return owner.find(countName) == null ? null : owner;
    }

    /** The in-memory size ROOT records for a member (readers do not rely on it). */
    private static int size(int type) {
        if (StreamerType.isBasicPointer(type)) {
            return 8;
        }
        return switch (type) {
            case StreamerType.kChar, StreamerType.kUChar, StreamerType.kBool -> 1;
            case StreamerType.kShort, StreamerType.kUShort -> 2;
            case StreamerType.kInt, StreamerType.kUInt, StreamerType.kCounter, StreamerType.kBits,
                    StreamerType.kFloat -> 4;
            case StreamerType.kDouble, StreamerType.kLong, StreamerType.kULong, StreamerType.kLong64,
                    StreamerType.kULong64, StreamerType.kObjectp, StreamerType.kObjectP, StreamerType.kAnyP -> 8;
            case StreamerType.kTString -> 24;
            default -> 0;
        };
    }
}
