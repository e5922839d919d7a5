"""The lessons beside each tab: the course's material, section by section, in the student's language.

Pure Python (no Qt, no torch), so a test or a notebook can read them. Each section is one HTML
literal marked with ``QT_TRANSLATE_NOOP("lessons", ...)`` for pyside6-lupdate and translated when
the page is built (``lesson_html``), so a language switch shows the page in the new language.
Buttons in the page are links to ``gradlab:<action>``; the tabs carry the actions out. Every number
quoted here was computed with gradlab's engine, gradlab.net and torch 2.13 (see tests/test_lessons.py).
The Neural Network tab's sections live in ``gradlab.lessons_classify``, the Graph tab's later ones
(the guide's part 1, the exercises) in ``gradlab.lessons_guide``.
"""

from __future__ import annotations

import re

from .classify.setup import PRESETS as CLASSIFY_PRESETS
from .descent.presets import FUNCTIONS, OPTIMIZERS
from .graph.presets import PRESETS
from .lessons_classify import CLASSIFY
from .lessons_guide import GUIDE
from .regression.recipes import RECIPES
from .translation import QT_TRANSLATE_NOOP, translate

__all__ = ["ACTION_PATTERNS", "LESSONS", "TABS", "actions_in", "is_action", "lesson_html"]

# The tabs that have a lesson, in the window's order.
TABS: tuple[str, ...] = ("graph", "descent", "regression", "classify")

# What a ``gradlab:`` link may ask for; ``<...>`` is filled in (see ``is_action``).
ACTION_PATTERNS: tuple[str, ...] = (
    "graph/preset/<key>",
    "graph/forward",
    "graph/run-forward",
    "graph/backward",
    "graph/run-backward",
    "graph/reset",
    "graph/check",
    "graph/strategies",
    "graph/predict",
    "graph/practice",
    "descent/function/<key>",
    "descent/race/<optimizer>,<optimizer>,...",
    "descent/rate/<optimizer>/<value>",
    "descent/play",
    "regression/recipe/<name>",
    "regression/start",
    "classify/preset/<key>",
    "classify/start",
    "lesson/try-int-grad",
)

_FIXED_ACTIONS = frozenset(
    {
        "graph/forward",
        "graph/run-forward",
        "graph/backward",
        "graph/run-backward",
        "graph/reset",
        "graph/check",
        "graph/strategies",
        "graph/predict",
        "graph/practice",
        "descent/play",
        "regression/start",
        "classify/start",
        "lesson/try-int-grad",
    }
)


def is_action(action: str) -> bool:
    """Whether ``action`` (a ``gradlab:`` link without its scheme) is one the tabs carry out."""
    if action in _FIXED_ACTIONS:
        return True
    parts = action.split("/")
    match parts:
        case ["graph", "preset", key]:
            return key in {p.key for p in PRESETS}
        case ["descent", "function", key]:
            return key in {f.key for f in FUNCTIONS}
        case ["descent", "race", keys]:
            chosen = keys.split(",")
            return bool(keys) and len(set(chosen)) == len(chosen) and set(chosen) <= set(OPTIMIZERS)
        case ["descent", "rate", optimizer, value]:
            try:
                rate = float(value)
            except ValueError:
                return False
            return optimizer in OPTIMIZERS and 0 < rate < float("inf")
        case ["regression", "recipe", name]:
            return name in {r.name for r in RECIPES}
        case ["classify", "preset", key]:
            return key in CLASSIFY_PRESETS
    return False


# Each section is one literal so that pyside6-lupdate extracts it whole: no f-strings, no
# concatenation. Links with class "do" are buttons, in paragraphs of class "buttons"; the pane's
# style sheet draws them.

_GRAPH = (
    #: Lesson, Graph tab, section 1. Keep the HTML tags and the gradlab: links as they are.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Backpropagation is the chain rule</h3>
<p>Backpropagation (short for "backward propagation of errors") is the usual way to train a neural
network, together with an optimization method such as gradient descent. It computes the gradient of
the loss with respect to every weight; the optimizer then uses those gradients to change the weights
so that the loss gets smaller.</p>
<p>Its principle is the chain rule of partial derivatives. A network is a chain of small operations.
If o depends on x only through x2, then <code>∂o/∂x = ∂o/∂x2 · ∂x2/∂x</code>. Backpropagation applies
this rule box by box, from the output back to the inputs: each box takes the gradient that arrives
from above, multiplies it by its own local derivative and passes the product on to its inputs. Each
gradient is computed once and reused by every box below it, so the backward pass costs about as much
as the forward pass.</p>
<p>This tab walks the course's net1.py graph step by step. To read further:
<a href="http://karpathy.github.io/neuralnets/">Karpathy, Hacker's guide to Neural Networks</a>.</p>
<p class="buttons">
<a class="do" href="gradlab:graph/preset/net1">▶ Load the x² + y² preset (net1.py)</a></p>""",
    ),
    #: Lesson, Graph tab, section 2: the forward pass of net1.py. The lines in <pre> are the tab's log.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Forward pass by hand: f = x² + y² at x = 1, y = 3</h3>
<p>net1.py builds the graph one box at a time:</p>
<pre>x  = net.variable(1)
y  = net.variable(3)
x2 = net.mul(x, x)
y2 = net.mul(y, y)
o  = net.add(x2, y2)</pre>
<p>The forward pass computes every box from its inputs, left to right. Each step writes one line in
the log:</p>
<pre>x2 = x · x = 1 · 1 = 1
y2 = y · y = 3 · 3 = 9
o = x2 + y2 = 1 + 9 = 10</pre>
<p>So f = o = 10, which net1.py prints as <code>net.forward()= 10</code>. (Typed as the expression
<code>x*x + y*y</code>, the same graph calls x·x and y·y n1 and n2.)</p>
<p class="buttons">
<a class="do" href="gradlab:graph/reset">↺ Start again</a>
<a class="do" href="gradlab:graph/forward">▶ One forward step</a>
<a class="do" href="gradlab:graph/run-forward">▶▶ Run forward</a></p>""",
    ),
    #: Lesson, Graph tab, section 3: the backward pass of net1.py, x used twice in x*x.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Backward pass by hand</h3>
<p>The backward pass starts at the output, <code>o.g = ∂o/∂o = 1</code>, and visits the boxes from
the output back. Each box adds to each input's gradient its local derivative times its own gradient:
<code>input.g += ∂box/∂input · box.g</code>. For a sum the local derivative is 1; for a product it is
the other factor.</p>
<pre>o.g = ∂o/∂o = 1
x2.g += ∂o/∂x2 · o.g = 1 · 1 → 1
y2.g += ∂o/∂y2 · o.g = 1 · 1 → 1
y.g += ∂y2/∂y · y2.g = 3 · 1 → 3
y.g += ∂y2/∂y · y2.g = 3 · 1 → 6
x.g += ∂x2/∂x · x2.g = 1 · 1 → 1
x.g += ∂x2/∂x · x2.g = 1 · 1 → 2</pre>
<p>Why two lines for x? x is used twice in x·x, so two arrows go from x into x2, one per use. Along
each arrow the local derivative is the other factor, x = 1. The two contributions add up:
1 + 1 = 2 = 2x, the derivative of x². The same happens to y: 3 + 3 = 6 = 2y. That is why gradients
are added with <code>+=</code>, never just assigned.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>box</th><th>value</th><th>gradient g</th></tr>
<tr><td>x</td><td>1</td><td>2</td></tr>
<tr><td>y</td><td>3</td><td>6</td></tr>
<tr><td>x2 = x · x</td><td>1</td><td>1</td></tr>
<tr><td>y2 = y · y</td><td>9</td><td>1</td></tr>
<tr><td>o = x2 + y2</td><td>10</td><td>1</td></tr>
</table>
<p>So ∂f/∂x = 2x = 2 and ∂f/∂y = 2y = 6, as net1.py prints:
<code>x= v:1 g:2 y= v:3 g:6 o= v:10 g:1</code>.</p>
<p class="buttons">
<a class="do" href="gradlab:graph/backward">◀ One backward step</a>
<a class="do" href="gradlab:graph/run-backward">◀◀ Run backward</a></p>""",
    ),
    #: Lesson, Graph tab, section 4: the same graph in PyTorch (autograd0.py, autograd1.py), the Check panel.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Check with torch and with numbers</h3>
<p>autograd0.py and autograd1.py compute the same graph with PyTorch:</p>
<pre>x = torch.tensor(1.0, requires_grad=True)
y = torch.tensor(3.0, requires_grad=True)
f = x*x+y*y
f.backward()
print(x.grad)    # tensor(2.)
print(y.grad)    # tensor(6.)
print(f.item())  # 10.0</pre>
<p>After the backward pass the Check panel sets each of gradlab's gradients beside torch.autograd's
(in float64) and beside central differences, (f(x + h) − f(x − h)) / 2h, which need no derivative
rules at all.</p>
<p>torch, like net.py, adds gradients up: compute f again and call <code>f.backward()</code>
without clearing x.grad, and x.grad becomes 4 (and y.grad 12). Tick <i>Keep gradients</i> and walk
the passes again to watch it happen here. That is why the training scripts call
<code>zero_grad()</code> before every <code>backward()</code>.</p>
<p class="buttons">
<a class="do" href="gradlab:graph/run-backward">◀◀ Run backward</a>
<a class="do" href="gradlab:graph/check">✓ Show the check</a></p>""",
    ),
    #: Lesson, Graph tab, section 5: the seed's note on autograd1.py. Keep torch's RuntimeError in English.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Why a tensor needs a float dtype</h3>
<p>The course's note on autograd1.py says 「浮點數才能算梯度」: only floating-point numbers can have
a gradient. torch takes the dtype from what you write: <code>torch.tensor(1.0)</code> is float32, but
<code>torch.tensor(1)</code> and <code>torch.tensor([1, 2, 3])</code> are int64. A gradient says how
f changes when x moves by a tiny amount, and an integer cannot move by a tiny amount, so torch refuses
at once:</p>
<pre>&gt;&gt;&gt; torch.tensor([1, 2, 3], requires_grad=True)
RuntimeError: Only Tensors of floating point and complex dtype can require gradients</pre>
<p>The fix: write 1.0 and 3.0, as autograd1.py does, or name the dtype:
<code>torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)</code> gives
<code>tensor([1., 2., 3.], requires_grad=True)</code>.</p>
<p>regression2predict.py writes <code>dtype=torch.float</code> for its input [[2, 4, 8]] for a
related reason: the model's weights are float32, and an int64 input fails with "mat1 and mat2 must
have the same dtype, but got Long and Float".</p>
<p class="buttons">
<a class="do" href="gradlab:lesson/try-int-grad">▶ Try it in torch</a></p>""",
    ),
    #: Lesson, Graph tab, section 6: the other presets.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>More graphs to practise on</h3>
<ul>
<li>autograd2.py: f = ‖(x, y)‖² at (1, 3), a norm box and a product n · n. Again f = 10,
∂f/∂x = 2 and ∂f/∂y = 6: another graph for the same function gives the same gradients.</li>
<li>torchGd1.py's loss x² − 4x + 4 at x = 0: the loss is 4 and ∂loss/∂x = 2x − 4 = −4.</li>
<li>Karpathy's (x + y) · z at x = −2, y = 5, z = −4: f = −12, ∂f/∂x = ∂f/∂y = z = −4 and
∂f/∂z = x + y = 3. An add box passes its gradient on unchanged; a multiply box hands each input the
other input's value times its gradient.</li>
<li>A sigmoid neuron σ(a·x + b·y + c), and micrograd's deeper tanh neuron.</li>
</ul>
<p class="buttons">
<a class="do" href="gradlab:graph/preset/autograd2">▶ autograd2</a>
<a class="do" href="gradlab:graph/preset/torchGd1">▶ torchGd1</a>
<a class="do" href="gradlab:graph/preset/karpathy">▶ (x + y) · z</a>
<a class="do" href="gradlab:graph/preset/neuron">▶ Sigmoid neuron</a>
<a class="do" href="gradlab:graph/preset/tanh_neuron">▶ tanh neuron</a></p>""",
    ),
)

_DESCENT = (
    #: Lesson, Gradient Descent tab, section 1.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Gradient descent</h3>
<p>The gradient points uphill, the way f grows fastest. Gradient descent takes a small step the other
way, again and again:</p>
<pre>p ← p − lr · ∇f(p)</pre>
<p>torchGd1.py writes it <code>x -= learning_rate * x.grad</code> inside
<code>torch.no_grad()</code>, and this tab's "Gradient descent" does exactly that. The learning rate
lr sets the length of the step.</p>
<p>On f = x² + y² the gradient is (2x, 2y). From (1, 3) with lr = 0.02, x ← x − 0.02 · 2x = 0.96x,
and the same for y, so f shrinks by 0.96² = 0.9216 per step: 10 → 9.216 → 8.4934656 → …, the first
lines net2.py prints.</p>
<p class="buttons">
<a class="do" href="gradlab:descent/function/net2">▶ Load x² + y² from (1, 3)</a>
<a class="do" href="gradlab:descent/race/sgd">Plain gradient descent only</a>
<a class="do" href="gradlab:descent/rate/sgd/0.02">lr = 0.02</a>
<a class="do" href="gradlab:descent/play">▶ Play</a></p>""",
    ),
    #: Lesson, Gradient Descent tab, section 2: the learning rate and 2/λmax.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>The learning rate: too small, just right, too large</h3>
<p>On x² + y² one step of plain descent multiplies each coordinate by 1 − 2·lr:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>lr</th><th>factor</th><th>what happens</th></tr>
<tr><td>0.02</td><td>0.96</td><td>a slow, steady slide (net2.py)</td></tr>
<tr><td>0.5</td><td>0</td><td>the minimum in one step</td></tr>
<tr><td>1</td><td>−1</td><td>bounces between (1, 3) and (−1, −3) for ever</td></tr>
<tr><td>1.05</td><td>−1.1</td><td>each step lands farther out: it diverges</td></tr>
</table>
<p>The limit is 2/λmax, where λmax is the largest curvature (the largest eigenvalue of the Hessian).
For x² + y² the Hessian is 2·I, so λmax = 2 and plain descent converges for every lr below 1. The tab
shows this limit for quadratic functions, and marks an optimizer that diverges "diverged at step
N".</p>
<p class="buttons">
<a class="do" href="gradlab:descent/rate/sgd/0.5">lr = 0.5</a>
<a class="do" href="gradlab:descent/rate/sgd/1.05">lr = 1.05</a>
<a class="do" href="gradlab:descent/rate/sgd/0.02">lr = 0.02</a>
<a class="do" href="gradlab:descent/play">▶ Play</a></p>""",
    ),
    #: Lesson, Gradient Descent tab, section 3: why net2.py's step=0.01 behaves as learning rate 0.02.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Why net2.py looks like learning rate 0.02</h3>
<p>net2.py calls <code>net.gradient_descendent()</code>, whose step is 0.01. Yet every line it prints
is plain gradient descent with learning rate 0.02. The reason is in <code>Net.adjust</code>
(gradlab/net.py, which keeps the course's net.py behaviour):</p>
<pre>def adjust(self, step=0.01):
    for gate in self.gates:
        for node in gate._prev:
            node.v -= step * node.g
        for node in gate._prev:
            node.g = 0</pre>
<p>It moves both inputs of every gate. In <code>x2 = net.mul(x, x)</code> both inputs are x, so the
line <code>node.v -= step * node.g</code> runs twice for x in every loop, both times with g = 2x (the
gradient is cleared only after both moves):</p>
<pre>x ← x − 0.01 · 2x − 0.01 · 2x = x − 0.02 · 2x = 0.96x</pre>
<p>That is one step of plain descent with learning rate 0.02, and y, used twice in y·y, moves the same
way. After 100 loops x = 0.96¹⁰⁰ ≈ 0.01687 and y = 3 · 0.96¹⁰⁰ ≈ 0.05061, net2.py's last line. (The
gate o = x2 + y2 moves x2 and y2 too, but the next forward pass computes them again.) This tab moves
each variable once, by its summed gradient, so net2.py's run is its "Gradient descent" at lr 0.02;
the Graph tab's Descent panel can take the classic net.py step instead.</p>
<p class="buttons">
<a class="do" href="gradlab:descent/function/net2">▶ Load x² + y² from (1, 3)</a>
<a class="do" href="gradlab:descent/race/sgd">Plain gradient descent only</a>
<a class="do" href="gradlab:descent/rate/sgd/0.02">lr = 0.02</a>
<a class="do" href="gradlab:descent/play">▶ Play</a></p>""",
    ),
    #: Lesson, Gradient Descent tab, section 4: RMSprop, as torch.optim.RMSprop computes it.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>What RMSprop changes</h3>
<p>Plain descent uses one learning rate for every parameter, and its step is proportional to the
gradient: steep directions get long steps, flat ones short steps. RMSprop (torch.optim.RMSprop, with
its defaults alpha = 0.99 and eps = 1e-8) gives each parameter its own step: it divides by the
running RMS of that parameter's recent gradients.</p>
<pre>v ← 0.99 · v + 0.01 · g²
p ← p − lr · g / (√v + 1e-8)</pre>
<p>regression1train.py quotes Hinton's slide: "Divide the learning rate for a weight by a running
average of the magnitudes of recent gradients for that weight." While a gradient keeps about the same
size, g / √v stays near ±1, so each parameter moves about lr per step, whether its gradient is 0.001
or 1000.</p>
<p>On x² + y² from (1, 3) with lr = 0.01: v starts at 0, so the first step divides by
√(0.01 · g²) = 0.1 · |g| and moves each coordinate by 10 · lr = 0.1, to (0.9, 2.9), although y's
gradient (6) is three times x's (2). Plain descent at lr 0.02 follows the gradient to (0.96, 2.88),
straight at the minimum. RMSprop's path starts along the diagonal and bends.</p>
<p class="buttons">
<a class="do" href="gradlab:descent/function/net2">▶ Load x² + y²</a>
<a class="do" href="gradlab:descent/race/sgd,rmsprop">Race descent against RMSprop</a>
<a class="do" href="gradlab:descent/rate/sgd/0.02">Descent lr = 0.02</a>
<a class="do" href="gradlab:descent/rate/rmsprop/0.01">RMSprop lr = 0.01</a>
<a class="do" href="gradlab:descent/function/rosenbrock">▶ Rosenbrock's valley</a>
<a class="do" href="gradlab:descent/play">▶ Play</a></p>""",
    ),
    #: Lesson, Gradient Descent tab, section 5: the other optimizers and torchGd3.py.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>The other racers</h3>
<ul>
<li>Momentum and Nesterov (torch.optim.SGD with momentum 0.9) keep a velocity, so they roll through
flat stretches and overshoot in steep ones. torchRegression7cws.py trains with momentum.</li>
<li>AdaGrad divides like RMSprop but adds up every past g² without forgetting, so its steps only
shrink.</li>
<li>Adam combines RMSprop's scaling with momentum, and corrects both for their start at zero.</li>
</ul>
<p>torchGd3.py descends ‖(x, y)‖, a cone. Its gradient has length 1 everywhere, so the fixed step
0.01 never shrinks near the tip: x ends hopping around the minimum instead of settling on it.</p>
<p class="buttons">
<a class="do" href="gradlab:descent/function/torchGd3">▶ torchGd3's cone</a>
<a class="do" href="gradlab:descent/race/sgd">Plain gradient descent only</a>
<a class="do" href="gradlab:descent/rate/sgd/0.01">lr = 0.01</a>
<a class="do" href="gradlab:descent/function/himmelblau">▶ Himmelblau</a>
<a class="do" href="gradlab:descent/race/sgd,momentum,nesterov,adagrad,rmsprop,adam">Race all six</a>
<a class="do" href="gradlab:descent/play">▶ Play</a></p>""",
    ),
)

_REGRESSION = (
    #: Lesson, Regression tab, section 1: the training loop.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Training is gradient descent on the weights</h3>
<p>The course's scripts fit the cubic y = 0 + 1·x + 2·x² + 3·x³ on 2,000 points from −π to π. The
model's weights are the parameters, the loss is the mean or the sum of the squared errors, and every
step runs the same loop:</p>
<pre>y_pred = model(xx)     # forward pass
loss = loss_fn(y_pred, y)
optimizer.zero_grad()  # clear old grads
loss.backward()        # backprop: ∂loss/∂w
optimizer.step()       # move the weights</pre>
<p>The backward pass is the Graph tab's walk on a graph with thousands of boxes.
torchRegression4nn.py writes the step by hand, <code>param -= learning_rate * param.grad</code>, as
torchGd1.py does.</p>
<p class="buttons">
<a class="do" href="gradlab:regression/recipe/torchRegression4nn">▶ Load torchRegression4nn</a>
<a class="do" href="gradlab:regression/start">▶ Start</a></p>""",
    ),
    #: Lesson, Regression tab, section 2: a summed loss and the limit 2/λmax.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Why the learning rate is 1e-6: a summed loss</h3>
<p>torchRegression4nn.py and torchRegression6custom.py use <code>MSELoss(reduction='sum')</code>: the
loss adds up 2,000 squared errors, so its gradient is 2,000 times that of the mean. Plain descent is
stable only for learning rates below 2/λmax of the loss; the tab shows that limit for models linear in
their weights:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>loss</th><th>2/λmax</th></tr>
<tr><td>sum (torchRegression4nn, 6custom)</td><td>3.56e-6</td></tr>
<tr><td>mean (regression1train)</td><td>0.0071</td></tr>
</table>
<p>1e-6 is safely below 3.56e-6. Above the limit the loss grows each step until it becomes inf.
torchRegression6custom.py writes the same model as Polynomial3 (a + b x + c x² + d x³) and lets
<code>torch.optim.SGD(model.parameters(), lr=1e-6)</code> take the step.</p>
<p class="buttons">
<a class="do" href="gradlab:regression/recipe/torchRegression6custom">▶ Load torchRegression6custom</a>
<a class="do" href="gradlab:regression/start">▶ Start</a></p>""",
    ),
    #: Lesson, Regression tab, section 3: RMSprop in regression1train.py and torchRegression5optim.py.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>RMSprop in regression1train.py</h3>
<p>regression1train.py trains the same Linear(3, 1) with
<code>torch.optim.RMSprop(model.parameters(), lr=learning_rate)</code> at 1e-3 and a mean loss;
torchRegression5optim.py uses RMSprop at the same 1e-3 with the summed loss. One rate suits both
because RMSprop divides each gradient by its own running RMS: make the loss 2,000 times larger and g
and √v both grow 2,000 times, which cancels. For plain descent the two limits differ 2,000-fold
(0.0071 against 3.56e-6).</p>
<p>The price: each weight moves only about lr = 0.001 per step, so bringing the x³ weight to 3 from a
small random start takes thousands of steps; regression1train.py runs 10,000. With seed 0 both scripts end
within 0.001 of the true 0, 1, 2 and 3.</p>
<p class="buttons">
<a class="do" href="gradlab:regression/recipe/regression1train">▶ Load regression1train</a>
<a class="do" href="gradlab:regression/recipe/torchRegression5optim">▶ Load torchRegression5optim</a>
<a class="do" href="gradlab:regression/start">▶ Start</a></p>""",
    ),
    #: Lesson, Regression tab, section 4: torchRegression7cws.py's DynamicNet and momentum.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>torchRegression7cws.py: a dynamic graph and momentum</h3>
<p>DynamicNet adds nothing, e·x⁴, or e·x⁴ + e·x⁵, chosen at random on every forward pass. The graph is
built anew each time, and when e is used twice its two gradients add up, like x in x·x. Plain descent
struggles with this model, so the script uses SGD with momentum 0.9 at lr 1e-8 for 30,000 steps: the
velocity keeps the tiny steps going the same way.</p>
<p class="buttons">
<a class="do" href="gradlab:regression/recipe/torchRegression7cws">▶ Load torchRegression7cws</a>
<a class="do" href="gradlab:regression/start">▶ Start</a></p>""",
    ),
)

# Each tab's lesson: its sections' English HTML, translated when shown.
LESSONS: dict[str, tuple[str, ...]] = {
    "graph": _GRAPH + GUIDE,
    "descent": _DESCENT,
    "regression": _REGRESSION,
    "classify": CLASSIFY,
}

_HREF = re.compile(r"""href\s*=\s*["']gradlab:([^"']*)["']""")


def lesson_html(tab: str) -> str:
    """The lesson for ``tab`` (one of ``TABS``) as HTML, in the current language."""
    try:
        sections = LESSONS[tab]
    except KeyError:
        raise KeyError(f"no lesson for tab {tab!r}; the tabs are {', '.join(TABS)}") from None
    return "\n<hr/>\n".join(translate("lessons", section) for section in sections)


def actions_in(tab: str) -> list[str]:
    """Every ``gradlab:`` action linked from ``tab``'s lesson (English), in order, without repeats."""
    found: list[str] = []
    for section in LESSONS[tab]:
        for action in _HREF.findall(section):
            if action not in found:
                found.append(action)
    return found
