package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rootprompt.root.core.EColor.kBlue;
import static org.rootprompt.root.core.EColor.kRed;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.Drawing;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TObject;

class AttributesTest {
    private final Drawing.Handler saved = Drawing.getHandler();

    @AfterEach
    void reset() {
        Drawing.setHandler(saved);
        ErrorHandler.setHandler(null);
    }

    @Test
    void defaultsAreRootsForEachClass() {
        // ROOT 6 with its Modern style: histograms kBlue+2 lines and a solid white fill
        TH1F h = new TH1F("att_h", "", 10, 0, 1);
        h.SetDirectory(null);
        assertEquals(602, h.GetLineColor());
        assertEquals(1, h.GetLineStyle());
        assertEquals(1, h.GetLineWidth());
        assertEquals(0, h.GetFillColor());
        assertEquals(1001, h.GetFillStyle());
        assertEquals(1, h.GetMarkerColor());
        assertEquals(1, h.GetMarkerStyle());
        assertEquals(1f, h.GetMarkerSize());
        // TGraph(): TAttFill(0, 1000)
        TGraph g = new TGraph();
        assertEquals(1, g.GetLineColor());
        assertEquals(0, g.GetFillColor());
        assertEquals(1000, g.GetFillStyle());
        // TF1 lines red and 2 pixels wide, fill 19 hollow, as ROOT writes them
        TF1 f = new TF1("att_f", "x", 0, 1);
        assertEquals(2, f.GetLineColor());
        assertEquals(2, f.GetLineWidth());
        assertEquals(19, f.GetFillColor());
        assertEquals(0, f.GetFillStyle());
        assertTrue(f.IsTransparent());
    }

    @Test
    void settersTakeColourArithmeticAndClonesAreIndependent() {
        TH1D h = new TH1D("att_h2", "", 10, 0, 1);
        h.SetDirectory(null);
        h.SetLineColor(kRed + 2);
        h.SetFillColorAlpha(kBlue, 0.35);
        h.SetMarkerStyle(20);
        h.SetMarkerSize(1.5);
        assertEquals(634, h.GetLineColor());
        assertEquals(600, h.GetFillColor());
        assertEquals(0.35f, h.GetFillAlpha());
        assertEquals(1.5f, h.GetMarkerSize());

        TH1 c = h.Clone();
        c.SetDirectory(null);
        c.SetLineColor(kBlue);
        assertEquals(634, h.GetLineColor(), "the clone has its own attributes");
        assertEquals(20, c.GetMarkerStyle(), "the clone starts with the original's attributes");
        assertNotSame(h.attLine(), c.attLine());
    }

    @Test
    void drawGoesThroughTheRegisteredHandler() {
        List<String> drawn = new ArrayList<>();
        Drawing.setHandler((obj, option) -> drawn.add(obj.GetName() + ":" + option));
        TH1F h = new TH1F("att_h3", "", 10, 0, 1);
        h.SetDirectory(null);
        h.Draw();
        h.Draw("HIST SAME");
        TH1 copy = h.DrawCopy("E");
        new TF1("att_f3", "x", 0, 1).Draw("same");
        assertEquals(List.of("att_h3:", "att_h3:HIST SAME", "att_h3_copy:E", "att_f3:same"), drawn);
        assertEquals(null, copy.GetDirectory(), "DrawCopy's histogram belongs to no directory");
    }

    @Test
    void drawWithoutGraphicsSaysSo() {
        List<String> messages = new ArrayList<>();
        ErrorHandler.setHandler((level, location, text) -> messages.add(location + ": " + text));
        Drawing.setHandler(null);
        TObject g = new TGraph(3, new double[] {1, 2, 3}, new double[] {1, 4, 9});
        g.Draw("AP");
        assertEquals(List.of("TGraph::Draw: no graphics layer is loaded, so Graph is not drawn"), messages);
    }

    @Test
    void drawNormalizedDrawsAScaledCopyAsRootDoes() {
        List<String> drawn = new ArrayList<>();
        Drawing.setHandler((obj, option) -> drawn.add(obj.GetName() + ":" + option));
        TH1F h = new TH1F("att_norm", "", 4, 0, 4);
        h.SetDirectory(null);
        h.Fill(0.5);
        h.Fill(1.5);
        h.Fill(1.5);
        h.Fill(1.5);
        TH1 norm = h.DrawNormalized("");
        assertEquals(0.25, norm.GetBinContent(1), 1e-15);
        assertEquals(0.75, norm.GetBinContent(2), 1e-15);
        assertEquals(4, h.GetSumOfWeights(), 1e-15, "the original is untouched");
        assertEquals(List.of("att_norm:HIST"), drawn, "with no Sumw2 before, ROOT draws HIST");
        TH1 twice = h.DrawNormalized("E", 2);
        assertEquals(1.5, twice.GetBinContent(2), 1e-15);
        assertEquals(Math.sqrt(3) * 0.5, twice.GetBinError(2), 1e-15, "errors scale with the contents");

        List<String> messages = new ArrayList<>();
        ErrorHandler.setHandler((level, location, text) -> messages.add(location + ": " + text));
        TH1F empty = new TH1F("att_empty", "", 4, 0, 4);
        empty.SetDirectory(null);
        assertEquals(null, empty.DrawNormalized(""));
        assertEquals(List.of("TH1F::DrawNormalized: Sum of weights is null. Cannot normalize histogram: att_empty"), messages);
    }

    @Test
    void axesCarryRootsAxisAttributes() {
        TH1F h = new TH1F("att_axes", "t;x;y", 10, 0, 1);
        h.SetDirectory(null);
        TAxis x = h.GetXaxis();
        assertEquals(510, x.GetNdivisions());
        assertEquals(0.035f, x.GetLabelSize());
        assertEquals(0.005f, x.GetLabelOffset());
        assertEquals(0.03f, x.GetTickLength());
        assertEquals(1f, x.GetTitleOffset());
        assertEquals(42, x.GetTitleFont());
        x.SetNdivisions(5, false);
        assertEquals(-5, x.GetNdivisions(), "ROOT stores divisions without optimisation as negative");
        x.SetNdivisions(10, 5, 0, true);
        assertEquals(510, x.GetNdivisions());
        h.GetYaxis().SetTitleOffset(1.4);
        h.GetYaxis().CenterTitle();
        TH1 c = h.Clone();
        c.SetDirectory(null);
        c.GetYaxis().SetTitleOffset(2);
        assertEquals(1.4f, h.GetYaxis().GetTitleOffset(), 1e-6);
        assertTrue(c.GetYaxis().GetCenterTitle());
    }

    @Test
    void setStatsIsRootsNoStatsBit() {
        TH1F h = new TH1F("att_stats", "", 10, 0, 1);
        h.SetDirectory(null);
        assertEquals(false, h.TestBit(TH1.kNoStats));
        h.SetStats(0);
        assertTrue(h.TestBit(TH1.kNoStats));
        assertEquals(512, h.GetBits());
        h.SetStats(true);
        assertEquals(0, h.GetBits());
    }
}
