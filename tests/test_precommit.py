"""The pre-commit hooks, for real: a corpus repository with the seeds adopts them.

The hook environment is installed by pre-commit from this checkout's HEAD commit (needs
PyPI), into a PRE_COMMIT_HOME under the test's temporary folder, so this tests the committed
state. Deselect with ``-m 'not precommit'``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from helpers import ROOT, SEEDS, run_textfix

pytestmark = pytest.mark.precommit

MANIFEST = ROOT / ".pre-commit-hooks.yaml"
SNIPPET_DOC = ROOT / "docs" / "pre-commit.md"


def pre_commit(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRE_COMMIT", "TEXTFIX", "GIT_"))}
    env["PRE_COMMIT_HOME"] = str(home)
    executable = Path(os.sys.executable).with_name("pre-commit")
    return subprocess.run([str(executable), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def test_manifest_is_valid(tmp_path):
    proc = pre_commit("validate-manifest", str(MANIFEST), cwd=ROOT, home=tmp_path / "home")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    hooks = {hook["id"]: hook for hook in yaml.safe_load(MANIFEST.read_text())}
    assert hooks["textfix"]["entry"] == "textfix clean --write --force-exclude"
    assert hooks["textfix-check"]["entry"] == "textfix clean --check --force-exclude"
    for hook in hooks.values():
        assert hook["types_or"] == ["plain-text", "markdown", "rst"] and hook["require_serial"] is True
        assert "args" not in hook
        # licence and notice files are left alone; the corpus's own files are not
        licences = ["LICENSE", "LICENCE.txt", "COPYING", "docs/NOTICE", "license.md", "COPYING.LESSER"]
        corpus = ["seeds/000_2b4a62e76a3d153e.txt", "README.md", "notices/today.txt", "licensed-news.txt"]
        assert all(re.search(hook["exclude"], path) for path in licences)
        assert not any(re.search(hook["exclude"], path) for path in corpus)


def snippet_config(repo: str, rev: str) -> str:
    """The documented ``.pre-commit-config.yaml``, pointed at this checkout."""
    [block] = re.findall(r"```yaml\n(.*?)```", SNIPPET_DOC.read_text(), re.S)
    config = yaml.safe_load(block)
    [entry] = config["repos"]
    assert [hook["id"] for hook in entry["hooks"]] == ["textfix"]
    entry["repo"], entry["rev"] = repo, rev
    return yaml.safe_dump(config)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_corpus_repository_adopts_the_hooks(tmp_path):
    head = git("rev-parse", "HEAD", cwd=ROOT).strip()
    home = tmp_path / "pre-commit-home"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    git("init", "-q", cwd=corpus)
    for seed in SEEDS:
        shutil.copy(seed, corpus / seed.name)
    (corpus / ".pre-commit-config.yaml").write_text(snippet_config(str(ROOT), head))
    git("add", ".", cwd=corpus)
    git("commit", "-q", "-m", "seeds", cwd=corpus)
    expected = {seed.name: run_textfix("clean", str(seed)).stdout for seed in SEEDS}
    assert any(expected[s.name] != s.read_bytes() for s in SEEDS)  # the seeds have defects

    # textfix-check (through try-repo): fails, shows the diff, changes nothing.
    check = pre_commit("try-repo", str(ROOT), "textfix-check", "--ref", head, "--all-files", cwd=corpus, home=home)
    assert check.returncode == 1, check.stdout + check.stderr
    assert "+++ b/" in check.stdout and "2017 the" in check.stdout
    assert git("status", "--porcelain", cwd=corpus) == ""

    # textfix (through the documented config): first run repairs and fails, second passes.
    first = pre_commit("run", "textfix", "--all-files", cwd=corpus, home=home)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "files were modified by this hook" in first.stdout
    for seed in SEEDS:
        assert (corpus / seed.name).read_bytes() == expected[seed.name], seed.name
    second = pre_commit("run", "textfix", "--all-files", cwd=corpus, home=home)
    assert second.returncode == 0, second.stdout + second.stderr
    again = pre_commit("try-repo", str(ROOT), "textfix-check", "--ref", head, "--all-files", cwd=corpus, home=home)
    assert again.returncode == 0, again.stdout + again.stderr
