package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1D;
import org.rootprompt.root.hist.TH1F;

/** UPDATE: keys added and deleted in an existing file, the old bookkeeping records freed. */
class UpdateTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToRoot() {
        TROOT.gROOT.Reset();
        TH1.AddDirectory(true);
    }

    private Path writeThenUpdate() {
        Path p = dir.resolve("update.root");
        TFile f = new TFile(p.toString(), "RECREATE");
        new TH1F("h", "first", 10, 0, 1).Fill(0.5);
        f.mkdir("a").cd();
        new TH1F("ha", "in a", 10, 0, 1).Fill(0.5);
        f.Write();
        f.Close();

        TFile u = new TFile(p.toString(), "UPDATE");
        assertTrue(u.IsWritable());
        TH1F h = u.Get("h", TH1F.class);
        h.Fill(0.7);
        TH1D g = new TH1D("g", "added", 5, 0, 5);
        g.Fill(1, 4);
        u.cd("a");
        TH1F hb = new TH1F("hb", "added in a", 10, 0, 1);
        hb.Fill(0.1);
        hb.Fill(0.2);
        u.Write(); // h;2, g;1 at the top, hb;1 in a
        u.Delete("h;1");
        u.Close();
        return p;
    }

    @Test
    void updatedFileReadsBackWithOldAndNewKeys() {
        TFile r = new TFile(writeThenUpdate().toString());
        List<String> keys = new ArrayList<>();
        for (TObject o : r.GetListOfKeys()) {
            keys.add(((TKey) o).GetName() + ";" + ((TKey) o).GetCycle());
        }
        assertEquals(List.of("a;1", "h;2", "g;1"), keys);
        assertEquals(2, r.Get("h", TH1F.class).GetEntries());
        assertNull(r.Get("h;1"));
        assertEquals(4, r.Get("g", TH1D.class).GetBinContent(2));
        assertEquals(1, r.Get("a/ha", TH1F.class).GetEntries());
        assertEquals(2, r.Get("a/hb", TH1F.class).GetEntries());
        r.Close();
    }

    private static final Pattern RECORD = Pattern.compile("\\d{8}/\\d{6}  At:(\\d+) +  N=(\\d+) +  (\\S+).*");
    private static final Pattern GAP = Pattern.compile("Address = (\\d+)\tNbytes = -(\\d+)\t=====G A P===========");

    @Test
    void mapShowsTheReplacedRecordsAsGapsAndEveryByteIsAccountedFor() throws Exception {
        Path p = writeThenUpdate();
        TFile r = new TFile(p.toString());
        String map = FileLifeCycleTest.stdout(r::Map);
        long at = 100;
        int gaps = 0;
        List<String> records = new ArrayList<>();
        for (String line : map.split("\n")) {
            Matcher m = RECORD.matcher(line);
            Matcher g = GAP.matcher(line);
            if (g.matches()) {
                assertEquals(at, Long.parseLong(g.group(1)), line);
                at += Long.parseLong(g.group(2));
                gaps++;
            } else {
                assertTrue(m.matches(), line);
                assertEquals(at, Long.parseLong(m.group(1)), line);
                at += Long.parseLong(m.group(2));
                records.add(m.group(3));
            }
        }
        assertEquals(Files.size(p) + 1, at);
        // freed: h;1, and side by side (so merged into one segment, as ROOT merges them) a's keys
        // list, the streamer infos, the top keys list and the free segments
        assertEquals(2, gaps, map);
        // kept: a's record, ha; added in the order they joined the top directory: h;2, g, a's hb; a's keys
        assertEquals(List.of("TFile", "TDirectory", "TH1F", "TH1F", "TH1D", "TH1F", "TDirectory", "StreamerInfo",
                "KeysList", "FreeSegments", "END"), records);
        r.Close();
    }

    @Test
    void updateOfAMissingFileCreatesIt() {
        Path p = dir.resolve("new.root");
        TFile u = new TFile(p.toString(), "UPDATE");
        new TH1F("h", "h", 2, 0, 1).Fill(0.2);
        u.Write();
        u.Close();
        assertEquals(1, new TFile(p.toString()).Get("h", TH1F.class).GetEntries());
    }

    @Test
    void jsrootReadsAnUpdatedRootWrittenFile() throws Exception {
        Path jsroot = JsrootDrawTest.findUp(Path.of("bench", "jsroot", "read_dirs.mjs")).getParent();
        Assumptions.assumeTrue(JsrootDrawTest.run(jsroot, "node", "--version") == 0,
                "node is not installed: the JSROOT check is skipped");
        Path p = dir.resolve("gauss-h1.root");
        Files.copy(ReadRootFilesTest.TESTDATA.resolve("gauss-h1.root"), p, StandardCopyOption.REPLACE_EXISTING);
        TFile u = new TFile(p.toString(), "UPDATE");
        assertNotNull(u.GetListOfKeys().First(), "the ROOT-written file has keys");
        TDirectoryFile extra = u.mkdir("extra");
        extra.cd();
        new TH1F("added", "added by update", 4, 0, 4).Fill(1, 3);
        u.Write();
        u.Close();
        Path log = dir.resolve("update.log");
        int exit = new ProcessBuilder("node", jsroot.resolve("read_dirs.mjs").toString(), p.toString())
                .directory(jsroot.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        // ROOT's own records still read with ROOT's class versions (their streamer infos were kept)
        assertEquals("h1d;1 TH1D 10004 h1d\n"
                + "h1f;1 TH1F 10004 h1f\n"
                + "h1d-var;1 TH1F 10004 h1d-var\n"
                + "h1f-var;1 TH1F 10004 h1f-var\n"
                + "extra;1 TDirectory extra\n"
                + "extra/added;1 TH1F 1 added by update\n", output.substring(output.indexOf('\n') + 1));
        TFile r = new TFile(p.toString());
        assertEquals(3, r.Get("extra/added", TH1F.class).GetBinContent(2));
        assertEquals(10004, r.Get("h1d", TH1D.class).GetEntries());
        r.Close();
    }
}
