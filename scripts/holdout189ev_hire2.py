"""holdout189: Bernd on the hiring side at Elbtrans Spedition, part 2 (notes, Bookings, open day, panels)."""

from holdout189ev_tz import BERLIN_OX, W_EUROPE

NEG = ""

EVENTS = [
    dict(kind="outlook-typed", uid="ELB-BK-20250320-RUECKRUF-OSMANI@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-rueckruf-bewerber-notes"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:ELB-BK-20250320-RUECKRUF-OSMANI@elbtrans-spedition.de
DTSTAMP:20250319T160101Z
DTSTART;TZID=W. Europe Standard Time:20250320T120000
DTEND;TZID=W. Europe Standard Time:20250320T121500
SUMMARY:Rückruf Hr. Osmani 0176 5522xxx
DESCRIPTION:Fahrerbew. (Aushang Autohof) - FS CE seit 2019\, Modul 95 bis 2
 026\, ADR?\, kein Schichtdienst Sa\nwenn ok -> Termin nächste Wo. mit Pet
 ra
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="bookings", uid="AAMkADk0ZTFhELBTRANSBookingsFahrer20250414WISNIEWSKI", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-bookings-staff-host"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN=Elbtrans Fahrerjobs:mailto:ElbtransFahrerjobs@elbtrans.onmicr
 osoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalski,
  Bernd":mailto:b.kowalski@elbtrans-spedition.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nService: Kennenlerngespräch Fah
 rer*innen (30 Min)\nMitarbeiter: Bernd Kowalski\nKunde: Andrzej Wiśniewski
 \nE-Mail: a.wisniewski.trans@wp.pl\nTelefon: +48 601 22xx xx\nAnmerkungen
 : CE\, 12 Jahre international\, Deutsch gut\n\nBuchung verwalten: https://
 outlook.office365.com/owa/calendar/ElbtransFahrerjobs@elbtrans.onmicrosof
 t.com/bookings/\n
UID:AAMkADk0ZTFhELBTRANSBookingsFahrer20250414WISNIEWSKI
SUMMARY;LANGUAGE=de-DE:Andrzej Wiśniewski – Kennenlerngespräch Fahrer*inne
 n
DTSTART;TZID=W. Europe Standard Time:20250414T150000
DTEND;TZID=W. Europe Standard Time:20250414T153000
DTSTAMP:20250410T214433Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Elbtrans\, Billbrookdeich 220\, Dispo
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-allday", uid="ELB-MARKETING-FAHRERTAG-20250510@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-fahrertag-open-day-kurzgespraeche"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Dreyer, Jörg":mailto:j.dreyer@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalski, Bernd":mailto:b.kowa
 lski@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Stoltenberg, Petra":mailto:p.s
 toltenberg@elbtrans-spedition.de
DESCRIPTION;LANGUAGE=de-DE:Fahrertag / Tag der offenen Tür mit Truck-Show\,
  Grill\, Kinder-Fahrsimulator. Dispo (Bernd) macht Kurzgespräche am Bewer
 berstand mit Interessenten – Kurzprofilbögen bitte gleich an Petra. Ziel:
  8 neue Fahrer bis Sommer.\n
UID:ELB-MARKETING-FAHRERTAG-20250510@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Elbtrans Fahrertag 2025 (Sa)
DTSTART;VALUE=DATE:20250510
DTEND;VALUE=DATE:20250511
DTSTAMP:20250401T100000Z
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Betriebshof Billbrookdeich
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-typed", uid="ELB-BK-20250423-SCHNUPPER@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-schnuppertag-azubi-bewerber"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
UID:ELB-BK-20250423-SCHNUPPER@elbtrans-spedition.de
DTSTAMP:20250415T070000Z
DTSTART;TZID=W. Europe Standard Time:20250423T080000
DTEND;TZID=W. Europe Standard Time:20250423T120000
SUMMARY:Schnuppertag Leon M. (Azubi-Bew.) bei uns in der Dispo
DESCRIPTION:von Kim: Einschätzung danach auf Bogen\, ob wir ihn nehmen
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="teams-invite", uid="ELB-GF-2025-NL-STADE-AUSWAHL-2@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-auswahlrunde-nl-leitung-panel"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dreyer, Jörg";SENT-BY="mailto:assistenz-gf@elbtrans-spediti
 on.de":mailto:j.dreyer@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalski, Bernd":mailto:b.kowa
 lski@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Timmermann, Ralf":mailto:r.ti
 mmermann@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Stoltenberg, Petra":mailto:p.s
 toltenberg@elbtrans-spedition.de
DESCRIPTION;LANGUAGE=de-DE:Zweitgespräche Niederlassungsleitung Stade (2 K
 andidaten\, je 60 Min.). Bernd bitte Fallbeispiel Disposition vorbereiten
  (Ausfall 3 Fahrer Montag früh). Unterlagen: Laufwerk P:\\Personal\\NL Sta
 de. Anschließend 30 Min. Entscheidung.\n
UID:ELB-GF-2025-NL-STADE-AUSWAHL-2@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Personalauswahl NL Stade – 2. Runde
DTSTART;TZID=W. Europe Standard Time:20250415T130000
DTEND;TZID=W. Europe Standard Time:20250415T160000
DTSTAMP:20250407T091212Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:GF-Besprechung OG
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="teams-invite", uid="ELB-DISPO-2025-ZWEIT-AHRENS@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-zweitgespraech-leitfaden-teams"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Timmermann, Ralf":mailto:r.timmermann@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalski, Bernd":mailto:b.kowa
 lski@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Tim Ahrens:mailto:tim.ahrens@ou
 tlook.de
DESCRIPTION;LANGUAGE=de-DE:Zweitgespräch mit Herrn Ahrens (Disponent m/w/d
 ). Leitfaden + Bewertungsmatrix anbei – Bernd übernimmt Block 2 (Fachfrag
 en: Lenk-/Ruhezeiten\, Tourenoptimierung\, Umgang mit Fahrern).\n\n______
 __________________________________________________________________________
 \nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen<https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_QWhyZW5z%40thread.v2/0>\nB
 esprechungs-ID: 355 201 744 09\n
UID:ELB-DISPO-2025-ZWEIT-AHRENS@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Disponent (m/w/d) – Hr. Ahrens
DTSTART;TZID=W. Europe Standard Time:20250424T150000
DTEND;TZID=W. Europe Standard Time:20250424T160000
DTSTAMP:20250417T133000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-allday", uid="ELB-BK-20250404-BOEGEN@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-bewertungsboegen-deadline"), ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
UID:ELB-BK-20250404-BOEGEN@elbtrans-spedition.de
DTSTAMP:20250401T120000Z
DTSTART;VALUE=DATE:20250404
DTEND;VALUE=DATE:20250405
SUMMARY:Bewertungsbögen Azubi-Gespr. an Kim
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="ox-typed", uid="ox-20250321-4471@t-online.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-tel-interview-fahrer-similar-name"), ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Open-Xchange//7.10.6-Rev57//EN
BEGIN:VEVENT
UID:ox-20250321-4471@t-online.de
DTSTAMP:20250321T171203Z
SUMMARY:Tel.-Interview Fahrer Hr. Kowalczyk (Indeed)
DTSTART:20250324T071500
DTEND:20250324T073000
DESCRIPTION:für Elbtrans\, CE Nahverkehr\, hat sich auf Indeed-Anzeige bew
 orben\, Nr. in Personio
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="outlook-invite", uid="ELB-HR-2025-0429-KOVALENKO@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-vorstellung-mit-dolmetscherin"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Stoltenberg, Petra":mailto:p.stoltenberg@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalski, Bernd":mailto:b.kowa
 lski@elbtrans-spedition.de
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN=Olena Shevchenko (Dolmetscherin
 ):mailto:o.shevchenko@sprachmittler-hh.de
DESCRIPTION;LANGUAGE=de-DE:Herr Kovalenko (CE\, ukr. Führerschein – Umschre
 ibung läuft) stellt sich vor. Frau Shevchenko übersetzt. Bernd: bitte Lad
 ungssicherung + Fahrtenbuch/Tacho abfragen.\n
UID:ELB-HR-2025-0429-KOVALENKO@elbtrans-spedition.de
SUMMARY;LANGUAGE=de-DE:Vorstellung Hr. Kovalenko (Fahrer) mit Dolmetscher
 in
DTSTART;TZID=W. Europe Standard Time:20250429T100000
DTEND;TZID=W. Europe Standard Time:20250429T110000
DTSTAMP:20250422T094500Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:HH Besprechung 1.04 (Dispo)
END:VEVENT
END:VCALENDAR
"""),
    dict(kind="teams-invite", uid="ELB-HR-2025-WERKSTUDENT-OKAFOR@elbtrans-spedition.de", side="hiring", lab=(
        0, NEG, NEG, NEG, NEG, "user-as-interviewer-english-working-student"), ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + BERLIN_OX + r"""BEGIN:VEVENT
ORGANIZER;CN="Stoltenberg, Petra":mailto:p.stoltenberg@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Kowalski, Bernd":mailto:b.kowa
 lski@elbtrans-spedition.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Chidi Okafor:mailto:chidi.okafo
 r@stud.hs-fresenius.de
DESCRIPTION;LANGUAGE=en-US:Dear Mr Okafor\,\n\nthank you for your applicat
 ion as working student in our dispatch team (Werkstudent Disposition\, 16
 h/week). Bernd Kowalski (dispatcher) and I look forward to talking to you
 .\n\nBest regards\nPetra Stoltenberg\nHR\, Elbtrans Spedition GmbH\n\nJoin
  Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_T2thZm9y%40thread.v2/0\n
UID:ELB-HR-2025-WERKSTUDENT-OKAFOR@elbtrans-spedition.de
SUMMARY;LANGUAGE=en-US:Interview working student dispatch – Chidi Okafor
DTSTART;TZID=Europe/Berlin:20250430T140000
DTEND;TZID=Europe/Berlin:20250430T143000
DTSTAMP:20250424T081010Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
]
