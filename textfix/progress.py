"""A progress bar on stderr, only where a person is watching.

Shown only when stderr is a terminal, ``PRE_COMMIT`` is unset, neither ``--quiet`` nor a
machine format is asked for, and the work has run for about a second (so a quick run prints
no flicker). Progress is counted in input bytes, which are known up front for files; the bar
is indeterminate for standard input.
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

    def _start_bar(self, done_bytes: int, documents: int) -> tuple[RichProgress, TaskID]:
        """Start drawing, from the work already done: counted from zero, that first second's
        bytes would arrive as one jump and rich would report hundreds of MB/s. Returns the bar
        and its task too, as mypy cannot see this method set them."""
        from rich.console import Console
        from rich.progress import (BarColumn, DownloadColumn, Progress as RichProgress, TaskProgressColumn,
                                   TextColumn, TimeRemainingColumn, TransferSpeedColumn)

        self._bar = bar = RichProgress(
            TextColumn("textfix"), BarColumn(), TaskProgressColumn(), DownloadColumn(),
            TransferSpeedColumn(), TextColumn("{task.fields[documents]:,} docs"), TimeRemainingColumn(),
            console=Console(file=sys.stderr), transient=True,
        )
        self._task = task = bar.add_task("clean", total=self.total_bytes, completed=done_bytes, documents=documents)
        bar.start()
        return bar, task

    def update(self, done_bytes: int, documents: int) -> None:
        """Record the totals so far (bytes of input read, documents cleaned)."""
        if not self.enabled:
            return
        bar, task = self._bar, self._task
        if bar is None or task is None:  # both are set together, by _start_bar
            if time.monotonic() - self.started < SHOW_AFTER_SECONDS:
                return
            bar, task = self._start_bar(done_bytes, documents)
        bar.update(task, completed=done_bytes, documents=documents)
