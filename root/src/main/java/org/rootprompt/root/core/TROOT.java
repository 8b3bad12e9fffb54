package org.rootprompt.root.core;

import java.util.function.Function;

/**
 * The top of ROOT's object tree: {@code gROOT}, the directory that holds objects made outside any
 * file, with the lists of functions and canvases, and {@code gDirectory}, the current directory.
 */
public final class TROOT extends TDirectory {
    /** The one TROOT. */
    public static final TROOT gROOT = new TROOT();

    /** The current directory: gROOT, or the file or subdirectory last cd'ed into. */
    public static volatile TDirectory gDirectory = gROOT;

    private final TList fFunctions = new TList();
    private final TList fCanvases = new TList();
    private volatile Function<String, TObject> fStandardFunctions = name -> null;

    private TROOT() {
        super("root", "The ROOT of EVERYTHING");
        fFunctions.SetName("Functions");
        fCanvases.SetName("Canvases");
    }

    /** Empties the top directory and makes it current again (ROOT's gROOT->Reset()). */
    public void Reset() {
        Clear();
        gDirectory = this;
    }

    /** Every TF1/TF2/TF3 made so far by name (the latest of a name replaces the earlier one). */
    public TList GetListOfFunctions() {
        return fFunctions;
    }

    /** The open canvases, in the order they were made. */
    public TList GetListOfCanvases() {
        return fCanvases;
    }

    /**
     * The function of that name: one the user made, or one of ROOT's standard ones (gaus, expo,
     * pol1 …) made on first use; null if there is none.
     */
    public TObject GetFunction(String name) {
        TObject f = fFunctions.FindObject(name);
        if (f == null) {
            ensureFunctionsLoaded();
            f = fStandardFunctions.apply(name);
        }
        return f;
    }

    /**
     * Where {@link #GetFunction} finds ROOT's standard functions: set by the function classes
     * (package hist), which this package does not depend on.
     */
    public void setStandardFunctions(Function<String, TObject> lookup) {
        fStandardFunctions = lookup;
    }

    private static void ensureFunctionsLoaded() {
        try {
            // TF1's static initialiser registers the standard functions with gROOT
            Class.forName("org.rootprompt.root.hist.TF1", true, TROOT.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the library is incomplete: " + e);
        }
    }

    /**
     * An object by name, searched where ROOT's TROOT::FindObject searches: functions, canvases,
     * the objects in memory here, then the current directory.
     */
    @Override
    public TObject FindObject(String name) {
        TObject o = fFunctions.FindObject(name);
        if (o == null) {
            o = fCanvases.FindObject(name);
        }
        if (o == null) {
            o = super.FindObject(name);
        }
        TDirectory current = gDirectory;
        if (o == null && current != this && current != null) {
            o = current.FindObject(name);
        }
        return o;
    }
}
