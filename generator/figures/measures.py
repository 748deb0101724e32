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
from dataclasses import dataclass

from generator.figures.quantities import Quantity
from generator.partial_date import parse_iso
from generator.text.tokens import STOP_WORDS
from generator.time.tagger import find_timexes
from generator.time.timex import Anchor

# Verbs (by their stems) that say what happened to what a number counts.
_ACTIONS: dict[str, tuple[str, ...]] = {
    "deployed": (
        "deploy", "send", "sent", "dispatch", "station", "amass", "mass", "commit",
        "redeploy", "transfer", "rush", "mobilis", "bring", "brought",
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
    times post news journal committee commission bank court parliament congress""".split()
)
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


def measure_of(sentence: str, quantity: Quantity, anchor: Anchor | None) -> Measure:
    clause_start, clause_end = _clause(sentence, quantity)
    before = sentence[clause_start : quantity.start]
    after = sentence[quantity.end : clause_end]
    thing_words = quantity.thing.split() or _thing_before(before)
    thing = _thing_class(thing_words[-1]) if thing_words else ""
    qualifiers = frozenset(
        word.lower() for word in thing_words[:-1] if word.lower() not in _VAGUE_WORDS
    )
    action = _action(before, after, quantity)
    actor = _actor(before)
    places = _places(sentence[clause_start:clause_end])
    period = _period(sentence, clause_start, clause_end, quantity, anchor)
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
    )


def same_measure(first: Measure, second: Measure) -> bool:
    """Whether two quantities measure the same thing, as far as their sentences say."""
    if (first.kind, first.unit, first.rate, first.period) != (
        second.kind,
        second.unit,
        second.rate,
        second.period,
    ):
        return False
    if not first.thing or first.thing != second.thing or first.qualifiers != second.qualifiers:
        return False
    if first.action != second.action and not (
        first.thing == "troops" and {first.action, second.action} <= _FORCE_ACTIONS
    ):
        return False
    if first.actor and second.actor and first.actor != second.actor:
        return False
    return not (first.places and second.places and not first.places & second.places)


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
    for action, stems in _ACTIONS.items():
        if any(word.startswith(stem) for stem in stems):
            # Money that is sent is aid; oil that is captured is collected.
            if action == "deployed" and kind == "money":
                return "provided"
            if action == "captured" and kind == "volume":
                return "collected"
            return action
    return None


def _actor(before: str) -> str | None:
    """Who acts: the capitalised name that starts the clause ("Moscow has sent")."""
    match = re.search(
        r"(?:^|[,;]\s*)(?P<name>(?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){0,2})\s+"
        r"(?:has|have|had|is|are|was|were|will|would|could|can|may|\w+ed|\w+s)\b",
        before,
    )
    if match is None:
        return None
    name = match["name"].lower().removeprefix("the ")
    if name.split()[0] in STOP_WORDS or name.split()[0] in _VAGUE_WORDS:
        return None
    return _ALIASES.get(name, name)


def _places(clause: str) -> frozenset[str]:
    places = set()
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
    sentence: str, start: int, end: int, quantity: Quantity, anchor: Anchor | None
) -> tuple[str, str] | None:
    """The time the number is for, as stated in its clause: "since August", "this year",
    "in October"; None when the clause states none (then it is as of publication)."""
    candidates = [
        timex
        for timex in find_timexes(sentence, anchor)
        if start <= timex.start
        and timex.end <= end
        and timex.type == "DATE"
        and timex.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
    ]
    if not candidates:
        return None
    # The nearest date is the one the number belongs to: in "1,500 a day in October, with
    # the total reaching 700,000 since February 2022", October is the rate's.
    nearest = min(
        candidates,
        key=lambda t: min(abs(t.start - quantity.end), abs(quantity.start - t.end)),
    )
    return (nearest.signal or "in", nearest.value)


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
