"""gradlab's command line: open the window, print the version, or render screenshots.

Qt is imported only when something is drawn, so command-line tools start fast.
"""

from __future__ import annotations

import argparse
import sys

from . import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gradlab",
        description="A desktop lab for backpropagation and gradient descent. "
        "Without arguments, open the window.",
    )
    parser.add_argument("--version", action="version", version=f"gradlab {__version__}")
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        help="render the main window once per tab to DIR/graph.png, DIR/descent.png and "
        "DIR/regression.png, then exit (needs no display)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .ui import app

    if args.screenshot:
        try:
            for path in app.save_screenshots(args.screenshot):
                print(path)
        except OSError as error:
            print(f"gradlab: {error}", file=sys.stderr)
            return 1
        return 0
    return app.run()


if __name__ == "__main__":
    sys.exit(main())
