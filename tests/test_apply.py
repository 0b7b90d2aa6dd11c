"""``textfix apply``: a reviewed patch or edit list goes back onto the file, or is refused."""

from __future__ import annotations

import json
import shutil

from helpers import SEEDS, run_textfix

TEXT = "A 15in screen, since 2017the year.   \nThe protests.The end.\n"


def one_line_error(proc) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1, err
    return err


def test_patch_round_trip_on_a_seed(tmp_path):
    seed = SEEDS[0]
    shutil.copy(seed, tmp_path / seed.name)
    patch = run_textfix("clean", "--diff", seed.name, cwd=tmp_path).stdout
    (tmp_path / "p.diff").write_bytes(patch)
    assert run_textfix("apply", "p.diff", cwd=tmp_path).returncode == 0
    assert (tmp_path / seed.name).read_bytes() == run_textfix("clean", str(seed)).stdout
    # Applying it again: the file no longer matches the patch's removed lines.
    assert "changed since" in one_line_error(run_textfix("apply", "p.diff", cwd=tmp_path))


def test_hand_edited_patch_is_applied_as_edited(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    patch = run_textfix("clean", "--diff", "a.txt", cwd=tmp_path).stdout.decode()
    # The reviewer keeps the trailing spaces and writes their own fix of the second line.
    edited = patch.replace("+A 15in screen, since 2017 the year.\n", "+A 15in screen, since 2017 the year.   \n")
    edited = edited.replace("+The protests. The end.\n", "+The protests. THE END.\n")
    assert edited != patch
    proc = run_textfix("apply", "-", input=edited.encode(), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "a.txt").read_text() == "A 15in screen, since 2017 the year.   \nThe protests. THE END.\n"


def test_patch_refused_when_the_file_changed_and_nothing_written(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_text("since 2017the year\n")
    patch = run_textfix("clean", "--diff", "b.txt", "a.txt", cwd=tmp_path).stdout
    (tmp_path / "a.txt").write_text(TEXT.replace("protests", "marches"))
    err = one_line_error(run_textfix("apply", "-", input=patch, cwd=tmp_path))
    assert "a.txt" in err and "line 2" in err
    assert (tmp_path / "b.txt").read_text() == "since 2017the year\n"  # all or nothing


def test_edit_list_with_an_accepted_suggestion_and_a_dropped_edit(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    report = json.loads(run_textfix("clean", "--json", "a.txt", cwd=tmp_path).stdout)
    edits = report["files"][0]["edits"]
    for edit in edits:
        if edit["applicability"] == "suggested":
            edit["applied"] = True  # accept 15in -> 15 in
    report["files"][0]["edits"] = [e for e in edits if e["rule"] != "TF201"]  # keep the trailing spaces
    proc = run_textfix("apply", "--from-json", "-", input=json.dumps(report).encode(), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "a.txt").read_text() == "A 15 in screen, since 2017 the year.   \nThe protests. The end.\n"


def test_edit_list_refused_when_the_file_changed(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    report = run_textfix("clean", "--json", "a.txt", cwd=tmp_path).stdout
    changed = TEXT.replace("since 2017the year", "after 2017the year")
    (tmp_path / "a.txt").write_text(changed)
    err = one_line_error(run_textfix("apply", "--from-json", "-", input=report, cwd=tmp_path))
    assert "a.txt" in err and "changed since" in err
    assert (tmp_path / "a.txt").read_text() == changed


def test_edit_list_without_digest_refused_when_an_edit_is_gone(tmp_path):
    """A hand-made list has no digest: each edit must still be found by its rule."""
    (tmp_path / "a.txt").write_text(TEXT)
    report = json.loads(run_textfix("clean", "--json", "a.txt", cwd=tmp_path).stdout)
    del report["files"][0]["text_sha256"]
    (tmp_path / "a.txt").write_text(TEXT.replace("2017the", "2017 the"))  # fixed by hand meanwhile
    err = one_line_error(run_textfix("apply", "--from-json", "-", input=json.dumps(report).encode(), cwd=tmp_path))
    assert "no longer matches" in err and "changed since" in err


def test_bad_inputs_are_one_line_errors(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    assert "no file diff" in one_line_error(run_textfix("apply", "-", input=b"hello\n", cwd=tmp_path))
    assert "JSON report" in one_line_error(run_textfix("apply", "--from-json", "-", input=b"[1, 2", cwd=tmp_path))
    missing = b"--- a/gone.txt\n+++ b/gone.txt\n@@ -1 +1 @@\n-a\n+b\n"
    assert "no such file" in one_line_error(run_textfix("apply", "-", input=missing, cwd=tmp_path))
    created = b"--- /dev/null\n+++ b/new.txt\n@@ -0,0 +1 @@\n+b\n"
    assert "creates or deletes" in one_line_error(run_textfix("apply", "-", input=created, cwd=tmp_path))
