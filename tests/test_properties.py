"""Invariants over generated and real text.

- the patch turns the input into the output;
- cleaning twice changes nothing (a pre-commit hook must pass on its second run);
- applied edits never overlap in the original;
- text without defects comes back unchanged.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import textfix
from textfix.patch import apply_unified_diff

from helpers import SEEDS

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Paragraphs of the seed articles that have no defect: real, clean prose.
KNOWN_DEFECTS = re.compile(r"Khanannounced|2017the|\bdate 2021|Follow I follow|Niendorf|Political Editor")
CLEAN_PARAGRAPHS = [
    p for path in SEEDS for p in path.read_text(encoding="utf-8").split("\n\n")
    if p.strip() and not KNOWN_DEFECTS.search(p)
]

clean_documents = st.lists(st.sampled_from(CLEAN_PARAGRAPHS), min_size=1, max_size=6).map("\n\n".join)


@st.composite
def damaged_documents(draw):
    """Clean seed prose with real kinds of damage put in at random places."""
    text = draw(clean_documents)
    damages = [
        lambda t, i: t[:i] + "  " + t[i:],                      # a run of spaces
        lambda t, i: t[:i] + " \t" + t[i:] if t[i:i + 1] == "\n" else t,  # trailing whitespace
        lambda t, i: t[:i] + t[i + 1:] if t[i:i + 1] == " " else t,   # a lost space
        lambda t, i: t[:i] + " 2017" + t[i:],                   # a number that may glue
        lambda t, i: t[:i] + "\u00a0" + t[i:],                  # a no-break space
    ]
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(text)))
        text = draw(st.sampled_from(damages))(text, position)
    return text


any_text = st.one_of(damaged_documents(), st.text(max_size=200),
                     st.text(alphabet="ab .?!\n\t2017The\u00a0", max_size=80))


@SETTINGS
@given(any_text)
def test_patch_reproduces_the_output(text):
    result = textfix.clean(text)
    assert apply_unified_diff(text, result.diff("doc.txt")) == result.text


@SETTINGS
@given(any_text)
def test_cleaning_twice_changes_nothing(text):
    once = textfix.clean(text).text
    assert textfix.clean(once).text == once


@SETTINGS
@given(any_text)
def test_edits_applied_together_do_not_overlap_in_the_original(text):
    applied = textfix.clean(text).applied
    for step in {e.step for e in applied}:
        edits = sorted((e for e in applied if e.step == step), key=lambda e: (e.start, e.end))
        for first, second in zip(edits, edits[1:]):
            assert first.end <= second.start


def test_a_later_step_may_rework_what_an_earlier_one_revealed():
    """Removing a control character joins `Â` to the next character for ftfy in a later step."""
    result = textfix.clean("Â\x1f0")
    step = {e.rule: e.step for e in result.applied}
    assert step["TF101"] > step["TF102"]
    assert textfix.clean(result.text).text == result.text


@SETTINGS
@given(clean_documents)
def test_clean_prose_comes_back_unchanged(text):
    result = textfix.clean(text)
    assert result.text == text, [e.as_dict() for e in result.applied]
    assert not result.suggested


@SETTINGS
@given(any_text)
def test_unsafe_run_is_also_idempotent(text):
    once = textfix.clean(text, unsafe=True).text
    assert textfix.clean(once, unsafe=True).text == once


@SETTINGS
@given(any_text)
def test_the_text_alone_is_the_full_cleans_text(text):
    # `Cleaner()(text)` skips the suggestion-only rules: it must never change what comes out.
    assert textfix.Cleaner()(text) == textfix.clean(text).text
