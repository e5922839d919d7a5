"""Importing torch (over a second here) on a background thread once the window is on screen.

The tabs that compute with torch wait for ``ready`` before their first use, so neither the
window's appearance nor the event loop waits for the import. superqt's worker helpers are imported
first, on the same thread: the GUI thread imports them when it first starts a worker, and must
never wait there for a lock held by torch's import.

A thread does not stop the GUI thread only while it lets go of Python's global lock, and two parts
of torch's import hold it for long: loading libtorch_cpu.so (0.3–0.6 s here, in the dlopen that
``import torch._C`` makes) and the cyclic garbage collector walking the import's new objects. So
the libraries are first loaded by calling the C library's ``dlopen`` through ctypes, which lets go
of the lock for the call, and the collector rests during the import; what the import made is then
frozen out of its reach (``gc.freeze``), as it stays for the program's life. The longest GUI-thread
stall while torch loads fell from 290–660 ms to 20–70 ms (tests/benchmarks/gui_stalls.py).
"""

from __future__ import annotations

import ctypes
import gc
import importlib.util
import os
import sys
import threading

from PySide6.QtCore import QObject, Signal


class TorchLoader(QObject):
    """Emits ``ready`` (in the GUI thread) once torch is imported; at once if it already was."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.is_ready = "torch" in sys.modules
        self._thread: threading.Thread | None = None
        self.ready.connect(self._mark_ready)

    @property
    def started(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._load, name="import torch", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            import superqt.utils  # noqa: F401 - before torch: see the module's docstring

            preload_torch_libraries()
            collecting = gc.isenabled()
            gc.disable()
            try:
                import torch  # noqa: F401
            finally:
                if collecting:
                    gc.freeze()
                    gc.enable()
        except Exception as error:  # a broken install: say so in the window, don't crash
            self._tell(self.failed, f"{type(error).__name__}: {error}")
            return
        self._tell(self.ready)

    @staticmethod
    def _tell(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window closed while torch was loading: nobody to tell
            pass

    def _mark_ready(self) -> None:
        self.is_ready = True

    def wait(self, seconds: float = 60) -> None:
        """Block until the import is done (for rendering screenshots, not for the live window)."""
        self.start()
        self._thread.join(seconds)


# torch's own shared libraries in the order they need each other (Linux names; a CUDA build has more)
TORCH_LIBRARIES = (
    "libc10.so",
    "libc10_cuda.so",
    "libtorch_cpu.so",
    "libtorch_cuda.so",
    "libtorch.so",
    "libtorch_python.so",
)


def preload_torch_libraries() -> list[str]:
    """Load torch's shared libraries without holding Python's lock; the names loaded (none off Linux).

    ``import torch`` then finds them loaded. They are loaded as torch loads them (RTLD_LOCAL, lazy
    binding), so nothing about symbol lookup changes; a library that is missing or fails is left
    for torch's own import to load (or to explain).
    """
    if not sys.platform.startswith("linux"):
        return []
    spec = importlib.util.find_spec("torch")
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = os.path.join(spec.submodule_search_locations[0], "lib")
    try:
        libc = ctypes.CDLL(None)  # a CDLL's functions release the GIL while they run
        dlopen = libc.dlopen
    except (OSError, AttributeError):
        return []
    dlopen.restype, dlopen.argtypes = ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_int]
    loaded = []
    for name in TORCH_LIBRARIES:
        path = os.path.join(folder, name)
        if os.path.isfile(path) and dlopen(os.fsencode(path), os.RTLD_LAZY | os.RTLD_LOCAL):
            loaded.append(name)
    return loaded
