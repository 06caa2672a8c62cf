"""The rotating log file (5 × 1 MB in the user's log folder): crash details and what a one-line
message left out (SQLite's integrity report of a damaged plan, say).  Headless, so the command
line logs the same way the window does."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOGGER_NAME = "lcplanner"
LOG_FILE = "lcplanner.log"

_log = logging.getLogger(LOGGER_NAME)


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the "lcplanner" logger to a size-capped file; safe to call more than once."""
    from .paths import log_dir

    path = log_dir() / LOG_FILE
    _log.setLevel(level)
    for handler in _log.handlers:
        if getattr(handler, "_lcplanner_file", False):
            return Path(handler.baseFilename)  # type: ignore[attr-defined]
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._lcplanner_file = True  # type: ignore[attr-defined]  # marks our handler
    _log.addHandler(handler)
    return path
