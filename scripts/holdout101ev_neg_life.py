"""holdout101 negatives: everyday office work (Baubesprechungen, Bauherren) and personal appointments
(raw iCalendar; CC0 1.0)."""

from __future__ import annotations

from typing import Any

from holdout101ev_ics import ev

BER = ("Europe/Berlin",)
OLK = "Microsoft Exchange Server 2010"
WIN = ("W. Europe Standard Time",)
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 18.1//EN"


def _neg(kind: str, body: str, trap: str, **kw: Any) -> dict[str, str]:
    return ev(kind, body, is_interview=0, trap=trap, **kw)


def events() -> list[dict[str, str]]:
    return [
        _neg("baubesprechung-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bauleitung Gerstl":mailto:bauleitung@gerstl-bau.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Wimmer Haustechnik":mailto:info@wimmer-ht.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Lutz, Anton":mailto:a.lutz@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:TOP 1 Terminplan Rohbau 3. OG\nTOP 2 Bemusterung Fenster\nTOP 3 Nachträge HLS\nProtokoll: AL
 \n
UID:040000008200E00074C5B7101A82E00800000000B5B6B7B8B9C0DC01000000000000000010000000C1C2C3C4C5C6C7C8C9D0D1D2D3D4D5D6
SUMMARY;LANGUAGE=de-DE:Baubespr. BV Schwabing\, Haus B
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=20
DTSTART;TZID=W. Europe Standard Time:20251007T080000
DTEND;TZID=W. Europe Standard Time:20251007T093000
DTSTAMP:20251001T070000Z
LOCATION;LANGUAGE=de-DE:Baucontainer BV Schwabing\, Ungererstr. 140
END:VEVENT
""", "site-meeting-recurring-de", prodid=OLK, tzids=WIN),

        _neg("bauherr-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dr. Reinhold Amann":mailto:r.amann@amann-immobilien.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Huber, Martin":mailto:m.huber@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Bauherren-Termin: Vorstellung Entwurfsvarianten Fassade\, Kostenberechnung nach DIN 276\, Ent
 scheidung Holz-Alu vs. Alu.\n
UID:040000008200E00074C5B7101A82E00800000000D7D8D9E0E1E2DC01000000000000000010000000E3E4E5E6E7E8E9F0F1F2F3F4F5F6F7F8
SUMMARY;LANGUAGE=de-DE:BH-Termin Amann – Fassadenvarianten
DTSTART;TZID=W. Europe Standard Time:20251016T100000
DTEND;TZID=W. Europe Standard Time:20251016T120000
DTSTAMP:20251009T080000Z
LOCATION;LANGUAGE=de-DE:Huber + Partner\, Besprechung Isar
END:VEVENT
""", "client-meeting-de", prodid=OLK, tzids=WIN),

        _neg("baustelle-de", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251029T073000
DTEND;TZID=Europe/Berlin:20251029T090000
DTSTAMP:20251027T180000Z
UID:4w6y8a0c2e4g6i8k0m2o4q6s8u@google.com
SUMMARY:Baust. Riem – Begehung Mängel EG mit Gerstl
LOCATION:Schulcampus Riem
SEQUENCE:0
END:VEVENT
""", "site-visit-terse-de", prodid=GOOGLE, method="PUBLISH", tzids=BER),

        _neg("jourfixe-de", r"""
BEGIN:VEVENT
ORGANIZER;CN="Huber, Martin":mailto:m.huber@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lutz, Anton":mailto:a.lutz@huber-partner-architekten.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Brunner, Katharina":mailto:k.brunner@huber-partner-architekten.de
DESCRIPTION;LANGUAGE=de-DE:Projektübersicht\, Auslastung\, Personalplanung 2026 (offene Stellen: 1 Projektarchitekt:in\,
  2 Werkstudent:innen)\n
UID:040000008200E00074C5B7101A82E00800000000F9A0A1A2A3A4DC01000000000000000010000000A5A6A7A8A9B0B1B2B3B4B5B6B7B8B9C0
SUMMARY;LANGUAGE=de-DE:Bespr. Projektleiter-Runde (Jour fixe)
RRULE:FREQ=WEEKLY;BYDAY=MO
DTSTART;TZID=W. Europe Standard Time:20250908T090000
DTEND;TZID=W. Europe Standard Time:20250908T100000
DTSTAMP:20250901T070000Z
LOCATION;LANGUAGE=de-DE:Besprechung Isar
END:VEVENT
""", "internal-jourfixe-hiring-mention-de", prodid=OLK, tzids=WIN),

        _neg("zahnarzt-de", r"""
BEGIN:VEVENT
UID:doctolib-appt-77120455-ed
DTSTAMP:20251006T090000Z
DTSTART;TZID=Europe/Berlin:20251020T073000
DTEND;TZID=Europe/Berlin:20251020T081500
SUMMARY:Zahnarzttermin bei Dr. med. dent. Katrin Loibl – Professionelle Zahnreinigung
DESCRIPTION:Praxis Dr. Loibl\, Nymphenburger Str. 120\, 80636 München. Bitte bringen Sie Ihre Versichertenkarte mit. Abs
 agen bis 24 h vorher über Doctolib.
LOCATION:Nymphenburger Str. 120\, 80636 München
END:VEVENT
""", "dentist-de", prodid="-//Doctolib//Doctolib//DE", method="PUBLISH", tzids=BER),

        _neg("kita-de", r"""
BEGIN:VEVENT
CREATED:20251012T190000Z
UID:D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6
DTSTART;TZID=Europe/Berlin:20251022T161500
DTEND;TZID=Europe/Berlin:20251022T170000
SUMMARY:Entwicklungsgespräch KiTa Sonnenblume (Emil)
LOCATION:KiTa Sonnenblume\, Gruppe Füchse
DESCRIPTION:Mit Frau Gassner (Erzieherin). Portfolio-Ordner ansehen.
DTSTAMP:20251012T190000Z
SEQUENCE:0
END:VEVENT
""", "kita-parent-talk-de", prodid=APPLE, method=None, tzids=BER),

        _neg("kfz-de", r"""
BEGIN:VEVENT
UID:terminvereinbarung-kvr-2025-448812@muenchen.de
DTSTAMP:20251003T080000Z
DTSTART;TZID=Europe/Berlin:20251013T081000
DTEND;TZID=Europe/Berlin:20251013T082500
SUMMARY:Termin Kfz-Zulassung – Umschreibung (Vorgangsnummer 448812)
DESCRIPTION:Ihr Termin bei der Kfz-Zulassungsbehörde München\, Eichstätter Str. 2. Bitte mitbringen: Personalausweis\, Z
 ulassungsbescheinigung Teil I und II\, eVB-Nummer\, SEPA-Mandat.
LOCATION:Eichstätter Str. 2\, 80686 München
END:VEVENT
""", "car-registration-de", prodid="-//Landeshauptstadt Muenchen//Terminvereinbarung//DE", method="PUBLISH",
             tzids=BER),

        _neg("bank-de", r"""
BEGIN:VEVENT
UID:beratung-55128-20251106@stadtsparkasse.example.de
DTSTAMP:20251028T140000Z
DTSTART;TZID=Europe/Berlin:20251106T173000
DTEND;TZID=Europe/Berlin:20251106T183000
SUMMARY:Beratungsgespräch Baufinanzierung
DESCRIPTION:Ihr Berater: Herr Thomas Wagner. Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und Ihre Selbstausk
 unft mit.
LOCATION:Filiale Laim\, Fürstenrieder Str. 5
ORGANIZER;CN=Thomas Wagner:mailto:thomas.wagner@stadtsparkasse.example.de
ATTENDEE;CN=Franziska Eder:mailto:franzi.eder.arch@web.de
END:VEVENT
""", "bank-advice-de", prodid="-//Sparkassen-Finanzgruppe//Terminbuchung//DE", tzids=BER),

        _neg("hausarzt-de", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251111T083000
DTEND;TZID=Europe/Berlin:20251111T090000
DTSTAMP:20251104T200000Z
UID:6y8a0c2e4g6i8k0m2o4q6s8u0w@google.com
SUMMARY:Hausarzt (Blutabnahme\, nüchtern!)
SEQUENCE:0
END:VEVENT
""", "doctor-terse-de", prodid=GOOGLE, method="PUBLISH", tzids=BER),

        _neg("reisepass-de", r"""
BEGIN:VEVENT
UID:buergerbuero-reisepass-20251204-0930@muenchen.de
DTSTAMP:20251120T100000Z
DTSTART;TZID=Europe/Berlin:20251204T093000
DTEND;TZID=Europe/Berlin:20251204T094500
SUMMARY:Bürgerbüro: Beantragung Reisepass
DESCRIPTION:Bitte biometrisches Passfoto und alten Reisepass mitbringen.
LOCATION:Bürgerbüro Pasing\, Landsberger Str. 486
END:VEVENT
""", "passport-office-de", prodid="-//Landeshauptstadt Muenchen//Terminvereinbarung//DE", method="PUBLISH",
             tzids=BER),

        _neg("reunion-chantier-fr", r"""
BEGIN:VEVENT
ORGANIZER;CN="Girard, Thomas":mailto:t.girard@bet-alsace.fr
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eder, Franziska":mailto:f.eder@huber-partner-architekt
 en.de
DESCRIPTION;LANGUAGE=fr-FR:Point structure bois – lot 03\, projet Kehl. Ordre du jour : descentes de charges\, planning
  de pose.\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2
SUMMARY;LANGUAGE=fr-FR:Réunion technique lot 03 – Kehl (visio)
DTSTART;TZID=Romance Standard Time:20251113T140000
DTEND;TZID=Romance Standard Time:20251113T150000
DTSTAMP:20251106T090000Z
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
END:VEVENT
""", "work-meeting-fr", prodid=OLK, tzids=("Romance Standard Time",)),

        _neg("piso-es", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251026T190000
DTEND;TZID=Europe/Berlin:20251026T200000
DTSTAMP:20251024T100000Z
ORGANIZER;CN=Marta Gil:mailto:marta.gil.v@gmail.com
UID:8a0c2e4g6i8k0m2o4q6s8u0w2y@google.com
ATTENDEE;CN=Marta Gil;PARTSTAT=ACCEPTED:mailto:marta.gil.v@gmail.com
ATTENDEE;CN=franzi.eder.arch@web.de;PARTSTAT=ACCEPTED:mailto:franzi.eder.arch@web.de
SUMMARY:Videollamada Marta – vacaciones Valencia
DESCRIPTION:¡Hablamos del piso para Semana Santa!
SEQUENCE:0
END:VEVENT
""", "personal-call-es", prodid=GOOGLE, tzids=BER),

        _neg("teamevent-de", r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251212T180000
DTEND;TZID=Europe/Berlin:20251212T230000
DTSTAMP:20251110T100000Z
ORGANIZER;CN=Katharina Brunner:mailto:k.brunner@huber-partner-architekten.de
UID:0c2e4g6i8k0m2o4q6s8u0w2y4a@google.com
ATTENDEE;CN=Franziska Eder;PARTSTAT=ACCEPTED:mailto:f.eder@huber-partner-architekten.de
SUMMARY:H+P Weihnachtsfeier 🎄
LOCATION:Augustiner Keller
SEQUENCE:0
END:VEVENT
""", "office-party-de", prodid=GOOGLE, tzids=BER),

        _neg("fortbildung-de", r"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251120
DTEND;VALUE=DATE:20251122
DTSTAMP:20251001T100000Z
UID:seminar-gebaeudeenergiegesetz-2025-11@kammer-akademie-bau.de
SUMMARY:Seminar GEG 2024 in der Praxis (2 Tage)
DESCRIPTION:Kammer-Akademie Bau\, Fortbildungspflicht: 16 UE.
LOCATION:Haus der Architektur\, Waisenhausstr. 4
TRANSP:TRANSPARENT
END:VEVENT
""", "training-course-de", prodid="-//Kammer-Akademie Bau//Seminarverwaltung//DE", method="PUBLISH"),

        _neg("gespraechsfuehrung-de", r"""
BEGIN:VEVENT
UID:akademie-2025-s-207-teilnehmer-55731
DTSTAMP:20251015T080000Z
DTSTART;TZID=Europe/Berlin:20251128T090000
DTEND;TZID=Europe/Berlin:20251128T170000
SUMMARY:Seminar: Bewerbungsgespräche führen – Personalauswahl im Planungsbüro
DESCRIPTION:Für Büroinhaber:innen und Projektleitungen: strukturierte Interviews\, AGG\, Beurteilungsfehler. Referent: D
 r. Paul Engl.
LOCATION:Haus der Architektur\, Waisenhausstr. 4\, München
ORGANIZER;CN=Kammer-Akademie Bau:mailto:akademie@kammer-akademie-bau.de
ATTENDEE;CN=Franziska Eder:mailto:f.eder@huber-partner-architekten.de
END:VEVENT
""", "class-on-interviewing-de", prodid="-//Kammer-Akademie Bau//Seminarverwaltung//DE", tzids=BER),
    ]
