"""The Neural Network tab's data: the built-in sets, the points and their checks, the split, CSV files."""

import math

import numpy as np
import pytest

from gradlab.classify import csv_points
from gradlab.classify.csv_points import read_points_csv, write_points_csv
from gradlab.classify.datasets import DATASETS, MAX_SEED, make_points
from gradlab.classify.points import MAX_POINTS, Points, PointsError, check_points, split

# --- the built-in sets --------------------------------------------------------------------------


def test_the_guides_six_points_are_the_guides_own():
    points = make_points("guide")
    assert points.xy == ((1.2, 0.7), (-0.3, -0.5), (3.0, 0.1), (-0.1, -1.0), (-1.0, 1.1), (2.1, -3.0))
    assert points.labels == (1, -1, 1, -1, -1, 1)
    assert points.classes == ("+1", "-1")


@pytest.mark.parametrize(
    "key, labels", [("and", (-1, -1, -1, 1)), ("or", (-1, 1, 1, 1)), ("xor", (-1, 1, 1, -1))]
)
def test_the_gates_are_their_truth_tables(key, labels):
    points = make_points(key)
    assert points.xy == ((0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0))
    assert points.labels == labels


@pytest.mark.parametrize("key", [key for key, dataset in DATASETS.items() if dataset.seeded])
def test_each_random_set_has_its_count_both_classes_and_repeats_with_its_seed(key):
    default = make_points(key)
    assert len(default) == DATASETS[key].count
    assert check_points(default) == ""
    points = make_points(key, count=51, seed=7, noise=0.2)  # the spiral is random only in its noise
    assert len(points) == 51 and set(points.labels) == {1, -1}
    assert all(type(x) is float and type(y) is float for x, y in points.xy)
    assert make_points(key, count=51, seed=7, noise=0.2) == points
    assert make_points(key, count=51, seed=8, noise=0.2) != points
    assert make_points(key, count=51, seed=None, noise=0.2) != make_points(
        key, count=51, seed=None, noise=0.2
    )
    assert len(make_points(key, count=1)) == 1


def test_the_shapes_are_where_the_playground_draws_them():
    circle = make_points("circle", count=400, noise=0)
    for (x, y), label in zip(circle.xy, circle.labels):
        r = math.hypot(x, y)
        assert (r <= 2.5) if label == 1 else (3.5 <= r <= 5)
    quadrants = make_points("xorq", count=400)
    assert all(
        (x * y > 0) == (label == 1) and min(abs(x), abs(y)) >= 0.3
        for (x, y), label in zip(quadrants.xy, quadrants.labels)
    )
    gauss = make_points("gauss", count=400, noise=0)
    assert set(zip(gauss.xy, gauss.labels)) == {((2.0, 2.0), 1), ((-2.0, -2.0), -1)}
    spiral = make_points("spiral", count=400)
    assert max(math.hypot(x, y) for x, y in spiral.xy) <= 5
    assert len(set(spiral.xy)) == 400  # the two spirals do not share their first point


def test_moons_is_sklearns_make_moons_formula():
    n = 101
    # sklearn.datasets.make_moons, written out (without its shuffle and noise)
    outer, inner = n // 2, n - n // 2
    expected_x = np.append(np.cos(np.linspace(0, np.pi, outer)), 1 - np.cos(np.linspace(0, np.pi, inner)))
    expected_y = np.append(
        np.sin(np.linspace(0, np.pi, outer)), 1 - np.sin(np.linspace(0, np.pi, inner)) - 0.5
    )
    expected_label = [-1] * outer + [1] * inner  # sklearn's 0/1 made -1/+1, as micrograd does
    points = make_points("moons", count=n, seed=3, noise=0.0)
    # shuffled as sklearn shuffles (numpy's RandomState)
    order = np.arange(n)
    np.random.RandomState(3).shuffle(order)
    assert points.xy == tuple(zip(expected_x[order].tolist(), expected_y[order].tolist()))
    assert points.labels == tuple(expected_label[i] for i in order)
    noisy = make_points("moons", count=n, seed=3)  # noise 0.1 by default
    distance = np.hypot(*(np.array(noisy.xy) - np.array(points.xy)).T)
    assert 0 < distance.mean() < 0.3


@pytest.mark.parametrize(
    "key, options, says",
    [
        ("nope", {}, "no data set called 'nope'; the sets are: guide, and, or"),
        ("guide", {"count": 10}, "the set guide is fixed"),
        ("xor", {"noise": 0.1}, "the set xor is fixed"),
        ("moons", {"count": 0}, "from 1 to 100,000, not 0"),
        ("moons", {"count": 100_001}, "not 100001"),
        ("moons", {"count": 2.5}, "whole number"),
        ("moons", {"count": True}, "not True"),
        ("moons", {"noise": -0.1}, "the noise must be a number from 0 to 10, not -0.1"),
        ("moons", {"noise": math.nan}, "not nan"),
        ("moons", {"noise": math.inf}, "not inf"),
        ("moons", {"noise": 11}, "not 11"),
        ("moons", {"noise": "0.1"}, "not '0.1'"),
        ("moons", {"seed": -1}, "the seed must be a whole number from 0 to 4,294,967,295"),
        ("moons", {"seed": MAX_SEED + 1}, "the seed"),
        ("moons", {"seed": 10**400}, "not 10**400"),
    ],
)
def test_a_bad_recipe_is_refused_in_one_line(key, options, says):
    with pytest.raises(PointsError) as caught:
        make_points(key, **options)
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_the_largest_set_is_made_quickly():
    assert len(make_points("spiral", count=MAX_POINTS)) == MAX_POINTS


# --- points, edits and checks -------------------------------------------------------------------


def test_edits_make_new_points_and_leave_the_old_ones():
    points = make_points("guide")
    added = points.with_added(0.5, -0.5, -1)
    assert len(added) == 7 and added.xy[-1] == (0.5, -0.5) and added.labels[-1] == -1
    moved = added.with_moved(0, 9, 8)
    assert moved.xy[0] == (9.0, 8.0) and moved.labels == added.labels
    removed = moved.with_removed(1)
    assert removed.xy[:2] == ((9.0, 8.0), (3.0, 0.1)) and len(removed) == 6
    assert removed.with_label(0, -1).labels[0] == -1
    assert points == make_points("guide")


@pytest.mark.parametrize(
    "edit, says",
    [
        (
            lambda p: p.with_added(math.nan, 0, 1),
            "two finite coordinates of at most 1e+09 in size, not (nan, 0)",
        ),
        (lambda p: p.with_added(0, math.inf, 1), "not (0, inf)"),
        (lambda p: p.with_added(0, 0, 0), "class is +1 or -1, not 0"),
        (lambda p: p.with_added(0, 0, True), "not True"),
        (lambda p: p.with_moved(6, 0, 0), "there is no point 6 (there are 6)"),
        (lambda p: p.with_moved(-1, 0, 0), "no point -1"),
        (lambda p: p.with_removed(True), "no point True"),
        (lambda p: p.with_moved(0, "a", 0), "not ('a', 0)"),
        (lambda p: p.with_moved(0, 2e9, 0), "not (2000000000.0, 0)"),
    ],
)
def test_a_bad_edit_is_refused_in_one_line(edit, says):
    with pytest.raises(PointsError, match=None) as caught:
        edit(make_points("guide"))
    assert says in str(caught.value)


def test_no_point_past_the_limit_can_be_added():
    full = Points(((0.0, 0.0),) * MAX_POINTS, (1,) * MAX_POINTS)
    with pytest.raises(PointsError, match="already 100,000 points"):
        full.with_added(1, 1, -1)


@pytest.mark.parametrize(
    "points, says",
    [
        (Points(), "there are no points"),
        (Points(((0.0, 0.0),), (1,)), "the only point is class +1: a classifier needs both classes"),
        (Points(((0.0, 0.0),) * 3, (-1,) * 3, ("cat", "dog")), "all 3 points are class dog: a classifier"),
        (
            Points(((0.0, 0.0), (1.0, math.nan)), (1, -1)),
            "point 2 is at (1, nan): nan is not a finite number",
        ),
        (Points(((0.0, -2e9), (1.0, 1.0)), (1, -1)), "point 1 is at (0, -2e+09): -2e+09 is too far out"),
        (Points(((0.0, 0.0),) * (MAX_POINTS + 1), (1, -1) * (MAX_POINTS // 2) + (1,)), "100,001 points"),
    ],
)
def test_what_cannot_be_trained_on_is_named(points, says):
    assert says in check_points(points)


def test_labels_and_points_must_pair_up():
    with pytest.raises(PointsError, match="2 points but 1 labels"):
        Points(((0.0, 0.0), (1.0, 1.0)), (1,))


# --- the train/test split -----------------------------------------------------------------------


def test_the_split_is_seeded_and_takes_the_share_asked():
    train, test = split(200, 25, seed=4)
    assert len(test) == 50 and len(train) == 150
    assert sorted(train + test) == list(range(200)) and list(test) == sorted(test)
    assert split(200, 25, seed=4) == (train, test)
    assert split(200, 25, seed=5) != (train, test)
    assert split(200, 0, seed=4) == (tuple(range(200)), ())
    assert split(1, 90, seed=4) == ((0,), ())


def test_the_split_keeps_a_training_point_of_each_class():
    labels = (1,) * 9 + (-1,)
    for seed in range(30):
        train, test = split(10, 90, seed, labels)
        assert {labels[i] for i in train} == {1, -1}
        assert len(train) == 2 and len(test) == 8
    train, test = split(2, 90, 0, (1, -1))
    assert train == (0, 1) and test == ()


@pytest.mark.parametrize("percent", [-1, 91, math.nan, "10", None, True])
def test_a_test_share_out_of_range_is_refused(percent):
    with pytest.raises(PointsError, match="the test share must be from 0 to 90 percent"):
        split(10, percent, 0)


# --- CSV files ----------------------------------------------------------------------------------


def csv_file(tmp_path, text: str, name: str = "points.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refusal(path) -> str:
    with pytest.raises(PointsError) as caught:
        read_points_csv(path)
    said = str(caught.value)
    assert len(said.splitlines()) == 1
    return said


@pytest.mark.parametrize(
    "text, classes, labels",
    [
        ("x1,x2,label\n0,0,1\n1,1,-1\n2,2,1\n", ("1", "-1"), (1, -1, 1)),
        ("0,0,-1\n1,1,1\n", ("1", "-1"), (-1, 1)),  # no header; the larger number is +1
        ("0,0,0\n1,1,1\n2,2,1.0\n", ("1", "0"), (-1, 1, 1)),  # 1 and 1.0 are one label
        ("0,0,+1\n1,1,-1.0\n", ("+1", "-1.0"), (1, -1)),
        ("x1,x2,label\n0,0,dog\n1,1,cat\n", ("cat", "dog"), (-1, 1)),  # texts: alphabetical, cat first
        ("0,0, no \n1,1,YES\n", ("YES", "no"), (-1, 1)),
        ("0,0,False\n1,1,True\n", ("True", "False"), (-1, 1)),
        ("0,0,2\n1,1,5\n", ("5", "2"), (-1, 1)),
    ],
)
def test_any_two_labels_map_to_plus_and_minus_one_whatever_the_rows_order(tmp_path, text, classes, labels):
    points = read_points_csv(csv_file(tmp_path, text))
    assert points.classes == classes and points.labels == labels
    rows = text.splitlines()
    header = [rows.pop(0)] if rows[0].startswith("x1") else []
    backwards = read_points_csv(csv_file(tmp_path, "\n".join(header + rows[::-1]) + "\n", "back.csv"))
    assert backwards.labels == labels[::-1]  # the names are those first seen: "1.0" before "1" backwards


def test_points_read_with_a_header_in_another_order_blank_lines_and_a_bom(tmp_path):
    path = tmp_path / "b.csv"
    path.write_bytes("\ufefflabel, x2 ,X1\n\ncat,2.5,-1\n\ndog,0,3\n".encode())
    points = read_points_csv(path)
    assert points.xy == ((-1.0, 2.5), (3.0, 0.0)) and points.labels == (1, -1)
    assert read_points_csv(csv_file(tmp_path, "x,y,label\n1,2,a\n3,4,b\n")).xy == ((1.0, 2.0), (3.0, 4.0))


@pytest.mark.parametrize(
    "text, says",
    [
        ("x1,x2,label\n1,2,a\n1,oops,b\n", "1 bad row(s), nothing loaded: line 3: 'oops' is not a number"),
        ("1,2,a\n1,2\n3,4,b\n", "line 2: 2 columns, not 3 (x1, x2, label)"),
        ("1,2,a\n1,2,b,4\n", "line 2: 4 columns, not 3"),
        ("1,2,a\nnan,2,b\n", "line 2: nan is not a finite number"),
        ("1,2,a\n1,-inf,b\n", "line 2: -inf is not a finite number"),
        ("1,2,a\n1,1e300,b\n", "line 2: 1e+300 is too far out: coordinates are at most 1e+09 in size"),
        ("1,2,a\n3,4,\n", "line 2: the label is empty"),
        (
            "1,2,a\n3,4,b\n\n5,6,c\n",
            "line 4: a third class, 'c', after 'a' and 'b': a classifier here tells two",
        ),
        ("x1,x2,label\n1,2,cat\n3,4,cat\n", "all 2 points are class 'cat': a classifier needs both classes"),
        ("", "points.csv has no points: it needs rows of x1, x2, label"),
        ("x1,x2,label\n\n\n", "points.csv has no points"),
        ("1,2,a\n" + "1,x,b\n" * 7, "7 bad row(s), nothing loaded: line 2: 'x' is not a number; line 3"),
    ],
)
def test_a_bad_file_is_refused_with_the_line_number(tmp_path, text, says):
    assert says in refusal(csv_file(tmp_path, text))


def test_a_few_bad_rows_are_counted_and_a_flood_stops_at_the_thousandth(tmp_path):
    said = refusal(csv_file(tmp_path, "1,2,a\n" + "1,x,b\n" * 7))
    assert said.endswith("line 6: 'x' is not a number; and 2 more")
    said = refusal(csv_file(tmp_path, "1,2,a\n" + "1,x,b\n" * 5000))
    assert said.startswith("1,000 bad rows or more, nothing loaded: line 2:") and said.endswith("; and more")


def test_the_most_points_load_and_one_more_is_refused_naming_the_line(tmp_path, monkeypatch):
    rows = "".join(f"{i},{i},{'ab'[i % 2]}\n" for i in range(MAX_POINTS))
    assert len(read_points_csv(csv_file(tmp_path, rows))) == MAX_POINTS
    monkeypatch.setattr(csv_points, "MAX_POINTS", 1000)  # the same rule, on a smaller file
    assert refusal(csv_file(tmp_path, "x1,x2,label\n" + rows[:20_000])) == (
        "line 1,002: more than 1,000 points, the most gradlab takes"
    )


def test_what_is_not_a_csv_file_is_refused_in_one_line(tmp_path):
    (tmp_path / "bin.csv").write_bytes(b"\xff\xfe\x00\x01,2,3\n")
    assert refusal(tmp_path / "bin.csv") == (
        "could not read bin.csv: it is not a CSV file of x1, x2, label rows (it is not UTF-8 text)"
    )
    assert refusal(tmp_path / "gone.csv") == "could not read gone.csv: gone.csv does not exist"
    (tmp_path / "folder.csv").mkdir()
    assert refusal(tmp_path / "folder.csv") == "could not read folder.csv: it is a folder"
    assert "more than 201,000 lines" in refusal(csv_file(tmp_path, "\n" * 201_001))


def test_written_points_read_back_the_same(tmp_path):
    for points in (
        make_points("moons"),
        read_points_csv(csv_file(tmp_path, "0.1,0.2,dog\n0.3,0.4,cat\n")),
        Points(((1.0, 2.0), (3.0, 4.0)), (1, -1), ("1", "0")),
    ):
        path = write_points_csv(tmp_path / "out.csv", points)
        assert read_points_csv(path) == points
    renamed = Points(((1.0, 2.0), (3.0, 4.0)), (1, -1), ("dog", "cat"))  # would read back swapped
    back = read_points_csv(write_points_csv(tmp_path / "out.csv", renamed))
    assert back.labels == (1, -1) and back.classes == ("+1", "-1")
