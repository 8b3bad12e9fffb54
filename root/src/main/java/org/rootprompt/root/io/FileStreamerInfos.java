package org.rootprompt.root.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.core.TObject;

/**
 * The classes a file describes in its StreamerInfo record, and the reader of objects of classes we
 * have no description for: a {@link GenericObject} filled member by member as the file's own
 * TStreamerInfo lists them. The TStreamerInfo and TStreamerElement records themselves are parsed
 * here by hand (their layout is fixed: shared/reference/rootio-and-jsroot.md §3.5).
 */
final class FileStreamerInfos implements BufferReader.UnknownClassReader {
    /** One element of a TStreamerInfo: a base class or a data member. */
    record Element(String kind, String name, String title, int type, int arrayLength, String typeName,
            String countName, int stlType) {
        boolean isBase() {
            return kind.equals("TStreamerBase");
        }
    }

    /** One TStreamerInfo: a class at one version. */
    record ClassInfo(String name, int version, long checksum, List<Element> elements) {}

    private static final int kOffsetL = 20;
    private static final int kDouble32 = 9;
    private static final int kFloat16 = 19;
    private static final int kAnyp = 68;
    private static final int kSTLstring = 365;
    /** ROOT's kSTL: an STL container member as some ROOT versions type it (ours, 500, is ROOT's kStreamer). */
    private static final int kSTLContainer = 300;

    /** By class name, then class version. */
    private final Map<String, Map<Integer, ClassInfo>> classes = new HashMap<>();

    /** Parses the payload of a file's StreamerInfo record (a TList of TStreamerInfo). */
    static FileStreamerInfos parse(byte[] payload, int keylen) {
        FileStreamerInfos infos = new FileStreamerInfos();
        BufferReader r = new BufferReader(payload, keylen);
        r.setUnknownClassReader(infos);
        r.readObject(new TList(), CoreClasses.TLIST);
        return infos;
    }

    /** The description of a class at a version, or, when the file lacks that version, its only one; else null. */
    ClassInfo find(String className, int version) {
        Map<Integer, ClassInfo> versions = classes.get(className);
        if (versions == null) {
            return null;
        }
        ClassInfo exact = versions.get(version);
        return exact != null || versions.size() != 1 ? exact : versions.values().iterator().next();
    }

    /** A class without ROOT's ClassDef writes version 0 and then the checksum of its streamer info. */
    private ClassInfo findByChecksum(String className, long checksum) {
        for (ClassInfo info : classes.getOrDefault(className, Map.of()).values()) {
            if (info.checksum() == checksum) {
                return info;
            }
        }
        return null;
    }

    /** Whether objects of the class can be read: the file describes it, or it is a canvas of a pad it describes. */
    boolean knows(String className) {
        return classes.containsKey(className) || className.equals("TCanvas") && classes.containsKey("TPad");
    }

    @Override
    public Object read(BufferReader r, String className) {
        return switch (className) {
            case "TStreamerInfo" -> readStreamerInfo(r);
            case "TObjArray" -> readObjArray(r);
            case "TCanvas" -> knows("TPad") ? StoredCanvas.read(r, this) : null;
            default -> className.startsWith("TStreamer") ? readElement(r, className)
                    : knows(className) ? readConverted(r, className) : null;
        };
    }

    private ClassInfo readStreamerInfo(BufferReader r) {
        int[] header = r.readBlockHeader();
        TNamed named = (TNamed) r.readObject(new TNamed(), CoreClasses.TNAMED);
        long checksum = r.readInt() & 0xFFFFFFFFL;
        int version = r.readInt();
        List<Element> elements = new ArrayList<>();
        if (r.readObjectAny() instanceof List<?> list) {
            for (Object e : list) {
                if (e instanceof Element element) {
                    elements.add(element);
                }
            }
        }
        endBlock(r, header);
        ClassInfo info = new ClassInfo(named.GetName(), version, checksum, elements);
        classes.computeIfAbsent(info.name(), k -> new HashMap<>()).put(version, info);
        return info;
    }

    private List<Object> readObjArray(BufferReader r) {
        int[] header = r.readBlockHeader();
        r.readObject(new TObject(), CoreClasses.TOBJECT);
        r.readTString(); // name
        int n = r.readInt();
        r.readInt(); // lower bound
        List<Object> objects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            objects.add(r.readObjectAny());
        }
        endBlock(r, header);
        return objects;
    }

    /** TStreamerElement v2+ and the part that its subclass adds (base version, count name, STL type). */
    private Element readElement(BufferReader r, String kind) {
        int[] outer = r.readBlockHeader();
        if (kind.equals("TStreamerSTLstring")) {
            r.readBlockHeader(); // its TStreamerSTL part
        }
        int[] header = kind.equals("TStreamerElement") ? outer : r.readBlockHeader();
        TNamed named = (TNamed) r.readObject(new TNamed(), CoreClasses.TNAMED);
        int type = r.readInt();
        r.readInt(); // fSize
        int arrayLength = r.readInt();
        r.readInt(); // fArrayDim: multi-dimensional arrays are read flat
        for (int i = 0; i < 5; i++) {
            r.readInt(); // fMaxIndex
        }
        String typeName = r.readTString();
        endBlock(r, header);
        String countName = null;
        int stlType = 0;
        switch (kind) {
            case "TStreamerBasicPointer", "TStreamerLoop" -> {
                r.readInt(); // fCountVersion
                countName = r.readTString();
                r.readTString(); // fCountClass
            }
            case "TStreamerSTL", "TStreamerSTLstring" -> {
                stlType = r.readInt();
                r.readInt(); // fCtype
            }
            default -> { }
        }
        endBlock(r, outer);
        return new Element(kind, named.GetName(), named.GetTitle(), type, arrayLength, typeName, countName, stlType);
    }

    private static void endBlock(BufferReader r, int[] header) {
        if (header[1] >= 0) {
            r.seek(header[1]);
        }
    }

    // ---- objects of classes we do not know, driven by the file's TStreamerInfo ----

    /** A versioned block of class className: its members by the file's description of that version. */
    GenericObject readGeneric(BufferReader r, String className) {
        int[] header = r.readBlockHeader();
        ClassInfo info = header[0] == 0 ? findByChecksum(className, r.readInt() & 0xFFFFFFFFL)
                : find(className, header[0]);
        GenericObject obj = new GenericObject(className, info == null ? header[0] : info.version());
        if (info == null) {
            throw new BufferReader.CorruptData("the file has no streamer info for " + className + " version "
                    + header[0]);
        }
        readMembers(r, info, obj, header[1]);
        endBlock(r, header);
        return obj;
    }

    /** An object of a class that we read generically, made into ours where we have a conversion (TF1). */
    Object readConverted(BufferReader r, String className) {
        GenericObject obj = readGeneric(r, className);
        return className.equals("TF1") ? StoredFunctions.toTF1(obj) : obj;
    }

    private void readMembers(BufferReader r, ClassInfo info, GenericObject obj, int end) {
        for (Element e : info.elements()) {
            if (end >= 0 && r.position() >= end) {
                return;
            }
            if (e.isBase()) {
                readBase(r, e, obj);
            } else {
                obj.put(e.name(), readMember(r, e, obj));
            }
        }
    }

    /** A base's members join the object's own, as in C++ (and as JSROOT shows them). */
    private void readBase(BufferReader r, Element base, GenericObject obj) {
        if (base.name().equals("TObject")) {
            TObject o = (TObject) r.readObject(new TObject(), CoreClasses.TOBJECT);
            obj.put("fUniqueID", o.GetUniqueID());
            obj.put("fBits", o.GetBits());
            return;
        }
        int[] header = r.readBlockHeader();
        ClassInfo info = find(base.name(), header[0]);
        if (info == null) {
            throw new BufferReader.CorruptData("the file has no streamer info for the base " + base.name());
        }
        readMembers(r, info, obj, header[1]);
        endBlock(r, header);
    }

    private Object readMember(BufferReader r, Element e, GenericObject obj) {
        int type = e.type();
        if (type > 0 && type < kOffsetL) {
            return readNumber(r, type, e.title());
        }
        if (type > kOffsetL && type < 2 * kOffsetL) {
            return readNumbers(r, type - kOffsetL, e.arrayLength(), e.title());
        }
        if (StreamerType.isBasicPointer(type)) {
            int flag = r.readByte();
            int n = obj.Get(e.countName()) instanceof Number count ? count.intValue() : 0;
            return readNumbers(r, type - StreamerType.kOffsetP, flag == 0 ? 0 : n, e.title());
        }
        return switch (type) {
            case StreamerType.kTString -> r.readTString();
            case StreamerType.kObject, StreamerType.kAny, StreamerType.kObjectp -> readEmbedded(r, e.typeName());
            case kOffsetL + StreamerType.kObject, kOffsetL + StreamerType.kAny -> {
                Object[] objects = new Object[e.arrayLength()];
                for (int i = 0; i < objects.length; i++) {
                    objects[i] = readEmbedded(r, e.typeName());
                }
                yield objects;
            }
            case StreamerType.kObjectP, StreamerType.kAnyP, kAnyp -> r.readObjectAny();
            case kOffsetL + StreamerType.kTString -> {
                String[] strings = new String[e.arrayLength()];
                for (int i = 0; i < strings.length; i++) {
                    strings[i] = r.readTString();
                }
                yield strings;
            }
            case StreamerType.kSTL, kSTLContainer -> readStl(r, e);
            default -> throw new BufferReader.CorruptData("member " + e.name() + " has streamer type " + type
                    + ", which we do not read yet");
        };
    }

    /** An object stored by value: through our description if we have one, else generically. */
    private Object readEmbedded(BufferReader r, String typeName) {
        String className = typeName.replace("*", "");
        ClassDescription d = ClassRegistry.get().forName(className);
        if (d != null && d.isReadable()) {
            return r.readObject(d.newInstance(), d);
        }
        return readConverted(r, className);
    }

    /** std::string, and std::vector of numbers or strings, each in a versioned block; other containers are skipped (null). */
    private Object readStl(BufferReader r, Element e) {
        int[] header = r.readBlockHeader();
        Object values = null;
        String t = e.typeName().replace(" ", "");
        if (e.stlType() == kSTLstring || t.equals("string")) {
            values = r.readTString();
        } else if (t.startsWith("vector<") && t.endsWith(">")) {
            String element = e.typeName().substring(7, e.typeName().length() - 1).trim();
            int basic = basicType(element);
            if (basic > 0) {
                values = readNumbers(r, basic, r.readInt(), "");
            } else if (element.equals("string") || element.equals("TString")) {
                String[] strings = new String[r.readInt()];
                for (int i = 0; i < strings.length; i++) {
                    strings[i] = r.readTString();
                }
                values = strings;
            }
        }
        endBlock(r, header);
        return values;
    }

    private Object readNumbers(BufferReader r, int type, int n, String title) {
        if (type != kDouble32 && type != kFloat16) {
            return r.readBasicArray(type, n);
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = ((Number) readNumber(r, type, title)).doubleValue();
        }
        return values;
    }

    private static Object readNumber(BufferReader r, int type, String title) {
        if (type == kDouble32 || type == kFloat16) {
            return readPacked(r, type, title);
        }
        return r.readBasic(type);
    }

    /**
     * Double32_t and Float16_t as ROOT packs them (TBufferFile::ReadDouble32/ReadFloat16): with a
     * range "[xmin, xmax, nbits]" in the comment an integer scaled into it; Double32_t without one a
     * float; otherwise the exponent byte and nbits of mantissa (12 by default).
     */
    static double readPacked(BufferReader r, int type, String title) {
        double[] range = range(title);
        if (range != null && range[1] > range[0]) {
            long stored = r.readInt() & 0xFFFFFFFFL;
            double factor = (1L << (int) range[2]) / (range[1] - range[0]);
            return range[0] + stored / factor;
        }
        if (type == kDouble32 && (range == null || range[2] == 0)) {
            return Float.intBitsToFloat(r.readInt());
        }
        int nbits = range == null || range[2] == 0 ? 12 : (int) range[2];
        int exponent = r.readByte() & 0xFF;
        int mantissa = r.readShort() & 0xFFFF;
        int bits = (exponent << 23) | ((mantissa & ((1 << (nbits + 1)) - 1)) << (23 - nbits));
        float value = Float.intBitsToFloat(bits);
        return ((1 << (nbits + 1)) & mantissa) != 0 ? -value : value;
    }

    /** The "[xmin, xmax, nbits]" at the start of a member's comment, or null ("[,,nbits]": no range). */
    private static double[] range(String title) {
        String t = title.trim();
        if (!t.startsWith("[") || t.indexOf(']') < 0) {
            return null;
        }
        String[] parts = t.substring(1, t.indexOf(']')).split(",", -1);
        try {
            double[] range = new double[3];
            for (int i = 0; i < Math.min(3, parts.length); i++) {
                String p = parts[i].trim();
                range[i] = p.isEmpty() ? 0 : Double.parseDouble(p.replace("pi", String.valueOf(Math.PI)));
            }
            range[2] = range[2] < 2 || range[2] > 32 ? 32 : range[2];
            return range;
        } catch (NumberFormatException notARange) {
            return null; // a [fN] count, or a comment that only looks like a range
        }
    }

    /** The streamer type of a basic C++ type name, or 0. */
    private static int basicType(String name) {
        return switch (name) {
            case "char", "Char_t" -> StreamerType.kChar;
            case "unsigned char", "UChar_t" -> StreamerType.kUChar;
            case "short", "Short_t" -> StreamerType.kShort;
            case "unsigned short", "UShort_t" -> StreamerType.kUShort;
            case "int", "Int_t" -> StreamerType.kInt;
            case "unsigned int", "unsigned", "UInt_t" -> StreamerType.kUInt;
            case "long", "Long_t" -> StreamerType.kLong;
            case "unsigned long", "ULong_t" -> StreamerType.kULong;
            case "long long", "Long64_t" -> StreamerType.kLong64;
            case "unsigned long long", "ULong64_t" -> StreamerType.kULong64;
            case "float", "Float_t" -> StreamerType.kFloat;
            case "double", "Double_t" -> StreamerType.kDouble;
            case "bool", "Bool_t" -> StreamerType.kBool;
            default -> 0;
        };
    }
}
