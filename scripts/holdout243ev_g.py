# ruff: noqa: E501, W291
"""holdout243 events, part g: the user on the hiring side at his client (written blind)."""

EVENTS = [
    {
        "kind": "client-teams",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-client-freelancer-interview-abap",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Albers, Dr. Katrin":mailto:katrin.albers@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emre Yilmaz
 :mailto:emre.yilmaz.dev@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Matthias\,\n\nkannst du bitte den fachlic
 hen Teil übernehmen (Erweiterungen im Universal Journal\, BAdIs Zahllauf\,
  CDS für das Reporting)? Profil von Hr. Yilmaz hängt an der Mail. Satzvors
 tellung 92 €/h.\n\nKatrin\n\nMicrosoft Teams-Besprechung: https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_Uk1F%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000AA01BB02CC03DB01000000000000000010000000D1E2F3A4B5C6D7E8F9A0B1C2D3E4F5A6
SUMMARY;LANGUAGE=de-DE:Interview ABAP-Entwickler (Freelancer) – Hr. Yilmaz
DTSTART;TZID=W. Europe Standard Time:20250313T150000
DTEND;TZID=W. Europe Standard Time:20250313T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250311T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "profile-presentation",
        "hiring": True,
        "uid": "proventa-vst-2025-1180@proventa-it.de",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-broker-presents-candidate-to-client",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Proventa IT-Projekte//Kalender//DE
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:proventa-vst-2025-1180@proventa-it.de
DTSTAMP:20250317T101500Z
DTSTART;TZID=Europe/Berlin:20250320T100000
DTEND;TZID=Europe/Berlin:20250320T104500
SUMMARY:Vorstellungsgespräch Kandidat Ref. PV-1180 (SAP FI-Entwickler) für R
 heinMain Energie
ORGANIZER;CN=Marco Hübner:mailto:m.huebner@proventa-it.de
ATTENDEE;CN=Kern\, Matthias (extern);ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m
 atthias.kern.ext@rheinmain-energie.de
ATTENDEE;CN=Albers\, Dr. Katrin;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:katrin
 .albers@rheinmain-energie.de
LOCATION:Teams (Proventa-Link)
DESCRIPTION:Sehr geehrte Frau Dr. Albers\, sehr geehrter Herr Kern\,\n\nwi
 e gewünscht stellen wir Ihnen unseren Kandidaten Ref. PV-1180 vor (SAP FI
 -Entwickler\, 11 Jahre\, Verfügbarkeit ab 01.04.\, 100 % remote). Das anon
 ymisierte Profil liegt Ihnen vor. Ich moderiere kurz und übergebe dann an 
 Sie für die fachlichen Fragen.\n\nMit freundlichen Grüßen\nMarco Hübner\nK
 ey Account Manager\, Proventa IT-Projekte GmbH
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "accepted-reply",
        "hiring": True,
        "uid": "2h7vdk4r0mq1c5x8n3p6b9t2z0@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250325T090000Z
DTEND:20250325T094500Z
DTSTAMP:20250321T174410Z
ORGANIZER;CN="Kern, Matthias (extern)":mailto:matthias.kern.ext@rheinmain-e
 nergie.de
UID:2h7vdk4r0mq1c5x8n3p6b9t2z0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Alina 
 Petrova;X-NUM-GUESTS=0:mailto:alina.petrova.sap@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Angenommen: Technisches Gespräch SAP CO Freelancer (RheinMain Energi
 e)
COMMENT:Vielen Dank\, ich freue mich auf das Gespräch! Beste Grüße\, Alina 
 Petrova
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "task-note",
        "hiring": True,
        "uid": "5A0C1E2B-77F3-4C2A-8D1E-3B4C5D6E7F80",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-hand-typed-candidate-rating",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250325T121100Z
DTSTAMP:20250325T121300Z
UID:5A0C1E2B-77F3-4C2A-8D1E-3B4C5D6E7F80
DTSTART:20250326T073000
DTEND:20250326T080000
SUMMARY:Bewertung Petrova/Yilmaz an Katrin
DESCRIPTION:Petrova: CO-PA sehr gut\, Margin Analysis nur Theorie\, Kommuni
 kation top -> 4/5\nYilmaz: ABAP solide\, RAP/CDS schwach\, teuer -> 3/5\, 
 eher nein\nBogen im Teams-Ordner "Ressourcen/Freelancer" ausfüllen
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recurring-slots",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000F00DF00DF00DF00DCAFE0001CAFE0002",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-recurring-interview-slots-with-override",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Wendt, Stefan":mailto:stefan.wendt@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Blocker für Kandidatengespräche Freelancer-Pool 
 Hypercare/Welle 2. Kandidaten trage ich jeweils bis Montag in die Liste e
 in\, Matthias macht FI\, ich CO. Nicht belegte Slots gebe ich frei.\n
RRULE:FREQ=WEEKLY;UNTIL=20250515T120000Z;INTERVAL=1;BYDAY=TH;WKST=MO
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000F00DF00DF00DF00DCAFE0001CAFE0002
SUMMARY;LANGUAGE=de-DE:Slot Kandidatengespräche Freelancer-Pool
DTSTART;TZID=W. Europe Standard Time:20250403T140000
DTEND;TZID=W. Europe Standard Time:20250403T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Wendt, Stefan":mailto:stefan.wendt@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Diese Woche wegen Cutover-Generalprobe auf Frei
 tag verschoben. Kandidat: Hr. Lindqvist (FI-AA\, über Proventa).\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20250410T140000
UID:040000008200E00074C5B7101A82E0080000000012AB34CD56EFDB01000000000000000010000000F00DF00DF00DF00DCAFE0001CAFE0002
SUMMARY;LANGUAGE=de-DE:Slot Kandidatengespräche Freelancer-Pool (FR!)
DTSTART;TZID=W. Europe Standard Time:20250411T100000
DTEND;TZID=W. Europe Standard Time:20250411T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "debrief",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000DEB12EF0AA11DB01000000000000000010000000ABAB1212CDCD3434EFEF5656ABAB7878",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-candidate-selection-with-procurement",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Hahn, Monika":mailto:monika.hahn@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Albers, Dr. K
 atrin":mailto:katrin.albers@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wendt, Stefa
 n":mailto:stefan.wendt@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Agenda:\n1. Ergebnis der Gespräche (Petrova\, Y
 ilmaz\, PV-1180\, Lindqvist)\n2. Ranking und Begründung Fachbereich\n3. Sat
 zverhandlung / Rahmenvertrag Proventa vs. Direktbeauftragung\n4. Freigabe
  Bestellanforderung (BANF) – Kostenstelle 41720\n
UID:040000008200E00074C5B7101A82E00800000000DEB12EF0AA11DB01000000000000000010000000ABAB1212CDCD3434EFEF5656ABAB7878
SUMMARY;LANGUAGE=de-DE:Abstimmung Auswahl externe Ressourcen Hypercare/Wel
 le 2
DTSTART;TZID=W. Europe Standard Time:20250414T113000
DTEND;TZID=W. Europe Standard Time:20250414T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RME-Zentrale-Raum Hessen (6.03)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E0080000000077EE88FF99AADB010000000000000000100000000102030405060708090A0B0C0D0E0F10",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-fachgespraech-panel-member",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Roeder, Frank":mailto:frank.roeder@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Albers, Dr. K
 atrin":mailto:katrin.albers@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wendt, Stefa
 n":mailto:stefan.wendt@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Nowa
 k:mailto:t.nowak@bw-analytics-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Fachgespräch mit Herrn Nowak (BW/4HANA\, angebot
 en für das Reporting-Teilprojekt). Jede(r) stellt 2-3 Fragen aus seinem Be
 reich\, Matthias bitte zur Anbindung FI/CO-Datenquellen und Abstimmung Hau
 ptbuch/BW. Bewertungsmatrix im Anhang.\n
UID:040000008200E00074C5B7101A82E0080000000077EE88FF99AADB010000000000000000100000000102030405060708090A0B0C0D0E0F10
SUMMARY;LANGUAGE=de-DE:Fachgespräch BW/4HANA – Hr. Nowak
DTSTART;TZID=W. Europe Standard Time:20250422T100000
DTEND;TZID=W. Europe Standard Time:20250422T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250416T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-host",
        "hiring": True,
        "uid": "c7e4b2a1-5d3f-4e6a-9b8c-1f2e3d4c5b6a@calendly.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-calendly-host-subcontractor-applicant",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c7e4b2a1-5d3f-4e6a-9b8c-1f2e3d4c5b6a@calendly.com
DTSTAMP:20250428T191200Z
DTSTART:20250430T070000Z
DTEND:20250430T073000Z
SUMMARY:Lena Brandt und Matthias Kern
ORGANIZER;CN=Matthias Kern:mailto:m.kern@kern-consulting.de
ATTENDEE;CN=Lena Brandt;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lena.b
 randt92@web.de
LOCATION:Google Meet
DESCRIPTION:Ereignistyp: Kennenlernen Kern Consulting (30 Min)\n\nEingelade
 ner: Lena Brandt\nE-Mail: lena.brandt92@web.de\n\nFragen:\nWorum geht es?
 \nIch bewerbe mich auf Ihre Ausschreibung als Junior-Beraterin FI (Subunte
 rnehmerin\, Unterstützung Hypercare). Lebenslauf habe ich per Mail geschic
 kt.\n\nAbsagen: https://calendly.com/cancellations/c7e4b2a1-5d3f-4e6a-9b8c-
 1f2e3d4c5b6a
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
