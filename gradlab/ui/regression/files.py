"""The Regression tab's files: checkpoints, CSV data (read on a thread), the exported script; predicting y.

Every file action either works or leaves the tab as it was and says why in one line ("could not
save model.ckpt: the folder /x/y does not exist"), whatever torch, the OS or the file raise; a
file's name is shown on one line (``files.shown``), whatever characters it holds.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from ...files import shown, why_not
from ...regression.settings import RegressionSettings, number_text
from .. import theme
from ..file_actions import CsvReader, ask_open, ask_save


class FileActions(QObject):
    """Save, load, read a CSV file, export and predict, for ``tab`` (a RegressionTab)."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.csv_data = None  # (x, y) read from a CSV file: the data the tab trains on, if any
        self.csv_path: Path | None = None
        self.reader = CsvReader(tab, self._csv_read, self._csv_refused)  # reading a CSV file on a thread

    @property
    def loading(self) -> bool:
        return self.reader.loading

    def connect_buttons(self, box) -> None:
        box.save_button.clicked.connect(self._ask_save)
        box.load_button.clicked.connect(self._ask_load)
        box.csv_button.clicked.connect(self._ask_csv)
        box.export_button.clicked.connect(self._ask_export)
        for edit in (box.predict_x, box.predict_features):  # an error about what was typed goes on an edit
            edit.textEdited.connect(self._predict_edited)
        self.box = box
        self._predict_error = False

    def forget_csv(self) -> None:
        self.csv_data, self.csv_path = None, None

    def _say(self, text: str) -> None:
        self.tab.say(text)

    def _fail(self, text: str) -> None:
        self.tab.say(text, error=True)

    # --- checkpoints ----------------------------------------------------------------------------

    def save_to(self, path: str | Path) -> bool:
        from ...regression.checkpoint import CheckpointError, save_checkpoint

        if self.tab.model is None:
            self._fail(self.tr("✗ train or load a model first"))
            return False
        try:
            save_checkpoint(path, self.tab.model, self.tab.model_setup, self.tab.history)
        except CheckpointError as error:
            self._fail(self.tr("✗ {error}").format(error=error))
            return False
        self._say(self.tr("Saved {name}.").format(name=shown(path)))
        return True

    def load_from(self, path: str | Path) -> bool:
        from ...regression.checkpoint import CheckpointError, load_checkpoint

        try:
            checkpoint = load_checkpoint(path)
        except CheckpointError as error:
            self._fail(self.tr("✗ {error}").format(error=error))
            return False
        tab = self.tab
        tab.model, tab.model_setup = checkpoint.model, checkpoint.setup
        tab.history = checkpoint.history  # an array("d"): 10 million losses in 80 MB, extended by a new run
        tab.show_settings(RegressionSettings.from_setup(checkpoint.setup), keep_data=True)
        tab.view.begin(checkpoint.setup)  # the last run's result and notes were not this model's
        tab.loss_plot.add(tab.history)
        tab.run_bar.rate_label.clear()
        tab.run_bar.progress.reset()
        self.box.predict_label.clear()
        source = self.tr("the course's model.ckpt") if checkpoint.source == "course" else shown(path)
        self._say(self.tr("Loaded {source}: ready to predict.").format(source=source))
        tab.session_changed.emit()
        return True

    # --- data from a CSV file -------------------------------------------------------------------

    def load_csv_from(self, path: str | Path) -> bool:
        """Start reading ``path`` on a thread (False if a file is being read already).

        The tab says "Loading …" and stays usable; ``tab.csv_finished`` tells when the file is in
        (or refused, with the reason in the tab's message).
        """
        from ...regression.data import load_csv

        return self.reader.start(path, load_csv)

    def _csv_read(self, path: Path, loaded) -> bool:
        self.csv_data, self.csv_path = loaded, path
        tab = self.tab
        n = len(loaded[0])
        tab.settings = tab.settings.with_changes(points=n)
        tab.form.show_settings(tab.settings)
        self._say(self.tr("Data from {name}: {n:,} points.").format(name=shown(path), n=n))
        tab._show_data()
        tab.session_changed.emit()
        return True

    def _csv_refused(self, path: Path, error: Exception) -> None:
        from ...regression.data import DataError

        if isinstance(error, DataError):
            self._fail(self.tr("✗ {error}").format(error=error))
        else:  # what the parser did not foresee (memory, say): still one line, nothing changed
            self._fail(
                self.tr("✗ could not read {name}: {reason}").format(
                    name=shown(path), reason=why_not(error, path)
                )
            )

    # --- the exported script --------------------------------------------------------------------

    def export_to(self, path: str | Path) -> bool:
        """Write the set-up as a script; with CSV data, the script trains on that data too."""
        from ...regression.script import script_for

        setup = self.tab.read_setup()
        if setup is None:
            return False
        path = Path(path)
        try:
            text = script_for(setup, self.csv_data, self.csv_path)
        except ValueError as error:
            self._fail(self.tr("✗ could not export: {error}").format(error=error))
            return False
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            reason = why_not(error, path, writing=True)
            self._fail(self.tr("✗ could not export {name}: {reason}").format(name=shown(path), reason=reason))
            return False
        self._say(self.tr("Exported {name}.").format(name=shown(path)))
        return True

    # --- predicting -----------------------------------------------------------------------------

    @Slot()
    def predict(self) -> None:
        from ...regression.checkpoint import predict

        box, tab = self.box, self.tab
        if tab.model is None:
            self._predicted(self.tr("✗ train or load a model first"), error=True)
            return
        try:
            if box.predict_features.text().strip():
                text = box.predict_features.text().replace("[", "").replace("]", "")
                row, x = [float(v) for v in text.split(",")], None
            else:
                row, x = None, float(box.predict_x.text())
            if not all(math.isfinite(v) for v in (row or [x])):
                raise ValueError(x)
        except ValueError:
            self._predicted(self.tr("✗ type a number for x, or numbers separated by commas"), error=True)
            return
        try:
            if row is not None:
                value = predict(tab.model, tab.model_setup, row=row)
                shown = f"[{', '.join(number_text(v) for v in row)}]"
            else:
                value = predict(tab.model, tab.model_setup, x=x)
                shown = f"x = {number_text(x)}"
        except ValueError as error:  # the core's words: a row of the wrong width
            self._predicted(self.tr("✗ {error}").format(error=error), error=True)
            return
        self._predicted(self.tr("{input} → y = {y:.6g}").format(input=shown, y=value))

    def _predicted(self, text: str, error: bool = False) -> None:
        self.box.predict_label.setText(text)
        if error:
            theme.tint(self.box.predict_label, "error")
        else:
            theme.untint(self.box.predict_label)
        self._predict_error = error

    def _predict_edited(self) -> None:
        if self._predict_error:
            self._predicted("")

    # --- the file dialogs -----------------------------------------------------------------------

    def _ask_save(self) -> None:
        path = ask_save(
            self.tab, self.tr("Save checkpoint"), "model.ckpt", self.tr("Checkpoints (*.ckpt *.pt)")
        )
        if path:
            self.save_to(path)

    def _ask_load(self) -> None:
        kinds = (self.tr("Checkpoints (*.ckpt *.pt)"), self.tr("All files (*)"))
        path = ask_open(self.tab, self.tr("Load checkpoint"), *kinds)
        if path:
            self.load_from(path)

    def _ask_csv(self) -> None:
        kinds = (self.tr("CSV (*.csv)"), self.tr("All files (*)"))
        path = ask_open(self.tab, self.tr("Data from CSV"), *kinds)
        if path:
            self.load_csv_from(path)

    def _ask_export(self) -> None:
        path = ask_save(self.tab, self.tr("Export script"), "train.py", self.tr("Python (*.py)"))
        if path:
            self.export_to(path)
