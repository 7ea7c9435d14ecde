"""The candidates a given span could be resolved to (used by the evaluation's reachable figure)."""

from __future__ import annotations

from geodata.parse.pipeline import Parser


def test_an_ambiguous_name_lists_every_place_it_can_name(parser: Parser) -> None:
    places = parser.places_named("Sonora")
    codes = {(p.feature, p.admin1_code) for p in places}
    assert ("admin1", "MX-SON") in codes  # the Mexican state
    assert any(p.feature == "city" and p.country_code == "US" for p in places)  # Sonora, California
    assert all(p.lat is not None and p.lon is not None for p in places)


def test_spelling_variants_and_abbreviations_are_tried_as_for_a_given_span(parser: Parser) -> None:
    assert any(
        p.admin1_code == "US-CA" and p.feature == "admin1" for p in parser.places_named("Calif.")
    )
    assert any(
        p.country_code == "MX" and p.feature == "country" for p in parser.places_named("Mexikos")
    )


def test_a_name_the_gazetteer_lacks_has_no_candidates(parser: Parser) -> None:
    assert parser.places_named("Qwxzville Frobnitz") == ()
