"""The timeline: dated sentences into merged, checked and selected entries:
generator.analysis.timeline (mentions, build_timeline, event_text)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.analysis.timeline import (
    MAX_EVENT_WORDS,
    MAX_EVENTS_PER_DATE,
    build_timeline,
    event_text,
    mentions,
)
from generator.model import Evidence, Sentence, TimelineEntry
from generator.partial_date import PartialDate
from generator.time.timex import Anchor

# A Tuesday: "on Monday" is November 18, 2024; a bare "in August" is August 2024.
PUBLISHED = PartialDate(2024, 11, 19)


def sentences(source_id: str, texts: Sequence[str]) -> list[Sentence]:
    """The texts as one source's sentences, each its own paragraph, two lines apart."""
    return [
        Sentence(source_id, index, index, text, 3 + 2 * index) for index, text in enumerate(texts)
    ]


def timeline(
    by_source: Mapping[str, Sequence[str]],
    anchors: Mapping[str, Anchor | None] | None = None,
    *,
    order: Sequence[str] | None = None,
    latest: PartialDate | None = None,
    limit: int = 0,
) -> tuple[TimelineEntry, ...]:
    """Every source anchored on PUBLISHED unless `anchors` says otherwise; sources in the
    order given unless `order` says otherwise."""
    if anchors is None:
        anchors = {source: Anchor(PUBLISHED) for source in by_source}
    found = mentions(
        {source: sentences(source, texts) for source, texts in by_source.items()}, anchors
    )
    return build_timeline(found, list(order or by_source), latest, limit)


def dates(entries: Sequence[TimelineEntry]) -> list[str]:
    return [entry.date.value for entry in entries]


CAPTURE = (
    "Russian forces captured the town of Kurakhove in the Donetsk region on November 11, "
    "2024, after weeks of fighting."
)
CAPTURE_REWORDED = (
    "Russian forces captured the town of Kurakhove in Donetsk on November 11, 2024, after "
    "weeks of heavy fighting."
)
LOAN = (
    "The European Commission approved a new loan package for Ukrainian farmers on "
    "November 11, 2024, in Brussels."
)
EARTHQUAKE = (
    "A strong earthquake struck the coast of northern Japan on November 11, 2024, damaging "
    "several harbours."
)
RATE_CUT = (
    "The central bank of Brazil cut its benchmark interest rate by half a point on "
    "November 11, 2024."
)
FLOODS = (
    "Heavy storms flooded dozens of villages in southern Poland on September 5, 2024, "
    "officials said."
)
ELECTORAL_LAW = (
    "The national parliament approved the new electoral law on October 2, 2024, after a "
    "long debate."
)
ELECTORAL_LAW_REWORDED = (
    "The national parliament approved a new electoral law on October 2, 2024, after a "
    "heated debate."
)


# ---------------------------------------------------------------- mentions


def test_a_sentence_gives_one_entry_at_its_first_date() -> None:
    entries = timeline(
        {
            "a": [
                "The central bank raised interest rates on March 4, 2024, and again in "
                "June 2024 to curb inflation."
            ]
        }
    )
    assert dates(entries) == ["2024-03-04"]


def test_the_main_date_is_the_first_not_tied_by_since() -> None:
    entries = timeline(
        {
            "a": [
                "Prices have risen since 2022 and the central bank raised rates on "
                "March 4, 2024, to curb inflation."
            ]
        }
    )
    assert [(entry.date.value, entry.signal) for entry in entries] == [("2024-03-04", None)]


def test_the_main_date_is_the_first_not_tied_by_by() -> None:
    entries = timeline(
        {"a": ["By March 2024 the army had withdrawn from the town, which it captured in 2022."]}
    )
    assert [(entry.date.value, entry.signal) for entry in entries] == [("2022", None)]


def test_a_sentence_whose_dates_all_have_signals_uses_the_first() -> None:
    entries = timeline(
        {"a": ["Since 2022, the central bank has raised interest rates eleven times in a row."]}
    )
    assert [(entry.date.value, entry.signal) for entry in entries] == [("2022", "since")]


def test_the_baseline_of_a_comparison_is_not_an_event() -> None:
    entries = timeline(
        {
            "a": [
                "The ministry said prices have risen faster than at any time since 2022, "
                "according to new data."
            ]
        }
    )
    assert entries == ()


def test_durations_and_the_present_are_not_calendar_dates() -> None:
    entries = timeline(
        {
            "a": [
                "The central bank has kept interest rates high for three months, and "
                "inflation is now falling slowly."
            ]
        }
    )
    assert entries == ()


def test_a_sentence_that_leans_on_earlier_text_is_skipped() -> None:
    entries = timeline(
        {"a": ["He said on Monday that the central bank would raise interest rates again."]}
    )
    assert entries == ()


def test_a_leading_but_is_dropped_and_the_rest_kept_verbatim() -> None:
    entries = timeline(
        {"a": ["But the central bank raised interest rates on March 4, 2024, to curb inflation."]}
    )
    assert [entry.text for entry in entries] == [
        "the central bank raised interest rates on March 4, 2024, to curb inflation."
    ]


def test_a_relative_date_is_resolved_against_the_sources_anchor() -> None:
    entries = timeline(
        {"a": ["The governor said on Monday that the central bank would raise rates again."]}
    )
    assert dates(entries) == ["2024-11-18"]


def test_a_range_keeps_its_end() -> None:
    entries = timeline(
        {
            "a": [
                "The bridge was closed to all traffic between November 2023 and February "
                "2024 for repairs."
            ]
        }
    )
    assert [
        (entry.date.value, entry.signal, entry.range_end and entry.range_end.value)
        for entry in entries
    ] == [("2023-11", "between", "2024-02")]


# ---------------------------------------------------------------- merging


def test_the_same_event_from_two_sources_is_one_entry_citing_both_in_source_order() -> None:
    entries = timeline({"a": [CAPTURE], "b": [CAPTURE_REWORDED]}, order=["b", "a"])
    assert [(entry.date.value, entry.sources) for entry in entries] == [("2024-11-11", ("b", "a"))]


def test_different_events_on_the_same_date_stay_separate() -> None:
    entries = timeline({"a": [CAPTURE], "b": [LOAN]})
    assert sorted((entry.text, entry.sources) for entry in entries) == [
        (CAPTURE, ("a",)),
        (LOAN, ("b",)),
    ]


def test_evidence_lists_every_citing_sources_sentence() -> None:
    entries = timeline({"a": [FLOODS, CAPTURE], "b": [CAPTURE_REWORDED]})
    capture = next(entry for entry in entries if entry.date.value == "2024-11-11")
    assert capture.evidence == (
        Evidence("a", 1, 5, CAPTURE),
        Evidence("b", 0, 3, CAPTURE_REWORDED),
    )


# ---------------------------------------------------------------- conflicts


def test_an_inferred_date_contradicting_a_stated_one_is_flagged_on_both() -> None:
    entries = timeline(
        {
            "a": [
                "The mayor of Kurakhove, Roman Padun, resigned in August 2023 after the dam "
                "collapsed."
            ],
            "b": [
                "Roman Padun stepped down as mayor of the town in August amid criticism over "
                "the flooding."
            ],
        }
    )
    assert [(entry.date.value, entry.sources, entry.conflict) for entry in entries] == [
        (
            "2023-08",
            ("a",),
            "Sources disagree on the date: source 2 gives August 2024 for this.",
        ),
        (
            "2024-08",
            ("b",),
            "Sources disagree on the date: source 1 gives August 2023 for this.",
        ),
    ]


def test_stated_dates_in_different_years_for_different_events_are_no_conflict() -> None:
    # The same names and the same month, but both years are stated and the events differ.
    entries = timeline(
        {
            "a": [
                "Roman Padun, the mayor of Kurakhove, resigned in August 2023 after the dam "
                "collapsed."
            ],
            "b": [
                "Roman Padun, the mayor of Kurakhove, opened a new school in August 2022 with "
                "regional officials."
            ],
        }
    )
    assert [(entry.date.value, entry.conflict) for entry in entries] == [
        ("2022-08", None),
        ("2023-08", None),
    ]


# ---------------------------------------------------------------- upcoming and estimated


def test_events_after_the_latest_publication_date_are_upcoming() -> None:
    entries = timeline(
        {
            "a": [
                "The new mayor won the run-off vote on November 19, 2024, by a wide margin.",
                "The new mayor will take office on January 20, 2025, after the run-off vote.",
            ]
        },
        latest=PUBLISHED,
    )
    assert [(entry.date.value, entry.upcoming) for entry in entries] == [
        ("2024-11-19", False),
        ("2025-01-20", True),
    ]


def test_a_month_precise_latest_date_covers_its_whole_month() -> None:
    entries = timeline(
        {"a": ["The new mayor will take office on November 25, 2024, after the run-off vote."]},
        latest=PartialDate(2024, 11),
    )
    assert [(entry.date.value, entry.upcoming) for entry in entries] == [("2024-11-25", False)]


def test_without_a_latest_date_nothing_is_upcoming() -> None:
    entries = timeline(
        {"a": ["The new mayor will take office on January 20, 2025, after the run-off vote."]}
    )
    assert [(entry.date.value, entry.upcoming) for entry in entries] == [("2025-01-20", False)]


def test_a_date_resolved_against_an_estimated_anchor_is_estimated() -> None:
    entries = timeline(
        {
            "a": [
                "The regional governor resigned in August amid a corruption scandal, local "
                "media reported."
            ]
        },
        {"a": Anchor(PartialDate(2024, 11), estimated=True)},
    )
    assert [(entry.date.value, entry.estimated) for entry in entries] == [("2024-08", True)]


def test_a_stated_date_in_an_estimated_source_is_not_estimated() -> None:
    entries = timeline(
        {"a": ["The regional governor was first elected in September 2019 with a large majority."]},
        {"a": Anchor(PartialDate(2024, 11), estimated=True)},
    )
    assert [(entry.date.value, entry.estimated) for entry in entries] == [("2019-09", False)]


def test_an_event_one_source_dates_without_estimate_is_not_estimated() -> None:
    entries = timeline(
        {
            "a": [
                "The regional governor resigned in August amid a corruption scandal, local "
                "media reported."
            ],
            "b": [
                "The regional governor resigned in August amid a growing corruption scandal, "
                "officials said."
            ],
        },
        {"a": Anchor(PartialDate(2024, 11), estimated=True), "b": Anchor(PUBLISHED)},
    )
    assert [(entry.sources, entry.estimated) for entry in entries] == [(("a", "b"), False)]


# ---------------------------------------------------------------- order and selection


def test_entries_are_in_chronological_order_with_a_month_before_its_days() -> None:
    entries = timeline(
        {
            "a": [
                CAPTURE,
                "The regional parliament passed a new water law in 1998 after a long drought.",
            ],
            "b": [
                FLOODS,
                "Fighting around the town of Kurakhove intensified sharply in November 2024, "
                "officials said.",
            ],
            "c": [ELECTORAL_LAW],
        }
    )
    assert dates(entries) == ["1998", "2024-09-05", "2024-10-02", "2024-11", "2024-11-11"]


def test_the_limit_keeps_the_best_supported_dates() -> None:
    entries = timeline(
        {
            "a": [FLOODS, ELECTORAL_LAW],
            "b": [ELECTORAL_LAW_REWORDED],
            "c": [
                "A strong earthquake struck the coast of northern Japan on August 7, 2024, "
                "damaging several harbours."
            ],
        },
        limit=1,
    )
    assert [(entry.date.value, entry.sources) for entry in entries] == [("2024-10-02", ("a", "b"))]


def test_the_limit_keeps_at_most_max_events_per_date() -> None:
    same_day = [CAPTURE, LOAN, EARTHQUAKE, RATE_CUT][: MAX_EVENTS_PER_DATE + 1]
    by_source = {f"s{index}": [text] for index, text in enumerate(same_day)}
    by_source["s0"] = [*by_source["s0"], FLOODS]
    entries = timeline(by_source, limit=len(same_day))
    assert dates(entries) == ["2024-09-05"] + ["2024-11-11"] * MAX_EVENTS_PER_DATE


def test_the_limit_weighs_a_date_by_its_precision() -> None:
    # A year three sources mention in passing says less than a day one source names.
    entries = timeline(
        {
            "a": ["The regional parliament passed a new water law in 2022 after a long drought."],
            "b": ["The national football team won the regional championship in 2022 in Lisbon."],
            "c": [
                "A new motorway between the two largest cities of the region opened in 2022.",
                FLOODS,
            ],
        },
        limit=1,
    )
    assert dates(entries) == ["2024-09-05"]


def test_a_limit_of_zero_keeps_every_entry() -> None:
    entries = timeline({"a": [FLOODS, CAPTURE, ELECTORAL_LAW], "b": [LOAN, EARTHQUAKE]}, limit=0)
    assert len(entries) == 5


# ---------------------------------------------------------------- event text


def test_a_short_sentence_is_the_event_text_whole() -> None:
    entries = timeline({"a": [FLOODS]})
    assert [entry.text for entry in entries] == [FLOODS]


LONG = (
    "After a long night of difficult negotiations in the Austrian capital, senior officials "
    "from both delegations, who had been at odds for many months over the border, signed the "
    "ceasefire agreement on March 4, 2024, in Vienna, and promised to return for further "
    "talks in the spring."
)


def test_a_long_sentence_is_cut_to_a_verbatim_part_around_its_date() -> None:
    assert len(LONG.split()) > MAX_EVENT_WORDS
    (entry,) = timeline({"a": [LONG]})
    assert (
        entry.text in LONG,
        "March 4, 2024" in entry.text,
        len(entry.text.split()) <= MAX_EVENT_WORDS,
    ) == (True, True, True)


def test_a_long_sentence_is_cut_at_clause_breaks() -> None:
    (entry,) = timeline({"a": [LONG]})
    start = LONG.index(entry.text)
    end = start + len(entry.text)
    assert (LONG[start - 2 : start], LONG[end:]) == (", ", "")


def test_event_text_grows_to_the_clauses_that_fit() -> None:
    clause = "the delegates argued about the many details of the text for hours"  # 12 words
    sentence = (
        f"In the first round {clause}, in the second round on March 4, 2024 {clause}, "
        f"in the third round {clause}, in the fourth round {clause}."
    )
    start = sentence.index("March 4, 2024")
    assert event_text(sentence, start, start + len("March 4, 2024")) == (
        f"In the first round {clause}, in the second round on March 4, 2024 {clause}"
    )


def test_a_long_sentence_is_never_cut_inside_a_quotation() -> None:
    quotation = (
        "“a first step, not the last one, and a fragile one at that, because the talks in "
        "the Austrian capital lasted all night, the delegations were exhausted and angry, "
        "and nobody in the room trusted the other side at all,”"
    )
    sentence = (
        f"The foreign minister told reporters on March 4, 2024 that the agreement was "
        f"{quotation} before he left for Brussels, where further talks were planned for the "
        "spring with all of the European partners and the wider alliance."
    )
    start = sentence.index("March 4, 2024")
    assert quotation in event_text(sentence, start, start + len("March 4, 2024"))
