"""Schema 4: the plan's approval record and the municipality's own role in each action.

A schema-3 plan upgrades keeping every value (new fields at their defaults, a backup first); the
store refuses what a council's copy must not print (an approval date on a draft, a code nobody
chose); undo and redo go through the Commander one step per edit; deletes and rescues carry the
new fields; a file that brings an unknown status or role is refused in one line.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from hostile import approval_status_not_known, municipal_role_not_known
from lcplanner.core import errors
from lcplanner.core.document import PlanDocument
from lcplanner.core.planfile import REVISIONS, SCHEMA_VERSION
from lcplanner.core.vocab import ApprovalStatus, MunicipalRole


@pytest.fixture
def doc(store_doc):  # type: ignore[no-untyped-def]
    """The document's tests run on a plan file and on a PostgreSQL server (issue 16)."""
    return store_doc

DAY = dt.date(2027, 3, 1)


@pytest.fixture
def v3_file(tmp_path: Path, data_dir: Path) -> Path:
    target = tmp_path / "cork.lcplan"
    shutil.copyfile(data_dir / "plan-schema-3.lcplan", target)
    return target


# --- the vocabularies ------------------------------------------------------------------------------

def test_the_vocabularies_exporters_use():
    assert ApprovalStatus.codes() == ("draft", "in_consultation", "approved", "revised")
    assert [s.source_label for s in ApprovalStatus] == [
        "Draft", "In consultation", "Approved by the council", "Revised"]
    assert MunicipalRole.codes() == ("accountable", "coordinating", "influencing")
    assert [r.source_label for r in MunicipalRole] == [
        "Full accountability", "Co-ordinating", "Influencing"]
    assert MunicipalRole.label_of("") == "" and ApprovalStatus.label_of("approved") == \
        "Approved by the council"


# --- the upgrade -------------------------------------------------------------------------------------

def test_schema_3_file_upgrades_to_the_approval_record(v3_file):
    doc = PlanDocument.open(v3_file)
    try:
        backup = doc.file.backup
        assert backup is not None and backup.exists() and "schema3-backup" in backup.name
        plan = doc.plan()
        assert (plan.city, plan.title, plan.currency, plan.language, plan.uuid) == (
            "Cork", "Cork Learning City Action Plan 2027-2029", "EUR", "en",
            "11111111-1111-4111-8111-333333333333")
        assert (plan.approval_status, plan.approved_on, plan.version, plan.prepared_by) == (
            "draft", None, "", "")
        actions = {a.code: a for a in doc.actions()}
        assert list(actions) == ["BB2-1", "BB2-2", "FC2-1"]
        assert {a.municipal_role for a in actions.values()} == {""}
        festival = actions["BB2-1"]
        assert (festival.title, festival.lead_name, festival.risks, festival.percent) == (
            "Lifelong Learning Festival", "Cork City Council", "Venues may cost more.", 40)
        assert [(p.name, p.role) for p in festival.partners] == [
            ("University College Cork", "implementer"), ("Cork ETB", "funder")]
        assert festival.budget_total == Decimal("35000.50")
        assert festival.key_features == ("BB2.1",) and festival.guideline_areas == ("celebrate",)
        assert [i.name for i in doc.indicators()] == ["Festival events", "Adults in learning"]
        assert [s.person for s in doc.stakeholders()] == ["Dean"]
        assert [(i.text, i.dots) for i in doc.ideas()] == [("A festival week", 3)]
        assert [c.text for c in doc.ideas_of(action_id=festival.id)] == ["A festival week"]
        assert [i for i in doc.check() if i.severity == "error"] == []
        doc.update_plan(approval_status="approved", approved_on=DAY, version="1.0",
                        prepared_by="Community Development Section")
        doc.update_action(festival.id, municipal_role="accountable")
        assert doc.plan().approved_on == DAY and doc.action(festival.id).municipal_role == \
            "accountable"
    finally:
        doc.close()
    con = sqlite3.connect(v3_file)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
        REVISIONS[SCHEMA_VERSION]
    con.close()
    con = sqlite3.connect(backup)  # the backup is the file as it was: schema 3, no new columns
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "approval_status" not in [r[1] for r in con.execute("PRAGMA table_info(plan)")]
    assert "municipal_role" not in [r[1] for r in con.execute("PRAGMA table_info(action)")]
    con.close()


def test_a_current_file_opens_as_it_is_and_a_newer_one_is_refused(tmp_path):
    path = tmp_path / "p.lcplan"
    PlanDocument.create(path, "Cork", approval_status="approved", approved_on=DAY).close()
    doc = PlanDocument.open(path)
    try:
        assert doc.file.backup is None and doc.plan().approved_on == DAY
    finally:
        doc.close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    before = path.read_bytes()
    with pytest.raises(errors.NewerPlan):
        PlanDocument.open(path)
    assert path.read_bytes() == before


# --- validation --------------------------------------------------------------------------------------

def _refused(call, field: str, words: str) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        call()
    assert caught.value.field == field
    assert words in caught.value.message()


def test_an_approval_date_needs_a_status_other_than_draft(doc):
    _refused(lambda: doc.update_plan(approved_on=DAY), "approved_on", "draft plan has no approval")
    doc.update_plan(approval_status="approved")
    doc.update_plan(approved_on=DAY)
    _refused(lambda: doc.update_plan(approval_status="draft"), "approval_status",
             "draft plan has no approval date")
    assert (doc.plan().approval_status, doc.plan().approved_on) == ("approved", DAY)
    doc.update_plan(approval_status="revised")  # a revised plan keeps its date
    doc.update_plan(approval_status="draft", approved_on=None)  # both at once: fine
    assert (doc.plan().approval_status, doc.plan().approved_on) == ("draft", None)
    doc.update_plan(approval_status="approved", approved_on="2027-04-02")
    assert doc.plan().approved_on == dt.date(2027, 4, 2)


def test_plan_fields_refused_with_the_field_named(file_doc):
    doc = file_doc  # on a file only: the test reads, rescues or writes the plan file itself
    _refused(lambda: doc.update_plan(approval_status="rubber-stamped"), "approval_status",
             "not an allowed value")
    _refused(lambda: doc.update_plan(approved_on="next spring"), "approved_on", "not a date")
    _refused(lambda: doc.update_plan(version="x" * 33), "version", "too long")
    _refused(lambda: doc.update_plan(prepared_by="x" * 2001), "prepared_by", "too long")
    doc.update_plan(version=" 0.9 ", prepared_by="Planning\toffice")
    assert (doc.plan().version, doc.plan().prepared_by) == ("0.9", "Planning office")
    with pytest.raises(errors.ValidationError):
        PlanDocument.create(doc.path.with_name("new.lcplan"), "Cork", approved_on=DAY)
    assert not doc.path.with_name("new.lcplan").exists()


def test_municipal_role_is_one_of_the_codes_or_not_set(doc):
    action = doc.add_action("BB1", "Play houses", municipal_role="coordinating")
    assert doc.action(action).municipal_role == "coordinating"
    assert doc.action(doc.add_action("BB1", "Parents")).municipal_role == ""
    _refused(lambda: doc.update_action(action, municipal_role="mayor"), "municipal_role",
             "not an allowed value")
    doc.update_action(action, municipal_role=MunicipalRole.INFLUENCING)
    assert doc.action(action).municipal_role == "influencing"
    doc.update_action(action, municipal_role=None)  # cleared: not set
    assert doc.action(action).municipal_role == ""


def test_a_stored_draft_with_a_date_is_reported_and_blocks_no_other_edit(file_doc):
    doc = file_doc  # on a file only: the test reads, rescues or writes the plan file itself
    con = sqlite3.connect(doc.path)
    con.execute("UPDATE plan SET approved_on = '2027-03-01'")
    con.commit()
    con.close()
    doc.update_plan(vision="Learning for all")  # other edits are not held up by it
    errors_found = [i for i in doc.check() if i.severity == "error"]
    assert [i.text for i in errors_found] == ["The plan “%1” is a draft but has an approval date."]
    doc.update_plan(approved_on=None)
    assert [i for i in doc.check() if i.severity == "error"] == []


# --- undo, snapshots, rescue -------------------------------------------------------------------------

@pytest.fixture
def commander(qapp, doc):
    from PySide6.QtGui import QUndoStack

    from lcplanner.ui.commander import Commander

    stack = QUndoStack()
    yield Commander(doc, stack)
    stack.clear()


@pytest.mark.parametrize("field, value", [
    ("approval_status", "in_consultation"), ("version", "0.9"),
    ("prepared_by", "Directorate of Strategy Development")])
def test_each_plan_field_is_one_undo_step(commander, field, value):
    doc, stack = commander.doc, commander.stack
    before = getattr(doc.plan(), field)
    assert commander.update_plan(**{field: value}) and stack.count() == 1
    assert getattr(doc.plan(), field) == value
    stack.undo()
    assert getattr(doc.plan(), field) == before
    stack.redo()
    assert getattr(doc.plan(), field) == value


def test_the_approval_date_undoes_before_its_status(commander):
    doc, stack = commander.doc, commander.stack
    assert commander.update_plan(approval_status="approved")
    assert commander.update_plan(approved_on=DAY) and stack.count() == 2
    assert not commander.update_plan(approval_status="draft")  # refused: nothing pushed
    assert stack.count() == 2 and "draft" in commander.last_error
    stack.undo()
    assert doc.plan().approved_on is None and doc.plan().approval_status == "approved"
    stack.undo()
    assert doc.plan().approval_status == "draft"
    stack.redo()
    stack.redo()
    assert (doc.plan().approval_status, doc.plan().approved_on) == ("approved", DAY)


def test_municipal_role_is_one_undo_step_and_comes_back_with_a_deleted_action(commander):
    doc, stack = commander.doc, commander.stack
    action = doc.add_action("BB2", "Library bus")
    assert commander.update_action(action, municipal_role="accountable") and stack.count() == 1
    stack.undo()
    assert doc.action(action).municipal_role == ""
    stack.redo()
    assert doc.action(action).municipal_role == "accountable"
    assert commander.delete_actions([action])
    stack.undo()  # restored from the snapshot with every column
    assert doc.action(action).municipal_role == "accountable"


def test_rescue_carries_the_approval_record_and_the_roles(file_doc, tmp_path):
    doc = file_doc  # on a file only: the test reads, rescues or writes the plan file itself
    from lcplanner.core.rescue import rescue

    doc.update_plan(approval_status="approved", approved_on=DAY, version="1.2",
                    prepared_by="Planning office")
    action = doc.add_action("FC1", "Council resolution", municipal_role="accountable")
    target = tmp_path / "rescued.lcplan"
    rescue(doc.path, target)
    rescued = PlanDocument.open(target)
    try:
        plan = rescued.plan()
        assert (plan.approval_status, plan.approved_on, plan.version, plan.prepared_by) == (
            "approved", DAY, "1.2", "Planning office")
        assert rescued.action(action).municipal_role == "accountable"
    finally:
        rescued.close()


# --- files that bring what no one chose ----------------------------------------------------------------

@pytest.mark.parametrize("maker, where", [(approval_status_not_known, "plan.approval_status"),
                                          (municipal_role_not_known, "action.municipal_role")])
def test_an_unknown_code_is_refused_in_one_line_and_rescued_as_not_chosen(tmp_path, maker, where):
    from lcplanner.core.rescue import rescue

    path = tmp_path / "altered.lcplan"
    PlanDocument.create(path, "Cork", approval_status="approved", approved_on=DAY,
                        populate=lambda d: [d.add_action("BB1", f"Action {i}",
                                                         municipal_role="influencing")
                                            for i in range(4)]).close()
    maker(path)
    before = path.read_bytes()
    with pytest.raises(errors.UntrustedPlan) as caught:
        PlanDocument.open(path)
    message = caught.value.message()
    assert where in message and "not one of the values" in message and "\n" not in message
    assert path.read_bytes() == before
    target = tmp_path / "rescued.lcplan"
    rescue(path, target)
    rescued = PlanDocument.open(target)
    try:
        plan = rescued.plan()
        if where.startswith("plan"):  # not known: a draft, and a draft has no date
            assert (plan.approval_status, plan.approved_on) == ("draft", None)
        else:
            assert sorted(a.municipal_role for a in rescued.actions()) == [
                "", "influencing", "influencing", "influencing"]
        assert [i for i in rescued.check() if i.severity == "error"] == []
    finally:
        rescued.close()


# --- the demo -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, office", [("tr", "Strateji Geliştirme"),
                                          ("en", "Strategy Development")])
def test_the_demo_is_in_consultation_with_roles_on_its_actions(tmp_path, lang, office):
    from lcplanner.core.demo import build_demo

    doc = build_demo(tmp_path / "demo.lcplan", lang)
    try:
        plan = doc.plan()
        assert (plan.approval_status, plan.approved_on, plan.version) == (
            "in_consultation", None, "0.9")
        assert office in plan.prepared_by
        roles = [a.municipal_role for a in doc.actions()]
        counts = {code: roles.count(code) for code in ("accountable", "coordinating",
                                                       "influencing", "")}
        assert counts["accountable"] == max(counts.values())
        assert counts["coordinating"] and counts["influencing"]
        assert 1 <= counts[""] <= 5  # a few still to be judged
    finally:
        doc.close()
