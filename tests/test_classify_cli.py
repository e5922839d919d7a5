"""`gradlab classify`, `gradlab predict --point`, the classify checkpoints and the exported script."""

import ast
import subprocess
import sys

import pytest
import torch

from gradlab.classify import models
from gradlab.classify.checkpoint import CheckpointError, load_checkpoint, predict_point, save_checkpoint
from gradlab.classify.datasets import DATASETS, make_points
from gradlab.classify.points import Points
from gradlab.classify.script import export_script
from gradlab.classify.setup import PRESETS, Setup
from gradlab.cli_classify import DATA_SETS

from .conftest import in_process

pytestmark = pytest.mark.usefixtures("one_thread")  # conftest: torch on one thread


def run(capsys, *argv):
    """(exit status, stdout, stderr) of the command line, in this process."""
    done = in_process(capsys, *argv)
    return done.returncode, done.stdout, done.stderr


def test_the_command_prints_every_step_up_to_100_then_about_20_lines(capsys):
    status, out, _ = run(capsys, "classify", "--steps", "5")
    lines = out.splitlines()
    assert status == 0 and [line.split()[0] for line in lines[:5]] == ["0", "1", "2", "3", "4"]
    assert len(lines) == 6 and lines[-1].startswith("Result: loss ")
    step, loss, accuracy = lines[0].split()
    assert float(loss) > 0 and 0 <= float(accuracy) <= 1
    status, out, _ = run(capsys, "classify", "--data", "xor", "--model", "mlp:4", "--steps", "400")
    steps = [int(line.split()[0]) for line in out.splitlines()[:-1]]
    assert steps == [*range(0, 400, 20), 399]
    assert DATA_SETS == tuple(DATASETS)


def test_a_seed_makes_the_command_reproducible_and_a_preset_is_its_setup(capsys):
    argv = (
        "classify",
        "--data",
        "moons",
        "--model",
        "mlp:8,8",
        "--points",
        "60",
        "--steps",
        "10",
        "--seed",
        "5",
    )
    first, again = run(capsys, *argv), run(capsys, *argv)
    assert first == again and first[0] == 0
    other = run(capsys, *argv[:-1], "6")
    assert other[1] != first[1]
    _, engine, _ = run(capsys, "classify", "--preset", "micrograd-moons", "--steps", "3")
    _, torch_run, _ = run(
        capsys, "classify", "--preset", "micrograd-moons", "--steps", "3", "--engine", "torch"
    )
    for ours, theirs in zip(engine.splitlines()[:3], torch_run.splitlines()[:3]):
        assert float(ours.split()[1]) == pytest.approx(float(theirs.split()[1]), rel=1e-9)


@pytest.mark.parametrize(
    "argv, words",
    [
        (["--lr", "0"], "--lr must be a positive number no larger than 1e6, not '0'"),
        (["--lr", "nan"], "--lr must be"),
        (["--steps", "0"], "--steps must be a whole number from 1 to 10,000,000"),
        (["--seed", "-1"], "--seed must be a whole number from 0"),
        (["--points", "0"], "--points must be a whole number from 1 to 100,000"),
        (["--noise", "11"], "--noise must be a number from 0 to 10"),
        (["--test-percent", "95"], "--test-percent must be a number from 0 to 90"),
        (["--l2", "-1"], "--l2 must be a number from 0 to 1,000"),
        (["--batch", "-1"], "--batch must be a whole number from 0"),
        (["--momentum", "1"], "--momentum must be at least 0 and below 1"),
        (["--model", "mlp:17"], "--model mlp:W1,W2,… takes 1 to 6 widths of 1 to 16 neurons, not '17'"),
        (["--model", "mlp:2,2,2,2,2,2,2"], "takes 1 to 6 widths"),
        (["--model", "mlp:a"], "takes 1 to 6 widths"),
        (["--model", "svm"], "--model is linear, neuron, guide2layer or mlp:16,16, not 'svm'"),
        (["--model", "linear:3"], "--model is linear, neuron"),
        (["--model", "linear:"], "--model is linear, neuron"),
        (["--model", "mlp:"], "--model mlp: needs hidden layer widths, e.g. mlp:16,16 (see gradlab classify"),
        (["--momentum", "0.5"], "--momentum is for --optimizer momentum, not manual"),
        (["--optimizer", "adam", "--momentum", "0.5"], "--momentum is for --optimizer momentum, not adam"),
        (["--preset", "circle", "--momentum", "0.5"], "--momentum is for --optimizer momentum, not adam"),
        (["--l2", "1e400"], "--l2 must be a number from 0 to 1,000, not '1e400', which is too large"),
        (["--lr", "1e400"], "--lr must be a positive number no larger than 1e6, not '1e400', which is too"),
        (["--lr", "1e-400"], "not '1e-400', which is too small: it reads as 0"),
        (["--noise", "-1e999"], "--noise must be a number from 0 to 10, not '-1e999', which is too large"),
        (["--steps", "99999999999"], "not '99999999999', which is too large"),
        (["--loss", "l1"], "invalid choice: 'l1'"),
        (["--data", "xor", "--points", "5"], "the set xor is fixed: it takes no point count or noise"),
        (
            ["--data", "moon"],
            "--data 'moon' is neither a data set (guide, and, or, xor, circle, xorq, gauss, ",
        ),
        (
            ["--engine", "gradlab", "--optimizer", "adam"],
            "gradlab's engine updates by plain gradient descent, SGD or momentum, not adam",
        ),
        (["--save", "/nonexistent-folder/x.ckpt"], "could not save"),
    ],
)
def test_a_bad_option_is_one_line_and_exit_2(capsys, argv, words):
    status, out, err = run(capsys, "classify", *argv)
    assert status == 2 and out == "" and err.count("\n") == 1
    assert words in err, err
    assert err.endswith(" (see gradlab classify --help)\n")  # a usage mistake: the help can help


def test_momentum_is_taken_by_the_optimizer_that_has_it(capsys):
    status, out, _ = run(capsys, "classify", "--optimizer", "momentum", "--momentum", "0.5", "--steps", "2")
    assert status == 0 and out.splitlines()[-1].startswith("Result: loss ")


def test_a_file_that_is_no_points_says_what_it_should_be_without_pointing_at_help(capsys, tmp_path):
    """A checkpoint given for --data said "it is not text (UTF-8)", and then "(see … --help)"."""
    checkpoint = tmp_path / "reg.ckpt"
    torch.save({"weights": torch.zeros(3)}, checkpoint)
    semicolons = tmp_path / "semi.csv"
    semicolons.write_text("x1;x2;label\n0;0;a\n1;1;b\n")
    tabs = tmp_path / "tabs.csv"
    tabs.write_text("0\t0\ta\n1\t1\tb\n")
    one_class = tmp_path / "one.csv"
    one_class.write_text("0,0,a\n1,1,a\n")
    for path, words in (
        (checkpoint, "could not read reg.ckpt: it is not a CSV file of x1, x2, label rows (it is not UTF-8"),
        (semicolons, "line 2: 1 columns, not 3 (x1, x2, label) (separate the columns with commas); line 3"),
        (tabs, "line 2: 1 columns, not 3 (x1, x2, label) (separate the columns with commas)"),
        (tmp_path, f"could not read {tmp_path.name}: it is a folder"),
        (one_class, "all 2 points are class 'a'"),
    ):
        status, out, err = run(capsys, "classify", "--data", str(path))
        assert status == 2 and out == "" and err.count("\n") == 1 and words in err, err
        assert "--help" not in err
    plain = tmp_path / "four.csv"
    plain.write_text("0,0\n")
    _, _, err = run(capsys, "classify", "--data", str(plain))
    assert "2 columns, not 3 (x1, x2, label)" in err and "commas" not in err  # no semicolon: no hint
    status, _, err = run(capsys, "predict", str(checkpoint), "--point", "0.5,-1")
    assert status == 2 and "reg.ckpt is not a gradlab checkpoint" in err and "--help" not in err


def test_a_csv_file_of_one_class_is_refused_and_one_of_two_trains(capsys, tmp_path):
    one = tmp_path / "one.csv"
    one.write_text("x1,x2,label\n0,0,cat\n1,1,cat\n")
    status, _, err = run(capsys, "classify", "--data", str(one))
    assert status == 2 and "all 2 points are class" in err and "cat" in err and "needs both classes" in err
    two = tmp_path / "two.csv"
    two.write_text("x1,x2,label\n0,0,cat\n1,1,dog\n2,2,dog\n-1,0,cat\n")
    status, out, _ = run(capsys, "classify", "--data", str(two), "--steps", "3")
    assert status == 0 and len(out.splitlines()) == 4


def test_a_run_that_diverges_says_why_and_exits_1(capsys):
    status, out, err = run(capsys, "classify", "--data", "circle", "--model", "mlp:8,8", "--loss", "mse",
                           "--activation", "tanh", "--lr", "50", "--steps", "300")  # fmt: skip
    assert status == 1 and "the run diverged" in err and err.count("\n") == 1
    assert out.splitlines()[-1].split()[1] in ("inf", "nan")


def test_vanishing_gradients_are_said_on_the_command_line(capsys):
    status, _, err = run(capsys, "classify", "--data", "xor", "--model", "mlp:16,16,16,16,16,16",
                         "--activation", "sigmoid", "--lr", "0.1", "--steps", "40")  # fmt: skip
    assert status == 0 and "gradients of the first layers have died out" in err


# --- checkpoints and predict ---------------------------------------------------------------------


def test_a_saved_run_predicts_a_point_and_loads_back_whole(capsys, tmp_path):
    path = tmp_path / "net.ckpt"
    status, out, _ = run(capsys, "classify", "--data", "circle", "--model", "mlp:4", "--steps", "20",
                         "--test-percent", "10", "--save", str(path))  # fmt: skip
    assert status == 0
    checkpoint = load_checkpoint(path)
    assert (
        checkpoint.setup.model == "mlp" and checkpoint.setup.hidden == (4,) and checkpoint.setup.steps == 20
    )
    assert len(checkpoint.history) == 20 and checkpoint.history[0] == float(out.split()[1])
    assert checkpoint.points == make_points("circle")
    label, score = predict_point(checkpoint, 0.5, -1.0)
    status, out, err = run(capsys, "predict", str(path), "--point", "0.5,-1")
    assert status == 0 and out == f"class={'+1' if label == 1 else '-1'} score={score!r}\n"
    status, out, _ = run(capsys, "predict", str(path), "--point", "-1,2")  # a value, not an option
    assert status == 0 and out.startswith("class=")
    status, _, err = run(capsys, "predict", str(path), "--x", "1")
    assert status == 2 and "is a Neural Network tab checkpoint, not a Regression tab one" in err
    assert "--point" in err
    for bad, words in (
        ("0.5", "error: --point needs two numbers x1,x2, e.g. --point 0.5,-1 (see gradlab predict --help)"),
        ("1,2,3", "error: --point needs two numbers x1,x2, e.g. --point 0.5,-1 (see"),
        ("a,b", "--point takes numbers separated by commas, like 0.5,-1, not 'a,b'"),
        ("1,inf", "--point takes finite numbers, not '1,inf' (see"),
        ("1e400,0", "--point takes finite numbers, not '1e400,0': 1e400 is too large"),
    ):
        status, _, err = run(capsys, "predict", str(path), "--point", bad)
        assert status == 2 and words in err, err


def test_a_regression_checkpoint_is_refused_by_name_and_still_predicts(capsys, tmp_path):
    from gradlab.regression.checkpoint import save_checkpoint as save_regression
    from gradlab.regression.models import build_model as build_regression
    from gradlab.regression.recipes import Setup as RegressionSetup

    path = tmp_path / "regression.ckpt"
    save_regression(path, build_regression(RegressionSetup()), RegressionSetup())
    with pytest.raises(CheckpointError, match="is a Regression tab checkpoint, not a Neural Network tab one"):
        load_checkpoint(path)
    status, _, err = run(capsys, "predict", str(path), "--point", "1,2")
    assert status == 2 and "predict with --x or --features" in err
    status, out, _ = run(capsys, "predict", str(path), "--x", "1")
    assert status == 0 and out.startswith("predict=")


def test_a_checkpoints_damage_is_one_line(tmp_path):
    setup = Setup(model="guide2layer")
    model = models.build_model(setup, seed=0)
    points = make_points("guide")
    path = tmp_path / "net.ckpt"
    save_checkpoint(path, model, setup, points, [0.5, 0.25])
    loaded = load_checkpoint(path)
    assert models.layers(loaded.model) == models.layers(model) and list(loaded.history) == [0.5, 0.25]
    payload = torch.load(path, weights_only=True)

    def refused(change, words):
        broken = {**payload, **change}
        torch.save(broken, tmp_path / "bad.ckpt")
        with pytest.raises(CheckpointError) as caught:
            load_checkpoint(tmp_path / "bad.ckpt")
        assert words in str(caught.value) and "\n" not in str(caught.value)

    weights = payload["state_dict"]
    refused({"setup": {**payload["setup"], "model": "mlp"}}, "its weights do not fit the network")
    refused({"setup": {**payload["setup"], "lr": -1}}, "its set-up cannot be used: the learning rate")
    refused(
        {"state_dict": {**weights, "0.weight": weights["0.weight"].int()}}, "not a tensor of float numbers"
    )
    nan = weights["0.weight"].clone()
    nan[0, 0] = float("nan")
    refused({"state_dict": {**weights, "0.weight": nan}}, "its weight 0.weight is not finite")
    refused({"format": "something"}, "is not a gradlab checkpoint")
    refused({"version": 7}, "was written by a newer gradlab (format 7)")
    refused({"history": torch.zeros(2, 2)}, "its loss history is not a list")
    far = {**payload["points"], "xy": payload["points"]["xy"] * 1e10}
    refused({"points": far}, "its points cannot be used")
    refused(
        {"points": {**payload["points"], "labels": torch.zeros(6, dtype=torch.int8)}}, "its points cannot"
    )
    from gradlab.regression.checkpoint import load_checkpoint as load_regression

    with pytest.raises(CheckpointError, match="is a Neural Network tab checkpoint, not a Regression tab one"):
        load_regression(path)
    with pytest.raises(ValueError, match=r"the point \(nan, 0\) needs two finite coordinates"):
        predict_point(loaded, float("nan"), 0.0)
    assert predict_point(models.build_model(Setup(model="neuron"), 0), 0.0, 0.0)[1] == pytest.approx(
        torch.sigmoid(models.build_model(Setup(model="neuron"), 0)[0].bias).item()
    )


# --- the exported script -------------------------------------------------------------------------

ALLOWED = {
    ast.Module, ast.Expr, ast.Assign, ast.AugAssign, ast.Name, ast.Load, ast.Store, ast.Call, ast.Attribute,
    ast.Constant, ast.keyword, ast.List, ast.Tuple, ast.BinOp, ast.UnaryOp, ast.USub, ast.Add, ast.Sub,
    ast.Mult, ast.Div, ast.Mod, ast.Pow, ast.Import, ast.ImportFrom, ast.alias, ast.FunctionDef,
    ast.arguments, ast.arg, ast.Return, ast.For, ast.If, ast.With, ast.withitem, ast.Compare, ast.Gt,
    ast.Eq, ast.Is, ast.BoolOp, ast.Or, ast.Subscript, ast.Slice, ast.GeneratorExp, ast.ListComp,
    ast.comprehension, ast.JoinedStr, ast.FormattedValue,
}  # fmt: skip
TEXTS = {"lr", "Result: loss ", " accuracy ", " test loss ", " test accuracy "}


def check_script(source: str) -> None:
    """Only the generator's forms; the only imports torch's; every text one of the generator's own."""
    for node in ast.walk(ast.parse(source)):
        assert type(node) in ALLOWED, ast.dump(node)
        if isinstance(node, ast.Import):
            assert [a.name for a in node.names] == ["torch"]
        elif isinstance(node, ast.ImportFrom):
            assert node.module == "torch.nn" and [a.name for a in node.names] == ["functional"]
        elif isinstance(node, ast.Constant):
            assert type(node.value) in (int, float, str, type(None)), repr(node.value)
            assert not isinstance(node.value, str) or node.value in TEXTS, node.value


CASES = {
    "linear-hinge-l2": Setup(model="linear", loss="hinge", l2=0.1, steps=12),
    "linear-logistic": Setup(model="linear", loss="logistic", optimizer="sgd", lr=0.5, steps=12),
    "neuron-logistic": Setup(
        data="and", model="neuron", loss="logistic", optimizer="momentum", lr=0.5, steps=12
    ),
    "neuron-mse": Setup(data="or", model="neuron", loss="mse", lr=2.0, steps=12),
    "mlp-mse": Setup(
        data="xor", model="mlp", hidden=(3, 2), activation="sigmoid", loss="mse", lr=0.5, steps=12
    ),
    "mlp-hinge-all": Setup(
        data="moons",
        count=50,
        model="mlp",
        hidden=(5,),
        loss="hinge",
        l2=1e-3,
        l2_biases=True,
        lr=0.5,
        schedule="linear",
        steps=12,
        test_percent=20,
    ),
    "mlp-logistic": Setup(
        data="circle",
        count=60,
        model="mlp",
        hidden=(4, 4),
        activation="tanh",
        loss="logistic",
        optimizer="rmsprop",
        lr=0.01,
        steps=12,
        seed=9,
    ),
    "guide2layer": Setup(model="guide2layer", optimizer="adam", lr=0.05, steps=150, seed=None),
    "batches": Setup(
        data="gauss",
        count=60,
        model="mlp",
        hidden=(3,),
        activation="linear",
        loss="hinge",
        lr=0.1,
        steps=12,
        batch=8,
    ),
}


def points_of(setup):
    fixed = DATASETS[setup.data].count is None
    return make_points(setup.data, None if fixed else setup.count, setup.seed, None)


@pytest.mark.slow
def test_the_exported_scripts_print_what_the_command_prints(capsys, tmp_path):
    scripts = {}
    for key, setup in CASES.items():
        setup = setup.with_changes(seed=3) if setup.seed is None else setup  # unseeded: same split for both
        source = export_script(setup, points_of(setup))
        check_script(source)
        scripts[key] = tmp_path / f"{key}.py"
        scripts[key].write_text(source)
    driver = "import runpy, sys\nfor path in sys.argv[1:]:\n    runpy.run_path(path)\n    print('---')\n"
    done = subprocess.run(
        [sys.executable, "-c", driver, *map(str, scripts.values())],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    printed = done.stdout.split("---\n")
    for (key, setup), theirs in zip(CASES.items(), printed):
        setup = setup.with_changes(seed=3) if setup.seed is None else setup
        ours = command_output(capsys, setup)
        assert ours == theirs, key


def command_output(capsys, setup):
    """What ``gradlab classify`` prints for ``setup``, run from its options."""
    model = setup.model + (":" + ",".join(map(str, setup.hidden)) if setup.model == "mlp" else "")
    argv = ["classify", "--data", setup.data, "--model", model, "--loss", setup.loss]
    argv += ["--activation", setup.activation, "--optimizer", setup.optimizer, "--lr", repr(setup.lr)]
    argv += ["--l2", repr(setup.l2), "--schedule", setup.schedule, "--steps", str(setup.steps)]
    argv += [
        "--seed",
        str(setup.seed),
        "--test-percent",
        repr(setup.test_percent),
        "--batch",
        str(setup.batch),
    ]
    if setup.l2_biases:
        argv.append("--l2-biases")
    if DATASETS[setup.data].count is not None and setup.count is not None:
        argv += ["--points", str(setup.count)]
    status, out, err = run(capsys, *argv)
    assert status == 0, err
    return out


def test_a_script_holds_no_text_of_the_users(tmp_path):
    hostile = "'); import os; os.system('echo hacked') #\n"
    points = Points(((0.0, 1.0), (1.0, 0.0), (2.0, 2.0)), (1, -1, 1), (hostile, "dog"))
    setup = Setup(data=str(tmp_path / hostile.strip()), model="mlp", hidden=(2,), steps=5, test_percent=30)
    source = export_script(setup, points)
    check_script(source)
    assert "hacked" not in source and "dog" not in source
    assert "x_test = torch.tensor(" in source


def test_every_preset_exports_a_script_of_checked_forms():
    for setup in PRESETS.values():
        check_script(export_script(setup, make_points(setup.data, setup.count, setup.seed, setup.noise)))
