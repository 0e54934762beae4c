# ruff: noqa: E501  (raw iCalendar lines are as long as the tools write them)
"""holdout214 events, part a: Deutsche Bahn processes (DB Regio, DB InfraGO, DB Cargo)."""

from holdout214ev_tz import BERLIN, WEST, ev

EVENTS = []

# DB Regio: Ausbilder Tf, telephone interview booked through the DB careers portal
EVENTS.append(ev("db-portal-phone", r"""BEGIN:VCALENDAR
PRODID:-//Deutsche Bahn AG//DB Karriere Terminbuchung 3.2//DE
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + BERLIN + r"""BEGIN:VEVENT
UID:dbk-int-7781204-20240213@karriere.deutschebahn.com
DTSTAMP:20240207T143210Z
DTSTART;TZID=Europe/Berlin:20240213T100000
DTEND;TZID=Europe/Berlin:20240213T103000
SUMMARY:Telefoninterview: Ausbilder:in Triebfahrzeugführer:innen (w/m/d) | DB Regio AG | Leipzig
DESCRIPTION:Hallo Sebastian Krüger\,\n\nvielen Dank für Ihre Bewerbung auf
 die Stelle Ausbilder:in Triebfahrzeugführer:innen (w/m/d) am Standort Leip
 zig (Job-ID 1043322).\n\nWie besprochen bestätigen wir Ihnen hiermit unser
 Telefoninterview. Ihre Gesprächspartnerin ist Anja Vogt (Recruiting Regio
 Südost). Sie ruft Sie unter der in Ihrem Bewerberprofil hinterlegten Numme
 r an.\n\nDauer: ca. 30 Minuten\n\nSollten Sie den Termin nicht wahrnehmen
 können\, sagen Sie ihn bitte über Ihr Kandidatenprofil ab.\n\nViele Grüße\n
 Ihr DB Recruiting-Team\n\nDiese E-Mail wurde automatisch erstellt. Bitte an
 tworten Sie nicht auf diese Nachricht.
LOCATION:Telefon
ORGANIZER;CN=DB Recruiting:mailto:noreply-karriere@deutschebahn.com
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:sebastian.krueger.tf@gmx.de
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "dbk-int-7781204-20240213@karriere.deutschebahn.com", 1, "DB Regio",
    "Ausbilder:in Triebfahrzeugführer:innen (w/m/d)", "recruiter_screen", "Anja Vogt",
    "db-portal-phone-interviewer-named-in-body"))

# DB Regio: Assessment-Center for the trainer role, Outlook invite
EVENTS.append(ev("db-assessment-center", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Vogt, Anja":mailto:anja.vogt@deutschebahn.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="LPZ Willy-Brandt-Pl. 7 R 3.08 (Schulung 16)":mailto:lpz-wbp7-r308@deutschebahn.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Krüger\,\n\nwie telefonisch ang
 ekündigt laden wir Sie zu unserem eintägigen Assessment-Center für die Pos
 ition Ausbilder:in Triebfahrzeugführer:innen ein.\n\nAblauf (Änderungen vor
 behalten):\n08:30 Begrüßung\n09:00 Lehrprobe (15 Min.\, Thema wird vor Ort
 gezogen)\n10:30 Gruppenübung\n12:00 Mittag\n13:00 Rollenspiel Feedbackgesp
 räch mit Auszubildendem\n14:30 Einzelinterview\n16:00 Ende\n\nBeobachter:
 Thomas Lange (Leiter Ausbildung Traktion Südost)\, Kerstin Möbius (HR Busin
 ess Partner)\n\nBitte bringen Sie Ihren Personalausweis mit.\n\nMit freund
 lichen Grüßen\nAnja Vogt\nRecruiting DB Regio Südost\n
UID:040000008200E00074C5B7101A82E00800000000D06C2A4F2A6ADA010000000000000000100000009E1AF4C71B3F624C8B2F1B5E7F1D7A02
SUMMARY;LANGUAGE=de-DE:Assessment-Center Ausbilder:in Tf – DB Regio Südost
DTSTART;TZID=W. Europe Standard Time:20240306T083000
DTEND;TZID=W. Europe Standard Time:20240306T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240223T091544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Leipzig\, Willy-Brandt-Platz 7\, Raum 3.08
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2122840711
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D06C2A4F2A6ADA010000000000000000100000009E1AF4C71B3F624C8B2F1B5E7F1D7A02",
    1, "DB Regio", "Ausbilder:in Triebfahrzeugführer:innen", "onsite",
    "Thomas Lange;Kerstin Möbius",
    "assessment-center-trainer-role-observers-in-body", crlf=True))

# DB Regio: final talk on Teams
EVENTS.append(ev("db-final-teams", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Lange, Thomas":mailto:thomas.lange@deutschebahn.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vogt, Anja":mailto:anja.vogt@deutschebahn.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Möbius, Kerstin":mailto:kerstin.moebius@deutschebahn.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Krüger\,\n\nwie heute am Telefon bespr
 ochen: Abschlussgespräch zur Stelle Ausbilder Tf (Einsatzort Leipzig\, Ein
 satz auch Dresden). Themen: Einsatzplanung Lehrgänge\, Einstiegstermin\, Ei
 ngruppierung.\n\nGruß\nThomas Lange\n\n___________________________________
 _____________________________________________\nMicrosoft Teams-Besprechung
 \nNehmen Sie über Ihren Computer\, Ihre mobile App oder Ihr Raumgerät teil
 \nKlicken Sie hier\, um an der Besprechung teilzunehmen<https://teams.micro
 soft.com/l/meetup-join/19%3ameeting_NmQ4ZTk1YjAtYzE2Ni00ZWI2LWE0NzctM2Y5
 OTk0M2E1ZTFh%40thread.v2/0?context=%7b%22Tid%22%3a%22a1f1e214-7ded-45b6-
 81a1-9e8ae3459641%22%7d>\nBesprechungs-ID: 384 902 117 652\nKennung: Wq7hZ
 3\nTelefonisch teilnehmen\n+49 30 5683 47215\,\,884120731# Deutschland\, B
 erlin\nKonferenz-ID: 884 120 731#\n____________________________________________
 ____________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A1C0B9B67B77DA01000000000000000010000000B7E0A5D5A9C0F1449FB3C8E9A5B4C1D3
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Krüger / Lange / Vogt
DTSTART;TZID=W. Europe Standard Time:20240320T140000
DTEND;TZID=W. Europe Standard Time:20240320T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240314T161002Z
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
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:thomas.lange@deutschebahn.com\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NmQ4ZTk1YjAt
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000A1C0B9B67B77DA01000000000000000010000000B7E0A5D5A9C0F1449FB3C8E9A5B4C1D3",
    1, "DB Regio", "Ausbilder Tf", "final",
    "thomas.lange@deutschebahn.com;anja.vogt@deutschebahn.com",
    "teams-final-names-only-in-summary", crlf=True))

# DB InfraGO: proctored online aptitude test for Fahrdienstleiter
EVENTS.append(ev("infrago-online-test", r"""BEGIN:VCALENDAR
PRODID:-//Deutsche Bahn AG//DB Karriere Terminbuchung 3.2//DE
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:dbk-test-5520917-20240227@karriere.deutschebahn.com
DTSTAMP:20240219T080455Z
DTSTART;TZID=Europe/Berlin:20240227T090000
DTEND;TZID=Europe/Berlin:20240227T113000
SUMMARY:Betreuter Online-Eignungstest | Fahrdienstleiter:in (w/m/d) | DB InfraGO AG | Halle (Saale)
DESCRIPTION:Guten Tag Sebastian Krüger\,\n\nim nächsten Schritt des Auswahlv
 erfahrens für die Stelle Fahrdienstleiter:in (w/m/d) in Halle (Saale) lade
 n wir Sie zu unserem betreuten Online-Eignungstest ein.\n\nDer Test prüft u
 . a. Konzentration\, Merkfähigkeit\, räumliches Vorstellungsvermögen und Re
 aktionsgeschwindigkeit. Eine Testleitung begleitet Sie per Webex.\n\nBitte
  halten Sie einen Laptop mit Kamera und Ihren Ausweis bereit. Smartphone-T
 eilnahme ist nicht möglich.\n\nWebex-Link: https://deutschebahn.webex.com/
 deutschebahn/j.php?MTID=m5f1c2a9e0d7b44e8a1f3c6b2d9e70a41\nZugangscode: 2
 734 118 9052\n\nIhr DB Recruiting-Team
LOCATION:Online (Webex)
ORGANIZER;CN=DB Recruiting:mailto:noreply-karriere@deutschebahn.com
ATTENDEE;CN=Sebastian Krüger;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:sebastian.krueger.tf@gmx.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "dbk-test-5520917-20240227@karriere.deutschebahn.com", 1, "DB InfraGO",
    "Fahrdienstleiter:in (w/m/d)", "technical", "",
    "proctored-online-aptitude-test-fdl"))

# DB InfraGO: on-site interview with the district manager, assistant sends it
EVENTS.append(ev("infrago-interview", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Schmitt, Rainer";SENT-BY="mailto:jacqueline.frenzel@deutschebahn.com":mailto:rainer.schmitt@deutschebahn.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sebastian Krüger:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Heinze, Petra Dr.":mailto:petra.heinze@deutschebahn.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="HAL Hbf Empfangsgebäude BR 2.14":mailto:hal-hbf-br214@deutschebahn.com
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Krüger\,\n\nim Auftrag von He
 rrn Schmitt (Bezirksleiter Betrieb Halle) lade ich Sie zum persönlichen Ge
 spräch ein. Teilnehmen werden Herr Schmitt und Frau Dr. Heinze (Personal).
 \nIm Anschluss ist ein kurzer Rundgang durch das ESTW Halle vorgesehen.\n\n
 Anfahrt: Halle (Saale) Hbf\, Eingang Ernst-Kamieth-Straße\, bitte an der P
 forte melden.\n\nMit freundlichen Grüßen\nJacqueline Frenzel\nAssistenz Be
 zirksleitung\n
UID:040000008200E00074C5B7101A82E00800000000F2E4D1C18C71DA0100000000000000001000000011A8B0E2C8DF5C4F9F3D1C0E2B7A6E88
SUMMARY;LANGUAGE=de-DE:Persönliches Gespräch Fdl Halle – Hr. Krüger
DTSTART;TZID=W. Europe Standard Time:20240312T130000
DTEND;TZID=W. Europe Standard Time:20240312T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240304T120312Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Halle (Saale) Hbf\, BR 2.14
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F2E4D1C18C71DA0100000000000000001000000011A8B0E2C8DF5C4F9F3D1C0E2B7A6E88",
    1, "DB InfraGO", "", "hiring_manager",
    "rainer.schmitt@deutschebahn.com;petra.heinze@deutschebahn.com",
    "outlook-sent-by-assistant-room-resource", crlf=True))

# DB Cargo: typed on the iPhone, floating time
EVENTS.append(ev("db-cargo-typed", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20240216T194411Z
DTSTAMP:20240216T194530Z
UID:6F3B2E91-0C4A-4D7E-9B21-3A8C55E0D1F4
SUMMARY:DB Cargo Vorstellungsgespr. Tf Güterverk.
DTSTART:20240222T100000
DTEND:20240222T113000
LOCATION:Halle (S) Rbf\, Geb. 12\, 1. OG
DESCRIPTION:Hr. Oertel (Teamleiter Tf) + jmd von Personal\nMitnehmen: Tf-Sc
 hein\, Zusatzbescheinigung\, Tauglichkeit\, Zeugnisse\nS-Bahn S7 bis Halle-
 Nietleben? nee – Bus 21 ab Hbf
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT1H30M
UID:0B1D6C7A-2F47-4E0D-8C9E-5C21A0A7E3B2
END:VALARM
END:VEVENT
END:VCALENDAR
""", "6F3B2E91-0C4A-4D7E-9B21-3A8C55E0D1F4", 1, "DB Cargo", "", "hiring_manager",
    "Hr. Oertel", "iphone-typed-floating-abbrev"))

# DB Cargo: psychological aptitude test (selection stage)
EVENTS.append(ev("db-cargo-psych-test", r"""BEGIN:VCALENDAR
PRODID:-//DB Gesundheit//Terminvergabe//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:psy-2024-03-04-0815-LPZ-44918@db-gesundheit.de
DTSTAMP:20240226T102200Z
DTSTART:20240304T071500Z
DTEND:20240304T111500Z
SUMMARY:Eignungsuntersuchung – psychologischer Teil (Auswahlverfahren DB Cargo\, Tf)
DESCRIPTION:Termin im Rahmen Ihres Bewerbungsverfahrens bei der DB Cargo AG
 \n\nUmfang: computergestützte Leistungstests (Wiener Testsystem: Reaktion\
 , Daueraufmerksamkeit\, visuelle Orientierung) und anschließendes Explorat
 ionsgespräch mit der Psychologin Dipl.-Psych. Sandra Kern.\n\nDas Ergebnis
  wird der einstellenden Gesellschaft als geeignet / nicht geeignet mitgete
 ilt.\n\nBitte Brille/Kontaktlinsen und Lichtbildausweis mitbringen. Nicht
  übermüdet erscheinen (kein Nachtdienst davor).\n\nOrt: Leipzig\, Rosa-Lux
 emburg-Str. 27\, 3. Etage
LOCATION:Leipzig\, Rosa-Luxemburg-Str. 27
ORGANIZER;CN=Terminvergabe Psychologischer Dienst:mailto:termine-psy@db-gesundheit.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "psy-2024-03-04-0815-LPZ-44918@db-gesundheit.de", 1, "DB Cargo", "", "technical",
    "Sandra Kern", "eignungsuntersuchung-psych-part-selection-stage"))

# DB Cargo: medical part of the aptitude test, alone (not an interview)
EVENTS.append(ev("tauglichkeit-medical", r"""BEGIN:VCALENDAR
PRODID:-//DB Gesundheit//Terminvergabe//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:med-2024-03-07-0730-LPZ-45102@db-gesundheit.de
DTSTAMP:20240226T102305Z
DTSTART:20240307T063000Z
DTEND:20240307T083000Z
SUMMARY:Eignungsuntersuchung – medizinischer Teil (Tauglichkeit Tf nach TfV)
DESCRIPTION:Arbeitsmedizinische Untersuchung: Seh- und Hörtest\, Farbsinn\,
  EKG\, Labor (bitte nüchtern)\, ärztliches Gespräch.\nAuftraggeber: DB Car
 go AG\nBitte Impfausweis und aktuelle Medikamentenliste mitbringen.
LOCATION:Leipzig\, Rosa-Luxemburg-Str. 27\, Arbeitsmedizin EG
ORGANIZER;CN=Terminvergabe Arbeitsmedizin:mailto:termine-am@db-gesundheit.de
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "med-2024-03-07-0730-LPZ-45102@db-gesundheit.de", 0,
    trap="pre-employment-medical-part-only"))

# prep block before the DB Regio final, typed in Google Calendar on Android
EVENTS.append(ev("prep-block", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:sebastian.krueger.tf@gmx.de
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20240319T170000
DTEND;TZID=Europe/Berlin:20240319T183000
DTSTAMP:20240318T201544Z
UID:2n8qk4l0c7s1v5hb3m9e6r2d1t@google.com
CREATED:20240318T201522Z
DESCRIPTION:Beispiele Azubi-Betreuung (Kevin\, Prüfungsfahrt)\, Frage Eingr
 uppierung / Zulagen\, wann Start möglich (Kündigungsfrist 3 Mon!)
LAST-MODIFIED:20240318T201544Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:vorbereiten Abschlussgespr. DB
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "2n8qk4l0c7s1v5hb3m9e6r2d1t@google.com", 0, trap="prep-block-before-final"))

# thank-you reminder after the Assessment-Center
EVENTS.append(ev("thank-you-reminder", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20240307
DTEND;VALUE=DATE:20240308
DTSTAMP:20240306T183011Z
UID:0v3r7aa1qk5n2l4bd8s6c9p1ej@google.com
CREATED:20240306T183002Z
DESCRIPTION:kurze Mail an Fr. Vogt: Danke für AC\, Unterlagen Lehrprobe nac
 hreichen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Danke-Mail DB schreiben!!
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "0v3r7aa1qk5n2l4bd8s6c9p1ej@google.com", 0, trap="thank-you-reminder-all-day"))

# DB job day at Leipzig Hbf (careers fair)
EVENTS.append(ev("db-jobtag-fair", r"""BEGIN:VCALENDAR
PRODID:-//Deutsche Bahn AG//Veranstaltungen//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:event-jobtag-lpz-20240203@karriere.deutschebahn.com
DTSTAMP:20240129T110000Z
DTSTART:20240203T090000Z
DTEND:20240203T140000Z
SUMMARY:DB Jobtag Leipzig – Quereinstieg\, Ausbildung\, Berufserfahrene
DESCRIPTION:Lernen Sie uns kennen! Beim DB Jobtag in der Osthalle des Leipz
 iger Hauptbahnhofs stellen sich DB Regio\, DB Cargo\, DB InfraGO und S-Bah
 n Mitteldeutschland vor. Führen Sie Gespräche direkt mit Führungskräften –
  ohne Anmeldung. Bringen Sie gern Ihren Lebenslauf mit.\n\nhttps://karrier
 e.deutschebahn.com/events
LOCATION:Leipzig Hbf\, Osthalle
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "event-jobtag-lpz-20240203@karriere.deutschebahn.com", 0,
    trap="careers-fair-walk-in-talks"))
