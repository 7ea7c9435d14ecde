"""Street and square names in German text, which no registry gazetteer holds.

German writes a street's name as one compound of a name and a generic head ("Schillerstraße",
"Alexanderplatz"), with hyphens after a person's full name ("Karl-Marx-Allee"), or as a place's
adjective before the head ("Potsdamer Platz", "Neuendorfer Straße"), often with a house number
("Neuendorfer Straße 90c"). Local news names them as the places where things happen. They are
found here by that shape; the offline gazetteer has no point for them, so they stay unresolved
(an optional remote geocoder may place them).

Common nouns built the same way are not streets: "Seitenstraße", "Parkplatz", "Hauptbahnhof".
A one-word compound counts only where its first part is a name: a given name, a place the
lexicon knows, or a word too rare to be a common noun's part (a surname: "Nöldekestraße").
"""

from __future__ import annotations

import re

from geodata.parse.language import is_first_name, zipf
from geodata.parse.lexicon import DEMONYM, Lexicon, notable

#: Generic heads of German street and square names, as the last part of one word.
HEADS = ("straße", "strasse", "platz", "allee", "gasse", "damm", "ufer", "chaussee", "promenade")

_HEAD_WORDS = "|".join(head.capitalize() for head in (*HEADS, "weg", "ring", "landstraße"))

#: One word ending in a head, maybe in the genitive: "Schwanitzstraße", "Alexanderplatzes",
#: "Friedrich-Engels-Straße", "Karl-Marx-Allee".
_COMPOUND = re.compile(
    r"(?<![\w-])(?P<mod>[A-ZÄÖÜ][^\W\d_]*(?:-[A-ZÄÖÜ][^\W\d_]*)*?)"
    rf"(?:(?P<head>{'|'.join(HEADS)})|-(?P<hyphen_head>{_HEAD_WORDS}))(?:e?s)?(?![\w-])"
)

#: A place's adjective and a head as a word of its own: "Potsdamer Platz", "Gubener Straße".
_ADJECTIVE = re.compile(rf"(?<![\w-])(?P<adj>[A-ZÄÖÜ][^\W\d_]+er) (?:{_HEAD_WORDS})(?![\w-])")

#: A house number after a street's name: "Neuendorfer Straße 90c", "Schulstraße 5".
_NUMBER = re.compile(r" \d{1,3}[a-z]?(?![\w.,]\d)\b")

#: Zipf frequency below which a compound's first part is too rare to be a common noun's part
#: ("Schwanitz", "Nöldeke"), and below which the whole compound is no everyday word.
RARE_PART_ZIPF = 3.0
RARE_COMPOUND_ZIPF = 3.0


def street_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """(start, end) of each German street or square name in ``text``, a house number included,
    in the order of the text and without overlaps."""
    lower = text.lower()
    if not any(head in lower for head in (*HEADS, " weg", " ring")):
        return []
    found: list[tuple[int, int]] = []
    for match in _COMPOUND.finditer(text):
        word = text[match.start() : match.end("head") if match["head"] else match.end()]
        if _named_compound(match.group("mod"), word, lexicon, match["hyphen_head"]):
            found.append(match.span())
    for match in _ADJECTIVE.finditer(text):
        if _place_adjective(match.group("adj"), lexicon):
            found.append(match.span())
    found.sort()
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if spans and start < spans[-1][1]:
            continue
        number = _NUMBER.match(text, end)
        spans.append((start, number.end() if number else end))
    return spans


def _named_compound(modifier: str, word: str, lexicon: Lexicon, hyphen_head: str | None) -> bool:
    parts = modifier.rstrip("-").split("-")
    if hyphen_head or len(parts) > 1:
        # "Karl-Marx-Allee", "Friedrich-Engels-Straße": a person's or place's name, hyphenated
        return all(parts) and any(_name_part(part, lexicon) for part in parts)
    if len(modifier) < 3 or zipf(word, "de") >= RARE_COMPOUND_ZIPF + 1.0:
        return False  # "Parkplatz", "Marktplatz": everyday words
    if _name_part(modifier, lexicon):
        return True  # "Alexanderplatz", "Hamburgstraße"
    # a surname or an old local name: rare, and no word the German dictionary knows, nor is any
    # word ending the compound other than the head ("Hauptschauplatz", "Brotverkäufer")
    head = word[len(modifier) :]
    return (
        zipf(word, "de") < RARE_COMPOUND_ZIPF
        and zipf(modifier, "de") < RARE_PART_ZIPF
        and not any(_known(form) for form in _stems(modifier))
        and not any(_known(word[i:].capitalize()) for i in range(1, len(modifier)))
        and head.lower() in HEADS
    )


def _stems(modifier: str) -> list[str]:
    """The modifier and its forms without a linking element: "Umgehungs" -> "Umgehung"."""
    forms = [modifier]
    for link in ("s", "es", "n", "en"):
        if modifier.endswith(link) and len(modifier) > len(link) + 2:
            forms.append(modifier[: -len(link)])
    return forms


def _known(word: str) -> bool:
    """Whether the German dictionary of ``simplemma`` knows ``word``."""
    import simplemma

    return bool(simplemma.is_known(word, lang="de"))


def _name_part(part: str, lexicon: Lexicon) -> bool:
    """A given name ("Alexander", "Friedrich") or a well-known place's name ("Hamburg")."""
    if is_first_name(part):
        return True
    entry = lexicon.entry(part)
    return (
        entry is not None
        and not entry.flags & DEMONYM
        and any(
            (place := lexicon.places.get(pid)) is not None and notable(place)
            for pid in entry.place_ids
        )
    )


def _place_adjective(adjective: str, lexicon: Lexicon) -> bool:
    """ "Potsdamer", "Gubener", "Frankfurter": a place's name and -er."""
    stem = adjective[:-2]
    for form in (stem, stem + "e", stem[:-1] if stem.endswith("e") else None):
        if form and len(form) >= 3:
            entry = lexicon.entry(form)
            if entry is not None and entry.place_ids:
                return True
    entry = lexicon.entry(adjective)
    return entry is not None and bool(entry.flags & DEMONYM)
