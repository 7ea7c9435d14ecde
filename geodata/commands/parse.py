"""`python -m geodata parse [FILE ...] [--lang LANG] [--jsonl]`: geoparse files or a JSON Lines stream.

Without ``--jsonl`` each FILE (UTF-8 text) is parsed and a JSON array is printed with one object per
file: ``{"file": ..., "mentions": [...]}`` or ``{"file": ..., "error": ...}``. With ``--jsonl``
standard input is read as JSON Lines, ``{"id": ..., "text": ..., "lang": optional, "spans":
optional [[start, end], ...]}``, and one line ``{"id": ..., "mentions": [...]}`` is written per
input line, in order; a bad line gets ``{"id": ..., "error": ...}`` and the stream goes on.
Exit status: 0 when every input parsed, 1 when some failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from geodata.errors import GeodataError, InputError

#: Largest file ``parse`` reads; larger inputs are refused with an error naming them.
MAX_FILE_BYTES = 50 * 1024 * 1024


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options."""
    parser.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files to geoparse")
    parser.add_argument(
        "--lang", default=None, help="ISO 639-1 language of the texts (default: detect)"
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON Lines {"id", "text", "lang"?, "spans"?} from stdin, write one result line each',
    )


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(f"cannot read {str(path)!r}: {err.strerror or err}") from err
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"{str(path)!r} is {size} bytes, more than the {MAX_FILE_BYTES} a text file may have"
        )
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{str(path)!r} is binary (it contains NUL bytes), expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{str(path)!r} is not UTF-8 text (byte {err.start}): convert it, e.g. with iconv"
        ) from err


def _parse(text: str, lang: str | None, spans: Any = None) -> list[dict[str, Any]]:
    from geodata.parse.pipeline import geoparse

    return [mention.to_dict() for mention in geoparse(text, lang=lang, spans=spans)]


def _one_line(line: str, number: int, default_lang: str | None) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return {"id": None, "error": f"line {number}: not JSON ({err.msg} at column {err.colno})"}
    if not isinstance(record, dict):
        return {
            "id": None,
            "error": f"line {number}: expected a JSON object, got {type(record).__name__}",
        }
    ident = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        return {
            "id": ident,
            "error": f'line {number}: "text" must be a string, got {type(text).__name__}',
        }
    lang = record.get("lang") or default_lang
    if lang is not None and not isinstance(lang, str):
        return {"id": ident, "error": f'line {number}: "lang" must be a string, got {lang!r}'}
    spans = record.get("spans")
    if spans is not None and not (
        isinstance(spans, list) and all(isinstance(s, list | tuple) and len(s) == 2 for s in spans)
    ):
        return {
            "id": ident,
            "error": f'line {number}: "spans" must be a list of [start, end] pairs',
        }
    try:
        return {"id": ident, "mentions": _parse(text, lang, spans)}
    except GeodataError as err:
        return {"id": ident, "error": f"line {number}: {err}"}


def run_jsonl(stdin: TextIO, stdout: TextIO, *, lang: str | None = None) -> int:
    """Geoparse a JSON Lines stream; one output line per non-blank input line. Returns the exit status."""
    failed = False
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        result = _one_line(line, number, lang)
        failed = failed or "error" in result
        stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        stdout.flush()
    return 1 if failed else 0


def run(args: argparse.Namespace) -> int:
    """Entry point of ``python -m geodata parse``."""
    if args.jsonl:
        if args.files:
            print("parse: --jsonl reads standard input; give no FILE with it", file=sys.stderr)
            return 2
        return run_jsonl(sys.stdin, sys.stdout, lang=args.lang)
    if not args.files:
        print(
            "parse: give at least one FILE, or --jsonl to read JSON Lines from stdin",
            file=sys.stderr,
        )
        return 2
    results: list[dict[str, Any]] = []
    failed = False
    for name in args.files:
        try:
            results.append({"file": name, "mentions": _parse(_read_text(Path(name)), args.lang)})
        except GeodataError as err:
            failed = True
            results.append({"file": name, "error": str(err)})
    json.dump(results, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 1 if failed else 0
