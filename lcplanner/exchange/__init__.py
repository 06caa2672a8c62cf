"""Readers that turn files from outside into what the document's commands take.

Headless like :mod:`lcplanner.export`: no QtWidgets, no QtGui, never SQL of its own.  A file that
cannot be used is refused with a :class:`~lcplanner.core.errors.PlanError` whose one-line,
translated message names the row (and column) to fix, and nothing in the plan changes.
"""
