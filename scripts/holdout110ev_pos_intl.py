"""holdout110: Aoife Brennan's own interviews for European teams (DE/FR/ES) and a few more EN templates."""

from __future__ import annotations

from holdout110ev_ics import (
    APPLE,
    EXCHANGE,
    FREE,
    GOOGLE,
    att,
    calendar,
    ev,
    item,
    meet,
    org,
    teams,
    uid_at,
    uid_google,
    uid_guid,
    uid_outlook,
    zoom,
)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    # 1 Greenhouse in German, case study
    u = uid_google("brueckner-case")
    d = ("Hallo Aoife,\n\nim nächsten Schritt für die Position Senior Talent Acquisition Lead (m/w/d) möchten wir "
         "mit dir eine Fallstudie besprechen: Wie würdest du unser Recruiting für 25 Entwickler:innen in DACH "
         "aufsetzen? Bitte bereite 15 Minuten Präsentation vor.\n\nDeine Interviewer: Mara Hoffmann (Head of "
         "People), Tobias Keller (VP Engineering)\n\n" + meet("brd-fall-stu", "de") + "\n\nPowered by Greenhouse")
    e = ev(u, "20251006T071500", "20251013T140000", "20251013T150000",
           "Fallstudie: Recruiting-Strategie DACH – Aoife Brennan (Brückner Digital)", tz="Europe/Berlin", desc=d,
           organizer=org("recruiting@brueckner-digital.de", "Brückner Digital Recruiting"),
           attendees=(att("mara.hoffmann@brueckner-digital.de", "Mara Hoffmann", google=True),
                      att("tobias.keller@brueckner-digital.de", "Tobias Keller", google=True),
                      att(FREE, "Aoife Brennan", google=True)))
    out.append(item("greenhouse-case-de", calendar(GOOGLE, [e], ("Europe/Berlin",)), u, True, "Brückner Digital",
                    "Senior Talent Acquisition Lead", "technical",
                    "mara.hoffmann@brueckner-digital.de;tobias.keller@brueckner-digital.de", "greenhouse-case-de"))

    # 2 Lever in French, hiring manager, Zoom in French
    u = uid_at("lumio-hm", "lever.co", 24)
    d = ("Bonjour Aoife,\n\nVoici la confirmation de votre entretien avec Claire Fontaine, VP People et manager "
         "du poste Head of Talent Acquisition (Europe).\n\n" + zoom("87766554433", "fr", "Claire Fontaine") +
         "\n\nÀ très vite,\nL'équipe Talent de Lumio")
    e = ev(u, "20250929T100000", "20251007T103000", "20251007T113000",
           "Entretien avec Lumio – Head of Talent Acquisition (Europe) – manager", tz="Europe/Paris", desc=d,
           loc="Zoom", organizer=org("talent@lumio.fr", "Lumio Talent"),
           attendees=(att("claire.fontaine@lumio.fr", "Claire Fontaine"), att(FREE, "Aoife Brennan")))
    out.append(item("lever-hm-fr", calendar("-//Lever//Lever Interview Scheduling//FR", [e], ("Europe/Paris",)), u,
                    True, "Lumio", "Head of Talent Acquisition (Europe)", "hiring_manager",
                    "claire.fontaine@lumio.fr", "lever-hm-fr"))

    # 3 Workable in Spanish, first interview with a talent partner
    u = uid_at("rumbo-screen", "workable.com", 24)
    d = ("Hola Aoife:\n\nGracias por tu interés en Rumbo Tech. Te confirmamos una primera entrevista de 30 minutos "
         "con Lucía Martín (Talent Partner) para el puesto de Talent Acquisition Lead EMEA (remoto).\n\nUnirse "
         "con Google Meet: https://meet.google.com/rmb-qwse-lkj\n\nUn saludo,\nEquipo de Talento de Rumbo Tech")
    e = ev(u, "20250916T090000", "20250922T160000", "20250922T163000",
           "Entrevista: Talent Acquisition Lead EMEA – Aoife Brennan", tz="Europe/Madrid", desc=d,
           organizer=org("lucia.martin@rumbotech.es", "Lucía Martín"),
           attendees=(att("lucia.martin@rumbotech.es", "Lucía Martín", partstat="ACCEPTED"),
                      att(FREE, "Aoife Brennan")))
    out.append(item("workable-screen-es", calendar("-//Workable//Workable Calendar//ES", [e], ("Europe/Madrid",)), u,
                    True, "Rumbo Tech", "Talent Acquisition Lead EMEA", "recruiter_screen",
                    "lucia.martin@rumbotech.es", "workable-screen-es"))

    # 4 Spanish, hiring manager, Zoom in Spanish, same employer
    u = uid_google("rumbo-hm")
    d = ("Hola Aoife, te dejo la invitación para la entrevista con el hiring manager, Javier Ortega (Director de "
         "Personas). Lucía se conectará sólo para presentaros.\n\n" + zoom("83344556677", "es", "Lucía Martín"))
    e = ev(u, "20250925T120000", "20251003T123000", "20251003T133000",
           "Entrevista con el hiring manager – Rumbo Tech", tz="Europe/Madrid", desc=d, loc="Zoom",
           organizer=org("lucia.martin@rumbotech.es", "Lucía Martín"),
           attendees=(att("javier.ortega@rumbotech.es", "Javier Ortega", google=True),
                      att("lucia.martin@rumbotech.es", "Lucía Martín", partstat="ACCEPTED", google=True),
                      att(FREE, "Aoife Brennan", google=True)))
    out.append(item("google-hm-es", calendar(GOOGLE, [e], ("Europe/Madrid",)), u, True, "Rumbo Tech",
                    "", "hiring_manager", "javier.ortega@rumbotech.es", "zoom-hm-coordinator-es"))

    # 5 Teamtailor in French, case study
    u = uid_at("ateliernuage-case", "teamtailor.com", 22)
    d = ("Bonjour Aoife,\n\nPour la prochaine étape du process Talent Acquisition Lead, nous te proposons une étude "
         "de cas : construire notre plan de recrutement 2026 (30 postes, Paris et remote). Tu présenteras tes "
         "recommandations à Julien Mercier (CEO) et Inès Benali (Head of Ops).\n\n" + meet("atn-cas-etd") +
         "\n\nL'équipe Atelier Nuage")
    e = ev(u, "20251008T090000", "20251016T140000", "20251016T151500",
           "Étude de cas : plan de recrutement 2026 – Aoife Brennan", tz="Europe/Paris", desc=d,
           organizer=org("jobs@ateliernuage.fr", "Atelier Nuage"),
           attendees=(att("julien.mercier@ateliernuage.fr", "Julien Mercier"),
                      att("ines.benali@ateliernuage.fr", "Inès Benali"), att(FREE, "Aoife Brennan")))
    out.append(item("teamtailor-case-fr", calendar("-//Teamtailor//Teamtailor Calendar 1.0//FR", [e],
                                                   ("Europe/Paris",)), u, True, "Atelier Nuage",
                    "Talent Acquisition Lead", "technical",
                    "julien.mercier@ateliernuage.fr;ines.benali@ateliernuage.fr", "teamtailor-case-study-fr"))

    # 6 French phone screen, Google in French, consulting firm
    u = uid_google("caphorizon-phone")
    d = ("Bonjour Aoife,\n\nComme convenu, je vous appellerai au +353 87 214 6630 pour un premier échange "
         "téléphonique d'environ 30 minutes sur le poste de Responsable Recrutement International.\n\n"
         "Bien à vous,\nSophie Garnier\nChargée de recrutement – Cap Horizon Conseil")
    e = ev(u, "20250911T150000", "20250916T093000", "20250916T100000",
           "Entretien téléphonique – Aoife Brennan / Cap Horizon Conseil", tz="Europe/Paris", desc=d,
           loc="Téléphone", organizer=org("sophie.garnier@caphorizon.fr", "Sophie Garnier"),
           attendees=(att("sophie.garnier@caphorizon.fr", "Sophie Garnier", partstat="ACCEPTED", google=True),
                      att(FREE, google=True)))
    out.append(item("google-phone-fr", calendar(GOOGLE, [e], ("Europe/Paris",)), u, True, "Cap Horizon Conseil",
                    "Responsable Recrutement International", "recruiter_screen", "sophie.garnier@caphorizon.fr",
                    "phone-screen-fr"))

    # 7 Ashby values interview, no standard stage
    u = uid_at("kiteline-values", "ashbyhq.com", 32)
    d = ("Kiteline - Head of Talent\n\nInterview: Values & Ways of Working (45 min)\nInterviewer: Femi Adebayo "
         "(Head of Product)\n\nThis conversation is about how you work, not what you know - come as you are.\n\n" +
         meet("ktl-vals-wow") + "\n\nScheduled with Ashby")
    e = ev(u, "20251009T082000", "20251013T103000", "20251013T111500",
           "Values & Ways of Working — Kiteline x Aoife Brennan", utc=True, desc=d,
           organizer=org("talent@kiteline.com", "Kiteline Talent"),
           attendees=(att("femi.adebayo@kiteline.com", "Femi Adebayo"), att(FREE, "Aoife Brennan")))
    out.append(item("ashby-values", calendar("-//Ashby//Ashby Scheduling//EN", [e]), u, True, "Kiteline",
                    "Head of Talent", "", "femi.adebayo@kiteline.com", "ashby-values-nostage-en"))

    # 8 SmartRecruiters, London onsite panel
    u = uid_at("cinnabar-panel", "smartrecruiters.com", 24)
    d = ("Dear Aoife,\n\nWe are pleased to invite you to an onsite panel interview for the role of Talent "
         "Acquisition Lead at Cinnabar Financial.\n\nPanel: Hugh Merriman (Chief Operating Officer), Aisha Rahman "
         "(Head of Reward), Peter Lindqvist (Engineering Director)\nVenue: 8 Bishopsgate, London EC2N 4BQ, 21st "
         "floor\n\nKind regards,\nCinnabar Financial Recruitment Team")
    e = ev(u, "20251013T120000", "20251024T100000", "20251024T120000",
           "Onsite panel interview – Talent Acquisition Lead – Aoife Brennan", tz="Europe/London", desc=d,
           loc="8 Bishopsgate, London EC2N 4BQ", organizer=org("recruitment@cinnabarfinancial.com",
                                                               "Cinnabar Financial Recruitment"),
           attendees=(att("hugh.merriman@cinnabarfinancial.com", "Hugh Merriman"),
                      att("aisha.rahman@cinnabarfinancial.com", "Aisha Rahman"),
                      att("peter.lindqvist@cinnabarfinancial.com", "Peter Lindqvist"), att(FREE, "Aoife Brennan")),
           order="outlook")
    out.append(item("smartrecruiters-onsite", calendar("-//SmartRecruiters//Interview Scheduler//EN", [e],
                                                       ("Europe/London",)), u, True, "Cinnabar Financial",
                    "Talent Acquisition Lead", "onsite",
                    "hugh.merriman@cinnabarfinancial.com;aisha.rahman@cinnabarfinancial.com;"
                    "peter.lindqvist@cinnabarfinancial.com", "smartrecruiters-onsite-panel-en"))

    # 9 Greenhouse take-home review
    u = uid_google("tidewater-takehome")
    d = ("Hi Aoife,\n\nThanks for sending over your take-home! In this session you'll walk Ellen and Marco "
         "through your candidate-experience audit for the Talent Acquisition Lead role.\n\nInterviewers: Ellen "
         "Sweeney (Director of People), Marco Bianchi (Lead Producer)\n\n" + meet("tdw-take-hom") +
         "\n\nTidewater Games Recruiting | Powered by Greenhouse")
    e = ev(u, "20251015T154500", "20251021T150000", "20251021T160000",
           "Take-home review: Aoife Brennan (Talent Acquisition Lead)", tz="Europe/Dublin", desc=d,
           organizer=org("recruiting@tidewatergames.com", "Tidewater Games Recruiting"),
           attendees=(att("ellen.sweeney@tidewatergames.com", "Ellen Sweeney", google=True),
                      att("marco.bianchi@tidewatergames.com", "Marco Bianchi", google=True),
                      att(FREE, "Aoife Brennan", google=True)))
    out.append(item("greenhouse-takehome", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, True, "Tidewater Games",
                    "Talent Acquisition Lead", "technical",
                    "ellen.sweeney@tidewatergames.com;marco.bianchi@tidewatergames.com", "greenhouse-take-home-en"))

    # 10 Exchange, VC firm, partners, final, UTC times
    u = uid_outlook("anchorstone-final")
    d = ("Aoife,\n\nFinal conversation for the Head of Portfolio Talent role with our two managing partners, "
         "Fergal Nash and Imogen Clarke.\n\nRegards,\nLily Chen | Office Manager | Anchorstone Ventures\n\n" +
         teams("OTk4YWFmNjMt"))
    e = ev(u, "20251017T091000", "20251029T120000", "20251029T130000",
           "Anchorstone Ventures | Head of Portfolio Talent | Final conversation", utc=True, desc=d,
           loc="Microsoft Teams Meeting", organizer=org("lily.chen@anchorstone.vc", "Chen, Lily"),
           attendees=(att("fergal.nash@anchorstone.vc", "Nash, Fergal"),
                      att("imogen.clarke@anchorstone.vc", "Clarke, Imogen"), att(FREE, "Aoife Brennan")),
           order="outlook")
    out.append(item("exchange-final-utc", calendar(EXCHANGE, [e]), u, True, "Anchorstone Ventures",
                    "Head of Portfolio Talent", "final", "fergal.nash@anchorstone.vc;imogen.clarke@anchorstone.vc",
                    "exchange-final-utc-en"))

    # 11 Lever, no stage
    u = uid_at("parcelhub", "lever.co", 24)
    d = ("Interview with Parcelhub\nRole: Talent Acquisition Lead\nYou'll be meeting: Conor Hegarty (Chief of "
         "Staff)\n\n" + zoom("99001122334", host="Parcelhub Recruiting"))
    e = ev(u, "20250930T150000", "20251006T150000", "20251006T154500",
           "Interview with Parcelhub — Talent Acquisition Lead", tz="Europe/Dublin", desc=d,
           organizer=org("recruiting@parcelhub.io", "Parcelhub Recruiting"),
           attendees=(att("conor.hegarty@parcelhub.io", "Conor Hegarty"), att(FREE, "Aoife Brennan")))
    out.append(item("lever-nostage", calendar("-//Lever//Lever Interview Scheduling//EN", [e], ("Europe/Dublin",)),
                    u, True, "Parcelhub", "Talent Acquisition Lead", "", "conor.hegarty@parcelhub.io",
                    "lever-nostage-en"))

    # 12 iCloud invite from a founder
    u = uid_guid("halden-icloud")
    e = ev(u, "20251001T200000", "20251007T170000", "20251007T174500", "Halden Health x Aoife – Head of People chat",
           tz="Europe/London", desc="Interview for the Head of People role - I'll send a Meet link on the day. Ed",
           organizer=org("ed.halden@icloud.com", "Ed Moran"),
           attendees=(att("ed.halden@icloud.com", "Ed Moran", partstat="ACCEPTED"),
                      att(FREE, "Aoife Brennan")), order="apple")
    out.append(item("icloud-founder", calendar(APPLE, [e], ("Europe/London",)), u, True, "Halden Health",
                    "Head of People", "", "ed.halden@icloud.com", "icloud-founder-en"))
    return out
