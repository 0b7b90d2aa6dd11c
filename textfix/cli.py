"""The ``textfix`` command: a thin layer over :func:`textfix.clean`.

stdout is data (cleaned text, diffs, JSON), stderr is talk. Exit codes follow ruff: 0 clean
or everything fixed, 1 something found (``--check``/``--diff``) or files changed (``--write``),
2 a usage, input or internal error — always one line on stderr, never a traceback.
"""

from __future__ import annotations

import inspect
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Optional

import typer

from textfix.decoding import DecodeError, Decoded, decode_bytes
from textfix.engine import Result, clean
from textfix.files import write_atomically
from textfix.rules import all_rules, examples, unknown_codes
from textfix.settings import Overrides, Resolver, SettingsError, known_language

WRITE_ENCODING = "utf-8"

app = typer.Typer(
    name="textfix",
    help="Clean and repair damaged text, and show every repair for review.",
    add_completion=False,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    no_args_is_help=True,
)


INTERRUPTED = 130  # the shell's code for a process ended by Ctrl-C (128 + SIGINT)


class InputError(Exception):
    """A file that cannot be cleaned; the message is the one line the user sees."""


class UsageProblem(Exception):
    """Options that do not go together; the message is the one line the user sees."""


@dataclass(frozen=True)
class Document:
    """A file (or stdin) read and decoded, with the name it goes by in diffs and reports."""

    name: str
    path: Path | None
    decoded: Decoded


def read_document(arg: str, stdin_filename: str | None, decode_errors: str = "strict") -> Document:
    if arg == "-":
        data = sys.stdin.buffer.read()
        return Document(stdin_filename or "-", None, _decode(data, "<stdin>", decode_errors))
    path = Path(arg)
    if not path.exists():
        raise InputError(f"{arg}: no such file")
    if path.is_dir():
        raise InputError(f"{arg}: is a directory")
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{arg}: permission denied") from None
    except OSError as error:
        raise InputError(f"{arg}: cannot read ({error.strerror})") from None
    return Document(arg, path, _decode(data, arg, decode_errors))


def _decode(data: bytes, name: str, errors: str) -> Decoded:
    try:
        return decode_bytes(data, errors)
    except DecodeError as error:
        raise InputError(f"{name}: {error}") from None


def _say_decoding(quiet: bool, doc: Document, *, writing: bool) -> None:
    """Say on stderr whatever decoding did besides reading UTF-8: nothing about bytes is silent."""
    decoded = doc.decoded
    if decoded.replaced:
        offsets = ", ".join(str(r.offset) for r in decoded.replaced[:5])
        more = ", …" if len(decoded.replaced) > 5 else ""
        _say(quiet, f"{doc.name}: undecodable bytes read as U+FFFD at byte offsets {offsets}{more} "
                    "(see --json)")
    if decoded.fallback:
        _say(quiet, f"{doc.name}: {len(decoded.fallback)} invalid UTF-8 sequences read as "
                    "Windows-1252 (byte offsets in --json)")
    if not decoded.is_plain_utf8 and not writing:
        bom = " with a BOM" if decoded.bom else ""
        _say(quiet, f"{doc.name}: read as {decoded.encoding}{bom}; output is {WRITE_ENCODING.upper()} "
                    "(--write rewrites the file as UTF-8)")


def _codes(values: list[str] | None) -> tuple[str, ...]:
    """Rule codes from repeated or comma-separated options (``--select TF2,TF401``)."""
    codes = tuple(c.strip() for v in values or () for c in v.split(",") if c.strip())
    unknown = unknown_codes(codes, all_rules())
    if unknown:
        raise typer.BadParameter(f"unknown rule code {unknown[0]!r} (see `textfix rules`)")
    return codes


def json_report(results: list[tuple[Document, Result]]) -> str:
    from textfix.report import text_digest, versions

    files = [
        {
            "file": doc.name,
            "text_sha256": text_digest(result.original),
            "changed": result.changed,
            "decoding": {**doc.decoded.as_dict(), "output_encoding": WRITE_ENCODING},
            "metadata": result.metadata,
            "edits": [e.as_dict() for e in result.edits],
        }
        for doc, result in results
    ]
    return json.dumps({**versions(), "files": files}, ensure_ascii=False, indent=2) + "\n"


DIFF_FORMATS = ("unified", "words")
COLOR_CHOICES = ("auto", "always", "never")


def _choice(value: str | None, choices: tuple[str, ...], option: str) -> str | None:
    if value is not None and value not in choices:
        raise typer.BadParameter(f"{option} must be one of {', '.join(choices)}, not {value!r}")
    return value


def _resolver(select, extend_select, ignore, unsafe, language, config, isolated,
              newline=None, nbsp=None) -> Resolver:
    """Settings per file: the configuration files, overridden by these flags."""
    if config is not None and isolated:
        raise UsageProblem("--config and --isolated exclude each other")
    if language is not None:
        known_language(language, "--language")
    return Resolver(Overrides(
        select=_codes(select) if select else None, extend_select=_codes(extend_select),
        ignore=_codes(ignore), unsafe=unsafe, language=language, newline=newline, nbsp=nbsp,
        config=Path(config) if config is not None else None, isolated=isolated,
    ))


# Options every command that cleans shares (clean, review, config).
SelectOption = Annotated[Optional[list[str]], typer.Option("--select", help="Only these rule ids or prefixes (repeat or comma-separate); replaces the configuration's.")]
ExtendSelectOption = Annotated[Optional[list[str]], typer.Option("--extend-select", help="Rule ids or prefixes added to the selection.")]
IgnoreOption = Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip these rule ids or prefixes (added to the configuration's).")]
UnsafeOption = Annotated[Optional[bool], typer.Option("--unsafe/--no-unsafe", help="Also apply suggested edits (default: the configuration's, else no).", show_default=False)]
LanguageOption = Annotated[Optional[str], typer.Option("--language", metavar="CODE", help="Language of the text (wordfreq code; default: the configuration's, else en).", show_default=False)]
ConfigOption = Annotated[Optional[str], typer.Option("--config", metavar="FILE", help="Read settings from this file only (pyproject.toml, textfix.toml).", show_default=False)]
IsolatedOption = Annotated[bool, typer.Option("--isolated", help="Ignore every configuration file.")]
ColorOption = Annotated[str, typer.Option("--color", metavar="auto|always|never", help="Colour the word diff and review: auto|always|never (honours NO_COLOR, FORCE_COLOR).")]


@app.command("clean")
def clean_command(
    files: Annotated[list[str], typer.Argument(help="Files to clean; - reads standard input.", show_default=False)],
    diff: Annotated[Optional[str], typer.Option("--diff", metavar="[=unified|words]", help="Print a diff instead of the text: --diff (unified, for git apply) or --diff=words (changes marked inline).", show_default=False)] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print a JSON report of every edit.")] = False,
    check: Annotated[bool, typer.Option("--check", help="Print the diff; exit 1 if a file would change. Writes nothing.")] = False,
    write: Annotated[bool, typer.Option("--write", help="Rewrite the files in place; exit 1 if any changed.")] = False,
    html: Annotated[Optional[str], typer.Option("--html", metavar="FILE", help="Also write a side-by-side HTML report of every edit to this file.", show_default=False)] = None,
    select: SelectOption = None,
    extend_select: ExtendSelectOption = None,
    ignore: IgnoreOption = None,
    unsafe: UnsafeOption = None,
    language: LanguageOption = None,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    force_exclude: Annotated[bool, typer.Option("--force-exclude", help="Skip files the configuration excludes even when named (for pre-commit).")] = False,
    color: ColorOption = "auto",
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", help="Name for - in diffs and reports.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary on stderr.")] = False,
    decode_errors: Annotated[str, typer.Option(
        "--decode-errors", help="Bytes no encoding decodes: 'strict' refuses the file (exit 2, "
        "offsets named); 'replace' reads each as U+FFFD and lists it in the report.")] = "strict",
    newline: Annotated[Optional[str], typer.Option(
        "--newline", help="Line ends: 'keep' the file's style (mixed ones made consistent), "
        "or convert all to 'lf' or 'crlf'.", show_default=False)] = None,
    nbsp: Annotated[Optional[str], typer.Option(
        "--nbsp", help="No-break spaces between words: 'keep', or make them a 'space' "
        "(default: the configuration's, else keep).", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write cleaned files under this directory, or all records into this .jsonl file.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Inputs are JSONL: clean --field of every record.")] = False,
    field: Annotated[str, typer.Option("--field", help="The record field holding the text (with --jsonl).")] = "text",
    include: Annotated[Optional[list[str]], typer.Option("--include", help="Globs of files to take from directories (repeatable).")] = None,
    exclude: Annotated[Optional[list[str]], typer.Option("--exclude", help="Globs of files or directories to skip (repeatable).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (with --output or --jsonl).")] = 1,
    force: Annotated[bool, typer.Option("--force", help="Redo outputs a previous run finished.")] = False,
    with_edits: Annotated[bool, typer.Option("--with-edits", help="Add every edit to each JSONL record.")] = False,
) -> int:
    """Clean FILES: print the cleaned text, a diff, a JSON report, or rewrite them.

    With --output or --jsonl, clean files, directories and JSONL corpora in bulk (see
    docs/pipelines.md).
    """
    diff = _choice(diff, DIFF_FORMATS, "--diff")
    _choice(color, COLOR_CHOICES, "--color")
    _choice(decode_errors, ("strict", "replace"), "--decode-errors")
    _choice(newline, ("keep", "lf", "crlf"), "--newline")
    _choice(nbsp, ("keep", "space"), "--nbsp")
    other_mode = bool(diff or json_ or check or write or html)
    resolver = _resolver(select, extend_select, ignore, unsafe, language, config, isolated, newline, nbsp)
    if jsonl or output is not None or _is_large_plain_input(files, other_mode):
        return _run_pipeline(files, resolver=resolver,
                             output=output, jsonl=jsonl, field=field, include=include, exclude=exclude,
                             jobs=jobs, force=force, with_edits=with_edits, quiet=quiet,
                             other_mode=other_mode)
    if other_mode:
        files = _expand_directories(files, include, exclude)
    if sum((diff is not None, json_, check, write)) > 1 and not (check and diff):
        raise UsageProblem("choose one of --diff, --json, --check, --write")
    if len(files) > 1 and not (diff or json_ or check or write):
        raise UsageProblem("several files need --diff, --json, --check or --write")
    if write and "-" in files:
        raise UsageProblem("--write cannot rewrite standard input")
    if html is not None and any(os.path.abspath(html) == os.path.abspath(f) for f in files):
        raise UsageProblem("--html must not overwrite an input file")
    results: list[tuple[Document, Result]] = []
    exit_code = 0
    header_written = False
    for arg in files:
        if force_exclude and arg != "-" and resolver.is_excluded(arg):
            continue
        doc = read_document(arg, stdin_filename, decode_errors)
        _say_decoding(quiet, doc, writing=write)
        options = resolver.options_for(arg if arg != "-" else stdin_filename)
        result = clean(doc.decoded.text, options)
        results.append((doc, result))
        if write:
            # A file that was not plain UTF-8 is rewritten even when no rule changed its text.
            if (result.changed or not doc.decoded.is_plain_utf8) and doc.path is not None:
                write_atomically(doc.path, result.text.encode(WRITE_ENCODING))
                exit_code = 1
                _say(quiet, f"fixed {doc.name} ({len(result.applied)} edits{_reencoded(doc.decoded)})")
        elif diff or check:
            patch = _render_diff(result, doc.name, diff or "unified", color)
            if patch and not header_written:
                emit(_versions_header())
                header_written = True
            emit(patch)
            # --check asks whether --write would touch the file; it would re-encode a non-UTF-8 one
            if patch or (check and not doc.decoded.is_plain_utf8):
                exit_code = 1
        elif not json_:
            emit(result.text)
        _report_open_suggestions(quiet, doc, result)
    if json_:
        emit(json_report(results))
    if html is not None:
        _write_html(Path(html), results, quiet)
    return exit_code


def _versions_header() -> str:
    """The first line of every diff: what produced it. ``git apply`` and ``patch`` skip text
    before the first ``---`` line, as they skip a commit message."""
    from textfix.report import versions

    return "# " + ", ".join(f"{k} {v}" for k, v in versions().items()) + "\n"


def _render_diff(result: Result, name: str, style: str, color: str) -> str:
    if style == "unified":
        return result.diff(name)
    from textfix.worddiff import color_enabled, word_diff

    return word_diff(result.original, result.text, name, color=color_enabled(color, sys.stdout))


def _write_html(path: Path, results: list[tuple[Document, Result]], quiet: bool) -> None:
    from textfix.html_report import html_report

    page = html_report([(doc.name, result) for doc, result in results]).encode("utf-8")
    try:
        write_atomically(path, page)
    except OSError as error:
        raise InputError(f"{path}: cannot write the HTML report ({error.strerror})") from None
    _say(quiet, f"wrote {path}")


def emit(text: str) -> None:
    """Write data to stdout as UTF-8 bytes, whatever the locale, and line ends untranslated
    (a CRLF file's text stays CRLF, even where text-mode stdout would add a CR)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a stdout replaced by a text-only stream
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode(WRITE_ENCODING))
    buffer.flush()


def _reencoded(decoded: Decoded) -> str:
    if decoded.is_plain_utf8:
        return ""
    bom = " with a BOM" if decoded.bom else ""
    return f"; written as UTF-8, was {decoded.encoding}{bom}"


def _is_large_plain_input(files: list[str], other_mode: bool) -> bool:
    """One text file too large to read whole, to be printed: it is streamed by paragraph.

    Standard input counts when it is a redirected file (``< big.txt``), whose size is known;
    a pipe is read whole (a JSONL stream is not: ``--jsonl -``).
    """
    from textfix.streaming import LARGE_TEXT_BYTES, bytes_left

    if other_mode or len(files) != 1:
        return False
    if files[0] == "-":
        size = bytes_left(sys.stdin.buffer)
        return size is not None and size > LARGE_TEXT_BYTES
    try:
        status = Path(files[0]).stat()
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return False
    return stat.S_ISREG(status.st_mode) and status.st_size > LARGE_TEXT_BYTES


def _expand_directories(files: list[str], include: list[str] | None, exclude: list[str] | None) -> list[str]:
    """Directories among ``files`` replaced by the text files under them."""
    if not any(Path(f).is_dir() for f in files):
        return files
    from textfix.files import TEXT_GLOBS, collect

    expanded: list[str] = []
    for f in files:
        if f != "-" and Path(f).is_dir():
            expanded += [str(i.path) for i in collect([f], tuple(include or TEXT_GLOBS), tuple(exclude or ()))]
        else:
            expanded.append(f)
    return expanded


def _run_pipeline(files: list[str], *, resolver: Resolver, output: Path | None, jsonl: bool, field: str,
                  include: list[str] | None, exclude: list[str] | None, jobs: int, force: bool,
                  with_edits: bool, quiet: bool, other_mode: bool) -> int:
    from textfix import pipeline, progress

    if other_mode:
        raise UsageProblem("--output and --jsonl go with none of --diff, --json, --check, --write")
    request = pipeline.Request(
        tuple(files), output, jsonl, field, tuple(include or ()), tuple(exclude or ()), jobs, force,
        with_edits, quiet, progress.wanted(quiet=quiet, machine_output=False),
    )
    try:
        return pipeline.run(request, pipeline.Cleaners(resolver.options_for))
    except pipeline.PipelineError as error:
        raise InputError(str(error)) from None


def _say(quiet: bool, message: str) -> None:
    if not quiet:
        print(f"textfix: {message}", file=sys.stderr)


def _report_open_suggestions(quiet: bool, doc: Document, result: Result) -> None:
    if result.suggested:
        _say(quiet, f"{doc.name}: {len(result.suggested)} suggested edits not applied "
                    "(see them with --json, apply them with --unsafe)")
    if not result.settled:
        _say(quiet, f"{doc.name}: the rules did not settle; please report this as a bug")


@app.command("rules")
def rules_command(
    rule_id: Annotated[Optional[str], typer.Argument(help="Explain one rule.", show_default=False)] = None,
) -> int:
    """List every rule: id, name, applicability, what it does."""
    rules = all_rules()
    if rule_id is None:
        for rule in rules:
            print(f"{rule.id}  {rule.name:<28} {rule.applicability.value:<9}  {rule.summary}")
        return 0
    matching = [r for r in rules if r.id == rule_id.upper()]
    if not matching:
        raise typer.BadParameter(f"no rule {rule_id!r} (see `textfix rules`)")
    rule = matching[0]
    print(f"{rule.id} {rule.name} ({rule.applicability.value}, phase: {rule.phase.name.lower()})\n")
    print(inspect.cleandoc(rule.find.__doc__ or rule.summary))
    documented = examples(rule.id)
    if documented.options:
        print("\nThe examples run with " + ", ".join(f"{k}={v!r}" for k, v in documented.options) + ".")
    for before, after in documented.fix:
        print(f"\n  before: {before!r}\n  after:  {after!r}")
    if documented.keep:
        print("\nLeft alone: " + ", ".join(repr(k) for k in documented.keep))
    return 0


@app.command("review")
def review_command(
    files: Annotated[list[str], typer.Argument(help="Files to review.", show_default=False)],
    select: SelectOption = None,
    extend_select: ExtendSelectOption = None,
    ignore: IgnoreOption = None,
    language: LanguageOption = None,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    color: ColorOption = "auto",
) -> int:
    """Decide on each edit (applied and suggested) one at a time: y, n, i(gnore), a(ll of rule), q."""
    from textfix.worddiff import color_enabled
    from textfix.review import Session, review_text

    _choice(color, COLOR_CHOICES, "--color")
    if "-" in files:
        raise UsageProblem("review needs files: its answers come from standard input")
    resolver = _resolver(select, extend_select, ignore, None, language, config, isolated)
    documents = [read_document(arg, None) for arg in files]  # every file readable before asking
    session = Session(ask=_ask_line, say=_tell, color=color_enabled(color, sys.stderr))
    for doc in documents:
        if session.quit:
            break
        outcome = review_text(doc.name, doc.decoded.text, resolver.options_for(doc.name), session)
        _record_review(resolver, doc, outcome)
    return 0


def _ask_line(prompt: str) -> str | None:
    """One answer line from standard input (a terminal or a pipe); ``None`` at its end."""
    sys.stderr.write(prompt)
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        sys.stderr.write("\n")
        return None
    return line


def _tell(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def _record_review(resolver, doc: Document, outcome) -> None:
    """Write the reviewed text and the remembered rejections; say what was done."""
    from textfix.decisions import ignore_file_with
    from textfix.review import relative_name

    assert doc.path is not None
    if outcome.changed:
        write_atomically(doc.path, outcome.text.encode("utf-8"))
    parts = [f"{len(outcome.accepted)} of {outcome.offered} edits accepted"]
    if outcome.remembered:
        ignore_file = resolver.settings_for(doc.name).ignore_file
        name = relative_name(doc.path, ignore_file.parent)
        text, added = ignore_file_with(ignore_file, ((key, name) for key in outcome.remembered))
        write_atomically(ignore_file, text.encode("utf-8"))
        parts.append(f"{added} remembered in {ignore_file}")
    if outcome.not_applied:
        parts.append(f"{outcome.not_applied} accepted edits no longer applied after the rejections")
    parts.append("file rewritten" if outcome.changed else "file unchanged")
    _say(False, f"{doc.name}: " + ", ".join(parts))


@app.command("apply")
def apply_command(
    patch: Annotated[str, typer.Argument(help="A unified diff from `clean --diff` (or a JSON report with --from-json); - reads stdin.", show_default=False)],
    from_json: Annotated[bool, typer.Option("--from-json", help="PATCH is a JSON edit list from `clean --json`: apply its edits marked \"applied\": true.")] = False,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary on stderr.")] = False,
) -> int:
    """Apply a reviewed (possibly hand-edited) patch or edit list; refuse if a file changed since."""
    from textfix.apply import ApplyError, changes_from_edit_list, changes_from_patch

    source = read_document(patch, None).decoded.text
    resolver = _resolver(None, None, None, None, None, config, isolated)

    def read(name: str) -> tuple[Path, str]:
        doc = read_document(name, None)
        assert doc.path is not None
        return doc.path, doc.decoded.text

    try:
        if from_json:
            changes = changes_from_edit_list(source, read, resolver.options_for)
        else:
            changes = changes_from_patch(source, read)
    except ApplyError as error:
        raise InputError(str(error)) from None
    for change in changes:  # only once every file applied
        if change.changed:
            write_atomically(change.path, change.text.encode("utf-8"))
            _say(quiet, f"applied to {change.name}")
    return 0


@app.command("config")
def config_command(
    path: Annotated[Optional[str], typer.Argument(help="The file (or folder) whose settings to show; default: the current folder.", show_default=False)] = None,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
) -> int:
    """Show the settings that apply to PATH and the file they came from."""
    from textfix.settings import describe

    resolver = _resolver(None, None, None, None, None, config, isolated)
    where = Path(path or ".")
    probe = where / "_" if where.is_dir() else where  # a folder: a file in it
    sys.stdout.write(describe(resolver.settings_for(probe), path, resolver.overrides))
    return 0


@app.command("version")
def version_command() -> int:
    """Print textfix's version and that of its word data."""
    from textfix.report import versions

    print(" ".join(f"{k} {v}" for k, v in versions().items()))
    return 0


# Options whose value may be left out, and the value they then take (``--diff`` means
# ``--diff=unified``; ``--diff=words`` picks the word view). typer has no optional option
# values, so a bare flag is completed before parsing; a value must then follow ``=``.
OPTIONAL_VALUES = {"--diff": "unified"}


def optional_option_values(args: list[str]) -> list[str]:
    """``args`` with each bare optional-value option completed (up to a ``--`` marker).

        >>> optional_option_values(["clean", "--diff", "a.txt", "--", "--diff"])
        ['clean', '--diff=unified', 'a.txt', '--', '--diff']
    """
    completed: list[str] = []
    for i, arg in enumerate(args):
        if arg == "--":
            return completed + args[i:]
        completed.append(f"{arg}={OPTIONAL_VALUES[arg]}" if arg in OPTIONAL_VALUES else arg)
    return completed


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every failure becomes one line on stderr and exit 2."""
    command = typer.main.get_command(app)
    args = optional_option_values(sys.argv[1:] if argv is None else argv)
    try:
        result = command.main(args=args, prog_name="textfix", standalone_mode=False)
    except (InputError, UsageProblem, SettingsError) as error:
        print(f"textfix: error: {error}", file=sys.stderr)
        return 2
    except typer.Exit as exit_:
        return exit_.exit_code
    except (typer.Abort, KeyboardInterrupt):
        print("textfix: interrupted", file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except Exception as error:
        if hasattr(error, "format_message"):  # click's usage errors, as typer raises them
            message = error.format_message().strip()
            print(message if "\n" in message else f"textfix: error: {message}", file=sys.stderr)
            return 2
        # A bug: say what, never the user's text in a traceback.
        print(f"textfix: internal error: {type(error).__name__}: {error}", file=sys.stderr)
        if os.environ.get("TEXTFIX_DEBUG"):
            raise
        return 2
    if result == INTERRUPTED:  # typer turns Ctrl-C into this return value (commands never return it)
        print("textfix: interrupted", file=sys.stderr)
    return result if isinstance(result, int) else 0
