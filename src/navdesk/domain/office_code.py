"""Office numbers as files write them: Excel reads ``0312`` as the number 312 and saves
it without its leading zero, so a file may name a known office by a shorter code.
Nothing here guesses: a code is read as a known office only when putting the zeros
back gives exactly one, and the file does not call that office something else."""

from __future__ import annotations

from collections.abc import Mapping


def with_zeros_restored(code: str, known: Mapping[str, str] | set[str]) -> list[str]:
    """The known office codes that are ``code`` with leading zeros put back, sorted:
    ``"312"`` gives ``["0312"]`` when office 0312 is known. Empty for a code that is not
    all digits, or that is itself known."""
    if not code.isdigit() or code in known:
        return []
    return sorted(k for k in known
                  if len(k) > len(code) and k.isdigit() and k.endswith(code)
                  and not k[:len(k) - len(code)].strip("0"))


def same_office_name(a: str, b: str) -> bool:
    """Whether two names of an office say the same: case, spacing and a leading "NAV"
    aside ("NAV Frogner", "nav  frogner" and "Frogner" are the same)."""
    def plain(name: str) -> str:
        words = name.casefold().split()
        return " ".join(words[1:] if words[:1] == ["nav"] else words)

    return plain(a) == plain(b)


def restored_office(code: str, name: str, known: Mapping[str, str]) -> str | None:
    """The one known office the file's ``code`` stands for once its leading zeros are
    back (``known``: code -> name), or None: no such office, more than one, or a file
    ``name`` for it that is not that office's name."""
    found = with_zeros_restored(code, known)
    if len(found) != 1:
        return None
    if name.strip() and not same_office_name(name, known[found[0]]):
        return None
    return found[0]
