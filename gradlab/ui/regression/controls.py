"""The Regression tab's controls: the settings form (a view of ``RegressionSettings``) and the files box.

The form shows a settings model and reports each change the user makes (``edited``); what the
tab shows itself (a recipe, a session) is not reported, so only the user's own changes count as
changes. No setting is read back from a widget by the tab.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...regression.recipes import ACTIVATIONS, CUBIC, LIMITS, MODELS, OPTIMIZERS, RECIPES, REDUCTIONS
from ...regression.settings import RegressionSettings
from ...translation import translate
from ..widgets import MessageLabel, narrow, report_edits, seed_spin, spin_box

RECIPE_TITLES = {r.name: r.title for r in RECIPES}


def _combo(name: str, items: dict[str, str]) -> QComboBox:
    """A combo box of ``items`` (key → English description), shown translated, each keyed by its data."""
    combo = narrow(QComboBox(objectName=name))
    for key, text in items.items():
        combo.addItem(translate("regression.recipes", text), key)
    return combo


class SettingsForm(QGroupBox):
    """The recipe and its settings, shown from a ``RegressionSettings``; each user edit is reported."""

    edited = Signal(str, object)  # the field's name and its value as typed
    recipe_chosen = Signal(str)  # the user picked a recipe: all of its settings should be shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Recipe and settings"))
        self._showing = False  # True while the form shows a model: those changes are not the user's
        self.recipe_combo = _combo("regressionRecipeCombo", RECIPE_TITLES)
        self.recipe_combo.setAccessibleName(self.tr("Recipe"))
        self.seed = seed_spin("regressionSeedSpin", LIMITS["seed"][1], self.tr("none"))
        self.seed.setToolTip(
            self.tr("torch.manual_seed(N); random.seed(N) before the model is made: same N, same losses")
        )
        self.target = narrow(QComboBox(objectName="regressionTargetCombo"))
        self.target.setEditable(True)
        self.target.addItems([CUBIC, "sin(x)"])
        self.target.setToolTip(self.tr("y as an expression of x"))
        self.noise = QLineEdit("0", objectName="regressionNoiseEdit")
        self.points = spin_box("regressionPointsSpin", *LIMITS["points"])
        self.model_combo = _combo("regressionModelCombo", MODELS)
        self.hidden = spin_box("regressionHiddenSpin", *LIMITS["hidden"])
        self.activation = QComboBox(objectName="regressionActivationCombo")
        for name in ACTIVATIONS:
            self.activation.addItem(name, name)
        self.reduction = _combo("regressionReductionCombo", REDUCTIONS)
        self.optimizer = _combo("regressionOptimizerCombo", OPTIMIZERS)
        self.lr = QLineEdit(objectName="regressionLrEdit")
        self.momentum = QLineEdit(objectName="regressionMomentumEdit")
        self.steps = spin_box("regressionStepsSpin", *LIMITS["steps"], step=1000)
        self.device = QComboBox(objectName="regressionDeviceCombo")
        self.device.addItem(self.tr("CPU"), "cpu")
        form = QFormLayout(self)
        form.addRow(self.recipe_combo)
        for label, field in (
            (self.tr("Seed"), self.seed),
            (self.tr("Target y ="), self.target),
            (self.tr("Noise on y"), self.noise),
            (self.tr("Points"), self.points),
            (self.tr("Model"), self.model_combo),
            (self.tr("Hidden width"), self.hidden),
            (self.tr("Activation"), self.activation),
            (self.tr("Loss"), self.reduction),
            (self.tr("Optimizer"), self.optimizer),
            (self.tr("Learning rate"), self.lr),
            (self.tr("Momentum"), self.momentum),
            (self.tr("Steps"), self.steps),
            (self.tr("Device"), self.device),
        ):
            form.addRow(label, field)
            field.setAccessibleName(label)
        self.recipe_combo.activated.connect(lambda i: self.recipe_chosen.emit(self.recipe_combo.itemData(i)))
        keyed = {
            "recipe": self.recipe_combo,
            "model": self.model_combo,
            "activation": self.activation,
            "reduction": self.reduction,
            "optimizer": self.optimizer,
            "device": self.device,
        }
        edits = {"noise": self.noise, "lr": self.lr, "momentum": self.momentum}
        spins = {"points": self.points, "hidden": self.hidden, "steps": self.steps}
        report_edits(self._edit, keyed, edits, spins, seed=self.seed)
        self.target.currentTextChanged.connect(lambda text: self._edit("target", text))

    def _edit(self, key: str, value) -> None:
        if not self._showing:
            self.edited.emit(key, value)

    def show_settings(self, settings: RegressionSettings) -> None:
        """Show ``settings`` in every field (not reported as the user's edits)."""
        self._showing = True
        try:
            for key, combo in (
                ("recipe", self.recipe_combo),
                ("model", self.model_combo),
                ("activation", self.activation),
                ("reduction", self.reduction),
                ("optimizer", self.optimizer),
                ("device", self.device),
            ):
                combo.setCurrentIndex(max(combo.findData(getattr(settings, key)), 0))
            self.seed.setValue(-1 if settings.seed is None else settings.seed)
            if self.target.currentText() != settings.target:
                self.target.setCurrentText(settings.target)
            for key, edit in (("noise", self.noise), ("lr", self.lr), ("momentum", self.momentum)):
                if edit.text() != getattr(settings, key):
                    edit.setText(getattr(settings, key))
            self.points.setValue(settings.points)
            self.hidden.setValue(settings.hidden)
            self.steps.setValue(settings.steps)
        finally:
            self._showing = False

    def lock(self, running: bool) -> None:
        """During a run only the learning rate stays editable, for "Apply rate now"."""
        for field in (
            self.recipe_combo,
            self.seed,
            self.target,
            self.noise,
            self.points,
            self.model_combo,
            self.hidden,
            self.activation,
            self.reduction,
            self.optimizer,
            self.momentum,
            self.steps,
            self.device,
        ):
            field.setEnabled(not running)

    def add_device(self, text: str, key: str) -> None:
        self.device.addItem(text, key)

    def changeEvent(self, event) -> None:
        """A new language: the lists whose names come from the recipes' tables are written again."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "optimizer"):
            tables = {self.recipe_combo: RECIPE_TITLES, self.model_combo: MODELS}
            tables.update({self.reduction: REDUCTIONS, self.optimizer: OPTIMIZERS})
            for combo, table in tables.items():
                for i in range(combo.count()):
                    combo.setItemText(i, translate("regression.recipes", table[combo.itemData(i)]))
        super().changeEvent(event)


class FilesBox(QWidget):
    """Checkpoints, CSV data and the exported script; predicting y with the model."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.save_button = QPushButton(self.tr("Save…"), objectName="regressionSaveButton")
        self.load_button = QPushButton(self.tr("Load…"), objectName="regressionLoadButton")
        self.csv_button = QPushButton(self.tr("Data from CSV…"), objectName="regressionLoadCsvButton")
        self.export_button = QPushButton(self.tr("Export script…"), objectName="regressionExportButton")
        grid = QGridLayout()
        for i, b in enumerate((self.save_button, self.load_button, self.csv_button, self.export_button)):
            grid.addWidget(b, i // 2, i % 2)
        self.predict_x = QLineEdit(objectName="regressionPredictXEdit")
        self.predict_x.setPlaceholderText(self.tr("x, e.g. 2"))
        self.predict_x.setAccessibleName(self.tr("x to predict y for"))
        self.predict_features = QLineEdit(objectName="regressionPredictFeaturesEdit")
        self.predict_features.setPlaceholderText(self.tr("or 2, 4, 8"))
        self.predict_features.setAccessibleName(self.tr("Feature row to predict y for"))
        self.predict_button = QPushButton(self.tr("Predict"), objectName="regressionPredictButton")
        self.predict_label = MessageLabel(objectName="regressionPredictLabel")
        predict_box = QGroupBox(self.tr("Predict"))
        box = QVBoxLayout(predict_box)
        row = QHBoxLayout()
        for w in (self.predict_x, self.predict_features, self.predict_button):
            row.addWidget(w)
        box.addLayout(row)
        box.addWidget(self.predict_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(predict_box)

    def buttons(self) -> list[QPushButton]:
        return [self.save_button, self.load_button, self.csv_button, self.export_button, self.predict_button]
