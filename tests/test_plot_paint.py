"""A real pyqtgraph plot paints: PySide6 6.12.0 with pyqtgraph 0.14.0 aborted the interpreter here.

Run in a subprocess, so a bad upgrade fails this test with its message instead of killing the run.
"""

import subprocess
import sys
import textwrap


def test_a_pyqtgraph_plot_paints(tmp_path):
    program = textwrap.dedent(
        """
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import numpy as np
        import pyqtgraph as pg
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
        plot = pg.PlotWidget(title="loss")
        plot.setLogMode(y=True)
        plot.plot(np.arange(100.0), np.exp(-np.arange(100.0) / 20) + 1e-3, pen="r")
        plot.resize(400, 300)
        plot.show()
        app.processEvents()
        image = plot.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, 400, 7) for y in range(0, 300, 7)}
        print("painted", len(colours))
        plot.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert result.returncode == 0, f"painting a plot crashed Python:\n{result.stderr[-2000:]}"
    word, count = result.stdout.split()
    assert word == "painted" and int(count) > 3
