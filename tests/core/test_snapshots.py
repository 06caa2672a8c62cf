"""Named snapshots inside the plan file: take, list, read, restore, delete; damaged ones refused.

Everything runs on real plan files; a snapshot is compared with the plan it was taken of by
UUID (core.diff), so "the same" means every field of every row of every table.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zlib

import pytest

from lcplanner.core import errors
from lcplanner.core.diff import compare, read_state
from lcplanner.core.document import PlanDocument
from lcplanner.core.planfile import SCHEMA_VERSION
from lcplanner.core.snapshots import SnapshotDamaged, SnapshotMissing


@pytest.fixture
def demo(demo_file):
    document = PlanDocument.open(demo_file)
    yield document
    document.close()


def _counts(path):
    con = sqlite3.connect(path)
    try:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("snapshot", "snapshot_part", "snapshot_chunk"))
    finally:
        con.close()


def test_a_snapshot_keeps_every_row_as_it_was(demo):
    before = read_state(demo)
    info = demo.take_snapshot("Workshop 2 draft")
    assert (info.name, info.role, info.schema) == ("Workshop 2 draft", "named", SCHEMA_VERSION)
    assert info.actions == len(demo.actions()) > 0
    assert compare(before, read_state(demo)) == []  # taking one changes no row of the plan
    first = demo.actions()[0]
    demo.update_action(first.id, title="Renamed after the snapshot")
    demo.delete_action(demo.actions()[-1].id)
    kept = demo.snapshot_state(info)
    assert compare(before, kept) == []
    diffs = compare(kept, read_state(demo))
    assert {(d.table, d.op) for d in diffs} >= {("action", "changed"), ("action", "removed")}


def test_list_find_rename_and_delete(demo):
    a = demo.take_snapshot("  Approved by the council 2027-03\x07 ")
    b = demo.take_snapshot("Workshop 2")
    assert [s.name for s in demo.snapshots()] == ["Approved by the council 2027-03", "Workshop 2"]
    assert demo.snapshot("workshop 2").uuid == b.uuid  # a name as typed, case aside
    assert demo.snapshot(a.uuid).id == a.id
    demo.rename_snapshot(b.id, "Workshop 2 (final)")
    assert demo.snapshot("Workshop 2 (final)").id == b.id
    demo.delete_snapshot(a.id)
    assert [s.id for s in demo.snapshots()] == [b.id]
    with pytest.raises(SnapshotMissing):
        demo.snapshot("Approved by the council 2027-03")
    with pytest.raises(SnapshotMissing):
        demo.delete_snapshot(a.id)
    with pytest.raises(errors.ValidationError):
        demo.take_snapshot(" \t ")
    assert "no longer exists" in SnapshotMissing().message()


def test_snapshots_share_unchanged_rows_and_deleting_frees_them(demo):
    demo.take_snapshot("one")
    one = demo.file.path.stat().st_size
    con = sqlite3.connect(demo.file.path)
    first_bytes = con.execute("SELECT sum(length(data)) FROM snapshot_chunk").fetchone()[0]
    con.close()
    demo.update_action(demo.actions()[0].id, title="A small change")
    demo.take_snapshot("two")
    con = sqlite3.connect(demo.file.path)
    both_bytes = con.execute("SELECT sum(length(data)) FROM snapshot_chunk").fetchone()[0]
    con.close()
    # The second snapshot stores only the chunk that changed (and the plan row's).
    assert both_bytes - first_bytes < first_bytes / 2
    assert demo.file.path.stat().st_size < one * 1.5
    for info in demo.snapshots():
        demo.delete_snapshot(info.id)
    assert _counts(demo.file.path) == (0, 0, 0)


def test_restore_as_a_new_plan_file(demo, tmp_path):
    before = read_state(demo)
    info = demo.take_snapshot("Before the workshop")
    demo.update_plan(title="Changed later")
    target = tmp_path / "restored.lcplan"
    assert demo.restore_snapshot(info, target) == target
    restored = PlanDocument.open(target)
    try:
        assert compare(before, read_state(restored)) == []
        assert restored.plan().title != "Changed later"
        assert restored.snapshots() == []  # the new file is the plan, not its history
    finally:
        restored.close()
    with pytest.raises(errors.FileExists):
        demo.restore_snapshot(info, target)
    with pytest.raises(errors.PlanError):
        demo.restore_snapshot(info, tmp_path / "no such folder" / "x.lcplan")


def test_a_read_only_plan_lists_but_does_not_take(demo_file):
    writer = PlanDocument.open(demo_file)
    writer.take_snapshot("kept")
    writer.close()
    reader = PlanDocument.open(demo_file, read_only=True)
    try:
        assert [s.name for s in reader.snapshots()] == ["kept"]
        assert reader.snapshot_state(reader.snapshots()[0])["action"]
        with pytest.raises(errors.ReadOnlyDocument):
            reader.take_snapshot("new")
    finally:
        reader.close()


def test_a_schema_4_plan_upgrades_with_room_for_snapshots(tmp_path, data_dir):
    path = tmp_path / "cork.lcplan"
    shutil.copyfile(data_dir / "plan-schema-4.lcplan", path)
    doc = PlanDocument.open(path)
    try:
        assert doc.file.backup is not None and doc.snapshots() == []
        plan = doc.plan()
        assert (plan.approval_status, plan.version) == ("approved", "1.0")
        assert doc.actions("BB2")[0].municipal_role == "coordinating"
        info = doc.take_snapshot("After the upgrade")
        assert doc.snapshot_state(info)["plan"][0]["prepared_by"] == "Learning City Office"
    finally:
        doc.close()


# --- a snapshot is input: altered ones are refused, the plan file still opens ------------------------

def _alter(path, change):
    con = sqlite3.connect(path)
    cid, data = con.execute("SELECT c.id, c.data FROM snapshot_chunk c JOIN snapshot_part p "
                            "ON p.chunk_id = c.id WHERE p.table_name = 'action'").fetchone()
    digest, new = change(zlib.decompress(data))
    con.execute("UPDATE snapshot_chunk SET data = ?, digest = coalesce(?, digest) WHERE id = ?",
                (new, digest, cid))
    con.commit()
    con.close()


def _with_digest(text: bytes):
    import hashlib

    return hashlib.sha256(text).hexdigest(), zlib.compress(text)


def _number_for_text(text: bytes):
    part = json.loads(text)
    part["rows"][0][part["columns"].index("position")] = "first"
    return _with_digest(json.dumps(part).encode())


def _duplicate_uuid(text: bytes):
    part = json.loads(text)
    copy = list(part["rows"][0])
    copy[part["columns"].index("id")] = 250  # inside the first chunk's id range: only the UUID
    part["rows"].append(copy)                # repeats
    return _with_digest(json.dumps(part).encode())


def _sql_in_a_title(text: bytes):
    part = json.loads(text)
    part["rows"][0][part["columns"].index("title")] = "x'); DROP TABLE action; --"
    return _with_digest(json.dumps(part).encode())


@pytest.mark.parametrize("change, words", [
    (lambda t: (None, b"not compressed at all"), "damaged"),
    (lambda t: (None, zlib.compress(t + b" ")), "altered"),
    (lambda t: _with_digest(b"[1, 2, 3]"), "not a snapshot part"),
    (lambda t: _with_digest(b"{" * 100_000), "damaged"),
    (lambda t: _with_digest(b" " * (300 << 20)), "too large"),
    (_number_for_text, "action.position"),
    (_duplicate_uuid, "UNIQUE"),
])
def test_an_altered_snapshot_is_refused_and_the_plan_is_untouched(demo_file, change, words):
    doc = PlanDocument.open(demo_file)
    info = doc.take_snapshot("Workshop")
    before = read_state(doc)
    doc.close()
    _alter(demo_file, change)
    doc = PlanDocument.open(demo_file)  # the plan itself is fine and opens
    try:
        with pytest.raises(SnapshotDamaged) as caught:
            doc.snapshot_state(info)
        message = caught.value.message()
        assert "Workshop" in message and words in message and "\n" not in message
        with pytest.raises(SnapshotDamaged):
            doc.restore_snapshot(info, demo_file.with_name("restored.lcplan"))
        assert not demo_file.with_name("restored.lcplan").exists()
        assert compare(before, read_state(doc)) == []
    finally:
        doc.close()


def test_text_that_looks_like_sql_is_only_text(demo_file):
    doc = PlanDocument.open(demo_file)
    info = doc.take_snapshot("Workshop")
    doc.close()
    _alter(demo_file, _sql_in_a_title)
    doc = PlanDocument.open(demo_file)
    try:
        titles = [r["title"] for r in doc.snapshot_state(info)["action"]]
        assert "x'); DROP TABLE action; --" in titles
        assert doc.actions()  # the plan's table is still there
    finally:
        doc.close()
