"""What the two tabs' training loops share: the loop that reports as it goes, and why a loss broke.

``train`` steps a trainer, hands a record each loss and yields the record's report about every
``report_every`` seconds (and at the end), passing what is sent back (``{"lr": value}``, say) to
the record's ``obey``. ``why_not_finite`` tells a loss that became inf or nan at the start from a
divergence and from an overflow. No Qt, no torch: each tab's trainer and record hold those.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Generator

from .translation import translate

REPORT_EVERY_S = 1 / 20  # losses reach the GUI 20 times a second (and a Stop within 50 ms)
SNAPSHOT_EVERY_S = 1 / 10  # the model, for drawing, 10 times a second


def train(
    make_trainer: Callable[[], object],
    record_for: Callable[[object], object],
    not_started: Callable[[str], object],
    report_every: float,
    broke: Callable[[float, int, float, float], str],
) -> Generator:
    """Step a trainer through its set-up's steps, yielding its record's report every ``report_every`` s.

    ``make_trainer()`` builds the trainer (ValueError or RuntimeError: the run cannot start, and its
    one report is ``not_started(message)``). ``record_for(trainer)`` takes each loss (``add``), makes
    a report (``report(started, done)``), starts afresh after one (``clear(first_step)``) and obeys
    what is sent back (``obey(command, step)``). A step that raises ends the run, saying so; a loss
    that is not finite ends it with ``broke(loss, step, lowest, previous)``. The last report
    (``done``) carries the trainer's ``result_line()``.
    """
    try:
        trainer = make_trainer()
    except (ValueError, RuntimeError) as error:
        final = not_started(translate("training", "could not start: {error}").format(error=error))
        yield final
        return final
    record = record_for(trainer)
    total = trainer.setup.steps
    started = last_report = time.perf_counter()
    lowest = previous = math.inf  # the lowest loss so far and the last one, to tell why a loss is nan
    for t in range(total):
        try:
            loss = trainer.step()
        except (RuntimeError, ValueError) as error:
            final = record.report(started, done=True)
            message = translate("training", "training stopped at step {step}: {error}")
            final.error = message.format(step=t, error=error)
            yield final
            return final
        record.add(loss)
        if not math.isfinite(loss):
            final = record.report(started, done=True)
            final.error = broke(loss, t, lowest, previous)
            yield final
            return final
        previous, lowest = loss, min(lowest, loss)
        now = time.perf_counter()
        if now - last_report >= report_every and t < total - 1:
            command = yield record.report(started)
            record.clear(t + 1)
            last_report = time.perf_counter()
            if command:
                record.obey(command, t + 1)
    final = record.report(started, done=True)
    final.result = trainer.result_line()
    yield final
    return final


def snapshot_due(owner, now: float, done: bool) -> bool:
    """Whether this report carries a snapshot of the model (the last one does): at most 10 a second."""
    due = done or now - owner.last_snapshot >= SNAPSHOT_EVERY_S
    if due:
        owner.last_snapshot = now
    return due


def steps_per_second(steps: int, elapsed: float) -> float:
    return steps / elapsed if elapsed > 0 else 0.0


def why_not_finite(
    loss: float, step: int, lowest: float, previous: float, at_start: str, overflowed: str
) -> str:
    """What made the loss inf or nan at ``step``: the start (``at_start``), a divergence, an overflow.

    The data was checked before training, so the cause is in the run. The learning rate is blamed
    only for a divergence: a loss that grew (tenfold or more) before it broke. ``at_start`` (with
    ``{loss}``) and ``overflowed`` (with ``{loss}``, ``{step}``, ``{previous}``) are the tab's words,
    naming its float type.
    """
    if step == 0:
        return at_start.format(loss=loss)
    if previous > 10 * lowest:
        message = translate(
            "training",
            "loss became {loss} at step {step}: the run diverged (the loss grew from {lowest:.3g} to "
            "{previous:.3g}); lower the learning rate",
        )
        return message.format(loss=loss, step=step, lowest=lowest, previous=previous)
    return overflowed.format(loss=loss, step=step, previous=previous)
