"""The data policy: from a tool's confidentiality class and the findings, allow, pseudonymise or block."""

from egide.confidentiality import CONFIDENTIALITY_CLASSES
from egide.policy.config import Action, PolicyConfig
from egide.policy.decision import Decision, blocked, decide, describe_labels
from egide.policy.weighing import WEAK, WEAK_THRESHOLD, Weak, Weighing, coarse_counts, weigh

__all__ = [
    "CONFIDENTIALITY_CLASSES",
    "WEAK",
    "WEAK_THRESHOLD",
    "Action",
    "Decision",
    "PolicyConfig",
    "Weak",
    "Weighing",
    "blocked",
    "coarse_counts",
    "decide",
    "describe_labels",
    "weigh",
]
