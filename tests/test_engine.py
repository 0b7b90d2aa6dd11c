"""The engine on real text: what it applies, what it only suggests, what it reports."""

import os

import pytest

import textfix
from textfix.patch import apply_unified_diff

SEED_000 = "000_2b4a62e76a3d153e.txt"


def test_seed_year_glue_is_repaired_and_typography_kept(seed_texts):
    original = seed_texts[SEED_000]
    result = textfix.clean(original, select=["TF2", "TF4"])
    assert "since 2017 the year in which" in result.text
    assert "since 2017the" not in result.text
    assert "“measures”" in result.text and "Khan’s second visit" in result.text
    assert result.original == original


def test_reported_edit_is_placed_in_the_original():
    text = "First line.\nSince 2017the year   \n"
    result = textfix.clean(text)
    by_rule = {e.rule: e for e in result.edits}
    year = by_rule["TF401"]
    assert (year.line, year.column) == (2, 11)
    assert text[year.start:year.end] == "" and year.after == " "
    trailing = by_rule["TF201"]
    assert text[trailing.start:trailing.end] == "   "
    assert result.text == "First line.\nSince 2017 the year\n"


def test_positions_survive_earlier_edits_on_the_same_line():
    text = "It  began in 2017the year.It ended"
    result = textfix.clean(text)
    assert result.text == "It began in 2017 the year. It ended"
    for e in result.applied:
        assert text[e.start:e.end] == e.before


def test_suggested_edit_is_reported_not_applied():
    text = "A 15in screen."
    result = textfix.clean(text)
    assert result.text == text
    [suggestion] = result.suggested
    assert suggestion.rule == "TF401" and not suggestion.applied
    assert suggestion.applicability is textfix.Applicability.SUGGESTED


def test_unsafe_applies_suggested_edits():
    assert textfix.clean("A 15in screen.", unsafe=True).text == "A 15 in screen."


def test_select_and_ignore_by_prefix():
    text = "since 2017the year.The end   "
    assert textfix.clean(text, select=["TF2"]).text == "since 2017the year.The end"
    assert textfix.clean(text, ignore=["TF4"]).text == "since 2017the year.The end"
    assert textfix.clean(text, ignore=["TF401"]).text == "since 2017the year. The end"


def test_unknown_option_is_named():
    with pytest.raises(TypeError, match="frobnicate"):
        textfix.clean("text", frobnicate=True)


def test_diff_turns_original_into_cleaned(seed_texts):
    result = textfix.clean(seed_texts[SEED_000])
    assert result.diff("seed.txt").startswith("--- a/seed.txt\n+++ b/seed.txt\n")
    assert apply_unified_diff(result.original, result.diff("seed.txt")) == result.text


def test_clean_text_has_no_diff():
    result = textfix.clean("Maduro feels pressure from many sides.\n")
    assert not result.changed and result.diff() == "" and result.edits == ()


def test_cleaning_is_settled_and_idempotent(seed_texts):
    for text in seed_texts.values():
        once = textfix.clean(text)
        assert once.settled
        assert textfix.clean(once.text).text == once.text


def test_cleaner_is_picklable_and_cleans_the_same_after(seed_texts):
    import pickle

    cleaner = textfix.Cleaner(textfix.Options(ignore=("TF2",)))
    text = seed_texts[SEED_000]
    before = cleaner.clean(text)
    copy = pickle.loads(pickle.dumps(cleaner))
    assert copy == cleaner
    assert copy.clean(text) == before
    assert copy(text) == before.text


def test_the_text_alone_skips_only_what_cannot_change_it(seed_texts):
    # `Cleaner()(text)` does not run the suggestion-only rule (TF404): on the seeds, where it
    # suggests `Maduro either progress`, the text is the same as a full clean's, and with
    # `unsafe` (suggestions applied) the rule runs and its repair is in the text.
    cleaner, unsafe = textfix.Cleaner(), textfix.Cleaner(textfix.Options(unsafe=True))
    assert "TF404" in {r.id for r in cleaner.rules} - {r.id for r in cleaner.text_rules}
    assert unsafe.text_rules == unsafe.rules
    suggested = {e.rule for text in seed_texts.values() for e in cleaner.clean(text).suggested}
    assert "TF404" in suggested
    for text in seed_texts.values():
        assert cleaner(text) == cleaner.clean(text).text
        assert unsafe(text) == unsafe.clean(text).text
    assert any("Maduro either progress" in unsafe(text) for text in seed_texts.values())


def test_a_suggestion_only_rule_never_applies_an_edit(seed_texts):
    # What lets the text-alone step skip such a rule: its every edit is a suggestion.
    only_suggesting = {r.id for r in textfix.Cleaner().rules if r.applicability is textfix.Applicability.SUGGESTED}
    assert only_suggesting
    for text in seed_texts.values():
        result = textfix.clean(text, select=sorted(only_suggesting))
        assert result.text == text and not result.applied


def test_options_unpickled_in_another_process_hash_as_that_process_hashes_them(tmp_path):
    # Options remember their hash (they key the rules' caches); a string's hash differs from
    # one process to the next, so a copy shipped to a worker must hash itself anew there.
    import pickle
    import subprocess
    import sys

    options = textfix.Options(ignore=("TF2",), allow={"Niendorf"}, language="de")
    hash(options)
    (tmp_path / "options.pickle").write_bytes(pickle.dumps(options))
    check = ("import pickle, sys, textfix\n"
             "copy = pickle.loads(open(sys.argv[1], 'rb').read())\n"
             "fresh = textfix.Options(ignore=('TF2',), allow={'Niendorf'}, language='de')\n"
             "assert copy == fresh and hash(copy) == hash(fresh) and {fresh: 1}[copy] == 1\n")
    for seed in ("1", "2"):
        subprocess.run([sys.executable, "-c", check, str(tmp_path / "options.pickle")], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})


def test_load_reads_every_rules_word_data_before_the_first_text():
    """What a pipeline loads before forking its workers: the word frequencies, the segmentation
    vocabulary with the other languages' common words, and the residue lists."""
    from textfix import lexicon
    from textfix.residue.vocabulary import vocabulary as residue_vocabulary
    from textfix.segmentation.analysis import analyse
    from textfix.segmentation.model import vocabulary
    from textfix.lexicon import common_words
    from textfix.segmentation.words import is_common_foreign_word

    caches = [lexicon.lexicon, vocabulary, common_words, residue_vocabulary]
    remembered = [analyse, is_common_foreign_word]  # earlier answers
    for cache in caches + remembered:
        cache.cache_clear()
    cleaner = textfix.Cleaner()
    assert cleaner.load() is cleaner
    assert [cache.cache_info().currsize > 0 for cache in caches] == [True] * len(caches)


def test_the_confirming_round_reruns_only_the_phases_whose_text_changed():
    """A bell character removed in the first phase changes the text every later phase then
    reads; the round that confirms nothing more changes re-reads it with the first phase only,
    and the later phases' suggestions (`15in`) are still reported, once, for the last round."""
    from collections import Counter
    from dataclasses import replace

    from textfix.config import Options
    from textfix.engine import run_rules
    from textfix.rules import all_rules

    calls: Counter = Counter()

    def counted(rule):
        def find(text, context):
            calls[rule.phase] += 1
            return rule.find(text, context)
        return replace(rule, find=find)

    text = "The minister\x07 said on Monday that a 15in screen would do.\n"
    rules = tuple(map(counted, all_rules()))
    per_phase = Counter(rule.phase for rule in rules)
    result = run_rules(text, rules, Options())
    assert result == textfix.clean(text)
    assert result.text == "The minister said on Monday that a 15in screen would do.\n"
    [suggestion] = result.suggested
    assert suggestion.rule == "TF401" and suggestion.step == 6  # the second round's third phase
    assert {phase: calls[phase] // per_phase[phase] for phase in per_phase} == {1: 2, 2: 1, 3: 1}


FENCED_CODE = (
    "```mjs\n"
    "// https-hooks.mjs\n"
    ">>> print(fix_encoding(\"tÃ©st\"))   # mojibake shown on purpose\n"
    "const myStream = new Writable();\n"
    "});\n"
    "```\n"
)


@pytest.mark.parametrize("fence", ["```", "~~~~"])
def test_a_fenced_code_block_is_left_as_it_is_by_every_rule(fence):
    # Markdown's code: mojibake shown on purpose, double spaces, `myStream`, `});` stay; the
    # prose around the block is repaired as anywhere.
    code = FENCED_CODE.replace("```", fence)
    text = f"Install it overthe weekend.\n\n{code}\nShare\n\nThen it works.\n"
    result = textfix.clean(text)
    assert result.text == f"Install it over the weekend.\n\n{code}\nThen it works.\n"


def test_an_unclosed_fence_protects_the_rest_of_the_text():
    text = "Install it overthe weekend.\n\n```\nconst myStream = tÃ©st;\nShare\n"
    assert textfix.clean(text).text == text.replace("overthe", "over the")


def test_an_inline_code_span_is_left_as_it_is():
    # `net.Server` is a class's name, not a sentence glued to the next; `myStream` a variable.
    text = "An instance of `net.Server` is made.Then `myStream` is read overthe ``a `b` c`` wire.\n"
    assert textfix.clean(text).text == ("An instance of `net.Server` is made. Then `myStream` is read over "
                                        "the ``a `b` c`` wire.\n")
