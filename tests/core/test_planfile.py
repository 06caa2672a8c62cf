"""Opening plan files: every kind of wrong file is refused with its own error and left untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from badfiles import BAD_FILES, _read_only
from lcplanner.core import errors
from lcplanner.core.document import PlanDocument
from lcplanner.core.planfile import APPLICATION_ID, SCHEMA_VERSION


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def sample_plan(tmp_path: Path, demo_file: Path) -> Path:
    """A real plan file with data, in its own folder (so bad copies sit apart)."""
    folder = tmp_path / "bad"
    folder.mkdir()
    return demo_file


@pytest.mark.parametrize("make, error", BAD_FILES, ids=[f.__name__.strip("_") for f, _ in BAD_FILES])
def test_bad_file_refused_with_its_own_error_and_left_untouched(tmp_path, sample_plan, make, error):
    folder = tmp_path / "bad"
    path = make(folder, sample_plan)
    before, listing = _digest(path), _listing(folder)
    with pytest.raises(errors.PlanFileError) as caught:
        PlanDocument.open(path)
    assert type(caught.value) is error
    assert path.name in caught.value.message()
    assert _digest(path) == before
    assert _listing(folder) == listing  # no lock, journal or backup left behind


def test_read_only_file_opens_read_only_and_refuses_edits(tmp_path, sample_plan):
    path = _read_only(tmp_path, sample_plan)
    before = _digest(path)
    doc = PlanDocument.open(path, read_only=True)
    try:
        assert doc.read_only
        assert len(doc.actions()) > 40
        with pytest.raises(errors.ReadOnlyDocument):
            doc.add_organisation("Yeni Dernek")
    finally:
        doc.close()
    assert _digest(path) == before


def test_new_file_carries_application_id_and_schema_version(tmp_path):
    doc = PlanDocument.create(tmp_path / "new.lcplan", "Bolu", language="tr")
    doc.close()
    con = sqlite3.connect(tmp_path / "new.lcplan")
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert _listing(tmp_path) == ["new.lcplan"]  # lock file gone after close


def test_create_refuses_to_overwrite(tmp_path, demo_file):
    before = _digest(demo_file)
    with pytest.raises(errors.FileExists):
        PlanDocument.create(demo_file, "Bolu")
    assert _digest(demo_file) == before


def test_foreign_keys_and_durability_pragmas_are_on(doc):
    with doc.file.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_second_opener_gets_plan_locked_naming_the_holder(demo_file):
    first = PlanDocument.open(demo_file)
    try:
        with pytest.raises(errors.PlanLocked) as caught:
            PlanDocument.open(demo_file)
        assert str(os.getpid()) in caught.value.holder
        assert "pid" in caught.value.message()
        reader = PlanDocument.open(demo_file, read_only=True)  # read-only access stays possible
        assert reader.plan().city == "Ilgınova"
        reader.close()
    finally:
        first.close()
    PlanDocument.open(demo_file).close()  # free again after close


def test_lock_is_held_against_another_process(demo_file):
    import subprocess
    import sys

    doc = PlanDocument.open(demo_file)
    try:
        code = ("import sys\nfrom lcplanner.core.document import PlanDocument\n"
                "from lcplanner.core.errors import PlanLocked\n"
                "try:\n    PlanDocument.open(sys.argv[1])\nexcept PlanLocked as e:\n"
                "    print(e.holder); sys.exit(7)\n")
        result = subprocess.run([sys.executable, "-c", code, str(demo_file)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 7, result.stderr
        assert f"pid {os.getpid()}" in result.stdout
    finally:
        doc.close()


def test_save_copy_is_a_consistent_plan(doc, tmp_path):
    doc.add_organisation("Halk Eğitim Merkezi")
    copy = doc.save_copy(tmp_path / "copy.lcplan")
    other = PlanDocument.open(copy)
    try:
        assert [o.name for o in other.organisations()] == ["Halk Eğitim Merkezi"]
    finally:
        other.close()
    assert doc.path.name == "plan.lcplan"


def test_closed_document_refuses_work(doc):
    doc.close()
    with pytest.raises(errors.ClosedDocument):
        doc.actions()


def test_error_messages_translate_at_display_time():
    err = errors.NewerPlan(None, "/x/plan.lcplan", 9, 2)
    assert err.message() == err.english()
    assert "schema version 9" in err.message() and "up to 2" in err.message()
