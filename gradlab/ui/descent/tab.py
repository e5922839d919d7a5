"""The Gradient Descent tab: optimizers race down a function, live, on its map and in a loss plot.

Wiring only: the race model (``gradlab.descent.race.Race``) holds the settings and the runs; the
controls report edits to it, and the plots, the table and the log show what it holds. The race
needs no torch, so the tab is ready at once. While it plays, a timer ticks up to 40 times a
second: the steps owed accumulate against the clock (steps/s × seconds since the last tick),
``Race.advance`` takes them within a time budget, and everything is redrawn once per tick.
Controls keep their objectNames: descentFunctionCombo, descentExpressionEdit, descentApplyButton,
descentExpressionError, descentStartEdit, descentOptimizer<kind>Check, descentRate<kind>Edit,
descentMomentumEdit, descentMaxStepsSpin, descentToleranceEdit, descentPlayButton,
descentStepButton, descentResetButton, descentSpeedSlider, descentSpeedLabel,
descentStabilityLabel, descentSettingsError, descentMap, descentLossPlot, descentTable,
descentLogCombo, descentLog, descentCopyLogButton, descentTimer; each input's message under it:
descentStartError, descentRate<kind>Error, descentMomentumError, descentToleranceError.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget, QWidget

from ...descent import FUNCTIONS, OPTIMIZERS, Race, RaceSettings, check_session
from ...engine import ExprError
from ...translation import translate
from .. import theme
from ..lesson_pane import LessonColumn, LessonPane
from ..tab import LessonVerbs, no_arguments, one_of
from ..widgets import guard_wheel, with_pinned_bar
from .controls import DescentControls, RaceBar
from .details import RaceLog, RaceTable
from .plots import FunctionMap, LossPlot

TICK_MS = 25  # a redraw up to 40 times a second: 30 or more even when a frame runs late
BUDGET_S = 0.010  # computing time per tick, so that drawing and the event loop keep the rest
MOST_OWED_S = 0.25  # steps owed for longer than this are dropped, not rushed through later


class DescentTab(LessonVerbs, QWidget):
    """The settings column and its race bar on the left; the map, the losses, the table and the log."""

    status_message = Signal(str)
    session_changed = Signal()  # what a session file would hold has (perhaps) changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("descentTab")
        self.race = Race()
        self.ready = True  # nothing here waits for torch
        self.user_changed = False  # only a set-up the user changed is remembered for the next start
        self.frames = 0  # redraws so far: for the benchmark's frames per second
        self._owed, self._last_tick = 0.0, 0.0

        self.map = FunctionMap()
        self.map.setAccessibleName(self.tr("Function map"))
        self.loss_plot = LossPlot()
        self.loss_plot.setAccessibleName(self.tr("Loss per step"))
        self.table = RaceTable()
        self.log_view = RaceLog()
        details = QTabWidget(objectName="descentDetailTabs")
        details.setAccessibleName(self.tr("Table and log"))
        details.addTab(self.table, self.tr("Table"))
        details.addTab(self.log_view, self.tr("Log (i  =>  value)"))
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.loss_plot)
        bottom.addWidget(details)
        bottom.setSizes([350, 650])  # the table needs it more: name, status, step and x in view at 1024 px
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.map)
        right.addWidget(bottom)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)

        self.controls = DescentControls()
        self.race_bar = RaceBar()
        settings = self.tr("Function, optimizers and their settings")
        below = with_pinned_bar(self.controls, settings, self.race_bar, above=False)
        self.lesson = LessonPane("descent")
        self.lesson.action_requested.connect(self.lesson_action)
        column = LessonColumn(self.lesson, below)
        column.setMinimumWidth(360)
        column.setMaximumWidth(400)
        layout = QHBoxLayout(self)
        layout.addWidget(column)
        layout.addWidget(right, 1)

        self.timer = QTimer(self, objectName="descentTimer")
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._connect()
        guard_wheel(self)
        self.controls.rename(self.names)
        self.controls.colour(self._colours())
        self._function_shown = False  # the map and its contours: see finish_making

    def finish_making(self) -> None:
        """Draw the function (the map's shading and contours, the heaviest part of making the tab).

        The window calls this in a turn of the event loop of its own, or as soon as the tab is needed.
        """
        if not self._function_shown:
            self._show_function()

    def _connect(self) -> None:
        controls, bar = self.controls, self.race_bar
        controls.preset_chosen.connect(self.load_function)
        controls.expression_entered.connect(self.apply_expression)
        controls.edited.connect(self._edited)
        self.map.clicked.connect(self._map_clicked)
        bar.play_button.toggled.connect(self._play_toggled)
        bar.step_button.clicked.connect(self.single_step)
        bar.reset_button.clicked.connect(self.reset)
        bar.speed.valueChanged.connect(self._speed_moved)
        for keys, button in (("F5", bar.play_button), ("F6", bar.step_button), ("Ctrl+R", bar.reset_button)):
            action = QAction(button.text(), self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this tab is shown
            action.triggered.connect(button.click)
            self.addAction(action)

    # --- what tests, lessons and the window reach ------------------------------------------------

    @property
    def runs(self) -> dict:
        return self.race.runs

    @property
    def objective(self):
        return self.race.objective

    @property
    def speed(self):
        return self.race_bar.speed

    @property
    def enabled(self):
        return self.controls.enabled

    @property
    def rates(self):
        return self.controls.rates

    @property
    def max_steps(self):
        return self.controls.max_steps

    @property
    def names(self) -> dict[str, str]:
        """Each optimizer's name, in the language now in use."""
        return {kind: translate("descent.presets", name) for kind, name in OPTIMIZERS.items()}

    def first_input(self) -> QWidget:
        return self.controls.function_combo

    # --- the student's edits -------------------------------------------------------------------

    @Slot(str)
    def load_function(self, key: str) -> None:
        self.race.load_preset(key)
        self.user_changed = True
        self._show_function()

    @Slot(str)
    def apply_expression(self, text: str | None = None) -> None:
        """Use the typed function; a mistake is shown and leaves the previous one in place."""
        try:
            self.race.use_expression(self.controls.expression_edit.text() if text is None else text)
        except ExprError as error:
            self.controls.show_expression_error(f"✗ {error}")
            return
        self.user_changed = True
        self._show_function()

    @Slot(dict)
    def _edited(self, changes: dict) -> None:
        """A setting was edited (or its box lost focus): start over, but only if something changed."""
        if self.race.change(**changes):
            self.user_changed = True
            self._restarted()

    @Slot(float, float)
    def _map_clicked(self, x: float, y: float) -> None:
        self.race.move_start((x,) if self.objective.dims == 1 else (x, y))
        self.user_changed = True
        self.controls.show_settings(self.race.settings)
        self._restarted()
        self.status_message.emit(self.tr("Start moved to ({point})").format(point=self.race.settings.start))

    @Slot(int)
    def _speed_moved(self, value: int) -> None:
        self.race.set_speed(value)
        self.user_changed = True
        self._show_speed()
        self.session_changed.emit()

    # --- showing the model ----------------------------------------------------------------------

    def _show_function(self) -> None:
        self._function_shown = True
        self.controls.show_settings(self.race.settings)
        self.controls.show_expression_error("")
        self.controls.show_note(self.race.note)
        self.map.show_function(self.race.objective, self.race.region)
        self._show_speed()
        self._restarted()

    def _show_speed(self) -> None:
        self.race_bar.show_speed(self.race.settings.speed, self.race.steps_per_second)

    def _restarted(self) -> None:
        """The race has new runs: pause, clear the plots, show the new start.

        While a setting is wrong the race has kept its last valid runs: they stay drawn as they were.
        """
        self.pause()
        self._show_problems()
        self.controls.stability_label.setText(self.race.stability_text())
        self.session_changed.emit()
        if self.race.problems:
            return
        self.loss_plot.reset()
        self.map.clear_runs()
        self.log_view.show_runs(self.race.runs, self.names)
        self._draw()

    def _show_problems(self) -> None:
        """Each wrong input's message under it, and one line by the race bar while the race cannot start."""
        self.controls.show_problems(self.race.field_problems)
        self.race_bar.show_problem(self._why_not())

    def _why_not(self) -> str:
        """Why Play and Step do nothing now, in one line ("" when they can race)."""
        if not self.race.problems:
            return ""
        return self.tr("Cannot race yet: {problem}").format(problem=self.race.problems[0])

    def _refused(self) -> bool:
        """Whether the set-up cannot race; if so, the status bar says why (Play or Step was pressed)."""
        if self.race.problems:
            self.status_message.emit(self._why_not())
        return bool(self.race.problems)

    def _draw(self) -> None:
        runs, names = self.race.runs, self.names
        self.map.show_runs(runs)
        self.loss_plot.show_runs(runs, names)
        self.table.show_rows(self.race.rows(), names, self._colours())
        self.log_view.append()
        self.frames += 1

    # --- the race -------------------------------------------------------------------------------

    @Slot()
    def reset(self) -> None:
        """New runs from the start with the current settings (and pause)."""
        self.race.restart()
        self._restarted()

    def pause(self) -> None:
        self.timer.stop()
        self.race_bar.set_playing(False)

    @Slot(bool)
    def _play_toggled(self, on: bool) -> None:
        if not on or self._refused():
            self.pause()
            return
        if not self.race.live:
            self.reset()
            if not self.race.live:
                return
        self.race_bar.set_playing(True)
        self._owed, self._last_tick = 0.0, time.perf_counter()
        self.timer.start()

    @Slot()
    def single_step(self) -> None:
        if self._refused():
            return
        self.race.advance(1)
        self._draw()

    @Slot()
    def _tick(self) -> None:
        """Take the steps the clock says are owed, within the time budget, then draw once."""
        now = time.perf_counter()
        rate = self.race.steps_per_second
        self._owed = min(self._owed + rate * (now - self._last_tick), rate * MOST_OWED_S + 1)
        self._last_tick = now
        self._owed -= self.race.advance(int(self._owed), deadline=now + BUDGET_S)
        self._draw()
        if not self.race.live:
            self.pause()
            self.status_message.emit(self.tr("Every optimizer has stopped."))

    def show_race_for_screenshot(self, steps: int = 400) -> None:
        """Four optimizers part-way down Rosenbrock's valley: the picture for the README."""
        self.race.restore(RaceSettings.preset("rosenbrock"))
        self._show_function()
        self.race.advance(steps)
        self._draw()

    def shutdown(self) -> None:
        self.pause()

    # --- the lesson's buttons --------------------------------------------------------------------

    def lesson_actions(self) -> dict:
        """The lesson's verbs: a function, which optimizers race, a rate, play."""

        def race(parts: list[str]) -> bool | None:
            chosen = set(parts[0].split(",")) if len(parts) == 1 else set()
            if not chosen or not chosen <= set(OPTIMIZERS):
                return False
            self._edited({"on": {kind: kind in chosen for kind in OPTIMIZERS}})
            self.controls.show_settings(self.race.settings)

        def rate(parts: list[str]) -> bool | None:
            if len(parts) != 2 or parts[0] not in OPTIMIZERS:
                return False
            self._edited({"rates": {**self.race.settings.rates, parts[0]: parts[1]}})
            self.controls.show_settings(self.race.settings)

        return {
            "function": one_of({f.key for f in FUNCTIONS}, self.load_function),
            "race": race,
            "rate": rate,
            "play": no_arguments(lambda: self.race_bar.play_button.setChecked(True)),
        }

    # --- language, theme and sessions ------------------------------------------------------------

    def changeEvent(self, event) -> None:
        """A new language or theme: the texts built from numbers and names are written again."""
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "controls"):
            self.controls.colour(self._colours())
            self.table.recolour(self._colours(), list(self.race.runs))
            self._draw()
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "controls"):
            names = self.names
            self.controls.rename(names)
            self.log_view.rename(names)
            self.loss_plot.rename(names)
            self.table.set_headers()
            self._show_speed()
            self.race_bar.set_playing(self.timer.isActive())
            self.controls.show_note(self.race.note)
            self.controls.stability_label.setText(self.race.stability_text())
            self._show_problems()
            self._draw()
        super().changeEvent(event)

    def _colours(self) -> dict:
        return theme.plot_colors(theme.of(self.palette())).optimizers

    def session_state(self) -> dict:
        """The tab's part of a session: the race model's settings."""
        return self.race.session()

    def prepare_session(self, state: dict):
        """Check a session's descent part now (SessionError naming what is wrong); return what shows it."""
        settings = check_session(state)

        def show() -> None:
            self.pause()
            self.race.restore(settings)
            self.user_changed = bool(state)
            self._show_function()

        return show
