"""Segmentation: an article's cleaned paragraphs into sentences that keep their origin."""

from __future__ import annotations

from generator.model import ArticleText, BlockKind, Sentence
from generator.text.sentences import split_sentences


def article_sentences(text: ArticleText) -> tuple[Sentence, ...]:
    """The sentences of the article's body paragraphs (headings and captions excluded)."""
    sentences: list[Sentence] = []
    for paragraph in text.paragraphs:
        if paragraph.kind is BlockKind.HEADING:
            continue
        for sentence in split_sentences(paragraph.text):
            sentences.append(
                Sentence(
                    source_id=text.article.id,
                    paragraph=paragraph.index,
                    position=len(sentences),
                    text=sentence,
                    line=paragraph.line,
                )
            )
    return tuple(sentences)
