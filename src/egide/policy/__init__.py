"""The data policy: from a tool's confidentiality class and the findings, allow, pseudonymise or block."""

from egide.policy.config import CONFIDENTIALITY_CLASSES, Action, PolicyConfig
from egide.policy.decision import Decision, decide, describe_labels

__all__ = ["CONFIDENTIALITY_CLASSES", "Action", "Decision", "PolicyConfig", "decide", "describe_labels"]
