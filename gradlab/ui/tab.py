"""A base for tabs that compute with torch: wait for it, keep a session that came early, run lessons.

torch loads on a thread after the window is shown (``TorchLoader``); until then such a tab is
disabled and a session opened for it is kept, then shown once torch is in. A tab is this base, its
core's model and its widgets: it says how to validate and show its part of a session
(``check_session``, ``show_session``), what its lesson's buttons do (``lesson_actions``) and what
to do once torch is ready (``on_torch_ready``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget


def no_arguments(do: Callable[[], object]) -> Callable[[list[str]], bool | None]:
    """A lesson verb that takes nothing after it (``graph/reset``)."""

    def verb(parts: list[str]) -> bool | None:
        if parts:
            return False
        do()
        return None

    return verb


def one_of(known, do: Callable[[str], object]) -> Callable[[list[str]], bool | None]:
    """A lesson verb that takes one name among ``known`` (``graph/preset/net1``)."""

    def verb(parts: list[str]) -> bool | None:
        if len(parts) != 1 or parts[0] not in known:
            return False
        do(parts[0])
        return None

    return verb


class LessonVerbs:
    """A tab's side of its lesson's buttons: ``<tab>/<verb>/<arguments...>`` links.

    The tab lists its verbs in ``lesson_actions()``; each takes the rest of the path and returns
    False when it cannot use it. Anything else is said to be unknown, in one place for every tab.
    """

    def lesson_actions(self) -> dict[str, Callable[[list[str]], bool | None]]:
        """The lesson's verbs: each takes the rest of the path, and returns False if it cannot use it."""
        return {}

    def lesson_refusal(self) -> str:
        """Why the lesson's buttons cannot act now ("" when they can)."""
        return ""

    @Slot(str)
    def lesson_action(self, action: str) -> None:
        """Carry out a lesson button's action, or say why not in the status bar."""
        refusal = self.lesson_refusal()
        if refusal:
            self.status_message.emit(refusal)
            return
        parts = action.split("/")
        verb = self.lesson_actions().get(parts[1] if len(parts) > 1 else "")
        if verb is None or verb(parts[2:]) is False:
            self.status_message.emit(
                self.tr("The lesson asked for something unknown: {action}").format(action=action)
            )


class TorchTab(LessonVerbs, QWidget):
    """A tab that is disabled until torch is imported, then sets itself up."""

    status_message = Signal(str)
    session_changed = Signal()  # what a session file would hold has (perhaps) changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ready = False
        self._pending_session: object | None = None  # checked, waiting for torch
        self._waiting: tuple[QWidget, ...] = (self,)  # disabled until torch is in
        self.setEnabled(False)

    def wait_for_torch(self, *parts: QWidget) -> None:
        """Disable only ``parts`` until torch is in, not the whole tab (its lesson can be read meanwhile)."""
        for part in self._waiting:
            part.setEnabled(True)
        self._waiting = parts if not self.ready else ()
        for part in self._waiting:
            part.setEnabled(False)

    # --- for subclasses ---------------------------------------------------------------------------

    def on_torch_ready(self) -> None:
        """Torch is imported: make what needs it (called once, before a waiting session is shown)."""

    def show_default(self) -> None:
        """Show the tab's first set-up (torch is ready and no session is waiting)."""

    def check_session(self, state: object) -> object:
        """The tab's part of a session, validated by its model (raise SessionError to refuse it)."""
        return state

    def show_session(self, checked: object) -> None:
        """Show a part that ``check_session`` accepted (torch is ready)."""

    def current_session(self) -> dict:
        """The tab's part of a session as the model holds it now (torch is ready)."""
        return {}

    def pending_state(self, checked: object) -> dict:
        """The session part of a checked part still waiting for torch."""
        return dict(checked) if isinstance(checked, dict) else {}

    # --- the same for every such tab -----------------------------------------------------------------

    @Slot()
    def torch_ready(self) -> None:
        if self.ready:
            return
        self.ready = True
        self.on_torch_ready()
        for part in self._waiting:
            part.setEnabled(True)
        self._waiting = ()
        pending, self._pending_session = self._pending_session, None
        if pending is not None:
            self.show_session(pending)
        else:
            self.show_default()

    def session_state(self) -> dict:
        """The tab's part of a session: the model's, or the one waiting for torch."""
        if not self.ready:
            return self.pending_state(self._pending_session) if self._pending_session is not None else {}
        return self.current_session()

    def prepare_session(self, state: object) -> Callable[[], None]:
        """Check a session's part now; return the function that shows it (nothing changes before)."""
        checked = self.check_session(state)

        def show() -> None:
            if self.ready:
                self.show_session(checked)
            else:
                self._pending_session = checked
                self.session_changed.emit()

        return show

    def lesson_refusal(self) -> str:
        return "" if self.ready else self.tr("PyTorch is still loading; try again in a moment.")
