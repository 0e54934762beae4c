"""holdout181: other negatives, part 1: work and job-search look-alikes (hand-written raw iCalendar)."""

from holdout181ev_tz import BERLIN, W_EUROPE

EVENTS = [
    {
        "kind": "mitarbeitergespraech",
        "uid": "040000008200E00074C5B7101A82E00800000000F03D1C59588EDD01000000000000000010000000"
        "2C6D7E8F90A1B2C3D4E5F60718293A4B",
        "trap": "own-appraisal-mitarbeitergespraech",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Steiner, Klaus Dr.":mailto:klaus.steiner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Tobias\,\nhier unser jährliches Mitarbeiter
 gespräch (Zielerreichung 2025\, Ziele 2026\, Entwicklungsperspektive). Bitt
 e den Vorbereitungsbogen aus dem Intranet mitbringen.\nGruß Klaus\n
UID:040000008200E00074C5B7101A82E00800000000F03D1C59588EDD010000000000000000
 100000002C6D7E8F90A1B2C3D4E5F60718293A4B
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch 2026 – T. Hartl
DTSTART;TZID=W. Europe Standard Time:20260227T100000
DTEND;TZID=W. Europe Standard Time:20260227T113000
DTSTAMP:20260210T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Dr. Steiner A2.05
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "betriebsversammlung",
        "uid": "040000008200E00074C5B7101A82E00800000000004E2D6A699FDD01000000000000000010000000"
        "3D7E8F90A1B2C3D4E5F60718293A4B5C",
        "trap": "works-council-assembly",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Betriebsrat Garching":mailto:br-garching@voltric-systems.de
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=FALSE;CN="Alle Mitarbeitenden Garching":m
 ailto:alle-garching@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Einladung zur Betriebsversammlung gem. §43 BetrV
 G\nTagesordnung: Bericht des Betriebsrats\, Bericht der Geschäftsleitung\,
  Standortentwicklung\, Verschiedenes. Die Teilnahme ist Arbeitszeit.\n
UID:040000008200E00074C5B7101A82E00800000000004E2D6A699FDD010000000000000000
 100000003D7E8F90A1B2C3D4E5F60718293A4B5C
SUMMARY;LANGUAGE=de-DE:Betriebsversammlung Standort Garching
DTSTART;TZID=W. Europe Standard Time:20260318T090000
DTEND;TZID=W. Europe Standard Time:20260318T120000
DTSTAMP:20260225T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kantine Gebäude C
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "design-review",
        "uid": "040000008200E00074C5B7101A82E00800000000105F3E7B7AB0DD01000000000000000010000000"
        "4E8F90A1B2C3D4E5F60718293A4B5C6D",
        "trap": "design-review-internal",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Hartl, Tobias":mailto:tobias.hartl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Meier, Florian":mailto:florian.m
 eier@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kovac, Ivana":mailto:ivana.kovac
 @voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Haas, Robert":mailto:robert.haas
 @voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Design Review DR2 Inverter Gen3 (B-Muster): Layo
 ut Leistungsteil\, Gate-Driver\, Thermik-Simulation\, offene Punkte aus DR1.
 \nUnterlagen im Teams-Kanal "INV3 Hardware".\n
UID:040000008200E00074C5B7101A82E00800000000105F3E7B7AB0DD010000000000000000
 100000004E8F90A1B2C3D4E5F60718293A4B5C6D
SUMMARY;LANGUAGE=de-DE:DR2 Inverter Gen3 B-Muster
DTSTART;TZID=W. Europe Standard Time:20260311T090000
DTEND;TZID=W. Europe Standard Time:20260311T120000
DTSTAMP:20260302T110000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:GAR-A1-102 Konferenz Watzmann (12 P.)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lieferantenaudit",
        "uid": "040000008200E00074C5B7101A82E008000000002060408C8BC1DD01000000000000000010000000"
        "5F90A1B2C3D4E5F60718293A4B5C6D7E",
        "trap": "supplier-audit-vda63",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Brunner, Stefanie (SQM)":mailto:stefanie.brunner@voltric-syst
 ems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Prozessaudit VDA 6.3 bei Kolb Elektronik GmbH (L
 eiterplattenbestückung)\, Cham. Abfahrt 6:30 Garching\, Fahrgemeinschaft.
  Tobias: P5/P6 Produktentstehung.\n
UID:040000008200E00074C5B7101A82E008000000002060408C8BC1DD010000000000000000
 100000005F90A1B2C3D4E5F60718293A4B5C6D7E
SUMMARY;LANGUAGE=de-DE:Lieferantenaudit VDA 6.3 – Kolb Elektronik\, Cham
DTSTART;TZID=W. Europe Standard Time:20260325T083000
DTEND;TZID=W. Europe Standard Time:20260325T163000
DTSTAMP:20260304T140000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kolb Elektronik GmbH\, Cham
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fmea-workshop",
        "uid": "040000008200E00074C5B7101A82E0080000000030715196A9D2DD01000000000000000010000000"
        "60A1B2C3D4E5F60718293A4B5C6D7E8F",
        "trap": "fmea-workshop",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Kovac, Ivana":mailto:ivana.kovac@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Meier, Florian":mailto:florian.m
 eier@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:DFMEA Gate-Driver-Board INV3 (AIAG-VDA)\, Schritt
  4-6\, Moderation Ivana. Bitte Fehlernetz vorab anschauen (APIS IQ).\n
UID:040000008200E00074C5B7101A82E0080000000030715196A9D2DD010000000000000000
 1000000060A1B2C3D4E5F60718293A4B5C6D7E8F
SUMMARY;LANGUAGE=de-DE:FMEA-Workshop Gate-Driver INV3 (Teil 2)
DTSTART;TZID=W. Europe Standard Time:20260413T130000
DTEND;TZID=W. Europe Standard Time:20260413T170000
DTSTAMP:20260401T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:GAR-B2-020 Projektraum
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jour-fixe",
        "uid": "040000008200E00074C5B7101A82E008000000004082620ABAE3DD01000000000000000010000000"
        "71B2C3D4E5F60718293A4B5C6D7E8F90",
        "trap": "jour-fixe-recurring-override",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Steiner, Klaus Dr.":mailto:klaus.steiner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Jour fixe Klaus / Tobias – Projektstatus\, Persona
 l\, Eskalationen\n
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO
UID:040000008200E00074C5B7101A82E008000000004082620ABAE3DD010000000000000000
 1000000071B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:JF Steiner/Hartl
DTSTART;TZID=W. Europe Standard Time:20260112T083000
DTEND;TZID=W. Europe Standard Time:20260112T090000
DTSTAMP:20260105T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:A2.05
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Steiner, Klaus Dr.":mailto:klaus.steiner@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:verschoben wg. Lenkungskreis\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260309T083000
UID:040000008200E00074C5B7101A82E008000000004082620ABAE3DD010000000000000000
 1000000071B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:JF Steiner/Hartl
DTSTART;TZID=W. Europe Standard Time:20260310T150000
DTEND;TZID=W. Europe Standard Time:20260310T153000
DTSTAMP:20260305T120000Z
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:A2.05
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "abstimmung-emv",
        "uid": "040000008200E00074C5B7101A82E0080000000050937318CBF4DD01000000000000000010000000"
        "82C3D4E5F60718293A4B5C6D7E8F90A2",
        "trap": "abstimmung-with-customer-oem",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Hartl, Tobias":mailto:tobias.hartl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Weiß, Jürgen":mailto:juergen.wei
 ss@oem-kunde.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Meier, Florian":mailto:florian.m
 eier@voltric-systems.de
DESCRIPTION;LANGUAGE=de-DE:Abstimmung EMV-Messergebnisse CISPR 25 (Klasse 5
 ) INV3 B-Muster\, Maßnahmenplan bis C-Muster.\n\n________________\nMicroso
 ft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/19%3ameetin
 g_OWYx%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E0080000000050937318CBF4DD010000000000000000
 1000000082C3D4E5F60718293A4B5C6D7E8F90A2
SUMMARY;LANGUAGE=de-DE:Abstimmung EMV INV3 – Voltric / Kunde
DTSTART;TZID=W. Europe Standard Time:20260410T090000
DTEND;TZID=W. Europe Standard Time:20260410T100000
DTSTAMP:20260327T130000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "masterarbeit-betreuung",
        "uid": "040000008200E00074C5B7101A82E0080000000060A48429DC05DE01000000000000000010000000"
        "93D4E5F60718293A4B5C6D7E8F90A1B3",
        "trap": "thesis-supervision-meeting",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Hartl, Tobias":mailto:tobias.hartl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Wagner, Julian (Masterand)":mai
 lto:julian.wagner@voltric-systems.de
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN=Prof. Dr.-Ing. Eva Brandt:mailto:
 eva.brandt@tum.de
DESCRIPTION;LANGUAGE=de-DE:Zwischenstand Masterarbeit "Modellprädiktive Reg
 elung für SiC-Traktionsinverter": Kapitel 3\, Messergebnisse Prüfstand\, Ze
 itplan bis Abgabe 30.06.\n
UID:040000008200E00074C5B7101A82E0080000000060A48429DC05DE010000000000000000
 1000000093D4E5F60718293A4B5C6D7E8F90A1B3
SUMMARY;LANGUAGE=de-DE:Masterarbeit J. Wagner – Zwischenpräsentation
DTSTART;TZID=W. Europe Standard Time:20260421T140000
DTEND;TZID=W. Europe Standard Time:20260421T153000
DTSTAMP:20260407T100000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:GAR-B2-014 Besprechung Isar (6 P.)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mock-interview",
        "uid": "3e5g7i9k1m3o5q7s9u1w3y5a7c@google.com",
        "trap": "mock-interview-with-coach",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260228T100000
DTEND;TZID=Europe/Berlin:20260228T113000
DTSTAMP:20260223T180000Z
ORGANIZER;CN=Andrea Brandl Coaching:mailto:kontakt@brandl-coaching.de
UID:3e5g7i9k1m3o5q7s9u1w3y5a7c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=tobias.
 hartl@web.de;X-NUM-GUESTS=0:mailto:tobias.hartl@web.de
DESCRIPTION:Hallo Tobias\,\nwie besprochen: Probeinterview für Teamleiter-R
 ollen (ich spiele die Bereichsleiterin eines OEM)\, danach Videoanalyse und
  Feedback. Bitte Lebenslauf und eine Stellenanzeige mitbringen.\nAndrea
LOCATION:Coaching-Praxis\, Hohenzollernstr. 18\, München
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interviewtraining / Probeinterview Teamleitung
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vdi-webinar",
        "uid": "webinar-2026-03-05-vdi-karriere-7781@vdi.de",
        "trap": "webinar-about-job-interviews",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo Technologies//GoTo Webinar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-2026-03-05-vdi-karriere-7781@vdi.de
DTSTAMP:20260220T100000Z
DTSTART:20260305T170000Z
DTEND:20260305T180000Z
SUMMARY:VDI Karriere-Webinar: Das Vorstellungsgespräch für Führungskräfte in
  der Technik
DESCRIPTION:Vielen Dank für Ihre Anmeldung!\nReferentin: Dipl.-Psych. Moni
 ka Ried\nThemen: typische Fragen im Interview für Teamleiter\, Gehaltsverh
 andlung\, Assessment Center.\nTeilnahme-Link: https://attendee.gotowebinar
 .com/join/7781004551
LOCATION:Online (GoTo Webinar)
ORGANIZER;CN=VDI Karriere:mailto:karriere-webinare@vdi.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast",
        "uid": "cal-5d3a9e12@hochvolt-podcast.de",
        "trap": "podcast-interview-guest",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:cal-5d3a9e12@hochvolt-podcast.de
DTSTAMP:20260309T193000Z
DTSTART;TZID=Europe/Berlin:20260326T190000
DTEND;TZID=Europe/Berlin:20260326T200000
SUMMARY:Podcast-Aufnahme "Hochvolt & Heimat" mit Tobias Hartl
DESCRIPTION:Veranstaltungsname: Interview-Aufnahme (60 Min)\nThema: Warum 8
 00 Volt? Leistungselektronik im E-Auto erklärt.\nBitte Headset verwenden\,
  ruhiger Raum. Aufnahme über Riverside.\nLink: https://riverside.fm/studio/
 hochvolt-heimat
LOCATION:https://riverside.fm/studio/hochvolt-heimat
ORGANIZER;CN=Benedikt Zott:mailto:bene@hochvolt-podcast.de
ATTENDEE;CN=Tobias Hartl;PARTSTAT=ACCEPTED:mailto:tobias.hartl@web.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "experteninterview",
        "uid": "7b2e9f41-0c6d-4a88-b315-e4d7a0c2f9b6",
        "trap": "research-expert-interview-user-interviewee",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:7b2e9f41-0c6d-4a88-b315-e4d7a0c2f9b6
DTSTAMP:20260311T090000Z
DTSTART:20260319T160000Z
DTEND:20260319T164500Z
SUMMARY:Experteninterview Masterarbeit – Einsatz von SiC in 800V-Antrieben
DESCRIPTION:Sehr geehrter Herr Hartl\,\nvielen Dank\, dass Sie sich für ein
  Experteninterview im Rahmen meiner Masterarbeit an der Hochschule Münch
 en zur Verfügung stellen. Das Interview wird aufgezeichnet und anonymisier
 t ausgewertet (ca. 45 Min.\, Zoom).\nMit freundlichen Grüßen\nLukas Weinzi
 erl
LOCATION:Zoom https://hm-edu.zoom.us/j/61822390417
ORGANIZER;CN=Lukas Weinzierl:mailto:lukas.weinzierl@hm.edu
ATTENDEE;CN=Tobias Hartl;RSVP=TRUE:mailto:tobias.hartl@voltric-systems.de
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "fachpresse",
        "uid": "040000008200E00074C5B7101A82E0080000000070B5953AED16DE01000000000000000010000000"
        "A4E5F60718293A4B5C6D7E8F90A1B2C4",
        "trap": "press-interview-trade-magazine",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Unternehmenskommunikation":mailto:presse@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Hartl, Tobias":mailto:tobias.har
 tl@voltric-systems.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Claudia Renner (Redaktion):mailt
 o:c.renner@elektronik-fahrzeug.de
DESCRIPTION;LANGUAGE=de-DE:Interview für die Fachzeitschrift "Elektronik im
  Fahrzeug"\, Schwerpunktheft Leistungselektronik. Freigabe der Zitate über
  die Unternehmenskommunikation. Bitte keine Kundennamen nennen.\n
UID:040000008200E00074C5B7101A82E0080000000070B5953AED16DE010000000000000000
 10000000A4E5F60718293A4B5C6D7E8F90A1B2C4
SUMMARY;LANGUAGE=de-DE:Presseinterview Elektronik im Fahrzeug – SiC-Inverter
DTSTART;TZID=W. Europe Standard Time:20260429T140000
DTEND;TZID=W. Europe Standard Time:20260429T150000
DTSTAMP:20260420T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "referenzgespraech",
        "uid": "A9B8C7D6-E5F4-4321-8765-0FEDCBA98765",
        "trap": "reference-call-as-referee",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
BEGIN:VEVENT
UID:A9B8C7D6-E5F4-4321-8765-0FEDCBA98765
DTSTAMP:20260406T200000Z
DTSTART:20260408T123000
DTEND:20260408T130000
SUMMARY:Referenz Stefan K. – Anruf Pegnitz Energie
DESCRIPTION:Fr. Dörfler (HR Pegnitz Energie) ruft an wg Stefan\, war 2019-2
 3 in meinem Team. Stärken: Test\, Zuverlässigkeit. Nichts zu Gehalt sagen.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-anonym",
        "uid": "040000008200E00074C5B7101A82E0080000000080C6A64BFE27DE01000000000000000010000000"
        "B5F60718293A4B5C6D7E8F90A1B2C3D5",
        "trap": "personalberater-first-call-no-client-named",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Kessler, Peter Dr.":mailto:p.kessler@kessler-partner.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Hartl
 :mailto:tobias.hartl@web.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Hartl\,\n\nvielen Dank für Ih
 r Interesse. Wie in meiner Nachricht angedeutet\, suchen wir im Auftrag ein
 es mittelständischen Technologieunternehmens in Ostbayern eine Führungskraf
 t für die Systemtechnik. Den Namen unseres Mandanten kann ich Ihnen aus Ver
 traulichkeitsgründen erst nach unserem ersten Gespräch nennen.\n\nMit freun
 dlichen Grüßen\nDr. Peter Kessler\nKessler & Partner Personalberatung GmbH\n
UID:040000008200E00074C5B7101A82E0080000000080C6A64BFE27DE010000000000000000
 10000000B5F60718293A4B5C6D7E8F90A1B2C3D5
SUMMARY;LANGUAGE=de-DE:Erstgespräch Kessler & Partner / Hr. Hartl (vertraul
 ich)
DTSTART;TZID=W. Europe Standard Time:20260226T180000
DTEND;TZID=W. Europe Standard Time:20260226T183000
DTSTAMP:20260223T101000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
    },
]
