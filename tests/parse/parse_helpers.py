"""Helpers of the parse tests: gazetteer name rows for hand-made lexicons, and the kind that
recognition's call of :func:`geodata.parse.kinds.classify` gives a name."""

from __future__ import annotations

from geodata.gazetteer.index import NameEntry
from geodata.parse.kinds import classify
from geodata.parse.lexicon import DEMONYM, Lexicon


def named(name: str, place_id: str, lang: str | None = None, source: str = "curated") -> NameEntry:
    """A gazetteer name row, as :meth:`Gazetteer.names` yields them."""
    return NameEntry(name=name, place_id=place_id, lang=lang, preferred=False, source=source)


def kind_of(lexicon: Lexicon, text: str, surface: str, lang: str = "en") -> str | None:
    """The kind ``classify`` gives the first ``surface`` in ``text``, as recognition calls it."""
    start = text.index(surface)
    entry = lexicon.entry(surface)
    assert entry is not None, f"{surface!r} is not in the test lexicon"
    return classify(
        text,
        start,
        start + len(surface),
        lang=lang,
        demonym=bool(entry.flags & DEMONYM),
        entry=entry,
        lexicon=lexicon,
    )
