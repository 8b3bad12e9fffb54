package org.rootprompt.display;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
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
        String id = "root_plot_" + System.currentTimeMillis() + "_" + SEQUENCE.incrementAndGet();
        List<String> bases = new ArrayList<>(servers.isEmpty() ? DEFAULT_SERVERS : servers);
        return "<div id=\"" + id + "\" style=\"width: " + w + "px; height: " + h + "px; position: relative\"></div>\n"
                + "<script>\n"
                + "(function () {\n"
                + "  const id = " + js(id) + ";\n"
                + "  const json = " + js(objectJson) + ";\n"
                + "  function drawPlot(Core) {\n"
                + "    Core.settings.HandleKeys = false;\n"
                + "    Core.settings.PreferSavedPoints = true;\n"
                + "    Core.draw(id, Core.parse(json), " + js(option) + ");\n"
                + "  }\n"
                + "  if (typeof JSROOT !== 'undefined' && JSROOT.draw) { drawPlot(JSROOT); return; }\n"
                // JupyterLab and Notebook 7 keep the base URL in a JSON script, the classic Notebook on <body>
                + "  const config = document.getElementById('jupyter-config-data');\n"
                + "  const base = (config ? JSON.parse(config.textContent).baseUrl : document.body.dataset.baseUrl) || '/';\n"
                + "  const servers = " + jsArray(bases) + ".map(s => /^[a-z]+:/.test(s) || s.startsWith('/') ? s : base + s);\n"
                + "  if (typeof requirejs !== 'undefined') {\n"
                + "    requirejs.config({paths: {jsroot: servers.map(s => s + 'build/jsroot')}});\n"
                + "    requirejs(['jsroot'], drawPlot);\n"
                + "    return;\n"
                + "  }\n"
                + "  (function load(i) {\n"
                + "    if (i >= servers.length) {\n"
                + "      document.getElementById(id).textContent = 'Failed to load JSROOT from ' + servers.join(', ');\n"
                + "      return;\n"
                + "    }\n"
                + "    import(servers[i] + 'build/jsroot.js').then(() => drawPlot(globalThis.JSROOT), () => load(i + 1));\n"
                + "  })(0);\n"
                + "})();\n"
                + "</script>\n";
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
