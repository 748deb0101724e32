"""Estimating when an undated article was published, from the dates it states.

An article reports events up to its publication: the latest date it states as past is a
lower bound. That date, at month precision at most (the article may be days later), is
the estimate, and it is always marked as estimated. A year alone ("the 2023 floods") says
too little to estimate from, but a year later than that date corrects it: an article that
states "August 2023" and reports gains "so far in 2024" was written in 2024, month
unknown. Dates the text puts in the future ("takes office on January 20", "by December")
are not evidence. With no stated date, there is no estimate:
relative dates in such an article stay unresolved rather than guessed.
"""

from __future__ import annotations

from generator.partial_date import PartialDate
from generator.time.point import Granularity, TimePoint
from generator.time.tagger import find_timexes
from generator.time.tense import direction
from generator.time.timex import DATE, TIME

_FORWARD_SIGNALS = frozenset({"by", "until", "till", "before", "ahead of", "prior to"})


def estimate_publication(text: str) -> PartialDate | None:
    latest: TimePoint | None = None
    latest_year = 0
    for timex in find_timexes(text, None):
        if timex.type not in (DATE, TIME) or timex.signal in _FORWARD_SIGNALS:
            continue
        point = TimePoint.parse(timex.value)
        if point is None or direction(text, timex.start, timex.end) > 0:
            continue
        if point.granularity is Granularity.YEAR:
            latest_year = max(latest_year, point.first.year)
        elif point.granularity in (Granularity.DAY, Granularity.MONTH) and (
            latest is None or point.first > latest.first
        ):
            latest = point
    if latest is None:
        return None
    if latest_year > latest.first.year:
        return PartialDate(latest_year)
    return PartialDate(latest.first.year, latest.first.month)
