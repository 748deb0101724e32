"""What an article is about, as terms for grouping it with others.

The headline counts three times, the names in the opening (people, places,
organisations: capitalised words inside sentences) twice, and the opening words once:
what a story is about is said early, and the tail of an article wanders (background,
quotes, other stories). Numbers are left out: they are facts, not topics.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.grouping.cluster import Document
from generator.model import Article, ArticleText
from generator.text.tokens import content_terms

_OPENING_WORDS = 150
_HEADLINE_WEIGHT = 3
_NAME_WEIGHT = 2
# A capitalised word (or run of them) that does not start a sentence: a name.
_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)(?<!\n)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")


def article_document(article: Article, text: ArticleText | None) -> Document:
    body = " ".join(p.text for p in text.paragraphs) if text else article.body
    opening = " ".join(body.split()[:_OPENING_WORDS])
    headline = content_terms(article.title)
    names = [name.lower().replace(" ", "_") for name in _NAME.findall(opening)]
    terms = [
        *(headline * _HEADLINE_WEIGHT),
        *content_terms(opening),
        *(names * _NAME_WEIGHT),
    ]
    return Document(
        key=str(article.path),
        terms=tuple(term for term in terms if not term[0].isdigit()),
        day=_day(article),
        names=frozenset(names),
    )


def _day(article: Article) -> dt.date | None:
    if article.published is None or article.published.day is None:
        return None
    return article.published.first_day()
