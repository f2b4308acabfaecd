"""Hospital reports (compte rendu d'hospitalisation) and discharge summaries (lettre de liaison)."""

from __future__ import annotations

import datetime as dt

from bench.corpus import dates, identifiers, medical, people, places
from bench.corpus.builder import Doc
from bench.corpus.case import Case
from bench.corpus.context import Ctx
from bench.corpus.documents.blocks import establishment_header, patient_banner, signature


def hospital_report(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("compte_rendu")
    p = case.patient
    establishment_header(ctx, doc, case)
    doc.line(ctx.pick(["COMPTE RENDU D'HOSPITALISATION", "Compte rendu d'hospitalisation", "CRH"]))
    doc.add("\n")
    patient_banner(ctx, doc, case)
    doc.line(
        "Hospitalisation du {a} au {b}",
        a=dates.date(ctx, case.admission, allow_partial=False),
        b=dates.date(ctx, case.discharge),
    )
    doc.line("Médecin traitant : {dr}", dr=people.doctor(ctx, case.gp))
    doc.add("\n")
    doc.line("MOTIF D'HOSPITALISATION" if ctx.chance(0.5) else "Motif :")
    doc.line(ctx.pick(medical.REASONS).capitalize() + ".")
    doc.add("\n")
    doc.line("ANTÉCÉDENTS")
    for item in medical.history_list(ctx, ctx.rng.randrange(2, 5)):
        if ctx.chance(0.35):
            doc.line(
                "- {h} ({y})",
                h=item,
                y=dates.year_in_context(ctx, case.admission.year - ctx.rng.randrange(1, 20)),
            )
        else:
            doc.line("- " + item)
    doc.add("\n")
    doc.line("MODE DE VIE")
    doc.fmt(
        "{Who} de {age}, {life}. ",
        Who="Patiente" if p.female else "Patient",
        age=case.age_piece(ctx),
        life=ctx.pick(["vit à domicile avec son conjoint", "vit seul(e) en appartement au 3e étage sans ascenseur",
                       "réside en EHPAD", "vit chez sa fille"]),
    )  # fmt: skip
    if ctx.chance(0.5):
        role, rel = people.relative(ctx, p)
        doc.fmt(
            "Personne de confiance : {role}, {rel}, {tel}.",
            role=role,
            rel=people.full(ctx, rel),
            tel=identifiers.phone(ctx),
        )
    doc.add("\n\n")
    doc.line("HISTOIRE DE LA MALADIE")
    onset = case.admission - dt.timedelta(days=ctx.rng.randrange(1, 30))
    doc.fmt(
        "{short} a présenté depuis le {d} une {r}. ",
        short=people.short(ctx, p),
        d=dates.date(ctx, onset),
        r=ctx.pick(medical.REASONS),
    )
    doc.fmt("Adressé{e} aux urgences ({etab}) par le {dr}. ", e="e" if p.female else "",
            etab=places.establishment(ctx), dr=people.doctor(ctx, case.gp))  # fmt: skip
    doc.add("\n\n")
    doc.line("EXAMEN CLINIQUE D'ENTRÉE")
    doc.line(ctx.pick(medical.EXAM))
    doc.line(ctx.pick(medical.EXAM))
    doc.add("\n")
    doc.line("EXAMENS COMPLÉMENTAIRES")
    doc.fmt("Biologie du {d} : {l}\n", d=dates.date(ctx, case.admission), l=ctx.pick(medical.LABS))
    doc.line(ctx.pick(medical.IMAGING))
    doc.add("\n")
    doc.line("ÉVOLUTION")
    doc.fmt(
        "{f} Le {d}, {short} a pu regagner son domicile. ",
        f=ctx.pick(medical.FOLLOW_UP),
        d=dates.date(ctx, case.discharge),
        short=people.short(ctx, p),
    )
    if ctx.chance(0.4):
        doc.fmt("Avis du {dr} (poste {ext}) : {c}.", dr=people.doctor(ctx, case.colleague),
                ext=identifiers.extension(ctx)[1:], c=ctx.pick(medical.FOLLOW_UP).rstrip("."))  # fmt: skip
    doc.add("\n\n")
    doc.line("CONCLUSION")
    doc.line(ctx.pick(medical.CONCLUSIONS).capitalize() + ".")
    doc.add("\n")
    doc.line("TRAITEMENT DE SORTIE")
    for drug in ctx.rng.sample(medical.DRUGS, ctx.rng.randrange(2, 6)):
        doc.line("- " + drug)
    signature(ctx, doc, case)
    return doc


def discharge_summary(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("lettre_de_liaison")
    p = case.patient
    doc.line("LETTRE DE LIAISON À LA SORTIE")
    doc.line("{etab} — {s}", etab=places.establishment(ctx), s=places.service(ctx))
    doc.add("\n")
    doc.line("Patient : {name}", name=people.full(ctx, p))
    doc.line("{b} — IPP {ipp}", b=dates.birth(ctx, case.birth, p.female), ipp=identifiers.ipp(ctx))
    doc.line(
        "Entrée le {a} — sortie le {b}",
        a=dates.date(ctx, case.admission, allow_partial=False),
        b=dates.date(ctx, case.discharge, allow_partial=False),
    )
    doc.line("Destinataire : {dr}, {a}", dr=people.doctor(ctx, case.gp), a=places.address(ctx))
    doc.add("\n")
    doc.line("Synthèse : " + medical.paragraph(ctx, case.age if case.age < 90 else 75, p.female))
    doc.add("\n")
    doc.line("Traitements modifiés :")
    for drug in ctx.rng.sample(medical.DRUGS, 3):
        doc.line("* " + drug)
    doc.add("\n")
    doc.fmt(
        "Rendez-vous : consultation avec le {dr} le {d} à 14h30.\n",
        dr=people.doctor(ctx, case.colleague),
        d=dates.date(ctx, case.discharge + dt.timedelta(days=ctx.rng.randrange(20, 90))),
    )
    doc.fmt("IDE à domicile : {n} ({t}).\n", n=people.full(ctx, case.nurse), t=identifiers.phone(ctx))
    signature(ctx, doc, case)
    return doc
