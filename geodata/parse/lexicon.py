"""The name index the recogniser scans with: every gazetteer name and demonym, lower-cased, in one
Aho-Corasick automaton, with the places each name can mean.

Built from any gazetteer that offers ``names()`` (entries with ``name``, ``place_id``, ``lang``) and
``get(place_id)``, so small test gazetteers work the same way as the full one.
"""

from __future__ import annotations

import bisect
import csv
import functools
import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import ahocorasick
import numpy as np

from geodata.config import PACKAGE_DATA
from geodata.model import Place
from geodata.parse.abbreviations import US_STATES
from geodata.parse.language import SUPPORTED

logger = logging.getLogger(__name__)

#: Where the demonym table lives (``country_code<TAB>lang<TAB>form``, base forms).
DEMONYMS_TSV = PACKAGE_DATA / "demonyms.tsv"

# Flags of a lexicon entry.
ABBREVIATION = 1  # an all-capitals code such as "USA": matches only in capitals
DEMONYM = 2  # an adjective or inhabitant noun of a country or city: "mexikanisch", "Mexican"
INFLECTED = 4  # a form generated here (German genitive, adjective endings), not a gazetteer name
STREET = 8  # a street's name found by its shape (see streets.py): names no place


class NameSource(Protocol):
    """What the lexicon needs from a gazetteer."""

    def names(self) -> Iterator[Any]: ...

    def get(self, place_id: str) -> Place | None: ...


@dataclass(frozen=True, slots=True)
class Entry:
    """One lower-cased surface form and the places it can name."""

    key: str
    place_ids: tuple[str, ...]
    flags: int
    langs: frozenset[str]


def lower(text: str) -> str:
    """``text`` lower-cased with its length kept, so offsets into the result are offsets into ``text``.

    ``str.lower`` changes the length of a few characters ("İ" -> "i̇"); those are kept as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def strip_accents(text: str) -> str:
    """``"Culiacán"`` -> ``"Culiacan"``: the form of a name written without its accents."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: German compass words that head a compound naming part of a country, continent or German-speaking
#: state: "Ostdeutschland", "Norditalien", "Südostasien", "Nordhessen".
GERMAN_COMPASS = (
    "Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Mittel", "Zentral",
)  # fmt: skip

#: Countries whose admin-1 units take German compass compounds ("Nordhessen", "Osttirol").
GERMAN_SPEAKING = frozenset({"DE", "AT", "CH"})


def _german_compass_forms(name: str) -> list[str]:
    """German compounds of a compass word and a one-word place name, with their genitives:
    "Deutschland" -> "Ostdeutschland", "Ostdeutschlands", "Süddeutschland", ..."""
    if not name.isalpha() or not name[:1].isupper() or len(name) < 4:
        return []
    tail = name[0].lower() + name[1:]
    forms = [prefix + tail for prefix in GERMAN_COMPASS]
    if name[-1] not in "sxzß":
        forms += [form + "s" for form in forms]
    return forms


def _german_forms(name: str, *, country: bool = False) -> list[str]:
    """Inflected German forms of a place name: genitive "Mexikos", "Griechenlandes", dative
    plural of a country named "-lande" ("in den Niederlanden"), dative "im Nahen Osten", genitive
    "des Nahen Ostens"."""
    forms: list[str] = []
    words = name.split(" ")
    if len(words) == 1:
        if name[-1:].isalpha() and name[-1] not in "sxzßSXZ" and name[:1].isupper():
            forms.append(name + "s")
            if name.endswith("land") and len(name) > 5:
                forms.append(name + "es")  # "des Saarlandes", "Griechenlandes"
            if country and name.endswith("lande"):
                # a country named in the plural of "Land" takes -n in the dative ("in den
                # Niederlanden"); other plural names end in -n already ("Philippinen")
                forms.append(name + "n")
        return forms
    first, rest = words[0], " ".join(words[1:])
    if not (first[:1].isupper() and first.isalpha() and rest[:1].isupper()):
        return forms
    # An adjective heading a name ("Naher Osten", "Vereinigte Staaten", "Rotes Meer") takes the
    # weak and dative endings -en/-em after articles and prepositions.
    for ending in ("er", "es", "e"):
        if first.endswith(ending) and len(first) > len(ending) + 2:
            stem = first[: -len(ending)]
            forms.extend(
                f"{stem}{new} {rest}" for new in ("en", "em", "er", "es", "e") if new != ending
            )
            if rest[-1:].isalpha() and rest[-1] not in "sxzß":
                forms.append(f"{stem}en {rest}s")  # "des Nahen Ostens"
            break
    return forms


#: Italian masculine plurals of "-co" that the rule of :func:`_italian_co` gets wrong.
_ITALIAN_CO_PLURALS = {"ceco": "cechi", "greco": "greci"}

#: Portuguese plurals of "-ão" other than "-ões".
_PORTUGUESE_AO_PLURALS = {"alemão": ("alemães",), "afegão": ("afegãos", "afegães")}


def _italian_co(stem: str) -> str:
    """The masculine plural of an Italian adjective in "-co" from its stem: "-chi" after a
    consonant ("tedeschi", "polacchi", "turchi"), "-ci" after a vowel ("austriaci",
    "britannici")."""
    return stem + ("chi" if stem[-1:] not in "aeiouàèéìòù" else "ci")


def _demonym_forms(form: str, lang: str) -> list[str]:
    """Inflected forms of a demonym's base form: endings by language."""
    out = [form]
    low = form.lower()
    if lang == "de":
        if low.endswith("isch"):
            out += [form + end for end in ("e", "en", "er", "es", "em")]
        elif low.endswith("er"):
            out += [form + end for end in ("n", "in", "innen", "s")]
        elif low.endswith("e"):  # Franzose, Brite, Türke
            out += [form + end for end in ("n", "in", "innen")]
    elif lang == "es":
        if low.endswith("o"):
            out += [form[:-1] + end for end in ("a", "os", "as")]
        elif low.endswith("ense") or low.endswith("e"):
            out += [form + "s"]
        elif low.endswith("í"):
            out += [form + "es", form + "s"]
        elif low.endswith("és"):
            stem = form[:-2] + "es"
            out += [stem + "a", stem + "as", stem + "es"]
        elif low.endswith("án"):
            stem = form[:-2] + "an"
            out += [stem + "a", stem + "as", stem + "es"]
        elif low.endswith("ín"):
            stem = form[:-2] + "in"
            out += [stem + "a", stem + "as", stem + "es"]
        elif low.endswith("ol"):  # español
            out += [form + "a", form + "as", form + "es"]
        elif low.endswith("a"):  # belga, croata
            out += [form + "s"]
        elif low.endswith("z"):  # andaluz: andaluza, andaluces
            out += [form + "a", form + "as", form[:-1] + "ces"]
    elif lang == "en":
        if low.endswith(("an", "er", "i", "ese")) and not low.endswith("ese"):
            out.append(form + "s")
    elif lang == "fr":
        if low.endswith(("en", "on")):  # italien, letton: italienne, lettonne, lettons
            out += [form + "ne", form + "s", form + "nes"]
        elif low.endswith("e"):  # belge, russe: belges
            out += [form + "s"]
        elif low.endswith(("s", "x")):  # français: française, françaises
            out += [form + "e", form + "es"]
        elif low.endswith("c"):  # grec, turc: grecs (the feminine has a row of its own)
            out += [form + "s"]
        else:  # allemand, marocain: allemande, allemands, allemandes
            out += [form + "e", form + "s", form + "es"]
    elif lang == "it":
        if low.endswith("co"):  # austriaco: austriaca, austriache, austriaci; tedeschi
            stem = form[:-2]
            out += [stem + "ca", stem + "che", _ITALIAN_CO_PLURALS.get(low) or _italian_co(stem)]
        elif low.endswith("o"):  # italiano: italiana, italiani, italiane
            out += [form[:-1] + end for end in ("a", "i", "e")]
        elif low.endswith("e"):  # francese: francesi
            out += [form[:-1] + "i"]
        elif low.endswith("ga"):  # belga: belgi, belghe
            out += [form[:-1] + "i", form[:-1] + "he"]
        elif low.endswith("a"):  # croata: croati, croate
            out += [form[:-1] + "i", form[:-1] + "e"]
    elif lang == "pt":
        if low.endswith("ês"):  # português: portuguesa, portugueses, portuguesas
            stem = form[:-2] + "es"
            out += [stem + "a", stem + "es", stem + "as"]
        elif low.endswith("ão"):  # alemão: alemã, alemãs, alemães; letão: letões
            stem = form[:-2]
            plurals = _PORTUGUESE_AO_PLURALS.get(low, (stem + "ões",))
            out += [stem + "ã", stem + "ãs", *plurals]
        elif low.endswith("ol"):  # espanhol: espanhola, espanhóis, espanholas
            out += [form + "a", form[:-2] + "óis", form + "as"]
        elif low.endswith("o"):  # brasileiro: brasileira, brasileiros, brasileiras
            out += [form[:-1] + end for end in ("a", "os", "as")]
        elif low.endswith(("e", "a", "i")):  # canadense, belga, somali: canadenses
            out += [form + "s"]
    return out


def _everyday_words(per_language: int = 3000) -> frozenset[str]:
    """The commonest words of the supported languages (wordfreq), lower case."""
    from wordfreq import top_n_list

    words: set[str] = set()
    for lang in ("en", "de", "es", "fr", "it", "pt", "nl"):
        words.update(top_n_list(lang, per_language))
    return frozenset(words)


#: Languages that write their demonyms in lower case, nouns for the people too ("gli italiani",
#: "os brasileiros"), with the ending of their plural: one of their demonyms capitalised inside a
#: sentence is a name ("firmato da Russo"), and a town spelled as one of their inflections keeps
#: its name. (Spanish, which writes them so too, is left as its corpus was measured.)
LOWER_CASE_DEMONYMS = {"it": "i", "pt": "s"}

#: Population from which a town keeps its name where a generated inflection of a demonym is
#: spelled the same (see :meth:`Lexicon.build`).
TOWN_OVER_INFLECTED_DEMONYM = 10_000


def notable(place: Place) -> bool:
    """A country, region, admin-1 unit, sea, or a city of 100,000 people or more."""
    return place.feature != "city" or (place.population or 0) >= 100_000


def _compass_base(place: Place) -> bool:
    """True for the places whose German name takes compass compounds: countries, continents and
    the states of German-speaking countries."""
    return place.feature in ("country", "continent") or (
        place.feature == "admin1" and place.country_code in GERMAN_SPEAKING
    )


def read_demonyms(path: Path = DEMONYMS_TSV) -> list[tuple[str, str, str]]:
    """Rows ``(code, lang, form)`` of the demonym table; empty when it is missing.

    ``code`` names the place the people live in: see :func:`_demonym_places`.
    """
    if not path.exists():
        logger.info("no demonym table at %s: demonyms will not be recognised", path)
        return []
    rows: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            code, lang, form = (
                (row.get("country_code") or "").strip(),
                (row.get("lang") or "").strip(),
                (row.get("form") or "").strip(),
            )
            if code and form:
                # ISO codes in capitals; place ids ("region:latin-america") as written
                rows.append((code if ":" in code else code.upper(), lang.lower(), form))
    return rows


_NO_LANGS: frozenset[str] = frozenset()


#: How many letters an alternate name may have at most and still be skipped as noise ("mx", "df",
#: "Sam" for Damascus), unless CLDR confirms it (see :func:`_cldr_city_names`).
SHORT_NAME = 3


def _cldr_city_names(langs: Iterable[str]) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """Short city names that CLDR (babel) gives in ``langs`` as the exemplar city of a time
    zone: (country code, folded English name, name) -> the languages that use it. "Rom" is the German name of
    Rome (Europe/Rome), "Amã" the Portuguese one of Amman: a name the gazetteer has only as one
    of many untagged short alternates is confirmed so."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    territories = get_global("zone_territories")
    found: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for lang in sorted(langs):
        try:
            zones = Locale.parse(lang).time_zones
        except (UnknownLocaleError, ValueError):
            continue
        for zone, names in zones.items():
            city = names.get("city")
            country = territories.get(zone)
            if not city or not country or len(city) > SHORT_NAME or "/" not in zone:
                continue
            english = zone.rsplit("/", 1)[1].replace("_", " ")
            key = (country, fold(english), city)
            found[key] = (*found.get(key, ()), lang)
    return found


def _subdivision_names(code: str) -> list[str]:
    """The names ISO 3166-2 gives the unit ``code`` (pycountry), each variant apart:
    "Illes Balears [Islas Baleares]" -> "Illes Balears", "Islas Baleares"; "Valenciana,
    Comunidad" -> "Comunidad Valenciana", "Valenciana"; empty for an unknown code."""
    import pycountry

    try:
        unit = pycountry.subdivisions.get(code=code)
    except (KeyError, LookupError):
        return []
    if unit is None:
        return []
    found: list[str] = []
    for part in re.split(r"[\[\];]", str(unit.name)):
        part = part.strip()
        if not part:
            continue
        head, comma, tail = part.partition(", ")
        if comma:
            found.append(f"{tail} {head}")  # "Valenciana, Comunidad": the name in running text
        found.append(head)
    return found


def _demonym_places(
    by_id: dict[str, Place], areas: dict[tuple[str, str], list[str]] | None = None
) -> Callable[[str], str | None]:
    """A function from a demonym row's code to the id of the place its people live in.

    The code is a country's ISO 3166-1 code (``"MX"``), an admin-1 unit's ISO 3166-2 code
    (``"US-TX"``: "Texan"), a place id (``"region:latin-america"``) or a GeoNames id (a city's:
    "Münchner", "madrileño"). An ISO 3166-2 code of a unit above the gazetteer's admin-1 units
    (Spain's autonomous communities, Italy's regions, the nations of the United Kingdom: "ES-CT",
    "GB-ENG") names the region or unit of that country called by one of the names ISO gives it,
    looked up in ``areas`` ((country code, folded name) -> ids of regions and admin-1 units, the
    regions first). Codes of places the gazetteer lacks give None.
    """
    countries: dict[str, str] = {}
    units: dict[str, str] = {}
    geonames: dict[str, str] = {}
    for place in by_id.values():
        if place.feature == "country" and place.country_code:
            countries.setdefault(place.country_code, place.id)
        elif place.feature == "admin1" and place.admin1_code:
            units.setdefault(place.admin1_code, place.id)
        if place.geonameid is not None:
            geonames.setdefault(str(place.geonameid), place.id)

    def place_of(code: str) -> str | None:
        code = code.strip()
        if code in countries:
            return countries[code]
        if code in by_id:
            return code
        if code.isdigit():
            return geonames.get(code)
        found = units.get(code.upper())
        if found is None and areas and "-" in code:
            country = code.split("-", 1)[0].upper()
            for name in _subdivision_names(code.upper()):
                ids = areas.get((country, fold(name)))
                if ids:
                    return ids[0]
        return found

    return place_of


def _latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin (the scripts of the supported languages)."""
    return all(ord(ch) <= 0x24F or 0x1E00 <= ord(ch) <= 0x1EFF for ch in name if ch.isalpha())


class PlaceView:
    """The places of a gazetteer by id, made on demand and remembered: a mapping the lexicon
    can use without copying every place of the world gazetteer into its cache."""

    def __init__(self, gazetteer: NameSource) -> None:
        self._gazetteer = gazetteer
        self._made: dict[str, Place | None] = {}

    def get(self, place_id: str, default: Place | None = None) -> Place | None:
        try:
            place = self._made[place_id]
        except KeyError:
            place = self._made[place_id] = self._gazetteer.get(place_id)
        return default if place is None else place

    def __getitem__(self, place_id: str) -> Place:
        place = self.get(place_id)
        if place is None:
            raise KeyError(place_id)
        return place

    def __contains__(self, place_id: object) -> bool:
        return isinstance(place_id, str) and self.get(place_id) is not None


#: Characters that fold to a space: every non-word character but the space itself.
_NONWORD = re.compile(r"[^\w ]|_", re.UNICODE)


def fold(text: str) -> str:
    """The form names are matched in: lower case, every non-word character a space, length kept.

    ``"Neu-Delhi"`` and ``"Neu Delhi"`` fold alike, and offsets into the folded text are offsets
    into ``text``. A long text is folded through a table of code points (the same result as the
    pattern, twice as fast on an article).
    """
    lowered = lower(text)
    if len(lowered) < FOLD_BY_TABLE:
        return _NONWORD.sub(" ", lowered)
    points = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _word_table()
    known = points < len(table)
    if not known.all():  # beyond the table (astral planes): the pattern decides
        return _NONWORD.sub(" ", lowered)
    folded = np.where(table[points], points, np.uint32(32))
    return folded.tobytes().decode("utf-32-le", "surrogatepass")


#: Texts from this length on are folded by :func:`_word_table`.
FOLD_BY_TABLE = 256


@functools.cache
def _word_table() -> np.ndarray:
    """For each code point of the Basic Multilingual Plane: True when it is a word character of
    Python's ``re`` (alphanumeric), which :func:`fold` keeps; the underscore is not kept."""
    table = np.fromiter(
        (chr(point).isalnum() for point in range(0x10000)), dtype=bool, count=0x10000
    )
    table[ord(" ")] = True  # a space folds to itself
    return table


def own_name(place: Place, key: str) -> bool:
    """True when the folded ``key`` is ``place``'s own name (with or without accents), not one of
    its alternates. A name of two ("Murten/Morat", "Zürich (Kreis 2) / Enge") is each of its
    parts that is a plain name (not "Zürich (Kreis 2)")."""
    name = place.name
    if fold(name) == key or fold(strip_accents(name)) == key:
        return True
    return "/" in name and any(
        "(" not in part and (fold(part) == key or fold(strip_accents(part)) == key)
        for part in (part.strip() for part in name.split("/"))
    )


class Lexicon:
    """Folded names and demonyms -> places, scanned with one Aho-Corasick automaton.

    Keys are stored with a space on each side, and texts are scanned with one too, so every match
    starts and ends at a word boundary.
    """

    def __init__(
        self,
        entries: list[Entry],
        places: dict[str, Place],
        abbreviations: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.places = places
        #: Lower-case demonyms spelled like a notable place ("argentina" -> Argentina's id).
        self.demonym_forms: dict[str, str] = {}
        #: Those of them that French writes capitalised for the people ("un Italien", which
        #: is also German "Italien", the country): a demonym there in French text.
        self.capitalised_demonyms: frozenset[str] = frozenset()
        self._keys = [entry.key for entry in entries]
        self._ids = [entry.place_ids for entry in entries]
        self._flags = bytes(entry.flags for entry in entries)
        # Languages are kept for demonyms and for names of notable places ("Thüringen" is the
        # German name of Thuringia, "Gazastreifen" of the Gaza Strip): the recogniser reads a
        # place's name in the text's own language as that place's, not as a rare alternate.
        shared: dict[frozenset[str], frozenset[str]] = {}
        self._langs = {
            i: shared.setdefault(entry.langs, entry.langs)
            for i, entry in enumerate(entries)
            if entry.langs
            and (
                entry.flags & DEMONYM
                or any(
                    (place := places.get(pid)) is not None and notable(place)
                    for pid in entry.place_ids
                )
            )
        }
        self._prepare()
        # "AZ" -> the admin-1 units whose ISO 3166-2 code ends in it: the region after "Peoria, AZ".
        codes: dict[str, list[str]] = defaultdict(list)
        for place in places.values():
            if place.feature == "admin1" and place.admin1_code and "-" in place.admin1_code:
                codes[place.admin1_code.split("-", 1)[1]].append(place.id)
        by_code = {
            place.admin1_code: place.id for place in places.values() if place.feature == "admin1"
        }
        for short, code in US_STATES.items():
            if code in by_code:
                codes[short.rstrip(".")].append(by_code[code])
        for code, found in (abbreviations or {}).items():
            codes[code].extend(pid for pid in found if pid not in codes[code])
        self.region_codes: dict[str, tuple[str, ...]] = {
            code: tuple(found) for code, found in codes.items()
        }
        # Two-letter keys ("us", "to", "on") are matched as capitals only, by the recogniser's
        # code pattern; everyday words that name only small places ("police", "said") could never
        # pass the recogniser's commonness test. Both stay out of the scan, which they would flood.
        everyday = _everyday_words()
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        scanned = 0
        for index, key in enumerate(self._keys):
            if len(key) <= 2:
                continue
            if (
                key in everyday
                and not self._flags[index] & DEMONYM
                and not any(
                    notable(place)
                    for pid in self._ids[index]
                    if (place := places.get(pid)) is not None
                )
            ):
                continue
            self.automaton.add_word(f" {key} ", index)
            scanned += 1
        if scanned:
            self.automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._keys)

    def __getstate__(self) -> dict[str, Any]:
        """Everything but the places, which come back from the gazetteer (see :meth:`attach`)."""
        names = (
            "_keys",
            "_ids",
            "_flags",
            "_langs",
            "region_codes",
            "demonym_forms",
            "capitalised_demonyms",
        )
        state = {name: getattr(self, name) for name in names}
        state["automaton"] = self.automaton
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        self.places = {}
        self._prepare()

    def _prepare(self) -> None:
        """The run-time tables derived from the stored ones (never pickled)."""
        self._index = {key: index for index, key in enumerate(self._keys)}
        self._entries: dict[int, Entry] = {}
        #: What the recogniser works out once per name and keeps (cleared by :meth:`attach`).
        self.memo: dict[object, object] = {}

    def attach(self, gazetteer: NameSource) -> Lexicon:
        """Read places from ``gazetteer`` (after loading a cached lexicon)."""
        self.places = PlaceView(gazetteer)
        self.memo = {}
        return self

    def _entry(self, index: int) -> Entry:
        entry = self._entries.get(index)
        if entry is None:
            entry = self._entries[index] = Entry(
                self._keys[index],
                self._ids[index],
                self._flags[index],
                self._langs.get(index, _NO_LANGS),
            )
        return entry

    def entry(self, surface: str) -> Entry | None:
        """The entry of a surface form (any case, any punctuation), or None."""
        index = self._index.get(fold(surface).strip())
        return None if index is None else self._entry(index)

    def iter_matches(
        self, folded: str, text: str | None = None
    ) -> Iterator[tuple[int, int, Entry]]:
        """Every ``(start, end, entry)`` whose key occurs in ``folded`` (see :func:`fold`) as whole
        words; overlapping matches included. Given the original ``text``, names written in lower
        case there are skipped, except demonyms ("mexikanische", "estadounidense")."""
        if not len(self.automaton):
            return
        keys, flags, demonym_forms = self._keys, self._flags, self.demonym_forms
        for last, index in self.automaton.iter(f" {folded} "):
            # ``last`` indexes the padded text: it is the closing space, one past the key's end.
            end = last - 1
            key = keys[index]
            start = end - len(key)
            if (
                text is not None
                and not text[start].isupper()
                and not flags[index] & DEMONYM
                and key not in demonym_forms
            ):
                continue
            yield start, end, self._entry(index)

    def scan(
        self, text: str, *, any_case: bool = False, generics: frozenset[str] = frozenset()
    ) -> list[tuple[int, int, Entry]]:
        """The names in ``text``, leftmost-longest: at each start the longest name, and no name
        that overlaps one already taken; names written in lower case are skipped except demonyms
        (see :meth:`iter_matches`), unless ``any_case``. In the order of the text.

        A name that begins with one of ``generics`` in lower case and ends in a capitalised word
        (Spanish "el mar Negro", "el golfo de México", French "la mer Noire") is kept where the
        names it covers do not name any place it names: "mar Negro" over a town called Negro,
        but "Pacífico" alone in "el océano Pacífico", which already names that ocean."""
        if not len(self.automaton):
            return []
        keys, flags, demonym_forms = self._keys, self._flags, self.demonym_forms
        found: list[tuple[int, int, int]] = []
        generic: list[tuple[int, int, int]] = []
        for last, index in self.automaton.iter(f" {fold(text)} "):
            key = keys[index]
            start = last - 1 - len(key)
            if (
                not any_case
                and not text[start].isupper()
                and not flags[index] & DEMONYM
                and key not in demonym_forms
            ):
                if generics and " " in key and key[: key.find(" ")] in generics:
                    tail = key.rfind(" ") + 1
                    if text[start + tail].isupper():
                        generic.append((start, 1 - last, index))
                continue
            found.append((start, 1 - last, index))  # longest first at a start: -end sorts it
        found.sort()
        chosen: list[tuple[int, int, Entry]] = []
        last_end = -1
        for start, negative_end, index in found:
            if start >= last_end:
                last_end = -negative_end
                chosen.append((start, last_end, self._entry(index)))
        if generic:
            chosen = self._with_generic_names(chosen, generic)
        return chosen

    def _with_generic_names(
        self, chosen: list[tuple[int, int, Entry]], generic: list[tuple[int, int, int]]
    ) -> list[tuple[int, int, Entry]]:
        """``chosen`` with the longest generic-led name at each start (see :meth:`scan`) in place
        of the names it covers, unless one of those names a place it names or reaches beyond it
        (a name that ends with the generic noun, "El río" at a sentence's start, gives way)."""
        generic.sort()
        # ``chosen`` does not overlap itself, so its starts and its ends both ascend: the names a
        # generic-led name covers are found by bisection, and all replacements made in one pass
        starts = [m[0] for m in chosen]
        removed: set[int] = set()
        replacements: list[tuple[int, int, Entry]] = []
        taken_end = -1
        for start, negative_end, index in generic:
            end = -negative_end
            if start < taken_end:
                continue
            entry = self._entry(index)
            noun_end = start + entry.key.find(" ")
            high = bisect.bisect_left(starts, end)
            low = high
            while low > 0 and chosen[low - 1][1] > start:
                low -= 1
            inside = [chosen[k] for k in range(low, high) if k not in removed]
            if any(
                (m[0] < start and m[1] > noun_end)  # "El río" at a sentence's start may go
                or m[1] > end
                or not set(m[2].place_ids).isdisjoint(entry.place_ids)
                for m in inside
            ):
                continue
            removed.update(range(low, high))
            replacements.append((start, end, entry))
            taken_end = end
        if not replacements:
            return chosen
        kept = [m for k, m in enumerate(chosen) if k not in removed]
        return sorted(kept + replacements, key=lambda m: m[0])

    @classmethod
    def build(
        cls,
        places: Iterable[Place],
        names: Iterable[Any],
        demonyms: Iterable[tuple[str, str, str]] = (),
    ) -> Lexicon:
        """Index ``names`` (objects with ``name``, ``place_id`` and optional ``lang``) of ``places``."""
        by_id = {place.id: place for place in places}
        ids: dict[str, dict[str, None]] = defaultdict(dict)
        flags: dict[str, int] = defaultdict(int)
        langs: dict[str, set[str]] = defaultdict(set)

        def add(form: str, place_id: str, flag: int, lang: str | None) -> None:
            key = fold(form.strip())
            if len(key) < 2 or not any(ch.isalpha() for ch in key) or key != key.strip():
                return
            if "." in form:  # "St. Louis" is also written "St Louis"
                add(" ".join(form.replace(".", " ").split()), place_id, flag, lang)
            ids[key][place_id] = None
            if key not in flags:
                flags[key] = flag
            elif flags[key] & INFLECTED and not flag & INFLECTED:
                flags[key] = flag  # a real name replaces a generated form
            elif not flag & ABBREVIATION:
                flags[key] &= ~ABBREVIATION  # "Usa" the town lets "usa" match in any case
            if lang:
                langs[key].add(lang)

        generated: list[tuple[str, str, str | None]] = []
        abbreviations: dict[str, list[str]] = defaultdict(list)
        # (country, folded name) -> regions and admin-1 units so named, for demonyms' ISO codes
        areas: dict[tuple[str, str], list[str]] = defaultdict(list)
        cldr = _cldr_city_names(SUPPORTED)
        for item in names:
            name = str(item.name).strip()
            place_id = str(item.place_id)
            if place_id not in by_id or not name:
                continue
            area = by_id[place_id]
            if area.feature in ("region", "admin1") and area.country_code:
                known = areas[(area.country_code, fold(name))]
                if place_id not in known:
                    known.insert(0 if area.feature == "region" else len(known), place_id)
            if not _latin(name) or len(name) > 80:
                continue
            if getattr(item, "source", None) == "abbrev":
                # "AZ", "Ariz.", "NSW": only after a place name ("Peoria, AZ"), never on their own
                abbreviations[name.rstrip(".")].append(place_id)
                continue
            is_code = name.isupper() and len(name) <= 4 and name.isalpha()
            if is_code and by_id[place_id].feature == "city":
                continue  # airport and station codes ("NBC", "LAX") name cities far less than they name other things
            lang = getattr(item, "lang", None) or None
            if len(name) <= SHORT_NAME and not is_code:
                place = by_id[place_id]
                confirmed = (
                    place.feature == "city"
                    and place.country_code is not None
                    and cldr.get((place.country_code, fold(place.name), name))
                )
                if not confirmed:
                    continue  # short lower-case alternates ("mx", "df") are noise, not names
                # "Rom": Rome's name in German, Danish and Swedish, as CLDR has it
                for other in confirmed:
                    add(name, place_id, 0, other)
                lang = "de" if "de" in confirmed else confirmed[0]
            add(name, place_id, ABBREVIATION if is_code else 0, lang)
            if lang in (None, "de") and not is_code:
                country = by_id[place_id].feature == "country"
                generated.extend(
                    (form, place_id, lang) for form in _german_forms(name, country=country)
                )
            if lang == "de" and not is_code and _compass_base(by_id[place_id]):
                generated.extend((form, place_id, lang) for form in _german_compass_forms(name))
            bare = strip_accents(name)
            if bare != name and not is_code:
                add(bare, place_id, 0, lang)
        for place in by_id.values():
            add(place.name, place.id, 0, None)
            if place.feature in ("region", "admin1") and place.country_code:
                known = areas[(place.country_code, fold(place.name))]
                if place.id not in known:
                    known.insert(0 if place.feature == "region" else len(known), place.id)
        real_keys = set(ids)
        for form, place_id, lang in generated:
            key = fold(form)
            if key not in real_keys:  # an inflected form never shadows a real name
                add(form, place_id, INFLECTED, lang)

        demonym_place = _demonym_places(by_id, areas)
        demonym_forms: dict[str, str] = {}
        capitalised: set[str] = set()
        for code, lang, form in demonyms:
            place_id = demonym_place(code)
            if place_id is None:
                continue
            for variant in _demonym_forms(form, lang):
                key = fold(variant)
                if key in ids and not flags[key] & DEMONYM:
                    if (
                        place_id in ids[key]
                        and variant == form
                        and not flags[key] & INFLECTED
                        and langs.get(key, set()).isdisjoint(SUPPORTED)
                        and not any(own_name(by_id[pid], key) for pid in ids[key])
                    ):
                        # "Swiss", an alternate name GeoNames gives Switzerland, is the
                        # demonym of that same place, not a second name of it (but its name in
                        # a supported language, Spanish "Suiza" beside "suiza", German "Italien"
                        # beside French "italien", a name spelled as an inflected demonym,
                        # "Bosnia" beside Spanish "bosnia", and a generated inflection of the
                        # name, "Chinas" beside "chinas", stay names)
                        ids[key].clear()
                    elif any(notable(by_id[pid]) for pid in ids[key]) or (
                        lang in LOWER_CASE_DEMONYMS
                        and variant != form
                        and any(
                            (by_id[pid].population or 0) >= TOWN_OVER_INFLECTED_DEMONYM
                            and own_name(by_id[pid], key)
                            for pid in ids[key]
                        )
                    ):
                        # a notable place wins over a demonym spelled the same ("Guinea",
                        # "argentina"), and a town named so over an Italian or Portuguese
                        # inflection, which those languages write in lower case (Russas, Brazil,
                        # over "russas"); the recogniser still reads the lower-case form as a
                        # demonym
                        demonym_forms[key] = place_id
                        if lang == "fr":
                            capitalised.add(key)
                        continue
                    ids[key].clear()  # "Canadian" is a demonym before it is a Texan village
                ids[key][place_id] = None
                flags[key] = DEMONYM
                if lang:
                    langs[key].add(lang)

        self_demonyms = demonym_forms
        entries = [
            Entry(
                key=key,
                place_ids=tuple(ids[key]),
                flags=flags[key],
                langs=frozenset(langs.get(key, ())),
            )
            for key in sorted(ids)
        ]
        logger.info("lexicon: %d surface forms for %d places", len(entries), len(by_id))
        lexicon = cls(entries, by_id, {code: tuple(found) for code, found in abbreviations.items()})
        lexicon.demonym_forms = self_demonyms
        lexicon.capitalised_demonyms = frozenset(capitalised)
        return lexicon
