"""The gazetteer index on small hand-made places: ranking, names, codes, children, cache round trip."""

from __future__ import annotations

import pytest

from geodata.errors import GazetteerError, InputError
from geodata.gazetteer import Gazetteer, NameEntry
from geodata.gazetteer.build import _write_atomic, german_weak_form, historic_names, load
from geodata.gazetteer.index import encode
from geodata.model import Place

MX = Place("3996063", "Mexico", "country", 23.9, -102.3, "MX", None, 3996063, 126_000_000)
SIN = Place(
    "3983035", "Sinaloa", "admin1", 25.6, -107.5, "MX", "MX-SIN", 3983035, None, ("3996063",)
)
CITY = Place(
    "3530597",
    "Mexico City",
    "city",
    19.43,
    -99.13,
    "MX",
    "MX-CMX",
    3530597,
    12_294_193,
    ("3996063",),
)
SMALL = Place("1699805", "Mexico", "city", 15.06, 120.72, "PH", None, 1699805, 43_694)
BIG_TOWN = Place("5308480", "Peoria", "city", 33.58, -112.24, "US", "US-AZ", 5308480, 190_985)
SMALL_TOWN = Place("4905687", "Peoria", "city", 40.69, -89.59, "US", "US-IL", 4905687, 115_070)
STRASSE = Place("x:1", "Großstadt", "city", 50.0, 10.0, "DE", None, None, None)
REGION = Place("region:caribbean", "Caribbean", "region", 17.0, -72.0)

PLACES = [SMALL_TOWN, MX, SIN, CITY, SMALL, BIG_TOWN, STRASSE, REGION]
NAMES = [
    NameEntry("Mexiko", "3996063", "de", True, "cldr"),
    NameEntry("Mexiko", "3530597", None, False, "geonames:alt"),
    NameEntry("México", "3996063", "es", True, "cldr"),
    NameEntry("Karibik", "region:caribbean", "de", True, "curated"),
    NameEntry("Caribe", "region:caribbean", "es", True, "curated"),
    NameEntry("SIN", "3983035", None, False, "abbrev"),
    NameEntry("MEX", "3530597", None, False, "geonames:code"),
]


@pytest.fixture
def gaz() -> Gazetteer:
    return Gazetteer.from_places(PLACES, NAMES)


def test_country_ranks_before_a_city_sharing_its_name(gaz: Gazetteer) -> None:
    assert [p.id for p in gaz.lookup("Mexiko")] == ["3996063", "3530597"]
    assert [p.id for p in gaz.lookup("mexico")] == ["3996063", "1699805"]


def test_cities_of_one_name_rank_by_population(gaz: Gazetteer) -> None:
    found = gaz.lookup("Peoria")
    assert [p.admin1_code for p in found] == ["US-AZ", "US-IL"]


def test_lookup_matches_on_str_lower_not_casefold(gaz: Gazetteer) -> None:
    assert [p.id for p in gaz.lookup("GROSSSTADT")] == []
    assert [p.id for p in gaz.lookup("großstadt")] == ["x:1"]
    assert [p.id for p in gaz.lookup("  Karibik ")] == ["region:caribbean"]


def test_abbreviations_are_names_but_not_lookup_keys(gaz: Gazetteer) -> None:
    assert gaz.lookup("SIN") == []
    assert gaz.lookup("sin", abbreviations=True) == [SIN]
    assert gaz.lookup_ids("Mexiko", abbreviations=True) == ("3996063", "3530597")
    assert NameEntry("SIN", "3983035", None, False, "abbrev") in set(gaz.names())
    assert gaz.lookup("mex") == []
    assert gaz.lookup("MEX", abbreviations=True) == [CITY]


def test_lookup_refuses_a_name_that_is_not_text(gaz: Gazetteer) -> None:
    with pytest.raises(InputError, match="must be a str, got NoneType"):
        gaz.lookup(None)  # type: ignore[arg-type]
    assert gaz.lookup("") == []
    assert gaz.lookup("   ") == []


def test_names_include_every_canonical_name_once(gaz: Gazetteer) -> None:
    entries = list(gaz.names())
    canonical = [e for e in entries if e.source == "canonical"]
    assert sorted(e.place_id for e in canonical) == sorted(p.id for p in PLACES)
    assert len(entries) == len(PLACES) + len(NAMES)
    assert [NameEntry(*row) for row in gaz.name_rows()] == entries


def test_get_by_code_children_and_len(gaz: Gazetteer) -> None:
    assert gaz.get("3983035") == SIN
    assert gaz.get("nope") is None
    assert gaz.by_code("mx") == MX
    assert gaz.by_code("MX-SIN") == SIN
    assert gaz.by_code("MX-XXX") is None
    assert [p.id for p in gaz.children("3996063")] == ["3983035", "3530597"]
    assert len(gaz) == len(PLACES)


def test_missing_values_come_back_as_none(gaz: Gazetteer) -> None:
    place = gaz.get("x:1")
    assert place is not None
    assert place.geonameid is None
    assert place.population is None
    nowhere = Gazetteer.from_places([Place("p", "Nowhere", "other", None, None)], [])
    assert nowhere.lookup("nowhere")[0].lat is None


def test_duplicate_ids_and_unknown_places_are_refused() -> None:
    with pytest.raises(GazetteerError, match="duplicate place id '3996063'"):
        Gazetteer.from_places([MX, MX], [])
    with pytest.raises(GazetteerError, match="unknown place 'missing'"):
        Gazetteer.from_places([MX], [NameEntry("X", "missing", None, False, "curated")])
    with pytest.raises(GazetteerError, match="feature 'town'"):
        Gazetteer.from_places([Place("t", "T", "town", 1.0, 1.0)], [])


def test_region_members_come_from_meta_and_leave_the_callers_meta_whole() -> None:
    meta = {"members": {"region:caribbean": ["3996063", "missing"]}, "note": "x"}
    first = Gazetteer.from_places(PLACES, NAMES, meta=meta)
    second = Gazetteer.from_places(PLACES, NAMES, meta=meta)
    assert meta == {"members": {"region:caribbean": ["3996063", "missing"]}, "note": "x"}
    for gaz in (first, second):
        assert [p.id for p in gaz.members("region:caribbean")] == ["3996063"]
        assert gaz.members("3996063") == []
        assert gaz.meta == {"note": "x"}


def test_cache_round_trip(tmp_path, gaz: Gazetteer) -> None:
    path = tmp_path / "gazetteer.marshal"
    core, entries = encode(PLACES, NAMES, meta={"counts": {"city": 5}})
    _write_atomic(path, core, entries)
    loaded = load(path)
    assert list(loaded.places()) == list(gaz.places())
    assert list(loaded.names()) == list(gaz.names())
    assert loaded.meta["counts"] == {"city": 5}
    assert [p.id for p in loaded.lookup("Mexiko")] == ["3996063", "3530597"]


def test_damaged_cache_names_the_fix(tmp_path) -> None:
    path = tmp_path / "broken.marshal"
    path.write_bytes(b"\x00not marshal")
    with pytest.raises(GazetteerError, match="gazetteer build"):
        load(path)
    core, entries = encode(PLACES, NAMES, meta={})
    _write_atomic(path, core, entries)
    path.write_bytes(path.read_bytes()[:-20])
    damaged = load(path)
    assert damaged.lookup("Karibik")[0].id == "region:caribbean"
    with pytest.raises(GazetteerError, match="name block"):
        list(damaged.names())


def test_names_survive_a_rebuild_that_replaces_the_file(tmp_path) -> None:
    path = tmp_path / "gazetteer.marshal"
    core, entries = encode(PLACES, NAMES, meta={})
    _write_atomic(path, core, entries)
    loaded = load(path)
    path.unlink()
    assert [p.id for p in loaded.lookup("Mexiko")] == ["3996063", "3530597"]
    assert len(list(loaded.names())) == len(PLACES) + len(NAMES)
    loaded.close()
    assert loaded.lookup("Caribe")[0].id == "region:caribbean"
    with pytest.raises(GazetteerError, match="closed"):
        list(loaded.names())


@pytest.mark.parametrize(
    ("name", "weak"),
    [
        ("Naher Osten", "Nahen Osten"),
        ("Vereinigte Staaten", "Vereinigten Staaten"),
        ("Rotes Meer", "Roten Meer"),
        ("Demokratische Republik Kongo", "Demokratischen Republik Kongo"),
        ("Golf von Mexiko", None),
        ("Mexiko", None),
        ("Bosnien und Herzegowina", None),
    ],
)
def test_german_weak_forms(name: str, weak: str | None) -> None:
    assert german_weak_form(name) == weak


def test_corpus_coverage_counts_known_near_and_first(tmp_path, gaz: Gazetteer) -> None:
    import json

    from geodata.commands.gazetteer import corpus_coverage

    text = "Peoria, Mexiko and Atlantis."
    toponyms = [
        # Peoria, Illinois: known, a candidate is near, but not the first (Arizona is bigger)
        {"start": 0, "end": 6, "surface": "Peoria", "lat": 40.69, "lon": -89.59},
        # Mexiko: the first candidate (the country) is the gold place
        {"start": 8, "end": 14, "surface": "Mexiko", "lat": 23.9, "lon": -102.3},
        {"start": 19, "end": 27, "surface": "Atlantis", "lat": 0.0, "lon": 0.0},
    ]
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": text, "toponyms": toponyms}) + "\n")
    report = corpus_coverage(gaz, "jsonl", str(corpus), 5)
    assert report["toponyms_with_point"] == 3
    assert report["name_known"] == round(2 / 3, 3)
    assert report["a_candidate_within_161km"] == round(2 / 3, 3)
    assert report["first_candidate_within_161km"] == round(1 / 3, 3)
    assert report["most_frequent_unknown"] == {"Atlantis": 1}


def test_pickling_keeps_small_gazetteers_whole_and_reloads_cached_ones(
    tmp_path, gaz: Gazetteer
) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(gaz))
    assert list(copy.places()) == list(gaz.places())
    assert list(copy.names()) == list(gaz.names())
    path = tmp_path / "gazetteer.marshal"
    core, entries = encode(PLACES, NAMES, meta={})
    _write_atomic(path, core, entries)
    loaded = load(path)
    payload = pickle.dumps(loaded)
    assert len(payload) < 1000  # the path, not the data
    again = pickle.loads(payload)
    assert again.lookup("Karibik") == loaded.lookup("Karibik")
    again.close()
    loaded.close()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Zaire, Republic of", ["Zaire", "Republic of Zaire"]),
        (
            "USSR, Union of Soviet Socialist Republics",
            ["USSR", "Union of Soviet Socialist Republics"],
        ),
        ("France, Metropolitan", ["France", "Metropolitan France"]),
        ("Obervolta, Republik", ["Obervolta", "Republik Obervolta"]),
        (
            "Yugoslavia, (Socialist) Federal Republic of",
            ["Yugoslavia", "Federal Republic of Yugoslavia"],
        ),
        ("Serbia and Montenegro", ["Serbia and Montenegro"]),
        ("", []),
    ],
)
def test_historic_names(raw: str, expected: list[str]) -> None:
    assert historic_names(raw) == expected


def test_historic_names_of_a_translation_keep_only_the_short_form() -> None:
    """German "Burma, Sozialistische Republik der Union": the tail is no name on its own."""
    assert historic_names("Burma, Sozialistische Republik der Union", full_tail=False) == ["Burma"]


@pytest.mark.slow
def test_the_built_gazetteer_names_its_build_key() -> None:
    # caches derived from the gazetteer (the parser's lexicon) are keyed by its meta: the key of
    # the build must be there, or a rebuild that keeps every count would reuse a stale lexicon
    from geodata.gazetteer.build import cache_key

    gaz = Gazetteer.default()
    assert gaz.meta["key"] == cache_key(gaz.meta["city_set"])
