"""The source list: every article of the story, with the metadata it states."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from generator.model import Article, SourceEntry, Statement


def source_order(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Dated sources first, oldest to newest, then undated ones by file name.

    This order numbers the sources, so citation markers stay the same between builds.
    """
    return tuple(
        sorted(
            articles,
            key=lambda article: (
                article.published is None,
                article.published.sort_key() if article.published else (0, 0, 0),
                article.path.name,
            ),
        )
    )


def source_entries(
    articles: Sequence[Article], statements: Sequence[Statement]
) -> tuple[SourceEntry, ...]:
    cited = Counter(source for statement in statements for source in set(statement.sources))
    return tuple(
        SourceEntry(
            id=article.id,
            title=article.title,
            publisher=article.publisher,
            url=article.url,
            published=article.published,
            date_estimated=article.date_estimated,
            author=article.author,
            repeats=None,
            statements=cited[article.id],
        )
        for article in articles
    )
