"""The export streams a working copy of the plan instead of holding every row of it.

A generated plan of a thousand-odd actions (with objectives reordered, actions without an objective,
lead, dates, indicators or budget) is exported in small chunks; every sheet is compared with what
the document's own rows say it shows (the way the export read them before), the Python memory the
export needs must not grow with the plan, and the working copy in the temp folder lives only while
the export runs (also when it fails in the middle), while the plan stays free for other programs.
"""

from __future__ import annotations

import gc
import importlib.util
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lcplanner.core import framework
from lcplanner.core.document import PlanDocument
from lcplanner.export import data, snapshot
from lcplanner.export.labels import WORKPLAN_COLUMNS
from lcplanner.export.writer import ExportCancelled, ExportError, export_workplan

ROOT = Path(__file__).resolve().parents[2]
COL = {key: i for i, (key, _label, _w) in enumerate(WORKPLAN_COLUMNS)}
COPY = re.compile(r"^\.~lcplanner-snapshot-(\d+)-[0-9a-f]{6}\.tmp$")


def _make_plan(path: Path, actions: int) -> Path:
    spec = importlib.util.spec_from_file_location("lc_generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    generate.make_plan(path, actions)
    con = sqlite3.connect(path)  # the odd corners a real plan has
    for sql in ("UPDATE action SET objective_id = NULL WHERE id % 7 = 0",
                "UPDATE objective SET position = 100 - position WHERE id % 4 = 0",
                "UPDATE action SET position = 5 WHERE id % 13 = 0",
                "UPDATE action SET status = 'cancelled' WHERE id % 5 = 0",
                "UPDATE action SET lead_id = NULL, start_date = NULL WHERE id % 17 = 0",
                "DELETE FROM indicator WHERE action_id % 6 = 0",
                "DELETE FROM budget_line WHERE action_id % 8 = 0",
                "UPDATE budget_line SET amount = 0 WHERE action_id % 9 = 0",
                "UPDATE indicator SET position = id % 4",
                "DELETE FROM action_partner WHERE action_id % 10 = 0",
                "UPDATE action_partner SET position = 5 - position WHERE action_id % 3 = 0"):
        con.execute(sql)
    con.commit()
    con.close()
    return path


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[int, Path]:
    folder = tmp_path_factory.mktemp("streaming")
    return {n: _make_plan(folder / f"plan{n}.lcplan", n) for n in (200, 1200)}


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks far smaller than the plan, so every stream crosses many chunk boundaries."""
    monkeypatch.setattr(data, "CHUNK", 50, raising=False)
    monkeypatch.setattr(data, "ORG_CHUNK", 7, raising=False)


@pytest.fixture
def temp_folder(tmp_path, monkeypatch) -> Path:
    """The export's temp folder, one of this test's own so it can be watched."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(snapshot, "temp_folder", lambda: folder)
    return folder


def _copies(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".~lcplanner-snapshot"))


def _export(plan: Path, target: Path, **kwargs):
    doc = PlanDocument.open(plan, read_only=True)
    try:
        return export_workplan(doc, target, lang="en", **kwargs)
    finally:
        doc.close()


def _rows(wb, name: str) -> list[tuple]:
    return [r for r in wb[name].iter_rows(min_row=2, values_only=True)]


def _summary(wb) -> list[tuple]:
    """The summary's table, under the plan's lines."""
    return [r for r in wb["Summary"].iter_rows(min_row=7, values_only=True)]


def _workplan_order(actions, objectives, areas) -> list:
    """What the workbook listed before: objective order, actions without one last, then position."""
    area_order = {a.code: i for i, a in enumerate(framework.PLAN_AREAS)}
    order = {o.id: i for i, o in enumerate(objectives)}
    last = len(order)
    return sorted((a for a in actions if a.area in areas), key=lambda a: (
        area_order.get(a.area, 99), order.get(a.objective_id, last) if a.objective_id else last,
        a.position, a.id))


def test_every_sheet_shows_what_the_plan_rows_say(plans, tmp_path, temp_folder, small_chunks,
                                                   monkeypatch):
    plan = plans[1200]
    doc = PlanDocument.open(plan, read_only=True)
    try:
        actions, objectives = doc.actions(), doc.objectives()
        lines, indicators, orgs = doc.budget_lines(), doc.indicators(), doc.organisations()
    finally:
        doc.close()

    def refused(*_args, **_kwargs):
        raise AssertionError("the export read a whole table into rows")

    for name in ("actions", "budget_lines", "indicators", "objectives"):
        monkeypatch.setattr(PlanDocument, name, refused)
    report = _export(plan, tmp_path / "workplan.xlsx")
    assert report.actions == len(actions) == 1200
    wb = load_workbook(report.path, read_only=True)
    objective_of = {o.id: o for o in objectives}
    lines_of: dict[int, list] = {}
    for line in lines:
        lines_of.setdefault(line.action_id, []).append(line)
    indicators_of: dict[int, list] = {}
    for ind in indicators:
        if ind.action_id is not None:
            indicators_of.setdefault(ind.action_id, []).append(ind)

    sheets = [(n, {n.split()[0]}) for n in wb.sheetnames if n[:2] == "BB"]
    sheets.append(("Fundamental conditions", {a.code for a in framework.CONDITIONS}))
    for name, areas in sheets:
        rows = _rows(wb, name)
        expected = _workplan_order(actions, objectives, areas)
        assert [r[COL["code"]] for r in rows] == [a.code for a in expected], name
        for action, row in list(zip(expected, rows))[::23]:
            objective = objective_of.get(action.objective_id or -1)
            assert row[COL["objective"]] == (f"{objective.code} {objective.statement}"
                                             if objective else "(no objective)")
            assert row[COL["title"]] == action.title and row[COL["uuid"]] == action.uuid
            assert row[COL["lead"]] == (action.lead_name or None)
            partners = row[COL["partners"]].split("\n") if row[COL["partners"]] else []
            assert [p.rsplit(" (", 1)[0] for p in partners] == [p.name for p in action.partners]
            assert row[COL["budget"]] == float(action.budget_total)
            sources = {line.source for line in lines_of.get(action.id, [])}
            assert len(row[COL["sources"]].split(", ") if row[COL["sources"]] else []) == len(sources)
            shown = row[COL["indicators"]].split("\n") if row[COL["indicators"]] else []
            assert [s.split(":")[0] for s in shown] == [i.name for i in indicators_of.get(action.id, [])]

    everything = _workplan_order(actions, objectives, framework.PLAN_AREA_CODES)
    assert [r[0] for r in _rows(wb, "Timeline") if r and r[0]][:len(everything)] == \
        [a.code for a in everything]
    budget = [r for r in _rows(wb, "Budget") if r and r[0]]
    assert [(r[0], r[3], r[6], r[7], r[8]) for r in budget] == [
        (a.code, line.year, float(line.amount), None if line.spent is None else float(line.spent),
         line.uuid) for a in everything
        for line in sorted(lines_of.get(a.id, []), key=lambda x: (x.year, x.id))]
    code_of = {a.id: a.code for a in actions}
    shown = [(r[0], r[2]) for r in _rows(wb, "Indicators")]
    outcome = [(o.code, i.name) for o in objectives for i in indicators if i.objective_id == o.id]
    assert shown[:len(outcome)] == outcome  # the objectives' outcome indicators first
    order = {a.id: n for n, a in enumerate(everything)}
    assert shown[len(outcome):] == [(code_of[i.action_id], i.name) for i in sorted(
        (i for i in indicators if i.action_id in code_of),
        key=lambda i: (order[i.action_id], i.position, i.id))]
    gaps = Counter(a.area for a in actions if a.missing)
    summary = {r[0]: r[-1] for r in _summary(wb) if r[0] in framework.PLAN_AREA_CODES}
    assert summary == {area: gaps.get(area, 0) for area in summary}
    in_order = sorted(actions, key=lambda a: ([x.code for x in framework.PLAN_AREAS].index(a.area),
                                              a.position, a.id))
    register = _rows(wb, "Organisations")
    assert [r[0] for r in register] == [o.name for o in orgs]
    for org, row in zip(orgs, register):
        assert (row[2] or "") == ", ".join(a.code for a in in_order if a.lead_id == org.id)
        partnered = [a.code for a in in_order if any(p.organisation_id == org.id for p in a.partners)]
        assert [p.split(" (")[0] for p in (row[3] or "").split(", ") if p] == partnered
    wb.close()
    assert _copies(temp_folder) == []


@pytest.mark.slow
def test_memory_does_not_grow_with_the_plan(plans, tmp_path, temp_folder, small_chunks):
    """Six times the actions, about the same Python memory: no list of every row is kept.

    (Holding the rows, as the export did before, costs some 5 KB per action: +5 MB here.)
    """
    _export(plans[200], tmp_path / "warm-up.xlsx")  # imports and caches, once
    peaks = {}
    for n in (200, 1200):
        gc.collect()
        tracemalloc.start()
        try:
            _export(plans[n], tmp_path / f"workplan{n}.xlsx")
            peaks[n] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peaks[1200] - peaks[200] < 1_500_000, peaks


def test_the_working_copy_is_private_and_lives_only_while_exporting(plans, tmp_path, temp_folder):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = temp_folder / f".~lcplanner-snapshot-{dead.pid}-dead00.tmp"  # a killed export's
    stale.write_bytes(b"SQLite format 3\x00")
    seen: list[list[str]] = []
    modes: set[int] = set()

    def watch(done: int, total: int) -> None:
        seen.append(_copies(temp_folder))
        modes.update(os.stat(temp_folder / name).st_mode & 0o777 for name in seen[-1])

    _export(plans[200], tmp_path / "workplan.xlsx", progress=watch)
    names = {name for names in seen for name in names}
    assert len(names) == 1 and all(len(names_) == 1 for names_ in seen), seen
    match = COPY.match(names.pop())
    assert match and int(match.group(1)) == os.getpid()
    if os.name == "posix":
        assert modes == {0o600}
    assert not stale.exists() and _copies(temp_folder) == []


@pytest.mark.parametrize("failure", [ExportCancelled, RuntimeError], ids=["cancelled", "error"])
def test_a_failure_in_the_middle_removes_the_working_copy(plans, tmp_path, temp_folder, failure):
    calls: list[int] = []

    def fail(done: int, total: int) -> None:
        calls.append(done)
        assert len(_copies(temp_folder)) == 1
        if len(calls) == 3:
            raise failure()

    target = tmp_path / "out" / "workplan.xlsx"
    target.parent.mkdir()
    with pytest.raises(failure):
        _export(plans[200], target, progress=fail)
    assert _copies(temp_folder) == [] and list(target.parent.iterdir()) == []


def test_the_plan_is_free_while_the_workbook_is_written(plans, tmp_path, temp_folder):
    """Another program commits (without waiting) mid-export; the workbook shows the state before."""
    plan = Path(shutil.copy(plans[200], tmp_path / "shared.lcplan"))
    doc = PlanDocument.open(plan, read_only=True)
    first = doc.actions(area="BB1")[0]
    edits: list[int] = []

    def edit(done: int, total: int) -> None:
        if not edits:
            con = sqlite3.connect(plan, timeout=0)  # "database is locked" if a reader held it
            edits.append(con.execute("UPDATE action SET title = 'Changed meanwhile' WHERE id = ?",
                                     (first.id,)).rowcount)
            con.execute("INSERT INTO action (uuid, plan_id, area, code, title, description, "
                        "target_groups, status, priority, percent, key_features, guideline_areas, "
                        "notes, risks, position) VALUES ('0f0f0f0f-0000-4000-8000-000000000000', 1, "
                        "'BB1', 'BB1-NEW', 'Added meanwhile', '', '', 'not_started', 3, 0, '[]', "
                        "'[]', '', '', 0)")
            con.commit()
            con.close()

    try:
        report = export_workplan(doc, tmp_path / "workplan.xlsx", lang="en", progress=edit)
        assert edits == [1] and doc.action(first.id).title == "Changed meanwhile"
    finally:
        doc.close()
    assert report.actions == 200
    wb = load_workbook(report.path, read_only=True)
    rows = _rows(wb, next(n for n in wb.sheetnames if n.startswith("BB1 ")))
    summary = next(r for r in _summary(wb) if r[0] == "BB1")
    wb.close()
    titles = {r[COL["code"]]: r[COL["title"]] for r in rows}
    assert titles[first.code] == first.title and "BB1-NEW" not in titles
    assert summary[3] == len(rows)  # the summary counts what the sheet lists


def test_no_room_for_the_working_copy_names_the_workbook(plans, tmp_path, temp_folder, monkeypatch):
    monkeypatch.setattr(snapshot.shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(
        10**9, 10**9, 4096))
    target = tmp_path / "workplan.xlsx"
    with pytest.raises(ExportError) as caught:
        _export(plans[200], target)
    message = caught.value.message()
    assert "workplan.xlsx" in message and "temporary folder" in message and ".tmp" not in message
    assert not target.exists() and _copies(temp_folder) == []
