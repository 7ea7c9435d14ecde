"""The project's exceptions: one root, and subclasses that also inherit the builtin they resemble.

Catch :class:`GeodataError` to handle anything the project raises on purpose. Messages say what was
expected, what came (with ``!r``) and, where there is one, the fix.
"""

from __future__ import annotations


class GeodataError(Exception):
    """Root of every exception the project raises on purpose."""


class ConfigurationError(GeodataError, ValueError):
    """A setting, argument or environment variable has a value the project cannot use."""


class InputError(GeodataError, ValueError):
    """An article, file, feed or record cannot be read or makes no sense."""


class FetchError(GeodataError, OSError):
    """A URL or feed could not be fetched: unreachable, timed out, too large, refused."""


class GazetteerError(GeodataError, RuntimeError):
    """The gazetteer could not be built or loaded."""


class GeocodingError(GeodataError, RuntimeError):
    """A toponym could not be geocoded (offline or by a remote service)."""


class StoreError(GeodataError, RuntimeError):
    """The store could not be opened, read or written."""
