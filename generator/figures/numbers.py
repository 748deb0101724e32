"""Numbers as news writes them: "50,000", "4.5bn", "$122 billion", "ten thousand",
"30 to 35", "between 10,000 and 12,000", "tens of thousands".

`find_numbers` returns every number expression of a sentence with its value, or the
range of values a vague one stands for ("dozens": 24 to 99). Whether a number is a
quantity worth comparing (not a year, an age, a model name) is decided later, by
generator/figures/quantities.py; here only the reading matters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
}
# Vague amounts, as the smallest and largest value they can mean.
VAGUE = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
}

_SPELLED_WORD = "|".join(sorted((*SMALL, *TENS, "a", "an", "half"), key=len, reverse=True))
_SCALE_WORD = r"hundred|thousand|million|billion|trillion"
# Digits: 50,000 / 4.5 / 1.200.000 is not read (ambiguous); "4.5bn" and "$ 4.5bn" are.
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "m" after an amount of money is a million ("£233m", "$ 4.5 m"); after other numbers it is
# a million unless a length follows: "12m people", but "300m long", "a 12m-high dome",
# "5,000 ft (1,500 m)" and "1,500 m of water" are metres.
_METRES_CUE = (
    r"(?:-|\s*\)|\s*\)?\s*(?:long|high|tall|deep|wide|below|above|beneath|under|away|"
    r"in\s+(?:length|height|diameter|depth|width)|of\s+(?:water|depth)))"
)
_DIGIT_NUMBER = (
    r"(?P<money>(?<=[$£€¥])|(?<=[$£€¥]\s))?"
    rf"(?P<digits>{_DIGITS})"
    rf"(?:\s?(?P<suffix>bn|mn|tn|k|b)\b|\s?(?P<million>m)\b(?(money)|(?!{_METRES_CUE}))"
    rf"|\s+(?P<scale>(?:{_SCALE_WORD})(?:\s+(?:{_SCALE_WORD}))?)\b)?"
)
_SPELLED_NUMBER = (
    rf"(?P<spelled>(?:(?:{_SPELLED_WORD})(?:[\s-]+(?:{_SPELLED_WORD}|{_SCALE_WORD}|and))*"
    rf"[\s-]+(?:{_SCALE_WORD}))|(?:{'|'.join(TENS)})(?:-(?:{'|'.join(SMALL)}))?|"
    rf"(?:{'|'.join(SMALL)}))"
)
_VAGUE_NUMBER = (
    r"(?P<vague>tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|"
    r"thousands|millions)(?=\s+of\b)"
)
# A unit written onto the number ("40ft", "110km", "300m long") ends it as a space would.
_ATTACHED_UNIT = r"(?=(?:km|ft|kg|m)\b)"
NUMBER = re.compile(
    rf"(?<![\w.,])(?:{_VAGUE_NUMBER}|{_DIGIT_NUMBER}|\b{_SPELLED_NUMBER}\b)"
    rf"(?:(?![\w])|{_ATTACHED_UNIT})",
    re.IGNORECASE,
)
# The largest number read: far beyond any amount news states, and far below where floats
# overflow. A longer digit string ("9" written 400 times is infinity as a float, and so is
# "1" and 300 zeros "trillion billion") is no amount; reading it as one would carry
# infinity, or NaN, into every hedge, rounding and unit conversion after it.
LARGEST = 1e100
# "30 to 35", "10,000-12,000", "between 10,000 and 12,000", "from 5 to 8".
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    low: float
    high: float
    """Equal to `low` for an exact number; the top of a range or of a vague amount."""
    spelled: bool = False
    vague: bool = False

    @property
    def is_range(self) -> bool:
        return self.high != self.low and not self.vague


def find_numbers(text: str) -> list[NumberMention]:
    """Every number expression in `text`, ranges joined, in text order."""
    mentions = [mention for match in NUMBER.finditer(text) if (mention := _read(match))]
    return _join_ranges(text, mentions)


def _read(match: re.Match[str]) -> NumberMention | None:
    if match["vague"]:
        low, high = VAGUE[" ".join(match["vague"].lower().split())]
        return NumberMention(match.start(), match.end(), low, high, spelled=True, vague=True)
    if match["digits"]:
        value = float(match["digits"].replace(",", ""))
        scale = match["suffix"] or match["million"] or match["scale"]
        if scale:
            for word in scale.lower().split():
                value *= SCALES[word]
        spelled = False
    else:
        spelled_as = spelled_value(match["spelled"])
        if spelled_as is None:
            return None
        value, spelled = spelled_as, True
    if not value <= LARGEST:  # also false for infinity
        return None
    return NumberMention(match.start(), match.end(), value, value, spelled=spelled)


def spelled_value(words: str) -> float | None:
    """ "ten thousand" -> 10000, "twenty-five" -> 25, "half a million" -> 500000."""
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and":
            continue
        if word in ("a", "an"):
            current = current or 1
        elif word == "half":
            current = (current or 1) * 0.5
        elif word in SMALL:
            current += SMALL[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _join_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    joined: list[NumberMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        if index + 1 < len(mentions):
            second = mentions[index + 1]
            between = text[first.end : second.start]
            if _RANGE_JOIN.fullmatch(between) and _is_range(text, first, second, between):
                low = _scaled_like(first, second)
                joined.append(NumberMention(first.start, second.end, low, second.high))
                index += 2
                continue
        joined.append(first)
        index += 1
    return joined


def _is_range(text: str, first: NumberMention, second: NumberMention, between: str) -> bool:
    """ "30 to 35" and "between 10 and 12" are ranges; "2 and 3 others" listed apart is
    not. Any range is read only when it rises: "1-0" is a score, and "between 20 and 10"
    would be a range whose low end lies above its high end."""
    if first.vague or second.vague:
        return False
    if between.strip().lower() == "and" and not re.search(
        r"\bbetween\s+$", text[: first.start], re.IGNORECASE
    ):
        return False
    return _scaled_like(first, second) < second.high


def _scaled_like(first: NumberMention, second: NumberMention) -> float:
    """ "4 to 5 million": the first number shares the second's scale."""
    if first.low < second.low / 100 and first.low < 1_000 and second.low >= 100_000:
        for scale in (1_000_000_000_000, 1_000_000_000, 1_000_000, 1_000):
            if second.low >= scale and first.low * scale <= second.low:
                return first.low * scale
    # "20-40,000": thousands left off the first number, as British papers write it.
    if first.low < 1_000 and second.low / 10 < first.low * 1_000 <= second.low:
        return first.low * 1_000
    return first.low
