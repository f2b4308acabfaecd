"""Prescriptions (ordonnances), typed the way hospital software prints them."""

from __future__ import annotations

from bench.corpus import dates, identifiers, medical, people, places
from bench.corpus.builder import Doc
from bench.corpus.case import Case
from bench.corpus.context import Ctx


def prescription(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("ordonnance")
    p = case.patient
    doc.line("{etab}", etab=places.establishment(ctx))
    doc.line("{dr}", dr=people.doctor(ctx, case.doctor))
    doc.line("N° RPPS : {r}", r=identifiers.rpps(ctx))
    if ctx.chance(0.5):
        doc.line("N° FINESS {f}", f=identifiers.finess(ctx))
    doc.line("Tél : {t}", t=identifiers.phone(ctx))
    doc.add("\n")
    doc.line(ctx.pick(["ORDONNANCE", "Ordonnance", "ORDONNANCE BIZONE"]))
    doc.line("Le {d}", d=dates.date(ctx, case.discharge, allow_partial=False))
    doc.add("\n")
    doc.line("{name}", name=people.full(ctx, p))
    doc.fmt("{age}", age=case.age_piece(ctx))
    doc.fmt(" — {w} kg", w=str(ctx.rng.randrange(42, 110)))
    if ctx.chance(0.5):
        doc.fmt(" — {b}", b=dates.birth(ctx, case.birth, p.female))
    doc.add("\n\n")
    for drug in ctx.rng.sample(medical.DRUGS, ctx.rng.randrange(2, 6)):
        doc.line(drug + ".")
        doc.line(ctx.pick(["QSP 1 mois.", "QSP 3 mois, à renouveler.", "Pendant 10 jours.", ""]))
    doc.add("\n")
    doc.line("Signature")
    return doc
