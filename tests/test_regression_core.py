"""gradlab.regression: recipes against the course's scripts, the training generator, checkpoints, data."""

import math
import os
import pickle
import random
import shutil
import subprocess
import sys

import pytest
import torch

from gradlab import cli
from gradlab.paths import resource_path
from gradlab.regression import RECIPES, Setup, recipe
from gradlab.regression.checkpoint import CheckpointError, load_checkpoint, predict, save_checkpoint
from gradlab.regression.data import DataError, load_csv, make_data
from gradlab.regression.training import Trainer, train

from .conftest import run_as_scripts

# Fewer steps than the scripts' own, the same in the script and in gradlab, each printing several
# loss lines at the script's own cadence (every 100 steps; torchRegression7cws every 2,000).
SHORT_STEPS = {
    "regression1train": 500,
    "torchRegression4nn": 500,
    "torchRegression5optim": 500,
    "torchRegression6custom": 500,
    "torchRegression7cws": 6000,
}


def shortened(name: str, steps: int) -> str:
    """The course's script with its loop cut to ``steps`` steps (the only change made to its text)."""
    source = resource_path("examples", name + ".py").read_text(encoding="utf-8")
    loop = (
        "loop_max = 10000" if name == "regression1train" else f"for t in range({recipe(name).setup.steps}):"
    )
    assert source.count(loop) == 1, f"{name}.py no longer has its loop as {loop!r}"
    cut = f"loop_max = {steps}" if name == "regression1train" else f"for t in range({steps}):"
    return source.replace(loop, cut)


def run_script(name: str, seed: int, cwd, steps: int | None = None) -> str:
    """The course's script, with torch.manual_seed(seed); random.seed(seed) at its top (and ``steps``)."""
    source = resource_path("examples", name + ".py")
    if steps is not None:
        source = cwd / f"{name}_short.py"
        source.write_text(shortened(name, steps), encoding="utf-8")
    code = (
        f"import torch, random; torch.manual_seed({seed}); random.seed({seed}); "
        f"exec(compile(open({str(source)!r}).read(), {name!r}, 'exec'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("name", [r.name for r in RECIPES])
def test_each_recipe_prints_what_its_script_prints(name, tmp_path, capsys, monkeypatch):
    """The script runs in a fresh interpreter; ``gradlab train`` runs here, through ``cli.main`` (the
    command itself, as a program, is test_cli's): one interpreter and torch import fewer a recipe."""
    steps = SHORT_STEPS[name]
    expected = run_script(name, 7, tmp_path, steps=steps)
    monkeypatch.chdir(tmp_path)
    code = cli.main(["train", "--recipe", name, "--seed", "7", "--steps", str(steps)])
    ours = capsys.readouterr()
    assert code == 0, ours.err
    assert ours.out == expected
    lines = expected.splitlines()
    assert lines[-1].startswith("Result: y = ")
    assert sum(1 for line in lines if line.split(" ")[0].isdigit()) >= 3  # several losses compared


def test_the_data_is_the_scripts_data():
    x, y = make_data(recipe("regression1train").setup)
    sx = torch.linspace(-math.pi, math.pi, 2000)
    assert torch.equal(x, sx) and torch.equal(y, 0 + 1 * sx + 2 * sx**2 + 3 * sx**3)
    _, noisy = make_data(Setup(noise=0.5, seed=3))
    assert not torch.equal(noisy, y) and abs(float((noisy - y).std()) - 0.5) < 0.05
    _, sine = make_data(Setup(target="sin(x)"))
    assert torch.equal(sine, torch.sin(sx))


def test_the_generator_reports_every_loss_and_takes_a_new_learning_rate():
    setup = recipe("torchRegression6custom").setup.with_changes(seed=1, steps=600)
    plain = Trainer(setup)
    expected = [plain.step() for _ in range(600)]
    gen = train(setup, report_every=0.0)  # report after every step
    reports = [next(gen)]
    while not reports[-1].done:
        reports.append(gen.send(None))
    losses = [loss for r in reports for loss in r.losses]
    assert losses == expected
    assert [r.first_step for r in reports[:3]] == [0, 1, 2]
    final = reports[-1]
    assert final.step == 600 and final.result.startswith("Result: y = ")
    assert [name for name, _ in final.coefficients] == ["1", "x", "x²", "x³"]

    gen = train(setup, report_every=0.0)
    first = next(gen)
    second = gen.send({"lr": 2e-6})
    assert first.lr == 1e-6 and second.lr == 2e-6 and second.lr_changes == [(1, 2e-6)]


def test_a_diverging_run_ends_with_a_message_naming_the_step():
    setup = recipe("torchRegression4nn").setup.with_changes(seed=0, lr=1e-2, steps=500)
    reports = list(train(setup))
    final = reports[-1]
    assert final.done and final.error.startswith("loss became ") and "at step" in final.error
    assert "lower the learning rate" in final.error and "the run diverged (the loss grew from" in final.error
    step = int(final.error.split("at step ")[1].split(":")[0])
    assert step < 500 and not math.isfinite(final.losses[-1])


def test_dynamic_net_reports_its_powers():
    setup = recipe("torchRegression7cws").setup.with_changes(seed=0, steps=50)
    reports = list(train(setup, report_every=0.0))
    powers = [p for r in reports for p in r.powers]
    assert len(powers) == 50 and set(powers) <= {3, 4, 5} and len(set(powers)) > 1


def test_checkpoint_round_trip(tmp_path):
    setup = recipe("torchRegression6custom").setup.with_changes(seed=2, steps=10)
    trainer = Trainer(setup)
    history = [trainer.step() for _ in range(10)]
    path = save_checkpoint(tmp_path / "fit.ckpt", trainer.model, setup, history)
    assert [p.name for p in tmp_path.iterdir()] == ["fit.ckpt"]  # no temporary file left behind
    loaded = load_checkpoint(path)
    assert loaded.setup == setup and list(loaded.history) == history and loaded.source == "gradlab"
    for a, b in zip(loaded.model.parameters(), trainer.model.parameters()):
        assert torch.equal(a, b)
    assert predict(loaded.model, setup, x=2.0) == pytest.approx(predict(trainer.model, setup, x=2.0))


class CreatesAFile:
    def __init__(self, path):
        self.path = path

    def __reduce__(self):
        return (open, (self.path, "w"))


def test_damaged_and_malicious_files_are_refused(tmp_path):
    good = save_checkpoint(tmp_path / "good.ckpt", Trainer(Setup(steps=1)).model, Setup(steps=1))
    data = good.read_bytes()
    (tmp_path / "cut.ckpt").write_bytes(data[: len(data) // 2])
    (tmp_path / "noise.ckpt").write_bytes(os.urandom(4096))
    (tmp_path / "text.ckpt").write_text("x, y\n1, 2\n")
    victim = tmp_path / "created-by-the-pickle"
    torch.save({"format": "gradlab-checkpoint", "payload": CreatesAFile(str(victim))}, tmp_path / "evil.ckpt")
    (tmp_path / "raw.pkl").write_bytes(pickle.dumps(CreatesAFile(str(victim))))
    torch.save({"format": "something else"}, tmp_path / "other.ckpt")
    torch.save({"format": "gradlab-checkpoint", "version": 99}, tmp_path / "newer.ckpt")
    torch.save(
        {"format": "gradlab-checkpoint", "version": 1, "setup": {"model": "poly3"}, "state_dict": {}},
        tmp_path / "mismatch.ckpt",
    )
    noise = random.Random(42)
    for i in range(60):  # garbage of every kind: the unpickler must not escape with its own errors
        head = noise.choice([b"", b"\x80\x02", b"\x80\x04", b"PK\x03\x04", data[:64]])
        (tmp_path / f"garbage{i}.ckpt").write_bytes(head + bytes(noise.getrandbits(8) for _ in range(300)))
    names = ["cut", "noise", "text", "evil", "raw.pkl", "other", "newer", "mismatch", "missing"]
    names += [f"garbage{i}" for i in range(60)]
    for name in names:
        path = tmp_path / (name if "." in name else f"{name}.ckpt")
        with pytest.raises(CheckpointError):
            load_checkpoint(path)
    assert not victim.exists()  # the malicious pickle never ran


def test_the_courses_whole_model_file_loads_through_the_allowlist(course_model, tmp_path):
    shutil.copy(course_model, tmp_path / "model.ckpt")
    checkpoint = load_checkpoint(tmp_path / "model.ckpt")
    assert checkpoint.source == "course" and checkpoint.setup.model == "linear3"
    assert predict(checkpoint.model, checkpoint.setup, row=[2, 4, 8]) == pytest.approx(34, abs=0.05)
    assert predict(checkpoint.model, checkpoint.setup, x=2) == pytest.approx(34, abs=0.05)


def test_csv_files(tmp_path):
    good = tmp_path / "good.csv"
    good.write_text("x,y\n0,1\n1,3\n\n2,5\n")
    x, y = load_csv(good)
    assert x.tolist() == [0, 1, 2] and y.tolist() == [1, 3, 5]
    (tmp_path / "plain.csv").write_text("0,1\n1,3\n")
    assert load_csv(tmp_path / "plain.csv")[0].tolist() == [0, 1]
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n0,1\n1,three\n2\n3,nan\n")
    with pytest.raises(DataError) as caught:
        load_csv(bad)
    assert "line 3" in str(caught.value) and "line 4" in str(caught.value) and "line 5" in str(caught.value)
    assert "nothing loaded" in str(caught.value)
    with pytest.raises(DataError):
        load_csv(tmp_path / "missing.csv")


def test_settings_are_checked():
    for change in (
        {"model": "svm"},
        {"lr": -1},
        {"steps": 0},
        {"momentum": 1.0},
        {"points": 1},
        {"seed": 1.5},
    ):
        with pytest.raises(ValueError):
            Setup(**change).validate()
    with pytest.raises(ValueError, match="target"):
        make_data(Setup(target="x +"))
    with pytest.raises(ValueError):
        Setup.from_dict({"steps": "many"})


EXPORTED = {
    "mlp-sin-adam": recipe("regression1train").setup.with_changes(
        seed=5, steps=300, target="sin(x)", model="mlp", hidden=8, optimizer="adam", lr=0.01, noise=0.1
    ),
    "Polynomial3": recipe("torchRegression6custom").setup.with_changes(seed=3, steps=300),
    "DynamicNet": recipe("torchRegression7cws").setup.with_changes(seed=3, steps=4000),
}
CSV_POINTS = {"embedded": 61, "read-from-the-file": 6000}


def csv_setup(points: int) -> Setup:
    return recipe("torchRegression6custom").setup.with_changes(seed=4, steps=300, points=points)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict:
    """{case: (its data file or None, its script, what it printed, its traceback or "")}: every
    exported script below, each in a folder of its own, run as scripts in one child interpreter."""
    from gradlab.regression.script import script_for

    cases = {}
    for name, setup in EXPORTED.items():
        cases[name] = (None, script_for(setup))
    for name, points in CSV_POINTS.items():
        path = tmp_path_factory.mktemp("csv") / "data.csv"
        path.write_text(
            "x,y\n" + "".join(f"{i / points - 0.5},{3 * (i / points) ** 2 + 0.1}\n" for i in range(points))
        )
        cases[name] = (path, script_for(csv_setup(points), load_csv(path), path))
    scripts = {}
    for name, (_, text) in cases.items():
        scripts[name] = tmp_path_factory.mktemp("script") / "train.py"
        scripts[name].write_text(text)
    printed = run_as_scripts(scripts.values(), scripts["mlp-sin-adam"].parent)
    return {name: (*cases[name], *printed[scripts[name]]) for name in cases}


@pytest.mark.xdist_group("exported-scripts")  # one worker runs the child for them all
@pytest.mark.parametrize("name", EXPORTED)
def test_an_exported_script_prints_the_same_losses(name, exported):
    setup = EXPORTED[name]
    expected = printed_lines(Trainer(setup), setup)
    _, _, printed, error = exported[name]
    assert not error, error
    assert printed.splitlines() == expected


def test_an_overflow_at_the_first_step_is_not_blamed_on_the_learning_rate():
    x = torch.tensor([1e14, 2e14, 3e14])  # (x, x², x³) overflow float32 before any update
    setup = recipe("torchRegression4nn").setup.with_changes(seed=0, steps=10)
    final = list(train(setup, data=(x, x)))[-1]
    assert final.error.startswith("loss became ") and "at step 0, before any update" in final.error
    assert "too large for float32" in final.error and "learning rate" not in final.error


@pytest.mark.parametrize(
    "target, says",
    [
        (
            "log(x)",
            "y = log(x) is not defined at x = -3.14: the data has nan; choose a target defined on [-π, π]",
        ),
        (
            "sqrt(x)",
            "y = sqrt(x) is not defined at x = -3.14: the data has nan; choose a target defined on [-π, π]",
        ),
        ("exp(800*x)", "y = exp(800*x) is too large for float32 at x = 0.112: the data has inf"),
    ],
)
def test_a_target_outside_its_domain_on_the_data_is_named_before_training(target, says):
    with pytest.raises(DataError) as caught:
        make_data(Setup(target=target))
    assert str(caught.value).startswith(says)
    final = list(train(Setup(target=target, steps=5)))[-1]
    assert final.step == 0 and says in final.error and "learning rate" not in final.error


def test_saving_a_checkpoint_fails_in_one_line_and_leaves_nothing(tmp_path, monkeypatch):
    import errno

    trainer = Trainer(Setup(steps=1))
    folder = tmp_path / "no" / "such"
    with pytest.raises(CheckpointError) as caught:
        save_checkpoint(folder / "m.ckpt", trainer.model, Setup(steps=1))
    assert str(caught.value) == f"could not save m.ckpt: the folder {folder} does not exist"

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(torch, "save", full)
    with pytest.raises(CheckpointError, match="could not save m.ckpt: no space left on device"):
        save_checkpoint(tmp_path / "m.ckpt", trainer.model, Setup(steps=1))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.xdist_group("exported-scripts")
@pytest.mark.parametrize("name", CSV_POINTS)
def test_an_exported_script_trains_on_the_csv_data_it_was_given(name, exported):
    from gradlab.regression.script import EMBEDDED_POINTS

    points = CSV_POINTS[name]
    path, text, printed, error = exported[name]
    setup = csv_setup(points)
    trainer = Trainer(setup, load_csv(path))
    expected = printed_lines(trainer, setup)
    assert ("csv.reader" in text) == (points > EMBEDDED_POINTS) and "linspace" not in text
    assert not error, error
    assert printed.splitlines() == expected


def test_a_bad_csv_cell_is_said_in_our_words(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("0,1\n1,3\nabc,2\n")
    with pytest.raises(DataError) as caught:
        load_csv(bad)
    said = str(caught.value)
    assert "line 3: 'abc' is not a number" in said and "could not convert" not in said


def test_the_run_clock_leaves_pauses_out():
    from gradlab.regression.clock import RunClock

    now = [100.0]
    clock = RunClock(now=lambda: now[0])
    clock.start()
    now[0] = 101.0  # 1 s running: 1,000 steps
    clock.pause()
    now[0] = 131.0  # 30 s paused: nothing counts, the time left stands still
    assert clock.paused and clock.running_seconds() == 1.0
    assert clock.steps_per_second(1000) == 1000 and clock.seconds_left(1000, 5000) == 4.0
    clock.resume()
    now[0] = 132.0  # 1 s more running: 2,000 steps in 2 s of running time, not in 32 s
    assert not clock.paused and clock.running_seconds() == 2.0
    assert clock.steps_per_second(2000) == 1000 and clock.seconds_left(2000, 5000) == 3.0


def test_refusals_are_in_our_words_not_pythons_or_torchs(tmp_path):
    (tmp_path / "latin1.csv").write_bytes(b"x,y\n1,\xe9\n")
    with pytest.raises(DataError) as caught:
        load_csv(tmp_path / "latin1.csv")
    assert str(caught.value) == (
        "could not read latin1.csv: it is not a CSV file of x, y rows (it is not UTF-8 text)"
    )
    torch.save(
        {"format": "gradlab-checkpoint", "version": 1, "setup": {"model": "poly3"}, "state_dict": {}},
        tmp_path / "mismatch.ckpt",
    )
    with pytest.raises(CheckpointError) as caught:
        load_checkpoint(tmp_path / "mismatch.ckpt")
    said = str(caught.value)
    assert said == "mismatch.ckpt is damaged: its weights do not fit the model its settings describe"


def test_reading_a_csv_hands_the_gil_over_now_and_then(tmp_path, monkeypatch):
    """Read on a thread, a long CSV must not keep the GUI thread from Python for long stretches."""
    from gradlab.regression import data

    path = tmp_path / "long.csv"
    path.write_text("x,y\n" + "".join(f"{i},{2 * i}\n" for i in range(10_000)))
    pauses = []
    monkeypatch.setattr(data.time, "sleep", pauses.append)
    x, _ = data.load_csv(path)
    assert len(x) == 10_000 and pauses.count(0) >= 10_000 // data.YIELD_EVERY


def printed_lines(trainer, setup) -> list[str]:
    """What the course's script prints for ``setup``: ``t loss`` every print_every steps, then the Result."""
    lines = []
    for t in range(setup.steps):
        loss = trainer.step()
        if t % setup.print_every == setup.print_every - 1:
            lines.append(f"{t} {loss}")
    return lines + trainer.closing_lines()
