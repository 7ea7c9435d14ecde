"""Pure metric functions: precision/recall/F1, great-circle error, Acc@161km, AUC, mean, median.

Distances are in kilometres. The AUC is the area under the curve of sorted, log-scaled errors
``ln(1 + km) / ln(20039)`` integrated with the trapezoid rule over the unit interval: 0 is
perfect, 1 is every answer on the far side of the Earth (Gritta et al.'s definition).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

#: Mean Earth radius (IUGG), as geopy's great_circle uses.
EARTH_RADIUS_KM = 6371.0088

#: Half the Earth's circumference: the largest possible error, and the AUC's scale.
MAX_ERROR_KM = 20039.0

#: The accuracy threshold: 161 km is 100 miles.
ACCURACY_KM = 161.0


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points in degrees (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlam = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 from counts; a ratio with a zero denominator is None."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _ratio(numerator: float, denominator: float) -> float | None:
    return None if denominator == 0 else numerator / denominator


def accuracy_at(errors_km: Sequence[float], km: float = ACCURACY_KM) -> float | None:
    """Share of errors within ``km`` (inclusive); None for no errors."""
    if not errors_km:
        return None
    return sum(1 for e in errors_km if e <= km) / len(errors_km)


def auc(errors_km: Sequence[float]) -> float | None:
    """Area under the sorted log-error curve, scaled to [0, 1]; lower is better.

    Each error becomes ``ln(1 + km) / ln(20039)`` (capped at 1); the sorted values are integrated
    with the trapezoid rule over evenly spaced points on [0, 1]. One error is its own scaled value.
    """
    if not errors_km:
        return None
    scale = math.log(MAX_ERROR_KM)
    values = sorted(min(1.0, math.log1p(max(0.0, e)) / scale) for e in errors_km)
    if len(values) == 1:
        return values[0]
    area = sum((a + b) / 2 for a, b in itertools.pairwise(values))
    return area / (len(values) - 1)


def mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
