"""Figures against hand-labelled data: quantity extraction and disagreement flags.

Two files in benchmarks/data/, labelled by reading real news (Timeline17's BBC stories on
the 2010 oil spill and the 2009 flu pandemic, and the sample site's articles):

- figure_sentences.jsonl: sentences with every quantity a reader would compare (its span,
  value and kind), and sentences whose numbers are not quantities (years, ages, dates).
  Scored: precision and recall of the quantities found (a found quantity is right when its
  span overlaps a labelled one), then how often the kind and the value are right.
- figure_pairs.jsonl: pairs of quantities from different articles, labelled "agree",
  "disagree" or "different" (not the same measure). Scored: precision and recall of the
  disagreement flags, and of "same measure" (agree or disagree) decisions. The rules were
  developed against these pairs.
- figure_pairs_heldout.jsonl: more pairs of the same kind, from other sentences and
  mostly other articles, labelled later by a reader who had not seen the rules. They
  were never used to change the rules: the honest estimate.

    python benchmarks/figures_eval.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from generator.figures.compare import Found, comparable, disagree
from generator.figures.measures import measure_of
from generator.figures.quantities import Quantity, find_quantities
from generator.model import Sentence
from generator.partial_date import parse_iso
from generator.time.timex import Anchor

DATA = Path(__file__).parent / "data"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every mistake")
    arguments = parser.parse_args()
    extraction(_read(DATA / "figure_sentences.jsonl"), arguments.errors)
    print()
    print("development pairs (the rules were written while reading their mistakes):")
    pairs(_read(DATA / "figure_pairs.jsonl"), arguments.errors)
    print()
    # Labelled afterwards by a reader who never saw the rules; never used to change them,
    # so its mistakes are not listed.
    print("held-out pairs (labelled separately, never used to write the rules):")
    pairs(_read(DATA / "figure_pairs_heldout.jsonl"), show_errors=False)
    return 0


def _read(path: Path) -> list[dict[str, Any]]:
    return [
        _untokenised(json.loads(line))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]


def _untokenised(case: Any) -> Any:
    """Timeline17's text is tokenised: brackets written -LRB- and -RRB-, "60 ,000" split,
    and the BBC's pound sign stored as '#'. Undone the same way in every sentence and
    span, so the benchmark reads text as a site would get it."""
    if isinstance(case, dict):
        return {key: _untokenised(value) for key, value in case.items()}
    if isinstance(case, list):
        return [_untokenised(value) for value in case]
    if isinstance(case, str):
        text = case.replace("-LRB-", "(").replace("-RRB-", ")")
        text = re.sub(r"(\d) ,(\d{3})", r"\1,\2", text)
        return re.sub(r"#\s?(?=\d)", "£", text)
    return case


def _span(sentence: str, text: str) -> tuple[int, int]:
    start = sentence.find(text)
    return start, start + len(text)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def extraction(cases: list[dict[str, Any]], show_errors: bool) -> None:
    found_total = gold_total = found_right = gold_found = kind_right = value_right = 0
    errors = []
    for case in cases:
        sentence = case["sentence"]
        gold = [(_span(sentence, q["text"]), q) for q in case["quantities"]]
        found = find_quantities(sentence)
        found_total += len(found)
        gold_total += len(gold)
        for quantity in found:
            span = (quantity.start, quantity.end)
            matches = [q for g_span, q in gold if _overlap(span, g_span)]
            if not matches:
                errors.append(f"extra    {quantity.text!r} in: {sentence}")
                continue
            found_right += 1
            expected = matches[0]
            kind_right += _kind(quantity) == expected["kind"]
            if _same_value(quantity, expected["value"]):
                value_right += 1
            else:
                errors.append(
                    f"value    {quantity.text!r} read as {quantity.number:g}, "
                    f"labelled {expected['value']:g}: {sentence}"
                )
        for g_span, expected in gold:
            if any(_overlap((q.start, q.end), g_span) for q in found):
                gold_found += 1
            else:
                errors.append(f"missed   {expected['text']!r} in: {sentence}")
    precision = found_right / found_total if found_total else 0.0
    recall = gold_found / gold_total if gold_total else 0.0
    print(f"quantity extraction: {len(cases)} sentences, {gold_total} labelled quantities")
    print(f"  precision {precision:.3f}  recall {recall:.3f}  F1 {_f1(precision, recall):.3f}")
    if found_right:
        print(
            f"  of those found and labelled: kind right {kind_right / found_right:.3f}, "
            f"value right {value_right / found_right:.3f}"
        )
    if show_errors:
        print("\n".join(f"  {error}" for error in errors))


def _kind(quantity: Quantity) -> str:
    return "percent" if quantity.kind == "points" else quantity.kind


def _same_value(quantity: Quantity, expected: float) -> bool:
    return abs(quantity.number - expected) <= 0.01 * max(abs(expected), 1)


def pairs(cases: list[dict[str, Any]], show_errors: bool) -> None:
    counts = {"tp": 0, "fp": 0, "fn": 0, "same_tp": 0, "same_fp": 0, "same_fn": 0}
    unread = 0
    errors = []
    for case in cases:
        first, second = _found(case["a"], "a"), _found(case["b"], "b")
        if first is None or second is None:
            unread += 1
            flagged = same = False
        else:
            same = comparable(first, second)
            flagged = comparable(first, second, surely=True) and disagree(
                first.quantity, second.quantity
            )
        label = case["label"]
        expected_flag = label == "disagree"
        expected_same = label in ("agree", "disagree")
        counts["tp"] += flagged and expected_flag
        counts["fp"] += flagged and not expected_flag
        counts["fn"] += expected_flag and not flagged
        counts["same_tp"] += same and expected_same
        counts["same_fp"] += same and not expected_same
        counts["same_fn"] += expected_same and not same
        if flagged != expected_flag or same != expected_same:
            verdict = "disagree" if flagged else "agree" if same else "different"
            errors.append(
                f"{case['id']}: labelled {label}, judged {verdict}: "
                f"{case['a']['quantity']!r} / {case['b']['quantity']!r} ({case.get('why', '')})"
            )
    labels = [case["label"] for case in cases]
    print(
        f"disagreement flags: {len(cases)} pairs "
        f"({labels.count('disagree')} disagree, {labels.count('agree')} agree, "
        f"{labels.count('different')} different); {unread} with a quantity not read"
    )
    precision, recall = _rates(counts["tp"], counts["fp"], counts["fn"])
    print(
        f"  disagreement: precision {precision:.3f}  recall {recall:.3f}  "
        f"({counts['tp']} right flags, {counts['fp']} false, {counts['fn']} missed)"
    )
    precision, recall = _rates(counts["same_tp"], counts["same_fp"], counts["same_fn"])
    print(f"  same measure: precision {precision:.3f}  recall {recall:.3f}")
    if show_errors:
        print("\n".join(f"  {error}" for error in errors))


def _found(side: dict[str, Any], source: str) -> Found | None:
    sentence = side["sentence"]
    span = _span(sentence, side["quantity"])
    quantities = [q for q in find_quantities(sentence) if _overlap((q.start, q.end), span)]
    if not quantities:
        return None
    published = parse_iso(side["published"])[0] if side.get("published") else None
    anchor = Anchor(published) if published else None
    quantity = quantities[0]
    measure = measure_of(sentence, quantity, anchor)
    return Found(quantity, measure, Sentence(source, 0, 0, sentence, 1), published)


def _rates(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
