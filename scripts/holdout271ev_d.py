# ruff: noqa: E501, W291, W293, RUF100
"""holdout271: negatives with the user on the hiring or assessing side (apprentices, drivers, pallbearers, exams)."""

from holdout271ev_zones import VIENNA_APPLE, VIENNA_LIC, W_EUROPE

EVENTS = [
    dict(
        kind="outlook-organizer-apprentice",
        uid="040000008200E00074C5B7101A82E008000000009B14E2C7000000000000000010000000D3A1E7C04B59F2A8816C3E07B9D4F510",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-organizer-apprentice",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lukas.hofer2008@gmail.com:mailto:lukas.hofer2008@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Moser, Stefan":mailto:s.moser@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Lieber Lukas\,\n\ndanke für deine Bewerbung um die Leh
 rstelle als Bestatter/in (Beginn September 2025). Wir laden dich zu einem V
 orstellungsgespräch ein – gerne mit einem Elternteil. Dabei sind ich und un
 ser Lehrlingsausbildner Stefan Moser.\n\nBitte bring dein letztes Zeugnis m
 it.\n\nLiebe Grüße\nElisabeth Pröll\nBestattung Wienerwald GmbH\nHütteldorf
 er Straße 212\, 1140 Wien\nTel. +43 1 914 27 63\n
UID:040000008200E00074C5B7101A82E008000000009B14E2C7000000000000000010000000D3A1E7C04B59F2A8816C3E07B9D4F510
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Lehrstelle Bestatter/in – Lukas Hofer
DTSTART;TZID=W. Europe Standard Time:20250211T150000
DTEND;TZID=W. Europe Standard Time:20250211T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T101722Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Bestattung Wienerwald\, Besprechungszimmer EG
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120511308
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed-apprentice-trial",
        uid="D4BF7F14-E235-43DF-9FD0-64B6799058F2",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-apprentice-trial-day-hand-typed",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250212T161101Z
DTEND;TZID=Europe/Vienna:20250219T150000
DTSTAMP:20250212T161240Z
DTSTART;TZID=Europe/Vienna:20250219T070000
LAST-MODIFIED:20250212T161240Z
DESCRIPTION:Kevin M. (Bewerber Lehrstelle) – Probetag bei uns. Stefan nimmt 
 ihn zur Überführung mit\, nachm. Aufbahrung vorbereiten. Bewertungsbogen am 
 Abend ausfüllen! Schuhgröße f. Sicherheitsschuhe fragen
SEQUENCE:0
SUMMARY:Probetag Lehrling Kevin M. – 7:00 Fahrzeughalle
TRANSP:OPAQUE
UID:D4BF7F14-E235-43DF-9FD0-64B6799058F2
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT30M
UID:BBD86B5E-BB1B-4486-9E65-007D2F3B596D
X-WR-ALARMUID:BBD86B5E-BB1B-4486-9E65-007D2F3B596D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prescreen-ats-host-notice",
        uid="prescreen-int-3318820-e.proell@bestattung-wienerwald.prescreen.example.io",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-ats-host-driver",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen//Interview//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:prescreen-int-3318820-e.proell@bestattung-wienerwald.prescreen.example.io
DTSTAMP:20250306T122015Z
DTSTART:20250313T120000Z
DTEND:20250313T123000Z
SUMMARY:Interview mit Bewerber: Marko Ilić – Überführungsfahrer (m/w/d)
ORGANIZER;CN=prescreen:mailto:noreply@prescreen.example.io
ATTENDEE;CN=Elisabeth Pröll;ROLE=CHAIR;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;CN=Marko Ilić;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marko.ilic.wien@gmail.com
LOCATION:Bestattung Wienerwald\, Hütteldorfer Straße 212\, 1140 Wien
DESCRIPTION:Hallo Elisabeth Pröll\,\n\nfolgender Interviewtermin wurde mit ei
 nem Bewerber vereinbart:\n\nBewerber: Marko Ilić\nStelle: Überführungsfahre
 r (m/w/d) – Vollzeit\nTermin: Do\, 13.03.2025\, 13:00 – 13:30\nInterviewer: 
 Elisabeth Pröll\n\nBewerberprofil öffnen: https://app.prescreen.example.io/
 applications/3318820\n\nBitte tragen Sie nach dem Interview Ihre Bewertung 
 ein.\n\nIhr prescreen Team
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly-host-notification",
        uid="GQLX4WBZ2PJTN7HA@calendly.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calendly-host",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:GQLX4WBZ2PJTN7HA@calendly.com
DTSTAMP:20250307T183015Z
DTSTART:20250314T100000Z
DTEND:20250314T102000Z
SUMMARY:Dragan Petrović und Elisabeth Pröll: Bewerbungsgespräch Fahrer*in (20 Min.)
ORGANIZER;CN=Elisabeth Pröll:mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;CN=Dragan Petrović;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dragan.petrovic88@gmail.com
ATTENDEE;CN=Elisabeth Pröll;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:e.proell@bestattung-wienerwald.example.at
LOCATION:Bestattung Wienerwald\, Hütteldorfer Straße 212\, 1140 Wien
DESCRIPTION:Ein neues Event wurde geplant.\n\nEventtyp: Bewerbungsgespräch Fa
 hrer*in (20 Min.)\nEingeladene Person: Dragan Petrović\nE-Mail der eingelad
 enen Person: dragan.petrovic88@gmail.com\nTelefon: +43 660 771 20 49\n\nFrag
 en:\nFührerschein B seit?\n2009\, C1 seit 2016\nWann könnten Sie beginnen?
 \nab 1. April\n\nBereitgestellt von Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="method-reply-candidate-accepted",
        uid="040000008200E00074C5B7101A82E00800000000A71C0F3E000000000000000010000000582E6D1B3CA947F0B0E4D7C2965A18E3",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250211T150000Z
DTEND:20250211T154500Z
DTSTAMP:20250204T172210Z
ORGANIZER;CN=Pröll Elisabeth:mailto:e.proell@bestattung-wienerwald.example.at
UID:040000008200E00074C5B7101A82E00800000000A71C0F3E000000000000000010000000582E6D1B3CA947F0B0E4D7C2965A18E3
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah K
 ainz;X-NUM-GUESTS=0:mailto:sarah.kainz09@gmail.com
CREATED:20250203T101901Z
DESCRIPTION:
LAST-MODIFIED:20250204T172210Z
LOCATION:Bestattung Wienerwald\, Besprechungszimmer EG
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Angenommen: Vorstellungsgespräch Lehrstelle Bestatter/in – Sarah Kainz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-presents-candidate",
        uid="040000008200E00074C5B7101A82E00800000000F02B8D55000000000000000010000000E19C4A2F37D05B6A82E1C9F0437B6D2A",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-agency-presents-candidate",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Novotny, Julia (Jobwerk)":mailto:j.novotny@jobwerk-personal.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Zach, Herbert":mailto:h.zach@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nwie besprochen stell
 e ich Ihnen für die Position Bestattungsassistenz (Teilzeit 30 h) unseren K
 andidaten Herrn Michael Weiss persönlich vor. Sein Profil (anonymisiert) ha
 ben Sie bereits erhalten. Herr Weiss war 8 Jahre in der Pflege tätig und ha
 t sich bewusst für das Bestattungswesen entschieden.\n\nIch komme mit ihm z
 u Ihnen ins Büro. Im Anschluss an das Gespräch hätte ich gerne 10 Minuten m
 it Ihnen allein für Ihr Feedback.\n\nBeste Grüße\nJulia Novotny\nJobwerk Pe
 rsonalservice GmbH\n
UID:040000008200E00074C5B7101A82E00800000000F02B8D55000000000000000010000000E19C4A2F37D05B6A82E1C9F0437B6D2A
SUMMARY;LANGUAGE=de-AT:Kandidatenvorstellung Bestattungsassistenz – Hr. Michael Weiss
DTSTART;TZID=W. Europe Standard Time:20250226T140000
DTEND;TZID=W. Europe Standard Time:20250226T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T090510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Bestattung Wienerwald\, Hütteldorfer Straße 212\, 1140 Wien
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-self-block-interview-kit",
        uid="040000008200E00074C5B7101A82E008000000003C7A9F12000000000000000010000000B7E20D4A91C3F5687D2E0A1B4C9F3E58",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-interview-kit-prep",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=de-AT:Interviewleitfaden Lehrlingsauswahl überarbeiten (Fr
 agen zu Belastbarkeit\, Umgang mit Trauernden\, Führerschein-Plan)\, Bewert
 ungsbogen 1–5 für Stefan und mich\, Probetag-Checkliste. Lukas H. + Sarah K
 . am 11.2.\n
UID:040000008200E00074C5B7101A82E008000000003C7A9F12000000000000000010000000B7E20D4A91C3F5687D2E0A1B4C9F3E58
SUMMARY;LANGUAGE=de-AT:Interviewleitfaden + Bewertungsbogen Lehrlinge vorbereiten
DTSTART;TZID=W. Europe Standard Time:20250210T130000
DTEND;TZID=W. Europe Standard Time:20250210T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250205T081204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Büro
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-hiring-debrief",
        uid="040000008200E00074C5B7101A82E00800000000D5E8A041000000000000000010000000F4C1B6E23A7D09584E1F2C3B8A6D7E90",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-debrief-decision",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Zach, Herbert":mailto:h.zach@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Haas, Petra":mailto:p.haas@bestattung-wienerwald.example.at
DESCRIPTION;LANGUAGE=de-AT:Nachbesprechung der Bewerbungsgespräche Überführungs
 fahrer (Ilić\, Petrović\, Ionescu) – Bewertungsbögen mitbringen\, Entscheid
 ung + Absagen. Petra bereitet Dienstvertrag vor.\n
UID:040000008200E00074C5B7101A82E00800000000D5E8A041000000000000000010000000F4C1B6E23A7D09584E1F2C3B8A6D7E90
SUMMARY;LANGUAGE=de-AT:Nachbesprechung Bewerbungsrunde Fahrer – Entscheidung
DTSTART;TZID=W. Europe Standard Time:20250318T083000
DTEND;TZID=W. Europe Standard Time:20250318T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T133355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Büro GF
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-recurring-override",
        uid="uklr6o0igb2cvths4jbj29eg9a@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-recurring-schnuppertag-override",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Elisabeth privat
X-WR-TIMEZONE:Europe/Vienna
{VIENNA_LIC}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250306T080000
DTEND;TZID=Europe/Vienna:20250306T120000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TH
DTSTAMP:20250410T061500Z
UID:uklr6o0igb2cvths4jbj29eg9a@google.com
CREATED:20250220T174500Z
DESCRIPTION:Schnupperlehre Poly 14. Bezirk: je 1 Schüler*in pro Termin. Rund
 gang\, Gespräch\, kleine Aufgabe (Blumenschmuck/Sarg ausstatten). Beobachtu
 ngsbogen ausfüllen → ggf. Einladung zum Vorstellungsgespräch Lehrstelle.
LAST-MODIFIED:20250301T090300Z
LOCATION:Bestattung Wienerwald
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Schnuppertag Bestatter-Lehre (Poly)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250321T080000
DTEND;TZID=Europe/Vienna:20250321T120000
DTSTAMP:20250410T061500Z
UID:uklr6o0igb2cvths4jbj29eg9a@google.com
RECURRENCE-ID;TZID=Europe/Vienna:20250320T080000
CREATED:20250220T174500Z
DESCRIPTION:verschoben auf Freitag (Do. bin ich nicht da). Sc
 hülerin: Aylin D.
LAST-MODIFIED:20250317T190100Z
LOCATION:Bestattung Wienerwald
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Schnuppertag Bestatter-Lehre (Poly) – Aylin D.
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-lap-examiner",
        uid="040000008200E00074C5B7101A82E00800000000617D3B9A0000000000000000100000002E9F4C1D7B0A85E36F2D1C4B9A8E7D05",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-lap-examiner",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Lehrlingsstelle Wien – Prüfungsservice:mailto:lap-pruefung@lehrlingsstelle-wien.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pröll, Elisabeth, Mag.":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Weinberger, Otto (Vorsitz)":mailto:o.weinberger@bestattung-weinberger.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nvielen Dank\, dass 
 Sie als Beisitzerin (Arbeitgeberseite) in der Prüfungskommission für die Le
 hrabschlussprüfung Bestatter/in mitwirken.\n\nPrüfungstag: 4 Kandidat*inne
 n\, praktische Prüfung (Versorgung\, Aufbahrung\, Beratungsgespräch-Simulat
 ion mit Schauspielerin) und Fachgespräch.\nVorsitz: Otto Weinberger\n\nPrüf
 ungsprotokolle liegen auf.\n\nMit freundlichen Grüßen\nPrüfungsservice der 
 Lehrlingsstelle\n
UID:040000008200E00074C5B7101A82E00800000000617D3B9A0000000000000000100000002E9F4C1D7B0A85E36F2D1C4B9A8E7D05
SUMMARY;LANGUAGE=de-AT:LAP Bestatter/in – Prüfungskommission (Beisitz Mag. Pröll)
DTSTART;TZID=W. Europe Standard Time:20250602T080000
DTEND;TZID=W. Europe Standard Time:20250602T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Berufsschule\, Prüfungsraum 1.14
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apple-allday-master-exam-board",
        uid="B5B93960-1F24-4113-8155-19614611C897",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-befaehigungspruefung-allday",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.7.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250403T184400Z
DTEND;VALUE=DATE:20250523
DTSTAMP:20250403T184512Z
DTSTART;VALUE=DATE:20250522
LAST-MODIFIED:20250403T184512Z
LOCATION:Prüfungsstelle\, 1040 Wien
DESCRIPTION:Befähigungsprüfung Bestatter – mündlicher Teil + Fachgespräch. I
 ch bin Prüferin (Modul 2: Kundenberatung & Trauerpsychologie). 6 Kandidaten
 . Urlaubstag!
SEQUENCE:0
SUMMARY:Befähigungsprüfung – ich Prüferin
TRANSP:TRANSPARENT
UID:B5B93960-1F24-4113-8155-19614611C897
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-eulogist-audition",
        uid="040000008200E00074C5B7101A82E0080000000084F1D3C200000000000000001000000059A0E7B1C42D38F6E9B1A0D2C7F4E831",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-trauerredner-audition",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Zach, Herbert":mailto:h.zach@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Karin Lindqvist:mailto:karin.lindqvist@trauerrede-lindqvist.example.at
DESCRIPTION;LANGUAGE=de-AT:Probe-Trauerrede: Fr. Lindqvist bewirbt sich als fre
 ie Trauerrednerin für unsere Verabschiedungen. Sie hält eine 10-minütige Mu
 sterrede (fiktiver Verstorbener\, Unterlagen hat sie)\, danach Gespräch übe
 r Honorar\, Verfügbarkeit Wochenende\, konfessionelle Feiern. Herbert und i
 ch bewerten mit dem Bogen.\n
UID:040000008200E00074C5B7101A82E0080000000084F1D3C200000000000000001000000059A0E7B1C42D38F6E9B1A0D2C7F4E831
SUMMARY;LANGUAGE=de-AT:Probe-Trauerrede Bewerberin Fr. Lindqvist
DTSTART;TZID=W. Europe Standard Time:20250402T100000
DTEND;TZID=W. Europe Standard Time:20250402T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250326T112233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Verabschiedungsraum 1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-daily-ams-trial",
        uid="6413d836-e516-406f-a128-e5ef7720d60f",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-ams-arbeitserprobung-daily",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{VIENNA_LIC}
BEGIN:VEVENT
CREATED:20250401T093000Z
LAST-MODIFIED:20250401T093412Z
DTSTAMP:20250401T093412Z
UID:6413d836-e516-406f-a128-e5ef7720d60f
SUMMARY:AMS Arbeitserprobung Hr. Yilmaz – Fahrdienst
RRULE:FREQ=DAILY;COUNT=3
DTSTART;TZID=Europe/Vienna:20250407T073000
DTEND;TZID=Europe/Vienna:20250407T153000
DESCRIPTION:Arbeitserprobung (AMS\, 3 Tage) für Hrn. Emre Yilmaz\, Bewerber 
 Fahrdienst/Überführung. Mitfahren mit Gerhard. Am Mi Abschlussgespräch mit 
 mir + Beurteilung ans AMS schicken.
LOCATION:Fahrzeughalle
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prescreen-scorecard-reminder",
        uid="prescreen-reminder-rating-3320174@bestattung-wienerwald.prescreen.example.io",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-scorecard-reminder",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen//Interview//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:prescreen-reminder-rating-3320174@bestattung-wienerwald.prescreen.example.io
DTSTAMP:20250226T120102Z
DTSTART:20250227T080000Z
DTEND:20250227T081500Z
SUMMARY:Erinnerung: Bewertung für Jana Horak (Büroassistenz TZ) abgeben
ORGANIZER;CN=prescreen:mailto:noreply@prescreen.example.io
ATTENDEE;CN=Elisabeth Pröll;ROLE=REQ-PARTICIPANT:mailto:e.proell@bestattung-wienerwald.example.at
DESCRIPTION:Sie haben am 26.02.2025 ein Interview mit Jana Horak (Büroassiste
 nz Teilzeit\, 25 h) geführt. Bitte geben Sie Ihre Bewertung (Scorecard) ab\, 
 damit Petra Haas den nächsten Schritt planen kann.\n\nJetzt bewerten: https:
 //app.prescreen.example.io/applications/3320174/rating
STATUS:CONFIRMED
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-panel-member",
        uid="040000008200E00074C5B7101A82E00800000000B2E06F4D00000000000000001000000073D5A9E0C18B4F2E6A0D3B1C9E5F7A24",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-panel-member-teams",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Haas, Petra":mailto:p.haas@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jana.horak@outlook.com:mailto:jana.horak@outlook.com
DESCRIPTION;LANGUAGE=de-AT:Bewerbungsgespräch Büroassistenz Teilzeit (25 h) mit
  Fr. Jana Horak\nPanel: Elisabeth Pröll (Fachbereich)\, Petra Haas (Personal
 )\nLebenslauf im prescreen. Bitte danach gleich bewerten.\n\n______________
 __________________________________________________________________\nMicroso
 ft Teams-Besprechung\nHier klicken\, um an der Besprechung teilzunehmen<htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_ODk1ZjQ4YTAtMWQyNi00Yz
 Y1LWEwNjMtNTdhNmMxZTI5YjQx%40thread.v2/0>\nBesprechungs-ID: 392 006 118 5
 40\nPasscode: Rk7tZ3\n____________________________________________________
 ____________________________\n
UID:040000008200E00074C5B7101A82E00800000000B2E06F4D00000000000000001000000073D5A9E0C18B4F2E6A0D3B1C9E5F7A24
SUMMARY;LANGUAGE=de-AT:Bewerbungsgespräch Büroassistenz TZ – Fr. Horak (Panel Pröll/Haas)
DTSTART;TZID=W. Europe Standard Time:20250226T100000
DTEND;TZID=W. Europe Standard Time:20250226T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T142200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-pallbearer-interviews",
        uid="ibuu1m2bmshhnnjbs37arvi88u@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-pallbearer-back-to-back",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Elisabeth privat
X-WR-TIMEZONE:Europe/Vienna
{VIENNA_LIC}
BEGIN:VEVENT
DTSTART;TZID=Europe/Vienna:20250410T140000
DTEND;TZID=Europe/Vienna:20250410T153000
DTSTAMP:20250410T061500Z
UID:ibuu1m2bmshhnnjbs37arvi88u@google.com
CREATED:20250403T120000Z
DESCRIPTION:3 Bewerber Sargträger (geringfügig\, Abruf): 14:00 Hr. Bauer\, 14
 :30 Hr. Sommer\, 15:00 Hr. Kovač. Anzug-Größen notieren\, Rücken/Heben frag
 en.
LAST-MODIFIED:20250403T120000Z
LOCATION:Bestattung Wienerwald
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VG Sargträger geringf. – 3 Bewerber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-volunteer-intake",
        uid="E6E7E427-BFA7-481D-A1FE-FC6D16AEDFA5",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-volunteer-selection",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250306T201500Z
DTEND;TZID=Europe/Vienna:20250313T183000
DTSTAMP:20250306T201622Z
DTSTART;TZID=Europe/Vienna:20250313T173000
LAST-MODIFIED:20250306T201622Z
LOCATION:Trauercafé\, Pfarrsaal Hütteldorf
DESCRIPTION:Erstgespräch mit Fr. Wieland – möchte ehrenamtlich im Trauercafé 
 mitarbeiten. Motivation\, eigene Verlusterfahrung\, Verschwiegenheit klären\,
  Schulungstermine. Entscheidung mit Pfarrer H.
SEQUENCE:0
SUMMARY:Erstgespräch neue Ehrenamtliche Trauercafé (Fr. Wieland)
TRANSP:OPAQUE
UID:E6E7E427-BFA7-481D-A1FE-FC6D16AEDFA5
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-french-intern-host",
        uid="cbao5p9d8l7kkescv2fpphqg3m@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-erasmus-intern-french",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250325T130000Z
DTEND:20250325T133000Z
DTSTAMP:20250317T091500Z
ORGANIZER;CN=Relations internationales CFA:mailto:ri@cfa-metiers-lyon.example.fr
UID:cbao5p9d8l7kkescv2fpphqg3m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Elisabeth Pröll;X-NUM-GUESTS=0:mailto:e.proell@bestattung-wienerwal
 d.example.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Léa Martin;X-NUM-GUESTS=0:mailto:lea.martin.thanato@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/sfo-mxqe-bvr
CREATED:20250317T091449Z
DESCRIPTION:Bonjour Madame Pröll\,\n\ncomme convenu\, voici l'entretien visio 
 avec notre apprentie Léa Martin (BTS thanatopraxie\, 2e année)\, candidate 
 pour un stage Erasmus+ de 4 semaines dans votre entreprise de pompes funèb
 res à Vienne. C'est à vous de décider si vous l'accueillez.\n\nCordialement
 \,\nService des relations internationales\nCFA des Métiers de Lyon\n\nInvita
 tion from Google Calendar: https://calendar.google.com/calendar/
LAST-MODIFIED:20250317T091449Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien visio – stagiaire Erasmus+ Léa Martin (thanatopraxie)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-english-applicant",
        uid="040000008200E00074C5B7101A82E00800000000C9D48B1700000000000000001000000015F3E8A2D60B4C97A1E5D0F2B3C8A964",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-english-applicant",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pröll, Elisabeth":mailto:e.proell@bestattung-wienerwald.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrei Ionescu:mailto:andrei.ionescu.drv@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Dear Mr Ionescu\,\n\nthank you for your application 
 as a funeral driver (Überführungsfahrer). I would like to invite you to an 
 interview at our funeral home. We can speak English\; some German will be 
 needed for the job.\n\nPlease bring your driving licence (C1) and your Mel
 dezettel.\n\nKind regards\nElisabeth Pröll\nBestattung Wienerwald\n
UID:040000008200E00074C5B7101A82E00800000000C9D48B1700000000000000001000000015F3E8A2D60B4C97A1E5D0F2B3C8A964
SUMMARY;LANGUAGE=en-US:Interview – funeral driver applicant Mr Andrei Ionescu
DTSTART;TZID=W. Europe Standard Time:20250312T110000
DTEND;TZID=W. Europe Standard Time:20250312T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T150133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Bestattung Wienerwald\, Hütteldorfer Straße 212\, 1140 Wien
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-allday-intern-selection",
        uid="040000008200E00074C5B7101A82E0080000000019A7E5C3000000000000000010000000A4D2F0B7E91C36584B7E2A0D9C1F5B83",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-allday-ferialpraxis",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
DESCRIPTION;LANGUAGE=de-AT:Bewerbungstag Ferialpraxis Juli/August: 4 Schüler*in
 nen (HAK/HLW)\, je 30 Min. Gespräch + kurzer Rundgang. Mit Petra. Liste im 
 Ordner Personal/Ferialpraxis 2025.\n
UID:040000008200E00074C5B7101A82E0080000000019A7E5C3000000000000000010000000A4D2F0B7E91C36584B7E2A0D9C1F5B83
SUMMARY;LANGUAGE=de-AT:Bewerbungstag Ferialpraxis (4 Gespräche)
DTSTART;VALUE=DATE:20250515
DTEND;VALUE=DATE:20250516
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T133300Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Bestattung Wienerwald
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
]
