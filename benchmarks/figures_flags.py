"""Every disagreement the figures flag on a whole real story, checked against labels.

figures_eval.py scores chosen pairs; a reader sees something else: all the flags a story
of hundreds of articles raises. This script runs the figures analysis on each
Timeline17 story (articles cleaned and split as `briefing build` does), lists every pair
it would flag, and looks each up in benchmarks/data/figure_flags.jsonl, where flags were
labelled by hand, without the rules in view, as "disagree" (a real disagreement),
"agree" or "different" (not the same measure: a false flag).

    python benchmarks/figures_flags.py ../shared/eval/timeline17 [--unlabelled OUT.jsonl]

Flags no label covers yet are counted apart and, with --unlabelled, written out in the
labels' format to be read and labelled; precision is over the labelled flags only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from timeline17 import story_articles

from generator.analysis.figures import story_quantities
from generator.figures.compare import Found, disagreements
from generator.text.clean import clean_articles
from generator.text.segment import article_sentences
from generator.time.timex import Anchor

LABELS = Path(__file__).parent / "data" / "figure_flags.jsonl"


def story_flags(folder: Path) -> tuple[list[tuple[Found, Found]], dict[str, str], float]:
    """The flagged pairs of one story, each article's publication date, and the seconds
    the analysis took."""
    articles = story_articles(folder, f"{folder.name}:")
    started = time.perf_counter()
    cleaned = clean_articles(articles)
    sentences = {a.id: article_sentences(cleaned[str(a.path)]) for a in articles}
    anchors = {a.id: Anchor(a.published) if a.published else None for a in articles}
    flags = disagreements(story_quantities(sentences, anchors))
    seconds = time.perf_counter() - started
    published = {a.id: a.published.iso() for a in articles if a.published}
    return flags, published, seconds


def pair_key(first: dict[str, Any], second: dict[str, Any]) -> tuple[str, ...]:
    """A flag's identity, whichever side it is read from."""
    sides = sorted(
        [(first["sentence"], first["quantity"]), (second["sentence"], second["quantity"])]
    )
    return (*sides[0], *sides[1])


def _side(item: Found, published: dict[str, str]) -> dict[str, Any]:
    return {
        "source": item.sentence.source_id,
        "published": published.get(item.sentence.source_id),
        "sentence": item.sentence.text,
        "quantity": item.quantity.text,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the timeline17 folder, one story per folder")
    parser.add_argument("--unlabelled", type=Path, help="write unlabelled flags here")
    parser.add_argument("--errors", action="store_true", help="list the false flags")
    arguments = parser.parse_args()
    labels = {}
    if LABELS.exists():
        for line in LABELS.read_text("utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                labels[pair_key(case["a"], case["b"])] = case
    stories = sorted(p for p in arguments.folder.iterdir() if (p / "articles.json").exists())
    if not stories:
        print(f"{arguments.folder}: no story folders with an articles.json", file=sys.stderr)
        return 1
    unlabelled: list[dict[str, Any]] = []
    totals = {"flags": 0, "right": 0, "false": 0, "unlabelled": 0}
    for story in stories:
        flags, published, seconds = story_flags(story)
        counts = {"right": 0, "false": 0, "unlabelled": 0}
        for first, second in flags:
            a, b = _side(first, published), _side(second, published)
            case = labels.get(pair_key(a, b))
            if case is None:
                counts["unlabelled"] += 1
                unlabelled.append({"story": story.name, "a": a, "b": b})
            elif case["label"] == "disagree":
                counts["right"] += 1
            else:
                counts["false"] += 1
                if arguments.errors:
                    print(
                        f"  false flag ({case['label']}): {a['quantity']!r} / "
                        f"{b['quantity']!r}: {case.get('why', '')}"
                    )
        print(
            f"{story.name}: {len(flags)} flags, {counts['right']} right, {counts['false']} "
            f"false, {counts['unlabelled']} unlabelled ({seconds:.1f} s)"
        )
        totals["flags"] += len(flags)
        for key, value in counts.items():
            totals[key] += value
    labelled = totals["right"] + totals["false"]
    precision = totals["right"] / labelled if labelled else 0.0
    print(
        f"all: {totals['flags']} flags; precision {precision:.3f} over {labelled} labelled "
        f"({totals['right']} right, {totals['false']} false); {totals['unlabelled']} unlabelled"
    )
    if arguments.unlabelled:
        arguments.unlabelled.write_text(
            "".join(json.dumps(case, ensure_ascii=False) + "\n" for case in unlabelled), "utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
