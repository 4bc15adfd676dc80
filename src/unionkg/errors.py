"""The exceptions unionkg raises on purpose.

::

    UnionKGError                 anything unionkg reports to a user as one line
     ├── InputError              an input that cannot be read (which file, what, what to do)
     │    ├── DecodeError        bytes that no supported encoding reads cleanly
     │    ├── FormatError        a file whose content is not what its kind promises
     │    └── DuplicateIdError   an article kept under a new id: an earlier one had its id
     ├── UnknownNameError        a registry lookup for a name that is not registered
     ├── ResourceError           a model or gazetteer that is missing or broken
     │    └── RuleFileError      a rule file whose keys or values are not what its schema says
     └── OutputError             an output that cannot be written

Only the command line turns these into a one-line message and an exit code.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "DuplicateIdError",
    "FormatError",
    "InputError",
    "OutputError",
    "ResourceError",
    "RuleFileError",
    "UnionKGError",
    "UnknownNameError",
]


class UnionKGError(Exception):
    """Base class of every error unionkg raises on purpose."""


class InputError(UnionKGError):
    """An input that cannot be read.

    >>> print(InputError("a.txt", "the file is empty", "give it an article's text"))
    a.txt: the file is empty; give it an article's text

    A name with a line break (or another control character) in it is shown escaped, so the
    message stays one line:

    >>> print(InputError("a\\nb.txt", "the file is empty"))
    a\\nb.txt: the file is empty
    """

    def __init__(self, source: str, problem: str, hint: str = "") -> None:
        self.source = source
        self.problem = problem
        self.hint = hint
        shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in source)
        message = f"{shown}: {problem}"
        if hint:
            message += f"; {hint}"
        super().__init__(message)


class DecodeError(InputError):
    """Bytes that no supported encoding reads cleanly."""


class FormatError(InputError):
    """A file whose content is not what its kind promises (bad JSON line, no text …)."""


class DuplicateIdError(InputError):
    """An article kept, but under a new id, because an earlier article has its id."""


class UnknownNameError(UnionKGError, LookupError):
    """A registry lookup for a name that is not registered.

    >>> str(UnknownNameError("exporter", "ttl2", ["turtle", "trig"]))
    "no exporter 'ttl2'; known: turtle, trig"
    """

    def __init__(self, kind: str, name: str, known: list[str]) -> None:
        self.kind = kind
        self.name = name
        self.known = known
        super().__init__(f"no {kind} {name!r}; known: {', '.join(known)}")


class ResourceError(UnionKGError):
    """A model or gazetteer that is missing or broken."""


class RuleFileError(ResourceError):
    """A rule file (``lexicon.json``, ``relations.json``) with an unknown or missing key or a
    value of the wrong type; the message names the file and the key."""


class OutputError(UnionKGError):
    """An output that cannot be written."""
