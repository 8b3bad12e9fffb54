package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our descriptions against ROOT's own streamer infos: those of the ROOT-written files in
 * shared/testdata/rootfiles, dumped by JSROOT ({@code node bench/jsroot/streamer_infos.mjs
 * /work/shared/testdata/rootfiles/*.root}, recorded in streamer_infos.json), and those that uproot
 * captured from ROOT ({@code python3 bench/reference/uproot_streamers.py TH.py TGraph.py}, recorded
 * in uproot_streamer_infos.json). Same version: same checksum and the same elements in order.
 */
class ClassDescriptionTest {
    @Test
    void descriptionsMatchRootsStreamerInfos() throws IOException {
        List<JsonNode> references = List.of(load("streamer_infos.json"), load("uproot_streamer_infos.json"));
        List<String> verified = new ArrayList<>();
        for (ClassDescription d : ClassRegistry.get().all()) {
            for (JsonNode reference : references) {
                JsonNode info = reference.get(d.rootName() + " v" + d.version());
                if (info != null) {
                    assertMatches(info, d);
                    verified.add(d.rootName());
                }
            }
        }
        // the classes whose descriptions a ROOT streamer info confirms (the others say why in their comments)
        assertTrue(verified.containsAll(List.of("TObject", "TNamed", "TAttLine", "TAttFill", "TAttMarker", "TAttAxis",
                "TAxis", "TH1", "TH1C", "TH1S", "TH1I", "TH1F", "TH1D", "TH2", "TH2I", "TH2F", "TH2D", "TH3", "TH3I",
                "TH3F", "TH3D", "TProfile", "TProfile2D", "TGraph", "TGraphErrors", "TGraphAsymmErrors", "TF1",
                "TF1Parameters", "TObjString", "TList", "THashList", "TArrayF", "TArrayD", "TPad", "TVirtualPad",
                "TAttPad", "TAttCanvas")), "verified: " + verified);
    }

    private static void assertMatches(JsonNode info, ClassDescription d) {
        assertEquals(info.get("checksum").asLong(), d.checksum(), d + ": checksum");
        JsonNode elements = info.get("elements");
        assertEquals(elements.size(), d.elements().size(), d + ": number of elements");
        for (int i = 0; i < elements.size(); i++) {
            JsonNode e = elements.get(i);
            Member m = d.elements().get(i);
            String where = d + " element " + i;
            assertEquals(e.get("name").asText(), m.name(), where);
            assertEquals(e.get("type").asInt(), m.type(), where + " " + m.name() + ": type");
            assertEquals(e.get("typeName").asText(), m.typeName(), where + " " + m.name() + ": type name");
            assertEquals(e.get("countName").isNull() ? null : e.get("countName").asText(), m.countName(),
                    where + " " + m.name() + ": count");
        }
    }

    private static JsonNode load(String name) throws IOException {
        try (InputStream in = ClassDescriptionTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new ObjectMapper().readTree(in);
        }
    }
}
