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
        self._bar = None
        self._task = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()

    def _start_bar(self, done_bytes: int, documents: int) -> None:
        """Start drawing, from the work already done: counted from zero, that first second's
        bytes would arrive as one jump and rich would report hundreds of MB/s."""
        from rich.console import Console
        from rich.progress import (BarColumn, DownloadColumn, Progress as RichProgress, TaskProgressColumn,
                                   TextColumn, TimeRemainingColumn, TransferSpeedColumn)

        self._bar = RichProgress(
            TextColumn("textfix"), BarColumn(), TaskProgressColumn(), DownloadColumn(),
            TransferSpeedColumn(), TextColumn("{task.fields[documents]:,} docs"), TimeRemainingColumn(),
            console=Console(file=sys.stderr), transient=True,
        )
        self._task = self._bar.add_task("clean", total=self.total_bytes, completed=done_bytes, documents=documents)
        self._bar.start()

    def update(self, done_bytes: int, documents: int) -> None:
        """Record the totals so far (bytes of input read, documents cleaned)."""
        if not self.enabled:
            return
        if self._bar is None:
            if time.monotonic() - self.started < SHOW_AFTER_SECONDS:
                return
            self._start_bar(done_bytes, documents)
        self._bar.update(self._task, completed=done_bytes, documents=documents)
