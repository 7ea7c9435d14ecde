"""The offline gazetteer: every place a news article may name, by name in many languages.

::

    from geodata.gazetteer import Gazetteer, NameEntry
    gaz = Gazetteer.default()        # process-wide; built on first use, then loaded from the cache
    gaz.lookup("Mexiko")             # [Place(id="3996063", name="Mexico", feature="country", ...), ...]
    gaz.by_code("MX-SIN")            # the admin-1 unit Sinaloa
    gaz.get("region:caribbean")
    for entry in gaz.names(): ...    # NameEntry(name, place_id, lang, preferred, source)

Place ids: the GeoNames id as a string where one exists, else ``ne:ISO3166-2`` for admin-1 units
without one, ``region:SLUG`` for macro-regions (Caribbean, Naher Osten) and parts of a country
(England, Flanders, Darfur) or historical regions (Bohemia, Donbas; Kashmir across borders), ``region:ISO3166-2`` for an ISO unit above Natural Earth's units
that has no GeoNames id (Andalucía has one: ``2593109``), ``water:SLUG`` for seas, lakes and
rivers, ``mountain:SLUG`` for mountain ranges (the Alps, Anden; feature ``region``),
``island:SLUG`` for islands that are no unit of their own (Mallorca, Rügen; feature ``region``),
``territory:SLUG`` for disputed territories no unit covers (South Ossetia; feature ``region``),
``us-county:FIPS`` for US counties (feature ``other``). Every admin-1 code
(``Place.admin1_code``) is a ``code`` of :func:`geodata.boundaries.load_admin1`.

Features and what they hold: ``continent`` (GeoNames' seven), ``region`` (curated macro-regions,
mountain ranges and sub-national parts; :meth:`Gazetteer.members` lists their countries or
admin-1 units),
``country``, ``admin1`` (Natural Earth 1:10m, ISO 3166-2 codes; where Natural Earth has
provinces, the ISO units above them -- Spain's autonomous communities, Italy's regions -- are
``region`` places whose members are the provinces), ``city`` (GeoNames cities500
by default; ``$GEODATA_GAZETTEER_CITIES`` picks cities1000/5000/15000), ``water``, ``other``
(US counties). Populations: GeoNames for cities, countries and continents;
for admin-1 units and regions the sum over their members (a lower bound, meant for ranking).

Points follow one convention per feature class (see :mod:`geodata.gazetteer.build`): GeoNames'
points for cities and continents; for countries the GeoNames point, moved to within 150 km of
Natural Earth's label point where the two lie at most 300 km apart.

Matching is on ``str.lower()`` (never casefold, which changes lengths). Worker processes call
:meth:`Gazetteer.default` themselves; pickling a loaded gazetteer sends only its cache path.
"""

from __future__ import annotations

from geodata.gazetteer.index import ABBREVIATION_SOURCES, FEATURE_RANK, Gazetteer, NameEntry

__all__ = ["ABBREVIATION_SOURCES", "FEATURE_RANK", "Gazetteer", "NameEntry"]
