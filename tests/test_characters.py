"""The character rules (TF1xx): what each repairs, what it must leave alone, and how edits look."""

from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)
from ftfy.badness import is_bad
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import textfix
from textfix.characters import changed_spans, fix_text, needs_ftfy

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def tf1(text, **options):
    return textfix.clean(text, select=["TF1"], **options)


def applied(result):
    return [(e.rule, e.before, e.after) for e in result.applied]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seeds_are_unchanged_by_the_character_rules(seed):
    text = seed.read_text(encoding="utf-8")
    result = tf1(text)
    assert result.text == text
    assert result.edits == ()


# --- TF101 ftfy -----------------------------------------------------------------------------

def test_mojibake_is_repaired_in_minimal_spans_with_ftfys_explanation():
    result = tf1("The Chavista government promised to take â€œmeasuresâ€\x9d, said NicolÃ¡s.")
    assert result.text == "The Chavista government promised to take “measures”, said Nicolás."
    assert applied(result) == [("TF101", "â€œ", "“"), ("TF101", "â€\x9d", "”"), ("TF101", "Ã¡", "á")]
    assert all(e.reason.startswith("ftfy: ") and "utf-8" in e.reason for e in result.applied)


def test_edit_positions_are_positions_in_the_original():
    text = "Tim Niendorf\r\n\r\nGuaidÃ³ and Nicolás\r\n"
    (edit,) = tf1(text).applied
    assert text[edit.start:edit.end] == "Ã³"
    assert (edit.line, edit.column) == (3, 6)


@pytest.mark.parametrize("text", [
    "to take “measures” to guarantee “the administration of justice.”",
    "Khan’s second visit (…) – in March 2022 — with no progress",
    "Juan Guaidó, Nicolás Maduro, Miraflores, Chavista",
    "２０２１年に国際刑事裁判所が",
    "你好，世界",
    "The naïve café owner’s résumé",
    "Ελληνικά και русский текст",
])
def test_ftfy_keeps_typography_and_real_text(text):
    assert tf1(text).text == text


def test_ftfy_normalises_to_nfc_but_not_nfkc():
    assert tf1("Nicola\u0301s").text == "Nicolás"
    assert tf1("x² and ½ and ™").text == "x² and ½ and ™"


def test_plain_ascii_skips_ftfy():
    assert not needs_ftfy("Tim Niendorf, Political Editor.")
    assert needs_ftfy("\x1b[31mred")


def test_clean_typography_skips_ftfy_but_damage_does_not():
    assert not needs_ftfy("Guaidó said “no” — £5m, café")
    assert needs_ftfy("GuaidÃ³")  # mojibake
    assert needs_ftfy("Nicola\u0301s")  # not NFC
    assert needs_ftfy("ﬁnance")  # a ligature
    assert needs_ftfy("costs \x80 5")  # a C1 control
    assert needs_ftfy("it’”s")  # two non-ASCII characters side by side


def test_a_line_needs_ftfy_skips_is_one_ftfy_leaves_alone():
    """The claim needs_ftfy rests on, checked against the installed ftfy: one non-ASCII
    character that is no mojibake mark on its own, among ASCII, is never mojibake."""
    skipped = 0
    for code in range(0x80, 0x10000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or needs_ftfy(char):
            continue
        for line in (char, f"a{char}a", f" {char} ", f"a{char} ", f".{char}.", f"A{char}A", f"1{char}1"):
            assert not is_bad(line), ascii(line)
        skipped += 1
    assert skipped > 50_000


def test_c1_next_to_a_space_becomes_one_edit():
    result = tf1("beaucoup parlé\x85 Tu sais")
    assert result.text == "beaucoup parlé… Tu sais"
    assert applied(result) == [("TF101", "\x85", "…")]


def test_changed_spans_are_minimal_and_rebuild_the_fixed_text():
    before, after = "cafÃ© and rÃ©sumÃ©", "café and résumé"
    spans = list(changed_spans(before, after))
    assert [before[s:e] for s, e, _ in spans] == ["Ã©", "Ã©", "Ã©"]
    rebuilt, cursor = [], 0
    for start, end, replacement in spans:
        rebuilt += [before[cursor:start], replacement]
        cursor = end
    assert "".join(rebuilt) + before[cursor:] == after


# --- TF102 control characters ---------------------------------------------------------------

def test_control_characters_are_removed_and_separators_become_spaces():
    assert tf1("Cara\x00cas and Mira\x7fflores\x07").text == "Caracas and Miraflores"
    assert tf1("Tim Niendorf\x0bPolitical Editor.").text == "Tim Niendorf Political Editor."


def test_a_lone_escape_is_removed_and_a_terminal_escape_goes_whole():
    assert tf1("Cara\x1bcas").text == "Caracas"
    assert tf1("\x1b[1mMaduro\x1b[0m said").text == "Maduro said"


def test_tab_form_feed_line_ends_and_c1_are_not_tf102s():
    text = "a\tb\fc\r\nd\n\x81"
    assert [e for e in tf1(text).edits if e.rule == "TF102"] == []


# --- TF103 zero-width -----------------------------------------------------------------------

def test_zero_width_space_inside_a_word_is_removed():
    result = tf1("the president of Vene\u200bzuela")
    assert result.text == "the president of Venezuela"
    assert applied(result) == [("TF103", "\u200b", "")]


@pytest.mark.parametrize("text", [
    "👩\u200d💻 and 👨\u200d👩\u200d👧 and 🏳\ufe0f\u200d🌈",  # emoji ZWJ sequences
    "می\u200cخواهم",  # Persian ZWNJ
    "क्\u200dष and ಕ್\u200cಕ",  # Indic ZWJ/ZWNJ
    "ภาษา\u200bไทย",  # Thai word boundary
])
def test_legitimate_zero_width_characters_stay(text):
    assert tf1(text).text == text


def test_joiner_between_latin_letters_is_only_suggested():
    result = tf1("Auf\u200clage")
    assert result.text == "Auf\u200clage"
    assert [(e.rule, e.applicability.value) for e in result.suggested] == [("TF103", "suggested")]


# --- TF104 soft hyphens, TF105 stray BOM ----------------------------------------------------

def test_soft_hyphens_inside_words_are_removed():
    assert tf1("crimes against hu\xadman\xadity").text == "crimes against humanity"


def test_soft_hyphen_that_is_half_of_mojibake_is_decoded_not_removed():
    result = tf1("eliminado o antÃ\xadgeno")
    assert result.text == "eliminado o antígeno"
    assert [e.rule for e in result.applied] == ["TF101"]


def test_stray_bom_is_removed():
    assert tf1("AFP\n\ufeffThe chief prosecutor").text == "AFP\nThe chief prosecutor"


# --- TF106 no-break spaces ------------------------------------------------------------------

def test_nbsp_between_words_is_kept_by_default_and_spaced_when_asked():
    text = "Nicolás\xa0Maduro and 100\xa0people"
    assert tf1(text).text == text
    assert tf1(text, nbsp="space").text == "Nicolás Maduro and 100\xa0people"


# --- TF107 HTML entities --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fixed"), [
    ("AT&amp;T said", "AT&T said"),
    ("to take &ldquo;measures&rdquo;", "to take “measures”"),
    ("Juan Guaid&oacute; said", "Juan Guaidó said"),
    ("Khan&#39;s visit", "Khan's visit"),
])
def test_entities_a_scraper_left_are_decoded(text, fixed):
    assert tf1(text).text == fixed


@pytest.mark.parametrize("text", [
    "AT&T and R&D, Q&A, S&P 500",
    "In HTML, write `&amp;` for an ampersand.",
    "Write “&amp;” for an ampersand.",
    '<p class="x">Tom &amp; Jerry</p>',
    'html = "Tom &amp; Jerry"',
    "escape(s) { return s.replace('&', '&amp;'); }",
    "https://example.com/search?q=1&amp;page=2",
    "```\nTom &amp; Jerry\n```",
])
def test_entities_in_code_quotes_and_urls_stay(text):
    assert tf1(text).text == text


def test_a_lone_uncommon_entity_in_prose_is_only_suggested():
    result = tf1("The sign &sect; marks a section.")
    assert result.text == "The sign &sect; marks a section."
    assert [e.after for e in result.suggested] == ["§"]


# --- TF108 line ends ------------------------------------------------------------------------

def test_crlf_text_stays_crlf():
    text = "Tim Niendorf\r\n\r\nPolitical Editor.\r\n"
    assert tf1(text).text == text


def test_mixed_line_ends_follow_the_majority_or_the_option():
    assert tf1("a\r\nb\r\nc\n").text == "a\r\nb\r\nc\r\n"
    assert tf1("a\r\nb\nc\n").text == "a\nb\nc\n"
    assert tf1("a\r\nb\r\n", newline="lf").text == "a\nb\n"
    assert tf1("a\nb\n", newline="crlf").text == "a\r\nb\r\n"


# --- TF109 fullwidth in Latin text ----------------------------------------------------------

def test_fullwidth_between_latin_words_is_folded_but_not_in_cjk():
    assert tf1("Ningbo，China").text == "Ningbo,China"
    assert tf1("你好，世界 and ２０２１年").text == "你好，世界 and ２０２１年"


# --- the str -> str entry point -------------------------------------------------------------

def test_fix_text_runs_only_character_rules():
    assert fix_text("since 2017the year, cafÃ©") == "since 2017the year, café"


# --- properties over the seed prose ---------------------------------------------------------

PARAGRAPHS = [p for path in SEEDS for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
INVISIBLE = ["\u200b", "\u2060", "\u00ad", "\ufeff", "\x7f", "\x00", "\x07"]
PROPERTIES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def with_invisible_characters(draw):
    """A seed paragraph and the same with invisible characters put between two letters."""
    text = draw(st.sampled_from(PARAGRAPHS))
    inner = [i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]
    positions = sorted(draw(st.sets(st.sampled_from(inner), min_size=1, max_size=8)), reverse=True)
    damaged = text
    for position in positions:
        damaged = damaged[:position] + draw(st.sampled_from(INVISIBLE)) + damaged[position:]
    return text, damaged


@PROPERTIES
@given(with_invisible_characters())
def test_invisible_characters_inside_words_are_all_removed(case):
    text, damaged = case
    assert fix_text(damaged) == text


@PROPERTIES
@given(st.sampled_from(PARAGRAPHS), st.sampled_from(["sloppy-windows-1252", "latin-1"]), st.integers(1, 2))
def test_mojibake_of_seed_prose_is_restored(text, codec, layers):
    damaged = text
    for _ in range(layers):
        damaged = damaged.encode("utf-8").decode(codec)
    assert fix_text(damaged) == text


@PROPERTIES
@given(st.text(max_size=200))
def test_character_rules_are_idempotent(text):
    once = fix_text(text)
    assert fix_text(once) == once


@PROPERTIES
@given(st.text(alphabet="ab \t\x85\xa0é…Ã©", max_size=40), st.text(alphabet="ab \t\x85\xa0é…Ã©", max_size=40))
def test_changed_spans_rebuild_any_change_and_never_touch(before, after):
    spans = list(changed_spans(before, after))
    rebuilt, cursor = [], 0
    for start, end, replacement in spans:
        assert start >= cursor and (start > cursor or cursor == 0 and not rebuilt)
        rebuilt += [before[cursor:start], replacement]
        cursor = end
    assert "".join(rebuilt) + before[cursor:] == after
