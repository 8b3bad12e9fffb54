package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.gpad.TLatex;
import org.rootprompt.root.gpad.TLine;
import org.rootprompt.root.gpad.TPaveStats;
import org.rootprompt.root.gpad.TPaveText;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TF2;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1D;
import org.rootprompt.root.hist.TH1F;

/**
 * Our JSON against the JSON that JSROOT 7.11.2 draws (shared/testdata/jsroot, written by others):
 * the same keys in the same order, the same values, except the differences listed in each test.
 */
class TBufferJSONTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The contents of th1f.json's histogram "hpx" (20 bins in [-4, 4]), under- and overflow included. */
    static final double[] HPX = {0, 0, 2, 2, 5, 18, 29, 59, 101, 120, 169, 148, 123, 113, 63, 27, 15, 5, 0, 1, 0, 0};

    @AfterEach
    void closeCanvases() {
        for (var c : TROOT.gROOT.GetListOfCanvases()) {
            ((TCanvas) c).Close();
        }
    }

    /** th1f.json's histogram: contents and statistics as ROOT stored them (from a random fill). */
    static TH1F hpx() {
        TH1F h = new TH1F("hpx", "px distribution;p_{x} [GeV];entries", 20, -4, 4);
        h.SetDirectory(null);
        for (int bin = 0; bin < HPX.length; bin++) {
            h.SetBinContent(bin, HPX[bin]);
        }
        h.PutStats(new double[] {1000, 1000, -4.372771416105187, 1002.6873542603786});
        h.SetEntries(1000);
        return h;
    }

    static TGraph sine() {
        double[] x = new double[8];
        double[] y = new double[8];
        for (int i = 0; i < 8; i++) {
            x[i] = 0.5 * i;
            y[i] = 4 + 3 * Math.sin(x[i]); // tgraph.json's points: 4 + 3 sin(t)
        }
        TGraph g = new TGraph(8, x, y);
        g.SetName("gr");
        g.SetTitle("sine;t [s];A");
        g.SetLineColor(4);
        g.SetLineWidth(2);
        g.SetMarkerColor(2);
        g.SetMarkerStyle(20);
        return g;
    }

    /** tf1_saved.json's function: exp(-0.3 x) cos(2 x) on [0, 10], as Java code without a formula. */
    static TF1 damped() {
        TF1 f = new TF1("damped", (x, p) -> Math.exp(-0.3 * x[0]) * Math.cos(2 * x[0]), 0, 10, 0);
        f.SetTitle("damped oscillation");
        return f;
    }

    @Test
    void th1fMatchesJsrootExample() throws IOException {
        // fBits: ROOT 6.30 shows kMustCleanup (8), which our histograms do not set
        compare(expected("th1f.json"), parse(TBufferJSON.ConvertToJSON(hpx())), Set.of("fBits"));
    }

    @Test
    void histogramTitleKeepsRootsSplit() throws IOException {
        JsonNode json = parse(TBufferJSON.ConvertToJSON(hpx()));
        assertEquals("px distribution", json.get("fTitle").asText());
        assertEquals("p_{x} [GeV]", json.get("fXaxis").get("fTitle").asText());
        assertEquals("entries", json.get("fYaxis").get("fTitle").asText());
        assertEquals(22, json.get("fArray").size());
    }

    @Test
    void tgraphMatchesJsrootExample() throws IOException {
        // fBits: ROOT sets kClipFrame and kMustCleanup (1032) on its graphs
        compare(expected("tgraph.json"), parse(TBufferJSON.ConvertToJSON(sine())), Set.of("fBits"));
    }

    @Test
    void tf1WritesSavedPoints() throws IOException {
        // fType: ROOT's file said 0 (a formula); ours is Java code, ROOT's kPtrScalarFreeFcn (1)
        compare(expected("tf1_saved.json"), parse(TBufferJSON.ConvertToJSON(damped())), Set.of("fType"));
    }

    @Test
    void tcanvasMatchesJsrootExample() throws IOException {
        TCanvas c1 = new TCanvas("c1", "c1", 800, 600);
        TH1F h = hpx();
        h.Draw("hist");
        JsonNode ours = parse(TBufferJSON.ConvertToJSON(c1));
        JsonNode expected = expected("tcanvas_th1f.json");
        // ROOT's canvas also lists the TFrame and the title TPaveText that ROOT drew, and the
        // histogram's fFunctions holds ROOT's stat box; JSROOT makes all three itself. A batch
        // ROOT canvas has no window (fWindowWidth/Height 0); ours keeps its size. fModified: ours
        // was just drawn on.
        compare(expected, ours, Set.of("fPrimitives", "fWindowWidth", "fWindowHeight", "fModified"));
        JsonNode list = ours.get("fPrimitives");
        assertEquals("TList", list.get("_typename").asText());
        assertEquals(1, list.get("arr").size());
        assertEquals("hist", list.get("opt").get(0).asText());
        compare(expected.get("fPrimitives").get("arr").get(1), list.get("arr").get(0), Set.of("fBits", "fFunctions"));
        assertEquals(800, ours.get("fWindowWidth").asInt());
    }

    @Test
    void titlePaveMatchesJsrootExample() throws IOException {
        TPaveText title = new TPaveText(0.3, 0.94, 0.7, 0.995, "blNDC");
        title.SetName("title");
        title.SetBorderSize(0);
        title.SetFillStyle(0);
        title.SetTextAlign(22);
        title.SetTextFont(42);
        title.AddText("px distribution");
        JsonNode expected = expected("tcanvas_th1f.json").get("fPrimitives").get("arr").get(2);
        // fBits: ROOT's 9 (kCanDelete, kMustCleanup); fX1…fY2: ROOT converts the NDC corners to the
        // pad's coordinates once painted, our pave keeps one set of corners (here NDC)
        compare(expected, parse(TBufferJSON.ConvertToJSON(title)), Set.of("fBits", "fX1", "fY1", "fX2", "fY2"));
    }

    @Test
    void statBoxMatchesJsrootExample() throws IOException {
        TPaveStats stats = new TPaveStats(0.78, 0.775, 0.98, 0.935, "brNDC");
        stats.SetBorderSize(1);
        stats.SetTextAlign(12);
        stats.SetTextFont(42);
        stats.SetOptStat(1111);
        stats.SetOptFit(0);
        JsonNode expected = expected("tcanvas_th1f.json").get("fPrimitives").get("arr").get(1)
                .get("fFunctions").get("arr").get(0);
        // as the title, and fParent: ROOT points to the histogram, ours is null (JSROOT finds it in the pad)
        compare(expected, parse(TBufferJSON.ConvertToJSON(stats)),
                Set.of("fBits", "fX1", "fY1", "fX2", "fY2", "fParent"));
    }

    @Test
    void statBoxMadeByUpdateMatchesRootsPaintedOne() throws IOException {
        TCanvas c = new TCanvas("c1", "c1", 700, 500);
        TH1F h = hpx();
        h.Draw();
        c.Update();
        JsonNode expected = expected("tcanvas_th1f.json").get("fPrimitives").get("arr").get(1)
                .get("fFunctions").get("arr").get(0);
        // ROOT's reference was written with the lines not yet filled (fLines empty, fLongest 0)
        compare(expected, parse(TBufferJSON.ConvertToJSON(h.FindObject("stats"))),
                Set.of("fBits", "fX1", "fY1", "fX2", "fY2", "fParent", "fLines", "fLongest"));
    }

    @Test
    void notebookJsonAppendsGStyleWithoutChangingTheCanvas() throws IOException {
        TCanvas c = new TCanvas("c1", "c1", 700, 500);
        hpx().Draw();
        TStyle.gStyle.SetStatFormat("8.3f");
        try {
            JsonNode primitives = parse(TBufferJSON.notebookJson(c)).get("fPrimitives");
            JsonNode style = primitives.get("arr").get(1);
            assertEquals("TStyle", style.get("_typename").asText());
            assertEquals("8.3f", style.get("fStatFormat").asText());
            assertEquals(1111, style.get("fOptStat").asInt());
            assertEquals(0.935, style.get("fStatY").asDouble(), 1e-7);
            assertEquals(2, primitives.get("opt").size());
            assertEquals(1, c.GetListOfPrimitives().GetSize(), "the canvas itself keeps its primitives");
            assertEquals(1, parse(TBufferJSON.ConvertToJSON(c)).get("fPrimitives").get("arr").size());
        } finally {
            TStyle.gStyle.SetStatFormat("6.4g");
        }
    }

    @Test
    void ndcPrimitivesCarryRootsBit() throws IOException {
        TLatex text = new TLatex(0.5, 0.5, "#alpha");
        text.SetNDC(true);
        assertEquals(1 << 14, parse(TBufferJSON.ConvertToJSON(text)).get("fBits").asInt()); // kTextNDC
        TLine line = new TLine(0, 0, 1, 1);
        assertEquals(0, parse(TBufferJSON.ConvertToJSON(line)).get("fBits").asInt());
    }

    @Test
    void padPixelsFollowTheCanvasSize() throws IOException {
        TCanvas c = new TCanvas("c", "c", 700, 500);
        JsonNode json = parse(TBufferJSON.ConvertToJSON(c));
        // by hand: drawing area 696 × 472 pixels; y pixels grow downwards
        assertEquals(696, json.get("fCw").asInt());
        assertEquals(472, json.get("fCh").asInt());
        assertEquals(696, json.get("fXtoPixel").asDouble());
        assertEquals(-472, json.get("fYtoPixel").asDouble());
        assertEquals(1.0 / 696, json.get("fPixeltoX").asDouble(), 1e-15);
        assertEquals(472.00005, json.get("fYtoAbsPixelk").asDouble(), 1e-9);
        assertEquals(20, json.get("fXsizeReal").asDouble());
        assertEquals(20.0 * 500 / 700, json.get("fYsizeReal").asDouble(), 1e-5);
    }

    @Test
    void objectWrittenTwiceBecomesAReference() throws IOException {
        TCanvas c = new TCanvas("c", "c", 800, 600);
        TH1F h = hpx();
        h.Draw();
        h.Draw("same");
        JsonNode arr = parse(TBufferJSON.ConvertToJSON(c)).get("fPrimitives").get("arr");
        // objects counted depth first: canvas 0, fPrimitives 1, the histogram 2
        assertEquals(2, arr.get(1).get("$ref").asInt());
        assertEquals("TH1F", arr.get(0).get("_typename").asText());
    }

    @Test
    void nanAndInfinityStayValidJson() throws IOException {
        TH1F h = new TH1F("h", "h", 2, 0, 1);
        h.SetDirectory(null);
        h.SetBinContent(1, Double.NaN);
        h.SetBinContent(2, Double.POSITIVE_INFINITY);
        JsonNode arr = parse(TBufferJSON.ConvertToJSON(h)).get("fArray");
        assertTrue(arr.get(1).isNull());
        assertEquals(Double.POSITIVE_INFINITY, arr.get(2).asDouble());
    }

    @Test
    void numbersReadBackExactly() throws IOException {
        TH1D h = new TH1D("h", "h", 2, 0, 1);
        h.SetDirectory(null);
        h.SetBinContent(1, Math.scalb(1.0, -20)); // a double that a float holds too: all its digits
        h.SetBinContent(2, 0.1);
        h.SetMarkerSize(0.7f);
        JsonNode json = parse(TBufferJSON.ConvertToJSON(h));
        assertEquals(Math.scalb(1.0, -20), json.get("fArray").get(1).asDouble(), 0);
        assertEquals(0.1, json.get("fArray").get(2).asDouble(), 0);
        assertEquals("0.7", json.get("fMarkerSize").asText()); // a Float_t with a float's digits
    }

    @Test
    void axisLabelsAndFlagsAreStoredAsRootDoes() throws IOException {
        TH1F h = new TH1F("h", "h", 2, 0, 2);
        h.SetDirectory(null);
        h.GetXaxis().SetBinLabel(2, "b \"quoted\"");
        h.GetXaxis().CenterTitle();
        JsonNode axis = parse(TBufferJSON.ConvertToJSON(h)).get("fXaxis");
        assertEquals(1 << 12, axis.get("fBits").asInt()); // kCenterTitle
        JsonNode labels = axis.get("fLabels");
        assertEquals("THashList", labels.get("_typename").asText());
        assertEquals(2, labels.get("arr").get(0).get("fUniqueID").asInt());
        assertEquals("b \"quoted\"", labels.get("arr").get(0).get("fString").asText());
    }

    @Test
    void undescribedClassesAreReported() {
        TF2 f2 = new TF2("f2", "x*y", 0, 1, 0, 1);
        String[] json = new String[1];
        String err = stderrOf(() -> json[0] = TBufferJSON.ConvertToJSON(f2));
        assertEquals("null", json[0]);
        assertEquals("Error in <TBufferJSON::ConvertToJSON>: class TF2 has no streamer description, written as null\n",
                err);

        TCanvas c = new TCanvas("c", "c", 800, 600);
        sine().Draw("AL");
        f2.Draw("same");
        err = stderrOf(() -> json[0] = TBufferJSON.ConvertToJSON(c));
        assertEquals("Warning in <TBufferJSON::ConvertToJSON>: class TF2 has no streamer description, f2 is left out\n",
                err);
        assertTrue(json[0].contains("\"arr\":[{\"_typename\":\"TGraph\""), json[0]);
        assertTrue(json[0].contains("\"opt\":[\"al\"]"), json[0]); // TGraph::Draw keeps the option in lower case
    }

    private static String stderrOf(Runnable r) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nullGivesNull() {
        assertEquals("null", TBufferJSON.ConvertToJSON(null));
    }

    @Test
    void savedPointsAreTheFunctionOnItsGrid() {
        double[] save = HistClasses.savedPoints(damped());
        assertEquals(103, save.length);
        assertEquals(Math.exp(-3) * Math.cos(20), save[100], 1e-15);
        assertEquals(0, save[101]);
        assertEquals(10, save[102]);
    }

    // ---- comparison ----

    static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    static JsonNode expected(String name) throws IOException {
        return MAPPER.readTree(Files.readString(testdata().resolve("jsroot").resolve(name)));
    }

    /** shared/testdata beside the repository (or -Drootprompt.testdata=…). */
    static Path testdata() {
        String property = System.getProperty("rootprompt.testdata");
        if (property != null) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("testdata");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("/work/shared/testdata");
    }

    /** Same keys in the same order and the same values, except the keys named in ignored (at any depth). */
    static void compare(JsonNode expected, JsonNode actual, Set<String> ignored) {
        compare("", expected, actual, ignored);
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, Set<String> ignored) {
        if (expected.isObject()) {
            assertTrue(actual.isObject(), path + ": not an object: " + actual);
            assertEquals(names(expected), names(actual), path + ": keys");
            for (Iterator<String> it = expected.fieldNames(); it.hasNext();) {
                String key = it.next();
                if (!ignored.contains(key)) {
                    compare(path + "." + key, expected.get(key), actual.get(key), ignored);
                }
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), path + ": length");
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), ignored);
            }
        } else if (expected.isNumber()) {
            assertTrue(actual.isNumber(), path + ": not a number: " + actual);
            double e = expected.asDouble();
            // Float_t members may show with float or double digits (0.005 or 0.004999999888241291)
            assertEquals(e, actual.asDouble(), 1e-12 + 1e-7 * Math.abs(e), path);
        } else {
            assertEquals(expected, actual, path);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

}
