"""View -> Gaps (issue 10, item 12): the list holds every gap and jumps to the action's field."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_gaps import _plan_with_gaps  # noqa: E402  (the same plan as the counting test)


def test_the_gap_list_goes_to_the_action_and_its_field(qtbot, window, modal, tmp_path):
    from PySide6.QtCore import Qt
    from lcplanner.ui.gaps_dialog import ActionRole, GapRole

    doc = _plan_with_gaps(tmp_path / "gaps.lcplan")
    doc.close()
    assert window.open_path(tmp_path / "gaps.lcplan")
    window.activateWindow()
    qtbot.waitActive(window)
    expected = sum(len(a.missing) for a in window.doc.actions())
    chosen = {}

    def pick(dialog) -> None:
        gaps = dialog.list
        assert gaps.count() == expected
        row = next(r for r in range(gaps.count()) if gaps.item(r).data(GapRole) == "lead")
        chosen["action"] = gaps.item(row).data(ActionRole)
        gaps.setCurrentRow(row)
        gaps.setFocus()
        qtbot.keyClick(gaps, Qt.Key.Key_Return)

    modal.next(pick)
    window.gaps_action.trigger()
    modal.check()
    page = window.area_page
    assert page.editor.action_id == chosen["action"]
    assert window.pages.currentWidget() is page
    focus = window.focusWidget()  # where the cursor is in the window (offscreen: maybe inactive)
    assert focus is page.editor.lead or page.editor.lead.isAncestorOf(focus)
