"""holdout176 events, part E: Cedar Invest, Dash Pantry, Bluewater, Crown Utilities, Prairie, Atlas, Rippling/Jobvite/BambooHR/Recruitee."""
# ruff: noqa: E501, W291  (raw iCalendar text: long property lines, and folded lines that end in a meaningful space)
from holdout176ev_common import iv

EVENTS = []


def add(kind, label, ics, eol="\r\n"):
    EVENTS.append({"kind": kind, "label": label, "ics": ics, "eol": eol})


add("lever-intro-talent", iv(
    "lever-interview-0e9b4c2d-7f31-4a68-b5c0-8d2e1f4a6b97", "Cedar Invest", "Lead UX Researcher, Wealth",
    "recruiter_screen", "grace.liu@cedarinvest.com", "lever-intro-with-talent-google-meet"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0e9b4c2d-7f31-4a68-b5c0-8d2e1f4a6b97
DTSTAMP:20251030T200514Z
DTSTART:20251105T163000Z
DTEND:20251105T170000Z
SUMMARY:Priya Raman <> Cedar Invest – Intro with Talent
LOCATION:https://meet.google.com/hqs-ewdn-yfr
DESCRIPTION:Lead UX Researcher\\, Wealth\\n\\nInterviewer: Grace Liu (Talent 
 Partner)\\n\\nScheduled with Lever
ORGANIZER;CN=Grace Liu:mailto:grace.liu@cedarinvest.com
ATTENDEE;CN=Grace Liu;PARTSTAT=ACCEPTED:mailto:grace.liu@cedarinvest.com
ATTENDEE;CN=Priya Raman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("case-study-panel", iv(
    "lever-interview-6a1d8e3f-20c9-4b7a-93e5-f4b2c0d1a875", "Cedar Invest", "Lead UX Researcher, Wealth",
    "technical", "nora.bishop@cedarinvest.com;felix.ortega@cedarinvest.com;tamsin.ward@cedarinvest.com",
    "lever-research-case-study-take-home-presentation"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-6a1d8e3f-20c9-4b7a-93e5-f4b2c0d1a875
DTSTAMP:20251112T153340Z
DTSTART:20251119T190000Z
DTEND:20251119T203000Z
SUMMARY:Cedar Invest – Research Case Study (Panel) – Priya Raman
LOCATION:https://meet.google.com/tdk-ahvr-qcx
DESCRIPTION:You'll present your take-home (the onboarding drop-off brief) f
 or 40 minutes\\, followed by questions.\\n\\nPanel:\\n- Nora Bishop\\, Head of
  Design\\n- Felix Ortega\\, Product Director\\, Wealth\\n- Tamsin Ward\\, Senio
 r UX Researcher\\n\\nPlease send your deck to grace.liu@cedarinvest.com by 9
  am the day of.\\n\\nScheduled with Lever
ORGANIZER;CN=Grace Liu:mailto:grace.liu@cedarinvest.com
ATTENDEE;CN=Nora Bishop;PARTSTAT=ACCEPTED:mailto:nora.bishop@cedarinvest.com
ATTENDEE;CN=Felix Ortega;PARTSTAT=ACCEPTED:mailto:felix.ortega@cedarinvest.com
ATTENDEE;CN=Tamsin Ward;PARTSTAT=TENTATIVE:mailto:tamsin.ward@cedarinvest.com
ATTENDEE;CN=Priya Raman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("greenhouse-hm", iv(
    "1u5h0b8k3f6m2q9c7t4r0e1lpz@google.com", "Dash Pantry", "Senior UX Researcher (Lead)", "hiring_manager",
    "mo.rahimi@dashpantry.com", "greenhouse-hiring-manager-title-in-summary"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250919T150000Z
DTEND:20250919T154500Z
DTSTAMP:20250915T190200Z
ORGANIZER;CN=Dash Pantry Recruiting:mailto:recruiting@dashpantry.com
UID:1u5h0b8k3f6m2q9c7t4r0e1lpz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mo Rahimi;X-NUM-GUESTS=0:mailto:mo.rahimi@dashpantry.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@ou
 tlook.com
CREATED:20250915T190159Z
DESCRIPTION:Hiring Manager Interview with Mo Rahimi (Design Director).\\n\\nZ
 oom: https://dashpantry.zoom.us/j/85501927734\\n\\nThis invitation was sent 
 from Greenhouse on behalf of Dash Pantry.
LAST-MODIFIED:20250915T190159Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hiring Manager Interview – Dash Pantry (Senior UX Researcher\\, Lead)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("exchange-conversation-ea", iv(
    "040000008200E00074C5B7101A82E00800000000C5D7E9F1A3B5DC0100000000000000001000000077A9C1E3F5B7D9E1A3C5E7F9B1D3E5F7",
    "Bluewater Insurance", "Manager, UX Research", "hiring_manager", "ingrid.halvorsen@bluewaterins.ca",
    "exchange-sent-by-assistant-conversation-worded-room"), """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Halvorsen, Ingrid";SENT-BY="mailto:keisha.brown@bluewaterins.ca":mailto:ingrid.halvorsen@bluewaterins.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priya.raman.ux@outlook.com:mailto:priya.raman.ux@outlook.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="TOR 18 - Lakeview (6)":mailto:tor18lakeview@bluewaterins.ca
DESCRIPTION;LANGUAGE=en-US:Good afternoon Priya\\,\\n\\nIngrid would like to m
 eet with you to continue the conversation about the Manager\\, UX Research 
 opportunity in Customer Insights. Please come to 18th floor reception at 
 5 Bay St and ask for Keisha.\\n\\nRegards\\,\\nKeisha Brown\\nExecutive Assista
 nt to Ingrid Halvorsen\\, Director\\, Customer Insights\\n
UID:040000008200E00074C5B7101A82E00800000000C5D7E9F1A3B5DC0100000000000000001000000077A9C1E3F5B7D9E1A3C5E7F9B1D3E5F7
SUMMARY;LANGUAGE=en-US:Priya Raman / Ingrid Halvorsen
DTSTART;TZID=Eastern Standard Time:20251107T150000
DTEND;TZID=Eastern Standard Time:20251107T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251031T193109Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TOR 18 - Lakeview (6)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""")

add("webex-panel", iv(
    "8f3c1a7e9b2d4c6e@crownutilities.webex.com", "Crown Utilities", "UX Research Lead", "",
    "simone.durand@crownutilities.ca;gareth.price@crownutilities.ca;yasmin.ali@crownutilities.ca",
    "webex-meeting-invite-interview-no-stage"), """BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ America/Toronto@@
BEGIN:VEVENT
UID:8f3c1a7e9b2d4c6e@crownutilities.webex.com
DTSTAMP:20251113T144001Z
DTSTART;TZID=America/Toronto:20251120T100000
DTEND;TZID=America/Toronto:20251120T110000
SUMMARY:Interview – UX Research Lead – Priya Raman
DESCRIPTION:Simone Durand invites you to join this Webex meeting.\\n\\nInterv
 iew panel: Simone Durand (Manager\\, Customer Digital)\\, Gareth Price (Seni
 or HR Business Partner)\\, Yasmin Ali (Service Design Lead)\\n\\nMeeting numb
 er (access code): 2634 118 9025\\nMeeting password: Crown2025!\\n\\nJoin meet
 ing\\nhttps://crownutilities.webex.com/crownutilities/j.php?MTID=m8f3c1a7e9
 b2d\\n\\nJoin by phone\\n+1-416-915-6530 Canada Toll (Toronto)\\nAccess code: 
 2634 118 9025
LOCATION:https://crownutilities.webex.com/meet/simone.durand
ORGANIZER;CN=Simone Durand:mailto:simone.durand@crownutilities.ca
ATTENDEE;CN=Gareth Price;ROLE=REQ-PARTICIPANT:mailto:gareth.price@crownutilities.ca
ATTENDEE;CN=Yasmin Ali;ROLE=REQ-PARTICIPANT:mailto:yasmin.ali@crownutilities.ca
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("goto-second-interview", iv(
    "GTM-7421-5563-0982-prairie@gotomeeting.com", "Prairie Logistics", "Research Manager, Customer Experience",
    "", "brent.kowalski@prairielogistics.ca;amelia.stone@prairielogistics.ca",
    "goto-meeting-winnipeg-second-interview"), """BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ America/Winnipeg@@
BEGIN:VEVENT
UID:GTM-7421-5563-0982-prairie@gotomeeting.com
DTSTAMP:20251114T210016Z
DTSTART;TZID=America/Winnipeg:20251124T090000
DTEND;TZID=America/Winnipeg:20251124T100000
SUMMARY:Second interview: Research Manager\\, CX – Priya Raman
DESCRIPTION:Hi Priya – thanks again for last week. Amelia and I would like 
 to continue the conversation. Times are Central (10 am Eastern).\\n\\n- Bren
 t\\n\\nPlease join my meeting from your computer\\, tablet or smartphone.\\nh
 ttps://meet.goto.com/742155630982\\n\\nYou can also dial in using your phon
 e.\\nCanada: +1 (647) 497-9373\\nAccess Code: 742-155-630-982
LOCATION:GoTo Meeting
ORGANIZER;CN=Brent Kowalski:mailto:brent.kowalski@prairielogistics.ca
ATTENDEE;CN=Amelia Stone;ROLE=REQ-PARTICIPANT:mailto:amelia.stone@prairielogistics.ca
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("zoom-screening", iv(
    "ZOOM-86120954471-atlaslearning", "Atlas Learning", "UXR Lead", "recruiter_screen",
    "keira.bell@atlaslearning.com", "zoom-generated-ics-vancouver-screening"), """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:America/Vancouver
LAST-MODIFIED:20230407T050750Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/America/Vancouver
X-LIC-LOCATION:America/Vancouver
BEGIN:STANDARD
TZNAME:PST
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZNAME:PDT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250919T181544Z
DTSTART;TZID=America/Vancouver:20250924T083000
DTEND;TZID=America/Vancouver:20250924T090000
SUMMARY:Atlas Learning | UXR Lead | Screening call
UID:ZOOM-86120954471-atlaslearning
TZID:America/Vancouver
DESCRIPTION:Keira Bell is inviting you to a scheduled Zoom meeting.\\n\\nJoin
  Zoom Meeting\\nhttps://atlaslearning.zoom.us/j/86120954471?pwd=V2xqS0Rz\\n\\n
 Meeting ID: 861 2095 4471\\nPasscode: 550213\\n\\n---\\n\\nOne tap mobile\\n+16
 475580588\\,\\,86120954471# Canada\\n+17789072071\\,\\,86120954471# Canada
LOCATION:https://atlaslearning.zoom.us/j/86120954471?pwd=V2xqS0Rz
ORGANIZER;CN=Keira Bell:mailto:keira.bell@atlaslearning.com
END:VEVENT
END:VCALENDAR
""")

add("paid-work-trial", iv(
    "4g7k2m9p1s3v6x8z0b5d@google.com", "Atlas Learning", "UXR Lead", "",
    "jordan.fraser@atlaslearning.com",
    "recurring-paid-work-trial-with-moved-instance"), """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ America/Vancouver@@
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20251014T090000
DTEND;TZID=America/Vancouver:20251014T130000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20251006T224512Z
ORGANIZER;CN=Jordan Fraser:mailto:jordan.fraser@atlaslearning.com
UID:4g7k2m9p1s3v6x8z0b5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jordan Fraser;X-NUM-GUESTS=0:mailto:jordan.fraser@atlaslearning.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Keira Bell;X-NUM-GUESTS=0:mailto:keira.bell@atlaslearning.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@outloo
 k.com
CREATED:20251006T224511Z
DESCRIPTION:Paid work trial for the UXR Lead role — two half-days (Pacific
  time) working with Jordan (VP Product) on our teacher-onboarding research
  plan. We'll pay your day rate as agreed with Keira. Slack guest invite to
  follow.\\n\\nhttps://meet.google.com/rxa-bfkq-dmu
LAST-MODIFIED:20251008T153002Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Atlas Learning – paid work trial (Priya)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20251015T100000
DTEND;TZID=America/Vancouver:20251015T140000
DTSTAMP:20251008T153002Z
ORGANIZER;CN=Jordan Fraser:mailto:jordan.fraser@atlaslearning.com
UID:4g7k2m9p1s3v6x8z0b5d@google.com
RECURRENCE-ID;TZID=America/Vancouver:20251015T090000
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jordan Fraser;X-NUM-GUESTS=0:mailto:jordan.fraser@atlaslearning.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=priya.raman.ux@outlook.com;X-NUM-GUESTS=0:mailto:priya.raman.ux@outloo
 k.com
CREATED:20251006T224511Z
DESCRIPTION:Day 2 starts an hour later — readout of your plan to the produ
 ct team at 1 pm PT.\\n\\nhttps://meet.google.com/rxa-bfkq-dmu
LAST-MODIFIED:20251008T153002Z
LOCATION:
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Atlas Learning – paid work trial (Priya) – day 2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("rippling-interview", iv(
    "rippling-ats-interview-64f1c2a9e8b7d3015a2c@rippling.com", "Wavelength Audio", "Senior UX Researcher",
    "", "tariq.hussain@wavelengthaudio.com;bea.santos@wavelengthaudio.com",
    "rippling-ats-pacific-time-two-interviewers"), """BEGIN:VCALENDAR
PRODID:-//Rippling//Rippling Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:rippling-ats-interview-64f1c2a9e8b7d3015a2c@rippling.com
DTSTAMP:20251119T012233Z
DTSTART:20251125T190000Z
DTEND:20251125T200000Z
SUMMARY:Wavelength Audio Interview: Senior UX Researcher
DESCRIPTION:Hi Priya\\,\\n\\nYou'll meet Tariq Hussain (Head of Product) and B
 ea Santos (Design Lead). Both are in Vancouver — 11 am PT / 2 pm ET.\\n\\nZ
 oom: https://wavelengthaudio.zoom.us/j/88326017452\\n\\nSent via Rippling Recr
 uiting
LOCATION:Zoom
ORGANIZER;CN=Wavelength Audio Recruiting:mailto:jobs@wavelengthaudio.com
ATTENDEE;CN=Tariq Hussain;PARTSTAT=ACCEPTED:mailto:tariq.hussain@wavelengthaudio.com
ATTENDEE;CN=Bea Santos;PARTSTAT=ACCEPTED:mailto:bea.santos@wavelengthaudio.com
ATTENDEE;CN=Priya Raman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("jobvite-phone", iv(
    "jv-evt-oQx81bZ2fRt@jobvite.com", "Polaris Robotics", "UX Research Manager", "recruiter_screen",
    "meghan.doyle@polarisrobotics.com", "jobvite-phone-interview-recruiter"), """BEGIN:VCALENDAR
PRODID:-//Jobvite//Jobvite Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:jv-evt-oQx81bZ2fRt@jobvite.com
DTSTAMP:20251021T155009Z
DTSTART:20251024T170000Z
DTEND:20251024T173000Z
SUMMARY:Phone Interview - UX Research Manager - Polaris Robotics
DESCRIPTION:Candidate: Priya Raman\\nInterviewer: Meghan Doyle\\, Recruiter\\n
 Phone: Meghan will call 647-555-0147\\n\\nThis event was created by Jobvite.
LOCATION:Phone
ORGANIZER;CN=Meghan Doyle:mailto:meghan.doyle@polarisrobotics.com
ATTENDEE;CN=Priya Raman;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("bamboohr-interview", iv(
    "bamboohr-ats-interview-31877@juniperdental.bamboohr.com", "Juniper Dental Network",
    "UX Research Lead, Patient Apps", "hiring_manager", "claire.dubois@juniperdental.ca",
    "bamboohr-interview-hiring-manager-lf"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BambooHR//Applicant Tracking//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:bamboohr-ats-interview-31877@juniperdental.bamboohr.com
DTSTAMP:20251120T172245Z
DTSTART:20251127T200000Z
DTEND:20251127T204500Z
SUMMARY:Interview with Juniper Dental Network
DESCRIPTION:Job: UX Research Lead\\, Patient Apps\\nInterviewer: Claire Dubois
  (Director\\, Digital Products — the hiring manager)\\nWhere: Google Meet ht
 tps://meet.google.com/ocm-vwep-qsj\\n
ORGANIZER;CN=Claire Dubois:mailto:claire.dubois@juniperdental.ca
ATTENDEE;CN=Claire Dubois;PARTSTAT=ACCEPTED:mailto:claire.dubois@juniperdental.ca
ATTENDEE;CN=Priya Raman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", eol="\n")

add("recruitee-montreal", iv(
    "recruitee-event-5521094@quilllegal.recruitee.com", "Quill Legal", "UX Research Lead", "onsite",
    "alexandre.pelletier@quilllegal.com;sarah.kim@quilllegal.com;olu.adebayo@quilllegal.com",
    "recruitee-montreal-english-panel-in-office"), """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Interviews//EN
METHOD:REQUEST
@@VTZ America/Montreal@@
BEGIN:VEVENT
UID:recruitee-event-5521094@quilllegal.recruitee.com
DTSTAMP:20251201T143000Z
DTSTART;TZID=America/Montreal:20251209T100000
DTEND;TZID=America/Montreal:20251209T123000
SUMMARY:Panel interview – UX Research Lead – Quill Legal
DESCRIPTION:Hi Priya\\, looking forward to having you at the office! You'll 
 meet Alexandre Pelletier (CPO)\\, Sarah Kim (Design Manager) and Olu Adebay
 o (Engineering Lead) back to back\\, then lunch.\\n\\n— Quill Legal People T
 eam (sent with Recruitee)
LOCATION:Quill Legal\\, 5455 av. de Gaspé\\, suite 900\\, Montréal
ORGANIZER;CN=Quill Legal People:mailto:people@quilllegal.com
ATTENDEE;CN=Alexandre Pelletier:mailto:alexandre.pelletier@quilllegal.com
ATTENDEE;CN=Sarah Kim:mailto:sarah.kim@quilllegal.com
ATTENDEE;CN=Olu Adebayo:mailto:olu.adebayo@quilllegal.com
ATTENDEE;CN=Priya Raman;RSVP=TRUE:mailto:priya.raman.ux@outlook.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")
