"""Recognition round 3: short exonyms CLDR confirms, demonyms of units above the admin-1 level."""

from __future__ import annotations

from parse_helpers import named

from geodata.model import Place
from geodata.parse.lexicon import DEMONYM, Lexicon, _demonym_forms
from geodata.parse.recognize import recognize

ITALY = Place("3175395", "Italy", "country", 42.8, 12.8, "IT", None, 3175395, 60_000_000)
ROME = Place(
    "3169070", "Rome", "city", 41.89, 12.51, "IT", "IT-62", 3169070, 2_318_895, ("3175395",)
)
DAMASCUS = Place("170654", "Damascus", "city", 33.51, 36.29, "SY", None, 170654, 1_569_394)
UK = Place("2635167", "United Kingdom", "country", 54.0, -2.0, "GB", None, 2635167, 66_000_000)
ENGLAND = Place("region:england", "England", "region", 52.6, -1.46, "GB", None, 6269131)
SPAIN = Place("2510769", "Spain", "country", 40.0, -4.0, "ES", None, 2510769, 46_000_000)
ANDALUSIA = Place("2593109", "Andalucía", "region", 37.5, -4.5, "ES", None, 2593109)
BALEARICS = Place(
    "6424360", "Balearic Islands", "admin1", 39.6, 2.9, "ES", "ES-PM", 6424360, 1_100_000
)
PLACES = [ITALY, ROME, DAMASCUS, UK, ENGLAND, SPAIN, ANDALUSIA, BALEARICS]
NAMES = [
    named("Rom", ROME.id, source="geonames:alt"),  # untagged, as GeoNames lists it
    named("Sam", DAMASCUS.id, source="geonames:alt"),  # a short alternate CLDR does not confirm
    named("Islas Baleares", BALEARICS.id, "es", source="naturalearth"),
]
DEMONYMS = [
    ("GB-ENG", "de", "englisch"),
    ("GB-ENG", "en", "English"),
    ("ES-AN", "es", "andaluz"),
    ("ES-IB", "es", "balear"),
]


def _lexicon() -> Lexicon:
    return Lexicon.build(PLACES, NAMES, DEMONYMS)


def _found(text: str, lang: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(s.text, s.kind, s.entry.place_ids) for s in recognize(text, lang, _lexicon())]


def test_a_short_exonym_that_cldr_confirms_names_the_city() -> None:
    found = _found("Der Papst sprach am Sonntag in Rom zu den Pilgern.", "de")
    assert found == [("Rom", "literal", (ROME.id,))]
    assert "de" in _lexicon().entry("Rom").langs  # type: ignore[union-attr]


def test_a_short_alternate_that_cldr_does_not_confirm_stays_out() -> None:
    assert _lexicon().entry("Sam") is None
    assert _found("Sam and Ella met in Damascus.", "en") == [
        ("Damascus", "literal", (DAMASCUS.id,))
    ]


def test_a_demonym_of_a_nation_of_the_united_kingdom_names_its_region() -> None:
    found = _found("Der englische Stürmer traf zweimal.", "de")
    assert found == [("englische", "demonym", (ENGLAND.id,))]
    assert _found("The English coach resigned.", "en") == [("English", "demonym", (ENGLAND.id,))]


def test_a_demonym_code_is_matched_to_a_unit_by_the_names_iso_gives_it() -> None:
    # ISO 3166-2 calls ES-IB "Illes Balears [Islas Baleares]"; the gazetteer's unit is
    # "Balearic Islands" with the Spanish alternate "Islas Baleares"
    entry = _lexicon().entry("balear")
    assert entry is not None
    assert entry.flags & DEMONYM
    assert entry.place_ids == (BALEARICS.id,)


def test_spanish_demonyms_in_z_take_their_feminine_and_plural_forms() -> None:
    assert _demonym_forms("andaluz", "es") == ["andaluz", "andaluza", "andaluzas", "andaluces"]
    found = _found("Los andaluces votaron el domingo.", "es")
    assert found == [("andaluces", "demonym", (ANDALUSIA.id,))]


# Lower-case generic nouns before a water's or a range's name ---------------------------------

BLACK_SEA = Place("water:black-sea", "Black Sea", "water", 43.4, 34.3, None, None, 630673)
PACIFIC = Place("water:pacific-ocean", "Pacific Ocean", "water", 0.0, -160.0, None, None, 2363254)
ANDES = Place("mountain:andes", "Andes", "region", -20.0, -67.0)
NEGRO_TOWN = Place("4021331", "Mar Negro", "city", 19.0, -99.0, "MX", None, 4021331, 500)
EL_RIO = Place("5345844", "El Río", "city", 37.0, -120.0, "US", None, 5345844, 300)
RIO_GRANDE = Place("water:rio-grande", "Rio Grande", "water", 26.0, -97.5, None, None, 3523251)
WATERS = [BLACK_SEA, PACIFIC, ANDES, NEGRO_TOWN, EL_RIO, RIO_GRANDE]
WATER_NAMES = [
    named("mar Negro", BLACK_SEA.id, "es"),
    named("mer Noire", BLACK_SEA.id, "fr"),
    named("océano Pacífico", PACIFIC.id, "es"),
    named("Pacífico", PACIFIC.id, "es"),
    named("cordillera de los Andes", ANDES.id, "es"),
    named("río Bravo", RIO_GRANDE.id, "es"),
]


def _waters(text: str, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    lexicon = Lexicon.build(WATERS, WATER_NAMES)
    return [(s.text, s.entry.place_ids) for s in recognize(text, lang, lexicon)]


def test_a_sea_written_with_a_lower_case_generic_noun_is_read_whole_as_the_sea() -> None:
    found = _waters("Las protestas llegaron a Batumi, a orillas del mar Negro.", "es")
    assert found == [("mar Negro", (BLACK_SEA.id,))]  # the sea, not the town called Mar Negro
    assert _waters("Les navires de la mer Noire sont rentrés.", "fr") == [
        ("mer Noire", (BLACK_SEA.id,))
    ]


def test_a_generic_name_gives_way_to_the_bare_name_of_the_same_place() -> None:
    # NER corpora tag "Pacífico" in "el océano Pacífico": the bare name already names the ocean
    assert _waters("Cruzaron el océano Pacífico en velero.", "es") == [("Pacífico", (PACIFIC.id,))]


def test_a_generic_name_after_a_sentence_initial_article_and_noun_place() -> None:
    found = _waters("El río Bravo marca la frontera.", "es")
    assert found == [("río Bravo", (RIO_GRANDE.id,))]  # not the hamlet "El Río"


def test_a_lower_case_generic_name_is_not_read_in_english_or_german() -> None:
    assert _waters("the mar Negro restaurant", "en") == []
    assert _waters("der mar Negro", "de") == []


def test_a_lower_case_generic_name_needs_a_capitalised_name() -> None:
    lexicon = Lexicon.build(WATERS, [*WATER_NAMES, named("mar negro", BLACK_SEA.id, "es")])
    assert recognize("Ana lleva el color mar negro del vestido de Lucía.", "es", lexicon) == []


# Admin-1 units in organisations' names; German generic nouns before a unit's name ---------------

JALISCO = Place("4004156", "Jalisco", "admin1", 20.5, -103.5, "MX", "MX-JAL", 4004156, 7_250_206)
SINALOA = Place("3983035", "Sinaloa", "admin1", 25.0, -107.5, "MX", "MX-SIN", 3983035, 2_966_321)
SWITZERLAND = Place("2658434", "Switzerland", "country", 47.0, 8.0, "CH", None, 2658434, 8_500_000)
GRISONS = Place("2660522", "Graubünden", "admin1", 46.7, 9.6, "CH", "CH-GR", 2660522, 198_000)
ZURICH_CANTON = Place("2657896", "Zürich", "admin1", 47.4, 8.65, "CH", "CH-ZH", 2657896, 1_500_000)
ZURICH = Place("2657896c", "Zürich", "city", 47.37, 8.55, "CH", "CH-ZH", 2657896, 341_730)
UNITS = [JALISCO, SINALOA, SWITZERLAND, GRISONS, ZURICH_CANTON, ZURICH]
UNIT_NAMES = [
    named("Jalisco", JALISCO.id, "es"),
    named("Sinaloa", SINALOA.id, "es"),
    named("Kanton Graubünden", GRISONS.id, "de"),
    named("Kanton Zürich", ZURICH_CANTON.id, "de"),
]


def _units(text: str, lang: str) -> list[tuple[str, str]]:
    lexicon = Lexicon.build(UNITS, UNIT_NAMES, [("CH", "de", "Schweizer")])
    return [(s.text, s.kind) for s in recognize(text, lang, lexicon)]


def test_a_unit_named_like_a_frequent_word_only_by_the_lemmatiser_stays_a_place() -> None:
    # "Jalisco" is frequent in Spanish and simplemma lowers it, but it is no Spanish word
    found = _units("El Cártel de Jalisco Nueva Generación y el Cártel de Sinaloa pelean.", "es")
    assert found == [("Jalisco", "embedded"), ("Sinaloa", "embedded")]


def test_a_german_unit_is_read_without_its_generic_noun() -> None:
    found = _units("Im Schweizer Kanton Graubünden schneite es.", "de")
    assert found == [("Schweizer", "demonym"), ("Graubünden", "literal")]


def test_a_german_unit_keeps_its_generic_noun_where_the_bare_name_names_more() -> None:
    # bare "Zürich" is also the city: "Kanton Zürich" says which
    assert _units("Der Kanton Zürich erhöht die Steuern.", "de") == [("Kanton Zürich", "literal")]
