"""English counts in plural forms ("1 action", "2 actions"), not "action(s)".

English is the source language, so its plurals come from a catalogue of their own,
translations/lcplanner_en.ts: every message with %n and nothing else, kept in step by
``tools.py update`` and installed like any other language (the window, the command line, the
Excel export).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from lcplanner.i18n import Texts, shipped_languages

TS_DIR = Path(__file__).resolve().parents[2] / "translations"


def _numerus(path: Path) -> dict[tuple[str, str], ET.Element]:
    return {(context.findtext("name"), message.findtext("source")): message
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message") if message.get("numerus") == "yes"}


def test_the_english_catalogue_holds_only_plurals():
    """Every plural is there too: test_catalogues' "update changes no .ts file" sees to that."""
    messages = list(ET.parse(TS_DIR / "lcplanner_en.ts").getroot().iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)


def test_every_english_plural_is_written_out():
    """Two forms, finished, neither with "(s)": a new %n message needs its English forms here."""
    problems = []
    for (context, source), message in _numerus(TS_DIR / "lcplanner_en.ts").items():
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if translation.get("type") or len(forms) != 2 or not all(forms) \
                or any("(s)" in f for f in forms):
            problems.append((context, source, forms))
    assert problems == []


def test_english_is_listed_once_and_translates_counts():
    assert shipped_languages().count("en") == 1
    t = Texts("en")
    assert t("AreaButton", "%n objective(s)", 1) == "1 objective"
    assert t("AreaButton", "%n objective(s)", 3) == "3 objectives"
    assert t("AreaPage", "%1  %2 (%n action(s))", 2) == "%1  %2 (2 actions)"
    assert t("Vocabulary", "Not started") == "Not started"  # not a plural: the source


# --- through the window ----------------------------------------------------------------------------

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.AccessibleTextRole)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    for row in range(model.rowCount(QModelIndex())):
        column = 0  # list models hide columnCount: go along the row until the index is invalid
        while (index := model.index(row, column)).isValid():
            texts += [v for v in (index.data(r) for r in ROLES) if isinstance(v, str)]
            column += 1
    return texts


def visible_texts(window: QWidget) -> list[str]:
    """What a person can read in the window now: widgets, item views, menus, status bar."""
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for action in window.menuBar().actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts += [a.text() for a in action.menu().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget)
    return [t for t in texts if t]


@pytest.fixture
def english_plan(window, tmp_path):
    """The English UI on a new plan: BB1 has one objective with 1 action, one with 2."""
    w = window
    w.set_language("en")
    QApplication.processEvents()
    assert w.create_plan(tmp_path / "plurals.lcplan", {
        "city": "Testville", "title": "Testville learns", "period_start": 2026,
        "period_end": 2028, "language": "en"})
    c = w.commander
    one = c.add_objective("BB1", "Reading for all")
    two = c.add_objective("BB1", "Digital skills")
    first = c.add_action("BB1", "Book club", objective_id=one)
    for title in ("Coding club", "Repair café"):
        c.add_action("BB1", title, objective_id=two)
    c.set_lead(first, "City library")
    QApplication.processEvents()
    return w


def _walk(w) -> list[str]:
    seen = []
    for row in range(w.navigator_model.rowCount()):
        w.navigator.setCurrentIndex(w.navigator_model.index(row))
        QApplication.processEvents()
        if w.pages.currentWidget() is w.area_page and w.area_page.area:
            actions = w.doc.actions(w.area_page.area)
            if actions:
                w.area_page.select_action(actions[0].id)
                QApplication.processEvents()
        seen += visible_texts(w)
    return seen


def test_the_english_window_counts_in_plural_forms(english_plan):
    texts = _walk(english_plan)
    assert any(t.endswith("(1 action)") for t in texts), "no objective item with 1 action"
    assert any(t.endswith("(2 actions)") for t in texts), "no objective item with 2 actions"
    assert any("2 objectives" in t and "3 actions" in t for t in texts)  # BB1 on the overview
    assert [t for t in texts if "(s)" in t] == []


def test_the_delete_question_is_in_english_plural(english_plan, modal):
    w = english_plan
    w.show_area("BB1")
    page = w.area_page
    page.objectives.setCurrentRow(0)
    count = w.doc.objective(page.current_objective()).actions
    assert count == 1
    modal.next(lambda box: box.button(QMessageBox.StandardButton.No).click())
    page.delete_objective.click()
    modal.check()
    assert "with its 1 action? Ctrl+Z brings it back." in modal.texts[0]


def test_an_organisations_actions_are_counted_in_plural_forms(english_plan):
    w = english_plan
    w.navigator.setCurrentIndex(w.navigator_model.index(w.navigator_model.row_of("organisations")))
    QApplication.processEvents()
    page = w.organisations_page
    page.select_organisation(w.doc.organisations()[0].id)
    QApplication.processEvents()
    assert [t for t in visible_texts(w) if "(s)" in t] == []
