package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;

/** bin/rootls's listings, in the formats of ROOT's rootls (cmdLineUtils.py), written out by hand. */
class RootLsTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToRoot() {
        TROOT.gROOT.Reset();
        TH1.AddDirectory(true);
    }

    private record Result(int exit, String out, String err) {}

    private static Result rootls(int width, boolean one, boolean lng, String... sources) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RootLs.run(List.of(sources), one, lng, false, width,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** hpx, Beta (two cycles), alpha and a directory dir holding h1 and h22. */
    private String write(String name) {
        String p = dir.resolve(name).toString();
        TFile f = new TFile(p, "RECREATE");
        TH1.AddDirectory(false);
        TH1F h = new TH1F("hpx", "px distribution", 4, 0, 1);
        h.Write();
        TH1F beta = new TH1F("Beta", "second", 4, 0, 1);
        beta.Write();
        beta.Write();
        new TH1F("alpha", "first", 4, 0, 1).Write();
        f.mkdir("dir").cd();
        new TH1F("h1", "one", 4, 0, 1).Write();
        new TH1F("h22", "two", 4, 0, 1).Write();
        f.Close();
        return p;
    }

    @Test
    void plainListingPutsNamesInColumnsSortedIgnoringCase() {
        String p = write("plain.root");
        // widths: each column as its longest name + 2; the last name of a line without padding
        assertEquals("alpha  Beta  Beta  dir  hpx\n", rootls(80, false, false, p).out());
        assertEquals("alpha  Beta\nBeta   dir\nhpx\n", rootls(14, false, false, p).out());
        assertEquals("alpha\nBeta\nBeta\ndir\nhpx\n", rootls(80, true, false, p).out());
        assertEquals("h1  h22\n", rootls(80, false, false, p + ":dir").out());
    }

    @Test
    void longListingGivesClassDateNameCycleTitleAndWhichCycle() {
        String p = write("long.root");
        TFile f = new TFile(p);
        int datime = f.GetKey("hpx").datime();
        f.Close();
        String date = String.format("%s %02d %02d:%02d %d ",
                Month.of(datime >>> 22 & 0xF).getDisplayName(TextStyle.SHORT, Locale.ENGLISH), datime >>> 17 & 0x1F,
                datime >>> 12 & 0x1F, datime >>> 6 & 0x3F, (datime >>> 26) + 1995);
        assertEquals(18, date.length());
        // class column 14+2 wide, date 18 (wider than its 14), name column 5+2 wide
        String expected = "TH1F            " + date + "alpha;1 \"first\" \n"
                + "TH1F            " + date + "Beta;2  \"second\" [current cycle]\n"
                + "TH1F            " + date + "Beta;1  \"second\" [backup cycle]\n"
                + "TDirectoryFile  " + date + "dir;1   \"dir\" \n"
                + "TH1F            " + date + "hpx;1   \"px distribution\" \n";
        Result r = rootls(80, false, true, p);
        // the seconds may tick between the records: compare with the date of each line's own minute
        assertEquals(expected.lines().map(l -> l.substring(0, 16) + l.substring(34)).toList(),
                r.out().lines().map(l -> l.substring(0, 16) + l.substring(34)).toList());
        assertTrue(r.out().lines().allMatch(l -> l.substring(16, 34).matches("[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d \\d{4} ")),
                r.out());
        assertEquals(0, r.exit());
    }

    @Test
    void pathsWithWildcardsAndManyFiles() {
        String p = write("a.root");
        String q = write("B.root");
        assertEquals("h22\n", rootls(80, false, false, p + ":dir/h2*").out());
        assertEquals("alpha  hpx\n", rootls(80, false, false, p + ":*p*").out());
        Result many = rootls(80, false, false, q, p + ":dir");
        assertEquals(p + " :\n  h1  h22\n" + q + " :\n  alpha  Beta  Beta  dir  hpx\n", many.out());
    }

    @Test
    void badPathsAndFilesExitNonZeroWithAMessage() {
        String p = write("bad.root");
        Result r = rootls(80, false, false, p + ":nothing");
        assertEquals(1, r.exit());
        assertEquals("WARNING:root:can't find nothing in " + p + "\n", r.err());
        Result missing = rootls(80, false, false, dir.resolve("missing.root").toString());
        assertEquals(1, missing.exit());
        assertEquals("Error in <TFile::TFile>: file " + dir.resolve("missing.root") + " does not exist\n", missing.err());
        assertEquals("", missing.out());
    }
}
