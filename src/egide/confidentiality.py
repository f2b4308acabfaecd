"""The confidentiality classes of a tool: one vocabulary for the registry and the policy.

A leaf module, like :mod:`egide.errors`: the governance registry stores a tool's class, the policy
decides by it, and the settings validate the policy matrix against it, without the settings having
to import the registry (and its database layer) to know four words.
"""

from __future__ import annotations

from enum import StrEnum


class Confidentiality(StrEnum):
    """What the establishment may send to a tool, from least to most trusted."""

    PUBLIC = "public"  # consumer service, no guarantee
    CONTRACTED = "contracted"  # GDPR art. 28 contract, no reuse of inputs, EU storage
    HDS = "hds"  # HDS-certified hosting in the EEA
    ON_PREMISE = "on_premise"  # runs inside the establishment


#: The class names, from least to most trusted.
CONFIDENTIALITY_CLASSES: tuple[str, ...] = tuple(c.value for c in Confidentiality)

#: The classes in French, as the console and the documents say them.
CONFIDENTIALITY_LABELS: dict[Confidentiality, str] = {
    Confidentiality.PUBLIC: "service public sans garantie",
    Confidentiality.CONTRACTED: "fournisseur sous contrat",
    Confidentiality.HDS: "hébergeur certifié HDS",
    Confidentiality.ON_PREMISE: "hébergé dans l'établissement",
}
