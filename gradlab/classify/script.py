"""A classification set-up as a standalone PyTorch program that prints what ``gradlab classify`` prints.

The program builds the same model from the same seed, trains on the same points (written into it)
with the same loss, the same optimizer and the same batches, in the same order of operations, so
its ``step loss accuracy`` lines and its final line equal the command line's to the last digit (a
set-up for gradlab's own engine is trained here with PyTorch, whose losses agree with it to 1e-9).
It is made of checked settings only: names chosen from fixed tables, numbers written with ``repr``
of Python floats and ints, and no text of the user's at all.
"""

from __future__ import annotations

from .models import hidden_activation
from .points import Points, split
from .setup import Setup, batch_size, widths
from .training import print_every

MODULES = {"relu": "torch.nn.ReLU()", "tanh": "torch.nn.Tanh()", "sigmoid": "torch.nn.Sigmoid()"}
OPTIMIZERS = {
    "sgd": "torch.optim.SGD(model.parameters(), lr=learning_rate)",
    "momentum": "torch.optim.SGD(model.parameters(), lr=learning_rate, momentum={momentum})",
    "rmsprop": "torch.optim.RMSprop(model.parameters(), lr=learning_rate)",
    "adam": "torch.optim.Adam(model.parameters(), lr=learning_rate)",
}
ROW = 2  # points per line of the program


def export_script(setup: Setup, points: Points) -> str:
    """The standalone program for ``setup`` trained on ``points`` (split for testing as the tab splits)."""
    setup.validate()
    train, test = split(len(points), setup.test_percent, setup.seed, points.labels)
    lines = ["import torch", "from torch.nn import functional", ""]
    if setup.engine == "gradlab":
        lines += [
            "# Trained here with PyTorch; gradlab's own engine gives the same losses to about 1e-15.",
            "",
        ]
    if setup.seed is not None:
        lines += [f"torch.manual_seed({int(setup.seed)})", ""]
    else:
        lines += ["# No seed: each run starts from other weights.", ""]
    lines += [f"# The {len(train):,} training points (x1, x2) and their classes (+1 or -1)"]
    lines += _tensors("x", "y", points, train)
    if test:
        lines += [f"# The {len(test):,} test points"]
        lines += _tensors("x_test", "y_test", points, test)
    lines += ["", *_model_lines(setup), ""]
    lines += _settings_lines(setup, len(train))
    lines += ["", "", *_loss_lines(setup), "", ""]
    lines += [
        "def accuracy(output, labels):",
        "    return ((output > level) == (labels > 0)).sum().item() / len(labels)",
        "",
        "",
    ]
    lines += _loop_lines(setup, len(train))
    lines += ["", "with torch.no_grad():", "    loss, output = total_loss(x, y)"]
    lines.append('    line = f"Result: loss {loss.item()!r} accuracy {accuracy(output, y)!r}"')
    if test:
        lines += [
            "    loss, output = total_loss(x_test, y_test)",
            '    line += f" test loss {loss.item()!r} test accuracy {accuracy(output, y_test)!r}"',
        ]
    lines.append("print(line)")
    return "\n".join(lines) + "\n"


def _tensors(x_name: str, y_name: str, points: Points, chosen) -> list[str]:
    rows = [f"[{float(points.xy[i][0])!r}, {float(points.xy[i][1])!r}]" for i in chosen]
    labels = [repr(float(int(points.labels[i]))) for i in chosen]
    return [
        f"{x_name} = torch.tensor([",
        *(f"    {', '.join(rows[k : k + ROW])}," for k in range(0, len(rows), ROW)),
        "], dtype=torch.float64).reshape(-1, 2)",
        f"{y_name} = torch.tensor([",
        *(f"    {', '.join(labels[k : k + 8 * ROW])}," for k in range(0, len(labels), 8 * ROW)),
        "], dtype=torch.float64)",
    ]


def _model_lines(setup: Setup) -> list[str]:
    sizes = widths(setup)
    parts = []
    for k, (n_in, n_out) in enumerate(zip(sizes, sizes[1:])):
        parts.append(f"torch.nn.Linear({int(n_in)}, {int(n_out)}, dtype=torch.float64),")
        if k < len(sizes) - 2:
            parts.append(MODULES.get(hidden_activation(setup), "torch.nn.Identity()") + ",")
    if setup.output_is_probability:
        parts.append("torch.nn.Sigmoid(),")
    return ["model = torch.nn.Sequential(", *(f"    {part}" for part in parts), ")"]


def _settings_lines(setup: Setup, count: int) -> list[str]:
    lines = [
        f"steps = {int(setup.steps)}",
        f"learning_rate = {float(setup.lr)!r}",
        f"level = {0.5 if setup.output_is_probability else 0.0!r}  # the output on the boundary",
    ]
    if setup.l2:
        lines.append(f"l2 = {float(setup.l2)!r}")
    if setup.optimizer in OPTIMIZERS:
        lines.append(
            "optimizer = " + OPTIMIZERS[setup.optimizer].format(momentum=repr(float(setup.momentum)))
        )
    if batch_size(setup, count) < count:
        lines += [f"batch = {int(batch_size(setup, count))}", "generator = torch.Generator()"]
        if setup.seed is None:
            lines.append("generator.seed()")
        else:
            lines.append(f"generator.manual_seed({int(setup.seed)})")
        lines.append("order, position = None, 0")
    return lines


def _loss_lines(setup: Setup) -> list[str]:
    lines = ["def total_loss(points, labels):"]
    if setup.output_is_probability:
        lines += ["    logit = model[:-1](points).reshape(-1)", "    output = torch.sigmoid(logit)"]
        logit = "logit"
    else:
        lines.append("    output = model(points).reshape(-1)")
        logit = "output"
    if setup.loss == "hinge":
        lines.append(f"    loss = torch.relu(1 - labels * {logit}).mean()")
    elif setup.loss == "logistic":
        lines.append("    target = (labels + 1) / 2")
        if setup.output_is_probability:
            lines.append("    loss = functional.binary_cross_entropy(output, target)")
        else:
            lines.append("    loss = functional.binary_cross_entropy_with_logits(output, target)")
    else:
        lines.append(
            "    target = (labels + 1) / 2" if setup.output_is_probability else "    target = labels"
        )
        lines.append("    loss = ((output - target) ** 2).mean()")
    if setup.l2:
        if setup.l2_biases:
            lines.append("    regularized = list(model.parameters())")
        else:
            lines.append(
                "    regularized = [part.weight for part in model if isinstance(part, torch.nn.Linear)]"
            )
        lines.append("    loss = loss + l2 * sum((p * p).sum() for p in regularized)")
    lines.append("    return loss, output")
    return lines


def _loop_lines(setup: Setup, count: int) -> list[str]:
    every = int(print_every(setup.steps))
    lines = ["for t in range(steps):"]
    if setup.schedule == "linear":
        lines.append("    lr = learning_rate * (1 - 0.9 * t / steps)")
    else:
        lines.append("    lr = learning_rate")
    if batch_size(setup, count) < count:
        lines += [
            "    if order is None or position + batch > len(y):",
            "        order, position = torch.randperm(len(y), generator=generator), 0",
            "    chosen = order[position : position + batch]",
            "    position += batch",
            "    points, labels = x[chosen], y[chosen]",
        ]
    else:
        lines.append("    points, labels = x, y")
    lines += [
        "    loss, output = total_loss(points, labels)",
        f"    if t % {every} == 0 or t == steps - 1:",
        "        print(t, loss.item(), accuracy(output.detach(), labels))",
    ]
    if setup.optimizer in OPTIMIZERS:
        return [
            *lines,
            "    for group in optimizer.param_groups:",
            '        group["lr"] = lr',
            "    optimizer.zero_grad()",
            "    loss.backward()",
            "    optimizer.step()",
        ]
    return [
        *lines,
        "    model.zero_grad()",
        "    loss.backward()",
        "    with torch.no_grad():",
        "        for p in model.parameters():",
        "            p -= lr * p.grad",
    ]
