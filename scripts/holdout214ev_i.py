# ruff: noqa: E501  (raw iCalendar lines are as long as the tools write them)
"""holdout214 events, part i: the train driver's own work calendar and interview look-alikes."""

from holdout214ev_tz import BERLIN, WEST, ev

EVENTS = []

# early shifts, recurring, with one moved instance (Google export)
_FS_UID = "0q4m8c2v6n1k3s9e5t7b0r2h4d@google.com"
EVENTS.append(ev("fruehschicht-recurring", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Dienst
X-WR-TIMEZONE:Europe/Berlin
""" + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20240205T041500
DTEND;TZID=Europe/Berlin:20240205T124500
RRULE:FREQ=WEEKLY;UNTIL=20240225T225959Z;BYDAY=MO,WE
DTSTAMP:20240201T173011Z
UID:""" + _FS_UID + r"""
CREATED:20240201T172955Z
DESCRIPTION:Turnus Fb 2/24\, Dienst 41xx\, Meldestelle L Hbf
LAST-MODIFIED:20240201T173011Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Früh
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20240214T053000
DTEND;TZID=Europe/Berlin:20240214T140000
DTSTAMP:20240210T080102Z
UID:""" + _FS_UID + r"""
RECURRENCE-ID;TZID=Europe/Berlin:20240214T041500
CREATED:20240201T172955Z
DESCRIPTION:getauscht mit Ronny\, Dienst 4122
LAST-MODIFIED:20240210T080102Z
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Früh (Tausch)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", _FS_UID, 0, trap="shift-roster-recurring-with-override"))

# late shift, typed
EVENTS.append(ev("spaetschicht", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
BEGIN:VEVENT
UID:0C9B8A7F-6E5D-4C3B-2A19-08F7E6D5C4B3
DTSTAMP:20240330T101000Z
DTSTART:20240406T134800
DTEND:20240406T223000
SUMMARY:Spät 4318 RE6
LOCATION:L Hbf
END:VEVENT
END:VCALENDAR
""", "0C9B8A7F-6E5D-4C3B-2A19-08F7E6D5C4B3", 0, trap="late-shift-floating"))

# roster published / wishes deadline (all-day)
EVENTS.append(ev("dienstplan-all-day", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20240315
DTEND;VALUE=DATE:20240316
DTSTAMP:20240301T190011Z
UID:6s2n0c8v4m1q3k7e9t5b2r0h6p@google.com
CREATED:20240301T190001Z
DESCRIPTION:Wunschfrei Mai eintragen (Pfingsten!\, Jana Geb.)\, Dienstplan A
 pril kommt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dienstplan / Wunschbuch Frist
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "6s2n0c8v4m1q3k7e9t5b2r0h6p@google.com", 0, trap="roster-deadline-all-day"))

# route knowledge ride ("Mitfahrt") for a new line
EVENTS.append(ev("streckenkunde-mitfahrt", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Disposition Leipzig":mailto:dispo-leipzig@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Streckenkundefahrt Leipzig – Döbeln – Meißen Tri
 ebischtal (Mitfahrt im Führerstand bei Tf Hoffmann\, RB 110) für Einsatz ab
  Fahrplanwechsel. Bitte Streckenkundebogen unterschreiben lassen.
UID:040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DA010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=de-DE:Streckenkunde RB 110 – Mitfahrt
DTSTART;TZID=W. Europe Standard Time:20240226T060000
DTEND;TZID=W. Europe Standard Time:20240226T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240219T103000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Leipzig Hbf
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000D1D2D3D4D5D6DA010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
    0, trap="route-knowledge-cab-ride-not-selection", crlf=True))

# periodic training (Fortbildungsunterricht)
EVENTS.append(ev("fortbildungsunterricht", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Lorenz, Heiko":mailto:h.lorenz@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tf Gruppe L3":mailto:tf-gruppe-l3@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Periodischer Fortbildungsunterricht 1/2024 (PU)\n-
  Änderungen Ril 408 zum 10.12.\n- Bremsprobe Coradia Continental\n- Ereignis
 se 2023 / Signalverfehlungen\n- Abschlusstest (schriftlich\, 20 Fragen)\n\nA
 nwesenheit ist Pflicht (§ TfV). Zeit = Arbeitszeit.
UID:040000008200E00074C5B7101A82E0080000000031415926AB8EDA0100000000000000001000000027182818284590452353602874713526
SUMMARY;LANGUAGE=de-DE:PU 1/2024 – Fortbildungsunterricht Tf Gruppe L3
DTSTART;TZID=W. Europe Standard Time:20240130T080000
DTEND;TZID=W. Europe Standard Time:20240130T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240108T091200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:LPZ Schulungsraum 1
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000031415926AB8EDA0100000000000000001000000027182818284590452353602874713526",
    0, trap="periodic-training-with-written-test", crlf=True))

# trainee's licence exam ride: the user is the examiner (trainee already employed)
EVENTS.append(ev("azubi-pruefungsfahrt", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Lorenz, Heiko":mailto:h.lorenz@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Richter, Kevin (Azubi)":mailto:k.richter@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Praktische Prüfung Triebfahrzeugführerschein Kl. B
  (Fahrzeug 1440\, Strecke Leipzig – Chemnitz). Prüfer: Hr. Krüger (anerk.
  Prüfer)\, Beisitz: Hr. Lorenz. Prüfprotokoll im Ordner Ausbildung.
UID:040000008200E00074C5B7101A82E00800000000AAAABBBB9F8EDA01000000000000000010000000CCCCDDDDEEEEFFFF0000111122223333
SUMMARY;LANGUAGE=de-DE:Prüfungsfahrt Azubi K. Richter
DTSTART;TZID=W. Europe Standard Time:20240327T053000
DTEND;TZID=W. Europe Standard Time:20240327T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240215T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Leipzig Hbf Gl. 22
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000AAAABBBB9F8EDA01000000000000000010000000CCCCDDDDEEEEFFFF0000111122223333",
    0, trap="trainee-licence-exam-user-examiner-not-hiring", crlf=True))

# mentoring ride with the trainee
EVENTS.append(ev("lehrfahrt-mentor", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
BEGIN:VEVENT
UID:A1B2C3D4-E5F6-4708-9A1B-2C3D4E5F6A7B
DTSTAMP:20240120T183000Z
DTSTART;TZID=Europe/Berlin:20240123T043000
DTEND;TZID=Europe/Berlin:20240123T130000
SUMMARY:Lehrfahrt mit Kevin (Azubi) – Früh
DESCRIPTION:Schwerpunkt: Halteplatzgenauigkeit\, Türsteuerung\, Ansagen. Bew
 ertungsbogen Ausbildungsnachweis abzeichnen
END:VEVENT
END:VCALENDAR
""", "A1B2C3D4-E5F6-4708-9A1B-2C3D4E5F6A7B", 0, trap="mentoring-trainee-ride"))

# works meeting
EVENTS.append(ev("betriebsversammlung", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Betriebsrat MRB":mailto:betriebsrat@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Alle Mitarbeiter MRB":mailto:alle@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Einladung zur Betriebsversammlung gem. § 43 BetrVG
 \n\nTagesordnung:\n1. Bericht des Betriebsrats\n2. Tarifauseinandersetzung
  / Stand Verhandlungen\n3. Personalsituation Tf\, Ausbildungskurse 2024\n4.
  Bericht der Geschäftsführung\n5. Verschiedenes\n\nDie Teilnahme ist Arbeitsz
 eit. Dienste werden durch die Dispo angepasst.
UID:040000008200E00074C5B7101A82E00800000000BB88BB889F8EDA01000000000000000010000000DD99DD99EE00EE00FF11FF1100220022
SUMMARY;LANGUAGE=de-DE:Betriebsversammlung 1/2024
DTSTART;TZID=W. Europe Standard Time:20240417T140000
DTEND;TZID=W. Europe Standard Time:20240417T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240320T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kongresshalle am Zoo\, Leipzig\, Saal Leipzig
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000BB88BB889F8EDA01000000000000000010000000DD99DD99EE00EE00FF11FF1100220022",
    0, trap="works-meeting", crlf=True))

# regional newspaper interviews him about the strike
EVENTS.append(ev("press-interview-strike", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240125T140000Z
DTEND:20240125T150000Z
DTSTAMP:20240123T110522Z
ORGANIZER;CN=Katrin Seidel:mailto:k.seidel@lvz.de
UID:7m3q9c1v5n0k2s8e4t6b3r1h7f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de;X-NUM-GUESTS=0:mailto:sebastian.krueger.tf@gmx.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Katrin Seidel;X-NUM-GUESTS=0:mailto:k.seidel@lvz.de
CREATED:20240123T110521Z
DESCRIPTION:Hallo Herr Krüger\,\n\ndanke\, dass Sie sich Zeit nehmen! Für un
 sere Serie "Menschen im Streik" würde ich Sie gern zu Ihrem Alltag als Lok
 führer und zum GDL-Streik befragen (ca. 45 Min.)\, unser Fotograf Tom komm
 t für ein Bild am Gleis dazu. Das Interview erscheint am Samstag in der LV
 Z und online.\n\nBeste Grüße\nKatrin Seidel\nLeipziger Volkszeitung\, Lokal
 redaktion
LAST-MODIFIED:20240123T110522Z
LOCATION:Café Kandler\, Thomaskirchhof\, Leipzig
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview LVZ – Lokführer im Streik
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7m3q9c1v5n0k2s8e4t6b3r1h7f@google.com", 0, trap="press-interview-about-strike"))

# podcast recording
EVENTS.append(ev("podcast-recording", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
""" + BERLIN + r"""BEGIN:VEVENT
DTSTAMP:20240403T183005Z
DTSTART;TZID=Europe/Berlin:20240408T200000
DTEND;TZID=Europe/Berlin:20240408T213000
SUMMARY:Aufnahme "Auf Sicht" – Folge 57: Quereinstieg in den Führerstand
UID:ZOOM87115320964
DESCRIPTION:Hi Sebastian\,\n\nschön dass du als Gast dabei bist! Wir reden ü
 ber deinen Weg in den Beruf und wie du Azubis begleitest. Bitte Headset\,
  ruhiger Raum. Wir nehmen über Zoom + Riverside auf.\n\nJoin Zoom Meeting\nht
 tps://us02web.zoom.us/j/87115320964?pwd=bFZ2Q0dvZ1R4a1ByU0xDc2pRQk9EZz09\n
 Meeting ID: 871 1532 0964\nPasscode: aufsicht\n\nCiao\, Basti & Chris (Auf S
 icht – der Eisenbahnerpodcast)
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""", "ZOOM87115320964", 0, trap="podcast-guest-interview"))

# research interview for a university study on shift work
EVENTS.append(ev("research-interview-study", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:tud-schichtstudie-interview-p17-20240312@tu-dresden.de
DTSTAMP:20240305T140000Z
DTSTART;TZID=Europe/Berlin:20240318T180000
DTEND;TZID=Europe/Berlin:20240318T190000
SUMMARY:Interview Studie "Schichtarbeit und Schlaf im Eisenbahnbetrieb" (P17)
ORGANIZER;CN=Johanna Peters (TU Dresden):mailto:johanna.peters@tu-dresden.de
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de:mailto:sebastian.krueger.tf@gmx.de
DESCRIPTION:Sehr geehrter Herr Krüger\,\n\nvielen Dank für Ihre Teilnahme an u
 nserer Interviewstudie (Professur für Arbeits- und Organisationspsychologi
 e). Das leitfadengestützte Interview dauert ca. 60 Minuten und wird pseudo
 nymisiert ausgewertet. Aufwandsentschädigung: 30 € Gutschein.\n\nBBB-Raum:
  https://bbb.tu-dresden.de/b/joh-p2k-9xq-ab1\n\nMit freundlichen Grüßen\nJoh
 anna Peters\, M.Sc.
LOCATION:BigBlueButton (online)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "tud-schichtstudie-interview-p17-20240312@tu-dresden.de", 0,
    trap="research-study-interview"))

# own annual appraisal
EVENTS.append(ev("own-appraisal", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Beyer, Mario":mailto:m.beyer@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Sebastian\,\n\nunser jährliches Mitarbeiter
 gespräch: Rückblick 2023\, Ziele 2024\, Weiterbildungswünsche (Lehr-Tf / AE
 VO?)\, Zufriedenheit. Bogen liegt im Intranet\, gern vorher ausfüllen.\n\nG
 ruß Mario
UID:040000008200E00074C5B7101A82E00800000000C0FFEE009F8EDA0100000000000000001000000044332211FFEEDDCCBBAA998877665544
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch 2024 – S. Krüger
DTSTART;TZID=W. Europe Standard Time:20240228T133000
DTEND;TZID=W. Europe Standard Time:20240228T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240215T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Teamleitung\, 2. OG
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000C0FFEE009F8EDA0100000000000000001000000044332211FFEEDDCCBBAA998877665544",
    0, trap="own-annual-appraisal", crlf=True))
