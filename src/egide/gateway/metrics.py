"""Prometheus metrics of one app (its own registry, so that several apps can live in one process)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram


class GatewayMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "egide_requests",
            "Requests served, by route and status.",
            ["route", "status"],
            registry=self.registry,
        )
        self.decisions = Counter(
            "egide_policy_decisions", "Policy decisions, by action.", ["action"], registry=self.registry
        )
        self.findings = Counter(
            "egide_findings",
            "Identifying values found in requests, by label.",
            ["label"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "egide_request_seconds",
            "Time to the response headers, by route.",
            ["route"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
        )
        self.upstream_latency = Histogram(
            "egide_upstream_seconds",
            "Time the model took, to the end of its answer.",
            registry=self.registry,
            buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
        )
