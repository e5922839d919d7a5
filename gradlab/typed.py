"""A value as a student types it and as a message shows it, the same in every tab.

A typed number is read back as a float or refused in one line naming the field; a number is shown
as the shortest text that reads back the same; any value from a file or typed is shown in brief.
"""

from __future__ import annotations

import math

from .translation import translate

# characters in a typed setting (a target, a number, a CSV file's name): far past any real one
TEXT_LIMIT = 1000


def brief(value: object) -> str:
    """A value from a file or typed, for a message: its repr, on one line and at most 40 characters."""
    if type(value) is int and abs(value) >= 10**30:  # str() of a 5,000-digit int raises
        return f"{'-' if value < 0 else ''}10**{int(abs(value).bit_length() * 0.30103)}"
    text = repr(value) if value is None or type(value) in (str, int, float, bool) else type(value).__name__
    return text if len(text) <= 40 else text[:39] + "…"


def number_text(value: float) -> str:
    """A number as a student would type it: 0.001, 1e-06, 0.9 (the shortest text that reads back the same)."""
    short = f"{value:g}"
    return short if float(short) == value else repr(float(value))


def typed_number(text: object, field: str, refusal: type[Exception]) -> float:
    """The finite number ``text`` holds, or ``refusal`` saying "FIELD must be a number, not TEXT"."""
    try:
        value = float(text.strip()) if isinstance(text, str) else math.nan
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        message = translate("typed", "{field} must be a number, not {text}")
        raise refusal(message.format(field=field, text=brief(text)))
    return value
