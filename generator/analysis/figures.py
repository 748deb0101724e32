"""The figures of a story: every quantity its sources state, compared across sources.

Each sentence's quantities are read with what they measure (generator/figures/), dated
by the source's publication day, and compared by generator/figures/compare.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.figures.compare import Found, compare
from generator.figures.measures import measure_of
from generator.figures.quantities import find_quantities
from generator.model import Figure, Sentence
from generator.time.timex import Anchor


def story_figures(
    by_source: Mapping[str, Sequence[Sentence]],
    anchors: Mapping[str, Anchor | None],
    names: Mapping[str, str],
) -> tuple[Figure, ...]:
    """`anchors` gives each source's publication date; `names` its name for readers."""
    found = []
    for source_id, sentences in by_source.items():
        anchor = anchors.get(source_id)
        reported = anchor.date if anchor else None
        for sentence in sentences:
            for quantity in find_quantities(sentence.text):
                measure = measure_of(sentence.text, quantity, anchor)
                found.append(Found(quantity, measure, sentence, reported))
    return compare(found, names)
