"""Whether a time expression points to the past or the future of its sentence's speaker.

News dates events mostly relative to the publication day, and the verb decides the
direction: "launched an offensive on Sunday" is the past Sunday, "takes office on
January 20" the next January 20. The words around the expression in its clause are
scored, the nearer the more: future markers (will, plans to, is set to, scheduled) and past
markers (past tenses, ago, had). Intentions point forward only when they come before the
date ("planned a rally on Saturday"); a date before the verb ("On Friday, officials
planned to ...") is when the planning happened.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z']+")
_CLAUSE_BREAK = re.compile(r"[.;!?\n]")

_FUTURE = frozenset(
    "will 'll shall won't upcoming coming next forthcoming awaits await soon".split()
)
_FUTURE_AUXILIARY = frozenset("will 'll shall".split())
_FUTURE_FLOOR = 0.2
# "could" is left out: "could not be located Wednesday" reports the past.
_MODAL = frozenset("must should would might may can".split())
# Intentions in the present point forward wherever they stand ("On Tuesday, the league
# plans to"); in the past only when the date follows them ("planned a rally on Saturday").
_PRESENT_INTENTION = frozenset(
    "plans plan planning intends intend aims aim hopes hope expects".split()
)
_PAST_INTENTION = frozenset(
    "planned intended expected scheduled slated promised pledged vowed".split()
)
_DETERMINERS = frozenset("the a an of to this that its his her their".split())
# Followed by "to", these make a future: "is set to", "is due to", "is going to".
_BEFORE_TO = frozenset("set due going is are about supposed".split())
# Verbs in the present that, right before a date, mean a scheduled event: "takes office on".
_SCHEDULED = frozenset(
    """takes take begins begin starts start opens open ends end closes close meets meet
    returns return arrives arrive leaves leave holds hold goes go""".split()
)
_PAST = frozenset(
    """was were had did said told ago last earlier previously since been went took began
    made came saw gave got left met held fell rose won lost led sent brought struck
    spent paid sold bought built fought thought taught caught ran drew grew threw flew
    drove rode wrote spoke broke chose froze stole wore tore swore hid shot fled sought
    felt kept meant lent found heard laid fed met let became knew lay sang sank shook
    swam woke withdrew overtook undertook arose stood understood""".split()
)
# A coordinated clause with its own verb starts anew: in "was arrested Monday and will
# appear Friday", "will" alone decides Friday.
_COORDINATORS = frozenset("and but while whereas".split())
_CLAUSE_OPENERS = frozenset(
    "will would shall is are was were has had have could may might must should can".split()
)
_PERFECT = frozenset("has have".split())
_PAST_AUXILIARY = frozenset("was were had".split())
# Reporting verbs date the report, not the event reported: "said the bill may pass in May".
_REPORTING = frozenset(
    """said says told announced reported added stated noted wrote confirmed explained
    insisted warned claimed argued revealed disclosed admitted suggested predicted
    acknowledged asserted indicated observed replied remarked declared stressed
    emphasised emphasized tweeted posted testified""".split()
)
# Words before which an "-ed" form is a participle, not a past tense.
_AUXILIARY = frozenset(
    "be been being is are will would to not can could may might must should shall get".split()
)
_NOT_PAST = frozenset(
    """need speed red bed shed seed feed bleed breed proceed exceed succeed indeed deed
    weed steed hundred kindred sacred wicked naked""".split()
)


# Words that open a subordinate clause: the date belongs to the clause it sits in, so
# "announced that the father would be traveling Thursday" is decided by "would".
_SUBORDINATORS = frozenset("that which who because although though whereas unless".split())


# Right before a date, these say it is still ahead of the clause's verb: "could arrive as
# early as Tuesday", "no later than Friday", "postponed until Tuesday".
_AHEAD = re.compile(
    r"(?:\bas\s+(?:early|soon)\s+as|\bno\s+later\s+than|"
    r"\b(?:postponed|delayed|deferred|adjourned|extended|put\s+off)\s+(?:\w+\s+)?until)"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def direction(text: str, start: int, end: int) -> int:
    """-1 when the sentence reports the past, +1 when it speaks of the future, else 0."""
    if _AHEAD.search(text, max(0, start - 40), start):
        return 1
    clause = _WORD.findall(text[_last_break(text, start) : start])
    # A capitalised word inside a sentence is a name ("the United States", "May" the
    # month, "Will Smith"): it has no tense.
    before = _without_names(clause)[-16:]
    subordinate = False
    for index in range(len(before) - 1, -1, -1):
        following = before[index + 1] if index + 1 < len(before) else ""
        if before[index] in _SUBORDINATORS or (
            before[index] in _COORDINATORS and following in _CLAUSE_OPENERS
        ):
            before = before[index + 1 :]
            subordinate = True
            break
    rest = text[end : _next_break(text, end)]
    if subordinate:
        # A comma closes the subordinate clause the date sits in: in "talks that are to
        # end by May, invited Sinn Fein", "invited" is the main clause's verb.
        rest = rest.split(",", 1)[0]
    # Eight words after the date, names not counted: in "On Tuesday, the National Rifle
    # Association plans to", "plans" decides.
    after = _words_up_to(_without_names(["", *_WORD.findall(rest)])[1:], 8)
    for index, word in enumerate(after):
        following = after[index + 1] if index + 1 < len(after) else ""
        # As before the date: a subordinate or coordinated clause of its own is not the
        # date's ("on Saturday and were planning to drive ...").
        if word in _SUBORDINATORS or (word in _COORDINATORS and following in _CLAUSE_OPENERS):
            after = after[:index]
            break
    score = 0.0
    for distance, index in enumerate(range(len(before) - 1, -1, -1), start=1):
        score += _marker(before, index, distance, before_date=True)
    for distance, index in enumerate(range(len(after)), start=2):
        score += _marker(after, index, distance, before_date=False)
    if score > 0.05:
        return 1
    if score < -0.05:
        return -1
    return 0


def _without_names(words: list[str]) -> list[str]:
    """The words in lower case, names (capitalised but not first) blanked out."""
    return [
        "" if index > 0 and word[:1].isupper() and word != "I" else word.lower()
        for index, word in enumerate(words)
    ]


def _words_up_to(words: list[str], count: int) -> list[str]:
    """The words up to the `count`th that is not a blanked name."""
    seen = 0
    for index, word in enumerate(words):
        seen += word != ""
        if seen == count:
            return words[: index + 1]
    return words


def _marker(words: list[str], index: int, distance: int, *, before_date: bool) -> float:
    word = words[index]
    previous = words[index - 1] if index > 0 else ""
    following = words[index + 1] if index + 1 < len(words) else ""
    closeness = 1.0 / distance
    if word in _FUTURE:
        # The clause's own auxiliary outweighs a participle further off: "The ship,
        # currently moored off Queensland, will be allowed to dock on Saturday".
        return max(closeness, _FUTURE_FLOOR) if word in _FUTURE_AUXILIARY else closeness
    if word in _BEFORE_TO and following == "to":
        return closeness
    if word == "would":
        return 0.8 * closeness  # the future seen from a reported past: usually ahead
    if word in _MODAL:
        return 0.5 * closeness
    if word in _PRESENT_INTENTION and (
        previous in _DETERMINERS or previous in _PAST or previous.endswith("ed")
    ):
        # A noun: "announced the plan Aug. 21", "unveiled plans in May"; but what the plan
        # is to do lies ahead: "announced a plan to cut jobs by year end".
        return closeness if before_date and following == "to" else 0.0
    if word in _PRESENT_INTENTION or (word in _PAST_INTENTION and before_date):
        return closeness
    if before_date and distance <= 3 and word in _SCHEDULED and previous not in _DETERMINERS:
        return closeness
    if word in _REPORTING:
        return -0.3 * closeness
    if word in _PAST_AUXILIARY and (
        following in _PRESENT_INTENTION or following in _PAST_INTENTION
    ):
        return 0.0  # "were planning to drive on Monday": the intention decides
    if word in _PAST:
        # "will be held", "is set": an irregular participle after an auxiliary.
        return 0.0 if previous in _AUXILIARY and word not in _AUXILIARY else -closeness
    if word in _PERFECT:
        # "has until July 29 to respond" is a deadline ahead, not a perfect tense.
        return closeness if following == "until" else -0.5 * closeness
    if (
        word.endswith("ed")
        and len(word) > 4
        and word not in _NOT_PAST
        and previous not in _AUXILIARY
    ):
        return -closeness
    return 0.0


def _last_break(text: str, index: int) -> int:
    window_start = max(0, index - 300)
    positions = [m.end() for m in _CLAUSE_BREAK.finditer(text, window_start, index)]
    return positions[-1] if positions else window_start


def _next_break(text: str, index: int) -> int:
    match = _CLAUSE_BREAK.search(text, index, min(len(text), index + 300))
    return match.start() if match else min(len(text), index + 300)
