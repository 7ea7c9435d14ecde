"""Pure helpers of the gazetteer build: the point convention and ISO 3166-2 name forms."""

from __future__ import annotations

import pytest
import shapely

from geodata.gazetteer.build import (
    LABEL_KEEP_KM,
    great_circle_km,
    iso_names,
    point_between,
)


def test_great_circle_km_knows_a_degree_of_latitude() -> None:
    assert great_circle_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.2, abs=0.1)
    assert great_circle_km(48.0, 11.0, 48.0, 11.0) == 0.0


def test_points_already_close_to_the_label_stay() -> None:
    point, label = (50.0, 10.0), (50.5, 10.5)  # about 66 km apart
    assert point_between(point, label) == point


def test_points_within_reach_move_just_inside_keep_distance_of_the_label() -> None:
    point, label = (60.0, -95.0), (60.0, -99.0)  # about 222 km apart
    moved = point_between(point, label)
    assert moved != point
    to_label = great_circle_km(*moved, *label)
    to_point = great_circle_km(*moved, *point)
    assert to_label == pytest.approx(LABEL_KEEP_KM, abs=3)
    assert to_point < 161
    assert to_label < 161


def test_points_beyond_reach_keep_the_geonames_convention() -> None:
    point, label = (60.0, 100.0), (58.25, 44.69)  # Russia: thousands of km apart
    assert point_between(point, label) == point


def test_a_moved_point_outside_the_shape_is_not_used() -> None:
    point, label = (60.0, -95.0), (60.0, -99.0)
    tiny = shapely.box(-95.1, 59.9, -94.9, 60.1)  # only around ``point``
    assert point_between(point, label, geometry=tiny) == point
    wide = shapely.box(-100.0, 59.0, -94.0, 61.0)
    assert point_between(point, label, geometry=wide) != point


def test_points_across_the_antimeridian_are_left_alone() -> None:
    point, label = (-17.0, 179.5), (-17.0, -179.5)
    assert point_between(point, label) == point


@pytest.mark.parametrize(
    ("raw", "forms"),
    [
        ("Andalucía", ["Andalucía"]),
        ("Catalunya [Cataluña]", ["Catalunya", "Cataluña"]),
        ("Valenciana, Comunidad", ["Comunidad Valenciana"]),
        ("Navarra, Comunidad Foral de", ["Comunidad Foral de Navarra"]),
        ("Wales [Cymru GB-CYM]", ["Wales", "Cymru"]),
        ("  Île-de-France ", ["Île-de-France"]),
    ],
)
def test_iso_names_in_running_text_order(raw: str, forms: list[str]) -> None:
    assert iso_names(raw) == forms
