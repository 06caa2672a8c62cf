"""QUndoCommands that wrap PlanDocument calls: one class per kind of change.

Each command's first run happens *before* it is pushed (:func:`run`), so an edit the document
refuses raises its translated error and never reaches the undo stack; QUndoStack.push then skips
that first redo.  Every run of redo or undo is one committed transaction of the document, so the
undo history survives every commit.  Deletes keep the document's Snapshot and undo restores it with
the same ids and UUIDs, which keeps later commands on the stack valid.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.errors import PlanError

if TYPE_CHECKING:
    from ..core.document import PlanDocument, Snapshot


class DocCommand(QUndoCommand):
    """Base: ``apply`` and ``revert`` talk to the document; the first redo is skipped once.

    An undo or redo the document refuses because someone else changed the row since (a plan
    on a server) takes the command off the stack (obsolete): it no longer fits the plan.  Any
    refusal goes to ``on_refused`` (the commander reports it), never out of QUndoStack.
    """

    on_refused: Callable[[PlanError], None] | None = None

    def __init__(self, doc: PlanDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self._skip_redo = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            with self.doc.undoing():  # never over someone else's later change (a server plan)
                step()
        except PlanError as exc:
            if getattr(exc, "stale", False):  # a StaleEdit (core.concurrency: loads SQLAlchemy)
                self.setObsolete(True)
            if self.on_refused is None:
                raise
            self.on_refused(exc)


def run(stack: QUndoStack, command: DocCommand) -> None:
    """Do ``command`` now; only when the document accepted it does it go on the stack."""
    command.apply()  # raises PlanError when refused: nothing changed, nothing pushed
    command._skip_redo = True
    stack.push(command)


class UpdateCommand(DocCommand):
    """Set fields of one row; remembers the old values to put back."""

    def __init__(self, doc: PlanDocument, text: str, update: Callable[..., None], ident: int,
                 old: dict[str, Any], new: dict[str, Any]) -> None:
        super().__init__(doc, text)
        self.update, self.ident, self.old, self.new = update, ident, old, new

    def apply(self) -> None:
        self.update(self.ident, **self.new)

    def revert(self) -> None:
        self.update(self.ident, **self.old)


class AddCommand(DocCommand):
    """Create a row; undo deletes it, redo restores the very same row (same id and UUID)."""

    def __init__(self, doc: PlanDocument, text: str, add: Callable[[], int],
                 delete: Callable[[int], Snapshot]) -> None:
        super().__init__(doc, text)
        self.add, self.delete = add, delete
        self.ident: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self._snapshot is None:
            self.ident = self.add()
        else:
            self.doc.restore(self._snapshot)

    def revert(self) -> None:
        assert self.ident is not None
        self._snapshot = self.delete(self.ident)


class SnapshotCommand(DocCommand):
    """A change the document can only undo by restoring a snapshot: delete, merge."""

    def __init__(self, doc: PlanDocument, text: str, change: Callable[[], Snapshot]) -> None:
        super().__init__(doc, text)
        self.change = change
        self._snapshot: Snapshot | None = None

    def apply(self) -> None:
        self._snapshot = self.change()

    def revert(self) -> None:
        assert self._snapshot is not None
        self.doc.restore(self._snapshot)


class MoveCommand(DocCommand):
    """Move a row within its area; the document reports the old position."""

    def __init__(self, doc: PlanDocument, text: str, move: Callable[[int, int], int], ident: int,
                 position: int) -> None:
        super().__init__(doc, text)
        self.move, self.ident, self.position = move, ident, position
        self._old: int | None = None

    def apply(self) -> None:
        self._old = self.move(self.ident, self.position)

    def revert(self) -> None:
        assert self._old is not None
        self.move(self.ident, self._old)


class PartnersCommand(DocCommand):
    def __init__(self, doc: PlanDocument, text: str, action_id: int,
                 old: list[tuple[int, str]], new: list[tuple[int, str]]) -> None:
        super().__init__(doc, text)
        self.action_id, self.old, self.new = action_id, old, new

    def apply(self) -> None:
        self.doc.set_partners(self.action_id, self.new)

    def revert(self) -> None:
        self.doc.set_partners(self.action_id, self.old)
