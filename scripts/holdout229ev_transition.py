"""holdout229 events, part 9: career transition look-alikes (BFD, fairs, coaching, prep) and private life.

Raw iCalendar text, written blind. None of these is the user's own job interview.
"""

from holdout229ev_common import TEAMS_DE, VTZ_BERLIN, VTZ_BERLIN_APPLE, VTZ_WEUROPE

NEG = {"is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": ""}

EVENTS = [
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000CD5FD6E7F80CDB010000000000000000100000"
        "005B6B7B8B9BAB",
        "trap": "bfd-beratungsgespraech-career-transition",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
DESCRIPTION:Beratungsgespräch Berufsförderungsdienst: Berufsförderungsplanu
 ng\, Anspruch nach SVG (Förderung Vollzeitmaßnahme / Eingliederungsschein
 )\, Bewerbungsstrategie Industrie vs. öffentlicher Dienst. Bitte Lebenslauf
  und Dienstzeitbescheinigung mitbringen.\n\nBFD-Berater RAR Köhler\nKarrier
 ecenter der Bundeswehr Mainz\, BFD Koblenz
DTEND;TZID="W. Europe Standard Time":20250116T103000
DTSTAMP:20250108T090000Z
DTSTART;TZID="W. Europe Standard Time":20250116T090000
LOCATION:BFD Koblenz\, Falckensteinkaserne Geb. 5\, Raum 12
ORGANIZER;CN="Köhler, Martin, RAR":mailto:martinkoehler@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:BFD Beratungsgespräch Hptm Schreiber
UID:040000008200E00074C5B7101A82E00800000000CD5FD6E7F80CDB010000000000000000100000
 005B6B7B8B9BAB
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000DE60E7F8090DDB010000000000000000100000"
        "006C7C8C9CACBC",
        "trap": "bfd-bewerbungstraining-seminar",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel, Hptm";RSVP=TRUE:mailto:danielschreiber@bundeswehr.org
DESCRIPTION:BFD-Seminar "Bewerbungstraining für Offiziere": Lebenslauf ziv
 il übersetzen\, Vorstellungsgespräch und Assessment-Center\, Gehaltsverha
 ndlung. Max. 12 Teilnehmer. Dienstbefreiung ist durch den DiszVorg zu gewä
 hren.
DTEND;TZID="W. Europe Standard Time":20250206T160000
DTSTAMP:20250120T090000Z
DTSTART;TZID="W. Europe Standard Time":20250205T083000
LOCATION:BFD Koblenz\, Seminarraum
ORGANIZER;CN="Köhler, Martin, RAR":mailto:martinkoehler@bundeswehr.org
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:BFD Bewerbungstraining Offiziere (2 Tage)
UID:040000008200E00074C5B7101A82E00800000000DE60E7F8090DDB010000000000000000100000
 006C7C8C9CACBC
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "eventbrite",
        "uid": "eventbrite-order-9918273645-karrieretag@eventbrite.com",
        "trap": "karrieretag-career-fair-leaving-officers",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
BEGIN:VEVENT
UID:eventbrite-order-9918273645-karrieretag@eventbrite.com
DTSTAMP:20250203T181500Z
DTSTART:20250227T080000Z
DTEND:20250227T160000Z
SUMMARY:Karrieretag für ausscheidende Offiziere 2025
LOCATION:Maritim Hotel Bonn\, Godesberger Allee\, 53175 Bonn
DESCRIPTION:Ihre Anmeldung für "Karrieretag für ausscheidende Offiziere 202
 5" ist bestätigt. Über 40 Arbeitgeber aus Rüstungsindustrie\, Logistik\, Be
 ratung und öffentlichem Dienst. Kurzgespräche an den Ständen\, Vorträge "Vo
 m Offizier zur Führungskraft"\, CV-Check. Bitte 20 Lebensläufe mitbringen.\
 n\nBestellung Nr. 9918273645 – Ticket: Teilnehmer (kostenlos)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "zoom",
        "uid": "zoom-85512093344-20250311@zoom.us",
        "trap": "mock-interview-with-coach",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:zoom-85512093344-20250311@zoom.us
DTSTAMP:20250305T110000Z
DTSTART;TZID=Europe/Berlin:20250311T180000
DTEND;TZID=Europe/Berlin:20250311T193000
SUMMARY:Probe-Vorstellungsgespräch (Coaching Sitzung 3) – D. Schreiber
ORGANIZER;CN=Claudia Wendt:mailto:kontakt@wendt-coaching.de
DESCRIPTION:Sitzung 3 im BFD-geförderten Bewerbungscoaching: simuliertes Vo
 rstellungsgespräch (Rheinmetall-Szenario) mit Videoaufzeichnung und Feedba
 ck. Bitte Stellenanzeige und Ihre Antworten zu den Stärken/Schwächen vorber
 eiten.\n\nClaudia Wendt Coaching\n\nZoom-Meeting beitreten\nhttps://us02we
 b.zoom.us/j/85512093344?pwd=WmJ2QzlLc1ZB\nMeeting-ID: 855 1209 3344\nKennc
 ode: 461122
LOCATION:https://us02web.zoom.us/j/85512093344?pwd=WmJ2QzlLc1ZB
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "gotowebinar",
        "uid": "gotowebinar-8812736455-reg-55120@gotowebinar.com",
        "trap": "webinar-strukturiertes-interview-oeffentlicher-dienst",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-8812736455-reg-55120@gotowebinar.com
DTSTAMP:20250604T070000Z
DTSTART:20250701T160000Z
DTEND:20250701T170000Z
SUMMARY:Webinar: Das strukturierte Auswahlgespräch im öffentlichen Dienst
DESCRIPTION:Vielen Dank für Ihre Registrierung! Inhalte: Aufbau eines stru
 kturierten Interviews\, typische Fragen zu Kompetenzen\, Rolle von Persona
 lrat und Gleichstellungsbeauftragter\, Bewertung. Referentin: Dr. A. Blum
 \, Bundesakademie für öffentliche Verwaltung.\n\nTeilnehmen: https://globa
 l.gotowebinar.com/join/8812736455/55120
LOCATION:GoTo Webinar
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "google-invite",
        "uid": "0k4rlm8c2ds7vq1bn3e5gh9p6a@google.com",
        "trap": "podcast-interview-veterans-show",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250813T170000Z
DTEND:20250813T183000Z
DTSTAMP:20250728T120000Z
ORGANIZER;CN=Podcast Zivil nach Uniform:mailto:zivilnachuniform@gmail.com
UID:0k4rlm8c2ds7vq1bn3e5gh9p6a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=daniel.
 schreiber.ko@gmx.de;X-NUM-GUESTS=0:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION:Aufnahme Folge 47: "Vom KpChef in die Wirtschaft – wie läuft di
 e Jobsuche?" Interview ca. 60 Min.\, Riverside-Link kommt per Mail. Bitte
  Headset!\n\nMarkus & Eva
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast-Aufnahme Zivil nach Uniform – Interview Daniel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "iphone-entry",
        "uid": "F0E1D2C3-B4A5-4968-8776-655443322110",
        "trap": "informational-coffee-ex-comrade",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
""" + VTZ_BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20250219T210001Z
DTEND;TZID=Europe/Berlin:20250222T113000
DTSTAMP:20250219T210005Z
DTSTART;TZID=Europe/Berlin:20250222T100000
LOCATION:Café Miljöö\, Koblenz Altstadt
SEQUENCE:0
SUMMARY:Kaffee mit Flo (Ex-Zugführer\, jetzt Schenker)
DESCRIPTION:Wie war der Umstieg? Gehälter Logistik? Kontakte HR? Er kennt L
 eute bei DB Cargo + Rhenus
TRANSP:OPAQUE
UID:F0E1D2C3-B4A5-4968-8776-655443322110
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "android-entry",
        "uid": "6tr0am2lb9qk4cv7je1du3ns8p@google.com",
        "trap": "recruiter-call-no-employer-named",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:daniel.schreiber.ko@gmx.de
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20250122T170000Z
DTEND:20250122T173000Z
DTSTAMP:20250120T081500Z
UID:6tr0am2lb9qk4cv7je1du3ns8p@google.com
CREATED:20250120T081500Z
DESCRIPTION:Fr. Neumeier\, Hays Defence & Public Sector – hat sich über LI
  gemeldet\, "mehrere spannende Mandate im Raum FFM/KO"\, will Profil aufnehm
 en
LAST-MODIFIED:20250120T081500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rückruf Personalvermittlerin (Hays)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "iphone-entry",
        "uid": "0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9",
        "trap": "prep-block-before-interview",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250316T190000Z
DTEND:20250319T213000
DTSTAMP:20250316T190004Z
DTSTART:20250319T193000
LAST-MODIFIED:20250316T190004Z
SEQUENCE:0
SUMMARY:Vorbereitung Rheinmetall Unterlüß
DESCRIPTION:STAR-Beispiele: Übung 2023 Nachschub\, Kfz-Klarstand 62->88%\,
  Konflikt ZgFhr\nGeschäftsbericht Vehicle Systems lesen\nFragen an Dr. Voge
 l!
TRANSP:OPAQUE
UID:0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "iphone-entry",
        "uid": "1B2C3D4E-5F60-4172-8394-A5B6C7D8E9F0",
        "trap": "thank-you-note-reminder",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250515T170000Z
DTEND:20250516T083000
DTSTAMP:20250515T170002Z
DTSTART:20250516T080000
LAST-MODIFIED:20250515T170002Z
SEQUENCE:0
SUMMARY:Danke-Mail Helsing (Lena + Marc) schicken
DESCRIPTION:Bezug auf Fielding-Aufgabe\, Nachreichen: Übersicht Lehrgänge
TRANSP:TRANSPARENT
UID:1B2C3D4E-5F60-4172-8394-A5B6C7D8E9F0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000EF71F8091A0EDB010000000000000000100000"
        "007D8D9DADBDCD",
        "trap": "pre-employment-medical-einstellungsuntersuchung",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION:Sehr geehrter Herr Schreiber\,\n\nim Rahmen Ihrer Einstellung b
 itten wir Sie zur arbeitsmedizinischen Einstellungsuntersuchung (G25 Fahr-
 \, Steuer- und Überwachungstätigkeiten). Bitte nüchtern erscheinen und Impf
 pass sowie Brille (falls vorhanden) mitbringen.\n\nIhr Werksärztlicher Dien
 st
DTEND;TZID="W. Europe Standard Time":20250904T090000
DTSTAMP:20250821T100000Z
DTSTART;TZID="W. Europe Standard Time":20250904T080000
LOCATION:Werksärztlicher Dienst\, Wallersheimer Weg 100\, Koblenz
ORGANIZER;CN="Werksarzt Koblenz":mailto:werksarzt.koblenz@stabilus.com
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Einstellungsuntersuchung Hr. Schreiber
UID:040000008200E00074C5B7101A82E00800000000EF71F8091A0EDB010000000000000000100000
 007D8D9DADBDCD
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000F082091A2B0FDB010000000000000000100000"
        "008E9EAEBECEDE",
        "trap": "reference-call-as-referee-for-former-subordinate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + VTZ_WEUROPE + r"""BEGIN:VEVENT
ATTENDEE;CN="Schreiber, Daniel";RSVP=TRUE:mailto:daniel.schreiber.ko@gmx.de
DESCRIPTION:Guten Tag Herr Schreiber\,\n\nvielen Dank\, dass Sie sich als R
 eferenzgeber für Herrn Oberleutnant a. D. Felix Fischer zur Verfügung stell
 en. Wir würden gerne ca. 20 Minuten mit Ihnen über seine Führungsleistung
  als Zugführer in Ihrer Kompanie sprechen.\n\nBeste Grüße\nMichaela Roos\nS
 enior Consultant\, Roos & Partner Executive Search\n\n
""" + TEAMS_DE + r"""
DTEND;TZID="W. Europe Standard Time":20250508T173000
DTSTAMP:20250430T150000Z
DTSTART;TZID="W. Europe Standard Time":20250508T171000
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Roos, Michaela":mailto:m.roos@roos-partner.de
SEQUENCE:0
SUMMARY;LANGUAGE=de-DE:Referenzgespräch Felix Fischer
UID:040000008200E00074C5B7101A82E00800000000F082091A2B0FDB010000000000000000100000
 008E9EAEBECEDE
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "android-entry",
        "uid": "2nd8fq0vw6mk3ph1rb5tl7ce9s@google.com",
        "trap": "agentur-fuer-arbeit-arbeitsuchend-termin",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:daniel.schreiber.ko@gmx.de
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20250702T073000Z
DTEND:20250702T081500Z
DTSTAMP:20250618T100000Z
UID:2nd8fq0vw6mk3ph1rb5tl7ce9s@google.com
CREATED:20250618T100000Z
DESCRIPTION:Arbeitsuchendmeldung (3 Monate vor DZE!) – Beratungsgespräch Ar
 beitsvermittlung Hr. Yüksel\, Kundennummer 521D447119\nMitbringen: Perso\,
  DZE-Bescheid\, Lebenslauf
LAST-MODIFIED:20250618T100000Z
LOCATION:Agentur für Arbeit Koblenz\, Rudolf-Virchow-Str. 5
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Arbeitsagentur Termin
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
