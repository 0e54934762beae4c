# ruff: noqa: E501  (raw iCalendar lines are as long as the tools write them)
"""holdout214 events, part h: the user on the hiring side at Mitteldeutsche Regiobahn (2/2)."""

from holdout214ev_tz import BERLIN, WEST, ev

EVENTS = []

# selection panel for trainees (Eisenbahner im Betriebsdienst)
EVENTS.append(ev("mrb-trainee-selection-panel", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Lorenz, Heiko":mailto:h.lorenz@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Wendt, Claudia":mailto:c.wendt@mrb-regio.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Betriebsrat MRB":mailto:betriebsrat@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Sebastian\,\n\nkannst du wieder als Fachvert
 reter in die Gesprächsrunde für die Azubis EiB (Start 01.09.) kommen? 6 Ge
 spräche à 30 Min.\, Leitfaden wie letztes Jahr\, du übernimmst den Teil "Wa
 rum Lokführer? / Schichtdienst realistisch". Bewertung direkt im Bogen.\n\n
 Danke\, Heiko
UID:040000008200E00074C5B7101A82E008000000004321DCBA9F8EDA01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Bewerbergespräche Azubis EiB 2024 – Runde 1
DTSTART;TZID=W. Europe Standard Time:20240410T080000
DTEND;TZID=W. Europe Standard Time:20240410T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240325T134411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:LPZ Besprechung 2.03
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000004321DCBA9F8EDA01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
    0, trap="user-as-interviewer-trainee-applicant-panel", hiring=True, crlf=True))

# shadowing an HR interview to learn interviewing
EVENTS.append(ev("mrb-shadow-hr-interview", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Claudia":mailto:c.wendt@mrb-regio.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Hi Sebastian\,\n\nwie besprochen kannst du bei einem
  Gespräch einfach zuhören (Hospitation)\, bevor du im Mai selbst als Fachbe
 isitzer dabei bist. Bewerberin: Fr. K. (Quereinstieg\, ehem. Straßenbahnfa
 hrerin). Du stellst keine Fragen\, danach 10 Min. Austausch wie man Antwor
 ten bewertet.\n\nLG Claudia
UID:040000008200E00074C5B7101A82E00800000000F1F2F3F49F8EDA0100000000000000001000000098765432100123456789ABCDEFFEDCBA
SUMMARY;LANGUAGE=de-DE:Hospitation Bewerbungsgespräch (nur zuhören)
DTSTART;TZID=W. Europe Standard Time:20240201T100000
DTEND;TZID=W. Europe Standard Time:20240201T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240129T141500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Personalbüro 1.12
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000F1F2F3F49F8EDA0100000000000000001000000098765432100123456789ABCDEFFEDCBA",
    0, trap="user-as-interviewer-shadowing-hr-interview", hiring=True, crlf=True))

# simulator test for applicants, run by the user
EVENTS.append(ev("mrb-simulator-test-applicants", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + WEST + r"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000005EA5E5EA9F8EDA0100000000000000001000000013572468ACEBDF0913572468ACEBDF09
DTSTAMP:20240304T062020Z
DTSTART;TZID=W. Europe Standard Time:20240313T090000
DTEND;TZID=W. Europe Standard Time:20240313T120000
SUMMARY;LANGUAGE=de-DE:Simulator – Gruppe B (Bewerber Tf-Ausbildung)
DESCRIPTION;LANGUAGE=de-DE:4 Bewerber je 35 Min.\, Szenario 2 (Signal Hp0 ü
 berfahren-Vermeidung\, Fahrgastinfo bei Störung). Beobachtungsbogen Vers.
  3 nehmen.
LOCATION;LANGUAGE=de-DE:Simulatorraum Leipzig
CLASS:PUBLIC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000005EA5E5EA9F8EDA0100000000000000001000000013572468ACEBDF0913572468ACEBDF09",
    0, trap="user-as-interviewer-simulator-test-applicants", hiring=True, crlf=True))

# callback to an applicant at HR's request
EVENTS.append(ev("mrb-candidate-callback", r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
VERSION:2.0
BEGIN:VEVENT
UID:F3D2C1B0-A9E8-4D7C-B6A5-948372615F0E
DTSTAMP:20240219T121212Z
DTSTART;TZID=Europe/Berlin:20240220T153000
DTEND;TZID=Europe/Berlin:20240220T160000
SUMMARY:Rückruf J. Albrecht (Bewerber) wg Schichtsystem
DESCRIPTION:Claudia bat drum. 0157 3318 2290. Er hat Angebot\, zweifelt weg
 en Wochenenden + Nacht. Ehrlich sein.
END:VEVENT
END:VCALENDAR
""", "F3D2C1B0-A9E8-4D7C-B6A5-948372615F0E", 0,
    trap="user-as-interviewer-callback-to-applicant", hiring=True))

# a candidate on free mail invites the user (work address) to a chat
EVENTS.append(ev("mrb-candidate-free-mail", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240227T160000Z
DTEND:20240227T163000Z
DTSTAMP:20240222T201533Z
ORGANIZER;CN=Marie Schenk:mailto:marie.schenk97@gmail.com
UID:4p1f8c3m0v6n2e9t5k7b1q3s0r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marie Schenk;X-NUM-GUESTS=0:mailto:marie.schenk97@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=s.krueger@mrb-regio.de;X-NUM-GUESTS=0:mailto:s.krueger@mrb-regio.de
CREATED:20240222T201532Z
DESCRIPTION:Hallo Herr Krüger\, wir haben uns am MRB-Stand auf der Azubimesse
  unterhalten. Ich habe mich jetzt für die Tf-Ausbildung beworben und hätte
  noch ein paar Fragen vor meinem Vorstellungsgespräch (Prüfungen\, erstes
  Jahr\, Teilzeit?). Wäre ein kurzer Anruf ok?\nViele Grüße\, Marie Schenk
LAST-MODIFIED:20240222T201533Z
LOCATION:Telefon
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Fragen zur Tf-Ausbildung bei der MRB
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "4p1f8c3m0v6n2e9t5k7b1q3s0r@google.com", 0,
    trap="user-as-interviewer-candidate-free-mail-questions", hiring=True))

# speed dating at the MRB booth: the user talks to applicants
EVENTS.append(ev("mrb-speed-dating-booth", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Claudia":mailto:c.wendt@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Azubi-Botschafter MRB":mailto:azubibotschafter@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Jobmesse "Vocatium" Leipzig\, Messehalle 2\, Stand
  C14. Diesmal mit Bewerber-Speeddating: vorab angemeldete Schüler:innen kom
 men im 10-Min.-Takt\, bitte Kurzbewertung auf Kärtchen (Interesse\, Aufmer
 ksamkeit\, Fragen). Sebastian bitte in Dienstkleidung.\n\nClaudia
UID:040000008200E00074C5B7101A82E00800000000FACEB00C9F8EDA01000000000000000010000000BB22CC33DD44EE55FF66007788990011
SUMMARY;LANGUAGE=de-DE:vocatium Leipzig – MRB-Stand / Speeddating
DTSTART;TZID=W. Europe Standard Time:20240419T083000
DTEND;TZID=W. Europe Standard Time:20240419T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240327T105503Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Leipziger Messe\, Halle 2\, Stand C14
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000FACEB00C9F8EDA01000000000000000010000000BB22CC33DD44EE55FF66007788990011",
    0, trap="user-as-interviewer-fair-booth-speed-dating", hiring=True, crlf=True))

# feedback task after an interview the user sat on
EVENTS.append(ev("mrb-feedback-task", r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + BERLIN + r"""BEGIN:VEVENT
CREATED:20240308T151101Z
LAST-MODIFIED:20240308T151144Z
DTSTAMP:20240308T151144Z
UID:c8e1f4a7-2b5d-4e90-a3c6-7d8f1b2e4a05
SUMMARY:Feedback Lindner -> Claudia (Forms)
DTSTART;TZID=Europe/Berlin:20240311T120000
DTEND;TZID=Europe/Berlin:20240311T121500
DESCRIPTION:Forms-Link in Mail v. Claudia 8.3.\nLindner: Fachteil gut (Bremse
 n\, Störungen)\, unpünktlich (15 min)\, kommt von DB Cargo. Empfehlung: 2. G
 espräch.
END:VEVENT
END:VCALENDAR
""", "c8e1f4a7-2b5d-4e90-a3c6-7d8f1b2e4a05", 0,
    trap="user-as-interviewer-feedback-task", hiring=True))

# interview guide prep for the panel the user sits on
EVENTS.append(ev("mrb-interview-guide-prep", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20240409T190000
DTEND;TZID=Europe/Berlin:20240409T194500
DTSTAMP:20240407T090144Z
UID:1d9h3q7m5c0s2v8k4n6e1t9r3b@google.com
CREATED:20240407T090133Z
DESCRIPTION:Leitfaden Azubi EiB durchlesen\, meine 5 Fachfragen überarbeite
 n (nicht zu technisch für Schüler!)\, Bewertungsskala 1-5 merken
LAST-MODIFIED:20240407T090144Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Leitfaden f. Bewerbergespräche morgen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "1d9h3q7m5c0s2v8k4n6e1t9r3b@google.com", 0,
    trap="user-as-interviewer-interview-guide-prep", hiring=True))

# recurring weekly interview slot with an override (RECURRENCE-ID)
_REC_UID = "040000008200E00074C5B7101A82E00800000000ACE0ACE09F8EDA010000000000000000100000005566778899AABBCCDDEEFF0011223344"
EVENTS.append(ev("mrb-recurring-panel-slot", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Wendt, Claudia":mailto:c.wendt@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Fester Slot für Gespräche mit Bewerber:innen Tf-Qu
 ereinstieg (Kurs 2024/3). Kandidat:innen trage ich jeweils bis Freitag in d
 ie Notiz ein. Fachbeisitz: Sebastian.\n
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU
UID:""" + _REC_UID + r"""
SUMMARY;LANGUAGE=de-DE:Bewerbergespräche Tf-Quereinstieg (Fachbeisitz)
DTSTART;TZID=W. Europe Standard Time:20240423T090000
DTEND;TZID=W. Europe Standard Time:20240423T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240415T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:LPZ Besprechung 2.03
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Wendt, Claudia":mailto:c.wendt@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Diese Woche ausnahmsweise nachmittags (Feiertag Mi
 ttwoch\, Raum belegt). 2 Kandidaten.\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20240430T090000
UID:""" + _REC_UID + r"""
SUMMARY;LANGUAGE=de-DE:Bewerbergespräche Tf-Quereinstieg (Fachbeisitz) – verlegt
DTSTART;TZID=W. Europe Standard Time:20240430T140000
DTEND;TZID=W. Europe Standard Time:20240430T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240426T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:LPZ Schulungsraum 1
END:VEVENT
END:VCALENDAR
""", _REC_UID, 0, trap="user-as-interviewer-recurring-panel-slot-override", hiring=True,
    crlf=True))

# the user assesses an experienced applicant's test drive
EVENTS.append(ev("mrb-applicant-test-drive", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Beyer, Mario":mailto:m.beyer@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Sebastian\, Hr. Lindner (Bewerber\, Tf mit Erfahru
 ng DB Cargo) fährt unter deiner Aufsicht RB 113 Leipzig – Döbeln und zurück
  (1440). Bitte Praxisbewertung nach Formblatt P3 ausfüllen\, ich brauche d
 as für die Entscheidung.\n\nMario
UID:040000008200E00074C5B7101A82E0080000000022446688AA8EDA0100000000000000001000000011335577992244668800AACCEEBBDDFF
SUMMARY;LANGUAGE=de-DE:Praxisfahrt Bewerber Lindner – Bewertung P3
DTSTART;TZID=W. Europe Standard Time:20240320T060000
DTEND;TZID=W. Europe Standard Time:20240320T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240313T112201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Leipzig Hbf Gl. 20
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000022446688AA8EDA0100000000000000001000000011335577992244668800AACCEEBBDDFF",
    0, trap="user-as-interviewer-applicant-test-drive-assessor", hiring=True, crlf=True))
