"""Dask worker preload for ``test_hostile``: the first worker to extract the events of document ``a`` kills its own
process with SIGKILL (once per run: a marker file, named by $TIMELINE_TEST_KILL_MARKER, says it happened)."""

import os
import signal

from timeline import events

# Dask may run a preload more than once in one process: wrap the real function only once
_real = getattr(events.extract_steps, "wrapped", events.extract_steps)


def _dies_once(doc, mentions, model=None, languages=None):
    marker = os.environ.get("TIMELINE_TEST_KILL_MARKER")
    if marker and doc.id == "a" and not os.path.exists(marker):
        open(marker, "w").close()
        os.kill(os.getpid(), signal.SIGKILL)
    return (yield from _real(doc, mentions, model, languages))


_dies_once.wrapped = _real  # type: ignore[attr-defined]
events.extract_steps = _dies_once
