"""How files are bundled for the workers of ``processes`` and Spark: the heaviest first, by bytes.

A file's work is roughly proportional to its size, and sizes vary a thousandfold in a collection (a
letter beside a table of thousands of letters). Handed out in path order, a big table met last keeps
one core busy alone while the others idle; handed out one letter at a time, the handing out costs
more than the letter. So files are taken heaviest first, a file at least as heavy as a share is a
bundle of its own, and the small ones are bundled up to a share: the bundles of small files come
last and even out the cores' ends. Results are keyed by task index: the order of work changes
nothing in the output.
"""

from __future__ import annotations

from egide.batch.job import Task

#: The work of opening, reading and writing one file, in bytes of text it is worth (about a
#: millisecond: as long as detecting a few hundred characters).
FILE_COST = 512


def weight(task: Task) -> int:
    """A file's work, in bytes: its size and the cost of a file."""
    try:
        return task.source.stat().st_size + FILE_COST
    except OSError:  # unreadable: process_file reports it, at no cost
        return FILE_COST


def heaviest_first(files: list[tuple[int, Task]], share: float) -> list[list[tuple[int, Task]]]:
    """``files`` (task index, task) in bundles of at least ``share`` bytes of work (the last one
    what is left), the heaviest files first; a file heavier than a share is a bundle of its own."""
    weighted = sorted(((weight(t), i, t) for i, t in files), key=lambda w: (-w[0], w[1]))
    bundles: list[list[tuple[int, Task]]] = []
    current: list[tuple[int, Task]] = []
    load = 0
    for size, index, task in weighted:
        current.append((index, task))
        load += size
        if load >= share:
            bundles.append(current)
            current, load = [], 0
    if current:
        bundles.append(current)
    return bundles
