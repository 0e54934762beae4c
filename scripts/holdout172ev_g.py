"""holdout172 events, part g: Katrin on the hiring side at Zahlwerk (all negatives, raw iCalendar text)."""

from holdout172ev_tz import BERLIN, W_EUROPE

_G = r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN

EVENTS = [
    dict(
        kind="interview-kit",
        uid="gh-interview-11820933-001@zahlwerk.greenhouse.io",
        is_interview=0,
        trap="user-as-interviewer-greenhouse-kit-scorecard",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:gh-interview-11820933-001@zahlwerk.greenhouse.io
DTSTAMP:20260202T101500Z
DTSTART;TZID=Europe/Berlin:20260204T140000
DTEND;TZID=Europe/Berlin:20260204T150000
SUMMARY:Interview: Tomasz Nowak for Senior Backend Engineer (Payments) - Te
 chnical Interview
ORGANIZER;CN=Greta Lorenz:mailto:greta.lorenz@zahlwerk.io
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Moritz Hahn;RSVP=TRUE:mailto:moritz.hahn@zahlwerk.io
LOCATION:https://meet.google.com/rte-kdwz-nhu
DESCRIPTION:Candidate: Tomasz Nowak\nJob: Senior Backend Engineer (Payment
 s)\nInterview: Technical Interview (Katrin Vogt\, Moritz Hahn)\n\nInterview
  Kit: https://app.greenhouse.io/guides/11820933/people/55102?interview=tec
 hnical\nResume: https://app.greenhouse.io/people/55102/resume\n\nPlease sub
 mit your scorecard within 24 hours.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="debrief",
        uid="0t4k7m1q9c3v6n8h2s5d0b1f4r@google.com",
        is_interview=0,
        trap="user-as-interviewer-debrief-sre-candidate",
        ics=_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260213T163000
DTEND;TZID=Europe/Berlin:20260213T170000
DTSTAMP:20260211T090000Z
ORGANIZER;CN=Greta Lorenz:mailto:greta.lorenz@zahlwerk.io
UID:0t4k7m1q9c3v6n8h2s5d0b1f4r@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Moritz Hahn;PARTSTAT=ACCEPTED:mailto:moritz.hahn@zahlwerk.io
ATTENDEE;CN=Lina Park;PARTSTAT=NEEDS-ACTION:mailto:lina.park@zahlwerk.io
DESCRIPTION:Debrief for Ana Ribeiro (SRE\, Platform). Scorecards in Greenh
 ouse please BEFORE the debrief – no anchoring. Katrin decides.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Debrief – Ana Ribeiro (SRE)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiring-committee",
        uid="7h2m9q4c1v6k0n3s8t5b2d7f0p@google.com",
        is_interview=0,
        trap="user-as-interviewer-hiring-committee-recurring-override",
        ics=_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260205T110000
DTEND;TZID=Europe/Berlin:20260205T120000
RRULE:FREQ=WEEKLY;BYDAY=TH
DTSTAMP:20260130T100000Z
ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@zahlwerk.io
UID:7h2m9q4c1v6k0n3s8t5b2d7f0p@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Greta Lorenz;PARTSTAT=ACCEPTED:mailto:greta.lorenz@zahlwerk.io
ATTENDEE;CN=Henrik Falk;PARTSTAT=ACCEPTED:mailto:henrik.falk@zahlwerk.io
DESCRIPTION:Hiring Committee Engineering: offene Entscheidungen (Backend/SR
 E)\, Level-Vorschläge\, Ausnahmen vom Gehaltsband. Pakete bis Mi 18 Uhr in
  den HC-Ordner.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hiring Committee Eng (weekly)
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260227T090000
DTEND;TZID=Europe/Berlin:20260227T100000
DTSTAMP:20260220T083000Z
ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@zahlwerk.io
UID:7h2m9q4c1v6k0n3s8t5b2d7f0p@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20260226T110000
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Greta Lorenz;PARTSTAT=ACCEPTED:mailto:greta.lorenz@zahlwerk.io
ATTENDEE;CN=Henrik Falk;PARTSTAT=ACCEPTED:mailto:henrik.falk@zahlwerk.io
DESCRIPTION:Verschoben auf Freitag wegen All-Hands.
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Hiring Committee Eng (weekly) – VERSCHOBEN
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hm-gespraech",
        uid="gh-interview-11827719-003@zahlwerk.greenhouse.io",
        is_interview=0,
        trap="user-as-interviewer-own-hiring-manager-round",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:gh-interview-11827719-003@zahlwerk.greenhouse.io
DTSTAMP:20260216T120000Z
DTSTART;TZID=Europe/Berlin:20260219T100000
DTEND;TZID=Europe/Berlin:20260219T104500
SUMMARY:Hiring Manager Interview – Daniel Osei – Site Reliability Engineer
ORGANIZER;CN=Greta Lorenz:mailto:greta.lorenz@zahlwerk.io
ATTENDEE;CN=Katrin Vogt;RSVP=TRUE:mailto:katrin.vogt@zahlwerk.io
LOCATION:https://meet.google.com/fme-pqzu-dxa
DESCRIPTION:Candidate: Daniel Osei\nJob: Site Reliability Engineer (Platfo
 rm)\nInterviewer: Katrin Vogt (Hiring Manager)\nInterview Kit: https://app
 .greenhouse.io/guides/11827719/people/55877?interview=hm
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="scorecard-todo",
        uid="9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D",
        is_interview=0,
        trap="user-as-interviewer-typed-scorecard-reminder",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
DTSTAMP:20260204T161200Z
DTSTART:20260204T173000
DTEND:20260204T174500
SUMMARY:Scorecard Tomasz N. ausfüllen!!
DESCRIPTION:strong yes? System design gut\, Testing schwach. Moritz fragen
UID:9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D
END:VEVENT
END:VCALENDAR
""",
        eol="lf",
    ),
    dict(
        kind="shadowing",
        uid="2c5f8h1k4m7q0s3v6n9b2d5g8j@google.com",
        is_interview=0,
        trap="user-as-interviewer-shadowed-by-new-interviewer",
        ics=_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260224T130000
DTEND;TZID=Europe/Berlin:20260224T140000
DTSTAMP:20260220T140000Z
ORGANIZER;CN=Greta Lorenz:mailto:greta.lorenz@zahlwerk.io
UID:2c5f8h1k4m7q0s3v6n9b2d5g8j@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Jan Krüger;PARTSTAT=ACCEPTED:mailto:jan.krueger@zahlwerk.io
DESCRIPTION:Interviewer-Training: Jan shadowt Katrin im System-Design-Inte
 rview (Kandidatin: Priya S.\, Backend). Jan stellt keine Fragen\, schreibt
  aber eine Scorecard zum Vergleich.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:[Shadow] System Design – Priya S. (Jan shadows Katrin)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="offer-call",
        uid="5n8q1t4w7z0c3f6i9l2o5r8u1x@google.com",
        is_interview=0,
        trap="user-as-interviewer-offer-call-to-candidate",
        ics=_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260227T170000
DTEND;TZID=Europe/Berlin:20260227T173000
DTSTAMP:20260226T101500Z
ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@zahlwerk.io
UID:5n8q1t4w7z0c3f6i9l2o5r8u1x@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Mehmet Yılmaz;PARTSTAT=ACCEPTED:mailto:mehmet.yilmaz.dev@gmail
 .com
ATTENDEE;CN=Greta Lorenz;ROLE=OPT-PARTICIPANT:mailto:greta.lorenz@zahlwerk
 .io
DESCRIPTION:Hi Mehmet\, a quick call to talk through next steps – looking
  forward!\nKatrin\n\nJoin with Google Meet: https://meet.google.com/owu-bz
 kc-mtr
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zahlwerk – Mehmet / Katrin (next steps)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="accepted-reply",
        uid="gh-interview-11830245-002@zahlwerk.greenhouse.io",
        is_interview=0,
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260303T090000Z
DTEND:20260303T100000Z
DTSTAMP:20260227T201144Z
ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@zahlwerk.io
UID:gh-interview-11830245-002@zahlwerk.greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofia
  Marín;X-NUM-GUESTS=0:mailto:sofia.marin.eng@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Zahlwerk | Technical Interview – Backend Engineer (Kotli
 n) @ Tue 3 Mar 2026 10am - 11am (CET) (katrin.vogt@zahlwerk.io)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-candidate",
        uid="040000008200E00074C5B7101A82E008000000005A5B5C5D5E5FDC01000000000000000"
        "01000000099887766554433221100FFEEDDCCBBAA",
        is_interview=0,
        trap="user-as-interviewer-agency-presents-candidate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandl, Kevin":mailto:k.brandl@techtalents-berlin.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vog
 t:mailto:katrin.vogt@zahlwerk.io
DESCRIPTION;LANGUAGE=de-DE:Hallo Katrin\,\n\nwie angekündigt möchte ich di
 r kurz Herrn R. (Senior Backend Developer\, Kotlin/Kafka\, 8 J. Erfahrung
 \, Kündigungsfrist 3 Monate) vorstellen. Das anonymisierte Profil hängt an
 . Wenn er passt\, koordiniere ich gern ein Erstgespräch mit dir.\n\nBeste
  Grüße\nKevin Brandl\, TechTalents Berlin GmbH
UID:040000008200E00074C5B7101A82E008000000005A5B5C5D5E5FDC0100000000000000
 001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung Senior Backend (Kotlin) – Tec
 hTalents / Zahlwerk
DTSTART;TZID=W. Europe Standard Time:20260210T153000
DTEND;TZID=W. Europe Standard Time:20260210T160000
DTSTAMP:20260206T111111Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-host",
        uid="c0ffee11-2233-4455-6677-8899aabbccdd@calendly.com",
        is_interview=0,
        trap="user-as-interviewer-calendly-host-candidate-free-mail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c0ffee11-2233-4455-6677-8899aabbccdd@calendly.com
DTSTAMP:20260209T070000Z
DTSTART:20260212T080000Z
DTEND:20260212T083000Z
SUMMARY:Lukas Brandt and Katrin Vogt
ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Lukas Brandt;PARTSTAT=ACCEPTED:mailto:lukas.brandt93@web.de
LOCATION:https://meet.google.com/hxi-tnov-qkd
DESCRIPTION:Event Name: Kennenlernen Platform Team (30 min)\n\nInvitee: L
 ukas Brandt\nQuestions: Which role? -> SRE (Platform)\, saw the post on Li
 nkedIn\n\nPowered by Calendly.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="probetag",
        uid="8u1x4a7d0g3j6m9p2s5v8y1b4e@google.com",
        is_interview=0,
        trap="user-as-interviewer-supervises-candidate-trial-day",
        ics=_G + r"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20260306
DTEND;VALUE=DATE:20260307
DTSTAMP:20260302T100000Z
ORGANIZER;CN=Katrin Vogt:mailto:katrin.vogt@zahlwerk.io
UID:8u1x4a7d0g3j6m9p2s5v8y1b4e@google.com
ATTENDEE;CN=Katrin Vogt;PARTSTAT=ACCEPTED:mailto:katrin.vogt@zahlwerk.io
ATTENDEE;CN=Lina Park;PARTSTAT=ACCEPTED:mailto:lina.park@zahlwerk.io
DESCRIPTION:Leon Schubert (Werkstudent SRE) ist den ganzen Tag bei uns: Bu
 ddy Lina\, Laptop aus dem Pool\, Gast-WLAN. 16:00 kurzes Feedback mit mir.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probetag Leon Schubert (Werkstudent SRE)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
