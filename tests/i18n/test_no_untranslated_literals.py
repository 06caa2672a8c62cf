"""No user-visible text in the source bypasses Qt's translation system.

Reads every module of the app with ``ast`` and flags string literals with words in them that are
passed straight to the calls that put text on screen (setText, setWindowTitle, QAction(...),
QMessageBox..., addMenu, showMessage, ...) instead of through tr()/translate()/a NOOP table.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "lcplanner"
SHOWN_BY = {"setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
            "setStatusTip", "setWhatsThis", "addMenu", "showMessage", "setTitle", "setLabelText",
            "setHtml", "setSpecialValueText", "setSuffix", "setPrefix", "addItem", "addTab",
            "setHorizontalHeaderLabels", "information", "warning", "critical", "question",
            "about", "setCancelButtonText", "getOpenFileName", "getSaveFileName", "getItem",
            "getMultiLineText", "getText"}
SHOWN_BY_CLASS = {"QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                  "QMenu", "QProgressDialog", "QToolButton"}
# Text that is not language: symbols, codes and format strings.
ALLOWED = {"–", "—", "×", "…", "·", "%", " %"}


def _has_words(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 2 and text not in ALLOWED


def _literal_args(call: ast.Call) -> list[str]:
    found = []
    for arg in call.args:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and _has_words(arg.value):
            found.append(arg.value)
        if isinstance(arg, ast.JoinedStr):
            found.append("<f-string>")
    return found


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if _is_logging(func):
            continue  # log lines are for support staff, in English on purpose
        if name in SHOWN_BY or name in SHOWN_BY_CLASS:
            for text in _literal_args(node):
                out.append(f"{path.relative_to(ROOT.parent)}:{node.lineno} {name}({text!r})")
    return out


def _is_logging(func: ast.expr) -> bool:
    target = func.value if isinstance(func, ast.Attribute) else None
    return isinstance(target, ast.Name) and ("log" in target.id.lower())


MODULES = sorted(p for p in ROOT.rglob("*.py") if "migrations" not in p.parts)


def test_the_checker_finds_a_bare_literal(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("label.setText('Hello world')\nbox.setText(self.tr('Fine'))\n"
                      "QAction(f'Open {name}', self)\nbutton.setText('×')\n")
    problems = _problems_of(sample)
    assert len(problems) == 2 and "Hello world" in problems[0] and "<f-string>" in problems[1]


def _problems_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in SHOWN_BY or name in SHOWN_BY_CLASS:
                out.extend(_literal_args(node))
    return out


@pytest.mark.parametrize("module", MODULES, ids=[str(p.relative_to(ROOT)) for p in MODULES])
def test_no_untranslated_text_on_screen(module):
    assert _problems(module) == []
