# ruff: noqa: E501, W291, W293, RUF100
"""holdout263 interviews, part 1: Darnell Hughes as the candidate (carriers, grocery fleet, fuel, internal)."""

from holdout263ev_zones import TZ_CHI, TZ_EST_LABEL, TZ_EST_WIN, TZ_NY, TZ_WEU_WIN

FORMS = {
    "Southern Crescent Logistics": "Southern Crescent|SCL|Southern Crescent Logistics LLC",
    "Magnolia Fresh Distribution": "Magnolia Fresh|Magnolia Fresh Distribution Inc|MFD",
    "Redline Fuel Transport": "Redline Fuel|Redline|RFT",
    "Peachline Freight": "Peachline|Peachline Freight Inc|PLF",
    "Atlas Terminal Group": "Atlas Terminal|Atlas|ATG",
    "Ironhorse Dedicated": "Ironhorse|Ironhorse Dedicated LLC",
    "Lone Oak Transport": "Lone Oak|Lone Oak Transport Inc",
    "Meridian Freightways": "Meridian|Meridian Freightways Inc",
    "Summit Cold Chain": "Summit|Summit Cold Chain LLC|SCC",
    "Cardinal Petroleum Distributors": "Cardinal Petroleum|Cardinal|CPD",
    "Tri-State Tanker Lines": "Tri-State Tanker|Tri-State|TSTL",
    "Harbor City Drayage": "Harbor City|HCD|Harbor City Drayage Co",
    "Hollins Brothers Trucking": "Hollins Brothers|Hollins Bros|Hollins Bros Trucking",
    "Kessler Logistics": "Kessler|Kessler Logistics USA|Kessler Logistik",
}

EVENTS = [
    # ---------------------------------------------------------------- Southern Crescent Logistics, 3 rounds
    dict(
        kind="tenstreet-invite",
        uid="tsi-8841207-scl-phone@tenstreet-mail.example.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Tenstreet//Recruiting Scheduler 4.2//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tsi-8841207-scl-phone@tenstreet-mail.example.com
DTSTAMP:20260908T141502Z
DTSTART:20260910T153000Z
DTEND:20260910T160000Z
SUMMARY:Phone Interview - Southern Crescent Logistics - CDL-A Dedicated Driver (Home Daily)
ORGANIZER;CN=Keisha Rowland:mailto:krowland@southerncrescentlogistics.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Phone - Keisha will call you at (404) 555-0187
DESCRIPTION:Hi Darnell\,\n\nThank you for completing your application with So
 uthern Crescent Logistics through Tenstreet. Keisha Rowland\, Driver Recruite
 r\, will call you for a 30 minute phone interview about our Dedicated Home D
 aily account out of McDonough\, GA.\n\nPlease have ready: CDL-A\, current 
 DOT medical card\, 10-year employment history and any accident/violation det
 ails from the last 3 years.\n\nApplicant ID: 8841207\n\nThis message was se
 nt on behalf of Southern Crescent Logistics by Tenstreet.
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Southern Crescent Logistics",
        role="CDL-A Dedicated Driver (Home Daily)",
        stage="recruiter_screen",
        interviewers="krowland@southerncrescentlogistics.com",
        trap="tenstreet-utc-phone-screen",
        hiring=False,
    ),
    dict(
        kind="outlook-road-test",
        uid="040000008200E00074C5B7101A82E00800000000F0A3C1B2D24FDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Pruitt, Ray";SENT-BY="mailto:recruiting@southerncrescentlogistics.com":mailto:rpruitt@southerncrescentlogistics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.hughes.cdl@yahoo.com:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rowland, Keisha":mailto:krowland@southerncrescentlogistics.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=MCD Yard Tractor 212:mailto:mcd-tractor212@southerncrescentlogistics.com
DESCRIPTION;LANGUAGE=en-US:Darnell\,\n\nYou are scheduled for your road test 
 and yard skills evaluation at our McDonough terminal (1450 Bethany Industrial
  Pkwy\, McDonough GA 30253). Ray Pruitt (Terminal Safety & Training) will co
 nduct the pre-trip inspection check\, straight-line backing\, 90-degree alle
 y dock and a 25-minute road course incl. I-75.\n\nBring: CDL\, med card\, l
 ong-sleeve PPE vest is provided.\nDrug screen collection follows at 11:30.
 \n\nThanks\,\nSCL Recruiting\n
UID:040000008200E00074C5B7101A82E00800000000F0A3C1B2D24FDC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
SUMMARY;LANGUAGE=en-US:Road Test / Yard Skills - D. Hughes - Dedicated Home Daily
DTSTART;TZID=Eastern Standard Time:20260916T083000
DTEND;TZID=Eastern Standard Time:20260916T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260911T181244Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:SCL McDonough Terminal - Driver Lounge
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Southern Crescent Logistics",
        role="Dedicated Home Daily",
        stage="technical",
        interviewers="rpruitt@southerncrescentlogistics.com",
        trap="outlook-road-test-resource-attendee-sent-by",
        hiring=False,
    ),
    dict(
        kind="ios-all-day-orientation",
        uid="5E0C7A2F-91B3-4D0E-8A57-2C1F6B3D9E44",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260917T012233Z
DTEND;VALUE=DATE:20260925
DTSTAMP:20260917T012241Z
DTSTART;VALUE=DATE:20260922
LAST-MODIFIED:20260917T012241Z
LOCATION:SCL McDonough
SEQUENCE:0
SUMMARY:SCL orientation days 1-3 (still hiring process!! final sign off thurs)
DESCRIPTION:bring cdl\, med card\, 2 forms ID\, voided check. 7am sharp. they do MVR/PSP again + final road obs w/ trainer. paid $150/day
TRANSP:TRANSPARENT
UID:5E0C7A2F-91B3-4D0E-8A57-2C1F6B3D9E44
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT12H
UID:9A0F1C54-3E2B-4B8A-9F1E-77D0C2A61B08
X-WR-ALARMUID:9A0F1C54-3E2B-4B8A-9F1E-77D0C2A61B08
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Southern Crescent Logistics",
        role="",
        stage="onsite",
        interviewers="",
        trap="all-day-orientation-part-of-hiring-abbreviated",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Magnolia Fresh Distribution, 3 rounds
    dict(
        kind="driverreach-invite",
        uid="dr-int-55102-mfd@driverreach-notify.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DriverReach//Interview Scheduler//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
""" + TZ_NY + r"""BEGIN:VEVENT
UID:dr-int-55102-mfd@driverreach-notify.example.com
DTSTAMP:20260929T130011Z
DTSTART;TZID=America/New_York:20261001T100000
DTEND;TZID=America/New_York:20261001T103000
SUMMARY:Interview: Class A Delivery Driver - Magnolia Fresh Distribution (Forest Park DC)
ORGANIZER;CN="Magnolia Fresh Distribution via DriverReach":mailto:no-reply@driverreach-notify.example.com
ATTENDEE;CN=Lorna McClain;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:lmcclain@magnoliafreshdist.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Phone call - (470) 555-0133
DESCRIPTION:Your interview has been scheduled!\n\nPosition: Class A Delive
 ry Driver - Grocery (Local\, home nightly)\nLocation: Forest Park DC\nInte
 rviewer: Lorna McClain\, Driver Recruiting Lead\n\nDuring this call we wil
 l review your application\, your MVR and PSP authorizations and the next st
 eps (road test\, DOT physical\, drug screen).\n\nNeed to reschedule? Use t
 he link in your DriverReach applicant portal.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Magnolia Fresh Distribution",
        role="Class A Delivery Driver - Grocery",
        stage="recruiter_screen",
        interviewers="lmcclain@magnoliafreshdist.com",
        trap="driverreach-organizer-is-platform",
        hiring=False,
    ),
    dict(
        kind="teams-invite",
        uid="040000008200E00074C5B7101A82E0080000000060B8D5A9F453DD01000000000000000010000000C2E39A7F1B6D4C0E8F21D3A5B7C90E11",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_EST_LABEL + r"""BEGIN:VEVENT
ORGANIZER;CN="Okafor, Daniel":mailto:daniel.okafor@magnoliafreshdist.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Hughes:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="McClain, Lorna":mailto:lmcclain@magnoliafreshdist.com
DESCRIPTION;LANGUAGE=en-US:Hi Darnell - Lorna passed your file along. I'd lik
 e to talk through the night grocery routes (Forest Park DC to stores in Clay
 ton/Henry/Fayette\, 10-12 stops\, hand-truck unload)\, our safety program 
 and what you'd expect on pay.\n\nDaniel Okafor\nTransportation Manager\n\n_
 _______________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room devic
 e\nClick here to join the meeting<https://teams.microsoft.example.com/l/mee
 tup-join/19%3ameeting_MzQ1Njc4OTAtYWJj%40thread.v2/0>\nMeeting ID: 245 118
  903 377\nPasscode: pF7xQ2\nOr call in (audio only)\n+1 470-555-0100\,\,61
 8204113#   United States\, Atlanta\nPhone Conference ID: 618 204 113#\n___
 _____________________________________________________________________________
 \n
UID:040000008200E00074C5B7101A82E0080000000060B8D5A9F453DD01000000000000000010000000C2E39A7F1B6D4C0E8F21D3A5B7C90E11
SUMMARY;LANGUAGE=en-US:Darnell Hughes / Daniel Okafor - Night Route Driver conversation
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261007T140000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261007T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261002T160507Z
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
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"OnlineMeetingProvider":3}
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting"\,"LocationAnnotation":""\,"LocationUri":""\,"LocationStreet":""\,"LocationCity":""\,"LocationState":""\,"LocationCountry":""\,"LocationPostalCode":""\,"LocationFullAddress":""}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Magnolia Fresh Distribution",
        role="Night Route Driver",
        stage="hiring_manager",
        interviewers="daniel.okafor@magnoliafreshdist.com",
        trap="teams-conversation-no-interview-word-utc-label-zone",
        hiring=False,
    ),
    dict(
        kind="google-rescheduled",
        uid="7q1v0k3m9d2s5h8r4c6t0b2n1p@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261016T113000Z
DTEND:20261016T133000Z
DTSTAMP:20261013T192204Z
ORGANIZER;CN=Lorna McClain:mailto:lmcclain@magnoliafreshdist.com
UID:7q1v0k3m9d2s5h8r4c6t0b2n1p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lorna McClain;X-NUM-GUESTS=0:mailto:lmcclain@magnoliafreshdist.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=darnell.hughes.cdl@yahoo.com;X-NUM-GUESTS=0:mailto:darnell.hughes.c
 dl@yahoo.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Walt Brannon;X-NUM-GUESTS=0:mailto:wbrannon@magnoliafreshdist.com
X-MICROSOFT-CDO-OWNERAPPTID:-1094224131
CREATED:20261009T150045Z
DESCRIPTION:MOVED from Wed to Fri 7:30am - tractor was down for PM.\n\nRoad
  test with Walt Brannon (Driver Trainer)\, Forest Park DC gate 3. Reefer tr
 ailer\, pre-trip + alley dock + 20 min street route with a store delivery s
 imulation.\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~::~:~::-\nPlease do not edit this section of the description.\n
 \nView your event at https://calendar.google.com/calendar/event?action=VIEW
 &eid=N3ExdjBrM205ZDJzNWg4cjRjNnQwYjJuMXA&tok=MjYjbG1jY2xhaW4&ctz=America%2F
 New_York&hl=en&es=1\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20261013T192204Z
LOCATION:Magnolia Fresh Distribution\, 5100 Frontage Rd\, Forest Park\, GA 
 30297\, USA
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Updated invitation: Road test - Darnell Hughes (CDL-A Grocery) @ Fri Oct 16\, 2026 7:30am - 9:30am (EDT)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Magnolia Fresh Distribution",
        role="CDL-A Grocery",
        stage="technical",
        interviewers="wbrannon@magnoliafreshdist.com",
        trap="rescheduled-sequence-2-google-road-test",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Redline Fuel Transport (hazmat), 3 rounds
    dict(
        kind="google-invite",
        uid="3fa2c9d0e1b84f77a6c52e19d0b7@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261006T190000Z
DTEND:20261006T193000Z
DTSTAMP:20261005T133512Z
ORGANIZER;CN=Tasha Greer:mailto:tgreer@redlinefuel.net
UID:3fa2c9d0e1b84f77a6c52e19d0b7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Tasha Greer;X-NUM-GUESTS=0:mailto:tgreer@redlinefuel.net
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Darnell Hughes;X-NUM-GUESTS=0:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION:Fuel Transport Driver (Tanker/Hazmat) - Doraville terminal\n\nQ
 uick call so I can get you in front of our terminal manager. You mentioned 
 you are getting the H and N endorsements - bring me up to date on that.\n\n
 Tasha Greer | Driver Recruiter | Redline Fuel Transport\n\nJoining by phone
 : (770) 555-0162\n\nInvitation from Google Calendar: https://calendar.googl
 e.com/calendar/\n\nYou are receiving this email because you are an attende
 e on the event. To stop receiving future updates for this event\, decline 
 this event.\n\nForwarding this invitation could allow any recipient to send
  a response to the organizer\, be added to the guest list\, invite others r
 egardless of their own invitation status\, or modify your RSVP. Learn more h
 ttps://support.google.com/calendar/answer/37135#forwarding
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Darnell Hughes <> Redline Fuel - intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Redline Fuel Transport",
        role="Fuel Transport Driver (Tanker/Hazmat)",
        stage="recruiter_screen",
        interviewers="tgreer@redlinefuel.net",
        trap="google-intro-call-hazmat",
        hiring=False,
    ),
    dict(
        kind="thunderbird-trial-shift",
        uid="b6f3a2d1-4c0e-4f8a-9e7d-1a2b3c4d5e6f",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
""" + TZ_NY + r"""BEGIN:VEVENT
CREATED:20261014T023311Z
LAST-MODIFIED:20261014T023520Z
DTSTAMP:20261014T023520Z
UID:b6f3a2d1-4c0e-4f8a-9e7d-1a2b3c4d5e6f
SUMMARY:Redline - ride along w/ Curtis Lane (tanker) = their "working interview"
DTSTART;TZID=America/New_York:20261020T040000
DTEND;TZID=America/New_York:20261020T120000
LOCATION:Redline Fuel Doraville rack\, 3100 McClave Dr (gate B)
DESCRIPTION:Curtis is lead driver\, he writes it up for the TM. steel toes\
 , FR shirt (they give it)\, no phone at the rack. 2 loads to QT stores if al
 l goes ok. unpaid.
CATEGORIES:Job hunt
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Redline Fuel Transport",
        role="",
        stage="onsite",
        interviewers="Curtis Lane",
        trap="working-interview-ride-along-hand-typed",
        hiring=False,
    ),
    dict(
        kind="zoom-final",
        uid="zm-86733019455-20261028@zoom.example.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261022T174900Z
DTSTART:20261028T133000Z
DTEND:20261028T141500Z
SUMMARY:Final interview - Darnell Hughes - Redline Fuel Transport
UID:zm-86733019455-20261028@zoom.example.us
TZID:America/New_York
DESCRIPTION:Hi Darnell\,\n\nMarcus Thigpen (Terminal Manager) and Angela Fu
 entes (Safety Director) would like to meet with you for a final interview f
 or the Fuel Transport Driver position. We will cover hours of service on a
  split-shift schedule\, your hazmat endorsement status and start date.\n\n
 Tasha Greer is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meet
 ing\nhttps://redlinefuel.zoom.example.us/j/86733019455?pwd=Rk5hY3d1eXlLa2
 \n\nMeeting ID: 867 3301 9455\nPasscode: 442817\n\n---\n\nOne tap mobile\n
 +13092053325\,\,86733019455#\,\,\,\,*442817# US\n
LOCATION:https://redlinefuel.zoom.example.us/j/86733019455?pwd=Rk5hY3d1eXlLa2
ORGANIZER;CN=Tasha Greer:mailto:tgreer@redlinefuel.net
ATTENDEE;CN=Marcus Thigpen;RSVP=TRUE:mailto:mthigpen@redlinefuel.net
ATTENDEE;CN=Angela Fuentes;RSVP=TRUE:mailto:afuentes@redlinefuel.net
ATTENDEE;CN=darnell.hughes.cdl@yahoo.com;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Redline Fuel Transport",
        role="Fuel Transport Driver",
        stage="final",
        interviewers="mthigpen@redlinefuel.net;afuentes@redlinefuel.net",
        trap="zoom-final-coordinator-is-organizer",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Peachline Freight internal applications
    dict(
        kind="workday-internal",
        uid="WD-INT-R10482-000391@peachlinefreight.myworkday.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-R10482-000391@peachlinefreight.myworkday.example.com
DTSTAMP:20260921T120455Z
DTSTART:20260924T180000Z
DTEND:20260924T184500Z
SUMMARY:Interview: R-10482 Terminal Manager Trainee Program (Internal Candidate) - Darnell Hughes
ORGANIZER;CN=Peachline Freight Talent Acquisition:mailto:peachline@myworkday.example.com
ATTENDEE;CN=Gloria Adebayo;ROLE=REQ-PARTICIPANT:mailto:gadebayo@peachlinefreight.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dhughes@peachlinefreight.com
LOCATION:Forest Park HQ - HR Conference Room B / or Teams
DESCRIPTION:Candidate: Darnell Hughes (Internal - Employee ID 40771)\nJob 
 Requisition: R-10482 Terminal Manager Trainee Program\nInterview Type: Talen
 t Acquisition Screen\nInterviewer(s): Gloria Adebayo\, Sr. Talent Acquisitio
 n Partner\n\nAs an internal candidate\, please let your supervisor know you 
 have applied per policy HR-214. This meeting is confidential.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Peachline Freight",
        role="Terminal Manager Trainee Program",
        stage="recruiter_screen",
        interviewers="gadebayo@peachlinefreight.com",
        trap="internal-application-own-employer-work-address",
        hiring=False,
    ),
    dict(
        kind="outlook-panel-room",
        uid="040000008200E00074C5B7101A82E00800000000D04E1F77E85CDD01000000000000000010000000F1E2D3C4B5A697887766554433221100",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Adebayo, Gloria":mailto:gadebayo@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes, Darnell":mailto:dhughes@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Whitfield, Bernard":mailto:bwhitfield@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nakamura, Joyce":mailto:jnakamura@peachlinefreight.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Castillo, Ruben":mailto:rcastillo@peachlinefreight.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="FP-HQ 2nd Fl Boardroom (12)":mailto:fphq-boardroom@peachlinefreight.com
DESCRIPTION;LANGUAGE=en-US:Panel for the Terminal Manager Trainee Program (R
 -10482). Panel: Bernard Whitfield (VP Operations)\, Joyce Nakamura (Regiona
 l Director - Southeast)\, Ruben Castillo (Terminal Manager\, Savannah).\n\nD
 arnell - plan 15 minutes for a short presentation: "How I would reduce new
 -driver turnover in the first 90 days at a terminal". Remaining time is beh
 avioral questions.\n\nGloria\n
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Panel for the <b>Terminal Manager Trainee Program</b> (R-10482).</p><p>Panel: Bernard Whitfield (VP Operations)\, Joyce Nakamura (Regional Director - Southeast)\, Ruben Castillo (Terminal Manager\, Savannah).</p><p>Darnell - plan 15 minutes for a short presentation.</p></body></html>
UID:040000008200E00074C5B7101A82E00800000000D04E1F77E85CDD01000000000000000010000000F1E2D3C4B5A697887766554433221100
SUMMARY;LANGUAGE=en-US:TMT Program - Panel - Hughes
DTSTART;TZID=Eastern Standard Time:20261013T090000
DTEND;TZID=Eastern Standard Time:20261013T103000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261001T211500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:FP-HQ 2nd Fl Boardroom (12)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Peachline Freight",
        role="Terminal Manager Trainee Program",
        stage="onsite",
        interviewers="bwhitfield@peachlinefreight.com;jnakamura@peachlinefreight.com;rcastillo@peachlinefreight.com",
        trap="outlook-windows-zone-no-vtimezone-internal-panel-room",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="C3D1E8A0-7B44-4E0C-B1C5-0F9A2D6E3B71",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20261103T224015Z
DTSTAMP:20261103T224019Z
DTSTART:20261105T163000
DTEND:20261105T171500
LAST-MODIFIED:20261103T224019Z
LOCATION:FP terminal dispatch office
SEQUENCE:0
SUMMARY:night dispatch intvw w/ Linda Carver (internal posting)
DESCRIPTION:dont tell Terry yet. she said bring load board examples
TRANSP:OPAQUE
UID:C3D1E8A0-7B44-4E0C-B1C5-0F9A2D6E3B71
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Peachline Freight",
        role="Night Dispatcher",
        stage="hiring_manager",
        interviewers="Linda Carver",
        trap="floating-time-internal-abbrev-intvw",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Atlas Terminal Group, 2 rounds
    dict(
        kind="successfactors-assessment",
        uid="SF-INTV-7730019-ATG@successfactors.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Central//EN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:SF-INTV-7730019-ATG@successfactors.example.com
DTSTAMP:20261016T090302Z
DTSTART;TZID=America/New_York:20261029T080000
DTEND;TZID=America/New_York:20261029T160000
SUMMARY:Assessment Center - Terminal Operations Manager Trainee - Atlas Terminal Group
ORGANIZER;CN=Atlas Terminal Group Careers:mailto:careers-noreply@atlasterminalgroup.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;CN=Priscilla Vaughn;ROLE=REQ-PARTICIPANT:mailto:pvaughn@atlasterminalgroup.com
ATTENDEE;CN=Hector Ibarra;ROLE=REQ-PARTICIPANT:mailto:hibarra@atlasterminalgroup.com
LOCATION:Atlas Terminal Group - Fairburn Cross-Dock\, 7800 Oakley Industrial Blvd\, Fairburn GA
DESCRIPTION:Dear Darnell Hughes\,\n\nCongratulations - you have been select
 ed for the Assessment Center for our 2027 Terminal Operations Manager Traine
 e cohort.\n\nAgenda\n08:00 Welcome & safety briefing\n08:30 Dock scheduling
  in-basket exercise\n10:00 Group exercise: peak-season linehaul plan\n12:00
  Lunch with current trainees\n13:00 One-on-one interviews (Priscilla Vaugh
 n\, Regional HR\; Hector Ibarra\, Director of Terminal Ops)\n15:00 Cross-do
 ck walk\n\nBusiness casual\, closed-toe shoes.\n\nRequisition 7730019
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Atlas Terminal Group",
        role="Terminal Operations Manager Trainee",
        stage="onsite",
        interviewers="pvaughn@atlasterminalgroup.com;hibarra@atlasterminalgroup.com",
        trap="assessment-center-full-day-trainee-cohort",
        hiring=False,
    ),
    dict(
        kind="webex-final",
        uid="a8d77f3c0e6a4b2d9c11e5f0b3a7d921@webex.example.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:a8d77f3c0e6a4b2d9c11e5f0b3a7d921@webex.example.com
DTSTAMP:20261105T150022Z
DTSTART;TZID=America/New_York:20261112T110000
DTEND;TZID=America/New_York:20261112T115000
SUMMARY:Atlas TOMT - Final conversation with SVP Operations
ORGANIZER;CN=Priscilla Vaughn:mailto:pvaughn@atlasterminalgroup.com
ATTENDEE;CN=Gordon Feld;ROLE=REQ-PARTICIPANT:mailto:gfeld@atlasterminalgroup.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Webex
DESCRIPTION:Darnell\, Gordon Feld (SVP Operations) will do the last round w
 ith the top candidates from the assessment center. Offers go out the week o
 f 11/23.\n\n-- Do not delete or change any of the following text. --\n\nJo
 in meeting\nhttps://atlasterminalgroup.webex.example.com/meet/gfeld\nMeeti
 ng number (access code): 2631 447 0982\nMeeting password: Tomt2027!\n\nJoi
 n by phone\n+1-415-555-0177 United States Toll\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Atlas Terminal Group",
        role="",
        stage="final",
        interviewers="gfeld@atlasterminalgroup.com",
        trap="webex-acronym-only-company-in-summary",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Ironhorse Dedicated, 2 rounds
    dict(
        kind="greenhouse-invite",
        uid="greenhouse-interview-113388204-ironhorse@greenhouse.example.io",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-113388204-ironhorse@greenhouse.example.io
DTSTAMP:20260930T201100Z
DTSTART:20261008T170000Z
DTEND:20261008T174500Z
SUMMARY:Interview with Ironhorse Dedicated - Driver Trainer (Southeast)
ORGANIZER;CN=Brianna Costa:mailto:brianna.costa@ironhorsededicated.com
ATTENDEE;CN=Darnell Hughes;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;CN=Wendell Marsh;PARTSTAT=ACCEPTED:mailto:wendell.marsh@ironhorsededicated.com
LOCATION:Google Meet - meet.google.com/ihd-trnr-zqe
DESCRIPTION:Hi Darnell\,\n\nYou're confirmed for your interview for Driver T
 rainer (Southeast) at Ironhorse Dedicated.\n\nWhen: Thursday\, October 8\, 
 2026 1:00 PM - 1:45 PM EDT\nWho: Wendell Marsh - Director of Driver Develo
 pment\nWhere: Google Meet - meet.google.com/ihd-trnr-zqe\n\nBrianna Costa 
 | Recruiting Coordinator\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ironhorse Dedicated",
        role="Driver Trainer (Southeast)",
        stage="hiring_manager",
        interviewers="wendell.marsh@ironhorsededicated.com",
        trap="greenhouse-coordinator-organizer-trainer-role",
        hiring=False,
    ),
    dict(
        kind="greenhouse-technical",
        uid="greenhouse-interview-113388977-ironhorse@greenhouse.example.io",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_CHI + r"""BEGIN:VEVENT
UID:greenhouse-interview-113388977-ironhorse@greenhouse.example.io
DTSTAMP:20261014T151800Z
DTSTART;TZID=America/Chicago:20261021T080000
DTEND;TZID=America/Chicago:20261021T120000
SUMMARY:Ironhorse Dedicated - Trainer Skills Evaluation (Birmingham yard) - Darnell Hughes
ORGANIZER;CN=Brianna Costa:mailto:brianna.costa@ironhorsededicated.com
ATTENDEE;CN=Darnell Hughes;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;CN=Jolene Pruett;PARTSTAT=ACCEPTED:mailto:jolene.pruett@ironhorsededicated.com
ATTENDEE;CN=Sam Okonkwo;PARTSTAT=ACCEPTED:mailto:sam.okonkwo@ironhorsededicated.com
LOCATION:Ironhorse Dedicated\, 2200 Finley Blvd\, Birmingham AL 35234
DESCRIPTION:Trainer candidates teach a 20-minute pre-trip inspection lesson 
 to one of our student drivers\, then ride along and coach a backing drill w
 hile Jolene Pruett (Safety Manager) and Sam Okonkwo (Senior Trainer) score 
 the session. Times are Central.\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ironhorse Dedicated",
        role="",
        stage="technical",
        interviewers="jolene.pruett@ironhorsededicated.com;sam.okonkwo@ironhorsededicated.com",
        trap="candidate-teaches-student-looks-like-trainer-duty",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Lone Oak Transport (dispatcher), 2 rounds
    dict(
        kind="calendly-invite",
        uid="5b0f6a0e-2d7c-4f13-9b89-c1e44d20aa71@calendly.example.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:5b0f6a0e-2d7c-4f13-9b89-c1e44d20aa71@calendly.example.com
DTSTAMP:20260915T002211Z
DTSTART:20260917T143000Z
DTEND:20260917T150000Z
SUMMARY:Dispatcher - First Call between Rhonda Pike and Darnell Hughes
ORGANIZER;CN=Rhonda Pike:mailto:rpike@loneoaktransport.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:(706) 555-0149
DESCRIPTION:Event Name: Dispatcher - First Call\n\nLone Oak Transport is h
 iring a day dispatcher for our 60-truck flatbed fleet in Macon. 30 min phon
 e call with Rhonda Pike (HR & Recruiting).\n\nPlease share anything that wi
 ll help prepare for our meeting.: 17 yrs OTR/regional\, driver trainer\, kn
 ow McLeod & Samsara\n\nNeed to make changes to this event?\nCancel: https:/
 /calendly.example.com/cancellations/5b0f6a0e\nReschedule: https://calendly.
 example.com/reschedulings/5b0f6a0e\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lone Oak Transport",
        role="Dispatcher",
        stage="recruiter_screen",
        interviewers="rpike@loneoaktransport.com",
        trap="calendly-user-is-invitee-first-call",
        hiring=False,
    ),
    dict(
        kind="google-export",
        uid="0d2qk7o1g1lm8tq3b1v2abc7uh@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:darnell.hughes.cdl@yahoo.com
X-WR-TIMEZONE:America/New_York
""" + TZ_NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260924T130000
DTEND;TZID=America/New_York:20260924T150000
DTSTAMP:20261120T031544Z
UID:0d2qk7o1g1lm8tq3b1v2abc7uh@google.com
CREATED:20260918T020311Z
DESCRIPTION:Lone Oak round 2 - dispatch test on their TMS (McLeod)\, build 
 loads for 8 trucks\, HOS check\, then talk w/ ops mgr Dale Simmons. Macon o
 ffice\, 1.5 hr drive\, leave 11.
LAST-MODIFIED:20260918T020311Z
LOCATION:Lone Oak Transport\, 410 Guy Paine Rd\, Macon GA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lone Oak dispatch test + Dale
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Lone Oak Transport",
        role="",
        stage="technical",
        interviewers="Dale Simmons",
        trap="google-export-terse-dispatch-test",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Meridian Freightways
    dict(
        kind="successfactors-onsite",
        uid="SF-INTV-4410928-MRDN@successfactors.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Central//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-4410928-MRDN@successfactors.example.com
DTSTAMP:20261102T140000Z
DTSTART:20261109T123000Z
DTEND:20261109T150000Z
SUMMARY:Meridian Freightways: Onsite Interview & Road Test - P&D Driver (LTL) - Atlanta South Service Center
ORGANIZER;CN=Meridian Freightways Recruiting:mailto:recruiting@meridianfreightways.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;CN=Kirk Odom;ROLE=REQ-PARTICIPANT:mailto:kodom@meridianfreightways.com
ATTENDEE;CN=Travis Beal;ROLE=REQ-PARTICIPANT:mailto:tbeal@meridianfreightways.com
LOCATION:Atlanta South Service Center\, 250 Hwy 138 W\, Jonesboro GA
DESCRIPTION:07:30 Interview with Kirk Odom\, Service Center Manager\n08:15 
 Road test with Travis Beal\, Driver Trainer (pup trailers / doubles if endo
 rsed)\n09:30 Dock walk\n\nPlease bring your CDL\, medical card and a list o
 f employers for the past 10 years.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Meridian Freightways",
        role="P&D Driver (LTL)",
        stage="onsite",
        interviewers="kodom@meridianfreightways.com;tbeal@meridianfreightways.com",
        trap="ltl-onsite-interview-plus-road-test",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Summit Cold Chain, 2 rounds
    dict(
        kind="lever-invite",
        uid="lever-interview-0b7e1c44-summitcc@lever.example.co",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0b7e1c44-summitcc@lever.example.co
DTSTAMP:20261019T161000Z
DTSTART:20261022T150000Z
DTEND:20261022T152000Z
SUMMARY:Summit Cold Chain | Phone Screen | Darnell Hughes
ORGANIZER;CN=Summit Cold Chain Talent:mailto:talent@summitcoldchain.com
ATTENDEE;CN=Jasmine Ortega;ROLE=REQ-PARTICIPANT:mailto:jasmine.ortega@summitcoldchain.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Jasmine will call (404) 555-0187
DESCRIPTION:Role: Dedicated Reefer Driver - Atlanta to Jacksonville (home 
 every other night)\nInterviewer: Jasmine Ortega\, Talent Partner\n\nScheduled
  via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Summit Cold Chain",
        role="Dedicated Reefer Driver",
        stage="recruiter_screen",
        interviewers="jasmine.ortega@summitcoldchain.com",
        trap="lever-pipe-summary-utc",
        hiring=False,
    ),
    dict(
        kind="lever-hiring-manager",
        uid="lever-interview-5a90d3f2-summitcc@lever.example.co",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:lever-interview-5a90d3f2-summitcc@lever.example.co
DTSTAMP:20261026T161000Z
DTSTART;TZID=America/New_York:20261030T093000
DTEND;TZID=America/New_York:20261030T101500
SUMMARY:Summit Cold Chain | Fleet Manager Interview | Darnell Hughes
ORGANIZER;CN=Summit Cold Chain Talent:mailto:talent@summitcoldchain.com
ATTENDEE;CN=Owen Delacroix;ROLE=REQ-PARTICIPANT:mailto:owen.delacroix@summitcoldchain.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Summit Cold Chain Atlanta\, 4400 Fulton Industrial Blvd SW\, Atlanta GA 30336
DESCRIPTION:Role: Dedicated Reefer Driver\nInterviewer: Owen Delacroix\, Flee
 t Manager\nPlease arrive 10 min early and check in with security (TWIC not
  required).\n\nScheduled via Lever
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Summit Cold Chain",
        role="Dedicated Reefer Driver",
        stage="hiring_manager",
        interviewers="owen.delacroix@summitcoldchain.com",
        trap="lever-fleet-manager-round",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Cardinal Petroleum Distributors
    dict(
        kind="bookings-invite",
        uid="2f6c1b3a-98d4-4e0a-bb7e-cardinal-bookings-0412",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Cardinal Petroleum Driver Hiring:mailto:DriverHiring@cardinalpetroleum.onmicrosoft.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Hughes:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Transport 
 Driver Interview (Hazmat Tanker)\nStaff: Derrick Vance\nDuration: 45 minute
 s\n\nCustomer: Darnell Hughes\nPhone: (404) 555-0187\n\nAnswers: Do you hold
  an H or X endorsement? - Tank (N) now\, Hazmat test scheduled\n\nCardinal 
 Petroleum Distributors\, 900 Peachtree Industrial Blvd\, Suwanee GA\n\nManag
 e booking: https://outlook.office365.example.com/owa/calendar/CardinalPetro
 leumDriverHiring@cardinalpetroleum.onmicrosoft.example.com/bookings/\n
UID:2f6c1b3a-98d4-4e0a-bb7e-cardinal-bookings-0412
SUMMARY;LANGUAGE=en-US:Transport Driver Interview (Hazmat Tanker) for Darnell Hughes
DTSTART;TZID=Eastern Standard Time:20261104T100000
DTEND;TZID=Eastern Standard Time:20261104T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261030T133012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Cardinal Petroleum Distributors\, 900 Peachtree Industrial Blvd\, Suwanee GA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Cardinal Petroleum Distributors",
        role="Transport Driver (Hazmat Tanker)",
        stage="",
        interviewers="Derrick Vance",
        trap="bookings-staff-name-no-address-windows-zone-no-vtimezone",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Tri-State Tanker Lines (cancelled)
    dict(
        kind="outlook-cancel",
        uid="040000008200E00074C5B7101A82E008000000007A91C3E2F15ADD01000000000000000010000000AB12CD34EF56789012345678ABCDEF01",
        ics=r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Haskins, Lyle":mailto:lhaskins@tristatetanker.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=darnell.hughes.cdl@yahoo.com:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Darnell\, I have to cancel Tuesday's tank road te
 st - our Augusta evaluator is out. I'll send a new time once we have cover
 age. Sorry for the short notice.\n\nLyle Haskins\nSafety & Recruiting\, Tr
 i-State Tanker Lines\n
UID:040000008200E00074C5B7101A82E008000000007A91C3E2F15ADD01000000000000000010000000AB12CD34EF56789012345678ABCDEF01
SUMMARY;LANGUAGE=en-US:Canceled: Tank Road Test - Hughes (Chemical Tanker Driver)
DTSTART;TZID=Eastern Standard Time:20261117T090000
DTEND;TZID=Eastern Standard Time:20261117T120000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20261115T220801Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Tri-State Tanker Augusta Terminal
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Tri-State Tanker Lines",
        role="Chemical Tanker Driver",
        stage="technical",
        interviewers="lhaskins@tristatetanker.com",
        trap="method-cancel-road-test",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Harbor City Drayage, 2 rounds
    dict(
        kind="google-invite",
        uid="6hc8d2rv0k9j1m3n5p7q9s1t3u@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261203T100000
DTEND;TZID=America/New_York:20261203T110000
DTSTAMP:20261125T144500Z
ORGANIZER;CN=Frank Delgado:mailto:frank@harborcitydrayage.com
UID:6hc8d2rv0k9j1m3n5p7q9s1t3u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Frank Delgado;X-NUM-GUESTS=0:mailto:frank@harborcitydrayage.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=darnell.hughes.cdl@yahoo.com;X-NUM-GUESTS=0:mailto:darnell.hughes.c
 dl@yahoo.com
DESCRIPTION:Darnell - good talking Friday. Come see the yard and meet me an
 d my ops guy. We run 40 day cabs out of Garden City to the Savannah port (G
 CT)\, local\, home every night. Must have or be able to get a TWIC.\n\nFrank
  Delgado\, Owner\n\nInvitation from Google Calendar: https://calendar.googl
 e.com/calendar/\n\nYou are receiving this email because you are an attende
 e on the event.
LOCATION:Harbor City Drayage\, 12 Grange Rd\, Garden City\, GA 31408\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meet Frank @ Harbor City - port drayage driver
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harbor City Drayage",
        role="port drayage driver",
        stage="hiring_manager",
        interviewers="frank@harborcitydrayage.com",
        trap="owner-meet-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="ios-trial-day",
        uid="8B2E4F61-0C9D-47A3-A5E2-6D1F0B7C3A98",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.5//EN
CALSCALE:GREGORIAN
""" + TZ_NY + r"""BEGIN:VEVENT
CREATED:20261203T231100Z
DTEND;TZID=America/New_York:20261210T170000
DTSTAMP:20261203T231122Z
DTSTART;TZID=America/New_York:20261210T060000
LAST-MODIFIED:20261203T231122Z
LOCATION:Garden City GA
SEQUENCE:0
SUMMARY:HCD paid trial day (Frank says if it works out he makes offer same day)
DESCRIPTION:run 3-4 turns to GCT w/ Manny. get hotel wed night Pooler. TWIC appt done?
TRANSP:OPAQUE
UID:8B2E4F61-0C9D-47A3-A5E2-6D1F0B7C3A98
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-P1D
UID:71C0F6B2-5D3E-4A9F-8C21-0E4B6A7D9F13
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harbor City Drayage",
        role="",
        stage="onsite",
        interviewers="Manny",
        trap="trial-day-acronym-only",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Hollins Brothers Trucking (owner, free mail)
    dict(
        kind="gmail-owner-invite",
        uid="1hb9q2w3e4r5t6y7u8i9o0pzx@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260926T140000Z
DTEND:20260926T150000Z
DTSTAMP:20260923T011200Z
ORGANIZER;CN=Earl Hollins:mailto:earl.hollins58@gmail.com
UID:1hb9q2w3e4r5t6y7u8i9o0pzx@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Earl Hollins;X-NUM-GUESTS=0:mailto:earl.hollins58@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;X-NUM-GUESTS=0:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION:Saw your post on the Georgia truckers group. Me and my brother 
 run 11 trucks\, local flatbed\, steel and block out of Griffin. Come by the
  shop Saturday and we'll talk about the job and take a spin in the Pete.\n
 \nEarl\n\nInvitation from Google Calendar: https://calendar.google.com/cal
 endar/
LOCATION:Hollins Bros Trucking\, 88 Experiment St\, Griffin GA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Darnell - talk about driving for Hollins Bros
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hollins Brothers Trucking",
        role="local flatbed",
        stage="hiring_manager",
        interviewers="earl.hollins58@gmail.com",
        trap="owner-free-mail-informal-talk",
        hiring=False,
    ),
    # ---------------------------------------------------------------- Kessler Logistics (German parent, German boilerplate)
    dict(
        kind="outlook-german-teams",
        uid="040000008200E00074C5B7101A82E00800000000B3F0C2D1E48EDD0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_WEU_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Brandt, Sabine":mailto:sabine.brandt@kessler-logistik.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.hughes.cdl@yahoo.com:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Mercer, Troy":mailto:troy.mercer@kesslerlogistics-us.com
DESCRIPTION;LANGUAGE=de-DE:Dear Mr. Hughes\,\n\nthank you for your applicat
 ion for the Terminal Supervisor Trainee (Savannah) position at Kessler Logis
 tics USA. Troy Mercer (General Manager Savannah) and I would like to invite 
 you to an interview via Microsoft Teams. The time below is shown in Central 
 European Time - that is 9:00 AM Eastern for you.\n\nBest regards\nSabine B
 randt\nHR Business Partner International Programs\nKessler Logistik GmbH\, 
 Stuttgart\n\n___________________________________________________________
 _____________________\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Comp
 uter\, in der mobilen App oder im Raumgerät teil\nKlicken Sie hier\, um 
 an der Besprechung teilzunehmen<https://teams.microsoft.example.com/l/meetup
 -join/19%3ameeting_OGE1ZDk%40thread.v2/0>\nBesprechungs-ID: 371 552 906 
 118\nKennung: 8sZq3T\n________________________________________________________
 ________________________\n
UID:040000008200E00074C5B7101A82E00800000000B3F0C2D1E48EDD0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Terminal Supervisor Trainee (Savannah) - Hughes
DTSTART;TZID=W. Europe Standard Time:20261119T150000
DTEND;TZID=W. Europe Standard Time:20261119T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261112T081500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Kessler Logistics",
        role="Terminal Supervisor Trainee (Savannah)",
        stage="",
        interviewers="sabine.brandt@kessler-logistik.de;troy.mercer@kesslerlogistics-us.com",
        trap="german-vorstellungsgespraech-w-europe-zone-us-job",
        hiring=False,
    ),
]
