"""The progress bar appears only where a person watches a long run."""

from __future__ import annotations

import io

from textfix import progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_wanted_only_on_a_terminal_outside_pre_commit(monkeypatch):
    monkeypatch.delenv("PRE_COMMIT", raising=False)
    monkeypatch.setattr("sys.stderr", Terminal())
    assert progress.wanted(quiet=False, machine_output=False)
    assert not progress.wanted(quiet=True, machine_output=False)
    assert not progress.wanted(quiet=False, machine_output=True)
    monkeypatch.setenv("PRE_COMMIT", "1")
    assert not progress.wanted(quiet=False, machine_output=False)
    monkeypatch.delenv("PRE_COMMIT")
    monkeypatch.setattr("sys.stderr", io.StringIO())  # piped or redirected
    assert not progress.wanted(quiet=False, machine_output=False)


def test_bar_waits_a_second_then_draws_on_stderr(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    clock = iter([100.0, 100.5, 101.5])

    class Clock:  # textfix.progress's view of time only; rich keeps the real one
        @staticmethod
        def monotonic() -> float:
            return next(clock)

    monkeypatch.setattr(progress, "time", Clock)
    with progress.Progress(2_000_000, enabled=True) as bar:
        bar.update(1_000, 1)  # half a second in: nothing yet
        assert terminal.getvalue() == ""
        bar.update(1_000_000, 7)  # past a second: the bar starts
        assert bar._bar is not None
    assert "textfix" in terminal.getvalue()


def test_disabled_bar_never_draws(monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with progress.Progress(10, enabled=False) as bar:
        bar.update(10, 1)
    assert terminal.getvalue() == "" and bar._bar is None


def test_rate_and_time_left_are_the_runs_average(monkeypatch):
    # Results come in bursts: 3 MB two seconds in, then 1 MB more a millisecond later. The bar
    # shows the average since the start (2 MB/s, 3 s left of 10 MB), not a burst's gigabytes.
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    clock = iter([100.0, 102.0, 102.001])

    class Clock:
        @staticmethod
        def monotonic() -> float:
            return next(clock)

    monkeypatch.setattr(progress, "time", Clock)
    with progress.Progress(10_000_000, enabled=True) as bar:
        bar.update(3_000_000, 10)
        bar.update(4_000_000, 14)
        fields = bar._bar.tasks[0].fields
        assert fields["rate"] == "2.0 MB/s" and fields["left"] == "0:00:03" and fields["documents"] == 14


def test_time_left_reads_as_hours_minutes_seconds():
    assert progress.time_left(None, 5, 1.0) == "-:--:--"  # standard input: no total
    assert progress.time_left(10, 0, 0.0) == "-:--:--"
    assert progress.time_left(3_600_000 + 65_000, 0, 1000.0) == "1:01:05"
    assert progress.time_left(100, 120, 1.0) == "0:00:00"
