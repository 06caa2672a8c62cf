"""Issue 16: publish a plan file to a server, take it offline for a workshop without network,
edit it there and merge it back, all on the command line; info, check, export, report and pdf
take the server URL wherever they take a file."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from test_cli import run  # noqa: E402

from lcplanner.core.document import PlanDocument  # noqa: E402
from lcplanner.server.targets import open_document  # noqa: E402


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def test_publish_take_offline_edit_merge_back(tmp_path, postgres_url):
    url = _plain(postgres_url)
    run("demo", tmp_path / "other.lcplan", "--lang", "tr")  # another city's plan first: the
    con = sqlite3.connect(tmp_path / "other.lcplan")  # ids of the second are taken already
    con.execute("UPDATE plan SET uuid = '11111111-2222-4333-8444-555555555555'")
    con.commit()
    con.close()
    run("publish", tmp_path / "other.lcplan", url)
    run("demo", tmp_path / "plan.lcplan", "--lang", "en")
    said = run("publish", tmp_path / "plan.lcplan", url).stdout
    assert said.startswith("Published ") and "?plan=" in said
    target = said.split(" as ", 1)[1].strip()
    file_doc = PlanDocument.open(tmp_path / "plan.lcplan", read_only=True)
    on_file = [(a.uuid, a.code, a.title, a.budget_total, a.lead_name) for a in file_doc.actions()]
    file_doc.close()
    server = open_document(target)
    try:
        assert [(a.uuid, a.code, a.title, a.budget_total, a.lead_name)
                for a in server.actions()] == on_file
    finally:
        server.close()

    # the commands that read a plan read it from the server too
    assert "Learning City" in run("info", target).stdout
    assert "0 errors" in run("check", target).stdout
    run("export", target, "-o", tmp_path / "plan.xlsx", "--lang", "en")
    sheets = load_workbook(tmp_path / "plan.xlsx").sheetnames
    assert any(name.startswith("BB1") for name in sheets)
    run("report", target, "--period", "2027", "-o", tmp_path / "report.xlsx", "--lang", "en")
    run("pdf", target, "-o", tmp_path / "plan.pdf")
    assert (tmp_path / "plan.pdf").stat().st_size > 10_000

    # offline: a copy for the workshop; meanwhile the office edits the server plan
    said = run("take-offline", target, tmp_path / "workshop.lcplan").stdout
    assert "workshop.lcplan" in said and "lcplanner merge" in said
    workshop = PlanDocument.open(tmp_path / "workshop.lcplan")
    first, second = workshop.actions()[:2]
    workshop.update_action(first.id, title="Play houses, agreed at the workshop")
    workshop.add_action("BB3", "Evening classes for shift workers")
    workshop.close()
    office = open_document(target)
    office.update_action(second.id, notes="Budget confirmed by the council")
    office.close()

    said = run("merge", target, tmp_path / "workshop.lcplan").stdout
    assert "Base:" in said
    server = open_document(target)
    try:
        by_uuid = {a.uuid: a for a in server.actions()}
        assert by_uuid[first.uuid].title == "Play houses, agreed at the workshop"
        assert by_uuid[second.uuid].notes == "Budget confirmed by the council"
        assert "Evening classes for shift workers" in [a.title for a in server.actions("BB3")]
        assert len(server.actions()) == len(on_file) + 1
        server.add_action("BB4", "Added after the merge")  # ids still free after the merge's
    finally:
        server.close()
    other = open_document(_plain(postgres_url) + "?plan=11111111-2222-4333-8444-555555555555")
    try:
        assert "Added after the merge" not in [a.title for a in other.actions()]
    finally:
        other.close()


def test_a_server_that_is_not_there_or_not_a_plan_is_one_line(tmp_path, postgres_url):
    gone = run("info", "postgresql://nobody@127.0.0.1:1/plans", ok=False)
    assert gone.returncode == 3 and "cannot be reached" in gone.stderr
    assert len(gone.stderr.strip().splitlines()) == 1
    empty = run("info", _plain(postgres_url), ok=False)
    assert empty.returncode == 3 and "holds no LC Planner plans" in empty.stderr
    run("demo", tmp_path / "plan.lcplan", "--lang", "en")
    run("publish", tmp_path / "plan.lcplan", _plain(postgres_url))
    twice = run("publish", tmp_path / "plan.lcplan", _plain(postgres_url), ok=False)
    assert twice.returncode == 3 and "already on" in twice.stderr
    run("new", tmp_path / "second.lcplan", "--city", "Bolu")
    run("publish", tmp_path / "second.lcplan", _plain(postgres_url))
    several = run("info", _plain(postgres_url), ok=False)
    assert several.returncode == 3 and "several plans" in several.stderr
    missing = run("info", _plain(postgres_url) + "?plan=00000000-0000-4000-8000-000000000000",
                  ok=False)
    assert missing.returncode == 3 and "no plan" in missing.stderr.lower()
    assert "password" not in gone.stderr.lower()
