"""holdout193 events, part i: look-alikes around the job search (coach, webinar, press, research, appraisal,
coffee, fair, reference as referee, prep, thank-you, medical, unnamed recruiter, contract check, podcast).

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: E501, W291

EVENTS = [
    (
        "recruiter-unnamed",
        "1m5q9v3c7k1n5b9r3t7d1f5x9a@google.com",
        0,
        "",
        "",
        "",
        "",
        "recruiter-call-confidential-no-employer",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261118T190000
DTEND;TZID=Europe/Vienna:20261118T193000
DTSTAMP:20261116T101233Z
ORGANIZER;CN=Philippa Nowak:mailto:philippa@hospitality-talent.eu
UID:1m5q9v3c7k1n5b9r3t7d1f5x9a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=stefan.brunner.tirol@gmx.at;X-NUM-GUESTS=0:mailto:stefan.brunner.ti
 rol@gmx.at
DESCRIPTION:Hi Stefan\, thanks for connecting on LinkedIn! As mentioned I'm 
 working on a few confidential Hotel Manager / Rooms Division searches in Vie
 nna and Munich for international brands. Let's have a first chat about what
  you are looking for – I can share details once we know there is a fit.\n\nP
 hilippa\nHospitality Talent Partners\n\nJoin with Google Meet: https://mee
 t.google.com/pqr-stuv-wxy
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stefan / Philippa – intro chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "zoom-coaching",
        "ZOOM-81190233114-20261014@zoom.us",
        0,
        "",
        "",
        "",
        "",
        "mock-interview-english-with-career-coach",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTAMP:20261009T080000Z
DTSTART;TZID=Europe/Vienna:20261012T190000
DTEND;TZID=Europe/Vienna:20261012T200000
SUMMARY:Interviewtraining Englisch – Probeinterview "Director of Rooms" (Stefan B.)
UID:ZOOM-81190233114-20261014@zoom.us
TZID:Europe/Vienna
DESCRIPTION:Hallo Stefan\,\nwie vereinbart simulieren wir ein komplettes Int
 erview auf Englisch (Marriott-Stil\, Competency Questions)\, danach Feedback
  + Video zum Nachschauen.\nSession 2 von 3 (Coaching-Paket)\n\nSandra Pichle
 r – Karrierecoaching für Hotellerie & Gastro\n\nZoom-Meeting beitreten\nhttp
 s://us02web.zoom.us/j/81190233114\nMeeting-ID: 811 9023 3114
LOCATION:https://us02web.zoom.us/j/81190233114
ORGANIZER;CN=Sandra Pichler:mailto:kontakt@pichler-coaching.at
ATTENDEE;CN=Stefan Brunner;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "webinar",
        "gotowebinar-7730118842-rollingpin",
        0,
        "",
        "",
        "",
        "",
        "webinar-about-job-interviews-in-hospitality",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
%%TZ vienna-google%%
BEGIN:VEVENT
UID:gotowebinar-7730118842-rollingpin
DTSTAMP:20261020T120000Z
DTSTART;TZID=Europe/Vienna:20261104T180000
DTEND;TZID=Europe/Vienna:20261104T190000
SUMMARY:Webinar: Souverän ins Vorstellungsgespräch – Karriereschritt zum Hoteldirektor
DESCRIPTION:Rolling Pin Academy Webinar\n\nWie bereite ich mich auf Intervie
 ws mit Hotelgruppen vor? Assessment Center\, Case Studies\, Gehaltsverhandlu
 ng. Mit Live-Q&A.\n\nIhr persönlicher Teilnahmelink:\nhttps://attendee.gotow
 ebinar.com/join/7730118842/stefan\n\nWebinar-ID: 773-011-884
LOCATION:GoTo Webinar
ORGANIZER;CN=Rolling Pin Academy:mailto:customercare@gotowebinar.com
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "presse-interview",
        "040000008200E00074C5B7101A82E00800000000CC22DD33EE44DB010000000000000000100000005454494E54455256494557534149",
        0,
        "",
        "",
        "",
        "",
        "press-interview-local-newspaper-season",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Lanser, Martin":mailto:m.lanser@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Die TT (Redakteurin Fr. Schöpf) macht eine Geschich
 te zum Saisonstart und Personalmangel. Sie möchte dich als jungen FOM intervi
 ewen\, danach Fotos an der Rezeption. Bitte positiv bleiben 😉\n
UID:040000008200E00074C5B7101A82E00800000000CC22DD33EE44DB010000000000000000100000005454494E54455256494557534149
SUMMARY;LANGUAGE=de-AT:Interview Tiroler Tageszeitung – Saisonstart Seefeld (S. Brunner)
DTSTART;TZID=W. Europe Standard Time:20261211T110000
DTEND;TZID=W. Europe Standard Time:20261211T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261203T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Lobby Alpenhof
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "research-interview",
        "8c7b6a5d4e3f2a1b@mci-student",
        0,
        "",
        "",
        "",
        "",
        "research-interview-masters-thesis",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20261023T140000
DTEND;TZID=Europe/Vienna:20261023T144500
DTSTAMP:20261016T092000Z
ORGANIZER;CN=Jakob Wieser:mailto:jakob.wieser@mci4me.at
UID:8c7b6a5d4e3f2a1b@mci-student
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Stefan
  Brunner:mailto:rezeption.leitung@alpenhof-seefeld.at
DESCRIPTION:Experteninterview für meine Masterarbeit am MCI (Tourismus- & Fr
 eizeitwirtschaft): "Saisonpersonal im Tiroler Ferientourismus – Recruiting 
 und Bindung". Ca. 40 Minuten\, wird anonymisiert\, Aufzeichnung nur mit Ihre
 m Einverständnis. Danke vielmals!\nJakob Wieser
LOCATION:https://meet.google.com/mci-jwie-ser
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Experteninterview Masterarbeit (MCI) – Hr. Brunner
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "mitarbeitergespraech",
        "040000008200E00074C5B7101A82E00800000000DD33EE44FF55DB010000000000000000100000004D41473230323642524E",
        0,
        "",
        "",
        "",
        "",
        "own-appraisal-mitarbeitergespraech-current-job",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Lanser, Martin":mailto:m.lanser@alpenhof-seefeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rezeption Leitung:mailto:rezeption.leitung@alpenhof-seefeld.at
DESCRIPTION;LANGUAGE=de-AT:Jährliches Mitarbeitergespräch: Rückblick Somme
 r\, Ziele Winter\, Weiterbildung\, Perspektive Ganzjahr. Bitte Bogen vorher a
 usfüllen (liegt im Personalordner).\n
UID:040000008200E00074C5B7101A82E00800000000DD33EE44FF55DB010000000000000000100000004D41473230323642524E
SUMMARY;LANGUAGE=de-AT:MAG 2026 – Stefan Brunner
DTSTART;TZID=W. Europe Standard Time:20261009T100000
DTEND;TZID=W. Europe Standard Time:20261009T113000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260930T090000Z
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
        "kaffee-info",
        "B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E",
        0,
        "",
        "",
        "",
        "",
        "informational-coffee-ex-colleague-at-target-hotel",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 26.1//EN
CALSCALE:GREGORIAN
%%TZ vienna-apple%%
BEGIN:VEVENT
CREATED:20261005T181200Z
UID:B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E
DTEND;TZID=Europe/Vienna:20261012T113000
TRANSP:OPAQUE
SUMMARY:Kaffee mit Thomas (Andaz) in Wien
LAST-MODIFIED:20261005T181200Z
DTSTAMP:20261005T181200Z
DTSTART;TZID=Europe/Vienna:20261012T103000
LOCATION:Café Goldegg\, Wien
DESCRIPTION:ausfragen: wie ist Ricci als GM\, Stimmung\, Gehälter bei Hyatt\,
  lohnt sich die Bewerbung?
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "career-day",
        "3jd9k2l8m4n6p0q5r1s7t3u9vw@google.com",
        0,
        "",
        "",
        "",
        "",
        "careers-fair-attending-as-job-seeker",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:stefan.brunner.tirol@gmx.at
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261005
DTEND;VALUE=DATE:20261006
DTSTAMP:20261201T190455Z
UID:3jd9k2l8m4n6p0q5r1s7t3u9vw@google.com
CREATED:20260915T201100Z
DESCRIPTION:Rolling Pin Career Day Wien\, Marx Halle. Ticket im Mail. Stände
  Marriott\, Falkensteiner\, Austria Trend\, Ruby anschauen. 20 CVs drucken!
LAST-MODIFIED:20260915T201100Z
LOCATION:Marx Halle\, Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Career Day Wien 🎯
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "referenz-referee",
        "20261201T100455-2210@thunderbird-stefan",
        0,
        "",
        "",
        "",
        "",
        "reference-call-user-is-referee",
        r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
%%TZ vienna-google%%
BEGIN:VEVENT
CREATED:20261201T100455Z
LAST-MODIFIED:20261201T100455Z
DTSTAMP:20261201T100455Z
UID:20261201T100455-2210@thunderbird-stefan
SUMMARY:Referenzauskunft für Anna Stocker – HR Hotel Sacher ruft an
DTSTART;TZID=Europe/Vienna:20261202T101500
DTEND;TZID=Europe/Vienna:20261202T103000
DESCRIPTION:Anna war 2 Saisonen bei uns Rezeption\, top. Sie bewirbt sich a
 ls Front Desk Supervisor. Positiv\, aber ehrlich bei Nachtdiensten.
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "prep-block",
        "C7D8E9F0-1A2B-4C3D-8E4F-5A6B7C8D9E0F",
        0,
        "",
        "",
        "",
        "",
        "prep-block-before-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 26.1//EN
CALSCALE:GREGORIAN
%%TZ vienna-apple%%
BEGIN:VEVENT
CREATED:20261201T210000Z
UID:C7D8E9F0-1A2B-4C3D-8E4F-5A6B7C8D9E0F
DTEND;TZID=Europe/Vienna:20261203T220000
TRANSP:OPAQUE
SUMMARY:Vorbereitung Herrenhof
LAST-MODIFIED:20261201T210000Z
DTSTAMP:20261201T210000Z
DTSTART;TZID=Europe/Vienna:20261203T203000
DESCRIPTION:Website + Bewertungen lesen\, 3 STAR-Beispiele (Overbooking Silv
 ester\, Teamwechsel\, Upselling +18%)\, Fragen an Fr. Lechner\, Anzug bügeln
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "dankesmail",
        "D8E9F0A1-2B3C-4D5E-9F6A-7B8C9D0E1F2A",
        0,
        "",
        "",
        "",
        "",
        "thank-you-note-reminder",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 26.2//EN
CALSCALE:GREGORIAN
%%TZ vienna-apple%%
BEGIN:VEVENT
CREATED:20270119T161500Z
UID:D8E9F0A1-2B3C-4D5E-9F6A-7B8C9D0E1F2A
DTEND;TZID=Europe/Vienna:20270119T203000
TRANSP:TRANSPARENT
SUMMARY:Danke-Mail Rosewood (Dufour) + Laura Bescheid geben
LAST-MODIFIED:20270119T161500Z
DTSTAMP:20270119T161500Z
DTSTART;TZID=Europe/Vienna:20270119T200000
DESCRIPTION:kurz\, Bezug auf Suite-Upgrade-Idee\, auf Englisch
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "einstellungsuntersuchung",
        "5e4d3c2b1a09@android.calendar",
        0,
        "",
        "",
        "",
        "",
        "pre-employment-medical-after-offer",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Stefan privat
X-WR-TIMEZONE:Europe/Vienna
%%TZ vienna-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20270209T080000
DTEND;TZID=Europe/Vienna:20270209T090000
DTSTAMP:20270201T190455Z
UID:5e4d3c2b1a09@android.calendar
CREATED:20270128T112000Z
DESCRIPTION:Einstellungsuntersuchung für den neuen Vertrag\, nüchtern kommen!
  Impfpass + E-Card mit
LAST-MODIFIED:20270128T112000Z
LOCATION:Arbeitsmedizinisches Zentrum Innsbruck\, Anichstraße
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Einstellungsuntersuchung Arbeitsmedizin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ak-beratung",
        "ak-tirol-termin-20270204-1130-0211",
        0,
        "",
        "",
        "",
        "",
        "contract-check-labour-chamber",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//AK Tirol//Terminbuchung//DE
METHOD:PUBLISH
%%TZ vienna-google%%
BEGIN:VEVENT
UID:ak-tirol-termin-20270204-1130-0211
DTSTAMP:20270126T100000Z
DTSTART;TZID=Europe/Vienna:20270204T113000
DTEND;TZID=Europe/Vienna:20270204T120000
SUMMARY:Arbeitsrechtsberatung AK Tirol – Vertragsprüfung
DESCRIPTION:Ihr Beratungstermin: Arbeitsrecht\nAnliegen: Prüfung Dienstvert
 rag neuer Arbeitgeber\, Kündigungsfrist aktueller Arbeitgeber\nBitte mitbri
 ngen: Dienstvertrag\, letzte Lohnzettel\nOrt: AK Tirol\, Maximilianstraße 7\,
  6020 Innsbruck
LOCATION:AK Tirol\, Maximilianstraße 7\, Innsbruck
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "podcast",
        "riverside-session-hotelheroes-ep58",
        0,
        "",
        "",
        "",
        "",
        "podcast-interview-guest",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20270125T200000
DTEND;TZID=Europe/Berlin:20270125T210000
DTSTAMP:20270115T150000Z
ORGANIZER;CN=Hotel Heroes Podcast:mailto:hello@hotelheroes-podcast.de
UID:riverside-session-hotelheroes-ep58
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Stefa
 n Brunner:mailto:stefan.brunner.tirol@gmx.at
DESCRIPTION:Aufnahme Folge 58 "Front Office in der Skisaison" – Interview mit
  Stefan Brunner (Alpenhof Seefeld). Riverside-Link: https://riverside.fm/st
 udio/hotel-heroes?token=ep58sb  Bitte Kopfhörer!
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Interview Hotel Heroes – Aufnahme
END:VEVENT
END:VCALENDAR
""",
    ),
]
