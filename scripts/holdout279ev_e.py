"""holdout279 events, part e: negatives from the brewing trade and the job search around it (brews, DLG tests,
audits with staff interviews, tours, school days, tastings, press/podcast/research interviews, mock interview,
webinar, informational coffee, job fair, reference call, prep block)."""

# ruff: noqa: E501, W291, W293, RUF100

from holdout279ev_zones import VTZ_BERLIN, VTZ_W_EUROPE

EVENTS = [
    dict(
        kind="outlook-recurring-override",
        uid="040000008200E00074C5B7101A82E00800000000E0AB4C5D6E7FDB01000000000000000010000000781A9B2C3D4E5F60718293A4B5C6D7E8",
        ics=f"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sudhaus Schicht B":mailto:sudhaus-b@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Sudplan Winter: 4 Sude Regnitztaler Märzen (Schüttung 2\\,3 t\\, Rauchmalz 15 %)\\, Einmaischen 6:00. Hefeernte aus ZKT 7.\\n
RRULE:FREQ=WEEKLY;UNTIL=20260227T050000Z;INTERVAL=1;BYDAY=TU;WKST=MO
EXDATE;TZID=W. Europe Standard Time:20251230T060000
UID:040000008200E00074C5B7101A82E00800000000E0AB4C5D6E7FDB01000000000000000010000000781A9B2C3D4E5F60718293A4B5C6D7E8
SUMMARY;LANGUAGE=de-DE:Sud Märzen (4 Sude) – Schicht B
DTSTART;TZID=W. Europe Standard Time:20251104T060000
DTEND;TZID=W. Europe Standard Time:20251104T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Sudhaus
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Achtung: wegen Reinigung Läuterbottich erst ab 8:00 einmaischen\\, nur 3 Sude.\\n
RECURRENCE-ID;TZID=W. Europe Standard Time:20251202T060000
UID:040000008200E00074C5B7101A82E00800000000E0AB4C5D6E7FDB01000000000000000010000000781A9B2C3D4E5F60718293A4B5C6D7E8
SUMMARY;LANGUAGE=de-DE:Sud Märzen (3 Sude) – Schicht B – später Start
DTSTART;TZID=W. Europe Standard Time:20251202T080000
DTEND;TZID=W. Europe Standard Time:20251202T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251128T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Sudhaus
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
        trap="brew-schedule-weekly-recurrence-override-exdate",
        hiring=False,
    ),
    dict(
        kind="google-all-day-dlg",
        uid="9n1m3b5v7c9x1z3l5k7j9h1g3f@google.com",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Brauerei QS
X-WR-TIMEZONE:Europe/Berlin
X-WR-CALDESC:Qualitätstermine Brauerei Regnitztal
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260210
DTEND;VALUE=DATE:20260211
DTSTAMP:20260105T101010Z
UID:9n1m3b5v7c9x1z3l5k7j9h1g3f@google.com
CREATED:20260105T100900Z
DESCRIPTION:DLG-Qualitätsprüfung Bier 2026: Einsendeschluss Proben (je Sorte 
 6 Flaschen\\, Prüfantrag + Analysen). Märzen\\, Helles\\, Rauchbier\\, Weizen. 
 Sensorische Prüfung durch DLG-Prüfer nach 5-Punkte-Schema\\, Ergebnisse ca. 
 4 Wochen später.
LAST-MODIFIED:20260105T101010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DLG Bierprüfung – Einsendeschluss Proben
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="dlg-beer-quality-test-pruefung-all-day",
        hiring=False,
    ),
    dict(
        kind="outlook-audit-interviews",
        uid="040000008200E00074C5B7101A82E00800000000F0AB4C5D6E7FDB0100000000000000001000000089B2AC3D4E5F607182930A4B5C6D7E8F",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Lindenberger, Petra (QM)":mailto:petra.lindenberger@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr. Haselbauer, Rainer (TÜV Süd-Ost Zertifizierung)":mailto:r.haselbauer@tuev-zert.example.de
DESCRIPTION;LANGUAGE=de-DE:IFS Food Rezertifizierung – Tag 2\\n\\n07:30 Rundgang Sudhaus/Gärkeller mit Auditor\\n09:00 Interviews mit Mitarbeitenden (Schichtbrauer Schicht B: Florian + 1 Azubi) zu HACCP-CCPs\\, Allergenmanagement\\, Fremdkörpermanagement\\, Reinigungsvalidierung\\n10:30 Dokumentenprüfung Sudprotokolle\\, Rückverfolgbarkeit Malzchargen\\n13:00 Abschlussgespräch\\n\\nBitte Sudprotokolle KW 40–48 bereithalten und Arbeitskleidung/Haarnetz korrekt.\\n
UID:040000008200E00074C5B7101A82E00800000000F0AB4C5D6E7FDB0100000000000000001000000089B2AC3D4E5F607182930A4B5C6D7E8F
SUMMARY;LANGUAGE=de-DE:IFS-Audit Tag 2: Mitarbeiterinterviews Sudhaus + Abschlussgespräch
DTSTART;TZID=W. Europe Standard Time:20251119T073000
DTEND;TZID=W. Europe Standard Time:20251119T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Sudhaus / Besprechung Malz
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
        trap="ifs-audit-staff-interviews-abschlussgespraech",
        hiring=False,
    ),
    dict(
        kind="outlook-food-inspection",
        uid="040000008200E00074C5B7101A82E0080000000000BC4C5D6E7FDB010000000000000000100000009AC3BD4E5F60718293A40B5C6D7E8F90",
        ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lindenberger, Petra (QM)":mailto:petra.lindenberger@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Angekündigte Betriebskontrolle Lebensmittelüberwachung (Landratsamt Bamberg\\, Hr. Gumbrecht). Befragung des Schichtpersonals zu Hygieneschulung und Reinigungsplänen\\, Probenahme Abfüllung. Florian bitte als Ansprechpartner Sudhaus verfügbar sein.\\n
UID:040000008200E00074C5B7101A82E0080000000000BC4C5D6E7FDB010000000000000000100000009AC3BD4E5F60718293A40B5C6D7E8F90
SUMMARY;LANGUAGE=de-DE:Lebensmittelkontrolle LRA – Begehung + Befragung Schichtpersonal
DTSTART;TZID=W. Europe Standard Time:20260205T090000
DTEND;TZID=W. Europe Standard Time:20260205T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260129T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Treffpunkt Pforte
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
        trap="food-safety-inspection-staff-questioning-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="outlook-brewery-tour",
        uid="040000008200E00074C5B7101A82E0080000000010BC4C5D6E7FDB01000000000000000010000000ABD4CE5F6071829304A51C6D7E8F9001",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Besucherservice Regnitztal":mailto:fuehrungen@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Brauereiführung für Reisegruppe Busreisen Pfadenhauer (35 Pers.\\, Seniorengruppe aus Ingolstadt). Dauer 90 Min. inkl. Verkostung 3 Biere im Bräustüberl + Brezen. Führung durch Florian (Sudhaus\\, Mälzerei\\, Felsenkeller).\\n
UID:040000008200E00074C5B7101A82E0080000000010BC4C5D6E7FDB01000000000000000010000000ABD4CE5F6071829304A51C6D7E8F9001
SUMMARY;LANGUAGE=de-DE:Brauereiführung Reisegruppe Pfadenhauer (35 Pers.)
DTSTART;TZID=W. Europe Standard Time:20251122T140000
DTEND;TZID=W. Europe Standard Time:20251122T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Treffpunkt Bräustüberl
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
        trap="brewery-tour-tourist-group",
        hiring=False,
    ),
    dict(
        kind="bookings-english-tour",
        uid="c2d4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f@brauerei-regnitztal.example.de",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Brauerei Regnitztal Führungen":mailto:RegnitztalFuehrungen@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Beer Trails Franconia Tours:mailto:bookings@beertrails-tours.example.com
DESCRIPTION;LANGUAGE=en-US:New booking\\n\\nService: Brewery tour in English incl. smoked beer tasting (90 min)\\nStaff: Florian Schmitt\\nCustomer: Beer Trails Franconia Tours (group of 18\\, USA)\\nCustomer notes: Our guests would love to ask the brewer a few questions about Rauchbier – a short Q&A / interview with the brewmaster for our travel blog would be great!\\n
UID:c2d4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f@brauerei-regnitztal.example.de
SUMMARY;LANGUAGE=en-US:Brewery tour in English – Beer Trails Franconia Tours
DTSTART;TZID=W. Europe Standard Time:20260307T110000
DTEND;TZID=W. Europe Standard Time:20260307T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260215T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Brauerei Regnitztal\\, Bräustüberl
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
        trap="bookings-english-tour-with-blog-interview",
        hiring=False,
    ),
    dict(
        kind="outlook-all-day-recurring-school",
        uid="040000008200E00074C5B7101A82E0080000000020BC4C5D6E7FDB01000000000000000010000000BCE5DF60718293A405B62D7E8F900112",
        ics="""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Blockunterricht Berufsschule (Brauer und Mälzer\\, 2. Ausbildungsjahr): Kai Lunz und Leonie Brehm sind nicht im Betrieb. Berichtshefte am Montag danach abzeichnen.\\n
RRULE:FREQ=DAILY;COUNT=10;BYDAY=MO,TU,WE,TH,FR
UID:040000008200E00074C5B7101A82E0080000000020BC4C5D6E7FDB01000000000000000010000000BCE5DF60718293A405B62D7E8F900112
SUMMARY;LANGUAGE=de-DE:Berufsschule Azubis (Kai\\, Leonie) – Block
DTSTART;VALUE=DATE:20260112
DTEND;VALUE=DATE:20260113
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251101T080000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Berufsschule Kulmbach-Land
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="apprentices-vocational-school-block-recurring-all-day",
        hiring=False,
    ),
    dict(
        kind="outlook-tasting",
        uid="040000008200E00074C5B7101A82E0080000000030BC4C5D6E7FDB01000000000000000010000000CDF6E07182930A4B516C3E8F90011223",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Wagner, Stefan":mailto:stefan.wagner@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kestel, Thomas Dr.":mailto:thomas.kestel@brauerei-regnitztal.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vertrieb Gastronomie":mailto:vertrieb-gastro@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Freigabeverkostung Bockbier 2025 (Sud 212/213) vor dem Anstich: Vergleich Lagertank 9 vs. 11\\, Freigabe nach Sensorik-Schema\\, danach Festlegung Abfülltermin. Gastro-Vertrieb ist eingeladen.\\n
UID:040000008200E00074C5B7101A82E0080000000030BC4C5D6E7FDB01000000000000000010000000CDF6E07182930A4B516C3E8F90011223
SUMMARY;LANGUAGE=de-DE:Freigabeverkostung Bockbier
DTSTART;TZID=W. Europe Standard Time:20251112T150000
DTEND;TZID=W. Europe Standard Time:20251112T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Sensorikraum Labor
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
        trap="release-tasting-with-managing-director",
        hiring=False,
    ),
    dict(
        kind="google-press-interview",
        uid="3c5v7b9n1m3a5s7d9f1g3h5j7k@google.com",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VTZ_BERLIN}BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251125T100000
DTEND;TZID=Europe/Berlin:20251125T110000
DTSTAMP:20251118T141500Z
ORGANIZER;CN=Carina Endres:mailto:carina.endres.redaktion@gmail.com
UID:3c5v7b9n1m3a5s7d9f1g3h5j7k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Carina Endres;X-NUM-GUESTS=0:mailto:carina.endres.redaktion@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=f.schmitt@brauerei-regnitztal.example.de;X-NUM-GUESTS=0:mailto:f.sc
 hmitt@brauerei-regnitztal.example.de
CREATED:20251118T141400Z
DESCRIPTION:Hallo Herr Schmitt\\, vielen Dank\\, dass Sie für unsere Serie „J
 unge Brauer in Franken“ zur Verfügung stehen! Interview ca. 45 Min. im Sudh
 aus\\, danach Fotos mit unserem Fotografen. Pressestelle Ihrer Brauerei ist i
 nformiert.\\nCarina Endres\\, freie Journalistin für den Regnitz-Boten\\n\\nIn
 vitation from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20251118T141500Z
LOCATION:Brauerei Regnitztal\\, Sudhaus
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Regnitz-Bote: Junge Brauer in Franken
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="press-interview-user-is-subject-gmail-journalist",
        hiring=False,
    ),
    dict(
        kind="zoom-podcast",
        uid="ZOOM88120446732-20251211T180000Z@zoom.us",
        ics="""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VEVENT
DTSTAMP:20251202T200000Z
DTSTART:20251211T180000Z
DTEND:20251211T190000Z
SUMMARY:Podcast "Hopfen & Malz" – Interview Rauchbier mit Florian Schmitt
UID:ZOOM88120446732-20251211T180000Z@zoom.us
DESCRIPTION:Basti Zeitler lädt Sie zu einem geplanten Zoom-Meeting ein.\\n\\nT
 hema: Podcast-Aufnahme Folge 58 – Rauchbier aus Bamberg\\nWir nehmen über Zo
 om auf (Ton lokal mitschneiden\\, bitte Headset!). Interviewfragen schicke i
 ch vorab.\\n\\nZoom-Meeting beitreten\\nhttps://us02web.zoom.us/j/88120446732
 \\n\\nMeeting-ID: 881 2044 6732\\n
LOCATION:https://us02web.zoom.us/j/88120446732
ORGANIZER;CN=Basti Zeitler:mailto:basti@hopfenundmalz-podcast.example.de
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="podcast-interview-recording-utc",
        hiring=False,
    ),
    dict(
        kind="zoom-research-interview",
        uid="ZOOM83390012457-20260114T170000Z@zoom.us",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
CLASS:PUBLIC
{VTZ_BERLIN}BEGIN:VEVENT
DTSTAMP:20260107T110000Z
DTSTART;TZID=Europe/Berlin:20260114T180000
DTEND;TZID=Europe/Berlin:20260114T184500
SUMMARY:Experteninterview Masterarbeit – Fachkräftemangel im Brauhandwerk
UID:ZOOM83390012457-20260114T170000Z@zoom.us
DESCRIPTION:Hannah Bierlein lädt Sie zu einem geplanten Zoom-Meeting ein.\\n
 \\nLieber Herr Schmitt\\, vielen Dank\\, dass Sie als Experte an meinem leitfad
 engestützten Interview teilnehmen (Masterarbeit BWL\\, Otto-Friedrich-Uni Bam
 berg\\, Lehrstuhl Personalwirtschaft). Thema: Rekrutierung und Bindung von Fa
 chkräften in Brauereien. Das Gespräch wird aufgezeichnet und anonymisiert.\\n
 \\nZoom-Meeting beitreten\\nhttps://uni-bamberg.zoom.us/j/83390012457\\n
LOCATION:https://uni-bamberg.zoom.us/j/83390012457
ORGANIZER;CN=Hannah Bierlein:mailto:hannah.bierlein@stud.uni-bamberg.example.de
ATTENDEE;CN=Florian Schmitt;ROLE=REQ-PARTICIPANT:mailto:florian.schmitt.brau@gmx.de
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="research-expert-interview-thesis-recruiting-topic",
        hiring=False,
    ),
    dict(
        kind="ios-mock-interview",
        uid="E4A6C8B0-D2F1-4375-9A8B-C1D2E3F40516",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:E4A6C8B0-D2F1-4375-9A8B-C1D2E3F40516
DTSTAMP:20251126T200000Z
DTSTART;TZID=Europe/Berlin:20251130T170000
DTEND;TZID=Europe/Berlin:20251130T183000
SUMMARY:Probe-Vorstellungsgespräch mit Onkel Gerd (Übung für Frankonia AC)
LOCATION:bei Gerd & Anni\\, Hallstadt
DESCRIPTION:Gerd war 30 J. Personalchef bei Bosch – spielt den Vorstand. Sel
 bstpräsentation 5 Min\\, Stärken/Schwächen\\, Gehaltsfrage üben. Handy filmen!
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
        trap="mock-interview-with-relative-names-employer",
        hiring=False,
    ),
    dict(
        kind="gotowebinar",
        uid="gtw-webinar-771204558-20251120@gotowebinar.example.com",
        ics="""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gtw-webinar-771204558-20251120@gotowebinar.example.com
DTSTAMP:20251110T090000Z
DTSTART:20251120T170000Z
DTEND:20251120T183000Z
SUMMARY:Webinar: Souverän im Vorstellungsgespräch – Karriereschritte im Bra
 uwesen
ORGANIZER;CN=Braumeisterbund Franken e.V.:mailto:webinare@braumeisterbund-fr
 anken.example.de
LOCATION:GoTo Webinar
DESCRIPTION:Vielen Dank für Ihre Anmeldung!\\n\\nReferentin: Dipl.-Psych. Kor
 dula Hertlein (Karrierecoach)\\nInhalte: typische Fragen im Vorstellungsgesp
 räch für Braumeister und Produktionsleiter\\, Probearbeiten richtig nutzen\\,
  Gehaltsverhandlung\\, Assessment-Center-Übungen.\\n\\nTeilnehmen: https://glob
 al.gotowebinar.com/join/771204558/ihr-persoenlicher-link\\n\\nWebinar-ID: 771
 -204-558
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="webinar-about-job-interviews-trade-association",
        hiring=False,
    ),
    dict(
        kind="ios-informational-coffee",
        uid="F0E1D2C3-B4A5-4968-8776-655443322110",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:F0E1D2C3-B4A5-4968-8776-655443322110
DTSTAMP:20251109T100000Z
DTSTART;TZID=Europe/Berlin:20251115T103000
DTEND;TZID=Europe/Berlin:20251115T113000
SUMMARY:Kaffee mit Steffi (ex-Kollegin\\, jetzt bei Isarkiesel)
LOCATION:Café am Grünen Markt\\, Bamberg
DESCRIPTION:Insider-Infos: wie sind Vroni + Korbi als Chefs\\, Schichtsystem\\,
  Gehalt\\, warum ist der alte Braumeister weg? Steffi ist eh in Bamberg bei i
 hren Eltern.
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
        trap="informational-coffee-ex-colleague-names-employer",
        hiring=False,
    ),
    dict(
        kind="google-job-fair",
        uid="7t9y1u3i5o7p9a1s3d5f7g9h1j@google.com",
        ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Florian privat
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251108
DTEND;VALUE=DATE:20251109
DTSTAMP:20251101T150000Z
UID:7t9y1u3i5o7p9a1s3d5f7g9h1j@google.com
CREATED:20251020T190000Z
DESCRIPTION:Braukarriere-Tag Nürnberg – Jobmesse der Brau- und Getränkebranc
 he\\, 10-17 Uhr\\, Messezentrum Halle 4A. Lebensläufe (10x) drucken! Stände: 
 Frankonia Brauunion\\, Sudtechnik\\, Mälzereien\\, Personalberater. Eintritt fr
 ei mit Online-Ticket.
LAST-MODIFIED:20251101T150000Z
LOCATION:Messezentrum Nürnberg
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Braukarriere-Tag Nbg (Jobmesse)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="job-fair-visitor-lists-employers",
        hiring=False,
    ),
    dict(
        kind="outlook-reference-call",
        uid="040000008200E00074C5B7101A82E0080000000040BC4C5D6E7FDB01000000000000000010000000DE07F18293A4B5C62D7E4F9001122334",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{VTZ_W_EUROPE}BEGIN:VEVENT
ORGANIZER;CN="Sternecker, Ulrike":mailto:u.sternecker@brauerei-sternecker.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schmitt, Florian":mailto:f.schmitt@brauerei-regnitztal.example.de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Herr Schmitt\\,\\n\\nHerr Michael Kunz hat sich bei uns als Brauer beworben und Sie als Referenz angegeben (Ausbilder während seiner Lehrzeit bei Ihnen). Ich würde Sie gern kurz telefonisch zu seiner Arbeitsweise befragen – ca. 15 Minuten.\\n\\nVielen Dank und freundliche Grüße\\nUlrike Sternecker\\nBrauerei Sternecker\\, Personal\\n
UID:040000008200E00074C5B7101A82E0080000000040BC4C5D6E7FDB01000000000000000010000000DE07F18293A4B5C62D7E4F9001122334
SUMMARY;LANGUAGE=de-DE:Referenzgespräch Michael Kunz (Bewerber Brauer)
DTSTART;TZID=W. Europe Standard Time:20260122T113000
DTEND;TZID=W. Europe Standard Time:20260122T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T100000Z
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
        trap="reference-call-user-is-referee",
        hiring=False,
    ),
    dict(
        kind="ios-prep-block",
        uid="1A2B3C4D-5E6F-4708-9192-A3B4C5D6E7F8",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1.1//EN
CALSCALE:GREGORIAN
{VTZ_BERLIN}BEGIN:VEVENT
UID:1A2B3C4D-5E6F-4708-9192-A3B4C5D6E7F8
DTSTAMP:20251125T210000Z
DTSTART;TZID=Europe/Berlin:20251201T190000
DTEND;TZID=Europe/Berlin:20251201T220000
SUMMARY:Vorbereitung AC Frankonia
DESCRIPTION:Kennzahlen lernen: OEE Abfüllung\\, Sudhausausbeute\\, hl/MA\\, 
 Energie kWh/hl. Fallstudie Kapazitätsplanung üben\\, Präsentation 15 Min 
 proben. Anzug bügeln!
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="interview-prep-block-names-employer",
        hiring=False,
    ),
]
