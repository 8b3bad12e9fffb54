package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1D;
import org.rootprompt.root.hist.TH1F;

/** Map, Delete, typed Get and key iteration of a file, as a ROOT user sees them. */
class FileLifeCycleTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToRoot() {
        TROOT.gROOT.Reset();
        TH1.AddDirectory(true);
    }

    static String stdout(Runnable r) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static final Pattern MAP_LINE =
            Pattern.compile("(\\d{8}/\\d{6})  At:(\\d+) +  N=(\\d+) +  (\\S+) *( CX = +\\d+\\.\\d\\d)?");

    @Test
    void mapListsEveryRecordBackToBackUpToTheEnd() throws Exception {
        Path p = dir.resolve("map.root");
        TFile f = new TFile(p.toString(), "RECREATE", "", 0);
        new TH1F("a", "a", 10, 0, 1).Fill(0.5);
        new TH1D("b", "b", 1000, 0, 1);
        f.Write();
        f.Close();
        TFile r = new TFile(p.toString());
        String map = stdout(r::Map);
        List<String> classes = new ArrayList<>();
        long expectedAt = 100;
        for (String line : map.split("\n")) {
            Matcher m = MAP_LINE.matcher(line);
            assertTrue(m.matches(), line);
            // ROOT pads the offset to log10(fEND) + 2 characters
            assertEquals(line.indexOf("N="), line.indexOf("At:") + 3 + String.valueOf(Files.size(p)).length() + 1 + 2,
                    line);
            assertEquals(expectedAt, Long.parseLong(m.group(2)), line);
            expectedAt += Long.parseLong(m.group(3));
            classes.add(m.group(4));
        }
        assertEquals(List.of("TFile", "TH1F", "TH1D", "StreamerInfo", "KeysList", "FreeSegments", "END"), classes);
        // the END sits at the file's size, with N=1 as ROOT prints it
        assertEquals(Files.size(p) + 1, expectedAt);
        r.Close();
    }

    @Test
    void compressedRecordsShowTheirCompressionFactor() throws Exception {
        Path p = dir.resolve("cx.root");
        TFile f = new TFile(p.toString(), "RECREATE", "", 101);
        new TH1D("zeros", "mostly empty", 2000, 0, 1);
        f.Write();
        f.Close();
        TFile r = new TFile(p.toString());
        TKey key = r.GetKey("zeros");
        String line = stdout(r::Map).lines().filter(l -> l.contains("TH1D")).findFirst().orElseThrow();
        float cx = (float) (key.GetObjlen() + key.GetKeylen()) / key.GetNbytes();
        assertTrue(cx > 10, "zeros compress well: " + cx);
        assertTrue(line.endsWith(String.format(" CX = %5.2f", cx)), line);
        r.Close();
    }

    @Test
    void deleteRemovesOneCycleOrAllAndLeavesGapsThatMapShows() throws Exception {
        Path p = dir.resolve("delete.root");
        TFile f = new TFile(p.toString(), "RECREATE", "", 0);
        TH1.AddDirectory(false);
        TH1F h = new TH1F("h", "h", 5, 0, 1);
        TH1F g = new TH1F("g", "g", 5, 0, 1);
        h.Write();
        h.Write();
        h.Write();
        g.Write();
        g.Write();
        f.Delete("h;2");
        f.Delete("g;*");
        f.Close();
        TFile r = new TFile(p.toString());
        List<String> keys = new ArrayList<>();
        for (TObject o : r.GetListOfKeys()) {
            TKey k = (TKey) o;
            keys.add(k.GetName() + ";" + k.GetCycle());
        }
        assertEquals(List.of("h;1", "h;3"), keys);
        assertNull(r.Get("h;2"));
        assertNull(r.Get("g"));
        String map = stdout(r::Map);
        // h;2 alone, g;1 and g;2 side by side: one free segment, as ROOT merges them
        assertEquals(2, map.lines().filter(l -> l.matches("Address = \\d+\tNbytes = -\\d+\t=====G A P===========")).count(),
                map);
        r.Close();
    }

    @Test
    void deleteWithoutCycleOnlyForgetsTheObjectInMemory() throws Exception {
        Path p = dir.resolve("memory.root");
        TFile f = new TFile(p.toString(), "RECREATE");
        new TH1F("h", "h", 5, 0, 1);
        f.Write();
        f.Delete("h");
        assertTrue(f.GetList().isEmpty());
        assertNotNull(f.GetKey("h;1"));
        f.Close();
    }

    @Test
    void typedGetReturnsNullForAnotherClass() throws Exception {
        Path p = dir.resolve("typed.root");
        TFile f = new TFile(p.toString(), "RECREATE");
        new TH1F("h", "h", 5, 0, 1).Fill(0.1);
        f.Write();
        f.Close();
        TFile r = new TFile(p.toString());
        TH1F h = r.Get("h", TH1F.class);
        assertEquals(1, h.GetEntries());
        assertNull(r.Get("h", TH1D.class));
        assertNull(r.Get("nothing", TH1F.class));
        r.Close();
    }
}
