"""A small lexicon of page furniture: the words web pages wrap around an article.

These are the generic interface phrases of news sites (share, subscribe, comments, reading
time, credits), not strings from any one article. The cleaner combines them with block
features (length, punctuation, position, repetition across articles); the loader uses them
to skip furniture when it looks for a pasted article's title.
"""

from __future__ import annotations

import re

# A whole short line that is only interface text: "close", "Share this article", "Menu".
_FURNITURE_LINE = re.compile(
    r"""^(?:
        close|menu|search|home|share(?:\s+(?:this|on\s+\w+))?(?:\s+article|\s+story)?|tweet|email|
        print|save|subscribe(?:\s+now)?|sign\s+(?:in|up|out)|log\s+(?:in|out)|register|
        skip\s+to\s+(?:main\s+)?content|advertisement|advertising|sponsored(?:\s+content)?|
        related(?:\s+(?:articles?|stories|content|topics))?|read\s+more|more\s+from\s+.{1,40}|
        trending(?:\s+now)?|most\s+(?:popular|read)|newsletter|follow\s+us(?:\s+on\s+.{1,30})?|
        accept(?:\s+all)?(?:\s+cookies)?|cookies?\s+(?:settings|policy)|privacy\s+policy|
        terms\s+of\s+(?:use|service)|back\s+to\s+top|scroll\s+to\s+top|
        (?:leave\s+a\s+|add\s+a\s+|post\s+a\s+)?comments?|source\s+link|about\s+the\s+author|
        listen\s+to\s+this\s+article|watch|play\s+video|loading\.*|next|previous|
        continue\s+reading|see\s+also|topics?|tags?|key\s+points|
        copy\s+link|link\s+copied|open\s+in\s+app|download\s+the\s+app
    )[\s.:!|]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# Counters and meta lines: "5 views 3 mins 0 comments", "4 min read", "Updated 2 hours ago".
_COUNTER = re.compile(
    r"""^(?:[\s|·•,-]*(?:\d[\d,.]*\s*[km]?\s*
        (?:views?|comments?|shares?|likes?|mins?(?:ute)?s?(?:\s+read)?|reads?)
        |(?:updated|posted|published)?\s*\d+\s*(?:[smhd]|secs?|seconds?|mins?|minutes?|
        hrs?|hours?|days?|weeks?|months?)\s+ago))+[\s|·•,-]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# Phrases that mark notices about the page or the publisher rather than the story.
_NOTICE_PHRASES = re.compile(
    r"""could\s+not\s+be\s+loaded|check\s+your\s+internet\s+connection|enable\s+javascript|
        your\s+browser|all\s+rights\s+reserved|reproduced\s+without\s+permission|
        (?:republish|repost)(?:ed|ing)?\b|newswire|syndicat\w+|free\s+of\s+charge|for\s+free|
        byline|affiliat\w+|fact-checking|editorial\s+(?:standards|policy|team)|
        our\s+(?:team|writers|editors|policies|logo|newsletter|website|site)|
        get\s+in\s+touch|contact\s+us|reach\s+out\s+to\s+us|email\s+us|\[email\s+protected\]|
        terms\s+of\s+(?:use|service)|privacy\s+policy|cookies?\b|sign\s+up|subscribe|
        we\s+(?:promptly\s+)?correct|strive\s+for\s+transparency|
        this\s+(?:article|story|post)\s+(?:was|has\s+been)\s+(?:updated|amended|corrected)|
        appreciate\s+your\s+(?:trust|support)|support\s+(?:our|independent)\s+journalism""",
    re.IGNORECASE | re.VERBOSE,
)

# Photo and graphics credits: "© Anton Shtuka/AP", "Photo: Reuters", "(Getty Images)".
# A copyright sign marks a credit anywhere; other markers only at the start or the end of
# a line, so a news sentence that mentions "photos by" is not taken for a caption.
_CREDIT_START = re.compile(
    r"^(?:photo(?:graph)?s?|images?|pictures?|credits?|illustrations?)\s*(?:by\b|:)",
    re.IGNORECASE,
)
_CREDIT_END = re.compile(
    r"""(?:\((?:photo(?:graph)?|image|picture)s?\s*(?:by|:)[^)]*\)
        |\bgetty\s+images|\bshutterstock
        |(?-i:\b(?:AFP|AP|Reuters|EPA|Anadolu))(?:\s+via\s+getty\s+images)?
        )\s*\)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# Lines that credit the people who made a graphic or the page: "Cartography by Steven Bernard".
_MAKER_CREDIT = re.compile(
    r"""^(?:cartography|graphics?|illustrations?|photos?|photography|video|design|
        data\s+visuali[sz]ation|additional\s+reporting|reporting|editing|edited|produced|
        written|words)\s+by\s+[\w .,'’-]{2,80}$""",
    re.IGNORECASE | re.VERBOSE,
)


_PUBLISHER_VOICE = re.compile(r"\b(?:we|our|us)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def speaks_as_publisher(text: str) -> bool:
    """True when the text says "we", "our" or "us" outside quotations (a site's promotion)."""
    return bool(_PUBLISHER_VOICE.search(_QUOTED.sub(" ", text)))


# Where the article ends and the comments begin: never part of the article.
_SECTION_BREAK = re.compile(
    r"""^(?:\d[\d,.]*\s+)?(?:
        comments?|responses?|replies|reactions?|
        leave\s+a\s+(?:reply|comment).{0,30}|post\s+a\s+comment|add\s+(?:a|your)\s+comment|
        join\s+the\s+(?:conversation|discussion)|show\s+comments|view\s+comments|
        comments\s+are\s+closed|discussion|
        \d+\s+responses?\s+to\s+.{1,120}
    )[\s.:!|»›>-]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# Boxes that sites put beside or inside an article: a weaker break than comments.
_SIDEBAR_HEADING = re.compile(
    r"""^(?:related(?:\s+(?:articles?|stories|posts|content|coverage|news|reading))?|
        (?:more|recommended)\s+(?:from|for\s+you|stories|articles|news|reading|on\s+this)
        .{0,40}|you\s+(?:may|might)\s+also\s+(?:like|enjoy)|read\s+(?:next|more)|up\s+next|
        most\s+(?:read|popular|viewed|shared|commented)|
        trending(?:\s+(?:now|news|stories|topics))?|popular\s+(?:stories|posts|now)|
        latest\s+(?:news|stories|posts|headlines)|top\s+stories|editor'?s\s+picks?|
        in\s+case\s+you\s+missed\s+it)[\s.:!|»›>-]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# The page footer: "© 2019 CBS Interactive Inc. All Rights Reserved."
_COPYRIGHT_FOOTER = re.compile(
    r"all\s+rights\s+reserved|^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d", re.IGNORECASE
)

# A commenter's handle over a comment: "joetoronto says:", "Jane Doe wrote:".
_COMMENT_HANDLE = re.compile(r"^[\w .'’@-]{1,40}\s+(?:says|said|wrote|writes)\s*:$", re.IGNORECASE)

# A byline block: "By Jane Porter", "Posted by Michael Smith on November 19, 2019".
_BYLINE = re.compile(
    r"^(?i:by|posted\s+by|written\s+by|words\s+by|story\s+by|reporting\s+by|author:?|"
    r"von|por|par|oleh)\s+(?:[A-Z]|@)[\w.'’-]*(?:\s+[\w.'’,:&|·@/+-]+){0,14}(?<![.!?])$",
)

# Prompts to share or act on the page: "Click to share on Twitter (Opens in new window)".
_PROMPT = re.compile(
    r"""^(?:click\s+(?:here\s+)?to\s+\w+|(?:clique|cliquez|haga\s+clic|klicken\s+sie|
        klik)\b|share\s+(?:on|via|this|to)\b|
        (?:opens?\s+in\s+(?:a\s+)?new\s+window)|sign\s+up\s+for|subscribe\s+to|
        follow\s+(?:us|\w+)\s+on|download\s+(?:our|the)\s+app|get\s+(?:our|the)\s+
        (?:newsletter|app)|powered\s+by|copyright\b|©)""",
    re.IGNORECASE | re.VERBOSE,
)


def is_section_break(text: str) -> bool:
    """A short line that starts the comments, which are never part of the article."""
    stripped = text.strip()
    return len(stripped.split()) <= 14 and bool(_SECTION_BREAK.match(stripped))


def is_sidebar_heading(text: str) -> bool:
    """The heading of a box of other stories ("Related", "Most read"), often inside the
    article's flow; the article may continue after the box."""
    stripped = text.strip()
    return len(stripped.split()) <= 10 and bool(_SIDEBAR_HEADING.match(stripped))


def is_copyright_footer(text: str) -> bool:
    stripped = text.strip()
    return len(stripped.split()) <= 30 and bool(_COPYRIGHT_FOOTER.search(stripped))


def is_comment_handle(text: str) -> bool:
    return bool(_COMMENT_HANDLE.match(text.strip()))


def is_byline(text: str) -> bool:
    stripped = text.strip()
    return len(stripped.split()) <= 16 and bool(_BYLINE.match(stripped))


def is_prompt(text: str) -> bool:
    """An invitation to share, subscribe, follow or click, or a copyright line."""
    stripped = text.strip()
    return len(stripped.split()) <= 25 and bool(_PROMPT.match(stripped))


def is_furniture_line(text: str) -> bool:
    """True for a line that is only interface text, a counter or a menu."""
    stripped = text.strip()
    return bool(_FURNITURE_LINE.match(stripped) or _COUNTER.match(stripped)) or is_menu(stripped)


def is_menu(text: str) -> bool:
    """A navigation bar pasted as one line: "Home | World | Business | Sport"."""
    parts = [part.strip() for part in _MENU_SEPARATOR.split(text)]
    if len(parts) < _MENU_MIN_ITEMS or any(
        not part or part.endswith((".", "!", "?", ",")) for part in parts
    ):
        return False
    longest = max(len(part.split()) for part in parts)
    return longest <= _MENU_ITEM_WORDS if len(parts) > _MENU_MIN_ITEMS else longest <= 2


_MENU_SEPARATOR = re.compile(r"\s+[|•·»/]\s+")
# "Headline | Section | Site" has three parts too; in a menu of three every item is a
# word or two, in a longer one up to three words.
_MENU_MIN_ITEMS = 3
_MENU_ITEM_WORDS = 3


def notice_phrase_count(text: str) -> int:
    """How many distinct notice phrases the text contains."""
    return len({match.group(0).lower() for match in _NOTICE_PHRASES.finditer(text)})


def has_photo_credit(text: str) -> bool:
    stripped = text.strip()
    return "©" in stripped or bool(_CREDIT_START.match(stripped) or _CREDIT_END.search(stripped))


def is_maker_credit(text: str) -> bool:
    return bool(_MAKER_CREDIT.match(text.strip()))
