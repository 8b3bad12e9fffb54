package org.rootprompt.display.paint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.rootprompt.root.core.Globals;
import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TAttMarker;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.gpad.TColor;
import org.rootprompt.root.gpad.TFrame;
import org.rootprompt.root.gpad.StatBoxes;
import org.rootprompt.root.gpad.TPad;
import org.rootprompt.root.gpad.TPaveStats;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TAxis;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TF2;
import org.rootprompt.root.hist.TGraph;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH2;
import org.rootprompt.root.hist.TH2D;
import org.rootprompt.root.hist.THStack;
import org.rootprompt.root.hist.TMultiGraph;

/**
 * Paints a canvas with Java2D as ROOT draws it: each pad's fill, its sub-pads in NDC, and its
 * primitives in drawing order. The first object that brings axes (a histogram, a function, a
 * stack, or a graph drawn with "A") sets the pad's frame; what follows is drawn in that frame.
 * The picture is what {@link #paint} draws on a Graphics2D, so PNG and vector formats share it.
 */
public final class CanvasPainter {
    private CanvasPainter() {}

    /** The canvas as an image of its window size. */
    public static BufferedImage toImage(TCanvas canvas) {
        int w = canvas.GetWindowWidth();
        int h = canvas.GetWindowHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            paint(canvas, g, w, h);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Paints the canvas into a w × h area of g. */
    public static void paint(TCanvas canvas, Graphics2D g, int w, int h) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        paintPad(canvas, g, 0, 0, w, h);
    }

    private static void paintPad(TPad pad, Graphics2D g, double x, double y, double w, double h) {
        PadView v = new PadView(pad, x, y, w, h);
        Pens.fill(g, new Rectangle2D.Double(x, y, w, h), pad);
        TList primitives = pad.GetListOfPrimitives();
        autoColours(primitives);
        boolean framed = false;
        for (int i = 0; i < primitives.GetSize(); i++) {
            TObject o = primitives.At(i);
            String option = primitives.optionAt(i);
            Graphics2D pen = (Graphics2D) g.create();
            try {
                if (o instanceof TPad sub) {
                    double sw = sub.GetWNDC() * w;
                    double sh = sub.GetHNDC() * h;
                    paintPad(sub, pen, x + sub.GetXlowNDC() * w, y + h - sub.GetYlowNDC() * h - sh, sw, sh);
                } else if (!framed && bringsAxes(o, option)) {
                    framed = paintFramed(pen, v, o, option);
                } else {
                    paintInFrame(pen, v, o, option);
                }
            } catch (RuntimeException e) {
                // one object that cannot be painted must not cost the user the whole picture
                Globals.Error("TPad::Paint", "cannot paint %s \"%s\": %s", o.ClassName(), o.GetName(), e.toString());
            } finally {
                pen.dispose();
            }
        }
    }

    /** Whether the object draws a frame and axes of its own with this option. */
    static boolean bringsAxes(TObject o, String option) {
        String opt = option.toLowerCase();
        if (o instanceof TH1 || o instanceof TF1 || o instanceof THStack) {
            return !opt.contains("same");
        }
        return (o instanceof TGraph || o instanceof TMultiGraph) && opt.contains("a");
    }

    /** The object that sets the frame: the range, the frame, the object, the axes, then title and stat box. */
    private static boolean paintFramed(Graphics2D g, PadView v, TObject o, String option) {
        boolean logx = v.pad.GetLogx() != 0;
        boolean logy = v.pad.GetLogy() != 0;
        Framing f = framing(o, option, logx, logy);
        if (f == null || f.range() == null) {
            return false;
        }
        AxisTicks.Frame r = f.range();
        v.setFrame(r.xmin(), r.xmax(), r.ymin(), r.ymax(), logx, logy);
        // as ROOT's painters call TPad::Range and RangeAxis: the pad learns its coordinates (log10 on a log axis)
        v.pad.setPaintedRange(logx ? Math.log10(r.xmin()) : r.xmin(), logy ? Math.log10(r.ymin()) : r.ymin(),
                logx ? Math.log10(r.xmax()) : r.xmax(), logy ? Math.log10(r.ymax()) : r.ymax());
        TStyle s = TStyle.gStyle;
        TFrame tframe = v.pad.GetFrame();
        Rectangle2D frame = v.frame();
        Pens.fill(g, frame, tframe);
        paintInFrame(g, v, o, option);
        DrawOption drawn = o instanceof TH1 h ? HistPainter.effectiveOption(h, option)
                : o instanceof TF2 ? DrawOption.parse(Hist2DPainter.functionOption(option)) : null;
        // LEGO and SURF draw their own axes; a histogram's "A" asks for none
        boolean ownAxes = drawn != null && (drawn.lego || drawn.surf || drawn.noAxes);
        if (!ownAxes) {
            AxisPainter.paint(g, v, f.xaxis(), f.yaxis());
            if (Pens.useLine(g, tframe)) {
                g.draw(frame);
            }
        }
        HistPainter.title(g, v, f.title());
        if (o instanceof TH1 h) {
            stats(g, v, h, option);
        } else if (o instanceof TGraph gr) {
            stats(g, v, StatBoxes.graph(gr));
        }
        return true;
    }

    /** The histogram's stat box when its option asks for one (the first histogram's, or "SAMES"). */
    private static void stats(Graphics2D g, PadView v, TH1 h, String option) {
        if (StatBoxes.wanted(h, option)) {
            stats(g, v, StatBoxes.histogram(h));
        }
    }

    private static void stats(Graphics2D g, PadView v, TPaveStats stats) {
        if (stats != null) {
            PaveBox.statBox(g, v, stats);
        }
    }

    /** What a frame is made of: its range, the axes (with their titles and attributes) and the title. */
    private record Framing(AxisTicks.Frame range, TAxis xaxis, TAxis yaxis, String title) {}

    private static Framing framing(TObject o, String option, boolean logx, boolean logy) {
        if (o instanceof TF2 f2) {
            TH2D h = Hist2DPainter.histogramOf(f2);
            return new Framing(HistPainter.frame(h, HistPainter.effectiveOption(h, option), logx, logy),
                    h.GetXaxis(), h.GetYaxis(), h.GetTitle());
        }
        if (o instanceof TH1 h) {
            return new Framing(HistPainter.frame(h, HistPainter.effectiveOption(h, option), logx, logy),
                    h.GetXaxis(), h.GetYaxis(), h.GetTitle());
        }
        if (o instanceof TF1 f) {
            return titled(GraphPainter.frame(f, logx, logy), f.GetTitle());
        }
        if (o instanceof TGraph gr) {
            return titled(GraphPainter.frame(List.of(gr), logx, logy), gr.GetTitle());
        }
        if (o instanceof TMultiGraph mg) {
            return titled(GraphPainter.frame(mg.GetListOfGraphs(), logx, logy), mg.GetTitle());
        }
        if (o instanceof THStack stack && !stack.GetHists().isEmpty()) {
            return titled(StackPainter.frame(stack, option, logy), stack.GetTitle());
        }
        return null;
    }

    /** Axes for an object without its own: the "title;x title;y title" form names them, as ROOT splits it. */
    private static Framing titled(AxisTicks.Frame range, String title) {
        String[] parts = (title == null ? "" : title).split(";", -1);
        TAxis x = new TAxis();
        TAxis y = new TAxis();
        x.SetTitle(parts.length > 1 ? parts[1] : "");
        y.SetTitle(parts.length > 2 ? parts[2] : "");
        return new Framing(range, x, y, parts[0]);
    }

    /** An object drawn into the pad's frame (or, without a frame, in the pad's 0–1 coordinates). */
    private static void paintInFrame(Graphics2D g, PadView v, TObject o, String option) {
        if (o instanceof TF2 f2) {
            if (v.hasFrame()) {
                TH2D h = Hist2DPainter.histogramOf(f2);
                Hist2DPainter.paint(g, v, h, HistPainter.effectiveOption(h, Hist2DPainter.functionOption(option)));
            }
        } else if (o instanceof TH2 h2) {
            if (v.hasFrame()) {
                Hist2DPainter.paint(g, v, h2, HistPainter.effectiveOption(h2, option));
            }
        } else if (o instanceof TH1 h) {
            if (v.hasFrame()) {
                DrawOption drawn = HistPainter.effectiveOption(h, option);
                HistPainter.paint1D(g, v, h, drawn);
                // "HIST" shows the histogram without its fitted functions
                if (!drawn.hist) {
                    HistPainter.functions(g, v, h.GetListOfFunctions());
                }
                // the histograms drawn after the first have a box only with "SAMES"
                if (drawn.same) {
                    stats(g, v, h, option);
                }
            }
        } else if (o instanceof TF1 f) {
            if (v.hasFrame()) {
                GraphPainter.curve(g, v, f);
            }
        } else if (o instanceof TGraph gr) {
            // without a frame, a graph is drawn in the pad's own 0–1 coordinates, as in ROOT
            GraphPainter.paint(g, v, gr, option.replace("a", "").replace("A", ""));
        } else if (o instanceof TMultiGraph mg) {
            if (v.hasFrame()) {
                // a multigraph drawn with "A" alone joins its points with lines
                String common = option.replace("a", "").replace("A", "");
                common = common.isBlank() ? "L" : common;
                for (int i = 0; i < mg.GetListOfGraphs().size(); i++) {
                    String own = mg.GetGraphOption(i);
                    GraphPainter.paint(g, v, mg.GetListOfGraphs().get(i), own.isEmpty() ? common : own);
                }
            }
        } else if (o instanceof THStack stack) {
            if (v.hasFrame()) {
                StackPainter.paint(g, v, stack, option);
            }
        } else {
            PrimitivePainter.paint(g, v, o);
        }
    }

    /**
     * ROOT's PFC/PLC/PMC options: the objects drawn with them take colours spread evenly over the
     * palette, in drawing order (ROOT sets the colours on the objects when it paints them).
     */
    private static void autoColours(TList primitives) {
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < primitives.GetSize(); i++) {
            String opt = primitives.optionAt(i).toUpperCase();
            if (opt.contains("PFC") || opt.contains("PLC") || opt.contains("PMC")) {
                marked.add(i);
            }
        }
        int n = marked.size();
        int ncolors = TColor.GetNumberOfColors();
        for (int k = 0; k < n; k++) {
            int color = TColor.GetColorPalette(n == 1 ? 0 : k * (ncolors - 1) / (n - 1));
            String opt = primitives.optionAt(marked.get(k)).toUpperCase();
            TObject o = primitives.At(marked.get(k));
            if (opt.contains("PFC") && o instanceof TAttFill f) {
                f.SetFillColor(color);
            }
            if (opt.contains("PLC") && o instanceof TAttLine l) {
                l.SetLineColor(color);
            }
            if (opt.contains("PMC") && o instanceof TAttMarker m) {
                m.SetMarkerColor(color);
            }
        }
    }
}
