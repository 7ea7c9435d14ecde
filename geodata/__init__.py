"""geodata: find the places news articles mention, resolve them offline, store them for a map.

The stable entry point is :func:`geoparse`::

    from geodata import geoparse
    for mention in geoparse("Die US-Armee trainiert für Einsätze in Sinaloa.", lang="de"):
        print(mention.text, mention.admin1_code, mention.kind)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geodata.errors import GeodataError
from geodata.model import Article, Mention, Place

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Article", "GeodataError", "Mention", "Place", "geoparse"]


def geoparse(
    text: str,
    lang: str | None = None,
    spans: Sequence[tuple[int, int]] | None = None,
) -> list[Mention]:
    """Find and resolve every place ``text`` mentions.

    ``lang`` is an ISO 639-1 code; ``None`` detects it. With ``spans`` recognition is skipped and
    exactly those ``(start, end)`` spans are resolved. The parser and its gazetteer load lazily, once
    per process.
    """
    # Imported here so that `import geodata` stays cheap and free of side effects.
    from geodata.parse import pipeline

    return pipeline.geoparse(text, lang=lang, spans=spans)
