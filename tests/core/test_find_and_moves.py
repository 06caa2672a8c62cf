"""Whole-plan search and moves between areas, on a real plan file (issue 10, items 10 and 11)."""

from __future__ import annotations

import pytest

from lcplanner.core.find import Filters


@pytest.fixture
def doc(store_doc):  # type: ignore[no-untyped-def]
    """The document's tests run on a plan file and on a PostgreSQL server (issue 16)."""
    return store_doc


def test_find_lists_every_kind_in_plan_order_and_follows_edits(doc):
    blocks = doc.add_objective("BB1", "Reading in every quarter")
    a1 = doc.add_action("BB2", "Reading circles")
    a2 = doc.add_action("BB1", "Mobile reading bus", objective_id=blocks)
    org = doc.add_organisation("Reading Society")
    doc.update_action(a1, lead_id=org)
    ind = doc.add_indicator("Readers reached", action_id=a2)
    found = doc.find("reading")
    assert [(h.kind, h.id) for h in found.hits] == [
        ("action", a2), ("action", a1), ("objective", blocks), ("organisation", org)]
    assert found.counts == {"action": 2, "objective": 1, "organisation": 1, "indicator": 0}
    assert [h.id for h in doc.find("readers").hits] == [ind]
    assert doc.find("readers").hits[0].area == "BB1"
    assert doc.find("BB2-1").hits[0].id == a1  # codes are searched too

    doc.update_objective(blocks, statement="Books for every quarter")
    doc.update_organisation(org, name="Library Friends")
    assert [h.kind for h in doc.find("reading").hits] == ["action", "action"]
    assert [h.id for h in doc.find("library").hits] == [a1, org]  # the lead's name finds it


def test_accent_blind_only_when_nothing_matches_as_typed(tmp_path):
    from lcplanner.core.document import PlanDocument

    doc = PlanDocument.create(tmp_path / "tr.lcplan", "Eskişehir", language="tr")
    try:
        lit = doc.add_action("BB1", "Işıklı sokaklar")
        other = doc.add_action("BB1", "isikli is not Turkish")
        exact = doc.find("ışıklı")
        assert [h.id for h in exact.hits] == [lit] and not exact.accent_blind
        loose = doc.find("ISIKLI sokak")  # Turkish capital I folds to ı: no match as typed
        assert [h.id for h in loose.hits] == [lit] and loose.accent_blind
        assert {h.id for h in doc.find("isikli").hits} == {other}  # as typed first
        assert doc.find("").hits == [] and doc.find("zzz").total == 0
    finally:
        doc.close()


def test_filters_narrow_actions_only(doc):
    org = doc.add_organisation("City Hall")
    done = doc.add_action("BB1", "Done thing", status="done", lead_id=org)
    doc.add_action("BB1", "Planned thing")
    assert [h.id for h in doc.find("thing", Filters(status="done")).hits] == [done]
    assert [h.id for h in doc.find("", Filters(lead_id=org)).hits] == [done]
    with_gaps = doc.find("", Filters(gaps_only=True))
    assert {h.id for h in with_gaps.hits} == {a.id for a in doc.actions() if a.missing}
    assert all(h.kind == "action" for h in doc.find("city", Filters(gaps_only=True)).hits)


def test_moving_actions_renumbers_automatic_codes_and_restores_exactly(doc):
    objective = doc.add_objective("BB1", "Early years")
    auto = doc.add_action("BB1", "Play houses", objective_id=objective)
    custom = doc.add_action("BB1", "Toy library", code="TOY-1")
    doc.add_action("BB2", "Already there")
    before = doc.actions()
    snap = doc.move_actions_to_area([auto, custom], "BB2")
    moved = {a.id: a for a in doc.actions("BB2")}
    assert moved[auto].code == "BB2-2" and moved[auto].objective_id is None
    assert moved[custom].code == "TOY-1"  # a code a person chose is kept
    assert [a.title for a in doc.actions("BB2")] == ["Already there", "Play houses", "Toy library"]
    doc.restore(snap)
    assert doc.actions() == before


def test_moving_an_objective_takes_its_actions(doc):
    objective = doc.add_objective("BB1", "Early years")
    doc.add_objective("BB3", "Skills")
    ids = [doc.add_action("BB1", f"Step {n}", objective_id=objective) for n in range(3)]
    loose = doc.add_action("BB1", "Not under it")
    before = (doc.objectives(), doc.actions())
    snap = doc.move_objective_to_area(objective, "BB3")
    assert doc.objective(objective).code == "BB3-O2" and doc.objective(objective).area == "BB3"
    assert [a.id for a in doc.actions("BB3")] == ids
    assert [a.code for a in doc.actions("BB3")] == ["BB3-1", "BB3-2", "BB3-3"]
    assert [a.id for a in doc.actions("BB1")] == [loose]
    doc.restore(snap)
    assert (doc.objectives(), doc.actions()) == before
