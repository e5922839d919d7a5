"""The Graph tab's later sections: the Hacker's guide's part 1 (strategies, gates) and the exercises.

Pure Python (no Qt, no torch), like ``gradlab.lessons``, which puts these sections after its own in
the Graph tab's lesson. One HTML literal per section, marked with ``QT_TRANSLATE_NOOP("lessons", ...)``.
Every number quoted was computed by gradlab's engine and its strategies race (tests/test_lessons.py).
"""

from __future__ import annotations

from .translation import QT_TRANSLATE_NOOP

__all__ = ["GUIDE"]

GUIDE: tuple[str, ...] = (
    #: Lesson, Graph tab, section 7: the Hacker's guide's three strategies (random, numerical, analytic).
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Why gradients? Three ways up the hill</h3>
<p>The Hacker's guide starts with a single gate, f(x, y) = x · y at x = −2, y = 3, so f = −6, and
asks: how should x and y change to make f a little larger? It tries three strategies, each taking
a step of 0.01.</p>
<ul>
<li><b>Random local search</b>: move every input by a random amount between −0.01 and 0.01, and keep
the best of 100 tries. With seed 0 the best is −5.9598: better, but it took 100 forward passes.</li>
<li><b>The numerical gradient</b>: nudge one input at a time by h = 0.0001 and see how f changes:
(f(x + h, y) − f(x, y)) / h = 3 for x and −2 for y. One forward pass, plus one per input: 3.</li>
<li><b>The analytic gradient</b>: the derivative by the rules, ∂f/∂x = y = 3 and ∂f/∂y = x = −2,
from one forward and one backward pass, however many inputs there are.</li>
</ul>
<p>Both gradients move x to −1.97 and y to 2.98, and f becomes −5.8706 (the guide prints −5.87).
For (x + y) · z from (−2, 5, −4) the step gives −11.5924; for the sigmoid neuron, 0.8825. The
Strategies panel races the three on any graph and counts the passes. A network has millions of
inputs: only the analytic gradient, backpropagation, stays at one backward pass.</p>
<p class="buttons">
<a class="do" href="gradlab:graph/preset/mul_gate">▶ The single gate x · y</a>
<a class="do" href="gradlab:graph/strategies">▶ Open the Strategies panel</a></p>""",
    ),
    #: Lesson, Graph tab, section 8: the gates' patterns (add, multiply, max) and a variable used twice.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>What each gate does with the gradient</h3>
<p>Walk the backward pass and the log names each pattern the first time it appears:</p>
<ul>
<li><b>add</b> hands the gradient on unchanged to every input (its local derivatives are 1);</li>
<li><b>multiply</b> gives each input the gradient times the other input's value: the values swap;</li>
<li><b>max</b> routes the whole gradient to the larger input and gives the other 0 (min: to the
smaller). At a tie gradlab does what torch does: half to each;</li>
<li>a <b>variable used twice</b> adds up the gradients of its uses: <code>+=</code>.</li>
</ul>
<p>In max(x, y) · z at x = −2, y = 5, z = −4 the output is −20. The multiply sends z = −4 into the max
and the max's value 5 into z; the max passes its −4 to y, the larger, and 0 to x. So ∂f/∂x = 0,
∂f/∂y = −4 and ∂f/∂z = 5. Compare (x + y) · z, where the add gives −4 to both.</p>
<p class="buttons">
<a class="do" href="gradlab:graph/preset/max_gate">▶ max(x, y) · z</a>
<a class="do" href="gradlab:graph/preset/karpathy">▶ (x + y) · z</a>
<a class="do" href="gradlab:graph/run-backward">◀◀ Run backward</a></p>""",
    ),
    #: Lesson, Graph tab, section 9: Predict mode (the student types each gradient before it is shown).
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Predict each step</h3>
<p>Reading a backward pass is not doing one. In the Practice panel, tick <i>Predict each backward
step</i>: before a step is shown, gradlab asks for the gradient it will write, and shows the step
only once the answer is right.</p>
<p>Type the number (18), or the chain rule's product, local derivative · upstream gradient (1·18),
plus what the gradient held before if it already had one (3 + 3·1). Press Enter. A wrong answer
stays in the box, marked, and the message says which part was wrong:</p>
<ul>
<li>the <b>local derivative</b> ∂parent/∂child, and what it is for that operation at these values;</li>
<li>the <b>upstream gradient</b> parent.g, the gradient that flows into the edge;</li>
<li>the <b>sum over uses</b>: a variable used twice keeps what its first use gave it.</li>
</ul>
<p>Three significant digits are enough (0.105 for 0.10499…); fewer must be exact. <i>Show</i>
reveals a step without an answer. The score counts the answers right at the first try; with
<i>and each forward value</i> the values are asked too. Everything works from the keyboard:
Alt+Left asks, Enter checks.</p>
<p class="buttons">
<a class="do" href="gradlab:graph/preset/hand_example">▶ The course's hand example</a>
<a class="do" href="gradlab:graph/predict">▶ Predict the backward pass</a></p>""",
    ),
    #: Lesson, Graph tab, section 10: the course's hand-calculation table of ((2·x) + (y + 1))² at (3, 2).
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>The table, by hand</h3>
<p>The course's worked example computes ((2·x) + (y + 1))² at x = 3, y = 2 on paper, one row per box
in forward order. The value column is filled going down, the gradient column going up; each row's
local gradient is ∂(the box that uses it)/∂(this box):</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>box</th><th>value</th><th>local gradient</th><th>gradient</th></tr>
<tr><td>x</td><td>3</td><td>∂a/∂x = 2</td><td>36</td></tr>
<tr><td>y</td><td>2</td><td>∂b/∂y = 1</td><td>18</td></tr>
<tr><td>a = 2 · x</td><td>6</td><td>∂c/∂a = 1</td><td>18</td></tr>
<tr><td>b = y + 1</td><td>3</td><td>∂c/∂b = 1</td><td>18</td></tr>
<tr><td>c = a + b</td><td>9</td><td>∂f/∂c = 2 · c = 18</td><td>18</td></tr>
<tr><td>f = c ** 2</td><td>81</td><td>—</td><td>1</td></tr>
</table>
<p>So f = 81, ∂f/∂x = 36 and ∂f/∂y = 18. The Practice panel has the same table, empty: fill the
cells in any order (a box used twice gets one local gradient per use, separated by commas) and press
Check (Ctrl+Return). Right cells turn green; the first wrong one turns red with the reason. Export…
saves the table as you filled it, as CSV or as Markdown for homework.</p>
<p class="buttons">
<a class="do" href="gradlab:graph/preset/hand_example">▶ ((2·x) + (y + 1))²</a>
<a class="do" href="gradlab:graph/practice">▶ Open the table</a></p>""",
    ),
    #: Lesson, Graph tab, section 11: exercise files (for a teacher), and the classroom tools.
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>Exercises for a class</h3>
<p>A teacher builds a graph, then presses <i>Save as Exercise…</i> in the Practice panel: the
student will predict each step or fill in the table, with the inputs' values given (or every value),
and Check, Code or the log hidden; a note says what to do. The file is a gradlab session: it opens on
any machine with File → Open Session, or with <code>gradlab exercise homework.gradlab</code>.</p>
<p>In an exercise the Build, Strategies and Descent panels are closed, the graph cannot be changed
and Run backward waits. Nothing shows the answers until the student presses <i>Leave exercise…</i>,
which asks first.</p>""",
    ),
    #: Lesson, Graph tab, section 12: in front of a class (zoom for a projector, figures, notebooks).
    QT_TRANSLATE_NOOP(
        "lessons",
        """<h3>In front of a class</h3>
<p>View → Zoom In (Ctrl+=) and Zoom Out (Ctrl+-) scale every font, box and plot for a projector,
from 100% to 250%; Actual Size (Ctrl+Shift+0) goes back. gradlab remembers the zoom.</p>
<p>File → Export Figure… saves the tab's picture for slides or a handout: the graph, the descent
map, the regression plot or the classification plane, as PNG at twice its size or as SVG.</p>
<p>File → Export as Notebook… writes a Jupyter notebook that rebuilds the tab's set-up with
gradlab's own cores (or plain PyTorch) and prints the same numbers the tab shows: for this graph,
its walk, its gradients and the Check panel's comparison with torch.</p>""",
    ),
)
