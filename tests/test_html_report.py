"""The HTML report: self-contained, escaped, every edit labelled; and Chromium renders it."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from helpers import ROOT, SEEDS, run_textfix, textfix_command
from textfix import clean
from textfix.html_report import html_report

HOSTILE = 'A 15in screen, since 2017the year.   \nThe protests.The end. <script>alert("x")</script> & <b>bold</b>\n'


class SideText(HTMLParser):
    """The text of the original (left) and cleaned (right) cells, without badges and markers."""

    def __init__(self) -> None:
        super().__init__()
        self.sides = {"orig": [], "clean": []}
        self.side: str | None = None
        self.skip = 0
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        classes = (dict(attrs).get("class") or "").split()
        if tag == "td":
            self.side = next((c for c in ("orig", "clean") if c in classes), None)
        elif tag == "span" and ({"rule", "eol"} & set(classes) or self.skip):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "td":
            self.side = None
        elif tag == "span" and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if self.side and not self.skip:
            self.sides[self.side].append(data)


def parse(page: str) -> SideText:
    parser = SideText()
    parser.feed(page)
    return parser


def test_both_sides_hold_exactly_the_original_and_the_cleaned_text(seed_texts):
    results = [(name, clean(text)) for name, text in seed_texts.items()] + [("hostile.txt", clean(HOSTILE))]
    for name, result in results:
        sides = parse(html_report([(name, result)])).sides
        assert "".join(sides["orig"]) == result.original
        assert "".join(sides["clean"]) == result.text


def test_text_is_escaped_and_nothing_is_loaded():
    page = html_report([("<evil>.txt", clean(HOSTILE))])
    assert "<script" not in page and "<b>" not in page and "<evil>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert not re.search(r"\b(src|href)\s*=", page)  # no external (or any) resources
    assert "@import" not in page and "url(" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_every_change_is_labelled_by_rule():
    result = clean(HOSTILE)
    page = html_report([("a.txt", result)])
    assert re.search(r'<del title="TF401 number-then-word: [^"]*">2017the</del><span class="rule">TF401</span>', page)
    assert re.search(r'<ins title="TF401[^"]*">2017 the</ins><span class="rule">TF401</span>', page)
    assert '<span class="rule">TF201</span>' in page and '<span class="rule">TF402</span>' in page
    assert '<span class="rule suggested">TF401?</span>' in page  # 15in: suggested, not applied
    assert "1 suggested" in page and "3 applied" in page
    assert "wordfreq" in page  # versions in the header


def test_unchanged_file_says_so():
    page = html_report([("same.txt", clean("Nothing to fix here.\n"))])
    assert "unchanged" in page and "No edits." in page and "<del" not in page


def test_cli_writes_report_besides_its_normal_output(tmp_path):
    seed = SEEDS[0]
    report = tmp_path / "report.html"
    proc = run_textfix("clean", "--html", str(report), str(seed))
    assert proc.returncode == 0
    assert proc.stdout == run_textfix("clean", str(seed)).stdout  # stdout unchanged: the text
    assert '<span class="rule">TF401</span>' in report.read_text()
    proc = run_textfix("clean", "--html", str(seed), str(seed))
    assert proc.returncode == 2 and b"input file" in proc.stderr


@pytest.mark.browser
@pytest.mark.skipif(not shutil.which("chromium"), reason="chromium is not installed (kept out of CI)")
def test_chromium_renders_the_seed_report(tmp_path):
    """Chromium parses the page as written (its DOM keeps the labelled edits) and renders it."""
    shot = subprocess.run(["bash", str(ROOT / "bench" / "html_screenshot.sh"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "TEXTFIX": textfix_command()[0]})
    assert shot.returncode == 0, shot.stderr
    png = (tmp_path / "report.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000  # a rendered page, not a blank one
    profile = tmp_path / "profile"
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--dump-dom", (tmp_path / "report.html").as_uri()],
        capture_output=True, text=True, timeout=120).stdout
    assert re.search(r'<del title="TF401[^"]*">2017the</del><span class="rule">TF401</span>', dom)
    assert re.search(r'<ins title="TF401[^"]*">2017 the</ins>', dom)
