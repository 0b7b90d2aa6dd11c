"""Every damaged form of every seed comes back as the seed through the CLI.

The fixtures are made by ``fixtures/encoding/make.py`` (and committed); these tests check the
committed bytes are what it makes, then run ``textfix clean`` on each: printing, ``--write``
(the file rewritten as UTF-8) and ``--diff`` (a patch ``git apply`` takes). Binary and
undecodable input must be refused with exit 2 and one line naming the problem.

Each form runs once in a real subprocess (the installed command, its exit code and streams);
the full seed-by-form matrix runs the same CLI entry point in-process, which is much faster.
"""

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import run_textfix
from textfix.cli import main

ROOT = Path(__file__).resolve().parent.parent
MAKE = ROOT / "fixtures" / "encoding" / "make.py"


def _load_make():
    spec = importlib.util.spec_from_file_location("encoding_fixtures_make", MAKE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


make = _load_make()
SEEDS = make.seeds()
FIXTURES = make.fixtures()
CHECKS = [(path, stem, args, expect) for path, stem, form in FIXTURES for args, expect in form.checks]


def textfix(*args):
    """The installed console script in a subprocess."""
    return run_textfix(*map(str, args))


class Done:
    """What an in-process run of the CLI gave, shaped like ``subprocess.CompletedProcess``."""

    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def textfix_here(capsys):
    def run(*args):
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return Done(code, out.encode("utf-8"), err.encode("utf-8"))
    return run


def fixture_id(value):
    return value.name if isinstance(value, Path) else None


@pytest.mark.parametrize(("path", "stem", "form"), FIXTURES, ids=[p.name for p, _, _ in FIXTURES])
def test_committed_fixture_is_what_make_py_makes(path, stem, form):
    assert path.read_bytes() == form.damage(SEEDS[stem]), f"run {MAKE} again and commit"


REPAIRS = [c for c in CHECKS if c[3] is not None]
REFUSALS = [c for c in CHECKS if c[3] is None]
# One fixture per (form, arguments): those run as a real subprocess.
FIRST_OF_EACH = list({(p.name.split(".")[1], a): (p, stem, a, e) for p, stem, a, e in reversed(REPAIRS)}.values())


def repair_id(check):
    path, _, args, _ = check
    return path.name + "".join(args)


def check_repair(run, path, stem, args, expect):
    done = run("clean", "--select", "TF1", *args, path)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.decode("utf-8") == expect(SEEDS[stem])


def check_write(run, tmp_path, path, stem, args, expect, *, recheck=True):
    target = tmp_path / path.name
    shutil.copyfile(path, target)
    wanted = expect(SEEDS[stem]).encode("utf-8")
    done = run("clean", "--select", "TF1", "--write", *args, target)
    assert target.read_bytes() == wanted
    if path.read_bytes() == wanted:  # a clean CRLF file: nothing to write
        assert (done.returncode, done.stderr) == (0, b"")
    else:
        assert done.returncode == 1, done.stderr.decode()
        assert f"fixed {target}" in done.stderr.decode()
    if recheck:  # the rewritten file is clean: nothing more to do
        again = run("clean", "--select", "TF1", "--check", *args, target)
        assert (again.returncode, again.stdout) == (0, b"")


@pytest.mark.parametrize("check", REPAIRS, ids=repair_id)
def test_damaged_form_comes_back_as_the_seed(textfix_here, check):
    check_repair(textfix_here, *check)


@pytest.mark.parametrize("check", REPAIRS, ids=repair_id)
def test_write_rewrites_the_damaged_form_as_the_seed_in_utf8(textfix_here, tmp_path, check):
    check_write(textfix_here, tmp_path, *check)


@pytest.mark.parametrize("check", FIRST_OF_EACH, ids=repair_id)
def test_each_form_through_the_command_in_a_subprocess(tmp_path, check):
    check_repair(textfix, *check)
    check_write(textfix, tmp_path, *check, recheck=False)


@pytest.mark.parametrize("path", sorted(p for p, _, form in FIXTURES if form.name in ("crlf-mojibake", "mixed-newlines")),
                         ids=fixture_id)
def test_diff_of_a_crlf_or_mixed_file_applies_with_git_apply(textfix_here, tmp_path, monkeypatch, path):
    if shutil.which("git") is None:
        pytest.skip("git not installed")
    target = tmp_path / "doc.txt"
    shutil.copyfile(path, target)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    monkeypatch.chdir(tmp_path)
    cleaned = textfix_here("clean", "doc.txt").stdout
    patch = textfix_here("clean", "--diff", "doc.txt").stdout
    assert patch
    (tmp_path / "fix.patch").write_bytes(patch)
    subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, check=True, capture_output=True)
    assert target.read_bytes() == cleaned


def test_write_keeps_a_crlf_files_line_ends():
    path = next(p for p, _, form in FIXTURES if form.name == "crlf-mojibake")
    done = textfix("clean", "--select", "TF1", path)
    assert done.stdout.count(b"\r\n") == done.stdout.count(b"\n") > 0


def test_full_clean_of_a_damaged_form_equals_full_clean_of_its_seed(textfix_here):
    for path, stem, form in FIXTURES:
        if form.checks[0] == ((), make.same):
            seed = ROOT / "seeds" / f"{stem}.txt"
            assert textfix_here("clean", path).stdout == textfix_here("clean", seed).stdout, path.name


@pytest.mark.parametrize(("path", "stem", "args", "expect"), REFUSALS,
                         ids=[p.name for p, _, _, _ in REFUSALS])
def test_undecodable_bytes_are_refused_with_their_offset_and_the_file_left_alone(
        textfix_here, tmp_path, path, stem, args, expect):
    target = tmp_path / path.name
    shutil.copyfile(path, target)
    in_subprocess = path == REFUSALS[0][0]
    for mode in ((), ("--write",), ("--diff",)):
        done = (textfix if in_subprocess else textfix_here)("clean", *mode, target)
        assert done.returncode == 2
        message = done.stderr.decode()
        assert message.count("\n") == 1 and "undecodable byte" in message
        offset = path.read_bytes().index(b"\x81")
        assert f"0x81 at offset {offset}" in message
        assert target.read_bytes() == path.read_bytes()


def test_replaced_bytes_are_listed_in_the_json_report():
    path = next(p for p, _, form in FIXTURES if form.name == "undecodable")
    done = textfix("clean", "--json", "--decode-errors", "replace", path)
    decoding = json.loads(done.stdout)["files"][0]["decoding"]
    offset = path.read_bytes().index(b"\x81")
    assert decoding["replaced"] == [{"offset": offset, "bytes": "81", "text": "\ufffd"}]
    assert f"offsets {offset}" in done.stderr.decode()


def test_json_report_has_the_decoding_decision():
    path = next(p for p, _, form in FIXTURES if form.name == "mixed-utf8-cp1252")
    report = json.loads(textfix("clean", "--json", path).stdout)
    decoding = report["files"][0]["decoding"]
    assert decoding["encoding"] == "utf-8+cp1252"
    assert decoding["fallback"] and all({"offset", "bytes", "text"} <= set(run) for run in decoding["fallback"])
    assert (decoding["newline"], decoding["bom"], decoding["output_encoding"]) == ("lf", False, "utf-8")
    assert 0 < decoding["confidence"] < 1


def test_check_flags_a_file_write_would_re_encode(textfix_here):
    path = next(p for p, _, form in FIXTURES if form.name == "utf8-bom")
    done = textfix_here("clean", "--select", "TF1", "--check", path)
    assert (done.returncode, done.stdout) == (1, b"")
    assert "read as utf-8 with a BOM" in done.stderr.decode()


def test_json_report_of_a_utf16_file():
    path = next(p for p, _, form in FIXTURES if form.name == "utf16le-bom")
    decoding = json.loads(textfix("clean", "--json", path).stdout)["files"][0]["decoding"]
    assert (decoding["encoding"], decoding["bom"], decoding["confidence"]) == ("utf-16-le", True, 1.0)


@pytest.mark.parametrize(("data", "kind"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
    (b"Tim Niendorf\x00\x00Political Editor", "NUL byte at offset 12"),
])
def test_binary_input_exits_2_with_one_line(tmp_path, data, kind):
    target = tmp_path / "picture.txt"
    target.write_bytes(data)
    for mode in ((), ("--write",), ("--json",)):
        done = textfix("clean", *mode, target)
        assert done.returncode == 2
        assert done.stdout == b""
        message = done.stderr.decode()
        assert message.count("\n") == 1 and "binary file" in message and kind in message
        assert target.read_bytes() == data


def test_binary_on_stdin_exits_2():
    done = run_textfix("clean", "-", input=b"\x00\x01\x02binary")
    assert done.returncode == 2
    assert "<stdin>: binary file" in done.stderr.decode()


def test_seeds_unchanged_by_the_character_rules_through_the_cli():
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        done = textfix("clean", "--select", "TF1", "--check", seed)
        assert (done.returncode, done.stdout) == (0, b""), seed.name


def test_output_is_utf8_whatever_the_locale():
    import os

    from helpers import textfix_command

    path = next(p for p, stem, form in FIXTURES if form.name == "cp1252" and stem.startswith("004"))
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C"}
    done = subprocess.run([*textfix_command(), "clean", "--select", "TF1", str(path)], capture_output=True, env=env)
    assert done.stdout == SEEDS["004_382dfacdba768892"].encode("utf-8")
