"""gradlab's command line: open the window, render screenshots, or descend a function.

Qt is imported only when something is drawn and torch only when something is computed, so
``gradlab --version`` and ``gradlab --help`` answer at once. Every numeric option is checked as it
is read (nan, inf and numbers out of range are one line, exit 2; a number too large or too small
for its option's range, or for a float, is called so), and every message is one line, with file
names through ``files.shown``. Only a mistake in how the command was typed (``Parser.error``)
points at ``--help``; a file that cannot be used says what is wrong with it (``Parser.fail``). A
reader that goes away early (``gradlab classify | head``) ends the command quietly, for every
command alike (``main``).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from array import array
from pathlib import Path

from . import __version__
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
from .files import TEMPORARY_SUFFIX, not_a_regular_file, shown, why_not


def build_parser() -> Parser:
    parser = Parser(
        prog="gradlab",
        description="A desktop lab for backpropagation and gradient descent. "
        "Without a command, open the window.",
    )
    parser.add_argument("--version", action="version", version=f"gradlab {__version__}")
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        help="render the main window once per tab to DIR/graph.png, DIR/descent.png, "
        "DIR/regression.png and DIR/classify.png, then exit (needs no display)",
    )
    parser.add_argument(
        "--language",
        choices=("en", "zh_TW"),
        default=None,
        help="the window's language (default: the one chosen last in View → Language, else the system's)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    descend = commands.add_parser(
        "descend",
        help="descend a function and print 'i  =>  value' lines as net2.py does",
        description="Gradient descent on a function of x (and y), in float64. Plain descent on x*x + y*y "
        "from 1,3 with --lr 0.02 reproduces net2.py (whose classic update equals learning rate 0.02).",
    )
    descend.add_argument("expression", help="a function of x, or of x and y, e.g. 'x*x + y*y'")
    descend.add_argument("--start", default=None, help="where to start, e.g. 1,3 (negative: --start=-1,2)")
    descend.add_argument(
        "--optimizer",
        choices=["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"],
        default="sgd",
        help="sgd is plain descent, p -= lr * grad; the others follow torch.optim's algorithms and "
        "defaults exactly, computed in float64 without torch (default: sgd)",
    )
    descend.add_argument("--lr", type=LEARNING_RATE, default=0.02, help="learning rate (default 0.02)")
    descend.add_argument("--steps", type=STEPS, default=100, help="number of steps (default 100)")
    descend.add_argument(
        "--momentum",
        type=real("--momentum", "at least 0 and below 1", lambda v: 0 <= v < 1),
        default=None,
        help="for momentum and nesterov (default 0.9)",
    )
    descend.add_argument(
        "--tolerance",
        type=real("--tolerance", "a finite number, 0 or more", lambda v: v >= 0),
        default=0.0,
        help="stop when |gradient| falls below this",
    )
    descend.set_defaults(handler=descend_command, parser=descend)

    train = commands.add_parser(
        "train",
        help="train one of the course's regression recipes and print what its script prints",
        description="Train a recipe (named after the course's scripts) and print 't loss' lines and the "
        "Result line, as the script does. With --seed N the losses equal the script's with "
        "torch.manual_seed(N); random.seed(N) at its top.",
    )
    from .regression.recipes import RECIPES

    train.add_argument(
        "--recipe",
        required=True,
        choices=[r.name for r in RECIPES],
        metavar="NAME",
        help="one of: " + ", ".join(r.name for r in RECIPES),
    )
    train.add_argument(
        "--seed",
        type=whole("--seed", 0, SEED_MAX),
        default=None,
        help="seed torch and random as the script would",
    )
    train.add_argument("--steps", type=STEPS, default=None, help="steps (default: the recipe's)")
    train.add_argument("--target", default=None, help="cubic (default), sin, or an expression of x")
    train.add_argument("--lr", type=LEARNING_RATE, default=None, help="learning rate (default: the recipe's)")
    train.add_argument(
        "--save",
        metavar="PATH",
        default=None,
        help="save a checkpoint when done (its folder is checked before training)",
    )
    train.set_defaults(handler=train_command, parser=train)

    predict = commands.add_parser(
        "predict", help="predict y with a saved checkpoint", description="Predict y from a checkpoint."
    )
    predict.add_argument("checkpoint", help="a checkpoint saved by gradlab, or the course's model.ckpt")
    group = predict.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--x", type=real("--x", "a finite number"), help="an x; the model's features are built from it"
    )
    group.add_argument("--features", help="a raw feature row, e.g. 2,4,8 as in regression2predict.py")
    group.add_argument(
        "--point", help="a point x1,x2 for a Neural Network tab checkpoint: its class and score"
    )
    predict.set_defaults(handler=predict_command, parser=predict)
    from .cli_classify import add_classify_command  # here: cli_classify reads this module's helpers

    add_classify_command(commands)
    from .cli_race import add_race_command

    add_race_command(commands)
    from .cli_notebook import add_notebook_command

    add_notebook_command(commands)
    from .cli_exercise import add_exercise_command

    add_exercise_command(commands)
    return parser


def descend_command(args: argparse.Namespace) -> int:
    """Run one optimizer and print each step as net2.py does, then the variables."""
    from .descent import Objective, Run, curvature
    from .engine import ExprError

    parser = args.parser
    try:
        objective = Objective(args.expression)
    except ExprError as error:
        parser.error(f"in the expression: {error}")
    start = numbers(args.start, objective.dims, parser)
    refuse_unused_momentum(args.momentum is not None, args.optimizer, ("momentum", "nesterov"), parser)
    momentum = 0.9 if args.momentum is None else args.momentum
    minimum = curvature(objective).has_minimum
    descent = Run(objective, start, args.optimizer, args.lr, momentum, args.tolerance, args.steps, minimum)
    printed = 0
    while descent.running:
        descent.advance(1000)
        for line in descent.log_lines(printed):
            print(line)
        printed = descent.steps
    print(" ".join(f"{name}= {float(v)!r}" for name, v in zip(objective.names, descent.position)))
    if descent.status not in ("running", "finished"):
        print(descent.report())
    return 0


def train_command(args: argparse.Namespace) -> int:
    """Train a recipe, printing as the course's script prints."""
    from .regression.recipes import TARGETS, recipe
    from .regression.training import Trainer, why_not_finite

    parser = args.parser
    if args.save is not None:
        _check_save_path(args.save, parser)  # before training: a run is not lost to a typo in the path
    changes = {"seed": args.seed}
    if args.steps is not None:
        changes["steps"] = args.steps
    if args.lr is not None:
        changes["lr"] = args.lr
    if args.target is not None:
        changes["target"] = TARGETS.get(args.target, args.target)
    setup = recipe(args.recipe).setup.with_changes(**changes)
    try:
        setup.validate()
        trainer = Trainer(setup)
    except ValueError as error:
        parser.error(str(error))
    every = setup.print_every
    lowest = previous = math.inf
    history = array("d")
    for t in range(setup.steps):
        loss = trainer.step()
        history.append(loss)
        if t % every == every - 1:
            print(t, loss)
        if not math.isfinite(loss):
            print(why_not_finite(loss, t, lowest, previous), file=sys.stderr)
            return 1
        previous, lowest = loss, min(lowest, loss)
    for line in trainer.closing_lines():
        print(line)
    if args.save is not None:
        _save(args.save, trainer.model, setup, history, parser)
    return 0


def _check_save_path(text: str, parser: Parser) -> None:
    """Refuse a --save path that cannot be written, before any training: a file is made there and removed."""
    if not text.strip():
        parser.error("--save needs a file name, not ''")
    path = Path(text)
    if text.endswith(("/", os.sep)) or path.is_dir():
        parser.error(f"--save {_given(text)} names a folder, not a file in it")
    if not_a_regular_file(path):  # a device or a pipe: saving would replace it with a file
        parser.error(f"could not save {shown(path)}: {not_a_regular_file(path)}")
    probe = (
        path.parent if str(path.parent) else Path(".")
    ) / f".{path.name}.{os.getpid()}.probe{TEMPORARY_SUFFIX}"
    try:
        with open(probe, "xb"):
            pass
        probe.unlink()
    except OSError as error:
        parser.error(f"could not save {shown(path)}: {why_not(error, path, writing=True)}")


def _save(text: str, model, setup, history, parser: Parser) -> None:
    """Save the checkpoint; if that fails after all, keep the model in the temporary folder and say where."""
    import tempfile

    from .regression.checkpoint import CheckpointError, save_checkpoint

    try:
        save_checkpoint(text, model, setup, history)
        return
    except CheckpointError as error:
        failure = str(error)
    spare = Path(tempfile.gettempdir()) / f"gradlab-{os.getpid()}.ckpt"
    try:
        save_checkpoint(spare, model, setup, history)
    except CheckpointError:
        parser.fail(f"{failure}; the results printed above are all that is left of this run")
    parser.fail(f"{failure}; the model is saved as {spare} instead")


def predict_command(args: argparse.Namespace) -> int:
    """Print the model's prediction, as regression2predict.py does (a class and a score for --point)."""
    if args.point is not None:
        from .cli_classify import predict_point_command

        return predict_point_command(args)
    from .regression.checkpoint import CheckpointError, ClassifyCheckpointError, load_checkpoint, predict

    parser = args.parser
    try:
        checkpoint = load_checkpoint(args.checkpoint)
    except ClassifyCheckpointError as error:
        parser.error(f"{error}: predict a point with --point X1,X2")
    except CheckpointError as error:  # the file's contents: --help cannot say what is wrong with them
        parser.fail(str(error))
    if args.features is not None:
        row = numbers(args.features, None, parser, "--features")
        width = 3 if checkpoint.setup.model == "linear3" else 1
        if len(row) != width:
            parser.error(f"this model takes {width} feature(s) per row, not {len(row)}")
    try:
        if args.features is not None:
            value = predict(checkpoint.model, checkpoint.setup, row=row)
        else:
            value = predict(checkpoint.model, checkpoint.setup, x=args.x)
    except ValueError as error:  # an input the model's float32 cannot hold
        parser.error(str(error))
    print(f"predict={value!r}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command ``argv`` names; a reader of its output that has gone (``| head``) ends it quietly.

    Every command prints through here, so one rule covers them all: the rest of the output is thrown
    away (no BrokenPipeError traceback, now or when Python flushes stdout on the way out) and the
    exit status is 1, the run not having finished as asked.
    """
    try:
        status = _command(argv)
        sys.stdout.flush()  # here, not at exit: a reader gone before the last lines is caught too
    except BrokenPipeError:
        _discard_stdout()
        return 1
    return status


def _discard_stdout() -> None:
    """Send what is still buffered for stdout, and all later output, to the null device."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test's capture): nothing to flush
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, descriptor)
    os.close(null)


def _command(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return args.handler(args)
    from .ui import app

    if args.screenshot:
        try:
            for path in app.save_screenshots(args.screenshot, args.language):
                print(path)
        except OSError as error:
            folder = args.screenshot
            reason = why_not(error, Path(folder) / "graph.png", writing=True)
            print(f"gradlab: could not save the screenshots in {shown(folder)}: {reason}", file=sys.stderr)
            return 1
        return 0
    return app.run(args.language)


if __name__ == "__main__":
    sys.exit(main())
