"""Schema 7: every row carries a version (issue 16); on a file, one person never sees a refusal."""

from __future__ import annotations

import shutil
import sqlite3

from lcplanner.core.document import PlanDocument
from lcplanner.core.model import TABLES_PARENT_FIRST


def test_schema_6_rows_start_at_version_1_and_keep_their_values(tmp_path, data_dir):
    target = tmp_path / "cork.lcplan"
    shutil.copyfile(data_dir / "plan-schema-6.lcplan", target)
    doc = PlanDocument.open(target)
    try:
        assert doc.file.backup is not None and doc.file.backup.exists()
        play = doc.actions()[1]
        assert (play.status, play.percent) == ("on_track", 40)
        assert [m.name for m in doc.milestones(play.id)] == ["Pilot classes open"]
        assert [(u.period, u.percent) for u in doc.progress(play.id)][-1] == ("2027", 40)
        assert doc.indicators()[0].actual == "20"
        assert play.row_version == 1
        doc.update_action(play.id, title="Pilot classes")
        assert doc.action(play.id).row_version == 2
    finally:
        doc.close()
    con = sqlite3.connect(target)
    try:
        for model in TABLES_PARENT_FIRST:
            table = model.__table__.name
            versions = {v for (v,) in con.execute(f'SELECT row_version FROM "{table}"')}
            assert versions <= {1, 2}, table
            assert 2 not in versions or table in ("action", "plan"), table
    finally:
        con.close()


def test_a_file_plan_counts_versions_and_never_refuses_its_one_editor(tmp_path):
    doc = PlanDocument.create(tmp_path / "plan.lcplan", "Bolu", language="en")
    try:
        play = doc.add_action("BB1", "Play houses")
        assert doc.action(play).row_version == 1
        for n in range(3):
            doc.update_action(play, title=f"Play houses {n}")
        assert doc.action(play).row_version == 4
        snap = doc.delete_action(play)
        doc.restore(snap)
        assert doc.action(play).row_version == 4  # the very row again
        doc.update_action(play, title="Back")
        assert (doc.action(play).title, doc.action(play).row_version) == ("Back", 5)
        before = doc.take_state()
        doc.update_action(play, title="Imported")
        doc.put_state(before)  # an import's undo: the row changes again, one version more
        assert (doc.action(play).title, doc.action(play).row_version) == ("Back", 7)
        doc.update_action(play, title="After the undo")
        assert "row_version" not in before.tables["action"][0]  # a state is content only
    finally:
        doc.close()
