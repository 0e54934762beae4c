"""holdout72: the user's own interviews in Luxembourg, Brussels, Geneva and with international employers."""

from __future__ import annotations

from holdout72ev_ics import (
    ME_CN,
    ME_FREE,
    P_GOOGLE,
    P_OUTLOOK,
    WEUROPE,
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
    room,
    teams,
    zoom,
)


def clearvest_sr() -> Ev:
    uid = "f04c2d9e-1a7b-4e8c-b6d5-3e2f1a0b9c8d@smartrecruiters.com"
    desc = (
        "Dear Élodie,\n\nThank you for applying for the Legal Officer (Corporate & Funds) position at Clearvest Fund "
        "Services. Sophie Wagner from our Talent Acquisition team will meet you by video for a first 30-minute "
        "conversation.\n\n" + teams("en", "Y2U4MWQ1NTItMzFi", "355 781 206 493") + "\n\nPowered by SmartRecruiters"
    )
    e = ev(
        uid, "DTSTART:20251028T080000Z", "DTEND:20251028T083000Z",
        "Video interview – Legal Officer (Corporate & Funds)",
        stamp="20251021T121414Z",
        organizer=org("sophie.wagner@clearvest.lu", "Sophie Wagner"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("sophie.wagner@clearvest.lu", "Sophie Wagner", stat="ACCEPTED")],
        desc=desc, loc="Microsoft Teams", seq=0,
    )
    return Ev("smartrecruiters-screen-en", "en", cal([e], "-//SmartRecruiters//Interview Scheduler//EN"), uid, 1,
              "Clearvest Fund Services", "Legal Officer (Corporate & Funds)", "recruiter_screen",
              "sophie.wagner@clearvest.lu")


def kcp_recurring() -> Ev:
    uid = outlook_uid("kcp-assessment")
    tzp = f"TZID={WEUROPE}"
    people = [
        att(ME_FREE, "Elodie Martin"),
        att("p.weis@kcp.lu", "Weis, Paul"),
        att("c.ferreira@kcp.lu", "Ferreira, Claudia"),
        room("lux-kcp-boardroom@kcp.lu", "KCP Boardroom (12)"),
    ]
    desc1 = (
        "Dear Elodie,\n\nPlease find below the two sessions of your assessment for the Legal Counsel position:\n"
        "Day 1 – case study on a fund structuring (SCSp / S.à r.l.), presented to Paul Weis (General Counsel) and "
        "Claudia Ferreira (Deputy General Counsel).\nDay 2 – follow-up interview with the same panel.\n\n"
        "I will be your contact on both days.\n\nBest regards,\nNathalie Schmit\nHR Business Partner\n"
        "Kirchberg Capital Partners S.A."
    )
    master = ev(
        uid, f"DTSTART;{tzp}:20251203T093000", f"DTEND;{tzp}:20251203T113000",
        "KCP – Legal Counsel – assessment", stamp="20251125T150303Z", sum_lang="en-GB",
        organizer=org("n.schmit@kcp.lu", "Schmit, Nathalie"), attendees=people, desc=desc1,
        loc="KCP Boardroom (12), 16 avenue J.F. Kennedy, Luxembourg", seq=0,
        extra=["RRULE:FREQ=DAILY;COUNT=2", *outlook_extra()],
    )
    override = ev(
        uid, f"DTSTART;{tzp}:20251204T140000", f"DTEND;{tzp}:20251204T150000",
        "KCP – Legal Counsel – assessment (day 2, moved to the afternoon)", stamp="20251201T081200Z",
        sum_lang="en-GB", organizer=org("n.schmit@kcp.lu", "Schmit, Nathalie"), attendees=people,
        desc="Day 2 moved to 14:00 – Paul has a board meeting in the morning. Same room.\n\nNathalie",
        loc="KCP Boardroom (12), 16 avenue J.F. Kennedy, Luxembourg", seq=1,
        extra=[f"RECURRENCE-ID;{tzp}:20251204T093000", *outlook_extra()],
    )
    return Ev("outlook-recurring-override-en", "en", cal([master, override], P_OUTLOOK, tz=outlook_tz(WEUROPE)),
              uid, 1, "Kirchberg Capital Partners", "Legal Counsel", "onsite", "p.weis@kcp.lu;c.ferreira@kcp.lu")


def nordstern_personio() -> Ev:
    uid = "personio-interview-3381927@nordstern-energie.jobs.personio.de"
    desc = (
        "Hallo Élodie,\n\nvielen Dank für Ihre Bewerbung als Legal Counsel Frankreich (m/w/d)! Jana Krüger aus "
        "unserem People-Team ruft Sie unter der angegebenen Nummer an. Das Gespräch dauert ca. 30 Minuten und "
        "findet auf Englisch statt.\n\nBeste Grüße\nNordstern Energie GmbH"
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Berlin:20251016T100000", "DTEND;TZID=Europe/Berlin:20251016T103000",
        "Telefoninterview: Legal Counsel Frankreich (m/w/d) – Nordstern Energie",
        stamp="20251010T094501Z",
        organizer=org("jana.krueger@nordstern-energie.de", "Jana Krüger"),
        attendees=[att(ME_FREE, "Élodie Martin")],
        desc=desc, loc="Telefon", seq=0,
    )
    return Ev("personio-phone-screen-de", "de", cal([e], "-//Personio GmbH//Personio Recruiting//DE",
              tz=olson_tz("Europe/Berlin")), uid, 1, "Nordstern Energie", "Legal Counsel Frankreich (m/w/d)",
              "recruiter_screen", "jana.krueger@nordstern-energie.de")


def alcazar_workable() -> Ev:
    uid = "workable-ev-7b3e91c2a4d0@workable.com"
    desc = (
        "Hola Élodie:\n\nGracias por tu interés en la posición de Abogado/a Corporativo para nuestra filial de "
        "París. Te confirmamos la entrevista con Rocío Jiménez Ortega, Directora de Asesoría Jurídica, y Javier "
        "Montes, responsable de M&A. La entrevista será en español y en francés.\n\n"
        + zoom("es", "845 2209 7716", "Rocío Jiménez Ortega")
        + "\n\nUn saludo,\nEquipo de Talento – Grupo Alcázar Infraestructuras"
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Madrid:20251118T160000", "DTEND;TZID=Europe/Madrid:20251118T170000",
        "Entrevista: Abogado/a Corporativo – Filial París (Grupo Alcázar)",
        stamp="20251111T110023Z",
        organizer=org("talento@alcazar-infra.com", "Grupo Alcázar – Talento"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("rocio.jimenez@alcazar-infra.com", "Rocío Jiménez Ortega"),
                   att("javier.montes@alcazar-infra.com", "Javier Montes")],
        desc=desc, loc="Zoom", seq=0,
    )
    return Ev("workable-zoom-es", "es", cal([e], "-//Workable//Workable Events//EN", tz=olson_tz("Europe/Madrid")),
              uid, 1, "Grupo Alcázar Infraestructuras", "Abogado/a Corporativo – Filial París", "hiring_manager",
              "rocio.jimenez@alcazar-infra.com;javier.montes@alcazar-infra.com")


def soluna_zoom() -> Ev:
    uid = "ZOOM84011297735@zoom.us"
    desc = (
        "Hi Élodie, looking forward to our intro call about the Legal Counsel (Corporate) role at Soluna Biotech.\n"
        "Anna Keller, HR Business Partner\n\n" + zoom("en", "840 1129 7735", "Anna Keller")
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Zurich:20251103T083000", "DTEND;TZID=Europe/Zurich:20251103T090000",
        "Soluna Biotech – Legal Counsel (Corporate) – intro call",
        stamp="20251029T143000Z",
        organizer=org("anna.keller@solunabio.ch", "Anna Keller"),
        attendees=[att(ME_FREE, "Élodie Martin")],
        desc=desc, loc="https://us02web.zoom.us/j/84011297735?pwd=cVd0QmRvN2x1", status=None,
    )
    return Ev("zoom-app-intro-call-en", "en", cal([e], "-//zoom.us//iCalendar Event//EN",
              tz=olson_tz("Europe/Zurich")), uid, 1, "Soluna Biotech", "Legal Counsel (Corporate)",
              "recruiter_screen", "anna.keller@solunabio.ch")


def brightwater_icims() -> Ev:
    uid = "icims-interview-2025-4471-000318@brightwatertx.icims.com"
    desc = (
        "Dear Élodie,\n\nThank you for your interest in Brightwater Therapeutics. Your interview for the "
        "Associate Corporate Counsel, EMEA position (Req 2025-4471) is confirmed.\n\nInterviewer: Daniel Okafor, "
        "Associate General Counsel, EMEA (hiring manager)\nFormat: Microsoft Teams (link below)\nDuration: "
        "45 minutes\n\n" + teams("en", "ZDk2NTEyYTMtNmQ0", "328 114 670 952")
        + "\n\nBrightwater Therapeutics Talent Acquisition"
    )
    e = ev(
        uid, "DTSTART:20251119T153000Z", "DTEND:20251119T161500Z",
        "Interview Scheduled: Associate Corporate Counsel, EMEA (Req 2025-4471)",
        stamp="20251112T200559Z",
        organizer=org("talent@brightwatertx.com", "Brightwater Talent Acquisition"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("daniel.okafor@brightwatertx.com", "Daniel Okafor")],
        desc=desc, loc="Microsoft Teams", seq=0,
    )
    return Ev("icims-hiring-manager-en", "en", cal([e], "-//iCIMS//Interview Scheduling//EN"), uid, 1,
              "Brightwater Therapeutics", "Associate Corporate Counsel, EMEA", "hiring_manager",
              "daniel.okafor@brightwatertx.com")


def datakeel_goodtime() -> Ev:
    uid = "gt-9e7a1f23-datakeel-loop-elodie-martin@goodtime.io"
    desc = (
        "Virtual onsite – Legal Counsel\n\nAgenda (Paris time):\n"
        "14:00 – 14:45  Ryan O'Connell – VP Legal\n14:45 – 15:30  Salomé Dupuy – Senior Privacy Counsel\n"
        "15:30 – 16:00  Kofi Mensah – Head of Finance\n\nYour coordinator is Maya Lefort (Recruiting Coordinator). "
        "She will stay in the first minutes of the call to make introductions.\n\n"
        + meet("en", "hgf-qkxm-pda") + "\n\nScheduled with GoodTime"
    )
    e = ev(
        uid, "DTSTART:20251125T130000Z", "DTEND:20251125T150000Z",
        "Datakeel Interview: Legal Counsel – Élodie Martin (Virtual Onsite)",
        stamp="20251118T091133Z",
        organizer=org("maya.lefort@datakeel.com", "Maya Lefort"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("r.oconnell@datakeel.com", "Ryan O'Connell"),
                   att("s.dupuy@datakeel.com", "Salomé Dupuy"), att("k.mensah@datakeel.com", "Kofi Mensah"),
                   att("maya.lefort@datakeel.com", "Maya Lefort", role="OPT-PARTICIPANT", stat="ACCEPTED")],
        desc=desc, loc="Google Meet", seq=0,
    )
    return Ev("goodtime-virtual-onsite-en", "en", cal([e], "-//GoodTime.io//GoodTime Hire//EN"), uid, 1,
              "Datakeel", "Legal Counsel", "onsite",
              "r.oconnell@datakeel.com;s.dupuy@datakeel.com;k.mensah@datakeel.com")


def synthex_modernloop() -> Ev:
    uid = "ml-evt-3f81b0a2c9d4@modernloop.io"
    desc = (
        "Interview: Contract Drafting Exercise\nCandidate: Élodie Martin\nRole: Legal Counsel (EMEA)\n"
        "Interviewer: Noah Adler (Head of Legal)\nFormat: 60-minute live drafting exercise – SaaS MSA, limitation "
        "of liability and DPA. Please have Word open and share your screen.\n\n"
        + meet("en", "rtz-wvnb-kqe") + "\n\nScheduled with ModernLoop"
    )
    e = ev(
        uid, "DTSTART:20251202T100000Z", "DTEND:20251202T110000Z",
        "Synthex AI | Contract Drafting Exercise – Legal Counsel (EMEA)",
        stamp="20251126T174800Z",
        organizer=org("recruiting@synthex.ai", "Synthex AI Recruiting"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("noah.adler@synthex.ai", "Noah Adler")],
        desc=desc, loc="Google Meet", seq=0,
    )
    return Ev("modernloop-drafting-exercise-en", "en", cal([e], "-//ModernLoop//Scheduling//EN"), uid, 1,
              "Synthex AI", "Legal Counsel (EMEA)", "technical", "noah.adler@synthex.ai")


def helix_lever() -> Ev:
    uid = "lever-interview-0c9d8e7f-6a5b-4c3d-2e1f-helixpay"
    desc = (
        "Hi Élodie,\n\nThanks for your application to Helix Payments! Ben Carter (Talent Partner) will call you "
        "for a 20-minute phone screen about the Legal Counsel – Corporate & Regulatory role in Luxembourg.\n\n"
        "Phone: we will call the number on your application.\n\nThe Helix Payments Talent team"
    )
    e = ev(
        uid, "DTSTART:20251013T140000Z", "DTEND:20251013T142000Z",
        "Phone screen – Legal Counsel, Helix Payments (Luxembourg)",
        stamp="20251008T075520Z",
        organizer=org("ben.carter@helixpay.lu", "Ben Carter"),
        attendees=[att(ME_FREE, "Élodie Martin")],
        desc=desc, loc="Phone call", seq=0,
    )
    return Ev("lever-phone-screen-en", "en", cal([e], "-//Lever//Lever Hire//EN"), uid, 1,
              "Helix Payments", "Legal Counsel – Corporate & Regulatory", "recruiter_screen", "ben.carter@helixpay.lu")


def eurogrid_google() -> Ev:
    uid = "5rm0c7lk2gq9vb1p4ej8ud3nts@google.com"
    desc = (
        "Dear Élodie,\n\nPlease find the invitation for our interview with Koenraad and me.\n\nKind regards,\n"
        "Marie Declercq\n\n" + meet("en", "uqa-mzcv-fwn")
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Brussels:20251107T110000", "DTEND;TZID=Europe/Brussels:20251107T120000",
        "Interview – Legal Counsel Corporate Governance (Brussels)",
        stamp="20251031T163322Z",
        organizer=org("m.declercq@eurogrid.eu", "Marie Declercq"),
        attendees=[att("m.declercq@eurogrid.eu", "Marie Declercq", stat="ACCEPTED"),
                   att("koenraad.jacobs@eurogrid.eu", "Koenraad Jacobs"), att(ME_FREE)],
        desc=desc, extra=["SEQUENCE:0", "X-GOOGLE-CONFERENCE:https://meet.google.com/uqa-mzcv-fwn"],
    )
    return Ev("google-no-stage-en", "en", cal([e], P_GOOGLE, tz=olson_tz("Europe/Brussels")), uid, 1,
              "EuroGrid Transmission", "Legal Counsel Corporate Governance (Brussels)", "",
              "m.declercq@eurogrid.eu;koenraad.jacobs@eurogrid.eu")


def mosel_recruitee() -> Ev:
    uid = "recruitee-interview-e4410b8a@recruitee.com"
    desc = (
        "Hi Élodie,\n\nWe are happy to invite you to an interview for the Legal Officer – Corporate Services "
        "position with Tania Reding (Head of Corporate Services, your future manager) and Luc Feller (Senior "
        "Legal Officer).\n\nAddress: Mosel Trust Services, 12 rue Eugène Ruppert, L-2453 Luxembourg (3rd floor)."
        "\n\nSee you soon,\nMosel Trust Services HR"
    )
    e = ev(
        uid, "DTSTART:20251201T090000Z", "DTEND:20251201T100000Z",
        "Interview: Legal Officer – Corporate Services | Mosel Trust Services",
        stamp="20251124T100500Z",
        organizer=org("hr@moseltrust.lu", "Mosel Trust Services HR"),
        attendees=[att(ME_FREE, "Élodie Martin"), att("t.reding@moseltrust.lu", "Tania Reding"),
                   att("l.feller@moseltrust.lu", "Luc Feller")],
        desc=desc, loc="12 rue Eugène Ruppert, L-2453 Luxembourg", seq=0,
    )
    return Ev("recruitee-hiring-manager-en", "en", cal([e], "-//Recruitee//Recruitee Calendar//EN"), uid, 1,
              "Mosel Trust Services", "Legal Officer – Corporate Services", "hiring_manager",
              "t.reding@moseltrust.lu;l.feller@moseltrust.lu")


def solvane_sf() -> Ev:
    uid = "sf-interview-51c0e7d2-solvane-bru-0193"
    desc = (
        "Dear Ms Martin,\n\nAs the next step for the Corporate Legal Counsel (Brussels) position, please prepare a "
        "15-minute presentation on the legal steps of an intra-group merger of two Belgian subsidiaries (BV/SRL), "
        "followed by questions.\n\nPanel: Pieter Goossens (Head of Corporate Legal) and Amélie Noël (Legal Counsel "
        "M&A).\n\nSolvane Chemicals – Talent Acquisition EMEA"
    )
    e = ev(
        uid, "DTSTART;TZID=Europe/Brussels:20251209T140000", "DTEND;TZID=Europe/Brussels:20251209T150000",
        "Case presentation – Corporate Legal Counsel (Brussels)",
        stamp="20251202T112233Z",
        organizer=org("ta.emea@solvane.com", "Solvane Talent Acquisition EMEA"),
        attendees=[att(ME_FREE, ME_CN), att("pieter.goossens@solvane.com", "Pieter Goossens"),
                   att("amelie.noel@solvane.com", "Amélie Noël")],
        desc=desc, loc="Solvane Chemicals, Rue de Ransbeek 310, 1120 Brussels", seq=0,
    )
    return Ev("successfactors-case-en", "en", cal([e], "-//SAP SuccessFactors//Interview Scheduling//EN",
              tz=olson_tz("Europe/Brussels")), uid, 1, "Solvane Chemicals", "Corporate Legal Counsel (Brussels)",
              "technical", "pieter.goossens@solvane.com;amelie.noel@solvane.com")


def events() -> list[Ev]:
    return [
        clearvest_sr(), kcp_recurring(), nordstern_personio(), alcazar_workable(), soluna_zoom(),
        brightwater_icims(), datakeel_goodtime(), synthex_modernloop(), helix_lever(), eurogrid_google(),
        mosel_recruitee(), solvane_sf(),
    ]

