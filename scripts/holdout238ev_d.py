"""holdout238 events, part D: French, Spanish, German invites; Webex, GoTo, dial-in; trial week, all-day, floating, export."""
# ruff: noqa: E501  (raw iCalendar text: long unfolded lines, as the tools write them)

from holdout238ev_common import TZ_CHICAGO, TZ_MADRID, TZ_NAIROBI, TZ_WIN_EAST_AFRICA, TZ_WIN_GREENWICH, TZ_WIN_W_EUROPE

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="teams-invite", uid="040000008200E00074C5B7101A82E00800000000C4D5E6F708B5DB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900",
    iv=1, company="Fondation Agir Sahel", role="Chargé(e) d'analyse de données (Suivi-Évaluation)", stage="",
    who="aminata.diop@agirsahel.org;ousmane.faye@agirsahel.org", trap="french-entretien-greenwich-zone",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_GREENWICH}
BEGIN:VEVENT
ORGANIZER;CN="Diop, Aminata":mailto:aminata.diop@agirsahel.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Faye, Ousmane":mailto:ousmane.faye@agirsahel.org
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Madame Kamau\,\n\nSuite à votre candidature au poste de Chargé(e) d'analyse de données (Suivi-Évaluation)\, basé à Dakar ou à distance\, nous avons le plaisir de vous convier à un entretien d'une heure avec Aminata Diop (Responsable RH) et Ousmane Faye (Coordinateur Suivi-Évaluation régional). L'entretien se déroulera en français et en anglais.\n\nBien cordialement\,\nAminata Diop\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, application mobile ou appareil de salle\nCliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3%40thread.v2/0>\nID de réunion : 377 120 958 440\nCode secret : 9pXq4T\nTélécharger Teams | Rejoindre sur le web\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C4D5E6F708B5DB0100000000000000001000000011AA22BB33CC44DD55EE66FF77889900
SUMMARY;LANGUAGE=fr-FR:Entretien - Chargé(e) d'analyse de données S&E - Mme W. Kamau
DTSTART;TZID=Greenwich Standard Time:20250617T090000
DTEND;TZID=Greenwich Standard Time:20250617T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250610T143002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="meet-invite", uid="5s9d2f6h8k1m3p7r0t4v6x8z1b@google.com",
    iv=1, company="Pagoflux", role="Analista de Datos Sénior", stage="technical",
    who="lucia.fernandez@pagoflux.com", trap="spanish-entrevista-tecnica-madrid",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250618T113000
DTEND;TZID=Europe/Madrid:20250618T123000
DTSTAMP:20250612T090417Z
ORGANIZER;CN=Lucía Fernández:mailto:lucia.fernandez@pagoflux.com
UID:5s9d2f6h8k1m3p7r0t4v6x8z1b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Fernández;X-NUM-GUESTS=0:mailto:lucia.fernandez@pagoflux.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Hola Wanjiru\,<br><br>Te confirmo la entrevista técnica para el puesto de Analista de Datos Sénior (remoto\, equipo de pagos África). Duración: 60 min – caso práctico de SQL sobre transacciones y conciliación\, y preguntas sobre diseño de experimentos (test A/B). Podemos hacerla en inglés si lo prefieres.<br><br>Un saludo\,<br>Lucía (Data Manager)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nUnirse con Google Meet: https://meet.google.com/wmk-rhdx-pnu\nO marcar: (ES) +34 910 48 81 22 PIN: 774 902 116#\n\nNo edites esta sección.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – Wanjiru Kamau (Analista de Datos Sénior)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="teams-invite", uid="040000008200E00074C5B7101A82E008000000003B4C5D6E7F80DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
    iv=1, company="Datenwerk", role="Senior Data Analyst (m/w/d)", stage="",
    who="thomas.becker@datenwerk.de;miriam.schulz@datenwerk.de", trap="german-zweitgespraech-w-europe-zone",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Schulz, Miriam":mailto:miriam.schulz@datenwerk.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Becker, Thomas":mailto:thomas.becker@datenwerk.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Kamau\,\n\nvielen Dank für das angenehme Erstgespräch. Gerne möchten wir Sie zu einem Zweitgespräch mit Herrn Thomas Becker (Teamleiter BI & Analytics) und mir einladen. Das Gespräch findet auf Englisch über Microsoft Teams statt.\n\nMit freundlichen Grüßen\nMiriam Schulz\nPeople & Culture\nDatenwerk GmbH\, Berlin\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nNehmen Sie von Ihrem Computer\, Ihrer mobilen App oder Ihrem Raumgerät teil\nKlicken Sie hier\, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ5%40thread.v2/0>\nBesprechungs-ID: 328 441 017 662\nPasscode: uN3k7B\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000003B4C5D6E7F80DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=de-DE:Zweitgespräch Senior Data Analyst (m/w/d) - Frau Kamau
DTSTART;TZID=W. Europe Standard Time:20250701T100000
DTEND;TZID=W. Europe Standard Time:20250701T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250624T080155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="webex", uid="a1d3f5e7c9b24680@webex.com",
    iv=1, company="Afrexa Development Finance", role="Senior Data Analyst, Portfolio Analytics", stage="onsite",
    who="n.mbeki@afrexa.org;j.kariuki@afrexa.org;o.adeyemi@afrexa.org", trap="webex-dfi-panel",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
UID:a1d3f5e7c9b24680@webex.com
DTSTAMP:20250616T121212Z
DTSTART;TZID=Africa/Nairobi:20250623T100000
DTEND;TZID=Africa/Nairobi:20250623T111500
SUMMARY:Panel Interview - Senior Data Analyst\, Portfolio Analytics (Ref. ADF/HR/25/118)
ORGANIZER;CN=Afrexa Recruitment:mailto:recruitment@afrexa.org
ATTENDEE;CN=Wanjiru Kamau;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;CN=Nomvula Mbeki:mailto:n.mbeki@afrexa.org
ATTENDEE;CN=James Kariuki:mailto:j.kariuki@afrexa.org
ATTENDEE;CN=Olumide Adeyemi:mailto:o.adeyemi@afrexa.org
LOCATION:https://afrexa.webex.com/afrexa/j.php?MTID=m4c1a7e90b2d3f5a6c8e0b1d2f3a4c5e6
DESCRIPTION:Dear Candidate\,\n\nYou are invited to a panel interview for Senior Data Analyst\, Portfolio Analytics (Ref. ADF/HR/25/118). Panel: Nomvula Mbeki (Chief Risk Officer\, chair)\, James Kariuki (Head\, Portfolio Management)\, Olumide Adeyemi (Lead Data Scientist).\n\n-- Do not delete or change any of the following text. --\n\nJoin meeting\nhttps://afrexa.webex.com/afrexa/j.php?MTID=m4c1a7e90b2d3f5a6c8e0b1d2f3a4c5e6\nMeeting number (access code): 2640 118 7731\nMeeting password: Panel2025\n\nJoin by phone\n+44-20-7660-8149 United Kingdom Toll\nAccess code: 2640 118 7731\n\nCan't join the meeting? https://help.webex.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="goto-meeting", uid="goto-8841730225-20250702@goto.com",
    iv=1, company="Stellarpoint Insurance", role="Senior Data Analyst (Remote, EMEA)", stage="recruiter_screen",
    who="kelly.brennan@stellarpoint.com", trap="goto-chicago-recruiter-screen",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
{TZ_CHICAGO}
BEGIN:VEVENT
UID:goto-8841730225-20250702@goto.com
DTSTAMP:20250627T184407Z
DTSTART;TZID=America/Chicago:20250702T080000
DTEND;TZID=America/Chicago:20250702T083000
SUMMARY:Stellarpoint | Recruiter phone screen - W. Kamau
ORGANIZER;CN=Kelly Brennan:mailto:kelly.brennan@stellarpoint.com
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:GoTo Meeting
DESCRIPTION:Hi Wanjiru\, looking forward to our intro call about the Senior Data Analyst (Remote\, EMEA) opening on our claims analytics team.\n\nPlease join my meeting from your computer\, tablet or smartphone.\nhttps://meet.goto.com/884173022\n\nYou can also dial in using your phone.\nUnited States: +1 (872) 240-3212\nUnited Kingdom: +44 20 3713 5028\nAccess Code: 884-173-022\n\nKelly Brennan | Talent Acquisition | Stellarpoint Insurance
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="outlook-dial-in", uid="040000008200E00074C5B7101A82E00800000000E5F60718293ADB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
    iv=1, company="Kilele Bank", role="Data Analyst, Credit Risk", stage="recruiter_screen",
    who="susan.njoki@kilelebank.co.ke", trap="bank-telephone-interview-conference-pin",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN="Njoki, Susan":mailto:susan.njoki@kilelebank.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Wanjiru\,\n\nReference is made to your application for Data Analyst\, Credit Risk. You have been shortlisted for a telephone interview.\n\nKindly dial in at the time indicated:\nKenya toll-free: 0800 720 114\nConference PIN: 55 81 93 27#\n\nThe interview will be conducted by Susan Njoki (Recruitment) and will take about 20 minutes.\n\nYours faithfully\,\nHuman Capital Department\nKilele Bank Ltd\n
UID:040000008200E00074C5B7101A82E00800000000E5F60718293ADB010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0
SUMMARY;LANGUAGE=en-US:Telephone Interview - Data Analyst\, Credit Risk
DTSTART;TZID=E. Africa Standard Time:20250424T143000
DTEND;TZID=E. Africa Standard Time:20250424T145000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T113027Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Dial-in: 0800 720 114 PIN 55819327#
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="recurring", uid="0t7k4c9w2n5q8r1v3y6b0e2h4j@google.com",
    iv=1, company="Tuzo Analytics", role="Senior Data Analyst", stage="",
    who="aisha@tuzoanalytics.com", trap="paid-trial-week-daily-checkin-recurring-override",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250714T180000
DTEND;TZID=Africa/Nairobi:20250714T183000
RRULE:FREQ=DAILY;COUNT=5
DTSTAMP:20250709T101505Z
ORGANIZER;CN=Aisha Mohamed:mailto:aisha@tuzoanalytics.com
UID:0t7k4c9w2n5q8r1v3y6b0e2h4j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aisha Mohamed;X-NUM-GUESTS=0:mailto:aisha@tuzoanalytics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Paid trial week for the Senior Data Analyst role (evenings\, your time – we know you're still at Pesaline). Mon–Fri you'll work on our merchant churn model and a Looker explore\; we check in for 30 min daily and I assess at the end of the week. Contract + NDA sent by DocuSign.\n\nAisha (Head of Analytics)\n\nJoin with Google Meet: https://meet.google.com/tzu-kqpw-fej
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tuzo trial week – daily check-in
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250716T193000
DTEND;TZID=Africa/Nairobi:20250716T200000
DTSTAMP:20250715T165001Z
ORGANIZER;CN=Aisha Mohamed:mailto:aisha@tuzoanalytics.com
UID:0t7k4c9w2n5q8r1v3y6b0e2h4j@google.com
RECURRENCE-ID;TZID=Africa/Nairobi:20250716T180000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Aisha Mohamed;X-NUM-GUESTS=0:mailto:aisha@tuzoanalytics.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Moved to 19:30 – I'm on a flight back from Kigali. Sorry!
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Tuzo trial week – daily check-in
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="all-day", uid="NTC-AC-2025-DALT-0619-WK@nurutelecom.co.ke",
    iv=1, company="Nuru Telecom", role="Data & Analytics Leadership Track", stage="onsite", who="",
    trap="assessment-centre-all-day",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Nuru Telecom//Talent Events//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:NTC-AC-2025-DALT-0619-WK@nurutelecom.co.ke
DTSTAMP:20250606T090000Z
DTSTART;VALUE=DATE:20250619
DTEND;VALUE=DATE:20250620
SUMMARY:Nuru Telecom Assessment Centre - Data & Analytics Leadership Track
LOCATION:Nuru Telecom Campus\, Mombasa Road\, Nairobi
DESCRIPTION:Dear Candidate\,\n\nCongratulations on progressing to the Assessment Centre for the Data & Analytics Leadership Track. The day runs 8:00 am - 5:00 pm and includes a group case exercise\, an individual analytics presentation\, a psychometric test and a competency interview with senior leaders.\n\nDress code: business casual. Lunch will be provided. Please bring your national ID.\n\nNuru Telecom Talent Acquisition
TRANSP:OPAQUE
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="desktop-entry", uid="8e1f5c0a-3b7d-4f92-a6e4-1c9b2d8f7a05",
    iv=1, company="Baraka Sacco", role="Data & MIS Officer", stage="", who="",
    trap="floating-time-thunderbird-entry", lf=True,
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20250520T191102Z
LAST-MODIFIED:20250520T191348Z
DTSTAMP:20250520T191348Z
UID:8e1f5c0a-3b7d-4f92-a6e4-1c9b2d8f7a05
SUMMARY:Interview @ Baraka Sacco - Data & MIS Officer
DTSTART:20250527T140000
DTEND:20250527T153000
LOCATION:Baraka Sacco Plaza\, Thika Rd (opp. Garden City)
DESCRIPTION:letter says panel interview + short excel/sql test. take matatu from town\, 237. take half day leave - told Lydia.
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="gcal-export", uid="3m6q9t2w5z8c1f4i7l0o3r6u9x@google.com",
    iv=1, company="Amani Health Trust", role="Senior Data Analyst, HMIS", stage="hiring_manager",
    who="p.mutua@amanihealth.org", trap="x-wr-timezone-export-utc-times",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:wanjiru.kamau.data@gmail.com
X-WR-TIMEZONE:Africa/Nairobi
BEGIN:VEVENT
DTSTART:20250709T070000Z
DTEND:20250709T080000Z
DTSTAMP:20250720T060014Z
ORGANIZER;CN=Purity Mutua:mailto:p.mutua@amanihealth.org
UID:3m6q9t2w5z8c1f4i7l0o3r6u9x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Purity Mutua;X-NUM-GUESTS=0:mailto:p.mutua@amanihealth.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
CREATED:20250703T112005Z
DESCRIPTION:Interview with Purity Mutua (Programme Director\, Digital Health) for the Senior Data Analyst\, HMIS position. We'll discuss DHIS2 data quality work\, county dashboards and how you'd support our M&E team.\n\nVenue: Amani Health Trust\, Lenana Rd\, Kilimani (or Zoom if you can't make it – let me know).
LAST-MODIFIED:20250704T080211Z
LOCATION:Amani Health Trust\, Lenana Road\, Kilimani
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Amani Health Trust – interview (Snr Data Analyst\, HMIS)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))
