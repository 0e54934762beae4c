"""holdout129 negatives from daily life and the current job (médecin, mutuelle, commune, garage …)."""

from __future__ import annotations

from holdout129ev_ics import (
    APPLE,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    THUNDERBIRD,
    TZ_BRUSSELS,
    Ev,
    att,
    cal,
    desc,
    org,
)

TML = "transports-meuse-liege.be"


def neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def hand(uid: str, start: str, end: str, summary: str, extra: list[str] | None = None,
         prodid: str = APPLE) -> str:
    return cal([
        f"UID:{uid}", "DTSTAMP:20260201T080000Z",
        f"DTSTART;TZID=Europe/Brussels:{start}", f"DTEND;TZID=Europe/Brussels:{end}",
        f"SUMMARY:{summary}", *(extra or []),
    ], prodid=prodid, tz=TZ_BRUSSELS)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E"
    out.append(neg("medecin-fr", hand(uid, "20260204T173000", "20260204T180000", "Dr Halleux",
                                      ["LOCATION:Rue Walthère Jamar 12\\, Ans", "DESCRIPTION:prise de sang résultats"]),
                   uid, "doctor-fr"))

    uid = "C2D3E4F5-A6B7-4C8D-9E0F-1A2B3C4D5E6F"
    out.append(neg("mutuelle-fr", hand(uid, "20260207T100000", "20260207T103000",
                                       "mutuelle – remboursement kiné + attestation",
                                       ["LOCATION:Mutualité\\, place de la Cathédrale"]), uid, "health-insurance-fr"))

    uid = "D3E4F5A6-B7C8-4D9E-0F1A-2B3C4D5E6F7A"
    out.append(neg("commune-fr", hand(uid, "20260221T093000", "20260221T094500",
                                      "commune Ans – nouvelle carte d'identité (code PIN/PUK)",
                                      ["DESCRIPTION:prendre photo + ancienne carte. 25 €"]), uid, "town-hall-id-fr"))

    uid = "E4F5A6B7-C8D9-4E0F-1A2B-3C4D5E6F7A8B"
    out.append(neg("banque-fr", hand(uid, "20260228T103000", "20260228T111500",
                                     "banque – rdv conseiller prêt voiture",
                                     ["LOCATION:agence Ans centre"]), uid, "bank-fr"))

    uid = "F5A6B7C8-D9E0-4F1A-2B3C-4D5E6F7A8B9C"
    out.append(neg("ecole-fr", hand(uid, "20260305T190000", "20260305T203000",
                                    "réunion parents – Athénée (Lucas\\, 3e secondaire)",
                                    ["DESCRIPTION:entretien individuel avec le titulaire 19h40"]), uid,
                   "school-parents-meeting-fr"))

    uid = "entretien-camion-1XKB442-20260209@" + TML
    out.append(neg("entretien-camion-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260202T100000Z",
        "DTSTART;TZID=Europe/Brussels:20260209T070000", "DTEND;TZID=Europe/Brussels:20260209T120000",
        "SUMMARY:entretien camion 1-XKB-442 (vidange + freins) – garage Volvo Trucks Alleur",
        org(ME_WORK, "Gauthier Lambotte"),
        "DESCRIPTION:camion immobilisé. remplacer par 1-VTR-118 sur tournée Verviers",
    ], prodid=OUTLOOK, tz=TZ_BRUSSELS), uid, "vehicle-maintenance-entretien-fr"))

    uid = "A7B8C9D0-E1F2-4A3B-8C4D-5E6F7A8B9C0D"
    out.append(neg("entretien-chaudiere-fr", hand(uid, "20260312T080000", "20260312T100000",
                                                  "entretien chaudière (Vaillant) – technicien",
                                                  ["DESCRIPTION:entre 8 et 10h. attestation pour l'assurance"]),
                   uid, "boiler-maintenance-entretien-fr"))

    uid = "B8C9D0E1-F2A3-4B4C-9D5E-6F7A8B9C0D1E"
    out.append(neg("controle-technique-fr", hand(uid, "20260316T073000", "20260316T083000",
                                                 "contrôle technique camionnette – Autosécurité Alleur",
                                                 ["DESCRIPTION:certificat d'immatriculation + certificat de "
                                                  "conformité"]), uid, "vehicle-inspection-fr"))

    uid = "reu-exploitation-client-20260210@" + TML
    out.append(neg("internal-client-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260205T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260210T100000", "DTEND;TZID=Europe/Brussels:20260210T113000",
        "SUMMARY:Réunion exploitation – client Carrières de la Vesdre (nouvelles tournées vrac)",
        org(f"p.stassen@{TML}", "Paul Stassen"),
        att(ME_WORK, "Gauthier Lambotte"),
        att("logistique@carrieres-vesdre.be", "Logistique Carrières de la Vesdre"),
        desc("Ordre du jour : volumes 2026\\, créneaux de chargement\\, tarification carburant\\, KPI ponctualité."),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "internal-client-meeting-fr"))

    uid = "efct-chauffeur-dubois-20260226@" + TML
    out.append(neg("driver-appraisal-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260220T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260226T150000", "DTEND;TZID=Europe/Brussels:20260226T153000",
        "SUMMARY:Entretien de fonctionnement – chauffeur R. Dubois",
        org(ME_WORK, "Gauthier Lambotte"),
        att("r.dubois.chauffeur@" + TML, "Raphaël Dubois"),
        "DESCRIPTION:bilan annuel : ponctualité\\, consommation\\, infractions tachy\\, formation code 95.",
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "user-conducts-staff-appraisal-fr"))

    uid = "enquete-spf-mobilite-transporteurs-0227"
    out.append(neg("survey-interview-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260219T120000Z",
        "DTSTART;TZID=Europe/Brussels:20260227T140000", "DTEND;TZID=Europe/Brussels:20260227T150000",
        "SUMMARY:Enquête transporteurs – interview semi-directive (Université de Liège\\, mobilité)",
        org("enquete.fret@uliege-mobilite.be", "Équipe de recherche Fret & Mobilité"),
        att(ME_WORK, "Gauthier Lambotte"),
        desc("Merci d'accepter de participer à notre étude sur la planification du transport routier. "
             "L'entretien (1 h) sera enregistré et anonymisé."),
    ], prodid=THUNDERBIRD, method="REQUEST", tz=TZ_BRUSSELS), uid, "research-interview-fr"))

    uid = "portes-ouvertes-trilogiport-2026"
    out.append(neg("open-day-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260215T100000Z",
        "DTSTART;VALUE=DATE:20260321", "DTEND;VALUE=DATE:20260322",
        "SUMMARY:Journée portes ouvertes Trilogiport (visite avec Lucas)",
        "DESCRIPTION:visite du terminal à conteneurs et des entrepôts. navette depuis Hermalle.",
    ], head=["X-WR-TIMEZONE:Europe/Brussels"]), uid, "open-day-fr"))

    uid = "formation-code95-20260323@centre-formation-transport.be"
    out.append(neg("formation-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260301T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260323T080000", "DTEND;TZID=Europe/Brussels:20260323T163000",
        "SUMMARY:Formation continue : réglementation temps de conduite et de repos (module dispatchers)",
        org("inscriptions@centre-formation-transport.be", "Centre de formation transport"),
        att(ME_WORK, "Gauthier Lambotte"),
        "LOCATION:Centre de formation\\, Grâce-Hollogne",
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, "training-class-fr"))

    uid = "C9D0E1F2-A3B4-4C5D-8E6F-7A8B9C0D1E2F"
    out.append(neg("kine-private-fr", cal([
        f"UID:{uid}", "DTSTAMP:20260201T080000Z",
        "DTSTART;TZID=Europe/Brussels:20260213T173000", "DTEND;TZID=Europe/Brussels:20260213T180000",
        "SUMMARY:kiné (dos)",
        org(ME_FREE, "Gauthier Lambotte"),
    ], prodid=APPLE, tz=TZ_BRUSSELS), uid, "physio-fr"))

    return out
