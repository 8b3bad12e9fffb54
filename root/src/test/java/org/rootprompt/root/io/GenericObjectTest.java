package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rootprompt.root.core.TObjString;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.core.TROOT;

/**
 * Objects of classes we do not know, read through the file's own streamer infos: every member of
 * streamers.root's user class Event (numbers, Float16_t/Double32_t, strings, fixed and [N] arrays,
 * std::string, std::vectors, embedded and pointed-to objects, arrays of objects) equals what JSROOT
 * 7.11.2 reads from the same file (jsroot_members.txt, made by bench/jsroot/dump_members.mjs).
 */
class GenericObjectTest {
    @AfterEach
    void restore() {
        TROOT.gROOT.Reset();
    }

    @Test
    void everyMemberOfEventIsWhatJsrootReads() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ReadRootFilesTest.TESTDATA), "shared test data is not on this machine");
        TFile file = TFile.Open(ReadRootFilesTest.TESTDATA.resolve("streamers.root").toString());
        TObject obj = file.Get("evt");
        GenericObject event = assertInstanceOf(GenericObject.class, obj);
        assertEquals("Event", event.ClassName());
        assertEquals(1, event.GetClassVersion());
        Map<String, String> ours = new LinkedHashMap<>();
        flatten("", event, ours);

        List<String> expected = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("jsroot_members.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    expected.add(line);
                }
            }
        }
        assertEquals(100, expected.size());
        for (String line : expected) {
            String[] f = line.split(" ", 3);
            String value = f.length > 2 ? f[2] : "";
            assertTrue(ours.containsKey(f[1]), "no member " + f[1]);
            assertSameValue(value, ours.get(f[1]), line);
        }
        assertEquals(expected.size(), ours.size(), "members: " + ours.keySet());
        file.Close();
    }

    @Test
    void printShowsTheMembersByName() {
        Assumptions.assumeTrue(Files.isDirectory(ReadRootFilesTest.TESTDATA), "shared test data is not on this machine");
        TFile file = TFile.Open(ReadRootFilesTest.TESTDATA.resolve("streamers.root").toString());
        String text = ((GenericObject) file.Get("evt")).describe();
        file.Close();
        assertTrue(text.startsWith("Event (class version 1)\n  Beg          \"beg-000\"\n  I16          0\n"), text);
        assertTrue(text.contains("\n  P3           P3 {Px: -1, Py: 0.0, Pz: -1}\n"), text);
        assertTrue(text.contains("\n  ObjStr       TObjString {fString: \"obj-000\"}\n"), text);
        assertTrue(text.contains("\n  StdStr       \"std-000\"\n"), text);
        assertTrue(text.contains("\n  SliceF64     []\n"), text);
    }

    /** A class we write but do not read into ours (TLatex) comes back generically, by our file's streamer infos. */
    @Test
    void aClassWeOnlyWriteReadsBackGenerically(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String name = dir.resolve("latex.root").toString();
        org.rootprompt.root.gpad.TLatex latex = new org.rootprompt.root.gpad.TLatex(0.25, 0.75, "#alpha");
        latex.SetTextColor(4);
        TFile out = new TFile(name, "RECREATE");
        out.WriteObject(latex, "latex");
        out.Close();
        TFile in = TFile.Open(name);
        GenericObject back = (GenericObject) in.Get("latex");
        in.Close();
        assertEquals("TLatex", back.ClassName());
        assertEquals("#alpha", back.GetTitle());
        assertEquals(0.25, back.Get("fX"));
        assertEquals(0.75, back.Get("fY"));
        assertEquals(4, back.Get("fTextColor"));
    }

    /** ROOT's packing, by hand: 3.25f is exponent 128, mantissa 0x500000, whose top 12 bits are 0xA00. */
    @Test
    void float16AndDouble32UnpackAsRootPacksThem() {
        assertEquals(3.25, FileStreamerInfos.readPacked(reader(0x80, 0x0A, 0x00), 19, ""), 0);
        // bit nbits+1 of the mantissa is the sign
        assertEquals(-3.25, FileStreamerInfos.readPacked(reader(0x80, 0x2A, 0x00), 19, ""), 0);
        // a range [0, 10, 10]: 512 of 1024 steps is 5
        assertEquals(5.0, FileStreamerInfos.readPacked(reader(0, 0, 2, 0), 9, "[0, 10, 10] a range"), 1e-12);
        // Double32_t without a range is a float
        assertEquals(1.5, FileStreamerInfos.readPacked(reader(0x3F, 0xC0, 0, 0), 9, "no range"), 0);
    }

    private static BufferReader reader(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new BufferReader(b, 0);
    }

    /** Our members as dump_members.mjs writes JSROOT's: paths P3.Px and ArrayP3s[2].Px, arrays comma-separated. */
    private static void flatten(String prefix, Object obj, Map<String, String> out) {
        if (obj instanceof GenericObject g) {
            for (String name : g.GetMemberNames()) {
                Object value = g.Get(name);
                if (name.equals("fBits")) {
                    continue;
                }
                if (value instanceof Object[] objects && !(value instanceof String[])) {
                    for (int i = 0; i < objects.length; i++) {
                        flatten(prefix + name + "[" + i + "].", objects[i], out);
                    }
                } else if (value instanceof GenericObject || value instanceof TObjString) {
                    flatten(prefix + name + ".", value, out);
                } else {
                    out.put(prefix + name, text(value));
                }
            }
        } else if (obj instanceof TObjString s) {
            out.put(prefix + "fUniqueID", String.valueOf(s.GetUniqueID()));
            out.put(prefix + "fString", s.GetString());
        }
    }

    private static String text(Object value) {
        if (value != null && value.getClass().isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                parts.add(String.valueOf(Array.get(value, i)));
            }
            return String.join(",", parts);
        }
        return String.valueOf(value);
    }

    /** Equal text, or equal numbers (JSROOT writes 0 where Java writes 0.0). */
    private static void assertSameValue(String expected, String actual, String line) {
        String[] e = expected.split(",", -1);
        String[] a = actual.split(",", -1);
        assertEquals(e.length, a.length, line + " / ours: " + actual);
        for (int i = 0; i < e.length; i++) {
            if (!e[i].equals(a[i])) {
                assertEquals(Double.parseDouble(e[i]), Double.parseDouble(a[i]), 0, line + " / ours: " + actual);
            }
        }
    }
}
