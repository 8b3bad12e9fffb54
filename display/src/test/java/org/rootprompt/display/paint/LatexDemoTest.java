package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Writes target/latex-demo.png and target/latex-closeup.png, sheets of TLatex samples to look at (TLatex's own documentation examples). */
class LatexDemoTest {
    private static final String[] SAMPLES = {
        "x^{2y}  x_{2y}  x^{y^{2}}  x^{y_{1}}  x^{y}_{1}  {}^{40}_{20}Ca  f_{E}/f_{E}",
        "x = #frac{y+z/2}{y^{2}+1}   #splitline{21 April 2003}{14:02:30}   #sqrt{10} #sqrt[3]{10}",
        "#alpha#beta#gamma#delta#epsilon#varepsilon #Gamma#Delta#Theta#Lambda#Xi#Pi#Sigma#Phi#Psi#Omega",
        "#pm #mp #times #cdot #leq #geq #neq #approx #infty #rightarrow #leftarrow #partial #nabla #circ #degree",
        "#perp #propto #equiv #ell #hbar #in #notin #subset #cup #cap #forall #exists #prod #unknown",
        "#bar{a} #vec{a} #dot{a} #ddot{a} #hat{a} #check{a} #tilde{a} #acute{a} #grave{a} #slash{E}_{T}",
        "#bf{bold}, #it{italic}, #bf{#it{bold italic}}, #color[2]{Red} #color[4]{Blue} #scale[1.2]{Big} #font[12]{abc}",
        "C(x) = d #sqrt{#frac{2}{#lambdaD}}  #int^{x}_{0}cos(#frac{#pi}{2}t^{2})dt",
        "F(t) = #sum_{i=-#infty}^{#infty}A(i)cos#[]{#frac{i}{t+i}}   #left| #frac{1}{1 - #Delta#alpha} #right|^{2}",
        "e^{+}e^{-}#rightarrowZ^{0}#rightarrowI#bar{I}, q#bar{q}  #left(#frac{a}{b}#right) #left{x#right} #||{y}",
    };

    /** Brackets, roots and limits large enough to judge their shapes. */
    private static final String[] CLOSE_UP = {
        "#left{x#right} #left[#frac{a}{b}#right] #left(x^{2}#right) #sqrt{#frac{a}{b}}",
        "#sum_{i=-#infty}^{#infty} #int_{0}^{1} #hat{x}#vec{v}#tilde{n}#dot{q}",
    };

    @Test
    void writesTheCloseUp() throws IOException {
        BufferedImage image = new BufferedImage(1000, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < CLOSE_UP.length; i++) {
            LatexText.parse(CLOSE_UP[i]).draw(g, 10, 110 + 200 * i, 11, 0, 42, 60, 1);
        }
        g.dispose();
        assertTrue(write(image, "latex-closeup.png") > 1000, "the close-up has content");
    }

    @Test
    void writesTheSampleSheet() throws IOException {
        int width = 1000;
        int rowHeight = 70;
        BufferedImage image = new BufferedImage(width, rowHeight * (SAMPLES.length + 2), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        double size = 22;
        for (int i = 0; i < SAMPLES.length; i++) {
            double y = rowHeight * (i + 0.7);
            LatexText sample = LatexText.parse(SAMPLES[i]);
            assertNull(sample.syntaxError(), SAMPLES[i]);
            sample.draw(g, 10, y, 11, 0, 42, size, 1);
        }
        double y = rowHeight * (SAMPLES.length + 1);
        g.setColor(Color.LIGHT_GRAY);
        g.draw(new Line2D.Double(0, y, width, y));
        g.draw(new Line2D.Double(500, y - 60, 500, y + 60));
        LatexText.parse("#alpha^{2}_{ij} centred 22").draw(g, 500, y, 22, 0, 42, size, 4);
        LatexText.parse("rotated 90").draw(g, 900, y, 12, 90, 62, size, 2);
        LatexText.parse("right, top 33").draw(g, 300, y, 33, 0, 42, size, 1);
        g.dispose();
        assertTrue(write(image, "latex-demo.png") > 1000, "the sheet has content");
    }

    private static long write(BufferedImage image, String name) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
        return Files.size(out);
    }
}
