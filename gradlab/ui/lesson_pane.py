"""A tab's lesson: a collapsible pane that walks a student through the tab with the course's material.

The text comes from ``gradlab.lessons``; its buttons are ``gradlab:`` links, passed on to the tab as
``action_requested`` (the pane carries out only ``lesson/try-int-grad``, which runs torch here and
shows its real error). Objects, by objectName: ``<tab>LessonPane``, ``<tab>LessonToggle``,
``<tab>LessonBrowser`` and ``<tab>LessonTryOutput``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..lessons import lesson_html
from . import zoom
from .widgets import fixed_font

SCHEME = "gradlab"
ZOOMED_SHARE = 0.45  # a lesson column, zoomed, takes at most this share of the screen's width
NO_WIDTH_LIMIT = (1 << 24) - 1  # QWIDGETSIZE_MAX
TRY_INT_GRAD = "lesson/try-int-grad"

# A button link: Qt's rich text has no padding for inline text, so a button gets a space of its own colour
# on each side, and no break inside it.
_BUTTON_LINK = re.compile(r'(<a\b[^>]*\bclass="do"[^>]*>)(.*?)(</a>)', re.DOTALL)


def _as_button(match: re.Match) -> str:
    text = re.sub(r"\s+", "&nbsp;", match.group(2).strip())
    return f"{match.group(1)}&nbsp;{text}&nbsp;{match.group(3)}"


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """``a`` moved ``amount`` (0 to 1) of the way towards ``b``, as #rrggbb."""
    mixed = QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )
    return mixed.name()


def style_sheet(palette: QPalette) -> str:
    """The lesson's CSS, from the palette's colours, so that it reads in light and dark themes alike."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    link = palette.color(QPalette.ColorRole.Link)
    dark = base.lightness() < 128
    if abs(link.lightness() - base.lightness()) < 100:  # e.g. Qt's default blue on a dark base
        link = QColor(_mix(link, text, 0.5))
    return f"""
h3 {{ color: {_mix(text, accent, 0.45 if dark else 0.55)}; font-size: large;
      margin-top: 6px; margin-bottom: 4px; }}
p, li {{ margin-top: 4px; margin-bottom: 4px; }}
p.buttons {{ line-height: 150%; margin-top: 6px; }}
a {{ color: {link.name()}; }}
a.do {{ color: {text.name()}; background-color: {_mix(base, accent, 0.34 if dark else 0.2)};
        text-decoration: none; font-weight: bold; }}
pre {{ background-color: {_mix(base, text, 0.08)}; white-space: pre-wrap;
       margin-top: 4px; margin-bottom: 4px; }}
code {{ background-color: {_mix(base, text, 0.08)}; }}
table {{ border-color: {_mix(base, text, 0.35)}; border-style: solid; margin-top: 4px; margin-bottom: 4px; }}
th {{ background-color: {_mix(base, accent, 0.2 if dark else 0.12)}; }}
"""


class LessonPane(QWidget):
    """Qt view for ``gradlab.lessons``: a header button that folds the lesson, and the lesson itself."""

    action_requested = Signal(str)  # a gradlab: link's action, e.g. "graph/preset/net1"
    expanded_changed = Signal(bool)

    def __init__(self, tab: str, parent: QWidget | None = None):
        super().__init__(parent)
        lesson_html(tab)  # an unknown tab fails here, not at the first language switch
        self.tab = tab
        self._try_result: dict | None = None  # the last try-int-grad run, kept to show it in a new language
        self.setObjectName(f"{tab}LessonPane")

        self.toggle = QToolButton(objectName=f"{tab}LessonToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.toggle.toggled.connect(self._on_toggled)

        self.browser = QTextBrowser(objectName=f"{tab}LessonBrowser")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        self.browser.installEventFilter(self)  # its palette is the one the lesson is drawn in

        self.try_output = QPlainTextEdit(objectName=f"{tab}LessonTryOutput")
        self.try_output.setReadOnly(True)
        self.try_output.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        fixed_font(self.try_output)
        self._fit_try_output()
        self.try_output.installEventFilter(self)  # its font grows with the window's zoom: so does its height
        self.try_output.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.try_output)
        layout.addStretch(0)  # takes the room only when the lesson is folded: the header stays on top

        self._retranslate()
        self._apply_style()
        self._render()
        self._show_expanded(True)
        self._fit_browser_to_zoom()

    # --- folding ---------------------------------------------------------------------------------

    def expanded(self) -> bool:
        """Whether the lesson is shown (True) or folded to its header."""
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Show or fold the lesson; ``expanded_changed`` fires if that changes anything."""
        self.toggle.setChecked(bool(expanded))

    @Slot(bool)
    def _on_toggled(self, expanded: bool) -> None:
        self._show_expanded(expanded)
        self.expanded_changed.emit(expanded)

    def _show_expanded(self, expanded: bool) -> None:
        self.browser.setVisible(expanded)
        self.try_output.setVisible(expanded and self._try_result is not None)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        vertical = QSizePolicy.Policy.Preferred if expanded else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)

    # --- links -----------------------------------------------------------------------------------

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == SCHEME:
            action = url.path(QUrl.ComponentFormattingOption.FullyDecoded)
            if action == TRY_INT_GRAD:
                self.try_int_grad()
            else:
                self.action_requested.emit(action)
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def try_int_grad(self) -> None:
        """Run the seed's autograd1.py lesson in torch: an int tensor can't require grad, a float one can."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the first import of torch takes seconds
        try:
            self._try_result = _run_int_grad()
        finally:
            QApplication.restoreOverrideCursor()
        self._show_try_result()
        self._show_expanded(self.expanded())

    def _show_try_result(self) -> None:
        result = self._try_result
        if result is None:
            return
        if "unavailable" in result:
            text = self.tr(
                "torch could not be loaded here ({error}), so this example cannot run. The lesson above "
                "quotes the error torch 2.13 gives."
            ).format(error=result["unavailable"])
            self.try_output.setPlainText(text)
            return
        lines = [self.tr("# torch {version}").format(version=result["version"])]
        lines.append(">>> torch.tensor([1, 2, 3], requires_grad=True)")
        if result["error"] is not None:
            lines.append(f"{result['error_type']}: {result['error']}")
        else:
            lines.append(result["int_repr"])
            lines.append(self.tr("# No error: this torch lets an integer tensor require gradients."))
        lines.append(self.tr("# The fix: a floating-point dtype"))
        lines.append(">>> torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)")
        lines.append(result["float_repr"])
        self.try_output.setPlainText("\n".join(lines))

    # --- rendering -------------------------------------------------------------------------------

    def _render(self) -> None:
        """Show the lesson in the current language, keeping the reader's place in it."""
        bar = self.browser.verticalScrollBar()
        place = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        html = _BUTTON_LINK.sub(_as_button, lesson_html(self.tab))
        self.browser.setHtml(html)
        self.browser.document().size()  # lays the page out now, so that the scroll bar knows its range
        bar.setValue(round(place * bar.maximum()))

    def _apply_style(self) -> None:
        self.browser.document().setDefaultStyleSheet(style_sheet(self.browser.palette()))

    def _retranslate(self) -> None:
        self.toggle.setText(self.tr("Lesson"))
        self.toggle.setToolTip(self.tr("Show or hide the lesson for this tab"))
        self.toggle.setAccessibleName(self.tr("Show or hide the lesson"))
        self.browser.setAccessibleName(self.tr("Lesson"))
        self.browser.setAccessibleDescription(
            self.tr("A lesson for this tab; its buttons set the tab up for the step being read")
        )
        self.try_output.setAccessibleName(self.tr("What torch answered"))

    def changeEvent(self, event) -> None:
        """A new language: translate the header and the lesson again."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._render()
            self._show_try_result()
        super().changeEvent(event)

    def _fit_try_output(self) -> None:
        self.try_output.setMaximumHeight(self.try_output.fontMetrics().lineSpacing() * 9 + 12)

    def _fit_browser_to_zoom(self) -> None:
        """Zoomed, the lesson may shrink to one line of its text in a short window (Qt's least: 70 px).

        Then the tab's controls below it keep their room on a 1280×800 screen at 200%.
        """
        if zoom.factor() > 1:
            line = self.browser.fontMetrics().lineSpacing() + 2 * self.browser.frameWidth() + 4
            self.browser.setMinimumHeight(line)
        else:
            self.browser.setMinimumHeight(0)  # Qt's own least

    def eventFilter(self, watched, event) -> bool:
        """A new palette (a dark theme) or style: recolour the lesson with the browser's new colours."""
        if watched is self.try_output and event.type() == QEvent.Type.FontChange:
            self._fit_try_output()
        elif watched is self.browser and event.type() == QEvent.Type.FontChange:
            self._fit_browser_to_zoom()
        elif watched is self.browser and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_style()
            self._render()  # the default style sheet applies to HTML set after it
        return super().eventFilter(watched, event)


def _run_int_grad() -> dict:
    """What torch says to an int64 tensor asked to require grad, and to a float32 one."""
    try:
        import torch
    except Exception as error:  # noqa: BLE001 - any failure to load torch is reported, not raised
        return {"unavailable": f"{type(error).__name__}: {error}"}
    result = {"version": torch.__version__, "error": None, "error_type": None, "int_repr": ""}
    try:
        result["int_repr"] = repr(torch.tensor([1, 2, 3], requires_grad=True))
    except Exception as error:  # noqa: BLE001 - torch raises RuntimeError; show whatever it raises
        result["error"] = str(error)
        result["error_type"] = type(error).__name__
    result["float_repr"] = repr(torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True))
    return result


class LessonColumn(QSplitter):
    """A tab's side column: its lesson above, its controls below; a folded lesson gives up its room."""

    def __init__(self, lesson: LessonPane, below: QWidget, share: float = 0.4, parent: QWidget | None = None):
        """``share``: the part of the column's height the lesson takes at first."""
        super().__init__(Qt.Orientation.Vertical, parent)
        self.share = share
        self._sized = False
        self.setObjectName(f"{lesson.tab}LessonColumn")
        self.lesson = lesson
        self.setChildrenCollapsible(False)
        self.addWidget(lesson)
        self.addWidget(below)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self._open_sizes: list[int] | None = None
        self._widths: tuple[int, int] | None = None  # the least and most width the tab set, at 100%
        lesson.expanded_changed.connect(self._fold)

    def fit_width_to_zoom(self) -> None:
        """The width limits the tab set (380 to 440 pixels, say) grow with the window's zoom.

        As far as ZOOMED_SHARE of the screen, so that the pictures beside the column keep room.
        """
        if self._widths is None:
            self._widths = (self.minimumWidth(), self.maximumWidth())
        least, most = self._widths
        screen = self.screen() or QApplication.primaryScreen()
        cap = round(ZOOMED_SHARE * screen.availableGeometry().width()) if screen is not None else 1 << 16

        def zoomed(width: int) -> int:
            return max(width, min(round(zoom.scaled(width)), cap))  # never narrower than at 100%

        self.setMinimumWidth(zoomed(least))
        if most < NO_WIDTH_LIMIT:
            self.setMaximumWidth(max(zoomed(most), self.minimumWidth()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the window's zoom
            self.fit_width_to_zoom()

    def showEvent(self, event) -> None:
        """Split the height by ``share`` once, after the first layout has given the column its height."""
        super().showEvent(event)
        if self._widths is None:
            self.fit_width_to_zoom()  # the tab has set its limits by now
        if not self._sized:
            self._sized = True
            QTimer.singleShot(0, self, self._first_split)

    @Slot()
    def _first_split(self) -> None:
        total = sum(self.sizes())
        if not self.lesson.expanded():
            self._fold(False)
        elif total > 0:
            self.setSizes([round(total * self.share), total - round(total * self.share)])

    @Slot(bool)
    def _fold(self, expanded: bool) -> None:
        total = sum(self.sizes()) or self.height()
        header = self.lesson.toggle.sizeHint().height() + 4
        if expanded:
            self.setSizes(self._open_sizes or [total // 2, total - total // 2])
        else:
            self._open_sizes = self.sizes()
            self.setSizes([header, max(total - header, 0)])
