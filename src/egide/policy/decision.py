"""The decision for one request: allow, pseudonymise or block.

Inputs are what the gateway knows once detection has run: the tool's confidentiality class, how
many findings of each label the conversation holds and which kinds of content could not be read.
Nothing here sees text, so nothing here can leak it: messages name categories, never values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from egide.detect.labels import CATEGORY, Label
from egide.errors import PolicyBlocked
from egide.policy.config import Action, PolicyConfig

#: French names of the kinds of content égide cannot scan, for messages.
UNSCANNABLE_NAMES: dict[str, str] = {
    "image_url": "image",
    "input_image": "image",
    "input_audio": "audio",
    "audio": "audio",
    "file": "fichier",
    "input_file": "fichier",
}


@dataclass(frozen=True, slots=True)
class Decision:
    """What the gateway does with a request, and the counts that justify it."""

    action: Action
    counts: Mapping[str, int] = field(default_factory=dict)
    unscannable: tuple[str, ...] = ()

    @property
    def labels(self) -> list[str]:
        return sorted(label for label, n in self.counts.items() if n > 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def describe_labels(labels: Sequence[str]) -> str:
    """« identité (NOM), identifiant national (NIR) » — categories and labels, never values."""
    parts = []
    for label in labels:
        try:
            category = CATEGORY[Label(label)]
        except ValueError:
            category = label.lower()
        parts.append(f"{category} ({label})")
    return ", ".join(parts)


def decide(
    confidentiality: str,
    counts: Mapping[str, int],
    unscannable: Sequence[str],
    config: PolicyConfig,
    *,
    tool_name: str = "",
) -> Decision:
    """Return the decision, or raise :class:`PolicyBlocked` with a French message.

    A class missing from the matrix blocks, and so does content the class may not receive unread.
    """
    kept = {label: n for label, n in counts.items() if n > 0}
    kinds = tuple(sorted(set(unscannable)))
    where = (
        f"l'outil « {tool_name} » (classe {confidentiality})" if tool_name else f"la classe {confidentiality}"
    )
    if kinds and not config.unscannable.get(confidentiality, False):
        names = ", ".join(sorted({UNSCANNABLE_NAMES.get(k, k) for k in kinds}))
        raise PolicyBlocked(
            f"Requête refusée par la politique de l'établissement : {where} n'accepte pas de contenu "
            f"qu'égide ne peut pas analyser ({names}). Envoyez le texte seul ou choisissez un outil autorisé.",
            code="unscannable_content",
        )
    if not kept:
        return Decision(Action.ALLOW, {}, kinds)
    action = config.matrix.get(confidentiality, Action.BLOCK)
    if action is Action.BLOCK:
        labels = sorted(kept)
        raise PolicyBlocked(
            "Requête refusée par la politique de l'établissement : "
            f"{where} ne peut pas recevoir de données identifiantes. "
            f"Catégories détectées : {describe_labels(labels)}. "
            "Retirez-les de la conversation ou choisissez un outil autorisé pour ces données.",
            code="identifying_data",
        )
    return Decision(action, kept, kinds)
