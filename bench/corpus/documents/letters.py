"""Letters between doctors: to the GP after a stay, to a specialist asking for an opinion."""

from __future__ import annotations

from bench.corpus import dates, identifiers, medical, people, places
from bench.corpus.builder import Doc
from bench.corpus.case import Case
from bench.corpus.context import Ctx
from bench.corpus.documents.blocks import establishment_header, signature


def letter_to_gp(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("lettre")
    p = case.patient
    establishment_header(ctx, doc, case)
    doc.line("{city}, le {d}", city=places.city(ctx), d=dates.date(ctx, case.discharge, allow_partial=False))
    doc.add("\n")
    doc.line("{dr}", dr=people.doctor(ctx, case.gp))
    if ctx.chance(0.6):
        doc.line("{a}", a=places.address(ctx, oneline=False))
    doc.add("\n")
    doc.line(
        "Objet : {name}, {birth}",
        name=people.full(ctx, p),
        birth=dates.birth(ctx, case.birth, p.female),
    )
    if ctx.chance(0.3):
        doc.line(
            "N° de sécurité sociale : {nir}",
            nir=identifiers.nir(ctx, p.female, case.birth.year, case.birth.month),
        )
    doc.add("\n")
    doc.line("Cher confrère," if not case.gp.female else ctx.pick(["Chère consœur,", "Chère amie,"]))
    doc.add("\n")
    doc.fmt(
        "J'ai vu en consultation le {d} {who}, {age}, que vous nous aviez adressé{e} pour {reason}. ",
        d=dates.date(ctx, case.admission),
        who=people.full(ctx, p),
        age=case.age_piece(ctx),
        e="e" if p.female else "",
        reason=ctx.pick(medical.REASONS),
    )
    doc.fmt(
        "Dans ses antécédents, on retient : {h1} ; {h2}. ",
        h1=ctx.pick(medical.HISTORY),
        h2=ctx.pick(medical.HISTORY),
    )
    if ctx.chance(0.5):
        doc.fmt("Elle vit seule à {city}, " if p.female else "Il vit seul à {city}, ", city=places.city(ctx))
        role, rel = people.relative(ctx, p)
        doc.fmt(
            "{role} {rel} passe tous les jours ({tel}). ",
            role=role,
            rel=people.full(ctx, rel) if ctx.chance(0.6) else people.first_only(rel),
            tel=identifiers.phone(ctx),
        )
    doc.add("\n\n")
    doc.add(ctx.pick(medical.EXAM) + " " + ctx.pick(medical.LABS) + "\n")
    doc.add(ctx.pick(medical.IMAGING) + "\n\n")
    doc.fmt(
        "Je propose de revoir {short} le {d} avec un bilan biologique. ",
        short=people.short(ctx, p),
        d=dates.date(ctx, case.discharge),
    )
    if ctx.chance(0.5):
        doc.fmt(
            "J'ai également sollicité l'avis du {dr} au {etab}. ",
            dr=people.doctor(ctx, case.colleague),
            etab=places.establishment(ctx),
        )
    doc.add("\n")
    signature(ctx, doc, case)
    return doc


def request_for_opinion(ctx: Ctx, case: Case) -> Doc:
    doc = Doc("lettre")
    p = case.patient
    doc.line("{dr}", dr=people.doctor(ctx, case.gp))
    doc.line("Médecine générale")
    doc.line("{a}", a=places.address(ctx))
    doc.line("Tél {t} — {m}", t=identifiers.phone(ctx), m=identifiers.email(ctx, case.gp.first, case.gp.last))
    doc.add("\n")
    doc.line("Le {d}", d=dates.date(ctx, case.admission, allow_partial=False))
    doc.add("\n")
    doc.fmt("Cher ami,\n\nMerci de bien vouloir recevoir {who} ", who=people.full(ctx, p))
    doc.fmt("({birth}) ", birth=dates.birth(ctx, case.birth, p.female))
    doc.fmt(
        "pour avis concernant {reason}. Je l'ai vu{e} pour la première fois {y}. ",
        reason=ctx.pick(medical.REASONS),
        e="e" if p.female else "",
        y=dates.year_in_context(ctx, case.admission.year - ctx.rng.randrange(1, 6)),
    )
    doc.fmt(
        "Elle a présenté une {h} opérée le {d}. " if p.female else "Il a présenté une {h} opérée le {d}. ",
        h=ctx.pick(["hernie inguinale", "fracture du poignet", "appendicite", "cataracte"]),
        d=dates.date(ctx, dates.date_between(ctx, 1995, case.admission.year - 1)),
    )
    doc.add(ctx.pick(medical.LABS) + "\n\n")
    doc.fmt("Traitement actuel : {d1} ; {d2}.\n", d1=ctx.pick(medical.DRUGS), d2=ctx.pick(medical.DRUGS))
    doc.fmt(
        "Sa fille, {rel}, peut être jointe au {t}.\n",
        rel=people.full(ctx, people.person(ctx, True)),
        t=identifiers.phone(ctx),
    )
    doc.add("\nBien amicalement,\n")
    doc.line("{dr}", dr=people.doctor(ctx, case.gp))
    return doc
