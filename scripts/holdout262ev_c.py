# ruff: noqa: E501, W291, W293, RUF100
"""holdout262 events, part C: the user's own interviews (more departments, provinces, founders, Bookings)."""

from holdout262ev_zones import EST_OUTLOOK, EST_UTC_LABEL, MONTREAL_APPLE, PACIFIC_OUTLOOK, TORONTO_GOOGLE

FORMS = {
    "Agri-Food Transition Canada": ["AFTC", "TAAC", "Transition agroalimentaire Canada"],
    "Environment and Climate Transition Canada": ["ECTC", "ETCC", "Environnement et Transition climatique Canada"],
    "Health Systems Policy Canada": ["HSPC", "PSSC", "Politiques des systèmes de santé Canada"],
    "Indigenous Partnerships Canada": ["IPC", "PAC", "Partenariats autochtones Canada"],
    "Canadian Trade Remedies Office": ["CTRO", "BCRC", "Bureau canadien des recours commerciaux"],
    "Canadian Productivity Council": ["CPC", "Productivity Council", "Conseil canadien de la productivité"],
    "Ministère des Finances et de la Relance du Québec": ["MFR", "Finances et Relance", "Ministère des Finances et de la Relance", "Quebec Ministry of Finance and Recovery"],
    "Canadian Institute for Fiscal Studies": ["CIFS", "ICEF", "Institut canadien d'études fiscales"],
    "Canadian Northern Affairs Agency": ["CNAA", "ACAN", "Agence canadienne des affaires du Nord"],
    "Public Infrastructure Renewal Canada": ["PIRC", "RIPC", "Renouvellement de l'infrastructure publique Canada"],
    "Intergovernmental Affairs Secretariat": ["IGAS", "SAIG", "Secrétariat des affaires intergouvernementales"],
    "Cascadia Ports Authority": ["Cascadia Ports", "CPA"],
    "Canadian Benefits Review Tribunal": ["CBRT", "TCEP", "Tribunal canadien d'examen des prestations"],
    "GovLab Nord": ["GovLab", "GovLab North"],
    "National Capital Heritage Commission": ["NCHC", "CNP", "Commission de la capitale nationale du patrimoine"],
    "Financial Consumer Standards Agency": ["FCSA", "ANCF", "Agence des normes de consommation financière"],
    "Ontario Ministry of Municipal Finance": ["MMF", "Ministry of Municipal Finance", "Ontario Municipal Finance"],
}

EVENTS = [
    dict(
        kind="ios-hand-typed-french-phone",
        uid="1F7C2B93-5E08-4D2A-A61B-C3E9F04D7B26",
        is_interview=1,
        company="Agri-Food Transition Canada",
        role="EC-07",
        stage="hiring_manager",
        interviewers="Luc Boudreau",
        trap="terse-french-abbrev-disc-informelle",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
{MONTREAL_APPLE}
BEGIN:VEVENT
CREATED:20250918T231108Z
UID:1F7C2B93-5E08-4D2A-A61B-C3E9F04D7B26
DTEND;TZID=America/Montreal:20250924T123000
TRANSP:OPAQUE
SUMMARY:Disc. informelle AFTC w/ Luc Boudreau (poste EC-07 gest.)
DTSTART;TZID=America/Montreal:20250924T120000
DTSTAMP:20250918T231150Z
LOCATION:tél - il appelle sur cell
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:7A0B1C2D-3E4F-4051-9263-74859A6B7C8D
UID:7A0B1C2D-3E4F-4051-9263-74859A6B7C8D
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assessment-centre-in-basket",
        uid="040000008200E00074C5B7101A82E00800000000D6E13ACFB4DBDC01000000000000000010000000B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3",
        is_interview=1,
        company="Environment and Climate Transition Canada",
        role="Manager, Climate Policy Integration (EC-07)",
        stage="technical",
        interviewers="",
        trap="assessment-centre-in-basket-role-play",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="ECTC-ETCC Centre d'évaluation / Assessment Centre":mailto:centre.evaluation-assessment@ectc-etcc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=en-CA:Process 2025-ECTC-EA-EC07-0029 - Manager\, Clima
 te Policy Integration\n\nAssessment centre (half day\, in person):\n- In-ba
 sket exercise (90 min)\n- Role-play with a trained actor playing an emplo
 yee (30 min)\n- Group discussion with other candidates (45 min)\n\nTrained 
 assessors will observe. 200 Sacré-Coeur Blvd (fictional)\, Gatineau\, roo
 m C-301. Bring photo ID. Le centre d'évaluation est offert en français et 
 en anglais.\n
UID:040000008200E00074C5B7101A82E00800000000D6E13ACFB4DBDC01000000000000000010000000B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3
SUMMARY;LANGUAGE=en-CA:Assessment Centre / Centre d'évaluation - 2025-ECTC-EA-EC07-0029
DTSTART;TZID=Eastern Standard Time:20251209T083000
DTEND;TZID=Eastern Standard Time:20251209T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251126T150133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:200 Sacré-Coeur\, Gatineau - C-301
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-teams-manager-interview",
        uid="040000008200E00074C5B7101A82E00800000000E7F24BD0C5ECDC01000000000000000010000000C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4",
        is_interview=1,
        company="Environment and Climate Transition Canada",
        role="Manager, Climate Policy Integration (EC-07)",
        stage="onsite",
        interviewers="sunita.varma@ectc-etcc.example.ca;guillaume.roy@ectc-etcc.example.ca;joanne.martel@ectc-etcc.example.ca",
        trap="gc-ec07-board-teams-tentative",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Varma, Sunita (ECTC/ETCC)":mailto:sunita.varma@ectc-etcc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Roy, Guillaume (ECTC/E
 TCC)":mailto:guillaume.roy@ectc-etcc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Martel, Joanne (ECTC/ET
 CC)":mailto:joanne.martel@ectc-etcc.example.ca
DESCRIPTION;LANGUAGE=en-CA:Interview - 2025-ECTC-EA-EC07-0029\n\nCongratula
 tions on passing the assessment centre. Board: Sunita Varma (Director Gene
 ral\, chair)\, Guillaume Roy (Director)\, Joanne Martel (Director\, peer d
 epartment). 90 minutes including 20 minutes of preparation.\n\n___________
 _____________________________________________________________________\nMic
 rosoft Teams meeting\nJoin on your computer\, mobile app or room device\nC
 lick here to join the meeting\nMeeting ID: 217 404 662 980\nPasscode: 8Gh2
 kT\nDownload Teams | Join on the web\nJoin with a video conferencing device
 \n___________________________________________________________________________
 _____\n
UID:040000008200E00074C5B7101A82E00800000000E7F24BD0C5ECDC01000000000000000010000000C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4
SUMMARY;LANGUAGE=en-CA:Entrevue / Interview EC-07 - Tremblay-Singh
DTSTART;TZID=Eastern Standard Time:20260121T091500
DTEND;TZID=Eastern Standard Time:20260121T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260109T162245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-work-address-forwarded",
        uid="040000008200E00074C5B7101A82E00800000000F8035CE1D6FDDC01000000000000000010000000D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5",
        is_interview=1,
        company="Health Systems Policy Canada",
        role="Senior Policy Analyst (EC-06), Pharmacare Policy",
        stage="onsite",
        interviewers="dr.amara.diallo@hspc-pssc.example.ca;kevin.obrien@hspc-pssc.example.ca",
        trap="invite-to-work-address-candidate-named-in-subject",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="HSPC Staffing / Dotation PSSC";SENT-BY="mailto:linh.tran@hspc-pssc.example.ca":mailto:staffing-dotation@hspc-pssc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Diallo, Amara (HSPC/PSS
 C)":mailto:dr.amara.diallo@hspc-pssc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="O'Brien, Kevin (HSPC/PS
 SC)":mailto:kevin.obrien@hspc-pssc.example.ca
DESCRIPTION;LANGUAGE=en-CA:Candidate: Emilie Tremblay-Singh\nProcess: 25-HS
 PC-IA-1187 (open to employees of the core public administration)\nPositio
 n: Senior Policy Analyst (EC-06)\, Pharmacare Policy Directorate\nBoard: D
 r. Amara Diallo (Director)\, Kevin O'Brien (Manager)\n\nAs requested\, this
  invitation was sent to your work address. Teams link below.\n\nMicrosoft 
 Teams meeting - Meeting ID: 255 103 948 221 - Passcode: Ws5nQe\n
UID:040000008200E00074C5B7101A82E00800000000F8035CE1D6FDDC01000000000000000010000000D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5
SUMMARY;LANGUAGE=en-CA:25-HSPC-IA-1187 Interview - Candidate: Tremblay-Singh
DTSTART;TZID=Eastern Standard Time:20251023T140000
DTEND;TZID=Eastern Standard Time:20251023T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251014T180056Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-community-rep-board",
        uid="040000008200E00074C5B7101A82E00800000000091C6DF2E70EDD01000000000000000010000000E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6",
        is_interview=1,
        company="Indigenous Partnerships Canada",
        role="Manager, Fiscal Relations (EC-07)",
        stage="onsite",
        interviewers="marlene.whiteduck@ipc-pac.example.ca;peter.sinclair@ipc-pac.example.ca;elder.ruth.commanda@gmail.com",
        trap="board-with-external-community-member-gmail",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_UTC_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="Whiteduck, Marlene (IPC/PAC)":mailto:marlene.whiteduck@ipc-pac.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Sinclair, Peter (IPC/PA
 C)":mailto:peter.sinclair@ipc-pac.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ruth Commanda:mailto:eld
 er.ruth.commanda@gmail.com
DESCRIPTION;LANGUAGE=en-CA:Kwe Emilie\,\n\nYou are invited to an interview 
 for the Manager\, Fiscal Relations position (process 2025-IPC-EA-0310). Th
 e board is Marlene Whiteduck (Director)\, Peter Sinclair (Manager) and Rut
 h Commanda\, community Elder and external board member. The interview wil
 l open with a few words from Ruth.\n\nMicrosoft Teams - Meeting ID: 291 33
 7 008 415 - Passcode: mB6vKz\n
UID:040000008200E00074C5B7101A82E00800000000091C6DF2E70EDD01000000000000000010000000E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6
SUMMARY;LANGUAGE=en-CA:Interview - 2025-IPC-EA-0310 - Manager\, Fiscal Relations
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251211T130000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251211T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T155517Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-french-teams-entrevue",
        uid="040000008200E00074C5B7101A82E008000000001A2D7E03F81FDD01000000000000000010000000F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6C7",
        is_interview=1,
        company="Canadian Trade Remedies Office",
        role="Analyste principal(e) des politiques commerciales (EC-06)",
        stage="onsite",
        interviewers="nathalie.boisvert@ctro-bcrc.example.ca;ahmad.haddad@ctro-bcrc.example.ca",
        trap="french-only-comite-evaluation",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Boisvert, Nathalie (BCRC/CTRO)":mailto:nathalie.boisvert@ctro-bcrc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Haddad, Ahmad (BCRC/CTR
 O)":mailto:ahmad.haddad@ctro-bcrc.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Émilie\,\n\nTel que convenu au télépho
 ne\, voici la convocation pour votre entrevue (processus 25-CTRO-EA-0074\,
  Analyste principal(e) des politiques commerciales\, EC-06). Le comité d'
 évaluation sera composé de moi-même et d'Ahmad Haddad. Prévoyez 75 minute
 s.\n\nAu plaisir\,\nNathalie Boisvert\nDirectrice\, Politique des recours 
 commerciaux\n\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur\, a
 pplication mobile ou appareil de salle\nID de réunion : 273 554 019 382\nCo
 de secret : 2rQaVu\n
UID:040000008200E00074C5B7101A82E008000000001A2D7E03F81FDD01000000000000000010000000F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6C7
SUMMARY;LANGUAGE=fr-CA:Entrevue - EC-06 - Émilie Tremblay-Singh
DTSTART;TZID=Eastern Standard Time:20260127T100000
DTEND;TZID=Eastern Standard Time:20260127T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T140808Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-think-tank-chat",
        uid="6v2h0n8q4l1m9c3b7s5k0ajrtu@google.com",
        is_interview=1,
        company="Canadian Productivity Council",
        role="Senior Economist",
        stage="hiring_manager",
        interviewers="colin.mackay@productivitycouncil.example.ca",
        trap="think-tank-conversation-no-interview-word",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251030T100000
DTEND;TZID=America/Toronto:20251030T104500
DTSTAMP:20251024T133302Z
ORGANIZER;CN=Colin MacKay:mailto:colin.mackay@productivitycouncil.example.ca
UID:6v2h0n8q4l1m9c3b7s5k0ajrtu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Colin MacKay;X-NUM-GUESTS=0:mailto:colin.mackay@productivitycouncil.ex
 ample.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.tremblaysingh@outlook.com;X-NUM-GUESTS=0:mailto:emilie.trem
 blaysingh@outlook.com
DESCRIPTION:Hi Emilie\, thanks for sending your CV for the Senior Economist
  posting. Let's talk about the role\, the productivity dashboard project an
 d what you'd want to work on. I'm the Executive Director and the hiring ma
 nager.\n\nColin\n\nJoin with Google Meet: https://meet.google.com/cpc-sr
 ec-mky\n\nInvitation from Google Calendar: https://calendar.google.com/cale
 ndar/\n\nYou are receiving this email because you are an attendee on the e
 vent.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Emilie / Colin - Senior Economist role
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-quebec-examen",
        uid="040000008200E00074C5B7101A82E008000000002B3E8F14A920DD01000000000000000010000000A3B4C5D6E7F8A9B0C1D2E3F4A5B6C7D8",
        is_interview=1,
        company="Ministère des Finances et de la Relance du Québec",
        role="Conseillère en politiques économiques",
        stage="technical",
        interviewers="",
        trap="quebec-examen-de-connaissances-french",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Dotation MFR":mailto:dotation@mfr-quebec.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=fr-CA:Madame\,\n\nVotre candidature à l'emploi de con
 seillère ou conseiller en politiques économiques (appel de candidatures 1
 0405BR81093530001) a été retenue. Vous êtes convoquée à un examen de conn
 aissances écrit d'une durée de 2 heures\, suivi\, le cas échéant\, d'une e
 ntrevue de sélection.\n\nLieu : 12\, rue Saint-Louis-Fictive\, Québec\, sa
 lle 3.14. Veuillez vous présenter 15 minutes à l'avance avec une pièce d'i
 dentité.\n\nDirection des ressources humaines\n
UID:040000008200E00074C5B7101A82E008000000002B3E8F14A920DD01000000000000000010000000A3B4C5D6E7F8A9B0C1D2E3F4A5B6C7D8
SUMMARY;LANGUAGE=fr-CA:Convocation - Examen de connaissances - Conseiller(ère) en politiques économiques
DTSTART;TZID=Eastern Standard Time:20251202T093000
DTEND;TZID=Eastern Standard Time:20251202T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251120T141402Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:12\, rue Saint-Louis\, Québec - salle 3.14
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-quebec-entrevue-selection",
        uid="040000008200E00074C5B7101A82E008000000003C4F9025BA31DD01000000000000000010000000B4C5D6E7F8A9B0C1D2E3F4A5B6C7D8E9",
        is_interview=1,
        company="Ministère des Finances et de la Relance du Québec",
        role="Conseillère en politiques économiques",
        stage="onsite",
        interviewers="isabelle.gauthier@mfr-quebec.example.ca;jean-francois.pelletier@mfr-quebec.example.ca",
        trap="quebec-comite-de-selection-french",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Gauthier, Isabelle (MFR)":mailto:isabelle.gauthier@mfr-quebec.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Pelletier, Jean-Franço
 is (MFR)":mailto:jean-francois.pelletier@mfr-quebec.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Tremblay-Singh\,\n\nÀ la suite d
 e votre réussite à l'examen\, le comité de sélection vous convoque à une e
 ntrevue (45 minutes) par Teams. Membres du comité : Isabelle Gauthier (dir
 ectrice de l'analyse économique) et Jean-François Pelletier (conseiller en
  gestion des ressources humaines).\n\nRéunion Microsoft Teams\nID de réuni
 on : 236 908 114 557\nCode secret : Lk9dHb\n
UID:040000008200E00074C5B7101A82E008000000003C4F9025BA31DD01000000000000000010000000B4C5D6E7F8A9B0C1D2E3F4A5B6C7D8E9
SUMMARY;LANGUAGE=fr-CA:Entrevue de sélection - Conseiller(ère) en politiques économiques
DTSTART;TZID=Eastern Standard Time:20260114T133000
DTEND;TZID=Eastern Standard Time:20260114T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260105T193340Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-hotmail-founder-coffee",
        uid="2p9d6s1k0v4h8m3l7c5q0bnxgy@google.com",
        is_interview=1,
        company="Canadian Institute for Fiscal Studies",
        role="Research Director",
        stage="hiring_manager",
        interviewers="gord.pettigrew@hotmail.com",
        trap="founder-hotmail-coffee-is-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251106T083000
DTEND;TZID=America/Toronto:20251106T093000
DTSTAMP:20251101T174420Z
ORGANIZER;CN=Gord Pettigrew:mailto:gord.pettigrew@hotmail.com
UID:2p9d6s1k0v4h8m3l7c5q0bnxgy@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gord Pettigrew;X-NUM-GUESTS=0:mailto:gord.pettigrew@hotmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.tremblaysingh@outlook.com;X-NUM-GUESTS=0:mailto:emilie.trem
 blaysingh@outlook.com
DESCRIPTION:Emilie - great to connect. As I mentioned\, CIFS is finally hir
 ing a Research Director (our first!). Coffee is on me - I'd like to hear 
 how you'd build the research program and I'll walk you through the fundin
 g. Bring a couple of writing samples if you can.\n\nGord Pettigrew\nFoun
 der & Chair\, Canadian Institute for Fiscal Studies\n\nInvitation from Goo
 gle Calendar: https://calendar.google.com/calendar/
LOCATION:Happy Goat Coffee (fictional)\, Wellington St W\, Ottawa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee - CIFS Research Director
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-typo-board",
        uid="b2e8c4a0-91d7-4f35-8e6a-3c0f7d2b9e41",
        is_interview=1,
        company="Canadian Northern Affairs Agency",
        role="EC-06",
        stage="onsite",
        interviewers="",
        trap="hand-typed-typo-intervew-no-attendees",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251201T033018Z
LAST-MODIFIED:20251201T033112Z
DTSTAMP:20251201T033112Z
UID:b2e8c4a0-91d7-4f35-8e6a-3c0f7d2b9e41
SUMMARY:CNAA intervew bord EC-06 (Teams)
DTSTART:20251216T130000
DTEND:20251216T143000
DESCRIPTION:3 ppl on board. bring north portfolio examples\, Inuit Nunangat 
 policy\, housing. link in email from staffing
LOCATION:Teams
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-pool-informal-discussion",
        uid="040000008200E00074C5B7101A82E008000000004D501136CB42DD01000000000000000010000000C5D6E7F8A9B0C1D2E3F4A5B6C7D8E9F0",
        is_interview=1,
        company="Public Infrastructure Renewal Canada",
        role="Manager, Infrastructure Finance Policy (EC-07)",
        stage="hiring_manager",
        interviewers="olumide.adebayo@pirc-ripc.example.ca",
        trap="pool-candidate-referral-informal-discussion",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Adebayo, Olumide (PIRC/RIPC)":mailto:olumide.adebayo@pirc-ripc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Hello Emilie\,\n\nYour name was referred to me f
 rom the EC-07 inventory/pool. I'm staffing a Manager\, Infrastructure Fina
 nce Policy position and would like to have an informal discussion to asse
 ss fit before proceeding to a reference check.\n\nOlumide Adebayo\nDirecto
 r\, Infrastructure Finance Policy\n\nMicrosoft Teams meeting\nMeeting ID: 
 241 660 873 319\nPasscode: Jp4eXs\n
UID:040000008200E00074C5B7101A82E008000000004D501136CB42DD01000000000000000010000000C5D6E7F8A9B0C1D2E3F4A5B6C7D8E9F0
SUMMARY;LANGUAGE=en-CA:Informal discussion - EC-07 Manager\, Infrastructure Finance Policy
DTSTART;TZID=Eastern Standard Time:20260205T103000
DTEND;TZID=Eastern Standard Time:20260205T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260129T170021Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assignment-opportunity",
        uid="040000008200E00074C5B7101A82E008000000005E612247DC53DD01000000000000000010000000D6E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1",
        is_interview=1,
        company="Intergovernmental Affairs Secretariat",
        role="Senior Advisor, Federal-Provincial Relations (EC-07 assignment)",
        stage="hiring_manager",
        interviewers="catherine.lamoureux@igas-saig.example.ca",
        trap="assignment-opportunity-chat-with-dg",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Lamoureux, Catherine (IGAS/SAIG)";SENT-BY="mailto:devon.clarke@igas-saig.example.ca":mailto:catherine.lamoureux@igas-saig.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Assignment opportunity (12 months\, EC-07) - Sen
 ior Advisor\, Federal-Provincial Relations. Catherine (DG) would like to m
 eet the shortlisted candidates from the GCconnex-style posting for a 30-m
 inute conversation. Questions will focus on briefing senior officials und
 er pressure.\n\nDevon Clarke\, EA to the DG\n
UID:040000008200E00074C5B7101A82E008000000005E612247DC53DD01000000000000000010000000D6E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1
SUMMARY;LANGUAGE=en-CA:Assignment opportunity - conversation with DG Lamoureux
DTSTART;TZID=Eastern Standard Time:20260129T153000
DTEND;TZID=Eastern Standard Time:20260129T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260122T143309Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:80 Wellington (fictional)\, 4th floor\, DG office
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-pacific-hr-screen",
        uid="040000008200E00074C5B7101A82E008000000006F723358ED64DD01000000000000000010000000E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2",
        is_interview=1,
        company="Cascadia Ports Authority",
        role="Manager, Policy & Government Relations",
        stage="recruiter_screen",
        interviewers="kiran.dhillon@cascadiaports.example.ca",
        trap="pacific-zone-phone-screen-ottawa-candidate",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Dhillon, Kiran":mailto:kiran.dhillon@cascadiaports.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=en-CA:Hi Emilie\,\n\nThank you for applying to Cascadi
 a Ports Authority. I'll give you a call at 613-555-0139 for a 30-minute p
 hone screen about the Manager\, Policy & Government Relations position (V
 ancouver-based\, with travel to Ottawa). Time shown is Pacific.\n\nKiran D
 hillon\nSenior Talent Advisor\n
UID:040000008200E00074C5B7101A82E008000000006F723358ED64DD01000000000000000010000000E7F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2
SUMMARY;LANGUAGE=en-CA:Phone screen - Emilie Tremblay-Singh - Mgr Policy & GR
DTSTART;TZID=Pacific Standard Time:20251201T090000
DTEND;TZID=Pacific Standard Time:20251201T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251125T192208Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Phone - Kiran will call
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-pacific-hiring-manager",
        uid="zoom-83310294477-20251211@zoom.example.us",
        is_interview=1,
        company="Cascadia Ports Authority",
        role="Manager, Policy & Government Relations",
        stage="hiring_manager",
        interviewers="bryce.holloway@cascadiaports.example.ca",
        trap="zoom-ics-vp-interview-utc",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251204T010510Z
DTSTART:20251211T180000Z
DTEND:20251211T190000Z
SUMMARY:Cascadia Ports - Emilie Tremblay-Singh / Bryce Holloway (VP\, Public Affairs)
UID:zoom-83310294477-20251211@zoom.example.us
DESCRIPTION:Kiran Dhillon is inviting you to a scheduled Zoom meeting.\n\nT
 opic: Cascadia Ports - Emilie Tremblay-Singh / Bryce Holloway (VP\, Publi
 c Affairs)\nInterview for Manager\, Policy & Government Relations - Bryce 
 is the hiring manager.\n\nJoin Zoom Meeting\nhttps://zoom.example.us/j/833
 10294477?pwd=CPAgr\n\nMeeting ID: 833 1029 4477\nPasscode: 551902\n\n---\n
 \nOne tap mobile\n+17785550120\,\,83310294477# Canada\n
LOCATION:https://zoom.example.us/j/83310294477?pwd=CPAgr
ORGANIZER;CN=Kiran Dhillon:mailto:kiran.dhillon@cascadiaports.example.ca
ATTENDEE;CN=bryce.holloway@cascadiaports.example.ca:mailto:bryce.holloway@ca
 scadiaports.example.ca
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ms-bookings-interview-slot",
        uid="bookings-9c4e2f71a0b84d63a5e1c7d02f98b6a3@cbrt-tcep.example.ca",
        is_interview=1,
        company="Canadian Benefits Review Tribunal",
        role="Policy Analyst / Analyste des politiques (EC-05/EC-06)",
        stage="onsite",
        interviewers="",
        trap="ms-bookings-self-booked-interview-slot",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="CBRT Staffing | Dotation TCEP":mailto:CBRTStaffingDotation@cbrt-tcep.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Emilie Tre
 mblay-Singh:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed / Votre réservation es
 t confirmée\n\nService: Interview - Process 25-CBRT-EA-0042 / Entrevue - P
 rocessus 25-CBRT-EA-0042\nStaff: Assessment board / Comité d'évaluation\n
 Duration: 75 minutes\n\nJoin your appointment / Joindre votre rendez-vous\
 n(Microsoft Teams link)\n\nNeed to make changes? Manage booking / Gérer la
  réservation\n\nPowered by Microsoft Bookings\n
UID:bookings-9c4e2f71a0b84d63a5e1c7d02f98b6a3@cbrt-tcep.example.ca
SUMMARY;LANGUAGE=en-US:Interview - Process 25-CBRT-EA-0042 / Entrevue - Processus 25-CBRT-EA-0042
DTSTART;TZID=Eastern Standard Time:20251002T100000
DTEND;TZID=Eastern Standard Time:20251002T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250925T151847Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apple-gmail-founder-video",
        uid="E4B7D2A9-6C13-4F80-9B5E-0A1C8D3F7E62",
        is_interview=1,
        company="GovLab Nord",
        role="Head of Policy",
        stage="hiring_manager",
        interviewers="yannick.gobeil.govlab@gmail.com",
        trap="founder-gmail-apple-invite-bilingual",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.4//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
{MONTREAL_APPLE}
BEGIN:VEVENT
CREATED:20251117T213302Z
UID:E4B7D2A9-6C13-4F80-9B5E-0A1C8D3F7E62
DTEND;TZID=America/Montreal:20251120T191500
TRANSP:OPAQUE
SUMMARY:GovLab Nord - jase avec Yannick (Head of Policy)
DTSTART;TZID=America/Montreal:20251120T183000
DTSTAMP:20251117T213410Z
ORGANIZER;CN="Yannick Gobeil";EMAIL="yannick.gobeil.govlab@gmail.com":mailto:yannick.gobeil.govlab@gmail.com
ATTENDEE;CN="Yannick Gobeil";CUTYPE=INDIVIDUAL;EMAIL="yannick.gobeil.govlab@gmail.com";PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:yannick.gobeil.govlab@gmail.com
ATTENDEE;CN="emilie.tremblaysingh@outlook.com";CUTYPE=INDIVIDUAL;EMAIL="emilie.tremblaysingh@outlook.com";PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:emilie.tremblaysingh@outlook.com
DESCRIPTION:Salut Émilie! Comme on est une petite équipe (7 personnes)\, c
 'est moi qui fais les entrevues pour le poste Head of Policy. On jase 45 m
 in en visio\, en français ou en anglais. Après\, tu rencontreras l'équipe
  si ça clique.\n\nhttps://meet.jit.example.si/GovLabNord-Yannick
LOCATION:https://meet.jit.example.si/GovLabNord-Yannick
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-crown-corp-panel",
        uid="040000008200E00074C5B7101A82E00800000000708344690E75DD01000000000000000010000000F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2C3",
        is_interview=1,
        company="National Capital Heritage Commission",
        role="Manager, Policy and Planning",
        stage="onsite",
        interviewers="helen.papadakis@nchc-cnp.example.ca;rene.charbonneau@nchc-cnp.example.ca",
        trap="crown-corp-panel-with-room-and-hr-organizer",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Talent Acquisition NCHC-CNP":mailto:talent@nchc-cnp.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=emilie.tr
 emblaysingh@outlook.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Papadakis, Helen":mailt
 o:helen.papadakis@nchc-cnp.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Charbonneau, René":mai
 lto:rene.charbonneau@nchc-cnp.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="NCHC 202 Q
 ueen - Rideau Canal Room":mailto:room.rideaucanal@nchc-cnp.example.ca
DESCRIPTION;LANGUAGE=en-CA:Interview - Manager\, Policy and Planning (comp
 etition NCHC-25-061)\n\nPanel: Helen Papadakis (Vice-President\, Planning)
  and René Charbonneau (Director\, Heritage Policy). Talent Acquisition wil
 l greet you at reception.\n
UID:040000008200E00074C5B7101A82E00800000000708344690E75DD01000000000000000010000000F8A9B0C1D2E3F4A5B6C7D8E9F0A1B2C3
SUMMARY;LANGUAGE=en-CA:NCHC-25-061 Interview - Manager\, Policy and Planning
DTSTART;TZID=Eastern Standard Time:20251218T100000
DTEND;TZID=Eastern Standard Time:20251218T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251210T150722Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:NCHC 202 Queen - Rideau Canal Room
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-accepted-copy-own-calendar",
        uid="040000008200E00074C5B7101A82E008000000008194557A1F86DD01000000000000000010000000A9B0C1D2E3F4A5B6C7D8E9F0A1B2C3D4",
        is_interview=1,
        company="Financial Consumer Standards Agency",
        role="Senior Policy Analyst (EC-06)",
        stage="onsite",
        interviewers="marco.bellini@fcsa-ancf.example.ca;chantal.dufour@fcsa-ancf.example.ca",
        trap="published-copy-user-accepted-interview",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Bellini, Marco (FCSA/ANCF)":mailto:marco.bellini@fcsa-ancf.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=emilie.tremblaysingh@out
 look.com:mailto:emilie.tremblaysingh@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Dufour, Chantal (FCSA/A
 NCF)":mailto:chantal.dufour@fcsa-ancf.example.ca
DESCRIPTION;LANGUAGE=en-CA:Interview - 2025-FCSA-EA-0219 (Senior Policy An
 alyst\, EC-06). Marco Bellini (Director\, Consumer Protection Policy) and 
 Chantal Dufour (Manager). In person\, 427 Laurier Ave W (fictional)\, 5th 
 floor.\n
UID:040000008200E00074C5B7101A82E008000000008194557A1F86DD01000000000000000010000000A9B0C1D2E3F4A5B6C7D8E9F0A1B2C3D4
SUMMARY;LANGUAGE=en-CA:Interview - 2025-FCSA-EA-0219
DTSTART;TZID=Eastern Standard Time:20260210T140000
DTEND;TZID=Eastern Standard Time:20260210T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260202T212004Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:427 Laurier Ave W\, 5th floor
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-floating-phone-screen",
        uid="8s4k1m0q6v2h9l3c7d5n0prtwz@google.com",
        is_interview=1,
        company="Ontario Ministry of Municipal Finance",
        role="Manager, Municipal Fiscal Policy",
        stage="recruiter_screen",
        interviewers="tanya.boateng@ontario.example.ca",
        trap="ops-hr-phone-screen-self-entered-google",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Émilie - perso
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20260204T170000Z
DTEND:20260204T173000Z
DTSTAMP:20260201T014455Z
UID:8s4k1m0q6v2h9l3c7d5n0prtwz@google.com
CREATED:20260201T014402Z
DESCRIPTION:Tanya Boateng (HR\, Ministry of Municipal Finance) calling re: 
 Manager\, Municipal Fiscal Policy - Job ID 234410. pre-screen 30 min. her e
 mail tanya.boateng@ontario.example.ca
LAST-MODIFIED:20260201T014455Z
LOCATION:phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ont. Municipal Finance - HR pre-screen call (Tanya)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
