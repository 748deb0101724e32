"""The figures of a story: every quantity its sources state, compared across sources.

Each sentence's quantities are read with what they measure (generator/figures/), dated
by the source's publication day, and compared by generator/figures/compare.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from generator.figures.compare import Found, compare
from generator.figures.measures import measure_of
from generator.figures.quantities import find_quantities
from generator.model import Figure, Sentence
from generator.time.tagger import find_timexes
from generator.time.timex import Anchor, Timex

# A sentence without a digit or a number word states no quantity: skip it cheaply.
_DIGIT_OR_NUMBER_WORD = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
    r"billions?|dozens?|scores|half)\b",
    re.IGNORECASE,
)


def story_figures(
    by_source: Mapping[str, Sequence[Sentence]],
    anchors: Mapping[str, Anchor | None],
    names: Mapping[str, str],
    find: Callable[[str, Anchor | None], list[Timex]] = find_timexes,
) -> tuple[Figure, ...]:
    """`anchors` gives each source's publication date; `names` its name for readers;
    `find` finds a sentence's time expressions (shared with the timeline)."""
    return compare(story_quantities(by_source, anchors, find), names)


def story_quantities(
    by_source: Mapping[str, Sequence[Sentence]],
    anchors: Mapping[str, Anchor | None],
    find: Callable[[str, Anchor | None], list[Timex]] = find_timexes,
) -> list[Found]:
    """Every quantity the sources state, with what it measures and when it was reported."""
    found = []
    for source_id, sentences in by_source.items():
        anchor = anchors.get(source_id)
        reported = anchor.date if anchor else None
        for sentence in sentences:
            if not _DIGIT_OR_NUMBER_WORD.search(sentence.text):
                continue
            timexes = find(sentence.text, anchor)
            for quantity in find_quantities(sentence.text, timexes):
                measure = measure_of(sentence.text, quantity, anchor, timexes)
                found.append(Found(quantity, measure, sentence, reported))
    return found
