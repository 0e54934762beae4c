"""holdout153: institute routine and personal life (hand-written raw iCalendar text)."""

from holdout153ev_base import no

EVENTS = [
    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Promotionsbüro Biowissenschaften":mailto:promotion@biow.uni-heid
 elberg.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kessler, Matthi
 as":mailto:matthias.kessler@biozentrum-hd.de
DESCRIPTION;LANGUAGE=de-DE:Disputation von Herrn Jonas Brandt\, M.Sc.\nVortr
 ag 30 Min.\, anschließend mündliche Prüfung.\nPrüfungskommission: Prof. Dr.
  M. Kessler (Erstgutachter)\, Prof. Dr. S. Albrecht\, Dr. H. Weiss (Prüferi
 n)\, Prof. Dr. T. Bauer (Vorsitz)
UID:040000008200E00074C5B7101A82E00800000000D8F0B2C4EF6CDC010000000000000000
 10000000D6F4B6C8E0A2D4F6B8C0E2A4D6F8B0C2
SUMMARY;LANGUAGE=de-DE:Disputation Jonas Brandt
DTSTART;TZID=W. Europe Standard Time:20251010T140000
DTEND;TZID=W. Europe Standard Time:20251010T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:INF 230\, Hörsaal 2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000D8F0B2C4EF6CDC0100000000000000001000"
              "0000D6F4B6C8E0A2D4F6B8C0E2A4D6F8B0C2", "thesis-defence-user-as-examiner")),

    dict(kind="all-day", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="SFB 1638 Geschäftsstelle":mailto:sfb1638@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="SFB 1638 alle"
 :mailto:sfb1638-all@biozentrum-hd.de
DESCRIPTION;LANGUAGE=de-DE:Begutachtung der 2. Förderperiode durch die DFG-G
 utachtergruppe. Projektleiter:innen präsentieren\, Postdocs und Doktorand:i
 nnen stellen Poster aus (13:00–14:30) und stehen den Gutachter:innen für Fra
 gen zur Verfügung. Bitte den ganzen Tag freihalten.
UID:040000008200E00074C5B7101A82E00800000000E9A1C3D5F07CDC010000000000000000
 10000000E7A5C7D9F1B3E5A7C9D1F3B5E7A9C1D3
SUMMARY;LANGUAGE=de-DE:DFG-Begehung SFB 1638
DTSTART;VALUE=DATE:20260127
DTEND;VALUE=DATE:20260129
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000E9A1C3D5F07CDC0100000000000000001000"
              "0000E7A5C7D9F1B3E5A7C9D1F3B5E7A9C1D3", "grant-site-visit-evaluation")),

    dict(kind="doctolib", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//DE
METHOD:PUBLISH
@TZ:BERLIN@
BEGIN:VEVENT
UID:doctolib-appointment-5521873904@doctolib.de
DTSTAMP:20251002T184400Z
DTSTART;TZID=Europe/Berlin:20251020T073000
DTEND;TZID=Europe/Berlin:20251020T080000
SUMMARY:Termin bei Dr. med. dent. Ulrike Schubert
DESCRIPTION:Kontrolluntersuchung + professionelle Zahnreinigung\nZahnarztpr
 axis Dr. Schubert\, Hauptstraße 112\, 69117 Heidelberg\nBitte bringen Sie I
 hre Versichertenkarte mit.\nAbsagen: https://www.doctolib.de/termine
LOCATION:Hauptstraße 112\, 69117 Heidelberg
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=no("doctolib-appointment-5521873904@doctolib.de", "dentist-doctolib")),

    dict(kind="entry", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Familie
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20251112T153000Z
DTEND:20251112T161500Z
DTSTAMP:20251020T121000Z
UID:9k3m7p1r5t9v3x7z1b5d9f3h7l@google.com
CREATED:20251020T121000Z
DESCRIPTION:Frau Demir\, Gruppe Füchse. Beobachtungsbogen + Eingewöhnung Ve
 rgleich. Markus kommt direkt vom Büro.
LAST-MODIFIED:20251020T121000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entwicklungsgespräch Emil (Kita)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", label=no("9k3m7p1r5t9v3x7z1b5d9f3h7l@google.com", "kita-parent-conference-gespraech")),

    dict(kind="bank", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sparkasse//Online-Terminvereinbarung//DE
METHOD:REQUEST
@TZ:BERLIN@
BEGIN:VEVENT
UID:spk-hd-termin-77810223@sparkasse-heidelberg.de
DTSTAMP:20251104T110000Z
DTSTART;TZID=Europe/Berlin:20251114T170000
DTEND;TZID=Europe/Berlin:20251114T180000
SUMMARY:Beratungsgespräch Sparkasse Heidelberg
DESCRIPTION:Ihr Beratungstermin: Vermögensberatung / Altersvorsorge bei Ausla
 ndswechsel (Schweiz)\nBerater: Herr Tobias Wendt\nFiliale Bismarckplatz\n\nBi
 tte bringen Sie Ihren Personalausweis mit.
LOCATION:Sparkasse Heidelberg\, Bismarckplatz
ORGANIZER;CN=Tobias Wendt:mailto:tobias.wendt@sparkasse-heidelberg.de
ATTENDEE;CN=Hannah Weiss;PARTSTAT=ACCEPTED:mailto:hannah.weiss.bio@posteo.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", label=no("spk-hd-termin-77810223@sparkasse-heidelberg.de", "bank-beratungsgespraech")),

    dict(kind="official", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Stadt Heidelberg//TEVIS Terminvergabe//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:tevis-hd-bb-20251028-0915-A17@heidelberg.de
DTSTAMP:20251012T094510Z
DTSTART:20251028T081500Z
DTEND:20251028T083000Z
SUMMARY:Bürgeramt Mitte – Reisepass beantragen
DESCRIPTION:Vorgangsnummer: A17-2291\nBitte mitbringen: alter Reisepass\, Pe
 rsonalausweis\, 1 biometrisches Passbild. Express-Pass möglich (Gebühr 100\,
 00 EUR).
LOCATION:Bürgeramt Mitte\, Bergheimer Straße 69\, Heidelberg
END:VEVENT
END:VCALENDAR
""", label=no("tevis-hd-bb-20251028-0915-A17@heidelberg.de", "citizens-office-passport")),

    dict(kind="entry", lf=True, ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260105T212200Z
DTSTAMP:20260105T212205Z
DTSTART;TZID=Europe/Zurich:20260112T180000
DTEND;TZID=Europe/Zurich:20260112T183000
LAST-MODIFIED:20260105T212205Z
SEQUENCE:0
SUMMARY:Besichtigung Wohnung Basel (Gundeli)
LOCATION:Güterstrasse 212\, 4053 Basel
UID:E7A9B1C3-5F6B-4D84-AC2E-4A6B8D0F2E35
DESCRIPTION:Verwaltung: Frau Bürgin\, 4.5 Zi\, CHF 2'950 inkl. NK\nDirekt
  nach Uni Basel – knapp!\nBetreibungsauszug? -> nicht nötig als Deutsche?
END:VEVENT
END:VCALENDAR
""", label=no("E7A9B1C3-5F6B-4D84-AC2E-4A6B8D0F2E35", "apartment-viewing-on-interview-day")),

    dict(kind="doctolib", ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//DE
METHOD:PUBLISH
@TZ:BERLIN@
BEGIN:VEVENT
UID:doctolib-appointment-5530019217@doctolib.de
DTSTAMP:20251103T071200Z
DTSTART;TZID=Europe/Berlin:20251117T081000
DTEND;TZID=Europe/Berlin:20251117T083000
SUMMARY:Termin bei Dr. med. Peter Reinhardt (Allgemeinmedizin)
DESCRIPTION:Gesundheits-Check-up / Impfberatung (Reise USA)\nHausarztpraxis
  Reinhardt\, Rohrbacher Str. 40\, 69115 Heidelberg
LOCATION:Rohrbacher Str. 40\, 69115 Heidelberg
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", label=no("doctolib-appointment-5530019217@doctolib.de", "gp-checkup-travel-vaccination")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Yildiz, Deniz":mailto:deniz.yildiz@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Structural Bio
 logy Journal Club":mailto:sb-jc@biozentrum-hd.de
DESCRIPTION;LANGUAGE=en-US:Presenter: Hannah Weiss\nPaper: "AlphaFold3-guid
 ed cryo-EM of transient transporter states" (Science 2025)\nPizza sponsored
  by the PhD reps.
UID:040000008200E00074C5B7101A82E00800000000F0B2D4E6018CDC010000000000000000
 10000000F8B6D8E0A2C4F6B8D0E2A4C6F8B0D2E4
SUMMARY;LANGUAGE=en-US:SB Journal Club – H. Weiss
DTSTART;TZID=W. Europe Standard Time:20251107T120000
DTEND;TZID=W. Europe Standard Time:20251107T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Seminarraum 3.102
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000F0B2D4E6018CDC0100000000000000001000"
              "0000F8B6D8E0A2C4F6B8D0E2A4C6F8B0D2E4", "journal-club-presenter")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Seidel, Monika (Arbeitssicherheit)":mailto:monika.seidel@biozen
 trum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Weiss, Han
 nah":mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=de-DE:Jährliche Sicherheitsunterweisung nach GenTSV (S1
 /S2)\, Gefahrstoffe und Flüssigstickstoff. Teilnahme ist Pflicht\; Unterschr
 iftenliste liegt aus.
UID:040000008200E00074C5B7101A82E00800000000A1C3E5F7129CDC010000000000000000
 10000000A9C7E9F1B3D5A7C9E1F3B5D7A9C1E3F5
SUMMARY;LANGUAGE=de-DE:Sicherheitsunterweisung 2025 (S1/S2\, LN2)
DTSTART;TZID=W. Europe Standard Time:20251009T100000
DTEND;TZID=W. Europe Standard Time:20251009T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250922T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Hörsaal EG
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000A1C3E5F7129CDC0100000000000000001000"
              "0000A9C7E9F1B3D5A7C9E1F3B5D7A9C1E3F5", "mandatory-safety-training")),

    dict(kind="all-day", ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Hannah Arbeit
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251031
DTEND;VALUE=DATE:20251101
DTSTAMP:20251020T101500Z
UID:0l4n8q2s6u0w4y8a2c6e0g4j8m@google.com
CREATED:20251020T101500Z
DESCRIPTION:Empfehlungsschreiben für Deniz (EMBO Postdoctoral Fellowship) h
 ochladen – Link aus Mail vom EMBO-Portal. + LoR Aylin? (Master -> PhD Bewerb
 ung ETH)
LAST-MODIFIED:20251020T101500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Deadline LoR Deniz (EMBO)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", label=no("0l4n8q2s6u0w4y8a2c6e0g4j8m@google.com", "reference-letter-deadline-as-referee")),

    dict(kind="outlook-invite", ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
@TZ:MS_WEUROPE@
BEGIN:VEVENT
ORGANIZER;CN="Bauer, Thomas":mailto:thomas.bauer@biozentrum-hd.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weiss, Hannah"
 :mailto:hannah.weiss@biozentrum-hd.de
DESCRIPTION;LANGUAGE=de-DE:Praktikum Strukturbiologie (MSc Molekulare Bioswis
 senschaften)\, Block 2: Kristallisation und Datensammlung. Betreuung Tag 1–3
 : H. Weiss. Antestate am Morgen\, Protokollabgabe Freitag.
RRULE:FREQ=DAILY;COUNT=3
UID:040000008200E00074C5B7101A82E00800000000B2D4F6A8230CDC010000000000000000
 10000000BAD8F0A2C4E6B8D0F2A4C6E8B0D2F4A6
SUMMARY;LANGUAGE=de-DE:Praktikum SB Block 2 – Betreuung
DTSTART;TZID=W. Europe Standard Time:20260119T090000
DTEND;TZID=W. Europe Standard Time:20260119T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251210T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kurssaal 0.14
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", label=no("040000008200E00074C5B7101A82E00800000000B2D4F6A8230CDC0100000000000000001000"
              "0000BAD8F0A2C4E6B8D0F2A4C6E8B0D2F4A6", "teaching-lab-course-with-entry-tests")),
]
