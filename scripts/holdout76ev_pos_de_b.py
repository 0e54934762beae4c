"""holdout76: Kenji Watanabe's own interviews, German employers (part B). Raw iCalendar, CC0 1.0."""

from __future__ import annotations

from holdout76ev_ics import TZ_BERLIN, TZ_WIN, alarm, ev, meet, outlook_x, teams, webex, zoom

EVENTS = [
    ev("outlook-altdesc-onsite-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Binder, Nicole":mailto:n.binder@swp-ag.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Faller, Dr. Hans-Peter":mailto:hp.faller@swp-a
 g.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Binder, Nicole":mailto:n.binder@swp-ag.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000C1D9F0A3B24BDC010000000000000000100000003A8E5C7D2B0F194C
 A6D3E8B1F5C9A027
SUMMARY;LANGUAGE=de-DE:Zweitgespräch SWP – Head of SCM
DTSTART;TZID=W. Europe Standard Time:20251125T090000
DTEND;TZID=W. Europe Standard Time:20251125T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T083017Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:SWP Werk 1\, Vöhrenbacher Str. 9\, 78050 Villingen-Schwenningen
{RAW_X}
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrter Herr Watanabe\,</p><p>wir freuen uns auf I
 hren Besuch in Villingen-Schwenningen. <b>Ablauf:</b></p><ul><li>09:00 Gespräch mit Dr. Hans-Peter Fa
 ller (Vorstand Technik)</li><li>10:30 Werksrundgang mit Nicole Binder (HR)</li><li>12:00 gemeinsames M
 ittagessen</li></ul><p>Viele Grüße<br>Nicole Binder<br>Schwarzwald Präzision AG</p></body></html>
END:VEVENT
END:VCALENDAR
""", (1, "Schwarzwald Präzision", "Head of SCM", "onsite", "hp.faller@swp-ag.de", "outlook-alt-desc-onsite-de"),
       RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "1320457718"), D="""
Sehr geehrter Herr Watanabe,

wir freuen uns auf Ihren Besuch in Villingen-Schwenningen. Ablauf:
09:00 Gespräch mit Dr. Hans-Peter Faller (Vorstand Technik)
10:30 Werksrundgang mit Nicole Binder (HR)
12:00 gemeinsames Mittagessen

Viele Grüße
Nicole Binder
Schwarzwald Präzision AG
"""),
    ev("apple-ios-direct-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
ATTENDEE;CN=Kenji Watanabe;CUTYPE=INDIVIDUAL;EMAIL=kenji.watanabe@gmx.de;PARTSTAT=NEEDS-ACTION;ROLE=REQ-
 PARTICIPANT;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Martin Gröber;CUTYPE=INDIVIDUAL;EMAIL=martin.groeber@bodensee-sensorik.de;PARTSTAT=ACCEPTED;R
 OLE=CHAIR:mailto:martin.groeber@bodensee-sensorik.de
CREATED:20251020T173355Z
DESCRIPTION:{D}
DTEND;TZID=Europe/Berlin:20251031T113000
DTSTAMP:20251020T173412Z
DTSTART;TZID=Europe/Berlin:20251031T100000
LAST-MODIFIED:20251020T173410Z
LOCATION:Bodensee Sensorik GmbH\nAm Seemooser Horn 5\n88045 Friedrichshafen\nDeutschland
ORGANIZER;CN=Martin Gröber;EMAIL=martin.groeber@bodensee-sensorik.de:mailto:martin.groeber@bodensee-senso
 rik.de
SEQUENCE:0
SUMMARY:Gespräch Leitung Logistik
TRANSP:OPAQUE
UID:A3E71C55-9D0B-4F2A-B8C4-61E0F7D2A9B3
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""", (1, "Bodensee Sensorik", "Leitung Logistik", "hiring_manager", "martin.groeber@bodensee-sensorik.de",
      "apple-ios-direct-de"), RAW_TZ=TZ_BERLIN, D="""
Hallo Herr Watanabe,
wie gerade am Telefon besprochen – ich freue mich auf unser Gespräch!
Viele Grüße
Martin Gröber
Geschäftsführer Operations
Gesendet von meinem iPhone
"""),
    ev("google-team-fit-de", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251112T130000Z
DTEND:20251112T140000Z
DTSTAMP:20251105T092244Z
ORGANIZER;CN=Sven Dietrich:mailto:sven.dietrich@bodensee-sensorik.de
UID:0fk3ua6t2mq9c1e7v8s5hr4p2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sven Dietrich;X-NUM-GUESTS=0:mailto:s
 ven.dietrich@bodensee-sensorik.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Aylin Demir;X-NUM-GUESTS=0:mailto:ayl
 in.demir@bodensee-sensorik.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de;X-
 NUM-GUESTS=0:mailto:kenji.watanabe@gmx.de
CREATED:20251105T092243Z
DESCRIPTION:{D}
LAST-MODIFIED:20251105T092244Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Teamgespräch Logistik – Kenji Watanabe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", (1, "Bodensee Sensorik", "Leitung Logistik", "", "sven.dietrich@bodensee-sensorik.de;aylin.demir@bodensee-"
      "sensorik.de", "google-team-round-de"), D="""
Hallo Herr Watanabe,

Martin Gröber hat uns gebeten, Sie als nächsten Schritt im Auswahlverfahren für die Leitung Logistik
kennenzulernen. Aylin (Teamleitung Wareneingang) und ich (Teamleitung Versand) haben ein paar Fragen zu Ihrer
Führungserfahrung vorbereitet – und natürlich ist Zeit für Ihre Fragen an uns.

Viele Grüße
Sven

""" + meet("de", "xbd-rgqa-nmw", "740291118")),
    ev("rexx-xwr-floating-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rexx systems GmbH//rexx Recruiting//DE
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Interviewtermin
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
UID:rexx-termin-55713-20251202@hel-logistik.de
DTSTAMP:20251121T101503Z
DTSTART:20251202T110000
DTEND:20251202T123000
SUMMARY:Einladung zum Vorstellungsgespräch – Leiter Ersatzteillogistik (m/w/d)
ORGANIZER;CN=HEL Personalabteilung:mailto:bewerbung@hel-logistik.de
LOCATION:HEL\, Rudolf-Diesel-Str. 7\, 21614 Buxtehude\, Verwaltungsgebäude\, Raum 204
DESCRIPTION:{D}
END:VEVENT
END:VCALENDAR
""", (1, "Hanseatische Ersatzteil-Logistik", "Leiter Ersatzteillogistik", "",
      "o.bruenning@hel-logistik.de;k.meyer@hel-logistik.de", "rexx-xwr-timezone-floating-de"), D="""
Sehr geehrter Herr Watanabe,

vielen Dank für Ihre Bewerbung bei der Hanseatische Ersatzteil-Logistik GmbH (HEL). Gern laden wir Sie zu einem
persönlichen Vorstellungsgespräch ein.

Ihre Gesprächspartner:
Olaf Brünning, Abteilungsleiter After Sales Logistik (o.bruenning@hel-logistik.de)
Katrin Meyer, Personalreferentin (k.meyer@hel-logistik.de)

Reisekosten erstatten wir Ihnen gemäß unserer Reisekostenrichtlinie (Bahn 2. Klasse).

Mit freundlichen Grüßen
Ihre HEL Personalabteilung
"""),
    ev("allday-assessment-center-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251124T094512Z
DESCRIPTION:{D}
DTSTART;VALUE=DATE:20251209
DTEND;VALUE=DATE:20251210
DTSTAMP:20251124T094512Z
LOCATION:Ruhrstahl Komponenten GmbH\, Schüruferstr. 300\, 44287 Dortmund
ORGANIZER;CN="Kamp, Dr. Ute":mailto:ute.kamp@ruhrstahl-k.de
ATTENDEE;CN="kenji.watanabe@gmx.de";RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN="Hansen, Jörg";RSVP=TRUE:mailto:joerg.hansen@ruhrstahl-k.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Assessment Center – Leitung Werkslogistik
TRANSP:TRANSPARENT
UID:040000008200E00074C5B7101A82E00800000000904DE35C1A5DDC01000000000000000010000000B62D0E9F47A3C14F8C2E7
 A1D5B9F3E60
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""", (1, "Ruhrstahl Komponenten", "Leitung Werkslogistik", "onsite",
      "ute.kamp@ruhrstahl-k.de;joerg.hansen@ruhrstahl-k.de", "outlook-all-day-assessment-de"), D="""
Sehr geehrter Herr Watanabe,

wie angekündigt laden wir Sie zu unserem eintägigen Assessment Center für die Position Leitung Werkslogistik ein
(Beginn 8:30 Uhr, Ende ca. 17:00 Uhr). Sie erwarten eine Präsentation, eine Postkorbübung, ein Rollenspiel
(Mitarbeitergespräch) sowie ein Interview.

Beobachter: Jörg Hansen (Werkleiter) und ich.

Mit freundlichen Grüßen
Dr. Ute Kamp
Personalleiterin
"""),
    ev("smartrecruiters-teams-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-int-6a1f0c2e-94b7-4d35-8e21-b07c5f3d9a64@smartrecruiters.com
DTSTAMP:20251030T150102Z
DTSTART:20251110T090000Z
DTEND:20251110T100000Z
SUMMARY:Interview: Bereichsleiter Logistik Süd (m/w/d) bei AUERBACH
ORGANIZER;CN=Daniela Kowalski via SmartRecruiters:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Florian Beck;PARTSTAT=ACCEPTED:mailto:florian.beck@auerbach-markt.de
ATTENDEE;CN=Daniela Kowalski;PARTSTAT=ACCEPTED;ROLE=NON-PARTICIPANT:mailto:daniela.kowalski@auerbach-mar
 kt.de
LOCATION:Microsoft Teams-Besprechung
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Auerbach", "Bereichsleiter Logistik Süd", "hiring_manager", "florian.beck@auerbach-markt.de",
      "smartrecruiters-coordinator-de"), D="""
Hallo Kenji Watanabe,

Ihr Interview für die Position Bereichsleiter Logistik Süd (m/w/d) ist bestätigt.

Interviewer: Florian Beck, Geschäftsleitung Logistik (Ihre künftige Führungskraft)
Koordination: Daniela Kowalski, Talent Acquisition

Wir freuen uns auf das Gespräch!
Ihr Recruiting-Team der Auerbach Handelsgesellschaft mbH & Co. KG – AUERBACH Markt

""" + teams("de", "329 551 860 117", "Kq2Lw7", "ZGE0NjQ3")),
    ev("thunderbird-own-phone-de", r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
CREATED:20251017T190455Z
LAST-MODIFIED:20251017T190622Z
DTSTAMP:20251017T190622Z
UID:b7d5e0c3-2a91-4f86-9d4b-1c8e3a7f6025
SUMMARY:Tel.-Interview Traunstein Landtechnik (Fr. Obermaier\, HR)
DTSTART;TZID=Europe/Berlin:20251023T123000
DTEND;TZID=Europe/Berlin:20251023T130000
DESCRIPTION:{D}
X-MOZ-GENERATION:2
{RAW_ALARM}
END:VEVENT
END:VCALENDAR
""", (1, "Traunstein Landtechnik", "Leiter Supply Chain & Logistik", "recruiter_screen", "obermaier",
      "thunderbird-own-phone-screen-de"), RAW_TZ=TZ_BERLIN, RAW_ALARM=alarm(10, "Default Mozilla Description"),
       D="""
ruft mich auf dem Handy an (Mittagspause, Auto/Parkplatz)
Stelle: Leiter Supply Chain & Logistik
Gehaltsvorstellung sagen: 125 + Dienstwagen
"""),
    ev("zoom-case-de", r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251105T134010Z
DTSTART:20251113T140000Z
DTEND:20251113T153000Z
SUMMARY:Fachgespräch Leiter Supply Chain (m/w/d) – Medivo Pharma
UID:zoom-83157702264-20251113T140000Z
TZID:Europe/Berlin
DESCRIPTION:{D}
LOCATION:https://us06web.zoom.us/j/83157702264?pwd=Q2x491027aUt4dz09
ORGANIZER;CN=Vanessa Roth:mailto:vanessa.roth@medivo-pharma.de
ATTENDEE;CN=Kenji Watanabe;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Dr. Oliver Stein;RSVP=TRUE:mailto:oliver.stein@medivo-pharma.de
ATTENDEE;CN=Birgit Hahn;RSVP=TRUE:mailto:birgit.hahn@medivo-pharma.de
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", (1, "Medivo Pharma", "Leiter Supply Chain", "technical",
      "oliver.stein@medivo-pharma.de;birgit.hahn@medivo-pharma.de", "zoom-technical-presentation-de"), D="""
Vanessa Roth (Recruiting, Medivo Pharma GmbH) lädt Sie zu einem geplanten Zoom-Meeting ein.

Fachgespräch mit Dr. Oliver Stein (Geschäftsführer Technik) und Birgit Hahn (Leitung Qualitätssicherung/GDP):
Bitte stellen Sie in 20 Minuten Ihren 100-Tage-Plan für die Supply Chain unserer Werke Frankfurt-Höchst und
Marburg vor; anschließend fachliche Fragen zu GDP, Kühlkette und S&OP.

""" + zoom("de", "831 5770 2264", "491027")),
    ev("outlook-final-management-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Roth, Vanessa":mailto:vanessa.roth@medivo-pharma.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Stein, Dr. Oliver":mailto:oliver.stein@medivo
 -pharma.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Albrecht, Cornelia":mailto:cornelia.albrech
 t@medivo-pharma.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="FFM-H Beamer mobil 2":mail
 to:res.beamer2@medivo-pharma.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E0080000000034A1F6C2D75DDC01000000000000000010000000E9C0B4A27F3D6E41
 8A5B1C9D0E2F7364
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Geschäftsführung – Herr Watanabe (Leiter Supply Chain)
DTSTART;TZID=W. Europe Standard Time:20251203T100000
DTEND;TZID=W. Europe Standard Time:20251203T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251121T155420Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Frankfurt-Höchst\, Geb. D 710\, Konferenzraum Main
{RAW_X}
{RAW_ALARM}
END:VEVENT
END:VCALENDAR
""", (1, "Medivo Pharma", "Leiter Supply Chain", "final",
      "oliver.stein@medivo-pharma.de;cornelia.albrecht@medivo-pharma.de", "outlook-final-resource-de"),
       RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-207716390"), RAW_ALARM=alarm(15), D="""
Sehr geehrter Herr Watanabe,

herzlichen Dank für das überzeugende Fachgespräch. Gern laden wir Sie zum abschließenden Gespräch mit unserer
Geschäftsführung ein: Cornelia Albrecht (Vorsitzende der Geschäftsführung) und Dr. Oliver Stein.
Ich hole Sie am Besucherempfang Tor Ost ab.

Mit freundlichen Grüßen
Vanessa Roth
Recruiting | Medivo Pharma GmbH
"""),
    ev("join-meet-screen-de", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN Interview//DE
METHOD:REQUEST
{RAW_TZ}
BEGIN:VEVENT
UID:join-interview-2291740-f3a8@join.com
DTSTAMP:20251009T082211Z
DTSTART;TZID=Europe/Berlin:20251015T083000
DTEND;TZID=Europe/Berlin:20251015T090000
SUMMARY:Interview mit Weserland Tiefkühlkost GmbH – Leitung Supply Chain (m/w/d)
ORGANIZER;CN=Jana Kröger:mailto:j.kroeger@weserland-tk.de
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe@gmx.de
ATTENDEE;CN=Jana Kröger;PARTSTAT=ACCEPTED:mailto:j.kroeger@weserland-tk.de
LOCATION:https://meet.google.com/ufa-qbso-hyx
DESCRIPTION:{D}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", (1, "Weserland Tiefkühlkost", "Leitung Supply Chain", "recruiter_screen", "j.kroeger@weserland-tk.de",
      "join-recruiter-meet-de"), RAW_TZ=TZ_BERLIN, D="""
Hallo Kenji,

danke für deine Bewerbung über JOIN! Ich bin Jana, Talent Acquisition Managerin bei Weserland, und freue mich auf
ein erstes, lockeres Kennenlernen per Video (ca. 30 Min.). Ich erzähle dir mehr über die Rolle und unser Werk in
Nienburg, und du erzählst mir von dir.

Bis bald
Jana

""" + meet("de", "ufa-qbso-hyx", "552069134")),
    ev("webex-hr-and-ops-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Fischer, Tanja":mailto:tanja.fischer@aurelis-med.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Watanabe:mailto:kenji.watanabe@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weber, Dr. Jonas":mailto:jonas.weber@aurelis
 -med.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000E2F7A4C1B85DDC010000000000000000100000001B7D9E3A5C0F2648
 B4E1A6C8D2F0937A
SUMMARY;LANGUAGE=de-DE:Webex-Meeting: Interview Head of Supply Chain
DTSTART;TZID=W. Europe Standard Time:20251119T160000
DTEND;TZID=W. Europe Standard Time:20251119T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T100342Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:https://aurelis-med.webex.com/meet/tanja.fischer
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Aurelis Medizintechnik", "Head of Supply Chain", "", "tanja.fischer@aurelis-med.de;jonas.weber@aurelis-"
      "med.de", "webex-interview-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "1644093217"), D="""
Sehr geehrter Herr Watanabe,

vielen Dank für Ihr Interesse an der Aurelis Medizintechnik GmbH in Tuttlingen. Gern möchten Dr. Jonas Weber
(Leitung Operations) und ich Sie im Rahmen eines Webex-Interviews näher kennenlernen.

Viele Grüße
Tanja Fischer
Senior HR Managerin

""" + webex("de", "aurelis-med", "2731 884 1190", "kJ7rQp3Wm")),
    ev("outlook-sent-by-assistant-de", r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{RAW_TZ}
BEGIN:VEVENT
ORGANIZER;CN="Feldmann, Uwe";SENT-BY="mailto:assistenz.vorstand@kronenhof.de":mailto:u.feldmann@kronenhof.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.watanabe@gmx.de:mailto:kenji.watanabe@gmx.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Raum Hopfen (Vorstandsetage):mai
 lto:raum.hopfen@kronenhof.de
DESCRIPTION;LANGUAGE=de-DE:{D}
UID:040000008200E00074C5B7101A82E00800000000A6E2C9B0F35EDC01000000000000000010000000C3F8A1D6E0B94752
 9D2C7E4B1A6F03D8
SUMMARY;LANGUAGE=de-DE:Gespräch Herr Watanabe – Leitung Supply Chain & Logistik
DTSTART;TZID=W. Europe Standard Time:20251205T080000
DTEND;TZID=W. Europe Standard Time:20251205T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T074412Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Raum Hopfen (Vorstandsetage)
{RAW_X}
END:VEVENT
END:VCALENDAR
""", (1, "Brauerei Kronenhof", "Leitung Supply Chain & Logistik", "hiring_manager", "u.feldmann@kronenhof.de",
      "outlook-sent-by-assistant-room-de"), RAW_TZ=TZ_WIN, RAW_X=outlook_x(0, "-1760092238"), D="""
Sehr geehrter Herr Watanabe,

im Auftrag von Herrn Uwe Feldmann, Vorstand Technik der Brauerei Kronenhof AG, sende ich Ihnen die Einladung zum
persönlichen Gespräch über die Position Leitung Supply Chain & Logistik, die direkt an Herrn Feldmann berichtet.
Bitte melden Sie sich an der Pforte in der Brauereistraße 1, Ludwigsburg.

Mit freundlichen Grüßen
i. A. Renate Schüle
Assistenz des Vorstands
"""),
]
