"""Resolution from what a name's own sentence says (a country or admin-1 unit named beside it) and
from how sure each name of the article is by priors. Small hand-made gazetteers with invented
names, so that nothing here depends on the real gazetteer's data."""

from __future__ import annotations

from parse_helpers import parser_over

from geodata.model import Place

US = "6252001"
ZANDRIA = "9000001"
NORLAND = "9000002"


def us_unit(code: str, name: str, lat: float, lon: float) -> Place:
    return Place(f"ne:US-{code}", name, "admin1", lat, lon, "US", f"US-{code}", None, None, (US,))


def states_and_a_capital_abroad() -> list[Place]:
    return [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        us_unit("OH", "Ohio", 40.3, -82.8),
        us_unit("IN", "Indiana", 39.9, -86.3),
        us_unit("IL", "Illinois", 40.0, -89.2),
        Place(ZANDRIA, "Zandria", "country", 26.0, 30.0, "ZD", None, 9000001, 90_000_000),
        Place("101", "Velora", "city", 30.05, 31.25, "ZD", "ZD-C", 101, 1_500_000),
        Place("102", "Velora", "city", 37.0, -84.6, "US", "US-KY", 102, 20_000),
    ]


def test_a_country_named_in_the_sentence_outweighs_the_articles_focus() -> None:
    # The article is about American states, and America has a town called Velora; the sentence
    # that names Velora also names Zandria, whose big city of that name is meant.
    parser = parser_over(states_and_a_capital_abroad())
    text = (
        "Cases rose in Ohio, Indiana and Illinois this week, the United States said. "
        "Passengers landing at Velora airport will be watched during their stay in Zandria."
    )
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Velora"] == "101"


def test_without_the_country_in_its_sentence_the_focus_still_decides() -> None:
    # The same names, with Zandria two sentences away: nothing beside Velora speaks against
    # the article's American focus.
    parser = parser_over(states_and_a_capital_abroad())
    text = (
        "Cases rose in Ohio, Indiana and Illinois this week, the United States said. "
        "Zandria sent doctors. Health workers met on Monday. "
        "Passengers landing at Velora airport will be watched."
    )
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Velora"] == "102"


def test_a_state_named_in_the_sentence_picks_the_town_inside_it() -> None:
    # Two towns called Hollin; the article names both states, but only one in Hollin's sentence.
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        us_unit("CT", "Connecticut", 41.6, -72.7),
        us_unit("MA", "Massachusetts", 42.3, -71.8),
        Place("111", "Hollin", "city", 41.48, -72.27, "US", "US-CT", 111, 4_000),
        Place("112", "Hollin", "city", 42.52, -70.9, "US", "US-MA", 112, 40_000),
    ]
    parser = parser_over(places)
    text = (
        "Hollin is a small town in Connecticut. "
        "Its first landowner had come from the coast. "
        "Many families later moved on to Massachusetts."
    )
    spans = [(0, 6)]
    (mention,) = parser.geoparse(text, lang="en", spans=spans)
    assert mention.place_id == "111"


def test_a_name_that_is_nearly_always_a_country_counts_fully_in_the_focus() -> None:
    # "Norland" is also a hamlet in the United States, but by its priors it is the country; its
    # vote sets the focus, so that Kesby, bigger in Connecticut than in Norland, is Norland's.
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place(NORLAND, "Norland", "country", 54.0, -2.0, "NX", None, 9000002, 56_000_000),
        Place("121", "Norland", "city", 35.2, -92.1, "US", "US-AR", 121, 300),
        Place("122", "Kesby", "city", 51.45, -2.59, "NX", "NX-BS", 122, 40_000),
        Place("123", "Kesby", "city", 41.67, -72.95, "US", "US-CT", 123, 60_000),
        Place("124", "Ormley", "city", 51.38, -2.36, "NX", "NX-BS", 124, 1_000),
        Place("125", "Ormley", "city", 40.9, -74.15, "US", "US-NJ", 125, 3_000),
    ]
    parser = parser_over(places)
    text = (
        "The guide covers the west of Norland. "
        "Walkers usually start early. Rain is common in spring. "
        "Kesby has a market on Saturdays. "
        "Ormley lies on a hill."
    )
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Norland"] == NORLAND
    assert got["Kesby"] == "122"


def test_a_state_in_a_list_of_states_is_not_read_as_a_town_in_another_of_them() -> None:
    # "Arcadia" is a (made-up) state and a town in Ohio; in a list of states it is the state,
    # though Ohio is named in the same sentence.
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        us_unit("OH", "Ohio", 40.3, -82.8),
        us_unit("IN", "Indiana", 39.9, -86.3),
        us_unit("AR", "Arcadia", 35.0, -92.4),
        Place("131", "Arcadia", "city", 40.2, -84.0, "US", "US-OH", 131, 30_000),
    ]
    parser = parser_over(places)
    text = "The outbreak reached Indiana, Ohio and Arcadia by June."
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Arcadia"] == "ne:US-AR"


def test_a_kind_of_place_said_of_one_mention_holds_for_the_names_other_mentions() -> None:
    # "the province of Kessland" says which Kessland the article means; the bare mention later,
    # after a sentence about a town in New York, is still the province, not the village of that
    # name beside Buffalo.
    ca, ny = "6251999", "ne:US-NY"
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place(ca, "Canada", "country", 60.0, -95.0, "CA", None, 6251999, 38_000_000),
        Place("ne:CA-KS", "Kessland", "admin1", 50.0, -85.0, "CA", "CA-KS", None, 14_000_000),
        Place(ny, "New York", "admin1", 43.0, -75.5, "US", "US-NY", None, 19_000_000, (US,)),
        Place("141", "Kessland", "city", 43.2, -78.0, "US", "US-NY", 141, 800, (ny,)),
        Place("142", "Buffalo", "city", 42.89, -78.88, "US", "US-NY", 142, 270_000, (ny,)),
        Place("143", "Toronto", "city", 43.7, -79.4, "CA", "CA-KS", 143, 2_700_000),
    ]
    parser = parser_over(places)
    text = (
        "A Toronto hospital closed its ward, and babies will be moved within the province of "
        "Kessland. Families may also travel to Buffalo, New York. Doctors said the beds left "
        "in Kessland would fill up within a week."
    )
    got = [(m.text, m.place_id) for m in parser.geoparse(text, lang="en")]
    assert [pid for name, pid in got if name == "Kessland"] == ["ne:CA-KS", "ne:CA-KS"]


def test_a_name_keeps_the_sense_its_container_gave_it_elsewhere_in_the_article() -> None:
    # The first sentence puts Yorvik in Norland; the later bare mention, beside a name that only
    # an American town has, is still Norland's Yorvik (one sense per discourse).
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place(NORLAND, "Norland", "country", 54.0, -2.0, "NX", None, 9000002, 56_000_000),
        Place("161", "Yorvik", "city", 53.96, -1.08, "NX", "NX-YO", 161, 150_000),
        # the American Yorvik is the bigger one: by priors alone a bare mention would be it
        Place("162", "Yorvik", "city", 39.96, -76.73, "US", "US-PA", 162, 400_000),
        Place("163", "Quillby", "city", 39.0, -76.1, "US", "US-MD", 163, 5_000),
    ]
    parser = parser_over(places)
    text = (
        "Clifford is a suburb of Yorvik, in the north of Norland. "
        "It has two schools and a factory. The pupils come from far away. "
        "The old road leaves Yorvik past the Quillby school."
    )
    got = [m.place_id for m in parser.geoparse(text, lang="en") if m.text == "Yorvik"]
    assert got == ["161", "161"]


def test_a_hamlet_with_one_candidate_votes_less_than_a_country_in_the_focus() -> None:
    # A hamlet that only America has is weak evidence of an American story; Norland, named
    # outright, makes Kesby Norland's though America has a bigger Kesby.
    places = [
        Place(US, "United States", "country", 39.8, -98.6, "US", None, 6252001, 3 * 10**8),
        Place(NORLAND, "Norland", "country", 54.0, -2.0, "NX", None, 9000002, 56_000_000),
        Place("171", "Kesby", "city", 51.45, -2.59, "NX", "NX-BS", 171, 40_000),
        Place("172", "Kesby", "city", 41.67, -72.95, "US", "US-CT", 172, 50_000),
        Place("173", "Pellow", "city", 30.0, -95.0, "US", "US-TX", 173, 150),
    ]
    parser = parser_over(places)
    text = (
        "Farmers in Norland met on Friday. "
        "Prices for wool fell. Few buyers came this year. "
        "Kesby held its market anyway. "
        "Some traders had come from Pellow."
    )
    got = {m.text: m.place_id for m in parser.geoparse(text, lang="en")}
    assert got["Kesby"] == "171"
