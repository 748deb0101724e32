"""What a quantity measures: the thing, its qualifiers, the action, who, where and when.

Two sources state the same measure only when all of these agree. "10,000 North Korean
troops deployed" and "some 12,000 North Korean troops in Kursk" do; "78,329 troops
killed" and "700,000 casualties" do not (killed is not casualties), nor do "1,500 a day"
and "700,000 since 2022" (a rate is not a total), nor "2,700 square kilometres this
year" and "1,200 since August" (different periods). Whatever is not stated (the place,
the actor) does not block a match; whatever is stated differently does.

The words come from a small lexicon of how news reports numbers (deploy, kill, seize,
cost ...), not from any one story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.figures.places import actor, places
from generator.figures.quantities import BRACKETED, Quantity
from generator.partial_date import parse_iso
from generator.text.tokens import STOP_WORDS, content_terms, normalise
from generator.time.tagger import find_timexes
from generator.time.timex import Anchor, Timex

# Verbs (by their stems) that say what happened to what a number counts.
_ACTIONS: dict[str, tuple[str, ...]] = {
    "deployed": (
        "deploy", "send", "sent", "dispatch", "station", "amass", "mass", "commit",
        "redeploy", "transfer", "rush", "mobilis",
    ),
    "killed": ("kill", "die", "died", "dead", "death", "fatalit", "perish", "slain"),
    "wounded": ("wound", "injur", "hurt"),
    "lost": ("casualt", "loss", "lose", "losing", "lost", "suffer"),
    "captured": (
        "captur", "seiz", "take", "took", "taken", "gain", "occup", "conquer", "advanc",
        "grab", "overran", "overrun",
    ),
    "regained": ("regain", "reclaim", "retake", "retook", "recaptur", "liberat"),
    "held": ("hold", "held", "control"),
    "diverted": ("pull", "withdr", "divert", "redirect", "remov"),
    "drafted": ("draft", "conscript", "recruit", "enlist", "call up", "called up", "calling up"),
    "evacuated": ("evacuat", "flee", "fled", "displac"),
    "infected": ("infect", "case"),
    "arrested": ("arrest", "detain", "jail", "imprison"),
    "leaked": ("leak", "spill", "gush", "flow", "escap", "releas", "spew"),
    "collected": ("collect", "siphon", "funnel", "recover", "skim", "contain"),
    "provided": ("provid", "give", "gave", "pledg", "donat", "grant", "allocat"),
    "approved": ("approv", "authoris", "authoriz", "sanction", "back", "vote"),
    "spent": ("spen", "cost", "invest"),
    "paid": ("pay", "paid", "compensat", "settl"),
    "fined": ("fine", "penalt"),
    "raised": ("rais", "borrow", "lend", "loan"),
    "rose": ("rise", "rose", "risen", "increas", "grew", "grow", "jump", "climb", "surg"),
    "fell": ("fall", "fell", "fallen", "drop", "declin", "decreas", "plung", "slump"),
}  # fmt: skip
# One pattern for all the stems, tried in the lexicon's order: the first action with a
# stem that starts the word wins.
_ACTION_NAMES = list(_ACTIONS)
_ACTION_START = re.compile(
    "|".join(
        f"(?P<a{number}>" + "|".join(re.escape(stem) for stem in _ACTIONS[name]) + ")"
        for number, name in enumerate(_ACTION_NAMES)
    )
)
# Verbs that report a number rather than say what it counts: "an analysis confirmed at
# least 78,329 troops have been killed" is about the killed.
_REPORTING = (
    "said", "say", "confirm", "report", "estimat", "show", "reveal", "indicat", "suggest",
    "according", "claim", "announc", "stat", "told", "tell", "note", "put", "believ",
)  # fmt: skip
# Words before a counted thing that do not make it another thing: "recorded cases" are
# cases. "Confirmed" and "suspected" do, and stay.
_NEUTRAL_QUALIFIERS = frozenset(
    "recorded reported registered documented known official total overall other".split()
)
# Words that make a number an increase on a tally, not the tally: "535 new cases",
# "a further 32 people", "two more deaths". All are read as one qualifier.
_INCREMENT_QUALIFIERS = frozenset("new more additional further another extra".split())
# A number the clause only supposes: "could flow", "may rise to", "in the worst case".
# "May have been gushing" is an estimate, not a supposition, so "may" and "might" stay out.
_HYPOTHETICAL = re.compile(
    r"\b(?:would|worst[-\s]case|in\s+theory|theoretical(?:ly)?|potentially|if)\b"
)
# Words that date a number to an earlier stage than the report's.
_EARLIER = re.compile(
    r"\b(?:initially|originally|at\s+first|first\s+(?:announced|reported|estimated)|"
    r"previously|(?:initial|original|earlier|previous)\s+(?:estimates?|figures?|count|toll)|"
    r"had\s+(?:estimated|said|put)|at\s+(?:that|the)\s+(?:stage|time))\b",
    re.IGNORECASE,
)
_PEOPLE_BY_ACTION = {
    ("people", "killed"): "deaths",
    ("", "killed"): "deaths",
    ("people", "infected"): "cases",
    ("people", "wounded"): "injuries",
}
_IMPLIED_ACTIONS = {
    "deaths": "killed",
    "cases": "infected",
    "injuries": "wounded",
    "casualties": "lost",
}
_INCREMENT_BEFORE = re.compile(
    r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$", re.IGNORECASE
)
_CONFIRMED_BEFORE = re.compile(
    r"\bconfirm(?:s|ed)?\s+(?:(?!that\b)\w+\s+){0,4}$", re.IGNORECASE
)  # "has confirmed 25 deaths", "was confirmed as the cause of 26 deaths"
_SUSPECTED_BEFORE = re.compile(
    r"\b(?:suspect(?:s|ed)?|probable|possible)\s+(?:(?!that\b)\w+\s+){0,4}$", re.IGNORECASE
)  # "suspected of killing more than 100 people", "suspected in 160 deaths"
_CLAUSE_VERB_AFTER = re.compile(r"^\W*(?:have|has|had|were|was|are|is|been)\b", re.IGNORECASE)
# A number stated as a total, which may hold the parts other sources give.
_TOTAL = re.compile(
    r"\b(?:total(?:s|ling|ing)?\s+(?:of|to|at)|in\s+total|altogether|combined|overall)\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"^\W*(?:\w+\s+){0,3}(?:in\s+total|altogether|combined)\b", re.IGNORECASE)
# A date that says when the number was reported, not what it is for: "said on Monday".
_REPORTED_ON = re.compile(
    r"\b(?:said|says|announced|reported|told|confirmed|stated|added|revealed)\s+"
    r"(?:on\s+|last\s+|this\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
# Words of rates and amounts that any two figures of a kind share.
_RATE_WORDS = ("day", "daily", "week", "weekly", "month", "year", "hour", "per", "every")
# Signals that only place a number in time, as against "since" (a running total).
_PLAIN_SIGNALS = frozenset({"in", "from", "between", "during", "throughout", "through"})
# Whatever is counted of people under arms is one thing, however it is worded.
_THINGS: dict[str, tuple[str, ...]] = {
    "troops": (
        "troop", "soldier", "men", "servicemen", "combatant", "fighter", "personnel",
        "force", "reinforcement", "conscript", "recruit",
    ),
    "people": ("people", "person", "resident", "individual"),
    "deaths": ("death", "fatalit", "dead"),
    "casualties": ("casualt",),
    "injuries": ("injur", "wounded"),
    "cases": ("case", "infection"),
    "homes": ("home", "house", "household", "dwelling"),
    "jobs": ("job", "position"),
}  # fmt: skip
# Kinds whose unit says what is measured, with an action to say what happened to it.
_UNIT_NAMED = frozenset({"volume", "area"})
# A force that is deployed, sent or simply there is the same head count.
_FORCE_ACTIONS = frozenset({"deployed", None})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_NUMBER = re.compile(r"\b\d[\d,.]*\b")
# Words around a number that say nothing about what it measures.
_VAGUE_WORDS = STOP_WORDS | {
    "said", "says", "say", "according", "reported", "reports", "estimated", "estimate",
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "more",
    "than", "least", "up", "over", "total", "number", "figure", "also", "now", "still",
}  # fmt: skip
_CLAUSE_BREAK = re.compile(r"[;:()“”\"]|,\s+(?:and|but|while|whereas|which|who)\b|\s+but\s+")


@dataclass(frozen=True)
class Measure:
    """What a quantity measures, reduced to what must match for two to be compared."""

    kind: str
    unit: str
    thing: str
    """The counted thing's class ("troops" for soldiers, men, forces), else its head."""
    qualifiers: frozenset[str]
    action: str | None
    actor: str | None
    places: frozenset[str]
    period: tuple[str, str] | None
    """(signal, value) of the time the number is for: ("since", "2024-08")."""
    rate: str | None
    label: str
    """For readers: "North Korean troops, deployed, Kursk"."""
    context: frozenset[str] = frozenset()
    """The clause's other content words, to tell two numbers apart when one sentence
    names no action."""


def measure_of(
    sentence: str,
    quantity: Quantity,
    anchor: Anchor | None,
    timexes: Sequence[Timex] | None = None,
) -> Measure:
    """What `quantity` measures; `timexes` are the sentence's time expressions resolved
    against `anchor`, when already found."""
    clause_start, clause_end = _clause(sentence, quantity)
    before = sentence[clause_start : quantity.start]
    after = sentence[quantity.end : clause_end]
    thing_words = quantity.thing.split() or _thing_before(before)
    thing = _thing_class(thing_words[-1]) if thing_words else ""
    qualifiers = frozenset(
        "(new)" if word.lower() in _INCREMENT_QUALIFIERS else word.lower()
        for word in thing_words[:-1]
        if word.lower() not in _VAGUE_WORDS - _INCREMENT_QUALIFIERS
        and word.lower() not in _NEUTRAL_QUALIFIERS
    )
    if _INCREMENT_BEFORE.search(before) or re.match(r"\s+more\b", after):
        qualifiers |= {"(new)"}  # "a further 32 people", "two more deaths"
    thing_at = after.find(quantity.thing) if quantity.thing else -1
    rest = after[thing_at + len(quantity.thing) :] if thing_at >= 0 else after
    if _CONFIRMED_BEFORE.search(before) and not _CLAUSE_VERB_AFTER.match(rest):
        # "officials have confirmed 20 deaths" counts confirmed deaths; in "an analysis
        # confirmed 78,329 troops have been killed" the verb only reports the number.
        qualifiers |= {"confirmed"}
    if _SUSPECTED_BEFORE.search(before):
        qualifiers |= {"suspected"}  # "suspected in more than 160 deaths"
    if _TOTAL.search(before) or _TOTAL_AFTER.match(after):
        qualifiers |= {"total"}  # "a total of $373m" may hold the "$50m" another names
    if _EARLIER.search(sentence[clause_start:clause_end]):
        # "BP initially put the leak at 1,000 barrels a day": what was said then, not a
        # figure of now, which a later one cannot contradict.
        qualifiers |= {"(earlier)"}
    if _HYPOTHETICAL.search(sentence[clause_start:clause_end]):
        # "100,000 barrels a day could, in theory, flow": a possibility, not a report.
        qualifiers |= {"(possible)"}
    # Deaths are of the killed and cases of the infected, whatever verb stands near: in
    # "13,400 cases in 48 countries, with 100 deaths" the cases are not the deaths.
    action = _IMPLIED_ACTIONS.get(thing) or _action(before, after, quantity)
    if thing == "troops" and re.search(r"\b(?:with|using)\s+(?:\w+\s+)?$", before):
        action = "deployed"  # "to retake it with 45,000 troops": the force it sends
    # "20 million people killed" counts deaths; "30,000 people infected" counts cases.
    thing = _PEOPLE_BY_ACTION.get((thing, action), thing)
    acting = actor(before)
    where = places(sentence[clause_start:clause_end], acting, tally=thing in _IMPLIED_ACTIONS)
    if timexes is None:
        timexes = find_timexes(sentence, anchor)
    period = _period(sentence, timexes, (clause_start, clause_end), quantity, anchor)
    return Measure(
        kind=quantity.kind,
        unit=quantity.unit,
        thing=thing,
        qualifiers=qualifiers,
        action=action,
        actor=acting,
        places=where,
        period=period,
        rate=quantity.rate,
        label=_label(thing_words, action, acting, where, period, quantity),
        context=_context(sentence[clause_start:clause_end], quantity, thing_words),
    )


def same_measure(first: Measure, second: Measure) -> bool:
    """Whether two quantities measure the same thing, as far as their sentences say:
    good enough to show them side by side."""
    if (first.kind, first.unit, first.rate) != (second.kind, second.unit, second.rate):
        return False
    if first.period != second.period and not _periods_compatible(first, second):
        return False
    if not _same_thing(first, second):
        return False
    if first.action != second.action and not _actions_compatible(first, second):
        return False
    if first.actor and second.actor and first.actor != second.actor:
        return False
    return not (first.places and second.places and not first.places & second.places)


def surely_same_measure(first: Measure, second: Measure) -> bool:
    """Whether both sentences say it all alike: the thing, the action and the period
    stated in both, none of it inferred. Only then may different values be flagged as a
    disagreement; a false alarm costs more trust than a miss."""
    if not same_measure(first, second) or first.period != second.period:
        return False
    if first.thing != second.thing or not first.thing:
        # A volume or an area is named by its unit: "5,000 barrels a day leaking" and
        # "5,000 barrels of oil a day leaking" measure one thing. A count is nothing
        # without what it counts, a length may be a depth, a height or a distance, and
        # money may pay for anything.
        unit_named = first.kind in _UNIT_NAMED and not (first.thing and second.thing)
        if not (unit_named and first.action is not None and first.action == second.action):
            return False
    if first.action == second.action:
        return first.action is not None
    # A force named with no action is the head count of one deployed (see above).
    return first.thing == "troops" and {first.action, second.action} <= _FORCE_ACTIONS


def _periods_compatible(first: Measure, second: Measure) -> bool:
    """One period stated and one not: a rate's date is often when it began ("leaking
    since April 20 at 60,000 barrels a day"), and a day or a week names the report's own
    time. A month, a year or a "since" makes a different measure."""
    stated = first.period or second.period
    if stated is None or (first.period and second.period):
        return False
    if first.rate:
        return True
    signal, value = stated
    return signal == "in" and bool(re.fullmatch(r"\d{4}-(?:\d\d-\d\d|W\d\d(?:-WE)?)", value))


def _actions_compatible(first: Measure, second: Measure) -> bool:
    """A force deployed, sent or just there is one head count; otherwise a number
    whose sentence names no action can match one whose sentence does ("5,000 barrels a
    day" and "5,000 barrels a day are collected"), except for people under arms, whose
    numbers mean nothing without the action (killed, deployed, drafted)."""
    if first.action == second.action:
        return True
    if first.thing == "troops":
        # A force named with no action ("the 12,000 North Korean troops in Kursk") is the
        # same head count as one deployed, if the sentences share a word besides it.
        return {first.action, second.action} <= _FORCE_ACTIONS and (
            first.action == second.action or bool(first.context & second.context)
        )
    if first.action is not None and second.action is not None:
        return False
    # Nothing says the two numbers are of different events: ask for one word in common
    # beyond the number, its unit and its thing ("barrels ... siphoned" and "barrels ...
    # collected by the siphon" share "siphon").
    return bool(first.context & second.context)


def _same_thing(first: Measure, second: Measure) -> bool:
    """A count needs its thing named alike in both; an amount of money, an area or a
    volume is specific by its unit, so one that names no thing can match one that does."""
    if first.qualifiers != second.qualifiers:
        return False
    if first.thing and second.thing:
        return first.thing == second.thing
    # A number whose sentence names no thing ("killed 20 to 40 million", "captured 1,000
    # square kilometres") needs the same action and a word in common to be the same
    # measure; a count needs the action in any case.
    if first.action is None or first.action != second.action:
        return (
            first.kind != "count"
            and bool(first.thing or second.thing)
            and (bool(first.context & second.context))
        )
    return bool(first.context & second.context)


def _context(clause: str, quantity: Quantity, thing_words: list[str]) -> frozenset[str]:
    own = {normalise(word) for word in (*thing_words, *quantity.text.split(), *_RATE_WORDS)}
    return frozenset(
        term for term in content_terms(clause) if term not in own and not term[0].isdigit()
    )


def _clause(sentence: str, quantity: Quantity) -> tuple[int, int]:
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, quantity.start):
        start = match.end()
    following = _CLAUSE_BREAK.search(sentence, quantity.end)
    return start, following.start() if following else len(sentence)


def _thing_before(before: str) -> list[str]:
    """ "the number of casualties reaching 700,000": the thing named before the number."""
    match = re.search(r"\b(?:number|total|tally|toll)\s+of\s+(?P<rest>[^,;]*)$", before)
    if match is None:
        return []
    words = []
    for word in match["rest"].split():
        lowered = word.lower()
        if lowered in STOP_WORDS or lowered.endswith(("ing", "ed")) or len(words) == 3:
            break
        words.append(word)
    return words


def _thing_class(head: str) -> str:
    word = head.lower()
    for name, stems in _THINGS.items():
        if any(word.startswith(stem) for stem in stems):
            return name
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def _action(before: str, after: str, quantity: Quantity) -> str | None:
    """The nearest action word before the number in its clause, else just after it
    ("troops have been killed")."""
    # Words beyond another number are that number's ("cases ... soared to 13,400, with
    # 100 deaths"), but a conversion in brackets is this number's again.
    segments = _NUMBER.split(BRACKETED.sub(" ", before))
    before = segments[-1]
    thing_at = after.find(quantity.thing) if quantity.thing else -1
    if thing_at >= 0:
        after = after[thing_at + len(quantity.thing) :]
    after = _NUMBER.split(BRACKETED.sub(" ", after))[0]
    words_before = [w.lower() for w in _WORD.findall(before)][-8:]
    words_after = [w.lower() for w in _WORD.findall(after)][:5]
    # Each word with the next, so that "called up" is read as one verb.
    before_pairs = [
        (word, words_before[i + 1] if i + 1 < len(words_before) else "")
        for i, word in enumerate(words_before)
    ]
    after_pairs = [
        (word, words_after[i + 1] if i + 1 < len(words_after) else "")
        for i, word in enumerate(words_after)
    ]
    # After another number ("26 deaths in Mexico and 701 people have been infected") the
    # words before are mostly that number's: the verb after comes first.
    nearest_first = (
        (*after_pairs, *reversed(before_pairs))
        if len(segments) > 1
        else (*reversed(before_pairs), *after_pairs)
    )
    for word, following in nearest_first:
        action = _action_class(f"{word} {following}", quantity.kind) or _action_class(
            word, quantity.kind
        )
        if action is not None:
            return action
    return None


def _action_class(word: str, kind: str) -> str | None:
    if word in STOP_WORDS or word.startswith(_REPORTING) or (" " in word and word.endswith(" ")):
        return None
    match = _ACTION_START.match(word)
    if match is None or match.lastgroup is None:
        return None
    action = _ACTION_NAMES[int(match.lastgroup[1:])]
    # Money that is sent is aid; oil that is captured is collected.
    if action == "deployed" and kind == "money":
        return "provided"
    if action == "captured" and kind == "volume":
        return "collected"
    return action


def _period(
    sentence: str,
    timexes: Sequence[Timex],
    clause: tuple[int, int],
    quantity: Quantity,
    anchor: Anchor | None,
) -> tuple[str, str] | None:
    """The time the number is for, as stated in its clause: "since August", "this year",
    "in October"; else a past year the sentence puts it in ("1957: Asian flu killed two
    million people"); None when neither is stated (then it is as of publication)."""
    dates = [
        timex
        for timex in timexes
        if timex.type == "DATE"
        and timex.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
        and len(timex.value) >= 4  # a decade or a century ("the 21st Century") is no period
        and not _REPORTED_ON.search(sentence, 0, timex.start)
    ]
    start, end = clause
    in_clause = [t for t in dates if start <= t.start and t.end <= end]
    if in_clause:
        # The nearest date is the one the number belongs to: in "1,500 a day in October,
        # with the total reaching 700,000 since February 2022", October is the rate's.
        nearest = min(
            in_clause,
            key=lambda t: min(abs(t.start - quantity.end), abs(quantity.start - t.end)),
        )
        signal = nearest.signal or "in"
        return ("in" if signal in _PLAIN_SIGNALS else signal, nearest.value)
    if anchor is None:
        return None
    # A year before the report's, named elsewhere in the sentence, dates the number: the
    # nearest one before it, else after it.
    past = [t for t in dates if t.value[:4].isdigit() and int(t.value[:4]) < anchor.date.year]
    before = [t for t in past if t.end <= quantity.start]
    chosen = before[-1] if before else past[0] if past else None
    return ("in", chosen.value[:4]) if chosen else None


def _label(
    words: list[str],
    action: str | None,
    actor: str | None,
    places: frozenset[str],
    period: tuple[str, str] | None,
    q: Quantity,
) -> str:
    """ "North Korean troops deployed, Kursk"; "Ukrainian territory captured by Russia, 2024"."""
    name = " ".join(words) or _KIND_NAMES.get(q.kind, q.kind)
    if action and _IMPLIED_ACTIONS.get(_thing_class(words[-1]) if words else "") != action:
        name += f" {action}"  # not "deaths killed"
    if actor and actor not in places:
        name += f" by {_title(actor)}"
    if q.rate:
        name += f" per {q.rate}"
    parts = [name[0].upper() + name[1:]]
    if places:
        parts.append(", ".join(sorted(_title(place) for place in places)))
    if period:
        signal, value = period
        shown = _date_shown(value)
        parts.append(shown if signal == "in" else f"{signal} {shown}")
    return ", ".join(parts)


def _date_shown(value: str) -> str:
    """ "2022-02" -> "February 2022"; values that are not plain dates stay as they are."""
    try:
        return parse_iso(value)[0].display()
    except ValueError:
        return value


_KIND_NAMES = {
    "money": "amount",
    "percent": "share",
    "points": "change",
    "area": "area",
    "length": "distance",
    "volume": "volume",
    "mass": "weight",
    "count": "number",
}


def _title(name: str) -> str:
    return " ".join(part if part.isupper() else part.capitalize() for part in name.split())
