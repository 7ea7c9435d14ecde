"""The geoparser: recognise toponyms, resolve them, return :class:`~geodata.model.Mention` values.

``geoparse`` is the module-level, picklable entry point the package's ``geodata.geoparse`` calls; it
uses one :class:`Parser` per process, built lazily from the default gazetteer.
"""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from geodata.config import atomic_file, cache_dir
from geodata.errors import InputError
from geodata.model import Mention, Place
from geodata.parse import kinds as kinds_
from geodata.parse import language
from geodata.parse.lexicon import (
    DEMONYM,
    DEMONYMS_TSV,
    STREET,
    Entry,
    Lexicon,
    NameSource,
    fold,
    read_demonyms,
    strip_accents,
)
from geodata.parse.recognize import Span, recognize, region_after
from geodata.parse.resolve import Resolution, resolve, to_mention

logger = logging.getLogger(__name__)

#: Texts longer than this are parsed in their first MAX_CHARS characters only: a news article is
#: far shorter, and a runaway input must not stall a batch.
MAX_CHARS = 1_000_000


class Parser:
    """A geoparser over one lexicon. Build once, call :meth:`geoparse` many times."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    @classmethod
    def from_gazetteer(cls, gazetteer: NameSource, *, demonyms: bool = True) -> Parser:
        """A parser over every name of ``gazetteer`` (and the demonym table when ``demonyms``)."""
        names = list(gazetteer.names())
        ids = {str(entry.place_id) for entry in names}
        places = [place for pid in ids if (place := gazetteer.get(pid)) is not None]
        rows = read_demonyms() if demonyms else []
        return cls(Lexicon.build(places, names, rows).attach(gazetteer))

    def geoparse(
        self,
        text: str,
        lang: str | None = None,
        spans: Sequence[tuple[int, int]] | None = None,
    ) -> list[Mention]:
        """Mentions of places in ``text``; see :func:`geoparse`."""
        if not isinstance(text, str):
            raise InputError(f"text must be a str, got {type(text).__name__}: decode bytes first")
        text = text[:MAX_CHARS]
        lang = language.normalise(lang) or language.detect(text)
        if spans is not None:
            return self._resolve_spans(text, lang or "en", spans)
        if not text.strip() or lang is None:
            return []
        if not language.is_supported(lang):
            logger.info("language %r is not supported: no mentions", lang)
            return []
        found = recognize(text, lang, self.lexicon)
        resolved = resolve(found, self.lexicon, text=text, lang=lang)
        return [
            to_mention(span, res)
            for span, res in zip(found, resolved, strict=True)
            # a street's name has no place in the gazetteer: kept, unresolved
            if res.place is not None or span.entry.flags & STREET
        ]

    def places_named(self, surface: str) -> tuple[Place, ...]:
        """Every place with a point that a given span reading ``surface`` could be resolved to.

        These are the candidates the resolver chooses among for that span (the same spelling
        variants, abbreviations and county names are tried), so the evaluation can tell a wrong
        choice from a place the gazetteer does not have.
        """
        entry = self._entry_for(surface)
        if entry is None:
            return ()
        found = (self.lexicon.places.get(pid) for pid in entry.place_ids)
        return tuple(
            place
            for place in found
            if place is not None and place.lat is not None and place.lon is not None
        )

    def _resolve_spans(
        self, text: str, lang: str, spans: Sequence[tuple[int, int]]
    ) -> list[Mention]:
        given: list[Span] = []
        for pair in spans:
            try:
                start, end = int(pair[0]), int(pair[1])
            except (TypeError, ValueError, IndexError) as err:
                raise InputError(
                    f"a span must be a pair of offsets (start, end), got {pair!r}"
                ) from err
            if not 0 <= start < end <= len(text):
                raise InputError(
                    f"span ({start}, {end}) lies outside the text of {len(text)} characters: "
                    "are the offsets counted in characters (not bytes)?"
                )
            surface = text[start:end]
            entry = self._entry_for(surface)
            if entry is None:
                given.append(
                    Span(start, end, surface, Entry(fold(surface), (), 0, frozenset()), "literal")
                )
                continue
            kind = kinds_.classify(
                text,
                start,
                end,
                lang=lang,
                demonym=bool(entry.flags & DEMONYM),
                entry=entry,
                lexicon=self.lexicon,
            )
            given.append(Span(start, end, surface, entry, kind or "literal", (), True))
        # The places the rest of the article names are the context the given spans are read in.
        context: list[Span] = []
        if given and language.is_supported(lang):
            context = [
                span
                for span in recognize(text, lang, self.lexicon)
                if not any(span.start < g.end and g.start < span.end for g in given)
            ]
        starts = {span.start: (span.end, span.entry) for span in (*given, *context)}
        given = [
            replace(
                span,
                hints=region_after(text, span.end + 2, self.lexicon, starts, before=span.entry),
            )
            if text[span.end : span.end + 2] == ", "
            else span
            for span in given
        ]
        resolved = (
            resolve(given + context, self.lexicon, text=text, lang=lang)[: len(given)]
            if given
            else []
        )
        return [
            to_mention(
                span,
                res if res.place is not None or not span.entry.place_ids else Resolution(None, 0.0),
            )
            for span, res in zip(given, resolved, strict=True)
        ]

    def _entry_for(self, surface: str) -> Entry | None:
        """The lexicon entry of a given span's text, trying the spellings news text uses."""
        text = " ".join(surface.split())
        compact = text.replace(" ", "")
        if text.endswith("."):
            # "Kan.", "Pa.", "Minn.": a region's abbreviation before the town it also spells
            regions = self.lexicon.region_codes.get(compact.rstrip("."))
            if regions:
                return Entry(fold(text).strip(), regions, 0, frozenset())
        tries = [text, strip_accents(text)]
        for suffix in ("'s", "’s", "s", "es", "n", "en"):
            if text.endswith(suffix) and len(text) > len(suffix) + 2:
                tries.append(text[: -len(suffix)])
        for prefix in ("the ", "The "):
            if text.startswith(prefix):
                tries.append(text[len(prefix) :])
        for attempt in tries:
            entry = self.lexicon.entry(attempt)
            if entry is not None and entry.place_ids:
                return self._with_units(entry, attempt)
        regions = self.lexicon.region_codes.get(compact.rstrip("."))
        if regions:  # "W. Va.", "Calif.", "AZ"
            return Entry(fold(text).strip(), regions, 0, frozenset())
        if compact.count(".") >= 2:  # "U.S.", "U.K."
            return self._entry_for(compact.replace(".", ""))
        return self._unit_entry_for(text) or self._core_entry_for(text)

    def _core_entry_for(self, text: str) -> Entry | None:
        """A given span the gazetteer lacks, named by a place it has and a generic word or a
        direction ("Readington Township", "Port of Los Angeles", "South Los Angeles", "Neches
        River"): the entry of that place, the nearest thing the gazetteer knows."""
        words = text.split()
        start, end = 0, len(words)
        while start < end - 1 and words[start].lower().rstrip(".") in _LEADING_WORDS:
            start += 1
        while end > start + 1 and words[end - 1].lower().rstrip(".") in _TRAILING_WORDS:
            end -= 1
        if (start, end) == (0, len(words)):
            return None
        core = " ".join(words[start:end])
        entry = self.lexicon.entry(core)
        if entry is not None and entry.place_ids:
            return entry
        return self._unit_entry_for(core, people=False)

    def _with_units(self, entry: Entry, text: str) -> Entry:
        """``entry`` and the counties named like it: a given "Barrow" beside "Jackson" may be
        Barrow County as much as the town, and the article's other names decide which."""
        units = self._unit_entry_for(text, people=False)
        if units is None:
            return entry
        extra = tuple(pid for pid in units.place_ids if pid not in entry.place_ids)
        if not extra:
            return entry
        return Entry(entry.key, entry.place_ids + extra, entry.flags, entry.langs)

    def _unit_entry_for(self, text: str, *, people: bool = True) -> Entry | None:
        """A given span that names a county without the word ("Oconee", "Avoyelles"), or the
        people of a state or country ("Ohioans", "Ontarians"): the entry of that unit."""
        tries = [text + " County", text + " Parish"]
        if people and text.endswith("ans") and len(text) > 6:
            tries += [text[:-2], text[:-3], text[:-4] + "o", text[:-4] + "a", text[:-3] + "a"]
        for attempt in tries:
            entry = self.lexicon.entry(attempt)
            if entry is None:
                continue
            ids = tuple(
                pid
                for pid in entry.place_ids
                if (place := self.lexicon.places.get(pid)) is not None
                and place.feature in ("country", "admin1", "other")
            )
            if ids:
                return Entry(entry.key, ids, entry.flags, entry.langs)
        return None


#: Words around a place's name in the name of something in or beside it: "Readington
#: Township", "Town of Groton", "Neches River", "Lake Lanier", "Río Bravo", "Landkreis Harburg".
_GENERIC_WORDS = frozenset((
    "township", "twp", "town", "city", "village", "borough", "station", "county", "co", "parish",
    "river", "creek", "lake", "lakes", "valley", "park", "port", "harbor", "harbour", "bay",
    "beach", "island", "islands", "springs", "falls", "río", "rio", "lago", "laguna", "bahía",
    "isla", "ciudad", "municipio", "provincia", "landkreis", "kreis", "stadt", "gemeinde", "fluss",
    "see", "insel",
))  # fmt: skip
#: Words before a name that narrow it to a part: "South Los Angeles", "Greater London", "Norte de".
_LEADING_WORDS = _GENERIC_WORDS | frozenset((
    "of", "the", "de", "del", "von", "am", "north", "south", "east", "west", "northern",
    "southern", "eastern", "western", "central", "upper", "lower", "greater", "downtown", "nord",
    "süd", "ost", "nördliches", "südliches", "norte", "sur", "este", "oeste",
))  # fmt: skip
_TRAILING_WORDS = _GENERIC_WORDS


#: The process's parser; built on first use by :func:`default_parser`.
_PARSER: Parser | None = None
_LOCK = threading.Lock()


#: Bump when the lexicon's layout or the way it is built changes: old caches are then ignored.
LEXICON_VERSION = 19


def _lexicon_cache(gazetteer: object) -> Path:
    """Where the lexicon of ``gazetteer`` is cached: named by the gazetteer's build metadata, the
    demonym table and :data:`LEXICON_VERSION`, so a change to any of them makes a new file."""
    digest = hashlib.sha256()
    digest.update(str(LEXICON_VERSION).encode())
    meta = {k: v for k, v in getattr(gazetteer, "meta", {}).items() if "seconds" not in k}
    digest.update(json.dumps(meta, sort_keys=True, default=str).encode())
    if DEMONYMS_TSV.exists():
        digest.update(DEMONYMS_TSV.read_bytes())
    return cache_dir() / f"parse-lexicon-{digest.hexdigest()[:16]}.pickle"


def _load_default() -> Parser:
    from geodata.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    path = _lexicon_cache(gazetteer)
    if path.exists():
        try:
            with path.open("rb") as handle:
                lexicon = pickle.load(handle)
            if isinstance(lexicon, Lexicon):
                return Parser(lexicon.attach(gazetteer))
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as err:
            logger.warning("lexicon cache %s is unreadable (%r): rebuilding it", path, err)
    parser = Parser.from_gazetteer(gazetteer)
    for old in [
        *path.parent.glob("parse-lexicon-*.pickle"),
        *path.parent.glob("parse-lexicon-*.tmp"),  # left by a build that was killed
    ]:
        old.unlink(missing_ok=True)  # caches of earlier gazetteers or lexicon versions
    try:
        with atomic_file(path) as handle:
            pickle.dump(parser.lexicon, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError as err:
        logger.warning("could not cache the lexicon at %s: %r", path, err)
    return parser


def default_parser() -> Parser:
    """The process's parser over the default gazetteer: loaded from its cache, built on first use."""
    global _PARSER
    if _PARSER is None:
        with _LOCK:
            if _PARSER is None:
                _PARSER = _load_default()
    return _PARSER


def geoparse(
    text: str,
    lang: str | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
) -> list[Mention]:
    """Find and resolve every place ``text`` mentions (see :func:`geodata.geoparse`)."""
    return default_parser().geoparse(text, lang=lang, spans=spans)
