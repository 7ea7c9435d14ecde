"""A small, hand-written test store for the dashboard tests, written through the real Store API.

The texts are written for these tests. One German article names Sinaloa, Sonora and Tamaulipas (as
the first sample article does); others are in Spanish and English on other dates; one article
carries script payloads in every field a user can see (title, source, text, place name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from geodata.model import Article, Mention, Place
from geodata.store import open_store

FIRST_ID = "test-first-mx"
SPANISH_ID = "test-es-co"
ENGLISH_ID = "test-en-us"
PAYLOAD_ID = "test-payload"

#: Marker the payloads set on ``window`` if they ever ran.
PAYLOAD_FLAG = "__gd_pwned"
SCRIPT = f"<script>window.{PAYLOAD_FLAG}=1</script>"
IMG = f'<img src=x onerror="window.{PAYLOAD_FLAG}=2">'

SINALOA = Place("ne:MX-SIN", "Sinaloa", "admin1", 25.0, -107.5, "MX", "MX-SIN")
SONORA = Place("ne:MX-SON", "Sonora", "admin1", 29.6, -110.9, "MX", "MX-SON")
TAMAULIPAS = Place("ne:MX-TAM", "Tamaulipas", "admin1", 24.0, -98.8, "MX", "MX-TAM")
MEXICO = Place("3996063", "Mexiko", "country", 23.0, -102.0, "MX", None, 3996063)
MEDELLIN = Place("3674962", "Medellín", "city", 6.25, -75.56, "CO", "CO-ANT", 3674962)
HOUSTON = Place("4699066", "Houston", "city", 29.76, -95.36, "US", "US-TX", 4699066)
TEXAS = Place("ne:US-TX", "Texas", "admin1", 31.25, -99.25, "US", "US-TX")
EVIL_PLACE = Place("test:evil", f"Berlin{IMG}", "city", 52.52, 13.41, "DE", "DE-BE")


@dataclass(frozen=True, slots=True)
class Spec:
    article: Article
    places: tuple[tuple[str, Place, str], ...]  # (surface text, place, kind)


def _mentions(text: str, named: tuple[tuple[str, Place, str], ...]) -> list[Mention]:
    out: list[Mention] = []
    for surface, place, kind in named:
        start = text.index(surface)
        out.append(
            Mention(
                start=start,
                end=start + len(surface),
                text=surface,
                name=place.name,
                lat=place.lat,
                lon=place.lon,
                feature=place.feature,
                country_code=place.country_code,
                admin1_code=place.admin1_code,
                geonameid=place.geonameid,
                kind=kind,
                score=0.9,
                place_id=place.id,
            )
        )
    return out


def specs() -> list[Spec]:
    first = Article(
        id=FIRST_ID,
        text=(
            "Testbericht über Kartelle in Mexiko.\n\n"
            "Die Regierung nannte Sinaloa, Sonora und Tamaulipas als Schwerpunkte der Einsätze. "
            "Beobachter in Sinaloa erwarten weitere Schritte.\n\n"
            "Mexikanische Behörden äußerten sich zurückhaltend."
        ),
        origin="test:first",
        title="Testbericht: Einsätze in Sinaloa, Sonora und Tamaulipas",
        source="Testquelle DE",
        url="https://example.org/de/mexiko",
        published=datetime(2025, 11, 5, 9, 30, tzinfo=UTC),
        language="de",
        content_hash="first-v1",
    )
    spanish = Article(
        id=SPANISH_ID,
        text="Informe de prueba. En Medellín se presentó un plan de transporte para toda la ciudad.",
        origin="test:es",
        title="Informe de prueba sobre Medellín",
        source="Fuente ES",
        url="https://example.org/es/medellin",
        published=datetime(2025, 10, 1, 12, 0, tzinfo=UTC),
        language="es",
        content_hash="es-v1",
    )
    english = Article(
        id=ENGLISH_ID,
        text="Test report. Officials in Houston, Texas, discussed flood defences on Monday.",
        origin="test:en",
        title="Test report from Houston",
        source="Source EN",
        url="https://example.org/en/houston",
        published=datetime(2025, 9, 15, 8, 0, tzinfo=UTC),
        language="en",
        content_hash="en-v1",
    )
    payload_text = f"Payload test {SCRIPT} in Berlin{IMG} and more {IMG} text."
    payload = Article(
        id=PAYLOAD_ID,
        text=payload_text,
        origin="test:payload",
        title=f"Payload {SCRIPT}{IMG}",
        source=f"Evil {IMG}",
        url="javascript:alert(1)",
        published=datetime(2025, 8, 1, 8, 0, tzinfo=UTC),
        language="en",
        content_hash="payload-v1",
    )
    return [
        Spec(
            first,
            (
                ("Mexiko", MEXICO, "literal"),
                ("Sinaloa", SINALOA, "literal"),
                ("Sonora", SONORA, "literal"),
                ("Tamaulipas", TAMAULIPAS, "literal"),
                ("Mexikanische", MEXICO, "demonym"),
            ),
        ),
        Spec(spanish, (("Medellín", MEDELLIN, "literal"),)),
        Spec(english, (("Houston", HOUSTON, "literal"), ("Texas", TEXAS, "literal"))),
        Spec(payload, ((f"Berlin{IMG}", EVIL_PLACE, "literal"),)),
    ]


def fill_store(url: str) -> dict[str, int]:
    """Write every test article into the store at ``url``; returns articles per outcome."""
    outcomes: dict[str, int] = {}
    with open_store(url) as store:
        for spec in specs():
            mentions = _mentions(spec.article.text, spec.places)
            places = list({p.id: p for _, p, _ in spec.places}.values())
            outcome = store.save(spec.article, mentions, places)
            outcomes[str(outcome)] = outcomes.get(str(outcome), 0) + 1
    return outcomes
