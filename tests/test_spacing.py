"""Missing spaces after numbers and sentence ends (TF401, TF402) beyond the rule examples
(textfix/data/rules/TF401.toml, TF402.toml): cases that need options or a longer text."""

import pytest

import textfix


@pytest.mark.parametrize("text", [
    "Die 17jährigen Schüler kamen 2mal und lasen es 3fach.",
    "Er war 63jährig, als er die 3tägige Reise machte.",
])
def test_german_writes_some_words_closed_after_a_number(text):
    # data/number_suffixes: `mal`, `fach`, `-jährig…`, `-tägig…` are spellings in German,
    # where the German lexicon knows `mal` and `jährigen` as words.
    assert textfix.clean(text, language="de").text == text


def test_a_german_word_glued_to_a_number_still_gets_its_space():
    assert textfix.clean("Seit 2017gibt es den Preis.", language="de", select=["TF401"]).text == (
        "Seit 2017 gibt es den Preis.")
