"""Nursing notes (transmissions ciblées) and a ward handover list: names without titles, first names
of colleagues, times and room numbers — where rules keyed on « M. » or « Dr » find nothing."""

from __future__ import annotations

import datetime as dt

from bench.corpus import dates, identifiers, medical, people
from bench.corpus.builder import Doc
from bench.corpus.case import Case
from bench.corpus.context import Ctx


def _time(ctx: Ctx) -> str:
    return f"{ctx.rng.randrange(0, 24):02d}h{ctx.pick(['00', '15', '30', '45'])}"


def nursing_notes(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("transmissions")
    p = case.patient
    doc.fmt(
        "Transmissions ciblées — ch. {room} — {name} — {d}\n\n",
        room=str(ctx.rng.randrange(1, 40)),
        name=people.staff_caps(p) if ctx.chance(0.5) else people.full(ctx, p),
        d=dates.date(ctx, case.admission),
    )
    colleague = people.person(ctx)
    doc.fmt(
        "{t} Cible : douleur. D : EVA 6/10 à la mobilisation. A : paracétamol 1 g IV. R : EVA 2/10 à 1 h. ({who})\n",
        t=_time(ctx),
        who=people.first_only(case.nurse),
    )
    doc.fmt(
        "{t} Cible : comportement. {first} refuse le repas, dit vouloir rentrer chez {pron}. Rassuré{e}.\n",
        t=_time(ctx),
        first=people.first_only(p),
        pron="elle" if p.female else "lui",
        e="e" if p.female else "",
    )
    role, rel = people.relative(ctx, p)
    doc.fmt(
        "{t} Appel de {role} ({rel}) au {tel}, souhaite parler au médecin. Message transmis à {col}.\n",
        t=_time(ctx),
        role=role,
        rel=people.first_only(rel) if ctx.chance(0.5) else people.full(ctx, rel),
        tel=identifiers.phone(ctx),
        col=people.first_only(colleague),
    )
    doc.fmt(
        "{t} Vu{e} par {doc} (interne), bilan prescrit pour demain. {lab}\n",
        t=_time(ctx),
        e="e" if p.female else "",
        doc=people.staff_caps(case.colleague) if ctx.chance(0.5) else people.ent_last(case.colleague),
        lab=ctx.pick(medical.LABS),
    )
    doc.fmt(
        "{t} Relève : {col} informé{e2} de la sortie prévue le {d}.\n",
        t=_time(ctx),
        col=people.first_only(colleague),
        e2="e" if colleague.female else "",
        d=dates.date(ctx, case.discharge),
    )
    return doc


def handover_list(ctx: Ctx, case: Case) -> Doc:
    """« Liste de service » typed or exported: one patient per line, names in capitals, no title."""
    doc = Doc("liste_de_service")
    doc.fmt("Relève du {d} — secteur B\n", d=dates.date(ctx, case.admission, allow_partial=False))
    patients = [case.patient, *(people.person(ctx) for _ in range(ctx.rng.randrange(3, 7)))]
    for i, patient in enumerate(patients):
        birth = dates.date_between(ctx, case.admission.year - 99, case.admission.year - 20)
        age = case.admission.year - birth.year
        age_piece = people.ent("AGE", str(age)) if age >= 90 else people.plain(str(age))
        doc.fmt(
            "Ch. {room} – {name} – {age} ans – {dn} – {r}",
            room=str(10 + i),
            name=people.staff_caps(patient) if ctx.chance(0.7) else people.ent_last(patient),
            age=age_piece,
            dn=dates.date(ctx, birth, "DATE_NAISSANCE", allow_partial=False),
            r=ctx.pick(medical.CONCLUSIONS),
        )
        if ctx.chance(0.3):
            doc.fmt(
                " – sortie {d}",
                d=dates.date(ctx, case.admission + dt.timedelta(days=ctx.rng.randrange(1, 9))),
            )
        doc.add("\n")
    return doc
