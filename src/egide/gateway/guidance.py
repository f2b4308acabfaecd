"""Telling a refused person where to go: the console page that lifts a training or charter refusal.

The gateway's answer reaches the person through their application (Open WebUI shows the error's
message), so the message names the page of the console where they see their trainings or read and
accept the charter: at ``gateway.console_url`` when it is set, else by its path on the console.
"""

from __future__ import annotations

from egide.errors import EgideError

#: The console page, under the console's address, that lifts each refusal.
PAGES = {
    "training_required": (
        "/me/training",
        "suivez les formations obligatoires pour votre rôle ; votre situation et les modules",
    ),
    "charter_not_accepted": ("/me/charter", "lisez et acceptez la charte en vigueur"),
}

_DEFAULT_CONSOLE = "/console"


def page_for(code: str, console_url: str | None) -> str | None:
    """The address of the page that lifts a refusal of this code, or None for other refusals."""
    entry = PAGES.get(code)
    if entry is None:
        return None
    return (console_url or _DEFAULT_CONSOLE).rstrip("/") + entry[0]


def guide(exc: EgideError, console_url: str | None) -> None:
    """Add to a training or charter refusal's message the console page to go to (in place, once)."""
    page = page_for(exc.code, console_url)
    if page is None or page in exc.message:
        return
    where = "sur la console égide" if console_url is None else "sur"
    exc.message = f"{exc.message} : {PAGES[exc.code][1]} {where} {page}"
    exc.args = (exc.message,)
