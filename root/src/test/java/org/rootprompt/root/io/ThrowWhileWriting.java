package org.rootprompt.root.io;

import org.rootprompt.root.hist.TH1F;

/**
 * A program whose code throws in the middle of filling and writing a file with a subdirectory,
 * and so ends with an uncaught exception, without Close (for {@link BadFilesTest}).
 */
final class ThrowWhileWriting {
    private ThrowWhileWriting() {}

    public static void main(String[] args) {
        TFile f = new TFile(args[0], "RECREATE");
        f.mkdir("d").cd();
        for (int i = 0; ; i++) {
            TH1F h = new TH1F("h" + i, "written before the exception", 10, 0, 1);
            h.Fill(0.5);
            h.Write();
            if (i == 2) {
                throw new IllegalStateException("the user's code fails while writing");
            }
        }
    }
}
