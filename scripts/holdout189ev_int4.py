"""holdout189: Bernd's own interviews, part 4 (booking tools, a cancellation, typed trial days, big-company tools)."""

from holdout189ev_tz import BERLIN_GOOGLE, BERLIN_OX, W_EUROPE

EVENTS = [
    # Holsteiner Busreisen: owner's daughter invites from Google Workspace, no stage
    dict(kind="google-invite", uid="6ms0h4f2kq8p1r3t5v7x9z0b2d@google.com", lab=(
        1, "Holsteiner Busreisen GmbH", "Disponent Reiseverkehr", "", "lena.petersen@holsteiner-busreisen.de",
        "google-gespraech-disposition-family-firm"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250319T150000
DTEND;TZID=Europe/Berlin:20250319T160000
DTSTAMP:20250313T184502Z
ORGANIZER;CN=Lena Petersen:mailto:lena.petersen@holsteiner-busreisen.de
UID:6ms0h4f2kq8p1r3t5v7x9z0b2d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=bernd.kowalski@t-online.de;X-NUM-GUESTS=0:mailto:bernd.kowalski@t-
 online.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lena Petersen;X-NUM-GUESTS=0:mailto:lena.petersen@holsteiner-busreisen
 .de
DESCRIPTION:Hallo Herr Kowalski\, wie besprochen unser Gespräch zur Stelle
  Disponent Reiseverkehr. Mein Vater (Uwe Petersen) ist auch dabei. Adress
 e: Hauptstr. 44\, 23843 Bad Oldesloe\, Hof hinter dem Busdepot.\nViele Gr
 üße Lena Petersen
LOCATION:Holsteiner Busreisen\, Hauptstr. 44\, 23843 Bad Oldesloe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gespräch Disposition – Hr. Kowalski
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    # Parcelink Germany: GoodTime multi-slot onsite
    dict(kind="goodtime", uid="goodtime-3c8a1f5e-6d2b-4e7a-9f01-b3c5d7e9f1a2", lab=(
        1, "Parcelink Germany GmbH", "Hub Manager Hamburg (m/w/d)", "onsite",
        "d.oezdemir@parcelink.de;c.hansen@parcelink.de;s.wolters@parcelink.de", "goodtime-interview-schedule-hub"),
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-3c8a1f5e-6d2b-4e7a-9f01-b3c5d7e9f1a2
DTSTAMP:20250403T160045Z
DTSTART:20250409T080000Z
DTEND:20250409T110000Z
SUMMARY:Interview Schedule: Bernd Kowalski - Hub Manager Hamburg (m/w/d)
ORGANIZER;CN=Parcelink Recruiting Coordination:mailto:scheduling@parcelink.
 goodtime.io
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
LOCATION:Parcelink Hub Hamburg-Allermöhe\, Rudolf-Diesel-Weg 12\, Pforte 2
DESCRIPTION:Hallo Bernd\,\n\nhier dein Interviewplan vor Ort:\n\n10:00-10:
 45 Deniz Özdemir\, Regional Operations Director (d.oezdemir@parcelink.de)
 \n10:45-11:30 Christian Hansen\, Hub Manager Bremen (c.hansen@parcelink.de
 )\n11:30-12:00 Hub-Rundgang Nachtsortierung (Schichtleitung)\n12:00-13:00
  Svenja Wolters\, HR Business Partner (s.wolters@parcelink.de)\n\nBitte br
 ing einen Lichtbildausweis mit. Bei Fragen wende dich an Laura (Recruiting
  Coordinator).\n\nScheduled with GoodTime
END:VEVENT
END:VCALENDAR
"""),
    # Elbe Container Service: cancelled
    dict(kind="outlook-cancel", uid="ECS-HR-20250317-0044-KOWALSKI@elbe-container-service.de", lab=(
        1, "Elbe Container Service GmbH", "Disponent Containerverkehr (m/w/d)", "",
        "t.brandes@elbe-container-service.de", "outlook-method-cancel-abgesagt"), ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandes, Tanja":mailto:t.brandes@elbe-container-service.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=bernd.kowalski@t-online.de:mail
 to:bernd.kowalski@t-online.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Kowalski\,\n\nleider müssen w
 ir den Termin absagen\, da die Position Disponent Containerverkehr (m/w/d)
  intern besetzt werden konnte. Wir wünschen Ihnen für Ihre weitere Suche v
 iel Erfolg.\n\nFreundliche Grüße\nTanja Brandes\nLeitung Disposition Co
 ntainer\n
UID:ECS-HR-20250317-0044-KOWALSKI@elbe-container-service.de
SUMMARY;LANGUAGE=de-DE:Abgesagt: Vorstellungsgespräch Disponent Containerv
 erkehr – Hr. Kowalski
DTSTART;TZID=W. Europe Standard Time:20250325T110000
DTEND;TZID=W. Europe Standard Time:20250325T120000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250321T130215Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:ECS Verwaltung\, Am Ballinkai 1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
"""),
    # Autotrans Nord: Cal.com booking
    dict(kind="cal-com", uid="cal-8tKq2WvR9mXpL4zN3bYc", lab=(
        1, "Autotrans Nord GmbH", "Disponent Fahrzeuglogistik", "recruiter_screen", "p.lange@autotrans-nord.de",
        "cal-com-kennenlernen-video"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-8tKq2WvR9mXpL4zN3bYc
DTSTAMP:20250320T093302Z
DTSTART:20250326T140000Z
DTEND:20250326T143000Z
SUMMARY:Kennenlernen Disposition Fahrzeuglogistik zwischen Petra Lange und
  Bernd Kowalski
ORGANIZER;CN=Petra Lange:mailto:p.lange@autotrans-nord.de
ATTENDEE;CN=Bernd Kowalski;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRU
 E:mailto:bernd.kowalski@t-online.de
LOCATION:https://app.cal.com/video/8tKq2WvR9mXpL4zN3bYc
DESCRIPTION:Was: Kennenlernen Disposition Fahrzeuglogistik\nWer: Petra Lan
 ge (Personal\, Autotrans Nord GmbH) - Organisator\, Bernd Kowalski\nWo: Ca
 l Video\nZusätzliche Informationen: Bewerbung Disponent Fahrzeuglogistik (
 Autotransporter\, Werksabholung Emden/Bremerhaven)\n\nAbsagen oder verschi
 eben: https://app.cal.com/booking/8tKq2WvR9mXpL4zN3bYc
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    # Hanse Krankentransport: typed, floating, abbreviations
    dict(kind="ox-typed", uid="ox-20250402-1173@t-online.de", lab=(
        1, "Hanse Krankentransport gGmbH", "Disponent Leitstelle KTP", "", "Hr. Dittmer",
        "typed-vorst-gespr-leitstelle-abbrev"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250402-1173@t-online.de
DTSTAMP:20250402T061812Z
SUMMARY:Vorst.gespr. Hanse KT 8:30
DTSTART:20250407T083000
DTEND:20250407T093000
LOCATION:Hammer Landstr. 88
DESCRIPTION:Disponent Leitstelle KTP\, Hr. Dittmer\nSchichtdienst auch WE
 (!)\, aber 4-Tage-Woche mögl.
END:VEVENT
END:VCALENDAR
"""),
    # Frischdienst Lübeck: Outlook, personal Kennenlerngespräch
    dict(kind="outlook-invite", uid=(
        "040000008200E00074C5B7101A82E00800000000F4A1B9C2E6A5DB01"
        "00000000000000001000000063D1F8A2C4E6B0D2F4A6C8E0B2D4F6A8"), lab=(
        1, "Frischdienst Lübeck GmbH", "Disponent Nahverkehr / stellv. Fuhrparkleitung", "hiring_manager",
        "u.harder@frischdienst-luebeck.de", "outlook-kennenlerngespraech-w-europe"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN=bernd.kowalski@t-online.de;RSVP=TRUE:mailto:bernd.kowalski@t-o
 nline.de
CLASS:PUBLIC
CREATED:20250311T075522Z
DESCRIPTION:Guten Morgen Herr Kowalski\,\n\nich freue mich auf unser Kenne
 nlerngespräch zur Stelle Disponent Nahverkehr / stellv. Fuhrparkleitung.
  Bitte kommen Sie zum Büro über der Werkstatt\, Eingang seitlich.\n\nGruß
 \nUlf Harder\nLeiter Fuhrpark\, Frischdienst Lübeck GmbH\n
DTEND;TZID=W. Europe Standard Time:20250318T103000
DTSTAMP:20250311T075522Z
DTSTART;TZID=W. Europe Standard Time:20250318T093000
LAST-MODIFIED:20250311T075522Z
LOCATION:Frischdienst Lübeck\, Kaninchenborn 22\, 23560 Lübeck
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Kennenlerngespräch Hr. Kowalski
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F4A1B9C2E6A5DB0100000000000000
 001000000063D1F8A2C4E6B0D2F4A6C8E0B2D4F6A8
ORGANIZER;CN="Harder, Ulf":mailto:u.harder@frischdienst-luebeck.de
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    # Nordbeton Transport: typed in Thunderbird at home
    dict(kind="thunderbird", uid="b3f0c6a2-9e41-4d7c-8a15-6f2e0d9c1b37", lab=(
        1, "Nordbeton Transport GmbH", "", "recruiter_screen", "Fr. Gerdes",
        "thunderbird-telefoninterview-personal"), eol="lf", ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN_OX + r"""BEGIN:VEVENT
CREATED:20250312T201544Z
LAST-MODIFIED:20250312T201610Z
DTSTAMP:20250312T201610Z
UID:b3f0c6a2-9e41-4d7c-8a15-6f2e0d9c1b37
SUMMARY:Telefoninterview Nordbeton (Fr. Gerdes\, Personal)
DTSTART;TZID=Europe/Berlin:20250317T120000
DTEND;TZID=Europe/Berlin:20250317T123000
DESCRIPTION:Mittagspause! ins Auto setzen\, ruhig\nFuhrpark Fahrmischer\,
 Pumpen - Zahl erfragen
X-MOZ-GENERATION:2
END:VEVENT
END:VCALENDAR
"""),
    # Möbelspedition Harms: typed trial half day
    dict(kind="samsung-typed", uid="samsung-1743611902114-77c2", lab=(
        1, "Möbelspedition Harms", "", "onsite", "Hr. Harms jun.",
        "typed-probearbeiten-halber-tag-floating"), eol="lf", ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:samsung-1743611902114-77c2
DTSTAMP:20250402T163822Z
SUMMARY:Probearbeiten Harms Dispo (halber Tag)
DTSTART:20250410T060000
DTEND:20250410T120000
LOCATION:Harms Umzüge Stellingen
DESCRIPTION:Hr. Harms jun. zeigt Touren/Kolonnen\, ich plane 2 Umzüge mit
END:VEVENT
END:VCALENDAR
"""),
    # Stahlhandel Schlüter: onlyfy by XING, Teams
    dict(kind="onlyfy", uid="onlyfy-interview-44a1c9e2-schlueter-bremen", lab=(
        1, "Stahlhandel Schlüter GmbH", "Fuhrparkleitung (m/w/d)", "hiring_manager",
        "f.schlueter@schlueter-stahl.de", "onlyfy-xing-teams-gf-family"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//New Work SE//onlyfy one//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:onlyfy-interview-44a1c9e2-schlueter-bremen
DTSTAMP:20250414T080012Z
DTSTART:20250422T080000Z
DTEND:20250422T090000Z
SUMMARY:Vorstellungsgespräch Fuhrparkleitung (m/w/d) | Stahlhandel Schlüte
 r GmbH
ORGANIZER;CN=Stahlhandel Schlüter GmbH:mailto:no-reply@onlyfy.com
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Frederik Schlüter:mailto:f.schlueter@schlueter-stahl.de
LOCATION:Microsoft Teams
DESCRIPTION:Gesprächspartner: Frederik Schlüter (Geschäftsführer)\n\nTeams
 : https://teams.microsoft.com/l/meetup-join/19%3ameeting_c2NobA%40thread.v
 2/0\nKonferenz-ID: 882 610 47#\n\nGesendet mit onlyfy one
END:VEVENT
END:VCALENDAR
"""),
    # Petrolog Tanktransport: Recruitee
    dict(kind="recruitee", uid="recruitee-event-11872934@petrolog.recruitee.com", lab=(
        1, "Petrolog Tanktransport GmbH", "Disponent Gefahrgut / ADR (m/w/d)", "",
        "n.fischer@petrolog-tank.de;o.rahn@petrolog-tank.de", "recruitee-adr-interview"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-event-11872934@petrolog.recruitee.com
DTSTAMP:20250324T111100Z
DTSTART:20250331T123000Z
DTEND:20250331T133000Z
SUMMARY:Interview - Disponent Gefahrgut / ADR (m/w/d) - Bernd Kowalski
ORGANIZER;CN=Nina Fischer:mailto:n.fischer@petrolog-tank.de
ATTENDEE;CN=Bernd Kowalski;RSVP=TRUE:mailto:bernd.kowalski@t-online.de
ATTENDEE;CN=Nina Fischer:mailto:n.fischer@petrolog-tank.de
ATTENDEE;CN=Oliver Rahn:mailto:o.rahn@petrolog-tank.de
LOCATION:Petrolog Tanktransport\, Blumensand 20\, 21107 Hamburg
DESCRIPTION:Hallo Bernd\, wir freuen uns auf das Gespräch mit Nina Fischer
  (HR) und Oliver Rahn (Gefahrgutbeauftragter / Leitung Dispo).\n\n--\nSen
 t via Recruitee
END:VEVENT
END:VCALENDAR
"""),
]
