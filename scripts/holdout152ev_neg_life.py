"""holdout152 negatives: the job search around the interviews, and the user's private life."""

from holdout152ev_ics import ev

EVENTS = [
    ev(
        "mock-interview",
        "calendly-COACH-MOCK-9QW2@calendly.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-COACH-MOCK-9QW2@calendly.com
DTSTAMP:20261008T120000Z
DTSTART:20261010T080000Z
DTEND:20261010T093000Z
SUMMARY:Chiara Romano and Regula Imboden
DESCRIPTION:Event Name: Mock-Interview Führungsposition (90 Min.)\n\nProbe
 interview mit Video-Feedback\, Schwerpunkt Director-Level in der Hotelleri
 e (Case + Fragen zur Führung). Bitte Stelleninserat mitbringen.\n\nLocati
 on: Imboden Coaching\, Seefeldstrasse 45\, 8008 Zürich\n\nPowered by Calen
 dly.com
LOCATION:Imboden Coaching\, Seefeldstrasse 45\, 8008 Zürich
ORGANIZER;CN=Regula Imboden:mailto:regula@imboden-coaching.ch
ATTENDEE;CN=Chiara Romano;PARTSTAT=ACCEPTED:mailto:chiara.romano.hotel@bl
 uewin.ch
END:VEVENT
END:VCALENDAR""",
        trap="mock-interview-with-coach",
    ),
    ev(
        "webinar",
        "zoom-webinar-hsmai-88120@zoom.us",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoom-webinar-hsmai-88120@zoom.us
DTSTAMP:20260925T090000Z
DTSTART:20261006T150000Z
DTEND:20261006T160000Z
SUMMARY:Webinar: Landing your Director of Revenue role – interview & case
  study tips
DESCRIPTION:Hi Chiara Romano\,\nThank you for registering for "Landing your
  Director of Revenue role". Panelists: recruiters from Accor\, Hilton and
  Marriott share what they look for in the interview and the case study.\n\n
 Join from PC\, Mac: https://hsmai.zoom.us/w/88120?tk=aa1\nWebinar ID: 881
  2003 4410
LOCATION:https://hsmai.zoom.us/w/88120
ORGANIZER;CN=HSMAI Europe:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR""",
        trap="webinar-about-interviewing-names-chains",
    ),
    ev(
        "coffee-chat",
        "EE12AB34-CD56-4E78-9F01-23456789ABCD",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
BEGIN:VEVENT
UID:EE12AB34-CD56-4E78-9F01-23456789ABCD
DTSTAMP:20261001T211000Z
DTSTART;TZID=Europe/Zurich:20261003T100000
DTEND;TZID=Europe/Zurich:20261003T110000
SUMMARY:Kafi mit Sandro (jetzt Accor Area RM) – Insights Cluster-Job?
DESCRIPTION:nur informell! fragen wie das Team ist\, Lohnband\, wer Hiring
  Manager ist. Sprüngli Paradeplatz
LOCATION:Confiserie Sprüngli\, Paradeplatz
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="informational-coffee-ex-colleague-at-target",
    ),
    ev(
        "career-day",
        "hotelcareer-jobday-zrh-2026@yourcareergroup.com",
        r"""BEGIN:VCALENDAR
PRODID:-//YOURCAREERGROUP//Events//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:hotelcareer-jobday-zrh-2026@yourcareergroup.com
DTSTAMP:20260920T090000Z
DTSTART;TZID=Europe/Zurich:20261024T100000
DTEND;TZID=Europe/Zurich:20261024T160000
SUMMARY:Hospitality Career Day Zürich (Besucherin)
DESCRIPTION:Dein Ticket für den Hospitality Career Day. Über 40 Arbeitgeb
 er vor Ort\, Speed-Dating mit Recruitern\, CV-Check. Aussteller u.a. Accor
 \, Marriott\, Sorell Hotels\, Bürgenstock.
LOCATION:Kongresshaus Zürich
ORGANIZER;CN=HOTELCAREER:mailto:events@hotelcareer.ch
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="careers-fair-visitor-lists-employers",
    ),
    ev(
        "reference-call",
        "5t6z7u8i9o0p@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261016T083000Z
DTEND:20261016T090000Z
DTSTAMP:20261014T110000Z
ORGANIZER;CN=Emily Clarke:mailto:emily.clarke@fourseasons.com
UID:5t6z7u8i9o0p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Chiara Romano;X-NUM-GUESTS=0:mailto:c.romano@seeblick-zuerich.ch
DESCRIPTION:Dear Chiara\, thank you for agreeing to provide a reference fo
 r Marco Gentile\, who is in the final stage for our Revenue Manager positi
 on in Geneva. The call will take about 20 minutes. Best\, Emily (Talent A
 cquisition\, Four Seasons Hotel des Bergues Geneva)
LOCATION:Phone +41 22 908 70 00
SUMMARY:Reference call – Marco Gentile
END:VEVENT
END:VCALENDAR""",
        trap="reference-call-user-as-referee",
    ),
    ev(
        "headhunter-call",
        "040000008200E00074C5B7101A82E00800000000HH0099DC0100000000000000001000000099HH",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Liebe Frau Romano\n\nDanke für die Vernetzung. Ich möchte Sie
  gerne kennenlernen und mir ein Bild von Ihren Plänen machen – wir betreue
 n laufend vertrauliche Mandate im Bereich Commercial/Revenue für Luxus- u
 nd Lifestyle-Hotels in der DACH-Region.\n\nHerzliche Grüsse\nStephan Roth
 \nPartner | Hospitality Practice\n
DTEND;TZID="W. Europe Standard Time":20261002T080000
DTSTAMP:20260929T150000Z
DTSTART;TZID="W. Europe Standard Time":20261002T073000
LOCATION:Telefon
ORGANIZER;CN="Roth, Stephan":mailto:s.roth@alpine-executive-search.ch
ATTENDEE;CN=chiara.romano.hotel@bluewin.ch;RSVP=TRUE:mailto:chiara.romano.h
 otel@bluewin.ch
SUMMARY;LANGUAGE=de-ch:Kennenlernen Frau Romano / S. Roth
UID:040000008200E00074C5B7101A82E00800000000HH0099DC01000000000000000010000
 00099HH
END:VEVENT
END:VCALENDAR""",
        trap="headhunter-kennenlernen-no-employer",
    ),
    ev(
        "linkedin-intro",
        "calendly-LI-RECR-7ZK3@calendly.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-LI-RECR-7ZK3@calendly.com
DTSTAMP:20261019T180000Z
DTSTART:20261021T170000Z
DTEND:20261021T171500Z
SUMMARY:Chiara Romano and Omar Siddiqui
DESCRIPTION:Event Name: 15 Minute Intro – Hospitality Leadership (Middle E
 ast)\n\nHi Chiara\, great to connect on LinkedIn. I'd love a quick intro t
 o understand what you're looking for and your openness to relocating to t
 he UAE or KSA. Several luxury openings in 2027.\n\nLocation: WhatsApp call
 \n\nPowered by Calendly.com
LOCATION:WhatsApp call
ORGANIZER;CN=Omar Siddiqui:mailto:omar@gulfhospitalitytalent.com
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
END:VCALENDAR""",
        trap="recruiter-intro-no-employer-gulf",
    ),
    ev(
        "prep-block",
        "7u8i9o0p1a2s@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261111T190000
DTEND;TZID=Europe/Zurich:20261111T213000
DTSTAMP:20261108T200000Z
UID:7u8i9o0p1a2s@google.com
SUMMARY:Prep Marriott final – 90-Tage-Plan\, STR\, Fragen an RVP
DESCRIPTION:Folien nochmals durch\, Story "Kongress-Displacement 2025"\, w
 arum Marriott/warum jetzt. Früh ins Bett!
TRANSP:OPAQUE
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="prep-block-before-final",
    ),
    ev(
        "thank-you",
        "9o0p1a2s3d4f@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261023
DTEND;VALUE=DATE:20261024
DTSTAMP:20261022T120000Z
UID:9o0p1a2s3d4f@google.com
SUMMARY:Dankes-Mail an Nathalie Berger + Stefan Imhof (Accor Case)
DESCRIPTION:kurz\, auf Englisch\, Punkt F&B-Mix nachliefern
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
        trap="thank-you-reminder-names-interviewers",
    ),
    ev(
        "medical",
        "AB98CD76-EF54-4A32-B10C-DE98FA76BC54",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
BEGIN:VEVENT
UID:AB98CD76-EF54-4A32-B10C-DE98FA76BC54
DTSTAMP:20261208T090000Z
DTSTART;TZID=Europe/Zurich:20261215T073000
DTEND;TZID=Europe/Zurich:20261215T090000
SUMMARY:Pre-employment medical (Jumeirah) – nüchtern!
DESCRIPTION:Blutbild\, Thorax-Röntgen\, für UAE Visum / Offer. Pass + Offer
  Letter mitnehmen. Formular vom Onboarding-Team.
LOCATION:Hirslanden Klinik Im Park\, Seestrasse 220
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="pre-employment-medical-after-offer",
    ),
    ev(
        "dentista",
        "1a2s3d4f5g6h@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20261009T071500Z
DTEND:20261009T080000Z
DTSTAMP:20260930T100000Z
UID:1a2s3d4f5g6h@google.com
SUMMARY:dentista
LOCATION:Dr. Marti\, Zahnarztpraxis Stauffacher
END:VEVENT
END:VCALENDAR""",
        trap="personal-dentist-italian",
    ),
    ev(
        "mamma",
        "3d4f5g6h7j8k@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261107
DTEND;VALUE=DATE:20261109
DTSTAMP:20261001T200000Z
UID:3d4f5g6h7j8k@google.com
SUMMARY:Como – compleanno mamma 🎂
DESCRIPTION:Zug Sa 8:09 ab Zürich HB\, Torta bestellen bei Pasticceria Fre
 sco
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
        trap="personal-family-weekend",
    ),
    ev(
        "bank-beratung",
        "ubs-appt-20261017-2231@ubs.com",
        r"""BEGIN:VCALENDAR
PRODID:-//UBS Switzerland AG//Terminvereinbarung//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ubs-appt-20261017-2231@ubs.com
DTSTAMP:20261011T090000Z
DTSTART;TZID=Europe/Zurich:20261017T093000
DTEND;TZID=Europe/Zurich:20261017T103000
SUMMARY:Beratungsgespräch Vorsorge & Säule 3a
DESCRIPTION:Ihre Kundenberaterin: Frau Jasmin Rüegg. Bitte bringen Sie Ihr
 en aktuellen Lohnausweis und den Pensionskassenausweis mit.
LOCATION:UBS Geschäftsstelle Zürich-Enge\, Bederstrasse 1
ORGANIZER;CN=UBS Termine:mailto:noreply-termine@ubs.com
ATTENDEE;CN=Chiara Romano:mailto:chiara.romano.hotel@bluewin.ch
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="bank-beratungsgespraech",
    ),
    ev(
        "migrationsamt",
        "6h7j8k9l0z1x@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20261120T113000Z
DTEND:20261120T120000Z
DTSTAMP:20261102T070000Z
UID:6h7j8k9l0z1x@google.com
SUMMARY:Migrationsamt – Termin Ausweis C (biometrische Daten)
DESCRIPTION:Terminbestätigung Nr. 2026-ZH-558102\, Pass + altes B mitnehme
 n\, CHF 65
LOCATION:Migrationsamt des Kantons Zürich\, Berninastrasse 45
END:VEVENT
END:VCALENDAR""",
        trap="official-appointment-permit",
    ),
    ev(
        "hausarzt",
        "8k9l0z1x2c3v@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261106T173000
DTEND;TZID=Europe/Zurich:20261106T180000
DTSTAMP:20261030T120000Z
UID:8k9l0z1x2c3v@google.com
SUMMARY:Dr. Weber Kontrolle + Grippeimpfung
LOCATION:Praxis am Idaplatz
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="personal-doctor",
    ),
    ev(
        "besichtigung",
        "0z1x2c3v4b5n@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261014T181500
DTEND;TZID=Europe/Zurich:20261014T184500
DTSTAMP:20261012T190000Z
UID:0z1x2c3v4b5n@google.com
SUMMARY:Wohnungsbesichtigung 3.5 Zi Wipkingen
DESCRIPTION:Verwaltung Livit\, Hr. Odermatt. Unterlagen: Betreibungsauszug
 \, Lohnausweis. Mietzins 2'950 inkl.
LOCATION:Rötelstrasse 88\, 8037 Zürich
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="apartment-viewing",
    ),
    ev(
        "student-career-chat",
        "teams-ehl-career-chat-0042@students.ehl.ch",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DESCRIPTION:Dear Ms Romano\, thank you for accepting my LinkedIn request! A
 s part of the EHL "Career Explorer" module I am interviewing professional
 s about their career path in revenue management. 30 minutes on Teams.\nKi
 nd regards\, Aditi Rao\n
DTEND:20261026T173000Z
DTSTAMP:20261021T130000Z
DTSTART:20261026T170000Z
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Rao Aditi":mailto:aditi.rao@students.ehl.ch
ATTENDEE;CN="chiara.romano.hotel@bluewin.ch";RSVP=TRUE:mailto:chiara.roman
 o.hotel@bluewin.ch
SUMMARY;LANGUAGE=en-us:Career path interview – Revenue Management (EHL)
UID:teams-ehl-career-chat-0042@students.ehl.ch
END:VEVENT
END:VCALENDAR""",
        trap="student-interviews-user-about-career",
    ),
]
