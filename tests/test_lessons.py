"""The lessons' content: every tab has one, its buttons name real actions, and its numbers are right."""

import contextlib
import html
import inspect
import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from gradlab import lessons, lessons_classify, lessons_guide, translation
from gradlab.classify.setup import PRESETS as CLASSIFY_PRESETS
from gradlab.lessons import LESSONS, TABS, actions_in, is_action, lesson_html

HREF = re.compile(r'href="gradlab:([^"]*)"')


def test_every_tab_has_a_lesson():
    assert TABS == ("graph", "descent", "regression", "classify")
    assert set(LESSONS) == set(TABS)
    for tab in TABS:
        page = lesson_html(tab)
        assert page.count("<h3>") == len(LESSONS[tab]) >= 3
    with pytest.raises(KeyError, match="no lesson"):
        lesson_html("nonsense")


def test_every_button_names_an_action_the_tabs_carry_out():
    for tab in TABS:
        used = HREF.findall(lesson_html(tab))
        assert used, tab
        assert [a for a in used if not is_action(a)] == []
        assert actions_in(tab) == list(dict.fromkeys(used))


def test_the_action_vocabulary():
    # The keys the tabs know, from their own preset tables.
    for key in ("net1", "autograd2", "torchGd1", "karpathy", "neuron", "tanh_neuron"):
        assert is_action(f"graph/preset/{key}")
    for key in ("net2", "torchGd1", "torchGd3", "rosenbrock", "beale", "himmelblau", "saddle"):
        assert is_action(f"descent/function/{key}")
    for name in (
        "regression1train",
        "torchRegression4nn",
        "torchRegression5optim",
        "torchRegression6custom",
        "torchRegression7cws",
    ):
        assert is_action(f"regression/recipe/{name}")
    for action in (
        "graph/forward",
        "graph/run-forward",
        "graph/backward",
        "graph/run-backward",
        "graph/reset",
        "graph/check",
        "descent/play",
        "descent/race/sgd",
        "descent/race/sgd,momentum,nesterov,adagrad,rmsprop,adam",
        "descent/rate/sgd/1.05",
        "descent/rate/adam/1e-3",
        "regression/start",
        "classify/start",
        "lesson/try-int-grad",
    ):
        assert is_action(action), action
    for key in CLASSIFY_PRESETS:
        assert is_action(f"classify/preset/{key}"), key
    for action in (
        "",
        "graph",
        "graph/preset/nope",
        "graph/preset/net1/extra",
        "descent/function/net1",
        "descent/race/",
        "descent/race/sgd,sgd",
        "descent/race/sgd,lbfgs",
        "descent/rate/sgd/fast",
        "descent/rate/sgd/-1",
        "descent/rate/sgd/0",
        "descent/rate/sgd/inf",
        "descent/rate/lbfgs/0.1",
        "regression/recipe/regression2predict",
        "classify/preset/nope",
        "classify/preset",
        "classify/start/now",
        "classify/preset/xor-2layer/extra",
        "lesson/other",
    ):
        assert not is_action(action), action


def test_every_tab_can_be_set_up_from_its_lesson():
    graph, descent, regression, classify = (actions_in(tab) for tab in TABS)
    assert "graph/preset/net1" in graph and "graph/check" in graph and "lesson/try-int-grad" in graph
    assert {"graph/forward", "graph/run-forward", "graph/backward", "graph/run-backward"} <= set(graph)
    assert {"descent/function/net2", "descent/race/sgd,rmsprop", "descent/rate/sgd/1.05"} <= set(descent)
    assert {"regression/recipe/regression1train", "regression/start"} <= set(regression)
    shown = ("guide-linear", "guide-2layer", "and-neuron", "or-neuron", "xor-neuron", "xor-2layer")
    shown += ("xor-2layer-bad-seed", "circle", "spiral", "micrograd-moons")
    assert {f"classify/preset/{key}" for key in shown} <= set(classify)
    assert "classify/start" in classify


class _Balance(HTMLParser):
    VOID = {"br", "hr", "img"}

    def __init__(self):
        super().__init__()
        self.open: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()


@pytest.mark.parametrize("section", [s for tab in TABS for s in LESSONS[tab]])
def test_each_section_is_balanced_html_with_a_heading(section):
    assert section.startswith("<h3>")
    parser = _Balance()
    parser.feed(section)
    parser.close()
    assert parser.errors == [] and parser.open == []
    assert "{" not in section  # no placeholder that .format() would need


def test_the_x2_y2_numbers_are_the_graph_tabs_own_log():
    from gradlab.graph import presets

    page = html.unescape(lesson_html("graph"))
    steps = presets.net1().steps()
    lines = [e.explain(times="·", arrow="→") for e in [*steps.run_forward(), *steps.run_backward()]]
    assert lines[2] == "o = x2 + y2 = 1 + 9 = 10"
    assert lines[-1] == "x.g += ∂x2/∂x · x2.g = 1 · 1 → 2"
    for line in lines:
        assert line in page, line
    graph = presets.net1()
    graph.forward()
    graph.backward()
    assert graph.gradients() == {"x": 2.0, "y": 6.0}
    for quoted in ("f = o = 10", "∂f/∂x = 2x = 2", "∂f/∂y = 2y = 6", "x= v:1 g:2 y= v:3 g:6 o= v:10 g:1"):
        assert quoted in page


def _net_program_output(source: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(source, "net.py", "exec"), {})
    return out.getvalue()


def test_net2s_learning_rate_of_0_02_is_explained_by_the_real_adjust():
    from gradlab.net import Net

    page = html.unescape(lesson_html("descent"))
    quoted = re.search(r"<pre>(def adjust.*?)</pre>", page, re.DOTALL).group(1)
    source = inspect.getsource(Net.adjust)
    for line in quoted.splitlines():
        assert line.strip() in source, line
    program = (
        "from gradlab.net import Net\nnet = Net()\nx = net.variable(1)\ny = net.variable(3)\n"
        "x2 = net.mul(x, x)\ny2 = net.mul(y, y)\no = net.add(x2, y2)\n"
        "net.gradient_descendent()\nprint('x=', x.v, 'y=', y.v)\n"
    )
    printed = _net_program_output(program).splitlines()
    assert printed[:3] == ["0  =>  10", "1  =>  9.216", "2  =>  8.4934656"]
    assert "10 → 9.216 → 8.4934656" in page
    x, y = (float(v) for v in re.match(r"x= (\S+) y= (\S+)", printed[-1]).groups())
    assert x == pytest.approx(0.96**100) and y == pytest.approx(3 * 0.96**100)
    assert f"{x:.4g}" in page and f"{y:.4g}" in page


def test_the_quoted_torch_results():
    torch = pytest.importorskip("torch")
    graph_page = html.unescape(lesson_html("graph"))
    with pytest.raises(RuntimeError) as raised:
        torch.tensor([1, 2, 3], requires_grad=True)
    assert f"RuntimeError: {raised.value}" in graph_page
    fixed = torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)
    assert repr(fixed) in graph_page

    # RMSprop's first step on x² + y² from (1, 3) at lr 0.01, against plain descent at 0.02.
    descent_page = lesson_html("descent")
    point = torch.tensor([1.0, 3.0], dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.RMSprop([point], lr=0.01)
    assert (optimizer.defaults["alpha"], optimizer.defaults["eps"]) == (0.99, 1e-8)
    (point * point).sum().backward()
    optimizer.step()
    assert point.tolist() == pytest.approx([0.9, 2.9], abs=1e-7)
    assert "(0.9, 2.9)" in descent_page and "(0.96, 2.88)" in descent_page
    assert "alpha = 0.99" in descent_page and "eps = 1e-8" in descent_page


def test_the_quoted_stable_rates_for_the_regression_recipes():
    torch = pytest.importorskip("torch")
    import math

    from gradlab.regression.recipes import recipe
    from gradlab.regression.stability import stable_rate

    x = torch.linspace(-math.pi, math.pi, 2000)
    page = lesson_html("regression")
    assert f"{stable_rate(recipe('torchRegression6custom').setup, x):.3g}" == "3.56e-06"
    assert f"{stable_rate(recipe('regression1train').setup, x):.2g}" == "0.0071"
    assert "3.56e-6" in page and "0.0071" in page


def test_lessons_show_translated_sections():
    english = lesson_html("descent")

    def fake(context, text):
        if context != "lessons":
            return text
        for tab in TABS:
            if text in LESSONS[tab]:
                return f"<h3>課 {tab} {LESSONS[tab].index(text)}</h3>"
        return text

    translation.install(fake)
    translated = lesson_html("descent")
    assert "<h3>課 descent 0</h3>" in translated and "<h3>課 descent 4</h3>" in translated
    assert "Gradient descent</h3>" not in translated
    translation.install(None)
    assert lesson_html("descent") == english


def test_lessons_import_neither_qt_nor_torch():
    code = (
        "import sys, gradlab.lessons; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'torch', 'pyqtgraph', 'numpy'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate is not installed")
def test_lupdate_extracts_every_section_whole(tmp_path):
    ts = tmp_path / "lessons.ts"
    subprocess.run(
        [
            "pyside6-lupdate",
            lessons.__file__,
            lessons_classify.__file__,
            lessons_guide.__file__,
            "-ts",
            str(ts),
        ],
        capture_output=True,
        check=True,
        timeout=120,
    )
    contexts = [c for c in ET.parse(ts).iter("context") if c.findtext("name") == "lessons"]
    messages = [m for c in contexts for m in c.iter("message")]
    extracted = [m.findtext("source") for m in messages]
    assert sorted(extracted) == sorted(s for tab in TABS for s in LESSONS[tab])
    for message in messages:  # each section's note for its translator is its own
        assert message.findtext("extracomment", "").startswith("Lesson, ")


# --- the Neural Network tab's lesson: every number is the classify core's --------------------------


def _shown(value: float, digits: str = "#.3g") -> str:
    """A number as the lesson writes it: ``digits`` significant figures and a true minus sign."""
    return format(value, digits).replace("-", "−")


def _classify_sections() -> list[str]:
    return [html.unescape(section) for section in LESSONS["classify"]]


def _trained(key: str, **changes):
    """The classify core's Trainer for preset ``key`` (with ``changes``) after all its steps."""
    from gradlab.classify.datasets import make_points
    from gradlab.classify.training import Trainer

    setup = CLASSIFY_PRESETS[key].with_changes(**changes)
    trainer = Trainer(setup, make_points(setup.data, setup.count, setup.seed, setup.noise))
    losses = [trainer.step() for _ in range(setup.steps)]
    return trainer, losses


def test_the_guides_pulls_at_its_start(one_thread):
    torch = one_thread
    from gradlab.classify.datasets import make_points
    from gradlab.classify.losses import pulls
    from gradlab.classify.models import build_model, score, set_weight

    section = _classify_sections()[0]
    setup = CLASSIFY_PRESETS["guide-linear"]
    assert (setup.data, setup.model, setup.loss) == ("guide", "linear", "hinge")
    points = make_points("guide")
    model = build_model(setup, 0)
    for col, value in enumerate((1, -2, -1)):  # the guide's start: a = 1, b = −2, c = −1
        set_weight(model, 0, 0, col, value)
    assert "a = 1, b = −2, c = −1" in section
    scores = score(model, torch.tensor(points.xy, dtype=torch.float64)).tolist()
    pulling = {i for i, _, _ in pulls(setup, model, points)}
    for i, ((x, y), label, s) in enumerate(zip(points.xy, points.labels, scores)):
        pull = f"{label:+d}".replace("-", "−") if i in pulling else "0"
        if i in pulling:
            pull += " (wrong side)" if label * s < 0 else " (right side, inside the margin)"
        row = (
            f"<tr><td>({_shown(x, 'g')}, {_shown(y, 'g')})</td><td>{_shown(label, '+d')}</td>"
            f"<td>{_shown(round(s, 9), 'g')}</td><td>{pull}</td></tr>"
        )
        assert row in section.replace(".0,", ",").replace(".0)", ")"), row
    assert pulling == {0, 1, 3}


def test_the_guide_linear_presets_start_and_end(one_thread):
    from gradlab.classify.datasets import make_points
    from gradlab.classify.losses import pulls
    from gradlab.classify.training import Trainer

    section = _classify_sections()[0]
    setup = CLASSIFY_PRESETS["guide-linear"]
    assert setup.seed == 3 and setup.steps == 400 and "(seed 3)" in section and "after 400 steps" in section
    points = make_points("guide")
    start = Trainer(setup, points)
    loss, accuracy, _, _ = start.evaluate()
    assert accuracy == 0.0 and len(pulls(setup, start.model, points)) == 6
    assert "all six\npoints are on the wrong side: all six pull" in section
    assert f"and the loss is {_shown(loss)}." in section
    accuracies = []
    for _ in range(setup.steps):
        start.step()
        accuracies.append(start.accuracy)  # before that step's update: after ``index`` updates
    first = accuracies.index(1.0)
    assert f"After {first} steps every point is on\nthe right side, yet the pulls go on" in section
    assert pulls(setup, start.model, points)  # "the pulls go on" (the regularization balances them)
    assert f"after 400 steps the loss is {_shown(start.evaluate()[0])}." in section


def test_the_regularization_table(one_thread):
    torch = one_thread
    from gradlab.classify.losses import pulls, regularization
    from gradlab.classify.models import build_model

    section = _classify_sections()[1]
    setup = CLASSIFY_PRESETS["guide-linear"]
    assert setup.l2 == 0.1 and not setup.l2_biases  # a and b, not c: the guide's regularization
    model = build_model(setup, 0)
    regularization(setup, model).backward()
    (a, b), c = model[0].weight.detach()[0].tolist(), model[0].bias.detach().item()
    assert model[0].weight.grad[0].tolist() == pytest.approx([2 * 0.1 * a, 2 * 0.1 * b])
    assert model[0].bias.grad is None and c != 0  # the penalty leaves c alone
    assert "−2·L2·a" in section and "L2·(a² + b²)" in section
    beyond = {}
    for l2, name in ((0.0, "0"), (0.1, "0.1 (the preset)"), (1.0, "1")):
        trainer, _ = _trained("guide-linear", l2=l2)
        assert trainer.evaluate()[1] == 1.0  # "every point classified right in all three"
        (a, b), _ = trainer.layers()[0][0][0], trainer.layers()[0][1]
        pulling = len(pulls(setup, trainer.model, trainer.points))
        row = (
            f"<tr><td>{name}</td><td>{_shown(a)}</td><td>{_shown(b)}</td>"
            f"<td>{_shown(1 / torch.tensor([a, b]).norm().item())}</td><td>{pulling}</td></tr>"
        )
        assert row in section, row
        beyond[l2] = 6 - pulling
    assert beyond[1.0] == 1 and "at L2 = 1 only one point is beyond its margin" in section
    # without regularization the last point clears its margin, and nothing moves from then on
    trainer, losses = _trained("guide-linear", l2=0.0, steps=600)
    clear = losses.index(0.0)
    assert set(losses[clear:]) == {0.0} and f"clears its\nmargin at step {clear}, and from then on" in section
    stopped = trainer.layers()
    trainer.step()
    assert trainer.layers() == stopped


def test_the_guides_2_layer_net(one_thread):
    torch = one_thread
    section, maps = _classify_sections()[2], _classify_sections()[4]
    setup = CLASSIFY_PRESETS["guide-2layer"]
    assert setup.model == "guide2layer" and setup.steps == 600
    trainer, _ = _trained("guide-2layer")
    assert sum(p.numel() for p in trainer.model.parameters()) == 13 and "13 parameters" in section
    loss, accuracy, _, _ = trainer.evaluate()
    assert accuracy == 1.0 and f"after 600 steps (loss {loss:.3g})" in section
    hidden = torch.relu(trainer.model[0](trainer.x)).tolist()
    positive = [[i for i, row in enumerate(hidden) if row[unit] > 0] for unit in range(3)]
    plus = [i for i, label in enumerate(trainer.points.labels) if label == 1]
    assert (
        positive[0] == plus
        and "n1 ends\npositive at the three +1 points and zero at the −1 points" in section
    )
    (at,) = {tuple(p) for p in positive[1:]}
    assert [trainer.points.xy[i] for i in at] == [(-1.0, 1.1)] and "only at (−1.0, 1.1)" in section
    assert "n2 and n3 are\nzero on five of the six points" in maps


def test_the_xor_lesson(one_thread):
    torch = one_thread
    section = _classify_sections()[3]
    for gate in ("and", "or"):
        setup = CLASSIFY_PRESETS[f"{gate}-neuron"]
        assert (setup.data, setup.model, setup.loss, setup.steps) == (gate, "neuron", "mse", 1000)
        trainer, _ = _trained(f"{gate}-neuron")
        assert trainer.evaluate()[1] == 1.0
    assert "squared error for 1,000 steps, it gets all four rows of each right" in section

    trainer, _ = _trained("xor-neuron")
    loss, accuracy, _, _ = trainer.evaluate()
    assert max(abs(w) for w in [*trainer.layers()[0][0][0], *trainer.layers()[0][1]]) < 1e-6
    assert trainer.model(trainer.x).reshape(-1).tolist() == pytest.approx([0.5] * 4, abs=1e-6)
    assert loss == pytest.approx(0.25, abs=1e-9) and accuracy == 0.5
    assert (
        "answers 0.5\neverywhere, the squared error stays at 0.25, and half the rows come out wrong"
        in section
    )

    setup = CLASSIFY_PRESETS["xor-2layer"]
    assert (setup.model, setup.hidden, setup.activation) == ("mlp", (2,), "tanh")
    loss, accuracy, _, _ = _trained("xor-2layer")[0].evaluate()
    assert accuracy == 1.0 and loss < 1e-12

    bad = CLASSIFY_PRESETS["xor-2layer-bad-seed"]
    assert bad == setup.with_changes(seed=bad.seed) and bad.seed != setup.seed
    trainer, _ = _trained("xor-2layer-bad-seed")
    loss, accuracy, _, _ = trainer.evaluate()
    assert accuracy == 0.5 and loss == pytest.approx(0.5, abs=0.02)
    assert "The loss stops near 0.5 and half the rows stay wrong" in section
    corners = [trainer.points.xy.index(corner) for corner in ((1.0, 0.0), (1.0, 1.0))]
    hidden = torch.tanh(trainer.model[0](trainer.x))[corners]
    assert hidden.abs().min() > 0.95 and (hidden[0] - hidden[1]).abs().max() < 0.05  # saturated, alike
    assert trainer.model(trainer.x).reshape(-1)[corners].abs().max() < 0.05  # their average, about 0
    assert "both hidden units saturate at (1, 0) and (1, 1)" in section
    longer, _ = _trained("xor-2layer-bad-seed", steps=2 * bad.steps)
    assert longer.evaluate()[1] == 0.5 and longer.evaluate()[0] > 0.49  # "nor do more steps help"


def test_micrograds_demo_and_the_two_engines(one_thread):
    from gradlab.classify.setup import lr_at

    section = _classify_sections()[5]
    setup = CLASSIFY_PRESETS["micrograd-moons"]
    assert (setup.data, setup.count, setup.noise, setup.model, setup.hidden) == (
        "moons",
        100,
        0.1,
        "mlp",
        (16, 16),
    )
    assert (setup.activation, setup.loss, setup.l2, setup.l2_biases) == ("relu", "hinge", 1e-4, True)
    assert (setup.optimizer, setup.lr, setup.schedule, setup.steps) == ("manual", 1.0, "linear", 100)
    assert setup.engine == "gradlab"
    assert [lr_at(setup, setup.lr, k) for k in (0, 50, 99)] == pytest.approx([1.0, 0.55, 0.109])
    assert "<code>lr = 1.0 − 0.9·k/100</code>" in section and "plus 1e-4 times" in section
    trainer, losses = _trained("micrograd-moons", engine="torch")
    assert sum(p.numel() for p in trainer.model.parameters()) == 337 and "337\nparameters" in section
    loss, accuracy, _, _ = trainer.evaluate()
    assert (
        accuracy == 1.0 and f"loss\nstarts at {losses[0]:.3g} and ends at {loss:.3g}, every point" in section
    )

    # gradlab's engine from the same start: the same loss, step by step (the first ten here; a step of
    # scalar values costs about a tenth of a second, so the whole run is the engine's own tests' job)
    from gradlab.classify.datasets import make_points
    from gradlab.classify.training import Trainer

    engine = Trainer(setup, make_points(setup.data, setup.count, setup.seed, setup.noise))
    assert engine.engine is not None
    assert [engine.step() for _ in range(10)] == pytest.approx(losses[:10], abs=1e-9, rel=0)
    assert "to within 1e-9" in section


# --- the Graph tab's later sections: the guide's part 1 and the exercises ------------------------


def _guide_sections() -> str:
    return html.unescape("\n".join(lessons_guide.GUIDE))


def test_the_three_strategies_numbers_are_the_races():
    from gradlab.graph.presets import preset
    from gradlab.graph.strategies import guide_number, race

    text = _guide_sections()
    gate = race(preset("mul_gate").build())
    assert gate.start_output == -6
    random, numerical, analytic = (gate.outcome(s) for s in ("random", "numerical", "analytic"))
    assert f"the best is {random.output:.4f}".replace("-", "−") in text  # −5.9598
    assert random.forward_passes == 100 and numerical.forward_passes == 3
    assert dict(analytic.inputs) == pytest.approx({"x": -1.97, "y": 2.98})
    assert "x to −1.97 and y to 2.98, and f becomes " + f"{analytic.output:.4f}".replace("-", "−") in text
    assert guide_number(analytic.output) == "-5.87" and "the guide prints −5.87" in text
    karpathy = race(preset("karpathy").build()).outcome("analytic").output
    assert f"{karpathy:.4f}".replace("-", "−") in text  # −11.5924
    neuron = race(preset("neuron").build()).outcome("analytic").output
    assert guide_number(neuron) == "0.8825" and "the sigmoid neuron, 0.8825" in text


def test_the_max_gate_numbers_are_the_engines():
    from gradlab.graph.presets import preset

    graph = preset("max_gate").build()
    graph.forward()
    graph.backward()
    text = _guide_sections()
    assert graph.output.data == -20 and "the output is −20" in text
    assert graph.gradients() == {"x": 0.0, "y": -4.0, "z": 5.0}
    assert "∂f/∂x = 0,\n∂f/∂y = −4 and ∂f/∂z = 5" in text


def test_the_hand_tables_numbers_are_the_tables_own():
    from gradlab.graph.hand_table import table_rows
    from gradlab.graph.presets import preset

    rows = table_rows(preset("hand_example").build())
    text = _guide_sections()
    for row in rows:
        local = "—" if not row.uses else ""
        cell = "<td>([^<]*)</td>"
        pattern = rf"<tr><td>{re.escape(row.name)}( = [^<]*)?</td>{cell}{cell}{cell}</tr>"
        cells = re.search(pattern, text)
        assert cells is not None, row.name
        value, written_local, grad = cells.group(2), cells.group(3), cells.group(4)
        assert float(value) == row.value and float(grad) == row.grad
        assert written_local == local or float(written_local.split("= ")[-1]) == row.uses[0].local
    assert "f = 81, ∂f/∂x = 36 and ∂f/∂y = 18" in text


def test_the_predict_sections_example_answers_are_judged_as_it_says():
    from gradlab.engine import parse
    from gradlab.graph.answers import judge_backward, read_answer

    stepper = parse("((2*x) + (y + 1))**2", x=3, y=2).steps()
    stepper.run_forward()
    stepper.step()  # the seed
    edge = stepper.step()  # o → n3: ∂o/∂n3 = 18
    stepper.undo()
    assert judge_backward(edge, read_answer("18")).right
    twice = parse("x*x", x=3).steps()
    twice.run_forward()
    twice.step()
    twice.step()
    second = twice.step()
    assert judge_backward(second, read_answer("3 + 3·1")).right
    assert read_answer("0.105").total.matches(0.104993585)
