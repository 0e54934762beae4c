"""holdout193 events, part h: Stefan on the hiring side at the Alpenhof Seefeld, 2 of 2.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: E501, W291

EVENTS = [
    (
        "lehrlingscasting",
        "040000008200E00074C5B7101A82E0080000000066FF7700881100DB01000000000000001000000C4548524C494E474341535449",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-apprentice-casting-jury",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN=Personalbüro Alpenhof:mailto:personal@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Küchenchef Alpenhof:mailto:kueche@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Lehrlingscasting für Herbst 2027: 6 Jugendliche 
 (HGA + Koch/Köchin)\, je 20 Min. Gespräch + kleine Aufgabe (Gast begrüßen\,
  Tisch eindecken). Bewertungsbögen liegen im Personalbüro. Stefan und Chef
 koch in der Jury.\n
UID:040000008200E00074C5B7101A82E0080000000066FF7700881100DB01000000000000001000000C4548524C494E474341535449
SUMMARY;LANGUAGE=de-AT:Lehrlingscasting 2027 (HGA / Küche)
DTSTART;TZID=W. Europe Standard Time:20270128T090000
DTEND;TZID=W. Europe Standard Time:20270128T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20270110T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Seminarraum Wetterstein
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "allday-schnupperlehre",
        "2hq7m1v5c9k3n0b8r6t4d2f0wz@google.com",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-pupil-schnupperlehre-at-his-desk",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Front Office Alpenhof
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261118
DTEND;VALUE=DATE:20261120
DTSTAMP:20261201T190455Z
UID:2hq7m1v5c9k3n0b8r6t4d2f0wz@google.com
CREATED:20261110T071522Z
DESCRIPTION:Elif (PTS Telfs) schnuppert 2 Tage an der Rezeption\, interessi
 ert an Lehre HGA. Mitlaufen mit Stefan / Lukas. Am Ende Beurteilungsbogen f
 ür die Schule ausfüllen + ob wir ihr eine Lehrstelle anbieten.
LAST-MODIFIED:20261110T071522Z
LOCATION:Rezeption
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Schnupperlehre Rezeption – Elif (PTS)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "teams-candidate-english",
        "040000008200E00074C5B7101A82E00800000000778899AABBCCDB010000000000000000100000005A534F46494154F354482D485553",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-teams-english-candidate-abroad",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=zsofia.toth.hu@gmail.com:mailto:zsofia.toth.hu@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Zsófia\,\n\nthank you for your application as 
 Reservations Agent for the winter season at Alpenhof Seefeld. Let's have a 
 short video call so I can tell you more about the job\, the staff house and 
 Seefeld.\n\nBest\nStefan Brunner\nFront Office Manager\n\n____________________
 ____________________________________________________________\nMicrosoft Team
 s meeting\nJoin on your computer\, mobile app or room device\nMeeting ID: 3
 11 845 297 604\nPasscode: Tz3mR8\n________________________________________
 ________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000778899AABBCCDB010000000000000000100000005A534F46494154F354482D485553
SUMMARY;LANGUAGE=en-US:Interview Reservations Agent – Zsófia Tóth / Alpenhof Seefeld
DTSTART;TZID=W. Europe Standard Time:20261105T160000
DTEND;TZID=W. Europe Standard Time:20261105T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261102T201500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "job-day",
        "040000008200E00074C5B7101A82E0080000000088990011AABBDB0100000000000000001000000A4F42444159414C50454E484F46",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-hosts-walk-in-job-day",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Lanser, Martin":mailto:m.lanser@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Job-Day Wintersaison: Walk-in ohne Termin\, Lob
 by + Bar. FO (Stefan)\, HK (Irmgard)\, Küche\, Service führen Kurzgespräche
 . Zusagen möglichst gleich vor Ort. Flyer + Insta-Post macht Claudia.\n
UID:040000008200E00074C5B7101A82E0080000000088990011AABBDB0100000000000000001000000A4F42444159414C50454E484F46
SUMMARY;LANGUAGE=de-AT:Alpenhof Job-Day – komm vorbei\, stell dich vor!
DTSTART;TZID=W. Europe Standard Time:20261024T100000
DTEND;TZID=W. Europe Standard Time:20261024T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261005T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Lobby & Hotelbar Alpenhof
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ams-jobboerse",
        "9F2C7E14-3A8B-4D56-B1E0-7C5D2A9F8E31",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-ams-job-fair-stand-recruiting",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 26.0//EN
CALSCALE:GREGORIAN
%%TZ vienna-apple%%
BEGIN:VEVENT
CREATED:20260928T112201Z
UID:9F2C7E14-3A8B-4D56-B1E0-7C5D2A9F8E31
DTEND;TZID=Europe/Vienna:20261007T160000
TRANSP:OPAQUE
SUMMARY:AMS Jobbörse Tourismus IBK – Stand Alpenhof
LAST-MODIFIED:20260928T112230Z
DTSTAMP:20260928T112230Z
DTSTART;TZID=Europe/Vienna:20261007T090000
LOCATION:Congress Innsbruck
DESCRIPTION:mit Claudia\, Roll-up + Flyer + Bewerbungsbögen mitnehmen\, Ke
 nnenlerngespräche direkt am Stand
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "probearbeiten-nacht",
        "20261112T203014-5520@thunderbird-stefan",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-night-trial-shift-supervised",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
%%TZ vienna-google%%
BEGIN:VEVENT
CREATED:20261112T203014Z
LAST-MODIFIED:20261112T203014Z
DTSTAMP:20261112T203014Z
UID:20261112T203014-5520@thunderbird-stefan
SUMMARY:Probearbeiten Nachtportier Hr. Kovač
DTSTART;TZID=Europe/Vienna:20261117T220000
DTEND;TZID=Europe/Vienna:20261118T060000
DESCRIPTION:Einschulung durch Rudi\, ich komm um 22h zur Übergabe und um 6 z
 um Feedback. Kassa-Abschluss + Night Audit protel zeigen.
LOCATION:Rezeption Alpenhof
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-stv-empfangschef",
        "040000008200E00074C5B7101A82E00800000000AA00BB11CC22DB010000000000000000100000005354564D4F5249545A53415241480",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-title-looks-like-own-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN=Personalbüro Alpenhof:mailto:personal@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lanser, Martin":mailto:m.lanser@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Fr. Sarah Moritz\, derzeit Hotel Post Lermoos. Stel
 lv. Empfangschef/in ab 1.12. (deine Vertretung!). Martin und du führt das Ge
 spräch\, ich bin nur am Anfang kurz dabei.\n
UID:040000008200E00074C5B7101A82E00800000000AA00BB11CC22DB010000000000000000100000005354564D4F5249545A53415241480
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Stellv. Empfangschef/in – Fr. Moritz
DTSTART;TZID=W. Europe Standard Time:20261020T100000
DTEND;TZID=W. Europe Standard Time:20261020T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261014T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Direktionsbüro
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "referenz-einholen",
        "20261026T081512-9014@thunderbird-stefan",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-reference-check-on-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
%%TZ vienna-google%%
BEGIN:VEVENT
CREATED:20261026T081512Z
LAST-MODIFIED:20261026T081512Z
DTSTAMP:20261026T081512Z
UID:20261026T081512-9014@thunderbird-stefan
SUMMARY:Referenz einholen – Fr. Moritz (Hotel Post Lermoos\, FOM anrufen)
DTSTART;TZID=Europe/Vienna:20261027T093000
DTEND;TZID=Europe/Vienna:20261027T094500
DESCRIPTION:Sie hat OK gegeben. Fragen: Zuverlässigkeit\, Umgang mit Beschwer
 den\, würdet ihr sie wieder nehmen?
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zweitgespraech-intern",
        "040000008200E00074C5B7101A82E00800000000BB11CC22DD33DB010000000000000000100000004755455354524C4154494F4E5332",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-second-round-with-own-director",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Lanser, Martin":mailto:m.lanser@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=verena.thurnher@gmx.at:mailto:verena.thurnher@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Thurnher\,\n\ndanke für das nette ers
 te Gespräch mit Herrn Brunner. Wir würden Sie gerne zu einem zweiten Gespräc
 h mit mir und Herrn Brunner einladen (Guest Relations Managerin).\n\nMit fre
 undlichen Grüßen\nMartin Lanser\nDirektor Alpenhof Seefeld\n
UID:040000008200E00074C5B7101A82E00800000000BB11CC22DD33DB010000000000000000100000004755455354524C4154494F4E5332
SUMMARY;LANGUAGE=de-AT:2. Gespräch Guest Relations – Fr. Thurnher
DTSTART;TZID=W. Europe Standard Time:20261126T150000
DTEND;TZID=W. Europe Standard Time:20261126T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261119T091000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Alpenhof Seefeld\, Kaminlounge
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "entrevista-candidata",
        "7d3c1a9e5b2f@android.calendar",
        0,
        "",
        "",
        "",
        "",
        "user-as-interviewer-spanish-typed-seasonal-candidate",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Stefan privat
X-WR-TIMEZONE:Europe/Vienna
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261029T190000
DTEND;TZID=Europe/Vienna:20261029T192000
DTSTAMP:20261201T190455Z
UID:7d3c1a9e5b2f@android.calendar
CREATED:20261027T165501Z
DESCRIPTION:videollamada WhatsApp +34 622 190 448\nrecepción temporada inv
 ierno\, habla alemán A2 + inglés C1\, experiencia Sierra Nevada\npreguntar
  fecha llegada y alojamiento
LAST-MODIFIED:20261027T165501Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista María López (candidata recepción)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
