"""Menu entries whose modules load at first use, so the window starts light.

Each function imports its module when called.  The imports are plain statements (never
importlib with a name built at run time), so PyInstaller sees them and the frozen app has them.
"""

from __future__ import annotations

from typing import Any


def show_about(window: Any) -> None:
    from .about import show_about as show

    show(window)


def export_pdf(window: Any) -> None:
    from .pdf_export import export_pdf as export

    export(window)


def export_report(window: Any) -> None:
    from .report_export import export_report as export

    export(window)


def import_workbook(window: Any) -> None:
    from .workbook_import import import_workbook as run

    run(window)
