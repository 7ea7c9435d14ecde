"""The in-memory gazetteer: places by id, by ISO code and by name, stored column-wise.

Places are kept in parallel columns (not one object each) so that the cached index loads in well
under a second; :class:`~geodata.model.Place` objects are made on demand by :meth:`Gazetteer.get`
and :meth:`Gazetteer.lookup`.
"""

from __future__ import annotations

import math
import threading
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

from geodata.errors import GazetteerError
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


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One (name, place) pair of the gazetteer, for building a name matcher.

    ``lang`` is the language where the source tags it (Natural Earth, CLDR, pycountry, the curated
    tables, GeoNames continent names), ``None`` for untagged alternates (GeoNames city alternate
    names). ``preferred`` marks a place's main name (in that language where ``lang`` is set).
    ``source`` says where the name came from: ``geonames``, ``geonames:alt``, ``naturalearth``,
    ``naturalearth:alt``, ``cldr``, ``pycountry``, ``curated``, or ``abbrev`` -- the last are
    abbreviations of admin-1 units ("AZ", "Ariz.", "NSW") meant only for the "Peoria, AZ"
    pattern, not for free-text matching.
    """

    name: str
    place_id: str
    lang: str | None
    preferred: bool
    source: str


def _key(name: str) -> str:
    # str.lower, never casefold: casefold maps "ß" to "ss" and shifts character offsets
    return name.strip().lower()


class Gazetteer:
    """An offline gazetteer: lookup by exact name in any language, by id and by ISO code.

    Use :meth:`default` for the full world gazetteer (built from registry data on first use and
    cached under :func:`geodata.config.cache_dir`), or :meth:`from_places` for a small one.
    """

    _default: ClassVar[Gazetteer | None] = None
    _default_lock: ClassVar[threading.Lock] = threading.Lock()

    __slots__ = (
        "_a1",
        "_by_code",
        "_cc",
        "_children",
        "_e_lang",
        "_e_langs",
        "_e_name",
        "_e_place",
        "_e_pref",
        "_e_source",
        "_e_sources",
        "_feature",
        "_gid",
        "_ids",
        "_index",
        "_lat",
        "_lon",
        "_members",
        "_names",
        "_parents",
        "_pop",
        "_pos",
        "meta",
    )

    def __init__(self, columns: dict[str, Any]) -> None:
        """Wrap the column dict made by :func:`encode` (use the class methods instead)."""
        try:
            self._ids: list[str] = columns["ids"]
            self._names: list[str] = columns["names"]
            self._feature: bytes = columns["feature"]
            self._lat = array("d", columns["lat"])
            self._lon = array("d", columns["lon"])
            self._cc: list[str | None] = columns["cc"]
            self._a1: list[str | None] = columns["a1"]
            self._gid = array("q", columns["gid"])
            self._pop = array("q", columns["pop"])
            self._parents: list[tuple[str, ...]] = columns["parents"]
            self._index: dict[str, tuple[int, ...]] = columns["index"]
            self._by_code: dict[str, int] = columns["by_code"]
            self._members: dict[str, tuple[str, ...]] = columns["members"]
            self._e_name: list[str] = columns["e_name"]
            self._e_place = array("i", columns["e_place"])
            self._e_lang = array("H", columns["e_lang"])
            self._e_langs: list[str | None] = columns["e_langs"]
            self._e_pref: bytes = columns["e_pref"]
            self._e_source = array("B", columns["e_source"])
            self._e_sources: list[str] = columns["e_sources"]
            self.meta: dict[str, Any] = columns.get("meta", {})
        except KeyError as err:
            raise GazetteerError(
                f"gazetteer columns lack {err.args[0]!r}: the cache is from another version; "
                "rebuild it with `python -m geodata gazetteer build`"
            ) from err
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
        return cls(encode(places, names, meta=meta or {}))

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

    def get(self, place_id: str) -> Place | None:
        """The place with this id (``"3983035"``, ``"region:caribbean"``), or None."""
        i = self._pos.get(place_id)
        return None if i is None else self._place(i)

    def lookup(self, name: str) -> list[Place]:
        """Every place called ``name`` (exact, case-insensitive by ``str.lower``), best first.

        Best first means: country, admin-1, continent, region, water, city, other; within a
        feature, larger population first.
        """
        return [self._place(i) for i in self._index.get(_key(name), ())]

    def lookup_ids(self, name: str) -> tuple[str, ...]:
        """The ids of :meth:`lookup`, without building Place objects."""
        return tuple(self._ids[i] for i in self._index.get(_key(name), ()))

    def by_code(self, code: str) -> Place | None:
        """The country (``"MX"``) or admin-1 unit (``"MX-SIN"``, ISO 3166-2) with this code."""
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
        """Every (name, place) pair, including each place's canonical name."""
        langs, sources, ids = self._e_langs, self._e_sources, self._ids
        for name, place, lang, pref, source in zip(
            self._e_name, self._e_place, self._e_lang, self._e_pref, self._e_source, strict=True
        ):
            yield NameEntry(name, ids[place], langs[lang], bool(pref), sources[source])

    def places(self) -> Iterator[Place]:
        """Every place, in storage order."""
        for i in range(len(self._ids)):
            yield self._place(i)

    def _rank(self, i: int) -> tuple[int, int, int]:
        return _rank(self._feature[i], self._pop[i], i)

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self)} places, {len(self._e_name)} names>"


def _rank(feature: int, population: int, i: int) -> tuple[int, int, int]:
    return (FEATURE_RANK[FEATURES[feature]], -max(population, 0), i)


def encode(
    places: Iterable[Place], names: Iterable[NameEntry], *, meta: dict[str, Any]
) -> dict[str, Any]:
    """Turn places and names into the plain columns :class:`Gazetteer` and the cache use."""
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
    index: dict[str, set[int]] = {}

    def add(entry: NameEntry) -> None:
        i = pos.get(entry.place_id)
        if i is None:
            raise GazetteerError(
                f"name {entry.name!r} refers to unknown place {entry.place_id!r}: "
                "add the place before its names"
            )
        name = entry.name.strip()
        if not name or (name, i, entry.lang, entry.source) in seen:
            return
        seen.add((name, i, entry.lang, entry.source))
        e_name.append(name)
        e_place.append(i)
        e_lang.append(langs.setdefault(entry.lang, len(langs)))
        e_pref.append(1 if entry.preferred else 0)
        e_source.append(sources.setdefault(entry.source, len(sources)))
        if entry.source != "abbrev":
            index.setdefault(_key(name), set()).add(i)

    for i, place_id in enumerate(ids):
        add(NameEntry(cols["names"][i], place_id, None, True, "canonical"))
    for entry in names:
        add(entry)
    if len(sources) > 255:
        raise GazetteerError(f"at most 255 name sources are supported, got {len(sources)}")

    ranked = {
        key: tuple(sorted(rows, key=lambda i: _rank(feature[i], pop[i], i)))
        for key, rows in index.items()
    }
    members = meta.pop("members", {}) if meta else {}
    return {
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
        "by_code": by_code,
        "members": {k: tuple(v) for k, v in members.items()},
        "e_name": e_name,
        "e_place": e_place.tobytes(),
        "e_lang": e_lang.tobytes(),
        "e_langs": [lang for lang, _ in sorted(langs.items(), key=lambda kv: kv[1])],
        "e_pref": bytes(e_pref),
        "e_source": e_source.tobytes(),
        "e_sources": [s for s, _ in sorted(sources.items(), key=lambda kv: kv[1])],
        "meta": meta,
    }
