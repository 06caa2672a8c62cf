"""Nothing lost: a process killed with SIGKILL in the middle of a stream of edits loses no edit
that had returned, and the file passes PRAGMA integrity_check afterwards."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from lcplanner.core.document import PlanDocument

CHILD = r"""
import sys
from lcplanner.core.document import PlanDocument
doc = PlanDocument.open(sys.argv[1])
org = doc.add_organisation("Belediye")
n = 0
while True:
    action = doc.add_action("BB%d" % (n % 6 + 1), "edit %d" % n, lead_id=org)
    doc.add_budget_line(action, 2026, "%d.50" % n)
    with doc.batch():  # a grouped edit: both or neither
        doc.update_action(action, percent=50)
        doc.add_indicator("ind %d" % n, action_id=action, kind="count", target=n)
    print(n, flush=True)
    n += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
@pytest.mark.parametrize("acked_before_kill", [5, 40, 120])
def test_sigkill_mid_stream_loses_no_returned_edit(tmp_path, acked_before_kill):
    path = tmp_path / "kill.lcplan"
    PlanDocument.create(path, "Eskişehir").close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    acked = -1
    try:
        for line in child.stdout:  # type: ignore[union-attr]
            acked = int(line)
            if acked + 1 >= acked_before_kill:
                break
        os.kill(child.pid, signal.SIGKILL)  # the child is in the middle of its next edits
    finally:
        child.wait(timeout=30)
    assert acked + 1 >= acked_before_kill, child.stderr.read()  # type: ignore[union-attr]

    doc = PlanDocument.open(path)  # the OS dropped the lock with the process
    try:
        rows = {a.title: a for a in doc.actions()}
        indicators = {i.action_id for i in doc.indicators()}
        for n in range(acked + 1):
            action = rows[f"edit {n}"]
            assert action.budget_total > 0
            assert action.percent == 50 and action.id in indicators
        for action in rows.values():  # the edit in flight: each grouped step all or nothing
            assert (action.percent == 50) == (action.id in indicators)
        assert [i for i in doc.check() if i.severity == "error"] == []
    finally:
        doc.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
