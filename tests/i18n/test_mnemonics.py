"""Keyboard mnemonics (Alt+letter) never clash, in English and in every shipped catalogue.

Rules, checked through the real window:

- the menu bar's titles differ from each other, and so do the entries of each menu;
- on a page, the mnemonics of the widgets visible together differ, and none takes a menu bar
  title's letter (in Turkish Alt+D must open "Dosya", not jump to "Durum");
- in a dialog, the same (the menu bar's letters are kept free there too, so a translator follows
  one rule everywhere);
- a plain-text label with a mnemonic has a buddy (else the "&" shows and the key does nothing).

Pages are found by walking the navigator (every row) and the welcome page; dialogs are every
QDialog subclass in lcplanner.ui (a new one without a way to build it here fails the test) and
the boxes the window builds on the fly (the rescue offer, the export's progress).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTabBar,
    QWidget,
)

import lcplanner.ui
from hostile import trigger_wipes_organisations
from lcplanner import i18n

LANGUAGES = i18n.shipped_languages()


def mnemonic(text: str) -> str | None:
    """The letter after the first single '&' (Qt's QKeySequence::mnemonic), or None."""
    at = 0
    while True:
        at = text.find("&", at) + 1
        if at <= 0 or at >= len(text):
            return None
        if text[at] != "&" and text[at].isprintable() and not text[at].isspace():
            return text[at]
        at += 1


def key(letter: str) -> str:
    """One key whatever the case; Turkish i, İ, ı and I count as one (Qt maps both ı and i to
    Alt+I, and a Turkish keyboard has İ and ı on the i and I keys)."""
    return {"ı": "i", "İ": "i"}.get(letter, letter).casefold()


def _plain(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.PlainText or (
        fmt == Qt.TextFormat.AutoText and not Qt.mightBeRichText(label.text()))


def visible_mnemonics(top: QWidget) -> tuple[list[str], list[str]]:
    """Texts with a mnemonic of the widgets visible in ``top``'s window (menus aside), and the
    plain labels whose mnemonic is dead (no buddy)."""
    found: list[str] = []
    dead: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not top.window() \
                or isinstance(widget, (QMenu, QMenuBar)):
            continue
        if isinstance(widget, QLabel):
            if mnemonic(widget.text()) is None:
                continue
            if widget.buddy() is not None:
                found.append(widget.text())
            elif _plain(widget):
                dead.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
    return [t for t in found if mnemonic(t)], dead


def clashes(texts: list[str], reserved: dict[str, str] | None = None) -> list[str]:
    """Pairs of texts sharing a key, and texts taking a reserved (menu bar) key."""
    problems = []
    seen: dict[str, str] = {}
    for text in texts:
        k = key(mnemonic(text) or "")
        if k in seen:
            problems.append(f"Alt+{k.upper()}: {seen[k]!r} and {text!r}")
        else:
            seen[k] = text
        if reserved and k in reserved:
            problems.append(f"Alt+{k.upper()}: {text!r} and the menu {reserved[k]!r}")
    return problems


def menu_problems(window: QWidget) -> tuple[list[str], dict[str, str]]:
    """Clashes among the menu bar's titles and inside each menu; and the menu bar's keys."""
    bar = window.menuBar()
    titles = [a.text() for a in bar.actions() if a.isVisible() and mnemonic(a.text())]
    problems = [f"menu bar: {p}" for p in clashes(titles)]
    for action in bar.actions():
        menu = action.menu()
        if menu is None:
            continue
        entries = [a.text() for a in menu.actions()
                   if not a.isSeparator() and a.isVisible() and mnemonic(a.text())]
        problems += [f"menu {action.text()!r}: {p}" for p in clashes(entries)]
    return problems, {key(mnemonic(t) or ""): t for t in titles}


def scene_problems(name: str, top: QWidget, reserved: dict[str, str]) -> list[str]:
    texts, dead = visible_mnemonics(top)
    problems = [f"{name}: {p}" for p in clashes(texts, reserved)]
    return problems + [f"{name}: {t!r} has a mnemonic but no buddy" for t in dead]


# --- the dialogs -----------------------------------------------------------------------------------

def dialog_classes() -> set[type[QDialog]]:
    """Every QDialog subclass defined in lcplanner.ui."""
    found = set()
    for info in pkgutil.iter_modules(lcplanner.ui.__path__):
        module = importlib.import_module(f"lcplanner.ui.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found.add(cls)
    return found


def dialog_factories(window: QWidget) -> dict[str, Callable[[], QDialog]]:
    """How to build each dialog class for a look (the window has the demo plan open)."""
    from lcplanner.ui.crash import CrashDialog
    from lcplanner.ui.export_dialog import ExportDialog
    from lcplanner.ui.gaps_dialog import GapsDialog
    from lcplanner.ui.import_mapping import ImportMappingDialog
    from lcplanner.ui.import_preview import ImportPreviewDialog
    from lcplanner.ui.pdf_export import PdfExportDialog
    from lcplanner.ui.compare_view import CompareDialog
    from lcplanner.ui.measurements_dialog import MeasurementsDialog
    from lcplanner.ui.merge_dialog import MergeDialog
    from lcplanner.ui.report_export import ReportDialog
    from lcplanner.ui.server_link import ConnectDialog
    from lcplanner.ui.snapshots_dialog import SnapshotsDialog
    from lcplanner.ui.welcome import NewPlanDialog

    return {"NewPlanDialog": lambda: NewPlanDialog(window),
            "GapsDialog": lambda: GapsDialog(window),
            "CrashDialog": lambda: CrashDialog("Traceback: test", window),
            "ExportDialog": lambda: ExportDialog(window, Path("/plans/workplan.xlsx")),
            "PdfExportDialog": lambda: PdfExportDialog(window, "tr"),
            "ImportPreviewDialog": lambda: ImportPreviewDialog(import_changes(), window),
            "ImportMappingDialog": lambda: ImportMappingDialog(FOREIGN_XLSX, window.doc, window),
            "SnapshotsDialog": lambda: SnapshotsDialog(window),
            "CompareDialog": lambda: CompareDialog(window, [], "Approved", "now"),
            "MergeDialog": lambda: MergeDialog(window, merge_with_a_conflict(window)),
            "MeasurementsDialog": lambda: MeasurementsDialog(
                window.commander, window.doc.indicators()[0].id, window),
            "ReportDialog": lambda: ReportDialog(window, window.doc),
            "ConnectDialog": lambda: ConnectDialog(window)}


def merge_with_a_conflict(window):  # type: ignore[no-untyped-def]
    """A group copy of the window's plan whose title changed on both sides: the merge dialog
    shows its conflict table and buttons."""
    import tempfile

    from lcplanner.core.document import PlanDocument
    from lcplanner.core.groups import group_copy, prepare

    doc = window.doc
    path = Path(tempfile.mkdtemp(prefix="lcplanner-mnemonics-")) / "group.lcplan"
    group_copy(doc, path)
    first = doc.actions()[0]
    copy = PlanDocument.open(path)
    copy.update_action(first.id, title="Group title")
    copy.close()
    doc.update_action(first.id, title="Plan title")
    return prepare(doc, path)


FOREIGN_XLSX = Path(__file__).resolve().parents[1] / "data" / "foreign-plan-tr.xlsx"


def import_changes():  # type: ignore[no-untyped-def]
    """A change set that shows every part of the import preview with a mnemonic: a conflict (its
    Next conflict button), a deletion, a new organisation and a cell that was not read."""
    from lcplanner.exchange.changes import CellProblem, ChangeSet, FieldChange, RowChange

    changes = ChangeSet("workplan.xlsx", plan_uuid="plan-1")
    changes.rows = [
        RowChange("action", "update", "BB1", 12, "a-12", "BB1-3 Reading clubs", fields=[
            FieldChange("lead", "Lead", "E12", "City library", "Anadolu Üniversitesi",
                        conflict=True)]),
        RowChange("action", "delete", "BB2", 0, "a-21", "BB2-1 Parents' evening",
                  values={"code": "BB2-1", "title": "Parents' evening"}),
    ]
    changes.new_organisations = {"Anadolu Üniversitesi": True}
    changes.warnings = [CellProblem("BB1", "K15", "This cell cannot be read.")]
    return changes


def test_every_dialog_class_can_be_built_here(window):
    missing = {c.__name__ for c in dialog_classes()} - set(dialog_factories(window))
    assert missing == set(), "add a factory to dialog_factories for the mnemonic check"


# --- the walk --------------------------------------------------------------------------------------

@pytest.fixture
def english_after(window):
    yield window
    window.set_language("en")
    QApplication.processEvents()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def walk_pages(w, reserved: dict[str, str]) -> list[str]:
    """Every navigator row (with an action selected on area pages), then the welcome page."""
    problems = []
    for row in range(w.navigator_model.rowCount()):
        w.navigator.setCurrentIndex(w.navigator_model.index(row))
        _settle()
        page = w.pages.currentWidget()
        if page is w.area_page and w.area_page.area:
            actions = w.doc.actions(w.area_page.area)
            if actions:
                w.area_page.select_action(actions[0].id)
                _settle()
        name = "area page" if page is w.area_page else type(page).__name__
        problems += scene_problems(name, w, reserved)
    return problems


def walk_dialogs(qtbot, w, modal, reserved: dict[str, str], tmp_path: Path) -> list[str]:
    problems = []
    for name, make in dialog_factories(w).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        _settle()
        problems += scene_problems(f"dialog {name}", dialog, reserved)
        dialog.close()

    # The export's progress dialog (shown by hand: it appears only after 300 ms).
    w.export_workplan(tmp_path / "look.xlsx")
    runner = w.export_runner
    runner.dialog.show()
    problems += scene_problems("export progress", runner.dialog, reserved)
    with qtbot.waitSignal(runner.done, timeout=30000):
        pass

    # The refusal of an altered plan, with its Rescue Data offer.
    altered = tmp_path / "altered.lcplan"
    shutil.copyfile(w.doc.path, altered)
    trigger_wipes_organisations(altered)

    def look(box: QWidget) -> None:
        problems.extend(scene_problems("rescue offer", box, reserved))
        box.button(QMessageBox.StandardButton.Close).click()

    modal.next(look)
    assert not w.open_path(altered)
    modal.check()
    assert modal.seen, "the rescue offer did not show"
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_mnemonic_clashes(qtbot, english_after, modal, demo_file, tmp_path, lang):
    w = english_after
    w.set_language(lang)
    _settle()
    plan = tmp_path / "plan.lcplan"
    shutil.copyfile(demo_file, plan)
    assert w.open_path(plan)
    problems, reserved = menu_problems(w)
    assert reserved, "the menu bar has no mnemonics"
    problems += walk_pages(w, reserved)
    problems += walk_dialogs(qtbot, w, modal, reserved, tmp_path)
    w.close_plan()  # the welcome page, with its recent plans
    _settle()
    problems += scene_problems("welcome page", w, reserved)
    problems = sorted(set(problems))
    assert not problems, f"{len(problems)} clashes in {lang}:\n" + "\n".join(problems)


def test_the_rules_see_a_clash():
    """The checker itself: Turkish i/İ/ı/I are one key, case does not matter."""
    assert mnemonic("Dü&zen") == "z" and mnemonic("Tom && &Jerry") == "J"
    assert mnemonic("no mnemonic") is None and mnemonic("a && b") is None
    assert clashes(["&Dosya", "&durum"]) and clashes(["D&il", "&İptal"]) and clashes(["&ılık", "D&il"])
    assert clashes(["&Başlık"], {"b": "&Bul"}) and not clashes(["&Copy", "C&lose"])
