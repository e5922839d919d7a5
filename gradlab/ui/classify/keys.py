"""What the Neural Network tab's colours and keys mean: the map's colour bar, the keys' texts, the F1 list.

The plane and the network show their colours' meaning in a short key under each picture
(``ColourBar`` beside a ``MessageLabel`` that wraps and, when cut, keeps its whole text in the
tooltip); ``view_keys`` lists the keys of the two pictures for Help → Keyboard Shortcuts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...translation import QT_TRANSLATE_NOOP, translate
from .. import theme
from . import palette


class ColourBar(QWidget):
    """The heat map's colours from a −1 score (orange, left) through the boundary to +1 (blue, right)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("classifyColourBar")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(64, 12)

    def _retranslate(self) -> None:
        text = self.tr(
            "The map's colours: orange, the class −1 side; blue, the class +1 side; deeper, a larger score"
        )
        self.setToolTip(text)
        self.setAccessibleName(text)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        effective = theme.of(self.palette())
        lut = palette.diverging_lut(effective, strength=0.55)
        image = QImage(lut.tobytes(), 256, 1, 4 * 256, QImage.Format.Format_RGBA8888)
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawImage(rect, image)
        painter.setPen(QPen(QColor(palette.colors(effective).muted), 1))
        painter.drawRect(rect)
        middle = rect.center().x()
        painter.drawLine(int(middle), 0, int(middle), self.height())  # the boundary

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.update()


def plane_key() -> str:
    return translate(
        "classify.keys",
        "Blue: the class +1 side, orange: the −1 side, deeper: a larger score. Solid line: the boundary; "
        "dashed: the margins; arrows: the pulls of the wrong points.",
    )


def network_key() -> str:
    return translate(
        "classify.keys",
        "Lines: blue a positive weight, orange a negative one, thicker a larger one. Each box: that "
        "neuron's output over the plane (click it to see it large).",
    )


def view_keys() -> list[tuple[str, str]]:
    """(what, keys) for the plane's and the network's keys, as Help → Keyboard Shortcuts lists them."""
    rows = [
        (
            QT_TRANSLATE_NOOP(
                "classify.keys",
                "Plane: add a point of class +1 / −1 (at the selected point, else the middle)",
            ),
            "+ / -, Insert / Shift+Insert",
        ),
        (QT_TRANSLATE_NOOP("classify.keys", "Plane: select the next / previous point"), "→ / ←"),
        (QT_TRANSLATE_NOOP("classify.keys", "Plane: move the selected point"), "Shift+↑ ↓ ← →"),
        (
            QT_TRANSLATE_NOOP("classify.keys", "Plane: the selected point's menu (open it in the Graph tab)"),
            "Menu, Shift+F10",
        ),
        (QT_TRANSLATE_NOOP("classify.keys", "Plane: remove the selected point"), "Delete"),
        (QT_TRANSLATE_NOOP("classify.keys", "Plane: show the whole map again (Fit)"), "Home"),
        (
            QT_TRANSLATE_NOOP("classify.keys", "Network: select a weight or a neuron's bias"),
            "↑ ↓ ← →",
        ),
        (QT_TRANSLATE_NOOP("classify.keys", "Network: type a new value for it"), "Enter, F2"),
        (QT_TRANSLATE_NOOP("classify.keys", "Network: show the selected neuron's map large"), "Space"),
    ]
    return [(translate("classify.keys", what), keys) for what, keys in rows]
