#!/bin/sh
# Makes the LZ4, ZSTD and LZMA test vectors of CompressionTest with Debian's command-line tools
# (lz4, zstd, xz-utils, xxhash), independently of our Java code: each vector is one ROOT compressed
# block (9-byte header: tag, method, compressed and uncompressed sizes, 3 bytes little-endian each;
# LZ4 also an 8-byte big-endian XXH64 of the LZ4 block) of payload.txt, laid out as ROOT's
# core/lz4/src/ZipLZ4.cxx, core/zstd/src/ZipZSTD.cxx and core/lzma/src/ZipLZMA.c write them.
# Usage: sh bench/reference/codec_vectors.sh   (from the repository's top directory)
set -e
out=root/src/test/resources/org/rootprompt/root/io/codecs
tmp=$(mktemp -d)
seq 1 300 | awk '{ print "bin " $1 " content " $1 * $1 " error " sqrt($1) }' > "$out/payload.txt"

# LZ4: the CLI writes a frame; with one 64 KiB block and no checksums it holds exactly one raw block
lz4 -q -9 -B4 -BD --no-frame-crc -c "$out/payload.txt" > "$tmp/frame.lz4"
python3 - "$tmp/frame.lz4" "$tmp/block.lz4" <<'PY'
import struct, sys
f = open(sys.argv[1], 'rb').read()
assert f[:4] == b'\x04\x22\x4d\x18'
flg = f[4]
pos = 6 + (8 if flg & 0x08 else 0) + (4 if flg & 0x01 else 0) + 1
size, = struct.unpack('<I', f[pos:pos + 4])
assert not size & 0x80000000, 'the block is stored uncompressed'
block = f[pos + 4:pos + 4 + size]
assert struct.unpack('<I', f[pos + 4 + size:pos + 8 + size])[0] == 0, 'more than one block'
open(sys.argv[2], 'wb').write(block)
PY
xxhsum -H64 "$tmp/block.lz4" | cut -d' ' -f1 > "$tmp/block.lz4.xxh64"

zstd -q -19 -c "$out/payload.txt" > "$tmp/block.zst"
xz -q -9 --format=xz --check=crc32 -c "$out/payload.txt" > "$tmp/block.xz"

python3 - "$out" "$tmp" <<'PY'
import os, sys
out, tmp = sys.argv[1], sys.argv[2]
usize = os.path.getsize(os.path.join(out, 'payload.txt'))
def size3(n):
    assert n < 1 << 24
    return bytes([n & 0xff, n >> 8 & 0xff, n >> 16 & 0xff])
def block(tag, method, data):
    return tag + bytes([method]) + size3(len(data)) + size3(usize) + data
lz4 = open(os.path.join(tmp, 'block.lz4'), 'rb').read()
checksum = bytes.fromhex(open(os.path.join(tmp, 'block.lz4.xxh64')).read().strip())
open(os.path.join(out, 'payload.L4'), 'wb').write(block(b'L4', 1, checksum + lz4))
open(os.path.join(out, 'payload.ZS'), 'wb').write(block(b'ZS', 1, open(os.path.join(tmp, 'block.zst'), 'rb').read()))
open(os.path.join(out, 'payload.XZ'), 'wb').write(block(b'XZ', 0, open(os.path.join(tmp, 'block.xz'), 'rb').read()))
print('payload.txt', usize, 'bytes; XXH64 of the LZ4 block', checksum.hex())
PY
rm -r "$tmp"
ls -l "$out"
