package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.core.TObjString;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.*;

/**
 * Objects written to a ROOT file by us read back equal, compared through TBufferJSON (every member
 * of the one class description, so a member lost on the way shows as a difference); uncompressed
 * and zlib. Also cycles, kOverwrite, ls() and the current-directory rules.
 */
class TFileRoundTripTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToRoot() {
        TROOT.gROOT.Reset();
    }

    /** One object of every class that files support, with non-default contents. */
    static Map<String, TObject> objects() {
        Map<String, TObject> objects = new LinkedHashMap<>();
        TH1.AddDirectory(false);
        try {
            TH1F h1f = new TH1F("h1f", "a TH1F;x [cm];entries", 10, -3, 3);
            for (int i = 0; i < 100; i++) {
                h1f.Fill(-3 + 0.06 * i, 1 + i % 3);
            }
            h1f.SetLineColor(4);
            h1f.SetFillStyle(3004);
            h1f.SetMarkerSize(1.5);
            h1f.GetXaxis().SetLabelSize(0.05);
            h1f.GetXaxis().SetRange(2, 8);
            h1f.SetMaximum(40);
            objects.put("h1f", h1f);
            TH1D h1d = new TH1D("h1d", "variable bins", 3, new double[] {0, 1, 3, 7});
            h1d.Fill(0.5);
            h1d.Fill(2, 2.5);
            h1d.Fill(8);
            objects.put("h1d", h1d);
            TH1C h1c = new TH1C("h1c", "chars", 4, 0, 4);
            h1c.Fill(1);
            objects.put("h1c", h1c);
            TH1S h1s = new TH1S("h1s", "shorts", 4, 0, 4);
            h1s.Fill(2, 300);
            objects.put("h1s", h1s);
            TH1I h1i = new TH1I("h1i", "ints", 4, 0, 4);
            h1i.Fill(3, 70000);
            objects.put("h1i", h1i);
            TH1F labels = new TH1F("labels", "labelled", 3, 0, 3);
            labels.Fill("a", 1);
            labels.Fill("b", 2);
            objects.put("labels", labels);
            TH2F h2f = new TH2F("h2f", "a TH2F", 4, 0, 4, 3, -1, 2);
            h2f.Fill(1.5, 0.5, 2);
            h2f.Fill(3.5, -0.5);
            objects.put("h2f", h2f);
            TH2D h2d = new TH2D("h2d", "a TH2D", 2, new double[] {0, 1, 5}, 2, new double[] {0, 2, 3});
            h2d.Fill(3, 2.5, 4);
            objects.put("h2d", h2d);
            TH2I h2i = new TH2I("h2i", "a TH2I", 2, 0, 2, 2, 0, 2);
            h2i.Fill(0.5, 1.5);
            objects.put("h2i", h2i);
            TH3F h3f = new TH3F("h3f", "a TH3F", 2, 0, 2, 3, 0, 3, 2, -1, 1);
            h3f.Fill(0.5, 2.5, 0.5, 3);
            h3f.Fill(1.5, 0.5, -0.5);
            objects.put("h3f", h3f);
            TH3D h3d = new TH3D("h3d", "a TH3D", 2, new double[] {0, 1, 4}, 1, new double[] {0, 1}, 1,
                    new double[] {0, 2});
            h3d.Fill(2, 0.5, 1, 0.25);
            objects.put("h3d", h3d);
            TH3I h3i = new TH3I("h3i", "a TH3I", 2, 0, 2, 2, 0, 2, 2, 0, 2);
            h3i.Fill(1.5, 1.5, 1.5);
            objects.put("h3i", h3i);
            TProfile profile = new TProfile("profile", "a spread profile", 4, 0, 4, -10, 10, "s");
            profile.Fill(0.5, 2);
            profile.Fill(0.5, 4, 3);
            profile.Fill(2.5, -1);
            objects.put("profile", profile);
            TProfile2D profile2d = new TProfile2D("profile2d", "a TProfile2D", 2, 0, 2, 2, 0, 2);
            profile2d.Fill(0.5, 1.5, 7);
            profile2d.Fill(0.5, 1.5, 9, 0.5);
            objects.put("profile2d", profile2d);
            THStack stack = new THStack("stack", "a stack");
            stack.Add((TH1) h1f.Clone(), "hist");
            TH1F second = new TH1F("second", "second", 10, -3, 3);
            second.Fill(0);
            stack.Add(second);
            stack.SetMaximum(80);
            objects.put("stack", stack);
        } finally {
            TH1.AddDirectory(true);
        }
        TGraph g = new TGraph(4, new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8});
        g.SetName("g");
        g.SetTitle("a graph;t;A");
        g.SetMarkerStyle(20);
        objects.put("g", g);
        TGraphErrors ge = new TGraphErrors(3, new double[] {1, 2, 3}, new double[] {1, 4, 9},
                new double[] {0.1, 0.2, 0.3}, new double[] {1, 2, 3});
        ge.SetName("ge");
        objects.put("ge", ge);
        TGraphAsymmErrors ga = new TGraphAsymmErrors(2, new double[] {1, 2}, new double[] {3, 4},
                new double[] {0.1, 0.2}, new double[] {0.3, 0.4}, new double[] {0.5, 0.6}, new double[] {0.7, 0.8});
        ga.SetName("ga");
        objects.put("ga", ga);
        TMultiGraph multigraph = new TMultiGraph("mg", "two graphs");
        multigraph.Add((TGraph) g.Clone(), "lp");
        multigraph.Add(new TGraph(2, new double[] {0, 1}, new double[] {1, 0}));
        objects.put("mg", multigraph);
        objects.put("note", new TObjString("a note, with more than nothing"));
        objects.put("named", new TNamed("named", "a TNamed"));
        TObject plain = new TObject();
        plain.SetUniqueID(7);
        plain.SetBit(1 << 14);
        objects.put("object", plain);
        org.rootprompt.root.hist.TAxis axis = new org.rootprompt.root.hist.TAxis(4, new double[] {0, 1, 2, 4, 8});
        axis.SetName("axis");
        axis.SetTitle("an axis");
        axis.SetTitleOffset(1.4);
        axis.SetNdivisions(505);
        objects.put("axis", axis);
        TList list = new TList();
        list.Add(new TObjString("first"), "opt1");
        list.Add(new TNamed("second", "two"));
        objects.put("list", list);
        return objects;
    }

    /** None, zlib, LZMA, ROOT's old zip, LZ4 and ZSTD (ROOT's settings: 100 × algorithm + level). */
    @ParameterizedTest
    @ValueSource(ints = {0, 101, 207, 301, 404, 505})
    void everyClassReadsBackEqual(int compression) {
        Path file = dir.resolve("all-" + compression + ".root");
        Map<String, TObject> objects = objects();
        TFile out = new TFile(file.toString(), "RECREATE", "round trip", compression);
        objects.forEach((name, obj) -> assertTrue(out.WriteObject(obj, name) > 0, name));
        out.Close();

        TFile in = TFile.Open(file.toString());
        assertNotNull(in);
        assertEquals(compression, in.GetCompressionSettings());
        assertEquals(objects.size(), in.GetListOfKeys().GetSize());
        for (Map.Entry<String, TObject> e : objects.entrySet()) {
            TObject back = in.Get(e.getKey());
            assertNotNull(back, e.getKey());
            assertEquals(e.getValue().getClass(), back.getClass(), e.getKey());
            assertEquals(TBufferJSON.ConvertToJSON(e.getValue()), TBufferJSON.ConvertToJSON(back), e.getKey());
        }
        in.Close();
    }

    @Test
    void aProfileReadBackGivesTheSameMeansErrorsAndOptions() {
        Path file = dir.resolve("profile.root");
        Map<String, TObject> objects = objects();
        TFile out = new TFile(file.toString(), "RECREATE");
        out.WriteObject(objects.get("profile"), "profile");
        out.WriteObject(objects.get("stack"), "stack");
        out.WriteObject(objects.get("mg"), "mg");
        out.Close();
        TFile in = TFile.Open(file.toString());
        TProfile p = (TProfile) in.Get("profile");
        // bin 1 holds y = 2 (w 1) and y = 4 (w 3): mean (2 + 12) / 4, spread sqrt((4 + 48) / 4 - 3.5²)
        assertEquals(3.5, p.GetBinContent(1), 1e-12);
        assertEquals(Math.sqrt(13 - 12.25), p.GetBinError(1), 1e-12);
        assertEquals(4, p.GetBinEntries(1), 1e-12);
        assertEquals(-1, p.GetBinContent(3), 1e-12);
        THStack stack = (THStack) in.Get("stack");
        assertEquals(2, stack.GetNhists());
        assertEquals(80, stack.getStoredMaximum());
        TMultiGraph mg = (TMultiGraph) in.Get("mg");
        assertEquals("lp", mg.GetGraphOption(0));
        assertEquals(2, mg.GetListOfGraphs().get(1).GetN());
        in.Close();
    }

    @Test
    void aFunctionOfJavaCodeReadBackInterpolatesItsSavedPoints() {
        Path file = dir.resolve("tf1.root");
        TF1 square = new TF1("square", (x, p) -> p[0] * x[0] * x[0], 0, 2, 1);
        square.SetParameter(0, 1);
        square.SetParName(0, "scale");
        square.SetParErrors(0.25);
        square.SetChisquare(3.5);
        square.SetNDF(7);
        square.SetLineColor(4);
        TFile out = new TFile(file.toString(), "RECREATE");
        out.WriteObject(square, "square");
        out.Close();
        TFile in = TFile.Open(file.toString());
        TF1 back = (TF1) in.Get("square");
        in.Close();
        assertEquals("square", back.GetName());
        assertEquals(1, back.GetNpar());
        assertEquals("scale", back.GetParName(0));
        assertEquals(1, back.GetParameter(0));
        assertEquals(0.25, back.GetParError(0));
        assertEquals(3.5, back.GetChisquare());
        assertEquals(7, back.GetNDF());
        assertEquals(4, back.GetLineColor());
        assertEquals(0, back.GetXmin());
        assertEquals(2, back.GetXmax());
        // at a saved point (every 0.02) the value itself; between two, the line through them, not x²
        assertEquals(0.25, back.Eval(0.5), 1e-15);
        assertEquals(0.25 + 0.5 * (0.2704 - 0.25), back.Eval(0.51), 1e-12);
        assertEquals(0, back.Eval(2.5));
    }

    @Test
    void aFittedHistogramReadBackKeepsItsFunction() {
        Path file = dir.resolve("fitted.root");
        TH1.AddDirectory(false);
        TH1F h = new TH1F("h", "fitted", 4, 0, 4);
        TH1.AddDirectory(true);
        h.SetBinContent(1, 2);
        h.SetBinContent(2, 4);
        h.SetBinContent(3, 6);
        h.SetBinContent(4, 8);
        h.Fit("pol1", "Q0");
        TFile out = new TFile(file.toString(), "RECREATE");
        out.WriteObject(h, "h");
        out.Close();
        TFile in = TFile.Open(file.toString());
        TF1 fit = ((TH1) in.Get("h")).GetFunction("pol1");
        in.Close();
        // contents 2, 4, 6, 8 at 0.5 … 3.5: the line 1 + 2x, read back as the saved points
        assertEquals(2, fit.GetNpar());
        assertEquals(2, fit.GetParameter(1), 1e-6);
        assertEquals(1 + 2 * 1.5, fit.Eval(1.5), 1e-6);
    }

    /** tcanvas.root's fitted pol1 as JSROOT reads its members (its formula, parameters and errors). */
    @Test
    void aFunctionWhoseFormulaCompilesEvaluatesItsFormula() {
        GenericObject formula = new GenericObject("TFormula", 13);
        formula.put("fFormula", "([p0]+[p1]*x)");
        formula.put("fClingParameters", new double[] {1.0000000000000004, 0.49999999999999983});
        GenericObject stored = new GenericObject("TF1", 12);
        stored.put("fName", "pol1");
        stored.put("fTitle", "pol1");
        stored.put("fXmin", 0.0);
        stored.put("fXmax", 4.4);
        stored.put("fNpx", 100);
        stored.put("fNDF", 3);
        stored.put("fChisquare", 7.500000000000001);
        stored.put("fParErrors", new double[] {1.2247448713915894, 0.5000000000000001});
        stored.put("fSave", new double[103]); // all zero: a value from them would show
        stored.put("fFormula", formula);
        TF1 f = (TF1) StoredFunctions.toTF1(stored);
        assertEquals(2, f.GetNpar());
        assertEquals(1 + 0.5 * 3, f.Eval(3), 1e-12);
        assertEquals(0.5000000000000001, f.GetParError(1));
        assertEquals(3, f.GetNDF());
    }

    @Test
    void histogramsMadeWhileTheFileIsCurrentAreWrittenByWrite() {
        Path file = dir.resolve("current.root");
        TFile f = new TFile(file.toString(), "RECREATE");
        assertSame(f, TROOT.gDirectory);
        TH1F h = new TH1F("h", "owned by the file", 5, 0, 5);
        h.Fill(1);
        assertSame(f, h.GetDirectory());
        f.Write();
        h.Fill(2);
        h.Write();
        h.Write("", TObject.kOverwrite);
        f.Close();
        assertSame(TROOT.gROOT, TROOT.gDirectory);
        assertNull(h.GetDirectory());

        TFile in = new TFile(file.toString());
        String listing = captureLs(in);
        assertEquals("TFile**\t\t" + file + "\t\n TFile*\t\t" + file + "\t\n"
                + "  KEY: TH1F\th;1\towned by the file\n  KEY: TH1F\th;3\towned by the file\n", listing);
        // "h" is the highest cycle; once read it is in memory, where ROOT's Get looks first
        TH1 latest = (TH1) in.Get("h");
        assertEquals(2, latest.GetEntries());
        assertSame(in, latest.GetDirectory());
        assertEquals(1, ((TH1) in.Get("h;1")).GetEntries());
        assertNull(in.Get("h;2"));
        in.Close();
    }

    @Test
    void compressionMakesTheFileSmallerAndTheHeaderSaysSo() throws Exception {
        int[] settings = {0, 101, 207, 301, 404, 505};
        long[] sizes = new long[settings.length];
        for (int i = 0; i < settings.length; i++) {
            Path file = dir.resolve("size-" + settings[i] + ".root");
            TFile f = new TFile(file.toString(), "RECREATE", "", settings[i]);
            objects().forEach((name, obj) -> f.WriteObject(obj, name));
            f.Close();
            sizes[i] = Files.size(file);
            assertEquals(sizes[i], f.GetSize());
            // fCompress, at byte 33 of the header
            java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(Files.readAllBytes(file));
            assertEquals(settings[i], header.getInt(33));
            assertEquals("root", new String(Files.readAllBytes(file), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        }
        for (int i = 1; i < settings.length; i++) {
            assertTrue(sizes[i] < sizes[0] * 0.8, settings[i] + ": " + sizes[i] + " compressed vs " + sizes[0]);
        }
    }

    @Test
    void anObjectListedTwiceIsWrittenOnceAndReadBackAsOne() {
        Path file = dir.resolve("refs.root");
        TObjString shared = new TObjString("shared");
        TList list = new TList();
        list.Add(shared);
        list.Add(shared, "again");
        TFile out = new TFile(file.toString(), "RECREATE", "", 0);
        out.WriteObject(list, "list");
        out.Close();
        TFile in = TFile.Open(file.toString());
        TList back = (TList) in.Get("list");
        assertEquals(2, back.GetSize());
        assertSame(back.At(0), back.At(1));
        assertEquals("shared", ((TObjString) back.At(0)).GetString());
        assertEquals("again", back.optionAt(1));
        in.Close();
    }

    @Test
    void writingOutsideAFileSaysSo() {
        java.util.List<String> messages = new java.util.ArrayList<>();
        org.rootprompt.root.core.ErrorHandler.setHandler((level, location, text) -> messages.add(location + ": " + text));
        try {
            TNamed n = new TNamed("n", "t");
            assertEquals(0, n.Write());
        } finally {
            org.rootprompt.root.core.ErrorHandler.setHandler(null);
        }
        assertEquals(java.util.List.of("TROOT::WriteTObject: The current directory (root) is not associated with a "
                + "file. The object (n) has not been written."), messages);
    }

    static String captureLs(TObject obj) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true));
        try {
            obj.ls();
        } finally {
            System.setOut(old);
        }
        return bytes.toString();
    }
}
