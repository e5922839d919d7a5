"""File → Open Example: read the course's programs and run them, their output shown live.

Each program runs in its own Python process (QProcess, so the window keeps answering) inside one
temporary folder per dialog, shared by every run: regression1train.py writes model.ckpt there and
regression2predict.py reads it back. Controls, by objectName: examplesList, exampleDescription,
exampleSource, exampleRunButton, exampleStopButton, exampleStatus, exampleOutput, exampleKillTimer.
"""

from __future__ import annotations

import codecs
import os
import shutil
import site
import sys
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QProcess,
    QProcessEnvironment,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..files import FileRefusedError, read_bounded, shown
from ..paths import resource_path
from .widgets import monospace

KILL_AFTER_MS = 2000  # a program that ignores "terminate" (SIGTERM) is killed after this long
CLOSE_WAIT_MS = 3000  # how long closing the dialog waits for a stopped program to end
OUTPUT_LINES = 20000  # older lines are dropped, so a chatty program cannot fill the memory


def _gradlab_import_root() -> str | None:
    """The folder to put on PYTHONPATH so that a program run from elsewhere can import gradlab.

    None where gradlab is installed in site-packages, which the child finds by itself; a checkout
    run without ``pip install -e`` needs its root named, as net1.py imports ``gradlab.net``.
    """
    root = Path(__file__).resolve().parents[2]  # gradlab/ui/examples_dialog.py
    installed = [*site.getsitepackages(), site.getusersitepackages()]
    if any(Path(folder).resolve() == root for folder in installed if folder):
        return None
    return str(root)


class ExamplesDialog(QDialog):
    """The course's programs: a list, the chosen one's source, Run and Stop, and its output live."""

    # Not "finished": QDialog.finished(int) already says that the dialog was closed.
    run_started = Signal(str)  # the program's file name
    run_finished = Signal(str, int)  # the file name and its exit code; -1 if stopped or crashed

    def __init__(self, parent: QWidget | None = None, folder: str | Path | None = None):
        super().__init__(parent)
        self.setObjectName("examplesDialog")
        self.setWindowTitle(self.tr("Examples"))
        self.folder = Path(folder) if folder is not None else resource_path("examples")
        self._workdir: Path | None = None  # made at the first run, kept for the next ones
        self._running_name = ""
        self._stopping = False
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._status: Callable[[], str] = lambda: ""

        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read_output)
        self.process.finished.connect(self._on_finished)
        self.process.errorOccurred.connect(self._on_error)
        self.kill_timer = QTimer(self, objectName="exampleKillTimer")
        self.kill_timer.setSingleShot(True)
        self.kill_timer.setInterval(KILL_AFTER_MS)
        self.kill_timer.timeout.connect(self.process.kill)

        self._build()
        self._fill_list()
        self._update_buttons()
        self.resize(960, 640)

    # --- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.list = QListWidget(objectName="examplesList")
        self.list.setAccessibleName(self.tr("Example programs"))
        self.list.currentItemChanged.connect(self._on_selected)
        self.list.itemDoubleClicked.connect(self._on_double_clicked)

        self.description = QLabel(objectName="exampleDescription")
        self.description.setWordWrap(True)
        self.description.setAccessibleName(self.tr("What the example shows"))
        self.source = monospace("exampleSource")
        self.source.setAccessibleName(self.tr("Example source code"))

        self.run_button = QPushButton(self.tr("&Run"), objectName="exampleRunButton")
        self.run_button.setAccessibleName(self.tr("Run the example"))
        self.run_button.setToolTip(self.tr("Run the program in a temporary folder (double-click also runs)"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run_selected)
        self.stop_button = QPushButton(self.tr("&Stop"), objectName="exampleStopButton")
        self.stop_button.setAccessibleName(self.tr("Stop the running example"))
        self.stop_button.clicked.connect(self.stop)
        self.status = QLabel(objectName="exampleStatus")
        self.status.setAccessibleName(self.tr("Run status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.output = monospace("exampleOutput")
        self.output.setAccessibleName(self.tr("Example output"))
        self.output.setMaximumBlockCount(OUTPUT_LINES)

        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.status, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.description)
        top_layout.addWidget(self.source, 1)
        top_layout.addLayout(buttons)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(self.output)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 760])

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(close)

    def _fill_list(self) -> None:
        for path in sorted(self.folder.glob("*.py")):
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _description_of(self, stem: str) -> str:
        """One line on what the course's program shows, from the course notes; empty if unknown.

        Built on each call, so that each text goes through ``tr`` as a literal for lupdate.
        """
        descriptions = {
            "net1": self.tr("Backpropagation by hand with gradlab's Net: o = x·x + y·y at x = 1, y = 3."),
            "net2": self.tr("Gradient descent with Net on x·x + y·y from (1, 3): the value after each step."),
            "autograd0": self.tr("The same graph in PyTorch: f.backward() gives x.grad = 2 and y.grad = 6."),
            "autograd1": self.tr("Autograd on f = x·x + y·y; only floating-point tensors have gradients."),
            "autograd2": self.tr("Autograd on a vector: f = ‖x‖² at x = (1, 3) has the gradient (2, 6)."),
            "torchGd1": self.tr("Gradient descent by hand on x² − 4x + 4 with one tensor: x goes to 2."),
            "torchGd2": self.tr("The same descent over a list of parameters."),
            "torchGd3": self.tr("Descent on the norm ‖x‖: fixed steps hop around its tip at (0, 0)."),
            "regression1train": self.tr(
                "Fits y = x + 2x² + 3x³ with Linear(3, 1) and RMSprop, then saves model.ckpt."
            ),
            "regression2predict": self.tr(
                "Loads model.ckpt (run regression1train.py first) and predicts y for (2, 4, 8)."
            ),
            "torchRegression4nn": self.tr(
                "Fits the cubic with nn.Sequential, updating each parameter by hand."
            ),
            "torchRegression5optim": self.tr("Fits the cubic with torch.optim's RMSprop doing the updates."),
            "torchRegression6custom": self.tr("Fits the cubic with a custom nn.Module, Polynomial3, by SGD."),
            "torchRegression7cws": self.tr(
                "DynamicNet reuses its weights a random number of times; SGD with momentum."
            ),
        }
        return descriptions.get(stem, "")

    # --- choosing ---------------------------------------------------------------------------------

    def selected_path(self) -> Path | None:
        """The file of the chosen example, if any."""
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, name: str) -> None:
        """Choose the example named ``name`` (e.g. "net1.py"), as a click in the list would."""
        items = self.list.findItems(name, Qt.MatchFlag.MatchExactly)
        if not items:
            raise KeyError(name)
        self.list.setCurrentItem(items[0])

    @Slot()
    def _on_selected(self) -> None:
        path = self.selected_path()
        if path is None:
            self.source.clear()
            self.description.clear()
        else:
            try:  # a folder of examples may hold anything: regular files of at most 1 MB are shown
                text = read_bounded(path, "example").decode("utf-8", errors="replace")
            except FileRefusedError as error:
                text = self.tr("Could not read {name}: {reason}").format(name=shown(path), reason=error)
            self.source.setPlainText(text)
            self.description.setText(self._description_of(path.stem))
        self.description.setVisible(bool(self.description.text()))
        self._update_buttons()

    @Slot(QListWidgetItem)
    def _on_double_clicked(self, item: QListWidgetItem) -> None:
        if not self.is_running():
            self.run_selected()

    # --- running ----------------------------------------------------------------------------------

    def is_running(self) -> bool:
        """Whether a program is running (or starting) now."""
        return self.process.state() != QProcess.ProcessState.NotRunning

    def working_directory(self) -> Path:
        """The dialog's temporary folder, where every run starts and leaves its files."""
        if self._workdir is None:
            self._workdir = Path(tempfile.mkdtemp(prefix="gradlab-examples-"))
            # Removed when the dialog goes or, at the latest, when Python exits: a dialog that lives as
            # long as the window is often never collected, and QTemporaryDir would then stay behind.
            weakref.finalize(self, shutil.rmtree, self._workdir, ignore_errors=True)
        return self._workdir

    @Slot()
    def run_selected(self) -> None:
        """Copy the chosen program into the working folder and run it there with this Python."""
        path = self.selected_path()
        if path is None or self.is_running():
            return
        self.output.clear()
        try:
            folder = self.working_directory()
            copy = folder / path.name
            shutil.copyfile(path, copy)
        except OSError as error:
            self._append(self.tr("Could not copy {name}: {error}").format(name=path.name, error=error) + "\n")
            return
        self._running_name = path.name
        self._stopping = False
        self._decoder.reset()
        self._append(self.tr("Running {name} in {folder}").format(name=path.name, folder=folder) + "\n")
        self.process.setWorkingDirectory(str(folder))
        self.process.setProcessEnvironment(self._environment())
        self._set_status(lambda: self.tr("Running {name}…").format(name=self._running_name))
        self.run_started.emit(path.name)  # before start(), which may report a failure at once
        self.process.start(sys.executable, ["-u", str(copy)])
        self._update_buttons()

    def _environment(self) -> QProcessEnvironment:
        """The user's environment, with UTF-8 output and what the course's programs assume."""
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONIOENCODING", "utf-8")  # the output pane decodes UTF-8, whatever the locale
        # regression2predict.py loads the whole model pickled by regression1train.py with a bare
        # torch.load(), which torch 2.6 and later refuse (weights_only became the default). The file is
        # the one the course's own program just wrote into this dialog's private folder, so the program
        # runs as the course wrote it, under the default it was written for.
        env.insert("TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD", "1")
        quiet = "ignore:Environment variable TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD:UserWarning"
        warnings = env.value("PYTHONWARNINGS", "")
        env.insert("PYTHONWARNINGS", f"{warnings},{quiet}" if warnings else quiet)
        root = _gradlab_import_root()
        if root is not None:
            path = env.value("PYTHONPATH", "")
            env.insert("PYTHONPATH", f"{root}{os.pathsep}{path}" if path else root)
        return env

    @Slot()
    def stop(self) -> None:
        """Ask the program to end; kill it if it has not ended in KILL_AFTER_MS (or on a second Stop)."""
        if not self.is_running():
            return
        if self._stopping:
            self.process.kill()
            return
        self._stopping = True
        self.process.terminate()
        self.kill_timer.start()

    @Slot()
    def _read_output(self) -> None:
        data = bytes(self.process.readAllStandardOutput().data())
        text = self._decoder.decode(data)
        if text:
            self._append(text.replace("\r\n", "\n"))

    @Slot(int, QProcess.ExitStatus)
    def _on_finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        self.kill_timer.stop()
        self._read_output()
        tail = self._decoder.decode(b"", final=True)
        if tail:
            self._append(tail)
        if self._stopping:
            self._set_status(lambda: self.tr("Stopped"))
            exit_code = -1
        elif exit_status == QProcess.ExitStatus.CrashExit:
            self._set_status(lambda: self.tr("Ended abnormally"))
            exit_code = -1
        else:
            self._set_status(lambda: self.tr("Finished (exit code {code})").format(code=exit_code))
        self._end_line()
        self._append(self.status.text() + "\n")
        self._finish(exit_code)

    @Slot(QProcess.ProcessError)
    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart:
            return  # a crash or a kill: finished() follows and reports it
        self._set_status(
            lambda: self.tr("Could not start {program}: {error}").format(
                program=sys.executable, error=self.process.errorString()
            )
        )
        self._end_line()
        self._append(self.status.text() + "\n")
        self._finish(-1)

    def _finish(self, exit_code: int) -> None:
        name, self._running_name = self._running_name, ""
        self._stopping = False
        self._update_buttons()
        self.run_finished.emit(name, exit_code)

    # --- showing ----------------------------------------------------------------------------------

    def _append(self, text: str) -> None:
        """Add text at the end of the output; follow it only if the reader was already at the end."""
        bar = self.output.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 2
        cursor = QTextCursor(self.output.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        if at_end:
            bar.setValue(bar.maximum())

    def _end_line(self) -> None:
        if not self.output.toPlainText().endswith("\n"):
            self._append("\n")

    def _set_status(self, text: Callable[[], str]) -> None:
        """Remember how the status is written, so that it can be written again in a new language."""
        self._status = text
        self.status.setText(text())

    def _update_buttons(self) -> None:
        running = self.is_running()
        self.run_button.setEnabled(not running and self.selected_path() is not None)
        self.stop_button.setEnabled(running)

    def changeEvent(self, event) -> None:
        """A new language: the status, built from a number, is written again in it."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "status"):
            self.status.setText(self._status())
        super().changeEvent(event)

    # --- closing ----------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing (Close, Escape, the title bar's ×) stops a running program and waits for it to end.

        A QProcess destroyed while its program runs leaves it orphaned and warns, so the dialog never
        hides with one running. The working folder stays, so a later run can read what this one wrote.
        """
        self.stop_and_wait()
        super().done(result)

    def stop_and_wait(self, msecs: int = CLOSE_WAIT_MS) -> None:
        """Stop the running program, if any, and block until it has ended (kill after half of msecs)."""
        if not self.is_running():
            return
        if self.process.state() == QProcess.ProcessState.Starting:
            self.process.waitForStarted(msecs // 2)
        self._stopping = True
        self.process.terminate()
        if not self.process.waitForFinished(msecs // 2):
            self.process.kill()
            self.process.waitForFinished(msecs // 2)
        self.kill_timer.stop()
