"""The real console script in a subprocess, as a user or pre-commit runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import SEEDS, run_textfix, textfix_command

SEED = next(p for p in SEEDS if p.name.startswith("000_"))


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    """The error a failing run printed: exactly one line on stderr, no traceback, exit 2."""
    err = proc.stderr.decode()
    assert proc.returncode == 2, (proc.returncode, err)
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert proc.stdout == b""
    return err


def test_clean_prints_the_repaired_seed():
    proc = run_textfix("clean", str(SEED))
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "since 2017 the year in which" in out
    assert "“We already have the location of the office (…)" in out  # typography kept


def test_stdin_dash_reads_standard_input():
    proc = run_textfix("clean", "-", input="It began in 2017the year.\n".encode())
    assert proc.returncode == 0
    assert proc.stdout == b"It began in 2017 the year.\n"


def test_diff_applies_with_git_apply(tmp_path):
    work = tmp_path / "corpus"
    work.mkdir()
    target = work / SEED.name
    shutil.copy(SEED, target)
    proc = run_textfix("clean", "--diff", SEED.name, cwd=work)
    assert proc.returncode == 1  # there is something to fix
    patch = proc.stdout
    header, rest = patch.split(b"\n", 1)
    assert header.startswith(b"# textfix ") and b"wordfreq " in header  # versions; git apply skips it
    assert rest.startswith(f"--- a/{SEED.name}\n+++ b/{SEED.name}\n".encode())
    subprocess.run(["git", "init", "-q"], cwd=work, check=True)
    subprocess.run(["git", "apply", "-"], input=patch, cwd=work, check=True)
    expected = run_textfix("clean", str(SEED)).stdout
    assert target.read_bytes() == expected


def test_diff_applies_with_patch_p1(tmp_path):
    if not shutil.which("patch"):
        pytest.skip("patch is not installed")
    target = tmp_path / SEED.name
    shutil.copy(SEED, target)
    patch = run_textfix("clean", "--diff", SEED.name, cwd=tmp_path).stdout
    subprocess.run(["patch", "-p1", "-s"], input=patch, cwd=tmp_path, check=True)
    assert target.read_bytes() == run_textfix("clean", str(SEED)).stdout


def test_check_reports_and_changes_nothing(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("since 2017the year\n")
    proc = run_textfix("clean", "--check", str(target))
    assert proc.returncode == 1
    assert b"+since 2017 the year" in proc.stdout
    assert target.read_text() == "since 2017the year\n"
    target.write_text("since 2017 the year\n")
    proc = run_textfix("clean", "--check", str(target))
    assert (proc.returncode, proc.stdout) == (0, b"")


def test_write_rewrites_in_place_then_is_clean(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("since 2017the year   \n")
    second.write_text("Nothing to fix here.\n")
    os.chmod(first, 0o640)
    proc = run_textfix("clean", "--write", str(first), str(second))
    assert proc.returncode == 1
    assert first.read_text() == "since 2017 the year\n"
    assert second.read_text() == "Nothing to fix here.\n"
    assert first.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]  # no temp file left
    again = run_textfix("clean", "--write", str(first), str(second))
    assert again.returncode == 0


def test_json_report_lists_every_edit(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("A 15in screen.\nsince 2017the year\n")
    proc = run_textfix("clean", "--json", str(target))
    assert proc.returncode == 0
    report = json.loads(proc.stdout)
    assert report["textfix"] and report["wordfreq"]
    [doc] = report["files"]
    assert doc["file"] == str(target) and doc["changed"] is True
    edits = {e["rule"] + ("+" if e["applied"] else "?"): e for e in doc["edits"]}
    applied = edits["TF401+"]
    assert (applied["line"], applied["column"], applied["before"], applied["after"]) == (2, 11, "", " ")
    assert applied["applicability"] == "safe" and applied["reason"]
    suggested = edits["TF401?"]
    assert suggested["applicability"] == "suggested" and suggested["line"] == 1


def test_select_ignore_and_unsafe(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("A 15in screen, since 2017the year.\n")
    assert run_textfix("clean", "--ignore", "TF401", str(target)).stdout == target.read_bytes()
    assert run_textfix("clean", "--select", "TF2", str(target)).stdout == target.read_bytes()
    assert run_textfix("clean", "--unsafe", str(target)).stdout == b"A 15 in screen, since 2017 the year.\n"


def test_rules_lists_every_rule():
    proc = run_textfix("rules")
    assert proc.returncode == 0
    lines = proc.stdout.decode().splitlines()
    assert any(line.startswith("TF401") and "safe" in line for line in lines)
    explained = run_textfix("rules", "TF401").stdout.decode()
    assert "2017the" in explained and "before:" in explained


def test_empty_file_is_clean(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run_textfix("clean", "--check", str(empty))
    assert (proc.returncode, proc.stdout) == (0, b"")


def test_missing_file(tmp_path):
    assert "no such file" in one_line_error(run_textfix("clean", str(tmp_path / "nope.txt")))


def test_directory(tmp_path):
    assert "directory" in one_line_error(run_textfix("clean", str(tmp_path)))


def test_binary_file(tmp_path):
    image = tmp_path / "image.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    assert "binary" in one_line_error(run_textfix("clean", str(image)))


def test_bad_options():
    assert "--bogus" in one_line_error(run_textfix("clean", "--bogus", str(SEED)))
    assert "TF999" in one_line_error(run_textfix("clean", "--select", "TF999", str(SEED)))
    one_line_error(run_textfix("clean", "--write", "-"))
    one_line_error(run_textfix("clean", str(SEED), str(SEED)))
    assert "unknown language 'xx'" in one_line_error(run_textfix("clean", "--language", "xx", str(SEED)))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file; see the in-process test below")
def test_permission_denied_subprocess(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("text")
    locked.chmod(0)
    assert "permission denied" in one_line_error(run_textfix("clean", str(locked)))


def test_permission_denied(tmp_path, monkeypatch, capsys):
    """As root no file is unreadable, so the denial is simulated where the CLI reads."""
    from textfix import cli

    locked = tmp_path / "locked.txt"
    locked.write_text("text")

    def deny(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    assert cli.main(["clean", str(locked)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"textfix: error: {locked}: permission denied"


def test_the_whole_output_is_written_before_the_process_ends(tmp_path):
    # The command ends without the interpreter's teardown (os._exit): what it printed must all
    # be flushed first, to a pipe and to a file alike.
    import textfix

    text = "\n\n".join(seed.read_text(encoding="utf-8") for seed in SEEDS) * 20  # > the pipe's buffer
    source = tmp_path / "long.txt"
    source.write_text(text, encoding="utf-8")
    expected = textfix.clean(text).text.encode("utf-8")
    assert run_textfix("clean", str(source)).stdout == expected
    with (tmp_path / "out.txt").open("wb") as out:
        subprocess.run([*textfix_command(), "clean", str(source)], stdout=out, check=True, timeout=120)
    assert (tmp_path / "out.txt").read_bytes() == expected


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path):
    source = tmp_path / "long.txt"
    source.write_text("\n\n".join(seed.read_text(encoding="utf-8") for seed in SEEDS) * 20, encoding="utf-8")
    writer = subprocess.Popen([*textfix_command(), "clean", str(source)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    writer.stdout.close()  # the reader is gone before the first byte
    _, err = writer.communicate(timeout=120)
    assert writer.returncode == 1
    assert b"Traceback" not in err and b"Exception ignored" not in err


def test_ctrl_c_while_the_command_line_is_still_importing_ends_with_one_line():
    """The first tenth of a second goes to imports; a Ctrl-C there (here: raised by the import
    of textfix.cli itself) ends the run as one later does, with no traceback."""
    import subprocess
    import sys

    interrupt_the_import = (
        "import builtins, sys\n"
        "real_import = builtins.__import__\n"
        "def interrupted(name, *args, **kwargs):\n"
        "    if name == 'textfix.cli':\n"
        "        raise KeyboardInterrupt\n"
        "    return real_import(name, *args, **kwargs)\n"
        "builtins.__import__ = interrupted\n"
        "sys.argv = ['textfix', 'clean', '-']\n"
        "from textfix.__main__ import main\n"
        "main()\n")
    done = subprocess.run([sys.executable, "-c", interrupt_the_import], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 130
    assert done.stderr == "textfix: interrupted\n"
