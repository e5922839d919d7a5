"""The step log: every step's chain-rule sentence, kept as events so that a new language rewrites it."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class StepLog(QPlainTextEdit):
    """A read-only fixed-width pane of the walk's sentences, and the events they came from."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="graphLog")
        self.entries: list = []  # step events; None: a new walk
        self.setReadOnly(True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setAccessibleName(self.tr("Step log"))
        self.setPlaceholderText(self.tr("Every step's chain-rule sentence appears here."))

    def line(self, entry) -> str:
        return self.tr("— new walk —") if entry is None else entry.explain(times="·", arrow="→")

    def add(self, events: list) -> None:
        if events:
            self.entries.extend(events)
            self.appendPlainText("\n".join(self.line(e) for e in events))

    def new_walk(self) -> None:
        """A separator line, if anything is logged."""
        if self.entries:
            self.add([None])

    def remove_last(self) -> None:
        cursor = QTextCursor(self.document().lastBlock())
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)  # the line and the break before it
        cursor.removeSelectedText()
        if self.entries:
            self.entries.pop()

    def clear(self) -> None:  # noqa: D102 - the events too
        self.entries = []
        super().clear()

    def rewrite(self) -> None:
        """Every line again, in the language now in use."""
        self.setPlainText("\n".join(self.line(entry) for entry in self.entries))
        self.moveCursor(QTextCursor.MoveOperation.End)
