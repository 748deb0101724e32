"""Dates and figures as a reporter writes them, for benchmarks/corpus.py.

Dates are phrased relative to the article's own publication date ("on Sunday", "last
week", "Jan. 20", "March 3, 2024"), so that articles of one story published on different
days name the same day differently, as real ones do. Figures are rounded the way reporters
round them and written with a hedge ("about 1,200", "more than $4.5 million").
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence

from corpus_text import pick

# Calendar words as news English writes them.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# Associated Press style abbreviates these months before a day ("Jan. 20", "Sept. 3").
AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
)  # fmt: skip
# How a figure is hedged, by its kind.
HEDGES = {
    "count": ("about", "more than", "nearly", "some", "at least", "roughly", "almost",
              "an estimated", "up to", "around", "", ""),
    "money": ("about", "more than", "nearly", "roughly", "an estimated", "at least", "", ""),
    "pct": ("about", "nearly", "more than", "roughly", "almost", "", ""),
    "num": ("about", "nearly", "more than", "some", "roughly", "", ""),
}  # fmt: skip
SMALL_COUNT_HEDGES = ("", "", "", "at least")
# For an earlier figure in "up from about 700": "up from up to 700" reads badly.
PLAIN_HEDGES = ("about", "some", "roughly", "")


# ---------------------------------------------------------------------------------------
# Dates, as an article published on one day refers to another.


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def month_day(day: dt.date, ap_style: bool) -> str:
    """The day as in "on March 3"; in AP style "Jan. 20" for the months AP abbreviates."""
    month = AP_MONTHS.get(day.month) if ap_style else None
    return f"{month or MONTHS[day.month - 1]} {day.day}"


def absolute_date(day: dt.date, published: dt.date, ap_style: bool) -> str:
    """The day as in "on March 3", with the year when it is not the article's year."""
    text = month_day(day, ap_style)
    return text if day.year == published.year else f"{text}, {day.year}"


def past_phrase(day: dt.date, published: dt.date, rng: random.Random, ap_style: bool) -> str:
    """How the article refers to an earlier day: "on Sunday", "last week", "on March 3"."""
    delta = (published - day).days
    weekday = WEEKDAYS[day.weekday()]
    if delta <= 6 and rng.random() < 0.85:
        return pick(rng, (f"on {weekday}", f"on {weekday}", f"late on {weekday}"))
    if day.year != published.year:
        return pick(
            rng,
            (
                f"on {absolute_date(day, published, ap_style)}",
                f"in {MONTHS[day.month - 1]} {day.year}",
            ),
        )
    options = [f"on {month_day(day, ap_style)}"]
    if delta > 0 and _week_start(day) == _week_start(published):
        options.append("earlier this week")
    if (_week_start(published) - _week_start(day)).days == 7:
        options.append("last week")
    months_back = _month_index(published) - _month_index(day)
    if months_back == 0 and delta > 6:
        options.append("earlier this month")
    elif months_back == 1:
        options += ["last month", f"in {MONTHS[day.month - 1]}"]
    return pick(rng, options)


def future_phrase(day: dt.date, published: dt.date, rng: random.Random, ap_style: bool) -> str:
    """How the article refers to a later day: "on Thursday", "next month", "by December"."""
    delta = (day - published).days
    month = MONTHS[day.month - 1]
    if delta <= 6 and rng.random() < 0.8:
        return f"on {WEEKDAYS[day.weekday()]}"
    if day.year != published.year:
        options = [f"on {absolute_date(day, published, ap_style)}", f"in {month} {day.year}"]
        if day.year == published.year + 1 and day.month <= 3:
            options.append("early next year")
        return pick(rng, options)
    options = [f"on {month_day(day, ap_style)}"]
    if (_week_start(day) - _week_start(published)).days == 7:
        options.append("next week")
    months_ahead = _month_index(day) - _month_index(published)
    if months_ahead == 0 and delta > 6:
        options.append("later this month")
    elif months_ahead == 1:
        options += ["next month", f"in {month}"]
    elif months_ahead > 1:
        options += [f"in {month}", f"by {month}"]
    return pick(rng, options)


def since_phrase(day: dt.date, published: dt.date, ap_style: bool) -> str:
    if (published - day).days <= 6:
        return WEEKDAYS[day.weekday()]
    return absolute_date(day, published, ap_style)


def dateline(published: dt.date, time: tuple[int, int], rng: random.Random) -> str:
    """A line near the top of a pasted page that states the publication date."""
    hour, minute = time
    month = MONTHS[published.month - 1]
    meridiem = "a.m." if hour < 12 else "p.m."
    return pick(
        rng,
        (
            f"{month} {published.day}, {published.year}",
            f"{WEEKDAYS[published.weekday()]}, {published.day} {month} {published.year}",
            f"Published: {published.isoformat()} {hour:02d}:{minute:02d} GMT",
            f"{month} {published.day}, {published.year} at {(hour - 1) % 12 + 1}:{minute:02d} "
            f"{meridiem}",
        ),
    )


def duration_words(days: int) -> str:
    """How long a story has been running: "its third day", "its second week"."""
    if days < 14:
        return f"its {ORDINALS[days]} day"
    return f"its {ORDINALS[min(days // 7, len(ORDINALS) - 1)]} week"


# ---------------------------------------------------------------------------------------
# Figures: rounded the way reporters state them, and written with a hedge.


def drop_point_zero(number: str) -> str:
    """Drop an empty decimal: reporters write "12", not "12.0"."""
    return number[:-2] if number.endswith(".0") else number


def round_figure(value: float, kind: str) -> float:
    """Two significant figures for large numbers, as reporters round them."""
    if kind == "pct":
        return min(round(value, 1) if value < 10 else float(round(value)), 99.0)
    if kind == "num" and value < 20:
        return round(value, 1)
    if value < 100:
        return float(max(round(value), 1))
    step = 10 ** (int(math.log10(value)) - 1)
    return float(round(value / step) * step)


def figure_text(kind: str, value: float, rng: random.Random) -> str:
    """The number as written: "1,200", "$4.5 million", "12.5 percent"."""
    if kind == "money":
        if value >= 1e9:
            return f"${drop_point_zero(f'{value / 1e9:.1f}')} billion"
        if value >= 1e6:
            return f"${drop_point_zero(f'{value / 1e6:.1f}')} million"
        return f"${round(value):,}"
    if kind == "pct":
        number = drop_point_zero(f"{value:.1f}")
        return f"{number}%" if rng.random() < 0.1 else f"{number} percent"
    if kind == "num" and value != round(value):
        return f"{value:.1f}"
    if value >= 1e6:
        return f"{drop_point_zero(f'{value / 1e6:.1f}')} million"
    return f"{round(value):,}"


def hedged(kind: str, value: float, rng: random.Random, hedges: Sequence[str] | None = None) -> str:
    """A figure with a hedge ("about 1,200", "more than $4.5 million", "nearly 30 percent")
    or without one."""
    if hedges is None:
        # Nobody writes "roughly 7 witnesses": small counts are exact or a minimum.
        hedges = SMALL_COUNT_HEDGES if kind == "count" and value < 20 else HEDGES[kind]
    hedge = pick(rng, hedges)
    number = figure_text(kind, value, rng)
    return f"{hedge} {number}" if hedge else number


def log_uniform(rng: random.Random, low: float, high: float) -> float:
    """Figures span orders of magnitude; a uniform draw would make most of them huge."""
    return math.exp(rng.uniform(math.log(low), math.log(high)))
