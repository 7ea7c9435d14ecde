"""Normalising the metadata of an article: dates, language codes, URLs, text.

Every function here is pure and raises :class:`~geodata.errors.InputError` with a message that
names what was expected, what came and how to fix it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from geodata.errors import InputError

#: Query parameters that only track clicks; they never change which article a URL names.
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src", "cmpid"}
)

_ISO_DATE_SHAPE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?:[T ].*)?$")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_published(value: Any, *, field_name: str = "published") -> datetime | None:
    """A timezone-aware datetime from a date, datetime or string; ``None`` for an empty value.

    Accepted strings: ISO 8601 (``2025-11-05``, ``2025-11-05T14:30:00+01:00``, ``...Z``) and
    RFC 2822 as in RSS (``Wed, 05 Nov 2025 14:30:00 +0100``). A date without a time is midnight
    UTC; a time without a zone is taken as UTC.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), tzinfo=UTC)
    if not isinstance(value, str):
        raise InputError(
            f"{field_name} date must be a string such as '2025-11-05', got {value!r} "
            f"of type {type(value).__name__}"
        )
    text = value.strip()
    if _ISO_DATE_SHAPE.match(text):
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError as err:
            raise InputError(
                f"{field_name} date {text!r} is impossible ({err}): check the day and month"
            ) from err
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError) as err:
        raise InputError(
            f"{field_name} date {text!r} is not a date: expected ISO 8601 such as '2025-11-05' "
            "or '2025-11-05T14:30:00+01:00', or RFC 2822 such as 'Wed, 05 Nov 2025 14:30:00 +0100'"
        ) from err
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def normalize_language(value: Any) -> str | None:
    """An ISO 639 code in lower case (``"de-DE"`` -> ``"de"``); ``None`` for an empty value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InputError(
            f"language must be an ISO 639-1 code such as 'de', got {value!r} "
            f"of type {type(value).__name__}"
        )
    primary = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    if not _LANGUAGE_CODE.match(primary):
        raise InputError(
            f"language must be an ISO 639-1 code such as 'de', 'es' or 'en', got {value!r}"
        )
    return primary


def canonical_url(value: Any) -> str | None:
    """The URL in a stable form, or ``None`` for an empty value.

    Lower-cased scheme and host, default port dropped, fragment dropped, ``utm_*`` and click-id
    parameters dropped, an empty path written ``/``. Only http and https URLs are accepted.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InputError(f"url must be a string, got {value!r} of type {type(value).__name__}")
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError as err:
        raise InputError(f"url {value!r} is not a valid URL: {err}") from err
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            f"url must be an absolute http or https URL such as 'https://example.org/a', got {value!r}"
        )
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    default = 80 if scheme == "http" else 443
    netloc = host if port in (None, default) else f"{host}:{port}"
    query = [
        (key, val)
        for key, val in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMS
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def clean_text(text: str) -> str:
    """Text with Unix newlines, NFC-normalised, without control characters or outer blank space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    return text.strip()


def optional_string(value: Any, *, field_name: str) -> str | None:
    """A one-line string (white space collapsed), or ``None`` for an empty value. Numbers are
    accepted as text, and a list of strings (several authors) is joined with commas."""
    if value is None:
        return None
    if isinstance(value, list | tuple) and all(isinstance(item, str) for item in value):
        value = ", ".join(item.strip() for item in value if item.strip())
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(
            f"{field_name} must be a string, got {value!r:.80} of type {type(value).__name__}"
        )
    text = " ".join(clean_text(str(value)).split())
    return text or None


def parse_sample(value: Any) -> bool:
    """The ``sample`` flag: a boolean (``true``/``false``; ``yes``/``no`` also accepted)."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "yes", "1"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("false", "no", "0", ""):
        return False
    raise InputError(f"sample must be true or false, got {value!r}")


def printable_name(name: str) -> str:
    """A file name or URL safe to print on one line: control characters such as newlines escaped."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in name
    )
