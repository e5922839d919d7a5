"""The window's tabs, each made when it is first needed, so that the window comes first.

The tab shown at start is made with the window; the others are made just after the window's first
paint, in small steps, each in its own turn of the event loop so that the window stays responsive:
a tab's module is imported, then the tab is made, then its heaviest drawing is done (a tab may
leave that to a ``finish_making()`` method: the Descent tab's map and contours). When something
asks for a tab (the user switches to it, a session is opened, a test looks) all of that happens
at once. A tab not made yet has a blank page of its own in the tab bar, with the tab's title.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker, QTimer, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QWidget


class TabPages(QObject):
    """Makes each tab's widget on demand and puts it in its place in ``tabs``; ``made(name)`` says so."""

    made = Signal(str)  # the tab exists (its finish_making() may be yet to come: see peek)

    def __init__(self, tabs: QTabWidget, pages: dict[str, tuple[str, str]]):
        """``pages``: for each tab's name, in order, its class ("package.module.Class") and its title."""
        super().__init__(tabs)
        self.tabs = tabs
        self._pages = pages
        self._made: dict[str, QWidget] = {}
        self._unfinished: set[str] = set()  # made, but not their finish_making() yet
        self._order = list(pages)
        for name, (_where, title) in pages.items():
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
        """The tab called ``name``, made (and finished) now if it was not yet."""
        if name not in self._made:
            self._make(name)
        self._finish(name)
        return self._made[name]

    def peek(self, name: str) -> QWidget:
        """The tab called ``name`` as it is, finished or not: for wiring it up when ``made`` says so."""
        return self._made[name]

    def make_all(self) -> dict[str, QWidget]:
        return {name: self.get(name) for name in self._order}

    def make_the_rest_soon(self, then: Callable[[], None] | None = None) -> None:
        """Make the tabs not made yet, a step per turn of the event loop; then call ``then``."""
        QTimer.singleShot(0, lambda: self._make_next(then))

    def _make_next(self, then: Callable[[], None] | None) -> None:
        for name in self._order:
            if name not in self._made or name in self._unfinished:
                self._step(name)
                QTimer.singleShot(0, lambda: self._make_next(then))
                return
        if then is not None:
            then()

    def _step(self, name: str) -> None:
        """One step of making a tab: import its module, or make it, or finish it."""
        module, _, _class = self._pages[name][0].rpartition(".")
        if name in self._made:
            self._finish(name)
        elif module not in sys.modules:
            importlib.import_module(module)
        else:
            self._make(name)

    @Slot(int)
    def _shown(self, index: int) -> None:
        if 0 <= index < len(self._order):
            self.get(self._order[index])

    def _make(self, name: str) -> None:
        where, title = self._pages[name]
        module, _, class_name = where.rpartition(".")
        tab = getattr(importlib.import_module(module), class_name)()
        index = self._order.index(name)
        self._made[name] = tab
        if hasattr(tab, "finish_making"):
            self._unfinished.add(name)
        with QSignalBlocker(self.tabs):  # the page is swapped, the user's place stays as it was
            current = self.tabs.currentIndex()
            blank = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, tab, title)
            self.tabs.setCurrentIndex(current)
        blank.setParent(None)  # gone from the window at once, not only once deleted
        blank.deleteLater()
        self.made.emit(name)

    def _finish(self, name: str) -> None:
        if name in self._unfinished:
            self._unfinished.discard(name)
            self._made[name].finish_making()
