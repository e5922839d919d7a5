"""The Neural Network tab's run from its start to its last word: the first weights, the rate, the result.

A part of ``ClassifyTab`` (a mixin, beside ``RunningTraining``). A run starts from the network the
tab shows when the student typed or loaded its weights (``from_shown``), else from the set-up's
seeded first weights. Steps per second are measured from the run's first report on (not from
Start, which includes building the model), and the time left is said only after
``LEFT_AFTER_S`` of steps. The last line is the student's: translated, rounded, its loss named as
the loss after the last update (the curve's last point is the loss before it), with what the run's
end means when that needs a word (``classify.notes``) and whether the gradients died out.
"""

from __future__ import annotations

import math

from .runs import pictures_of

LEFT_AFTER_S = 0.5  # of steps measured before a time left means anything


def percent(share: float) -> str:
    """0.955 as "95.5%", never rounded up to 100% unless it is (one decimal, floored)."""
    value = math.floor(1000 * share + 1e-9) / 10
    return f"{value:g}%"


class RunEnding:
    """The first weights of a run, its rate and its last line, for the ClassifyTab it is mixed into."""

    from_shown = False  # the student typed or loaded the weights shown: Start trains from them

    def start_weights(self, setup):
        """The first weights of a run of ``setup``: those shown if typed or loaded (fitting), else None."""
        from ...classify.models import build_model, check_layers

        if not self.from_shown or self.shown_layers is None:
            return None
        if check_layers(build_model(setup, 0), self.shown_layers):
            return None
        return [([list(row) for row in rows], list(bias)) for rows, bias in self.shown_layers]

    def starting_words(self, start) -> str:
        if start is None:
            return ""
        return self.tr(
            "Training from the weights shown (typed or loaded); choose the preset again, or change "
            "the seed, for a fresh start."
        )

    def show_start(self, setup, start) -> None:
        """The network a run starts from, drawn, and its weights as the parameter curves' step 0."""
        from ...classify.models import build_model, set_layers
        from .plots import parameter_values

        model = build_model(setup, setup.seed)
        if start is not None:
            set_layers(model, start)
        self.shown_layers = None  # drawn anew: the run's own network
        self._show_pictures(pictures_of(setup, model, self.settings.points, self.extent), setup, new=True)
        self.param_plot.add(0, parameter_values(self.shown_layers))

    def measure_from(self, progress) -> None:
        """The run's first report: the rate is measured from here (its steps so far at the core's rate)."""
        self._first_rate = progress.steps_per_second
        self._rate_from = progress.step
        self.clock.start()
        if self.paused:  # a report on its way when Pause came: the clock waits for Resume
            self.clock.pause()

    def rate_and_left(self, step: int, total: int) -> tuple[float, float | None]:
        """Steps per second since the first report (the core's before), and the time left once meaningful."""
        base = getattr(self, "_rate_from", None)
        if base is None:
            return 0.0, None
        seconds = self.clock.running_seconds()
        if seconds <= 0 or step <= base:
            return getattr(self, "_first_rate", 0.0), None
        rate = (step - base) / seconds
        left = max(total - step, 0) / rate if seconds >= LEFT_AFTER_S and rate > 0 else None
        return rate, left

    def result_words(self, progress, first_loss: float) -> str:
        """The tab's last line of a run that ended: loss and accuracy readable, then what they mean."""
        from ...classify.notes import end_note
        from ...classify.training import result_numbers

        if not progress.result:
            return self.tr("Done: {n:,} steps.").format(n=progress.step)
        loss, accuracy, test_loss, test_accuracy = result_numbers(progress.result)
        line = self.tr("Done: loss {loss:.3g} after the last update, accuracy {accuracy}").format(
            loss=loss, accuracy=percent(accuracy)
        )
        if not math.isnan(test_accuracy):
            line = self.tr("{line} (test: loss {loss:.3g}, accuracy {accuracy})").format(
                line=line, loss=test_loss, accuracy=percent(test_accuracy)
            )
        points, setup = self.running_points, self.running_setup
        try:
            from ...classify.points import split

            train_index, _ = split(len(points), setup.test_percent, setup.seed, points.labels)
            xy = [points.xy[i] for i in train_index]
            labels = [points.labels[i] for i in train_index]
        except ValueError:
            xy, labels = [], []
        last = self.loss_plot.train.values[-1] if self.loss_plot.train.size else math.nan
        note = end_note(setup, xy, labels, accuracy, first_loss, float(last))
        if note:
            line = self.tr("{line}. ⚠ {note}.").format(line=line, note=note)
        return line
