"""The PDF tests: a QApplication first (pytest-qt's), so that printing's ensure_gui_app finds
one and never makes a bare QGuiApplication that the window tests after them could not use."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _widgets_app(qapp):  # noqa: ANN001 - pytest-qt's fixture
    return qapp
