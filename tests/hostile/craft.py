"""Making hostile files by hand: zip archives with chosen (even lying) headers, torch-style pickles.

torch.save writes a zip of stored entries: ``archive/data.pkl`` (the pickle, whose tensors refer
to storages by key) and ``archive/data/KEY`` (each storage's bytes). A zip bomb is one such
storage deflated: a megabyte of zeros deflates to 1,037 bytes, and a full flush makes every
following megabyte's bytes the same, so 3 GiB of zeros is 3 MiB written in a few milliseconds.
"""

from __future__ import annotations

import collections
import pickle
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

MIB = 1 << 20


@dataclass
class Entry:
    """One zip entry: its name, the bytes stored, and what its headers say (which may be a lie)."""

    name: str
    data: bytes  # the bytes written (compressed already when ``method`` is 8)
    method: int = 0  # 0 stored, 8 deflated
    crc: int | None = None
    size: int | None = None  # the uncompressed size the headers state


def write_zip(path: Path, entries: list[Entry]) -> None:
    """A zip file of ``entries`` written as given: local headers, the data, the central directory."""
    local, central, offset = [], [], 0
    for entry in entries:
        name = entry.name.encode()
        crc = zlib.crc32(entry.data) if entry.crc is None else entry.crc
        size = len(entry.data) if entry.size is None else entry.size
        fields = (20, 0, entry.method, 0, 0x21, crc, len(entry.data), size, len(name))
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + name
        local.append(header + entry.data)
        central.append(
            struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset) + name
        )
        offset += len(header) + len(entry.data)
    directory = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), offset, 0)
    path.write_bytes(b"".join(local) + directory + end)


def deflated_zeros(mib: int) -> bytes:
    """A raw deflate stream that inflates to ``mib`` MiB of zeros (about 1,037 bytes a MiB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * mib + compressor.flush()


def crc32_zeros(length: int) -> int:
    """zlib.crc32 of ``length`` zero bytes, without making them (zlib's crc32_combine, doubling)."""
    crc, chunk, chunk_crc = 0, MIB, zlib.crc32(bytes(MIB))
    whole, rest = divmod(length, MIB)
    while whole:  # binary doubling over whole MiB: crc of 2n zeros is combine(crc(n), crc(n), n)
        if whole & 1:
            crc = crc32_combine(crc, chunk_crc, chunk)
        chunk_crc, chunk = crc32_combine(chunk_crc, chunk_crc, chunk), chunk * 2
        whole >>= 1
    return crc32_combine(crc, zlib.crc32(bytes(rest)), rest) if rest else crc


def _times(matrix: list[int], vector: int) -> int:
    total, i = 0, 0
    while vector:
        if vector & 1:
            total ^= matrix[i]
        vector >>= 1
        i += 1
    return total


def _square(matrix: list[int]) -> list[int]:
    return [_times(matrix, matrix[n]) for n in range(32)]


def crc32_combine(crc1: int, crc2: int, length2: int) -> int:
    """The crc32 of A+B from crc32(A), crc32(B) and len(B): zlib's own algorithm, in Python."""
    if length2 <= 0:
        return crc1
    odd = [0xEDB88320] + [1 << n for n in range(31)]
    even = _square(odd)
    odd = _square(even)
    while True:
        even = _square(odd)
        if length2 & 1:
            crc1 = _times(even, crc1)
        length2 >>= 1
        if not length2:
            break
        odd = _square(even)
        if length2 & 1:
            crc1 = _times(odd, crc1)
        length2 >>= 1
        if not length2:
            break
    return crc1 ^ crc2


# --- torch-style pickles, written without torch's writer (so a storage may claim any size) ----------


@dataclass(frozen=True)
class Storage:
    """A storage record: ``archive/data/KEY`` holds its bytes; ``kind`` is torch's class name."""

    key: str
    kind: str  # FloatStorage, DoubleStorage, ComplexFloatStorage, LongStorage, ...
    numel: int


@dataclass(frozen=True)
class Tensor:
    """A tensor over ``storage`` as torch pickles one (``torch._utils._rebuild_tensor_v2``)."""

    storage: Storage
    size: tuple
    stride: tuple | None = None

    def __reduce__(self):
        import torch._utils

        stride = self.stride
        if stride is None:
            stride, step = [], 1
            for n in reversed(self.size):
                stride.insert(0, step)
                step *= n
        args = (self.storage, 0, tuple(self.size), tuple(stride), False, collections.OrderedDict())
        return torch._utils._rebuild_tensor_v2, args


class _TorchPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Storage):
            import torch

            return ("storage", getattr(torch, obj.kind), obj.key, "cpu", obj.numel)
        return None


def torch_pickle(obj) -> bytes:
    """``obj`` pickled as torch.save pickles it (protocol 2, storages as persistent ids)."""
    import io

    buffer = io.BytesIO()
    _TorchPickler(buffer, protocol=2).dump(obj)
    return buffer.getvalue()


def torch_archive(path: Path, obj, storages: dict[str, Entry | bytes]) -> None:
    """A torch.save-style zip: ``obj``'s pickle and each storage's entry (bytes, or an Entry as given)."""
    entries = [Entry("archive/data.pkl", torch_pickle(obj)), Entry("archive/byteorder", b"little")]
    for key, value in storages.items():
        entry = value if isinstance(value, Entry) else Entry(f"archive/data/{key}", value)
        entries.append(entry)
    entries.append(Entry("archive/version", b"3\n"))
    write_zip(path, entries)
