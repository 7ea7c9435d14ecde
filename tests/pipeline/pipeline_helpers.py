"""Shared helpers of the pipeline tests: a small corpus written for them and a store snapshot.

The texts are short news-style sentences written for these tests (not taken from any article).
:func:`snapshot` reads a store back through the public Store API, so two runs can be compared
whatever the backend.
"""

from __future__ import annotations

from typing import Any

from geodata.model import Article
from geodata.store import Filters, open_store

ALL_KINDS = Filters(kinds=())

#: (language, title, text): every text names places on several continents.
TEXTS: tuple[tuple[str, str, str], ...] = (
    (
        "de",
        "Regen im Norden",
        "In Sinaloa und Sonora fiel am Dienstag kräftiger Regen. Auch in Tamaulipas stiegen die Flüsse.",
    ),
    (
        "de",
        "Messe in Berlin",
        "Aussteller aus München und Hamburg zeigten in Berlin neue Fahrräder.",
    ),
    ("de", "Hafen", "Der Hafen von Rotterdam meldete mehr Schiffe aus Brasilien und Argentinien."),
    ("es", "Cosecha", "Los agricultores de Sinaloa enviaron tomates a Texas y a California."),
    ("es", "Metro", "Madrid y Barcelona ampliarán sus líneas de metro el próximo año."),
    (
        "es",
        "Frontera",
        "En Tijuana y Ciudad Juárez se formaron largas filas para cruzar a Estados Unidos.",
    ),
    ("es", "Café", "Colombia y Perú exportaron más café a Japón durante el verano."),
    ("en", "Floods", "Heavy rain flooded streets in Houston while Dallas stayed dry."),
    ("en", "Trade talks", "Delegates from Canada and Mexico met in Chicago to discuss tariffs."),
    ("en", "Rail line", "A new rail line will link Nairobi and Mombasa with faster trains."),
    ("en", "Festival", "Musicians from Lagos and Accra played at a festival in London."),
    ("en", "Heat", "Temperatures in Phoenix and Tucson passed 45 degrees on Sunday."),
)


def make_articles(*, version: int = 0) -> list[Article]:
    """The corpus as Articles built by the project's own reader (stable ids, content hashes)."""
    from geodata.ingest import read_text

    suffix = "" if version == 0 else f" (Version {version}.)"
    return [
        read_text(
            text + suffix,
            origin=f"test-corpus/{number:02d}.md",
            title=title,
            source="Pipeline Test",
            url=f"https://example.org/pipeline/{number}",
            published=f"2025-11-{number + 1:02d}",
            language=lang,
        )
        for number, (lang, title, text) in enumerate(TEXTS)
    ]


def snapshot(url: str) -> dict[str, Any]:
    """Everything a store holds about its articles, in a comparable form."""
    with open_store(url) as store:
        summaries = store.articles(ALL_KINDS)
        articles = {}
        for summary in summaries:
            article = store.article(summary.id)
            assert article is not None
            articles[summary.id] = {
                "content_hash": article.content_hash,
                "title": article.title,
                "text": article.text,
                "mentions": [
                    (
                        m.start,
                        m.end,
                        m.text,
                        m.kind,
                        round(m.score, 6),
                        m.place.id if m.place else None,
                    )
                    for m in store.mentions(summary.id)
                ],
            }
        stats = store.stats()
        failures = sorted((f.failure.origin, f.failure.stage) for f in store.failures(limit=10_000))
    assert len(articles) == len(summaries), "an article id is listed twice"
    return {
        "articles": articles,
        "counts": (stats.articles, stats.mentions, stats.places),
        "failures": failures,
    }
