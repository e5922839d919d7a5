"""The command line: --version, --screenshot, python -m gradlab, and bad arguments."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage

import gradlab


def run(*args, cwd=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "gradlab", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env=env,
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"gradlab {gradlab.__version__}"


def test_bad_arguments_exit_2_with_one_message():
    result = run("--no-such-flag")
    assert result.returncode == 2
    assert "unrecognized arguments: --no-such-flag" in result.stderr
    assert "Traceback" not in result.stderr


def test_screenshot_renders_every_tab_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run("--screenshot", str(tmp_path / "shots"), env=env)
    assert result.returncode == 0, result.stderr
    for name in ("graph", "descent", "regression"):
        image = QImage(str(tmp_path / "shots" / f"{name}.png"))
        assert image.width() >= 800 and image.height() >= 500
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)
        }
        assert len(colours) > 3  # something was drawn, not a blank canvas


def test_screenshot_into_an_unwritable_place_says_so(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = run("--screenshot", str(blocker / "shots"))
    assert result.returncode == 1
    assert result.stderr.startswith("gradlab: ")
    assert "Traceback" not in result.stderr
