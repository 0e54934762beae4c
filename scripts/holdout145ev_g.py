# ruff: noqa: E501
"""holdout145 events, part g: more hiring-side events at Kiezkasse (negatives)."""

from holdout145ev_tz import ev

EVENTS = [
    ev(
        "whiteboard-kandidat",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250325T100000Z
DTEND:20250325T111500Z
DTSTAMP:20250319T084500Z
ORGANIZER;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
UID:kzk2w4r6y8i0p2s4f6h8k0z2v4@google.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Ben Thiele;PARTSTAT=ACCEPTED:mailto:ben.thiele@kiezkasse.de
ATTENDEE;CN=Aleksandra Novak;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:a.novak.design@outlook.com
DESCRIPTION:Hallo Aleksandra\,\n\nwie besprochen die Einladung zur Whiteboa
 rd-Übung (Junior Product Designer). Ben (Engineering) und ich freuen uns.
  Wir treffen uns bei uns im Office\, bitte am Empfang nach mir fragen.\n\nV
 iele Grüße\nLea
LOCATION:Kiezkasse\, Oranienstraße 185\, 10999 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Whiteboard-Übung Kiezkasse – Aleksandra Novak
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzk2w4r6y8i0p2s4f6h8k0z2v4@google.com",
        trap="user-as-interviewer-organizer-invites-candidate",
    ),
    ev(
        "interviewer-training",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250205T130000Z
DTEND:20250205T150000Z
DTSTAMP:20250122T100000Z
ORGANIZER;CN=Philipp Adler:mailto:philipp.adler@kiezkasse.de
UID:kzk8u6t4r2e0w8q6a4s2d0f8g6@google.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=design-team@kiezkasse.de;CUTYPE=GROUP:mailto:design-team@kiezkasse.de
ATTENDEE;CN=eng-leads@kiezkasse.de;CUTYPE=GROUP:mailto:eng-leads@kiezkasse.de
DESCRIPTION:Pflichttermin für alle\, die bei uns Interviews führen: struktu
 rierte Interviews\, Bewertungsbögen in Personio\, Bias-Checkliste\, Do's &
  Don'ts bei Fragen (AGG). Bitte Laptop mitbringen.
LOCATION:Kiezkasse – Küche/Event-Fläche
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interviewer-Training: strukturierte Interviews
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzk8u6t4r2e0w8q6a4s2d0f8g6@google.com",
        trap="user-as-interviewer-interviewer-training",
    ),
    ev(
        "feedback-ats",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-task-3310822@personio.de
DTSTAMP:20250326T161000Z
DTSTART;TZID=Europe/Berlin:20250327T090000
DTEND;TZID=Europe/Berlin:20250327T091500
SUMMARY:Erinnerung: Feedback abgeben – Interviewrunde 2 (Lead Product Desig
 ner)
ORGANIZER;CN=Kiezkasse Recruiting:mailto:recruiting-noreply@personio.de
ATTENDEE;CN=Lea Vogt;RSVP=FALSE:mailto:lea.vogt@kiezkasse.de
DESCRIPTION:Hallo Lea\,\n\nfür die Interviewrunde 2 mit Daniel Kovač fehlt
  noch dein Feedback. Bitte gib deine Bewertung bis heute 12:00 ab.\n\nZur B
 ewerbung: https://kiezkasse.personio.de/recruiting/applications/8840193
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-task-3310822@personio.de",
        trap="user-as-interviewer-ats-feedback-reminder",
    ),
    ev(
        "interviewrunde",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Adler, Philipp":mailto:philipp.adler@kiezkasse.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vogt, Lea":mailto:lea.vogt@kiezkasse.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Said, Tarek":mailto:tarek.said@kiezkasse.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Kovač:mailto:daniel.kovac@gmx.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="KZK Raum Landwehrkanal (10)":mailto:raum-landwehrkanal@kiezkasse.de
DESCRIPTION;LANGUAGE=de-DE:Interviewrunde 2 – Lead Product Designer\n\nAbla
 uf:\n10:00 Case-Präsentation Daniel (30 min)\n10:30 Fragen Tarek (Leadersh
 ip)\n11:00 Fragen Lea (Craft & Design System)\n11:30 Fragen von Daniel an u
 ns\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
SUMMARY;LANGUAGE=de-DE:Interviewrunde 2 – Lead PD – D. Kovač
DTSTART;TZID=W. Europe Standard Time:20250326T100000
DTEND;TZID=W. Europe Standard Time:20250326T120000
DTSTAMP:20250319T093000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:KZK Raum Landwehrkanal (10)
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        trap="user-as-interviewer-outlook-interviewrunde-panel",
    ),
    ev(
        "hiring-sync",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:lea.vogt@kiezkasse.de
X-WR-TIMEZONE:Europe/Berlin
@@TZ_BERLIN@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250203T093000
DTEND;TZID=Europe/Berlin:20250203T100000
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630T215959Z
DTSTAMP:20250401T070000Z
ORGANIZER;CN=Tarek Said:mailto:tarek.said@kiezkasse.de
UID:kzk6y5t4r3e2w1q0p9o8i7u6y5@google.com
ATTENDEE;CN=Tarek Said;PARTSTAT=ACCEPTED:mailto:tarek.said@kiezkasse.de
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Philipp Adler;PARTSTAT=ACCEPTED:mailto:philipp.adler@kiezkasse.de
DESCRIPTION:Pipeline Design-Stellen: neue Bewerbungen\, wer interviewt wen\,
  offene Scorecards\, Absagen.
LOCATION:https://meet.google.com/tgd-ywbe-qnf
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hiring Sync Design (weekly)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250318T093000
DTEND;TZID=Europe/Berlin:20250318T100000
DTSTAMP:20250401T070000Z
ORGANIZER;CN=Tarek Said:mailto:tarek.said@kiezkasse.de
UID:kzk6y5t4r3e2w1q0p9o8i7u6y5@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20250317T093000
DESCRIPTION:Diese Woche Di wg. All-Hands. Schwerpunkt: Offer für Senior PD
LOCATION:https://meet.google.com/tgd-ywbe-qnf
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Hiring Sync Design (weekly) – verschoben
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzk6y5t4r3e2w1q0p9o8i7u6y5@google.com",
        trap="user-as-interviewer-recurring-hiring-sync-with-override",
    ),
    ev(
        "case-presentation",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-event-32187540@personio.de
DTSTAMP:20250317T120000Z
DTSTART;TZID=Europe/Berlin:20250324T150000
DTEND;TZID=Europe/Berlin:20250324T160000
SUMMARY:Case presentation – Priya Raghunathan – Senior Product Designer
ORGANIZER;CN=Kiezkasse Recruiting:mailto:recruiting-noreply@personio.de
ATTENDEE;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Jana Morgenroth:mailto:jana.morgenroth@kiezkasse.de
ATTENDEE;CN=Ben Thiele:mailto:ben.thiele@kiezkasse.de
ATTENDEE;CN=Priya Raghunathan:mailto:priya.raghunathan@proton.me
LOCATION:https://meet.google.com/qvr-bnzx-ept
DESCRIPTION:Candidate: Priya Raghunathan\nJob: Senior Product Designer (m/f
 /d)\nStage: Case study\nInterview panel: Lea Vogt (lead)\, Jana Morgenroth
 \, Ben Thiele\n\nThe interview will be held in English.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-event-32187540@personio.de",
        trap="user-as-interviewer-leads-case-panel-en",
    ),
    ev(
        "culture-add",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250401T120000Z
DTEND:20250401T124500Z
DTSTAMP:20250326T170000Z
ORGANIZER;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
UID:kzk4h2g0f8d6s4a2q0w8e6r4t2@google.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Nora Fischer;PARTSTAT=ACCEPTED:mailto:nora.fischer@kiezkasse.de
ATTENDEE;CN=Lina Brandt;PARTSTAT=ACCEPTED:mailto:lina.brandt.ux@gmail.com
DESCRIPTION:Culture-Add-Gespräch mit Lina (Senior PD\, Runde 3). Ich modere
 riere\, Nora (Customer Support Lead) ist als Stimme von außerhalb des Desi
 gn-Teams dabei. Leitfaden: https://notion.so/kiezkasse/culture-add-leitfad
 en
LOCATION:https://meet.google.com/jnx-qwpo-gtr
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lina Brandt <> Kiezkasse – Kennenlernen Team
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzk4h2g0f8d6s4a2q0w8e6r4t2@google.com",
        trap="user-as-interviewer-chairs-culture-add-looks-like-own",
    ),
    ev(
        "referenz-kandidat",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250331T171000Z
UID:9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A
DTEND;TZID=Europe/Berlin:20250402T171500
TRANSP:OPAQUE
SUMMARY:Referenz Lina B. – Anruf ehem. Chefin (Sabine K.\, Ottobock)
DTSTART;TZID=Europe/Berlin:20250402T165000
DTSTAMP:20250331T171020Z
DESCRIPTION:0151 4423 1887. Fragen: Zusammenarbeit mit Eng\, Umgang mit Kri
 tik\, würdest du sie wieder einstellen?
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A",
        trap="user-as-interviewer-reference-check-on-candidate",
    ),
    ev(
        "ws-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-event-32290031@personio.de
DTSTAMP:20250401T090000Z
DTSTART:20250408T080000Z
DTEND:20250408T084500Z
SUMMARY:Vorstellungsgespräch – Werkstudent:in UX Research (20h)
ORGANIZER;CN=Kiezkasse Recruiting:mailto:recruiting-noreply@personio.de
ATTENDEE;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Emre Kaya:mailto:emre.kaya@campus.tu-berlin.de
LOCATION:https://meet.google.com/wjb-yrte-nhs
DESCRIPTION:Hallo Emre\,\n\nwir freuen uns auf das Gespräch mit Lea Vogt (S
 enior UX Designer). Dauer: 45 Minuten.\n\nViele Grüße\nDein Kiezkasse-Tea
 m
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-event-32290031@personio.de",
        trap="user-as-interviewer-candidate-facing-invite-copy",
    ),
]
