"""The expression readers' messages, shared by ``expr`` (Python's ast) and ``expr_reader`` (ours).

Each says in plain words what is wrong where a student typed it, in the user's language; none
uses Python's type names.
"""

from __future__ import annotations

from ..translation import QT_TRANSLATE_NOOP, translate
from .ops import FUNCTIONS

# Python's own words for the commonest slips, which ``parse_expression`` passes on: marked so that
# they are translated too (any other message of Python's is shown as Python wrote it).
_PYTHON_MESSAGES = frozenset(
    (
        QT_TRANSLATE_NOOP("engine.expr", "invalid syntax"),
        QT_TRANSLATE_NOOP("engine.expr", "Perhaps you forgot a comma?"),
        QT_TRANSLATE_NOOP("engine.expr", "'(' was never closed"),
        QT_TRANSLATE_NOOP("engine.expr", "'[' was never closed"),
        QT_TRANSLATE_NOOP("engine.expr", "'{' was never closed"),
        QT_TRANSLATE_NOOP("engine.expr", "unmatched ')'"),
        QT_TRANSLATE_NOOP("engine.expr", "unmatched ']'"),
        QT_TRANSLATE_NOOP("engine.expr", "unmatched '}'"),
        QT_TRANSLATE_NOOP("engine.expr", "invalid decimal literal"),
        QT_TRANSLATE_NOOP("engine.expr", "invalid hexadecimal literal"),
        QT_TRANSLATE_NOOP("engine.expr", "invalid octal literal"),
        QT_TRANSLATE_NOOP("engine.expr", "invalid binary literal"),
    )
)


def python_message(message: str) -> str:
    """One of Python's messages in the user's language, where it is one of those marked above."""
    return translate("engine.expr", message) if message in _PYTHON_MESSAGES else message


# --- the messages both readers give ---------------------------------------------------------------


def too_deep() -> str:
    return translate("engine.expr", "the expression is nested too deeply")


def too_many_nodes(limit: int) -> str:
    #: {limit} is 5,000: numbers, variables and operations counted together.
    message = translate(
        "engine.expr", "the expression has more than {limit} nodes, the most gradlab takes: write it shorter"
    )
    return message.format(limit=f"{limit:,}")


def too_many_digits() -> str:
    return translate("engine.expr", "a number in the expression has too many digits")


def unknown_function(name: str) -> str:
    message = translate("engine.expr", "unknown function {name}(); known: {functions}")
    return message.format(name=name, functions=", ".join(FUNCTIONS))


def function_as_name(name: str) -> str:
    return translate("engine.expr", "{name} is a function: call it as {name}(...)").format(name=name)


def not_a_variable(name: str) -> str:
    return translate("engine.expr", "{name} cannot be a variable name").format(name=name)


def not_a_number(value) -> str:
    """True, None, ... or 1j where a number must be, in plain words (not Python's type names)."""
    if isinstance(value, complex):
        message = translate("engine.expr", "{value} is a complex number: only real numbers are allowed")
        return message.format(value=repr(value))
    shown = "..." if value is Ellipsis else repr(value)
    return translate("engine.expr", "{value} is not a number: only numbers are allowed").format(value=shown)


def wrong_arity(name: str, arity: int, count: int) -> str:
    if arity == 1:
        message = translate("engine.expr", "{name}() takes {arity} argument, not {count}")
    else:
        #: max() and min(): {arity} is 2, {count} how many arguments were written.
        message = translate("engine.expr", "{name}() takes {arity} arguments, not {count}")
    return message.format(name=name, arity=arity, count=count)


def needs_argument(name: str) -> str:
    return translate("engine.expr", "{name}() needs at least one argument").format(name=name)
