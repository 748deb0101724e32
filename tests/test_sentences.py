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


@pytest.mark.parametrize(
    "text",
    [
        "Sens. Lindsey Graham and Richard Blumenthal introduced the bill.",
        "Drs. Priya Patel and Min-jun Kim co-authored the study.",
        "The Rt. Hon. Keir Starmer spoke first.",
    ],
)
def test_plural_and_honorific_titles_do_not_end_the_sentence(text):
    assert split_sentences(text) == [text]


def test_title_joined_to_the_previous_word_by_a_dash_does_not_end_the_sentence():
    text = "The doctor—Dr. Amara Osei—said the outbreak was contained."
    assert split_sentences(text) == [text]


def test_name_suffix_ends_the_sentence_before_a_sentence_opener():
    assert split_sentences("The award went to Robert F. Kennedy Jr. He did not attend.") == [
        "The award went to Robert F. Kennedy Jr.",
        "He did not attend.",
    ]


def test_name_suffix_before_a_capitalised_noun_does_not_end_the_sentence():
    text = "Martin Luther King Jr. Day falls on Jan. 20 this year."
    assert split_sentences(text) == [text]


def test_street_abbreviation_ends_the_sentence_before_a_sentence_opener():
    assert split_sentences("The museum is at 221 Baker St. It reopened in May.") == [
        "The museum is at 221 Baker St.",
        "It reopened in May.",
    ]


def test_contraction_after_an_abbreviation_counts_as_a_sentence_opener():
    assert split_sentences("Most of the aid came from the U.S. It’s not enough.") == [
        "Most of the aid came from the U.S.",
        "It’s not enough.",
    ]


def test_time_abbreviation_before_a_capital_ends_the_sentence():
    assert split_sentences("The blast came at 3 a.m. Residents felt it for miles.") == [
        "The blast came at 3 a.m.",
        "Residents felt it for miles.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The summit starts at 9 a.m. Monday in Brussels.",
        "Markets close at 4 p.m. ET on the day before the holiday.",
        "The train left at 6 a.m. Kyiv time and arrived nine hours later.",
    ],
)
def test_day_zone_or_place_time_after_a_time_abbreviation_continues_the_sentence(text):
    assert split_sentences(text) == [text]


def test_single_capital_before_a_sentence_opener_ends_the_sentence():
    assert split_sentences("The patient lacked vitamin D. Her condition improved.") == [
        "The patient lacked vitamin D.",
        "Her condition improved.",
    ]


def test_initial_before_another_initial_does_not_end_the_sentence():
    text = "The writer A. I. Solzhenitsyn was expelled in 1974."
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "“Where are the shells?” Zelensky asked.",
        "“Get down!” Sgt. Kowalski shouted.",
        "“What did we get for it?” Sen. Rand Paul asked on the Senate floor.",
    ],
)
def test_quoted_question_followed_by_its_speaker_is_one_sentence(text):
    assert split_sentences(text) == [text]


def test_quoted_question_followed_by_a_new_subject_ends_the_sentence():
    assert split_sentences("“Who gave the order?” Nobody said a word.") == [
        "“Who gave the order?”",
        "Nobody said a word.",
    ]


def test_dash_that_cuts_off_a_quotation_ends_the_sentence():
    assert split_sentences("“We were promised—” The line went dead.") == [
        "“We were promised—”",
        "The line went dead.",
    ]


def test_leading_ellipsis_belongs_to_the_sentence_it_opens():
    text = "… And then the shelling stopped."
    assert split_sentences(text) == [text]


def test_spaced_ellipsis_before_a_capital_ends_the_sentence():
    text = "The statement ended: “We will respond . . .” Officials said no more."
    assert split_sentences(text) == [
        "The statement ended: “We will respond . . .”",
        "Officials said no more.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan has two parts:\n• a ceasefire\n• talks in Geneva",
            ["The plan has two parts:", "• a ceasefire", "• talks in Geneva"],
        ),
        (
            "Top stories\n1. Russia advances near Kursk\n2. Fed holds rates",
            ["Top stories", "1. Russia advances near Kursk", "2. Fed holds rates"],
        ),
        (
            "Key points:\n- Turnout hit a record.\n- The ruling party lost.",
            ["Key points:", "- Turnout hit a record.", "- The ruling party lost."],
        ),
    ],
)
def test_each_list_item_on_its_own_line_is_a_sentence(text, expected):
    assert split_sentences(text) == expected


def test_hyphen_inside_a_line_does_not_start_a_list_item():
    text = "The result - a 2-2 draw - sent Arsenal top."
    assert split_sentences(text) == [text]


def test_bullet_after_a_sentence_starts_a_new_one():
    assert split_sentences("At least 12 people died. • Rescue teams are at the scene.") == [
        "At least 12 people died.",
        "• Rescue teams are at the scene.",
    ]


def test_letter_list_marker_stays_with_its_item():
    text = "a. The first point is short."
    assert split_sentences(text) == [text]


def test_sentence_starting_with_a_lowercase_brand_name_is_split():
    assert split_sentences("Shares of the chipmaker jumped. eBay shares fell.") == [
        "Shares of the chipmaker jumped.",
        "eBay shares fell.",
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
    "The plan: \n• a ceasefire \n• talks\n1. First item\n2) Second item",
    "“We were promised—” The line went dead. … And then\n- a list item.\n- Another",
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
