# ruff: noqa: E501, W291
"""holdout236 events, part j: teaching, lab routine and private appointments (written blind)."""

from holdout236ev_tz import BERLIN_G, BERLIN_TB, WEUROPE


def _neg(kind, uid, trap, ics, eol="crlf"):
    return dict(kind=kind, uid=uid, iv=0, company="", role="", stage="", who="", trap=trap, ics=ics, eol=eol)


EVENTS = [
    _neg("kita-gespraech", "5q7w9e1r3t5y7u9i1o3p@google.com",
         "kita-entwicklungsgespraech-personal",
         r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + BERLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251204T081500
DTEND;TZID=Europe/Berlin:20251204T090000
DTSTAMP:20251121T153312Z
ORGANIZER;CN=Kita Nikolausberg:mailto:kita.nikolausberg@gmail.com
UID:5q7w9e1r3t5y7u9i1o3p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=anja.roth.mikro@posteo.de;X-NUM-GUESTS=0:mailto:anja.roth.mikro@pos
 teo.de
DESCRIPTION:Liebe Familie Roth-Brenneke\,\nhiermit bestätigen wir den Term
 in für das Entwicklungsgespräch zu Mila (Gruppe Füchse) mit Frau Özdemir.
  Wir sprechen über den Übergang in die Schule im Sommer.\nViele Grüße\, Ih
 r Kita-Team
LOCATION:Kita Nikolausberg\, Gruppenraum Füchse
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entwicklungsgespräch Mila
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    _neg("zahnarzt", "doctolib-apt-44817260931",
         "doctolib-dentist-appointment",
         r"""BEGIN:VCALENDAR
PRODID:-//Doctolib//Doctolib Calendar//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-apt-44817260931
DTSTAMP:20260109T184502Z
DTSTART:20260202T070000Z
DTEND:20260202T074500Z
SUMMARY:Termin bei Dr. med. dent. Katja Brüggemann
DESCRIPTION:Professionelle Zahnreinigung + Kontrolle\nZahnarztpraxis Dr. 
 Brüggemann\, Groner Landstraße 9\, 37073 Göttingen\nBitte bringen Sie Ihr
 e Versichertenkarte mit. Absage bis 24 h vorher über Doctolib.
LOCATION:Groner Landstraße 9\, 37073 Göttingen
END:VEVENT
END:VCALENDAR
"""),
    _neg("buergeramt", "tevis-goe-2026-117733",
         "buergeramt-official-appointment",
         r"""BEGIN:VCALENDAR
PRODID:-//TEVIS//Terminvergabe Stadt Goettingen//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:tevis-goe-2026-117733
DTSTAMP:20260304T211000Z
DTSTART;VALUE=DATE-TIME:20260310T072000Z
DTEND;VALUE=DATE-TIME:20260310T073000Z
SUMMARY:Bürgerbüro Göttingen – Reisepass beantragen (1 Person)
DESCRIPTION:Vorgangsnummer: GOE-117733\nBitte mitbringen: Personalausweis
 \, biometrisches Passfoto\, ggf. alter Reisepass. Gebühr 70\,00 EUR (Kar
 tenzahlung möglich).
LOCATION:Neues Rathaus\, Hiroshimaplatz 1-4\, Bürgerbüro\, Schalter 1-12
END:VEVENT
END:VCALENDAR
"""),
    _neg("chorprobe", "6h8j0k2l4z6x8c0v2b4n@google.com",
         "choir-rehearsal-recurring-with-override",
         r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Privat
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250909T193000
DTEND;TZID=Europe/Berlin:20250909T213000
RRULE:FREQ=WEEKLY;BYDAY=TU
EXDATE;TZID=Europe/Berlin:20251223T193000
EXDATE;TZID=Europe/Berlin:20251230T193000
DTSTAMP:20260301T090000Z
UID:6h8j0k2l4z6x8c0v2b4n@google.com
CREATED:20250901T200000Z
DESCRIPTION:Alt 2. Noten mitbringen!
LAST-MODIFIED:20250901T200000Z
LOCATION:Gemeindehaus St. Albani
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Chorprobe Kantorei
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260324T180000
DTEND;TZID=Europe/Berlin:20260324T220000
DTSTAMP:20260301T090000Z
UID:6h8j0k2l4z6x8c0v2b4n@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20260324T193000
CREATED:20250901T200000Z
DESCRIPTION:Generalprobe Johannespassion mit Orchester – in der Kirche!
LAST-MODIFIED:20260301T085900Z
LOCATION:St. Albani Kirche
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Chor: Generalprobe Johannespassion
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    _neg("doppelkopf", "0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9",
         "doppelkopf-evening-floating",
         r"""BEGIN:VCALENDAR
PRODID:-//K Desktop Environment//NONSGML KOrganizer 5.24.5//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260207T101000Z
UID:0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9
DTSTART:20260213T193000
DTEND:20260213T233000
DTSTAMP:20260207T101015Z
SUMMARY:Doko bei Heike & Olaf
DESCRIPTION:Wein mitbringen. Diesmal mit Pflichtsolo!
LOCATION:Herzberger Landstr.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    _neg("vorlesung", "040000008200E00074C5B7101A82E00800000000AB81CD82EF83DC0100000000000000001000000023456789ABCDEF0123456789ABCDEF01",
         "weekly-lecture-recurring-exdate",
         r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:B.Bio.104 Allgemeine Mikrobiologie\, Teil 2 (Roth). Folien im StudIP. Vorlesungsaufzeichnung über Opencast.\n
RRULE:FREQ=WEEKLY;UNTIL=20260710T090000Z;INTERVAL=1;BYDAY=FR;WKST=MO
EXDATE;TZID=W. Europe Standard Time:20260501T101500,20260529T101500
UID:040000008200E00074C5B7101A82E00800000000AB81CD82EF83DC0100000000000000001000000023456789ABCDEF0123456789ABCDEF01
SUMMARY;LANGUAGE=de-DE:VL Allg. Mikrobiologie (B.Bio.104)
DTSTART;TZID=W. Europe Standard Time:20260417T101500
DTEND;TZID=W. Europe Standard Time:20260417T114500
DTSTAMP:20260301T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:ZHG 011
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    _neg("praktikum", "c4b3a2f1-e0d9-4c8b-b7a6-f5e4d3c2b1a0",
         "s2-lab-practical-course-supervision",
         r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20251015T080000Z
LAST-MODIFIED:20251015T080000Z
DTSTAMP:20251015T080000Z
UID:c4b3a2f1-e0d9-4c8b-b7a6-f5e4d3c2b1a0
SUMMARY:Praktikum Mikrobiologie II (S2) – Block 2\, Betreuung
DTSTART;TZID=Europe/Berlin:20260209T083000
DTEND;TZID=Europe/Berlin:20260209T170000
RRULE:FREQ=DAILY;COUNT=5
LOCATION:Kurssaal S2\, GZMB 0.210
DESCRIPTION:24 Studis\, 3 Tutor:innen. Mo: Sicherheitsbelehrung S2 + Unte
 rschrift! Di Antibiogramm\, Mi Biofilm-Assay\, Do Phagen\, Fr Protokoll-Ab
 gabe + Antestat.
END:VEVENT
END:VCALENDAR
"""),
    _neg("klausur", "klausur-bbio104-ss26@uni-lichtenberg.de",
         "exam-klausur-invigilation",
         r"""BEGIN:VCALENDAR
PRODID:-//Georg-Lichtenberg-Universitaet//FlexNow Pruefungstermine//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:klausur-bbio104-ss26@uni-lichtenberg.de
DTSTAMP:20260515T100000Z
DTSTART:20260722T080000Z
DTEND:20260722T100000Z
SUMMARY:Klausur B.Bio.104 Allgemeine Mikrobiologie (Prüferin: Roth)
DESCRIPTION:Anmeldungen: 212. Räume: ZHG 011\, ZHG 008. Aufsichten: Stein
 \, Schönfeld\, Bredow\, 2 HiWis. Klausurbögen bis 15.7. ans Prüfungsamt.
LOCATION:ZHG 011 / ZHG 008
END:VEVENT
END:VCALENDAR
"""),
    _neg("sfb-treffen", "sfb1456-pl-2026-03@uni-lichtenberg.de",
         "sfb-project-leaders-meeting",
         r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20260210T120000Z
LAST-MODIFIED:20260210T120000Z
DTSTAMP:20260210T120000Z
UID:sfb1456-pl-2026-03@uni-lichtenberg.de
SUMMARY:SFB 1456 Projektleiter:innen-Treffen (Vorbereitung Zwischenbegut
 achtung)
ORGANIZER;CN="SFB 1456 Geschäftsstelle":mailto:sfb1456@uni-lichtenberg.de
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN="Anja Rot
 h":mailto:anja.roth@uni-lichtenberg.de
DTSTART;TZID=Europe/Berlin:20260310T130000
DTEND;TZID=Europe/Berlin:20260310T160000
LOCATION:MPI-NAT\, Seminarraum Ost
DESCRIPTION:TOP: Zeitplan Fortsetzungsantrag\, Posterformat für die Begeh
 ung\, Mittel für Gleichstellung\, Gästeprogramm\, Nachbesetzung Projekt A
 02.
END:VEVENT
END:VCALENDAR
"""),
    _neg("vaam-tagung", "vaam2026-jahrestagung-allday",
         "conference-multi-day-all-day",
         r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//Mac OS X 15.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251020T190000Z
UID:vaam2026-jahrestagung-allday
DTSTART;VALUE=DATE:20260315
DTEND;VALUE=DATE:20260319
DTSTAMP:20251020T190010Z
SEQUENCE:0
SUMMARY:VAAM-Jahrestagung 2026 (Leipzig)
DESCRIPTION:Talk Mi in Session "Persistence & Tolerance". Poster Mira + Ja
 kob. Fachgruppensitzung Biofilme Di abends. Abendessen mit den Kielern
  Mi.
LOCATION:Congress Center Leipzig
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    _neg("begehung-s2", "040000008200E00074C5B7101A82E00800000000AB91CD92EF93DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
         "s2-lab-inspection-gewerbeaufsicht",
         r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Stabsstelle Arbeitssicherheit":mailto:arbeitssicherheit@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Anja Jun.-Prof. Dr.":mailto:anja.roth@uni-lichtenberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Schönfeld, Mira":mailto:mira.schoenfeld@uni-lichtenberg.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Roth\,\n\ndas Staatliche Gewerbeaufsichtsamt Göttingen hat eine Begehung der gentechnischen Anlage der Sicherheitsstufe 2 (Az. 501.40-2023/117) angekündigt. Bitte halten Sie die Aufzeichnungen nach § 6 GenTSV\, das Betriebstagebuch\, die Unterweisungsnachweise und den Hygieneplan bereit. Die Beauftragte für Biologische Sicherheit nimmt teil.\n
UID:040000008200E00074C5B7101A82E00800000000AB91CD92EF93DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=de-DE:Begehung S2-Anlage AG Roth durch das Gewerbeaufsichtsamt
DTSTART;TZID=W. Europe Standard Time:20260602T090000
DTEND;TZID=W. Europe Standard Time:20260602T113000
DTSTAMP:20260512T073000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:GZMB 1.205 (S2)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
]
