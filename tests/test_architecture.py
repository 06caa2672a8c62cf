"""The direction of imports (DESIGN.md) holds: import-linter's contracts from pyproject.toml."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    result = subprocess.run([tool, str(ROOT / "pyproject.toml")], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 5 kept, 0 broken" in result.stdout


def test_the_qt_contract_catches_a_widget_import(tmp_path):
    """The custom contract type really fails on `from PySide6.QtWidgets import ...` in core."""
    package = tmp_path / "fakeplanner"
    (package / "core").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "core" / "__init__.py").write_text("")
    (package / "core" / "fine.py").write_text("from PySide6.QtCore import QObject\n")
    (package / "core" / "bad.py").write_text("from PySide6 import QtCore, QtGui\n")
    (package / "core" / "worse.py").write_text("import PySide6.QtWidgets\n")
    (tmp_path / ".importlinter").write_text(
        "[importlinter]\nroot_package = fakeplanner\ninclude_external_packages = True\n"
        "contract_types =\n    qt: tests.importlinter_qt.ForbiddenExternalSubmodulesContract\n"
        "[importlinter:contract:qt]\nname = headless\ntype = qt\n"
        "source_modules = fakeplanner.core\n"
        "forbidden_modules =\n    PySide6.QtWidgets\n    PySide6.QtGui\n")
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    result = subprocess.run([tool], cwd=tmp_path, capture_output=True, text=True, timeout=300,
                            env=env)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "fakeplanner.core.bad" in result.stdout and "fakeplanner.core.worse" in result.stdout
    assert "fakeplanner.core.fine" not in result.stdout


def test_headless_commands_do_not_load_qt_widgets():
    """info/check run on servers without Qt's GUI libraries: no QtWidgets or QtGui import."""
    code = ("import sys\nfrom lcplanner import cli\nfrom lcplanner.core import demo, checks\n"
            "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets'\n"
            "assert 'PySide6.QtGui' not in sys.modules, 'QtGui'\n"
            "assert 'openpyxl' not in sys.modules and 'alembic' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
