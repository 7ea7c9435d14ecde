"""Recognition and kinds on a small real gazetteer, with the real language knowledge."""

from __future__ import annotations

import pytest

from geodata.parse.pipeline import Parser


def found(parser: Parser, text: str, lang: str) -> dict[str, tuple[str | None, str]]:
    """surface -> (resolved place id, kind) of every mention."""
    return {m.text: (m.place_id, m.kind) for m in parser.geoparse(text, lang=lang)}


def test_exonyms_and_inflection(parser: Parser) -> None:
    text = "Mexikos Regierung sprach mit den Vereinigten Staaten über die Lage im Nahen Osten und in der Karibik."
    got = found(parser, text, "de")
    assert got["Mexikos"][0] == "3996063"
    assert got["Vereinigten Staaten"][0] == "6252001"
    assert got["Nahen Osten"][0] == "region:middle-east"
    assert got["Karibik"][0] == "region:caribbean"


def test_spanish_multiword_alternate(parser: Parser) -> None:
    got = found(
        parser, "La delegación viajó de México a Nueva York y luego a Estados Unidos.", "es"
    )
    assert got["México"][0] == "3996063"
    assert got["Nueva York"][0] == "5128581"
    assert got["Estados Unidos"][0] == "6252001"


def test_offsets_are_python_string_offsets(parser: Parser) -> None:
    text = "Größere Unruhen gab es zuletzt in Sinaloa."
    (mention,) = parser.geoparse(text, lang="de")
    assert text[mention.start : mention.end] == mention.text == "Sinaloa"


def test_kinds(parser: Parser) -> None:
    text = (
        "Die US-Armee bereitet sich vor. Mitglieder des Sinaloa-Kartells wurden festgenommen. "
        "Die mexikanische Regierung protestierte. Washington kündigte Sanktionen an."
    )
    got = found(parser, text, "de")
    assert got["US"] == ("6252001", "modifier")
    assert got["Sinaloa"] == ("ne:MX-SIN", "embedded")
    assert got["mexikanische"] == ("3996063", "demonym")
    assert got["Washington"][1] == "metonymic"


def test_spanish_demonym_and_embedded_club(parser: Parser) -> None:
    got = found(parser, "El Real Madrid perdió ante la selección estadounidense en Córdoba.", "es")
    assert "Real" not in got
    assert got["Madrid"][1] == "embedded"
    assert got["estadounidense"] == ("6252001", "demonym")


def test_german_common_nouns_are_not_places(parser: Parser) -> None:
    text = "Am Ende des Tages gab es warmes Essen, doch der Boden war nass vom Regen."
    assert found(parser, text, "de") == {}


def test_german_homograph_after_locative_preposition_is_a_place(parser: Parser) -> None:
    assert found(parser, "Die Messe findet in Essen statt.", "de")["Essen"][0] == "2928810"


def test_person_names_are_not_places(parser: Parser) -> None:
    text = "Yesterday Paris Hilton met Chad Smith, who later flew to Paris."
    got = parser.geoparse(text, lang="en")
    assert [(m.text, m.start) for m in got] == [("Paris", text.rindex("Paris"))]


@pytest.mark.slow
def test_a_given_name_before_a_public_body_or_in_a_street_is_a_place(world_parser: Parser) -> None:
    # "Paris" is a given name too, but a town's offices are named after the town
    text = "A book fair fills Paris City Hall on Sunday, and Paris Police will close two streets."
    got = [m.start for m in world_parser.geoparse(text, lang="en") if m.text == "Paris"]
    assert got == [text.index("Paris"), text.rindex("Paris")]
    # the car of that make is no town
    text = "She sold her old Lincoln Town Car to a dealer in Omaha."
    assert [m.text for m in world_parser.geoparse(text, lang="en")] == ["Omaha"]
    # a street named after two towns is no person whose surname hides the second town elsewhere
    text = "Traffic was stopped on Old Marion Carbondale Road. The city of Carbondale paid for it."
    got = [m.start for m in world_parser.geoparse(text, lang="en") if m.text == "Carbondale"]
    assert got == [text.rindex("Carbondale")]


def test_sentence_initial_common_words(parser: Parser) -> None:
    assert found(parser, "Reading from a statement, the mayor spoke.", "en") == {}
    assert "Reading" in found(parser, "She moved to Reading last year.", "en")


def test_region_after_name(parser: Parser) -> None:
    assert found(parser, "A photo taken in Peoria, AZ last spring.", "en")["Peoria"][0] == "5308480"
    assert found(parser, "A photo taken in Peoria, IL last spring.", "en")["Peoria"][0] == "4905687"
    assert found(parser, "Detenidos en Culiacán, Sinaloa.", "es")["Culiacán"][0] == "3014728"


@pytest.mark.slow
def test_region_after_name_is_a_mention_too(world_parser: Parser) -> None:
    def units(text: str) -> dict[str, tuple[str, str | None]]:
        return {m.text: (m.feature, m.admin1_code) for m in world_parser.geoparse(text, lang="en")}

    # dotted initials are no everyday word, whatever "dc" is in a word list
    got = units("The panel met in Washington, D.C. on a Tuesday.")
    assert got["D.C."] == ("admin1", "US-DC")
    assert got["Washington"] == ("city", "US-DC")
    # a state's code that ends the sentence keeps its full stop out of the code
    got = units("The crews came from Austin, TX. They left at dawn.")
    assert got["TX"] == ("admin1", "US-TX")
    assert "TX" not in units("The crews came from Austin, TX.Net and more.")
    # a code after a name read as a person's is a credential; a country's stays the country
    assert units("The clinic is run by Anna Jackson, MD. She trained abroad.") == {}
    assert units("Reviewed by Karen Marion, NP, last week.") == {}
    assert units("The talks were led by Tom Jordan, U.S. envoy, last week.") == {
        "U.S.": ("country", None)
    }


@pytest.mark.slow
def test_spanish_doubled_initials_and_company_suffixes(world_parser: Parser) -> None:
    def places(text: str) -> dict[str, str | None]:
        return {m.text: m.country_code for m in world_parser.geoparse(text, lang="es")}

    # the doubled initials of a Spanish plural: Estados Unidos, with or without the space
    assert places("La delegación de EE.UU. llegó el lunes.") == {"EE.UU.": "US"}
    assert places("La delegación de EE. UU. llegó el lunes.") == {"EE. UU.": "US"}
    # outside English, dotted initials right after a name that is no place are a company's legal
    # form; after a place they are its region
    assert places("La empresa Ferrovial S.A. ganó el contrato.") == {}
    assert places("El ministro llegó a Washington D.C. el martes.") == {
        "Washington": "US",
        "D.C.": "US",
    }
