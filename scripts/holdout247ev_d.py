# ruff: noqa: E501
"""holdout247 events, part D: other negatives – trade meetings, press, personal, family, prep (blind split)."""
from holdout247ev_zones import TZ_BERLIN, TZ_MADRID, TZ_VIENNA, TZ_WEST, fold, gfooter, teams

FORMS = {}

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=False)


def _ios(uid, summary, start, end, extra="", created="20251001T080000Z"):
    return rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:{created}
DTEND{end}
DTSTAMP:{created}
DTSTART{start}
LAST-MODIFIED:{created}
SEQUENCE:0
SUMMARY:{summary}
{extra}UID:{uid}
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""


EVENTS = [
dict(_NEG, kind="outlook-supplier-cupping", uid="040000008200E00074C5B7101A82E00800000000D0FC1E2A3B89DC01000000000000000010000000F0A1B2C3D4E5F60718293A4B5C6D7E8F",
     trap="supplier-cupping-at-applied-employer",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Oberländer, Matthias":mailto:matthias.oberlaender@fernweh-kaffee.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Café Kollektiv Nord:mailto:einkauf@cafekollektiv-nord.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Gastro-Partner\,\n\nunsere neue Ernte aus Sidamo und Huila ist da. Wir laden unsere Wholesale-Kund:innen zum Cupping ein: 8 Kaffees\, Espresso-Kandidaten für die Frühjahrs-Hausmischung\, danach Preisliste 2026.\n\nBeste Grüße\nMatthias Oberländer\nFernweh Kaffeerösterei\n
UID:040000008200E00074C5B7101A82E00800000000D0FC1E2A3B89DC01000000000000000010000000F0A1B2C3D4E5F60718293A4B5C6D7E8F
SUMMARY;LANGUAGE=de-DE:Wholesale-Cupping neue Ernte – Fernweh Kaffeerösterei
DTSTART;TZID=W. Europe Standard Time:20251002T100000
DTEND;TZID=W. Europe Standard Time:20251002T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250922T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Fernweh Kaffeerösterei\, Lohmühlenstraße 61\, 12435 Berlin
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="sca-exam-practical", uid="sca-exam-BSP-2025-11-0342@barista-campus-berlin.de",
     trap="sca-exam-practical-assessment-not-job",
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Barista Campus Berlin//Kursplaner//DE
METHOD:PUBLISH
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:sca-exam-BSP-2025-11-0342@barista-campus-berlin.de
DTSTAMP:20251015T100000Z
DTSTART;TZID=Europe/Berlin:20251115T090000
DTEND;TZID=Europe/Berlin:20251115T140000
SUMMARY:SCA Barista Skills Professional – Praxisprüfung + Theorie (Jana Novak)
DESCRIPTION:Prüfungstag SCA Coffee Skills Program – Barista Skills Professional.\n09:00 Theorieprüfung (online\, 60 Fragen)\n10:30 praktische Prüfung (Einstellen\, 4 Espressi\, 4 Cappuccini\, Workflow) – Prüfer: AST des Barista Campus\n\nBitte Teilnehmer-ID aus dem SCA-Portal bereithalten.
LOCATION:Barista Campus Berlin\, Prinzenallee 74\, 13359 Berlin
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="google-championship-slot", uid="8u2i6o0p4a7s1d5f9g3h6j0k4l@google.com",
     trap="barista-championship-judges-performance-slot",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Jana privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20260124T102400Z
DTEND:20260124T104000Z
DTSTAMP:20260110T190000Z
UID:8u2i6o0p4a7s1d5f9g3h6j0k4l@google.com
CREATED:20260110T185000Z
DESCRIPTION:Regionalrunde Ost Barista-Meisterschaft\, mein Slot 11:24 (15 min + 5 min Vorbereitung). 4 Espresso\, 4 Milchgetränke\, 4 Signature. Sensorik-Judges + Technical Judge + Head Judge. Sig-Bev: Kaskara-Tonic nochmal üben!
LAST-MODIFIED:20260110T190000Z
LOCATION:Kühlhaus Berlin\, Luckenwalder Str. 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DBM Regionalrunde Ost – mein Wettkampf-Slot
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="google-mock-interview", uid="9i3o7p1a5s8d2f6g0h4j7k1l5z@google.com",
     trap="mock-interview-names-applied-employer",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251028T180000Z
DTEND:20251028T190000Z
DTSTAMP:20251026T110000Z
ORGANIZER;CN=Karolína Dvořáková:mailto:karo.dvorakova@seznam.cz
UID:9i3o7p1a5s8d2f6g0h4j7k1l5z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Karolína Dvořáková;X-NUM-GUESTS=0:mailto:karo.dvorakova@seznam.cz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20251026T105500Z
DESCRIPTION:Jani\, ich spiele den Gründer von Fernweh 😄 Probeinterview auf Englisch + Deutsch\, ich frag dich die fiesen Gehaltsfragen. Karo""" + gfooter("jwz-hpkq-xnd", "de") + r"""
LAST-MODIFIED:20251026T110000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock Interview Jana (Übung fürs Fernweh-Finale)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="zoom-webinar", uid="zoom-webinar-91155023341-jnovak@sca-careers.example.org",
     trap="webinar-about-interviewing-coffee-jobs",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoom-webinar-91155023341-jnovak@sca-careers.example.org
DTSTAMP:20251002T120000Z
DTSTART:20251009T170000Z
DTEND:20251009T180000Z
SUMMARY:Webinar: Interviewing for Coffee Jobs – from Barista to Green Buyer (Coffee Careers Series)
DESCRIPTION:Hi Jana Novak\,\n\nThank you for registering for "Interviewing for Coffee Jobs – from Barista to Green Buyer". Panellists from roasteries and importers share how cupping tests\, trial shifts and case interviews work and what hiring managers look for.\n\nPlease submit any questions to: careers@sca-careers.example.org\n\nJoin from PC\, Mac\, iPad\, or Android: https://us06web.zoom.us/w/91155023341?tk=Yx2Jb0qAs\nPasscode: 771204\n\nWebinar ID: 911 5502 3341
LOCATION:https://us06web.zoom.us/w/91155023341?tk=Yx2Jb0qAs
ORGANIZER;CN=Coffee Careers Series:mailto:no-reply@zoom.us
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="press-interview", uid="20251106-porträt-kiezroesterei@morgenblatt-berlin.example.de",
     trap="press-interview-user-is-interviewee",
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Morgenblatt Redaktion//Outlook 16.0//DE
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:20251106-porträt-kiezroesterei@morgenblatt-berlin.example.de
DTSTAMP:20251030T090000Z
DTSTART;TZID=Europe/Berlin:20251106T150000
DTEND;TZID=Europe/Berlin:20251106T160000
SUMMARY:Interview Berliner Morgenblatt – Porträt Specialty-Cafés in Neukölln
DESCRIPTION:Hallo Frau Novak\,\n\nvielen Dank\, dass Sie sich Zeit für unser Interview nehmen! Für die Serie „Kiezküche“ sprechen wir über die Kiezrösterei\, steigende Kaffeepreise und warum Neukölln so viele Röstereien hat. Unsere Fotografin Rike kommt für 20 Minuten mit.\n\nHerzliche Grüße\nSimon Arendt\nRedaktion Stadtleben
LOCATION:Kiezrösterei Weserstraße
ORGANIZER;CN=Simon Arendt:mailto:s.arendt@morgenblatt-berlin.example.de
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak@kiezroesterei.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="podcast-recording", uid="riverside-rec-crematalk-ep58-4b2e",
     trap="podcast-interview-recording-guest",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251203T190000Z
DTEND:20251203T200000Z
DTSTAMP:20251120T150000Z
ORGANIZER;CN=Crema Talk Podcast:mailto:hallo@crematalk.example.fm
UID:riverside-rec-crematalk-ep58-4b2e
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20251120T145500Z
DESCRIPTION:Aufnahme Folge 58: „Frauen hinter dem Tresen – vom Café ins Green Buying?“ Interview mit Jana Novak (Kiezrösterei\, DBM-Teilnehmerin). Studio-Link: https://riverside.fm/studio/crema-talk?t=8c1f2a\nBitte Kopfhörer benutzen!""" + gfooter() + r"""
LAST-MODIFIED:20251120T150000Z
LOCATION:https://riverside.fm/studio/crema-talk
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Aufnahme Crema Talk #58 – Interview Jana Novak
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="research-interview", uid="a6c0e4b8-2f91-4d37-8e5a-1b9c7d3f0e62",
     trap="research-interview-masterarbeit-participant",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:a6c0e4b8-2f91-4d37-8e5a-1b9c7d3f0e62
DTSTAMP:20251103T100000Z
DTSTART;TZID=Europe/Berlin:20251110T160000
DTEND;TZID=Europe/Berlin:20251110T170000
SUMMARY:Leitfadeninterview Masterarbeit „Arbeitsbedingungen in Specialty-Cafés“
DESCRIPTION:Liebe Jana\,\nnochmal danke\, dass du bei meiner Studie mitmachst! Das Interview dauert ca. 45–60 Min.\, wird aufgezeichnet und anonymisiert. Themen: Schichtarbeit\, Bezahlung\, Trinkgeld\, Karrierewege.\nViele Grüße\nLeonie Pfeiffer (M.A. Soziologie\, HU Berlin)
LOCATION:Institut für Sozialwissenschaften\, Universitätsstr. 3b\, Raum 208
ORGANIZER;CN=Leonie Pfeiffer:mailto:leonie.pfeiffer@student.hu-berlin.example.de
ATTENDEE;CN=Jana Novak;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="ios-informational-coffee", uid="D2E6A0B4-7C18-4F93-A5D2-9E1B6C3F8A07",
     trap="informational-coffee-with-green-buyer",
     ics=_ios("D2E6A0B4-7C18-4F93-A5D2-9E1B6C3F8A07",
              r"Kaffee mit Tom (Green Buyer @ Bohnenwerk) – wie kommt man ins Green Buying?",
              ";TZID=Europe/Berlin:20251001T160000", ";TZID=Europe/Berlin:20251001T170000",
              r"DESCRIPTION:kein Job dort\, nur ausfragen: Ursprungsreisen\, Q-Grader ja/nein\, Gehalt Einstieg" + "\n"
              + "LOCATION:Bohnenwerk Café\\, Sonnenallee 66\n", "20250928T101000Z")),

dict(_NEG, kind="google-allday-job-fair", uid="2l6z0x4c8v1b5n9m3q7w0e4r8t@google.com",
     trap="job-fair-all-day-gastro",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Jana privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251025
DTEND;VALUE=DATE:20251026
DTSTAMP:20251005T100000Z
UID:2l6z0x4c8v1b5n9m3q7w0e4r8t@google.com
CREATED:20251005T095500Z
DESCRIPTION:Gastro & Hotel Jobmesse Berlin\, Station Berlin. Lebensläufe ausdrucken (10x)\, Aurelia und Stadtpalais haben Stände\, Speed-Dating mit Hotels 14 Uhr.
LAST-MODIFIED:20251005T100000Z
LOCATION:Station Berlin\, Luckenwalder Str. 4-6\, 10963 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jobmesse Gastro & Hotel Berlin
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="outlook-referee-call", uid="040000008200E00074C5B7101A82E00800000000E1AD2F3B4C8CDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
     trap="user-as-referee-reference-call-hotel",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Wehner, Katharina":mailto:k.wehner@hotel-adlerhorst.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Frau Novak\,\n\nFrau Leonie Graf hat sich bei uns als Barkeeperin/Barista beworben und Sie als Referenz angegeben. Hätten Sie 15 Minuten für ein kurzes Telefonat? Ich rufe Sie unter der Festnetznummer des Cafés an.\n\nMit freundlichen Grüßen\nKatharina Wehner\nHR\, Hotel Adlerhorst\n
UID:040000008200E00074C5B7101A82E00800000000E1AD2F3B4C8CDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Referenzgespräch zu Leonie Graf (Bewerbung Hotel Adlerhorst)
DTSTART;TZID=W. Europe Standard Time:20251030T113000
DTEND;TZID=W. Europe Standard Time:20251030T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="thunderbird-prep-block", uid="c7e1a5d9-3b04-4f68-b2c6-e0a8f4d2b953",
     trap="prep-block-before-lehrprobe",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + TZ_BERLIN + r"""BEGIN:VEVENT
CREATED:20251101T090000Z
LAST-MODIFIED:20251101T090000Z
DTSTAMP:20251101T090000Z
UID:c7e1a5d9-3b04-4f68-b2c6-e0a8f4d2b953
SUMMARY:Vorbereitung Lehrprobe Brevetti – Folien + Milchkännchen\, Ablauf 20min üben
DTSTART;TZID=Europe/Berlin:20251104T190000
DTEND;TZID=Europe/Berlin:20251104T213000
DESCRIPTION:Milchschaum für Einsteiger: Ziehen/Rollen\, Temperatur\, typische Fehler. Mit Merve als Testperson?
END:VEVENT
END:VCALENDAR
"""),

dict(_NEG, kind="ios-thank-you-reminder", uid="F5A9C3E7-1B82-4D06-8E4A-C2D7B1F9E035",
     trap="thank-you-reminder-after-final",
     ics=_ios("F5A9C3E7-1B82-4D06-8E4A-C2D7B1F9E035", r"Dankesmail Origo schicken!! (Dr. Wilms + Henrike)",
              ";VALUE=DATE:20251119", ";VALUE=DATE:20251120", "", "20251118T183000Z")),

dict(_NEG, kind="recruiter-no-employer", uid="040000008200E00074C5B7101A82E00800000000F2BE3A4C5D8FDC01000000000000000010000000B2C3D4E5F60718293A4B5C6D7E8F90A1",
     trap="recruiter-call-employer-confidential",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Schubert, Anika (Talentkreis)":mailto:a.schubert@talentkreis-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Novak:mailto:jana.novak.coffee@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Novak\,\n\nvielen Dank für die Vernetzung auf LinkedIn. Wie angekündigt möchte ich Sie in einem unverbindlichen Kennenlerngespräch über ein vertrauliches Mandat informieren: eine namhafte Specialty-Rösterei in Norddeutschland sucht eine Leitung Schulung & Qualität. Den Namen des Unternehmens darf ich erst nach Ihrer Zustimmung zur Profilweitergabe nennen.\n\nHerzliche Grüße\nAnika Schubert\nTalentkreis Personalberatung\n""" + teams("301 774 229 618", "Tk6Lq2", "de") + r"""
UID:040000008200E00074C5B7101A82E00800000000F2BE3A4C5D8FDC01000000000000000010000000B2C3D4E5F60718293A4B5C6D7E8F90A1
SUMMARY;LANGUAGE=de-DE:Kennenlerngespräch Talentkreis – vertrauliches Mandat (Leitung Schulung & Qualität)
DTSTART;TZID=W. Europe Standard Time:20251112T173000
DTEND;TZID=W. Europe Standard Time:20251112T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="ios-family-czech", uid="0E4B8D2F-6A19-4C73-B8E5-F3A1C7D9B246",
     trap="family-member-pohovor-czech",
     ics=_ios("0E4B8D2F-6A19-4C73-B8E5-F3A1C7D9B246", r"Tomáš – pohovor v Brně (držet palce!\, večer zavolat)",
              ";TZID=Europe/Prague:20251120T090000", ";TZID=Europe/Prague:20251120T100000",
              r"DESCRIPTION:bráška má pohovor na vedoucího skladu\, zavolat mu po 19h" + "\n", "20251115T201000Z")),

dict(_NEG, kind="google-family-sister", uid="3x7c1v5b9n2m6q0w4e8r2t6y0u@google.com",
     trap="family-member-vorstellungsgespraech-childcare",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251210T130000
DTEND;TZID=Europe/Berlin:20251210T170000
DTSTAMP:20251204T200000Z
ORGANIZER;CN=Petra Nováková:mailto:petra.novakova.berlin@gmail.com
UID:3x7c1v5b9n2m6q0w4e8r2t6y0u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Petra Nováková;X-NUM-GUESTS=0:mailto:petra.novakova.berlin@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20251204T195500Z
DESCRIPTION:Ich hab um 14 Uhr mein Vorstellungsgespräch im Klinikum (Stationsleitung)! Kannst du Emil um 13:30 von der Kita abholen und bis ich zurück bin bei dir behalten? Danke Schwesterherz ❤️""" + gfooter(lang="de") + r"""
LAST-MODIFIED:20251204T200000Z
LOCATION:Kita Sonnenblume\, Hobrechtstraße 40
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Emil abholen – Petras Vorstellungsgespräch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="outlook-annual-review", uid="040000008200E00074C5B7101A82E00800000000A3CF4B5D6E92DC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F90A1B2",
     trap="own-annual-review-jahresgespraech",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Haas, Benedikt":mailto:benedikt.haas@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
DESCRIPTION;LANGUAGE=de-DE:Hi Jana\, unser jährliches Mitarbeitergespräch: Rückblick 2025 (Umsatz Weserstraße\, Team\, DBM)\, Ziele 2026\, Weiterbildung (SCA Trainer?)\, Gehalt. Bitte den Selbsteinschätzungsbogen vorher ausfüllen. LG Benedikt\n
UID:040000008200E00074C5B7101A82E00800000000A3CF4B5D6E92DC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F90A1B2
SUMMARY;LANGUAGE=de-DE:Jahresgespräch Jana / Benedikt 2025
DTSTART;TZID=W. Europe Standard Time:20251211T100000
DTEND;TZID=W. Europe Standard Time:20251211T113000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251125T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Rösterei Lichtenberg\, Besprechungsraum „Moka“
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="outlook-probation-review", uid="040000008200E00074C5B7101A82E00800000000B4D05C6E7F95DC01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3",
     trap="probezeitgespraech-employee-as-manager",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_WEST + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251105T120000Z
DESCRIPTION:Hallo Ali\, deine Probezeit endet am 30.11. – lass uns kurz zusammensetzen: wie geht's dir im Team\, was läuft gut\, was wünschst du dir? Danach Übernahme besprechen. Jana\n
DTEND;TZID="W. Europe Standard Time":20251118T153000
DTSTAMP:20251105T120000Z
DTSTART;TZID="W. Europe Standard Time":20251118T150000
LAST-MODIFIED:20251105T120000Z
LOCATION:Weserstraße\, Hinterzimmer
ORGANIZER;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
ATTENDEE;CN="Rahimi, Ali";RSVP=TRUE:mailto:ali.rahimi@kiezroesterei.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Probezeitgespräch Ali (Ende Probezeit 30.11.)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B4D05C6E7F95DC01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="bank-beratungsgespraech", uid="termin-8812330-sparkasse@banktermine.example.de",
     trap="personal-beratungsgespraech-bank",
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Berliner Stadtsparkasse Online-Terminvereinbarung//DE
METHOD:PUBLISH
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:termin-8812330-sparkasse@banktermine.example.de
DTSTAMP:20251020T080000Z
DTSTART;TZID=Europe/Berlin:20251027T171500
DTEND;TZID=Europe/Berlin:20251027T180000
SUMMARY:Beratungsgespräch Altersvorsorge – Frau Novak
DESCRIPTION:Ihr Beratungstermin mit Herrn Köhler (Filiale Hermannplatz). Bitte bringen Sie Ihren Personalausweis und die letzten Gehaltsabrechnungen mit.
LOCATION:Filiale Hermannplatz\, Karl-Marx-Str. 2\, 12043 Berlin
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="spanish-flat-entrevista", uid="idealista-visita-5583201@pisos.example.es",
     trap="spanish-entrevista-flat-share-barcelona",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_MADRID + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251109T180000
DTEND;TZID=Europe/Madrid:20251109T183000
DTSTAMP:20251105T140000Z
ORGANIZER;CN=Laia Ferrer:mailto:laia.ferrer.bcn@gmail.com
UID:idealista-visita-5583201@pisos.example.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak.coffee@posteo.de;X-NUM-GUESTS=0:mailto:jana.novak.coffee@posteo.de
CREATED:20251105T135500Z
DESCRIPTION:Hola Jana! Hacemos una pequeña entrevista por videollamada con las compis de piso (somos tres) para la habitación en Gràcia. Nada formal 🙂 Laia""" + gfooter("fmr-qxbt-wzo") + r"""
LAST-MODIFIED:20251105T140000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista piso compartido – habitación Gràcia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="french-informational", uid="b1f5d9a3-7e26-4c80-a4b8-2d6f0e9c3a71",
     trap="french-entretien-informel-named-employer",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b1f5d9a3-7e26-4c80-a4b8-2d6f0e9c3a71
DTSTAMP:20251108T100000Z
DTSTART:20251112T190000Z
DTEND:20251112T194500Z
SUMMARY:Échange informel avec Claire Bonnet (ex-formatrice chez Lémanique)
DESCRIPTION:Coucou Jana\, avec plaisir pour un petit café virtuel ! Je te raconte comment ça se passe à l'Académie de Lémanique et la vie à Lausanne – je n'y travaille plus depuis l'été\, donc je peux parler librement. Bises\, Claire
LOCATION:https://meet.jit.si/cafe-claire-jana
ORGANIZER;CN=Claire Bonnet:mailto:claire.bonnet@laposte.example.net
ATTENDEE;CN=Jana Novak;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak.coffee@posteo.de
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="sales-pitch-hotel", uid="040000008200E00074C5B7101A82E00800000000C5E16D7F8A98DC01000000000000000010000000E5F60718293A4B5C6D7E8F90A1B2C3D4",
     trap="wholesale-pitch-at-applied-employer",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Alves, Ricardo":mailto:ricardo.alves@aurelia-hotels.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haas, Benedikt":mailto:benedikt.haas@kiezroesterei.de
DESCRIPTION;LANGUAGE=de-DE:Präsentation Kaffeekonzept Frühstück für das Aurelia Tiergarten: Verkostung Hausmischung + Filter\, Schulungspaket für das Frühstücksteam\, Maschinen-Leasing. Ich bringe Muster und Preisliste mit.\n
UID:040000008200E00074C5B7101A82E00800000000C5E16D7F8A98DC01000000000000000010000000E5F60718293A4B5C6D7E8F90A1B2C3D4
SUMMARY;LANGUAGE=de-DE:Kiezrösterei x Aurelia Hotel – Wholesale-Pitch Frühstückskaffee
DTSTART;TZID=W. Europe Standard Time:20251001T110000
DTEND;TZID=W. Europe Standard Time:20251001T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250919T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Aurelia Hotel Berlin Tiergarten\, Lobby Bar
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="machine-service-visit", uid="SVC-DE-2025-0448172@service.brevetti-ardena.de",
     trap="machine-service-visit-applied-employer",
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brevetti Ardena Service//FSM//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:SVC-DE-2025-0448172@service.brevetti-ardena.de
DTSTAMP:20251110T060000Z
DTSTART:20251114T060000Z
DTEND:20251114T080000Z
SUMMARY:Servicetermin Ardena Duetto 3gr – Wartung + Dichtungen (Auftrag 0448172)
DESCRIPTION:Sehr geehrte Kundin\,\n\nunser Techniker Herr Pohl kommt zur Jahreswartung (Brühgruppendichtungen\, Entkalkung Kessel\, Pumpendruck). Bitte Maschine ab 6:30 Uhr zugänglich halten.\n\nBrevetti Ardena Deutschland GmbH – Kundendienst
LOCATION:Kiezrösterei Weserstraße\, Weserstraße 201\, 12047 Berlin
ORGANIZER;CN=Brevetti Ardena Kundendienst:mailto:service@brevetti-ardena.de
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak@kiezroesterei.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="ios-throwdown", uid="6C0F4A8E-2D93-4B17-A6E1-B5D9F3C7A024",
     trap="latte-art-throwdown-at-applied-employer",
     ics=_ios("6C0F4A8E-2D93-4B17-A6E1-B5D9F3C7A024", r"Latte Art Throwdown @ Spreeufer (Anmeldung bis 18:30)",
              ";TZID=Europe/Berlin:20251024T183000", ";TZID=Europe/Berlin:20251024T230000",
              r"DESCRIPTION:Startgeld 10€\, eigenes Kännchen\, Tulpe üben" + "\n", "20251015T100000Z")),

dict(_NEG, kind="recurring-class-override", uid="vhs-kurs-fk1142-2025@vhs-berlin.example.de",
     trap="class-about-interviews-recurring-override",
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//VHS Berlin//Kursbuchung//DE
METHOD:PUBLISH
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:vhs-kurs-fk1142-2025@vhs-berlin.example.de
DTSTAMP:20250915T100000Z
DTSTART;TZID=Europe/Berlin:20251015T180000
DTEND;TZID=Europe/Berlin:20251015T201500
RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=WE
SUMMARY:VHS-Kurs FK1142: Souverän im Vorstellungsgespräch (3 Abende)
DESCRIPTION:Kursleitung: Dipl.-Psych. Andrea Lenz. Selbstpräsentation\, typische Fragen\, Gehaltsverhandlung\, Übungsinterviews mit Videofeedback.
LOCATION:VHS Neukölln\, Boddinstraße 34\, Raum 3.12
END:VEVENT
BEGIN:VEVENT
UID:vhs-kurs-fk1142-2025@vhs-berlin.example.de
DTSTAMP:20251016T090000Z
RECURRENCE-ID;TZID=Europe/Berlin:20251022T180000
DTSTART;TZID=Europe/Berlin:20251023T180000
DTEND;TZID=Europe/Berlin:20251023T201500
SUMMARY:VHS-Kurs FK1142: Souverän im Vorstellungsgespräch – Abend 2 (verlegt auf Donnerstag)
DESCRIPTION:Abend 2 verlegt wegen Raumbelegung. Thema: Übungsinterviews mit Videofeedback.
LOCATION:VHS Neukölln\, Boddinstraße 34\, Raum 1.04
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="calendly-career-coach", uid="e9a3c7f1-5b24-4d86-9f0e-2a8c6e4b1d35",
     trap="career-coaching-session-calendly",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251010T090000Z
UID:e9a3c7f1-5b24-4d86-9f0e-2a8c6e4b1d35
DTSTART:20251016T070000Z
DTEND:20251016T080000Z
SUMMARY:Karriere-Coaching (60 Min) – Session 2 between Miriam Falk and Jana Novak
DESCRIPTION:Event Name: Karriere-Coaching (60 Min) – Session 2\n\nLocation: Zoom – Link folgt per Mail\n\nPlease share anything that will help prepare for our meeting.: Bewerbungsstrategie Gastro → Rösterei/Training\, Interviewvorbereitung Fernweh + Brevetti\n\nPowered by Calendly.com
LOCATION:Zoom
ORGANIZER;CN=Miriam Falk:mailto:miriam@falk-coaching.example.de
ATTENDEE;CN=Jana Novak;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:jana.novak.coffee@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="google-recurring-qc-cupping", uid="7v1b5n9m3q6w0e4r8t2y6u0i4o@google.com",
     trap="recurring-qc-cupping-recurrence-id-override",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Kiezrösterei Team
X-WR-TIMEZONE:Europe/Berlin
""" + TZ_BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251003T090000
DTEND;TZID=Europe/Berlin:20251003T100000
RRULE:FREQ=WEEKLY;BYDAY=FR
DTSTAMP:20251020T090000Z
ORGANIZER;CN=Kiezrösterei Team:mailto:team@kiezroesterei.de
UID:7v1b5n9m3q6w0e4r8t2y6u0i4o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=jana.novak@kiezroesterei.de;X-NUM-GUESTS=0:mailto:jana.novak@kiezroesterei.de
CREATED:20250920T100000Z
DESCRIPTION:Wöchentliches QC-Cupping der Produktionsröstungen (Espresso Kiez\, Filter der Woche\, Decaf). Scores ins Sheet.
LAST-MODIFIED:20251020T090000Z
LOCATION:Rösterei Lichtenberg – Cuppingtisch
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:QC Cupping Freitag
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251024T130000
DTEND;TZID=Europe/Berlin:20251024T140000
DTSTAMP:20251020T090000Z
ORGANIZER;CN=Kiezrösterei Team:mailto:team@kiezroesterei.de
UID:7v1b5n9m3q6w0e4r8t2y6u0i4o@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20251024T090000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=jana.novak@kiezroesterei.de;X-NUM-GUESTS=0:mailto:jana.novak@kiezroesterei.de
CREATED:20250920T100000Z
DESCRIPTION:Heute nachmittags – vormittags Probeschicht-Tag in der Weserstraße. Plus Kalibrierung neue Ernte Kenia.
LAST-MODIFIED:20251020T090000Z
LOCATION:Rösterei Lichtenberg – Cuppingtisch
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:QC Cupping (verschoben auf 13 Uhr) + Kalibrierung Kenia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="allday-multiday-trade-show", uid="wocbln-2026-visitor-jn@worldofcoffee.example.org",
     trap="trade-show-multi-day-allday",
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:wocbln-2026-visitor-jn@worldofcoffee.example.org
DTSTAMP:20251201T100000Z
DTSTART;VALUE=DATE:20260205
DTEND;VALUE=DATE:20260208
SUMMARY:Coffee Expo Berlin (Fachbesucherticket)
DESCRIPTION:Stände: Brevetti Ardena (Halle 2)\, Vortex\, Haferglück Latte-Art-Bühne\; Cupping-Sessions Origo Do 14 Uhr. Networking!
LOCATION:Messe Berlin\, Hallen 1–3
TRANSP:TRANSPARENT
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="ios-doctor", uid="8A2C6E0B-4F37-4D91-B5A8-E1C3F7D9B062",
     trap="plain-personal-appointment",
     ics=_ios("8A2C6E0B-4F37-4D91-B5A8-E1C3F7D9B062", r"Zahnarzt Dr. Weiß (Kontrolle)",
              ";TZID=Europe/Berlin:20251117T081500", ";TZID=Europe/Berlin:20251117T090000",
              "LOCATION:Sonnenallee 120\n", "20251002T190000Z")),

dict(_NEG, kind="vienna-flat-viewing", uid="willhaben-besichtigung-77120931@wohnen.example.at",
     trap="flat-viewing-vienna-gespraech-vermieterin",
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:willhaben-besichtigung-77120931@wohnen.example.at
DTSTAMP:20251030T200000Z
DTSTART;TZID=Europe/Vienna:20251104T170000
DTEND;TZID=Europe/Vienna:20251104T174500
SUMMARY:Wohnungsbesichtigung Neubaugasse 7. Bez. + Gespräch mit Vermieterin
DESCRIPTION:Frau Gruber\, 2 Zi\, 54m²\, 890 € warm. Nach dem Probetag. Gehaltsnachweis + Meldezettel fragen.
LOCATION:Neubaugasse 41\, 1070 Wien
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="outlook-onboarding-new-hire", uid="040000008200E00074C5B7101A82E00800000000D6F27E8A9B9BDC01000000000000000010000000F60718293A4B5C6D7E8F90A1B2C3D4E5",
     trap="onboarding-new-hire-after-hiring",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brenner, Lukas":mailto:lukas.brenner@kiezroesterei.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Yildiz, Merve":mailto:merve.yildiz@kiezroesterei.de
DESCRIPTION;LANGUAGE=de-DE:Willkommen im Team\, Lukas! Erster Tag: Schlüssel + Kasse\, Hygienebelehrung (IfSG)\, Rezeptkarten\, Rundgang Rösterei am Nachmittag. Merve ist dein Buddy.\n
UID:040000008200E00074C5B7101A82E00800000000D6F27E8A9B9BDC01000000000000000010000000F60718293A4B5C6D7E8F90A1B2C3D4E5
SUMMARY;LANGUAGE=de-DE:Onboarding Lukas – erster Arbeitstag
DTSTART;TZID=W. Europe Standard Time:20251103T070000
DTEND;TZID=W. Europe Standard Time:20251103T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251024T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kiezrösterei Weserstraße
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="spanish-radio-entrevista", uid="4p8a2s6d0f3g7h1j5k9l2z6x0c@google.com",
     trap="spanish-press-entrevista-radio",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260112T180000Z
DTEND:20260112T184500Z
DTSTAMP:20260105T110000Z
ORGANIZER;CN=Radio Cafeína Berlín:mailto:radiocafeina.berlin@gmail.com
UID:4p8a2s6d0f3g7h1j5k9l2z6x0c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.novak@kiezroesterei.de;X-NUM-GUESTS=0:mailto:jana.novak@kiezroesterei.de
CREATED:20260105T105500Z
DESCRIPTION:¡Hola Jana! Entrevista en directo para nuestro programa sobre la escena del café de especialidad en Berlín: cómo empezaste\, el campeonato de baristas y consejos para baristas latinos que buscan trabajo aquí. 30 minutos\, en español o inglés.""" + gfooter("yrz-cwvd-hpn") + r"""
LAST-MODIFIED:20260105T110000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Radio Cafeína – Jana Novak (Kiezrösterei)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="exit-interview-manager", uid="9F3D7B1A-5E28-4C64-A0B9-D2E6F8C1A357",
     trap="exit-interview-departing-employee",
     ics=_ios("9F3D7B1A-5E28-4C64-A0B9-D2E6F8C1A357", r"Exit-Gespräch Mia (letzter Tag) + Schlüssel zurück",
              ";TZID=Europe/Berlin:20251231T140000", ";TZID=Europe/Berlin:20251231T143000",
              r"DESCRIPTION:warum geht sie? Feedback Schichtplanung\, Zeugnis-Wunsch notieren" + "\n",
              "20251220T120000Z")),
]
