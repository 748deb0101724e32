"""Reading Timeline17 stories (../shared/eval/timeline17) as `briefing build` reads articles."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from generator.model import Article, BodyFormat
from generator.partial_date import PartialDate


def detokenise(text: str) -> str:
    """Undo Penn-Treebank tokenisation well enough for sentence splitting and reading:
    brackets written -LRB- and -RRB-, numbers split at their commas ("60 ,000"), and the
    BBC's pound sign stored as '#'."""
    text = text.replace("``", '"').replace("''", '"')
    text = text.replace("-LRB-", "(").replace("-RRB-", ")")
    text = re.sub(r"(\d) ,(\d{3})\b", r"\1,\2", text)
    text = re.sub(r"#\s?(?=\d)", "£", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r"\s+([.,;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    text = re.sub(r'"\s+([^"]*?)\s+"', r'"\1"', text)
    return " ".join(text.split())


def story_articles(folder: Path, id_prefix: str = "a") -> list[Article]:
    """The story's articles, each dated by its publication day; `id_prefix` starts each
    article's id, which ends in its Timeline17 uid."""
    raw = json.loads((folder / "articles.json").read_text("utf-8"))
    return [
        Article(
            id=f"{id_prefix}{item['uid']}",
            path=Path(f"{folder.name}/{item['uid']}.txt"),
            title=f"Article {item['uid']}",
            body=detokenise(item["text"]),
            body_format=BodyFormat.TEXT,
            body_line=1,
            published=PartialDate.from_date(dt.date.fromisoformat(item["dct"])),
            title_inferred=True,
        )
        for item in raw
        if item["text"].strip()
    ]
