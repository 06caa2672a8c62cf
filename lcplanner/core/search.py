"""Search over a plan's actions, fast enough for every keystroke.

The folded text of every action (title and description, folded the plan language's way) is kept
in memory per document and refreshed only for the actions an edit touched; the document is the
file's only writer, so the cache cannot go stale behind its back.  A query folds the same way and
keeps the actions where every word appears in the text, the lead's name or a partner's name.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select

from .model import Action, ActionPartner, Organisation
from .text import fold

_A = Action.__table__


class SearchIndex:
    """Folded action texts of one plan, keyed by (language, accent mode)."""

    def __init__(self, plan_id: int) -> None:
        self.plan_id = plan_id
        self._texts: dict[tuple[str, bool], dict[int, str]] = {}
        self._dirty: set[int] = set()

    def invalidate(self, ids: Iterable[int] | None = None) -> None:
        """Forget the given actions' texts, or everything when ``ids`` is None."""
        if ids is None:
            self._texts.clear()
            self._dirty.clear()
        else:
            self._dirty.update(ids)

    def _texts_for(self, conn: Connection, lang: str, accents: bool) -> dict[int, str]:
        if self._dirty:
            dirty, self._dirty = list(self._dirty), set()
            for texts in self._texts.values():
                for ident in dirty:
                    texts.pop(ident, None)
            for key, texts in self._texts.items():
                self._load(conn, texts, key, dirty)
        key = (lang, accents)
        if key not in self._texts:
            self._texts[key] = {}
            self._load(conn, self._texts[key], key, None)
        return self._texts[key]

    def _load(self, conn: Connection, texts: dict[int, str], key: tuple[str, bool],
              ids: list[int] | None) -> None:
        lang, accents = key
        query = select(_A.c.id, _A.c.title, _A.c.description).where(_A.c.plan_id == self.plan_id)
        chunks = [None] if ids is None else [ids[i:i + 900] for i in range(0, len(ids), 900)]
        for chunk in chunks:
            q = query if chunk is None else query.where(_A.c.id.in_(chunk))
            for ident, title, description in conn.execute(q).all():
                texts[ident] = fold(f"{title}\n{description}", lang, accents)

    def warm(self, conn: Connection, lang: str) -> None:
        """Fold every action's text now (e.g. while the person is still looking at the plan)."""
        self._texts_for(conn, lang, True)

    def match(self, conn: Connection, text: str, lang: str, accents: bool = True) -> list[int]:
        """Ids of the actions where every word of ``text`` occurs (text, lead or partners)."""
        words = fold(text, lang, accents).split()
        if not words:
            return []
        texts = self._texts_for(conn, lang, accents)
        orgs = [(oid, fold(name, lang, accents)) for oid, name in conn.execute(
            select(Organisation.id, Organisation.name).where(Organisation.plan_id == self.plan_id))]
        found: set[int] | None = None
        for word in words:
            hits = {ident for ident, folded in texts.items() if word in folded}
            org_ids = [oid for oid, name in orgs if word in name]
            if org_ids:
                hits.update(conn.execute(select(_A.c.id).where(
                    _A.c.plan_id == self.plan_id, _A.c.lead_id.in_(org_ids))).scalars())
                hits.update(conn.execute(select(ActionPartner.action_id).where(
                    ActionPartner.organisation_id.in_(org_ids))).scalars())
            found = hits if found is None else found & hits
            if not found:
                return []
        return sorted(found or ())
