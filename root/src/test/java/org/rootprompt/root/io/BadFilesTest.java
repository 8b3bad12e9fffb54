package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rootprompt.root.core.ErrorHandler;
import org.rootprompt.root.core.TROOT;
import org.rootprompt.root.hist.TH1;
import org.rootprompt.root.hist.TH1F;

/** Files that are not what they claim give ROOT-style errors naming the file (and offset), never an exception. */
class BadFilesTest {
    @TempDir
    Path dir;
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void capture() {
        ErrorHandler.setHandler((level, location, text) -> messages.add(ErrorHandler.text(level, location, text)));
    }

    @AfterEach
    void restore() {
        ErrorHandler.setHandler(null);
        TROOT.gROOT.Reset();
    }

    /** A good zlib file with one 100-bin histogram (its record is compressed: over 256 bytes). */
    private byte[] goodFile() throws Exception {
        return goodFile(101);
    }

    private byte[] goodFile(int compression) throws Exception {
        Path p = dir.resolve("good.root");
        TFile f = new TFile(p.toString(), "RECREATE", "", compression);
        TH1F h = new TH1F("h", "h", 100, 0, 1);
        h.Fill(0.5);
        f.Write();
        f.Close();
        messages.clear();
        return Files.readAllBytes(p);
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void aProgramThatEndsWithoutCloseLeavesAConsistentFile() throws Exception {
        Path p = dir.resolve("left-open.root");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                WriteWithoutClose.class.getName(), p.toString()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor(), output);
        TFile f = TFile.Open(p.toString());
        assertNotNull(f);
        TH1 h = (TH1) f.Get("h");
        assertEquals(1, h.GetEntries());
        assertEquals(List.of(), messages);
        f.Close();
    }

    @Test
    void aProgramThatThrowsWhileWritingLeavesAConsistentFile() throws Exception {
        Path p = dir.resolve("thrown.root");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ThrowWhileWriting.class.getName(), p.toString()).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, run.waitFor(), output);
        assertTrue(output.contains("IllegalStateException: the user's code fails while writing"), output);
        TFile f = TFile.Open(p.toString());
        assertNotNull(f);
        // what was written before the exception is all there, in its directory, and nothing else
        assertEquals(3, f.GetDirectory("d").GetListOfKeys().GetSize());
        for (int i = 0; i < 3; i++) {
            assertEquals(1, f.Get("d/h" + i, TH1.class).GetEntries());
        }
        assertEquals(List.of(), messages);
        f.Close();
    }

    @Test
    void emptyFile() throws Exception {
        Path p = file("empty.root", new byte[0]);
        assertNull(TFile.Open(p.toString()));
        assertEquals(List.of("Error in <TFile::Init>: file " + p + " is empty (0 bytes)"), messages);
    }

    @Test
    void missingFile() {
        String name = dir.resolve("nothing.root").toString();
        assertNull(TFile.Open(name));
        assertEquals(List.of("Error in <TFile::TFile>: file " + name + " does not exist"), messages);
    }

    @Test
    void wrongMagic() throws Exception {
        byte[] bytes = goodFile();
        bytes[0] = 'R';
        Path p = file("magic.root", bytes);
        assertNull(TFile.Open(p.toString()));
        assertEquals(List.of("Error in <TFile::Init>: " + p + " not a ROOT file: no 'root' magic at offset 0"),
                messages);
    }

    @Test
    void truncatedFile() throws Exception {
        byte[] bytes = goodFile();
        Path p = file("cut.root", Arrays.copyOf(bytes, bytes.length / 2));
        TFile f = new TFile(p.toString());
        assertEquals(true, f.IsZombie());
        assertEquals(List.of("Error in <TFile::Init>: file " + p + " is truncated at " + bytes.length / 2
                + " bytes: should be " + bytes.length), messages);
    }

    @Test
    void unknownCompressionAlgorithm() throws Exception {
        byte[] bytes = goodFile();
        TKey key = keyOfGoodFile();
        int block = (int) key.GetSeekKey() + key.GetKeylen();
        assertEquals('Z', bytes[block]);
        bytes[block] = 'Q';
        bytes[block + 1] = 'Q';
        Path p = file("unknown.root", bytes);
        TFile f = TFile.Open(p.toString());
        assertNotNull(f);
        TH1.AddDirectory(true);
        assertNull(f.Get("h"));
        assertEquals(List.of("Error in <TFile::ReadBuffer>: file " + p + ", record at offset " + key.GetSeekKey()
                + ": compressed block at byte 0 has unknown algorithm 'QQ'"), messages);
        f.Close();
    }

    @Test
    void wrongLz4Checksum() throws Exception {
        byte[] bytes = goodFile(404);
        TKey key = keyOfGoodFile();
        int block = (int) key.GetSeekKey() + key.GetKeylen();
        assertEquals('L', bytes[block]);
        // one bit of the LZ4 data (after the header and the checksum) flipped
        bytes[block + 9 + 8 + 10] ^= 1;
        Path p = file("lz4.root", bytes);
        TFile f = TFile.Open(p.toString());
        assertNull(f.Get("h"));
        assertEquals(1, messages.size());
        String text = messages.get(0);
        assertTrue(text.startsWith("Error in <TFile::ReadBuffer>: file " + p + ", record at offset " + key.GetSeekKey()
                + ": LZ4 block at byte 0 has checksum "), text);
        assertTrue(text.endsWith("(corrupt data)"), text);
        f.Close();
    }

    @Test
    void zstdBlockLongerThanItsHeaderSays() throws Exception {
        byte[] bytes = goodFile(505);
        TKey key = keyOfGoodFile();
        int block = (int) key.GetSeekKey() + key.GetKeylen();
        assertEquals('Z', bytes[block]);
        assertEquals('S', bytes[block + 1]);
        // the uncompressed size in the block header says one byte less than the frame holds
        int usize = key.GetObjlen() - 1;
        bytes[block + 6] = (byte) usize;
        bytes[block + 7] = (byte) (usize >> 8);
        bytes[block + 8] = (byte) (usize >> 16);
        Path p = file("zstd.root", bytes);
        TFile f = TFile.Open(p.toString());
        assertNull(f.Get("h"));
        assertEquals(1, messages.size());
        String text = messages.get(0);
        assertTrue(text.startsWith("Error in <TFile::ReadBuffer>: file " + p + ", record at offset " + key.GetSeekKey()
                + ": ZSTD block at byte 0 is corrupt"), text);
        f.Close();
    }

    @Test
    void unknownCompressionSettingsFallBackToZlib() {
        TFile f = new TFile(dir.resolve("settings.root").toString(), "RECREATE", "", 0);
        f.SetCompressionSettings(404);
        assertEquals(404, f.GetCompressionSettings());
        assertEquals(List.of(), messages);
        f.SetCompressionSettings(905);
        assertEquals(105, f.GetCompressionSettings());
        assertEquals(List.of("Warning in <TFile::SetCompressionSettings>: unknown compression algorithm 9, zlib is used"),
                messages);
        f.Close();
    }

    private TKey keyOfGoodFile() {
        TFile good = TFile.Open(dir.resolve("good.root").toString());
        TKey key = good.GetKey("h");
        good.Close();
        return key;
    }

    @Test
    void corruptRecord() throws Exception {
        byte[] bytes = goodFile();
        TFile good = TFile.Open(dir.resolve("good.root").toString());
        TKey key = good.GetKey("h");
        good.Close();
        // the zlib stream of the histogram's record is overwritten with garbage
        int stream = (int) key.GetSeekKey() + key.GetKeylen() + 9;
        Arrays.fill(bytes, stream, stream + 20, (byte) 0x55);
        Path p = file("corrupt.root", bytes);
        TFile f = TFile.Open(p.toString());
        assertNull(f.Get("h"));
        assertEquals(1, messages.size());
        String expected = "Error in <TFile::ReadBuffer>: file " + p + ", record at offset " + key.GetSeekKey()
                + ": zlib block at byte 0 is corrupt";
        assertEquals(expected, messages.get(0).substring(0, Math.min(expected.length(), messages.get(0).length())));
        f.Close();
    }
}
