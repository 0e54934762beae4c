# ruff: noqa: E501, W291
"""holdout250 events, part a: the user's own interviews (internal, Munich private clinic, Oberland, Rosenheim,
birth centre, university, home-visit service, Salzburg, Zurich)."""
from holdout250ev_zones import (
                                APPLE_BERLIN,
                                APPLE_HEAD,
                                BERLIN,
                                GOOGLE_HEAD,
                                OUTLOOK_HEAD,
                                TB_BERLIN,
                                TB_HEAD,
                                UTC1,
                                VIENNA,
                                WEST,
                                ZURICH,
)

EVENTS = [
    # A1 internal application, Exchange, organizer with SENT-BY, room attendee
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E008000000008C3D2A1F7E2ADC01000000000000000010000000A1C7F5E2B49D0C4B8E0F3A6D2C91B7E4",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Kaltenecker, Monika";SENT-BY="mailto:sekretariat.pflegedirek
 tion@klinikum-isarauen.de":mailto:monika.kaltenecker@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Aigner, D
 r. Stefanie":mailto:stefanie.aigner@klinikum-isarauen.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;C
 N="PD Besprechungsraum 2.014 (8 Pers.)":mailto:raum.pd2014@klinikum-isarau
 en.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Brandl\,\n\nvielen Dank für Ihre inte
 rne Bewerbung auf die Stelle der Stellvertretenden Kreißsaalleitung (Aussc
 hreibung 2025-117). Gerne möchten wir mit Ihnen ins Gespräch kommen. Am Ge
 spräch nehmen Frau Kaltenecker (Pflegedirektorin) und Frau Dr. Aigner (Che
 färztin Geburtshilfe) teil.\n\nBitte stimmen Sie Ihren Dienst mit der Stat
 ionsleitung ab – die Gesprächszeit gilt als Arbeitszeit.\n\nMit freundlich
 en Grüßen\ni.A. Petra Loibl\nSekretariat Pflegedirektion\n
UID:040000008200E00074C5B7101A82E008000000008C3D2A1F7E2ADC01000000000000000
 010000000A1C7F5E2B49D0C4B8E0F3A6D2C91B7E4
SUMMARY;LANGUAGE=de-DE:Gespräch interne Bewerbung Stellv. Kreißsaalleitung 
 – Fr. Brandl
DTSTART;TZID=W. Europe Standard Time:20250924T133000
DTEND;TZID=W. Europe Standard Time:20250924T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250916T081205Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:PD Besprechungsraum 2.014 (8 Pers.)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118447381
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
         is_interview=1, company="Klinikum Isarauen", role="Stellvertretende Kreißsaalleitung", stage="hiring_manager",
         interviewers="monika.kaltenecker@klinikum-isarauen.de;stefanie.aigner@klinikum-isarauen.de",
         trap="internal-application-own-employer-sent-by", hiring=False),

    # A2 internal second round, Teams, no VTIMEZONE, X-ALT-DESC
    dict(kind="teams-invite", uid="040000008200E00074C5B7101A82E00800000000D41E33B8532CDC01000000000000000010000000F0E99B3E5F1A4144A2E6C10B8C0F5E21",
         ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Kaltenecker, Monika":mailto:monika.kaltenecker@klinikum-isara
 uen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandl, T
 heresa":mailto:theresa.brandl@klinikum-isarauen.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hemmerle,
  Dr. Florian":mailto:florian.hemmerle@klinikum-isarauen.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ostermaie
 r, Gabriele":mailto:gabriele.ostermaier@klinikum-isarauen.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Brandl\,\n\nwie besprochen\, hier die
  Einladung zum zweiten Gespräch (Vorstellung im Direktorium) für die Stelle
  Stellv. Kreißsaalleitung. Bitte bereiten Sie eine kurze Präsentation (10 
 Min.) zu Ihren Ideen für die Dienstplanung im Kreißsaal vor.\n\nViele Grü
 ße\nMonika Kaltenecker\n\n_________________________________________________
 _______________________________\nMicrosoft Teams Benötigen Sie Hilfe?\nJet
 zt an der Besprechung teilnehmen\nBesprechungs-ID: 362 114 908 775\nPasscod
 e: qT7sV2\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E00800000000D41E33B8532CDC01000000000000000
 010000000F0E99B3E5F1A4144A2E6C10B8C0F5E21
SUMMARY;LANGUAGE=de-DE:2. Gespräch Stellv. Kreißsaalleitung – Direktorium (
 Teams)
DTSTART;TZID=W. Europe Standard Time:20251015T150000
DTEND;TZID=W. Europe Standard Time:20251015T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T140233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZjA1OTEzNzItMmU0Ny00@thread.v2/0?context=%7b%22Tid%22%3a%22a1
 c2%22%7d
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:monika.kaltenecker@klinikum-isar
 auen.de\;gruu\;opaque=app:conf:focus:id:teams:2:0!19:meeting_ZjA1OTEzNzI
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Liebe Frau Brandl\,</p><p>wie b
 esprochen\, hier die Einladung zum zweiten Gespräch (Vorstellung im Direkt
 orium) für die Stelle Stellv. Kreißsaalleitung.</p><p><b>Microsoft Teams</
 b> <a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA1OTE
 zNzItMmU0Ny00@thread.v2/0">Jetzt an der Besprechung teilnehmen</a></p></bo
 dy></html>
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Klinikum Isarauen", role="Stellv. Kreißsaalleitung", stage="final",
         interviewers="monika.kaltenecker@klinikum-isarauen.de;florian.hemmerle@klinikum-isarauen.de;gabriele.ostermaier@klinikum-isarauen.de",
         trap="internal-second-round-teams-no-vtimezone", hiring=False),

    # A3 private clinic HR phone screen, Google invite to private address
    dict(kind="google-invite", uid="5k2v9h0q3m8c1r7t4p6n2b0s1d@google.com",
         ics=GOOGLE_HEAD + BERLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251002T111500
DTEND;TZID=Europe/Berlin:20251002T114500
DTSTAMP:20250926T092211Z
ORGANIZER;CN=Julia Straßer:mailto:julia.strasser@frauenklinik-lindenhain.de
UID:5k2v9h0q3m8c1r7t4p6n2b0s1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julia Straßer;X-NUM-GUESTS=0:mailto:julia.strasser@frauenklinik-linden
 hain.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
X-GOOGLE-CONFERENCE:https://meet.google.com/vxb-qkre-tns
CREATED:20250926T092210Z
DESCRIPTION:Liebe Frau Brandl\,\n\nwie per Mail angekündigt ein kurzes tele
 fonisches Erstgespräch zu Ihrer Bewerbung als Leitende Hebamme (m/w/d). Ich
  rufe Sie unter der angegebenen Mobilnummer an\; alternativ können Sie sich
  über Google Meet einwählen.\n\nHerzliche Grüße\nJulia Straßer\nPersonal &
  Recruiting\, Frauenklinik Lindenhain GmbH\n\n-::~:~::~:~:~:~:~:~:~:~:~:~
 :~:~:~:~::~:~::-\nMit Google Meet teilnehmen: https://meet.google.com/vxb-q
 kre-tns\nOder telefonisch teilnehmen: (DE) +49 30 300195012 PIN: 512 448 
 903#\n\nInvitation from Google Calendar: https://calendar.google.com/calend
 ar/\n\nYou are receiving this email because you are an attendee on the eve
 nt.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250926T092211Z
LOCATION:Telefon / Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Telefonisches Erstgespräch – Leitende Hebamme (m/w/d) | Frauenklin
 ik Lindenhain
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Frauenklinik Lindenhain", role="Leitende Hebamme (m/w/d)", stage="recruiter_screen",
         interviewers="julia.strasser@frauenklinik-lindenhain.de", trap="google-invite-private-address-erstgespraech",
         hiring=False),

    # A4 hand-typed trial shadowing, floating time, alarm
    dict(kind="apple-event", uid="B3D1F6A2-7C44-4E19-9A0B-1E5C2D8F3A77",
         ics=APPLE_HEAD + r"""BEGIN:VEVENT
CREATED:20251003T183012Z
UID:B3D1F6A2-7C44-4E19-9A0B-1E5C2D8F3A77
DTEND:20251014T150000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Hospitation Lindenhain Kreißsaal 7-15h!! Kasack+Clogs mitnehmen
LAST-MODIFIED:20251003T183344Z
DTSTAMP:20251003T183344Z
DTSTART:20251014T070000
LOCATION:Frauenklinik Lindenhain\nLindenhainstraße 40\, 81377 München
SEQUENCE:1
DESCRIPTION:bei Fr. Straßer melden\, dann mit Schichtleitung mitlaufen. Fr
 agen: Dienstplanmodell? Rufbereitschaft Leitung? Geburtenzahl ~1600
BEGIN:VALARM
X-WR-ALARMUID:6E2E0C51-2D0A-4B59-B7E2-0C5D6D6C4A90
UID:6E2E0C51-2D0A-4B59-B7E2-0C5D6D6C4A90
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Frauenklinik Lindenhain", role="", stage="onsite", interviewers="",
         trap="hand-typed-hospitation-floating-time", hiring=False),

    # A5 final round, rescheduled (SEQUENCE 2), Outlook (UTC+01:00) zone
    dict(kind="outlook-reschedule", uid="040000008200E00074C5B7101A82E00800000000B2E08C1E9E31DC01000000000000000010000000E3C2D9A0B11F4F0DA9C3E0B1D5F8A611",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + UTC1 + r"""BEGIN:VEVENT
ATTENDEE;CN="Wenger, Dr. Claudia";RSVP=TRUE:mailto:claudia.wenger@frauenkl
 inik-lindenhain.de
ATTENDEE;CN="Voggenreiter, Prof. Dr. Bernhard";RSVP=TRUE:mailto:bernhard.vo
 ggenreiter@frauenklinik-lindenhain.de
ATTENDEE;CN=theresa.brandl@web.de;RSVP=TRUE:mailto:theresa.brandl@web.de
CLASS:PUBLIC
CREATED:20251021T121544Z
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nleider müssen wir das Abschlussge
 spräch wegen einer Terminkollision von Prof. Voggenreiter (OP-Plan) versch
 ieben. Der neue Termin ist Donnerstag\, 6. November\, 16:00 Uhr. Ort unverä
 ndert: Verwaltungsgebäude\, 3. OG\, Raum Geschäftsführung.\n\nWir freuen un
 s auf Sie!\nJulia Straßer\n
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2025
 1106T170000
DTSTAMP:20251027T101903Z
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20
 251106T160000
LAST-MODIFIED:20251027T101903Z
LOCATION:Frauenklinik Lindenhain\, Verwaltung 3. OG
ORGANIZER;CN="Straßer, Julia":mailto:julia.strasser@frauenklinik-lindenhai
 n.de
PRIORITY:5
SEQUENCE:2
SUMMARY;LANGUAGE=de:Verschoben: Abschlussgespräch Leitende Hebamme – Fr. Br
 andl
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B2E08C1E9E31DC01000000000000000
 010000000E3C2D9A0B11F4F0DA9C3E0B1D5F8A611
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
         is_interview=1, company="Frauenklinik Lindenhain", role="Leitende Hebamme", stage="final",
         interviewers="claudia.wenger@frauenklinik-lindenhain.de;bernhard.voggenreiter@frauenklinik-lindenhain.de",
         trap="rescheduled-sequence-2-utc-display-zone", hiring=False),

    # A6 Kreisklinik Oberland, Outlook display-name zone, Personalrat mentioned
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000C90A12F3E12BDC01000000000000000010000000B7A5E0D3C2F14A0E8D6B5C4A3E2F1D09",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + UTC1 + r"""BEGIN:VEVENT
ORGANIZER;CN="Personalabteilung Kreisklinik Loisachtal":mailto:bewerbung@k
 reisklinik-loisachtal.de
ATTENDEE;CN="Huber, Josef (PDL)";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jose
 f.huber@kreisklinik-loisachtal.de
ATTENDEE;CN="Zankl, Dr. Rainer";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:raine
 r.zankl@kreisklinik-loisachtal.de
ATTENDEE;CN="Theresa Brandl";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.
 brandl@web.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Konferenzraum Zugspitze (
 Haus A)":mailto:kr-zugspitze@kreisklinik-loisachtal.de
CLASS:PUBLIC
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nwir laden Sie herzlich zu einem V
 orstellungsgespräch für die Position Leitende Hebamme (m/w/d) ein. Gespräc
 hspartner: Herr Huber (Pflegedienstleitung) und Herr Dr. Zankl (Chefarzt G
 ynäkologie & Geburtshilfe). Ein Mitglied des Personalrats nimmt beratend t
 eil.\n\nBitte melden Sie sich an der Pforte Haus A. Parkplätze P2 (kosten
 los für Bewerber*innen).\n\nFreundliche Grüße\nIhre Personalabteilung\n
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20
 251008T100000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":2025
 1008T111500
DTSTAMP:20250929T074411Z
LOCATION:Kreisklinik Loisachtal\, Haus A\, Konferenzraum Zugspitze
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=de:Vorstellungsgespräch Leitende Hebamme (m/w/d)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C90A12F3E12BDC01000000000000000
 010000000B7A5E0D3C2F14A0E8D6B5C4A3E2F1D09
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Kreisklinik Loisachtal", role="Leitende Hebamme (m/w/d)", stage="hiring_manager",
         interviewers="josef.huber@kreisklinik-loisachtal.de;rainer.zankl@kreisklinik-loisachtal.de",
         trap="resource-room-and-personalrat-observer", hiring=False),

    # A7 trial day, Thunderbird, typed by the user
    dict(kind="thunderbird-event", uid="f3a8c1d2-6b7e-4f90-a1b2-c3d4e5f60718",
         ics=TB_HEAD + TB_BERLIN + r"""BEGIN:VEVENT
CREATED:20251009T191204Z
LAST-MODIFIED:20251009T191530Z
DTSTAMP:20251009T191530Z
UID:f3a8c1d2-6b7e-4f90-a1b2-c3d4e5f60718
SUMMARY:Probearbeiten Kreisklinik Loisachtal - Kreißsaal Frühdienst
STATUS:CONFIRMED
DTSTART;TZID=Europe/Berlin:20251021T060000
DTEND;TZID=Europe/Berlin:20251021T141500
DESCRIPTION:Ansprechpartnerin vor Ort: Hebamme Veronika Rieger (Schichtleit
 ung). Hepatitis-Titer + Masernnachweis mitbringen! Abends Rückmeldung an H
 r. Huber.
LOCATION:Kreisklinik Loisachtal\, Kreißsaal 2. OG
TRANSP:OPAQUE
X-MOZ-GENERATION:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT12H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Kreisklinik Loisachtal", role="", stage="onsite",
         interviewers="Veronika Rieger", trap="thunderbird-probearbeiten-trial-shift", hiring=False),

    # A8 SuccessFactors video interview, UTC times
    dict(kind="successfactors-invite", uid="SF-INTV-3f6b2a0e-91c4-4d2b-8a5e-7c0d4e2b9a13",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-3f6b2a0e-91c4-4d2b-8a5e-7c0d4e2b9a13
DTSTAMP:20251001T061512Z
DTSTART:20251009T080000Z
DTEND:20251009T083000Z
SUMMARY:Interview: Hebamme (m/w/d) mit Teamleitungsfunktion - Vitalis Klini
 kum Rosenheim (Req. 48213)
ORGANIZER;CN=Vitalis Kliniken Recruiting:mailto:recruiting@vitalis-kliniken
 .de
ATTENDEE;CN=Anja Bichler;ROLE=REQ-PARTICIPANT:mailto:anja.bichler@vitalis-k
 liniken.de
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:Microsoft Teams
DESCRIPTION:Guten Tag Theresa Brandl\,\n\nvielen Dank für Ihr Interesse an 
 der Position Hebamme (m/w/d) mit Teamleitungsfunktion (Req. 48213). Wir la
 den Sie zu einem ersten Video-Interview mit Ihrer Recruiterin Anja Bichler
  ein.\n\nDatum: 09.10.2025\nUhrzeit: 10:00 - 10:30 (MESZ)\nTeilnahmelink: 
 https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmZkYzE\n\nSie könn
 en diesen Termin über Ihr Kandidatenprofil bestätigen oder ablehnen.\n\nD
 iese Nachricht wurde über SAP SuccessFactors Recruiting versendet. Bitte an
 tworten Sie nicht auf diese E-Mail.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Vitalis Klinikum Rosenheim", role="Hebamme (m/w/d) mit Teamleitungsfunktion",
         stage="recruiter_screen", interviewers="anja.bichler@vitalis-kliniken.de",
         trap="ats-successfactors-utc-req-number", hiring=False),

    # A9 Vitalis on site, Outlook, ROOM attendee
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E00800000000A0F6D7C23836DC01000000000000000010000000C4D5E6F708192A3B4C5D6E7F80912A3B",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Schwarzenbeck, Ingrid":mailto:ingrid.schwarzenbeck@vitalis-kl
 iniken.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr. med. Matt
 hias Lenggrieser":mailto:matthias.lenggrieser@vitalis-kliniken.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bichler, 
 Anja":mailto:anja.bichler@vitalis-kliniken.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="ROS-Haus C-
 Besprechung 1.12":mailto:ros-c112@vitalis-kliniken.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Brandl\,\n\nnach dem guten ers
 ten Eindruck im Video-Interview möchten wir Sie gerne persönlich kennenlern
 en. Gespräch mit Frau Schwarzenbeck (Pflegedirektion) und Herrn Dr. Lenggr
 ieser (Chefarzt Frauenklinik)\, im Anschluss kurzer Rundgang durch Kreißsa
 al und Wochenstation.\n\nFrau Bichler (Recruiting) ist optional dabei und 
 koordiniert die Reisekostenerstattung.\n
UID:040000008200E00074C5B7101A82E00800000000A0F6D7C23836DC01000000000000000
 010000000C4D5E6F708192A3B4C5D6E7F80912A3B
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Hebamme mit Teamleitung – Frau 
 Brandl
DTSTART;TZID=W. Europe Standard Time:20251030T090000
DTEND;TZID=W. Europe Standard Time:20251030T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T113020Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:ROS-Haus C-Besprechung 1.12
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Vitalis Klinikum Rosenheim", role="Hebamme mit Teamleitung", stage="hiring_manager",
         interviewers="ingrid.schwarzenbeck@vitalis-kliniken.de;matthias.lenggrieser@vitalis-kliniken.de",
         trap="recruiter-as-optional-coordinator", hiring=False),

    # A10 terse hand-typed final round
    dict(kind="apple-event", uid="8F0E2B51-94C3-4A8E-B7D0-5C1A3E9F2D64",
         ics=APPLE_HEAD + APPLE_BERLIN + r"""BEGIN:VEVENT
CREATED:20251112T204411Z
UID:8F0E2B51-94C3-4A8E-B7D0-5C1A3E9F2D64
DTEND;TZID=Europe/Berlin:20251119T153000
TRANSP:OPAQUE
SUMMARY:Vitalis Ro final w/ GF + PD
DTSTART;TZID=Europe/Berlin:20251119T140000
DTSTAMP:20251112T204411Z
SEQUENCE:0
LOCATION:Rosenheim
BEGIN:VALARM
TRIGGER:-PT2H
ACTION:DISPLAY
DESCRIPTION:Erinnerung
END:VALARM
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Vitalis Klinikum Rosenheim", role="", stage="final", interviewers="",
         trap="terse-abbreviations-final-no-attendees", hiring=False),

    # A11 birth centre founder writing from free-mail (GMX calendar)
    dict(kind="gmx-invite", uid="20251006T184512Z-31877@gmx.net",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//1&1 Mail & Media GmbH//GMX Kalender Server 2.0//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:20251006T184512Z-31877@gmx.net
DTSTAMP:20251006T184512Z
DTSTART;TZID=Europe/Berlin:20251013T193000
DTEND;TZID=Europe/Berlin:20251013T203000
SUMMARY:Kennenlernen Theresa / Geburtshaus Morgenrot
ORGANIZER;CN=Hanna Lechner:mailto:hanna.lechner@gmx.de
ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Theresa Brandl:mailto:theresa.b
 randl@web.de
LOCATION:Geburtshaus Morgenrot\, Wörthstr. 19 (Hinterhof)\, München-Haidha
 usen
DESCRIPTION:Hallo Theresa\,\n\nschön\, dass du dich auf unsere Anzeige gemel
 det hast! Wie am Telefon gesagt: komm doch nach der Kurszeit bei uns vorbe
 i\, dann zeig ich dir die Räume und wir reden in Ruhe über die Stelle (Heb
 amme für außerklinische Geburtshilfe\, 2er-Rufbereitschaft\, Hausgeburten 
 + Geburtshaus). Meine Kollegin Sophie ist evtl. auch da.\n\nLiebe Grüße\nH
 anna\n(Gründerin & Inhaberin Geburtshaus Morgenrot)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Geburtshaus Morgenrot", role="Hebamme für außerklinische Geburtshilfe",
         stage="hiring_manager", interviewers="hanna.lechner@gmx.de",
         trap="founder-freemail-kennenlernen-du-form", hiring=False),

    # A12 birth centre trial on-call day, all-day event, iOS with invite
    dict(kind="apple-event", uid="C71D0A3E-5B2F-4E8C-9D61-7A0B3F2E1C58",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
CREATED:20251014T071201Z
UID:C71D0A3E-5B2F-4E8C-9D61-7A0B3F2E1C58
DTEND;VALUE=DATE:20251026
TRANSP:TRANSPARENT
SUMMARY:Probedienst Geburtshaus Morgenrot (24h Rufbereitschaft mitlaufen)
DTSTART;VALUE=DATE:20251025
DTSTAMP:20251014T071201Z
ORGANIZER;CN=Theresa Brandl:mailto:theresa.brandl@web.de
ATTENDEE;CN=Theresa Brandl;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:theresa.bran
 dl@web.de
ATTENDEE;CN=Hanna Lechner;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hanna.lech
 ner@gmx.de
DESCRIPTION:Probedienst wie besprochen – Hanna entscheidet danach mit dem T
 eam. Handy laut\, Tasche gepackt. Sa 8:00 bis So 8:00.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Geburtshaus Morgenrot", role="", stage="onsite", interviewers="hanna.lechner@gmx.de",
         trap="all-day-probedienst-user-as-organizer", hiring=False),

    # A13 university: teaching demonstration (Lehrprobe), Zoom
    dict(kind="zoom-invite", uid="hfg-isartal-berufung-2025-0917-lehrprobe-brandl@hfg-isartal.de",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WEST + r"""BEGIN:VEVENT
UID:hfg-isartal-berufung-2025-0917-lehrprobe-brandl@hfg-isartal.de
DTSTAMP:20251020T093000Z
DTSTART;TZID=W. Europe Standard Time:20251105T130000
DTEND;TZID=W. Europe Standard Time:20251105T140000
SUMMARY:Lehrprobe und Auswahlgespräch – Lehrkraft für besondere Aufgaben (
 Praxisanleitung Hebammenwissenschaft)
ORGANIZER;CN=Personalabteilung HfG Isartal:mailto:personal@hfg-isartal.de
ATTENDEE;CN="Seidlmeier, Prof. Dr. Martina";ROLE=CHAIR:mailto:martina.seidl
 meier@hfg-isartal.de
ATTENDEE;CN="Kowalczyk, Agnieszka (M.Sc.)";ROLE=REQ-PARTICIPANT:mailto:agni
 eszka.kowalczyk@hfg-isartal.de
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:Zoom (Link s.u.)
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nim Namen der Auswahlkommission la
 den wir Sie zur Lehrprobe ein. Thema: „Anleitung einer Studierenden bei 
 der ersten vaginalen Untersuchung – Lernsituation planen und reflektieren
 “ (20 Minuten\, Zielgruppe 3. Semester). Anschließend Auswahlgespräch mit 
 der Kommission (ca. 30 Min.)\, Vorsitz Prof. Dr. Seidlmeier (Studiengangsl
 eitung).\n\nZoom-Meeting beitreten\nhttps://hfg-isartal.zoom.us/j/8412236
 0917?pwd=QmVyd2VyYnVuZw\nMeeting-ID: 841 2236 0917\nKenncode: 552190\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Hochschule für Gesundheit Isartal",
         role="Lehrkraft für besondere Aufgaben (Praxisanleitung Hebammenwissenschaft)", stage="technical",
         interviewers="martina.seidlmeier@hfg-isartal.de;agnieszka.kowalczyk@hfg-isartal.de",
         trap="lehrprobe-teaching-demo-as-test", hiring=False),

    # A14 university final with the president's office, Webex
    dict(kind="webex-invite", uid="9c2e7d4a1b0f4e3a8d6c5b4a3f2e1d0c@hfg-isartal.webex.com",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:9c2e7d4a1b0f4e3a8d6c5b4a3f2e1d0c@hfg-isartal.webex.com
DTSTAMP:20251118T150211Z
DTSTART;TZID=Europe/Berlin:20251127T100000
DTEND;TZID=Europe/Berlin:20251127T104500
SUMMARY:Abschließendes Gespräch mit der Vizepräsidentin Lehre – LfbA Prax
 isanleitung Hebammenwissenschaft
ORGANIZER;CN=Vizepräsidentin Lehre (Büro):mailto:vp-lehre@hfg-isartal.de
ATTENDEE;CN=Prof. Dr. Ulrike Fahrenschon;ROLE=CHAIR:mailto:ulrike.fahrensc
 hon@hfg-isartal.de
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:https://hfg-isartal.webex.com/hfg-isartal/j.php?MTID=m8a1f0c3e
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\ndie Auswahlkommission hat Sie auf
  Platz 1 der Liste gesetzt. Vor der Entscheidung des Präsidiums bittet Fra
 u Prof. Dr. Fahrenschon um ein abschließendes Gespräch (Lehrdeputat\, Verg
 ütung nach TV-L E11\, Freistellung für den Master).\n\n-- Webex-Meeting be
 itreten --\nMeeting-Kennnummer (Zugriffscode): 2731 884 1029\nMeeting-Pass
 wort: Hebamme25\nÜber Telefon beitreten: +49-619-6781-9736 Deutschland Ge
 bühr\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Hochschule für Gesundheit Isartal", role="LfbA Praxisanleitung Hebammenwissenschaft",
         stage="final", interviewers="ulrike.fahrenschon@hfg-isartal.de",
         trap="webex-university-final-office-organizer", hiring=False),

    # A15 home-visit service, Calendly; "Kennenlerngespräch" like the parents' bookings
    dict(kind="calendly-invite", uid="c4e8b1f2-2a7d-4c3e-b9f0-61d5a8e73c02",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:c4e8b1f2-2a7d-4c3e-b9f0-61d5a8e73c02
DTSTAMP:20251104T201733Z
DTSTART:20251111T171500Z
DTEND:20251111T174500Z
SUMMARY:Kennenlerngespräch Bewerbung Hebamme (Wochenbettbetreuung) zwische
 n Katrin Obermaier und Theresa Brandl
ORGANIZER;CN=Katrin Obermaier:mailto:katrin.obermaier@wochenbettmobil.de
ATTENDEE;CN=Theresa Brandl;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:theresa.bran
 dl@web.de
ATTENDEE;CN=Katrin Obermaier;PARTSTAT=ACCEPTED:mailto:katrin.obermaier@woch
 enbettmobil.de
LOCATION:Google Meet: https://meet.google.com/ahr-mdtq-wxe
DESCRIPTION:Event Name: Kennenlerngespräch Bewerbung Hebamme (Wochenbettbet
 reuung)\n\nLocation: This is a Google Meet web conference. https://meet.go
 ogle.com/ahr-mdtq-wxe\n\nNeed to make changes to this event?\nCancel: http
 s://calendly.com/cancellations/c4e8b1f2\nReschedule: https://calendly.com/
 reschedulings/c4e8b1f2\n\nPlease share anything that will help prepare for
  our meeting.: Hebamme seit 2016\, Kreißsaal Klinikum Isarauen\, suche 
 Wochenbettbetreuung in Teilzeit (ca. 25 Std.) im Münchner Süden.\n\nPowered
  by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="WochenbettMobil", role="Hebamme (Wochenbettbetreuung)", stage="hiring_manager",
         interviewers="katrin.obermaier@wochenbettmobil.de", trap="calendly-kennenlerngespraech-same-word-as-parents",
         hiring=False),

    # A16 Salzburg, Prescreen ATS, Austrian German ("Jänner")
    dict(kind="prescreen-invite", uid="prescreen-interview-88213-5519@salzachklinikum.at",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//prescreen//Interview Scheduler//DE
METHOD:REQUEST
""" + VIENNA + r"""BEGIN:VEVENT
UID:prescreen-interview-88213-5519@salzachklinikum.at
DTSTAMP:20251219T101500Z
DTSTART;TZID=Europe/Vienna:20260114T090000
DTEND;TZID=Europe/Vienna:20260114T093000
SUMMARY:Telefoninterview – Leitende Hebamme (w/m/d) – Salzachklinikum Salzb
 urg
ORGANIZER;CN=Salzachklinikum Salzburg – Personalmanagement:mailto:bewerbung
 @salzachklinikum.at
ATTENDEE;CN=Mag. Daniela Hofer-Pichler;ROLE=REQ-PARTICIPANT:mailto:daniela.
 hofer-pichler@salzachklinikum.at
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:Telefon – wir rufen Sie an (+49 Mobilnummer aus Ihrer Bewerbung)
DESCRIPTION:Sehr geehrte Frau Brandl\,\n\nwir bedanken uns für Ihre Bewerbu
 ng als Leitende Hebamme (w/m/d) am Salzachklinikum. Gerne vereinbaren wir 
 mit Ihnen ein erstes Telefoninterview am Mittwoch\, 14. Jänner 2026\, um 9
 :00 Uhr mit Frau Mag. Hofer-Pichler (Personalmanagement).\n\nBitte halten 
 Sie Ihr Anerkennungsschreiben (Berufsanerkennung Hebamme\, Österreichisch
 es Hebammengremium) bereit\, falls vorhanden.\n\nMit freundlichen Grüßen\n
 Ihr Recruiting-Team\n\nVersendet mit prescreen.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Salzachklinikum Salzburg", role="Leitende Hebamme (w/m/d)", stage="recruiter_screen",
         interviewers="daniela.hofer-pichler@salzachklinikum.at", trap="austrian-ats-jaenner-vienna-zone",
         hiring=False),

    # A17 Salzburg Hearing (Austrian public-sector format)
    dict(kind="outlook-invite", uid="040000008200E00074C5B7101A82E008000000005D3C1E72A877DC01000000000000000010000000A9B8C7D6E5F40312A1B2C3D4E5F60718",
         ics=OUTLOOK_HEAD + WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Hofer-Pichler, Daniela":mailto:daniela.hofer-pichler@salzachk
 linikum.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ennsthaler, M
 ag. Brigitte (Pflegedirektorin)":mailto:brigitte.ennsthaler@salzachklinik
 um.at
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pichlmayr, Pr
 im. Univ.-Doz. Dr. Wolfgang":mailto:wolfgang.pichlmayr@salzachklinikum.at
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Betriebsrat S
 alzachklinikum":mailto:betriebsrat@salzachklinikum.at
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN="Direktionssaal (Haus 1)":mai
 lto:direktionssaal@salzachklinikum.at
DESCRIPTION;LANGUAGE=de-AT:Sehr geehrte Frau Brandl\,\n\nwir freuen uns\, I
 hnen mitteilen zu können\, dass Sie zum Hearing für die Funktion Leitende 
 Hebamme (w/m/d) eingeladen sind. Das Hearing ist die abschließende Runde de
 s Auswahlverfahrens.\n\nAblauf: Präsentation Ihres Führungskonzepts für de
 n Kreißsaal (max. 10 Min.)\, anschließend Fragen der Kommission (Pflegedir
 ektorin Mag. Ennsthaler\, Primar Univ.-Doz. Dr. Pichlmayr\; der Betriebsra
 t nimmt als Beobachter teil).\n\nReisekosten werden nach Vorlage der Belege
  ersetzt.\n\nMit freundlichen Grüßen\nMag. Daniela Hofer-Pichler\n
UID:040000008200E00074C5B7101A82E008000000005D3C1E72A877DC01000000000000000
 010000000A9B8C7D6E5F40312A1B2C3D4E5F60718
SUMMARY;LANGUAGE=de-AT:Hearing Leitende Hebamme (w/m/d) – Kommission
DTSTART;TZID=W. Europe Standard Time:20260203T140000
DTEND;TZID=W. Europe Standard Time:20260203T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260120T084107Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-AT:Direktionssaal (Haus 1)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Salzachklinikum Salzburg", role="Leitende Hebamme (w/m/d)", stage="final",
         interviewers="brigitte.ennsthaler@salzachklinikum.at;wolfgang.pichlmayr@salzachklinikum.at",
         trap="austrian-hearing-commission-betriebsrat-observer", hiring=False),

    # A18 Zurich, Abacus Umantis video interview, Swiss German spelling (no ß)
    dict(kind="umantis-invite", uid="umantis-termin-20251203-47719@limmatfeld.ch",
         ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Abacus Research AG//Umantis Talent Management//DE
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
UID:umantis-termin-20251203-47719@limmatfeld.ch
DTSTAMP:20251126T074500Z
DTSTART;TZID=Europe/Zurich:20251203T080000
DTEND;TZID=Europe/Zurich:20251203T084500
SUMMARY:Einladung Videointerview: Dipl. Hebamme HF/FH – Stv. Leitung Gebär
 saal (80–100 %)
ORGANIZER;CN=Spital Limmatfeld HR:mailto:jobs@limmatfeld.ch
ATTENDEE;CN=Corinne Meier-Good;ROLE=REQ-PARTICIPANT:mailto:corinne.meier-go
 od@limmatfeld.ch
ATTENDEE;CN=Barbara Zürcher;ROLE=REQ-PARTICIPANT:mailto:barbara.zuercher@l
 immatfeld.ch
ATTENDEE;CN=Theresa Brandl;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theresa.br
 andl@web.de
LOCATION:Microsoft Teams (Link folgt per Mail)
DESCRIPTION:Grüezi Frau Brandl\n\nBesten Dank für Ihre Bewerbung. Gerne la
 den wir Sie zu einem ersten Videointerview ein mit Corinne Meier-Good (HR B
 usiness Partnerin) und Barbara Zürcher (Leitung Gebärsaal). Bitte beacht
 en Sie\, dass für eine Anstellung die Anerkennung Ihres Diploms durch das 
 SRK erforderlich ist.\n\nFreundliche Grüsse\nHR Spital Limmatfeld\n\nDiese
  Nachricht wurde mit Abacus Umantis erstellt.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Spital Limmatfeld", role="Dipl. Hebamme HF/FH – Stv. Leitung Gebärsaal",
         stage="recruiter_screen", interviewers="corinne.meier-good@limmatfeld.ch;barbara.zuercher@limmatfeld.ch",
         trap="swiss-umantis-gebaersaal-vocabulary", hiring=False),

    # A19 Zurich Schnuppertag (Swiss trial day), Google invite, English footer
    dict(kind="google-invite", uid="2q8fh6v1tn0m3a9e4k7c5r2d8s@google.com",
         ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + ZURICH + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20251217T070000
DTEND;TZID=Europe/Zurich:20251217T160000
DTSTAMP:20251205T130902Z
ORGANIZER;CN=Barbara Zürcher:mailto:barbara.zuercher@limmatfeld.ch
UID:2q8fh6v1tn0m3a9e4k7c5r2d8s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Barbara Zürcher;X-NUM-GUESTS=0:mailto:barbara.zuercher@limmatfeld.ch
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=theresa.brandl@web.de;X-NUM-GUESTS=0:mailto:theresa.brandl@web.de
CREATED:20251205T130901Z
DESCRIPTION:Liebe Frau Brandl\n\nWie besprochen laden wir Sie zum Schnupper
 tag im Gebärsaal ein. Sie laufen im Frühdienst mit und lernen das Team ken
 nen\; um 14 Uhr kurzes Gespräch mit mir. Arbeitskleidung stellen wir zur V
 erfügung\, bitte eigene Schuhe mitbringen.\n\nHerzliche Grüsse\nBarbara Zü
 rcher\nLeitung Gebärsaal\n\nInvitation from Google Calendar: https://calen
 dar.google.com/calendar/\n\nYou are receiving this email because you are a
 n attendee on the event. To stop receiving future updates for this event\, 
 decline this event.
LAST-MODIFIED:20251205T130902Z
LOCATION:Spital Limmatfeld\, Gebärsaal\, Haus B\, Limmatfeldstrasse 120\, 8
 005 Zürich
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Schnuppertag Gebärsaal – Theresa Brandl
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Spital Limmatfeld", role="", stage="onsite",
         interviewers="barbara.zuercher@limmatfeld.ch", trap="swiss-schnuppertag-trial-day", hiring=False),

    # A20 Zurich 2nd round, mixed English, UTC
    dict(kind="teams-invite", uid="040000008200E00074C5B7101A82E00800000000F1A3C5E7093ADC01000000000000000010000000D2C4E6F8A0B2C4E6F8A0B2C4E6F8A0B2",
         ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Meier-Good Corinne":mailto:corinne.meier-good@limmatfeld.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=theresa.br
 andl@web.de:mailto:theresa.brandl@web.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gerber Thomas
 ":mailto:thomas.gerber@limmatfeld.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dr. med. Anna
 bel Frey":mailto:annabel.frey@limmatfeld.ch
DESCRIPTION;LANGUAGE=en-US:Liebe Frau Brandl\, \n\nanbei die Einladung zum 
 Zweitgespräch (2nd round) mit Thomas Gerber (Leitung Pflege Frauenklinik) 
 und Dr. med. Annabel Frey (Chefärztin Geburtshilfe). Barbara Zürcher ist a
 m Schnuppertag verhindert gewesen und kommt evtl. dazu.\n\n_______________
 _________________________________________________________________\nMicrosof
 t Teams meeting\nJoin on your computer\, mobile app or room device\nClick h
 ere to join the meeting\nMeeting ID: 371 228 450 119\nPasscode: Hb3xQ2\n__
 ______________________________________________________________________________
 \n
UID:040000008200E00074C5B7101A82E00800000000F1A3C5E7093ADC01000000000000000
 010000000D2C4E6F8A0B2C4E6F8A0B2C4E6F8A0B2
SUMMARY;LANGUAGE=en-US:Interview Stv. Leitung Gebärsaal – 2nd round (Brand
 l)
DTSTART:20260108T130000Z
DTEND:20260108T140000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251219T161250Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
         is_interview=1, company="Spital Limmatfeld", role="Stv. Leitung Gebärsaal", stage="hiring_manager",
         interviewers="thomas.gerber@limmatfeld.ch;annabel.frey@limmatfeld.ch",
         trap="mixed-english-german-utc-second-round", hiring=False),
]
