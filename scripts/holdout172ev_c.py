"""holdout172 events, part c: Mercato, Brightwell, Tulpio, Hafenlogik and Ledgerline (raw iCalendar text)."""

from holdout172ev_tz import AMSTERDAM, BERLIN, LONDON

EVENTS = [
    dict(
        kind="lever-screen",
        uid="lever-interview-0f3b9d2e-11c4-4f6a-8e1d-5a7c2b9e0d31",
        is_interview=1,
        company="Mercato Labs",
        role="Head of Engineering",
        stage="recruiter_screen",
        interviewers=["sanne.bakker@mercatolabs.com"],
        trap="lever-first-chat-amsterdam-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:lever-interview-0f3b9d2e-11c4-4f6a-8e1d-5a7c2b9e0d31
DTSTAMP:20260203T083112Z
DTSTART;TZID=Europe/Amsterdam:20260206T113000
DTEND;TZID=Europe/Amsterdam:20260206T120000
SUMMARY:Mercato Labs - Katrin Vogt - First chat
ORGANIZER;CN=Sanne Bakker:mailto:sanne.bakker@mercatolabs.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:katrin.vogt
 @posteo.de
ATTENDEE;CN=Sanne Bakker;PARTSTAT=ACCEPTED:mailto:sanne.bakker@mercatolabs
 .com
LOCATION:https://mercatolabs.zoom.us/j/93381120456
DESCRIPTION:Hi Katrin\, great to connect! This is a 30 min first chat abou
 t the Head of Engineering position at Mercato Labs.\n\nInterviewer: Sanne
  Bakker (Talent Partner)\n\nZoom: https://mercatolabs.zoom.us/j/93381120456
 \nMeeting ID: 933 8112 0456\n\nSent via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-panel",
        uid="lever-interview-6a1e8c70-93b2-4d0f-b7a4-c2e91f58d604",
        is_interview=1,
        company="Mercato Labs",
        role="Head of Engineering",
        stage="onsite",
        interviewers=["tim.vandijk@mercatolabs.com", "noor.elamrani@mercatolabs.com", "lars.visser@mercatolabs.com"],
        trap="lever-panel-amsterdam-office-three-interviewers",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:lever-interview-6a1e8c70-93b2-4d0f-b7a4-c2e91f58d604
DTSTAMP:20260219T154500Z
DTSTART;TZID=Europe/Amsterdam:20260304T100000
DTEND;TZID=Europe/Amsterdam:20260304T140000
SUMMARY:Mercato Labs Panel - Katrin Vogt (Head of Engineering)
ORGANIZER;CN=Sanne Bakker:mailto:sanne.bakker@mercatolabs.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:katrin.vogt
 @posteo.de
ATTENDEE;CN=Tim van Dijk;PARTSTAT=ACCEPTED:mailto:tim.vandijk@mercatolabs.c
 om
ATTENDEE;CN=Noor El Amrani;PARTSTAT=ACCEPTED:mailto:noor.elamrani@mercatola
 bs.com
ATTENDEE;CN=Lars Visser;PARTSTAT=ACCEPTED:mailto:lars.visser@mercatolabs.co
 m
LOCATION:Mercato Labs\, Herengracht 420\, Amsterdam (4th floor)
DESCRIPTION:Agenda\n10:00-11:00 Tim van Dijk (CTO) - engineering strategy
 \n11:00-12:00 Noor El Amrani (VP Product) - product partnership\n12:00-12:
 45 lunch with the EMs\n12:45-14:00 Lars Visser (Principal Engineer) - arch
 itecture & platform deep dive\n\nWe reimburse travel from Berlin. Ask for
  Sanne at reception.\n\nSent via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-deep-dive",
        uid="ml-3f8c0a1e94b24b7d@modernloop.io",
        is_interview=1,
        company="Brightwell",
        role="Director of Engineering (Remote, EU)",
        stage="technical",
        interviewers=["ade.okonkwo@brightwell.io", "freya.holm@brightwell.io"],
        trap="modernloop-technical-leadership-deep-dive-london",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:ml-3f8c0a1e94b24b7d@modernloop.io
DTSTAMP:20260211T120233Z
DTSTART;TZID=Europe/London:20260217T140000
DTEND;TZID=Europe/London:20260217T151500
SUMMARY:Brightwell | Technical Leadership Deep Dive | Katrin Vogt
ORGANIZER;CN=Brightwell Talent:mailto:talent@brightwell.io
ATTENDEE;CN=Katrin Vogt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE
 :mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Ade Okonkwo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ade.o
 konkwo@brightwell.io
ATTENDEE;CN=Freya Holm;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:freya.
 holm@brightwell.io
LOCATION:https://brightwell.zoom.us/j/81822046611
DESCRIPTION:Role: Director of Engineering (Remote\, EU)\n\nInterviewers: A
 de Okonkwo (Head of Platform)\, Freya Holm (Staff Engineer)\n\nYou'll walk
  us through a system you owned end to end: architecture\, trade-offs\, ho
 w you made decisions with your teams and what you'd do differently. Slide
 s optional.\n\nZoom: https://brightwell.zoom.us/j/81822046611\n\nScheduled
  with ModernLoop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop-cancelled",
        uid="ml-91d2e7c05a6f4c13@modernloop.io",
        is_interview=1,
        company="Brightwell",
        role="Director of Engineering (Remote, EU)",
        stage="",
        interviewers=["maya.ferreira@brightwell.io"],
        trap="modernloop-method-cancel-values-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:ml-91d2e7c05a6f4c13@modernloop.io
DTSTAMP:20260225T093015Z
DTSTART:20260227T150000Z
DTEND:20260227T154500Z
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Cancelled: Brightwell | Values & Ways of Working | Katrin Vogt
ORGANIZER;CN=Brightwell Talent:mailto:talent@brightwell.io
ATTENDEE;CN=Katrin Vogt;ROLE=REQ-PARTICIPANT:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Maya Ferreira;ROLE=REQ-PARTICIPANT:mailto:maya.ferreira@bright
 well.io
DESCRIPTION:This interview has been cancelled. Our talent team will be in
  touch to find a new slot.\n\nScheduled with ModernLoop
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruitee-interview",
        uid="recruitee-ev-22918433-tulpio",
        is_interview=1,
        company="Tulpio",
        role="Director of Engineering",
        stage="",
        interviewers=["bram@tulpio.nl"],
        trap="recruitee-dutch-kennismakingsgesprek",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:recruitee-ev-22918433-tulpio
DTSTAMP:20260209T100402Z
DTSTART;TZID=Europe/Amsterdam:20260212T153000
DTEND;TZID=Europe/Amsterdam:20260212T163000
SUMMARY:Kennismakingsgesprek Katrin Vogt - Director of Engineering
ORGANIZER;CN=Bram Jansen:mailto:bram@tulpio.nl
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@posteo.de
ATTENDEE;CN=Bram Jansen:mailto:bram@tulpio.nl
LOCATION:Microsoft Teams
DESCRIPTION:Hi Katrin\, (English below is fine of course!)\n\nLooking forw
 ard to our conversation about the Director of Engineering role. I'm Bram\,
  co-founder and CTO at Tulpio.\n\nJoin Microsoft Teams meeting: https://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_NjE2ZTk4ODIt%40thread.v2/0\n
 \nPowered by Recruitee
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="allday-onsite",
        uid="A71C44D0-9E2B-4F61-B3C8-2D5E7F9A0B12",
        is_interview=1,
        company="Tulpio",
        role="",
        stage="onsite",
        interviewers=["Bram"],
        trap="self-typed-all-day-onsite-trip",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260227T201133Z
DTEND;VALUE=DATE:20260313
DTSTAMP:20260227T201210Z
DTSTART;VALUE=DATE:20260312
LAST-MODIFIED:20260227T201210Z
SEQUENCE:0
SUMMARY:AMS – Tulpio onsite (ganzer Tag)
DESCRIPTION:Flug BER-AMS 06:45 (KL1856)\, zurück 20:10. 9:30 Büro Keizersg
 racht. Loop: Bram\, CEO\, 2x EM\, Architektur-Case. Laptop + Adapter!
TRANSP:TRANSPARENT
UID:A71C44D0-9E2B-4F61-B3C8-2D5E7F9A0B12
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    dict(
        kind="phone-call-typed",
        uid="0D9E6F7A-3B24-4C51-8E6A-9F1B2C3D4E5F",
        is_interview=1,
        company="Hafenlogik",
        role="",
        stage="recruiter_screen",
        interviewers=["Jonna"],
        trap="phone-typed-floating-recruiter-call-abbrev",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260204T071502Z
DTEND:20260206T124500
DTSTAMP:20260204T071520Z
DTSTART:20260206T121500
SEQUENCE:0
SUMMARY:Call Hafenlogik (Jonna\, TA) – HoE Platform
DESCRIPTION:ruft mich an. Gehalt: 150+? Remote/HH 2 Tage?
TRANSP:OPAQUE
UID:0D9E6F7A-3B24-4C51-8E6A-9F1B2C3D4E5F
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    dict(
        kind="interview-loop",
        uid="gh-interview-9920451-003@hafenlogik.greenhouse.io",
        is_interview=1,
        company="Hafenlogik",
        role="Head of Engineering – Platform",
        stage="onsite",
        interviewers=["h.petersen@hafenlogik.de", "m.oezdemir@hafenlogik.de", "c.lund@hafenlogik.de"],
        trap="greenhouse-interview-loop-hamburg-x-wr-timezone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
UID:gh-interview-9920451-003@hafenlogik.greenhouse.io
DTSTAMP:20260218T143309Z
DTSTART;TZID=Europe/Berlin:20260226T093000
DTEND;TZID=Europe/Berlin:20260226T133000
SUMMARY:Interview Loop – Hafenlogik – Head of Engineering Platform
ORGANIZER;CN=Jonna Albers:mailto:jonna.albers@hafenlogik.de
ATTENDEE;CN=Katrin Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:katrin.vogt
 @posteo.de
ATTENDEE;CN=Hauke Petersen;ROLE=REQ-PARTICIPANT:mailto:h.petersen@hafenlogi
 k.de
ATTENDEE;CN=Merve Özdemir;ROLE=REQ-PARTICIPANT:mailto:m.oezdemir@hafenlogi
 k.de
ATTENDEE;CN=Christian Lund;ROLE=REQ-PARTICIPANT:mailto:c.lund@hafenlogik.d
 e
LOCATION:Hafenlogik\, Großer Grasbrook 9\, 20457 Hamburg
DESCRIPTION:Moin Katrin\,\n\nhier dein Ablauf für den Interview Loop:\n09:
 30 Hauke Petersen (CTO) – Leadership & Org\n10:30 Merve Özdemir (Head of
  Product) – Zusammenarbeit Produkt/Tech\n11:30 Christian Lund (Principal
  Engineer) – System Design: Sendungsverfolgung in Echtzeit\n12:30 Lunch mi
 t dem Team\n\nBis Donnerstag!\nJonna
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-vp-call",
        uid="zoom-85531207764-20260211T160000Z@zoom.us",
        is_interview=1,
        company="Ledgerline",
        role="Head of Engineering",
        stage="hiring_manager",
        interviewers=["pieter@ledgerline.io"],
        trap="zoom-generated-invite-from-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260211T160000Z
DTEND:20260211T164500Z
DTSTAMP:20260209T120001Z
ORGANIZER;CN=Pieter Hoekstra:mailto:pieter@ledgerline.io
UID:zoom-85531207764-20260211T160000Z@zoom.us
ATTENDEE;CN=katrin.vogt@posteo.de;RSVP=TRUE:mailto:katrin.vogt@posteo.de
TZID:Europe/Amsterdam
SEQUENCE:0
SUMMARY:Katrin <> Pieter – Ledgerline Head of Engineering
LOCATION:https://us06web.zoom.us/j/85531207764?pwd=aGx0V2RkTnQ1ZzZ6
DESCRIPTION:Pieter Hoekstra is inviting you to a scheduled Zoom meeting.\n
 \nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/85531207764?pwd=aGx0V2RkTnQ
 1ZzZ6\n\nMeeting ID: 855 3120 7764\nPasscode: 274901\n\n---\n\nOne tap mob
 ile\n+493056795800\,\,85531207764#\,\,\,\,*274901# Germany\n+31202410288\,\,
 85531207764#\,\,\,\,*274901# Netherlands\n\nAgenda (Pieter): me\, Ledgerlin
 e\, the Head of Engineering role\; you\, your teams and how you hire.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-typed",
        uid="20260303T081244Z-7731@katrin-thinkpad",
        is_interview=1,
        company="Ledgerline",
        role="",
        stage="final",
        interviewers=["Pieter", "Anouk"],
        trap="desktop-typed-final-round-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260303T081244Z
LAST-MODIFIED:20260303T081301Z
DTSTAMP:20260303T081301Z
UID:20260303T081244Z-7731@katrin-thinkpad
SUMMARY:Ledgerline final – Pieter + Anouk (CEO)
DTSTART:20260306T150000Z
DTEND:20260306T160000Z
DESCRIPTION:Letzte Runde. Zoom-Link kommt per Mail. Themen: Comp-Range (me
 in Ziel 165k + equity)\, Start frühestens 1.6. (Kündigungsfrist!)\, Team
 größe Q3.
END:VEVENT
END:VCALENDAR
""",
    ),
]
