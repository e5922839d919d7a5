"""The Neural Network tab's settings model: typed values, the points' edits and undo, the session part."""

import json
import math

import pytest

from gradlab.classify.datasets import make_points
from gradlab.classify.points import MAX_POINTS, Points
from gradlab.classify.settings import UNDO_LIMIT, ClassifySettings, number_text
from gradlab.classify.setup import PRESETS, Setup, SetupError
from gradlab.session import SessionError, load_session, save_session


def test_the_default_is_the_guides_points_and_the_default_setup():
    settings = ClassifySettings()
    assert settings.to_setup() == Setup()
    assert settings.points == make_points("guide") and settings.builtin and not settings.can_undo
    assert settings.lr == "0.01" and settings.l2 == "0" and settings.noise is None


@pytest.mark.parametrize("key", PRESETS)
def test_each_preset_reads_back_as_itself(key):
    settings = ClassifySettings.for_preset(key)
    assert settings.to_setup() == PRESETS[key]
    setup = PRESETS[key]
    assert settings.points == make_points(setup.data, setup.count, setup.seed, setup.noise)


def test_number_text_is_what_a_student_would_type():
    assert [number_text(v) for v in (0.001, 1e-4, 1.0, 0.9, 0.1 + 0.2)] == [
        "0.001",
        "0.0001",
        "1",
        "0.9",
        "0.30000000000000004",
    ]


# --- update: one rule per field, the Setup's ------------------------------------------------------


def test_a_typed_number_is_kept_as_typed_even_when_it_is_no_number_yet():
    settings = ClassifySettings()
    assert settings.update("lr", "1e") == "the learning rate must be a number, not '1e'"
    assert settings.lr == "1e"
    with pytest.raises(SetupError, match="the learning rate must be a number"):
        settings.to_setup()
    assert settings.update("lr", "1e-3") == "" and settings.to_setup().lr == 1e-3
    assert "the learning rate must be a positive number" in settings.update("lr", "-1")
    assert settings.lr == "-1" and settings.update("lr", "0.1") == ""
    assert settings.update("momentum", "1") == "the momentum must be at least 0 and below 1"
    assert settings.update("momentum", "0.5") == ""
    assert settings.update("l2", "nan") == "the L2 strength must be a number, not 'nan'"
    assert settings.update("l2", "0.5") == "" and settings.to_setup().l2 == 0.5
    assert "longer than 1,000 characters" in settings.update("lr", "1" * 1001)
    assert settings.lr == "0.1"  # a text too long is not kept


@pytest.mark.parametrize(
    "key, value, says",
    [
        ("model", "cnn", "the model cannot be 'cnn'; the choices are linear, neuron, guide2layer, mlp"),
        ("hidden", (0,), "the hidden layers must each have 1 to 16 neurons"),
        ("hidden", (4,) * 7, "the hidden layers must be 1 to 6 layers"),
        ("steps", 0, "the number of steps must be a whole number from 1 to"),
        ("seed", -1, "the seed must be a whole number from 0 to"),
        ("test_percent", 95, "the test share must be a number from 0 to 90"),
        ("l2_biases", "yes", "the L2 of the biases must be true or false"),
        ("data", "mnist", "there is no data set called 'mnist'; the sets are: guide, and"),
        ("count", 5, "the set guide is fixed: it takes no point count or noise"),
        ("noise", "0.1", "the set guide is fixed"),
        ("colour", "red", "unknown setting 'colour'"),
    ],
)
def test_a_value_its_rule_refuses_is_not_taken(key, value, says):
    settings = ClassifySettings()
    before = settings.values(), settings.points
    assert says in settings.update(key, value)
    assert (settings.values(), settings.points) == before and not settings.can_undo


def test_the_other_fields_are_taken_as_given():
    settings = ClassifySettings()
    for key, value in (
        ("model", "mlp"),
        ("hidden", [3, 3]),
        ("activation", "tanh"),
        ("steps", 9),
        ("batch", 5),
    ):
        assert settings.update(key, value) == ""
    setup = settings.to_setup()
    assert (setup.model, setup.hidden, setup.activation, setup.steps, setup.batch) == (
        "mlp",
        (3, 3),
        "tanh",
        9,
        5,
    )


def test_a_new_data_set_starts_at_its_own_count_and_noise_and_is_undoable():
    settings = ClassifySettings()
    assert settings.update("data", "moons") == ""
    assert settings.count is None and settings.noise == "0.1" and len(settings.points) == 100
    assert settings.update("count", 40) == "" and len(settings.points) == 40
    assert settings.update("noise", "0") == "" and settings.points == make_points("moons", 40, 0, 0.0)
    assert settings.update("noise", "0.") == "" and settings.noise == "0."
    assert settings.update("noise", "abc") == "the noise must be a number, not 'abc'"
    assert settings.points == make_points("moons", 40, 0, 0.0)  # not made again from a text that is no number
    assert settings.update("noise", "0") == ""
    assert settings.update("seed", 5) == "" and settings.points == make_points("moons", 40, 5, 0.0)
    assert settings.update("data", "circle") == "" and settings.noise == "0"
    for _ in range(7):  # each set made: moons, 40, noise 0, 0., 0 again, the seed, circle
        assert settings.undo()
    assert settings.data == "guide" and settings.points == make_points("guide") and not settings.can_undo
    assert not settings.undo()


def test_the_seed_leaves_edited_points_alone():
    settings = ClassifySettings(Setup(data="circle"))
    assert settings.add_point(0.5, 0.5, -1) == ""
    edited = settings.points
    assert settings.update("seed", 9) == "" and settings.seed == 9 and settings.points == edited
    assert not settings.builtin


# --- the points' edits and undo -------------------------------------------------------------------


def test_point_edits_are_undone_in_turn():
    settings = ClassifySettings()
    guide = settings.points
    assert settings.add_point(1, 1, -1) == "" and len(settings.points) == 7 and not settings.builtin
    assert settings.move_point(0, 5, 5) == "" and settings.points.xy[0] == (5.0, 5.0)
    assert settings.remove_point(1) == "" and len(settings.points) == 6
    assert settings.set_label(0, -1) == "" and settings.points.labels[0] == -1
    for length in (6, 7, 7, 6):
        assert settings.undo() and len(settings.points) == length
    assert settings.points == guide and settings.builtin and not settings.can_undo


def test_a_drag_is_one_undo():
    settings = ClassifySettings()
    settings.move_point(2, 0, 0)
    for step in range(1, 20):
        settings.move_point(2, step / 10, step / 10, undoable=False)
    assert settings.points.xy[2] == (1.9, 1.9)
    assert settings.undo() and settings.points == make_points("guide") and not settings.can_undo


def test_a_bad_edit_says_why_and_changes_nothing():
    settings = ClassifySettings()
    assert "there is no point 6 (there are 6)" in settings.remove_point(6)
    assert "two finite coordinates" in settings.add_point(math.inf, 0, 1)
    assert "+1 or -1, not 2" in settings.add_point(0, 0, 2)
    assert settings.points == make_points("guide") and not settings.can_undo


def test_the_undo_is_bounded():
    settings = ClassifySettings()
    for i in range(UNDO_LIMIT + 10):
        settings.add_point(i, i, 1)
    undone = 0
    while settings.undo():
        undone += 1
    assert undone == UNDO_LIMIT and len(settings.points) == 6 + 10


def test_points_from_a_file_replace_the_data_undoably():
    settings = ClassifySettings()
    points = Points(((0.0, 0.0), (1.0, 1.0)), (1, -1), ("cat", "dog"))
    assert settings.load_points(points, "/home/ana/pets.csv") == ""
    assert settings.data == "/home/ana/pets.csv" and settings.points == points and not settings.builtin
    assert settings.to_setup().data == "/home/ana/pets.csv"
    assert "are for the built-in sets" in settings.update("count", 10)
    assert "are for the built-in sets" in settings.update("noise", "0.1")
    assert settings.undo() and settings.data == "guide" and settings.builtin


# --- the session part -----------------------------------------------------------------------------


def round_trip(settings: ClassifySettings, tmp_path) -> ClassifySettings:
    """The settings saved in a session file and opened again."""
    path = save_session(
        tmp_path / "s.gradlab",
        {"graph": {}, "descent": {}, "regression": {}, "classify": settings.session_part()},
    )
    return ClassifySettings.from_session(load_session(path)["classify"])


def test_a_built_in_set_is_saved_as_its_recipe_and_edited_points_as_points(tmp_path):
    settings = ClassifySettings.for_preset("micrograd-moons")
    settings.update("lr", "0.5")
    part = settings.session_part()
    assert part["points"] is None and part["lr"] == "0.5" and part["hidden"] == [16, 16]
    back = round_trip(settings, tmp_path)
    assert back.values() == settings.values() and back.points == settings.points and back.builtin
    settings.move_point(3, 0.25, -1e-17)
    part = settings.session_part()
    assert part["points"]["x1"][3] == 0.25 and len(part["points"]["labels"]) == 100
    back = ClassifySettings.from_session(json.loads(json.dumps(part)))
    assert back.points == settings.points and not back.builtin
    settings.update("lr", "1e")  # kept as typed, and saved so; but such a session is refused, as Regression's
    with pytest.raises(SessionError, match="the learning rate must be a number, not '1e'"):
        ClassifySettings.from_session(settings.session_part())


def test_an_unseeded_random_set_is_saved_as_its_points(tmp_path):
    settings = ClassifySettings(Setup(data="circle", seed=None))
    assert settings.session_part()["points"] is not None
    assert round_trip(settings, tmp_path).points == settings.points
    assert ClassifySettings(Setup(data="xor", seed=None)).session_part()["points"] is None  # fixed


def test_a_file_of_the_most_points_fits_in_a_session(tmp_path):
    settings = ClassifySettings()
    settings.load_points(make_points("spiral", count=MAX_POINTS, noise=0.1), "big.csv")
    assert round_trip(settings, tmp_path).points == settings.points


def test_an_empty_part_is_the_default():
    assert ClassifySettings.from_session({}).values() == ClassifySettings().values()


GOOD = ClassifySettings().session_part()
POINTS = {"x1": [0.0, 1.0], "x2": [0.0, 1.0], "labels": [1, -1], "classes": ["+1", "-1"]}


def changed(**changes) -> dict:
    return {**GOOD, **changes}


def with_points(**changes) -> dict:
    return {**GOOD, "points": {**POINTS, **changes}}


@pytest.mark.parametrize(
    "part, says",
    [
        ([1, 2], "it is not a table of values"),
        (changed(evil=1), "unknown setting 'evil'"),
        ({k: v for k, v in GOOD.items() if k != "lr"}, "lr is missing"),
        ({k: v for k, v in GOOD.items() if k != "points"}, "points is missing"),
        (changed(lr=0.1), "lr must be text, not 0.1"),
        (changed(noise=3), "noise must be text, not 3"),
        (changed(data=None), "data must be text, not None"),
        (changed(lr="x" * 1001), "lr is longer than 1,000 characters"),
        (changed(lr="abc"), "the learning rate must be a number, not 'abc'"),
        (changed(lr="1e7"), "the learning rate must be a positive number"),
        (changed(model="evil"), "the model cannot be 'evil'"),
        (changed(hidden=[16, "x"]), "the hidden layers must each have 1 to 16 neurons"),
        (changed(hidden="16"), "the hidden layers must be 1 to 6 layers"),
        (changed(steps=10**400), "the number of steps must be a whole number"),
        (changed(seed=True), "the seed must be a whole number"),
        (changed(count=5), "the set guide is fixed"),
        (changed(data="/tmp/pets.csv"), "the points of '/tmp/pets.csv' are missing"),
        (changed(points=[]), "the points must be a table of x1, x2, labels and classes"),
        (with_points(extra=1), "the points must be a table of x1, x2, labels and classes"),
        (with_points(x1="0,1"), "the points' x1, x2 and labels must be lists"),
        (with_points(x2=[0.0]), "the points have 2 x1, 1 x2 and 2 labels"),
        (
            with_points(x1=[0.0, math.nan]),
            "point 2's x1 must be a finite number of at most 1e+09 in size, not nan",
        ),
        (with_points(x2=[-math.inf, 0.0]), "point 1's x2 must be a finite number"),
        (with_points(x2=[0.0, 1e10]), "not 10000000000.0"),
        (with_points(x1=[0.0, "1"]), "not '1'"),
        (with_points(x1=[0.0, True]), "not True"),
        (with_points(labels=[1, 0]), "point 2's label must be 1 or -1, not 0"),
        (with_points(labels=[1.0, -1]), "point 1's label must be 1 or -1, not 1.0"),
        (with_points(labels=[True, -1]), "not True"),
        (with_points(classes=["a"]), "the classes must be two different names of 1 to 40 characters"),
        (with_points(classes=["a", "a"]), "two different names"),
        (with_points(classes=["a", 1]), "two different names"),
        (with_points(classes=["a", "b" * 41]), "two different names"),
        (with_points(classes=["a", " "]), "two different names"),
        (with_points(classes=["a", "b\nc"]), "two different names"),
        (
            with_points(x1=[0.0] * 100_001, x2=[0.0] * 100_001, labels=[1] * 100_001),
            "100,001 points: gradlab takes",
        ),
    ],
)
def test_a_hostile_part_is_refused_in_one_line_naming_the_field(part, says):
    with pytest.raises(SessionError) as caught:
        ClassifySettings.from_session(part)
    said = str(caught.value)
    assert said.startswith("The Neural Network part cannot be used: ")
    assert says in said and len(said.splitlines()) == 1


def test_a_part_of_points_that_cannot_be_trained_on_still_opens():
    part = with_points(x1=[], x2=[], labels=[])  # the student had removed every point
    assert len(ClassifySettings.from_session(part).points) == 0
    assert ClassifySettings.from_session(with_points(labels=[1, 1])).points.labels == (1, 1)


def test_settings_name_their_preset_only_while_they_are_it():
    for key in PRESETS:
        assert ClassifySettings.for_preset(key).preset() == key
    settings = ClassifySettings.for_preset("circle")
    assert settings.update("lr", "0.5") == "" and settings.preset() == ""
    assert settings.update("lr", str(PRESETS["circle"].lr)) == "" and settings.preset() == "circle"
    settings.add_point(0.0, 0.0, 1)
    assert settings.preset() == "" and not settings.builtin  # edited points: no preset's own


def test_points_given_that_are_the_sets_own_count_as_its_own():
    assert ClassifySettings(Setup(data="circle"), make_points("circle")).builtin
    assert not ClassifySettings(Setup(data="circle"), make_points("circle", seed=5)).builtin
    part = ClassifySettings(Setup(data="pets.csv"), make_points("xor")).session_part()
    assert part["data"] == "pets.csv" and part["points"] is not None
