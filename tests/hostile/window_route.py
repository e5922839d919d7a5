"""The window route: gradlab's main window, offscreen, File → Open and the tabs' own load paths.

Each case's answer is what the window shows: the message box (a session), the Regression or Neural
Network tab's message (a checkpoint, a CSV file), the Graph or Descent tab's message under the expression.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .child import WALL_LIMIT, CaseTimeout, crash, csv_summary, points_summary


class Window:
    """gradlab's main window, offscreen, its tabs made and torch loaded."""

    def __init__(self, settings: Path):
        os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + str(
            Path(__file__).parent.parent / "screen.json"
        )
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QMessageBox

        from gradlab.ui.app import application
        from gradlab.ui.main_window import MainWindow

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
        self.app = application()
        self.window = MainWindow(remember=False)
        self.window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
        self.window.show()
        self.window.pages.make_all()
        tabs = (self.window.descent_tab, self.window.regression_tab, self.window.classify_tab)
        self.pump(lambda: all(tab.ready for tab in tabs), 60)
        self.csv_answers: list[bool] = []
        self.window.regression_tab.csv_finished.connect(self.csv_answers.append)
        self.window.classify_tab.csv_finished.connect(self.csv_answers.append)

    def loading(self) -> bool:
        """Whether a tab is still reading a CSV file (on a thread that may be stuck)."""
        return self.window.regression_tab.files.loading or self.window.classify_tab.files.loading

    def pump(self, done, seconds: float) -> bool:
        """Let the window work until ``done()`` or ``seconds`` pass (the batch's own loop, not a test's)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            if done():
                return True
            time.sleep(0.002)
        return False

    def label(self, name: str, clear: bool = False) -> str:
        """A message label's text (``clear``: emptied first, so that a stale message is not taken)."""
        from PySide6.QtWidgets import QLabel

        found = self.window.findChild(QLabel, name)
        if found is None:
            return f"(no label {name})"
        if clear:
            found.setText("")
        return found.text()

    def run(self, case: dict, path: Path) -> tuple[str, str, dict]:
        """(result, message, summary) for one case, by the kind of its file."""
        try:
            return getattr(self, case["kind"])(case, path)
        except CaseTimeout:
            raise
        except BaseException as error:  # noqa: BLE001 - an exception out of the window's own method
            return crash(error)

    def session(self, case: dict, path: Path) -> tuple[str, str, dict]:
        window = self.window
        window.message_box = None
        opened = window.open_session_from(path)
        for _ in range(3):  # the window's next turns (a big graph's drawing goes on in slices: see drawn)
            self.app.processEvents()
        box = window.message_box
        message = box.text() if box is not None else ""
        if box is not None:
            box.close()
        if not opened:
            return "refused", message, {"status": window.statusBar().currentMessage()}
        summary = {
            "graph_nodes": len(window.graph_tab.graph.all_nodes),
            "descent_dims": window.descent_tab.race.objective.dims,
            "classify_points": len(window.classify_tab.settings.points),
        }
        return "ok", message, summary

    def checkpoint(self, case: dict, path: Path) -> tuple[str, str, dict]:
        if case.get("tab") == "classify":
            return self.classify_checkpoint(case, path)
        from gradlab.regression.checkpoint import predict

        tab = self.window.regression_tab
        self.label("regressionMessage", clear=True)
        loaded = tab.load_from(path)
        message = self.label("regressionMessage")
        if not loaded:
            return "refused", message, {}
        x = case["check"].get("x", 1.5)
        try:  # an output float32 cannot hold is refused in one line, as the tab's Predict says it
            value = predict(tab.model, tab.model_setup, x=x)
        except ValueError as error:
            value = str(error)
        summary = {"model": tab.model_setup.model, "predict": value}
        if case["check"].get("source") == "gradlab":
            summary["history"] = len(tab.history)
        return "ok", message, summary

    def classify_checkpoint(self, case: dict, path: Path) -> tuple[str, str, dict]:
        from .child import classify_prediction

        tab = self.window.classify_tab
        self.label("classifyMessage", clear=True)
        loaded = tab.load_from(path)
        message = self.label("classifyMessage")
        if not loaded:
            return "refused", message.removeprefix("✗ "), {}
        return "ok", message, {"model": tab.model_setup.model, **classify_prediction(tab.model)}

    def csv(self, case: dict, path: Path) -> tuple[str, str, dict]:
        classify = case.get("tab") == "classify"
        tab = self.window.classify_tab if classify else self.window.regression_tab
        name = "classifyMessage" if classify else "regressionMessage"
        tab.files.forget_csv()
        self.label(name, clear=True)
        self.csv_answers.clear()
        if not tab.load_csv_from(path):
            return "crash", "load_csv_from refused to start (a file is still being read)", {}
        if not self.pump(lambda: bool(self.csv_answers), WALL_LIMIT + 1):
            raise CaseTimeout
        message = self.label(name)
        if not self.csv_answers[0]:
            return "refused", message.removeprefix("✗ "), {}
        if classify:
            return "ok", message, points_summary(tab.settings.points)
        return "ok", message, csv_summary(*tab.files.csv_data)

    def expression(self, case: dict, path: Path) -> tuple[str, str, dict]:
        if case["use"] == "descent":
            tab = self.window.descent_tab
            self.label("descentExpressionError", clear=True)
            before = tab.race.objective
            tab.apply_expression(case["text"])
            for _ in range(3):
                self.app.processEvents()
            if tab.race.objective is before:
                return "refused", self.label("descentExpressionError"), {}
            return "ok", self.label("descentExpressionError"), {"dims": tab.race.objective.dims}
        tab = self.window.graph_tab
        self.label("graphExpressionError", clear=True)
        before = tab.graph
        tab.expression_edit.setText(case["text"])
        tab.values_edit.setText(case["values"])
        tab.build_from_text()
        for _ in range(3):
            self.app.processEvents()
        if tab.graph is before:
            return "refused", self.label("graphExpressionError"), {}
        graph = tab.graph
        return "ok", "", {"value": graph.output.data if graph.output else None, "nodes": len(graph.all_nodes)}
