"""Hostile CSV files: devices and FIFOs, values beyond float32, bad rows by the megabyte, not text."""

from __future__ import annotations

from pathlib import Path

from .generate import Case, device_cases, raw, sparse, text

SUFFIX = ".csv"
MB = 1024 * 1024
LINE = "line|row"  # a refusal of a bad value names where it is


def rows(count: int, header: str = "x,y\n", newline: str = "\n") -> str:
    return header + "".join(f"{i},{2 * i}{newline}" for i in range(count))


def bad_rows(megabytes: int):
    """``megabytes`` MB of rows that are not numbers (the issue's 100 MB took 119 s)."""

    def write(path: Path) -> None:
        block = "not,numbers\n" * (MB // 12)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("x,y\n0,0\n")
            for _ in range(megabytes):
                handle.write(block)

    return write


def long_field(path: Path) -> None:
    """An opened quote that never closes: the whole file is one field of 2 MB."""
    path.write_text('x,y\n1,"' + "1" * 2 * MB + "\n", encoding="utf-8")


def cases() -> list[Case]:
    check = {"rows": 3, "x0": 0.0, "y0": 0.0, "x_last": 2.0, "y_last": 4.0}
    spec = [
        # id, expect, note, writer, says, not_says, check
        ("valid-header", "ok", "a header and three rows", text(rows(3)), "", "", check),
        ("valid-no-header", "ok", "three rows, no header", text(rows(3, header="")), "", "", check),
        ("valid-bom", "ok", "a UTF-8 BOM", raw(b"\xef\xbb\xbf" + rows(3).encode()), "", "", check),
        ("valid-crlf", "ok", "CRLF line endings", text(rows(3, newline="\r\n")), "", "", check),
        (
            "valid-blank-lines",
            "ok",
            "blank lines between rows",
            text("x,y\n\n0,0\n\n1,2\n \n2,4\n"),
            "",
            "",
            check,
        ),
        (
            "valid-spaces",
            "ok",
            "spaces around the numbers",
            text(" x , y \n 0 , 0\n1 ,2\n 2, 4 \n"),
            "",
            "",
            check,
        ),
        (
            "valid-float32-max",
            "ok",
            "3.4e38, just inside float32",
            text("0,0\n1,3.4e38\n"),
            "",
            "",
            {"rows": 2, "y_last": 3.4e38},
        ),
        (
            "valid-200000",
            "ok",
            "200,000 rows",
            text(rows(200_000)),
            "",
            "",
            {"rows": 200_000, "x_last": 199_999.0, "y_last": 399_998.0},
        ),
        (
            "valid-code-header",
            "clean",
            "a header that is Python code",
            text("__import__('os'),y\n0,0\n1,2\n"),
            "",
            "",
            {},
        ),
        (
            "value-1e300",
            "refused",
            "1e300: finite in float64, inf in float32",
            text("x,y\n0,0\n1,1e300\n2,4\n"),
            LINE,
            "range|Exception",
            {},
        ),
        ("value-1e39", "refused", "1e39: past float32's largest", text("0,0\n1e39,1\n"), LINE, "", {}),
        ("value-minus-1e39", "refused", "-1e39", text("0,0\n1,-1e39\n"), LINE, "", {}),
        ("value-nan", "refused", "a y of nan", text("0,0\n1,nan\n2,4\n"), LINE, "", {}),
        ("value-inf", "refused", "an x of inf", text("0,0\ninf,1\n2,4\n"), LINE, "", {}),
        (
            "value-400-digits",
            "refused",
            "a 400-digit number",
            text("0,0\n1," + "9" * 400 + "\n"),
            LINE,
            "Overflow",
            {},
        ),
        (
            "bad-first-row",
            "refused",
            "the first row is data, and bad",
            text("1,abc\n2,4\n3,6\n"),
            LINE,
            "two rows",
            {},
        ),
        (
            "bad-middle-row",
            "refused",
            "a bad row among good ones",
            text("0,0\n1,2\nfoo,bar\n3,6\n"),
            LINE,
            "",
            {},
        ),
        ("three-columns", "refused", "three columns", text("0,0,0\n1,2,3\n2,4,6\n"), "column", "", {}),
        ("one-row", "refused", "a single row", text("x,y\n0,0\n"), "two|2", "", {}),
        ("header-only", "refused", "a header alone", text("x,y\n"), "two|2", "", {}),
        ("empty", "refused", "an empty file", raw(b""), "", "", {}),
        ("bad-rows-20mb", "refused", "20 MB of bad rows", bad_rows(20), "", "", {}),
        (
            "over-limit-sparse",
            "refused",
            "a 51 MB file (sparse)",
            sparse(51 * MB, b"x,y\n"),
            "50 MB|larger|large",
            "",
            {},
        ),
        (
            "latin1",
            "refused",
            "Latin-1 bytes",
            raw("x,y\n0,0\n1,é\n".encode("latin-1")),
            "UTF-8|text",
            "",
            {},
        ),
        ("utf16", "refused", "UTF-16 text", raw(rows(3).encode("utf-16")), "", "", {}),
        ("binary", "refused", "binary garbage", raw(bytes(range(256)) * 64), "", "", {}),
        ("nul-bytes", "refused", "NUL bytes inside a row", raw(b"0,0\n1,\x002\n2,4\n"), "", "", {}),
        ("long-field", "refused", "an unterminated quote: one 2 MB field", long_field, "", "", {}),
        ("long-line", "refused", "one 10 MB line of commas", raw(b"0," * (5 * MB) + b"\n"), "", "", {}),
        (
            "quoted-newline",
            "refused",
            "a quoted value holding a newline",
            text('0,0\n1,"2\n3"\n2,4\n'),
            "",
            "",
            {},
        ),
        ("underflow", "clean", "1e-320 (zero in float32)", text("0,0\n1,1e-320\n2,4\n"), "", "", {}),
    ]
    made = [
        Case(f"csv-{name}", "csv", expect, note, f"csv-{name}{SUFFIX}", says, not_says, found, write=write)
        for name, expect, note, write, says, not_says, found in spec
    ]
    return made + device_cases("csv", SUFFIX)
