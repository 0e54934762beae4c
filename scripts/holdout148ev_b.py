# ruff: noqa: E501, W291  (raw iCalendar text: long content lines and the trailing space before a fold are data)
"""holdout148 events, part B: Irish state bodies, colleges and Irish employers (raw iCalendar text)."""

from holdout148ev_tz import DUBLIN_G, GMT_WIN

EVENTS = []


def add(kind, uid, ics, is_interview=0, company="", role="", stage="", interviewers="", trap=""):
    EVENTS.append(dict(kind=kind, uid=uid, ics=ics, is_interview=is_interview, company=company,
                       role=role, stage=stage, interviewers=interviewers, trap=trap))


add("rezoomo-call", "rz-int-88231-5512@rezoomo.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rezoomo//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:rz-int-88231-5512@rezoomo.com
DTSTAMP:20250128T120511Z
DTSTART:20250204T131500Z
DTEND:20250204T134500Z
SUMMARY:Phone Interview: Principal - Cork Educate Together Secondary School
ORGANIZER;CN=Educate Together Recruitment via Rezoomo:mailto:no-reply@rezoomo.com
ATTENDEE;CN=Siobhán Ward;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:siobhan.ward@educatetogether.ie
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
DESCRIPTION:Hi Aoife\,\n\nThank you for applying for the role of Principal
 \, Cork Educate Together Secondary School. Siobhán Ward (Head of Recruitme
 nt\, Educate Together) will call you on 087 XXX 4412 at the time shown for
  an initial conversation of about 30 minutes about your application and t
 he ethos of Educate Together schools.\n\nManage your application: https://
 www.rezoomo.com/candidate/applications/88231\n\nPowered by Rezoomo
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Cork Educate Together Secondary School", "Principal", "recruiter_screen", "siobhan.ward@educatetogether.ie",
    "rezoomo-phone-screen-patron-recruiter")

add("zoom-panel", "zm-84713302215-aoife@zoom.us", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Europe/Dublin
LAST-MODIFIED:20231222T233358Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:STANDARD
TZNAME:GMT
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
TZNAME:IST
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250212T092201Z
DTSTART;TZID=Europe/Dublin:20250221T100000
DTEND;TZID=Europe/Dublin:20250221T110000
SUMMARY:CETSS Principal Selection - Interview Panel (Candidate 4)
UID:zm-84713302215-aoife@zoom.us
TZID:Europe/Dublin
DESCRIPTION:Ronan Geary is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/84713302215?pwd=Q2xWb1ZUa3BrT0x6VjZ1K3E\n\nMeeting ID: 847 1330 2215\nPasscode: 551903\n\n---\n\nOne tap mobile\n+35312409482\,\,84713302215#\,\,\,\,*551903# Ireland\n\n---\n\nPanel: Ronan Geary (Chair\, BoM)\; Dr Aisling Nevin (Educate Together)\; Peadar Moloney (external principal)\nCandidate presentation: 10 mins on "Building an inclusive\, co-educational\, equality-based school community from year 1"
LOCATION:https://us02web.zoom.us/j/84713302215?pwd=Q2xWb1ZUa3BrT0x6VjZ1K3E
ORGANIZER;CN=Ronan Geary:mailto:ronan.geary@cetss.ie
ATTENDEE;CN=aoife.brennan77@eircom.net;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Cork Educate Together Secondary School", "Principal", "onsite",
    "ronan.geary@cetss.ie;Dr Aisling Nevin;Peadar Moloney", "zoom-panel-candidate-number-in-title")

add("ncca", "040000008200E00074C5B7101A82E00800000000C05D2E33F0A4DB0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="HR, NCCA":mailto:hr@ncca.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Brennan:mailto:aoife.brennan77@eircom.net
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Keane, Fionnuala":mailto:fionnuala.keane@ncca.ie
DESCRIPTION;LANGUAGE=en-US:Competition: Education Officer (Mathematics) - Post-Primary\nStage 1: Competency-based interview\n\nDear Aoife\,\n\nYou have been shortlisted for interview. The interview will be competency-based and will focus on the key competencies set out in the candidate information booklet (Curriculum Expertise\; Working with Others\; Communication\; Analysis and Decision Making). Please bring the completed Key Achievements form.\n\nVenue: NCCA\, 35 Fitzwilliam Square\, Dublin 2. Interviews run to time\; please allow 15 minutes before your slot.\n\nFionnuala Keane will meet you at reception.\n\nHR Office\, National Council for Curriculum and Assessment | An Chomhairle Náisiúnta Curaclaim agus Measúnachta\n
UID:040000008200E00074C5B7101A82E00800000000C05D2E33F0A4DB0100000000000000001000000011AA22BB33CC44DD55EE66FF77008899
SUMMARY;LANGUAGE=en-US:NCCA Interview - Education Officer (Mathematics)
DTSTART;TZID=GMT Standard Time:20250521T113000
DTEND;TZID=GMT Standard Time:20250521T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250509T140022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:35 Fitzwilliam Square\, Dublin 2
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "NCCA", "Education Officer (Mathematics) - Post-Primary", "onsite", "",
    "state-agency-competency-interview-reception-contact-optional")

add("ncca-stage2", "zm-88102547733-ncca@zoom.us", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250530T101544Z
DTSTART:20250606T090000Z
DTEND:20250606T100000Z
SUMMARY:NCCA EO Maths - Stage 2 (presentation + interview)
UID:zm-88102547733-ncca@zoom.us
DESCRIPTION:Stage 2 interview for the Education Officer (Mathematics) competition.\n\nCandidates will present for 10 minutes on the task issued by email (a draft rationale for a revised Leaving Certificate Applied Mathematics specification)\, followed by questions from the board: John Hurley (Deputy CEO)\, Dr Orla Gleeson (Director\, Curriculum and Assessment) and Declan Fahy (external).\n\nJoin Zoom Meeting\nhttps://ncca-ie.zoom.us/j/88102547733?pwd=aVZQdXFmWGNhMkN0\nMeeting ID: 881 0254 7733\nPasscode: 204117
LOCATION:https://ncca-ie.zoom.us/j/88102547733?pwd=aVZQdXFmWGNhMkN0
ORGANIZER;CN=NCCA HR:mailto:hr@ncca.ie
ATTENDEE;CN=aoife.brennan77@eircom.net;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
END:VEVENT
END:VCALENDAR
""", 1, "NCCA", "Education Officer (Mathematics)", "final", "John Hurley;Dr Orla Gleeson;Declan Fahy",
    "zoom-utc-stage-2-presentation-board-in-body")

add("bookings-oide", "AAMkAGI0ZWRkYjVlLTkwYjktNGE5Ni04NzgxLTQ2NWY4OTcwNzBkNQBGAAAAAABx0-oide-int-3321", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=Oide Recruitment:mailto:OideRecruitment@oide.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Brennan:mailto:aoife.brennan77@eircom.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cathal Ryan:mailto:cathal.ryan@oide.ie
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Interview - Team Member\, Post-Primary Mathematics (Secondment 2025/26)\nStaff: Cathal Ryan\nDuration: 45 minutes\n\nA second member of the interview board will join on the day.\n\nJoin your appointment: Microsoft Teams meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_OWI2YzRmNmEtZGE1Yi00%40thread.v2/0\n\nNeed to make changes? Manage your booking: https://outlook.office365.com/owa/calendar/OideRecruitment@oide.onmicrosoft.com/bookings/\n\nOide - Supporting the professional learning of school leaders and teachers\n
UID:AAMkAGI0ZWRkYjVlLTkwYjktNGE5Ni04NzgxLTQ2NWY4OTcwNzBkNQBGAAAAAABx0-oide-int-3321
SUMMARY;LANGUAGE=en-US:Interview - Team Member\, Post-Primary Mathematics (Secondment 2025/26) for Aoife Brennan
DTSTART;TZID=GMT Standard Time:20250429T153000
DTEND;TZID=GMT Standard Time:20250429T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250422T194812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", 1, "Oide", "Team Member, Post-Primary Mathematics (Secondment 2025/26)", "", "cathal.ryan@oide.ie",
    "microsoft-bookings-secondment-interview")

add("publicjobs", "PAS-INSP-PP-2025-0417-113095@publicjobs.ie", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//publicjobs.ie//Candidate Scheduling//EN
METHOD:PUBLISH
""" + DUBLIN_G + r"""BEGIN:VEVENT
UID:PAS-INSP-PP-2025-0417-113095@publicjobs.ie
DTSTAMP:20250404T160000Z
DTSTART;TZID=Europe/Dublin:20250417T093000
DTEND;TZID=Europe/Dublin:20250417T103000
SUMMARY:Preliminary Interview - Inspector (Post-Primary) - Mathematics
LOCATION:Public Appointments Service\, Chapter House\, 26/30 Abbey Street Upper\, Dublin 1
DESCRIPTION:Campaign: Inspector (Post-Primary) - Mathematics\, Department o
 f Education\nCandidate ID: 113095\n\nPlease bring photographic identificati
 on. Arrive 20 minutes before your scheduled time. Candidates will be asked
  to complete a short written exercise on arrival.\n\nThis is an automated 
 message from publicjobs.ie. Please do not reply.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Department of Education", "Inspector (Post-Primary) - Mathematics", "", "",
    "publicjobs-preliminary-interview-publish")

add("final-typed", "D2E3F4A5-B6C7-4D8E-9F0A-1B2C3D4E5F60", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250523T071501Z
DTSTAMP:20250523T071533Z
UID:D2E3F4A5-B6C7-4D8E-9F0A-1B2C3D4E5F60
SUMMARY:Final int - Inspectorate
DTSTART:20250611T113000
DTEND:20250611T123000
LOCATION:Marlborough St Dublin
DESCRIPTION:publicjobs email 22/5. Board of 3 incl. Chief Inspector's rep. Train 7.00 Kent -> Heuston. Re-read LAOS 2022 + Chief Insp report + subject insp reports on maths. 
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Department of Education", "Inspector (Post-Primary) - Mathematics", "final", "", "typed-floating-final-inspectorate")

add("workable-tc", "wk-int-7d1c23e0a9@workablemail.com", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wk-int-7d1c23e0a9@workablemail.com
DTSTAMP:20250115T101241Z
DTSTART:20250122T150000Z
DTEND:20250122T154500Z
SUMMARY:Interview with Hibernia College for Placement Tutor (Post-Primary Mathematics)
ORGANIZER;CN=Hibernia College:mailto:noreply@hibernia-college.workablemail.com
ATTENDEE;CN=Aoife Brennan;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aoife.brennan77@eircom.net
ATTENDEE;CN=Gráinne Moriarty;ROLE=REQ-PARTICIPANT:mailto:gmoriarty@hibernia.ie
DESCRIPTION:Hi Aoife\,\n\nThis is to confirm your video interview with Gr
 áinne Moriarty (Programme Lead\, PME) for the Placement Tutor (Post-Primar
 y Mathematics) position.\n\nJoin with Google Meet: https://meet.google.com
 /qzx-hmbt-pwa\n\nTo reschedule\, use this link: https://apply.workable.com
 /hibernia-college/reschedule/7d1c23e0a9\n\nBest regards\,\nHibernia Colleg
 e Talent Team
LOCATION:https://meet.google.com/qzx-hmbt-pwa
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Hibernia College", "Placement Tutor (Post-Primary Mathematics)", "hiring_manager", "gmoriarty@hibernia.ie",
    "workable-video-interview-college-she-also-assesses-for")

add("ucc-panel", "040000008200E00074C5B7101A82E00800000000B0A1E0F3B2A5DB01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F11",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Recruitment, HR (UCC)":mailto:recruitment@ucc.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.brennan77@eircom.net:mailto:aoife.brennan77@eircom.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Aras na Laoi - Room 1.12 (Interview Room)":mailto:anl.112@ucc.ie
DESCRIPTION;LANGUAGE=en-US:Post: Lecturer in Mathematics Education (School of Education)\, Job Ref 085241\n\nDear Ms Brennan\,\nFurther to your application\, the Selection Board would like to interview you for the above post. The Board will comprise:\n\nProfessor Kathy Hall (Chair)\nDr Diarmuid Ó Laoire\, Head of School\nDr Patricia O'Donovan\, School of Education\nProfessor Liam Devane\, external (University of Limerick)\nMs Sinead Lane\, HR (secretary to the Board)\n\nYou will be asked to give a 10-minute presentation on your proposed research and teaching agenda. Please send slides to recruitment@ucc.ie by noon the day before.\n\nHR Department\, University College Cork\n
UID:040000008200E00074C5B7101A82E00800000000B0A1E0F3B2A5DB01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F11
SUMMARY;LANGUAGE=en-US:Interview: Lecturer in Mathematics Education (Ref 085241)
DTSTART;TZID=GMT Standard Time:20250618T100000
DTEND;TZID=GMT Standard Time:20250618T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250604T110944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Aras na Laoi\, Room 1.12\, UCC
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "University College Cork", "Lecturer in Mathematics Education", "onsite",
    "Professor Kathy Hall;Dr Diarmuid Ó Laoire;Dr Patricia O'Donovan;Professor Liam Devane",
    "university-selection-board-hr-secretary-not-interviewer")

add("mtu", "040000008200E00074C5B7101A82E008000000009C4A7D11E1A0DB01000000000000000010000000F00D1E2D3C4B5A69788796A5B4C3D2E1",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Hennessy, Linda";SENT-BY="mailto:hr.recruitment@mtu.ie":mailto:linda.hennessy@mtu.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.brennan77@eircom.net:mailto:aoife.brennan77@eircom.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Walsh, Dr. Eoin":mailto:eoin.walsh@mtu.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kenneally, Dr. Ruth":mailto:ruth.kenneally@mtu.ie
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=BSH-A-Block-Boardroom:mailto:bsh.a.boardroom@mtu.ie
DESCRIPTION;LANGUAGE=en-US:Interview Schedule - Assistant Lecturer in Mathematics (Dept. of Mathematics)\, Bishopstown Campus\n\nCandidate: Aoife Brennan\nPanel: Dr Eoin Walsh (Head of Dept)\, Dr Ruth Kenneally\n\nThe interview will include a 15-minute micro-teaching session (first-year calculus\, topic of your choice). A data projector and whiteboard are available.\n
UID:040000008200E00074C5B7101A82E008000000009C4A7D11E1A0DB01000000000000000010000000F00D1E2D3C4B5A69788796A5B4C3D2E1
SUMMARY;LANGUAGE=en-US:Interview - Assistant Lecturer in Mathematics - A. Brennan
DTSTART;TZID=GMT Standard Time:20250116T140000
DTEND;TZID=GMT Standard Time:20250116T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T092233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:BSH-A-Block-Boardroom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Munster Technological University", "Assistant Lecturer in Mathematics", "onsite",
    "eoin.walsh@mtu.ie;ruth.kenneally@mtu.ie", "outlook-sent-by-hr-micro-teaching-panel")

add("ioe-gcal", "0q2g8kv1h3ur6e5bd7mp4s9l1n@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250115T170000
DTEND;TZID=Europe/Dublin:20250115T173000
DTSTAMP:20250110T123300Z
ORGANIZER;CN=Emer Dunne:mailto:edunne@instituteofeducation.ie
UID:0q2g8kv1h3ur6e5bd7mp4s9l1n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Emer Dunne;X-NUM-GUESTS=0:mailto:edunne@instituteofeducation.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aoife.brennan77@eircom.net;X-NUM-GUESTS=0:mailto:aoife.brennan77@eircom.net
DESCRIPTION:Aoife / Emer - Head of Maths role\, initial conversation. Looki
 ng forward to chatting!\n\nJoin with Google Meet: https://meet.google.com/w
 bt-ukqs-mze\nJoin by phone\n(IE) +353 1 437 0215 PIN: 804 331 776#\n\nLearn
  more about Meet at: https://support.google.com/a/users/answer/9282720
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aoife Brennan <> The Institute of Education
TRANSP:OPAQUE
CONFERENCE:https://meet.google.com/wbt-ukqs-mze
END:VEVENT
END:VCALENDAR
""", 1, "The Institute of Education", "Head of Maths", "", "edunne@instituteofeducation.ie",
    "gcal-initial-conversation-angle-bracket-title")

add("founder-gmail", "5ab8vq2m0cpt3e1r7ok4j6hd9s@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250226T200000Z
DTEND:20250226T204500Z
DTSTAMP:20250222T143001Z
ORGANIZER;CN=Fionn Madden:mailto:fionnmadden.lclab@gmail.com
UID:5ab8vq2m0cpt3e1r7ok4j6hd9s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Fionn Madden;X-NUM-GUESTS=0:mailto:fionnmadden.lclab@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aoife.brennan77@eircom.net;X-NUM-GUESTS=0:mailto:aoife.brennan77@eircom.net
DESCRIPTION:Hi Aoife - great to get your application for the Curriculum Le
 ad (Maths) role. Evenings suit me best given you're teaching - this is the 
 proper interview\, c. 45 mins: your background\, how you'd structure the H
 L Paper 2 course\, and a look at two of our question sets. My co-founder Ro
 isin may join for the last 15.\n\nFionn\nLeaving Cert Lab\n\nJoin with Goo
 gle Meet: https://meet.google.com/ahv-pnry-dqk
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Curriculum Lead (Maths) - Leaving Cert Lab
TRANSP:OPAQUE
CONFERENCE:https://meet.google.com/ahv-pnry-dqk
END:VEVENT
END:VCALENDAR
""", 1, "Leaving Cert Lab", "Curriculum Lead (Maths)", "hiring_manager", "fionnmadden.lclab@gmail.com",
    "founder-on-gmail-evening-interview")

add("tc-interview", "20250226-tc-eo-int-0931@teachingcouncil.ie", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
""" + GMT_WIN + r"""BEGIN:VEVENT
UID:20250226-tc-eo-int-0931@teachingcouncil.ie
DTSTAMP:20250226T093100Z
ORGANIZER;CN="Teaching Council HR":mailto:hr@teachingcouncil.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Aoife Brennan":mailto:aoife.brennan77@eircom.net
SUMMARY:Interview - Education Officer (Grade VII)\, Teaching Council
DTSTART;TZID=GMT Standard Time:20250311T143000
DTEND;TZID=GMT Standard Time:20250311T153000
LOCATION:Block A\, Maynooth Business Campus\, Maynooth\, Co. Kildare
DESCRIPTION:Dear Aoife\,\nThank you for your interest in the post of Education Officer (Grade VII). We are pleased to invite you to interview. Please find attached directions to our offices. You will be interviewed by a board of three\, including an external member. The Council's Irish language scheme applies\; please let us know if you wish to be interviewed through Irish.\nHR Unit\, An Chomhairle Mhúinteoireachta
CLASS:PUBLIC
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Teaching Council", "Education Officer (Grade VII)", "", "", "outlook-mime-state-body-interview")
