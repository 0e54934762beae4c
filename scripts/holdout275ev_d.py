# ruff: noqa: E501, W291, W293, RUF100
"""holdout275 events, part d: negatives with the user on the hiring side (his school's Bürokraft, Azubi, Fahrlehrer)."""

from holdout275ev_zones import BERLIN_APPLE, BERLIN_GOOGLE, W_EUROPE

NOT_INTERVIEW = dict(is_interview=0, company="", role="", stage="", interviewers="", hiring=True)

EVENTS = [
    dict(
        NOT_INTERVIEW,
        kind="outlook-user-organizer",
        uid="040000008200E00074C5B7101A82E00800000000A1C3E5F7092B4D6F8A0C2E4F6B8D0A1C",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Eberle, Markus":mailto:m.eberle@fahrschule-neckarblick.examp
 le.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sandra Wag
 ner:mailto:sandra.wagner87@gmx.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pfleiderer, D
 ieter":mailto:d.pfleiderer@fahrschule-neckarblick.example.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="
 Büro Hauptstelle":mailto:buero-hauptstelle@fahrschule-neckarblick.example
 .de
DESCRIPTION;LANGUAGE=de-DE:Guten Tag Frau Wagner\,\n\nvielen Dank für Ihre 
 Bewerbung als Bürokraft (m/w/d) in Teilzeit (25 Std.). Wir laden Sie gerne
  zu einem Vorstellungsgespräch in unsere Hauptstelle ein. Gesprächspartner
 : Herr Pfleiderer (Inhaber) und ich.\n\nBitte klingeln Sie bei „Büro“.\n\n
 Freundliche Grüße\nMarkus Eberle\nFahrlehrer\nFahrschule Neckarblick\nEpp
 lestraße 12\, 70597 Stuttgart-Degerloch\n
UID:040000008200E00074C5B7101A82E00800000000A1C3E5F7092B4D6F8A0C2E4F6B8D0A1C
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Bürokraft (Teilzeit) – Frau San
 dra Wagner
DTSTART;TZID=W. Europe Standard Time:20260218T100000
DTEND;TZID=W. Europe Standard Time:20260218T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T081102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Hauptstelle
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2119890034
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
        trap="user-as-interviewer-outlook-organizer-work-address",
    ),
    dict(
        NOT_INTERVIEW,
        kind="join-interview-kit",
        uid="join-interview-81177-4402@join.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:join-interview-81177-4402@join.example.com
DTSTAMP:20260212T143011Z
DTSTART:20260219T100000Z
DTEND:20260219T104500Z
SUMMARY:Interview: Tamara Schuster – Bürokraft (m/w/d) Teilzeit – Fahrschu
 le Neckarblick
ORGANIZER;CN=JOIN:mailto:noreply@join.example.com
ATTENDEE;CN=Markus Eberle;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:m.eberle@fahr
 schule-neckarblick.example.de
ATTENDEE;CN=Tamara Schuster;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:t
 amara.schuster@t-online.de
DESCRIPTION:Interview mit Tamara Schuster\nStelle: Bürokraft (m/w/d) Teilz
 eit\nInterviewer: Markus Eberle\nOrt: Fahrschule Neckarblick\, Epplestraß
 e 12\, 70597 Stuttgart\n\nInterview-Leitfaden und Bewertungsbogen: https:/
 /join.example.com/company/neckarblick/jobs/81177/candidates/4402/scorecar
 d\n\nBitte gib nach dem Gespräch deine Bewertung (1–5 Sterne) in JOIN ab.
LOCATION:Fahrschule Neckarblick\, Epplestraße 12\, 70597 Stuttgart
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-ats-interview-kit-scorecard-link",
    ),
    dict(
        NOT_INTERVIEW,
        kind="google-reply-accepted",
        uid="040000008200E00074C5B7101A82E00800000000B2D4F6A8193C5E7A9B1D3F5A7C9E1B2D",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20260310T140000Z
DTEND:20260310T144500Z
DTSTAMP:20260303T191208Z
ORGANIZER;CN=Eberle\, Markus:mailto:m.eberle@fahrschule-neckarblick.example
 .de
UID:040000008200E00074C5B7101A82E00800000000B2D4F6A8193C5E7A9B1D3F5A7C9E1B2D
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lea Ki
 efer;X-NUM-GUESTS=0:mailto:lea.kiefer2008@gmail.com
CREATED:20260303T190112Z
DESCRIPTION:
LAST-MODIFIED:20260303T191208Z
LOCATION:Fahrschule Neckarblick\, Büro Hauptstelle
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Ausbildung Kauffrau für Büromanagement – Lea 
 Kiefer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-accepted-reply",
    ),
    dict(
        NOT_INTERVIEW,
        kind="calendly-user-host",
        uid="57fffa45-79bf-48f7-bfb3-5765c5b9452a",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly LLC//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:57fffa45-79bf-48f7-bfb3-5765c5b9452a
DTSTAMP:20260309T174411Z
DTSTART:20260318T153000Z
DTEND:20260318T160000Z
SUMMARY:Jonas Reiter und Markus Eberle
ORGANIZER;CN=Markus Eberle:mailto:m.eberle@fahrschule-neckarblick.example.
 de
ATTENDEE;CN=Jonas Reiter;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jon
 as.reiter@web.de
ATTENDEE;CN=Markus Eberle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:m.e
 berle@fahrschule-neckarblick.example.de
DESCRIPTION:Terminart: Kennenlerngespräch Ausbildung 2026 (Kaufmann/-frau 
 für Büromanagement)\n\nGastgeber: Markus Eberle\nEingeladener: Jonas Reite
 r\nE-Mail des Eingeladenen: jonas.reiter@web.de\n\nOrt: Fahrschule Neckar
 blick\, Epplestraße 12\, Stuttgart-Degerloch\n\nFragen:\nWelche Schule bes
 uchst du aktuell?\n> Wirtschaftsschule Vaihingen\, Abschluss Sommer 2026\n
 \nBereitgestellt von Calendly.com
LOCATION:Fahrschule Neckarblick\, Epplestraße 12\, Stuttgart-Degerloch
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-calendly-host-names-only-summary",
    ),
    dict(
        NOT_INTERVIEW,
        kind="agency-candidate-presentation",
        uid="040000008200E00074C5B7101A82E00800000000C3E5A7B9204D6F8B0C2E4A6B8D0F2C3E",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Straub, Yvonne":mailto:y.straub@personalwerk-neckar.example.
 de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eberle, M
 arkus":mailto:m.eberle@fahrschule-neckarblick.example.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Eberle\,\n\nwie besprochen stelle ich
  Ihnen telefonisch einen Kandidaten für Ihre offene Stelle Fahrlehrer BE 
 (m/w/d) vor: Fahrlehrer seit 2019\, Klassen BE und A\, aktuell in Esslinge
 n\, Kündigungsfrist 3 Monate. Das anonymisierte Profil (J. W.) finden Sie 
 im Anhang. Wenn er Ihnen zusagt\, organisiere ich ein Vorstellungsgespräch
  bei Ihnen in Degerloch.\n\nViele Grüße\nYvonne Straub\nPersonalwerk Necka
 r GmbH\n
UID:040000008200E00074C5B7101A82E00800000000C3E5A7B9204D6F8B0C2E4A6B8D0F2C3E
SUMMARY;LANGUAGE=de-DE:Kandidatenvorstellung Fahrlehrer BE (m/w/d) – Profi
 l J. W.
DTSTART;TZID=W. Europe Standard Time:20260205T123000
DTEND;TZID=W. Europe Standard Time:20260205T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T101544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
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
        trap="user-as-interviewer-agency-presents-candidate-same-agency",
    ),
    dict(
        NOT_INTERVIEW,
        kind="outlook-debrief",
        uid="040000008200E00074C5B7101A82E00800000000D4F6B8C0315E7A9C1D3F5B7C9E1A3D4F",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Pfleiderer, Dieter":mailto:d.pfleiderer@fahrschule-neckarbl
 ick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eberle, M
 arkus":mailto:m.eberle@fahrschule-neckarblick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pfleiderer-Ku
 rz, Iris":mailto:i.pfleiderer-kurz@fahrschule-neckarblick.example.de
DESCRIPTION;LANGUAGE=de-DE:Nachbesprechung der Vorstellungsgespräche Bürok
 raft: Wagner\, Schuster\, Yilmaz. Bitte Bewertungsbögen mitbringen\, dann 
 entscheiden wir\, wen wir zum Probearbeiten einladen.\n\nDieter\n
UID:040000008200E00074C5B7101A82E00800000000D4F6B8C0315E7A9C1D3F5B7C9E1A3D4F
SUMMARY;LANGUAGE=de-DE:Nachbesprechung Bewerbungsgespräche Bürokraft + Ent
 scheidung
DTSTART;TZID=W. Europe Standard Time:20260223T190000
DTEND;TZID=W. Europe Standard Time:20260223T193000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260219T164011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro GF
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
        trap="user-as-interviewer-hiring-debrief",
    ),
    dict(
        NOT_INTERVIEW,
        kind="apple-handtyped",
        uid="69D90CC8-41D8-4A3B-B308-1E20D6A4B48E",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260224T064510Z
DTEND:20260226T120000
DTSTAMP:20260224T064533Z
DTSTART:20260226T080000
LAST-MODIFIED:20260224T064533Z
LOCATION:Büro
SEQUENCE:0
SUMMARY:Probearbeiten Bewerberin Bürokraft (Elif A.) - einweisen
DESCRIPTION:Fahrschulsoftware\, Anmeldungen\, Telefon. Um 11 kurz mit Dieter
  zusammensetzen: passt sie? Fahrstunden erst ab 12.
TRANSP:OPAQUE
UID:69D90CC8-41D8-4A3B-B308-1E20D6A4B48E
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-trial-work-floating",
    ),
    dict(
        NOT_INTERVIEW,
        kind="google-export-observation",
        uid="7kq1b4n9t2v6m0h3r8c5d2a1pw@google.com",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Fahrschule
X-WR-TIMEZONE:Europe/Berlin
{BERLIN_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260307T090000
DTEND;TZID=Europe/Berlin:20260307T103000
DTSTAMP:20260308T080012Z
UID:7kq1b4n9t2v6m0h3r8c5d2a1pw@google.com
CREATED:20260227T182233Z
DESCRIPTION:Bewerber FL Jan Wahl fährt mit Fahrschülerin Sophie (Std. 9)\, 
 ich sitz hinten. Bewertungsbogen Lehrprobe + Fahrzeugkunde. Danach mit Die
 ter besprechen.
LAST-MODIFIED:20260227T182233Z
LOCATION:Treffpunkt Hauptstelle Degerloch
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Probefahrstunde Bewerber FL Wahl – ich fahr mit (Rückbank)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-observes-candidate-trial-lesson",
    ),
    dict(
        NOT_INTERVIEW,
        kind="teams-invite-user-organizer",
        uid="040000008200E00074C5B7101A82E00800000000E5A7C9D1426F8B0D2E4A6C8D0F2B4E5A",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{W_EUROPE}
BEGIN:VEVENT
ATTENDEE;CN=tim.gerlach09@gmail.com;RSVP=TRUE:mailto:tim.gerlach09@gmail.co
 m
CLASS:PUBLIC
CREATED:20260304T173001Z
DESCRIPTION:Hallo Tim\,\n\ndanke für deine Bewerbung um einen Ausbildungsp
 latz als Kaufmann für Büromanagement ab 1. September 2026. Da du gerade i
 m Praktikum in Heilbronn bist\, machen wir das erste Gespräch per Teams. 
 Dauer ca. 30–45 Minuten.\n\nViele Grüße\nMarkus Eberle\nFahrschule Neckar
 blick\n\n_________________________________________________________________
 _______________\nMicrosoft Teams Hilfe benötigt?\nJetzt an der Besprechung
  teilnehmen <https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2E1N
 TdkMzQtOGQ1Ny00Yjk3LWFlYzctYjQ0%40thread.v2/0>\nBesprechungs-ID: 351 884
  206 617\nPasscode: nA7sE4\n_____________________________________________
 ___________________________________\n
DTEND;TZID="W. Europe Standard Time":20260312T164500
DTSTAMP:20260304T173001Z
DTSTART;TZID="W. Europe Standard Time":20260312T160000
LAST-MODIFIED:20260304T173001Z
LOCATION:Microsoft Teams-Besprechung
ORGANIZER;CN="Eberle, Markus":mailto:m.eberle@fahrschule-neckarblick.exampl
 e.de
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch (Teams) – Ausbildung Kaufmann für 
 Büromanagement – Tim Gerlach
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000E5A7C9D1426F8B0D2E4A6C8D0F2B4E5A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-teams-apprentice-candidate",
    ),
    dict(
        NOT_INTERVIEW,
        kind="outlook-own-appointment",
        uid="040000008200E00074C5B7101A82E00800000000F6B8D0E2537A9C1E3F5B7D9E1A3C5F6B",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{W_EUROPE}
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260219T161502Z
DESCRIPTION:JOIN → Stelle Bürokraft → Kandidaten: Schuster\, Wagner\, Yilm
 az je Scorecard (Kommunikation\, PC\, Verfügbarkeit\, Eindruck) ausfüllen\,
  sonst kann Dieter nicht vergleichen.\n
DTEND;TZID="W. Europe Standard Time":20260220T203000
DTSTAMP:20260219T161502Z
DTSTART;TZID="W. Europe Standard Time":20260220T200000
LAST-MODIFIED:20260219T161502Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Scorecards Bürokraft-Bewerber in JOIN ausfüllen
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F6B8D0E2537A9C1E3F5B7D9E1A3C5F6B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-scorecard-reminder",
    ),
    dict(
        NOT_INTERVIEW,
        kind="outlook-phone-screen-host",
        uid="040000008200E00074C5B7101A82E00800000000A7C9E1F3648B0D2F4A6C8E0B2D4F6A7C",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{W_EUROPE}
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260212T090311Z
DESCRIPTION:Mehmet Yilmaz\, 0157 5550 8812. Fragen: Gehaltsvorstellung\, ab
  wann verfügbar\, Erfahrung mit Fahrschulsoftware (ClickDrive?)\, Samstag
 e möglich? Danach entscheiden ob VG vor Ort.\n
DTEND;TZID="W. Europe Standard Time":20260216T130000
DTSTAMP:20260212T090311Z
DTSTART;TZID="W. Europe Standard Time":20260216T123000
LAST-MODIFIED:20260212T090311Z
LOCATION:Tel.
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Telefoninterview Bewerber Bürokraft: Hr. Yilmaz
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000A7C9E1F3648B0D2F4A6C8E0B2D4F6A7C
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-phone-screen-he-calls-candidate",
    ),
    dict(
        NOT_INTERVIEW,
        kind="icloud-reply-declined",
        uid="040000008200E00074C5B7101A82E00800000000B8D0F2A4759C1E3A5B7D9F1C3E5A7B8D",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REPLY
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
{BERLIN_APPLE}
BEGIN:VEVENT
ATTENDEE;CN="Emily Wörz";CUTYPE=INDIVIDUAL;EMAIL="emily.woerz@icloud.com";
 PARTSTAT=DECLINED:mailto:emily.woerz@icloud.com
COMMENT:Hallo Herr Eberle\, vielen Dank für die Einladung\, ich habe aber 
 inzwischen eine Zusage für einen anderen Ausbildungsplatz bekommen. Viele 
 Grüße Emily Wörz
DTEND;TZID=Europe/Berlin:20260416T154500
DTSTAMP:20260409T171203Z
DTSTART;TZID=Europe/Berlin:20260416T150000
ORGANIZER;CN="Eberle, Markus":mailto:m.eberle@fahrschule-neckarblick.exampl
 e.de
SEQUENCE:0
SUMMARY:Abgelehnt: Vorstellungsgespräch Azubi Büromanagement – Emily Wörz
UID:040000008200E00074C5B7101A82E00800000000B8D0F2A4759C1E3A5B7D9F1C3E5A7B8D
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-candidate-declines-reply",
    ),
    dict(
        NOT_INTERVIEW,
        kind="google-invite-speed-dating",
        uid="2mv8k0q4t7n1b5h9r3c6d0a2zs@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260422T120000Z
DTEND:20260422T160000Z
DTSTAMP:20260326T102201Z
ORGANIZER;CN=Ausbildungsbörse IHK-Bezirk Neckar:mailto:azubi-speeddating@
 ihk-neckar.example.de
UID:2mv8k0q4t7n1b5h9r3c6d0a2zs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=m.eberle@fahrschule-neckarblick.example.de;X-NUM-GUESTS=0:mailto:m
 .eberle@fahrschule-neckarblick.example.de
CREATED:20260326T102158Z
DESCRIPTION:Sehr geehrter Herr Eberle\,\n\nvielen Dank für die Anmeldung I
 hres Ausbildungsbetriebs Fahrschule Neckarblick zum Azubi-Speed-Dating. Ih
 r Tisch: Nr. 14. Die Schülerinnen und Schüler kommen ohne Anmeldung zu 10
 -minütigen Bewerbungsgesprächen an Ihren Tisch. Bitte bringen Sie Flyer z
 u Ihrem Ausbildungsplatz (Kaufmann/-frau für Büromanagement) mit.\n\nAufb
 au ab 13:30 Uhr.\n\nIhre Ausbildungsberatung\n\nEinladung von Google Kalen
 der: https://calendar.google.com/calendar/
LAST-MODIFIED:20260326T102200Z
LOCATION:Stadthalle Nürtingen\, Großer Saal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Azubi-Speed-Dating – Tisch 14 (Fahrschule Neckarblick)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-apprenticeship-speed-dating-stand",
    ),
    dict(
        NOT_INTERVIEW,
        kind="bookings-user-staff",
        uid="040000008200E00074C5B7101A82E00800000000C9E1A3B58602D4F6A8C0E2B4D6F8A9C1",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Fahrschule Neckarblick Bewerbung:mailto:bewerbung@fahrschule-
 neckarblick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:m.eberle@fahrschule-neckarblick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Mia Scholl:mai
 lto:mia.scholl@gmx.net
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nService: Bewerbungsgespräch Aus
 bildung 2026 (30 Min.)\nMitarbeiter: Markus Eberle\nKunde: Mia Scholl\, mi
 a.scholl@gmx.net\, 0176 5550 4410\nAnmerkung des Kunden: "Ich komme mit d
 em Bus\, kann sein dass ich 5 Minuten später bin."\n\nBuchung verwalten: h
 ttps://outlook.office365.com/owa/calendar/bewerbung@fahrschule-neckarblick
 .example.de/bookings/\n
UID:040000008200E00074C5B7101A82E00800000000C9E1A3B58602D4F6A8C0E2B4D6F8A9C1
SUMMARY;LANGUAGE=de-DE:Bewerbungsgespräch Ausbildung 2026 – Mia Scholl
DTSTART;TZID=W. Europe Standard Time:20260428T160000
DTEND;TZID=W. Europe Standard Time:20260428T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260420T065102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Fahrschule Neckarblick\, Epplestraße 12\, 70597 St
 uttgart
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
        trap="user-as-interviewer-bookings-staff-member",
    ),
    dict(
        NOT_INTERVIEW,
        kind="outlook-recurring-trial",
        uid="040000008200E00074C5B7101A82E00800000000D0F2B4C69713E5A7B9D1F3C5E7A9B0D2",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{W_EUROPE}
BEGIN:VEVENT
ATTENDEE;CN="Pfleiderer-Kurz, Iris";RSVP=TRUE:mailto:i.pfleiderer-kurz@fahr
 schule-neckarblick.example.de
CLASS:PUBLIC
CREATED:20260430T112003Z
DESCRIPTION:Mia Scholl (Bewerberin Ausbildung Büromanagement) macht 3 Tag
 e Schnupperpraktikum bei uns. Iris übernimmt das Büro\, ich zeige ihr die 
 Theoriestunde und eine Fahrstunde (Mitfahrt hinten). Am Mittwoch um 11 Uh
 r kurzes Feedbackgespräch\, dann entscheiden wir über den Ausbildungsvertr
 ag.\n
DTEND;TZID="W. Europe Standard Time":20260511T120000
DTSTAMP:20260430T112003Z
DTSTART;TZID="W. Europe Standard Time":20260511T080000
LAST-MODIFIED:20260430T112003Z
LOCATION:Hauptstelle Degerloch
ORGANIZER;CN="Eberle, Markus":mailto:m.eberle@fahrschule-neckarblick.exampl
 e.de
PRIORITY:5
RRULE:FREQ=DAILY;COUNT=3
SEQUENCE:0
SUMMARY;LANGUAGE=de:Schnupperpraktikum Mia Scholl (Azubi-Bewerberin)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0F2B4C69713E5A7B9D1F3C5E7A9B0D2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-recurring-candidate-internship",
    ),
    dict(
        NOT_INTERVIEW,
        kind="teams-invite-english-agency",
        uid="040000008200E00074C5B7101A82E00800000000E1A3C5D7A824F6B8C0E2A4D6F8B0C1E3",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN=Agnieszka Lewandowska:mailto:a.lewandowska@eurodrive-talent.e
 xample.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Markus Ebe
 rle:mailto:m.eberle@fahrschule-neckarblick.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Piotr Nowak:ma
 ilto:piotr.nowak.instruktor@example.pl
DESCRIPTION;LANGUAGE=en-US:Dear Mr Eberle\,\n\nas discussed\, I would like
  to present a candidate for your open driving instructor position (BE/CE)
 : Piotr Nowak\, licensed instructor in Poland since 2016\, German B2\, rec
 ognition of his instructor licence under § 23 FahrlG in progress.\n\nFirs
 t 10 minutes: I present his profile and our relocation package. Then Piot
 r joins and you can interview him directly (German/English).\n\n________
 ________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room devi
 ce\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_OTk1ZDQ4YzEtZjM2Ni00N2Mz%40thread.v2/0>\nMeeting ID: 389 
 551 420 076\nPasscode: Kp3xR8\n_______________________________________
 _________________________________________\n\nBest regards\,\nAgnieszka Lew
 andowska\nEuroDrive Talent – Cross-border recruitment for transport\n
UID:040000008200E00074C5B7101A82E00800000000E1A3C5D7A824F6B8C0E2A4D6F8B0C1E3
SUMMARY;LANGUAGE=en-US:Candidate presentation: Driving Instructor BE/CE (r
 elocation from Poland) – P. Nowak
DTSTART;TZID=W. Europe Standard Time:20260423T120000
DTEND;TZID=W. Europe Standard Time:20260423T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260416T090412Z
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
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-english-agency-candidate-joins",
    ),
    dict(
        NOT_INTERVIEW,
        kind="outlook-prep-interview-guide",
        uid="040000008200E00074C5B7101A82E00800000000F2B4D6E8B935A7C9D1F3B5E7A9C1D2F4",
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
{W_EUROPE}
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20260305T204011Z
DESCRIPTION:Leitfaden für die Azubi-Vorstellungsgespräche (Büromanagement)
  überarbeiten: Einstiegsfragen\, Rollenspiel Telefonanruf Fahrschüler-Mutt
 er\, Bewertungsbogen 1–5. An Dieter + Iris schicken.\n
DTEND;TZID="W. Europe Standard Time":20260309T210000
DTSTAMP:20260305T204011Z
DTSTART;TZID="W. Europe Standard Time":20260309T200000
LAST-MODIFIED:20260305T204011Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Interviewleitfaden Azubi vorbereiten
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F2B4D6E8B935A7C9D1F3B5E7A9C1D2F4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-AUTOFILLLOCATION:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-preparing-interview-guide",
    ),
    dict(
        NOT_INTERVIEW,
        kind="apple-terse-vg",
        uid="6CF40227-A331-49B2-983E-75049406D035",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260421T125533Z
DTEND:20260429T164500
DTSTAMP:20260421T125601Z
DTSTART:20260429T160000
LAST-MODIFIED:20260421T125601Z
SEQUENCE:0
SUMMARY:VG Azubi Lara Kienle (mit Vater) 16h
DESCRIPTION:Fragenkatalog Azubi + Bewertungsbogen ausdrucken\, Dieter kommt
  dazu. Zeugnis Kl. 9 nachfordern.
TRANSP:OPAQUE
UID:6CF40227-A331-49B2-983E-75049406D035
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Erinnerung
TRIGGER:-PT30M
UID:3C2B1A09-8F7E-4D6C-B5A4-9382716F5E4D
X-WR-ALARMUID:3C2B1A09-8F7E-4D6C-B5A4-9382716F5E4D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-terse-abbreviation-vg",
    ),
    dict(
        NOT_INTERVIEW,
        kind="outlook-recurring-override",
        uid="040000008200E00074C5B7101A82E00800000000A3C5E7F9CA46B8D0E2A4C6F8B0D2E3A5",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Eberle, Markus":mailto:m.eberle@fahrschule-neckarblick.examp
 le.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pfleiderer, D
 ieter":mailto:d.pfleiderer@fahrschule-neckarblick.example.de
DESCRIPTION;LANGUAGE=de-DE:Zeitfenster für Vorstellungsgespräche Bürokraft
  (Teilzeit). Ich trage die Bewerberinnen und Bewerber jeweils in die Beschr
 eibung ein.\n
RRULE:FREQ=WEEKLY;COUNT=4;INTERVAL=1;BYDAY=TH;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000A3C5E7F9CA46B8D0E2A4C6F8B0D2E3A5
SUMMARY;LANGUAGE=de-DE:Bewerbergespräche Bürokraft (Zeitfenster)
DTSTART;TZID=W. Europe Standard Time:20260205T170000
DTEND;TZID=W. Europe Standard Time:20260205T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T075511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Hauptstelle
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:1
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Eberle, Markus":mailto:m.eberle@fahrschule-neckarblick.examp
 le.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pfleiderer, D
 ieter":mailto:d.pfleiderer@fahrschule-neckarblick.example.de
DESCRIPTION;LANGUAGE=de-DE:Verschoben wegen Prüfungstermin Donnerstag. 17:3
 0 Frau Wagner (Rückruf wegen Arbeitszeiten)\, 18:00 Herr Yilmaz (vor Ort).
 \n
RECURRENCE-ID;TZID=W. Europe Standard Time:20260219T170000
UID:040000008200E00074C5B7101A82E00800000000A3C5E7F9CA46B8D0E2A4C6F8B0D2E3A5
SUMMARY;LANGUAGE=de-DE:Bewerbergespräche Bürokraft (Zeitfenster)
DTSTART;TZID=W. Europe Standard Time:20260218T173000
DTEND;TZID=W. Europe Standard Time:20260218T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260216T120301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=de-DE:Büro Hauptstelle
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:3
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
        trap="user-as-interviewer-recurring-slots-with-override",
    ),
    dict(
        NOT_INTERVIEW,
        kind="outlook-user-on-panel",
        uid="040000008200E00074C5B7101A82E00800000000B4D6F8A0DB57C9E1F3B5D7A9C1E3F4B6",
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Pfleiderer, Dieter":mailto:d.pfleiderer@fahrschule-neckarbl
 ick.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eberle, M
 arkus":mailto:m.eberle@fahrschule-neckarblick.example.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Straub, Y
 vonne":mailto:y.straub@personalwerk-neckar.example.de
DESCRIPTION;LANGUAGE=de-DE:Markus\, du führst das Gespräch mit\, fachlich 
 (Fahrzeugkunde\, Gefahrenlehre\, wie er mit schwierigen Fahrschülern umgeh
 t). Ich übernehme Gehalt und Arbeitszeiten. Frau Straub vom Personalwerk i
 st zur Info eingeladen. Wenn er überzeugt: Probefahrstunde am Samstag.\n\nD
 ieter\n
UID:040000008200E00074C5B7101A82E00800000000B4D6F8A0DB57C9E1F3B5D7A9C1E3F4B6
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Fahrlehrer BE – Herr Jan Wahl (
 über Personalwerk Neckar)
DTSTART;TZID=W. Europe Standard Time:20260210T120000
DTEND;TZID=W. Europe Standard Time:20260210T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260206T140022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro GF
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
        trap="user-as-interviewer-invited-by-boss-agency-candidate",
    ),
]
