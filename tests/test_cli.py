"""The `lcplanner` command as installed: every subcommand, its output and exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lcplanner import __version__
from lcplanner.core import framework

SCRIPT = shutil.which("lcplanner", path=str(Path(sys.executable).parent))


def run(*args: str | Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    command = [SCRIPT] if SCRIPT else [sys.executable, "-m", "lcplanner"]
    result = subprocess.run([*command, *map(str, args)], capture_output=True, text=True,
                            timeout=120, env={**{k: v for k, v in os.environ.items()
                                                 if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")},
                                              "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"})
    # (English messages whatever the developer's locale: the command line follows it)
    assert "Traceback" not in result.stderr, result.stderr
    if ok:
        assert result.returncode == 0, result.stderr
    return result


def test_the_console_script_is_installed():
    assert SCRIPT, "the lcplanner entry point is missing from the environment"


def test_help_lists_every_command():
    out = run("--help").stdout
    for command in ("new", "demo", "info", "check", "--demo", "--version"):
        assert command in out


def test_version():
    assert run("--version").stdout.strip() == f"LC Planner {__version__}"


def test_demo_info_json_and_check(tmp_path):
    path = tmp_path / "x.lcplan"
    run("demo", path)
    info = json.loads(run("info", path, "--json").stdout)
    assert [a["code"] for a in info["areas"]] == [a.code for a in framework.PLAN_AREAS]
    kinds = [a["kind"] for a in info["areas"]]
    assert kinds.count("building_block") == 6 and kinds.count("condition") == 3
    for area in info["areas"]:
        assert area["actions"] > 0 and area["objectives"] > 0
        assert float(area["budget_total"]) >= 0 and area["budget_by_year"]
    assert info["plan"]["city"] == "Ilgınova" and info["organisations"] > 10
    assert info["totals"]["actions"] == sum(a["actions"] for a in info["areas"])
    check = run("check", path)
    assert "0 errors" in check.stdout
    strict = run("check", path, "--strict", ok=False)
    assert strict.returncode == 1  # the demo keeps a few gaps a workshop would fill
    text = run("info", path).stdout
    assert "BB1" in text and "FC3" in text


def test_new_plan(tmp_path):
    path = tmp_path / "bolu.lcplan"
    run("new", path, "--city", "Bolu", "--title", "Öğrenen Bolu", "--lang", "tr", "--start", "2027")
    plan = json.loads(run("info", path, "--json").stdout)["plan"]
    assert (plan["city"], plan["title"], plan["period_start"], plan["period_end"]) == (
        "Bolu", "Öğrenen Bolu", 2027, 2029)
    again = run("new", path, "--city", "Bolu", ok=False)
    assert again.returncode == 3 and "already exists" in again.stderr
    backwards = run("new", tmp_path / "b.lcplan", "--city", "B", "--start", "2030", "--end", "2026",
                    ok=False)
    assert backwards.returncode == 3 and "before it starts" in backwards.stderr
    assert not (tmp_path / "b.lcplan").exists()


@pytest.mark.parametrize("content", [b"", b"hello", b"SQLite format 3\x00" + b"\x00" * 50])
def test_bad_files_give_one_line_and_exit_3(tmp_path, content):
    path = tmp_path / "bad.lcplan"
    path.write_bytes(content)
    for command in ("info", "check"):
        result = run(command, path, ok=False)
        assert result.returncode == 3
        assert len(result.stderr.strip().splitlines()) == 1
        assert "bad.lcplan" in result.stderr
    assert path.read_bytes() == content


def test_missing_file_and_usage_errors(tmp_path):
    assert run("info", tmp_path / "none.lcplan", ok=False).returncode == 3
    assert run("new", tmp_path / "x.lcplan", ok=False).returncode == 2  # --city is required
    assert run("demo", tmp_path / "x.lcplan", "--lang", "xx", ok=False).returncode == 2


def test_check_reports_errors_with_exit_1(tmp_path):
    import sqlite3

    path = tmp_path / "broken.lcplan"
    run("demo", path)
    con = sqlite3.connect(path)
    con.execute("UPDATE action SET status = 'lost' WHERE id = 1")
    con.commit()
    con.close()
    result = run("check", path, ok=False)
    assert result.returncode == 1 and "unknown status" in result.stdout


def test_export_in_turkish_and_errors(tmp_path):
    from openpyxl import load_workbook

    plan = tmp_path / "x.lcplan"
    run("demo", plan)
    out = tmp_path / "isplani.xlsx"
    result = run("export", plan, "-o", out, "--lang", "tr")
    assert "isplani.xlsx" in result.stdout
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Özet", "Kapak"] and wb["BB2 Aileler ve toplum"]["C1"].value == "Eylem"
    english = tmp_path / "workplan.xlsx"
    run("export", plan, "-o", english, "--lang", "en")
    assert load_workbook(english).sheetnames[1] == "Cover"
    failed = run("export", plan, "-o", tmp_path / "missing" / "x.xlsx", ok=False)
    assert failed.returncode == 4 and "does not exist" in failed.stderr
    assert len(failed.stderr.strip().splitlines()) == 1


def test_a_damaged_plan_gives_one_line_and_the_details_go_to_the_log(tmp_path, demo_file, capsys):
    from badfiles import _damaged
    from lcplanner.cli import main
    from lcplanner.logfile import setup_logging

    folder = tmp_path / "bad"
    folder.mkdir()
    path = _damaged(folder, demo_file)
    assert main(["check", str(path)]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and path.name in err and "Traceback" not in err
    import logging

    logger = logging.getLogger("lcplanner")
    try:
        log = setup_logging().read_text(encoding="utf-8")
    finally:  # the CLI ran in this process: leave no log handler to the tests after this one
        for handler in [h for h in logger.handlers if getattr(h, "_lcplanner_file", False)]:
            logger.removeHandler(handler)
            handler.close()
    assert "CorruptPlan" in log and path.name in log
    entry = log[log.rindex("CorruptPlan"):]
    assert len(entry.strip().splitlines()) > 1  # SQLite's whole report, line by line


def test_info_json_counts_the_workshop(tmp_path):
    from lcplanner.core.document import PlanDocument

    path = tmp_path / "w.lcplan"
    doc = PlanDocument.create(path, "Bolu")
    try:
        org = doc.add_organisation("City Hall")
        doc.add_stakeholder(org)
        doc.add_workshop("Kick-off")
        doc.set_rating("BB1", "BB1.1", level=2)
        doc.add_initiative("BB1", "Play bus")
        cards = [doc.add_idea("BB1", f"Idea {n}") for n in range(3)]
        group = doc.add_group("Red", budget=5)
        doc.set_dots(cards[0], group, 4)
        doc.promote_ideas([cards[0]], "action")
    finally:
        doc.close()
    info = json.loads(run("info", path, "--json").stdout)
    assert info["workshop"] == {"workshops": 1, "stakeholders": 1, "ratings": 1,
                                "initiatives": 1, "ideas": 3, "dots": 4, "voter_groups": 1,
                                "ideas_promoted": 1, "prompts_loaded": 0}


# --- export: a full disk, long names, permissions, the name's extension, contacts (issue 12) -----

EMAIL = "ayse.yilmaz@example.org"  # the demo municipality's contact person: personal data


def _sheets_with(path: Path, text: str) -> list[str]:
    """The titles of the sheets with a cell containing ``text``."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return [ws.title for ws in wb.worksheets
                if any(text in str(v) for row in ws.iter_rows(values_only=True) for v in row if v)]
    finally:
        wb.close()


def _organisations_sheet(path: Path) -> str:
    """The title of the sheet holding the Organisations table, in whatever language."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    return next(ws.title for ws in wb.worksheets if "Organisations" in ws.tables)


@pytest.fixture
def cli_main():
    """The CLI's main() in this process; its log handler is removed afterwards (as above)."""
    import logging

    from lcplanner.cli import main

    yield main
    logger = logging.getLogger("lcplanner")
    for handler in [h for h in logger.handlers if getattr(h, "_lcplanner_file", False)]:
        logger.removeHandler(handler)
        handler.close()


def _one_line_failure(code: int, err: str, target: Path) -> None:
    """Exit 4 and one line naming the person's file (or its folder), never our temporary."""
    assert code == 4, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert target.name in err or f"folder {target.parent} " in err, err
    assert ".~lcplanner" not in err, err


def _disk_full(*_args, **_kwargs):
    import errno

    raise OSError(errno.ENOSPC, "No space left on device")


def _too_large(*_args, **_kwargs):
    import errno

    raise OSError(errno.EFBIG, "File too large")


def _read_only_drive(*_args, **_kwargs):
    import errno

    raise OSError(errno.EROFS, "Read-only file system")


def _folder_denied(*_args, **_kwargs):
    raise PermissionError(13, "Permission denied")


def _copy_cannot_be_opened(*_args, **_kwargs):
    from sqlalchemy import create_engine

    return create_engine("sqlite:////nonexistent-folder/copy.lcplan")  # connecting fails


def _sort_spills_into_a_full_folder(*_args, **_kwargs):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    cause = sqlite3.OperationalError("database or disk is full")
    cause.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite sets it
    raise OperationalError("SELECT ...", {}, cause)


@pytest.mark.parametrize(("where", "fault", "said"), [
    ("lcplanner.core.outfile.os.fsync", _disk_full, "The disk is full"),
    ("lcplanner.core.outfile.temp_beside", _read_only_drive, "cannot be written to"),
    ("lcplanner.core.outfile.os.replace", _folder_denied, "may be open in Excel"),
    ("lcplanner.export.writer._save", _too_large, "file too large"),
    ("lcplanner.export.workbook.WorkplanWriter.write", _disk_full, "where temporary files go"),
    ("lcplanner.export.snapshot.make_engine", _copy_cannot_be_opened, "working copy"),
    ("lcplanner.export.data.ExportData.workplan_actions", _sort_spills_into_a_full_folder,
     "ran out of room"),
], ids=["disk-full-on-target", "read-only-drive", "locked", "file-too-large",
        "temp-folder-full", "working-copy-unreadable", "sqlite-full-while-reading"])
def test_export_write_failures_are_one_line_and_exit_4(demo_file, tmp_path, monkeypatch, capsys,
                                                        cli_main, where, fault, said):
    main = cli_main
    target = tmp_path / "council.xlsx"
    assert main(["export", str(demo_file), "-o", str(target), "--lang", "en"]) == 0
    before = target.read_bytes()
    capsys.readouterr()
    monkeypatch.setattr(where, fault)
    code = main(["export", str(demo_file), "-o", str(target), "--lang", "tr"])
    monkeypatch.undo()
    out, err = capsys.readouterr()
    _one_line_failure(code, err, target)
    assert said in err and out == ""
    assert target.read_bytes() == before  # last week's workbook is still there
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_export_report_to_a_full_disk_is_one_line_and_exit_4(demo_file, tmp_path):
    """``lcplanner export ... > report.txt`` on a full disk: the workbook is there, one line says
    the report could not be written, and Python's "Exception ignored" never shows."""
    target = tmp_path / "council.xlsx"
    command = [SCRIPT] if SCRIPT else [sys.executable, "-m", "lcplanner"]
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = subprocess.run([*command, "export", str(demo_file), "-o", str(target)],
                                stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
                                env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                     "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    assert result.returncode == 4, result.stderr
    assert result.stderr.strip().splitlines() == [
        "lcplanner: error: The disk is full, so the command's output could not be written."]
    assert target.read_bytes()[:4] == b"PK\x03\x04"


def test_export_long_file_names(demo_file, tmp_path):
    if os.pathconf(tmp_path, "PC_NAME_MAX") != 255:
        pytest.skip("the temp folder's file system does not have the usual 255-byte names")
    for length in (249, 255):  # our hidden temporary's name is short: it fits beside these
        target = tmp_path / ("a" * (length - 5) + ".xlsx")
        result = run("export", demo_file, "-o", target)
        assert str(target) in result.stdout and target.read_bytes()[:4] == b"PK\x03\x04"
    target = tmp_path / ("a" * 251 + ".xlsx")
    failed = run("export", demo_file, "-o", target, ok=False)
    _one_line_failure(failed.returncode, failed.stderr, target)
    assert "too long" in failed.stderr and "256 bytes; at most 255" in failed.stderr
    assert target.name not in os.listdir(tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.parametrize("mode", [0o600, 0o644])
def test_export_over_a_file_keeps_its_permissions(demo_file, tmp_path, mode):
    import stat

    target = tmp_path / "council.xlsx"
    run("export", demo_file, "-o", target, "--lang", "en")
    target.chmod(mode)
    before = target.read_bytes()
    run("export", demo_file, "-o", target, "--lang", "tr")
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_bytes() != before  # really replaced (another language)


def test_export_name_must_end_in_xlsx_unless_forced(demo_file, tmp_path):
    text = tmp_path / "out.txt"
    refused = run("export", demo_file, "-o", text, ok=False)
    _one_line_failure(refused.returncode, refused.stderr, text)
    assert "ends in .xlsx" in refused.stderr and "--force" in refused.stderr
    assert not text.exists() and refused.stdout == ""
    forced = run("export", demo_file, "-o", text, "--force")
    assert str(text) in forced.stdout and text.read_bytes()[:4] == b"PK\x03\x04"


def test_export_name_without_extension_gets_xlsx(demo_file, tmp_path):
    result = run("export", demo_file, "-o", tmp_path / "workplan")
    written = tmp_path / "workplan.xlsx"
    lines = result.stdout.strip().splitlines()
    assert str(written) in lines[0] and ".xlsx was added" in lines[1]
    assert written.read_bytes()[:4] == b"PK\x03\x04" and not (tmp_path / "workplan").exists()


def test_export_contacts_only_when_asked(demo_file, tmp_path):
    plain, personal = tmp_path / "plain.xlsx", tmp_path / "personal.xlsx"
    run("export", demo_file, "-o", plain, "--lang", "en")
    run("export", demo_file, "-o", personal, "--lang", "en", "--contacts")
    assert _sheets_with(plain, EMAIL) == []  # personal data nowhere in the council's workbook
    assert _sheets_with(personal, EMAIL) == [_organisations_sheet(personal)] == ["Organisations"]
    assert "--contacts" in run("export", "--help").stdout
