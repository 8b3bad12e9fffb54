package org.rootprompt.display;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rootprompt.display.paint.CanvasPainter;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.io.TBufferJSON;
import org.rootprompt.root.gpad.TPad;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.THStack;
import org.rootprompt.root.hist.TMultiGraph;

/**
 * The notebook side of canvases, as ROOT's notebooks behave: at the end of a cell every canvas
 * drawn on or updated during it is shown once, in creation order, as a PNG (and, with
 * {@code %jsroot on}, as interactive JSROOT too); the flags then reset, so a canvas shows again
 * only when it changes again.
 */
public final class CanvasDisplay {
    private static volatile boolean jsroot;
    private static volatile List<String> jsrootServers = serversFromProperty();

    private CanvasDisplay() {}

    /**
     * Makes {@code display(canvas)} show the picture, and {@code display(h)} draw a histogram, graph
     * or function in a canvas of its own; the kernel calls this once at start.
     */
    public static void install() {
        Renderers.register(TCanvas.class, CanvasDisplay::bundle);
        for (Class<? extends TObject> drawable : List.of(TH1.class, TGraph.class, TF1.class, THStack.class, TMultiGraph.class)) {
            Renderers.register(drawable, CanvasDisplay::drawnAlone);
        }
    }

    /**
     * An object drawn alone in a canvas of the default size that is closed again, so that the
     * user's canvases and gPad are as they were.
     */
    static MimeBundle drawnAlone(TObject obj) {
        TPad current = TPad.gPad;
        TCanvas canvas = new TCanvas("display_" + obj.GetName(), obj.GetTitle(),
                TStyle.gStyle.GetCanvasDefW(), TStyle.gStyle.GetCanvasDefH());
        try {
            obj.Draw();
            return bundle(canvas);
        } finally {
            canvas.Close();
            TPad.gPad = current;
        }
    }

    /** Whether canvases are also sent as JSROOT HTML ({@code %jsroot on|off}). */
    public static void setJsroot(boolean on) {
        jsroot = on;
    }

    public static boolean isJsroot() {
        return jsroot;
    }

    /** Where the notebook loads JSROOT from: base URLs tried in order (relative ones from the notebook server). */
    public static void setJsrootServers(List<String> servers) {
        jsrootServers = servers.isEmpty() ? JsrootHtml.DEFAULT_SERVERS : List.copyOf(servers);
    }

    public static List<String> getJsrootServers() {
        return jsrootServers;
    }

    /** The servers that install wrote into the kernelspec (-Drootprompt.jsroot=a,b), else JSROOT's own. */
    private static List<String> serversFromProperty() {
        String property = System.getProperty("rootprompt.jsroot", "").strip();
        if (property.isEmpty()) {
            return JsrootHtml.DEFAULT_SERVERS;
        }
        List<String> servers = new java.util.ArrayList<>();
        for (String s : property.split(",")) {
            if (!s.isBlank()) {
                servers.add(s.strip());
            }
        }
        servers.addAll(JsrootHtml.DEFAULT_SERVERS); // the internet copies as the last resort
        return List.copyOf(new java.util.LinkedHashSet<>(servers));
    }

    /** Shows every canvas drawn or updated since the last call, and resets their flags. */
    public static void showChanged() {
        for (TObject o : TROOT.gROOT.GetListOfCanvases()) {
            if (o instanceof TCanvas c && (c.IsDrawn() || c.IsUpdated())) {
                c.ResetDrawn();
                c.ResetUpdated();
                Display.display(c);
            }
        }
    }

    /**
     * The outputs of one canvas: text/html drawing it with JSROOT when {@code %jsroot on} (with
     * gStyle, as JupyROOT sent it; painting the PNG first makes the stat boxes it shows), image/png
     * always (for viewers without JavaScript: GitHub, nbconvert to PDF), text/plain always.
     */
    public static MimeBundle bundle(TCanvas canvas) {
        BufferedImage image = CanvasPainter.toImage(canvas);
        Map<String, Object> data = new LinkedHashMap<>();
        if (jsroot) {
            data.put("text/html", JsrootHtml.html(TBufferJSON.notebookJson(canvas), canvas.GetWindowWidth(),
                    canvas.GetWindowHeight(), "", jsrootServers));
        }
        data.put("image/png", Renderers.base64Png(image));
        data.put("text/plain", "<TCanvas " + canvas.GetName() + " (" + canvas.GetWindowWidth() + "x"
                + canvas.GetWindowHeight() + ")>");
        return new MimeBundle(data, Map.of("image/png", Map.of("width", image.getWidth(), "height", image.getHeight())));
    }
}
