package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;

/**
 * An independent reader reads our files: JSROOT 7.11.2 under Node ({@code bench/jsroot/read_file.mjs})
 * opens a file we wrote, uncompressed, zlib, LZMA, old zip, LZ4 and ZSTD, and its key listing (names,
 * cycles, classes) and every object it reads must match what we wrote, member by member (our
 * TBufferJSON of the same objects is the expectation), and the streamer infos of the file equal
 * ROOT's (recorded in streamer_infos.json and uproot_streamer_infos.json). Skipped only when node is not installed.
 */
class JsrootReadsOurFilesTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToRoot() {
        TROOT.gROOT.Reset();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, 207, 301, 404, 505})
    void jsrootReadsEveryObjectWeWrote(int compression) throws Exception {
        Path jsroot = JsrootDrawTest.findUp(Path.of("bench", "jsroot", "read_file.mjs")).getParent();
        Assumptions.assumeTrue(JsrootDrawTest.run(jsroot, "node", "--version") == 0,
                "node is not installed: the JSROOT check is skipped");
        if (!Files.isDirectory(jsroot.resolve("node_modules").resolve("jsroot"))) {
            assertEquals(0, JsrootDrawTest.run(jsroot, "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"),
                    "npm ci in " + jsroot + " failed");
        }
        Path file = dir.resolve("ours-" + compression + ".root");
        StringBuilder keys = new StringBuilder();
        StringBuilder objects = new StringBuilder();
        TFile out = new TFile(file.toString(), "RECREATE", "for JSROOT", compression);
        for (Map.Entry<String, TObject> e : TFileRoundTripTest.objects().entrySet()) {
            out.WriteObject(e.getValue(), e.getKey());
            add(keys, objects, e.getKey(), 1, e.getValue());
        }
        // a second cycle of one name
        TObject second = TFileRoundTripTest.objects().get("h1f");
        out.WriteObject(second, "h1f");
        add(keys, objects, "h1f", 2, second);
        out.Close();

        Path expected = dir.resolve("expected.json");
        Files.writeString(expected, "{\"keys\":[" + keys + "],\"objects\":{" + objects + "}}");
        Path log = dir.resolve("read.log");
        Path references = Path.of(getClass().getResource("streamer_infos.json").toURI()).getParent();
        int exit = new ProcessBuilder("node", jsroot.resolve("read_file.mjs").toString(), file.toString(),
                expected.toString(), references.resolve("streamer_infos.json").toString(),
                references.resolve("uproot_streamer_infos.json").toString()).directory(jsroot.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start().waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        assertTrue(output.contains("JSROOT 7.11.2") && output.contains(": 25 keys, 25 objects, 0 difference(s)"), output);
        // the infos without a ROOT-recorded one to compare with: three made like TArrayF's, and the
        // stack and multigraph, which none of our ROOT-written files holds
        assertTrue(output.contains("35 of 40 streamer infos checked against ROOT's; "
                + "no reference for: TArrayC v1, TArrayI v1, TArrayS v1, THStack v2, TMultiGraph v2"), output);
    }

    private static void add(StringBuilder keys, StringBuilder objects, String name, int cycle, TObject obj) {
        String separator = keys.length() > 0 ? "," : "";
        keys.append(separator).append("{\"name\":\"").append(name).append("\",\"cycle\":").append(cycle)
                .append(",\"className\":\"").append(ClassRegistry.get().forObject(obj).rootName()).append("\"}");
        objects.append(separator).append('"').append(name).append(';').append(cycle).append("\":")
                .append(jsonString(TBufferJSON.ConvertToJSON(obj)));
    }

    private static String jsonString(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
