"""Readers of the geoparsing corpora with coordinates: LGL, GeoVirus, EUPEG folders, JSON Lines.

Each reader streams :class:`~geodata.evaluate.gold.Document` objects from a path given by the
user; no corpus is held in memory as a whole. Offsets are checked against the text: a corpus's
known shift is undone first (GeoVirus is shifted by one; Hu2014 and Ju2016 start one past), then
any toponym whose offsets still miss its surface is looked for nearby and repaired, or dropped
and counted.
"""

from __future__ import annotations

import json
import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from geodata.errors import InputError
from geodata.evaluate.gold import Document, GoldToponym, Trap

logger = logging.getLogger(__name__)

#: How far (in characters) to look around a gold span whose offsets miss its surface.
REPAIR_WINDOW = 6


def align(
    text: str, start: int, end: int, surface: str, *, window: int = REPAIR_WINDOW
) -> tuple[int, int] | None:
    """The span of ``surface`` in ``text`` at or nearest to ``start``, or None if it is not near.

    Returns ``(start, end)`` unchanged when the offsets already fit; else the closest occurrence
    within ``window`` characters (exact case first, then ignoring case).
    """
    if not surface:
        return None
    if text[start:end] == surface:
        return start, end
    lo = max(0, start - window)
    hi = min(len(text), start + len(surface) + window)
    region = text[lo:hi]
    for haystack, needle in ((region, surface), (region.casefold(), surface.casefold())):
        if len(haystack) != len(region):  # casefold changed lengths: offsets would be wrong
            continue
        best: int | None = None
        at = haystack.find(needle)
        while at != -1:
            if best is None or abs(lo + at - start) < abs(lo + best - start):
                best = at
            at = haystack.find(needle, at + 1)
        if best is not None:
            return lo + best, lo + best + len(surface)
    return None


def _aligned(
    doc_id: str, text: str, raw: list[tuple[int, int, str, dict]]
) -> tuple[list[GoldToponym], int, int]:
    """Build gold toponyms from ``(start, end, surface, extra fields)``, repairing offsets.

    A span whose offsets miss its surface is looked for near where the previous repaired span's
    shift puts it, then near its own offsets.
    """
    gold: list[GoldToponym] = []
    repaired = dropped = 0
    drift = 0  # offsets that are off tend to drift further along a text (Ju2016): follow the drift
    for start, end, surface, extra in sorted(raw, key=lambda item: (item[0], item[1])):
        span = align(text, start + drift, end + drift, surface) if drift else None
        if span is None:
            span = align(text, start, end, surface)
        if span is not None:
            drift = span[0] - start
        if span is None:
            dropped += 1
            logger.warning(
                "%s: gold toponym %r at %d-%d not found in the text near its offsets; dropped",
                doc_id,
                surface,
                start,
                end,
            )
            continue
        if span != (start, end):
            repaired += 1
        gold.append(GoldToponym(start=span[0], end=span[1], surface=surface, **extra))
    gold.sort(key=lambda g: (g.start, g.end))
    return gold, repaired, dropped


def geonames_feature(fclass: str | None, fcode: str | None) -> str | None:
    """A coarse feature label for a GeoNames class and code, to break accuracy down by feature.

    The labels are those of :data:`geodata.model.FEATURES`, plus ``admin2`` for the counties,
    districts and parishes below admin-1 that LGL annotates often.
    """
    code = (fcode or "").strip().upper()
    klass = (fclass or "").strip().upper()
    if not code and not klass:
        return None
    if code.startswith("PCL"):
        return "country"
    if code == "ADM1":
        return "admin1"
    if code.startswith("ADM"):
        return "admin2"
    if code == "CONT":
        return "continent"
    if code in ("RGN", "AREA", "ZN"):
        return "region"
    if klass == "P":
        return "city"
    if klass == "H":
        return "water"
    return "other"


def _float(value: str | None) -> float | None:
    if value is None or not value.strip():
        return None
    return float(value)


def _int(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    return int(value)


def _iter_elements(path: Path, tag: str) -> Iterator[ET.Element]:
    """Stream the ``tag`` elements of an XML file, freeing each after use."""
    try:
        for _event, elem in ET.iterparse(path, events=("end",)):
            if elem.tag == tag:
                yield elem
                elem.clear()
    except ET.ParseError as err:
        raise InputError(f"{path} is not well-formed XML: {err}") from err
    except FileNotFoundError as err:
        raise InputError(f"corpus file {str(path)!r} does not exist: check the path") from err


def _child_text(elem: ET.Element, tag: str) -> str | None:
    child = elem.find(tag)
    return child.text if child is not None else None


def read_lgl(path: str | Path) -> Iterator[Document]:
    """LGL (``lgl.xml``): local US news. Toponyms without ``gaztag`` have no coordinates."""
    path = Path(path)
    for index, article in enumerate(_iter_elements(path, "article")):
        doc_id = article.get("docid") or str(index)
        text = _child_text(article, "text") or ""
        raw: list[tuple[int, int, str, dict]] = []
        for toponym in article.iter("toponym"):
            surface = _child_text(toponym, "phrase") or ""
            extra: dict = {}
            gaztag = toponym.find("gaztag")
            if gaztag is not None:
                lat, lon = _float(_child_text(gaztag, "lat")), _float(_child_text(gaztag, "lon"))
                if lat is not None and lon is not None:
                    extra = {
                        "lat": lat,
                        "lon": lon,
                        "name": _child_text(gaztag, "name"),
                        "geonameid": _int(gaztag.get("geonameid")),
                        "feature": geonames_feature(
                            _child_text(gaztag, "fclass"), _child_text(gaztag, "fcode")
                        ),
                    }
            raw.append(
                (
                    int(_child_text(toponym, "start") or -1),
                    int(_child_text(toponym, "end") or -1),
                    surface,
                    extra,
                )
            )
        gold, repaired, dropped = _aligned(doc_id, text, raw)
        yield Document(
            id=doc_id, text=text, lang="en", gold=tuple(gold), repaired=repaired, dropped=dropped
        )


def read_geovirus(path: str | Path) -> Iterator[Document]:
    """GeoVirus (``GeoVirus.xml``): WikiNews disease reports; offsets are shifted by one."""
    path = Path(path)
    for index, article in enumerate(_iter_elements(path, "article")):
        doc_id = _child_text(article, "source") or str(index)
        text = _child_text(article, "text") or ""
        raw: list[tuple[int, int, str, dict]] = []
        for location in article.iter("location"):
            surface = _child_text(location, "name") or ""
            start = int(_child_text(location, "start") or 0) - 1
            end = int(_child_text(location, "end") or 0) - 1
            extra = {
                "lat": _float(_child_text(location, "lat")),
                "lon": _float(_child_text(location, "lon")),
            }
            raw.append((start, end, surface, extra))
        gold, repaired, dropped = _aligned(doc_id, text, raw)
        yield Document(
            id=doc_id, text=text, lang="en", gold=tuple(gold), repaired=repaired, dropped=dropped
        )


def _eupeg_fields(line: str, where: str) -> Iterator[tuple[str, str, float, float, int, int]]:
    for item in line.split("||"):
        if not item.strip():
            continue
        fields = item.split(",,")
        if len(fields) != 6:
            raise InputError(
                f"{where}: expected 'name,,surface,,lat,,lon,,start,,end', got {item[:80]!r}"
            )
        name, surface, lat, lon, start, end = fields
        yield name, surface, float(lat), float(lon), int(start), int(end)


def _eupeg_gold_file(folder: Path) -> Path:
    candidates = sorted(folder.glob("*_gold.txt"))
    if len(candidates) != 1 or not (folder / "texts").is_dir():
        raise InputError(
            f"an EUPEG corpus folder holds texts/ and one *_gold.txt, got {folder}: "
            f"{[p.name for p in candidates]!r}, texts/ {'present' if (folder / 'texts').is_dir() else 'missing'}"
        )
    return candidates[0]


def _eupeg_start_shift(folder: Path, gold_file: Path, *, sample: int = 200) -> int:
    """0 if starts are right, 1 if they are one past the real start (Hu2014, Ju2016): by majority."""
    votes = {0: 0, 1: 0}
    with gold_file.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if sum(votes.values()) >= sample:
                break
            text_path = folder / "texts" / str(index)
            if not line.strip() or not text_path.exists():
                continue
            text = text_path.read_text(encoding="utf-8")
            for _name, surface, _lat, _lon, start, end in _eupeg_fields(
                line, f"{gold_file}:{index + 1}"
            ):
                for shift in votes:
                    if text[start - shift : end] == surface:
                        votes[shift] += 1
    return 1 if votes[1] > votes[0] else 0


def read_eupeg(path: str | Path) -> Iterator[Document]:
    """An EUPEG corpus folder (WikToR, Hu2014, Ju2016): ``texts/<i>`` and line i of ``*_gold.txt``.

    These corpora annotate only some toponyms of each text, so documents are not exhaustive. Where
    a corpus's starts are one past the real start (detected from the data), they are shifted back.
    """
    folder = Path(path)
    if folder.is_file() and folder.name.endswith("_gold.txt"):
        folder = folder.parent  # the gold file was given: its folder holds texts/
    if not folder.is_dir():
        raise InputError(
            f"--format eupeg expects a corpus folder with texts/ and *_gold.txt, got {str(folder)!r}"
        )
    gold_file = _eupeg_gold_file(folder)
    shift = _eupeg_start_shift(folder, gold_file)
    logger.info("%s: gold starts shifted back by %d", gold_file.name, shift)
    with gold_file.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            text_path = folder / "texts" / str(index)
            if not text_path.exists():
                if line.strip():
                    logger.warning("%s: no text for gold line %d; skipped", folder, index + 1)
                continue
            text = text_path.read_text(encoding="utf-8")
            raw = [
                (start - shift, end, surface, {"lat": lat, "lon": lon, "name": name})
                for name, surface, lat, lon, start, end in _eupeg_fields(
                    line, f"{gold_file}:{index + 1}"
                )
            ]
            gold, repaired, dropped = _aligned(str(index), text, raw)
            yield Document(
                id=str(index),
                text=text,
                lang="en",
                gold=tuple(gold),
                exhaustive=False,
                repaired=repaired,
                dropped=dropped,
            )


def read_jsonl(path: str | Path) -> Iterator[Document]:
    """The multilingual-dev format: one JSON document a line with ``toponyms`` and ``traps``."""
    path = Path(path)
    try:
        lines = path.open(encoding="utf-8")
    except FileNotFoundError as err:
        raise InputError(f"corpus file {str(path)!r} does not exist: check the path") from err
    with lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                doc_id = str(record.get("id", number))
                text = record["text"]
                raw = [
                    (
                        int(t["start"]),
                        int(t["end"]),
                        t["surface"],
                        {
                            "lat": t.get("lat"),
                            "lon": t.get("lon"),
                            "name": t.get("name"),
                            "kind": t.get("kind"),
                            "feature": t.get("feature"),
                            "geonameid": t.get("geonameid"),
                        },
                    )
                    for t in record.get("toponyms", [])
                ]
                traps = tuple(
                    Trap(
                        start=int(t["start"]),
                        end=int(t["end"]),
                        surface=t["surface"],
                        why=t.get("why", ""),
                    )
                    for t in record.get("traps", [])
                )
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
                raise InputError(
                    f"{path}:{number}: expected a JSON object with 'text' and 'toponyms' "
                    f"[{{start, end, surface, ...}}], got {line[:80]!r}: {err}"
                ) from err
            gold, repaired, dropped = _aligned(doc_id, text, raw)
            yield Document(
                id=doc_id,
                text=text,
                lang=record.get("lang"),
                gold=tuple(gold),
                traps=traps,
                repaired=repaired,
                dropped=dropped,
            )
