"""Bytes to text: byte-order marks honoured, binary refused, invalid UTF-8 located."""

from __future__ import annotations

import codecs
import re

from geodata.errors import InputError

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: File signatures worth naming when binary content is refused.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` (the start of a file will do) is binary rather than text, or ``None``."""
    for signature, kind in SIGNATURES:
        if data.startswith(signature):
            return f"binary content ({kind}), not text"
    nul = data.find(b"\x00", 0, 65_536)
    head = data[:512]
    if (
        nul >= 0
        and len(head) >= 4
        and (head[1::2].count(0) == len(head) // 2 or head[0::2].count(0) == (len(head) + 1) // 2)
    ):
        return (
            "text in UTF-16 without a byte-order mark (NUL in every other byte): "
            "save it as UTF-8, or as UTF-16 with a byte-order mark"
        )
    if nul >= 0:
        return f"binary content (NUL byte at byte {nul}), not text"
    return None


def decode_text(data: bytes, *, fallback_encoding: str | None = None) -> str:
    """Decode ``data``: by its byte-order mark if it has one, else as UTF-8.

    ``fallback_encoding`` (a charset declared by an HTML page or an HTTP header) is tried when the
    bytes are not UTF-8. Raises :class:`InputError` for binary content and undecodable bytes.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(
                    f"invalid {encoding.upper()} at byte {err.start + len(bom)} "
                    f"(the file starts with a {encoding.upper()} byte-order mark)"
                ) from err
    reason = binary_reason(data)
    if reason:
        raise InputError(reason)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if fallback_encoding:
            try:
                return data.decode(fallback_encoding)
            except (LookupError, UnicodeDecodeError):
                pass
        raise InputError(
            f"invalid UTF-8 at byte {err.start}: save the file as UTF-8"
            + (
                f" (the declared charset {fallback_encoding!r} did not fit either)"
                if fallback_encoding
                else ""
            )
        ) from err


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, if any."""
    match = _CHARSET.search(html[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
