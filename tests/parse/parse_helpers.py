"""Helpers of the parse tests: gazetteer name rows for hand-made lexicons, a parser over a
hand-made gazetteer, and the kind that recognition's call of
:func:`geodata.parse.kinds.classify` gives a name."""

from __future__ import annotations

from collections.abc import Iterable

from geodata.gazetteer.index import NameEntry
from geodata.model import Place
from geodata.parse.kinds import classify
from geodata.parse.lexicon import DEMONYM, Lexicon
from geodata.parse.pipeline import Parser


def named(name: str, place_id: str, lang: str | None = None, source: str = "curated") -> NameEntry:
    """A gazetteer name row, as :meth:`Gazetteer.names` yields them."""
    return NameEntry(name=name, place_id=place_id, lang=lang, preferred=False, source=source)


def parser_over(places: list[Place], alternates: Iterable[NameEntry] = ()) -> Parser:
    """A parser over ``places`` alone, each known by its own name, and by ``alternates``."""
    names = [NameEntry(place.name, place.id, None, True, "test") for place in places]
    names.extend(alternates)
    return Parser(Lexicon.build(places, names))


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
