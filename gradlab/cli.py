"""gradlab's command line: open the window, render screenshots, or descend a function.

Qt is imported only when something is drawn and torch only when something is computed, so
``gradlab --version`` and ``gradlab --help`` answer at once.
"""

from __future__ import annotations

import argparse
import math
import sys

from . import __version__


class Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line (and exit status 2), not the whole usage."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


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
        help="render the main window once per tab to DIR/graph.png, DIR/descent.png and "
        "DIR/regression.png, then exit (needs no display)",
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
    descend.add_argument("--lr", type=float, default=0.02, help="learning rate (default 0.02)")
    descend.add_argument("--steps", type=int, default=100, help="number of steps (default 100)")
    descend.add_argument(
        "--momentum", type=float, default=0.9, help="for momentum and nesterov (default 0.9)"
    )
    descend.add_argument("--tolerance", type=float, default=0.0, help="stop when |gradient| falls below this")
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
    train.add_argument("--seed", type=int, default=None, help="seed torch and random as the script would")
    train.add_argument("--steps", type=int, default=None, help="steps (default: the recipe's)")
    train.add_argument("--target", default=None, help="cubic (default), sin, or an expression of x")
    train.add_argument("--lr", type=float, default=None, help="learning rate (default: the recipe's)")
    train.add_argument("--save", metavar="PATH", default=None, help="save a checkpoint when done")
    train.set_defaults(handler=train_command, parser=train)

    predict = commands.add_parser(
        "predict", help="predict y with a saved checkpoint", description="Predict y from a checkpoint."
    )
    predict.add_argument("checkpoint", help="a checkpoint saved by gradlab, or the course's model.ckpt")
    group = predict.add_mutually_exclusive_group(required=True)
    group.add_argument("--x", type=float, help="an x; the model's features are built from it")
    group.add_argument("--features", help="a raw feature row, e.g. 2,4,8 as in regression2predict.py")
    predict.set_defaults(handler=predict_command, parser=predict)
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
    start = _numbers(args.start, objective.dims, parser)
    if not (math.isfinite(args.lr) and 0 < args.lr <= 1e6):
        parser.error("--lr must be a positive number no larger than 1e6")
    if not 0 < args.steps <= 10_000_000:
        parser.error("--steps must be between 1 and 10,000,000")
    if not (math.isfinite(args.momentum) and 0 <= args.momentum < 1):
        parser.error("--momentum must be at least 0 and below 1")
    minimum = curvature(objective).has_minimum
    descent = Run(
        objective, start, args.optimizer, args.lr, args.momentum, args.tolerance, args.steps, minimum
    )
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
    for t in range(setup.steps):
        loss = trainer.step()
        if t % every == every - 1:
            print(t, loss)
        if not math.isfinite(loss):
            print(why_not_finite(loss, t, lowest, previous), file=sys.stderr)
            return 1
        previous, lowest = loss, min(lowest, loss)
    for line in trainer.closing_lines():
        print(line)
    if args.save:
        from .regression.checkpoint import CheckpointError, save_checkpoint

        try:
            save_checkpoint(args.save, trainer.model, setup)
        except CheckpointError as error:
            parser.error(str(error))
    return 0


def predict_command(args: argparse.Namespace) -> int:
    """Print the model's prediction, as regression2predict.py does."""
    from .regression.checkpoint import CheckpointError, load_checkpoint, predict

    parser = args.parser
    try:
        checkpoint = load_checkpoint(args.checkpoint)
    except CheckpointError as error:
        parser.error(str(error))
    if args.features is not None:
        row = _numbers(args.features, None, parser, "--features")
        width = 3 if checkpoint.setup.model == "linear3" else 1
        if len(row) != width:
            parser.error(f"this model takes {width} feature(s) per row, not {len(row)}")
        value = predict(checkpoint.model, checkpoint.setup, row=row)
    else:
        if not math.isfinite(args.x):
            parser.error("--x must be a finite number")
        value = predict(checkpoint.model, checkpoint.setup, x=args.x)
    print(f"predict={value!r}")
    return 0


def _numbers(
    text: str | None, count: int | None, parser: Parser, option: str = "--start"
) -> tuple[float, ...]:
    if text is None:
        return (0.0,) * count
    try:
        values = tuple(float(v) for v in text.replace(" ", "").replace("[", "").replace("]", "").split(","))
    except ValueError:
        parser.error(f"{option} takes numbers separated by commas, like 1,3, not {text!r}")
    if count is not None and len(values) != count:
        parser.error(f"{option} needs {count} finite number(s) for this function, got {text!r}")
    if not all(math.isfinite(v) for v in values):
        parser.error(f"{option} takes finite numbers, not {text!r}")
    return values


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return args.handler(args)
    from .ui import app

    if args.screenshot:
        try:
            for path in app.save_screenshots(args.screenshot, args.language):
                print(path)
        except OSError as error:
            print(f"gradlab: {error}", file=sys.stderr)
            return 1
        return 0
    return app.run(args.language)


if __name__ == "__main__":
    sys.exit(main())
