package org.rootprompt.root.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * ROOT's doubly linked list of objects, as gROOT's lists of functions and canvases and a
 * histogram's list of functions are: ordered, found by name, iterable with a for-each loop.
 */
public class TList extends TObject implements Iterable<TObject> {
    private final List<TObject> fObjects = new ArrayList<>();
    /** The option kept with each object (a pad's draw options), "" when none was given. */
    private final List<String> fOptions = new ArrayList<>();
    private String fName = "TList";

    public TList() {}

    @Override
    public String GetName() {
        return fName;
    }

    public void SetName(String name) {
        fName = name;
    }

    /** Adds at the end; a null is ignored as ROOT does. */
    public void Add(TObject obj) {
        AddLast(obj);
    }

    public void AddLast(TObject obj) {
        AddLast(obj, "");
    }

    /** Adds at the end with an option, as a pad keeps each primitive's draw option. */
    public void Add(TObject obj, String option) {
        AddLast(obj, option);
    }

    public void AddLast(TObject obj, String option) {
        if (obj != null) {
            fObjects.add(obj);
            fOptions.add(option == null ? "" : option);
        }
    }

    public void AddFirst(TObject obj) {
        if (obj != null) {
            fObjects.add(0, obj);
            fOptions.add(0, "");
        }
    }

    /** The option kept with the object at index i ("" when none, or outside the list). */
    public String optionAt(int i) {
        return i >= 0 && i < fOptions.size() ? fOptions.get(i) : "";
    }

    /** Changes the option kept with the object at index i. */
    public void setOptionAt(int i, String option) {
        if (i >= 0 && i < fOptions.size()) {
            fOptions.set(i, option == null ? "" : option);
        }
    }

    /** The object at index i, or null outside the list. */
    public TObject At(int i) {
        return i >= 0 && i < fObjects.size() ? fObjects.get(i) : null;
    }

    public TObject First() {
        return At(0);
    }

    public TObject Last() {
        return At(fObjects.size() - 1);
    }

    /** The first object with that name, or null. */
    public TObject FindObject(String name) {
        for (TObject o : fObjects) {
            if (name != null && name.equals(o.GetName())) {
                return o;
            }
        }
        return null;
    }

    /** The object itself if it is in the list, or null. */
    public TObject FindObject(TObject obj) {
        return IndexOf(obj) >= 0 ? obj : null;
    }

    public boolean Contains(String name) {
        return FindObject(name) != null;
    }

    public boolean Contains(TObject obj) {
        return IndexOf(obj) >= 0;
    }

    /** The index of this very object (not an equal one), or -1. */
    public int IndexOf(TObject obj) {
        for (int i = 0; i < fObjects.size(); i++) {
            if (fObjects.get(i) == obj) {
                return i;
            }
        }
        return -1;
    }

    /** Removes this very object; returns it, or null if it was not in the list. */
    public TObject Remove(TObject obj) {
        int i = IndexOf(obj);
        if (i < 0) {
            return null;
        }
        fOptions.remove(i);
        return fObjects.remove(i);
    }

    public int GetSize() {
        return fObjects.size();
    }

    public int GetEntries() {
        return fObjects.size();
    }

    public boolean IsEmpty() {
        return fObjects.isEmpty();
    }

    /** Forgets every object (they are not deleted). */
    public void Clear() {
        fObjects.clear();
        fOptions.clear();
    }

    @Override
    public Iterator<TObject> iterator() {
        return new ArrayList<>(fObjects).iterator(); // a snapshot: the loop body may change the list
    }

    /** Lists the objects, each as its own ls prints itself. */
    @Override
    public void ls() {
        for (TObject o : this) {
            o.ls();
        }
    }

    @Override
    public void Print(String option) {
        for (TObject o : this) {
            o.Print(option);
        }
    }

    @Override
    public TList Clone() {
        TList copy = new TList();
        copy.fName = fName;
        for (int i = 0; i < fObjects.size(); i++) {
            copy.AddLast(fObjects.get(i).Clone(), fOptions.get(i));
        }
        return copy;
    }
}
