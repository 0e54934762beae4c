# ruff: noqa: E501, W291, W293, RUF100
"""holdout262 events, part D: negatives with the user on the hiring or assessing side (EC-04 boards, marking, ...)."""

from holdout262ev_zones import EST_OUTLOOK, EST_UTC_LABEL, TORONTO_GOOGLE

FORMS: dict[str, list[str]] = {}

EVENTS = [
    dict(
        kind="outlook-ec04-board-candidate",
        uid="040000008200E00074C5B7101A82E0080000000092A5668B2097DD01000000000000000010000000B0C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-ec04-board-candidate-attendee",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Staffing-Dotation TPB-DPI":mailto:tpb.staffing-dotation@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lachance, Benoît (FPC/P
 FC)":mailto:benoit.lachance@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordan Pat
 el:mailto:jordan.patel.econ@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="90 Elgin 14
 -118 Small Meeting Room (4)":mailto:room.14-118@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Process 2025-FPC-EA-ECO-0911 - Economist (EC-04)
 \n\nCandidate: Jordan Patel\nAssessment board: Emilie Tremblay-Singh (chai
 r)\, Benoît Lachance\n\nBoard members: please bring the interview guide a
 nd rating grid (see SharePoint). The candidate has 15 min of prep in 14-12
 0 before the interview.\n
UID:040000008200E00074C5B7101A82E0080000000092A5668B2097DD01000000000000000010000000B0C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5
SUMMARY;LANGUAGE=en-CA:Interview - 2025-FPC-EA-ECO-0911 - EC-04 - J. Patel
DTSTART;TZID=Eastern Standard Time:20251014T093000
DTEND;TZID=Eastern Standard Time:20251014T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251003T174411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:90 Elgin 14-118 Small Meeting Room (4)
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
        kind="outlook-self-marking-block",
        uid="040000008200E00074C5B7101A82E00800000000A3B6779C31A8DD01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-exam-marking-block",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Mark written exam EC-04 (0911) - candidates 1-12
 \, Q1-Q3 against expected answers. Don't look at names (anonymized IDs onl
 y).\n
UID:040000008200E00074C5B7101A82E00800000000A3B6779C31A8DD01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6
SUMMARY;LANGUAGE=en-CA:Marking - EC-04 written exam (cands 1-12)
DTSTART;TZID=Eastern Standard Time:20250925T130000
DTEND;TZID=Eastern Standard Time:20250925T163000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250919T131522Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
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
        kind="outlook-board-consensus",
        uid="040000008200E00074C5B7101A82E00800000000B4C7880D42B9DD01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-board-consensus-rapport",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Lachance, Benoît (FPC/PFC)":mailto:benoit.lachance@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Haché, Mélanie (FPC/PFC
 )":mailto:melanie.hache@fin-canada.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Consensus du comité d'évaluation - EC-04 (0911)
 . On finalise les cotes d'entrevue des 9 candidat(e)s et on rédige le rapp
 ort du comité et les justifications pour la RH (Mélanie).\n
UID:040000008200E00074C5B7101A82E00800000000B4C7880D42B9DD01000000000000000010000000D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7
SUMMARY;LANGUAGE=fr-CA:Consensus / rapport du comité - EC-04 (0911)
DTSTART;TZID=Eastern Standard Time:20251024T130000
DTEND;TZID=Eastern Standard Time:20251024T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T151808Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:14-118 / Teams
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
        kind="outlook-user-organizer-entrevue",
        uid="040000008200E00074C5B7101A82E00800000000C5D8991E53CADD01000000000000000010000000E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-user-organizes-french-entrevue",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabrielle 
 Rivard:mailto:gab.rivard@videotron.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lachance, Benoît (FPC/P
 FC)":mailto:benoit.lachance@fin-canada.example.ca
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Madame Rivard\,\n\nVous êtes convoquée 
 à une entrevue dans le cadre du processus 2025-FPC-EA-ECO-0911 (Économist
 e\, EC-04). Le comité d'évaluation est composé d'Émilie Tremblay-Singh (pr
 ésidente) et de Benoît Lachance. Durée : 60 minutes\, dont 15 minutes de 
 préparation.\n\nRéunion Microsoft Teams\nID de réunion : 226 771 405 938\n
 Code secret : Zy3rTq\n
UID:040000008200E00074C5B7101A82E00800000000C5D8991E53CADD01000000000000000010000000E3F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8
SUMMARY;LANGUAGE=fr-CA:Entrevue - EC-04 - candidate 7 (G. Rivard)
DTSTART;TZID=Eastern Standard Time:20251015T133000
DTEND;TZID=Eastern Standard Time:20251015T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T140139Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams
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
        kind="outlook-rating-guide-review",
        uid="040000008200E00074C5B7101A82E00800000000D6E9AA2F64DBDD01000000000000000010000000F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-interview-guide-rating-grid",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_UTC_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="Haché, Mélanie (FPC/PFC)":mailto:melanie.hache@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lachance, Benoît (FPC/P
 FC)":mailto:benoit.lachance@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Review of the interview guide\, expected answers
  and rating grid for EC-04 process 0911 before the interviews start. Pleas
 e review the draft questions (Analytical Thinking\, Teamwork\, Communicati
 on) and the 5-point rating scale. Board members must sign the conflict of
  interest declaration.\n
UID:040000008200E00074C5B7101A82E00800000000D6E9AA2F64DBDD01000000000000000010000000F4A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9
SUMMARY;LANGUAGE=en-CA:EC-04 (0911) - interview guide + rating grid review
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251007T100000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251007T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T124018Z
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
        kind="calendly-user-host-student",
        uid="d81f4b2e-7a60-4c9d-b3e5-92a0c6f1e847",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-calendly-host-student-hire",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251105T150000Z
DTEND:20251105T152000Z
DTSTAMP:20251030T223118Z
ORGANIZER;CN=Emilie Tremblay-Singh:mailto:emilie.tremblay-singh@fin-canada.example.ca
UID:d81f4b2e-7a60-4c9d-b3e5-92a0c6f1e847
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Léa F
 ournier;X-NUM-GUESTS=0:mailto:lea.fournier@etu.capitale.example.ca
DESCRIPTION:Event Name: Entrevue étudiante - FSWEP / Student interview (20
  min)\n\nInvitee: Léa Fournier\nInvitee Email: lea.fournier@etu.capitale.
 example.ca\n\nQuestions:\nProgramme d'études: Maîtrise en économie\, 1re a
 nnée\nDisponibilité: janvier-avril 2026\n\nLocation: Microsoft Teams (lien 
 envoyé par Émilie)\n\nView event in Calendly: https://calendly.example.com
 /scheduled_events/d81f4b2e\n\nPowered by Calendly.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Léa Fournier and Emilie Tremblay-Singh - Entrevue étudiante FSWEP
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-reply-accepted-candidate",
        uid="040000008200E00074C5B7101A82E00800000000E7FABB3075ECDD01000000000000000010000000A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-accepted-reply",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;PARTSTAT=ACCEPTED;CN=Samir Haddad:mailto:samir.haddad91@outlook.com
COMMENT;LANGUAGE=en-CA:Thank you\, I will be there. Looking forward to meet
 ing the board.\n
UID:040000008200E00074C5B7101A82E00800000000E7FABB3075ECDD01000000000000000010000000A5B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0
SUMMARY;LANGUAGE=en-CA:Accepted: Interview - EC-04 - 2025-FPC-EA-ECO-0911
DTSTART;TZID=Eastern Standard Time:20251016T093000
DTEND;TZID=Eastern Standard Time:20251016T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251007T011205Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:1440092217
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-agency-presents-candidate",
        uid="040000008200E00074C5B7101A82E00800000000F80BCC4186FDDD01000000000000000010000000B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1",
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
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Kaur, Simran":mailto:simran.kaur@altitudestaffing.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Nair:mailto:priya.
 nair.analyst@gmail.com
DESCRIPTION;LANGUAGE=en-CA:Hi Emilie\,\n\nFurther to your request under the
  temporary help services standing offer\, I am pleased to present Priya N
 air for the 6-month research assistant (data) assignment in your unit. He
 r résumé is attached. This 30-minute call is your opportunity to intervie
 w her and confirm fit before we finalize the call-up.\n\nSimran Kaur\nAcco
 unt Manager\, Altitude Staffing Solutions\n
UID:040000008200E00074C5B7101A82E00800000000F80BCC4186FDDD01000000000000000010000000B6C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1
SUMMARY;LANGUAGE=en-CA:Candidate presentation - Priya Nair - Research Assistant (temp help)
DTSTART;TZID=Eastern Standard Time:20251113T140000
DTEND;TZID=Eastern Standard Time:20251113T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251107T162230Z
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
        kind="ios-reference-check-caller",
        uid="3D9A7E1C-B54F-4A02-8E6D-F1C2B7A09D35",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-reference-check-caller",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251027T172210Z
UID:3D9A7E1C-B54F-4A02-8E6D-F1C2B7A09D35
DTEND:20251029T193000Z
TRANSP:OPAQUE
SUMMARY:Ref check - call M. Fontaine re J. Patel (EC-04 cand.)
DTSTART:20251029T190000Z
DTSTAMP:20251027T172255Z
DESCRIPTION:Jordan's former supervisor at StatsLab (fictional). Use the ref
  check questionnaire from HR\, 5 questions\, take notes for the file. 819-
 555-0174
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-coop-student-interviews",
        uid="1k7d3m9q0v5h2l8c4s6n0abfye@google.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-coop-student-interviews",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO_GOOGLE}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20251112T090000
DTEND;TZID=America/Toronto:20251112T120000
DTSTAMP:20251104T140210Z
ORGANIZER;CN=Co-op Employer Services - Université Capitale:mailto:coop-employeurs@capitale.example.ca
UID:1k7d3m9q0v5h2l8c4s6n0abfye@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=emilie.tremblay-singh@fin-canada.example.ca;X-NUM-GUESTS=0:mailto:
 emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION:Employer interview schedule - Winter 2026 co-op\nEmployer: Fisc
 al Policy Canada - Junior Policy Analyst (co-op) - interviewer: Emilie Tre
 mblay-Singh\n\n9:00  Candidate 1 - Noah Girard (M.A. Economics)\n9:45  Can
 didate 2 - Fatima Zahra Benali (B.Soc.Sc. Public Admin)\n10:30  Candidate 
 3 - Ethan Murphy (M.A. Public Policy)\n\nPlease submit your rankings in t
 he co-op portal by Friday 5 p.m.\n\nInvitation from Google Calendar: https
 ://calendar.google.com/calendar/
LOCATION:Virtual - Teams links in the employer portal
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Co-op interviews (3 students) - Fiscal Policy Canada
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-assessor-other-department",
        uid="040000008200E00074C5B7101A82E00800000000091CDD5297AEDE01000000000000000010000000C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-assessment-centre-assessor-other-dept",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Nguyen, Thi Lan":mailto:thilan.nguyen@wfc-amc.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Malik, Farah":mailto:fa
 rah.malik@wfc-amc.example.ca
DESCRIPTION;LANGUAGE=en-CA:Thank you for volunteering as an external assess
 or for the collective EC-05 assessment centre (2025-WFC-EA-NHQ-0530). You 
 will observe and rate candidates in the role-play and the group exercise u
 sing the behavioural indicators guide. Assessor training 8:00-8:45\, cand
 idates from 9:00.\n\nMerci de votre contribution!\n
UID:040000008200E00074C5B7101A82E00800000000091CDD5297AEDE01000000000000000010000000C7D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2
SUMMARY;LANGUAGE=en-CA:Assessor - EC-05 assessment centre (WFC) / Évaluatrice - centre d'évaluation
DTSTART;TZID=Eastern Standard Time:20260120T080000
DTEND;TZID=Eastern Standard Time:20260120T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260108T185533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:WFC - 140 Promenade du Portage (fictional)\, Gatineau
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
        kind="outlook-recurring-board-block",
        uid="040000008200E00074C5B7101A82E008000000001A2DEE63A8BFDE01000000000000000010000000D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2A3",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-recurring-board-block-override",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Staffing-Dotation TPB-DPI":mailto:tpb.staffing-dotation@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lachance,
  Benoît (FPC/PFC)":mailto:benoit.lachance@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Board block for EC-04 interviews (process 0911).
  Two candidates per morning\; individual invitations with candidate names 
 follow from Staffing. Please keep these mornings free.\n
RRULE:FREQ=DAILY;COUNT=4
UID:040000008200E00074C5B7101A82E008000000001A2DEE63A8BFDE01000000000000000010000000D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2A3
SUMMARY;LANGUAGE=en-CA:HOLD - EC-04 board interviews (0911)
DTSTART;TZID=Eastern Standard Time:20251014T090000
DTEND;TZID=Eastern Standard Time:20251014T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250930T201455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:14-118
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:1
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Staffing-Dotation TPB-DPI":mailto:tpb.staffing-dotation@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lachance,
  Benoît (FPC/PFC)":mailto:benoit.lachance@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Moved to the afternoon on this day (DG town hall
  in the morning).\n
RECURRENCE-ID;TZID=Eastern Standard Time:20251016T090000
UID:040000008200E00074C5B7101A82E008000000001A2DEE63A8BFDE01000000000000000010000000D8E9F0A1B2C3D4E5F6A7B8C9D0E1F2A3
SUMMARY;LANGUAGE=en-CA:HOLD - EC-04 board interviews (0911) - PM
DTSTART;TZID=Eastern Standard Time:20251016T130000
DTEND;TZID=Eastern Standard Time:20251016T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T140021Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-CA:14-118
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-double-marking-sync",
        uid="040000008200E00074C5B7101A82E008000000002B3EFF74B9C0DE01000000000000000010000000E9F0A1B2C3D4E5F6A7B8C9D0E1F2A3B4",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-double-marking-sync",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Lachance, Benoît (FPC/P
 FC)":mailto:benoit.lachance@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Benoît - let's go through the 4 written exams wh
 ere our Q2 marks differ by more than 1 point and agree a consensus mark. 
 I'll share the spreadsheet.\n
UID:040000008200E00074C5B7101A82E008000000002B3EFF74B9C0DE01000000000000000010000000E9F0A1B2C3D4E5F6A7B8C9D0E1F2A3B4
SUMMARY;LANGUAGE=en-CA:Double marking sync - EC-04 exam Q2 discrepancies
DTSTART;TZID=Eastern Standard Time:20250930T103000
DTEND;TZID=Eastern Standard Time:20250930T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T150745Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:My desk / Teams
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
        kind="outlook-allday-board-notes-due",
        uid="040000008200E00074C5B7101A82E008000000003C4F1085CAD1DE01000000000000000010000000F0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-board-notes-deadline-allday",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Scan + upload board notes and individual rating 
 sheets (EC-04 interviews\, 9 candidates) to the staffing file. Mélanie nee
 ds them before she drafts the assessment results.\n
UID:040000008200E00074C5B7101A82E008000000003C4F1085CAD1DE01000000000000000010000000F0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5
SUMMARY;LANGUAGE=en-CA:DUE: EC-04 board notes + rating sheets to HR
DTSTART;VALUE=DATE:20251022
DTEND;VALUE=DATE:20251023
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T161001Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ms-bookings-volunteer-panel",
        uid="bookings-5a0e9c3d7b2f4e18a6c4d1f0b9e82c57@plrp-prlp.example.ca",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-bookings-volunteer-panel-member",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="PLRP Interviews | Entrevues PRLP":mailto:PLRPInterviews@plrp-prlp.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Candidate PLRP-2025-0417
 :mailto:PLRPInterviews@plrp-prlp.example.ca
DESCRIPTION;LANGUAGE=en-US:Booking confirmed for a Policy Leaders Recruitme
 nt Program (PLRP) candidate interview.\n\nService: PLRP final interview - 
 panel member (volunteer)\nStaff: Emilie Tremblay-Singh\nCandidate ID: PLRP
 -2025-0417\n\nPanel members receive the candidate package 48 hours before 
 the interview. Please use the PLRP scoring sheet.\n\nPowered by Microsoft B
 ookings\n
UID:bookings-5a0e9c3d7b2f4e18a6c4d1f0b9e82c57@plrp-prlp.example.ca
SUMMARY;LANGUAGE=en-US:PLRP final interview - panel member (Candidate PLRP-2025-0417)
DTSTART;TZID=Eastern Standard Time:20260219T140000
DTEND;TZID=Eastern Standard Time:20260219T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260210T180050Z
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
        kind="outlook-candidate-info-session",
        uid="040000008200E00074C5B7101A82E008000000004D502196DBE2DE01000000000000000010000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-candidate-info-session-host",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Haché, Mélanie (FPC/PFC)":mailto:melanie.hache@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=EC-04 scre
 ened-in candidates (BCC):mailto:tpb.staffing-dotation@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:Information session for screened-in candidates (
 EC-04\, process 0911). Emilie (board chair) will present the team's work a
 nd the assessment steps (written exam\, interview\, references) and answe
 r questions. Candidates' cameras optional. Not an assessment.\n
UID:040000008200E00074C5B7101A82E008000000004D502196DBE2DE01000000000000000010000000A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6
SUMMARY;LANGUAGE=en-CA:EC-04 candidates info session / Séance d'information candidat(e)s
DTSTART;TZID=Eastern Standard Time:20250911T120000
DTEND;TZID=Eastern Standard Time:20250911T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250903T145030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
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
        kind="outlook-cancel-candidate-withdrew",
        uid="040000008200E00074C5B7101A82E008000000005E6132A7ECF3DE01000000000000000010000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-cancelled-candidate-withdrew",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Staffing-Dotation TPB-DPI":mailto:tpb.staffing-dotation@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lachance,
  Benoît (FPC/PFC)":mailto:benoit.lachance@fin-canada.example.ca
DESCRIPTION;LANGUAGE=en-CA:The candidate (K. Osei-Bonsu) has withdrawn from 
 process 2025-FPC-EA-ECO-0911 after accepting another offer. This intervie
 w slot is cancelled. Board members: please destroy the candidate package.\n
UID:040000008200E00074C5B7101A82E008000000005E6132A7ECF3DE01000000000000000010000000B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7
SUMMARY;LANGUAGE=en-CA:Canceled: Interview - EC-04 - K. Osei-Bonsu (candidate withdrew)
DTSTART;TZID=Eastern Standard Time:20251017T100000
DTEND;TZID=Eastern Standard Time:20251017T110000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251015T193318Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-CA:90 Elgin 14-118 Small Meeting Room (4)
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="thunderbird-board-calibration",
        uid="f3a91c57-08e2-4d6b-9c1a-7e5b0d2f4a86",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-board-calibration-hand-typed",
        hiring=True,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251008T234410Z
LAST-MODIFIED:20251008T234455Z
DTSTAMP:20251008T234455Z
UID:f3a91c57-08e2-4d6b-9c1a-7e5b0d2f4a86
SUMMARY:calibrate w/ Benoit - what's a 3 vs 4 on Teamwork Q (EC-04 board)
DTSTART:20251010T083000
DTEND:20251010T090000
DESCRIPTION:before first candidates tues. agree probing questions too
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-acting-backfill-informal",
        uid="040000008200E00074C5B7101A82E008000000006F7243B8FD04DF01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-informal-discussion-host-backfill",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Tremblay-Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Leblanc, 
 Samuel (ESC/ECC)":mailto:samuel.leblanc@esc-ecc.example.ca
DESCRIPTION;LANGUAGE=en-CA:Hi Samuel\,\n\nThanks for your interest in the 4
 -month acting EC-05 backfill on my team while I'm on assignment. This is a
 n informal discussion (30 min) so I can assess fit: I'll ask about your mod
 elling experience and your availability\, and you can ask about the files
 .\n\nEmilie\n
UID:040000008200E00074C5B7101A82E008000000006F7243B8FD04DF01000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8
SUMMARY;LANGUAGE=en-CA:Informal discussion - acting EC-05 backfill - S. Leblanc
DTSTART;TZID=Eastern Standard Time:20251217T140000
DTEND;TZID=Eastern Standard Time:20251217T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251211T152301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Microsoft Teams Meeting
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
        kind="outlook-board-observer-training",
        uid="040000008200E00074C5B7101A82E008000000007A8354C90E15DF01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="user-as-interviewer-shadow-board-observer",
        hiring=True,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EST_OUTLOOK}
BEGIN:VEVENT
ORGANIZER;CN="Bhattacharya, Rajiv (FPC/PFC)":mailto:rajiv.bhattacharya@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tremblay-
 Singh, Emilie (FPC/PFC)":mailto:emilie.tremblay-singh@fin-canada.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Candidate - A. Mukherjee
 :mailto:a.mukherjee.policy@gmail.com
DESCRIPTION;LANGUAGE=en-CA:Emilie - as part of your board-member developmen
 t\, please join as a silent observer for this EC-03 interview. Rate indepe
 ndently on the grid and we'll compare after. Candidate is external.\n
UID:040000008200E00074C5B7101A82E008000000007A8354C90E15DF01000000000000000010000000D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9
SUMMARY;LANGUAGE=en-CA:Interview - EC-03 Junior Analyst - A. Mukherjee (Emilie observing)
DTSTART;TZID=Eastern Standard Time:20250918T100000
DTEND;TZID=Eastern Standard Time:20250918T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250912T200155Z
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
]
