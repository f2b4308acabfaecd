"""The command line speaks French: Click's and Typer's own words (usage, panels, errors) translated.

Click and Typer mark their messages with ``gettext`` (``_("Show this message and exit.")``) but
ship no French catalogue, and gettext would pick the language from the environment. égide's users
are French whatever their locale: :func:`install` points those modules' ``_`` at :func:`translate`
(a table of the messages a user meets), and sets Typer's panel titles, which it computes at import.
Messages not in the table pass through unchanged; a test fails on English left in any ``--help``.
"""

from __future__ import annotations

import sys
from typing import Any

FRENCH: dict[str, str] = {
    "Show this message and exit.": "Afficher cette aide et quitter.",
    "Usage:": "Utilisation :",
    "Options": "Options",
    "Commands": "Commandes",
    "Arguments": "Arguments",
    "Missing argument": "Argument manquant",
    "Missing option": "Option manquante",
    "Missing parameter": "Paramètre manquant",
    "Missing command.": "Commande manquante.",
    "No such command {name!r}.": "Commande inconnue : {name!r}.",
    "No such option {name!r}.": "Option inconnue : {name!r}.",
    "Option {name!r} does not take a value.": "L'option {name!r} ne prend pas de valeur.",
    "Option {name!r} requires an argument.": "L'option {name!r} attend une valeur.",
    "Got unexpected extra argument ({args})": "Argument en trop : {args}",
    "Got unexpected extra arguments ({args})": "Arguments en trop : {args}",
    "Invalid value for {param_hint}: {message}": "Valeur invalide pour {param_hint} : {message}",
    "Invalid value: {message}": "Valeur invalide : {message}",
    "Try '{command} {option}' for help.": "Essayez « {command} {option} » pour l'aide.",
    "Error": "Erreur",
    "Error: {message}": "Erreur : {message}",
    "Aborted!": "Interrompu.",
    "{value!r} is not a valid {number_type}.": "{value!r} n'est pas un {number_type} valide.",
    "{value} is not in the range {range}.": "{value} n'est pas dans l'intervalle {range}.",
    "{value!r} is not one of {choices}.": "{value!r} n'est pas parmi {choices}.",
    "{value!r} is not {choice}.": "{value!r} n'est pas {choice}.",
    "{name} {filename!r} does not exist.": "{name} {filename!r} n'existe pas.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} est un dossier.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} n'est pas lisible.",
    "File": "Fichier",
    "Path": "Chemin",
    "Directory": "Dossier",
    "integer": "entier",
    "float": "nombre décimal",
    "[default: {}]": "[défaut : {}]",
    "[required]": "[obligatoire]",
    "[env var: {}]": "[variable : {}]",
    "(deprecated) ": "(obsolète) ",
}


def translate(message: str) -> str:
    return FRENCH.get(message, message)


def install() -> None:
    """Translate Click's and Typer's messages in this process (idempotent)."""
    import importlib

    import typer.rich_utils as rich_utils

    # Typer carries its own copy of Click (typer._click); the standalone click too, for safety.
    for package in ("typer._click", "click"):
        for part in ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui"):
            try:
                module = importlib.import_module(f"{package}.{part}")
            except ImportError:
                continue
            if hasattr(module, "_"):
                module._ = translate  # type: ignore[attr-defined]
    for name in ("typer.core", "typer.main", "typer.rich_utils"):
        loaded = sys.modules.get(name)
        if loaded is not None and hasattr(loaded, "_"):
            loaded._ = translate  # type: ignore[attr-defined]
    _french_help_option_and_usage()
    # Typer computes these once, at import.
    rich_utils.DEFAULT_STRING = translate("[default: {}]")
    rich_utils.REQUIRED_LONG_STRING = translate("[required]")
    rich_utils.ENVVAR_STRING = translate("[env var: {}]")
    rich_utils.DEPRECATED_STRING = translate("(deprecated) ")
    rich_utils.ARGUMENTS_PANEL_TITLE = translate("Arguments")
    rich_utils.OPTIONS_PANEL_TITLE = translate("Options")
    rich_utils.COMMANDS_PANEL_TITLE = translate("Commands")
    rich_utils.ERRORS_PANEL_TITLE = translate("Error")
    rich_utils.ABORTED_TEXT = "Interrompu."
    rich_utils.RICH_HELP = "Essayez [blue]« {command_path} {help_option} »[/] pour l'aide."


def _french_help_option_and_usage() -> None:
    # Typer's own copy of Click writes these two without gettext: its help option's text and the
    # « Usage: » prefix. Both are wrapped once; the originals do the work.
    from typer._click import decorators, formatting

    if getattr(decorators.help_option, "_egide_french", False):
        return
    english_help_option = decorators.help_option

    def help_option(param_decls: list[str]) -> Any:
        decorate = english_help_option(param_decls)

        def apply(command: Any) -> Any:
            command = decorate(command)
            command.params[-1].help = translate("Show this message and exit.")
            return command

        return apply

    help_option._egide_french = True  # type: ignore[attr-defined]
    decorators.help_option = help_option
    english_write_usage = formatting.HelpFormatter.write_usage

    def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        english_write_usage(self, prog, args, translate("Usage:") + " " if prefix is None else prefix)

    formatting.HelpFormatter.write_usage = write_usage  # type: ignore[method-assign]
