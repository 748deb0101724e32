"""Which sentences can stand alone in a summary: generator.analysis.standalone."""

from __future__ import annotations

import pytest

from generator.analysis.standalone import MAX_WORDS, MIN_WORDS, standalone_problem


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has seized approximately 2,700 square kilometers of Ukrainian territory this year.",
        "Ukraine launched a minor offensive on Sunday to push forces back in the Kursk region.",
        "Moscow has deployed about 50,000 troops to the Kursk region to push back Ukraine.",
        "President Biden approved the use of long-range missiles against targets inside Russia.",
        "A BBC Russian analysis confirmed at least 78,329 Russian troops have been killed "
        "since February 2022.",
        "Trump takes office on Jan. 20 and has promised to end the war within 24 hours.",
        "Dr. Marina Miron warned that the eastern front might collapse if Russia keeps its pace.",
    ],
)
def test_self_contained_news_sentence_is_accepted(sentence):
    assert standalone_problem(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The commander said “we will not retreat from this land” as shelling continued.",
        'The commander said "we will not retreat from this land" as shelling continued nearby.',
        "Zelensky called the operation “one of our biggest wins” in a post on Thursday.",
    ],
)
def test_first_person_inside_quotation_marks_is_accepted(sentence):
    assert standalone_problem(sentence) is None


def test_us_as_the_country_is_not_first_person():
    sentence = "The US has sent $122 billion in total assistance to Ukraine since the invasion."
    assert standalone_problem(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "This year Russia has gained more territory in Ukraine than in all of 2023.",
        "This week the Ukrainian army withdrew from the town of Kurakhove in Donetsk.",
    ],
)
def test_this_year_or_this_week_at_the_start_is_accepted(sentence):
    assert standalone_problem(sentence) is None


def test_this_year_later_in_the_sentence_is_accepted():
    sentence = "Russia has gained more territory this year than in all of 2023, analysts said."
    assert standalone_problem(sentence) is None


REJECTED = [
    pytest.param(
        "He said the talks would resume in Geneva next week after the holidays.",
        "leans on earlier text",
        id="pronoun-he",
    ),
    pytest.param(
        "They had withdrawn to new defensive positions west of the town by Monday.",
        "leans on earlier text",
        id="pronoun-they",
    ),
    pytest.param(
        "But the army has not confirmed the losses reported by local officials on Monday.",
        "leans on earlier text",
        id="but",
    ),
    pytest.param(
        "However, the army has not confirmed the losses reported by local officials on Monday.",
        "leans on earlier text",
        id="however",
    ),
    pytest.param(
        "“We will not retreat from this land,” the commander told reporters in Kyiv.",
        "starts inside a quote",
        id="curly-quote-fragment",
    ),
    pytest.param(
        '"We will not retreat from this land," the commander told reporters in Kyiv on Monday.',
        "starts inside a quote",
        id="straight-quote-fragment",
    ),
    pytest.param(
        "the army has not confirmed the losses reported by local officials on Monday.",
        "starts mid-sentence",
        id="lowercase-start",
    ),
    pytest.param(
        "Will the army confirm the losses reported by local officials on Monday?",
        "question",
        id="question",
    ),
    pytest.param(
        "We appreciate your trust and support in our reporting on the war in Ukraine.",
        "own voice",
        id="we-appreciate",
    ),
    pytest.param(
        "Our team of experienced writers reviews every piece of content for accuracy.",
        "own voice",
        id="our-team",
    ),
    pytest.param(
        "I think the Russians will have a tough fight in Kursk over the coming months.",
        "own voice",
        id="first-person-i",
    ),
    pytest.param(
        "Analysts say the offensive should worry us more than the Kremlin admits openly.",
        "own voice",
        id="lowercase-us",
    ),
    pytest.param(
        "Despite these advances, the toll on Russian forces cannot be overlooked by anyone.",
        "refers back",
        id="these-advances",
    ),
    pytest.param(
        "Officials said this decision was criticised in Moscow and in several capitals.",
        "refers back",
        id="this-decision",
    ),
    pytest.param(
        "In summary, the conflict will shape the negotiations expected in the coming year.",
        "wrap-up",
        id="in-summary",
    ),
    pytest.param(
        "Overall, the situation on the front remains fluid as both sides keep fighting.",
        "wrap-up",
        id="overall",
    ),
    pytest.param(
        "Russian troops advanced.",
        "too short",
        id="too-short",
    ),
    pytest.param(
        " ".join(["Russian troops advanced near the town of Pokrovsk on Monday and"] * 5) + ".",
        "too long",
        id="too-long",
    ),
    pytest.param(
        "The commander said “we will not retreat from this land as shelling continued.",
        "unbalanced",
        id="unbalanced-quotes",
    ),
    pytest.param(
        "The officials listed the demands that Russia made before the talks in Geneva:",
        "unfinished",
        id="ends-with-colon",
    ),
    pytest.param(
        'The spokesman said: "Air force units, including engineers and pilots, remain '
        'in their specialized positions at all times."',
        "mostly a quotation",
        id="mostly-quote",
    ),
]


@pytest.mark.parametrize(("sentence", "reason"), REJECTED)
def test_sentence_that_cannot_stand_alone_is_rejected_with_its_reason(sentence, reason):
    problem = standalone_problem(sentence)
    assert problem is not None
    assert reason in problem


def test_leaning_opener_reason_names_the_word():
    problem = standalone_problem(
        "However, the army has not confirmed the losses reported by local officials."
    )
    assert problem is not None
    assert "However" in problem


def test_sentence_of_exactly_min_words_is_long_enough():
    sentence = " ".join(["Russian"] + ["troops"] * (MIN_WORDS - 2) + ["advanced."])
    assert standalone_problem(sentence) is None


def test_sentence_one_word_short_of_min_words_is_too_short():
    sentence = " ".join(["Russian"] + ["troops"] * (MIN_WORDS - 3) + ["advanced."])
    assert standalone_problem(sentence) == "too short"


def test_sentence_of_exactly_max_words_is_not_too_long():
    sentence = " ".join(["Russian"] + ["troops"] * (MAX_WORDS - 2) + ["advanced."])
    assert standalone_problem(sentence) is None


def test_sentence_one_word_over_max_words_is_too_long():
    sentence = " ".join(["Russian"] + ["troops"] * (MAX_WORDS - 1) + ["advanced."])
    assert standalone_problem(sentence) == "too long"
