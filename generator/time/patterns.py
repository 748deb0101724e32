"""What the time rules are built from: the rule, its resolution and context, pattern
pieces (months, weekdays, numbers, modifiers) and the helpers resolvers share.

The rules themselves are in generator/time/rules.py; their resolvers in
resolve_absolute.py (dates as written), resolve_relative.py (dates relative to the anchor
or to another date) and resolve_spans.py (clock times, durations, sets).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.partial_date import Precision
from generator.time.lexicon import MONTHS, NUMBER_WORDS
from generator.time.timex import DATE, Anchor


@dataclass(frozen=True)
class Resolution:
    value: str
    type: str = DATE
    mod: str | None = None
    relative: bool = False


@dataclass(frozen=True)
class Context:
    text: str
    anchor: Anchor | None
    direction: Callable[[int, int], int]
    """direction(start, end): -1 past, +1 future, 0 unknown, for the expression there."""


Resolver = Callable[[re.Match[str], Context], Resolution | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    trigger: re.Pattern[str]
    """A word every match contains; the pattern only runs in a window around it."""
    reach: tuple[int, int]
    """How far a match may extend before and after its trigger, in characters."""


# ---------------------------------------------------------------- pattern pieces

MONTH_ABBREVIATIONS = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTH = rf"(?:{MONTH_NAMES}|(?:{MONTH_ABBREVIATIONS})\.?)(?![a-z])"
FULL_MONTH = rf"(?:{MONTH_NAMES})(?![a-z])"
WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)(?![a-z])"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)"
NUMBER_WORD = "|".join(
    sorted(
        (re.escape(word) for word in NUMBER_WORDS if word not in ("a", "an")), key=len, reverse=True
    )
)
DIGIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUMBER = (
    rf"(?:(?:\d+(?:\s+1/2)?(?:\.\d+)?|(?:{NUMBER_WORD})(?:[- ]{DIGIT_WORD})?)"
    r"(?:\s+and\s+a\s+half)?)"
)
UNIT_WORD = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
UNITS_RE = rf"(?:{UNIT_WORD}s?|centuries)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
# "early 2025", "mid-November", "late last year", "the end of next month".
MOD = (
    r"(?:(?P<mod>early|mid|late|the\s+(?:beginning|start|end|middle)\s+of|"
    r"the\s+(?:first|second)\s+half\s+of|earlier|later)[- ]\s*)"
)
MODS = {
    "early": "START",
    "mid": "MID",
    "late": "END",
    "the beginning of": "START",
    "the start of": "START",
    "the end of": "END",
    "the middle of": "MID",
    "the first half of": "START",
    "the second half of": "END",
}


def ignoring_case(pattern: str) -> str:
    """A case-insensitive part of a pattern."""
    return f"(?i:{pattern})"


def compile_rule(
    name: str, pattern: str, resolve: Resolver, trigger: str, reach: tuple[int, int] = (48, 24)
) -> Rule:
    return Rule(
        name,
        re.compile(rf"(?<![\w-]){pattern}(?![\w])"),
        resolve,
        re.compile(trigger),
        reach,
    )


# Triggers: the words that every match of a rule must contain.
T_MONTH = rf"(?:{MONTH_NAMES}|{MONTH_ABBREVIATIONS})(?![a-z])"
T_YEAR = r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)"
T_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
T_UNIT = r"(?i:\b(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur))"


# ---------------------------------------------------------------- helpers


def number_of(text: str) -> float | None:
    """A count as written: "3", "2 1/2", "three", "twenty-five", "two and a half"."""
    cleaned = text.lower().replace("-", " ").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return float(cleaned)
    if re.fullmatch(r"\d+\s+1/2", cleaned):
        return float(cleaned.split()[0]) + 0.5
    if cleaned.endswith(" and a half"):
        whole = number_of(cleaned.removesuffix(" and a half"))
        return whole + 0.5 if whole is not None else None
    if cleaned in NUMBER_WORDS:
        return float(NUMBER_WORDS[cleaned])
    parts = cleaned.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def mod_of(match: re.Match[str]) -> str | None:
    raw = match.groupdict().get("mod")
    if not raw:
        return None
    return MODS.get(" ".join(raw.lower().split()))


def iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def anchor_for(context: Context, precision: Precision) -> Anchor | None:
    """The anchor, if it is known to `precision`; None leaves the expression out."""
    anchor = context.anchor
    if anchor is None or not anchor.knows(precision):
        return None
    return anchor
