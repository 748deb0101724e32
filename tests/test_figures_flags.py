"""When the figures of a whole story are flagged as a disagreement, and when they are not.

Each rule here was found on real stories of hundreds of articles
(benchmarks/figures_flags.py), where a pairwise rule alone flagged almost only false
disagreements: other places, other times, lists and estimates the source itself
replaced.
"""

from __future__ import annotations

import pytest

from generator.figures.compare import Found, disagree, disagreements
from generator.figures.measures import measure_of, same_measure
from generator.figures.places import actor, places
from generator.figures.quantities import find_quantities
from generator.model import Sentence
from generator.partial_date import PartialDate
from generator.time.tagger import find_timexes
from generator.time.timex import Anchor

DAY = PartialDate(2009, 5, 4)


def item(sentence: str, source: str, index: int = 0, position: int = 0) -> Found:
    """The `index`th quantity of `sentence`, as source `source` states it on DAY."""
    quantity = find_quantities(sentence)[index]
    measure = measure_of(sentence, quantity, Anchor(DAY))
    return Found(quantity, measure, Sentence(source, 0, position, sentence, 1), DAY)


def flagged(items: list[Found]) -> set[tuple[str, str]]:
    return {(a.quantity.text, b.quantity.text) for a, b in disagreements(items)}


def only(sentence: str):  # type: ignore[no-untyped-def]
    [quantity] = find_quantities(sentence)
    return quantity


# ---------------------------------------------------------------- what disagrees


def test_values_far_apart_are_different_measures_not_a_disagreement() -> None:
    assert disagree(only("5,000 barrels a day"), only("about 70,000 barrels a day"))
    assert not disagree(only("less than 300 barrels"), only("3.3 million barrels"))


def test_one_sided_hedges_do_not_disagree_but_different_ranges_do() -> None:
    assert not disagree(only("more than 100 people"), only("more than 160 people"))
    assert not disagree(only("up to 40 people"), only("up to 60 people"))
    assert disagree(only("12,000 to 19,000 barrels"), only("12,000 to 24,000 barrels"))


# ---------------------------------------------------------------- what is measured


def test_a_country_reporting_its_own_tally_is_its_place() -> None:
    first = item("Mexico has now confirmed 25 fatalities from the virus.", "a")
    second = item("The virus was confirmed as the cause of 26 deaths in Mexico.", "b")
    assert first.measure.places == second.measure.places == {"mexico"}
    assert first.measure.qualifiers == second.measure.qualifiers == {"confirmed"}
    assert flagged([first, second]) == {("25", "26")}
    # A country that captures or sends acts elsewhere: it is no place of the number.
    assert places("Russia has captured 1,000 square kilometres", "russia") == frozenset()
    assert actor("Russia has captured ") == "russia"
    assert places("leaking 60,000 barrels a day, according to US scientists") == frozenset()


def test_deaths_and_cases_keep_their_own_action_whatever_stands_near() -> None:
    sentence = "Cases have soared to nearly 13,400 in 48 countries, with 100 deaths."
    deaths = next(q for q in find_quantities(sentence) if q.text == "100")
    measure = measure_of(sentence, deaths, Anchor(DAY))
    assert (measure.thing, measure.action) == ("deaths", "killed")
    mixed = "The flu caused 26 deaths in Mexico and 701 people have been infected."
    infected = next(q for q in find_quantities(mixed) if q.text == "701")
    assert measure_of(mixed, infected, Anchor(DAY)).thing == "cases"


def test_an_increase_is_not_the_tally() -> None:
    new = item("England saw 535 new cases today.", "a")
    total = item("There are now 6,538 cases in England.", "b")
    further = item("A further 32 people are undergoing tests.", "c")
    assert "(new)" in new.measure.qualifiers and "(new)" in further.measure.qualifiers
    assert not same_measure(new.measure, total.measure)


def test_a_figure_from_an_earlier_stage_is_not_compared_with_the_current_one() -> None:
    then = item("When the leak was first announced, BP said 1,000 barrels a day leaked.", "a")
    now = item("The Coast Guard estimates that 35,000 barrels a day are leaking.", "b")
    assert "(earlier)" in then.measure.qualifiers
    assert not same_measure(then.measure, now.measure)
    # "initial" of another noun says nothing of the number
    force = item("After the initial invasion, Moscow has sent 50,000 troops.", "c")
    assert "(earlier)" not in force.measure.qualifiers


def test_the_day_a_figure_was_said_is_not_its_period_but_a_past_year_is() -> None:
    said = item("26 deaths were confirmed, the health minister said on Monday.", "a")
    assert said.measure.period is None
    history = item("1957: Asian flu killed two million people.", "b")
    assert history.measure.period == ("in", "1957")


def test_a_time_of_day_in_hours_is_not_a_year() -> None:
    values = [t.value for t in find_timexes("As of 1700 BST on 15 June 2009, 76 countries", None)]
    assert values == ["2009-06-15"]


# ---------------------------------------------------------------- reading the numbers


@pytest.mark.parametrize(
    ("sentence", "text", "low_barrels", "high_barrels", "rate"),
    [
        # a conversion in brackets splits neither a range nor a rate
        (
            "Estimates range from 12,000 barrels (504,000 gallons) to 25,000 barrels per day.",
            "12,000 barrels (504,000 gallons) to 25,000 barrels",
            12_000,
            25_000,
            "day",
        ),
        (
            "About 5,000 barrels (210,000 gallons, 795,000 litres) a day are escaping.",
            "About 5,000 barrels",
            4_750,
            5_250,
            "day",
        ),
        # thousands left off the first number of a range
        (
            "Some 20-40,000 barrels a day were leaking.",
            "Some 20-40,000 barrels",
            20_000,
            40_000,
            "day",
        ),
    ],
)
def test_ranges_and_rates_across_conversions(
    sentence: str, text: str, low_barrels: float, high_barrels: float, rate: str
) -> None:
    quantity = next(q for q in find_quantities(sentence) if q.text == text)
    barrel = 158.987
    assert quantity.low == pytest.approx(low_barrels * barrel)
    assert quantity.high == pytest.approx(high_barrels * barrel)
    assert quantity.rate == rate


def test_a_duration_is_not_a_rate() -> None:
    sentence = "Cases rose to more than 1,200, a four-fold increase in a week."
    quantity = find_quantities(sentence)[0]
    assert quantity.text == "more than 1,200" and quantity.rate is None


# ---------------------------------------------------------------- a whole story


def test_an_unplaced_tally_is_not_flagged_when_the_story_counts_it_in_several_places() -> None:
    mexico = item("Mexico has confirmed 26 deaths from the virus.", "a")
    unplaced = item("Officials have confirmed 20 deaths from the virus.", "b")
    assert flagged([mexico, unplaced]) == {("26", "20")}
    world = item("There have been 95 confirmed deaths worldwide.", "c")
    # "20 deaths" may now be Mexico's or the world's.
    assert flagged([mexico, unplaced, world]) == set()


def test_a_source_that_states_both_figures_contradicts_neither() -> None:
    old = item("The well leaks 5,000 barrels of oil a day.", "a")
    new = item("The well leaks 60,000 barrels of oil a day.", "b")
    assert flagged([old, new]) == {("5,000 barrels", "60,000 barrels")}
    # Source a also gives the new estimate elsewhere: it reports the change.
    also = item("Scientists say the well leaks 60,000 barrels of oil a day.", "a", position=4)
    assert flagged([old, new, also]) == set()


def test_a_list_of_figures_is_not_flagged() -> None:
    listed = "Russia sent 10,000 troops to Kursk, 12,000 troops to Belgorod and 15,000 to Bryansk."
    items = [item(listed, "a", index) for index in range(3)]
    other = item("Russia sent 20,000 troops to Kursk.", "b")
    assert flagged([items[0], other]) == {("10,000", "20,000")}
    assert flagged([*items, other]) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia took almost six times as much land as in 2023.",
        "Cases showed a four-fold increase.",
        "Posted 5 hrs ago by a reader.",
    ],
)
def test_multipliers_and_times_ago_are_not_quantities(sentence: str) -> None:
    assert find_quantities(sentence) == []
