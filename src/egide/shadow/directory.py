"""Which service of the hospital a user belongs to, from a CSV or a directory export.

An LDIF export (``ldapsearch … uid department`` or ``ldifde``) is read by its attributes: the
identity is ``sAMAccountName``, ``uid`` or ``mail`` and the service ``department``, ``ou`` or
``departmentNumber`` of each entry. A CSV has a header; the identity column is one of ``user``, ``login``, ``samaccountname``, ``uid``,
``username``, ``mail``, ``ip``, ``network`` (first found) and the service column one of ``service``,
``department``, ``departement``, ``ou``, ``pole``. An identity may be a login (compared without case,
with or without ``DOMAIN\\`` or ``@domain``), an IP address, or a network in CIDR notation for
proxies that see only workstations (``10.12.0.0/16,Urgences``).
"""

from __future__ import annotations

import csv
import io
import ipaddress
from pathlib import Path

from egide.errors import InputError

UNKNOWN = "(service inconnu)"
_KEYS = ("user", "login", "samaccountname", "uid", "username", "mail", "email", "ip", "network", "identity")
_SERVICES = ("service", "department", "departement", "département", "ou", "pole", "pôle", "unit")
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _forms(identity: str) -> list[str]:
    lowered = identity.strip().lower()
    forms = [lowered]
    if "\\" in lowered:
        forms.append(lowered.rpartition("\\")[2])
    if "@" in lowered:
        forms.append(lowered.partition("@")[0])
    return forms


class Directory:
    def __init__(
        self, services: dict[str, str] | None = None, networks: list[tuple[Network, str]] | None = None
    ):
        self._services = {key.lower(): value for key, value in (services or {}).items()}
        # Most specific network first.
        self._networks = sorted(networks or [], key=lambda item: item[0].prefixlen, reverse=True)

    def __len__(self) -> int:
        return len(self._services) + len(self._networks)

    def service_of(self, identity: str) -> str:
        for form in _forms(identity):
            found = self._services.get(form)
            if found is not None:
                return found
        if self._networks:
            try:
                address = ipaddress.ip_address(identity)
            except ValueError:
                return UNKNOWN
            for network, service in self._networks:
                if address.version == network.version and address in network:
                    return service
        return UNKNOWN

    @classmethod
    def load(cls, path: Path) -> Directory:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise InputError(f"fichier des utilisateurs {path} illisible : {exc.strerror}") from exc
        return cls.parse(text, origin=str(path))

    @classmethod
    def parse(cls, text: str, *, origin: str = "users") -> Directory:
        stripped = text.lstrip()
        if stripped.startswith(("dn:", "version:", "#")) and "\ndn:" in "\n" + stripped:
            return cls(_ldif(text, origin))
        sample = text[:4096]
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(io.StringIO(text), dialect)
        header = [name.strip().lower() for name in next(reader, [])]
        key = next((header.index(k) for k in _KEYS if k in header), None)
        service = next((header.index(s) for s in _SERVICES if s in header), None)
        if key is None or service is None:
            raise InputError(
                f"{origin}: l'en-tête demande une colonne d'identité ({', '.join(_KEYS)}) et une colonne de service "
                f"({', '.join(_SERVICES)})"
            )
        services: dict[str, str] = {}
        networks: list[tuple[Network, str]] = []
        for row in reader:
            if len(row) <= max(key, service) or not row[key].strip():
                continue
            identity, name = row[key].strip(), row[service].strip() or UNKNOWN
            if "/" in identity:
                try:
                    networks.append((ipaddress.ip_network(identity, strict=False), name))
                    continue
                except ValueError:
                    pass
            services[identity.lower()] = name
        return cls(services, networks)


_LDIF_KEYS = ("samaccountname", "uid", "userprincipalname", "mail")
_LDIF_SERVICES = ("department", "departmentnumber", "ou")


def _ldif(text: str, origin: str) -> dict[str, str]:
    """Identity → service from LDIF entries (continuation lines and base64 values handled)."""
    import base64

    unfolded = text.replace("\r\n", "\n").replace("\n ", "")
    services: dict[str, str] = {}
    for block in unfolded.split("\n\n"):
        attributes: dict[str, str] = {}
        for line in block.splitlines():
            if not line or line.startswith("#") or ":" not in line:
                continue
            name, _, value = line.partition(":")
            if value.startswith(":"):
                try:
                    value = base64.b64decode(value[1:].strip()).decode("utf-8")
                except (ValueError, UnicodeDecodeError):
                    raise InputError(f"{origin}: valeur base64 invalide pour {name}") from None
            attributes.setdefault(name.strip().lower(), value.strip())
        service = next((attributes[k] for k in _LDIF_SERVICES if attributes.get(k)), None)
        if service is None:
            continue
        for key in _LDIF_KEYS:
            if attributes.get(key):
                services[attributes[key].lower()] = service
    if not services:
        raise InputError(
            f"{origin}: aucune entrée LDIF avec une identité ({', '.join(_LDIF_KEYS)}) et un service "
            f"({', '.join(_LDIF_SERVICES)})"
        )
    return services
