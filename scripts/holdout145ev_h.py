"""holdout145 events, part h: look-alikes around the job search (negatives)."""

from holdout145ev_tz import ev

EVENTS = [
    ev(
        "nutzerinterview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-ev-2be7c01d98fa4413
DTSTAMP:20250224T091000Z
DTSTART:20250227T150000Z
DTEND:20250227T154500Z
SUMMARY:Susanne Krause and Lea Vogt
ORGANIZER;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Susanne Krause;RSVP=TRUE:mailto:s.krause-blumenladen@t-online.de
LOCATION:https://meet.google.com/rbs-zqmu-ahk
DESCRIPTION:Event Name: Nutzerinterview Kiezkasse Händler-App (45 Min\, 30
  € Gutschein)\n\nWelche Kasse nutzen Sie aktuell?: Kiezkasse seit 2023\, Bl
 umenladen Friedrichshain\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "calendly-ev-2be7c01d98fa4413",
        trap="user-research-interview-with-merchant",
    ),
    ev(
        "customer-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//User Interviews//Research Hub//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ui-session-5518830-3@userinterviews.com
DTSTAMP:20250310T140000Z
DTSTART:20250313T100000Z
DTEND:20250313T104500Z
SUMMARY:Research session: Kiezkasse dashboard study – Participant #7
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Lea Vogt:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Ben Thiele:mailto:ben.thiele@kiezkasse.de
DESCRIPTION:Your session with participant #7 (café owner\, Leipzig) is con
 firmed. Interview guide: v3. Recording consent collected.
LOCATION:https://zoom.us/j/88120044019
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "ui-session-5518830-3@userinterviews.com",
        trap="customer-research-session-participant",
    ),
    ev(
        "mock-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250216T100000Z
DTEND:20250216T113000Z
DTSTAMP:20250210T190000Z
ORGANIZER;CN=Sabine Wolter Coaching:mailto:kontakt@sabinewolter-coaching.de
UID:coach1a2b3c4d5e6f7g8h9i0j1k@google.com
ATTENDEE;CN=lea.vogt.design@mailbox.org;PARTSTAT=ACCEPTED:mailto:lea.vogt.design@mailbox.org
DESCRIPTION:Mock-Interview: Portfolio-Präsentation + typische Leadership-Fr
 agen für Design-Manager-Rollen. Ich spiele die Hiring Managerin\, danach
  ausführliches Feedback. Bitte Präsi wie im echten Gespräch vorbereiten.
LOCATION:https://zoom.us/j/3391027784
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock-Interview Lea (Portfolio + Leadership)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "coach1a2b3c4d5e6f7g8h9i0j1k@google.com",
        trap="mock-interview-with-coach",
    ),
    ev(
        "webinar",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications Inc//Zoom Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ZOOMWEBINAR-84417720931-1
DTSTAMP:20250201T120000Z
DTSTART:20250213T170000Z
DTEND:20250213T180000Z
SUMMARY:Webinar: How to ace the design challenge & portfolio review
ORGANIZER;CN=ADPList Events:mailto:no-reply@zoom.us
DESCRIPTION:Hi Lea\,\n\nThank you for registering for "How to ace the desig
 n challenge & portfolio review" with design leaders from Spotify\, Miro an
 d N26.\n\nJoin from a PC\, Mac\, iPad\, iPhone or Android device:\nhttps:/
 /us06web.zoom.us/w/84417720931?tk=abc\nPasscode: 559204
LOCATION:https://us06web.zoom.us/w/84417720931
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "ZOOMWEBINAR-84417720931-1",
        trap="webinar-about-interviewing-names-employers",
    ),
    ev(
        "podcast",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250306T170000Z
DTEND:20250306T181500Z
DTSTAMP:20250220T100000Z
ORGANIZER;CN=Moritz Hahn:mailto:moritz@designbrunch-podcast.de
UID:pod9q8w7e6r5t4y3u2i1o0p9a8@google.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Moritz Hahn;PARTSTAT=ACCEPTED:mailto:moritz@designbrunch-podcast.de
DESCRIPTION:Aufnahme Folge 84: "Barrierefreiheit in Fintech-Apps" – Interv
 iew mit Lea Vogt (Kiezkasse). Wir nehmen über Riverside auf\, bitte Kopfh
 örer + externes Mikro. Link: https://riverside.fm/studio/designbrunch
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Aufnahme Designbrunch – Interview Lea
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "pod9q8w7e6r5t4y3u2i1o0p9a8@google.com",
        trap="podcast-interview-as-guest",
    ),
    ev(
        "presse",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250121T100000Z
DTEND:20250121T103000Z
DTSTAMP:20250116T080000Z
ORGANIZER;CN=Kiezkasse Kommunikation:mailto:presse@kiezkasse.de
UID:kzkpr3s5s7e9i1n3t5e7r9v1w3@google.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Julia Stern (t3n);PARTSTAT=ACCEPTED:mailto:j.stern@t3n.de
DESCRIPTION:Interview für t3n-Artikel "Banking-Apps für alle". Lea spricht
  über unser Accessibility-Audit. Freigabe der Zitate über presse@.
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Presseinterview t3n – Accessibility
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzkpr3s5s7e9i1n3t5e7r9v1w3@google.com",
        trap="press-interview-for-employer",
    ),
    ev(
        "studie-teilnahme",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TestingTime//Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-session-77120934@testingtime.com
DTSTAMP:20250304T110000Z
DTSTART:20250311T163000Z
DTEND:20250311T173000Z
SUMMARY:TestingTime: Interview-Studie (60 Min) – Deine Teilnahme
ORGANIZER;CN=TestingTime:mailto:noreply@testingtime.com
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
DESCRIPTION:Hallo Lea\,\n\ndanke für deine Teilnahme an der Interview-Stud
 ie zum Thema "Design-Tools im Team". Incentive: 80 € nach der Session.\n\nL
 ink folgt 1h vorher per E-Mail.
LOCATION:Online
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "tt-session-77120934@testingtime.com",
        trap="research-study-participant-interview",
    ),
    ev(
        "jahresgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250127T130000Z
DTEND:20250127T143000Z
DTSTAMP:20250110T100000Z
ORGANIZER;CN=Tarek Said:mailto:tarek.said@kiezkasse.de
UID:kzkj4h5r6e7s8g9e0s1p2r3a4e@google.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=ACCEPTED:mailto:lea.vogt@kiezkasse.de
ATTENDEE;CN=Tarek Said;PARTSTAT=ACCEPTED:mailto:tarek.said@kiezkasse.de
DESCRIPTION:Jahresgespräch 2024: Rückblick\, Ziele 2025\, Entwicklung (Lead
 -Track?)\, Gehalt. Selbsteinschätzung bitte vorher im Lattice ausfüllen.
LOCATION:KZK Raum Görli
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jahresgespräch Lea / Tarek
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "kzkj4h5r6e7s8g9e0s1p2r3a4e@google.com",
        trap="own-appraisal-at-current-job",
    ),
    ev(
        "kaffee-austausch",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250222T110000Z
UID:1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A5B
DTEND;TZID=Europe/Berlin:20250226T090000
TRANSP:OPAQUE
SUMMARY:Kaffee mit Mira (Design Lead @ Miro)
DTSTART;TZID=Europe/Berlin:20250226T081500
DTSTAMP:20250222T110010Z
LOCATION:The Barn\, Schönhauser Allee
DESCRIPTION:nur Austausch\, keine offene Stelle. fragen wie Design Mgmt bei
  denen läuft\, Remote-Policy\, ob sie wen in HH kennt
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A5B",
        trap="informational-coffee-named-company", eol="\n",
    ),
    ev(
        "karrieremesse",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250315
DTEND;VALUE=DATE:20250316
DTSTAMP:20250301T120000Z
UID:fair0a9s8d7f6g5h4j3k2l1z0x@google.com
DESCRIPTION:Design Career Day Berlin – Portfolio-Checks\, Recruiter-Stände
  (Zalando\, GetYourGuide\, SumUp...)\, Talks. Ticket im Wallet.
LOCATION:Station Berlin\, Luckenwalder Str. 4-6
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Design Career Day 🎟️
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "fair0a9s8d7f6g5h4j3k2l1z0x@google.com",
        trap="career-fair-all-day-names-employers",
    ),
    ev(
        "referenzgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250410T153000Z
DTEND:20250410T160000Z
DTSTAMP:20250407T101000Z
ORGANIZER;CN=Anna Lüders:mailto:anna.lueders@goflink.com
UID:ref5t6y7u8i9o0p1a2s3d4f5g6@google.com
ATTENDEE;CN=Anna Lüders;PARTSTAT=ACCEPTED:mailto:anna.lueders@goflink.com
ATTENDEE;CN=lea.vogt.design@mailbox.org;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
DESCRIPTION:Hi Lea\, Tobias Ehlers hat dich als Referenz angegeben (Produk
 tdesigner\, ihr habt bei Kiezkasse zusammengearbeitet). Hättest du 20 Min
 uten für ein kurzes Referenzgespräch? Danke!\nAnna\, Talent Acquisition Flink
LOCATION:Telefon / Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Referenzgespräch Tobias Ehlers
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "ref5t6y7u8i9o0p1a2s3d4f5g6@google.com",
        trap="reference-call-user-is-referee",
    ),
    ev(
        "recruiter-anonym",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250220T113000Z
DTEND:20250220T120000Z
DTSTAMP:20250217T083000Z
ORGANIZER;CN=Anna Berger:mailto:anna.berger@designtalents.io
UID:rec7u6y5t4r3e2w1q0a9s8d7f6@google.com
ATTENDEE;CN=Anna Berger;PARTSTAT=ACCEPTED:mailto:anna.berger@designtalents.io
ATTENDEE;CN=lea.vogt.design@mailbox.org;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
DESCRIPTION:Hi Lea\, danke für die Rückmeldung auf LinkedIn! Wie geschriebe
 n habe ich aktuell mehrere Design-Lead-Mandate in Berlin und Hamburg (Fin
 tech/E-Commerce\, Kunden leider noch vertraulich). Lass uns kurz über dein
 e Wünsche sprechen.\n\nJoin with Google Meet: https://meet.google.com/xkt-
 pnaq-wfb
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen Anna (designtalents) / Lea
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "rec7u6y5t4r3e2w1q0a9s8d7f6@google.com",
        trap="recruiter-call-no-employer-named",
    ),
    ev(
        "prep-block",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250218T170000Z
DTEND:20250218T200000Z
DTSTAMP:20250215T120000Z
UID:prep2b3n4m5q6w7e8r9t0y1u2i@google.com
DESCRIPTION:Challenge-Deck finalisieren\, Timing üben (max 30 min!)\, Fragen
  an Jonas/Priya vorbereiten
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep: N26 Design Challenge
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "prep2b3n4m5q6w7e8r9t0y1u2i@google.com",
        trap="prep-block-names-employer-and-interviewers",
    ),
    ev(
        "dankesmail",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T111000Z
UID:2A3B4C5D-6E7F-4081-92A3-B4C5D6E7F809
DTSTART;VALUE=DATE:20250304
DTEND;VALUE=DATE:20250305
TRANSP:TRANSPARENT
SUMMARY:Merci-Mail an Mathilde (Qonto) schicken!
DTSTAMP:20250303T111005Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "2A3B4C5D-6E7F-4081-92A3-B4C5D6E7F809",
        trap="thank-you-reminder-all-day",
    ),
    ev(
        "einstellungsuntersuchung",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Agenda//DE
METHOD:PUBLISH
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:doctolib-appt-771220934@doctolib.de
DTSTAMP:20250505T090000Z
DTSTART;TZID=Europe/Berlin:20250512T083000
DTEND;TZID=Europe/Berlin:20250512T091500
SUMMARY:Termin bei B·A·D Gesundheitsvorsorge – Einstellungsuntersuchung
LOCATION:B·A·D Zentrum Berlin-Mitte\, Schützenstraße 6a\, 10117 Berlin
DESCRIPTION:Arbeitsmedizinische Untersuchung vor Arbeitsantritt (Arbeitgebe
 r: Kittl). Bitte Impfpass und Brille mitbringen. Nüchtern erscheinen.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "doctolib-appt-771220934@doctolib.de",
        trap="pre-employment-medical-names-employer",
    ),
    ev(
        "zahnarzt",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Agenda//DE
METHOD:PUBLISH
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:doctolib-appt-769001187@doctolib.de
DTSTAMP:20250120T190000Z
DTSTART;TZID=Europe/Berlin:20250221T080000
DTEND;TZID=Europe/Berlin:20250221T083000
SUMMARY:Termin bei Zahnarztpraxis Dr. Öztürk – Kontrolluntersuchung
LOCATION:Boxhagener Str. 71\, 10245 Berlin
DESCRIPTION:Bitte bringen Sie Ihre Versichertenkarte mit.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "doctolib-appt-769001187@doctolib.de",
        trap="personal-doctor-appointment",
    ),
]
