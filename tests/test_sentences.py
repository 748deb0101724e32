"""Sentence splitting of news paragraphs: generator.text.sentences."""

from __future__ import annotations

import pytest

from generator.text.sentences import sentence_spans, split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Gen. Valery Gerasimov visited the troops near Pokrovsk on Monday.",
        "The bill was introduced by Sen. Elizabeth Warren and two colleagues.",
        "The patient was treated by Dr. Marina Miron in a London clinic.",
        "The report was signed by Lt. Col. Yuriy Ignat of the Air Force.",
        "Mr. Zelensky met Mrs. Clinton in Kyiv last year.",
    ],
)
def test_title_before_a_name_does_not_end_the_sentence(text):
    assert split_sentences(text) == [text]


def test_month_abbreviation_before_a_day_does_not_end_the_sentence():
    text = "Trump takes office on Jan. 20 and has promised a quick deal."
    assert split_sentences(text) == [text]


def test_number_abbreviation_before_a_number_does_not_end_the_sentence():
    text = "The prime minister spoke outside No. 5 Downing Street on Friday."
    assert split_sentences(text) == [text]


def test_us_inside_a_sentence_does_not_end_it():
    text = "The U.S. Army sent more air defence systems to Ukraine in October."
    assert split_sentences(text) == [text]


def test_us_at_the_end_of_a_sentence_ends_it():
    assert split_sentences("The U.S. sent aid. The U.K. did not.") == [
        "The U.S. sent aid.",
        "The U.K. did not.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The novel by J. K. Rowling sold millions of copies.",
        "The New Deal was the work of Franklin D. Roosevelt and his cabinet.",
    ],
)
def test_initials_do_not_end_the_sentence(text):
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The economy grew by 3.5 percent in the third quarter.",
        "Congress approved $1.2 billion in new military aid.",
        "North Korea has provided $5.5 billion in military assistance to Russia.",
        "The line moved 0.75 kilometres west in a week.",
    ],
)
def test_decimals_and_money_do_not_end_the_sentence(text):
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'He told the troops "hold the line." Then he left the front.',
            ['He told the troops "hold the line."', "Then he left the front."],
        ),
        (
            "Officials said the defences were “crumbling.” Kyiv denied it.",
            ["Officials said the defences were “crumbling.”", "Kyiv denied it."],
        ),
        (
            "The army retreated (as expected.) Analysts were not surprised.",
            ["The army retreated (as expected.)", "Analysts were not surprised."],
        ),
    ],
)
def test_closing_quote_or_bracket_stays_with_the_sentence_it_ends(text, expected):
    assert split_sentences(text) == expected


def test_question_and_exclamation_marks_end_sentences():
    assert split_sentences("Why now? Nobody knows! Officials were silent.") == [
        "Why now?",
        "Nobody knows!",
        "Officials were silent.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
    ],
)
def test_ellipsis_before_a_capital_ends_the_sentence(text, expected):
    assert split_sentences(text) == expected


def test_ellipsis_before_a_lowercase_word_continues_the_sentence():
    text = "This action … shows Western allies that Ukraine can resist."
    assert split_sentences(text) == [text]


def test_list_numbers_stay_with_their_item():
    text = "1. The first point is short. 2. The second point follows it."
    assert split_sentences(text) == [
        "1. The first point is short.",
        "2. The second point follows it.",
    ]


def test_number_at_the_end_of_a_sentence_ends_it():
    assert split_sentences("The death toll rose to 40. Rescuers kept digging.") == [
        "The death toll rose to 40.",
        "Rescuers kept digging.",
    ]


def test_paragraph_without_final_punctuation_is_one_sentence():
    text = "Russia advances near Kursk as talks stall"
    assert split_sentences(text) == [text]


def test_unpunctuated_last_sentence_is_kept():
    assert split_sentences("Troops advanced. Talks stalled without a result") == [
        "Troops advanced.",
        "Talks stalled without a result",
    ]


@pytest.mark.parametrize("text", ["", " ", "   \n\t  "])
def test_whitespace_only_text_has_no_sentences(text):
    assert split_sentences(text) == []
    assert list(sentence_spans(text)) == []


SPAN_TEXTS = [
    "Gen. Mark Milley spoke. Sen. Warren replied! Did anyone listen? No.",
    "  Leading spaces. And trailing ones.   ",
    'He said "go home." Then he left... Nobody followed… The U.S. sent aid. The end',
    "Jan. 20 is the date. No. 5 is the address. 1. A list item. 2. Another one.",
    "Kyiv expects the offensive to gain momentum.\nA decisive battle is looming.\n\nOk.",
    "The U.S.\u00a0sent $1.2 billion. J. K. Rowling wrote (a book.) “Quoted.” Done",
    "No punctuation at all here",
    "...",
]


@pytest.mark.parametrize("text", SPAN_TEXTS)
def test_spans_lie_inside_the_text_in_order_without_overlap(text):
    spans = list(sentence_spans(text))
    assert spans
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        previous_end = end


@pytest.mark.parametrize("text", SPAN_TEXTS)
def test_spans_exclude_surrounding_whitespace(text):
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        assert sentence == sentence.strip()


@pytest.mark.parametrize("text", SPAN_TEXTS)
def test_spans_cover_every_non_space_character(text):
    covered = set()
    for start, end in sentence_spans(text):
        covered.update(range(start, end))
    uncovered = [char for index, char in enumerate(text) if index not in covered]
    assert all(char.isspace() for char in uncovered)
