package org.rootprompt.root.io;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.core.TObject;

/**
 * The header of one record of a ROOT file (ROOT's TKey): class, name, title and cycle of the
 * object stored, where its record starts and how long it is, stored (maybe compressed) and
 * uncompressed. Keys of a file we read give their object back with {@link #ReadObj()}.
 */
public class TKey extends TNamed {
    /** The key header's fixed part: the numbers before the three strings (small-file format). */
    static final int kFixedLength = 26;
    /** ROOT's key version for 4-byte seek pointers. */
    static final int kVersion = 4;

    private final String className;
    private final int cycle;
    private final int datime;
    int nbytes;
    int objlen;
    long seekKey;
    long seekPdir;
    /** The directory the key belongs to. */
    final TDirectoryFile directory;

    TKey(String className, String name, String title, int cycle, int datime, TDirectoryFile directory) {
        super(name, title);
        // ROOT writes "TDirectory" for a directory, for old readers, and calls it TDirectoryFile in memory
        this.className = className.equals("TDirectory") ? "TDirectoryFile" : className;
        this.cycle = cycle;
        this.datime = datime;
        this.directory = directory;
    }

    public String GetClassName() {
        return className;
    }

    public short GetCycle() {
        return (short) cycle;
    }

    /** The record's length on disk: header and stored payload. */
    public int GetNbytes() {
        return nbytes;
    }

    /** The payload's uncompressed length. */
    public int GetObjlen() {
        return objlen;
    }

    public int GetKeylen() {
        return keylen(diskClassName(), GetName(), GetTitle());
    }

    /** Whether the key holds a directory (ROOT's TKey::IsFolder). */
    public boolean IsFolder() {
        return className.equals("TDirectoryFile");
    }

    String diskClassName() {
        return IsFolder() ? "TDirectory" : className;
    }

    public long GetSeekKey() {
        return seekKey;
    }

    /** Reads the object back; null with an error message if it cannot be. */
    public TObject ReadObj() {
        return directory.GetFile().readObject(this);
    }

    static int keylen(String className, String name, String title) {
        return kFixedLength + tstringLength(className) + tstringLength(name) + tstringLength(title);
    }

    static int tstringLength(String s) {
        int n = s.getBytes(StandardCharsets.UTF_8).length;
        return n < 255 ? 1 + n : 5 + n;
    }

    /** The header as ROOT's TKey::FillBuffer writes it. */
    void writeHeader(BufferWriter w) {
        w.writeInt(nbytes);
        w.writeShort(kVersion);
        w.writeInt(objlen);
        w.writeInt(datime);
        w.writeShort(GetKeylen());
        w.writeShort(cycle);
        w.writeInt((int) seekKey);
        w.writeInt((int) seekPdir);
        w.writeTString(diskClassName());
        w.writeTString(GetName());
        w.writeTString(GetTitle());
    }

    /** A header read back; keys with 8-byte seeks (version above 1000) are read too. */
    static TKey readHeader(BufferReader r, TDirectoryFile directory) {
        int nbytes = r.readInt();
        int version = r.readShort();
        int objlen = r.readInt();
        int datime = r.readInt();
        r.readShort(); // keylen: follows from the strings
        int cycle = r.readShort();
        long seekKey = version > 1000 ? r.readLong() : r.readInt() & 0xFFFFFFFFL;
        long seekPdir = version > 1000 ? r.readLong() : r.readInt() & 0xFFFFFFFFL;
        String className = r.readTString();
        String name = r.readTString();
        String title = r.readTString();
        TKey key = new TKey(className, name, title, cycle, datime, directory);
        key.nbytes = nbytes;
        key.objlen = objlen;
        key.seekKey = seekKey;
        key.seekPdir = seekPdir;
        return key;
    }

    /** ROOT's TDatime packing: (year-1995)<<26 | month<<22 | day<<17 | hour<<12 | minute<<6 | second. */
    static int datimeNow() {
        LocalDateTime t = LocalDateTime.now();
        return (t.getYear() - 1995) << 26 | t.getMonthValue() << 22 | t.getDayOfMonth() << 17 | t.getHour() << 12
                | t.getMinute() << 6 | t.getSecond();
    }

    int datime() {
        return datime;
    }

    /** A packed TDatime as ROOT's TDatime::GetDateTime prints it: {@code yyyymmdd/hhmmss}. */
    static String dateTime(int datime) {
        return String.format("%d%02d%02d/%02d%02d%02d", (datime >>> 26) + 1995, datime >>> 22 & 0xF,
                datime >>> 17 & 0x1F, datime >>> 12 & 0x1F, datime >>> 6 & 0x3F, datime & 0x3F);
    }

    /** ROOT's TKey::ls line: {@code KEY: TH1F  h;1  title}. */
    String lsLine() {
        return "KEY: " + className + "\t" + GetName() + ";" + cycle + "\t" + GetTitle();
    }
}
