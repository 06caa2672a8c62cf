"""The shared safe write of every output file (workbook, PDF): real files in a temp folder.

What a person must be able to count on: a replaced file keeps its permissions, a failure leaves the
old file as it was and no temporary behind, and every failure is one line naming their file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from lcplanner.core import outfile
from lcplanner.core.errors import PlanError
from lcplanner.core.outfile import OutputError, check_target, write_atomically

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~lcplanner"))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _writes(data: bytes):
    return lambda fh: fh.write(data)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_output_error_is_a_plan_error_with_exit_code_4():
    error = OutputError(None, "x.pdf")
    assert isinstance(error, PlanError) and error.exit_code == 4
    assert error.message() == "The file could not be written: x.pdf"


def test_a_new_file_is_written_with_the_normal_default_mode(tmp_path, umask_022):
    target = tmp_path / "plan.pdf"
    write_atomically(target, _writes(b"%PDF-1.7 new"), "pdf")
    assert target.read_bytes() == b"%PDF-1.7 new"
    if os.name == "posix":
        assert _mode(target) == 0o644  # 0666 less the umask, not mkstemp's private 0600
    assert _leftovers(tmp_path) == []


@POSIX
@pytest.mark.parametrize("mode", [0o600, 0o644, 0o640])
def test_a_replaced_file_keeps_its_permission_bits(tmp_path, umask_022, mode):
    target = tmp_path / "workplan.xlsx"
    target.write_bytes(b"last week's copy")
    target.chmod(mode)
    write_atomically(target, _writes(b"this week's copy"), "export")
    assert target.read_bytes() == b"this week's copy"
    assert _mode(target) == mode
    assert _leftovers(tmp_path) == []


def test_an_error_in_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "workplan.xlsx"
    target.write_bytes(b"the council's copy")
    seen: list[Path] = []

    class PowerCut(Exception):
        pass

    def half_then_fail(fh) -> None:
        fh.write(b"half a workbo")
        seen.extend(p for p in tmp_path.iterdir() if p.name.startswith(".~lcplanner-export-"))
        raise PowerCut("power cut")

    with pytest.raises(PowerCut):  # not an OSError: passed on unchanged
        write_atomically(target, half_then_fail, "export")
    assert len(seen) == 1 and not seen[0].exists()  # it was written beside, then removed
    assert target.read_bytes() == b"the council's copy"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("code", [errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)])
def test_a_full_disk_names_the_users_file(tmp_path, code):
    target = tmp_path / "workplan.xlsx"
    target.write_bytes(b"old")

    def full(fh) -> None:
        fh.write(b"some")
        raise OSError(code, os.strerror(code))

    with pytest.raises(OutputError) as caught:
        write_atomically(target, full, "export")
    message = caught.value.message()
    assert message.startswith("The disk is full, so ") and str(target) in message
    assert ".~lcplanner" not in message and "\n" not in message
    assert caught.value.field == "path" and caught.value.exit_code == 4
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []


def test_file_too_large_and_other_errors_name_the_users_file(tmp_path):
    target = tmp_path / "poster.pdf"

    def too_large(fh) -> None:
        raise OSError(errno.EFBIG, "File too large", str(tmp_path / ".~lcplanner-pdf-1-abcdef.tmp"))

    with pytest.raises(OutputError) as caught:
        write_atomically(target, too_large, "pdf")
    assert "file too large" in caught.value.message() and str(target) in caught.value.message()

    def broken(fh) -> None:
        raise OSError(errno.EIO, "Input/output error", str(tmp_path / ".~lcplanner-pdf-1-abcdef.tmp"))

    with pytest.raises(OutputError) as caught:
        write_atomically(target, broken, "pdf")
    assert caught.value.message() == f"{target} could not be written: Input/output error"
    assert not target.exists() and _leftovers(tmp_path) == []


def test_a_locked_target_is_left_as_it_was(tmp_path, monkeypatch):
    target = tmp_path / "workplan.xlsx"
    target.write_bytes(b"open in Excel")

    def refuse(*_args) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(outfile.os, "replace", refuse)
    with pytest.raises(OutputError) as caught:
        write_atomically(target, _writes(b"new"), "export")
    monkeypatch.undo()
    assert "may be open in Excel" in caught.value.message()
    assert str(target) in caught.value.message()
    assert target.read_bytes() == b"open in Excel" and _leftovers(tmp_path) == []


def test_a_folder_that_cannot_hold_files_even_for_root(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, where a folder should be", encoding="utf-8")
    target = not_a_folder / "workplan.xlsx"
    with pytest.raises(OutputError) as caught:
        check_target(target)
    assert caught.value.field == "path" and str(not_a_folder) in caught.value.message()
    with pytest.raises(OutputError) as caught:  # the write itself says so too, in one line
        write_atomically(target, _writes(b"x"), "export")
    assert str(not_a_folder) in caught.value.message() and "Traceback" not in caught.value.message()
    assert not_a_folder.read_text(encoding="utf-8") == "a file, where a folder should be"


def test_replaceable_is_asked_after_the_write_and_can_refuse(tmp_path):
    target = tmp_path / "workplan.xlsx"
    target.write_bytes(b"keep me")
    order: list[str] = []

    class Refused(Exception):
        pass

    def write(fh) -> None:
        order.append("write")
        fh.write(b"new")

    def replaceable() -> None:
        order.append("asked")
        raise Refused

    with pytest.raises(Refused):
        write_atomically(target, write, "export", replaceable)
    assert order == ["write", "asked"]
    assert target.read_bytes() == b"keep me" and _leftovers(tmp_path) == []
    write_atomically(target, write, "export", lambda: order.append("allowed"))
    assert order[-2:] == ["write", "allowed"] and target.read_bytes() == b"new"


def test_check_target_refuses_folders_and_missing_folders(tmp_path):
    with pytest.raises(OutputError) as caught:
        check_target(tmp_path)
    assert "is a folder" in caught.value.message()
    with pytest.raises(OutputError) as caught:
        check_target(tmp_path / "nowhere" / "x.pdf")
    assert "does not exist" in caught.value.message()
    check_target(tmp_path / "fine.pdf")  # a new name in a writable folder
    assert not (tmp_path / "fine.pdf").exists()  # checking writes nothing


def test_long_names_up_to_the_file_systems_limit(tmp_path):
    limit = outfile._name_max(tmp_path)
    fits = tmp_path / ("a" * (limit - 5) + ".xlsx")
    check_target(fits)
    write_atomically(fits, _writes(b"ok"), "export")  # our temporary's short name fits too
    assert fits.read_bytes() == b"ok" and _leftovers(tmp_path) == []
    too_long = tmp_path / ("a" * (limit - 4) + ".xlsx")
    with pytest.raises(OutputError) as caught:
        check_target(too_long)
    message = caught.value.message()
    assert "too long" in message and too_long.name in message and ".~lcplanner" not in message
    assert f"{limit + 1} bytes; at most {limit}" in message


def test_a_folder_that_may_not_be_written_names_the_folder(tmp_path, monkeypatch):
    """As root every folder is writable, so the refusals are simulated where the system says no."""
    target = tmp_path / "workplan.xlsx"
    monkeypatch.setattr(outfile.os, "access", lambda *_args, **_kwargs: False)
    with pytest.raises(OutputError) as caught:
        check_target(target)
    assert caught.value.message() == (
        f"The folder {tmp_path} cannot be written to. Choose another folder.")
    monkeypatch.undo()

    def denied(*_args, **_kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / ".~lcplanner-x"))

    monkeypatch.setattr(outfile, "temp_beside", denied)
    with pytest.raises(OutputError) as caught:
        write_atomically(target, _writes(b"x"), "export")
    assert caught.value.message() == (
        f"The folder {tmp_path} cannot be written to. Choose another folder.")
    assert not target.exists()
