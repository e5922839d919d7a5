"""The Gradient Descent tab's controls: the function and start, the optimizers with their rates, the race bar.

They show the race model's settings and report what the student edits (``edited`` carries the
changed settings, as typed); they decide nothing. The race bar (Play, Step, Reset, speed) lives
outside the scrolling settings, so it is always in reach.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...descent import FUNCTIONS, OPTIMIZERS, RaceSettings
from ...descent.race import MAX_STEPS_RANGE, SPEED_RANGE
from ...translation import translate
from .. import theme
from ..widgets import MessageLabel, guard_wheel, narrow


class DescentControls(QWidget):
    """The function, where to start, and each optimizer's switch and learning rate."""

    preset_chosen = Signal(str)
    expression_entered = Signal(str)
    edited = Signal(dict)  # RaceSettings fields that the student changed, as typed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.function_combo = narrow(QComboBox(objectName="descentFunctionCombo"), 18)
        self.function_combo.setAccessibleName(self.tr("Function"))
        for f in FUNCTIONS:
            self.function_combo.addItem(translate("descent.presets", f.title), f.key)
        self.function_combo.activated.connect(
            lambda i: self.preset_chosen.emit(self.function_combo.itemData(i))
        )
        self.expression_edit = QLineEdit(objectName="descentExpressionEdit")
        self.expression_edit.setAccessibleName(self.tr("Function to descend"))
        self.expression_edit.setToolTip(
            self.tr("Any function of x, or of x and y, in the expression language")
        )
        self.apply_button = QPushButton(self.tr("Apply"), objectName="descentApplyButton")
        self.apply_button.clicked.connect(self._apply)
        self.expression_edit.returnPressed.connect(self._apply)
        self.expression_error = MessageLabel(objectName="descentExpressionError")
        theme.tint(self.expression_error, "error")
        self.note = MessageLabel(objectName="descentFunctionNote")
        theme.tint(self.note, "note")
        self.start_edit = QLineEdit(objectName="descentStartEdit")
        self.start_edit.setAccessibleName(self.tr("Start point"))
        self.start_edit.setToolTip(self.tr("Where every optimizer starts; or click on the map"))
        self.start_edit.editingFinished.connect(lambda: self.edited.emit({"start": self.start_edit.text()}))

        function_box = QGroupBox(self.tr("Function"))
        f_layout = QVBoxLayout(function_box)
        f_layout.addWidget(self.function_combo)
        row = QHBoxLayout()
        row.addWidget(QLabel("f ="))
        row.addWidget(self.expression_edit, 1)
        row.addWidget(self.apply_button)
        f_layout.addLayout(row)
        f_layout.addWidget(self.expression_error)
        f_layout.addWidget(self.note)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("Start")))
        start_row.addWidget(self.start_edit, 1)
        f_layout.addLayout(start_row)

        optimizer_box = QGroupBox(self.tr("Optimizers (learning rate)"))
        grid = QGridLayout(optimizer_box)
        self.enabled: dict[str, QCheckBox] = {}
        self.rates: dict[str, QLineEdit] = {}
        for row_index, kind in enumerate(OPTIMIZERS):
            check = QCheckBox(objectName=f"descentOptimizer{kind}Check")
            check.toggled.connect(self._switched)
            rate = QLineEdit(objectName=f"descentRate{kind}Edit")
            rate.setMaximumWidth(90)
            rate.editingFinished.connect(self._rates_edited)
            self.enabled[kind], self.rates[kind] = check, rate
            grid.addWidget(check, row_index, 0)
            grid.addWidget(rate, row_index, 1)
        self.momentum_edit = QLineEdit(objectName="descentMomentumEdit")
        self.momentum_edit.setAccessibleName(self.tr("Momentum"))
        self.momentum_edit.setToolTip(self.tr("Momentum and Nesterov keep this fraction of their last step"))
        self.momentum_edit.editingFinished.connect(
            lambda: self.edited.emit({"momentum": self.momentum_edit.text()})
        )
        self.max_steps = QSpinBox(objectName="descentMaxStepsSpin")
        self.max_steps.setAccessibleName(self.tr("Max steps"))
        self.max_steps.setRange(*MAX_STEPS_RANGE)
        self.max_steps.setSingleStep(500)
        self.max_steps.editingFinished.connect(
            lambda: self.edited.emit({"max_steps": self.max_steps.value()})
        )
        self.tolerance_edit = QLineEdit(objectName="descentToleranceEdit")
        self.tolerance_edit.setAccessibleName(self.tr("Stop at |grad| <"))
        self.tolerance_edit.setToolTip(
            self.tr("An optimizer stops when its gradient's length falls below this")
        )
        self.tolerance_edit.editingFinished.connect(
            lambda: self.edited.emit({"tolerance": self.tolerance_edit.text()})
        )
        form = QFormLayout()
        form.addRow(self.tr("Momentum"), self.momentum_edit)
        form.addRow(self.tr("Max steps"), self.max_steps)
        form.addRow(self.tr("Stop at |grad| <"), self.tolerance_edit)
        grid.addLayout(form, len(OPTIMIZERS), 0, 1, 2)
        self.settings_error = MessageLabel(objectName="descentSettingsError", max_lines=6)
        theme.tint(self.settings_error, "error")
        grid.addWidget(self.settings_error, len(OPTIMIZERS) + 1, 0, 1, 2)

        self.stability_label = MessageLabel(objectName="descentStabilityLabel", max_lines=8)
        help_label = QLabel(
            self.tr(
                "Gradient descent is p -= lr × grad, as in torchGd1.py; the others follow torch.optim's "
                "algorithms, computed in float64. net2.py's classic update moves x in x·x twice per loop, "
                "so its run equals plain descent with learning rate 0.02 here. Click on the map to start "
                "somewhere else."
            )
        )
        help_label.setWordWrap(True)
        theme.tint(help_label, "note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (function_box, optimizer_box, self.stability_label, help_label):
            layout.addWidget(part)
        layout.addStretch(1)
        guard_wheel(self)

    def rename(self, names: dict[str, str]) -> None:
        """The optimizers' and presets' names in the language now in use."""
        for kind, check in self.enabled.items():
            check.setText(names[kind])
            self.rates[kind].setAccessibleName(self.tr("{name}: learning rate").format(name=names[kind]))
        for i, f in enumerate(FUNCTIONS):
            self.function_combo.setItemText(i, translate("descent.presets", f.title))

    def show_settings(self, settings: RaceSettings) -> None:
        """Show ``settings`` without reporting them back as edits."""
        widgets = [self.function_combo, self.max_steps, *self.enabled.values()]
        blockers = [QSignalBlocker(w) for w in widgets]
        index = self.function_combo.findData(settings.function) if settings.function else -1
        if index >= 0:
            self.function_combo.setCurrentIndex(index)
        self.expression_edit.setText(settings.expression)
        self.start_edit.setText(settings.start)
        for kind in OPTIMIZERS:
            self.enabled[kind].setChecked(settings.on[kind])
            self.rates[kind].setText(settings.rates[kind])
        self.momentum_edit.setText(settings.momentum)
        self.tolerance_edit.setText(settings.tolerance)
        self.max_steps.setValue(settings.max_steps)
        del blockers

    def colour(self, colours: dict[str, str]) -> None:
        """Each optimizer's name in its curve's colour, as readable on a dark theme as on a light one."""
        for kind, check in self.enabled.items():
            check.setStyleSheet(f"QCheckBox {{ color: {colours[kind]}; font-weight: bold; }}")

    def _apply(self) -> None:
        self.expression_entered.emit(self.expression_edit.text())

    def _switched(self) -> None:
        self.edited.emit({"on": {kind: check.isChecked() for kind, check in self.enabled.items()}})

    def _rates_edited(self) -> None:
        self.edited.emit({"rates": {kind: edit.text() for kind, edit in self.rates.items()}})


class RaceBar(QWidget):
    """Play/Pause, Step, Reset and the speed: the race's primary actions, pinned under the settings."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="descentRaceBar")
        self.play_button = QPushButton(self.tr("Play"), objectName="descentPlayButton")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Run or pause the race (F5)"))
        self.step_button = QPushButton(self.tr("Step"), objectName="descentStepButton")
        self.step_button.setToolTip(self.tr("One step for every optimizer still running (F6)"))
        self.reset_button = QPushButton(self.tr("Reset"), objectName="descentResetButton")
        self.reset_button.setToolTip(self.tr("Back to the start (Ctrl+R)"))
        self.speed = QSlider(Qt.Orientation.Horizontal, objectName="descentSpeedSlider")
        self.speed.setAccessibleName(self.tr("Race speed"))
        self.speed.setRange(*SPEED_RANGE)
        self.speed_label = QLabel(objectName="descentSpeedLabel")
        buttons = QHBoxLayout()
        for button in (self.play_button, self.step_button, self.reset_button):
            buttons.addWidget(button)
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed, 1)
        speed_row.addWidget(self.speed_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addLayout(speed_row)
        guard_wheel(self)

    def set_playing(self, playing: bool) -> None:
        with QSignalBlocker(self.play_button):
            self.play_button.setChecked(playing)
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def show_speed(self, speed: int, steps_per_second: int) -> None:
        with QSignalBlocker(self.speed):
            self.speed.setValue(speed)
        self.speed_label.setText(self.tr("{n} steps/s").format(n=steps_per_second))
