"""How a toponym is used: literal, metonymic, demonym, modifier or embedded.

Decided from the words around the name, with grammatical cues only:

- a hyphenated compound ("US-Armee") is a modifier, or embedded when its head marks an
  organisation ("Sinaloa-Kartell");
- a name inside an organisation's name is embedded: a capitalised chain carrying an organisation
  word ("Real Madrid", "University of Georgia"), a multi-word capitalised name before "de"/"of"
  ("Federación Hotelera de Baleares"), a name glued to other capitalised words that are not places
  ("Brasil Telecom", "Olympique Lyon"), a German abbreviation or noun right beside it ("VfL
  Osnabrück", "Universität Gießen"), a Spanish club after a masculine article ("el Barcelona
  ganó"), or a city in brackets after a person ("Puyol (Barcelona)": the player's club);
- a name standing alone in quotation marks after an article is a title, not a place
  ("der „Medea“");
- a capital or country acting as the subject of a verb of speech or action ("Washington kündigte
  an") is metonymic, but not where a preposition, an article or a noun governs it ("die Regierung
  Mexikos fordert", "the government of Córdoba plans").
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Literal

from geodata.parse.language import is_first_name, is_plain_word, lemma_is_lowercase, zipf
from geodata.parse.lexicon import DEMONYM, INFLECTED
from geodata.parse.words import word_after, word_before

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
        "air",
        # "university" in the other supported languages: "Stockholms universitet"
        "universitet", "università", "universiteit", "universidade", "universitat", "uniwersytet",
        "univerzita", "yliopisto", "egyetem", "universitatea",
    }
)  # fmt: skip

#: German nouns for a kind of place or area ("Stadt", "Kanton", "Gebiet"); see PLACE_HEADS.
GERMAN_PLACE_HEADS = frozenset(
    {
        "stadt", "hauptstadt", "großstadt", "kleinstadt", "metropole", "gemeinde", "dorf", "ort",
        "ortsteil", "stadtteil", "kreis", "landkreis", "bezirk", "kanton", "land", "bundesland",
        "bundesstaat", "staat", "provinz", "region", "insel", "inseln", "halbinsel", "republik",
        "königreich", "fürstentum", "emirat", "herzogtum", "grafschaft", "departement", "distrikt",
        "gouvernement", "oblast", "heimat", "festung", "präfektur", "raum", "großraum", "umland", "gebiet", "richtung", "streifen",
        "nord", "süd", "ost", "west", "nordost", "nordwest", "südost", "südwest", "zentral",
    }
)  # fmt: skip

_SPANISH_PLACE_HEADS = frozenset(
    {
        "ciudad", "villa", "pueblo", "provincia", "estado", "región", "departamento", "municipio",
        "comunidad", "distrito", "condado", "isla", "islas", "península", "golfo", "mar", "río",
        "lago", "valle", "sierra", "puerto", "capital", "país", "república", "reino", "principado",
        "zona", "área", "norte", "sur", "este", "oeste", "centro", "alta", "alto", "baja", "bajo",
        "gran", "nueva", "nuevo", "santa", "santo", "san",
    }
)  # fmt: skip

_ENGLISH_PLACE_HEADS = frozenset(
    {
        "city", "town", "village", "state", "province", "county", "district", "island",
        "islands", "republic", "kingdom", "port", "river", "lake", "gulf", "sea", "bay", "mount",
        "north", "south", "east", "northern", "southern", "eastern", "western", "central",
        "upper", "lower", "greater", "inner", "outer", "downtown", "metro", "new", "old", "fort",
        "saint", "st",
    }
)  # fmt: skip

#: Nouns that head a place's own name or a description of it, not an organisation's name: "Ciudad
#: de México", "Provincia de Buenos Aires", "Stadt Köln", "Kanton Bern", "State of Texas", "North
#: Texas". A capitalised one of these beside a name leaves it literal.
PLACE_HEADS = GERMAN_PLACE_HEADS | _SPANISH_PLACE_HEADS | _ENGLISH_PLACE_HEADS

#: Articles, which a name's chain of capitalised words may begin with ("El", "La", "The").
_ARTICLES = frozenset(
    {
        "el",
        "la",
        "los",
        "las",
        "lo",
        "the",
        "le",
        "les",
        "il",
        "der",
        "die",
        "das",
        "o",
        "a",
        "os",
        "as",
    }
)

#: Finite verbs of speech and action that make a capital or country the actor ("Washington said").
_ACTOR_VERBS = {
    "de": re.compile(
        r"^(kündigte|kündigt|erklärte|erklärt|warnte|warnt|forderte|fordert|drohte|droht|hat|hatte|"
        r"will|wollte|signalisierte|signalisiert|reagierte|reagiert|bestätigte|bestätigt|lehnte|lehnt|"
        r"sagte|sagt|teilte|teilt|wies|weist|verurteilte|verurteilt|schickte|schickt|bot|bietet|"
        r"kritisierte|kritisiert|setzt|setzte|droht|dementierte|dementiert|wirft|warf|verlangt|verlangte|"
        r"haben|hatten|wollen|wollten|fordern|forderten|drohen|drohten|erklärten|kündigten|reagierten|"
        r"lehnten|warnten|verhängten|verhängen|verhängte|verhängt)$"
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
    "de", "del", "la", "las", "los", "of", "the", "von", "der", "des", "&",
    "di", "della", "du", "van", "do", "da",  # Italian, French, Dutch, Portuguese
}  # fmt: skip

#: Words that join a name to the noun it depends on: "Gobierno de", "government of", "Regierung
#: von". A name after one of them is not the subject of the verb that follows it.
_GOVERNING = {
    "de", "del", "of", "von", "vom", "der", "des", "den", "dem", "die", "das", "the", "el", "la",
    "los", "las", "al", "a", "in", "im", "nach", "aus", "bei", "at", "from", "to", "en", "desde",
    "via", "vía", "through", "über", "ohne", "sin", "without", "into", "for", "für", "para", "por",
    "with", "mit", "con", "against", "gegen", "contra", "between", "zwischen", "entre", "near",
    "toward", "towards", "hacia", "by", "durch",
}  # fmt: skip

#: Conjunctions that join a name to the one before it in a list ("Moskau und Peking").
_AND = {"und", "y", "e", "and", "sowie", "or", "oder", "o"}

#: Characters that open or close a quotation.
_OPEN_QUOTES = "„“\"«‹‚‘'"
_CLOSE_QUOTES = "“”\"»›‘’'"

_TOKEN = re.compile(r"\S+")
_STRIP = "„“”\"'«»‹›‚‘’()[]{}¿¡"

#: What :func:`_in_organisation` strips from each word near a name before looking it up.
_TOKEN_STRIP = _STRIP + ",;:!?"


def _tokens_before(text: str, start: int, limit: int = 4) -> list[str]:
    window = text[max(0, start - 60) : start]
    window = re.split(r"[.!?;:\n,()«»„“”\"]", window)[-1]
    return window.split()[-limit:]


def _tokens_after(text: str, end: int, limit: int = 4) -> list[str]:
    window = text[end : end + 60]
    window = re.split(r"[.!?;:\n,()«»„“”\"]", window)[0]
    return window.split()[:limit]


def _sentence_start(text: str, at: int) -> bool:
    """True when nothing but spaces and openers stand between ``at`` and a sentence's start."""
    i = at - 1
    while i >= 0 and (
        text[i] in " \t\r"
        or text[i] in _OPEN_QUOTES
        or text[i] in _CLOSE_QUOTES
        or text[i] in "([¿¡-–—•*"
    ):
        i -= 1
    return i < 0 or text[i] in ".!?:;…\n"


def is_place_word(word: str, lexicon: Lexicon) -> bool:
    """True when ``word`` names a well-known place: a country, a region, an admin-1 unit, a sea or
    a city of 50,000 people or more. GeoNames also has hamlets called "Nacional", "Federación" or
    "Banco", which must not make an institution's name a place's. Worked out once per word."""
    memo_key = ("place word", word)
    found = lexicon.memo.get(memo_key)
    if found is None:
        entry = lexicon.entry(word)
        found = (
            entry is not None
            and not entry.flags & DEMONYM
            and any(
                (place := lexicon.places.get(pid)) is not None
                and (place.feature != "city" or (place.population or 0) >= NOTABLE_CITY)
                for pid in entry.place_ids
            )
        )
        if entry is not None or len(lexicon.memo) < PLACE_WORD_MEMO_LIMIT:
            # other words are remembered only while the memo is small: it must not grow with
            # the vocabulary of a long-running parser
            lexicon.memo[memo_key] = found
    return found  # type: ignore[return-value]


#: How many entries the lexicon's memo may hold before words that name no place stop being
#: remembered by :func:`is_place_word`.
PLACE_WORD_MEMO_LIMIT = 200_000

#: Population from which a city's name alone is read as the city beside other capitalised words.
NOTABLE_CITY = 50_000


def _features(entry: Entry, lexicon: Lexicon) -> frozenset[str]:
    """The feature types of the places ``entry`` names; worked out once per entry."""
    memo_key = ("features", entry.key, entry.place_ids)
    found = lexicon.memo.get(memo_key)
    if found is None:
        found = lexicon.memo[memo_key] = frozenset(
            place.feature
            for pid in entry.place_ids
            if (place := lexicon.places.get(pid)) is not None
        )
    return found  # type: ignore[return-value]


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


#: An elided article or preposition before a word: "dell'", "l'", "d'", "all'" (in lower case,
#: before a capital: see :func:`unelided`).
_ELIDED = re.compile(r"[^\W\d_]{1,4}['’]")


def unelided(token: str) -> str:
    """``token`` without an elided article before a capitalised word ("dell'Università" ->
    "Università"); a possessive stays whole ("King's", "Joe's")."""
    match = _ELIDED.match(token)
    if match and match.group().islower() and token[match.end() : match.end() + 1].isupper():
        return token[match.end() :]
    return token


def _in_organisation(text: str, start: int, end: int) -> bool:
    """True when the name sits inside a capitalised chain that carries an organisation marker."""
    # (an elided article is cut off: "dell'Università", "l'Université")
    near = text[max(0, start - 60) : end + 60].lower().replace("'", " ").replace("’", " ").split()
    if ORGANISATION_MARKERS.isdisjoint(map(str.strip, near, itertools.repeat(_TOKEN_STRIP))):
        return False  # no organisation word anywhere near: the common case, decided at once
    before = _tokens_before(text, start)
    chain: list[str] = []
    for token in reversed(before):
        bare = unelided(token.strip(_STRIP))
        if (
            bare[:1].isupper()
            or bare.lower() in ORGANISATION_MARKERS
            or bare.lower() in _LOWER_CONNECTORS
        ):
            chain.append(bare)
        else:
            break
    heads = [token for token in chain if token[:1].isupper()]
    if heads and (heads[-1].lower() in _FACILITY_HEADS or heads[-1].lower() in PLACE_HEADS):
        return False  # "Palacio Real de Madrid", "Ciudad Real": a site's or a place's name
    after = _tokens_after(text, end)
    for token in after:
        bare = token.strip(_STRIP)
        if bare[:1].isupper() or bare.lower() in ORGANISATION_MARKERS:
            chain.append(bare)
        elif bare.lower() in _LOWER_CONNECTORS:
            continue
        else:
            break
    return any(token.lower().rstrip(".") in ORGANISATION_MARKERS for token in chain)


#: What :func:`_named_body_before` needs right before a name, as one pattern tried first (a
#: cheap test that lets through every name it may accept): a connector ("de", "of", "do", "da"),
#: maybe with an article after it ("de la", "of the").
_CONNECTOR_BEFORE = re.compile(
    r"(?:de|of|del|do|da|dos|das)(?: +(?:la|las|los|the))? +$", re.IGNORECASE
)


def _named_body_before(text: str, start: int, lexicon: Lexicon, lang: str) -> bool:
    """True after a capitalised name and "de"/"of": "Ayuntamiento de Palma", "Federación
    Hotelera de Baleares", "Asociación de Vecinos de Barcelona", "Bank of England". Such a name,
    itself no place ("Ciudad de", "Provincia de", "Palacio de", "Gulf of" are left alone) and no
    person's title ("Presidente de", "Queen of"), is an institution's, an event's or a law's.

    Only in mid-sentence, where a capital marks a name: a sentence's first word is capitalised
    whatever it is ("Cerca de Madrid").
    """
    word, at = word_before(text, start)
    if word.lower() in ("la", "las", "los", "the"):  # "Consejo de la Magistratura de la Nación"
        word, at = word_before(text, at)
    connectors = ("de", "of") if lang == "de" else ("de", "del", "of", "do", "da", "dos", "das")
    connector = word.lower()
    if connector not in connectors:
        return False  # Portuguese too: "Telefónica do Brasil", "Banco do Brasil"
    capitals: list[str] = []
    between: list[str] = []  # the small words between the chain's first capital and what precedes
    cursor = at
    while True:
        word, at = word_before(text, cursor)
        if not word or _sentence_start(text, at):
            break
        bare = word.lower()
        if _capitalised(word) and not word.isupper():
            capitals.append(word)
            between = []
        elif bare in ("de", "del", "la", "las", "los", "of", "the", "&"):
            between.append(bare)
        else:
            break
        cursor = at
        if len(capitals) > 6:
            break
    if not capitals:
        return False
    word, _at = word_before(text, cursor)
    if word.lower() in _FACILITY_HEADS or word.lower() in PLACE_HEADS:
        return False  # "el estadio del Milenio de Cardiff": a site's name
    named = capitals[-1].lower() in _ARTICLES  # "el director de La Voz de Galicia"
    if word.lower() in _PORTFOLIO_HOLDERS and between in (["de"], ["del"], ["of"]) and not named:
        # "el ministro de Exteriores de Israel": an office, not a name (but "el presidente de la
        # Junta de Extremadura" names the Junta)
        return False
    head = capitals[-1]  # the chain's first word: "Federación" in "Federación Hotelera de"
    lower = head.lower().rstrip(".")
    if lower in NOBILITY:
        return True  # "los Duques de Soria", "la Princesa Ana de Francia": a person's title
    if lower in PLACE_HEADS or lower in _FACILITY_HEADS or lower in _TITLES:
        return False
    if len(capitals) == 1 and not head.isalpha():
        return False
    if is_first_name(head):
        # "Pedro de Mendoza", "Pablo Hermoso de Mendoza": a Spanish name; "Steven Sachs of
        # Alexandria": a person and his town, which stays literal
        return connector != "of"
    if connector == "of" and not (lemma_is_lowercase(head, "en") or zipf(head, "en") >= 4.0):
        return False  # "Kalena Horhn of Grand Prairie": a name no dictionary knows, a person's
    if word.lower().rstrip(".") in _HONORIFICS or (_capitalised(word) and is_first_name(word)):
        # "Pablo Hermoso de Mendoza": a Spanish surname; "Steven Sachs of Alexandria": a person
        # and his town, which stays literal
        return connector != "of"
    # "Buenos Aires de ...", "Santa Fe de la Vera Cruz": a place's long name
    return not any(_names_place_here(word, lexicon, lang) for word in capitals)


def _names_place_here(word: str, lexicon: Lexicon, lang: str) -> bool:
    """True when a capitalised word in a name is a place's name: a country's, a continent's or a
    region's always; a unit's or a city's unless it is also a plain word of the language
    ("Nacional", "Federal", "Central" in "Consejo Nacional Electoral", "Banco Central")."""
    if not is_place_word(word, lexicon):
        return False
    entry = lexicon.entry(word)
    if entry is not None and _features(entry, lexicon) & {"country", "continent", "region"}:
        return True
    return not lemma_is_lowercase(word, lang)


#: Honorifics before a surname: the capitalised word after them is a person.
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "sr", "sra", "srta", "don", "doña", "herr", "frau", "sir", "dame"}
)

#: Titles of nobility: the place after them and "de"/"of" ("Duque de Alba", "Earl of Derby") is
#: part of a person's title. (German "Herzog von York" is left literal: German news and the HIPE
#: annotation read "von York" as the place.)
NOBILITY = frozenset(
    {
        "duque", "duques", "duquesa", "conde", "condes", "condesa", "marqués", "marquesa",
        "príncipe", "princesa", "infanta", "infante", "barón", "baronesa", "vizconde",
        "herzog", "herzogin", "graf", "gräfin", "fürst", "fürstin", "prinz", "prinzessin",
        "erzherzog", "erzherzogin", "markgraf", "landgraf", "kurfürst", "freiherr",
        "duke", "duchess", "earl", "count", "countess", "prince", "princess", "marquess",
        "marquis", "baron", "baroness", "viscount",
    }
)  # fmt: skip

#: Office holders whose office is named by a portfolio: "el ministro de Exteriores de Israel",
#: "the Secretary of State of Ohio". (A "presidente del Tribunal Superior de Justicia" heads a
#: body, whose name the place is part of.)
_PORTFOLIO_HOLDERS = frozenset(
    {
        "ministro", "ministra", "minister", "secretario", "secretaria", "secretary", "consejero",
        "consejera", "titular", "viceministro", "viceministra", "subsecretario", "subsecretaria",
        "delegado", "delegada", "comisario", "comisaria", "responsable", "commissioner",
    }
)  # fmt: skip

#: Titles of office and rank: "Presidente de México", "King of Spain", "Duque de Alba" name a
#: person, and the place stays the place.
_TITLES = frozenset(
    {
        "president", "presidente", "presidenta", "präsident", "governor", "gobernador", "mayor",
        "alcalde", "alcaldesa", "minister", "ministro", "ministra", "king", "rey", "queen", "reina",
        "prince", "príncipe", "princess", "princesa", "duke", "duque", "duques", "duquesa",
        "duchess", "bishop", "obispo", "archbishop", "arzobispo", "ambassador", "embajador",
        "embajadora", "secretary", "secretario", "secretaria", "senator", "senador", "senadora",
        "chancellor", "canciller", "emperor", "emperador", "emperatriz", "sultan", "sultán", "emir",
        "sheikh", "general", "consul", "cónsul", "premier", "prime", "primer", "vicepresidente",
        "vicepresidenta", "count", "conde", "condesa", "marqués", "marquesa", "lord", "lady",
        "earl", "baron", "barón", "infanta", "infante", "pope", "papa", "patriarch", "patriarca",
        "titular", "consejero", "consejera", "delegado", "delegada", "portavoz", "jefe", "jefa",
        "director", "directora", "viceministro", "viceministra", "subsecretario", "comisario",
        "comisaria", "responsable", "head", "chief", "spokesman", "spokeswoman",
    }
)  # fmt: skip


#: Nouns of buildings and sites: "Palacio de la Moncloa", "Estadio de Francia", "Plaza de España".
#: A name after one is part of a site's name, which NER corpora tag as a whole; left literal.
_FACILITY_HEADS = frozenset(
    {
        "palacio", "estadio", "plaza", "museo", "puente", "calle", "avenida", "paseo", "parque",
        "aeropuerto", "catedral", "iglesia", "monasterio", "castillo", "teatro", "pabellón",
        "colegiata", "basílica", "ermita", "santuario", "convento", "torre", "hotel",
        "palace", "stadium", "square", "museum", "bridge", "street", "avenue", "park", "airport",
        "cathedral", "church", "castle", "theatre", "theater",
    }
)  # fmt: skip


def _glued_to_name(text: str, start: int, end: int, lexicon: Lexicon, lang: str) -> bool:
    """True when capitalised words that are no place names sit right beside the name, with no
    punctuation between: "Brasil Telecom", "Olympique Lyon", "Tele Sudeste Celular". Outside
    German, capitals mid-sentence mark names, so the place is part of a longer one."""
    if text[start:end].isupper():
        return False  # a headline in capitals: every word is capitalised
    word, at = word_before(text, start)
    if word and _abbreviation(word) and not is_place_word(word, lexicon):
        return True  # "TAU Vitoria", "COAG Extremadura": a club's or a body's initials
    if (
        word
        and _capitalised(word)
        and word.isalpha()
        and not word.isupper()  # "... TENDENCIA ALZA Mérida ( EFE )": a headline before a dateline
        and word.lower() not in _ARTICLES
        and word.lower() not in PLACE_HEADS
        and word.lower() not in _FACILITY_HEADS
        and not _sentence_start(text, at)
        and not is_place_word(word, lexicon)
        and not (zipf(word, lang) >= FUNCTION_ZIPF and is_plain_word(word, lang))  # "( Desde París"
    ):
        return True
    if word.lower() in _LOCATIVE:
        return False  # "indicó hoy en Barcelona Cissé": a place, then the speaker
    word, at = word_after(text, end)
    return bool(
        word
        and _capitalised(word)
        and word.isalpha()
        and not word.isupper()  # "Madrid EFE", "Washington DC": an agency or a code, not a name
        and word.lower() not in PLACE_HEADS
        and word.lower() not in _ARTICLES
        and not is_place_word(word, lexicon)
    )


#: Words that follow a town's name in English clubs' names: "Manchester City", "Leeds United",
#: "Blackburn Rovers".
_CLUB_SUFFIXES = frozenset(
    {"City", "United", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur"}
)
_CLUB_STARTS = tuple(f" {word}" for word in _CLUB_SUFFIXES)


def _english_club(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """True when a club's word follows the name and the two together name no place: "Stoke
    City", "Leeds United" (not "Kansas City" or "Mexico City", which the lexicon holds whole and
    the scan finds as one name)."""
    if not text.startswith(_CLUB_STARTS, end):
        return False  # (the common case, decided without reading the next word)
    after, _at = word_after(text, end, one_space=True)
    return after in _CLUB_SUFFIXES and lexicon.entry(f"{text[start:end]} {after}") is None


#: How the words before a site's name end: "de ", "del ", "of ", "la ", "the " (any case).
_SITE_CONNECTORS = ("de ", "del ", "of ", "la ", "las ", "los ", "the ", "De ", "La ", "The ")


def _site_name_before(text: str, start: int, features: frozenset[str]) -> bool:
    """True right after a capitalised building's or site's noun and "de la"/"del"/"of the",
    with at most capitalised words between, or after "de"/"of" for a country or region: the name
    is part of the site's proper name ("el Palacio de la Magdalena", "el Estadio de Francia",
    "the Palace of Westminster"), not the place the text speaks of. A town right after "de" names
    where the site is ("el Museo de Huelva", "la Colegiata de Santillana del Mar"), as it does
    after the noun in lower case ("el aeropuerto de Santander"); a place after the site's whole
    name stays a place ("el estadio del Milenio de Cardiff")."""
    if not text.endswith(_SITE_CONNECTORS, max(0, start - 5), start):
        return False  # the common case, decided without splitting words
    word, at = word_before(text, start)
    article = word.lower() in ("la", "las", "los", "the")
    if article:
        word, at = word_before(text, at)
    connector = word.lower()
    if connector not in ("de", "del", "of"):
        return False
    if not (article or connector == "del" or features & {"country", "region", "continent"}):
        return False
    cursor = at
    for _hop in range(3):
        word, at = word_before(text, cursor)
        if not word:
            return False
        if word.lower() in _FACILITY_HEADS:
            return _capitalised(word)
        if not _capitalised(word) or word.isupper() or _sentence_start(text, at):
            return False
        cursor = at  # "Estadio Nacional de": a capitalised word of the site's name
    return False


def _title_after(text: str, end: int, lang: str) -> bool:
    """True when the capitalised word after the name is an English common noun or a title
    ("Mayor", "Gov.", "House", "Police"): the place modifies it, as in "US Army"."""
    word, _at = word_after(text, end)
    if not word:
        return False
    lower = word.lower().rstrip(".")
    return lower in _TITLE_ABBREVIATIONS or lower in _TITLES or lemma_is_lowercase(word, lang)


#: Abbreviated English titles: "Texas Gov. Rick Perry", "Iowa Sen. Chuck Grassley".
_TITLE_ABBREVIATIONS = frozenset({"gov", "sen", "rep", "lt", "atty", "supt", "sgt", "det", "gen"})


#: Heads of German compounds naming a public body by the place it serves, which follows it bare:
#: "Amtsgericht Stockholm", "Staatsanwaltschaft Bayreuth", "Landratsamt Miesbach",
#: "Bundesbahndirektion Hannover", "Polizeipräsidium München". News name the place there (where
#: the court sits, whose prosecutors act), not an organisation's brand as in "Borussia Dortmund"
#: or a company's name as in "Stadtwerke München".
_AUTHORITY_HEADS = (
    "gericht", "anwaltschaft", "amt", "direktion", "präsidium", "polizei", "verwaltung",
    "behörde",
)  # fmt: skip


#: German nouns for a site that is named after the place it lies at ("Kloster Ettal",
#: "Atomkraftwerk Brokdorf", "Flughafen Tegel"), also as the end of a compound; and their
#: abbreviations ("AKW Brokdorf", "KZ Dachau"). The place after one is where the news is. A
#: company named after its town stays one ("Stadtwerke München": "werke" is no head here).
FACILITY_HEADS = frozenset({
    "kloster", "abtei", "flughafen", "bahnhof", "hauptbahnhof", "kraftwerk", "atomkraftwerk",
    "kernkraftwerk", "kohlekraftwerk", "stausee", "talsperre", "kaserne", "zuchthaus",
    "frauenzuchthaus", "gefängnis", "hafen", "werft", "zeche", "lager", "konzentrationslager",
    "fliegerhorst", "truppenübungsplatz", "werk", "stahlwerk", "niederlassung", "filiale",
    "standort",
})  # fmt: skip
#: Abbreviations of such sites, and of courts, which are named after their seat ("OLG Hamm").
_FACILITY_ABBREVIATIONS = frozenset({"akw", "kkw", "kz", "jva", "olg", "ovg", "vgh", "lag"})


def facility_noun(word: str) -> bool:
    """True for a German noun for a site named after its place (see FACILITY_HEADS), also as
    the last part of a hyphenated word ("Frauen-Zuchthaus"). A castle's or a palace's name is
    its own ("Schloss Bellevue"), and so are other compounds ("Netzwerk", "Hamburg")."""
    lower = word.lower()
    return lower in _FACILITY_ABBREVIATIONS or (
        word[:1].isupper() and lower.rsplit("-", 1)[-1] in FACILITY_HEADS
    )


def _in_german_organisation(
    text: str, start: int, end: int, entry: Entry, features: frozenset[str], lexicon: Lexicon
) -> bool:
    """German capitalises every noun, so only tight neighbours mark an organisation: an
    abbreviation ("VfL Osnabrück", "TU Berlin", "Hamburger SV"), an organisation word ("Real
    Madrid", "Universität Gießen"), or a noun right before the uninflected name with no article
    between ("Borussia Dortmund", "Bayer Leverkusen", "Air Berlin"). A place noun ("Stadt Köln",
    "Kanton Bern") and a genitive ("die Regierung Mexikos") leave it literal."""
    word, at = word_before(text, start)
    if facility_noun(word):
        return False  # "Kloster Ettal", "KZ Dachau": the site's place
    after, _after_at = word_after(text, end)
    neighbours = [word, after]
    if word and _capitalised(word) and not _sentence_start(text, at):
        neighbours.append(word_before(text, at)[0])  # "FC Bayern München"
    for neighbour in neighbours:
        bare = neighbour.strip(_STRIP)
        if not bare:
            continue
        if bare.lower() in ORGANISATION_MARKERS and _capitalised(bare):
            return True
        if _abbreviation(bare) and not is_place_word(bare, lexicon):
            return True
    if not word or not _capitalised(word) or not word.isalpha() or _sentence_start(text, at):
        return False
    lower = word.lower()
    if lower in _ARTICLES or lower in _GOVERNING or is_place_word(word, lexicon):
        return False  # a place: "Bayern München"
    neighbour = lexicon.entry(word)
    if neighbour is not None and neighbour.flags & DEMONYM:
        return False  # "Schweizer Kanton Graubünden": an adjective, the place is literal
    if place_noun(lower):
        return False  # "Stadt Köln", "Hansestadt Hamburg", "des Bundesstaates Carabobo"
    if lower.endswith(_AUTHORITY_HEADS):
        return False  # "Staatsanwaltschaft Bayreuth", "Amtsgericht Stockholm": its seat and area
    if is_first_name(word) or (word.endswith("s") and is_first_name(word[:-1])):
        return False  # "Georg Berlin": recognition decides about people; "Friedrichs Kirchhain"
    if "city" not in features or features & {"country", "continent", "region"}:
        return False  # "Neuling Ungarn", "Unterstützung Italien": clubs are named after cities
    return not entry.flags & INFLECTED  # "die Regierung Mexikos": a genitive


def _foreign_name(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """In German text, a place beside a capitalised English word is part of an English name:
    "Philadelphia Flyers", "Swansea City", "Swiss Life", "Telecom Italia", "US Open". German nouns
    are capitalised too, so the word must be far more frequent in English than in German."""
    for word, at in (word_after(text, end), word_before(text, start)):
        if (
            word
            and _capitalised(word)
            and word.isalpha()
            and not word.isupper()
            and at >= 0
            and not _sentence_start(text, at)
            and not is_place_word(word, lexicon)
            and zipf(word, "en") >= FOREIGN_ZIPF
            and zipf(word, "en") - zipf(word, "de") >= FOREIGN_MARGIN
        ):
            return True
    return False


#: Zipf frequency an English word needs, and how much more frequent in English than in German it
#: must be, to mark an English name inside German text.
FOREIGN_ZIPF = 3.0
FOREIGN_MARGIN = 0.6

#: A German club's year after its city: "Mainz 05", "Hannover 96," (not "in Harwich 19 deutsche
#: Boote").
_CLUB_YEAR = re.compile(r" (?:0[1-9](?!\d)|[1-9]\d(?=\s*[,;:)]))")


def _numbered_club(text: str, end: int, features: frozenset[str]) -> bool:
    """True for a city followed by its club's two-digit founding year ("Mainz 05")."""
    return "city" in features and bool(_CLUB_YEAR.match(text, end))


def place_noun(lower: str) -> bool:
    """True for a German noun naming a kind of place, also compounded or inflected: "Stadt",
    "Hansestadt", "Bundesstaates", "Andenregionen"."""
    for ending in ("", "s", "es", "e", "en", "n"):
        if ending and not lower.endswith(ending):
            continue
        stem = lower[: len(lower) - len(ending)] if ending else lower
        if stem in PLACE_HEADS or any(
            stem.endswith(head) for head in PLACE_HEADS if len(head) >= 4
        ):
            return True
    return False


def _abbreviation(word: str) -> bool:
    """ "VfL", "MSV", "TU", "THW": two to four letters with at least two capitals."""
    return 2 <= len(word) <= 4 and word.isalpha() and sum(ch.isupper() for ch in word) >= 2


def _club_article(text: str, start: int) -> bool:
    """True after a Spanish masculine article: cities take none, their football clubs do."""
    before = _tokens_before(text, start, 1)
    return bool(before) and before[0] in ("el", "al", "del", "El")


def _team_in_brackets(
    text: str, start: int, end: int, entry: Entry, features: frozenset[str], lexicon: Lexicon
) -> bool:
    """True for "Puyol ( Barcelona )", "Arteaga (Espanyol)": a city in brackets right after a
    person's name, as sports reports give a player's club."""
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i < 0 or text[i] != "(" or not text[end : end + 3].lstrip().startswith(")"):
        return False
    word, at = word_before(text, i)
    if (
        not word
        or _sentence_start(text, at)  # "Gavá ( Barcelona ) , 23 may": a dateline
        or not _capitalised(word)
        or not word.isalpha()
        or word.isupper()
    ):
        return False
    # In a list of names each followed by a name in brackets ("Suárez ( Toledo ) , Oscar y Puñal
    # ( Leganés ) , Varela ( Extremadura )") the bracketed names are the players' clubs, whatever
    # places they are also named after; a single pair needs a city's club.
    listed = _bracket_list(text, i, end)
    if not listed and (
        "city" not in features or (features - {"city"} and not _notable_city(entry, lexicon))
    ):
        return False  # "Dan Burton ( Indiana )": a congressman's state, not a town so named
    word_entry = lexicon.entry(word)
    if (
        word_entry is not None
        and is_place_word(word, lexicon)
        and (not listed or _same_region(word_entry, entry, lexicon))
    ):
        return False  # "Alexandria ( Virginia )": a town and its state
    if (
        word_entry is not None
        and not is_first_name(word)
        and (not listed or _same_region(word_entry, entry, lexicon))
    ):
        # "Ecija ( Sevilla )", "Casares ( Málaga )": a town and its province. In a list of such
        # pairs, a name with no place in the bracketed one's region is a player's surname
        # ("Cañizares ( Getafe ) , Velasco ( Salamanca )")
        return False
    previous, _previous_at = word_before(text, at)
    if previous.lower() in _LOCATIVE or previous.lower() == "natural":
        return False  # "en Urda ( Toledo )", "natural de Gumiel ( Burgos )"
    if previous.lower() in ("de", "del", "of"):
        first, _first_at = word_before(text, _previous_at)
        # "Frank de Boer ( Barcelona )" is a player; "Villanueva de Gumiel ( Burgos )" a town
        return is_first_name(first)
    if previous.isupper() and len(previous) > 1:
        return False  # "... CORNELLA Cornellá ( Barcelona )": a headline and its town
    if listed or is_first_name(word) or is_first_name(previous):
        return True  # "Noel Pérez ( Moca )", "Josemi y Maia ( Lleida )": a player and his club
    return _notable_city(entry, lexicon)  # "Puyol ( Barcelona )"


def _same_region(inner: Entry, outer: Entry, lexicon: Lexicon) -> bool:
    """True when a place ``inner`` names lies in the admin-1 unit of a place ``outer`` names, or
    under it: "Urda ( Toledo )", both in Castilla-La Mancha."""
    regions: set[str] = set()
    ids: set[str] = set()
    for pid in outer.place_ids:
        place = lexicon.places.get(pid)
        if place is not None:
            ids.add(place.id)
            if place.admin1_code:
                regions.add(place.admin1_code)
    for pid in inner.place_ids:
        place = lexicon.places.get(pid)
        if place is not None and (
            (place.admin1_code is not None and place.admin1_code in regions)
            or any(parent in ids for parent in place.parents)
        ):
            return True
    return False


_CLUB_INITIALS = re.compile(r"(?:^|[\s(])([A-Z]{2,4})\. ?$")


def _club_abbreviation_before(text: str, start: int) -> bool:
    """True right after two to four capitals and a dot that do not end a sentence ("1958-59
    FC. BARCELONA", "BM. GRANOLLERS"): a club's initials before the town it is named after. Not
    after a word or a comma, where the capitals are a place's code ending a sentence ("in the
    UK. London", "Peoria, AZ. Phoenix")."""
    match = _CLUB_INITIALS.search(text, max(0, start - 7), start)
    if match is None:
        return False
    before = text[max(0, match.start(1) - 30) : match.start(1)].rstrip()
    return not before or not (before[-1].isalpha() or before[-1] in ",;:")


#: A capitalised word and a capitalised name in brackets (not an acronym: "( EFE )", "( FEMPEX )").
_BRACKETED = re.compile(r"[^\W\d_a-z][\w'’.-]* ?\( ?(?![A-Z]{2,}\b)[^\W\d_a-z][^()]{0,40}\)")

#: How far around a bracketed name another such pair is looked for.
BRACKET_LIST_WINDOW = 160


def _bracket_list(text: str, open_at: int, end: int) -> bool:
    """True when another "Name ( Name )" pair stands near the one opened at ``open_at``, joined
    to it by a comma or a conjunction: a list of players and their clubs."""
    lo = max(0, open_at - BRACKET_LIST_WINDOW)
    window = text[lo : end + BRACKET_LIST_WINDOW]
    for match in _BRACKETED.finditer(window):
        opened = lo + match.group(0).index("(") + match.start()
        if opened == open_at:
            continue
        between = text[opened:open_at] if opened < open_at else text[end:opened]
        if "." not in between.replace(". .", "") and ("," in between or " y " in between):
            return True
    return False


def _notable_city(entry: Entry, lexicon: Lexicon) -> bool:
    """True when ``entry`` names a city of NOTABLE_CITY people or more (clubs are named after
    cities; "Dan Burton ( Indiana )" names a congressman's state)."""
    return any(
        (place := lexicon.places.get(pid)) is not None
        and place.feature == "city"
        and (place.population or 0) >= NOTABLE_CITY
        for pid in entry.place_ids
    )


def _quoted_title(text: str, start: int, end: int) -> bool:
    """True for a name alone in quotation marks after an article or a preposition: the title of
    a play, a ship or an operation ("der „Medea“", "el \" Torreón \""), not a place."""
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i < 0 or text[i] not in _OPEN_QUOTES:
        return False
    j = end
    while j < len(text) and text[j] == " ":
        j += 1
    if j >= len(text) or text[j] not in _CLOSE_QUOTES:
        return False
    word, _at = word_before(text, i)
    if not word:
        k = i - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        word = text[: k + 1].split()[-1] if k >= 0 else ""
    return word.lower() in _ARTICLES or word.lower() in _QUOTE_DETERMINERS


#: Nouns for a work or a slogan, after which a quotation is its title: a place named in the
#: title is inside a name, not where the news is.
WORK_NOUNS = frozenset(
    {
        "song", "film", "album", "lied", "titel", "roman", "buch", "single", "serie", "sendung",
        "show", "revue", "stück", "theaterstück", "oper", "musical", "hörspiel", "gedicht",
        "motto", "slogan", "kampagne", "ausstellung", "dokumentation", "zeitschrift",
        "movie", "book", "novel", "series", "play", "opera", "poem", "exhibition", "documentary",
        "episode", "title", "canción", "película", "álbum", "disco", "libro", "novela",
        "programa", "obra", "título", "lema", "documental", "exposición",
    }
)  # fmt: skip

#: How far before and after a name the quotation marks of a title are looked for.
TITLE_WINDOW = 80

#: A sentence's end between a name and a quotation mark after it.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")

#: Any quotation mark; the last one before a position (searched with that position as the end).
_QUOTE_CLASS = f"[{re.escape(''.join(dict.fromkeys(_OPEN_QUOTES + _CLOSE_QUOTES)))}]"
_ANY_QUOTE = re.compile(_QUOTE_CLASS)
_LAST_QUOTE = re.compile(f"{_QUOTE_CLASS}(?=[^{_QUOTE_CLASS[1:-1]}]*$)")


def _in_quoted_work(text: str, start: int, end: int) -> bool:
    """True for a name inside quotation marks that open right after a noun for a work or a
    slogan ('das Lied " Nachts in Lissabon "', "das Motto „Urlaub in Tirol“"), with
    no quotation mark between the opening one and the name."""
    last = _LAST_QUOTE.search(text, max(0, start - TITLE_WINDOW), start)
    if last is None or last.group() not in _OPEN_QUOTES:
        return False
    opening = last.start()
    if opening > 0 and not text[opening - 1].isspace():
        return False  # a closing mark ('the "book" ... in Denver') or an apostrophe ("film's")
    word, _at = word_before(text, opening)
    if word.lower().strip(_STRIP) not in WORK_NOUNS or "\n" in text[opening:start]:
        return False
    closing = _ANY_QUOTE.search(text, end, end + TITLE_WINDOW)
    return closing is not None and not _SENTENCE_END.search(text, end, closing.start())


#: Prepositions after which a name is where something is: "en", "in", "desde", "aus".
_LOCATIVE = frozenset(
    {
        "en", "desde", "hasta", "hacia", "in", "at", "from", "to", "into", "near", "aus", "nach",
        "bei", "à", "em",
    }
)  # fmt: skip

#: Determiners before a quoted title or nickname: "der „Medea“", "su \" Buda \"", "his
#: \"Oklahoma\"".
_QUOTE_DETERMINERS = frozenset(
    {
        "den", "dem", "des", "ein", "eine", "einer", "einem", "sein", "seine", "seinem", "seinen",
        "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "un", "una", "del", "al", "su", "sus",
        "an", "his", "her", "its", "their",
    }
)  # fmt: skip


#: Nouns for a sports team: the place after them ("la selección de Brasil", "el equipo de
#: Getafe") names the team.
_TEAM_NOUNS = frozenset(
    {"selección", "equipo", "conjunto", "combinado", "plantilla", "seleção", "squadra", "nazionale"}
)

#: A score beside a name: "Barcelona 71 - TAU Vitoria 65", "Gales , 0 - Brasil , 3", "3 - Brasil :".
_SCORE_AFTER = re.compile(r"\s*,?\s*\d{1,3}(?![\d.,:/])\s*(?:[-–]\s*\w|\(\s*\d|$)")
_SCORE_BEFORE = re.compile(r"(?:^|\s)\d{1,3}\s*[-–]\s*$")


#: How a sports team is named by its place: after a team noun, beside a score, or as the side a
#: match is played against.
TeamCue = Literal["noun", "score", "match"]


def _team(text: str, start: int, end: int) -> TeamCue | None:
    """How a sports team is named by its place, or None: "noun" after a team noun ("la selección
    de Brasil"), "score" beside a score ("Barcelona 71 - Vitoria 65", "3 - Brasil : Dida, Cafu
    ..."), "match" after a verb or noun of playing against ("el partido ante Brasil")."""
    last, at = word_before(text, start)
    word = word_before(text, at)[0] if last.lower() in ("de", "del") else last
    if word.lower() in _TEAM_NOUNS:
        return "noun"
    if _DIGIT.search(text, end, end + 8):
        line_end = text.find("\n", end)
        if _SCORE_AFTER.match(text[end : line_end if line_end >= 0 else len(text)]):
            return "score"
    if _DIGIT.search(text, max(0, start - 12), start) and _SCORE_BEFORE.search(
        text[max(0, start - 12) : start]
    ):
        return "score"
    if last.lower() not in _MATCH_CUES:
        return None  # neither "a", "ante", "contra", "gegen" nor "beat" before the name
    return "match" if _PLAYS_AGAINST.search(text[max(0, start - 40) : start]) else None


_DIGIT = re.compile(r"\d")

#: The last word before a team's name in _PLAYS_AGAINST: checked first, as it is cheap.
_MATCH_CUES = frozenset(
    {"a", "al", "con", "ante", "contra", "frente", "gegen", "beat", "defeated", "edged", "routed",
     "thrashed", "against"}
)  # fmt: skip


#: Verbs and nouns of a match right before a name: the name is a team ("se medirá a Perú",
#: "derrotó al Portland", "el partido ante Brasil", "beat Mexico", "the game against Canada").
_PLAYS_AGAINST = re.compile(
    r"(?:\b(?:enfrentar(?:se|á|án|on)?|medir(?:se|á|án)|venci(?:ó|eron)|derrot(?:ó|aron|ar)|"
    r"gole(?:ó|aron|ar)|elimin(?:ó|aron|ar)|empat(?:ó|aron|ar)|ganó|ganaron)\s+(?:a|al|con|ante)|"
    r"\b(?:partido|encuentro|choque|duelo|final|semifinal|amistoso)\s+(?:ante|contra|frente\s+a|frente\s+al)|"
    r"\b(?:beat|defeated|edged|routed|thrashed|game\s+against|match\s+against)|"
    r"\b(?:Spiel|Partie|Heimspiel|Auswärtsspiel|Länderspiel)\s+gegen)\s+$"
)


def _names_a_city(entry: Entry, lexicon: Lexicon) -> bool:
    return any(
        (place := lexicon.places.get(pid)) is not None and place.feature == "city"
        for pid in entry.place_ids
    )


#: The word a hyphen joins to a name, read at most this far (a chain "A-B-C-..." is not read to
#: its end from every name in it).
_COMPOUND_HEAD = re.compile(r"[\w-]+")
COMPOUND_HEAD_WINDOW = 80


def _compound_head(text: str, end: int) -> str | None:
    """The word joined to the name by a hyphen ("US-Armee" -> "Armee"), or None."""
    if end < len(text) - 1 and text[end] == "-" and text[end + 1].isalpha():
        match = _COMPOUND_HEAD.match(text, end + 1, end + 1 + COMPOUND_HEAD_WINDOW)
        return match.group(0) if match else None
    return None


#: What follows the place of a dateline: an agency in brackets, or a comma and the date, maybe
#: after the province in brackets ("Gavá ( Barcelona ) , 23 may ( EFE )").
DATELINE = re.compile(
    r"\s*\)?\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"(?:\(\s*[A-Z]{2,6}\s*\)|(?P<date>,\s*\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3}))"
)


def dateline(text: str, start: int, end: int) -> bool:
    """True for the place of a dateline: at a line's or sentence's start or after a headline in
    capitals, before the agency or the date ("Mérida ( EFE )", "Gavá ( Barcelona ) , 23 may")."""
    match = DATELINE.match(text, end)
    if not match:
        return False
    if match.group("date"):
        return True  # a comma and the day: "Madrid , 23 may", "Verona, 5 de junio"
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i >= 0 and text[i] == "(":  # "Santillana del Mar ( Cantabria ) , 23 may": the town's line
        start = i
        while True:
            word, at = word_before(text, start)
            if not word or not (_capitalised(word) or word.lower() in _LOWER_CONNECTORS):
                break
            start = at
    word, _at = word_before(text, start)
    return _sentence_start(text, start) or (word.isupper() and len(word) > 1)


def _subject_position(text: str, start: int) -> bool:
    """True when the name can be the subject of the verb after it: it opens its clause (after an
    article or an adverb at most: "Die USA haben", "Auch Neu-Delhi signalisierte"), or is joined
    by "and" to a name that does ("Moskau und Peking haben"); False where a preposition or a noun
    governs it ("die Regierung Mexikos fordert", "procedentes de China y Vietnam ha")."""
    cursor = start
    for _hop in range(4):
        if _sentence_start(text, cursor):
            return True
        word, at = word_before(text, cursor)
        if word.lower() in _SUBJECT_ARTICLES:
            cursor = at
            word, at = word_before(text, cursor)
        if not word:
            return True  # punctuation or the text's start: the name opens its clause
        lower = word.lower()
        if lower in _GOVERNING:
            return False
        if lower in _AND:
            previous, previous_at = word_before(text, at)
            if not previous or not _capitalised(previous) or _sentence_start(text, at):
                return True  # "continuaron los bombardeos, y Beirut denunció": a new clause
            cursor = previous_at
            while True:  # walk back over the first conjunct's other words ("Costa Rica")
                more, more_at = word_before(text, cursor)
                if more and _capitalised(more) and not _sentence_start(text, cursor):
                    cursor = more_at
                    continue
                break
            continue
        if _capitalised(word) and _sentence_start(text, at):
            return True  # "Auch Neu-Delhi signalisierte", "Now Washington says"
        return lower in _ADVERBS or lower in _CLAUSE_OPENERS
    return False


#: Articles that a country's name takes as a subject: "Die USA haben", "The US said", "La India".
_SUBJECT_ARTICLES = {"die", "der", "das", "the", "el", "la", "los", "las"}

#: Conjunctions that open a clause, whose subject may follow at once ("while Damascus sent").
_CLAUSE_OPENERS = {
    "while", "whereas", "but", "because", "although", "though", "when", "if", "that", "since",
    "während", "weil", "dass", "als", "wenn", "ob", "obwohl", "aber", "doch", "denn",
    "mientras", "pero", "porque", "aunque", "cuando", "si", "que", "sino",
}  # fmt: skip

#: Adverbs that may stand between a clause's start and its subject.
_ADVERBS = {"auch", "also", "too", "también", "dann", "then", "now", "jetzt", "nun", "ahora"}


def _demonym_kind(
    text: str, start: int, end: int, *, lang: str, entry: Entry, lexicon: Lexicon
) -> str:
    """A German city adjective in "-er" before a capitalised noun modifies it ("Berliner Senat",
    "Madrider Coach"), or names a club before an abbreviation ("Hamburger SV"); any other demonym
    stays one ("mexikanische Behörden", "Schweizer Kanton", "die Münchner glichen aus")."""
    surface = text[start:end]
    if lang != "de" or not surface.endswith("er") or not _capitalised(surface):
        return "demonym"
    after, _at = word_after(text, end)
    if not after or not _capitalised(after):
        return "demonym"
    if _abbreviation(after) or after.lower() in ORGANISATION_MARKERS:
        return "embedded"
    features = _features(entry, lexicon)
    if "city" in features and not features & {"country", "continent", "region"}:
        return "modifier"
    return "demonym"


#: English words that follow a place name without being a noun it modifies: "in Texas today",
#: "to Mexico despite", "Iowa alone".
_NOT_MODIFIED = frozenset(
    {
        "today", "tonight", "tomorrow", "yesterday", "itself", "alone", "instead", "despite",
        "during", "since", "because", "before", "after", "until", "unless", "although", "though",
        "while", "whereas", "amid", "against", "toward", "towards", "within", "without", "across",
        "along", "around", "beyond", "via", "per", "including", "following", "according", "near",
        "except", "versus", "plus", "than", "which", "who", "whose", "where", "when", "whether",
        "once", "again", "too", "either", "neither", "nor", "yet", "ago", "overnight", "abroad",
        "proper", "first", "last", "next", "earlier", "later", "soon", "ahead", "back", "over",
        "under", "above", "below", "between", "among", "beat", "let", "cut", "put", "hit", "set",
    }
)  # fmt: skip


def _english_modifier(text: str, start: int, end: int, lang: str) -> bool:
    """True for a place name used as an English noun modifier: right before a lower-case noun
    ("the US ambassador", "the Pacific coast", "US customs officers"). The next word must not be a
    function word, an adverb, a verb form ("said", "plans", "sent") or a preposition."""
    if end >= len(text) or text[end] != " ":
        return False
    before, _before_at = word_before(text, start)
    if not (before.lower() in _DETERMINERS or before.endswith(("'s", "’s"))):
        return False  # "exporters in Monterrey wary", "São Paulo and Santiago compete"
    after, _at = word_after(text, end)
    if not after or not after.isalpha() or not after.islower() or len(after) < 3:
        return False
    if after in _NOT_MODIFIED or after.endswith(("ly", "ed", "s", "ing")):
        return False
    if after in PLACE_HEADS or after in ("area", "suburbs", "outskirts", "vicinity"):
        return False  # "the New York area": the place itself
    if _ACTOR_VERBS["en"].match(after):
        return False
    if zipf(after, lang) >= FUNCTION_ZIPF:
        return False  # "is", "has", "and", "said", "will"
    return is_plain_word(after, lang)  # not "sent" (-> "send"): a verb form


#: English determiners before a noun phrase whose first word may be a place modifying a noun.
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
)

#: Zipf frequency from which an English word is a function word ("the", "has", "said").
FUNCTION_ZIPF = 5.5


#: An English word for a disease or its agent right after a name: the name is then part of the
#: disease's own name ("West Nile virus", "Reston ebolavirus", "Lassa fever", "Lyme disease",
#: "Hong Kong flu"), which says nothing of where the story happens. Not before "season" ("the
#: United States flu season" is the season there), nor a capitalised word before another one
#: (an institution: "Kansas Disease Research Center").
_PATHOGEN_AFTER = re.compile(
    r"[ -](?:[Hh]a?emorrhagic )?"
    r"(?:(?:virus(?:es)?|ebolavirus|fever|disease|flu|influenza|encephalitis|strains?)"
    r"(?! season)|(?:Virus(?:es)?|Fever|Disease|Flu|Influenza|Encephalitis)(?! [A-Z]))\b"
)


#: English nouns for a storm that also name towns: before a capitalised word, the storm's name.
_STORM_NOUNS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Tornado"})
#: The storm nouns with the space after them, as :meth:`str.endswith` takes them (one call per
#: name, and no word to cut out), and how far back the longest reaches.
_STORM_PREFIXES = tuple(f"{noun} " for noun in sorted(_STORM_NOUNS))
STORM_PREFIX_CHARS = max(map(len, _STORM_PREFIXES))
_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]")


#: English words that end a place's name ("Cedar Falls", "Palm Springs"): after a name, the two
#: together are another place, which the lexicon may not hold ("Dorset Creek").
_PLACE_NAME_WORDS = frozenset({"Falls", "Springs", "Heights", "Creek", "Hills", "Junction"})
_PLACE_NAME_ENDS = tuple(f" {word}" for word in _PLACE_NAME_WORDS)

#: How far after a name a company's legal form is looked for.
LEGAL_FORM_WINDOW = 60
_LEGAL_FORM = re.compile(r"\b(?:GmbH|AG|KG|KGaA|SE|Ltd|Inc|S\.A\.)(?!\w)")

#: A company's legal form a few capitalised words, or single-letter abbreviations, after a name:
#: the name is in the company's ("Erding a. d. Sempt GmbH"; not "aus Katar an Siemens AG").
_LEGAL_FORM_AFTER = re.compile(
    r"(?: (?:[A-ZÄÖÜ][\w.]*|[a-zäöü]\.?|\.)){0,4} (?:GmbH|AG|KG|KGaA|SE|Ltd|Inc|S\.A\.)(?!\w)"
)


def _longer_unknown_name(text: str, end: int, features: frozenset[str]) -> bool:
    """True when the name is the first part of a longer name: a place's ("Dorset Creek") that
    the lexicon does not hold, or a company's with its legal form ("Erding a. d. Sempt GmbH"),
    unless the name is a country's or a unit's ("Katar Airways AG" is no reason to doubt Katar)."""
    if text.startswith(_PLACE_NAME_ENDS, end) and word_after(text, end)[0] in _PLACE_NAME_WORDS:
        return True  # (a name the lexicon holds, "Cedar Falls", was found whole by the scan)
    window = end + LEGAL_FORM_WINDOW
    return (
        not features & _AREA_FEATURES
        and _LEGAL_FORM.search(text, end, window) is not None
        and _LEGAL_FORM_AFTER.match(text, end, window) is not None
    )


#: How far (in characters) :func:`_firm_partner` reads past "&" for the partner's name.
PARTNER_WINDOW = 40


#: A capitalised word joined by a hyphen before a name: "Wal-" in "Wal-Mart".
_HYPHENATED_BEFORE = re.compile(r"(?:^|(?<=[^\w-]))([^\W\d_]+)-$")
#: A capitalised word joined by a hyphen after a name: "-Cola" in "Coca-Cola".
_HYPHENATED_AFTER = re.compile(r"-([^\W\d_]+)(?![\w-])(?: ([^\W\d_]+))?")


def _hyphenated_with_no_place(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """True when a hyphen joins a name that is no well-known place (:func:`is_place_word`) to a
    capitalised word that names no place at all: the two are one name, a firm's or a person's
    ("Wal-Mart"). Places so joined stay ("Dallas-Fort Worth", "Austria-Hungary"),
    as do a party's initial before a member's home town ("D-Fairfax") and a well-known place
    after a prefix ("Mid-Atlantic"). German, which joins nouns so, has rules of its own."""
    if text[start - 1 : start] == "-":
        match = _HYPHENATED_BEFORE.search(text, max(0, start - PARTNER_WINDOW), start)
    elif text[end : end + 1] == "-":
        match = _HYPHENATED_AFTER.match(text, end)
    else:
        return False
    if match is None:
        return False
    word = match.group(1)
    # the partner may be two words long: "Tarrytown-Sleepy Hollow"
    second = match.group(2) if match.re is _HYPHENATED_AFTER else None
    return (
        word[:1].isupper()
        and not word.isupper()  # "D-Fairfax", "DFL-Chisholm": a party and a member's home town
        and lexicon.entry(word) is None
        and (second is None or lexicon.entry(f"{word} {second}") is None)
        and not is_place_word(text[start:end], lexicon)
    )


#: A number sign and a number right after a name: "Lot No. 5", "Nr. 3", "#486".
_NUMBER_SIGN_AFTER = re.compile(r" (?:No\.|Nr\.|Nº|n°|#) ?\d")


def _firm_partner(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """True when "&" joins the name to a capitalised word and neither names a well-known place
    (:func:`is_place_word`): the partners of a firm, "Marks & Spencer", "Barnes & Noble". A
    railway's ends stay places ("Louisville & Nashville", "Sedalia & St. Joseph"), as do two
    places near each other ("Bastrop & Smithville") and a pair that an area's noun or a country
    follows ("the Bampton & Clanfield ward", "Daman & Diu, India"); a name with "&" in it
    ("Trinidad & Tobago") is scanned whole."""
    if text.startswith(" & ", end):
        after = text[end + 3 : end + 3 + PARTNER_WINDOW].split()
        partner = [" ".join(after[:1]), " ".join(after[:2])]
    elif text.endswith(" & ", 0, start):
        before = text[max(0, start - 3 - PARTNER_WINDOW) : start - 3].split()[-2:]
        partner = [" ".join(before[-1:]), " ".join(before)]
        after = [text[start:end], *text[end : end + PARTNER_WINDOW].split()]
    else:
        return False
    partner = [words.strip(_TOKEN_STRIP) for words in partner]
    if not partner[0][:1].isupper():
        return False
    if is_place_word(text[start:end], lexicon) or any(
        is_place_word(words, lexicon) for words in partner
    ):
        return False
    # the pair's last word is the first or the second after "&": what follows either
    for last, following in itertools.pairwise(after[:3]):
        if last.endswith(",") and _names_area_word(following.strip(_TOKEN_STRIP), lexicon):
            return False  # "Daman & Diu, India"
        if following.strip(_TOKEN_STRIP).lower() in _PAIR_AREA_NOUNS:
            return False  # "the Bampton & Clanfield ward", "Bastrop & Lee counties"
    # two towns near each other are a pair of places: "Bastrop & Smithville"
    return not any(_near_places(text[start:end], words, lexicon) for words in partner)


#: How near (km) two places joined by "&" lie for :func:`_firm_partner` to read them as places.
PAIR_KM = 100.0


def _near_places(name: str, other: str, lexicon: Lexicon) -> bool:
    """True when some place of ``name`` lies within :data:`PAIR_KM` of some place of ``other``."""
    from geodata.evaluate.metrics import great_circle_km  # (loaded with the gazetteer)

    entries = [lexicon.entry(name), lexicon.entry(other) if other[:1].isupper() else None]
    if entries[0] is None or entries[1] is None:
        return False
    points = [
        [
            (place.lat, place.lon)
            for pid in entry.place_ids
            if (place := lexicon.places.get(pid)) is not None and place.lat is not None
        ]
        for entry in entries
    ]
    return any(
        great_circle_km(lat, lon, lat2, lon2) <= PAIR_KM  # type: ignore[arg-type]
        for lat, lon in points[0]
        for lat2, lon2 in points[1]
    )


#: Nouns after two places joined by "&" that make the pair an area's name.
_PAIR_AREA_NOUNS = frozenset(
    {"ward", "district", "territory", "borough", "parish", "council", "county", "constituency",
     "urban", "rural", "township", "municipality", "region", "province", "wards", "districts",
     "territories", "boroughs", "parishes", "councils", "counties", "constituencies",
     "townships", "municipalities", "regions", "provinces"}
)  # fmt: skip


def _names_area_word(word: str, lexicon: Lexicon) -> bool:
    """True when ``word`` names a country, a region or an admin-1 unit."""
    entry = lexicon.entry(word) if word[:1].isupper() else None
    return entry is not None and bool(_features(entry, lexicon) & _AREA_FEATURES)


#: Feature types of areas: countries, continents, regions, admin-1 units.
_AREA_FEATURES = frozenset({"country", "continent", "region", "admin1"})


#: A product's model code right after a name: a capital, digits and one or two capitals ("T3A",
#: "Z526F"). Without the last capitals it is a road ("A7", "M25"); with two capitals first, a
#: flight or a meeting ("AF447", "COP26").
_MODEL_CODE = re.compile(r" [A-Z]\d{1,4}[A-Z]{1,2}\b(?![.,]\d)")


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
        return _demonym_kind(text, start, end, lang=lang, entry=entry, lexicon=lexicon)
    if lang == "en" and _PATHOGEN_AFTER.match(text, end):
        return None  # "West Nile virus", "Marburg virus", "Lassa fever": a disease, not a place
    if lang == "en" and (
        (text[start:end] in _STORM_NOUNS and _CAPITALISED_AFTER.match(text, end))
        or text.endswith(_STORM_PREFIXES, max(0, start - STORM_PREFIX_CHARS), start)
    ):
        # "Hurricane Katrina", "Hurricane Florence": a storm and its name (Hurricane, Utah,
        # stays a town)
        return None
    if (
        lang != "de"
        and (text[end : end + 1] == "-" or text[start - 1 : start] == "-")
        and _hyphenated_with_no_place(text, start, end, lexicon)
    ):
        return None  # "Wal-Mart": a name of one piece
    if _NUMBER_SIGN_AFTER.match(text, end) and is_plain_word(text[start:end], lang):
        # "Lot No. 5", "Landmark #486": a numbered thing, not a place ("Biggar No. 347", a
        # numbered municipality, and "Manhattan No. 1" in a ranking stay)
        return None
    if text[end : end + 1] == " ":
        if _longer_unknown_name(text, end, _features(entry, lexicon)):
            return None  # "Dorset Creek", "Erding a. d. Sempt GmbH": part of a longer name
        if _MODEL_CODE.match(text, end):
            return "embedded"  # "Tatra T3A": a maker's name on its product
    head = _compound_head(text, end)
    if head is not None:
        if head.lower().split("-")[0] in ORGANISATION_MARKERS:
            return "embedded"
        return "modifier"
    features = _features(entry, lexicon)
    if (text.startswith(" & ", end) or text.endswith(" & ", 0, start)) and _firm_partner(
        text, start, end, lexicon
    ):
        return None  # "Marks & Spencer", "Barnes & Noble": the partners' family names
    if _route_end(text, start, lexicon):
        return "modifier"  # "la autopista Valencia-Barcelona": a route's end, as "Valencia-" is
    if _quoted_title(text, start, end):
        return None
    if _in_quoted_work(text, start, end):
        return "embedded"  # 'das Lied " Nachts in Lissabon "', 'the film "Paris, Texas"'
    if dateline(text, start, end):
        return "literal"  # "Mérida ( EFE )", "Gavá ( Barcelona ) , 23 may": where the news is from
    if lang == "de":
        if (
            _in_german_organisation(text, start, end, entry, features, lexicon)
            or (
                _CONNECTOR_BEFORE.search(text, max(0, start - 12), start)
                and _named_body_before(text, start, lexicon, lang)  # "Prix de Rome"
            )
            or (not entry.flags & INFLECTED and _foreign_name(text, start, end, lexicon))
            or _numbered_club(text, end, features)
            or _english_club(text, start, end, lexicon)  # "an Swansea City verliehen"
        ):
            return "embedded"
    elif (
        _in_organisation(text, start, end)
        or (
            _CONNECTOR_BEFORE.search(text, max(0, start - 12), start)
            and _named_body_before(text, start, lexicon, lang)
        )
        or (
            text.endswith(_SITE_CONNECTORS, max(0, start - 5), start)
            and _site_name_before(text, start, features)
        )
    ):
        return "embedded"
    elif _english_club(text, start, end, lexicon):
        return "embedded"  # "Manchester City signed", "loaned to Swansea City"
    elif _glued_to_name(text, start, end, lexicon, lang):
        if lang == "en" and _title_after(text, end, lang):
            return "modifier"  # "Fargo Mayor Dennis Walaker", "the Minnesota House"
        return "embedded"
    if (
        lang == "es"
        and _club_article(text, start)
        and "city" in features
        and not features & {"country", "continent", "region", "water"}
    ):
        return "embedded"  # "el Barcelona ganó", "al Valencia": the club, not the city
    if "country" not in features and _team_in_brackets(text, start, end, entry, features, lexicon):
        return "embedded"
    if _club_abbreviation_before(text, start):
        return "embedded"  # "FC. BARCELONA", "BM. Granollers": a club's initials, then its town
    team = _team(text, start, end)
    if team is not None:
        # a country playing a match stands for its side, as it stands for its government
        # ("the match against Brazil", "gegen Kolumbien"); a club named after its town, and a
        # side named with a team noun ("la selección de Brasil"), are another thing's name
        return "metonymic" if team == "match" and "country" in features else "embedded"
    if lang == "en" and _english_modifier(text, start, end, lang):
        return "modifier"  # "the US ambassador", "the Pacific coast"
    verbs = _ACTOR_VERBS.get(lang)
    if verbs is not None:
        after, _after_at = word_after(text, end)
        if (
            after
            and verbs.match(after.lower())
            and features & {"country", "city"}
            and _subject_position(text, start)
        ):
            return "metonymic"
        if (
            lang == "de"
            and features & {"country", "city"}
            and _after_finite_verb(text, start, verbs)
        ):
            return "metonymic"  # "In Kairo haben Moskau und Peking einen Plan vorgelegt"
    return "literal"


def _after_finite_verb(text: str, start: int, verbs: re.Pattern[str]) -> bool:
    """True right after a German finite verb of speech or action, where the subject follows the
    verb (V2 order after an adverbial): "hat Washington", "haben Moskau und Peking"."""
    word, at = word_before(text, start)
    if word.lower() in _AND:
        previous, previous_at = word_before(text, at)
        if not previous or not _capitalised(previous):
            return False
        word, at = word_before(text, previous_at)
    return bool(word) and bool(verbs.match(word.lower()))


def _route_end(text: str, start: int, lexicon: Lexicon) -> bool:
    """True for the second place of a hyphenated pair ("Valencia-Barcelona", "Bolivia-Brasil")."""
    if start < 2 or text[start - 1] != "-" or not text[start - 2].isalpha():
        return False
    match = re.search(r"([^\W\d_]+)$", text[max(0, start - 41) : start - 1])
    return bool(match) and lexicon.entry(match.group(1)) is not None
