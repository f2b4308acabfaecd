"""Operative reports (compte rendu opératoire) with their staff lists in capitals."""

from __future__ import annotations

from bench.corpus import dates, identifiers, medical, people, places
from bench.corpus.builder import Doc
from bench.corpus.case import Case
from bench.corpus.context import Ctx
from bench.corpus.documents.blocks import patient_banner


def operative_report(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("compte_rendu_operatoire")
    doc.line("{etab} — Bloc opératoire", etab=places.establishment(ctx))
    doc.line("COMPTE RENDU OPÉRATOIRE")
    doc.add("\n")
    patient_banner(ctx, doc, case)
    doc.line("Date de l'intervention : {d}", d=dates.date(ctx, case.admission, allow_partial=False))
    doc.line("Opérateur : {a}", a=people.staff_caps(case.doctor))
    doc.line("Aide opératoire : {a}", a=people.staff_caps(case.colleague))
    doc.line(
        "Anesthésiste : {a}    IBODE : {b}",
        a=people.doctor(ctx, people.person(ctx)),
        b=people.staff_caps(case.nurse),
    )
    doc.add("\n")
    operation = ctx.pick(medical.OPERATIONS)
    doc.line("Intervention : " + operation + ".")
    doc.line("Indication : " + ctx.pick(medical.CONCLUSIONS) + ".")
    doc.add("\n")
    doc.line(
        "Installation en décubitus dorsal. Antibioprophylaxie par céfazoline 2 g IV. Checklist HAS vérifiée. "
        "Incision, exposition, hémostase soigneuse au bistouri électrique. Pas d'incident peropératoire. "
        "Fermeture plan par plan, surjet intradermique au fil résorbable 3/0. Pansement sec."
    )
    doc.add("\n")
    doc.line(
        "Pertes sanguines estimées : {v} mL. Score ASA {a}.",
        v=str(ctx.rng.randrange(50, 600)),
        a=str(ctx.rng.randrange(1, 4)),
    )
    doc.fmt(
        "Consignes : {d}. Ablation des fils à J{j} par l'IDE ({t}).\n",
        d=ctx.pick(medical.DRUGS),
        j=str(ctx.rng.randrange(8, 16)),
        t=identifiers.phone(ctx),
    )
    doc.fmt("Revoir en consultation le {d}.\n", d=dates.date(ctx, case.discharge))
    doc.line("{dr}", dr=people.doctor(ctx, case.doctor))
    return doc
