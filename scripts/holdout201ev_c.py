"""holdout201 events, part c: Quotient (Ashby, cancelled final), Parcelwise, Halcyon Health, coaching look-alikes."""

from holdout201ev_tz import GOOGLE_NY, OUTLOOK_CENTRAL

EVENTS = [
    {
        "kind": "recruiter-screen",
        "uid": "ashby-3f9e2a71-0c4b-4d8e-b6a5-7e1c9d0f2b48",
        "label": (1, "Quotient", "Senior Account Executive (Remote)", "recruiter_screen",
                  "hannah.price@quotient.ai", "ashby-recruiter-screen-et"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
""" + GOOGLE_NY + r"""BEGIN:VEVENT
UID:ashby-3f9e2a71-0c4b-4d8e-b6a5-7e1c9d0f2b48
DTSTAMP:20250307T192255Z
DTSTART;TZID=America/New_York:20250312T130000
DTEND;TZID=America/New_York:20250312T133000
SUMMARY:Tyler Brooks <> Quotient | Recruiter Screen
ORGANIZER;CN=Hannah Price:mailto:hannah.price@quotient.ai
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Hannah Price;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:hannah.price@quotient.ai
LOCATION:https://meet.google.com/ejc-tbvw-nqa
DESCRIPTION:Interview for Senior Account Executive (Remote)\n\nInterviewer
 s:\n• Hannah Price (Talent Partner)\n\nJoin: https://meet.google.com/ejc-tb
 vw-nqa\n\nNeed to reschedule? Use this link: https://app.ashbyhq.com/sched
 ule/candidate/7a1c0e9b\n\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "culture-add",
        "uid": "ashby-8b2d4f60-1a3c-4e5f-9071-c2d3e4f5a6b7",
        "label": (1, "Quotient", "Senior Account Executive (Remote)", "",
                  "theo.marsh@quotient.ai;isabel.cruz@quotient.ai", "ashby-culture-add-no-clear-stage"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-8b2d4f60-1a3c-4e5f-9071-c2d3e4f5a6b7
DTSTAMP:20250318T141703Z
DTSTART:20250324T180000Z
DTEND:20250324T184500Z
SUMMARY:Culture Add Conversation - Quotient
ORGANIZER;CN=Hannah Price:mailto:hannah.price@quotient.ai
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Theo Marsh;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:theo.marsh@quotient.ai
ATTENDEE;CN=Isabel Cruz;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:isabel.cruz@quotient.ai
LOCATION:https://meet.google.com/kro-awsd-ymv
DESCRIPTION:Interview for Senior Account Executive (Remote)\n\nInterviewer
 s:\n• Theo Marsh (Solutions Engineer)\n• Isabel Cruz (Customer Success Lead
 )\n\nThis isn't a "culture fit" check - we want to hear what you'd add to h
 ow we work. No prep needed.\n\nJoin: https://meet.google.com/kro-awsd-ymv\n
 \nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cancelled",
        "uid": "ashby-e0f1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b",
        "label": (1, "Quotient", "Senior Account Executive (Remote)", "final",
                  "raj.menon@quotient.ai", "ashby-final-cancelled-method-cancel"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:ashby-e0f1a2b3-c4d5-4e6f-8a9b-0c1d2e3f4a5b
DTSTAMP:20250328T215950Z
DTSTART:20250401T170000Z
DTEND:20250401T180000Z
SUMMARY:Canceled: Final Interview w/ Raj Menon (CRO) - Quotient
ORGANIZER;CN=Hannah Price:mailto:hannah.price@quotient.ai
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Raj Menon;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:raj.menon@quotient.ai
LOCATION:https://meet.google.com/qpe-xnvb-lwi
DESCRIPTION:This interview has been canceled.\n\nHi Tyler - really sorry to
  do this. We've put the Senior AE req on hold while we finalize FY plannin
 g. I'll call you tomorrow to explain.\n\nPowered by Ashby
STATUS:CANCELLED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "screen",
        "uid": "greenhouse-5531190-parcelwise-screen@greenhouse.io",
        "label": (1, "Parcelwise", "Account Executive, Mid-Market", "recruiter_screen",
                  "olivia.tran@parcelwise.com", "greenhouse-screen-sf-company-remote"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-5531190-parcelwise-screen@greenhouse.io
DTSTAMP:20250409T003311Z
DTSTART:20250414T203000Z
DTEND:20250414T210000Z
SUMMARY:Parcelwise Interview: Tyler Brooks
ORGANIZER;CN=Olivia Tran:mailto:olivia.tran@parcelwise.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Olivia Tran;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:olivia.tran@parcelwise.com
LOCATION:Zoom (link below)
DESCRIPTION:Hi Tyler\,\n\nYou're confirmed for a 30 minute call with me (O
 livia Tran\, Recruiter) for the Account Executive\, Mid-Market position.\n\
 nhttps://parcelwise.zoom.us/j/81230094412\n\nTip: have your quota attainmen
 t history handy.\n\nThe Parcelwise Recruiting Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mock-discovery",
        "uid": "greenhouse-5531190-parcelwise-disco@greenhouse.io",
        "label": (1, "Parcelwise", "Account Executive, Mid-Market", "technical",
                  "graham.ellis@parcelwise.com;sofia.lindqvist@parcelwise.com",
                  "greenhouse-mock-discovery-named-mock-but-real"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-5531190-parcelwise-disco@greenhouse.io
DTSTAMP:20250418T163347Z
DTSTART:20250423T210000Z
DTEND:20250423T220000Z
SUMMARY:Parcelwise - Mock Discovery Call
ORGANIZER;CN=Olivia Tran:mailto:olivia.tran@parcelwise.com
ATTENDEE;CN=Tyler Brooks;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;CN=Graham Ellis;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:graham.ellis@parcelwise.com
ATTENDEE;CN=Sofia Lindqvist;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sofia.lindqvist@parcelwise.com
LOCATION:https://parcelwise.zoom.us/j/87711204539
DESCRIPTION:Hi Tyler\,\n\nYour next step is a mock discovery call with Gra
 ham Ellis (Sales Director) playing the prospect: Head of Ops at a DTC apparel
  brand shipping ~30k parcels/month. Sofia Lindqvist (AE) will take notes. 4
 0 min role play + 20 min debrief.\n\nhttps://parcelwise.zoom.us/j/8771120453
 9\n\nThe Parcelwise Recruiting Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-interview",
        "uid": ("040000008200E00074C5B7101A82E0080000000060A7F4C1B3ACDB01"
                "0000000000000000100000003E5B7C9D1A2F4E6B8C0D2E4F6A8B0C1D"),
        "label": (1, "Halcyon Health", "Senior Account Executive - Provider Market", "hiring_manager",
                  "daniela.reyes@halcyonhealth.com", "workday-outlook-sent-by-assistant-teams"),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_CENTRAL + r"""BEGIN:VEVENT
ORGANIZER;CN="Reyes, Daniela";SENT-BY="mailto:kpatterson@halcyonhealth.com":mailto:daniela.reyes@halcyonhealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.broo
 ks.sales@gmail.com:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Patterson, Kim":mailto:kpatterson@halcyonhealth.com
DESCRIPTION;LANGUAGE=en-US:Hi Tyler\,\n\nDaniela Reyes\, Director of Sales
 \, would like to meet with you regarding requisition R-0021874 Senior Accou
 nt Executive - Provider Market. Please confirm using the Workday candidate
  home page.\n\nKim Patterson\nExecutive Assistant to Daniela Reyes\n\n______
 __________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room devi
 ce\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_MzQ2>\nMeeting ID: 233 118 902 441\nPasscode: p6WzQ9\nOr ca
 ll in (audio only)\n+1 469-555-0172\,\,774912336#   United States\, Dallas\n
 Phone Conference ID: 774 912 336#\n_______________________________________
 _________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000060A7F4C1B3ACDB010000000000000000100000003E5B7C9D1A2F4E6B8C0D2E4F6A8B0C1D
SUMMARY;LANGUAGE=en-US:Interview: Tyler Brooks - Sr AE Provider Market (R-
 0021874)
DTSTART;TZID=Central Standard Time:20250506T093000
DTEND;TZID=Central Standard Time:20250506T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T155832Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123348701
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onli
 neMeetingProvider":3}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "onsite",
        "uid": ("040000008200E00074C5B7101A82E00800000000A0F2B7E6C0B4DB01"
                "000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049"),
        "label": (1, "Halcyon Health", "Senior Account Executive - Provider Market", "onsite",
                  "daniela.reyes@halcyonhealth.com;gordon.baptiste@halcyonhealth.com;whitney.sato@halcyonhealth.com",
                  "outlook-onsite-austin-rooms-as-attendees"),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_CENTRAL + r"""BEGIN:VEVENT
ORGANIZER;CN="Patterson, Kim":mailto:kpatterson@halcyonhealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tyler.broo
 ks.sales@gmail.com:mailto:tyler.brooks.sales@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reyes, Daniela":mailto:daniela.reyes@halcyonhealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baptiste,
  Gordon":mailto:Gordon.Baptiste@halcyonhealth.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sato, Whitney":mailto:whitney.sato@halcyonhealth.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="AUS-07-Barton Springs (10) Teams Room":mailto:AUS07BartonSprings@ha
 lcyonhealth.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE;CN="AUS Visitor Parking Pass":mailto:AUSParking@halcyonhealth.com
DESCRIPTION;LANGUAGE=en-US:Tyler\, welcome to Austin! Itinerary for your i
 n-person loop:\n\n9:00 - 9:45   Daniela Reyes\, Director of Sales\n9:45 - 1
 0:30  Gordon Baptiste\, VP Sales\n10:30 - 11:15 Whitney Sato\, Sr Sales Eng
 ineer (joint demo exercise)\n11:15          Walk out with Kim\n\nCheck in at
  the 7th floor reception\, 600 Congress Ave. Parking validated (pass attach
 ed). Business casual.\n
UID:040000008200E00074C5B7101A82E00800000000A0F2B7E6C0B4DB01000000000000000010000000D4C3B2A1F0E9D8C7B6A5948372615049
SUMMARY;LANGUAGE=en-US:Onsite Interviews - Tyler Brooks (Provider Market Sr
  AE)
DTSTART;TZID=Central Standard Time:20250520T090000
DTEND;TZID=Central Standard Time:20250520T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T200145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:AUS-07-Barton Springs (10) Teams Room; AUS Visitor
  Parking Pass
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mock-interview",
        "uid": "bk-01JP9X2C4V6B8N0M1Q3W5E7R9T@calendly.com",
        "label": (0, "", "", "", "", "mock-interview-with-paid-coach"),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bk-01JP9X2C4V6B8N0M1Q3W5E7R9T@calendly.com
DTSTAMP:20250330T020933Z
DTSTART:20250403T010000Z
DTEND:20250403T020000Z
SUMMARY:Mock Interview (60 min) between Renee Holloway and Tyler Brooks
ORGANIZER;CN=Renee Holloway:mailto:renee@closedwoncoaching.com
ATTENDEE;CN=Tyler Brooks;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:tyler.brooks.sales@gmail.com
LOCATION:https://us02web.zoom.us/j/83390021174
DESCRIPTION:Event Name: Mock Interview (60 min)\n\nLocation: https://us02w
 eb.zoom.us/j/83390021174\n\nFull hiring-manager style mock for AE/Sr AE lo
 ops + recorded feedback. Session 2 of 3 in your Closed Won Coaching package
 .\n\nQuestions:\nWhich company/round are you prepping for?\nLedgerly final
  panel w/ VP Sales + Brightwave HM\n\nNeed to make changes to this event?\nC
 ancel: https://calendly.com/cancellations/9d0e1f2a\nReschedule: https://ca
 lendly.com/rescheduling/9d0e1f2a\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar",
        "uid": "gtw-8843021177-20250319@gotowebinar.com",
        "label": (0, "", "", "", "", "webinar-about-ae-interview-loops"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Webinar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gtw-8843021177-20250319@gotowebinar.com
DTSTAMP:20250311T150000Z
DTSTART:20250319T180000Z
DTEND:20250319T190000Z
SUMMARY:Webinar: Crushing the AE Interview Loop - Role Plays\, 30-60-90s &
  Panel Prep
LOCATION:https://attendee.gotowebinar.com/join/8843021177/501998342
DESCRIPTION:Thanks for registering! Join RepVue + Pavilion for a live sess
 ion with three VPs of Sales on what they actually score in mock discovery c
 alls and 30-60-90 presentations. Q&A at the end.\n\nJoin webinar: https://a
 ttendee.gotowebinar.com/join/8843021177/501998342\nWebinar ID: 884-302-117\
 nAudio: +1 (415) 555-0190\, Access Code 601-228-713\n\nCan't make it? Regist
 ered attendees get the recording.
ORGANIZER;CN=Pavilion Events:mailto:events@joinpavilion.com
END:VEVENT
END:VCALENDAR
""",
    },
]
