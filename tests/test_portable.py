"""Portable mode: with a `portable` file beside the program, settings, logs and plans stay there."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from lcplanner import paths


def test_portable_marker_keeps_everything_beside_the_program(tmp_path, monkeypatch, qapp):
    stick = tmp_path / "usb" / "LC Planner"
    stick.mkdir(parents=True)
    monkeypatch.setattr(sys, "executable", str(stick / "lcplanner"))
    assert paths.portable_root() is None  # no marker: the user's folders
    assert str(paths.log_dir()).startswith(os.environ["XDG_STATE_HOME"])
    assert str(paths.documents_dir()).startswith(os.environ["XDG_DOCUMENTS_DIR"])

    (stick / "portable").write_text("")
    assert paths.portable_root() == stick
    assert paths.log_dir() == stick / "logs" and (stick / "logs").is_dir()
    assert paths.documents_dir() == stick / "plans"
    paths.configure_settings()
    try:
        qapp.setOrganizationName("LC Planner")
        qapp.setApplicationName("LC Planner")
        settings = QSettings()  # what the app uses
        settings.setValue("recent", ["/x.lcplan"])
        settings.sync()
        assert Path(settings.fileName()).is_relative_to(stick / "settings")
        assert Path(settings.fileName()).is_file()
        from lcplanner.ui.crash import setup_logging

        log_file = setup_logging()
        logging.getLogger("lcplanner").info("portable test line")
        for handler in logging.getLogger("lcplanner").handlers:
            handler.flush()
        assert log_file.parent == stick / "logs" and "portable test line" in log_file.read_text()
    finally:
        for handler in list(logging.getLogger("lcplanner").handlers):
            logging.getLogger("lcplanner").removeHandler(handler)
            handler.close()
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
