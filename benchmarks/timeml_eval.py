"""Time expressions: how well briefing finds and resolves them, scored as TempEval-3 does.

Data: TimeML `.tml` files (TempEval-3 TBAQ: TimeBank + AQUAINT). The document creation
time in `<DCT>` is the anchor; every `<TIMEX3>` in `<TEXT>` is a gold expression. The
tagger runs on the text with all tags stripped.

Scores (TempEval-3, UzZaman et al. 2013):
- extent strict F1: system and gold spans identical;
- extent relaxed F1: spans overlap (each gold matched at most once);
- value F1: relaxed matches whose normalised value is identical, over all system and all
  gold expressions.
Reported for DATE expressions and for all types (DATE, TIME, DURATION, SET), with the
speed of finding and resolving in MB/s.

    python benchmarks/timeml_eval.py ../shared/eval/timeml [--errors 40] [--type DATE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from generator.time.tagger import find_timexes

_TIMEX = re.compile(r"<TIMEX3\s+([^>]*)>(.*?)</TIMEX3>", re.S)
_TAG = re.compile(r"<[^>]+>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    creation_time: dt.date
    text: str
    gold: tuple[Gold, ...]


def read_document(path: Path) -> Document:
    source = path.read_text("utf-8")
    dct_match = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d{2}-\d{2})", source)
    if dct_match is None:
        raise ValueError(f"{path}: no document creation time")
    body = source.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
    text_parts: list[str] = []
    gold: list[Gold] = []
    length = 0
    position = 0
    for match in _TIMEX.finditer(body):
        before = _TAG.sub("", body[position : match.start()])
        text_parts.append(before)
        length += len(before)
        inner = _TAG.sub("", match.group(2))
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        gold.append(
            Gold(
                length, length + len(inner), inner, attributes["type"], attributes.get("value", "")
            )
        )
        text_parts.append(inner)
        length += len(inner)
        position = match.end()
    text_parts.append(_TAG.sub("", body[position:]))
    text = "".join(text_parts)
    return Document(path.name, dt.date.fromisoformat(dct_match.group(1)), text, tuple(gold))


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0

    def f1(self, hits: int) -> float:
        precision = hits / self.system if self.system else 0.0
        recall = hits / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


_CONTEXT = 0


def _around(document: Document, start: int, end: int) -> str:
    if not _CONTEXT:
        return ""
    before = document.text[max(0, start - _CONTEXT) : start]
    after = document.text[end : end + _CONTEXT]
    return " | " + " ".join(f"{before}[{document.text[start:end]}]{after}".split())


def score(documents: list[Document], only_type: str | None, errors: list[str]) -> Tally:
    tally = Tally()
    for document in documents:
        found = [
            t
            for t in find_timexes(document.text, document.creation_time)
            if only_type is None or t.type == only_type
        ]
        gold = [g for g in document.gold if only_type is None or g.type == only_type]
        tally.gold += len(gold)
        tally.system += len(found)
        used: set[int] = set()
        for expected in gold:
            match = next(
                (
                    i
                    for i, t in enumerate(found)
                    if i not in used and t.start < expected.end and expected.start < t.end
                ),
                None,
            )
            if match is None:
                errors.append(
                    f"MISS  {document.creation_time} {expected.type:8} "
                    f"{expected.value:14} {expected.text!r}"
                    + _around(document, expected.start, expected.end)
                )
                continue
            used.add(match)
            system = found[match]
            tally.relaxed += 1
            tally.strict += (system.start, system.end) == (expected.start, expected.end)
            if system.value == expected.value:
                tally.value += 1
            else:
                errors.append(
                    f"VALUE {document.creation_time} {expected.type:8} "
                    f"{expected.value:14} got {system.value:14} {expected.text!r} / "
                    f"{system.text!r}" + _around(document, system.start, system.end)
                )
        for index, system in enumerate(found):
            if index not in used:
                errors.append(
                    f"EXTRA {document.creation_time} {system.type:8} "
                    f"{system.value:14} {system.text!r}"
                    + _around(document, system.start, system.end)
                )
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    parser.add_argument(
        "--context",
        type=int,
        default=0,
        help="with --errors, show this many characters around each error",
    )
    arguments = parser.parse_args()
    global _CONTEXT
    _CONTEXT = arguments.context
    paths = sorted(arguments.folder.rglob("*.tml"))
    documents = [read_document(path) for path in paths]
    if not documents:
        print(f"no .tml files in {arguments.folder}", file=sys.stderr)
        return 2
    characters = sum(len(d.text) for d in documents)
    print(
        f"{len(documents)} documents, {characters / 1e6:.2f} MB of text, "
        f"{sum(len(d.gold) for d in documents)} gold expressions"
    )
    print(
        f"{'':8} {'gold':>6} {'system':>6} {'strict F1':>10} {'relaxed F1':>11} "
        f"{'value F1':>9} {'values right':>13}"
    )
    all_errors: list[str] = []
    for label, only_type in (("DATE", "DATE"), ("all", None)):
        errors: list[str] = []
        tally = score(documents, only_type, errors)
        print(
            f"{label:8} {tally.gold:6} {tally.system:6} {tally.f1(tally.strict):10.3f} "
            f"{tally.f1(tally.relaxed):11.3f} {tally.f1(tally.value):9.4f} {tally.value:13}"
        )
        if only_type is None:
            all_errors = errors
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for document in documents:
            find_timexes(document.text, document.creation_time)
        best = min(best, time.perf_counter() - started)
    print(f"speed: {characters / 1e6 / best:.2f} MB/s (best of 3)")
    if arguments.errors:
        kinds = Counter(error.split()[0] for error in all_errors)
        print(f"errors: {dict(kinds)}")
        for kind in ("VALUE", "MISS", "EXTRA"):
            shown = [e for e in all_errors if e.startswith(kind)][: arguments.errors]
            print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
