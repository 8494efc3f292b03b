"""Rule tables for the temporal tagger, kept as plain data.

* ``vocabulary`` — month, weekday, unit, number, season, holiday words and their meanings;
* ``patterns`` — the recognition patterns: each has a name, a regex written with vocabulary macros
  (``{MONTH}``, ``{NUM}`` …), an example it must match in full, the TIMEX3 type it yields and the name of the
  resolver (a function in ``timeline.temporal.resolve``) that turns a match into a value.
"""

from .patterns import PATTERNS, Pattern

__all__ = ["PATTERNS", "Pattern"]
