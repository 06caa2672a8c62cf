"""The workshop's store (issue 11): stakeholders, stock-take, ideas, votes and promotions, on a
real plan file; every change one transaction, every delete and merge restorable."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from lcplanner.core.document import PlanDocument
from lcplanner.core.errors import ValidationError


@pytest.fixture
def doc(store_doc):  # type: ignore[no-untyped-def]
    """The document's tests run on a plan file and on a PostgreSQL server (issue 16)."""
    return store_doc


def _state(doc) -> tuple:  # type: ignore[no-untyped-def]
    return (doc.organisations(), doc.stakeholders(), doc.workshops(), doc.ratings(),
            doc.initiatives(), doc.ideas(), doc.groups(), doc.actions(), doc.objectives(),
            doc.prompts())


def test_stakeholders_are_the_registers_organisations(doc):
    city = doc.add_organisation("City Hall", sector="local_government")
    uni = doc.add_organisation("University", sector="education")
    dup = doc.add_organisation("Univ.")
    first = doc.add_workshop("Kick-off", held_on=dt.date(2027, 1, 15))
    second = doc.add_workshop("Priorities")
    s1 = doc.add_stakeholder(city, person="Mayor's office", influence=5, interest=4)
    s2 = doc.add_stakeholder(dup, influence=2, interest=5)
    doc.set_attendance(s1, [first, second])
    doc.set_attendance(s2, [second])
    rows = {r.id: r for r in doc.stakeholders()}
    assert (rows[s1].name, rows[s1].sector, rows[s1].present) == (
        "City Hall", "local_government", (first, second))
    with pytest.raises(ValidationError):
        doc.update_stakeholder(s1, influence=6)

    before = _state(doc)
    snap = doc.merge_organisations(uni, dup)  # the duplicate's stakeholder follows the register
    assert {r.id: r.name for r in doc.stakeholders()}[s2] == "University"
    doc.restore(snap)
    assert _state(doc) == before
    snap = doc.delete_organisation(city)  # its stakeholder and attendance go, and come back
    assert [r.id for r in doc.stakeholders()] == [s2]
    doc.restore(snap)
    assert _state(doc) == before


def test_ratings_levels_and_initiatives(doc):
    org = doc.add_organisation("Library")
    doc.set_rating("BB2", "BB2.1", level=2, evidence="Five libraries")
    doc.set_rating("BB2", "BB2.2", level=0)
    doc.set_rating("FC1", "", level=3)
    doc.set_rating("B1", "", level=1)  # benefits are rated too
    assert doc.area_levels() == {"BB2": 1.0, "FC1": 3.0, "B1": 1.0}
    assert doc.rating("BB2", "BB2.1").evidence == "Five libraries"
    doc.set_rating("BB2", "BB2.2", level=None)
    assert doc.rating("BB2", "BB2.2") is None  # nothing said: no row
    with pytest.raises(ValidationError):
        doc.set_rating("BB2", "BB2.1", level=4)
    with pytest.raises(ValidationError):
        doc.set_rating("XX9", "", level=1)
    ini = doc.add_initiative("BB2", "Reading circles", prompt_code="BB2.2", owner_id=org,
                             reach="300 residents")
    assert doc.initiative(ini).owner_name == "Library"
    doc.delete_organisation(org)
    assert doc.initiative(ini).owner_id is None  # the initiative stays, without an owner


def test_prompts_are_data_a_city_replaces_and_undo_restores(doc):
    built_in = doc.prompts("BB1")
    assert [p.code for p in built_in] == ["BB1.1", "BB1.2", "BB1.3", "BB1.4"]
    assert built_in[0].source and built_in[0].id is None
    snap = doc.replace_prompts([("K1", "BB1", {"en": "Crèches", "tr": "Kreşler"}),
                                ("K2", "B2", {"en": "Jobs"})])
    assert [(p.code, p.area, p.texts) for p in doc.prompts()] == [
        ("K2", "B2", {"en": "Jobs"}), ("K1", "BB1", {"en": "Crèches", "tr": "Kreşler"})]
    second = doc.replace_prompts([("Z", "FC3", {"en": "Money"})])
    doc.restore(second)
    assert [p.code for p in doc.prompts()] == ["K2", "K1"]
    doc.restore(snap)
    assert [p.code for p in doc.prompts("BB1")] == ["BB1.1", "BB1.2", "BB1.3", "BB1.4"]
    for bad in ([("K1", "BB1", {"en": "a"}), ("K1", "BB2", {"en": "b"})],  # a code twice
                [("K1", "ZZ", {"en": "a"})], [("K1", "BB1", {})], [("", "BB1", {"en": "a"})]):
        with pytest.raises(ValidationError):
            doc.replace_prompts(bad)
    assert doc.prompts("BB1")[0].id is None  # refusals changed nothing


def test_cards_votes_budgets_merge_and_promotion(doc):
    a = doc.add_idea("BB1", "Toy library", author="Ayşe", group_name="Table 1")
    b = doc.add_idea("BB1", "Toy library in every quarter", group_name="Table 2")
    c = doc.add_idea("BB3", "Apprenticeships")
    red, blue = doc.add_group("Red", budget=3), doc.add_group("Blue", budget=5)
    doc.set_dots(a, red, 2)
    doc.set_dots(b, red, 1)
    doc.set_dots(b, blue, 4)
    with pytest.raises(ValidationError) as refused:
        doc.set_dots(c, red, 1)  # Red has spent its 3 dots
    assert "Red" in refused.value.message()
    assert {g.name: (g.spent, g.left) for g in doc.groups()} == {"Red": (3, 0), "Blue": (4, 1)}
    doc.update_idea(c, area="BB1", impact=80, effort=20)
    assert doc.idea(c).area == "BB1" and doc.idea(c).quadrant == "quick_win"

    before = _state(doc)
    snap = doc.merge_ideas(a, b)
    merged = doc.idea(a)
    assert merged.text == "Toy library\n\nToy library in every quarter"
    assert merged.votes == {red: 3, blue: 4} and merged.dots == 7
    assert merged.group_name == "Table 1, Table 2"
    assert [i.id for i in doc.ideas()] == [a, c]
    doc.restore(snap)
    assert _state(doc) == before

    action = doc.promote_ideas([a, b], "action")
    row = doc.action(action)
    assert (row.area, row.title) == ("BB1", "Toy library")
    assert [i.id for i in doc.ideas_of(action_id=action)] == [a, b]
    assert [(link.kind, link.code) for link in doc.idea(b).links] == [("action", row.code)]
    objective = doc.promote_ideas([c], "objective", title="Skills for work")
    assert doc.objective(objective).statement == "Skills for work"
    assert doc.idea(c).links[0].kind == "objective"
    snap = doc.delete_action(action)  # the links go with the action ...
    assert doc.idea(a).links == ()
    doc.restore(snap)  # ... and come back with it
    assert [i.id for i in doc.ideas_of(action_id=action)] == [a, b]


def test_schema_2_file_upgrades_to_the_workshop(tmp_path, data_dir):
    target = tmp_path / "eskisehir.lcplan"
    shutil.copyfile(data_dir / "plan-schema-2.lcplan", target)
    doc = PlanDocument.open(target)
    try:
        assert doc.file.backup is not None and doc.file.backup.exists()
        assert doc.plan().city == "Eskişehir"
        assert [a.code for a in doc.actions()] == ["BB2-1", "FC3-1"]
        assert doc.action(1).risks == "Bina kiraları artabilir."
        assert doc.stakeholders() == [] and doc.ideas() == []
        idea = doc.add_idea("BB2", "Kitap kafe")
        doc.add_stakeholder(doc.organisations()[0].id, influence=4)
        assert doc.promote_ideas([idea], "action") > 0
    finally:
        doc.close()


def test_rescue_carries_the_workshop(file_doc, tmp_path):
    doc = file_doc  # on a file only: the test reads, rescues or writes the plan file itself
    """Nothing of the workshop is dropped when a plan is rescued into a clean file."""
    from lcplanner.core.rescue import rescue

    org = doc.add_organisation("City Hall")
    meeting = doc.add_workshop("Kick-off", held_on=dt.date(2027, 1, 15))
    person = doc.add_stakeholder(org, person="Deputy mayor", influence=5, interest=2)
    doc.set_attendance(person, [meeting])
    doc.replace_prompts([("K1", "BB1", {"en": "Crèches", "tr": "Kreşler"})])
    doc.set_rating("BB1", "K1", level=1, evidence="Two crèches")
    doc.add_initiative("BB1", "Play bus", prompt_code="K1", owner_id=org)
    card = doc.add_idea("BB1", "More crèches", author="Ayşe")
    doc.update_idea(card, impact=70, effort=60)
    group = doc.add_group("Table 1", budget=4)
    doc.set_dots(card, group, 3)
    doc.promote_ideas([card], "objective")
    before = _state(doc)
    target = tmp_path / "rescued.lcplan"
    rescue(doc.path, target)
    rescued = PlanDocument.open(target)
    try:
        assert _state(rescued) == before
    finally:
        rescued.close()


def test_check_reports_workshop_rows_a_file_brought_in(tmp_path, demo_file):
    import sqlite3

    con = sqlite3.connect(demo_file)
    con.execute("INSERT INTO idea (id, uuid, plan_id, area, text, author, group_name, position) "
                "VALUES (1, 'bbbbbbbb-0000-4000-8000-000000000001', 1, 'ZZ9', 'Lost card', '', '', 0)")
    con.execute("INSERT INTO voter_group (id, uuid, plan_id, name, budget, position) "
                "VALUES (1, 'cccccccc-0000-4000-8000-000000000001', 1, 'Red', 1, 0)")
    con.execute("INSERT INTO idea (id, uuid, plan_id, area, text, author, group_name, position) "
                "VALUES (2, 'bbbbbbbb-0000-4000-8000-000000000002', 1, 'BB1', 'Kept', '', '', 0)")
    con.execute("INSERT INTO vote (id, uuid, plan_id, idea_id, group_id, dots) "
                "VALUES (1, 'dddddddd-0000-4000-8000-000000000001', 1, 2, 1, 3)")
    con.commit()
    con.close()
    doc = PlanDocument.open(demo_file)
    try:
        texts = [(i.text, i.args) for i in doc.check() if i.severity == "error"]
    finally:
        doc.close()
    assert ("The card “%1” is in an unknown area.", ("Lost card",)) in texts
    assert ("The group %1 has spent more dots than its budget.", ("Red",)) in texts
