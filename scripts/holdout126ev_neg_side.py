"""holdout126 negatives: Karim on the hiring side at Provence Multiservices (alternants, technicians, panels)."""

from __future__ import annotations

from holdout126ev_ics import (
    APPLE,
    EXCHANGE,
    ME_NAME,
    ME_WORK,
    OUTLOOK,
    ROMANCE,
    THUNDERBIRD,
    Ev,
    att,
    esc,
    gatt,
    oatt,
    org,
    simple,
)

RH = "nathalie.ruiz@provence-multiservices.fr"
BOSS = "stephane.gaudin@provence-multiservices.fr"
UIA = "user-as-interviewer"


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(simple(
        "alternant-tuteur", "040000008200E00074C5B7101A82E008000000001E75FF754F294B6FC1DD8FF029576CC7D17D6046",
        f"{UIA}-alternant-fr",
        "Entretien candidat alternant BTS MS – Lucas Fabre", "20260115T140000", "20260115T143000",
        desc="Bonjour Karim,\nTu seras le tuteur de l'alternant, je te propose donc d'assister à l'entretien de "
             "Lucas (BTS Maintenance des systèmes, option fluides, CFA de Marseille). Son CV est dans le dossier "
             "partagé RH > Alternance 2026.\nNathalie",
        loc="Agence Marseille – bureau RH", organizer=org(RH, "Ruiz, Nathalie"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt("lucas.fabre13@gmail.com", "Lucas Fabre")),
        tzid=ROMANCE, tz="romance", prodid=OUTLOOK))
    out.append(simple(
        "teamtailor-interviewer", "tt-4e1a-pms-entretien-amrani@teamtailor.com", f"{UIA}-teamtailor-fr",
        "Entretien – Technicien CVC (H/F) – Candidat : Youssef Amrani", "20260120T100000", "20260120T110000",
        desc="Candidat : Youssef Amrani\nPoste : Technicien CVC (H/F) – Agence Marseille\n"
             "Interviewers : Karim Benhaddou, Stéphane Gaudin\nKit d'entretien et grille d'évaluation disponibles "
             "dans Teamtailor.\n\nEnvoyé via Teamtailor",
        loc="Provence Multiservices – salle Frioul", organizer=org(RH, "Nathalie Ruiz"),
        attendees=(att(ME_WORK, ME_NAME), att(BOSS, "Stéphane Gaudin"),
                   att("youssef.amrani@hotmail.fr", "Youssef Amrani")),
        prodid="-//Teamtailor//Teamtailor Calendar//EN"))
    out.append(simple(
        "scorecard-rappel", "tt-reminder-scorecard-amrani-7712@teamtailor.com", f"{UIA}-scorecard-fr",
        "Rappel : grille d'évaluation à compléter – Y. Amrani (Technicien CVC)", "20260121T090000",
        "20260121T091500",
        desc="Merci de compléter votre grille d'évaluation pour Youssef Amrani avant le débrief de jeudi.",
        organizer=org(RH, "Nathalie Ruiz"), attendees=(att(ME_WORK, ME_NAME),),
        prodid="-//Teamtailor//Teamtailor Calendar//EN"))
    out.append(simple(
        "debrief-candidats", "040000008200E00074C5B7101A82E008000000004D0B25FAEDD81B0F4F55029C922F53AD64DCC7BF",
        f"{UIA}-debrief-fr",
        "Débrief candidats technicien CVC (Amrani / Costa / Bensaïd)", "20260122T170000", "20260122T173000",
        desc="Tour de table sur les 3 candidats vus cette semaine, décision et proposition salariale.",
        loc="Bureau Stéphane", organizer=org(BOSS, "Gaudin, Stéphane"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt(RH, "Ruiz, Nathalie")),
        tzid=ROMANCE, tz="romance", prodid=EXCHANGE))
    out.append(simple(
        "kit-prep", "9k8j7h6g5f4d3s2a1q0w9e8r7t@google.com", f"{UIA}-kit-fr",
        "préparer questions entretien technicien (kit RH) + cas pratique", "20260119T163000", "20260119T173000",
        desc="Reprendre le kit d'entretien de Nathalie, ajouter 3 questions froid + mise en situation panne CTA",
        method="PUBLISH"))
    out.append(simple(
        "calendly-host", "c3d4e5f6-a7b8-4c9d-0e1f-2a3b4c5d6e7f@calendly.com", f"{UIA}-calendly-host-fr",
        "Échange poste technicien de maintenance (30 min) entre Karim Benhaddou et Sofiane Belhadj",
        "20260127T073000Z", "20260127T080000Z",
        desc="Nom de l'événement : Échange poste technicien de maintenance (30 min)\n\nRéponses de l'invité :\n"
             "Téléphone : 06 •• •• •• 88\nExpérience : 4 ans en maintenance multitechnique\n\n"
             "Propulsé par Calendly.com",
        loc="Téléphone", organizer=org(ME_WORK, ME_NAME),
        attendees=(att(ME_WORK, ME_NAME, part="ACCEPTED"), att("sofiane.b@outlook.fr", "Sofiane Belhadj")),
        tzid=None, tz="none", prodid="-//Calendly//Calendly//EN"))
    out.append(simple(
        "agency-candidate", "2z4x6c8v0b1n3m5q7w9e1r3t5y@google.com", f"{UIA}-agency-candidate-fr",
        "Présentation candidat intérim – frigoriste – M. Dylan Roche (TechniSud Intérim)", "20260202T080000",
        "20260202T083000",
        desc="Bonjour M. Benhaddou,\nComme convenu, je vous présente M. Dylan Roche pour la mission de frigoriste "
             "sur votre contrat Euroméditerranée (3 mois renouvelables). Son dossier (CV, attestation "
             "d'aptitude cat. 1) est en pièce jointe du mail.\nCéline Martinez – TechniSud Intérim",
        loc="Provence Multiservices, agence Marseille", organizer=org("c.martinez@technisud-interim.fr",
                                                                       "Céline Martinez"),
        attendees=(gatt(ME_WORK, "Karim Benhaddou"), gatt("dylan.roche83@gmail.com", "Dylan Roche"))))
    out.append(simple(
        "hand-candidat", "8b7v6c5x4z3a2s1d0f9g8h7j6k@google.com", f"{UIA}-hand-fr",
        "entretien candidat Yanis (apprenti CAP) – bureau", "20260128T140000", "20260128T143000",
        desc="avec Stéphane. Demander dispo rentrée + permis", method="PUBLISH"))
    out.append(simple(
        "test-pratique-candidat", "040000008200E00074C5B7101A82E008000000000AA9D366CBAC290513158E3C7A8A005662CEC6DD",
        f"{UIA}-practical-fr",
        "Test pratique candidat – chaudière gaz / PAC (Y. Amrani) – évaluateur : K. Benhaddou",
        "20260126T083000", "20260126T103000",
        desc="Karim, merci d'évaluer M. Amrani sur la maquette de l'atelier (mise en service chaudière "
             "condensation + relevé de pression PAC) et de remplir la grille jointe.\nNathalie",
        loc="Atelier Provence Multiservices", organizer=org(RH, "Ruiz, Nathalie"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt("youssef.amrani@hotmail.fr", "Youssef Amrani")),
        tzid=ROMANCE, tz="romance", prodid=OUTLOOK))
    out.append(simple(
        "phone-candidate", "4f5g6h7j8k9l0z1x2c3v4b5n6m@google.com", f"{UIA}-phone-fr",
        "Appel candidat – Mehdi Rahmani (CV Indeed, poste technicien)", "20260203T123000", "20260203T130000",
        desc="Préqualif téléphonique pour Stéphane : habilitations, astreintes, mobilité Aix/Toulon.\n"
             "Tél candidat : 07 •• •• •• 30",
        organizer=org(ME_WORK, ME_NAME), attendees=(gatt("m.rahmani@yahoo.fr", "Mehdi Rahmani"),)))
    out.append(simple(
        "immersion", "040000008200E00074C5B7101A82E00800000000130B507B375D0A9F9044D772877A694A2AD03BD4",
        f"{UIA}-immersion-fr",
        "Journée d'immersion candidat (E. Costa) – en binôme avec Karim", "20260204T073000", "20260204T160000",
        desc="Ethan Costa (candidat technicien) passe la journée en tournée avec Karim : maintenance préventive "
             "bâtiment B Euroméditerranée. Karim fait un retour écrit à Stéphane en fin de journée.",
        loc="RDV agence 7h30", organizer=org(BOSS, "Gaudin, Stéphane"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt("ethan.costa@gmail.com", "Ethan Costa")),
        tzid=ROMANCE, tz="romance", prodid=OUTLOOK))
    out.append(simple(
        "bookings-staff", "bookings-pms-alternance-71c0e2a4", f"{UIA}-bookings-fr",
        "Entretiens alternance 2026 – Inès Carvalho", "20260205T090000", "20260205T093000",
        desc="Service : Entretiens alternance 2026\nMembre du personnel : Karim Benhaddou\n"
             "Client : Inès Carvalho (ines.carvalho@laposte.net)\nNotes : Bac pro MELEC, cherche BTS en alternance",
        loc="Provence Multiservices – Marseille", organizer=org("Alternance@provence-multiservices.fr",
                                                               "Alternance Provence Multiservices"),
        attendees=(oatt(ME_WORK, "Karim Benhaddou"), oatt("ines.carvalho@laposte.net", "Inès Carvalho")),
        tzid=ROMANCE, tz="romance", prodid="-//Microsoft Corporation//Microsoft Bookings//EN"))
    out.append(simple(
        "panel-en", "040000008200E00074C5B7101A82E00800000000C4A2E51E74A3FAEF4DF0E74C73A24B7CF7029CDD",
        f"{UIA}-panel-en",
        "Interview panel – HVAC Technician (Monaco contract) – candidate: Liam O'Connor",
        "20260210T100000", "20260210T110000",
        desc="Hi all,\nPanel for the Monaco residential contract. Karim: technical questions (chillers, VRV, "
             "F-gas). Stéphane: team fit & on-call. I'll cover package and work permit.\nScorecards in the shared "
             "folder.\nNathalie",
        loc="Teams", organizer=org(RH, "Ruiz, Nathalie"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt(BOSS, "Gaudin, Stéphane"),
                   oatt("liam.oconnor.hvac@gmail.com", "Liam O'Connor")),
        tzid=ROMANCE, tz="romance", prodid=OUTLOOK))

    uid = "pms-creneaux-alternants-2026@provence-multiservices.fr"
    series = [
        "DTSTART;TZID=Europe/Paris:20260212T140000",
        "DTEND;TZID=Europe/Paris:20260212T160000",
        "RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=4",
        "SUMMARY:" + esc("Créneaux entretiens alternants (tuteurs : Karim, Jérôme)"),
        "DESCRIPTION:" + esc("Les candidats alternants sont reçus par leur futur tuteur. Liste des candidats "
                             "du jour dans le Teams RH."),
        org(RH, "Nathalie Ruiz"),
        att(ME_WORK, ME_NAME),
        att("jerome.pastor@provence-multiservices.fr", "Jérôme Pastor"),
    ]
    override = [
        "RECURRENCE-ID;TZID=Europe/Paris:20260226T140000",
        "DTSTART;TZID=Europe/Paris:20260226T090000",
        "DTEND;TZID=Europe/Paris:20260226T110000",
        "SUMMARY:" + esc("Créneaux entretiens alternants (tuteurs : Karim, Jérôme) – DÉCALÉ au matin"),
        org(RH, "Nathalie Ruiz"),
        att(ME_WORK, ME_NAME),
        att("jerome.pastor@provence-multiservices.fr", "Jérôme Pastor"),
        "SEQUENCE:1",
    ]
    out.append(Ev("recurring-alternants", uid, f"{UIA}-recurring-fr", series, prodid=THUNDERBIRD, more=[override]))

    out.append(simple(
        "workday-interviewer", "WD-INT-PMS-2231-0217", f"{UIA}-workday-fr",
        "Interview Scheduled: Technicien de maintenance (R-2231) - Candidate: Théo Marin",
        "20260217T080000Z", "20260217T090000Z",
        desc="Job Requisition: R-2231 Technicien de maintenance\nCandidate: Théo Marin\n"
             "Interviewer(s): Karim Benhaddou\nPlease submit your feedback in Workday after the interview.",
        organizer=org("provencemultiservices@myworkday.com", "PMS Recruiting"),
        attendees=(att(ME_WORK, ME_NAME),), tzid=None, tz="none", prodid="-//Workday Inc//Workday Calendar//EN"))
    out.append(simple(
        "cancel-candidate", "WD-INT-PMS-2231-0217-B", f"{UIA}-cancelled-fr",
        "Annulé : Entretien candidat – Hugo Pereira (technicien)", "20260218T140000", "20260218T150000",
        desc="Le candidat a accepté une autre offre. Créneau libéré.", organizer=org(RH, "Ruiz, Nathalie"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"),),
        extra=("STATUS:CANCELLED", "SEQUENCE:1"), tzid=ROMANCE, tz="romance", prodid=OUTLOOK, method="CANCEL"))
    out.append(simple(
        "organiser-laposte", "6y5t4r3e2w1q0p9o8i7u6y5t4r@google.com", f"{UIA}-organiser-freemail-fr",
        "Entretien – poste chef d'équipe – M. Rachid Benali", "20260224T160000", "20260224T170000",
        desc="Bonjour M. Benali,\nJe vous confirme notre entretien pour le poste de chef d'équipe à l'agence de "
             "Marseille. Merci de vous présenter à l'accueil.\nKarim Benhaddou\nTechnicien CVC – Provence "
             "Multiservices",
        loc="Provence Multiservices, 18 bd de la Méditerranée, Marseille", organizer=org(ME_WORK, ME_NAME),
        attendees=(gatt(ME_WORK, ME_NAME, part="ACCEPTED"), gatt("rachid.benali@laposte.net", "Rachid Benali"))))
    out.append(simple(
        "shadowing", "040000008200E00074C5B7101A82E00800000000F006A5A9949C8531606A98F536C248F962F90151",
        f"{UIA}-shadowing-fr",
        "Recrutement technicien – Karim en observateur (formation recruteurs)", "20260303T100000",
        "20260303T110000",
        desc="Karim assiste à l'entretien mené par Stéphane (candidate : Léa Giraud) pour se former à la "
             "conduite d'entretien avant de mener ses propres entretiens alternants.",
        loc="Salle Frioul", organizer=org(BOSS, "Gaudin, Stéphane"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt("lea.giraud@gmail.com", "Léa Giraud")),
        tzid=ROMANCE, tz="romance", prodid=OUTLOOK))
    out.append(simple(
        "jobdating-stand", "D2E3F4A5-B6C7-4D8E-9F0A-1B2C3D4E5F60", f"{UIA}-jobdating-fr",
        "Job dating alternance CFA – stand Provence Multiservices", "20260311T090000", "20260311T130000",
        desc="Tenir le stand avec Nathalie, entretiens express 10 min avec les apprentis, ramener les CV.",
        loc="CFA BTP, Marseille 14e", prodid=APPLE, method=None))
    out.append(simple(
        "internal-jury", "040000008200E00074C5B7101A82E0080000000014EE50F96B515B5922AE4AD05E667CE4198CCE08",
        f"{UIA}-internal-fr",
        "Jury promotion interne chef d'équipe – candidature Mickaël Durand", "20260316T140000",
        "20260316T150000",
        desc="Jury : Stéphane Gaudin, Nathalie Ruiz, Karim Benhaddou. Mickaël présente son projet d'équipe "
             "(15 min) puis questions.",
        loc="Salle Frioul", organizer=org(BOSS, "Gaudin, Stéphane"),
        attendees=(oatt(ME_WORK, "Benhaddou, Karim"), oatt(RH, "Ruiz, Nathalie"),
                   oatt("mickael.durand@provence-multiservices.fr", "Durand, Mickaël")),
        tzid=ROMANCE, tz="romance", prodid=OUTLOOK))
    return out

