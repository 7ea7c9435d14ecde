"""Run a parser over a corpus and score it: end to end, on gold spans, per language.

The parser is any callable with :func:`geodata.geoparse`'s signature, passed in, so the scoring
is tested with hand-made parsers on tiny corpora and measured with the real one on real corpora.
Documents are streamed: only counts, distance errors and bounded error samples are kept.
"""

from __future__ import annotations

import heapq
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from geodata.evaluate import metrics
from geodata.evaluate.gold import Document, GoldToponym
from geodata.evaluate.matching import match
from geodata.model import Mention

logger = logging.getLogger(__name__)

#: A geoparser: ``parser(text, lang=..., spans=...) -> list[Mention]``.
Parser = Callable[..., Sequence[Mention]]

#: The places a parser could resolve a given span's text to: ``candidates(surface) -> places``
#: (anything with ``lat`` and ``lon``), for the reachable-accuracy diagnostic.
Candidates = Callable[[str], Sequence[Any]]

END_TO_END = "end-to-end"
GOLD_SPANS = "gold-spans"
MODES: tuple[str, ...] = (END_TO_END, GOLD_SPANS)

#: The key of the scores over every language.
ALL_LANGUAGES = "all"


@dataclass(frozen=True, slots=True)
class Scores:
    """The figures of one section (a mode, optionally restricted) for one language.

    ``precision`` is None when ``precision_meaningful`` is False (the corpus annotates only some
    toponyms). Distance figures are over ``distance_n`` matched gold toponyms that have
    coordinates; a matched mention the parser could not resolve counts as the largest possible
    error and is also counted in ``unresolved``. ``acc161_or_same_id`` also credits a resolution
    farther than 161 km whose GeoNames id is the gold one: the same place, represented by another
    point (countries and admin-1 units have no single agreed point). It is a diagnostic beside
    the strict ``acc161``, not a replacement.

    ``acc161_reachable`` (gold spans, when the evaluation was given the parser's candidates) is the
    share of scored gold toponyms for which *some* candidate place of that name lies within
    161 km: the Acc@161 a perfect choice among the gazetteer's places would reach. The gap from
    ``acc161`` to it is the resolver's; the gap from it to 1 is the gazetteer's (places it lacks,
    or represents by another point). ``reachable_if_flipped`` counts the gold toponyms out of
    reach as given that a candidate lies within 161 km of once the sign of the gold latitude or
    longitude is flipped: most likely points that lost their hemisphere in the corpus (a Texan town
    at 98.8 degrees east).
    """

    documents: int
    gold: int
    predicted: int
    tp: int
    fp: int
    fn: int
    precision: float | None
    recall: float | None
    f1: float | None
    precision_meaningful: bool
    distance_n: int
    acc161: float | None
    acc161_or_same_id: float | None
    auc: float | None
    mean_km: float | None
    median_km: float | None
    unresolved: int
    kind_recall: dict[str, tuple[int, int]] = field(default_factory=dict)
    feature_acc161: dict[str, tuple[int, int]] = field(default_factory=dict)
    decoys_hit: int | None = None
    decoys_total: int | None = None
    acc161_reachable: float | None = None
    reachable_if_flipped: int | None = None

    def to_dict(self) -> dict[str, Any]:
        figures = {name: getattr(self, name) for name in self.__dataclass_fields__}
        figures["kind_recall"] = {
            k: {"found": f, "total": t, "recall": metrics._ratio(f, t)}
            for k, (f, t) in self.kind_recall.items()
        }
        figures["feature_acc161"] = {
            k: {"within": w, "total": t, "acc161": metrics._ratio(w, t)}
            for k, (w, t) in self.feature_acc161.items()
        }
        return figures


class _Tally:
    """Mutable counts behind one :class:`Scores` (internal)."""

    __slots__ = (
        "decoys_hit",
        "decoys_total",
        "documents",
        "errors",
        "exhaustive",
        "far_same_id",
        "features",
        "fn",
        "fp",
        "gold",
        "kinds",
        "predicted",
        "reachable",
        "reachable_if_flipped",
        "tp",
        "unresolved",
    )

    def __init__(self) -> None:
        self.documents = self.gold = self.predicted = self.tp = self.fp = self.fn = 0
        self.unresolved = self.decoys_hit = self.decoys_total = 0
        self.errors: list[float] = []
        self.kinds: dict[str, list[int]] = {}
        self.far_same_id = 0
        #: gold toponyms with a candidate within 161 km; None when no candidates were given
        self.reachable: int | None = None
        #: of the others, those a candidate lies near once a sign of the gold point is flipped
        self.reachable_if_flipped: int | None = None
        self.features: dict[str, list[int]] = {}
        self.exhaustive = True

    def scores(self, *, with_decoys: bool) -> Scores:
        prf = metrics.PRF(self.tp, self.fp, self.fn)
        precision = prf.precision if self.exhaustive else None
        return Scores(
            documents=self.documents,
            gold=self.gold,
            predicted=self.predicted,
            tp=self.tp,
            fp=self.fp,
            fn=self.fn,
            precision=precision,
            recall=prf.recall,
            f1=prf.f1 if self.exhaustive else None,
            precision_meaningful=self.exhaustive,
            distance_n=len(self.errors),
            acc161=(acc161 := metrics.accuracy_at(self.errors)),
            acc161_or_same_id=(
                None if acc161 is None else acc161 + self.far_same_id / len(self.errors)
            ),
            auc=metrics.auc(self.errors),
            mean_km=metrics.mean(self.errors),
            median_km=metrics.median(self.errors),
            unresolved=self.unresolved,
            kind_recall={k: (v[0], v[1]) for k, v in sorted(self.kinds.items())},
            feature_acc161={k: (v[0], v[1]) for k, v in sorted(self.features.items())},
            decoys_hit=self.decoys_hit if with_decoys else None,
            decoys_total=self.decoys_total if with_decoys else None,
            acc161_reachable=(
                None
                if self.reachable is None or not self.errors
                else self.reachable / len(self.errors)
            ),
            reachable_if_flipped=self.reachable_if_flipped,
        )


@dataclass(frozen=True, slots=True)
class FarResolution:
    """A matched toponym resolved far from its gold point."""

    km: float
    mode: str
    doc_id: str
    surface: str
    gold_name: str | None
    gold_lat: float
    gold_lon: float
    pred_name: str | None
    pred_lat: float | None
    pred_lon: float | None
    pred_feature: str | None


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one evaluation run found.

    ``sections`` maps a section name (``end-to-end``, ``end-to-end/literal``, ``gold-spans``) to
    scores per language, with ``"all"`` over every language.
    """

    corpus: str
    sections: dict[str, dict[str, Scores]]
    kinds_counted: tuple[str, ...] | None
    documents: int
    repaired: int
    dropped: int
    failures: tuple[tuple[str, str, str], ...]
    missed: tuple[tuple[str, int, str], ...]
    false_positives: tuple[tuple[str, int, str], ...]
    unresolved: tuple[tuple[str, int, str], ...]
    far: tuple[FarResolution, ...]
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "documents": self.documents,
            "kinds_counted": list(self.kinds_counted) if self.kinds_counted else None,
            "gold_offsets_repaired": self.repaired,
            "gold_dropped": self.dropped,
            "seconds": round(self.seconds, 3),
            "sections": {
                name: {lang: scores.to_dict() for lang, scores in by_lang.items()}
                for name, by_lang in self.sections.items()
            },
            "failures": [{"doc": d, "mode": m, "error": e} for d, m, e in self.failures],
            "missed": [{"surface": s, "count": c, "example_doc": d} for s, c, d in self.missed],
            "false_positives": [
                {"surface": s, "count": c, "example_doc": d} for s, c, d in self.false_positives
            ],
            "unresolved": [
                {"surface": s, "count": c, "example_doc": d} for s, c, d in self.unresolved
            ],
            "far_resolutions": [
                {name: getattr(far, name) for name in far.__dataclass_fields__} for far in self.far
            ],
        }


def _default_parser() -> Parser:
    from geodata import geoparse

    return geoparse


def _default_candidates() -> Candidates:
    from geodata.parse.pipeline import default_parser

    return default_parser().places_named


class _Examples:
    """Counts of surfaces with one example document each, for the error listing."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.example: dict[str, str] = {}

    def add(self, surface: str, doc_id: str) -> None:
        self.counts[surface] += 1
        self.example.setdefault(surface, doc_id)

    def top(self, n: int) -> tuple[tuple[str, int, str], ...]:
        return tuple((s, c, self.example[s]) for s, c in self.counts.most_common(n))


def _kind_ok(mention: Mention, kinds: frozenset[str] | None) -> bool:
    return kinds is None or mention.kind in kinds


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


class _Scorer:
    def __init__(self, *, far_n: int, candidates: Candidates | None = None) -> None:
        self.tallies: dict[str, dict[str, _Tally]] = {}
        self.missed = _Examples()
        self.false_positives = _Examples()
        self.unresolved = _Examples()
        self.far_n = far_n
        self.far: list[tuple[float, int, FarResolution]] = []
        self._far_seq = 0
        self.candidates = candidates
        self._places: dict[str, Sequence[Any]] = {}

    def reachable(self, surface: str, lat: float, lon: float) -> bool:
        """Whether some candidate place of ``surface`` lies within 161 km of (lat, lon)."""
        assert self.candidates is not None
        places = self._places.get(surface)
        if places is None:
            places = self._places[surface] = tuple(self.candidates(surface))
        return any(
            metrics.great_circle_km(lat, lon, place.lat, place.lon) <= metrics.ACCURACY_KM
            for place in places
        )

    def tally(self, section: str, lang: str) -> list[_Tally]:
        by_lang = self.tallies.setdefault(section, {})
        return [by_lang.setdefault(lang, _Tally()), by_lang.setdefault(ALL_LANGUAGES, _Tally())]

    def note_far(self, far: FarResolution) -> None:
        if self.far_n <= 0:
            return
        self._far_seq += 1
        item = (far.km, -self._far_seq, far)
        if len(self.far) < self.far_n:
            heapq.heappush(self.far, item)
        elif item > self.far[0]:
            heapq.heapreplace(self.far, item)

    def score(
        self,
        section: str,
        doc: Document,
        mentions: Sequence[Mention],
        gold: Sequence[GoldToponym],
        *,
        mode: str,
        all_gold_have_distance: bool,
        record_examples: bool,
        traps: bool,
    ) -> None:
        """Match one document's mentions to its gold and add the counts to ``section``."""
        text = doc.text
        result = match(
            mentions,
            gold,
            pred_surfaces=[text[m.start : m.end] for m in mentions],
            gold_surfaces=[text[g.start : g.end] for g in gold],
        )
        tallies = self.tally(section, doc.lang or "?")
        errors: list[float] = []
        # (gold feature, km) where the corpus gives features
        by_feature: list[tuple[str, float]] = []
        unresolved = far_same_id = 0
        matched_gold = set()
        for p_index, g_index in result.pairs:
            matched_gold.add(g_index)
            g, m = gold[g_index], mentions[p_index]
            if not g.has_point:
                continue
            if m.lat is None or m.lon is None:
                errors.append(metrics.MAX_ERROR_KM)
                if g.feature:
                    by_feature.append((g.feature, metrics.MAX_ERROR_KM))
                unresolved += 1
                if record_examples:
                    self.unresolved.add(text[g.start : g.end], doc.id)
                continue
            km = metrics.great_circle_km(g.lat, g.lon, m.lat, m.lon)  # type: ignore[arg-type]
            errors.append(km)
            if g.feature:
                by_feature.append((g.feature, km))
            if km > metrics.ACCURACY_KM and g.geonameid is not None and m.geonameid == g.geonameid:
                far_same_id += 1
            if record_examples and km > metrics.ACCURACY_KM:
                self.note_far(
                    FarResolution(
                        km=round(km, 1),
                        mode=mode,
                        doc_id=doc.id,
                        surface=text[g.start : g.end],
                        gold_name=g.name,
                        gold_lat=g.lat,
                        gold_lon=g.lon,
                        pred_name=m.name,
                        pred_lat=m.lat,  # type: ignore[arg-type]
                        pred_lon=m.lon,
                        pred_feature=m.feature,
                    )
                )
        reachable = flipped = None
        if all_gold_have_distance and self.candidates is not None:
            reachable = flipped = 0
            for g in gold:
                if g.lat is None or g.lon is None:
                    continue
                surface, lat, lon = text[g.start : g.end], g.lat, g.lon
                if self.reachable(surface, lat, lon):
                    reachable += 1
                elif self.reachable(surface, lat, -lon) or self.reachable(surface, -lat, lon):
                    flipped += 1
        if all_gold_have_distance:
            # On gold spans every gold point is scored: a span the parser left out is a failure.
            for g_index, g in enumerate(gold):
                if g.has_point and g_index not in matched_gold:
                    errors.append(metrics.MAX_ERROR_KM)
                    if g.feature:
                        by_feature.append((g.feature, metrics.MAX_ERROR_KM))
                    unresolved += 1
                    if record_examples:
                        self.unresolved.add(text[g.start : g.end], doc.id)
        decoys = 0
        if traps:
            decoys = sum(
                1
                for t in doc.traps
                if any(_overlaps(t.start, t.end, m.start, m.end) for m in mentions)
            )
        for tally in tallies:
            tally.documents += 1
            tally.gold += len(gold)
            tally.predicted += len(mentions)
            tally.tp += len(result.pairs)
            tally.fn += len(result.unmatched_gold)
            if doc.exhaustive:
                tally.fp += len(result.unmatched_pred)
            else:
                tally.exhaustive = False
            tally.errors.extend(errors)
            tally.unresolved += unresolved
            tally.far_same_id += far_same_id
            if reachable is not None:
                tally.reachable = (tally.reachable or 0) + reachable
                tally.reachable_if_flipped = (tally.reachable_if_flipped or 0) + (flipped or 0)
            if traps:
                tally.decoys_total += len(doc.traps)
                tally.decoys_hit += decoys
            for feature, km in by_feature:
                counts = tally.features.setdefault(feature, [0, 0])
                counts[1] += 1
                counts[0] += km <= metrics.ACCURACY_KM
            for g_index, g in enumerate(gold):
                if g.kind is not None:
                    counts = tally.kinds.setdefault(g.kind, [0, 0])
                    counts[1] += 1
                    counts[0] += g_index in matched_gold
        if record_examples and mode == END_TO_END:
            for g_index in result.unmatched_gold:
                self.missed.add(text[gold[g_index].start : gold[g_index].end], doc.id)
            if doc.exhaustive:
                for p_index in result.unmatched_pred:
                    self.false_positives.add(
                        text[mentions[p_index].start : mentions[p_index].end], doc.id
                    )


def evaluate(
    documents: Iterable[Document],
    *,
    parser: Parser | None = None,
    modes: Sequence[str] = MODES,
    kinds: Iterable[str] | None = None,
    detect_lang: bool = False,
    limit: int | None = None,
    errors: int = 0,
    corpus: str = "",
    candidates: Candidates | None = None,
) -> Report:
    """Score ``parser`` on ``documents``.

    ``modes``: ``end-to-end`` (the parser finds the toponyms) and/or ``gold-spans`` (the parser
    resolves the gold spans; documents without gold coordinates are skipped there). ``kinds``
    restricts the end-to-end predictions that count (None: every kind). ``detect_lang`` passes
    ``lang=None`` so the parser detects the language. ``errors`` is how many far resolutions to
    keep for the error listing. A parser exception fails that document (its gold counts as missed)
    and is recorded; the run goes on. ``candidates`` (the places a span's text could name) adds
    the reachable Acc@161 on gold spans; with the default parser its own candidates are used.
    """
    for mode in modes:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES!r}, got {mode!r}")
    if parser is None:
        parse, candidates = _default_parser(), candidates or _default_candidates()
    else:
        parse = parser
    wanted = frozenset(kinds) if kinds is not None else None
    scorer = _Scorer(far_n=errors, candidates=candidates if GOLD_SPANS in modes else None)
    failures: list[tuple[str, str, str]] = []
    count = repaired = dropped = 0
    began = time.perf_counter()
    for doc in documents:
        if limit is not None and count >= limit:
            break
        count += 1
        repaired += doc.repaired
        dropped += doc.dropped
        lang = None if detect_lang else doc.lang
        has_kinds = any(g.kind is not None for g in doc.gold)
        if END_TO_END in modes:
            try:
                mentions = [m for m in parse(doc.text, lang=lang) if _kind_ok(m, wanted)]
            except Exception as err:  # one failing document must not end the run
                logger.warning("%s: the parser failed end to end: %r", doc.id, err)
                failures.append((doc.id, END_TO_END, repr(err)))
                mentions = []
            scorer.score(
                END_TO_END,
                doc,
                mentions,
                doc.gold,
                mode=END_TO_END,
                all_gold_have_distance=False,
                record_examples=True,
                traps=True,
            )
            if has_kinds:
                scorer.score(
                    f"{END_TO_END}/literal",
                    doc,
                    [m for m in mentions if m.kind == "literal"],
                    [g for g in doc.gold if g.kind == "literal"],
                    mode=END_TO_END,
                    all_gold_have_distance=False,
                    record_examples=False,
                    traps=False,
                )
        if GOLD_SPANS in modes and any(g.has_point for g in doc.gold):
            spans = [(g.start, g.end) for g in doc.gold]
            try:
                resolved = list(parse(doc.text, lang=lang, spans=spans))
            except Exception as err:  # one failing document must not end the run
                logger.warning("%s: the parser failed on gold spans: %r", doc.id, err)
                failures.append((doc.id, GOLD_SPANS, repr(err)))
                resolved = []
            scorer.score(
                GOLD_SPANS,
                doc,
                resolved,
                doc.gold,
                mode=GOLD_SPANS,
                all_gold_have_distance=True,
                record_examples=True,
                traps=False,
            )
    seconds = time.perf_counter() - began
    sections: dict[str, dict[str, Scores]] = {}
    for name, by_lang in scorer.tallies.items():
        ordered = sorted(by_lang, key=lambda lang: (lang == ALL_LANGUAGES, lang))
        sections[name] = {
            lang: by_lang[lang].scores(
                with_decoys=name == END_TO_END and by_lang[lang].decoys_total > 0
            )
            for lang in ordered
        }
    far = tuple(item[2] for item in sorted(scorer.far, reverse=True))
    return Report(
        corpus=corpus,
        sections=sections,
        kinds_counted=tuple(sorted(wanted)) if wanted is not None else None,
        documents=count,
        repaired=repaired,
        dropped=dropped,
        failures=tuple(failures),
        missed=scorer.missed.top(errors),
        false_positives=scorer.false_positives.top(errors),
        unresolved=scorer.unresolved.top(errors),
        far=far,
        seconds=seconds,
    )
