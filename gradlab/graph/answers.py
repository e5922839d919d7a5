"""A student's answer to one step of a walk: read, compared with the step, and where it went wrong.

Predict mode asks, before a backward step is shown, for the gradient it will write; the student
types a number (``6``) or the chain rule's factors (``2·3``, ``4 + 2·3``: the local derivative,
the upstream gradient and what the gradient held before). ``judge_backward`` says whether it is
right and, if not, which part: the local derivative (and what it is for that operation at these
values), the upstream gradient (``parent.g``) or the sum over uses (a variable used twice adds up).
``judge_forward`` does the same for a node's value. No Qt: the hand-calculation table and the
tests use these too.

How close is right: typed with three significant digits or more, an answer is right when it is
the true value rounded to the digits typed (``0.105`` for 0.104993…); with fewer, it must be
exact (``6`` for 6, not for 5.6).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from ..engine.explain import format_number, formula
from ..engine.ops import OPS
from ..translation import translate

_NUMBER = r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|nan)"
_TIMES = r"\s*[*·×]\s*"
_PRODUCT = re.compile(rf"^\s*(?P<local>{_NUMBER}){_TIMES}(?P<upstream>{_NUMBER})\s*$", re.IGNORECASE)
_SUM_BEFORE = re.compile(
    rf"^\s*(?P<previous>{_NUMBER})\s*\+\s*(?P<local>{_NUMBER}){_TIMES}(?P<upstream>{_NUMBER})\s*$",
    re.IGNORECASE,
)
_SUM_AFTER = re.compile(
    rf"^\s*(?P<local>{_NUMBER}){_TIMES}(?P<upstream>{_NUMBER})\s*\+\s*(?P<previous>{_NUMBER})\s*$",
    re.IGNORECASE,
)
_PLAIN = re.compile(rf"^\s*(?P<value>{_NUMBER})\s*$", re.IGNORECASE)
MAX_ANSWER = 200  # characters: an answer is a number or three


class AnswerError(ValueError):
    """An answer that is not a number or a chain-rule product; the message says what to type."""


@dataclass(frozen=True)
class Typed:
    """One number as typed: its value and the size of half its last digit (0: to be exact)."""

    value: float
    slack: float

    def matches(self, true: float) -> bool:
        if math.isnan(true) or math.isnan(self.value):
            return math.isnan(true) and math.isnan(self.value)
        if math.isinf(true) or math.isinf(self.value):
            return true == self.value
        exact = 1e-9 * max(1.0, abs(true))
        return abs(self.value - true) <= max(self.slack, exact)


@dataclass(frozen=True)
class Answer:
    """A value, or the chain rule's factors (``local · upstream [+ previous]``) giving one."""

    value: float
    local: Typed | None = None
    upstream: Typed | None = None
    previous: Typed | None = None
    total: Typed | None = None  # the plain number typed, when no factors were


def typed_number(text: str) -> Typed:
    """A number as typed (ValueError if it is not one), with how close it must come to be right."""
    text = text.strip()
    value = float(text)
    if not math.isfinite(value):
        return Typed(value, 0.0)
    mantissa, _, exponent = text.lower().lstrip("+-").partition("e")
    digits = mantissa.replace(".", "").lstrip("0")
    if len(digits) < 3:
        return Typed(value, 0.0)
    decimals = len(mantissa.partition(".")[2])
    return Typed(value, 0.5 * 10.0 ** (int(exponent or 0) - decimals))


def read_answer(text: str) -> Answer:
    """The answer in ``text``: ``6``, ``-1.5e-3``, ``2·3``, ``2*3 + 4`` or ``4 + 2×3``; AnswerError if not."""
    normal = unicodedata.normalize("NFKC", text).replace("−", "-").replace("\u2212", "-")
    if not normal.strip():
        raise AnswerError(
            translate("graph.answers", "type a number, or the chain rule's product such as 2·3")
        )
    if len(normal) > MAX_ANSWER:
        raise AnswerError(translate("graph.answers", "an answer is a number, or at most three of them"))
    plain = _PLAIN.match(normal)
    if plain:
        total = typed_number(plain["value"])
        return Answer(total.value, total=total)
    for pattern in (_PRODUCT, _SUM_BEFORE, _SUM_AFTER):
        found = pattern.match(normal)
        if found:
            parts = found.groupdict()
            local, upstream = typed_number(parts["local"]), typed_number(parts["upstream"])
            previous = typed_number(parts["previous"]) if parts.get("previous") else None
            value = local.value * upstream.value + (previous.value if previous else 0.0)
            return Answer(value, local, upstream, previous)
    message = translate(
        "graph.answers",
        "“{text}” is not a number: type the gradient (6), or the product local · upstream (2·3), plus "
        "what the gradient held before if it had one (4 + 2·3)",
    )
    raise AnswerError(message.format(text=normal.strip()[:40]))


@dataclass(frozen=True)
class Verdict:
    """Right or not; if not, which part (``local``, ``upstream``, ``uses``, ``value``) and why."""

    right: bool
    part: str = ""
    message: str = ""


def local_rule(op: str, index: int, parent: str, inputs: list[str]) -> str:
    """∂parent/∂input ``index`` as a formula over the names: ``y`` for x·y's x, ``1 - tanh(t)²``."""
    rules = OPS[op].rules
    rule = rules[index] if index < len(rules) else rules[-1]
    return rule.replace("{out}", parent).replace("{i}", inputs[index]).format(*inputs)


def judge_backward(
    step, answer: Answer, known_grads: dict[str, float] | None = None, kept: bool = False
) -> Verdict:
    """``answer`` for the backward ``step`` (an engine ``BackwardStep``, taken or about to be).

    ``known_grads``: the gradients the student can see (by node name), so that an answer built on
    another node's gradient is named as a wrong upstream gradient. ``kept``: what the gradient
    held before this edge was kept from an earlier backward pass (Keep gradients), not given by
    another use in this one.
    """
    parent, child = step.parent.label, step.child.label
    local, upstream, previous = step.local, step.parent_grad, step.previous_grad
    inputs = [p.label for p in step.parent._prev]
    wrong_local = _wrong_local(step, parent, child, inputs)
    wrong_upstream = translate(
        "graph.answers",
        "Not yet: the upstream gradient is wrong. The gradient that flows into this edge is "
        "{parent}.g = {upstream}; multiply the local derivative by it.",
    ).format(parent=parent, upstream=format_number(upstream))
    wrong_uses = translate(
        "graph.answers",
        "Not yet: {child} already has a gradient, {child}.g = {previous} (from its other use): a "
        "variable used twice adds up, so this edge's part is added to it.",
    ).format(child=child, previous=format_number(previous))
    if kept:
        wrong_uses = translate(
            "graph.answers",
            "Not yet: {child}.g is already {previous}, kept from the last backward pass (Keep gradients is "
            "on): this edge's part is added to it.",
        ).format(child=child, previous=format_number(previous))
    if answer.total is None:  # the factors typed: each is checked
        if answer.local.matches(upstream) and answer.upstream.matches(local):  # upstream · local: the same
            answer = Answer(answer.value, answer.upstream, answer.local, answer.previous)
        if not answer.local.matches(local):
            return Verdict(False, "local", wrong_local)
        if not answer.upstream.matches(upstream):
            return Verdict(False, "upstream", wrong_upstream)
        if answer.previous is None and previous != 0:
            return Verdict(False, "uses", wrong_uses)
        if answer.previous is not None and not answer.previous.matches(previous):
            return Verdict(False, "uses", wrong_uses)
        return _right_backward(child, step.grad)
    total = answer.total
    if total.matches(step.grad):
        return _right_backward(child, step.grad)
    problem = _not_close_enough(total, step.grad)
    if problem:
        return Verdict(False, "digits", problem)
    if previous != 0 and total.matches(step.contribution):
        return Verdict(False, "uses", wrong_uses)
    if upstream != 1 and total.matches(previous + local):
        return Verdict(False, "upstream", wrong_upstream)
    if local not in (0, 1) and known_grads:  # another node's gradient taken for parent.g
        for name, grad in known_grads.items():
            if name != parent and grad != upstream and total.matches(previous + local * grad):
                return Verdict(False, "upstream", wrong_upstream)
    return Verdict(False, "local", wrong_local)


def _not_close_enough(typed: Typed, true: float) -> str:
    """Why a plain answer is no judgement of the chain rule: not finite, or too few digits ("" if neither)."""
    if math.isfinite(true) and not math.isfinite(typed.value):
        return translate(
            "graph.answers", "Not yet: {value} is not a finite number; this gradient is."
        ).format(value=format_number(typed.value))
    if typed.slack == 0 and true != 0 and math.isfinite(true):
        for digits in range(1, 3):  # 0.1 for 0.10499…: right as far as it goes, but too short to tell
            if float(f"{true:.{digits}g}") == typed.value and typed.value != true:
                return translate(
                    "graph.answers",
                    "Give at least three significant digits: {typed} is the gradient rounded, too short to "
                    "check.",
                ).format(typed=format_number(typed.value))
    return ""


def _wrong_local(step, parent: str, child: str, inputs: list[str]) -> str:
    op = step.parent._op
    return translate(
        "graph.answers",
        "Not yet: check the local derivative. For {parent} = {formula}, ∂{parent}/∂{child} = {rule}, "
        "here {local}; the gradient is that times {parent}.g.",
    ).format(
        parent=parent,
        formula=formula(op, inputs, "·"),
        child=child,
        rule=local_rule(op, step.index, parent, inputs),
        local=format_number(step.local),
    )


def _right_backward(child: str, grad) -> Verdict:
    return Verdict(
        True,
        "",
        translate("graph.answers", "Right: {child}.g = {grad}.").format(
            child=child, grad=format_number(grad)
        ),
    )


def judge_forward(step, answer: Answer) -> Verdict:
    """``answer`` for the forward ``step`` (an engine ``ForwardStep``): the node's value."""
    name = step.node.label
    typed = answer.total if answer.total is not None else Typed(answer.value, 0.0)
    if typed.matches(step.value):
        return Verdict(
            True,
            "",
            translate("graph.answers", "Right: {name} = {value}.").format(
                name=name, value=format_number(step.value)
            ),
        )
    inputs = [p.label for p in step.inputs]
    message = translate(
        "graph.answers",
        "Not yet: {name} = {formula}; compute it from the values of {inputs}.",
    ).format(name=name, formula=formula(step.op, inputs, "·"), inputs=", ".join(dict.fromkeys(inputs)))
    return Verdict(False, "value", message)


@dataclass
class Score:
    """How many steps were answered right at the first try, of how many answered."""

    first_try: int = 0
    answered: int = 0
    tries: int = 0  # wrong answers to the step being asked now

    def record(self, right: bool) -> None:
        if right:
            self.first_try += self.tries == 0
            self.answered += 1
            self.tries = 0
        else:
            self.tries += 1

    def shown(self) -> None:
        """The step was shown without a right answer (the student gave up on it)."""
        self.answered += 1
        self.tries = 0

    def text(self) -> str:
        return translate("graph.answers", "Right at the first try: {right} of {answered}").format(
            right=self.first_try, answered=self.answered
        )
