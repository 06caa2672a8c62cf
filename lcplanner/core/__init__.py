"""Headless core: what a plan is and how it is kept. No QtWidgets or QtGui here (import-linter)."""
