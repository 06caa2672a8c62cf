"""Makers of files that are not (good) plan files, shared by the store's and the window's tests.

Each maker takes a folder and a real plan file and returns the path of its bad file.
"""

from __future__ import annotations

import random
import sqlite3
import stat

from lcplanner.core import errors
from lcplanner.core.planfile import SCHEMA_VERSION


def _empty(tmp, plan):
    p = tmp / "empty.lcplan"
    p.write_bytes(b"")
    return p


def _random(tmp, plan):
    p = tmp / "noise.lcplan"
    p.write_bytes(random.Random(7).randbytes(8192))
    return p


def _truncated(tmp, plan):
    p = tmp / "truncated.lcplan"
    data = plan.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def _damaged(tmp, plan):
    p = tmp / "damaged.lcplan"
    data = bytearray(plan.read_bytes())
    page = 4096
    for i in range(page * 2 + 8, min(len(data), page * 6)):  # scribble over b-tree pages
        data[i] = 0xA5
    p.write_bytes(bytes(data))
    return p


def _foreign(tmp, plan):
    p = tmp / "other.lcplan"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('someone else''s data')")
    con.commit()
    con.close()
    return p


def _xlsx(tmp, plan):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "not a plan"
    p = tmp / "workplan.xlsx"
    wb.save(p)
    return p.rename(tmp / "workplan.lcplan")


def _newer(tmp, plan):
    p = tmp / "newer.lcplan"
    p.write_bytes(plan.read_bytes())
    con = sqlite3.connect(p)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    return p


def _directory(tmp, plan):
    p = tmp / "folder.lcplan"
    p.mkdir()
    return p


def _missing(tmp, plan):
    return tmp / "nowhere" / "missing.lcplan"


def _read_only(tmp, plan):
    p = tmp / "readonly.lcplan"
    p.write_bytes(plan.read_bytes())
    p.chmod(stat.S_IRUSR | stat.S_IRGRP)
    return p


BAD_FILES = [
    (_empty, errors.EmptyFile),
    (_random, errors.NotAPlanFile),
    (_truncated, errors.CorruptPlan),
    (_damaged, errors.CorruptPlan),
    (_foreign, errors.ForeignDatabase),
    (_xlsx, errors.SpreadsheetNotPlan),
    (_newer, errors.NewerPlan),
    (_directory, errors.IsADirectory),
    (_missing, errors.FileMissing),
    (_read_only, errors.PlanReadOnly),
]
