package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.EColor;
import org.rootprompt.root.gpad.TArrow;
import org.rootprompt.root.gpad.TBox;
import org.rootprompt.root.gpad.TCanvas;
import org.rootprompt.root.gpad.TEllipse;
import org.rootprompt.root.gpad.TLatex;
import org.rootprompt.root.gpad.TLegend;
import org.rootprompt.root.gpad.TMarker;
import org.rootprompt.root.gpad.TPaveLabel;
import org.rootprompt.root.gpad.TPaveText;
import org.rootprompt.root.gpad.TStyle;
import org.rootprompt.root.hist.TF1;
import org.rootprompt.root.hist.TF2;
import org.rootprompt.root.hist.TGraphErrors;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;
import org.rootprompt.root.hist.TH2F;
import org.rootprompt.root.hist.THStack;
import org.rootprompt.root.math.TRandom;

/**
 * Typical canvases written to display/target/gallery/ (not committed) to be looked at beside
 * ROOT's own pictures. Each must paint without failing and leave something on the canvas.
 */
class GalleryTest {
    private static final File DIR = new File("target/gallery");

    private static void save(TCanvas c, String name) throws IOException {
        DIR.mkdirs();
        BufferedImage image = CanvasPainter.toImage(c);
        ImageIO.write(image, "png", new File(DIR, name + ".png"));
        // the same painting as SVG, to look at vector output too
        String svg = VectorOutput.svg(c.GetWindowWidth(), c.GetWindowHeight(),
                g -> CanvasPainter.paint(c, g, c.GetWindowWidth(), c.GetWindowHeight()));
        java.nio.file.Files.writeString(new File(DIR, name + ".svg").toPath(), svg);
        assertTrue(Pixels.count(image, 0, 0, image.getWidth(), image.getHeight(), Pixels::isDark) > 100, name);
    }

    @Test
    void gallery() throws IOException {
        TH1.AddDirectory(false);
        TRandom.gRandom.SetSeed(1);
        TStyle.gStyle.SetOptFit(1);
        TCanvas c1 = new TCanvas("g1", "fit", 700, 500);
        TH1F h = new TH1F("hpx", "This is the px distribution;px;Entries", 100, -4, 4);
        h.FillRandom("gaus", 10000);
        h.Fit("gaus", "Q");
        h.Draw();
        save(c1, "01-hist-fit-stats");

        TCanvas c2 = new TCanvas("g2", "graph", 700, 500);
        double[] x = {-0.22, 0.05, 0.25, 0.35, 0.5, 0.61, 0.7, 0.85, 0.89, 0.95};
        double[] y = {1, 2.9, 5.6, 7.4, 9, 9.6, 8.7, 6.3, 4.5, 1};
        double[] ex = {.05, .1, .07, .07, .04, .05, .06, .07, .08, .05};
        double[] ey = {.8, .7, .6, .5, .4, .4, .5, .6, .7, .8};
        TGraphErrors gr = new TGraphErrors(10, x, y, ex, ey);
        gr.SetTitle("TGraphErrors Example;x;y");
        gr.SetMarkerColor(4);
        gr.SetMarkerStyle(21);
        gr.Fit("pol2", "Q");
        gr.Draw("ALP");
        save(c2, "02-graph-errors");

        TCanvas c3 = new TCanvas("g3", "tf1", 700, 500);
        TF1 f = new TF1("f1", "sin(x)/x", 0, 10);
        f.Draw();
        save(c3, "03-tf1");

        TCanvas c4 = new TCanvas("g4", "stack", 700, 500);
        THStack hs = new THStack("hs", "Stacked histograms");
        int[] colors = {EColor.kRed, EColor.kGreen, EColor.kBlue};
        for (int i = 0; i < 3; i++) {
            TH1F hi = new TH1F("hs" + i, "h" + i, 40, -4, 4);
            hi.FillRandom("gaus", 2000 * (i + 1));
            hi.SetFillColor(colors[i]);
            hs.Add(hi);
        }
        hs.Draw();
        save(c4, "04-stack");

        TCanvas c5 = new TCanvas("g5", "colz", 700, 500);
        c5.SetRightMargin(0.15);
        TH2F h2 = new TH2F("h2", "px vs py;px;py;entries", 40, -4, 4, 40, -4, 4);
        for (int i = 0; i < 20000; i++) {
            h2.Fill(TRandom.gRandom.Gaus(), TRandom.gRandom.Gaus());
        }
        h2.Draw("COLZ");
        save(c5, "05-th2-colz");

        TCanvas c6 = new TCanvas("g6", "divided", 700, 500);
        c6.Divide(2, 2);
        c6.cd(1);
        h.Draw("E1");
        c6.cd(2);
        f.Draw();
        c6.cd(3);
        gr.Draw("AP");
        c6.cd(4);
        h2.Draw("BOX");
        save(c6, "06-divided");

        TCanvas c7 = new TCanvas("g7", "log", 700, 500);
        c7.SetLogy();
        c7.SetGrid();
        TH1F expo = new TH1F("expo", "Exponential;t;counts", 50, 0, 10);
        expo.FillRandom("expo", 20000);
        expo.Draw();
        save(c7, "07-log-grid");

        TCanvas c8 = new TCanvas("g8", "legend", 700, 500);
        TH1F a = new TH1F("a", "Two histograms", 50, -4, 4);
        a.FillRandom("gaus", 5000);
        a.SetLineColor(EColor.kRed);
        TH1F b = new TH1F("b", "b", 50, -4, 4);
        b.FillRandom("gaus", 3000);
        b.SetLineColor(EColor.kBlue);
        b.SetFillColor(EColor.kBlue);
        b.SetFillStyle(3004);
        a.SetStats(false);
        a.Draw();
        b.Draw("SAME");
        TLegend legend = new TLegend(0.65, 0.7, 0.88, 0.88);
        legend.AddEntry(a, "first", "l");
        legend.AddEntry(b, "second", "f");
        legend.Draw();
        TLatex latex = new TLatex(0.15, 0.8, "#sigma = 1");
        latex.SetNDC();
        latex.Draw();
        save(c8, "08-legend-latex");

        TCanvas c9 = new TCanvas("g9", "markers", 700, 500);
        TH1F p = new TH1F("p", "Markers and E2", 20, -3, 3);
        p.FillRandom("gaus", 500);
        p.SetMarkerStyle(20);
        p.SetFillColor(EColor.kYellow);
        p.Draw("E2");
        p.Draw("P SAME");
        save(c9, "09-markers-e2");

        TCanvas c10 = new TCanvas("g10", "lego", 700, 500);
        h2.Draw("LEGO");
        save(c10, "10-lego");
        TCanvas c11 = new TCanvas("g11", "labels", 700, 500);
        TH1F fruit = new TH1F("fruit", "Bar chart with labels", 5, 0, 5);
        String[] names = {"apples", "pears", "plums", "cherries", "grapes"};
        for (int i = 0; i < 5; i++) {
            fruit.GetXaxis().SetBinLabel(i + 1, names[i]);
            fruit.SetBinContent(i + 1, 3 + 2 * i % 7);
        }
        fruit.SetFillColor(EColor.kOrange);
        fruit.SetStats(false);
        fruit.Draw("BAR2 TEXT");
        save(c11, "11-bar-labels");

        TCanvas c12 = new TCanvas("g12", "surf", 700, 500);
        TH2F coarse = new TH2F("coarse", "SURF", 20, -3, 3, 20, -3, 3);
        for (int i = 0; i < 5000; i++) {
            coarse.Fill(TRandom.gRandom.Gaus(), TRandom.gRandom.Gaus());
        }
        coarse.SetStats(false);
        coarse.Draw("SURF1");
        save(c12, "12-surf");
        TCanvas c13 = new TCanvas("g13", "primitives", 700, 500);
        TPaveText pave = new TPaveText(0.05, 0.75, 0.45, 0.95, "NDC");
        pave.AddText("A TPaveText");
        pave.AddText("with two lines");
        pave.Draw();
        TPaveLabel label = new TPaveLabel(0.55, 0.8, 0.95, 0.95, "TPaveLabel", "NDC");
        label.Draw();
        TArrow arrow = new TArrow(0.1, 0.6, 0.4, 0.4, 0.03, "|>");
        arrow.SetLineWidth(2);
        arrow.Draw();
        TEllipse ellipse = new TEllipse(0.7, 0.45, 0.15, 0.1);
        ellipse.SetFillColor(EColor.kYellow);
        ellipse.Draw();
        TBox box = new TBox(0.45, 0.1, 0.6, 0.3);
        box.SetFillColor(EColor.kCyan);
        box.Draw();
        for (int style = 20; style <= 34; style++) {
            TMarker m = new TMarker(0.05 + 0.06 * (style - 20), 0.05, style);
            m.SetMarkerSize(2);
            m.SetMarkerColor(EColor.kBlue);
            m.Draw();
        }
        TLatex formula = new TLatex(0.1, 0.25, "#int_{0}^{#infty} e^{-x^{2}} dx = #frac{#sqrt{#pi}}{2}");
        formula.SetTextFont(42);
        formula.SetTextSize(0.06);
        formula.Draw();
        save(c13, "13-primitives");

        TCanvas c14 = new TCanvas("g14", "autolegend", 700, 500);
        TH1F left = new TH1F("left", "Auto-placed legend", 50, 0, 10);
        for (int i = 0; i < 2000; i++) {
            left.Fill(TRandom.gRandom.Exp(2));
        }
        left.SetStats(false);
        left.Draw();
        TF1 decay = new TF1("decay", "[0]*exp(-x/2)", 0, 10);
        decay.SetParameter(0, 200);
        decay.Draw("SAME");
        c14.BuildLegend();
        save(c14, "14-auto-legend");
        TCanvas c18 = new TCanvas("g18", "contours", 700, 500);
        c18.Divide(2, 1);
        c18.cd(1);
        h2.Draw("CONT");
        c18.cd(2);
        h2.Draw("CONT1");
        save(c18, "18-contours");
        TCanvas c19 = new TCanvas("g19", "tf2", 700, 350);
        c19.Divide(2, 1);
        c19.cd(1);
        TF2 saddle = new TF2("saddle", "x*x-y*y", -2, 2, -2, 2);
        saddle.Draw();
        c19.cd(2);
        saddle.Draw("COLZ");
        save(c19, "19-tf2");
        notebookExample();
        TStyle.gStyle.SetOptFit(0);
    }

    /** The canvases of examples/java-graphics.ipynb. */
    private static void notebookExample() throws IOException {
        TRandom.gRandom.SetSeed(4357);
        TCanvas c1 = new TCanvas("nb1", "A fitted histogram", 800, 600);
        TH1F h = new TH1F("nbh", "Gaussian;x;entries", 100, -4, 4);
        h.FillRandom("gaus", 10000);
        TStyle.gStyle.SetOptFit(1);
        h.Fit("gaus", "Q");
        h.Draw("E");
        save(c1, "15-notebook-fit");

        TCanvas c2 = new TCanvas("nb2", "Decay", 700, 500);
        double[] t = {0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5};
        double[] a = {8.1, 6.2, 4.4, 3.6, 2.5, 1.9, 1.5, 1.0};
        double[] ea = {0.5, 0.4, 0.35, 0.3, 0.25, 0.2, 0.2, 0.15};
        TGraphErrors g = new TGraphErrors(8, t, a, new double[8], ea);
        g.SetTitle("Decay;t [s];A");
        g.SetMarkerStyle(20);
        g.SetMarkerColor(EColor.kAzure + 2);
        g.Draw("AP");
        TF1 decay = new TF1("nbdecay", "[0]*exp(-x/[1])", 0, 8);
        decay.SetParameters(10, 3);
        g.Fit(decay, "Q");
        save(c2, "16-notebook-decay");

        TCanvas c3 = new TCanvas("nb3", "Four pads", 900, 700);
        c3.Divide(2, 2);
        c3.cd(1);
        TH2F h2 = new TH2F("nbh2", "Two Gaussians;x;y", 40, -4, 4, 40, -4, 4);
        double[] xy = new double[2];
        for (int i = 0; i < 20000; i++) {
            TRandom.gRandom.Rannor(xy);
            h2.Fill(xy[0], 0.6 * xy[0] + 0.8 * xy[1]);
        }
        h2.Draw("COLZ");
        c3.cd(2);
        TH1F s1 = new TH1F("nbs1", "signal", 50, 0, 10);
        TH1F s2 = new TH1F("nbs2", "background", 50, 0, 10);
        for (int i = 0; i < 3000; i++) {
            s1.Fill(TRandom.gRandom.Gaus(5, 1));
            s2.Fill(TRandom.gRandom.Exp(4));
        }
        s1.SetFillColor(EColor.kRed - 7);
        s2.SetFillColor(EColor.kBlue - 9);
        THStack stack = new THStack("nbstack", "Signal on background;m [GeV];events");
        stack.Add(s2);
        stack.Add(s1);
        stack.Draw();
        TLegend legend = new TLegend(0.6, 0.7, 0.88, 0.88);
        legend.AddEntry(s1, "signal", "f");
        legend.AddEntry(s2, "background", "f");
        legend.Draw();
        c3.cd(3);
        c3.GetPad(3).SetLogy();
        h.Draw();
        c3.cd(4);
        TF1 sine = new TF1("nbsine", "sin(x)/x", -15, 15);
        sine.Draw();
        new TLatex().DrawLatexNDC(0.55, 0.8, "#frac{sin x}{x}");
        save(c3, "17-notebook-pads");
    }
}
