"""The Regression tab's settings as a student types them: checked once, made into a Setup, kept in a session.

Numbers a student types (noise, learning rate, momentum) stay the text typed, so a session reads
back exactly what was on screen; ``to_setup`` turns them into a ``Setup`` and checks every field
with ``Setup.validate`` (each rule written once, in ``recipes``). ``from_session`` checks a session's
part field by field, naming the bad one, before anything is shown: the target expression too (a
function of x alone, its unknown names named), so a bad session is refused on open, not at Start.
Plain data: no Qt, no torch.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from ..engine import ExprError, parse_expression, variables
from ..translation import QT_TRANSLATE_NOOP, translate
from ..typed import TEXT_LIMIT, brief, number_text, typed_number
from .recipes import CUBIC, RECIPES, Setup, check_lr, recipe

# The fields typed as text, and how a message names each one.
TYPED_NUMBERS = {
    "noise": QT_TRANSLATE_NOOP("regression.settings", "the noise"),
    "lr": QT_TRANSLATE_NOOP("regression.settings", "the learning rate"),
    "momentum": QT_TRANSLATE_NOOP("regression.settings", "the momentum"),
}


class SettingsError(ValueError):
    """Settings that cannot be used; the message names the setting and says why."""


def target_tree(text: object):
    """The target's expression tree, if it is a function of x alone; SettingsError saying why not."""
    try:
        tree = parse_expression(text)
    except ExprError as error:
        raise SettingsError(
            translate("regression.settings", "the target: {error}").format(error=error)
        ) from None
    others = [name for name in variables(tree) if name != "x"]
    if others:
        message = translate("regression.settings", "the target is a function of x only, not of {names}")
        raise SettingsError(message.format(names=", ".join(others[:3]) + (", …" if len(others) > 3 else "")))
    return tree


@dataclass(frozen=True)
class RegressionSettings:
    """The tab's settings as typed; ``device`` is the machine's, not part of a session."""

    recipe: str = RECIPES[0].name
    seed: int | None = 0
    target: str = CUBIC
    noise: str = "0"
    points: int = 2000
    model: str = "linear3"
    hidden: int = 16
    activation: str = "tanh"
    reduction: str = "mean"
    optimizer: str = "rmsprop"
    lr: str = "0.001"
    momentum: str = "0.9"
    steps: int = 10_000
    print_every: int = 100
    device: str = "cpu"

    @classmethod
    def from_setup(cls, setup: Setup) -> RegressionSettings:
        values = asdict(setup)
        for key in TYPED_NUMBERS:
            values[key] = number_text(values[key])
        return cls(**values)

    @classmethod
    def for_recipe(cls, name: str, device: str = "cpu") -> RegressionSettings:
        """A recipe's own settings (KeyError for a name that is not a recipe)."""
        return cls.from_setup(recipe(name).setup).with_changes(device=device)

    def with_changes(self, **changes) -> RegressionSettings:
        return replace(self, **changes)

    def number(self, key: str) -> float:
        """The number typed for ``key`` (noise, lr, momentum), or SettingsError naming it."""
        name = translate("regression.settings", TYPED_NUMBERS[key])
        return typed_number(getattr(self, key), name, SettingsError)

    def learning_rate(self) -> float:
        """The learning rate typed, if it can be used (for changing it during a run)."""
        try:
            return check_lr(self.number("lr"))
        except ValueError as error:
            raise SettingsError(str(error)) from None

    def to_setup(self) -> Setup:
        """The Setup these settings describe, every field checked (SettingsError says which is wrong)."""
        values = asdict(self)
        values["target"] = self.target.strip()
        for key in TYPED_NUMBERS:
            values[key] = self.number(key)
        setup = Setup(**values)
        try:
            setup.validate()
        except ValueError as error:
            raise SettingsError(str(error)) from None
        target_tree(setup.target)
        return setup

    def to_session(self) -> dict:
        """The session's regression part: every setting but the device."""
        state = asdict(self)
        del state["device"]
        return state

    @classmethod
    def from_session(cls, state: object, device: str = "cpu") -> RegressionSettings:
        """Settings from a session's regression part, every field checked; SettingsError names the bad one."""
        if not isinstance(state, dict):
            raise SettingsError(
                translate("regression.settings", "the regression part is not a table of values")
            )
        values = {}
        for spec in fields(cls):
            key = spec.name
            if key == "device":
                continue
            if key not in state:
                raise SettingsError(translate("regression.settings", "{field} is missing").format(field=key))
            values[key] = state[key]
            if isinstance(spec.default, str) and not isinstance(state[key], str):
                message = translate("regression.settings", "{field} must be text, not {value}")
                raise SettingsError(message.format(field=key, value=brief(state[key])))
            if isinstance(state[key], str) and len(state[key]) > TEXT_LIMIT:
                message = translate("regression.settings", "{field} is longer than {limit} characters")
                raise SettingsError(message.format(field=key, limit=f"{TEXT_LIMIT:,}"))
        settings = cls(**values, device=device)
        settings.to_setup()  # every other rule (names, ranges, the learning rate, the target) is the Setup's
        return settings
