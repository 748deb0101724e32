"""Cleaning pasted articles down to the text a reader would call the article:
generator.text.clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content import load_content
from generator.diagnostics import Diagnostics
from generator.model import Article, BlockKind, BodyFormat
from generator.text.blocks import article_blocks
from generator.text.clean import clean_article, clean_articles
from generator.text.segment import article_sentences

TITLE = "Russia advances near Kursk as Ukraine's counteroffensive struggles"
LEAD = (
    "Russian forces captured three villages near the border with Kursk on Monday, "
    "the defence ministry in Moscow said."
)
CLOSING = (
    "Ukrainian officials said their troops had withdrawn to prepared positions west of "
    "the villages and would keep defending the region."
)


def _article(
    body: str,
    *,
    name: str = "article",
    title: str = TITLE,
    body_format: BodyFormat = BodyFormat.TEXT,
) -> Article:
    suffix = ".md" if body_format is BodyFormat.MARKDOWN else ".txt"
    return Article(
        id=name,
        path=Path("content") / "story" / f"{name}{suffix}",
        title=title,
        body=body,
        body_format=body_format,
        body_line=1,
    )


def _clean(body: str, **kwargs):
    article = _article(body, **kwargs)
    return clean_article(article, article_blocks(article))


def _paragraph_texts(cleaned) -> list[str]:
    return [paragraph.text for paragraph in cleaned.paragraphs]


def _caption_texts(cleaned) -> list[str]:
    return [caption.text for caption in cleaned.captions]


def _removal_reasons(cleaned) -> dict[str, str]:
    return {removed.block.text: removed.reason for removed in cleaned.removed}


# Page furniture


@pytest.mark.parametrize(
    "line",
    [
        "close",
        "Share this article",
        "5 views 3 mins 0 comments",
        "Source link",
        "About The Author",
        "Scroll to Top",
        "4 min read",
    ],
)
def test_furniture_line_is_removed_as_page_furniture(line):
    cleaned = _clean(f"{line}\n{LEAD}\n{line}\n{CLOSING}")
    assert line not in _paragraph_texts(cleaned)
    assert _removal_reasons(cleaned) == {line: "page furniture"}


@pytest.mark.parametrize(
    "line",
    [
        "close",
        "Share this article",
        "5 views 3 mins 0 comments",
        "Source link",
        "About The Author",
    ],
)
def test_removing_furniture_keeps_the_article_paragraphs(line):
    cleaned = _clean(f"{line}\n{LEAD}\n{line}\n{CLOSING}")
    assert _paragraph_texts(cleaned) == [LEAD, CLOSING]


def test_block_repeating_the_headline_is_removed():
    headline_again = "Russia advances near Kursk as Ukraine’s counteroffensive struggles."
    cleaned = _clean(f"{headline_again}\n{LEAD}")
    assert _paragraph_texts(cleaned) == [LEAD]
    assert _removal_reasons(cleaned) == {headline_again: "repeats the headline"}


def test_markdown_heading_repeating_the_headline_is_removed():
    body = f"# {TITLE}\n\n{LEAD}\n\nShare this article\n"
    cleaned = _clean(body, body_format=BodyFormat.MARKDOWN)
    assert _paragraph_texts(cleaned) == [LEAD]
    assert set(_removal_reasons(cleaned)) == {TITLE, "Share this article"}


@pytest.mark.parametrize(
    "dateline",
    [
        "November 19, 2024",
        "Tuesday, November 19, 2024",
        "19 Nov 2024",
        "Tuesday, 19 November 2024",
        "Published: 2024-11-19 10:30 GMT",
        "Updated November 19, 2024 at 10:30 a.m. EST",
    ],
)
def test_dateline_is_removed(dateline):
    cleaned = _clean(f"{dateline}\n{LEAD}")
    assert _paragraph_texts(cleaned) == [LEAD]
    assert _removal_reasons(cleaned) == {dateline: "dateline"}


def test_sentence_mentioning_a_date_is_not_a_dateline():
    sentence = "On November 19, 2024, Ukraine fired long-range missiles into Russia."
    cleaned = _clean(f"{sentence}\n{LEAD}")
    assert _paragraph_texts(cleaned) == [sentence, LEAD]


def test_maker_credit_line_is_removed():
    cleaned = _clean(f"{LEAD}\nCartography by Steven Bernard")
    assert _paragraph_texts(cleaned) == [LEAD]
    assert "Cartography by Steven Bernard" in _removal_reasons(cleaned)


# Photo captions


PICTURE_TITLE = "Vladimir Putin and Donald Trump"
CREDITED_CAPTION = (
    "After taking office, Donald Trump promised to “end the war within 24 hours,” while "
    "President Vladimir Putin has signaled a willingness to talk. © Marcos Brindicci/Reuters"
)


def test_photo_credit_line_becomes_a_caption():
    cleaned = _clean(f"{LEAD}\n{PICTURE_TITLE}\n{CREDITED_CAPTION}\n{CLOSING}")
    assert CREDITED_CAPTION in _caption_texts(cleaned)


def test_unpunctuated_line_before_a_credit_becomes_a_caption_too():
    cleaned = _clean(f"{LEAD}\n{PICTURE_TITLE}\n{CREDITED_CAPTION}\n{CLOSING}")
    assert _caption_texts(cleaned) == [PICTURE_TITLE, CREDITED_CAPTION]


def test_short_sentence_before_a_credit_becomes_a_caption_too():
    picture_title = "Rescuers work at the site of a rocket attack in Zaporizhia."
    credit = "A hospital was damaged in the attack. © Ukrainian Emergency Service/AFP"
    cleaned = _clean(f"{LEAD}\n{picture_title}\n{credit}\n{CLOSING}")
    assert _caption_texts(cleaned) == [picture_title, credit]


def test_captions_never_appear_among_the_paragraphs():
    cleaned = _clean(f"{LEAD}\n{PICTURE_TITLE}\n{CREDITED_CAPTION}\n{CLOSING}")
    assert _paragraph_texts(cleaned) == [LEAD, CLOSING]


def test_captions_are_not_segmented_into_sentences():
    cleaned = _clean(f"{LEAD}\n{PICTURE_TITLE}\n{CREDITED_CAPTION}\n{CLOSING}")
    sentences = [sentence.text for sentence in article_sentences(cleaned)]
    assert not any("©" in sentence or "Brindicci" in sentence for sentence in sentences)
    assert not any(PICTURE_TITLE in sentence for sentence in sentences)


def test_long_paragraph_before_a_caption_stays_a_paragraph():
    cleaned = _clean(f"{LEAD}\n{CREDITED_CAPTION}\n{CLOSING}")
    assert _paragraph_texts(cleaned) == [LEAD, CLOSING]
    assert _caption_texts(cleaned) == [CREDITED_CAPTION]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Satellite photos by Maxar Technologies showed that the bridge near Sudzha "
        "had been destroyed.",
        "Under Article 3(c) of the agreement, Russia must withdraw its troops from the "
        "border zone.",
    ],
)
def test_news_paragraph_that_merely_mentions_photos_or_clauses_is_not_a_caption(paragraph):
    cleaned = _clean(f"{LEAD}\n{paragraph}\n{CLOSING}")
    assert _paragraph_texts(cleaned) == [LEAD, paragraph, CLOSING]


# Notices about the page or the publisher


PUBLISHER_NOTICE = (
    "Any reputable news publisher with a sizable audience can have all of the content "
    "produced by the Daily Caller News Foundation, an independent and nonpartisan newswire "
    "service, for free. Our logo, the byline of the reporter, and their DCNF affiliation "
    "must be included in all reposted pieces."
)


def test_publisher_notice_with_several_notice_phrases_is_removed():
    cleaned = _clean(f"{LEAD}\n{PUBLISHER_NOTICE}\n{CLOSING}")
    assert _paragraph_texts(cleaned) == [LEAD, CLOSING]
    assert _removal_reasons(cleaned) == {PUBLISHER_NOTICE: "notice about the page or publisher"}


def test_page_loading_notice_is_removed():
    notice = "Some content could not be loaded. Check your internet connection or browser settings."
    cleaned = _clean(f"{LEAD}\n{notice}\n{CLOSING}")
    assert _paragraph_texts(cleaned) == [LEAD, CLOSING]


def test_paragraph_with_a_single_notice_phrase_is_kept():
    paragraph = "A Russian newswire reported that the governor of Kursk had resigned on Friday."
    cleaned = _clean(f"{LEAD}\n{paragraph}\n{CLOSING}")
    assert _paragraph_texts(cleaned) == [LEAD, paragraph, CLOSING]


# Lines repeated across articles


REPEATED = "Follow the latest developments in the war in Ukraine on our live page every day."


def _clean_corpus(bodies: list[str]):
    articles = [
        _article(body, name=f"article-{index}", title=f"Headline number {index}")
        for index, body in enumerate(bodies)
    ]
    return articles, clean_articles(articles)


def test_line_repeated_in_more_than_two_other_articles_is_removed():
    articles, cleaned = _clean_corpus([f"{LEAD}\n{REPEATED}"] * 4)
    for article in articles:
        result = cleaned[str(article.path)]
        assert REPEATED not in _paragraph_texts(result)
        assert _removal_reasons(result)[REPEATED] == "repeated across articles"


def test_line_repeated_in_two_other_articles_is_removed():
    articles, cleaned = _clean_corpus([f"{LEAD}\n{REPEATED}"] * 3)
    for article in articles:
        assert REPEATED not in _paragraph_texts(cleaned[str(article.path)])


def test_line_found_in_only_two_articles_is_kept():
    articles, cleaned = _clean_corpus(
        [f"{LEAD}\n{REPEATED}", f"{CLOSING}\n{REPEATED}", f"{LEAD}\n{CLOSING}"]
    )
    assert REPEATED in _paragraph_texts(cleaned[str(articles[0].path)])
    assert REPEATED in _paragraph_texts(cleaned[str(articles[1].path)])


def test_clean_articles_keys_results_by_article_path():
    articles, cleaned = _clean_corpus([LEAD, CLOSING])
    assert set(cleaned) == {str(article.path) for article in articles}
    assert cleaned[str(articles[1].path)].article == articles[1]


# Real content is kept


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will not give up Kursk.”",
        "“We will hold the line,” he said.",
        "Talks resumed on Monday.",
        "Kyiv denied the report.",
        "Yes.",
    ],
)
def test_short_real_paragraph_or_quote_is_kept_as_a_paragraph(paragraph):
    cleaned = _clean(f"{LEAD}\n{paragraph}\n{CLOSING}")
    assert _paragraph_texts(cleaned) == [LEAD, paragraph, CLOSING]
    assert cleaned.paragraphs[1].kind is BlockKind.PARAGRAPH


def test_short_unpunctuated_line_inside_the_article_is_only_a_heading():
    cleaned = _clean(f"{LEAD}\nWorld News\n{CLOSING}")
    kinds = {paragraph.text: paragraph.kind for paragraph in cleaned.paragraphs}
    assert kinds == {
        LEAD: BlockKind.PARAGRAPH,
        "World News": BlockKind.HEADING,
        CLOSING: BlockKind.PARAGRAPH,
    }


def test_title_like_short_line_becomes_a_heading():
    heading = "Russia’s Territorial Gains in Eastern Ukraine"
    cleaned = _clean(f"{LEAD}\n{heading}\n{CLOSING}")
    kinds = {paragraph.text: paragraph.kind for paragraph in cleaned.paragraphs}
    assert kinds == {
        LEAD: BlockKind.PARAGRAPH,
        heading: BlockKind.HEADING,
        CLOSING: BlockKind.PARAGRAPH,
    }


def test_headings_are_not_segmented_into_sentences():
    heading = "Russia’s Territorial Gains in Eastern Ukraine"
    cleaned = _clean(f"{LEAD}\n{heading}\n{CLOSING}")
    texts = [sentence.text for sentence in article_sentences(cleaned)]
    assert not any(heading in text for text in texts)


def test_kept_paragraphs_are_numbered_in_order_with_their_file_lines():
    cleaned = _clean(f"close\n{LEAD}\n\nShare this article\n{CLOSING}")
    assert [(p.index, p.line) for p in cleaned.paragraphs] == [(0, 2), (1, 5)]


def test_every_block_is_kept_captioned_or_removed_exactly_once():
    body = "\n".join(
        [
            "close",
            TITLE,
            "November 19, 2024",
            LEAD,
            PICTURE_TITLE,
            CREDITED_CAPTION,
            "Russia’s Territorial Gains in Eastern Ukraine",
            PUBLISHER_NOTICE,
            CLOSING,
            "Source link",
        ]
    )
    article = _article(body)
    blocks = article_blocks(article)
    cleaned = clean_article(article, blocks)
    accounted = (
        _paragraph_texts(cleaned)
        + _caption_texts(cleaned)
        + [removed.block.text for removed in cleaned.removed]
    )
    assert sorted(accounted) == sorted(block.text for block in blocks)


# The sample content shipped with the project


def test_sample_content_credit_lines_are_captions_never_paragraphs():
    content = load_content(Path(__file__).resolve().parents[1] / "content", Diagnostics())
    cleaned = clean_articles(content.articles)
    captions = [caption.text for text in cleaned.values() for caption in text.captions]
    paragraphs = [paragraph.text for text in cleaned.values() for paragraph in text.paragraphs]
    assert sum("©" in caption for caption in captions) >= 4
    assert not any("©" in paragraph for paragraph in paragraphs)


# ---------------------------------------------------------------- whole web pages

ARTICLE_PARAGRAPHS = [
    "Russian forces captured three villages near the border with Kursk on Monday, the "
    "defence ministry in Moscow said in a statement that was carried by state media.",
    "Ukrainian officials said their troops had withdrawn to prepared positions west of the "
    "villages and that the fighting in the region would continue for some time.",
    "The governor of the region said that several thousand people had been evacuated from "
    "the area since the start of the month because of the shelling.",
    "Analysts said the offensive was the largest in the region since the summer and that "
    "both sides were trying to gain ground before any talks begin.",
]
MENU = ["Home", "World", "Politics", "Business", "Sport", "Weather", "Sign in", "Subscribe"]


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_menus_before_and_footer_after_the_article_are_outside_it():
    cleaned = _clean(
        _page(MENU, [TITLE], ARTICLE_PARAGRAPHS, ["About us", "Contact", "Privacy Policy"])
    )
    assert _paragraph_texts(cleaned) == ARTICLE_PARAGRAPHS


def test_comments_after_the_article_are_never_part_of_it():
    comments = [
        "42 Comments",
        "riverfan says:",
        "This is the worst news I have read all week and the government should be ashamed "
        "of how it handled the whole situation from the start.",
        "jdoe77 says:",
        "I completely agree with the previous comment and I think that everyone in the "
        "region deserves a proper explanation from the authorities.",
    ]
    cleaned = _clean(_page([TITLE], ARTICLE_PARAGRAPHS, comments))
    assert _paragraph_texts(cleaned) == ARTICLE_PARAGRAPHS
    assert _removal_reasons(cleaned)["42 Comments"] == "starts comments or other stories"


def test_a_related_stories_box_inside_the_article_does_not_cut_it():
    box = ["Related", "Kyiv says drones hit refinery", "Moscow expels diplomats"]
    cleaned = _clean(_page(ARTICLE_PARAGRAPHS[:2], box, ARTICLE_PARAGRAPHS[2:]))
    assert [p for p in _paragraph_texts(cleaned) if p in ARTICLE_PARAGRAPHS] == (ARTICLE_PARAGRAPHS)
    assert "Related" in _removal_reasons(cleaned)


def test_a_run_of_teasers_for_other_stories_is_not_the_article():
    teasers = []
    for topic in ("harbour", "railway", "school", "hospital"):
        teasers += [
            f"Council approves plan for the new {topic} after years of delay",
            "2H ago",
            f"The plan for the {topic} was approved on Tuesday after a long debate in the "
            "council chamber about costs.",
        ]
    cleaned = _clean(_page([TITLE], ARTICLE_PARAGRAPHS, ["More stories"], teasers))
    assert _paragraph_texts(cleaned) == ARTICLE_PARAGRAPHS


def test_subheadings_each_followed_by_several_paragraphs_are_kept():
    body = _page(
        [LEAD, "NISSAN SENTRA"], ARTICLE_PARAGRAPHS[:2], ["FORD MUSTANG"], ARTICLE_PARAGRAPHS[2:]
    )
    kinds = {p.text: p.kind for p in _clean(body).paragraphs}
    assert kinds["NISSAN SENTRA"] is BlockKind.HEADING
    assert kinds["FORD MUSTANG"] is BlockKind.HEADING
    assert all(kinds[text] is BlockKind.PARAGRAPH for text in ARTICLE_PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Porter",
        "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST",
        "Updated on: November 19, 2019 / 10:07 AM / CBS News",
        "32M ago",
        "Click to share on Twitter (Opens in new window)",
    ],
)
def test_bylines_time_stamps_and_prompts_inside_the_article_are_removed(line: str):
    cleaned = _clean(_page(ARTICLE_PARAGRAPHS[:2], [line], ARTICLE_PARAGRAPHS[2:]))
    assert _paragraph_texts(cleaned) == ARTICLE_PARAGRAPHS
    assert line in _removal_reasons(cleaned)


def test_a_copyright_footer_ends_the_article():
    after = [
        "© 2019 Example Media Inc. All Rights Reserved.",
        "Another story about something else entirely was published on the same page today "
        "and it has enough words to look like prose to a naive cleaner.",
    ]
    cleaned = _clean(_page(ARTICLE_PARAGRAPHS, after))
    assert _paragraph_texts(cleaned) == ARTICLE_PARAGRAPHS


def test_rows_of_a_table_inside_the_article_are_kept():
    rows = ["1 Kyle Busch 5040 5 1 17 27", "2 Martin Truex 5035 7 0 15 24"]
    cleaned = _clean(_page(ARTICLE_PARAGRAPHS[:2], rows, ARTICLE_PARAGRAPHS[2:]))
    assert _paragraph_texts(cleaned) == [*ARTICLE_PARAGRAPHS[:2], *rows, *ARTICLE_PARAGRAPHS[2:]]


def test_markdown_articles_are_not_cut_to_a_region():
    body = "\n\n".join(["Home", "World", *ARTICLE_PARAGRAPHS, "Short closing note."])
    cleaned = _clean(body, body_format=BodyFormat.MARKDOWN)
    assert "Short closing note." in _paragraph_texts(cleaned)
