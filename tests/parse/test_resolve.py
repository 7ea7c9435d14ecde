"""Resolution from context on a small real gazetteer."""

from __future__ import annotations

import re

import pytest
from parse_helpers import parser_over

from geodata.gazetteer import NameEntry
from geodata.model import Place
from geodata.parse.pipeline import Parser
from geodata.parse.resolve import _inside

#: The country most of the small gazetteers below are set in.
US = Place("6252001", "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8)


def resolved(parser: Parser, text: str, lang: str) -> dict[str, str | None]:
    return {m.text: m.place_id for m in parser.geoparse(text, lang=lang)}


def test_sonora_beside_sinaloa_is_the_mexican_state(parser: Parser) -> None:
    got = resolved(parser, "Operations are planned in Sinaloa and Sonora.", "en")
    assert got["Sonora"] == "ne:MX-SON"


def test_cordoba_in_an_argentine_story_is_in_argentina(parser: Parser) -> None:
    text = "Los incendios en la provincia argentina de Córdoba obligaron a evacuar a miles de argentinos."
    mentions = {m.text: m for m in parser.geoparse(text, lang="es")}
    assert mentions["Córdoba"].country_code == "AR"


def test_cordoba_in_a_spanish_story_is_in_spain(parser: Parser) -> None:
    text = "El Gobierno de España visitó Madrid y después Córdoba."
    mentions = {m.text: m for m in parser.geoparse(text, lang="es")}
    assert mentions["Córdoba"].country_code == "ES"


def test_washington_in_us_politics_is_the_capital(parser: Parser) -> None:
    text = "In Washington wird über neue Zölle gegen Mexiko beraten; die USA wollen Druck machen."
    assert resolved(parser, text, "de")["Washington"] == "4140963"


def test_scores_are_probabilities(parser: Parser) -> None:
    for mention in parser.geoparse("Sinaloa, Sonora und Tamaulipas liegen in Mexiko.", lang="de"):
        assert 0.0 < mention.score <= 1.0
        assert mention.lat is not None
        assert mention.lon is not None


def test_given_spans_are_resolved_exactly(parser: Parser) -> None:
    text = "Trade between Peoria and Sonora grew. Nothing else."
    spans = [(14, 20), (25, 31), (38, 45)]
    mentions = parser.geoparse(text, lang="en", spans=spans)
    assert [(m.start, m.end) for m in mentions] == spans
    assert mentions[0].name == "Peoria"
    assert mentions[2].place_id is None  # "Nothing" is in no gazetteer
    assert mentions[2].lat is None


def test_a_given_state_abbreviation_is_the_state_not_a_town_spelled_alike() -> None:
    places = [
        US,
        Place("ne:US-AZ", "Arizona", "admin1", 34.3, -111.7, "US", "US-AZ", None, None),
        Place("1", "Ariz", "city", 10.0, 20.0, "TD", None, 1, 5_000),
    ]
    small = parser_over(places)
    text = "He moved to Tucson, Ariz. last year."
    start = text.index("Ariz.")
    (mention,) = small.geoparse(text, lang="en", spans=[(start, start + len("Ariz."))])
    assert mention.admin1_code == "US-AZ"
    assert mention.feature == "admin1"


def test_words_before_a_name_pick_the_kind_of_place_for_that_mention_alone() -> None:
    places = [
        US,
        Place("614540", "Georgia", "country", 42.0, 43.5, "GE", None, 614540, 3_700_000),
        Place("ne:US-GA", "Georgia", "admin1", 32.7, -83.4, "US", "US-GA", None, None),
    ]
    small = parser_over(places)
    text = (
        "The governor of Georgia met envoys from the Caucasus nation of Georgia. "
        "Im US-Bundesstaat Georgia entsteht ein Werk."
    )
    spans = [(m.start(), m.end()) for m in re.finditer("Georgia", text)]
    got = [m.feature for m in small.geoparse(text, lang="en", spans=spans)]
    assert got == ["admin1", "country", "admin1"]


def test_a_given_county_without_the_word_and_a_states_people_are_resolved() -> None:
    places = [
        US,
        Place("ne:US-OH", "Ohio", "admin1", 40.3, -82.8, "US", "US-OH", None, None),
        Place("us-county:13219", "Oconee County", "other", 33.8, -83.4, "US", "US-GA"),
    ]
    small = parser_over(places)
    text = "Farmers in Oconee said many Ohioans came. Nothing else."
    spans = [(text.index(word), text.index(word) + len(word)) for word in ("Oconee", "Ohioans")]
    spans.append((text.index("Nothing"), text.index("Nothing") + len("Nothing")))
    got = [m.place_id for m in small.geoparse(text, lang="en", spans=spans)]
    assert got == ["us-county:13219", "ne:US-OH", None]


def test_a_country_bordering_the_articles_focus_wins_a_tie() -> None:
    places = [
        Place("294640", "Israel", "country", 31.5, 34.75, "IL", None, 294640, 9_000_000),
        Place("ne:MZ-G", "Gaza", "admin1", -23.0, 33.0, "MZ", "MZ-G", None, None),
        Place("ne:PS-GZ", "Gaza", "admin1", 31.4, 34.4, "PS", "PS-GZ", None, None),
    ]
    small = parser_over(places)
    text = "Israel said on Monday that talks on Gaza would resume."
    got = {m.text: m.country_code for m in small.geoparse(text, lang="en")}
    assert got == {"Israel": "IL", "Gaza": "PS"}


def test_a_name_in_a_list_of_states_is_the_state() -> None:
    places = [
        US,
        Place("ne:US-WI", "Wisconsin", "admin1", 44.6, -89.9, "US", "US-WI", None, None, (US.id,)),
        Place("ne:US-OH", "Ohio", "admin1", 40.3, -82.8, "US", "US-OH", None, None, (US.id,)),
        Place(
            "ne:US-PA", "Pennsylvania", "admin1", 40.9, -77.8, "US", "US-PA", None, None, (US.id,)
        ),
        Place(
            "ne:US-CA", "California", "admin1", 37.2, -119.5, "US", "US-CA", None, None, (US.id,)
        ),
        Place("5332191", "California", "city", 40.07, -79.89, "US", "US-PA", 5332191, 6_600),
        Place("5206379", "Pittsburgh", "city", 40.44, -79.99, "US", "US-PA", 5206379, 300_000),
    ]
    small = parser_over(places)
    text = "Cases were found in Wisconsin, Ohio, Pennsylvania and California, one near Pittsburgh."
    got = {m.text: m.place_id for m in small.geoparse(text, lang="en")}
    assert got["California"] == "ne:US-CA"


def test_mainland_before_a_name_asks_for_the_country() -> None:
    places = [
        US,
        Place("1814991", "China", "country", 35.0, 105.0, "CN", None, 1814991, 1_400_000_000),
        Place("4681001", "China", "city", 29.9, -94.3, "US", "US-TX", None, 1_100, (US.id,)),
        Place(
            "4699066", "Houston", "city", 29.76, -95.36, "US", "US-TX", None, 2_300_000, (US.id,)
        ),
    ]
    small = parser_over(places)
    text = "Officials expect the virus to reach mainland China soon. A boy died in Houston."
    got = {m.text: m.country_code for m in small.geoparse(text, lang="en")}
    assert got == {"China": "CN", "Houston": "US"}


def test_a_us_states_name_after_university_of_is_the_state() -> None:
    ar = Place("3865483", "Argentina", "country", -34.0, -64.0, "AR", None, 3865483, 45_000_000)
    places = [
        US,
        ar,
        Place("4140963", "Washington", "city", 38.9, -77.04, "US", "US-DC", 4140963, 690_000),
        Place("ne:US-WA", "Washington", "admin1", 47.4, -120.5, "US", "US-WA", None, 7_700_000),
        Place("ne:US-DC", "Washington", "admin1", 38.9, -77.0, "US", "US-DC", None, 690_000),
        Place("614540", "Georgia", "country", 42.0, 43.5, "GE", None, 614540, 3_700_000),
        Place("ne:US-GA", "Georgia", "admin1", 32.7, -83.4, "US", "US-GA", None, 10_700_000),
        Place("3435910", "Buenos Aires", "city", -34.6, -58.38, "AR", "AR-C", 3435910, 3_000_000),
        Place("ne:AR-B", "Buenos Aires", "admin1", -36.7, -60.0, "AR", "AR-B", None, 17_000_000),
        Place("5128581", "Nueva York", "city", 40.71, -74.01, "US", "US-NY", 5128581, 8_300_000),
        Place("ne:US-NY", "Nueva York", "admin1", 42.9, -75.5, "US", "US-NY", None, 19_500_000),
    ]
    small = parser_over(places)

    def place_of(text: str, name: str) -> str | None:
        start = text.index(name)
        (mention,) = small.geoparse(text, lang="en", spans=[(start, start + len(name))])
        return mention.place_id

    assert place_of("Researchers at the University of Washington found it.", "Washington") == (
        "ne:US-WA"
    )
    assert place_of("A study by the University of Georgia appeared.", "Georgia") == "ne:US-GA"

    def place_in_spanish(text: str, name: str) -> tuple[str | None, float]:
        start = text.index(name)
        (mention,) = small.geoparse(text, lang="es", spans=[(start, start + len(name))])
        return mention.place_id, mention.score

    assert place_in_spanish("Un estudio de la Universidad de Georgia salió ayer.", "Georgia")[
        0
    ] == ("ne:US-GA")
    # a city of the state has the name too: no cue ("la Universidad de Nueva York" is NYU)
    cued = place_in_spanish("Hablaron en la Universidad de Nueva York ayer.", "Nueva York")
    bare = place_in_spanish("Hablaron en Nueva York ayer.", "Nueva York")
    assert cued == bare
    # the words say nothing of a name that is no US state's
    text = "Students at the University of Buenos Aires met."
    assert place_of(text, "Buenos Aires") == "3435910"
    # a capital's name keeps its capital elsewhere in the text
    text = "The University of Washington sent a team to Washington on Monday."
    spans = [(m.start(), m.end()) for m in re.finditer("Washington", text)]
    got = [m.place_id for m in small.geoparse(text, lang="en", spans=spans)]
    assert got == ["ne:US-WA", "4140963"]


@pytest.mark.slow
def test_a_border_after_a_name_asks_for_a_state_or_a_country(world_parser: Parser) -> None:
    def mentions(text: str, name: str) -> list[tuple[str, str | None, float]]:
        spans = [(m.start(), m.end()) for m in re.finditer(name, text)]
        got = world_parser.geoparse(text, lang="en", spans=spans)
        return [(m.feature, m.admin1_code, m.score) for m in got]

    text = "The trucks left Boston and Newark for New York at night."
    assert mentions(text, "New York")[0][:2] == ("city", "US-NY")
    text = "The trucks left Boston and Newark for the New York border at night."
    assert mentions(text, "New York")[0][:2] == ("admin1", "US-NY")
    # a country's name before a border stays the country, not its unit of that name
    (mexico,) = mentions("Trucks queued at the Mexico border for hours.", "Mexico")
    assert mexico[:2] == ("country", None)
    # and a river's name stays the river's, not a district's of that name
    text = "The Danube border between the two countries is long."
    (river,) = world_parser.geoparse(text, lang="en", spans=[(4, 10)])
    assert river.feature == "water"


def test_a_unit_named_twice_is_one_unit_of_a_list() -> None:
    pa = Place("ne:US-PA", "Pennsylvania", "admin1", 40.9, -77.8, "US", "US-PA", None, 13_000_000)
    places = [
        US,
        pa,
        Place("ne:US-VA", "Virginia", "admin1", 37.5, -78.8, "US", "US-VA", None, 8_600_000),
        Place("ne:US-WA", "Washington", "admin1", 47.4, -120.5, "US", "US-WA", None, 7_700_000),
        Place("9400001", "Washington", "city", 40.17, -80.25, "US", "US-PA", None, 40_000),
    ]
    small = parser_over(places, [NameEntry("Penna", "ne:US-PA", None, False, "test")])
    # Pennsylvania under two names and Virginia are two units, not a list of three that would
    # make the bare "Washington" one more state
    text = (
        "Washington holds a fair each year. Pennsylvania pays for it, and Penna sends a judge. "
        "Some visitors come from Virginia."
    )
    got = {m.text: m.place_id for m in small.geoparse(text, lang="en")}
    assert got["Washington"] == "9400001"


def test_a_bare_repeat_takes_the_place_its_anchor_chose() -> None:
    places = [
        US,
        Place("ne:US-AA", "Alderney", "admin1", 44.0, -100.0, "US", "US-AA", None, 2_000_000),
        Place("ne:US-BB", "Bexmoor", "admin1", 35.0, -85.0, "US", "US-BB", None, 6_000_000),
        Place("9100001", "Ashbury", "city", 44.2, -100.3, "US", "US-AA", None, 40_000),
        Place("9100002", "Ashbury", "city", 35.1, -85.2, "US", "US-BB", None, 300_000),
    ]
    small = parser_over(places)
    text = (
        "Ashbury is a small town in Alderney. Its founders named it after Ashbury, Bexmoor, where "
        "they were born. Today Ashbury has a mill and a school."
    )
    got = [
        (m.start, m.place_id, m.score)
        for m in small.geoparse(text, lang="en")
        if m.text == "Ashbury"
    ]
    # the first mention, with its state beside it, anchors the name; the namesake written with
    # its own region stays apart; the last, bare, mention follows the anchor, as sure as it
    assert [place for _start, place, _score in got] == ["9100001", "9100002", "9100001"]
    assert got[2][2] == got[0][2]
    # a mention with its region written after it anchors nothing, even first
    text = (
        "Its founders came from Ashbury, Bexmoor. The town of Ashbury lies in Alderney. "
        "Today Ashbury has a mill."
    )
    got = [(m.place_id, m.score) for m in small.geoparse(text, lang="en") if m.text == "Ashbury"]
    assert [place for place, _score in got] == ["9100002", "9100001", "9100001"]
    # a country named in a later mention's own sentence frees it from the anchor: it is judged on
    # its own (here still the same town, which the article's focus favours) and is less sure
    places.append(Place("9100009", "Freedonia", "country", 10.0, 20.0, "FD", None, None, 10**6))
    places.append(Place("9100003", "Ashbury", "city", 10.2, 20.1, "FD", "FD-01", None, 20_000))
    small = parser_over(places)
    text = "Ashbury is a small town in Alderney. Years later she moved to Ashbury in Freedonia."
    first, later = (m for m in small.geoparse(text, lang="en") if m.text == "Ashbury")
    assert first.place_id == later.place_id == "9100001"
    assert later.score < first.score


def test_a_county_and_a_town_in_it_are_read_together() -> None:
    places = [
        US,
        Place("ne:US-AA", "Alderney", "admin1", 44.0, -100.0, "US", "US-AA", None, 2_000_000),
        Place("ne:US-BB", "Bexmoor", "admin1", 35.0, -85.0, "US", "US-BB", None, 6_000_000),
        # a county of the name in each state; the bigger Ashbury lies 130 km from Bexmoor's
        Place("us-county:99001", "Kelton County", "other", 35.0, -85.0, "US", "US-BB"),
        Place("us-county:99002", "Kelton County", "other", 44.0, -100.0, "US", "US-AA"),
        Place("9500001", "Ashbury", "city", 44.1, -100.2, "US", "US-AA", None, 30_000),
        Place("9500002", "Ashbury", "city", 36.1, -85.5, "US", "US-BB", None, 250_000),
    ]
    small = parser_over(places)
    text = "Kelton County opened a new library, and the Ashbury council voted to buy its books."
    got = resolved(small, text, "en")
    assert got == {"Kelton County": "us-county:99002", "Ashbury": "9500001"}
    # with the smaller town 130 km from its state's county too, neither pulls the other
    places[4] = Place("us-county:99002", "Kelton County", "other", 45.2, -100.0, "US", "US-AA")
    assert resolved(parser_over(places), text, "en")["Ashbury"] == "9500002"
    # a county holds the towns of its state within COUNTY_KM of its point, and no other
    county = Place("us-county:99003", "Kelton County", "other", 40.0, -90.0, "US", "US-AA")
    near = Place("9500003", "Ashbury", "city", 40.7, -90.0, "US", "US-AA")  # 78 km north
    far = Place("9500004", "Ashbury", "city", 40.74, -90.0, "US", "US-AA")  # 82 km north
    across = Place("9500005", "Ashbury", "city", 40.1, -90.0, "US", "US-BB")  # 11 km, next state
    assert [_inside(town, county) for town in (near, far, across)] == [True, False, False]


@pytest.mark.slow
def test_a_diplomatic_mission_is_in_a_capital(world_parser: Parser) -> None:
    # one country named beside a city would otherwise pull the city into that country
    for text, lang in (
        ("La embajada de EE.UU. en Madrid cerró el viernes.", "es"),
        ("The U.S. embassy in Madrid closed on Friday.", "en"),
    ):
        got = {m.text: m.admin1_code for m in world_parser.geoparse(text, lang=lang)}
        assert got["Madrid"] == "ES-M"
