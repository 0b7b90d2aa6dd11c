"""``--jobs N``: an ordered map over worker processes that never runs ahead of its consumer.

``multiprocessing.Pool.imap`` would pull the whole input into its task queue as fast as it can
read it — a 1 GB corpus would end up in memory. :meth:`Workers.map` keeps at most a few tasks
per worker in flight and yields results in input order, so memory stays bounded by
``jobs × in-flight tasks × task size`` whatever the input's size.

The functions and arguments sent to workers must be picklable (module-level functions,
:class:`~textfix.Cleaner`, bytes, strings). The word data is loaded once, before the fork
(``warm``) and shared by forked workers (a spawned one, as on macOS, loads its own on its
first task). Workers ignore Ctrl-C so that the main process alone
decides what happens: it stops handing out work, lets running tasks finish (each writes its
output whole or not at all) and exits.
"""

from __future__ import annotations

import gc
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, closing, contextmanager
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Tasks in flight per worker: enough to keep every worker busy while the main process
#: writes results, few enough to keep memory small.
TASKS_IN_FLIGHT_PER_JOB = 3


TERMINATING_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def _exception_for(number: int) -> BaseException:
    """What a terminating signal becomes: Ctrl-C a ``KeyboardInterrupt``, SIGTERM and SIGHUP
    a ``SystemExit`` with the shell's code for them (128 + the signal's number)."""
    return KeyboardInterrupt() if number == signal.SIGINT else SystemExit(128 + number)


def _exit_on_signal(number: int, frame: object) -> None:
    raise _exception_for(number)


@contextmanager
def terminate_cleanly() -> Iterator[Callable[[], None]]:
    """Turn Ctrl-C, SIGTERM and SIGHUP (a closed terminal or tmux session) into exceptions,
    and yield a check that raises a signal received earlier again.

    By default SIGTERM and SIGHUP end Python at once, leaving a temporary output behind; as an
    exception they unwind like Ctrl-C does, through the code that removes it. (Only SIGKILL or
    a power cut can still leave a hidden ``*.textfix-tmp`` file — never a half-written output.)
    Python drops an exception raised inside a ``__del__`` method, and the ``regex`` module's
    pattern compiler runs some while a rule builds its patterns: a signal that lands there
    would be lost, so each one is also recorded for the check, which the caller makes between
    results. Python also prints such a dropped exception with its traceback ("Exception
    ignored in …"): for the signal's own exception that is no error of the run, and it is
    kept off the user's terminal (other dropped exceptions still print).
    """
    received: list[int] = []

    def handle(number: int, frame: object) -> None:
        received.append(number)
        raise _exception_for(number)

    def check() -> None:
        if received:
            raise _exception_for(received[0])

    def unraisable(dropped: sys.UnraisableHookArgs) -> None:
        if not (received and isinstance(dropped.exc_value, (KeyboardInterrupt, SystemExit))):
            previous_hook(dropped)

    numbers = (signal.SIGINT, *TERMINATING_SIGNALS)
    previous = {number: signal.signal(number, handle) for number in numbers}
    previous_hook, sys.unraisablehook = sys.unraisablehook, unraisable
    try:
        yield check
    finally:
        sys.unraisablehook = previous_hook
        for number, handler in previous.items():
            signal.signal(number, handler)


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C is the main process's to handle; termination unwinds cleanly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for number in TERMINATING_SIGNALS:
        signal.signal(number, _exit_on_signal)


class Workers:
    """``jobs`` worker processes for the whole run (one pool, started before any progress
    display thread, so no thread is ever forked), or this process alone when ``jobs == 1``.
    For the run, Ctrl-C, SIGTERM and SIGHUP are exceptions (:func:`terminate_cleanly`), raised
    again between results if one was dropped.

        >>> with Workers(1) as workers:
        ...     list(workers.map(len, ["a", "bb"]))
        [1, 2]
    """

    def __init__(self, jobs: int = 1, warm: Callable[[], object] | None = None) -> None:
        self.jobs = max(1, jobs)
        self.warm = warm
        self._pool: ProcessPoolExecutor | None = None
        self._signals = ExitStack()
        self._check_signals: Callable[[], None] = lambda: None

    def __enter__(self) -> Workers:
        self._check_signals = self._signals.enter_context(terminate_cleanly())
        if self.jobs > 1:
            if self.warm is not None:
                # Load shared read-only data (word lists) once, before the fork: the workers
                # inherit it instead of each spending the same half second loading it.
                self.warm()
            # Everything alive now is the workers' inheritance: frozen, the workers' garbage
            # collections skip it, so they neither spend time on it nor write to its pages,
            # which the fork shares until written (the gc module's advice for fork).
            gc.freeze()
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, initializer=_ignore_interrupts)
            # Start every worker now: with "fork" they all start at the first submission.
            self._pool.submit(_ignore_interrupts).result()
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
                gc.unfreeze()
        finally:
            self._signals.close()

    def map(self, function: Callable[[T], R], tasks: Iterable[T]) -> Iterator[R]:
        """``map(function, tasks)`` in input order, with at most a few tasks per worker in flight.

        In this process when there is one job (no pickling, no start-up cost). A signal the
        run received (and may have dropped, see :func:`terminate_cleanly`) is raised before
        the next result is handed on.
        """
        with closing(self._results(function, tasks)) as results:  # cancels what is in flight
            for result in results:
                self._check_signals()
                yield result

    def _results(self, function: Callable[[T], R], tasks: Iterable[T]) -> Generator[R, None, None]:
        """The results in input order, in this process or from the pool."""
        if self._pool is None:
            yield from map(function, tasks)
            return
        pending: deque[Future[R]] = deque()
        limit = self.jobs * TASKS_IN_FLIGHT_PER_JOB
        try:
            for task in tasks:
                pending.append(self._pool.submit(function, task))
                if len(pending) >= limit:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
