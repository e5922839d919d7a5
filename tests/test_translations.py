"""The Traditional Chinese translation: complete, compiled, up to date with the code, and switchable live."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtWidgets import QLineEdit

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "gradlab_zh_TW.ts"
QM = FOLDER / "gradlab_zh_TW.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]*[^{}]*\}")


def qt_tool(name: str) -> str:
    """PySide6's lupdate or lrelease: the pyside6-* wrapper on PATH, else the binary in the package."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    return str(Path(PySide6.__file__).parent / name)


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def test_every_message_is_translated():
    unfinished = [
        (context, source[:60])
        for context, source, translation in messages(TS)
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_translations_keep_placeholders_mnemonics_and_shortcuts():
    for context, source, translation in messages(TS):
        text = translation.text or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), (context, source)
        assert source.count("&") == text.count("&") or "&amp;" in source, (context, source)
        if re.fullmatch(r"(Ctrl\+|Shift\+|Alt\+)*(F\d+|[A-Z0-9])", source):
            assert text == source, f"{source!r} is a key sequence, not words"


def test_two_different_sources_never_share_a_translation_in_one_context():
    """A live switch maps each shown text back to its source; that needs the mapping to be one-to-one."""
    seen: dict[tuple[str, str], str] = {}
    for context, source, translation in messages(TS):
        key = (context, translation.text or "")
        assert seen.setdefault(key, source) == source, (context, translation.text)


def test_the_qm_is_the_compiled_ts(tmp_path):
    """Fails when the .ts was edited (is newer) and the .qm not rebuilt with pyside6-lrelease."""
    compiled = tmp_path / "fresh.qm"
    result = subprocess.run(
        [qt_tool("lrelease"), str(TS), "-qm", str(compiled)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert QM.read_bytes() == compiled.read_bytes(), "run: pyside6-lrelease " + str(TS.relative_to(ROOT))


@pytest.mark.slow
def test_the_ts_holds_every_string_in_the_code(tmp_path):
    """lupdate over today's code finds nothing new: every tr()/translate() string is in the .ts."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "gradlab").rglob("*.py"))
    result = subprocess.run(
        [qt_tool("lupdate"), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    before = {(c, s) for c, s, _ in messages(TS)}
    after = {(c, s) for c, s, _ in messages(copy)}
    assert sorted(after - before)[:10] == [], "new strings: run pyside6-lupdate and translate them"
    assert sorted(before - after)[:10] == [], "strings gone from the code: run pyside6-lupdate -no-obsolete"


def test_no_empty_context():
    """A ``tr = self.tr`` alias makes lupdate file strings under no context, where Qt never looks."""
    assert all(context for context, _, _ in messages(TS))


# --- switching in the window ----------------------------------------------------------------------


@pytest.fixture
def english_afterwards():
    yield
    from gradlab.ui.language import Language

    Language.instance().switch("en")


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_switching_language_retranslates_the_window_and_keeps_the_work(
    make_main_window, qtbot, english_afterwards
):
    from PySide6.QtWidgets import QLineEdit, QToolButton

    window = make_main_window()
    graph = window.graph_tab
    graph.findChild(QLineEdit, "graphExpressionEdit").setText("a*b + exp(c)")
    graph.findChild(QLineEdit, "graphValuesEdit").setText("a=2, b=-1.5, c=4")
    graph.build_from_text()
    graph.step_forward()
    graph.reset()  # the log now holds a "— new walk —" line: words, unlike the chain-rule lines
    graph.step_forward()
    graph.step_forward()
    spec, steps = graph.graph.to_spec(), len(graph.stepper.history)
    build = graph.findChild(QToolButton, "graphBuildButton")
    assert build.text() == "Build"
    english_log = graph.log.toPlainText()

    window.findChild(type(window.quit_action), "language_zh_TW_Action").trigger()
    assert window.language.code == "zh_TW"
    assert has_chinese(build.text())
    assert has_chinese(window.tabs.tabText(0)) and has_chinese(window.menuBar().actions()[0].text())
    assert has_chinese(graph.lesson.toggle.text())
    assert graph.graph.to_spec() == spec and len(graph.stepper.history) == steps
    qtbot.waitUntil(lambda: graph.log.toPlainText() != english_log)  # redrawn on QEvent.LanguageChange
    assert has_chinese(graph.log.toPlainText().splitlines()[1])
    assert graph.log.toPlainText().splitlines()[2:] == english_log.splitlines()[2:]
    assert has_chinese(window.windowTitle())  # "Untitled" translated

    from PySide6.QtCore import QSettings

    assert QSettings().value("language") == "zh_TW"

    window.findChild(type(window.quit_action), "language_en_Action").trigger()
    assert build.text() == "Build" and window.tabs.tabText(0) == "&Graph"
    qtbot.waitUntil(lambda: graph.log.toPlainText() == english_log)
    assert graph.graph.to_spec() == spec


def test_core_messages_follow_the_language(make_main_window, qtbot, english_afterwards):
    """An expression typo's message comes from the engine (no Qt there) and still reads Chinese."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    window = make_main_window()
    window.language.switch("zh_TW")
    graph = window.graph_tab
    graph.findChild(QLineEdit, "graphExpressionEdit").setText("x +* y")
    graph.build_from_text()
    error = graph.findChild(QLabel, "graphExpressionError")
    assert error.isVisible()
    message = error.text().split(":", 1)[1]  # after "✗ in the expression:", the engine's own words
    assert has_chinese(message), message


@pytest.mark.parametrize("locale, chinese", [("zh_TW.UTF-8", True), ("en_US.UTF-8", False)])
def test_the_first_start_follows_the_system_locale(tmp_path, locale, chinese):
    import os
    import sys

    program = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from gradlab.ui.app import application; from gradlab.ui.main_window import MainWindow;"
        "application(); print(MainWindow(remember=False).tabs.tabText(0))"
    )
    env = {**os.environ, "LANG": locale, "LC_ALL": locale, "LANGUAGE": "", "XDG_CONFIG_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert has_chinese(result.stdout) == chinese, result.stdout


def test_pyqtgraph_menus_read_chinese_too(make_main_window, english_afterwards):
    """pyqtgraph asks Qt for its menu texts; gradlab's catalogue answers (see ui/pyqtgraph_texts.py)."""
    window = make_main_window()
    window.language.switch("zh_TW")
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    try:
        assert plot.getViewBox().menu.viewAll.text() == "顯示全部"
        assert has_chinese(plot.sceneObj.contextMenu[0].text())
    finally:
        plot.close()
        plot.deleteLater()


def texts(window) -> dict:
    """Every text the window shows (not what was typed), by widget and property."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QTabWidget

    found = {}
    for widget in QApplication.allWidgets():
        if widget.window() is not window or not widget.objectName():
            continue
        key = widget.objectName()
        found[key, "tip"] = widget.toolTip()
        if isinstance(widget, (QAbstractButton, QLabel)):
            found[key, "text"] = widget.text()
        if isinstance(widget, QComboBox):
            found[key, "items"] = [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found[key, "tabs"] = [widget.tabText(i) for i in range(widget.count())]
    for action in window.findChildren(type(window.quit_action)):
        found[action.objectName() or action.text(), "action"] = (action.text(), action.toolTip())
    return found


def checked(qtbot, window) -> None:
    """Wait until the walk is done and the Check panel's worker has answered, in any language."""
    panel = window.graph_tab.check_panel

    def answered() -> bool:
        shown = panel._shown
        return bool(shown) and all(r.torch is not None and r.numeric is not None for r in shown[0])

    qtbot.waitUntil(lambda: window.graph_tab.stepper.done)
    qtbot.waitUntil(answered, timeout=60_000)


def settle() -> None:
    """Deliver what a switch posted (each widget's LanguageChange) and what that set off."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()


def test_there_and_back_again_every_text_is_as_before(make_main_window, qtbot, english_afterwards):
    window = make_main_window()
    qtbot.waitUntil(lambda: window.descent_tab.ready and window.regression_tab.ready, timeout=60_000)
    window.graph_tab.run_backward()
    checked(qtbot, window)
    window.graph_tab.findChild(QLineEdit, "graphExpressionEdit").setText("x +* y")
    window.graph_tab.build_from_text()  # an error on show, to be said again in each language
    settle()
    english = texts(window)
    for _ in range(2):
        window.language.switch("zh_TW")
        settle()
        chinese = texts(window)
        window.language.switch("en")
        settle()
    after = texts(window)
    changed = {k: (v, after.get(k)) for k, v in english.items() if after.get(k) != v}
    assert changed == {}
    same = sorted(
        str((k, v)) for k, v in chinese.items() if v and v == english.get(k) and not has_chinese(str(v))
    )
    print("\n".join(same))
    assert len(same) < 40, same  # names, numbers and formulas stay; words do not
    assert has_chinese(chinese["graphExpressionError", "text"])
    assert has_chinese(chinese["descentOptimizersgdCheck", "text"])
    assert has_chinese(chinese["graphRunBackwardButton", "tip"])


@pytest.mark.parametrize("start, switch_to", [("en", "zh_TW"), ("zh_TW", "en")])
def test_a_switched_window_reads_like_one_opened_in_that_language(
    make_main_window, qtbot, english_afterwards, start, switch_to
):
    from gradlab.ui.language import Language

    Language.instance().switch(start)
    switched = make_main_window()
    qtbot.waitUntil(lambda: switched.descent_tab.ready and switched.regression_tab.ready, timeout=60_000)
    switched.graph_tab.run_backward()
    checked(qtbot, switched)
    Language.instance().switch(switch_to)
    settle()
    fresh = make_main_window()
    qtbot.waitUntil(lambda: fresh.descent_tab.ready and fresh.regression_tab.ready, timeout=60_000)
    fresh.graph_tab.run_backward()
    checked(qtbot, fresh)
    settle()
    a, b = texts(switched), texts(fresh)
    assert {k: (a.get(k), v) for k, v in b.items() if a.get(k) != v} == {}


def test_the_check_panel_is_said_again_not_computed_again(make_main_window, qtbot, english_afterwards):
    from PySide6.QtWidgets import QLabel

    window = make_main_window()
    graph = window.graph_tab
    graph.run_backward()
    note = graph.findChild(QLabel, "graphCheckNote")
    qtbot.waitUntil(lambda: "all three agree" in note.text(), timeout=60_000)
    checks = graph.checks.started
    window.language.switch("zh_TW")
    qtbot.waitUntil(lambda: has_chinese(note.text()))
    assert graph.checks.started == checks  # torch was not asked again


def test_every_translation_context_is_a_literal_lupdate_can_read():
    """lupdate reads tr(), translate() and QT_TRANSLATE_NOOP() calls as written: a context held in a
    variable makes it skip the call, and the text shows in English in every language (the
    descent tab's stability notes did). A text may be a variable only where QT_TRANSLATE_NOOP
    marked it where it is defined; tr()'s text and QT_TRANSLATE_NOOP's are literals."""
    import ast

    def literal(node) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    found = []
    for path in sorted((ROOT / "gradlab").rglob("*.py")):
        if path.name in ("translation.py", "language.py"):  # the machinery itself
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            attribute = isinstance(node.func, ast.Attribute)  # self.tr(...), not QCoreApplication's
            name = node.func.attr if attribute else getattr(node.func, "id", None)
            if attribute and name != "tr":
                continue
            needed = {"tr": node.args[:1], "translate": node.args[:1], "QT_TRANSLATE_NOOP": node.args[:2]}
            if name in needed and not (needed[name] and all(literal(a) for a in needed[name])):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_the_descent_legend_is_sized_to_its_names_in_each_language(
    make_main_window, qtbot, english_afterwards
):
    """Renamed in place, a legend kept the old names' size: longer names ran past the plot's edge."""
    window = make_main_window()
    window.tabs.setCurrentWidget(window.descent_tab)
    plot = window.descent_tab.loss_plot.getPlotItem()
    for language in ("zh_TW", "en"):
        before = plot.legend.boundingRect().width()
        window.language.switch(language)
        qtbot.waitUntil(lambda before=before: plot.legend.boundingRect().width() != before)
        widest = max(label.boundingRect().width() for _sample, label in plot.legend.items)
        assert widest <= plot.legend.boundingRect().width()
        if plot.legend.isVisible():
            assert plot.vb.sceneBoundingRect().contains(plot.legend.sceneBoundingRect())
        else:  # hidden only where it does not fit
            assert plot.legend.boundingRect().width() + 20 > plot.vb.boundingRect().width()
