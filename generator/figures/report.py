"""`briefing inspect figures`: the quantities found in one article, with what each
measures, as the comparison across sources sees them."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.figures.measures import Measure, measure_of
from generator.figures.quantities import Quantity, find_quantities
from generator.model import ArticleText, Sentence
from generator.partial_date import PartialDate
from generator.text.segment import article_sentences
from generator.time.estimate import estimate_publication
from generator.time.timex import Anchor


@dataclass(frozen=True)
class FiguresReport:
    path: Path
    anchor: PartialDate | None
    anchor_source: str
    """stated, estimated or none."""
    found: tuple[tuple[Sentence, Quantity, Measure], ...]


def figures_report(text: ArticleText) -> FiguresReport:
    article = text.article
    anchor, source = article.published, "stated"
    if anchor is None:
        full_text = "\n".join(p.text for p in text.paragraphs)
        anchor = estimate_publication(full_text)
        source = "estimated" if anchor else "none"
    resolved = Anchor(anchor, source == "estimated") if anchor else None
    found = tuple(
        (sentence, quantity, measure_of(sentence.text, quantity, resolved))
        for sentence in article_sentences(text)
        for quantity in find_quantities(sentence.text)
    )
    return FiguresReport(article.path, anchor, source, found)


def figures_as_data(report: FiguresReport) -> dict[str, Any]:
    return {
        "path": str(report.path),
        "anchor": report.anchor.iso() if report.anchor else None,
        "anchor_source": report.anchor_source,
        "quantities": [_quantity(s, q, m) for s, q, m in report.found],
    }


def figures_as_text(report: FiguresReport) -> str:
    data = figures_as_data(report)
    anchor = f"{data['anchor']} ({data['anchor_source']})" if data["anchor"] else "none"
    lines = [str(report.path), f"reported: {anchor}", ""]
    for item in data["quantities"]:
        high = "and more" if item["high"] is None else f"to {_shown(item['high'])}"
        unit = f" {item['unit']}" if item["unit"] else ""
        lines.append(f"line {item['line']}: {item['text']}")
        lines.append(f"    {item['kind']}{unit}, from {_shown(item['low'])} {high}")
        lines.append(f"    measures: {item['measure']}")
        details = [
            f"{key} {', '.join(item[key]) if isinstance(item[key], list) else item[key]}"
            for key in ("thing", "qualifiers", "action", "actor", "places", "period", "rate")
            if item[key]
        ]
        if details:
            lines.append(f"    ({'; '.join(details)})")
    if not data["quantities"]:
        lines.append("no quantities found")
    return "\n".join(lines) + "\n"


def _quantity(sentence: Sentence, quantity: Quantity, measure: Measure) -> dict[str, Any]:
    return {
        "line": sentence.line,
        "sentence": sentence.text,
        "text": quantity.text,
        "value": quantity.value,
        "low": quantity.low,
        "high": None if math.isinf(quantity.high) else quantity.high,
        "kind": quantity.kind,
        "unit": quantity.unit,
        "hedge": quantity.hedge,
        "measure": measure.label,
        "thing": measure.thing,
        "qualifiers": sorted(measure.qualifiers),
        "action": measure.action,
        "actor": measure.actor,
        "places": sorted(measure.places),
        "period": " ".join(measure.period) if measure.period else None,
        "rate": measure.rate,
    }


def _shown(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 or value == int(value) else f"{value:,.2f}"
