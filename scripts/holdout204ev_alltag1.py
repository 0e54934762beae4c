"""holdout204 negatives: the ward's everyday calendar at LKH Graz Süd (not interviews)."""

from holdout204ev_tz import TZ_VIENNA, TZ_WEU, ev

_OUTLOOK = r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEU

EVENTS = [
    ev(
        "dienstuebergabe-recurring",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Gollner, Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Team Interne 2B":mailto
 :team.interne2b@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Erweiterte Dienstübergabe mit Fallbesprechung (1
  Pat. pro Woche\, Bezugspflege stellt vor).\n
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20260326T120000Z
UID:040000008200E00074C5B7101A82E008000000002D3E4F5A6B5FDC01000000000000000
 01000000011223344556677881122334455667788
SUMMARY;LANGUAGE=de-AT:Dienstübergabe erweitert + Fallbesprechung
DTSTART;TZID=W. Europe Standard Time:20251002T133000
DTEND;TZID=W. Europe Standard Time:20251002T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Stationsstützpunkt 2B
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Gollner, Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Team Interne 2B":mailto
 :team.interne2b@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Diese Woche ausnahmsweise im Seminarraum wegen Ba
 ustelle Stützpunkt.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20251120T133000
UID:040000008200E00074C5B7101A82E008000000002D3E4F5A6B5FDC01000000000000000
 01000000011223344556677881122334455667788
SUMMARY;LANGUAGE=de-AT:Dienstübergabe erweitert + Fallbesprechung
DTSTART;TZID=W. Europe Standard Time:20251120T140000
DTEND;TZID=W. Europe Standard Time:20251120T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251117T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:GS Seminarraum 2
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000002D3E4F5A6B5FDC0100000000000000001000000011223344556677881122334455667788",
        trap="recurring-handover-with-override",
    ),
    ev(
        "chefvisite",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
BEGIN:VEVENT
UID:D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6
DTSTAMP:20251012T170000Z
DTSTART:20251013T090000
DTEND:20251013T110000
SUMMARY:Chefvisite Prim. Hasenöhrl
DESCRIPTION:Kurven vorher fertig\, Zi 9 Angehörige wollen OA sprechen
END:VEVENT
END:VCALENDAR
""",
        uid="D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6",
        trap="ward-round-chefvisite",
        lf=True,
    ),
    ev(
        "mag-own-appraisal",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Gollner, Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Verena\,\nwie jedes Jahr unser Mitarbeiter
 gespräch. Bitte den Vorbereitungsbogen (Intranet > Personal > MAG) ausfülle
 n – Rückblick\, Ziele 2026\, Fortbildungswünsche\, Entwicklungsperspektive.
 \nLG Sabine\n
UID:040000008200E00074C5B7101A82E008000000003E4F5A6B7C60DC01000000000000000
 01000000099AABBCCDDEEFF0099AABBCCDDEEFF00
SUMMARY;LANGUAGE=de-AT:MAG 2025 Pichler / Gollner
DTSTART;TZID=W. Europe Standard Time:20251118T140000
DTEND;TZID=W. Europe Standard Time:20251118T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251103T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:SL-Büro 2B
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000003E4F5A6B7C60DC0100000000000000001000000099AABBCCDDEEFF0099AABBCCDDEEFF00",
        trap="own-appraisal-mitarbeitergespraech",
    ),
    ev(
        "pflegevisite",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Wutte, Helmut":mailto:helmut.wutte@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gollner, Sab
 ine":mailto:sabine.gollner@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Pflegevisite Zi 4–6: Pflegeplanung\, Wunddoku\, S
 turzrisiko-Assessment\, Gespräch mit Pat. über Pflegeziele. Verena als Bezu
 gspflegende stellt vor.\n
UID:040000008200E00074C5B7101A82E008000000004F5A6B7C8D61DC01000000000000000
 010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
SUMMARY;LANGUAGE=de-AT:Pflegevisite 2B
DTSTART;TZID=W. Europe Standard Time:20251022T100000
DTEND;TZID=W. Europe Standard Time:20251022T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T121200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Station 2B
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000004F5A6B7C8D61DC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6",
        trap="nursing-round-pflegevisite",
    ),
    ev(
        "tv-interview",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Unternehmenskommunikation LKH Graz Süd";SENT-BY="mailto:kat
 harina.gross@kages-sued.at":mailto:kommunikation@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gollner, Sab
 ine":mailto:sabine.gollner@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Pichler\,\n\ndanke\, dass Sie sich be
 reit erklärt haben! Das Team von Klinik-TV Steiermark dreht einen Beitrag z
 ur Personalsituation in der Pflege. Interview ca. 15 Min. (O-Töne: Alltag a
 uf der Interne\, Nachtdienste\, was würde helfen?)\, danach Schnittbilder a
 m Stützpunkt. Bitte Dienstkleidung\, Namensschild. Patient*innen werden nic
 ht gefilmt.\n\nKatharina Gross\, Unternehmenskommunikation\n
UID:040000008200E00074C5B7101A82E008000000005A6B7C8D9E62DC01000000000000000
 010000000B7B8B9C0C1C2C3C4C5C6C7C8C9D0D1D2
SUMMARY;LANGUAGE=de-AT:Dreh Klinik-TV: Interview Pflegepersonal (Fr. Pichler)
DTSTART;TZID=W. Europe Standard Time:20251030T130000
DTEND;TZID=W. Europe Standard Time:20251030T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251023T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Station 2B / Stützpunkt
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000005A6B7C8D9E62DC01000000000000000010000000B7B8B9C0C1C2C3C4C5C6C7C8C9D0D1D2",
        trap="press-tv-interview-about-staffing",
    ),
    ev(
        "reanimationstraining",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Bildungszentrum LKH Graz Süd":mailto:bildungszentrum@kages-s
 ued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Pflichtfortbildung BLS/AED + Notfallmanagement a
 uf der Normalstation (Megacode-Training). Anrechnung 4 FB-Stunden gem. §63
  GuKG. Bequeme Kleidung.\n
UID:040000008200E00074C5B7101A82E008000000006B7C8D9E0F63DC01000000000000000
 010000000D3D4D5D6D7D8D9E0E1E2E3E4E5E6E7E8
SUMMARY;LANGUAGE=de-AT:Reanimationstraining BLS/AED (Pflicht)
DTSTART;TZID=W. Europe Standard Time:20251209T080000
DTEND;TZID=W. Europe Standard Time:20251209T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Skills Lab Haus 5
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000006B7C8D9E0F63DC01000000000000000010000000D3D4D5D6D7D8D9E0E1E2E3E4E5E6E7E8",
        trap="mandatory-cpr-training",
    ),
    ev(
        "angehoerigengespraech",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
""" + TZ_VIENNA + r"""BEGIN:VEVENT
UID:E6F7A8B9-C0D1-4E2F-A3B4-C5D6E7F8A9B0
DTSTAMP:20251111T160000Z
DTSTART;TZID=Europe/Vienna:20251112T150000
DTEND;TZID=Europe/Vienna:20251112T153000
SUMMARY:Angehörigengespräch Fam. Hofer Zi 12 (mit OA Dr. Mlinar)
DESCRIPTION:Entlassung nach Hause vs. Kurzzeitpflege\, Sozialarbeit dazuhole
 n\, Pflegegeldantrag
END:VEVENT
END:VCALENDAR
""",
        uid="E6F7A8B9-C0D1-4E2F-A3B4-C5D6E7F8A9B0",
        trap="family-conference-angehoerigengespraech",
        lf=True,
    ),
    ev(
        "teambesprechung",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Gollner, Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Team Interne 2B":mailto
 :team.interne2b@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:TO: Dienstplan Weihnachten\, neue Kolleg*innen ab
  Feb (Vorstellung)\, Personalschlüssel\, Sturzprotokolle\, Allfälliges.\n
UID:040000008200E00074C5B7101A82E008000000007C8D9E0F1A64DC01000000000000000
 010000000E9F0F1F2F3F4F5F6F7F8F9A0A1A2A3A4
SUMMARY;LANGUAGE=de-AT:Teambesprechung 2B Dezember
DTSTART;TZID=W. Europe Standard Time:20251204T140000
DTEND;TZID=W. Europe Standard Time:20251204T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:GS Seminarraum 2
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000007C8D9E0F1A64DC01000000000000000010000000E9F0F1F2F3F4F5F6F7F8F9A0A1A2A3A4",
        trap="team-meeting-mentions-new-colleagues",
    ),
    ev(
        "fokusgruppe-befragung",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Qualitätsmanagement";SENT-BY="mailto:p.sommer@kages-sued.at
 ":mailto:qm@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pichler,
  Verena":mailto:verena.pichler@kages-sued.at
DESCRIPTION;LANGUAGE=de-AT:Im Rahmen der Mitarbeiter*innenbefragung 2025 f
 ühren wir vertiefende Fokusgruppen-Interviews durch (Thema: Arbeitsbelastu
 ng und Bindung im Pflegedienst). Anonym\, Dauer 60 Min.\, Dienstzeit.\n
UID:040000008200E00074C5B7101A82E008000000008D9E0F1A2B65DC01000000000000000
 010000000A5A6A7A8A9B0B1B2B3B4B5B6B7B8B9C0
SUMMARY;LANGUAGE=de-AT:Fokusgruppen-Interview Mitarbeiterbefragung Pflege
DTSTART;TZID=W. Europe Standard Time:20260122T133000
DTEND;TZID=W. Europe Standard Time:20260122T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260112T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Verwaltung Besprechungsraum 1
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000008D9E0F1A2B65DC01000000000000000010000000A5A6A7A8A9B0B1B2B3B4B5B6B7B8B9C0",
        trap="staff-survey-focus-group-interview",
    ),
    ev(
        "supervision",
        _OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Gollner, Sabine":mailto:sabine.gollner@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Team Interne 2B":mailto
 :team.interne2b@kages-sued.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mag. Dr. Ruth Kogler:ma
 ilto:praxis@kogler-supervision.at
DESCRIPTION;LANGUAGE=de-AT:Teamsupervision (extern)\, Thema: Umgang mit Ü
 berlastung\, Konflikte Tag-/Nachtdienst.\n
UID:040000008200E00074C5B7101A82E008000000009E0F1A2B3C66DC01000000000000000
 010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6
SUMMARY;LANGUAGE=de-AT:Teamsupervision 2B
DTSTART;TZID=W. Europe Standard Time:20260226T140000
DTEND;TZID=W. Europe Standard Time:20260226T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260201T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:GS Seminarraum 2
END:VEVENT
END:VCALENDAR
""",
        uid="040000008200E00074C5B7101A82E008000000009E0F1A2B3C66DC01000000000000000010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6",
        trap="team-supervision-external",
    ),
    ev(
        "weiterbildung-modul",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Verena privat
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251016
DTEND;VALUE=DATE:20251018
DTSTAMP:20250901T180000Z
UID:9u2x5a8d1g4j7m0p3s6v9y2b5e@google.com
DESCRIPTION:WB Basales und mittleres Pflegemanagement (§64 GuKG)\, Modul 4:
  Personalführung & Personalauswahl (Bewerbungsgespräche führen\, Rollenspiel
 e)\nBildungshaus Mariatrost
SUMMARY:WB Pflegemanagement Modul 4
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        uid="9u2x5a8d1g4j7m0p3s6v9y2b5e@google.com",
        trap="management-course-module-on-personnel-selection",
    ),
]
