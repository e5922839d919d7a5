"""torch loads on a thread that lets the GUI thread run: its libraries preloaded, the collector resting."""

import subprocess
import sys
import textwrap

import pytest


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the preload is for Linux's libraries")
def test_torch_loads_in_the_background_with_its_libraries_preloaded(tmp_path):
    program = textwrap.dedent(
        """
        import gc, sys, threading
        from PySide6.QtCore import QCoreApplication, QTimer
        from gradlab.ui import torch_loader
        app = QCoreApplication([])
        seen = {}
        original = torch_loader.preload_torch_libraries
        def preload():
            seen["before"] = "torch" in sys.modules
            seen["thread"] = threading.current_thread() is not threading.main_thread()
            seen["loaded"] = original()
            return seen["loaded"]
        torch_loader.preload_torch_libraries = preload
        loader = torch_loader.TorchLoader()
        loader.ready.connect(app.quit)
        loader.failed.connect(lambda error: (print(error), app.quit()))
        QTimer.singleShot(0, loader.start)
        QTimer.singleShot(120_000, app.quit)
        app.exec()
        loaded = "libtorch_cpu.so" in seen["loaded"]
        print(seen["before"], seen["thread"], loaded, loader.is_ready, gc.isenabled())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=tmp_path, timeout=150
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "True", "True"]
