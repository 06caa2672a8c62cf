"""Issue 16: others' changes appear within seconds (LISTEN/NOTIFY), and the undo stack stays
consistent with them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from lcplanner.core.concurrency import StaleEdit
from lcplanner.core.document import PlanDocument
from lcplanner.server.notices import Notices
from lcplanner.server.store import ServerPlan


@pytest.fixture
def two(postgres_url, qapp):  # type: ignore[no-untyped-def]
    made = PlanDocument(ServerPlan.create(postgres_url, "Bolu", language="en"))
    made.add_action("BB1", "Play houses")
    made.add_action("BB2", "Reading clubs")
    plan_uuid = made.plan().uuid
    made.close()
    docs = [PlanDocument(ServerPlan.open(postgres_url, plan_uuid)) for _ in range(2)]
    listeners = []
    for doc in docs:
        notices = Notices(doc.file)
        notices.follow(doc)
        assert notices.wait_listening()
        listeners.append(notices)
    yield docs
    for notices in listeners:
        notices.stop()
    for doc in docs:
        doc.close()


def test_a_change_appears_in_the_other_window_within_seconds(qtbot, two):
    ana, bora = two
    play = ana.actions()[0].id
    bora.actions()
    heard: list[tuple[str, list[int]]] = []
    bora.changed.connect(lambda kind, ids: heard.append((kind, ids)))
    mine: list[tuple[str, list[int]]] = []
    ana.changed.connect(lambda kind, ids: mine.append((kind, ids)))
    ana.update_action(play, title="Play houses for toddlers")
    qtbot.waitUntil(lambda: ("action", [play]) in heard, timeout=5000)
    assert bora.action(play).title == "Play houses for toddlers"
    bora.update_action(play, notes="Two open")  # from what he now sees: no conflict
    qtbot.waitUntil(lambda: len(mine) == 2, timeout=5000)  # Ana's own edit, then Bora's
    assert ana.action(play).notes == "Two open"
    qtbot.wait(600)
    assert mine == [("action", [play]), ("action", [play])]  # her own notice is not heard back


def test_an_undo_after_someone_elses_change_is_refused(qtbot, two):
    from lcplanner.ui.commander import Commander

    ana, bora = two
    play = ana.actions()[0].id
    stack = QUndoStack()
    commander = Commander(ana, stack)
    said: list[str] = []
    commander.failed.connect(lambda text, _field: said.append(text))
    assert commander.update_action(play, title="Play houses for toddlers")
    heard: list[str] = []
    ana.changed.connect(lambda kind, ids: heard.append(kind))
    qtbot.waitUntil(lambda: bora.action(play).title == "Play houses for toddlers", timeout=5000)
    bora.update_action(play, title="Play houses in parks")
    qtbot.waitUntil(lambda: "action" in heard, timeout=5000)  # Ana's window shows Bora's title
    stack.undo()
    assert said and "Play houses in parks" in said[-1] and stack.count() == 0
    assert bora.action(play).title == "Play houses in parks"
    with pytest.raises(StaleEdit):  # not even from the document: her step is gone
        with ana.undoing():
            ana.update_action(play, title="Play houses")


def test_a_big_change_says_all_and_every_view_reads_again(qtbot, two):
    ana, bora = two
    heard: list[str] = []
    bora.changed.connect(lambda kind, ids: heard.append(kind))
    with ana.batch():
        for n in range(400):
            ana.add_action("BB3", f"Evening class {n}")
    qtbot.waitUntil(lambda: "all" in heard, timeout=5000)
    assert len(bora.actions("BB3")) == 400
