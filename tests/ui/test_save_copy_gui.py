"""Save a copy as: onto the plan itself (however spelled) the window says so and changes nothing."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QFileDialog, QMessageBox


def test_copy_onto_the_open_plan_is_refused_with_a_message(window, modal, demo_file):
    assert window.open_path(demo_file)
    (demo_file.parent / "x").mkdir()
    spelled = demo_file.parent / "x" / ".." / demo_file.name
    window.doc.add_organisation("Yeni Dernek")  # the live plan differs from any old copy
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()

    def answer(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        modal.next(replace)
        dialog.selectFile(str(spelled))
        dialog.accept()

    def replace(box) -> None:  # the file dialog's own "already exists: replace it?"
        modal.next(lambda box: box.accept())
        box.button(QMessageBox.StandardButton.Yes).click()

    modal.next(answer)
    window.save_copy()
    modal.check()
    assert modal.kinds == ["QFileDialog", "QMessageBox", "QMessageBox"]
    assert modal.icons[2] == QMessageBox.Icon.Critical and "plan itself" in modal.texts[2]
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
    assert window.doc.find_organisation("Yeni Dernek") is not None  # still editing the same plan
