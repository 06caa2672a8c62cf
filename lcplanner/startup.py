"""Start-up costs that are not the app's own work: PySide6's import hook.

Importing PySide6 replaces ``builtins.__import__`` with ``__feature_import__``, which serves
``from __feature__ import snake_case``.  After every later import it reads the imported module's
whole source file to see whether it mentions PySide6 (PYSIDE-2029).  For SQLAlchemy's ~250
modules that is about 70-80 ms of CPU, a quarter of SQLAlchemy's own import, on the way to
the plan being ready.  LC Planner uses no ``__feature__``, so the program puts back the import
PySide kept for this purpose (``builtins.__orig_import__``; PySide's own lazy loading of its
types sits below it and stays).  Only the program does this (``python -m lcplanner``, the
window's start-up), never a host that imports the package.
"""

from __future__ import annotations

import builtins
import importlib


def plain_imports() -> bool:
    """Import without PySide6's ``__feature__`` hook from now on; True if it was installed.

    Nothing changes when another tool has replaced ``__import__`` since (a debugger, a
    profiler, a test's hook): only PySide's own hook is taken out.
    """
    importlib.import_module("PySide6.QtCore")  # installs the hook (once per process)

    feature = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if feature is None or original is None or builtins.__import__ is not feature:
        return False
    builtins.__import__ = original
    return True
