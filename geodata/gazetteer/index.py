"""The in-memory gazetteer: places by id, by ISO code and by name, stored column-wise.

Places are kept in parallel columns (not one object each) so that the cached index loads in well
under a second; :class:`~geodata.model.Place` objects are made on demand by :meth:`Gazetteer.get`
and :meth:`Gazetteer.lookup`.
"""

from __future__ import annotations

import math
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from geodata.errors import GazetteerError, InputError
from geodata.model import FEATURES, Place

#: Order of candidates of one name in :meth:`Gazetteer.lookup`: lower first; then population.
FEATURE_RANK: dict[str, int] = {
    "country": 0,
    "admin1": 1,
    "continent": 2,
    "region": 3,
    "water": 4,
    "city": 5,
    "other": 6,
}

_NO_INT = -1

#: Name sources that :meth:`Gazetteer.lookup` consults only with ``abbreviations=True``.
ABBREVIATION_SOURCES = frozenset({"abbrev", "geonames:code"})


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One (name, place) pair of the gazetteer, for building a name matcher.

    ``lang`` is the language where the source tags it (Natural Earth, CLDR, pycountry, the curated
    tables, GeoNames continent names), ``None`` for untagged alternates (GeoNames city alternate
    names). ``preferred`` marks a place's main name (in that language where ``lang`` is set).
    ``source`` says where the name came from: ``geonames``, ``geonames:alt``, ``naturalearth``,
    ``naturalearth:alt``, ``cldr``, ``pycountry``, ``pycountry:historic`` (ISO 3166-3 names of
    former countries: "Zaire", "UdSSR"), ``curated``, ``census`` (US counties),
    ``inflected`` (German weak forms: "Nahen Osten"), ``abbrev`` (abbreviations of admin-1 units
    -- "AZ", "Ariz.", "NSW" -- safe only after a place name, as in "Peoria, AZ") or
    ``geonames:code`` (upper-case city codes: "NYC", but mostly airport codes such as "CAN" for
    Guangzhou). :meth:`Gazetteer.lookup` skips the last two unless asked.
    """

    name: str
    place_id: str
    lang: str | None
    preferred: bool
    source: str


def _key(name: str) -> str:
    if not isinstance(name, str):
        raise InputError(f"a place name must be a str, got {type(name).__name__} {name!r}")
    # str.lower, never casefold: casefold maps "ß" to "ss" and shifts character offsets
    return name.strip().lower()


class Gazetteer:
    """An offline gazetteer: lookup by exact name in any language, by id and by ISO code.

    Use :meth:`default` for the full world gazetteer (built from registry data on first use and
    cached under :func:`geodata.config.cache_dir`), or :meth:`from_places` for a small one.
    Instances are read-only and safe to share between threads; worker processes should call
    :meth:`default` themselves rather than receive a pickled instance.
    """

    _default: ClassVar[Gazetteer | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    __slots__ = (
        "_a1",
        "_abbrev",
        "_by_code",
        "_cc",
        "_children",
        "_entries",
        "_feature",
        "_gid",
        "_ids",
        "_index",
        "_index_loader",
        "_index_lock",
        "_lat",
        "_lon",
        "_members",
        "_names",
        "_parents",
        "_pop",
        "_pos",
        "meta",
    )

    def __init__(
        self,
        core: dict[str, Any],
        entries: dict[str, Any] | Callable[[], dict[str, Any]],
        index: Callable[[], dict[str, Any]] | None = None,
    ) -> None:
        """Wrap the columns made by :func:`encode` (use the class methods instead).

        ``entries`` is the name-entry columns, or a function that reads them: the full
        gazetteer keeps its 1.4 million name entries on disk until :meth:`names` is called.
        ``index``, if given, reads the name index (``index`` and ``abbreviations``) on the
        first :meth:`lookup`, so a process that only calls :meth:`get` and :meth:`names` (the
        parser) never pays for it; without it the index is in ``core``.
        """
        try:
            self._ids: list[str] = core["ids"]
            self._names: list[str] = core["names"]
            self._feature: bytes = core["feature"]
            self._lat = array("d", core["lat"])
            self._lon = array("d", core["lon"])
            self._cc: list[str | None] = core["cc"]
            self._a1: list[str | None] = core["a1"]
            self._gid = array("q", core["gid"])
            self._pop = array("q", core["pop"])
            self._parents: list[tuple[str, ...]] = core["parents"]
            self._index: dict[str, int | tuple[int, ...]] | None = None
            self._abbrev: dict[str, int | tuple[int, ...]] = {}
            if index is None:
                self._index = core["index"]
                self._abbrev = core["abbreviations"]
            self._by_code: dict[str, int] = core["by_code"]
            self._members: dict[str, tuple[str, ...]] = core["members"]
            self.meta: dict[str, Any] = core.get("meta", {})
        except KeyError as err:
            raise GazetteerError(
                f"gazetteer columns lack {err.args[0]!r}: the cache is from another version; "
                "rebuild it with `python -m geodata gazetteer build`"
            ) from err
        self._entries = entries
        self._index_loader = index
        self._index_lock = threading.Lock()
        self._pos = {place_id: i for i, place_id in enumerate(self._ids)}
        self._children: dict[str, list[int]] | None = None

    # --- construction -------------------------------------------------------------------------

    @classmethod
    def from_places(
        cls,
        places: Iterable[Place],
        names: Iterable[NameEntry],
        *,
        meta: dict[str, Any] | None = None,
    ) -> Gazetteer:
        """A gazetteer of exactly these places and names (each place's own name is added too).

        Raises :class:`GazetteerError` for a duplicate place id or a name of an unknown place.
        """
        core, entries = encode(places, names, meta=meta or {})
        return cls(core, entries)

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide world gazetteer: loaded from the cache, built there on first use."""
        if cls._default is None:
            with cls._default_lock:
                if cls._default is None:
                    from geodata.gazetteer.build import load_or_build

                    cls._default = load_or_build()
        return cls._default

    @classmethod
    def reset_default(cls) -> None:
        """Forget the process-wide gazetteer (the next :meth:`default` loads it again)."""
        with cls._default_lock:
            cls._default = None

    # --- queries ------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._pos

    def _place(self, i: int) -> Place:
        lat, lon = self._lat[i], self._lon[i]
        has_point = not (math.isnan(lat) or math.isnan(lon))
        gid, pop = self._gid[i], self._pop[i]
        return Place(
            id=self._ids[i],
            name=self._names[i],
            feature=FEATURES[self._feature[i]],
            lat=lat if has_point else None,
            lon=lon if has_point else None,
            country_code=self._cc[i],
            admin1_code=self._a1[i],
            geonameid=None if gid == _NO_INT else gid,
            population=None if pop == _NO_INT else pop,
            parents=self._parents[i],
        )

    def _rows(self, name: str, abbreviations: bool = False) -> tuple[int, ...]:
        key = _key(name)
        rows = self._name_index().get(key, ())
        rows = (rows,) if isinstance(rows, int) else rows
        if abbreviations:
            more = self._abbrev.get(key, ())
            more = (more,) if isinstance(more, int) else more
            rows = rows + tuple(i for i in more if i not in rows)
        return rows

    def _name_index(self) -> dict[str, int | tuple[int, ...]]:
        index = self._index
        if index is None:
            with self._index_lock:
                if self._index is None:
                    loader = self._index_loader
                    if loader is None:
                        raise GazetteerError("the gazetteer has no name index")
                    block = loader()
                    try:
                        self._abbrev = block["abbreviations"]
                        self._index = block["index"]
                    except (KeyError, TypeError) as err:
                        raise GazetteerError(
                            "the name index of the gazetteer cache is damaged; rebuild it with "
                            "`python -m geodata gazetteer build`"
                        ) from err
                index = self._index
        return index

    def get(self, place_id: str) -> Place | None:
        """The place with this id (``"3983035"``, ``"region:caribbean"``), or None."""
        i = self._pos.get(place_id)
        return None if i is None else self._place(i)

    def lookup(self, name: str, *, abbreviations: bool = False) -> list[Place]:
        """Every place called ``name`` (exact, case-insensitive by ``str.lower``), best first.

        Best first means: country, admin-1, continent, region, water, city, other; within a
        feature, larger population first. Abbreviations and codes ("AZ", "Ill.", "NSW", "NYC";
        name entries of a source in :data:`ABBREVIATION_SOURCES`) count only with
        ``abbreviations=True``, after the full names.
        """
        return [self._place(i) for i in self._rows(name, abbreviations)]

    def lookup_ids(self, name: str, *, abbreviations: bool = False) -> tuple[str, ...]:
        """The ids of :meth:`lookup`, without building Place objects."""
        return tuple(self._ids[i] for i in self._rows(name, abbreviations))

    def by_code(self, code: str) -> Place | None:
        """The country (``"MX"``) or admin-1 unit (``"MX-SIN"``, ISO 3166-2) with this code.

        Also the ISO 3166-2 units above Natural Earth's units, which are ``region`` places
        (``"ES-AN"`` is Andalucía, ``"GB-SCT"`` Scotland), or the admin-1 unit covering the
        same ground (``"ES-MD"``, the Comunidad de Madrid, is the province of Madrid).
        """
        i = self._by_code.get(code.strip().upper())
        return None if i is None else self._place(i)

    def children(self, place_id: str) -> list[Place]:
        """Places whose nearest parent is ``place_id`` (a country's admin-1 units, ...), best first."""
        if self._children is None:
            children: dict[str, list[int]] = {}
            for i, parents in enumerate(self._parents):
                if parents:
                    children.setdefault(parents[0], []).append(i)
            for rows in children.values():
                rows.sort(key=self._rank)
            self._children = children
        return [self._place(i) for i in self._children.get(place_id, ())]

    def members(self, region_id: str) -> list[Place]:
        """The member countries of a continent or macro-region (empty for other places)."""
        return [p for p in (self.get(m) for m in self._members.get(region_id, ())) if p is not None]

    def names(self) -> Iterator[NameEntry]:
        """Every (name, place) pair, including each place's canonical name (source ``canonical``).

        For the world gazetteer the entries are read from the cache file on each call and not
        kept in memory afterwards: build your matcher from one pass.
        """
        for row in self.name_rows():
            yield NameEntry(*row)

    def name_rows(self) -> Iterator[tuple[str, str, str | None, bool, str]]:
        """:meth:`names` as plain ``(name, place_id, lang, preferred, source)`` tuples (faster)."""
        entries = self._entries if isinstance(self._entries, dict) else self._entries()
        try:
            langs: list[str | None] = entries["langs"]
            sources: list[str] = entries["sources"]
            columns = (
                entries["name"],
                array("i", entries["place"]),
                array("H", entries["lang"]),
                entries["pref"],
                array("B", entries["source"]),
            )
        except KeyError as err:
            raise GazetteerError(
                f"gazetteer name columns lack {err.args[0]!r}; rebuild with "
                "`python -m geodata gazetteer build`"
            ) from err
        ids = self._ids
        for name, place, lang, pref, source in zip(*columns, strict=True):
            yield (name, ids[place], langs[lang], pref == 1, sources[source])

    def places(self) -> Iterator[Place]:
        """Every place, in storage order."""
        for i in range(len(self._ids)):
            yield self._place(i)

    def _rank(self, i: int) -> tuple[int, int, int]:
        return _rank(self._feature[i], self._pop[i], i)

    def __reduce__(self) -> tuple[Any, ...]:
        # Worker processes get the world gazetteer by loading their own copy of the cache, never
        # by a 100 MB pickle; small in-memory gazetteers travel whole.
        if self is Gazetteer._default:
            return (_process_default, ())
        path = getattr(self._entries, "path", None)
        if path is not None:
            return (_load_path, (path,))
        return (Gazetteer, (self._core_columns(), self._entries))

    def _core_columns(self) -> dict[str, Any]:
        return {
            "ids": self._ids,
            "names": self._names,
            "feature": self._feature,
            "lat": self._lat.tobytes(),
            "lon": self._lon.tobytes(),
            "cc": self._cc,
            "a1": self._a1,
            "gid": self._gid.tobytes(),
            "pop": self._pop.tobytes(),
            "parents": self._parents,
            "index": self._name_index(),
            "abbreviations": self._abbrev,
            "by_code": self._by_code,
            "members": self._members,
            "meta": self.meta,
        }

    def close(self) -> None:
        """Release the cache file behind :meth:`names` (lookups keep working)."""
        self._name_index()
        close = getattr(self._entries, "close", None)
        if close is not None:
            close()

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self)} places>"


def _process_default() -> Gazetteer:
    return Gazetteer.default()


def _load_path(path: Any) -> Gazetteer:
    from geodata.gazetteer.build import load

    return load(path)


def _rank(feature: int, population: int, i: int) -> tuple[int, int, int]:
    return (FEATURE_RANK[FEATURES[feature]], -max(population, 0), i)


def encode(
    places: Iterable[Place], names: Iterable[NameEntry], *, meta: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Turn places and names into plain columns (places and index, name entries).

    Plain lists, dicts, bytes and str only, so that :mod:`marshal` can store them.
    """
    return encode_rows(
        places,
        ((e.name, e.place_id, e.lang, e.preferred, e.source) for e in names),
        meta=meta,
    )


def encode_rows(
    places: Iterable[Place],
    names: Iterable[tuple[str, str, str | None, bool, str]],
    *,
    meta: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`encode` for names given as ``(name, place_id, lang, preferred, source)`` tuples."""
    ids: list[str] = []
    pos: dict[str, int] = {}
    cols: dict[str, list[Any]] = {k: [] for k in ("names", "cc", "a1", "parents")}
    feature = bytearray()
    lat, lon = array("d"), array("d")
    gid, pop = array("q"), array("q")
    by_code: dict[str, int] = {}
    feature_index = {f: n for n, f in enumerate(FEATURES)}
    for place in places:
        if place.id in pos:
            raise GazetteerError(f"duplicate place id {place.id!r}: every place needs its own id")
        if place.feature not in feature_index:
            raise GazetteerError(
                f"place {place.id!r} has feature {place.feature!r}; expected one of {FEATURES}"
            )
        pos[place.id] = len(ids)
        ids.append(place.id)
        cols["names"].append(place.name)
        feature.append(feature_index[place.feature])
        lat.append(math.nan if place.lat is None else place.lat)
        lon.append(math.nan if place.lon is None else place.lon)
        cols["cc"].append(place.country_code)
        cols["a1"].append(place.admin1_code)
        gid.append(_NO_INT if place.geonameid is None else place.geonameid)
        pop.append(_NO_INT if place.population is None else place.population)
        cols["parents"].append(tuple(place.parents))
        if place.feature == "country" and place.country_code:
            by_code.setdefault(place.country_code.upper(), len(ids) - 1)
        elif place.feature == "admin1" and place.admin1_code:
            by_code.setdefault(place.admin1_code.upper(), len(ids) - 1)

    e_name: list[str] = []
    e_place, e_lang, e_source = array("i"), array("H"), array("B")
    e_pref = bytearray()
    langs: dict[str | None, int] = {None: 0}
    sources: dict[str, int] = {}
    seen: set[tuple[str, int, str | None, str]] = set()
    pairs: set[tuple[str, int]] = set()
    # a bare int for a name of one place, a list only where a name is shared: a set per name
    # would cost 200 MB more while building the world gazetteer
    index: dict[str, int | list[int]] = {}
    abbrev_index: dict[str, int | list[int]] = {}

    def add(name: str, place_id: str, lang: str | None, preferred: bool, source: str) -> None:
        i = pos.get(place_id)
        if i is None:
            raise GazetteerError(
                f"name {name!r} refers to unknown place {place_id!r}: add the place before its names"
            )
        name = name.strip()
        if not name or (name, i, lang, source) in seen:
            return
        # an untagged alternate that repeats a name the place already has adds nothing
        if lang is None and (name, i) in pairs:
            return
        seen.add((name, i, lang, source))
        pairs.add((name, i))
        e_name.append(name)
        e_place.append(i)
        e_lang.append(langs.setdefault(lang, len(langs)))
        e_pref.append(1 if preferred else 0)
        e_source.append(sources.setdefault(source, len(sources)))
        target = abbrev_index if source in ABBREVIATION_SOURCES else index
        key = _key(name)
        rows = target.get(key)
        if rows is None:
            target[key] = i
        elif isinstance(rows, int):
            if rows != i:
                target[key] = [rows, i]
        elif i not in rows:
            rows.append(i)

    for i, place_id in enumerate(ids):
        add(cols["names"][i], place_id, None, True, "canonical")
    for row in names:
        add(*row)
    if len(sources) > 255:
        raise GazetteerError(f"at most 255 name sources are supported, got {len(sources)}")

    def rank(rows: int | list[int]) -> int | tuple[int, ...]:
        # most names belong to one place: a bare int there saves ~60 MB in the full gazetteer
        if isinstance(rows, int):
            return rows
        return tuple(sorted(rows, key=lambda i: _rank(feature[i], pop[i], i)))

    ranked = {key: rank(rows) for key, rows in index.items()}
    abbreviations = {key: rank(rows) for key, rows in abbrev_index.items()}
    # members get their own column; copy first so the caller's dict keeps them
    meta = dict(meta)
    members = meta.pop("members", {})
    # ISO 3166-2 codes of places that are not admin-1 units ("ES-AN" -> Andalucía's region)
    for code, place_id in sorted(meta.pop("region_codes", {}).items()):
        if place_id in pos:
            by_code.setdefault(code.upper(), pos[place_id])
    core = {
        "ids": ids,
        "names": cols["names"],
        "feature": bytes(feature),
        "lat": lat.tobytes(),
        "lon": lon.tobytes(),
        "cc": cols["cc"],
        "a1": cols["a1"],
        "gid": gid.tobytes(),
        "pop": pop.tobytes(),
        "parents": cols["parents"],
        "index": ranked,
        "abbreviations": abbreviations,
        "by_code": by_code,
        "members": {k: tuple(v) for k, v in members.items()},
        "meta": meta,
    }
    entries = {
        "name": e_name,
        "place": e_place.tobytes(),
        "lang": e_lang.tobytes(),
        "langs": [lang for lang, _ in sorted(langs.items(), key=lambda kv: kv[1])],
        "pref": bytes(e_pref),
        "source": e_source.tobytes(),
        "sources": [s for s, _ in sorted(sources.items(), key=lambda kv: kv[1])],
    }
    return core, entries
