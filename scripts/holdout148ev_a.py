# ruff: noqa: E501, W291  (raw iCalendar text: long content lines and the trailing space before a fold are data)
"""holdout148 events, part A: Irish ETB and board-of-management interviews (raw iCalendar text)."""

from holdout148ev_tz import DUBLIN_G, GMT_WIN

EVENTS = []


def add(kind, uid, ics, is_interview=0, company="", role="", stage="", interviewers="", trap=""):
    EVENTS.append(dict(kind=kind, uid=uid, ics=ics, is_interview=is_interview, company=company,
                       role=role, stage=stage, interviewers=interviewers, trap=trap))


add("etb-teams", "040000008200E00074C5B7101A82E0080000000030A1C4D25B84DB01000000000000000010000000C7E2B0F4A6E13C4B9D0F6A1E2B3C4D5E",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=HR Recruitment - Cork ETB:mailto:hrrecruitment@corketb.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.brennan77@eircom.net:mailto:aoife.brennan77@eircom.net
DESCRIPTION;LANGUAGE=en-US:Dear Ms Brennan\,\n\nFurther to your application for the post of Deputy Principal\, Coláiste an Ghleanna\, Watergrasshill (Competition Ref: CETB/DP/2025/04)\, I am pleased to invite you to a first-round interview via Microsoft Teams at the date and time shown.\n\nPlease have photographic ID available to show to the Board at the start of the interview. The interview will last approximately 40 minutes. Candidates who are successful at first round will be invited to a second-round interview in person.\n\nIf you have any queries please contact the Recruitment Section at 021 427 3377.\n\nKind regards\,\nNiamh Crowley\nHR Recruitment Section\nCork Education and Training Board\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg1NmU0YzEtOWM3Mi00ZGM2LWI1MjctMWE0YjA2ZDhmZmQ0%40thread.v2/0>\nMeeting ID: 347 118 902 664\nPasscode: Yh7Wq2\nDownload Teams | Join on the web\nOr call in (audio only)\n+353 1 554 9412\,\,817264935#   Ireland\, Dublin\nPhone Conference ID: 817 264 935#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000030A1C4D25B84DB01000000000000000010000000C7E2B0F4A6E13C4B9D0F6A1E2B3C4D5E
SUMMARY;LANGUAGE=en-US:Interview - Deputy Principal\, Coláiste an Ghleanna (First Round)
DTSTART;TZID=GMT Standard Time:20250304T143000
DTEND;TZID=GMT Standard Time:20250304T151000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T112204Z
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
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Cork ETB", "Deputy Principal, Coláiste an Ghleanna", "", "",
    "etb-first-round-teams-no-named-board")

add("etb-second-round", "040000008200E00074C5B7101A82E00800000000F0D27A1E9F8EDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Crowley, Niamh";SENT-BY="mailto:hrrecruitment@corketb.ie":mailto:niamh.crowley@corketb.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.brennan77@eircom.net:mailto:aoife.brennan77@eircom.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="CETB HQ - Board Room 2 (Lavitt's Quay)":mailto:hq.boardroom2@corketb.ie
DESCRIPTION;LANGUAGE=en-US:Dear Aoife\,\n\nI am pleased to inform you that you have been shortlisted for a second-round interview for the post of Deputy Principal\, Coláiste an Ghleanna.\n\nVenue: Cork ETB Head Office\, 21 Lavitt's Quay\, Cork T12 F2P8. Please report to reception 15 minutes before your interview time.\n\nThe Interview Board will comprise:\nMr Denis Twomey\, Director of Schools\nMs Úna Kiely\, Principal\, Coláiste an Ghleanna\nMr Raymond Horgan\, external assessor\n\nYou will be asked to make a short presentation (max 5 minutes\, no slides) on the following: "How would you lead a whole-school approach to improving attendance at junior cycle?"\n\nRegards\,\nNiamh\n
UID:040000008200E00074C5B7101A82E00800000000F0D27A1E9F8EDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-US:2nd Round Interview: Deputy Principal - Coláiste an Ghleanna
DTSTART;TZID=GMT Standard Time:20250325T100000
DTEND;TZID=GMT Standard Time:20250325T105000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T160941Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Cork ETB Head Office\, 21 Lavitt's Quay\, Cork
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""", 1, "Cork ETB", "Deputy Principal", "final", "Denis Twomey;Úna Kiely;Raymond Horgan",
    "etb-second-round-sent-by-board-named-in-body")

KERRY_UID = "040000008200E00074C5B7101A82E008000000004E3B9C01A291DB01000000000000000010000000B0C1D2E3F405162738495A6B7C8D9EAF"

add("kerry-etb", KERRY_UID, r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="O'Sullivan, Bernadette":mailto:bosullivan@kerryetb.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Brennan:mailto:aoife.brennan77@eircom.net
DESCRIPTION;LANGUAGE=en-US:Competition: Principal\, Coláiste Mhic Aodha\, Killorglin\nStage: Preliminary Interview (online)\n\nDear Candidate\,\nYou are invited to attend for preliminary interview as above. Please join the Teams meeting five minutes early and ensure your camera is working. A final interview stage will be held at Kerry ETB Head Office\, Tralee for candidates who are successful at this stage.\n\nBernadette O'Sullivan\nHuman Resources Department\nKerry Education and Training Board | Bord Oideachais agus Oiliúna Chiarraí\n________________________________________________________________________________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>\nJoin the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ0MDNkMjAtYTYxZi00Y2Q5LTg3ZjEtYzI2ZDA0OWE3N2Jk%40thread.v2/0>\nMeeting ID: 391 552 046 718\nPasscode: 8kL2sV\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000004E3B9C01A291DB01000000000000000010000000B0C1D2E3F405162738495A6B7C8D9EAF
SUMMARY;LANGUAGE=en-US:Kerry ETB - Preliminary Interview - Principal\, Coláiste Mhic Aodha
DTSTART;TZID=GMT Standard Time:20250409T113000
DTEND;TZID=GMT Standard Time:20250409T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T093310Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Kerry ETB", "Principal, Coláiste Mhic Aodha, Killorglin", "", "", "etb-preliminary-interview-original")

add("kerry-etb-moved", KERRY_UID, r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="O'Sullivan, Bernadette":mailto:bosullivan@kerryetb.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Aoife Brennan:mailto:aoife.brennan77@eircom.net
DESCRIPTION;LANGUAGE=en-US:*** UPDATED TIME *** Due to the unavailability of a board member on 9 April\, your preliminary interview has been rescheduled to the date and time shown. Apologies for any inconvenience.\n\nCompetition: Principal\, Coláiste Mhic Aodha\, Killorglin\nStage: Preliminary Interview (online)\n\nBernadette O'Sullivan\nHuman Resources Department\nKerry Education and Training Board\n________________________________________________________________________________\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>\nJoin the meeting now<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ0MDNkMjAtYTYxZi00Y2Q5LTg3ZjEtYzI2ZDA0OWE3N2Jk%40thread.v2/0>\nMeeting ID: 391 552 046 718\nPasscode: 8kL2sV\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000004E3B9C01A291DB01000000000000000010000000B0C1D2E3F405162738495A6B7C8D9EAF
SUMMARY;LANGUAGE=en-US:Kerry ETB - Preliminary Interview - Principal\, Coláiste Mhic Aodha (RESCHEDULED)
DTSTART;TZID=GMT Standard Time:20250410T153000
DTEND;TZID=GMT Standard Time:20250410T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250403T141907Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Kerry ETB", "Principal, Coláiste Mhic Aodha, Killorglin", "", "", "rescheduled-interview-same-uid-sequence-1")

add("kerry-final", "p7Rk2fXq0@aoife-iphone", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
""" + DUBLIN_G + r"""BEGIN:VEVENT
CREATED:20250415T201144Z
DTSTAMP:20250415T201210Z
LAST-MODIFIED:20250415T201210Z
UID:p7Rk2fXq0@aoife-iphone
SUMMARY:Kerry ETB final - Principal Killorglin
DTSTART;TZID=Europe/Dublin:20250430T140000
DTEND;TZID=Europe/Dublin:20250430T150000
LOCATION:Kerry ETB\, Centrepoint\, John Joe Sheehy Rd\, Tralee
DESCRIPTION:Final stage. Leave Cork by 11 latest (N22 roadworks at Ballyvourney). Presentation 10 mins on 3-yr plan for the school - bring printed copies x4. Board: CE + Director of Schools + 2 externals per letter. Park in the Tesco car park across the road
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT3H
UID:9C1F3A2B-22E1-4D8F-A0C9-5E7B1D2F3A4C
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Kerry ETB", "Principal", "final", "", "typed-iphone-final-stage-etb")

add("dp-typed", "0F6C2B6E-8E1D-4C63-A2AC-3D5D0E7A91B2", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250207T221503Z
DTSTAMP:20250207T221530Z
UID:0F6C2B6E-8E1D-4C63-A2AC-3D5D0E7A91B2
SUMMARY:Interview DP Scoil Chaitriona
DTSTART:20250220T161500
DTEND:20250220T170000
LOCATION:Bandon
DESCRIPTION:after school - ask Mairead to cover 6th yr supervised study. bring TC reg no + photo ID. board = chair\, principal\, 1 external (Le Cheile?). they'll ask re SSE + middle leadership + inclusion. 
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Scoil Chaitríona", "Deputy Principal", "", "", "typed-floating-abbreviated-dp")

add("bom-gmail", "1v3q8u0k5g7pdh2o6s4m9cabcd@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250313T190000
DTEND;TZID=Europe/Dublin:20250313T194500
DTSTAMP:20250305T211522Z
ORGANIZER;CN=Pádraig Ó Loingsigh:mailto:padraig.oloingsigh.bom@gmail.com
UID:1v3q8u0k5g7pdh2o6s4m9cabcd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aoife.brennan77@eircom.net;X-NUM-GUESTS=0:mailto:aoife.brennan77@eircom.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Pádraig Ó Loingsigh;X-NUM-GUESTS=0:mailto:padraig.oloingsigh.bom@gmail.com
X-MICROSOFT-CDO-OWNERAPPTID:-1483321754
CREATED:20250305T211521Z
DESCRIPTION:Dear Ms Brennan\,\n\nOn behalf of the Board of Management of Ar
 dscoil na Trócaire\, Fermoy\, I am pleased to invite you to interview for t
 he post of Principal.\n\nThe interview will take place in the school (Board
  Room\, ground floor - enter by the front door on Pearse Square). The inter
 view board will be:\n- Sr. Máire Hegarty (Chairperson)\n- Tadhg Crowley (CE
 IST nominee)\n- Helen Buckley (independent assessor)\n\nPlease bring origin
 als of your qualifications and Teaching Council registration.\n\nIs mise le
  meas\,\nPádraig Ó Loingsigh\nSecretary to the Board of Management
LAST-MODIFIED:20250305T211522Z
LOCATION:Ardscoil na Trócaire\, Pearse Square\, Fermoy\, Co. Cork
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Principal post\, Ardscoil na Trócaire
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Ardscoil na Trócaire", "Principal", "onsite", "Sr. Máire Hegarty;Tadhg Crowley;Helen Buckley",
    "bom-secretary-on-gmail-board-named-in-body")

add("bom-second", "6jd0c4l2m8r1sq3n7t9b0xyzab@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250327T180000
DTEND;TZID=Europe/Dublin:20250327T190000
DTSTAMP:20250320T093012Z
ORGANIZER;CN=Pádraig Ó Loingsigh:mailto:padraig.oloingsigh.bom@gmail.com
UID:6jd0c4l2m8r1sq3n7t9b0xyzab@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aoife.brennan77@eircom.net;X-NUM-GUESTS=0:mailto:aoife.brennan77@eircom.net
CREATED:20250320T093011Z
DESCRIPTION:Dear Ms Brennan\,\n\nFurther to your interview on 13 March\, th
 e Board would like to invite you to a second meeting with the interview bo
 ard\, to which the Chairperson of CEIST's Board of Directors will also be i
 nvited. There will be an opportunity to tour the school beforehand at 5.15p
 m with the Deputy Principal.\n\nPádraig
LOCATION:Ardscoil na Trócaire\, Fermoy
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ardscoil na Trócaire - second interview (Principal)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Ardscoil na Trócaire", "Principal", "final", "", "bom-second-interview-gmail")

add("bom-outlook", "040000008200E00074C5B7101A82E00800000000A0E5B7C4C687DB01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3",
    r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Ó Súilleabháin, Colm";SENT-BY="mailto:office@colaistebhride.ie":mailto:colm.osuilleabhain@colaistebhride.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=aoife.brennan77@eircom.net:mailto:aoife.brennan77@eircom.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Barry, Eimear":mailto:eimear.barry@colaistebhride.ie
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN=Library Meeting Room:mailto:library.room@colaistebhride.ie
DESCRIPTION;LANGUAGE=en-IE:Dear Aoife\,\n\nThank you for your application for the post of Deputy Principal. I am writing on behalf of Colm Ó Súilleabháin\, Chairperson of the Board of Management\, to invite you to interview. The interview board will be Colm Ó Súilleabháin (Chair)\, Eimear Barry (Principal) and an independent assessor nominated by the ETB.\n\nThe interview will be held in the Library Meeting Room. Please sign in at reception.\n\nMary Twomey\nSchool Secretary\nColáiste Bhríde\, Midleton\n
UID:040000008200E00074C5B7101A82E00800000000A0E5B7C4C687DB01000000000000000010000000D4E5F60718293A4B5C6D7E8F90A1B2C3
SUMMARY;LANGUAGE=en-IE:Deputy Principal Interview - A. Brennan
DTSTART;TZID=GMT Standard Time:20250402T163000
DTEND;TZID=GMT Standard Time:20250402T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T101418Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Library Meeting Room
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""", 1, "Coláiste Bhríde", "Deputy Principal", "",
    "colm.osuilleabhain@colaistebhride.ie;eimear.barry@colaistebhride.ie",
    "outlook-sent-by-secretary-room-resource")

add("agallamh", "20250301T101233Z-4471@gaelcholaisteanchlair.ie", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
""" + GMT_WIN + r"""BEGIN:VEVENT
UID:20250301T101233Z-4471@gaelcholaisteanchlair.ie
DTSTAMP:20250301T101233Z
ORGANIZER;CN="Rúnaí an Bhoird":mailto:runai@gaelcholaisteanchlair.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Aoife Brennan":mailto:aoife.brennan77@eircom.net
SUMMARY;LANGUAGE=ga:Agallamh - post Leas-Phríomhoide
DTSTART;TZID=GMT Standard Time:20250313T110000
DTEND;TZID=GMT Standard Time:20250313T114500
LOCATION;LANGUAGE=ga:Seomra an Bhoird\, Gaelcholáiste an Chláir\, Inis
DESCRIPTION;LANGUAGE=ga:A Aoife\, a chara\,\n\nIarrtar ort freastal ar agallamh don phost Leas-Phríomhoide ag an am agus san áit thuasluaite. Beidh an bord agallaimh comhdhéanta de Chathaoirleach an Bhoird Bainistíochta\, den Phríomhoide agus de mheasúnóir neamhspleách. Reáchtálfar an t-agallamh trí Ghaeilge.\n\nTabhair leat\, le do thoil\, cóip de do theastas cláraithe ón gComhairle Mhúinteoireachta.\n\nIs mise le meas\,\nRúnaí an Bhoird Bainistíochta
CLASS:PUBLIC
PRIORITY:5
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Gaelcholáiste an Chláir", "Leas-Phríomhoide", "", "", "irish-language-agallamh-bom")

add("allday-typed", "A7B8C9D0-1E2F-4A5B-8C7D-6E5F4A3B2C1D", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250318T205011Z
DTSTAMP:20250318T205044Z
UID:A7B8C9D0-1E2F-4A5B-8C7D-6E5F4A3B2C1D
SUMMARY:LCETB int - DP Castleconnell (time tbc)
DTSTART;VALUE=DATE:20250408
DTEND;VALUE=DATE:20250409
DESCRIPTION:Letter says morning session\, HR to confirm slot by email. Marlboro St office Limerick? or the school - check. Booked day off w/ Gerry.
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", 1, "Limerick and Clare ETB", "Deputy Principal", "", "", "all-day-typed-time-tbc")

add("cancel", "040000008200E00074C5B7101A82E0080000000080F3E9A6B198DB010000000000000000100000002C3D4E5F60718293A4B5C6D7E8F90A1B",
    r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=WWETB Recruitment:mailto:recruitment@wwetb.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=aoife.brennan77@eircom.net:mailto:aoife.brennan77@eircom.net
DESCRIPTION;LANGUAGE=en-US:Dear Candidate\,\n\nPlease note that the interviews for the post of Principal\, New Ross Community College scheduled for 6 May have been postponed. We will be in contact with revised arrangements in due course.\n\nWaterford and Wexford Education and Training Board\n
UID:040000008200E00074C5B7101A82E0080000000080F3E9A6B198DB010000000000000000100000002C3D4E5F60718293A4B5C6D7E8F90A1B
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Principal\, New Ross Community College
DTSTART;TZID=GMT Standard Time:20250506T120000
DTEND;TZID=GMT Standard Time:20250506T130000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250429T083355Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:WWETB\, Ardcavan Business Park\, Wexford
X-MICROSOFT-CDO-APPT-SEQUENCE:2
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
END:VEVENT
END:VCALENDAR
""", 1, "Waterford and Wexford ETB", "Principal, New Ross Community College", "", "", "cancelled-interview-method-cancel")

add("school-gcal", "3hq9k1e7t2v6nb0c8x5s4d1fga@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN_G + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250514T160000
DTEND;TZID=Europe/Dublin:20250514T164500
DTSTAMP:20250506T152233Z
ORGANIZER;CN=Principal Ballyvolane CS:mailto:principal@ballyvolanecs.ie
UID:3hq9k1e7t2v6nb0c8x5s4d1fga@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Principal Ballyvolane CS;X-NUM-GUESTS=0:mailto:principal@ballyvolanecs.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Gearóid Lynch;X-NUM-GUESTS=0:mailto:gearoid.lynch.chair@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=aoife.brennan77@eircom.net;X-NUM-GUESTS=0:mailto:aoife.brennan77@eircom.net
CREATED:20250506T152232Z
DESCRIPTION:Deputy Principal (fixed purpose\, 1 yr) - interviews\n\nAoife -
  you're in the 4pm slot. Panel is myself\, Gearóid (chair of the BOM) and 
 an external principal. Approx 35 mins. Come to main reception.\n\nThanks\,\
 nCaroline
LOCATION:Ballyvolane Community School\, Boardroom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DP interviews - A. Brennan 4pm
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Ballyvolane Community School", "Deputy Principal", "",
    "principal@ballyvolanecs.ie;gearoid.lynch.chair@gmail.com", "school-gcal-panel-with-bom-chair-on-gmail")
