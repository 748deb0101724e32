"""Sources that repeat or rewrite another: detection, direction, and voices."""

from __future__ import annotations

from pathlib import Path

from generator.analysis.pool import build_pool
from generator.analysis.repeats import REPEAT_OVERLAP, find_repeats, voice_groups
from generator.model import Article, BodyFormat, Repeat, Sentence
from generator.partial_date import PartialDate

ORIGINAL = [
    "Russia has seized about 2,700 square kilometres of Ukrainian territory this year.",
    "The gains are largest near Kupiansk in Kharkiv and Kurakhove in Donetsk.",
    "An analysis by BBC Russian found 78,329 Russian soldiers have been killed.",
    "Moscow has deployed about 50,000 troops to retake the Kursk region.",
]
REWRITE = [
    "This year Russia took roughly 2,700 square kilometres of territory from Ukraine.",
    "Kupiansk in Kharkiv and Kurakhove in Donetsk have seen the largest Russian gains.",
    "BBC Russian counted 78,329 Russian soldiers killed, according to its analysis.",
    "About 50,000 troops were sent by Moscow to take back the Kursk region.",
]
INDEPENDENT = [
    "Ukraine launched a new offensive in Kursk on Sunday morning.",
    "The president said the operation was one of the biggest wins of the war.",
    "Analysts doubt that the territory can be held for much longer.",
    "Talks on a ceasefire may begin after the inauguration in January.",
]


def article(source_id: str, published: PartialDate | None = None) -> Article:
    return Article(
        id=source_id,
        path=Path(f"{source_id}.txt"),
        title=source_id,
        body="",
        body_format=BodyFormat.TEXT,
        body_line=1,
        published=published,
    )


def sentences(source_id: str, texts: list[str]) -> tuple[Sentence, ...]:
    return tuple(Sentence(source_id, i, i, text, i + 1) for i, text in enumerate(texts))


def repeats_of(*sources: tuple[Article, list[str]]):
    pool = build_pool({a.id: sentences(a.id, texts) for a, texts in sources})
    return pool, find_repeats(pool, [a for a, _ in sources])


def test_a_rewrite_is_detected_with_its_overlap() -> None:
    _, repeats = repeats_of((article("bbc"), ORIGINAL), (article("blog"), REWRITE))
    [(copier, repeat)] = repeats.items()
    assert {copier, repeat.source_id} == {"bbc", "blog"}
    assert repeat.overlap >= REPEAT_OVERLAP


def test_a_verbatim_copy_is_detected_as_a_full_repeat() -> None:
    _, repeats = repeats_of((article("wire"), ORIGINAL), (article("paper"), ORIGINAL))
    [repeat] = repeats.values()
    assert repeat.overlap == 1.0


def test_independent_reporting_on_the_same_story_is_not_a_repeat() -> None:
    _, repeats = repeats_of((article("bbc"), ORIGINAL), (article("hill"), INDEPENDENT))
    assert repeats == {}


def test_the_later_source_repeats_the_earlier_one() -> None:
    _, repeats = repeats_of(
        (article("late", PartialDate(2024, 11, 20)), ORIGINAL),
        (article("early", PartialDate(2024, 11, 19)), REWRITE),
    )
    assert set(repeats) == {"late"}
    assert repeats["late"].source_id == "early"


def test_sources_that_repeat_each_other_share_one_voice() -> None:
    groups = voice_groups(["a", "b", "c"], {"b": Repeat("a", 0.5)})
    assert groups["a"] == groups["b"] != groups["c"]


def test_a_rewrite_does_not_count_as_independent_confirmation() -> None:
    pool, repeats = repeats_of(
        (article("bbc"), ORIGINAL), (article("blog"), REWRITE), (article("hill"), INDEPENDENT)
    )
    voices = voice_groups(["bbc", "blog", "hill"], repeats)
    verbatim = [item for item in pool if item.sentence.text == ORIGINAL[2]]
    [item] = verbatim
    assert "blog" in item.source_ids  # the rewrite is still cited ...
    assert item.support_share(voices) == 0.0  # ... but confirms nothing
    assert item.support_share({"bbc": "bbc", "blog": "blog", "hill": "hill"}) > 0.0
