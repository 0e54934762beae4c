"""train20 negatives: the user on the hiring side at his own employer, Ledgerly."""

from __future__ import annotations

from train20ev_ics import APPLE, EXCHANGE, GOOGLE, IOS, ME, OUTLOOK, TEAMS, WORK, ZOOM_HOWTO, Item, cal, esc

UAI = "user_as_interviewer"


def items() -> list[Item]:
    out: list[Item] = []

    def add(kind: str, lang: str, text: str) -> None:
        out.append(Item(kind, lang, text, 0, trap=UAI))

    add("side-ashby-interviewer", "en", cal("-//Ashby//Ashby Scheduling//EN", [[
        "UID:ashby-int-ledgerly-b81e0c44-se-screen",
        "DTSTAMP:20261117T120000Z",
        "DTSTART:20261124T133000Z",
        "DTEND:20261124T141500Z",
        "SUMMARY:Interview: Priya Nair - Sales Engineer (Technical Screen)",
        "DESCRIPTION:" + esc(
            "You are interviewing Priya Nair for Sales Engineer, London.\n\nInterviewer: Daniel Kim\n"
            "Focus: discovery questions, API basics\nResume and interview kit: https://app.ashbyhq.com/ledgerly/"
            "interviews/b81e0c44\n\nPlease submit feedback within 24 hours.\n\n"
            + ZOOM_HOWTO.format(url="https://ledgerly.zoom.us/j/81240055713", mid="812 4005 5713", pw="lgr118",
                                tap="81240055713")),
        "ORGANIZER;CN=Ledgerly Recruiting:mailto:no-reply@ashbyhq.com",
        f"ATTENDEE;CN=Daniel Kim;ROLE=REQ-PARTICIPANT:mailto:{WORK}",
    ]]))

    add("side-demo-exercise", "en", cal("-//Ashby//Ashby Scheduling//EN", [[
        "UID:ashby-int-ledgerly-4c0d7e19-demo",
        "DTSTAMP:20261118T090000Z",
        "DTSTART:20261126T100000Z",
        "DTEND:20261126T110000Z",
        "SUMMARY:Demo Exercise - Tomasz Wójcik (Sales Engineer candidate)",
        "DESCRIPTION:" + esc(
            "Candidate: Tomasz Wójcik\nRole: Senior Sales Engineer\nInterviewers: Daniel Kim (runs the demo brief), "
            "Amir Haddad\n\nThe candidate demos Ledgerly reconciliation to you playing a CFO persona. Use the demo "
            "rubric in the kit."),
        "ORGANIZER;CN=Ledgerly Recruiting:mailto:no-reply@ashbyhq.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "ATTENDEE;CN=Amir Haddad:mailto:amir.haddad@ledgerly.io",
        "ATTENDEE;CN=Tomasz Wójcik:mailto:tomasz.wojcik.pl@gmail.com",
        "LOCATION:Ledgerly London - Room 'Balance' (4)",
    ]]))

    add("side-debrief", "en", cal(GOOGLE, [[
        "DTSTART:20261127T160000Z",
        "DTEND:20261127T163000Z",
        "DTSTAMP:20261120T101500Z",
        "ORGANIZER;CN=Harriet Quinn:mailto:harriet.quinn@ledgerly.io",
        "UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "ATTENDEE;CN=Amir Haddad:mailto:amir.haddad@ledgerly.io",
        "ATTENDEE;CN=Harriet Quinn:mailto:harriet.quinn@ledgerly.io",
        "SUMMARY:Debrief - SE candidate Hana Ito",
        "DESCRIPTION:Hire / no hire discussion. Scorecards in Ashby before we meet please.",
    ]]))

    add("side-handtyped-note", "en", cal(APPLE, [[
        "UID:5C4B3A29-1807-4F6E-9D5C-interview-se-cand",
        "DTSTAMP:20261121T071500Z",
        "DTSTART:20261125T150000",
        "DTEND:20261125T154500",
        "SUMMARY:interview SE candidate (I'm panel) - read CV first",
    ]]))

    add("side-private-copy", "en", cal(GOOGLE, [[
        "DTSTART:20261202T140000Z",
        "DTEND:20261202T150000Z",
        "DTSTAMP:20261125T200000Z",
        "UID:9a8s7d6f5g4h3j2k1l0z9x8c7v@google.com",
        "SUMMARY:Busy - interviewing for Ledgerly (SE loop)",
        "DESCRIPTION:Copy from work calendar so I don't book anything personal. I'm interviewer on the "
        "sales engineer loop 14-15.",
        "CLASS:PRIVATE",
        "TRANSP:OPAQUE",
    ]], header=("X-WR-CALNAME:Dan personal", "X-WR-TIMEZONE:Europe/London")))

    add("side-forwarded", "en", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-fw-ledgerly-se-omar",
        "DTSTAMP:20261123T083000Z",
        "DTSTART;TZID=GMT Standard Time:20261130T110000",
        "DTEND;TZID=GMT Standard Time:20261130T120000",
        "SUMMARY;LANGUAGE=en-GB:FW: Interview - Sales Engineer - Omar Haddou",
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "\n\n-----Original Appointment-----\nFrom: Harriet Quinn\nSent: 20 November 2026 10:02\nTo: Daniel Kim\n"
            "Subject: Interview - Sales Engineer - Omar Haddou\n\nHi Daniel - you're on the technical interview for "
            "Omar (candidate). Kit in Ashby.\n\n" + TEAMS.format(mid="MTg4ZWI1", num="302 881 776 154", pw="Lg5rTq")),
        f"ORGANIZER;CN=Daniel Kim:mailto:{WORK}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN=dan.kim.uk@gmail.com:mailto:{ME}",
    ]], tzids=("GMT Standard Time",), method="REQUEST"))

    add("side-user-invites-gmail", "en", cal(GOOGLE, [[
        "DTSTART:20261201T100000Z",
        "DTEND:20261201T110000Z",
        "DTSTAMP:20261124T090000Z",
        f"ORGANIZER;CN=Daniel Kim:mailto:{WORK}",
        "UID:2s4d6f8g0h2j4k6l8z0x2c4v6b@google.com",
        f"ATTENDEE;CN=Daniel Kim;PARTSTAT=ACCEPTED:mailto:{WORK}",
        "ATTENDEE;CN=jess.okoro@gmail.com;PARTSTAT=NEEDS-ACTION:mailto:jess.okoro@gmail.com",
        "DESCRIPTION:" + esc("Hi Jess,\n\nLooking forward to the technical round for the Sales Engineer role at "
                             "Ledgerly. You'll have 20 minutes to demo, then Q&A with me.\n\nDaniel Kim\n"
                             "Sales Engineer, Ledgerly\n\nJoin: https://meet.google.com/ldg-rsex-qpa"),
        "SUMMARY:Ledgerly - technical round (Jess Okoro)",
    ]], method="REQUEST"))

    add("side-university", "en", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20261204T113000",
        "DTEND;TZID=Europe/London:20261204T121500",
        "DTSTAMP:20261126T090000Z",
        f"ORGANIZER;CN=Daniel Kim:mailto:{WORK}",
        "UID:3d5f7h9k1l3z5x7c9v1b3n5m7q@google.com",
        "ATTENDEE;CN=Ravi Sandhu:mailto:ravi.sandhu.22@ucl.ac.uk",
        "ATTENDEE;CN=Maya Collins:mailto:maya.collins@ledgerly.io",
        "SUMMARY:Graduate Sales Engineer interview - Ravi Sandhu",
        r"LOCATION:Ledgerly\, 30 City Road\, London EC1Y 2AB (reception\, 2nd floor)",
    ]], tzids=("Europe/London",)))

    add("side-agency-candidate", "en", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-harlow-cand-okafor",
        "DTSTAMP:20261122T110000Z",
        "DTSTART;TZID=GMT Standard Time:20261203T100000",
        "DTEND;TZID=GMT Standard Time:20261203T104500",
        "SUMMARY;LANGUAGE=en-GB:Harlow Search candidate: Sam Okafor - Sales Engineer - Ledgerly",
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(
            "Hi Daniel,\n\nPlease find Sam's CV attached. As agreed, Sam will join your video call for the first "
            "interview for your Sales Engineer vacancy.\n\nKind regards\nTheo Marsh | Harlow Search"),
        "ORGANIZER;CN=Theo Marsh:mailto:theo.marsh@harlowsearch.co.uk",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "ATTENDEE;CN=Sam Okafor:mailto:sam.okafor88@outlook.com",
    ]], tzids=("GMT Standard Time",), method="REQUEST"))

    uid = "UID:se-hiring-committee-ledgerly-2026@google.com"
    add("side-hiring-committee-recurring", "en", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20261120T090000",
        "DTEND;TZID=Europe/London:20261120T093000",
        "RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20270129T000000Z",
        "DTSTAMP:20261118T080000Z",
        "ORGANIZER;CN=Harriet Quinn:mailto:harriet.quinn@ledgerly.io",
        uid,
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "ATTENDEE;CN=Amir Haddad:mailto:amir.haddad@ledgerly.io",
        "SUMMARY:SE hiring committee (weekly)",
        "DESCRIPTION:Review this week's Sales Engineer interviews and decide offers.",
    ], [
        "DTSTART;TZID=Europe/London:20261211T140000",
        "DTEND;TZID=Europe/London:20261211T143000",
        "RECURRENCE-ID;TZID=Europe/London:20261211T090000",
        "DTSTAMP:20261205T080000Z",
        uid,
        "SUMMARY:SE hiring committee (moved - offsite in the morning)",
        "SEQUENCE:1",
    ]], tzids=("Europe/London",)))

    add("side-calibration", "en", cal(EXCHANGE, [[
        "UID:040000008200E00074C5B7101A82E00800000000-calib-se-rubric",
        "DTSTAMP:20261119T090000Z",
        "DTSTART;TZID=GMT Standard Time:20261125T120000",
        "DTEND;TZID=GMT Standard Time:20261125T130000",
        "SUMMARY:Interviewer calibration - SE demo exercise rubric",
        "DESCRIPTION:Lunch provided. We'll score two recorded candidate demos together so our ratings line up.",
        "ORGANIZER;CN=\"Quinn, Harriet\":mailto:harriet.quinn@ledgerly.io",
        f"ATTENDEE;CN=\"Kim, Daniel\":mailto:{WORK}",
        "ATTENDEE;CUTYPE=ROOM;CN=LDN Ledger Room:mailto:room.ledger@ledgerly.io",
    ]], tzids=("GMT Standard Time",)))

    add("side-shadowing", "en", cal(GOOGLE, [[
        "DTSTART:20261130T150000Z",
        "DTEND:20261130T160000Z",
        "DTSTAMP:20261124T150000Z",
        "ORGANIZER;CN=Amir Haddad:mailto:amir.haddad@ledgerly.io",
        "UID:4f6h8k0l2z4x6c8v0b2n4m6q8w@google.com",
        f"ATTENDEE;CN=Daniel Kim;ROLE=OPT-PARTICIPANT:mailto:{WORK}",
        "ATTENDEE;CN=Lina Petrov:mailto:lina.petrov@proton.me",
        "SUMMARY:[Shadow] Amir interviews Lina Petrov (SE) - Daniel shadowing",
        r"DESCRIPTION:Daniel: observe only\, then reverse-shadow next week.",
    ]]))

    add("side-calendly-host", "en", cal("-//Calendly//Calendly//EN", [[
        "UID:calendly-ledgerly-se-intro-7a1c",
        "DTSTAMP:20261121T100000Z",
        "DTSTART:20261128T110000Z",
        "DTEND:20261128T113000Z",
        "SUMMARY:Leo Brandt and Daniel Kim",
        "DESCRIPTION:" + esc("Event Name: Sales Engineer - intro call (Ledgerly)\n\nInvitee: Leo Brandt\n"
                             "Invitee email: leo.brandt.se@gmail.com\n\nPowered by Calendly.com"),
        f"ORGANIZER;CN=Daniel Kim:mailto:{WORK}",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "ATTENDEE;CN=Leo Brandt:mailto:leo.brandt.se@gmail.com",
    ]]))

    add("side-cancelled-candidate", "en", cal("-//Ashby//Ashby Scheduling//EN", [[
        "UID:ashby-int-ledgerly-91fe2207-anika",
        "DTSTAMP:20261125T120000Z",
        "DTSTART:20261127T100000Z",
        "DTEND:20261127T104500Z",
        "SUMMARY:Cancelled: Interview with Anika Rao (Sales Engineer)",
        "DESCRIPTION:The candidate has withdrawn. No action needed from interviewers.",
        "ORGANIZER;CN=Ledgerly Recruiting:mailto:no-reply@ashbyhq.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "STATUS:CANCELLED",
    ]], method="CANCEL"))

    add("side-scorecard-block", "en", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-scorecard-blk",
        "DTSTAMP:20261126T070000Z",
        "DTSTART;TZID=GMT Standard Time:20261203T160000",
        "DTEND;TZID=GMT Standard Time:20261203T163000",
        "SUMMARY:Scorecard - Felipe (SE onsite)",
        "CLASS:PRIVATE",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], tzids=("GMT Standard Time",)))

    add("side-onsite-loop", "en", cal("-//Ashby//Ashby Scheduling//EN", [[
        "UID:ashby-int-ledgerly-onsite-felipe-duarte",
        "DTSTAMP:20261124T100000Z",
        "DTSTART;TZID=Europe/London:20261203T130000",
        "DTEND;TZID=Europe/London:20261203T160000",
        "SUMMARY:Onsite: Felipe Duarte - Sales Engineer - Ledgerly",
        "DESCRIPTION:" + esc("Onsite loop for candidate Felipe Duarte.\n13:00 Maya Collins - culture\n14:00 "
                             "Daniel Kim - demo exercise\n15:00 Harriet Quinn - hiring manager\n\nView in Ashby: "
                             "https://app.ashbyhq.com/ledgerly/candidates/felipe-duarte"),
        "ORGANIZER;CN=Ledgerly Recruiting:mailto:no-reply@ashbyhq.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "ATTENDEE;CN=Maya Collins:mailto:maya.collins@ledgerly.io",
        "ATTENDEE;CN=Harriet Quinn:mailto:harriet.quinn@ledgerly.io",
        "ATTENDEE;CN=Felipe Duarte:mailto:felipe.duarte@hotmail.com",
        "ATTENDEE;CUTYPE=ROOM;CN=LDN-2-Audit (6):mailto:room.audit@ledgerly.io",
    ]], tzids=("Europe/London",)))

    add("side-candidate-facing-copy", "en", cal("-//Ashby//Ashby Scheduling//EN", [[
        "UID:ashby-int-ledgerly-cc-5518aa0e",
        "DTSTAMP:20261127T100000Z",
        "DTSTART:20261204T140000Z",
        "DTEND:20261204T144500Z",
        "SUMMARY:Your interview with Ledgerly - Sales Engineer",
        "DESCRIPTION:" + esc("Hi Chidi,\n\nThanks for your interest in Ledgerly! You'll meet Daniel Kim (Sales "
                             "Engineer) for a 45 minute technical conversation.\n\nGood luck!\nLedgerly Talent\n\n"
                             "(Interviewer copy)"),
        "ORGANIZER;CN=Ledgerly Talent:mailto:no-reply@ashbyhq.com",
        "ATTENDEE;CN=Chidi Eze:mailto:chidi.eze@yahoo.co.uk",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
    ]]))

    add("side-es-candidato", "es", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/Madrid:20261202T100000",
        "DTEND;TZID=Europe/Madrid:20261202T104500",
        "DTSTAMP:20261125T090000Z",
        "ORGANIZER;CN=Ledgerly Recruiting:mailto:no-reply@ashbyhq.com",
        "UID:5h7k9l1z3x5c7v9b1n3m5q7w9e@google.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "ATTENDEE;CN=Marta Pons:mailto:martapons.se@gmail.com",
        "SUMMARY:Entrevista candidata Sales Engineer (Madrid) - Marta Pons",
        "DESCRIPTION:Entrevistador: Daniel Kim. Rellena la evaluación en Ashby tras la entrevista.",
    ]], tzids=("Europe/Madrid",)))

    add("side-es-handtyped", "es", cal(IOS, [[
        "UID:7B8C9D0E-1F2A-4B3C-8D4E-entrevistar-lucia",
        "DTSTAMP:20261126T210000Z",
        "DTSTART:20261201T160000",
        "DTEND:20261201T164500",
        "SUMMARY:Entrevistar a Lucía (candidata SE Ledgerly) - preparar demo",
    ]]))

    add("side-fr-candidat", "fr", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-ledgerly-paris-cand",
        "DTSTAMP:20261124T140000Z",
        "DTSTART;TZID=Romance Standard Time:20261209T100000",
        "DTEND;TZID=Romance Standard Time:20261209T110000",
        "SUMMARY;LANGUAGE=fr-FR:Entretien candidat Sales Engineer Paris - Julien Mercier",
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc("Daniel, tu fais la partie démo technique avec Julien (candidat). "
                                            "Grille d'évaluation dans Ashby.\n\nHarriet"),
        "ORGANIZER;CN=\"Quinn, Harriet\":mailto:harriet.quinn@ledgerly.io",
        f"ATTENDEE;CN=\"Kim, Daniel\":mailto:{WORK}",
        "ATTENDEE;CN=Julien Mercier:mailto:julien.mercier@free.fr",
    ]], tzids=("Romance Standard Time",)))

    add("side-de-bewerber", "de", cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000-ledgerly-berlin-bew",
        "DTSTAMP:20261125T080000Z",
        "DTSTART;TZID=W. Europe Standard Time:20261208T140000",
        "DTEND;TZID=W. Europe Standard Time:20261208T150000",
        "SUMMARY;LANGUAGE=de-DE:Interview mit Bewerber Sales Engineer (Berlin) - Ledgerly",
        "DESCRIPTION;LANGUAGE=de-DE:" + esc("Bewerber: Lukas Hoffmann\nInterviewer: Daniel Kim, Amir Haddad\n"
                                            "Bitte Feedback bis Ende des Tages in Ashby eintragen."),
        "ORGANIZER;CN=Ledgerly Recruiting:mailto:no-reply@ashbyhq.com",
        f"ATTENDEE;CN=Daniel Kim:mailto:{WORK}",
        "ATTENDEE;CN=Amir Haddad:mailto:amir.haddad@ledgerly.io",
        "ATTENDEE;CN=Lukas Hoffmann:mailto:lukas.hoffmann@web.de",
    ]], tzids=("W. Europe Standard Time",)))

    add("side-de-kandidat", "de", cal(GOOGLE, [[
        "DTSTART:20261215T090000Z",
        "DTEND:20261215T094500Z",
        "DTSTAMP:20261208T090000Z",
        f"ORGANIZER;CN=Daniel Kim:mailto:{WORK}",
        "UID:6j8l0z2x4c6v8b0n2m4q6w8e0r@google.com",
        "ATTENDEE;CN=Svenja Krüger:mailto:svenja.krueger@gmx.de",
        "SUMMARY:Kennenlernen Ledgerly / Svenja Krüger (Sales Engineer DACH)",
        "DESCRIPTION:" + esc("Hallo Svenja, anbei die Einladung zum ersten Gespräch für die Stelle als Sales "
                             "Engineer DACH bei Ledgerly. Ich führe das Gespräch.\nViele Grüße\nDaniel\n\n"
                             "https://meet.google.com/ldg-dach-sek"),
    ]]))
    return out
