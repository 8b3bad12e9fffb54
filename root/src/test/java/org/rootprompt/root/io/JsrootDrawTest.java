package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.gpad.*;
import org.rootprompt.root.hist.*;

/**
 * JSROOT draws our JSON: one object of every described class is written to target/jsroot-check,
 * then {@code node bench/jsroot/check.mjs} parses each with JSROOT 7.11.2 and renders it with
 * makeSVG (see bench/jsroot). Skipped only when node is not installed.
 */
class JsrootDrawTest {
    @AfterEach
    void closeCanvases() {
        for (var c : TROOT.gROOT.GetListOfCanvases()) {
            ((TCanvas) c).Close();
        }
    }

    @Test
    void jsrootDrawsEveryClass() throws Exception {
        Path script = findUp(Path.of("bench", "jsroot", "check.mjs"));
        Assumptions.assumeTrue(run(script.getParent(), "node", "--version") == 0,
                "node is not installed: the JSROOT check is skipped");
        Path jsroot = script.getParent();
        if (!Files.isDirectory(jsroot.resolve("node_modules").resolve("jsroot"))) {
            // package-lock.json pins jsroot 7.11.2; --ignore-scripts: its optional canvas package builds natively
            assertEquals(0, run(jsroot, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"),
                    "npm ci in " + jsroot + " failed");
        }
        Path dir = Path.of("target", "jsroot-check").toAbsolutePath();
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        for (Map.Entry<String, TObject> e : objects().entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".json"), TBufferJSON.ConvertToJSON(e.getValue()));
        }
        writeFittedCanvasWithStyle(dir);
        Path log = dir.resolve("check.log");
        int exit = new ProcessBuilder("node", script.toString(), dir.toString()).directory(jsroot.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        assertTrue(output.contains("JSROOT 7.11.2") && output.contains(": 0 failure(s)"), output);
    }

    /**
     * A fitted histogram's canvas as the notebook sends it, with gStyle.SetOptFit(1): JSROOT makes
     * the stat box itself from the gStyle it receives (nothing was painted, so the histogram holds
     * no TPaveStats), and the box must show the fit's parameters (check.mjs reads the .expect file).
     * Without gStyle in the JSON, JSROOT's own OptFit 0 would leave them out. Then the same canvas
     * after c.Update(), with the stat box the user moved.
     */
    private static void writeFittedCanvasWithStyle(Path dir) throws IOException {
        TStyle.gStyle.SetOptFit(1);
        try {
            TCanvas c = new TCanvas("cfit", "fit", 800, 600);
            TH1F h = TBufferJSONTest.hpx();
            h.Fit("gaus", "Q");
            h.Draw();
            Files.writeString(dir.resolve("TCanvas_fit_gStyle.json"), TBufferJSON.notebookJson(c));
            Files.writeString(dir.resolve("TCanvas_fit_gStyle.expect"), "Constant\nMean\nSigma\n");
            // once painted, the histogram carries its TPaveStats, here moved by the user: JSROOT draws that one
            c.Update();
            TPaveStats stats = (TPaveStats) h.FindObject("stats");
            stats.SetX1NDC(0.12);
            stats.SetX2NDC(0.45);
            stats.SetTextColor(2);
            Files.writeString(dir.resolve("TCanvas_fit_painted.json"), TBufferJSON.notebookJson(c));
            Files.writeString(dir.resolve("TCanvas_fit_painted.expect"), "Constant\nSigma\n");
        } finally {
            TStyle.gStyle.SetOptFit(0);
        }
    }

    /** One object of each class, filled so that JSROOT has something to draw. */
    static Map<String, TObject> objects() {
        TH1.AddDirectory(false);
        try {
            Map<String, TObject> objects = new LinkedHashMap<>();
            TH1[] h1 = {new TH1C("h1c", "TH1C;x;n", 10, 0, 10), new TH1S("h1s", "TH1S", 10, 0, 10),
                new TH1I("h1i", "TH1I", 10, 0, 10), new TH1F("h1f", "TH1F", 10, 0, 10),
                new TH1D("h1d", "TH1D", 10, 0, 10)};
            for (TH1 h : h1) {
                for (int i = 0; i < 100; i++) {
                    h.Fill(i % 10 + 0.5, 1 + i % 3);
                }
                objects.put(h.ClassName(), h);
            }
            TH2[] h2 = {new TH2I("h2i", "TH2I", 5, 0, 5, 4, 0, 4), new TH2F("h2f", "TH2F", 5, 0, 5, 4, 0, 4),
                new TH2D("h2d", "TH2D", 5, 0, 5, 4, 0, 4)};
            for (TH2 h : h2) {
                for (int i = 0; i < 50; i++) {
                    h.Fill(i % 5 + 0.5, i % 4 + 0.5);
                }
                objects.put(h.ClassName(), h);
            }
            TH3[] h3 = {new TH3I("h3i", "TH3I", 3, 0, 3, 3, 0, 3, 3, 0, 3),
                new TH3F("h3f", "TH3F", 3, 0, 3, 3, 0, 3, 3, 0, 3), new TH3D("h3d", "TH3D", 3, 0, 3, 3, 0, 3, 3, 0, 3)};
            for (TH3 h : h3) {
                for (int i = 0; i < 27; i++) {
                    h.Fill(i % 3 + 0.5, i / 3 % 3 + 0.5, i / 9 + 0.5);
                }
                objects.put(h.ClassName(), h);
            }
            TProfile p = new TProfile("prof", "TProfile", 10, 0, 10);
            TProfile2D p2 = new TProfile2D("prof2", "TProfile2D", 4, 0, 4, 4, 0, 4);
            for (int i = 0; i < 40; i++) {
                p.Fill(i % 10 + 0.5, i * 0.1);
                p2.Fill(i % 4 + 0.5, i / 4 % 4 + 0.5, i * 0.1);
            }
            objects.put("TProfile", p);
            objects.put("TProfile2D", p2);
            TGraph g = TBufferJSONTest.sine();
            objects.put("TGraph", g);
            double[] x = {1, 2, 3};
            double[] y = {2, 4, 3};
            double[] e = {0.1, 0.2, 0.3};
            objects.put("TGraphErrors", new TGraphErrors(3, x, y, e, e));
            objects.put("TGraphAsymmErrors", new TGraphAsymmErrors(3, x, y, e, e, e, e));
            TF1 gaus = new TF1("gaus1", "gaus", -3, 3);
            gaus.SetParameters(1, 0, 1);
            objects.put("TF1_formula", gaus);
            objects.put("TF1_lambda", TBufferJSONTest.damped());
            THStack stack = new THStack("stack", "THStack");
            stack.Add((TH1) h1[3].Clone());
            stack.Add((TH1) h1[4].Clone());
            objects.put("THStack", stack);
            TMultiGraph mg = new TMultiGraph("mg", "TMultiGraph");
            mg.Add(g, "lp");
            mg.Add(new TGraph(3, x, y), "p");
            objects.put("TMultiGraph", mg);
            TCanvas c = new TCanvas("c1", "canvas", 800, 600);
            TBufferJSONTest.hpx().Draw();
            objects.put("TCanvas", c);
            TCanvas divided = new TCanvas("c2", "divided", 800, 400);
            divided.Divide(2, 1);
            divided.cd(1);
            g.Draw("ALP");
            divided.cd(2);
            h2[1].Draw("colz");
            objects.put("TCanvas_divided", divided);
            objects.put("TCanvas_primitives", primitives(h1[3], g));
            objects.put("TCanvas_gaxis", secondAxis((TH1) h1[4].Clone()));
            return objects;
        } finally {
            TH1.AddDirectory(true);
        }
    }

    /** A histogram with every kind of graphics primitive on top. */
    private static TCanvas primitives(TH1 h, TGraph g) {
        TCanvas c = new TCanvas("c3", "primitives", 800, 600);
        h.Draw();
        g.Draw("L SAME");
        TLegend legend = new TLegend(0.6, 0.7, 0.88, 0.88);
        legend.AddEntry(h, "histogram", "l");
        legend.AddEntry(g, "graph", "lp");
        legend.Draw();
        TPaveText pave = new TPaveText(0.15, 0.7, 0.4, 0.85, "NDC");
        pave.AddText("first line");
        pave.AddText("#sqrt{second}");
        pave.Draw();
        new TPaveLabel(1, 5, 4, 7, "label").Draw();
        new TLatex(5, 8, "E = mc^{2}").Draw();
        new TText(0.2, 0.2, "plain text").DrawTextNDC(0.2, 0.2, "plain text");
        new TLine(0, 2, 10, 2).Draw();
        new TArrow(2, 3, 6, 6, 0.03, "|>").Draw();
        new TBox(7, 1, 9, 3).Draw();
        new TEllipse(5, 4, 1, 0.5).Draw();
        new TMarker(3, 3, 20).Draw();
        return c;
    }

    /** ROOT's twoscales.C: a second axis on the right, a coloured frame and TMathText. */
    private static TCanvas secondAxis(TH1 h) {
        TCanvas c = new TCanvas("c4", "second axis", 800, 600);
        h.Draw();
        TFrame frame = c.GetFrame();
        frame.SetFillColor(19);
        TGaxis axis = new TGaxis(10, 0, 10, 40, 0, 1, 510, "+L");
        axis.SetTitle("fraction");
        axis.SetLineColor(2);
        axis.SetLabelColor(2);
        axis.Draw();
        new TMathText(2, 30, "\\frac{a}{b} \\alpha").Draw();
        return c;
    }

    static Path findUp(Path relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new AssertionError(relative + " not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * Runs a tool (node, npm) with its output shown on this test's stdout. Its stdin is /dev/null,
     * never ours: node sets an inherited stdin non-blocking, which breaks the test runner's channel.
     */
    static int run(Path dir, String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            System.out.print(output);
            return p.waitFor();
        } catch (IOException e) {
            return -1; // not installed
        }
    }
}
