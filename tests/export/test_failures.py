"""A failed export leaves no file at the target and an existing file there untouched."""

from __future__ import annotations

import errno
import hashlib
import os
import sys
from pathlib import Path

import pytest

from lcplanner.core.document import PlanDocument
from lcplanner.export.writer import ExportError, export_workplan


@pytest.fixture
def demo(demo_file):
    doc = PlanDocument.open(demo_file, read_only=True)
    yield doc
    doc.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_error_in_the_middle_leaves_the_old_file_untouched(demo, tmp_path):
    target = tmp_path / "workplan.xlsx"
    export_workplan(demo, target, lang="en")  # the council's copy from last week
    before = _digest(target)
    calls = []

    def explode(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        export_workplan(demo, target, progress=explode)
    assert _digest(target) == before and _leftovers(tmp_path) == []


def test_full_disk_gives_a_clear_message_and_no_file(demo, tmp_path):
    target = tmp_path / "workplan.xlsx"

    def disk_full(done: int, total: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as caught:
        export_workplan(demo, target, progress=disk_full)
    assert "disk is full" in caught.value.message()
    assert not target.exists() and _leftovers(tmp_path) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /sys, unwritable even for root")
def test_unwritable_folder(demo):
    with pytest.raises(ExportError) as caught:
        export_workplan(demo, Path("/sys/workplan.xlsx"))
    assert "cannot be written" in caught.value.message()
    assert not Path("/sys/workplan.xlsx").exists()


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="an administrator can write to a read-only folder")
def test_read_only_folder_for_a_normal_user(demo, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    with pytest.raises(ExportError):
        export_workplan(demo, folder / "workplan.xlsx")
    assert list(folder.iterdir()) == []


def test_missing_folder_and_folder_as_target(demo, tmp_path):
    with pytest.raises(ExportError) as caught:
        export_workplan(demo, tmp_path / "nowhere" / "x.xlsx")
    assert "does not exist" in caught.value.message()
    with pytest.raises(ExportError) as caught:
        export_workplan(demo, tmp_path)
    assert "is a folder" in caught.value.message()
