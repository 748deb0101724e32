"""Quantities in a sentence: a number with its hedge, unit and what it counts or measures.

"some 45,000 troops", "$5.5 billion in military assistance", "over 1,200 square
kilometers", "1,000 troops daily", "about 40 percent of the ground". Each quantity
carries the range of values it stands for once its hedge is counted ("about 50,000":
47,500 to 52,500; "more than 1,000": 1,000 and up), in a common unit (square miles
become square kilometres, gallons litres), so quantities from different sources can be
compared.

Numbers that are not quantities are left out: years, dates and durations (found by the
time tagger), ages, model names and identifiers ("F-16", "Flight 370"), and the word
"one", which is more often a pronoun than a count.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from generator.figures.numbers import NumberMention, find_numbers
from generator.text.tokens import STOP_WORDS
from generator.time.tagger import find_timexes
from generator.time.timex import Timex

# Hedges before a number, and the range of values each leaves open around it.
# (factor below, factor above); None above means no upper bound.
HEDGES: dict[str, tuple[float, float | None]] = {
    "about": (0.95, 1.05),
    "around": (0.95, 1.05),
    "approximately": (0.95, 1.05),
    "roughly": (0.95, 1.05),
    "some": (0.95, 1.05),
    "an estimated": (0.95, 1.05),
    "estimated": (0.95, 1.05),
    "an approximate": (0.95, 1.05),
    "circa": (0.95, 1.05),
    "close to": (0.9, 1.0),
    "nearly": (0.9, 1.0),
    "almost": (0.9, 1.0),
    "just under": (0.9, 1.0),
    "just below": (0.9, 1.0),
    "just over": (1.0, 1.1),
    "just above": (1.0, 1.1),
    "more than": (1.0, None),
    "over": (1.0, None),
    "above": (1.0, None),
    "upwards of": (1.0, None),
    "in excess of": (1.0, None),
    "at least": (1.0, None),
    "a minimum of": (1.0, None),
    "up to": (0.0, 1.0),
    "as many as": (0.0, 1.0),
    "as much as": (0.0, 1.0),
    "at most": (0.0, 1.0),
    "no more than": (0.0, 1.0),
    "a maximum of": (0.0, 1.0),
    "less than": (0.0, 1.0),
    "fewer than": (0.0, 1.0),
    "under": (0.0, 1.0),
    "below": (0.0, 1.0),
}
_HEDGE_BEFORE = re.compile(
    r"(?i:\b(?P<hedge>"
    + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s+(?:of\s+)?(?:the\s+)?(?:(?:US|U\.S\.)?[$£€¥]\s?)?)$"
)
# A round number stands for the values it rounds, but never for more than this share:
# "100" may be 98 or 102, not 95.
ROUNDING_SHARE = 0.025

CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "pounds sterling": "GBP",
    "euros": "EUR",
    "euro": "EUR",
    "yuan": "CNY",
    "rubles": "RUB",
    "roubles": "RUB",
    "hryvnias": "UAH",
    "rupees": "INR",
    "yen": "JPY",
}
# Units, each with its kind, the common unit it converts to, and the factor.
UNITS: dict[str, tuple[str, str, float]] = {
    "square kilometers": ("area", "km²", 1.0),
    "square kilometres": ("area", "km²", 1.0),
    "square km": ("area", "km²", 1.0),
    "sq km": ("area", "km²", 1.0),
    "km2": ("area", "km²", 1.0),
    "km²": ("area", "km²", 1.0),
    "square miles": ("area", "km²", 2.589988),
    "square mile": ("area", "km²", 2.589988),
    "sq mi": ("area", "km²", 2.589988),
    "hectares": ("area", "km²", 0.01),
    "acres": ("area", "km²", 0.00404686),
    "kilometers": ("length", "km", 1.0),
    "kilometres": ("length", "km", 1.0),
    "kilometer": ("length", "km", 1.0),
    "kilometre": ("length", "km", 1.0),
    "km": ("length", "km", 1.0),
    "miles": ("length", "km", 1.609344),
    "mile": ("length", "km", 1.609344),
    "metres": ("length", "km", 0.001),
    "meters": ("length", "km", 0.001),
    "metre": ("length", "km", 0.001),
    "meter": ("length", "km", 0.001),
    "m": ("length", "km", 0.001),
    "feet": ("length", "km", 0.0003048),
    "foot": ("length", "km", 0.0003048),
    "ft": ("length", "km", 0.0003048),
    "barrels": ("volume", "litre", 158.987),
    "barrel": ("volume", "litre", 158.987),
    "imperial gallons": ("volume", "litre", 4.54609),
    "gallons": ("volume", "litre", 3.785411),
    "gallon": ("volume", "litre", 3.785411),
    "litres": ("volume", "litre", 1.0),
    "liters": ("volume", "litre", 1.0),
    "cubic metres": ("volume", "litre", 1000.0),
    "cubic meters": ("volume", "litre", 1000.0),
    "tonnes": ("mass", "kg", 1000.0),
    "tons": ("mass", "kg", 1000.0),
    "tonne": ("mass", "kg", 1000.0),
    "kilograms": ("mass", "kg", 1.0),
    "kg": ("mass", "kg", 1.0),
}
_UNIT = re.compile(
    r"\s*-?\s*(?P<unit>"
    + "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(UNITS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    r"\s*(?:%|per\s*cent\b|percent\b)(?P<points>\s+points?\b|\s+percentage\s+points?\b)?",
    re.IGNORECASE,
)
_CURRENCY_AFTER = re.compile(
    r"\s+(?P<currency>" + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"(?P<sign>US\$|U\.S\.\s?\$|[$£€¥])\s?$")
# A rate follows within a few words of the number, brackets and the numbers of a
# conversion allowed ("5,000 barrels (795,000 litres) of oil a day"), but not across a
# comma: in "141 deaths, with figures rising daily" the deaths are no rate. "In a week"
# and "for a day" are how long something took, not a rate.
_RATE_AFTER = re.compile(
    r"^[\s()\-–]{0,3}(?:[\w.]+(?:,\d{3})*[\s()\-–]+){0,8}?"
    r"(?<!\bin\s)(?<!\bwithin\s)(?<!\bfor\s)(?<!\bover\s)(?<!\bthan\s)"
    r"(?:(?:a|per|each|every(?:\s+single)?)\s+(?P<unit>day|week|month|year|hour)\b"
    r"|(?P<adverb>daily|weekly|monthly|annually|yearly|a\s+year)"
    r"|in\s+the\s+(?:past\s+|previous\s+|last\s+)?(?P<hours>24\s+hours))",
    re.IGNORECASE,
)
# A bracketed aside, such as a conversion: "(210,000 gallons)".
BRACKETED = re.compile(r"\([^()]*\)")
_BRACKET_THEN_TO = re.compile(rf"\s*{BRACKETED.pattern}\s*(?:to|-|–)\s*")
_RATE_BEFORE = re.compile(
    r"\b(?P<adverb>daily|weekly|monthly|annual|yearly)\s+(?:\w+\s+){0,2}(?:of\s+)?$", re.IGNORECASE
)
_RATE_WORDS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annually": "year",
    "annual": "year",
    "yearly": "year",
    "a year": "year",
}
_TIME_UNITS = re.compile(
    r"^\s*-?\s*(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|"
    r"decades?|centuries|"
    r"year-old|years?\s+old|-year|-month|-day|-hour|-minute)\b",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", re.IGNORECASE)
# "Flight 370", "No. 10", "Article 5": a name ending in a number, not an amount.
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:No\.|no\.|Nos\.|number|flight|route|chapter|article|section|page|room|"
    r"resolution|category|level|phase|grade|version|model|gate|platform|unit|"
    r"paragraph|clause|item|row|seat|squad|brigade|battalion|regiment|division)|[#№]|"
    r"[A-Za-z]-)\s*$",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+$")
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?{_MONTHS}\b")
_RATE_START = re.compile(
    r"(?:a|an|per|each|every)\s+(?:single\s+)?(?:day|week|month|year|hour)\b", re.IGNORECASE
)
_THING_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# The words that lead from a number to what it measures: "$5.5 billion in military aid",
# "2,700 square kilometers of territory"; for an area "in Ukraine" is a place instead.
_LEADS_TO_THING = {"money": ("of", "in", "for", "worth", "on"), "count": ("of",)}
_THING_STOP = STOP_WORDS | {
    "said", "says", "according", "including", "than", "throughout", "across", "along",
    "near", "during", "amid", "against", "toward", "towards", "within", "without",
    "since", "until", "via", "per", "among", "despite", "inside", "outside", "beyond",
    "every", "each", "daily", "weekly", "monthly", "annually",
}  # fmt: skip


@dataclass(frozen=True)
class Quantity:
    """A number the sentence states, with everything needed to compare it."""

    text: str
    """The expression as written: hedge, currency, number and unit ("some 45,000")."""
    start: int
    end: int
    number: float
    """The number as stated, before any conversion (the middle of a stated range)."""
    value: float
    """The number in the common unit (square miles become square kilometres)."""
    low: float
    high: float
    """The values it stands for, hedge and rounding counted; `high` may be infinite."""
    kind: str
    """count, money, percent, points, area, length, volume or mass."""
    unit: str
    """The common unit: "" for counts, a currency code, km², km, litre, kg, %."""
    hedge: str
    thing: str
    """What is counted or measured, as the sentence words it ("North Korean troops")."""
    rate: str | None
    """The period of a rate ("day" for "1,000 troops daily"), else None."""
    stated_range: bool = False
    """Written as a range ("30 to 35", "between 10,000 and 12,000")."""


def find_quantities(sentence: str, timexes: Sequence[Timex] | None = None) -> list[Quantity]:
    """Every quantity stated in the sentence, in order. `timexes` are the sentence's time
    expressions, when already found: their numbers are dates, not quantities."""
    if timexes is None:
        timexes = find_timexes(sentence, None)
    excluded = [(t.start, t.end) for t in timexes]
    found = []
    for number in find_numbers(sentence):
        if any(start < number.end and number.start < end for start, end in excluded):
            continue
        quantity = _quantity(sentence, number)
        if quantity is not None:
            found.append(quantity)
    return _ranges_across_conversions(sentence, found)


def _ranges_across_conversions(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """ "from 12,000 barrels (504,000 gallons) to 25,000 barrels per day" is one range: the
    conversion in brackets splits it in two quantities, which are joined again (the
    conversion stays a quantity of its own)."""
    joined = list(found)
    for first in found:
        bracket = _BRACKET_THEN_TO.match(sentence, first.end)
        if bracket is None:
            continue
        second = next((q for q in found if q.start == bracket.end()), None)
        if second is None or second.unit != first.unit or second.low <= first.high:
            continue
        merged = replace(
            second,
            text=sentence[first.start : second.end],
            start=first.start,
            number=(first.number + second.number) / 2,
            value=(first.value + second.value) / 2,
            low=first.value,
            high=second.value,
            stated_range=True,
        )
        joined = [merged if q is second else q for q in joined if q is not first]
    return sorted(joined, key=lambda q: q.start)


def _quantity(sentence: str, number: NumberMention) -> Quantity | None:
    before, after = sentence[: number.start], sentence[number.end :]
    if _not_an_amount(sentence, number, before, after):
        return None
    start, end = number.start, number.end
    kind, unit, factor = "count", "", 1.0
    sign = _CURRENCY_BEFORE.search(before)
    if sign:
        kind, unit = (
            "money",
            CURRENCY_SIGNS.get(sign["sign"].replace("U.S.", "US").replace(" ", ""), "USD"),
        )
        start = sign.start()
    if (percent := _PERCENT.match(after)) is not None:
        kind, unit = ("points", "pp") if percent["points"] else ("percent", "%")
        end += percent.end()
    elif (measure := _UNIT.match(after)) is not None:
        kind, unit, factor = UNITS[" ".join(measure["unit"].lower().split())]
        end += measure.end()
    elif kind == "count" and (currency := _CURRENCY_AFTER.match(after)) is not None:
        kind, unit = "money", CURRENCY_WORDS[currency["currency"].lower()]
        end += currency.end()
    hedge_match = _HEDGE_BEFORE.search(sentence[:start])
    hedge = " ".join(hedge_match["hedge"].lower().split()) if hedge_match else ""
    if hedge_match:
        start = hedge_match.start("hedge")
    low, high = _range(number, hedge)
    thing = _thing(sentence[end:], _LEADS_TO_THING.get(kind, ("of",)))
    return Quantity(
        text=sentence[start:end],
        start=start,
        end=end,
        number=(number.low + number.high) / 2,
        value=(number.low + number.high) / 2 * factor,
        low=low * factor,
        high=high * factor,
        kind=kind,
        unit=unit,
        hedge=hedge if not number.vague else "vague",
        thing=thing,
        rate=_rate(sentence[:start], sentence[end:]),
        stated_range=number.is_range,
    )


def _not_an_amount(sentence: str, number: NumberMention, before: str, after: str) -> bool:
    if _TIME_UNITS.match(after) or _AGE_BEFORE.search(before):
        return True  # a duration or an age
    if re.match(r"\s*-?\s*(?:times|fold)\b", after, re.IGNORECASE):
        return True  # "six times as much", "a four-fold increase": a multiplier
    if _IDENTIFIER_BEFORE.search(before) and not _UNIT.match(after):
        return True
    if number.spelled and number.low == 1 and not number.is_range:
        return True  # "one" is more often "one of them" than a count
    if number.low <= 31 and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)):
        return True  # "January 20", "20 January": a day of a date
    # "10:30", "11/19", "3-1": parts of times, dates and scores.
    return bool(re.match(r"[:/]\d|-\d", after) or re.search(r"\d[-:/]$", before))


def _range(number: NumberMention, hedge: str) -> tuple[float, float]:
    low, high = number.low, number.high
    if number.vague or number.is_range:
        return low, high
    if hedge in HEDGES:
        below, above = HEDGES[hedge]
        return low * below, math.inf if above is None else high * above
    slack = min(_rounding(low), low * ROUNDING_SHARE)
    return low - slack, high + slack


def _rounding(value: float) -> float:
    """Half the place value of the last non-zero digit: a number rounded to thousands
    stands for anything within 500 of it."""
    if value <= 0 or value != int(value):
        return 0.0
    place = 1
    whole = int(value)
    while whole % (place * 10) == 0:
        place *= 10
    return place / 2 if place > 1 else 0.0


def _thing(after: str, leads: tuple[str, ...]) -> str:
    """The noun phrase after the number: "North Korean troops", "Ukrainian territory"."""
    words = [m for m in _THING_WORD.finditer(after[:80])]
    picked: list[str] = []
    for index, match in enumerate(words):
        gap = after[words[index - 1].end() : match.start()] if index else after[: match.start()]
        if index and not re.fullmatch(r"\s+", gap):
            break  # punctuation ends the phrase
        if not index and not re.fullmatch(r"\s*(?:-\s*)?", gap):
            break
        word = match.group(0)
        lowered = word.lower()
        if not picked and lowered in leads:
            continue
        if re.match(
            r"(?:a|an|per|each|every)\s+(?:single\s+)?(?:day|week|month|year|hour)\b",
            after[match.start() :],
            re.IGNORECASE,
        ):
            break  # "5,000 barrels a day": a rate, not what is measured
        if not picked and lowered in ("the", "a", "an", "its", "their", "his", "her"):
            continue
        if lowered in _THING_STOP or (lowered.endswith("ly") and len(lowered) > 4):
            break
        if lowered.endswith("ing") or lowered in ("worldwide", "globally", "nationwide"):
            break  # "regions experiencing ...", "barrels leaking": a clause starts
        picked.append(word)
        if len(picked) == 4:
            break
    # A phrase does not end on a participle: "troops allied", "kilometers gained".
    while picked and picked[-1].lower().endswith("ed") and len(picked[-1]) >= 4:
        picked.pop()
    return " ".join(picked)


def _rate(before: str, after: str) -> str | None:
    # A conversion in brackets comes between a number and its rate: "5,000 barrels
    # (210,000 gallons, 795,000 litres) a day".
    match = _RATE_AFTER.match(re.sub(rf"^\s*{BRACKETED.pattern}", " ", after))
    if match:
        if match["unit"]:
            return match["unit"].lower()
        if match["hours"]:
            return "day"
        return _RATE_WORDS[" ".join(match["adverb"].lower().split())]
    match = _RATE_BEFORE.search(before)
    return _RATE_WORDS[match["adverb"].lower()] if match else None


def quantities_text(quantities: Sequence[Quantity]) -> str:
    """One line per quantity, for `briefing inspect figures`."""
    return "\n".join(q.text for q in quantities)
