"""timeline.json, a briefing's timeline in the TimelineJS 3 format:
generator.render.timeline_json."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.model import Briefing, SourceEntry, TimelineEntry
from generator.partial_date import PartialDate
from generator.render.timeline_json import timeline_document, timeline_json
from generator.time.point import TimePoint


def point(value: str, mod: str | None = None) -> TimePoint:
    parsed = TimePoint.parse(value, mod)
    assert parsed is not None, value
    return parsed


def source(source_id: str, publisher: str | None, title: str = "A report") -> SourceEntry:
    return SourceEntry(
        id=source_id,
        title=title,
        publisher=publisher,
        url=None,
        published=PartialDate(2024, 11, 19),
        date_estimated=False,
        author=None,
        repeats=None,
        statements=0,
    )


def entry(value: str = "2024-11-07", **changes: Any) -> TimelineEntry:
    fields: dict[str, Any] = {
        "date": point(value),
        "text": "The port reopened after the strike.",
        "sources": ("wire",),
    }
    return TimelineEntry(**{**fields, **changes})


def briefing(*entries: TimelineEntry, title: str = "The Odesa port strike") -> Briefing:
    return Briefing(
        slug="odesa-port",
        title=title,
        title_generated=False,
        tags=(),
        note=None,
        updated=PartialDate(2024, 11, 19),
        summary=(),
        key_points=(),
        sources=(source("wire", "Reuters"), source("daily", None, "Kyiv Daily report")),
        timeline=entries,
    )


def label(entry: TimelineEntry) -> str:
    return f"label {entry.date.display()}"


def document(*entries: TimelineEntry, title: str = "The Odesa port strike") -> dict[str, Any]:
    return timeline_document(briefing(*entries, title=title), label)


def test_the_title_slide_has_the_briefing_title_and_source_count() -> None:
    assert document(entry())["title"] == {
        "text": {"headline": "The Odesa port strike", "text": "Timeline of 2 sources"}
    }


def test_the_title_is_escaped() -> None:
    headline = document(entry(), title="Ports <b>&</b> ships")["title"]["text"]["headline"]
    assert headline == "Ports &lt;b&gt;&amp;&lt;/b&gt; ships"


def test_one_event_per_entry_in_timeline_order_with_unique_ids() -> None:
    events = document(entry("2024-11-07"), entry("2024-11-08"), entry("2024-12"))["events"]
    assert [(event["unique_id"], event["start_date"]["year"]) for event in events] == [
        ("event-1", "2024"),
        ("event-2", "2024"),
        ("event-3", "2024"),
    ]


@pytest.mark.parametrize(
    ("value", "mod", "start_date"),
    [
        ("2024-11-07", None, {"year": "2024", "month": "11", "day": "7"}),
        ("2024-W45", None, {"year": "2024", "month": "11", "day": "4"}),
        ("2024-08", None, {"year": "2024", "month": "8"}),
        ("2024-Q3", None, {"year": "2024", "month": "7"}),
        ("2024-SU", None, {"year": "2024", "month": "6"}),
        ("2024", None, {"year": "2024"}),
        ("2025", "START", {"year": "2025"}),
        ("199", None, {"year": "1990"}),
    ],
)
def test_start_date_has_fields_only_to_the_entrys_precision(
    value: str, mod: str | None, start_date: dict[str, str]
) -> None:
    (event,) = document(entry(date=point(value, mod)))["events"]
    fields = {key: item for key, item in event["start_date"].items() if key != "display_date"}
    assert fields == start_date


def test_display_date_is_the_label() -> None:
    (event,) = document(entry(date=point("2024-SU")))["events"]
    assert event["start_date"]["display_date"] == "label Summer 2024"


def test_the_event_headline_is_the_label_escaped() -> None:
    def risky(_: TimelineEntry) -> str:
        return "Since <August> 2024"

    (event,) = timeline_document(briefing(entry()), risky)["events"]
    assert event["text"]["headline"] == "Since &lt;August&gt; 2024"


def test_the_event_text_holds_the_entry_text_and_its_sources_by_name() -> None:
    (event,) = document(entry(sources=("wire", "daily")))["events"]
    assert event["text"]["text"] == (
        "<p>The port reopened after the strike.</p><p>Sources: Reuters, Kyiv Daily report</p>"
    )


def test_html_in_the_entry_text_is_escaped() -> None:
    (event,) = document(entry(text='Workers chanted "<script>alert(1)</script>" & left.'))["events"]
    assert event["text"]["text"].startswith(
        "<p>Workers chanted &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; left.</p>"
    )


def test_an_unknown_source_is_named_by_its_id() -> None:
    (event,) = document(entry(sources=("gone",)))["events"]
    assert event["text"]["text"].endswith("<p>Sources: gone</p>")


def test_an_upcoming_entry_is_in_the_whats_next_group() -> None:
    events = document(entry("2024-11-07"), entry("2025-01-20", upcoming=True))["events"]
    assert [event.get("group") for event in events] == [None, "What’s next"]


def test_a_range_end_gives_an_end_date() -> None:
    (event,) = document(entry("2023-11", range_end=point("2024-02")))["events"]
    assert event["end_date"] == {"year": "2024", "month": "2", "display_date": "February 2024"}


def test_an_entry_without_range_end_has_no_end_date() -> None:
    (event,) = document(entry())["events"]
    assert "end_date" not in event


def test_a_conflict_is_added_to_the_event_text() -> None:
    note = "Sources disagree on the date: source 2 gives August 2024 for this."
    (event,) = document(entry("2023-08", conflict=note))["events"]
    assert event["text"]["text"].endswith(f"<p><strong>Date conflict.</strong> {note}</p>")


def test_an_entry_without_conflict_has_no_conflict_text() -> None:
    (event,) = document(entry())["events"]
    assert "Date conflict" not in event["text"]["text"]


def test_timeline_json_is_the_document_as_utf8_json() -> None:
    data = timeline_json(briefing(entry("2025-01-20", upcoming=True)), label)
    assert (data.endswith(b"\n"), json.loads(data.decode("utf-8"))) == (
        True,
        document(entry("2025-01-20", upcoming=True)),
    )


def test_timeline_json_keeps_non_ascii_characters_unescaped() -> None:
    data = timeline_json(briefing(entry("2025-01-20", upcoming=True)), label)
    assert "What’s next".encode() in data
