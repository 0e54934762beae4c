"""holdout118: the user's own interviews sent by applicant-tracking systems."""

from __future__ import annotations

from holdout118ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    TZ_BERLIN,
    TZ_TORONTO,
    TZ_WIN_EASTERN,
    Ev,
    att,
    cal,
    meet,
    org,
    room,
    teams,
    tor,
    utc,
    ve,
    win,
    zoom,
)

FORMS = {
    "Lumenfold": "",
    "Quillstack": "",
    "Borealis Payroll": "Borealis",
    "Maple Ledger Bank": "Maple Ledger",
    "Nordwand Software": "Nordwand",
    "Cobalto": "",
    "Arbutus Learning": "Arbutus",
    "Vantaq Systems": "Vantaq",
    "Banque Fleurdelys": "Fleurdelys",
    "Tidewell Health": "Tidewell",
    "Wavelet": "Wavelet AI",
    "Ledgerlight": "",
    "Sableridge Security": "Sableridge",
}


def events() -> list[Ev]:
    out: list[Ev] = []
    me = att("Grace Mensah", ME_FREE)

    uid = "gh-3f7a1c92e4b04d7e9a51c0d6b8e2f413@greenhouse.io"
    desc = (
        "Hi Grace,\n\nThanks for making time to speak with Lumenfold! This is a 30-minute phone conversation with "
        "Keisha Thompson (Senior Talent Partner) about the Senior Customer Success Manager role.\n\n"
        "Keisha will call you at +1 647 555 0183. If anything changes, just reply to this email.\n\n"
        "Talk soon,\nLumenfold Recruiting\n\nPowered by Greenhouse"
    )
    out.append(Ev(
        "greenhouse-phone", cal(ve(
            uid, "Phone Interview: Grace Mensah <> Lumenfold", tor("20251014T113000"), tor("20251014T120000"),
            desc=desc, loc="Phone call: Keisha will call you",
            orgz=org("Lumenfold Recruiting", "recruiting@lumenfold.com"),
            atts=[me, att("Keisha Thompson", "keisha.thompson@lumenfold.com", ps="ACCEPTED")],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Lumenfold", "Senior Customer Success Manager", "recruiter_screen", "keisha.thompson@lumenfold.com",
        "greenhouse-phone-en"))

    uid = "gh-a90d2be115c94a8c8f7d33e07c5b6a21@greenhouse.io"
    desc = (
        "Hi Grace,\n\nWe're excited to welcome you to our King Street office for your onsite with Lumenfold.\n\n"
        "Schedule (all times Eastern):\n"
        "1:00 PM - 1:45 PM  Customer scenario role-play with Marcus Lee, Director, Customer Success\n"
        "1:45 PM - 2:30 PM  Cross-functional conversation with Sanjana Iyer, Product Manager\n"
        "2:30 PM - 3:15 PM  Values interview with Owen Fraser, VP Customer Experience\n\n"
        "Please check in with reception on the 9th floor. Ana Sousa (Recruiting Coordinator) will meet you "
        "there and walk you between rooms.\n\nLumenfold Recruiting"
    )
    out.append(Ev(
        "greenhouse-onsite", cal(ve(
            uid, "Onsite Interview - Senior Customer Success Manager - Lumenfold", tor("20251029T130000"),
            tor("20251029T151500"), desc=desc, loc="Lumenfold, 388 King St W, 9th floor, Toronto, ON",
            orgz=org("Ana Sousa", "ana.sousa@lumenfold.com"),
            atts=[me, att("Marcus Lee", "marcus.lee@lumenfold.com", ps="ACCEPTED"),
                  att("Sanjana Iyer", "sanjana.iyer@lumenfold.com", ps="ACCEPTED"),
                  att("Owen Fraser", "owen.fraser@lumenfold.com", ps="TENTATIVE"),
                  room("TOR-09-Bluejay (8)", "tor-09-bluejay@lumenfold.com")],
            seq=1,
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Lumenfold", "Senior Customer Success Manager", "onsite",
        "marcus.lee@lumenfold.com;sanjana.iyer@lumenfold.com;owen.fraser@lumenfold.com", "greenhouse-onsite-room-en"))

    uid = "lever-6c1f0d8e-2a77-4b31-9e5c-7d04b1a38f2e"
    desc = (
        "Hi Grace,\n\nYou're confirmed for your Hiring Manager Interview with Quillstack.\n\n"
        "Interviewer: Tomasz Wojcik, Head of Customer Success\nDuration: 45 minutes\n\n"
        + zoom("https://quillstack.zoom.us/j/83412907765?pwd=bWQyR0tqZz09", "834 1290 7765", "581204")
        + "\n\nScheduled via Lever"
    )
    out.append(Ev(
        "lever-hm", cal(ve(
            uid, "Quillstack - Hiring Manager Interview (Grace Mensah)", utc("20251021T180000"),
            utc("20251021T184500"), desc=desc, loc="https://quillstack.zoom.us/j/83412907765",
            orgz=org("Tomasz Wojcik", "tomasz@qstk.io"),
            atts=[me, att("Tomasz Wojcik", "tomasz@qstk.io", ps="ACCEPTED")],
        )),
        uid, 1, "Quillstack", "", "hiring_manager", "tomasz@qstk.io", "lever-utc-abbrev-domain-en"))

    uid = "ashby-int-7e52b4c0-19fa-4c2d-b0e3-52a8d1f6c9a7"
    desc = (
        "Case Presentation: Customer Success Team Lead\n\nHi Grace! As discussed, you'll present your 30-day "
        "plan for the at-risk renewal case we sent over (20 min), followed by Q&A with the panel.\n\n"
        "Panel:\n- Leah Kim (VP, Customer Success)\n- Rafael Costa (Senior CSM)\n\n"
        "Please share your slides from your own screen.\n\n" + meet("vqk-hzmt-ape")
        + "\n\nThis event was scheduled through Ashby on behalf of Borealis Payroll."
    )
    out.append(Ev(
        "ashby-case", cal(ve(
            uid, "Borealis Payroll | Case Presentation w/ Grace Mensah", tor("20251104T140000"),
            tor("20251104T150000"), desc=desc, loc="https://meet.google.com/vqk-hzmt-ape",
            orgz=org("Borealis Payroll Talent", "talent@borealispayroll.com"),
            atts=[me, att("Leah Kim", "leah.kim@borealispayroll.com"),
                  att("Rafael Costa", "rafael.costa@borealispayroll.com")],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Borealis Payroll", "Customer Success Team Lead", "technical",
        "leah.kim@borealispayroll.com;rafael.costa@borealispayroll.com", "ashby-case-presentation-en"))

    uid = "040000008200E00074C5B7101A82E00800000000D0E7A3B4C2F1DB010000000000000000100000009E1B8F1B5C2A"
    desc = (
        "Interview Scheduled\n\nCandidate: Grace Mensah\nJob Requisition: R-118442 Relationship Manager\\, "
        "Commercial Client Success\nInterview Type: Virtual - Microsoft Teams\n\n"
        "Interviewers: Priya Nair\\, Senior Manager Client Success; David Morin\\, Director\n\n"
        + teams()
    ).replace("\\,", ",")
    out.append(Ev(
        "workday-teams", cal(ve(
            uid, "Interview: Grace Mensah - R-118442 Relationship Manager, Commercial Client Success",
            win("20251106T100000"), win("20251106T110000"), desc=desc, loc="Microsoft Teams Meeting",
            orgz=org("Nair, Priya", "priya.nair@mlbank.ca"),
            atts=[att("Nair, Priya", "priya.nair@mlbank.ca", ps="ACCEPTED"),
                  att("Morin, David", "david.morin@mlbank.ca"), me],
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"],
            status=None,
        ), prodid=EXCHANGE, tz=(TZ_WIN_EASTERN,)),
        uid, 1, "Maple Ledger Bank", "Relationship Manager, Commercial Client Success", "",
        "priya.nair@mlbank.ca;david.morin@mlbank.ca", "workday-teams-windows-zone-en"))

    uid = "personio-interview-52811-7713@personio.de"
    desc = (
        "Hi Grace,\n\nthank you for your application as Customer Success Manager North America (Remote, "
        "Toronto). As agreed, here is the invite for your first interview with Jonas Brandt (Team Lead "
        "Customer Success) and Miriam Keller (People & Culture).\n\n" + teams("de")
        + "\n\nBest regards\nMiriam Keller\nNordwand Software GmbH · Schanzenstraße 22 · 20357 Hamburg"
    )
    out.append(Ev(
        "personio-de-teams", cal(ve(
            uid, "Interview Grace Mensah | Customer Success Manager North America",
            ";TZID=Europe/Berlin:20251023T163000",
            ";TZID=Europe/Berlin:20251023T171500", desc=desc, loc="Microsoft Teams-Besprechung",
            orgz=org("Miriam Keller", "miriam.keller@nordwand.de"),
            atts=[me, att("Jonas Brandt", "jonas.brandt@nordwand.de")],
        ), prodid="-//Personio GmbH//Personio//DE", tz=(TZ_BERLIN,)),
        uid, 1, "Nordwand Software", "Customer Success Manager North America", "recruiter_screen",
        "jonas.brandt@nordwand.de;miriam.keller@nordwand.de", "personio-teams-de-boilerplate"))

    uid = "wk-ev-1f93ac2e8b7d@workable.com"
    desc = (
        "Hola Grace,\n\nGracias por tu interés en Cobalto. Te confirmamos la entrevista para el puesto de "
        "Customer Success Manager (Norteamérica, remoto).\n\nEntrevistadora: Lucía Ferrer, Head of Customer "
        "Success\nDuración: 45 minutos\n\n" + meet("ryw-pxcn-jde", "es")
        + "\n\nUn saludo,\nEquipo de Talento de Cobalto\n\nEnviado con Workable"
    )
    out.append(Ev(
        "workable-es", cal(ve(
            uid, "Entrevista: Grace Mensah - Customer Success Manager (Norteamérica)",
            ";TZID=Europe/Madrid:20251110T170000", ";TZID=Europe/Madrid:20251110T174500", desc=desc,
            loc="Google Meet", orgz=org("Cobalto", "noreply@workablemail.com"),
            atts=[me, att("Lucía Ferrer", "lucia.ferrer@cobalto.es")],
        ), prodid="-//Workable//Workable Calendar//EN", tz=(
            "BEGIN:VTIMEZONE\nTZID:Europe/Madrid\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
            "TZNAME:CET\nDTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\n"
            "BEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nDTSTART:19700329T020000\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nEND:VTIMEZONE",)),
        uid, 1, "Cobalto", "Customer Success Manager", "", "lucia.ferrer@cobalto.es", "workable-meet-es"))

    uid = "tt-interview-90412-bb3e@teamtailor.com"
    desc = (
        "Hi Grace,\n\nHere's your interview with Arbutus Learning for the Senior Account Manager, EDU role.\n\n"
        "You'll be speaking with Harpreet Gill (Sales Director) and Nadia Osei (Account Manager). Expect "
        "questions about territory planning and how you've grown accounts.\n\n"
        "Video link: https://app.teamtailor.com/meetings/90412-bb3e\n\nAll the best,\nArbutus Learning"
    )
    out.append(Ev(
        "teamtailor-video", cal(ve(
            uid, "Interview with Arbutus Learning", tor("20251016T150000"), tor("20251016T154500"),
            desc=desc, loc="Teamtailor video meeting",
            orgz=org("Arbutus Learning", "jobs@arbutuslearning.com"),
            atts=[me, att("Harpreet Gill", "harpreet.gill@arbutuslearning.com"),
                  att("Nadia Osei", "nadia.osei@arbutuslearning.com")],
        ), prodid="-//Teamtailor//Teamtailor//EN", tz=(TZ_TORONTO,)),
        uid, 1, "Arbutus Learning", "Senior Account Manager, EDU", "",
        "harpreet.gill@arbutuslearning.com;nadia.osei@arbutuslearning.com", "teamtailor-en"))

    uid = "iCIMS-INT-2025-44871-2"
    desc = (
        "Dear Grace\\,\n\nThank you for your interest in Vantaq Systems. Your phone interview for Job ID "
        "2025-4487 Customer Success Lead has been scheduled.\n\nInterviewer: Brandon Hughes\\, Talent "
        "Acquisition Partner\nPlease ensure you can be reached at the phone number on your application.\n\n"
        "Sincerely\\,\nVantaq Talent Acquisition"
    ).replace("\\,", ",")
    out.append(Ev(
        "icims-phone", cal(ve(
            uid, "Phone Interview - Customer Success Lead (2025-4487)", utc("20251002T143000"),
            utc("20251002T150000"), desc=desc, loc="Phone",
            orgz=org("Vantaq Talent Acquisition", "talent@vantaq.com"),
            atts=[me, att("Brandon Hughes", "brandon.hughes@vantaq.com")],
        ), prodid="-//iCIMS//iCIMS Calendar//EN"),
        uid, 1, "Vantaq Systems", "Customer Success Lead", "recruiter_screen", "brandon.hughes@vantaq.com",
        "icims-phone-screen-en"))

    uid = "SF-INTV-0f6a2d71c3e84a5b"
    desc = (
        "Bonjour Grace,\n\nNous avons le plaisir de vous convier à une entrevue pour le poste de Directrice "
        "de comptes, Services aux entreprises (Montréal), réf. 41208.\n\n"
        "Comité : Isabelle Gagnon (directrice principale, Solutions d'affaires) et Mathieu Roy (directeur "
        "de comptes).\n\n" + teams("fr")
        + "\n\nAcquisition de talents — Banque Fleurdelys"
    )
    out.append(Ev(
        "successfactors-fr", cal(ve(
            uid, "Entrevue – Directrice de comptes, Services aux entreprises", tor("20251112T100000"),
            tor("20251112T110000"), desc=desc, loc="Réunion Microsoft Teams",
            orgz=org("Talents Banque Fleurdelys", "talents@banquefleurdelys.ca"),
            atts=[me, att("Isabelle Gagnon", "isabelle.gagnon@banquefleurdelys.ca"),
                  att("Mathieu Roy", "mathieu.roy@banquefleurdelys.ca")],
        ), prodid="-//SAP SuccessFactors//Interview Scheduling//FR", tz=(TZ_TORONTO,)),
        uid, 1, "Banque Fleurdelys", "Directrice de comptes, Services aux entreprises", "",
        "isabelle.gagnon@banquefleurdelys.ca;mathieu.roy@banquefleurdelys.ca", "successfactors-teams-fr"))

    uid = "goodtime-evt-b7c04f5d1e2a@goodtime.io"
    desc = (
        "Final Round Interview - Tidewell Health\n\nHi Grace, here are the details for your final round for "
        "Senior Customer Success Manager, Provider Accounts.\n\nInterviewer: Carmen Delgado, VP Customer "
        "Success\nFormat: 45-min conversation (leadership, escalations, how you'd scale the book of business)\n\n"
        + zoom("https://tidewellhealth.zoom.us/j/91877203341", "918 7720 3341", "tide25")
        + "\n\nQuestions? Contact Ravi Shah (Recruiting Coordinator), ravi.shah@tidewellhealth.com\n\n"
        "Scheduled with GoodTime"
    )
    out.append(Ev(
        "goodtime-final", cal(ve(
            uid, "Final Round: Grace Mensah / Carmen Delgado", tor("20251119T120000"), tor("20251119T124500"),
            desc=desc, loc="Zoom", orgz=org("Ravi Shah", "ravi.shah@tidewellhealth.com"),
            atts=[me, att("Carmen Delgado", "carmen.delgado@tidewellhealth.com")],
        ), prodid="-//GoodTime.io//Hire//EN", tz=(TZ_TORONTO,)),
        uid, 1, "Tidewell Health", "Senior Customer Success Manager, Provider Accounts", "final",
        "carmen.delgado@tidewellhealth.com", "goodtime-coordinator-en"))

    uid = "ml-9a1e44c7-5d0b-4e2f-8c16-3b7f02d95e10@modernloop.io"
    desc = (
        "Interview details\nCompany: Wavelet\nPosition: Customer Success Manager, Mid-Market\n"
        "Interview: Behavioural + account scenario (60 min)\nInterviewers: Ifeoma Chukwu, Jake Morrison\n\n"
        + meet("fdz-kqwe-unb")
        + "\n\nNeed to reschedule? Reply to this invite and our coordinator will help.\nPowered by ModernLoop"
    )
    out.append(Ev(
        "modernloop-panel", cal(ve(
            uid, "Wavelet Interview: Grace Mensah (Behavioural + Scenario)", tor("20251030T153000"),
            tor("20251030T163000"), desc=desc, loc="Google Meet",
            orgz=org("Wavelet Recruiting", "recruiting@wavelet.ai"),
            atts=[me, att("Ifeoma Chukwu", "ifeoma@wavelet.ai"), att("Jake Morrison", "jake@wavelet.ai"),
                  att("Wavelet Recruiting", "recruiting@wavelet.ai", role="NON-PARTICIPANT", rsvp=False)],
        ), prodid="-//ModernLoop//Scheduler//EN", tz=(TZ_TORONTO,)),
        uid, 1, "Wavelet", "Customer Success Manager, Mid-Market", "",
        "ifeoma@wavelet.ai;jake@wavelet.ai", "modernloop-meet-en"))

    uid = "sr-int-5504871-1@smartrecruiters.com"
    desc = (
        "Hello Grace,\n\nYou have been invited to an interview for Customer Success Team Lead at Ledgerlight.\n\n"
        "Interview: Video interview with the hiring manager\nInterviewer: Chantal Dubois\n\n"
        + teams()
        + "\n\nThis invitation was sent via SmartRecruiters on behalf of Ledgerlight."
    )
    out.append(Ev(
        "smartrecruiters-hm", cal(ve(
            uid, "Ledgerlight - Video interview: Customer Success Team Lead", tor("20251205T093000"),
            tor("20251205T101500"), desc=desc, loc="Microsoft Teams",
            orgz=org("Ledgerlight Hiring Team", "no-reply@smartrecruiters.com"),
            atts=[me, att("Chantal Dubois", "chantal.dubois@ledgerlight.ca")],
        ), prodid="-//SmartRecruiters//Interview Scheduler//EN", tz=(TZ_TORONTO,)),
        uid, 1, "Ledgerlight", "Customer Success Team Lead", "hiring_manager", "chantal.dubois@ledgerlight.ca",
        "smartrecruiters-teams-en"))

    uid = "lever-0b8e2c41-77d3-4f19-a6c2-e9f150d3b8aa"
    desc = (
        "Hi Grace,\n\nThanks for moving forward with Sableridge! Next up is the practical exercise for the "
        "Enterprise Account Manager role: a 30-minute mock QBR with a fictional customer (we'll send the "
        "account brief 48h before), followed by 15 minutes of feedback.\n\nYou'll be presenting to Noor "
        "Haddad (Sr. Director, Accounts) and Ben Carter (Enterprise AE).\n\nWebex details below.\n\n"
        "https://sableridge.webex.com/meet/noor.haddad"
    )
    out.append(Ev(
        "lever-practical", cal(ve(
            uid, "Sableridge Security: Practical Exercise (Mock QBR) - Grace Mensah", tor("20251118T110000"),
            tor("20251118T120000"), desc=desc, loc="https://sableridge.webex.com/meet/noor.haddad",
            orgz=org("Sableridge Talent", "talent@sableridge.com"),
            atts=[me, att("Noor Haddad", "noor.haddad@sableridge.com"), att("Ben Carter", "ben.carter@sableridge.com")],
        ), prodid=GOOGLE, tz=(TZ_TORONTO,)),
        uid, 1, "Sableridge Security", "Enterprise Account Manager", "technical",
        "noor.haddad@sableridge.com;ben.carter@sableridge.com", "lever-mock-qbr-exercise-real-en"))

    return out
