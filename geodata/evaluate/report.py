"""Plain-text rendering of an evaluation :class:`~geodata.evaluate.evaluation.Report`."""

from __future__ import annotations

from geodata.evaluate.evaluation import Report, Scores

_COLUMNS = (
    ("lang", 5),
    ("docs", 6),
    ("gold", 6),
    ("pred", 6),
    ("P", 6),
    ("R", 6),
    ("F1", 6),
    ("Acc@161", 8),
    ("AUC", 6),
    ("mean km", 9),
    ("median km", 10),
    ("n dist", 7),
    ("unres", 6),
)


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _row(lang: str, s: Scores) -> str:
    cells = (
        lang,
        str(s.documents),
        str(s.gold),
        str(s.predicted),
        _fmt(s.precision) if s.precision_meaningful else "n/a",
        _fmt(s.recall),
        _fmt(s.f1) if s.precision_meaningful else "n/a",
        _fmt(s.acc161),
        _fmt(s.auc),
        _fmt(s.mean_km, 0),
        _fmt(s.median_km, 1),
        str(s.distance_n),
        str(s.unresolved),
    )
    return "  ".join(
        cell.rjust(width) for cell, (_name, width) in zip(cells, _COLUMNS, strict=True)
    )


def format_report(report: Report) -> str:
    """The report as a table per section, then notes and (if kept) the error listing."""
    lines = [
        f"corpus: {report.corpus}  documents: {report.documents}  time: {report.seconds:.1f} s"
    ]
    if report.kinds_counted is not None:
        lines.append(f"end-to-end predictions counted: kinds {', '.join(report.kinds_counted)}")
    header = "  ".join(name.rjust(width) for name, width in _COLUMNS)
    for section, by_lang in report.sections.items():
        lines += ["", f"== {section}", header]
        lines += [_row(lang, scores) for lang, scores in by_lang.items()]
        total = by_lang.get("all")
        if total is None:
            continue
        if not total.precision_meaningful:
            lines.append(
                "   precision/F1 not meaningful: the corpus annotates only some toponyms of each text"
            )
        if total.kind_recall:
            kinds = ", ".join(
                f"{kind} {found}/{count}" for kind, (found, count) in total.kind_recall.items()
            )
            lines.append(f"   recall per gold kind: {kinds}")
        if total.acc161_or_same_id is not None and total.acc161_or_same_id != total.acc161:
            lines.append(
                f"   Acc@161 also crediting the gold GeoNames id at another point: {total.acc161_or_same_id:.3f}"
            )
        if total.acc161_reachable is not None:
            lines.append(
                f"   Acc@161 reachable with this gazetteer (some place of the name within 161 km): "
                f"{total.acc161_reachable:.3f}"
            )
        if total.reachable_if_flipped:
            lines.append(
                f"   gold points in reach only with the sign of their latitude or longitude "
                f"flipped: {total.reachable_if_flipped} of {total.distance_n}"
            )
        if total.feature_acc161:
            features = ", ".join(
                f"{feature} {within}/{count}"
                for feature, (within, count) in total.feature_acc161.items()
            )
            lines.append(f"   Acc@161 per gold feature: {features}")
        if total.decoys_total:
            lines.append(f"   planted decoys tagged: {total.decoys_hit} of {total.decoys_total}")
    if report.repaired or report.dropped:
        lines.append(
            f"\ngold offsets repaired by a nearby search: {report.repaired}; gold toponyms dropped "
            f"(surface not found near its offsets): {report.dropped}"
        )
    if report.failures:
        lines.append(f"\nparser failures: {len(report.failures)} (their gold counts as missed)")
        lines += [f"   {doc} [{mode}]: {error}" for doc, mode, error in report.failures[:10]]
    if report.missed:
        lines += ["", "most often missed (end to end): surface x count (example document)"]
        lines += [f"   {s!r} x {c} ({d})" for s, c, d in report.missed]
    if report.false_positives:
        lines += [
            "",
            "most frequent false positives (end to end): surface x count (example document)",
        ]
        lines += [f"   {s!r} x {c} ({d})" for s, c, d in report.false_positives]
    if report.unresolved:
        lines += [
            "",
            "most often left unresolved (matched or given, but no point): surface x count (example document)",
        ]
        lines += [f"   {s!r} x {c} ({d})" for s, c, d in report.unresolved]
    if report.far:
        lines += ["", "farthest resolutions: km, mode, document, surface: gold -> predicted"]
        lines += [
            f"   {f.km:8.0f}  {f.mode}  {f.doc_id}  {f.surface!r}: {f.gold_name or ''} ({f.gold_lat:.2f}, "
            f"{f.gold_lon:.2f}) -> {f.pred_name} ({_fmt(f.pred_lat, 2)}, {_fmt(f.pred_lon, 2)}) {f.pred_feature or ''}"
            for f in report.far
        ]
    return "\n".join(lines)
