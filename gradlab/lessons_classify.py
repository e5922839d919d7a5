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
that falls short of its margin <b>pulls</b>: +1 (score up) or −1 (score down). A point safely
beyond its margin pulls 0 and is left alone.</p>
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
pulls are minus the gradient of the hinge loss <code>max(0, 1 − label·score)</code>, which is zero
for a point beyond its margin and grows in a straight line for a point short of it.</p>
<p>Why ask for a margin at all? Four of the six points are already on the right side, yet
(−0.3, −0.5) still pulls: a line that only just separates the points would leave every new point
near it to chance. Pushing until each point is a full unit of score away leaves room on both sides.
The plane draws the margins, f = ±1, as thin lines beside the boundary, and an arrow on each point
that pulls.</p>
<p class="buttons">
<a class="do" href="gradlab:classify/preset/guide-linear">▶ Load the guide's six points</a>
<a class="do" href="gradlab:classify/start">▶ Start</a></p>""",
    ),
    #: Lesson, Neural Network tab, section 2: regularization, a pull towards zero on a and b.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Regularization: a pull towards zero</h3>
<p>The guide adds one more pull, on the parameters themselves: −a on a and −b on b (c is left
free). It is minus the gradient of the penalty ½·(a² + b²) added to the loss, so it always pulls a
and b back towards zero, whatever the points say.</p>
<p>Why would we want smaller weights? Doubling a, b and c gives the same line with every score
doubled, so without a penalty a classifier could satisfy its margins by growing its weights
instead of placing the line well. The penalty forbids that cheap trick. Once the points stop
pulling (each one is beyond its margin) only the regularization pulls, and a and b shrink until
some points start pulling back: the line settles where the two balance, as far as it can get from
the nearest points of both classes. The width of the margin in the plane is
1/√(a² + b²), so smaller weights mean a wider street between the classes.</p>
<p>The strength (L2 in the tab) sets the balance: 0 lets the weights grow freely, a large value
squeezes them until points are misclassified.</p>
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
ramp on the other. The score adds three such ramps, so the boundary f = 0 is no longer one straight
line but can bend where the ramps begin. That is 13 parameters instead of 3.</p>
<p>Training is the same: the pulls of the points on the score, passed back by the chain rule. The
pull on n1 is the pull on the score times a4, and it reaches a1, b1 and c1 only where n1 is positive:
a ReLU passes a gradient where it is on, and nothing where it outputs zero.</p>
<p class="buttons">
<a class="do" href="gradlab:classify/preset/guide-2layer">▶ Load the guide's 2-layer net</a>
<a class="do" href="gradlab:classify/start">▶ Start</a></p>""",
    ),
    #: Lesson, Neural Network tab, section 4: XOR: one neuron cannot, two layers can, a bad start fails.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>XOR: one neuron cannot, two layers can</h3>
<p>A single sigmoid neuron, <code>σ(w1·x1 + w2·x2 + b)</code>, outputs 0.5 on the line
w1·x1 + w2·x2 + b = 0: it is still a linear classifier. It learns the AND and the OR gates, because
a line can cut off the corner (1, 1) from the other three, or the corner (0, 0).</p>
<p>XOR is 1 at (0, 1) and (1, 0) and 0 at (0, 0) and (1, 1): the two classes sit on opposite corners,
and no line separates them. Any line gets at most three of the four right.</p>
<p>Two layers can: one hidden unit can act as OR, another as AND, and the output says "OR and not
AND". But the net has to find such weights from its random start, and a start can be bad: a hidden
unit that outputs zero for every input gets no gradient and never learns, and the training stops in
a corner of the loss that is not the bottom.</p>
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
box is the output, the big map of the plane in small.</p>
<ul>
<li>A unit of the first hidden layer sees only a·x + b·y + c, so its map changes across one line and
not along it: with ReLU, flat zero on one side and a ramp on the other; with tanh or sigmoid, a soft
step.</li>
<li>A unit of the next layer adds those maps up with its weights and bends the sum again: corners,
stripes and wedges appear.</li>
<li>A box that is one flat colour is a unit that does nothing for these points (a dead ReLU, or a
saturated sigmoid): the bad XOR start shows one.</li>
</ul>
<p>The lines between boxes are the weights: their colour shows the sign, their thickness the size.
Hover a line to read its value; double-click it to type a new one and see every map change.</p>
<p class="buttons">
<a class="do" href="gradlab:classify/preset/spiral">▶ Load the spiral</a>
<a class="do" href="gradlab:classify/preset/circle">▶ Load the circle</a>
<a class="do" href="gradlab:classify/start">▶ Start</a></p>""",
    ),
    #: Lesson, Neural Network tab, section 6: micrograd's demo, and two engines computing the same loss.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>micrograd's demo: two engines, one loss</h3>
<p>micrograd's demo trains a network of two hidden layers of 16 ReLU units (2-16-16-1) on "moons",
two interleaved half circles of 100 noisy points. Its loss is the margin loss of this lesson,
averaged over the points, plus 1e-4 times the sum of the squares of every parameter; its learning
rate falls from 1.0 to 0.1 over 100 steps, <code>lr = 1.0 − 0.9·k/100</code> at step k, and each
step is the plain <code>p -= lr * p.grad</code>.</p>
<p>The preset runs it on gradlab's own engine: scalar values, one box per multiply and add, as in
the Graph tab. The same set-up on torch, from the same starting weights, gives the same loss at
every step: the two engines differ only in how they store the numbers, not in what they compute.</p>
<p class="buttons">
<a class="do" href="gradlab:classify/preset/micrograd-moons">▶ Load micrograd's demo</a>
<a class="do" href="gradlab:classify/start">▶ Start</a></p>""",
    ),
)
