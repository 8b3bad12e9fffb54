package org.rootprompt.root.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A directory of objects in memory, with ROOT's ownership by name: histograms join the current
 * directory ({@link TROOT#gDirectory}) when they are made, and a new object with the name of an
 * existing one replaces it with ROOT's warning. Files (issue 5) are directories too.
 */
public class TDirectory extends TNamed {
    /** Objects that leave a directory are told, so that they forget it (ROOT's DirectoryAutoAdd). */
    public interface Member {
        void directoryRemoved(TDirectory directory);
    }

    private final List<TObject> fList = new ArrayList<>();

    public TDirectory(String name, String title) {
        super(name, title);
    }

    /** Adds an object; with {@code replace}, objects of the same name leave first, with a warning. */
    public synchronized void Append(TObject obj, boolean replace) {
        Append(obj, replace, obj == null ? "" : obj.ClassName());
    }

    public void Append(TObject obj) {
        Append(obj, false);
    }

    /**
     * As {@link #Append(TObject, boolean)}, naming the object's class as ROOT does at that moment
     * (objects added from a base-class constructor are named by the base, e.g. "TH1").
     */
    public synchronized void Append(TObject obj, boolean replace, String className) {
        if (obj == null) {
            return;
        }
        String name = obj.GetName();
        if (replace && name != null && !name.isEmpty()) {
            TObject old;
            while ((old = findHere(name)) != null) {
                ErrorHandler.report(ErrorHandler.kWarning, ClassName() + "::Append",
                        "Replacing existing " + className + ": " + name + " (Potential memory leak).");
                Remove(old);
            }
        }
        fList.add(obj);
    }

    /** Removes an object (by identity); returns it, or null if it was not here. */
    public synchronized TObject Remove(TObject obj) {
        for (int i = 0; i < fList.size(); i++) {
            if (fList.get(i) == obj) {
                fList.remove(i);
                if (obj instanceof Member member) {
                    member.directoryRemoved(this);
                }
                return obj;
            }
        }
        return null;
    }

    /** The first object with that name, or null. */
    public TObject FindObject(String name) {
        return findHere(name);
    }

    /** The first object with that name in this directory's own list, or null. */
    private synchronized TObject findHere(String name) {
        for (TObject o : fList) {
            if (name.equals(o.GetName())) {
                return o;
            }
        }
        return null;
    }

    /** The objects in memory, in the order they were added. */
    public synchronized List<TObject> GetList() {
        return Collections.unmodifiableList(new ArrayList<>(fList));
    }

    /**
     * Writes obj under name; a directory in memory has nowhere to write, so it says so as ROOT
     * does. Files override this.
     */
    public int WriteTObject(TObject obj, String name, int option) {
        Globals.Error(ClassName() + "::WriteTObject",
                "The current directory (%s) is not associated with a file. The object (%s) has not been written.",
                GetName(), name);
        return 0;
    }

    /** Makes this the current directory. */
    public boolean cd() {
        TROOT.gDirectory = this;
        return true;
    }

    /** Forgets every object (ROOT's Clear); they are not deleted, only no longer owned. */
    public synchronized void Clear() {
        for (TObject o : new ArrayList<>(fList)) {
            Remove(o);
        }
    }

    /** Lists the objects in memory as ROOT's TDirectory::ls does. */
    @Override
    public void ls() {
        StringBuilder out = new StringBuilder();
        out.append(ClassName()).append('*').append("\t\t").append(GetName()).append('\t').append(GetTitle()).append('\n');
        for (TObject o : GetList()) {
            out.append(" OBJ: ").append(o.ClassName()).append('\t').append(o.GetName()).append('\t')
                    .append(o.GetTitle()).append(" : 0\n");
        }
        System.out.print(out);
    }
}
