"""holdout111: the user's work calendar at Helvamed Devices that is not hiring (audits, CAPA, appraisal)."""

from __future__ import annotations

from holdout111ev_ics import (
    EXCHANGE,
    GOOGLE,
    OUTLOOK,
    USER,
    WORK,
    Ev,
    att,
    gatt,
    neg,
    room,
    teams,
)

MS = ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "CLASS:PUBLIC"]
HV = "helvamed-devices.ch"
ME_W = ("Lefèvre, Margaux", WORK)


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(neg(
        "supplier-audit-entretiens", "supplier-audit-entretiens-fr",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E0080000000031313131A1A1DC0100000000000000001000000101",
        start="2026-02-25 08:30", mins=480, tz="win",
        summary="Audit fournisseur Précimoul SA – jour 1 (entretiens personnel production + visite)",
        org=ME_W, att=[att("Jeanneret, Luc", "luc.jeanneret@precimoul.ch"), att("Rey, Olivier", f"olivier.rey@{HV}")],
        desc=("Programme :\n08:30 réunion d'ouverture\n09:00 visite injection / salle blanche ISO 7\n"
              "10:30 entretiens avec opérateurs et régleurs (formation, gestion des NC, traçabilité)\n"
              "14:00 revue documentaire (CAPA, change control, étalonnage)\n16:30 réunion de clôture\n\n"
              "Auditrice principale : Margaux Lefèvre (Helvamed Devices)"),
        extra=MS, loc="Précimoul SA, Z.I. du Vivier 4, 1690 Villaz-St-Pierre"))
    out.append(neg(
        "internal-audit-interviews", "internal-audit-interviews-fr",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E0080000000042424242B2B2DC0100000000000000001000000102",
        start="2026-03-03 09:00", mins=180, tz="win",
        summary="Audit interne ISO 13485 §7.5 – entretiens opérateurs ligne 3",
        org=ME_W, att=[att("Favre, Nicolas", f"nicolas.favre@{HV}"), att("Monod, Julie", f"julie.monod@{HV}")],
        desc="Interviews des opérateurs (équipe du matin) sur les instructions de travail et la gestion des rebuts.",
        extra=MS, loc="Atelier ligne 3"))
    out.append(neg(
        "capa-board", "capa-review-board-fr",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E0080000000053535353C3C3DC0100000000000000001000000103",
        start="2026-03-05 14:00", mins=60, tz="win",
        summary="CAPA Review Board – revue mensuelle (CAPA-2025-041, -044, -047)",
        org=("Gonin, Stéphane", f"stephane.gonin@{HV}"),
        att=[att(*ME_W), att("Rey, Olivier", f"olivier.rey@{HV}"), att("Chen, Wei", f"wei.chen@{HV}"),
             room("ECU-Salle Léman", f"salle.leman@{HV}")],
        desc="Revue efficacité, clôtures, prolongations. Margaux présente CAPA-2025-044 (bavures implants).",
        extra=MS, loc="ECU-Salle Léman"))
    out.append(neg(
        "change-control-board", "change-control-board-en",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E0080000000064646464D4D4DC0100000000000000001000000104",
        start="2026-03-12 15:00", mins=60, tz="utcwin",
        summary="Change Control Board – CC-2026-012 new sterilisation supplier",
        org=ME_W, att=[att("Gonin, Stéphane", f"stephane.gonin@{HV}"), att("Chen, Wei", f"wei.chen@{HV}"),
                       att("Mercier, Anne", f"anne.mercier@{HV}")],
        desc="Impact assessment (regulatory, validation, supply). Decision on validation strategy.\n\n"
        + teams("en", 19), extra=MS, loc="Microsoft Teams Meeting"))
    out.append(neg(
        "appraisal", "own-appraisal-fr",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E0080000000075757575E5E5DC0100000000000000001000000105",
        start="2026-02-13 10:00", mins=90, tz="win",
        summary="Entretien annuel d'évaluation 2025 – Margaux Lefèvre",
        org=("Gonin, Stéphane", f"stephane.gonin@{HV}"), att=[att(*ME_W)],
        desc=("Bonjour Margaux,\nVoici notre entretien annuel. Merci de compléter l'auto-évaluation dans le "
              "portail RH avant. Objectifs 2026, formation, souhaits d'évolution.\nStéphane"),
        extra=MS, loc="Bureau Stéphane"))
    out.append(neg(
        "exit-interview-colleague", "exit-interview-colleague-fr",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E0080000000086868686F6F6DC0100000000000000001000000106",
        start="2026-03-27 16:00", mins=30, tz="win",
        summary="Entretien de départ – Wei Chen (passation dossiers validation)",
        org=("Pittet, Joëlle", f"joelle.pittet@{HV}"), att=[att(*ME_W), att("Chen, Wei", f"wei.chen@{HV}")],
        desc="Exit interview RH de Wei, suivie de la passation de ses dossiers de validation à Margaux.",
        extra=MS, loc="ECU-Salle Venoge"))
    out.append(neg(
        "notified-body-audit", "notified-body-audit-interview-en",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E0080000000097979797A7A7DC0100000000000000001000000107",
        start="2026-04-08 08:30", mins=540, tz="win",
        summary="Notified Body surveillance audit (MDR) – day 1 – auditor interviews: CAPA, complaints",
        org=("Gonin, Stéphane", f"stephane.gonin@{HV}"),
        att=[att(*ME_W), att("Mercier, Anne", f"anne.mercier@{HV}"), room("ECU-Salle Léman", f"salle.leman@{HV}")],
        desc=("Agenda from the notified body lead auditor (Dr. K. Vogt). 10:30–12:00 interview of the CAPA owner "
              "(Margaux Lefèvre) and complaint handling owner. Back room: Salle Venoge."),
        extra=MS, loc="ECU-Salle Léman"))
    out.append(neg(
        "mock-inspection", "mock-inspection-interview-training-en",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E00800000000A8A8A8A8B8B8DC0100000000000000001000000108",
        start="2026-03-19 13:30", mins=120, tz="win",
        summary="Mock FDA inspection – SME interview practice (front room)",
        org=("Mercier, Anne", f"anne.mercier@{HV}"),
        att=[att(*ME_W), att("Rey, Olivier", f"olivier.rey@{HV}"), att("Favre, Nicolas", f"nicolas.favre@{HV}")],
        desc="Consultant plays the investigator; SMEs practise answering (CAPA, training records, process validation).",
        extra=MS, loc="ECU-Salle Léman"))
    out.append(neg(
        "management-review", "management-review-fr",
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E00800000000B9B9B9B9C9C9DC0100000000000000001000000109",
        start="2026-04-15 09:00", mins=180, tz="win",
        summary="Revue de direction SMQ 2025 (ISO 13485 §5.6)",
        org=("Gonin, Stéphane", f"stephane.gonin@{HV}"),
        att=[att(*ME_W), att("Mercier, Anne", f"anne.mercier@{HV}"), att("Rey, Olivier", f"olivier.rey@{HV}")],
        desc="Données d'entrée : audits, réclamations, CAPA, indicateurs fournisseurs (Margaux).", extra=MS,
        loc="ECU-Salle Léman"))
    out.append(neg(
        "gmp-training", "training-fr",
        prodid=GOOGLE, uid="5kd1oq7v3c9bmn0a8rflte2ghs@google.com", start="2026-02-26 13:30", mins=120,
        summary="Formation BPF annuelle – intégrité des données",
        org=("Formation Helvamed", f"formation@{HV}"), att=[gatt(USER, WORK)],
        desc="Session obligatoire. Quiz final requis pour la validation dans le LMS.", loc="Auditoire bât. A"))
    out.append(neg(
        "supplier-call-es", "supplier-qualification-es",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E00800000000CACACACAD1D1DC0100000000000000001000000110",
        start="2026-03-17 10:00", mins=60, tz="romance",
        summary="Reunión cualificación proveedor – Envases Levante (cuestionario de auditoría)",
        org=ME_W, att=[att("Ruiz, Carmen", "c.ruiz@envaseslevante.es"), att("Rey, Olivier", f"olivier.rey@{HV}")],
        desc=("Hola Carmen,\nRevisamos juntos el cuestionario de auditoría y las respuestas pendientes sobre "
              "trazabilidad de lotes y control de cambios.\nSaludos,\nMargaux\n\n" + teams("en", 71)),
        extra=MS, loc="Microsoft Teams"))
    return out
