"""``textfix review`` driven for real: answers piped in, and a session in a pseudo-terminal."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pexpect

from helpers import SEEDS, run_textfix, textfix_command

TEXT = "A 15in screen, since 2017the year.   \nThe protests.The end.\n"
# Offered in text order: TF401 15in (suggested), TF401 2017the, TF201 trailing spaces, TF402.


def corpus(tmp_path: Path, text: str = TEXT) -> Path:
    repo = tmp_path / "corpus"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / "a.txt").write_text(text, encoding="utf-8")
    return repo


def review(repo: Path, answers: str, *files: str) -> subprocess.CompletedProcess:
    return run_textfix("review", "--color=never", *(files or ("a.txt",)), input=answers.encode(), cwd=repo)


def test_piped_answers_accept_reject_and_remember(tmp_path):
    repo = corpus(tmp_path)
    proc = review(repo, "y\nn\ni\ny\n")
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr.decode()
    assert "TF401 number-then-word (suggested" in err and "missing space" in err
    assert "A 15{+ +}in screen" in err  # the change, in context
    assert "2 of 4 edits accepted" in err
    assert (repo / "a.txt").read_text() == "A 15 in screen, since 2017the year.   \nThe protests. The end.\n"
    [entry] = [json.loads(line) for line in (repo / ".textfix-ignore").read_text().splitlines()
               if not line.startswith("#")]
    assert (entry["rule"], entry["before"], entry["after"], entry["file"]) == ("TF201", "   ", "", "a.txt")


def test_remembered_edit_is_neither_applied_nor_suggested_by_clean(tmp_path):
    repo = corpus(tmp_path)
    review(repo, "n\nn\ni\nn\n")
    assert (repo / "a.txt").read_text() == TEXT  # nothing accepted, nothing written
    report = json.loads(run_textfix("clean", "--json", "--unsafe", "a.txt", cwd=repo).stdout)
    assert "TF201" not in {e["rule"] for e in report["files"][0]["edits"]}
    cleaned = run_textfix("clean", "a.txt", cwd=repo).stdout.decode()
    assert cleaned == "A 15in screen, since 2017 the year.   \nThe protests. The end.\n"
    # The entry survives the line moving down: it is keyed on the words, not the position.
    (repo / "a.txt").write_text("A new first line.\n\n" + TEXT)
    moved = run_textfix("clean", "a.txt", cwd=repo).stdout.decode()
    assert "since 2017 the year.   \n" in moved
    # And it is not offered again by review.
    again = review(repo, "n\nn\nn\n")
    assert "trailing-whitespace" not in again.stderr.decode()


def test_accept_all_of_a_rule_and_quit(tmp_path):
    repo = corpus(tmp_path, "In 2017the and 2018the years.\nThe end.The start.   \n")
    # First edit TF401 -> a (both TF401 accepted, second not asked), TF402 -> q.
    proc = review(repo, "a\nq\n")
    err = proc.stderr.decode()
    assert err.count("Apply this edit") == 2
    assert (repo / "a.txt").read_text() == "In 2017 the and 2018 the years.\nThe end.The start.   \n"


def test_end_of_input_quits_and_keeps_earlier_answers(tmp_path):
    repo = corpus(tmp_path)
    review(repo, "n\ny\n")
    assert (repo / "a.txt").read_text() == "A 15in screen, since 2017 the year.   \nThe protests.The end.\n"


def test_help_and_unknown_answers_ask_again(tmp_path):
    repo = corpus(tmp_path)
    proc = review(repo, "?\nwhat\nq\n")
    err = proc.stderr.decode()
    assert err.count("remember that in the ignore file") == 2
    assert (repo / "a.txt").read_text() == TEXT


def test_accepting_everything_on_a_seed_gives_clean_unsafe_output(tmp_path):
    seed = SEEDS[0]
    repo = corpus(tmp_path)
    shutil.copy(seed, repo / seed.name)
    proc = review(repo, "y\n" * 200, seed.name)
    assert proc.returncode == 0
    assert (repo / seed.name).read_bytes() == run_textfix("clean", "--unsafe", str(seed)).stdout


def test_review_of_stdin_or_missing_file_is_a_one_line_error(tmp_path):
    for args in (("review", "-"), ("review", str(tmp_path / "missing.txt"))):
        proc = run_textfix(*args, input=b"")
        assert proc.returncode == 2 and len(proc.stderr.decode().strip().splitlines()) == 1


def test_review_in_a_pseudo_terminal(tmp_path):
    """A person at a terminal: coloured output, typed answers, the file rewritten."""
    repo = corpus(tmp_path)
    command = textfix_command()
    child = pexpect.spawn(command[0], [*command[1:], "review", "a.txt"], cwd=str(repo),
                          env={"PATH": "/usr/bin:/bin", "TERM": "xterm-256color"},
                          encoding="utf-8", timeout=60, dimensions=(40, 200))
    try:
        child.expect_exact("(1/4) a.txt:1:5  TF401")
        child.expect_exact("Apply this edit [y,n,i,a,q,?]? ")
        assert "\x1b[32m{+ +}\x1b[0m" in child.before  # coloured on a terminal
        child.sendline("n")
        child.expect_exact("(2/4) a.txt:1:26  TF401")
        child.expect_exact("? ")
        child.sendline("y")
        child.expect_exact("(3/4)")
        child.expect_exact("? ")
        child.sendline("q")
        child.expect_exact("1 of 4 edits accepted")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert child.exitstatus == 0
    assert (repo / "a.txt").read_text() == "A 15in screen, since 2017 the year.   \nThe protests.The end.\n"


def test_no_color_is_honoured_in_a_terminal(tmp_path):
    repo = corpus(tmp_path)
    command = textfix_command()
    child = pexpect.spawn(command[0], [*command[1:], "review", "a.txt"], cwd=str(repo),
                          env={"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "NO_COLOR": "1"},
                          encoding="utf-8", timeout=60)
    try:
        child.expect_exact("Apply this edit [y,n,i,a,q,?]? ")
        assert "{+ +}" in child.before and "\x1b[3" not in child.before
        child.sendline("q")
        child.expect(pexpect.EOF)
    finally:
        child.close()
    assert (repo / "a.txt").read_text() == TEXT


def test_remembered_edit_holds_after_its_neighbour_is_repaired(tmp_path):
    """Rejecting one edit and accepting the trailing-space repair beside it: the remembered
    context loses its spaces, and the entry must still hold."""
    repo = corpus(tmp_path, "The protests.The end.   \n")
    review(repo, "i\ny\n")  # TF402: remember; TF201: apply
    assert (repo / "a.txt").read_text() == "The protests.The end.\n"
    assert run_textfix("clean", "--check", "a.txt", cwd=repo).returncode == 0
    assert "TF402" not in run_textfix("clean", "--json", "a.txt", cwd=repo).stdout.decode()
