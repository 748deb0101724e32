"""briefing.json: a briefing as a public, machine-readable document.

The schema is documented in docs/briefing-json.md and only ever grows: fields are added,
never renamed or removed. Output is deterministic (sorted by the briefing's own order,
fixed indentation) so an unchanged briefing gives a byte-identical file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

from generator.model import Briefing, Evidence, Figure, SourceEntry, Statement, TimelineEntry
from generator.partial_date import PartialDate

SCHEMA_VERSION = 1


def briefing_document(briefing: Briefing) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "slug": briefing.slug,
        "title": briefing.title,
        "title_generated": briefing.title_generated,
        "updated": _iso(briefing.updated),
        "updated_precision": _precision(briefing.updated),
        "tags": list(briefing.tags),
        "note": briefing.note,
        "summary": [_statement(item) for item in briefing.summary],
        "key_points": [_statement(item) for item in briefing.key_points],
        "sources": [_source(item) for item in briefing.sources],
        "timeline": [_timeline_entry(item) for item in briefing.timeline],
        "figures": [_figure(item) for item in briefing.figures],
    }


def briefing_json(briefing: Briefing) -> bytes:
    text = json.dumps(briefing_document(briefing), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def _iso(date: PartialDate | None) -> str | None:
    return date.iso() if date else None


def _precision(date: PartialDate | None) -> str | None:
    return date.precision.value if date else None


def _statement(statement: Statement) -> dict[str, Any]:
    return {
        "text": statement.text,
        "sources": list(statement.sources),
        "by_editor": statement.by_editor,
        "evidence": _evidence(statement.evidence),
    }


def _source(source: SourceEntry) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "published": _iso(source.published),
        "published_precision": _precision(source.published),
        "date_estimated": source.date_estimated,
        "author": source.author,
        "repeats": (
            {"source": source.repeats.source_id, "overlap": round(source.repeats.overlap, 3)}
            if source.repeats
            else None
        ),
        "statements": source.statements,
        "words": source.words,
        "title_inferred": source.title_inferred,
        "passages": [
            {
                "text": passage.text,
                "paragraph": passage.paragraph,
                "line": passage.line,
                "cited_by": list(passage.cited_by),
            }
            for passage in source.passages
        ],
    }


def _timeline_entry(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "date": entry.date.value,
        "precision": entry.date.granularity.value,
        "display": entry.date.display(),
        "mod": entry.date.mod,
        "signal": entry.signal,
        "range_end": entry.range_end.value if entry.range_end else None,
        "text": entry.text,
        "sources": list(entry.sources),
        "upcoming": entry.upcoming,
        "conflict": entry.conflict,
        "estimated": entry.estimated,
        "evidence": _evidence(entry.evidence),
    }


def _figure(figure: Figure) -> dict[str, Any]:
    return {
        "measure": figure.measure,
        "kind": figure.kind,
        "unit": figure.unit,
        "values": [
            {
                "value": _number(value.value),
                "text": value.text,
                "sources": list(value.sources),
                "low": _number(value.low),
                # JSON has no infinity: an open range ("more than 1,000") has no high.
                "high": _number(value.high),
                "evidence": _evidence(value.evidence),
            }
            for value in figure.values
        ],
        "disagreement": figure.disagreement,
        "explanation": figure.explanation,
    }


def _evidence(items: Sequence[Evidence]) -> list[dict[str, Any]]:
    """Where a statement, event or value comes from: each source's sentence."""
    return [
        {
            "source": item.source_id,
            "paragraph": item.paragraph,
            "line": item.line,
            "text": item.text,
        }
        for item in items
    ]


def _number(value: float | None) -> float | int | None:
    """A JSON number: whole numbers as integers, rounded to what a reader can use."""
    if value is None or math.isinf(value) or math.isnan(value):
        return None
    rounded = round(value, 3)
    return int(rounded) if rounded == int(rounded) else rounded
