"""Analysis of a story into a briefing: generator.analysis.briefing.analyse."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

from generator.analysis.briefing import analyse
from generator.config import AnalysisSettings
from generator.content import load_content
from generator.diagnostics import Diagnostics
from generator.group import group_stories
from generator.model import Article, BodyFormat, Sentence, Story, StoryMeta
from generator.partial_date import PartialDate
from generator.text.clean import clean_articles
from generator.text.segment import article_sentences
from generator.text.tokens import content_terms

STORY_FOLDER = Path("content") / "kurakhove"

# The same fact, stated by two sources in nearly the same words.
SHARED_FACT_A = (
    "Russian forces captured the town of Kurakhove in the Donetsk region on Monday after "
    "weeks of heavy fighting."
)
SHARED_FACT_B = (
    "Russian forces captured the town of Kurakhove in the Donetsk region on Monday after "
    "weeks of intense fighting."
)
# The same fact again, restated later by the first source.
RESTATED_FACT_A = (
    "Russian forces captured the town of Kurakhove in Donetsk on Monday after weeks of "
    "fierce fighting, officials said."
)

# Central to the story, but none of these can stand alone in a summary.
CANNOT_STAND_ALONE = [
    "He said Russian forces captured the town of Kurakhove in Donetsk after weeks of fighting.",
    "But Russian forces captured the town of Kurakhove in the Donetsk region on Monday anyway.",
    "However, Russian forces took the town of Kurakhove in Donetsk after weeks of fighting.",
    "These advances let Russian forces capture the town of Kurakhove in the Donetsk region.",
    "Did Russian forces really capture the town of Kurakhove in the Donetsk region on Monday?",
    "In summary, Russian forces captured the town of Kurakhove in the Donetsk region this week.",
    "We saw Russian forces capture the town of Kurakhove in the Donetsk region on Monday.",
    "“Russian forces captured Kurakhove in Donetsk,” the governor of the region told reporters.",
]

ARTICLE_A = [
    SHARED_FACT_A,
    "The Ukrainian army said its troops had withdrawn to new defensive positions west of "
    "the town of Kurakhove.",
    CANNOT_STAND_ALONE[0],
    CANNOT_STAND_ALONE[1],
    "Kurakhove had a population of about 18,000 people before the full-scale invasion began "
    "in 2022.",
    RESTATED_FACT_A,
    CANNOT_STAND_ALONE[2],
]
ARTICLE_B = [
    SHARED_FACT_B,
    "Ukraine's general staff confirmed that its units had pulled back to positions west of "
    "Kurakhove in Donetsk.",
    CANNOT_STAND_ALONE[3],
    CANNOT_STAND_ALONE[4],
    "The capture brings Russian troops closer to the logistics hub of Pokrovsk, about 40 "
    "kilometres to the north.",
    CANNOT_STAND_ALONE[5],
]
ARTICLE_C = [
    "Russian troops have advanced faster in the Donetsk region this autumn than at any time "
    "since 2022.",
    CANNOT_STAND_ALONE[6],
    "Analysts at the Institute for the Study of War said Russia gained about 2,700 square "
    "kilometres this year.",
    CANNOT_STAND_ALONE[7],
    "Western officials expect Russian forces to push towards Pokrovsk and the remaining "
    "Ukrainian towns in Donetsk.",
]


def _article(
    name: str,
    title: str,
    paragraphs: list[str],
    *,
    published: PartialDate | None = None,
    title_inferred: bool = False,
) -> Article:
    return Article(
        id=name,
        path=STORY_FOLDER / f"{name}.txt",
        title=title,
        body="\n".join(paragraphs) + "\n",
        body_format=BodyFormat.TEXT,
        body_line=1,
        published=published,
        title_inferred=title_inferred,
        story_folder=STORY_FOLDER,
    )


def _articles() -> tuple[Article, ...]:
    return (
        _article(
            "kyiv-report",
            "Russian forces capture Kurakhove after weeks of fighting",
            ARTICLE_A,
            published=PartialDate(2024, 11, 20),
        ),
        _article(
            "wire-report",
            "Kurakhove falls to Russian troops",
            ARTICLE_B,
            published=PartialDate(2024, 11, 21),
        ),
        _article("analysis", "Donetsk front under pressure", ARTICLE_C),
    )


def _story(articles=None, meta: StoryMeta | None = None) -> Story:
    return Story(
        slug="kurakhove",
        articles=tuple(articles if articles is not None else _articles()),
        meta=meta,
        origin=STORY_FOLDER,
    )


def _sentences(story: Story) -> dict[str, tuple[Sentence, ...]]:
    cleaned = clean_articles(story.articles)
    return {article.id: article_sentences(cleaned[str(article.path)]) for article in story.articles}


SETTINGS = AnalysisSettings(summary_sentences=3, key_points=4)


def _briefing(story: Story | None = None, settings: AnalysisSettings = SETTINGS):
    story = story or _story()
    return analyse(story, _sentences(story), settings)


def _statements(briefing):
    return [*briefing.summary, *briefing.key_points]


def _sentence_sources(sentences) -> dict[str, set[str]]:
    """Each sentence text and the sources it is written in."""
    found: dict[str, set[str]] = {}
    for source_id, items in sentences.items():
        for sentence in items:
            found.setdefault(sentence.text, set()).add(source_id)
    return found


def _jaccard(first: str, second: str) -> float:
    a, b = set(content_terms(first)), set(content_terms(second))
    return len(a & b) / len(a | b)


# Summary size


@pytest.mark.parametrize("length", [1, 2, 3, 5])
def test_summary_has_at_most_the_configured_number_of_sentences(length):
    briefing = _briefing(settings=AnalysisSettings(summary_sentences=length, key_points=3))
    assert 1 <= len(briefing.summary) <= length


@pytest.mark.parametrize("count", [0, 1, 3])
def test_key_points_have_at_most_the_configured_number(count):
    briefing = _briefing(settings=AnalysisSettings(summary_sentences=2, key_points=count))
    assert len(briefing.key_points) <= count


# Provenance


def test_every_statement_is_verbatim_a_sentence_of_a_source():
    story = _story()
    sentences = _sentences(story)
    briefing = analyse(story, sentences, SETTINGS)
    written = _sentence_sources(sentences)
    assert _statements(briefing)
    for statement in _statements(briefing):
        assert statement.text in written


def test_every_statement_cites_the_source_it_was_taken_from():
    story = _story()
    sentences = _sentences(story)
    briefing = analyse(story, sentences, SETTINGS)
    written = _sentence_sources(sentences)
    for statement in _statements(briefing):
        assert written[statement.text] & set(statement.sources)


def test_every_statement_cites_only_sources_of_the_story():
    briefing = _briefing()
    story_ids = {article.id for article in _articles()}
    for statement in _statements(briefing):
        assert statement.sources
        assert set(statement.sources) <= story_ids
        assert len(set(statement.sources)) == len(statement.sources)


def test_statement_evidence_names_the_paragraph_and_line_of_the_source_sentence():
    story = _story()
    sentences = _sentences(story)
    briefing = analyse(story, sentences, SETTINGS)
    for statement in _statements(briefing):
        origins = {
            (sentence.source_id, sentence.paragraph, sentence.line)
            for items in sentences.values()
            for sentence in items
            if sentence.text == statement.text
        }
        evidence = {(item.source_id, item.paragraph, item.line) for item in statement.evidence}
        assert origins & evidence


def test_statement_evidence_lists_every_cited_source_in_order():
    briefing = _briefing()
    for statement in _statements(briefing):
        assert tuple(item.source_id for item in statement.evidence) == statement.sources


def test_same_fact_in_nearly_the_same_words_cites_both_sources():
    briefing = _briefing()
    shared = [
        statement
        for statement in _statements(briefing)
        if statement.text in (SHARED_FACT_A, SHARED_FACT_B)
    ]
    assert len(shared) == 1
    assert set(shared[0].sources) == {"kyiv-report", "wire-report"}


def test_fact_stated_by_one_source_cites_only_that_source():
    briefing = _briefing(settings=AnalysisSettings(summary_sentences=5, key_points=8))
    population = [
        statement for statement in _statements(briefing) if "18,000 people" in statement.text
    ]
    assert len(population) == 1
    assert population[0].sources == ("kyiv-report",)


# What is selected


def test_no_two_summary_sentences_are_near_duplicates():
    briefing = _briefing(settings=AnalysisSettings(summary_sentences=5, key_points=0))
    assert _jaccard(SHARED_FACT_A, RESTATED_FACT_A) >= 0.5  # the corpus has near-duplicates
    for first, second in itertools.combinations(briefing.summary, 2):
        assert _jaccard(first.text, second.text) < 0.5, (first.text, second.text)


def test_key_points_do_not_repeat_the_summary():
    briefing = _briefing(settings=AnalysisSettings(summary_sentences=3, key_points=5))
    summary_texts = {statement.text for statement in briefing.summary}
    for point in briefing.key_points:
        assert point.text not in summary_texts
        for text in summary_texts:
            assert _jaccard(point.text, text) < 0.5, (point.text, text)


def test_sentences_that_cannot_stand_alone_are_never_selected():
    story = _story()
    sentences = _sentences(story)
    written = _sentence_sources(sentences)
    assert all(text in written for text in CANNOT_STAND_ALONE)  # segmented as sentences
    briefing = analyse(story, sentences, AnalysisSettings(summary_sentences=10, key_points=12))
    selected = {statement.text for statement in _statements(briefing)}
    assert not selected & set(CANNOT_STAND_ALONE)


def test_story_with_only_unusable_sentences_has_an_empty_summary():
    article = _article("bad", "Kurakhove falls", CANNOT_STAND_ALONE)
    briefing = _briefing(_story([article]))
    assert briefing.summary == ()
    assert briefing.key_points == ()


def test_source_without_sentences_still_appears_in_the_sources():
    story = _story()
    sentences = _sentences(story)
    sentences["analysis"] = ()
    briefing = analyse(story, sentences, SETTINGS)
    assert "analysis" in [source.id for source in briefing.sources]
    assert all("analysis" not in statement.sources for statement in _statements(briefing))


def test_source_entries_count_the_statements_that_cite_them():
    briefing = _briefing()
    for source in briefing.sources:
        citing = [s for s in _statements(briefing) if source.id in s.sources]
        assert source.statements == len(citing)


# The editor's story.yaml


def test_editor_summary_replaces_the_generated_summary():
    summary = ("Russia took Kurakhove on Monday.", "Ukraine fell back to the west.")
    meta = StoryMeta(folder=STORY_FOLDER, summary=summary)
    briefing = _briefing(_story(meta=meta))
    assert [statement.text for statement in briefing.summary] == list(summary)


def test_editor_summary_is_marked_as_the_editors_and_cites_no_source():
    meta = StoryMeta(folder=STORY_FOLDER, summary=("Russia took Kurakhove on Monday.",))
    briefing = _briefing(_story(meta=meta))
    assert all(s.by_editor and s.sources == () for s in briefing.summary)


def test_editor_key_points_are_pinned_first_and_marked_as_the_editors():
    points = ("Kurakhove had 18,000 people.", "Pokrovsk is 40 km north.")
    meta = StoryMeta(folder=STORY_FOLDER, key_points=points)
    briefing = _briefing(_story(meta=meta))
    assert [statement.text for statement in briefing.key_points[:2]] == list(points)
    assert all(s.by_editor and s.sources == () for s in briefing.key_points[:2])


def test_generated_key_points_fill_the_places_left_by_pinned_ones():
    points = ("Kurakhove had 18,000 people.", "Pokrovsk is 40 km north.")
    meta = StoryMeta(folder=STORY_FOLDER, key_points=points)
    briefing = _briefing(_story(meta=meta), AnalysisSettings(summary_sentences=3, key_points=3))
    generated = briefing.key_points[2:]
    assert len(briefing.key_points) == 3
    assert len(generated) == 1
    assert not generated[0].by_editor and generated[0].sources


def test_editor_key_points_leave_the_generated_summary_in_place():
    meta = StoryMeta(folder=STORY_FOLDER, key_points=("Kurakhove had 18,000 people.",))
    briefing = _briefing(_story(meta=meta))
    assert briefing.summary == _briefing().summary
    assert not any(statement.by_editor for statement in briefing.summary)


def test_generated_statements_are_not_marked_as_the_editors():
    briefing = _briefing()
    assert not any(statement.by_editor for statement in _statements(briefing))


def test_editor_title_is_used():
    meta = StoryMeta(folder=STORY_FOLDER, title="The fall of Kurakhove")
    briefing = _briefing(_story(meta=meta))
    assert briefing.title == "The fall of Kurakhove"
    assert briefing.title_generated is False


def test_without_an_editor_title_a_source_headline_is_used():
    briefing = _briefing()
    assert briefing.title in {article.title for article in _articles()}
    assert briefing.title_generated is True


def test_stated_headline_is_preferred_over_an_inferred_one():
    inferred = _article(
        "pasted",
        "Russian forces captured the town of Kurakhove in the Donetsk region",
        ARTICLE_A,
        title_inferred=True,
    )
    stated = _article("stated", "Weather and politics on a Tuesday", ARTICLE_B)
    briefing = _briefing(_story([inferred, stated]))
    assert briefing.title == "Weather and politics on a Tuesday"


def test_most_central_stated_headline_is_chosen():
    central = _article("central", "Russian forces capture Kurakhove in Donetsk", ARTICLE_A)
    off_topic = _article("off-topic", "Weather and politics on a Tuesday", ARTICLE_B)
    briefing = _briefing(_story([off_topic, central]))
    assert briefing.title == "Russian forces capture Kurakhove in Donetsk"


def test_note_comes_from_the_story_yaml():
    meta = StoryMeta(folder=STORY_FOLDER, note="Read *this* first.")
    assert _briefing(_story(meta=meta)).note == "Read *this* first."


def test_tags_merge_story_and_article_tags_without_duplicates():
    articles = list(_articles())
    articles[0] = dataclasses.replace(articles[0], tags=("Donetsk", "Ukraine"))
    meta = StoryMeta(folder=STORY_FOLDER, tags=("Ukraine", "Russia"))
    briefing = _briefing(_story(articles, meta=meta))
    assert briefing.tags == ("Ukraine", "Russia", "Donetsk")


# Dates and the source list


def _dated(name: str, published: PartialDate | None) -> Article:
    return _article(name, f"Report {name}", ARTICLE_C, published=published)


def test_updated_is_the_latest_source_date():
    briefing = _briefing(
        _story(
            [
                _dated("a", PartialDate(2024, 11, 19)),
                _dated("b", PartialDate(2024, 11, 21)),
                _dated("c", PartialDate(2024, 10, 30)),
                _dated("d", None),
            ]
        )
    )
    assert briefing.updated == PartialDate(2024, 11, 21)


def test_updated_is_the_latest_date_across_mixed_precisions():
    briefing = _briefing(
        _story(
            [
                _dated("a", PartialDate(2024, 11, 19)),
                _dated("b", PartialDate(2024, 12)),
                _dated("c", PartialDate(2023)),
                _dated("d", PartialDate(2024, 10, 30)),
            ]
        )
    )
    assert briefing.updated == PartialDate(2024, 12)


def test_updated_keeps_the_precision_of_a_month_date():
    briefing = _briefing(
        _story([_dated("a", PartialDate(2024, 11, 19)), _dated("b", PartialDate(2024, 12))])
    )
    assert briefing.updated is not None
    assert briefing.updated.precision.value == "month"
    assert briefing.updated.iso() == "2024-12"


def test_later_year_wins_over_an_earlier_full_date():
    briefing = _briefing(
        _story([_dated("a", PartialDate(2024, 12, 31)), _dated("b", PartialDate(2025))])
    )
    assert briefing.updated == PartialDate(2025)


def test_updated_is_none_when_no_source_is_dated():
    briefing = _briefing(_story([_dated("a", None), _dated("b", None)]))
    assert briefing.updated is None


def test_sources_are_ordered_dated_first_oldest_to_newest_then_undated_by_file_name():
    articles = [
        _dated("zeta", None),
        _dated("newest", PartialDate(2024, 11, 21)),
        _dated("alpha", None),
        _dated("oldest", PartialDate(2024, 10)),
        _dated("middle", PartialDate(2024, 11, 5)),
    ]
    briefing = _briefing(_story(articles))
    assert [source.id for source in briefing.sources] == [
        "oldest",
        "middle",
        "newest",
        "alpha",
        "zeta",
    ]


def test_statement_sources_follow_the_source_order():
    briefing = _briefing()
    order = [source.id for source in briefing.sources]
    for statement in _statements(briefing):
        positions = [order.index(source) for source in statement.sources]
        assert positions == sorted(positions)


def test_source_entries_carry_the_article_metadata():
    article = Article(
        id="wire",
        path=STORY_FOLDER / "wire.txt",
        title="Kurakhove falls",
        body="\n".join(ARTICLE_B),
        body_format=BodyFormat.TEXT,
        body_line=1,
        publisher="Example Wire",
        url="https://example.org/kurakhove",
        published=PartialDate(2024, 11),
        date_estimated=True,
        author="A. Reporter",
    )
    (source,) = _briefing(_story([article])).sources
    assert (
        source.id,
        source.title,
        source.publisher,
        source.url,
        source.published,
        source.date_estimated,
        source.author,
    ) == (
        "wire",
        "Kurakhove falls",
        "Example Wire",
        "https://example.org/kurakhove",
        PartialDate(2024, 11),
        True,
        "A. Reporter",
    )


# Determinism


def test_same_input_gives_an_equal_briefing():
    assert _briefing() == _briefing()


def test_order_of_the_articles_does_not_change_the_briefing():
    articles = _articles()
    forward = _briefing(_story(articles))
    backward = _briefing(_story(tuple(reversed(articles))))
    assert forward == backward


# The sample content shipped with the project


CONTENT_DIR = Path(__file__).resolve().parents[1] / "content"
DEBRIS = [
    "Some content could not be loaded",
    "Check your internet connection",
    "Daily Caller",
    "newswire",
    "[email protected]",
    "appreciate your trust",
    "fact-checking",
    "Source link",
    "About The Author",
    "Scroll to Top",
    "views 3 mins",
    "Cartography by",
]


@pytest.fixture(scope="module")
def sample():
    diagnostics = Diagnostics()
    content = load_content(CONTENT_DIR, diagnostics)
    cleaned = clean_articles(content.articles)
    sentences = {path: article_sentences(text) for path, text in cleaned.items()}
    stories = group_stories(content, diagnostics).stories
    assert not diagnostics.has_errors()
    assert stories
    briefings = []
    for story in stories:
        by_id = {article.id: sentences[str(article.path)] for article in story.articles}
        texts = {article.id: cleaned[str(article.path)] for article in story.articles}
        briefings.append((story, analyse(story, by_id, AnalysisSettings(), texts)))
    return cleaned, briefings


def test_sample_statements_are_verbatim_in_a_cited_source_file(sample):
    _, briefings = sample
    for story, briefing in briefings:
        files = {article.id: article.path.read_text(encoding="utf-8") for article in story.articles}
        assert _statements(briefing)
        for statement in _statements(briefing):
            assert any(statement.text in files[source] for source in statement.sources), (
                statement.text
            )


def test_sample_statement_evidence_points_at_the_file_line_of_the_sentence(sample):
    _, briefings = sample
    for story, briefing in briefings:
        paths = {article.id: article.path for article in story.articles}
        for statement in _statements(briefing):
            lines_with_text = [
                evidence
                for evidence in statement.evidence
                if statement.text
                in paths[evidence.source_id]
                .read_text(encoding="utf-8")
                .split("\n")[evidence.line - 1]
            ]
            assert lines_with_text, statement.text


def test_sample_evidence_names_a_cleaned_paragraph_and_the_file_line_it_starts_on(sample):
    cleaned, briefings = sample
    for story, briefing in briefings:
        paths = {article.id: article.path for article in story.articles}
        for statement in _statements(briefing):
            for evidence in statement.evidence:
                path = paths[evidence.source_id]
                paragraph = cleaned[str(path)].paragraphs[evidence.paragraph]
                assert paragraph.line == evidence.line
                file_line = path.read_text(encoding="utf-8").split("\n")[evidence.line - 1]
                opening = " ".join(paragraph.text.split()[:5])
                assert opening in " ".join(file_line.split())


def test_sample_summary_and_key_points_contain_no_page_debris(sample):
    _, briefings = sample
    for _, briefing in briefings:
        for statement in _statements(briefing):
            for debris in DEBRIS:
                assert debris.lower() not in statement.text.lower(), statement.text


def test_sample_summary_and_key_points_use_no_caption(sample):
    cleaned, briefings = sample
    captions = [caption.text for text in cleaned.values() for caption in text.captions]
    assert any("©" in caption for caption in captions)  # the sample has captions
    for _, briefing in briefings:
        for statement in _statements(briefing):
            assert "©" not in statement.text
            assert not any(statement.text in caption for caption in captions), statement.text


def test_sample_summary_has_the_configured_length(sample):
    _, briefings = sample
    for _, briefing in briefings:
        assert 1 <= len(briefing.summary) <= AnalysisSettings().summary_sentences


# ---------------------------------------------------------------- key points and sources


def test_key_points_are_short_concrete_sentences():
    from generator.analysis.key_points import MAX_WORDS, concreteness

    briefing = _briefing(settings=AnalysisSettings(summary_sentences=3, key_points=7))
    assert briefing.key_points
    for statement in briefing.key_points:
        assert len(statement.text.split()) <= MAX_WORDS
        assert concreteness(statement.text) > 0


def test_a_sentence_without_number_date_or_name_is_not_a_key_point():
    from generator.analysis.key_points import concreteness

    assert concreteness("the situation remains fluid and tense for everyone involved.") == 0
    assert concreteness("Moscow sent some 45,000 troops to the area.") > 0


def test_sample_detects_the_two_sources_that_rewrite_the_same_report(sample):
    _, briefings = sample
    [(_, briefing)] = briefings
    repeating = {s.id: s.repeats for s in briefing.sources if s.repeats is not None}
    assert set(repeating) == {"russian-gains-and-the-kursk-incursion"}
    assert repeating["russian-gains-and-the-kursk-incursion"].source_id == (
        "russia-advances-near-kursk"
    )
    assert repeating["russian-gains-and-the-kursk-incursion"].overlap >= 0.35


def test_sample_sources_have_honest_metadata(sample):
    _, briefings = sample
    [(_, briefing)] = briefings
    sources = {s.id: s for s in briefing.sources}
    assert len(sources) == 5
    assert sources["territorial-offensives-ahead-of-inauguration"].publisher == (
        "Daily Caller News Foundation"
    )
    stated = {
        s.id: s.published.iso() for s in sources.values() if s.published and not s.date_estimated
    }
    assert stated == {"russia-advances-near-kursk": "2024-11-19"}
    estimated = {s.id: s.published.iso() for s in sources.values() if s.date_estimated}
    # One article's latest stated date is a caption's "November 7, 2024"; the BBC rewrite
    # states "August 2023" but also gains "in 2024", so only its year can be estimated.
    assert estimated == {
        "fighting-for-advantages-before-trumps-return": "2024-11",
        "russian-gains-and-the-kursk-incursion": "2024",
    }
    assert all(s.url is None and s.author is None for s in sources.values())
    assert all(s.words > 300 for s in sources.values())


def test_every_passage_of_a_source_is_found_in_its_file(sample):
    _, briefings = sample
    [(story, briefing)] = briefings
    files = {a.id: " ".join(a.path.read_text("utf-8").split()) for a in story.articles}
    for source in briefing.sources:
        for passage in source.passages:
            assert " ".join(passage.text.split()) in files[source.id]
            assert passage.cited_by


# ---------------------------------------------------------------- the sample's timeline


def test_sample_timeline_flags_the_year_the_sources_disagree_on(sample):
    _, briefings = sample
    [(_, briefing)] = briefings
    august = {
        entry.date.value: entry for entry in briefing.timeline if entry.date.value[5:] == "08"
    }
    incursion_2023 = august["2023-08"]
    assert "Kursk" in incursion_2023.text
    assert incursion_2023.conflict is not None and "August 2024" in incursion_2023.conflict
    conflicting_2024 = [
        entry
        for entry in briefing.timeline
        if entry.date.value == "2024-08" and entry.conflict and "August 2023" in entry.conflict
    ]
    assert conflicting_2024 and "Kursk" in conflicting_2024[0].text


def test_sample_upcoming_events_come_after_the_latest_source_date(sample):
    _, briefings = sample
    [(_, briefing)] = briefings
    upcoming = [entry for entry in briefing.timeline if entry.upcoming]
    assert upcoming, "the sample announces the inauguration on January 20"
    assert any(entry.date.value == "2025-01-20" for entry in upcoming)
    for entry in briefing.timeline:
        assert entry.upcoming == (entry.date.first.isoformat() > "2024-11-19")


def test_no_sample_timeline_date_comes_from_a_number_that_is_not_a_date(sample):
    _, briefings = sample
    [(_, briefing)] = briefings
    assert briefing.timeline
    for entry in briefing.timeline:
        assert 2022 <= entry.date.first.year <= 2025, entry


def test_sample_timeline_entries_are_verbatim_in_their_sources(sample):
    _, briefings = sample
    [(story, briefing)] = briefings
    files = {a.id: " ".join(a.path.read_text("utf-8").split()) for a in story.articles}
    for entry in briefing.timeline:
        assert any(" ".join(entry.text.split()) in files[s] for s in entry.sources), entry.text
        assert {e.source_id for e in entry.evidence} == set(entry.sources)
