"""The decision for one request: allow, pseudonymise or block — returned, never raised.

Inputs are what the gateway knows once detection has run: the tool's confidentiality class, how
many findings of each label the conversation holds (and how many dates were only a year or a
month), and which kinds of content could not be read. Nothing here sees text, so nothing here can
leak it: messages name categories, never values. The caller writes one decision event whatever
the action, then refuses a blocked request with :meth:`Decision.error`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from egide.detect.labels import CATEGORY, Label
from egide.errors import PolicyBlocked
from egide.policy.config import Action, PolicyConfig
from egide.policy.weighing import weigh

#: French names of the kinds of content égide cannot scan, for messages.
UNSCANNABLE_NAMES: dict[str, str] = {
    "image_url": "image",
    "input_image": "image",
    "input_audio": "audio",
    "audio": "audio",
    "file": "fichier",
    "input_file": "fichier",
    "tokens": "jetons numériques",
    "encoded": "données encodées (base64, hexadécimal)",
    "unknown_part": "partie de contenu d'un type inconnu",
}


@dataclass(frozen=True, slots=True)
class Decision:
    """What the gateway does with a request, the counts that justify it, and why.

    ``reason`` is a code for the audit trail: why a request was blocked (``identifying_data``,
    ``unscannable_content``, ``detection_failed``…), or why one with findings was allowed to a class
    that blocks identifying data (``weak_quasi_identifiers``). ``message`` is the French explanation
    a blocked client reads.
    """

    action: Action
    counts: Mapping[str, int] = field(default_factory=dict)
    unscannable: tuple[str, ...] = ()
    reason: str | None = None
    message: str = ""

    @property
    def labels(self) -> list[str]:
        return sorted(label for label, n in self.counts.items() if n > 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def blocked(self) -> bool:
        return self.action is Action.BLOCK

    def error(self) -> PolicyBlocked:
        """The refusal to answer for a blocked decision."""
        return PolicyBlocked(self.message, code=self.reason or "policy_blocked")


def blocked(reason: str, message: str, counts: Mapping[str, int] | None = None) -> Decision:
    """A block decided outside the policy's table (detection failed, shared state down)."""
    return Decision(Action.BLOCK, dict(counts or {}), (), reason, message)


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
    coarse: Mapping[str, int] | None = None,
) -> Decision:
    """The decision, with its reason and, when it blocks, a French message for the client.

    A class missing from the matrix blocks, and so does content the class may not receive unread.
    A class that blocks identifying data blocks only what :func:`~egide.policy.weighing.weigh`
    finds identifying; a class that pseudonymises masks every finding.
    """
    kept = {label: n for label, n in counts.items() if n > 0}
    kinds = tuple(sorted(set(unscannable)))
    where = (
        f"l'outil « {tool_name} » (classe {confidentiality})" if tool_name else f"la classe {confidentiality}"
    )
    if kinds and not config.unscannable.get(confidentiality, False):
        names = ", ".join(sorted({UNSCANNABLE_NAMES.get(k, k) for k in kinds}))
        return Decision(
            Action.BLOCK,
            kept,
            kinds,
            "unscannable_content",
            f"Requête refusée par la politique de l'établissement : {where} n'accepte pas de contenu "
            f"qu'égide ne peut pas analyser ({names}). Envoyez le texte seul ou choisissez un outil autorisé.",
        )
    if not kept:
        return Decision(Action.ALLOW, {}, kinds)
    action = config.matrix.get(confidentiality, Action.BLOCK)
    if action is not Action.BLOCK:
        return Decision(action, kept, kinds)
    weighing = weigh(kept, coarse or {}, config.weak_threshold)
    if not weighing.identifying:
        # A year, a place, a hospital named alone: a general question, not a person.
        return Decision(Action.ALLOW, kept, kinds, "weak_quasi_identifiers")
    if weighing.direct:
        detail = f"Catégories détectées : {describe_labels(weighing.direct)}."
    else:
        detail = (
            f"Catégories détectées : {describe_labels(weighing.weak)} ; "
            "ensemble, elles peuvent désigner une personne."
        )
    return Decision(
        Action.BLOCK,
        kept,
        kinds,
        "identifying_data",
        "Requête refusée par la politique de l'établissement : "
        f"{where} ne peut pas recevoir de données identifiantes. {detail} "
        "Retirez-les de la conversation ou choisissez un outil autorisé pour ces données.",
    )
