"""A translator's preview (lcplanner --translations DIR): edits saved in a .ts file after start-up
show at the next language switch and in the next export, and no compiled folder stays behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from lcplanner import app, i18n
from lcplanner.ui import language

SOURCE_TS = Path(__file__).resolve().parents[2] / "translations"


@pytest.fixture
def temp_root(tmp_path, monkeypatch) -> Path:
    """The system temp folder, made private to the test so leftovers can be seen."""
    root = tmp_path / "system-temp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


@pytest.fixture
def working_copy(tmp_path) -> Path:
    """A translator's copy of translations/ (what --translations DIR points at)."""
    folder = tmp_path / "my-translations"
    folder.mkdir()
    for ts in SOURCE_TS.glob("lcplanner_*.ts"):
        shutil.copyfile(ts, folder / ts.name)
    return folder


@pytest.fixture
def isolated_settings(settings_dir):
    """The window tests' settings, and the preview and the language undone afterwards."""
    yield settings_dir
    app.end_preview()
    language.apply_language("en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def edit(folder: Path, old: str, new: str) -> None:
    """What Linguist does when the translator saves: one Turkish translation changed."""
    ts = folder / "lcplanner_tr.ts"
    text = ts.read_text(encoding="utf-8")
    assert text.count(f"<translation>{old}</translation>") >= 1, old
    ts.write_text(text.replace(f"<translation>{old}</translation>",
                               f"<translation>{new}</translation>"), encoding="utf-8")


def test_edits_show_at_a_language_switch_and_in_an_export(qtbot, isolated_settings, temp_root,
                                                          working_copy, demo_file, tmp_path):
    from lcplanner.ui.main_window import MainWindow

    # Start-up as run_gui does it: the preview first, then the language, then the window.
    folder = app.use_preview_catalogues(working_copy)
    assert folder.parent == temp_root
    language.apply_language("en")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()

    # Saved in Linguist after start-up; the person picks Türkçe in the Language menu.
    edit(working_copy, "&amp;Dosya", "&amp;Dosya (deneme)")
    turkish = next(a for a in window.language_menu.actions() if a.data() == "tr")
    turkish.trigger()
    QApplication.processEvents()
    assert window.menuBar().actions()[0].text() == "&Dosya (deneme)"

    # Saved again; the export from the window (a Turkish plan) writes the new sheet name.
    edit(working_copy, "Kapak", "Kapak (deneme)")
    assert window.open_path(demo_file)
    target = tmp_path / "workplan.xlsx"
    window.export_workplan(target)
    with qtbot.waitSignal(window.export_runner.done, timeout=30000) as signal:
        pass
    assert signal.args[0], signal.args[1]
    assert load_workbook(target).sheetnames[1] == "Kapak (deneme)"
    window.close()

    # Leaving the preview (run_gui does it at exit) deletes the compiled catalogues.
    app.end_preview()
    assert list(temp_root.iterdir()) == []
    assert language.catalogue_dir == i18n.CATALOGUE_DIR
    assert i18n.Texts("tr")("Export", "Cover") == "Kapak"  # the shipped catalogue again


def test_a_ts_file_that_no_longer_compiles_keeps_the_last_good_one(isolated_settings, temp_root,
                                                                  working_copy, capsys):
    app.use_preview_catalogues(working_copy)
    language.apply_language("en")  # as run_gui: the UI's catalogues are the previewed ones
    edit(working_copy, "Kapak", "Kapak (1)")
    assert i18n.Texts("tr")("Export", "Cover") == "Kapak (1)"
    ts = working_copy / "lcplanner_tr.ts"
    ts.write_text(ts.read_text(encoding="utf-8")[:5000], encoding="utf-8")  # half saved
    assert i18n.Texts("tr")("Export", "Cover") == "Kapak (1)"
    assert "lcplanner_tr.ts" in capsys.readouterr().err
    app.end_preview()
    assert list(temp_root.iterdir()) == []


def test_the_program_leaves_no_temporary_folder(working_copy, tmp_path):
    """The real start-up (lcplanner --translations DIR) in its own process, to the first paint."""
    temp = tmp_path / "process-temp"
    temp.mkdir()
    script = shutil.which("lcplanner", path=str(Path(sys.executable).parent))
    command = [script] if script else [sys.executable, "-m", "lcplanner"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)}
    result = subprocess.run([*command, "--lang", "tr", "--translations", str(working_copy),
                             "--quit-after", "paint"], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in temp.iterdir() if p.name.startswith("lcplanner-")] == []


def test_a_folder_without_catalogues_falls_back_to_the_shipped_ones(isolated_settings, temp_root,
                                                                    tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert app.use_preview_catalogues(empty) == i18n.CATALOGUE_DIR
    assert "lcplanner_*.ts" in capsys.readouterr().err
    assert list(temp_root.iterdir()) == []
