"""Resolution from the article's other names: pairs of ambiguous names, counties given bare,
and candidate tables that never leak between lexicons. Small hand-made gazetteers."""

from __future__ import annotations

from parse_helpers import parser_over

from geodata.gazetteer import NameEntry
from geodata.model import Place
from geodata.parse.pipeline import Parser

US = "6252001"


def texas_and_alabama() -> list[Place]:
    return [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place("ne:US-AL", "Alabama", "admin1", 32.8, -86.8, "US", "US-AL", None, None, (US,)),
        Place("ne:US-TX", "Texas", "admin1", 31.5, -99.3, "US", "US-TX", None, None, (US,)),
        Place("1", "Huntsville", "city", 34.73, -86.59, "US", "US-AL", 1, 190_000, ("ne:US-AL",)),
        Place("2", "Huntsville", "city", 30.72, -95.55, "US", "US-TX", 2, 41_000, ("ne:US-TX",)),
        Place("3", "Houston", "city", 29.76, -95.36, "US", "US-TX", 3, 2_300_000, ("ne:US-TX",)),
        Place("us-county:01127", "Walker County", "other", 33.80, -87.30, "US", "US-AL"),
        Place("us-county:48471", "Walker County", "other", 30.74, -95.57, "US", "US-TX"),
        Place("us-county:13013", "Barrow County", "other", 33.99, -83.71, "US", "US-GA"),
        Place("us-county:13157", "Jackson County", "other", 34.13, -83.56, "US", "US-GA"),
        Place("4", "Barrow", "city", 71.29, -156.79, "US", "US-AK", 4, 4_400),
    ]


def test_two_ambiguous_names_are_read_where_they_lie_together() -> None:
    # By population alone Huntsville is the Alabama city, and the first reading puts the county
    # beside it; read again with each other's plausible places, the Texas pair (a few km apart,
    # near Houston) wins over the Alabama pair (130 km apart).
    parser = parser_over(texas_and_alabama())
    text = "Walker County deputies searched a farm outside Huntsville, an hour north of Houston."
    got = {m.text: m.admin1_code for m in parser.geoparse(text, lang="en")}
    assert got == {"Walker County": "US-TX", "Huntsville": "US-TX", "Houston": "US-TX"}


def test_a_lone_ambiguous_name_keeps_its_likeliest_place() -> None:
    parser = parser_over(texas_and_alabama())
    (mention,) = parser.geoparse("Huntsville opened a new library.", lang="en")
    assert mention.admin1_code == "US-AL"
    assert 0.0 < mention.score < 1.0


def test_a_given_name_is_also_read_as_the_county_of_that_name() -> None:
    parser = parser_over(texas_and_alabama())
    text = "Schools in Barrow and Jackson County closed early."
    spans = [(text.index("Barrow"), text.index("Barrow") + 6)]
    spans.append((text.index("Jackson County"), text.index("Jackson County") + 14))
    got = [m.place_id for m in parser.geoparse(text, lang="en", spans=spans)]
    assert got == ["us-county:13013", "us-county:13157"]


def test_a_given_name_without_a_county_nearby_stays_the_town() -> None:
    parser = parser_over(texas_and_alabama())
    text = "Barrow lies far north."
    (mention,) = parser.geoparse(text, lang="en", spans=[(0, 6)])
    assert mention.place_id == "4"


def test_candidates_are_never_shared_between_lexicons() -> None:
    # The same id in two gazetteers with different points: each parser answers from its own.
    north = parser_over([Place("9", "Tamsburg", "city", 60.0, 10.0, "NO", None, 9, 200_000)])
    south = parser_over([Place("9", "Tamsburg", "city", -30.0, 20.0, "ZA", None, 9, 200_000)])
    text = "Tamsburg held an election."
    assert [m.lat for m in north.geoparse(text, lang="en")] == [60.0]
    assert [m.lat for m in south.geoparse(text, lang="en")] == [-30.0]
    assert [m.lat for m in north.geoparse(text, lang="en")] == [60.0]


def test_two_mentions_of_one_name_with_different_candidates_are_each_scored_on_their_own() -> None:
    # A given span can carry more candidates than a recognised mention of the same name (the
    # county read into "Barrow"); each mention is scored over its own candidates.
    from geodata.parse.lexicon import Entry
    from geodata.parse.recognize import Span
    from geodata.parse.resolve import resolve

    parser = parser_over(texas_and_alabama())
    text = "Barrow and Jackson County closed schools. Barrow reopened."
    town = Entry("barrow", ("4",), 0, frozenset())
    both = Entry("barrow", ("4", "us-county:13013"), 0, frozenset())
    county = parser.lexicon.entry("Jackson County")
    assert county is not None
    spans = [
        Span(0, 6, "Barrow", town, "literal"),
        Span(11, 25, "Jackson County", county, "literal"),
        Span(42, 48, "Barrow", both, "literal"),
    ]
    got = [res.place.id if res.place else None for res in resolve(spans, parser.lexicon, text=text)]
    assert got == ["4", "us-county:13157", "us-county:13013"]


def test_a_given_name_the_gazetteer_lacks_falls_back_to_the_place_inside_it() -> None:
    parser = parser_over(
        [
            Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
            Place("5", "Groton", "city", 41.35, -72.08, "US", "US-CT", 5, 10_000),
            Place("6", "Los Angeles", "city", 34.05, -118.24, "US", "US-CA", 6, 3_900_000),
            Place("us-county:48001", "Anderson County", "other", 31.81, -95.65, "US", "US-TX"),
        ]
    )
    text = "The Town of Groton, South Los Angeles, the Anderson River and Lake Nowhere."
    surfaces = ["Town of Groton", "South Los Angeles", "Anderson River", "Lake Nowhere"]
    spans = [(text.index(s), text.index(s) + len(s)) for s in surfaces]
    got = [m.place_id for m in parser.geoparse(text, lang="en", spans=spans)]
    assert got == ["5", "6", "us-county:48001", None]


def us_states_and_towns() -> list[Place]:
    def unit(code: str, name: str, lat: float, lon: float) -> Place:
        return Place(
            f"ne:US-{code}", name, "admin1", lat, lon, "US", f"US-{code}", None, None, (US,)
        )

    return [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        unit("OR", "Oregon", 43.9, -120.6),
        unit("OH", "Ohio", 40.3, -82.8),
        unit("IN", "Indiana", 39.9, -86.3),
        unit("WA", "Washington", 47.4, -120.5),
        Place("10", "Oregon", "city", 42.93, -89.38, "US", "US-WI", 10, 10_000),
        Place("11", "Ohio", "city", 41.56, -89.46, "US", "US-IL", 11, 500),
        Place("12", "Indiana", "city", 40.62, -79.15, "US", "US-PA", 12, 13_000),
        Place("13", "Washington", "city", 38.895, -77.036, "US", "US-DC", 13, 690_000),
    ]


def test_a_name_in_a_list_of_ambiguous_state_names_is_a_state() -> None:
    # Each state name here is also a town's, so none is sure on its own; together they are a
    # list of states, and "Washington" at its end is the state, not the capital.
    parser = parser_over(us_states_and_towns())
    text = "Outbreaks hit Oregon and Ohio last week, then Indiana and Washington."
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got == {
        "Oregon": "ne:US-OR",
        "Ohio": "ne:US-OH",
        "Indiana": "ne:US-IN",
        "Washington": "ne:US-WA",
    }


def test_washington_beside_one_state_stays_the_capital() -> None:
    parser = parser_over(us_states_and_towns())
    text = "Officials in Washington met the governor of Ohio."
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Washington"] == "13"


def test_a_country_beside_a_list_of_its_states_stays_the_country() -> None:
    mx = "3996063"

    def unit(code: str, name: str, lat: float, lon: float) -> Place:
        return Place(
            f"ne:MX-{code}", name, "admin1", lat, lon, "MX", f"MX-{code}", None, None, (mx,)
        )

    places = [
        Place(mx, "Mexico", "country", 23.0, -102.0, "MX", None, 3996063, 126_000_000),
        unit("MEX", "State of Mexico", 19.4, -99.6),
        unit("SIN", "Sinaloa", 25.0, -107.5),
        unit("SON", "Sonora", 29.6, -110.9),
        unit("TAM", "Tamaulipas", 24.0, -98.7),
        Place("7", "Sonora", "city", 37.98, -120.38, "US", "US-CA", 7, 4_900),
    ]
    parser = parser_over(
        places,
        [
            NameEntry("Mexiko", mx, "de", False, "test"),
            NameEntry("Mexiko", "ne:MX-MEX", "de", False, "test"),
        ],
    )
    text = "Mexiko schickt Soldaten nach Sinaloa und Sonora, später auch nach Tamaulipas."
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="de")}
    assert got["Mexiko"] == mx
    assert got["Sonora"] == "ne:MX-SON"


def test_a_name_in_a_list_of_countries_is_the_country_not_a_village_in_a_named_state() -> None:
    us_al = "ne:US-AL"
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place(us_al, "Alabama", "admin1", 32.8, -86.8, "US", "US-AL", None, None, (US,)),
        Place("21", "Mobile", "city", 30.69, -88.04, "US", "US-AL", 21, 190_000, (us_al,)),
        Place("22", "Egypt", "city", 34.12, -86.16, "US", "US-AL", 22, 900, (us_al,)),
        Place("357994", "Egypt", "country", 27.0, 30.0, "EG", None, 357994, 98_000_000),
        Place("732800", "Bulgaria", "country", 42.7, 25.5, "BG", None, 732800, 7_000_000),
        Place("3617476", "Nicaragua", "country", 13.0, -85.0, "NI", None, 3617476, 6_000_000),
        Place("272103", "Lebanon", "country", 33.8, 35.8, "LB", None, 272103, 6_000_000),
    ]
    parser = parser_over(places)
    text = (
        "Flu cases rose in Mobile, Alabama, and abroad in Bulgaria, Nicaragua, Lebanon and Egypt."
    )
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Egypt"] == "357994"
    assert got["Mobile"] == "21"


def test_a_full_candidate_table_is_emptied_and_answers_stay_right(monkeypatch) -> None:
    from geodata.parse import resolve as resolve_module

    monkeypatch.setattr(resolve_module, "_MAX_NAMES", 1)
    parser = parser_over(texas_and_alabama())
    text = "Walker County deputies searched a farm outside Huntsville, an hour north of Houston."
    for _ in range(2):
        got = {m.text: m.admin1_code for m in parser.geoparse(text, lang="en")}
        assert got == {"Walker County": "US-TX", "Huntsville": "US-TX", "Houston": "US-TX"}
    held = resolve_module._TABLES[id(parser.lexicon.places)]
    assert len(held[1]) == 1


def test_a_second_reading_that_ends_on_an_unsupported_small_town_keeps_the_first() -> None:
    # The second reading moves "Greenville" to the small Mississippi town beside a reading of
    # "Quorra"; no other name's first reading points to the US, so that town would be dropped
    # as an unknown word. The first reading's bigger Greenville is kept, with a low score,
    # instead of no mention at all (which is what the first reading alone gave too).
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place("ne:NG-QU", "Quorra", "admin1", 5.7, 6.0, "NG", "NG-QU", None, None),
        Place("31", "Quorra", "city", 33.5, -90.9, "US", "US-MS", 31, 20_000),
        Place("32", "Greenville", "city", 35.61, -77.37, "US", "US-NC", 32, 60_000),
        Place("33", "Greenville", "city", 33.41, -91.06, "US", "US-MS", 33, 32_000),
    ]
    parser = parser_over(places)
    text = "Greenville is proud of nearby Quorra."
    got = {m.text: m for m in parser.geoparse(text, lang="en")}
    assert got["Greenville"].place_id == "32"
    assert got["Greenville"].score < 0.5


def test_a_place_without_a_point_is_never_chosen_over_one_with_a_point() -> None:
    # By its prior the country would win, but it has no point to map; the city has one.
    places = [
        Place("41", "Tamsville", "country", None, None, "TV", None, 41, 400_000),
        Place("42", "Tamsville", "city", 34.97, -120.57, "US", "US-CA", 42, 70_000),
    ]
    parser = parser_over(places)
    (mention,) = parser.geoparse("Tamsville held a vote on Sunday.", lang="en")
    assert mention.place_id == "42"
    assert mention.lat == 34.97


def test_a_state_in_a_list_of_states_is_not_read_as_a_town_in_the_next_one() -> None:
    # "Washington, West Virginia" looks like a town and its state, but in a list of states the
    # comma only separates two of them.
    wv, va, wy = "ne:US-WV", "ne:US-VA", "ne:US-WY"
    places = [
        *us_states_and_towns(),
        Place(wv, "West Virginia", "admin1", 38.6, -80.6, "US", "US-WV", None, None, (US,)),
        Place(va, "Virginia", "admin1", 37.5, -78.8, "US", "US-VA", None, None, (US,)),
        Place(wy, "Wyoming", "admin1", 43.0, -107.5, "US", "US-WY", None, None, (US,)),
        Place("14", "Washington", "city", 38.27, -81.55, "US", "US-WV", 14, 1_200, (wv,)),
    ]
    parser = parser_over(places)
    text = "Recalled nuts were sold in Virginia, Washington, West Virginia and Wyoming."
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Washington"] == "ne:US-WA"
    assert got["West Virginia"] == wv


def test_two_ambiguous_names_find_each_other_without_a_third() -> None:
    # Each name's likeliest place alone is the bigger town, and the two bigger towns lie 600 km
    # apart; their smaller namesakes lie 40 km apart. The first reading counts each name's other
    # plausible places too (at a share of their weight), so the pair that lies together wins.
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place("ne:US-OH", "Ohio", "admin1", 40.3, -82.8, "US", "US-OH", None, None, (US,)),
        Place("ne:US-VA", "Virginia", "admin1", 37.5, -78.8, "US", "US-VA", None, None, (US,)),
        Place("ne:US-NE", "Nebraska", "admin1", 41.5, -99.8, "US", "US-NE", None, None, (US,)),
        Place("71", "Quenton", "city", 39.96, -83.0, "US", "US-OH", 71, 100_000, ("ne:US-OH",)),
        Place("72", "Quenton", "city", 41.43, -97.37, "US", "US-NE", 72, 23_000, ("ne:US-NE",)),
        Place("73", "Marsby", "city", 36.85, -76.29, "US", "US-VA", 73, 60_000, ("ne:US-VA",)),
        Place("74", "Marsby", "city", 42.03, -97.42, "US", "US-NE", 74, 24_000, ("ne:US-NE",)),
    ]
    parser = parser_over(places)
    text = "Crews drove from Quenton to Marsby on Tuesday."
    got = {m.text: m.admin1_code for m in parser.geoparse(text, lang="en")}
    assert got == {"Quenton": "US-NE", "Marsby": "US-NE"}


def test_a_name_after_the_english_article_is_the_water_not_the_town() -> None:
    # A town of the name lies in the state the text is about; but English writes no article
    # before a town's name, and "the Pacific" is the ocean.
    wa = "ne:US-WA"
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place(wa, "Washington", "admin1", 47.4, -120.5, "US", "US-WA", None, None, (US,)),
        Place("81", "Seattle", "city", 47.61, -122.33, "US", "US-WA", 81, 740_000, (wa,)),
        Place("82", "Pacific", "city", 47.26, -122.25, "US", "US-WA", 82, 7_000, (wa,)),
        Place("water:pacific-ocean", "Pacific Ocean", "water", 0.0, -160.0),
    ]
    parser = parser_over(places, [NameEntry("Pacific", "water:pacific-ocean", "en", False, "test")])
    text = "Washington state sued over salmon habitat along the Pacific coast, in Seattle."
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Pacific"] == "water:pacific-ocean"
    got = {
        m.text: m.place_id for m in parser.geoparse("Voters in Pacific met in Seattle.", lang="en")
    }
    assert got["Pacific"] == "82"


def _mississippi() -> Parser:
    ms = "ne:US-MS"
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place(ms, "Mississippi", "admin1", 32.7, -89.7, "US", "US-MS", None, None, (US,)),
        Place("ne:US-LA", "Louisiana", "admin1", 31.0, -92.0, "US", "US-LA", None, None, (US,)),
        Place("water:mississippi-river", "Mississippi River", "water", 35.0, -90.0),
    ]
    return parser_over(
        places, [NameEntry("Mississippi", "water:mississippi-river", "de", False, "test")]
    )


def test_a_river_under_a_short_name_yields_to_the_state_of_that_name() -> None:
    parser = _mississippi()
    got = [m.place_id for m in parser.geoparse("A storm hit Mississippi on Monday.", lang="en")]
    assert got == ["ne:US-MS"]


def test_the_article_brings_the_river_back_but_not_before_a_body_of_the_state() -> None:
    parser = _mississippi()
    text = "Barges stalled on the Mississippi; the Mississippi legislature met in Louisiana."
    got = [(m.text, m.place_id) for m in parser.geoparse(text, lang="en")]
    assert got == [
        ("Mississippi", "water:mississippi-river"),
        ("Mississippi", "ne:US-MS"),
        ("Louisiana", "ne:US-LA"),
    ]
