"""Toponym recognition: scan a text for gazetteer names, keep those used as place names.

A name found by the scan is kept when its spelling, its position and its neighbours say it names a
place: capitalised, not an everyday word in that position, not part of a person's name. Everyday
words and given names come from registry data (wordfreq, simplemma, gender-guesser); the
hand-written word lists are grammatical or word-formation knowledge: prepositions, articles,
titles, nouns for settlements and areas, the endings of German place names.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from geodata.parse import kinds as kinds_
from geodata.parse.abbreviations import US_STATES
from geodata.parse.language import (
    COMMON_ZIPF,
    FUNCTION_WORD_ZIPF,
    countries_speaking,
    is_first_name,
    is_german_noun,
    is_plain_word,
    is_short_given_name,
    lemma,
    lemma_is_lowercase,
    lower_form_is_word,
    zipf,
)
from geodata.parse.lexicon import (
    ABBREVIATION,
    DEMONYM,
    LOWER_CASE_DEMONYMS,
    STREET,
    Entry,
    Lexicon,
    fold,
    notable,
    own_name,
    strip_accents,
)
from geodata.parse.streets import street_spans
from geodata.parse.words import word_after, word_before

#: Prepositions after which a capitalised word names a place ("in Essen", "from Reading").
LOCATIVE = {
    "de": {"in", "nach", "aus", "bei", "von", "bis", "ab", "über", "via", "nahe", "zwischen", "um"},
    "en": {
        "in",
        "at",
        "from",
        "to",
        "near",
        "outside",
        "into",
        "via",
        "across",
        "around",
        "towards",
    },
    "es": {"en", "desde", "hacia", "a", "cerca", "entre", "hasta"},
    "fr": {"à", "en", "de", "vers", "près", "depuis"},
    "it": {"a", "in", "da", "verso", "presso"},
    "pt": {"em", "de", "para", "perto"},
    "nl": {"in", "naar", "uit", "bij", "van"},
}

#: Locative prepositions that as often take a person ("von Lynch", "bei Homer", "de Mello"): they
#: let a word be read as a place's name, but alone do not make a village abroad likely.
PERSONAL_PREPOSITIONS = {
    "de": {"von", "bei", "über", "um", "bis", "ab"},
    "es": {"a", "hasta"},
    "fr": {"de"},
    "it": {"da"},
    "pt": {"de", "para"},
    "nl": {"van", "bij"},
}

#: Words before such a preposition that make it locative after all: a direction or a vicinity
#: ("südlich von", "im Südosten von", "au nord de", "perto de", "ten noorden van").
_WHERE_WORDS = {
    "de": {
        "nördlich", "südlich", "östlich", "westlich", "nordöstlich", "nordwestlich", "südöstlich",
        "südwestlich", "norden", "süden", "osten", "westen", "nordosten", "nordwesten",
        "südosten", "südwesten", "nähe", "umgebung", "rand", "stadtrand", "zentrum", "nahe",
    },
    "fr": {"nord", "sud", "est", "ouest", "près", "proche", "environs", "centre", "banlieue"},
    "pt": {"norte", "sul", "leste", "oeste", "perto", "próximo", "arredores", "centro"},
    "nl": {"noorden", "zuiden", "oosten", "westen", "buurt", "omgeving", "centrum"},
}  # fmt: skip

#: Words after a name that make it a route's end, so the preposition before it locative: "von
#: Füssen nach Venedig", "de Lyon à Paris".
_ROUTE_WORDS = {
    "de": {"nach", "bis"},
    "es": {"a", "hasta"},
    "fr": {"à", "jusqu"},
    "it": {"a"},
    "pt": {"para", "a", "até"},
    "nl": {"naar", "tot"},
}

#: Prepositions that open a route, two words before its far end: "von Hamburg bis Montélimar".
_ROUTE_STARTS = {
    "de": {"von", "ab"},
    "es": {"de", "desde"},
    "fr": {"de", "depuis"},
    "it": {"da"},
    "pt": {"de", "desde"},
    "nl": {"van", "vanaf"},
}

#: An apostrophe, straight or typographic: "jusqu'à", "jusqu’à".
_APOSTROPHE = re.compile("['’]")

#: Nouns for a settlement or an island right before its name ("die Kreisstadt Torgau", "der
#: Stadt Twistringen", "la localidad de" is handled by "de"): what follows is a place's name.
SETTLEMENT_NOUNS = {
    "de": {
        "stadt", "kreisstadt", "hauptstadt", "großstadt", "kleinstadt", "landeshauptstadt",
        "gemeinde", "ortsgemeinde", "marktgemeinde", "dorf", "ortschaft", "ortsteil", "stadtteil",
        "insel", "nordseeinsel", "ostseeinsel", "kanton", "landkreis", "kurort", "hansestadt",
    },
    "es": {"localidad", "municipio", "pueblo", "aldea", "isla"},
    "fr": {"ville", "commune", "village", "île", "cité"},
    "it": {"città", "comune", "paese", "frazione", "isola"},
    "pt": {"cidade", "município", "vila", "aldeia", "freguesia", "ilha"},
}  # fmt: skip

#: The word for "of" between a settlement's noun and its name, by language ("la cidade do Porto").
SETTLEMENT_OF = {
    "en": frozenset({"of"}),
    "es": frozenset({"de"}),
    "fr": frozenset({"de"}),
    "it": frozenset({"di"}),
    "pt": frozenset({"de", "do", "da"}),
}

#: Nouns for a sea, a river, a lake or a mountain range that Spanish, French, Italian and
#: Portuguese write in lower case before the name ("el mar Negro", "el golfo de México", "la
#: cordillera de los Andes", "la mer Noire"): such a name is read whole, as the water or range.
GENERIC_NOUNS = {
    "es": frozenset({
        "mar", "mares", "océano", "golfo", "río", "lago", "laguna", "bahía", "estrecho", "canal",
        "cordillera", "sierra", "desierto",
    }),
    "fr": frozenset({
        "mer", "océan", "golfe", "fleuve", "rivière", "lac", "baie", "détroit", "canal", "désert",
        "massif", "chaîne",
    }),
    "it": frozenset({
        "mare", "oceano", "golfo", "fiume", "lago", "baia", "stretto", "canale", "deserto", "catena",
    }),
    "pt": frozenset({
        "mar", "oceano", "golfo", "rio", "lago", "baía", "estreito", "canal", "deserto", "serra",
        "cordilheira",
    }),
}  # fmt: skip

#: Feature types a name led by one of :data:`GENERIC_NOUNS` can have (ranges are regions).
GENERIC_FEATURES = frozenset({"water", "region"})

#: German articles and article-preposition contractions: a small town's name after one of these is
#: a common noun ("am Ende", "den Boden", "einer Quelle"); countries and regions take articles.
GERMAN_DETERMINERS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines", "einen",
    "am", "im", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "kein", "keine", "jeder", "jede",
    "jedes", "dieser", "diese", "dieses", "mein", "sein", "seine", "ihr", "ihre", "unser", "unsere",
}  # fmt: skip

#: German words for a number of things: a plural noun after one is no place ("mehrere Male",
#: "einige Messen"), whatever place bears the name; a name stays ("viele Syrien verlassen").
GERMAN_QUANTIFIERS = frozenset(
    {"mehrere", "einige", "viele", "zahlreiche", "wenige", "etliche", "manche", "sämtliche"}
)

#: Languages whose demonyms are read only in a text in that language: "Canadiens" in English
#: news is the hockey team, "chinois" a sieve. (German, Spanish and English ones are read in any
#: text, as the corpora were measured: "the Filipinos" is Spanish "filipinos" capitalised.)
OWN_TEXT_DEMONYMS = frozenset({"fr", "it", "pt"})

#: German articles before a plural noun: "die Schweden" are the Swedes, "Schweden" the country.
GERMAN_PLURAL_ARTICLES = frozenset({"die", "den", "der"})

#: A settlement noun and "of" right before a name ("the town of Douglas"), and a name described
#: as a settlement right after it ("Ames is a town in ..."): the name is a place's there.
_PLACE_NOUN_OF = re.compile(
    r"\b(?:town|city|village|township|borough|community|county|settlement|hamlet|island) of $",
    re.I,
)
_IS_A_PLACE = re.compile(
    r" (?:is|was) (?:(?:a|an|the) (?:[\w-]+ ){0,3}?(?:city|town|village|community|suburb|borough"
    r"|township|hamlet|settlement|county seat|census-designated place)\b|located\b)"
)

#: English compass words that, capitalised before another name, are part of it ("North Texas",
#: "Northeast Georgia", "East Oxford", "North Avenue"), not a region so named.
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)

#: An ordinal number after a compass word: "East 51st Street", "Northeast 180th Avenue".
_ORDINAL_AFTER = re.compile(r" \d+(?:st|nd|rd|th)\b")

#: Kinds of street after which a compass word ends an address: "14th Avenue Northeast".
_STREET_TYPES = frozenset(
    {"Avenue", "Ave", "Street", "St", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Dr", "Lane",
     "Way", "Place", "Court", "Parkway", "Highway", "Terrace"}
)  # fmt: skip

#: Capitalised English words after a place's name that make it a public body's or a site's name,
#: never a person's: "Paris City Hall", "Alexandria Police" (where "Paris" and "Alexandria" are
#: given names too). Not a school's words: schools are named after people ("Franklin Elementary").
_CIVIC_WORDS = frozenset(
    {"City", "Town", "Public", "Police", "Fire", "Municipal", "Library", "Council"}
)  # fmt: skip

#: Words after which a capitalised word is a sentence's first word, not a mid-sentence name.
_OPENERS = "\"'“”„«»‚‘’([{¿¡–—-•*"
_SENTENCE_END = ".!?:;…\n"

#: Zipf frequency from which a capitalised word in mid-sentence is taken for a place only with a
#: cue, unless it names a well-known place.
MID_SENTENCE_ZIPF = 4.3

#: Words that, capitalised before a place's name, qualify the place ("East Oxford", "Greater
#: Manchester"), not a thing named after it.
_PLACE_QUALIFIERS = COMPASS_WORDS | frozenset(
    {"eastern", "western", "northern", "southern", "central", "upper", "lower", "greater",
     "inner", "outer", "old", "new", "downtown", "metro", "uptown"}
)  # fmt: skip

#: The same bar right after another capitalised word, where an everyday word is more likely
#: the head of a thing's name ("the Marlow Zoo").
NAMED_THING_ZIPF = 3.5

#: How fast the commonness bar of a German name rises per tenfold population: "Stuttgart" (zipf
#: 5.0, 630,000 people) is a city, "Essen" (zipf 5.3, 580,000) as often a meal.
GERMAN_POPULATION_SLOPE = 0.7

#: A number of at most this many digits right before a name counts it: "6 Copas", "3. Liga"
#: (years and house numbers are longer).
COUNT_DIGITS = 2

#: Zipf frequency from which the last part of a German hyphenated compound is read as its head
#: noun rather than a place ("Fußball-Liga"), unless it is a notable place's own name.
COMPOUND_HEAD_ZIPF = 4.5

#: Feminine articles that French, Italian and Portuguese put before a region's name and before
#: no adjective: "la Corse" is the island, though "corse" is also the adjective for it.
REGION_ARTICLES = {"fr": frozenset({"la"}), "it": frozenset({"la"}), "pt": frozenset({"a"})}

#: Zipf frequency from which even an admin-1 unit's own name needs a cue ("South", "Central").
VERY_COMMON_ZIPF = 4.0

#: Articles that a gazetteer's alternate names sometimes carry ("The Philippines").
ARTICLES = {"the", "der", "die", "das", "el", "la", "los", "las", "le", "les", "il"}

#: Articles and determiners before a capitalised pair that make it a thing's name, not a
#: person's ("the Paris Public Library").
DETERMINERS = ARTICLES | {"a", "an", "un", "una", "ein", "eine", "einer"}

#: Titles before a surname: the capitalised word after one is a person ("Mr. Lincoln", "Sen. Moore").
HONORIFICS = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "sgt", "capt", "gen", "col", "prof", "st",
    "president", "senator", "governor", "mayor", "judge", "sheriff", "coach", "officer", "chief",
    "herr", "frau", "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin",
    "señor", "señora", "sr", "sra", "don", "doña", "presidente", "presidenta", "ministro", "ministra",
    "rev", "fr", "det", "cpl", "pvt", "atty", "supt", "insp",
}  # fmt: skip

#: Ranks and titles before a family name ("General Reding", "Graf Zeppelin", "Hrn. Bary"): the
#: name is a person's there, and elsewhere in the text too unless a notable place has it or the
#: text puts it in a place's position ("named for General Lafayette ... the city of Lafayette").
RANKS = frozenset({
    "general", "admiral", "hr", "hrn", "graf", "gräfin", "fürst", "fürstin", "baron", "dekan",
    "pfarrer", "pater", "oberst", "major", "hauptmann", "kapitän", "bischof", "kardinal",
})  # fmt: skip

#: Nouns for a relative, by language, after which a name is a person's, as after a title: "seine
#: Tochter Florence", "his wife Georgia", "su hija Lucía". (Not Spanish "son", "are".)
KINSHIP: dict[str, frozenset[str]] = {
    "de": frozenset({
        "tochter", "töchter", "sohn", "söhne", "schwester", "schwestern", "bruder", "brüder",
        "mutter", "vater", "ehefrau", "ehemann", "gattin", "gatte", "witwe", "witwer", "onkel",
        "tante", "neffe", "nichte", "enkel", "enkelin", "cousin", "cousine", "großvater",
        "großmutter", "stieftochter", "stiefsohn", "lebensgefährtin", "lebensgefährte",
        "töchtern", "söhnen", "brüdern", "enkeln", "enkelinnen",
    }),
    "en": frozenset({
        "daughter", "daughters", "son", "sons", "sister", "sisters", "brother", "brothers",
        "mother", "father", "wife", "husband", "widow", "widower", "uncle", "aunt", "nephew",
        "niece", "grandson", "granddaughter", "cousin", "stepdaughter", "stepson", "fiancée",
        "fiancé",
    }),
    "es": frozenset({
        "hija", "hijas", "hijo", "hijos", "hermana", "hermanas", "hermano", "hermanos", "madre",
        "padre", "esposa", "esposo", "viuda", "viudo", "tío", "tía", "sobrino", "sobrina",
        "nieto", "nieta",
    }),
}  # fmt: skip

#: What stands between two items of one list: "Anna , Carla und Georgia".
_LIST_GAP = re.compile(r" ?, ?| (?:und|and|y|e|et|or|oder|o) ")

#: Population from which a city is well known enough to be read as itself even where its name is
#: also a frequent word ("Berlin", "Madrid").
BIG_CITY = 1_000_000


@dataclass(frozen=True, slots=True)
class Span:
    """A recognised toponym, before resolution."""

    start: int
    end: int
    text: str
    entry: Entry
    kind: str
    #: Place ids named right after the toponym ("Peoria, AZ", "Culiacán, Sinaloa"): its container.
    hints: tuple[str, ...] = ()
    #: Evidence from context that this is a place (a locative preposition, a container).
    cue: bool = False


def _prev_word(text: str, start: int) -> tuple[str, int]:
    """The word right before ``start`` (skipping spaces only, "&" not joining) without a final
    full stop, and where it starts; ("", -1) if none."""
    word, at = word_before(text, start, joiners="-'’.")
    word = word.rstrip(".")
    return (word, at) if word else ("", -1)


def _locative_after_all(text: str, prev: str, prev_at: int, end: int, lang: str) -> bool:
    """True when a preposition that also takes people (``prev``, at ``prev_at``) is here
    locative: a direction or vicinity comes before it, or the name is one end of a route ("von
    Füssen nach Venedig", "von Hamburg bis Montélimar")."""
    routes = _ROUTE_WORDS.get(lang, ())
    before, before_at = _prev_word(text, prev_at)
    if before.lower() in _WHERE_WORDS.get(lang, ()):
        return True
    after, _at = word_after(text, end)
    if _APOSTROPHE.split(after.lower(), maxsplit=1)[0] in routes:
        return True
    # the far end: the preposition is a route word, and a from-word stands two words before it
    if prev.lower() in routes and before[:1].isupper():
        origin, _at = _prev_word(text, before_at)
        return origin.lower() in _ROUTE_STARTS.get(lang, ())
    return False


def sentence_initial(text: str, start: int) -> bool:
    """True when ``start`` begins a sentence, a line or a quotation."""
    i = start - 1
    while i >= 0 and (text[i] in " \t\r" or text[i] in _OPENERS):
        if text[i] in _OPENERS and text[i] not in "-–—" and i > 0 and text[i - 1].isalnum():
            return False
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _without_article(
    head: str, rest: str, entry: Entry, lexicon: Lexicon, *, initial: bool
) -> Entry | None:
    """The entry of a name without the article it was matched with ("the Philippines"), or None
    where the article belongs to the name: the bare name does not name the same places, and a
    notable place's own name begins with the article ("Los Angeles", "El Paso", "El Salvador"),
    or a smaller place's does and the name does not begin a sentence (``initial``)."""
    if head.lower() not in ARTICLES:
        return None
    inner = lexicon.entry(rest)
    if inner is None or set(entry.place_ids) <= set(inner.place_ids):
        return inner
    memo_key = ("article", entry.key, entry.place_ids)
    own = lexicon.memo.get(memo_key)
    if own is None:
        own = lexicon.memo[memo_key] = _own_notable(entry, lexicon) or (
            2
            if any(
                (place := lexicon.places.get(pid)) is not None and own_name(place, entry.key)
                for pid in entry.place_ids
            )
            else 0
        )
    if own == 1 or (own == 2 and not initial):
        return None
    # "The City" (London's alias), "El Real Madrid" and "La Feria Internacional" at a
    # sentence's start: the article and a word, not a small place's name
    return inner


def _own_notable(entry: Entry, lexicon: Lexicon) -> int:
    """1 when a notable place (see :func:`~geodata.parse.lexicon.notable`) has ``entry``'s key
    as its own name, else 0."""
    return int(
        any(
            (place := lexicon.places.get(pid)) is not None
            and notable(place)
            and own_name(place, entry.key)
            for pid in entry.place_ids
        )
    )


def _importance(entry: Entry, lexicon: Lexicon, lang: str) -> int:
    """How well known the places a name denotes are: 2 for countries, regions, seas, capitals and
    big cities; 1 for admin-1 units under their own name or their name in this language (not a
    translated alternate such as "Interior"), and for regions named by an everyday word of the
    language ("West", "Central", "Norte"); 0 for other places. Worked out once per name."""
    memo_key = ("importance", entry.key, entry.place_ids, lang, lang in entry.langs)
    level = lexicon.memo.get(memo_key)
    if level is None:
        level = lexicon.memo[memo_key] = _work_out_importance(entry, lexicon, lang)
    return level  # type: ignore[return-value]


def _work_out_importance(entry: Entry, lexicon: Lexicon, lang: str) -> int:
    from geodata.parse.resolve import is_capital

    level = 0
    everyday: bool | None = None
    for place_id in entry.place_ids:
        place = lexicon.places.get(place_id)
        if place is None:
            continue
        if place.feature in ("country", "continent", "water"):
            # another language's name that is an everyday word here is the word: German
            # "Island" (Iceland) in English text (not a code in capitals: "USA" is no Spanish "usa")
            if len(entry.key) > 3 and not own_name(place, entry.key) and lang not in entry.langs:
                if everyday is None:
                    everyday = _everyday_word(entry.key, lang)
                if everyday:
                    continue
            return 2
        if place.feature == "region":
            if everyday is None:
                everyday = _everyday_word(entry.key, lang)
            if not everyday:
                return 2
            level = 1
        if place.feature == "city" and ((place.population or 0) >= BIG_CITY or is_capital(place)):
            if own_name(place, entry.key) or (
                place.country_code in countries_speaking(lang)
                and _local_spelling(strip_accents(entry.key), place.name)
            ):
                return 2  # also a capital's name in its own country's language: "Roma", "Lisboa"
            if everyday is None:
                everyday = _everyday_word(entry.key, lang)
            if not everyday and not _everyday_noun(entry.key, lang):
                return 2  # "Moskau", "Nueva York"; not "Part" (Perth), "Liga" (Riga)
        if place.feature == "admin1" and (lang in entry.langs or own_name(place, entry.key)):
            level = 1
    return level


def _everyday_word(key: str, lang: str) -> bool:
    """True when the one-word name ``key`` is a frequent word of ``lang`` whose lemma is written
    in lower case ("west", "central", "norte"): a word first, a name second."""
    if " " in key:
        return False
    word = key.capitalize()
    return zipf(word, lang) >= VERY_COMMON_ZIPF and lemma_is_lowercase(word, lang)


def _everyday_noun(key: str, lang: str) -> bool:
    """True when the one-word name ``key`` is a frequent German common noun, or a form of one
    ("Liga", "Gold", "Ehren"). Only for names that no place bears as its own: a German town or
    region named like a noun ("Halle", "Pfalz") is judged by the noun rules of recognition."""
    if lang != "de" or " " in key:
        return False
    word = key.capitalize()
    return zipf(word, lang) >= VERY_COMMON_ZIPF and (
        is_german_noun(word) or is_german_noun(lemma(word, lang) or word)
    )


def _alias_word(surface: str, entry: Entry, lexicon: Lexicon, lang: str) -> bool:
    """True when ``surface`` is no place's own name, only a GeoNames alternate, and an everyday
    word of ``lang``: "aus Gold" (an alternate of Gold Coast), "in Ehren" (of Airaines). A
    preposition before it does not make it a place."""
    memo_key = ("alias", surface, entry.place_ids, lang)
    alias = lexicon.memo.get(memo_key)
    if alias is None:
        key = fold(surface)
        alias = lexicon.memo[memo_key] = (
            _everyday_word(key, lang) or _everyday_noun(key, lang)
        ) and not _owned(entry, lexicon, lang, surface)
    return alias  # type: ignore[return-value]


def _important(entry: Entry, lexicon: Lexicon, lang: str) -> bool:
    return _importance(entry, lexicon, lang) > 0


#: Abbreviations with two or more dots, recognised anywhere: "U.S.", "D.C.", "W. Va.", and the
#: doubled initials of a Spanish plural ("EE.UU.", "EE. UU.": Estados Unidos).
#: (The look-behind comes after the first capital, so the engine tests it only at capitals.)
_DOTTED = re.compile(
    r"(?P<first>[A-Z])(?<![\w.][A-Z])"
    r"(?:(?P=first)\.\s?(?P<second>[A-Z])(?P=second)\."
    r"|[a-z]{0,4}\.\s?(?:[A-Z][a-z]{0,4}\.\s?){1,2})"
)

#: Abbreviations of countries and regions right after "Name, ": "W. Va.", "Calif.", "AZ".
_ABBREVIATED = re.compile(r"(?:[A-Z][a-z]{0,4}\.\s?){2,3}|[A-Z][a-z]{1,4}\.|[A-Z]{2}(?!\w|\.\w)")


#: Names in capitals of two to four letters ("UK", "NSW"), not inside dotted abbreviations but
#: also at a sentence's end ("in the UK.").
_CODE = re.compile(r"[A-Z](?<![\w.][A-Z])[A-Z]{1,3}\b(?!\.\w)")

#: :data:`_CODE` and :data:`_DOTTED` in one pattern, so that a text is searched once for both.
_CAPITALS = re.compile(
    r"(?P<first>[A-Z])(?<![\w.][A-Z])(?:(?P=first)\.\s?(?P<second>[A-Z])(?P=second)\."
    r"|(?P<code>[A-Z]{1,3}\b(?!\.\w))|[a-z]{0,4}\.\s?(?:[A-Z][a-z]{0,4}\.\s?){1,2})"
)


def _capitals(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The matches of :data:`_CODE` and of :data:`_DOTTED` in ``text``, from one search."""
    codes: list[re.Match[str]] = []
    dotted: list[re.Match[str]] = []
    for match in _CAPITALS.finditer(text):
        (codes if match.group("code") is not None else dotted).append(match)
    return codes, dotted


#: Countries whose news abbreviate states and provinces as initials with dots ("B.C.", "N.S.W.").
DOTTED_INITIALS_COUNTRIES = frozenset({"US", "CA", "AU"})

#: Initials with dots: "U.N.", "I. G.".
_INITIALS = re.compile(r"(?:[A-Z]\.\s?){2,3}")

#: Currency signs: a code right before one names a currency ("US$", "HK$"), not a place.
_CURRENCY = frozenset("$€£¥₹")


def _code_entry(code: str, lexicon: Lexicon) -> Entry | None:
    """The entry of a two-letter name in capitals ("US", "UK") restricted to the countries,
    continents and regions it names, or None; worked out once per code."""
    memo_key = ("code", code)
    try:
        return lexicon.memo[memo_key]  # type: ignore[return-value]
    except KeyError:
        pass
    found = None
    entry = lexicon.entry(code)
    if entry is not None:
        ids = tuple(
            pid
            for pid in entry.place_ids
            if (place := lexicon.places.get(pid)) is not None
            and place.feature in ("country", "continent", "region")
        )
        if ids:  # "US", "UK"; a unit's code ("CC", "AZ") only after "Name, " (see _abbreviations)
            found = Entry(entry.key, ids, entry.flags, entry.langs)
    lexicon.memo[memo_key] = found
    return found


def _codes(
    text: str,
    lexicon: Lexicon,
    matches: list[tuple[int, int, Entry]],
    candidates: Iterable[re.Match[str]] | None = None,
) -> list[tuple[int, int, Entry]]:
    """Names in capitals that the scan leaves out: two-letter names of countries and regions
    ("US", "UK"), and the three- or four-letter abbreviation of an admin-1 unit that the text
    also names in full ("New South Wales ... in NSW")."""
    found: list[tuple[int, int, Entry]] = []
    named: set[str] | None = None
    for match in _CODE.finditer(text) if candidates is None else candidates:
        start, end = match.span()
        if text[end : end + 1] in _CURRENCY:
            continue  # "US$460", "NZ$": a currency
        code = match.group(0)
        entry = _code_entry(code, lexicon) if len(code) == 2 else None
        if entry is None:
            if len(code) == 2 or text[end : end + 2].strip()[:1].isdigit():
                continue  # "NE 22nd Ave.", "KY 52": compass points and road numbers
            units = lexicon.region_codes.get(code)
            if not units:
                continue
            if named is None:
                named = {pid for _s, _e, known in matches for pid in known.place_ids}
            ids = tuple(pid for pid in units if pid in named)
            if not ids:
                continue
            entry = Entry(code.lower(), ids, ABBREVIATION, frozenset())
        if any(s < end and start < e for s, e, _entry in matches):
            continue
        found.append((start, end, entry))
    return found


def _abbreviation_places(raw: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The countries and regions an abbreviation ("U.S.", "Calif.", "AZ") stands for."""
    compact = raw.replace(" ", "")
    ids = lexicon.region_codes.get(compact.rstrip("."), ())
    if ids and compact not in US_STATES and _INITIALS.fullmatch(raw):
        # initials with dots stand for states and provinces where news write them so ("N.Y.",
        # "B.C.", "N.S.W."), or for countries ("U.S."); not for a unit elsewhere ("U.N.")
        ids = tuple(
            pid
            for pid in ids
            if (place := lexicon.places.get(pid)) is not None
            and place.country_code in DOTTED_INITIALS_COUNTRIES
        )
    if not ids and raw.count(".") >= 2:
        entry = lexicon.entry(compact.replace(".", ""))
        if entry is not None:  # "U.S.", "U.K."; not "U.N." (a unit also coded UN)
            ids = tuple(
                pid
                for pid in entry.place_ids
                if (place := lexicon.places.get(pid)) is not None and place.feature == "country"
            )
    return ids


def _abbreviations(
    text: str,
    lexicon: Lexicon,
    ends: set[int],
    dotted: Iterable[re.Match[str]] | None = None,
) -> list[tuple[int, int, Entry]]:
    """Country and region abbreviations in ``text`` with the places they stand for; those without
    two dots only right after a recognised name and a comma ("Peoria, AZ", "Charleston, W.Va.")."""
    found: list[tuple[int, int, Entry]] = []
    for match in _DOTTED.finditer(text) if dotted is None else dotted:
        raw = match.group(0).rstrip()
        ids = _abbreviation_places(raw, lexicon)
        if ids:
            start = match.start()
            found.append(
                (start, start + len(raw), Entry(fold(raw).strip(), ids, ABBREVIATION, frozenset()))
            )
    for end in sorted(ends):
        if text[end : end + 2] != ", ":
            continue
        match = _ABBREVIATED.match(text, end + 2)
        if match is None:
            continue
        raw = match.group(0).rstrip()
        if raw.count(".") >= 2:
            continue  # found above
        if raw.isupper() and _code_entry(raw, lexicon) is not None:
            continue  # "Surrey, UK": the country (see _codes), not a unit coded so
        ids = _abbreviation_places(raw, lexicon)
        if ids:
            start = end + 2
            found.append(
                (start, start + len(raw), Entry(fold(raw).strip(), ids, ABBREVIATION, frozenset()))
            )
    found.sort(key=lambda item: item[0])
    return found


#: Share of capitals among a text's letters below which (or above one minus which) the text is
#: taken to be written without case: all lower case ("the city of springfield") or all capitals.
CASELESS_SHARE = 0.01

#: Letters a text needs before its lack of case is believed.
CASELESS_MIN_LETTERS = 20

#: Zipf frequency from which a name in a text without case needs a locative cue ("in salem"):
#: "jackson", "washington" and "oxford" are as often people and universities.
CASELESS_ZIPF = 4.5


def caseless(text: str) -> bool:
    """True when ``text`` is written all in lower case or all in capitals (judged on its first
    5,000 characters), so that capitals say nothing about names."""
    sample = text[:5000]
    letters = sum(map(str.isalpha, sample))
    upper = sum(map(str.isupper, sample))
    if letters < CASELESS_MIN_LETTERS:
        return False
    share = upper / letters
    return share < CASELESS_SHARE or share > 1 - CASELESS_SHARE


#: Languages whose place names take case endings the gazetteer does not list: Polish "w
#: Warszawie", Czech "v Praze", Finnish "Tampereella", Hungarian "Debrecenbe", Romanian
#: "Bucureștiului", and the genitive of Swedish, Danish and Norwegian ("Tysklands kansler").
#: A capitalised word the scan did not match is looked up by its lemma.
CASE_LANGS = frozenset({"pl", "cs", "fi", "hu", "ro", "sv", "da", "nb"})

_WORD = re.compile(r"[^\W\d_]+")


def _with_declined_names(
    text: str,
    lang: str,
    lexicon: Lexicon,
    matches: list[tuple[int, int, Entry]],
    declined: dict[int, str],
) -> list[tuple[int, int, Entry]]:
    """``matches`` and the capitalised words outside them whose lemma (simplemma) is a name the
    lexicon holds: a proper noun's lemma, written with a capital, that differs from the word.
    Their lemmas go into ``declined`` by where they start."""
    found: list[tuple[int, int, Entry]] = []
    ends = iter(matches)
    covered = next(ends, None)
    for word in _WORD.finditer(text):
        start = word.start()
        while covered is not None and covered[1] <= start:
            covered = next(ends, None)
        if covered is not None and covered[0] < word.end():
            continue  # inside a name the scan found
        surface = word.group()
        if not surface[0].isupper() or surface.isupper():
            continue
        base = lemma(surface, lang)
        if not base or base == surface or not base[0].isupper():
            continue
        entry = lexicon.entry(base)
        if entry is not None and entry.place_ids and not entry.flags & DEMONYM:
            found.append((start, word.end(), entry))
            declined[start] = base
    if not found:
        return matches
    return sorted(matches + found, key=lambda m: m[0])


#: Where a word is broken at a line's end and not joined again: a hyphen (or the "¬" of digitised
#: print) right after a letter, white space with at most one line break, and a letter
#: ("Mecklenburg- Vorpommern", "Kon¬\nstantinopel", "Ham-\nburg").
#: (The mark comes first and the letter before it is looked back at, which lets the scan skip to
#: the marks: a look-behind first is tried at every character, six times slower.)
_LINE_BREAK = re.compile(r"[-¬](?<=[^\W\d_][-¬])(?:[ \t]+(?:\r?\n)?|\r?\n)[ \t]*(?=[^\W\d_])")
#: The rest of a broken word after the break.
_TAIL = re.compile(r"\w+")

#: Zipf frequency from which a word joined over a hyphen at a line's end is a word of the
#: language ("Kalen- der": "Kalender"), so that its first part is no name. After "¬", which marks
#: only a broken word, any lower-case continuation will do.
BROKEN_WORD_ZIPF = 1.0


def _with_broken_names(
    text: str,
    lang: str,
    lexicon: Lexicon,
    matches: list[tuple[int, int, Entry]],
    joined: dict[int, str],
) -> list[tuple[int, int, Entry]]:
    """``matches`` with the names broken across a line's end put together: where the parts
    joined (with their hyphen when the second begins with a capital, else without) are a name
    the lexicon holds, that name replaces what the scan found in its parts. The joined forms go
    into ``joined`` by where they start. Where they are no name but the first part of a word of
    ``lang`` broken so ("Kalen¬ der", "Kalen- der"), a match on that part is dropped."""
    found: list[tuple[int, int, Entry]] = []
    fragments: set[int] = set()  # where a word broken at a line's end begins
    for mark in _LINE_BREAK.finditer(text):
        head, start = word_before(text, mark.start(), joiners="-")
        tail = _TAIL.match(text, mark.end())
        if not head or tail is None or not head[0].isalpha():
            continue
        end = tail.end()
        if end < len(text) and text[end] in "-¬":
            continue  # broken twice, or the head of a compound: left as the scan found it
        tail_text = tail.group()
        glued, hyphened = head + tail_text, f"{head}-{tail_text}"
        forms = (hyphened, glued) if tail_text[0].isupper() else (glued, hyphened)
        for form in forms:
            entry = lexicon.entry(form)
            if entry is not None and entry.place_ids:
                found.append((start, end, entry))
                joined[start] = form
                break
        else:
            if tail_text[0].islower() and (
                text[mark.start()] == "¬" or zipf(glued, lang) >= BROKEN_WORD_ZIPF
            ):
                # "Kalen¬ der", "Kalen- der": the first part of a broken word, no name
                fragments.add(start)
    if fragments:
        matches = [m for m in matches if m[0] not in fragments]
    if not found:
        return matches
    kept: list[tuple[int, int, Entry]] = []
    at = 0  # the first joined name that may still overlap the next match
    for match in matches:
        while at < len(found) and found[at][1] <= match[0]:
            at += 1
        if at < len(found) and found[at][0] < match[1]:
            continue  # a part of a broken name
        kept.append(match)
    return sorted(kept + found, key=lambda m: m[0])


def _known_case_form(base: str | None, entry: Entry, lexicon: Lexicon, lang: str) -> bool:
    """True for the case form of a well-known place's name (``base`` is its lemma): a country,
    region or unit, or a city of :data:`DOMESTIC_CITY` people in a country of the language
    ("Tampereella", "Brně"). Its lemma's frequency says nothing more (simplemma also lists
    "tampere" in lower case); a smaller place's case form is judged by its lemma like any name
    ("Nowaka", of the surname Nowak, which a village bears too)."""
    return base is not None and (
        _importance(entry, lexicon, lang) > 0
        or _domestic_population(entry, lexicon, lang, base) >= DOMESTIC_CITY
    )


def recognize(text: str, lang: str, lexicon: Lexicon) -> list[Span]:
    """Every toponym in ``text`` (language ``lang``) the lexicon knows, with its kind."""
    head = text[:200]
    if (head.islower() or head.isupper()) and caseless(text):
        return _recognize_caseless(text, lang, lexicon)  # (mixed case in the head: the usual way)
    generics = GENERIC_NOUNS.get(lang, frozenset())
    matches = lexicon.scan(text, generics=generics)
    declined: dict[int, str] = {}  # start -> the lemma of a case form ("Tampereella": Tampere)
    joined: dict[int, str] = {}  # start -> a name broken at a line's end, put together
    matches = _with_broken_names(text, lang, lexicon, matches, joined)
    if lang in CASE_LANGS:
        matches = _with_declined_names(text, lang, lexicon, matches, declined)
    capital_codes, dotted = _capitals(text)
    codes = _codes(text, lexicon, matches, capital_codes)
    if codes:
        matches = sorted(matches + codes, key=lambda m: m[0])
    abbreviated = _abbreviations(text, lexicon, {end for _start, end, _entry in matches}, dotted)
    # initials with dots that stand for no country or state name an organisation ("U.N.")
    initials = [match.span() for match in dotted if _INITIALS.fullmatch(match.group(0))]
    if abbreviated or initials:
        taken = [(start, end) for start, end, _entry in abbreviated] + initials
        matches = sorted(
            [m for m in matches if not any(m[0] < e and s < m[1] for s, e in taken)] + abbreviated,
            key=lambda m: m[0],
        )
    starts = {start: (end, entry) for start, end, entry in matches}
    locative = LOCATIVE.get(lang, set())
    personal = PERSONAL_PREPOSITIONS.get(lang, set())
    settlement = SETTLEMENT_NOUNS.get(lang, set())
    spans: list[Span] = []
    lists: dict[tuple[int, int], bool] = {}  # a list's bounds -> whether it lists people
    relatives: set[int] = set()  # where a relative's name starts ("seine Tochter Florence")
    surnames: set[str] = set()
    # A given name followed by a capitalised word is a person ("Chad Morrison", "Paris Hilton");
    # the word after it is a surname, also where it appears alone later.
    person_tokens: set[int] = set()
    initialled: set[str] = set()  # surnames after an initial ("Lyle B. Nelson"), to confirm
    speakers: set[str] = set()  # people's names that stay places unless they speak (see below)
    previous: dict[int, tuple[str, int]] = {}  # start -> the word before it, and where
    for start, end, entry in matches:
        surface = text[start:end]
        if " " in surface or not is_first_name(surface) or entry.flags & DEMONYM:
            continue
        word, at = word_after(text, end, one_space=True)
        if not word and text[end : end + 1] == "-":
            # the first half of a double given name before a surname: "Kerry-Ann Welbourne"
            # (a second half is a given name before a capitalised word, as above)
            surname = _double_given_name(text, start, end, lexicon, lang)
            if surname is not None:
                person_tokens.add(start)
                surnames.add(text[surname[0] : surname[1]])
            continue
        if word and word[0].isupper() and not sentence_initial(text, at):
            if word in _CIVIC_WORDS and not (
                word == "Town" and word_after(text, at + 4, one_space=True)[0] == "Car"
            ):
                continue  # "Paris City Hall", "Paris Police": named after the place (not a car)
            previous[start] = before = _prev_word(text, start)
            if before[0].lower() in DETERMINERS:
                # "the Paris Public Library", "the Augusta Herald": a thing named after the
                # place, whose next word is no place of its own
                person_tokens.add(at)
                continue
            person_tokens.add(start)
            person_tokens.add(at)
            if word_after(text, at + len(word), one_space=True)[0] not in _STREET_TYPES:
                # (not in "Old Alton Edwardsville Road": a street, whose last name is a town's)
                surnames.add(word)

    for start, end, entry in matches:
        surface = text[start:end]
        if entry.flags & DEMONYM:
            continue
        prev, prev_at = previous.get(start) or _prev_word(text, start)
        previous[start] = (prev, prev_at)
        if not prev or prev_at in starts:
            continue
        if (
            lang == "de"
            and prev in NOBILITY_PARTICLES
            and _given_name_before(text, prev_at)
            and not _names_area(entry, lexicon)
            and not _locative_after_all(text, prev, prev_at, end, lang)
        ):
            # "Konrad von Hagen": a person's family name here; the town may be named later, and
            # a unit or a country after a title is a place ("Herzog Franz von Bayern"); "Anna
            # von Berlin nach Hamburg" is a route
            person_tokens.add(start)
            continue
        if (
            prev.lower() in KINSHIP.get(lang, ())
            and not text[prev_at + len(prev) : start].strip()
            and (not _is_country(entry, lexicon) or is_first_name(surface))
        ):
            # "seine Tochter Georgia": a relative, there only (the town of that name may be
            # named later); the items right after it in a list are relatives too (see below)
            relatives.add(start)
            continue
        if " " in surface:
            continue
        if (
            prev.lower().rstrip(".") in HONORIFICS
            or (prev[0].isupper() and is_first_name(prev) and not sentence_initial(text, start))
        ) and (not _is_country(entry, lexicon) or is_first_name(surface)):
            # "Abraham Lincoln", "Sen. Moore": here and later, a person. A country that is no
            # given name ("Bell Canada") stays a place where it stands alone.
            surnames.add(surface)
        elif prev.lower().rstrip(".") in RANKS and not _is_country(entry, lexicon):
            person_tokens.add(start)
            (speakers if _any_notable(entry, lexicon) else initialled).add(surface)
        elif len(prev) <= 2 and _after_initial_or_short_name(text, prev, prev_at, lang):
            # "Capt. Lyle B. Nelson", "the Rev. Al Meredith": a person; later alone too, unless
            # a notable place has the name or the text puts the name in a place's position
            # elsewhere ("named for George M. Dallas ... the railroad came to Dallas"). A
            # notable place's name is still the person's where it says something ("Nelson
            # said"; see below).
            person_tokens.add(start)
            (speakers if _any_notable(entry, lexicon) else initialled).add(surface)
        elif (
            text[prev_at + len(prev) : prev_at + len(prev) + 1] == "."  # (cheap test first)
            and _after_bare_initials(text, prev, prev_at, lexicon)
            and not _any_notable(entry, lexicon)
        ):
            # "Tavion D. McDonald", "A.C. Marlow": a person here, and elsewhere where the name
            # says something ("Marlow said"); a town may be named after him ("named for
            # E. H. Harriman ... Harriman grew"), so the name alone stays a place elsewhere. A
            # notable place's name is left alone: the letter may end a sentence ("World War I.
            # London unveiled", "Group C. Brazil play")
            person_tokens.add(start)
            speakers.add(surface)
    for start, end, entry in matches:
        surface = text[start:end]
        if surface in initialled and start not in person_tokens:
            prev = (previous.get(start) or _prev_word(text, start))[0].lower()
            after = text[end : end + 2] == ", " and region_after(
                text, end + 2, lexicon, starts, before=entry
            )
            if (
                prev in locative
                or after
                or _PLACE_NOUN_OF.search(text, max(0, start - 20), start)
                or _IS_A_PLACE.match(text, end)
            ):
                initialled.discard(surface)
    surnames |= initialled

    match_ends = {end for _start, end, _entry in matches}
    covered = -1  # the end of the last name grown over a German compound ("Köln-Porz")
    relative_end = -1  # the end of the last relative's name, which a list may go on from
    for start, end, entry in matches:
        if start < covered:
            continue
        surface = text[start:end]
        head, _space, rest = surface.partition(" ")
        if (
            rest
            and head.lower() in ARTICLES
            and (
                inner := _without_article(
                    head, rest, entry, lexicon, initial=sentence_initial(text, start)
                )
            )
            is not None
        ):
            # "the Philippines", "the United States": the name is what follows the article
            start, surface, entry = start + len(head) + 1, rest, inner
        elif rest and lang == "de" and head.lower() in settlement:
            # "Kanton Graubünden": news tag the name without its generic noun where the bare
            # name names no other place (the noun before it is the cue); "Kanton Zürich" stays
            # whole, as the noun tells the canton from the city
            inner = lexicon.entry(rest)
            if inner is not None and set(inner.place_ids) <= set(entry.place_ids):
                start, surface, entry = start + len(head) + 1, rest, inner
        if start in relatives or (
            relative_end >= 0 and _LIST_GAP.fullmatch(text, relative_end, start)
        ):
            # a relative's name, and the names right after it in its list ("mit ihren Töchtern
            # Anna und Carla"), are people; the list ends at its first other word
            relative_end = end
            continue
        if start in person_tokens or surface in surnames:
            continue
        if surface in speakers and _speaks(text, start, end, lang):
            continue  # "Capt. Lyle B. Nelson said ... Nelson said": the captain, speaking again
        prev, prev_at = previous.get(start) or _prev_word(text, start)
        if (
            prev
            and prev[0].isupper()
            and is_first_name(prev)
            and not sentence_initial(text, start)
            and (prev_at not in starts)
        ):
            continue  # "George Washington", "Salvador Ibarra"
        if lang == "en" and surface.lower() in COMPASS_WORDS:
            ahead = word_after(text, end, one_space=True)[1]
            if ahead >= 0 and text[ahead].isupper():
                # "North Texas", "East Oxford" (the place after is the place), "North Avenue":
                # a part of another name, not a region called North
                continue
            if _ORDINAL_AFTER.match(text, end) or _prev_word(text, start)[0] in _STREET_TYPES:
                continue  # "East 51st Street", "14th Avenue Northeast": part of an address
        demonym = bool(entry.flags & DEMONYM)
        if (
            not demonym
            and entry.key in lexicon.demonym_forms
            and (surface.islower() or (lang == "fr" and entry.key in lexicon.capitalised_demonyms))
        ):
            # "la provincia argentina": the adjective, not the country's capitalised name;
            # French "un Italien", the noun for one of the people (German "Italien" is the land)
            entry = Entry(entry.key, (lexicon.demonym_forms[entry.key],), DEMONYM, entry.langs)
            demonym = True
        elif lang == "de" and not demonym and prev.lower() in GERMAN_PLURAL_ARTICLES:
            people = _german_people_plural(surface, entry, lexicon)
            if people is not None:
                # "Die Schweden jubelten": the people, whose plural is spelled as their land
                entry, demonym = people, True
        if (
            entry.flags & ABBREVIATION
            and (
                (
                    start - 2 in match_ends
                    and text[start - 2 : start] == ", "
                    and not (spans and spans[-1].end == start - 2)
                )
                or (
                    lang != "en"
                    and "." in surface
                    and text[start - 1 : start] == " "
                    and text[start - 2 : start - 1].isalpha()
                    and not (spans and spans[-1].end == start - 1)
                    and prev[:1].isupper()
                )
            )
            and not _is_country(entry, lexicon)
        ):
            # "Anna Jackson, MD": a region's code stands after a place's name ("Austin, TX"),
            # not after a name read as a person's ("John Kerry, U.S. envoy" keeps the country);
            # outside English, dotted initials right after a name that is no place are its
            # company's legal form ("Telefónica S.A."; "Washington D.C." keeps D.C.)
            continue
        if entry.flags & ABBREVIATION and not surface.isupper():
            if "." not in surface:
                continue
            spans.append(Span(start, end, surface, entry, "literal", (), True))
            continue
        whole = joined.get(start, surface)  # (a name broken at a line's end, put together)
        if (
            not demonym
            and " " in whole
            and not kinds_.unelided(whole.rsplit(" ", 1)[-1])[:1].isupper()
        ):
            # "The city", "La competencia": a sentence's first words, not a name ("Côte
            # d'Ivoire" ends in a name after its elided article)
            continue
        if not demonym and not surface[:1].isupper():
            head, space, _rest = surface.partition(" ")
            if not generics or not space or head not in generics:
                continue
            # "el mar Negro": the water or range the generic noun says, not a town so named
            entry = _generic_entry(entry, lexicon)
            if entry is None:
                continue
            kind = kinds_.classify(
                text, start, end, lang=lang, demonym=False, entry=entry, lexicon=lexicon
            )
            if kind is not None:  # "la Flota del mar Negro": inside a name, embedded
                spans.append(Span(start, end, surface, entry, kind, (), True))
            continue
        if demonym and lang == "en" and not surface[:1].isupper() and lang in entry.langs:
            continue  # "french fries": English capitalises its demonyms
        if demonym and entry.langs and entry.langs <= OWN_TEXT_DEMONYMS and lang not in entry.langs:
            continue  # another language's demonym: "the Canadiens" (a team), "a chinois" (a sieve)
        if (
            demonym
            and lang in LOWER_CASE_DEMONYMS
            and surface[:1].isupper()
            and (
                not sentence_initial(text, start) or not surface.endswith(LOWER_CASE_DEMONYMS[lang])
            )
        ):
            # "firmato da Russo", "Russo ha firmato": a surname; Italian writes its demonyms in
            # lower case, and capitalises one first in a sentence mostly for the people
            # ("Italiani in fuga"), in the plural
            continue

        hints: tuple[str, ...] = ()
        after = text[end : end + 2]
        if after == ", ":
            region = region_after(text, end + 2, lexicon, starts, before=entry)
            if region:
                hints = region
        # "Sulzbach bei Kirchhain": a place named by the town it lies near
        near = lang == "de" and text.startswith(" bei ", end) and end + 5 in starts
        # "the island of Capri", "la ville de Nice": a settlement's noun and "of" before it
        settled = prev in SETTLEMENT_OF.get(lang, ()) and _settlement_noun_before(
            text, prev_at, lang
        )
        cue = (
            bool(hints)
            or prev.lower() in locative
            or prev.lower() in settlement
            or settled
            or (lang == "de" and kinds_.facility_noun(prev))
            or near
            or (
                # "im benachbarten Schwelm", not "im vollen Zug": a name that is no German noun
                lang == "de"
                and _german_adjective(prev)
                and _located_phrase(text, prev_at, locative)
                and _heads_phrase(text, end)
                and not _german_word_form(whole)
            )
        )
        if (
            cue
            and not hints
            and text[end : end + 1] == " "
            and text[end + 1 : end + 2].isdecimal()
            and not _important(entry, lexicon, lang)
        ):
            cue = False  # "in May 2009": a date, not a place
        initial = sentence_initial(text, start)
        if (
            lang == "de"
            and not demonym
            and not hints
            and _german_noun_not_place(whole, prev, text, prev_at)
            and not _dateline_place(text, start, end)
        ):
            continue  # "von Norden nach Süden", "bis Mitte Mai", "Stadt und Kanton": nouns
        if (
            lang == "de"
            and not demonym
            and prev.lower() in GERMAN_QUANTIFIERS
            and text[end : end + 1] != "-"
            and (is_german_noun(whole) or is_german_noun(lemma(whole, lang) or whole))
        ):
            continue  # "Einige Male kam der Zug zu spät": a plural noun ("viele Syrien" stays)
        if (
            lang == "de"
            and not demonym
            and _head_of_compound(text, start, end, whole, entry, lexicon, lang)
        ):
            continue  # "Meister-Zug", "Sport-Gala": the head of a compound noun, no place
        if (
            not demonym
            and " " not in whole
            and not entry.flags & ABBREVIATION  # "Washington, D.C.": no word, whatever "dc" is
            and (not cue or (not hints and _alias_word(whole, entry, lexicon, lang)))
            and not _known_case_form(declined.get(start), entry, lexicon, lang)
            and _ordinary_word(
                declined.get(start, whole),
                lang,
                entry,
                lexicon,
                initial=initial,
                previous=prev,
                previous_at=prev_at,
                text=text,
            )
            and not _dateline_place(text, start, end)
        ):
            continue
        if (
            not demonym
            and prev.isdecimal()
            and _counted(text, start, end, prev, prev_at, lang)
            and not _is_country(entry, lexicon)
        ):
            continue  # "11 Ligas , 6 Copas de Europa", "die 3. Liga": a counted noun, no place

        if (
            not demonym
            and (end >= len(text) or text[end] in " ,;().")
            and _list_item(text, start, end)
            and not _names_area_of_country(entry, lexicon)
        ):
            bounds = _list_bounds(text, start, end)
            people = lists.get(bounds)
            if people is None:
                people = lists[bounds] = _people_list(text, *bounds, lexicon, lang)
            if people:
                continue  # "Page , Melville , Delaney , Matthew Jones": a line-up, not places

        kind = kinds_.classify(
            text, start, end, lang=lang, demonym=demonym, entry=entry, lexicon=lexicon
        )
        if kind is None:
            continue
        if (
            not cue
            and kind == "literal"
            and _DATELINE_NEXT.match(text, end)
            and kinds_.dateline(text, start, end)
        ):
            cue = True  # "Kirchhain ( KS )": where the story is from
        if kind == "modifier" and lang == "de" and text[end : end + 1] == "-":
            grown = _place_compound_end(text, end, lexicon)
            if grown:
                # "Düsseldorf-Gerresheim", "Gaza-Streifen": one place's name, resolved as its
                # first part, not a modifier of a noun ("US-Armee")
                end, surface, kind, covered = grown, text[start:grown], "literal", grown
        if (
            cue
            and not hints
            and prev.lower() in personal
            and not near
            and not settled
            and not _locative_after_all(text, prev, prev_at, end, lang)
        ):
            cue = False  # "von Lynch", "bei Homer": maybe a person; "südlich von Füssen": not
        spans.append(Span(start, end, surface, entry, kind, hints, cue))
    if any(span.kind == "embedded" for span in spans):
        spans = _without_players(text, spans)
    if lang == "de":
        spans = _with_streets(text, spans, lexicon)
    return spans


def _with_streets(text: str, spans: list[Span], lexicon: Lexicon) -> list[Span]:
    """``spans`` with the street and square names of German ``text`` (see
    :mod:`geodata.parse.streets`), which replace the names found inside them ("Marx" in
    "Karl-Marx-Allee", "Potsdamer" in "Potsdamer Platz"). A street has no place in the lexicon:
    its span's entry names none and carries the STREET flag, and it stays unresolved. Both lists
    are in text order, so one sweep drops the covered names."""
    found = street_spans(text, lexicon)
    if not found:
        return spans
    merged: list[Span] = []
    at = 0  # the first street that may still overlap the next span
    for span in spans:
        while at < len(found) and found[at][1] <= span.start:
            merged.append(_street_span(text, *found[at]))
            at += 1
        if at < len(found) and found[at][0] < span.end:
            continue  # inside (or across) a street's name
        merged.append(span)
    merged.extend(_street_span(text, start, end) for start, end in found[at:])
    return merged


def _street_span(text: str, start: int, end: int) -> Span:
    surface = text[start:end]
    entry = Entry(fold(surface), (), STREET, frozenset())
    return Span(start, end, surface, entry, kind="literal", cue=True)


def _generic_entry(entry: Entry, lexicon: Lexicon) -> Entry | None:
    """``entry`` narrowed to its waters and regions (a sea, a river, a mountain range), or None
    when it names none: what a name led by a lower-case generic noun can name."""
    ids = tuple(
        pid
        for pid in entry.place_ids
        if (place := lexicon.places.get(pid)) is not None and place.feature in GENERIC_FEATURES
    )
    return Entry(entry.key, ids, entry.flags, entry.langs) if ids else None


def _without_players(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` without the names right before a club in brackets ("Cañizares ( Getafe )",
    where kinds found Getafe to be the player's club): such a name is the player's."""
    # a club stands alone in its brackets: "( Getafe )", not "(Sinaloa-Kartell)"
    clubs = {
        span.start
        for span in spans
        if span.kind == "embedded" and text[span.end : span.end + 3].lstrip().startswith(")")
    }
    kept: list[Span] = []
    for span in spans:
        at = span.end
        while at < len(text) and text[at] == " ":
            at += 1
        if at < len(text) and text[at] == "(":
            at += 1
            while at < len(text) and text[at] == " ":
                at += 1
            if at in clubs:
                continue
        kept.append(span)
    return kept


#: Words that join the last item of a list to the one before ("Dida , Cafu y Aldair"), as
#: they stand before and after an item.
_LIST_AND = (" y ", " e ", " and ", " und ", " et ")

#: What separates the items of a list: commas, semicolons, a colon opening it, brackets (a
#: substitute in a line-up: "Jones ( Bellamy , m.72 )"), and a conjunction before the last item.
_LIST_SPLIT = re.compile(r"\s*(?:[,;:()]|\s(?:y|e|and|und|et)\s)\s*")

#: Where a list's sentence ends: a full stop after a word of three letters or more (not after
#: an initial or a short abbreviation: "J. Zanetti", "At. Madrid"), or a line break.
_LIST_END = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=\s|$)|\n")

#: A bracketed aside in a list: a substitute in a line-up, a player's club ("Arce ( Eibar )").
_BRACKETED_ASIDE = re.compile(r"\([^()]*\)")

#: Zipf frequency below which a capitalised word no gazetteer knows may be a surname.
SURNAME_ZIPF = 3.0

#: A list of names has at most one clause of prose (its head) and one more per this many names
#: of people: "Dan Delaney (18) and Ned Delaney (21), both of 1 Carrowclough, Tipperary, had
#: been ..." is a sentence about people and their town, not a line-up.
PROSE_SHARE = 3

#: How far around a name its list is looked for.
LIST_WINDOW = 300

#: A substitution's minute or a score in a line-up ("m.72", "3", "4 2p"): no item of its own.
_LIST_FILLER = re.compile(r"[a-z]{0,2}\.?\s?\d[\w.,' -]*|-+")

#: Lower-case particles of people's and places' names ("Frank de Boer", "Dino da Costa").
_NAME_PARTICLES = frozenset(
    {"de", "del", "da", "das", "do", "dos", "di", "van", "von", "der", "la", "le"}
)


#: What may follow the place of a dateline: an agency in brackets or a comma and a day.
_DATELINE_NEXT = re.compile(r" ?\(| ?, ?\d")


def _settlement_noun_before(text: str, of_at: int, lang: str) -> bool:
    """True when a noun for a settlement or an island comes right before the "of" or "de" at
    ``of_at`` ("the island of Capri", "la ciudad de Puebla"): the name after it is a place's."""
    if lang == "en":
        return _PLACE_NOUN_OF.search(text, max(0, of_at - 20), of_at + 3) is not None
    word, _at = word_before(text, of_at)
    word = word.lower()
    return word in SETTLEMENT_NOUNS.get(lang, ()) or (lang == "es" and word == "ciudad")


def _list_item(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` stands alone between the separators of a list: a comma,
    semicolon, colon or bracket, or a conjunction, before it, and one of these or the full stop
    ending the list after it."""
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i >= 0 and text[i] not in ",;:(" and not text.endswith(_LIST_AND, 0, start):
        return False
    j = end
    while j < len(text) and text[j] == " ":
        j += 1
    return j >= len(text) or text[j] in ",;()." or text.startswith(_LIST_AND, end)


#: Particles of German family names: "Otto von Bismarck", "Karl zu Guttenberg".
NOBILITY_PARTICLES = frozenset({"von", "zu"})


#: The second half of a double given name after the hyphen: "-Ann" in "Kerry-Ann".
_HALF_AFTER = re.compile(r"-([A-Z][a-zà-ÿ]+)\b")


def _double_given_name(
    text: str, start: int, end: int, lexicon: Lexicon, lang: str
) -> tuple[int, int] | None:
    """Where the surname is when the given name at ``text[start:end]`` is the first half of a
    double given name that a capitalised word follows ("Kerry-Ann Welbourne"); None otherwise.
    Both halves must be given names ("Wilkes-Barre" is a town), the word after them no everyday
    word ("the Dallas-Austin Corridor", "the Sydney-Adelaide Railway" join two places), and the
    second half and that word no place's name ("the Lorne-Henry County Arts Council")."""
    half = _HALF_AFTER.match(text, end)
    if half is None or not is_first_name(half.group(1)):
        return None
    word, at = word_after(text, half.end(), one_space=True)
    if not word or not word[0].isupper() or sentence_initial(text, at):
        return None
    if lower_form_is_word(word, lang) or lexicon.entry(f"{half.group(1)} {word}") is not None:
        return None
    return at, at + len(word)


def _given_name_before(text: str, at: int) -> bool:
    """True when a capitalised given name comes right before ``at``, spaces only between."""
    word, word_at = _prev_word(text, at)
    return (
        bool(word)
        and word[0].isupper()
        and not text[word_at + len(word) : at].strip()
        and is_first_name(word)
    )


def _list_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of ``text`` around a list item up to its sentence's ends (at most
    :data:`LIST_WINDOW` characters each way)."""
    lo = max(0, start - LIST_WINDOW)
    ends = [m.end() for m in _LIST_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    hi = min(len(text), end + LIST_WINDOW)
    stop = _LIST_END.search(text, end, hi)
    return lo, stop.start() if stop else hi


def _people_list(text: str, lo: int, hi: int, lexicon: Lexicon, lang: str) -> bool:
    """True when the list in ``text[lo:hi]`` is a list of people (a line-up, a roll of players
    and their clubs): at least two items are people (a given name and a surname, an initial and
    a surname, or a given name alone; half a person where a small place has the name too), at
    least one is a bare capitalised word no gazetteer knows (a surname, rare as a word), names
    of people and unknown words outnumber place names, and few items are prose
    (:data:`PROSE_SHARE`). Asides in brackets (substitutes, the players' clubs) do not vote."""
    people = 0.0
    unknown = places = prose = 0
    for item in _LIST_SPLIT.split(_BRACKETED_ASIDE.sub(",", text[lo:hi])):
        item = item.strip(" .\"'“”«»-–—")
        if not item or _LIST_FILLER.fullmatch(item):
            continue
        words = item.split()
        for at in range(len(words) - 1, -1, -1):
            if not words[at][:1].isupper() and words[at] not in _NAME_PARTICLES:
                # the list's first item ends a clause: "... expulsión a Santi Lampón"
                prose += 1
                words = words[at + 1 :]
                item = " ".join(words)
                break
        if not words or len(words) > 4:
            continue
        first = words[0]
        if (entry := lexicon.entry(item)) is not None:
            if len(words) == 1 and _given_name(first, lang) and not _any_notable(entry, lexicon):
                people += 0.5  # "Emerson", "Dida": a small place's name and a person's
            else:
                places += 1
        elif len(words) > 1 and (
            _given_name(first, lang) or (len(first) == 2 and first[1] == "." and first[0].isupper())
        ):
            people += 1  # "Matthew Jones", "J. Zanetti"
        elif len(words) == 1 and _given_name(first, lang):
            people += 1  # "Mariano"
        elif (
            len(words) == 1
            and first.isalpha()
            and not first.isupper()
            and zipf(first, lang) < SURNAME_ZIPF
        ):
            unknown += 1  # "Delaney", "Freestone": a surname, not a noun ("Auflage")
    return (
        people >= 2
        and unknown >= 1
        and people + unknown > places
        and prose <= 1 + (people + unknown) / PROSE_SHARE
    )


def _after_initial_or_short_name(text: str, prev: str, prev_at: int, lang: str) -> bool:
    """True when ``prev``, the word before a name, is a middle initial with its full stop or a
    given name too short for :func:`is_first_name` ("Roy A.", "Al"), itself after a given name or
    a title: "Capt. Lyle B. Nelson", "the Rev. Al Meredith" (not "... a Kia. A Gainesville man")."""
    if len(prev) == 1:
        if not prev.isupper() or text[prev_at + 1 : prev_at + 2] != ".":
            return False
    elif not is_short_given_name(prev, lang):
        return False
    before, _at = _prev_word(text, prev_at)
    return bool(before) and (
        before.lower() in HONORIFICS or (before[0].isupper() and is_first_name(before))
    )


#: Two or three initials before a name, their full stops inside: "A.C" of "A.C. Marlow" (the last
#: stop is taken off with the word).
_INITIALS_BEFORE = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]")


def _after_bare_initials(text: str, prev: str, prev_at: int, lexicon: Lexicon) -> bool:
    """True when ``prev``, the word before a name, is a person's initials: two or three with full
    stops ("A.C. Marlow"), or one after a capitalised word in mid-sentence ("Tavion D.
    McDonald"). Initials that are a place's ("N.Y.") or a direction's ("S.E. Paris")
    are not."""
    if _INITIALS_BEFORE.fullmatch(prev):
        return lexicon.entry(prev) is None and not set(prev) <= set("NSEW.")
    if len(prev) != 1 or not prev.isupper() or text[prev_at + 1 : prev_at + 2] != ".":
        return False
    before, before_at = _prev_word(text, prev_at)
    return before[:1].isupper() and before.isalpha() and not sentence_initial(text, before_at)


def _recognize_caseless(text: str, lang: str, lexicon: Lexicon) -> list[Span]:
    """:func:`recognize` for a text without case, where capitals cannot tell names from words:
    names of notable places (countries, regions, admin-1 units, seas, cities of 100,000 people)
    that are no everyday words, when they are well known (countries, capitals, big cities), rare
    words of the language or follow a locative preposition; and demonyms."""
    locative = LOCATIVE.get(lang, set())
    matches = lexicon.scan(text, any_case=True)
    starts = {start: (end, entry) for start, end, entry in matches}
    spans: list[Span] = []
    for start, end, entry in matches:
        surface = text[start:end]
        head, _space, rest = surface.partition(" ")
        if (
            rest
            and (
                inner := _without_article(
                    head, rest, entry, lexicon, initial=sentence_initial(text, start)
                )
            )
            is not None
        ):
            start, surface, entry = start + len(head) + 1, rest, inner  # "the united states"
        demonym = bool(entry.flags & DEMONYM)
        if not demonym:
            if entry.flags & ABBREVIATION and not surface.isupper():
                continue  # "usa" or "us" in lower case: the word as often as the code
            if surface.split(" ", 1)[0].lower() in ARTICLES or not _any_notable(entry, lexicon):
                continue
        prev, _prev_at = _prev_word(text, start)
        hints: tuple[str, ...] = ()
        if text[end : end + 2] == ", ":
            hints = region_after(text, end + 2, lexicon, starts, before=entry)
        cue = bool(hints) or prev.lower() in locative
        if not demonym and " " not in surface:
            if _everyday_word(fold(surface), lang):
                continue  # "southwest", "central", "reading": words first
            if (
                not cue
                and zipf(surface, lang) >= CASELESS_ZIPF
                and _importance(entry, lexicon, lang) < 2
            ):
                continue  # "jackson", "oxford": as often people and universities
        kind = kinds_.classify(
            text, start, end, lang=lang, demonym=demonym, entry=entry, lexicon=lexicon
        )
        if kind is not None:
            spans.append(Span(start, end, surface, entry, kind, hints, cue))
    return spans


def _any_notable(entry: Entry, lexicon: Lexicon) -> bool:
    """True when ``entry`` names a notable place (see :func:`geodata.parse.lexicon.notable`)."""
    memo_key = ("notable", entry.key, entry.place_ids)
    found = lexicon.memo.get(memo_key)
    if found is None:
        found = lexicon.memo[memo_key] = any(
            (place := lexicon.places.get(pid)) is not None and notable(place)
            for pid in entry.place_ids
        )
    return found  # type: ignore[return-value]


#: German nouns of direction and position that towns and districts are also named after
#: (Norden in Lower Saxony, Berlin's Mitte): "im Norden", "von Osten", "bis Mitte Mai".
GERMAN_POSITION_NOUNS = frozenset(
    {"norden", "süden", "osten", "westen", "nord", "süd", "ost", "west", "mitte", "zentrum"}
)


def _german_noun_not_place(surface: str, previous: str, text: str, previous_at: int) -> bool:
    """True for a German noun of direction or position ("Norden", "Mitte") or a generic place
    noun ("Kanton", "Kantons") standing alone: the noun, not a place so named. The place stays
    right after a bare "in", "bei" or "nahe" ("in Norden", "bei Mitte"), as the direction takes
    an article ("im Norden"), after a noun for a kind of place ("die Stadt West"), after an
    office held for a town and "von" (read in ``text`` before ``previous``, which starts at
    ``previous_at``: "der Bürgermeister von Norden", "Bezirksbürgermeister von Mitte"), and where
    the word is an inflected form of something else ("Dorfen" is no form of "Dorf")."""
    before = previous.lower()
    if before in _BARE_PLACE_PREPOSITIONS or kinds_.place_noun(before):
        return False
    if (
        before == "von"
        and previous_at > 0
        and word_before(text, previous_at)[0].lower().endswith(_TOWN_OFFICES)
    ):
        return False
    lower = surface.lower()
    if lower in GERMAN_POSITION_NOUNS:
        return True
    if lower in kinds_.GERMAN_PLACE_HEADS:
        return not previous.endswith("-")  # "Kanton"; not "Berlin-Mitte"
    base = (lemma(surface, "de") or surface).lower()
    return base != lower and base in kinds_.GERMAN_PLACE_HEADS  # "Kantons"; not "Dorfen"


#: Endings of German nouns for offices held for a town ("Bürgermeister", "Bezirksbürgermeister",
#: "Stadtrat", "Ortsvorsteher"): "der Bürgermeister von Norden" names the town Norden.
_TOWN_OFFICES = (
    "bürgermeister", "bürgermeisters", "bürgermeisterin", "stadtrat", "stadtrats", "ortsvorsteher",
    "ortsvorstehers", "landrat", "landrats",
)  # fmt: skip

#: German prepositions after which a bare direction noun is a town: "in Norden", "bei Mitte".
_BARE_PLACE_PREPOSITIONS = frozenset({"in", "bei", "nahe"})


def _ordinary_word(
    surface: str,
    lang: str,
    entry: Entry,
    lexicon: Lexicon,
    *,
    initial: bool,
    previous: str,
    previous_at: int,
    text: str,
) -> bool:
    """True when a one-word name is here more likely an everyday word than a place (``previous``
    is the word before it, at ``previous_at`` in ``text``).

    Names of countries, regions and big cities are read as places; a smaller place's name that is
    a frequent word of the language (wordfreq), or whose lemma is a lower-case word (simplemma),
    is an everyday word at the start of a sentence ("Reading from a statement", "Como cada
    mañana") and, in German where every noun is capitalised, anywhere ("am Ende", "warmes Essen").
    """
    level = _importance(entry, lexicon, lang)
    # A hyphenated German name is judged as the closed compound its words would make, which
    # German writes for an everyday word ("Baden-Baden" is no "badenbaden"): wordfreq splits it
    # and rates the parts, everyday words both. (English joins words by hyphens: "Cut-Off".)
    frequency = zipf(surface.replace("-", "") if lang == "de" and "-" in surface else surface, lang)
    if surface.isupper():
        surface = surface.title()  # "CHARLESTON" in a dateline: judge the word, not its capitals
    if (
        lang != "de"
        and _domestic_population(entry, lexicon, lang, surface) >= DOMESTIC_CITY
        and not lower_form_is_word(surface, lang)
        and not is_first_name(surface)
    ):
        # a city's name is frequent in its own country's language because the city is ("Bergen",
        # "Göteborg", "Aarhus" in Norwegian, Swedish, Danish news): only a lower-case word of the
        # same spelling, or a given name ("Lincoln", "Tyler", "Elizabeth" stay people's names
        # first), makes it an everyday word there (German, where nouns are capitalised, has
        # rules of its own below)
        return False
    if (
        level == 1
        and frequency >= VERY_COMMON_ZIPF
        and previous.lower() not in REGION_ARTICLES.get(lang, ())
        and lemma_is_lowercase(surface, lang)
        and lower_form_is_word(surface, lang)
    ):
        # "South", "Central": admin-1 units named like the commonest words (a word the
        # dictionary knows in lower case; not "Jalisco", which the lemmatiser merely lowers)
        return True
    if (
        lang == "de"
        and len(previous) > 1
        and previous.endswith("-")
        and frequency >= COMPOUND_HEAD_ZIPF
        and not _own_notable(entry, lexicon)
        and not _names_area(entry, lexicon)
    ):
        return True  # "Fußball-Liga", "B-Liga": the frequent noun heading a German compound
    if (
        lang == "de"
        and (level == 1 or (level == 2 and not _names_area(entry, lexicon)))
        and frequency >= COMMON_ZIPF
        and (previous.lower() in GERMAN_DETERMINERS or _german_adjective(previous))
        and not (frequency < COMPOUND_HEAD_ZIPF and _german_speaking_unit(entry, lexicon))
    ):
        # "der Liga", "im Norden", "des Landes": German nouns, not the units or cities so named
        # (a city's name takes no article; a country's or region's does: "der Schweiz")
        return True
    if initial:
        lemma_lower = frequency >= 3.0 and lemma_is_lowercase(surface, lang)
        if lang == "de":
            # every German noun is capitalised anywhere: a sentence's first word is judged as in
            # mid-sentence ("Rostock findet", "Essen ist fertig"), unless it is no noun ("Aber")
            # or may be a verb or adjective made a noun ("Siegen ist alles", "Weiden")
            if lemma_lower or (frequency >= 3.0 and lower_form_is_word(surface, lang)):
                return True
        else:
            if level == 0 and (frequency >= COMMON_ZIPF or lemma_lower):
                return True
            # "Mayo ha sido", "Nada indica": a region or unit named like a plain word
            return lemma_lower and is_plain_word(surface, lang) and not _is_country(entry, lexicon)
    if level:
        return False
    # A big place's name is frequent because the place is: the bar rises with its population.
    # Only where the name is the place's own (not a GeoNames alternate such as "Bruch" for Brugge).
    biggest = _own_population(entry, lexicon, lang, surface)
    decades = max(0.0, math.log10(biggest + 1) - 4.0)
    if lang == "de":  # every German noun is capitalised: "Ende", "Boden", "einer Halle"
        if previous.lower() in GERMAN_DETERMINERS:
            return True
        if _german_adjective(previous) and not _is_demonym(previous, lexicon):
            return True  # "warmes Essen"; not "im englischen Hatfield"
        if _german_place_adjective(previous, lexicon):
            return True  # "des Frankfurter Bundes", "der Berliner Mauer": a noun it qualifies
        return frequency >= COMMON_ZIPF + GERMAN_POPULATION_SLOPE * decades
    if frequency >= ALTERNATE_ZIPF and not _owned(entry, lexicon, lang, surface):
        # only an alternate of a small place ("Hamas", an old name of Hamm; "Passover", of
        # Mountain City): a word, or another thing's name, far more often than that place
        return True
    bar = MID_SENTENCE_ZIPF + 0.3 * decades
    if (
        len(previous) > 1
        and previous[:1].isupper()
        and previous.isalpha()
        and previous.lower() not in _PLACE_QUALIFIERS
        and not sentence_initial(text, previous_at)
        and lower_form_is_word(surface, lang)
    ):
        # after a capitalised word, an everyday word heads the name of a thing: "the Marlow Zoo",
        # "Operation Blessing", "the Ashford Slaughter House" (not "East Oxford", "D-Fairfax")
        bar = NAMED_THING_ZIPF + 0.3 * decades
    return frequency >= bar  # "Superior", "Commerce": capitalised, but more often a word or a name


#: A German compound's remaining parts after a place's name and a hyphen: "-Gerresheim",
#: "-Sieg-Kreises".
_COMPOUND_TAIL = re.compile(r"-([^\W\d_][\w]*(?:-[^\W\d_][\w]*)*)")

#: Zipf frequency below which a capitalised part of a German compound is taken for a local
#: name ("Gerresheim", "Scheremetjewo") rather than a noun ("Armee", "Trainer").
LOCAL_NAME_ZIPF = 3.2


#: Words that begin a German place's hyphenated name: "Alt-Moabit", "Neu-Ulm", "Groß-Gerau".
NAME_PREFIXES = frozenset({
    "Alt", "Neu", "Ober", "Nieder", "Unter", "Groß", "Klein", "Nord", "Süd", "Ost", "West",
    "Bad", "Sankt", "St",
})  # fmt: skip

#: The hyphenated word that ends right before a position: "Sport-" in "Sport-Gala".
_COMPOUND_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))([^\W\d_]+(?:-[^\W\d_]+){0,3})-$")


def _head_of_compound(
    text: str, start: int, end: int, surface: str, entry: Entry, lexicon: Lexicon, lang: str
) -> bool:
    """True for a name that ends a German compound whose first part names no place, where the
    name is a common noun or no well-known place: the compound is a noun and the name its head
    ("Meister-Zug", "Sport-Gala", "Fichte-Tanne"). After a place's name it is a
    place's part ("Köln-Porz", "Berlin-Mitte"), and a well-known place that is no noun stays
    ("Ex-Jugoslawien", "Groß-Berlin")."""
    if text[start - 1 : start] != "-" or text[end : end + 1] == "-" or " " in surface:
        return False
    match = _COMPOUND_BEFORE.search(text, max(0, start - COMPOUND_WINDOW), start)
    if match is None:
        return False
    first = match.group(1).rsplit("-", 1)[-1]
    if first in NAME_PREFIXES:
        return False  # "Alt-Moabit", "Bad-Homburg": a place's own name
    if not first[:1].isupper():
        return False  # a lower-case first part ("pro-"): not read
    if lexicon.entry(first) is not None and not is_german_noun(first):
        return False  # "Köln-Wahn", "Rhein-Main": after a place's name
    return is_german_noun(surface) or not _important(entry, lexicon, lang)


def _german_people_plural(surface: str, entry: Entry, lexicon: Lexicon) -> Entry | None:
    """The demonym entry of ``surface`` where it is the plural of a German noun for the people
    of the place it names ("Schweden" of "Schwede", "Sachsen" of "Sachse"), else None."""
    if not surface.endswith("n") or " " in surface:
        return None
    single = lexicon.entry(surface[:-1])
    if single is None or not single.flags & DEMONYM or "de" not in single.langs:
        return None
    shared = tuple(pid for pid in single.place_ids if pid in entry.place_ids)
    if not shared:
        return None
    return Entry(entry.key, shared, DEMONYM, entry.langs)


def _place_compound_end(text: str, end: int, lexicon: Lexicon) -> int | None:
    """Where a German compound that begins with a place's name and names a place itself ends,
    or None. The part after the hyphen is a noun for a kind of place ("Gaza-Streifen",
    "Rhein-Sieg-Kreises") or one capitalised word too rare to be a noun that ends like a German
    place name ("Düsseldorf-Gerresheim", "Eutingen-Weitingen"); not a well-known place (a route:
    "Chur-Bellinzona"), nor a rare compound noun ("US-Nachrichtensender")."""
    match = _COMPOUND_TAIL.match(text, end, end + COMPOUND_WINDOW)
    if match is None:
        return None
    parts = match.group(1).split("-")
    if any(not part[:1].isupper() or part.isupper() for part in parts):
        return None
    last = parts[-1].lower()
    if any(last.removesuffix(ending) in AREA_NOUNS for ending in ("es", "s", "")):
        return match.end()
    if len(parts) > 1 or lexicon.entry(parts[0]) is not None:
        return None  # "Winterthur-Wettingen", "Chur-Bellinzona": two places, a route
    if zipf(parts[0], "de") < LOCAL_NAME_ZIPF and last.endswith(GERMAN_PLACE_ENDINGS):
        return match.end()
    return None


#: How far after a place's name its compound's tail is read: a chain of hyphenated words
#: ("Berlin-Berlin-Berlin-...") is not followed to its end from every name in it.
COMPOUND_WINDOW = 80

#: German nouns for an area that end a place's compound name: "Gaza-Streifen", "Donau-Raum",
#: "Rhein-Sieg-Kreis".
AREA_NOUNS = frozenset(
    {"streifen", "raum", "großraum", "gebiet", "kreis", "landkreis", "region", "becken", "ebene"}
)


#: Endings of German place names: "-heim", "-ingen", "-hausen", "-dorf", "-burg", ...
GERMAN_PLACE_ENDINGS = (
    "heim", "ingen", "hausen", "dorf", "burg", "berg", "bach", "feld", "felde", "hof", "stadt",
    "kirchen", "rode", "hagen", "furt", "brück", "brücken", "au", "tal", "see", "walde", "stedt",
    "leben", "weiler", "beuren", "zell",
)  # fmt: skip


#: How far a dateline's line is read either side of its name.
DATELINE_WINDOW = 200


def _dateline_place(text: str, start: int, end: int) -> bool:
    """True for a name alone on its line ("Mérida ." in a wire's opening) or opening a dateline
    ("Lyon ( Francia ) , 23 may ( EFE )"): where the story is from, whatever else the word is."""
    # the line around the name, looked for within DATELINE_WINDOW characters either side
    low = max(0, start - DATELINE_WINDOW)
    newline = text.rfind("\n", low, start)
    line_start = newline + 1 if newline >= 0 else low
    line_end = text.find("\n", end, end + DATELINE_WINDOW)
    if line_end < 0:
        line_end = min(len(text), end + DATELINE_WINDOW)
    if not text[line_start:start].strip() and not text[end:line_end].strip(" \t\r.:"):
        return not is_first_name(text[start:end])  # a signature: "Ferdinand"
    match = kinds_.DATELINE.match(text, end)
    if match is None or not kinds_.dateline(text, start, end):
        return False
    # the agency, or a date whose month is a lower-case word ("23 may"), not a ranking's next
    # line ("Weber (Schweiz), 20. Meier")
    date = match.group("date")
    return date is None or date[-3].islower()


def _counted(text: str, start: int, end: int, number: str, number_at: int, lang: str) -> bool:
    """True when the standalone number ``number`` (at ``number_at``) of at most
    :data:`COUNT_DIGITS` digits counts the name after it ("6 Copas", "3. Liga"): not where the
    name modifies a noun after it ("46 Kentucky employers"), nor in a dateline after a table of
    figures ("... - 6 Miami ( EEUU ) , 23 may")."""
    if len(number) > COUNT_DIGITS or (number_at > 0 and text[number_at - 1] not in " \t\n("):
        return False  # "682,75 Madrid": the decimals of a figure
    if "." in text[number_at + len(number) : start] and lang != "de":
        return False  # "dies at 74. CHARLESTON, W.Va.": a sentence's end (German: "3. Liga")
    after, _at = word_after(text, end)
    if lang != "de" and after[:1].islower() and zipf(after, lang) < FUNCTION_WORD_ZIPF:
        # "46 Kentucky employers": the place modifies the noun counted (German joins such a
        # noun to the name, "46 Kentucky-Firmen": a lower-case word after is a verb, "die 3.
        # Liga spielen")
        return False
    return not kinds_.dateline(text, start, end)


#: Zipf frequency from which a name that no place bears as its own (only as a GeoNames
#: alternate) is read as a word or another thing's name outside German text.
ALTERNATE_ZIPF = 3.0


def _owned(entry: Entry, lexicon: Lexicon, lang: str, surface: str) -> bool:
    """Whether some place of ``entry`` bears the name as its own (its canonical name or its name
    in the text's language ``lang``, see :func:`_own_population`), or is more than a town or
    county: a unit's or country's name in another language ("Bayern" in Spanish text) is still
    that unit's."""
    memo_key = ("owned", entry.key, entry.place_ids, lang)
    owned = lexicon.memo.get(memo_key)
    if owned is None:
        bare = fold(strip_accents(surface))
        owned = lexicon.memo[memo_key] = lang in entry.langs or any(
            (place := lexicon.places.get(pid)) is not None
            and (own_name(place, bare) or place.feature not in ("city", "other"))
            for pid in entry.place_ids
        )
    return owned  # type: ignore[return-value]


def _own_population(entry: Entry, lexicon: Lexicon, lang: str, surface: str) -> int:
    """The population of the biggest place ``entry`` names under this name as its own: its
    canonical name, its name in the text's language ``lang``, or a local spelling of the
    canonical name of a place in a country where ``lang`` is the first language ("Nürnberg",
    "Frankfurt" in German text, which GeoNames lists untagged beside "Nuremberg" and "Frankfurt
    am Main"); worked out once per name and language."""
    memo_key = ("population", entry.key, entry.place_ids, lang)
    biggest = lexicon.memo.get(memo_key)
    if biggest is None:
        bare = fold(strip_accents(surface))
        in_language = lang in entry.langs
        local = countries_speaking(lang)
        biggest = lexicon.memo[memo_key] = max(
            (
                (place.population or 0)
                for pid in entry.place_ids
                if (place := lexicon.places.get(pid)) is not None
                and (
                    in_language
                    or own_name(place, bare)
                    or (place.country_code in local and _local_spelling(bare, place.name))
                )
            ),
            default=0,
        )
    return biggest  # type: ignore[return-value]


#: Population from which a city in a country speaking the text's language is read as the city
#: whenever its name is no lower-case word of that language (see :func:`_ordinary_word`).
DOMESTIC_CITY = 50_000


def _domestic_population(entry: Entry, lexicon: Lexicon, lang: str, surface: str) -> int:
    """The population of the biggest city ``entry`` names under its own name or a local spelling
    of it in a country whose first language is ``lang``; worked out once per name and language."""
    memo_key = ("domestic", entry.key, entry.place_ids, lang)
    biggest = lexicon.memo.get(memo_key)
    if biggest is None:
        local = countries_speaking(lang)
        bare = fold(strip_accents(surface))
        biggest = lexicon.memo[memo_key] = max(
            (
                (place.population or 0)
                for pid in entry.place_ids
                if (place := lexicon.places.get(pid)) is not None
                and place.feature == "city"
                and place.country_code in local
                and (own_name(place, bare) or _local_spelling(bare, place.name))
            ),
            default=0,
        )
    return biggest  # type: ignore[return-value]


def _local_spelling(bare: str, canonical: str) -> bool:
    """True when the folded name ``bare`` reads as the local spelling of ``canonical``: the same
    first three letters and about the same length ("nurnberg" for Nuremberg, "munchen" for
    Munich), or its first words ("frankfurt" for Frankfurt am Main); not a nickname ("vegas")
    or another town's alternate ("creek" for Baytown)."""
    folded = fold(strip_accents(canonical))
    if "å" in canonical.lower():  # Danish and Norwegian also write "aa": "Århus", "Aarhus"
        folded_aa = fold(strip_accents(canonical.replace("å", "aa").replace("Å", "Aa")))
        if _local_spelling(bare, folded_aa):
            return True
    if folded.startswith(bare + " "):
        return True
    return bare[:3] == folded[:3] and abs(len(bare) - len(folded)) <= LOCAL_SPELLING_SLACK


#: How many letters a local spelling may differ in length from the canonical name.
LOCAL_SPELLING_SLACK = 2


def _is_demonym(word: str, lexicon: Lexicon) -> bool:
    """True when ``word`` is a demonym's form ("englischen", "mexikanische")."""
    entry = lexicon.entry(word)
    return entry is not None and bool(entry.flags & DEMONYM)


def _german_speaking_unit(entry: Entry, lexicon: Lexicon) -> bool:
    """True when ``entry`` names an admin-1 unit of a German-speaking country, whose German name
    takes an article ("dem Saarland", "vom Wallis"), unlike the nouns "der Liga", "im Norden"."""
    memo_key = ("german unit", entry.key, entry.place_ids)
    found = lexicon.memo.get(memo_key)
    if found is None:
        local = countries_speaking("de")
        found = lexicon.memo[memo_key] = any(
            (place := lexicon.places.get(pid)) is not None
            and place.feature == "admin1"
            and place.country_code in local
            for pid in entry.place_ids
        )
    return found  # type: ignore[return-value]


def _german_place_adjective(word: str, lexicon: Lexicon) -> bool:
    """True for a German adjective made from a place ("Frankfurter", "Schweizer"): what follows
    it is a noun it qualifies, rarely a small town's name."""
    if not word.endswith("er") or not word[:1].isupper():
        return False
    entry = lexicon.entry(word)
    return entry is not None and bool(entry.flags & DEMONYM)


#: German contractions of "in" and the article: "im benachbarten Schwelm". ("vom" and "zum" are
#: left out: "vom kleinen Paderborn zum großen Bayern" names football clubs.)
GERMAN_LOCATIVE_CONTRACTIONS = frozenset({"im", "ins"})

#: German articles that may stand between a locative preposition and an adjective: "aus dem
#: nahen Bonn".
_GERMAN_CASE_ARTICLES = frozenset({"dem", "den", "das", "der"})


def _located_phrase(text: str, adjective_at: int, locative: set[str]) -> bool:
    """True when a locative preposition governs the adjective at ``adjective_at`` and so the
    name after it: "im benachbarten Schwelm", "aus dem schönen Wuppertal"."""
    word, at = _prev_word(text, adjective_at)
    word = word.lower()
    if word in GERMAN_LOCATIVE_CONTRACTIONS or word in locative:
        return True
    if word in _GERMAN_CASE_ARTICLES:
        return _prev_word(text, at)[0].lower() in locative
    return False


def _heads_phrase(text: str, end: int) -> bool:
    """True when the name ending at ``end`` ends its noun phrase: no capitalised word ("im
    legendären Hansa Tonstudio") or hyphenated part ("von klassischen ROM-Klängen") follows."""
    if text[end : end + 1] == "-":
        return False
    word, _at = word_after(text, end, one_space=True)
    return not word[:1].isupper()


#: Verbs that report speech, by language: a person's name next to one is the speaker's ("Nelson
#: said", "said Nelson").
SPEECH_VERBS = {
    "en": frozenset({"said", "says", "told", "added", "explained", "noted", "stated", "asked"}),
    "de": frozenset({"sagte", "sagt", "erklärte", "betonte", "meinte", "ergänzte"}),
    "es": frozenset({"dijo", "afirmó", "explicó", "señaló", "añadió", "agregó", "declaró"}),
    "fr": frozenset({"dit", "déclare", "explique", "ajoute", "précise", "estime"}),
    "it": frozenset({"dice", "dichiara", "spiega", "aggiunge", "afferma"}),
    "pt": frozenset({"disse", "afirmou", "explicou", "declarou", "acrescentou"}),
}


def _speaks(text: str, start: int, end: int, lang: str) -> bool:
    """True when a verb of speech follows the name ("Nelson said"), or comes right before it
    where the name ends the clause ("..., said Nelson."; in "said Nelson will get a bridge" the
    name is the subject of what was said, maybe the town)."""
    verbs = SPEECH_VERBS.get(lang, frozenset())
    after, _at = word_after(text, end, one_space=True)
    if after.lower() in verbs:
        return True
    return _prev_word(text, start)[0].lower() in verbs and (
        end == len(text) or text[end] in ".,;:!?)\n"
    )


def _german_word_form(surface: str) -> bool:
    """True when German writes ``surface`` as a common noun ("Zug", "Halle") or a form of one
    ("Häusern", "Namen"), or as a word in lower case ("Essen", "Siegen")."""
    return (
        is_german_noun(surface)
        or lower_form_is_word(surface, "de")
        or lemma_is_lowercase(surface, "de")
        or lemma(surface, "de") not in (None, surface)
    )


def _german_adjective(word: str) -> bool:
    """True for a lower-case inflected adjective ("historischer", "warmes"): a noun follows it,
    rarely a town's name."""
    return word.islower() and len(word) > 4 and word.endswith(("er", "es", "en", "em", "e"))


def _names_area(entry: Entry, lexicon: Lexicon) -> bool:
    """True when ``entry`` names a country, continent, region, sea or admin-1 unit."""
    memo_key = ("area", entry.key, entry.place_ids)
    found = lexicon.memo.get(memo_key)
    if found is None:
        found = lexicon.memo[memo_key] = any(
            (place := lexicon.places.get(pid)) is not None
            and place.feature in ("country", "continent", "region", "water", "admin1")
            for pid in entry.place_ids
        )
    return found  # type: ignore[return-value]


def _is_country(entry: Entry, lexicon: Lexicon) -> bool:
    """True when ``entry`` names a country or a continent; worked out once per entry."""
    memo_key = ("country", entry.key, entry.place_ids)
    found = lexicon.memo.get(memo_key)
    if found is None:
        found = lexicon.memo[memo_key] = any(
            (place := lexicon.places.get(pid)) is not None
            and place.feature in ("country", "continent")
            for pid in entry.place_ids
        )
    return found  # type: ignore[return-value]


#: How US counties' ids begin (the gazetteer's points for them are the Census Bureau's county
#: centroids).
COUNTY_PREFIX = "us-county:"


def region_after(
    text: str,
    at: int,
    lexicon: Lexicon,
    starts: dict[int, tuple[int, Entry]],
    *,
    before: Entry | None = None,
) -> tuple[str, ...]:
    """Admin-1, country or US county place ids named at ``at`` (after "Name, "), or ().

    A country there that the list goes on after ("Ghana, Niger, Nigeria and Togo"), following a
    name (``before``, the entry of the name before ", ") that is itself a country's, is the
    list's next item, not where the name lies. A county counts only with its generic word
    ("Huntsville, Walker County", not "Huntsville, Walker").
    """
    if at in starts:
        end, entry = starts[at]
        county = entry.key.endswith((" county", " parish"))
        regions = tuple(
            pid
            for pid in entry.place_ids
            if (place := lexicon.places.get(pid)) is not None
            and (
                place.feature in ("admin1", "country")
                or (county and place.id.startswith(COUNTY_PREFIX))
            )
        )
        if before is not None and _country_list_goes_on(text, end, regions, before, lexicon):
            return ()
        if regions:
            return regions
    match = _ABBREVIATION.match(text, at)
    if match:
        return lexicon.region_codes.get(match.group(1).rstrip("."), ())
    return ()


def _country_list_goes_on(
    text: str, end: int, regions: tuple[str, ...], before: Entry, lexicon: Lexicon
) -> bool:
    """True when the countries ``regions`` named up to ``end`` are followed by more list items
    and the name before them (``before``) is a country's own name: a list of countries."""
    # the list goes on: a comma or a list's conjunction, then a capitalised word
    joiner = next((j for j in (", ", *_LIST_AND) if text.startswith(j, end)), None)
    if joiner is None or not text[end + len(joiner) : end + len(joiner) + 1].isupper():
        return False
    if not all((place := lexicon.places.get(pid)) is not None and place.feature == "country"
               for pid in regions):  # fmt: skip
        return False
    return any(
        (place := lexicon.places.get(pid)) is not None
        and place.feature == "country"
        and own_name(place, before.key)
        for pid in before.place_ids
    )


#: A region's abbreviation after "Name, ": "AZ", "NSW", "Ariz.", "N.S.W.".
_ABBREVIATION = re.compile(r"((?:[A-Z]\.){2,4}|[A-Z][A-Za-z]{0,4}\.|[A-Z]{2,3})(?![\w])")


def _names_area_of_country(entry: Entry, lexicon: Lexicon) -> bool:
    """True when ``entry`` names a country, a continent or a region: no person is so named.
    Worked out once per entry."""
    memo_key = ("area of country", entry.key, entry.place_ids)
    found = lexicon.memo.get(memo_key)
    if found is None:
        found = lexicon.memo[memo_key] = any(
            (place := lexicon.places.get(pid)) is not None
            and place.feature in ("country", "continent", "region")
            for pid in entry.place_ids
        )
    return found  # type: ignore[return-value]


def _given_name(word: str, lang: str) -> bool:
    """True when ``word`` is a given name (gender-guesser) and no everyday word of ``lang``
    ("Five", "Bay" and "Santa" are in the name list too)."""
    return is_first_name(word) and not (
        zipf(word, lang) >= COMMON_ZIPF and lemma_is_lowercase(word, lang)
    )
