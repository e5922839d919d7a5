"""A row of buttons that wraps onto a second row when the window is narrow (or its text zoomed).

``FlowLayout`` takes the calls a ``QHBoxLayout`` row of controls makes (``addWidget(widget,
stretch)``, ``addSpacing``), so a bar can swap one for the other. It lays its widgets out left to
right at their preferred widths and starts a new row where the next one would not fit; a widget
added with a stretch takes what its row leaves. Its least width is its widest widget's, so it
never widens the window: at 200% on a 1280-pixel screen the Graph tab's step bar takes two rows.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget

_NO_LIMIT = (1 << 24) - 1  # QWIDGETSIZE_MAX


class FlowLayout(QLayout):
    """Widgets in rows, wrapped where the width ends; a stretchy widget fills its row's rest."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[list] = []  # [item, stretch]

    # --- what QHBoxLayout's callers use -------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append([item, 0])

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802 - Qt's name
        super().addWidget(widget)  # makes the item through addItem
        self._items[-1][1] = stretch

    def addSpacing(self, size: int) -> None:  # noqa: N802 - QBoxLayout's name
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    # --- QLayout ------------------------------------------------------------------------------

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index][0] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index)[0] if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Everything on one row."""
        shown = self._shown()
        width = sum(self._width(item, _NO_LIMIT) for item, _ in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item, _ in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest widget on a row of its own: narrower than that, a widget would be cut."""
        shown = self._shown()
        width = max((self._width(item, _NO_LIMIT) for item, _ in shown), default=0)
        height = max((item.minimumSize().height() for item, _ in shown), default=0)
        return self._with_margins(QSize(width, height))

    # --- the arrangement ----------------------------------------------------------------------

    def _shown(self) -> list[list]:
        return [entry for entry in self._items if not entry[0].isEmpty()]  # a hidden widget takes no room

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) if style else 6

    @staticmethod
    def _width(item: QLayoutItem, room: int) -> int:
        """The item's width on a row of ``room``: its preferred one (a slider that grows: its largest)."""
        hint, least, most = item.sizeHint().width(), item.minimumSize().width(), item.maximumSize().width()
        if item.expandingDirections() & Qt.Orientation.Horizontal and most < _NO_LIMIT:
            hint = most
        return max(min(max(hint, least), most, room), 0)

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in ``rect`` (if ``place``); the height that takes."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap, room = self._gap(), max(area.width(), 1)
        rows: list[list] = []
        used = 0
        for item, stretch in self._shown():
            width = self._width(item, room)
            if rows and used + gap + width > room:
                rows.append([])
                used = 0
            elif not rows:
                rows.append([])
            used += (gap if rows[-1] else 0) + width
            rows[-1].append([item, stretch, width])
        y = area.y()
        for row in rows:
            left = room - sum(width for _, _, width in row) - gap * (len(row) - 1)
            stretches = sum(stretch for _, stretch, _ in row)
            for entry in row:
                if stretches and left > 0:
                    entry[2] += left * entry[1] // stretches
            height = max(self._height(item, width) for item, _, width in row)
            x = area.x()
            for item, _, width in row:
                if place:
                    own = min(self._height(item, width), height)
                    item.setGeometry(QRect(x, y + (height - own) // 2, width, own))
                x += width + gap
            y += height + gap
        return (y - gap if rows else y) - area.y() + margins.top() + margins.bottom()
