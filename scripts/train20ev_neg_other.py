"""train20 negatives: practice, classes, research, press, personal and internal events."""

from __future__ import annotations

from train20ev_ics import APPLE, EXCHANGE, GOOGLE, IOS, ME, OUTLOOK, TEAMS, WORK, ZOOM_HOWTO, Item, cal, esc


def items() -> list[Item]:
    out: list[Item] = []

    def add(kind: str, lang: str, trap: str, text: str) -> None:
        out.append(Item(kind, lang, text, 0, trap=trap))

    add("mock-coach", "en", "mock_interview", cal(GOOGLE, [[
        "DTSTART:20261125T180000Z",
        "DTEND:20261125T190000Z",
        "DTSTAMP:20261119T120000Z",
        "ORGANIZER;CN=Priyanka Shah:mailto:priyanka@shahcareercoaching.co.uk",
        "UID:7k9z1x3c5v7b9n1m3q5w7e9r1t@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "SUMMARY:Mock interview - CS Director (practice round)",
        "DESCRIPTION:" + esc("Practice session: I'll play a VP Customer at a fintech and grill you on churn and "
                             "team design. Recorded for your review.\n\n"
                             + ZOOM_HOWTO.format(url="https://us06web.zoom.us/j/84419920031", mid="844 1992 0031",
                                                 pw="mock1", tap="84419920031")),
    ]]))

    add("mock-es-mentora", "es", "mock_interview", cal(IOS, [[
        "UID:1A2B3C4D-5E6F-4A7B-8C9D-simulacro",
        "DTSTAMP:20261120T090000Z",
        "DTSTART;TZID=Europe/London:20261129T110000",
        "DTEND;TZID=Europe/London:20261129T120000",
        "SUMMARY:Simulacro de entrevista con Carla (mentora)",
        "DESCRIPTION:Practicar respuestas en español para los procesos de Madrid. No es una entrevista real.",
    ]], tzids=("Europe/London",)))

    add("mock-peer-swap", "en", "mock_interview", cal(GOOGLE, [[
        "DTSTART:20261201T193000Z",
        "DTEND:20261201T203000Z",
        "DTSTAMP:20261126T100000Z",
        "ORGANIZER;CN=Ben Ashworth:mailto:ben.ashworth84@gmail.com",
        "UID:8l0x2c4v6b8n0m2q4w6e8r0t2y@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "ATTENDEE;CN=Ben Ashworth:mailto:ben.ashworth84@gmail.com",
        "SUMMARY:Interview practice swap (Ben / Dan)",
        r"DESCRIPTION:30 mins each way - you interview me for my PM loop\, I interview you for the CS lead ones.",
    ]]))

    add("webinar-cs-interview", "en", "webinar", cal("-//zoom.us//iCalendar Event//EN", [[
        "UID:ZOOMWEBINAR91100044556-csinterview",
        "DTSTAMP:20261117T090000Z",
        "DTSTART:20261202T173000Z",
        "DTEND:20261202T183000Z",
        "SUMMARY:Webinar: Acing the Customer Success Leadership Interview",
        "DESCRIPTION:" + esc("Thank you for registering for \"Acing the Customer Success Leadership Interview\" "
                             "hosted by CS Collective.\n\nPlease submit any questions to: hello@cscollective.org\n\n"
                             "Join from a PC, Mac, iPad or Android: https://us02web.zoom.us/w/91100044556?tk=xyz\n"
                             "Webinar ID: 911 0004 4556"),
        "ORGANIZER;CN=CS Collective:mailto:no-reply@zoom.us",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
    ]]))

    add("fr-atelier", "fr", "webinar", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Paris:20261203T123000",
        "DTEND;TZID=Europe/Paris:20261203T133000",
        "DTSTAMP:20261121T090000Z",
        "UID:9m1c3v5b7n9m1q3w5e7r9t1y3u@google.com",
        "SUMMARY:Atelier en ligne : réussir ses entretiens d'embauche en France",
        "DESCRIPTION:Atelier gratuit organisé par le réseau Expat Pros. Inscription confirmée.",
        "LOCATION:https://expatpros.fr/atelier-entretiens",
    ]], tzids=("Europe/Paris",)))

    add("de-seminar", "de", "webinar", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-seminar-vg",
        "DTSTAMP:20261120T100000Z",
        "DTSTART;TZID=W. Europe Standard Time:20261204T180000",
        "DTEND;TZID=W. Europe Standard Time:20261204T193000",
        "SUMMARY;LANGUAGE=de-DE:Online-Seminar: Vorstellungsgespräche auf Deutsch meistern",
        "DESCRIPTION;LANGUAGE=de-DE:" + esc("Kurs der Volkshochschule (online). Kursnummer 26H-4412. Themen: "
                                            "typische Fragen, Gehaltsverhandlung."),
        "ORGANIZER;CN=VHS Online:mailto:kurse@vhs-online.de",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
    ]], tzids=("W. Europe Standard Time",)))

    add("userresearch-customer", "en", "user_research", cal(GOOGLE, [[
        "DTSTART:20261126T140000Z",
        "DTEND:20261126T144500Z",
        "DTSTAMP:20261119T140000Z",
        "ORGANIZER;CN=Nora Blake:mailto:nora.blake@ledgerly.io",
        "UID:0n2v4b6n8m0q2w4e6r8t0y2u4i@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "ATTENDEE;CN=Gavin Shore:mailto:gavin.shore@brookfieldfoods.co.uk",
        "SUMMARY:Customer interview: month-end close at Brookfield Foods",
        "DESCRIPTION:Product discovery interview with Gavin (Financial Controller). Daniel joins as the account's "
        "SE. Please don't pitch.",
    ]]))

    add("userresearch-participant", "en", "user_research", cal("-//UserTesting//Sessions//EN", [[
        "UID:ut-live-session-77120098",
        "DTSTAMP:20261122T090000Z",
        "DTSTART:20261203T190000Z",
        "DTEND:20261203T193000Z",
        "SUMMARY:Live Conversation research session (£40 incentive)",
        "DESCRIPTION:" + esc("You've been selected for a 30-minute interview about how you use CRM tools. "
                             "A researcher will ask about your workflow. Incentive paid within 14 days."),
        "ORGANIZER;CN=UserTesting:mailto:sessions@usertesting.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
    ]]))

    add("podcast-guest", "en", "press_interview", cal(GOOGLE, [[
        "DTSTART:20261209T160000Z",
        "DTEND:20261209T170000Z",
        "DTSTAMP:20261125T100000Z",
        "ORGANIZER;CN=Remi Adeyemi:mailto:remi@thecsplaybook.fm",
        "UID:1o3b5n7m9q1w3e5r7t9y1u3i5o@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "SUMMARY:The CS Playbook podcast - recording with Daniel Kim",
        "DESCRIPTION:" + esc("Episode: from sales engineering to customer success. Riverside link: "
                             "https://riverside.fm/studio/cs-playbook. Please use headphones."),
    ]]))

    add("press-interview", "en", "press_interview", cal(EXCHANGE, [[
        "UID:040000008200E00074C5B7101A82E00800000000-press-saasweekly",
        "DTSTAMP:20261123T090000Z",
        "DTSTART;TZID=GMT Standard Time:20261201T153000",
        "DTEND;TZID=GMT Standard Time:20261201T160000",
        "SUMMARY:Press interview - SaaS Weekly re: Ledgerly bank-feeds launch",
        "DESCRIPTION:" + esc("Reporter: Jade Cole. Comms (Elif) will sit in. Keep to approved messaging.\n\n"
                             + TEAMS.format(mid="YWJiZDk0", num="311 004 987 221", pw="Pr3ss")),
        "ORGANIZER;CN=\"Yilmaz, Elif\":mailto:elif.yilmaz@ledgerly.io",
        f"ATTENDEE;CN=\"Kim, Daniel\":mailto:{WORK}",
        "ATTENDEE;CN=Jade Cole:mailto:jade.cole@saasweekly.news",
    ]], tzids=("GMT Standard Time",)))

    add("personal-dentist", "en", "personal", cal(APPLE, [[
        "UID:2C3D4E5F-6A7B-4C8D-9E0F-dentist",
        "DTSTAMP:20261118T200000Z",
        "DTSTART;TZID=Europe/London:20261127T083000",
        "DTEND;TZID=Europe/London:20261127T091500",
        "SUMMARY:Dentist - check-up",
        r"LOCATION:Angel Dental\, 12 Upper St",
    ]], tzids=("Europe/London",)))

    add("personal-mortgage", "en", "personal", cal(GOOGLE, [[
        "DTSTART:20261128T103000Z",
        "DTEND:20261128T113000Z",
        "DTSTAMP:20261121T110000Z",
        "ORGANIZER;CN=Hollis Mortgage Advice:mailto:appointments@hollismortgages.co.uk",
        "UID:3p5n7m9q1w3e5r7t9y1u3i5o7p@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{ME}",
        "SUMMARY:Mortgage fact-find appointment",
        r"DESCRIPTION:Please bring 3 months of payslips. Note: if you are changing jobs\, tell your adviser.",
    ]]))

    add("es-cita-medica", "es", "personal", cal(IOS, [[
        "UID:3D4E5F6A-7B8C-4D9E-0F1A-cita",
        "DTSTAMP:20261119T080000Z",
        "DTSTART;VALUE=DATE:20261222",
        "DTEND;VALUE=DATE:20261223",
        "SUMMARY:Cita médica mamá (Madrid)",
    ]]))

    add("fr-notaire", "fr", "personal", cal(APPLE, [[
        "UID:4E5F6A7B-8C9D-4E0F-1A2B-notaire",
        "DTSTAMP:20261120T090000Z",
        "DTSTART;TZID=Europe/Paris:20261218T150000",
        "DTEND;TZID=Europe/Paris:20261218T160000",
        "SUMMARY:RDV notaire - succession (avec Claire)",
        r"LOCATION:Étude Maître Dubois\, Lyon",
    ]], tzids=("Europe/Paris",)))

    add("de-buergeramt", "de", "personal", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Berlin:20261217T091500",
        "DTEND;TZID=Europe/Berlin:20261217T093000",
        "DTSTAMP:20261124T100000Z",
        "UID:4q6m8q0w2e4r6t8y0u2i4o6p8a@google.com",
        "SUMMARY:Bürgeramt Termin (Anmeldung) - Vorgangsnummer 88122",
        r"LOCATION:Bürgeramt Friedrichshain\, Frankfurter Allee 35\, Berlin",
    ]], tzids=("Europe/Berlin",)))

    add("internal-pipeline", "en", "internal", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-q4-pipeline",
        "DTSTAMP:20261117T090000Z",
        "DTSTART;TZID=GMT Standard Time:20261124T100000",
        "DTEND;TZID=GMT Standard Time:20261124T110000",
        "SUMMARY:Q4 pipeline review - SE team",
        "ORGANIZER;CN=\"Quinn, Harriet\":mailto:harriet.quinn@ledgerly.io",
        f"ATTENDEE;CN=\"Kim, Daniel\":mailto:{WORK}",
        "ATTENDEE;CN=\"Haddad, Amir\":mailto:amir.haddad@ledgerly.io",
        "ATTENDEE;CUTYPE=ROOM;CN=LDN Ledger Room:mailto:room.ledger@ledgerly.io",
    ]], tzids=("GMT Standard Time",)))

    add("internal-one-to-one", "en", "internal", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20261123T160000",
        "DTEND;TZID=Europe/London:20261123T163000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO",
        "DTSTAMP:20260901T090000Z",
        "ORGANIZER;CN=Harriet Quinn:mailto:harriet.quinn@ledgerly.io",
        "UID:5r7q9w1e3r5t7y9u1i3o5p7a9s@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "SUMMARY:Daniel / Harriet 1:1",
    ]], tzids=("Europe/London",)))

    add("internal-own-review", "en", "internal", cal("-//Lattice//Reviews//EN", [[
        "UID:lattice-review-2026h2-dkim",
        "DTSTAMP:20261120T090000Z",
        "DTSTART:20261210T140000Z",
        "DTEND:20261210T150000Z",
        "SUMMARY:H2 performance review conversation - Daniel Kim",
        "DESCRIPTION:Your manager Harriet Quinn has scheduled your H2 review. Complete your self-reflection first.",
        "ORGANIZER;CN=Harriet Quinn:mailto:harriet.quinn@ledgerly.io",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
    ]]))

    add("internal-kickoff", "en", "internal", cal(GOOGLE, [[
        "DTSTART;VALUE=DATE:20270112",
        "DTEND;VALUE=DATE:20270114",
        "DTSTAMP:20261122T100000Z",
        "ORGANIZER;CN=Ledgerly All Hands:mailto:allhands@ledgerly.io",
        "UID:6s8w0e2r4t6y8u0i2o4p6a8s0d@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "SUMMARY:Ledgerly Sales Kickoff 2027 (Brighton)",
    ]]))
    return out
