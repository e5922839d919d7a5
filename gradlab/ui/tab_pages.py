"""The window's tabs, each made when it is first needed, so that the window comes first.

The tab shown at start is made with the window; the others are made one at a time just after the
window's first paint (each in its own turn of the event loop, so the window stays responsive), or
at once when something asks for them (the user switches to one, a session is opened, a test looks).
A tab not made yet has a blank page of its own in the tab bar, with the tab's title.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker, QTimer, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget


class TabPages(QObject):
    """Makes each tab's widget on demand and puts it in its place in ``tabs``; ``made(name)`` says so."""

    made = Signal(str)

    def __init__(self, tabs: QTabWidget, makers: dict[str, tuple[Callable[[], QWidget], str]]):
        """``makers``: for each tab's name, in order, the function that makes it and its title."""
        super().__init__(tabs)
        self.tabs = tabs
        self._makers = makers
        self._made: dict[str, QWidget] = {}
        self._order = list(makers)
        for name, (_make, title) in makers.items():
            blank = QWidget()
            blank.setObjectName(f"{name}TabNotYetMade")
            tabs.addTab(blank, title)
        tabs.currentChanged.connect(self._shown)

    def names(self) -> list[str]:
        return list(self._order)

    def is_made(self, name: str) -> bool:
        return name in self._made

    def made_tabs(self) -> dict[str, QWidget]:
        """The tabs made so far, by name, in the tab bar's order."""
        return {name: self._made[name] for name in self._order if name in self._made}

    def get(self, name: str) -> QWidget:
        """The tab called ``name``, made now if it was not yet."""
        if name not in self._made:
            self._make(name)
        return self._made[name]

    def make_all(self) -> dict[str, QWidget]:
        return {name: self.get(name) for name in self._order}

    def make_the_rest_soon(self, then: Callable[[], None] | None = None) -> None:
        """Make the tabs not made yet, one per turn of the event loop; then call ``then``."""
        QTimer.singleShot(0, lambda: self._make_next(then))

    def _make_next(self, then: Callable[[], None] | None) -> None:
        waiting = [name for name in self._order if name not in self._made]
        if waiting:
            self._make(waiting[0])
        if len(waiting) > 1:
            QTimer.singleShot(0, lambda: self._make_next(then))
        elif then is not None:
            QTimer.singleShot(0, then)

    @Slot(int)
    def _shown(self, index: int) -> None:
        if 0 <= index < len(self._order):
            self.get(self._order[index])

    def _make(self, name: str) -> None:
        make, title = self._makers[name]
        tab = make()
        index = self._order.index(name)
        self._made[name] = tab
        with QSignalBlocker(self.tabs):  # the page is swapped, the user's place stays as it was
            current = self.tabs.currentIndex()
            blank = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, title)
            self.tabs.setCurrentIndex(current)
        blank.setParent(None)  # gone from the window at once, not only once deleted
        blank.deleteLater()
        self.made.emit(name)
