"""Issue 16: several people editing one plan on a server; nobody's change is silently lost.

Two documents on the same server plan stand for two people's windows.  An edit made from an
older reading of a row is refused, naming what the other changed, and the refused document then
shows the other's values; edits of different rows both land; an undo that would overwrite
someone else's later change is refused and leaves the undo stack.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QUndoStack

from lcplanner.core.concurrency import StaleEdit
from lcplanner.core.document import PlanDocument
from lcplanner.server.store import ServerPlan


@pytest.fixture
def two(postgres_url):  # type: ignore[no-untyped-def]
    """Two people's documents on one plan (with two actions and an organisation)."""
    made = PlanDocument(ServerPlan.create(postgres_url, "Bolu", period_start=2026,
                                          period_end=2028, language="en"))
    city = made.add_organisation("Bolu Belediyesi")
    made.add_action("BB1", "Play houses", lead_id=city, status="on_track",
                    start_date=dt.date(2026, 3, 1))
    made.add_action("BB2", "Reading clubs")
    plan_uuid = made.plan().uuid
    made.close()
    first = PlanDocument(ServerPlan.open(postgres_url, plan_uuid))
    second = PlanDocument(ServerPlan.open(postgres_url, plan_uuid))
    yield first, second
    first.close()
    second.close()


def _ids(doc: PlanDocument) -> tuple[int, int]:
    play, clubs = doc.actions()
    return play.id, clubs.id


def test_the_second_edit_of_the_same_title_is_refused_and_sees_the_first(two):
    ana, bora = two
    play, _clubs = _ids(ana)
    assert bora.action(play).title == "Play houses"  # both have it on screen
    shown: list[tuple[str, list[int]]] = []
    bora.changed.connect(lambda kind, ids: shown.append((kind, ids)))
    ana.update_action(play, title="Play houses for toddlers")
    with pytest.raises(StaleEdit) as refused:
        bora.update_action(play, title="Play houses in parks")
    message = refused.value.message()
    assert "BB1-1" in message and "title" in message and "Play houses for toddlers" in message
    assert "not saved" in message
    assert shown == [("action", [play])]  # the views read the row again ...
    assert bora.action(play).title == "Play houses for toddlers"  # ... and see Ana's title
    assert ana.action(play).title == "Play houses for toddlers"  # nothing of Bora's landed
    bora.update_action(play, title="Play houses in parks")  # now from the title he sees
    assert ana.action(play).title == "Play houses in parks"


def test_edits_of_different_fields_of_different_actions_both_land(two):
    ana, bora = two
    play, clubs = _ids(ana)
    _ids(bora)
    ana.update_action(play, title="Play houses for toddlers")
    bora.update_action(clubs, status="delayed", end_date=dt.date(2027, 6, 30))
    bora.update_action(clubs, percent=10)  # again on the row Bora changed himself
    for doc in (ana, bora):
        first, second = doc.actions(ids=[play, clubs])
        assert (first.title, first.status) == ("Play houses for toddlers", "on_track")
        assert (second.title, second.status, second.end_date, second.percent) == (
            "Reading clubs", "delayed", dt.date(2027, 6, 30), 10)


def test_another_field_changed_is_named_in_the_reader_language(two, qapp):
    ana, bora = two
    play, _clubs = _ids(ana)
    bora.action(play)
    ana.update_action(play, status="delayed", percent=20)
    with pytest.raises(StaleEdit) as refused:
        bora.update_action(play, notes="Two houses open")
    english = refused.value.message()
    assert "status to “Delayed”" in english and "% done to “20”" in english
    translator = QTranslator()
    assert translator.load("lcplanner_tr", ":/translations") or translator.load(
        "lcplanner_tr", str(_translations()))
    QCoreApplication.installTranslator(translator)
    try:
        turkish = refused.value.message()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert turkish != english and "BB1-1" in turkish and "20" in turkish
    assert bora.action(play).notes == ""


def _translations():  # type: ignore[no-untyped-def]
    from pathlib import Path

    import lcplanner

    return Path(lcplanner.__file__).parent / "translations"


def test_a_delete_of_a_row_someone_changed_is_refused(two):
    ana, bora = two
    _play, clubs = _ids(ana)
    _ids(bora)
    ana.update_action(clubs, title="Reading clubs in every library")
    with pytest.raises(StaleEdit):
        bora.delete_action(clubs)
    assert [a.title for a in ana.actions()][1] == "Reading clubs in every library"
    bora.delete_action(clubs)  # seen now: the delete is his choice
    assert len(ana.actions()) == 1


def test_an_undo_that_would_overwrite_a_later_change_is_refused_and_leaves_the_stack(two, qapp):
    from lcplanner.ui.commander import Commander

    ana, bora = two
    play, _clubs = _ids(ana)
    stack = QUndoStack()
    commander = Commander(ana, stack)
    said: list[str] = []
    commander.failed.connect(lambda text, _field: said.append(text))
    assert commander.update_action(play, title="Play houses for toddlers")
    assert bora.action(play).title == "Play houses for toddlers"
    bora.update_action(play, title="Play houses in parks")
    now = ana.action(play)  # Ana's window shows Bora's title (as a notice from the server makes)
    ana._seen.advance("action", play, now.row_version, now)
    stack.undo()  # Ana's undo would put back "Play houses" over Bora's title
    assert said and "Play houses in parks" in said[-1]
    assert bora.action(play).title == "Play houses in parks"
    assert stack.count() == 0  # the step no longer fits the plan: it left the stack
    # an undo with nobody in between still works
    assert commander.update_action(play, title="Play houses, 2026")
    stack.undo()
    assert bora.action(play).title == "Play houses in parks"
    stack.redo()
    assert bora.action(play).title == "Play houses, 2026"
    # an added action undone, redone and undone again: all Ana's own steps
    added = commander.add_action("BB3", "Evening classes")
    assert added is not None
    stack.undo()
    stack.redo()
    stack.undo()
    assert [a.title for a in bora.actions()] == ["Play houses, 2026", "Reading clubs"]
    assert len(said) == 1
