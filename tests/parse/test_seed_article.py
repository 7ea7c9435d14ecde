"""The first article's place names, on a German text written for the tests, with the full gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).parent / "data" / "seed_de.txt"

#: Every surface the parser may report here: places, and the demonyms of places.
ALLOWED = {
    "Washington", "Mexiko", "Mexikos", "US", "USA", "Lateinamerika", "Sinaloa", "Sonora",
    "Tamaulipas", "Venezuela", "Karibik", "Nahen Osten", "Peoria", "AZ", "Vereinigte Staaten",
    "amerikanischer", "ausländische",
}  # fmt: skip


@pytest.fixture(scope="module")
def mentions():
    from geodata import geoparse

    return geoparse(SEED.read_text(encoding="utf-8"), lang="de")


def by_text(mentions, surface):
    found = [m for m in mentions if m.text == surface]
    assert found, f"{surface!r} not found"
    return found


def test_states_resolve_to_their_admin1_units(mentions) -> None:
    for surface, code in (("Sinaloa", "MX-SIN"), ("Sonora", "MX-SON"), ("Tamaulipas", "MX-TAM")):
        for mention in by_text(mentions, surface):
            assert mention.admin1_code == code
            assert mention.feature == "admin1"


def test_countries_and_regions(mentions) -> None:
    for surface, code in (("Mexiko", "MX"), ("Mexikos", "MX"), ("Venezuela", "VE")):
        for mention in by_text(mentions, surface):
            assert mention.country_code == code
            assert mention.feature == "country"
    for surface in ("Karibik", "Lateinamerika", "Nahen Osten"):
        for mention in by_text(mentions, surface):
            assert mention.feature in ("region", "continent")
            assert mention.lat is not None


def test_the_us_is_found(mentions) -> None:
    us = [m for m in mentions if m.country_code == "US" and m.feature == "country"]
    assert {m.kind for m in us} & {"literal", "modifier"}


def test_washington_is_the_capital(mentions) -> None:
    for mention in by_text(mentions, "Washington"):
        assert mention.feature == "city"
        assert mention.admin1_code in ("US-DC", None)
        assert abs(mention.lat - 38.9) < 0.5
        assert abs(mention.lon + 77.0) < 0.5


def test_peoria_az_is_in_arizona(mentions) -> None:
    (peoria,) = by_text(mentions, "Peoria")
    assert peoria.admin1_code == "US-AZ"


def test_no_person_organisation_or_ordinary_word(mentions) -> None:
    assert {m.text for m in mentions} <= ALLOWED
