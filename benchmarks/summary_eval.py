"""Summary quality: ROUGE of briefing's summaries against journalists' timeline entries,
side by side with LexRank (sumy) and a lead baseline on the same inputs.

Data: Timeline17-style folders, each with `articles.json` (`[{"uid", "dct", "text"}]`,
tokenised text) and `*.timeline.json` (`[{"date", "text"}]`). For every timeline date, the
articles published that day or the day before form a cluster, and the timeline's text for
that date is the reference. Every system gets the same budget: as many sentences as the
reference has (or `--sentences N`). All systems use briefing's sentence splitter, so only
the selection differs.

Needs `sumy` and `rouge-score` (benchmarks/requirements.txt), not installed with briefing:

    python -m venv /tmp/bench && /tmp/bench/bin/pip install -e . -r benchmarks/requirements.txt
    /tmp/bench/bin/python benchmarks/summary_eval.py ../shared/eval/timeline17
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rouge_score import rouge_scorer
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words
from timeline17 import detokenise

from generator.analysis.briefing import analyse
from generator.config import AnalysisSettings
from generator.model import Article, BodyFormat, Story
from generator.text.clean import clean_articles
from generator.text.segment import article_sentences
from generator.text.sentences import split_sentences
from generator.text.tokens import words


@dataclass(frozen=True)
class Cluster:
    story: str
    date: str
    articles: tuple[tuple[str, str], ...]
    """(uid, text) of each article."""
    reference: str


def load_clusters(folder: Path) -> list[Cluster]:
    clusters = []
    for story in sorted(path for path in folder.iterdir() if path.is_dir()):
        articles = json.loads((story / "articles.json").read_text("utf-8"))
        [timeline_file] = story.glob("*.timeline.json")
        for entry in json.loads(timeline_file.read_text("utf-8")):
            day = dt.date.fromisoformat(entry["date"])
            wanted = {day.isoformat(), (day - dt.timedelta(days=1)).isoformat()}
            members = tuple(
                (str(article["uid"]), detokenise(article["text"]))
                for article in sorted(articles, key=lambda a: (a["dct"], str(a["uid"])))
                if article["dct"] in wanted and article["text"].strip()
            )
            if members:
                clusters.append(
                    Cluster(story.name, entry["date"], members, detokenise(entry["text"]))
                )
    return clusters


Summariser = Callable[[Cluster, int], list[str]]


def briefing_summary(cluster: Cluster, budget: int) -> list[str]:
    articles = [
        Article(
            id=f"a{uid}",
            path=Path(f"{cluster.story}/{uid}.txt"),
            title=text[:80],
            body=text,
            body_format=BodyFormat.TEXT,
            body_line=1,
            title_inferred=True,
        )
        for uid, text in cluster.articles
    ]
    cleaned = clean_articles(articles)
    sentences = {a.id: article_sentences(cleaned[str(a.path)]) for a in articles}
    story = Story(cluster.date, tuple(articles), None, Path(cluster.story))
    briefing = analyse(story, sentences, AnalysisSettings(summary_sentences=budget, key_points=0))
    return [statement.text for statement in briefing.summary]


class _BriefingTokenizer:
    """sumy tokenizer backed by briefing's own sentence splitter and word pattern."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> list[str]:
        return words(sentence)


def lexrank_summary(cluster: Cluster, budget: int) -> list[str]:
    document = "\n\n".join(text for _, text in cluster.articles)
    parser = PlaintextParser.from_string(document, _BriefingTokenizer())
    summariser = LexRankSummarizer(Stemmer("english"))
    summariser.stop_words = get_stop_words("english")
    return [str(sentence) for sentence in summariser(parser.document, budget)]


def lead_summary(cluster: Cluster, budget: int) -> list[str]:
    """The first sentences of the first article: the classic news baseline."""
    return split_sentences(cluster.articles[0][1])[:budget]


SYSTEMS: dict[str, Summariser] = {
    "briefing": briefing_summary,
    "lexrank (sumy)": lexrank_summary,
    "lead": lead_summary,
}


def evaluate(clusters: Sequence[Cluster], fixed_budget: int | None) -> dict[str, dict[str, float]]:
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    scores: dict[str, dict[str, list[float]]] = {
        name: {"rouge1": [], "rouge2": [], "sentences": []} for name in SYSTEMS
    }
    for cluster in clusters:
        budget = fixed_budget or max(1, len(split_sentences(cluster.reference)))
        for name, summarise in SYSTEMS.items():
            summary = summarise(cluster, budget)
            result = scorer.score(cluster.reference, " ".join(summary))
            scores[name]["rouge1"].append(result["rouge1"].fmeasure)
            scores[name]["rouge2"].append(result["rouge2"].fmeasure)
            scores[name]["sentences"].append(len(summary))
    return {
        name: {metric: statistics.fmean(values) for metric, values in by_metric.items()}
        for name, by_metric in scores.items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="folder of Timeline17-style stories")
    parser.add_argument(
        "--sentences",
        type=int,
        default=None,
        help="a fixed budget instead of the reference's sentence count",
    )
    arguments = parser.parse_args()
    clusters = load_clusters(arguments.folder)
    if not clusters:
        print(f"no clusters found in {arguments.folder}", file=sys.stderr)
        return 2
    stories = sorted({cluster.story for cluster in clusters})
    budget = f"{arguments.sentences} sentences" if arguments.sentences else "reference length"
    print(f"{len(clusters)} clusters from {', '.join(stories)}; budget: {budget}")
    print(f"{'system':16} {'ROUGE-1 F':>10} {'ROUGE-2 F':>10} {'sentences':>10}")
    for name, result in evaluate(clusters, arguments.sentences).items():
        print(
            f"{name:16} {result['rouge1']:10.4f} {result['rouge2']:10.4f} "
            f"{result['sentences']:10.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
