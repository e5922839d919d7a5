"""The Neural Network tab's edits by hand: points added, moved and removed on the plane, weights typed.

A part of ``ClassifyTab`` (a mixin). Points change only while no run is going (the message says
so otherwise); a weight typed during a run pauses it and goes into the run from its next step;
after a run it changes the network shown, and its plane at once.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Slot

from .runs import pictures_of


class HandEdits:
    """Point and weight edits, for the ClassifyTab it is mixed into."""

    # --- the points -----------------------------------------------------------------------------

    def _edit_points(self, edit) -> bool:
        """Apply a point edit to the model (not during a run); the message says why not, work kept."""
        if self.running:
            self.say(self.tr("Points can be edited once the training is stopped."), error=True)
            self.show_points()  # the plane shows the model's points again (a drag's point goes back)
            return False
        problem = edit()
        if problem:
            self.fail(problem)
            self.show_points()
            return False
        self.files.forget_csv()
        self.show_points()
        self._show_model_now()
        self.form.show_setup(self.settings)  # the data combo: "Edited points"
        self.form.show_preset(self.settings.preset())
        self.say("")  # an edit that worked: no earlier message stays
        self.session_changed.emit()
        return True

    @Slot(float, float, int)
    def add_point(self, x: float, y: float, label: int) -> bool:
        return self._edit_points(lambda: self.settings.add_point(x, y, label))

    @Slot(int, float, float)
    def move_point(self, index: int, x: float, y: float) -> bool:
        return self._edit_points(lambda: self.settings.move_point(index, x, y))

    @Slot(int)
    def remove_point(self, index: int) -> bool:
        return self._edit_points(lambda: self.settings.remove_point(index))

    @Slot()
    def undo_points(self) -> bool:
        if not self.settings.can_undo:
            self.say(self.tr("There is no point edit to undo."))
            return False
        settings = self.settings
        before = (settings.data, settings.count, settings.noise, settings.seed)
        done = self._edit_points(lambda: "" if settings.undo() else "-")
        if done:  # the points may be a data set's again, with its count and noise
            self.form.unlock_for(settings)
            self.say(self._undone(before))
        return done

    def _undone(self, before) -> str:
        """What the undo put back, truly: the data set, its count, noise or seed, or the points."""
        from ...classify.datasets import DATASETS
        from ...translation import translate

        settings = self.settings
        data, count, noise, seed = before
        if settings.data != data:
            name = settings.data
            if name in DATASETS:
                name = translate("classify.datasets", DATASETS[name].title)
            return self.tr("Undone: the data set back to {name}.").format(name=name)
        if settings.count != count:
            shown = settings.count if settings.count is not None else len(settings.points)
            return self.tr("Undone: the point count back to {n:,}.").format(n=shown)
        if settings.noise != noise:
            return self.tr("Undone: the noise back to {noise}.").format(noise=settings.noise or "—")
        if settings.seed != seed:
            return self.tr("Undone: the seed back to {seed}.").format(seed=settings.seed)
        return self.tr("Point edit undone.")

    @Slot(float, float, float, float)
    def show_extent(self, x0: float, x1: float, y0: float, y1: float) -> None:
        """The plane was zoomed or panned: its map is made over what it shows (a run's from its next map)."""
        self.extent = (x0, x1, y0, y1)
        if self.running:
            self.inbox.put(extent=self.extent)
        else:
            self._show_model_now()

    def _show_model_now(self) -> None:
        """The plane of the model shown (trained or not) over the points as they are now."""
        if self.model is not None:
            pictures = pictures_of(self.model_setup, self.model, self.settings.points, self.extent)
            self._show_pictures(pictures, self.model_setup)
        else:
            self._show_untrained()

    @Slot(int)
    def open_point(self, index: int) -> None:
        """One point's computation with the weights shown, as a graph in the Graph tab."""
        from ...classify.one_point import READABLE_NODES, graph_part, graph_size

        points = self.settings.points
        if self.shown_layers is None or not 0 <= index < len(points):
            self.say(self.tr("Train the network first, then open a point."), error=True)
            return
        if self.running and not self.paused:
            self.toggle_pause()
        setup = self.model_setup if self.model is not None else self.read_setup()
        if setup is None:
            return
        (x, y), label = points.xy[index], points.labels[index]
        try:
            size = graph_size(setup, self.shown_layers)
        except ValueError as error:
            self.fail(str(error))
            return
        if size > READABLE_NODES and not self.confirm_big_graph(size):
            self.say(self.tr("Not opened: the Graph tab keeps its graph."))  # the student's own
            return
        try:
            part = graph_part(setup, self.shown_layers, x, y, label)
        except ValueError as error:
            self.fail(str(error))
            return
        self.plane.set_highlight(index)
        self.say(self.tr("Point {n} ({x:g}, {y:g}) is in the Graph tab.").format(n=index + 1, x=x, y=y))
        self.open_in_graph.emit(part)

    def confirm_big_graph(self, size: int) -> bool:
        """Whether the student wants a graph of ``size`` nodes in the Graph tab, in place of theirs."""
        from PySide6.QtWidgets import QMessageBox

        text = self.tr(
            "One point's computation in this network is about {count} nodes: too many boxes to follow "
            "easily (a smaller network, such as one hidden layer of 4, reads well). It replaces the "
            "Graph tab's graph (Undo there brings it back). Open it anyway?"
        ).format(count=f"{size:,}")
        answer = QMessageBox.question(
            self, self.tr("A big graph"), text, defaultButton=QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- the weights ----------------------------------------------------------------------------

    @Slot()
    def _weight_edit_started(self) -> None:
        if self.running and not self.paused:
            self.toggle_pause()

    @Slot(int, int, int, float)
    def edit_weight(self, layer: int, row: int, col: int, value: float) -> bool:
        """A weight typed in the network view: into the run (from its next step), or into the model shown."""
        if self.shown_layers is None:
            return False
        if not math.isfinite(value):
            self.fail(self.tr("a weight must be a finite number"))
            return False
        layers = [([list(r) for r in rows], list(bias)) for rows, bias in self.shown_layers]
        try:
            if col == len(layers[layer][0][row]):
                layers[layer][1][row] = value
            else:
                layers[layer][0][row][col] = value
        except IndexError:
            return False
        if self.running:
            self.inbox.put(weights=layers)
            self.shown_layers = layers
            self.network.update_weights(layers)
            self.say(self.tr("Weight set to {value:g}: Resume to train from it.").format(value=value))
            return True
        from ...classify.models import build_model, set_layers

        if self.model is None:
            setup = self.read_setup()
            if setup is None:
                return False
            self.model, self.model_setup = build_model(setup, setup.seed), setup
            self.model_points = self.settings.points
        set_layers(self.model, layers)
        self.from_shown = True  # Start trains from the weights typed
        self._show_model_now()
        self.say(self.tr("Weight set to {value:g}.").format(value=value))
        return True
