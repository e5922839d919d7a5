"""A checkpoint's zip archive, checked before a byte of it is unpacked.

torch.save writes a zip archive of stored (uncompressed) entries under one folder. A file that is
anything else is refused here, from its directory alone: a deflated entry is how a 3 MB file
inflates to 3 GB, and a directory of millions of entries would take long just to list.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile

from ..files import LIMITS, MB, size_text
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


class CheckpointError(Exception):
    """A checkpoint that could not be saved, or a file that gradlab will not load, and why."""


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
