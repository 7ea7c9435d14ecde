"""Files and folders of articles: which files are read, in which order, and how safely.

A folder is walked recursively in sorted order. Hidden files and folders (``.name``), files named
``README.*`` and files of other types are passed over. Symbolic links to folders are not
followed, and a link to a file is read only when its target lies inside the folder given, so a
walk never leaves that folder. Files larger than the size limit are refused before they are read.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from geodata.config import PROJECT_ROOT
from geodata.errors import InputError
from geodata.ingest.fields import printable_name

log = logging.getLogger(__name__)

#: Files larger than this are refused unread (the same limit as for fetched pages).
MAX_FILE_BYTES = 20 * 1024 * 1024

#: Long lines are skipped in pieces of this size, never held whole.
CHUNK_BYTES = 1024 * 1024

#: File name suffix -> format.
FORMATS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


def format_of(name: str) -> str:
    """The format a file name's suffix names; raises :class:`InputError` for an unknown suffix."""
    suffix = Path(name).suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    raise InputError(
        f"unsupported file type {suffix or '(no suffix)'!r}: expected one of "
        f"{', '.join(sorted(FORMATS))}"
    )


def origin_of(path: Path) -> str:
    """How an article read from ``path`` names its origin (and, without a URL, its identity):
    the path relative to the project when inside it, so sample articles have the same ids in
    every checkout, else the absolute path; control characters are escaped."""
    absolute = Path(os.path.abspath(path))
    for root in (PROJECT_ROOT, Path(os.path.abspath(PROJECT_ROOT))):
        if absolute.is_relative_to(root):
            return printable_name(absolute.relative_to(root).as_posix())
    return printable_name(absolute.as_posix())


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.lower().startswith("readme.")


def iter_folder(folder: Path) -> Iterator[Path]:
    """The article files under ``folder``, recursively, in a deterministic (sorted) order."""
    for current, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(name for name in dirnames if not _skipped(name))
        for name in sorted(filenames):
            if _skipped(name):
                continue
            if Path(name).suffix.lower() not in FORMATS:
                log.debug("passing over %s: not an article file type", Path(current, name))
                continue
            yield Path(current, name)


def check_file(path: Path, *, root: Path | None = None) -> int:
    """The size of an article file after the safety checks.

    With ``root`` (the folder the user gave) the file must resolve to a place inside it. Raises
    :class:`InputError` for a link out of the folder or a missing or special file.
    """
    if root is not None:
        try:
            target = path.resolve()
        except RuntimeError as err:  # how pathlib reports a loop
            raise InputError("symbolic link loop: the link leads back to itself") from err
        except OSError as err:
            raise InputError(f"cannot read the file: {err.strerror or err}") from err
        if not target.is_relative_to(root.resolve()):
            raise InputError(
                f"symbolic link to {printable_name(str(target))} points outside the folder "
                f"{printable_name(str(root))}: not followed"
            )
    try:
        info = path.stat()
    except FileNotFoundError as err:
        raise InputError("no such file (a broken symbolic link?)") from err
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise InputError("symbolic link loop: the link leads back to itself") from err
        raise InputError(f"cannot read the file: {err.strerror or err}") from err
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file (a device, pipe or socket): not read")
    return info.st_size


def _too_large(size: int, max_bytes: int) -> InputError:
    return InputError(
        f"larger than the {max_bytes / (1024 * 1024):g} MB limit "
        f"({size / (1024 * 1024):.1f} MB): split it into smaller files"
    )


def read_file_bytes(
    path: Path, *, root: Path | None = None, max_bytes: int = MAX_FILE_BYTES
) -> bytes:
    """The bytes of an article file, after the checks of :func:`check_file` and the size limit."""
    size = check_file(path, root=root)
    if size > max_bytes:
        raise _too_large(size, max_bytes)
    try:
        with path.open("rb") as handle:
            # Read one byte past the limit: a file that grew after stat() is still refused.
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise InputError(f"cannot read the file: {err.strerror or err}") from err
    if len(data) > max_bytes:
        raise InputError(f"larger than the {max_bytes / (1024 * 1024):g} MB limit")
    return data


def iter_lines(
    path: Path, *, max_line_bytes: int = MAX_FILE_BYTES
) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` for each line of a file, read one line at a time, so a JSON Lines
    file of any size streams in flat memory. A line longer than ``max_line_bytes`` comes as
    ``(number, None)``: it is read up to the limit and the rest skipped in pieces. Raises :class:`InputError` when the file cannot be
    opened."""
    try:
        handle = path.open("rb")
    except OSError as err:
        raise InputError(f"cannot read the file: {err.strerror or err}") from err
    with handle:
        number = 0
        while True:
            line = handle.readline(max_line_bytes + 1)
            if not line:
                return
            number += 1
            if len(line) > max_line_bytes and not line.endswith(b"\n"):
                while (rest := handle.readline(CHUNK_BYTES)) and not rest.endswith(b"\n"):
                    pass
                yield number, None
                continue
            yield number, line
