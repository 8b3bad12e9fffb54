package org.rootprompt.root.gpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TH1F;

/** The pad model as ROOT keeps it: what Draw puts where, canvases by name, Divide and cd. */
class PadTest {
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void start() {
        closeAll();
        ErrorHandler.setHandler((level, location, text) -> messages.add(location + ":" + text));
    }

    @AfterEach
    void end() {
        ErrorHandler.setHandler(null);
        closeAll();
    }

    private static void closeAll() {
        for (TObject c : TROOT.gROOT.GetListOfCanvases()) {
            ((TCanvas) c).Close();
        }
        TPad.gPad = null;
    }

    private static TH1F hist(String name) {
        TH1F h = new TH1F(name, name, 10, 0, 1);
        h.SetDirectory(null);
        return h;
    }

    private static List<String> primitives(TPad pad) {
        List<String> out = new ArrayList<>();
        TList list = pad.GetListOfPrimitives();
        for (int i = 0; i < list.GetSize(); i++) {
            out.add(list.At(i).GetName() + ":" + list.optionAt(i));
        }
        return out;
    }

    @Test
    void drawingWithNoCanvasMakesTheDefaultOneWithRootsMessage() {
        TH1F h = hist("pad_h");
        h.Draw("HIST");
        assertEquals(List.of("TCanvas::MakeDefCanvas: created default TCanvas with name c1"), messages);
        TCanvas c1 = (TCanvas) TROOT.gROOT.GetListOfCanvases().FindObject("c1");
        assertSame(c1, TPad.gPad);
        assertEquals(700, c1.GetWw());
        assertEquals(500, c1.GetWh());
        assertEquals(List.of("pad_h:HIST"), primitives(c1));
        assertTrue(c1.IsDrawn(), "a canvas drawn on during a cell is shown at its end");
    }

    @Test
    void defaultCanvasNamesFollowRoot() {
        assertEquals("c1", new TCanvas().GetName());
        assertEquals("c1_n2", new TCanvas().GetName());
        new TCanvas("c", "first", 800, 600);
        TCanvas second = new TCanvas("c", "second", 800, 600);
        assertEquals(List.of("TCanvas::Constructor:Deleting canvas with same name: c"), messages);
        assertSame(second, TROOT.gROOT.GetListOfCanvases().FindObject("c"));
        assertEquals(3, TROOT.gROOT.GetListOfCanvases().GetSize());
        assertSame(second, TPad.gPad, "a new canvas becomes the current pad");
    }

    @Test
    void objectsWithAxesReplaceThePadUnlessSame() {
        TCanvas c = new TCanvas("c", "c", 800, 600);
        TH1F a = hist("pad_a");
        TH1F b = hist("pad_b");
        a.Draw();
        b.Draw();
        assertEquals(List.of("pad_b:"), primitives(c));
        a.Draw("same");
        TF1 f = new TF1("pad_f", "x", 0, 1);
        f.Draw("SAME");
        assertEquals(List.of("pad_b:", "pad_a:same", "pad_f:SAME"), primitives(c));
        f.Draw();
        assertEquals(List.of("pad_f:"), primitives(c));
    }

    @Test
    void graphsFollowTGraphDrawRules() {
        TCanvas c = new TCanvas("c", "c", 800, 600);
        TGraph g = new TGraph(2, new double[] {1, 2}, new double[] {3, 4});
        g.SetName("pad_g");
        g.Draw();
        assertEquals(List.of("pad_g:alp"), primitives(c), "an empty option on an empty pad is \"alp\"");
        TGraph g2 = g.Clone();
        g2.SetName("pad_g2");
        g2.Draw("P*");
        assertEquals(List.of("pad_g:alp", "pad_g2:pp"), primitives(c), "no \"a\": drawn on the same axes");
        assertEquals(3, g2.GetMarkerStyle(), "\"*\" means markers of style 3");
        g2.Draw("AP");
        assertEquals(List.of("pad_g2:ap"), primitives(c));
    }

    @Test
    void divideMakesNumberedPadsAndCdSelectsThem() {
        TCanvas c = new TCanvas("c", "c", 800, 600);
        c.Divide(2, 2);
        assertEquals(List.of("c_1:", "c_2:", "c_3:", "c_4:"), primitives(c));
        assertSame(c, TPad.gPad, "Divide leaves the current pad as it was");
        TPad p1 = c.GetPad(1);
        assertEquals(0.01, p1.GetXlowNDC(), 1e-12);
        assertEquals(0.51, p1.GetYlowNDC(), 1e-12);
        assertEquals(0.48, p1.GetWNDC(), 1e-12);
        TPad p4 = c.GetPad(4);
        assertEquals(0.51, p4.GetXlowNDC(), 1e-12);
        assertEquals(0.01, p4.GetYlowNDC(), 1e-12);

        TPad p3 = c.cd(3);
        assertSame(p3, TPad.gPad);
        hist("pad_in3").Draw();
        assertEquals(List.of("pad_in3:"), primitives(p3));
        assertSame(p3.GetListOfPrimitives().At(0), c.GetPrimitive("pad_in3"), "GetPrimitive looks in sub-pads");
        assertSame(c, p3.GetCanvas());
        assertNull(c.cd(5));

        c.cd();
        hist("pad_top").Draw();
        assertEquals(List.of("pad_top:"), primitives(c), "drawing in the divided canvas itself clears its pads");
    }

    @Test
    void drawnAndUpdatedFlagsResetAfterDisplay() {
        TCanvas c = new TCanvas("c", "c", 800, 600);
        assertFalse(c.IsDrawn());
        c.Draw();
        assertTrue(c.IsDrawn());
        c.ResetDrawn();
        c.SetLogy();
        assertTrue(c.IsDrawn(), "changing the pad shows it again");
        c.ResetDrawn();
        c.Update();
        assertTrue(c.IsUpdated());
        c.ResetUpdated();
        assertFalse(c.IsUpdated());
        assertEquals(1, c.GetLogy());
    }

    @Test
    void aPadWithoutACanvasIsAnError() {
        new TPad("p", "p", 0, 0, 1, 1);
        assertEquals(List.of("TPad::TPad:You must create a TCanvas before creating a TPad"), messages);
    }

    @Test
    void closingACanvasMovesGPadToTheLastOne() {
        TCanvas a = new TCanvas("a", "a", 800, 600);
        TCanvas b = new TCanvas("b", "b", 800, 600);
        b.Close();
        assertSame(a, TPad.gPad);
        assertNull(TROOT.gROOT.GetListOfCanvases().FindObject("b"));
        assertSame(a, TROOT.gROOT.FindObject("a"));
    }
}
