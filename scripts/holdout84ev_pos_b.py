"""holdout84: the user's own interviews, part B (ATS and scheduler templates)."""

from __future__ import annotations

from holdout84ev_ics import USER_FREE, cal, esc, label, meet_en, teams_en, teams_fr, zoom_en, zoom_fr


def zoopharma_greenhouse():
    uid = "greenhouse-interview-58120447-3@zoopharma.com"
    d = esc(
        "Hi Claire,\n\nThank you for taking the time to interview for the Technical Services Veterinarian – "
        "Companion Animals (France) position at Zoopharma. Below are the details of your case study round.\n\n"
        "Schedule (CET):\n10:00 – 10:45  Case presentation (dermatology / parasiticides) – Dr. Fiona Walsh, "
        "Head of Technical Services EU\n10:45 – 11:30  Technical deep-dive – Dr. Stefan Brandt, Senior "
        "Technical Vet\n\nPlease prepare a 15-minute presentation on the case we sent you and share your slides "
        "from your screen.\n\nBest,\nHannah Okafor\nRecruiting Coordinator, Zoopharma\n\n"
        + teams_en("391 552 806 114", "ZjE0MzYxN2EtZmJl") + "\n\nPowered by Greenhouse"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260311T160223Z
        DTSTART:20260318T090000Z
        DTEND:20260318T103000Z
        SUMMARY:Zoopharma – Case Study Interview – Claire Dubois
        ORGANIZER;CN=Hannah Okafor:mailto:hannah.okafor@zoopharma.com
        ATTENDEE;CN=Claire Dubois;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Fiona Walsh;ROLE=REQ-PARTICIPANT:mailto:fiona.walsh@zoopharma.com
        ATTENDEE;CN=Stefan Brandt;ROLE=REQ-PARTICIPANT:mailto:stefan.brandt@zoopharma.com
        LOCATION:Microsoft Teams
        DESCRIPTION:{d}
        STATUS:CONFIRMED
        SEQUENCE:0
        END:VEVENT
    """, prodid="-//Greenhouse Software//Greenhouse Scheduler//EN")
    return "greenhouse-case-en", ics, label(
        uid, 1, "Zoopharma", "Technical Services Veterinarian – Companion Animals (France)", "technical",
        "fiona.walsh@zoopharma.com;stefan.brandt@zoopharma.com", "greenhouse-utc-coordinator-en")


def nordvet_lever():
    uid = "lever-7a0c3f21-8b5e-4c94-a1de-2f6b9c0e8d53"
    d = esc(
        "Hi Claire,\n\nYou're confirmed for a phone screen with Nordvet Animal Health for the Key Account "
        "Veterinarian – France South-East role.\n\nInterviewer: Mette Sørensen (Talent Partner)\nFormat: phone call "
        "– Mette will call you on +33 6 71 22 48 90.\n\nNeed to reschedule? Use the link in your confirmation "
        "email.\n\n— Sent via Lever on behalf of Nordvet Animal Health"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260305T131017Z
        DTSTART;TZID=Europe/Copenhagen:20260310T090000
        DTEND;TZID=Europe/Copenhagen:20260310T093000
        SUMMARY:Phone screen: Claire Dubois <> Nordvet Animal Health
        ORGANIZER;CN=Nordvet Recruiting:mailto:no-reply@hire.lever.co
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Mette Sørensen:mailto:mette.sorensen@nordvet.dk
        LOCATION:Phone call (Mette calls you)
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Lever//Lever Hire//EN", tzs=("Europe/Copenhagen",))
    return "lever-phone-en", ics, label(
        uid, 1, "Nordvet Animal Health", "Key Account Veterinarian – France South-East", "recruiter_screen",
        "mette.sorensen@nordvet.dk", "lever-phone-screen-en")


def nordvet_modernloop():
    uid = "ml_evt_01HV9R3C7WQ2ZK5N8T4M6B1XJD"
    d = esc(
        "Interview panel – Key Account Veterinarian (France)\n\nCandidate: Claire Dubois\n\n"
        "13:00–13:40  Technical interview: antiparasitics & vaccination protocols – Dr. Lars Holm\n"
        "13:40–14:20  Commercial role-play with a clinic owner – Anne-Sophie Marchetti, Sales Director France\n\n"
        "Scheduling contact: Mette Sørensen (not interviewing)\n\n" + meet_en("pwo-kkfr-aqz")
        + "\n\nScheduled with ModernLoop"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260318T082955Z
        DTSTART;TZID=Europe/Paris:20260325T130000
        DTEND;TZID=Europe/Paris:20260325T142000
        SUMMARY:Nordvet | Panel interview | Claire Dubois
        ORGANIZER;CN=Mette Sørensen:mailto:mette.sorensen@nordvet.dk
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{USER_FREE}
        ATTENDEE;CN=Lars Holm;PARTSTAT=ACCEPTED:mailto:lars.holm@nordvet.dk
        ATTENDEE;CN=Anne-Sophie Marchetti;PARTSTAT=ACCEPTED:mailto:as.marchetti@nordvet.fr
        DESCRIPTION:{d}
        LOCATION:https://meet.google.com/pwo-kkfr-aqz
        END:VEVENT
    """, prodid="-//ModernLoop//ModernLoop Scheduler 1.0//EN", tzs=("Europe/Paris",))
    return "modernloop-panel-en", ics, label(
        uid, 1, "Nordvet Animal Health", "Key Account Veterinarian (France)", "technical",
        "lars.holm@nordvet.dk;as.marchetti@nordvet.fr", "modernloop-coordinator-not-interviewer-en")


def imagovet_ashby():
    uid = "ashby-int-9d2e6a10-54c1-4a7f-b3f0-6e81c4d2a977"
    d = esc(
        "Hi Claire,\n\nLooking forward to speaking with you! This is your interview with Romain Vasseur "
        "(VP Clinical) for the Clinical Application Specialist – Veterinary Ultrasound role at ImagoVet.\n\n"
        "Join: https://imagovet.zoom.us/j/93140028811\n\nIf you need to reschedule, reply to this email.\n\n"
        "ImagoVet Talent Team · Powered by Ashby"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260309T100233Z
        DTSTART:20260312T150000Z
        DTEND:20260312T154500Z
        SUMMARY:Interview: Claire Dubois x ImagoVet (Hiring Manager)
        ORGANIZER;CN=ImagoVet Talent:mailto:talent@imagovet.io
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Romain Vasseur:mailto:romain@imagovet.io
        LOCATION:https://imagovet.zoom.us/j/93140028811
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Ashby//Ashby Scheduling//EN")
    return "ashby-hm-en", ics, label(
        uid, 1, "ImagoVet", "Clinical Application Specialist – Veterinary Ultrasound", "hiring_manager",
        "romain@imagovet.io", "ashby-hiring-manager-en")


def imagovet_calcom():
    uid = "calcom-6sPq2L9vXb3Rt8Yw"
    d = esc(
        "What: Rencontre fondateurs – 30 min between Lucie Bernard and Claire Dubois\n"
        "Invitee time zone: Europe/Paris\n\nWho:\nLucie Bernard - Organizer\nlucie@imagovet.io\n"
        "Claire Dubois\nclaire.dubois.veto@laposte.net\n\nWhere: Cal Video\n\n"
        "Additional notes: Dernière étape avant proposition – poste Clinical Application Specialist.\n\n"
        "Need to make a change? Cancel or reschedule: https://cal.com/booking/6sPq2L9vXb3Rt8Yw"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        SUMMARY:Rencontre fondateurs – 30 min between Lucie Bernard and Claire Dubois
        DTSTART:20260327T083000Z
        DTEND:20260327T090000Z
        DTSTAMP:20260320T120144Z
        ORGANIZER;CN=Lucie Bernard:mailto:lucie@imagovet.io
        ATTENDEE;CN=Claire Dubois;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:{USER_FREE}
        LOCATION:https://app.cal.com/video/6sPq2L9vXb3Rt8Yw
        DESCRIPTION:{d}
        STATUS:CONFIRMED
        END:VEVENT
    """, prodid="-//Cal.com Inc.//Cal.com Event//EN", version_first=True)
    return "calcom-founder-fr", ics, label(
        uid, 1, "ImagoVet", "Clinical Application Specialist", "final", "lucie@imagovet.io",
        "calcom-founder-final-fr")


def aubrac_workday():
    uid = "WD-INT-R-0045123-20260316-0001@aubrac-sante-animale.com"
    d = esc(
        "Bonjour Claire,\n\nVous êtes invitée à un entretien pour le poste R-0045123 Vétérinaire Services "
        "Techniques Animaux de Compagnie (H/F) – Lyon.\n\nDate : lundi 23 mars 2026, 11h00 – 12h00\n"
        "Interlocuteurs : Dr Hélène Cartier (Responsable Services Techniques) ; Bruno Lacombe (Talent Acquisition)"
        "\n\nMerci de confirmer votre présence depuis votre espace candidat Workday.\n\n"
        "Laboratoires Aubrac Santé Animale – Recrutement"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260316T154501Z
        DTSTART;TZID=Europe/Paris:20260323T110000
        DTEND;TZID=Europe/Paris:20260323T120000
        SUMMARY:Entretien - Vétérinaire Services Techniques Animaux de Compagnie (R-0045123)
        ORGANIZER;CN=Aubrac Santé Animale Recrutement:mailto:aubrac@myworkday.com
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        LOCATION:Site de Lyon Gerland\\, 29 avenue Tony Garnier
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Workday Inc.//Workday Recruiting//EN", tzs=("Europe/Paris",))
    return "workday-fr", ics, label(
        uid, 1, "Aubrac Santé Animale",
        "Vétérinaire Services Techniques Animaux de Compagnie (H/F)", "",
        "Dr Hélène Cartier;Bruno Lacombe", "workday-names-in-body-fr")


def petsante_smartr():
    uid = "SR-4a7e1b09c2d3-20260319@smartrecruiters.com"
    d = esc(
        "Bonjour Claire,\n\nMerci pour votre candidature chez PetSanté Assurances ! Nous vous proposons une étude "
        "de cas en visio : vous analyserez trois dossiers de remboursement (chirurgie croisé, dermatite "
        "chronique, exclusion pour antécédent) et présenterez votre avis médical.\n\n"
        "Jury : Dr Karine Blanc (médecin-conseil vétérinaire) et Yann Guérin (responsable indemnisation).\n\n"
        + teams_fr("358 907 114 203", "OGQ3MmUwYWUtMGM0") + "\n\nPowered by SmartRecruiters"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260319T091833Z
        DTSTART;TZID=Europe/Paris:20260326T160000
        DTEND;TZID=Europe/Paris:20260326T171500
        SUMMARY:Étude de cas – Vétérinaire conseil sinistres – PetSanté Assurances
        ORGANIZER;CN=PetSanté Assurances:mailto:jobs@petsante-assurances.fr
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Karine Blanc:mailto:k.blanc@petsante-assurances.fr
        ATTENDEE;CN=Yann Guérin:mailto:y.guerin@petsante-assurances.fr
        DESCRIPTION:{d}
        LOCATION:Microsoft Teams
        END:VEVENT
    """, prodid="-//SmartRecruiters//Interview Scheduler//EN", tzs=("Europe/Paris",))
    return "smartrecruiters-case-fr", ics, label(
        uid, 1, "PetSanté Assurances", "Vétérinaire conseil sinistres", "technical",
        "k.blanc@petsante-assurances.fr;y.guerin@petsante-assurances.fr", "smartrecruiters-case-fr")


def vethelvetia_personio():
    uid = "personio-interview-2231987-ch"
    d = esc(
        "Dear Claire,\n\nThank you for your application as Clinical Lead Small Animals (m/w/d) at VetHelvetia. "
        "We would like to invite you to a video interview with your future line manager, Dr. Reto Baumann "
        "(Chief Veterinary Officer). The interview will be held in English; a short part may be in German.\n\n"
        "Kind regards\nSabine Huber\nHR VetHelvetia AG\n\n" + zoom_en("Sabine Huber", "967 5530 2184", "aGx0cVZZWm")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260313T080012Z
        DTSTART;TZID=Europe/Zurich:20260320T083000
        DTEND;TZID=Europe/Zurich:20260320T093000
        SUMMARY:Interview Claire Dubois – Clinical Lead Small Animals (m/w/d)
        ORGANIZER;CN=Sabine Huber:mailto:sabine.huber@vethelvetia.ch
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Dr. Reto Baumann:mailto:reto.baumann@vethelvetia.ch
        LOCATION:Zoom
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Personio GmbH//Personio Recruiting//EN", tzs=("Europe/Zurich",))
    return "personio-hm-ch-en", ics, label(
        uid, 1, "VetHelvetia", "Clinical Lead Small Animals (m/w/d)", "hiring_manager",
        "reto.baumann@vethelvetia.ch", "personio-line-manager-en")


def helvepharm_softgarden():
    uid = "softgarden-appointment-8812045@softgarden.io"
    d = esc(
        "Sehr geehrte Frau Dr. Dubois,\n\nvielen Dank für Ihre Bewerbung als Technical Service Veterinarian "
        "Companion Animals (w/m/d). Gerne möchten wir Sie zu einem ersten Videointerview einladen.\n\n"
        "Gesprächspartnerin: Julia Frei, Talent Acquisition Partner\nDauer: ca. 30 Minuten\n"
        "Sprache: Englisch oder Deutsch, wie Sie möchten.\n\nDen Link zum Videocall erhalten Sie am Vortag.\n\n"
        "Mit freundlichen Grüssen\nIhr Recruiting-Team der Helvepharm Animal Health AG"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260402T133010Z
        DTSTART;TZID=Europe/Zurich:20260408T140000
        DTEND;TZID=Europe/Zurich:20260408T143000
        SUMMARY:Einladung: Videointerview – Technical Service Veterinarian (w/m/d)
        ORGANIZER;CN=Helvepharm Recruiting:mailto:jobs@helvepharm.ch
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        LOCATION:Videointerview
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//softgarden//softgarden e-recruiting//DE", tzs=("Europe/Zurich",))
    return "softgarden-screen-de", ics, label(
        uid, 1, "Helvepharm Animal Health", "Technical Service Veterinarian Companion Animals (w/m/d)",
        "recruiter_screen", "Julia Frei", "softgarden-video-screen-de")


def clineo_teamtailor():
    uid = "tt-interview-5f0b2c77e1@teamtailor.com"
    d = esc(
        "Bonjour Claire,\n\nVotre entretien avec Clinéo est confirmé !\n\nPoste : Vétérinaire référent(e) "
        "médecine interne – Lyon 7e\nAvec : Dr Anne Moulin (directrice médicale régionale)\n\n"
        "Rejoindre la visio : https://meet.google.com/jzo-hfbe-wvt\n\n"
        "Vous pouvez modifier ou annuler ce rendez-vous depuis votre espace Teamtailor.\n\nL'équipe Clinéo"
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260304T101010Z
        DTSTART:20260309T110000Z
        DTEND:20260309T114500Z
        SUMMARY:Entretien visio – Clinéo
        ORGANIZER;CN=Clinéo:mailto:no-reply@teamtailor.com
        ATTENDEE;CN=Claire Dubois:mailto:{USER_FREE}
        ATTENDEE;CN=Anne Moulin:mailto:anne.moulin@clineo-veto.fr
        LOCATION:https://meet.google.com/jzo-hfbe-wvt
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Teamtailor//Teamtailor//EN")
    return "teamtailor-fr", ics, label(
        uid, 1, "Clinéo", "Vétérinaire référent(e) médecine interne", "", "anne.moulin@clineo-veto.fr",
        "teamtailor-utc-fr")


def hvol_zoom():
    uid = "hvol-recrutement-20260316-7781@hvol.fr"
    d = esc(
        "Bonjour Docteur,\n\nLes associés de l'HVOL seront ravis d'échanger avec vous sur le poste de "
        "vétérinaire responsable du pôle médecine (CDI, 4 jours). Seront présents : Dr Antoine Giraud et "
        "Dr Laetitia Roussel.\n\n" + zoom_fr("Secrétariat HVOL", "871 6604 2290", "RkVnZmxYQlN0")
    )
    ics = cal(f"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20260310T172210Z
        DTSTART;TZID=Europe/Paris:20260316T201500
        DTEND;TZID=Europe/Paris:20260316T211500
        SUMMARY:HVOL : rendez-vous avec les associés (pôle médecine)
        ORGANIZER;CN=Secrétariat HVOL:mailto:secretariat@hvol.fr
        ATTENDEE;CN=Claire Dubois;RSVP=TRUE:mailto:{USER_FREE}
        ATTENDEE;CN=Antoine Giraud:mailto:a.giraud@hvol.fr
        ATTENDEE;CN=Laetitia Roussel:mailto:l.roussel@hvol.fr
        LOCATION:Zoom
        DESCRIPTION:{d}
        END:VEVENT
    """, prodid="-//Zoom Video Communications//Zoom Calendar//EN", tzs=("Europe/Paris",))
    return "zoom-associates-fr", ics, label(
        uid, 1, "Hôpital Vétérinaire de l'Ouest Lyonnais",
        "vétérinaire responsable du pôle médecine", "", "a.giraud@hvol.fr;l.roussel@hvol.fr",
        "zoom-acronym-body-fr")


EVENTS = [
    zoopharma_greenhouse, nordvet_lever, nordvet_modernloop, imagovet_ashby, imagovet_calcom, aubrac_workday,
    petsante_smartr, vethelvetia_personio, helvepharm_softgarden, clineo_teamtailor, hvol_zoom,
]
