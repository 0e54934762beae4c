# ruff: noqa: E501
"""holdout225 events, part h: more Kita work and Franziska's personal life (school, doctor, KVR, choir, bank)."""

from holdout225ev_tz import BERLIN_APPLE, BERLIN_GOOGLE, WEST_EUROPE_OUTLOOK

_HDR_OL = "BEGIN:VCALENDAR\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nVERSION:2.0\n"
_NEG = dict(interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(_NEG, kind="eingewoehnung", uid="kw-sonnenblume-eingew-mia-0303",
         trap="eingewoehnung-first-day",
         ics=_HDR_OL + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Mia K. (14 Mon.)\, Bezugserzieherin Carina\, Mama bleibt die ersten 3 Tage im Raum. Erstgespräch war am 20.2.\n
DTSTART;TZID="W. Europe Standard Time":20250303T090000
DTEND;TZID="W. Europe Standard Time":20250303T100000
DTSTAMP:20250220T150000Z
SUMMARY;LANGUAGE=de:Eingewöhnung Mia – Tag 1 (Marienkäfer)
UID:kw-sonnenblume-eingew-mia-0303
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="kita-aufsicht", uid="040000008200E00074C5B7101A82E008000000001F2E3D4C5B8ADB0100000000000000001000000031415926535897932384626433832795",
         trap="supervisory-authority-visit",
         ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Angerer, Bettina (RBS-KITA-FA)":mailto:bettina.angerer@muenchen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Demleitner, Ulrike (Bereichsleitung)":mailto:u.demleitner@kinderwelt-muenchen.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Hofbauer\,\n\nim Rahmen der Kita-Aufsicht (Art. 45 BayKiBiG / § 45 SGB VIII) kündige ich meinen Besuch in Ihrer Einrichtung an. Themen: Personalschlüssel\, Schutzkonzept\, Dienstplan der letzten 4 Wochen\, Brandschutz.\n\nMit freundlichen Grüßen\nBettina Angerer\nFachaufsicht Kindertageseinrichtungen freier Träger\n
UID:040000008200E00074C5B7101A82E008000000001F2E3D4C5B8ADB0100000000000000001000000031415926535897932384626433832795
SUMMARY;LANGUAGE=de-DE:Aufsichtsbesuch Kita Sonnenblume
DTSTART;TZID=W. Europe Standard Time:20250313T090000
DTEND;TZID=W. Europe Standard Time:20250313T113000
DTSTAMP:20250227T103000Z
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
LOCATION;LANGUAGE=de-DE:Kita Sonnenblume
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="fortbildung-kinderschutz", uid="fb-2025-118-teilnehmer-4471@kinderwelt-akademie.de",
         trap="training-child-protection",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kinderwelt Akademie//Seminarverwaltung//DE
METHOD:PUBLISH
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:fb-2025-118-teilnehmer-4471@kinderwelt-akademie.de
DTSTAMP:20250115T080000Z
DTSTART;TZID=Europe/Berlin:20250407T090000
DTEND;TZID=Europe/Berlin:20250408T163000
SUMMARY:Fortbildung FB-2025-118: Kinderschutz nach § 8a SGB VIII für Leitungen
DESCRIPTION:Zweitägige Fortbildung\, Referentin: Dipl.-Soz.päd. Ingrid Faltermeier\nRollenspiele: Gesprächsführung mit Eltern bei Verdacht auf Kindeswohlgefährdung\, Dokumentation\, Zusammenarbeit mit der insoweit erfahrenen Fachkraft.\nVerpflegung: Mittagessen und Brotzeit inklusive.
LOCATION:Kinderwelt Akademie\, Seminarraum 2
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="fachberatung-termin", uid="kw-fachberatung-lechner-sonnenblume-0410",
         trap="own-provider-fachberatung-visit",
         ics=_HDR_OL + "METHOD:REQUEST\n" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Lechner, Josef (Fachberatung)":mailto:j.lechner@kinderwelt-muenchen.de
ATTENDEE;CN="Hofbauer, Franziska";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Servus Franzi\,\n\nwie besprochen Beratungstermin Qualitätsentwicklung: Portfolio-Arbeit in der Krippe\, Beobachtungsverfahren (Perik/Seldak)\, Vorbereitung der Elternbefragung. Ich schau mir auch gern die Portfolios an.\n\nPfiad di\nSepp\n
DTSTART;TZID="W. Europe Standard Time":20250410T100000
DTEND;TZID="W. Europe Standard Time":20250410T120000
DTSTAMP:20250328T120000Z
SUMMARY;LANGUAGE=de:Fachberatung Sonnenblume – Portfolio / Beobachtung
LOCATION:Kita Sonnenblume
UID:kw-fachberatung-lechner-sonnenblume-0410
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="leitungskonferenz", uid="kw-leitungskonferenz-2025-monthly",
         trap="recurring-leadership-conference",
         ics=_HDR_OL + "METHOD:REQUEST\n" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Demleitner, Ulrike (Bereichsleitung)":mailto:u.demleitner@kinderwelt-muenchen.de
ATTENDEE;CN="Leitungen Region Ost";ROLE=REQ-PARTICIPANT:mailto:leitungen-ost@kinderwelt-muenchen.de
DESCRIPTION:Leitungskonferenz Region Ost – monatlich\, erster Donnerstag. Tagesordnung folgt jeweils eine Woche vorher.\n
RRULE:FREQ=MONTHLY;BYDAY=1TH
DTSTART;TZID="W. Europe Standard Time":20250109T090000
DTEND;TZID="W. Europe Standard Time":20250109T123000
DTSTAMP:20241202T080000Z
SUMMARY;LANGUAGE=de:Leitungskonferenz Region Ost
LOCATION:Geschäftsstelle\, großer Saal
UID:kw-leitungskonferenz-2025-monthly
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="sparkasse", uid="spk-termin-20250314-88120@sskm.de",
         trap="bank-appointment-beratungsgespraech",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sparkasse//Terminvereinbarung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:spk-termin-20250314-88120@sskm.de
DTSTAMP:20250307T141000Z
DTSTART:20250314T153000Z
DTEND:20250314T163000Z
SUMMARY:Ihr Beratungsgespräch bei der Stadtsparkasse München
DESCRIPTION:Thema: Baufinanzierung / Anschlussfinanzierung\nIhr Berater: Herr Florian Baumann\nFiliale Giesing\, Tegernseer Landstraße 75\n\nBitte bringen Sie die letzten drei Gehaltsabrechnungen mit.
LOCATION:Stadtsparkasse München\, Filiale Giesing
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="elternbeirat", uid="0m2o4q6s8u0w2y4a6c8e0g2i4k@google.com",
         trap="parents-council-meeting",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250401T180000Z
DTEND:20250401T193000Z
DTSTAMP:20250320T210000Z
ORGANIZER;CN=Elternbeirat Sonnenblume:mailto:elternbeirat.sonnenblume@gmail.com
UID:0m2o4q6s8u0w2y4a6c8e0g2i4k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=f.hofbauer@kinderwelt-muenchen.de;X-NUM-GUESTS=0:mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Liebe Frau Hofbauer\, anbei die Einladung zur Elternbeiratssitzung. TOPs: Sommerfest\, Schließtage 2025/26\, Personalsituation (Fragen aus der Elternschaft). Viele Grüße\, Martina (Vorsitz)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Elternbeiratssitzung
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="berufsberatung", uid="ba-bbie-termin-7711204@arbeitsagentur.de",
         trap="career-counselling-employment-agency",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bundesagentur für Arbeit//Terminvergabe//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:ba-bbie-termin-7711204@arbeitsagentur.de
DTSTAMP:20250205T090000Z
DTSTART:20250213T150000Z
DTEND:20250213T160000Z
SUMMARY:Beratungsgespräch Berufsberatung im Erwerbsleben
DESCRIPTION:Agentur für Arbeit München\nIhr Termin: Berufsberatung im Erwerbsleben (BBiE) – Videoberatung\nThema: berufliche Weiterentwicklung\, Weiterbildung Fachwirt/in Kita\nZugang: https://www.arbeitsagentur.de/videokommunikation (Zugangscode per SMS)
LOCATION:Videoberatung
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="praxisbesuch", uid="fakoki-praxisbesuch-2025-sp2-gruber",
         trap="teacher-practice-visit-for-intern",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:fakoki-praxisbesuch-2025-sp2-gruber
DTSTAMP:20250305T101500Z
DTSTART;TZID=Europe/Berlin:20250402T090000
DTEND;TZID=Europe/Berlin:20250402T110000
SUMMARY:Praxisbesuch Fachakademie – Berufspraktikantin Anna Gruber
ORGANIZER;CN=StRin Elisabeth Maier:mailto:e.maier@fakoki-muenchen.de
ATTENDEE;RSVP=TRUE;CN=Franziska Hofbauer;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Sehr geehrte Frau Hofbauer\,\n\nich besuche Frau Gruber am 2.4. zur Lehrprobe (Bilderbuchbetrachtung\, Gruppe Füchse) mit anschließendem Reflexionsgespräch mit Anleitung und Leitung.\n\nMit freundlichen Grüßen\nElisabeth Maier
LOCATION:Kita Sonnenblume
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="aufnahmegespraech", uid="kw-sonnenblume-aufnahme-novak-0408",
         trap="kita-admission-talk-with-parents",
         ics=_HDR_OL + "METHOD:REQUEST\n" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
ATTENDEE;CN=Petra Novak;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:petra.novak@gmx.net
DESCRIPTION:Aufnahmegespräch für den Krippenplatz ab September (Tim\, geb. 06/2024). Betreuungsvertrag\, Buchungszeiten\, Eingewöhnungsplanung\, Allergien. Bitte Impfnachweis (Masern) und U-Heft mitbringen.\n
DTSTART;TZID="W. Europe Standard Time":20250408T150000
DTEND;TZID="W. Europe Standard Time":20250408T160000
DTSTAMP:20250401T093000Z
SUMMARY;LANGUAGE=de:Aufnahmegespräch Fam. Novak (Krippe Sept.)
LOCATION:Kita Sonnenblume\, Büro
UID:kw-sonnenblume-aufnahme-novak-0408
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="schulaufgabe", uid="F2A4C6E8-0B2D-4F6A-8C0E-2B4D6F8A0C2E",
         trap="son-school-exam-all-day", lf=True,
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
X-WR-CALNAME:Familie
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
UID:F2A4C6E8-0B2D-4F6A-8C0E-2B4D6F8A0C2E
DTSTAMP:20250310T194500Z
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
SUMMARY:Jonas 2. Schulaufgabe Mathe
DESCRIPTION:Brüche + Dezimalzahlen\, am WE üben!
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="hausaerztin", uid="doctolib-appt-55120934-hofbauer",
         trap="doctor-appointment-booking-platform",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//DE
METHOD:PUBLISH
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
UID:doctolib-appt-55120934-hofbauer
DTSTAMP:20250225T183000Z
DTSTART;TZID=Europe/Berlin:20250306T074500
DTEND;TZID=Europe/Berlin:20250306T080000
SUMMARY:Termin bei Dr. med. Barbara Ostler – Allgemeinmedizin
DESCRIPTION:Terminart: Gesundheits-Check-up\nBitte bringen Sie Ihre Versichertenkarte mit und kommen Sie nüchtern (Blutabnahme).\nPraxis Dr. Ostler\, Tegernseer Landstr. 161\, 81539 München
LOCATION:Tegernseer Landstr. 161\, 81539 München
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="kvr-reisepass", uid="kvr-termin-2025-03-21-BB-774102@muenchen.de",
         trap="official-appointment-passport",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Landeshauptstadt München//KVR Terminvereinbarung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:kvr-termin-2025-03-21-BB-774102@muenchen.de
DTSTAMP:20250228T072000Z
DTSTART:20250321T065000
DTEND:20250321T070500
SUMMARY:KVR: Reisepass beantragen (Bürgerbüro Ruppertstraße)
DESCRIPTION:Vorgangsnummer: BB-774102\nBitte mitbringen: alter Reisepass\, Personalausweis\, aktuelles biometrisches Lichtbild\, Gebühr (EC-Karte).\nBürgerbüro Ruppertstraße 19\, Eingang Halle\, Aufruf am Monitor.
LOCATION:Bürgerbüro Ruppertstraße 19
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="chorprobe", uid="E0C2A4F6-D8B0-4A2C-9E4F-6A8C0E2B4D6F",
         trap="recurring-choir-rehearsal-with-moved-date", lf=True,
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.3//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
UID:E0C2A4F6-D8B0-4A2C-9E4F-6A8C0E2B4D6F
DTSTAMP:20240910T190000Z
DTSTART;TZID=Europe/Berlin:20240911T194500
DTEND;TZID=Europe/Berlin:20240911T215000
RRULE:FREQ=WEEKLY;BYDAY=WE
SUMMARY:Chorprobe Singkreis Haidhausen
LOCATION:Pfarrsaal St. Johann Baptist
DESCRIPTION:Noten + Wasser mitnehmen
END:VEVENT
BEGIN:VEVENT
UID:E0C2A4F6-D8B0-4A2C-9E4F-6A8C0E2B4D6F
DTSTAMP:20250401T080000Z
RECURRENCE-ID;TZID=Europe/Berlin:20250416T194500
DTSTART;TZID=Europe/Berlin:20250417T190000
DTEND;TZID=Europe/Berlin:20250417T220000
SUMMARY:Chorprobe – Generalprobe Passionskonzert (Do!)
LOCATION:St. Johann Baptist\, Kirche
DESCRIPTION:schwarze Kleidung\, Mappe
END:VEVENT
END:VCALENDAR
"""),
    dict(_NEG, kind="tag-offene-tuer", uid="kw-sonnenblume-tdot-2025",
         trap="open-day-for-parents",
         ics=_HDR_OL + "METHOD:PUBLISH\n" + WEST_EUROPE_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofbauer, Franziska":mailto:f.hofbauer@kinderwelt-muenchen.de
DESCRIPTION:Tag der offenen Tür für interessierte Familien (kita finder+ Anmeldungen). Führungen 14:30 / 15:30 / 16:30\, Kaffee und Kuchen vom Elternbeirat.\n
DTSTART;TZID="W. Europe Standard Time":20250215T140000
DTEND;TZID="W. Europe Standard Time":20250215T173000
DTSTAMP:20250110T100000Z
SUMMARY;LANGUAGE=de:Tag der offenen Tür Kita Sonnenblume
LOCATION:Kita Sonnenblume
UID:kw-sonnenblume-tdot-2025
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
