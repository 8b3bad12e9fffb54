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
        if (obj != null) {
            fObjects.add(obj);
        }
    }

    public void AddFirst(TObject obj) {
        if (obj != null) {
            fObjects.add(0, obj);
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
        return i < 0 ? null : fObjects.remove(i);
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
        for (TObject o : fObjects) {
            copy.fObjects.add(o.Clone());
        }
        return copy;
    }
}
