"""Story grouping against labelled articles: B-cubed precision, recall and F1, adjusted
Rand index, and the time it takes.

The real corpus mixes real news: Timeline17's two long-running BBC stories (the 2010 oil
spill, 293 articles; the 2009 flu pandemic, 120 articles), 91 web pages as pasted from
a browser (labelled by hand in data/pasted_page_stories.json: 12 stories covered by two
or three pages, the rest alone) and the sample site's five articles on one story. All
are written as loose articles of a site (Timeline17's with their publication date, the
pages as pasted text) and grouped exactly as `briefing build` groups them: loaded,
cleaned, then grouped.

    python benchmarks/grouping_eval.py EVAL_FOLDER [--synthetic N]

`--synthetic N` also times a corpus of N articles from benchmarks/corpus.py (--loose,
with its story labels), for scale.
"""

from __future__ import annotations

import argparse
import collections
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from generator.content import load_content
from generator.diagnostics import Diagnostics
from generator.group import group_stories
from generator.text.clean import clean_articles

HERE = Path(__file__).parent
SAMPLE = HERE.parent / "content" / "ukraine-russia-before-trump"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("eval", type=Path, help="the evaluation data folder (../shared/eval)")
    parser.add_argument("--synthetic", type=int, default=0, help="also time N generated articles")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "real"
        labels = write_real_corpus(arguments.eval, site)
        report("real news", site, labels)
        if arguments.synthetic:
            synthetic = Path(scratch) / "synthetic"
            labels = write_synthetic_corpus(arguments.synthetic, synthetic)
            report(f"synthetic ({arguments.synthetic} articles)", synthetic, labels)
    return 0


def write_real_corpus(eval_folder: Path, site: Path) -> dict[str, str]:
    """Loose articles in site/content/, and each one's story label by file name."""
    content = site / "content"
    content.mkdir(parents=True)
    labels: dict[str, str] = {}
    for story in ("bpoil_bbc", "H1N1_bbc"):
        articles = json.loads((eval_folder / "timeline17" / story / "articles.json").read_text())
        for article in articles:
            name = f"{story.lower()}-{article['uid']}.md"
            text = article["text"]
            title = " ".join(text.split(" . ")[0].split()[:14]).replace('"', "'")
            (content / name).write_text(
                f'---\ntitle: "{title}"\ndate: {article["dct"][:10]}\n---\n\n{text}\n', "utf-8"
            )
            labels[name] = story
    pages = json.loads((HERE / "data" / "pasted_page_stories.json").read_text("utf-8"))
    for path in sorted((eval_folder / "pasted-pages").glob("*.json")):
        page = json.loads(path.read_text("utf-8"))
        name = f"page-{path.stem}.txt"
        (content / name).write_text(page["page_text"], "utf-8")
        labels[name] = "page:" + pages[page["id"]]
    for path in sorted(SAMPLE.glob("*.txt")):
        shutil.copy(path, content / path.name)
        labels[path.name] = "sample"
    return labels


def write_synthetic_corpus(count: int, site: Path) -> dict[str, str]:
    subprocess.run(
        [sys.executable, str(HERE / "corpus.py"), str(site), "--articles", str(count), "--loose"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    labels = json.loads((site / "labels.json").read_text("utf-8"))
    return {Path(path).name: str(story) for path, story in labels.items()}


def report(name: str, site: Path, labels: Mapping[str, str]) -> None:
    diagnostics = Diagnostics()
    content = load_content(site / "content", diagnostics)
    texts = clean_articles(content.articles)
    started = time.perf_counter()
    grouping = group_stories(content, diagnostics, texts, root=site)
    seconds = time.perf_counter() - started
    predicted = {
        article.path.name: story.slug for story in grouping.stories for article in story.articles
    }
    names = sorted(labels)
    missing = [n for n in names if n not in predicted]
    names = [n for n in names if n in predicted]
    gold = [labels[n] for n in names]
    found = [predicted[n] for n in names]
    precision, recall = bcubed(gold, found)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"{name}: {len(names)} articles, {len(set(gold))} labelled stories, "
        f"{len(set(found))} found" + (f" ({len(missing)} articles not loaded)" if missing else "")
    )
    print(
        f"  B-cubed precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
        f"adjusted Rand {adjusted_rand(gold, found):.3f}"
    )
    print(f"  grouping took {seconds:.2f} s (loading and cleaning not counted)")


def bcubed(gold: Sequence[str], found: Sequence[str]) -> tuple[float, float]:
    by_gold: dict[str, set[int]] = collections.defaultdict(set)
    by_found: dict[str, set[int]] = collections.defaultdict(set)
    for index, (g, f) in enumerate(zip(gold, found, strict=True)):
        by_gold[g].add(index)
        by_found[f].add(index)
    precision = recall = 0.0
    for g, f in zip(gold, found, strict=True):
        shared = len(by_gold[g] & by_found[f])
        precision += shared / len(by_found[f])
        recall += shared / len(by_gold[g])
    return precision / len(gold), recall / len(gold)


def adjusted_rand(gold: Sequence[str], found: Sequence[str]) -> float:
    def pairs(n: int) -> float:
        return n * (n - 1) / 2

    table = collections.Counter(zip(gold, found, strict=True))
    index = sum(pairs(n) for n in table.values())
    gold_pairs = sum(pairs(n) for n in collections.Counter(gold).values())
    found_pairs = sum(pairs(n) for n in collections.Counter(found).values())
    total = pairs(len(gold))
    expected = gold_pairs * found_pairs / total if total else 0.0
    maximum = (gold_pairs + found_pairs) / 2
    return (index - expected) / (maximum - expected) if maximum != expected else 1.0


if __name__ == "__main__":
    raise SystemExit(main())
