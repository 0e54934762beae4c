# ruff: noqa: E501, W291
"""holdout250 events, part e: other negatives (parents' talks, reviews, press/research/podcast interviews,
coaching, webinars, classes, coffees, fairs, references, prep, reminders, recruiters, family)."""
from holdout250ev_zones import APPLE_BERLIN, APPLE_HEAD, BERLIN, GOOGLE_HEAD, OUTLOOK_HEAD, TB_HEAD, WEST


def _neg(kind, uid, ics, trap):
    return dict(kind=kind, uid=uid, ics=ics, is_interview=0, company="", role="", stage="", interviewers="",
                trap=trap, hiring=trap.startswith("user-as-interviewer-"))


EVENTS = [
    # O1 expectant parents book the user's Calendly (same shape as a job Kennenlerngespräch)
    _neg("calendly-invite", "b2d4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d1f",
         r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b2d4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d1f
DTSTAMP:20251002T194120Z
DTSTART:20251009T163000Z
DTEND:20251009T171500Z
SUMMARY:Kennenlerngespräch Wochenbettbetreuung zwischen Theresa Brandl und C
 hioma Okafor
ORGANIZER;CN=Theresa Brandl:mailto:theresa.brandl@web.de
ATTENDEE;CN=Chioma Okafor;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:chioma.okafo
 r@posteo.de
ATTENDEE;CN=Theresa Brandl;PARTSTAT=ACCEPTED:mailto:theresa.brandl@web.de
LOCATION:Hausbesuch – Schleißheimer Str. 288\, 80809 München
DESCRIPTION:Event Name: Kennenlerngespräch Wochenbettbetreuung\n\nLocation: 
 Hausbesuch\n\nErrechneter Geburtstermin (ET): 03.01.2026\n\nWas sollte The
 resa vorab wissen?: Erstes Kind\, geplante Geburt im Klinikum Isarauen\, Pa
 rtner Emeka spricht hauptsächlich Englisch.\n\nNeed to make changes to thi
 s event?\nCancel: https://calendly.com/cancellations/b2d4f6a8\nReschedule:
  https://calendly.com/reschedulings/b2d4f6a8\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "calendly-parents-kennenlerngespraech-user-is-midwife"),

    # O2 Vorgespräch with expectant parents, hand-typed
    _neg("apple-event", "2E3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B",
         APPLE_HEAD + APPLE_BERLIN + r"""BEGIN:VEVENT
CREATED:20251105T090301Z
UID:2E3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B
DTEND;TZID=Europe/Berlin:20251112T173000
TRANSP:OPAQUE
SUMMARY:Vorgespräch Fam. Reiter (ET 14.2.) – Hausbesuch\, Mutterpass!
DTSTART;TZID=Europe/Berlin:20251112T163000
DTSTAMP:20251105T090301Z
LOCATION:Reiter\, Am Hollerbusch 9\, Unterhaching
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT45M
ACTION:DISPLAY
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""", "parents-vorgespraech-home-visit"),

    # O3 annual appraisal with her own manager
    _neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000F67A78B89C9ADC0100000000000000001000000077008811992AAB3BBC4CCD5DDE6EEF",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ostermaier, Gabriele":mailto:gabriele.ostermaier@klinikum-isa
 rauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Theresa\,\n\nunser jährliches Mitarbeiterg
 espräch (Zielvereinbarung 2026\, Fortbildungswünsche\, Entwicklung Richtun
 g Leitung). Bitte den Vorbereitungsbogen mitbringen.\n\nGabi\n
UID:040000008200E00074C5B7101A82E00800000000F67A78B89C9ADC01000000000000000
 01000000077008811992AAB3BBC4CCD5DDE6EEF
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch / Jahresgespräch T. Brandl
DTSTART;TZID=W. Europe Standard Time:20251028T100000
DTEND;TZID=W. Europe Standard Time:20251028T110000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251013T070707Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Leitung Kreißsaal
END:VEVENT
END:VCALENDAR
""", "annual-appraisal-mitarbeitergespraech-own-manager"),

    # O4 press interview arranged by the hospital's press office
    _neg("outlook-invite", "040000008200E00074C5B7101A82E0080000000007A8B9CAD1EBDC0100000000000000001000000088112233445566778899AABBCCDDEEFF",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Pressestelle Klinikum Isarauen":mailto:presse@klinikum-isarau
 en.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Katja Lamprech
 t (Münchner Abendpost):mailto:k.lamprecht@muenchner-abendpost.de
DESCRIPTION;LANGUAGE=de-DE:Interviewanfrage der Münchner Abendpost für die S
 erie „Wer hilft uns auf die Welt?“ zum Thema Hebammenmangel und 1:1-Betreu
 ung. Frau Lamprecht kommt mit Fotograf. Bitte keine Patientinnen im Bild\; 
 Freigabe der Zitate über die Pressestelle.\n
UID:040000008200E00074C5B7101A82E0080000000007A8B9CAD1EBDC01000000000000000
 01000000088112233445566778899AABBCCDDEEFF
SUMMARY;LANGUAGE=de-DE:Presseinterview Münchner Abendpost – Hebammenmangel (
 T. Brandl)
DTSTART;TZID=W. Europe Standard Time:20251014T110000
DTEND;TZID=W. Europe Standard Time:20251014T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T131313Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kreißsaal / Elternschule
END:VEVENT
END:VCALENDAR
""", "press-interview-user-is-interviewee"),

    # O5 research interview in English, Zoom
    _neg("zoom-invite", "zoom-92817730455-20251119@avonmere.ac.uk",
         r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zoom-92817730455-20251119@avonmere.ac.uk
DTSTAMP:20251110T121500Z
DTSTART:20251119T170000Z
DTEND:20251119T180000Z
SUMMARY:Research interview – Midwives' experiences of continuity of carer (
 CoC-EU study)
ORGANIZER;CN=Siobhan Gallagher:mailto:s.gallagher@avonmere.ac.uk
ATTENDEE;CN=Theresa Brandl;RSVP=TRUE:mailto:theresa.brandl@web.de
LOCATION:https://zoom.us/j/92817730455
DESCRIPTION:Dear Theresa\,\n\nthank you for agreeing to take part in our qu
 alitative study. The semi-structured interview will last about 60 minutes 
 and will be audio-recorded (consent form attached). You can withdraw at any
  time.\n\nSiobhan Gallagher\, RM\, PhD candidate\n\nJoin Zoom Meeting\nhttp
 s://zoom.us/j/92817730455\nMeeting ID: 928 1773 0455\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "research-interview-english-study-participant"),

    # O6 podcast recording
    _neg("google-invite", "9t2v5c8m1p4s7b0d3h6k9n2q5r@google.com",
         GOOGLE_HEAD + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251203T200000
DTEND;TZID=Europe/Berlin:20251203T213000
DTSTAMP:20251120T100000Z
ORGANIZER;CN=Podcast Bauchgefühl:mailto:hallo@bauchgefuehl-podcast.de
UID:9t2v5c8m1p4s7b0d3h6k9n2q5r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
CREATED:20251120T100000Z
DESCRIPTION:Hi Theresa! Aufnahme für Folge 48 „Was passiert eigentlich im 
 Kreißsaal?“ – lockeres Interview\, ca. 60 Min. Bitte mit Kopfhörern\, Link
  zu Riverside kommt am Vortag.\n\nInvitation from Google Calendar: https://
 calendar.google.com/calendar/
LAST-MODIFIED:20251120T100000Z
LOCATION:Riverside.fm (online)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Interview „Bauchgefühl“ – Aufnahme Folge 48
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "podcast-interview-guest"),

    # O7 mock interview with a career coach
    _neg("calendly-invite", "d5f7a9b1-3c5e-4f70-8a2c-4e6a8c0e2a4c",
         r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:d5f7a9b1-3c5e-4f70-8a2c-4e6a8c0e2a4c
DTSTAMP:20251026T111100Z
DTSTART:20251103T180000Z
DTEND:20251103T193000Z
SUMMARY:Probe-Vorstellungsgespräch (Leitungsposition) zwischen Dr. Sabine 
 Achleitner und Theresa Brandl
ORGANIZER;CN=Dr. Sabine Achleitner:mailto:kontakt@achleitner-coaching.de
ATTENDEE;CN=Theresa Brandl;PARTSTAT=ACCEPTED:mailto:theresa.brandl@web.de
LOCATION:Zoom
DESCRIPTION:Event Name: Probe-Vorstellungsgespräch (Leitungsposition)\n\nW
 ir simulieren ein Vorstellungsgespräch mit Pflegedirektion und Chefarzt (i
 ch spiele beide Rollen) inkl. Video-Feedback. Paket „Karrieresprung Pflege
 “\, Sitzung 2 von 3.\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "mock-interview-career-coach"),

    # O8 webinar about applying for leadership roles
    _neg("webinar-invite", "gtw-3318420075-7716@hebammenforum-sued.de",
         r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo Technologies//GoTo Webinar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gtw-3318420075-7716@hebammenforum-sued.de
DTSTAMP:20251001T090000Z
DTSTART:20251015T170000Z
DTEND:20251015T183000Z
SUMMARY:Webinar: Erfolgreich bewerben für Leitungsfunktionen in der Geburts
 hilfe
ORGANIZER;CN=Hebammenforum Süd e.V.:mailto:webinare@hebammenforum-sued.de
ATTENDEE;CN=Theresa Brandl;RSVP=FALSE:mailto:theresa.brandl@web.de
LOCATION:Online (GoTo Webinar)
DESCRIPTION:Vielen Dank für Ihre Anmeldung!\n\nInhalte: Anschreiben und Le
 benslauf für Leitungsstellen\, typische Fragen im Vorstellungsgespräch\, As
 sessment Center und Hearing\, Gehaltsverhandlung (TVöD\, AVR).\nReferentin
 : Dipl.-Pflegewirtin Ursula Kammerl\n\nFortbildungspunkte: 2 (HebBO)\n\nZ
 um Webinar: https://attendee.gotowebinar.com/join/3318420075/7716\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "webinar-about-interviews-for-leadership"),

    # O9 multi-day leadership class, module on selection interviews
    _neg("outlook-invite", "040000008200E00074C5B7101A82E00800000000189ABCDEF012DC01000000000000000010000000992233445566778899AABBCCDDEEFF00",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Bildungszentrum Klinikum Isarauen":mailto:bildungszentrum@kli
 nikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Weiterbildung Leitung einer Station/Einheit (DKG)
 \, Modul 4: Personalauswahl – Stellenprofile\, strukturierte Bewerbungsgesp
 räche führen\, Beurteilungsfehler\, Rollenspiele. Präsenz\, 2 Tage.\n
UID:040000008200E00074C5B7101A82E00800000000189ABCDEF012DC01000000000000000
 010000000992233445566778899AABBCCDDEEFF00
SUMMARY;LANGUAGE=de-DE:WB Stationsleitung Modul 4: Personalauswahl & Bewerb
 ungsgespräche führen
DTSTART;VALUE=DATE:20251112
DTEND;VALUE=DATE:20251114
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250901T100000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bildungszentrum\, Seminarraum 2
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""", "class-module-selection-interviews-all-day"),

    # O10 informational coffee, explicitly not an application
    _neg("apple-event", "7B8C9D0E-1F2A-4B3C-8D4E-5F6A7B8C9D0E",
         APPLE_HEAD + r"""BEGIN:VEVENT
CREATED:20250920T080000Z
UID:7B8C9D0E-1F2A-4B3C-8D4E-5F6A7B8C9D0E
DTEND:20250927T113000
TRANSP:OPAQUE
SUMMARY:Kaffee mit Miri (Geburtshaus Sonnenau) – wie läuft's dort so? kein B
 ewerbungsding 😉
DTSTART:20250927T100000
DTSTAMP:20250920T080000Z
LOCATION:Café Glockenspiel
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "informational-coffee-floating"),

    # O11 job fair, all-day
    _neg("google-export", "4k7n0q3t6v9c2m5p8s1b4d7h0r@google.com",
         r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Bewerbungen 2025/26
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251018
DTEND;VALUE=DATE:20251019
DTSTAMP:20260125T103000Z
UID:4k7n0q3t6v9c2m5p8s1b4d7h0r@google.com
CREATED:20250930T191900Z
DESCRIPTION:Jobmesse Pflege & Gesundheit – Stände u.a. Vitalis\, Loisachtal
 \, Mamacare. Lebensläufe ausdrucken (10x)\, Speed-Dating 11-13 Uhr.
LAST-MODIFIED:20250930T191900Z
LOCATION:MOC Veranstaltungscenter München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jobmesse Pflege & Gesundheit
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "job-fair-all-day-employer-names"),

    # O12 the user gives a reference for a colleague
    _neg("outlook-invite", "040000008200E0080000000029ABCDEF0123DC01000000000000000010000000AA3344556677889900AABBCCDDEEFF11",
         OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Gruber, Doris":mailto:doris.gruber@geburtshaus-lichtblick.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Brandl\,\n\nFrau Anna Ferstl hat Sie 
 als Referenz angegeben (Bewerbung bei uns als Hebamme). Ich würde Sie gern 
 15 Minuten zu ihrer Arbeitsweise im Kreißsaal befragen.\n\nDanke und viele 
 Grüße\nDoris Gruber\, Geburtshaus Lichtblick\n
UID:040000008200E0080000000029ABCDEF0123DC01000000000000000010000000AA33445
 56677889900AABBCCDDEEFF11
SUMMARY;LANGUAGE=de-DE:Referenzgespräch zu Anna Ferstl
DTSTART;TZID=W. Europe Standard Time:20251205T123000
DTEND;TZID=W. Europe Standard Time:20251205T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""", "reference-call-user-is-referee"),

    # O13 prep block before her own hearing
    _neg("apple-event", "8C9D0E1F-2A3B-4C4D-9E5F-6A7B8C9D0E1F",
         APPLE_HEAD + APPLE_BERLIN + r"""BEGIN:VEVENT
CREATED:20260125T200000Z
UID:8C9D0E1F-2A3B-4C4D-9E5F-6A7B8C9D0E1F
DTEND;TZID=Europe/Berlin:20260201T170000
TRANSP:OPAQUE
SUMMARY:Vorbereitung Hearing Salzburg – Führungskonzept Folien + Fragen üb
 en
DTSTART;TZID=Europe/Berlin:20260201T140000
DTSTAMP:20260125T200000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "prep-block-before-own-hearing"),

    # O14 thank-you reminder
    _neg("thunderbird-event", "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f",
         TB_HEAD + r"""BEGIN:VEVENT
CREATED:20250930T190000Z
LAST-MODIFIED:20250930T190000Z
DTSTAMP:20250930T190000Z
UID:c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f
SUMMARY:Dankesmail an Fr. Kreitmair + Hr. Lohmüller (Starnberg) schreiben
DTSTART;VALUE=DATE:20251001
DTEND;VALUE=DATE:20251002
TRANSP:TRANSPARENT
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:PT9H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""", "thank-you-reminder-after-interview"),

    # O15 headhunter call, employer not named
    _neg("google-invite", "8q1t4v7c0m3p6s9b2d5h8k1n4r@google.com",
         GOOGLE_HEAD + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260109T123000
DTEND;TZID=Europe/Berlin:20260109T130000
DTSTAMP:20260106T083000Z
ORGANIZER;CN=Konstantin Falkner:mailto:k.falkner@falkner-partner-health.de
UID:8q1t4v7c0m3p6s9b2d5h8k1n4r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
CREATED:20260106T083000Z
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nwie in meiner Nachricht auf Xing 
 angekündigt: Ich betreue exklusiv die Besetzung einer Leitungsposition Kre
 ißsaal bei einem renommierten Klinikverbund in Süddeutschland. Den Namen d
 es Hauses darf ich erst nach unserem Gespräch und Ihrer Einwilligung nennen
 .\n\nBeste Grüße\nKonstantin Falkner\, Falkner & Partner Health Executive 
 Search\n\nInvitation from Google Calendar: https://calendar.google.com/cal
 endar/
LAST-MODIFIED:20260106T083000Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonat Falkner & Partner – Leitung Kreißsaal (vertraulich)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "headhunter-call-employer-not-named"),

    # O16 sister's interview on the shared family calendar
    _neg("google-invite", "1b4d7h0k3n6q9t2v5c8m1p4s7r@google.com",
         GOOGLE_HEAD + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251022T090000
DTEND;TZID=Europe/Berlin:20251022T103000
DTSTAMP:20251019T180000Z
ORGANIZER;CN=Familie Brandl:mailto:familie.brandl.kalender@gmail.com
UID:1b4d7h0k3n6q9t2v5c8m1p4s7r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lena Brandl;X-NUM-GUESTS=0:mailto:lena.brandl@gmx.de
CREATED:20251019T180000Z
DESCRIPTION:Lenas Vorstellungsgespräch bei der Isarwerk AG (Controlling) – 
 Daumen drücken und danach anrufen! 🍀\n\nInvitation from Google Calendar: 
 https://calendar.google.com/calendar/
LAST-MODIFIED:20251019T180000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lena – Vorstellungsgespräch Isarwerk 🍀
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "sister-interview-shared-family-calendar"),

    # O17 partner's interview, Spanish
    _neg("google-invite", "6n9q2t5v8c1m4p7s0b3d6h9k2r@google.com",
         GOOGLE_HEAD + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251125T100000
DTEND;TZID=Europe/Berlin:20251125T110000
DTSTAMP:20251118T210000Z
ORGANIZER;CN=Javier Morales:mailto:javi.morales.munich@gmail.com
UID:6n9q2t5v8c1m4p7s0b3d6h9k2r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Javier Morales;X-NUM-GUESTS=0:mailto:javi.morales.munich@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
CREATED:20251118T210000Z
DESCRIPTION:Entrevista de trabajo con Grupo Alcázar (Madrid) por videollama
 da – ¡Tere\, no me llames a esa hora! 😅 Luego te cuento.\n\nInvitación de
  Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20251118T210000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Javi – Grupo Alcázar (online)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "partner-entrevista-spanish-user-optional"),
]
