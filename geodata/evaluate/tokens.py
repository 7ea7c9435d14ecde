"""Readers of the token-per-line NER corpora, for recognition only: GermEval 2014, CoNLL-2002, HIPE.

Each turns IOB tags into character spans on a text it rebuilds from the tokens: tokens joined by
single spaces (GermEval, CoNLL), or, for HIPE, the running text rebuilt from the ``MISC`` column
(``NoSpaceAfter`` glues a token to the next, ``EndOfLine`` ends a line). Only location entities are
kept as gold: GermEval's outer ``B-LOC``/``I-LOC`` (not ``LOCderiv`` or ``LOCpart``), CoNLL's
``LOC``, HIPE's literal coarse ``loc``. These toponyms carry no coordinates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from geodata.errors import InputError
from geodata.evaluate.gold import Document, GoldToponym


def iob_spans(tags: Iterable[str], entity: str) -> list[tuple[int, int]]:
    """Token index ranges ``(first, last + 1)`` of the ``entity`` entities in an IOB tag sequence.

    The entity type compares case-insensitively and exactly (``LOC`` does not take ``LOCderiv``).
    An ``I-`` tag that does not continue an entity of the same type starts one (IOB1 and
    sloppy IOB2 alike).
    """
    spans: list[tuple[int, int]] = []
    begin: int | None = None
    wanted = entity.casefold()
    count = 0
    for index, tag in enumerate(tags):
        count = index + 1
        prefix, _, kind = tag.partition("-")
        inside = kind.casefold() == wanted and prefix in ("B", "I")
        if begin is not None and (not inside or prefix == "B"):
            spans.append((begin, index))
            begin = None
        if inside and begin is None:
            begin = index
    if begin is not None:
        spans.append((begin, count))
    return spans


def _document(
    doc_id: str,
    lang: str,
    tokens: list[str],
    tags: list[str],
    entity: str,
    separators: list[str] | None = None,
) -> Document:
    """Join tokens (with ``separators[i]`` after token i, else a space) and place the entities."""
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for index, token in enumerate(tokens):
        starts.append(offset)
        parts.append(token)
        offset += len(token)
        if index < len(tokens) - 1:
            sep = separators[index] if separators is not None else " "
            parts.append(sep)
            offset += len(sep)
    text = "".join(parts)
    gold = []
    for first, stop in iob_spans(tags, entity):
        start = starts[first]
        end = starts[stop - 1] + len(tokens[stop - 1])
        gold.append(GoldToponym(start=start, end=end, surface=text[start:end]))
    return Document(id=doc_id, text=text, lang=lang, gold=tuple(gold))


def _open(path: Path):
    try:
        return path.open(encoding="utf-8")
    except FileNotFoundError as err:
        raise InputError(f"corpus file {str(path)!r} does not exist: check the path") from err


def read_germeval(path: str | Path, *, lang: str = "de") -> Iterator[Document]:
    """GermEval 2014 NER TSV: a ``#`` line per sentence, then ``index token outer inner`` lines."""
    path = Path(path)
    tokens: list[str] = []
    tags: list[str] = []
    number = 0
    with _open(path) as lines:
        for line_no, line in enumerate(lines, start=1):
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip():
                if tokens:
                    number += 1
                    yield _document(f"s{number}", lang, tokens, tags, "LOC")
                    tokens, tags = [], []
                continue
            fields = line.split("\t")
            if len(fields) < 3:
                raise InputError(
                    f"{path}:{line_no}: expected 'index<TAB>token<TAB>outer-IOB<TAB>inner-IOB', got {line[:80]!r}"
                )
            tokens.append(fields[1])
            tags.append(fields[2])
    if tokens:
        yield _document(f"s{number + 1}", lang, tokens, tags, "LOC")


def read_conll(path: str | Path, *, lang: str = "es") -> Iterator[Document]:
    """CoNLL-2002: ``token POS IOB`` per line, a blank line between sentences (one document each)."""
    path = Path(path)
    tokens: list[str] = []
    tags: list[str] = []
    number = 0
    with _open(path) as lines:
        for line_no, line in enumerate(lines, start=1):
            fields = line.split()
            if not fields or fields[0] == "-DOCSTART-":
                if tokens:
                    number += 1
                    yield _document(f"s{number}", lang, tokens, tags, "LOC")
                    tokens, tags = [], []
                continue
            if len(fields) < 2:
                raise InputError(
                    f"{path}:{line_no}: expected 'token POS IOB', got {line.rstrip()[:80]!r}"
                )
            tokens.append(fields[0])
            tags.append(fields[-1])
    if tokens:
        yield _document(f"s{number + 1}", lang, tokens, tags, "LOC")


def read_hipe(path: str | Path) -> Iterator[Document]:
    """HIPE-2022 TSV (or a folder of them): one document per ``hipe2022:document_id``.

    The running text is rebuilt from ``MISC``: ``EndOfLine`` puts a line break after the token,
    ``NoSpaceAfter`` nothing, anything else one space. Gold is the literal coarse ``loc`` column.
    """
    path = Path(path)
    files = sorted(path.glob("*.tsv")) if path.is_dir() else [path]
    if not files:
        raise InputError(
            f"--format hipe expects a HIPE .tsv file or a folder of them, got {str(path)!r}"
        )
    for file in files:
        yield from _read_hipe_file(file)


def _read_hipe_file(path: Path) -> Iterator[Document]:
    doc_id: str | None = None
    lang = "de"
    tokens: list[str] = []
    tags: list[str] = []
    seps: list[str] = []
    columns: dict[str, int] = {}

    def flush() -> Iterator[Document]:
        if tokens:
            yield _document(doc_id or f"{path.stem}-{len(tokens)}", lang, tokens, tags, "loc", seps)

    with _open(path) as lines:
        for line_no, line in enumerate(lines, start=1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("TOKEN\t"):
                columns = {name: i for i, name in enumerate(line.split("\t"))}
                continue
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                key, value = key.strip(), value.strip()
                if key == "hipe2022:document_id":
                    yield from flush()
                    tokens, tags, seps = [], [], []
                    doc_id = value
                elif key == "hipe2022:language":
                    lang = value
                continue
            if not columns:
                raise InputError(
                    f"{path}:{line_no}: expected the 'TOKEN<TAB>NE-COARSE-LIT...' header before tokens"
                )
            fields = line.split("\t")
            try:
                token = fields[columns["TOKEN"]]
                tag = fields[columns["NE-COARSE-LIT"]]
                misc = fields[columns["MISC"]].split("|")
            except (KeyError, IndexError) as err:
                raise InputError(
                    f"{path}:{line_no}: expected {len(columns)} tab-separated columns, got {line[:80]!r}"
                ) from err
            tokens.append(token)
            tags.append(tag)
            seps.append("\n" if "EndOfLine" in misc else "" if "NoSpaceAfter" in misc else " ")
    yield from flush()
