"""A briefing's title: the editor's, or the most central headline of its sources."""

from __future__ import annotations

from collections.abc import Sequence

from generator.analysis.similarity import Vector, cosine, normalised
from generator.model import Article
from generator.text.tokens import content_terms


def central_headline(articles: Sequence[Article], story_centre: Vector) -> str:
    """The headline whose words weigh most in the story's centroid.

    Headlines the articles state are preferred over titles inferred from a lede.
    """
    stated = [article for article in articles if not article.title_inferred]
    candidates = stated or list(articles)

    def centrality(article: Article) -> float:
        terms = {term: 1.0 for term in content_terms(article.title)}
        return cosine(normalised(terms), story_centre)

    best = max(range(len(candidates)), key=lambda index: (centrality(candidates[index]), -index))
    return candidates[best].title
