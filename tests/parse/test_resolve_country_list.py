"""A country's name followed by another country is an item of a list of countries, not a village of
that name inside the second ("Mexico, China, Japan and Brazil"). A small hand-made gazetteer."""

from __future__ import annotations

from geodata.gazetteer import NameEntry
from geodata.model import Place
from geodata.parse.lexicon import Lexicon
from geodata.parse.pipeline import Parser


def country(pid: str, name: str, code: str, lat: float, lon: float) -> Place:
    return Place(pid, name, "country", lat, lon, code, None, int(pid), 10**7)


def parser() -> Parser:
    places = [
        country("3996063", "Mexico", "MX", 23.0, -102.0),
        country("1814991", "China", "CN", 35.0, 105.0),
        country("1861060", "Japan", "JP", 35.7, 139.7),
        country("3469034", "Brazil", "BR", -10.0, -55.0),
        Place("1864565", "China", "city", 27.3, 128.6, "JP", "JP-46", 1864565, 6_000),
    ]
    names = [NameEntry(place.name, place.id, None, True, "test") for place in places]
    return Parser(Lexicon.build(places, names))


def resolved(text: str, name: str) -> list[str | None]:
    return [m.place_id for m in parser().geoparse(text, lang="en") if m.text == name]


def test_a_country_before_another_country_is_in_a_list() -> None:
    text = "Doctors in other countries such as Mexico, China, Japan and Brazil report cases."
    assert resolved(text, "China") == ["1814991"]


def test_a_country_before_the_last_country_of_a_list_is_in_it() -> None:
    # here the list ends after "Japan", so recognition keeps it as a hint of where "China" lies
    # and the resolver must read the list itself
    text = "Cases were also reported in Mexico, Brazil and China, Japan."
    assert resolved(text, "China") == ["1814991"]
