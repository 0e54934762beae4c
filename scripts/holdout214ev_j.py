"""holdout214 events, part j: personal life, job-search look-alikes that are not interviews."""

from holdout214ev_tz import BERLIN, WEST, ev

EVENTS = []

# mock interview with a coach (GDL Bildungswerk)
EVENTS.append(ev("mock-interview-coach", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20240301T160000Z
DTEND:20240301T173000Z
DTSTAMP:20240226T121500Z
ORGANIZER;CN=Bewerbungscoaching Schneider:mailto:kontakt@coaching-schneider-leipzig.de
UID:8c0m4q2v7n3k1s5e9t0b6r4h2g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sebastian.krueger.tf@gmx.de;X-NUM-GUESTS=0:mailto:sebastian.krueger.tf@gmx.de
CREATED:20240226T121459Z
DESCRIPTION:Probe-Vorstellungsgespräch mit Videoaufzeichnung und Feedback
  (Schwerpunkt Assessment-Center Ausbilderstelle: Lehrprobe\, Rollenspiel).
  Gutschein AVGS Nr. 2024-0418.\nOrt: Karl-Liebknecht-Str. 12\, 2. OG
LAST-MODIFIED:20240226T121500Z
LOCATION:Coaching Schneider\, Karl-Liebknecht-Str. 12\, Leipzig
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probe-Vorstellungsgespräch (Coaching)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8c0m4q2v7n3k1s5e9t0b6r4h2g@google.com", 0, trap="mock-interview-with-coach"))

# webinar about assessment centres
EVENTS.append(ev("webinar-ac-tips", r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gotowebinar-8812047731-registrant-55120
DTSTAMP:20240220T100000Z
DTSTART:20240228T170000Z
DTEND:20240228T183000Z
SUMMARY:Webinar: Sicher durchs Assessment-Center – Bewerben im Bahnsektor
DESCRIPTION:Vielen Dank für Ihre Registrierung!\n\nIn diesem kostenfreien We
 binar der Bahn-Jobbörse "schienenjobs.de" zeigen wir typische Aufgaben im
  AC und im Vorstellungsgespräch bei EVU\, Eignungsuntersuchung und Psychot
 est – mit Live-Fragen.\n\nTeilnehmen: https://attendee.gotowebinar.com/join
 /8812047731/55120
LOCATION:GoTo Webinar
END:VEVENT
END:VCALENDAR
""", "gotowebinar-8812047731-registrant-55120", 0,
    trap="webinar-about-assessment-centre"))

# AEVO (trainer certificate) practical exam with "Fachgespräch"
EVENTS.append(ev("aevo-exam-fachgespraech", r"""BEGIN:VCALENDAR
PRODID:-//IHK zu Leipzig//Prüfungstermine//DE
VERSION:2.0
METHOD:PUBLISH
""" + BERLIN + r"""BEGIN:VEVENT
UID:ihk-lpz-aevo-2024-04-praktisch-3318@leipzig.ihk.de
DTSTAMP:20240402T080000Z
DTSTART;TZID=Europe/Berlin:20240426T093000
DTEND;TZID=Europe/Berlin:20240426T103000
SUMMARY:Ausbildereignungsprüfung (AEVO) – praktischer Teil: Präsentation und Fachgespräch
DESCRIPTION:Prüfungsteilnehmer-Nr. 3318\nPräsentation einer Ausbildungssitua
 tion (max. 15 Min.) und anschließendes Fachgespräch mit dem Prüfungsausschu
 ss (max. 15 Min.).\nBitte 30 Minuten vor Beginn erscheinen\, Personalauswe
 is mitbringen.
LOCATION:IHK zu Leipzig\, Goerdelerring 5\, Raum 204
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", "ihk-lpz-aevo-2024-04-praktisch-3318@leipzig.ihk.de", 0,
    trap="trainer-certificate-exam-fachgespraech"))

# informational coffee with an ex-colleague, now a dispatcher
EVENTS.append(ev("informational-coffee", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
BEGIN:VEVENT
UID:B7A6C5D4-E3F2-4A1B-9C8D-7E6F5A4B3C2D
DTSTAMP:20240206T210011Z
DTSTART;TZID=Europe/Berlin:20240210T150000
DTEND;TZID=Europe/Berlin:20240210T163000
SUMMARY:Kaffee mit Micha (Fdl Stw Leipzig)
LOCATION:Kaffeehaus Riquet
DESCRIPTION:Wie ist Fdl wirklich? Schichten\, Ausbildung DB InfraGO\, lohnt
  sich der Wechsel? Er kennt Hr. Schmitt
END:VEVENT
END:VCALENDAR
""", "B7A6C5D4-E3F2-4A1B-9C8D-7E6F5A4B3C2D", 0, trap="informational-coffee-ex-colleague"))

# reference call: the user is the referee for a colleague
EVENTS.append(ev("reference-call-referee", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20240321T170000
DTEND;TZID=Europe/Berlin:20240321T171500
DTSTAMP:20240319T090500Z
UID:9e1q5c3m7v0n4k2s6t8b1r5h9c@google.com
CREATED:20240319T090455Z
DESCRIPTION:Erfurter Bahn (Fr. Kunze) ruft wg. Referenz für Tom W. an – er h
 at mich angegeben. Positiv: zuverlässig\, Streckenkunde. Nix zu Krankheits
 tagen sagen.
LAST-MODIFIED:20240319T090500Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Anruf Referenz Tom
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "9e1q5c3m7v0n4k2s6t8b1r5h9c@google.com", 0, trap="reference-call-user-is-referee"))

# girlfriend's job interview, in his calendar because he drives her
EVENTS.append(ev("partner-job-interview", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
BEGIN:VEVENT
UID:D4C3B2A1-0F9E-4D8C-B7A6-5F4E3D2C1B0A
DTSTAMP:20240404T194500Z
DTSTART;TZID=Europe/Berlin:20240412T133000
DTEND;TZID=Europe/Berlin:20240412T160000
SUMMARY:Jana Vorstellungsgespräch Uniklinik – fahren!
LOCATION:Universitätsklinikum Leipzig\, Liebigstr. 20
DESCRIPTION:Jana hinbringen 13:30\, abholen ca. 15:30. Auto volltanken.
END:VEVENT
END:VCALENDAR
""", "D4C3B2A1-0F9E-4D8C-B7A6-5F4E3D2C1B0A", 0, trap="partner-job-interview-not-user"))

# family doctor
EVENTS.append(ev("hausarzt", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
BEGIN:VEVENT
UID:E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7
DTSTAMP:20240116T080000Z
DTSTART:20240119T073000
DTEND:20240119T080000
SUMMARY:Hausarzt Dr. Reinhold – Blut nüchtern
LOCATION:Praxis Dr. Reinhold\, Eisenbahnstr. 88
END:VEVENT
END:VCALENDAR
""", "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7", 0, trap="family-doctor"))

# vehicle registration office, booked through the city's booking system
EVENTS.append(ev("zulassungsstelle", r"""BEGIN:VCALENDAR
PRODID:-//TEVIS//Terminvereinbarung Stadt Leipzig//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:tevis-leipzig-kfz-20240222-0945-K4418@leipzig.de
DTSTAMP:20240208T173300Z
DTSTART:20240222T084500Z
DTEND:20240222T090000Z
SUMMARY:Termin KFZ-Zulassungsbehörde: Umschreibung mit Halterwechsel
DESCRIPTION:Ihre Vorgangsnummer: K4418\nStandort: Zulassungsbehörde Leipzig\,
  Max-Liebermann-Str. 32\nBitte mitbringen: Personalausweis\, Zulassungsbesch
 einigung Teil I und II\, eVB-Nummer\, SEPA-Mandat\nBitte erscheinen Sie pün
 ktlich. Bei Verspätung verfällt der Termin.
LOCATION:Zulassungsbehörde Leipzig\, Max-Liebermann-Str. 32
END:VEVENT
END:VCALENDAR
""", "tevis-leipzig-kfz-20240222-0945-K4418@leipzig.de", 0, trap="official-appointment-vehicle"))

# girlfriend's birthday, yearly all-day
EVENTS.append(ev("birthday-all-day", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20240518
DTEND;VALUE=DATE:20240519
RRULE:FREQ=YEARLY
DTSTAMP:20230601T100000Z
UID:2h6r0b4t8e1s3k5n7v9c2m4q6a@google.com
CREATED:20230601T100000Z
DESCRIPTION:Tisch im Stadtpfeiffer reservieren!!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jana Geburtstag 🎂
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "2h6r0b4t8e1s3k5n7v9c2m4q6a@google.com", 0, trap="birthday-yearly-all-day"))

# football: league match of his club (club's TeamSnap-like app export)
EVENTS.append(ev("football-match", r"""BEGIN:VCALENDAR
PRODID:-//SpielerPlus GmbH//SpielerPlus Kalender//DE
VERSION:2.0
X-WR-CALNAME:SV Eintracht Sellerhausen – Herren II
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
UID:spielerplus-event-11882041@spielerplus.de
DTSTAMP:20240401T120000Z
DTSTART;TZID=Europe/Berlin:20240414T130000
DTEND;TZID=Europe/Berlin:20240414T150000
SUMMARY:Punktspiel: SG Taucha 99 II – SV Eintracht Sellerhausen II
DESCRIPTION:Treffpunkt 12:00 am Sportplatz. Kreisliga A\, 19. Spieltag. Trik
 ots wäscht diesmal Sebastian K.
LOCATION:Sportanlage Taucha\, Am Obstgut
END:VEVENT
END:VCALENDAR
""", "spielerplus-event-11882041@spielerplus.de", 0, trap="football-league-match"))

# periodic fitness medical at the current employer
EVENTS.append(ev("periodic-fitness-medical", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Arbeitsmedizin / BAD Leipzig":mailto:termine.leipzig@bad-gmbh.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Regelmäßige Tauglichkeitsuntersuchung Triebfahrze
 ugführer (Anlage 4 TfV\, alle 3 Jahre). Bitte Brille und Tf-Schein mitbring
 en.
UID:040000008200E00074C5B7101A82E00800000000BAD0BAD09F8EDA0100000000000000001000000099887766554433221100AABBCCDDEEFF
SUMMARY;LANGUAGE=de-DE:Tauglichkeitsuntersuchung Tf (Wiederholung)
DTSTART;TZID=W. Europe Standard Time:20240116T100000
DTEND;TZID=W. Europe Standard Time:20240116T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20231218T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:BAD Zentrum Leipzig\, Brühl 52
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E00800000000BAD0BAD09F8EDA0100000000000000001000000099887766554433221100AABBCCDDEEFF",
    0, trap="periodic-fitness-medical-current-job", crlf=True))

# strike days, all-day
EVENTS.append(ev("strike-all-day", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20240124
DTEND;VALUE=DATE:20240130
DTSTAMP:20240122T190000Z
UID:5t9b3r7h1e0s4k8n2v6c0m3q5w@google.com
CREATED:20240122T190000Z
DESCRIPTION:GDL Arbeitskampf. Streikposten Mi 4 Uhr L Hbf Westseite. Streikg
 eld-Formular!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:STREIK GDL
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5t9b3r7h1e0s4k8n2v6c0m3q5w@google.com", 0, trap="strike-multi-day-all-day"))

# bank appointment
EVENTS.append(ev("bank-appointment", r"""BEGIN:VCALENDAR
PRODID:-//Sparkasse Leipzig//Online-Terminvereinbarung//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:spk-lpz-beratung-7718204@sparkasse-leipzig.de
DTSTAMP:20240402T100000Z
DTSTART:20240406T080000Z
DTEND:20240406T090000Z
SUMMARY:Beratungsgespräch: Baufinanzierung
DESCRIPTION:Ihr Berater: Herr Uwe Kettner\, Filiale Leipzig-Paunsdorf\nBitte
  Gehaltsnachweise der letzten 3 Monate und Eigenkapitalnachweis mitbringen
 .
LOCATION:Sparkasse Leipzig\, Filiale Paunsdorf
END:VEVENT
END:VCALENDAR
""", "spk-lpz-beratung-7718204@sparkasse-leipzig.de", 0, trap="bank-beratungsgespraech"))

# his own HR meeting about notice period and remaining leave
EVENTS.append(ev("own-hr-notice-period", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Personalservice MRB":mailto:personalservice@mrb-regio.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Krüger, Sebastian":mailto:s.krueger@mrb-regio.de
DESCRIPTION;LANGUAGE=de-DE:Gesprächstermin auf Ihren Wunsch: Kündigungsfrist
 en laut Arbeitsvertrag / Tarif\, Resturlaub\, Rückzahlung Ausbildungskoste
 n Lehr-Tf (Bindungsklausel). Ansprechpartnerin: Fr. Grimm.
UID:040000008200E00074C5B7101A82E008000000006A6B6C6D9F8EDA0100000000000000001000000076543210FEDCBA9876543210FEDCBA98
SUMMARY;LANGUAGE=de-DE:Termin Personalservice – Hr. Krüger
DTSTART;TZID=W. Europe Standard Time:20240502T110000
DTEND;TZID=W. Europe Standard Time:20240502T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240426T141000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Personalservice\, 1. OG
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E008000000006A6B6C6D9F8EDA0100000000000000001000000076543210FEDCBA9876543210FEDCBA98",
    0, trap="own-hr-meeting-notice-period", crlf=True))

# survey "Telefoninterview" (commuter study)
EVENTS.append(ev("survey-telefoninterview", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
BEGIN:VEVENT
UID:F0E1D2C3-B4A5-4968-8776-655443322110
DTSTAMP:20240409T161000Z
DTSTART;TZID=Europe/Berlin:20240411T190000
DTEND;TZID=Europe/Berlin:20240411T192000
SUMMARY:Telefoninterview infas (Mobilitätsbefragung)
DESCRIPTION:Rückruf vereinbart\, Befragung "Mobilität in Deutschland"\, Hau
 shalts-Nr. im Brief
END:VEVENT
END:VCALENDAR
""", "F0E1D2C3-B4A5-4968-8776-655443322110", 0, trap="survey-telefoninterview"))
