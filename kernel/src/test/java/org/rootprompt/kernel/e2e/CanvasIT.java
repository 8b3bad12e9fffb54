package org.rootprompt.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rootprompt.kernel.cli.KernelClient;
import org.rootprompt.kernel.cli.KernelClient.Response;
import org.rootprompt.kernel.wire.Message;

/**
 * Canvases in a notebook, as ROOT's notebooks show them: once at the end of the cell that drew on
 * them, as a PNG of the canvas's size, again only when they change.
 */
class CanvasIT {
    private static E2e.Kernel kernel;
    private static KernelClient client;

    @BeforeAll
    static void start() throws Exception {
        kernel = E2e.startJavaKernel("canvas");
        client = kernel.client();
    }

    @AfterAll
    static void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    private static BufferedImage png(Message display) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(display.get("data").path("image/png").asText());
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void aCanvasDrawnOnIsShownOnceAtTheEndOfTheCell() throws Exception {
        Response drawn = client.execute("""
                var c = new TCanvas("c_it", "c_it", 640, 480);
                var h = new TH1F("h_it", "h", 50, -4, 4);
                h.FillRandom("gaus", 1000);
                h.Draw();
                System.out.println("drawn");""");
        assertEquals("ok", drawn.status(), drawn.toString());
        List<Message> displays = drawn.ofType("display_data");
        assertEquals(1, displays.size(), drawn.toString());
        BufferedImage image = png(displays.get(0));
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        assertTrue(displays.get(0).get("data").path("text/plain").asText().contains("c_it"));
        List<String> types = drawn.types();
        assertTrue(types.indexOf("stream") < types.indexOf("display_data"), "the picture comes after the text: " + types);

        Response quiet = client.execute("int unrelated_it = 1;");
        assertEquals(0, quiet.ofType("display_data").size(), "an unchanged canvas is not shown again: " + quiet);

        Response updated = client.execute("c.SetLogy(); c.Update();");
        assertEquals(1, updated.ofType("display_data").size(), updated.toString());
    }

    @Test
    void drawingWithoutACanvasMakesTheDefaultOneAndShowsItEvenAfterAnError() throws Exception {
        Response closed = client.execute("for (TObject c : gROOT.GetListOfCanvases()) ((TCanvas) c).Close();");
        assertEquals("ok", closed.status(), closed.toString());
        Response r = client.execute("""
                var g_it = new TGraph(3, new double[] {1, 2, 3}, new double[] {1, 4, 9});
                g_it.Draw("AP");
                throw new IllegalStateException("after drawing");""");
        assertEquals("error", r.status(), r.toString());
        assertEquals(1, r.ofType("display_data").size(), r.toString());
        String err = r.ofType("stream").stream().map(m -> m.get("text").asText()).reduce("", String::concat);
        assertTrue(err.contains("created default TCanvas with name c1"), err);
    }

    @Test
    void jsrootOnAddsInteractiveHtmlBesideThePng() throws Exception {
        Response on = client.execute("""
                %jsroot on
                var cj = new TCanvas("cj_it", "cj", 500, 400);
                var hj = new TH1F("hj_it", "jsroot", 20, -2, 2);
                hj.FillRandom("gaus", 200);
                hj.Draw();""");
        assertEquals("ok", on.status(), on.toString());
        Message shown = on.ofType("display_data").get(0);
        String html = shown.get("data").path("text/html").asText();
        assertTrue(html.contains("width: 500px; height: 400px"), html);
        assertTrue(html.contains("\\\"_typename\\\":\\\"TCanvas\\\""), "the canvas's JSON is in the script");
        assertTrue(html.contains("Core.draw(id, Core.parse(json)"), html);
        assertTrue(shown.get("data").has("image/png"), "a PNG for viewers without JavaScript");

        Response off = client.execute("%jsroot off\ncj.Update();");
        Message again = off.ofType("display_data").get(0);
        assertTrue(!again.get("data").has("text/html") && again.get("data").has("image/png"), again.content().toString());

        Response bad = client.execute("%jsroot sideways");
        assertEquals("error", bad.status());
        assertTrue(bad.toString().contains("%jsroot takes on, off or url URL"), bad.toString());
    }
}
