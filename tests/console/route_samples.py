"""What ``test_route_roles.py`` needs to call each console route: sample path parameters and forms.

Page helpers: a route with a path parameter or a form adds its sample here. Values must exist in
the database the test seeds (``bootstrap``: tool n°1 « aperçu », user n°1 the administrator).
"""

from __future__ import annotations

#: A value for each path parameter name, in any route.
PATH_PARAMS: dict[str, str] = {
    "tool_id": "1",
    "user_id": "1",
    "requirement_id": "RGPD-35",
    "version": "2026-12",
    "conversation_id": "0123456789abcdef0123456789abcdef",
    "person_id": "1",
    "module_id": "1",
    "what": "formations",
    "key": "requetes-par-decision",  # a dashboard chart (its CSV)
}

#: Form fields (besides ``csrf_token``) per (method, route path).
FORMS: dict[tuple[str, str], dict[str, str]] = {
    ("POST", "/login"): {"email": "personne@essai.egide.test", "password": "pas-le-bon-mot-de-passe"},
    ("POST", "/compliance/requirements/{requirement_id}/status"): {"status": "partial", "comment": "essai"},
    ("POST", "/account/password"): {
        "current": "faux",
        "new": "nouveau-mot-de-passe",
        "confirm": "nouveau-mot-de-passe",
    },
    # People and training: samples that change nothing (module 1 does not exist, user 1 keeps his role,
    # an empty charter text is refused) so that the walk leaves the registry as it found it.
    ("POST", "/people/{person_id:int}/training"): {"module_id": "1", "completed_on": "2026-01-05"},
    ("POST", "/people/{person_id:int}/edit"): {"role": "admin", "service": ""},
    ("POST", "/people/modules"): {"title": "", "validity_months": "0"},
    ("POST", "/people/modules/{module_id:int}"): {"validity_months": "12"},
    ("POST", "/people/charter"): {"version": "essai", "title": "Essai", "body": ""},
    ("POST", "/me/charter"): {"charter_id": "1"},
}

#: The routes declared ``public()``: any other route found public fails the test.
PUBLIC: set[tuple[str, str]] = {
    ("GET", "/login"),
    ("POST", "/login"),
    ("GET", "/oidc/start"),
    ("GET", "/oidc/callback"),
    ("GET", "/notice"),
    ("GET", "/notice.pdf"),
}
