"""The Neural Network tab's files: the points as CSV (read on a thread), checkpoints, the exported script.

Every file action either works or leaves the tab as it was and says why in one line; a file's
name is shown on one line (``files.shown``), whatever characters it holds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ...files import shown, why_not
from ..file_actions import CsvReader, ask_open, ask_save


class FileActions(QObject):
    """Read and save CSV points, save and load checkpoints, export the script, for ``tab`` (a ClassifyTab)."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.csv_path: Path | None = None  # the CSV file the points came from, if they did
        self.reader = CsvReader(tab, self._csv_read, self._csv_refused)

    @property
    def loading(self) -> bool:
        return self.reader.loading

    def connect_buttons(self, box) -> None:
        box.load_csv_button.clicked.connect(self._ask_csv)
        box.save_csv_button.clicked.connect(self._ask_save_csv)
        box.save_button.clicked.connect(self._ask_save)
        box.load_button.clicked.connect(self._ask_load)
        box.export_button.clicked.connect(self._ask_export)

    def forget_csv(self) -> None:
        self.csv_path = None

    def _refused(self, error: Exception, path: Path, writing: bool = False) -> None:
        """An error the core did not word (the OS's, memory): one line naming the file."""
        reason = why_not(error, path, writing=writing) if isinstance(error, OSError) else str(error)
        if writing:
            text = self.tr("could not save {name}: {reason}")
        else:
            text = self.tr("could not read {name}: {reason}")
        self.tab.fail(text.format(name=shown(path), reason=reason))

    # --- the points as CSV ----------------------------------------------------------------------

    def load_csv_from(self, path: str | Path) -> bool:
        """Start reading ``path`` on a thread (False if busy); ``tab.csv_finished`` tells when it is in."""
        from ...classify.csv_points import read_points_csv

        return self.reader.start(path, read_points_csv)

    def _csv_read(self, path: Path, points) -> bool:
        tab = self.tab
        problem = tab.settings.load_points(points, Path(path).name)  # not the path: sessions travel
        if problem:
            tab.fail(problem)
            return False
        self.csv_path = path
        tab.show_setup()
        tab.say(
            self.tr("Points from {name}: {n:,} ({a} and {b}).").format(
                name=shown(path), n=len(points), a=points.classes[0], b=points.classes[1]
            )
        )
        tab.session_changed.emit()
        return True

    def _csv_refused(self, path: Path, error: Exception) -> None:
        from ...classify.points import PointsError

        if isinstance(error, PointsError):
            self.tab.fail(str(error))
        else:
            self._refused(error, path)

    def save_csv_to(self, path: str | Path) -> bool:
        from ...classify.csv_points import write_points_csv

        path = Path(path)
        try:
            write_points_csv(path, self.tab.settings.points)
        except (OSError, ValueError) as error:
            self._refused(error, path, writing=True)
            return False
        self.tab.say(self.tr("Saved the points in {name}.").format(name=shown(path)))
        return True

    # --- checkpoints ----------------------------------------------------------------------------

    def save_to(self, path: str | Path) -> bool:
        from ...classify.checkpoint import CheckpointError, save_checkpoint

        tab = self.tab
        if tab.model is None:
            tab.fail(self.tr("train or load a network first"))
            return False
        try:
            save_checkpoint(path, tab.model, tab.model_setup, tab.model_points, tab.loss_plot.train.values)
        except CheckpointError as error:
            tab.fail(str(error))
            return False
        tab.say(self.tr("Saved {name}.").format(name=shown(path)))
        return True

    def load_from(self, path: str | Path) -> bool:
        from ...classify.checkpoint import CheckpointError, load_checkpoint

        tab = self.tab
        if tab.running:
            return False
        try:
            checkpoint = load_checkpoint(path)
        except CheckpointError as error:
            tab.fail(str(error))
            return False
        from ...classify.datasets import DATASETS
        from ...classify.settings import ClassifySettings

        points = checkpoint.points
        if points is None and checkpoint.setup.data in DATASETS:  # the set's own points, made again
            settings = ClassifySettings(checkpoint.setup)
        else:
            settings = ClassifySettings(
                checkpoint.setup, points if points is not None else tab.settings.points
            )
        tab.settings = settings
        self.forget_csv()
        tab.show_setup()
        tab.model, tab.model_setup, tab.model_points = checkpoint.model, checkpoint.setup, settings.points
        tab._show_model_now()
        tab.from_shown = True  # Start trains on from the checkpoint's weights
        tab.loss_plot.reset()
        tab.accuracy_plot.reset()
        tab.loss_plot.add(checkpoint.history, [])
        tab.loss_plot.draw()
        tab.accuracy_plot.draw()
        tab.run_bar.rate_label.clear()
        tab.run_bar.progress.reset()
        tab.say(self.tr("Loaded {name}: its network is shown.").format(name=shown(path)))
        tab.session_changed.emit()
        return True

    # --- the exported script ----------------------------------------------------------------------

    def export_to(self, path: str | Path) -> bool:
        from ...classify.script import export_script
        from ...files import write_atomic

        tab = self.tab
        setup = tab.read_setup()
        if setup is None:
            return False
        path = Path(path)
        try:
            text = export_script(setup, tab.settings.points).encode("utf-8")
        except ValueError as error:
            tab.fail(self.tr("could not export: {error}").format(error=error))
            return False
        try:
            write_atomic(path, lambda file: file.write(text))
        except (OSError, ValueError) as error:
            self._refused(error, path, writing=True)
            return False
        tab.say(self.tr("Exported {name}.").format(name=shown(path)))
        return True

    # --- the file dialogs -------------------------------------------------------------------------

    def _ask_csv(self) -> None:
        path = ask_open(
            self.tab, self.tr("Points from CSV"), self.tr("CSV (*.csv)"), self.tr("All files (*)")
        )
        if path:
            self.load_csv_from(path)

    def _ask_save_csv(self) -> None:
        path = ask_save(self.tab, self.tr("Save the points"), "points.csv", self.tr("CSV (*.csv)"))
        if path:
            self.save_csv_to(path)

    def _ask_save(self) -> None:
        kind = self.tr("Checkpoints (*.ckpt *.pt)")
        path = ask_save(self.tab, self.tr("Save checkpoint"), "network.ckpt", kind)
        if path:
            self.save_to(path)

    def _ask_load(self) -> None:
        kinds = (self.tr("Checkpoints (*.ckpt *.pt)"), self.tr("All files (*)"))
        path = ask_open(self.tab, self.tr("Load checkpoint"), *kinds)
        if path:
            self.load_from(path)

    def _ask_export(self) -> None:
        path = ask_save(self.tab, self.tr("Export script"), "classify.py", self.tr("Python (*.py)"))
        if path:
            self.export_to(path)
