"""What happens to one request before and after the model, independent of HTTP.

:meth:`Gateway.prepare` runs in a worker thread (database and detection are blocking): it
authenticates, rate-limits, checks the user's right to use égide, resolves the model, scans every
part of the conversation at once, asks the policy, pseudonymises and writes the audit events. The
routes only move bytes. Any failure of detection blocks the request (fail closed): nothing is
forwarded unless every part was scanned.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
from sqlalchemy import Connection

from egide.audit import AuditLog
from egide.audit.events import AuditEvent
from egide.detect import Detector, Finding
from egide.errors import (
    AccessDenied,
    AuthenticationError,
    DetectionError,
    EgideError,
    InputError,
    PolicyBlocked,
    SharedStateUnavailable,
)
from egide.gateway.auditwriter import AuditWriter
from egide.gateway.authcache import AuthCache
from egide.gateway.conversation import conversation_anchor
from egide.gateway.events import (
    Endpoint,
    GatewayAccessRefused,
    GatewayPolicyDecision,
    GatewayRequestReceived,
    GatewayUpstreamResult,
)
from egide.gateway.fields import read_chat, read_embeddings
from egide.gateway.guidance import guide
from egide.gateway.mappings import MappingStore, RedisTokens
from egide.gateway.metrics import GatewayMetrics
from egide.gateway.ratelimit import Limiter, RateLimiter, RedisRateLimiter
from egide.gateway.shared import SharedState
from egide.gateway.slots import Extracted
from egide.governance import (
    Person,
    Principal,
    Role,
    Route,
    ToolUnavailable,
    authenticate,
    current_grant,
    ensure_may_use,
    ensure_person_may_use,
    list_models,
    person_behind,
    person_by_id,
    resolve_route,
)
from egide.keys import Purpose, derive_key
from egide.policy import Action, Decision, blocked, coarse_counts, decide
from egide.store import Database
from egide.transform import Pseudonymiser

if TYPE_CHECKING:
    from egide.settings import Settings

log = logging.getLogger("egide.gateway")


@dataclass(slots=True)
class Prepared:
    """A request ready to leave: the outgoing body and what is needed to answer."""

    request_id: str
    principal: Principal
    route: Route
    alias: str
    outgoing: dict[str, Any]
    decision: Decision
    restorer: Pseudonymiser | None
    stream: bool = False
    #: Milliseconds spent in égide's stages (``Server-Timing`` header): never text, only durations.
    timings: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Checked:
    """What a request would become (:meth:`Gateway.check`): its route, the fields as they would
    leave (pseudonyms in place unless refused), the findings per slot and the decision."""

    route: Route
    extracted: Extracted
    findings: list[list[Finding]]
    decision: Decision
    #: Why it would be refused when the refusal is not the policy's own (detection failed…).
    failure: EgideError | None


@dataclass(frozen=True, slots=True)
class _Read:
    route: Route
    alias: str
    stream: bool
    extracted: Extracted


@dataclass(slots=True)
class _Evaluation:
    findings: list[list[Finding]]
    decision: Decision
    restorer: Pseudonymiser | None
    failure: EgideError | None
    detect_ms: float


def _audited(exc: EgideError) -> EgideError:
    exc.audited = True
    return exc


def _via(principal: Principal) -> int | None:
    """The application's key id for the audit when the principal is a person named by an application."""
    return principal.key_id if principal.application_user_id is not None else None


class Gateway:
    def __init__(
        self,
        settings: Settings,
        database: Database,
        detector: Detector,
        audit: AuditLog,
        metrics: GatewayMetrics,
    ) -> None:
        self.settings = settings
        self.database = database
        self.detector = detector
        self.audit = audit
        self.metrics = metrics
        config = settings.gateway
        #: Redis, when configured: what every worker must see alike (rate windows, mappings).
        self.shared = SharedState(config.redis_url, config.redis_prefix) if config.redis_url else None
        self.limiter: Limiter = (
            RedisRateLimiter(config.rate_limit_per_minute, self.shared)
            if self.shared is not None
            else RateLimiter(config.rate_limit_per_minute)
        )
        self._pseudonym_key = derive_key(settings.secret_key, Purpose.PSEUDONYMS)
        self._conversation_key = derive_key(settings.secret_key, Purpose.CONVERSATION)
        self._auth_cache = AuthCache(settings.gateway.auth_cache_s)
        self.writer = AuditWriter(self._write)
        #: Requests prepared at once: detection is CPU-bound under one interpreter lock, so more
        #: threads only add switching; the others wait their turn in order.
        self.prepare_limiter = anyio.CapacityLimiter(settings.gateway.prepare_threads)
        self.mappings = MappingStore(
            derive_key(settings.secret_key, Purpose.CONVERSATION_MAPPINGS),
            config.conversation_mapping_ttl_s,
            RedisTokens(self.shared) if self.shared is not None else None,
        )

    def close(self) -> None:
        """At shutdown: write the audit events still waiting, then release Redis's connections."""
        self.writer.close()
        if self.shared is not None:
            self.shared.close()

    # -- authentication ------------------------------------------------------------------------
    def authenticate(
        self,
        api_key: str,
        request_id: str,
        conn: Connection | None = None,
        end_user: str | None = None,
    ) -> Principal:
        """The key's principal: from the short-lived cache checked by one read on ``conn``, else
        from the database (one session). For an application's key, ``end_user`` (the e-mail of the
        person using it, from the configured header) makes that person the principal: see
        :meth:`_behind`.

        Every refusal here (unknown or revoked key, training or charter missing, unknown person,
        rate limit, Redis down) is an audit event before it is raised.
        """
        user_id: int | None = None
        via: int | None = None
        try:
            principal = self._cached(api_key, conn)
            if principal is None:
                with self.database.session() as session:
                    principal = authenticate(session, api_key)
                    user_id = principal.user_id
                    ensure_may_use(session, principal)
                    charter_id = current_grant(session.connection(), principal.key_id)[1]
                self._auth_cache.put(api_key, principal, charter_id)
            user_id = principal.user_id
            if (
                not end_user
                and principal.role is Role.APPLICATION
                and self.settings.gateway.end_user_missing == "refuse"
            ):
                raise AccessDenied(
                    "cette application doit transmettre la personne qui l'utilise (en-tête "
                    f"{self.settings.gateway.end_user_header}) : égide refuse qu'elle agisse en son nom propre",
                    code="end_user_required",
                )
            if end_user and principal.role is Role.APPLICATION:
                # Refusals name the application's key from here on; the person's, once known.
                via = principal.key_id
                person = self._person(end_user, conn)
                if person is not None:
                    user_id = person.user_id  # an untrained person's refusal is theirs
                    ensure_person_may_use(person)
                    principal = Principal(
                        user_id=person.user_id,
                        role=person.role,
                        key_id=principal.key_id,
                        display_name=person.name,
                        application_user_id=principal.user_id,
                    )
                elif self.settings.gateway.end_user_unknown == "refuse":
                    raise AccessDenied(
                        "personne inconnue d'égide : l'adresse que l'application transmet pour vous ne "
                        "correspond à aucun compte ; demandez à l'administrateur d'égide de vous inscrire",
                        code="end_user_unknown",
                    )
                else:
                    via = None  # configured so: the application acts as itself
            # A person named by an application has their own budget: one application key serves many.
            rate_key = f"key:{principal.key_id}" if via is None else f"person:{principal.user_id}"
            self.limiter.check(rate_key)
        except EgideError as exc:
            guide(exc, self.settings.gateway.console_url)
            self.refused(exc, request_id, user_id, application_key_id=via)
            raise
        return principal

    def _person(self, email: str, conn: Connection | None) -> Person | None:
        """The person an application names, read on every request (not cached): a deactivation or a
        lapsed training takes effect at once. The address is neither logged nor audited."""
        if conn is None:
            with self.database.connect() as own:
                return person_behind(own, email)
        return person_behind(conn, email)

    def _cached(self, api_key: str, conn: Connection | None) -> Principal | None:
        """The cached principal if the key is still good and the charter unchanged (one read), else None.

        Raises :class:`AuthenticationError` at once for a key revoked (or a user disabled) since.
        """
        cached = self._auth_cache.get(api_key)
        if cached is None:
            return None
        if conn is None:
            with self.database.connect() as own:
                active, charter_id = current_grant(own, cached.principal.key_id)
        else:
            active, charter_id = current_grant(conn, cached.principal.key_id)
        if active and charter_id == cached.charter_id:
            return cached.principal
        self._auth_cache.drop(api_key)
        if not active:
            raise AuthenticationError("clé d'API révoquée ou utilisateur désactivé")
        return None  # a new charter: authenticated again, and asked to accept it

    def refused(
        self,
        exc: EgideError,
        request_id: str,
        user_id: int | None = None,
        *,
        application_key_id: int | None = None,
    ) -> None:
        """Audit a request refused before the policy's decision (queued: nothing leaves anyway).

        The error is marked so that the ``/v1`` error handler, which audits every refusal it renders
        that nobody audited yet (an unreadable body, a missing key), does not write it twice.
        """
        if exc.audited:
            return
        exc.audited = True
        self.writer.submit(
            GatewayAccessRefused(
                actor_user_id=user_id,
                request_id=request_id,
                reason_code=exc.code[:80],
                status=exc.status_code,
                application_key_id=application_key_id,
                tool_id=exc.tool_id if isinstance(exc, ToolUnavailable) else None,
            )
        )

    def models(self, api_key: str, request_id: str, end_user: str | None = None) -> list[Route]:
        # The same checks as a request: a person an application names must be allowed to use égide.
        principal = self.authenticate(api_key, request_id, end_user=end_user)
        with self.database.session() as session:
            return list(list_models(session, principal))

    # -- the policy ------------------------------------------------------------------------------
    def prepare(
        self,
        kind: Endpoint,
        api_key: str,
        body: dict[str, Any],
        request_id: str,
        conversation_id: str | None = None,
        end_user: str | None = None,
    ) -> Prepared:
        # Who (cached), then where: one Core read of the registry on every request, so that a
        # suspended tool is refused at once; detection outside any transaction; then one write
        # transaction for the request and decision events (the chain's lock is held briefly).
        started = time.perf_counter()
        with self.database.connect() as conn:  # one read connection for the key's check and the route
            principal = self.authenticate(api_key, request_id, conn, end_user)
            read = self._read(kind, principal, body, request_id, conn)
        return self._prepared(kind, principal, read, body, request_id, conversation_id, started)

    def prepare_for_person(
        self,
        user_id: int,
        kind: Endpoint,
        body: dict[str, Any],
        request_id: str,
        conversation_id: str | None = None,
    ) -> Prepared:
        """:meth:`prepare` for a person signed in to the console (the assistant page) rather than
        holding an API key: the same gate, rate limit, policy, pseudonymisation and audit."""
        started = time.perf_counter()
        with self.database.connect() as conn:
            principal = self.authenticate_person(user_id, request_id, conn)
            read = self._read(kind, principal, body, request_id, conn)
        return self._prepared(kind, principal, read, body, request_id, conversation_id, started)

    def check(
        self, user_id: int, body: dict[str, Any], request_id: str, conversation_id: str | None = None
    ) -> Checked:
        """What :meth:`prepare_for_person` would do with this chat request, without doing it.

        The same gate, route, reading of the fields, detection, policy and pseudonymisation (in the
        same conversation scope, so the pseudonyms shown are those that would leave), but nothing
        is written: no audit event, no metric, no mapping kept, no rate-limit budget spent. A
        refusal is returned, not raised. Each keystroke of the assistant page may call it.
        """
        with self.database.connect() as conn:
            principal = self.authenticate_person(user_id, request_id, conn, dry=True)
            read = self._read("chat.completions", principal, body, request_id, conn, dry=True)
        scope = self._scope(principal, read.route, self._anchor("chat.completions", body, conversation_id))
        evaluation = self._evaluate(read.extracted, read.route, scope)
        return Checked(
            read.route, read.extracted, evaluation.findings, evaluation.decision, evaluation.failure
        )

    def authenticate_person(
        self, user_id: int, request_id: str, conn: Connection, *, dry: bool = False
    ) -> Principal:
        """The principal of a person the console has signed in: active, trained, bound by the
        charter (read on every request, never cached), within the person's rate budget.

        Refusals are audited like an API key's (``dry``: raised without audit or budget spent).
        """
        try:
            person = person_by_id(conn, user_id)
            if person is None:
                raise AuthenticationError("compte inconnu ou réservé à une application")
            ensure_person_may_use(person)
            if not dry:
                self.limiter.check(f"person:{person.user_id}")
        except EgideError as exc:
            guide(exc, self.settings.gateway.console_url)
            if not dry:
                self.refused(exc, request_id, user_id)
            raise
        return Principal(user_id=person.user_id, role=person.role, key_id=0, display_name=person.name)

    def _read(
        self,
        kind: Endpoint,
        principal: Principal,
        body: dict[str, Any],
        request_id: str,
        conn: Connection,
        *,
        dry: bool = False,
    ) -> _Read:
        """The route and the fields that would leave (refusals audited unless ``dry``)."""
        try:
            alias = body.get("model")
            if not isinstance(alias, str) or not alias:
                raise InputError("« model » est obligatoire", param="model")
            stream = body.get("stream", False)
            if not isinstance(stream, bool):
                raise InputError("« stream » doit être un booléen", param="stream")
            route = resolve_route(conn, self.settings.secret_key, alias)
            # Only known fields leave, each string registered for detection; a tool may declare more.
            extra = self._extra_fields(route)
            extracted = read_chat(body, extra) if kind == "chat.completions" else read_embeddings(body, extra)
            if extracted.opaque_blobs and route.confidentiality in self.settings.gateway.opaque_blob_classes:
                extracted.unscannable.append("encoded")
        except EgideError as exc:
            if not dry:
                self.refused(exc, request_id, principal.user_id, application_key_id=_via(principal))
            raise
        return _Read(route, alias, stream, extracted)

    @staticmethod
    def _anchor(kind: Endpoint, body: dict[str, Any], conversation_id: str | None) -> str:
        # The conversation: the client's own id when it sends one (history trimming then keeps the
        # scope), else its first user turn, which clients resend on every turn.
        if conversation_id:
            return "id\x1f" + conversation_id
        return conversation_anchor(body) if kind == "chat.completions" else ""

    def _prepared(
        self,
        kind: Endpoint,
        principal: Principal,
        read: _Read,
        body: dict[str, Any],
        request_id: str,
        conversation_id: str | None,
        started: float,
    ) -> Prepared:
        route, alias, extracted = read.route, read.alias, read.extracted
        anchor = self._anchor(kind, body, conversation_id)
        scope = self._scope(principal, route, anchor)
        received = GatewayRequestReceived(
            actor_user_id=principal.user_id,
            request_id=request_id,
            endpoint=kind,
            tool_id=route.tool_id,
            model=alias[:120],
            stream=read.stream,
            messages=len(body.get("messages") or ()),
            text_parts=len(extracted.slots),
            conversation=scope[:32] if anchor else None,
            application_key_id=_via(principal),
        )
        decision, restorer, detect_ms = self._protect(
            extracted, principal, route, scope, request_id, received
        )
        outgoing = extracted.outgoing
        outgoing["model"] = route.upstream_model
        timings = {"detect": detect_ms, "prepare": (time.perf_counter() - started) * 1000}
        return Prepared(
            request_id, principal, route, alias, outgoing, decision, restorer, read.stream, timings
        )

    def _extra_fields(self, route: Route) -> list[str]:
        declared = self.settings.gateway.extra_fields
        return [*declared.get(route.tool_name, ()), *declared.get(route.upstream_model, ())]

    def _scope(self, principal: Principal, route: Route, anchor: str) -> str:
        message = f"{principal.user_id}\x1f{route.tool_id}\x1f{anchor}".encode()
        return hmac.new(self._conversation_key, message, hashlib.sha256).hexdigest()

    def _evaluate(self, extracted: Extracted, route: Route, scope: str) -> _Evaluation:
        """Detect, decide, pseudonymise the slots in place: no audit, no metric, no mapping kept.

        Any failure of detection (a time-out included) or of the conversation's mapping is a
        blocked decision, never an exception: fail closed.
        """
        texts = extracted.texts()
        findings: list[list[Finding]] = []
        restorer: Pseudonymiser | None = None
        failure: EgideError | None = None
        detect_ms = 0.0
        try:
            detect_started = time.perf_counter()
            # Per slot, with decoded blobs and the seams between messages read too (gateway.slots).
            findings = extracted.detect(self.detector) if extracted.slots else []
            detect_ms = (time.perf_counter() - detect_started) * 1000
        except DetectionError as exc:  # a time-out included: fail closed
            failure = type(exc)(f"{exc.message} : la requête n'a pas été transmise", code=exc.code)
            return _Evaluation([], blocked(exc.code, failure.message), None, failure, detect_ms)
        counts = dict(Counter(f.label for per_text in findings for f in per_text))
        decision = decide(
            route.confidentiality,
            counts,
            extracted.unscannable,
            self.settings.policy,
            tool_name=route.tool_name,
            coarse=coarse_counts(
                (f.label, text[f.start : f.end])
                for text, per_text in zip(texts, findings, strict=True)
                for f in per_text
                if f.label == "DATE"
            ),
        )
        if not decision.blocked:
            try:
                restorer = self._pseudonymise(decision, extracted, findings, scope)
            except (SharedStateUnavailable, PolicyBlocked) as exc:
                # The conversation's mapping could not be read, or an identifier sits where no
                # pseudonym may go (a function name): see gateway.slots.
                failure = exc
                decision = blocked(exc.code, exc.message, counts)
        return _Evaluation(findings, decision, restorer, failure, detect_ms)

    def _protect(
        self,
        extracted: Extracted,
        principal: Principal,
        route: Route,
        scope: str,
        request_id: str,
        received: GatewayRequestReceived,
    ) -> tuple[Decision, Pseudonymiser | None, float]:
        """Detect, decide, pseudonymise; returns the decision, the restorer and detection's milliseconds.

        Whatever happens — allowed, pseudonymised, blocked by the policy, detection failed, Redis
        down — one decision event is written, with the request's, before anything leaves; a blocked
        request is then refused with the error its reason calls for.
        """
        evaluation = self._evaluate(extracted, route, scope)
        decision, restorer = evaluation.decision, evaluation.restorer
        if restorer is not None and decision.action is Action.PSEUDONYMISE:
            try:
                self.mappings.save(scope, restorer.mapping)
            except SharedStateUnavailable as exc:
                # Refused rather than forwarded with pseudonyms that the next turn could not restore.
                evaluation.failure = exc
                decision = blocked(exc.code, exc.message, decision.counts)
                restorer = None
        for label, n in decision.counts.items():
            self.metrics.findings.labels(label).inc(n)
        self.metrics.decisions.labels(decision.action.value).inc()
        self._append(
            received,
            GatewayPolicyDecision(
                actor_user_id=principal.user_id,
                request_id=request_id,
                tool_id=route.tool_id,
                confidentiality=route.confidentiality,
                action=decision.action.value,
                reason_code=decision.reason,
                counts=dict(decision.counts),
                unscannable=sorted(set(extracted.unscannable)),
                application_key_id=_via(principal),
            ),
        )
        if decision.blocked:
            raise _audited(evaluation.failure or decision.error())
        return decision, restorer, evaluation.detect_ms

    def _pseudonymise(
        self, decision: Decision, extracted: Extracted, findings: Sequence[Sequence[Finding]], scope: str
    ) -> Pseudonymiser | None:
        """Rewrite the slots when the decision says so; the restorer for the answer, if one is needed.

        The extended mapping is not kept here: the caller saves it when the request really leaves.
        """
        restorer: Pseudonymiser | None = None
        if decision.action is Action.PSEUDONYMISE:
            restorer = Pseudonymiser(
                operator=self.settings.gateway.operator,
                secret=self._pseudonym_key,
                scope=scope,
                mapping=self.mappings.load(scope),
            )
            for slot, found in zip(extracted.slots, findings, strict=True):
                if found:
                    slot.write(restorer.apply(slot.text, found))
            extracted.finalise()
            # Build the restoration matcher here, in the worker thread, not in the event loop mid-stream.
            restorer.restore("")
        elif self.mappings.enabled and (kept := self.mappings.load(scope)) is not None:
            # Nothing to hide in this turn, but the model may still use pseudonyms of earlier turns.
            restorer = Pseudonymiser(
                self.settings.gateway.operator, secret=self._pseudonym_key, scope=scope, mapping=kept
            )
            restorer.restore("")
        return restorer

    def warm_up(self) -> None:
        """Run detection, pseudonymisation and restoration once, so the first request is not slow."""
        text = "Mme Jeanne DUPONT, née le 03/02/1961, tél. 06 12 34 56 78."
        try:
            findings = self.detector.detect(text)
        except DetectionError as exc:  # requests will fail closed the same way; start anyway
            log.warning("warm-up detection failed", extra={"error_code": exc.code})
            return
        restorer = Pseudonymiser(self.settings.gateway.operator, secret=self._pseudonym_key, scope="warm-up")
        restorer.restore(restorer.apply(text, findings))

    # -- after the model ------------------------------------------------------------------------
    def finish(
        self, prepared: Prepared, outcome: str, status: int, latency_ms: float, *, timed: bool = True
    ) -> None:
        """The one place a forwarded request ends, whatever the route and the backend: the model's
        latency metric and its result for the audit writer (neither blocks the event loop).

        Called once per request: on an answer, on an upstream failure, at the end of a stream (also
        when the client leaves mid-stream). A built-in tool (``timed=False``) is no model: its
        result is audited, not timed.
        """
        if timed:
            self.metrics.upstream_latency.observe(latency_ms / 1000)
        self.writer.submit(
            GatewayUpstreamResult(
                actor_user_id=prepared.principal.user_id,
                request_id=prepared.request_id,
                tool_id=prepared.route.tool_id,
                outcome=outcome,
                status=status,
                latency_ms=int(latency_ms),
                stream=prepared.stream,
                application_key_id=_via(prepared.principal),
            )
        )

    def _append(self, *events: AuditEvent) -> None:
        """Append the events now, in one transaction that commits before this returns.

        Model results waiting in the writer go first in the same transaction: one transaction per
        request instead of two. If it fails they are given back to the writer, not lost.
        """
        carried = self.writer.take()
        try:
            self._write([*carried, *events])
        except BaseException:
            self.writer.give_back(carried)
            raise

    def _write(self, events: Sequence[AuditEvent]) -> None:
        """One transaction: one wait for the chain's lock, one multi-row insert."""
        with self.database.connect(write=True) as conn:
            self.audit.append(*events, within=conn)
