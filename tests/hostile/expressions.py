"""Hostile expressions, typed in the Graph tab (with values) or as the descent function, and options.

Options are command lines (``gradlab train --save /no/such/dir/m.ckpt``): each numeric option must
refuse nan, inf and out-of-range integers in one line, and a failed save must say where.
"""

from __future__ import annotations

import math

from .generate import MARKER, Case

NESTED = "deep|nest|long|limit|too many|at most|5,000|5000"
CODE = ""  # code is refused; any clean words will do


def balanced_product(leaves: int, name: str = "x") -> str:
    terms = [name] * leaves
    while len(terms) > 1:
        terms = [f"({a}*{b})" for a, b in zip(terms[::2], terms[1::2])]
    return terms[0]


def cases() -> list[Case]:
    graph_ok = [
        # id, text, values, value
        ("sum", "x + y", "x=1, y=3", 4.0),
        ("net1", "x*x + y*y", "x=1, y=3", 10.0),
        ("exp", "exp(x)", "x=0", 1.0),
        ("log", "log(x)", "x=1", 0.0),
        ("log-negative", "log(x)", "x=-1", math.nan),
        ("divide-by-zero", "1 / x", "x=0", math.inf),
        ("relu", "relu(x)", "x=-2", 0.0),
        ("tanh", "tanh(x)", "x=0", 0.0),
        ("sigmoid", "sigmoid(x)", "x=0", 0.5),
        ("sin", "sin(x)", "x=0", 0.0),
        ("power", "x**3", "x=2", 8.0),
        ("negative", "-x", "x=2", -2.0),
        ("parens", "((x))", "x=2", 2.0),
        ("spaces", "   x  *  y   ", "x=2, y=3", 6.0),
        ("unicode-name", "α * 2", "α=2", 4.0),
        (
            "many-variables",
            " + ".join(f"v{i}" for i in range(100)),
            ", ".join(f"v{i}=1" for i in range(100)),
            100.0,
        ),
        ("flat-sum-1000", " + ".join(["x"] * 1000), "x=1", 1000.0),
        ("flat-product-1000", " * ".join(["x"] * 1000), "x=1", 1.0),
        ("balanced-2048", balanced_product(2048), "x=1", 1.0),
        ("norm-4800", "norm(" + ", ".join(["x", "y"] * 2400) + ")", "x=1, y=1", math.sqrt(4800)),
        ("nested-50", "(" * 50 + "x" + ")" * 50, "x=3", 3.0),
        ("exp-nested-20", "exp(" * 20 + "x" + ")" * 20, "x=-1000", math.inf),
        ("big-constant", "1e300 * x", "x=1e10", math.inf),
        ("max-gate", "max(x, y) * z", "x=-2, y=5, z=-4", -20.0),
        ("min-tie", "min(x, y)", "x=3, y=3", 3.0),
        ("max-inf", "max(x, 1 / y)", "x=2, y=0", math.inf),
    ]
    graph_refused = [
        # id, text, values, says, not_says
        ("nul", "x\x00+1", "x=1", "", "ends too soon"),
        ("nul-values", "x+1", "x=1\x00", "", ""),
        ("empty", "", "", "", ""),
        ("blank", "   ", "", "", ""),
        ("import", "__import__('os').system('touch " + MARKER + "')", "", CODE, ""),
        ("dunder-attr", "x.__class__", "x=1", CODE, ""),
        ("attribute", "x.real", "x=1", CODE, ""),
        ("lambda", "lambda: 0", "", CODE, ""),
        ("comprehension", "[x for x in ()]", "x=1", CODE, ""),
        ("conditional", "x if x else y", "x=1, y=2", CODE, ""),
        ("statement", "x; import os", "x=1", CODE, ""),
        ("import-statement", "import os", "", CODE, ""),
        ("exec", "exec('1')", "", CODE, ""),
        ("eval", "eval('1')", "", CODE, ""),
        ("open", "open('/etc/passwd')", "", CODE, ""),
        ("subscript", "x[0]", "x=1", CODE, ""),
        ("fstring", "f'{x}'", "x=1", CODE, ""),
        ("matmul", "x @ x", "x=1", CODE, ""),
        ("compare", "x == x", "x=1", CODE, ""),
        ("boolean", "x and x", "x=1", CODE, ""),
        ("walrus", "(x := 1)", "x=1", CODE, ""),
        ("starred", "*x", "x=1", CODE, ""),
        ("string", "'a' * x", "x=1", CODE, ""),
        ("bytes", "b'a'", "", CODE, ""),
        ("complex", "1j * x", "x=1", CODE, ""),
        ("none", "None + x", "x=1", CODE, ""),
        ("keyword-argument", "exp(x=1)", "x=1", CODE, ""),
        ("call-variable", "x(1)", "x=1", CODE, ""),
        ("unknown-function", "foo(x)", "x=1", CODE, ""),
        ("os-system", "os.system(x)", "x=1", CODE, ""),
        ("arity-exp-2", "exp(x, y)", "x=1, y=1", "", ""),
        ("arity-exp-0", "exp()", "", "", ""),
        ("arity-norm-0", "norm()", "", "", ""),
        ("arity-max-3", "max(x, y, z)", "x=1, y=2, z=3", "takes 2 arguments", ""),
        ("arity-min-1", "min(x)", "x=1", "takes 2 arguments", ""),
        ("arity-max-0", "max()", "", "takes 2 arguments", ""),
        ("syntax", "x +", "x=1", "", ""),
        ("unbalanced", "(x", "x=1", "", ""),
        ("fullwidth-plus", "x＋1", "x=1", "", ""),
        ("newline", "x\n+ 1", "x=1", "", ""),
        ("missing-value", "x + y", "x=1", "", ""),
        ("value-code", "x", f"x=__import__('os').system('touch {MARKER}')", "", ""),
        ("value-nan", "x", "x=nan", "", ""),
        ("value-duplicate", "x", "x=1, x=2", "", ""),
        ("value-text", "x", "x=one", "", ""),
        ("flat-sum-6000", " + ".join(["x"] * 6000), "x=1", NESTED, ""),
        ("balanced-8192", balanced_product(8192), "x=1", NESTED, ""),
        ("norm-200000", "norm(" + ", ".join(["x"] * 200_000) + ")", "x=1", NESTED, ""),
        ("nested-1000", "(" * 1000 + "x" + ")" * 1000, "x=1", NESTED, "Recursion"),
        ("nested-100000", "(" * 100_000 + "x" + ")" * 100_000, "x=1", NESTED, "Recursion"),
        ("unary-10000", "-" * 10_000 + "x", "x=1", NESTED, "Recursion"),
        ("exp-nested-1000", "exp(" * 1000 + "x" + ")" * 1000, "x=1", NESTED, "Recursion"),
        ("megabyte", "x+" * 500_000 + "x", "x=1", NESTED, ""),
        ("keyword-name", "class + 1", "", "", ""),
        ("dunder-name", "__builtins__ + 1", "__builtins__=1", "", ""),
    ]
    clean = [
        # id, text, values: either answer, as long as it is clean and quick
        ("digits-400", "9" * 400 + " * x", "x=1"),
        ("exponent-400", "1e400 * x", "x=1"),
        ("tower", "9**9**9", ""),
        ("tower-x", "x**x**x**x**x**x", "x=9"),
        ("two-power-10000", "2**10000 * x", "x=1"),
        ("ten-power-ten-power-ten", "10**10**10", ""),
        ("fullwidth-x", "ｘ * ｘ", "x=2"),
        ("comment", "x # a comment", "x=1"),
        ("continuation", "x \\\n+ 1", "x=1"),
        ("true", "True * x", "x=1"),
        ("long-name", "a" * 100_000, "a" * 100_000 + "=1"),
        ("value-1e400", "x", "x=1e400"),
        ("value-400-digits", "x", "x=" + "9" * 400),
        ("tab", "x\t+\t1", "x=1"),
    ]
    descent_ok = [
        # id, text, dims
        ("net2", "x*x + y*y", 2),
        ("one-variable", "x*x", 1),
        ("rosenbrock", "(1 - x)**2 + 100*(y - x*x)**2", 2),
        ("flat-sum-1000", " + ".join(["x"] * 1000), 1),
        ("norm-4800", "norm(" + ", ".join(["x", "y"] * 2400) + ")", 2),
        ("balanced-2048", balanced_product(2048), 1),
        ("log", "log(x)", 1),
        ("exp-overflow", "exp(exp(exp(x)))", 1),
        ("big-constant", "1e300 * x * y", 2),
        ("max-min", "max(x, y) + min(x*x, y)", 2),
    ]
    descent_refused = [
        # id, text, says, not_says
        ("nul", "x\x00+1", "", "ends too soon"),
        ("import", f"__import__('os').system('touch {MARKER}')", "", ""),
        ("three-variables", "x + y + z", "", ""),
        ("other-variable", "a * a", "", ""),
        ("empty", "", "", ""),
        ("syntax", "x *", "", ""),
        ("newline", "x\n+ 1", "", ""),
        ("flat-sum-6000", " + ".join(["x"] * 6000), NESTED, ""),
        ("norm-200000", "norm(" + ", ".join(["x"] * 200_000) + ")", NESTED, ""),
        ("nested-100000", "(" * 100_000 + "x" + ")" * 100_000, NESTED, "Recursion"),
        ("balanced-8192", balanced_product(8192), NESTED, ""),
        ("lambda", "lambda: x", "", ""),
    ]
    made = []
    for name, text, values, value in graph_ok:
        made.append(
            Case(
                f"expr-graph-{name}",
                "expression",
                "ok",
                text[:60],
                text=text,
                values=values,
                use="graph",
                check={"value": value},
            )
        )
    for name, text, values, says, not_says in graph_refused:
        made.append(
            Case(
                f"expr-graph-{name}",
                "expression",
                "refused",
                text[:60],
                text=text,
                values=values,
                use="graph",
                says=says,
                not_says=not_says,
            )
        )
    for name, text, values in clean:
        made.append(
            Case(
                f"expr-graph-{name}", "expression", "clean", text[:60], text=text, values=values, use="graph"
            )
        )
    for name, text, dims in descent_ok:
        made.append(
            Case(
                f"expr-descent-{name}",
                "expression",
                "ok",
                text[:60],
                text=text,
                use="descent",
                check={"dims": dims},
            )
        )
    for name, text, says, not_says in descent_refused:
        made.append(
            Case(
                f"expr-descent-{name}",
                "expression",
                "refused",
                text[:60],
                text=text,
                use="descent",
                says=says,
                not_says=not_says,
            )
        )
    for name, text, _ in clean[:6]:
        if "x" in text and "y" not in text:
            made.append(
                Case(f"expr-descent-{name}", "expression", "clean", text[:60], text=text, use="descent")
            )
    return made + options()


def options() -> list[Case]:
    """Command lines that must be refused in one line, exit status 2 (``{corpus}`` is the folder)."""
    train = ["train", "--recipe", "regression1train", "--steps", "1"]
    predict = ["predict", "{corpus}/checkpoint-valid-regression1train.ckpt"]
    descend = ["descend", "x*x", "--steps", "5"]
    spec = [
        # id, argv, says, not_says
        ("save-missing-folder", [*train, "--save", "/no/such/dir/m.ckpt"], "does not exist|/no/such/dir", ""),
        ("save-proc", [*train, "--save", "/proc/m.ckpt"], "", ""),
        ("save-folder", [*train, "--save", "{corpus}"], "folder", ""),
        ("save-empty", [*train, "--save", ""], "", ""),
        ("save-newline-name", [*train, "--save", "/no/such/dir/a\nb.ckpt"], "", ""),
        (
            "seed-2-70",
            ["train", "--recipe", "regression1train", "--seed", str(2**70), "--steps", "1"],
            "seed",
            "Overflow|long long",
        ),
        (
            "steps-huge",
            ["train", "--recipe", "regression1train", "--steps", str(10**30)],
            "steps",
            "Overflow",
        ),
        ("train-lr-nan", [*train, "--lr", "nan"], "", ""),
        ("train-lr-inf", [*train, "--lr", "inf"], "", ""),
        ("train-lr-negative", [*train, "--lr", "-1"], "", ""),
        ("train-target-code", [*train, "--target", "__import__('os').system('true')"], "", ""),
        ("descend-tolerance-nan", [*descend, "--tolerance", "nan"], "tolerance", ""),
        ("descend-tolerance-inf", [*descend, "--tolerance", "inf"], "tolerance", ""),
        ("descend-tolerance-negative", [*descend, "--tolerance", "-1"], "tolerance", ""),
        ("descend-lr-nan", [*descend, "--lr", "nan"], "", ""),
        ("descend-momentum-nan", [*descend, "--momentum", "nan"], "", ""),
        ("descend-steps-huge", ["descend", "x*x", "--steps", str(10**30)], "steps", "Overflow"),
        ("descend-steps-zero", ["descend", "x*x", "--steps", "0"], "steps", ""),
        ("descend-start-nan", ["descend", "x*x", "--start", "nan"], "", ""),
        ("descend-start-400-digits", ["descend", "x*x", "--start", "9" * 400], "", "Overflow"),
        ("predict-x-nan", [*predict, "--x", "nan"], "", ""),
        ("predict-x-inf", [*predict, "--x", "inf"], "", ""),
        ("predict-x-1e400", [*predict, "--x", "1e400"], "", ""),
        ("predict-features-nan", [*predict, "--features", "nan,1,2"], "", ""),
        ("predict-features-many", [*predict, "--features", ",".join(["1"] * 10_000)], "", ""),
    ]
    made = [
        Case(
            f"option-{name}",
            "option",
            "refused",
            " ".join(argv)[:80],
            argv=argv,
            says=says,
            not_says=not_says,
        )
        for name, argv, says, not_says in spec
    ]
    return made
