"""Light and dark themes: the application's palette, and the colours its plots and graph canvas use.

``apply("system" | "light" | "dark")`` sets Qt's Fusion style with a light or dark palette. The
palette is the one source of truth: every widget receives ``QEvent.PaletteChange`` when it changes,
so the plots and the canvas recolour themselves in ``changeEvent`` (``of(self.palette())``), whether
they were made before or after the switch, and only then: never per frame. Code that is not a
widget listens to ``theme_notifier().changed``. Following "system", a change of the desktop's colour
scheme (``QStyleHints.colorSchemeChanged``) applies the matching palette.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# The choices View → Theme offers; "system" follows the desktop's colour scheme.
THEMES = ("system", "light", "dark")

# The QSettings key under which the menu keeps the choice (read by ``saved()``).
SETTINGS_KEY = "theme"


class ThemeNotifier(QObject):
    """Emits ``changed(effective)`` ("light" or "dark") after ``apply`` has set a palette."""

    changed = Signal(str)


_notifier: ThemeNotifier | None = None
_chosen = "system"


def theme_notifier() -> ThemeNotifier:
    """The one ThemeNotifier, made the first time it is asked for."""
    global _notifier
    if _notifier is None:
        _notifier = ThemeNotifier()
    return _notifier


def chosen() -> str:
    """The name last given to ``apply`` ("system" until then)."""
    return _chosen


def saved() -> str:
    """The theme chosen in View → Theme last time, or "system"."""
    name = QSettings().value(SETTINGS_KEY, "system")
    return name if name in THEMES else "system"


def _check(name: str) -> None:
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}: choose one of {', '.join(THEMES)}")


def effective(name: str) -> str:
    """What ``name`` means now, "light" or "dark" ("system" asks the desktop; unknown means light)."""
    _check(name)
    if name != "system":
        return name
    return "dark" if _system_scheme() == Qt.ColorScheme.Dark else "light"


def _system_scheme() -> Qt.ColorScheme:
    """The desktop's colour scheme (Qt 6.5+); Unknown where the platform does not say."""
    return QGuiApplication.styleHints().colorScheme()


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def of(palette: QPalette) -> str:
    """The theme ``palette`` is in, "light" or "dark": a widget passes its own ``palette()``."""
    return "dark" if is_dark(palette) else "light"


def current() -> str:
    """The theme the application's palette is in now, "light" or "dark"."""
    return of(QApplication.palette())


def apply(name: str) -> str:
    """Fusion style and the palette for ``name`` (one of THEMES); returns "light" or "dark".

    Raises ValueError for any other name, before changing anything.
    """
    global _chosen
    _check(name)
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("apply() needs the QApplication: call gradlab.ui.app.application() first")
    _chosen = name
    _follow_system_scheme()
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    result = effective(name)
    app.setPalette(dark_palette() if result == "dark" else app.style().standardPalette())
    # Qt posts the change to each widget; deliver it now, so that apply() returns with every plot
    # recoloured and ``changed`` comes after them
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
    for widget in QApplication.allWidgets():
        if widget.property(_TINT):
            _apply_tint(widget)
    theme_notifier().changed.emit(result)
    return result


@dataclass(frozen=True)
class TextColors:
    """Coloured words in labels: a quiet note, an error, an agreement (the Check panel's ✓)."""

    note: str
    error: str
    good: str


_TEXT = {
    "light": TextColors(note="#5b636d", error="#c0392b", good="#1e8449"),
    "dark": TextColors(note="#a9b1bb", error="#ff8a7a", good="#6fdc8c"),
}
_TINT = "gradlabTint"


def text_colors(effective_name: str | None = None) -> TextColors:
    """The label colours for "light" or "dark" (default: the theme in use now)."""
    return _TEXT[effective_name or current()]


def tint(widget, role: str) -> None:
    """Colour a label's text as a ``note``, an ``error`` or ``good``, now and after every switch."""
    widget.setProperty(_TINT, role)
    _apply_tint(widget)


def untint(widget) -> None:
    """Give a tinted label back the palette's own text colour."""
    if widget.property(_TINT):
        widget.setProperty(_TINT, "")
        widget.setStyleSheet("")


def _apply_tint(widget) -> None:
    colour = getattr(text_colors(), widget.property(_TINT))
    widget.setStyleSheet(f"color: {colour}")


_following = False


def _follow_system_scheme() -> None:
    """Connect once to the desktop's colour scheme; the slot acts only while "system" is chosen."""
    global _following
    if not _following:
        QGuiApplication.styleHints().colorSchemeChanged.connect(_on_system_scheme_changed)
        _following = True


def _on_system_scheme_changed(_scheme) -> None:
    if _chosen == "system":
        apply("system")


def dark_palette() -> QPalette:
    """Fusion's roles in dark greys: light text, a calm blue highlight, dimmed disabled colours."""
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e6e6e6")
    dimmed = QColor("#7f7f7f")
    highlight = QColor("#3d7bc4")
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: window,
        role.WindowText: text,
        role.Base: base,
        role.AlternateBase: QColor("#262626"),
        role.ToolTipBase: QColor("#3a3a3a"),
        role.ToolTipText: text,
        role.PlaceholderText: QColor("#8f8f8f"),
        role.Text: text,
        role.Button: QColor("#353535"),
        role.ButtonText: text,
        role.BrightText: QColor("#ff6b6b"),
        role.Light: QColor("#4a4a4a"),
        role.Midlight: QColor("#3c3c3c"),
        role.Mid: QColor("#262626"),
        role.Dark: QColor("#1a1a1a"),
        role.Shadow: QColor("#0f0f0f"),
        role.Highlight: highlight,
        role.HighlightedText: QColor("#ffffff"),
        role.Link: QColor("#6cb2ff"),
        role.LinkVisited: QColor("#c39bff"),
        role.Accent: highlight,
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(disabled, colour_role, dimmed)
    palette.setColor(disabled, role.Base, window)
    palette.setColor(disabled, role.Button, QColor("#303030"))
    palette.setColor(disabled, role.Highlight, QColor("#4a4a4a"))
    palette.setColor(disabled, role.Accent, QColor("#4a4a4a"))
    palette.setColor(disabled, role.Light, QColor("#353535"))
    return palette


@dataclass(frozen=True)
class PlotColors:
    """What a pyqtgraph plot is drawn in, for one theme (colours as "#rrggbb" or RGBA tuples)."""

    background: str
    foreground: str  # axes, tick labels, axis titles, legend text
    grid_alpha: float
    line: str  # a neutral curve: f(x) in one variable
    accent: str  # a plot's one curve: the Regression loss, the Graph tab's descent output
    marker: str  # learning-rate changes on the loss plot
    data: tuple[int, int, int, int]  # the data points behind a fit
    fit: str
    optimizers: MappingProxyType  # optimizer kind -> colour, the same hues in both themes
    curves: tuple[str, ...]  # one colour per coefficient


_OPTIMIZERS_LIGHT = {
    "sgd": "#d62728",
    "momentum": "#1f77b4",
    "nesterov": "#17becf",
    "adagrad": "#9467bd",
    "rmsprop": "#ff7f0e",
    "adam": "#2ca02c",
}
# the same hues, lighter: they must read on #1e1e1e as well as the light ones read on white
_OPTIMIZERS_DARK = {
    "sgd": "#ff6b6b",
    "momentum": "#5aa9e6",
    "nesterov": "#3fd5e3",
    "adagrad": "#b99be0",
    "rmsprop": "#ffa04d",
    "adam": "#5ccf5c",
}

_PLOTS = {
    "light": PlotColors(
        background="#ffffff",
        foreground="#969696",  # pyqtgraph's own grey, as the plots had before themes
        grid_alpha=0.2,
        line="#444444",
        accent="#2b6cb0",
        marker="#c0392b",
        data=(120, 120, 120, 140),
        fit="#d62728",
        optimizers=MappingProxyType(_OPTIMIZERS_LIGHT),
        curves=("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"),
    ),
    "dark": PlotColors(
        background="#1e1e1e",
        foreground="#cfcfcf",
        grid_alpha=0.15,
        line="#d8d8d8",
        accent="#63a4ea",
        marker="#f07465",
        data=(170, 170, 170, 150),
        fit="#ff6b6b",
        optimizers=MappingProxyType(_OPTIMIZERS_DARK),
        curves=("#5aa9e6", "#ffa04d", "#5ccf5c", "#ff6b6b", "#b99be0"),
    ),
}


def plot_colors(effective_name: str) -> PlotColors:
    """The plot colours for "light" or "dark"."""
    return _PLOTS[effective_name]


@dataclass(frozen=True)
class CanvasColors:
    """What the Graph tab's canvas is drawn in, for one theme."""

    background: QColor
    paper: QColor  # behind an exported PNG
    variable: QColor  # box fills, by the node's kind
    constant: QColor
    operation: QColor
    border: QColor
    output: QColor
    current: QColor  # the step being shown
    text: QColor
    muted: QColor
    grad: QColor
    warning: QColor  # a value that is inf or nan
    edge: QColor
    edge_done: QColor


def _canvas(**colours: str) -> CanvasColors:
    return CanvasColors(**{name: QColor(value) for name, value in colours.items()})


_CANVAS = {
    "light": _canvas(
        background="#f6f8fb",
        paper="#ffffff",
        variable="#dcebfa",
        constant="#ececec",
        operation="#ffffff",
        border="#5b6b7f",
        output="#2e8b57",
        current="#f28c28",
        text="#1d2430",
        muted="#6b7785",
        grad="#b03a2e",
        warning="#d7263d",
        edge="#7b8794",
        edge_done="#b03a2e",
    ),
    "dark": _canvas(
        background="#1c1f24",
        paper="#1c1f24",
        variable="#223a54",
        constant="#383b40",
        operation="#2b3038",
        border="#8193a8",
        output="#3cb371",
        current="#f5a04a",
        text="#e6e9ee",
        muted="#9aa5b1",
        grad="#ff8a7a",
        warning="#ff5c6c",
        edge="#8d99a6",
        edge_done="#f07465",
    ),
}


def canvas_colors(effective_name: str) -> CanvasColors:
    """The graph canvas's colours for "light" or "dark"."""
    return _CANVAS[effective_name]


def style_plot(plot, colors: PlotColors) -> None:
    """Background, axes (lines, ticks, titles) and legend text of a pyqtgraph PlotWidget in ``colors``."""
    plot.setBackground(colors.background)
    item = plot.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(colors.foreground)
        axis.setTextPen(colors.foreground)  # the axis title takes this colour too
    if item.legend is not None:
        item.legend.setLabelTextColor(colors.foreground)  # for labels added from now on
        for sample, label in item.legend.items:
            label.setText(label.text)  # the labels already there render again in that colour
            sample.update()  # and the line samples with their curves' new pens
    title = item.titleLabel
    title.setAttr("color", colors.foreground)  # for titles set from now on
    if title.text:
        title.setText(title.text)  # the title there renders again, shown or hidden as it was
