"""Value types of an evaluation corpus: a document and its gold toponyms.

Every reader in :mod:`geodata.evaluate.corpora` and :mod:`geodata.evaluate.tokens` yields
:class:`Document` objects, so matching and metrics never see a corpus's own format.
"""

from __future__ import annotations

from dataclasses import dataclass

from geodata.model import check_lat_lon


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One annotated place name: ``text[start:end] == surface``.

    ``lat``/``lon`` are ``None`` for toponyms the corpus annotates without coordinates (LGL
    toponyms without a gazetteer tag, recognition-only corpora): they count for recognition, not
    for distance. ``kind`` is the mention kind where the corpus gives one (multilingual-dev).
    """

    start: int
    end: int
    surface: str
    lat: float | None = None
    lon: float | None = None
    name: str | None = None
    kind: str | None = None
    feature: str | None = None
    geonameid: int | None = None

    def __post_init__(self) -> None:
        check_lat_lon(self.lat, self.lon)

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True, slots=True)
class Trap:
    """A planted decoy: a span that looks like a place name but is not one (multilingual-dev)."""

    start: int
    end: int
    surface: str
    why: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """One text of a corpus with its gold toponyms.

    ``exhaustive`` is False when the corpus annotates only some of the toponyms of a text
    (WikToR, Hu2014, Ju2016): precision is then not meaningful. ``repaired`` and ``dropped`` count
    gold toponyms whose offsets did not match their surface: repaired by a nearby search, or
    dropped because the surface was not found near the offsets.
    """

    id: str
    text: str
    lang: str | None
    gold: tuple[GoldToponym, ...]
    traps: tuple[Trap, ...] = ()
    exhaustive: bool = True
    repaired: int = 0
    dropped: int = 0
