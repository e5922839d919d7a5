"""Tabs made on demand: at once when asked for, otherwise in steps (import, make, finish), a turn each."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from gradlab.ui.tab_pages import TabPages

TABS = """
from fake_events import events
from PySide6.QtWidgets import QLabel

events.append("import")


class Heavy(QLabel):
    # a tab that leaves part of its making to finish_making()

    def __init__(self):
        super().__init__(type(self).__name__)
        events.append(f"make {self.text()}")

    def finish_making(self):
        events.append(f"finish {self.text()}")


class A(Heavy): pass
class B(Heavy): pass
class C(Heavy): pass


class Plain(QLabel):
    def __init__(self):
        super().__init__("plain")
        events.append("make plain")
"""


@pytest.fixture
def events(tmp_path, monkeypatch) -> list:
    """What the fake tabs' module did, in order: imported, each tab made and finished."""
    log: list = []
    monkeypatch.setitem(sys.modules, "fake_events", types.SimpleNamespace(events=log))
    (tmp_path / "fake_tabs.py").write_text(TABS)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "fake_tabs", raising=False)
    yield log
    sys.modules.pop("fake_tabs", None)


def pages_of(qtbot) -> tuple[QTabWidget, TabPages]:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    where = {name: (f"fake_tabs.{name.title()}", name.title()) for name in ("a", "b", "c", "plain")}
    return tabs, TabPages(tabs, where)


def test_in_the_background_each_step_of_making_a_tab_has_a_turn_of_its_own(qtbot, events):
    tabs, pages = pages_of(qtbot)
    assert events == [] and tabs.count() == 4 and tabs.widget(1).objectName() == "bTabNotYetMade"
    done = []
    pages.make_the_rest_soon(then=lambda: done.append(True))
    assert events == []  # nothing yet: the first comes in the event loop's next turn
    qtbot.waitUntil(lambda: bool(done))
    assert events == [
        "import",
        "make A",
        "finish A",
        "make B",
        "finish B",
        "make C",
        "finish C",
        "make plain",
    ]
    assert [tabs.tabText(i) for i in range(4)] == ["A", "B", "C", "Plain"]
    assert tabs.widget(1) is pages.get("b") and len(events) == 8  # made once, finished once


def test_a_tab_asked_for_is_made_and_finished_at_once(qtbot, events):
    tabs, pages = pages_of(qtbot)
    made = []
    pages.made.connect(lambda name: made.append((name, pages.peek(name).text(), list(events))))
    tab = pages.get("b")
    assert events == ["import", "make B", "finish B"] and tabs.widget(1) is tab
    assert made == [("b", "B", ["import", "make B"])]  # told as made before it was finished: peek, not get
    tabs.setCurrentIndex(2)  # switching to a blank page makes its tab
    assert events[-2:] == ["make C", "finish C"] and tabs.currentWidget() is pages.peek("c")


def test_a_tab_made_in_the_background_is_finished_if_asked_for_before_its_turn(qtbot, events):
    _tabs, pages = pages_of(qtbot)
    seen = []
    # asked for as soon as it is made, before the turn that would have finished it
    pages.made.connect(lambda name: seen.append(list(events)) or pages.get(name))
    pages.make_the_rest_soon()
    qtbot.waitUntil(lambda: "make plain" in events)
    assert seen[0] == ["import", "make A"] and events[:3] == ["import", "make A", "finish A"]
    assert events.count("finish A") == 1 and events.count("finish C") == 1


def test_the_descent_tab_made_after_the_first_paint_draws_its_map_in_a_later_turn(qtbot):
    from gradlab.ui.main_window import MainWindow

    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    assert not window.pages.is_made("descent")
    window.show()
    qtbot.waitUntil(lambda: window.pages.is_made("descent"))
    tab = window.pages.peek("descent")
    assert isinstance(tab, QWidget) and not tab._function_shown and tab.map.image is None
    qtbot.waitUntil(lambda: tab._function_shown)
    assert tab.map.image is not None and tab.table.rowCount() == len(tab.runs)
    window.torch_loader.wait()
    window.close()
