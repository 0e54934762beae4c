# ruff: noqa: E501
"""holdout247 events, part C: the user on the hiring or assessing side at her own café chain (blind split)."""
from holdout247ev_zones import TZ_BERLIN, TZ_WEST, fold, gfooter, teams

FORMS = {}

_NEG = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
dict(_NEG, kind="personio-interviewer-invite", uid="personio-interview-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
     trap="user-as-interviewer-personio-candidate-gmail",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
SEQUENCE:0
DTSTAMP:20251008T102000Z
DTSTART;TZID=Europe/Berlin:20251013T150000
DTEND;TZID=Europe/Berlin:20251013T153000
SUMMARY:Interview: Marie Schulz – Barista (Teilzeit\, 25h) | Kiezrösterei
DESCRIPTION:Interview mit Kandidat:in Marie Schulz\nStelle: Barista (Teilzeit\, 25h) – Filiale Weserstraße\nInterviewer:innen: Jana Novak\n\nLebenslauf und Anschreiben findest du im Bewerberprofil: https://kiezroesterei.personio.de/recruiting/applications/7728104\n\nBitte trage dein Feedback nach dem Gespräch in Personio ein.
LOCATION:Kiezrösterei Weserstraße\, Weserstraße 201\, 12047 Berlin
ORGANIZER;CN=Kiezrösterei Recruiting:mailto:jobs@kiezroesterei.jobs.personio.de
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jana.novak@kiezroesterei.de
ATTENDEE;CN=Marie Schulz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marie.schulz94@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="outlook-probeschicht-host", uid="040000008200E00074C5B7101A82E00800000000A9C1E3F5B76EDC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6",
     trap="user-as-interviewer-probeschicht-host",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.brenner.barista@web.de:mailto:lukas.brenner.barista@web.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Yildiz, Merve":mailto:merve.yildiz@kiezroesterei.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Lukas\,\n\nwie besprochen deine Probeschicht bei uns in der Weserstraße. Du stehst mit Merve (Schichtleitung) am Tresen\, ich schaue ab 10 Uhr dazu. Bitte bring geschlossene Schuhe mit\, Schürze bekommst du von uns. Die Probeschicht wird mit 13\,50 €/h vergütet.\n\nBis Samstag!\nJana Novak\nCafé-Managerin & Head Barista\nKiezrösterei Weserstraße\n
UID:040000008200E00074C5B7101A82E00800000000A9C1E3F5B76EDC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
SUMMARY;LANGUAGE=de-DE:Probeschicht Lukas B. (Barista-Bewerbung) – Weserstraße
DTSTART;TZID=W. Europe Standard Time:20251018T080000
DTEND;TZID=W. Europe Standard Time:20251018T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251014T162000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kiezrösterei Weserstraße
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1190442211
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="personio-feedback-reminder", uid="personio-task-feedback-7728104-jnovak",
     trap="user-as-interviewer-scorecard-reminder-allday",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Tasks//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:personio-task-feedback-7728104-jnovak
DTSTAMP:20251013T154000Z
DTSTART;VALUE=DATE:20251014
DTEND;VALUE=DATE:20251015
SUMMARY:Feedback fällig: Interview Marie Schulz – Barista (Teilzeit\, 25h)
DESCRIPTION:Hallo Jana\,\n\ndu hast am 13.10. ein Interview mit Marie Schulz geführt. Bitte bewerte die Kandidatin im Bewertungsbogen (Gastfreundlichkeit\, Espresso-Grundlagen\, Teamfit\, Verfügbarkeit) und gib eine Empfehlung ab.\n\nZum Bewertungsbogen: https://kiezroesterei.personio.de/recruiting/applications/7728104/evaluation
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="teams-debrief", uid="040000008200E00074C5B7101A82E00800000000B2D4F6A8C971DC01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F607",
     trap="user-as-interviewer-debrief-shift-lead-candidates",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Haas, Benedikt":mailto:benedikt.haas@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Personal Kiezrösterei:mailto:personal@kiezroesterei.de
DESCRIPTION;LANGUAGE=de-DE:Kurzer Abgleich nach den Interviews für die Schichtleitung Friedrichshain: Ahmet (Probeschicht Mo) und Svenja (Probeschicht Di). Bitte eure Scorecards vorher in Personio ausfüllen\, dann entscheiden wir\, wem wir ein Angebot machen.\n""" + teams("327 440 918 552", "Kz3Db7", "de") + r"""
UID:040000008200E00074C5B7101A82E00800000000B2D4F6A8C971DC01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F607
SUMMARY;LANGUAGE=de-DE:Debrief Schichtleitung FHain – Kandidat:innen Ahmet / Svenja
DTSTART;TZID=W. Europe Standard Time:20251022T133000
DTEND;TZID=W. Europe Standard Time:20251022T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T081500Z
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
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="calendly-host", uid="b8e2c4a1-7d93-4f05-a6e1-3c9b0d2f7e48",
     trap="user-as-interviewer-calendly-host-kennenlernen",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Calendly//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251101T093012Z
UID:b8e2c4a1-7d93-4f05-a6e1-3c9b0d2f7e48
DTSTART:20251105T130000Z
DTEND:20251105T132000Z
SUMMARY:Barista Kennenlernen (20 Min) between Jana Novak and Tobias Reuter
DESCRIPTION:Event Name: Barista Kennenlernen (20 Min)\n\nLocation: Kiezrösterei Weserstraße\, Weserstraße 201\, 12047 Berlin\n\nInvitee: Tobias Reuter\nInvitee Email: tobi.reuter@posteo.net\n\nQuestions:\nWelche Stelle interessiert dich?: Barista Vollzeit\nWie viel Erfahrung hast du an der Siebträgermaschine?: 2 Jahre\, vorher Café in Leipzig\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/b8e2c4a1-7d93-4f05-a6e1-3c9b0d2f7e48\nReschedule: https://calendly.com/reschedulings/b8e2c4a1-7d93-4f05-a6e1-3c9b0d2f7e48\n\nPowered by Calendly.com
LOCATION:Kiezrösterei Weserstraße\, Weserstraße 201\, 12047 Berlin
ORGANIZER;CN=Jana Novak:mailto:jana.novak@kiezroesterei.de
ATTENDEE;CN=Tobias Reuter;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:tobi.reuter@posteo.net
ATTENDEE;CN=Jana Novak;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:jana.novak@kiezroesterei.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="candidate-accepted-reply", uid="040000008200E00074C5B7101A82E00800000000C3E5A7B9DA74DC01000000000000000010000000E3F4A5B6C7D8E9F0A1B2C3D4E5F60718",
     trap="user-as-interviewer-candidate-accepted-reply",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251112T100000Z
DTEND:20251112T103000Z
DTSTAMP:20251107T181522Z
ORGANIZER;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
UID:040000008200E00074C5B7101A82E00800000000C3E5A7B9DA74DC01000000000000000010000000E3F4A5B6C7D8E9F0A1B2C3D4E5F60718
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paulina Wójcik;X-NUM-GUESTS=0;X-RESPONSE-COMMENT="Danke\, ich freue mich! Bis Mittwoch":mailto:paulina.wojcik@web.de
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Angenommen: Vorstellungsgespräch Barista (Vollzeit) – Kiezrösterei
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="agency-presents-candidate", uid="040000008200E00074C5B7101A82E00800000000D4F6B8CADB77DC01000000000000000010000000F4A5B6C7D8E9F0A1B2C3D4E5F6071829",
     trap="user-as-interviewer-agency-presents-candidate",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kowalczyk, Dennis":mailto:d.kowalczyk@gastrostaff-berlin.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Elif Sahin:mailto:elif.sahin.gastro@gmail.com
DESCRIPTION;LANGUAGE=de-DE:Hallo Frau Novak\,\n\nwie besprochen stelle ich Ihnen für Ihre offene Stelle Schichtleitung (Vollzeit) unsere Kandidatin Frau Elif Sahin vor: 4 Jahre Specialty-Café in Hamburg\, Latte-Art-Trainerin\, ab 1.12. verfügbar. Profil im Anhang der Mail.\n\nIch moderiere kurz zu Beginn\, danach haben Sie Zeit für Ihre Fragen.\n\nBeste Grüße\nDennis Kowalczyk\nGastroStaff Berlin – Personalvermittlung Gastronomie\n""" + teams("364 229 817 003", "Gs1Pn8", "de") + r"""
UID:040000008200E00074C5B7101A82E00800000000D4F6B8CADB77DC01000000000000000010000000F4A5B6C7D8E9F0A1B2C3D4E5F6071829
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung Schichtleitung: Frau Elif Sahin (GastroStaff Berlin)
DTSTART;TZID=W. Europe Standard Time:20251119T110000
DTEND;TZID=W. Europe Standard Time:20251119T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T120000Z
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
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="outlook-latte-art-test", uid="040000008200E00074C5B7101A82E00800000000E5A7C9DBEC7ADC01000000000000000010000000A5B6C7D8E9F0A1B2C3D4E5F60718293A",
     trap="user-as-interviewer-latte-art-test-applicants",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + TZ_WEST + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20251020T070000Z
DESCRIPTION:Praktischer Test für die drei Bewerber:innen Barista Vollzeit (Paulina W.\, Jonas K.\, Tobias R.): je 15 Min. Espresso einstellen\, 2x Herz\, 1x Rosetta\, Flat White. Bewertungsbogen ausdrucken! Merve bewertet mit.\n
DTEND;TZID="W. Europe Standard Time":20251126T160000
DTSTAMP:20251020T070000Z
DTSTART;TZID="W. Europe Standard Time":20251126T143000
LAST-MODIFIED:20251020T070000Z
LOCATION:Schulungsbar Lichtenberg
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Latte-Art-Test Bewerber:innen (3) – Schulungsbar
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E5A7C9DBEC7ADC01000000000000000010000000A5B6C7D8E9F0A1B2C3D4E5F60718293A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="personio-interview-kit", uid="personio-interviewkit-sl-fhain-2025-jnovak",
     trap="user-as-interviewer-interview-kit-prep",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:PUBLISH
""" + TZ_BERLIN + r"""BEGIN:VEVENT
UID:personio-interviewkit-sl-fhain-2025-jnovak
DTSTAMP:20251015T090000Z
DTSTART;TZID=Europe/Berlin:20251019T180000
DTEND;TZID=Europe/Berlin:20251019T183000
SUMMARY:Interview-Kit ansehen: Schichtleitung Friedrichshain (Kandidat Ahmet Demirci)
DESCRIPTION:Vorbereitung für dein Interview am 20.10.:\n- Leitfaden Schichtleitung (Situationsfragen: Kassendifferenz\, Gästebeschwerde\, Personalausfall)\n- Praxisaufgabe: Espresso einstellen + Wochenplanung\n- Bewertungsbogen (1–5)\n\nInterview-Kit: https://kiezroesterei.personio.de/recruiting/interview-kits/3312
ORGANIZER;CN=Kiezrösterei Recruiting:mailto:jobs@kiezroesterei.jobs.personio.de
ATTENDEE;CN=Jana Novak;ROLE=REQ-PARTICIPANT:mailto:jana.novak@kiezroesterei.de
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="google-allday-casting", uid="4g8h2j6k0l3z7x1c5v9b3n7m1q@google.com",
     trap="user-as-interviewer-barista-casting-day",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Kiezrösterei Team
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251129
DTEND;VALUE=DATE:20251130
DTSTAMP:20251110T120000Z
UID:4g8h2j6k0l3z7x1c5v9b3n7m1q@google.com
CREATED:20251110T115500Z
DESCRIPTION:Offener Barista-Casting-Tag: Bewerber:innen kommen ohne Termin\, je 10 Min Gespräch + 10 Min an der Maschine. Jana + Merve bewerten\, Benedikt kommt nachmittags. Kuchen bestellen\, Bewertungsbögen\, Aushang im Laden!
LAST-MODIFIED:20251110T120000Z
LOCATION:Kiezrösterei Weserstraße
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Barista Casting Day – offene Bewerbungsrunde
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="indeed-employer-interview", uid="indeed-interview-employer-0d7e1f4a-3b82-49c6-a5e0-6f2d8c1b9a74",
     trap="user-as-interviewer-indeed-employer-side-spanish-candidate",
     ics=fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-employer-0d7e1f4a-3b82-49c6-a5e0-6f2d8c1b9a74
DTSTAMP:20251121T080000Z
DTSTART:20251125T090000Z
DTEND:20251125T091500Z
SUMMARY:Indeed-Interview mit Carlos Méndez – Barista (Vollzeit)
DESCRIPTION:Hallo Jana\,\n\nSie haben ein Video-Interview mit Carlos Méndez für Ihre Stellenanzeige „Barista (Vollzeit) – Kiezrösterei“ geplant.\n\nInterview starten: https://employers.indeed.com/interviews/0d7e1f4a3b82\n\nNotiz an Kandidat: ¡Hola Carlos! Podemos hablar en inglés\, no te preocupes por el alemán.\n\nIhr Indeed-Team
LOCATION:Indeed Video-Interview
ORGANIZER;CN=Jana Novak:mailto:jana.novak@kiezroesterei.de
ATTENDEE;CN=Carlos Méndez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:carlos-mendez-8k2p@indeedemail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="ios-handtyped-phone-screen", uid="A9D4E2B7-1C63-4F8A-B05E-6E2C9D7A4F13",
     trap="user-as-interviewer-handtyped-phone-screen",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251016T111200Z
DTEND:20251017T094500
DTSTAMP:20251016T111231Z
DTSTART:20251017T093000
LAST-MODIFIED:20251016T111231Z
SEQUENCE:0
SUMMARY:Tel. Bewerberin Sophie K. (Barista 20h) 0176 55 40 21 88
DESCRIPTION:fragen: Wochenende? Erfahrung Siebträger? ab wann?
UID:A9D4E2B7-1C63-4F8A-B05E-6E2C9D7A4F13
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),

dict(_NEG, kind="outlook-panel-member", uid="040000008200E00074C5B7101A82E00800000000F6B8DAECFD7DDC01000000000000000010000000B6C7D8E9F0A1B2C3D4E5F60718293A4B",
     trap="user-as-interviewer-panel-member-head-roaster",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=Personal Kiezrösterei:mailto:personal@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lang, Friederike":mailto:friederike.lang@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haas, Benedikt":mailto:benedikt.haas@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jonas Feldmann:mailto:jonas.feldmann.roast@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=Rösterei Lichtenberg – Moka (8):mailto:raum-moka@kiezroesterei.de
DESCRIPTION;LANGUAGE=de-DE:Liebe alle\,\n\nfür die Stelle Head Roaster haben wir am Donnerstag das Gespräch mit Jonas Feldmann (derzeit Röster bei einer Rösterei in Dresden). Panel: Friederike\, Benedikt\, Jana (Sensorik/Café-Sicht). Jana\, bitte übernimm den Cupping-Teil mit unseren drei Espresso-Röstungen.\n\nViele Grüße\nPersonal\n
UID:040000008200E00074C5B7101A82E00800000000F6B8DAECFD7DDC01000000000000000010000000B6C7D8E9F0A1B2C3D4E5F60718293A4B
SUMMARY;LANGUAGE=de-DE:Interview Head Roaster – Jonas Feldmann
DTSTART;TZID=W. Europe Standard Time:20251204T100000
DTEND;TZID=W. Europe Standard Time:20251204T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251127T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Rösterei Lichtenberg – Moka (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="thunderbird-reference-check-caller", uid="2d7f9b13-4e6a-4c80-91b5-a8e3f0c6d271",
     trap="user-as-interviewer-reference-check-caller",
     ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + TZ_BERLIN + r"""BEGIN:VEVENT
CREATED:20251023T140000Z
LAST-MODIFIED:20251023T140100Z
DTSTAMP:20251023T140100Z
UID:2d7f9b13-4e6a-4c80-91b5-a8e3f0c6d271
SUMMARY:Referenz einholen: Svenja Otto (Bewerbung Schichtleitung) – Anruf bei ehem. Chefin Café Kranich
DTSTART;TZID=Europe/Berlin:20251024T110000
DTEND;TZID=Europe/Berlin:20251024T111500
DESCRIPTION:Frau Böttcher\, Café Kranich Dresden\, 0351 555 7781. Svenja hat zugestimmt. Fragen: Zuverlässigkeit\, Führung\, warum weg?
END:VEVENT
END:VCALENDAR
"""),

dict(_NEG, kind="bookings-staff-side", uid="040000008200E00074C5B7101A82E00800000000A7C9EBFD0E80DC01000000000000000010000000C7D8E9F0A1B2C3D4E5F60718293A4B5C",
     trap="user-as-interviewer-bookings-staff-member",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=Kiezrösterei Bewerbungsgespräche:mailto:KiezroestereiBewerbung@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nService: Bewerbungsgespräch Barista (30 Min.)\nMitarbeiter: Jana Novak\n\nKunde: Hannes Lorenz\nE-Mail: hannes.lorenz@mailbox.example.org\nTelefon: +49 160 5551 3342\nNotizen: Ich habe als Aushilfe in einer Bäckerei mit Siebträger gearbeitet.\n\nDiese Buchung wurde über Microsoft Bookings erstellt.\n
UID:040000008200E00074C5B7101A82E00800000000A7C9EBFD0E80DC01000000000000000010000000C7D8E9F0A1B2C3D4E5F60718293A4B5C
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Barista (30 Min.) mit Hannes Lorenz
DTSTART;TZID=W. Europe Standard Time:20251210T143000
DTEND;TZID=W. Europe Standard Time:20251210T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251205T201500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Kiezrösterei Weserstraße
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:TRUE
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="teams-panel-english", uid="040000008200E00074C5B7101A82E00800000000B8DAFC0E1F83DC01000000000000000010000000D8E9F0A1B2C3D4E5F60718293A4B5C6D",
     trap="user-as-interviewer-teams-panel-english-cafe-manager",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN=Personal Kiezrösterei:mailto:personal@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haas, Benedikt":mailto:benedikt.haas@kiezroesterei.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aoife Byrne:mailto:aoife.byrne@outlook.example.ie
DESCRIPTION;LANGUAGE=en-US:Interview – Café Manager Kreuzberg\n\nCandidate: Aoife Byrne (currently assistant manager at a Dublin roastery café\, moving to Berlin in January)\nInterviewers: Benedikt Haas (COO)\, Jana Novak (Café Manager Weserstraße)\n\nJana\, please cover bar standards\, rota planning and team culture. Interview in English.\n""" + teams("329 118 604 771", "Ab2Cm9") + r"""
UID:040000008200E00074C5B7101A82E00800000000B8DAFC0E1F83DC01000000000000000010000000D8E9F0A1B2C3D4E5F60718293A4B5C6D
SUMMARY;LANGUAGE=en-US:Interview – Café Manager Kreuzberg – Aoife Byrne
DTSTART;TZID=W. Europe Standard Time:20251216T170000
DTEND;TZID=W. Europe Standard Time:20251216T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251210T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="candidate-declined-reply", uid="040000008200E00074C5B7101A82E00800000000C9EB0D1F2A86DC01000000000000000010000000E9F0A1B2C3D4E5F60718293A4B5C6D7E",
     trap="user-as-interviewer-candidate-declined-probeschicht",
     ics=fold(r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Apple Inc.//iOS 18.1//EN
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;CN="Jonas Kühn";PARTSTAT=DECLINED:mailto:jonas.kuehn@icloud.example.com
DTSTAMP:20251124T211500Z
DTSTART:20251129T080000Z
DTEND:20251129T120000Z
ORGANIZER;CN="Novak, Jana":mailto:jana.novak@kiezroesterei.de
SEQUENCE:0
SUMMARY:Abgelehnt: Probeschicht Barista Samstag (Kiezrösterei)
UID:040000008200E00074C5B7101A82E00800000000C9EB0D1F2A86DC01000000000000000010000000E9F0A1B2C3D4E5F60718293A4B5C6D7E
COMMENT:Sorry\, ich habe eine andere Stelle angenommen. Danke trotzdem!
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="ios-handtyped-hospitation", uid="3F8B1C6E-D42A-4E97-9B30-A5C7E1F2D086",
     trap="user-as-interviewer-observes-roastery-trial-day",
     ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260106T070100Z
DTEND;TZID=Europe/Berlin:20260108T120000
DTSTAMP:20260106T070122Z
DTSTART;TZID=Europe/Berlin:20260108T090000
LAST-MODIFIED:20260106T070122Z
LOCATION:Rösterei Lichtenberg
SEQUENCE:0
SUMMARY:Probetag Bewerber Timo (Röstereihelfer) – ich schau zu + Feedback an Benedikt
UID:3F8B1C6E-D42A-4E97-9B30-A5C7E1F2D086
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),

dict(_NEG, kind="google-azubi-interview", uid="5r9t3y7u1i4o8p2a6s0d3f7g1h@google.com",
     trap="user-as-interviewer-azubi-applicant-with-parent",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260113T160000
DTEND;TZID=Europe/Berlin:20260113T164500
DTSTAMP:20260108T120000Z
ORGANIZER;CN=Jana Novak:mailto:jana.novak@kiezroesterei.de
UID:5r9t3y7u1i4o8p2a6s0d3f7g1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jana Novak;X-NUM-GUESTS=0:mailto:jana.novak@kiezroesterei.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.kowalski09@gmx.de;X-NUM-GUESTS=1:mailto:lea.kowalski09@gmx.de
CREATED:20260108T115800Z
DESCRIPTION:Hallo Lea\,\n\nvielen Dank für deine Bewerbung um einen Ausbildungsplatz als Fachfrau für Restaurants und Veranstaltungsgastronomie (Start August 2026). Wir laden dich zum Vorstellungsgespräch in unser Café in der Weserstraße ein – deine Mutter kann gern mitkommen.\n\nViele Grüße\nJana Novak\, Café-Managerin""" + gfooter(lang="de") + r"""
LAST-MODIFIED:20260108T120000Z
LOCATION:Kiezrösterei Weserstraße\, Weserstraße 201\, 12047 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Ausbildung – Lea Kowalski
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),

dict(_NEG, kind="spanish-candidate-interview", uid="6t0y4u8i2o5p9a3s7d1f4g8h2j@google.com",
     trap="user-as-interviewer-spanish-entrevista-candidate",
     ics=fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260115T140000Z
DTEND:20260115T143000Z
DTSTAMP:20260112T090000Z
ORGANIZER;CN=Jana Novak:mailto:jana.novak@kiezroesterei.de
UID:6t0y4u8i2o5p9a3s7d1f4g8h2j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Valentina Ruiz;X-NUM-GUESTS=0:mailto:valentina.ruiz.cafe@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jana Novak;X-NUM-GUESTS=0:mailto:jana.novak@kiezroesterei.de
CREATED:20260112T085500Z
DESCRIPTION:Hola Valentina\,\n\ngracias por tu candidatura para el puesto de barista en Kiezrösterei. Te invito a una entrevista corta en nuestra cafetería de Neukölln y luego puedes preparar un par de cafés en la barra. Hablamos en inglés o español.\n\nUn saludo\nJana""" + gfooter() + r"""
LAST-MODIFIED:20260112T090000Z
LOCATION:Kiezrösterei Weserstraße\, Weserstraße 201\, 12047 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista barista – Valentina Ruiz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")),
]
