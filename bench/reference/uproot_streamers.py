"""Decodes the ROOT streamer infos that uproot ships as byte blobs (captured from ROOT 6.2x by the
uproot authors) into the JSON layout of bench/jsroot/streamer_infos.mjs: versions, checksums and
elements of classes that none of our ROOT test files holds (TH2 v5, TH3 v6, TProfile v7 ...).

Usage (uproot5 at commit 5388b857, files src/uproot/models/TH.py and TGraph.py):
  python3 uproot_streamers.py TH.py TGraph.py > uproot_streamer_infos.json
(the output is recorded in root/src/test/resources/org/rootprompt/root/io/uproot_streamer_infos.json)
"""
import ast
import json
import struct
import sys


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def u8(self):
        self.pos += 1
        return self.data[self.pos - 1]

    def u16(self):
        self.pos += 2
        return struct.unpack(">H", self.data[self.pos - 2:self.pos])[0]

    def u32(self):
        self.pos += 4
        return struct.unpack(">I", self.data[self.pos - 4:self.pos])[0]

    def i32(self):
        v = self.u32()
        return v - (1 << 32) if v >= 1 << 31 else v

    def string(self):
        n = self.u8()
        if n == 255:
            n = self.u32()
        self.pos += n
        return self.data[self.pos - n:self.pos].decode()

    def cstring(self):
        end = self.data.index(b"\0", self.pos)
        s = self.data[self.pos:end].decode()
        self.pos = end + 1
        return s

    def versioned(self):
        """Reads [bytecount|0x40000000][version]; returns (version, end position)."""
        count = self.u32() & ~0x40000000
        end = self.pos + count
        return self.u16(), end

    def tobject(self):
        self.u16()
        self.u32()
        bits = self.u32()
        if bits & 0x10:
            self.u16()

    def tnamed(self):
        _, end = self.versioned()
        self.tobject()
        name, title = self.string(), self.string()
        self.pos = end
        return name, title

    def object_any(self):
        """[bytecount][new class tag + name]; uproot's blobs always write a new class tag."""
        count = self.u32() & ~0x40000000
        end = self.pos + count
        tag = self.u32()
        assert tag == 0xFFFFFFFF, "blob uses a class reference"
        return self.cstring(), end


def streamer_info(blob):
    r = Reader(blob)
    cls, _ = r.object_any()
    assert cls == "TStreamerInfo"
    r.versioned()
    name, _ = r.tnamed()
    checksum, version = r.u32(), r.i32()
    cls, _ = r.object_any()
    assert cls == "TObjArray"
    r.versioned()
    r.tobject()
    r.string()
    n, _ = r.i32(), r.i32()
    elements = []
    for _ in range(n):
        kind, end = r.object_any()
        r.versioned()
        _, element_end = r.versioned()
        ename, _ = r.tnamed()
        etype = r.i32()
        r.pos += 4 * 8  # size, array length, array dimension, 5 max indices
        type_name = r.string()
        r.pos = element_end
        count_name = None
        if kind in ("TStreamerBasicPointer", "TStreamerLoop"):
            r.i32()
            count_name = r.string()
        elements.append({"name": ename, "type": etype, "typeName": type_name, "countName": count_name})
        r.pos = end
    return f"{name} v{version}", {"file": "uproot", "checksum": checksum, "elements": elements}


infos = {}
for path in sys.argv[1:]:
    for node in ast.walk(ast.parse(open(path).read())):
        if isinstance(node, ast.Constant) and isinstance(node.value, bytes) and b"TStreamerInfo\0" in node.value:
            key, info = streamer_info(node.value)
            infos.setdefault(key, info)
print(json.dumps(dict(sorted(infos.items())), indent=1))
