"""Why a file could not be read or written, in one line a student can act on.

torch, json and the OS each fail in their own words (torch's "Parent directory … does not exist"
is a RuntimeError, not an OSError); ``why_not`` turns any of them into the same short reasons:
"the folder /x/y does not exist", "permission denied", "no space left on device".
"""

from __future__ import annotations

import errno
from pathlib import Path

from .translation import translate


def why_not(error: BaseException, path: str | Path, writing: bool = False) -> str:
    """The reason ``error`` gives for failing to read (or, ``writing``, write) ``path``."""
    path = Path(path)
    folder = path.parent
    code = error.errno if isinstance(error, OSError) else None
    if code == errno.ENOENT or (code is None and not folder.is_dir()):
        if not folder.is_dir():
            return translate("files", "the folder {folder} does not exist").format(folder=folder)
        if writing:
            return translate("files", "the folder {folder} does not take new files").format(folder=folder)
        return translate("files", "{name} does not exist").format(name=path.name)
    if code in (errno.EACCES, errno.EPERM):
        return translate("files", "permission denied")
    if code == errno.EROFS:
        return translate("files", "the folder {folder} is read-only").format(folder=folder)
    if code == errno.ENOSPC:
        return translate("files", "no space left on device")
    if code == errno.EDQUOT:
        return translate("files", "the disk quota is used up")
    if code == errno.EISDIR:
        return translate("files", "{path} is a folder").format(path=path)
    if code == errno.ENOTDIR:
        return translate("files", "a part of {path} is not a folder").format(path=path)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[:1].lower() + error.strerror[1:]
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
