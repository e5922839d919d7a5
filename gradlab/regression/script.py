"""A training set-up as a standalone PyTorch script in the style of the course's scripts.

The script builds the same data, model, loss and optimizer in the same order, so it prints the
same losses as ``gradlab train`` (and, for a recipe, as the course's script with the same seed).
It is made of checked settings only: the target's names (x alone), numbers written as Python
floats and ints, and a CSV file's path as a string literal (``repr``), whatever characters it holds.
"""

from __future__ import annotations

from pathlib import Path

from ..engine import parse_expression
from ..engine.expr import Call, Num, Var
from ..graph.codegen import TORCH_BINARY_FUNCTIONS, combine
from ..paths import resource_path
from .recipes import Setup
from .settings import target_tree

EMBEDDED_POINTS = 5000  # more points than this are read from their CSV file, not written into the script
# The course's own class definitions, taken from its scripts (shipped in resources/examples).
MODEL_SOURCES = {
    "poly3": ("torchRegression6custom.py", "Polynomial3"),
    "dynamic": ("torchRegression7cws.py", "DynamicNet"),
}


def class_source(model: str) -> str:
    """The text of the course's class for ``model`` ("" for models built from torch.nn alone)."""
    if model not in MODEL_SOURCES:
        return ""
    filename, name = MODEL_SOURCES[model]
    lines = resource_path("examples", filename).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"class {name}("))
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].strip() and not lines[i][0].isspace()),
        len(lines),
    )
    return "\n".join(lines[start:end]).rstrip() + "\n"


def torch_expression(text: str) -> str:
    """An expression of x in the expression language, written with torch functions."""
    tree = parse_expression(text)
    out: dict[int, tuple[str, int]] = {}
    stack = [(tree, False)]
    while stack:
        node, done = stack.pop()
        if isinstance(node, Num):
            literal = repr(node.value)
            out[id(node)] = (f"({literal})" if node.value < 0 else literal, 9)
        elif isinstance(node, Var):
            out[id(node)] = (node.name, 9)
        elif not done:
            stack.append((node, True))
            stack.extend((a, False) for a in reversed(node.args))
        else:
            out[id(node)] = _combine(node, [out[id(a)] for a in node.args])
    return out[id(tree)][0]


def _call(op: str, texts: list[str]) -> str:
    if op == "norm":
        return f"torch.linalg.vector_norm(torch.stack(torch.broadcast_tensors({', '.join(texts)})), dim=0)"
    return f"torch.{op}({texts[0]})"


def _combine(node: Call, args) -> tuple[str, int]:
    if node.op in TORCH_BINARY_FUNCTIONS:  # torch.maximum takes tensors only: a number becomes one
        texts = [
            f"torch.tensor({text}, dtype=torch.float64)" if isinstance(arg, Num) else text
            for arg, (text, _) in zip(node.args, args)
        ]
        return f"torch.{TORCH_BINARY_FUNCTIONS[node.op]}({', '.join(texts)})", 9
    return combine(node.op, args, call=_call, space_all=True)


def data_lines(data, data_file: str | Path | None) -> list[str]:
    """The lines that make x and y from loaded data: its values, or for a big file the file read again."""
    x, y = data
    if len(x) <= EMBEDDED_POINTS or data_file is None:
        # str of a float32 is the shortest text that reads back as the same float32
        xs = ", ".join(str(v) for v in x.numpy())
        ys = ", ".join(str(v) for v in y.numpy())
        return [
            f"# The {len(x):,} points of the data the tab trained on",
            f"x = torch.tensor([{xs}])",
            f"y = torch.tensor([{ys}])",
        ]
    return [
        f"# The data: the {len(x):,} points of this file, too many to write into the script;",
        "# read as gradlab reads it (a header row is optional, blank rows are skipped)",
        "import csv",
        "xs, ys = [], []",
        f"with open({str(data_file)!r}, newline='', encoding='utf-8-sig') as handle:",
        "    for number, row in enumerate(csv.reader(handle), start=1):",
        "        if not row or all(not cell.strip() for cell in row):",
        "            continue",
        "        try:",
        "            x_value, y_value = float(row[0]), float(row[1])",
        "        except ValueError:",
        "            if number == 1 and not xs:  # a header",
        "                continue",
        "            raise",
        "        xs.append(x_value)",
        "        ys.append(y_value)",
        "x = torch.tensor(xs)",
        "y = torch.tensor(ys)",
    ]


def script_for(setup: Setup, data=None, data_file: str | Path | None = None) -> str:
    """The standalone script for ``setup``, trained on ``data`` (x, y) if given (read from ``data_file``)."""
    setup.validate()
    target_tree(setup.target)  # a function of x alone: no other name reaches the program
    lines = ["import random", "import math", "import torch", ""]
    if setup.model in MODEL_SOURCES:
        lines += [class_source(setup.model), ""]
    if setup.seed is not None:
        lines += [f"torch.manual_seed({setup.seed})", f"random.seed({setup.seed})", ""]
    if data is not None:
        lines += data_lines(data, data_file)
    else:
        lines += [
            "# Create Tensors to hold input and outputs.",
            f"x = torch.linspace(-math.pi, math.pi, {setup.points})",
            f"y = {torch_expression(setup.target)}",
        ]
        if setup.noise > 0:
            lines += [
                f"generator = torch.Generator().manual_seed({setup.seed or 0})",
                f"y = y + {float(setup.noise)!r} * torch.randn(y.shape, generator=generator)",
            ]
    if setup.model == "linear3":
        lines += ["p = torch.tensor([1, 2, 3])", "inputs = x.unsqueeze(-1).pow(p)", ""]
        lines.append("model = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1))")
    elif setup.model == "mlp":
        activation = {"tanh": "Tanh", "relu": "ReLU", "sigmoid": "Sigmoid"}[setup.activation]
        lines += ["inputs = x.unsqueeze(-1)", ""]
        lines.append(
            f"model = torch.nn.Sequential(torch.nn.Linear(1, {setup.hidden}), torch.nn.{activation}(), "
            f"torch.nn.Linear({setup.hidden}, 1), torch.nn.Flatten(0, 1))"
        )
    else:
        lines += ["inputs = x", ""]
        lines.append("model = Polynomial3()" if setup.model == "poly3" else "model = DynamicNet()")
    if setup.reduction == "mean":
        lines.append("loss_fn = lambda output, target: torch.mean((output - target)**2)")
    else:
        lines.append("loss_fn = torch.nn.MSELoss(reduction='sum')")
    lines.append(f"learning_rate = {float(setup.lr)!r}")
    momentum = float(setup.momentum)
    optimizer = {
        "sgd": "torch.optim.SGD(model.parameters(), lr=learning_rate)",
        "momentum": f"torch.optim.SGD(model.parameters(), lr=learning_rate, momentum={momentum!r})",
        "rmsprop": "torch.optim.RMSprop(model.parameters(), lr=learning_rate)",
        "adam": "torch.optim.Adam(model.parameters(), lr=learning_rate)",
    }.get(setup.optimizer)
    if optimizer:
        lines.append(f"optimizer = {optimizer}")
    every = setup.print_every
    lines += [
        f"for t in range({setup.steps}):",
        "    y_pred = model(inputs)",
        "    loss = loss_fn(y_pred, y)",
        f"    if t % {every} == {every - 1}:",
        "        print(t, loss.item())",
    ]
    if optimizer:
        lines += ["    optimizer.zero_grad()", "    loss.backward()", "    optimizer.step()"]
    else:
        lines += [
            "    model.zero_grad()",
            "    loss.backward()",
            "    with torch.no_grad():",
            "        for param in model.parameters():",
            "            param -= learning_rate * param.grad",
        ]
    lines.append("")
    if setup.model == "linear3":
        lines.append("linear_layer = model[0]")
        if setup.recipe == "torchRegression4nn":
            lines += [
                "print(f'linear_layer.weight={linear_layer.weight}')",
                "print(f'linear_layer.weight[:]={linear_layer.weight[:]}')",
                "print(f'linear_layer.weight[:,0]={linear_layer.weight[:,0]}')",
                "print(f'linear_layer.weight[:,1]={linear_layer.weight[:,1]}')",
            ]
        lines.append(
            "print(f'Result: y = {linear_layer.bias.item()} + {linear_layer.weight[:, 0].item()} x + "
            "{linear_layer.weight[:, 1].item()} x^2 + {linear_layer.weight[:, 2].item()} x^3')"
        )
    elif setup.model == "mlp":
        lines.append("print(f'Result: an MLP with {sum(p.numel() for p in model.parameters())} parameters')")
    else:
        lines.append("print(f'Result: {model.string()}')")
    return "\n".join(lines) + "\n"
