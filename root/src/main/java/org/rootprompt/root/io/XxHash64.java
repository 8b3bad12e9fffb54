package org.rootprompt.root.io;

/** XXH64 with seed 0: the checksum ROOT stores before each LZ4 block (xxhash's published algorithm). */
final class XxHash64 {
    private XxHash64() {}

    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    static long hash(byte[] b, int off, int len) {
        int end = off + len;
        int p = off;
        long h;
        if (len >= 32) {
            long v1 = P1 + P2;
            long v2 = P2;
            long v3 = 0;
            long v4 = -P1;
            for (; p <= end - 32; p += 32) {
                v1 = round(v1, long64(b, p));
                v2 = round(v2, long64(b, p + 8));
                v3 = round(v3, long64(b, p + 16));
                v4 = round(v4, long64(b, p + 24));
            }
            h = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12) + Long.rotateLeft(v4, 18);
            h = merge(h, v1);
            h = merge(h, v2);
            h = merge(h, v3);
            h = merge(h, v4);
        } else {
            h = P5;
        }
        h += len;
        for (; p <= end - 8; p += 8) {
            h ^= round(0, long64(b, p));
            h = Long.rotateLeft(h, 27) * P1 + P4;
        }
        if (p <= end - 4) {
            h ^= (int32(b, p) & 0xFFFFFFFFL) * P1;
            h = Long.rotateLeft(h, 23) * P2 + P3;
            p += 4;
        }
        for (; p < end; p++) {
            h ^= (b[p] & 0xFFL) * P5;
            h = Long.rotateLeft(h, 11) * P1;
        }
        h ^= h >>> 33;
        h *= P2;
        h ^= h >>> 29;
        h *= P3;
        h ^= h >>> 32;
        return h;
    }

    private static long round(long acc, long input) {
        return Long.rotateLeft(acc + input * P2, 31) * P1;
    }

    private static long merge(long h, long v) {
        return (h ^ round(0, v)) * P1 + P4;
    }

    private static long long64(byte[] b, int p) {
        return (int32(b, p) & 0xFFFFFFFFL) | (long) int32(b, p + 4) << 32;
    }

    private static int int32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }
}
