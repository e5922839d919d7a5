"""The command line's numbers and paths: nan, inf, out-of-range integers, empty or unwritable --save.

Each mistake is one argparse-style line and exit status 2; a --save that cannot be written is
refused before any training, and a save that fails after training keeps the model elsewhere and
says where. Run in-process through ``cli.main`` (a subprocess per case would cost seconds each).
"""

import errno
import os

import pytest

from gradlab import cli
from gradlab.regression.checkpoint import load_checkpoint


def refused(capsys, *args, usage=True) -> str:
    """Exit 2 with one line; a usage mistake points at --help, anything else (a file's contents) does not."""
    with pytest.raises(SystemExit) as caught:
        cli.main(list(args))
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert len(err.splitlines()) == 1 and err.endswith("--help)\n") == usage and "Traceback" not in err
    return out, err


TRAIN = ["train", "--recipe", "torchRegression4nn", "--steps", "1"]


@pytest.mark.parametrize(
    "args, says",
    [
        (
            ["descend", "x*x", "--tolerance", "nan"],
            "--tolerance must be a finite number, 0 or more, not 'nan'",
        ),
        (
            ["descend", "x*x", "--tolerance", "inf"],
            "--tolerance must be a finite number, 0 or more, not 'inf'",
        ),
        (["descend", "x*x", "--tolerance", "-1"], "--tolerance must be a finite number, 0 or more, not '-1'"),
        (["descend", "x*x", "--lr", "nan"], "--lr must be a positive number no larger than 1e6, not 'nan'"),
        (
            ["descend", "x*x", "--lr", "1e400"],
            "--lr must be a positive number no larger than 1e6, not '1e400'",
        ),
        (["descend", "x*x", "--momentum", "inf"], "--momentum must be at least 0 and below 1, not 'inf'"),
        (
            ["descend", "x*x", "--steps", str(2**70)],
            "--steps must be a whole number from 1 to 10,000,000, not",
        ),
        (
            ["descend", "x*x", "--steps", "1.5"],
            "--steps must be a whole number from 1 to 10,000,000, not '1.5'",
        ),
        (["descend", "x*x", "--start", "nan"], "--start takes finite numbers, not 'nan'"),
        ([*TRAIN, "--seed", str(2**70)], "--seed must be a whole number from 0 to 2,147,483,647, not"),
        ([*TRAIN, "--seed", "-1"], "--seed must be a whole number from 0 to 2,147,483,647, not '-1'"),
        ([*TRAIN, "--seed", "9" * 5000], "--seed must be a whole number from 0 to 2,147,483,647, not '99999"),
        ([*TRAIN, "--lr", "inf"], "--lr must be a positive number no larger than 1e6, not 'inf'"),
        (
            ["train", "--recipe", "torchRegression4nn", "--steps", "0"],
            "--steps must be a whole number from 1",
        ),
        (["predict", "m.ckpt", "--x", "nan"], "--x must be a finite number, not 'nan'"),
        (["predict", "m.ckpt", "--x=-inf"], "--x must be a finite number, not '-inf'"),
        (
            ["predict", "m.ckpt", "--x", "1e400"],
            "--x must be a finite number, not '1e400', which is too large",
        ),
        (
            ["descend", "x*x", "--lr", "1e-999"],
            "--lr must be a positive number no larger than 1e6, not '1e-999', which is too small: it reads",
        ),
        (
            ["descend", "x*x", "--start", "-1e400"],
            "--start takes finite numbers, not '-1e400': -1e400 is too",
        ),
        (
            [*TRAIN, "--seed", "2147483648"],
            "--seed must be a whole number from 0 to 2,147,483,647, not '2147483648', which is too large",
        ),
        (
            [*TRAIN, "--seed", "-1"],
            "--seed must be a whole number from 0 to 2,147,483,647, not '-1', which is too small",
        ),
        (
            ["descend", "x*x", "--momentum", "0.5"],
            "--momentum is for --optimizer momentum or nesterov, not sgd",
        ),
    ],
)
def test_a_bad_number_is_one_line_and_exit_2(capsys, args, says):
    out, err = refused(capsys, *args)
    assert out == "" and f"error: {says}" in err and len(err) < 200


def test_an_empty_save_path_is_refused_before_training(capsys):
    out, err = refused(capsys, *TRAIN, "--save", "")
    assert out == "" and "error: --save needs a file name, not ''" in err


def test_a_save_path_naming_a_folder_is_refused_before_training(capsys, tmp_path):
    out, err = refused(capsys, *TRAIN, "--save", str(tmp_path))
    assert out == "" and "names a folder, not a file in it" in err


@pytest.mark.parametrize(
    "where, says",
    [
        ("missing", "could not save m.ckpt: the folder {folder} does not exist"),
        ("/proc", "could not save m.ckpt: the folder /proc does not take new files"),
    ],
)
def test_an_unwritable_save_path_is_refused_before_training(capsys, tmp_path, where, says):
    folder = tmp_path / "no" / "such" if where == "missing" else where
    out, err = refused(capsys, *TRAIN, "--save", f"{folder}/m.ckpt")
    assert out == "" and says.format(folder=folder) in err  # not one step was trained
    assert not any(name.endswith(".gradlab-tmp") for name in os.listdir(tmp_path))


def test_a_read_only_folder_is_refused_before_training(capsys, tmp_path, monkeypatch):
    real_open = open

    def read_only(file, mode="r", *args, **kwargs):
        if str(file).startswith(str(tmp_path)) and "x" in mode:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", read_only)
    out, err = refused(capsys, *TRAIN, "--save", str(tmp_path / "m.ckpt"))
    assert out == "" and f"could not save m.ckpt: the folder {tmp_path} is read-only" in err


def test_a_save_that_fails_after_training_keeps_the_model_and_says_where(capsys, tmp_path, monkeypatch):
    from gradlab.regression import checkpoint

    monkeypatch.setattr("tempfile.gettempdir", lambda: str(tmp_path / "spare"))
    (tmp_path / "spare").mkdir()
    real_save = checkpoint.save_checkpoint

    def full_disk_here(path, *args, **kwargs):
        if str(path).startswith(str(tmp_path / "out")):
            raise checkpoint.CheckpointError("could not save m.ckpt: no space left on device")
        return real_save(path, *args, **kwargs)

    monkeypatch.setattr(checkpoint, "save_checkpoint", full_disk_here)
    (tmp_path / "out").mkdir()
    out, err = refused(capsys, *TRAIN, "--save", str(tmp_path / "out" / "m.ckpt"), usage=False)
    assert out.splitlines()[-1].startswith("Result: y = ")  # the results came first
    spare = tmp_path / "spare" / f"gradlab-{os.getpid()}.ckpt"
    assert f"could not save m.ckpt: no space left on device; the model is saved as {spare} instead" in err
    kept = load_checkpoint(spare)
    assert kept.setup.recipe == "torchRegression4nn" and len(kept.history) == 1


def test_a_save_that_fails_twice_says_the_results_are_all_that_is_left(capsys, tmp_path, monkeypatch):
    from gradlab.regression import checkpoint

    def always_full(path, *args, **kwargs):
        raise checkpoint.CheckpointError("could not save m.ckpt: no space left on device")

    monkeypatch.setattr(checkpoint, "save_checkpoint", always_full)
    out, err = refused(capsys, *TRAIN, "--save", str(tmp_path / "m.ckpt"), usage=False)
    assert "Result: y = " in out and "the results printed above are all that is left of this run" in err


def test_a_train_save_round_trip_keeps_the_history(capsys, tmp_path):
    assert cli.main([*TRAIN[:-1], "3", "--seed", "1", "--save", str(tmp_path / "m.ckpt")]) == 0
    assert len(load_checkpoint(tmp_path / "m.ckpt").history) == 3
    assert os.listdir(tmp_path) == ["m.ckpt"]  # the probe of the folder left nothing


def test_a_file_name_with_a_newline_is_one_line(capsys, tmp_path):
    path = tmp_path / "two\nlines.ckpt"
    path.write_bytes(b"junk")
    out, err = refused(capsys, "predict", str(path), "--x", "1", usage=False)  # the file's contents
    assert "error: two\\nlines.ckpt is damaged or not a checkpoint" in err


@pytest.mark.parametrize("value", ["-inf", "-nan", "-1e3", "-Infinity"])
def test_a_negative_value_after_an_option_is_its_value_not_a_missing_argument(capsys, value):
    """argparse took --lr -inf for --lr without its argument: "expected one argument" was untrue."""
    _out, err = refused(capsys, "descend", "x*x", "--lr", value)
    assert f"--lr must be a positive number no larger than 1e6, not {value!r}" in err
    assert "expected one argument" not in err


def test_momentum_is_for_the_optimizers_that_have_it(capsys):
    momentum = ["descend", "x*x", "--start", "1", "--optimizer", "momentum", "--steps", "3"]
    assert cli.main(momentum) == 0
    default = capsys.readouterr().out
    assert cli.main([*momentum, "--momentum", "0.9"]) == 0 and capsys.readouterr().out == default  # 0.9
    assert cli.main([*momentum, "--momentum", "0.5"]) == 0 and capsys.readouterr().out != default
    assert cli.main(["descend", "x*x", "--optimizer", "nesterov", "--momentum", "0.5", "--steps", "1"]) == 0


def test_a_negative_start_is_still_a_start(capsys):
    assert cli.main(["descend", "x*x", "--start", "-1", "--steps", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "x= -0.96"
