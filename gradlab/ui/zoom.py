"""Projector scale: View → Zoom In, Zoom Out and Actual Size make every text in the window larger.

One factor for the whole application, one of STEPS. ``apply(factor)`` sets the application's
font, which every widget that does not set its own follows (labels, buttons, menus, tables, the
lessons), and rescales the few widgets that set a font size of their own (the fixed-width panes):
each keeps its size at 100% in a property and is shown at that size times the factor.

The pictures follow through ``QEvent.FontChange``, which every widget that inherits the
application's font receives when it changes: the plots' axes, ticks, legends and titles
(``plots.ThemedPlot``), the graph canvas (its boxes drawn larger) and the network view's titles,
each reading the factor from ``factor()``. The choice is kept in QSettings under SETTINGS_KEY.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

# The scales offered, as factors of the desktop's own font size (1.0: "Actual Size").
STEPS = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5)

# The QSettings key under which the View menu keeps the factor (read by ``saved()``).
SETTINGS_KEY = "view/zoom"

_BASE = "gradlabZoomBase"  # a widget's own font size at 100%: points, or pixels as a negative number
_SIZE_SET = 0x0002  # QFont::SizeResolved (PySide6 has no name for it): a font whose size was set


class ZoomNotifier(QObject):
    """Emits ``changed(factor)`` after ``apply`` has scaled the fonts."""

    changed = Signal(float)


_notifier: ZoomNotifier | None = None
_factor = 1.0
_base_font: QFont | None = None  # the application's font at 100%, taken at the first ``apply``


def zoom_notifier() -> ZoomNotifier:
    """The one ZoomNotifier, made the first time it is asked for."""
    global _notifier
    if _notifier is None:
        _notifier = ZoomNotifier()
    return _notifier


def factor() -> float:
    """The scale in use now (1.0 until ``apply`` is given another)."""
    return _factor


def percent(value: float | None = None) -> int:
    """A factor (default: the one in use) as a whole percentage: 1.25 → 125."""
    return round(100 * (_factor if value is None else value))


def saved() -> float:
    """The scale chosen last time (View → Zoom), or 1.0 if none or not one of STEPS."""
    try:
        value = float(QSettings().value(SETTINGS_KEY, 1.0))
    except (TypeError, ValueError):
        return 1.0
    return value if value in STEPS else 1.0


def larger(value: float | None = None) -> float | None:
    """The next step up from ``value`` (default: the one in use), None at the largest."""
    value = _factor if value is None else value
    return next((step for step in STEPS if step > value), None)


def smaller(value: float | None = None) -> float | None:
    """The next step down from ``value`` (default: the one in use), None at 100%."""
    value = _factor if value is None else value
    return next((step for step in reversed(STEPS) if step < value), None)


def scaled(size: float) -> float:
    """``size`` (points or pixels at 100%) at the scale in use."""
    return size * _factor


def apply(value: float) -> float:
    """Show every text at ``value`` (one of STEPS) times its size at 100%; returns ``value``.

    Raises ValueError for any other value, before changing anything.
    """
    global _factor, _base_font
    if value not in STEPS:
        raise ValueError(f"unknown zoom {value!r}: choose one of {', '.join(map(str, STEPS))}")
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("apply() needs the QApplication: call gradlab.ui.app.application() first")
    if _base_font is None:
        _base_font = QFont(app.font())
    _factor = value
    app.setFont(_sized(_base_font, _base_size(_base_font)))
    # Qt posts the change to each widget; deliver it now, so that apply() returns with every picture
    # redrawn at the new size and ``changed`` comes after them
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    for widget in QApplication.allWidgets():
        _scale_own_font(widget)
        if widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet):
            _restyle(widget)
    zoom_notifier().changed.emit(value)
    return value


def scale_own_fonts(root: QWidget) -> None:
    """Show the widgets in ``root`` that set a font size of their own at the scale in use.

    For widgets made after ``apply`` (a tab made later, a dialog): their size as set is taken as
    their size at 100%.
    """
    for widget in (root, *root.findChildren(QWidget)):
        _scale_own_font(widget)


def set_own_font(widget: QWidget, font: QFont) -> None:
    """Give ``widget`` ``font`` (its size at 100%), shown at the scale in use, now and after each zoom."""
    widget.setProperty(_BASE, _base_size(font))
    widget.setFont(_sized(font, _base_size(font)))


def _base_size(font: QFont) -> float:
    return font.pointSizeF() if font.pointSizeF() > 0 else -float(font.pixelSize())


def _sized(font: QFont, base: float) -> QFont:
    """``font`` at ``base`` (points; pixels if negative) times the scale in use."""
    font = QFont(font)
    if base > 0:
        font.setPointSizeF(base * _factor)
    else:
        font.setPixelSize(max(1, round(-base * _factor)))
    return font


def _restyle(widget: QWidget) -> None:
    """A widget under a style sheet (a tinted label) keeps its font: it takes the new one when polished."""
    if widget.styleSheet():
        widget.setStyleSheet(widget.styleSheet())
    else:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _scale_own_font(widget: QWidget) -> None:
    if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
        return  # it follows its parent's font, and so the application's
    font = widget.font()
    if not font.resolveMask() & _SIZE_SET:
        return  # its own font (bold, say) at the inherited size
    base = widget.property(_BASE)
    if base is None:  # first seen: its size as set is its size at 100%
        base = _base_size(font)
        widget.setProperty(_BASE, base)
    wanted = _sized(font, float(base))
    if wanted != font:
        widget.setFont(wanted)
