"""Figures: numbers read as news writes them, what they measure, and real disagreements."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.cli import EXIT_OK, main
from generator.figures.compare import Found, comparable, compare, disagree, reported_together
from generator.figures.measures import measure_of, same_measure
from generator.figures.numbers import find_numbers
from generator.figures.quantities import find_quantities
from generator.model import Sentence
from generator.partial_date import PartialDate
from generator.time.timex import Anchor

DAY = PartialDate(2024, 11, 19)


def only(sentence: str):  # type: ignore[no-untyped-def]
    [quantity] = find_quantities(sentence)
    return quantity


def found(sentence: str, source: str, reported: PartialDate | None = DAY) -> Found:
    quantity = only(sentence)
    anchor = Anchor(reported) if reported else None
    measure = measure_of(sentence, quantity, anchor)
    return Found(quantity, measure, Sentence(source, 0, 0, sentence, 1), reported)


# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("50,000", 50_000, 50_000),
        ("4.5bn", 4.5e9, 4.5e9),
        ("122 billion", 122e9, 122e9),
        ("Ten thousand", 10_000, 10_000),
        ("twenty-five", 25, 25),
        ("half a million", 500_000, 500_000),
        ("30 to 35", 30, 35),
        ("10,000-12,000", 10_000, 12_000),
        ("4 to 5 million", 4e6, 5e6),
        ("tens of thousands of", 20_000, 99_999),
        ("dozens of", 24, 99),
    ],
)
def test_numbers_are_read_as_written(text: str, low: float, high: float) -> None:
    [number] = find_numbers(text)
    assert (number.low, number.high) == (low, high)


def test_between_joins_a_range_but_a_list_stays_apart() -> None:
    [number] = find_numbers("between 10,000 and 12,000 barrels")
    assert (number.low, number.high) == (10_000, 12_000)
    assert len(find_numbers("killing 2 and wounding 3 others")) == 2


# ---------------------------------------------------------------- quantities


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Russia deployed about 50,000 soldiers.", "about 50,000", 47_500, 52_500),
        ("Moscow sent some 45,000 troops.", "some 45,000", 42_750, 47_250),
        ("It lost nearly 593 square kilometers.", "nearly 593 square kilometers", 533.7, 593),
        (
            "Russia took over 1,200 square kilometers.",
            "over 1,200 square kilometers",
            1200,
            math.inf,
        ),
        ("Up to 100,000 troops may be called up.", "Up to 100,000", 0, 100_000),
        ("The fund holds 12,000 dollars.", "12,000 dollars", 11_700, 12_300),
    ],
)
def test_a_hedge_widens_the_value_into_a_range(
    sentence: str, text: str, low: float, high: float
) -> None:
    quantity = only(sentence)
    assert quantity.text == text
    assert quantity.low == pytest.approx(low)
    assert quantity.high == pytest.approx(high)


def test_a_round_number_stands_for_what_it_rounds() -> None:
    # Half the last non-zero digit's place, but never more than 2.5%.
    assert (only("It sent 45,000 troops.").low, only("It sent 45,000 troops.").high) == (
        44_500,
        45_500,
    )
    assert (only("It sent 10,000 troops.").low, only("It sent 10,000 troops.").high) == (
        9_750,
        10_250,
    )
    # A precise number stands for itself.
    precise = only("At least 78,329 troops were killed.")
    assert precise.low == 78_329


@pytest.mark.parametrize(
    ("sentence", "kind", "unit", "value"),
    [
        ("The US has sent $122 billion in total assistance.", "money", "USD", 122e9),
        ("The council approved a £42 million barrier.", "money", "GBP", 42e6),
        ("Ukraine has lost about 40 percent of the ground.", "percent", "%", 40),
        ("Troops still hold roughly 300 square miles.", "area", "km²", 300 * 2.589988),
        ("Along the 1,000-kilometer front line, fighting goes on.", "length", "km", 1000),
        ("The well leaked 5,000 barrels a day.", "volume", "litre", 5000 * 158.987),
    ],
)
def test_units_are_read_and_converted(sentence: str, kind: str, unit: str, value: float) -> None:
    quantity = only(sentence)
    assert (quantity.kind, quantity.unit) == (kind, unit)
    assert quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        # A unit written onto the number, or in its singular after a hyphen.
        ("The funnel is a 40ft tall iron box.", "length", 40 * 0.0003048),
        ("The slick is only 15km from Pensacola.", "length", 15),
        ("BP lowered an 18-metre dome.", "length", 0.018),
        # "m" is metres where a length follows or a conversion closes ...
        ("The rig sank in 1,500 m of water.", "length", 1.5),
        ("The ship is 300m long.", "length", 0.3),
        ("They built a 12m-high wall.", "length", 0.012),
        ("The pipe lies 5,000 ft (1,500 m) below the surface.", "length", 1.5),
        # ... and a million after money or before what is counted.
        ("BP paid £233m on Monday.", "money", 233e6),
        ("It was fined over $10m (£6.5 m) by regulators.", "money", 6.5e6),
        ("About 12m people live there.", "count", 12e6),
        ("An estimated 4.9 m barrels leaked.", "volume", 4.9e6 * 158.987),
    ],
)
def test_attached_units_and_m_as_metres_or_a_million(
    sentence: str, kind: str, value: float
) -> None:
    quantity = find_quantities(sentence)[-1]
    assert quantity.kind == kind
    assert (quantity.low + quantity.high) / 2 == pytest.approx(value, rel=0.05)


def test_what_is_counted_and_rates_are_read() -> None:
    troops = only("The 10,000 North Korean troops recently deployed could tip the balance.")
    assert troops.thing == "North Korean troops"
    aid = only("Kim has provided $5.5 billion in military assistance to Russia.")
    assert aid.thing == "military assistance"
    daily = only("Russian forces are losing 1,000 troops daily in Kursk.")
    assert daily.rate == "day"
    every_day = only("Russia is losing over 1,000 men every day in the battle.")
    assert every_day.rate == "day"


@pytest.mark.parametrize(
    "sentence",
    [
        "The war began in February 2022.",
        "Trump takes office on January 20.",
        "He promised to end the war within 24 hours.",
        "The average age is already over 40 years old.",
        "The talks lasted 12 to 18 months.",
        "Ukraine received F-16 jets.",
        "Flight 370 disappeared.",
        "One of the soldiers was injured.",
        "The score was 3-1 at half time.",
    ],
)
def test_years_dates_durations_ages_and_names_are_not_quantities(sentence: str) -> None:
    assert find_quantities(sentence) == []


# ---------------------------------------------------------------- measures


def test_soldiers_troops_and_forces_are_one_thing() -> None:
    first = found("Russia is deploying a force of about 50,000 soldiers.", "a")
    second = found("Moscow has sent some 45,000 troops to the area.", "b")
    assert first.measure.thing == second.measure.thing == "troops"
    assert first.measure.actor == second.measure.actor == "russia"
    assert same_measure(first.measure, second.measure)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # killed is not casualties
        (
            "At least 78,329 Russian troops have been killed since February 2022.",
            "Russia has suffered 78,000 casualties since February 2022.",
        ),
        # a rate is not a total
        (
            "Russia is losing 1,000 troops daily in Kursk.",
            "Russia has lost 38,000 troops in Kursk.",
        ),
        # different periods
        (
            "Russia has seized approximately 2,700 square kilometers this year.",
            "Russia has captured over 1,200 square kilometers since August.",
        ),
        # one region versus another
        (
            "Russia has lost 38,000 troops in Kursk.",
            "Russia has lost 30,000 troops in Donetsk.",
        ),
        # different qualifiers
        (
            "Some 12,000 North Korean troops are in Kursk.",
            "Some 50,000 Russian troops are in Kursk.",
        ),
        # different actors
        (
            "Kim Jong Un has about 20,000 troops he could do without.",
            "Moscow has sent some 45,000 troops to the area.",
        ),
    ],
)
def test_different_measures_are_not_compared(first: str, second: str) -> None:
    reported = PartialDate(2024, 11, 19)
    anchor = Anchor(reported)
    a, b = only(first), only(second)
    assert not same_measure(measure_of(first, a, anchor), measure_of(second, b, anchor))


# ---------------------------------------------------------------- comparing


def test_ranges_that_overlap_agree_and_others_disagree() -> None:
    assert disagree(only("about 50,000 troops"), only("some 45,000 troops"))
    assert not disagree(only("more than 1,000 troops"), only("1,200 troops"))
    assert not disagree(only("nearly 593 troops"), only("593 troops"))
    assert disagree(only("10,000 troops"), only("some 12,000 troops"))


def test_a_running_total_is_compared_on_the_same_day_only() -> None:
    first = found("Officials said 120 people have died.", "a", PartialDate(2009, 5, 1))
    next_day = found("Officials said 150 people have died.", "b", PartialDate(2009, 5, 2))
    same_day = found("Officials said 150 people have died.", "c", PartialDate(2009, 5, 1))
    assert first.measure.thing == "deaths"
    assert not comparable(first, next_day)
    assert comparable(first, same_day)


def test_other_figures_stand_for_a_day_but_not_a_week() -> None:
    first = found("Moscow has sent some 45,000 troops to Kursk.", "a", PartialDate(2024, 11, 19))
    next_day = found("Russia sent 50,000 troops to Kursk.", "b", PartialDate(2024, 11, 20))
    week_later = found("Russia sent 50,000 troops to Kursk.", "c", PartialDate(2024, 11, 27))
    assert comparable(first, next_day)
    assert not comparable(first, week_later)
    assert reported_together(PartialDate(2024, 11), PartialDate(2024, 11, 19))
    assert reported_together(None, PartialDate(2024, 11, 19))
    assert not reported_together(PartialDate(2024, 10), PartialDate(2024, 11, 19))


def test_a_disagreement_is_explained_with_who_says_what() -> None:
    items = [
        found("Russia is deploying a force of about 50,000 soldiers.", "ft"),
        found("Moscow has deployed approximately 50,000 troops.", "bbc"),
        found("Moscow has sent some 45,000 troops to the area.", "wsj"),
    ]
    [figure] = compare(items, {"ft": "Financial Times", "bbc": "BBC", "wsj": "source 3"})
    assert figure.disagreement
    assert [value.text for value in figure.values] == ["some 45,000", "about 50,000"]
    assert figure.explanation == "Source 3: some 45,000; Financial Times and BBC: about 50,000"


def test_one_source_alone_is_no_figure_and_agreement_is_not_flagged() -> None:
    alone = [
        found("Moscow has sent some 45,000 troops.", "a"),
        found("It sent 45,000 troops.", "a"),
    ]
    assert compare(alone, {}) == ()
    agree = [
        found("Moscow has sent some 45,000 troops.", "a"),
        found("Russia sent 45,000 troops.", "b"),
    ]
    [figure] = compare(agree, {})
    assert not figure.disagreement and figure.explanation is None


# ---------------------------------------------------------------- the site


def test_the_sample_flags_the_troop_numbers_its_sources_disagree_on(sample_site: Path) -> None:
    build(BuildOptions(source=sample_site))
    path = sample_site / "site" / "briefings" / "ukraine-russia-before-trump" / "briefing.json"
    figures = json.loads(path.read_text("utf-8"))["figures"]
    flagged = {f["measure"]: f for f in figures if f["disagreement"]}
    assert set(flagged) == {"Troops deployed by Russia", "North Korean troops deployed, Kursk"}
    korean = flagged["North Korean troops deployed, Kursk"]
    assert [v["text"] for v in korean["values"]] == ["10,000", "some 12,000"]
    russian = flagged["Troops deployed by Russia"]
    assert {v["value"] for v in russian["values"]} >= {45_000, 50_000}
    for figure in figures:
        for value in figure["values"]:
            for evidence in value["evidence"]:
                assert evidence["source"] in value["sources"]
    agreed = [f for f in figures if not f["disagreement"]]
    assert any(f["values"][0]["value"] == 2700 for f in agreed)


def test_the_page_shows_figures_with_links_to_their_passages(sample_site: Path) -> None:
    build(BuildOptions(source=sample_site))
    html = (
        sample_site / "site" / "briefings" / "ukraine-russia-before-trump" / "index.html"
    ).read_text("utf-8")
    assert '<h2 id="figures-heading">Figures</h2>' in html
    assert html.count("Sources disagree</strong>") == 2
    assert 'id="figure-1-1"' in html
    assert 'href="#passage-' in html.split('id="figures-heading"')[1].split("</table>")[0]


def test_inspect_figures_lists_the_quantities_of_one_article(
    capsys: pytest.CaptureFixture[str],
) -> None:
    sample = Path(__file__).parent.parent / "content" / "ukraine-russia-before-trump"
    article = sample / "territorial-offensives-ahead-of-inauguration.txt"
    assert main(["inspect", "figures", str(article), "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    texts = [item["text"] for item in data["quantities"]]
    assert "some 45,000" in texts and "Ten thousand" in texts
    korean = next(item for item in data["quantities"] if item["text"] == "Ten thousand")
    assert korean["qualifiers"] == ["korean", "north"] and korean["places"] == ["kursk"]
    assert main(["inspect", "figures", str(article)]) == EXIT_OK
    assert "measures: North Korean troops deployed, Kursk" in capsys.readouterr().out


def test_an_undated_source_in_a_disagreement_is_named() -> None:
    items = [
        found("Russia is deploying a force of about 50,000 soldiers.", "ft"),
        found("Moscow has sent some 45,000 troops to the area.", "wsj", reported=None),
    ]
    [figure] = compare(items, {"ft": "Financial Times", "wsj": "source 2"})
    assert figure.explanation == (
        "Source 2: some 45,000; Financial Times: about 50,000 (undated: source 2)"
    )


def test_a_match_inferred_from_one_sentence_is_shown_but_not_flagged() -> None:
    items = [
        found("The broken well is leaking 5,000 barrels of oil a day.", "a"),
        found("Some 8,000 barrels of oil a day come out of the broken well.", "b"),
    ]
    # One sentence names no action: shown side by side, but a flag needs certainty.
    assert comparable(items[0], items[1])
    assert not comparable(items[0], items[1], surely=True)
    [figure] = compare(items, {})
    assert [value.text for value in figure.values] == ["5,000 barrels", "Some 8,000 barrels"]
    assert not figure.disagreement and figure.explanation is None
