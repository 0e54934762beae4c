# ruff: noqa: E501
"""holdout249 events, part C: the user on the hiring or assessing side (all is_interview=0)."""
from holdout249ev_a import ev
from holdout249ev_zones import (
    EASTERN_UTC_LABEL,
    EASTERN_WIN,
    GOOGLE_FOOTER,
    MADRID_GOOGLE,
    NY_GOOGLE,
    TEAMS_EN,
    fold,
    teams,
)


def neg(kind, uid, ics, trap, eol=None):
    return ev(kind, uid, ics, 0, trap=trap, hiring=trap.startswith("user-as-interviewer-"), eol=eol)


EVENTS = []

# 1 Workday: she is the interviewer for an Assistant Director candidate
UID = "WD-INT-R-0244-8d1e0a77c3"
EVENTS.append(neg("workday-interviewer", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251103T150000Z
DTSTART:20251107T150000Z
DTEND:20251107T154500Z
SUMMARY:Interview: Assistant Director of Admission (R-0244) - Jordan Pike
ORGANIZER;CN=Harborview University Talent Acquisition:mailto:harborview@myworkday.com
ATTENDEE;CN=Siobhan Kelleher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:skelleher@harborview.edu
ATTENDEE;CN=Jordan Pike;ROLE=REQ-PARTICIPANT:mailto:jordan.pike.admissions@gmail.com
DESCRIPTION:Candidate: Jordan Pike\nJob Requisition: R-0244 Assistant Director of Admission\nInterview Type: Hiring Manager Interview\nInterviewer(s): Siobhan Kelleher\n\nPlease complete the interview feedback in Workday within 24 hours. Candidate resume and interview questions are in your Workday inbox.\n\nThis message was sent from Workday.
LOCATION:Welcome Center 2nd floor - Kelleher office
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-workday-candidate-named"))

# 2 Google invite from HR coordinator: panel for AD candidate, user is a panelist
UID = "2k4m6o8q0s2u4w6y8a0c2e4g6i@google.com"
EVENTS.append(neg("google-panel-interviewer", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251112T100000
DTEND;TZID=America/New_York:20251112T110000
DTSTAMP:20251106T140455Z
ORGANIZER;CN=Renee Gallo:mailto:rgallo@harborview.edu
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher;X-NUM-GUESTS=0:mailto:skelleher@harborview.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Bell;X-NUM-GUESTS=0:mailto:mbell@harborview.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya Venkataraman;X-NUM-GUESTS=0:mailto:priya.venkataraman@outlook.example.com
DESCRIPTION:Panel interview - Assistant Director of Admission (Multicultural Recruitment)\nCandidate: Priya Venkataraman\nPanel: Siobhan Kelleher (Associate Director)\, Marcus Bell (Senior Assistant Director)\n\nPlease use the shared rubric (Teams > Admission Hiring > AD 2025) and submit ratings by Friday.""" + GOOGLE_FOOTER + r"""
LOCATION:Welcome Center - Conference Room B
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Assistant Director of Admission - Candidate: Priya Venkataraman
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-panelist-candidate-attendee"))

# 3 Calendly: applicant books an admission interview with her (she is the host)
UID = "calendly-2e9a7c51-0f3b-4d68-a4c2-9b1e8d7f6a30"
EVENTS.append(neg("calendly-host-applicant", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251009T234510Z
DTSTART:20251014T200000Z
DTEND:20251014T203000Z
SUMMARY:Maya Chen and Siobhan Kelleher
ORGANIZER;CN=Siobhan Kelleher:mailto:skelleher@harborview.edu
ATTENDEE;CN=Maya Chen;RSVP=TRUE:mailto:mayachen2026@gmail.com
ATTENDEE;CN=Siobhan Kelleher:mailto:skelleher@harborview.edu
DESCRIPTION:Event Name: Harborview Admission Interview (Early Decision applicants)\n\nLocation: Zoom - https://harborview.zoom.us/j/81234509876\n\nInvitee: Maya Chen\nInvitee Email: mayachen2026@gmail.com\nHigh school: Westbrook Regional HS (MA)\nIntended major: Environmental Engineering\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/2e9a7c51\nReschedule: https://calendly.com/reschedulings/2e9a7c51\n\nPowered by Calendly.com
LOCATION:https://harborview.zoom.us/j/81234509876
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-calendly-host-admission-applicant"))

# 4 Microsoft Bookings: new booking for an evaluative admission interview, she is the staff member
UID = "040000008200E00074C5B7101A82E00800000000BB2C0F6E4A13DC01000000000000000010000000AABBCCDD11223344EEFF556677889900"
EVENTS.append(neg("bookings-staff-admission-interview", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=Harborview Admission Interviews:mailto:AdmissionInterviews@harborview.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kelleher, Siobhan":mailto:skelleher@harborview.edu
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Evaluative Admission Interview (on campus\, 30 min)\nStaff member: Siobhan Kelleher\nCustomer: Tobias Grünewald\nEmail: t.gruenewald@schule-example.de\nPhone: +49 40 555 0172\nNotes: Applicant for Fall 2026\, visiting from Hamburg with his mother. Prefers afternoon.\n\nManage booking: https://outlook.office365.com/owa/calendar/AdmissionInterviews@harborview.edu/bookings/\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:Evaluative Admission Interview for Tobias Grünewald
DTSTART;TZID=Eastern Standard Time:20251021T141500
DTEND;TZID=Eastern Standard Time:20251021T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251012T190322Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Welcome Center Interview Room 3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-bookings-staff-evaluative-admission"))

# 5 Spanish: admission interviews she runs in Madrid during a recruitment trip (hand-typed, Apple)
UID = "9D8C7B6A-5F4E-4D3C-B2A1-0F9E8D7C6B5A"
EVENTS.append(neg("ios-entrevistas-admision-es", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
""" + MADRID_GOOGLE.replace("X-LIC-LOCATION:Europe/Madrid\n", "") + r"""BEGIN:VEVENT
CREATED:20260105T121212Z
DTSTART;TZID=Europe/Madrid:20260121T163000
DTEND;TZID=Europe/Madrid:20260121T190000
DTSTAMP:20260105T121300Z
LAST-MODIFIED:20260105T121300Z
LOCATION:Hotel Óscar Gran Vía\, salón Lavapiés
SEQUENCE:0
SUMMARY:Entrevistas de admisión Harborview – solicitantes Madrid (Lucía Ferrer 16:30\, Pablo Montoya 17:15\, Sara Ibáñez 18:00)
DESCRIPTION:evaluative. rating sheet in Slate. Lucía = IB Colegio Montealto (!) - don't mention my own thing
UID:""" + UID + r"""
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-spanish-admission-interviews-mentions-employer"))

# 6 Debrief for AD search, Outlook
UID = "040000008200E00074C5B7101A82E0080000000077C3B1A9F8E5DC01000000000000000010000000F0E1D2C3B4A5968778695A4B3C2D1E0F"
EVENTS.append(neg("outlook-hiring-debrief", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kelleher, Siobhan":mailto:skelleher@harborview.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bell, Marcus":mailto:mbell@harborview.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gallo, Renee":mailto:rgallo@harborview.edu
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castellano, Victor":mailto:vcastellano@harborview.edu
DESCRIPTION;LANGUAGE=en-US:Debrief on the four AD (Multicultural Recruitment) interviews - Pike\, Venkataraman\, Obi\, Laurent. Bring your Workday scorecards; we'll decide who comes back for the info-session presentation round.\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:AD search - interview debrief + next round
DTSTART;TZID=Eastern Standard Time:20251117T150000
DTEND;TZID=Eastern Standard Time:20251117T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251113T200000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HV-Enrollment Mgmt-Conf 412
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-debrief-organizer-scorecards"))

# 7 Feedback reminder, all-day, Google own calendar
UID = "4g6i8k0m2o4q6s8u0w2y4a6c8e@google.com"
EVENTS.append(neg("google-scorecard-reminder", UID, r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:skelleher@harborview.edu
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251113
DTEND;VALUE=DATE:20251114
DTSTAMP:20251112T011111Z
UID:""" + UID + r"""
CREATED:20251112T011100Z
DESCRIPTION:Workday feedback for Priya V. + Jordan P. interviews - DUE today
LAST-MODIFIED:20251112T011100Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Submit interview scorecards (AD candidates)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-scorecard-reminder-all-day"))

# 8 Candidate's accepted reply (METHOD:REPLY) to her interview invite
UID = "040000008200E00074C5B7101A82E00800000000E2D4F6A8C0B1DC010000000000000000100000001234ABCD5678EF901234ABCD5678EF90"
EVENTS.append(neg("reply-candidate-accepted", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kelleher, Siobhan":mailto:skelleher@harborview.edu
ATTENDEE;PARTSTAT=ACCEPTED;CN=Keisha Monroe:mailto:keisha.monroe@outlook.example.com
COMMENT;LANGUAGE=en-US:Thank you\, I look forward to speaking with you!\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:Accepted: Phone screen - Regional Admission Counselor (West Coast)
DTSTART;TZID=Eastern Standard Time:20251204T130000
DTEND;TZID=Eastern Standard Time:20251204T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T172233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone - I'll call Keisha
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-candidate-accepted-reply"))

# 9 Agency presents a shortlisted candidate to her (she is the client)
UID = "ctp-present-20251118-4471@campustalentpartners.com"
EVENTS.append(neg("agency-candidate-presentation", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Campus Talent Partners//Bullhorn//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251114T160000Z
DTSTART:20251118T190000Z
DTEND:20251118T193000Z
SUMMARY:Candidate presentation: Senior Assistant Director shortlist (Harborview) - Campus Talent Partners
ORGANIZER;CN=Derek Fountain:mailto:dfountain@campustalentpartners.com
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:skelleher@harborview.edu
DESCRIPTION:Hi Siobhan\,\n\nAs promised\, I'll walk you through the three candidates we're presenting for your Senior Assistant Director (Transfer) role: A. Obi (currently at Northshore CC)\, D. Laurent and one confidential candidate. CVs attached to my email. After the call you can tell me who you want to interview.\n\nDerek Fountain\, Campus Talent Partners
LOCATION:Phone / Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-agency-presents-candidates-to-client"))

# 10 Tour-guide selection group interviews (students), Outlook
UID = "040000008200E00074C5B7101A82E00800000000D6E8FA0C2E4BDC01000000000000000010000000ABABABAB12121212CDCDCDCD34343434"
EVENTS.append(neg("outlook-tour-guide-selection", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Nguyen, Thao":mailto:tnguyen@harborview.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kelleher, Siobhan":mailto:skelleher@harborview.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nguyen, Thao":mailto:tnguyen@harborview.edu
ATTENDEE;ROLE=NON-PARTICIPANT;CUTYPE=ROOM;PARTSTAT=ACCEPTED;CN=Welcome Center - Auditorium:mailto:wc.auditorium@harborview.edu
DESCRIPTION;LANGUAGE=en-US:Round 2 of Harborview Ambassador (tour guide) selection: group interviews\, 8 students per slot\, mock tour segment on the quad. You and I rate each student on the ambassador rubric (1-5). 24 candidates for 10 spots.\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:Ambassador (tour guide) group interviews - round 2
DTSTART;TZID=Eastern Standard Time:20260203T180000
DTEND;TZID=Eastern Standard Time:20260203T210000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260126T141414Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Welcome Center - Auditorium
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-student-ambassador-group-interviews-no-vtimezone"))

# 11 Scholarship finalist interview panel
UID = "6i8k0m2o4q6s8u0w2y4a6c8e0g@google.com"
EVENTS.append(neg("google-scholarship-panel", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260306T090000
DTEND;TZID=America/New_York:20260306T123000
DTSTAMP:20260220T150000Z
ORGANIZER;CN=Scholarship Office:mailto:scholarships@harborview.edu
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher;X-NUM-GUESTS=0:mailto:skelleher@harborview.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Prof. Helen Ruark;X-NUM-GUESTS=0:mailto:hruark@harborview.edu
DESCRIPTION:Presidential Scholars Finalist Weekend - Interview Panel B\n\nYou will interview 6 finalists (20 min each) with Prof. Helen Ruark. Finalist files and the scoring guide are in the panel folder. Please bring your laptop to enter scores.""" + GOOGLE_FOOTER + r"""
LOCATION:Lindqvist Library\, Seminar Room 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Presidential Scholars finalist interviews - Panel B
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-scholarship-finalist-panel"))

# 12 She sits on a search committee: airport interviews for Dean of Students (mirror of her own searches)
UID = "040000008200E00074C5B7101A82E00800000000A1C3E5F7B9D2DC01000000000000000010000000FACEFACE0000111122223333AAAABBBB"
EVENTS.append(neg("outlook-search-committee-member", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Beaumont, Claire (Search Consultant)":mailto:cbeaumont@ridgeline-search.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kelleher, Siobhan":mailto:skelleher@harborview.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Osterhout, Paul":mailto:posterhout@harborview.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mbeki, Thandiwe":mailto:tmbeki@harborview.edu
ATTENDEE;ROLE=NON-PARTICIPANT;CUTYPE=ROOM;PARTSTAT=ACCEPTED;CN=Hyatt Regency Boston Harbor - Cunard Room:mailto:cunard@ridgeline-search.com
DESCRIPTION;LANGUAGE=en-US:Dear committee members\,\n\nThank you for serving on the search committee for Harborview's Dean of Students. Day 1 of airport interviews: 6 semi-finalists\, 60 minutes each\, 15-minute committee huddle between candidates. Candidate packets and the interview question bank are in the confidential Box folder; please do not forward.\n\n8:30 Candidate A  9:45 Candidate B  11:00 Candidate C  1:00 Candidate D  2:15 Candidate E  3:30 Candidate F\n\nClaire Beaumont\, Ridgeline Search\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:Dean of Students Search - Airport Interviews Day 1 (committee)
DTSTART;TZID=Eastern Standard Time:20260114T081500
DTEND;TZID=Eastern Standard Time:20260114T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260105T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Hyatt Regency Boston Harbor - Cunard Room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-search-committee-airport-interviews"))

# 13 Student ambassador/work-study applicant books her Calendly (student job)
UID = "calendly-71c4d9e0-2b8f-4a63-9d15-e0a7c3b6f248"
EVENTS.append(neg("calendly-host-student-worker", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260112T210000Z
DTSTART:20260116T163000Z
DTEND:20260116T164500Z
SUMMARY:Ethan Morales and Siobhan Kelleher
ORGANIZER;CN=Siobhan Kelleher:mailto:skelleher@harborview.edu
ATTENDEE;CN=Ethan Morales;RSVP=TRUE:mailto:emorales27@harborview.edu
DESCRIPTION:Event Name: Work-study interview - Admission Office student assistant (15 min)\n\nLocation: Welcome Center front desk - ask for Siobhan\n\nInvitee: Ethan Morales\nQuestions: Availability: Tue/Thu mornings\; prior job: barista\n\nPowered by Calendly.com
LOCATION:Welcome Center front desk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-calendly-host-work-study"))

# 14 Seasonal application readers: she screens three candidates by Teams (organizer)
UID = "040000008200E00074C5B7101A82E00800000000C4E6A8B0D2F4DC0100000000000000001000000011112222333344445555666677778888"
EVENTS.append(neg("teams-reader-screens-organizer", UID, fold(r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + EASTERN_UTC_LABEL + r"""BEGIN:VEVENT
ORGANIZER;CN="Kelleher, Siobhan":mailto:skelleher@harborview.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gwen Halloran:mailto:gwen.halloran@comcast.example.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ravi Chaudhry:mailto:ravi.chaudhry@protonmail.example.com
DESCRIPTION;LANGUAGE=en-US:Hi Gwen and Ravi\,\n\nThank you for applying to be a seasonal application reader for the 2025-26 cycle. This is a short group conversation about the role (remote\, ~15 files/day\, Dec-Mar) followed by a calibration exercise with two sample files. I'll share my screen.\n\nSiobhan Kelleher\nAssociate Director of Undergraduate Admission\n\n""" + teams(TEAMS_EN, "OTJkYjU0YTctMDEy", "376 002 913 548", "Hr6cY1") + r"""\n
UID:""" + UID + r"""
SUMMARY;LANGUAGE=en-US:Seasonal Reader - interview + calibration (Halloran\, Chaudhry)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251119T120000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20251119T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251113T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-organizer-seasonal-readers-signed-by-user"))

# 15 French: a lycée counsellor books an admission interview for a student, she interviews
UID = "e8b1c4d7-2f5a-48b3-9c6e-1a4d7f0b3e92@lycee-example.fr"
EVENTS.append(neg("thunderbird-entretien-admission-fr", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20251115T101010Z
LAST-MODIFIED:20251115T101212Z
DTSTAMP:20251115T101212Z
UID:""" + UID + r"""
SUMMARY:Entretien d'admission Harborview University – Camille Durand (Terminale)
ORGANIZER;CN=Sophie Lemaire:mailto:s.lemaire@lycee-example.fr
ATTENDEE;CN=Siobhan Kelleher;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:skelleher@harborview.edu
ATTENDEE;CN=Camille Durand;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:camille.durand.t@lycee-example.fr
DTSTART;TZID=Europe/Paris:20251124T180000
DTEND;TZID=Europe/Paris:20251124T183000
DESCRIPTION:Bonjour Madame Kelleher\,\n\ncomme convenu\, voici l'invitation pour l'entretien d'admission de notre élève Camille Durand (candidature Early Decision). L'entretien se fera en anglais sur Zoom : https://zoom.us/j/95501126643\n\nBien cordialement\,\nSophie Lemaire\nConseillère d'orientation – section internationale
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-french-entretien-for-student-applicant"))

# 16 Observe and rate AD finalists' info-session presentations
UID = "8k0m2o4q6s8u0w2y4a6c8e0g2i@google.com"
EVENTS.append(neg("google-observe-candidate-presentation", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251201T140000
DTEND;TZID=America/New_York:20251201T153000
DTSTAMP:20251121T190000Z
ORGANIZER;CN=Renee Gallo:mailto:rgallo@harborview.edu
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Siobhan Kelleher;X-NUM-GUESTS=0:mailto:skelleher@harborview.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus Bell;X-NUM-GUESTS=0:mailto:mbell@harborview.edu
DESCRIPTION:Final round for the AD role: each finalist delivers a 20-minute mock information session to real visiting families\, then Q&A. Please sit in the back\, observe both finalists (Venkataraman 2:00\, Obi 2:45) and complete the presentation rating form.""" + GOOGLE_FOOTER + r"""
LOCATION:Welcome Center Auditorium
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AD finalists - mock info session presentations (observe & rate)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-observe-finalist-presentations"))

# 17 External scholarship: she sits on a regional selection panel
UID = "lanigan-2026-boston-panel-3@laniganscholars.example.org"
EVENTS.append(neg("scholarship-selection-panelist", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lanigan Scholars//Selection Portal//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251029T120000Z
DTSTART:20251114T133000Z
DTEND:20251114T220000Z
SUMMARY:Lanigan Scholarship - New England regional interviews (Panelist)
DESCRIPTION:Thank you for volunteering as a panelist. You will interview 9 regional finalists for the Lanigan Scholarship for graduate study in Ireland and score them on leadership\, academic promise and ambassadorial potential. Panel chair: Judge Marian Coyle.
LOCATION:Boston Public Library\, Rabb Hall
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-external-scholarship-panelist"))

# 18 Review recorded third-party interviews of international applicants (rating)
UID = "B1A2C3D4-E5F6-4789-8ABC-DEF012345678"
EVENTS.append(neg("ios-review-recorded-interviews", UID, r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260107T140000Z
DTSTART:20260109T140000
DTEND:20260109T163000
DTSTAMP:20260107T140100Z
SEQUENCE:0
SUMMARY:Watch + rate recorded interviews (InterviewLens batch 7 - Vietnam/Korea RD apps)
DESCRIPTION:24 videos. enter interview score in reader sheet
UID:""" + UID + r"""
END:VEVENT
END:VCALENDAR
""", "user-as-interviewer-rating-recorded-applicant-interviews-floating"))

# 19 German school counsellor books an interview for an applicant with her ("Interview mit Harborview")
UID = "5f2a8d1c-b4e7-4c90-a3f6-9e2d7b1c0a48@gymnasium-example.de"
EVENTS.append(neg("german-counsellor-booked-applicant", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
""" + MADRID_GOOGLE.replace("Europe/Madrid", "Europe/Berlin") + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251127T170000
DTEND;TZID=Europe/Berlin:20251127T173000
DTSTAMP:20251120T090000Z
ORGANIZER;CN=Katrin Vogelsang:mailto:k.vogelsang@gymnasium-example.de
UID:""" + UID + r"""
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:skelleher@harborview.edu
ATTENDEE;CN=Jonas Weber;PARTSTAT=ACCEPTED:mailto:jonas.weber08@gmx.example.de
DESCRIPTION:Interview mit Harborview University (Bewerbung Jonas Weber\, Q2) – danke\, dass Sie sich Zeit nehmen\, Frau Kelleher! Jonas ist sehr aufgeregt. Zoom-Link: https://harborview.zoom.us/j/87700112233
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Harborview – Jonas Weber
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-german-counsellor-books-applicant"))

# 20 Recurring on-campus admission interview slots with a moved instance (RECURRENCE-ID override)
UID = "hv-adm-interview-slots-fall25-skelleher@harborview.edu"
EVENTS.append(neg("recurring-interview-slots-override", UID, fold(r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + EASTERN_WIN + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250902T130000Z
DTSTART;TZID=Eastern Standard Time:20250917T090000
DTEND;TZID=Eastern Standard Time:20250917T120000
RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20251217T140000Z
DTSTAMP:20250902T130000Z
LAST-MODIFIED:20251020T150000Z
LOCATION:Welcome Center Interview Rooms 1-3
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Admission interviews - applicant slots (SK)
DESCRIPTION:Hold for evaluative interviews with applicants booked via Bookings. 30-min slots. Write-ups in Slate same day.
UID:""" + UID + r"""
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
CLASS:PUBLIC
DTSTART;TZID=Eastern Standard Time:20251023T130000
DTEND;TZID=Eastern Standard Time:20251023T160000
RECURRENCE-ID;TZID=Eastern Standard Time:20251022T090000
DTSTAMP:20251020T150000Z
LAST-MODIFIED:20251020T150000Z
LOCATION:Welcome Center Interview Rooms 1-3
SEQUENCE:1
SUMMARY;LANGUAGE=en-us:Admission interviews - applicant slots (SK) - moved to Thu pm (fall open house)
UID:""" + UID + r"""
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
"""), "user-as-interviewer-recurring-slots-recurrence-id-override"))
