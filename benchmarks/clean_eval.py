"""How well the cleaner keeps the article and drops the page around it.

Input: a folder of JSON files `{"id", "url", "page_text", "gold_body"}` (the
pasted-pages set: whole web pages as a person copies them, with the article body a person
would keep). Each page is saved as a pasted `.txt` article and loaded through the real
loader and cleaner. Score: precision, recall and F1 over the set of 4-token shingles
(lowercased word tokens) of the kept text against the gold body, averaged over pages.
With this metric the whole page text scores 0.659 (published: 0.665).

    python benchmarks/clean_eval.py ../shared/eval/pasted-pages [--worst 10] [--baseline]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.content import load_article
from generator.diagnostics import Diagnostics
from generator.text.clean import clean_articles

_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = _TOKEN.findall(text.lower())
    return {tuple(words[i : i + size]) for i in range(max(len(words) - size + 1, 0))}


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def score(kept: str, gold: str) -> Score:
    kept_shingles, gold_shingles = shingles(kept), shingles(gold)
    common = len(kept_shingles & gold_shingles)
    precision = common / len(kept_shingles) if kept_shingles else 0.0
    recall = common / len(gold_shingles) if gold_shingles else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)


def kept_text(page_text: str, folder: Path, name: str) -> str:
    """The text the cleaner keeps of a page saved as a pasted article."""
    path = folder / f"{name}.txt"
    path.write_text(page_text, encoding="utf-8")
    article = load_article(path, Diagnostics(), story_folder=None)
    if article is None:
        return ""
    cleaned = clean_articles([article])[str(path)]
    return "\n".join(paragraph.text for paragraph in cleaned.paragraphs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the pasted-pages folder")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument(
        "--baseline", action="store_true", help="also score the whole page text, uncleaned"
    )
    arguments = parser.parse_args()
    pages = [
        json.loads(path.read_text("utf-8")) for path in sorted(arguments.folder.glob("*.json"))
    ]
    if not pages:
        print(f"no *.json pages in {arguments.folder}", file=sys.stderr)
        return 2
    scores: list[tuple[Score, str]] = []
    baseline: list[Score] = []
    with tempfile.TemporaryDirectory() as temporary:
        for page in pages:
            kept = kept_text(page["page_text"], Path(temporary), page["id"])
            scores.append((score(kept, page["gold_body"]), page["id"]))
            baseline.append(score(page["page_text"], page["gold_body"]))
    count = len(scores)

    def mean(values: list[Score]) -> Score:
        return Score(
            sum(s.precision for s in values) / count,
            sum(s.recall for s in values) / count,
            sum(s.f1 for s in values) / count,
        )

    print(f"pages: {count}")
    if arguments.baseline:
        whole = mean(baseline)
        print(
            f"whole page text   precision {whole.precision:.3f}  recall {whole.recall:.3f}"
            f"  F1 {whole.f1:.3f}"
        )
    cleaned = mean([s for s, _ in scores])
    print(
        f"briefing cleaner  precision {cleaned.precision:.3f}  recall {cleaned.recall:.3f}"
        f"  F1 {cleaned.f1:.3f}"
    )
    for page_score, page_id in sorted(scores, key=lambda item: item[0].f1)[: arguments.worst]:
        print(
            f"  {page_id}  P {page_score.precision:.2f}  R {page_score.recall:.2f}"
            f"  F1 {page_score.f1:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
