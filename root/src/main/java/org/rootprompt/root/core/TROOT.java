package org.rootprompt.root.core;

/**
 * The top of ROOT's object tree: {@code gROOT}, the directory that holds objects made outside any
 * file, and {@code gDirectory}, the current directory.
 */
public final class TROOT extends TDirectory {
    /** The one TROOT. */
    public static final TROOT gROOT = new TROOT();

    /** The current directory: gROOT, or the file or subdirectory last cd'ed into. */
    public static volatile TDirectory gDirectory = gROOT;

    private TROOT() {
        super("root", "The ROOT of EVERYTHING");
    }

    /** Empties the top directory and makes it current again (ROOT's gROOT->Reset()). */
    public void Reset() {
        Clear();
        gDirectory = this;
    }
}
