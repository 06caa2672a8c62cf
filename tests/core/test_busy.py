"""A plan another program is writing to is busy, not damaged: its own message, quickly."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time

import pytest

from lcplanner.core import errors
from lcplanner.core.document import PlanDocument

HOLDER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")  # another program in the middle of a write
con.execute("UPDATE plan SET country = country")
print("holding", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
"""


@pytest.mark.parametrize("read_only", [False, True])
def test_plan_written_by_another_program_is_busy_not_damaged(demo_file, read_only):
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo_file)], text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert child.stdout.readline().strip() == "holding"  # type: ignore[union-attr]
        started = time.monotonic()
        with pytest.raises(errors.PlanBusy) as caught:
            PlanDocument.open(demo_file, read_only=read_only)
        assert time.monotonic() - started < 8
        assert "busy" in caught.value.message() and "damaged" not in caught.value.message()
    finally:
        child.communicate("\n", timeout=30)
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    doc = PlanDocument.open(demo_file, read_only=read_only)  # free again: opens
    try:
        assert doc.plan().city == "Ilgınova"
    finally:
        doc.close()
    if read_only:
        assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before
