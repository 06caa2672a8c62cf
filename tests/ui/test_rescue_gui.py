"""A refused plan in the window: the message offers Rescue Data, which opens a clean copy."""

from __future__ import annotations

import hashlib
import re
import shutil

from PySide6.QtWidgets import QFileDialog, QMessageBox

from hostile import trigger_wipes_organisations
from lcplanner.core.errors import UntrustedPlan


def test_altered_plan_is_rescued_into_a_new_plan_that_opens(window, modal, tmp_path, demo_file):
    path = tmp_path / "altered.lcplan"
    shutil.copyfile(demo_file, path)
    trigger_wipes_organisations(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    target = tmp_path / "clean.lcplan"

    def click_rescue(box) -> None:
        assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Critical
        assert "changed by another program" in box.text() and "wipe" in box.text()
        rescue = next(b for b in box.buttons() if "Rescue" in b.text())
        modal.next(save_as)
        rescue.click()

    def save_as(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.selectedFiles()[0].endswith("altered (rescued).lcplan")
        modal.next(done)
        dialog.selectFile(str(target))
        dialog.accept()

    def done(box) -> None:
        assert box.windowTitle() == "Plan rescued"
        box.accept()

    modal.next(click_rescue)
    assert window.open_path(path)
    modal.check()
    assert len(modal.seen) == 3
    assert re.match(r"^[1-9]\d* row", modal.texts[2])  # how many rows came over
    assert window.doc is not None and window.doc.path == target
    assert len(window.doc.organisations()) > 5  # the trigger never ran: nothing was wiped
    assert window.doc.plan().title != "pwned"
    window.doc.update_plan(title="Yeni")  # the rescued plan takes edits
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_not_rescuable_refusal_has_no_rescue_button(window, modal, tmp_path):
    path = tmp_path / "empty.lcplan"
    path.write_bytes(b"")

    def look(box) -> None:
        assert not any("Rescue" in b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.Close).click()

    modal.next(look)
    assert not window.open_path(path)
    modal.check()
    assert window.doc is None


def test_untrusted_plan_is_rescuable():
    assert UntrustedPlan.rescuable
