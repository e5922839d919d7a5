"""Where gradlab's resources (icons, examples, translations) are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir() -> Path:
    """``gradlab/resources`` inside an installed wheel, else ``resources/`` beside the package."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "examples").is_dir():
            return candidate
    raise FileNotFoundError("gradlab's resources folder is missing: reinstall gradlab")


def resource_path(*parts: str) -> Path:
    """A file under the resources folder, e.g. ``resource_path("icons", "gradlab.svg")``."""
    return resource_dir().joinpath(*parts)


def examples() -> list[Path]:
    """The course's example programs shipped with gradlab, sorted by name."""
    return sorted(resource_path("examples").glob("*.py"))
