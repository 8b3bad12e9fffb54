package org.rootprompt.root.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * ROOT's compressed blocks: a 9-byte header (2-letter algorithm tag, method, compressed and
 * uncompressed sizes as 3-byte little-endian numbers) then the compressed bytes, in blocks of at
 * most 0xFFFFFF bytes. We write and read zlib ("ZL"); the other algorithms are named in the error.
 */
final class Compression {
    private Compression() {}

    private static final int kHeaderSize = 9;
    private static final int kMaxBlock = 0xFFFFFF;
    /** ROOT leaves small payloads uncompressed. */
    private static final int kMinCompressed = 256;

    /** The compressed payload for ROOT's settings (100 × algorithm + level), or null to store it as is. */
    static byte[] compress(byte[] payload, int settings) {
        int level = settings % 100;
        if (level <= 0 || payload.length <= kMinCompressed) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int start = 0; start < payload.length; start += kMaxBlock) {
            int n = Math.min(kMaxBlock, payload.length - start);
            Deflater deflater = new Deflater(Math.min(level, 9));
            deflater.setInput(payload, start, n);
            deflater.finish();
            byte[] block = new byte[n + 64];
            int size = 0;
            while (!deflater.finished()) {
                if (size == block.length) {
                    block = Arrays.copyOf(block, block.length * 2);
                }
                size += deflater.deflate(block, size, block.length - size);
            }
            deflater.end();
            out.write('Z');
            out.write('L');
            out.write(Deflater.DEFLATED);
            writeSize(out, size);
            writeSize(out, n);
            out.write(block, 0, size);
        }
        byte[] compressed = out.toByteArray();
        return compressed.length < payload.length ? compressed : null;
    }

    private static void writeSize(ByteArrayOutputStream out, int n) {
        out.write(n);
        out.write(n >> 8);
        out.write(n >> 16);
    }

    /** Thrown with a message for the user when a block cannot be decompressed. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message);
        }
    }

    /** The objlen bytes that the blocks in stored hold. */
    static byte[] decompress(byte[] stored, int objlen) throws Unsupported {
        byte[] out = new byte[objlen];
        int in = 0;
        int done = 0;
        while (done < objlen) {
            if (in + kHeaderSize > stored.length) {
                throw new Unsupported("compressed block header at byte " + in + " is truncated");
            }
            String tag = new String(stored, in, 2, java.nio.charset.StandardCharsets.ISO_8859_1);
            int csize = size(stored, in + 3);
            int usize = size(stored, in + 6);
            if (!tag.equals("ZL")) {
                throw new Unsupported("compression algorithm " + algorithmName(tag) + " is not supported yet");
            }
            if (in + kHeaderSize + csize > stored.length || done + usize > objlen) {
                throw new Unsupported("compressed block at byte " + in + " claims " + csize + " -> " + usize
                        + " bytes, more than the record holds");
            }
            Inflater inflater = new Inflater();
            inflater.setInput(stored, in + kHeaderSize, csize);
            try {
                int n = inflater.inflate(out, done, usize);
                if (n != usize) {
                    throw new Unsupported("compressed block at byte " + in + " gave " + n + " bytes instead of " + usize);
                }
            } catch (DataFormatException e) {
                throw new Unsupported("compressed block at byte " + in + " is corrupt: " + e.getMessage());
            } finally {
                inflater.end();
            }
            in += kHeaderSize + csize;
            done += usize;
        }
        return out;
    }

    private static int size(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }

    private static String algorithmName(String tag) {
        return switch (tag) {
            case "L4" -> "LZ4";
            case "ZS" -> "ZSTD";
            case "XZ" -> "LZMA";
            case "CS" -> "old ROOT zip";
            default -> "'" + tag.replaceAll("[^ -~]", "?") + "'";
        };
    }
}
