package org.rootprompt.display.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.gpad.TCanvas;

class SaveAsTest {
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        ErrorHandler.setHandler(null);
    }

    @Test
    void saveAsPngWritesThePictureAtTheCanvasSizeWithRootsMessage() throws Exception {
        List<String> messages = new ArrayList<>();
        ErrorHandler.setHandler((level, location, text) -> messages.add(location + ": " + text));
        TCanvas c = new TCanvas("save_c", "c", 320, 240);
        Path file = dir.resolve("c.png");
        c.SaveAs(file.toString());
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(320, image.getWidth());
        assertEquals(240, image.getHeight());
        assertEquals(List.of("TCanvas::Print: png file " + file + " has been created"), messages);
        c.Close();
    }

    @Test
    void unknownFormatsAreRefusedClearly() {
        List<String> messages = new ArrayList<>();
        ErrorHandler.setHandler((level, location, text) -> messages.add(location + ": " + text));
        TCanvas c = new TCanvas("save_d", "d", 320, 240);
        Path file = dir.resolve("c.xyz");
        c.SaveAs(file.toString());
        assertFalse(Files.exists(file));
        assertEquals(1, messages.size());
        assertEquals(true, messages.get(0).startsWith("TCanvas::SaveAs: cannot save"), messages.toString());
        c.SaveAs(dir.resolve("c.C").toString());
        assertEquals(true, messages.get(1).contains("not supported"), messages.toString());
        c.Close();
    }

    @Test
    void saveAsSvgAndPdfWriteVectorFiles() throws Exception {
        TCanvas c = new TCanvas("save_v", "v", 400, 300);
        Path svg = dir.resolve("c.svg");
        Path pdf = dir.resolve("c.pdf");
        c.SaveAs(svg.toString());
        c.SaveAs(pdf.toString());
        String text = Files.readString(svg);
        assertEquals(true, text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        assertEquals(true, text.contains("width=\"400\""), text.substring(0, 200));
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        c.Close();
    }

    @Test
    void saveAsJsonWritesTheCanvasAsJsrootReadsIt() throws Exception {
        List<String> messages = new ArrayList<>();
        ErrorHandler.setHandler((level, location, text) -> messages.add(location + ": " + text));
        TCanvas c = new TCanvas("save_j", "j", 400, 300);
        Path json = dir.resolve("c.json");
        c.SaveAs(json.toString());
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertEquals("TCanvas", tree.path("_typename").asText());
        assertEquals("save_j", tree.path("fName").asText());
        assertEquals(List.of("TCanvas::Print: ROOT JSON file " + json + " has been created"), messages);
        c.Close();
    }
}
