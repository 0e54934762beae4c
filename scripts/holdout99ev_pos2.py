"""holdout99 interviews, part 2: security services, banks, transit, aerospace, space, data centres, energy."""

from __future__ import annotations

from holdout99ev_common import (
    GOOGLE,
    ME_FREE,
    OUTLOOK,
    PARIS,
    ROMANCE,
    Ev,
    att,
    cal,
    esc,
    org,
)
from holdout99ev_video import meet_fr, teams_fr, zoom_en


def events() -> list[Ev]:
    out: list[Ev] = []

    # 12 Vigilis Sécurité: Calendly booking made by the user with the recruiter.
    uid = "a91c4e7f-2b08-4d3e-9f61-calendly-vigilis-2025"
    desc = (
        "Type d'événement : Échange 30 min – Chef de secteur sûreté (Haute-Garonne)\n"
        "Invité : Sébastien Moreau\nAdresse e-mail de l'invité : seb.moreau31@free.fr\n"
        "Date et heure : 14:00 - mardi 14 octobre 2025 (Heure d'Europe centrale)\n"
        "Lieu : Cette réunion est un appel téléphonique. Pauline Gimenez vous appellera au +33 6 71 22 48 90.\n\n"
        "Réponses :\nVotre disponibilité : préavis 3 mois (démission fonction publique en cours)\n\n"
        "Besoin d'apporter des modifications à cet événement ?\nAnnuler : https://calendly.com/cancellations/"
        "a91c4e7f\nReprogrammer : https://calendly.com/reschedulings/a91c4e7f\n\nPropulsé par Calendly.com"
    )
    out.append(Ev("calendly-invitee-phone-fr", cal("-//Calendly//Calendly//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251008T190301Z",
        "DTSTART:20251014T120000Z",
        "DTEND:20251014T123000Z",
        "SUMMARY:Sébastien Moreau et Pauline Gimenez",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:+33 6 71 22 48 90",
        "ORGANIZER;CN=Pauline Gimenez:mailto:pauline.gimenez@vigilis.fr",
        att(ME_FREE, "Sébastien Moreau", partstat="ACCEPTED"),
        "STATUS:CONFIRMED",
    ]]),
        uid, 1, "Vigilis Sécurité", "Chef de secteur sûreté (Haute-Garonne)", "recruiter_screen",
        "pauline.gimenez@vigilis.fr", "calendly-user-invitee-fr"))

    # 13 Vigilis: practical test at the security control room, Google Calendar.
    uid = "6hj2o1c5qk9v3m0vigilis8pcs4l@google.com"
    desc = (
        "Sébastien,\n\nComme évoqué avec Pauline, la 2e étape est une mise en situation au PC sécurité de notre "
        "agence de Balma : gestion d'un incident (alarme intrusion + malaise client) puis débrief avec moi et "
        "Yannick Bories, notre responsable d'exploitation.\n\nAdresse : Vigilis Sécurité, 5 rue Gaston Doumergue, "
        "31130 Balma. Parking visiteurs.\n\nMathieu Estrade\nDirecteur d'agence Occitanie Ouest"
    )
    out.append(Ev("google-practical-test-fr", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20251022T093000",
        "DTEND;TZID=Europe/Paris:20251022T113000",
        "DTSTAMP:20251016T084512Z",
        org("mathieu.estrade@vigilis.fr", "Mathieu Estrade"),
        f"UID:{uid}",
        att("yannick.bories@vigilis.fr", "Yannick Bories", partstat="ACCEPTED"),
        att("pauline.gimenez@vigilis.fr", "Pauline Gimenez", role="OPT-PARTICIPANT", partstat="ACCEPTED"),
        att(ME_FREE, ME_FREE),
        att("mathieu.estrade@vigilis.fr", "Mathieu Estrade", partstat="ACCEPTED", rsvp="FALSE"),
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Vigilis Sécurité\\, 5 Rue Gaston Doumergue\\, 31130 Balma\\, France",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Mise en situation PC sécurité – S. Moreau (chef de secteur)",
        "TRANSP:OPAQUE",
    ]], tz=PARIS),
        uid, 1, "Vigilis Sécurité", "chef de secteur", "technical",
        "mathieu.estrade@vigilis.fr;yannick.bories@vigilis.fr", "google-practical-pc-securite-fr"))

    # 14 Banque Garonne & Tarn via iCIMS, hiring manager, company only as BGT in the title.
    uid = "icims-bgt-int-0004471-2"
    desc = (
        "Bonjour Sébastien,\n\nVous êtes invité(e) à un entretien pour le poste : Chargé(e) de sécurité des "
        "agences – Direction des Risques (Réf. 2025-0417).\nResponsable du recrutement : Éric Bousquet, Responsable "
        "Sécurité Physique\nFormat : visioconférence Teams (lien ci-dessous)\n\n"
        + teams_fr("291 664 018 337", "Bg7aTn")
        + "\n\nBanque Garonne & Tarn – Recrutement\nEnvoyé par iCIMS"
    )
    out.append(Ev("icims-hiring-manager-fr", cal("-//iCIMS//Interview Scheduler//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251017T130000Z",
        "DTSTART;TZID=Europe/Paris:20251024T140000",
        "DTEND;TZID=Europe/Paris:20251024T145000",
        "SUMMARY:BGT – Entretien Chargé(e) de sécurité des agences",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Microsoft Teams",
        "ORGANIZER;CN=BGT Talent:mailto:bgt-talent@talent.icims.com",
        att("eric.bousquet@bgt.fr", "Eric Bousquet"),
        att(ME_FREE, "Sebastien Moreau"),
    ]], tz=PARIS),
        uid, 1, "Banque Garonne & Tarn", "Chargé(e) de sécurité des agences", "hiring_manager",
        "eric.bousquet@bgt.fr", "icims-abbrev-title-fr"))

    # 15 Mobilités Tolosanes (transit operator): convocation before a recruitment jury where the user is candidate.
    uid = "040000008200E00074C5B7101A82E00800000000AA12F0E6D43DDC0100000000000000001000000077B2C1D0E9"
    desc = (
        "Monsieur MOREAU,\n\nNous avons le plaisir de vous convoquer à l'entretien avec le jury de recrutement "
        "pour le poste de Responsable Sûreté Réseau (métro, tram, bus).\n\nMembres du jury : M. Alain Cabanis "
        "(Directeur de l'exploitation), Mme Sandrine Esquerré (Responsable Sûreté et Prévention), Mme Laure "
        "Py (Direction des Ressources Humaines).\n\nL'entretien débutera par une présentation de 10 minutes de "
        "votre part sur le thème : « Sûreté des voyageurs en soirée : priorités des 12 premiers mois ».\n\n"
        "Merci de vous munir de votre convocation et d'une pièce d'identité.\n\nService Recrutement\nMobilités "
        "Tolosanes"
    )
    out.append(Ev("outlook-jury-candidate-fr", cal(OUTLOOK, [[
        "CLASS:PUBLIC",
        f"DESCRIPTION:{esc(desc)}",
        "DTSTART;TZID=Romance Standard Time:20251112T100000",
        "DTEND;TZID=Romance Standard Time:20251112T110000",
        "DTSTAMP:20251103T141122Z",
        "LOCATION:Siège MT - 21 bd de la Gare - salle du Conseil",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr:Convocation jury de recrutement – Responsable Sûreté Réseau – M. MOREAU Sébastien",
        f"UID:{uid}",
        org("recrutement@mobilites-tolosanes.fr", '"Recrutement MT"'),
        att(ME_FREE, "MOREAU Sébastien"),
        att("alain.cabanis@mobilites-tolosanes.fr", '"Cabanis, Alain"'),
        att("sandrine.esquerre@mobilites-tolosanes.fr", '"Esquerré, Sandrine"'),
        att("laure.py@mobilites-tolosanes.fr", '"Py, Laure"'),
        att("salle.conseil@mobilites-tolosanes.fr", "Salle du Conseil", role="NON-PARTICIPANT", cutype="ROOM"),
    ]], tz=ROMANCE),
        uid, 1, "Mobilités Tolosanes", "Responsable Sûreté Réseau", "onsite",
        "alain.cabanis@mobilites-tolosanes.fr;sandrine.esquerre@mobilites-tolosanes.fr;laure.py@mobilites-tolosanes.fr",
        "outlook-jury-user-candidate-fr"))

    # 16 Héliance Aerospace: Greenhouse recruiter screen in English on Zoom.
    uid = "greenhouse-4417820-7731902@heliance.aero"
    desc = (
        "Hi Sébastien,\n\nThanks for your interest in Heliance! This is a 30-minute introductory call with "
        "Rachel Okafor (Talent Partner) for the Site Security Manager – Toulouse role (Req 2241). We'll go over "
        "your background, the role and next steps. Part of the conversation will be in English.\n\n"
        + zoom_en("Rachel Okafor", "874 2209 1156", "471902")
        + "\n\nNeed to reschedule? Reply to this email.\n\nThe Heliance Talent Team"
    )
    out.append(Ev("greenhouse-zoom-screen-en", cal(GOOGLE, [[
        "DTSTART:20251008T130000Z",
        "DTEND:20251008T133000Z",
        "DTSTAMP:20251003T092011Z",
        "ORGANIZER;CN=Heliance Recruiting:mailto:recruiting@heliance.aero",
        f"UID:{uid}",
        att("rachel.okafor@heliance.aero", "Rachel Okafor", partstat="ACCEPTED"),
        att(ME_FREE, ME_FREE),
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:https://zoom.us/j/87422091156",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Sébastien Moreau <> Heliance | Recruiter Screen",
        "TRANSP:OPAQUE",
    ]]),
        uid, 1, "Héliance Aerospace", "Site Security Manager – Toulouse", "recruiter_screen",
        "rachel.okafor@heliance.aero", "greenhouse-zoom-en"))

    # 17 Héliance onsite loop scheduled with GoodTime; coordinator does not interview.
    uid = "goodtime-evt-88a1f3-heliance-onsite"
    desc = (
        "Hi Sébastien,\n\nYour onsite interview for Site Security Manager – Toulouse is confirmed.\n\n"
        "Schedule (CET):\n09:30 – 10:15  Thomas Girard, Head of Corporate Security\n"
        "10:15 – 11:00  Anke Vogel, Director EHS Europe (in English)\n11:00 – 11:45  Karim Benali, Plant "
        "Manager Toulouse-Colomiers\n\nAddress: Heliance Aerospace, 2 avenue Didier Daurat, 31700 Blagnac – "
        "Building B reception. Please bring a valid ID; escort required (ITAR area).\n\nYour coordinator, Lisa "
        "Martins, will meet you at reception.\n\nScheduled with GoodTime"
    )
    out.append(Ev("goodtime-onsite-loop-en", cal("-//GoodTime.io//Scheduler//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251021T160000Z",
        "DTSTART;TZID=Europe/Paris:20251104T093000",
        "DTEND;TZID=Europe/Paris:20251104T114500",
        "SUMMARY:Onsite Interview – Sébastien Moreau – Site Security Manager (Toulouse)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Heliance Aerospace\\, 2 avenue Didier Daurat\\, 31700 Blagnac",
        "ORGANIZER;CN=Lisa Martins:mailto:lisa.martins@heliance.aero",
        att(ME_FREE, "Sébastien Moreau"),
        att("thomas.girard@heliance.aero", "Thomas Girard"),
        att("anke.vogel@heliance.aero", "Anke Vogel"),
        att("karim.benali@heliance.aero", "Karim Benali"),
    ]], tz=PARIS),
        uid, 1, "Héliance Aerospace", "Site Security Manager", "onsite",
        "thomas.girard@heliance.aero;anke.vogel@heliance.aero;karim.benali@heliance.aero",
        "goodtime-onsite-coordinator-en"))

    # 18 Orbitane Space: Lever hiring manager call, UTC times, Google Meet, English.
    uid = "lever-interview-4c1d9e20-f7a5-4b38-8a2e-0rbitane"
    desc = (
        "Interview: Security & Facilities Lead – Toulouse\nCandidate: Sébastien Moreau\nInterviewer: Nathan "
        "Delmas (VP Operations)\n\nSébastien, Nathan would like to discuss the role, the new integration hall and "
        "what security looks like at a 120-person space start-up.\n\nJoin with Google Meet: "
        "https://meet.google.com/ops-qwre-nmk\n\nScheduled via Lever"
    )
    out.append(Ev("lever-utc-hiring-manager-en", cal("-//Lever//Lever Interview//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251013T101530Z",
        "DTSTART:20251017T080000Z",
        "DTEND:20251017T084500Z",
        "SUMMARY:Sébastien Moreau / Nathan Delmas – Security & Facilities Lead",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:https://meet.google.com/ops-qwre-nmk",
        "ORGANIZER;CN=Orbitane Talent:mailto:no-reply@hire.lever.co",
        att("nathan.delmas@orbitane.space", "Nathan Delmas"),
        att(ME_FREE, "Sébastien Moreau"),
    ]]),
        uid, 1, "Orbitane Space", "Security & Facilities Lead", "hiring_manager",
        "nathan.delmas@orbitane.space", "lever-utc-en"))

    # 19 Nuvexa Data Centers: Ashby case-study interview, English/French.
    uid = "ashby-intv-1b7c33aa-52de-4e1a-bb9a-nuvexa"
    desc = (
        "Hi Sébastien,\n\nYou're confirmed for the Case Study interview for Physical Security Lead – TLS1 "
        "campus.\n\nYou'll have 45 minutes to walk Julien Arnaud (Regional Security Manager, Southern Europe) and "
        "Priya Nair (Director Global Security) through your approach to the attached scenario (tailgating "
        "incident + contractor badge audit), followed by 15 minutes of questions.\n\nMeeting link: "
        "https://nuvexa.zoom.us/j/95510427733\n\nBest,\nNuvexa Recruiting (sent via Ashby)"
    )
    out.append(Ev("ashby-case-study-en", cal("-//Ashby//Ashby Scheduling//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251020T143300Z",
        "DTSTART;TZID=Europe/Paris:20251028T150000",
        "DTEND;TZID=Europe/Paris:20251028T160000",
        "SUMMARY:Case Study – Physical Security Lead (Sébastien Moreau)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Zoom",
        "ORGANIZER;CN=Nuvexa Recruiting:mailto:recruiting@nuvexa.io",
        att("julien.arnaud@nuvexa.io", "Julien Arnaud"),
        att("priya.nair@nuvexa.io", "Priya Nair"),
        att(ME_FREE, "Sébastien Moreau"),
    ]], tz=PARIS),
        uid, 1, "Nuvexa Data Centers", "Physical Security Lead", "technical",
        "julien.arnaud@nuvexa.io;priya.nair@nuvexa.io", "ashby-case-study-en"))

    # 20 DataGaronne: Cal.com booking, recruiter screen, French.
    uid = "calcom-booking-k7Pq2XvN9dGaronne"
    desc = (
        "Quoi : Premier échange – Responsable sécurité site (datacenter Labège) entre Inès Rouquette et Sébastien "
        "Moreau\nQuand : lundi 13 octobre 2025 11:00 - 11:20 (Europe/Paris)\nQui :\n- Inès Rouquette - "
        "Organisateur\n  ines@datagaronne.fr\n- Sébastien Moreau\n  seb.moreau31@free.fr\nOù : Google Meet\n"
        "Notes supplémentaires : 15 ans PN, SSIAP 2 à jour\n\nAnnuler ou reprogrammer : "
        "https://cal.com/booking/k7Pq2XvN9d"
    )
    out.append(Ev("calcom-screen-fr", cal("-//Cal.com Inc.//Cal.com Event//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251009T081010Z",
        "DTSTART:20251013T090000Z",
        "DTEND:20251013T092000Z",
        "SUMMARY:Premier échange – Responsable sécurité site entre Inès Rouquette et Sébastien Moreau",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:https://meet.google.com/dgr-tzke-pua",
        "ORGANIZER;CN=Inès Rouquette:mailto:ines@datagaronne.fr",
        att(ME_FREE, "Sébastien Moreau", partstat="ACCEPTED"),
        "STATUS:CONFIRMED",
    ]]),
        uid, 1, "DataGaronne", "Responsable sécurité site", "recruiter_screen", "ines@datagaronne.fr",
        "calcom-fr"))

    # 21 Énergie Garonne Production: Workday technical interview (physical protection of dams).
    uid = "WD-INTV-EGP-2025-552190"
    desc = (
        "Bonjour Sébastien,\n\nVotre entretien technique pour le poste « Référent Protection Physique – "
        "Aménagements hydroélectriques Pyrénées (F/H) » est planifié.\n\nIntervenants :\n- Guillaume Peyrot, "
        "Chef de la Mission Sûreté\n- Delphine Carrère, Ingénieure sûreté\n\nThèmes : analyse de vulnérabilité, "
        "plan de protection d'un barrage, relations avec la gendarmerie et les services préfectoraux.\n\n"
        + meet_fr("egp-sxvw-rke", "902114556")
    )
    out.append(Ev("workday-meet-technical-fr", cal("-//Workday//Recruiting//EN", [[
        f"UID:{uid}",
        "DTSTAMP:20251104T110000Z",
        "DTSTART;TZID=Europe/Paris:20251113T100000",
        "DTEND;TZID=Europe/Paris:20251113T110000",
        "SUMMARY:Entretien technique – Référent Protection Physique (F/H)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Google Meet",
        "ORGANIZER;CN=Recrutement EGP:mailto:egp@myworkday.com",
        att("guillaume.peyrot@egp-energie.fr", "Guillaume Peyrot"),
        att("delphine.carrere@egp-energie.fr", "Delphine Carrère"),
        att(ME_FREE, "Sébastien Moreau"),
    ]], tz=PARIS),
        uid, 1, "Énergie Garonne Production", "Référent Protection Physique", "technical",
        "guillaume.peyrot@egp-energie.fr;delphine.carrere@egp-energie.fr", "workday-technical-fr"))

    return out
