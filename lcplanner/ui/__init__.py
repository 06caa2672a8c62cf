"""Everything a person sees: the main window, item models, editors, dialogs, undo commands."""
