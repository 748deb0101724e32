"""Property tests of the sentence splitter (generator.text.sentences) on arbitrary text.

`sentence_spans` promises "(start, end) offsets of each sentence in `text`, whitespace
excluded", and `split_sentences` "the sentences of one paragraph, stripped, in order".
Together: the spans are ordered, disjoint, non-empty pieces of the text that start and
end on non-whitespace, and nothing but whitespace lies outside them, so no character of
the text is lost. The strategies mix random text with the splitter's own vocabulary
(abbreviations, initials, quotes, dashes, list markers, odd whitespace) so that its rules
actually run, not only its fast path.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.text.sentences import sentence_spans, split_sentences

# Pieces that exercise the rules: abbreviations, initials, times, quotations, dashes,
# ellipses, bullets and list markers, and whitespace that is not a plain space.
_TRICKY = [
    "Gen.", "Mr.", "Dr.", "U.S.", "U.K.", "e.g.", "i.e.", "vs.", "etc.", "Inc.", "St.",
    "Jan.", "No.", "pp.", "a.m.", "p.m.", "Ph.D.", "J.", "K.", "D.", "B.", "1.", "b.",
    "iv.", "...", ". . .", "…", "—", "–", "-", '"', "“", "”", "‘", "’", "'", "(", ")", "[",
    "]", "?", "!", "?!", ".", ",", ";", ":", "•", "▪", "*", "\n", "\n\n", "\n- ", "\n1. ",
    "\n2) ", "\n• ", " ", "  ", "\t", "\r", "\u00a0", "\u2028", "\u3000", "\x1c", "\x85",
    "\u200b", "The", "It", "He", "She", "They", "But", "And", "eBay", "iPhone", "Zelensky",
    "said", "asked", "Monday", "ET", "time", "Kyiv", "troops", "1,200", "3.5", "2024",
    "42", "x", "A", "I",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(_TRICKY), st.text(max_size=6)), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(_TRICKY), st.text(max_size=4)), max_size=40).map("".join),
)


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text), (start, end, spans)
        piece = text[start:end]
        assert piece == piece.strip(), f"span {start}:{end} is not stripped: {piece!r}"
        assert text[previous_end:start].strip() == "", (
            f"non-whitespace lost before {start}: {text[previous_end:start]!r}"
        )
        previous_end = end
    assert text[previous_end:].strip() == "", f"text lost at the end: {text[previous_end:]!r}"


@settings(max_examples=600)
@given(texts)
@example("")
@example("   \n\t ")
@example("Hi. \x1c There.")
@example("\n- a\n- b")
@example("… Then. . . . Then")
def test_spans_are_ordered_stripped_and_lose_no_text(text: str) -> None:
    spans = list(sentence_spans(text))
    _check_spans(text, spans)
    assert split_sentences(text) == [text[start:end] for start, end in spans]


@settings(max_examples=300)
@given(texts)
def test_sentences_recover_every_non_space_character(text: str) -> None:
    # The same promise as seen through split_sentences alone, as callers use it.
    sentences = split_sentences(text)
    assert all(sentence and sentence == sentence.strip() for sentence in sentences)
    assert "".join("".join(s.split()) for s in sentences) == "".join(text.split())


# Plain sentences the splitter must separate: an opener, ordinary lower-case words
# (none of them an abbreviation), and a final "." "!" or "?".
_OPENERS = ["The", "It", "They", "But", "Officials", "Ukraine", "Prices", "We"]
_WORDS = ["troops", "moved", "north", "again", "quickly", "talks", "ended", "prices",
          "rose", "sharply", "after", "winter", "report", "village"]  # fmt: skip
plain_sentences = st.builds(
    lambda opener, words, mark: " ".join([opener, *words]) + mark,
    st.sampled_from(_OPENERS),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8),
    st.sampled_from([".", "!", "?", '."', '?"']),
)
separators = st.sampled_from([" ", "  ", "\n", " \n ", "\t", "\u00a0"])


@settings(max_examples=200)
@given(st.lists(st.tuples(plain_sentences, separators), min_size=1, max_size=6))
def test_plain_sentences_split_back_exactly(parts: list[tuple[str, str]]) -> None:
    text = "".join(sentence + separator for sentence, separator in parts)
    assert split_sentences(text) == [sentence for sentence, _ in parts]
