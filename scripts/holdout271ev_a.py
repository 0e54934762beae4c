# ruff: noqa: E501, W291, W293, RUF100
"""holdout271: the user's interviews with the four employers she wants most (WFB, Lebenslicht, ÖBA, Pietas)."""

from holdout271ev_zones import UTC01_WIEN, VIENNA_APPLE, W_EUROPE

FORMS = {
    "Wiener Friedhofsbetriebe": "Wiener Friedhofsbetriebe GmbH|WFB|Friedhofsbetriebe",
    "Hospiz Lebenslicht": "Lebenslicht|Hospizverein Lebenslicht|Verein Hospiz Lebenslicht",
    "Österreichische Bestattungsakademie": "Bestattungsakademie|ÖBA|Bestattungsakademie Österreich",
    "Pietas Bestattungsgruppe": "Pietas|Pietas Gruppe|Pietas Bestattungsgruppe GmbH",
}

EVENTS = [
    dict(
        kind="outlook-agency-phone-screen",
        uid="040000008200E00074C5B7101A82E0080000000066E617EA00000000000000001000000005006978724DD99B7C08B32AF79F9A9E",
        is_interview=1,
        company="Wiener Friedhofsbetriebe",
        role="Betriebsleiter*in",
        stage="recruiter_screen",
        interviewers="d.strasser@hofbauer-partner.example.at",
        trap="personalberater-names-client-phone-screen",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Strasser, Doris":mailto:d.strasser@hofbauer-partner.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nwie heute telefonisc
 h vereinbart\, bestätige ich Ihnen gerne den Termin für unser vertrauliche
 s Telefoninterview zur Position\n\nBetriebsleiter*in (w/m/d)\nbei unserer 
 Klientin\, der Wiener Friedhofsbetriebe GmbH\n\nIch rufe Sie zum vereinbar
 ten Zeitpunkt unter +43 664 318 27 09 an. Das Gespräch dauert ca. 45 Minut
 en. Wir gehen gemeinsam Ihre Führungserfahrung im Bestattungswesen\, Ihre 
 Gehaltsvorstellung und Ihre Kündigungsfrist durch.\n\nMit freundlichen Grü
 ßen\n\nMag. Doris Strasser\nSenior Consultant\n\nHofbauer & Partner Person
 alberatung GmbH\nSchottenring 30/4\, 1010 Wien\nT +43 1 532 77 41-12\nwww.
 hofbauer-partner.example.at\n\n
UID:040000008200E00074C5B7101A82E0080000000066E617EA00000000000000001000000005006978724DD99B7C08B32AF79F9A9E
SUMMARY;LANGUAGE=de-AT:Telefoninterview Betriebsleiter*in – Wiener Friedhofsbetriebe GmbH (Hofbauer & Partner)
DTSTART;TZID=W. Europe Standard Time:20250114T163000
DTEND;TZID=W. Europe Standard Time:20250114T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250110T134512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Telefon (Fr. Strasser ruft an)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1297465538
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
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
        kind="outlook-assessment-center",
        uid="040000008200E00074C5B7101A82E00800000000DF41660B0000000000000000100000001F0EA2FDBFE13D5D2EE2066FB11B8B49",
        is_interview=1,
        company="Wiener Friedhofsbetriebe",
        role="Betriebsleiter*in",
        stage="onsite",
        interviewers="d.strasser@hofbauer-partner.example.at;i.fuchs@hofbauer-partner.example.at;t.auer@wfb-friedhoefe.example.at",
        trap="assessment-center-rollenspiel-trauergespraech",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Strasser, Doris":mailto:d.strasser@hofbauer-partner.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fuchs, Ilse":mailto:i.fuchs@hofbauer-partner.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Auer, Thomas (WFB)":mailto:t.auer@wfb-friedhoefe.example.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=HP Seminarraum 2:mailto:seminarraum2@hofbauer-partner.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nwir freuen uns\, Ih
 nen mitteilen zu dürfen\, dass Sie für die Position Betriebsleiter*in der 
 Wiener Friedhofsbetriebe GmbH in die engere Auswahl gekommen sind. Wir lad
 en Sie herzlich zum eintägigen Assessment Center ein.\n\nAblauf:\n08:30 Be
 grüßung\n09:00 Präsentation Fallstudie „Zusammenlegung zweier Friedhofsve
 rwaltungen“ (Vorbereitung 45 Min.\, Präsentation 15 Min.)\n10:30 Postkorbü
 bung\n12:00 Mittagessen\n13:00 Rollenspiel: Trauergespräch mit Beschwerde 
 einer Angehörigen (Grabstellenvergabe)\n14:00 Rollenspiel: Mitarbeitergesp
 räch Friedhofsarbeiter\n15:00 Strukturiertes Interview\n\nBeobachter*innen
 : Dr. Ilse Fuchs (Eignungsdiagnostik\, Hofbauer & Partner)\, Mag. Thomas A
 uer (Bereichsleitung Friedhofsbetrieb\, WFB)\, Mag. Doris Strasser (Modera
 tion)\n\nBitte bringen Sie einen Lichtbildausweis mit.\n\nMit freundlichen
  Grüßen\nDoris Strasser\n
UID:040000008200E00074C5B7101A82E00800000000DF41660B0000000000000000100000001F0EA2FDBFE13D5D2EE2066FB11B8B49
SUMMARY;LANGUAGE=de-AT:Assessment Center Betriebsleiter*in WFB – Mag. Elisabeth Pröll
DTSTART;TZID=W. Europe Standard Time:20250129T083000
DTEND;TZID=W. Europe Standard Time:20250129T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250121T081207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Hofbauer & Partner\, Schottenring 30/4\, 1010 Wien – HP Seminarraum 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118836301
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT1H
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="exchange-hearing-sent-by",
        uid="040000008200E00074C5B7101A82E0080000000087777A5600000000000000001000000079EB84B659311FAD05524F3D68C145C7",
        is_interview=1,
        company="Wiener Friedhofsbetriebe",
        role="Betriebsleiter*in",
        stage="final",
        interviewers="w.reiter@wfb-friedhoefe.example.at;m.kerschbaum@wfb-friedhoefe.example.at;f.hainzl@wfb-friedhoefe.example.at",
        trap="public-sector-hearing-sent-by-room",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Kerschbaum, Monika";SENT-BY="mailto:assistenz.personal@wfb-friedhoefe.example.at":mailto:m.kerschbaum@wfb-friedhoefe.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pröll, Elisabeth":mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Reiter, Wolfgang, DI":mailto:w.reiter@wfb-friedhoefe.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hainzl, Franz (Betriebsrat)":mailto:f.hainzl@wfb-friedhoefe.example.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=WFB Sitzungssaal 1.OG (14 P.):mailto:sitzungssaal.1og@wfb-friedhoefe.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nim Namen der Auswahl
 kommission laden wir Sie zum Hearing für die Funktion Betriebsleiter*in ei
 n.\n\nIhre Präsentation (max. 10 Minuten\, ohne Beamer): „Der Friedhof 20
 35 – Betrieb\, Personal\, Wirtschaftlichkeit“.\nAnschließend Fragen der Ko
 mmission (ca. 50 Minuten).\n\nKommission: DI Wolfgang Reiter (Geschäftsfüh
 rer)\, Mag. Monika Kerschbaum (Leitung Personal)\, Franz Hainzl (Vorsitzen
 der des Betriebsrats)\n\nAnmeldung bitte beim Portier\, Verwaltungsgebäude
  Tor 2.\n\nMit freundlichen Grüßen\ni.A. Sabine Mraz\nAssistenz Personal\n
 Wiener Friedhofsbetriebe GmbH\n
UID:040000008200E00074C5B7101A82E0080000000087777A5600000000000000001000000079EB84B659311FAD05524F3D68C145C7
SUMMARY;LANGUAGE=de-AT:Hearing Betriebsleitung – Fr. Mag. Pröll
DTSTART;TZID=W. Europe Standard Time:20250218T140000
DTEND;TZID=W. Europe Standard Time:20250218T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250205T100944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:WFB Sitzungssaal 1.OG (14 P.)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-688172035
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:TRUE
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
        kind="google-invite-charity",
        uid="umlbnu64q6q7mr5kj9u3uh29p5@google.com",
        is_interview=1,
        company="Hospiz Lebenslicht",
        role="Hospizkoordinatorin",
        stage="hiring_manager",
        interviewers="b.schwarz@hospiz-lebenslicht.example.at;margit.eder.hospiz@gmail.com",
        trap="charity-gespraech-freemail-board-member",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250123T160000Z
DTEND:20250123T170000Z
DTSTAMP:20250116T191422Z
ORGANIZER;CN=Brigitte Schwarz:mailto:b.schwarz@hospiz-lebenslicht.example.at
UID:umlbnu64q6q7mr5kj9u3uh29p5@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Brigitte Schwarz;X-NUM-GUESTS=0:mailto:b.schwarz@hospiz-lebenslicht.exa
 mple.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elisabeth.proell@gmx.at;X-NUM-GUESTS=0:mailto:elisabeth.proell@gmx.
 at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Margit Eder;X-NUM-GUESTS=0:mailto:margit.eder.hospiz@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1559340117
CREATED:20250116T191421Z
DESCRIPTION:Liebe Frau Pröll\,<br><br>herzlichen Dank für Ihre Bewerbung als 
 Hospizkoordinatorin (30 Wochenstunden). Wie telefonisch besprochen\, laden 
 wir Sie zu einem persönlichen Bewerbungsgespräch ein. Seitens des Vereins 
 sind unsere Obfrau Dr. Margit Eder und ich dabei.<br><br>Wir sind im 2. Sto
 ck\, bitte bei „Hospiz Lebenslicht – Büro“ läuten.<br><br>Herzliche Grüße
 <br>Brigitte Schwarz<br>Koordinationsleitung\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nB
 itte bearbeiten Sie diesen Abschnitt der Beschreibung nicht.\n\nEinladung v
 on Google Kalender: https://calendar.google.com/calendar/\n\nSie erhalten d
 iese E-Mail\, weil Sie Gast bei diesem Termin sind. Wenn Sie keine Updates 
 mehr zu diesem Termin erhalten möchten\, lehnen Sie ihn ab. Sie können sich
  auch für ein Google-Konto unter https://calendar.google.com/calendar/ regi
 strieren und Ihre Benachrichtigungseinstellungen für den gesamten Kalender 
 festlegen.\n\nWenn Sie diese Einladung weiterleiten\, kann jeder Empfänger 
 dem Organisator eine Antwort senden\, mit Ihrer Einladung in die Gästeliste
  aufgenommen werden und andere zur Teilnahme einladen. Weitere Informatione
 n: https://support.google.com/calendar/answer/37135#forwarding\n-::~:~::~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~::~:~::-
LAST-MODIFIED:20250116T191421Z
LOCATION:Hospiz Lebenslicht\, Gentzgasse 58\, 1180 Wien
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bewerbungsgespräch Hospizkoordination – E. Pröll
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ios-hand-typed-hospitation",
        uid="767BB293-3D71-4B19-A123-57077D64AF5D",
        is_interview=1,
        company="Hospiz Lebenslicht",
        role="",
        stage="onsite",
        interviewers="B. Schwarz",
        trap="hospitation-trial-day-hand-typed",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
{VIENNA_APPLE}
BEGIN:VEVENT
CREATED:20250124T064511Z
DTEND;TZID=Europe/Vienna:20250207T150000
DTSTAMP:20250124T064633Z
DTSTART;TZID=Europe/Vienna:20250207T090000
LAST-MODIFIED:20250124T064633Z
LOCATION:Hospiz Lebenslicht\nGentzgasse 58\, 1180 Wien\, Österreich
DESCRIPTION:2. Runde (1. Gespräch 23. Jänner)! Hospitation im Team\, mitlaufen bei Fallbesprechung + 
 Ehrenamtlichen-Supervision am Nachmittag. B. Schwarz holt mich beim Empfang
  ab. Bequeme Schuhe\, Jause mitnehmen. Urlaubstag bei Zach eintragen!!
SEQUENCE:0
SUMMARY:Hospitation Lebenslicht (Auswahlverfahren)
TRANSP:OPAQUE
UID:767BB293-3D71-4B19-A123-57077D64AF5D
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="Gentzgasse 58\\n1180 Wien\\nÖsterreich";X-APPLE-RADIUS=70.6;X-TITLE=Hospiz Lebenslicht:geo:48.226511,16.335204
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT1H
UID:4D151736-B559-4A2A-B5A9-74C542A14865
X-WR-ALARMUID:4D151736-B559-4A2A-B5A9-74C542A14865
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-invite-no-vtimezone",
        uid="040000008200E00074C5B7101A82E00800000000D8AFF75F00000000000000001000000021A88EB0ABBB6F53B3F85F6DD9593B8E",
        is_interview=1,
        company="Österreichische Bestattungsakademie",
        role="Trainer*in für Bestattungskunde und Trauerpsychologie",
        stage="hiring_manager",
        interviewers="a.leitner@bestattungsakademie.example.at",
        trap="windows-zone-without-vtimezone-teams",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Leitner, Andreas (ÖBA)":mailto:a.leitner@bestattungsakademie.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elisabeth Pröll:mailto:elisabeth.proell@gmx.at
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Mag. Pröll\,\n\ndanke für Ihre Bewer
 bung als Trainer*in für Bestattungskunde und Trauerpsychologie. Ich würde 
 Sie gerne in einem ersten Gespräch (ca. 45 Min.) näher kennenlernen – vor 
 allem Ihre Erfahrung in der Lehrlingsausbildung interessiert mich.\n\nBeste
  Grüße\nAndreas Leitner\nAkademieleitung\n\n______________________________
 __________________________________________________\nMicrosoft Teams-Bespre
 chung\nNehmen Sie auf dem Computer\, in der mobilen App oder im Raum-Gerät 
 teil\nHier klicken\, um an der Besprechung teilzunehmen<https://teams.micro
 soft.com/l/meetup-join/19%3ameeting_NjE2ZTQ0ZDctYjM4Ny00ZGMzLWE4ZDEtN2Y5Yz
 A1MmQ4ZjI2%40thread.v2/0?context=%7b%22Tid%22%3a%225c1f0d2a-6b7e-4f0e-9d1a
 -2b8c7e4a9f13%22%2c%22Oid%22%3a%22a9e3b1c4-77d2-4e8f-8a0b-3f6c2d1e5b70%22%7
 d>\nBesprechungs-ID: 374 118 902 551\nPasscode: Vq9Wc3\nTeams herunterlade
 n<https://www.microsoft.com/de-de/microsoft-teams/download-app> | Im Web be
 itreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nWeitere 
 Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<http
 s://teams.microsoft.com/meetingOptions/>\n________________________________
 ________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D8AFF75F00000000000000001000000021A88EB0ABBB6F53B3F85F6DD9593B8E
SUMMARY;LANGUAGE=de-DE:Gespräch Bewerbung Trainer*in Bestattungskunde
DTSTART;TZID=W. Europe Standard Time:20250113T100000
DTEND;TZID=W. Europe Standard Time:20250113T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T152230Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2120449187
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:a.leitner@bestattungsakademie.example.at\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_NjE2ZTQ0ZDctYjM4Ny00ZGMzLWE4ZDEtN2Y5YzA1MmQ4ZjI2-thread.v2!a9e3b1c477d24e8f8a0b3f6c2d1e5b70!5c1f0d2a6b7e4f0e9d1a2b8c7e4a9f13
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT
X-MICROSOFT-ISRESPONSEREQUESTED:TRUE
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
        kind="exchange-rescheduled-lehrprobe",
        uid="040000008200E00074C5B7101A82E00800000000E98563AC00000000000000001000000083F5DD38B6089A8D85561E2ED9FDA42F",
        is_interview=1,
        company="Österreichische Bestattungsakademie",
        role="Trainer*in für Bestattungskunde und Trauerpsychologie",
        stage="technical",
        interviewers="a.leitner@bestattungsakademie.example.at;j.pichler@bestattungsakademie.example.at",
        trap="rescheduled-lehrprobe-trauergespraech-topic",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Leitner, Andreas (ÖBA)":mailto:a.leitner@bestattungsakademie.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Elisabeth Pröll:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pichler, Julia":mailto:j.pichler@bestattungsakademie.example.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=ÖBA Lehrsaal 3:mailto:lehrsaal3@bestattungsakademie.example.at
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Mag. Pröll\,\n\nkrankheitsbedingt m
 üssen wir Ihre Lehrprobe leider verschieben – neuer Termin: Mittwoch\, 5. 
 Februar 2025\, 13:00 Uhr. Vielen Dank für Ihr Verständnis!\n\nZur Erinneru
 ng:\nThema: „Das erste Trauergespräch – Gesprächsführung mit Angehörigen“
 \nForm: 20 Minuten Unterricht mit Lehrlingen (2. Lehrjahr Bestatter/in)\, 
 anschließend 30 Minuten Reflexion mit Mag. Julia Pichler (Pädagogische Lei
 tung) und mir.\nFlipchart und Beamer sind vorhanden.\n\nBeste Grüße\nAndre
 as Leitner\n
UID:040000008200E00074C5B7101A82E00800000000E98563AC00000000000000001000000083F5DD38B6089A8D85561E2ED9FDA42F
SUMMARY;LANGUAGE=de-DE:Lehrprobe Trainer*in Bestattungskunde (verschoben!)
DTSTART;TZID=W. Europe Standard Time:20250205T130000
DTEND;TZID=W. Europe Standard Time:20250205T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250127T074158Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-DE:ÖBA Lehrsaal 3\, Simmeringer Hauptstraße 337\, 1110 Wien
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-OWNERAPPTID:2120449233
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
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
        kind="personio-invite-utc",
        uid="personio-interview-8814207-3ad1c0e9@pietas-gruppe.example.at",
        is_interview=1,
        company="Pietas Bestattungsgruppe",
        role="Regionalmanager*in Bestattung Süd-Ost",
        stage="recruiter_screen",
        interviewers="l.hammer@pietas-gruppe.example.at",
        trap="ats-invite-utc-first-name-greeting",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-8814207-3ad1c0e9@pietas-gruppe.example.at
DTSTAMP:20250109T143301Z
DTSTART:20250116T100000Z
DTEND:20250116T103000Z
SUMMARY:Interview: Elisabeth Pröll – Regionalmanager*in Bestattung Süd-Ost (m/w/d)
ORGANIZER;CN=Pietas Bestattungsgruppe Recruiting:mailto:jobs@pietas-gruppe.example.at
ATTENDEE;CN=Elisabeth Pröll;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:elisabeth.proell@gmx.at
ATTENDEE;CN=Lisa Hammer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:l.hammer@pietas-gruppe.example.at
LOCATION:Google Meet – https://meet.google.com/qfx-ndpa-kuw
DESCRIPTION:Hallo Elisabeth\,\n\nvielen Dank für deine Bewerbung als Regionalm
 anager*in Bestattung Süd-Ost (m/w/d) bei der Pietas Bestattungsgruppe! Im e
 rsten Schritt möchten wir dich in einem 30-minütigen Video-Call besser ken
 nenlernen.\n\nDeine Gesprächspartnerin: Lisa Hammer (Talent Acquisition)\n
 Link: https://meet.google.com/qfx-ndpa-kuw\n\nFalls du den Termin nicht wa
 hrnehmen kannst\, gib uns bitte über den Link in der E-Mail Bescheid.\n\nLi
 ebe Grüße aus Graz\ndein Pietas-Recruiting-Team\n
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-utc-offset-zone-rescheduled",
        uid="040000008200E00074C5B7101A82E008000000002DA91A590000000000000000100000006672E6B78F5E089739CF377FC864CF9E",
        is_interview=1,
        company="Pietas Bestattungsgruppe",
        role="Regionalmanager*in Bestattung Süd-Ost",
        stage="onsite",
        interviewers="b.pirker@pietas-gruppe.example.at;m.koller@pietas-gruppe.example.at",
        trap="rescheduled-utc-offset-zone-name-coordinator",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{UTC01_WIEN}
BEGIN:VEVENT
ORGANIZER;CN="Pirker, Mag. Bernhard":mailto:b.pirker@pietas-gruppe.example.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=elisabeth.proell@gmx.at:mailto:elisabeth.proell@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Koller, Ing. Martin":mailto:m.koller@pietas-gruppe.example.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hammer, Lisa":mailto:l.hammer@pietas-gruppe.example.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Mag. Pröll\,\n\nwie mit Frau Hammer 
 besprochen\, verschieben wir unser Gespräch vom 4. Februar auf Donnerstag\,
  6. Februar 2025\, 10:00 Uhr. Frau Hammer koordiniert den Tag und holt Sie
  um 9:50 beim Empfang ab.\n\nAblauf: Gespräch mit mir und Ing. Martin Koll
 er (Regionalleitung Steiermark)\, danach kurze Führung durch die Verabschie
 dungshalle und die Überführungslogistik.\n\nParkplätze im Hof vorhanden.\n
 \nMit freundlichen Grüßen\nBernhard Pirker\nGeschäftsführer\nPietas Bestatt
 ungsgruppe GmbH\nLazarettgürtel 55\, 8020 Graz\n
UID:040000008200E00074C5B7101A82E008000000002DA91A590000000000000000100000006672E6B78F5E089739CF377FC864CF9E
SUMMARY;LANGUAGE=de-AT:Vorstellungsgespräch Fr. Mag. Pröll – NEUER TERMIN
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250206T100000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250206T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250130T162715Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-AT:Pietas Zentrale\, Lazarettgürtel 55\, 8020 Graz
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:-213377409
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
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
        kind="google-meet-final-owner",
        uid="598tdchg60dh8qj479gufsup99@google.com",
        is_interview=1,
        company="Pietas Bestattungsgruppe",
        role="Regionalmanagement Süd-Ost",
        stage="final",
        interviewers="h.reinisch@pietas-gruppe.example.at;b.pirker@pietas-gruppe.example.at",
        trap="english-google-footer-german-final",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250225T150000Z
DTEND:20250225T160000Z
DTSTAMP:20250214T083010Z
ORGANIZER;CN=Helga Reinisch:mailto:h.reinisch@pietas-gruppe.example.at
UID:598tdchg60dh8qj479gufsup99@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Helga Reinisch;X-NUM-GUESTS=0:mailto:h.reinisch@pietas-gruppe.example.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Bernhard Pirker;X-NUM-GUESTS=0:mailto:b.pirker@pietas-gruppe.example.at
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=elisabeth.proell@gmx.at;X-NUM-GUESTS=0:mailto:elisabeth.proell@gmx.
 at
X-GOOGLE-CONFERENCE:https://meet.google.com/wzc-hrbm-ypo
CREATED:20250214T083009Z
DESCRIPTION:Sehr geehrte Frau Mag. Pröll\,\n\nals Eigentümerin der Pietas Bes
 tattungsgruppe möchte ich Sie gerne persönlich kennenlernen\, bevor wir un
 s für das Regionalmanagement Süd-Ost entscheiden. Herr Pirker ist ebenfall
 s dabei.\n\nMit besten Grüßen\nKR Helga Reinisch\n\n-::~:~::~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~
 :~::-\nJoin with Google Meet: https://meet.google.com/wzc-hrbm-ypo\nOr dial:
  (AT) +43 1 2060 91234 PIN: 318 774 205#\nMore phone numbers: https://tel.m
 eet/wzc-hrbm-ypo?pin=6104438718255\n\nLearn more about Meet at: https://su
 pport.google.com/a/users/answer/9282720\n\nPlease do not edit this section.
 \n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~::~:~::-\n\nInvitation from Google Calendar: https://calend
 ar.google.com/calendar/\n\nYou are receiving this email because you are an 
 attendee on the event. To stop receiving future updates for this event\, de
 cline this event.\n\nForwarding this invitation could allow any recipient t
 o send a response to the organizer\, be added to the guest list\, invite ot
 hers regardless of their own invitation status\, or modify your RSVP. Learn
  more https://support.google.com/calendar/answer/37135#forwarding
LAST-MODIFIED:20250214T083009Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Finales Gespräch Regionalmanagement Süd-Ost / Fr. Mag. Pröll
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
