"""A non-editable install finds its resources: build the wheel, install it in a fresh venv, launch it."""

import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_runs_from_a_fresh_venv(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("gradlab-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    examples = sorted(p.name for p in (Path(__file__).parents[1] / "resources" / "examples").glob("*.py"))
    for needed in (
        "gradlab/resources/icons/gradlab.svg",
        "gradlab/resources/gradlab.desktop",
        "gradlab/resources/translations/gradlab_zh_TW.qm",
        "gradlab/resources/translations/gradlab_zh_TW.ts",
        "gradlab/engine/value.py",
        *(f"gradlab/resources/examples/{name}" for name in examples),
    ):
        assert needed in names
    assert len(examples) >= 14

    # The venv sees the packages of the interpreter running the tests (PySide6, torch: no downloads),
    # whether that is a system Python or itself a venv, but gradlab only from the wheel. A venv's
    # system_site_packages would reach the base interpreter's site-packages instead, so the running
    # interpreter's folders are listed in a .pth file (path lines only: their own .pth files, such as
    # an editable install's, are not read). pip comes from there too: ensurepip would take seconds.
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=False, with_pip=False)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    ours = dict.fromkeys([*site.getsitepackages(), sysconfig.get_paths()["purelib"]])
    (Path(purelib) / "_gradlab_test_host.pth").write_text("\n".join(ours) + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import gradlab, gradlab.paths; print(gradlab.__file__); print(gradlab.paths.resource_dir())",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=True,
    ).stdout.splitlines()
    assert all(line.startswith(str(env_dir)) for line in where), where

    shots = tmp_path / "shots"
    result = subprocess.run(
        [str(env_dir / "bin" / "gradlab"), "--screenshot", str(shots)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    shot_names = ["classify.png", "descent.png", "graph.png", "regression.png"]
    assert sorted(p.name for p in shots.iterdir()) == shot_names

    # the installed translation loads: the window comes up in Chinese
    program = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from gradlab.ui.app import application; from gradlab.ui.main_window import MainWindow;"
        "application(language='zh_TW'); w = MainWindow(remember=False); print(w.tabs.tabText(0))"
    )
    chinese = subprocess.run(
        [str(python), "-c", program],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert chinese.returncode == 0, chinese.stderr
    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese.stdout), chinese.stdout

    example = subprocess.run(
        [str(python), str(Path(where[1]) / "examples" / "net1.py")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert example.stdout.splitlines()[0] == "net.forward()= 10"
