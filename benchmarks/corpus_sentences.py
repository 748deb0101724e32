"""The sentences of one article, for benchmarks/corpus.py.

ArticleWriter fills the templates of corpus_phrases from the story: in its outlet's style,
with dates relative to the article's publication date, with the outlet's own version of
the story's figures and dates, and with a budget for each kind of fact, so an article
states a figure once or twice rather than in every paragraph.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import random
from collections.abc import Callable, Sequence

from corpus_frames import Fig
from corpus_model import Outlet, Story
from corpus_phrases import (
    BUSINESSES,
    COMPANY_WORDS,
    CROWDS,
    DECORATED,
    EVENTS,
    FACT_SLOTS,
    FIRST_NAMES,
    FRAGMENTS,
    LANDMARKS,
    LEDE_FOLLOW_UPS,
    LEDES,
    LOCALS,
    OPENERS,
    PARAGRAPH_KINDS,
    RATIOS,
    SCENES_AND_CONTEXT,
    SIGNS,
    STREET_KINDS,
    STREETS,
    TAILS,
    THEMES,
    VOX,
)
from corpus_text import SLOT, capitalise, fill, pick, vary
from corpus_values import (
    MONTHS,
    PLAIN_HEDGES,
    WEEKDAYS,
    absolute_date,
    duration_words,
    future_phrase,
    hedged,
    past_phrase,
    round_figure,
    since_phrase,
)

# How often a plain statement gets an opening ("Meanwhile, ...") or an ending.
OPENER_SHARE = 0.15
TAIL_SHARE = 0.15
# How often an outlet states a key figure or an event's date differently from the rest.
FIGURE_DISAGREEMENT = 0.15
DATE_DISAGREEMENT = 0.08


def short_reference(organisation: str) -> str:
    """How an article refers to an organisation it has named: "the union", "the company"."""
    last = organisation.rsplit(" ", 1)[-1]
    if last in COMPANY_WORDS:
        return "the company"
    return "the club" if last == "Rovers" else f"the {last.lower()}"


@functools.cache
def budget_kinds(template: str) -> frozenset[str]:
    """The facts a template states: figures, events, coming events, quotes."""
    return frozenset(FACT_SLOTS[slot] for slot in SLOT.findall(template) if slot in FACT_SLOTS)


_AFFORDABLE: dict[tuple[int, frozenset[str]], tuple[str, ...]] = {}


def affordable_templates(templates: tuple[str, ...], exhausted: frozenset[str]) -> tuple[str, ...]:
    """The templates that state none of the facts an article has no budget left for: a
    reporter states a figure once or twice, not in every paragraph. Kept per list of
    templates (they are module constants) and set of exhausted budgets, as it is asked for
    every sentence."""
    key = (id(templates), exhausted)
    found = _AFFORDABLE.get(key)
    if found is None:
        found = tuple(t for t in templates if not budget_kinds(t) & exhausted)
        _AFFORDABLE[key] = found
    return found


_KINDS = tuple(templates for templates, _ in PARAGRAPH_KINDS)
# Cumulative weights of the kinds, for bisect; articles that know few events tell fewer.
_KIND_WEIGHTS = list(itertools.accumulate(weight for _, weight in PARAGRAPH_KINDS))
_KIND_WEIGHTS_FEW_EVENTS = list(
    itertools.accumulate(
        weight // 3 if templates is EVENTS else weight for templates, weight in PARAGRAPH_KINDS
    )
)
_DECORATED_IDS = frozenset(id(templates) for templates in DECORATED)
# Another outlet's figure for the same thing, and an earlier, smaller one.
_DISPUTED_SCALES = (0.75, 0.8, 1.2, 1.3)
_STATED_SCALES = (0.9, 0.95, 1.05, 1.1, 1.2)


class _Slots(dict[str, str]):
    """A mapping for str.format_map. It holds the story's fixed words; every other slot is
    filled afresh each time, so a template that names {sp} twice gets two speakers, and
    {fig} twice two figures."""

    def __init__(self, writer: ArticleWriter) -> None:
        # The story's words fill the same slot the same way in every sentence, except the
        # organisations, which are named in full or shortened as the article goes on.
        words = writer.story.words
        super().__init__({key: value for key, value in words.items() if key not in SLOT_FILLERS})
        self._writer = writer

    def __missing__(self, key: str) -> str:
        return SLOT_FILLERS[key](self._writer)


class ArticleWriter:
    """Writes the sentences of one article: in its outlet's style, with dates relative to
    its publication date, and with its outlet's own version of the story's facts."""

    def __init__(
        self,
        rng: random.Random,
        story: Story,
        published: dt.date,
        outlet: Outlet,
        outlets: Sequence[Outlet],
    ) -> None:
        self.rng = rng
        self.story = story
        self.published = published
        self.outlet = outlet
        self.ap_style = outlet.ap_style
        self.outlets = outlets
        self.mentioned: set[int] = set()
        self.named_orgs: set[str] = set()
        self.used: set[str] = set()
        self.current_fact: int | None = None
        self.last_event = -1
        self.quoted: set[str] = set()
        self.last_age = 40
        self.facts = [
            self._stated_value(fig, value)
            for fig, value in zip(story.figs, story.facts, strict=True)
        ]
        self.event_days = [self._stated_day(event.day) for event in story.events]
        # An outlet may misdate the first event, but not into the future.
        self.event_days[0] = min(self.event_days[0], published)
        # The first event and, of the later ones that had happened by then, a few.
        later = [
            index for index, day in enumerate(self.event_days) if index > 0 and day <= published
        ]
        self.known = [0, *sorted(rng.sample(later, min(len(later), rng.randint(1, 3))))]
        # Follow-up articles lead with the latest development, not the story's first event.
        self.lead = max(later, key=lambda index: self.event_days[index], default=0)
        if rng.random() < 0.3 or self.lead not in self.known:
            self.lead = 0
        self.milestone_days = [self._stated_day(event.day) for event in story.milestones]
        # Each article has its angle: the figures, people, issues and quotes it dwells on.
        # Outlets covering one story overlap in these, but no two tell it the same way.
        self.fact_choices = self._angle(len(story.figs), rng.randint(2, 3))
        self.speakers = self._angle(len(story.cast), rng.randint(1, 3))
        self.milestone_choices = self._angle(len(story.milestones), rng.randint(1, 2))
        self.issues = rng.sample(story.issues, rng.randint(1, 2))
        self.effects = rng.sample(story.effects, 2)
        self.quotes = rng.sample(story.quotes, rng.randint(3, 5))
        # How many more times the article may state a figure, a later event, a coming event,
        # its lead event or a quote from the story's cast.
        self.budget = {
            "fig": 2 * len(self.fact_choices),
            "event": 2 * (len(self.known) - 1),
            "future": 2 * len(self.milestone_choices),
            "key": 2,
            "quote": len(self.quotes),
        }
        self.exhausted = frozenset(kind for kind, left in self.budget.items() if left <= 0)
        # Early articles know only the first event; telling it again and again reads badly.
        self._kind_weights = _KIND_WEIGHTS if len(self.known) > 2 else _KIND_WEIGHTS_FEW_EVENTS
        self._slots = _Slots(self)

    def _angle(self, count: int, size: int) -> list[int]:
        """`size` of `count` indices; the first (the main figure, person or milestone)
        more often than the others."""
        chosen = self.rng.sample(range(count), min(size, count))
        if 0 not in chosen and self.rng.random() < 0.5:
            chosen[0] = 0
        return chosen

    def _stated_value(self, fig: Fig, value: float) -> float:
        """Outlets mostly agree on a figure; some state a slightly different one."""
        if self.rng.random() >= FIGURE_DISAGREEMENT:
            return value
        return round_figure(value * pick(self.rng, _STATED_SCALES), fig.kind)

    def _stated_day(self, day: dt.date) -> dt.date:
        if self.rng.random() >= DATE_DISAGREEMENT:
            return day
        return day + dt.timedelta(days=pick(self.rng, (-1, 1)))

    # Sentences and paragraphs.

    def sentence(self, templates: Sequence[str]) -> str:
        """A sentence from one of `templates`, preferring one this article has not used."""
        affordable = affordable_templates(templates, self.exhausted)
        if not affordable:
            # The article has told its facts: it goes on with scenes and context.
            affordable = affordable_templates(SCENES_AND_CONTEXT, self.exhausted)
        used = self.used
        fresh = [template for template in affordable if template not in used] or affordable
        template = fresh[int(self.rng.random() * len(fresh))]
        self.used.add(template)
        self._spend(template)
        text = vary(template, self.rng)
        # Every slot gives a proper name or a lower-case clause, so a sentence that starts
        # with one can take an opening phrase; a statement of fact that ends on one can take
        # an ending.
        if id(templates) in _DECORATED_IDS:
            if text.startswith("{") and self.rng.random() < OPENER_SHARE:
                text = f"{pick(self.rng, OPENERS)}, {text}"
            if text.endswith("}.") and self.rng.random() < TAIL_SHARE:
                text = f"{text[:-1]}{vary(pick(self.rng, TAILS), self.rng)}."
        return capitalise(text.format_map(self._slots))

    def _spend(self, template: str) -> None:
        for kind in budget_kinds(template):
            self.budget[kind] -= 1
            if self.budget[kind] <= 0:
                self.exhausted = self.exhausted | {kind}

    def any_sentence(self) -> str:
        return self.sentence(self._kind())

    def lede(self) -> list[str]:
        """The opening paragraph: the article's lead event, often with a figure or source."""
        sentences = [self.sentence(LEDES)]
        if self.rng.random() < 0.5:
            sentences.append(self.sentence(LEDE_FOLLOW_UPS))
        return sentences

    def paragraph(self, size: int) -> list[str]:
        """`size` sentences, the first setting what the paragraph is about."""
        return [self.sentence(self._kind()) for _ in range(size)]

    def _kind(self) -> tuple[str, ...]:
        weights = self._kind_weights
        return _KINDS[bisect.bisect(weights, self.rng.random() * weights[-1])]

    # Slots.

    def _speaker(self, closing: str) -> str:
        index = pick(self.rng, self.speakers)
        person = self.story.cast[index]
        if index in self.mentioned:
            return person.short
        self.mentioned.add(index)
        return f"{person.full}, {person.role}{closing}"

    def _organisation(self, key: str) -> str:
        """An organisation in full the first time, then often as "the union", "the company",
        as writers do (unless both organisations would get the same short name)."""
        name = self.story.words[key]
        short = short_reference(name)
        other = self.story.words["org1" if key == "org0" else "org0"]
        if key in self.named_orgs and self.rng.random() < 0.5 and short != short_reference(other):
            return short
        self.named_orgs.add(key)
        return name

    def _event_clause(self, index: int) -> str:
        when = past_phrase(self.event_days[index], self.published, self.rng, self.ap_style)
        return f"{vary(self.story.events[index].phrase, self.rng)} {when}"

    def _known_event(self) -> int:
        """An event that had happened by the publication date: a later one when there is
        one (the first is the lede's), and not the one just named."""
        choices = [index for index in self.known if index not in (0, self.last_event)]
        choices = choices or self.known
        self.last_event = pick(self.rng, choices)
        return self.last_event

    def _past_event(self) -> str:
        return self._event_clause(self._known_event())

    def _until_event(self) -> str:
        index = self._known_event()
        day = self._absolute(self.event_days[index])
        return f"{day} that {vary(self.story.events[index].phrase, self.rng)}"

    def _milestone(self) -> int:
        return pick(self.rng, self.milestone_choices)

    def _future_when(self, index: int) -> str:
        return future_phrase(self.milestone_days[index], self.published, self.rng, self.ap_style)

    def _future_clause(self) -> str:
        index = self._milestone()
        phrase = vary(self.story.milestones[index].phrase, self.rng)
        return f"{phrase} {self._future_when(index)}"

    def _month_future(self) -> str:
        day = self.milestone_days[self._milestone()]
        month = MONTHS[day.month - 1]
        return month if day.year == self.published.year else f"{month} {day.year}"

    def _absolute(self, day: dt.date) -> str:
        return absolute_date(day, self.published, self.ap_style)

    def _said_day(self) -> dt.date:
        day = self.published - dt.timedelta(days=pick(self.rng, (0, 0, 1, 1, 2)))
        return max(day, self.event_days[self.lead])

    def _when_said(self) -> str:
        """When a source spoke: the day of publication or a day or two before, but not
        before the event the article leads with."""
        weekday = WEEKDAYS[self._said_day().weekday()]
        return pick(self.rng, (f"on {weekday}", f"on {weekday}", f"late on {weekday}"))

    def _new_fact(self) -> int:
        self.current_fact = pick(self.rng, self.fact_choices)
        return self.current_fact

    def _same_fact(self) -> int:
        """The figure the article last stated, so a rival figure is about the same thing."""
        return self._new_fact() if self.current_fact is None else self.current_fact

    def _figure(
        self, form: str, scale: float, index: int, hedges: Sequence[str] | None = None
    ) -> str:
        fig = self.story.figs[index]
        value = self.facts[index]
        if scale != 1.0:
            value = round_figure(value * scale, fig.kind)
            if hedges is None and scale < 1 and value >= 20:
                hedges = PLAIN_HEDGES
        template = fig.clause if form == "clause" else fig.noun
        number = hedged(fig.kind, value, self.rng, hedges)
        return vary(template, self.rng).replace("{n}", number)

    def _quote(self) -> str:
        """A quote this article has not used yet, while there is one."""
        fresh = [quote for quote in self.quotes if quote not in self.quoted]
        quote = pick(self.rng, fresh or self.quotes)
        self.quoted.add(quote)
        return quote

    def _vox(self) -> str:
        """A passer-by's words: not one the article has already used."""
        fresh = [quote for quote in VOX if quote not in self.quoted]
        quote = pick(self.rng, fresh or VOX)
        self.quoted.add(quote)
        return vary(fill(quote, self.story.words), self.rng)

    def _age(self) -> str:
        """A passer-by's age, remembered so that the years they have lived in a place fit."""
        self.last_age = self.rng.randint(19, 86)
        return str(self.last_age)

    def _effect(self) -> str:
        return vary(pick(self.rng, self.effects), self.rng)


# How each slot that is not one of the story's fixed words is filled, for a writer `w`.
SLOT_FILLERS: dict[str, Callable[[ArticleWriter], str]] = {
    "key_event": lambda w: w._event_clause(0),
    "lead_event": lambda w: w._event_clause(w.lead),
    "past_event": ArticleWriter._past_event,
    "past_event2": ArticleWriter._past_event,
    "until_event": ArticleWriter._until_event,
    "since": lambda w: since_phrase(w.event_days[0], w.published, w.ap_style),
    "duration": lambda w: duration_words((w.published - w.event_days[0]).days),
    "future_clause": ArticleWriter._future_clause,
    "when_future": lambda w: w._future_when(w._milestone()),
    "deadline": lambda w: w._absolute(w.milestone_days[w._milestone()]),
    "month_future": ArticleWriter._month_future,
    "when_said": ArticleWriter._when_said,
    "on_day": lambda w: f"on {WEEKDAYS[w._said_day().weekday()]}",
    "asof": lambda w: w._absolute(w.published - dt.timedelta(days=w.rng.randint(0, 2))),
    "sp": lambda w: w._speaker(","),
    "sp_end": lambda w: w._speaker(""),
    "fig": lambda w: w._figure("clause", 1.0, w._new_fact()),
    "fig_noun": lambda w: w._figure("noun", 1.0, w._new_fact()),
    "fig_alt": lambda w: w._figure("clause", pick(w.rng, _DISPUTED_SCALES), w._same_fact()),
    "fig_alt_noun": lambda w: w._figure(
        "noun", pick(w.rng, _DISPUTED_SCALES), w._same_fact(), ("",)
    ),
    "fig_then": lambda w: w._figure("noun", w.rng.uniform(0.35, 0.7), w._same_fact()),
    "quote": ArticleWriter._quote,
    "quote2": ArticleWriter._quote,
    "question": lambda w: pick(w.rng, w.story.questions),
    "fragment": lambda w: pick(w.rng, FRAGMENTS),
    "issue": lambda w: vary(pick(w.rng, w.issues), w.rng),
    "effect": ArticleWriter._effect,
    "effect2": ArticleWriter._effect,
    "outlet": lambda w: pick(w.rng, w.outlets).ref,
    "prev_year": lambda w: str(w.published.year - w.rng.randint(2, 12)),
    "old_year": lambda w: str(w.rng.randint(1948, 2012)),
    "weeks": lambda w: pick(w.rng, ("two", "three", "four", "five", "six", "eight")),
    "pct": lambda w: hedged("pct", round_figure(w.rng.uniform(5, 70), "pct"), w.rng),
    "ratio": lambda w: pick(w.rng, RATIOS),
    "outlet_self": lambda w: w.outlet.ref,
    "org0": lambda w: w._organisation("org0"),
    "org1": lambda w: w._organisation("org1"),
    "vox": ArticleWriter._vox,
    "theme": lambda w: pick(w.rng, THEMES),
    "years_few": lambda w: pick(w.rng, ("three", "five", "ten")),
    "vox2": ArticleWriter._vox,
    "local": lambda w: pick(w.rng, LOCALS),
    "local_cap": lambda w: capitalise(pick(w.rng, LOCALS)),
    "first": lambda w: pick(w.rng, FIRST_NAMES),
    "age": ArticleWriter._age,
    "years": lambda w: str(w.rng.randint(2, w.last_age - 16)),
    "landmark": lambda w: pick(w.rng, LANDMARKS),
    "street": lambda w: f"{pick(w.rng, STREETS)} {pick(w.rng, STREET_KINDS)}",
    "business": lambda w: pick(w.rng, BUSINESSES),
    "crowd": lambda w: pick(w.rng, CROWDS),
    "sign": lambda w: fill(pick(w.rng, SIGNS), w.story.words),
}
