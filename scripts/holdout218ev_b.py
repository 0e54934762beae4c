# ruff: noqa: E501
"""holdout218 events, part b: Hannah's own residency interviews (Yale .. Duke), incl. reschedule and cancel."""

from holdout218ev_tz import CHI, NY, WIN_EST, iv

EVENTS = [
    iv("webex-day", "7c0e51b2a4f94d0a8d9b3e6f1a2c4b5d@yale.webex.com",
       "Yale New Haven Hospital", "Internal Medicine - Traditional", "onsite", "",
       "webex-interview-day-yale-traditional",
       r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:7c0e51b2a4f94d0a8d9b3e6f1a2c4b5d@yale.webex.com
DTSTAMP:20251017T124801Z
DTSTART;TZID=America/New_York:20251118T080000
DTEND;TZID=America/New_York:20251118T133000
SUMMARY:Yale Traditional IM Residency - Virtual Interview Day
ORGANIZER;CN="Yale IM Traditional Program":mailto:im.traditional@yale.edu
ATTENDEE;CN=Hannah Lindqvist;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
LOCATION:https://yale.webex.com/yale/j.php?MTID=m8c1e0e7d4a6f4b0f9d8b2e1c3a7f5d60
DESCRIPTION:Yale Traditional Internal Medicine Residency Program invites y
 ou to join this Webex meeting.\n\nInterview Day - Tuesday\, November 18\n
 \n8:00 Welcome (Program Director)\n8:30 - 10:30 Interviews (you will be m
 oved to breakout rooms: 1 with a core faculty member\, 1 with a chief res
 ident)\n11:00 Noon report (observe)\n12:00 Lunch with residents\n\nMeetin
 g number (access code): 2634 118 7702\nMeeting password: YaleIM2026\n\nJo
 in by phone\n+1-415-655-0001 US Toll\nAccess code: 2634 118 7702\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("zoom-day", "ZOOM98822104419@zoom.us",
       "Mount Sinai", "Internal Medicine Residency", "onsite", "",
       "zoom-interview-day-with-sub-tz",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251022T190011Z
DTSTART:20251125T130000Z
DTEND:20251125T180000Z
SUMMARY:Icahn Mount Sinai IM Residency - Interview Day (Session 14)
UID:ZOOM98822104419@zoom.us
TZID:America/New_York
DESCRIPTION:Mount Sinai IM Residency is inviting you to a scheduled Zoom m
 eeting.\n\nYou will have two 20-minute interviews with faculty and one wi
 th a chief resident. Afterwards join the residents for a virtual lunch.\n
 \nJoin Zoom Meeting\nhttps://mountsinai.zoom.us/j/98822104419\n\nMeeting
 ID: 988 2210 4419\nPasscode: 112503\n
LOCATION:https://mountsinai.zoom.us/j/98822104419
END:VEVENT
END:VCALENDAR
"""),
    iv("outlook-final", "040000008200E00074C5B7101A82E0080000000071D4E20A1745DC01000000000000000010000000C0FFEE1234ABCD5678EF90123456789A",
       "Mount Sinai", "Internal Medicine Residency - Research Pathway", "final", "jonah.weiss@mountsinai.org",
       "outlook-research-pathway-second-interview",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Weiss, Jonah":mailto:Jonah.Weiss@mountsinai.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hannah\,\n\nThank you again for interviewing with us on 11/25. The Research Pathway committee invites a small number of applicants for a second\, final conversation with the pathway director. Please come prepared to discuss your proposed research direction for years 2-3.\n\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTE2ZmQ4YjAtNDc1Ny00ZDk2LWE3NDEtZTgwYjk2NDNkZTU0%40thread.v2/0>\nMeeting ID: 247 118 936 502\nPasscode: Xy7kQp\nDownload Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nOr call in (audio only)\n+1 646-813-4972\,\,556301877#   United States\, New York City\nPhone Conference ID: 556 301 877#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000071D4E20A1745DC01000000000000000010000000C0FFEE1234ABCD5678EF90123456789A
SUMMARY;LANGUAGE=en-US:Research Pathway - second interview (Lindqvist)
DTSTART;TZID=Eastern Standard Time:20260113T170000
DTEND;TZID=Eastern Standard Time:20260113T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251219T141515Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTE2ZmQ4YjAtNDc1Ny00ZDk2LWE3NDEtZTgwYjk2NDNkZTU0%40thread.v2/0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
END:VEVENT
END:VCALENDAR
"""),
    iv("thalamus-orig", "thalamus-iv-0d6a8f1c-3e57-4b92-9c04-7a1e5b3d2f60@thalamusgme.com",
       "NYU Langone", "Internal Medicine - Categorical", "onsite", "",
       "thalamus-original-before-reschedule",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:thalamus-iv-0d6a8f1c-3e57-4b92-9c04-7a1e5b3d2f60@thalamusgme.com
DTSTAMP:20251014T151200Z
DTSTART;TZID=America/New_York:20251120T080000
DTEND;TZID=America/New_York:20251120T140000
SUMMARY:Interview Day: NYU Grossman School of Medicine - Internal Medicine
LOCATION:Virtual
DESCRIPTION:Program: NYU Grossman School of Medicine - Internal Medicine -
  Categorical (Bellevue/Tisch/VA)\nDate: Thursday\, November 20\, 2025\n\n
 Interviews with the Program Director or an Associate Program Director and
  two faculty members. Meet the chiefs at noon.\n\nManage in Thalamus.
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("thalamus-resched", "thalamus-iv-0d6a8f1c-3e57-4b92-9c04-7a1e5b3d2f60@thalamusgme.com",
       "NYU Langone", "Internal Medicine - Categorical", "onsite", "",
       "thalamus-rescheduled-same-uid-sequence-2",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:thalamus-iv-0d6a8f1c-3e57-4b92-9c04-7a1e5b3d2f60@thalamusgme.com
DTSTAMP:20251103T091742Z
DTSTART;TZID=America/New_York:20251216T080000
DTEND;TZID=America/New_York:20251216T140000
SUMMARY:UPDATED - Interview Day: NYU Grossman School of Medicine - Interna
 l Medicine
LOCATION:Virtual
DESCRIPTION:Your interview date has been changed at your request.\n\nNew d
 ate: Tuesday\, December 16\, 2025 (previously Thursday\, November 20)\nPr
 ogram: NYU Grossman School of Medicine - Internal Medicine - Categorical\n
 \nManage in Thalamus.
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:2
END:VEVENT
END:VCALENDAR
"""),
    iv("thalamus-cancel", "thalamus-iv-9a3b7e20-6c41-4d85-b1f2-e08c5a7d3b19@thalamusgme.com",
       "Columbia University Irving Medical Center", "Internal Medicine - Categorical", "onsite", "",
       "thalamus-cancelled-by-applicant",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
METHOD:CANCEL
""" + NY + r"""BEGIN:VEVENT
UID:thalamus-iv-9a3b7e20-6c41-4d85-b1f2-e08c5a7d3b19@thalamusgme.com
DTSTAMP:20251205T031455Z
DTSTART;TZID=America/New_York:20260109T073000
DTEND;TZID=America/New_York:20260109T130000
SUMMARY:CANCELLED: Interview Day: Columbia University Irving Medical Cente
 r / NewYork-Presbyterian - Internal Medicine
DESCRIPTION:This interview has been cancelled by the applicant.\n\nProgram
 : Columbia University Irving Medical Center/NewYork-Presbyterian - Intern
 al Medicine - Categorical\nOriginal date: Friday\, January 9\, 2026
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=DECLINED:mailto:hannah.lindqvist.md@gmail.com
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
"""),
    iv("gcal-export", "2r7f0bq1m4lpe9t3s6k8v0d2hc@google.com",
       "UPMC", "", "onsite", "",
       "gcal-export-x-wr-timezone-self-entry",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:hannah.lindqvist.md@gmail.com
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20251201T123000Z
DTEND:20251201T183000Z
DTSTAMP:20260105T002233Z
UID:2r7f0bq1m4lpe9t3s6k8v0d2hc@google.com
CREATED:20251016T011920Z
DESCRIPTION:UPMC IM interview day. zoom links in email from Kristen (coord
 inator). 2 faculty + 1 chief. Ask re: Presby vs Shadyside\, 4+1\, PC track
LAST-MODIFIED:20251016T012005Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:UPMC IM interview (virtual)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    iv("home-pd", "040000008200E00074C5B7101A82E00800000000E0B4C7A1A035DC01000000000000000010000000A3D7C1E2F4B5069788A9BACBDCEDFE0F",
       "The Ohio State University Wexner Medical Center", "Internal Medicine Residency - Categorical", "hiring_manager", "michael.hargrove@osumc.edu",
       "home-program-interview-same-domain-as-school",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="IM Residency Program":mailto:IMResidency@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hargrove, Michael":mailto:Michael.Hargrove@osumc.edu
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Doan 3rd Fl - IM Res Office Conf":mailto:doan3imconf@osumc.edu
DESCRIPTION;LANGUAGE=en-US:Home Applicant Interview - Internal Medicine Residency (Categorical)\n\nHannah\, as an OSU applicant your interview is held in person with the Program Director. You do not need to attend the virtual interview day\, but you are welcome at the resident social on Thursday.\n\nLocation: Doan Hall 3rd floor\, IM Residency Office conference room\n\nThank you\,\nIM Residency Program Office\n
UID:040000008200E00074C5B7101A82E00800000000E0B4C7A1A035DC01000000000000000010000000A3D7C1E2F4B5069788A9BACBDCEDFE0F
SUMMARY;LANGUAGE=en-US:Home Applicant Interview - Lindqvist w/ Dr. Hargrove (PD)
DTSTART;TZID=Eastern Standard Time:20251030T140000
DTEND;TZID=Eastern Standard Time:20251030T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T160001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Doan 3rd Fl - IM Res Office Conf
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    iv("thalamus-day", "thalamus-iv-6e12c4d8-77a0-4c3f-8d5b-2b9f0e1a6c73@thalamusgme.com",
       "University of Cincinnati", "Internal Medicine - Categorical", "onsite", "",
       "thalamus-in-state-program-day",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:thalamus-iv-6e12c4d8-77a0-4c3f-8d5b-2b9f0e1a6c73@thalamusgme.com
DTSTAMP:20251002T180032Z
DTSTART;TZID=America/New_York:20251021T081500
DTEND;TZID=America/New_York:20251021T124500
SUMMARY:Interview: University of Cincinnati Medical Center - Internal Medi
 cine
LOCATION:Virtual
DESCRIPTION:Program: University of Cincinnati Medical Center - Internal Me
 dicine - Categorical\nDate: Tuesday\, October 21\, 2025\n\nAgenda: welcom
 e by PD\, 3 interviews (faculty\, APD\, chief)\, virtual tour of UCMC and
  the VA\, Q&A with interns.
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=ACCEPTED:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("zoom-faculty", "ZOOM93017760412@zoom.us",
       "University Hospitals Cleveland Medical Center", "", "", "Priya Raman",
       "zoom-single-faculty-interview-named-in-topic",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251029T141900Z
DTSTART:20251114T150000Z
DTEND:20251114T152500Z
SUMMARY:UH/CWRU IM Interview: Dr. Priya Raman + H. Lindqvist
UID:ZOOM93017760412@zoom.us
TZID:America/New_York
DESCRIPTION:UHCMC Internal Medicine Residency is inviting you to a schedul
 ed Zoom meeting.\n\nTopic: UH/CWRU IM Interview: Dr. Priya Raman + H. Lin
 dqvist\n\nJoin Zoom Meeting\nhttps://cwru.zoom.us/j/93017760412\n\nMeetin
 g ID: 930 1776 0412\nPasscode: 882019\n
LOCATION:https://cwru.zoom.us/j/93017760412
END:VEVENT
END:VCALENDAR
"""),
    iv("ms-bookings", "bk-7D3A1C5E9F2B4A60B8E1D0C7F6A5B4C3@metrohealth.org",
       "MetroHealth", "Internal Medicine Residency", "", "lbrandt@metrohealth.org",
       "microsoft-bookings-self-scheduled-faculty-interview",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN=MetroHealth IM Residency Interviews:mailto:IMResidencyInterviews@metrohealth.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brandt, Leah":mailto:lbrandt@metrohealth.org
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Faculty Interview (25 min)\nStaff: Leah Brandt\, MD\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1NzE0%40thread.v2/0\nMeeting ID: 290 551 843 117\nPasscode: Vb3sQ9\n\nNeed to make changes? Manage booking: https://outlook.office365.com/owa/calendar/MetroHealthIMResidencyInterviews@metrohealth.org/bookings/\n
UID:bk-7D3A1C5E9F2B4A60B8E1D0C7F6A5B4C3@metrohealth.org
SUMMARY;LANGUAGE=en-US:Faculty Interview (25 min) - Hannah Lindqvist
DTSTART;TZID=Eastern Standard Time:20251203T133000
DTEND;TZID=Eastern Standard Time:20251203T135500
CLASS:PUBLIC
DTSTAMP:20251119T220514Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    iv("calendly-pd", "c8e7d1f2-3a4b-45c6-9d8e-0f1a2b3c4d5e@calendly.com",
       "Indiana University School of Medicine", "Internal Medicine Residency", "hiring_manager", "gfenwick@iu.edu",
       "calendly-pd-host-applicant-invitee",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Events//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:c8e7d1f2-3a4b-45c6-9d8e-0f1a2b3c4d5e@calendly.com
DTSTAMP:20251104T173040Z
DTSTART:20251205T190000Z
DTEND:20251205T192000Z
SUMMARY:Hannah Lindqvist and Grant Fenwick
ORGANIZER;CN=Grant Fenwick:mailto:gfenwick@iu.edu
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=ACCEPTED:mailto:hannah.lindqvist.md@gmail.com
ATTENDEE;CN=Grant Fenwick;PARTSTAT=ACCEPTED:mailto:gfenwick@iu.edu
DESCRIPTION:Event Name: IU IM Residency - Program Director Interview (20 m
 in)\n\nLocation: This is a Zoom web conference.\nhttps://iu.zoom.us/j/993
 51028841\n\nPlease share anything that will help prepare for our meeting.
 : Applied via ERAS - AAMC ID 16732290\n\nNeed to make changes to this ev
 ent?\nCancel: https://calendly.com/cancellations/c8e7d1f2-3a4b-45c6-9d8e\nR
 eschedule: https://calendly.com/reschedulings/c8e7d1f2-3a4b-45c6-9d8e\n\nP
 owered by Calendly.com
LOCATION:https://iu.zoom.us/j/99351028841
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    iv("thalamus-day", "thalamus-iv-b7f04a19-2d3c-4e6a-9f10-8c5e3d71a2b4@thalamusgme.com",
       "Vanderbilt University Medical Center", "Internal Medicine - Categorical", "onsite", "",
       "thalamus-central-time-program",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + CHI + r"""BEGIN:VEVENT
UID:thalamus-iv-b7f04a19-2d3c-4e6a-9f10-8c5e3d71a2b4@thalamusgme.com
DTSTAMP:20251009T131700Z
DTSTART;TZID=America/Chicago:20251210T070000
DTEND;TZID=America/Chicago:20251210T120000
SUMMARY:Interview Day: Vanderbilt University Medical Center - Internal Med
 icine
LOCATION:Virtual
DESCRIPTION:Program: Vanderbilt University Medical Center - Internal Medic
 ine - Categorical (Tinsley Harrison)\nDate: Wednesday\, December 10\, 202
 5\nCheck-in: 7:00 AM CT\n\nManage in Thalamus.
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("zoom-pd", "ZOOM95518830026@zoom.us",
       "Duke University Hospital", "", "hiring_manager", "Aisha Coleman",
       "zoom-pd-interview-utc",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251112T151203Z
DTSTART:20260106T143000Z
DTEND:20260106T150000Z
SUMMARY:Duke IM - Interview with Dr. Aisha Coleman (Program Director)
UID:ZOOM95518830026@zoom.us
TZID:America/New_York
DESCRIPTION:Duke Medicine Residency is inviting you to a scheduled Zoom me
 eting.\n\nTopic: Duke IM - Interview with Dr. Aisha Coleman (Program Direc
 tor)\nTime: Jan 6\, 2026 09:30 AM Eastern Time (US and Canada)\n\nJoin Zo
 om Meeting\nhttps://duke.zoom.us/j/95518830026\n\nMeeting ID: 955 1883 00
 26\nPasscode: 640112\n
LOCATION:https://duke.zoom.us/j/95518830026
END:VEVENT
END:VCALENDAR
"""),
]
