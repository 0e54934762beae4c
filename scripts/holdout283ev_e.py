# ruff: noqa: E501, W291, W293, RUF100
"""holdout283 events, part e: other negatives (the trade's own meetings, personal appointments, lookalikes)."""

from holdout283ev_zones import BERLIN, BERLIN_APPLE, BERLIN_TB, UTC_PAREN, W_EUROPE

EVENTS = [
    dict(
        kind="roster-recurring-override",
        uid="dienstplan-rw-linden-jpw-rtw2-2025q4@dienstplan.rettungsdienst-leine.example.de",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="own-shift-recurring-with-override",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Dienstplan RW Linden
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251004T070000
DTEND;TZID=Europe/Berlin:20251004T190000
RRULE:FREQ=DAILY;INTERVAL=4;UNTIL=20251231T225959Z
EXDATE;TZID=Europe/Berlin:20251008T070000,20251016T070000,20251028T070000,20251105T070000,20251203T070000
DTSTAMP:20251001T050000Z
UID:dienstplan-rw-linden-jpw-rtw2-2025q4@dienstplan.rettungsdienst-leine.example.de
CREATED:20250915T120000Z
DESCRIPTION:Tagdienst 12h\, Fahrzeug RTW 2 (Florian Leine 83-2)\nBesatzung 
 laut Dienstplan
LAST-MODIFIED:20251013T113000Z
LOCATION:Rettungswache Linden
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dienst RTW 2
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251019T070000
DTEND;TZID=Europe/Berlin:20251019T190000
DTSTAMP:20251013T113000Z
UID:dienstplan-rw-linden-jpw-rtw2-2025q4@dienstplan.rettungsdienst-leine.example.de
RECURRENCE-ID;TZID=Europe/Berlin:20251020T070000
CREATED:20250915T120000Z
DESCRIPTION:Getauscht mit Malte (20.10. -> 19.10.)\, wegen Probeschicht IT
 W Nord am 20.
LAST-MODIFIED:20251013T113000Z
LOCATION:Rettungswache Linden
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Dienst RTW 2 (getauscht)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-debriefing",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C9D8E47EDC01000000000000000010000000F6A4D1C8B35E4F92A0C7E3B9D15A48F2",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="einsatznachbesprechung-debriefing-psnv",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Heitmann, Jörg":mailto:joerg.heitmann@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lohse, Sina":mailto:sina.lohse@rettungsdienst-leine.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="PSNV-E Team Region":mailto:psnv-team@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Einsatznachbesprechung (Debriefing) zum MANV Busunfall B217 vom 03.10. mit den beteiligten RTW-Besatzungen. Strukturierte Nachbesprechung\, anschließend Angebot Einzelgespräche durch die PSNV-E. Teilnahme ist Dienstzeit.\n
UID:040000008200E00074C5B7101A82E00800000000A1B2C9D8E47EDC01000000000000000010000000F6A4D1C8B35E4F92A0C7E3B9D15A48F2
SUMMARY;LANGUAGE=de-DE:Einsatznachbesprechung MANV B217 (03.10.) – Besatzungen RTW 1/2
DTSTART;TZID=W. Europe Standard Time:20251009T160000
DTEND;TZID=W. Europe Standard Time:20251009T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T123011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RW Linden Aufenthaltsraum
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="allday-multiday-course",
        uid="fobi-2025-notsan-30h-kurs-c-jpw@lms.rettungsdienst-leine.example.de",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="pflichtfortbildung-multiday-allday-pruefung-word",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ILIAS//Kalender 9.x//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:fobi-2025-notsan-30h-kurs-c-jpw@lms.rettungsdienst-leine.example.de
DTSTAMP:20250901T060000Z
DTSTART;VALUE=DATE:20251201
DTEND;VALUE=DATE:20251204
SUMMARY:Pflichtfortbildung Notfallsanitäter 2025 (30 UE) – Kurs C
DESCRIPTION:Jährliche Pflichtfortbildung gem. Landesvorgabe: Reanimation (E
 RC 2025)\, Kindernotfälle\, Leitlinie Sepsis\, Recht (Delegation nach § 4
  Abs. 2 Nr. 2c NotSanG). Abschluss mit Lernerfolgskontrolle (MC-Prüfung).
LOCATION:Schulungszentrum Rettungsdienst Leine
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="eventbrite-course",
        uid="eb-2025-1188342-als-rezert-hannover@eventbrite.example.de",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="rezertifizierung-megacode-assessment-word",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite Inc//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eb-2025-1188342-als-rezert-hannover@eventbrite.example.de
DTSTAMP:20250820T101010Z
DTSTART:20251122T070000Z
DTEND:20251122T160000Z
SUMMARY:ERC ALS Provider – Rezertifizierung (1 Tag) Hannover
DESCRIPTION:Rezertifizierungskurs ALS Provider: Update ERC Guidelines\, Sk
 ill-Stationen\, Cardiac Arrest Simulation Test (CASTest/Megacode) als Asse
 ssment\, MC-Test. Bitte Provider-Nummer und Pre-Course-Test mitbringen.\n
 \nTicket: 1 x ALS Rezert (Frühbucher)\nBestellnummer 1188342\n\nVeranstalt
 er: Notfallakademie Nord e.V.
LOCATION:Notfallakademie Nord\, Vahrenwalder Straße 269\, Hannover
URL:https://www.eventbrite.example.de/e/als-rezert-1188342
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-anamnese-training",
        uid="040000008200E00074C5B7101A82E00800000000B3C5D7E9F18FDC01000000000000000010000000E2C9F4A7B61D4A35B8E0D6C2F93A71B5",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="patient-interview-training-interviewtechnik",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandes, Henrike":mailto:henrike.brandes@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Azubis NFS 24/1":mailto:azubis-nfs-24-1@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Anamnese-Training für die Azubis im 2. Ausbildungsjahr: strukturierte Patientenbefragung (SAMPLER\, OPQRST)\, Interviewtechnik bei Schmerzpatienten\, Umgang mit Angehörigen. Simulationspatienten sind gebucht. Jan-Philipp übernimmt als Praxisanleiter-Anwärter die Station "Interview mit dem Schmerzpatienten".\n
UID:040000008200E00074C5B7101A82E00800000000B3C5D7E9F18FDC01000000000000000010000000E2C9F4A7B61D4A35B8E0D6C2F93A71B5
SUMMARY;LANGUAGE=de-DE:Anamnese-Training: Patienteninterview (SAMPLER/OPQRST) – NFS 24/1
DTSTART;TZID=W. Europe Standard Time:20251016T083000
DTEND;TZID=W. Europe Standard Time:20251016T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T081512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungszentrum Skills-Lab
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-zwischengespraech",
        uid="5d2a8f3e-1c7b-4e96-a0f4-7b3c9e1d5a28",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="azubi-zwischengespraech-user-conducts",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20251020T174512Z
LAST-MODIFIED:20251020T174733Z
DTSTAMP:20251020T174733Z
UID:5d2a8f3e-1c7b-4e96-a0f4-7b3c9e1d5a28
SUMMARY:Zwischengespräch Azubi Lukas M. (2. AJ)
DTSTART;TZID=Europe/Berlin:20251024T100000
DTEND;TZID=Europe/Berlin:20251024T110000
LOCATION:RW Linden
DESCRIPTION:Ausbildungsnachweis + Kompetenzraster mitbringen. Themen: Atemw
 eg\, Übergabe SINNHAFT\, Fehlzeiten. Protokoll an Schule.
TRANSP:OPAQUE
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-zwischengespraech-school",
        uid="040000008200E00074C5B7101A82E00800000000C4D6E8F0A29ADC01000000000000000010000000A3D0B5E8C72F4B46A9F1E7D3C04B82A6",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="zwischengespraech-with-school-praxisbegleitung",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Lührs, Katharina":mailto:katharina.luehrs@birn-nds.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pia Gerdes (Azubi NFS 23/2):mailto:pia.gerdes@azubi.birn-nds.example.de
DESCRIPTION;LANGUAGE=de-DE:Praxisbegleitung: Zwischengespräch zum Ausbildungsstand von Pia Gerdes (3. AJ) mit Praxisanleitung der Lehrrettungswache und der Schule. Bitte Beurteilungsbögen der letzten 3 Monate mitbringen.\n
UID:040000008200E00074C5B7101A82E00800000000C4D6E8F0A29ADC01000000000000000010000000A3D0B5E8C72F4B46A9F1E7D3C04B82A6
SUMMARY;LANGUAGE=de-DE:Praxisbegleitung / Zwischengespräch Pia Gerdes (NFS 23/2)
DTSTART;TZID=W. Europe Standard Time:20251113T140000
DTEND;TZID=W. Europe Standard Time:20251113T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T093355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RW Linden
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-annual-review",
        uid="040000008200E00074C5B7101A82E00800000000D5E7F9A1B30BDC01000000000000000010000000B4E1C6F9D83A4C57B0A2F8E4D15C93B7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="mitarbeiterjahresgespraech-own-manager",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Heitmann, Jörg":mailto:joerg.heitmann@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Jahresgespräch 2025 (Mitarbeitergespräch) – Rückblick\, Ziele\, Fortbildungswünsche\, Entwicklung. Bitte den Vorbereitungsbogen aus dem Intranet ausgefüllt mitbringen.\n
UID:040000008200E00074C5B7101A82E00800000000D5E7F9A1B30BDC01000000000000000010000000B4E1C6F9D83A4C57B0A2F8E4D15C93B7
SUMMARY;LANGUAGE=de-DE:Mitarbeiterjahresgespräch 2025 – Wendt
DTSTART;TZID=W. Europe Standard Time:20251202T110000
DTEND;TZID=W. Europe Standard Time:20251202T120000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251117T141102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Wachleitung RW Linden
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-bank-appointment",
        uid="D2F6A9C1-3E8B-4D70-9A5F-1C4E7B0D2F83",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="personal-bank-beratungsgespraech",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20251002T121533Z
DTSTAMP:20251002T121601Z
LAST-MODIFIED:20251002T121601Z
UID:D2F6A9C1-3E8B-4D70-9A5F-1C4E7B0D2F83
SEQUENCE:0
SUMMARY:Beratungsgespräch Sparkasse – Baufi (mit Inès)
DTSTART;TZID=Europe/Berlin:20251017T163000
DTEND;TZID=Europe/Berlin:20251017T173000
LOCATION:Sparkasse Filiale Limmerstraße
DESCRIPTION:Gehaltsnachweise 3 Monate\, Eigenkapital-Aufstellung. Frage: w
 as wenn Jobwechsel in Probezeit?
TRANSP:OPAQUE
BEGIN:VALARM
X-WR-ALARMUID:4E7A1C3B-9D2F-4B58-A0C6-3F1E8D2B7A49
UID:4E7A1C3B-9D2F-4B58-A0C6-3F1E8D2B7A49
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-family-interview",
        uid="1nb6t0k8q3m5vc2hr9pl7s4d0k@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="family-member-vorstellungsgespraech",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Wendt
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20251015T080000Z
DTEND:20251015T090000Z
DTSTAMP:20251015T060000Z
ORGANIZER;CN=Mareike Wendt:mailto:mareike.wendt@gmx.de
UID:1nb6t0k8q3m5vc2hr9pl7s4d0k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mareik
 e Wendt;X-NUM-GUESTS=0:mailto:mareike.wendt@gmx.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=jp.we
 ndt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
CREATED:20251008T192244Z
DESCRIPTION:Mein Vorstellungsgespräch bei der Stadtverwaltung Wunstorf (Sa
 chbearbeitung Bürgerbüro)!! Daumen drücken 🤞 JP du wolltest mich danach 
 anrufen
LAST-MODIFIED:20251008T192244Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mareikes Vorstellungsgespräch – Daumen drücken
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apple-family-test",
        uid="6C1E9B3F-8A2D-4F57-B0E3-5D9A2C7F1E64",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="family-einstellungstest-polizei-driving",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251103T201144Z
UID:6C1E9B3F-8A2D-4F57-B0E3-5D9A2C7F1E64
DTEND:20251114T090000
TRANSP:OPAQUE
SUMMARY:Lukas zum Einstellungstest Polizei fahren (Nienburg)
LAST-MODIFIED:20251103T201201Z
DTSTAMP:20251103T201201Z
DTSTART:20251114T063000
LOCATION:Polizeiakademie Nienburg
DESCRIPTION:Lukas hat Einstellungstest + Sporttest\, ich fahre ihn hin und
  hole ihn um 15 Uhr wieder ab. Frei genommen.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-press-interview",
        uid="040000008200E00074C5B7101A82E00800000000E6F8A0B2C41CDC01000000000000000010000000C5F2D7A0E94B4D68B1A3F9E5C26D04B8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="press-interview-user-as-interviewee",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Pressestelle Rettungsdienst Leine":mailto:presse@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Henning Sürig (Leinezeitung):mailto:h.suerig@leinezeitung.example.de
DESCRIPTION;LANGUAGE=de-DE:Interviewanfrage der Leinezeitung zum Thema "Gewalt gegen Einsatzkräfte". Herr Sürig (Redaktion Lokales) möchte mit einem Notfallsanitäter aus der Praxis sprechen\, ca. 30 Min.\, anschließend Fotos am RTW. Bitte vorher kurz mit der Pressestelle abstimmen\, was freigegeben ist (keine Patientendaten!).\n
UID:040000008200E00074C5B7101A82E00800000000E6F8A0B2C41CDC01000000000000000010000000C5F2D7A0E94B4D68B1A3F9E5C26D04B8
SUMMARY;LANGUAGE=de-DE:Presse-Interview Leinezeitung: Gewalt gegen Rettungskräfte (JP Wendt)
DTSTART;TZID=W. Europe Standard Time:20251105T140000
DTEND;TZID=W. Europe Standard Time:20251105T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T111233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RW Linden
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-research-interview",
        uid="zoom-86520417738-20251126@hs-leinetal.example.de",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="research-interview-participant-study",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251119T141002Z
DTSTART:20251126T180000Z
DTEND:20251126T190000Z
SUMMARY:Studieninterview "Belastung und Berufsverbleib im Rettungsdienst"
UID:zoom-86520417738-20251126@hs-leinetal.example.de
TZID:Europe/Berlin
ORGANIZER;CN=Anna-Lena Hüsing:mailto:anna-lena.huesing@hs-leinetal.example
 .de
ATTENDEE;CN=jp.wendt@posteo.de;RSVP=TRUE:mailto:jp.wendt@posteo.de
DESCRIPTION:Vielen Dank für Ihre Teilnahme an unserer Interviewstudie (Mast
 erarbeit Public Health). Das leitfadengestützte Interview dauert ca. 45–60
  Minuten und wird mit Ihrer Einwilligung aufgezeichnet und pseudonymisiert
 . Themen: Belastung\, Wechselabsichten\, Karrierewege (z. B. Leitstelle\, L
 uftrettung).\n\nAnna-Lena Hüsing lädt Sie zu einem geplanten Zoom-Meeting
  ein.\n\nZoom-Meeting beitreten\nhttps://hs-leinetal.zoom.example.us/j/86
 520417738\n\nMeeting-ID: 865 2041 7738\nKenncode: 120994\n
LOCATION:https://hs-leinetal.zoom.example.us/j/86520417738
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-podcast-guest",
        uid="3vc8q1m0k6t2nh9bp4rl5s7d0m@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="podcast-interview-guest",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251210T190000Z
DTEND:20251210T203000Z
DTSTAMP:20251125T161501Z
ORGANIZER;CN=Blaulichtfunk Podcast:mailto:redaktion.blaulichtfunk@gmail.com
UID:3vc8q1m0k6t2nh9bp4rl5s7d0m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
CREATED:20251125T161500Z
DESCRIPTION:Aufnahme Folge 87: "Praxisanleitung – wer bringt den Nachwuchs
  auf die Straße?" Interview mit Jan-Philipp Wendt (NotSan\, Hannover). Bit
 te Headset\, ruhiger Raum. Wir nehmen über Riverside auf: https://riversid
 e.example.fm/studio/blaulichtfunk\n\nInvitation from Google Calendar: http
 s://calendar.google.com/calendar/
LAST-MODIFIED:20251125T161501Z
LOCATION:Riverside (online)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Interview Blaulichtfunk Folge 87 (Aufnahme)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-mock-interview",
        uid="8f3b1d6a-2e9c-4a57-b0d8-6c4e2a9f1b37",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="mock-interview-coach-fire-service",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20251120T090012Z
LAST-MODIFIED:20251120T090311Z
DTSTAMP:20251120T090311Z
UID:8f3b1d6a-2e9c-4a57-b0d8-6c4e2a9f1b37
SUMMARY:Probe-Vorstellungsgespräch mit Coach (BF-Bewerbungstraining)
ORGANIZER;CN=Sabine Kühl:mailto:kontakt@kuehl-bewerbungscoaching.example.de
ATTENDEE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:jp.wendt@posteo.de
DTSTART;TZID=Europe/Berlin:20251125T193000
DTEND;TZID=Europe/Berlin:20251125T210000
LOCATION:Coaching-Praxis Kühl\, Königstraße 8
DESCRIPTION:Simuliertes Vorstellungsgespräch Berufsfeuerwehr (Fragen zu Mot
 ivation\, Teamkonflikt\, Stresssituation) mit Videoanalyse. Vorbereitung a
 uf die echten Gespräche in Brunsfeld und Hildenau. Rechnung über AVGS? – n
 ein\, privat.
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gotowebinar",
        uid="gtw-3318840217-occ-20251007@gotowebinar.example.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="webinar-about-structured-interview-leitstelle",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo Technologies//GoTo Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:gtw-3318840217-occ-20251007@gotowebinar.example.com
DTSTAMP:20250929T070000Z
DTSTART:20251007T170000Z
DTEND:20251007T183000Z
SUMMARY:Webinar: Bewerbung Leitstelle – Einstellungstest & strukturiertes I
 nterview erfolgreich meistern
DESCRIPTION:Vielen Dank für Ihre Anmeldung!\n\nIn diesem Webinar erklären 
 erfahrene Leitstellendisponent:innen\, wie Auswahlverfahren an Integrierte
 n Leitstellen ablaufen\, welche Fragen im strukturierten Interview typisc
 h sind und wie Sie sich auf den Multitasking-Test vorbereiten.\n\nTeilneh
 men: https://attendee.gotowebinar.example.com/join/3318840217/991244301\nW
 ebinar-ID: 331-884-021\n\nVeranstalter: Fachverband Leitstellen e.V.
LOCATION:Online (GoTo Webinar)
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="allday-job-fair",
        uid="E9A2C4F6-1B7D-4E38-8C5A-0F3D6B9E2A71",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="job-fair-allday-employer-names",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250910T180144Z
DTSTAMP:20250910T180302Z
LAST-MODIFIED:20250910T180302Z
UID:E9A2C4F6-1B7D-4E38-8C5A-0F3D6B9E2A71
SEQUENCE:0
SUMMARY:Jobmesse Blaulicht & Rettung Hannover
DTSTART;VALUE=DATE:20250920
DTEND;VALUE=DATE:20250921
LOCATION:Messe Hannover\, Halle 19
DESCRIPTION:Stände: Nordluft\, BF Hildenau\, Corvida\, Leitstellen. Lebens
 läufe ausdrucken (10x). Speed-Dating-Gespräche ohne Termin.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-informational-coffee",
        uid="7B3E0D5A-9C2F-4A81-B6D4-2E8F1C5A9D07",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="informational-coffee-insider-at-applied-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20250914T102233Z
DTSTAMP:20250914T102301Z
LAST-MODIFIED:20250914T102301Z
UID:7B3E0D5A-9C2F-4A81-B6D4-2E8F1C5A9D07
SEQUENCE:0
SUMMARY:Kaffee mit Timo (fliegt TC bei Nordluft) – Infos ausfragen
DTSTART;TZID=Europe/Berlin:20250919T150000
DTEND;TZID=Europe/Berlin:20250919T163000
LOCATION:Café Lindener Marktplatz
DESCRIPTION:Wie ist der Dienst auf der Maschine\, Winde\, Gehalt\, wie lief
  sein Assessment? Timo ist privat\, nicht Teil vom Verfahren.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-reference-call",
        uid="040000008200E00074C5B7101A82E00800000000F7A9B1C3D52DDC01000000000000000010000000D6A3E8B1F05C4E79B2D4A0F6C37E15C9",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="reference-call-user-is-referee",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + UTC_PAREN + r"""BEGIN:VEVENT
ATTENDEE;CN="jp.wendt@posteo.de";RSVP=TRUE:mailto:jp.wendt@posteo.de
CLASS:PUBLIC
CREATED:20251103T094411Z
DESCRIPTION:Guten Tag Herr Wendt\,\n\nHerr Kevin Lange hat Sie als Referenz
  für seine Bewerbung als Notfallsanitäter in unserer Notaufnahme angegeben.
  Ich würde Sie gern kurz (15 Min.) zu Ihrer Zusammenarbeit auf dem RTW befr
 agen.\n\nMit freundlichen Grüßen\nStefanie Oltmanns\nPflegerische Leitung 
 ZNA\, Klinikum Leinetal\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251107T121500
DTSTAMP:20251103T094411Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20251107T120000
LAST-MODIFIED:20251103T094411Z
LOCATION:Telefon
ORGANIZER;CN="Oltmanns, Stefanie":mailto:stefanie.oltmanns@klinikum-leinetal.example.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Referenzgespräch Kevin Lange (Bewerbung ZNA)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F7A9B1C3D52DDC01000000000000000010000000D6A3E8B1F05C4E79B2D4A0F6C37E15C9
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-prep-block",
        uid="c4a8e2f6-7d1b-4c93-9e5a-0b6d3f8c1a42",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="prep-block-for-own-lehrprobe",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_TB + r"""BEGIN:VEVENT
CREATED:20251022T170012Z
LAST-MODIFIED:20251022T170245Z
DTSTAMP:20251022T170245Z
UID:c4a8e2f6-7d1b-4c93-9e5a-0b6d3f8c1a42
SUMMARY:Vorbereitung Lehrprobe BIRN (Atemweg Kind) – Folien + Ablauf
DTSTART;TZID=Europe/Berlin:20251026T140000
DTEND;TZID=Europe/Berlin:20251026T180000
DESCRIPTION:Lernziele\, Methodenwechsel\, Sim-Puppe Größe? 20 min sind kur
 z!! Probelauf vor Inès.
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT15M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-thank-you-reminder",
        uid="1F8C3A6E-4B2D-4D9A-A7E0-9C5B2F1D8E36",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="thank-you-reminder-after-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
""" + BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20251127T151502Z
DTSTAMP:20251127T151530Z
LAST-MODIFIED:20251127T151530Z
UID:1F8C3A6E-4B2D-4D9A-A7E0-9C5B2F1D8E36
SEQUENCE:0
SUMMARY:Dankesmail an Fr. Hinrichs + Hr. Ahlers (BF Brunsfeld) schicken!
DTSTART;TZID=Europe/Berlin:20251127T190000
DTEND;TZID=Europe/Berlin:20251127T191500
DESCRIPTION:kurz bedanken für das Vorstellungsgespräch heute\, nach Zeitpla
 n für die Entscheidung fragen
TRANSP:TRANSPARENT
BEGIN:VALARM
X-WR-ALARMUID:6A2D9F1C-3E7B-4C05-B8A4-1D6F0E3C9B52
UID:6A2D9F1C-3E7B-4C05-B8A4-1D6F0E3C9B52
TRIGGER:PT0S
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-recruiter-no-employer",
        uid="5tk1p8m3q0v6cb2hn9rl4s7d0n@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="recruiter-call-no-employer-named-yet",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251204T160000Z
DTEND:20251204T162000Z
DTSTAMP:20251201T103321Z
ORGANIZER;CN=Björn Haselhorst:mailto:b.haselhorst@medtech-headhunting.exam
 ple.de
UID:5tk1p8m3q0v6cb2hn9rl4s7d0n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
CREATED:20251201T103320Z
DESCRIPTION:Hallo Herr Wendt\,\n\nich bin über Ihr Xing-Profil auf Sie auf
 merksam geworden. Ich habe ein spannendes Mandat eines namhaften Medizinte
 chnikherstellers (Region Hannover\, Notfall-/Beatmungstechnik) – den Namen
  darf ich erst nach einem ersten Gespräch und Ihrer Zustimmung nennen. Pa
 sst Ihnen ein kurzes Telefonat?\n\nBjörn Haselhorst\nMedtech Headhunting\n
 \nInvitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20251201T103321Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kurzes Telefonat – vertrauliches Mandat Medizintechnik
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-recurring-training",
        uid="2qm9c4v7t0k1hb8np3rl6s5d0p@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="training-for-sporttest-recurring",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Sport
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250916T173000
DTEND;TZID=Europe/Berlin:20250916T183000
RRULE:FREQ=WEEKLY;WKST=MO;UNTIL=20251130T225959Z;BYDAY=TU,SA
DTSTAMP:20251201T080000Z
UID:2qm9c4v7t0k1hb8np3rl6s5d0p@google.com
CREATED:20250912T201233Z
DESCRIPTION:Intervalle für Cooper-Test (Ziel 2800 m)\, Di Bahn\, Sa Schwimm
 en 200 m + Streckentauchen. Für Sporttest BF.
LAST-MODIFIED:20250912T201233Z
LOCATION:Sportpark Linden
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Training Sporttest BF 🏃
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-driving-exam",
        uid="040000008200E00074C5B7101A82E00800000000A8B0C2D4E63EDC01000000000000000010000000E7B4F9C2A16D4F80B3E5A1D7C48F26D0",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="driving-exam-c1-pruefung-employer-paid",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Pieper, Sandra":mailto:sandra.pieper@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Praktische Prüfung Führerscheinklasse C1 (Kostenübernahme durch den Arbeitgeber). Treffpunkt Fahrschule Kasten\, Prüfer vom TÜV. Bitte Ausweis und Sehtest mitbringen.\n
UID:040000008200E00074C5B7101A82E00800000000A8B0C2D4E63EDC01000000000000000010000000E7B4F9C2A16D4F80B3E5A1D7C48F26D0
SUMMARY;LANGUAGE=de-DE:Prüfung Führerschein C1 (praktisch) – J.-P. Wendt
DTSTART;TZID=W. Europe Standard Time:20250925T090000
DTEND;TZID=W. Europe Standard Time:20250925T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250911T080121Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Fahrschule Kasten\, Badenstedter Straße 50
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-occupational-medicine",
        uid="040000008200E00074C5B7101A82E00800000000B9C1D3E5F74FDC01000000000000000010000000F8C5A0D3B27E4A91B4F6C2E8D59A37E1",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="occupational-medical-exam-own-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Betriebsarzt Rettungsdienst Leine:mailto:betriebsarzt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Arbeitsmedizinische Vorsorge (Infektionsgefährdung\, Fahr-/Steuertätigkeit\, Atemschutz G26.2). Impfpass mitbringen\, nüchtern nicht erforderlich.\n
UID:040000008200E00074C5B7101A82E00800000000B9C1D3E5F74FDC01000000000000000010000000F8C5A0D3B27E4A91B4F6C2E8D59A37E1
SUMMARY;LANGUAGE=de-DE:Arbeitsmedizinische Vorsorge (Betriebsarzt) – Wendt
DTSTART;TZID=W. Europe Standard Time:20251021T080000
DTEND;TZID=W. Europe Standard Time:20251021T090000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251006T061544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Betriebsärztlicher Dienst\, Verwaltung EG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-training-hospitation",
        uid="040000008200E00074C5B7101A82E00800000000C0D2E4F6A85ADC01000000000000000010000000A9D6B1E4C38F4B02A5C7D3F9E60B48F2",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="hospitation-leitstelle-as-fortbildung-not-selection",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandes, Henrike":mailto:henrike.brandes@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Leitstelle Calenberg Ausbildung:mailto:ausbildung@kls-calenberg.example.de
DESCRIPTION;LANGUAGE=de-DE:Hospitationstag in der Kooperativen Leitstelle Calenberg im Rahmen der Fortbildung "Schnittstelle Rettungsdienst/Leitstelle" (8 UE\, wird als Fortbildung angerechnet). Kein Bewerbungstermin – reine Fortbildung. Bitte Dienstkleidung.\n
UID:040000008200E00074C5B7101A82E00800000000C0D2E4F6A85ADC01000000000000000010000000A9D6B1E4C38F4B02A5C7D3F9E60B48F2
SUMMARY;LANGUAGE=de-DE:Hospitation Leitstelle Calenberg (Fortbildung Schnittstelle RD/LST)
DTSTART;TZID=W. Europe Standard Time:20250929T070000
DTEND;TZID=W. Europe Standard Time:20250929T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250915T130522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kooperative Leitstelle Calenberg
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ilias-exam",
        uid="pa-wb-2025-modul4-lehrprobe-tn17@lms.birn-nds.example.de",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="lehrprobe-in-own-training-not-selection",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ILIAS//Kalender 9.x//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:pa-wb-2025-modul4-lehrprobe-tn17@lms.birn-nds.example.de
DTSTAMP:20251015T060000Z
DTSTART:20251208T080000Z
DTEND:20251208T093000Z
SUMMARY:Weiterbildung Praxisanleitung (300 h) – Modul 4: Lehrprobe / Prüfung
  TN 17
DESCRIPTION:Praktische Lehrprobe (Anleitungssituation am Simulationspatien
 ten) als Modulprüfung der berufspädagogischen Weiterbildung. Prüfungskommi
 ssion: Kursleitung + externe Praxisanleitung. Reflexionsgespräch im Anschl
 uss.
LOCATION:BIRN Hannover\, Skills-Lab 1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-partner-french",
        uid="0rl4c7v2t9k5hb1np8qm3s6d0q@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="partner-french-entretien-embauche",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251030T090000Z
DTEND:20251030T100000Z
DTSTAMP:20251024T203344Z
ORGANIZER;CN=Inès Garnier:mailto:ines.garnier@gmail.com
UID:0rl4c7v2t9k5hb1np8qm3s6d0q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Inès Garnier;X-NUM-GUESTS=0:mailto:ines.garnier@gmail.com
CREATED:20251024T203343Z
DESCRIPTION:Mon entretien d'embauche chez Bioclinique Hannover (technicienn
 e de laboratoire) – en visio. Croise les doigts pour moi ! Tu peux garder
  le salon calme ? 😘\n\nInvitation de Google Agenda : https://calendar.goog
 le.com/calendar/
LAST-MODIFIED:20251024T203344Z
LOCATION:Wohnzimmer
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien Inès – Bioclinique (visio)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-spanish-class",
        uid="9pk3c0v8t1m6hb4nq2rl7s5d0r@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="spanish-class-simulated-entrevista",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251016T170000Z
DTEND:20251016T183000Z
DTSTAMP:20251010T091522Z
ORGANIZER;CN=Profesora Carmen Ruiz:mailto:carmen.ruiz.clases@gmail.com
UID:9pk3c0v8t1m6hb4nq2rl7s5d0r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=jp.wendt@posteo.de;X-NUM-GUESTS=0:mailto:jp.wendt@posteo.de
CREATED:20251010T091521Z
DESCRIPTION:Clase de español B1 (VHS Hannover\, curso intensivo): hoy simu
 lamos una entrevista de trabajo en parejas – vocabulario sanitario\, prese
 ntarse\, hablar de la experiencia. Traed vuestro CV en español.\n\nInvitaci
 ón de Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20251010T091522Z
LOCATION:VHS Hannover\, Raum 2.14
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase B1 – simulación de entrevista de trabajo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-feedback-after-rejection",
        uid="040000008200E00074C5B7101A82E00800000000D1E3F5A7B96BDC01000000000000000010000000B0E7C2F5D49A4C13B6D8E4A0F71C59A3",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="feedback-call-after-rejection-same-employer",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Meyerhoff, Gesa":mailto:gesa.meyerhoff@lk-ostheide.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jp.wendt@posteo.de:mailto:jp.wendt@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Wendt\,\n\nSie hatten um ein Feedback zu unserer Absage gebeten. Gern erläutere ich Ihnen telefonisch\, wie die Auswahlkommission entschieden hat\, und gebe Ihnen Hinweise für künftige Bewerbungen. Das Auswahlverfahren ist abgeschlossen.\n\nMit freundlichen Grüßen\nGesa Meyerhoff\n
UID:040000008200E00074C5B7101A82E00800000000D1E3F5A7B96BDC01000000000000000010000000B0E7C2F5D49A4C13B6D8E4A0F71C59A3
SUMMARY;LANGUAGE=de-DE:Telefonisches Feedback zur Absage (Disponent/in)
DTSTART;TZID=W. Europe Standard Time:20251114T093000
DTEND;TZID=W. Europe Standard Time:20251114T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251111T085911Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-exercise",
        uid="040000008200E00074C5B7101A82E00800000000E2F4A6B8C07CDC01000000000000000010000000C1F8D3A6E50B4D24B7E9F5B1A82D60B4",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="manv-exercise-with-assessors-and-observers",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Katastrophenschutz Region:mailto:katschutz@region-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Großübung MANV 50 (Zugunglück) mit Feuerwehr\, Rettungsdienst und SEG. Übungsbeobachter bewerten die Abläufe (Sichtung\, Patientenablage\, Kommunikation)\, Auswertung im Anschluss. Mimen: Jugendrotkreuz.\n
UID:040000008200E00074C5B7101A82E00800000000E2F4A6B8C07CDC01000000000000000010000000C1F8D3A6E50B4D24B7E9F5B1A82D60B4
SUMMARY;LANGUAGE=de-DE:Großübung MANV 50 – Bahnstrecke Seelze
DTSTART;TZID=W. Europe Standard Time:20251018T080000
DTEND;TZID=W. Europe Standard Time:20251018T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250912T110244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Bahngelände Seelze\, Bereitstellungsraum P+R
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-interviewer-training",
        uid="040000008200E00074C5B7101A82E00800000000F3A5B7C9D18DDC01000000000000000010000000D2A9E4B7F61C4E35B8F0A6C2B93E71C5",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="class-how-to-conduct-structured-interviews",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Kruse, Annika":mailto:annika.kruse@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Wendt, Jan-Philipp":mailto:jan-philipp.wendt@rettungsdienst-leine.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Heitmann, Jörg":mailto:joerg.heitmann@rettungsdienst-leine.example.de
DESCRIPTION;LANGUAGE=de-DE:Inhouse-Schulung für alle\, die an Auswahlgesprächen mitwirken (FSJ/BFD\, Azubis\, Fachkräfte): Aufbau eines strukturierten Interviews\, Beurteilungsfehler\, AGG – welche Fragen sind unzulässig?\, Rollenspiele mit Beobachtungsbogen.\n
UID:040000008200E00074C5B7101A82E00800000000F3A5B7C9D18DDC01000000000000000010000000D2A9E4B7F61C4E35B8F0A6C2B93E71C5
SUMMARY;LANGUAGE=de-DE:Schulung: Strukturierte Auswahlgespräche führen (für Interviewer:innen)
DTSTART;TZID=W. Europe Standard Time:20251030T130000
DTEND;TZID=W. Europe Standard Time:20251030T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T100433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Schulungszentrum Raum 1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gmail-contract-signing",
        uid="4sm0c2v9t6k3hb7np1rl8q5d0s@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="contract-signing-after-offer-not-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:jp.wendt@posteo.de
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251212T100000
DTEND;TZID=Europe/Berlin:20251212T110000
DTSTAMP:20251212T060000Z
UID:4sm0c2v9t6k3hb7np1rl8q5d0s@google.com
CREATED:20251201T171522Z
DESCRIPTION:Zusage ist da!! Vertrag unterschreiben + Einkleidung/Fliegerarz
 t-Termin besprechen. Kündigung RDL vorher fertig machen (3 Monate zum Quar
 talsende).
LAST-MODIFIED:20251201T171522Z
LOCATION:Nordluft Verwaltung\, Bad Fallingen
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Nordluft Vertragsunterzeichnung 🎉
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
