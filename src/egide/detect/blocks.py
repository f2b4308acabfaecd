"""Detection over a text of any length, by blocks with margins: the one place that cuts long texts.

``egide scan``, ``egide pseudonymise`` and the batch job (``egide deid``) all read files that may
not fit in memory (a 200 MB export). :func:`detect_stream` takes the text as pieces of any size and
detects it by blocks of about ``BLOCK_CHARS`` characters ending at a paragraph (else line, else word)
boundary. Each block is detected with ``OVERLAP`` characters of the text before and after it, so
that a name or a NIR that a cut falls into is still seen whole: a finding belongs to the block where
it starts, and the next block starts where it ends. Names are propagated within a block and its
margins (one engine call), not across a whole 200 MB file; a clinical letter is shorter than one
block, so for letters nothing is cut.

Memory: at most one block, its two margins and one input piece.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from egide.detect.finding import Finding

#: What a block is detected with: :meth:`Detector.detect`, or a stand-in that loads it on first use.
Detect = Callable[[str], list[Finding]]

#: Characters per detection block: the engine's time budget is per call, and memory stays bounded.
BLOCK_CHARS = 32_000
#: Characters of context read on each side of a block (longer than any entity the engine finds).
OVERLAP = 400


def cut(buffer: str, size: int) -> int:
    """Where a block taken from the start of ``buffer`` ends: after the last paragraph break before
    ``size``, else the last line end, else the last space; ``size`` when there is none."""
    for separator in ("\n\n", "\n", " "):
        at = buffer.rfind(separator, 0, size)
        if at > 0:
            return at + len(separator)
    return size


def detect_stream(
    detect: Detect,
    pieces: Iterable[str],
    *,
    block_chars: int = BLOCK_CHARS,
    overlap: int = OVERLAP,
) -> Iterator[tuple[str, list[Finding]]]:
    """``(block, findings)`` pairs whose blocks, concatenated, are the text made of ``pieces``;
    finding offsets are relative to their block and never cross its end."""
    before = ""  # the end of what was already given out: left context of the next block
    buffer = ""  # read, not yet given out
    source = iter(pieces)
    ended = False
    while True:
        # Enough for a block and its right margin, or the end of the text.
        while not ended and len(buffer) <= block_chars + overlap:
            piece = next(source, None)
            if piece is None:
                ended = True
            else:
                buffer += piece
        if ended and len(buffer) <= block_chars:
            break
        end, found = _block(detect, before, buffer, cut(buffer, block_chars), overlap)
        yield buffer[:end], found
        before = buffer[max(0, end - overlap) : end]
        buffer = buffer[end:]
    if buffer:
        end, found = _block(detect, before, buffer, len(buffer), overlap)
        yield buffer[:end], found


def _block(detect: Detect, before: str, buffer: str, at: int, overlap: int) -> tuple[int, list[Finding]]:
    """Where the block ``buffer[:at]`` really ends (further, to the end of an entity the cut falls
    into) and its findings, detected with ``before`` and the next ``overlap`` characters around it."""
    window = before + buffer[: at + overlap]
    if not window.strip():
        return at, []
    shift = len(before)
    kept: list[Finding] = []
    for f in detect(window):
        start, end = f.start - shift, f.end - shift
        if end <= 0 or start >= at:
            continue  # the previous block's, or the next one's
        # An entity begun in the margin before and not replaced there is masked from here on.
        kept.append(f.shifted(max(0, start), end))
    return max([at, *(k.end for k in kept)]), kept
