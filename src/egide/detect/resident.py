"""The engine's data stays resident: out of the garbage collector's reach while a server runs.

The name lists, the communes, the medicines and the model are hundreds of thousands of objects loaded
once and kept for the life of the process. Python's collector still walks them at every full
collection: with them a full collection takes 70 to 100 ms on a quiet core (200 ms on a busy one),
and it lands inside whichever request allocated last, a few times per thousand prompts (measured:
4 full collections over 2,000 prompts, 170–240 ms each on a loaded machine; 0.5–1 ms once frozen).
After the warm-up has loaded everything, :func:`keep_resident` moves what exists into the permanent
generation (``gc.freeze``); :func:`release` gives it back when the server stops, so that a process
that starts several servers (the tests) does not keep the objects of the ones it stopped.
"""

from __future__ import annotations

import gc


def keep_resident() -> int:
    """Freeze what the process holds now; how many objects are frozen in all."""
    gc.collect()  # what is already garbage is not frozen with the rest
    gc.freeze()
    return gc.get_freeze_count()


def release() -> None:
    gc.unfreeze()
