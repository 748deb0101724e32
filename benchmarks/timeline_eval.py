"""Timeline dates: how well briefing's timeline picks the dates journalists put on theirs.

Data: Timeline17-style stories, each a folder with `articles.json`
(`[{"uid", "dct", "text"}]`, tokenised text) and `*.timeline.json`
(`[{"date": "YYYY-MM-DD", "text"}]`). Every story's articles go through briefing's real
cleaning, sentence splitting and timeline (each article anchored at its publication
date). As many dates as the journalists chose are taken by the product's own ranking
(`ranked_dates`: the number of sources naming a date, weighted by its precision), and
the day-precise ones are scored against theirs: precision, recall and F1 (the measure of
Tran et al. and later work; the best published method reaches 0.544).

Also reported: the share of the journalists' dates that any mention resolves to at all
(what a perfect selection could reach), and how many dates only month or year precision
gave.

    python benchmarks/timeline_eval.py ../shared/eval/timeline17
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from timeline17 import story_articles

from generator.analysis.timeline import build_timeline, mentions, ranked_dates
from generator.partial_date import PartialDate
from generator.text.clean import clean_articles
from generator.text.segment import article_sentences
from generator.time.point import Granularity
from generator.time.timex import Anchor


def evaluate_story(folder: Path) -> dict[str, float]:
    [timeline_file] = folder.glob("*.timeline.json")
    gold = {
        dt.date.fromisoformat(entry["date"])
        for entry in json.loads(timeline_file.read_text("utf-8"))
    }
    articles = story_articles(folder)
    started = time.perf_counter()
    cleaned = clean_articles(articles)
    sentences = {a.id: article_sentences(cleaned[str(a.path)]) for a in articles}
    anchors = {a.id: Anchor(a.published) if a.published else None for a in articles}
    found = mentions(sentences, anchors)
    latest = max((a.published for a in articles if a.published), key=PartialDate.sort_key)
    entries = build_timeline(found, [a.id for a in articles], latest, 0)
    seconds = time.perf_counter() - started
    chosen = {
        p.first for p in ranked_dates(entries)[: len(gold)] if p.granularity is Granularity.DAY
    }
    mentioned = {m.point.first for m in found if m.point.granularity is Granularity.DAY}
    hits = len(chosen & gold)
    precision = hits / len(chosen) if chosen else 0.0
    recall = hits / len(gold)
    return {
        "articles": len(articles),
        "gold dates": len(gold),
        "chosen dates": len(chosen),
        "coarse dates": sum(
            1 for p in ranked_dates(entries)[: len(gold)] if p.granularity is not Granularity.DAY
        ),
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if hits else 0.0,
        "ceiling": len(mentioned & gold) / len(gold),
        "seconds": seconds,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    arguments = parser.parse_args()
    stories = sorted(p for p in arguments.folder.iterdir() if (p / "articles.json").exists())
    if not stories:
        print(f"no stories in {arguments.folder}", file=sys.stderr)
        return 2
    results = {story.name: evaluate_story(story) for story in stories}
    print(
        f"{'story':14} {'articles':>8} {'gold':>5} {'chosen':>6} {'P':>6} {'R':>6} "
        f"{'F1':>6} {'ceiling':>8} {'seconds':>8}"
    )
    for name, result in results.items():
        print(
            f"{name:14} {result['articles']:8d} {result['gold dates']:5d} "
            f"{result['chosen dates']:6d} {result['precision']:6.3f} {result['recall']:6.3f} "
            f"{result['f1']:6.3f} {result['ceiling']:8.3f} {result['seconds']:8.1f}"
        )
    mean_f1 = sum(r["f1"] for r in results.values()) / len(results)
    print(f"mean date F1: {mean_f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
