"""The plane's keys: add a point, move the selected one, open its menu, remove it, undo, Fit.

``PlaneKeys`` is part of ``PlaneView`` (a mixin): it turns keys into the view's requests, as its
mouse does. Delete, Ctrl+Z and the adding keys are taken before a window's shortcut while the
plane has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeySequence

KEY_STEP = 0.02  # Shift+arrow moves the selected point this share of the view's width or height
CTRL = Qt.KeyboardModifier.ControlModifier
ADDED_OFFSET = 0.04  # a point added by a key beside the selected one: this share of the view away


class PlaneKeys:
    """The keyboard of ``PlaneView`` (which gives the signals, the plot and the points)."""

    def event(self, event) -> bool:
        # take Delete and Ctrl+Z before a window's shortcut does, while this view has the focus
        if event.type() == QEvent.Type.ShortcutOverride and self._is_ours(event):
            event.accept()
            return True
        return super().event(event)

    def _is_ours(self, event) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo):
            return True
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus) and event.modifiers() & CTRL:
            return False  # Ctrl++ and Ctrl+- are the window's zoom
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Insert, Qt.Key.Key_Home, Qt.Key.Key_Menu):
            return True
        return key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_F10) and self.selected is not None

    def keyPressEvent(self, event) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected is not None:
            self._remove(self.selected)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Insert) and not event.modifiers() & CTRL:
            minus = key == Qt.Key.Key_Minus or (key == Qt.Key.Key_Insert and shift)
            self._add_by_key(-1 if minus else 1)
        elif key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and shift):
            if self.selected is not None and self._drawable(self.selected):
                where = self.plot.mapFromScene(self.scene_position(*self.xy[self.selected]))
                self._open_menu(self.selected, QPointF(self.plot.viewport().mapToGlobal(where)))
        elif key == Qt.Key.Key_Home:
            self.fit()
        elif shift and key in arrows and self.selected is not None and self._drawable(self.selected):
            (x0, x1), (y0, y1) = self.plot.getViewBox().viewRange()
            dx, dy = arrows[key]
            x, y = self.xy[self.selected]
            self.move_requested.emit(
                self.selected, x + dx * KEY_STEP * (x1 - x0), y + dy * KEY_STEP * (y1 - y0)
            )
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and len(self.xy):
            step = 1 if key == Qt.Key.Key_Right else -1
            start = self.selected if self.selected is not None else (-1 if step > 0 else 0)
            self.selected = (start + step) % len(self.xy)
            self._draw_rings()
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.selected = None
            self._draw_rings()
        else:
            super().keyPressEvent(event)

    def _add_by_key(self, label: int) -> None:
        """A point of ``label`` beside the selected point, else in the middle of the view; then selected."""
        (x0, x1), (y0, y1) = self.plot.getViewBox().viewRange()
        if self.selected is not None and self._drawable(self.selected):
            x, y = self.xy[self.selected]
            x, y = x + ADDED_OFFSET * (x1 - x0), y + ADDED_OFFSET * (y1 - y0)
        else:
            x, y = (x0 + x1) / 2, (y0 + y1) / 2
        self.select_added = True
        self.add_requested.emit(float(x), float(y), label)

    def _remove(self, index: int) -> None:
        self.selected = None
        self._draw_rings()
        self.remove_requested.emit(index)
