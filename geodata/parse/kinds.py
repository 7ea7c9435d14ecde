"""How a toponym is used: literal, metonymic, demonym, modifier or embedded.

Decided from the words around it: a hyphenated compound ("US-Armee") is a modifier, a name inside
an organisation's name ("Sinaloa-Kartell", "Real Madrid", "University of Georgia") is embedded, a
capital or country acting as a subject ("Washington kündigte an") is metonymic.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geodata.parse.lexicon import Entry, Lexicon

#: Words that mark an organisation's name (lower case, any language handled).
ORGANISATION_MARKERS = frozenset(
    {
        "kartell", "kartells", "kartelle", "cartel", "cártel", "cartels", "fc", "sv", "cf", "sc", "ac",
        "club", "klub", "real", "atlético", "atletico", "deportivo", "sporting", "united", "university",
        "universität", "universidad", "université", "college", "institute", "institut", "instituto",
        "bank", "banco", "airlines", "airways", "times", "post", "zeitung", "herald", "tribune",
        "feria", "messe", "festival", "generation", "generación", "hospital", "klinik", "company",
        "corporation", "inc", "ltd", "gmbh", "ag", "s.a.", "stiftung", "foundation", "fundación",
        "partei", "party", "partido", "gang", "clan", "fraktion", "front", "frente", "liga", "league",
    }
)  # fmt: skip

#: Finite verbs of speech and action that make a capital or country the actor ("Washington said").
_ACTOR_VERBS = {
    "de": re.compile(
        r"^(kündigte|kündigt|erklärte|erklärt|warnte|warnt|forderte|fordert|drohte|droht|hat|hatte|"
        r"will|wollte|signalisierte|signalisiert|reagierte|reagiert|bestätigte|bestätigt|lehnte|lehnt|"
        r"sagte|sagt|teilte|teilt|wies|weist|verurteilte|verurteilt|schickte|schickt|bot|bietet|"
        r"kritisierte|kritisiert|setzt|setzte|droht|dementierte|dementiert|wirft|warf|verlangt|verlangte)$"
    ),
    "en": re.compile(
        r"^(said|says|announced|announces|warned|warns|demanded|demands|threatened|threatens|has|had|"
        r"will|would|wants|wanted|sent|sends|signalled|signaled|responded|confirmed|rejected|rejects|"
        r"accused|accuses|condemned|condemns|pressed|presses|offered|offers|denied|denies|insisted|"
        r"criticised|criticized|agreed|refused|imposed|imposes|urged|urges|called|plans|planned)$"
    ),
    "es": re.compile(
        r"^(anunció|anuncia|advirtió|advierte|exigió|exige|amenazó|amenaza|ha|había|quiere|quería|"
        r"envió|envía|respondió|responde|confirmó|confirma|rechazó|rechaza|acusó|acusa|condenó|condena|"
        r"presiona|presionó|ofreció|ofrece|negó|niega|insistió|insiste|criticó|critica|denunció|"
        r"denuncia|pidió|pide|impuso|impone|dijo|dice|aseguró|asegura|mantiene|sostiene)$"
    ),
}

_LOWER_CONNECTORS = {
    "de",
    "del",
    "la",
    "las",
    "los",
    "of",
    "the",
    "von",
    "der",
    "des",
    "y",
    "and",
    "&",
}


def _tokens_before(text: str, start: int, limit: int = 4) -> list[str]:
    window = text[max(0, start - 60) : start]
    window = re.split(r"[.!?;:\n,()«»„“”\"]", window)[-1]
    return window.split()[-limit:]


def _tokens_after(text: str, end: int, limit: int = 4) -> list[str]:
    window = text[end : end + 60]
    window = re.split(r"[.!?;:\n,()«»„“”\"]", window)[0]
    return window.split()[:limit]


def _in_organisation(text: str, start: int, end: int) -> bool:
    """True when the name sits inside a capitalised chain that carries an organisation marker."""
    before = _tokens_before(text, start)
    chain: list[str] = []
    for token in reversed(before):
        bare = token.strip("„“”\"'«»()")
        if (
            bare[:1].isupper()
            or bare.lower() in ORGANISATION_MARKERS
            or bare.lower() in _LOWER_CONNECTORS
        ):
            chain.append(bare)
        else:
            break
    after = _tokens_after(text, end)
    for token in after:
        bare = token.strip("„“”\"'«»()")
        if bare[:1].isupper() or bare.lower() in ORGANISATION_MARKERS:
            chain.append(bare)
        elif bare.lower() in _LOWER_CONNECTORS:
            continue
        else:
            break
    return any(token.lower().rstrip(".") in ORGANISATION_MARKERS for token in chain)


def _in_german_organisation(text: str, start: int, end: int) -> bool:
    """German capitalises every noun, so only abbreviations ("FC", "SV") right beside the name mark
    an organisation ("FC Bayern München", "Hamburger SV"); compounds are handled by the hyphen."""
    before = _tokens_before(text, start, 2)
    after = _tokens_after(text, end, 2)
    near = before[-2:] + after[:2]
    return any(token.isupper() and token.lower() in ORGANISATION_MARKERS for token in near)


def _club_article(text: str, start: int) -> bool:
    """True after a Spanish masculine article: cities take none, their football clubs do."""
    before = _tokens_before(text, start, 1)
    return bool(before) and before[0] in ("el", "al", "del", "El")


def _names_a_city(entry: Entry, lexicon: Lexicon) -> bool:
    return any(
        (place := lexicon.places.get(pid)) is not None and place.feature == "city"
        for pid in entry.place_ids
    )


def _compound_head(text: str, end: int) -> str | None:
    """The word joined to the name by a hyphen ("US-Armee" -> "Armee"), or None."""
    if end < len(text) - 1 and text[end] == "-" and text[end + 1].isalpha():
        match = re.match(r"[\w-]+", text[end + 1 :])
        return match.group(0) if match else None
    return None


def classify(
    text: str,
    start: int,
    end: int,
    *,
    lang: str,
    demonym: bool,
    entry: Entry,
    lexicon: Lexicon,
) -> str | None:
    """The kind of the toponym at ``text[start:end]``; None when it is not a toponym after all."""
    if demonym:
        return "demonym"
    head = _compound_head(text, end)
    if head is not None:
        if head.lower().split("-")[0] in ORGANISATION_MARKERS:
            return "embedded"
        return "modifier"
    if start > 0 and text[start - 1] == "-" and start > 1 and text[start - 2].isalpha():
        # "Anti-Drogen-Mexiko" style tails are rare; "Valencia-Barcelona" is a route.
        pass
    if (_in_german_organisation if lang == "de" else _in_organisation)(text, start, end):
        return "embedded"
    if lang == "es" and _club_article(text, start) and _names_a_city(entry, lexicon):
        return "embedded"  # "el Barcelona ganó", "al Valencia": the club, not the city
    verbs = _ACTOR_VERBS.get(lang)
    if verbs is not None:
        after = _tokens_after(text, end, 1)
        before = _tokens_before(text, start, 1)
        if after and verbs.match(after[0].lower()):
            is_actor_place = any(
                (place := lexicon.places.get(pid)) is not None
                and place.feature in ("country", "city")
                for pid in entry.place_ids
            )
            if is_actor_place and not (before and before[0].lower() in _PREPOSITIONS):
                return "metonymic"
    return "literal"


_PREPOSITIONS = {
    "in", "im", "nach", "aus", "bei", "at", "from", "to", "en", "de", "desde", "a", "al", "del",
}  # fmt: skip
