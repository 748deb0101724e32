"""The articles of one story, for benchmarks/corpus.py: fresh ones, rewrites of earlier
ones, their titles and subheadings, and the page debris around the ones pasted from a web
page."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Sequence

from corpus_model import Article, Outlet, PastedPage, Story
from corpus_phrases import (
    FILLER_TEASERS,
    MENU_WORDS,
    PAGE_PROMPTS,
    QUALIFIERS,
    REWORDINGS,
    SHARE_LINES,
    SUBHEADS,
)
from corpus_sentences import ArticleWriter
from corpus_text import capitalise, fill, pick, slugify, unique, word_count
from corpus_values import dateline, duration_words, past_phrase

MIN_WORDS = 300
MAX_WORDS = 900
MIN_PARAGRAPHS = 6
MAX_PARAGRAPHS = 16
# About how many words a filled template has, to plan the paragraphs of an article.
AVERAGE_SENTENCE_WORDS = 17
PASTED_SHARE = 0.2
# Only an article with an earlier one to copy can be a rewrite; with the default of ten
# articles per story, this chance gives about one rewrite in six articles overall.
REWRITE_CHANCE = 0.19
AUTHOR_SHARE = 0.65


# ---------------------------------------------------------------------------------------
# Bodies: fresh ones, and rewrites of earlier ones.


def compose_body(writer: ArticleWriter, rng: random.Random) -> list[list[str]]:
    """6-16 paragraphs of 1-3 sentences, 300-900 words."""
    count = rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS)
    target = rng.randint(MIN_WORDS + 20, MAX_WORDS - 40)
    # Aim the paragraph sizes at the target length; fit_length makes up the difference.
    per_paragraph = target / AVERAGE_SENTENCE_WORDS / count
    paragraphs = [writer.lede()]
    while len(paragraphs) < count:
        size = min(3, max(1, round(rng.gauss(per_paragraph, 0.6))))
        paragraphs.append(writer.paragraph(size))
    fit_length(paragraphs, writer, rng, target)
    return paragraphs


def fit_length(
    paragraphs: list[list[str]], writer: ArticleWriter, rng: random.Random, target: int = MIN_WORDS
) -> None:
    """Add or drop sentences until the article has about `target` words (300-900 in any
    case) in 6-16 paragraphs of 1-3 sentences."""
    while len(paragraphs) < MIN_PARAGRAPHS:
        paragraphs.append(writer.paragraph(1))
    del paragraphs[MAX_PARAGRAPHS:]
    words = word_count(paragraphs)
    while words < max(target, MIN_WORDS):
        # New sentences go at the end, so that a person named in full further down is not
        # first named by surname alone. Only to reach the minimum do they go further up.
        if len(paragraphs[-1]) < 3:
            place = len(paragraphs) - 1
        elif len(paragraphs) < MAX_PARAGRAPHS:
            paragraphs.append([])
            place = len(paragraphs) - 1
        else:
            room = [index for index in range(1, len(paragraphs)) if len(paragraphs[index]) < 3]
            if words >= MIN_WORDS or not room:
                break
            place = room[-1]
        sentence = writer.any_sentence()
        paragraphs[place].append(sentence)
        words += len(sentence.split())
    while words > MAX_WORDS:
        # The lede stays whole: it is what the article is about.
        long = [index for index, paragraph in enumerate(paragraphs[1:], 1) if len(paragraph) > 1]
        if long:
            removed = [paragraphs[pick(rng, long)].pop()]
        elif len(paragraphs) > MIN_PARAGRAPHS:
            removed = paragraphs.pop()
        else:
            break
        words -= sum(len(sentence.split()) for sentence in removed)


def reword(sentence: str, rng: random.Random) -> str:
    """Up to two light edits, as a rewrite makes to a sentence it copies."""
    changed = sentence
    edits = 0
    # The edits are tried from a random one on, so each gets its turn to come first.
    start = int(rng.random() * len(REWORDINGS))
    for pattern, replacement in REWORDINGS[start:] + REWORDINGS[:start]:
        changed, count = pattern.subn(replacement, changed, count=1)
        edits += count
        if edits == 2:
            break
    return capitalise(changed)


def rewrite_body(original: Article, writer: ArticleWriter, rng: random.Random) -> list[list[str]]:
    """Most of an earlier article's sentences, some reworded, some paragraphs moved, with a
    little new material and sometimes a credit to the original outlet."""
    paragraphs: list[list[str]] = []
    for index, paragraph in enumerate(original.paragraphs):
        kept = [
            reword(sentence, rng) if rng.random() < 0.3 else sentence
            for sentence in paragraph
            if index == 0 or rng.random() < 0.85
        ]
        if kept:
            paragraphs.append(kept)
    for _ in range(rng.randint(1, 2)):
        if len(paragraphs) > 3:
            first, second = rng.sample(range(1, len(paragraphs)), 2)
            paragraphs[first], paragraphs[second] = paragraphs[second], paragraphs[first]
    for _ in range(rng.randint(1, 2)):
        paragraphs.insert(rng.randint(1, len(paragraphs)), writer.paragraph(rng.randint(1, 2)))
    if rng.random() < 0.4:
        when = past_phrase(original.published, writer.published, rng, writer.ap_style)
        credit = capitalise(f"{original.outlet.ref} first reported the news {when}.")
        paragraphs.insert(rng.randint(1, len(paragraphs)), [credit])
    fit_length(paragraphs, writer, rng)
    return paragraphs


def pick_original(rng: random.Random, earlier: Sequence[Article]) -> Article:
    """The article a rewrite copies: one of the latest before it, as rewrites follow fast."""
    latest = max(article.published for article in earlier)
    recent = [article for article in earlier if (latest - article.published).days <= 1]
    return pick(rng, recent)


# ---------------------------------------------------------------------------------------
# Titles and subheadings.


def headline(story: Story, published: dt.date, rng: random.Random) -> str:
    """One of the story's headlines, filled for an article published on `published`."""
    days = (published - story.start).days
    template = pick(rng, story.headlines)
    while days < 2 and "{duration}" in template:
        template = pick(rng, story.headlines)
    return fill(
        template,
        {
            "issue": pick(rng, story.issues),
            "Last": pick(rng, story.cast).last,
            "duration": duration_words(days),
        },
    )


def pick_title(story: Story, published: dt.date, rng: random.Random, used: set[str]) -> str:
    """A headline no other article of the story has."""
    for _ in range(8):
        title = headline(story, published, rng)
        if title not in used:
            used.add(title)
            return title
    qualified = [title + qualifier for qualifier in rng.sample(QUALIFIERS, len(QUALIFIERS))]
    # A story with hundreds of articles can run out of headlines: number the updates then.
    numbered = (f"{title} (update {number})" for number in itertools.count(2))
    title = next(c for c in itertools.chain(qualified, numbered) if c not in used)
    used.add(title)
    return title


def pick_subheads(rng: random.Random, paragraphs: int) -> dict[int, str]:
    """Long articles sometimes carry one or two subheadings in their second half."""
    if paragraphs < 9 or rng.random() >= 0.15:
        return {}
    places = rng.sample(range(paragraphs // 2, paragraphs), rng.randint(1, 2))
    names = rng.sample(SUBHEADS, len(places))
    return dict(zip(sorted(places), names, strict=True))


# ---------------------------------------------------------------------------------------
# An article of the story, from its publication date and outlet to its body.


def publication_dates(rng: random.Random, story: Story, count: int) -> list[dt.date]:
    """The first article on the day or the day after; the rest spread over the story's
    span, more of them early, when the news is new."""
    first = story.start + dt.timedelta(days=pick(rng, (0, 0, 1)))
    later = [
        story.start + dt.timedelta(days=int(story.span * rng.random() ** 1.7))
        for _ in range(count - 1)
    ]
    return [first, *sorted(max(day, first) for day in later)]


def write_articles(rng: random.Random, story: Story, count: int, outlets: Sequence[Outlet]) -> None:
    titles: set[str] = set()
    slugs: set[str] = set()
    rotation = rng.sample(outlets, len(outlets))
    for index, published in enumerate(publication_dates(rng, story, count)):
        outlet = rotation[index % len(rotation)]
        original = None
        if story.articles and rng.random() < REWRITE_CHANCE:
            original = pick_original(rng, story.articles)
            if original.outlet is outlet:
                outlet = rotation[(index + 1) % len(rotation)]
        writer = ArticleWriter(rng, story, published, outlet, outlets)
        if original is None:
            paragraphs = compose_body(writer, rng)
        else:
            paragraphs = rewrite_body(original, writer, rng)
        title = pick_title(story, published, rng, titles)
        author = pick(rng, outlet.staff) if rng.random() < AUTHOR_SHARE else None
        story.articles.append(
            Article(
                story=story.slug,
                slug=unique(slugify(title), slugs),
                title=title,
                outlet=outlet,
                author=author,
                published=published,
                time=(rng.randint(6, 22), rng.randrange(60)),
                paragraphs=paragraphs,
                subheads=pick_subheads(rng, len(paragraphs)),
                pasted=rng.random() < PASTED_SHARE,
                rewrite_of=original.slug if original else None,
            )
        )


# ---------------------------------------------------------------------------------------
# Pasted pages: the debris a person copies with the article.


def pasted_page(rng: random.Random, article: Article, teasers: Sequence[str]) -> PastedPage:
    """What a person copies with the article: menus and prompts above it, teasers for
    other stories and the footer below it, and an advert or two in between."""
    before = ["Skip to content"] if rng.random() < 0.3 else []
    if rng.random() < 0.85:
        before.append(" | ".join(["Home", *rng.sample(MENU_WORDS, rng.randint(3, 6))]))
    if rng.random() < 0.3:
        before.append(pick(rng, PAGE_PROMPTS))
    if rng.random() < 0.4:
        before.append(pick(rng, MENU_WORDS))
    credits = [dateline(article.published, article.time, rng)]
    if article.author:
        credits.insert(pick(rng, (0, 1)), f"By {article.author}")
    header = [article.title, *credits]
    if rng.random() < 0.6:
        header.append(f"{rng.randint(2, 8)} min read")
    if rng.random() < 0.5:
        header.append(pick(rng, SHARE_LINES))
    after = ["Share this article"] if rng.random() < 0.5 else []
    after += ["Related stories", *teasers]
    if rng.random() < 0.4:
        after.append("Advertisement")
    after.append(f"© {article.published.year} {article.outlet.name}. All rights reserved.")
    adverts = rng.sample(range(1, len(article.paragraphs) - 1), rng.randint(0, 2))
    return PastedPage(before, header, after, frozenset(adverts), rng.random() < 0.25)


def add_pasted_pages(rng: random.Random, stories: Sequence[Story]) -> None:
    """Teasers on a pasted page are the headlines of other stories, as on real sites."""
    leads = [(story.slug, story.articles[0].title) for story in stories]
    for story in stories:
        others = [title for slug, title in leads if slug != story.slug] or list(FILLER_TEASERS)
        for article in story.articles:
            if article.pasted:
                teasers = rng.sample(others, min(len(others), rng.randint(2, 3)))
                article.page = pasted_page(rng, article, teasers)
