"""The EUPEG matching rule: which predicted toponym is which gold toponym.

A prediction matches a gold toponym when their mid-points are less than 10 characters apart and
their surfaces are equal ignoring case. Each toponym is matched at most once; among competing
pairs the closest mid-points win (ties: earlier gold, then earlier prediction), so the result does
not depend on the order the parser returned its mentions in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

#: Mid-points must be strictly closer than this many characters.
MAX_MIDPOINT_DISTANCE = 10.0


class Span(Protocol):
    """Anything with ``start``/``end`` offsets: a Mention or a GoldToponym."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Matching:
    """Index pairs ``(prediction, gold)`` and the indices left unmatched on each side."""

    pairs: tuple[tuple[int, int], ...]
    unmatched_pred: tuple[int, ...]
    unmatched_gold: tuple[int, ...]


def midpoint(span: Span) -> float:
    return (span.start + span.end) / 2.0


def surface_key(surface: str) -> str:
    """Surfaces compare ignoring case (and surrounding white space)."""
    return " ".join(surface.split()).casefold()


def match(
    pred: Sequence[Span],
    gold: Sequence[Span],
    *,
    pred_surfaces: Sequence[str],
    gold_surfaces: Sequence[str],
    max_distance: float = MAX_MIDPOINT_DISTANCE,
) -> Matching:
    """Match predictions to gold toponyms one to one under the EUPEG rule.

    ``pred_surfaces[i]`` is the text of ``pred[i]`` as it stands in the document (and likewise for
    gold), so callers decide where surfaces come from.
    """
    if len(pred) != len(pred_surfaces) or len(gold) != len(gold_surfaces):
        raise ValueError(
            f"expected one surface per span, got {len(pred)} predictions with {len(pred_surfaces)} "
            f"surfaces and {len(gold)} gold toponyms with {len(gold_surfaces)} surfaces"
        )
    gold_keys = [surface_key(s) for s in gold_surfaces]
    gold_mids = [midpoint(g) for g in gold]
    candidates: list[tuple[float, int, int]] = []
    for p_index, p in enumerate(pred):
        p_key = surface_key(pred_surfaces[p_index])
        p_mid = midpoint(p)
        for g_index, g_mid in enumerate(gold_mids):
            distance = abs(p_mid - g_mid)
            if distance < max_distance and gold_keys[g_index] == p_key:
                candidates.append((distance, g_index, p_index))
    candidates.sort()
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _distance, g_index, p_index in candidates:
        if g_index in used_gold or p_index in used_pred:
            continue
        used_gold.add(g_index)
        used_pred.add(p_index)
        pairs.append((p_index, g_index))
    pairs.sort(key=lambda pair: pair[1])
    return Matching(
        pairs=tuple(pairs),
        unmatched_pred=tuple(i for i in range(len(pred)) if i not in used_pred),
        unmatched_gold=tuple(i for i in range(len(gold)) if i not in used_gold),
    )
