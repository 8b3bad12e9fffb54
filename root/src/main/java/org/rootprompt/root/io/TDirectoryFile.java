package org.rootprompt.root.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rootprompt.root.core.Globals;
import org.rootprompt.root.core.TDirectory;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;

/**
 * A directory of a ROOT file (ROOT's TDirectoryFile): its keys, its subdirectories, and the
 * objects in memory that belong to it. A {@link TFile} is its top directory. Made with
 * {@code file.mkdir("a")}; {@code cd("a")} makes it current, so that histograms made then belong to
 * it and {@code file.Write()} stores them there; {@code Get("a/h;2")} reads through it.
 */
public class TDirectoryFile extends TDirectory {
    /** The TDirectory part of a directory record, as ROOT writes it for small files. */
    static final int kDirectoryLength = 60;
    static final int kDirectoryVersion = 5;

    final TDirectoryFile mother;
    final List<TKey> keys = new ArrayList<>();
    /** Where this directory's record starts, and its key header's length (ROOT's fNbytesName). */
    long seekDir;
    int nbytesName;
    /** Where its keys list was last written (0: not yet). */
    long seekKeys;
    int nbytesKeys;
    final int created = TKey.datimeNow();
    private final TFile file;

    /** A subdirectory of mother in file; TFile passes null for both, being its own top directory. */
    TDirectoryFile(String name, String title, TFile file, TDirectoryFile mother) {
        super(name, title == null ? "" : title);
        this.file = file;
        this.mother = mother;
    }

    /** The file this directory is in. */
    public TFile GetFile() {
        return file;
    }

    /** The directory above, null for the file itself. */
    public TDirectoryFile GetMotherDir() {
        return mother;
    }

    public boolean IsWritable() {
        return GetFile().IsWritable();
    }

    /** The path as ROOT prints it: {@code file.root:/a/b}. */
    public String GetPath() {
        return mother == null ? GetName() + ":/" : mother.GetPath() + (mother.mother == null ? "" : "/") + GetName();
    }

    /** The keys, oldest first, as a TList of {@link TKey} (usable in a for-each loop). */
    public TList GetListOfKeys() {
        TList list = new TList();
        keys.forEach(list::Add);
        return list;
    }

    /** The key of that name ("name" or "name;cycle"; the highest cycle when none is given), or null. */
    public TKey GetKey(String namecycle) {
        String name = namecycle;
        int cycle = -1;
        int semicolon = namecycle.lastIndexOf(';');
        if (semicolon >= 0) {
            name = namecycle.substring(0, semicolon);
            try {
                cycle = Integer.parseInt(namecycle.substring(semicolon + 1).trim());
            } catch (NumberFormatException e) {
                cycle = -1;
            }
        }
        TKey best = null;
        for (TKey k : keys) {
            if (k.GetName().equals(name) && (cycle < 0 ? best == null || k.GetCycle() > best.GetCycle()
                    : k.GetCycle() == cycle)) {
                best = k;
            }
        }
        return best;
    }

    /**
     * The object of that name: from memory if it is there, else read from its key ("h", "h;2",
     * "a/b/h;2" through subdirectories). A histogram read joins its directory, as in ROOT.
     */
    public TObject Get(String namecycle) {
        int slash = namecycle.lastIndexOf('/');
        if (slash >= 0) {
            TDirectoryFile dir = slash == 0 ? GetFile() : GetDirectory(namecycle.substring(0, slash));
            return dir == null ? null : dir.Get(namecycle.substring(slash + 1));
        }
        if (!namecycle.contains(";")) {
            TObject inMemory = FindObject(namecycle);
            if (inMemory != null) {
                return inMemory;
            }
        }
        TKey key = GetKey(namecycle);
        return key == null ? null : key.ReadObj();
    }

    /**
     * ROOT's {@code Get<T>}: the object if it is a T, else null (C++'s dynamic_cast), e.g.
     * {@code TH1F h = f.Get("h", TH1F.class)}.
     */
    public <T> T Get(String namecycle, Class<T> type) {
        TObject obj = Get(namecycle);
        return type.isInstance(obj) ? type.cast(obj) : null;
    }

    /** The subdirectory at that path ("a", "a/b", "../c", "/a" from the file's top), or null. */
    public TDirectoryFile GetDirectory(String path) {
        TDirectoryFile dir = path.startsWith("/") ? GetFile() : this;
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                dir = dir.mother == null ? dir : dir.mother;
                continue;
            }
            TObject obj = dir.FindObject(part);
            if (obj == null) {
                TKey key = dir.GetKey(part);
                obj = key != null && key.IsFolder() ? key.ReadObj() : null;
            }
            if (!(obj instanceof TDirectoryFile sub)) {
                return null;
            }
            dir = sub;
        }
        return dir;
    }

    /** Makes the directory at that path current; ROOT's error if there is none. */
    public boolean cd(String path) {
        TDirectoryFile dir = path == null || path.isEmpty() ? this : GetDirectory(path);
        if (dir == null) {
            Globals.Error(ClassName() + "::cd", "Unknown directory %s", path);
            return false;
        }
        return dir.cd();
    }

    public TDirectoryFile mkdir(String name) {
        return mkdir(name, "", false);
    }

    public TDirectoryFile mkdir(String name, String title) {
        return mkdir(name, title, false);
    }

    /**
     * ROOT's TDirectoryFile::mkdir: a new subdirectory (title defaults to the name), written to the
     * file at once. "a/b" makes what is missing along the path and returns the first directory of
     * the path, as ROOT does; an existing name is an error unless returnExistingDirectory.
     */
    public TDirectoryFile mkdir(String name, String title, boolean returnExistingDirectory) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        String dirTitle = title == null || title.isEmpty() ? name : title;
        TDirectoryFile existing = GetDirectory(name);
        if (existing != null) {
            if (returnExistingDirectory) {
                return existing;
            }
            Globals.Error(ClassName() + "::mkdir", "An object with name %s exists already", name);
            return null;
        }
        int slash = name.indexOf('/');
        if (slash >= 0) {
            String first = name.substring(0, slash);
            TDirectoryFile top = GetDirectory(first);
            if (top == null) {
                top = mkdir(first, dirTitle, false);
                if (top == null) {
                    return null;
                }
            }
            top.mkdir(name.substring(slash + 1));
            return top;
        }
        if (!IsWritable()) {
            Globals.Error(ClassName() + "::mkdir", "file %s is not writable, directory %s not made",
                    GetFile().GetName(), name);
            return null;
        }
        if (GetKey(name) != null) {
            Globals.Error("TDirectoryFile", "An object with name %s exists already", name);
            return null;
        }
        TDirectoryFile dir = new TDirectoryFile(name, dirTitle, GetFile(), this);
        if (!GetFile().writeNewDirectory(dir)) {
            return null;
        }
        Append(dir);
        return dir;
    }

    @Override
    public int WriteTObject(TObject obj, String name, int option) {
        if (!IsWritable()) {
            Globals.Error("TFile::WriteTObject", "file %s is not writable", GetFile().GetName());
            return 0;
        }
        if (obj == null) {
            return 0;
        }
        String keyName = name == null || name.isEmpty() ? obj.GetName() : name;
        // kOverwrite replaces the latest cycle only, as ROOT's GetKey(name) finds it
        TKey latest = GetKey(keyName);
        int written = GetFile().writeObject(this, obj, keyName, latest == null ? 1 : latest.GetCycle() + 1);
        if (written > 0 && latest != null && (option & kOverwrite) != 0) {
            GetFile().deleteKey(this, latest);
        }
        return written;
    }

    /** Writes obj under name (ROOT's TDirectory::WriteObject). */
    public int WriteObject(TObject obj, String name) {
        return WriteTObject(obj, name, 0);
    }

    public int WriteObject(TObject obj, String name, String option) {
        return WriteTObject(obj, name, option != null && option.toLowerCase().contains("overwrite") ? kOverwrite : 0);
    }

    /**
     * Writes every object of this directory in memory (the histograms made while it was current),
     * and those of its subdirectories, each into its own directory.
     */
    @Override
    public int Write() {
        return Write(null, 0);
    }

    @Override
    public int Write(String name, int option) {
        int total = 0;
        for (TObject obj : GetList()) {
            total += obj instanceof TDirectoryFile dir ? dir.Write(null, option)
                    : WriteTObject(obj, obj.GetName(), option);
        }
        return total;
    }

    /**
     * ROOT's TDirectoryFile::Delete: "name" deletes the object in memory, "name;2" that cycle on
     * the file, "name;*" every cycle on the file and the object in memory; "*" in a name matches
     * any characters ("h*;*", "*;1").
     */
    public void Delete(String namecycle) {
        String spec = namecycle == null ? "" : namecycle.trim();
        int semicolon = spec.lastIndexOf(';');
        String name = semicolon < 0 ? spec : spec.substring(0, semicolon);
        String cycle = semicolon < 0 ? null : spec.substring(semicolon + 1).trim();
        Pattern pattern = Pattern.compile(Arrays.stream(name.split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")));
        if (cycle == null || cycle.equals("*")) {
            GetList().stream().filter(o -> pattern.matcher(o.GetName()).matches()).forEach(this::Remove);
        }
        if (cycle == null) {
            return;
        }
        if (!IsWritable()) {
            Globals.Error(ClassName() + "::Delete", "file %s is not writable", GetFile().GetName());
            return;
        }
        for (TKey key : new ArrayList<>(keys)) {
            if (pattern.matcher(key.GetName()).matches()
                    && (cycle.equals("*") || cycle.equals(Integer.toString(key.GetCycle())))) {
                GetFile().deleteKey(this, key);
            }
        }
    }

    /** Forgets the objects in memory, here and below, as the file closes. */
    void detachAll() {
        for (TObject obj : GetList()) {
            if (obj instanceof TDirectoryFile dir) {
                dir.detachAll();
            }
        }
        Clear();
        if (TROOT.gDirectory == this) {
            TROOT.gDirectory = TROOT.gROOT;
        }
    }

    /** The TDirectory part of the directory record (ROOT's TDirectoryFile::FillBuffer, small file). */
    void writeDirectoryPart(BufferWriter w, int nbytesKeys, long seekKeys) {
        w.writeShort(kDirectoryVersion);
        w.writeInt(created);
        w.writeInt(TKey.datimeNow());
        w.writeInt(nbytesKeys);
        w.writeInt(nbytesName);
        w.writeInt((int) seekDir);
        w.writeInt(mother == null ? 0 : (int) mother.seekDir);
        w.writeInt((int) seekKeys);
        w.writeShort(1);
        w.writeBytes(GetFile().uuid());
        for (int i = 0; i < 3; i++) {
            w.writeInt(0); // room ROOT keeps for 8-byte pointers
        }
    }

    /** ROOT's TDirectoryFile::ls: this directory, then one level deeper its objects and keys. */
    @Override
    public void ls() {
        StringBuilder out = new StringBuilder();
        ls(out, 0);
        System.out.print(out);
    }

    void ls(StringBuilder out, int indent) {
        String pad = " ".repeat(indent);
        out.append(pad).append(ClassName()).append("*\t\t").append(GetName()).append('\t').append(GetTitle())
                .append('\n');
        for (TObject o : GetList()) {
            if (o instanceof TDirectoryFile dir) {
                dir.ls(out, indent + 1);
            } else {
                out.append(pad).append(" OBJ: ").append(o.ClassName()).append('\t').append(o.GetName()).append('\t')
                        .append(o.GetTitle()).append(" : 0\n");
            }
        }
        for (TKey k : keys) {
            out.append(pad).append(' ').append(k.lsLine()).append('\n');
        }
    }
}
