"""holdout120: the user's own interviews typed by herself (Apple, Yahoo, Google export) and small senders."""

from __future__ import annotations

from holdout120ev_ics import (
    ME_Y,
    PRODID_APPLE,
    PRODID_GOOGLE,
    PRODID_MAC,
    PRODID_OUTLOOK,
    PRODID_TB,
    TZ_CHI,
    TZ_TOR,
    TZ_W_CST,
    Ev,
    att,
    cal,
    esc,
    meet,
    org,
    vevent,
    zoom,
)

PRODID_YAHOO = "-//Yahoo! Inc.//Yahoo Calendar//EN"


def _typed() -> list[Ev]:
    out = []
    d = esc(zoom("ravenswoodhealth", "99120447381", "RH2025"))
    uid = "9E1B6F0A-3C27-4D8B-A5E2-77C1D0F3B9A4"
    out.append(Ev("apple-floating-terse", cal(vevent(f"""
        CREATED:20250321T011502Z
        DTEND:20250326T103000
        DTSTAMP:20250321T011502Z
        DTSTART:20250326T093000
        LAST-MODIFIED:20250321T011502Z
        DESCRIPTION:{d}
        SEQUENCE:0
        SUMMARY:intvw - Ravenswood Health (legal ops mgr) - zoom
        TRANSP:OPAQUE
        UID:{uid}
    """), prodid=PRODID_APPLE, method=""), uid, 1, "Ravenswood Health", "legal ops mgr", "", "",
        "hand-typed-floating-en"))

    uid = "D07A4C11-82E5-4E6F-9B30-1C5A8E2F7D64"
    out.append(Ev("apple-phone-screen-typed", cal(vevent(f"""
        CREATED:20250402T192233Z
        DTEND;TZID=America/Chicago:20250404T124500
        DTSTAMP:20250402T192233Z
        DTSTART;TZID=America/Chicago:20250404T121500
        DESCRIPTION:{esc("she calls me - on lunch break, go to car. Contracts Mgr req. Salary range 110-125?")}
        SEQUENCE:0
        SUMMARY:Phone screen - Harbor & Vine (Tessa\\, recruiter)
        UID:{uid}
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        TRIGGER:-PT15M
        UID:4C2F0E8D-1A6B-47C9-8E33-D2A1F5B07C91
        END:VALARM
    """), prodid=PRODID_APPLE, method="", tz=(TZ_CHI,)), uid, 1, "Harbor & Vine", "Contracts Mgr",
        "recruiter_screen", "Tessa", "hand-typed-phone-screen-alarm-en"))

    d = esc("""
        Contracts Mgr final loop - 4 interviews + lunch
        1415 W. 22nd St, Oak Brook - park in visitor lot
        bring writing sample + references list
        took PTO day
    """)
    uid = "3q0t8bq0l2m7hc5e4f9v1n6k2r@google.com"
    out.append(Ev("google-all-day-onsite", cal(vevent(f"""
        DTSTART;VALUE=DATE:20250501
        DTEND;VALUE=DATE:20250502
        DTSTAMP:20250424T030000Z
        UID:{uid}
        CREATED:20250424T025911Z
        DESCRIPTION:{d}
        LAST-MODIFIED:20250424T025911Z
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Brightwater onsite - Oak Brook HQ
        TRANSP:TRANSPARENT
    """), prodid=PRODID_GOOGLE, method="PUBLISH", extra=("X-WR-CALNAME:Rachel personal",
                                                         "X-WR-TIMEZONE:America/Chicago")),
        uid, 1, "Brightwater Logistics", "Contracts Mgr", "onsite", "", "all-day-onsite-en"))

    d = esc("""
        w/ Carla Ng (AGC) + Devin Shaw (Dir. Procurement)
        35th fl - check in w/ security
        ask re: CLM tool + team size
    """)
    uid = "A61F2E0B-7D39-4C84-8B15-E0C9D4A3F276"
    out.append(Ev("apple-panel-typed", cal(vevent(f"""
        CREATED:20250319T231400Z
        DTEND;TZID=America/Chicago:20250327T160000
        DTSTAMP:20250319T231400Z
        DTSTART;TZID=America/Chicago:20250327T143000
        DESCRIPTION:{d}
        LOCATION:BluePeak Financial\\n200 W. Madison St\\nChicago IL 60606\\nUnited States
        SEQUENCE:0
        SUMMARY:BluePeak 2nd round - panel
        UID:{uid}
        X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
    """), prodid=PRODID_MAC, method="", tz=(TZ_CHI,)), uid, 1, "BluePeak Financial", "", "onsite",
        "Carla Ng;Devin Shaw", "hand-typed-panel-en"))

    d = esc("""
        With Meg Doran (office manager) + Phil Kinsella (partner). Legal Ops Coordinator.
        Suite 900 - buzz in.
    """)
    uid = "1l7c0r9s3eoh2b6q5j8n4d1vxu@google.com"
    out.append(Ev("google-export-xwr-floating", cal(vevent(f"""
        DTSTART:20250502T100000
        DTEND:20250502T110000
        DTSTAMP:20250430T140000Z
        UID:{uid}
        CREATED:20250429T172015Z
        DESCRIPTION:{d}
        LAST-MODIFIED:20250429T172015Z
        LOCATION:Kinzie Street Partners\\, 444 N. Orleans St\\, Chicago
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Interview @ Kinzie Street Partners
        TRANSP:OPAQUE
    """), prodid=PRODID_GOOGLE, method="PUBLISH", extra=("X-WR-CALNAME:rachel.kowalski.legal@yahoo.com",
                                                         "X-WR-TIMEZONE:America/Chicago")),
        uid, 1, "Kinzie Street Partners", "Legal Ops Coordinator", "", "Meg Doran;Phil Kinsella",
        "google-export-floating-en"))

    uid = "yc-0001-88b1e4-rk-larkspur-final"
    d = esc("""
        GC Joyce Ambrose + Dana W. again. 155 N Wacker 20th fl.
        Bring: references, 30-60-90 plan printout (3 copies)
    """)
    out.append(Ev("yahoo-self-organized-final", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250403T003000Z
        DTSTART;TZID=America/Chicago:20250408T090000
        DTEND;TZID=America/Chicago:20250408T100000
        {org(ME_Y, "Rachel Kowalski")}
        SUMMARY:FINAL - Larkspur Health w/ GC
        DESCRIPTION:{d}
        LOCATION:155 N Wacker Dr
    """), prodid=PRODID_YAHOO, method="PUBLISH", tz=(TZ_CHI,)), uid, 1, "Larkspur Health", "", "final",
        "Joyce Ambrose;Dana Whitcomb", "self-organized-final-en"))

    uid = "yc-0001-91f20a-rk-ardent-practical"
    out.append(Ev("yahoo-practical-terse", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250411T140000Z
        DTSTART;TZID=America/Chicago:20250415T100000
        DTEND;TZID=America/Chicago:20250415T113000
        {org(ME_Y, "Rachel Kowalski")}
        SUMMARY:Ardent - practical: privilege log exercise (remote\\, 90 min)
        DESCRIPTION:{esc("they email the doc set at 10:00 sharp. return log by 11:30. Simone reviews.")}
    """), prodid=PRODID_YAHOO, method="PUBLISH", tz=(TZ_CHI,)), uid, 1, "Ardent Legal Solutions", "", "technical",
        "", "hand-typed-practical-en"))

    uid = "yc-0001-a3c771-rk-tallgrass-gc"
    out.append(Ev("yahoo-final-teams-typed", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250424T234500Z
        DTSTART;TZID=America/Chicago:20250502T133000
        DTEND;TZID=America/Chicago:20250502T141500
        {org(ME_Y, "Rachel Kowalski")}
        SUMMARY:Tallgrass - meet GC (final) - Teams
        DESCRIPTION:{esc("GC = Diane Ostrowski. link in email from Anne-Marie. Contract Mgr role.")}
    """), prodid=PRODID_YAHOO, method="PUBLISH", tz=(TZ_CHI,)), uid, 1, "Tallgrass Foods", "Contract Mgr", "final",
        "Diane Ostrowski", "hand-typed-final-en"))
    return out


def _small_senders() -> list[Ev]:
    out = []
    d = esc("""
        Bonjour Rachel,

        Comme convenu, voici la dernière étape du processus : une rencontre avec notre PDG, Marc-André
        Tremblay, et moi-même. Nous aimerions aussi discuter de votre plan des 90 premiers jours.
    """, meet("vlx-final-pdg"), """
        Geneviève Lapointe
        Directrice des affaires juridiques, Vérilex
    """)
    uid = "5d2f9a71-0c4e-4b83-a6f8-verilex-final"
    out.append(Ev("thunderbird-final-fr", cal(vevent(f"""
        CREATED:20250509T141000Z
        LAST-MODIFIED:20250509T141200Z
        DTSTAMP:20250509T141200Z
        UID:{uid}
        SUMMARY:Dernière entrevue - Rachel Kowalski (Vérilex)
        {org("genevieve.lapointe@verilex.ca", "Geneviève Lapointe")}
        {att("mtremblay@verilex.ca", "Marc-André Tremblay")}
        {att(ME_Y, "Rachel Kowalski")}
        DTSTART;TZID=America/Toronto:20250514T110000
        DTEND;TZID=America/Toronto:20250514T120000
        DESCRIPTION:{d}
        LOCATION:Google Meet
        SEQUENCE:0
        X-MOZ-SEND-INVITATIONS:TRUE
    """), prodid=PRODID_TB, tz=(TZ_TOR,)), uid, 1, "Vérilex", "", "final",
        "mtremblay@verilex.ca;genevieve.lapointe@verilex.ca", "thunderbird-final-fr"))

    d = esc("""
        Hey Rachel - Sam here (co-founder). Excited to chat about the legal ops / contracts role at Brieflane.
        We're pre-Series A, building matter-intake automation for in-house teams, so you'd be customer zero
        and employee #9. Informal but it is an interview :)
    """, meet("brf-lane-sam"))
    uid = "2b8g6t0q9m1r4h7j3c5k8p2wzn@google.com"
    out.append(Ev("google-founder-hotmail", cal(vevent(f"""
        DTSTART;TZID=America/Chicago:20250513T170000
        DTEND;TZID=America/Chicago:20250513T174500
        DTSTAMP:20250509T040000Z
        {org("sam.okonkwo@hotmail.com", "Sam Okonkwo")}
        UID:{uid}
        {att("sam.okonkwo@hotmail.com", "Sam Okonkwo", ps="ACCEPTED", rsvp=False)}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        DESCRIPTION:{d}
        LOCATION:https://meet.google.com/brf-lane-sam
        STATUS:CONFIRMED
        SUMMARY:Legal ops chat - Rachel x Brieflane
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, 1, "Brieflane", "legal ops / contracts", "",
        "sam.okonkwo@hotmail.com", "founder-hotmail-en"))

    d = esc("""
        Hi Rachel,

        Tessa mentioned your screen went well - I'm the hiring manager for the Contracts Manager role and would
        love to talk through your experience with co-packer and distributor agreements.
    """, zoom("harborandvine", "81940025516", "HV4471"), """
        Ruth Abernathy
        Senior Counsel, Commercial | Harbor & Vine Co.
    """)
    uid = "6f3h9k2m0p8q1r5s7t4v2w0xyz@google.com"
    out.append(Ev("google-hm-zoom", cal(vevent(f"""
        DTSTART;TZID=America/Chicago:20250414T110000
        DTEND;TZID=America/Chicago:20250414T114500
        DTSTAMP:20250408T200000Z
        {org("rabernathy@harborandvine.com", "Ruth Abernathy")}
        UID:{uid}
        {att("rabernathy@harborandvine.com", "Ruth Abernathy", ps="ACCEPTED", rsvp=False)}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        DESCRIPTION:{d}
        LOCATION:Zoom
        STATUS:CONFIRMED
        SUMMARY:Harbor & Vine | Contracts Manager - conversation with Ruth Abernathy
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, 1, "Harbor & Vine", "Contracts Manager", "hiring_manager",
        "rabernathy@harborandvine.com", "google-hm-zoom-en"))
    return out


def _tessellate_outlook() -> list[Ev]:
    d = esc("""
        Hi Rachel,

        Thanks again for your time. Please find a 30-minute phone screen with Tessellate's recruiting team
        for the Contracts Manager role below. Our recruiter Morgan Tate will call you.

        Tessellate Software | Recruiting
    """)
    uid = "a3f1e6d0-7b22-4c9e-9d15-5a44e1f2b7c0"
    return [Ev("outlook-published-screen", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250313T161000Z
        DTSTART;TZID=Central Standard Time:20250318T153000
        DTEND;TZID=Central Standard Time:20250318T160000
        {org("morgan.tate@tessellate.com", "Morgan Tate")}
        {att("morgan.tate@tessellate.com", "Morgan Tate", ps="ACCEPTED", rsvp=False)}
        {att(ME_Y, "Rachel Kowalski", ps="ACCEPTED", rsvp=False)}
        SUMMARY:Tessellate Software - Phone Screen (Rachel Kowalski)
        DESCRIPTION:{d}
        LOCATION:Phone
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
        X-MICROSOFT-CDO-IMPORTANCE:1
    """), prodid=PRODID_OUTLOOK, method="PUBLISH", tz=(TZ_W_CST,)), uid, 1, "Tessellate Software",
        "Contracts Manager", "recruiter_screen", "morgan.tate@tessellate.com", "direct-phone-screen-outlook-en")]


def events() -> list[Ev]:
    return [*_typed(), *_small_senders(), *_tessellate_outlook()]
