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
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Optional

import typer

from textfix import __version__
from textfix.config import Options
from textfix.decoding import DecodeError, Decoded, decode_bytes
from textfix.engine import Result, clean
from textfix.rules import all_rules, examples, unknown_codes

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


def read_document(arg: str, stdin_filename: str | None) -> Document:
    if arg == "-":
        data = sys.stdin.buffer.read()
        return Document(stdin_filename or "-", None, _decode(data, "<stdin>"))
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
    return Document(arg, path, _decode(data, arg))


def _decode(data: bytes, name: str) -> Decoded:
    try:
        return decode_bytes(data)
    except DecodeError as error:
        raise InputError(f"{name}: {error}") from None


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that it is never seen half-written.

    The bytes go to a temporary file in the same directory, which then replaces the file in
    one rename; the file's permission bits are kept.
    """
    mode = path.stat().st_mode & 0o7777
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".textfix-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _codes(values: list[str] | None) -> tuple[str, ...]:
    """Rule codes from repeated or comma-separated options (``--select TF2,TF401``)."""
    codes = tuple(c.strip() for v in values or () for c in v.split(",") if c.strip())
    unknown = unknown_codes(codes, all_rules())
    if unknown:
        raise typer.BadParameter(f"unknown rule code {unknown[0]!r} (see `textfix rules`)")
    return codes


def json_report(results: list[tuple[Document, Result]]) -> str:
    from textfix.report import versions

    files = [
        {
            "file": doc.name,
            "changed": result.changed,
            "decoding": doc.decoded.as_dict(),
            "metadata": result.metadata,
            "edits": [e.as_dict() for e in result.edits],
        }
        for doc, result in results
    ]
    return json.dumps({**versions(), "files": files}, ensure_ascii=False, indent=2) + "\n"


@app.command("clean")
def clean_command(
    files: Annotated[list[str], typer.Argument(help="Files to clean; - reads standard input.", show_default=False)],
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff (for git apply) instead of the text.")] = False,
    json_: Annotated[bool, typer.Option("--json", help="Print a JSON report of every edit.")] = False,
    check: Annotated[bool, typer.Option("--check", help="Print the diff; exit 1 if a file would change. Writes nothing.")] = False,
    write: Annotated[bool, typer.Option("--write", help="Rewrite the files in place; exit 1 if any changed.")] = False,
    select: Annotated[Optional[list[str]], typer.Option("--select", help="Only these rule ids or prefixes (repeat or comma-separate).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", help="Skip these rule ids or prefixes.")] = None,
    unsafe: Annotated[bool, typer.Option("--unsafe", help="Also apply suggested edits.")] = False,
    language: Annotated[str, typer.Option("--language", help="Language of the text (wordfreq code).")] = "en",
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", help="Name for - in diffs and reports.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no summary on stderr.")] = False,
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
    if jsonl or output is not None or _is_large_plain_input(files, diff or json_ or check or write):
        return _run_pipeline(files, options=Options(select=_codes(select), ignore=_codes(ignore), unsafe=unsafe,
                                                    language=language),
                             output=output, jsonl=jsonl, field=field, include=include, exclude=exclude,
                             jobs=jobs, force=force, with_edits=with_edits, quiet=quiet,
                             other_mode=diff or json_ or check or write)
    if diff or json_ or check or write:
        files = _expand_directories(files, include, exclude)
    if sum((diff, json_, check, write)) > 1 and not (check and diff):
        raise UsageProblem("choose one of --diff, --json, --check, --write")
    if len(files) > 1 and not (diff or json_ or check or write):
        raise UsageProblem("several files need --diff, --json, --check or --write")
    if write and "-" in files:
        raise UsageProblem("--write cannot rewrite standard input")
    options = Options(select=_codes(select), ignore=_codes(ignore), unsafe=unsafe, language=language)
    results: list[tuple[Document, Result]] = []
    exit_code = 0
    for arg in files:
        doc = read_document(arg, stdin_filename)
        result = clean(doc.decoded.text, options, markdown=doc.name.endswith((".md", ".markdown")))
        results.append((doc, result))
        if write:
            if result.changed and doc.path is not None:
                write_atomically(doc.path, result.text.encode("utf-8"))
                exit_code = 1
                _say(quiet, f"fixed {doc.name} ({len(result.applied)} edits)")
        elif diff or check:
            patch = result.diff(doc.name)
            sys.stdout.write(patch)
            if patch:
                exit_code = 1
        elif not json_:
            sys.stdout.write(result.text)
        _report_open_suggestions(quiet, doc, result)
    if json_:
        sys.stdout.write(json_report(results))
    return exit_code


def _is_large_plain_input(files: list[str], other_mode: bool) -> bool:
    """One text file too large to read whole, to be printed: it is streamed by paragraph.

    Standard input counts when it is a redirected file (``< big.txt``), whose size is known;
    a pipe is read whole (a JSONL stream is not: ``--jsonl -``).
    """
    from textfix.streaming import LARGE_TEXT_BYTES

    if other_mode or len(files) != 1:
        return False
    try:
        status = os.fstat(sys.stdin.fileno()) if files[0] == "-" else Path(files[0]).stat()
    except (OSError, ValueError):
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


def _run_pipeline(files: list[str], *, options: Options, output: Path | None, jsonl: bool, field: str,
                  include: list[str] | None, exclude: list[str] | None, jobs: int, force: bool,
                  with_edits: bool, quiet: bool, other_mode: bool) -> int:
    from textfix import pipeline, progress
    from textfix.engine import Cleaner

    if other_mode:
        raise UsageProblem("--output and --jsonl go with none of --diff, --json, --check, --write")
    request = pipeline.Request(
        tuple(files), output, jsonl, field, tuple(include or ()), tuple(exclude or ()), jobs, force,
        with_edits, quiet, progress.wanted(quiet=quiet, machine_output=False),
    )
    try:
        return pipeline.run(request, Cleaner(options))
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
    for before, after in documented.fix:
        print(f"\n  before: {before!r}\n  after:  {after!r}")
    if documented.keep:
        print("\nLeft alone: " + ", ".join(repr(k) for k in documented.keep))
    return 0


@app.command("version")
def version_command() -> int:
    """Print textfix's version and that of its word data."""
    from textfix.report import versions

    print(" ".join(f"{k} {v}" for k, v in versions().items()))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; every failure becomes one line on stderr and exit 2."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=argv, prog_name="textfix", standalone_mode=False)
    except (InputError, UsageProblem) as error:
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


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
