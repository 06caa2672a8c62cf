"""Find the files under ``resources/`` both in a source checkout and in an installed wheel.

The wheel carries ``resources/`` as ``lcplanner/resources`` (pyproject force-include); a source
checkout has it at the top level, beside ``lcplanner/``.  PyInstaller bundles keep the wheel layout.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The folder holding demo data, icons and metadata inputs."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("LC Planner resources folder not found")  # a broken install


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
