"""``gradlab classify``: train a classifier on points in the plane and print ``step loss accuracy`` lines.

Also the Neural Network tab's side of ``gradlab predict``: a class and a score for ``--point X,Y``.
Registered from ``cli.py``; torch is imported only inside the commands. Every numeric option is
checked as it is read (one line, exit 2), and so is every setting, by the set-up's own rules.
"""

from __future__ import annotations

import argparse
import os
import sys
from array import array

from .cli import _check_save_path
from .cli_options import (
    LEARNING_RATE,
    SEED_MAX,
    STEPS,
    Parser,
    _given,
    numbers,
    real,
    refuse_unused_momentum,
    whole,
)

DATA_SETS = ("guide", "and", "or", "xor", "circle", "xorq", "gauss", "spiral", "moons")  # datasets.DATASETS
MODELS = ("linear", "neuron", "guide2layer", "mlp")
MOMENTUM_USERS = ("momentum",)  # the optimizers that read --momentum (regression.models.optimizer_for)
WIDEST, DEEPEST = 16, 6


def add_classify_command(commands) -> None:
    """The ``classify`` sub-command and its options."""
    from .classify.setup import ACTIVATIONS, ENGINES, LOSSES, OPTIMIZERS, PRESETS, SCHEDULES

    command = commands.add_parser(
        "classify",
        help="train a classifier on points in the plane and print 'step loss accuracy' lines",
        description="Train a classifier (the Neural Network tab's) and print 'step loss accuracy' lines "
        "(every step up to 100 steps, else about 20) and a Result line. With a seed (0 unless --seed "
        "none) the run is reproducible.",
    )
    command.add_argument(
        "--data",
        default=None,
        help=f"a data set ({', '.join(DATA_SETS)}) or a CSV file of x1,x2,label rows (default guide)",
    )
    command.add_argument(
        "--preset", choices=list(PRESETS), metavar="NAME", help="start from a preset: " + ", ".join(PRESETS)
    )
    command.add_argument(
        "--model", default=None, help="linear, neuron, guide2layer, or mlp:16,16 (hidden layer widths)"
    )
    command.add_argument("--loss", choices=list(LOSSES), default=None, help="default hinge")
    command.add_argument(
        "--activation", choices=list(ACTIVATIONS), default=None, help="the MLP's (default relu)"
    )
    command.add_argument(
        "--optimizer", choices=list(OPTIMIZERS), default=None, help="default manual: p -= lr * p.grad"
    )
    command.add_argument("--lr", type=LEARNING_RATE, default=None, help="learning rate (default 0.01)")
    command.add_argument(
        "--l2", type=real("--l2", "a number from 0 to 1,000", lambda v: 0 <= v <= 1000), default=None,
        help="L2 regularization strength (default 0)",
    )  # fmt: skip
    command.add_argument("--l2-biases", action="store_true", default=None, help="regularize the biases too")
    command.add_argument(
        "--momentum", type=real("--momentum", "at least 0 and below 1", lambda v: 0 <= v < 1), default=None
    )
    command.add_argument(
        "--schedule", choices=list(SCHEDULES), default=None, help="linear: lr·(1 − 0.9·k/steps)"
    )
    command.add_argument("--steps", type=STEPS, default=None, help="steps (default 400)")
    command.add_argument(
        "--seed", type=_seed, default=argparse.SUPPRESS, help="a whole number, or none (default 0)"
    )
    command.add_argument("--engine", choices=list(ENGINES), default=None, help="torch (default) or gradlab")
    command.add_argument("--points", type=whole("--points", 1, 100_000), default=None, help="how many points")
    command.add_argument(
        "--noise", type=real("--noise", "a number from 0 to 10", lambda v: 0 <= v <= 10), default=None
    )
    command.add_argument(
        "--test-percent", type=real("--test-percent", "a number from 0 to 90", lambda v: 0 <= v <= 90),
        default=None, help="the share of the points kept for testing (default 0)",
    )  # fmt: skip
    command.add_argument(
        "--batch", type=whole("--batch", 0, 100_000), default=None,
        help="points per step (default 0: all of them, in batches of 1,000 past 10,000)",
    )  # fmt: skip
    command.add_argument("--save", metavar="PATH", default=None, help="save a checkpoint when done")
    command.set_defaults(handler=classify_command, parser=command)


def _seed(text: str) -> int | None:
    if text.strip().lower() == "none":
        return None
    return whole("--seed", 0, SEED_MAX)(text)


def _hidden(text: str, parser: Parser) -> tuple[int, ...]:
    """The widths of ``mlp:16,16``."""
    try:
        widths = tuple(int(v) for v in text.split(","))
    except ValueError:
        widths = ()
    if not 1 <= len(widths) <= DEEPEST or not all(1 <= w <= WIDEST for w in widths):
        parser.error(
            f"--model mlp:W1,W2,… takes 1 to {DEEPEST} widths of 1 to {WIDEST} neurons, not {_given(text)}"
        )
    return widths


def setup_from(args: argparse.Namespace, parser: Parser):
    """The set-up the options describe (a preset's, or the defaults, with each given option changed)."""
    from .classify.setup import PRESETS, Setup, SetupError

    setup = PRESETS[args.preset] if args.preset else Setup()
    changes = {}
    if args.model is not None:
        kind, colon, widths = args.model.partition(":")
        if kind not in MODELS or (colon and kind != "mlp"):
            parser.error(f"--model is linear, neuron, guide2layer or mlp:16,16, not {_given(args.model)}")
        if colon and not widths.strip():  # not quietly the default widths
            parser.error("--model mlp: needs hidden layer widths, e.g. mlp:16,16")
        changes["model"] = kind
        if colon:
            changes["hidden"] = _hidden(widths, parser)
    names = {"points": "count", "test_percent": "test_percent"}
    for option in ("data", "loss", "activation", "optimizer", "lr", "l2", "l2_biases", "momentum", "schedule",
                   "steps", "engine", "points", "noise", "test_percent", "batch"):  # fmt: skip
        value = getattr(args, option)
        if value is not None:
            changes[names.get(option, option)] = value
    if hasattr(args, "seed"):
        changes["seed"] = args.seed
    setup = setup.with_changes(**changes)
    if args.data is not None and args.data not in DATA_SETS and args.points is None and args.noise is None:
        setup = setup.with_changes(count=None, noise=None)  # a CSV file's points are its own
    try:
        setup.validate()
    except SetupError as error:
        parser.error(str(error))
    refuse_unused_momentum(args.momentum is not None, setup.optimizer, MOMENTUM_USERS, parser)
    return setup


def points_for(setup, parser: Parser):
    """The set-up's points: a built-in set's, or a CSV file's; a mistake is one line."""
    from .classify.csv_points import read_points_csv
    from .classify.datasets import make_points
    from .classify.points import PointsError, check_points

    if setup.data in DATA_SETS:
        try:
            points = make_points(setup.data, setup.count, setup.seed, setup.noise)
        except PointsError as error:  # --points or --noise that this set does not take
            parser.error(str(error))
        refuse = parser.error
    else:
        if not os.path.lexists(setup.data):
            parser.error(
                f"--data {_given(setup.data)} is neither a data set ({', '.join(DATA_SETS)}) nor a file"
            )
        if setup.count is not None or setup.noise is not None:
            parser.error("--points and --noise are for the built-in data sets, not a CSV file")
        refuse = parser.fail  # what is wrong is in the file: --help cannot help
        try:
            points = read_points_csv(setup.data)
        except PointsError as error:
            refuse(str(error))
    problem = check_points(points)
    if problem:
        refuse(problem)
    return points


def classify_command(args: argparse.Namespace) -> int:
    """Train, printing ``step loss accuracy`` lines as the exported script does, then the Result line."""
    parser = args.parser
    if args.save is not None:
        _check_save_path(args.save, parser)  # before training: a run is not lost to a typo in the path
    setup = setup_from(args, parser)
    points = points_for(setup, parser)

    import math

    from .classify.training import Trainer, printed, why_not_finite

    try:
        trainer = Trainer(setup, points)
    except ValueError as error:
        parser.error(str(error))
    history, warned, lowest, previous = array("d"), "", math.inf, math.inf
    for t in range(setup.steps):
        try:
            loss = trainer.step()
        except (RuntimeError, ValueError) as error:
            print(f"gradlab classify: training stopped at step {t}: {error}", file=sys.stderr)
            return 1
        history.append(loss)
        if printed(t, setup.steps) or not math.isfinite(loss):  # the step that broke is shown too
            print(f"{t} {loss!r} {trainer.accuracy!r}")
        if not math.isfinite(loss):
            print(f"gradlab classify: {why_not_finite(loss, t, lowest, previous)}", file=sys.stderr)
            return 1
        previous, lowest = loss, min(lowest, loss)
        if trainer.watch.warning and trainer.watch.warning != warned:
            warned = trainer.watch.warning
            print(f"gradlab classify: at step {t}: {warned}", file=sys.stderr)
    print(trainer.result_line())
    if args.save is not None:
        _save(args.save, trainer, points, history, parser)
    return 0


def _save(text: str, trainer, points, history, parser: Parser) -> None:
    from .classify.checkpoint import CheckpointError, save_checkpoint

    try:
        save_checkpoint(text, trainer.model, trainer.setup, points, history)
    except CheckpointError as error:
        parser.fail(f"{error}; the results printed above are all that is left of this run")


def predict_point_command(args: argparse.Namespace) -> int:
    """``gradlab predict CHECKPOINT --point X,Y``: the class and the score (p for the sigmoid neuron)."""
    parser = args.parser
    x, y = numbers(args.point, 2, parser, "--point", needs="two numbers x1,x2", example="0.5,-1")
    from .classify.checkpoint import (
        CheckpointError,
        RegressionCheckpointError,
        load_checkpoint,
        predict_point,
    )

    try:
        checkpoint = load_checkpoint(args.checkpoint)
    except RegressionCheckpointError as error:  # the option does not fit the file: a usage mistake
        parser.error(f"{error}: predict with --x or --features")
    except CheckpointError as error:  # the file's contents
        parser.fail(str(error))
    try:
        label, score = predict_point(checkpoint, x, y)
    except ValueError as error:
        parser.error(str(error))
    names = checkpoint.points.classes if checkpoint.points is not None else ("+1", "-1")
    name = names[0] if label == 1 else names[1]
    print(f"class={name} score={score!r}")
    return 0


__all__ = ["add_classify_command", "classify_command", "predict_point_command"]
