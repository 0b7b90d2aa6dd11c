"""Finding the files to clean, naming their outputs, and writing outputs all-or-nothing.

Directories are walked recursively. ``include`` globs choose files inside directories (by
default plain text, Markdown and reStructuredText; JSONL with ``--jsonl``); ``exclude`` globs
drop files and whole directories. A glob without ``/`` matches a file or directory *name*
anywhere (``drafts``, ``*.tmp``), one with ``/`` the path relative to the directory given
(``notes/2019/*``), as ruff's and black's excludes do. A file named on the command line is
taken as it is, unless excluded. Hidden entries (``.git``, ``.venv``) are skipped.

An output is written to a temporary file beside it and renamed into place when complete, so a
crash or Ctrl-C leaves either the whole output or none. That is what makes resuming safe: an
output that exists and is not older than its input is finished and is skipped on the next run
(``--force`` redoes it; so does touching the input).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path
from typing import BinaryIO

TEXT_GLOBS = ("*.txt", "*.text", "*.md", "*.markdown", "*.rst")
JSONL_GLOBS = ("*.jsonl", "*.ndjson")
TEMP_SUFFIX = ".textfix-tmp"


@dataclass(frozen=True)
class Input:
    """A file to clean, its path relative to the argument it was found under, and whether it
    was named on the command line (rather than found in a directory)."""

    path: Path
    relative: Path
    named: bool = False


def _matches(relative: Path, globs: Sequence[str]) -> bool:
    posix = relative.as_posix()
    return any(fnmatchcase(posix, g) if "/" in g else fnmatchcase(relative.name, g) for g in globs)


def _walk(root: Path, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Input]:
    for directory, subdirs, names in os.walk(root):
        here = Path(directory)
        relative_dir = here.relative_to(root)
        subdirs[:] = sorted(d for d in subdirs
                            if not d.startswith(".") and not _matches(relative_dir / d, exclude))
        for name in sorted(names):
            relative = relative_dir / name
            if name.startswith(".") or name.endswith(TEMP_SUFFIX):
                continue
            if _matches(relative, include) and not _matches(relative, exclude):
                yield Input(here / name, relative)


def collect(arguments: Iterable[str], include: Sequence[str] = TEXT_GLOBS,
            exclude: Sequence[str] = ()) -> list[Input]:
    """The files named by ``arguments`` (files and directories), in a stable order.

    A missing argument raises ``FileNotFoundError`` naming it.
    """
    found: list[Input] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found.extend(_walk(path, include, exclude))
        elif path.exists():
            if not _matches(Path(path.name), exclude):
                found.append(Input(path, Path(path.name), named=True))
        else:
            raise FileNotFoundError(argument)
    return found


def output_path(item: Input, output_dir: Path) -> Path:
    """Where ``item``'s output goes under ``output_dir``: the same relative path."""
    return output_dir / item.relative


def is_done(inputs: Sequence[Path], output: Path) -> bool:
    """Whether ``output`` exists and is not older than any input (a finished earlier run)."""
    try:
        done_at = output.stat().st_mtime_ns
    except FileNotFoundError:
        return False
    return all(p.stat().st_mtime_ns <= done_at for p in inputs)


def _default_mode() -> int:
    """The permission bits a new file gets (``0o666`` less the umask), as ``open`` gives."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A binary file handle whose content appears at ``path`` only if the block completes.

    The bytes go to a hidden temporary file in the same directory (created as needed), which
    replaces ``path`` in one rename after an ``fsync``; on any error or interrupt it is
    removed and ``path`` is untouched. A file that is replaced keeps its permission bits; a
    new one gets the default ones.
    """
    mode = path.stat().st_mode & 0o7777 if path.exists() else _default_mode()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that it is never seen half-written (see :func:`atomic_output`)."""
    with atomic_output(path) as handle:
        handle.write(data)
