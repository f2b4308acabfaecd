"""Administrative papers and IT requests: where IBANs, identity documents, plates, URLs, IP
addresses and secrets end up next to a patient's name."""

from __future__ import annotations

from bench.corpus import admin, dates, identifiers, people, places
from bench.corpus.builder import Doc
from bench.corpus.case import Case
from bench.corpus.context import Ctx


def admission_form(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("administratif")
    p = case.patient
    doc.line("{etab} — Bureau des admissions", etab=places.establishment(ctx))
    doc.line("FICHE DE RENSEIGNEMENTS ADMINISTRATIFS")
    doc.add("\n")
    doc.line("Nom d'usage : {n}", n=people.ent_last(p))
    if p.maiden:
        doc.line("Nom de naissance : {n}", n=people.ent(people.NOM, people.upper_last(p.maiden)))
    doc.line("Prénom(s) : {f}", f=people.first_only(p))
    doc.line("{b}", b=dates.birth(ctx, case.birth, p.female))
    doc.line("Lieu de naissance : {c}", c=places.city(ctx))
    words, number = admin.identity_document(ctx)
    doc.line("Pièce présentée : {w}{n}", w=words, n=number)
    doc.line(
        "N° de sécurité sociale : {nir}",
        nir=identifiers.nir(ctx, p.female, case.birth.year, case.birth.month),
    )
    doc.line("Adresse : {a}", a=places.address(ctx))
    doc.line(
        "Tél. : {t} — Courriel : {m}", t=identifiers.phone(ctx), m=identifiers.email(ctx, p.first, p.last)
    )
    doc.line("RIB pour remboursement : {i}", i=admin.iban(ctx))
    if ctx.chance(0.4):
        doc.line("Paiement du dépassement par carte {c}", c=admin.card(ctx))
    doc.line(
        "Transport : ambulances {n} (SIRET {s}), véhicule {pl}",
        n=people.ent(people.NOM, ctx.fake.last_name()),
        s=admin.siret(ctx),
        pl=admin.plate(ctx),
    )
    role, rel = people.relative(ctx, p)
    doc.line(
        "Personne à prévenir : {r} ({role}), {t}",
        r=people.full(ctx, rel),
        role=role,
        t=identifiers.phone(ctx),
    )
    doc.line("Date d'entrée : {d}", d=dates.date(ctx, case.admission, allow_partial=False))
    return doc


def it_request(ctx: Ctx, case: Case) -> Doc:
    """A message to the assistant or the help desk with technical identifiers pasted in."""
    doc = Doc("prompt")
    p = case.patient
    form = ctx.rng.randrange(3)
    if form == 0:
        doc.fmt(
            "Pourquoi ce script ne marche pas ? OPENAI_API_KEY={k} puis requests.get('{u}') renvoie 403 "
            "pour le dossier de {n}.",
            k=admin.secret(ctx),
            u=admin.url(ctx, p.last),
            n=people.full(ctx, p),
        )
    elif form == 1:
        doc.fmt(
            "Le poste {ip} du {s} n'affiche plus le PACS ({u}) depuis le {d}. Merci de rappeler {dr} au {ext}.",
            ip=admin.ip(ctx),
            s=places.service(ctx).lower(),
            u=admin.url(ctx, p.last),
            d=dates.date(ctx, case.admission),
            dr=people.doctor(ctx, case.doctor),
            ext=identifiers.extension(ctx),
        )
    else:
        doc.fmt(
            "Rédige un courrier à la CPAM pour {n} ({b}) : remboursement sur le compte {i}, "
            "accident avec le véhicule {pl}.",
            n=people.full(ctx, p),
            b=dates.birth(ctx, case.birth, p.female),
            i=admin.iban(ctx),
            pl=admin.plate(ctx),
        )
    return doc
