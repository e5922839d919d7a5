"""Reading and writing files safely, and saying in one line why it could not be done.

Every file gradlab reads (a session, a checkpoint, a CSV file, an example) goes through
``read_bounded``: it must be a regular file (a FIFO or a device is refused at once, never read:
it is opened without blocking), and its size is checked against a limit before a byte is read,
and again while reading (a file that grows). ``write_atomic`` writes beside the target and renames,
so a crash never leaves half a file; the temporary files an interrupted save left behind in that
folder are removed by the next save there.

torch, json and the OS each fail in their own words (torch's "Parent directory … does not exist"
is a RuntimeError, not an OSError); ``why_not`` turns any of them into the same short reasons:
"the folder /x/y does not exist", "permission denied", "no space left on device". ``shown`` writes
a file's name on one line, whatever characters it holds.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import time
from collections.abc import Callable
from pathlib import Path

from .translation import QT_TRANSLATE_NOOP, translate

MB = 1024 * 1024
# What gradlab reads at most, by kind of file: far beyond any real one (the README states them).
LIMITS = {"session": 10 * MB, "checkpoint": 200 * MB, "csv": 50 * MB, "example": 1 * MB}
TEMPORARY_SUFFIX = ".gradlab-tmp"  # what write_atomic's temporary files end with
STALE_SECONDS = 60  # a temporary file older than this is left over from an interrupted save


class FileRefusedError(OSError):
    """A file gradlab will not read (not a regular file, too large) or could not; says why in one line."""


def shown(path: str | os.PathLike) -> str:
    """A file's name for a message: one line, control characters (a newline, say) escaped."""
    return escaped(Path(path).name or str(path))


def escaped(text: str | os.PathLike) -> str:
    """``text`` (a path, say) on one line: control characters written as escapes."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def size_text(count: int) -> str:
    return f"{count / MB:g} MB" if count >= MB else f"{count:,} bytes"


def read_bounded(path: str | os.PathLike, kind: str, limit: int | None = None) -> bytearray:
    """The bytes of ``path``, if it is a regular file of at most ``limit`` (LIMITS[kind]) bytes.

    FileRefusedError's message is the reason, for "could not read NAME: REASON": missing, permission
    denied, a folder, a FIFO or a device, too large.
    """
    limit = LIMITS[kind] if limit is None else limit
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise FileRefusedError(why_not(error, path)) from None
    try:
        info = os.fstat(handle)
        if not_regular(info.st_mode):
            raise FileRefusedError(not_regular(info.st_mode))
        if info.st_size > limit:
            raise FileRefusedError(too_large(kind, limit))
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
        # read into one buffer of the size the file says it has (a /proc file says 0: it grows), so
        # that the peak is the file's size, not twice it
        data, total = bytearray(min(info.st_size, limit) + 1), 0
        with os.fdopen(os.dup(handle), "rb", buffering=0) as file:
            while True:
                if total == len(data):
                    if total > limit:  # it grew while being read
                        raise FileRefusedError(too_large(kind, limit))
                    data.extend(bytes(min(max(total, 64 * 1024), limit + 1 - total)))
                count = file.readinto(memoryview(data)[total:])
                if not count:
                    break
                total += count
        if total > limit:
            raise FileRefusedError(too_large(kind, limit))
        del data[total:]
        return data
    except OSError as error:
        if isinstance(error, FileRefusedError):
            raise
        raise FileRefusedError(why_not(error, path)) from None
    finally:
        os.close(handle)


def read_or_refuse(path: str | os.PathLike, kind: str, refusal: type[Exception]) -> bytearray:
    """``read_bounded(path, kind)``, a refusal raised as ``refusal("could not read NAME: REASON")``."""
    try:
        return read_bounded(path, kind)
    except FileRefusedError as error:
        message = translate("files", "could not read {name}: {reason}")
        raise refusal(message.format(name=shown(path), reason=error)) from None


def too_large(kind: str, limit: int) -> str:
    return translate("files", "it is larger than {limit}, the most gradlab reads for a {kind}").format(
        limit=size_text(limit), kind=translate("files", KIND_NAMES[kind])
    )


KIND_NAMES = {
    "session": QT_TRANSLATE_NOOP("files", "session"),
    "checkpoint": QT_TRANSLATE_NOOP("files", "checkpoint"),
    "csv": QT_TRANSLATE_NOOP("files", "CSV file"),
    "example": QT_TRANSLATE_NOOP("files", "example"),
}


def write_atomic(path: str | os.PathLike, write: Callable[[object], None], mode: int | None = None) -> Path:
    """Write ``path`` by calling ``write(binary_file)`` on a temporary file beside it, then renaming.

    A failure removes the temporary file and raises (OSError, or whatever ``write`` raised); stale
    temporary files of interrupted saves in the same folder are removed first.
    """
    path = Path(path)
    not_regular = not_a_regular_file(path)
    if not_regular:  # renaming over /dev/zero or a FIFO would replace it with a file
        raise FileRefusedError(not_regular)
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale_temporaries(folder)
    temporary = folder / f".{path.name}.{os.getpid()}.{time.monotonic_ns()}{TEMPORARY_SUFFIX}"
    try:
        with open(temporary, "xb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _mode_for(path) if mode is None else mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    return path


def not_a_regular_file(path: str | os.PathLike) -> str:
    """Why a file may not be written over ("" for a regular file, or nothing there yet)."""
    try:
        return not_regular(os.stat(path).st_mode)
    except OSError:
        return ""


def not_regular(mode: int) -> str:
    """Why a file of this mode is not one gradlab reads or writes ("" for a regular file)."""
    if stat.S_ISDIR(mode):
        return translate("files", "it is a folder")
    if not stat.S_ISREG(mode):
        return translate("files", "it is not a regular file (a device, a pipe or a socket)")
    return ""


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove what interrupted saves left in ``folder`` (gradlab's temporary files, older than a minute)."""
    removed = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and (name.endswith(TEMPORARY_SUFFIX) or _old_style(name))):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_SECONDS:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


# the temporary names of earlier versions: ".NAME.PID.tmp" (checkpoints), mkstemp's ".XXXXXXXX.tmp" (sessions)
OLD_TEMPORARY = re.compile(r"\.(.+\.\d+|[a-z0-9_]{8})\.tmp")


def _old_style(name: str) -> bool:
    return OLD_TEMPORARY.fullmatch(name) is not None


def _mode_for(path: Path) -> int:
    """An overwritten file keeps its permissions; a new one gets the usual ones (0666 less umask)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def why_not(error: BaseException, path: str | Path, writing: bool = False) -> str:
    """The reason ``error`` gives for failing to read (or, ``writing``, write) ``path``."""
    path = Path(path)
    folder = path.parent
    code = error.errno if isinstance(error, OSError) else None
    if code == errno.ENOENT or (code is None and not folder.is_dir()):
        if not folder.is_dir():
            return translate("files", "the folder {folder} does not exist").format(folder=escaped(folder))
        if writing:
            return translate("files", "the folder {folder} does not take new files").format(
                folder=escaped(folder)
            )
        return translate("files", "{name} does not exist").format(name=shown(path))
    if code in (errno.EACCES, errno.EPERM):
        return translate("files", "permission denied")
    if code == errno.EROFS:
        return translate("files", "the folder {folder} is read-only").format(folder=escaped(folder))
    if code == errno.ENOSPC:
        return translate("files", "no space left on device")
    if code == errno.EDQUOT:
        return translate("files", "the disk quota is used up")
    if code == errno.EISDIR:
        return translate("files", "{path} is a folder").format(path=escaped(path))
    if code == errno.ENOTDIR:
        return translate("files", "a part of {path} is not a folder").format(path=escaped(path))
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[:1].lower() + error.strerror[1:]
    lines = str(error).strip().splitlines()
    return escaped(lines[0]) if lines else type(error).__name__
