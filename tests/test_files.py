"""Walking inputs with include/exclude globs, output paths, and all-or-nothing writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from textfix.files import JSONL_GLOBS, atomic_output, collect, is_done, output_path


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ["a.txt", "notes.md", "script.py", "sub/b.txt", "sub/deep/c.rst", "drafts/d.txt",
                 ".git/e.txt", "sub/.hidden.txt", "data/x.jsonl", "sub/old.tmp.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{name}\n")
    return tmp_path


def relatives(items) -> list[str]:
    return [i.relative.as_posix() for i in items]


def test_walks_text_files_recursively_skipping_hidden(tree):
    assert relatives(collect([str(tree)])) == [
        "a.txt", "notes.md", "drafts/d.txt", "sub/b.txt", "sub/old.tmp.txt", "sub/deep/c.rst",
    ]


def test_exclude_by_name_anywhere_or_by_relative_path(tree):
    assert relatives(collect([str(tree)], exclude=["drafts", "*.tmp.txt"])) == [
        "a.txt", "notes.md", "sub/b.txt", "sub/deep/c.rst"]
    assert relatives(collect([str(tree)], exclude=["sub/deep/*", "drafts/*"])) == [
        "a.txt", "notes.md", "sub/b.txt", "sub/old.tmp.txt"]


def test_include_globs_and_files_named_directly(tree):
    assert relatives(collect([str(tree)], include=JSONL_GLOBS)) == ["data/x.jsonl"]
    named = collect([str(tree / "script.py"), str(tree / "sub")], include=["*.rst"])
    assert [(i.path.name, i.relative.as_posix(), i.named) for i in named] == [
        ("script.py", "script.py", True), ("c.rst", "deep/c.rst", False)]
    assert collect([str(tree / "a.txt")], exclude=["a.txt"]) == []


def test_missing_argument_is_named(tree):
    with pytest.raises(FileNotFoundError, match="nope"):
        collect([str(tree / "nope")])


def test_output_path_mirrors_the_tree(tree, tmp_path):
    [item] = [i for i in collect([str(tree)]) if i.path.name == "c.rst"]
    assert output_path(item, tmp_path / "out") == tmp_path / "out" / "sub" / "deep" / "c.rst"


def test_atomic_output_appears_whole_or_not_at_all(tmp_path):
    target = tmp_path / "out" / "a.txt"
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(target) as handle:
            handle.write(b"half of the")
            raise KeyboardInterrupt
    assert not target.exists()
    assert list((tmp_path / "out").iterdir()) == []  # no temporary file left behind
    with atomic_output(target) as handle:
        handle.write(b"the whole text\n")
    assert target.read_bytes() == b"the whole text\n"
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_is_done_compares_modification_times(tmp_path):
    source, target = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_text("x")
    assert not is_done([source], target)
    target.write_text("y")
    os.utime(source, ns=(1_000_000_000, 1_000_000_000))
    os.utime(target, ns=(2_000_000_000, 2_000_000_000))
    assert is_done([source], target)
    os.utime(source, ns=(3_000_000_000, 3_000_000_000))  # the input changed since
    assert not is_done([source], target)
