"""The step log: every step's chain-rule sentence, kept as events so that a new language rewrites it.

The first time a walk shows one of the guide's gate patterns (add hands the gradient on, multiply
swaps the values, max routes it, a variable used twice adds up: ``graph.patterns``), a line under
the step names it.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...graph.patterns import pattern_of, pattern_text


class Pattern:
    """A log entry naming a gate's pattern (``key``), under the step (``step``) that first showed it."""

    kind = "pattern"

    def __init__(self, key: str, step) -> None:
        self.key, self.step = key, step


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
        if entry is None:
            return self.tr("— new walk —")
        if isinstance(entry, Pattern):
            return self.tr("   ↳ {pattern}").format(pattern=pattern_text(entry.key))
        return entry.explain(times="·", arrow="→")

    def _walk_entries(self) -> list:
        """The entries of the walk now going (after the last new-walk line)."""
        for i in range(len(self.entries) - 1, -1, -1):
            if self.entries[i] is None:
                return self.entries[i + 1 :]
        return self.entries

    def add(self, events: list) -> None:
        if not events:
            return
        walk = self._walk_entries()
        seen = {e.key for e in walk if isinstance(e, Pattern)}
        fed = {id(e.child) for e in walk if getattr(e, "kind", "") == "backward"}
        added = []
        for event in events:
            added.append(event)
            if event is None or event.kind != "backward":
                continue
            key = pattern_of(event, id(event.child) in fed)
            fed.add(id(event.child))
            if key is not None and key not in seen:
                seen.add(key)
                added.append(Pattern(key, event))
        self.entries.extend(added)
        self.appendPlainText("\n".join(self.line(e) for e in added))

    def new_walk(self) -> None:
        """A separator line, if anything is logged."""
        if self.entries:
            self.add([None])

    def remove_last(self) -> None:
        """The last step's line goes (with the pattern line it brought, if any)."""
        lines = 2 if self.entries and isinstance(self.entries[-1], Pattern) else 1
        for _ in range(lines):
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
