"""Scoring the geoparser on geoparsing and NER corpora.

Readers turn each corpus format into :class:`~geodata.evaluate.gold.Document` objects;
:func:`~geodata.evaluate.matching.match` pairs predictions with gold toponyms by the EUPEG rule;
:mod:`~geodata.evaluate.metrics` holds the pure metric functions; :func:`evaluate` runs a parser
over a corpus. ``READERS`` maps each ``--format`` name to its reader.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from geodata.evaluate.corpora import read_eupeg, read_geovirus, read_jsonl, read_lgl
from geodata.evaluate.evaluation import MODES, Report, Scores, evaluate
from geodata.evaluate.gold import Document, GoldToponym, Trap
from geodata.evaluate.matching import Matching, match
from geodata.evaluate.tokens import read_conll, read_germeval, read_hipe

#: ``--format`` name -> reader of a path.
READERS: dict[str, Callable[[str | Path], Iterator[Document]]] = {
    "lgl": read_lgl,
    "geovirus": read_geovirus,
    "eupeg": read_eupeg,
    "germeval": read_germeval,
    "conll": read_conll,
    "hipe": read_hipe,
    "jsonl": read_jsonl,
}

#: Formats whose gold has no coordinates: recognition only.
RECOGNITION_ONLY: frozenset[str] = frozenset({"germeval", "conll", "hipe"})

#: Mention kinds counted end to end by default, per format, following what each corpus annotates.
#: The NER corpora tag demonyms, place-name modifiers and names inside organisations as other
#: classes (GermEval ``LOCderiv``/``LOCpart``, CoNLL ``MISC``/``ORG``, HIPE ``org``), so only place
#: references are counted there. GeoVirus annotates place names but no demonyms (its gold has no
#: "American" or "Chinese" although its texts use them often), so demonyms are left out there;
#: LGL does annotate demonyms ("Israeli", "Georgian"), so every kind counts for it.
#: ``--kinds`` overrides this; the report names the kinds it counted.
DEFAULT_KINDS: dict[str, tuple[str, ...] | None] = {
    "germeval": ("literal", "metonymic"),
    "conll": ("literal", "metonymic"),
    "hipe": ("literal", "metonymic"),
    "geovirus": ("literal", "metonymic", "modifier", "embedded"),
}


def read(fmt: str, path: str | Path) -> Iterator[Document]:
    """Stream the documents of corpus ``path`` in format ``fmt`` (a key of :data:`READERS`)."""
    from geodata.errors import ConfigurationError

    try:
        reader = READERS[fmt]
    except KeyError as err:
        raise ConfigurationError(
            f"corpus format must be one of {sorted(READERS)}, got {fmt!r}"
        ) from err
    return reader(path)


__all__ = [
    "DEFAULT_KINDS",
    "MODES",
    "READERS",
    "RECOGNITION_ONLY",
    "Document",
    "GoldToponym",
    "Matching",
    "Report",
    "Scores",
    "Trap",
    "evaluate",
    "match",
    "read",
]
