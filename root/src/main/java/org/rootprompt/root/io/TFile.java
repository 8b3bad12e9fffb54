package org.rootprompt.root.io;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rootprompt.root.core.Globals;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.hist.TH1;

/**
 * A ROOT file (ROOT's TFile), read or written in ROOT's own binary format so that ROOT, uproot and
 * JSROOT read what we write and we read what they write. While open it is the current directory:
 * histograms made then belong to it and {@link #Write()} stores them. Records follow ROOT's layout
 * for files under 2 GB: the 100-byte header, the directory record, one record per key, and at
 * {@link #Close()} the streamer infos of every class written, the list of keys and the free
 * segments. Subdirectories ({@link TDirectoryFile}) are written as ROOT does: their record when made,
 * their keys list at Close; UPDATE adds to an existing file. Trees and LZ4/ZSTD/LZMA are not
 * supported yet.
 */
public class TFile extends TDirectoryFile {
    /** The file header: ROOT's fBEGIN, where the first record starts. */
    private static final int kBEGIN = 100;
    /** The ROOT version we write as (6.28/08, the small-file format). */
    private static final int kFileVersion = 62808;
    /** Files whose offsets pass 2 GB need the large format, which we do not write yet. */
    private static final long kMaxSmallFile = Integer.MAX_VALUE;

    /**
     * Files open for writing, closed when the JVM ends (as ROOT closes its files at exit), so that
     * a program or kernel that stops without Close() still leaves consistent files.
     */
    private static final Set<TFile> OPEN_FOR_WRITING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> new ArrayList<>(OPEN_FOR_WRITING).forEach(TFile::Close), "TFile closer"));
    }

    private RandomAccessFile raf;
    private final boolean writable;
    private int compress;
    private long end;
    /** Subdirectories made or changed, whose keys lists and records are written at Close. */
    private final Set<TDirectoryFile> directoriesToSave = new LinkedHashSet<>();
    /**
     * The name and title in the file's own directory record: a file opened for UPDATE keeps those
     * it was created with (its path may differ), so that rewriting the record fits in place.
     */
    private String recordName;
    private String recordTitle;
    private int nbytesFree;
    /** The StreamerInfo payload of a file opened for UPDATE, whose infos are kept. */
    private byte[] keptInfos;
    private static final String kStreamerInfoTitle = "Doubly linked list";
    private final Set<ClassDescription> classesWritten = new LinkedHashSet<>();
    /**
     * Freed records (kOverwrite, Delete, what UPDATE replaces) as [first, last] byte ranges, ROOT's
     * free segments.
     */
    private final List<long[]> gaps = new ArrayList<>();
    private final byte[] uuid = new byte[16];
    /** Set by Close(): a closed file is not a zombie. */
    private boolean closed;
    private long seekInfo;
    private FileStreamerInfos fileStreamerInfos;
    private int nbytesInfo;
    /** Where the free segments were last written, for Map() to name them and UPDATE to free them. */
    private long seekFree;

    /** Opens name for reading. */
    public TFile(String name) {
        this(name, "READ", "", 101);
    }

    public TFile(String name, String option) {
        this(name, option, "", 101);
    }

    public TFile(String name, String option, String title) {
        this(name, option, title, 101);
    }

    /**
     * Opens or creates a file: option READ (default), RECREATE (replace), NEW or CREATE (fail if it
     * exists); compress is ROOT's compression setting (101 = zlib level 1, 0 = none).
     */
    public TFile(String name, String option, String title, int compress) {
        super(name, title, null, null);
        seekDir = kBEGIN;
        recordName = GetName();
        recordTitle = GetTitle();
        nbytesName = TKey.keylen("TFile", recordName, recordTitle) + nameTitleLength();
        String opt = option == null || option.isEmpty() ? "READ" : option.toUpperCase();
        this.writable = !opt.equals("READ");
        this.compress = compress;
        switch (opt) {
            case "READ" -> openForReading("r");
            case "RECREATE", "NEW", "CREATE" -> create(opt);
            case "UPDATE" -> openForUpdate();
            default -> Globals.Error("TFile::TFile", "option %s of file %s is not supported (READ, RECREATE, "
                    + "NEW, CREATE, UPDATE)", option, name);
        }
        if (raf != null) {
            cd();
        }
    }

    /** ROOT's TFile::Open: the file, or null (after an error message) if it could not be opened. */
    public static TFile Open(String name) {
        return Open(name, "READ");
    }

    public static TFile Open(String name, String option) {
        return Open(name, option, "", 101);
    }

    public static TFile Open(String name, String option, String title, int compress) {
        TFile f = new TFile(name, option, title, compress);
        return f.IsZombie() ? null : f;
    }

    /** Whether the file could not be opened (ROOT's zombie state). */
    public boolean IsZombie() {
        return raf == null && !closed;
    }

    public boolean IsOpen() {
        return raf != null;
    }

    public boolean IsWritable() {
        return raf != null && writable;
    }

    public int GetCompressionSettings() {
        return compress;
    }

    /**
     * 100 × algorithm + level, as ROOT: 0 none, 101 zlib level 1 (ROOT's default), 207 LZMA, 301 ROOT's
     * old zip, 404 LZ4, 505 ZSTD. Unknown algorithms fall back to zlib with a warning.
     */
    public void SetCompressionSettings(int settings) {
        if (settings < 0 || !Compression.isKnownAlgorithm(settings / 100)) {
            Globals.Warning("TFile::SetCompressionSettings",
                    "unknown compression algorithm %d, zlib is used", settings / 100);
            settings = 100 + Math.abs(settings) % 100;
        }
        compress = settings;
    }

    /** The file's size: the end of its last record. */
    public long GetSize() {
        return end;
    }

    public long GetEND() {
        return end;
    }

    @Override
    public TFile GetFile() {
        return this;
    }

    byte[] uuid() {
        return uuid;
    }

    // ---- writing ----

    private void create(String opt) {
        File f = new File(GetName());
        if (!opt.equals("RECREATE") && f.exists()) {
            Globals.Error("TFile::TFile", "file %s already exists", GetName());
            return;
        }
        try {
            raf = new RandomAccessFile(f, "rw");
            raf.setLength(0);
        } catch (IOException e) {
            Globals.Error("TFile::TFile", "file %s can not be opened for writing (%s)", GetName(), e.getMessage());
            raf = null;
            return;
        }
        new SecureRandom().nextBytes(uuid);
        uuid[6] = (byte) (uuid[6] & 0x0F | 0x40); // a version-4 UUID
        end = kBEGIN + directoryRecordLength();
        writeStart();
        OPEN_FOR_WRITING.add(this);
    }

    /** Header and directory record, so that the file is a valid (empty) ROOT file from the start. */
    private void writeStart() {
        try {
            writeHeaderAndDirectory(0, 0);
        } catch (IOException e) {
            ioError("TFile::TFile", e);
        }
    }

    private int directoryRecordLength() {
        return TKey.keylen("TFile", recordName, recordTitle) + nameTitleLength() + kDirectoryLength;
    }

    private int nameTitleLength() {
        return TKey.tstringLength(recordName) + TKey.tstringLength(recordTitle);
    }

    /** Writes obj as a new key of dir; returns the record's length, 0 after an error message. */
    int writeObject(TDirectoryFile dir, TObject obj, String keyName, int cycle) {
        ClassDescription d = ClassRegistry.get().forObject(obj);
        if (d == null || d.streaming() == ClassDescription.Streaming.CUSTOM) {
            Globals.Error("TFile::WriteTObject", "class %s cannot be written to a file yet, %s not written",
                    obj.ClassName(), keyName);
            return 0;
        }
        TKey key = new TKey(d.rootName(), keyName, obj.GetTitle(), cycle, TKey.datimeNow(), dir);
        BufferWriter w = new BufferWriter(key.GetKeylen());
        w.writeObject(obj, d);
        classesWritten.addAll(w.classesUsed());
        int written = writeRecord(key, w.toByteArray(), compress);
        if (written > 0) {
            dir.keys.add(key);
            directoriesToSave.add(dir);
        }
        return written;
    }

    /** Writes the record of a new subdirectory (ROOT's TDirectoryFile::Init); false after an error. */
    boolean writeNewDirectory(TDirectoryFile dir) {
        TKey key = new TKey("TDirectory", dir.GetName(), dir.GetTitle(), 1, dir.created, dir.mother);
        dir.nbytesName = key.GetKeylen();
        dir.seekDir = end;
        BufferWriter w = new BufferWriter(key.GetKeylen());
        dir.writeDirectoryPart(w, 0, 0);
        if (writeRecord(key, w.toByteArray(), 0) == 0) {
            return false;
        }
        dir.mother.keys.add(key);
        directoriesToSave.add(dir.mother);
        directoriesToSave.add(dir);
        return true;
    }

    /**
     * Forgets a key of dir and frees its record: as ROOT's TFile::MakeFree, the record's first word
     * becomes minus its length, so that readers walking the file (Map) step over the gap.
     */
    void deleteKey(TDirectoryFile dir, TKey key) {
        // a directory goes with everything in it, as in ROOT's TKey::Delete
        TDirectoryFile sub = key.IsFolder() ? dir.GetDirectory(key.GetName()) : null;
        if (sub != null) {
            new ArrayList<>(sub.keys).forEach(k -> deleteKey(sub, k));
            directoriesToSave.remove(sub);
            sub.detachAll();
            dir.Remove(sub);
            try {
                freeRecord(sub.seekKeys, sub.nbytesKeys);
            } catch (IOException e) {
                ioError("TFile::Delete", e);
            }
        }
        dir.keys.remove(key);
        directoriesToSave.add(dir);
        try {
            freeRecord(key.seekKey, key.nbytes);
        } catch (IOException e) {
            ioError("TFile::Delete", e);
        }
    }

    /** Frees a record, merged with the free segments beside it as ROOT's TFree::AddFree does. */
    private void freeRecord(long seek, int nbytes) throws IOException {
        if (seek <= 0 || nbytes <= 0) {
            return;
        }
        long first = seek;
        long last = seek + nbytes - 1;
        for (java.util.Iterator<long[]> it = gaps.iterator(); it.hasNext();) {
            long[] gap = it.next();
            if (gap[1] + 1 == first || last + 1 == gap[0]) {
                first = Math.min(first, gap[0]);
                last = Math.max(last, gap[1]);
                it.remove();
            }
        }
        gaps.add(new long[] {first, last});
        gaps.sort(java.util.Comparator.comparingLong(gap -> gap[0]));
        raf.seek(first);
        raf.writeInt((int) -(last - first + 1));
    }

    /** Appends a record at the end of the file; returns its length, 0 after an error. */
    private int writeRecord(TKey key, byte[] payload, int settings) {
        byte[] stored = Compression.compress(payload, settings);
        if (stored == null) {
            stored = payload;
        }
        key.objlen = payload.length;
        key.nbytes = key.GetKeylen() + stored.length;
        key.seekKey = end;
        key.seekPdir = key.directory.seekDir;
        if (end + key.nbytes > kMaxSmallFile) {
            Globals.Error("TFile::WriteTObject", "file %s would pass 2 GB, which is not supported yet", GetName());
            return 0;
        }
        BufferWriter w = new BufferWriter(0);
        key.writeHeader(w);
        w.writeBytes(stored);
        try {
            raf.seek(end);
            raf.write(w.toByteArray());
        } catch (IOException e) {
            ioError("TFile::WriteBuffer", e);
            return 0;
        }
        end += key.nbytes;
        return key.nbytes;
    }

    /**
     * Writes the streamer infos, the keys list and the free segments, then the header and the
     * directory record that point at them, and closes. gROOT becomes the current directory again
     * if this file was, and the objects in memory are no longer owned by the file.
     */
    public synchronized void Close() {
        if (raf == null) {
            return;
        }
        try {
            if (writable) {
                finish();
            }
            raf.close();
        } catch (IOException e) {
            ioError("TFile::Close", e);
        }
        raf = null;
        closed = true;
        OPEN_FOR_WRITING.remove(this);
        detachAll();
    }

    private void finish() throws IOException {
        directoriesToSave.remove(this);
        for (TDirectoryFile dir : directoriesToSave) {
            freeRecord(dir.seekKeys, dir.nbytesKeys); // the keys list it had, if it was read from the file
            TKey dirKeys = writeKeysList(dir, "TDirectory");
            dir.seekKeys = dirKeys.seekKey;
            dir.nbytesKeys = dirKeys.nbytes;
            BufferWriter part = new BufferWriter(0);
            dir.writeDirectoryPart(part, dirKeys.nbytes, dirKeys.seekKey);
            raf.seek(dir.seekDir + dir.nbytesName);
            raf.write(part.toByteArray());
        }
        // what an UPDATE replaces: the file's keys list, streamer infos and free segments
        freeRecord(seekKeys, nbytesKeys);
        freeRecord(seekInfo, nbytesInfo);
        freeRecord(seekFree, nbytesFree);
        List<ClassDescription> infos = new ArrayList<>(StreamerInfoWriter.closure(classesWritten));
        TKey infoKey = new TKey("TList", "StreamerInfo", kStreamerInfoTitle, 1, TKey.datimeNow(), this);
        writeRecord(infoKey, StreamerInfoWriter.payload(infos, infoKey.GetKeylen(), keptInfos), compress);
        seekInfo = infoKey.seekKey;
        nbytesInfo = infoKey.nbytes;

        TKey keysKey = writeKeysList(this, "TFile");

        TKey freeKey = new TKey("TFile", GetName(), GetTitle(), 1, TKey.datimeNow(), this);
        // the free segments record lists the space after itself, so its own length comes first
        int freeLength = freeKey.GetKeylen() + (gaps.size() + 1) * 10;
        BufferWriter free = new BufferWriter(freeKey.GetKeylen());
        for (long[] gap : gaps) {
            writeFree(free, gap[0], gap[1]);
        }
        writeFree(free, end + freeLength, 2000000000L);
        writeRecord(freeKey, free.toByteArray(), 0);
        seekKeys = keysKey.seekKey;
        nbytesKeys = keysKey.nbytes;
        seekFree = freeKey.seekKey;
        nbytesFree = freeKey.nbytes;
        writeHeaderAndDirectory(keysKey, freeKey);
        raf.setLength(end);
    }

    /** A directory's list of key headers (ROOT's TDirectoryFile::WriteKeys). */
    private TKey writeKeysList(TDirectoryFile dir, String className) {
        TKey keysKey = new TKey(className, dir.GetName(), dir.GetTitle(), 1, TKey.datimeNow(), dir);
        BufferWriter list = new BufferWriter(keysKey.GetKeylen());
        list.writeInt(dir.keys.size());
        dir.keys.forEach(k -> k.writeHeader(list));
        writeRecord(keysKey, list.toByteArray(), 0);
        return keysKey;
    }

    private static void writeFree(BufferWriter w, long first, long last) {
        w.writeShort(1);
        w.writeInt((int) first);
        w.writeInt((int) last);
    }

    private void writeHeaderAndDirectory(TKey keysList, TKey freeSegments) throws IOException {
        writeHeaderAndDirectory(keysList.seekKey, keysList.nbytes, freeSegments.seekKey, freeSegments.nbytes);
    }

    private void writeHeaderAndDirectory(long seekKeys, int nbytesKeys) throws IOException {
        writeHeaderAndDirectory(seekKeys, nbytesKeys, 0, 0);
    }

    private void writeHeaderAndDirectory(long seekKeys, int nbytesKeys, long seekFree, int nbytesFree)
            throws IOException {
        BufferWriter h = new BufferWriter(0);
        h.writeBytes("root".getBytes(StandardCharsets.US_ASCII));
        h.writeInt(kFileVersion);
        h.writeInt(kBEGIN);
        h.writeInt((int) end);
        h.writeInt((int) seekFree);
        h.writeInt(nbytesFree);
        h.writeInt(gaps.size() + 1);
        h.writeInt(nbytesName);
        h.writeByte(4); // fUnits: 4-byte pointers
        h.writeInt(compress);
        h.writeInt((int) seekInfo);
        h.writeInt(nbytesInfo);
        h.writeShort(1);
        h.writeBytes(uuid);
        while (h.length() < kBEGIN) {
            h.writeByte(0);
        }
        TKey dirKey = new TKey("TFile", recordName, recordTitle, 1, created, this);
        dirKey.objlen = nameTitleLength() + kDirectoryLength;
        dirKey.nbytes = dirKey.GetKeylen() + dirKey.objlen;
        dirKey.seekKey = kBEGIN;
        dirKey.seekPdir = 0;
        dirKey.writeHeader(h);
        h.writeTString(recordName);
        h.writeTString(recordTitle);
        writeDirectoryPart(h, nbytesKeys, seekKeys);
        raf.seek(0);
        raf.write(h.toByteArray());
    }

    private void ioError(String location, IOException e) {
        Globals.Error(location, "error on file %s: %s", GetName(), e.getMessage());
    }

    // ---- reading ----

    private void openForReading(String mode) {
        File f = new File(GetName());
        if (!f.isFile()) {
            Globals.Error("TFile::TFile", "file %s does not exist", GetName());
            return;
        }
        try {
            raf = new RandomAccessFile(f, mode);
            readDirectory(raf.length());
        } catch (IOException | BufferReader.CorruptData e) {
            Globals.Error("TFile::Init", "file %s is not a readable ROOT file: %s", GetName(), e.getMessage());
            closeQuietly();
        } catch (BadFile e) {
            Globals.Error("TFile::Init", "%s", e.getMessage());
            closeQuietly();
        }
    }

    /**
     * UPDATE: an existing file is read, then new records go after its end; at Close its keys lists,
     * streamer infos and free segments are written anew and the old ones become free segments.
     * A file that does not exist is created, as ROOT does.
     */
    private void openForUpdate() {
        if (!new File(GetName()).exists()) {
            create("RECREATE");
            return;
        }
        openForReading("rw");
        if (raf == null) {
            return;
        }
        String problem = null;
        try {
            problem = end > kMaxSmallFile ? "files over 2 GB cannot be updated yet" : keepStreamerInfos();
            if (problem == null) {
                readFreeSegments();
            }
        } catch (IOException | BufferReader.CorruptData | BadFile e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            Globals.Error("TFile::TFile", "file %s cannot be opened for UPDATE: %s", GetName(), problem);
            closeQuietly();
            return;
        }
        OPEN_FOR_WRITING.add(this);
    }

    /**
     * The streamer infos the file has, kept at Close before those of the classes written now; only
     * a list laid out as ROOT and we write it can be kept in place. Returns the problem, or null.
     */
    private String keepStreamerInfos() throws IOException, BadFile {
        if (seekInfo <= kBEGIN) {
            return null;
        }
        TKey infoKey = readKeyAt(seekInfo, raf.length());
        byte[] infos = payloadOf(infoKey);
        BufferReader r = new BufferReader(infos, 0);
        r.seek(StreamerInfoWriter.kListHeaderLength - 5);
        boolean usual = infos.length >= StreamerInfoWriter.kListHeaderLength && r.readByte() == 0
                && infoKey.GetKeylen() == TKey.keylen("TList", "StreamerInfo", kStreamerInfoTitle);
        if (!usual) {
            return "its list of streamer infos at offset " + seekInfo + " is not laid out as ROOT writes it";
        }
        keptInfos = infos;
        return null;
    }

    /** The free segments inside the file (the last one, from the end on, is made anew at Close). */
    private void readFreeSegments() throws IOException, BadFile {
        if (seekFree <= kBEGIN || nbytesFree <= 0) {
            return;
        }
        TKey freeKey = readKeyAt(seekFree, raf.length());
        BufferReader r = new BufferReader(payloadOf(freeKey), 0);
        for (int i = 0; i < 100000; i++) {
            boolean big = r.readShort() > 1000;
            long first = big ? r.readLong() : r.readInt() & 0xFFFFFFFFL;
            long last = big ? r.readLong() : r.readInt() & 0xFFFFFFFFL;
            if (last >= end) {
                break;
            }
            gaps.add(new long[] {first, last});
        }
    }

    /** A file that does not hold what ROOT files hold; the message names the file and the offset. */
    private static final class BadFile extends Exception {
        BadFile(String message) {
            super(message);
        }
    }

    private void closeQuietly() {
        try {
            raf.close();
        } catch (IOException ignored) {
            // the file was only read
        }
        raf = null;
    }

    private void readDirectory(long size) throws IOException, BadFile {
        if (size == 0) {
            throw new BadFile("file " + GetName() + " is empty (0 bytes)");
        }
        byte[] header = read(0, (int) Math.min(size, kBEGIN), "the file header");
        if (header.length < 4 || !new String(header, 0, 4, StandardCharsets.ISO_8859_1).equals("root")) {
            throw new BadFile(GetName() + " not a ROOT file: no 'root' magic at offset 0");
        }
        if (size < 64) {
            throw new BadFile("file " + GetName() + " is truncated at " + size + " bytes: its header alone needs 64");
        }
        BufferReader h = new BufferReader(header, 0);
        h.seek(4);
        int version = h.readInt();
        boolean large = version >= 1000000;
        int begin = h.readInt();
        long fileEnd = large ? h.readLong() : h.readInt() & 0xFFFFFFFFL;
        if (fileEnd > size) {
            throw new BadFile("file " + GetName() + " is truncated at " + size + " bytes: should be " + fileEnd);
        }
        end = fileEnd;
        seekFree = large ? h.readLong() : h.readInt() & 0xFFFFFFFFL;
        nbytesFree = h.readInt();
        h.seek(large ? 4 + 4 + 4 + 8 + 8 + 4 + 4 + 4 + 1 : 33);
        compress = h.readInt();
        seekInfo = large ? h.readLong() : h.readInt() & 0xFFFFFFFFL;
        nbytesInfo = h.readInt();
        h.readShort(); // the UUID's version
        for (int i = 0; i < uuid.length; i++) {
            uuid[i] = (byte) h.readByte();
        }
        // the directory record: key header, name, title, then the TDirectory part with fSeekKeys
        TKey dirKey = readKeyAt(begin, size);
        byte[] dir = read(begin + dirKey.GetKeylen(), dirKey.objlen, "the directory record");
        BufferReader d = new BufferReader(dir, 0);
        recordName = d.readTString();
        recordTitle = d.readTString();
        nbytesName = dirKey.GetKeylen() + nameTitleLength();
        readKeys(this, readDirectoryPart(d), size);
    }

    /** The TDirectory part of a directory record, up to fSeekKeys, which it returns. */
    private static long readDirectoryPart(BufferReader d) {
        int dirVersion = d.readShort();
        d.readInt(); // creation date
        d.readInt(); // modification date
        d.readInt(); // fNbytesKeys
        d.readInt(); // fNbytesName
        if (dirVersion > 1000) {
            d.readLong();
            d.readLong();
            return d.readLong();
        }
        d.readInt();
        d.readInt();
        return d.readInt() & 0xFFFFFFFFL;
    }

    /** Reads a directory's list of key headers from its KeysList record. */
    private void readKeys(TDirectoryFile dir, long seekKeys, long size) throws IOException, BadFile {
        if (seekKeys <= 0 || seekKeys >= size) {
            throw new BadFile("file " + GetName() + ", directory " + dir.GetName() + " has no list of keys (fSeekKeys "
                    + seekKeys + ")");
        }
        TKey keysKey = readKeyAt(seekKeys, size);
        byte[] list = payloadOf(keysKey);
        BufferReader r = new BufferReader(list, 0);
        int n = r.readInt();
        if (n < 0 || n > list.length / TKey.kFixedLength) {
            throw new BadFile("file " + GetName() + ": the list of keys at offset " + seekKeys + " claims " + n
                    + " keys");
        }
        for (int i = 0; i < n; i++) {
            dir.keys.add(TKey.readHeader(r, dir));
        }
        dir.seekKeys = seekKeys;
        dir.nbytesKeys = keysKey.nbytes;
    }

    /** A subdirectory read from its key: its record, then its keys; it joins its mother in memory. */
    private TDirectoryFile readSubdirectory(TKey key) throws IOException, BadFile {
        TDirectoryFile dir = new TDirectoryFile(key.GetName(), key.GetTitle(), this, key.directory);
        dir.seekDir = key.seekKey;
        dir.nbytesName = key.GetKeylen();
        readKeys(dir, readDirectoryPart(new BufferReader(payloadOf(key), 0)), raf.length());
        key.directory.Append(dir);
        return dir;
    }

    private TKey readKeyAt(long offset, long size) throws IOException, BadFile {
        byte[] head = read(offset, (int) Math.min(size - offset, TKey.kFixedLength + 3 * (5 + 255) + 8),
                "the key");
        TKey key;
        try {
            key = TKey.readHeader(new BufferReader(head, 0), this);
        } catch (BufferReader.CorruptData e) {
            throw new BadFile("file " + GetName() + ": corrupt key at offset " + offset + " (" + e.getMessage() + ")");
        }
        if (key.nbytes < key.GetKeylen() || offset + key.nbytes > size || key.objlen < 0) {
            throw new BadFile("file " + GetName() + ": the key at offset " + offset + " claims " + key.nbytes
                    + " bytes, past the end of the file (" + size + " bytes)");
        }
        key.seekKey = offset;
        return key;
    }

    private byte[] read(long offset, int length, String what) throws IOException, BadFile {
        if (offset < 0 || length < 0 || offset + length > raf.length()) {
            throw new BadFile("file " + GetName() + " is truncated: " + what + " at offset " + offset + " needs "
                    + length + " bytes, the file has " + raf.length());
        }
        byte[] b = new byte[length];
        raf.seek(offset);
        raf.readFully(b);
        return b;
    }

    /** A record's payload, decompressed. */
    private byte[] payloadOf(TKey key) throws IOException, BadFile {
        int keylen = key.GetKeylen();
        byte[] stored = read(key.seekKey + keylen, key.nbytes - keylen, "the record of " + key.GetName());
        if (key.objlen <= stored.length) {
            return stored;
        }
        try {
            return Compression.decompress(stored, key.objlen);
        } catch (Compression.Unsupported e) {
            throw new BadFile("file " + GetName() + ", record at offset " + key.seekKey + ": " + e.getMessage());
        }
    }

    /** The file's own streamer infos, read on first need; null for a file without them or after an error. */
    private FileStreamerInfos streamerInfos() {
        if (fileStreamerInfos == null && seekInfo > 0 && raf != null) {
            try {
                TKey infoKey = readKeyAt(seekInfo, raf.length());
                fileStreamerInfos = FileStreamerInfos.parse(payloadOf(infoKey), infoKey.GetKeylen());
            } catch (IOException | BadFile | BufferReader.CorruptData e) {
                Globals.Error("TFile::ReadStreamerInfo", "cannot read the streamer info of file %s: %s", GetName(),
                        e.getMessage());
                seekInfo = 0; // say it once
            }
        }
        return fileStreamerInfos;
    }

    /** The object of a key, or null after an error message (TKey::ReadObj). */
    TObject readObject(TKey key) {
        if (raf == null) {
            Globals.Error("TKey::ReadObj", "file %s is closed", GetName());
            return null;
        }
        if (key.IsFolder()) {
            try {
                return readSubdirectory(key);
            } catch (BadFile e) {
                Globals.Error("TFile::ReadBuffer", "%s", e.getMessage());
            } catch (IOException | BufferReader.CorruptData e) {
                Globals.Error("TKey::ReadObj", "cannot read directory %s at offset %d of file %s: %s", key.GetName(),
                        key.seekKey, GetName(), e.getMessage());
            }
            return null;
        }
        ClassDescription d = ClassRegistry.get().forName(key.GetClassName());
        boolean described = d != null && d.isReadable();
        // the file's own streamer infos are read only when a class needs them
        FileStreamerInfos infos = described ? null : streamerInfos();
        if (!described && (infos == null || !infos.knows(key.GetClassName()))) {
            Globals.Error("TKey::ReadObj", "class %s of %s;%d in file %s cannot be read yet", key.GetClassName(),
                    key.GetName(), key.GetCycle(), GetName());
            return null;
        }
        try {
            byte[] payload = payloadOf(key);
            BufferReader r = new BufferReader(payload, key.GetKeylen());
            r.setUnknownClassReader((reader, className) -> streamerInfos() == null ? null
                    : streamerInfos().read(reader, className));
            TObject obj = (TObject) (described ? r.readObject(d.newInstance(), d) : infos.read(r, key.GetClassName()));
            // a histogram read joins its directory, as ROOT's DirectoryAutoAdd does
            if (obj instanceof TH1 h && TH1.AddDirectoryStatus()) {
                h.SetDirectory(key.directory);
            }
            return obj;
        } catch (BadFile e) {
            Globals.Error("TFile::ReadBuffer", "%s", e.getMessage());
        } catch (IOException | BufferReader.CorruptData | ClassCastException e) {
            Globals.Error("TKey::ReadObj", "cannot read %s;%d at offset %d of file %s: %s", key.GetName(),
                    key.GetCycle(), key.seekKey, GetName(), e.getMessage());
        }
        return null;
    }

    /**
     * ROOT's TFile::Map: one line per record from the header on, {@code date/time  At:offset
     * N=length  class}, the keys list, streamer infos and free segments named as such, "CX = " the
     * compression factor of compressed records, freed records as gaps, then the END.
     */
    public void Map() {
        if (raf == null) {
            return;
        }
        int width = (int) Math.log10(end) + 2;
        StringBuilder out = new StringBuilder();
        String date = "0/000000";
        long at = kBEGIN;
        try {
            while (at < end) {
                raf.seek(at);
                int nbytes = raf.readInt();
                if (nbytes == 0) {
                    out.append(String.format("Address = %d\tNbytes = %d\t=====E R R O R=======%n", at, nbytes));
                    break;
                }
                if (nbytes < 0) {
                    out.append(String.format("Address = %d\tNbytes = %d\t=====G A P===========%n", at, nbytes));
                    at -= nbytes;
                    continue;
                }
                byte[] head = new byte[(int) Math.min(end - at, TKey.kFixedLength + 8 + 256)];
                raf.seek(at);
                raf.readFully(head);
                TKey key = TKey.readHeader(new BufferReader(head, 0), this);
                String what = at == seekFree ? "FreeSegments" : at == seekInfo ? "StreamerInfo"
                        : at == seekKeys ? "KeysList" : key.diskClassName();
                date = TKey.dateTime(key.datime());
                out.append(String.format("%s  At:%-" + width + "d  N=%-8d  %-14s", date, at, nbytes, what));
                if (key.objlen != nbytes - key.GetKeylen()) {
                    out.append(String.format(" CX = %5.2f", (float) (key.objlen + key.GetKeylen()) / nbytes));
                }
                out.append('\n');
                at += nbytes;
            }
        } catch (IOException | BufferReader.CorruptData e) {
            Globals.Warning("TFile::Map", "%s: failed to read the key data from disk at %d.", GetName(), at);
        }
        out.append(String.format("%s  At:%-" + width + "d  N=%-8d  %-14s%n", date, at, 1, "END"));
        System.out.print(out);
    }

    /** ROOT's TFile::ls: the file, then its top directory with the objects in memory and the keys. */
    @Override
    public void ls() {
        StringBuilder out = new StringBuilder();
        out.append("TFile**\t\t").append(GetName()).append('\t').append(GetTitle()).append('\n');
        ls(out, 1);
        System.out.print(out);
    }
}
