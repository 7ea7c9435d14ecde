"""Rivers, mountain ranges and cultural landscapes: the curated tables, their places in the
gazetteer, and how the parser reads their names in short sentences written for these tests."""

from __future__ import annotations

import pycountry
import pytest
import shapely

from geodata import boundaries
from geodata.gazetteer import Gazetteer, curated
from geodata.model import Mention
from geodata.parse.pipeline import Parser

LANGS = {"en", "de", "es", "fr", "pt", "it"}

#: Each curated point table, the id prefix the build gives its places, and their feature.
TABLES = [
    ("water", curated.WATER, "water"),
    ("water", curated.RIVERS, "water"),
    ("water", curated.LAKES, "water"),
    ("water", curated.SEAS, "water"),
    ("mountain", curated.MOUNTAINS, "region"),
    ("landscape", curated.LANDSCAPES, "region"),
]

#: How far (in degrees) a point may lie outside its countries' outlines: a river's point on a
#: border river, or a coastal point, sits on the outline's edge.
EDGE_DEGREES = 0.15


def _specs() -> list[tuple[str, curated.WaterSpec]]:
    return [(prefix, spec) for prefix, table, _feature in TABLES for spec in table]


def test_ids_are_unique_per_prefix() -> None:
    ids = [f"{prefix}:{spec.slug}" for prefix, spec in _specs()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "spec",
    curated.RIVERS + curated.LAKES + curated.SEAS + curated.MOUNTAINS + curated.LANDSCAPES,
)
def test_specs_are_well_formed(spec: curated.WaterSpec) -> None:
    assert spec.names["en"], "the English name is the canonical one"
    assert set(spec.names) <= LANGS
    assert -90.0 <= spec.lat <= 90.0
    assert -180.0 <= spec.lon <= 180.0
    for code in spec.country_codes:
        assert pycountry.countries.get(alpha_2=code) is not None, code
    for names in spec.names.values():
        assert names, "a language is listed only with a name"
        assert len(set(names)) == len(names)
        for name in names:
            assert name == name.strip()
            assert len(name) > 3, f"{name!r}: names of three letters or fewer are never matched"


def test_every_river_lake_range_landscape_and_island_lies_in_one_of_its_countries() -> None:
    frame = boundaries.load_countries()
    shapes = dict(zip(frame.code, frame.geometry, strict=True))
    outside = []
    tables = {
        "water": curated.RIVERS + curated.LAKES,
        "mountain": curated.MOUNTAINS,
        "landscape": curated.LANDSCAPES,
        "island": curated.ISLANDS,
        "territory": curated.TERRITORIES,
    }
    for prefix, table in tables.items():
        for spec in table:
            if not spec.country_codes:
                continue  # ranges and deserts across many countries
            outlined = [shapes[c] for c in spec.country_codes if c in shapes]
            if not outlined:
                continue  # Svalbard (SJ) has no outline of its own: Natural Earth counts it to Norway
            union = shapely.union_all(outlined)
            if not shapely.dwithin(union, shapely.Point(spec.lon, spec.lat), EDGE_DEGREES):
                outside.append(f"{prefix}:{spec.slug}")
    assert outside == []


#: Names two curated places share on purpose: the resolver chooses by the text's context.
HOMONYMS = {"sierra nevada"}  # the range in Andalusia and the one in California


def test_the_tables_do_not_name_the_same_thing_twice() -> None:
    seen: dict[tuple[str, str], str] = {}
    clashes = []
    for prefix, spec in _specs():
        place_id = f"{prefix}:{spec.slug}"
        for lang, names in spec.names.items():
            for name in names:
                key = (lang, name.casefold())
                if key in seen and seen[key] != place_id and key[1] not in HOMONYMS:
                    clashes.append((name, seen[key], place_id))
                seen[key] = place_id
    assert clashes == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "place_id", "feature", "country"),
    [
        ("Harz", "mountain:harz", "region", "DE"),
        ("Schwarzwald", "mountain:black-forest", "region", "DE"),
        ("Westfalen", "landscape:westphalia", "region", "DE"),
        ("Münsterland", "landscape:muensterland", "region", "DE"),
        ("Oberbayern", "landscape:upper-bavaria", "region", "DE"),
        ("Wachau", "landscape:wachau", "region", "AT"),
        ("Engadin", "landscape:engadine", "region", "CH"),
        ("Costa del Sol", "landscape:costa-del-sol", "region", "ES"),
        ("Spree", "water:spree", "water", "DE"),
        ("Ebro", "water:ebro", "water", "ES"),
        ("Wolga", "water:volga", "water", "RU"),
    ],
)
def test_the_gazetteer_holds_the_curated_places(
    gaz: Gazetteer, name: str, place_id: str, feature: str, country: str
) -> None:
    place = gaz.get(place_id)
    assert place is not None
    assert place_id in [p.id for p in gaz.lookup(name)]
    assert place.feature == feature
    assert place.country_code == country


@pytest.mark.slow
def test_a_landscape_has_its_country_as_parent(gaz: Gazetteer) -> None:
    swabia = gaz.get("landscape:swabia")
    assert swabia is not None
    assert swabia.parents == (gaz.by_code("DE").id,)  # type: ignore[union-attr]
    lusatia = gaz.get("landscape:lusatia")
    assert lusatia is not None
    assert lusatia.country_code is None  # Germany and Poland
    assert set(lusatia.parents) == {gaz.by_code("DE").id, gaz.by_code("PL").id}  # type: ignore[union-attr]


def _found(parser: Parser, text: str, lang: str) -> list[tuple[str, str | None]]:
    mentions: list[Mention] = parser.geoparse(text, lang=lang)
    return [(m.text, m.place_id) for m in mentions]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Im Harz und im Schwarzwald lag am Morgen Schnee.",
            "de",
            [("Harz", "mountain:harz"), ("Schwarzwald", "mountain:black-forest")],
        ),
        (
            "Die Wahl in Westfalen und im Münsterland ist entschieden.",
            "de",
            [("Westfalen", "landscape:westphalia"), ("Münsterland", "landscape:muensterland")],
        ),
        (
            "Das Hochwasser an der Oder steigt weiter.",
            "de",
            [("Oder", "water:oder")],
        ),
        (
            "Die Saale trat bei Jena über die Ufer.",
            "de",
            [("Saale", "water:saale"), ("Jena", "2895044")],
        ),
        (
            "Heavy rain swelled the Volga and the Loire last week.",
            "en",
            [("Volga", "water:volga"), ("Loire", "water:loire")],
        ),
        (
            "Los bomberos vigilan el Ebro en Zaragoza.",
            "es",
            [("Ebro", "water:ebro"), ("Zaragoza", "3104324")],
        ),
        (
            "Los incendios de Doñana llegaron a la Costa del Sol.",
            "es",
            [("Doñana", "landscape:donana"), ("Costa del Sol", "landscape:costa-del-sol")],
        ),
        (
            "Am Chiemsee und am Starnberger See scheint die Sonne.",
            "de",
            [("Chiemsee", "water:chiemsee"), ("Starnberger See", "water:lake-starnberg")],
        ),
        (
            "Die Fähre nach Föhr und Amrum fällt heute aus.",
            "de",
            [("Föhr", "island:foehr"), ("Amrum", "island:amrum")],
        ),
        (
            "Flooding along the Hudson River closed two roads.",
            "en",
            [("Hudson River", "water:hudson-river")],
        ),
        (
            "Schiffe stauen sich in der Straße von Kertsch und im Asowschen Meer.",
            "de",
            [("Straße von Kertsch", "water:kerch-strait"), ("Asowschen Meer", "water:sea-of-azov")],
        ),
        (
            "Tokio und Peking streiten um die Senkaku-Inseln.",
            "de",
            [
                ("Tokio", "1850147"),
                ("Peking", "1816670"),
                ("Senkaku-Inseln", "territory:senkaku-islands"),
            ],
        ),
        (
            "Una expedición intentará el Cho Oyu y el Manaslu.",
            "es",
            [("Cho Oyu", "mountain:cho-oyu"), ("Manaslu", "mountain:manaslu")],
        ),
        (
            "Wanderer zieht es in den Pfälzerwald, in die Vogesen und in die Dolomiten.",
            "de",
            [
                ("Pfälzerwald", "mountain:palatinate-forest"),
                ("Vogesen", "mountain:vosges"),
                ("Dolomiten", "mountain:dolomites"),
            ],
        ),
        (
            "Floods hit Yorkshire and the Lake District.",
            "en",
            [("Yorkshire", "landscape:yorkshire"), ("Lake District", "landscape:lake-district")],
        ),
        (
            "Sie reisten nach Masuren und Galizien.",
            "de",
            [("Masuren", "landscape:masuria"), ("Galizien", "landscape:galicia-eastern-europe")],
        ),
        (
            "Bergsteiger wollen auf den Großglockner.",
            "de",
            [("Großglockner", "mountain:grossglockner")],
        ),
        (
            "Der Frachter kreuzte im Nordatlantik, die Jacht im Südpazifik.",
            "de",
            [("Nordatlantik", "water:north-atlantic"), ("Südpazifik", "water:south-pacific")],
        ),
        (
            "Die Expedition will zum Nordpol, im Winter dann zum Südpol.",
            "de",
            [("Nordpol", "landscape:north-pole"), ("Südpol", "landscape:south-pole")],
        ),
    ],
)
def test_names_in_sentences_are_found_and_resolved(
    parser: Parser, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(parser, text, lang) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Oder sie bleiben einfach zu Hause.", "de"),  # the conjunction at a sentence's start
        ("Main roads were closed after the storm.", "en"),  # "Main" is the German name only
        ("The shopping spree lasted all weekend.", "en"),
        ("Die Bank zahlte eine Buße von 5 Millionen Franken.", "de"),  # the Swiss currency
        ("Die Firma Tatra baut seit Jahrzehnten Lastwagen.", "de"),  # the carmaker, not the range
    ],
)
def test_ordinary_words_spelled_like_a_river_or_land_are_no_places(
    parser: Parser, text: str, lang: str
) -> None:
    assert _found(parser, text, lang) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a city named after its river stays one city
        (
            "Brandenburg an der Havel hat einen neuen Bürgermeister.",
            "de",
            [("Brandenburg an der Havel", "2945358")],
        ),
        (
            "Frankfurt am Main liegt am Main.",
            "de",
            [("Frankfurt am Main", "2925533"), ("Main", "water:main")],
        ),
        # a state whose name holds a landscape's stays the state
        (
            "In Nordrhein-Westfalen und Mecklenburg-Vorpommern wird gewählt.",
            "de",
            [("Nordrhein-Westfalen", "2861876"), ("Mecklenburg-Vorpommern", "2872567")],
        ),
    ],
)
def test_longer_names_holding_a_new_name_keep_their_place(
    parser: Parser, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(parser, text, lang) == expected


@pytest.mark.slow
def test_sierra_nevada_is_the_spanish_range_unless_the_text_is_about_the_us(
    parser: Parser,
) -> None:
    spanish = parser.geoparse("Nieva con fuerza en Sierra Nevada.", lang="es")
    assert [m.place_id for m in spanish] == ["mountain:sierra-nevada-spain"]
    american = parser.geoparse(
        "Snow fell in the Sierra Nevada, and Fresno, California, got rain.", lang="en"
    )
    assert american[0].place_id == "mountain:sierra-nevada-us"


@pytest.mark.parametrize("code", sorted(curated.REGION_ALIASES))
def test_region_aliases_are_keyed_by_iso_codes(code: str) -> None:
    assert pycountry.subdivisions.get(code=code) is not None
    assert set(curated.REGION_ALIASES[code]) <= LANGS


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Gestreikt wird in Katalonien, im Baskenland und auf den Kanarischen Inseln.",
            "de",
            [("Katalonien", "ES-CT"), ("Baskenland", "ES-PV"), ("Kanarischen Inseln", "ES-CN")],
        ),
        ("Das Aostatal liegt im Nordwesten.", "de", [("Aostatal", "IT-AO")]),
        ("Die Algarve lockt im Winter.", "de", [("Algarve", "PT-08")]),
        (
            "El presidente de la Región de Murcia viajó a la Comunidad de Madrid.",
            "es",
            [("Región de Murcia", "ES-MU"), ("Comunidad de Madrid", "ES-M")],
        ),
    ],
)
def test_exonyms_of_regions_are_found(
    gaz: Gazetteer, parser: Parser, text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """Each name resolves to the place its ISO 3166-2 code stands for."""
    found = [(m.text, m.place_id) for m in parser.geoparse(text, lang=lang)]
    wanted = [(name, gaz.by_code(code).id) for name, code in expected]  # type: ignore[union-attr]
    assert found == wanted


@pytest.mark.slow
def test_a_region_name_that_is_a_common_word_elsewhere_is_left_out(parser: Parser) -> None:
    assert parser.geoparse("Die Marken dieses Konzerns sind bekannt.", lang="de") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "lang", "slug"),
    [
        # Spanish and Portuguese "Costa Azul" is also a stretch of coast in Portugal, Uruguay
        # and Mexico: the French Riviera keeps its unambiguous names there
        ("Pasaron una semana en la Costa Azul con sus nietos.", "es", "french-riviera"),
        ("A família alugou uma casa na Costa Azul.", "pt", "french-riviera"),
        # English "Don River" is Toronto's; "Emmental" is left out (nearly always the cheese)
        ("Cyclists followed the trail along the Don River downtown.", "en", "don-river"),
        ("She grated some Emmental over the gratin.", "en", "emmental"),
    ],
)
def test_names_that_mean_another_place_or_thing_in_a_language_are_left_out(
    parser: Parser, text: str, lang: str, slug: str
) -> None:
    assert all(
        not (place_id or "").endswith(":" + slug) for _t, place_id in _found(parser, text, lang)
    )
