package org.rootprompt.root.gpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TH1F;

/** Text, lines, boxes and legends: what they keep, and how Draw and the Draw… helpers place them. */
class PrimitivesTest {

    @BeforeEach
    @AfterEach
    void closeCanvases() {
        for (TObject c : TROOT.gROOT.GetListOfCanvases()) {
            ((TCanvas) c).Close();
        }
        TPad.gPad = null;
    }

    @Test
    void drawHelpersDrawCopiesThatKeepTheTemplatesAttributes() {
        TCanvas c = new TCanvas("c", "c", 800, 600);
        TLatex tex = new TLatex();
        tex.SetTextSize(0.04);
        tex.SetTextColor(4);
        TLatex a = tex.DrawLatexNDC(0.2, 0.8, "#chi^{2} = 1.2");
        TLatex b = tex.DrawLatex(1, 2, "x_{i}");
        assertEquals(2, c.GetListOfPrimitives().GetSize());
        assertSame(a, c.GetListOfPrimitives().At(0));
        assertTrue(a.GetNDC());
        assertEquals(false, b.GetNDC());
        assertEquals(0.04f, b.GetTextSize(), 1e-7);
        assertEquals(4, b.GetTextColor());
        assertEquals("x_{i}", b.GetTitle());
        assertTrue(a.TestBit(TObject.kCanDelete));
        tex.SetTextColor(2);
        assertEquals(4, a.GetTextColor(), "each copy has its own attributes");

        TLine line = new TLine();
        line.SetLineStyle(2);
        TLine drawn = line.DrawLine(0, 0, 1, 1);
        assertEquals(2, drawn.GetLineStyle());
        assertEquals(1, drawn.GetX2());
        TArrow arrow = new TArrow(0, 0, 1, 1, 0.02, "|>");
        assertEquals("|>", arrow.GetOption());
        assertEquals(60, arrow.GetAngle());
    }

    @Test
    void rootsDefaultAttributes() {
        TText t = new TText(0.5, 0.5, "text");
        assertEquals(11, t.GetTextAlign());
        assertEquals(62, t.GetTextFont());
        assertEquals(0.05f, t.GetTextSize(), 1e-7);
        TLegend legend = new TLegend(0.6, 0.7, 0.9, 0.9);
        assertEquals(1, legend.GetBorderSize(), "gStyle's legend border in the Modern style");
        assertEquals(0, legend.GetFillColor());
        assertEquals(42, legend.GetTextFont());
        assertTrue(legend.IsNDC());
        TPaveText pave = new TPaveText(0.1, 0.1, 0.5, 0.5, "NDC");
        assertEquals(4, pave.GetBorderSize());
        assertEquals(22, pave.GetTextAlign());
        TMarker m = new TMarker(1, 2, 20);
        assertEquals(20, m.GetMarkerStyle());
    }

    @Test
    void paveTextKeepsLinesAndClonesThem() {
        TPaveText pave = new TPaveText(0.1, 0.1, 0.5, 0.5, "NDC");
        pave.AddText("first");
        pave.AddText("#alpha = 2").SetTextColor(2);
        pave.AddLine(0, 0.5, 1, 0.5);
        assertEquals(3, pave.GetSize());
        assertEquals("#alpha = 2", pave.GetLine(1).GetTitle());
        assertEquals(2, pave.GetLine(1).GetTextColor());
        TPaveText copy = pave.Clone();
        copy.Clear();
        assertEquals(3, pave.GetSize(), "a clone has its own lines");
        pave.SetX1NDC(0.2);
        assertEquals(0.2, pave.GetX1NDC());
    }

    @Test
    void legendEntriesAndHeader() {
        TH1F h = new TH1F("prim_h", "data", 10, 0, 1);
        h.SetDirectory(null);
        TLegend legend = new TLegend(0.6, 0.7, 0.9, 0.9, "Legend");
        legend.AddEntry(h, "histogram", "l");
        legend.AddEntry(h);
        assertEquals("Legend", legend.GetHeader());
        assertEquals(3, legend.GetListOfPrimitives().GetSize());
        TLegendEntry second = (TLegendEntry) legend.GetListOfPrimitives().At(2);
        assertEquals("data", second.GetLabel(), "without a label the entry takes the object's title");
        assertEquals("lpf", second.GetOption());
        assertSame(h, second.GetObject());
        legend.SetHeader("New");
        assertEquals("New", legend.GetHeader());
        assertEquals(3, legend.GetListOfPrimitives().GetSize());
        TLegend auto = new TLegend();
        assertTrue(auto.IsAutoPlaced());
        assertEquals(0.3, auto.GetAutoWidth());
    }

    @Test
    void buildLegendListsThePadsObjects() {
        TCanvas c = new TCanvas("c", "c", 800, 600);
        TH1F h = new TH1F("prim_b", "the data", 10, 0, 1);
        h.SetDirectory(null);
        h.Draw("E");
        TF1 f = new TF1("prim_f", "x", 0, 1);
        f.Draw("same");
        TGraph g = new TGraph(2, new double[] {0, 1}, new double[] {0, 1});
        g.Draw("P");
        TLegend legend = c.BuildLegend();
        assertSame(legend, c.GetListOfPrimitives().Last());
        assertEquals(3, legend.GetListOfPrimitives().GetSize());
        assertEquals("lep", ((TLegendEntry) legend.GetListOfPrimitives().At(0)).GetOption());
        assertEquals("l", ((TLegendEntry) legend.GetListOfPrimitives().At(1)).GetOption());
        assertEquals("p", ((TLegendEntry) legend.GetListOfPrimitives().At(2)).GetOption());
        assertEquals("the data", ((TLegendEntry) legend.GetListOfPrimitives().At(0)).GetLabel());
        assertNotSame(null, legend);
    }
}
