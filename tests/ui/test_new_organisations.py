"""An organisation typed in as a lead gets no sector and is flagged until someone chooses one
(issue 10, item 13): a university is no longer exported as local government."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lcplanner.core.vocab import Sector


def test_a_typed_in_lead_has_no_sector_and_is_flagged_until_completed(qtbot, window, demo_file):
    assert window.open_path(demo_file)
    w = window
    w.show_area("BB1")
    page = w.area_page
    page.select_row(0)
    editor = page.editor
    lead = editor.lead.lineEdit()
    lead.setFocus()
    lead.selectAll()
    qtbot.keyClicks(lead, "Anadolu Universitesi")
    qtbot.keyClick(lead, Qt.Key.Key_Return)
    org_id = w.doc.find_organisation("Anadolu Universitesi")
    assert org_id is not None and w.doc.action(editor.action_id).lead_id == org_id
    assert w.doc.organisation(org_id).sector == ""  # not "local_government"
    assert any(i.severity == "warning" and "Anadolu Universitesi" in i.args for i in w.doc.check())

    w.pages.setCurrentWidget(w.organisations_page)
    model = w.organisations_page.model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) == "Anadolu Universitesi")
    sector_col = [model.key(c) for c in range(model.columnCount())].index("sector")
    assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None  # flagged
    assert model.index(row, sector_col).data(Qt.ItemDataRole.DisplayRole) == "(choose)"
    assert "sector" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    others = [r for r in range(model.rowCount()) if r != row]
    assert all(model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) is None for r in others)

    assert model.setData(model.index(row, sector_col), Sector.EDUCATION.value)
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) == "Anadolu Universitesi")
    assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert w.doc.organisation(org_id).sector == "education"
    assert not any("Anadolu Universitesi" in i.args for i in w.doc.check())
