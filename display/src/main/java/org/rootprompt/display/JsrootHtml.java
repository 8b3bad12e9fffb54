package org.rootprompt.display;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTML that draws an object with JSROOT in a notebook, structured as ROOT's own notebooks do: a
 * div of the canvas's size and a script that finds JSROOT (already loaded, through requirejs in the
 * classic Notebook, or by importing its bundle in JupyterLab and Notebook 7, trying each location
 * in turn) and draws the object's JSON into the div.
 */
public final class JsrootHtml {
    /** The newest JSROOT 7 on CERN's server, and its mirror at GSI. */
    public static final List<String> DEFAULT_SERVERS = List.of("https://root.cern/js/7.11.2/", "https://jsroot.gsi.de/7.11.2/");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private JsrootHtml() {}

    /**
     * The HTML for one object's JSON (TBufferJSON form), drawn w × h pixels with JSROOT draw option
     * {@code option}; {@code servers} are JSROOT base URLs (ending in "/"), tried in order, a relative
     * one ("kernelspecs/root/jsroot/") being taken from the notebook server's base URL (which is not "/"
     * behind JupyterHub or with {@code --NotebookApp.base_url}).
     */
    public static String html(String objectJson, int w, int h, String option, List<String> servers) {
        String id = newId("root_plot_");
        return "<div id=\"" + id + "\" style=\"width: " + w + "px; height: " + h + "px; position: relative\"></div>\n"
                + withJsroot(id, "  const json = " + js(objectJson) + ";\n",
                        "    Core.settings.HandleKeys = false;\n"
                        + "    Core.settings.PreferSavedPoints = true;\n"
                        + "    Core.draw(id, Core.parse(json), " + js(option) + ");\n", servers);
    }

    /**
     * The HTML of a JSROOT file browser for one ROOT file, as ROOT's {@code %rootbrowse}: the file's
     * bytes travel base64 in the page (the browser cannot reach the kernel's disk), JSROOT's GUI is
     * built in notebook mode and opens them. {@code fileName} is only shown while loading.
     */
    public static String fileBrowser(byte[] fileBytes, String fileName, List<String> servers) {
        String id = newId("root_browser_");
        // buildGUI in notebook mode fills its div absolutely, so a sized box around it holds the place
        return "<div style=\"width: 100%; height: 600px; position: relative\">"
                + "<div id=\"" + id + "\">Opening " + escapeHtml(fileName) + " ...</div></div>\n"
                + withJsroot(id, "  const base64 = " + js(Base64.getEncoder().encodeToString(fileBytes)) + ";\n",
                        "    const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));\n"
                        + "    Core.buildGUI(id, 'notebook').then(gui => gui.openRootFile(bytes.buffer));\n", servers);
    }

    private static String newId(String prefix) {
        return prefix + System.currentTimeMillis() + "_" + SEQUENCE.incrementAndGet();
    }

    /**
     * The script that finds JSROOT (already loaded, through requirejs in the classic Notebook, or by
     * importing its bundle, trying each server in turn) and runs {@code useJsroot} with it as
     * {@code Core}, after {@code declarations}; the element's id is in {@code id}.
     */
    private static String withJsroot(String id, String declarations, String useJsroot, List<String> servers) {
        List<String> bases = new ArrayList<>(servers.isEmpty() ? DEFAULT_SERVERS : servers);
        return "<script>\n"
                + "(function () {\n"
                + "  const id = " + js(id) + ";\n"
                + declarations
                + "  function show(Core) {\n"
                + useJsroot
                + "  }\n"
                + "  if (typeof JSROOT !== 'undefined' && JSROOT.draw) { show(JSROOT); return; }\n"
                // JupyterLab and Notebook 7 keep the base URL in a JSON script, the classic Notebook on <body>
                + "  const config = document.getElementById('jupyter-config-data');\n"
                + "  const base = (config ? JSON.parse(config.textContent).baseUrl : document.body.dataset.baseUrl) || '/';\n"
                + "  const servers = " + jsArray(bases) + ".map(s => /^[a-z]+:/.test(s) || s.startsWith('/') ? s : base + s);\n"
                + "  if (typeof requirejs !== 'undefined') {\n"
                + "    requirejs.config({paths: {jsroot: servers.map(s => s + 'build/jsroot')}});\n"
                + "    requirejs(['jsroot'], show);\n"
                + "    return;\n"
                + "  }\n"
                + "  (function load(i) {\n"
                + "    if (i >= servers.length) {\n"
                + "      document.getElementById(id).textContent = 'Failed to load JSROOT from ' + servers.join(', ');\n"
                + "      return;\n"
                + "    }\n"
                + "    import(servers[i] + 'build/jsroot.js').then(() => show(globalThis.JSROOT), () => load(i + 1));\n"
                + "  })(0);\n"
                + "})();\n"
                + "</script>\n";
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A JavaScript string literal that is also safe inside an HTML script element. */
    static String js(String text) {
        try {
            return JSON.writeValueAsString(text).replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a String always serialises
        }
    }

    private static String jsArray(List<String> items) {
        List<String> quoted = new ArrayList<>();
        for (String s : items) {
            quoted.add(js(s));
        }
        return "[" + String.join(", ", quoted) + "]";
    }
}
