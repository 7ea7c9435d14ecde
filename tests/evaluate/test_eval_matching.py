"""The EUPEG matching rule: mid-points under 10 characters apart, same surface ignoring case."""

from __future__ import annotations

import pytest

from geodata.evaluate.gold import GoldToponym
from geodata.evaluate.matching import match


def _gold(start: int, end: int, surface: str) -> GoldToponym:
    return GoldToponym(start=start, end=end, surface=surface)


def test_midpoints_nine_apart_match_ten_apart_do_not():
    gold = [_gold(100, 110, "Rome")]  # mid-point 105
    near = match(
        [_gold(109, 119, "x")], gold, pred_surfaces=["Rome"], gold_surfaces=["Rome"]
    )  # mid 114
    far = match(
        [_gold(110, 120, "x")], gold, pred_surfaces=["Rome"], gold_surfaces=["Rome"]
    )  # mid 115
    assert near.pairs == ((0, 0),)
    assert far.pairs == ()
    assert far.unmatched_pred == (0,)
    assert far.unmatched_gold == (0,)


def test_surfaces_compare_ignoring_case_but_must_be_equal():
    gold = [_gold(0, 6, "Madrid")]
    assert match(
        [_gold(0, 6, "")], gold, pred_surfaces=["MADRID"], gold_surfaces=["Madrid"]
    ).pairs == ((0, 0),)
    # same span, different surface (e.g. a truncated prediction): no match
    assert (
        match([_gold(0, 5, "")], gold, pred_surfaces=["Madri"], gold_surfaces=["Madrid"]).pairs
        == ()
    )


def test_one_to_one_closest_wins_whatever_the_order():
    gold = [_gold(0, 5, "Paris"), _gold(8, 13, "Paris")]  # mid-points 2.5 and 10.5
    preds = [_gold(8, 13, ""), _gold(0, 5, ""), _gold(1, 6, "")]
    result = match(preds, gold, pred_surfaces=["Paris"] * 3, gold_surfaces=["Paris"] * 2)
    assert result.pairs == ((1, 0), (0, 1))
    assert result.unmatched_pred == (2,)
    assert result.unmatched_gold == ()


def test_surface_counts_must_fit():
    with pytest.raises(ValueError, match="one surface per span"):
        match([_gold(0, 1, "a")], [], pred_surfaces=[], gold_surfaces=[])
