"""The race as a model without Qt: the function, the start, which optimizers run at which rates, the runs.

Settings are kept as the student typed them (``RaceSettings``: texts and switches), checked by
one rule (``RaceSettings.parsed``) whether they were typed or read from a session, and the
session part is this model's dictionary, validated once (``check_session``) before anything
changes. A wrong setting leaves the last valid race in place, not advanced. ``advance(steps,
deadline)`` moves every live run on, and stops early at a deadline so that a view can keep its
frame rate.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field, replace

from ..engine import ExprError, format_number
from ..session import SessionError, whole_number
from ..translation import translate
from .function import Objective, default_region
from .hessian import Curvature, curvature, describe
from .presets import DEFAULT_RATES, FUNCTIONS, OPTIMIZERS, function_preset, function_variables
from .run import Run

FIRST_ON = ("sgd", "momentum", "rmsprop", "adam")
MAX_STEPS_RANGE = (1, 1_000_000)
SPEED_RANGE = (0, 30)  # the speed slider: 10 ** (value / 10) steps a second, 1 to 1000
MAX_START = 1e6
CHUNK = 8  # steps per run between two looks at the clock


def steps_per_second(speed: int) -> int:
    return round(10 ** (speed / 10))


def short(value: float, digits: int = 6) -> str:
    return format_number(float(value), digits)


def cell(value: float, digits: int = 6) -> str:
    """A number for a table cell: ``digits`` significant ones, with an exponent when large or tiny.

    "2.749e+12", not "2748779069440" (cut in a narrow column); "1e-05", not "0.00001".
    """
    value = float(value)
    if value == 0 or not math.isfinite(value) or 1e-2 <= abs(value) < 1e6:
        return format_number(value, digits)
    mantissa, exponent = f"{value:.{min(digits, 4) - 1}e}".split("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{exponent}"


@dataclass(frozen=True)
class RaceSettings:
    """Everything the student sets, as typed: texts stay texts until ``parsed``."""

    function: str  # a preset's key, or "" for a typed function
    expression: str
    start: str
    on: dict[str, bool] = field(default_factory=lambda: {k: k in FIRST_ON for k in OPTIMIZERS})
    rates: dict[str, str] = field(default_factory=lambda: {k: short(r) for k, r in DEFAULT_RATES.items()})
    momentum: str = "0.9"
    tolerance: str = "1e-8"
    max_steps: int = 5000
    speed: int = 18

    @classmethod
    def preset(cls, key: str, base: RaceSettings | None = None) -> RaceSettings:
        """Preset ``key``'s function, start and rates; the other settings from ``base``."""
        preset = function_preset(key)
        rates = {kind: short(rate) for kind, rate in {**DEFAULT_RATES, **dict(preset.rates)}.items()}
        start = ", ".join(short(v) for v in preset.start)
        if base is None:
            return cls(key, preset.text, start, rates=rates)
        return replace(base, function=key, expression=preset.text, start=start, rates=rates)

    def start_point(self, dims: int) -> tuple[float, ...] | None:
        try:
            values = tuple(float(v) for v in self.start.replace(" ", "").split(","))
        except ValueError:
            return None
        if len(values) != dims or not all(math.isfinite(v) and abs(v) < MAX_START for v in values):
            return None
        return values

    def parsed(self, dims: int):
        """(start, rates, momentum, tolerance) as numbers, and the problems found: {field: sentence}.

        A field is "start", "momentum", "tolerance" or "rate <kind>" (see ``rate_field``).
        """
        problems = {}
        start = self.start_point(dims)
        if start is None:
            problems["start"] = translate("descent.race", "Start needs {n} number(s), like 1, 3.").format(
                n=dims
            )
        rates = {}
        for kind, text in self.rates.items():
            rate = _number(text)
            if not (math.isfinite(rate) and 0 < rate <= 1e6):
                name = translate("descent.presets", OPTIMIZERS[kind])
                message = translate("descent.race", "{name}: the learning rate must be a positive number.")
                problems[rate_field(kind)] = message.format(name=name)
            rates[kind] = rate
        momentum, tolerance = _number(self.momentum), _number(self.tolerance)
        if not (0 <= momentum < 1):
            problems["momentum"] = translate("descent.race", "Momentum must be at least 0 and below 1.")
        if not (math.isfinite(tolerance) and tolerance >= 0):
            problems["tolerance"] = translate("descent.race", "The tolerance must be 0 or a positive number.")
        return (start, rates, momentum, tolerance), problems

    def to_session(self) -> dict:
        return {
            "function": self.function,
            "expression": self.expression,
            "start": self.start,
            "optimizers": {kind: {"on": self.on[kind], "rate": self.rates[kind]} for kind in OPTIMIZERS},
            "momentum": self.momentum,
            "tolerance": self.tolerance,
            "max_steps": self.max_steps,
            "speed": self.speed,
        }


def rate_field(kind: str) -> str:
    """The name of optimizer ``kind``'s learning-rate field in ``RaceSettings.parsed``'s problems."""
    return f"rate {kind}"


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return math.nan


def check_session(state: object) -> RaceSettings:
    """A session's descent part as settings, or SessionError saying what is wrong (the name, if unknown)."""
    if not isinstance(state, dict):
        raise SessionError(translate("descent.race", "The descent part is not a table of values."))
    if not state:
        return RaceSettings.preset(FUNCTIONS[0].key)  # an empty part: the first preset, as at start
    texts = ("function", "expression", "start", "momentum", "tolerance")
    optimizers = state.get("optimizers")
    if (
        not all(isinstance(state.get(key), str) for key in texts)
        or not isinstance(optimizers, dict)
        or not all(
            isinstance(v, dict) and isinstance(v.get("on"), bool) and isinstance(v.get("rate"), str)
            for v in optimizers.values()
        )
    ):
        raise SessionError(
            translate("descent.race", "The descent part is damaged: a setting has the wrong type.")
        )
    for key, (low, high) in (("max_steps", MAX_STEPS_RANGE), ("speed", SPEED_RANGE)):
        if not whole_number(state.get(key), low, high):  # a whole number out of range is not a wrong type
            message = translate(
                "descent.race",
                "The descent part is damaged: its {key} is not a whole number from {low} to {high}.",
            )
            raise SessionError(message.format(key=key, low=f"{low:,}", high=f"{high:,}"))
    unknown = [kind for kind in optimizers if kind not in OPTIMIZERS]
    if unknown:
        message = translate("descent.race", "The descent part names an unknown optimizer: {name}.")
        raise SessionError(message.format(name=", ".join(unknown)))
    if state["function"] and state["function"] not in {f.key for f in FUNCTIONS}:
        message = translate("descent.race", "The descent part names an unknown preset: {name}.")
        raise SessionError(message.format(name=state["function"]))
    try:
        function_variables(state["expression"])  # x, or x and y
    except (ExprError, ValueError) as error:
        message = translate("descent.race", "The descent function cannot be read: {error}")
        raise SessionError(message.format(error=error)) from None
    defaults = RaceSettings("", "", "")
    function = state["function"]
    if function and function_preset(function).text != state["expression"]:
        function = ""  # a preset's function changed by hand is a typed function
    return RaceSettings(
        function,
        state["expression"],
        state["start"],
        on={k: optimizers.get(k, {}).get("on", defaults.on[k]) for k in OPTIMIZERS},
        rates={k: optimizers.get(k, {}).get("rate", defaults.rates[k]) for k in OPTIMIZERS},
        momentum=state["momentum"],
        tolerance=state["tolerance"],
        max_steps=state["max_steps"],
        speed=state["speed"],
    )


@dataclass(frozen=True)
class Row:
    """One optimizer's line in the table: where it is now, f and |grad| there, and its status."""

    kind: str
    step: int
    point: tuple[float, ...]
    value: float
    grad_norm: float
    status: str
    explanation: str


class Race:
    """The optimizers racing down one function from one start, as the settings say."""

    def __init__(self, settings: RaceSettings | None = None):
        self.runs: dict[str, Run] = {}
        self.field_problems: dict[str, str] = {}  # what is wrong with the settings, by field
        self.restore(settings or RaceSettings.preset(FUNCTIONS[0].key))

    # --- the function ---------------------------------------------------------------------------

    def restore(self, settings: RaceSettings) -> None:
        """Show ``settings`` (checked already: a preset's key, or an expression that parses)."""
        objective = Objective(settings.expression)
        if settings.function:
            region = function_preset(settings.function).region
        else:
            region = default_region(
                objective, settings.start_point(objective.dims) or (0.0,) * objective.dims
            )
        self._use(settings, objective, region)

    def load_preset(self, key: str) -> None:
        self.restore(RaceSettings.preset(key, self.settings))

    def use_expression(self, text: str) -> None:
        """A typed function; ExprError (and the race as it was) for a mistake."""
        objective = Objective(text)
        settings = replace(self.settings, function="", expression=text)
        start = settings.start_point(objective.dims)
        if start is None:
            start = (0.0,) * objective.dims
            settings = replace(settings, start=", ".join(short(v) for v in start))
        self._use(settings, objective, default_region(objective, start))

    def _use(self, settings: RaceSettings, objective: Objective, region) -> None:
        self.settings, self.objective, self.region = settings, objective, region
        self.curvature: Curvature = curvature(objective)
        self.runs = {}  # another function's runs are no race on this one, even while a setting is wrong
        self.restart()

    @property
    def note(self) -> str:
        """The preset's note and, for a function too costly for a fine map, why the map is coarser."""
        note = function_preset(self.settings.function).note if self.settings.function else ""
        notes = (translate("descent.presets", note) if note else "", self.objective.map(self.region).note())
        return " ".join(part for part in notes if part)

    def stability_text(self) -> str:
        return describe(self.curvature, self.objective.dims, self.settings.rates["sgd"])

    # --- settings -------------------------------------------------------------------------------

    def change(self, **changes) -> bool:
        """New settings (start, on, rates, momentum, tolerance, max_steps): restart if anything changed."""
        if "speed" in changes:
            raise TypeError("the speed does not restart the race: use set_speed")
        settings = replace(self.settings, **changes)
        if settings == self.settings:
            return False
        self.settings = settings
        self.restart()
        return True

    def move_start(self, point) -> None:
        self.change(start=", ".join(short(v, 4) for v in point))

    def set_speed(self, speed: int) -> None:
        self.settings = replace(self.settings, speed=min(max(int(speed), SPEED_RANGE[0]), SPEED_RANGE[1]))

    @property
    def steps_per_second(self) -> int:
        return steps_per_second(self.settings.speed)

    # --- the runs -------------------------------------------------------------------------------

    @property
    def problems(self) -> list[str]:
        """What is wrong with the settings as typed, in sentences ([] when they can race)."""
        return list(self.field_problems.values())

    def restart(self) -> None:
        """New runs from the start with the current settings.

        While a setting is wrong the last valid race stays as it was (shown, but not advanced):
        a typing mistake leaves the student's work in place.
        """
        (start, rates, momentum, tolerance), self.field_problems = self.settings.parsed(self.objective.dims)
        if self.field_problems:
            return
        self.runs = {}
        minimum = self.curvature.has_minimum
        for kind in OPTIMIZERS:
            if self.settings.on[kind]:
                self.runs[kind] = Run(
                    self.objective,
                    start,
                    kind,
                    rates[kind],
                    momentum,
                    tolerance,
                    self.settings.max_steps,
                    minimum,
                )

    @property
    def live(self) -> bool:
        """Whether a step would move anything: a run still running, and settings that can race."""
        return not self.field_problems and any(run.running for run in self.runs.values())

    def advance(self, steps: int, deadline: float | None = None) -> int:
        """Move every live run on by up to ``steps``, in rounds; returns the steps each live run was given.

        Stops early once ``time.perf_counter()`` passes ``deadline``, so a view keeps its frame rate.
        """
        done = 0
        while done < steps and not self.field_problems:
            live = [run for run in self.runs.values() if run.running]
            if not live:
                break
            chunk = min(CHUNK, steps - done)
            for run in live:
                run.advance(chunk)
            done += chunk
            if deadline is not None and time.perf_counter() >= deadline:
                break
        return done

    def rows(self) -> list[Row]:
        return [
            Row(
                kind,
                run.steps,
                tuple(float(v) for v in run.position),
                run.value,
                run.grad_norm,
                run.status_text(),
                run.explanation(),
            )
            for kind, run in self.runs.items()
        ]

    def session(self) -> dict:
        return self.settings.to_session()
