package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * One scene painted three ways: by Java2D into an image, into SVG and into PDF. The vector files
 * are read back by independent readers (the JDK's XML parser, PDFBox's renderer, librsvg when
 * installed) and compared with the Java2D picture pixel by pixel.
 */
class VectorOutputTest {
    static final int W = 800;
    static final int H = 600;
    static final Path OUT = Path.of("target", "vector-output");
    static final Color RED = new Color(0xe0, 0x40, 0x30);
    static final Color BLUE = new Color(0x10, 0x30, 0xa0);
    static final Color GREEN_HALF = new Color(0, 160, 0, 128);
    static final Color ORANGE = new Color(0xff, 0x99, 0x00);
    static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 40);
    /** 16 × 16 pixels: 4 × 4 squares of magenta and cyan, drawn 4 times larger. */
    static final BufferedImage CHECKER = checker();

    static BufferedImage java2d;

    @BeforeAll
    static void paintWithJava2d() throws IOException {
        java2d = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = java2d.createGraphics();
        scene(g);
        g.dispose();
        save("java2d.png", java2d);
    }

    static void scene(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(RED);
        g.fillRect(40, 40, 200, 120);
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {20, 10}, 0));
        g.drawPolyline(new int[] {40, 160, 280, 400, 520}, new int[] {260, 200, 280, 200, 260}, 5);
        g.setColor(GREEN_HALF);
        g.fillOval(180, 100, 160, 160);
        Shape unclipped = g.getClip();
        g.clipRect(420, 60, 150, 100);
        g.setColor(ORANGE);
        g.fillOval(380, 20, 300, 300);
        g.setClip(unclipped);
        g.setColor(Color.BLACK);
        g.setFont(FONT);
        g.drawString("Entries 1000", 60, 400);
        g.drawImage(CHECKER, 600, 300, 64, 64, null);
        // a child graphics with its own transform must not change the parent's
        Graphics2D rotated = (Graphics2D) g.create();
        rotated.rotate(Math.toRadians(30), 650, 480);
        rotated.setStroke(new BasicStroke(3));
        rotated.drawRect(600, 450, 100, 60);
        rotated.dispose();
        // a y-axis title turned by the transform, another by the font's own transform
        Graphics2D title = (Graphics2D) g.create();
        title.rotate(-Math.PI / 2, 30, 560);
        title.setFont(FONT.deriveFont(24f));
        title.drawString("Events / bin", 30, 560);
        title.dispose();
        g.setFont(FONT.deriveFont(java.awt.geom.AffineTransform.getRotateInstance(Math.toRadians(-30))).deriveFont(24f));
        g.drawString("Slanted", 400, 560);
        g.fillRect(700, 40, 40, 40);
    }

    @Test
    void svgIsWellFormedStandaloneAndHoldsTheScene() throws Exception {
        String svg = VectorOutput.svg(W, H, VectorOutputTest::scene);
        Files.writeString(OUT.resolve("scene.svg"), svg);
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("1.1", root.getAttribute("version"));
        assertEquals("800", root.getAttribute("width"));
        assertEquals("600", root.getAttribute("height"));
        assertEquals("0 0 800 600", root.getAttribute("viewBox"));
        assertEquals(0, doc.getElementsByTagNameNS("*", "text").getLength(), "text is outlines");

        // the rectangle's corners, by hand: (40, 40) to (240, 160), as Rectangle2D walks them
        Element rect = path(doc, "M40 40L240 40L240 160L40 160L40 40Z");
        assertEquals("#e04030", rect.getAttribute("fill"));
        assertEquals("", rect.getAttribute("fill-opacity"));

        Element dashed = path(doc, "M40 260L160 200L280 280L400 200L520 260");
        assertEquals("none", dashed.getAttribute("fill"));
        assertEquals("#1030a0", dashed.getAttribute("stroke"));
        assertEquals("4", dashed.getAttribute("stroke-width"));
        assertEquals("20 10", dashed.getAttribute("stroke-dasharray"));
        assertEquals("round", dashed.getAttribute("stroke-linejoin"));
        assertEquals("", dashed.getAttribute("stroke-linecap"), "butt, SVG's default");

        // alpha 128 of 255 = 0.50196 → three decimals
        List<Element> halfGreen = elements(doc, "path", e -> "#00a000".equals(e.getAttribute("fill")));
        assertEquals(1, halfGreen.size());
        assertEquals("0.502", halfGreen.get(0).getAttribute("fill-opacity"));

        NodeList clips = doc.getElementsByTagNameNS("*", "clipPath");
        assertEquals(1, clips.getLength());
        Element clip = (Element) clips.item(0);
        assertEquals("M420 60L570 60L570 160L420 160L420 60Z",
                ((Element) clip.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d"));
        Element orange = elements(doc, "path", e -> "#ff9900".equals(e.getAttribute("fill"))).get(0);
        assertEquals("url(#" + clip.getAttribute("id") + ")", orange.getAttribute("clip-path"));

        // the text: black outlines within the box that Java2D's metrics give the string
        var metrics = java2d.createGraphics().getFontMetrics(FONT);
        Rectangle2D textBox = new Rectangle2D.Double(60 - 2, 400 - metrics.getAscent(),
                metrics.stringWidth("Entries 1000") + 4, metrics.getAscent() + metrics.getDescent());
        List<Element> glyphs = elements(doc, "path", e -> "#000000".equals(e.getAttribute("fill"))
                && !e.getAttribute("d").equals("M700 40L740 40L740 80L700 80L700 40Z"));
        assertEquals(3, glyphs.size(), "one path for each string");
        double[] box = bounds(glyphs.get(0).getAttribute("d"));
        assertTrue(textBox.contains(box[0], box[1]) && textBox.contains(box[2], box[3]),
                () -> java.util.Arrays.toString(box) + " outside " + textBox);
        assertTrue(box[2] - box[0] > 0.9 * metrics.stringWidth("Entries 1000"));

        Element image = elements(doc, "image", e -> true).get(0);
        assertEquals("matrix(4 0 0 4 600 300)", image.getAttribute("transform"));
        String href = image.getAttributeNS("http://www.w3.org/1999/xlink", "href");
        assertTrue(href.startsWith("data:image/png;base64,"));
        BufferedImage embedded = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1))));
        assertEquals(16, embedded.getWidth());
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                assertEquals(CHECKER.getRGB(x, y), embedded.getRGB(x, y));
            }
        }

        // standalone: the only references are to the document's own ids and data
        assertFalse(svg.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")
                .replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "").contains("http"));
        assertFalse(svg.matches("(?s).*url\\([^#].*"));
    }

    @Test
    void svgLooksLikeJava2dWhenLibrsvgRendersIt() throws Exception {
        Path rsvg = onPath("rsvg-convert");
        Assumptions.assumeTrue(rsvg != null, "rsvg-convert is not installed");
        Path svgFile = OUT.resolve("scene-for-rsvg.svg");
        Path png = OUT.resolve("svg-by-rsvg.png");
        Files.writeString(svgFile, VectorOutput.svg(W, H, VectorOutputTest::scene));
        Process p = new ProcessBuilder(rsvg.toString(), "-o", png.toString(), svgFile.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        BufferedImage rendered = ImageIO.read(png.toFile());
        assertEquals(W, rendered.getWidth());
        assertLooksLikeJava2d(rendered, "SVG by librsvg");
    }

    @Test
    void pdfIsOnePageOfTheCanvasSizeAndLooksLikeJava2d() throws Exception {
        byte[] pdf = VectorOutput.pdf(W, H, VectorOutputTest::scene);
        Files.write(OUT.resolve("scene.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(600, page.getMediaBox().getWidth(), 1e-4, "800 px at 0.75 pt");
            assertEquals(450, page.getMediaBox().getHeight(), 1e-4);
            assertFalse(page.getResources().getFontNames().iterator().hasNext(), "text is outlines, no fonts");
            assertTrue(page.getResources().getXObjectNames().iterator().hasNext(), "the image");
            assertTrue(page.getResources().getExtGStateNames().iterator().hasNext(), "the alpha");
            // 72 pt per inch → 96 pixels per inch gives back 800 × 600
            PDFRenderer renderer = new PDFRenderer(doc);
            // PDFBox's default stroke normalisation moves lines; the Java2D picture has pure strokes
            RenderingHints hints = renderer.getRenderingHints() == null ? new RenderingHints(null) : renderer.getRenderingHints();
            hints.put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            renderer.setRenderingHints(hints);
            BufferedImage rendered = renderer.renderImageWithDPI(0, 96, ImageType.RGB);
            save("pdf-by-pdfbox.png", rendered);
            assertEquals(W, rendered.getWidth());
            assertEquals(H, rendered.getHeight());
            assertLooksLikeJava2d(rendered, "PDF by PDFBox");
        }
    }

    /** Not a benchmark (that lives in bench/): a note of what one canvas costs in each format. */
    @Test
    void notesTheTimeToWriteEachFormat() throws IOException {
        long png = 0, svg = 0, pdf = 0;
        int svgSize = 0, pdfSize = 0, pngSize = 0;
        for (int round = 0; round < 3; round++) { // the last round, after the warm-up, counts
            long t0 = System.nanoTime();
            BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            scene(g);
            g.dispose();
            ByteArrayOutputStream pngBytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", pngBytes);
            long t1 = System.nanoTime();
            svgSize = VectorOutput.svg(W, H, VectorOutputTest::scene).length();
            long t2 = System.nanoTime();
            pdfSize = VectorOutput.pdf(W, H, VectorOutputTest::scene).length;
            long t3 = System.nanoTime();
            png = t1 - t0;
            svg = t2 - t1;
            pdf = t3 - t2;
            pngSize = pngBytes.size();
        }
        System.out.printf("800x600 scene: PNG %.1f ms (%d bytes), SVG %.1f ms (%d chars), PDF %.1f ms (%d bytes)%n",
                png / 1e6, pngSize, svg / 1e6, svgSize, pdf / 1e6, pdfSize);
        assertTrue(svgSize > 0 && pdfSize > 0);
    }

    /**
     * The pictures agree block by block: the mean colour of each 8 × 8 block with ink is within
     * 24 of 255 per channel of the Java2D one, but for a few blocks. Renderers differ in how they
     * antialias edges and glyphs and smooth enlarged images, which averages out in a block, while a
     * missing, misplaced or miscoloured mark does not.
     */
    static void assertLooksLikeJava2d(BufferedImage rendered, String what) throws IOException {
        int inked = 0, off = 0;
        BufferedImage diff = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < H; y += BLOCK) {
            for (int x = 0; x < W; x += BLOCK) {
                int e = blockMean(java2d, x, y), a = blockMean(rendered, x, y);
                boolean ink = e != 0xffffff || a != 0xffffff;
                boolean far = channelDistance(e, a) > 24;
                inked += ink ? 1 : 0;
                off += far ? 1 : 0;
                int mark = far ? 0xff0000 : ink ? 0xc0c0c0 : 0xffffff;
                for (int v = y; v < y + BLOCK; v++) {
                    for (int u = x; u < x + BLOCK; u++) {
                        diff.setRGB(u, v, mark);
                    }
                }
            }
        }
        save("diff-" + what.replace(' ', '-') + ".png", diff);
        String report = String.format("%s: %d of %d inked 8x8 blocks differ (%.2f%%)", what, off, inked, 100.0 * off / inked);
        System.out.println(report);
        assertTrue(inked > 800, "the scene is there");
        assertTrue(off < 0.01 * inked, report);
    }

    static final int BLOCK = 8;

    static int blockMean(BufferedImage image, int x, int y) {
        int r = 0, g = 0, b = 0;
        for (int v = y; v < y + BLOCK; v++) {
            for (int u = x; u < x + BLOCK; u++) {
                int rgb = image.getRGB(u, v);
                r += (rgb >> 16) & 0xff;
                g += (rgb >> 8) & 0xff;
                b += rgb & 0xff;
            }
        }
        int n = BLOCK * BLOCK;
        return Math.round(r / (float) n) << 16 | Math.round(g / (float) n) << 8 | Math.round(b / (float) n);
    }

    static int channelDistance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        }
        return d;
    }

    static BufferedImage checker() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                image.setRGB(x, y, ((x / 4 + y / 4) % 2 == 0) ? 0xffff00ff : 0xff00c0c0);
            }
        }
        return image;
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static Element path(Document doc, String d) {
        List<Element> found = elements(doc, "path", e -> d.equals(e.getAttribute("d")));
        assertEquals(1, found.size(), "path " + d);
        return found.get(0);
    }

    static List<Element> elements(Document doc, String name, java.util.function.Predicate<Element> test) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", name);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getParentNode().getLocalName().equals("svg") || e.getParentNode().getLocalName().equals("g")) {
                if (test.test(e)) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    /** xmin, ymin, xmax, ymax of all the numbers of a path (control points included). */
    static double[] bounds(String d) {
        String[] numbers = d.replaceAll("[MLQCZ]", " ").trim().split("\\s+");
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i + 1 < numbers.length; i += 2) {
            double x = Double.parseDouble(numbers[i]), y = Double.parseDouble(numbers[i + 1]);
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
        return box;
    }

    static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static void save(String name, BufferedImage image) throws IOException {
        Files.createDirectories(OUT);
        ImageIO.write(image, "png", OUT.resolve(name).toFile());
    }
}
