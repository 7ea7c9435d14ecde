"""The offline gazetteer: every place a news article may name, by name in many languages.

::

    from geodata.gazetteer import Gazetteer, NameEntry
    gaz = Gazetteer.default()        # process-wide; built on first use, then loaded from the cache
    gaz.lookup("Mexiko")             # [Place(id="3996063", name="Mexico", feature="country", ...), ...]
    gaz.by_code("MX-SIN")            # the admin-1 unit Sinaloa
    gaz.get("region:caribbean")
    for entry in gaz.names(): ...    # NameEntry(name, place_id, lang, preferred, source)

Place ids: the GeoNames id as a string where one exists, else ``ne:ISO3166-2`` for admin-1 units
without one, ``region:SLUG`` for macro-regions and ``water:SLUG`` for seas, lakes and rivers.
Every admin-1 code (``Place.admin1_code``) is a ``code`` of :func:`geodata.boundaries.load_admin1`.
"""

from __future__ import annotations

from geodata.gazetteer.index import FEATURE_RANK, Gazetteer, NameEntry

__all__ = ["FEATURE_RANK", "Gazetteer", "NameEntry"]
