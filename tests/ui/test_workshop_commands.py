"""Every workshop edit is one undo step (issue 11, item 7): the whole flow through the window's
Commander, undone to the empty plan and redone, then reopened from the file."""

from __future__ import annotations

from lcplanner.core.document import PlanDocument


def _state(doc) -> tuple:  # type: ignore[no-untyped-def]
    return (doc.organisations(), doc.stakeholders(), doc.workshops(), doc.ratings(),
            doc.initiatives(), doc.ideas(), doc.groups(), doc.actions(), doc.objectives(),
            doc.prompts())


def test_workshop_edits_undo_and_redo_as_steps(window, tmp_path):
    path = tmp_path / "w.lcplan"
    PlanDocument.create(path, "Bolu").close()
    assert window.open_path(path)
    doc, c, stack = window.doc, window.commander, window.undo_stack
    empty = _state(doc)

    kickoff = c.add_workshop("Kick-off")
    people = [c.add_stakeholder(name, influence=i + 1, interest=5 - i)
              for i, name in enumerate(("City Hall", "University", "Library", "Chamber", "NGO"))]
    assert all(people) and len(doc.organisations()) == 5  # new names joined the register
    assert c.set_attendance(people[0], [kickoff])
    assert c.update_stakeholder(people[1], influence=5)
    assert c.set_rating("BB2", "BB2.1", level=2, evidence="Five libraries")
    assert c.set_rating("FC1", "", level=1)
    initiative = c.add_initiative("BB2", "Reading circles", prompt_code="BB2.1")
    cards = [c.add_idea("BB1" if n < 6 else "BB3", f"Idea {n}") for n in range(12)]
    assert c.move_idea(cards[0], "BB3")
    assert c.merge_ideas(cards[1], cards[2])
    red, blue = c.add_group("Red", budget=3), c.add_group("Blue", budget=3)
    assert c.vote(cards[1], red, 1) and c.vote(cards[1], red, 1) and c.vote(cards[3], blue, 1)
    assert not c.set_dots(cards[4], red, 2)  # Red has one dot left: refused with its name
    assert "Red" in c.last_error
    action = c.promote([cards[1], cards[3]], "action")
    objective = c.promote([cards[7]], "objective")
    assert action and objective and initiative
    final = _state(doc)
    steps = stack.index()

    while stack.canUndo():
        stack.undo()
    assert _state(doc) == empty
    while stack.canRedo():
        stack.redo()
    assert stack.index() == steps
    assert _state(doc) == final
    assert [i.id for i in doc.ideas_of(action_id=action)] == [cards[1], cards[3]]

    window.close_plan()
    assert window.open_path(path)
    assert _state(window.doc) == final


def test_a_refused_stakeholder_leaves_no_empty_undo_step(window, tmp_path):
    path = tmp_path / "w.lcplan"
    PlanDocument.create(path, "Bolu").close()
    assert window.open_path(path)
    c, stack = window.commander, window.undo_stack
    assert c.add_stakeholder("   ") is None and c.last_error
    assert stack.count() == 0
    assert c.add_stakeholder("City Hall") and stack.count() == 1  # organisation + stakeholder
    assert c.add_stakeholder("city hall") and stack.count() == 2  # the register's, one command
    assert len(window.doc.organisations()) == 1
    meeting = c.add_workshop("Kick-off")
    assert c.update_workshop(meeting, name="Opening") and window.doc.workshop(meeting).name == "Opening"
    stack.undo()
    assert window.doc.workshop(meeting).name == "Kick-off"


def test_the_editor_says_which_cards_an_action_came_from(window, tmp_path):
    path = tmp_path / "w.lcplan"
    PlanDocument.create(path, "Bolu").close()
    assert window.open_path(path)
    c = window.commander
    toy = c.add_idea("BB1", "Toy library\n\nin every quarter")
    red = c.add_group("Red", budget=9)
    assert c.set_dots(toy, red, 7)
    other = c.add_idea("BB1", "Play bus")
    action = c.promote([toy, other], "action")
    window.show_area("BB1")
    page = window.area_page
    page.select_action(action)
    origin = page.editor.origin
    assert not origin.isHidden()
    assert "From the idea “Toy library” (7 dots)" in origin.text()
    assert "From the idea “Play bus” (0 dots)" in origin.text()
    other_action = c.add_action("BB1", "Written by hand")
    page.select_action(other_action)
    assert origin.isHidden()
