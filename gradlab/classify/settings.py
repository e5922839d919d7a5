"""The Neural Network tab's settings as a student types them, its points, their undo, and its session part.

Numbers a student types (the noise, the learning rate, the L2 strength, the momentum) stay the text
typed, so a session reads back exactly what was on screen; ``to_setup`` makes them a ``Setup`` and
checks it (each rule written once, in ``setup.Setup.validate``). The points are a built-in set's (made
again from its recipe when the data, its count, noise or seed change), a CSV file's, or edited by
hand; every change of the points can be undone. ``session_part`` holds the points only when they
are not the built-in set's own; ``from_session`` checks a part field by field, naming the bad one,
before anything is shown. Plain data: no Qt, no torch.
"""

from __future__ import annotations

import math
from dataclasses import fields

from ..session import SessionError
from ..translation import QT_TRANSLATE_NOOP, translate
from ..typed import TEXT_LIMIT, brief, number_text, typed_number
from .datasets import DATASETS, check_key, make_points
from .points import CLASS_NAME_LIMIT, MAX_COORDINATE, MAX_POINTS, Points, PointsError
from .setup import PRESETS, Setup, SetupError

# The fields typed as text, and how a message names each one.
TYPED_NUMBERS = {
    "noise": QT_TRANSLATE_NOOP("classify.settings", "the noise"),
    "lr": QT_TRANSLATE_NOOP("classify.settings", "the learning rate"),
    "l2": QT_TRANSLATE_NOOP("classify.settings", "the L2 strength"),
    "momentum": QT_TRANSLATE_NOOP("classify.settings", "the momentum"),
}
FIELDS = tuple(spec.name for spec in fields(Setup))
RECIPE_FIELDS = ("data", "count", "noise", "seed")  # what a built-in set is made from
UNDO_LIMIT = 50  # point edits remembered (each is a copy of the points' list, not of the points)


def _parsed(key: str, text: object) -> float | None:
    """The number typed for ``key``; None for a blank noise (the set's own); SetupError naming it."""
    if key == "noise" and (text is None or (isinstance(text, str) and not text.strip())):
        return None
    return typed_number(text, translate("classify.settings", TYPED_NUMBERS[key]), SetupError)


class ClassifySettings:
    """The tab's set-up as typed (every ``Setup`` field, typed numbers as text) and its points."""

    data: str
    count: int | None
    seed: int | None
    noise: str | None
    test_percent: float
    model: str
    hidden: tuple[int, ...]
    activation: str
    loss: str
    l2: str
    l2_biases: bool
    optimizer: str
    lr: str
    momentum: str
    schedule: str
    steps: int
    batch: int
    engine: str

    def __init__(self, setup: Setup | None = None, points: Points | None = None):
        """Settings showing ``setup`` (the default if None) and ``points`` (its built-in set's if None)."""
        setup = Setup() if setup is None else setup
        for key in FIELDS:
            value = getattr(setup, key)
            if key in TYPED_NUMBERS:
                value = None if value is None else number_text(value)
            setattr(self, key, tuple(value) if key == "hidden" else value)
        self._undo: list[tuple[dict, Points, bool]] = []
        if points is None:
            self.points = make_points(setup.data, setup.count, setup.seed, setup.noise)
            self._builtin = True
        else:  # a checkpoint's or a session's points may be the set's own, made again by its recipe
            self.points, self._builtin = points, _remade(setup) == points

    @classmethod
    def for_preset(cls, key: str) -> ClassifySettings:
        """A preset's own settings and points (KeyError for a name that is not a preset)."""
        return cls(PRESETS[key])

    # --- the set-up -----------------------------------------------------------------------------

    def values(self) -> dict:
        """Every setting as held: typed numbers as text, ``hidden`` as a tuple."""
        return {key: getattr(self, key) for key in FIELDS}

    def to_setup(self) -> Setup:
        """The Setup these settings describe, every field checked (SetupError says which is wrong)."""
        values = self.values()
        for key in TYPED_NUMBERS:
            values[key] = _parsed(key, values[key])
        setup = Setup(**values)
        setup.validate()
        return setup

    def check(self, key: str, value: object) -> object:
        """``value`` as ``key`` holds it, if ``key``'s own rule takes it; SetupError saying why not."""
        if key not in FIELDS:
            message = translate("classify.settings", "unknown setting {name}")
            raise SetupError(message.format(name=brief(key)))
        if key in TYPED_NUMBERS:
            if value is not None and not isinstance(value, str):
                value = number_text(value) if _finite(value) else brief(value)
            if isinstance(value, str) and len(value) > TEXT_LIMIT:
                message = translate("classify.settings", "{field} is longer than {limit} characters")
                raise SetupError(message.format(field=key, limit=f"{TEXT_LIMIT:,}"))
            Setup(**{key: _parsed(key, value)}).validate()
            return value
        if key == "hidden" and isinstance(value, list):
            value = tuple(value)
        if key == "data":  # a file's points come in through load_points
            try:
                check_key(value)
            except PointsError as error:
                raise SetupError(str(error)) from None
        Setup(**{key: value}).validate()  # the one rule of this field: the Setup's
        return value

    def update(self, key: str, value: object) -> str:
        """Set ``key`` to ``value`` (a typed number as its text); "" if that worked, else why not.

        A typed number is kept as typed even when it is not a usable number yet (the message says
        why, and ``to_setup`` refuses it until it is); any other value that breaks its rule is not
        taken. Changing the data set, its point count or noise makes its points anew (undoably; a
        new set starts at its own count and noise); so does the seed, unless the points were edited
        or loaded from a file.
        """
        if key in ("count", "noise") and self.data not in DATASETS:
            message = translate(
                "classify.settings",
                "these points are from {name}: a point count and noise are for the built-in sets",
            )
            return message.format(name=brief(self.data))
        try:
            value = self.check(key, value)
        except SetupError as error:
            if key in TYPED_NUMBERS and isinstance(value, str) and len(value) <= TEXT_LIMIT:
                setattr(self, key, value)  # kept as typed: the student may be half-way through a number
            return str(error)
        if key not in RECIPE_FIELDS or (key == "seed" and not self._builtin):
            setattr(self, key, value)
            return ""
        recipe = {"data": self.data, "count": self.count, "noise": self._noise(), "seed": self.seed}
        recipe[key] = _parsed(key, value) if key == "noise" else value
        if key == "data":
            recipe["count"] = recipe["noise"] = None
        try:
            points = make_points(recipe["data"], recipe["count"], recipe["seed"], recipe["noise"])
        except PointsError as error:
            return str(error)
        self._remember()
        self.data, self.count, self.seed = recipe["data"], recipe["count"], recipe["seed"]
        if key == "noise":
            self.noise = value
        elif key == "data":
            noise = DATASETS[self.data].noise
            self.noise = None if noise is None else number_text(noise)
        self.points, self._builtin = points, True
        return ""

    def _noise(self) -> float | None:
        """The noise typed, or None (the set's own) if the text is blank or no number."""
        try:
            return _parsed("noise", self.noise)
        except SetupError:
            return None

    def preset(self) -> str:
        """The preset these settings are, field for field with its own points; "" when they are none."""
        if not self._builtin:
            return ""
        try:
            setup = self.to_setup()
        except SetupError:
            return ""
        return next((key for key, preset in PRESETS.items() if preset == setup), "")

    # --- the points and their undo ---------------------------------------------------------------

    @property
    def builtin(self) -> bool:
        """Whether the points are the built-in set's own, as its recipe makes them (not edited, no file)."""
        return self._builtin

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def _remember(self) -> None:
        recipe = {key: getattr(self, key) for key in RECIPE_FIELDS}
        self._undo.append((recipe, self.points, self._builtin))
        del self._undo[:-UNDO_LIMIT]

    def undo(self) -> bool:
        """Put back the points (and the data set they came from) as they were before the last change."""
        if not self._undo:
            return False
        recipe, self.points, self._builtin = self._undo.pop()
        for key, value in recipe.items():
            setattr(self, key, value)
        return True

    def _edit(self, edit, undoable: bool = True) -> str:
        try:
            points = edit(self.points)
        except PointsError as error:
            return str(error)
        if undoable or not self._undo:
            self._remember()
        self.points, self._builtin = points, False
        return ""

    def add_point(self, x: float, y: float, label: int) -> str:
        """Add a point of class ``label`` (+1 or −1) at (x, y); "" if done, else why not."""
        return self._edit(lambda points: points.with_added(x, y, label))

    def move_point(self, index: int, x: float, y: float, undoable: bool = True) -> str:
        """Move point ``index`` to (x, y); a drag's later moves pass ``undoable=False`` (one undo a drag)."""
        return self._edit(lambda points: points.with_moved(index, x, y), undoable)

    def remove_point(self, index: int) -> str:
        """Remove point ``index``; "" if done, else why not."""
        return self._edit(lambda points: points.with_removed(index))

    def set_label(self, index: int, label: int) -> str:
        """Put point ``index`` in class ``label``; "" if done, else why not."""
        return self._edit(lambda points: points.with_label(index, label))

    def load_points(self, points: Points, source: str) -> str:
        """Show points from a file (``source``, its path, becomes the data), undoably."""
        if not isinstance(source, str) or not source.strip() or len(source) > TEXT_LIMIT:
            message = translate(
                "classify.settings", "the data's name must be a text of 1 to {limit} characters"
            )
            return message.format(limit=f"{TEXT_LIMIT:,}")
        self._remember()
        self.data, self.count, self.noise = source, None, None
        self.points, self._builtin = points, False
        return ""

    # --- the session -----------------------------------------------------------------------------

    def session_part(self) -> dict:
        """The session's classify part: the settings as typed, and the points unless its recipe makes them."""
        part = self.values()
        part["hidden"] = list(self.hidden)
        # a built-in set made again from its recipe is the same set, if it was seeded
        remade = self._builtin and (self.seed is not None or not DATASETS[self.data].seeded)
        part["points"] = None if remade else points_part(self.points)
        return part

    @classmethod
    def from_session(cls, part: object) -> ClassifySettings:
        """Settings from a session's classify part, every field checked; SessionError names the bad one.

        An empty part (a session saved before this tab, or while torch was loading) is the default.
        """
        if not isinstance(part, dict):
            raise _refused(translate("classify.settings", "it is not a table of values"))
        if not part:
            return cls()
        for key in part:
            if key not in FIELDS and key != "points":
                raise _refused(
                    translate("classify.settings", "unknown setting {name}").format(name=brief(key))
                )
        values = {}
        for key in FIELDS:
            if key not in part:
                raise _refused(translate("classify.settings", "{field} is missing").format(field=key))
            value = part[key]
            text_field = key in TYPED_NUMBERS or key == "data"
            if text_field and not (isinstance(value, str) or (key == "noise" and value is None)):
                message = translate("classify.settings", "{field} must be text, not {value}")
                raise _refused(message.format(field=key, value=brief(value)))
            if isinstance(value, str) and len(value) > TEXT_LIMIT:
                message = translate("classify.settings", "{field} is longer than {limit} characters")
                raise _refused(message.format(field=key, limit=f"{TEXT_LIMIT:,}"))
            values[key] = tuple(value) if key == "hidden" and isinstance(value, list) else value
        settings = cls.__new__(cls)
        for key, value in values.items():
            setattr(settings, key, value)
        settings._undo = []
        try:
            setup = settings.to_setup()  # every rule of every field: the Setup's
        except SetupError as error:
            raise _refused(str(error)) from None
        if "points" not in part:
            raise _refused(translate("classify.settings", "{field} is missing").format(field="points"))
        if part["points"] is not None:
            settings.points, settings._builtin = points_from_part(part["points"]), False
            return settings
        if setup.data not in DATASETS:
            message = translate("classify.settings", "the points of {name} are missing")
            raise _refused(message.format(name=brief(setup.data)))
        try:
            settings.points = make_points(setup.data, setup.count, setup.seed, setup.noise)
        except PointsError as error:
            raise _refused(str(error)) from None
        settings._builtin = True
        return settings


def _remade(setup: Setup) -> Points | None:
    """The built-in set's points as ``setup``'s recipe makes them (None: no built-in set, or unseeded)."""
    dataset = DATASETS.get(setup.data)
    if dataset is None or (dataset.seeded and setup.seed is None):
        return None
    try:
        return make_points(setup.data, setup.count, setup.seed, setup.noise)
    except PointsError:
        return None


def _finite(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _refused(reason: str) -> SessionError:
    message = translate("classify.settings", "The Neural Network part cannot be used: {reason}")
    return SessionError(message.format(reason=reason))


def points_part(points: Points) -> dict:
    """Points as a session holds them: x1, x2 and labels as three flat lists, and the classes' names."""
    return {
        "x1": [x for x, _ in points.xy],
        "x2": [y for _, y in points.xy],
        "labels": list(points.labels),
        "classes": list(points.classes),
    }


def points_from_part(part: object) -> Points:
    """Points from a session's part, every value checked; SessionError naming what is wrong."""
    if not isinstance(part, dict) or set(part) != {"x1", "x2", "labels", "classes"}:
        raise _refused(
            translate("classify.settings", "the points must be a table of x1, x2, labels and classes")
        )
    x1, x2, labels, classes = part["x1"], part["x2"], part["labels"], part["classes"]
    if not all(isinstance(column, list) for column in (x1, x2, labels)):
        raise _refused(translate("classify.settings", "the points' x1, x2 and labels must be lists"))
    if not len(x1) == len(x2) == len(labels):
        message = translate("classify.settings", "the points have {x1} x1, {x2} x2 and {labels} labels")
        raise _refused(message.format(x1=len(x1), x2=len(x2), labels=len(labels)))
    if len(labels) > MAX_POINTS:
        message = translate("classify.settings", "{count} points: gradlab takes at most {limit}")
        raise _refused(message.format(count=f"{len(labels):,}", limit=f"{MAX_POINTS:,}"))
    for name, column in (("x1", x1), ("x2", x2)):
        for number, value in enumerate(column, start=1):
            if not _finite(value) or abs(value) > MAX_COORDINATE:
                message = translate(
                    "classify.settings",
                    "point {number}'s {name} must be a finite number of at most {limit} in size, not {value}",
                )
                raise _refused(
                    message.format(
                        number=f"{number:,}", name=name, limit=f"{MAX_COORDINATE:g}", value=brief(value)
                    )
                )
    for number, label in enumerate(labels, start=1):
        if type(label) is not int or label not in (1, -1):
            message = translate("classify.settings", "point {number}'s label must be 1 or -1, not {value}")
            raise _refused(message.format(number=f"{number:,}", value=brief(label)))
    if (
        not isinstance(classes, list)
        or len(classes) != 2
        or not all(
            isinstance(c, str) and c.strip() and c.isprintable() and len(c) <= CLASS_NAME_LIMIT
            for c in classes
        )
        or classes[0] == classes[1]
    ):
        message = translate(
            "classify.settings", "the classes must be two different names of 1 to {limit} characters"
        )
        raise _refused(message.format(limit=CLASS_NAME_LIMIT))
    xy = tuple(zip(map(float, x1), map(float, x2)))
    return Points(xy, tuple(labels), (classes[0], classes[1]))
