"""timeline.json: a briefing's timeline in the TimelineJS 3 format, for reuse elsewhere.

TimelineJS shows `text` fields as HTML, so article text is escaped here. Dates are given
to the precision they have: a year, a month, or a day, with `display_date` saying
"summer 2024" or "Q3 2024" where the calendar fields cannot.
"""

from __future__ import annotations

import html
import json
from typing import Any

from generator.model import Briefing, TimelineEntry
from generator.time.point import Granularity, TimePoint

_WITH_MONTH = (Granularity.MONTH, Granularity.QUARTER, Granularity.SEASON)
_WITH_DAY = (Granularity.DAY, Granularity.WEEK)


def timeline_document(briefing: Briefing, label: Any) -> dict[str, Any]:
    """`label(entry)` gives the date text shown for an entry ("Since August 2024")."""
    names = {source.id: source.publisher or source.title for source in briefing.sources}
    return {
        "title": {
            "text": {
                "headline": html.escape(briefing.title),
                "text": html.escape(f"Timeline of {len(briefing.sources)} sources"),
            }
        },
        "events": [
            _event(entry, number, label(entry), names)
            for number, entry in enumerate(briefing.timeline, 1)
        ],
    }


def timeline_json(briefing: Briefing, label: Any) -> bytes:
    text = json.dumps(timeline_document(briefing, label), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def _event(entry: TimelineEntry, number: int, label: str, names: dict[str, str]) -> dict[str, Any]:
    sources = ", ".join(html.escape(names.get(source, source)) for source in entry.sources)
    body = f"<p>{html.escape(entry.text)}</p><p>Sources: {sources}</p>"
    if entry.conflict:
        body += f"<p><strong>Date conflict.</strong> {html.escape(entry.conflict)}</p>"
    event: dict[str, Any] = {
        "unique_id": f"event-{number}",
        "start_date": _date(entry.date, label),
        "text": {"headline": html.escape(label), "text": body},
    }
    if entry.range_end is not None:
        event["end_date"] = _date(entry.range_end, entry.range_end.display())
    if entry.upcoming:
        event["group"] = "What’s next"
    return event


def _date(point: TimePoint, display: str) -> dict[str, str]:
    date = {"year": str(point.first.year), "display_date": display}
    if point.granularity in _WITH_MONTH or point.granularity in _WITH_DAY:
        date["month"] = str(point.first.month)
    if point.granularity in _WITH_DAY:
        date["day"] = str(point.first.day)
    return date
