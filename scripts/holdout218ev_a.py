# ruff: noqa: E501
"""holdout218 events, part a: Hannah's own residency interviews (Cleveland Clinic .. Penn)."""

from holdout218ev_tz import CHI, NY, WIN_CST, WIN_EST, iv

EVENTS = [
    iv("thalamus-day", "thalamus-iv-7f3c91e2-5b0d-4c8e-a1f4-0d2e6b9c4a17@thalamusgme.com",
       "Cleveland Clinic", "Internal Medicine - Categorical", "onsite", "Nadia Okafor;Thomas Reiss",
       "thalamus-virtual-interview-day-named-pd-apd",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:thalamus-iv-7f3c91e2-5b0d-4c8e-a1f4-0d2e6b9c4a17@thalamusgme.com
DTSTAMP:20251003T141522Z
DTSTART;TZID=America/New_York:20251028T074500
DTEND;TZID=America/New_York:20251028T131500
SUMMARY:Interview Day: Cleveland Clinic - Internal Medicine Residency (Cat
 egorical)
LOCATION:Virtual - Zoom (link will be posted in Thalamus 24 hours prior)
DESCRIPTION:Dear Hannah\,\n\nThank you for scheduling your interview with
  the Cleveland Clinic Internal Medicine Residency Program.\n\nInterview da
 te: Tuesday\, October 28\, 2025\nProgram: Internal Medicine - Categorical
  (NRMP 1234140C0)\n\nSchedule (ET):\n7:45 AM  Log-in / tech check\n8:00 A
 M  Welcome from the Program Director\, Dr. Nadia Okafor\n8:45 AM  Faculty
  interviews (2 x 20 min)\n10:15 AM Chief residents Q&A\n11:00 AM Virtual
  tour of Main Campus\n12:15 PM Resident lunch (informal\, not evaluative)\
 n\nYour interviewers: Dr. Nadia Okafor (Program Director)\; Dr. Thomas Re
 iss (Associate Program Director)\n\nTo cancel or reschedule\, please log
 in to Thalamus. Please do not reply to this message.
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    iv("zoom-day", "ZOOM84412093377@zoom.us",
       "Michigan Medicine", "Internal Medicine Residency", "onsite", "",
       "zoom-invite-interview-day-faculty-unnamed",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251008T193004Z
DTSTART:20251106T123000Z
DTEND:20251106T190000Z
SUMMARY:University of Michigan Internal Medicine Residency Interview Day
UID:ZOOM84412093377@zoom.us
TZID:America/Detroit
DESCRIPTION:Michigan Medicine IM Residency is inviting you to a scheduled
  Zoom meeting.\n\nApplicant Interview Day - Thursday November 6\n\nPlease
  join 15 minutes early. You will be moved into breakout rooms for your tw
 o faculty interviews\; interviewer assignments are sent the morning of.
 \n\nJoin Zoom Meeting\nhttps://umich.zoom.us/j/84412093377?pwd=Q0tJb2x5R2
 tmN3lBb0JqZ1N3dUZ1Zz09\n\nMeeting ID: 844 1209 3377\nPasscode: 771204\n\n
 ---\n\nOne tap mobile\n+13092053325\,\,84412093377#\,\,\,\,*771204# US\n\
 nDial by your location\n• +1 309 205 3325 US\n• +1 312 626 6799 US (Chica
 go)\n\nMeeting ID: 844 1209 3377\nPasscode: 771204\n
LOCATION:https://umich.zoom.us/j/84412093377?pwd=Q0tJb2x5R2tmN3lBb0JqZ1N3dUZ1Zz09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    iv("outlook-apd", "040000008200E00074C5B7101A82E00800000000A0C3E2F14A3DDC01000000000000000010000000F3B2A1C9E8D74B4DA2A6C1F05D9E1B22",
       "Michigan Medicine", "Internal Medicine Residency - Primary Care Track", "hiring_manager", "rpatel@med.umich.edu",
       "outlook-sent-by-coordinator-apd-conversation",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Patel, Rohan";SENT-BY="mailto:dkowalsk@med.umich.edu":mailto:RPatel@med.umich.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.lindqvist.md@gmail.com:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalski, Dana":mailto:dkowalsk@med.umich.edu
DESCRIPTION;LANGUAGE=en-US:Hi Hannah\,\n\nDr. Patel would like to meet with you for a 30-minute conversation as part of your application to our Primary Care Track. This is in addition to your interview day on 11/6.\n\nZoom: https://umich.zoom.us/j/97120448812\nMeeting ID: 971 2044 8812\n\nBest\,\nDana Kowalski\nResidency Program Coordinator | Internal Medicine\nMichigan Medicine\n\n
UID:040000008200E00074C5B7101A82E00800000000A0C3E2F14A3DDC01000000000000000010000000F3B2A1C9E8D74B4DA2A6C1F05D9E1B22
SUMMARY;LANGUAGE=en-US:Dr. Patel / H. Lindqvist - PCT applicant conversation
DTSTART;TZID=Eastern Standard Time:20251112T160000
DTEND;TZID=Eastern Standard Time:20251112T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T151207Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:https://umich.zoom.us/j/97120448812
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""),
    iv("gcal-faculty", "5k2q8v1hq0g3c7pd9e2mrb4t1n@google.com",
       "Northwestern McGaw", "", "", "e-haddad@northwestern.edu;jmorrow@nm.org",
       "gcal-faculty-slots-interviewers-as-attendees",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CHI + r"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251113T090000
DTEND;TZID=America/Chicago:20251113T100000
DTSTAMP:20251021T172455Z
ORGANIZER;CN=McGaw IM Residency:mailto:imresidency@northwestern.edu
UID:5k2q8v1hq0g3c7pd9e2mrb4t1n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Elias
  Haddad;X-NUM-GUESTS=0:mailto:e-haddad@northwestern.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jen M
 orrow;X-NUM-GUESTS=0:mailto:jmorrow@nm.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.lindqvist.md@gmail.com;X-NUM-GUESTS=0:mailto:hannah.lindqv
 ist.md@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=McGaw
  IM Residency;X-NUM-GUESTS=0:mailto:imresidency@northwestern.edu
X-GOOGLE-CONFERENCE:https://meet.google.com/qhz-fmwr-sao
DESCRIPTION:Faculty interviews - Lindqvist\, Hannah (ERAS 2026)<br><br>9:0
 0-9:25 Dr. Elias Haddad<br>9:30-9:55 Dr. Jen Morrow<br><br>Both interview
 ers will join this same Meet room\, one after the other. Please stay on t
 he link between sessions.<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Join with Google Meet: <a href
 ="https://meet.google.com/qhz-fmwr-sao">https://meet.google.com/qhz-fmwr-
 sao</a><br>Or dial: (US) +1 585-632-1840 PIN: 204 318 662#<br><br>-::~:~:
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:NM McGaw IM - faculty interviews (H. Lindqvist)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    iv("interview-broker", "ib-2025-88231-557610@interviewbroker.com",
       "UChicago Medicine", "Internal Medicine - Categorical", "onsite", "",
       "interview-broker-residency-day",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Interview Broker//Scheduler//EN
METHOD:PUBLISH
""" + CHI + r"""BEGIN:VEVENT
UID:ib-2025-88231-557610@interviewbroker.com
DTSTAMP:20251015T020119Z
DTSTART;TZID=America/Chicago:20251119T070000
DTEND;TZID=America/Chicago:20251119T123000
SUMMARY:The University of Chicago - Internal Medicine Residency Interview
DESCRIPTION:Applicant: Hannah Lindqvist (AAMC ID 16732290)\nProgram: The U
 niversity of Chicago Medicine - Internal Medicine Residency - Categorical
 \nDate: 11/19/2025\nSession: Wednesday AM\n\nPlease arrive/log in by 7:00
  AM Central. Your detailed itinerary and virtual meeting links will be em
 ailed by the program 48 hours before your interview.\n\nManage your inter
 view: https://www.interviewbroker.com/applicant\n\nInterview Broker - sch
 eduled on behalf of the program.
LOCATION:Virtual
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    iv("meet-apd", "0a9rln2d2ud6k1vn5m8c3tk0j4@google.com",
       "Rush University Medical Center", "Internal Medicine Residency", "hiring_manager", "sofia_alvarez@rush.edu",
       "gcal-apd-one-on-one-abbrev-title",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251120T210000Z
DTEND:20251120T213000Z
DTSTAMP:20251107T140210Z
ORGANIZER;CN=Sofia Alvarez:mailto:sofia_alvarez@rush.edu
UID:0a9rln2d2ud6k1vn5m8c3tk0j4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofia
  Alvarez;X-NUM-GUESTS=0:mailto:sofia_alvarez@rush.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.lindqvist.md@gmail.com;X-NUM-GUESTS=0:mailto:hannah.lindqv
 ist.md@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ayt-pbqe-kro
DESCRIPTION:Hi Hannah - we ran out of faculty slots on your interview day\,
  so I'll do your second interview myself. Very informal\, just bring ques
 tions! -Sofia (APD\, Rush IM)\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/ayt-pbqe-k
 ro\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rush IM - Lindqvist / Alvarez
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    iv("pstp-screen", "040000008200E00074C5B7101A82E00800000000D07E6C1B9C38DC01000000000000000010000000772AE1B0C4F0E14C9C4FD3B85F0A6E41",
       "Washington University in St. Louis / Barnes-Jewish Hospital", "Internal Medicine Residency - Physician Scientist Training Program (ABIM Research Pathway)",
       "recruiter_screen", "lgreenbaum@wustl.edu",
       "outlook-cst-research-track-screening-call",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_CST + r"""BEGIN:VEVENT
ORGANIZER;CN="Greenbaum, Lea":mailto:lgreenbaum@wustl.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ochoa, Marisol":mailto:m.ochoa@wustl.edu
DESCRIPTION;LANGUAGE=en-US:Dear Ms. Lindqvist\,\n\nThank you for your interest in the Physician Scientist Training Program (ABIM Research Pathway) at WashU/Barnes-Jewish. Before we extend PSTP interview invitations we hold a brief screening conversation with the track director to discuss your research background and goals.\n\nPlease use the Zoom link below.\nhttps://wustl.zoom.us/j/95500182246\n\nMarisol Ochoa\nPSTP Program Manager\, Department of Medicine\n________________________________________________________________________________\n\nThe materials in this message are private and may contain Protected Healthcare Information or other information of a sensitive nature.\n
UID:040000008200E00074C5B7101A82E00800000000D07E6C1B9C38DC01000000000000000010000000772AE1B0C4F0E14C9C4FD3B85F0A6E41
SUMMARY;LANGUAGE=en-US:PSTP screening call - Lindqvist
DTSTART;TZID=Central Standard Time:20251016T150000
DTEND;TZID=Central Standard Time:20251016T152000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T203341Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    iv("thalamus-pstp", "thalamus-iv-c21d0a7e-19b4-47f6-8e3e-5f9b6a2c0d88@thalamusgme.com",
       "Washington University in St. Louis / Barnes-Jewish Hospital", "Internal Medicine - PSTP", "onsite", "",
       "thalamus-research-track-second-round-day",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CHI + r"""BEGIN:VEVENT
UID:thalamus-iv-c21d0a7e-19b4-47f6-8e3e-5f9b6a2c0d88@thalamusgme.com
DTSTAMP:20251024T123008Z
DTSTART;TZID=America/Chicago:20251204T073000
DTEND;TZID=America/Chicago:20251204T150000
SUMMARY:Interview: WashU / Barnes-Jewish - Internal Medicine PSTP
LOCATION:Virtual (Zoom)
DESCRIPTION:Hannah Lindqvist\, your interview is confirmed.\n\nProgram: Wa
 shington University/B-JH/SLCH Consortium - Internal Medicine - Physician
  Scientist Training Program\nDate: Thursday\, December 4\, 2025\nTime: 7:
 30 AM - 3:00 PM CT\n\nPSTP applicants meet with 4 faculty members (clinic
 al and research) and the Residency Program Director. Individual schedules
  will be sent one week prior.\n\nManage this interview in Thalamus.
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;R
 SVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("chair-call", "ZOOM96200731184@zoom.us",
       "Washington University in St. Louis / Barnes-Jewish Hospital", "", "final", "Victor Amadi",
       "zoom-final-call-department-chair",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251211T154420Z
DTSTART:20260108T220000Z
DTEND:20260108T223000Z
SUMMARY:Conversation with Dr. Amadi (Chair of Medicine) - PSTP finalist
UID:ZOOM96200731184@zoom.us
TZID:America/Chicago
DESCRIPTION:Marisol Ochoa is inviting you to a scheduled Zoom meeting.\n\n
 As one of our PSTP finalists\, Dr. Victor Amadi\, Chair of the Department
  of Medicine\, would like to meet with you before our rank meeting.\n\nJoi
 n Zoom Meeting\nhttps://wustl.zoom.us/j/96200731184\n\nMeeting ID: 962 00
 73 1184\n---\nOne tap mobile\n+16469313860\,\,96200731184# US\n
LOCATION:https://wustl.zoom.us/j/96200731184
END:VEVENT
END:VCALENDAR
"""),
    iv("in-person-day", "040000008200E00074C5B7101A82E008000000002F90A1D3B642DC010000000000000000100000004F1E3B7AC1D9D8438B2F6A0E37C8D105",
       "Beth Israel Deaconess Medical Center", "Internal Medicine Residency", "onsite", "Miriam Feld;Kwame Asante",
       "outlook-in-person-interview-day-rooms-as-attendees",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="O'Leary, Bridget":mailto:boleary1@bidmc.harvard.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="SH-4 Conf Rm (Shapiro 4th fl) (16)":mailto:SH4ConfRm@bidmc.harvard.edu
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="IM Res Breakfast Catering":mailto:imcatering@bidmc.harvard.edu
DESCRIPTION;LANGUAGE=en-US:Good afternoon Hannah\,\n\nWe look forward to welcoming you in person to BIDMC for your Internal Medicine residency interview day. This is one of our limited in-person days\; please check in at the Shapiro Clinical Center lobby (330 Brookline Ave) no later than 7:15 AM.\n\n7:30 Breakfast with the chief residents\n8:00 Welcome - Program Director\n8:45 Interview 1 - Dr. Miriam Feld\n9:15 Interview 2 - Dr. Kwame Asante\n10:00 Hospital tour with residents\n11:30 Noon conference (observe)\n12:30 Depart\n\nBusiness attire. Parking validation available at the Shapiro garage.\n\nWarm regards\,\nBridget O'Leary\nResidency Program Coordinator\n
UID:040000008200E00074C5B7101A82E008000000002F90A1D3B642DC010000000000000000100000004F1E3B7AC1D9D8438B2F6A0E37C8D105
SUMMARY;LANGUAGE=en-US:BIDMC IM Residency - In-Person Interview Day (Lindqvist)
DTSTART;TZID=Eastern Standard Time:20251209T071500
DTEND;TZID=Eastern Standard Time:20251209T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251110T184555Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Shapiro Clinical Center\, 330 Brookline Ave\, Boston MA
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""),
    iv("typed-phone", "8D1E4C0B-7A2F-4B63-9E51-2C6A0F3D9B18",
       "Beth Israel Deaconess Medical Center", "", "onsite", "",
       "self-typed-iphone-in-person-day-notes",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
""" + NY + r"""BEGIN:VEVENT
CREATED:20251110T190212Z
DTEND;TZID=America/New_York:20251209T123000
DTSTAMP:20251110T190244Z
DTSTART;TZID=America/New_York:20251209T070000
LAST-MODIFIED:20251205T023019Z
LOCATION:Shapiro Clinical Center\n330 Brookline Ave\, Boston MA 02215
SEQUENCE:1
SUMMARY:BIDMC interview (IN PERSON!!)
DESCRIPTION:lobby by 7:15\nnavy suit + flats\, 3 copies CV\nask abt PC trac
 k\, global health\, ambulatory blocks\ndr feld = GI/QI\, dr asante = ID (r
 ead his HIV PrEP paper)\nuber from hotel ~15 min
UID:8D1E4C0B-7A2F-4B63-9E51-2C6A0F3D9B18
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:3C7A5E21-0B0C-4A2D-A8D1-5F6B9C2E7D44
END:VALARM
END:VEVENT
END:VCALENDAR
"""),
    iv("zoom-plain", "ZOOM91733405528@zoom.us",
       "Boston Medical Center", "Internal Medicine Residency", "", "",
       "zoom-invite-bmc-no-stage",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251028T171102Z
DTSTART:20251117T133000Z
DTEND:20251117T180000Z
SUMMARY:BMC Internal Medicine Residency Interview - Hannah Lindqvist
UID:ZOOM91733405528@zoom.us
TZID:America/New_York
DESCRIPTION:BMC IM Residency is inviting you to a scheduled Zoom meeting.\
 n\nTopic: BMC Internal Medicine Residency Interview - Hannah Lindqvist\nT
 ime: Nov 17\, 2025 08:30 AM Eastern Time (US and Canada)\n\nJoin Zoom Mee
 ting\nhttps://bmc.zoom.us/j/91733405528?pwd=dGJ2S0VzWkJtYk1qV1Z3T2xkaFh3d
 z09\n\nMeeting ID: 917 3340 5528\nPasscode: 330850\n\n---\n\nOne tap mobil
 e\n+16469313860\,\,91733405528# US\n
LOCATION:https://bmc.zoom.us/j/91733405528?pwd=dGJ2S0VzWkJtYk1qV1Z3T2xkaFh3dz09
END:VEVENT
END:VCALENDAR
"""),
    iv("outlook-pd", "040000008200E00074C5B7101A82E00800000000B3F3A4D05E3CDC010000000000000000100000009E7C0A1F2B3D4E5F60718293A4B5C6D7",
       "Johns Hopkins", "Osler Medical Residency", "hiring_manager", "cbrenna3@jhmi.edu",
       "outlook-est-pd-interview-scheduler-organizer",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Osler Recruitment":mailto:oslerrecruitment@jhmi.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.lindqvist.md@gmail.com:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brennan, Caroline":mailto:cbrenna3@jhmi.edu
DESCRIPTION;LANGUAGE=en-US:Osler Medical Residency - Applicant Interview\n\nApplicant: Hannah Lindqvist\, The Ohio State University College of Medicine\nInterviewer: Caroline Brennan\, MD\, Program Director\n\nPlease join using the Zoom information below a few minutes before your scheduled time.\n\nhttps://jhjhm.zoom.us/j/99012233847\nMeeting ID: 990 1223 3847\nPasscode: osler\n
UID:040000008200E00074C5B7101A82E00800000000B3F3A4D05E3CDC010000000000000000100000009E7C0A1F2B3D4E5F60718293A4B5C6D7
SUMMARY;LANGUAGE=en-US:Osler Interview: Lindqvist / Dr. Brennan
DTSTART;TZID=Eastern Standard Time:20251202T103000
DTEND;TZID=Eastern Standard Time:20251202T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251114T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    iv("thalamus-penn", "thalamus-iv-4be20f55-8a66-4f1b-b0a2-91c37de8e604@thalamusgme.com",
       "Penn Medicine", "Internal Medicine - Categorical", "onsite", "",
       "thalamus-utc-times-penn",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:thalamus-iv-4be20f55-8a66-4f1b-b0a2-91c37de8e604@thalamusgme.com
DTSTAMP:20251020T210533Z
DTSTART:20251211T124500Z
DTEND:20251211T190000Z
SUMMARY:Interview: Hospital of the University of Pennsylvania - Internal M
 edicine
LOCATION:Virtual Interview
DESCRIPTION:Program: Hospital of the University of Pennsylvania - Internal
  Medicine - Categorical\nDate: Thursday\, December 11\, 2025\nStart: 7:45
  AM ET\n\nYou will meet the Program Director and three faculty interviewer
 s. Resident social hour follows (optional).\n\nView details\, add to cale
 ndar or cancel: https://thalamusgme.com/
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
