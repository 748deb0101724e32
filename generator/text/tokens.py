"""Words and the content terms used to compare sentences.

Content terms are lowercased words without stop words, with possessives and plural "s"
folded ("Russia's" -> "russia", "troops" -> "troop") and digit groups joined
("1,200" -> "1200"), so that two sources stating the same fact share their terms.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")

STOP_WORDS = frozenset(
    """a about above after again against all almost also although am among an and another
    any are as at be because been before being below between both but by can could did do
    does doing done down during each either else even ever every few for from further had
    has have having he her here hers herself him himself his how however i if in into is it
    its itself just least less let like made make many may me might more most much must my
    myself near nearly neither no nor not now of off often on once one only onto or other
    others our ours ourselves out over own per perhaps put rather same say said says see
    seen several shall she should since so some still such than that the their theirs them
    themselves then there these they this those though through thus to too toward towards
    under until up upon us very via was we were what whatever when where whether which while
    who whom whose why will with within without would yet you your yours yourself also told
    according mr mrs ms s t""".split()
)


def words(text: str) -> list[str]:
    """The words and numbers of `text`, as written."""
    return _WORD.findall(text)


def normalise(word: str) -> str:
    lowered = word.lower().replace("’", "'")
    if lowered[:1].isdigit():
        return lowered.replace(",", "")
    if lowered.endswith("'s"):
        lowered = lowered[:-2]
    lowered = lowered.replace("'", "")
    if len(lowered) > 4 and lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")):
        lowered = lowered[:-3] + "y" if lowered.endswith("ies") else lowered[:-1]
    return lowered


def content_terms(text: str) -> list[str]:
    """Normalised words of `text` that carry meaning (no stop words)."""
    terms = []
    for word in words(text):
        term = normalise(word)
        if term and term not in STOP_WORDS:
            terms.append(term)
    return terms
