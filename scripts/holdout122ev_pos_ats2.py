"""holdout122: the user's own interviews sent through ATS and scheduling tools (part 2)."""

from __future__ import annotations

from holdout122ev_ics import (
    EXCHANGE,
    GMAIL,
    GOOGLE,
    OUTLOOK,
    TEAMS_EN,
    USER,
    Ev,
    att,
    cal,
    dt,
    meet,
    org,
    pos,
    t,
    teams,
    zoom,
)

ME = att(GMAIL, USER)


def _workable() -> Ev:
    uid = "wkbl-ev-91c7d5e2a3f04b8e@workable.com"
    d = (
        "Hola Inés,\n\nGracias por tu interés en el puesto de Language Programme Lead en Papagayo Learning. "
        "Nuria, nuestra CEO, quiere conocerte en esta última entrevista antes de tomar una decisión.\n\n"
        "Enlace: https://meet.google.com/ppg-kdbu-wqa\n\n¡Un saludo!\nEquipo Papagayo\n\n"
        "--\nEnviado con Workable"
    )
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Madrid", "20260505T170000"), dt("DTEND", "Europe/Madrid", "20260505T174500"),
        "DTSTAMP:20260429T103322Z", org("notifications@workablemail.com", "Nuria Gallardo via Workable"),
        f"UID:{uid}", att("nuria@papagayo.app", "Nuria Gallardo", ps="ACCEPTED"), ME,
        f"DESCRIPTION:{t(d)}", "LOCATION:https://meet.google.com/ppg-kdbu-wqa", "SEQUENCE:0",
        "STATUS:CONFIRMED", f"SUMMARY:{t('Entrevista final con Papagayo Learning – Language Programme Lead')}",
    ]], tzs=("Europe/Madrid",))
    return pos("workable-es", uid, e, "Papagayo Learning", "Language Programme Lead", "final",
               "nuria@papagayo.app", "workable-via-es")


def _icims() -> Ev:
    uid = "iCIMS-Interview-118843-4471@brightmoor.icims.com"
    d = (
        "Dear Inés,\n\nThank you for applying for the Localisation Manager, International Editions role "
        "(Req #4471) at Brightmoor Publishing. We would like to invite you to a competency-based interview "
        "with:\n\n- Harriet Cole, Publishing Director, International\n- Sunil Mehta, Rights & Contracts Lead\n\n"
        "Please allow 60 minutes. The interview will be held on Microsoft Teams.\n\n"
        "Kind regards,\nBrightmoor Publishing Talent Team\n\n"
        + teams(TEAMS_EN, "MmY4ZDQ1", "352 118 447 290", "bR9s2m")
    )
    e = cal(OUTLOOK, [[
        f"UID:{uid}", "DTSTAMP:20260210T142030Z",
        dt("DTSTART", "GMT Standard Time", "20260217T100000"), dt("DTEND", "GMT Standard Time", "20260217T110000"),
        org("careers@brightmoorpublishing.co.uk", "Brightmoor Publishing Careers"),
        att("harriet.cole@brightmoorpublishing.co.uk", "Cole, Harriet"),
        att("sunil.mehta@brightmoorpublishing.co.uk", "Mehta, Sunil"), att(GMAIL, "Inés Navarro Ruiz"),
        f"SUMMARY:{t('Interview Invitation: Localisation Manager, International Editions – Req 4471')}",
        f"DESCRIPTION:{t(d)}", "LOCATION:Microsoft Teams Meeting", "SEQUENCE:0", "STATUS:CONFIRMED",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], tzs=("GMT Standard Time",))
    return pos("icims-en", uid, e, "Brightmoor Publishing", "Localisation Manager, International Editions", "",
               "harriet.cole@brightmoorpublishing.co.uk;sunil.mehta@brightmoorpublishing.co.uk", "icims-competency-en")


def _successfactors() -> Ev:
    uid = "SF-ICAL-6617702-20260219@successfactors.eu"
    d = (
        "Sehr geehrte Frau Navarro Ruiz,\n\nvielen Dank für Ihr Interesse an der Position Referentin "
        "Lokalisierung / Localization Specialist (m/w/d) – Job-ID 66177.\n\nWir laden Sie herzlich zu einem "
        "Gespräch mit der Fachbereichsleitung ein. Ihr Gesprächspartner: Dr. Jörg Lenz, Leiter Technische "
        "Dokumentation.\n\nDas Gespräch findet per Microsoft Teams statt; den Link erhalten Sie separat.\n\n"
        "Mit freundlichen Grüßen\nNordmark Medizintechnik AG – Recruiting"
    )
    e = cal(OUTLOOK, [[
        f"UID:{uid}", "DTSTAMP:20260212T093000Z",
        dt("DTSTART", "W. Europe Standard Time", "20260219T133000"),
        dt("DTEND", "W. Europe Standard Time", "20260219T143000"),
        org("recruiting@nmt-medical.de", "NMT Recruiting"), att("joerg.lenz@nmt-medical.de", "Lenz, Jörg Dr."),
        att(GMAIL, USER), f"SUMMARY:{t('Interview Einladung: Referentin Lokalisierung (m/w/d) – Job-ID 66177')}",
        f"DESCRIPTION:{t(d)}", "LOCATION:Microsoft Teams", "SEQUENCE:0", "STATUS:CONFIRMED",
    ]], tzs=("W. Europe Standard Time",))
    return pos("successfactors-de", uid, e, "Nordmark Medizintechnik AG", "Referentin Lokalisierung",
               "hiring_manager", "joerg.lenz@nmt-medical.de", "successfactors-abbrev-domain-de")


def _goodtime() -> Ev:
    uid = "goodtime-7d33a0c1-b0a2-4a6c-bd9f-63e1c2ff4e10"
    d = (
        "Hi Inés,\n\nHere is your virtual onsite for Localization Lead, Rider App at Zephyr Mobility.\n\n"
        "Agenda (Europe/Madrid):\n10:00 – 10:45  Localization strategy – Óscar Lindgren, VP Product\n"
        "10:50 – 11:35  Working with engineering – Paula Requena, Staff Engineer\n"
        "11:40 – 12:25  Stakeholders & vendors – Marisa Chen, Head of Ops Iberia\n\n"
        "Your coordinator is Lucía Campos (lucia.campos@zephyrmobility.com) – she won't interview but is "
        "here if anything comes up.\n\n" + zoom("861 3345 2078", "ZpH4mT8rQw", host="zephyrmobility")
        + "\n\nScheduled via GoodTime"
    )
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Madrid", "20260317T100000"), dt("DTEND", "Europe/Madrid", "20260317T122500"),
        "DTSTAMP:20260310T111112Z", org("lucia.campos@zephyrmobility.com", "Lucía Campos"), f"UID:{uid}",
        att("oscar.lindgren@zephyrmobility.com", "Óscar Lindgren", ps="ACCEPTED"),
        att("paula.requena@zephyrmobility.com", "Paula Requena", ps="ACCEPTED"),
        att("marisa.chen@zephyrmobility.com", "Marisa Chen", ps="ACCEPTED"),
        att("lucia.campos@zephyrmobility.com", "Lucía Campos", role="OPT-PARTICIPANT", ps="ACCEPTED"), ME,
        f"DESCRIPTION:{t(d)}", "LOCATION:https://zephyrmobility.zoom.us/j/86133452078", "SEQUENCE:0",
        f"SUMMARY:{t('Virtual Onsite – Localization Lead, Rider App (Zephyr Mobility)')}", "STATUS:CONFIRMED",
    ]], tzs=("Europe/Madrid",))
    return pos("goodtime-en", uid, e, "Zephyr Mobility", "Localization Lead, Rider App", "onsite",
               "oscar.lindgren@zephyrmobility.com;paula.requena@zephyrmobility.com;marisa.chen@zephyrmobility.com",
               "goodtime-loop-coordinator-en")


def _modernloop() -> Ev:
    uid = "ml-evt-5b8f1f1a6c2e4d0b@modernloop.io"
    d = (
        "Hi Inés,\n\nCongratulations on reaching the final stage for Localisation Lead at Tintagel Games!\n\n"
        "You'll meet Gwen Pascoe (CEO & Creative Director) and Rob Trevithick (Head of Production) for a "
        "60-minute conversation about how you'd set up localisation for our next title (12 languages, "
        "simship).\n\nGoogle Meet: https://meet.google.com/tgm-ksoe-vbq\n\nScheduled with ModernLoop"
    )
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/London", "20260402T150000"), dt("DTEND", "Europe/London", "20260402T160000"),
        "DTSTAMP:20260326T165500Z", org("talent@tintagel.games", "Tintagel Games Talent"), f"UID:{uid}",
        att("gwen@tintagel.games", "Gwen Pascoe", ps="ACCEPTED"),
        att("rob.trevithick@tintagel.games", "Rob Trevithick", ps="ACCEPTED"), ME,
        f"DESCRIPTION:{t(d)}", "LOCATION:https://meet.google.com/tgm-ksoe-vbq", "SEQUENCE:0",
        f"SUMMARY:{t('Tintagel Games | Final Interview – Localisation Lead')}", "STATUS:CONFIRMED",
    ]], tzs=("Europe/London",))
    return pos("modernloop-en", uid, e, "Tintagel Games", "Localisation Lead", "final",
               "gwen@tintagel.games;rob.trevithick@tintagel.games", "modernloop-final-en")


def _calendly() -> Ev:
    uid = "c4a1e5f8-0d7b-4e19-9a52-b3f6d8c2e701"
    d = (
        "Event Name: Voxterra – Intro call (Vendor Manager Localization)\n\n"
        "Location: This is a Google Meet web conference.\nhttps://meet.google.com/vxt-mmqa-ior\n\n"
        "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/c4a1e5f8\n"
        "Reschedule: https://calendly.com/reschedulings/c4a1e5f8\n\n"
        "Invitee: Inés Navarro Ruiz\nInvitee Email: ines.navarro.loc@gmail.com\n\n"
        "Questions:\nLinkedIn profile\nhttps://www.linkedin.com/in/inesnavarroloc\n\n"
        "Powered by Calendly.com"
    )
    e = cal("-//Calendly//Calendly//EN", [[
        f"UID:{uid}", "DTSTAMP:20260120T190312Z", "DTSTART:20260123T083000Z", "DTEND:20260123T090000Z",
        f"SUMMARY:{t('Voxterra – Intro call (Vendor Manager Localization) between Clémence Roy and ' + USER)}",
        f"DESCRIPTION:{t(d)}", "LOCATION:https://meet.google.com/vxt-mmqa-ior",
        org("clemence.roy@voxterra.fr", "Clémence Roy"), att(GMAIL, USER, ps="ACCEPTED"),
        att("clemence.roy@voxterra.fr", "Clémence Roy", ps="ACCEPTED"), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]])
    return pos("calendly-en", uid, e, "Voxterra", "Vendor Manager Localization", "recruiter_screen",
               "clemence.roy@voxterra.fr", "calendly-invitee-en")


def _calcom() -> Ev:
    uid = "calcom-8qJx2TgK1mBv4nYc"
    d = (
        "What: Technical interview between Marelia Software and Inés Navarro Ruiz\n"
        "Invitee time zone: Europe/Madrid\nWho:\n- Daniel Ferrando - Organizer\n  daniel@marelia.io\n"
        "- Inés Navarro Ruiz\n  ines.navarro.loc@gmail.com\n\nWhere: Cal Video\n"
        "https://app.cal.com/video/8qJx2TgK1mBv4nYc\n\nAdditional notes: Nos centraremos en i18n del "
        "producto: ficheros de recursos, pluralización ICU y el flujo con el TMS.\n\n"
        "Need to make a change? Reschedule or Cancel"
    )
    e = cal("-//Cal.com Inc.//Cal.com Event//EN", [[
        f"UID:{uid}", "DTSTAMP:20260213T120000Z", "DTSTART:20260218T160000Z", "DTEND:20260218T170000Z",
        f"SUMMARY:{t('Technical interview between Marelia Software and Inés Navarro Ruiz')}",
        f"DESCRIPTION:{t(d)}", "LOCATION:https://app.cal.com/video/8qJx2TgK1mBv4nYc",
        org("daniel@marelia.io", "Daniel Ferrando"), att(GMAIL, USER, ps="ACCEPTED"), "STATUS:CONFIRMED",
    ]], method="REQUEST", calscale=False)
    return pos("calcom-en", uid, e, "Marelia Software", "", "technical", "daniel@marelia.io", "calcom-organizer-en")


def _bookings() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000010A7D5F4E0A1DC01000000000000000010000000D1E2B3A4"
    d = (
        "Booking confirmed\n\nService: Selection interview – Vendor Manager (Translation Services)\n"
        "Staff: Selection panel\n\nDear Inés Navarro Ruiz,\nYour selection interview with EuroVerbum has been "
        "booked. The panel consists of Mr Luc Schmit (Head of Vendor Management) and Ms Ana Prodan "
        "(Quality Manager).\n\n" + teams(TEAMS_EN, "OGE1ZjQw", "391 004 518 276", "Ev3rB9")
        + "\n\nMicrosoft Bookings"
    )
    e = cal(EXCHANGE, [[
        f"UID:{uid}", "DTSTAMP:20260305T090000Z",
        dt("DTSTART", "Romance Standard Time", "20260312T093000"),
        dt("DTEND", "Romance Standard Time", "20260312T103000"),
        org("SelectionInterviews@euroverbum.lu", "EuroVerbum Selection Interviews"),
        att(GMAIL, USER), f"SUMMARY:{t('Selection interview – Vendor Manager (Translation Services)')}",
        f"DESCRIPTION:{t(d)}", "LOCATION:Microsoft Teams Meeting", "SEQUENCE:0", "STATUS:CONFIRMED",
    ]], tzs=("Romance Standard Time",))
    return pos("bookings-en", uid, e, "EuroVerbum", "Vendor Manager (Translation Services)", "",
               "luc schmit;ana prodan", "bookings-panel-names-en")


def _wttj() -> Ev:
    uid = "wttj-interview-3b7f0d11@welcometothejungle.com"
    d = (
        "Bonjour Inés,\n\nSuite à votre candidature au poste de Responsable Localisation, nous avons le "
        "plaisir de vous proposer un entretien avec Hugo Marchal, Directeur de production et futur manager.\n"
        "\nDurée : 45 minutes\nLien visio : https://meet.google.com/brs-oyun-xtd\n\n"
        "À très vite,\nL'équipe Atelier Brisant\n\nEnvoyé via Welcome to the Jungle"
    )
    e = cal("-//Welcome to the Jungle//WTTJ ATS//FR", [[
        f"UID:{uid}", "DTSTAMP:20260316T150000Z",
        dt("DTSTART", "Europe/Paris", "20260323T140000"), dt("DTEND", "Europe/Paris", "20260323T144500"),
        f"SUMMARY:{t('Entretien – Responsable Localisation – Atelier Brisant')}", f"DESCRIPTION:{t(d)}",
        "LOCATION:https://meet.google.com/brs-oyun-xtd", org("hugo.marchal@atelierbrisant.fr", "Hugo Marchal"),
        att("hugo.marchal@atelierbrisant.fr", "Hugo Marchal", ps="ACCEPTED"), ME, "STATUS:CONFIRMED",
    ]], tzs=("Europe/Paris",))
    return pos("wttj-fr", uid, e, "Atelier Brisant", "Responsable Localisation", "hiring_manager",
               "hugo.marchal@atelierbrisant.fr", "wttj-manager-fr")


def _kinetica() -> list[Ev]:
    uid1 = "teamtailor-interview-880412@kineticahealth.teamtailor.com"
    d1 = (
        "Hi Inés,\n\nThanks for applying to Kinetica Health! This first call with Freja is about you, your "
        "motivation and the practicalities (location, notice period, salary expectations).\n\n"
        "Phone: Freja will call you at +34 654 21 87 03."
    )
    e1 = cal("-//Teamtailor//Teamtailor Calendar//EN", [[
        f"UID:{uid1}", "DTSTAMP:20260407T080000Z",
        dt("DTSTART", "Europe/Copenhagen", "20260409T093000"), dt("DTEND", "Europe/Copenhagen", "20260409T100000"),
        f"SUMMARY:{t('Phone screen: Localization Program Manager – Kinetica Health')}", f"DESCRIPTION:{t(d1)}",
        "LOCATION:Phone call", org("freja.holm@kineticahealth.dk", "Freja Holm"),
        att("freja.holm@kineticahealth.dk", "Freja Holm", ps="ACCEPTED"), ME, "STATUS:CONFIRMED",
    ]], tzs=("Europe/Copenhagen",))
    uid2 = "6A1F3C0E-2B7D-4D55-8E90-C41B7A2F9D10@kineticahealth.dk"
    d2 = (
        "Practical exercise review – Localization Program Manager\n\nPlease present your localization plan "
        "for our patient app (medical device regulation, 9 EU languages, linguistic validation) to Mads and "
        "Sofie. 20 min presentation + 40 min questions.\n\n"
        "--\nJoin Webex meeting\nhttps://kineticahealth.webex.com/kineticahealth/j.php?MTID=m4f2a9c0b1e\n"
        "Meeting number (access code): 2744 118 9035\nMeeting password: KhLoc26\n\n"
        "Join by phone\n+45-7025-6262 Denmark Toll\n\nCan't join the meeting? Contact support."
    )
    e2 = cal(OUTLOOK, [[
        f"UID:{uid2}", "DTSTAMP:20260421T101500Z",
        dt("DTSTART", "Europe/Copenhagen", "20260428T130000"), dt("DTEND", "Europe/Copenhagen", "20260428T140000"),
        org("mads.kjaer@kineticahealth.dk", "Mads Kjær"), att("sofie.brandt@kineticahealth.dk", "Sofie Brandt"),
        att(GMAIL, USER), f"SUMMARY:{t('Practical exercise review – Inés Navarro Ruiz')}",
        f"DESCRIPTION:{t(d2)}", "LOCATION:Webex", "SEQUENCE:0", "STATUS:CONFIRMED",
    ]], tzs=("Europe/Copenhagen",))
    return [
        pos("teamtailor-en", uid1, e1, "Kinetica Health", "Localization Program Manager", "recruiter_screen",
            "freja.holm@kineticahealth.dk", "phone-screen-en"),
        pos("webex-en", uid2, e2, "Kinetica Health", "Localization Program Manager", "technical",
            "mads.kjaer@kineticahealth.dk;sofie.brandt@kineticahealth.dk", "webex-exercise-no-company-summary-en"),
    ]


def _openwick() -> Ev:
    uid = "gh-5520174888-ff21ab@greenhouse.io"
    d = (
        "Hi Inés,\n\nWe're excited to invite you to the final round for Localization Program Manager at "
        "Openwick! You'll meet three people back to back in our Dublin office:\n\n"
        "13:00 Ciara Walsh – VP Customer Experience\n13:45 Eoin Farrell – Director of Engineering\n"
        "14:30 Niamh Doyle – People Partner\n\nPlease check in at reception on the 4th floor. "
        "Our recruiting coordinator Tadhg Kelly will meet you there.\n\nGreenhouse Scheduling"
    )
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Dublin", "20260514T130000"), dt("DTEND", "Europe/Dublin", "20260514T151500"),
        "DTSTAMP:20260506T135900Z", org("tadhg.kelly@openwick.com", "Tadhg Kelly"), f"UID:{uid}",
        att("ciara.walsh@openwick.com", "Ciara Walsh", ps="ACCEPTED"),
        att("eoin.farrell@openwick.com", "Eoin Farrell", ps="ACCEPTED"),
        att("niamh.doyle@openwick.com", "Niamh Doyle", ps="ACCEPTED"),
        att("openwick.com_dub-4-liffey@resource.calendar.google.com", "DUB-4-Liffey (8)", cutype="RESOURCE",
            ps="ACCEPTED", rsvp=None), ME,
        f"DESCRIPTION:{t(d)}", f"LOCATION:{t('Openwick, 4 Hanover Quay, Dublin 2, DUB-4-Liffey (8)')}",
        "SEQUENCE:0", f"SUMMARY:{t('Final Round: Openwick – Localization Program Manager')}", "STATUS:CONFIRMED",
    ]], tzs=("Europe/Dublin",))
    return pos("greenhouse-en", uid, e, "Openwick", "Localization Program Manager", "final",
               "ciara.walsh@openwick.com;eoin.farrell@openwick.com;niamh.doyle@openwick.com",
               "greenhouse-final-resource-en")


def _caravel() -> Ev:
    uid = "0f9e6c14-4b22-47a8-b1de-6a3c9e2d5f77@ashbyhq.com"
    d = (
        "Take-home debrief\n\nYou'll discuss your take-home (MT post-editing workflow for our support centre) "
        "with Priya Raman (Head of Linguistic AI).\n\nPowered by Ashby"
    )
    e = cal("-//Ashby//Ashby Scheduling//EN", [[
        f"UID:{uid}", "DTSTAMP:20260119T101010Z", "DTSTART:20260126T113000Z", "DTEND:20260126T121500Z",
        f"SUMMARY:{t('Caravel AI: Take-home debrief (Localization Operations Lead)')}", f"DESCRIPTION:{t(d)}",
        "LOCATION:Zoom", org("recruiting@caravel.ai", "Caravel AI Recruiting"),
        att("priya.raman@caravel.ai", "Priya Raman", ps="ACCEPTED"), ME,
        att("coordinator@caravel.ai", "Caravel Coordinator", role="NON-PARTICIPANT", ps="ACCEPTED"),
        "STATUS:CONFIRMED",
    ]])
    return pos("ashby-en", uid, e, "Caravel AI", "Localization Operations Lead", "technical",
               "priya.raman@caravel.ai", "ashby-debrief-nonparticipant-en")


def _mirabel() -> Ev:
    uid = "WD-CAND-INT-20260408-0077121@myworkday.com"
    d = (
        "Bonjour Inés Navarro Ruiz,\n\nNous avons le plaisir de vous convier à un entretien RH pour le poste "
        "de Chef de projet localisation international (H/F) – réf. JR-0077121.\n\nVotre interlocutrice : "
        "Manon Lefèvre, Chargée de recrutement.\nFormat : appel Teams (30 min).\n\nBien cordialement,\n"
        "Direction des Ressources Humaines – Mirabel Cosmétiques"
    )
    e = cal(OUTLOOK, [[
        f"UID:{uid}", "DTSTAMP:20260401T083000Z",
        dt("DTSTART", "Romance Standard Time", "20260408T160000"),
        dt("DTEND", "Romance Standard Time", "20260408T163000"),
        org("mirabel@myworkday.com", "Mirabel Recrutement"), att("manon.lefevre@mirabel-cosmetiques.fr",
                                                                "Lefèvre, Manon"), att(GMAIL, USER),
        f"SUMMARY:{t('Entretien RH – Chef de projet localisation international (H/F)')}", f"DESCRIPTION:{t(d)}",
        "LOCATION:Microsoft Teams", "SEQUENCE:0", "STATUS:CONFIRMED",
    ]], tzs=("Romance Standard Time",))
    return pos("workday-fr", uid, e, "Mirabel Cosmétiques", "Chef de projet localisation international (H/F)",
               "recruiter_screen", "manon.lefevre@mirabel-cosmetiques.fr", "workday-rh-fr")


def _noctua() -> Ev:
    uid = "lever-e6b1d0a2-0f4c-4c3e-b8b1-27a9f5c0e3d4"
    d = (
        "Hi Inés,\n\nThanks for your time so far! Next up is a conversation with a few people from the "
        "studio about how we work – collaboration, feedback and what you'd bring to the team.\n\n"
        "Interviewers: Kasia Nowak (Audio & Loc Director), Bartek Zieliński (QA Lead)\n\n"
        + meet("nct-ubva-jzm") + "\n\nScheduled with Lever"
    )
    e = cal(GOOGLE, [[
        dt("DTSTART", "Europe/Warsaw", "20260521T120000"), dt("DTEND", "Europe/Warsaw", "20260521T130000"),
        "DTSTAMP:20260514T091500Z", org("people@studionoctua.pl", "Studio Noctua People"), f"UID:{uid}",
        att("kasia.nowak@studionoctua.pl", "Kasia Nowak", ps="ACCEPTED"),
        att("bartek.zielinski@studionoctua.pl", "Bartek Zieliński", ps="ACCEPTED"), ME,
        f"DESCRIPTION:{t(d)}", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{t('Studio Noctua – Localization Lead – Team & Culture Interview')}",
    ]], tzs=("Europe/Warsaw",))
    return pos("lever-en", uid, e, "Studio Noctua", "Localization Lead", "",
               "kasia.nowak@studionoctua.pl;bartek.zielinski@studionoctua.pl", "lever-culture-no-stage-en")


def events() -> list[Ev]:
    return [_workable(), _icims(), _successfactors(), _goodtime(), _modernloop(), _calendly(), _calcom(),
            _bookings(), _wttj(), *_kinetica(), _openwick(), _caravel(), _mirabel(), _noctua()]
