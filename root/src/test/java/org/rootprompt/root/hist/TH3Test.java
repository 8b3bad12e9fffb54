package org.rootprompt.root.hist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TROOT;

/**
 * Expected numbers from {@code python3 bench/reference/th3_reference.py} (numpy on the raw points,
 * output of 2026-11-25 pasted below), or by hand where the comment says so.
 */
class TH3Test {
    @BeforeEach
    void emptyTheTopDirectory() {
        TROOT.gROOT.Reset();
    }

    /** The 30 weighted points of th3_reference.py; 9 of them fall in an under/overflow. */
    private static TH3D points() {
        TH3D h = new TH3D("h3", "three", 4, 0, 4, 3, 0, 3, 2, 0, 2);
        for (int i = 0; i < 30; i++) {
            double x = (i * 0.37) % 4.6 - 0.3;
            double y = (i * 0.53) % 3.4 - 0.2;
            double z = (i * 0.29) % 2.3 - 0.1;
            h.Fill(x, y, z, 1 + 0.5 * (i % 3));
        }
        return h;
    }

    private static String captured(boolean stderr, Runnable action) {
        PrintStream saved = stderr ? System.err : System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        if (stderr) {
            System.setErr(capture);
        } else {
            System.setOut(capture);
        }
        try {
            action.run();
        } finally {
            if (stderr) {
                System.setErr(saved);
            } else {
                System.setOut(saved);
            }
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void momentsFromTheFillTimeSums() {
        TH3D h = points();
        assertEquals(30, h.GetEntries());
        assertEquals(1.8009375, h.GetMean(1), 1e-13);
        assertEquals(1.3396875000000006, h.GetMean(2), 1e-13);
        assertEquals(1.0940625, h.GetMean(3), 1e-13);
        assertEquals(1.187425943414473, h.GetStdDev(1), 1e-13);
        assertEquals(0.7950431764022313, h.GetStdDev(2), 1e-13);
        assertEquals(0.5772638011288687, h.GetStdDev(3), 1e-13);
        assertEquals(0.13070855037649706, h.GetMean(13), 1e-13);
        assertEquals(0.12729325445946557, h.GetStdDev(12), 1e-13);
        assertEquals(0.12334306640625048, h.GetCovariance(1, 3), 1e-13);
        assertEquals(0.12334306640625048, h.GetCovariance(3, 1), 1e-13);
        assertEquals(-0.08322395669262089, h.GetCorrelationFactor(2, 3), 1e-12);
        assertEquals(1, h.GetCorrelationFactor(2, 2));
        assertEquals(0.7950431764022313 * 0.7950431764022313, h.GetCovariance(2, 2), 1e-13);
        String err = captured(true, () -> assertEquals(0, h.GetCovariance(1, 4)));
        assertEquals("Error in <TH3D::GetCovariance>: Wrong parameters\n", err);
    }

    @Test
    void cellsAndIntegrals() {
        TH3D h = points();
        assertEquals(1 + 6 * (1 + 5 * 1), h.GetBin(1, 1, 1), "bin = binx + (nx+2)(biny + (ny+2) binz)");
        assertEquals(h.GetBin(5, 4, 3), h.GetBin(9, 9, 9), "clamped to the overflow");
        assertEquals(h.GetBin(1, 1, 2), h.FindBin(0.5, 0.5, 1.5));
        assertEquals(4.5, h.GetBinContent(1, 1, 1));
        assertEquals(3.0, h.GetBinContent(1, 1, 2));
        assertEquals(1.0, h.GetBinContent(1, 2, 1));
        assertEquals(32.0, h.Integral(1, 4, 1, 3, 1, 2), 1e-12);
        assertEquals(32.0, h.Integral(), 1e-12);
        assertEquals(32.0, h.GetSumOfWeights(), 1e-12);
        assertEquals(11.0, h.Integral(2, 3, 0, 4, 2, 2), 1e-12);
        // hand computation: 2 in a cell of 1 x 2 x 0.5 and 3 in a cell of 2 x 2 x 0.5
        TH3F v = new TH3F("v", "", 2, new double[] {0, 1, 3}, 1, new double[] {0, 2}, 1, new double[] {0, 0.5});
        v.Fill(0.5, 1, 0.25, 2);
        v.Fill(2, 1, 0.25, 3);
        assertEquals(2 * 1.0 + 3 * 2.0, v.Integral("width"), 1e-12);
        assertEquals(Math.sqrt(4), v.GetBinError(1, 1, 1), 1e-12);
    }

    @Test
    void projectionsAlongOneAxis() {
        TH3D h = points();
        TH1D px = h.ProjectionX();
        assertEquals("h3_px", px.GetName());
        assertEquals("three ( Projection X )", px.GetTitle());
        double[] expected = {4.0, 12.0, 11.0, 8.0, 9.0, 1.0};
        double[] errors = {2.345207879911715, 4.415880433163924, 4.301162633521313, 3.6742346141747673,
            3.8078865529319543, 1.0};
        for (int bin = 0; bin <= 5; bin++) {
            assertEquals(expected[bin], px.GetBinContent(bin), 1e-12, "bin " + bin);
            assertEquals(errors[bin], px.GetBinError(bin), 1e-12, "error of bin " + bin);
        }
        // the flows hold weights that the statistics never counted: ROOT recomputes them from the bins
        assertEquals(24.242424242424242, px.GetEntries(), 1e-9);
        TH1D pz = h.ProjectionZ("pz", 1, 4, 1, 3);
        assertEquals("pz", pz.GetName());
        assertEquals(4.5, pz.GetBinContent(0), 1e-12);
        assertEquals(13.0, pz.GetBinContent(1), 1e-12);
        assertEquals(19.0, pz.GetBinContent(2), 1e-12);
        assertEquals(0.0, pz.GetBinContent(3), 1e-12);
    }

    @Test
    void aProjectionThatKeepsEveryWeightKeepsTheStatistics() {
        // hand computation: three points inside, nothing in the flows, none at its bin centre
        TH3F h = new TH3F("k", "", 2, 0, 2, 2, 0, 2, 2, 0, 2);
        h.Fill(0.2, 0.2, 1.9);
        h.Fill(1.3, 0.6, 0.1);
        h.Fill(1.7, 1.5, 0.3);
        double meanY = (0.2 + 0.6 + 1.5) / 3; // bin centres would give (0.5 + 0.5 + 1.5) / 3
        double meanZ = (1.9 + 0.1 + 0.3) / 3; // bin centres would give (1.5 + 0.5 + 0.5) / 3
        TH1D py = h.ProjectionY();
        assertEquals(meanY, py.GetMean(), 1e-7, "the unbinned mean of y, not bin centres");
        assertEquals(3, py.GetEntries());
        TH2D zy = (TH2D) h.Project3D("zy");
        assertEquals("k_zy", zy.GetName());
        assertEquals(" zy projection", zy.GetTitle());
        assertEquals(meanY, zy.GetMean(1), 1e-7, "x of a zy projection is y");
        assertEquals(meanZ, zy.GetMean(2), 1e-7, "y of a zy projection is z");
        double cov = (0.2 * 1.9 + 0.6 * 0.1 + 1.5 * 0.3) / 3 - meanY * meanZ;
        assertEquals(cov, zy.GetCovariance(), 1e-6);
        assertEquals(3, zy.GetEntries());
    }

    @Test
    void project3DNamesAndOrientation() {
        TH3D h = points();
        TH2D yx = (TH2D) h.Project3D("yx");
        assertEquals("h3_yx", yx.GetName());
        assertEquals(4, yx.GetNbinsX(), "yx: x horizontal");
        assertEquals(3, yx.GetNbinsY(), "yx: y vertical");
        assertEquals(3.0, yx.GetBinContent(4, 3), 1e-12);
        TH2D xz = (TH2D) h.Project3D("xze");
        assertEquals("h3_xz", xz.GetName());
        assertEquals(2, xz.GetNbinsX(), "xz: z horizontal");
        assertEquals(1.5, xz.GetBinContent(1, 3), 1e-12);
        assertEquals(1.5, xz.GetBinContent(2, 0), 1e-12);
        TH1 x = h.Project3D("x");
        assertEquals("h3_x", x.GetName());
        assertEquals(12.0, x.GetBinContent(1), 1e-12);
        h.GetXaxis().SetRange(2, 3);
        h.GetYaxis().SetRange(1, 2);
        TH1 z = h.Project3D("z");
        assertEquals(0.0, z.GetBinContent(1), 1e-12, "summed over the axis ranges only");
        assertEquals(8.0, z.GetBinContent(2), 1e-12);
        String err = captured(true, () -> assertNull(h.Project3D("e")));
        assertEquals("Error in <TH3D::Project3D>: No projection axis specified - return a NULL pointer\n", err);
    }

    @Test
    void scaleAddResetCloneAndPrint() {
        TH3I h = new TH3I("p", "", 1, 0, 1, 1, 0, 1, 1, 0, 1);
        h.Fill(0.5, 0.5, 0.5);
        h.Fill(0.5, 0.5, 0.5);
        h.Fill(2, 0.5, 0.5);
        TH3I copy = h.Clone();
        copy.Add(h, 2);
        assertEquals(6, copy.GetBinContent(1, 1, 1));
        assertEquals(9, copy.GetEntries());
        copy.Scale(0.5);
        assertEquals(3, copy.GetBinContent(1, 1, 1));
        assertEquals(0.5, copy.GetMean(3), 1e-15);
        h.Reset();
        assertEquals(0, h.GetEntries());
        assertEquals(0, h.GetMean(3));
        assertEquals(6, copy.GetBinContent(1, 1, 1) * 2, "the clone owns its cells");
        String err = captured(true, () -> assertEquals(-1, h.Fill(0.5)));
        assertEquals("Error in <TH3I::Fill>: Invalid signature - do nothing\n", err);

        TH3D small = new TH3D("s", "", 1, 0, 1, 1, 0, 2, 1, 0, 4);
        small.Fill(0.5, 1, 2);
        String out = captured(false, () -> small.Print("all"));
        String[] lines = out.split("\n");
        assertEquals("TH1.Print Name  = s, Entries= 1, Total sum= 1", lines[0]);
        assertEquals(1 + 27, lines.length);
        assertEquals(" fSumw[0][0][0]=0, x=-0.5, y=-1, z=-2", lines[1]);
        assertEquals(" fSumw[1][1][1]=1, x=0.5, y=1, z=2", lines[1 + 1 + 3 * (1 + 3 * 1)]);
        small.Sumw2();
        assertTrue(captured(false, () -> small.Print("range")).endsWith(" fSumw[1][1][1]=1, x=0.5, y=1, z=2, error=1\n"));
    }
}
