package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;

/**
 * Subdirectories of a file as ROOT makes them: mkdir, cd, objects belonging to the current
 * directory, Get through paths, ls, and the same file read by JSROOT ({@code bench/jsroot/read_dirs.mjs}).
 */
class DirectoriesTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToRoot() {
        TROOT.gROOT.Reset();
        TH1.AddDirectory(true);
    }

    static String stderr(Runnable r) {
        PrintStream saved = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** top.root: h at the top, a/ha (two cycles), a/b/hb, and an empty directory e. */
    private Path writeNested() {
        Path p = dir.resolve("nested.root");
        TFile f = new TFile(p.toString(), "RECREATE");
        new TH1F("h", "top", 10, 0, 1).Fill(0.5);
        TDirectoryFile a = f.mkdir("a", "directory a");
        f.mkdir("e");
        a.cd();
        TH1F ha = new TH1F("ha", "in a", 10, 0, 1);
        ha.Fill(0.1);
        assertSame(a, ha.GetDirectory());
        ha.Write();
        ha.Fill(0.2);
        TDirectoryFile b = a.mkdir("b");
        b.cd();
        TH1F hb = new TH1F("hb", "in a/b", 10, 0, 1);
        for (int i = 0; i < 3; i++) {
            hb.Fill(0.3);
        }
        f.Write(); // h, ha;2 and hb, each in its own directory
        f.Close();
        assertSame(TROOT.gROOT, TROOT.gDirectory);
        assertNull(hb.GetDirectory());
        return p;
    }

    @Test
    void objectsMadeInASubdirectoryAreWrittenThereAndReadBackByPath() {
        Path p = writeNested();
        TFile f = new TFile(p.toString());
        assertEquals(2, f.Get("a/ha", TH1F.class).GetEntries());
        assertEquals(1, f.Get("a/ha;1", TH1F.class).GetEntries());
        assertEquals(3, f.Get("a/b/hb;1", TH1F.class).GetEntries());
        assertEquals(1, f.Get("h", TH1F.class).GetEntries());
        TDirectoryFile b = f.GetDirectory("a/b");
        assertEquals("nested.root:/a/b", b.GetPath().substring(b.GetPath().indexOf("nested.root")));
        assertSame(f.GetDirectory("a"), b.GetMotherDir());
        assertSame(f.GetDirectory("a"), b.GetDirectory(".."));
        assertSame(b, f.GetDirectory("a").GetDirectory("/a/b"));
        assertEquals("directory a", f.GetDirectory("a").GetTitle());
        assertTrue(f.cd("a/b"));
        assertSame(b, TROOT.gDirectory);
        assertEquals(3, ((TH1F) TROOT.gDirectory.FindObject("hb") == null ? b.Get("hb", TH1F.class)
                : (TH1F) TROOT.gDirectory.FindObject("hb")).GetEntries());
        List<String> keys = new ArrayList<>();
        for (TObject o : f.GetListOfKeys()) {
            TKey k = (TKey) o;
            keys.add(k.GetName() + ";" + k.GetCycle() + " " + k.GetClassName() + (k.IsFolder() ? " folder" : ""));
        }
        assertEquals(List.of("a;1 TDirectoryFile folder", "e;1 TDirectoryFile folder", "h;1 TH1F"), keys);
        assertEquals(0, f.GetDirectory("e").GetListOfKeys().GetSize());
        f.Close();
        assertSame(TROOT.gROOT, TROOT.gDirectory);
    }

    @Test
    void lsShowsNestedDirectoriesInMemoryOneLevelDeeperEach() {
        Path p = writeNested();
        TFile f = new TFile(p.toString());
        f.GetDirectory("a/b");
        String ls = FileLifeCycleTest.stdout(f::ls);
        String name = p.toString();
        assertEquals("TFile**\t\t" + name + "\t\n"
                + " TFile*\t\t" + name + "\t\n"
                + "  TDirectoryFile*\t\ta\tdirectory a\n"
                + "   TDirectoryFile*\t\tb\tb\n"
                + "    KEY: TH1F\thb;1\tin a/b\n"
                + "   KEY: TH1F\tha;1\tin a\n"
                + "   KEY: TDirectoryFile\tb;1\tb\n"
                + "   KEY: TH1F\tha;2\tin a\n"
                + "  KEY: TDirectoryFile\ta;1\tdirectory a\n"
                + "  KEY: TDirectoryFile\te;1\te\n"
                + "  KEY: TH1F\th;1\ttop\n", ls);
        f.Close();
    }

    @Test
    void mkdirFollowsRootsRules() {
        TFile f = new TFile(dir.resolve("rules.root").toString(), "RECREATE");
        // "a/b" makes both and returns the first; ROOT gives the first the whole path as title
        TDirectoryFile a = f.mkdir("a/b");
        assertEquals("a", a.GetName());
        assertEquals("a/b", a.GetTitle());
        assertNotNull(a.GetDirectory("b"));
        String err = stderr(() -> assertNull(f.mkdir("a")));
        assertEquals("Error in <TFile::mkdir>: An object with name a exists already\n", err);
        assertSame(a, f.mkdir("a", "", true));
        // the missing part of a path is made below what exists
        assertSame(a, f.mkdir("a/c"));
        assertNotNull(f.GetDirectory("a/c"));
        assertNull(f.mkdir(""));
        err = stderr(() -> assertTrue(!f.cd("nowhere")));
        assertEquals("Error in <TFile::cd>: Unknown directory nowhere\n", err);
        f.Close();
    }

    @Test
    void jsrootReadsTheNestedDirectories() throws Exception {
        Path jsroot = JsrootDrawTest.findUp(Path.of("bench", "jsroot", "read_dirs.mjs")).getParent();
        Assumptions.assumeTrue(JsrootDrawTest.run(jsroot, "node", "--version") == 0,
                "node is not installed: the JSROOT check is skipped");
        if (!Files.isDirectory(jsroot.resolve("node_modules").resolve("jsroot"))) {
            assertEquals(0, JsrootDrawTest.run(jsroot, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
        }
        Path p = writeNested();
        Path log = dir.resolve("dirs.log");
        int exit = new ProcessBuilder("node", jsroot.resolve("read_dirs.mjs").toString(), p.toString())
                .directory(jsroot.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        assertTrue(output.startsWith("JSROOT 7.11.2"), output);
        assertEquals("a;1 TDirectory directory a\n"
                + "a/ha;1 TH1F 1 in a\n"
                + "a/b;1 TDirectory b\n"
                + "a/b/hb;1 TH1F 3 in a/b\n"
                + "a/ha;2 TH1F 2 in a\n"
                + "e;1 TDirectory e\n"
                + "h;1 TH1F 1 top\n", output.substring(output.indexOf('\n') + 1));
    }

    @Test
    void deletingADirectoryFreesEverythingInIt() {
        Path p = writeNested();
        TFile u = new TFile(p.toString(), "UPDATE");
        u.Delete("a;*");
        u.Close();
        TFile r = new TFile(p.toString());
        assertNull(r.GetDirectory("a"));
        assertNull(r.Get("a/b/hb"));
        assertEquals(1, r.Get("h", TH1F.class).GetEntries());
        String map = FileLifeCycleTest.stdout(r::Map);
        // of the directories only e's record and e's (empty) keys list are left; a's, b's, their
        // histograms and keys lists are gaps
        assertEquals(2, map.lines().filter(l -> l.contains("TDirectory")).count(), map);
        assertEquals(List.of("TH1F"), map.lines().filter(l -> l.contains("At:") && l.contains("TH1"))
                .map(l -> l.trim().split(" +")[3]).toList(), map);
        r.Close();
    }
}
