"""The user's language: loading gradlab's and Qt's translations and switching them while the app runs.

Qt's usual way to switch language live is a ``retranslateUi()`` per widget that sets every text
again. gradlab gets the same effect without repeating each widget's texts: every ``tr()`` and
``QCoreApplication.translate()`` passes through ``RecordingTranslator``, which remembers which source
text each shown text came from. A switch then walks the live widgets and replaces each text that
came from a translation with the same source in the new language. Texts assembled from numbers
(results, logs) are not in that table; the tabs redraw those on ``QEvent.LanguageChange``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from .. import translation
from ..paths import resource_path

# The languages gradlab ships, each named in its own language (so a lost user can find theirs).
LANGUAGES: dict[str, str] = {"en": "English", "zh_TW": "繁體中文"}

Source = tuple[str, str, str | None, int]  # context, source text, disambiguation, n
_QT_CONTEXT = re.compile(r"Q[A-Z]")


class RecordingTranslator(QTranslator):
    """Qt's translator for gradlab's .qm file, which also remembers the source of every text it gave."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog: QTranslator | None = None  # None: English, the source language
        self.sources: dict[str, list[Source]] = {}  # shown text -> where it came from

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt's virtual
        text = ""
        if self.catalog is not None:
            text = self.catalog.translate(context, source_text, disambiguation, n)
        shown = text or source_text
        # PySide's tr() also asks under each Qt base class (QWidget, QObject, ...) while a text stays
        # untranslated; those contexts are Qt's own, never where gradlab's texts are.
        if context and source_text and n < 0 and not _QT_CONTEXT.match(context):
            where = (context, source_text, disambiguation, n)
            known = self.sources.setdefault(shown, [])
            if where not in known:
                known.append(where)
        return text or source_text

    def isEmpty(self) -> bool:  # noqa: D102 - Qt's virtual: an empty translator is skipped
        return False


def _qt_translate(context: str, text: str) -> str:
    """The cores' ``translate``, once the window is up: Qt's, through the installed catalogues."""
    return QCoreApplication.translate(context, text)


def catalog_folder() -> str:
    return str(resource_path("translations"))


def system_language() -> str:
    """The shipped language that best fits the system locale: zh_TW for any Chinese, else English."""
    name = QLocale.system().name()  # e.g. zh_TW, zh_HK, en_US
    if name.startswith("zh"):
        return "zh_TW"
    return "en"


class Language(QObject):
    """Installs the translations for one language at a time; ``changed`` fires after a switch."""

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.recorder = RecordingTranslator(self)
        self.qt_catalog: QTranslator | None = None
        self.code = "en"
        app.installTranslator(self.recorder)
        translation.install(_qt_translate)

    @classmethod
    def instance(cls) -> Language:
        """The application's one Language, made (in English) the first time it is asked for."""
        app = QApplication.instance()
        language = getattr(app, "_gradlab_language", None)
        if language is None:
            language = cls(app)
            app._gradlab_language = language
        return language

    @staticmethod
    def saved() -> str:
        """The language chosen in View → Language last time, or the system's."""
        code = QSettings().value("language", "")
        return code if code in LANGUAGES else system_language()

    def switch(self, code: str) -> bool:
        """Show every widget in ``code``'s language; False (and no change) if its catalogue can't load."""
        if code not in LANGUAGES:
            return False
        if code == self.code and (code == "en" or self.recorder.catalog is not None):
            return True
        catalog = None
        if code != "en":
            catalog = QTranslator(self)
            if not catalog.load(f"gradlab_{code}", catalog_folder()):
                return False
        before = {text: list(where) for text, where in self.recorder.sources.items()}
        translation.install(_qt_translate)  # the cores' sentences follow the window's language, whatever
        self.recorder.catalog = catalog  # a script or a test installed meanwhile
        self._load_qt_catalog(code)
        self.code = code
        _retranslate_widgets(self.recorder, before)
        self.changed.emit(code)
        return True

    def _load_qt_catalog(self, code: str) -> None:
        """Qt's own strings (standard buttons, context menus) come from Qt's qtbase catalogue.

        Installing or removing a translator sends every widget ``QEvent.LanguageChange``; when
        neither happens (no Qt catalogue either way), the event is sent here.
        """
        told = False
        if self.qt_catalog is not None:
            self.app.removeTranslator(self.qt_catalog)
            self.qt_catalog = None
            told = True
        if code != "en":
            catalog = QTranslator(self)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if catalog.load(f"qtbase_{code}", folder):
                self.app.installTranslator(catalog)
                self.qt_catalog = catalog
                told = True
        if not told:
            QCoreApplication.sendEvent(self.app, QEvent(QEvent.Type.LanguageChange))


def _owners(widget: QObject) -> list[str]:
    """Class names from the widget up through its parents: the contexts its texts were likely tr'd in."""
    names = []
    while widget is not None:
        names.extend(cls.__name__ for cls in type(widget).__mro__[:3])
        widget = widget.parent()
    return names


_FIELD = re.compile(r"\{(\w*)(?:![rsa])?(?::[^{}]*)?\}")
_templates: dict[str, re.Pattern | None] = {}


def _template(text: str) -> re.Pattern | None:
    """A regex that reads a text made from ``text`` by ``format``, or None when ``text`` is not one.

    Only templates with words outside their fields qualify: "{name}: {message}" would read anything.
    """
    if text in _templates:
        return _templates[text]
    pattern, names, position = [], [], 0
    literal = ""
    for field in _FIELD.finditer(text):
        name = field.group(1)
        if not name:
            _templates[text] = None
            return None
        literal += text[position : field.start()]
        pattern.append(re.escape(text[position : field.start()]))
        pattern.append(f"(?P={name})" if name in names else f"(?P<{name}>.*?)")
        names.append(name)
        position = field.end()
    literal += text[position:]
    pattern.append(re.escape(text[position:]))
    ok = names and any(ch.isalpha() for ch in literal)
    _templates[text] = re.compile("".join(pattern), re.S) if ok else None
    return _templates[text]


def _choose(options: dict[str, list[str]], owners: list[str]) -> str | None:
    """One new text among those offered (new text -> contexts), or None when it is a guess."""
    if len(options) == 1:
        return next(iter(options))
    for owner in owners:
        for new, contexts in options.items():
            if owner in contexts:
                return new
    return None


def retranslated(text: str, owners: list[str] | tuple[str, ...] = (), sources=None) -> str | None:
    """``text``, shown in the language used before, in the language used now; None if unknown.

    A text that came from ``tr(template).format(...)`` is read back through its template and
    written again with the same values. When two sources read alike and the widget's classes do
    not tell them apart, the text is left alone rather than guessed.
    """
    if not text:
        return None
    sources = Language.instance().recorder.sources if sources is None else sources
    options: dict[str, list[str]] = {}
    for context, source, disambiguation, n in sources.get(text, ()):
        new = QCoreApplication.translate(context, source, disambiguation, n)
        if new != text:
            options.setdefault(new, []).append(context)
    if options:
        return _choose(options, owners)
    for template, found in list(sources.items()):
        if "{" not in template:
            continue
        pattern = _template(template)
        match = pattern.fullmatch(text) if pattern is not None else None
        if match is None:
            continue
        for context, source, disambiguation, n in found:
            new_template = QCoreApplication.translate(context, source, disambiguation, n)
            if new_template == template:
                continue
            plain = _FIELD.sub(lambda field: "{" + field.group(1) + "}", new_template)
            try:
                options.setdefault(plain.format(**match.groupdict()), []).append(context)
            except (KeyError, IndexError, ValueError):
                continue
    # every template that reads the text is offered: "{title}: press Start." reads "Recipe x: press
    # Start." too, and which was recorded first is no reason to take it
    return _choose(options, owners) if options else None


def _retranslate_widgets(recorder: RecordingTranslator, before: dict[str, list[Source]]) -> None:
    """Replace every shown text that came from a translation with its text in the new language."""

    def swap(getter, setter, owners) -> None:
        new = retranslated(getter(), owners, before)
        if new is not None and new != getter():
            setter(new)

    actions = set()
    for widget in QApplication.allWidgets():
        if not isValid(widget):
            continue
        owners = _owners(widget)
        _retranslate_widget(widget, lambda get, put, owners=owners: swap(get, put, owners))
        actions.update((action, tuple(owners)) for action in widget.actions())
    for top in QApplication.topLevelWidgets():  # also actions held by non-widgets (pyqtgraph's scene)
        actions.update((action, ()) for action in top.findChildren(QAction))
    for action, owners in actions:
        if not isValid(action):  # deleted while the walk went on (a menu that rebuilds itself)
            continue
        owners = [*_owners(action), *owners]
        for name in ("text", "toolTip", "statusTip", "iconText"):
            swap(getattr(action, name), getattr(action, "set" + name[0].upper() + name[1:]), owners)


def _retranslate_widget(widget: QWidget, swap) -> None:
    """Offer each of the widget's texts (not what the user typed) to ``swap(getter, setter)``."""
    for name in ("toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription"):
        swap(getattr(widget, name), getattr(widget, "set" + name[0].upper() + name[1:]))
    if widget.isWindow():
        swap(widget.windowTitle, widget.setWindowTitle)
    if isinstance(widget, (QAbstractButton, QLabel)):
        swap(widget.text, widget.setText)
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        swap(widget.placeholderText, widget.setPlaceholderText)
    if isinstance(widget, (QGroupBox, QMenu)):
        swap(widget.title, widget.setTitle)
    if isinstance(widget, QAbstractSpinBox):
        swap(widget.specialValueText, widget.setSpecialValueText)
        if hasattr(widget, "suffix"):
            swap(widget.suffix, widget.setSuffix)
            swap(widget.prefix, widget.setPrefix)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            swap(lambda i=i: widget.tabText(i), lambda t, i=i: widget.setTabText(i, t))
            swap(lambda i=i: widget.tabToolTip(i), lambda t, i=i: widget.setTabToolTip(i, t))
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            swap(lambda i=i: widget.itemText(i), lambda t, i=i: widget.setItemText(i, t))
    if isinstance(widget, QTableWidget):
        for i in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(i)
            if item is not None:
                swap(item.text, item.setText)
    _retranslate_plot(widget, swap)


def _retranslate_plot(widget: QWidget, swap) -> None:
    """The pyqtgraph axis labels, titles and legend entries are graphics items, not widgets."""
    plot_item = getattr(widget, "plotItem", None)
    if plot_item is None or not hasattr(plot_item, "axes"):
        return
    for axis in plot_item.axes.values():
        item = axis["item"]
        if item.labelText:
            swap(lambda item=item: item.labelText, lambda t, item=item: item.setLabel(t, item.labelUnits))
    title = plot_item.titleLabel
    if title.isVisible() and title.text:
        swap(lambda: title.text, plot_item.setTitle)
    legend = plot_item.legend
    if legend is not None:
        for _sample, label in legend.items:
            swap(lambda label=label: label.text, label.setText)
