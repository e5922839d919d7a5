"""Checkpoints' insides made by hand: gradlab's payload, and archives torch.save would never write.

torch is imported on first use (``torch`` here is a stand-in), so that listing the cases, as
pytest's collection does, costs no second of importing torch.
"""

from __future__ import annotations

import io
import os
from dataclasses import asdict
from pathlib import Path

from .craft import MIB, Entry, Storage, Tensor, crc32_zeros, deflated_zeros, torch_archive, write_zip
from .generate import MARKER

GIB = 1 << 30


class _LazyTorch:
    """torch, imported on first use: listing the cases (pytest's collection) needs no torch."""

    def __getattr__(self, name: str):
        import torch as module

        return getattr(module, name)


torch = _LazyTorch()


class Command:
    """Pickled, it is a call of os.system: what a hostile pickle carries (refused before it runs)."""

    def __reduce__(self):
        return os.system, (f"touch {MARKER}",)


def recipe_setup(name: str = "regression1train", **changes):
    from gradlab.regression.recipes import recipe

    return recipe(name).setup.with_changes(**changes)


def fresh_model(setup):
    from gradlab.regression.models import build_model

    torch.manual_seed(0)
    return build_model(setup)


def payload(**changes) -> dict:
    """What gradlab's save_checkpoint writes, changed as given (a key set to ... is removed)."""
    setup = recipe_setup()
    model = fresh_model(setup)
    data = {
        "format": "gradlab-checkpoint",
        "version": 1,
        "setup": asdict(setup),
        "state_dict": {k: v.detach().clone() for k, v in model.state_dict().items()},
        "history": [],
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


def state(**changes) -> dict:
    """The payload's state_dict, changed as given (a key set to ... is removed)."""
    tensors = payload()["state_dict"]
    tensors.update(changes)
    return {k: v for k, v in tensors.items() if v is not ...}


def bomb(path: Path, mib: int = 3 * 1024, lie: bool = False, in_pickle: bool = False) -> None:
    """A checkpoint whose weight's storage is ``mib`` MiB of deflated zeros (about 1,000 : 1).

    ``lie``: the zip's headers say the entry inflates to 4 KB. ``in_pickle``: the pickle itself is
    the bomb.
    """
    size = mib * MIB
    entry = Entry("archive/data/0", deflated_zeros(mib), 8, crc32_zeros(size), 4096 if lie else size)
    data = payload()
    data["state_dict"]["0.weight"] = Tensor(Storage("0", "FloatStorage", size // 4), (1, 3))
    if in_pickle:
        entries = [
            Entry("archive/data.pkl", deflated_zeros(mib), 8, crc32_zeros(size), size),
            Entry("archive/version", b"3\n"),
        ]
        write_zip(path, entries)
        return
    torch_archive(path, data, {"0": entry})


def stored_claim(path: Path) -> None:
    """A stored entry whose headers claim 3 GiB, in a 1 KB file."""
    data = payload()
    data["state_dict"]["0.weight"] = Tensor(Storage("0", "FloatStorage", 3 * GIB // 4), (1, 3))
    torch_archive(path, data, {"0": Entry("archive/data/0", bytes(1024), 0, 0, 3 * GIB)})


def long_history(path: Path, count: int = 10_000_000) -> None:
    """A checkpoint with ``count`` losses: torch.save takes 6 s over such a list, this 0.3 s.

    The losses are the whole number 1 (two bytes each in a pickle: 20 MB, not 90 MB of floats);
    reading them costs an unpickler the same ten million steps.

    torch.save writes a placeholder as the history (the last key, so no later opcode refers back
    to the pickler's memo); the placeholder's opcode is then replaced by the list's, as the C
    pickler writes it (its one memo entry dropped).
    """
    import pickle
    import zipfile

    placeholder = "@HISTORY@"
    buffer = io.BytesIO()
    torch.save(payload(history=placeholder), buffer)
    with zipfile.ZipFile(buffer) as source:
        entries = [Entry(info.filename, source.read(info)) for info in source.infolist()]
    losses = pickle.dumps([1] * count, protocol=2)[2:-1]  # no PROTO, no STOP
    assert losses[:3] == b"]q\x00"
    losses = losses[:1] + losses[3:]
    opcode = b"X" + len(placeholder).to_bytes(4, "little") + placeholder.encode()
    for entry in entries:
        if entry.name.endswith("/data.pkl"):
            assert entry.data.count(opcode) == 1
            entry.data = entry.data.replace(opcode, losses)
    write_zip(path, entries)


def huge_shape(path: Path) -> None:
    """A weight of a million by a million over a storage of three floats."""
    data = payload()
    data["state_dict"]["0.weight"] = Tensor(Storage("0", "FloatStorage", 3), (10**6, 10**6))
    torch_archive(path, data, {"0": bytes(12)})


def many_entries(path: Path) -> None:
    """A valid checkpoint's zip with 60,000 extra empty entries (a zip without zip64 holds 65,535)."""
    buffer = io.BytesIO()
    torch.save(payload(), buffer)
    import zipfile

    with zipfile.ZipFile(buffer) as source:
        entries = [Entry(info.filename, source.read(info)) for info in source.infolist()]
    entries += [Entry(f"archive/extra/{i}", b"") for i in range(60_000)]
    write_zip(path, entries)


def deep_list(depth: int) -> list:
    root = inner = []
    for _ in range(depth):
        inner.append([])
        inner = inner[0]
    return root


def truncated(path: Path) -> None:
    buffer = io.BytesIO()
    torch.save(payload(), buffer)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
