"""What start-up loads, each in a fresh interpreter (issue 10, item 17).

Alembic loads only when a file needs migrating, openpyxl only for an export; the window's first
paint waits for neither SQLAlchemy nor the plan; PySide's import hook (which reads the source of
every module imported after it) is out of the program's way; ``--quit-after`` fails loudly.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def _loaded_after(code: str, *args: str) -> set[str]:
    result = _python(code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))", *args)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_opening_a_current_plan_imports_neither_alembic_nor_openpyxl(demo_file):
    loaded = _loaded_after(
        "import sys\nfrom lcplanner.core.document import PlanDocument\n"
        "doc = PlanDocument.open(sys.argv[1])\nassert doc.file.backup is None\n"
        "doc.summary(); doc.close()", str(demo_file))
    assert "sqlalchemy.orm" in loaded  # the check would pass for a run that did nothing
    assert not {m for m in loaded if m.split(".")[0] in ("alembic", "openpyxl", "mako")}


@pytest.mark.slow
def test_an_old_plan_brings_alembic_in_to_migrate_it(tmp_path):
    old = tmp_path / "old.lcplan"
    shutil.copyfile(DATA / "plan-schema-1.lcplan", old)
    loaded = _loaded_after(
        "import sys\nfrom lcplanner.core.document import PlanDocument\n"
        "doc = PlanDocument.open(sys.argv[1])\nassert doc.file.backup is not None\ndoc.close()",
        str(old))
    assert "alembic" in loaded


def test_plain_imports_takes_out_only_pysides_feature_hook():
    code = (
        "import builtins\n"
        "from lcplanner.startup import plain_imports\n"
        "assert plain_imports() is True\n"
        "assert builtins.__import__ is builtins.__orig_import__\n"
        "assert builtins.__import__ is not builtins.__feature_import__\n"
        "assert plain_imports() is False  # once\n"
        "from PySide6.QtWidgets import QApplication, QDialog  # PySide's lazy types still load\n"
        "from PySide6.QtCore import Qt\n"
        "assert QDialog.staticMetaObject.className() == 'QDialog'\n"
        "assert Qt.AlignmentFlag.AlignLeft\n"
        "import json  # an ordinary module\n"
        "own = lambda name, *a, **k: __import__('os')\n"
        "builtins.__import__ = own  # somebody else's hook stays untouched\n"
        "assert plain_imports() is False and builtins.__import__ is own\n")
    result = _python(code)
    assert result.returncode == 0, result.stderr


def _program(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    env["XDG_DOCUMENTS_DIR"] = str(home / "Documents")
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "lcplanner", *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)


def _imported(stderr: str) -> set[str]:
    return {line.rsplit("|", 1)[1].strip() for line in stderr.splitlines()
            if line.startswith("import time:") and "cumulative" not in line}


def test_the_first_paint_waits_for_no_database_code(demo_file, tmp_path):
    result = _program(str(demo_file), "--quit-after", "paint", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "lcplanner: paint"
    imported = _imported(result.stderr)
    assert "PySide6.QtWidgets" in imported and "lcplanner.ui.main_window" in imported
    assert not {m for m in imported if m.split(".")[0] in ("sqlalchemy", "alembic", "openpyxl")}
    assert "lcplanner.core.document" not in imported


def test_ready_and_edit_are_reached_on_the_demo_plan(demo_file, tmp_path):
    ready = _program(str(demo_file), "--quit-after", "ready", home=tmp_path)
    assert ready.returncode == 0, ready.stderr
    assert ready.stdout.strip() == "lcplanner: ready"
    assert not {m for m in _imported(ready.stderr) if m.split(".")[0] in ("alembic", "openpyxl")}
    edit = _program(str(demo_file), "--quit-after", "edit", home=tmp_path)
    assert edit.returncode == 0, edit.stderr
    assert edit.stdout.strip() == "lcplanner: edit"


def test_ready_fails_loudly_without_a_plan(tmp_path):
    """No file and no last plan: the welcome page is not 'ready', and the exit code says so."""
    result = _program("--quit-after", "ready", home=tmp_path)
    assert result.returncode == 1
    assert "no plan is open" in result.stderr
    assert "lcplanner: ready" not in result.stdout
