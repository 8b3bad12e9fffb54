package org.rootprompt.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsrootHtmlTest {

    @Test
    void aDivOfTheCanvasSizeAndAScriptThatDrawsIntoIt() {
        String html = JsrootHtml.html("{\"_typename\":\"TH1F\"}", 800, 600, "", List.of());
        Matcher div = Pattern.compile("<div id=\"(root_plot_[0-9_]+)\" style=\"width: 800px; height: 600px; position: relative\"></div>")
                .matcher(html);
        assertTrue(div.find(), html);
        assertTrue(html.contains("const id = \"" + div.group(1) + "\";"), "the script draws into that div");
        assertTrue(html.contains("Core.draw(id, Core.parse(json), \"\")"), html);
        assertTrue(html.contains("\"https://root.cern/js/7.11.2/\", \"https://jsroot.gsi.de/7.11.2/\""), html);
        assertTrue(html.contains("Core.settings.HandleKeys = false"), "JSROOT must not take the notebook's keys");
    }

    @Test
    void everyOutputHasItsOwnDiv() {
        String a = JsrootHtml.html("{}", 10, 10, "", List.of());
        String b = JsrootHtml.html("{}", 10, 10, "", List.of());
        assertFalse(a.substring(0, a.indexOf("</div>")).equals(b.substring(0, b.indexOf("</div>"))));
    }

    @Test
    void theJsonCannotEndTheScriptEarly() {
        String html = JsrootHtml.html("{\"fTitle\":\"</script><b>x</b>\"}", 10, 10, "", List.of());
        assertEquals(1, html.split("</script>", -1).length - 1, "only the real end tag: " + html);
        assertTrue(html.contains("<\\/script>"));
    }

    @Test
    void relativeServersAreTakenFromTheNotebookServersBaseUrl() {
        String html = JsrootHtml.html("{}", 10, 10, "", List.of("kernelspecs/root/jsroot/", "https://example.org/js/"));
        assertTrue(html.contains("[\"kernelspecs/root/jsroot/\", \"https://example.org/js/\"].map("), html);
        assertTrue(html.contains("jupyter-config-data"), "JupyterLab and Notebook 7: " + html);
        // the classic Notebook has no jupyter-config-data; kernel's BrowserIT checks it under a base URL /rp/
        assertTrue(html.contains("document.body.dataset.baseUrl"), "classic Notebook: " + html);
    }

    @Test
    void theFileBrowserCarriesTheFilesBytesAndOpensThemInJsrootsNotebookGui() throws Exception {
        byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/work/shared/testdata/rootfiles/gauss-h1.root"));
        String html = JsrootHtml.fileBrowser(file, "gauss-h1.root", List.of());
        Matcher div = Pattern.compile("<div id=\"(root_browser_[0-9_]+)\">Opening gauss-h1.root ...</div>").matcher(html);
        assertTrue(div.find(), html);
        assertTrue(html.contains("const id = \"" + div.group(1) + "\";"), "the GUI is built in that div");
        Matcher base64 = Pattern.compile("const base64 = \"([A-Za-z0-9+/=]*)\";").matcher(html);
        assertTrue(base64.find(), "the bytes as base64");
        assertArrayEquals(file, java.util.Base64.getDecoder().decode(base64.group(1)));
        assertTrue(html.contains("Core.buildGUI(id, 'notebook').then(gui => gui.openRootFile(bytes.buffer))"), html);
    }

    @Test
    void theFileNameIsShownAsText() {
        String html = JsrootHtml.fileBrowser(new byte[0], "<b>a&b</b>.root", List.of());
        assertTrue(html.contains("Opening &lt;b&gt;a&amp;b&lt;/b&gt;.root ..."), html);
    }
}
