"""The stories of a corpus, for benchmarks/corpus.py: their topics and sizes, names,
casts, timelines and headlines, written with their articles in parallel when the corpus
is big. `generate` makes the whole corpus, the same for every output format."""

from __future__ import annotations

import datetime as dt
import functools
import multiprocessing
import os
import random
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from corpus_articles import add_pasted_pages, write_articles
from corpus_frames import (
    FRAMES,
    GENERIC_EFFECTS,
    GENERIC_EVENTS,
    GENERIC_FIGS,
    GENERIC_HEADLINES,
    GENERIC_ISSUES,
    GENERIC_QUOTES,
    GENERIC_ROLES,
    QUESTIONS,
    Fig,
    Frame,
)
from corpus_model import Happening, Outlet, Person, Story
from corpus_phrases import (
    COMPANIES,
    ECONOMIES,
    FIRST_NAMES,
    INSTITUTES,
    LAST_NAMES,
    OUTLET_NAMES,
    PLACES,
    REGIONS,
    STORM_NAMES,
    UNIVERSITIES,
)
from corpus_text import NOT_SLUG, capitalise, fill, pick, slugify, unique
from corpus_values import MONTHS, drop_point_zero, log_uniform, round_figure

# From this many articles on, stories are written in parallel: starting the processes takes
# longer than writing a small corpus.
PARALLEL_MIN_ARTICLES = 2000
FIRST_YEAR, LAST_YEAR = 2019, 2025


# ---------------------------------------------------------------------------------------
# One story.


def story_words(rng: random.Random, frame: Frame) -> dict[str, str]:
    """The story's own names, and its frame's words filled with them."""
    place, place2 = rng.sample(PLACES, 2)
    company, company2 = rng.sample(COMPANIES, 2)
    words = {
        "place": place,
        "place2": place2,
        "region": pick(rng, REGIONS),
        "co": company,
        "co2": company2,
        "storm": pick(rng, STORM_NAMES),
        "institute": pick(rng, INSTITUTES),
        "university": pick(rng, UNIVERSITIES),
        "group": frame.group,
        "name": frame.name,
        "plural": frame.plural,
        "event": frame.event,
    }
    words["org0"], words["org1"] = (fill(org, words) for org in frame.orgs)
    words["event_full"] = fill(frame.full, words)
    # "the talks have", "the clashes are": a few topics name their event in the plural.
    plural = frame.event.endswith("s")
    words["event_has"], words["event_is"] = ("have", "are") if plural else ("has", "is")
    words.update(background_words(rng))
    return words


def background_words(rng: random.Random) -> dict[str, str]:
    """Background facts of a story's places and organisations, which outlets agree on."""

    def rounded(low: float, high: float) -> str:
        return f"{round(round_figure(log_uniform(rng, low, high), 'count')):,}"

    return {
        "pop": rounded(4000, 900000),
        "staff": rounded(40, 20000),
        "staff2": rounded(200, 60000),
        "distance": drop_point_zero(f"{round_figure(rng.uniform(3, 80), 'num'):.1f}"),
        "economy": pick(rng, ECONOMIES),
        "founded": str(rng.randint(1890, 2012)),
        "audit_year": str(rng.randint(2008, FIRST_YEAR)),
        "income": pick(rng, ("above", "below", "well below", "just above")),
        "survey": f"{rng.randint(12, 75)} percent",
    }


def make_cast(rng: random.Random, frame: Frame, words: dict[str, str]) -> tuple[Person, ...]:
    """Two to four people, mostly in the topic's own roles."""
    roles = rng.sample(frame.roles, rng.randint(2, min(4, len(frame.roles))))
    if rng.random() < 0.3:
        roles[-1] = pick(rng, GENERIC_ROLES)
    people: list[Person] = []
    lasts: set[str] = set()
    for role in roles:
        honorific, _, title = role.rpartition("|")
        last = pick(rng, [name for name in LAST_NAMES if name not in lasts])
        lasts.add(last)
        people.append(Person(pick(rng, FIRST_NAMES), last, honorific, fill(title, words)))
    return tuple(people)


def story_timeline(
    rng: random.Random, frame: Frame, words: dict[str, str], start: dt.date, span: int
) -> tuple[tuple[Happening, ...], tuple[Happening, ...]]:
    """The story's events (the first on its start date) and its coming milestones, which
    fall after its last article so every article speaks of them in the future."""
    later = rng.sample(frame.past[1:], rng.randint(2, min(4, len(frame.past) - 1)))
    later += rng.sample(GENERIC_EVENTS, rng.randint(2, 3))
    days = sorted(start + dt.timedelta(days=rng.randint(1, span)) for _ in later)
    events = (
        Happening(start, fill(frame.past[0], words)),
        *(Happening(day, fill(phrase, words)) for day, phrase in zip(days, later, strict=True)),
    )
    coming = rng.sample(frame.future, rng.randint(2, min(3, len(frame.future))))
    end = start + dt.timedelta(days=span)
    milestone_days = sorted(end + dt.timedelta(days=rng.randint(3, 60)) for _ in coming)
    milestones = tuple(
        Happening(day, fill(phrase, words))
        for day, phrase in zip(milestone_days, coming, strict=True)
    )
    return events, milestones


def story_headlines(frame: Frame, words: dict[str, str], title: str) -> tuple[str, ...]:
    """The headlines the story's articles may carry, half of them the topic's own. {issue},
    {Last} and {duration} are left to fill for each article."""
    names = {
        "Place": words["place"],
        "Place2": words["place2"],
        "region": words["region"],
        "Org0": words["org0"].removeprefix("the "),
        "Org1": words["org1"].removeprefix("the "),
        "Storm": words["storm"],
        "Title": title,
        # What the story means for the wider area, or for its town when it is the area's.
        "Where": words["place"] if words["region"] in title else words["region"],
    }
    # Listing the topic's headlines as often as the generic ones makes them as likely.
    own = frame.headlines * max(1, round(len(GENERIC_HEADLINES) / len(frame.headlines)))
    return tuple(capitalise(fill(headline, names)) for headline in own + GENERIC_HEADLINES)


def random_start(rng: random.Random) -> dt.date:
    first = dt.date(FIRST_YEAR, 1, 1)
    last = dt.date(LAST_YEAR, 10, 31)
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def make_story(rng: random.Random, frame: Frame, size: int) -> Story:
    """A story of `frame` with room for `size` articles; its title and slug are made unique
    across the corpus later, by make_names_unique."""
    words = story_words(rng, frame)
    cast = make_cast(rng, frame, words)
    start = random_start(rng)
    # Bigger stories run longer: days for a small one, weeks for a big one.
    span = rng.randint(3, 14) + min(size, 40)
    events, milestones = story_timeline(rng, frame, words, start, span)
    title = capitalise(fill(frame.title, words))
    issues = tuple(
        fill(issue, words) for issue in frame.issues + tuple(rng.sample(GENERIC_ISSUES, 2))
    )
    figs = frame.figs + tuple(rng.sample(GENERIC_FIGS, 3))
    effects = frame.effects + tuple(rng.sample(GENERIC_EFFECTS, 2))
    quotes = tuple(
        fill(quote, {**words, "issue": pick(rng, issues)})
        for quote in frame.quotes + GENERIC_QUOTES
    )
    return Story(
        slug=slugify(title),
        title=title,
        tags=tuple(rng.sample(frame.tags, rng.randint(1, min(3, len(frame.tags))))),
        words=words,
        cast=cast,
        start=start,
        span=span,
        events=events,
        milestones=milestones,
        figs=tuple(Fig(f.kind, f.low, f.high, f.noun, fill(f.clause, words)) for f in figs),
        facts=tuple(round_figure(log_uniform(rng, f.low, f.high), f.kind) for f in figs),
        issues=issues,
        effects=tuple(fill(effect, words) for effect in effects),
        quotes=quotes,
        questions=tuple(fill(question, words) for question in QUESTIONS),
        headlines=story_headlines(frame, words, title),
    )


# ---------------------------------------------------------------------------------------
# The corpus: planned in one process, its stories written in any.


def make_outlets(rng: random.Random) -> tuple[Outlet, ...]:
    outlets = []
    for name in OUTLET_NAMES:
        plain = name.removeprefix("The ")
        staff = tuple(
            f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}" for _ in range(rng.randint(3, 6))
        )
        domain = NOT_SLUG.sub("", plain.lower()) + ".example.com"
        outlets.append(Outlet(name, domain, rng.random() < 0.4, rng.randrange(3), staff))
    return tuple(outlets)


def story_sizes(rng: random.Random, articles: int, stories: int) -> list[int]:
    """Articles per story: at least one each, a few big stories and many small ones."""
    weights = [rng.lognormvariate(0, 0.8) for _ in range(stories)]
    sizes = [1] * stories
    for index in rng.choices(range(stories), weights=weights, k=articles - stories):
        sizes[index] += 1
    return sizes


def frame_order(rng: random.Random, stories: int) -> list[Frame]:
    """Every topic once before any topic twice, so small corpora still vary."""
    order: list[Frame] = []
    while len(order) < stories:
        order += rng.sample(FRAMES, len(FRAMES))
    return order[:stories]


@dataclass(frozen=True)
class StoryPlan:
    """What the corpus asks of one story: its topic (an index into FRAMES), its number of
    articles, and its own random seed, so that it can be written in any process."""

    frame: int
    size: int
    seed: int


def plan_stories(rng: random.Random, articles: int, stories: int) -> list[StoryPlan]:
    frames = frame_order(rng, stories)
    sizes = story_sizes(rng, articles, stories)
    return [
        StoryPlan(FRAMES.index(frame), size, rng.getrandbits(64))
        for frame, size in zip(frames, sizes, strict=True)
    ]


def story_with_articles(plan: StoryPlan, outlets: Sequence[Outlet]) -> Story:
    rng = random.Random(plan.seed)
    story = make_story(rng, FRAMES[plan.frame], plan.size)
    write_articles(rng, story, plan.size, outlets)
    return story


def write_stories(plans: Sequence[StoryPlan], outlets: Sequence[Outlet]) -> list[Story]:
    """Every planned story with its articles. Stories depend only on their plan, so a big
    corpus is written by one process per processor; the result is the same either way."""
    write = functools.partial(story_with_articles, outlets=outlets)
    workers = os.cpu_count() or 1
    big = sum(plan.size for plan in plans) >= PARALLEL_MIN_ARTICLES
    # Workers are forked, so they share these modules however they were loaded.
    if not big or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [write(plan) for plan in plans]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return list(pool.map(write, plans, chunksize=max(1, len(plans) // (workers * 8))))


def make_names_unique(corpus: Sequence[Story]) -> None:
    """Give every story a title and folder name of its own, and every article a file name of
    its own across the corpus (loose articles share one folder)."""
    titles: set[str] = set()
    story_slugs: set[str] = set()
    article_slugs: set[str] = set()
    for story in corpus:
        if story.title in titles:
            story.title = f"{story.title} ({MONTHS[story.start.month - 1]} {story.start.year})"
        titles.add(story.title)
        story.slug = unique(slugify(story.title), story_slugs)
        renamed: dict[str, str] = {}
        for article in story.articles:
            article.story = story.slug
            before = article.slug
            article.slug = unique(before, article_slugs)
            renamed[before] = article.slug
        for article in story.articles:
            if article.rewrite_of is not None:
                article.rewrite_of = renamed[article.rewrite_of]


def generate(articles: int, stories: int, seed: int) -> list[Story]:
    """The whole corpus, the same for every output format."""
    rng = random.Random(seed)
    outlets = make_outlets(rng)
    corpus = write_stories(plan_stories(rng, articles, stories), outlets)
    make_names_unique(corpus)
    add_pasted_pages(rng, corpus)
    return corpus
