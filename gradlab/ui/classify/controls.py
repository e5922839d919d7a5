"""The Neural Network tab's controls: the settings form (a view of ``ClassifySettings``) and the files box.

The form shows a ``Setup`` and reports each change the user makes (``edited``); what the tab shows
itself (a preset, a session) is not reported, so only the user's own changes count as changes. No
setting is read back from a widget by the tab: the model keeps them.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from ...classify.datasets import DATASETS
from ...classify.points import MAX_POINTS
from ...classify.setup import (
    ACTIVATIONS,
    ENGINES,
    HIDDEN_LAYERS,
    HIDDEN_WIDTH,
    LIMITS,
    LOSSES,
    MODELS,
    OPTIMIZERS,
    PRESET_TITLES,
    PRESETS,
    SCHEDULES,
    TEST_PERCENT_MAX,
)
from ...translation import translate
from ..widgets import narrow, report_edits, seed_spin, spin_box


def _combo(name: str, keys) -> QComboBox:
    """A combo box with one item per key (its data); the texts are set by ``SettingsForm.name_items``."""
    combo = narrow(QComboBox(objectName=name))
    for key in keys:
        combo.addItem(key, key)
    return combo


OWN = ""  # the item data of the combos' extra entry: the file's or edited points, a set-up of no preset


def _show_own(combo: QComboBox, text: str | None) -> None:
    """Show ``text`` as the combo's own last entry (added, or renamed), or remove that entry (None)."""
    own = combo.findData(OWN)
    if text is None:
        if own >= 0:
            combo.removeItem(own)
        return
    if own < 0:
        combo.addItem(text, OWN)
        own = combo.count() - 1
    combo.setItemText(own, text)
    combo.setCurrentIndex(own)


def _show_text(edit: QLineEdit, value) -> None:
    """Show ``value`` in ``edit``, leaving it alone when it says that already (the cursor stays)."""
    text = "" if value is None else (value if isinstance(value, str) else f"{value:g}")
    if edit.text() != text:
        edit.setText(text)


class SettingsForm(QGroupBox):
    """The data, the network and its training, shown from a ``Setup``; each user edit is reported."""

    edited = Signal(str, object)  # the Setup field's name and its value (a number typed stays text)
    preset_chosen = Signal(str)  # the user picked a preset: all of its settings should be shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Data and network"))
        self._showing = False  # True while the form shows a model: those changes are not the user's
        self._data_shown = ("guide", True)  # the data's name, and whether the points are its own
        self.preset = _combo("classifyPresetCombo", PRESETS)
        self.data = _combo("classifyDataCombo", DATASETS)
        self.count = spin_box("classifyCountSpin", 2, MAX_POINTS, 10)
        self.seed = seed_spin("classifySeedSpin", LIMITS["seed"][1], self.tr("none"))
        self.seed.setToolTip(
            self.tr("The seed of the data, the split and the first weights: same seed, same run")
        )
        self.noise = QLineEdit(objectName="classifyNoiseEdit")
        self.test_percent = spin_box("classifyTestSpin", 0, TEST_PERCENT_MAX, 5)
        self.test_percent.setSuffix(" %")
        self.test_percent.setToolTip(self.tr("The share of the points kept out of training (drawn hollow)"))
        self.model = _combo("classifyModelCombo", MODELS)
        self.layers = spin_box("classifyLayersSpin", *HIDDEN_LAYERS)
        self.width = spin_box("classifyWidthSpin", *HIDDEN_WIDTH)
        self.activation = _combo("classifyActivationCombo", ACTIVATIONS)
        self.loss = _combo("classifyLossCombo", LOSSES)
        self.l2 = QLineEdit(objectName="classifyL2Edit")
        self.l2_biases = QCheckBox(self.tr("also the biases"), objectName="classifyL2BiasesCheck")
        self.l2_biases.setToolTip(
            self.tr("micrograd's demo regularizes every parameter; the guide only the weights a and b")
        )
        self.optimizer = _combo("classifyOptimizerCombo", OPTIMIZERS)
        self.lr = QLineEdit(objectName="classifyLrEdit")
        self.momentum = QLineEdit(objectName="classifyMomentumEdit")
        self.schedule = _combo("classifyScheduleCombo", SCHEDULES)
        self.steps = spin_box("classifyStepsSpin", 1, 1_000_000, 100)
        self.engine = _combo("classifyEngineCombo", ENGINES)
        self.combos = {
            "data": self.data,
            "model": self.model,
            "activation": self.activation,
            "loss": self.loss,
            "optimizer": self.optimizer,
            "schedule": self.schedule,
            "engine": self.engine,
        }
        self.edits = {"noise": self.noise, "l2": self.l2, "lr": self.lr, "momentum": self.momentum}
        self.spins = {"count": self.count, "test_percent": self.test_percent, "steps": self.steps}
        l2_row = QWidget()
        row = QHBoxLayout(l2_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.l2, 1)
        row.addWidget(self.l2_biases)
        form = QFormLayout(self)
        self.rows: dict[str, QWidget] = {}  # each row's field: its label is looked up when named
        for key, field in (
            ("preset", self.preset),
            ("data", self.data),
            ("count", self.count),
            ("seed", self.seed),
            ("noise", self.noise),
            ("test_percent", self.test_percent),
            ("model", self.model),
            ("layers", self.layers),
            ("width", self.width),
            ("activation", self.activation),
            ("loss", self.loss),
            ("l2", l2_row),
            ("optimizer", self.optimizer),
            ("lr", self.lr),
            ("momentum", self.momentum),
            ("schedule", self.schedule),
            ("steps", self.steps),
            ("engine", self.engine),
        ):
            form.addRow(key, field)
            self.rows[key] = field
        self.name_items()
        self.preset.activated.connect(self._preset_activated)
        report_edits(self._edit, self.combos, self.edits, self.spins, seed=self.seed)
        self.layers.valueChanged.connect(self._hidden_edited)
        self.width.valueChanged.connect(self._hidden_edited)
        self.l2_biases.toggled.connect(lambda on: self._edit("l2_biases", on))

    def _preset_activated(self, index: int) -> None:
        if self.preset.itemData(index) != OWN:  # "Custom" is what is shown already
            self.preset_chosen.emit(self.preset.itemData(index))

    def _edit(self, key: str, value) -> None:
        if key == "data" and value == OWN:  # "From file …" or "Edited points": what is held already
            return
        if not self._showing:
            self.edited.emit(key, value)

    def _hidden_edited(self) -> None:
        self._edit("hidden", (self.width.value(),) * self.layers.value())

    def show_setup(self, setup) -> None:
        """Show ``setup`` (a classify Setup) in every field, not reported as the user's edits."""
        self._showing = True
        try:
            for key, combo in self.combos.items():
                combo.setCurrentIndex(max(combo.findData(getattr(setup, key)), 0))
            self._data_shown = (setup.data, getattr(setup, "builtin", True))
            _show_own(self.data, self._data_text())
            for key, edit in self.edits.items():
                _show_text(edit, getattr(setup, key))
            dataset = DATASETS.get(setup.data)
            count = setup.count if setup.count is not None else getattr(dataset, "count", None)
            self.count.setValue(count or len(getattr(setup, "points", ()) or ()) or 2)
            self.count.setEnabled(count is not None)
            self.noise.setEnabled(getattr(dataset, "noise", None) is not None)
            if setup.noise is None and dataset is not None and dataset.noise is not None:
                _show_text(self.noise, dataset.noise)
            self.seed.setValue(-1 if setup.seed is None else setup.seed)
            self.test_percent.setValue(int(setup.test_percent))
            self.steps.setValue(setup.steps)
            hidden = tuple(setup.hidden) or (1,)
            self.layers.setValue(len(hidden))
            self.width.setValue(max(hidden))
            self.l2_biases.setChecked(bool(setup.l2_biases))
            self._enable_for(setup)
        finally:
            self._showing = False

    def _data_text(self) -> str | None:
        """The data combo's own entry for the points held: a file's, edited ones; None for a set's own."""
        data, builtin = self._data_shown
        if data not in DATASETS:
            return self.tr("From file {name}").format(name=PurePath(data).name or data)
        return None if builtin else self.tr("Edited points")

    def show_preset(self, key: str) -> None:
        """Show preset ``key``, or "Custom" ("") when the set-up is no preset."""
        self._showing = True
        try:
            _show_own(self.preset, None if key else self.tr("Custom"))
            if key:
                self.preset.setCurrentIndex(max(self.preset.findData(key), 0))
        finally:
            self._showing = False

    def _enable_for(self, setup) -> None:
        """Fields that mean nothing for this set-up are greyed out (the hidden layers of a linear model)."""
        mlp = setup.model == "mlp"
        for field in (self.layers, self.width, self.activation):
            field.setEnabled(mlp and not self._locked)
        self.momentum.setEnabled(setup.optimizer == "momentum" and not self._locked)

    _locked = False

    def lock(self, running: bool) -> None:
        """During a run only the learning rate stays editable, for "Apply rate now"."""
        self._locked = running
        for field in (
            self.preset,
            *self.combos.values(),
            *self.spins.values(),
            self.seed,
            self.noise,
            self.l2,
            self.l2_biases,
            self.momentum,
            self.layers,
            self.width,
        ):
            field.setEnabled(not running)

    def unlock_for(self, setup) -> None:
        """After a run: every field again, less those that mean nothing for ``setup``."""
        self.lock(False)
        dataset = DATASETS.get(setup.data)
        self.count.setEnabled(getattr(dataset, "count", None) is not None or setup.count is not None)
        self.noise.setEnabled(getattr(dataset, "noise", None) is not None)
        self._enable_for(setup)

    def name_items(self) -> None:
        """The labels and the lists' texts, in the language shown (again after a change of language)."""
        texts = {
            "preset": self.tr("Preset"),
            "data": self.tr("Data set"),
            "count": self.tr("Points"),
            "seed": self.tr("Seed"),
            "noise": self.tr("Noise"),
            "test_percent": self.tr("Test points"),
            "model": self.tr("Model"),
            "layers": self.tr("Hidden layers"),
            "width": self.tr("Neurons per layer"),
            "activation": self.tr("Activation"),
            "loss": self.tr("Loss"),
            "l2": self.tr("L2 strength"),
            "optimizer": self.tr("Optimizer"),
            "lr": self.tr("Learning rate"),
            "momentum": self.tr("Momentum"),
            "schedule": self.tr("Rate schedule"),
            "steps": self.tr("Steps"),
            "engine": self.tr("Engine"),
        }
        form = self.layout()
        for key, text in texts.items():
            # the label as the layout holds it now: a saved reference can outlive its QLabel
            label = form.labelForField(self.rows[key]) if key in self.rows else None
            if label is not None and isValid(label):
                label.setText(text)
        fields = {"preset": self.preset, **self.combos, **self.spins, **self.edits, "seed": self.seed}
        fields.update({"layers": self.layers, "width": self.width})
        for key, field in fields.items():
            field.setAccessibleName(texts[key])
        items = {
            self.model: MODELS,
            self.activation: ACTIVATIONS,
            self.loss: LOSSES,
            self.optimizer: OPTIMIZERS,
            self.schedule: SCHEDULES,
            self.engine: ENGINES,
            self.preset: PRESET_TITLES,
        }
        for combo, table in items.items():
            for i in range(combo.count()):
                key = combo.itemData(i)
                combo.setItemText(i, translate("classify.setup", table[key]) if key in table else key)
        for i in range(self.data.count()):
            if self.data.itemData(i) in DATASETS:
                title = DATASETS[self.data.itemData(i)].title
                self.data.setItemText(i, translate("classify.datasets", title))
        self._showing = True
        try:  # the own entries, in the new language
            if self.preset.findData(OWN) >= 0:
                _show_own(self.preset, self.tr("Custom"))
            if self.data.findData(OWN) >= 0:
                _show_own(self.data, self._data_text())
        finally:
            self._showing = False

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "rows") and isValid(self):
            self.name_items()
        super().changeEvent(event)


class FilesBox(QWidget):
    """The data's CSV files, checkpoints of the trained network and the exported script."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.load_csv_button = QPushButton(self.tr("Load CSV…"), objectName="classifyLoadCsvButton")
        self.save_csv_button = QPushButton(self.tr("Save CSV…"), objectName="classifySaveCsvButton")
        self.save_button = QPushButton(self.tr("Save checkpoint…"), objectName="classifySaveButton")
        self.load_button = QPushButton(self.tr("Load checkpoint…"), objectName="classifyLoadButton")
        self.export_button = QPushButton(self.tr("Export script…"), objectName="classifyExportButton")
        self.undo_button = QPushButton(self.tr("Undo point edit"), objectName="classifyUndoButton")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, button in enumerate(self.buttons()):
            grid.addWidget(button, i // 2, i % 2)

    def buttons(self) -> list[QPushButton]:
        return [
            self.load_csv_button,
            self.save_csv_button,
            self.save_button,
            self.load_button,
            self.export_button,
            self.undo_button,
        ]
