package org.rootprompt.root.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ROOT's compressed blocks. The vectors in resources/.../io/codecs were made by Debian's lz4 1.9.4,
 * zstd 1.5.4, xz-utils 5.4.1 and xxhsum 0.8.1 with bench/reference/codec_vectors.sh:
 * {@code lz4 -9 -B4 -BD --no-frame-crc} (the one raw block taken out of the frame),
 * {@code zstd -19}, {@code xz -9 --format=xz --check=crc32}, {@code xxhsum -H64} for LZ4's checksum,
 * each behind the 9-byte header that ROOT's ZipLZ4.cxx / ZipZSTD.cxx / ZipLZMA.c write.
 */
class CompressionTest {
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CompressionTest.class.getResourceAsStream("codecs/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @Test
    void xxHash64MatchesXxhsum() {
        // printf '' | xxhsum -H64 ; printf 'abc' | xxhsum -H64 ; printf '%s' "$(seq 1 20)" | xxhsum -H64
        assertEquals(0xef46db3751d8e999L, XxHash64.hash(new byte[0], 0, 0));
        byte[] abc = "xabcx".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x44bc2cf5ad770999L, XxHash64.hash(abc, 1, 3));
        byte[] seq = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x0124a20392ac15e5L, XxHash64.hash(seq, 0, seq.length));
    }

    @ParameterizedTest
    @ValueSource(strings = {"L4", "ZS", "XZ"})
    void blocksMadeByTheCommandLineToolsDecompress(String tag) throws Exception {
        byte[] payload = resource("payload.txt");
        byte[] block = resource("payload." + tag);
        assertArrayEquals(payload, Compression.decompress(block, payload.length));
    }

    @Test
    void aRecordOfSeveralBlocksOfDifferentAlgorithms() throws Exception {
        byte[] payload = resource("payload.txt");
        byte[] l4 = resource("payload.L4");
        byte[] xz = resource("payload.XZ");
        byte[] both = Arrays.copyOf(l4, l4.length + xz.length);
        System.arraycopy(xz, 0, both, l4.length, xz.length);
        byte[] out = Compression.decompress(both, 2 * payload.length);
        assertArrayEquals(payload, Arrays.copyOfRange(out, 0, payload.length));
        assertArrayEquals(payload, Arrays.copyOfRange(out, payload.length, out.length));
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 109, 207, 301, 401, 404, 505})
    void whatWeCompressDecompressesWithTheRightHeader(int settings) throws Exception {
        byte[] payload = resource("payload.txt");
        byte[] block = Compression.compress(payload, settings);
        assertNotNull(block);
        assertTrue(block.length < payload.length / 2, block.length + " bytes");
        String tag = new String(block, 0, 2, StandardCharsets.US_ASCII);
        assertEquals(switch (settings / 100) {
            case 1 -> "ZL";
            case 2 -> "XZ";
            case 3 -> "CS";
            case 4 -> "L4";
            default -> "ZS";
        }, tag);
        // the header's sizes: what follows it, and the payload's length
        assertEquals(block.length - 9, (block[3] & 0xFF) | (block[4] & 0xFF) << 8 | (block[5] & 0xFF) << 16);
        assertEquals(payload.length, (block[6] & 0xFF) | (block[7] & 0xFF) << 8 | (block[8] & 0xFF) << 16);
        assertArrayEquals(payload, Compression.decompress(block, payload.length));
    }

    @Test
    void levelZeroAndTinyPayloadsAreStoredAsTheyAre() throws Exception {
        assertEquals(null, Compression.compress(resource("payload.txt"), 400));
        assertEquals(null, Compression.compress(new byte[100], 505));
    }

    @Test
    void aWrongLz4ChecksumIsNamed() throws Exception {
        byte[] payload = resource("payload.txt");
        byte[] block = resource("payload.L4");
        block[9 + 8 + 20] ^= 1;
        Compression.Unsupported e = assertThrows(Compression.Unsupported.class,
                () -> Compression.decompress(block, payload.length));
        assertTrue(e.getMessage().startsWith("LZ4 block at byte 0 has checksum "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", the file says 5c1433812cbc542e (corrupt data)"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"L4", "ZS", "XZ"})
    void anUncompressedSizeThatLiesIsAnError(String tag) throws Exception {
        byte[] payload = resource("payload.txt");
        byte[] block = resource("payload." + tag);
        // the header says 100 bytes fewer than the block holds: the output never grows past it
        int lie = payload.length - 100;
        block[6] = (byte) lie;
        block[7] = (byte) (lie >> 8);
        block[8] = (byte) (lie >> 16);
        Compression.Unsupported e = assertThrows(Compression.Unsupported.class,
                () -> Compression.decompress(block, lie));
        String name = Compression.algorithmName(tag);
        assertTrue(e.getMessage().startsWith(name + " block at byte 0 "), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"L4", "ZS", "XZ"})
    void aCompressedSizeLargerThanTheRecordIsAnError(String tag) throws Exception {
        byte[] payload = resource("payload.txt");
        byte[] block = resource("payload." + tag);
        block[5] = 0x7F;
        Compression.Unsupported e = assertThrows(Compression.Unsupported.class,
                () -> Compression.decompress(block, payload.length));
        assertTrue(e.getMessage().startsWith("compressed block at byte 0 claims "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" bytes, more than the record holds"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZS", "XZ"})
    void truncatedStreamsAreErrors(String tag) throws Exception {
        byte[] payload = resource("payload.txt");
        byte[] block = resource("payload." + tag);
        // the header claims 40 bytes fewer than the stream, and the record ends there
        int csize = block.length - 9 - 40;
        byte[] cut = Arrays.copyOf(block, block.length - 40);
        cut[3] = (byte) csize;
        cut[4] = (byte) (csize >> 8);
        cut[5] = (byte) (csize >> 16);
        Compression.Unsupported e = assertThrows(Compression.Unsupported.class,
                () -> Compression.decompress(cut, payload.length));
        assertTrue(e.getMessage().startsWith(Compression.algorithmName(tag) + " block at byte 0 "), e.getMessage());
    }

    /** Random damage to the compressed bytes either decompresses to something or is reported; nothing else escapes. */
    @ParameterizedTest
    @ValueSource(strings = {"L4", "ZS", "XZ"})
    void damagedBlocksAreReportedNeverThrownAsOtherExceptions(String tag) throws Exception {
        byte[] payload = resource("payload.txt");
        byte[] good = resource("payload." + tag);
        java.util.Random random = new java.util.Random(5);
        int reported = 0;
        for (int trial = 0; trial < 300; trial++) {
            byte[] block = good.clone();
            for (int k = 0; k < 3; k++) {
                block[9 + random.nextInt(block.length - 9)] = (byte) random.nextInt(256);
            }
            try {
                Compression.decompress(block, payload.length);
            } catch (Compression.Unsupported e) {
                reported++;
            }
        }
        assertTrue(reported > 0, tag + ": no damage was noticed");
    }
}
