"""The Neural Network tab's runs: Start, Pause/Resume, Stop, a new rate mid-run, and drawing the reports.

A part of ``ClassifyTab`` (a mixin): the worker is superqt's GeneratorWorker over
``runs.training_reports`` (the training itself in the training process, when it can take the run);
its reports come back by signal. Pause, Resume and Stop go through the run's ``Inbox``. The curves
are redrawn at most ``CURVES_EVERY_S``, the plane and the network with each report that carries
pictures (at most 20 a second, computed on the worker). While a run goes on, each of these (the
plane, the network, the loss, the accuracy, the progress line) is drawn in a turn of the event loop
of its own (``draw_soon``), so that no turn paints them all at once and the GUI thread answers in
between.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Slot

from .runs import Inbox, on_training_threads, pictures_of, plane_extent, training_reports

CURVES_EVERY_S = 0.25  # the loss and accuracy curves: 4 redraws a second (drawing takes the GIL)
PROGRESS_EVERY_S = 0.5  # the progress bar and line (3 ms each, laying out their text): twice a second


class RunningTraining:
    """Start, pause, stop and draw a run, for the ClassifyTab it is mixed into."""

    @property
    def running(self) -> bool:
        return self.worker is not None

    def read_setup(self):
        """The set-up and points to train, or None after saying (in one line) why they cannot be."""
        from ...classify.points import check_points
        from ...classify.setup import SetupError

        try:
            setup = self.settings.to_setup()
        except SetupError as error:
            self.fail(str(error), about_input=True)
            return None
        problem = check_points(self.settings.points)
        if problem:
            self.fail(problem, about_input=True)
            return None
        return setup

    @Slot()
    def start(self) -> None:
        from superqt.utils import create_worker

        if self.running or self.files.loading:
            return
        setup = self.read_setup()
        if setup is None:
            return
        points = self.settings.points
        self.running_points = points
        self.extent = plane_extent(points.xy)  # a new run shows all of its points, whatever was zoomed
        self.plane.fit_next_map()
        self.loss_plot.enableAutoRange(y=True)  # and its loss whole (reset() puts x back to the run)
        self.loss_plot.reset()
        self.accuracy_plot.reset()
        self.loss_plot.draw(setup.steps)
        self.accuracy_plot.draw(setup.steps)
        self.run_bar.progress.setRange(0, setup.steps)
        self.run_bar.progress.setValue(0)
        self.run_bar.rate_label.clear()
        self.running_setup = setup
        self.steps_done = 0
        self.inbox = Inbox()  # nothing meant for an earlier run reaches this one
        start = self.start_weights(setup)
        self.from_shown = False  # once trained, the network shown is the run's: the next Start is fresh
        self.show_start(setup, start)  # the run's first weights, and the parameter curves from step 0
        self.warning, self.warned_at, self.recovered_at = "", None, None  # the gradients died out, when
        self._rate_from = None
        from ...translation import translated_sentences

        reports = training_reports(  # in the training process, whose messages are in this language
            setup, points, self.inbox, self.extent, start, translations=translated_sentences()
        )
        worker = create_worker(
            on_training_threads,  # one torch thread: see runs.TRAINING_THREADS
            reports,
            _start_thread=False,
        )
        worker.yielded.connect(self._on_report)
        worker.finished.connect(self._on_finished)
        worker.errored.connect(self._on_error)
        self.worker = worker
        self.paused, self.ended = False, False
        self._show_running(True)
        self.say(self.starting_words(start) or self.tr("Training…"))
        self.clock.start()
        worker.start()

    @Slot()
    def toggle_pause(self) -> None:
        if self.worker is None:
            return
        self.paused = not self.paused
        if self.paused:
            self.inbox.hold()  # the run stops after its next report (the one on its way is drawn)
            self.clock.pause()
        else:
            self.inbox.go()  # with the weights typed meanwhile
            self.clock.resume()
        self._show_running(True)
        self.say(self.tr("Paused.") if self.paused else self.tr("Training…"))
        self._show_progress(self.steps_done)

    @Slot()
    def stop(self) -> None:
        if self.worker is not None:  # the run ends itself between two reports (within a twentieth of a
            self.inbox.stop()  # second, held or not), closing what it holds: no worker.quit() that
            # would leave the generator suspended, its training process taken and its torch threads set

    def stop_and_wait(self, msecs: int = 5000) -> None:
        """Stop the run and wait for its thread (before a session or a preset replaces the set-up)."""
        from PySide6.QtCore import QThreadPool

        if self.worker is None:
            return
        self.stop()
        QThreadPool.globalInstance().waitForDone(msecs)
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # the worker's last signals: its finished sets worker to None
        if self.worker is not None:
            self._on_finished()

    @Slot()
    def apply_lr(self) -> None:
        from ...classify.setup import SetupError

        try:
            setup = self.settings.to_setup()
        except SetupError as error:
            self.fail(str(error), about_input=True)
            return
        if self.worker is not None:
            self.inbox.put(lr=setup.lr)
            self.say(self.tr("Learning rate {lr:g} from the next step.").format(lr=setup.lr))

    def _on_report(self, report) -> None:
        """Every report's losses go into the curves; the pictures are drawn as they come."""
        progress = report.progress
        if self.worker is None:
            return  # a report still on its way from a run that was replaced
        if self._rate_from is None:
            self.measure_from(progress)
        self.last_progress = progress
        self.steps_done = progress.step
        self.loss_plot.add(progress.losses, progress.test_losses, progress.twin_losses)
        self.accuracy_plot.add(progress.accuracies, progress.test_accuracies)
        final = progress.done or bool(progress.error)
        if report.pictures is not None:
            self.model, self.model_setup, self.model_points = (
                progress.model,
                self.running_setup,
                self.running_points,
            )
            self.param_plot.add(progress.step, _values(report.pictures.layers))
            if self.paused and self.inbox.pending("weights"):  # a report on its way when Pause came:
                pass  # drawn, unless weights were typed since (they stay shown: the run goes on from them)
            elif self.isVisible():
                self._show_pictures(report.pictures, self.running_setup, live=not final)
                self._unshown = None
            else:  # another tab is in front: drawn when this one is shown again
                self._unshown = (report.pictures, self.running_setup)
        if progress.warning and not self.warning:
            self.warning, self.warned_at, self.recovered_at = progress.warning, progress.step, None
        elif self.warning and not progress.warning and self.recovered_at is None:
            self.recovered_at = progress.step  # the watch no longer sees dead gradients
        elif progress.warning:
            self.recovered_at = None
        now = time.perf_counter()
        if final or now - self._drawn["curves"] >= CURVES_EVERY_S:
            self._drawn["curves"] = now
            self.ended = final
            if final:
                self._draw_curves(progress)
            else:  # each in a turn (and a paint) of its own: none holds the GUI thread long
                self.draw_soon("loss", lambda: self.loss_plot.draw(progress.total))
                self.draw_soon("accuracy", lambda: self.accuracy_plot.draw(progress.total))
                if now - self._drawn.get("progress", 0.0) >= PROGRESS_EVERY_S:
                    self._drawn["progress"] = now
                    self.draw_soon("progress", lambda: self._draw_progress(progress))
        if progress.notice:  # typed weights the run refused: the run goes on with its own
            self.fail(progress.notice)
        if progress.error:
            self.fail(progress.error)
            self.status_message.emit(progress.error)
        elif progress.done:
            first = float(self.loss_plot.train.values[0]) if self.loss_plot.train.size else float("nan")
            result = self.result_words(progress, first)
            if self.warning and self.recovered_at is None:
                result = self.tr("{result} ⚠ {warning}").format(result=result, warning=self.warning)
            elif self.warning:
                recovered = self.tr(
                    "At step {died:,} the gradients had died out; they recovered by step {back:,}."
                ).format(died=self.warned_at, back=self.recovered_at)
                result = f"{result} {recovered}"
            if not math.isnan(progress.largest_difference):  # gradlab's engine, beside its torch twin
                agree = self.tr(
                    "gradlab's engine and torch, from the same start: their losses differ by at most "
                    "{difference:.2g} over every step."
                ).format(difference=progress.largest_difference)
                result = f"{result} {agree}"
            self.say(result)
        elif progress.warning and not self.paused:
            self.say(self.tr("⚠ {warning}").format(warning=progress.warning))
        elif self.recovered_at == progress.step and not self.paused:
            self.say(
                self.tr("Training… (the gradients, dead since step {died:,}, recovered)").format(
                    died=self.warned_at
                )
            )

    def _draw_curves(self, progress) -> None:
        for name in ("loss", "accuracy"):
            self.draws.pop(name, None)
        self.loss_plot.draw(progress.total)
        self.accuracy_plot.draw(progress.total)
        self._draw_progress(progress)

    def _draw_progress(self, progress) -> None:
        self.draws.pop("progress", None)
        self.run_bar.progress.setValue(progress.step)
        self._show_progress(progress.step, progress.total)

    def _show_progress(self, step: int, total: int | None = None) -> None:
        """The progress line: counting while running; "paused"; the last step, once the run is over."""
        total = self.running_setup.steps if total is None else total
        rate, left = self.rate_and_left(step, total)  # from the first step, not from Start (ending.py)
        if self.ended or not self.running:
            self.run_bar.show_progress(step, total, rate)
        elif self.paused:
            self.run_bar.show_progress(step, total)
        else:
            self.run_bar.show_progress(step, total, rate, left)

    def _on_finished(self) -> None:
        if self.worker is None:
            return
        if not self.ended:  # stopped by the user (running or paused)
            self.say(self.tr("Stopped at step {n:,}.").format(n=self.steps_done))
        self.worker = None
        self.clock.pause()
        self.paused = False
        self._show_running(False)
        self.run_bar.progress.setValue(self.steps_done)
        self._show_progress(self.steps_done)
        if self.model is not None:  # the trained weights stay shown, the last of them exactly
            self._show_pictures(
                pictures_of(self.model_setup, self.model, self.settings.points, self.extent), self.model_setup
            )

    def _on_error(self, error: Exception) -> None:
        self.ended = True
        self.fail(self.tr("training failed: {error}").format(error=error))
        self.status_message.emit(str(error))

    def _show_running(self, running: bool) -> None:
        busy = running or self.files.loading
        if busy:
            self.form.lock(True)
        else:
            self.form.unlock_for(self.settings)
        self.form.lr.setEnabled(True)
        self.run_bar.show_running(running, self.paused)
        self.run_bar.start_button.setEnabled(not busy)
        for button in self.files_box.buttons():
            button.setEnabled(not busy)

    def show_run_for_screenshot(self, steps: int = 600) -> None:
        """A trained spiral, trained here on the GUI thread (for ``--screenshot`` only, never live)."""
        from ...classify.training import train

        if not self.ready:
            return
        self.load_preset("spiral")
        setup = self.settings.to_setup().with_changes(steps=steps)
        self.running_setup = setup
        self.loss_plot.reset()
        self.accuracy_plot.reset()
        progress = None
        for progress in train(setup, self.settings.points):
            self.loss_plot.add(progress.losses, progress.test_losses)
            self.accuracy_plot.add(progress.accuracies, progress.test_accuracies)
        if progress is None or progress.model is None:
            return
        self.model, self.model_setup, self.model_points = progress.model, setup, self.settings.points
        self.run_bar.progress.setRange(0, steps)
        self.run_bar.progress.setValue(progress.step)
        self.run_bar.show_progress(progress.step, steps, progress.steps_per_second)
        self.loss_plot.draw(steps)
        self.accuracy_plot.draw(steps)
        self._show_pictures(pictures_of(setup, progress.model, self.settings.points, self.extent), setup)
        self.running_points = self.settings.points
        first = float(self.loss_plot.train.values[0]) if self.loss_plot.train.size else float("nan")
        self.say(progress.error or self.result_words(progress, first))  # the line a student reads

    def showEvent(self, event) -> None:
        super().showEvent(event)
        unshown, self._unshown = self._unshown, None
        if unshown is not None:
            self._show_pictures(*unshown)

    def shutdown(self) -> None:
        """Stop the training and the CSV reading, and wait for their threads (the window is closing)."""
        from superqt.utils import WorkerBase

        self._draw_timer.stop()
        self.draws.clear()
        if self.worker is not None:
            self.inbox.stop()
        if self.worker is not None or self.files.loading:
            try:
                WorkerBase.await_workers(msecs=5000)
            except RuntimeError:
                pass


def _values(layers) -> list[float]:
    from .plots import parameter_values

    return parameter_values(layers)
