package org.rootprompt.root.gpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;
import org.rootprompt.root.io.TBufferJSON;

/** TGaxis's defaults and options, the pad's TFrame and coordinates, and TMathText's translation to TLatex. */
class GaxisFrameMathTextTest {

    @BeforeEach
    @AfterEach
    void closeCanvases() {
        for (TObject c : TROOT.gROOT.GetListOfCanvases()) {
            ((TCanvas) c).Close();
        }
        TPad.gPad = null;
        TGaxis.SetMaxDigits(5);
    }

    private static String stderrOf(Runnable action) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void gaxisKeepsRootsDefaultsAndItsSettings() {
        TGaxis a = new TGaxis(1, 0, 1, 10, 0, 50, 510, "+L");
        // TGaxis's constructor: tick 0.03, label offset 0.005, size 0.04, font 62, title size = label size
        assertEquals(0.03, a.GetTickSize(), 1e-12);
        assertEquals(0.005, a.GetLabelOffset(), 1e-12);
        assertEquals(0.04, a.GetLabelSize(), 1e-12);
        assertEquals(62, a.GetLabelFont());
        assertEquals(0.04, a.GetTitleSize(), 1e-12);
        assertEquals(1, a.GetTitleOffset(), 1e-12);
        assertEquals("+L", a.GetOption());
        assertEquals(510, a.GetNdiv());
        a.SetTitle("right");
        a.SetTitleFont(42);
        a.SetTitleColor(2);
        a.SetTickLength(0.05);
        a.CenterTitle();
        a.SetNoExponent();
        assertEquals("right", a.GetTitle());
        assertEquals(42, a.GetTextFont());
        assertEquals(2, a.GetTextColor());
        assertEquals(0.05, a.GetTickSize(), 1e-12);
        // ROOT keeps these in fBits with TAxis's bit numbers 12 and 17
        assertEquals((1 << 12) | (1 << 17), a.GetBits() & ((1 << 12) | (1 << 17)));
        a.CenterTitle(false);
        assertTrue(!a.TestBit(TGaxis.kCenterTitle));
    }

    @Test
    void maxDigitsIsSharedAndAtLeastOne() {
        TGaxis.SetMaxDigits(6);
        assertEquals(6, TGaxis.GetMaxDigits());
        TGaxis.SetMaxDigits(0);
        assertEquals(1, TGaxis.GetMaxDigits());
    }

    @Test
    void gaxisWithAFunctionTakesItsRangeOrReportsAnUnknownName() {
        new TF1("gaxisLog", "log10(x)", 1, 1000);
        TGaxis a = new TGaxis(0, 0, 1, 0, "gaxisLog", 505);
        assertEquals(1, a.GetWmin(), 0);
        assertEquals(1000, a.GetWmax(), 0);
        assertSame(TROOT.gROOT.GetFunction("gaxisLog"), a.GetFunction());
        String[] holder = new String[1];
        String err = stderrOf(() -> holder[0] = new TGaxis(0, 0, 1, 0, "noSuchFunction", 510).GetOption());
        assertEquals("Error in <TGaxis::TGaxis>: calling constructor with an unknown function: noSuchFunction\n", err);
    }

    @Test
    void drawAxisDrawsACopyWithTheAttributes() {
        TCanvas c = new TCanvas("g1", "g1", 600, 400);
        TGaxis a = new TGaxis();
        a.SetLabelColor(4);
        a.SetLabelSize(0.06);
        TGaxis b = a.DrawAxis(0.1, 0.2, 0.9, 0.2, -5, 5);
        assertNotSame(a, b);
        assertSame(b, c.GetListOfPrimitives().At(0));
        assertEquals(4, b.GetLabelColor());
        assertEquals(0.06, b.GetLabelSize(), 1e-12);
        assertEquals(-5, b.GetWmin(), 0);
        assertEquals(510, b.GetNdiv());
    }

    @Test
    void theFrameTakesTheStylesAttributesAndGoesWithClear() {
        TCanvas c = new TCanvas("f1", "f1", 600, 400);
        c.SetFillColor(18);
        TFrame frame = c.GetFrame();
        // gStyle's FrameFillColor is 0: the frame takes the pad's colour, as TPad::GetFrame
        assertEquals(18, frame.GetFillColor());
        assertEquals(1001, frame.GetFillStyle());
        assertEquals(1, frame.GetLineColor());
        assertSame(frame, c.GetFrame());
        c.Clear();
        assertNull(c.frameIfMade());
        assertNotSame(frame, c.GetFrame());
    }

    @Test
    void paintedRangeExtendsTheFrameOverTheMargins() {
        TCanvas c = new TCanvas("r1", "r1", 600, 400);
        assertEquals(0, c.GetUxmin(), 0);
        assertEquals(1, c.GetUymax(), 0);
        c.setPaintedRange(-3, 0, 3, 200);
        // margins 0.1 each side: the pad spans 6 / 0.8 = 7.5 in x and 200 / 0.8 = 250 in y
        assertEquals(-3.75, c.GetX1(), 1e-12);
        assertEquals(3.75, c.GetX2(), 1e-12);
        assertEquals(-25, c.GetY1(), 1e-12);
        assertEquals(225, c.GetY2(), 1e-12);
        assertEquals(3, c.GetUxmax(), 0);
        assertEquals(-3, c.GetFrame().GetX1(), 0);
    }

    @Test
    void mathTextTranslatesLatexToTlatexSyntax() {
        assertEquals("#frac{a}{b} #alpha", TMathText.toLatex("\\frac{a}{b} \\alpha"));
        assertEquals("#sqrt[3]{x}#pm#sigma", TMathText.toLatex("$\\sqrt[3]{x}\\pm\\sigma$"));
        assertEquals("a#leq b#neq c#geq d", TMathText.toLatex("a\\le b\\ne c\\ge d"));
        assertEquals("x#upoint y#times z", TMathText.toLatex("x\\cdot y\\times z"));
        assertEquals("#mbox{d}x #bf{v}", TMathText.toLatex("\\mathrm{d}x \\mathbf{v}"));
        assertEquals("#sum_{i=1}^{#infty} #int", TMathText.toLatex("\\sum_{i=1}^{\\infty} \\int"));
        assertEquals("#left{x#right}", TMathText.toLatex("\\left\\{x\\right\\}"));
        // a letter after a command keeps its space: "\in t" is not "#int"
        assertEquals("x#in t", TMathText.toLatex("x\\in t"));
        assertEquals("a b@{c@}50%", TMathText.toLatex("a\\,b\\{c\\}50\\%"));
    }

    @Test
    void jsonHasTheNewClassesAndTheFrameAmongThePrimitives() {
        TH1.AddDirectory(false);
        try {
            TCanvas c = new TCanvas("j1", "j1", 600, 400);
            new TH1F("hj", "hj", 10, 0, 1).Draw();
            c.GetFrame().SetFillColor(5);
            new TGaxis(1, 0, 1, 1, 0, 10, 510, "+L").Draw();
            new TMathText(0.5, 0.5, "\\alpha").Draw();
            String json = TBufferJSON.ConvertToJSON(c);
            assertTrue(json.contains("\"_typename\":\"TFrame\""), json);
            assertTrue(json.indexOf("\"TFrame\"") < json.indexOf("\"TH1F\""), "the frame comes first");
            assertTrue(json.contains("\"_typename\":\"TGaxis\"") && json.contains("\"fChopt\":\"+L\""), json);
            assertTrue(json.contains("\"_typename\":\"TMathText\""), json);
        } finally {
            TH1.AddDirectory(true);
        }
    }
}
