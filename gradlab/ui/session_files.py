"""The window's session files: open, save, the title's modified mark, Open Recent, unsaved changes.

Each tab gives and checks its own part (``session_state``, ``prepare_session``); a session is
checked whole before any tab shows anything. A part of ``MainWindow``, which provides ``pages``,
``tabs``, ``show_status`` and ``recent_menu``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..files import shown, why_not
from ..session import PART_NAMES, SUFFIX, SessionError, load_session, save_session
from ..translation import translate

RECENT_MAX = 8


class SessionFiles:
    """The session half of ``MainWindow`` (a mixin: it has no state of its own but ``session_path``)."""

    session_path: Path | None = None
    _clean_state: dict | None = None

    def tab_parts(self) -> dict:
        """The tabs by the name of their part in a session file (all made, if some were not yet)."""
        return self.pages.make_all()

    def session_state(self) -> dict:
        return {name: tab.session_state() for name, tab in self.tab_parts().items()}

    def _mark_clean(self) -> None:
        """What is on screen now is what the session file holds (just opened, saved, or new)."""
        self._clean_state = {name: tab.session_state() for name, tab in self.pages.made_tabs().items()}
        self._update_modified()

    @Slot()
    def _update_modified(self) -> None:
        """The title's modified mark: a tab not made yet is as it was."""
        if self._clean_state is None:
            return
        made = self.pages.made_tabs()
        self.setWindowModified(
            any(tab.session_state() != self._clean_state.get(n) for n, tab in made.items())
        )
        self._update_title()

    def _update_title(self) -> None:
        name = shown(self.session_path) if self.session_path is not None else self.tr("Untitled")
        self.setWindowTitle(self.tr("{name}[*] — gradlab").format(name=name))

    def save_session_to(self, path: str | Path) -> bool:
        """Write the session; a failure is shown in a message and changes nothing."""
        path = _resolved(Path(path))
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            save_session(path, self.session_state())
        except (OSError, ValueError, TypeError) as error:
            reason = why_not(error, path, writing=True) if isinstance(error, OSError) else _one_line(error)
            self._show_message(
                self.tr("Could not save the session"),
                self.tr("{name} was not saved: {reason}").format(name=shown(path), reason=reason),
            )
            return False
        self.session_path = path
        self._remember_recent(path)
        self._mark_clean()
        self.show_status(self.tr("Saved {name}").format(name=shown(path)))
        return True

    def open_session_from(self, path: str | Path) -> bool:
        """Show a session; one that cannot be read, or is not a session, newer or damaged, changes nothing.

        Every refusal is one line in a message box (and the status bar), never a traceback: a file's
        own faults are SessionErrors; anything else a tab's check raised is named as that.
        """
        path = _resolved(Path(path))
        try:
            parts = load_session(path)
        except SessionError as error:
            self._refuse_session(str(error), path)
            return False
        shows = []
        for name, tab in self.tab_parts().items():
            try:
                shows.append(tab.prepare_session(parts[name]))
            except SessionError as error:
                self._refuse_session(str(error), path)
                return False
            except Exception as error:  # noqa: BLE001 - a check the tab missed: still one line, nothing changed
                message = self.tr("{name} was not opened: its {part} part could not be checked ({error})")
                part = translate("session", PART_NAMES[name]) if name in PART_NAMES else name
                self._refuse_session(
                    message.format(name=shown(path), part=part, error=_one_line(error)), path
                )
                return False
        before = self.session_state()
        try:
            for show in shows:
                show()
        except Exception as error:  # noqa: BLE001 - a check the tabs missed: put back what was shown
            restored = self._restore(before)
            message = (
                self.tr("{name} was not opened: showing it failed ({error}); the work on screen is as it was")
                if restored
                else self.tr("{name} could not be shown completely: {error}")
            )
            self._show_message(
                self.tr("Could not open the session"),
                message.format(name=shown(path), error=_one_line(error)),
            )
            self._update_modified()
            return False
        self.session_path = path
        self._remember_recent(path)
        self._mark_clean()
        self.show_status(self.tr("Opened {name}").format(name=shown(path)))
        return True

    def _refuse_session(self, message: str, path: Path) -> None:
        self._show_message(self.tr("Could not open the session"), message)
        if not _exists(path):
            self._forget_recent(path)

    def _restore(self, state: dict) -> bool:
        """Show ``state`` (what was on screen before a failed open) again; False if that fails too."""
        try:
            shows = [tab.prepare_session(state[name]) for name, tab in self.tab_parts().items()]
            for show in shows:
                show()
        except Exception:  # noqa: BLE001 - the message then says the session was shown in part
            return False
        return True

    @Slot()
    def save_session(self) -> bool:
        if self.session_path is None:
            return self.save_session_as()
        return self.save_session_to(self.session_path)

    @Slot()
    def save_session_as(self) -> bool:
        start = str(self.session_path or Path.home() / (self.tr("session") + SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Session"), start, self.tr("gradlab sessions (*.gradlab)")
        )
        return bool(path) and self.save_session_to(path)

    @Slot(dict)
    def save_exercise(self, exercise: dict) -> bool:
        """A teacher's exercise (from the Graph tab): the session as it is, with it, in a file of its own."""
        start = str(
            (self.session_path.parent if self.session_path else Path.home()) / (self.tr("exercise") + SUFFIX)
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Exercise"), start, self.tr("gradlab sessions (*.gradlab)")
        )
        return bool(path) and self.save_exercise_to(path, exercise)

    def save_exercise_to(self, path: str | Path, exercise: dict) -> bool:
        """Write the exercise file; the window's own session (its name, its saved state) is not changed."""
        path = _resolved(Path(path))
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        parts = self.session_state()
        parts["graph"] = {**parts["graph"], "exercise": exercise}
        try:
            save_session(path, parts)
        except (OSError, ValueError, TypeError) as error:
            reason = why_not(error, path, writing=True) if isinstance(error, OSError) else _one_line(error)
            self._show_message(
                self.tr("Could not save the exercise"),
                self.tr("{name} was not saved: {reason}").format(name=shown(path), reason=reason),
            )
            return False
        self.show_status(
            self.tr("Saved the exercise {name}: a student opens it with File → Open Session").format(
                name=shown(path)
            )
        )
        return True

    @Slot()
    def open_session(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.session_path.parent if self.session_path else Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Session"), start, self.tr("gradlab sessions (*.gradlab);;All files (*)")
        )
        if path:
            self.open_session_from(path)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for the unsaved changes (tests replace this to answer)."""
        name = shown(self.session_path) if self.session_path is not None else self.tr("Untitled")
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {name} first?").format(name=name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def maybe_save(self) -> bool:
        """True when the work on screen may be replaced: saved, discarded, or nothing to save."""
        if not self.isWindowModified():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_session()
        return answer == QMessageBox.StandardButton.Discard

    def recent_sessions(self) -> list[str]:
        recent = QSettings().value("sessions/recent", [])
        if isinstance(recent, str):
            recent = [recent]
        return [str(p) for p in recent or []][:RECENT_MAX]

    def _remember_recent(self, path: Path) -> None:
        text = str(_resolved(path))
        recent = [text, *(p for p in self.recent_sessions() if p != text)][:RECENT_MAX]
        QSettings().setValue("sessions/recent", recent)

    def _forget_recent(self, path: Path) -> None:
        text = str(_resolved(path))
        QSettings().setValue("sessions/recent", [p for p in self.recent_sessions() if p != text])

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_sessions()
        for i, path in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1}  {shown(path)}")
            action.setObjectName(f"recentSession{i}Action")
            action.setStatusTip(path)
            action.triggered.connect(
                lambda _=False, path=path: self.maybe_save() and self.open_session_from(path)
            )
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent sessions"))
            empty.setEnabled(False)

    def _show_message(self, title: str, text: str) -> None:
        """A warning that does not block (window-modal); the last one is kept as ``message_box``."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("messageBox")
        box.open()
        self.message_box = box
        self.show_status(text)


def _resolved(path: Path) -> Path:
    """``path`` made absolute, links not followed: messages name the file the user chose, not its target."""
    try:
        return Path(os.path.abspath(path))
    except (OSError, ValueError):
        return path


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _one_line(error: BaseException, limit: int = 160) -> str:
    """An unexpected error for a message: its first line, cut, or its kind when it says nothing."""
    lines = str(error).strip().splitlines()
    text = lines[0] if lines else type(error).__name__
    if not text.isprintable():
        text = repr(text)[1:-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"
