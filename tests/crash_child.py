"""A writer for tests/core/test_crash_recovery.py to kill inside a system call (under strace).

Run as ``python crash_child.py MODE PLAN``.  Every line it prints is flushed at once, so the test
reads exactly what had happened before the kill:

``edit``  opens PLAN and makes a fixed series of edits, several of which grow the file (actions
          with long descriptions, batches of 50 actions in one transaction); ``ack <what>`` follows
          each edit whose call returned.
``open``  opens PLAN for writing (an old plan is backed up and migrated on the way), then closes.
``hold``  opens PLAN, prints ``ready`` and waits for a line on stdin; then adds an organisation
          named by that line, prints its id and exits.

``MARK`` lines separate the program's start-up from the part the test wants to kill.
"""

from __future__ import annotations

import sys

ROUNDS = 4  # edit: each round adds 1 long action, 1 budget line and (odd rounds) a batch of 50
BATCH = 50


def long_text(n: int, size: int) -> str:
    """Text of ``size`` characters that does not compress to nothing (distinct words)."""
    words = []
    k = 0
    while sum(len(w) + 1 for w in words) < size:
        words.append(f"w{n}x{k}")
        k += 1
    return " ".join(words)[:size]


def say(line: str) -> None:
    print(line, flush=True)


def edit(path: str) -> None:
    from lcplanner.core.document import PlanDocument

    doc = PlanDocument.open(path)
    say("MARK")
    org = doc.add_organisation("Belediye")
    say("ack org")
    for i in range(ROUNDS):
        action = doc.add_action("BB1", f"long {i}", description=long_text(i, 12_000),
                                lead_id=org)
        say(f"ack long {i}")
        if i % 2 == 1:
            with doc.batch():
                for j in range(BATCH):
                    doc.add_action("BB2", f"batch {i} {j}",
                                   description=long_text(1000 * i + j, 1_500))
            say(f"ack batch {i}")
        doc.add_budget_line(action, 2026, f"{i}.50")
        say(f"ack budget {i}")
    doc.close()
    say("done")


def open_plan(path: str) -> None:
    from lcplanner.core.document import PlanDocument

    say("MARK")
    doc = PlanDocument.open(path)
    say("opened")
    doc.close()
    say("done")


def hold(path: str) -> None:
    from lcplanner.core.document import PlanDocument

    doc = PlanDocument.open(path)
    say("ready")
    name = sys.stdin.readline().strip()
    org = doc.add_organisation(name)
    say(str(org))
    doc.close()


if __name__ == "__main__":
    {"edit": edit, "open": open_plan, "hold": hold}[sys.argv[1]](sys.argv[2])
