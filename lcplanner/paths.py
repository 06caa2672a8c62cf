"""Where LC Planner keeps settings, logs and plans: the user's folders, or beside the program.

A file named ``portable`` beside the executable (a USB stick, a shared folder) switches to
portable mode: settings, logs and the default plan folder then live in that folder, and nothing
is written to the user's profile.  Otherwise the platform's usual folders are used (platformdirs).
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "LC Planner"
MARKER = "portable"


def program_dir() -> Path:
    """The folder of the running program: the frozen executable's, or the Python's."""
    return Path(sys.executable).resolve().parent


def portable_root() -> Path | None:
    """The folder beside the program when a ``portable`` marker file sits there, else None."""
    folder = program_dir()
    return folder if (folder / MARKER).is_file() else None


def settings_dir() -> Path | None:
    """Where QSettings writes in portable mode (None: the platform's usual place)."""
    root = portable_root()
    return root / "settings" if root else None


def log_dir() -> Path:
    root = portable_root()
    if root:
        folder = root / "logs"
    else:
        import platformdirs

        folder = Path(platformdirs.user_log_dir(APP_NAME, APP_NAME))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def documents_dir() -> Path:
    """The default folder for plans (the demo copy, new plans, the Open dialog)."""
    root = portable_root()
    if root:
        return root / "plans"
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / APP_NAME


def configure_settings() -> None:
    """Point QSettings at the portable folder (an .ini file) when running portable."""
    folder = settings_dir()
    if folder is None:
        return
    from PySide6.QtCore import QSettings

    folder.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
