"""Test configuration: headless Qt, and user folders redirected into a temp dir.

QT_QPA_PLATFORM is set here, before any Qt import creates an application, so the tests run
without a display on CI and on a developer's machine alike.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep settings, logs and documents of the app under test away from the real user's folders.
_HOME = tempfile.mkdtemp(prefix="lcplanner-test-home-")
for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[var] = os.path.join(_HOME, var.lower())
os.environ["XDG_DOCUMENTS_DIR"] = os.path.join(_HOME, "Documents")

DATA = Path(__file__).parent / "data"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """A fresh Turkish demo plan file (closed), built by the real builder."""
    from lcplanner.core.demo import build_demo

    path = tmp_path / "demo.lcplan"
    build_demo(path, "tr").close()
    return path


@pytest.fixture
def doc(tmp_path: Path):
    """An open, empty Turkish plan on a real file in a temp folder."""
    from lcplanner.core.document import PlanDocument

    document = PlanDocument.create(tmp_path / "plan.lcplan", "İzmir", "Öğrenen İzmir",
                                   period_start=2026, period_end=2028, language="tr")
    yield document
    document.close()


def pytest_sessionfinish(session, exitstatus):  # noqa: ARG001 - pytest hook signature
    shutil.rmtree(_HOME, ignore_errors=True)
