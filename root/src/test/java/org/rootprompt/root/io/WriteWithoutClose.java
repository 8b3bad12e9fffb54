package org.rootprompt.root.io;

import org.rootprompt.root.hist.TH1F;

/** A program that writes a histogram and ends without closing its file (for {@link BadFilesTest}). */
final class WriteWithoutClose {
    private WriteWithoutClose() {}

    public static void main(String[] args) {
        TFile f = new TFile(args[0], "RECREATE");
        TH1F h = new TH1F("h", "left open", 10, 0, 1);
        h.Fill(0.25);
        f.Write();
    }
}
