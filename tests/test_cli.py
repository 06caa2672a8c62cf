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
    assert wb.sheetnames[0] == "Kapak" and wb["BB2 Aileler ve toplum"]["C1"].value == "Eylem"
    english = tmp_path / "workplan.xlsx"
    run("export", plan, "-o", english, "--lang", "en")
    assert load_workbook(english).sheetnames[0] == "Cover"
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
