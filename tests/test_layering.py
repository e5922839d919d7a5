"""The architecture is checked by tools: import-linter's contracts (pyproject.toml) and ruff."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    path = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return path


def test_import_contracts_hold():
    result = subprocess.run([tool("lint-imports")], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.split("Contracts")[-1].lower().replace("0 broken", "")


def test_ruff_lint():
    result = subprocess.run(
        [tool("ruff"), "check", "."], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format():
    result = subprocess.run(
        [tool("ruff"), "format", "--check", "."], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_engine_and_the_command_line_import_neither_qt_nor_torch():
    program = (
        "import sys, gradlab.engine, gradlab.net, gradlab.cli; "
        "print(sorted(m for m in ('torch', 'PySide6', 'pyqtgraph', 'numpy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]"
