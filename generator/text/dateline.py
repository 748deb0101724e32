"""Datelines: lines that state nothing but a date, such as "November 19, 2024" or
"Published: 2024-11-19 10:30 GMT". They are page furniture to the cleaner and the
publication date to the loader of pasted text."""

from __future__ import annotations

import re

from generator.partial_date import PartialDate, parse_iso, parse_written

_PREFIX = re.compile(
    r"^(?:published|updated|posted|last\s+updated|first\s+published)(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)
_TIME_SUFFIX = re.compile(
    r"\s*(?:[,|·•-]|at)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?$",
    re.IGNORECASE,
)


def parse_dateline(line: str) -> PartialDate | None:
    """The date a dateline states, or None when the line says more than a date."""
    without_prefix = _PREFIX.sub("", line.strip())
    # "November 19, 2019 / 10:07 AM / CBS News": the date is the first segment.
    first_segment = re.split(r"\s+[/|·•]\s+", without_prefix, maxsplit=1)[0]
    if first_segment != without_prefix and len(without_prefix.split()) > 12:
        first_segment = without_prefix
    without_time = _TIME_SUFFIX.sub("", first_segment).strip(" ,|")
    for candidate in (without_prefix, first_segment, without_time):
        written = parse_written(candidate)
        if written is not None:
            return written
        try:
            return parse_iso(candidate)[0]
        except ValueError:
            continue
    return None


def is_dateline(line: str) -> bool:
    return parse_dateline(line) is not None
