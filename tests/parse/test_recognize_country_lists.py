"""A place written "Name, Country" lies in that country, except inside a list of countries."""

from __future__ import annotations

import pytest

from geodata import geoparse

pytestmark = pytest.mark.slow


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.feature, m.country_code) for m in geoparse(text, lang="en")}


def test_a_country_in_a_list_of_countries_is_not_read_as_lying_in_the_next() -> None:
    found = _found("The vaccination campaign covers Benin, Ghana, Niger, Nigeria and Togo.")
    assert found["Niger"] == ("country", "NE")
    assert found["Nigeria"] == ("country", "NG")


def test_a_place_and_its_country_keep_the_hint_inside_a_list() -> None:
    found = _found("The games moved from Córdoba, Argentina, and Lima to a new venue.")
    assert found["Córdoba"][1] == "AR"
