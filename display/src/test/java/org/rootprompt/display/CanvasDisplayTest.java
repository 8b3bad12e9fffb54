package org.rootprompt.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.gpad.TPad;
import org.rootprompt.root.hist.TH1F;

class CanvasDisplayTest {
    private final List<MimeBundle> shown = new ArrayList<>();

    @BeforeEach
    void sink() {
        closeAll();
        CanvasDisplay.install();
        Display.setSink(new DisplaySink() {
            @Override
            public void display(MimeBundle bundle, String displayId) {
                shown.add(bundle);
            }

            @Override
            public void update(MimeBundle bundle, String displayId) {}

            @Override
            public void clear(boolean wait) {}
        });
    }

    @AfterEach
    void closeAll() {
        for (TObject c : TROOT.gROOT.GetListOfCanvases()) {
            ((TCanvas) c).Close();
        }
        TPad.gPad = null;
    }

    @Test
    void showChangedShowsEachDrawnCanvasOnceInCreationOrder() {
        TCanvas a = new TCanvas("cd_a", "a", 300, 200);
        TCanvas b = new TCanvas("cd_b", "b", 400, 300);
        new TCanvas("cd_untouched", "u", 100, 100);
        b.Draw();
        a.Update();
        CanvasDisplay.showChanged();
        assertEquals(2, shown.size());
        assertTrue(shown.get(0).data().get("text/plain").toString().contains("cd_a"));
        assertTrue(shown.get(1).data().get("text/plain").toString().contains("cd_b"));
        CanvasDisplay.showChanged();
        assertEquals(2, shown.size(), "flags reset after display");
    }

    @Test
    void displayingAHistogramDrawsItInACanvasOfItsOwnAndLeavesTheSessionAsItWas() {
        TCanvas mine = new TCanvas("cd_mine", "mine", 300, 200);
        TH1F h = new TH1F("cd_h", "h", 10, 0, 1);
        h.SetDirectory(null);
        Display.display(h);
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).data().containsKey("image/png"));
        assertSame(mine, TPad.gPad);
        assertEquals(1, TROOT.gROOT.GetListOfCanvases().GetSize());
        assertEquals(0, mine.GetListOfPrimitives().GetSize());
    }

    @Test
    void theJsrootOutputCarriesGStyleAndThePaintedStatBox() {
        TCanvas c = new TCanvas("cd_style", "style", 300, 200);
        TH1F h = new TH1F("cd_hs", "h", 10, 0, 1);
        h.SetDirectory(null);
        h.Fill(0.5);
        h.Draw();
        CanvasDisplay.setJsroot(true);
        try {
            String html = CanvasDisplay.bundle(c).data().get("text/html").toString();
            assertTrue(html.contains("TStyle"), "gStyle is sent with the canvas");
            assertTrue(html.contains("TPaveStats"), "the box painted for the PNG");
        } finally {
            CanvasDisplay.setJsroot(false);
        }
        assertEquals(1, c.GetListOfPrimitives().GetSize(), "the user's canvas is unchanged");
    }
}
