"""A checkpoint file, saved atomically and read back safely: what both tabs' checkpoints share.

torch.save writes a zip archive of stored (uncompressed) entries under one folder. A file that is
anything else is refused here, from its directory alone: a deflated entry is how a 3 MB file
inflates to 3 GB, and a directory of millions of entries would take long just to list. What is
unpacked is unpickled with ``weights_only=True`` (tensors and plain data, and the course's three
module classes), so that nothing in a file can run; each tab then checks the table it finds.
"""

from __future__ import annotations

import io
import pickle
import re
import struct
import warnings
import zipfile
from array import array
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import torch

from ..files import LIMITS, MB, read_or_refuse, shown, size_text, why_not, write_atomic
from ..translation import translate
from .settings import brief

# What torch.save writes into its zip archive, under one folder named after the file.
ENTRY = re.compile(
    r"[^/]+/(data\.pkl|version|byteorder|\.format_version|\.storage_alignment|"
    r"\.data/version|\.data/serialization_id|data/\d{1,9})"
)
LEGACY = b"\x80\x02\x8a\nl\xfc\x9cF\xf9 j\xa8P\x19"  # torch.save's pickled magic number, before 1.6
MOST_ENTRIES = 100  # a checkpoint has 7 entries and one per tensor: a handful
# The pickled part (settings, tensors' descriptions; a version-1 history as a list of numbers): 4 MB
# is a list of 440,000 losses, which torch's weights-only unpickler reads in half a second.
PICKLE_LIMIT = 4 * MB
COURSE_MODULES = (torch.nn.Sequential, torch.nn.Linear, torch.nn.Flatten)  # the course's model.ckpt
FLOATS = (torch.float32, torch.float64)


class CheckpointError(Exception):
    """A checkpoint that could not be saved, or a file that gradlab will not load, and why."""


def save_payload(path: str | Path, payload: dict) -> Path:
    """torch.save ``payload`` atomically: a temporary file beside ``path``, then a rename over it.

    Any failure (no file name, a missing or read-only folder, a full disk, torch's own errors)
    raises CheckpointError saying why in one line, and leaves no temporary file behind.
    """
    if not str(path).strip():
        raise CheckpointError(translate("regression.checkpoint", "could not save: no file name was given"))
    if str(path).endswith(("/", "\\")):
        message = translate("regression.checkpoint", "could not save {name}: it names a folder, not a file")
        raise CheckpointError(message.format(name=shown(path)))
    path = Path(path)
    try:
        write_atomic(path, lambda handle: torch.save(payload, handle))
    except Exception as error:  # noqa: BLE001 - torch and the OS fail in many ways; all are said alike
        message = translate("regression.checkpoint", "could not save {name}: {reason}")
        raise CheckpointError(
            message.format(name=shown(path), reason=why_not(error, path, writing=True))
        ) from None
    return path


def load_payload(path: str | Path, read: Callable[[object, str], object]):
    """``read(data, name)`` of what ``path`` holds, once the file and its archive pass every check.

    What ``read`` raises besides CheckpointError (a value of a type no check foresaw) is still one
    line, still a refusal.
    """
    path = Path(path)
    name = shown(path)
    raw = read_or_refuse(path, "checkpoint", CheckpointError)
    check_archive(raw, name)
    data = unpickle(raw, name)
    del raw
    try:
        return read(data, name)
    except CheckpointError:
        raise
    except Exception:  # noqa: BLE001 - a value of a type no check foresaw: still one line, still refused
        damaged(name)


def losses_tensor(history) -> torch.Tensor:
    """A run's losses as a float64 tensor, through a buffer: 10 million become one without a Python loop."""
    if not len(history):
        return torch.zeros(0, dtype=torch.float64)
    return torch.frombuffer(array("d", history), dtype=torch.float64)


def is_loss_tensor(value: object, most: int) -> bool:
    """Whether ``value`` is a plain one-dimensional float tensor of at most ``most`` losses."""
    return (
        type(value) is torch.Tensor
        and value.layout == torch.strided
        and value.dtype in FLOATS
        and value.dim() == 1
        and value.numel() <= most
    )


def losses_array(value: torch.Tensor) -> array:
    """A checked loss tensor as an array("d"): 10 million losses take 80 MB, where a list takes 320."""
    return array("d", value.detach().to(torch.float64).contiguous().numpy().tobytes())


def load_weights(model: torch.nn.Module, weights: object, checked: Callable, misfit: str, name: str) -> None:
    """Load a file's ``weights`` into ``model``: exactly its weights' names, each one ``checked``.

    ``checked(value, key, shape, name)`` gives the weight to load or refuses it; weights of other
    names (or none) are refused with ``misfit`` (a message with ``{name}``).
    """
    expected = {key: tuple(value.shape) for key, value in model.state_dict().items()}
    if type(weights) not in (dict, OrderedDict) or set(weights) != set(expected):
        refuse(misfit, name)
    model.load_state_dict({key: checked(weights[key], key, shape, name) for key, shape in expected.items()})


def is_text(value: object, text: str) -> bool:
    """Whether a value from a file is the string ``text`` itself (not a subclass, not equal by accident)."""
    return type(value) is str and value == text


def unpickle(raw: bytes, name: str):
    """torch.load with weights only (and the course's three module classes); its refusals in our words."""
    try:
        with warnings.catch_warnings():  # torch warns about foreign pickles before refusing them
            warnings.simplefilter("ignore")
            with torch.serialization.safe_globals(list(COURSE_MODULES)):
                return torch.load(io.BytesIO(raw), weights_only=True, map_location="cpu")
    except pickle.UnpicklingError as error:
        found = re.search(r"GLOBAL ([\w.]+)", str(error))
        if found is None:
            damaged(name)
        if found.group(1).startswith("torch.nn.modules."):
            message = translate(
                "regression.checkpoint", "{name} holds a pickled model other than the course's Linear(3, 1)"
            )
            refuse(message, name)
        message = translate(
            "regression.checkpoint",
            "{name} was refused: it holds a Python object ({object}), and gradlab loads only "
            "weights and settings, so that nothing in a file can run",
        )
        raise CheckpointError(message.format(name=name, object=found.group(1)[:80])) from None
    except Exception:  # noqa: BLE001 - garbage makes torch's unpickler raise almost anything
        refuse(translate("regression.checkpoint", "{name} is damaged, cut short, or not a checkpoint"), name)


def check_archive(raw: bytes, name: str) -> None:
    """Refuse an archive that is not what torch.save writes, before a byte of it is unpacked.

    The end record's entry count and directory size are read first (a directory of millions of
    entries is never parsed); then every entry must have one of torch's names, be stored (torch
    never compresses: a deflated entry is how a 3 MB file inflates to 3 GB), and the sizes it
    claims must add up to at most the checkpoint limit.
    """
    if raw.startswith(LEGACY):
        message = translate(
            "regression.checkpoint",
            "{name} is in PyTorch's format from before version 1.6, which gradlab does not read",
        )
        refuse(message, name)
    end = raw.rfind(b"PK\x05\x06", max(0, len(raw) - 65_557))
    if not raw.startswith(b"PK\x03\x04") or end < 0 or len(raw) < end + 22:
        damaged(name)
    count, directory = struct.unpack_from("<HI", raw, end + 10)
    if count > MOST_ENTRIES or directory > MOST_ENTRIES * 1024:
        message = translate(
            "regression.checkpoint", "{name} was refused: it holds more parts than a checkpoint has"
        )
        refuse(message, name)
    try:
        entries = zipfile.ZipFile(io.BytesIO(raw)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, struct.error):
        damaged(name)
    limit = LIMITS["checkpoint"]
    total = sum(entry.file_size for entry in entries)
    if total > limit:
        message = translate(
            "regression.checkpoint",
            "{name} was refused: it would unpack to {size}, more than {limit}, the most gradlab reads "
            "for a checkpoint",
        )
        raise CheckpointError(message.format(name=name, size=size_text(total), limit=size_text(limit)))
    names = [entry.filename for entry in entries]
    folders = {entry.split("/", 1)[0] for entry in names}
    for entry in entries:
        if ENTRY.fullmatch(entry.filename) is None or len(folders) != 1 or names.count(entry.filename) > 1:
            message = translate(
                "regression.checkpoint", "{name} was refused: it holds {entry}, which PyTorch does not write"
            )
            raise CheckpointError(message.format(name=name, entry=brief(entry.filename)))
        if (
            entry.compress_type != zipfile.ZIP_STORED
            or entry.flag_bits & 1
            or entry.file_size != entry.compress_size
        ):
            message = translate(
                "regression.checkpoint",
                "{name} was refused: its part {entry} is compressed, which PyTorch never does",
            )
            raise CheckpointError(message.format(name=name, entry=brief(entry.filename)))
    pickled = [entry for entry in entries if entry.filename.endswith("/data.pkl")]
    if not pickled:
        damaged(name)
    if pickled[0].file_size > PICKLE_LIMIT:
        message = translate(
            "regression.checkpoint",
            "{name} was refused: its pickled part (the settings, and in older checkpoints the loss "
            "history) is larger than {limit}, the most gradlab reads",
        )
        raise CheckpointError(message.format(name=name, limit=size_text(PICKLE_LIMIT)))


def damaged(name: str):
    refuse(translate("regression.checkpoint", "{name} is damaged or not a checkpoint"), name)


def refuse(message: str, name: str):
    raise CheckpointError(message.format(name=name)) from None
