"""gradlab.regression.settings: the settings as typed, checked once, in and out of a session."""

import pytest

from gradlab.regression import RECIPES, Setup, recipe
from gradlab.regression.recipes import (
    COEFFICIENTS,
    CUBIC,
    FEATURE_WIDTH,
    LR_MAX,
    MODELS,
    check_lr,
    true_coefficients,
)
from gradlab.regression.settings import RegressionSettings, SettingsError, number_text


@pytest.mark.parametrize("name", [r.name for r in RECIPES])
def test_each_recipe_goes_to_settings_and_back_unchanged(name):
    setup = recipe(name).setup
    settings = RegressionSettings.for_recipe(name)
    assert settings.to_setup() == setup
    assert RegressionSettings.from_session(settings.to_session()) == settings


def test_numbers_stay_as_typed():
    settings = RegressionSettings().with_changes(lr="1e-3", noise=" 0.50 ", momentum="0.9")
    state = settings.to_session()
    assert state["lr"] == "1e-3" and state["noise"] == " 0.50 "  # what was typed, read back the same
    setup = settings.to_setup()
    assert setup.lr == 1e-3 and setup.noise == 0.5 and setup.momentum == 0.9
    assert "device" not in state  # the machine's, not the session's


def test_number_text_is_short_and_exact():
    assert [number_text(v) for v in (1e-3, 1e-6, 0.9, 0.0, 2.0)] == ["0.001", "1e-06", "0.9", "0", "2"]
    assert float(number_text(0.1234567891)) == 0.1234567891


@pytest.mark.parametrize(
    "field, text, says",
    [
        ("lr", "fast", "the learning rate must be a number, not 'fast'"),
        ("lr", "nan", "the learning rate must be a number, not 'nan'"),
        ("noise", "inf", "the noise must be a number, not 'inf'"),
        ("momentum", "", "the momentum must be a number, not ''"),
        ("lr", "-1", "the learning rate must be a positive number no larger than 1e+06"),
        ("lr", "2e6", "the learning rate must be a positive number no larger than 1e+06"),
        ("momentum", "1", "momentum must be at least 0 and below 1"),
    ],
)
def test_a_bad_number_is_named(field, text, says):
    with pytest.raises(SettingsError) as caught:
        RegressionSettings().with_changes(**{field: text}).to_setup()
    assert str(caught.value) == says


def test_the_learning_rate_rule_is_the_setups():
    assert check_lr(LR_MAX) == LR_MAX
    for bad in (0, -1e-3, LR_MAX * 2, float("nan"), True, "0.1"):
        with pytest.raises(ValueError):
            check_lr(bad)
        with pytest.raises(ValueError):
            Setup(lr=bad).validate()
    assert RegressionSettings().with_changes(lr="0.5").learning_rate() == 0.5
    with pytest.raises(SettingsError, match="no larger than"):
        RegressionSettings().with_changes(lr="1e7").learning_rate()


@pytest.mark.parametrize(
    "field, value, says",
    [
        ("recipe", "foo", "unknown recipe 'foo'"),
        ("optimizer", "lbfgs", "unknown optimizer 'lbfgs'"),
        ("model", "svm", "unknown model 'svm'"),
        ("activation", "gelu", "unknown activation 'gelu'"),
        ("reduction", "max", "unknown loss reduction 'max'"),
        ("lr", 0.01, "lr must be text, not 0.01"),
        ("target", 3, "target must be text, not 3"),
        ("steps", 0, "steps must be a whole number from 1 to 10,000,000"),
        ("steps", "many", "steps must be a whole number from 1 to 10,000,000"),
        ("seed", 1_099_511_627_776, "seed must be a whole number from 0 to 2,147,483,647"),
        ("seed", True, "seed must be a whole number from 0 to 2,147,483,647"),
        ("points", 1.5, "points must be a whole number from 2 to 1,000,000"),
        ("lr", "fast", "the learning rate must be a number, not 'fast'"),
        ("lr", "f" * 500, "the learning rate must be a number, not 'ffffffffffffffffffffffffffffffffffffff…"),
        ("noise", "1" * 2000, "noise is longer than 1,000 characters"),
        ("target", "x + os", "the target is a function of x only, not of os"),
        ("target", "a*x + b + c + d", "the target is a function of x only, not of a, b, c, …"),
        ("target", "x +", "the target: something must follow the last + (column 3)"),
        ("target", "sin(x", "the target: '(' was never closed (column 4)"),
    ],
)
def test_a_session_part_with_a_bad_field_is_refused_naming_it(field, value, says):
    state = RegressionSettings.for_recipe("torchRegression6custom").to_session()
    state[field] = value
    with pytest.raises(SettingsError) as caught:
        RegressionSettings.from_session(state)
    assert str(caught.value) == says


def test_a_session_part_that_is_not_a_table_or_lacks_a_field_is_refused():
    with pytest.raises(SettingsError, match="not a table"):
        RegressionSettings.from_session(["lr"])
    state = RegressionSettings().to_session()
    del state["momentum"]
    with pytest.raises(SettingsError, match="momentum is missing"):
        RegressionSettings.from_session(state)
    seedless = {**RegressionSettings().to_session(), "seed": None, "unknown": 1}
    assert RegressionSettings.from_session(seedless).seed is None  # no seed; unknown keys ignored


def test_coefficients_truth_and_feature_width_are_known_for_every_model():
    assert set(COEFFICIENTS) == set(MODELS) == set(FEATURE_WIDTH)
    assert true_coefficients(CUBIC) == {"1": 0.0, "x": 1.0, "x²": 2.0, "x³": 3.0, "x⁴ (x⁵)": 0.0}
    assert true_coefficients("0+1*x+2*x**2+3*x**3") == true_coefficients(CUBIC)
    assert true_coefficients("sin(x)") == {}


def test_the_coefficients_named_are_the_models(tmp_path):
    from gradlab.regression.models import build_model, coefficients

    for model in MODELS:
        fitted = build_model(Setup(model=model))
        assert [name for name, _ in coefficients(fitted, model)] == list(COEFFICIENTS[model])


def test_the_settings_as_typed_are_the_setups_fields_with_the_same_defaults():
    """The two lists of fields cannot drift apart: the same names, and defaults that agree."""
    from dataclasses import fields

    assert [f.name for f in fields(RegressionSettings)] == [f.name for f in fields(Setup)]
    assert RegressionSettings() == RegressionSettings.from_setup(Setup())
