"""The word diff: changes marked inline, only the changed region of a long line shown."""

from __future__ import annotations


from helpers import SEEDS, run_textfix
from textfix.worddiff import edit_snippet, word_diff

SEED = next(p for p in SEEDS if p.name.startswith("000_"))


def test_one_word_repair_in_a_long_line_is_shown_alone():
    filler = "The council met again on Tuesday and the vote was postponed once more. "
    line = filler * 4 + "It began in 2017the year of the protests. " + filler * 4
    assert len(line) > 600
    out = word_diff(line + "\n", line.replace("2017the", "2017 the") + "\n", "a.txt")
    lines = out.splitlines()
    assert lines[:3] == ["--- a/a.txt", "+++ b/a.txt", "@@ -1 +1 @@"]
    [snippet] = lines[3:]
    assert "[-2017the-]{+2017 the+}" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 120  # not the whole paragraph


def test_changes_on_other_lines_get_their_own_header_and_line_numbers():
    old = "one\ntwo  spaces here\nthree\nfour 5th place\nsince 2017the year\n"
    new = "one\ntwo spaces here\nthree\nfour 5th place\nsince 2017 the year\n"
    out = word_diff(old, new, "x.txt").splitlines()
    assert "@@ -2 +2 @@" in out and "@@ -5 +5 @@" in out
    assert "two[-  -]{+ +}spaces here" in out
    assert "since [-2017the-]{+2017 the+} year" in out


def test_removed_line_and_trailing_space_are_visible():
    out = word_diff("Keep this.\nShare this article\nEnd.   \n", "Keep this.\nEnd.\n", "r.txt")
    assert "[-Share this article↵-]" in out
    assert "End.[-   -]" in out


def test_equal_texts_give_no_diff():
    assert word_diff("same\n", "same\n", "a") == ""


def test_colour_only_when_asked():
    plain = word_diff("a 2017the\n", "a 2017 the\n", "a", color=False)
    coloured = word_diff("a 2017the\n", "a 2017 the\n", "a", color=True)
    assert "\x1b[" not in plain
    assert "\x1b[31m[-2017the-]\x1b[0m" in coloured and "\x1b[32m{+2017 the+}\x1b[0m" in coloured


def test_edit_snippet_shows_context_words():
    text = "Caribbean country since 2017the year in which massive opposition demonstrations took place"
    start = text.index("2017the")
    snippet = edit_snippet(text, start + 4, start + 4, " ")
    assert snippet == "Caribbean country since 2017{+ +}the year in which massive…"


def test_cli_words_on_the_seed_piped_is_plain_and_short():
    proc = run_textfix("clean", "--diff=words", str(SEED))
    assert proc.returncode == 1
    out = proc.stdout.decode()
    assert "[-2017the-]{+2017 the+}" in out and "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) < 200  # the seed's paragraphs are longer


def test_cli_colour_flags_and_environment(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("since 2017the year\n")
    assert b"\x1b[31m" in run_textfix("clean", "--diff=words", "--color=always", str(target)).stdout
    assert b"\x1b[" not in run_textfix("clean", "--diff=words", "--color=never", str(target)).stdout
    forced = run_textfix("clean", "--diff=words", str(target), env={"FORCE_COLOR": "1"})
    assert b"\x1b[31m" in forced.stdout


def test_plain_diff_flag_is_still_the_unified_diff():
    out = run_textfix("clean", "--diff", str(SEED)).stdout.decode()
    assert "\n-" in out and "\n+" in out and "[-" not in out
    assert run_textfix("clean", str(SEED), "--diff=unified").stdout.decode() == out


def test_bad_diff_style_is_one_line_error():
    proc = run_textfix("clean", "--diff=sideways", str(SEED))
    assert proc.returncode == 2 and len(proc.stderr.decode().strip().splitlines()) == 1
    assert b"sideways" in proc.stderr


def test_crlf_line_ends_are_not_shown_as_changes():
    old = "one\r\nsince 2017the year   \r\nthree\r\n"
    new = "one\r\nsince 2017 the year\r\nthree\r\n"
    out = word_diff(old, new, "crlf.txt").splitlines()
    assert out[2:] == ["@@ -2 +2 @@", "since [-2017the-]{+2017 the+} year[-   -]"]
