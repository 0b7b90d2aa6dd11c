"""Configuration: discovery, validation, per-file options, and the CLI honouring them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from helpers import run_textfix
from textfix.settings import Overrides, Resolver, SettingsError, load_settings, options_for

GLUED = "A 15in screen, since 2017the year.   \n"


def repository(tmp_path: Path) -> Path:
    repo = tmp_path / "corpus"
    (repo / "notes" / "deep").mkdir(parents=True)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    return repo


def test_pyproject_table_is_found_from_a_nested_file(tmp_path):
    repo = repository(tmp_path)
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "corpus"\n\n[tool.textfix]\nignore = ["TF201"]\nallow = ["Niendorf"]\n'
        'language = "de"\nper-file-ignores = {"notes/*.md" = ["TF401"]}\n')
    text_file = repo / "notes" / "deep" / "a.txt"
    options = options_for(text_file)
    assert options.ignore == ("TF201",)
    assert options.allow == frozenset({"Niendorf"}) and options.language == "de"
    md = options_for(repo / "notes" / "deep" / "b.md")
    assert md.ignore == ("TF201", "TF401") and md.markdown


def test_closest_file_wins_and_dotted_name_wins_in_one_folder(tmp_path):
    repo = repository(tmp_path)
    (repo / "pyproject.toml").write_text('[tool.textfix]\nignore = ["TF201"]\n')
    (repo / "notes" / "textfix.toml").write_text('ignore = ["TF202"]\n')
    (repo / "notes" / ".textfix.toml").write_text('ignore = ["TF402"]\n')
    resolver = Resolver()
    assert resolver.settings_for(repo / "notes" / "deep" / "a.txt").source == repo / "notes" / ".textfix.toml"
    assert resolver.options_for(repo / "notes" / "a.txt").ignore == ("TF402",)
    assert resolver.options_for(repo / "a.txt").ignore == ("TF201",)


def test_search_stops_at_the_repository_root(tmp_path):
    (tmp_path / "textfix.toml").write_text('ignore = ["TF2"]\n')  # above the repository
    repo = repository(tmp_path)
    settings = Resolver().settings_for(repo / "a.txt")
    assert settings.source is None and settings.root == repo


def test_pyproject_without_table_does_not_count(tmp_path):
    repo = repository(tmp_path)
    (repo / "textfix.toml").write_text('ignore = ["TF2"]\n')
    (repo / "notes" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert Resolver().options_for(repo / "notes" / "a.txt").ignore == ("TF2",)


def test_command_line_overrides(tmp_path):
    repo = repository(tmp_path)
    (repo / "textfix.toml").write_text('select = ["TF2"]\nextend-select = ["TF401"]\nignore = ["TF202"]\nunsafe = true\n')
    base = options_for(repo / "a.txt")
    assert base.select == ("TF2", "TF401") and base.unsafe
    flags = options_for(repo / "a.txt", Overrides(select=("TF4",), ignore=("TF402",), unsafe=False, language="fr"))
    assert flags.select == ("TF4",) and flags.ignore == ("TF202", "TF402")
    assert not flags.unsafe and flags.language == "fr"


def test_extend_select_with_everything_selected_selects_everything(tmp_path):
    repo = repository(tmp_path)
    (repo / "textfix.toml").write_text('extend-select = ["TF4"]\n')
    assert options_for(repo / "a.txt").select == ()


def test_config_flag_and_isolated(tmp_path):
    repo = repository(tmp_path)
    (repo / "textfix.toml").write_text('ignore = ["TF2"]\n')
    other = tmp_path / "other.toml"
    other.write_text('ignore = ["TF4"]\n')
    assert options_for(repo / "a.txt", Overrides(config=other)).ignore == ("TF4",)
    assert options_for(repo / "a.txt", Overrides(isolated=True)).ignore == ()


@pytest.mark.parametrize("content, named", [
    ('ignroe = ["TF2"]\n', "'ignroe'"),
    ('ignore = ["TF999"]\n', "'TF999'"),
    ('unsafe = "yes"\n', "'unsafe'"),
    ('allow = "Niendorf"\n', "'allow'"),
    ("residue-patterns = ['(unclosed']\n", "(unclosed"),
    ('per-file-ignores = {"*.md" = ["TF9"]}\n', "'TF9'"),
    ('nbsp = "drop"\n', "'nbsp'"),
    ("ignore = [\n", "not valid TOML"),
])
def test_bad_settings_name_the_problem(tmp_path, content, named):
    config = tmp_path / "textfix.toml"
    config.write_text(content)
    with pytest.raises(SettingsError, match="textfix.toml") as error:
        load_settings(config)
    assert named in str(error.value)


def test_unknown_key_in_pyproject_is_one_line_exit_2(tmp_path):
    repo = repository(tmp_path)
    (repo / "pyproject.toml").write_text('[tool.textfix]\nselect = ["TF2"]\nfoo = 1\n')
    (repo / "a.txt").write_text("text\n")
    proc = run_textfix("clean", "--check", "a.txt", cwd=repo)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and len(err.strip().splitlines()) == 1
    assert "'foo'" in err and "pyproject.toml" in err and "Traceback" not in err


def test_clean_honours_configuration_and_flags_override_it(tmp_path):
    repo = repository(tmp_path)
    (repo / "textfix.toml").write_text('ignore = ["TF401"]\n')
    (repo / "a.txt").write_text(GLUED)
    assert run_textfix("clean", "a.txt", cwd=repo).stdout.decode() == "A 15in screen, since 2017the year.\n"
    assert run_textfix("clean", "--isolated", "a.txt", cwd=repo).stdout.decode() == "A 15in screen, since 2017 the year.\n"
    (repo / "textfix.toml").write_text("unsafe = true\n")
    assert run_textfix("clean", "a.txt", cwd=repo).stdout.decode() == "A 15 in screen, since 2017 the year.\n"
    assert run_textfix("clean", "--no-unsafe", "a.txt", cwd=repo).stdout.decode() == "A 15in screen, since 2017 the year.\n"


def test_per_file_ignores_in_the_cli(tmp_path):
    repo = repository(tmp_path)
    (repo / "textfix.toml").write_text('per-file-ignores = {"notes/" = ["TF401"]}\n')
    (repo / "notes" / "a.txt").write_text(GLUED)
    (repo / "b.txt").write_text(GLUED)
    proc = run_textfix("clean", "--check", "notes/a.txt", "b.txt", cwd=repo)
    out = proc.stdout.decode()
    assert "b/b.txt" in out and "2017 the" in out
    assert "notes/a.txt" in out  # trailing spaces still go there
    assert out.count("2017 the") == 1


def test_corpus_runs_configure_each_file_as_single_runs_do(tmp_path):
    """--output and --jsonl runs pick each file's configuration (per-file-ignores, the closest
    file), so a corpus run makes the same edits as cleaning its files one by one."""
    repo = repository(tmp_path)
    (repo / "textfix.toml").write_text('per-file-ignores = {"notes/" = ["TF401"]}\n')
    (repo / "notes" / "a.txt").write_text(GLUED)
    (repo / "b.txt").write_text(GLUED)
    (repo / "notes" / "deep" / "c.txt").write_text(GLUED)
    (repo / "notes" / "deep" / "textfix.toml").write_text('ignore = ["TF201"]\n')
    single = {name: run_textfix("clean", name, cwd=repo).stdout.decode()
              for name in ("notes/a.txt", "b.txt", "notes/deep/c.txt")}
    assert single["b.txt"] == "A 15in screen, since 2017 the year.\n"
    assert single["notes/a.txt"] == "A 15in screen, since 2017the year.\n"
    assert single["notes/deep/c.txt"] == "A 15in screen, since 2017 the year.   \n"
    out = tmp_path / "out"
    proc = run_textfix("clean", ".", "--output", str(out), "-j", "2", "--quiet", cwd=repo)
    assert proc.returncode == 0, proc.stderr
    assert {name: (out / name).read_text() for name in single} == single
    proc = run_textfix("clean", ".", "--output", str(tmp_path / "all.jsonl"), "--quiet", cwd=repo)
    records = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text().splitlines()]
    assert {r["id"]: r["text"] for r in records} == single


def test_force_exclude_skips_excluded_files(tmp_path):
    repo = repository(tmp_path)
    (repo / "pyproject.toml").write_text('[tool.textfix]\nextend-exclude = ["notes/", "*.gen.txt"]\n')
    for name in ("notes/a.txt", "x.gen.txt", "kept.txt"):
        (repo / name).write_text(GLUED)
    proc = run_textfix("clean", "--write", "--force-exclude", "notes/a.txt", "x.gen.txt", "kept.txt", cwd=repo)
    assert proc.returncode == 1
    assert (repo / "notes" / "a.txt").read_text() == GLUED
    assert (repo / "x.gen.txt").read_text() == GLUED
    assert (repo / "kept.txt").read_text() != GLUED
    # Without --force-exclude, a file named on the command line is cleaned (ruff's rule).
    assert run_textfix("clean", "--check", "x.gen.txt", cwd=repo).returncode == 1


def test_config_command_shows_source_and_values(tmp_path):
    repo = repository(tmp_path)
    (repo / "pyproject.toml").write_text('[tool.textfix]\nallow = ["Niendorf"]\nunsafe = true\n')
    (repo / "a.txt").write_text("x\n")
    proc = run_textfix("config", "a.txt", cwd=repo)
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert f"# from: {repo / 'pyproject.toml'}" in out
    assert 'allow = ["Niendorf"]' in out and "unsafe = true" in out
    isolated = run_textfix("config", "--isolated", "a.txt", cwd=repo).stdout.decode()
    assert "defaults (--isolated)" in isolated and "unsafe = false" in isolated


def test_missing_config_file_is_one_line_error(tmp_path):
    proc = run_textfix("clean", "--config", str(tmp_path / "nope.toml"), "-", input=b"x\n")
    assert proc.returncode == 2 and "no such configuration file" in proc.stderr.decode()
    assert len(proc.stderr.decode().strip().splitlines()) == 1


def test_readme_example_configuration_is_valid(tmp_path):
    import re

    from helpers import ROOT

    [example] = [block for block in re.findall(r"```toml\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
                 if "[tool.textfix]" in block]
    (tmp_path / "pyproject.toml").write_text(example)
    settings = load_settings(tmp_path / "pyproject.toml")
    assert settings.allow == ("Niendorf", "iPhone") and settings.per_file_ignores
    options = settings.options_for(tmp_path / "transcripts" / "a.md")
    assert "TF4" in options.ignore and "TF402" in options.ignore and options.markdown
    assert settings.is_excluded(tmp_path / "drafts" / "x.txt")


def test_an_unknown_language_is_a_settings_error_naming_the_known_codes(tmp_path):
    (tmp_path / "textfix.toml").write_text('language = "xx"\n')
    with pytest.raises(SettingsError, match=r"unknown language 'xx' \(known: .*\ben\b"):
        load_settings(tmp_path / "textfix.toml")
    (tmp_path / "textfix.toml").write_text('language = "de"\n')
    assert load_settings(tmp_path / "textfix.toml").language == "de"
