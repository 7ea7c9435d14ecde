"""A tiny dictionary geoparser for scoring tests: known surfaces map to fixed places.

It has :func:`geodata.geoparse`'s signature, so the evaluation can be checked against figures
worked out by hand from the fixtures, independent of the real parser.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geodata.model import Mention

#: surface -> (name, lat, lon, kind), optionally followed by a GeoNames id
Entry = tuple[str, float, float, str] | tuple[str, float, float, str, int]


class TableParser:
    """Tags every whole-word occurrence of a known surface; resolves given spans by surface."""

    def __init__(self, table: dict[str, Entry]) -> None:
        self.table = table

    def _mention(self, text: str, start: int, end: int) -> Mention | None:
        entry = self.table.get(text[start:end])
        if entry is None:
            return None
        name, lat, lon, kind, *geonameid = entry
        return Mention(
            start=start,
            end=end,
            text=text[start:end],
            name=name,
            lat=lat,
            lon=lon,
            feature="city",
            country_code=None,
            admin1_code=None,
            geonameid=geonameid[0] if geonameid else None,
            kind=kind,
            score=1.0,
        )

    def __call__(
        self, text: str, lang: str | None = None, spans: Sequence[tuple[int, int]] | None = None
    ) -> list[Mention]:
        if spans is None:
            spans = [
                (m.start(), m.end())
                for surface in self.table
                for m in re.finditer(rf"\b{re.escape(surface)}\b", text)
            ]
        found = (self._mention(text, start, end) for start, end in spans)
        return sorted((m for m in found if m is not None), key=lambda m: m.start)


#: For ``data/tiny.jsonl``: Culiacán one degree north of its gold point (111.2 km), Córdoba in
#: Argentina instead of Spain, the decoy "Essen" tagged, Andalucía unknown.
parse_multilingual = TableParser(
    {
        "Mexikanische": ("Mexico", 23.0, -102.0, "demonym"),
        "Culiacán": ("Culiacán", 25.80209, -107.39421, "literal"),
        "Essen": ("Essen", 51.45657, 7.01228, "literal"),
        "Sevilla": ("Seville", 37.38283, -5.97317, "literal"),
        "Córdoba": ("Córdoba", -31.4135, -64.18105, "literal"),
    }
)

#: For ``data/lgl_tiny.xml``: Springfield right, Illinois put in France, Elm Hollow tagged (gold
#: has no point for it), Paris (Texas) unknown.
parse_lgl = TableParser(
    {
        "Springfield": ("Springfield", 39.80172, -89.64371, "literal"),
        "Illinois": ("Paris", 48.85341, 2.3488, "literal"),
        "Elm Hollow": ("Elm Hollow", 40.0, -89.0, "literal"),
    }
)

#: For a GeoVirus-style text: a demonym beside the annotated city, which GeoVirus does not annotate.
parse_geovirus = TableParser(
    {
        "Ugandan": ("Uganda", 1.25, 32.5, "demonym"),
        "Kampala": ("Kampala", 0.31628, 32.58219, "literal"),
    }
)


def parse_failing(
    text: str, lang: str | None = None, spans: Sequence[tuple[int, int]] | None = None
) -> list[Mention]:
    """A parser that fails on every text, to check that failures are recorded, not fatal."""
    raise RuntimeError(f"cannot parse a text of {len(text)} characters")
