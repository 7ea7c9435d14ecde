"""Street and square names in German text, which no registry gazetteer holds.

German writes a street's name as one compound of a name and a generic head ("Schillerstraße",
"Alexanderplatz"), with hyphens after a person's full name ("Karl-Marx-Allee"), or as a city's
adjective before the head as a word of its own ("Potsdamer Platz", "Kölner Straße"), often with a
house number ("Kölner Straße 12"). Local news names them as the places where things happen. They
are found here by that shape; the offline gazetteer has no point for them, so they stay
unresolved (an optional remote geocoder may place them).

Common nouns are built the same way ("Seitenstraße", "Parkplatz", "Rastplatz", "Nordufer"), so a
candidate counts only where the part before the head is a name:

- a given name used in Germany ("Alexanderplatz", "Luisenstraße" is missed: an inflected name);
- the own name of a German, Austrian or Swiss city of 100,000 people or more ("Hamburgstraße";
  not "Liegeplatz", which is no spelling of Liège, nor "Europaplatz", a continent);
- a word too rare to be part of a common noun, that the German dictionary does not know, and
  after which no dictionary word ends the compound (a surname or an old local name:
  "Quellmannstraße"; not "Hauptschauplatz", which ends in "Schauplatz").

"Weg" and "Ring" also head figures of speech ("ein neuer Weg", "der Hamburger Weg"): as words of
their own they count only with a house number.
"""

from __future__ import annotations

import re

from geodata.parse.language import is_german_given_name, is_known_word, lemma, zipf
from geodata.parse.lexicon import DEMONYM, GERMAN_SPEAKING, Lexicon

#: Generic heads of German street and square names, as the last part of one word.
HEADS = ("straße", "strasse", "platz", "allee", "gasse", "damm", "ufer", "chaussee", "promenade")

#: The same heads as words of their own, after a city's adjective or a hyphenated name.
_SEPARATE_HEADS = tuple(head.capitalize() for head in (*HEADS, "landstraße"))

#: Heads that also make figures of speech: as words of their own, only with a house number.
_FIGURATIVE_HEADS = ("Weg", "Ring")

#: At most this many letters before the head in one word, and this many hyphenated parts: names
#: are short, and the bounds keep the patterns linear on any input.
MAX_PART = 30
MAX_PARTS = 4

#: One word ending in a head, maybe in the genitive: "Quellmannstraße", "Alexanderplatzes",
#: "Karl-Marx-Allee".
_COMPOUND = re.compile(
    rf"(?<![\w-])(?P<mod>[A-ZÄÖÜ][^\W\d_]{{1,{MAX_PART}}}"
    rf"(?:-[A-ZÄÖÜ][^\W\d_]{{1,{MAX_PART}}}){{0,{MAX_PARTS}}})"
    rf"(?:(?P<head>{'|'.join(HEADS)})"
    rf"|-(?P<hyphen_head>{'|'.join((*_SEPARATE_HEADS, *_FIGURATIVE_HEADS))}))"
    r"(?:e?s)?(?![\w-])"
)

#: A city's adjective and a head as a word of its own: "Potsdamer Platz", "Kölner Straße".
_ADJECTIVE = re.compile(
    rf"(?<![\w-])(?P<adj>[A-ZÄÖÜ][^\W\d_]{{1,{MAX_PART}}}er) "
    rf"(?P<head>{'|'.join((*_SEPARATE_HEADS, *_FIGURATIVE_HEADS))})(?![\w-])"
)

#: A house number after a street's name, not a count before a noun: "Kölner Straße 12", but not
#: "am Alexanderplatz 3 Menschen".
_NUMBER = re.compile(r" \d{1,3}[a-z]?\b(?! *[A-ZÄÖÜ\d])")

#: Zipf frequency from which a compound is an everyday word whatever its parts ("Marktplatz").
COMMON_COMPOUND_ZIPF = 4.0
#: Zipf frequency below which a compound, and a first part, are too rare to be a common noun
#: and its part ("Quellmannstraße", "Quellmann").
RARE_ZIPF = 3.0
#: The population from which a city's own name makes a street's name ("Hamburgstraße").
CITY_POPULATION = 100_000


def street_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each German street or square name in ``text``, a house number included,
    in the order of the text and without overlaps."""
    lower = text.lower()
    if not any(head in lower for head in (*HEADS, " weg", " ring")):
        return []
    found: list[tuple[int, int]] = []
    for match in _COMPOUND.finditer(text):
        number = _NUMBER.match(text, match.end())
        if match["hyphen_head"] in _FIGURATIVE_HEADS and number is None:
            continue
        if _named_compound(
            match["mod"], match["head"], lexicon, hyphenated=bool(match["hyphen_head"])
        ):
            found.append((match.start(), number.end() if number else match.end()))
    for match in _ADJECTIVE.finditer(text):
        number = _NUMBER.match(text, match.end())
        if match["head"] in _FIGURATIVE_HEADS and number is None:
            continue
        if _city_adjective(match["adj"], lexicon):
            found.append((match.start(), number.end() if number else match.end()))
    found.sort()
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _named_compound(modifier: str, head: str | None, lexicon: Lexicon, *, hyphenated: bool) -> bool:
    """Whether the part before a street's head is a name (see the module's docstring)."""
    parts = modifier.split("-")
    if hyphenated or len(parts) > 1:
        # "Karl-Marx-Allee", "Konrad-Adenauer-Straße": a person's full name, hyphenated
        return any(
            is_german_given_name(part) or _big_city(part, lexicon, countries=GERMAN_SPEAKING)
            for part in parts
        )
    word = modifier + (head or "")
    if zipf(word, "de") >= COMMON_COMPOUND_ZIPF:
        return False  # "Marktplatz", "Parkplatz": everyday words
    if is_german_given_name(modifier) or _big_city(modifier, lexicon, countries=GERMAN_SPEAKING):
        return True  # "Alexanderplatz", "Hamburgstraße" (not "Kitaplatz": Kita is in Japan)
    return (
        zipf(word, "de") < RARE_ZIPF
        and zipf(modifier, "de") < RARE_ZIPF
        and not any(is_known_word(form, "de") for form in _stems(modifier))
        and not any(is_known_word(word[i:].capitalize(), "de") for i in range(1, len(modifier)))
    )


def _stems(modifier: str) -> list[str]:
    """The modifier and its forms without a linking element: "Umgehungs" -> "Umgehung"."""
    forms = [modifier]
    for link in ("s", "es", "n", "en"):
        if modifier.endswith(link) and len(modifier) > len(link) + 2:
            forms.append(modifier[: -len(link)])
    return forms


def _big_city(
    name: str,
    lexicon: Lexicon,
    *,
    countries: frozenset[str] | None = None,
    population: int = CITY_POPULATION,
) -> bool:
    """True when ``name`` is, letter for letter, the own name of a city of ``population`` or
    more ("Hamburg"; not "Liege" for Liège, nor "Rast" for Rasht), in ``countries`` if given."""
    entry = lexicon.entry(name)
    return entry is not None and any(
        (place := lexicon.places.get(pid)) is not None
        and place.feature == "city"
        and place.name == name
        and (place.population or 0) >= population
        and (countries is None or place.country_code in countries)
        for pid in entry.place_ids
    )


def _declined_adjective(word: str) -> bool:
    """True for a declined German adjective ("Großer", "Grüner": lemma "groß", "grün"); a
    town's adjective does not decline ("Kattenbrunner", "Friedberger")."""
    found = lemma(word.lower(), "de")
    return bool(found) and found != word.lower() and found[0].islower()


def _city_adjective(adjective: str, lexicon: Lexicon) -> bool:
    """ "Potsdamer", "Frankfurter", "Münchner", "Kattenbrunner": the adjective of a city of
    CITY_POPULATION or more, or of any German, Austrian or Swiss town (streets are named after
    the next towns, however small), made from its name with -er or known as its demonym. A
    declined adjective is not one ("Großer Platz", though Groß is a village too)."""
    stem = adjective[:-2]
    forms = [form for form in (stem, stem + "e") if len(form) >= 3]
    if any(_big_city(form, lexicon) for form in forms):
        return True
    if not _declined_adjective(adjective) and any(
        _big_city(form, lexicon, countries=GERMAN_SPEAKING, population=0) for form in forms
    ):
        return True
    entry = lexicon.entry(adjective)
    return (
        entry is not None
        and bool(entry.flags & DEMONYM)
        and any(
            (place := lexicon.places.get(pid)) is not None
            and place.feature == "city"
            and (place.population or 0) >= CITY_POPULATION
            for pid in entry.place_ids
        )
    )
