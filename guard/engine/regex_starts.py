"""What every match of a regular expression starts with, read from its parsed form.

Python's ``re`` tries an alternation of words at every position of a text. When every match
must start with one of a few short strings, looking those strings up first (``str.find``,
``str.startswith``, both in C) and trying the regex only where one occurs gives the same
answer for a fraction of the cost. The intent cues and the signatures both gate this way.
"""

from __future__ import annotations

import re

try:
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_parse  # type: ignore[no-redef]


def match_starts(pattern: str, k: int, *, flags: int = 0, space: str | None = " ") -> set[str]:
    """Strings of at most ``k`` characters, one of which starts every match of ``pattern``.

    A string is cut where an open class (``\\w``, ``[^...]``, ``.``) or the end of the pattern
    comes; the set holds "" when some match may start with anything. ``space`` lists what
    ``\\s`` stands for (a single " " for whitespace-collapsed text; None cuts a string
    there). Case-insensitive patterns are not read (the set is {""})."""
    if (flags | re.compile(pattern).flags) & re.IGNORECASE:
        return {""}
    return {s for s, _ in _starts(list(sre_parse.parse(pattern, flags)), k, space)}


def _starts(items: list, k: int, space: str | None) -> set[tuple[str, bool]]:
    """(s, grows) pairs, one s starting every match of a parsed sequence; ``grows`` says the
    sequence was read to its end, so what follows it continues s."""
    cur: set[tuple[str, bool]] = {("", True)}
    for item in items:
        nxt: set[tuple[str, bool]] = set()
        for s, grows in cur:
            if not grows or len(s) >= k:
                nxt.add((s, False))
                continue
            for t, t_grows in _item_starts(item, k - len(s), space):
                nxt.add((s + t, t_grows))
        cur = nxt
    return cur


def _item_starts(item: tuple, k: int, space: str | None) -> set[tuple[str, bool]]:
    op, av = item
    name = str(op)
    if name == "LITERAL":
        return {(chr(av), True)}
    if name == "IN":
        chars: set[str] = set()
        for cop, cav in av:
            if str(cop) == "LITERAL":
                chars.add(chr(cav))
            elif str(cop) == "RANGE" and cav[1] - cav[0] < 32:
                chars |= {chr(c) for c in range(cav[0], cav[1] + 1)}
            elif str(cop) == "CATEGORY" and str(cav) == "CATEGORY_SPACE" and space:
                chars |= set(space)
            else:
                return {("", False)}
        return {(c, True) for c in chars}
    if name == "SUBPATTERN":
        if av[1] & re.IGNORECASE:  # (?i:...) inside: its literals match in other cases
            return {("", False)}
        return _starts(list(av[-1]), k, space)
    if name == "BRANCH":
        return set().union(*(_starts(list(alt), k, space) for alt in av[1]))
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        lo, hi, sub = av
        if lo > k:
            return {("", False)}
        out: set[tuple[str, bool]] = set()
        for n in range(lo, min(hi, k) + 1):
            for s, grows in _starts(list(sub) * n, k, space):
                # Read to its maximum, the repeat is followed by what comes after it; cut at k
                # repetitions short of the maximum, more may follow: stop there. (Fewer
                # repetitions are continued: each larger count is enumerated too.)
                out.add((s, grows and (n == hi or n < k)))
        return out
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return {("", True)}
    return {("", False)}
