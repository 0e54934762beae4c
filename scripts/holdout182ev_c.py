# ruff: noqa: E501
"""holdout182 events, part c: CROs and pharma, mostly English (written blind, raw iCalendar text)."""

EVENTS = [
    {
        "kind": "google-invite",
        "uid": "2hv7c0rqe9j4k1s6m8p3a5u0bn@google.com",
        "is_interview": 1,
        "company": "Syneos Health",
        "role": "Clinical Research Nurse (home-based, Québec)",
        "stage": "recruiter_screen",
        "interviewers": "liam.carter@proclinical.com",
        "trap": "agency-headhunter-names-employer-only-in-body",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250311T113000
DTEND;TZID=America/New_York:20250311T120000
DTSTAMP:20250307T215140Z
ORGANIZER;CN=Liam Carter:mailto:liam.carter@proclinical.com
UID:2hv7c0rqe9j4k1s6m8p3a5u0bn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Liam Carter;X-NUM-GUESTS=0:mailto:liam.carter@proclinical.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gen.tremblay@videotron.ca;X-NUM-GUESTS=0:mailto:gen.tremblay@videot
 ron.ca
CREATED:20250307T215139Z
DESCRIPTION:Hi Geneviève\,\n\nGreat to connect on LinkedIn. As mentioned\, m
 y client Syneos Health is building a bench of bilingual research nurses in
  Québec for decentralized cardiovascular and vaccine trials. The role is Cl
 inical Research Nurse (home-based\, Québec): in-home study visits\, IP admi
 nistration\, sample processing\, lots of autonomy\, car allowance.\n\nOn thi
 s call I'll walk you through the role and comp and\, if you're keen\, submit
  your profile to the hiring manager this week. I'll call your mobile (514-55
 5-0187).\n\nCheers\,\nLiam Carter\nSenior Recruitment Consultant – Clinical
  Operations\, Proclinical Staffing\nT: +1 267-555-0134
LAST-MODIFIED:20250307T215140Z
LOCATION:Phone – I'll call you
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Geneviève / Liam (Proclinical) – quick call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-invite",
        "uid": "WD-INTERVIEW-8f31c0a4e5b24d7f9e1a3c6b2d8f0e17@myworkday.com",
        "is_interview": 1,
        "company": "Syneos Health",
        "role": "Clinical Research Nurse",
        "stage": "recruiter_screen",
        "interviewers": "priya.raman@syneoshealth.com",
        "trap": "workday-utc-recruiter-screen-noreply-organizer",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-8f31c0a4e5b24d7f9e1a3c6b2d8f0e17@myworkday.com
DTSTAMP:20250314T162906Z
DTSTART:20250319T140000Z
DTEND:20250319T143000Z
SEQUENCE:0
ORGANIZER;CN=Syneos Health Talent Acquisition:mailto:syneoshealth@myworkday.com
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:priya.raman@syneoshealth.com
SUMMARY:Interview: 25003417 Clinical Research Nurse (Open) - Geneviève Tremblay
LOCATION:Microsoft Teams
DESCRIPTION:Dear Geneviève\,\n\nThank you for your interest in Syneos Health. Your interview for the position 25003417 Clinical Research Nurse has been scheduled.\n\nInterview Type: Recruiter Phone Screen\nInterviewer: Priya Raman\, Talent Acquisition Partner\nDuration: 30 minutes\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTUxNmU3MmItYTk4YS00YzQ4LWE1YjUtMDE2Y2MyZjQ1ZTI5%40thread.v2/0\nMeeting ID: 219 887 462 310  Passcode: rX7eP2\nDial in by phone: +1 323-849-4874\,\,482190663# United States\, Los Angeles\n\nPlease log in to your candidate home on Workday to review your application.\n\nThis is an automated message. Please do not reply.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-invite",
        "uid": "WD-INTERVIEW-1c2e4a6b8d0f4e2a9c7b5d3f1e0a8c6b@myworkday.com",
        "is_interview": 1,
        "company": "Syneos Health",
        "role": "Clinical Research Nurse",
        "stage": "hiring_manager",
        "interviewers": "dana.whitfield@syneoshealth.com",
        "trap": "workday-new-york-tz-hiring-manager",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday//Workday Recruiting Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:WD-INTERVIEW-1c2e4a6b8d0f4e2a9c7b5d3f1e0a8c6b@myworkday.com
DTSTAMP:20250324T130415Z
DTSTART;TZID=America/New_York:20250328T103000
DTEND;TZID=America/New_York:20250328T111500
SEQUENCE:0
ORGANIZER;CN=Syneos Health Talent Acquisition:mailto:syneoshealth@myworkday.com
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:dana.whitfield@syneoshealth.com
ATTENDEE;CN=Priya Raman;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:priya.raman@syneoshealth.com
SUMMARY:Interview: 25003417 Clinical Research Nurse (Open) - Geneviève Tremblay - Hiring Manager
LOCATION:Microsoft Teams
DESCRIPTION:Dear Geneviève\,\n\nYou have been scheduled for the next step in the process for 25003417 Clinical Research Nurse.\n\nInterview Type: Hiring Manager Interview\nInterviewer: Dana Whitfield\, Associate Director\, Clinical Research Nursing (Decentralized Trials)\nScheduled by: Priya Raman (optional attendee – will not join)\nDuration: 45 minutes\nTime zone: Eastern Time (US & Canada)\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjA3Y2I5NjMtNzQ0My00NjJjLWE2NDQtMTU0ZjE0ZDdjN2Y1%40thread.v2/0\nMeeting ID: 244 105 730 996  Passcode: 3LmQ9b\n\nTip: be ready to talk about a protocol deviation you handled and how you would manage a home visit where the participant's vitals are out of range.\n\nThis is an automated message. Please do not reply.
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000A7C9E1B3D5A3DB01000000000000000010000000913B5D7F9A1C3E5B7D9F1A3C5E7B9D2F",
        "is_interview": 1,
        "company": "Syneos Health",
        "role": "Clinical Research Nurse",
        "stage": "final",
        "interviewers": "dana.whitfield@syneoshealth.com;robert.kim@syneoshealth.com;amelie.fournier@syneoshealth.com",
        "trap": "cro-final-panel-outlook-us-dialin",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Whitfield, Dana":mailto:dana.whitfield@syneoshealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kim, Robert":mailto:robert.kim@syneoshealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fournier, Amélie":mailto:amelie.fournier@syneoshealth.com
DESCRIPTION;LANGUAGE=en-US:Hi Geneviève\,\n\nThanks again for the great conversation last week. As discussed\, here is the final round with Robert Kim (Director\, Site & Patient Services\, North America) and Amélie Fournier (Clinical Operations Lead\, Canada). Amélie may switch to French for part of the conversation\, as the role involves a lot of francophone sites and participants.\n\nPlease prepare a short (10 min) presentation: "How I would set up and run the first home visit of a participant in a heart-failure trial." No slides needed if you prefer to talk it through.\n\nDana\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGZmYzNhYTUtYjI3Yi00NjU5LTg2ZDgtNmE3OWRiZjA1YWE3%40thread.v2/0>\nMeeting ID: 263 774 019 325\nPasscode: a9V4sJ\nOr call in (audio only)\n+1 919-926-1520\,\,735018462#   United States\, Raleigh\nPhone Conference ID: 735 018 462#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A7C9E1B3D5A3DB01000000000000000010000000913B5D7F9A1C3E5B7D9F1A3C5E7B9D2F
SUMMARY;LANGUAGE=en-US:Final interview - Clinical Research Nurse (Canada) - G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250407T130000
DTEND;TZID=Eastern Standard Time:20250407T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T204528Z
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
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-mac",
        "uid": "A1C7E3B9-5D2F-4A8E-B6C0-9F1D3E5A7C2B",
        "is_interview": 1,
        "company": "IQVIA",
        "role": "Mobile Research Nurse – Montréal",
        "stage": "recruiter_screen",
        "interviewers": "ahmed.siddiqui@iqvia.com",
        "trap": "cro-outlook-mac-new-york-recruiter-call",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.94//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:A1C7E3B9-5D2F-4A8E-B6C0-9F1D3E5A7C2B
DTSTAMP:20250416T174412Z
SUMMARY:IQVIA | Mobile Research Nurse – Montréal | Geneviève Tremblay
DTSTART;TZID=America/New_York:20250422T093000
DTEND;TZID=America/New_York:20250422T100000
ORGANIZER;CN=Ahmed Siddiqui:mailto:ahmed.siddiqui@iqvia.com
ATTENDEE;CN=Geneviève Tremblay;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
LOCATION:Phone
DESCRIPTION:Hi Geneviève\,\n\nThank you for applying to the Mobile Research Nurse – Montréal role with IQVIA Patient Centric Solutions (R1459023). I'd like to schedule a 30-minute call to learn more about your background and share details on the role (per-visit\, travel within greater Montréal\, French/English).\n\nI will call you at 514-555-0187. If the time no longer works\, just reply with a couple of alternatives.\n\nKind regards\,\nAhmed Siddiqui\nTalent Acquisition Specialist\, IQVIA\nParsippany\, NJ
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ukg-invite",
        "uid": "ukg-recruiting-interview-0d7e3a91-7c4b-4f2a-8b6e-52c1f0e9a3d4",
        "is_interview": 1,
        "company": "Altasciences",
        "role": "Infirmière de recherche clinique / Clinical Research Nurse (nuit)",
        "stage": "recruiter_screen",
        "interviewers": "melissa.arsenault@altasciences.com",
        "trap": "ukg-bilingual-teams-screen-laval-cro",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//UKG//UKG Pro Recruiting//EN
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
UID:ukg-recruiting-interview-0d7e3a91-7c4b-4f2a-8b6e-52c1f0e9a3d4
DTSTAMP:20250331T193020Z
DTSTART;TZID=America/Toronto:20250403T110000
DTEND;TZID=America/Toronto:20250403T113000
SUMMARY:Entrevue / Interview – Infirmière de recherche clinique / Clinical Research Nurse (nuit) – Altasciences
ORGANIZER;CN=Mélissa Arsenault:mailto:melissa.arsenault@altasciences.com
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
LOCATION:Microsoft Teams
DESCRIPTION:Bonjour Geneviève / Hello Geneviève\,\n\nMerci de votre intérêt pour le poste Infirmière de recherche clinique / Clinical Research Nurse (nuit) à notre clinique de Laval. Je vous propose une première entrevue Teams de 30 minutes.\n\nThank you for your interest. This is a 30-minute first interview on Teams with myself.\n\nLien / Link : https://teams.microsoft.com/l/meetup-join/19%3ameeting_M2VmYjA4ZjQtMDYwZS00YjJkLTkzZjEtNzdmNDk0ZDM2MzQ1%40thread.v2/0\n\nMélissa Arsenault\nPartenaire d'affaires – Acquisition de talents / Talent Acquisition Partner\nAltasciences – Laval\, QC
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000B2D4F6A8C0A4DB01000000000000000010000000E1F3A5C7E9B1D3F5A7C9E1B3D5F7A9C1",
        "is_interview": 1,
        "company": "Altasciences",
        "role": "",
        "stage": "onsite",
        "interviewers": "Nancy Lemieux",
        "trap": "visite-clinique-rencontre-gestionnaire-onsite",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Arsenault, Mélissa":mailto:melissa.arsenault@altasciences.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=gen.tremblay@videotron.ca:mailto:gen.tremblay@videotron.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="LAV - Salle Mont-Royal (RDC)":mailto:LAV-SalleMontRoyal@altasciences.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Geneviève\,\n\nTel que discuté\, voici les détails pour la 2e étape :\n\n- Visite de l'unité clinique de phase I (45 lits) avec Nancy Lemieux\, gestionnaire des soins infirmiers – opérations de nuit\n- Rencontre avec Nancy (environ 45 min)\n- Court test de calcul de doses et de lecture d'ECG (20 min)\n\nAdresse : 575 boul. Armand-Frappier\, Laval. Stationnement gratuit à l'arrière. Présentez-vous à la réception avec une pièce d'identité. Prévoyez des souliers fermés pour la visite.\n\nMélissa\n
UID:040000008200E00074C5B7101A82E00800000000B2D4F6A8C0A4DB01000000000000000010000000E1F3A5C7E9B1D3F5A7C9E1B3D5F7A9C1
SUMMARY;LANGUAGE=fr-CA:Visite + rencontre N. Lemieux – G. Tremblay
DTSTART;TZID=Eastern Standard Time:20250411T140000
DTEND;TZID=Eastern Standard Time:20250411T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T145103Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:LAV - Salle Mont-Royal (RDC)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-invite",
        "uid": "4tg0l6e2rj8s1q9v5n3k7c0d1m@google.com",
        "is_interview": 1,
        "company": "Innovaderm Research",
        "role": "Coordonnatrice de recherche clinique / Clinical Research Coordinator",
        "stage": "hiring_manager",
        "interviewers": "catherine.boily@innovaderm.com",
        "trap": "greenhouse-google-calendar-utc-hm",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250430T140000Z
DTEND:20250430T144500Z
DTSTAMP:20250424T180312Z
ORGANIZER;CN=Recruiting Innovaderm:mailto:recruiting@innovaderm.com
UID:4tg0l6e2rj8s1q9v5n3k7c0d1m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Catherine Boily;X-NUM-GUESTS=0:mailto:catherine.boily@innovaderm.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Geneviève Tremblay;X-NUM-GUESTS=0:mailto:gen.tremblay@videotron.ca
CREATED:20250424T180311Z
DESCRIPTION:Hi Geneviève\,<br><br>You're confirmed for an interview with <b
 >Innovaderm Research</b> for the <b>Coordonnatrice de recherche clinique /
  Clinical Research Coordinator</b> position.<br><br><b>Interviewer:</b> Cath
 erine Boily\, Site Manager<br><b>Duration:</b> 45 minutes<br><b>Location:</
 b> Google Meet – link below<br><br>To reschedule\, please reply to this ema
 il.<br><br>Powered by Greenhouse<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Jo
 in with Google Meet: https://meet.google.com/kvd-pqxa-zhe<br>Or dial: (CA)
  +1 647-736-3184 PIN: 228 419 117#<br>More phone numbers: https://tel.meet/k
 vd-pqxa-zhe?pin=4206911736515<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250424T180312Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Geneviève Tremblay <> Innovaderm Research – Interview
TRANSP:OPAQUE
X-GOOGLE-CONFERENCE:https://meet.google.com/kvd-pqxa-zhe
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-invite",
        "uid": "icims-interview-2025-11842-55392761@icims.com",
        "is_interview": 1,
        "company": "Innomar Strategies",
        "role": "Nurse Educator, Patient Support Program (Bilingual)",
        "stage": "recruiter_screen",
        "interviewers": "jwalsh@innomar-strategies.com",
        "trap": "icims-toronto-tz-patient-support-program",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/Toronto@@
BEGIN:VEVENT
UID:icims-interview-2025-11842-55392761@icims.com
DTSTAMP:20250505T154812Z
DTSTART;TZID=America/Toronto:20250509T100000
DTEND;TZID=America/Toronto:20250509T103000
SUMMARY:Interview - Nurse Educator, Patient Support Program (Bilingual) - Req 2025-11842
ORGANIZER;CN="Innomar Strategies Careers":mailto:careers-noreply@icims.com
ATTENDEE;CN="Geneviève Tremblay";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
ATTENDEE;CN="Jennifer Walsh";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jwalsh@innomar-strategies.com
LOCATION:Zoom - https://cencora.zoom.us/j/96014572230
DESCRIPTION:Hello Geneviève\,\n\nThank you for your interest in the Nurse Educator\, Patient Support Program (Bilingual) opportunity with Innomar Strategies\, part of Cencora. You have been invited to a 30-minute virtual interview with Jennifer Walsh\, Talent Acquisition Partner.\n\nPlease note the position requires travel to patients' homes and clinics in the Montréal and Laval regions (approximately 60%)\, and a valid OIIQ licence.\n\nZoom: https://cencora.zoom.us/j/96014572230  Passcode: 640118\n\nBest of luck!\nInnomar Strategies Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors-invite",
        "uid": "SF-ISC-9c40e2f1d7b84a53a6e1b0c8d3f2a917@successfactors.eu",
        "is_interview": 1,
        "company": "Novartis",
        "role": "Infirmière éducatrice, programme de soutien aux patients (cardiologie)",
        "stage": "hiring_manager",
        "interviewers": "stephanie.gendron@novartis.com",
        "trap": "successfactors-french-utc-patient-support",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISC-9c40e2f1d7b84a53a6e1b0c8d3f2a917@successfactors.eu
DTSTAMP:20250512T082233Z
DTSTART:20250516T143000Z
DTEND:20250516T153000Z
SUMMARY:Entrevue - Infirmière éducatrice, programme de soutien aux patients (cardiologie) - REQ-10038412
ORGANIZER;CN=Novartis Recrutement:mailto:noreply@successfactors.eu
ATTENDEE;CN=Geneviève Tremblay;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gen.tremblay@videotron.ca
ATTENDEE;CN=Stéphanie Gendron;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:stephanie.gendron@novartis.com
LOCATION:Microsoft Teams
DESCRIPTION:Chère Geneviève\,\n\nVotre entrevue pour le poste Infirmière éducatrice\, programme de soutien aux patients (cardiologie) (REQ-10038412) a été planifiée.\n\nIntervieweuse : Stéphanie Gendron\, Gestionnaire\, Services aux patients – Québec\nDurée : 60 minutes\nFormat : entrevue comportementale (méthode STAR) suivie d'un jeu de rôle : enseignement à un patient qui commence un nouveau traitement pour l'insuffisance cardiaque.\n\nLien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODkxMzc5OGYtMDZkNi00MjJjLWI3MzAtNmE4ZWQ3NjM3ZDYw%40thread.v2/0\n\nCe courriel a été généré automatiquement. Veuillez ne pas y répondre.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
