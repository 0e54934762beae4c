"""holdout279 events, part f: personal and work negatives (thank-you reminder, anonymous recruiter, family
members' interviews, annual review, doctor, bank, Kita, supplier and customer talks, employment agency,
association meeting, sensory certification, TÜV inspection, supplier audit)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout279ev_zones import VTZ_BERLIN, VTZ_W_EUROPE

EVENTS = [
    dict(
        kind="ios-thank-you-reminder",
        uid="2B4D6F80-A1C3-45E7-8092-B4D6F8A0C2E4",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:2B4D6F80-A1C3-45E7-8092-B4D6F8A0C2E4
DTSTAMP:20251120T190000Z
DTSTART:20251121T073000
DTEND:20251121T074500
SUMMARY:Dankesmail an Vroni + Korbi (Isarkiesel) schicken
DESCRIPTION:für Probebrautag bedanken\\, Rezeptidee Winterbock erwähnen
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="thank-you-note-reminder-floating",
        hiring=False,
    ),
    dict(
        kind="outlook-anonymous-recruiter",
        uid="040000008200E00074C5B7101A82E0080000000050BC4C5D6E7FDB01000000000000000010000000EF180293A4B5C6D73E8F500112233445",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Wendler, Roman":mailto:r.wendler@alpinexec-search.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrter Herr Schmitt\\,\\n\\nvielen Dank für Ihre Rückmeldung auf meine Nachricht. Ich bin derzeit im Auftrag einer namhaften\\, familiengeführten Brauerei in Oberbayern auf der Suche nach einem Braumeister (m/w/d). Den Namen meines Mandanten darf ich Ihnen erst nach einem ersten Austausch und Ihrer Zustimmung zur Vorstellung nennen.\\n\\nIn unserem Telefonat möchte ich Ihnen die Eckdaten vorstellen und herausfinden\\, ob die Position grundsätzlich für Sie interessant ist.\\n\\nMit besten Grüßen\\nRoman Wendler\\nPartner\\, AlpinExec Search\\n
UID:040000008200E00074C5B7101A82E0080000000050BC4C5D6E7FDB01000000000000000010000000EF180293A4B5C6D73E8F500112233445
SUMMARY;LANGUAGE=de-DE:Telefonat AlpinExec Search / Florian Schmitt – vertrauliche Position
DTSTART;TZID=W. Europe Standard Time:20260126T173000
DTEND;TZID=W. Europe Standard Time:20260126T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260121T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="recruiter-call-no-employer-named-yet",
        hiring=False,
    ),
    dict(
        kind="google-spouse-interview",
        uid="0a2s4d6f8g0h2j4k6l8z0x2c4v@google.com",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Familie Schmitt
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20251203T073000Z
DTEND:20251203T090000Z
DTSTAMP:20251128T191500Z
ORGANIZER;CN=Lena Schmitt:mailto:lena.schmitt.bbg@gmail.com
UID:0a2s4d6f8g0h2j4k6l8z0x2c4v@google.com
CREATED:20251128T191400Z
DESCRIPTION:Lena Vorstellungsgespräch Sparkasse (Kundenberaterin)\\, Florian 
 bringt Mia in die Kita und holt sie um 12 ab!!
LAST-MODIFIED:20251128T191500Z
LOCATION:Sparkasse Bamberg-Forchheim\\, Hauptstelle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lena VG Sparkasse – F. macht Kita
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="spouse-job-interview-shared-family-calendar",
        hiring=False,
    ),
    dict(
        kind="ios-brother-entretien",
        uid="5C7E9A1B-3D5F-4781-A3C5-E7F9B1D3F5A7",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:5C7E9A1B-3D5F-4781-A3C5-E7F9B1D3F5A7
DTSTAMP:20260112T080000Z
DTSTART;VALUE=DATE:20260119
DTEND;VALUE=DATE:20260120
SUMMARY:Tobi entretien d'embauche Straßburg – Auto an ihn verleihen
DESCRIPTION:Tobi hat sein entretien bei der Région Grand Est (Ingenieur)\\, 
 braucht den Passat. Ich fahr mit Zug zur Schicht.
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="brother-entretien-french-all-day",
        hiring=False,
    ),
    dict(
        kind="outlook-annual-review",
        uid="040000008200E00074C5B7101A82E0080000000060BC4C5D6E7FDB01000000000000000010000000F0291A3B4C5D6E7F849F601122334455",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Jährliches Mitarbeitergespräch 2025: Rückblick\\, Zielvereinbarung 2026 (Ausbilderrolle\\, Sudhausausbeute)\\, Weiterbildungswünsche. Bitte Vorbereitungsbogen ausfüllen.\\n
UID:040000008200E00074C5B7101A82E0080000000060BC4C5D6E7FDB01000000000000000010000000F0291A3B4C5D6E7F849F601122334455
SUMMARY;LANGUAGE=de-DE:Mitarbeitergespräch 2025 – Florian
DTSTART;TZID=W. Europe Standard Time:20251218T100000
DTEND;TZID=W. Europe Standard Time:20251218T110000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251201T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Braumeister
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="annual-review-with-own-boss",
        hiring=False,
    ),
    dict(
        kind="doctolib-appointment",
        uid="doctolib-appt-3318842077@doctolib.example.de",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib Calendar//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:doctolib-appt-3318842077@doctolib.example.de
DTSTAMP:20251205T090000Z
DTSTART:20260107T083000Z
DTEND:20260107T090000Z
SUMMARY:Vorgespräch Arthroskopie Knie – Dr. med. Hollfelder
LOCATION:Orthopädie am Schönleinsplatz\\, Bamberg
DESCRIPTION:Ihr Termin: OP-Vorgespräch und Aufklärungsgespräch (Orthopädie)
 . Bitte Versichertenkarte\\, MRT-Befund und Medikamentenliste mitbringen.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="medical-pre-op-gespraech",
        hiring=False,
    ),
    dict(
        kind="google-bank",
        uid="5g7h9j1k3l5z7x9c1v3b5n7m9q@google.com",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260110T100000
DTEND;TZID=Europe/Berlin:20260110T113000
DTSTAMP:20251219T120000Z
ORGANIZER;CN=Lena Schmitt:mailto:lena.schmitt.bbg@gmail.com
UID:5g7h9j1k3l5z7x9c1v3b5n7m9q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lena Sc
 hmitt;X-NUM-GUESTS=0:mailto:lena.schmitt.bbg@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=florian
 .schmitt.brau@gmx.de;X-NUM-GUESTS=0:mailto:florian.schmitt.brau@gmx.de
CREATED:20251219T115900Z
DESCRIPTION:Beratungsgespräch Baufinanzierung bei Hr. Reinwald (VR Bank). Geha
 ltsnachweise 3 Monate\\, Eigenkapital-Aufstellung\\, Exposé Haus Memmelsdorf. 
 Falls Florian nach München wechselt – Variante Miete besprechen!
LAST-MODIFIED:20251219T120000Z
LOCATION:VR Bank Bamberg\\, Filiale Memmelsdorf
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bankgespräch Baufinanzierung
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="bank-consultation-mentions-job-change",
        hiring=False,
    ),
    dict(
        kind="ios-kita-talk",
        uid="8E0A2C4E-6F81-4A3C-B5D7-F9A1B3C5D7E9",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:8E0A2C4E-6F81-4A3C-B5D7-F9A1B3C5D7E9
DTSTAMP:20260120T200000Z
DTSTART;TZID=Europe/Berlin:20260129T161500
DTEND;TZID=Europe/Berlin:20260129T170000
SUMMARY:Entwicklungsgespräch Kita (Mia) – Fr. Pickel
LOCATION:Kita Sonnenschein
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="kita-development-talk-gespraech",
        hiring=False,
    ),
    dict(
        kind="google-spanish-family",
        uid="2p4o6i8u0y2t4r6e8w0q2a4s6d@google.com",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260205T090000Z
DTEND:20260205T100000Z
DTSTAMP:20260201T210000Z
ORGANIZER;CN=Carmen Schmitt Ortega:mailto:carmen.ortega.v@gmail.com
UID:2p4o6i8u0y2t4r6e8w0q2a4s6d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Carmen
  Schmitt Ortega;X-NUM-GUESTS=0:mailto:carmen.ortega.v@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=florian.schmitt.brau@gmx.de;X-NUM-GUESTS=0:mailto:florian.schmitt.br
 au@gmx.de
CREATED:20260201T205900Z
DESCRIPTION:¡Deseadme suerte! Mi entrevista de trabajo en el Hospital La Fe 
 (enfermera UCI). Florian\\, llámame después si puedes 😊\\n\\nInvitación de Go
 ogle Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20260201T210000Z
LOCATION:Hospital Universitario La Fe\\, Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de trabajo Carmen – Hospital La Fe
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="sister-in-law-entrevista-spanish-invite",
        hiring=False,
    ),
    dict(
        kind="outlook-supplier-meeting",
        uid="040000008200E00074C5B7101A82E0080000000070BC4C5D6E7FDB0100000000000000001000000001A2B3C4D5E6F708192A3B4C5D6E7F8A",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Gschwendtner, Florian (HopTerra Außendienst)":mailto:florian.gschwendtner@hopterra.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Jahresgespräch Vertragshopfen: Mengen Ernte 2026 (Hallertauer Tradition\\, Spalter Select\\, Perle)\\, Alphasäuren-Prognose\\, Pellets Typ 90 vs. Extrakt. Ich bringe Muster zum Hopfenreiben mit.\\n\\nViele Grüße\\nFlorian Gschwendtner\\nHopTerra Hallertau – Brauereibetreuung Franken\\n
UID:040000008200E00074C5B7101A82E0080000000070BC4C5D6E7FDB0100000000000000001000000001A2B3C4D5E6F708192A3B4C5D6E7F8A
SUMMARY;LANGUAGE=de-DE:Gespräch Vertragshopfen 2026 – HopTerra / Brauerei Regnitztal
DTSTART;TZID=W. Europe Standard Time:20260115T100000
DTEND;TZID=W. Europe Standard Time:20260115T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251222T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Brauerei Regnitztal\\, Besprechung Malz
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="supplier-meeting-with-applied-employer-same-first-name",
        hiring=False,
    ),
    dict(
        kind="ios-customer-talk",
        uid="3D5F7A9C-1E3A-4C5E-8F1A-3C5E7A9C1E3B",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:3D5F7A9C-1E3A-4C5E-8F1A-3C5E7A9C1E3B
DTSTAMP:20251201T120000Z
DTSTART;TZID=Europe/Berlin:20251205T140000
DTEND;TZID=Europe/Berlin:20251205T150000
SUMMARY:Gasthaus Krone Reklamation Fassbier – Gespräch mit Wirt
LOCATION:Gasthaus Krone\\, Strullendorf
DESCRIPTION:mit Vertrieb (Jürgen). Trüb/sauer? Schankanlage prüfen\\, Probe 
 mitnehmen fürs Labor
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="customer-complaint-gespraech",
        hiring=False,
    ),
    dict(
        kind="outlook-hr-reference-letter",
        uid="040000008200E00074C5B7101A82E0080000000080BC4C5D6E7FDB0100000000000000001000000012B3C4D5E6F708192A3B4C5D6E7F8A9B",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Hofmann, Birgit":mailto:birgit.hofmann@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Florian\\, wie gewünscht besprechen wir kurz den Entwurf deines Zwischenzeugnisses (Anlass: Weiterbildung Ausbildereignung abgeschlossen). Danach kannst du es direkt mitnehmen.\\nBirgit\\n
UID:040000008200E00074C5B7101A82E0080000000080BC4C5D6E7FDB0100000000000000001000000012B3C4D5E6F708192A3B4C5D6E7F8A9B
SUMMARY;LANGUAGE=de-DE:Zwischenzeugnis besprechen + abholen
DTSTART;TZID=W. Europe Standard Time:20251106T140000
DTEND;TZID=W. Europe Standard Time:20251106T141500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251103T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Personalleitung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="hr-appointment-own-interim-reference",
        hiring=False,
    ),
    dict(
        kind="arbeitsagentur-letter",
        uid="BA-TERMIN-2026-0216-771-40331@arbeitsagentur.example.de",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Bundesagentur fuer Arbeit//Terminvergabe//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:BA-TERMIN-2026-0216-771-40331@arbeitsagentur.example.de
DTSTAMP:20260203T073000Z
DTSTART:20260216T130000Z
DTEND:20260216T134500Z
SUMMARY:Beratungsgespräch Berufsberatung im Erwerbsleben
LOCATION:Agentur für Arbeit Bamberg\\, Ludwigstraße 49\\, Raum 2.17
DESCRIPTION:Ihr Termin zur Berufsberatung im Erwerbsleben (BBiE): Weiterbildu
 ngsmöglichkeiten und Förderung (z. B. Aufstiegs-BAföG\\, Studium Brauwesen b
 erufsbegleitend). Beraterin: Frau Eichelsdörfer. Bitte Lebenslauf und Zeugn
 isse mitbringen.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="career-counselling-employment-agency",
        hiring=False,
    ),
    dict(
        kind="google-association-meeting",
        uid="6h8j0k2l4z6x8c0v2b4n6m8q0w@google.com",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Florian privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART:20251128T180000Z
DTEND:20251128T210000Z
DTSTAMP:20251101T110000Z
UID:6h8j0k2l4z6x8c0v2b4n6m8q0w@google.com
CREATED:20251101T105900Z
DESCRIPTION:Bezirksversammlung Braumeisterbund Oberfranken mit Vortrag „Energ
 ieeffizienz im Sudhaus“ + Stammtisch. Wahl Bezirksvorstand.
LAST-MODIFIED:20251101T110000Z
LOCATION:Brauereigasthof Drei Kronen\\, Memmelsdorf
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Braumeisterbund Bezirksversammlung
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="trade-association-meeting-utc-export",
        hiring=False,
    ),
    dict(
        kind="outlook-sensory-certification",
        uid="040000008200E00074C5B7101A82E0080000000090BC4C5D6E7FDB0100000000000000001000000023C4D5E6F708192A3B4C5D6E7F8A9BAC",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="DLG Sensorik-Akademie":mailto:sensorik-akademie@dlg-pruefer.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=florian.schmitt.brau@gmx.de:mailto:florian.schmitt.brau@gmx.de
DESCRIPTION;LANGUAGE=de-DE:Prüferschulung Bier und Eignungsnachweis für Sachverständige der DLG-Qualitätsprüfung (Verlängerung der Prüferlizenz).\\n\\n09:00 Schulung Prüfschema 2026\\n13:00 Sensorischer Eignungstest (Dreieckstests\\, Fehlgeschmäcker\\, Schwellenwerte)\\n15:30 Auswertung und Ausgabe der Prüferausweise\\n
UID:040000008200E00074C5B7101A82E0080000000090BC4C5D6E7FDB0100000000000000001000000023C4D5E6F708192A3B4C5D6E7F8A9BAC
SUMMARY;LANGUAGE=de-DE:DLG-Prüferschulung Bier + sensorischer Eignungstest
DTSTART;TZID=W. Europe Standard Time:20260224T090000
DTEND;TZID=W. Europe Standard Time:20260224T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260110T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Tagungshotel am Messepark\\, Frankfurt
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="sensory-examiner-certification-eignungstest",
        hiring=False,
    ),
    dict(
        kind="outlook-tuev-inspection",
        uid="040000008200E00074C5B7101A82E00800000000A0BC4C5D6E7FDB0100000000000000001000000034D5E6F708192A3B4C5D6E7F8A9BACBD",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Haustechnik Regnitztal":mailto:haustechnik@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=NON-PARTICIPANT;CUTYPE=RESOURCE;PARTSTAT=ACCEPTED;CN="Gärkeller ZKT 4-6":mailto:zkt-4-6@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:TÜV: wiederkehrende Prüfung Druckbehälter (innere Prüfung) ZKT 4–6 durch Sachverständigen. Tanks bis Vortag leer\\, CIP gelaufen\\, Mannlöcher offen. Florian begleitet Prüfer und gibt Auskunft zu Betriebsweise und Drücken.\\n
UID:040000008200E00074C5B7101A82E00800000000A0BC4C5D6E7FDB0100000000000000001000000034D5E6F708192A3B4C5D6E7F8A9BACBD
SUMMARY;LANGUAGE=de-DE:TÜV-Prüfung Druckbehälter ZKT 4–6
DTSTART;TZID=W. Europe Standard Time:20260303T070000
DTEND;TZID=W. Europe Standard Time:20260303T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Gärkeller ZKT 4-6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="tuev-pressure-vessel-inspection-resource",
        hiring=False,
    ),
    dict(
        kind="teams-supplier-audit",
        uid="040000008200E00074C5B7101A82E00800000000B0BC4C5D6E7FDB0100000000000000001000000045E6F708192A3B4C5D6E7F8A9BACBDCE",
        ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lindenberger, Petra (QM)":mailto:petra.lindenberger@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Popp, Werner (Mälzerei Aischgrund)":mailto:werner.popp@maelzerei-aischgrund.example.de
DESCRIPTION;LANGUAGE=de-DE:Remote-Lieferantenaudit Malz (Mälzerei Aischgrund): Spezifikationen Pilsner Malz/Rauchmalz\\, Mykotoxin-Monitoring\\, Rückverfolgbarkeit\\, Reklamation Charge 25-1183 (Friabilimeter-Werte). Florian bitte Sudhausausbeute-Daten der Charge mitbringen.\\n\\n________________________________________________________________________________\\nMicrosoft Teams Besprechung\\nJetzt an der Besprechung teilnehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjQ4MDg0YzAtN2U3Yi00@thread.v2/0>\\nBesprechungs-ID: 390 441 276 118\\nPasscode: Mz8v2Q\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000B0BC4C5D6E7FDB0100000000000000001000000045E6F708192A3B4C5D6E7F8A9BACBDCE
SUMMARY;LANGUAGE=de-DE:Lieferantenaudit Malz (remote) – Mälzerei Aischgrund
DTSTART;TZID=W. Europe Standard Time:20260219T090000
DTEND;TZID=W. Europe Standard Time:20260219T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="supplier-audit-with-applied-employer-same-interviewer-name",
        hiring=False,
    ),
]
