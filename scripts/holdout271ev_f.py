# ruff: noqa: E501, W291, W293, RUF100
"""holdout271: other negatives, part f (family interviews, personal appointments, trade meetings, other languages)."""

from holdout271ev_zones import ROMANCE, VIENNA_APPLE, VIENNA_LIC, W_EUROPE

EVENTS = [
    dict(
        kind="google-export-thank-you-reminder",
        uid="10f01e6d169ac3c38e33aa6c@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="thank-you-reminder-names-interviewers",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Elisabeth privat
X-WR-TIMEZONE:Europe/Vienna
{VIENNA_LIC}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250206T193000
DTEND;TZID=Europe/Vienna:20250206T194500
DTSTAMP:20250410T061500Z
UID:10f01e6d169ac3c38e33aa6c@google.com
CREATED:20250205T070000Z
DESCRIPTION:nach Graz: kurze Dankesmail an Hr. Pirker + Ing. Koller\, cc Fr.
  Hammer. Konzeptskizze Region Süd-Ost anhängen
LAST-MODIFIED:20250205T070000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dankesmail Pietas schicken!
TRANSP:TRANSPARENT
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H0M0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-recruiter-no-employer",
        uid="040000008200E00074C5B7101A82E00800000000E1C5A9F7000000000000000010000000387D0B2E4F1A96C5B2E8D7A0C3F14B92",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="recruiter-names-no-employer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Wallisch, Dr. Karin":mailto:k.wallisch@wallisch-executive.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nich bin auf Ihr Prof
 il aufmerksam geworden und würde Ihnen gerne vertraulich eine Position als G
 eschäftsführerin eines traditionsreichen Bestattungsunternehmens in Westöster
 reich vorstellen. Den Namen meiner Klientin kann ich Ihnen in diesem Stadium
  leider noch nicht nennen. In einem ersten Telefonat möchte ich klären\, ob 
 ein Wechsel für Sie grundsätzlich interessant ist.\n\nBeste Grüße\nDr. Karin
  Wallisch\n
UID:040000008200E00074C5B7101A82E00800000000E1C5A9F7000000000000000010000000387D0B2E4F1A96C5B2E8D7A0C3F14B92
SUMMARY;LANGUAGE=de-AT:Erstkontakt – vertrauliche Position Geschäftsführung (Westösterreich)
DTSTART;TZID=W. Europe Standard Time:20250325T173000
DTEND;TZID=W. Europe Standard Time:20250325T180000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250319T190040Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-son-spanish",
        uid="fef68718bbb21e60ed69dba1@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="family-member-entrevista-spanish",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250310T110000Z
DTEND:20250310T113000Z
DTSTAMP:20250303T101500Z
ORGANIZER;CN=Paul Pröll:mailto:paul.proell@gmail.com
UID:fef68718bbb21e60ed69dba1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Paul Pröll;X-NUM-GUESTS=0:mailto:paul.proell@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elisabeth.proell@gmx.at;X-NUM-GUESTS=0:mailto:elisabeth.proell@gmx.
 at
CREATED:20250303T101459Z
DESCRIPTION:Mama\, nur zur Info – meine Entrevista für Salamanca! Bitte an d
 em Tag nicht anrufen 😅\n\n---\nEstimado Paul:\nLe confirmamos su entrevista d
 e nivel (español B2) para el programa de movilidad Erasmus+ en la Universida
 d de Salamanca\, Facultad de Traducción.\nLa entrevista se realizará por Goo
 gle Meet.\nOficina de Relaciones Internacionales\n\nInvitation from Google C
 alendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20250303T101459Z
LOCATION:https://meet.google.com/vqa-mnzd-ehc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Paul – Entrevista Erasmus+ Salamanca (nivel B2)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-daughter-vorstellungsgespraech",
        uid="66D5029E-DF6B-474A-A1BB-0014C10D191E",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="daughter-vorstellungsgespraech-hand-typed",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250219T071200Z
DTEND;TZID=Europe/Vienna:20250227T163000
DTSTAMP:20250219T071245Z
DTSTART;TZID=Europe/Vienna:20250227T153000
LAST-MODIFIED:20250219T071245Z
LOCATION:Apotheke zum Löwen\, Hütteldorfer Str. 130
DESCRIPTION:Lena Lehrstelle PKA – hinbringen\, Zeugnis + Lebenslauf Mappe! ich
  warte im Café gegenüber
SEQUENCE:0
SUMMARY:Lena VG Apotheke 15:30
TRANSP:OPAQUE
UID:66D5029E-DF6B-474A-A1BB-0014C10D191E
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT45M
UID:4AF7FFBD-368F-4976-9A4B-34073B5C2D7F
X-WR-ALARMUID:4AF7FFBD-368F-4976-9A4B-34073B5C2D7F
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-spouse-interview",
        uid="490d4fe53b39177408bf381b@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="spouse-bewerbungsgespraech",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Pröll
X-WR-TIMEZONE:Europe/Vienna
{VIENNA_LIC}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250212T090000
DTEND;TZID=Europe/Vienna:20250212T103000
DTSTAMP:20250410T061500Z
UID:490d4fe53b39177408bf381b@google.com
CREATED:20250207T183000Z
DESCRIPTION:Thomas hat das Auto (Bewerbungsgespräch Stadtwerke Klosterfeld\, 
 Fuhrparkleitung). Ich fahre mit Öffis.
LAST-MODIFIED:20250207T183000Z
LOCATION:Klosterfeld
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thomas Bewerbungsgespräch – Auto weg!
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-floating-parent-teacher",
        uid="71a86d91-2ff0-498d-9656-6b7d88877753",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="parent-teacher-gespraech-floating",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250218T200000Z
LAST-MODIFIED:20250218T200100Z
DTSTAMP:20250218T200100Z
UID:71a86d91-2ff0-498d-9656-6b7d88877753
SUMMARY:Elterngespräch Lena – KV Fr. Mag. Rainer
DTSTART:20250225T170000
DTEND:20250225T172000
LOCATION:Polytechnische Schule\, Zi. 12
DESCRIPTION:Thema Mathe + Berufsorientierung (Lehrstelle PKA). Mitteilungshef
 t mitnehmen.
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-medical-intake",
        uid="CD995709-DC71-496E-A567-998D8C312D28",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="medical-aufnahmegespraech-reha",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250422T090000Z
DTEND;TZID=Europe/Vienna:20250512T090000
DTSTAMP:20250422T090112Z
DTSTART;TZID=Europe/Vienna:20250512T080000
LAST-MODIFIED:20250422T090112Z
LOCATION:Reha-Zentrum Hietzing\, Ambulanz
DESCRIPTION:Ambulante Reha Knie – Aufnahmegespräch mit Ärztin + Physio-Befu
 nd. e-card\, Röntgen-CD\, Überweisung mitnehmen. nüchtern NICHT nötig
SEQUENCE:0
SUMMARY:Aufnahmegespräch Reha (Knie)
TRANSP:OPAQUE
UID:CD995709-DC71-496E-A567-998D8C312D28
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-podcast-english",
        uid="8be18325-62e8-4069-b29b-55d2b5f0475f@riverside.example.fm",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="podcast-interview-english",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250410T150000Z
DTEND:20250410T160000Z
DTSTAMP:20250331T194500Z
ORGANIZER;CN=Hannah Whitfield:mailto:hannah@deathmatterseurope.example.org
UID:8be18325-62e8-4069-b29b-55d2b5f0475f@riverside.example.fm
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Elisabeth Pröll;X-NUM-GUESTS=0:mailto:elisabeth.proell@gmx.at
CREATED:20250331T194459Z
DESCRIPTION:Hi Elisabeth\,\n\nso excited to have you on Death Matters Europe!
  For episode 58 I'd love to interview you about Viennese funeral culture – 
 \"schöne Leich\"\, the cemetery tram myths and how Austrian funeral directors
  work with families. Recording takes about 45 minutes\, audio + video.\n\nS
 tudio link: https://riverside.example.fm/studio/death-matters-europe?t=e4b1
 \nPlease use headphones and Chrome.\n\nHannah\n\nInvitation from Google Cal
 endar: https://calendar.google.com/calendar/
LAST-MODIFIED:20250331T194459Z
LOCATION:https://riverside.example.fm/studio/death-matters-europe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast recording: Death Matters Europe – interview with Elisabeth Pröll
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-trade-guild-meeting",
        uid="040000008200E00074C5B7101A82E00800000000C4A1E8B5000000000000000010000000F0D2B9A37E15C4862A0E3D1B5C7F9A48",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="trade-meeting-erstgespraech-talk",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Landesinnung Wien der Bestatter:mailto:innung.bestatter@wirtschaft-wien.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Einladung zur Innungstagung 2025\n\n14:00 Begrüßung 
 Landesinnungsmeister\n14:30 Vortrag: „Das Erstgespräch mit Hinterbliebenen 
 – Gesprächsführung im Trauerfall“ (Dr. Eva Reisinger\, Psychotherapeutin)\n
 15:30 Novelle Wiener Leichen- und Bestattungsgesetz\n16:30 Nachwuchs: Lehrli
 ngsausbildung & Bewerbungsgespräche mit Jugendlichen – Erfahrungsaustausch\n
 17:30 Buffet\n
UID:040000008200E00074C5B7101A82E00800000000C4A1E8B5000000000000000010000000F0D2B9A37E15C4862A0E3D1B5C7F9A48
SUMMARY;LANGUAGE=de-AT:Innungstagung 2025 der Bestatter
DTSTART;TZID=W. Europe Standard Time:20250220T140000
DTEND;TZID=W. Europe Standard Time:20250220T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250115T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Haus der Wirtschaft\, Festsaal
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-press-conference",
        uid="040000008200E00074C5B7101A82E0080000000071F3C0A9000000000000000010000000A2E5D8B14C07F3961E2B0D4A6C8F1E73",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="pressegespraech-press-conference",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Zach, Herbert":mailto:h.zach@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lechner, Sabine":mailto:s.lechner@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Pressegespräch zur Eröffnung unserer neuen Verabschie
 dungshalle. Bezirksblatt\, Radio Wien-Mitte und Kirchenzeitung haben zugesagt
 . Elisabeth: kurzes Statement zu den neuen Trauerfeier-Formen (5 Min.)\, da
 nach Führung und Interviews.\n
UID:040000008200E00074C5B7101A82E0080000000071F3C0A9000000000000000010000000A2E5D8B14C07F3961E2B0D4A6C8F1E73
SUMMARY;LANGUAGE=de-AT:Pressegespräch Eröffnung Verabschiedungshalle
DTSTART;TZID=W. Europe Standard Time:20250506T100000
DTEND;TZID=W. Europe Standard Time:20250506T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250415T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Neue Verabschiedungshalle\, Hütteldorfer Straße 212
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-ams-appointment",
        uid="A23B7951-77B2-4794-AA66-ED8BBCA96490",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="ams-counselling-not-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250310T091500Z
DTEND;TZID=Europe/Vienna:20250324T090000
DTSTAMP:20250310T091622Z
DTSTART;TZID=Europe/Vienna:20250324T083000
LAST-MODIFIED:20250310T091622Z
LOCATION:AMS Hietzing\, Hietzinger Kai 139
DESCRIPTION:Beratungstermin Fr. Koller (arbeitsuchend vorgemerkt) – Betreuungs
 vereinbarung\, Liste der Bewerbungen + Vermittlungsvorschläge mitnehmen
SEQUENCE:0
SUMMARY:AMS Termin Fr. Koller
TRANSP:OPAQUE
UID:A23B7951-77B2-4794-AA66-ED8BBCA96490
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-monthly-supervision",
        uid="040000008200E00074C5B7101A82E00800000000A0B7E3D9000000000000000010000000C5F1A8E20D4B73961F3E2C0A5D7B9E14",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="supervision-recurring-monthly",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moser, Stefan":mailto:s.moser@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kainz, Gerhard":mailto:g.kainz@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mag. Birgit Ertl (Supervisorin):mailto:ertl@supervision-ertl.example.at
DESCRIPTION;LANGUAGE=de-AT:Team-Supervision (monatlich\, 1. Mittwoch): belastend
 e Sterbefälle\, Kinderbestattungen\, Suizide. Vertraulich.\n
RRULE:FREQ=MONTHLY;COUNT=6;BYDAY=1WE
UID:040000008200E00074C5B7101A82E00800000000A0B7E3D9000000000000000010000000C5F1A8E20D4B73961F3E2C0A5D7B9E14
SUMMARY;LANGUAGE=de-AT:Team-Supervision
DTSTART;TZID=W. Europe Standard Time:20250108T170000
DTEND;TZID=W. Europe Standard Time:20250108T190000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20241218T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Besprechungszimmer EG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-eulogist-briefing-for-family",
        uid="040000008200E00074C5B7101A82E008000000005B9E2F04000000000000000010000000D9A3C7F1B20E45786C1D3F0A2E4B8C95",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="trauerredner-vorgespraech-for-family",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wolfgang Lind:mailto:w.lind@trauerreden-lind.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrea Bauer:mailto:andrea.bauer.1972@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Vorgespräch für die Trauerrede: Hr. Lind lernt Fam. B
 auer kennen (Verstorbene: Maria Bauer\, 91). Lebenslauf\, Fotos\, Lieblingsm
 usik. Verabschiedung am 21.3.\, 13:00\, Feuerhalle.\n
UID:040000008200E00074C5B7101A82E008000000005B9E2F04000000000000000010000000D9A3C7F1B20E45786C1D3F0A2E4B8C95
SUMMARY;LANGUAGE=de-AT:Vorgespräch Trauerrede Fam. Bauer mit Hr. Lind
DTSTART;TZID=W. Europe Standard Time:20250317T100000
DTEND;TZID=W. Europe Standard Time:20250317T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T141000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Beratungsraum 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-notary",
        uid="68635dc9a655a0ca584f8071@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="personal-notary-verlassenschaft",
        hiring=False,
        eol="\n",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Elisabeth privat
X-WR-TIMEZONE:Europe/Vienna
{VIENNA_LIC}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250404T110000
DTEND;TZID=Europe/Vienna:20250404T120000
DTSTAMP:20250410T061500Z
UID:68635dc9a655a0ca584f8071@google.com
CREATED:20250320T160000Z
DESCRIPTION:Verlassenschaft Tante Hedi – Gerichtskommissär. Sterbeurkunde\, 
 Testament-Kopie\, Kontoauszüge\, Ausweis. Mit Thomas.
LAST-MODIFIED:20250320T160000Z
LOCATION:Notariat Dr. Weixelbaum\, Mariahilfer Str. 88\, 1070 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Notar – Verlassenschaft Tante Hedi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-webinar-arrangement-english",
        uid="zoom-webinar-89120446712-20250423@zoom.us",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="webinar-arrangement-conference-interviewing-families",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
{VIENNA_LIC}
BEGIN:VEVENT
DTSTAMP:20250402T140000Z
DTSTART;TZID=Europe/Vienna:20250423T190000
DTEND;TZID=Europe/Vienna:20250423T203000
SUMMARY:Webinar: The Arrangement Conference – Interviewing Families with Empathy
UID:zoom-webinar-89120446712-20250423@zoom.us
TZID:Europe/Vienna
DESCRIPTION:Hi Elisabeth Pröll\,\n\nThank you for registering for "The Arrange
 ment Conference – Interviewing Families with Empathy" (International Deathca
 re Academy\, CPD 1.5 h).\n\nLearn how to structure the first interview with 
 bereaved families\, ask open questions and handle conflict between relative
 s.\n\nJoin from PC\, Mac\, iPad or Android: https://us02web.zoom.us/w/891204
 46712?tk=Xh3nQ\n\nWebinar ID: 891 2044 6712\nPasscode: 230425
LOCATION:https://us02web.zoom.us/w/89120446712
ORGANIZER;CN=International Deathcare Academy:mailto:webinars@deathcare-academy.example.org
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-press-call",
        uid="040000008200E00074C5B7101A82E008000000008A2C5F13000000000000000010000000E6D0B3A94F27C1580A3E1D2C4B6F9A25",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="french-press-entretien-telephone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Garnier, Julien":mailto:j.garnier@courrier-funeraire.example.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=fr-FR:Chère Madame Pröll\,\n\nMerci d'avoir accepté cet ent
 retien téléphonique pour notre dossier « Les rites funéraires en Europe cen
 trale ». Je vous appellerai au +43 664 318 27 09. L'article paraîtra dans l
 e numéro de juin du Courrier Funéraire.\n\nBien à vous\,\nJulien Garnier\nJ
 ournaliste\n
UID:040000008200E00074C5B7101A82E008000000008A2C5F13000000000000000010000000E6D0B3A94F27C1580A3E1D2C4B6F9A25
SUMMARY;LANGUAGE=fr-FR:Entretien téléphonique – Le Courrier Funéraire (E. Pröll\, Vienne)
DTSTART;TZID=Romance Standard Time:20250415T090000
DTEND;TZID=Romance Standard Time:20250415T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T082010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Téléphone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
]
