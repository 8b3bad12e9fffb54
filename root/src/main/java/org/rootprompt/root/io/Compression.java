package org.rootprompt.root.io;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.MemoryLimitException;
import org.tukaani.xz.UnsupportedOptionsException;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * ROOT's compressed blocks: a 9-byte header (2-letter algorithm tag, method, compressed and
 * uncompressed sizes as 3-byte little-endian numbers) then the compressed bytes, in blocks of at
 * most 0xFFFFFF bytes. Algorithms, by ROOT's number (settings = 100 × algorithm + level): 1 zlib
 * "ZL", 2 LZMA "XZ" (an xz stream), 3 ROOT's old zip "CS" (raw deflate), 4 LZ4 "L4" (an 8-byte
 * big-endian XXH64 of the LZ4 block, then the block), 5 ZSTD "ZS" (a zstd frame).
 */
final class Compression {
    private Compression() {}

    private static final int kHeaderSize = 9;
    private static final int kMaxBlock = 0xFFFFFF;
    private static final int kChecksumSize = 8;
    /** ROOT leaves small payloads uncompressed. */
    private static final int kMinCompressed = 256;
    /** xz's smallest dictionary; ROOT shrinks the preset's to a quarter of the input but not below this. */
    private static final int kMinDictionary = 4096;
    /**
     * Memory that one xz stream may ask for (KiB): enough for xz's largest preset (64 MiB dictionary;
     * ROOT's own are at most 4 MiB), while a forged header cannot make us allocate gigabytes.
     */
    private static final int kXzMemoryLimitKiB = 128 * 1024;
    /** The LZ4 and ZSTD major versions ROOT writes in the method byte (ROOT checks them on read). */
    private static final int kLz4Major = 1;
    private static final int kZstdMajor = 1;

    /** Whether ROOT's algorithm number (settings / 100) is one we write; 0 is ROOT's "global default", zlib. */
    static boolean isKnownAlgorithm(int algorithm) {
        return algorithm >= 0 && algorithm <= 5;
    }

    /** The compressed payload for ROOT's settings (100 × algorithm + level), or null to store it as is. */
    static byte[] compress(byte[] payload, int settings) {
        int algorithm = settings / 100;
        int level = Math.min(settings % 100, 9);
        if (level <= 0 || payload.length <= kMinCompressed || !isKnownAlgorithm(algorithm)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int start = 0; start < payload.length; start += kMaxBlock) {
            int n = Math.min(kMaxBlock, payload.length - start);
            byte[] block = switch (algorithm) {
                case 2 -> lzma(payload, start, n, level);
                case 3 -> deflate(payload, start, n, level, true);
                case 4 -> lz4(payload, start, n);
                case 5 -> zstd(payload, start, n);
                default -> deflate(payload, start, n, level, false);
            };
            if (block.length > kMaxBlock) {
                return null;
            }
            String tag = switch (algorithm) {
                case 2 -> "XZ";
                case 3 -> "CS";
                case 4 -> "L4";
                case 5 -> "ZS";
                default -> "ZL";
            };
            int method = switch (algorithm) {
                case 2 -> 0;
                case 4 -> kLz4Major;
                case 5 -> kZstdMajor;
                default -> Deflater.DEFLATED;
            };
            out.writeBytes(tag.getBytes(StandardCharsets.ISO_8859_1));
            out.write(method);
            writeSize(out, block.length);
            writeSize(out, n);
            out.write(block, 0, block.length);
        }
        byte[] compressed = out.toByteArray();
        return compressed.length < payload.length ? compressed : null;
    }

    /** zlib stream ("ZL"), or raw deflate for ROOT's old algorithm ("CS"). */
    private static byte[] deflate(byte[] b, int start, int n, int level, boolean raw) {
        Deflater deflater = new Deflater(level, raw);
        deflater.setInput(b, start, n);
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
        return Arrays.copyOf(block, size);
    }

    /** LZ4 has no levels in aircompressor: every level writes LZ4's fast format, which every reader accepts. */
    private static byte[] lz4(byte[] b, int start, int n) {
        Lz4Compressor c = new Lz4Compressor();
        byte[] block = new byte[kChecksumSize + c.maxCompressedLength(n)];
        int size = c.compress(b, start, n, block, kChecksumSize, block.length - kChecksumSize);
        long sum = XxHash64.hash(block, kChecksumSize, size);
        for (int i = 0; i < kChecksumSize; i++) {
            block[i] = (byte) (sum >>> (56 - 8 * i));
        }
        return Arrays.copyOf(block, kChecksumSize + size);
    }

    /** aircompressor writes zstd at its one level (3), whatever ROOT's level asks. */
    private static byte[] zstd(byte[] b, int start, int n) {
        ZstdCompressor c = new ZstdCompressor();
        byte[] block = new byte[c.maxCompressedLength(n)];
        int size = c.compress(b, start, n, block, 0, block.length);
        return Arrays.copyOf(block, size);
    }

    /** An xz stream of one LZMA2 filter with a CRC32 check, as ROOT's R__zipLZMA writes it. */
    private static byte[] lzma(byte[] b, int start, int n, int level) {
        try {
            LZMA2Options options = new LZMA2Options(level);
            options.setDictSize(Math.min(options.getDictSize(), Math.max(n / 4, kMinDictionary)));
            ByteArrayOutputStream out = new ByteArrayOutputStream(n / 2 + 64);
            try (XZOutputStream xz = new XZOutputStream(out, options, XZ.CHECK_CRC32)) {
                xz.write(b, start, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("xz compression in memory failed", e);
        }
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

    /** The objlen bytes that the blocks in stored hold; never allocates more than objlen. */
    static byte[] decompress(byte[] stored, int objlen) throws Unsupported {
        byte[] out = new byte[objlen];
        int in = 0;
        int done = 0;
        while (done < objlen) {
            if (in + kHeaderSize > stored.length) {
                throw new Unsupported("compressed block header at byte " + in + " is truncated");
            }
            String tag = new String(stored, in, 2, StandardCharsets.ISO_8859_1);
            int csize = size(stored, in + 3);
            int usize = size(stored, in + 6);
            if (!tag.equals("ZL") && !tag.equals("CS") && !tag.equals("XZ") && !tag.equals("L4") && !tag.equals("ZS")) {
                throw new Unsupported("compressed block at byte " + in + " has unknown algorithm " + algorithmName(tag));
            }
            int from = in + kHeaderSize;
            if (from + csize > stored.length || done + usize > objlen) {
                throw new Unsupported("compressed block at byte " + in + " claims " + csize + " -> " + usize
                        + " bytes, more than the record holds");
            }
            String where = algorithmName(tag) + " block at byte " + in;
            int n = switch (tag) {
                case "XZ" -> unxz(stored, from, csize, out, done, usize, where);
                case "L4" -> unlz4(stored, from, csize, out, done, usize, where);
                case "ZS" -> unzstd(stored, from, csize, out, done, usize, where);
                default -> inflate(stored, from, csize, out, done, usize, tag.equals("CS"), where);
            };
            if (n != usize) {
                throw new Unsupported(where + " gave " + n + " bytes instead of " + usize);
            }
            in = from + csize;
            done += usize;
        }
        return out;
    }

    private static int inflate(byte[] b, int from, int csize, byte[] out, int at, int usize, boolean raw, String where)
            throws Unsupported {
        Inflater inflater = new Inflater(raw);
        inflater.setInput(b, from, csize);
        try {
            return inflater.inflate(out, at, usize);
        } catch (DataFormatException e) {
            throw new Unsupported(where + " is corrupt: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static int unlz4(byte[] b, int from, int csize, byte[] out, int at, int usize, String where)
            throws Unsupported {
        if (csize < kChecksumSize) {
            throw new Unsupported(where + " is shorter than its checksum");
        }
        long expected = 0;
        for (int i = 0; i < kChecksumSize; i++) {
            expected = expected << 8 | (b[from + i] & 0xFF);
        }
        long actual = XxHash64.hash(b, from + kChecksumSize, csize - kChecksumSize);
        if (actual != expected) {
            throw new Unsupported(String.format("%s has checksum %016x, the file says %016x (corrupt data)", where,
                    actual, expected));
        }
        try {
            return new Lz4Decompressor().decompress(b, from + kChecksumSize, csize - kChecksumSize, out, at, usize);
        } catch (MalformedInputException | IndexOutOfBoundsException e) {
            throw new Unsupported(where + " is corrupt: " + e.getMessage());
        }
    }

    private static int unzstd(byte[] b, int from, int csize, byte[] out, int at, int usize, String where)
            throws Unsupported {
        try {
            return new ZstdDecompressor().decompress(b, from, csize, out, at, usize);
        } catch (MalformedInputException | IndexOutOfBoundsException e) {
            throw new Unsupported(where + " is corrupt: " + e.getMessage());
        }
    }

    private static int unxz(byte[] b, int from, int csize, byte[] out, int at, int usize, String where)
            throws Unsupported {
        try (XZInputStream xz = new XZInputStream(new ByteArrayInputStream(b, from, csize), kXzMemoryLimitKiB)) {
            int n = 0;
            while (n < usize) {
                int r = xz.read(out, at + n, usize - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            if (n == usize && xz.read() >= 0) {
                throw new Unsupported(where + " holds more than the " + usize + " bytes its header says");
            }
            return n;
        } catch (MemoryLimitException e) {
            throw new Unsupported(where + " needs " + e.getMemoryNeeded() + " KiB to decompress, more than the "
                    + kXzMemoryLimitKiB + " KiB allowed");
        } catch (UnsupportedOptionsException e) {
            throw new Unsupported(where + " uses unsupported xz options: " + e.getMessage());
        } catch (IOException e) {
            throw new Unsupported(where + " is corrupt: " + e.getMessage());
        }
    }

    private static int size(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }

    static String algorithmName(String tag) {
        return switch (tag) {
            case "ZL" -> "zlib";
            case "L4" -> "LZ4";
            case "ZS" -> "ZSTD";
            case "XZ" -> "LZMA";
            case "CS" -> "old ROOT zip";
            default -> "'" + tag.replaceAll("[^ -~]", "?") + "'";
        };
    }
}
