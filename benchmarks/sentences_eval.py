"""How well and how fast the sentence splitter splits news text.

Accuracy: `benchmarks/data/sentence_cases.jsonl` holds hand-written hard cases, one per
line: `{"text", "sentences", "category"}`. A case counts as right only when the splitter
returns exactly the expected sentences (each stripped of surrounding whitespace).
Reported overall and per category.

Speed: the paragraphs of the sample articles (`content/**/*.txt`, split at blank lines)
and the case texts, repeated to at least 5 MB of UTF-8, are split paragraph by paragraph,
as the build does. The best of three runs is reported in MB/s.

`--compare` runs pySBD and sentencex as well, when they can be imported. They are not
dependencies of briefing; install them into a separate environment:

    python -m venv /tmp/bench-venv
    /tmp/bench-venv/bin/pip install -e . pysbd sentencex
    /tmp/bench-venv/bin/python benchmarks/sentences_eval.py --compare

    python benchmarks/sentences_eval.py [--failures] [--compare] [--max-seconds 20]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "benchmarks" / "data" / "sentence_cases.jsonl"
CONTENT = ROOT / "content"
CORPUS_BYTES = 5_000_000

Splitter = Callable[[str], list[str]]


@dataclass(frozen=True)
class Case:
    text: str
    sentences: tuple[str, ...]
    category: str


@dataclass(frozen=True)
class Speed:
    megabytes: float  # how much text was timed
    seconds: float  # best of three runs

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.seconds if self.seconds else float("inf")


def load_cases(path: Path = CASES) -> list[Case]:
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        if "".join(record["sentences"]).replace(" ", "") != "".join(record["text"].split()):
            raise ValueError(f"{path}:{number}: the sentences do not add up to the text")
        cases.append(Case(record["text"], tuple(record["sentences"]), record["category"]))
    return cases


def normalised(sentences: list[str]) -> tuple[str, ...]:
    """Sentences as compared: surrounding whitespace stripped, empty ones dropped."""
    return tuple(stripped for sentence in sentences if (stripped := sentence.strip()))


def accuracy(split: Splitter, cases: list[Case]) -> tuple[dict[str, tuple[int, int]], list]:
    """{category: (right, total)} with "all" included, and the failed cases with output."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for case in cases:
        got = normalised(split(case.text))
        right = got == case.sentences
        for key in ("all", case.category):
            totals[key][0] += right
            totals[key][1] += 1
        if not right:
            failures.append((case, got))
    return {key: (right, total) for key, (right, total) in totals.items()}, failures


def corpus_paragraphs(cases: list[Case], min_bytes: int = CORPUS_BYTES) -> list[str]:
    """Realistic paragraphs, repeated until they hold at least `min_bytes` of UTF-8."""
    paragraphs = []
    for path in sorted(CONTENT.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]
    paragraphs += [case.text for case in cases]
    size = sum(len(paragraph.encode()) for paragraph in paragraphs)
    return paragraphs * -(-min_bytes // size)


def speed(split: Splitter, paragraphs: list[str], max_seconds: float) -> Speed:
    """Best of three runs over the paragraphs. A splitter too slow to split them all
    within `max_seconds` is timed on a leading share sized to fit."""
    probe = paragraphs[: max(len(paragraphs) // 50, 1)]
    probe_seconds = _time_once(split, probe)
    if probe_seconds * len(paragraphs) / len(probe) > max_seconds:
        count = max(int(len(probe) * max_seconds / max(probe_seconds, 1e-9)), 1)
        paragraphs = paragraphs[:count]
    megabytes = sum(len(paragraph.encode()) for paragraph in paragraphs) / 1e6
    return Speed(megabytes, min(_time_once(split, paragraphs) for _ in range(3)))


def _time_once(split: Splitter, paragraphs: list[str]) -> float:
    started = time.perf_counter()
    for paragraph in paragraphs:
        split(paragraph)
    return time.perf_counter() - started


def splitters(compare: bool) -> dict[str, Splitter]:
    found: dict[str, Splitter] = {"briefing": split_sentences}
    if not compare:
        return found
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        found["pySBD"] = segmenter.segment
    except ImportError:
        print("pySBD is not importable; skipped", file=sys.stderr)
    try:
        import sentencex

        found["sentencex"] = lambda text: list(sentencex.segment("en", text))
    except ImportError:
        print("sentencex is not importable; skipped", file=sys.stderr)
    return found


def report(
    name: str, scores: dict[str, tuple[int, int]], measured: Speed, categories: list[str]
) -> None:
    right, total = scores["all"]
    print(f"{name}: {right}/{total} cases right ({right / total:.1%}), ", end="")
    print(f"{measured.mb_per_second:.2f} MB/s ({measured.megabytes:.2f} MB timed)")
    for category in categories:
        right, total = scores[category]
        print(f"  {category:<13} {right:>3}/{total:<3} {right / total:6.1%}")


def show_failures(failures: list) -> None:
    for case, got in failures:
        print(f"\n[{case.category}] {case.text!r}")
        print(f"  expected: {list(case.sentences)}")
        print(f"  got:      {list(got)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the failed cases")
    parser.add_argument("--compare", action="store_true", help="also run pySBD, sentencex")
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=20.0,
        help="time slow splitters on a share of the corpus that fits this budget",
    )
    args = parser.parse_args(argv)

    cases = load_cases()
    categories = sorted({case.category for case in cases})
    paragraphs = corpus_paragraphs(cases)
    for name, split in splitters(args.compare).items():
        scores, failures = accuracy(split, cases)
        report(name, scores, speed(split, paragraphs, args.max_seconds), categories)
        if args.failures:
            show_failures(failures)
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
