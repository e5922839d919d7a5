"""The course's five regression scripts as recipes, and the settings a student can change.

Plain data (no torch), so the window can list them before torch has loaded and a session file
can hold them. The descriptions in ``MODELS``, ``OPTIMIZERS`` and ``REDUCTIONS`` and the recipes'
titles are English, marked for translation in the context ``"regression.recipes"``: a view shows
``translate("regression.recipes", text)``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from ..translation import QT_TRANSLATE_NOOP, translate

MODELS = {
    "linear3": QT_TRANSLATE_NOOP("regression.recipes", "Linear(3, 1) on (x, x², x³)"),
    "poly3": QT_TRANSLATE_NOOP("regression.recipes", "Polynomial3: a + b x + c x² + d x³"),
    "dynamic": QT_TRANSLATE_NOOP("regression.recipes", "DynamicNet: + e x⁴ (+ e x⁵), chosen at random"),
    "mlp": QT_TRANSLATE_NOOP("regression.recipes", "MLP: one hidden layer"),
}
OPTIMIZERS = {
    "manual": QT_TRANSLATE_NOOP("regression.recipes", "hand-written: param -= lr * param.grad"),
    "sgd": QT_TRANSLATE_NOOP("regression.recipes", "SGD"),
    "momentum": QT_TRANSLATE_NOOP("regression.recipes", "SGD with momentum"),
    "rmsprop": QT_TRANSLATE_NOOP("regression.recipes", "RMSprop"),
    "adam": QT_TRANSLATE_NOOP("regression.recipes", "Adam"),
}
REDUCTIONS = {
    "mean": QT_TRANSLATE_NOOP("regression.recipes", "mean: torch.mean((y_pred - y)**2)"),
    "sum": QT_TRANSLATE_NOOP("regression.recipes", "sum: MSELoss(reduction='sum')"),
}
ACTIVATIONS = ("tanh", "relu", "sigmoid")
CUBIC = "0 + 1*x + 2*x**2 + 3*x**3"
TARGETS = {"cubic": CUBIC, "sin": "sin(x)"}

# The whole numbers a set-up holds, each from its lowest to its highest value.
LIMITS = {
    "seed": (0, 2_147_483_647),
    "points": (2, 1_000_000),
    "steps": (1, 10_000_000),
    "hidden": (1, 4096),
    "print_every": (1, 1_000_000_000),
}
LR_MAX = 1e6  # far past any rate that trains: a bigger one is a typing mistake

# The fitted polynomial's coefficients, named by the power of x they multiply (an MLP has none);
# DynamicNet's e multiplies x⁴ and, at some steps, x⁵ too.
COEFFICIENTS = {
    "linear3": ("1", "x", "x²", "x³"),
    "poly3": ("1", "x", "x²", "x³"),
    "dynamic": ("1", "x", "x²", "x³", "x⁴ (x⁵)"),
    "mlp": (),
}
CUBIC_COEFFICIENTS = {"1": 0.0, "x": 1.0, "x²": 2.0, "x³": 3.0, "x⁴ (x⁵)": 0.0}  # of the course's cubic
# How many numbers each model takes for one point: Linear(3, 1) takes (x, x², x³), the others x.
FEATURE_WIDTH = {"linear3": 3, "poly3": 1, "dynamic": 1, "mlp": 1}


def true_coefficients(target: str) -> dict[str, float]:
    """The coefficients a fit should find: the cubic's, for the course's cubic; none known otherwise."""
    return CUBIC_COEFFICIENTS if target.replace(" ", "") == CUBIC.replace(" ", "") else {}


def check_lr(lr: object) -> float:
    """The learning rate if it can be used (a positive number no larger than ``LR_MAX``), else ValueError."""
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not (0 < lr <= LR_MAX):
        message = translate(
            "regression.recipes", "the learning rate must be a positive number no larger than {max}"
        )
        raise ValueError(message.format(max=f"{LR_MAX:g}"))
    return float(lr)


def check_whole_numbers(
    setup, limits: dict, optional=(), refusal: type[Exception] = ValueError, named=lambda name: name
) -> None:
    """Raise ``refusal`` naming the first field of ``limits`` out of its whole-number range.

    ``limits`` maps a field of ``setup`` to (lowest, highest); None is allowed for the fields named
    in ``optional``; ``named(field)`` is how the message names a field (the form's label, say).
    Both tabs' set-ups check their whole numbers here.
    """
    for name, (low, high) in limits.items():
        value = getattr(setup, name)
        if value is None and name in optional:
            continue
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            message = translate("regression.recipes", "{name} must be a whole number from {low} to {high}")
            raise refusal(message.format(name=named(name), low=f"{low:,}", high=f"{high:,}"))


@dataclass(frozen=True)
class Setup:
    """Everything that decides a training run. Equal setups (and seeds) give equal losses."""

    recipe: str = "regression1train"
    seed: int | None = 0
    target: str = CUBIC
    noise: float = 0.0
    points: int = 2000
    model: str = "linear3"
    hidden: int = 16
    activation: str = "tanh"
    reduction: str = "mean"
    optimizer: str = "rmsprop"
    lr: float = 1e-3
    momentum: float = 0.9
    steps: int = 10_000
    print_every: int = 100
    device: str = "cpu"

    @classmethod
    def from_dict(cls, data: dict) -> Setup:
        """A setup from saved data; unknown keys are ignored, wrong types raise ValueError."""
        if not isinstance(data, dict):
            raise ValueError(translate("regression.recipes", "the settings are not a table of values"))
        known = {f.name: f for f in fields(cls)}
        values = {}
        for key, value in data.items():
            if key in known:
                values[key] = value
        setup = cls(**values)
        setup.validate()
        return setup

    def validate(self) -> None:
        """Raise ValueError naming the first setting that cannot be used."""
        if self.recipe not in {r.name for r in RECIPES}:
            message = translate("regression.recipes", "unknown recipe {name}")
            raise ValueError(message.format(name=repr(self.recipe)))
        if self.model not in MODELS:
            raise ValueError(
                translate("regression.recipes", "unknown model {name}").format(name=repr(self.model))
            )
        if self.optimizer not in OPTIMIZERS:
            message = translate("regression.recipes", "unknown optimizer {name}")
            raise ValueError(message.format(name=repr(self.optimizer)))
        if self.reduction not in REDUCTIONS:
            message = translate("regression.recipes", "unknown loss reduction {name}")
            raise ValueError(message.format(name=repr(self.reduction)))
        if self.activation not in ACTIVATIONS:
            message = translate("regression.recipes", "unknown activation {name}")
            raise ValueError(message.format(name=repr(self.activation)))
        check_whole_numbers(self, LIMITS, optional=("seed",))
        check_lr(self.lr)
        if not isinstance(self.momentum, (int, float)) or not 0 <= self.momentum < 1:
            raise ValueError(translate("regression.recipes", "momentum must be at least 0 and below 1"))
        if not isinstance(self.noise, (int, float)) or not 0 <= self.noise <= 1e6:
            raise ValueError(translate("regression.recipes", "noise must be 0 or a positive number"))
        if self.device not in ("cpu", "cuda"):
            raise ValueError(
                translate("regression.recipes", "unknown device {name}").format(name=repr(self.device))
            )

    def with_changes(self, **changes) -> Setup:
        return replace(self, **changes)


@dataclass(frozen=True)
class Recipe:
    name: str
    title: str
    setup: Setup


RECIPES: tuple[Recipe, ...] = (
    Recipe(
        "regression1train",
        QT_TRANSLATE_NOOP("regression.recipes", "regression1train: Linear(3,1), MSE mean, RMSprop 1e-3"),
        Setup(
            "regression1train", model="linear3", reduction="mean", optimizer="rmsprop", lr=1e-3, steps=10_000
        ),
    ),
    Recipe(
        "torchRegression4nn",
        QT_TRANSLATE_NOOP(
            "regression.recipes", "torchRegression4nn: Linear(3,1), MSE sum, param -= lr·grad, 1e-6"
        ),
        Setup(
            "torchRegression4nn", model="linear3", reduction="sum", optimizer="manual", lr=1e-6, steps=2_000
        ),
    ),
    Recipe(
        "torchRegression5optim",
        QT_TRANSLATE_NOOP("regression.recipes", "torchRegression5optim: Linear(3,1), MSE sum, RMSprop 1e-3"),
        Setup(
            "torchRegression5optim",
            model="linear3",
            reduction="sum",
            optimizer="rmsprop",
            lr=1e-3,
            steps=10_000,
        ),
    ),
    Recipe(
        "torchRegression6custom",
        QT_TRANSLATE_NOOP("regression.recipes", "torchRegression6custom: Polynomial3, MSE sum, SGD 1e-6"),
        Setup(
            "torchRegression6custom", model="poly3", reduction="sum", optimizer="sgd", lr=1e-6, steps=2_000
        ),
    ),
    Recipe(
        "torchRegression7cws",
        QT_TRANSLATE_NOOP(
            "regression.recipes", "torchRegression7cws: DynamicNet, MSE sum, SGD 1e-8 momentum 0.9"
        ),
        Setup(
            "torchRegression7cws",
            model="dynamic",
            reduction="sum",
            optimizer="momentum",
            lr=1e-8,
            momentum=0.9,
            steps=30_000,
            print_every=2_000,
        ),
    ),
)


def recipe(name: str) -> Recipe:
    for r in RECIPES:
        if r.name == name:
            return r
    raise KeyError(f"no recipe called {name}; the recipes are {', '.join(r.name for r in RECIPES)}")
