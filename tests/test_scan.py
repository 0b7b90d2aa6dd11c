"""The fast paths find exactly what a scan of the whole text finds.

TF402 and the protected spans run their costly pattern only on the tokens holding a cheap mark
(``textfix.scan``). That is only right while every match holds the mark and no match crosses
white space; a pattern changed later without its mark would silently miss matches, so these
properties compare the two ways on generated text full of the marks, URLs, code and glued
sentences, and on the real seed articles.
"""

from __future__ import annotations

import string
from itertools import product

import pytest
from helpers import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textfix.protect import MARK, PROTECTED, Protected
from textfix.scan import finditer_in_marked_tokens
from textfix.segmentation.commas import COMMA_THEN_LETTER
from textfix.spacing import DIGIT_THEN_LOWER, SENTENCE_THEN_SENTENCE, STOP_THEN_CAPITAL
from textfix.whitespace import SPACE_THEN_LINE_END, TRAILING_SPACE

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = ["said", "The", "U.S.", "e.g.", "Node.js", "www.bbc.co.uk", "https://t.co/x).", "a@b.org", "@bbc",
          "#tag", "snake_case", "f(x)", "os.path.join", "C:\\Windows\\x", "./a/b", ".gitignore", "protests.The",
          "said.“We", "(ICC),", "’s", ".", "!", "?", "”", ")", "(", "_", "/", "é", "1", "2017the", " ", "  ",
          "\t", "\n", "\r\n", "\u00a0", "\u2003"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join) | st.text(max_size=60)
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in SEEDS]


def same_matches(pattern, mark, text: str) -> bool:
    whole = [m.span() for m in pattern.finditer(text)]
    return [m.span() for m in finditer_in_marked_tokens(pattern, mark, text)] == whole


@SETTINGS
@given(texts)
def test_glued_sentence_scan_finds_what_a_whole_scan_finds(text):
    assert same_matches(SENTENCE_THEN_SENTENCE, STOP_THEN_CAPITAL, text)


# Every three visible ASCII characters, each three apart from the next by a space.
ASCII_TRIPLES = " ".join(map("".join, product(string.printable[:94], repeat=3)))


def _spans(patterns, text: str) -> list[tuple[int, int]]:
    return sorted(match.span() for pattern in patterns for match in pattern.finditer(text))


@pytest.mark.parametrize("mark", [DIGIT_THEN_LOWER, STOP_THEN_CAPITAL, COMMA_THEN_LETTER, MARK])
def test_a_marks_ascii_form_finds_what_its_unicode_form_finds_in_ascii_text(mark):
    for text in (ASCII_TRIPLES, *(t for t in SEED_TEXTS if t.isascii())):
        assert _spans(mark.ascii_text, text) == _spans(mark.any_text, text)


@SETTINGS
@given(texts)
def test_protected_spans_are_those_of_a_whole_scan(text):
    found = Protected.find(text)
    assert list(zip(found.starts, found.ends)) == [m.span() for m in PROTECTED.finditer(text)]


@SETTINGS
@given(texts)
def test_trailing_space_prefilter_misses_no_line(text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    any_trailing = any(TRAILING_SPACE.search(line) for line in lines)
    assert bool(SPACE_THEN_LINE_END.search(text) or TRAILING_SPACE.search(text[-1:])) == any_trailing


def test_real_articles():
    glued = [text.replace(". ", ".") for text in SEED_TEXTS]
    for text in SEED_TEXTS + glued:
        assert same_matches(SENTENCE_THEN_SENTENCE, STOP_THEN_CAPITAL, text)
        found = Protected.find(text)
        assert list(zip(found.starts, found.ends)) == [m.span() for m in PROTECTED.finditer(text)]
    assert any(SENTENCE_THEN_SENTENCE.search(text) for text in glued)  # the glued copies do match
