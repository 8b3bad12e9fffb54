package org.rootprompt.root.gpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;

/**
 * The stat box as ROOT keeps it: after c.Update() a TPaveStats named "stats" is in the
 * histogram's list of functions, placed from gStyle, and later updates reuse it with what the
 * user changed on it.
 */
class StatBoxesTest {
    @BeforeEach
    void start() {
        TH1.AddDirectory(false);
        closeAll();
    }

    @AfterEach
    void end() {
        closeAll();
        TStyle.gStyle.SetOptStat(1111);
        TStyle.gStyle.SetOptFit(0);
    }

    private static void closeAll() {
        for (TObject c : TROOT.gROOT.GetListOfCanvases()) {
            ((TCanvas) c).Close();
        }
    }

    /** Three entries at 1.5, 2.5, 3.5: mean 2.5 and std dev sqrt(2/3) = 0.8165 (by hand). */
    private static TH1F three(String name) {
        TH1F h = new TH1F(name, name, 10, 0, 10);
        h.Fill(1.5);
        h.Fill(2.5);
        h.Fill(3.5);
        return h;
    }

    private static List<String> lines(TPaveStats st) {
        List<String> lines = new ArrayList<>();
        for (TObject o : st.GetListOfLines()) {
            lines.add(((TText) o).GetTitle());
        }
        return lines;
    }

    @Test
    void updateMakesTheBoxFromGStyle() {
        TCanvas c = new TCanvas("sb1", "sb1", 700, 500);
        TH1F h = three("sb1h");
        h.Draw();
        assertNull(h.FindObject("stats"), "no box before the canvas is painted");
        c.Update();
        TPaveStats st = (TPaveStats) h.FindObject("stats");
        assertEquals("brNDC", st.GetOption());
        // gStyle: StatX 0.98, StatY 0.935, StatW 0.2, StatH 0.16; four lines take 4 × 0.25 × 0.16
        assertEquals(0.78, st.GetX1NDC(), 1e-12);
        assertEquals(0.935 - 0.16, st.GetY1NDC(), 1e-12);
        assertEquals(0.98, st.GetX2NDC(), 1e-12);
        assertEquals(0.935, st.GetY2NDC(), 1e-12);
        assertEquals(1111, st.GetOptStat());
        assertEquals("6.4g", st.GetStatFormat());
        assertEquals(List.of("sb1h", "Entries = 3      ", "Mean =    2.5", "Std Dev = 0.8165"), lines(st));
        c.Update();
        assertSame(st, h.FindObject("stats"), "later paintings reuse the box");
        assertEquals(1, h.GetListOfFunctions().GetSize());
    }

    @Test
    void whatTheUserChangesOnTheBoxStays() {
        TCanvas c = new TCanvas("sb2", "sb2", 700, 500);
        TH1F h = three("sb2h");
        h.Draw();
        c.Update();
        TPaveStats st = (TPaveStats) h.FindObject("stats");
        st.SetX1NDC(0.15);
        st.SetX2NDC(0.4);
        st.SetOptStat(11);
        st.SetTextColor(2);
        h.Fill(4.5);
        c.Modified();
        c.Update();
        assertSame(st, h.FindObject("stats"));
        assertEquals(0.15, st.GetX1NDC(), 1e-12);
        assertEquals(0.4, st.GetX2NDC(), 1e-12);
        assertEquals(2, st.GetTextColor());
        assertEquals(List.of("sb2h", "Entries = 4      "), lines(st), "the box's own OptStat counts");
    }

    @Test
    void noBoxWithSetStatsZeroOrSameAndGStyleOffRemovesIt() {
        TCanvas c = new TCanvas("sb3", "sb3", 700, 500);
        TH1F h = three("sb3h");
        TH1F other = three("sb3o");
        h.SetStats(false);
        h.Draw();
        other.Draw("same");
        c.Update();
        assertNull(h.FindObject("stats"));
        assertNull(other.FindObject("stats"));
        h.SetStats(true);
        other.Draw("sames");
        c.Update();
        assertTrue(h.FindObject("stats") instanceof TPaveStats);
        assertTrue(other.FindObject("stats") instanceof TPaveStats, "SAMES shows the second box");
        TStyle.gStyle.SetOptStat(0);
        c.Update();
        assertNull(h.FindObject("stats"), "nothing to show: ROOT's PaintStat deletes the box");
    }

    @Test
    void aFittedGraphGetsABoxWithTheFitOnly() {
        TStyle.gStyle.SetOptFit(1);
        TCanvas c = new TCanvas("sb4", "sb4", 700, 500);
        // y = 2x + 1 exactly: p0 = 1, p1 = 2
        TGraph g = new TGraph(4, new double[] {0, 1, 2, 3}, new double[] {1, 3, 5, 7});
        g.Fit("pol1", "Q");
        g.Draw("AP");
        c.Update();
        TPaveStats st = (TPaveStats) g.FindObject("stats");
        // 1.8 × StatW wide; chi2/ndf and two parameters: 3 × 0.25 × 0.16 high
        assertEquals(0.98 - 1.8 * 0.2, st.GetX1NDC(), 1e-12);
        assertEquals(0.935 - 0.12, st.GetY1NDC(), 1e-12);
        assertEquals(0, st.GetOptStat());
        List<String> lines = lines(st);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("#chi^{2} / ndf = ") && lines.get(0).endsWith(" / 2"), lines.get(0));
        assertTrue(lines.get(1).startsWith("p0       =     1 #pm "), lines.get(1));
        assertTrue(lines.get(2).startsWith("p1       =     2 #pm "), lines.get(2));
    }

    @Test
    void gStyleOptionsSetAfterPaintingReachTheBoxUntilTheBoxGetsItsOwn() {
        TCanvas c = new TCanvas("sb5", "sb5", 700, 500);
        TH1F h = three("sb5h");
        h.Draw();
        c.Update();
        TPaveStats st = (TPaveStats) h.FindObject("stats");
        // ROOT's TStyle::SetOptStat marks the current pad's boxes kTakeStyle
        TStyle.gStyle.SetOptStat(11);
        c.Update();
        assertEquals(List.of("sb5h", "Entries = 3      "), lines(st));
        st.SetOptStat(1001);
        TPad.gPad = null; // a style change away from this pad leaves the box alone
        TStyle.gStyle.SetOptStat(10);
        c.Update();
        assertEquals(List.of("sb5h", "Std Dev = 0.8165"), lines(st));
    }
}
