"""briefing.json, the public machine-readable form of a briefing:
generator.render.briefing_json."""

from __future__ import annotations

import json
import math

import pytest

from generator.model import (
    Briefing,
    Evidence,
    Figure,
    FigureValue,
    Repeat,
    SourceEntry,
    Statement,
    TimelineEntry,
)
from generator.partial_date import PartialDate
from generator.render.briefing_json import briefing_document, briefing_json
from generator.time.point import TimePoint


def _briefing(**changes) -> Briefing:
    fields = {
        "slug": "kursk-offensive",
        "title": "Zelenskyy’s gamble in Kursk",
        "title_generated": False,
        "tags": ("Ukraine", "Russia"),
        "note": "Compiled from *three* reports.",
        "updated": PartialDate(2024, 11),
        "summary": (
            Statement(
                text="Russia deployed about 50,000 troops to Kursk.",
                sources=("wire", "daily"),
                evidence=(
                    Evidence("wire", 0, 5, "The port reopened on Monday."),
                    Evidence("daily", 2, 9, "On Monday the port opened again."),
                ),
            ),
        ),
        "key_points": (Statement(text="Ukraine holds part of Kursk.", sources=(), by_editor=True),),
        "sources": (
            SourceEntry(
                id="wire",
                title="Russia advances near Kursk",
                publisher="Example Wire",
                url="https://example.org/kursk",
                published=PartialDate(2024, 11, 19),
                date_estimated=False,
                author="A. Reporter",
                repeats=None,
                statements=1,
            ),
            SourceEntry(
                id="daily",
                title="Kursk: a strategic bind",
                publisher=None,
                url=None,
                published=PartialDate(2024, 11),
                date_estimated=True,
                author=None,
                repeats=Repeat(source_id="wire", overlap=0.87654),
                statements=1,
            ),
            SourceEntry(
                id="undated",
                title="Undated notes",
                publisher=None,
                url=None,
                published=None,
                date_estimated=False,
                author=None,
                repeats=None,
                statements=0,
            ),
        ),
        "timeline": (
            TimelineEntry(
                date=TimePoint.parse("2024-08"),
                text="Ukraine enters the Kursk region.",
                sources=("wire",),
            ),
            TimelineEntry(
                date=TimePoint.parse("2025-01-20"),
                text="Trump takes office.",
                sources=("daily",),
                upcoming=True,
                conflict="one source says January 21",
            ),
        ),
        "figures": (
            Figure(
                measure="Russian troops in Kursk",
                values=(
                    FigureValue(
                        50000.0,
                        "about 50,000",
                        ("wire",),
                        low=47500.0,
                        high=52500.0,
                        evidence=(Evidence("wire", 2, 9, "Russia sent about 50,000 troops."),),
                    ),
                    FigureValue(45000.0, "more than 45,000", ("daily",), 45000.0, math.inf),
                ),
                disagreement=True,
                explanation="Wire: about 50,000; Daily: more than 45,000",
            ),
        ),
    }
    fields.update(changes)
    return Briefing(**fields)


def _document(briefing: Briefing | None = None) -> dict:
    return json.loads(briefing_json(briefing or _briefing()).decode("utf-8"))


def test_json_is_a_utf8_json_object():
    assert isinstance(_document(), dict)


def test_top_level_fields_have_their_types():
    document = _document()
    assert isinstance(document["slug"], str)
    assert isinstance(document["title"], str)
    assert isinstance(document["updated"], str)
    for key in ("summary", "key_points", "sources", "timeline", "figures"):
        assert isinstance(document[key], list), key


def test_top_level_fields_hold_the_briefing():
    document = _document()
    assert document["slug"] == "kursk-offensive"
    assert document["title"] == "Zelenskyy’s gamble in Kursk"
    assert document["title_generated"] is False
    assert document["tags"] == ["Ukraine", "Russia"]
    assert document["note"] == "Compiled from *three* reports."


def test_document_has_schema_version_one():
    assert _document()["schema_version"] == 1


def test_summary_statements_have_text_and_sources():
    (statement,) = _document()["summary"]
    assert statement["text"] == "Russia deployed about 50,000 troops to Kursk."
    assert statement["sources"] == ["wire", "daily"]
    assert statement["by_editor"] is False


def test_statement_evidence_names_source_paragraph_line_and_sentence():
    (statement,) = _document()["summary"]
    assert statement["evidence"] == [
        {"source": "wire", "paragraph": 0, "line": 5, "text": "The port reopened on Monday."},
        {"source": "daily", "paragraph": 2, "line": 9, "text": "On Monday the port opened again."},
    ]


def test_editor_key_point_is_marked_and_cites_nothing():
    (point,) = _document()["key_points"]
    assert point == {
        "text": "Ukraine holds part of Kursk.",
        "sources": [],
        "by_editor": True,
        "evidence": [],
    }


SOURCE_FIELDS = {
    "id": str,
    "title": str,
    "publisher": (str, type(None)),
    "url": (str, type(None)),
    "published": (str, type(None)),
    "published_precision": (str, type(None)),
    "date_estimated": bool,
    "author": (str, type(None)),
    "repeats": (dict, type(None)),
}


@pytest.mark.parametrize("index", [0, 1, 2])
def test_every_source_has_every_contract_field_with_its_type(index):
    source = _document()["sources"][index]
    for key, kind in SOURCE_FIELDS.items():
        assert key in source, key
        assert isinstance(source[key], kind), key


def test_sources_keep_the_briefing_order():
    assert [source["id"] for source in _document()["sources"]] == ["wire", "daily", "undated"]


def test_source_with_full_metadata_is_written_in_full():
    source = _document()["sources"][0]
    assert source["publisher"] == "Example Wire"
    assert source["url"] == "https://example.org/kursk"
    assert source["published"] == "2024-11-19"
    assert source["published_precision"] == "day"
    assert source["author"] == "A. Reporter"
    assert source["statements"] == 1


def test_missing_source_metadata_is_null_not_invented():
    source = _document()["sources"][2]
    assert source["publisher"] is None
    assert source["url"] is None
    assert source["published"] is None
    assert source["published_precision"] is None
    assert source["author"] is None
    assert source["repeats"] is None


def test_partial_source_date_keeps_its_month_precision():
    source = _document()["sources"][1]
    assert (source["published"], source["published_precision"]) == ("2024-11", "month")
    assert source["date_estimated"] is True


def test_year_only_date_keeps_its_year_precision():
    document = _document(_briefing(updated=PartialDate(2024)))
    assert (document["updated"], document["updated_precision"]) == ("2024", "year")


def test_partial_updated_date_keeps_its_month_precision():
    document = _document()
    assert (document["updated"], document["updated_precision"]) == ("2024-11", "month")


def test_missing_updated_date_is_null():
    document = _document(_briefing(updated=None))
    assert document["updated"] is None
    assert document["updated_precision"] is None


def test_repeat_names_the_copied_source_and_a_rounded_overlap():
    repeats = _document()["sources"][1]["repeats"]
    assert repeats["source"] == "wire"
    assert repeats["overlap"] == pytest.approx(0.87654, abs=0.001)
    assert len(str(repeats["overlap"]).split(".")[1]) <= 3


def test_timeline_entries_have_date_precision_text_and_sources():
    first, second = _document()["timeline"]
    assert first == {
        "date": "2024-08",
        "precision": "month",
        "display": "August 2024",
        "mod": None,
        "signal": None,
        "range_end": None,
        "text": "Ukraine enters the Kursk region.",
        "sources": ["wire"],
        "upcoming": False,
        "conflict": None,
        "estimated": False,
        "evidence": [],
    }
    assert second["date"] == "2025-01-20"
    assert second["precision"] == "day"
    assert second["upcoming"] is True
    assert second["conflict"] == "one source says January 21"


def test_figures_list_every_value_with_its_sources():
    (figure,) = _document()["figures"]
    assert figure["measure"] == "Russian troops in Kursk"
    assert figure["disagreement"] is True
    assert figure["kind"] == "count" and figure["unit"] == ""
    assert figure["explanation"] == "Wire: about 50,000; Daily: more than 45,000"
    assert figure["values"] == [
        {
            "value": 50000,
            "text": "about 50,000",
            "sources": ["wire"],
            "low": 47500,
            "high": 52500,
            "evidence": [
                {
                    "source": "wire",
                    "paragraph": 2,
                    "line": 9,
                    "text": "Russia sent about 50,000 troops.",
                }
            ],
        },
        # An open range has no upper bound: JSON has no infinity, so `high` is null.
        {
            "value": 45000,
            "text": "more than 45,000",
            "sources": ["daily"],
            "low": 45000,
            "high": None,
            "evidence": [],
        },
    ]
    json.dumps(figure, allow_nan=False)  # strict JSON, no Infinity


def test_empty_briefing_has_empty_lists_not_missing_fields():
    document = _document(
        _briefing(summary=(), key_points=(), sources=(), timeline=(), figures=(), tags=())
    )
    for key in ("summary", "key_points", "sources", "timeline", "figures", "tags"):
        assert document[key] == [], key


def test_equal_briefings_give_identical_bytes():
    assert briefing_json(_briefing()) == briefing_json(_briefing())


def test_output_ends_with_a_newline():
    assert briefing_json(_briefing()).endswith(b"\n")


def test_non_ascii_text_is_written_as_utf8_not_escaped():
    data = briefing_json(_briefing())
    assert "Zelenskyy’s".encode() in data
    assert b"\\u2019" not in data


def test_document_function_matches_the_written_json():
    assert _document() == briefing_document(_briefing())
