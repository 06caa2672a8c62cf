"""The main window on a real plan file, driven offscreen through pytest-qt."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from lcplanner.app import build_window
from lcplanner.core import framework
from lcplanner.core.document import PlanDocument
from lcplanner.ui.action_table import IdRole
from lcplanner.ui.main_window import MainWindow
from lcplanner.ui.navigator import ENTRIES, KeyRole


def _options(**kw) -> argparse.Namespace:
    return argparse.Namespace(**{"file": None, "demo": False, "read_only": False, "lang": None, **kw})


def test_demo_start_opens_a_fresh_copy_in_documents(qtbot):
    first = build_window(_options(demo=True))
    qtbot.addWidget(first)
    second = build_window(_options(demo=True))
    qtbot.addWidget(second)
    folder = Path(os.environ["XDG_DOCUMENTS_DIR"]) / "LC Planner"
    assert first.doc.path.parent == folder and second.doc.path.parent == folder
    assert first.doc.path != second.doc.path  # a fresh copy, never the earlier one
    assert "Ilgınova" in first.windowTitle()
    first.close()
    second.close()


def test_navigator_and_action_table_show_the_plan(qtbot, demo_file):
    window = build_window(_options(file=str(demo_file)))
    qtbot.addWidget(window)
    window.show()
    QAbstractItemModelTester(window.navigator_model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(window.actions_model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    QAbstractItemModelTester(window.actions_proxy,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    model = window.navigator_model
    assert [model.index(r).data(KeyRole) for r in range(model.rowCount())] == list(ENTRIES)
    summary = {s.area: s for s in window.doc.summary()}
    bb1 = model.index(model.row_of("BB1"))
    assert f"({summary['BB1'].actions})" in bb1.data()
    incomplete = model.index(model.row_of("BB2"))
    warning = incomplete.data(Qt.ItemDataRole.DecorationRole)
    blank = model.index(model.row_of("BB3")).data(Qt.ItemDataRole.DecorationRole)
    assert summary["BB2"].incomplete and not summary["BB3"].incomplete
    assert warning.cacheKey() != blank.cacheKey()
    assert "lack" in incomplete.data(Qt.ItemDataRole.ToolTipRole)
    assert "lack" not in model.index(model.row_of("BB3")).data(Qt.ItemDataRole.ToolTipRole)

    window.navigator.setCurrentIndex(bb1)
    assert window.actions_model.rowCount() == summary["BB1"].actions
    ids = [window.actions_model.index(r, 0).data(IdRole) for r in range(window.actions_model.rowCount())]
    assert ids == [a.id for a in window.doc.actions("BB1")]
    proxy = window.actions_proxy  # what the person sees: plan order until a header is clicked
    assert [proxy.index(r, 0).data(IdRole) for r in range(proxy.rowCount())] == ids
    assert framework.AREA_BY_CODE["BB1"].name in window.area_title.text()

    # An edit through the document refreshes the table and the navigator count.
    window.doc.add_action("BB1", "Yeni eylem")
    assert window.actions_model.rowCount() == summary["BB1"].actions + 1
    assert f"({summary['BB1'].actions + 1})" in bb1.data()
    window.close()
    assert window.doc is None
    PlanDocument.open(demo_file).close()  # closing the window released the file


def test_refused_file_keeps_the_window_usable(qtbot, tmp_path, monkeypatch):
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.lcplan"
    bad.write_bytes(b"not a plan")
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.open_path(bad)
    assert window.doc is None and "bad.lcplan" in shown[0]
