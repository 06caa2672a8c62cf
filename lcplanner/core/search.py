"""Search over a plan's actions, fast enough for every keystroke.

The folded text of every action (title and description, folded the plan language's way) is kept
in memory per document and refreshed only for the actions an edit touched; the document is the
file's only writer, so the cache cannot go stale behind its back.  A query folds the same way and
keeps the actions where every word appears in the code, the text, the lead's name or a partner's name.
"""

from __future__ import annotations

from bisect import bisect_right
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
        self._links: dict[int, set[int]] | None = None  # action -> its lead and partners
        self._orgs: dict[tuple[str, bool], list[tuple[int, str]]] = {}  # folded names
        # All folded texts of a key joined by NUL, with where each starts: one str.find per hit
        # scans 10,000 actions in about a millisecond ("word in text" per action took 8 ms).
        self._blobs: dict[tuple[str, bool], tuple[str, list[int], list[int]]] = {}
        self._dirty: set[int] = set()

    def invalidate(self, ids: Iterable[int] | None = None) -> None:
        """Forget the given actions' texts, or everything when ``ids`` is None."""
        if ids is None:
            self._texts.clear()
            self._links = None
            self._orgs.clear()
            self._blobs.clear()
            self._dirty.clear()
        else:
            self._dirty.update(ids)

    def invalidate_links(self) -> None:
        """Forget who leads and partners what (an organisation was merged, deleted, added)."""
        self._links = None
        self._orgs.clear()

    def _load_links(self, conn: Connection, ids: list[int] | None) -> None:
        """Which organisations each action names (lead and partners), for name matches."""
        if self._links is None:
            self._links, ids = {}, None
        assert self._links is not None
        chunks = [None] if ids is None else [ids[i:i + 900] for i in range(0, len(ids), 900)]
        for chunk in chunks:
            leads = select(_A.c.id, _A.c.lead_id).where(_A.c.plan_id == self.plan_id)
            partners = select(ActionPartner.action_id, ActionPartner.organisation_id).where(
                ActionPartner.plan_id == self.plan_id)
            if chunk is not None:
                leads = leads.where(_A.c.id.in_(chunk))
                partners = partners.where(ActionPartner.action_id.in_(chunk))
                for ident in chunk:
                    self._links.pop(ident, None)
            for ident, lead in conn.execute(leads).all():
                self._links[ident] = {lead} if lead is not None else set()
            for ident, org in conn.execute(partners).all():
                self._links.setdefault(ident, set()).add(org)

    def _texts_for(self, conn: Connection, lang: str, accents: bool) -> dict[int, str]:
        if self._dirty:
            self._blobs.clear()
            dirty, self._dirty = list(self._dirty), set()
            if self._links is not None:
                self._load_links(conn, dirty)
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
        query = select(_A.c.id, _A.c.code, _A.c.title, _A.c.description).where(
            _A.c.plan_id == self.plan_id)
        chunks = [None] if ids is None else [ids[i:i + 900] for i in range(0, len(ids), 900)]
        for chunk in chunks:
            q = query if chunk is None else query.where(_A.c.id.in_(chunk))
            for ident, code, title, description in conn.execute(q).all():
                texts[ident] = fold(f"{code}\n{title}\n{description}", lang, accents)

    def _blob(self, key: tuple[str, bool],
              texts: dict[int, str]) -> tuple[str, list[int], list[int]]:
        if key not in self._blobs:
            ids = list(texts)
            text, starts, _ = joined([texts[i] for i in ids])
            self._blobs[key] = (text, starts, ids)
        return self._blobs[key]

    def warm(self, conn: Connection, lang: str) -> None:
        """Fold every action's text now (e.g. while the person is still looking at the plan)."""
        self._texts_for(conn, lang, True)
        if self._links is None:
            self._load_links(conn, None)

    def match(self, conn: Connection, text: str, lang: str, accents: bool = True) -> list[int]:
        """Ids of the actions where every word of ``text`` occurs (text, lead or partners)."""
        words = fold(text, lang, accents).split()
        if not words:
            return []
        texts = self._texts_for(conn, lang, accents)
        if self._links is None:
            self._load_links(conn, None)
        links = self._links or {}
        orgs = self._orgs.get((lang, accents))
        if orgs is None:
            orgs = self._orgs[(lang, accents)] = [
                (oid, fold(name, lang, accents)) for oid, name in conn.execute(
                    select(Organisation.id, Organisation.name)
                    .where(Organisation.plan_id == self.plan_id))]
        blob = self._blob((lang, accents), texts)
        found: set[int] | None = None
        for word in words:
            hits = occurrences(blob, word)
            org_ids = {oid for oid, name in orgs if word in name}
            if org_ids:
                hits.update(ident for ident, named in links.items() if named & org_ids)
            found = hits if found is None else found & hits
            if not found:
                return []
        return sorted(found or ())


def joined(texts: list[str]) -> tuple[str, list[int], list[int]]:
    """Texts joined by NUL, where each starts, and their positions 0..n-1 as ids."""
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    return "\0".join(texts), starts, list(range(len(texts)))


def occurrences(blob: tuple[str, list[int], list[int]], word: str) -> set[int]:
    """Ids of the texts in ``blob`` that contain ``word`` (a word never holds the NUL joint)."""
    text, starts, ids = blob
    hits: set[int] = set()
    end = len(text)
    at = text.find(word)
    while at != -1:
        k = bisect_right(starts, at) - 1
        hits.add(ids[k])
        after = starts[k + 1] if k + 1 < len(starts) else end
        at = text.find(word, after)
    return hits
