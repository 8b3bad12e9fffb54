package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TH1;

/**
 * Files written by real ROOT (shared/testdata/rootfiles, see ORIGIN.md) read back with the values
 * that JSROOT reads from them: jsroot_values.txt records JSROOT's numbers, one member per line,
 * with the command that produced them; each member is looked up here through our class
 * descriptions, so every described member listed is checked.
 */
class ReadRootFilesTest {
    static final Path TESTDATA = Path.of("/work/shared/testdata/rootfiles");
    private final List<String> messages = new ArrayList<>();

    @AfterEach
    void restore() {
        ErrorHandler.setHandler(null);
        TROOT.gROOT.Reset();
    }

    @Test
    void valuesMatchWhatJsrootReads() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(TESTDATA), "shared test data is not on this machine");
        Map<String, TFile> files = new HashMap<>();
        int checked = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("jsroot_values.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ", 4);
                TFile file = files.computeIfAbsent(f[0], name -> TFile.Open(TESTDATA.resolve(name).toString()));
                TObject obj = file.Get(f[1]);
                assertNotNull(obj, f[0] + " " + f[1]);
                assertValue(f[3], member(obj, f[2]), line);
                checked++;
            }
        }
        files.values().forEach(TFile::Close);
        assertEquals(195, checked);
    }

    /** A member by ROOT's name ("fEntries", "fXaxis.fNbins", "fArray" for a histogram's contents). */
    private static Object member(Object obj, String path) {
        Object value = obj;
        for (String name : path.split("\\.")) {
            if (name.equals("fArray")) {
                value = ((TH1) value).getContentArray();
                continue;
            }
            ClassDescription d = value instanceof org.rootprompt.root.hist.TAxis
                    ? ClassRegistry.get().forName("TAxis") : ClassRegistry.get().forObject(value);
            Member m = d.find(name);
            assertNotNull(m, d + " has no member " + name);
            value = m.get(value);
        }
        return value;
    }

    private static void assertValue(String expected, Object actual, String line) {
        if (actual instanceof String s) {
            assertEquals(expected, s, line);
        } else if (actual instanceof Number n) {
            assertEquals(Double.parseDouble(expected), n.doubleValue(), 0, line);
        } else {
            String[] values = expected.isEmpty() ? new String[0] : expected.split(",", -1);
            assertEquals(values.length, Array.getLength(actual), line);
            for (int i = 0; i < values.length; i++) {
                assertEquals(Double.parseDouble(values[i]), ((Number) Array.get(actual, i)).doubleValue(), 0,
                        line + " [" + i + "]");
            }
        }
    }

    /** tcanvas.root: a TCanvas c1 holding a TGraph drawn "alp" with a fitted pol1 (values as JSROOT reads them). */
    @Test
    void aCanvasComesBackWithItsPrimitives() {
        Assumptions.assumeTrue(Files.isDirectory(TESTDATA), "shared test data is not on this machine");
        ErrorHandler.setHandler((level, location, text) -> messages.add(location + ": " + text));
        TFile f = TFile.Open(TESTDATA.resolve("tcanvas.root").toString());
        assertNotNull(f);
        TCanvas c1 = (TCanvas) f.Get("c1");
        f.Close();
        assertEquals(List.of(), messages);
        StringBuilder primitives = new StringBuilder();
        TList list = c1.GetListOfPrimitives();
        for (int i = 0; i < list.GetSize(); i++) {
            primitives.append(list.At(i).ClassName()).append(' ').append(list.At(i).GetName()).append(" \"")
                    .append(list.optionAt(i)).append("\"\n");
        }
        assertEquals("TGraph Graph \"alp\"\n", primitives.toString());
        // a batch canvas: no window size, a drawing area of 296 x 372 pixels
        assertEquals(300, c1.GetWw());
        assertEquals(400, c1.GetWh());
        assertEquals(0.1, c1.GetLeftMargin(), 1e-7);
        TGraph graph = (TGraph) list.FindObject("Graph");
        TF1 pol1 = graph.GetFunction("pol1");
        assertEquals(1.0000000000000004, pol1.GetParameter(0));
        assertEquals(0.49999999999999983, pol1.GetParameter(1));
        assertEquals(7.500000000000001, pol1.GetChisquare());
        assertEquals(3, pol1.GetNDF());
        assertEquals(1 + 0.5 * 2, pol1.Eval(2), 1e-12);
    }

    @Test
    void lsListsTheKeysAsRoot() {
        Assumptions.assumeTrue(Files.isDirectory(TESTDATA), "shared test data is not on this machine");
        TFile f = TFile.Open(TESTDATA.resolve("graphs.root").toString());
        String name = TESTDATA.resolve("graphs.root").toString();
        assertEquals("TFile**\t\t" + name + "\t\n TFile*\t\t" + name + "\t\n"
                + "  KEY: TGraph\ttg;1\tgraph without errors\n"
                + "  KEY: TGraphErrors\ttge;1\tgraph with errors\n"
                + "  KEY: TGraphAsymmErrors\ttgae;1\tgraph with asymmetric errors\n",
                TFileRoundTripTest.captureLs(f));
        assertTrue(TROOT.gDirectory == f);
        f.Close();
    }
}
