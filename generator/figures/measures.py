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

from generator.figures.quantities import Quantity
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
    "collected": ("collect", "siphon", "recover", "skim", "contain"),
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
# Names that open a clause but are not places: people's titles, months, institutions.
_NOT_PLACES = frozenset(
    """president prime minister general gen admiral dr mr mrs ms sir secretary chancellor
    king queen pope senator governor mayor commander chief
    january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday
    ministry council institute foundation university department agency office party
    times post news journal committee commission bank court parliament congress
    organization organisation reuters associated press afp bloomberg cnn bbc""".split()
)
# Said of a whole-world total: "deaths worldwide", "across the world".
_WORLD = re.compile(
    r"\b(?:worldwide|globally|around\s+the\s+world|across\s+the\s+world|"
    r"in\s+the\s+world|across\s+\d[\d,]*\s+countries|in\s+(?:around\s+|some\s+|about\s+)?\d[\d,]*\s+countries)\b",
    re.IGNORECASE,
)
# Words before a counted thing that do not make it another thing: "recorded cases" are
# cases. "Confirmed" and "suspected" do, and stay.
_NEUTRAL_QUALIFIERS = frozenset(
    "recorded reported registered documented known official total overall more other "
    "additional further new".split()
)
# A number the clause only supposes: "could flow", "may rise to", "in the worst case".
# "May have been gushing" is an estimate, not a supposition, so "may" and "might" stay out.
_HYPOTHETICAL = re.compile(
    r"\b(?:would|worst[-\s]case|in\s+theory|theoretical(?:ly)?|potentially|if)\b"
)
_PEOPLE_BY_ACTION = {
    ("people", "killed"): "deaths",
    ("", "killed"): "deaths",
    ("people", "infected"): "cases",
    ("people", "wounded"): "injuries",
}
_CONFIRMED_BEFORE = re.compile(r"\bconfirm(?:s|ed)?\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_CLAUSE_VERB_AFTER = re.compile(r"^\W*(?:have|has|had|were|was|are|is|been)\b", re.IGNORECASE)
# A number stated as a total, which may hold the parts other sources give.
_TOTAL = re.compile(
    r"\b(?:total(?:s|ling|ing)?\s+(?:of|to|at)|in\s+total|altogether|combined|overall)\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"^\W*(?:\w+\s+){0,3}(?:in\s+total|altogether|combined)\b", re.IGNORECASE)
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
# A force that is deployed, sent or simply there is the same head count.
_FORCE_ACTIONS = frozenset({"deployed", None})
# How places are introduced; the capitalised words that follow are the place.
_PLACE = re.compile(
    r"\b(?:in|to|near|at|across|around|into|inside|within)\s+(?:the\s+)?"
    r"(?P<place>(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
)
# Capitals and seats of power stand for their countries in news copy.
_ALIASES = {
    "moscow": "russia", "kremlin": "russia", "russian": "russia",
    "kyiv": "ukraine", "kiev": "ukraine", "ukrainian": "ukraine",
    "washington": "united states", "us": "united states", "u.s.": "united states",
    "america": "united states", "american": "united states", "white house": "united states",
    "pentagon": "united states", "beijing": "china", "chinese": "china",
    "london": "united kingdom", "britain": "united kingdom", "uk": "united kingdom",
    "british": "united kingdom", "paris": "france", "french": "france",
    "berlin": "germany", "german": "germany", "tehran": "iran", "iranian": "iran",
    "pyongyang": "north korea", "north korean": "north korea", "seoul": "south korea",
    "south korean": "south korea", "jerusalem": "israel", "israeli": "israel",
    "tokyo": "japan", "japanese": "japan", "delhi": "india", "new delhi": "india",
    "indian": "india", "ankara": "turkey", "turkish": "turkey",
}  # fmt: skip
_COUNTRIES = frozenset(_ALIASES.values())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
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
        word.lower()
        for word in thing_words[:-1]
        if word.lower() not in _VAGUE_WORDS and word.lower() not in _NEUTRAL_QUALIFIERS
    )
    thing_at = after.find(quantity.thing) if quantity.thing else -1
    rest = after[thing_at + len(quantity.thing) :] if thing_at >= 0 else after
    if _CONFIRMED_BEFORE.search(before) and not _CLAUSE_VERB_AFTER.match(rest):
        # "officials have confirmed 20 deaths" counts confirmed deaths; in "an analysis
        # confirmed 78,329 troops have been killed" the verb only reports the number.
        qualifiers |= {"confirmed"}
    if _TOTAL.search(before) or _TOTAL_AFTER.match(after):
        qualifiers |= {"total"}  # "a total of $373m" may hold the "$50m" another names
    if _HYPOTHETICAL.search(sentence[clause_start:clause_end]):
        # "100,000 barrels a day could, in theory, flow": a possibility, not a report.
        qualifiers |= {"(possible)"}
    action = _action(before, after, quantity)
    if thing == "troops" and re.search(r"\b(?:with|using)\s+(?:\w+\s+)?$", before):
        action = "deployed"  # "to retake it with 45,000 troops": the force it sends
    # "20 million people killed" counts deaths; "30,000 people infected" counts cases.
    thing = _PEOPLE_BY_ACTION.get((thing, action), thing)
    actor = _actor(before)
    places = _places(sentence[clause_start:clause_end])
    if timexes is None:
        timexes = find_timexes(sentence, anchor)
    period = _period(timexes, clause_start, clause_end, quantity)
    return Measure(
        kind=quantity.kind,
        unit=quantity.unit,
        thing=thing,
        qualifiers=qualifiers,
        action=action,
        actor=actor,
        places=places,
        period=period,
        rate=quantity.rate,
        label=_label(thing_words, action, actor, places, period, quantity),
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
    if not first.thing or first.thing != second.thing:
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
    words_before = [w.lower() for w in _WORD.findall(before)][-8:]
    words_after = [w.lower() for w in _WORD.findall(after)][len(quantity.thing.split()) :][:5]
    # Each word with the next, so that "called up" is read as one verb.
    before_pairs = [
        (word, words_before[i + 1] if i + 1 < len(words_before) else "")
        for i, word in enumerate(words_before)
    ]
    after_pairs = [
        (word, words_after[i + 1] if i + 1 < len(words_after) else "")
        for i, word in enumerate(words_after)
    ]
    for word, following in (*reversed(before_pairs), *after_pairs):
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


def _actor(before: str) -> str | None:
    """Who acts: the capitalised name that starts the clause ("Moscow has sent")."""
    match = re.search(
        r"(?:^|[,;]\s*)(?P<name>(?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){0,2})\s+"
        r"(?:has|have|had|is|are|was|were|will|would|could|can|may|\w+ed|\w+s)\b",
        before,
    )
    if match is None:
        return None
    written = match["name"].removeprefix("The ").removeprefix("the ")
    name = written.lower()
    if name in _ALIASES:
        return _ALIASES[name]
    if name in _COUNTRIES:
        return name
    # An acronym ("BP", "WHO") or a one-word name inside the sentence; a capitalised
    # first word may be any word, and two words are often a person quoted.
    if re.fullmatch(r"[A-Z]{2,6}", written):
        return name
    if " " in name or match.start("name") == 0 or name in STOP_WORDS or name in _VAGUE_WORDS:
        return None
    return name


def _places(clause: str) -> frozenset[str]:
    places = {"world"} if _WORLD.search(clause) else set()
    for match in _PLACE.finditer(clause):
        if re.search(r"\baccording\s+$", clause[: match.start() + 1]):
            continue  # "according to President Zelensky" names a source
        if re.search(r"['’]s$", match["place"]):
            continue  # "in Moscow's favour": a possessive, not a place
        name = match["place"].lower()
        if any(word.strip(".") in _NOT_PLACES for word in name.split()):
            continue
        places.add(_ALIASES.get(name, name))
    return frozenset(places)


def _period(
    timexes: Sequence[Timex], start: int, end: int, quantity: Quantity
) -> tuple[str, str] | None:
    """The time the number is for, as stated in its clause: "since August", "this year",
    "in October"; None when the clause states none (then it is as of publication)."""
    candidates = [
        timex
        for timex in timexes
        if start <= timex.start
        and timex.end <= end
        and timex.type == "DATE"
        and timex.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
        and len(timex.value) >= 4  # a decade or a century ("the 21st Century") is no period
    ]
    if not candidates:
        return None
    # The nearest date is the one the number belongs to: in "1,500 a day in October, with
    # the total reaching 700,000 since February 2022", October is the rate's.
    nearest = min(
        candidates,
        key=lambda t: min(abs(t.start - quantity.end), abs(quantity.start - t.end)),
    )
    signal = nearest.signal or "in"
    return ("in" if signal in _PLAIN_SIGNALS else signal, nearest.value)


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
    if action:
        name += f" {action}"
    if actor:
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
