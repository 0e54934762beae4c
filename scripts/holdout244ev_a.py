# ruff: noqa: E501
"""holdout244 events, part A: the user's own interviews (multi-round processes A-G)."""
from holdout244ev_zones import GOOGLE_FOOTER, UTC1_DE, VIENNA, WEST, ZURICH, fold, outlook_tz, teams, zoom


def interview(kind, uid, ics, company, role, stage, interviewers, trap, eol=None):
    d = dict(kind=kind, uid=uid, ics=ics, is_interview=1, company=company, role=role, stage=stage,
             interviewers=interviewers, trap=trap, hiring=False)
    if eol:
        d["eol"] = eol
    return d


EVENTS = []

# A1 Salzachklinik Hallein: HR phone screen, German Outlook "(UTC+01:00) ..." zone
EVENTS.append(interview(
    "outlook-phone-screen",
    "040000008200E00074C5B7101A82E00800000000D0F3A8E1B39ADC01000000000000000010000000E4A1C77B2F0C3E4B9A5D11F0C2B3A6D1",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{outlook_tz(UTC1_DE)}
BEGIN:VEVENT
ORGANIZER;CN="Brunnauer, Petra":mailto:p.brunnauer@salzachklinik.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Dr. Haas\,\n\nvielen Dank für Ihre Bewerbung als Leitende Klinische Psychologin an unserer Abteilung für Psychosomatische Medizin (30-40 Wochenstunden). Wie telefonisch besprochen möchten wir ein erstes telefonisches Gespräch (ca. 30 Minuten) mit Ihnen führen. Ich rufe Sie zum Termin unter der von Ihnen angegebenen Nummer +43 664 2817 339 an.\n\nBitte halten Sie Ihre Gehaltsvorstellung und Ihren frühestmöglichen Eintrittstermin bereit.\n\nMit freundlichen Grüßen\nPetra Brunnauer\nPersonalmanagement\nSalzachklinik Hallein GmbH | Bürgermeisterstraße 14 | 5400 Hallein\nT +43 6245 71 900-212\n\n
UID:040000008200E00074C5B7101A82E00800000000D0F3A8E1B39ADC01000000000000000010000000E4A1C77B2F0C3E4B9A5D11F0C2B3A6D1
SUMMARY;LANGUAGE=de-AT:Telefoninterview Leitende Klinische Psychologin – Fr. Dr. Haas
DTSTART;TZID="{UTC1_DE}":20260212T100000
DTEND;TZID="{UTC1_DE}":20260212T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260205T081533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Telefonisch (wir rufen Sie an)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2124019118
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{{"DisplayName":"Telefonisch (wir rufen Sie an)"\,"LocationAnnotation":""\,"LocationSource":0\,"Unresolved":false\,"LocationUri":""}}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    "Salzachklinik Hallein", "Leitende Klinische Psychologin", "recruiter_screen",
    "p.brunnauer@salzachklinik.at", "outlook-utc-display-zone-hr-phone-screen"))

# A2 Salzachklinik: talk with the head of department, SENT-BY secretary, room resource, X-ALT-DESC
EVENTS.append(interview(
    "outlook-sent-by-room",
    "040000008200E00074C5B7101A82E0080000000070B1C2E4F4A8DC010000000000000000100000003C5E0A9D88B14F4DA0C6E2B0F1A7C5E2",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{outlook_tz(UTC1_DE)}
BEGIN:VEVENT
ORGANIZER;CN="Oberhauser, Gerhard, Prim. Dr.";SENT-BY="mailto:sekretariat.psychosomatik@salzachklinik.at":mailto:g.oberhauser@salzachklinik.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Magdalena Haas:mailto:magdalena.haas@gmx.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brunnauer, Petra":mailto:p.brunnauer@salzachklinik.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="SK Besprechungsraum 2.14 (Psychosomatik)":mailto:raum.2.14@salzachklinik.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Dr. Haas\,\n\nim Auftrag von Prim. Dr. Oberhauser darf ich Sie zu einem persönlichen Gespräch über die Stelle der Leitenden Klinischen Psychologin einladen. Frau Brunnauer (Personal) nimmt optional teil.\nAnreise: Parkplatz P3\, Eingang Haus B\, 2. Stock\, Sekretariat Psychosomatik.\n\nFreundliche Grüße\nIngrid Moosleitner\nSekretariat Prim. Dr. Gerhard Oberhauser\n
UID:040000008200E00074C5B7101A82E0080000000070B1C2E4F4A8DC010000000000000000100000003C5E0A9D88B14F4DA0C6E2B0F1A7C5E2
SUMMARY;LANGUAGE=de-AT:Gespräch Prim. Oberhauser / Dr. Haas – Leitung Klinische Psychologie
DTSTART;TZID="{UTC1_DE}":20260304T133000
DTEND;TZID="{UTC1_DE}":20260304T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260219T102211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:SK Besprechungsraum 2.14 (Psychosomatik)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Sehr geehrte Frau Dr. Haas\,</p><p>im Auftrag von Prim. Dr. Oberhauser darf ich Sie zu einem pers&ouml\;nlichen Gespr&auml\;ch &uuml\;ber die Stelle der Leitenden Klinischen Psychologin einladen.</p><p>Freundliche Gr&uuml\;&szlig\;e<br>Ingrid Moosleitner</p></body></html>
END:VEVENT
END:VCALENDAR
"""),
    "Salzachklinik Hallein", "Leitende Klinische Psychologin", "hiring_manager",
    "g.oberhauser@salzachklinik.at", "outlook-sent-by-secretary-room-resource-optional-hr"))

# A3 Salzachklinik: Hearing, typed by the user on her iPhone, names only
EVENTS.append(interview(
    "ios-hand-typed-hearing",
    "7C1D2E55-93B1-4F0A-8E2B-1D4C6A9F3E70",
    fold(rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 19.3//EN
CALSCALE:GREGORIAN
{VIENNA}
BEGIN:VEVENT
CREATED:20260407T182204Z
DTSTAMP:20260407T182511Z
LAST-MODIFIED:20260407T182511Z
UID:7C1D2E55-93B1-4F0A-8E2B-1D4C6A9F3E70
SUMMARY:Hearing Salzachklinik!!
DTSTART;TZID=Europe/Vienna:20260415T140000
DTEND;TZID=Europe/Vienna:20260415T153000
LOCATION:Salzachklinik Hallein\nBürgermeisterstraße 14\, 5400 Hallein\, Österreich
X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS="Bürgermeisterstraße 14, 5400 Hallein, Österreich";X-APPLE-RADIUS=141.2;X-TITLE="Salzachklinik Hallein":geo:47.683120,13.095880
DESCRIPTION:Kommission: Prim. Gerhard Oberhauser\, Mag. Rainer Stöckl (kaufm. Dir.)\, Sandra Lechner (BR)\, Dr. Anja Wallner\n15 min Präsentation "Psychologische Versorgung Psychosomatik 2030" + Fragen\nZug 10:12 Wien Hbf -> Salzburg\, dann S3\nUSB-Stick + Ausdruck!!
TRANSP:OPAQUE
SEQUENCE:0
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
X-WR-ALARMUID:1E0C7B41-66D2-4C0D-B4C2-2F7BE53A0F91
UID:1E0C7B41-66D2-4C0D-B4C2-2F7BE53A0F91
TRIGGER:-PT2H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    "Salzachklinik Hallein", "", "final",
    "Gerhard Oberhauser;Rainer Stöckl;Sandra Lechner;Anja Wallner", "ios-hand-typed-hearing-commission-names-only"))

# B1 Klinik Loisachtal via the agency HeadMed: Teams with the Chefärztin, W. Europe Standard Time
EVENTS.append(interview(
    "agency-teams-invite",
    "040000008200E00074C5B7101A82E008000000006E3F19C07C99DC01000000000000000010000000A0B7E3C6D9124A0B8C1E6F2D3B4A5C6D",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEST}
BEGIN:VEVENT
ORGANIZER;CN=Stefan Kirchleitner:mailto:s.kirchleitner@headmed-personal.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brandl, Ulrike Dr. med.":mailto:u.brandl@klinik-loisachtal.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Dr. Haas\, liebe Frau Dr. Brandl\,\n\nwie besprochen stelle ich Sie hiermit virtuell einander vor. Frau Dr. Brandl ist Chefärztin der Psychosomatischen Klinik Loisachtal (Bad Tölz) und sucht eine Leitende Psychologin (m/w/d) für die Station 3 und die Tagesklinik. Ich moderiere kurz zu Beginn und verabschiede mich dann.\n\nThemen: Ihr Werdegang\, Gruppenangebote\, Anerkennung der österreichischen Qualifikation (Klinische Psychologin) bzw. PsychThG\, Vergütung nach TV-Ärzte/TVöD-Anlehnung.\n\nHerzliche Grüße\nStefan Kirchleitner\nSenior Consultant Healthcare | HeadMed Personalberatung GmbH\, München\n\n{teams('de', 'ZGYxMzI0NjctODk4', '391 442 870 116', 'Lt8fQ3')}\n
UID:040000008200E00074C5B7101A82E008000000006E3F19C07C99DC01000000000000000010000000A0B7E3C6D9124A0B8C1E6F2D3B4A5C6D
SUMMARY;LANGUAGE=de-DE:Kennenlernen Klinik Loisachtal: Dr. Brandl / Dr. Haas (HeadMed)
DTSTART;TZID=W. Europe Standard Time:20260218T170000
DTEND;TZID=W. Europe Standard Time:20260218T175000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260211T154409Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:s.kirchleitner@headmed-personal.de\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZGYxMzI0NjctODk4-thread.v2
END:VEVENT
END:VCALENDAR
"""),
    "Klinik Loisachtal", "Leitende Psychologin (m/w/d)", "hiring_manager",
    "u.brandl@klinik-loisachtal.de", "agency-consultant-organizer-names-client-clinic"))

# B2 Klinik Loisachtal: two-day Hospitation, recurring with an override, Google export
EVENTS.append(interview(
    "google-export-recurring-hospitation",
    "3qk7v0n8d2m1c5r9t4b6e0f2a8@google.com",
    fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Magdalena privat
X-WR-TIMEZONE:Europe/Vienna
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260323T080000
DTEND;TZID=Europe/Berlin:20260323T160000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20260301T091500Z
UID:3qk7v0n8d2m1c5r9t4b6e0f2a8@google.com
CREATED:20260226T201133Z
DESCRIPTION:Hospitation Klinik Loisachtal (über HeadMed / Hr. Kirchleitner)\nTag 1: Morgenbesprechung 8:00\, Visite Station 3\, Gruppe "Stressbewältigung" hospitieren\, Mittag mit dem Psych-Team\nTag 2: Tagesklinik + Abschlussgespräch mit Dr. Brandl\nÜbernachtung Gasthof zur Post (bezahlt Klinik)
LAST-MODIFIED:20260301T091500Z
LOCATION:Klinik Loisachtal\, Am Kalvarienberg 9\, 83646 Bad Tölz\, Deutschland
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Hospitation Loisachtal (2 Tage)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260324T090000
DTEND;TZID=Europe/Berlin:20260324T150000
DTSTAMP:20260301T091500Z
UID:3qk7v0n8d2m1c5r9t4b6e0f2a8@google.com
RECURRENCE-ID;TZID=Europe/Berlin:20260324T080000
CREATED:20260226T201133Z
DESCRIPTION:Tag 2: Tagesklinik ab 9\, 14:00 Abschlussgespräch mit Dr. Brandl + Pflegeleitung. Zug 15:47 ab Bad Tölz!
LAST-MODIFIED:20260301T091500Z
LOCATION:Klinik Loisachtal\, Am Kalvarienberg 9\, 83646 Bad Tölz\, Deutschland
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Hospitation Loisachtal Tag 2 + Abschlussgespräch
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "Klinik Loisachtal", "", "onsite",
    "Dr. Brandl", "recurring-two-day-hospitation-with-override-no-tz-block"))

# C1 Meridian Wellbeing Partners (international EAP, Geneva): Workday recruiter screen, UTC, Zoom
EVENTS.append(interview(
    "workday-recruiter-screen",
    "WD-INT-2026-0210-88213-MHAAS@meridian-wellbeing.myworkday.example",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-2026-0210-88213-MHAAS@meridian-wellbeing.myworkday.example
DTSTAMP:20260203T160512Z
DTSTART:20260210T130000Z
DTEND:20260210T133000Z
SUMMARY:Interview: Senior Clinical Psychologist\, German-speaking markets (R-10482) - Magdalena Haas
ORGANIZER;CN=Meridian Talent Acquisition:mailto:talent-noreply@meridian-wellbeing.com
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Claire Dubois-Martin;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:claire.dubois-martin@meridian-wellbeing.com
LOCATION:Zoom
DESCRIPTION:Dear Magdalena\,\n\nThank you for your interest in Meridian Wellbeing Partners. Your interview has been scheduled as follows:\n\nPosition: Senior Clinical Psychologist\, German-speaking markets (R-10482)\nInterview type: Recruiter Screen (30 min)\nInterviewer: Claire Dubois-Martin\, Talent Partner EMEA\n\n{zoom('842 3391 0675', '592144')}\n\nIf you need to reschedule\, please reply to this message. Léa Fontaine\, Recruiting Coordinator\, will assist you.\n\nKind regards\,\nMeridian Talent Acquisition\nMeridian Wellbeing Partners SA\, Rue du Rhône 88\, 1204 Genève
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "Meridian Wellbeing Partners", "Senior Clinical Psychologist, German-speaking markets", "recruiter_screen",
    "claire.dubois-martin@meridian-wellbeing.com", "workday-utc-english-eap-coordinator-named"))

# C2 Meridian: clinical case review, Google Calendar invite from the coordinator, Zurich zone
EVENTS.append(interview(
    "google-invite-case-review",
    "1m5a9sk2pq8r7ut3vo6l4j0hbe@google.com",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{ZURICH}
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20260226T150000
DTEND;TZID=Europe/Zurich:20260226T160000
DTSTAMP:20260217T100344Z
ORGANIZER;CN=Léa Fontaine:mailto:lea.fontaine@meridian-wellbeing.com
UID:1m5a9sk2pq8r7ut3vo6l4j0hbe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Léa Fontaine;X-NUM-GUESTS=0:mailto:lea.fontaine@meridian-wellbeing.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dr Oliver Whitcombe;X-NUM-GUESTS=0:mailto:oliver.whitcombe@meridian-wellbeing.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ines Aebischer;X-NUM-GUESTS=0:mailto:ines.aebischer@meridian-wellbeing.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at;X-NUM-GUESTS=0:mailto:magdalena.haas@gmx.at
X-GOOGLE-CONFERENCE:https://meet.google.com/xqe-brvt-kpa
CREATED:20260217T100342Z
DESCRIPTION:Bonjour Magdalena\, hello!\n\nAs discussed\, this is the second step: a Clinical Case Review with Dr Oliver Whitcombe (Clinical Director EMEA) and Dr Ines Aebischer (Clinical Quality Lead\, Zürich).\n\nYou will receive a short anonymised case vignette (German-speaking client\, workplace burnout with suicidal ideation) 30 minutes before the call. Please walk them through your risk assessment and a short-term counselling plan within our 5-session EAP model (about 20 min)\, followed by questions.\n\nBelle journée\,\nLéa\n\nJoin with Google Meet: https://meet.google.com/xqe-brvt-kpa\nJoin by phone\n(CH) +41 43 500 96 12 PIN: 551 204 877#\n\n{GOOGLE_FOOTER}
LAST-MODIFIED:20260217T100344Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meridian – Clinical Case Review (Senior Clinical Psychologist DACH) – Magdalena Haas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "Meridian Wellbeing Partners", "Senior Clinical Psychologist DACH", "technical",
    "oliver.whitcombe@meridian-wellbeing.com;ines.aebischer@meridian-wellbeing.com",
    "google-invite-case-vignette-coordinator-is-organizer"))

# C3 Meridian: final panel, bilingual French/English Teams, UTC
EVENTS.append(interview(
    "teams-final-panel-fr-en",
    "040000008200E00074C5B7101A82E00800000000F1E2D3C4B7B1DC01000000000000000010000000B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2E1",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Fontaine Léa:mailto:lea.fontaine@meridian-wellbeing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Magdalena Haas:mailto:magdalena.haas@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Okafor Hannah:mailto:hannah.okafor@meridian-wellbeing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Rossier Mathieu:mailto:mathieu.rossier@meridian-wellbeing.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dubois-Martin Claire:mailto:claire.dubois-martin@meridian-wellbeing.com
DESCRIPTION;LANGUAGE=fr-CH:Bonjour Magdalena\,\n\nNous avons le plaisir de vous inviter à l'entretien final pour le poste de Senior Clinical Psychologist (marchés germanophones).\nPanel: Hannah Okafor (VP Clinical Services EMEA) et Mathieu Rossier (Head of Account Management DACH). Claire Dubois-Martin assistera en observatrice.\n\n--- English ---\nFinal interview (panel\, 60 min): leadership\, stakeholder management with corporate clients\, critical-incident response. Please prepare a 10-minute outline of how you would set up a critical-incident (CISM) service for a client in Vienna.\n\nMeilleures salutations / Best regards\nLéa Fontaine\n\n{teams('en', 'OTJhMWI0ZmUtNTc2', '318 550 207 934', 'Hs4mB9')}\n
UID:040000008200E00074C5B7101A82E00800000000F1E2D3C4B7B1DC01000000000000000010000000B6C5D4E3F2A1B0C9D8E7F6A5B4C3D2E1
SUMMARY;LANGUAGE=fr-CH:Entretien final / Final interview – Senior Clinical Psychologist DACH – M. Haas
DTSTART:20260319T150000Z
DTEND:20260319T160000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260310T083021Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CH:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Meridian Wellbeing Partners", "Senior Clinical Psychologist", "final",
    "hannah.okafor@meridian-wellbeing.com;mathieu.rossier@meridian-wellbeing.com",
    "french-english-final-panel-observer-listed-utc"))

# D1 Tauern Versicherung (BGM unit): SuccessFactors HR screen, Teams
EVENTS.append(interview(
    "successfactors-teams-hr-screen",
    "SF-IS-7f3c21a0-4b9e-4d11-a6f0-90c2b1e7d5aa",
    fold(rf"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{VIENNA}
BEGIN:VEVENT
UID:SF-IS-7f3c21a0-4b9e-4d11-a6f0-90c2b1e7d5aa
DTSTAMP:20260206T121740Z
DTSTART;TZID=Europe/Vienna:20260216T090000
DTEND;TZID=Europe/Vienna:20260216T094500
SUMMARY:Interview: Expert:in Psychische Gesundheit im Betrieblichen Gesundheitsmanagement (Req 4711)
ORGANIZER;CN=Tauern Versicherung Recruiting:mailto:recruiting@tauern-versicherung.at
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Julia Reisinger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:julia.reisinger@tauern-versicherung.at
DESCRIPTION:Sehr geehrte Frau Dr. Haas\,\n\nvielen Dank für Ihr Interesse an der Tauern Versicherung AG. Wir laden Sie herzlich zu einem ersten Online-Gespräch mit Mag. Julia Reisinger (Talent Acquisition) ein.\n\nPosition: Expert:in Psychische Gesundheit im BGM (Vollzeit\, Salzburg/Wien\, KV-Einstufung Versicherungsinnendienst\, Überzahlung je nach Erfahrung)\n\n{teams('de', 'YWQ1OTNkNGQtOGU1', '355 109 627 803', 'Wr2vN6')}\n\nDiese Einladung wurde über SAP SuccessFactors versendet. Bitte antworten Sie nicht direkt auf diese E-Mail.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    "Tauern Versicherung", "Expert:in Psychische Gesundheit im Betrieblichen Gesundheitsmanagement", "recruiter_screen",
    "julia.reisinger@tauern-versicherung.at", "successfactors-insurer-bgm-gender-colon-title"))

# D2 Tauern Versicherung: assessment centre, Outlook zone without VTIMEZONE, observers as attendees
EVENTS.append(interview(
    "outlook-no-vtimezone-assessment-center",
    "040000008200E00074C5B7101A82E00800000000A7E5B9C3D6A2DC010000000000000000100000005F4E3D2C1B0A99887766554433221100",
    fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Reisinger, Julia":mailto:julia.reisinger@tauern-versicherung.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Eder, Markus Dr.":mailto:markus.eder@tauern-versicherung.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gruber-Lanz, Simone":mailto:simone.gruber-lanz@tauern-versicherung.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Beamer mobil 3":mailto:beamer.mobil3@tauern-versicherung.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="SBG-Zentrale Seminarraum Untersberg":mailto:sr.untersberg@tauern-versicherung.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Dr. Haas\,\n\nwir freuen uns\, Sie zum Assessment Center für die Position Expert:in Psychische Gesundheit im BGM einzuladen.\n\nAblauf:\n08:30 Begrüßung\n09:00 Fallstudie: Konzept Evaluierung psychischer Belastungen (ASchG) für einen Außendienst mit 400 MA\n11:00 Präsentation vor den Beobachter:innen (Dr. Markus Eder\, Leitung BGM\; Simone Gruber-Lanz\, HR Business Partnerin)\n12:00 Mittagessen\n13:00 Rollenspiel: Gespräch mit einer Führungskraft nach einem Todesfall im Team\n14:30 Interview\n16:00 Ende\n\nAdresse: Tauern Versicherung AG\, Zentrale\, Alpenstraße 61\, 5020 Salzburg\, 4. OG.\nReisekosten werden nach Vorlage der Belege ersetzt.\n\nMit freundlichen Grüßen\nJulia Reisinger
UID:040000008200E00074C5B7101A82E00800000000A7E5B9C3D6A2DC010000000000000000100000005F4E3D2C1B0A99887766554433221100
SUMMARY;LANGUAGE=de-AT:Assessment Center BGM – Fr. Dr. Haas
DTSTART;TZID=W. Europe Standard Time:20260310T083000
DTEND;TZID=W. Europe Standard Time:20260310T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260224T140108Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:SBG-Zentrale Seminarraum Untersberg
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Tauern Versicherung", "Expert:in Psychische Gesundheit im BGM", "onsite",
    "markus.eder@tauern-versicherung.at;simone.gruber-lanz@tauern-versicherung.at",
    "windows-zone-without-vtimezone-assessment-center-room-and-resource"))

# D3 Tauern Versicherung: final talk, rescheduled (SEQUENCE 2)
EVENTS.append(interview(
    "outlook-rescheduled-final",
    "040000008200E00074C5B7101A82E0080000000055C0E1A2B3C4DC0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEST}
BEGIN:VEVENT
ORGANIZER;CN="Eder, Markus Dr.":mailto:markus.eder@tauern-versicherung.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=magdalena.haas@gmx.at:mailto:magdalena.haas@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hofer, Christian":mailto:christian.hofer@tauern-versicherung.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reisinger, Julia":mailto:julia.reisinger@tauern-versicherung.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Dr. Haas\,\n\nleider muss ich unseren Termin vom 26.3. verschieben – Herr Vorstandsdirektor Hofer ist an diesem Tag in Innsbruck. Neuer Termin: Mittwoch\, 8. April\, 10:00 Uhr\, wieder in der Zentrale Salzburg (alternativ gerne per Teams).\n\nIm Abschlussgespräch geht es um Ihre Vorstellungen zum Aufbau des Angebots psychische Gesundheit\, Rahmenbedingungen und Eintritt.\n\nBeste Grüße\nMarkus Eder\nLeitung Betriebliches Gesundheitsmanagement\n\n{teams('de', 'MmE0ZDdmYjctZjk1', '362 875 014 229', 'Yc5rT8')}\n
UID:040000008200E00074C5B7101A82E0080000000055C0E1A2B3C4DC0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890
SUMMARY;LANGUAGE=de-AT:Verschoben: Abschlussgespräch Dr. Haas – BGM Psychische Gesundheit
DTSTART;TZID=W. Europe Standard Time:20260408T100000
DTEND;TZID=W. Europe Standard Time:20260408T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260319T171455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=de-AT:Zentrale Salzburg\, Büro Vorstand 6. OG / Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Tauern Versicherung", "", "final",
    "markus.eder@tauern-versicherung.at;christian.hofer@tauern-versicherung.at",
    "rescheduled-sequence-2-final-with-board-member"))

# E1 FH Marchfeld: Probelehrveranstaltung (teaching sample), Outlook
EVENTS.append(interview(
    "outlook-teaching-sample",
    "040000008200E00074C5B7101A82E00800000000B2C3D4E5C9C7DC01000000000000000010000000778899AABBCCDDEEFF00112233445566",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{WEST}
BEGIN:VEVENT
ORGANIZER;CN="Sommer, Birgit":mailto:birgit.sommer@fh-marchfeld.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="magdalena.haas@gmx.at":mailto:magdalena.haas@gmx.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hainzl, Thomas":mailto:thomas.hainzl@fh-marchfeld.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="FHM Hörsaal A.0.12":mailto:hs-a012@fh-marchfeld.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Dr.in Haas\,\n\nim Rahmen des Auswahlverfahrens für die Stelle Hochschullehrende:r für Klinische Psychologie (Teilzeit 50 %\, Bachelorstudiengang Gesundheits- und Krankenpflege / Masterlehrgang Psychosoziale Beratung) laden wir Sie zu einer Probelehrveranstaltung ein.\n\nDauer: 20 Minuten Lehreinheit vor Studierenden des 4. Semesters + 10 Minuten Reflexion mit FH-Prof.in Dr.in Birgit Sommer (Studiengangsleitung) und Mag. Thomas Hainzl (Didaktik).\nThema: "Psychosomatische Störungsbilder im Pflegealltag erkennen".\n\nBeamer und Flipchart sind vorhanden.\n\nMit freundlichen Grüßen\nBirgit Sommer
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5C9C7DC01000000000000000010000000778899AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=de-AT:Probelehrveranstaltung Dr.in Haas (Auswahlverfahren Klinische Psychologie)
DTSTART;TZID=W. Europe Standard Time:20260421T160000
DTEND;TZID=W. Europe Standard Time:20260421T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T092301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:FHM Hörsaal A.0.12
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    "FH Marchfeld", "Hochschullehrende:r für Klinische Psychologie (Teilzeit 50 %)", "technical",
    "birgit.sommer@fh-marchfeld.at;thomas.hainzl@fh-marchfeld.at", "fh-teaching-sample-before-students"))

# E2 FH Marchfeld: Hearing before the appointment committee, Webex
EVENTS.append(interview(
    "webex-committee-hearing",
    "b3d81f0c9e4a4c6fa2e07d15c8b96e31@fh-marchfeld.webex.example",
    fold(r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Meetings 45.3//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Mitteleuropäische Zeit
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:b3d81f0c9e4a4c6fa2e07d15c8b96e31@fh-marchfeld.webex.example
DTSTAMP:20260429T074500Z
DTSTART;TZID="Mitteleuropäische Zeit":20260512T130000
DTEND;TZID="Mitteleuropäische Zeit":20260512T134500
SUMMARY:Hearing Auswahlkommission – Hochschullehrende:r Klinische Psychologie (Kandidatin: Dr.in M. Haas)
ORGANIZER;CN=Personalabteilung FH Marchfeld:mailto:personal@fh-marchfeld.at
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Birgit Sommer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:birgit.sommer@fh-marchfeld.at
ATTENDEE;CN=Wolfgang Steindl;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:wolfgang.steindl@fh-marchfeld.at
ATTENDEE;CN=Nina Radlegger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:nina.radlegger@fh-marchfeld.at
DESCRIPTION:Sehr geehrte Frau Dr.in Haas\,\n\nherzlichen Dank für Ihre Probelehrveranstaltung. Wir laden Sie nun zum Hearing vor der Auswahlkommission ein (FH-Prof.in Dr.in Birgit Sommer\, Vizerektor FH-Prof. Dr. Wolfgang Steindl\, Nina Radlegger\, BSc MSc als Vertreterin des Kollegiums). Die Gleichbehandlungsbeauftragte nimmt beobachtend teil.\n\nBitte bereiten Sie eine 10-minütige Präsentation Ihres Lehrkonzepts vor.\n\n-- Webex-Meeting beitreten --\nhttps://fh-marchfeld.webex.com/fh-marchfeld/j.php?MTID=m8c1e2f0a9b7d6c5e4f3a2b1c0d9e8f7a\nMeeting-Kennnummer (Zugriffscode): 2784 115 9023\nMeeting-Passwort: Hear2026!\n\nÜber Telefon beitreten\n+43-1-2677-8940 Österreich gebührenpflichtig\n\nMit freundlichen Grüßen\nPersonalabteilung FH Marchfeld
LOCATION:https://fh-marchfeld.webex.com/fh-marchfeld/j.php?MTID=m8c1e2f0a9b7d6c5e4f3a2b1c0d9e8f7a
STATUS:CONFIRMED
SEQUENCE:0
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    "FH Marchfeld", "Hochschullehrende:r Klinische Psychologie", "final",
    "birgit.sommer@fh-marchfeld.at;wolfgang.steindl@fh-marchfeld.at;nina.radlegger@fh-marchfeld.at",
    "webex-german-localised-zone-name-committee-hearing"))

# F1 Klinik Donaupark (own employer), internal application: talk with the medical director
EVENTS.append(interview(
    "outlook-internal-application",
    "040000008200E00074C5B7101A82E0080000000088D1E2F3A4A5DC01000000000000000010000000C0FFEE11223344556677889900AABBCC",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEST}
BEGIN:VEVENT
ORGANIZER;CN="Trummer, Eva, Dr.";SENT-BY="mailto:direktion.sekretariat@klinik-donaupark.at":mailto:eva.trummer@klinik-donaupark.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haas, Magdalena, Dr.":mailto:magdalena.haas@klinik-donaupark.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kovacs, Bernhard, Mag.":mailto:bernhard.kovacs@klinik-donaupark.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="KDP Direktion Besprechung 1":mailto:kdp-dir-bespr1@klinik-donaupark.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Kollegin Haas\,\n\nvielen Dank für Ihre Bewerbung auf die interne Ausschreibung "Leitung Klinische Psychologie und Gesundheitspsychologie (Psychosomatik und Konsiliardienst)". Ich möchte gerne mit Ihnen und Herrn Mag. Kovacs (Personalentwicklung) ein erstes Gespräch über Ihre Vorstellungen zur Leitungsfunktion führen.\n\nDas Gespräch ist vertraulich\; bitte tragen Sie den Termin im Dienstplan als "Termin Direktion" ein.\n\nHerzliche Grüße\nEva Trummer\nÄrztliche Direktorin
UID:040000008200E00074C5B7101A82E0080000000088D1E2F3A4A5DC01000000000000000010000000C0FFEE11223344556677889900AABBCC
SUMMARY;LANGUAGE=de-AT:Gespräch interne Bewerbung Leitung Klin. Psychologie – Dr. Haas
DTSTART;TZID=W. Europe Standard Time:20260302T150000
DTEND;TZID=W. Europe Standard Time:20260302T160000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260223T110217Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:KDP Direktion Besprechung 1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Klinik Donaupark", "Leitung Klinische Psychologie und Gesundheitspsychologie", "hiring_manager",
    "eva.trummer@klinik-donaupark.at;bernhard.kovacs@klinik-donaupark.at",
    "internal-application-own-employer-work-address-private-class"))

# F2 Klinik Donaupark internal: Hearing, looks like a schedule of candidates ("Kandidatin 2")
EVENTS.append(interview(
    "outlook-internal-hearing-candidate-slot",
    "040000008200E00074C5B7101A82E00800000000C4D5E6F7ABB9DC010000000000000000100000009988776655443322110FEDCBA9876543",
    fold(rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{WEST}
BEGIN:VEVENT
ORGANIZER;CN="Kovacs, Bernhard, Mag.":mailto:bernhard.kovacs@klinik-donaupark.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Haas, Magdalena, Dr.":mailto:magdalena.haas@klinik-donaupark.at
DESCRIPTION;LANGUAGE=de-AT:Liebe Frau Dr. Haas\,\n\nSie sind im Hearing für die Leitung Klinische Psychologie und Gesundheitspsychologie als Kandidatin 2 eingeteilt (10:30-11:15).\n\nKommission: Dr. Eva Trummer (Ärztliche Direktorin)\, Prim. Dr. Harald Lindner (Vorstand Psychosomatik)\, Dir. Karin Weißensteiner (Pflegedirektion)\, Mag. Bernhard Kovacs (Personalentwicklung\, Protokoll)\, ein Mitglied des Betriebsrats.\n\nAblauf: 10 Min. Präsentation "Meine ersten 100 Tage als Leitung"\, danach Fragen der Kommission. Die Entscheidung wird Ihnen bis Ende April mitgeteilt.\n\nFreundliche Grüße\nBernhard Kovacs
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7ABB9DC010000000000000000100000009988776655443322110FEDCBA9876543
SUMMARY;LANGUAGE=de-AT:Hearing Leitung Klin. Psychologie – Kandidatin 2 (Dr. Haas)
DTSTART;TZID=W. Europe Standard Time:20260331T103000
DTEND;TZID=W. Europe Standard Time:20260331T111500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260317T081944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Verwaltungsgebäude\, Sitzungssaal 3. OG
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
"""),
    "Klinik Donaupark", "Leitung Klinische Psychologie und Gesundheitspsychologie", "final",
    "Eva Trummer;Harald Lindner;Karin Weißensteiner", "internal-hearing-user-is-candidate-2-names-in-text"))

# G1 Reha-Zentrum Hohe Wand: Microsoft Bookings phone screen called "Erstgespräch"
EVENTS.append(interview(
    "bookings-phone-erstgespraech",
    "9f1a3c7e-55b2-4d8a-bc61-0e2f7a4d9c13",
    fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:9f1a3c7e-55b2-4d8a-bc61-0e2f7a4d9c13
DTSTAMP:20260121T094412Z
DTSTART:20260127T103000Z
DTEND:20260127T110000Z
SUMMARY:Telefonisches Erstgespräch – Bewerbung Klinische Psychologin (Reha)
ORGANIZER;CN=Reha-Zentrum Hohe Wand Bewerbungen:mailto:bewerbung@reha-hohewand.at
ATTENDEE;CN=Magdalena Haas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:magdalena.haas@gmx.at
ATTENDEE;CN=Karin Hofstätter;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k.hofstaetter@reha-hohewand.at
LOCATION:Telefon: wir rufen Sie unter +43 680 3319 027 an
DESCRIPTION:Ihre Buchung wurde bestätigt.\n\nDienst: Telefonisches Erstgespräch – Bewerbung Klinische Psychologin (Reha)\nMitarbeiter:in: Karin Hofstätter (Personal & Recruiting)\nDauer: 30 Minuten\n\nKundeninformationen\nName: Magdalena Haas\nE-Mail: magdalena.haas@gmx.at\nTelefon: +43 680 3319 027\nNotizen: Bewerbung über karriere.reha-hohewand.at\, Ref. KP-2026-03\n\nMöchten Sie Ihre Buchung ändern oder stornieren? https://outlook.office365.com/owa/calendar/RehaZentrumHoheWandBewerbungen@reha-hohewand.at/bookings/\n\nMicrosoft Bookings
STATUS:CONFIRMED
SEQUENCE:0
CLASS:PUBLIC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    "Reha-Zentrum Hohe Wand", "Klinische Psychologin", "recruiter_screen",
    "k.hofstaetter@reha-hohewand.at", "bookings-erstgespraech-word-shared-with-patient-intake"))

# G2 Reha-Zentrum Hohe Wand: hand-typed Thunderbird entry, floating time, LF only
EVENTS.append(interview(
    "thunderbird-floating-terse",
    "a4e2c9d1-7b3f-4e60-9a18-5c2d0b7f8e46",
    r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20260130T192205Z
LAST-MODIFIED:20260130T192317Z
DTSTAMP:20260130T192317Z
UID:a4e2c9d1-7b3f-4e60-9a18-5c2d0b7f8e46
SUMMARY:VG Reha Hohe Wand - Prim. Dr. Schwaiger + Fr. Hofstätter\, danach Hausführung
DTSTART:20260209T100000
DTEND:20260209T120000
LOCATION:Reha-Zentrum Hohe Wand\, Stollhof
DESCRIPTION:Zeugnisse + Approbationsbescheid (Berufsliste) mitnehmen\nfragen: Supervision\, Gruppenangebote\, Fortbildungsbudget\, Dienstwohnung?
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    "Reha-Zentrum Hohe Wand", "", "hiring_manager",
    "Prim. Dr. Schwaiger;Fr. Hofstätter", "thunderbird-floating-abbreviated-vg-lf-only", eol="\n"))

# G3 Reha-Zentrum Hohe Wand: Probetag as an all-day entry on the iPhone
EVENTS.append(interview(
    "ios-all-day-probetag",
    "E0B54F2A-1C3D-4B8E-9F71-62A0D4C3B5E8",
    r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 19.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260212T070114Z
DTSTAMP:20260212T070200Z
LAST-MODIFIED:20260212T070200Z
UID:E0B54F2A-1C3D-4B8E-9F71-62A0D4C3B5E8
SUMMARY:Probetag Hohe Wand (Urlaubstag!)
DTSTART;VALUE=DATE:20260224
DTEND;VALUE=DATE:20260225
DESCRIPTION:7:30 beim Empfang\, Hr. Prim. Schwaiger holt mich ab. Gruppen + Einzelgespräche mitlaufen\, Testdiagnostik-Raum anschauen
TRANSP:TRANSPARENT
SEQUENCE:0
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    "Reha-Zentrum Hohe Wand", "", "onsite",
    "", "all-day-probetag-typed-as-vacation-day"))
