"""The course's five regression scripts as recipes, and the settings a student can change.

Plain data (no torch), so the window can list them before torch has loaded and a session file
can hold them. The descriptions in ``MODELS``, ``OPTIMIZERS`` and ``REDUCTIONS`` and the recipes'
titles are English, marked for translation in the context ``"regression.recipes"``: a view shows
``translate("regression.recipes", text)``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

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

    def to_dict(self) -> dict:
        return asdict(self)

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
        for name, low, high in (("points", 2, 1_000_000), ("steps", 1, 10_000_000), ("hidden", 1, 4096)):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                message = translate(
                    "regression.recipes", "{name} must be a whole number from {low} to {high}"
                )
                raise ValueError(message.format(name=name, low=f"{low:,}", high=f"{high:,}"))
        if not isinstance(self.lr, (int, float)) or not (0 < self.lr <= 1e6):
            message = translate(
                "regression.recipes", "the learning rate must be a positive number no larger than 1e6"
            )
            raise ValueError(message)
        if not isinstance(self.momentum, (int, float)) or not 0 <= self.momentum < 1:
            raise ValueError(translate("regression.recipes", "momentum must be at least 0 and below 1"))
        if not isinstance(self.noise, (int, float)) or not 0 <= self.noise <= 1e6:
            raise ValueError(translate("regression.recipes", "noise must be 0 or a positive number"))
        if not isinstance(self.print_every, int) or self.print_every < 1:
            raise ValueError(translate("regression.recipes", "print_every must be a positive whole number"))
        if self.seed is not None and (not isinstance(self.seed, int) or isinstance(self.seed, bool)):
            raise ValueError(translate("regression.recipes", "the seed must be a whole number"))
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
