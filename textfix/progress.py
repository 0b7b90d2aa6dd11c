"""A progress bar on stderr, only where a person is watching.

Shown only when stderr is a terminal, ``PRE_COMMIT`` is unset, neither ``--quiet`` nor a
machine format is asked for, and the work has run for about a second (so a quick run prints
no flicker). Progress is counted in input bytes, which are known up front for files and for
standard input redirected from a file; the bar is indeterminate for a pipe.

The rate and the time left are the run's average since it started, not rich's estimate from
the latest updates: results come back in bursts (a batch per worker, in input order), and two
updates a few milliseconds apart made rich show gigabytes a second.
"""

from __future__ import annotations

import os
import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported only once a bar is drawn, to keep start-up quick
    from rich.progress import Progress as RichProgress, TaskID

SHOW_AFTER_SECONDS = 1.0


def wanted(*, quiet: bool, machine_output: bool) -> bool:
    """Whether a progress bar may be shown, by the command-line conventions above."""
    return (not quiet and not machine_output and "PRE_COMMIT" not in os.environ
            and sys.stderr.isatty())


class Progress:
    """Counts input bytes and documents; draws a rich bar on stderr when ``enabled``."""

    def __init__(self, total_bytes: int | None, *, enabled: bool) -> None:
        self.total_bytes = total_bytes
        self.enabled = enabled
        self.started = time.monotonic()
        self._bar: RichProgress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()

    def _new_bar(self) -> tuple[RichProgress, TaskID]:
        """The bar, not drawn yet, and its task (returned too, as mypy cannot see this method
        set them)."""
        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, Progress as RichProgress, TaskProgressColumn, TextColumn

        self._bar = bar = RichProgress(
            TextColumn("textfix"), BarColumn(), TaskProgressColumn(), DownloadColumn(),
            TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[documents]:,} docs"),
            TextColumn("{task.fields[left]}"), console=Console(file=sys.stderr), transient=True,
        )
        self._task = task = bar.add_task("clean", total=self.total_bytes, rate="", documents=0, left="")
        return bar, task

    def update(self, done_bytes: int, documents: int) -> None:
        """Record the totals so far (bytes of input read, documents cleaned)."""
        if not self.enabled:
            return
        elapsed = time.monotonic() - self.started
        bar, task, new = self._bar, self._task, False
        if bar is None or task is None:  # both are set together, by _new_bar
            if elapsed < SHOW_AFTER_SECONDS:
                return
            (bar, task), new = self._new_bar(), True
        rate = done_bytes / elapsed  # bytes a second, on average (elapsed > 0: a second has passed)
        bar.update(task, completed=done_bytes, documents=documents, rate=f"{rate / 1e6:.1f} MB/s",
                   left=time_left(self.total_bytes, done_bytes, rate))
        if new:
            bar.start()  # drawn first with the work already done


def time_left(total_bytes: int | None, done_bytes: int, rate: float) -> str:
    """The time the rest of the input takes at ``rate`` bytes a second, as ``0:01:05``."""
    if total_bytes is None or rate <= 0:
        return "-:--:--"
    seconds = round(max(total_bytes - done_bytes, 0) / rate)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
