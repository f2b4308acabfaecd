"""Consultation notes: short, abbreviated, names and dates in lower case or glued."""

from __future__ import annotations

from bench.corpus import dates, identifiers, medical, people, places
from bench.corpus.builder import Doc
from bench.corpus.case import Case
from bench.corpus.context import Ctx


def consultation_note(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("consultation")
    p = case.patient
    doc.fmt(
        "Consultation du {d} — {dr}\n", d=dates.date(ctx, case.admission), dr=people.doctor(ctx, case.doctor)
    )
    doc.fmt("{name}, {age}, ", name=people.full(ctx, p), age=case.age_piece(ctx))
    doc.fmt("{b}. ", b=dates.birth(ctx, case.birth, p.female))
    if ctx.chance(0.5):
        doc.fmt("IPP {ipp}. ", ipp=identifiers.ipp(ctx))
    if ctx.chance(0.4):
        nir = identifiers.nir(ctx, p.female, case.birth.year, case.birth.month)
        doc.fmt("Carte Vitale : {nir}. ", nir=nir)
    doc.add("\n")
    doc.fmt("Vu{e} ce jour pour {r}. ", e="e" if p.female else "", r=ctx.pick(medical.REASONS))
    doc.fmt(
        "Dernière consultation le {d}. ",
        d=dates.date(ctx, dates.date_between(ctx, 2012, case.admission.year)),
    )
    doc.add(ctx.pick(medical.EXAM) + " " + ctx.pick(medical.LABS) + "\n")
    if ctx.chance(0.5):
        doc.fmt(
            "Accompagné{e} de {role} ({rel}). ",
            e="e" if p.female else "",
            role=(rr := people.relative(ctx, p))[0],
            rel=people.full(ctx, rr[1]),
        )
    if ctx.chance(0.4):
        doc.fmt("Travaille comme {job} à {city}. ", job=ctx.pick(["agent d'entretien", "enseignante", "boulanger", "comptable"]),
                city=places.city(ctx))  # fmt: skip
    if ctx.chance(0.4):
        doc.fmt("A changé d'adresse : {a}. ", a=places.address(ctx))
    if ctx.chance(0.3):
        doc.fmt("Mail : {m}. ", m=identifiers.email(ctx, p.first, p.last))
    doc.add("\n")
    doc.fmt("Conduite : {d}. ", d=ctx.pick(medical.DRUGS))
    doc.fmt("RDV le {d}.", d=dates.date(ctx, case.discharge))
    doc.add("\n")
    return doc
