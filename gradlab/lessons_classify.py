"""The Neural Network tab's lesson: the Hacker's guide's part 2, the XOR lesson and micrograd's demo.

Pure Python (no Qt, no torch), like ``gradlab.lessons``, which puts these sections in its ``LESSONS``.
Each section is one HTML literal marked with ``QT_TRANSLATE_NOOP("lessons", ...)``; its buttons are
``gradlab:classify/preset/<key>`` and ``gradlab:classify/start`` links. Every number quoted here was
computed with gradlab's classify core (its presets, trained in torch and in gradlab's engine): see
tests/test_lessons.py.
"""

from __future__ import annotations

from .translation import QT_TRANSLATE_NOOP

__all__ = ["CLASSIFY"]

# One literal per section, so that pyside6-lupdate extracts it whole: no f-strings, no concatenation.
CLASSIFY: tuple[str, ...] = (
    #: Lesson, Neural Network tab, section 1: the pull of each point and the margin (the guide's part 2).
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Every point pulls on the line</h3>
<p>The simplest classifier gives each point of the plane a score, <code>f(x, y) = a·x + b·y + c</code>,
and calls the point +1 where the score is positive and −1 where it is negative. The boundary
between the two, f = 0, is a straight line; a, b and c turn and shift it.</p>
<p>The Hacker's guide trains it on six points, starting from a = 1, b = −2, c = −1. It asks more of
each point than the right sign: a +1 point should score at least +1, a −1 point at most −1. A point
that falls short of its margin <b>pulls</b>: +1 (score up) or −1 (score down). A point beyond its
margin pulls 0 and is left alone.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>point</th><th>label</th><th>score</th><th>pull</th></tr>
<tr><td>(1.2, 0.7)</td><td>+1</td><td>−1.2</td><td>+1 (wrong side)</td></tr>
<tr><td>(−0.3, −0.5)</td><td>−1</td><td>−0.3</td><td>−1 (right side, inside the margin)</td></tr>
<tr><td>(3.0, 0.1)</td><td>+1</td><td>1.8</td><td>0</td></tr>
<tr><td>(−0.1, −1.0)</td><td>−1</td><td>0.9</td><td>−1 (wrong side)</td></tr>
<tr><td>(−1.0, 1.1)</td><td>−1</td><td>−4.2</td><td>0</td></tr>
<tr><td>(2.1, −3)</td><td>+1</td><td>7.1</td><td>0</td></tr>
</table>
<p>The chain rule turns a pull on the score into pulls on the parameters: ∂f/∂a = x, ∂f/∂b = y and
∂f/∂c = 1, so each pulling point moves a by lr·pull·x, b by lr·pull·y and c by lr·pull. These
pulls are the downhill direction of the hinge loss <code>max(0, 1 − label·score)</code>: zero for a
point beyond its margin, growing in a straight line for a point short of it. The tab's loss is its
mean over the points, so each point's pull is divided by their number.</p>
<p>Why ask for a margin? The preset starts from torch's random weights (seed 3), where all six
points are on the wrong side: all six pull, and the loss is 1.81. After 172 steps every point is on
the right side, yet the pulls go on: a line that only just separates the points leaves any new point
near it to chance. They move the line until the points stand a full unit of score away from it (or
nearly, with the next section's regularization): after 400 steps the loss is 0.160. The plane draws
the margins, f = ±1, as dashed lines beside the boundary, and an arrow on each point that pulls. To
start where the guide does, double-click the weights in the network view and type 1, −2 and −1.</p>
<p class="buttons">
<a class="do" href="gradlab:classify/preset/guide-linear">▶ Load the guide's six points</a>
<a class="do" href="gradlab:classify/start">▶ Start</a></p>""",
    ),
    #: Lesson, Neural Network tab, section 2: regularization, a pull towards zero on a and b.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Regularization: a pull towards zero</h3>
<p>The guide adds one more pull, on the parameters themselves: −a on a and −b on b (c is left
free). Whatever the points say, it draws a and b back towards zero. In the tab it is the L2 term
added to the loss, <code>L2·(a² + b²)</code>, whose downhill direction pulls a by −2·L2·a and b by
−2·L2·b.</p>
<p>Why would we want smaller weights? Doubling a, b and c gives the same line with every score
doubled, so a classifier could meet its margins by growing its weights instead of placing the line
well. The distance from the boundary to each margin line is 1/√(a² + b²): smaller weights mean a
wider street between the classes. Without regularization the points stop pulling once each is
beyond its margin, and the line stays wherever that happened: at L2 = 0 the last point clears its
margin at step 427, and from then on nothing moves. With regularization, a and b keep shrinking
until points fall back inside their margins and pull the other way: the line settles where the two
pulls balance.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>L2</th><th>a</th><th>b</th><th>1/√(a² + b²)</th><th>points still pulling</th></tr>
<tr><td>0</td><td>1.15</td><td>0.284</td><td>0.843</td><td>1</td></tr>
<tr><td>0.1 (the preset)</td><td>1.08</td><td>0.264</td><td>0.901</td><td>4</td></tr>
<tr><td>1</td><td>0.437</td><td>−0.121</td><td>2.20</td><td>5</td></tr>
</table>
<p>These are the guide-linear preset after 400 steps with each strength, every point classified
right in all three. Too strong a pull squeezes the weights until most points sit inside the street:
at L2 = 1 only one point is beyond its margin.</p>
<p class="buttons">
<a class="do" href="gradlab:classify/preset/guide-linear">▶ Load the guide's linear classifier</a>
<a class="do" href="gradlab:classify/start">▶ Start</a></p>""",
    ),
    #: Lesson, Neural Network tab, section 3: from a linear classifier to the guide's 2-layer net.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>From a line to a 2-layer network</h3>
<p>The guide's next model puts three linear classifiers side by side and feeds their outputs to a
fourth:</p>
<pre>n1 = max(0, a1·x + b1·y + c1)
n2 = max(0, a2·x + b2·y + c2)
n3 = max(0, a3·x + b3·y + c3)
score = a4·n1 + b4·n2 + c4·n3 + d4</pre>
<p>Each hidden unit is a line bent by a ReLU, <code>max(0, ·)</code>: zero on one side of its line, a
ramp on the other. The score adds three such ramps, so the boundary f = 0 need not be straight: it
can bend where a ramp begins. That is 13 parameters instead of 3.</p>
<p>Training is the same: the points pull on the score, and the chain rule passes the pulls back. The
pull on n1 is the pull on the score times a4, and it reaches a1, b1 and c1 only where n1 is positive:
a ReLU passes a gradient back where it is on, and nothing where it outputs zero.</p>
<p>The guide-2layer preset classifies all six points after 600 steps (loss 0.0283). Its n1 ends
positive at the three +1 points and zero at the −1 points, doing most of the work; n2 and n3 are
positive only at (−1.0, 1.1).</p>
<p class="buttons">
<a class="do" href="gradlab:classify/preset/guide-2layer">▶ Load the guide's 2-layer net</a>
<a class="do" href="gradlab:classify/start">▶ Start</a></p>""",
    ),
    #: Lesson, Neural Network tab, section 4: XOR: one neuron cannot, two layers can, a bad start fails.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>XOR: one neuron cannot, two layers can</h3>
<p>A single sigmoid neuron, <code>σ(w1·x1 + w2·x2 + b)</code>, outputs 0.5 on the line
w1·x1 + w2·x2 + b = 0: it is still a linear classifier. It learns the AND and the OR gates, since a
line can cut off the corner (1, 1) from the other three, or the corner (0, 0). Trained with the
squared error for 1,000 steps, it gets all four rows of each right.</p>
<p>XOR is 1 at (0, 1) and (1, 0) and 0 at (0, 0) and (1, 1): the two classes sit on opposite corners,
and no line separates them. Trained on XOR, the neuron's weights shrink to zero: it answers 0.5
everywhere, the squared error stays at 0.25, and half the rows come out wrong.</p>
<p>Two layers can: with two hidden tanh units (a 2-2-1 network), the xor-2layer preset gets all four
rows right and its loss falls to zero. One unit could act as OR and the other as AND, the output
saying "OR and not AND"; the trained net finds a way of its own, which its hidden units' maps show.</p>
<p>But the net must find such weights from its random start, and a start can be bad. From the bad
seed, both hidden units saturate at (1, 0) and (1, 1): there tanh is close to ±1, and the two
corners give the output the same pair of values, so it can only answer their average, about 0.
The loss stops near 0.5 and half the rows stay wrong. Nor do more steps help: a saturated tanh
passes back almost no gradient (its slope, 1 − tanh², is close to 0).</p>
<p class="buttons">
<a class="do" href="gradlab:classify/preset/and-neuron">▶ AND, one neuron</a>
<a class="do" href="gradlab:classify/preset/or-neuron">▶ OR, one neuron</a>
<a class="do" href="gradlab:classify/preset/xor-neuron">▶ XOR, one neuron</a>
<a class="do" href="gradlab:classify/preset/xor-2layer">▶ XOR, two layers</a>
<a class="do" href="gradlab:classify/preset/xor-2layer-bad-seed">▶ XOR, two layers, a bad start</a>
<a class="do" href="gradlab:classify/start">▶ Start</a></p>""",
    ),
    #: Lesson, Neural Network tab, section 5: reading the hidden units' maps in the network view.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Reading the hidden units' maps</h3>
<p>In the network view every neuron is a box, and each box shows a small map of the plane: the
colour at each place is what that neuron outputs when the network's input is that point. The last
box is the output: the plane's big map in small.</p>
<ul>
<li>A unit of the first hidden layer sees only a·x + b·y + c, so its map changes across one line and
not along it: with ReLU, flat zero on one side and a ramp on the other; with tanh or sigmoid, a soft
step from one value to the other.</li>
<li>A unit of the next layer adds those maps up with its weights and bends the sum again, so its map
can have corners and curves that no single line gives.</li>
<li>A box of one flat colour is a unit that does not tell the points apart: a ReLU that is zero
wherever the points are, or a saturated tanh or sigmoid. In the guide's 2-layer net, n2 and n3 are
zero on five of the six points.</li>
</ul>
<p>The lines between boxes are the weights: their colour shows the sign, their thickness the size.
Hover a line to read its value; double-click it to type a new one and watch every map downstream
change.</p>
<p class="buttons">
<a class="do" href="gradlab:classify/preset/xor-2layer">▶ XOR, two layers</a>
<a class="do" href="gradlab:classify/preset/circle">▶ Load the circle</a>
<a class="do" href="gradlab:classify/preset/spiral">▶ Load the spiral</a>
<a class="do" href="gradlab:classify/start">▶ Start</a></p>""",
    ),
    #: Lesson, Neural Network tab, section 6: micrograd's demo, and two engines computing the same loss.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>micrograd's demo: two engines, one loss</h3>
<p>micrograd's demo trains a network of two hidden layers of 16 ReLU units (2-16-16-1, 337
parameters) on "moons", two interleaved half circles of 100 noisy points. Its loss is this lesson's
margin loss averaged over the points, plus 1e-4 times the sum of the squares of every parameter. Its
learning rate falls from 1.0 towards 0.1 over 100 steps, <code>lr = 1.0 − 0.9·k/100</code> at step k,
and each step is the plain <code>p -= lr * p.grad</code>.</p>
<p>The preset runs it on gradlab's own engine: scalar values, one box per multiply, add and ReLU as
in the Graph tab, built anew for every point at every step. The same set-up on torch (tensors, in
float64) from the same starting weights gives the same loss at every step, to within 1e-9: the loss
starts at 1.01 and ends at 0.0203, every point classified right. The two engines store the numbers
differently, but they compute the same thing.</p>
<p class="buttons">
<a class="do" href="gradlab:classify/preset/micrograd-moons">▶ Load micrograd's demo</a>
<a class="do" href="gradlab:classify/start">▶ Start</a></p>""",
    ),
)
