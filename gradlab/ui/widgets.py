"""Widgets every tab shares.

A wheel that scrolls instead of changing settings, messages that never widen the window, a training
tab's run bar and its settings form's spin boxes and edit reports, a column of controls that
scrolls, a fixed-width text pane and a narrow combo box.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import theme, zoom

# The inputs a wheel would change while the user only means to scroll past them.
WHEEL_INPUTS = (QAbstractSpinBox, QComboBox, QAbstractSlider)


# How a student gives an input the focus on purpose; focus the window gives (the tab's first input
# when a tab is shown) does not let the wheel change it.
CHOSEN_FOCUS = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)
_CHOSEN = "wheelChosen"  # the dynamic property: the input's focus was the student's doing


class WheelGuard(QObject):
    """An event filter: a wheel over an input the student has not chosen scrolls its column instead.

    The event is marked ignored and reported handled, so the input never sees it and Qt passes it
    on to the parent (the scroll area). An input the student clicked or tabbed into takes the
    wheel as usual.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            watched.setProperty(_CHOSEN, event.reason() in CHOSEN_FOCUS)
        elif kind == QEvent.Type.Wheel and isinstance(watched, QWidget):
            if not (watched.hasFocus() and watched.property(_CHOSEN)):
                event.ignore()
                return True
        return False


_guard: WheelGuard | None = None


def wheel_inputs(root: QWidget) -> list[QWidget]:
    """``root`` (if an input) and the inputs inside it that a wheel would change by mistake.

    Scroll bars are not among them: a scroll bar is how one scrolls.
    """
    found = (root, *root.findChildren(QWidget))
    return [w for w in found if isinstance(w, WHEEL_INPUTS) and not isinstance(w, QScrollBar)]


def guard_wheel(root: QWidget) -> None:
    """Keep the wheel from changing ``root`` (if an input) and every input inside it not chosen.

    Inputs also take focus only from a click or Tab (StrongFocus), never from the wheel. Call it
    again for inputs made later; installing twice is harmless.
    """
    global _guard
    if _guard is None:
        _guard = WheelGuard()
    for widget in wheel_inputs(root):
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.removeEventFilter(_guard)
        widget.installEventFilter(_guard)


_LONG_WORD = re.compile(r"\S{24,}")
_ZERO_WIDTH_SPACE = "\u200b"


class MessageLabel(QLabel):
    """A message that wraps and never widens its window; the whole text is its tooltip when cut.

    Words too long for a line are broken, at most ``max_lines`` lines are shown, and its minimum
    width is nothing.
    ``text()`` is the whole message, as set; only what is painted is broken and cut. Plain text
    only: a message may quote what a user (or a file) typed.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, max_lines: int = 4, **kwargs):
        super().__init__(parent, **kwargs)
        self.max_lines = max_lines
        self._whole = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def text(self) -> str:  # noqa: D102 - QLabel's, but the whole message
        return self._whole

    def setText(self, text: str) -> None:  # noqa: D102 - QLabel's, kept whole
        self._whole = str(text)
        self._lay_out()

    def clear(self) -> None:  # noqa: D102
        self.setText("")

    def shown_text(self) -> str:
        """What is painted: the message broken and, if it needs more than ``max_lines`` lines, cut."""
        return super().text()

    def is_cut(self) -> bool:
        return self.shown_text().replace(_ZERO_WIDTH_SPACE, "") != self._whole

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._lay_out()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the window's zoom: the lines hold fewer words
            self._lay_out()

    def _lay_out(self) -> None:
        breakable = _LONG_WORD.sub(lambda m: _ZERO_WIDTH_SPACE.join(m.group(0)), self._whole)
        width = self.contentsRect().width()
        shown = breakable if width <= 0 else self._fit(breakable, width)
        if shown != super().text():
            super().setText(shown)
        cut = shown.replace(_ZERO_WIDTH_SPACE, "") != self._whole
        self.setToolTip(self._whole if cut else "")

    def _fit(self, text: str, width: int) -> str:
        metrics = QFontMetrics(self.font())
        limit = metrics.lineSpacing() * self.max_lines

        def height(candidate: str) -> int:
            flags = int(Qt.TextFlag.TextWordWrap)
            return metrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, candidate).height()

        if height(text) <= limit:
            return text
        low, high = 0, len(text)  # the longest start of the text that fits with "…" after it
        while low < high:
            middle = (low + high + 1) // 2
            if height(text[:middle].rstrip() + "…") <= limit:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…"


class RunBar(QWidget):
    """Start, Pause/Resume, Stop, "Apply rate now", the progress and the tab's message: always in view.

    Each part's objectName starts with ``prefix`` (the tab's: "regression", "classify").
    """

    def __init__(self, prefix: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.start_button = QPushButton(self.tr("Start"), objectName=prefix + "StartButton")
        self.pause_button = QPushButton(self.tr("Pause"), objectName=prefix + "PauseButton")
        self.stop_button = QPushButton(self.tr("Stop"), objectName=prefix + "StopButton")
        self.apply_lr_button = QPushButton(self.tr("Apply rate now"), objectName=prefix + "ApplyLrButton")
        self.apply_lr_button.setToolTip(
            self.tr("Change the learning rate of the running training from its next step")
        )
        self.progress = QProgressBar(objectName=prefix + "Progress")
        self.progress.setAccessibleName(self.tr("Training progress"))
        self.rate_label = MessageLabel(objectName=prefix + "RateLabel", max_lines=2)
        self.message = MessageLabel(objectName=prefix + "Message", max_lines=3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button, self.apply_lr_button):
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.rate_label)
        layout.addWidget(self.message)

    def say(self, text: str, error: bool = False) -> None:
        """The tab's message: an error in the theme's error colour, anything else in the text colour."""
        self.message.setText(text)
        if error:
            theme.tint(self.message, "error")
        else:
            theme.untint(self.message)

    def show_progress(
        self, step: int, total: int, rate: float | None = None, left: float | None = None
    ) -> None:
        """Where the run is: with ``left``, counting down; with no ``rate``, paused; else its last step."""
        if rate is None:
            text = self.tr("step {step:,} of {total:,} · paused")
        elif left is None:
            text = self.tr("step {step:,} of {total:,} · {rate:,.0f} steps/s")
        else:
            text = self.tr("step {step:,} of {total:,} · {rate:,.0f} steps/s · {left:.0f} s left")
        self.rate_label.setText(text.format(step=step, total=total, rate=rate, left=left))

    def show_running(self, running: bool, paused: bool = False) -> None:
        self.start_button.setEnabled(not running)
        for button in (self.pause_button, self.stop_button, self.apply_lr_button):
            button.setEnabled(running)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))


def spin_box(name: str, low: int, high: int, step: int = 1) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(low, high)
    spin.setSingleStep(step)
    return spin


def seed_spin(name: str, high: int, none_text: str) -> QSpinBox:
    """A seed from 0 to ``high``, or −1 shown as ``none_text``: no seed (``report_edits`` says None)."""
    spin = spin_box(name, -1, high)
    spin.setSpecialValueText(none_text)
    return spin


def report_edits(
    report: Callable[[str, object], None],
    combos: dict | None = None,
    edits: dict | None = None,
    spins: dict | None = None,
    seed: QSpinBox | None = None,
) -> None:
    """Each field of a settings form reports what the student sets as ``report(key, value)``.

    ``combos``, ``edits`` and ``spins`` map a setting's key to its combo box (its item's data), line
    edit (its text) or spin box (its value); a ``seed_spin`` reports its seed, None for "none".
    """
    for key, combo in (combos or {}).items():
        combo.currentIndexChanged.connect(lambda _, key=key, combo=combo: report(key, combo.currentData()))
    for key, edit in (edits or {}).items():
        edit.textChanged.connect(lambda text, key=key: report(key, text))
    for key, spin in (spins or {}).items():
        spin.valueChanged.connect(lambda value, key=key: report(key, value))
    if seed is not None:
        seed.valueChanged.connect(lambda value: report("seed", None if value < 0 else value))


def scrolling(controls: QWidget, name: str) -> QScrollArea:
    """A tab's controls under its lesson: they scroll, rather than stretch the window, when room is short.

    The wheel scrolls the column; it changes an input only once the input has focus.
    """
    scroll = QScrollArea()
    scroll.setWidget(controls)
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    # across only when the controls cannot be narrower than the column (their text zoomed to 200%, say):
    # then they scroll rather than being cut at its edge
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    guard_wheel(controls)
    return scroll


def with_pinned_bar(controls: QWidget, name: str, bar: QWidget, above: bool) -> QWidget:
    """A tab's controls, scrolling, with its run bar pinned above or below them: never scrolled away."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    parts = [(bar, 0), (scrolling(controls, name), 1)]
    for widget, stretch in parts if above else reversed(parts):
        layout.addWidget(widget, stretch)
    return holder


def monospace(name: str = "") -> QPlainTextEdit:
    """A read-only text pane in the system's fixed-width font, since code and columns need one."""
    edit = QPlainTextEdit(objectName=name)
    edit.setReadOnly(True)
    fixed_font(edit)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return edit


def fixed_font(widget: QWidget) -> None:
    """The system's fixed-width font for ``widget``, at the window's zoom now and after each change."""
    zoom.set_own_font(widget, QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))


def narrow(combo: QComboBox, characters: int = 16) -> QComboBox:
    """A combo box that does not widen the panel to its longest item (the list still shows it all)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


_ARROWS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def key_text(keys: QKeySequence) -> str:
    """Keys as a student reads them in either language: "Alt+→", "Ctrl+Shift+Z".

    Qt's own names of the arrow keys are translated into words that read as mouse buttons in
    Chinese ("Alt+右鍵"); arrows need no words.
    """
    text = keys.toString(QKeySequence.SequenceFormat.PortableText)
    return "+".join(_ARROWS.get(part, part) for part in text.split("+"))
