"""Where a number is counted and who acts: the places and the actor a clause names.

"Deaths in Mexico", "Mexico has confirmed 25 deaths" and "Mexico's 25 deaths" all place
the number in Mexico; "95 deaths worldwide" places it in the world. Capitals, seats of
power and demonyms stand for their countries ("Moscow has sent", "Ukrainian territory"),
so that two sources naming one country differently still agree on the place.
"""

from __future__ import annotations

import re

from generator.text.tokens import STOP_WORDS

# The world's countries, as news names them; a name in this list that opens a clause is
# a place even as its first word ("Mexico has confirmed ...").
COUNTRIES = frozenset(
    """afghanistan albania algeria andorra angola argentina armenia australia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
    bolivia bosnia botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada
    chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
    dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon
    gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras
    hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
    kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
    libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
    mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
    mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman
    pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
    russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
    sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
    tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela
    vietnam yemen zambia zimbabwe""".split()
) | frozenset(
    {
        "costa rica", "czech republic", "dominican republic", "east timor", "el salvador",
        "hong kong", "ivory coast", "new zealand", "north korea", "north macedonia",
        "saudi arabia", "sierra leone", "south africa", "south korea", "south sudan",
        "sri lanka", "united arab emirates", "united kingdom", "united states",
        "scotland", "england", "wales", "northern ireland",
    }
)  # fmt: skip
# Capitals, seats of power and demonyms stand for their countries in news copy.
ALIASES = {
    "moscow": "russia", "kremlin": "russia", "russian": "russia",
    "kyiv": "ukraine", "kiev": "ukraine", "ukrainian": "ukraine",
    "washington": "united states", "us": "united states", "u.s.": "united states",
    "usa": "united states", "america": "united states", "american": "united states",
    "white house": "united states", "pentagon": "united states",
    "beijing": "china", "chinese": "china",
    "london": "united kingdom", "britain": "united kingdom", "uk": "united kingdom",
    "great britain": "united kingdom", "british": "united kingdom",
    "paris": "france", "french": "france", "berlin": "germany", "german": "germany",
    "tehran": "iran", "iranian": "iran", "pyongyang": "north korea",
    "north korean": "north korea", "seoul": "south korea", "south korean": "south korea",
    "jerusalem": "israel", "israeli": "israel", "tokyo": "japan", "japanese": "japan",
    "delhi": "india", "new delhi": "india", "indian": "india",
    "ankara": "turkey", "turkish": "turkey", "mexican": "mexico",
    "mexico city": "mexico", "canadian": "canada", "australian": "australia",
    "spanish": "spain", "madrid": "spain", "italian": "italy", "rome": "italy",
}  # fmt: skip
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
    r"\b(?:worldwide|world\s+wide|globally|around\s+the\s+world|across\s+the\s+world|"
    r"in\s+the\s+world|across\s+\d[\d,]*\s+countries|"
    r"in\s+(?:around\s+|some\s+|about\s+)?\d[\d,]*\s+countries)\b",
    re.IGNORECASE,
)
# How places are introduced; the capitalised words that follow are the place.
_PLACE = re.compile(
    r"\b(?:in|to|near|at|across|around|into|inside|within)\s+(?:the\s+)?"
    r"(?P<place>(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
)
# A country that owns the number: "Mexico's 25 deaths", "Australia's confirmation of".
_POSSESSOR = re.compile(r"\b(?P<place>(?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+){0,2})\s?['’]s\b")
_ACTOR = re.compile(
    r"(?:^|[,;]\s*)(?P<name>(?:[A-Z][\w'’.-]+)(?:\s+[A-Z][\w'’.-]+){0,2})\s+"
    r"(?:has|have|had|is|are|was|were|will|would|could|can|may|\w+ed|\w+s)\b"
)
# Capitalised words that open a clause and name nobody.
_NOT_NAMES = STOP_WORDS | {
    "some", "about", "around", "nearly", "almost", "roughly", "approximately", "more",
    "officials", "experts", "scientists", "reports", "figures", "estimates",
}  # fmt: skip


def country(name: str) -> str | None:
    """The country `name` stands for, if it is one ("Kyiv" -> "ukraine")."""
    lowered = name.lower().removeprefix("the ")
    if lowered in ALIASES:
        return ALIASES[lowered]
    return lowered if lowered in COUNTRIES else None


def actor(before: str) -> str | None:
    """Who acts: the capitalised name that starts the clause ("Moscow has sent")."""
    match = _ACTOR.search(before.lstrip())
    if match is None:
        return None
    written = match["name"].removeprefix("The ").removeprefix("the ")
    name = written.lower()
    if (place := country(name)) is not None:
        return place
    # An acronym ("BP", "WHO") or a one-word name inside the sentence; a capitalised
    # first word may be any word, and two words are often a person quoted.
    if re.fullmatch(r"[A-Z]{2,6}", written):
        return name
    if " " in name or match.start("name") == 0 or name in _NOT_NAMES:
        return None
    return name


def places(clause: str, acting: str | None = None, *, tally: bool = False) -> frozenset[str]:
    """The places the clause names. For a tally (deaths, cases), a country that reports
    it or owns it is where it is counted ("Mexico has confirmed 25 deaths", "Australia's
    1,200 cases"); a country that captures or sends acts elsewhere."""
    found = {"world"} if _WORLD.search(clause) else set()
    for match in _PLACE.finditer(clause):
        if re.search(r"\baccording\s+$", clause[: match.start()]):
            continue  # "according to President Zelensky" names a source
        if re.search(r"['’]s$", match["place"]):
            continue  # "in Moscow's favour": a possessive, not a place
        name = match["place"].lower()
        if any(word.strip(".") in _NOT_PLACES for word in name.split()):
            continue
        found.add(ALIASES.get(name, name))
    if tally:
        if acting is not None and acting in COUNTRIES:
            found.add(acting)
        for match in _POSSESSOR.finditer(clause):
            if (place := country(match["place"])) is not None:
                found.add(place)
    return frozenset(found)
