"""The rules that find time expressions and resolve them, in the spirit of HeidelTime.

Each rule is a regular expression (built from the lexicon), a trigger word every match
contains, and a resolver that turns a match into a TIMEX3 value, given the anchor and the
direction (past or future) the sentence points to. A resolver returns None when the
expression cannot be resolved with what is known (say, "on Monday" in an article whose
date is only known to the month): such expressions are left out rather than guessed.
The order of the table settles ties between matches of the same length.
"""

from __future__ import annotations

from generator.time import anaphora
from generator.time.lexicon import (
    DECADE_WORDS,
)
from generator.time.patterns import (
    DAY,
    FULL_MONTH,
    MOD,
    MONTH,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NUMBER,
    PART_OF_DAY,
    SEASON,
    T_MONTH,
    T_UNIT,
    T_WEEKDAY,
    T_YEAR,
    UNITS_RE,
    WEEKDAY,
    YEAR,
    Rule,
    compile_rule,
    ignoring_case,
)
from generator.time.resolve_absolute import (
    resolve_century,
    resolve_decade,
    resolve_decade_word,
    resolve_iso,
    resolve_month_alone,
    resolve_month_day,
    resolve_month_day_year,
    resolve_month_of_relative_year,
    resolve_month_year,
    resolve_spelled_year,
    resolve_week_of,
    resolve_year,
)
from generator.time.resolve_relative import (
    QUARTER_REF,
    YEAR_BEFORE_REF,
    resolve_ago,
    resolve_anaphor,
    resolve_deictic_day,
    resolve_holiday,
    resolve_period_edge,
    resolve_quarter,
    resolve_reference,
    resolve_reference_duration,
    resolve_relative_unit,
    resolve_season,
    resolve_this_part_of_day,
    resolve_weekday,
    resolve_weekend,
    resolve_year_quarter,
)
from generator.time.resolve_spans import (
    resolve_clock,
    resolve_duration,
    resolve_noon,
    resolve_set_adverb,
    resolve_set_every,
    resolve_set_rate,
)

_REL = r"(?P<rel>this|last|next|past|coming|previous|current)"

RULES: tuple[Rule, ...] = (
    compile_rule(
        "iso date",
        r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
        resolve_iso,
        trigger=r"\d{4}-\d\d-\d\d",
        reach=(0, 10),
    ),
    compile_rule(
        "month day year",
        rf"(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})",
        resolve_month_day_year,
        trigger=T_MONTH,
        reach=(4, 24),
    ),
    compile_rule(
        "day month year",
        rf"(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH}),?\s+(?P<year>{YEAR})",
        resolve_month_day_year,
        trigger=T_MONTH,
        reach=(16, 16),
    ),
    compile_rule(
        "month year",
        rf"{MOD}?(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})",
        resolve_month_year,
        trigger=T_MONTH,
        reach=(40, 16),
    ),
    compile_rule(
        "week of",
        rf"{ignoring_case('the')}\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})",
        resolve_week_of,
        trigger=r"(?i:week of)",
        reach=(6, 20),
    ),
    compile_rule(
        "month of relative year",
        rf"{MOD}?(?P<month>{MONTH})\s+(?:of\s+)?{ignoring_case(r'(?P<rel>this|last|next)')}\s+{ignoring_case('year')}",
        resolve_month_of_relative_year,
        trigger=T_MONTH,
        reach=(40, 20),
    ),
    compile_rule(
        "month day",
        rf"(?:{ignoring_case(r'(?P<rel>last|next|this)')}\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})"
        r"(?!\s*(?:%|percent|per\b))",
        resolve_month_day,
        trigger=T_MONTH,
        reach=(4, 16),
    ),
    compile_rule(
        "day month",
        rf"(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})",
        resolve_month_day,
        trigger=T_MONTH,
        reach=(16, 12),
    ),
    compile_rule(
        "month",
        rf"{MOD}?(?:{ignoring_case(_REL)}\s+)?(?P<month>{FULL_MONTH}|(?:{MONTH_ABBREVIATIONS})\.)",
        resolve_month_alone,
        trigger=T_MONTH,
        reach=(40, 12),
    ),
    compile_rule(
        "year",
        # "1700 BST" and "0930 GMT" are times of day, not years.
        rf"{ignoring_case(MOD)}?(?:the\s+year\s+)?(?P<year>{YEAR})"
        r"(?!\s*(?:GMT|BST|UTC|[ECMP][SD]T|CES?T|hrs\b|hours\b|local\s+time))",
        resolve_year,
        trigger=T_YEAR,
        reach=(40, 6),
    ),
    compile_rule(
        "decade",
        rf"{ignoring_case(MOD)}?(?:the\s+)?(?P<decade>(?:1[6-9]|20)\d0|'\d0)'?s",
        resolve_decade,
        trigger=r"\d0'?s\b",
        reach=(40, 4),
    ),
    compile_rule(
        "decade word",
        ignoring_case(rf"(?:the\s+)?{MOD}?(?:the\s+)?(?P<word>{'|'.join(DECADE_WORDS)})"),
        resolve_decade_word,
        trigger=r"(?i:ties\b)",
        reach=(48, 4),
    ),
    compile_rule(
        "century",
        ignoring_case(r"(?:the\s+)?(?P<number>\d{1,2})(?:st|nd|rd|th)[- ]century"),
        resolve_century,
        trigger=r"(?i:century)",
        reach=(24, 10),
    ),
    compile_rule(
        "day word",
        ignoring_case(
            r"(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
            rf"tonight|yesterday|tomorrow)(?:\s+(?P<part>{PART_OF_DAY}))?"
        ),
        resolve_deictic_day,
        trigger=r"(?i:\b(?:today|tonight|yesterday|tomorrow))",
        reach=(24, 16),
    ),
    compile_rule(
        "part of day",
        ignoring_case(rf"(?P<rel>this|last)\s+(?P<part>{PART_OF_DAY})"),
        resolve_this_part_of_day,
        trigger=r"(?i:\b(?:morning|afternoon|evening|night))",
        reach=(8, 12),
    ),
    compile_rule(
        "period edge",
        ignoring_case(
            r"(?:(?P<mod>the\s+(?:beginning|start|end|middle)\s+of|the\s+(?:first|second)\s+"
            r"half\s+of)\s+the\s+(?P<unit>week|month|year)|year[- ]end|year's\s+end)(?!-)"
        ),
        resolve_period_edge,
        trigger=r"(?i:\b(?:week|month|year)\b)",
        reach=(32, 8),
    ),
    compile_rule(
        "anaphora",
        anaphora.PATTERN,
        resolve_anaphor,
        trigger=anaphora.TRIGGER,
        reach=(40, 12),
    ),
    compile_rule(
        "relative unit",
        ignoring_case(
            rf"{MOD}?(?:the\s+)?{_REL}\s+(?P<unit>week|weekend|month|year|decade|century)"
        ),
        resolve_relative_unit,
        trigger=r"(?i:\b(?:week|month|year|decade|century))",
        reach=(56, 12),
    ),
    compile_rule(
        "quarter reference",
        ignoring_case(
            r"(?:the\s+|this\s+|its\s+)(?:(?:latest|current|most\s+recent|same|latest\s+fiscal)"
            r"\s+)?(?:fiscal\s+)?quarter(?!-)|the\s+latest\s+period"
        ),
        resolve_reference(QUARTER_REF),
        trigger=r"(?i:\b(?:quarter|period))",
        reach=(32, 4),
    ),
    compile_rule(
        "year before",
        ignoring_case(
            r"a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:comparable\s+)?year[- ]"
            r"(?:earlier|ago)(?:\s+(?:quarter|period))?|last\s+year's\s+(?:quarter|period)"
        ),
        resolve_reference(YEAR_BEFORE_REF),
        trigger=r"(?i:year)",
        reach=(24, 24),
    ),
    compile_rule(
        "ago",
        ignoring_case(
            rf"(?:(?P<n>{NUMBER}|a|an|several|a\s+few|few|many|some|a\s+couple\s+of)\s+)?"
            rf"(?P<unit>{UNITS_RE})\s+ago"
        ),
        resolve_ago,
        trigger=r"(?i:\bago\b)",
        reach=(48, 4),
    ),
    compile_rule(
        "weekday",
        rf"(?:{ignoring_case(r'(?P<rel>last|next|this|past|coming|previous)')}\s+)?"
        rf"(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{ignoring_case(PART_OF_DAY)}))?",
        resolve_weekday,
        trigger=T_WEEKDAY,
        reach=(12, 20),
    ),
    compile_rule(
        "season",
        ignoring_case(
            rf"(?:the\s+(?=(?:early|mid|late)[- ]))?{MOD}?"
            # After "early", "late": "late summer"; otherwise "the summer", "last summer".
            rf"(?:(?:the\s+)?{_REL}\s+|the\s+|(?(mod)|(?!)))"
            rf"(?P<season>{SEASON})"
            rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?"
        ),
        resolve_season,
        trigger=r"(?i:\b(?:spring|summer|fall|autumn|winter))",
        reach=(56, 16),
    ),
    compile_rule(
        "season year",
        ignoring_case(rf"{MOD}?(?P<rel>)(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR})"),
        resolve_season,
        trigger=r"(?i:\b(?:spring|summer|fall|autumn|winter))",
        reach=(40, 16),
    ),
    compile_rule(
        "quarter",
        ignoring_case(
            r"(?:the\s+)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[- ]"
            rf"(?:fiscal[- ])?quarter(?!-)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?(?P<q>)"
        ),
        resolve_quarter,
        trigger=r"(?i:quarter)",
        reach=(32, 16),
    ),
    compile_rule(
        "year's quarter",
        ignoring_case(
            r"(?:(?P<rel>this|last|next)\s+year's|the\s+(?P<year>(?:19|20)\d\d)|"
            r"(?:the\s+)?(?P<ago>year[- ](?:earlier|ago)))\s+"
            r"(?:(?P<ordinal>first|second|third|fourth)[- ](?:fiscal[- ])?)?(?:quarter|period)"
        ),
        resolve_year_quarter,
        trigger=r"(?i:quarter|period)",
        reach=(40, 4),
    ),
    compile_rule(
        "quarter code",
        rf"Q(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?(?P<ordinal>)",
        resolve_quarter,
        trigger=r"Q[1-4]",
        reach=(0, 10),
    ),
    compile_rule(
        "holiday",
        rf"(?:{ignoring_case(r'(?P<rel>last|next|this)')}\s+)?(?P<name>Thanksgiving(?:\s+Day)?|"
        r"Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Easter(?:\s+(?:Sunday|"
        r"Monday|week))?|Election\s+Day|Independence\s+Day|Labor\s+Day|Memorial\s+Day)",
        resolve_holiday,
        trigger=r"Thanksgiving|Christmas|New Year|Easter|Election Day|Independence Day|"
        r"Labor Day|Memorial Day",
        reach=(12, 16),
    ),
    compile_rule(
        "spelled year",
        ignoring_case(
            rf"(?:(?P<month>{MONTH_NAMES})\s+)?(?:the\s+year\s+)?(?:"
            r"(?P<century>nineteen|eighteen|twenty)\s+(?P<tens>ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
            r"fifty|sixty|seventy|eighty|ninety)(?:[- ](?P<units>one|two|three|four|five|six|"
            r"seven|eight|nine))?|(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?"
            r"(?P<thousand_rest>one|two|three|four|five|six|seven|eight|nine))?)"
            r"(?!\s+(?:years|people|dollars|men|women|troops|soldiers|times|miles|tons)\b)"
        ),
        resolve_spelled_year,
        trigger=r"(?i:\b(?:nineteen|eighteen|twenty|thousand)\b)",
        reach=(40, 32),
    ),
    compile_rule(
        "weekend",
        ignoring_case(r"(?:the|this|last|next)\s+weekend"),
        resolve_weekend,
        trigger=r"(?i:weekend)",
        reach=(8, 8),
    ),
    compile_rule(
        "present",
        ignoring_case(
            r"(?:right\s+)?now|currently|at\s+present|presently|nowadays|these\s+days|"
            r"at\s+the\s+moment|at\s+this\s+time|current"
        ),
        resolve_reference("PRESENT_REF"),
        trigger=r"(?i:\b(?:now|current|present|these days|moment|this time))",
        reach=(12, 12),
    ),
    compile_rule(
        "past",
        ignoring_case(r"recently|in\s+the\s+past|formerly|lately|recent"),
        resolve_reference("PAST_REF"),
        trigger=r"(?i:\b(?:recent|past|previous|former|lately))",
        reach=(12, 12),
    ),
    compile_rule(
        "future",
        ignoring_case(r"(?:in\s+)?the\s+(?:near\s+)?future|in\s+future"),
        resolve_reference("FUTURE_REF"),
        trigger=r"(?i:future)",
        reach=(12, 4),
    ),
    compile_rule(
        "clock",
        ignoring_case(
            r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)"
        )
        + r"(?:\s+[A-Z]{2,4}\b)?"
        + rf"(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})\s+(?P<day>{DAY})))?",
        resolve_clock,
        trigger=r"(?i:\b[ap]\.?m\b)",
        reach=(10, 24),
    ),
    compile_rule(
        "noon",
        ignoring_case(r"(?P<word>noon|midday|midnight)") + rf"(?:,?\s+(?P<weekday>{WEEKDAY}))?",
        resolve_noon,
        trigger=r"(?i:noon|midday|midnight)",
        reach=(0, 24),
    ),
    compile_rule(
        "rate",
        ignoring_case(
            r"(?:a|per)\s+(?P<unit>day|week|month|year)(?=\s*(?:[,.;)]|$|\s+(?:for|in|to|on|"
            r"and|or|since|until|over)\b))"
        ),
        resolve_set_rate,
        trigger=T_UNIT,
        reach=(8, 8),
    ),
    compile_rule(
        "accounting year",
        ignoring_case(r"the\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending|ends|to)\b)"),
        resolve_reference_duration("P1Y"),
        trigger=r"(?i:year)",
        reach=(24, 4),
    ),
    compile_rule(
        "duration",
        ignoring_case(
            r"(?:(?P<dmod>more\s+than|less\s+than|at\s+least|up\s+to|no\s+more\s+than|about|"
            r"around|nearly|almost|over(?!\s+the\b)|under|roughly)\s+)?"
            r"(?:the\s+)?(?:(?P<span>past|last|next|first|coming|previous|final)\s+)?"
            rf"(?:(?P<n>{NUMBER}|a|an|several|a\s+few|few|many|recent|a\s+couple\s+of)[- ]"
            r"(?:(?:more|additional|further|extra|trading|business|working|calendar)\s+)?)?"
            rf"(?P<unit>{UNITS_RE})(?P<age>-long|-old|\s+old)?"
            r"(?!\s+(?:ago|from\s+now))"
        ),
        resolve_duration,
        trigger=T_UNIT,
        reach=(64, 12),
    ),
    compile_rule(
        "every",
        ignoring_case(
            r"(?:every|each)\s+(?:single\s+)?(?P<unit>day|week|month|year|quarter|hour|"
            r"morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|"
            rf"saturday|sunday|{MONTH_NAMES})"
        ),
        resolve_set_every,
        trigger=r"(?i:every|each)",
        reach=(0, 40),
    ),
    compile_rule(
        "adverb set",
        ignoring_case(r"(?P<word>daily|nightly|weekly|monthly|annually|yearly|hourly)"),
        resolve_set_adverb,
        trigger=r"(?i:ly\b)",
        reach=(12, 2),
    ),
)
