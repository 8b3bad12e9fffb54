package org.rootprompt.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rootprompt.kernel.cli.KernelClient;
import org.rootprompt.kernel.cli.KernelClient.Response;
import org.rootprompt.kernel.wire.Message;

/** {@code %rootbrowse FILE}: a JSROOT browser of a ROOT file, the file's bytes inside the notebook. */
class RootBrowseIT {
    private static final Path FILE = Path.of("/work/shared/testdata/rootfiles/tcanvas.root");
    private static E2e.Kernel kernel;
    private static KernelClient client;

    @BeforeAll
    static void start() throws Exception {
        kernel = E2e.startJavaKernel("rootbrowse");
        client = kernel.client();
    }

    @AfterAll
    static void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    private static String stderr(Response r) {
        return r.ofType("stream").stream().filter(m -> m.get("name").asText().equals("stderr"))
                .map(m -> m.get("text").asText()).reduce("", String::concat);
    }

    @Test
    void aFileIsShownInJsrootsNotebookBrowserWithItsBytes() throws Exception {
        Response r = client.execute("%rootbrowse " + FILE);
        assertEquals("ok", r.status(), r.toString());
        List<Message> displays = r.ofType("display_data");
        assertEquals(1, displays.size(), r.toString());
        String html = displays.get(0).get("data").path("text/html").asText();
        assertTrue(html.contains("buildGUI(id, 'notebook')"), html);
        Matcher base64 = Pattern.compile("const base64 = \"([A-Za-z0-9+/=]*)\";").matcher(html);
        assertTrue(base64.find(), html);
        assertArrayEquals(Files.readAllBytes(FILE), Base64.getDecoder().decode(base64.group(1)));
    }

    @Test
    void aMissingFileIsReportedAsRootDoes() throws Exception {
        Response r = client.execute("%rootbrowse no_such_file.root");
        assertEquals("ok", r.status(), r.toString());
        assertEquals(0, r.ofType("display_data").size(), r.toString());
        assertTrue(stderr(r).contains("Not able to open file no_such_file.root"), r.toString());
    }

    @Test
    void aFileOverTenMegabytesNeedsForce(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.root");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(10L * 1024 * 1024 + 1); // sparse: costs no disk
        }
        Response refused = client.execute("%rootbrowse " + big);
        assertEquals(0, refused.ofType("display_data").size(), refused.toString());
        assertTrue(stderr(refused).contains("larger than 10 MB"), refused.toString());

        Response shown = client.execute("%rootbrowse " + FILE + " force");
        assertEquals(1, shown.ofType("display_data").size(), shown.toString());
    }
}
