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


def test_a_buffer_grows_in_one_copy_however_much_comes_at_once():
    import numpy as np

    from gradlab.ui.plots import Buffer

    buffer = Buffer(capacity=4)
    buffer.extend([1.0, 2.0, 3.0])
    buffer.extend(np.arange(100.0))  # far past twice the capacity: grown to fit at once
    buffer.extend([7.0])
    assert buffer.size == 104 and buffer.values[:3].tolist() == [1.0, 2.0, 3.0]
    assert buffer.values[3:103].tolist() == list(np.arange(100.0)) and buffer.values[-1] == 7.0
