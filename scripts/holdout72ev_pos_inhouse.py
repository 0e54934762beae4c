"""holdout72: the user's own interviews for in-house legal roles (ATS, schedulers, direct, agency, founder)."""

from __future__ import annotations

from holdout72ev_ics import (
    ME_CN,
    ME_FREE,
    P_GOOGLE,
    P_OUTLOOK,
    P_OUTLOOK16,
    ROMANCE,
    Ev,
    att,
    cal,
    ev,
    meet,
    olson_tz,
    org,
    outlook_extra,
    outlook_tz,
    outlook_uid,
    resource,
    room,
    teams,
)


def verdane_workday() -> Ev:
    uid = "WD-Interview-R-004512-ELMARTIN-1@verdane.myworkday.com"
    desc = (
        "Bonjour Élodie,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste suivant :\n\n"
        "Poste : Juriste Corporate Senior (H/F) – R-004512\nSociété : Verdane Énergies SA\n"
        "Type d'entretien : Entretien RH (visio)\nAvec : Lucie Garnier-Morin, Talent Acquisition Partner\n\n"
        "Le lien de visioconférence vous sera communiqué par Lucie.\n\nL'équipe Recrutement Verdane"
    )
    e = ev(
        uid, "DTSTART:20251021T083000Z", "DTEND:20251021T091500Z",
        "Entretien avec Verdane Énergies – Juriste Corporate Senior (R-004512)",
        stamp="20251015T140210Z",
        organizer=org("verdane@myworkday.com", "Verdane Recrutement"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("lucie.garnier-morin@verdane.com", "Lucie Garnier-Morin")],
        desc=desc, loc="Visioconférence", seq=0,
    )
    return Ev("workday-hr-screen-fr", "fr", cal([e], "-//Workday//Workday Calendar//FR"), uid, 1,
              "Verdane Énergies", "Juriste Corporate Senior", "recruiter_screen", "lucie.garnier-morin@verdane.com")


def verdane_manager() -> Ev:
    uid = outlook_uid("verdane-manager")
    desc = (
        "Bonjour Élodie,\n\nSuite à votre échange avec Lucie, je vous propose un entretien avec moi-même, en tant "
        "que Directeur juridique Corporate & Gouvernance, pour le poste de Juriste Corporate Senior.\n\n"
        "Cordialement,\nThomas Ravier\n\n" + teams("fr", "OGQ3YzFhNTMtZmU1", "341 226 870 019")
    )
    e = ev(
        uid, f"DTSTART;TZID={ROMANCE}:20251104T170000", f"DTEND;TZID={ROMANCE}:20251104T180000",
        "Juriste Corporate Senior – échange avec Thomas Ravier",
        stamp="20251028T110003Z", sum_lang="fr-FR",
        organizer=org("thomas.ravier@verdane.com", "RAVIER Thomas"),
        attendees=[att(ME_FREE, "elodie.martin.avocat@orange.fr")],
        desc=desc, loc="Réunion Microsoft Teams", seq=0, extra=outlook_extra(),
    )
    return Ev("outlook-teams-manager-fr", "fr", cal([e], P_OUTLOOK, tz=outlook_tz(ROMANCE)), uid, 1,
              "Verdane Énergies", "Juriste Corporate Senior", "hiring_manager", "thomas.ravier@verdane.com")


def blp_successfactors() -> Ev:
    uid = "sf-interview-8c2a71f0-5d3e-4b11-a0e9-blp-2025"
    desc = (
        "Madame Martin,\n\nNous avons le plaisir de vous inviter à un entretien dans nos locaux, Quai de l'Île 5, "
        "1204 Genève, pour le poste de Juriste Corporate & Gouvernance (H/F).\n\nVous rencontrerez :\n"
        "- Me Caroline Jaquet, Head of Legal & Compliance\n- M. Olivier Berset, Secrétaire général\n\n"
        "Votre contact : Mélanie Rochat, Talent Acquisition (elle vous accueillera mais ne participe pas à "
        "l'entretien).\n\nBanque Lémanique Privée SA – Ressources Humaines"
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Zurich:20251127T140000", "DTEND;TZID=Europe/Zurich:20251127T153000",
        "Invitation à un entretien : Juriste Corporate & Gouvernance (H/F)",
        stamp="20251119T090918Z",
        organizer=org("melanie.rochat@blp.ch", "Mélanie Rochat"),
        attendees=[att(ME_FREE, ME_CN), att("caroline.jaquet@blp.ch", "Caroline Jaquet"),
                   att("olivier.berset@blp.ch", "Olivier Berset"),
                   room("gva-salle-leman@blp.ch", "GVA – Salle Léman")],
        desc=desc, loc="Banque Lémanique Privée, Quai de l'Île 5, 1204 Genève", seq=0,
    )
    return Ev("successfactors-onsite-geneva-fr", "fr", cal([e], "-//SAP SuccessFactors//Interview Scheduling//EN",
              tz=olson_tz("Europe/Zurich")), uid, 1, "Banque Lémanique Privée", "Juriste Corporate & Gouvernance",
              "onsite", "caroline.jaquet@blp.ch;olivier.berset@blp.ch")


def marceau_talentsoft() -> Ev:
    uid = "TS-ENT-2025-118274@groupe-marceau.talent-soft.com"
    desc = (
        "Bonjour Élodie,\n\nVotre candidature au poste de Juriste Droit des sociétés (H/F) – CDI – Paris a "
        "retenu notre attention. Karine Dumas, chargée de recrutement, vous appellera pour un premier échange "
        "d'une vingtaine de minutes.\n\nCordialement,\nL'équipe Recrutement – Groupe Marceau Distribution"
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251017T120000", "DTEND;TZID=Europe/Paris:20251017T122000",
        "Entretien téléphonique – Juriste Droit des sociétés (H/F) – CDI – Paris",
        stamp="20251013T080414Z",
        organizer=org("recrutement@groupe-marceau.fr", "Groupe Marceau – Recrutement"),
        attendees=[att(ME_FREE, "MARTIN Élodie"), att("karine.dumas@groupe-marceau.fr", "DUMAS Karine")],
        desc=desc, loc="Appel téléphonique", seq=0,
    )
    return Ev("talentsoft-phone-screen-fr", "fr", cal([e], "-//Cegid//Talentsoft Recruiting//FR",
              tz=olson_tz("Europe/Paris")), uid, 1, "Groupe Marceau Distribution",
              "Juriste Droit des sociétés (H/F)", "recruiter_screen", "karine.dumas@groupe-marceau.fr")


def ravel_smartrecruiters() -> Ev:
    uid = "b37e2f0c-91d4-4a6e-8f5b-0c1d2e3f4a5b@smartrecruiters.com"
    desc = (
        "Bonjour Élodie,\n\nVous êtes invitée à un entretien vidéo pour le poste de Legal Counsel Corporate & M&A "
        "avec Aurélie Castaing, Directrice Juridique Groupe, et Benoît Sarda, Senior Legal Counsel.\n\n"
        + teams("fr", "YjI5ZDA3NmEtMWE4", "377 905 612 084")
        + "\n\nPour toute question, contactez Pauline Ferrand (Talent Acquisition).\n\nPowered by SmartRecruiters"
    )
    e = ev(
        uid, "DTSTART:20251112T100000Z", "DTEND:20251112T110000Z",
        "Entretien vidéo – Legal Counsel Corporate & M&A – Maison Ravel",
        stamp="20251105T154512Z",
        organizer=org("pauline.ferrand@maisonravel.com", "Pauline Ferrand"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("a.castaing@maisonravel.com", "Aurélie Castaing"),
                   att("b.sarda@maisonravel.com", "Benoît Sarda")],
        desc=desc, loc="Microsoft Teams", seq=0,
    )
    return Ev("smartrecruiters-video-fr", "fr", cal([e], "-//SmartRecruiters//Interview Scheduler//EN"), uid, 1,
              "Maison Ravel", "Legal Counsel Corporate & M&A", "hiring_manager",
              "a.castaing@maisonravel.com;b.sarda@maisonravel.com")


def montaigne_case() -> Ev:
    uid = "6ab0t2eqc1n9m3jf5uk8p4lr7s@google.com"
    desc = (
        "Élodie,\n\nComme évoqué : 45 min de cas pratique sur un term sheet LBO (management package, pacte "
        "d'associés, garanties), puis 15 min de questions. Je vous envoie le dossier une heure avant.\n\n"
        "Guillaume\n\n" + meet("fr", "pvo-kzrd-nae")
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251120T080000", "DTEND;TZID=Europe/Paris:20251120T090000",
        "Montaigne Capital – Legal Counsel – cas pratique",
        stamp="20251114T171248Z",
        organizer=org("g.tessier@montaigne-cap.com", "Guillaume Tessier"),
        attendees=[att("g.tessier@montaigne-cap.com", "Guillaume Tessier", stat="ACCEPTED"),
                   att(ME_FREE, ME_CN)],
        desc=desc, loc="", extra=["SEQUENCE:0", "X-GOOGLE-CONFERENCE:https://meet.google.com/pvo-kzrd-nae"],
    )
    return Ev("google-case-study-fr", "fr", cal([e], P_GOOGLE, tz=olson_tz("Europe/Paris")), uid, 1,
              "Montaigne Capital", "Legal Counsel", "technical", "g.tessier@montaigne-cap.com")


def meridia_agency() -> Ev:
    uid = outlook_uid("meridia-agency")
    desc = (
        "Hi Elodie,\n\nConfirming your first interview with Meridia Pharma: you will meet Sven Claes, General "
        "Counsel EMEA, by video (Teams link from Meridia to follow). I will call you the day before to prepare.\n\n"
        "Best,\nOliver Grant\nPrincipal Consultant – Harcourt Legal Search, Brussels"
    )
    e = ev(
        uid, f"DTSTART;TZID={ROMANCE}:20251029T150000", f"DTEND;TZID={ROMANCE}:20251029T154500",
        "Interview confirmation – Meridia Pharma – Legal Counsel Corporate (Brussels)",
        stamp="20251023T152300Z", sum_lang="en-GB",
        organizer=org("oliver.grant@harcourtlegal.com", "Oliver Grant"),
        attendees=[att(ME_FREE, "Elodie Martin"), att("sven.claes@meridiapharma.com", "Sven Claes")],
        desc=desc, loc="Video call (Teams)", seq=0, extra=outlook_extra(),
    )
    return Ev("agency-names-employer-en", "en", cal([e], P_OUTLOOK16, tz=outlook_tz(ROMANCE)), uid, 1,
              "Meridia Pharma", "Legal Counsel Corporate (Brussels)", "hiring_manager", "sven.claes@meridiapharma.com")


def meridia_final() -> Ev:
    uid = outlook_uid("meridia-final")
    desc = (
        "Dear Elodie,\n\nWe are delighted to invite you to the final round for the Legal Counsel Corporate "
        "position at our Brussels headquarters.\n\n09:30 Sven Claes, General Counsel EMEA\n"
        "10:15 Ilse Wouters, Chief Financial Officer\n\nPlease ask for me at reception.\n\n"
        "Kind regards,\nLaura Dubois\nTalent Acquisition Coordinator, Meridia Pharma"
    )
    e = ev(
        uid, f"DTSTART;TZID={ROMANCE}:20251216T093000", f"DTEND;TZID={ROMANCE}:20251216T110000",
        "Final interview – Legal Counsel Corporate – Elodie Martin",
        stamp="20251209T101500Z", sum_lang="en-US",
        organizer=org("ta.coordination@meridiapharma.com", "Dubois, Laura"),
        attendees=[att(ME_FREE, "Elodie Martin"), att("sven.claes@meridiapharma.com", "Claes, Sven"),
                   att("ilse.wouters@meridiapharma.com", "Wouters, Ilse"),
                   room("bxl-hq-2.04@meridiapharma.com", "BXL HQ 2.04 (6)")],
        desc=desc, loc="Meridia Pharma HQ, Rue de la Fusée 60, 1130 Brussels; BXL HQ 2.04 (6)", seq=0,
        extra=outlook_extra(),
    )
    return Ev("outlook-final-coordinator-room-en", "en", cal([e], P_OUTLOOK, tz=outlook_tz(ROMANCE)), uid, 1,
              "Meridia Pharma", "Legal Counsel Corporate", "final",
              "sven.claes@meridiapharma.com;ilse.wouters@meridiapharma.com")


def lumen_lever() -> Ev:
    uid = "lever-interview-5f0e9a4c-2b71-4c3d-9e8f-61a2b3c4d5e6"
    desc = (
        "Bonjour Élodie,\n\nMerci pour votre intérêt pour le poste de Legal Counsel chez Lumen Mobility ! "
        "Vous échangerez pendant 30 minutes avec Inès Bouchard (Talent Acquisition Partner).\n\n"
        "Lien Google Meet : https://meet.google.com/qwd-hsnb-ufe\n\nÀ très vite,\nL'équipe Lumen"
    )
    e = ev(
        uid, "DTSTART:20251014T090000Z", "DTEND:20251014T093000Z",
        "Entretien avec Lumen Mobility",
        stamp="20251008T130955Z",
        organizer=org("ines.bouchard@lumen-mobility.com", "Inès Bouchard"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("ines.bouchard@lumen-mobility.com", "Inès Bouchard",
                                                      stat="ACCEPTED")],
        desc=desc, loc="https://meet.google.com/qwd-hsnb-ufe", seq=0,
    )
    return Ev("lever-recruiter-fr", "fr", cal([e], "-//Lever//Lever Hire//EN"), uid, 1,
              "Lumen Mobility", "Legal Counsel", "recruiter_screen", "ines.bouchard@lumen-mobility.com")


def lumen_case() -> Ev:
    uid = "2hd8q4ks0v7e1pm9cn3ba6ot5j@google.com"
    desc = (
        "Cas pratique : revue d'un term sheet de levée de fonds série B + questions de corporate housekeeping "
        "(AG, registre des mouvements de titres, BSPCE). Présentation de 20 min puis échange avec Julia et moi.\n\n"
        + meet("fr", "tya-pkwm-rzc")
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251024T140000", "DTEND;TZID=Europe/Paris:20251024T151500",
        "Étude de cas – Legal Counsel (Lumen Mobility)",
        stamp="20251017T160121Z",
        organizer=org("hugo.marchand@lumen-mobility.com", "Hugo Marchand"),
        attendees=[att("hugo.marchand@lumen-mobility.com", "Hugo Marchand", stat="ACCEPTED"),
                   att("julia.costa@lumen-mobility.com", "Julia Costa", stat="ACCEPTED"), att(ME_FREE)],
        desc=desc, extra=["SEQUENCE:0"],
    )
    return Ev("google-case-two-interviewers-fr", "fr", cal([e], P_GOOGLE, tz=olson_tz("Europe/Paris")), uid, 1,
              "Lumen Mobility", "Legal Counsel", "technical",
              "hugo.marchand@lumen-mobility.com;julia.costa@lumen-mobility.com")


def quantaly_ashby() -> Ev:
    uid = "ashby-7d1c0e55-3b2f-4f1a-8c9d-quantaly-001"
    desc = (
        "Hi Élodie,\n\nYou're confirmed for a 45-minute conversation with Priya Raman, General Counsel, about the "
        "Senior Legal Counsel (Corporate) role.\n\nJoin with Google Meet: https://meet.google.com/ebc-wnqx-ooa\n\n"
        "Need to reschedule? Just reply to your recruiter, Tom Becker.\n\nScheduled with Ashby"
    )
    e = ev(
        uid, "DTSTART:20251031T103000Z", "DTEND:20251031T111500Z",
        "Interview with Quantaly: Senior Legal Counsel (Corporate)",
        stamp="20251027T084400Z",
        organizer=org("tom.becker@quantaly.com", "Tom Becker"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("priya.raman@quantaly.com", "Priya Raman")],
        desc=desc, loc="Google Meet", seq=0,
    )
    return Ev("ashby-hiring-manager-en", "en", cal([e], "-//Ashby//Ashby Scheduling//EN"), uid, 1,
              "Quantaly", "Senior Legal Counsel (Corporate)", "hiring_manager", "priya.raman@quantaly.com")


def orbeo_onsite() -> Ev:
    uid = "greenhouse-int-88417230-orbeo@greenhouse.io"
    desc = (
        "Your onsite interview at Orbeo – 27 rue du Faubourg Poissonnière, 75009 Paris (4th floor)\n\n"
        "10:00 – 10:45  Marc-Antoine Roy, General Counsel\n10:45 – 11:30  Leïla Benhamou, Senior Legal Counsel\n"
        "11:30 – 12:00  Camille Fournier, CFO\n\nYour coordinator for the day is Jade Lemaire (Recruiting "
        "Coordinator); she will meet you at reception.\n\nScheduled via Greenhouse"
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251113T100000", "DTEND;TZID=Europe/Paris:20251113T120000",
        "Onsite: Orbeo – Legal Counsel, Corporate & Commercial",
        stamp="20251106T143322Z",
        organizer=org("jade.lemaire@orbeo.com", "Jade Lemaire"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("ma.roy@orbeo.com", "Marc-Antoine Roy"),
                   att("l.benhamou@orbeo.com", "Leïla Benhamou"), att("c.fournier@orbeo.com", "Camille Fournier"),
                   resource("par-4-montmartre@orbeo.com", "PAR-4-Montmartre")],
        desc=desc, loc="Orbeo, 27 rue du Faubourg Poissonnière, 75009 Paris", seq=0,
    )
    return Ev("greenhouse-onsite-en", "en", cal([e], "-//Greenhouse Software//Interview Scheduler//EN",
              tz=olson_tz("Europe/Paris")), uid, 1, "Orbeo", "Legal Counsel, Corporate & Commercial", "onsite",
              "ma.roy@orbeo.com;l.benhamou@orbeo.com;c.fournier@orbeo.com")


def orbeo_phone() -> Ev:
    uid = "greenhouse-int-88390114-orbeo@greenhouse.io"
    e = ev(
        uid, "DTSTART:20251027T153000Z", "DTEND:20251027T160000Z",
        "Entretien téléphonique avec Orbeo – Legal Counsel",
        stamp="20251022T101010Z",
        organizer=org("h.petit@orbeo.com", "Hugo Petit"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("h.petit@orbeo.com", "Hugo Petit", stat="ACCEPTED")],
        desc="Bonjour Élodie,\n\nHugo Petit (Talent Partner) vous appellera au numéro indiqué dans votre "
             "candidature pour un premier échange sur le poste de Legal Counsel.\n\nPlanifié via Greenhouse",
        loc="Téléphone", seq=0,
    )
    return Ev("greenhouse-phone-fr", "fr", cal([e], "-//Greenhouse Software//Interview Scheduler//EN"), uid, 1,
              "Orbeo", "Legal Counsel", "recruiter_screen", "h.petit@orbeo.com")


def tessaly_bookings() -> Ev:
    uid = outlook_uid("tessaly-bookings")
    desc = (
        "Votre rendez-vous avec Tessaly Assurances est confirmé.\n\nService : Entretien de recrutement – Juriste "
        "Corporate\nMembre du personnel : Émilie Renaud (chargée de recrutement)\nDurée : 30 minutes\n\n"
        + teams("fr", "NTMzODI4ZjItOTk2", "312 004 558 271")
        + "\n\nPour modifier ou annuler votre rendez-vous, utilisez le lien de votre e-mail de confirmation."
    )
    e = ev(
        uid, "DTSTART:20251030T133000Z", "DTEND:20251030T140000Z",
        "Entretien de recrutement – Juriste Corporate",
        stamp="20251024T200100Z", sum_lang="fr-FR",
        organizer=org("TessalyRecrutement@tessaly.onmicrosoft.com", "Tessaly Recrutement"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("emilie.renaud@tessaly.fr", "Émilie Renaud")],
        desc=desc, loc="Réunion Microsoft Teams", seq=0, extra=outlook_extra(),
    )
    return Ev("ms-bookings-fr", "fr", cal([e], P_OUTLOOK16), uid, 1,
              "Tessaly Assurances", "Juriste Corporate", "recruiter_screen", "emilie.renaud@tessaly.fr")


def opale_calcom() -> Ev:
    uid = "kQm2x8Rf3vTz9bNw4yLp6c@Cal.com"
    desc = (
        "Quoi :\nEntretien Head of Legal\n\nAvec :\nOpale – la plateforme de gestion des contrats pour les PME\n\n"
        "Qui :\nMaxime Aubry - Organisateur\nmaxime@opale.legal\nÉlodie Martin\nelodie.martin.avocat@orange.fr\n\n"
        "Où :\nCal Video\nhttps://app.cal.com/video/kQm2x8Rf3vTz9bNw4yLp6c\n\n"
        "Besoin de modifier ? Annuler ou replanifier : https://app.cal.com/booking/kQm2x8Rf3vTz9bNw4yLp6c"
    )
    e = ev(
        uid, "DTSTART:20251105T160000Z", "DTEND:20251105T164500Z",
        "Entretien Head of Legal entre Maxime Aubry et Élodie Martin",
        stamp="20251030T091300Z",
        organizer=org("maxime@opale.legal", "Maxime Aubry"),
        attendees=[att(ME_FREE, ME_CN, stat="ACCEPTED")],
        desc=desc, loc="https://app.cal.com/video/kQm2x8Rf3vTz9bNw4yLp6c",
    )
    return Ev("calcom-founder-fr", "fr", cal([e], "-//Cal.com Inc.//Cal.com Event//EN"), uid, 1,
              "Opale", "Head of Legal", "hiring_manager", "maxime@opale.legal")


def kelvin_founder() -> Ev:
    uid = "4qg1n7ur2e0b8ls5tj6cv3mk9d@google.com"
    desc = (
        "Hello Élodie, ravi que tu sois partante pour en discuter ! Comme évoqué, on cherche notre premier·e "
        "juriste chez Kelvin Labs (on boucle la série A en janvier). Ce sera un vrai entretien mais détendu : "
        "ton parcours, le poste, et Sarah (notre CTO et cofondatrice) nous rejoindra pour la 2e moitié.\n\nYanis"
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251121T090000", "DTEND;TZID=Europe/Paris:20251121T100000",
        "Café – Élodie / Yanis",
        stamp="20251117T222045Z",
        organizer=org("yanis.kaci@gmail.com", "Yanis Kaci"),
        attendees=[att("yanis.kaci@gmail.com", "Yanis Kaci", stat="ACCEPTED"),
                   att("sarah.lenoir@kelvinlabs.io", "Sarah Lenoir", stat="TENTATIVE"), att(ME_FREE)],
        desc=desc, loc="Café Pierre, 17 rue Oberkampf, 75011 Paris", extra=["SEQUENCE:0"],
    )
    return Ev("freemail-founder-body-only-fr", "fr", cal([e], P_GOOGLE, tz=olson_tz("Europe/Paris")), uid, 1,
              "Kelvin Labs", "premier·e juriste", "", "yanis.kaci@gmail.com;sarah.lenoir@kelvinlabs.io")


def events() -> list[Ev]:
    return [
        verdane_workday(), verdane_manager(), blp_successfactors(), marceau_talentsoft(), ravel_smartrecruiters(),
        montaigne_case(), meridia_agency(), meridia_final(), lumen_lever(), lumen_case(), quantaly_ashby(),
        orbeo_onsite(), orbeo_phone(), tessaly_bookings(), opale_calcom(), kelvin_founder(),
    ]
