# ruff: noqa: E501  (raw iCalendar lines are as long as the tools write them)
"""holdout214 events, part c: Abellio, Länderbahn (rescheduled), TX Logistik, SBB Cargo Int., HVLE, Erfurter Bahn."""

from holdout214ev_tz import BERLIN, WEST, WEST_DE, ZURICH, ev

EVENTS = []

# Abellio: d.vinci confirmation of a phone interview
EVENTS.append(ev("abellio-dvinci-phone", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci HR-Systems GmbH//d.vinci easy//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:dvinci-appointment-301887-4411@abellio-mitteldeutschland.dvinci-easy.com
DTSTAMP:20240208T094012Z
DTSTART;TZID=Europe/Berlin:20240214T153000
DTEND;TZID=Europe/Berlin:20240214T160000
SUMMARY:Telefoninterview Ausbilder Triebfahrzeugführer (m/w/d) - Sebastian Krüger
DESCRIPTION:Sehr geehrter Herr Krüger\,\n\nSie haben folgenden Termin gebuch
 t:\n\nStelle: Ausbilder Triebfahrzeugführer (m/w/d) - Standort Halle (Saal
 e)\nArt: Telefoninterview\nGesprächspartnerin: Melanie Roth\, Personalrefe
 rentin\n\nWir rufen Sie unter der angegebenen Telefonnummer an.\n\nMit freun
 dlichen Grüßen\nIhr Recruiting-Team der Abellio Rail Mitteldeutschland Gmb
 H
ORGANIZER;CN=Abellio Rail Mitteldeutschland Recruiting:mailto:noreply@dvinci-easy.com
ATTENDEE;CN=Melanie Roth;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.roth@abellio-mitteldeutschland.de
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Telefon
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "dvinci-appointment-301887-4411@abellio-mitteldeutschland.dvinci-easy.com", 1,
    "Abellio Rail Mitteldeutschland", "Ausbilder Triebfahrzeugführer (m/w/d)", "recruiter_screen",
    "m.roth@abellio-mitteldeutschland.de", "dvinci-self-booked-phone"))

# Abellio: Vorstellungsgespräch with the Betriebsleiter, German Outlook zone name
EVENTS.append(ev("abellio-betriebsleiter", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST_DE + r"""BEGIN:VEVENT
ORGANIZER;CN="Roth, Melanie":mailto:m.roth@abellio-mitteldeutschland.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Krause, Frank Dr.":mailto:f.krause@abellio-mitteldeutschland.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="HAL-Magdeburger Str. Besprechung 1 (8)":mailto:besprechung1-hal@abellio-mitteldeutschland.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Krüger\,\n\nhiermit lade ich Sie
  zu einem Vorstellungsgespräch mit unserem Betriebsleiter (EBL)\, Herrn Dr.
  Frank Krause\, ein. Ich werde ebenfalls teilnehmen.\n\nAdresse: Magdeburge
 r Straße 29\, 06112 Halle (Saale)\, 3. OG\, bitte am Empfang melden.\n\nMit
  freundlichen Grüßen\nMelanie Roth\n
UID:040000008200E00074C5B7101A82E00800000000E7D2F94A6A6EDA0100000000000000001000000033A9C1B7E5D04F0E8B2A6C3D1E9F7B42
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hr. Krüger – Ausbilder Tf
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20240223T100000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20240223T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240215T142233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Halle\, Magdeburger Str. 29 – Besprechung 1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000E7D2F94A6A6EDA0100000000000000001000000033A9C1B7E5D04F0E8B2A6C3D1E9F7B42",
    1, "Abellio Rail Mitteldeutschland", "Ausbilder Tf", "hiring_manager",
    "f.krause@abellio-mitteldeutschland.de;m.roth@abellio-mitteldeutschland.de",
    "vorstellungsgespraech-betriebsleiter-localized-outlook-tz", crlf=True))

# Abellio: trial day in the training department (the user's own)
EVENTS.append(ev("abellio-hospitation", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Sommer, Uwe":mailto:u.sommer@abellio-mitteldeutschland.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roth, Melanie":mailto:m.roth@abellio-mitteldeutschland.de
DESCRIPTION;LANGUAGE=de-DE:Moin Herr Krüger\,\n\nwie mit Dr. Krause besproch
 en: Schnuppertag bei uns in der Ausbildung. Vormittags Theorie-Lehrgang Tf
 -Grundausbildung Kurs 23/2 (Sie übernehmen 30 Min. Thema Signalbuch Hl-Sys
 tem)\, nachmittags Simulator. Danach kurzes Feedback.\n\nUwe Sommer\nLeite
 r Aus- und Fortbildung
UID:040000008200E00074C5B7101A82E00800000000A09E5C3D1B71DA010000000000000000100000004F8E7D6C5B4A39281706F5E4D3C2B1A0
SUMMARY;LANGUAGE=de-DE:Hospitation Ausbildung – Hr. Krüger
DTSTART;TZID=W. Europe Standard Time:20240318T080000
DTEND;TZID=W. Europe Standard Time:20240318T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240308T075503Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Halle\, Lehrsaal 2 / Simulatorraum
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A09E5C3D1B71DA010000000000000000100000004F8E7D6C5B4A39281706F5E4D3C2B1A0",
    1, "Abellio Rail Mitteldeutschland", "", "onsite", "u.sommer@abellio-mitteldeutschland.de",
    "own-trial-day-hospitation-teaching-sample", crlf=True))

_LB_UID = "040000008200E00074C5B7101A82E0080000000062B1D8C04E63DA01000000000000000010000000C2E4A6B8D0F1E3C5A7B9D1F3E5A7C9B1"

# Länderbahn: original invite (SEQUENCE 0)
EVENTS.append(ev("laenderbahn-original", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Zimmermann, Kathrin":mailto:kathrin.zimmermann@laenderbahn.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hähnel, Lutz":mailto:lutz.haehnel@laenderbahn.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Krüger\,\n\nvielen Dank für Ih
 re Bewerbung als Triebfahrzeugführer mit Ausbildertätigkeit (m/w/d) für un
 ser Netz trilex. Gern möchten wir Sie persönlich kennenlernen. Gesprächspa
 rtner: Lutz Hähnel (Leiter Eisenbahnbetrieb Ost) und ich.\n\nOrt: Die Länd
 erbahn GmbH DLB\, Betriebsstandort Zittau\, Bahnhofstraße 1\n\nFreundliche
  Grüße\nKathrin Zimmermann\nPersonal
UID:""" + _LB_UID + r"""
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Tf/Ausbilder trilex – Krüger
DTSTART;TZID=W. Europe Standard Time:20240305T130000
DTEND;TZID=W. Europe Standard Time:20240305T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240222T101411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Zittau\, Bahnhofstraße 1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", _LB_UID, 1, "Die Länderbahn", "Triebfahrzeugführer mit Ausbildertätigkeit (m/w/d)",
    "hiring_manager", "kathrin.zimmermann@laenderbahn.com;lutz.haehnel@laenderbahn.com",
    "outlook-original-before-reschedule", crlf=True))

# Länderbahn: rescheduled (same UID, SEQUENCE 2)
EVENTS.append(ev("laenderbahn-rescheduled", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Zimmermann, Kathrin":mailto:kathrin.zimmermann@laenderbahn.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Hähnel, Lutz":mailto:lutz.haehnel@laenderbahn.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Krüger\,\n\nleider muss Herr Hä
 hnel wegen einer Betriebsstörung kurzfristig absagen. Wir verschieben unse
 r Gespräch auf Freitag\, 15.03.\, gleiche Uhrzeit\, gleicher Ort. Bitte be
 stätigen Sie kurz.\n\nFreundliche Grüße\nKathrin Zimmermann\nPersonal\n
UID:""" + _LB_UID + r"""
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Tf/Ausbilder trilex – Krüger (verschoben)
DTSTART;TZID=W. Europe Standard Time:20240315T130000
DTEND;TZID=W. Europe Standard Time:20240315T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240304T165020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:Zittau\, Bahnhofstraße 1
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", _LB_UID, 1, "Die Länderbahn", "",
    "hiring_manager", "kathrin.zimmermann@laenderbahn.com;lutz.haehnel@laenderbahn.com",
    "rescheduled-same-uid-higher-sequence", crlf=True))

# TX Logistik: Personio invite, no clear stage
EVENTS.append(ev("txlogistik-personio", r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-event-b91d3f6e-2a4c-4e7b-8d05-61f9c2a7e314
DTSTAMP:20240216T121944Z
DTSTART:20240221T130000Z
DTEND:20240221T134500Z
SUMMARY:Einladung: Gespräch | Triebfahrzeugführer (m/w/d) Güterverkehr – Standort Leipzig
DESCRIPTION:Hallo Sebastian\,\n\nwir freuen uns auf das Gespräch mit dir!\n\n
 Teilnehmende: Stefanie Berg (Talent Acquisition)\, Carsten Ilg (Teamleiter
  Lokführer Ost)\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join
 /19%3ameeting_ZTI0MmM1OTEtMjQ1Zi00NDgzLWE2NmEtMWNjYjE1ZDQ0NTc2%40thread.v2
 /0\n\nDein TX Logistik Recruiting-Team
ORGANIZER;CN=TX Logistik AG:mailto:noreply@txlogistik.jobs.personio.de
ATTENDEE;CN=Stefanie Berg;PARTSTAT=ACCEPTED:mailto:stefanie.berg@txlogistik.eu
ATTENDEE;CN=Carsten Ilg;PARTSTAT=ACCEPTED:mailto:carsten.ilg@txlogistik.eu
ATTENDEE;CN=Sebastian Krüger;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "personio-event-b91d3f6e-2a4c-4e7b-8d05-61f9c2a7e314", 1, "TX Logistik",
    "Triebfahrzeugführer (m/w/d) Güterverkehr", "",
    "stefanie.berg@txlogistik.eu;carsten.ilg@txlogistik.eu", "personio-gespraech-no-stage-word"))

# TX Logistik: second round, typed on the desktop (Thunderbird)
EVENTS.append(ev("txlogistik-typed-round2", r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN + r"""BEGIN:VEVENT
CREATED:20240223T191205Z
LAST-MODIFIED:20240223T191317Z
DTSTAMP:20240223T191317Z
UID:a7e0c5d1-93b2-4f6a-8c1e-5d27f04b9e36
SUMMARY:TX 2. Runde Wahren
DTSTART;TZID=Europe/Berlin:20240229T140000
DTEND;TZID=Europe/Berlin:20240229T160000
LOCATION:Leipzig-Wahren\, Rbf\, Büro TX (Containerbau neben Stw W2)
DESCRIPTION:Fr. Berg + Hr. Ilg\nPraxisteil: Bremsprobe\, Wagenliste lesen\,
  Gefahrgut (RID) Fragen!!\nGehalt ansprechen: 3.600 + Zulagen?
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""", "a7e0c5d1-93b2-4f6a-8c1e-5d27f04b9e36", 1, "TX Logistik", "", "technical",
    "Fr. Berg;Hr. Ilg", "thunderbird-typed-second-round-abbrev"))

# SBB Cargo International: SuccessFactors invite, Zurich zone
EVENTS.append(ev("sbb-cargo-successfactors", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:SF-INTSCHED-IV-2024-000418273@successfactors.eu
DTSTAMP:20240227T074501Z
DTSTART;TZID=Europe/Zurich:20240304T160000
DTEND;TZID=Europe/Zurich:20240304T170000
SUMMARY:Interview: Lokführer/in Güterverkehr Deutschland (Standort Halle/Leipzig) – Requisition 41187
DESCRIPTION:Guten Tag Herr Krüger\n\nSie sind zum folgenden Interview einge
 laden:\n\nStelle: Lokführer/in Güterverkehr Deutschland (Standort Halle/Le
 ipzig)\nUnternehmen: SBB Cargo International AG\nInterviewer: Reto Baumann
  (Teamleiter Lokpersonal Deutschland)\, Ina Scholz (HR)\nOrt: Microsoft Team
 s (Link folgt separat)\n\nBitte nutzen Sie die Schaltflächen unten\, um den
  Termin anzunehmen oder abzulehnen.\n\nFreundliche Grüsse\nSBB Cargo Inter
 national Recruiting
ORGANIZER;CN=SBB Cargo International Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Reto Baumann;ROLE=REQ-PARTICIPANT:mailto:reto.baumann@sbbcargo-int.com
ATTENDEE;CN=Ina Scholz;ROLE=REQ-PARTICIPANT:mailto:ina.scholz@sbbcargo-int.com
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "SF-INTSCHED-IV-2024-000418273@successfactors.eu", 1, "SBB Cargo International",
    "Lokführer/in Güterverkehr Deutschland", "hiring_manager",
    "reto.baumann@sbbcargo-int.com;ina.scholz@sbbcargo-int.com", "successfactors-zurich-tz"))

# HVLE: plain e-mail freight operator, phone call typed on Android (Google export)
EVENTS.append(ev("hvle-typed-phone", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Sebastian privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20240219T190000
DTEND;TZID=Europe/Berlin:20240219T193000
DTSTAMP:20240215T062930Z
UID:7h2ko9f0qbl1d3j6vs8m4a5c2e@google.com
CREATED:20240215T062918Z
DESCRIPTION:ruft an (0331 …)\, hatte auf Mail v. 12.2. geantwortet\, Tf Güte
 rverkehr Raum Leipzig/Großkorbetha\, Schichtmodell fragen
LAST-MODIFIED:20240215T062930Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HVLE Tel. Hr. Schulze
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7h2ko9f0qbl1d3j6vs8m4a5c2e@google.com", 1, "HVLE", "", "",
    "Hr. Schulze", "android-typed-phone-freight-plain-mail"))

# Erfurter Bahn: Haufe Umantis invitation
EVENTS.append(ev("erfurter-bahn-umantis", r"""BEGIN:VCALENDAR
PRODID:-//Haufe-umantis AG//Talent Management//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:umantis-termin-20240308-EB-77120@erfurter-bahn.umantis.com
DTSTAMP:20240229T112008Z
DTSTART;TZID=Europe/Berlin:20240308T140000
DTEND;TZID=Europe/Berlin:20240308T153000
SUMMARY:Einladung zum Vorstellungsgespräch: Lehrlokführer / Ausbilder (m/w/d)
DESCRIPTION:Sehr geehrter Herr Krüger\,\n\nwir laden Sie herzlich zu einem Vor
 stellungsgespräch ein.\n\nGesprächspartner:\nHolger Ritter\, Leiter Betrie
 b\nSabine Kunze\, Personalreferentin\n\nOrt: Erfurter Bahn GmbH\, Am Rasen
 2\, 99099 Erfurt\, Raum 104\n\nBitte bestätigen Sie den Termin über den bei
 gefügten Link.\n\nMit freundlichen Grüßen\nErfurter Bahn GmbH
ORGANIZER;CN=Erfurter Bahn GmbH – Personal:mailto:bewerbung@erfurter-bahn.de
ATTENDEE;CN=Holger Ritter;ROLE=REQ-PARTICIPANT:mailto:h.ritter@erfurter-bahn.de
ATTENDEE;CN=Sabine Kunze;ROLE=REQ-PARTICIPANT:mailto:s.kunze@erfurter-bahn.de
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sebastian.krueger.tf@gmx.de
LOCATION:Erfurt\, Am Rasen 2\, Raum 104
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "umantis-termin-20240308-EB-77120@erfurter-bahn.umantis.com", 1, "Erfurter Bahn",
    "Lehrlokführer / Ausbilder (m/w/d)", "hiring_manager",
    "h.ritter@erfurter-bahn.de;s.kunze@erfurter-bahn.de", "umantis-vorstellungsgespraech"))
