"""holdout118 negatives: interview-shaped events that are not the user's own job interview."""

from __future__ import annotations

from holdout118ev_ics import (
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    TZ_TORONTO,
    TZ_WIN_EASTERN,
    TZ_WIN_W_EUROPE,
    Ev,
    att,
    cal,
    floating,
    meet,
    org,
    teams,
    tor,
    utc,
    ve,
    win,
)

NP = "northpeak-analytics.ca"


def _neg(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []
    me = att("Grace Mensah", ME_FREE)
    mine = org("Grace Mensah", ME_FREE)
    wme = att("Grace Mensah", ME_WORK, ps="ACCEPTED")

    uid = "3g7j1m5p9s2v6y0b4e8h2k6n0q@google.com"
    out.append(_neg("mock-friend", cal(ve(
        uid, "Mock interview w/ Tasha - practice VP call (Orchard Loop)", tor("20251118T190000"),
        tor("20251118T200000"), desc="Tasha plays the VP. Record on Zoom, review answers on scaling CS 3→10.",
        orgz=mine, atts=[att("Tasha Clarke", "tasha.clarke@gmail.com")],
    ), tz=(TZ_TORONTO,)), uid, "mock-friend-names-real-employer-en"))

    uid = "calendly-coach-4a8c2e6g0i3k5m7o9q1s3u5w7y9a"
    desc = (
        "Event Name: Mock Interview + Feedback (60 min)\n\nYour coach: Renée Saint-Pierre, Brightpath Career "
        "Coaching\nWe'll run a full mock case presentation (renewal-risk scenario), then debrief on structure, "
        "storytelling and executive presence.\n\nLocation: Zoom - link to follow\n\nPowered by Calendly.com"
    )
    out.append(_neg("mock-coach-calendly", cal(ve(
        uid, "Grace Mensah and Renée Saint-Pierre", tor("20251102T100000"), tor("20251102T110000"), desc=desc,
        loc="Zoom", orgz=org("Renée Saint-Pierre", "renee@brightpathcoaching.ca"),
        atts=[att("Renée Saint-Pierre", "renee@brightpathcoaching.ca", ps="ACCEPTED"), me],
    ), prodid="-//Calendly//Calendly//EN", tz=(TZ_TORONTO,)), uid, "mock-coach-calendly-en"))

    uid = "zoomwebinar-91288340012-grace@zoom.us"
    desc = (
        "Hi Grace Mensah,\n\nThank you for registering for \"Nailing the CSM Interview: Case Studies, QBR Decks "
        "and the VP Round\".\n\nPlease submit any questions to: events@cscollective.org\n\nDate Time: Nov 5, "
        "2025 12:00 PM Eastern Time (US and Canada)\n\nJoin from PC, Mac, iPad, or Android: "
        "https://us06web.zoom.us/w/91288340012?tk=abc\n\nCS Collective Toronto"
    )
    out.append(_neg("webinar-zoom", cal(ve(
        uid, "Nailing the CSM Interview: Case Studies, QBR Decks and the VP Round", tor("20251105T120000"),
        tor("20251105T130000"), desc=desc, loc="https://us06web.zoom.us/w/91288340012",
        orgz=org("CS Collective Toronto", "no-reply@zoom.us"), atts=[me],
    ), prodid="-//zoom.us//iCalendar Event//EN", tz=(TZ_TORONTO,)), uid, "webinar-interview-skills-en"))

    uid = "tpl-event-20251015-career-star@torontopubliclibrary.ca"
    out.append(_neg("library-workshop", cal(ve(
        uid, "Workshop: Behavioural interviews & the STAR method", tor("20251015T183000"), tor("20251015T200000"),
        desc="Free career workshop. Practise answering common interview questions with a career counsellor. "
        "Registration required.", loc="Toronto Reference Library, 789 Yonge St, Learning Centre 2",
        orgz=org("Toronto Public Library", "events@torontopubliclibrary.ca"), atts=[me],
    ), method="PUBLISH", tz=(TZ_TORONTO,)), uid, "class-interview-skills-en"))

    uid = "ccmm-webinaire-entrevue-20251112@ccmm.ca"
    out.append(_neg("webinaire-fr", cal(ve(
        uid, "Webinaire : Réussir son entrevue d'embauche en français", tor("20251112T120000"),
        tor("20251112T130000"), desc="Webinaire gratuit offert aux professionnels bilingues : vocabulaire, "
        "questions fréquentes et simulation d'entrevue en direct.\n\nLien Zoom envoyé la veille.",
        orgz=org("Chambre de commerce du Montréal métropolitain", "evenements@ccmm.ca"), atts=[me],
    ), method="PUBLISH", tz=(TZ_TORONTO,)), uid, "webinar-fr"))

    uid = "9k3n7q1t5w8z2c6f0i4l8o2r6u@google.com"
    desc = (
        "Customer research interview (45 min) - onboarding pain points.\nParticipant: Dana Liu, Operations "
        "Manager, Harbor Dental Group (customer since 2023)\nGrace interviews, Mo takes notes. $50 gift card.\n\n"
        + meet("pxd-cwmv-ntq")
    )
    out.append(_neg("user-research-interview", cal(ve(
        uid, "Customer interview: Harbor Dental - onboarding research", tor("20251014T130000"),
        tor("20251014T134500"), desc=desc, loc="Google Meet", orgz=org("Grace Mensah", ME_WORK),
        atts=[wme, att("Mo Abdi", f"mo.abdi@{NP}"), att("Dana Liu", "dana.liu@harbordental.ca")],
    ), tz=(TZ_TORONTO,)), uid, "user-research-interview-en"))

    uid = "calendly-research-1b3d5f7h9j0l2n4p6r8t0v2x4z"
    desc = (
        "Event Name: User Interview - Northpeak Dashboards (30 min)\n\nInvitee: Carlos Mendes\nInvitee Email: "
        "carlos.mendes@fenwicklabs.com\n\nThanks for helping us improve the renewal forecasting dashboard!\n\n"
        "Powered by Calendly.com"
    )
    out.append(_neg("user-research-calendly-host", cal(ve(
        uid, "Carlos Mendes and Grace Mensah", utc("20251023T180000"), utc("20251023T183000"), desc=desc,
        loc="Zoom", orgz=org("Grace Mensah", ME_WORK),
        atts=[wme, att("Carlos Mendes", "carlos.mendes@fenwicklabs.com", ps="ACCEPTED")],
    ), prodid="-//Calendly//Calendly//EN"), uid, "user-research-calendly-host-en"))

    uid = "riverside-rec-churnreport-ep48@riverside.fm"
    out.append(_neg("podcast-guest", cal(ve(
        uid, "Podcast recording: The Churn Report ep. 48 (guest: Grace Mensah)", tor("20251021T170000"),
        tor("20251021T180000"), desc="Interview about running QBRs that customers actually want. Studio link: "
        "https://riverside.fm/studio/the-churn-report - headphones please!",
        orgz=org("Alicia Grant", "alicia@thechurnreport.fm"), atts=[me],
    ), tz=(TZ_TORONTO,)), uid, "podcast-interview-en"))

    uid = "5n9q3t7w1z4c8f2i6l0o4r8u2x@google.com"
    out.append(_neg("press-interview", cal(ve(
        uid, "Interview w/ reporter (BetaKit) re: women in CS leadership", tor("20251106T120000"),
        tor("20251106T123000"), desc="Comms approved. Keep to Northpeak customer stories; no revenue numbers.",
        orgz=org("Olu Adebayo", f"olu.adebayo@{NP}"),
        atts=[wme, att("Kim Tran", "kim.tran@betakit.com")],
    ), tz=(TZ_TORONTO,)), uid, "press-interview-en"))

    uid = "1r5u9x3a7d0g4j8m2p6s0v4y8b@google.com"
    out.append(_neg("coffee-chat-informational", cal(ve(
        uid, "Coffee chat w/ Jenna (CSM @ Lumenfold) - informational", tor("20251011T100000"),
        tor("20251011T104500"), desc="Friend of Kofi. Ask what the team is like, how Marcus manages. Not an "
        "interview - just picking her brain before I apply.", loc="Pilot Coffee, 50 Wellington St E",
        orgz=mine, atts=[att("Jenna Park", "jennapark@gmail.com")],
    ), tz=(TZ_TORONTO,)), uid, "coffee-chat-informational-en"))

    uid = "mtcc-techjobfair-20251022@torontojobfair.ca"
    out.append(_neg("job-fair", cal(ve(
        uid, "Toronto Tech Job Fair (Fall 2025)", tor("20251022T110000"), tor("20251022T160000"),
        desc="40+ employers hiring in sales, customer success and product. Bring printed resumes. Free entry "
        "with registration.", loc="Metro Toronto Convention Centre, South Building, Hall F",
        orgz=org("Toronto Job Fair", "info@torontojobfair.ca"), atts=[me],
    ), method="PUBLISH", tz=(TZ_TORONTO,)), uid, "job-fair-en"))

    uid = "vantaq-refcheck-daniel-osei-1182@vantaq.com"
    out.append(_neg("referee-call", cal(ve(
        uid, "Reference check: Daniel Osei (Grace Mensah as reference)", tor("20251016T143000"),
        tor("20251016T145000"), desc="Hi Grace, thanks for agreeing to be a reference for Daniel. I'll ask "
        "about your time working together at Northpeak - about 15 minutes.\n\nBrandon Hughes, Vantaq Talent "
        "Acquisition", loc="Phone", orgz=org("Brandon Hughes", "brandon.hughes@vantaq.com"), atts=[me],
    ), tz=(TZ_TORONTO,)), uid, "reference-call-user-referee-en"))

    uid = "robertson-intro-grace-20251003@robertsontalent.com"
    out.append(_neg("recruiter-no-employer", cal(ve(
        uid, "Intro call - Robertson Talent Partners", tor("20251003T120000"), tor("20251003T122000"),
        desc="Hi Grace, great to connect. I'm working on a few confidential Customer Success leadership searches "
        "in Toronto and would love to learn more about what you're looking for.\n\nKelly Robertson",
        loc="Phone", orgz=org("Kelly Robertson", "kelly@robertsontalent.com"), atts=[me],
    ), tz=(TZ_TORONTO,)), uid, "recruiter-call-no-employer-en"))

    uid = "7x1a5d9g3j6m0p4s8v2y6b0e4h@google.com"
    out.append(_neg("prep-block", cal(ve(
        uid, "Prep: Lumenfold onsite", tor("20251028T190000"), tor("20251028T210000"),
        desc="Re-read JD, STAR stories (churn save, Q3 escalation), questions for Owen. Print 2 copies of resume.",
        orgz=mine, extra=["TRANSP:OPAQUE"],
    ), method=None, tz=(TZ_TORONTO,)), uid, "prep-block-en"))

    uid = "hand-prep-block-20251121"
    out.append(_neg("prep-hand-floating", cal(ve(
        uid, "interview prep - case deck dry run", floating("20251116T140000"), floating("20251116T160000"),
    ), method=None), uid, "prep-block-floating-en"))

    uid = "040000008200E00074C5B7101A82E00800000000EE11DD22CC33DB0100000000000000001000000098765432"
    desc = (
        "Hi Grace,\n\nAs part of your offboarding, I'd like to schedule your exit interview. It's a confidential "
        "conversation about your experience at Northpeak.\n\n" + teams() + "\n\nRachel Kim, HR Business Partner"
    )
    out.append(_neg("exit-interview", cal(ve(
        uid, "Exit interview - Grace Mensah", win("20251215T150000"), win("20251215T153000"), desc=desc,
        loc="Microsoft Teams Meeting", orgz=org("Kim, Rachel", f"rachel.kim@{NP}"),
        atts=[att("Mensah, Grace", ME_WORK)], extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"], status=None,
    ), prodid=OUTLOOK, tz=(TZ_WIN_EASTERN,)), uid, "exit-interview-own-en"))

    uid = "2d6g0j4m8p1s5v9y3b7e1h5k9n@google.com"
    out.append(_neg("own-review", cal(ve(
        uid, "Mid-year review: Grace / Marcus", tor("20251008T150000"), tor("20251008T160000"),
        desc="Self-assessment due before. Topics: NRR on my book, promotion path to Senior CSM / Team Lead.",
        orgz=org("Marcus Bell", f"marcus.bell@{NP}"), atts=[wme],
    ), tz=(TZ_TORONTO,)), uid, "appraisal-own-en"))

    uid = "040000008200E00074C5B7101A82E00800000000AB12CD34EF56DB01000000000000000010000000FEDCBA98"
    desc = (
        "Hallo Frau Mensah,\n\nwie besprochen anbei die Einladung zu unserem Quartalsgespräch (QBR Q4). "
        "Agenda: Nutzung, offene Tickets, Verlängerung 2026.\n\n" + teams("de")
        + "\n\nMit freundlichen Grüßen\nKatrin Vogel\nLeiterin IT-Services, Hansewerk Logistik GmbH"
    )
    out.append(_neg("customer-qbr-de", cal(ve(
        uid, "QBR Q4 – Hansewerk Logistik / Northpeak", win("20251125T160000", "W. Europe Standard Time"),
        win("20251125T170000", "W. Europe Standard Time"), desc=desc, loc="Microsoft Teams-Besprechung",
        orgz=org("Vogel, Katrin", "k.vogel@hansewerk-logistik.de"),
        atts=[att("Mensah, Grace", ME_WORK), att("Brandt, Jens", "j.brandt@hansewerk-logistik.de")],
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"], status=None,
    ), prodid=OUTLOOK, tz=(TZ_WIN_W_EUROPE,)), uid, "customer-qbr-de"))

    uid = "8v2y6b0e4h7k1n5q9t3w7z1c5f@google.com"
    out.append(_neg("customer-qbr-es", cal(ve(
        uid, "Revisión trimestral (QBR) – Grupo Altavista / Northpeak", tor("20251120T110000"),
        tor("20251120T120000"), desc="Agenda: adopción del módulo de pronósticos, renovación de marzo, "
        "próximos pasos.\n\n" + meet("zur-hqpw-gfb", "es"),
        orgz=org("Grace Mensah", ME_WORK), atts=[wme, att("Lorena Pérez", "lperez@grupoaltavista.mx")],
    ), tz=(TZ_TORONTO,)), uid, "customer-qbr-es"))

    return out
