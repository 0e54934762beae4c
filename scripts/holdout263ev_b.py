# ruff: noqa: E501, W291, W293, RUF100
"""holdout263 interviews, part 2: Darnell Hughes as the candidate (local, hazmat, dispatch, agencies, public)."""

from holdout263ev_zones import TZ_CHI, TZ_CST_WIN, TZ_EST_LABEL, TZ_EST_WIN, TZ_NY

FORMS = {
    "Georgia Pine Building Supply": "Georgia Pine|GPBS|Georgia Pine Supply",
    "Chattahoochee Cartage": "Chatt Cartage|Chattahoochee Cartage Co",
    "Sunbelt Foodservice": "Sunbelt|Sunbelt Foodservice Inc",
    "Piedmont Beverage Co.": "Piedmont Beverage|Piedmont Bev|Piedmont Beverage Company",
    "Keystone Carriers": "Keystone|Keystone Carriers Inc",
    "Transportes Del Valle": "Del Valle|Transportes Del Valle LLC",
    "Groupe Lavallée Transport": "Lavallée|Lavallee|Groupe Lavallee|Lavallée Transport",
    "Evergreen Auto Transport": "Evergreen|Evergreen Auto",
    "Crossroads Intermodal": "Crossroads|Crossroads Intermodal LLC",
    "Volunteer Express": "Volunteer Express Inc|VolEx",
    "Gulfstream Produce Haulers": "Gulfstream|Gulfstream Produce",
    "Patriot Waste Services": "Patriot Waste|Patriot",
    "Sterling Fleet Leasing": "Sterling|Sterling Fleet",
    "City of Marlow Springs": "Marlow Springs|Marlow Springs Public Works",
    "Ridgeway Ready Mix": "Ridgeway|Ridgeway Concrete",
    "Palmetto Tank Lines": "Palmetto Tank|Palmetto|PTL",
    "Pinnacle Food Distributors": "Pinnacle Foods|Pinnacle|PFD",
    "Brightway Dairy Co-op": "Brightway Dairy|Brightway|Brightway Dairy Cooperative",
    "Riverbend Foods": "Riverbend|Riverbend Foods Inc",
    "Coastal Reefer": "Coastal Reefer Inc|Coastal",
    "Blue Ridge Dairy Express": "Blue Ridge Dairy|Blue Ridge|BRDX",
    "Tidewater Grocers": "Tidewater|Tidewater Grocers Inc",
    "Dixie Line Haul": "Dixie Linehaul|Dixie|DLH",
    "Apex Bulk Carriers": "Apex Bulk|Apex",
    "Hometown Propane": "Hometown|Hometown Propane Co",
    "Sawgrass Logistics": "Sawgrass|Sawgrass Logistics Inc",
    "Harvest Table Markets": "Harvest Table|HTM",
}

EVENTS = [
    dict(
        kind="thunderbird-invite",
        uid="d41c9e80-3b5f-4c1a-8e2d-gpbs-boomtruck-trial",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
CREATED:20261006T191500Z
LAST-MODIFIED:20261006T191642Z
DTSTAMP:20261006T191642Z
UID:d41c9e80-3b5f-4c1a-8e2d-gpbs-boomtruck-trial
SUMMARY:Trial day - boom truck delivery driver
ORGANIZER;CN=Wayne Tolbert:mailto:wayne.tolbert@georgiapinesupply.com
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Darnell Hughes:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;PARTSTAT=ACCEPTED;ROLE=CHAIR;CN=Wayne Tolbert:mailto:wayne.tolbert@georgiapinesupply.com
DTSTART;TZID=America/New_York:20261012T063000
DTEND;TZID=America/New_York:20261012T150000
LOCATION:Georgia Pine Building Supply - Stockbridge yard
DESCRIPTION:Darnell\,\nAs discussed\, Monday is your trial day. You'll ride 
 with our lead driver in the morning and then run 2 jobsite drops with the k
 nuckle boom yourself while I watch. Paid 8 hours. Forklift cert helps but n
 ot required.\n\nWayne Tolbert\nFleet & Yard Manager\nGeorgia Pine Building 
 Supply
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT30M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Georgia Pine Building Supply",
        role="boom truck delivery driver",
        stage="onsite",
        interviewers="wayne.tolbert@georgiapinesupply.com",
        trap="paid-trial-day-thunderbird",
        hiring=False,
    ),
    dict(
        kind="ios-terse",
        uid="0A7C3E19-6B2D-4F85-9C04-E1D2B3A4C5F6",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260929T001144Z
DTSTAMP:20260929T001150Z
DTSTART:20261002T090000
DTEND:20261002T100000
LAST-MODIFIED:20261029T001150Z
LOCATION:chatt cartage fulton ind blvd
SEQUENCE:0
SUMMARY:chatt cartage intrvw 9a ask 4 Bev
TRANSP:OPAQUE
UID:0A7C3E19-6B2D-4F85-9C04-E1D2B3A4C5F6
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Chattahoochee Cartage",
        role="",
        stage="",
        interviewers="Bev",
        trap="terse-typo-floating-abbrev-company",
        hiring=False,
    ),
    dict(
        kind="paradox-invite",
        uid="paradox-olivia-evt-90017733@paradox-mail.example.ai",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Paradox//Olivia Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:paradox-olivia-evt-90017733@paradox-mail.example.ai
DTSTAMP:20261020T221500Z
DTSTART:20261027T100000Z
DTEND:20261027T180000Z
SUMMARY:Sunbelt Foodservice - Ride-Along Interview (CDL-A Route Delivery Driver)
ORGANIZER;CN=Olivia (Sunbelt Foodservice Recruiting Assistant):mailto:olivia@sunbeltfoodservice.paradox-mail.example.ai
ATTENDEE;CN=Darnell;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Sunbelt Foodservice Atlanta\, 6100 Southmeadow Pkwy\, Morrow GA (driver check-in window)
DESCRIPTION:Hi Darnell! It's Olivia\, the virtual recruiting assistant for 
 Sunbelt Foodservice. You're all set for your Ride-Along Interview!\n\nYou'l
 l spend the day with one of our Driver Trainers (Reggie Moss) on a live rou
 te: 14 restaurant stops\, 2-wheeler unload\, some stairs. Reggie and the Tr
 ansportation Supervisor will decide on next steps.\n\nWear work boots. Lunc
 h is on us.\n\nText RESCHEDULE to change your time.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sunbelt Foodservice",
        role="CDL-A Route Delivery Driver",
        stage="onsite",
        interviewers="Reggie Moss",
        trap="chatbot-scheduler-ride-along-interview-utc",
        hiring=False,
    ),
    dict(
        kind="workday-invite",
        uid="WD-EVT-PBC-2026-18830-cand@piedmontbev.myworkday.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Interview Scheduling//EN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:WD-EVT-PBC-2026-18830-cand@piedmontbev.myworkday.example.com
DTSTAMP:20261023T130000Z
DTSTART;TZID=America/New_York:20261102T070000
DTEND;TZID=America/New_York:20261102T100000
SUMMARY:Piedmont Beverage Co. - Physical Abilities Test & DOT Road Test - CDL A Bulk Delivery Driver (JR-18830)
ORGANIZER;CN=Piedmont Beverage Co. Recruiting:mailto:piedmontbev@myworkday.example.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;CN=Carla Whitmore;ROLE=REQ-PARTICIPANT:mailto:cwhitmore@piedmontbev.com
LOCATION:Piedmont Beverage Co.\, 1900 Sylvan Rd SW\, Atlanta\, GA 30310 - Warehouse Door 14
DESCRIPTION:Candidate: Darnell Hughes\nJob Requisition: JR-18830 CDL A Bulk
  Delivery Driver\nInterview Step: Physical Abilities Test (lift 50 lb cases
 \, hand-truck stairs) and DOT Road Test\nEvaluator: Carla Whitmore\, Deliver
 y Supervisor\n\nWear closed-toe shoes and comfortable clothing.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Piedmont Beverage Co.",
        role="CDL A Bulk Delivery Driver",
        stage="technical",
        interviewers="cwhitmore@piedmontbev.com",
        trap="physical-abilities-test-plus-road-test",
        hiring=False,
    ),
    dict(
        kind="driverreach-central",
        uid="dr-int-61877-keystone@driverreach-notify.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DriverReach//Interview Scheduler//EN
METHOD:REQUEST
""" + TZ_CHI + r"""BEGIN:VEVENT
UID:dr-int-61877-keystone@driverreach-notify.example.com
DTSTAMP:20261110T150000Z
DTSTART;TZID=America/Chicago:20261112T140000
DTEND;TZID=America/Chicago:20261112T142000
SUMMARY:Recruiter Call - Keystone Carriers - Regional Reefer (Southeast Lanes)
ORGANIZER;CN="Keystone Carriers via DriverReach":mailto:no-reply@driverreach-notify.example.com
ATTENDEE;CN=Shane Whitlock;ROLE=CHAIR:mailto:swhitlock@keystonecarriers.com
ATTENDEE;CN=Darnell Hughes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Phone
DESCRIPTION:Shane Whitlock (Driver Recruiter\, Chattanooga TN) will call you
 . Times shown in Central Time. Topics: home time\, pay per mile vs. percen
 tage\, your PSP report and any CSA items.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Keystone Carriers",
        role="Regional Reefer (Southeast Lanes)",
        stage="recruiter_screen",
        interviewers="swhitlock@keystonecarriers.com",
        trap="central-time-recruiter-call",
        hiring=False,
    ),
    dict(
        kind="spanish-owner-invite",
        uid="f0e1d2c3b4a59687-delvalle@outlook.example.com",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft CDO for Microsoft Exchange
VERSION:2.0
""" + TZ_CST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN=Rogelio Valle:mailto:rogelio.valle77@hotmail.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION:Hola Darnell / Hi Darnell\,\n\nEntrevista por teléfono para el 
 puesto de chofer CDL-A\, ruta dedicada Atlanta - Laredo (team). Phone inter
 view for the dedicated Atlanta-Laredo team run. Mi hija Marisol traduce si 
 hace falta.\n\nRogelio Valle\nDueño / Owner\, Transportes Del Valle LLC\nL
 aredo TX\n
UID:f0e1d2c3b4a59687-delvalle@outlook.example.com
SUMMARY:Entrevista / Interview - Chofer CDL-A - Transportes Del Valle
DTSTART;TZID=Central Standard Time:20261118T170000
DTEND;TZID=Central Standard Time:20261118T173000
DTSTAMP:20261116T020000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION:Teléfono / Phone (956) 555-0121
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Transportes Del Valle",
        role="Chofer CDL-A",
        stage="hiring_manager",
        interviewers="rogelio.valle77@hotmail.example.com",
        trap="spanish-bilingual-owner-hotmail-central-windows-zone",
        hiring=False,
    ),
    dict(
        kind="outlook-french-bilingual",
        uid="040000008200E00074C5B7101A82E0080000000011C2D3E4F5A6DD01000000000000000010000000ABCDEF0123456789FEDCBA9876543210",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_EST_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Gagnon, Isabelle":mailto:igagnon@groupelavallee.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Hughes:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tremblay, Marc-André":mailto:ma.tremblay@groupelavallee.example.ca
DESCRIPTION;LANGUAGE=fr-CA:[English follows]\n\nBonjour Darnell\,\n\nNous a
 vons bien reçu votre candidature pour le poste de chauffeur classe 1 (équipe 
 américaine\, transfrontalier Montréal-Atlanta). Entrevue téléphonique avec M
 arc-André Tremblay\, directeur du recrutement des chauffeurs.\n\n---\nHello
  Darnell\, thank you for applying for our Class A Driver (US team\, cross-bo
 rder Montreal-Atlanta). Marc-André Tremblay\, Driver Recruiting Manager\, w
 ill call you. FAST card and passport are a must.\n\nIsabelle Gagnon\nCoordo
 nnatrice RH / HR Coordinator\n
UID:040000008200E00074C5B7101A82E0080000000011C2D3E4F5A6DD01000000000000000010000000ABCDEF0123456789FEDCBA9876543210
SUMMARY;LANGUAGE=fr-CA:Entrevue / Interview - Chauffeur classe 1 / Class A Driver (US team) - D. Hughes
DTSTART;TZID=Eastern Standard Time:20261201T100000
DTEND;TZID=Eastern Standard Time:20261201T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261124T145000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-CA:Téléphone / Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Groupe Lavallée Transport",
        role="Class A Driver (US team)",
        stage="recruiter_screen",
        interviewers="ma.tremblay@groupelavallee.example.ca",
        trap="french-entrevue-bilingual-coordinator-organizer",
        hiring=False,
    ),
    dict(
        kind="indeed-interview",
        uid="indeed-interview-7f3a9c2e51d04b88@indeed-mail.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-interview-7f3a9c2e51d04b88@indeed-mail.example.com
DTSTAMP:20261008T120000Z
DTSTART:20261014T200000Z
DTEND:20261014T203000Z
SUMMARY:Indeed Interview: Car Hauler Driver - CDL A (7-car stinger) with Evergreen Auto Transport
ORGANIZER;CN=Indeed:mailto:interviews@indeed-mail.example.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Indeed Interview (video) - join from your Indeed account
DESCRIPTION:Evergreen Auto Transport has invited you to a video interview f
 or Car Hauler Driver - CDL A (7-car stinger).\n\nInterviewer: Paula Nguyen\
 n\nJoin: https://interview.indeed-mail.example.com/r/7f3a9c2e51d04b88\n\nTip
 s: test your camera and microphone before the interview.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Evergreen Auto Transport",
        role="Car Hauler Driver - CDL A (7-car stinger)",
        stage="",
        interviewers="Paula Nguyen",
        trap="job-board-organizer-interviewer-name-only",
        hiring=False,
    ),
    dict(
        kind="zoom-hiring-manager",
        uid="zm-91120445873-crossroads@zoom.example.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
DTSTAMP:20261027T180000Z
DTSTART;TZID=America/New_York:20261103T160000
DTEND;TZID=America/New_York:20261103T164500
SUMMARY:Crossroads Intermodal // Darnell Hughes - Rail Dispatcher
UID:zm-91120445873-crossroads@zoom.example.us
DESCRIPTION:Nadia Sorensen is inviting you to a scheduled Zoom meeting.\n\n
 Topic: Crossroads Intermodal // Darnell Hughes - Rail Dispatcher\nTime: Nov
  3\, 2026 04:00 PM Eastern Time (US and Canada)\n\nJoin Zoom Meeting\nhttps
 ://crossroadsim.zoom.example.us/j/91120445873\n\nMeeting ID: 911 2044 5873
 \n\nNadia Sorensen | Intermodal Operations Manager | Austell Ramp
LOCATION:https://crossroadsim.zoom.example.us/j/91120445873
ORGANIZER;CN=Nadia Sorensen:mailto:nsorensen@crossroadsintermodal.com
ATTENDEE;CN=darnell.hughes.cdl@yahoo.com;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Crossroads Intermodal",
        role="Rail Dispatcher",
        stage="hiring_manager",
        interviewers="nsorensen@crossroadsintermodal.com",
        trap="zoom-slashes-summary-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="outlook-technical",
        uid="040000008200E00074C5B7101A82E00800000000E0F1A2B3C4D5DD0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
""" + TZ_EST_LABEL + r"""BEGIN:VEVENT
ORGANIZER;CN="Sorensen, Nadia":mailto:nsorensen@crossroadsintermodal.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.hughes.cdl@yahoo.com:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pham, Kevin":mailto:kpham@crossroadsintermodal.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="AUS-Ramp Training Room":mailto:aus-training@crossroadsintermodal.com
DESCRIPTION;LANGUAGE=en-US:Round 2 for the Rail Dispatcher opening: a 60-mi
 nute dispatch simulation on our TMS (drayage moves off the ramp\, 12 driver
 s\, 2 hot loads\, one breakdown) with Kevin Pham (Dispatch Supervisor)\, th
 en 30 minutes Q&A.\n
UID:040000008200E00074C5B7101A82E00800000000E0F1A2B3C4D5DD0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=en-US:Dispatch simulation - D. Hughes
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261110T130000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261110T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:AUS-Ramp Training Room
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Crossroads Intermodal",
        role="Rail Dispatcher",
        stage="technical",
        interviewers="kpham@crossroadsintermodal.com",
        trap="dispatch-simulation-company-only-in-address",
        hiring=False,
    ),
    dict(
        kind="google-central",
        uid="2vx8k1b3n5m7q9w2e4r6t8y0ui@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_CHI + r"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260929T090000
DTEND;TZID=America/Chicago:20260929T093000
DTSTAMP:20260925T160000Z
ORGANIZER;CN=Becky Lawson:mailto:blawson@volunteerexpress.com
UID:2vx8k1b3n5m7q9w2e4r6t8y0ui@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Becky Lawson;X-NUM-GUESTS=0:mailto:blawson@volunteerexpress.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Darnell Hughes;X-NUM-GUESTS=0:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION:Phone screen for the Regional Driver - Southeast (home weekends)
  opening. I'll call the number on your application.\n\nBecky Lawson\, Driv
 er Recruiter\, Volunteer Express - Nashville TN\n\nInvitation from Google C
 alendar: https://calendar.google.com/calendar/
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Volunteer Express phone screen - Darnell Hughes
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Volunteer Express",
        role="Regional Driver - Southeast",
        stage="recruiter_screen",
        interviewers="blawson@volunteerexpress.com",
        trap="google-central-zone-phone-screen",
        hiring=False,
    ),
    dict(
        kind="agency-outlook",
        uid="040000008200E00074C5B7101A82E00800000000CA7D1E2F8B9BDD0100000000000000001000000012121212343434345656565678787878",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Jefferson, Tamika";SENT-BY="mailto:scheduling@driveforcestaffing.example.com":mailto:tjefferson@driveforcestaffing.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Darnell Hughes:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bo Kittrell:mailto:bkittrell@gulfstreamproduce.com
DESCRIPTION;LANGUAGE=en-US:Darnell\, as promised I've set up your interview 
 with my client Gulfstream Produce Haulers. Bo Kittrell is their Transporta
 tion Manager at the Forest Park Farmers Market yard. Temp-to-hire\, produce
  runs GA/FL\, home 2-3 nights a week.\n\nPlease call me right after.\n\nTam
 ika Jefferson\nSenior Recruiter\, DriveForce Staffing\n
UID:040000008200E00074C5B7101A82E00800000000CA7D1E2F8B9BDD0100000000000000001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=en-US:DriveForce candidate interview: Darnell Hughes w/ Gulfstream Produce (Reefer Driver)
DTSTART:20261009T143000Z
DTEND:20261009T151500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261006T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Gulfstream Produce Haulers\, 16 Forest Pkwy\, Forest Park GA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Gulfstream Produce Haulers",
        role="Reefer Driver",
        stage="hiring_manager",
        interviewers="bkittrell@gulfstreamproduce.com",
        trap="agency-organizer-client-employer-candidate-word",
        hiring=False,
    ),
    dict(
        kind="icims-invite",
        uid="icims-sched-4471930-patriotwaste@icims-mail.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:icims-sched-4471930-patriotwaste@icims-mail.example.com
DTSTAMP:20261112T150000Z
DTSTART;TZID=America/New_York:20261119T080000
DTEND;TZID=America/New_York:20261119T110000
SUMMARY:Patriot Waste Services - Interview & Road Test - Roll-Off Driver CDL-A (Req 2026-4471)
ORGANIZER;CN=Patriot Waste Services Careers:mailto:careers@patriotwaste.icims-mail.example.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;CN=Gary Lindqvist:mailto:glindqvist@patriotwaste.com
ATTENDEE;CN=Dewayne Foster:mailto:dfoster@patriotwaste.com
LOCATION:Patriot Waste Services - Conley Hauling District\, 4600 Moreland Ave\, Conley GA
DESCRIPTION:Interviewers: Gary Lindqvist (Operations Manager)\, Dewayne Fost
 er (Safety Supervisor)\nAfter the interview you will do a road test in a r
 oll-off truck (cable hoist). Start time 8:00 AM sharp.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Patriot Waste Services",
        role="Roll-Off Driver CDL-A",
        stage="onsite",
        interviewers="glindqvist@patriotwaste.com;dfoster@patriotwaste.com",
        trap="icims-onsite-interview-road-test",
        hiring=False,
    ),
    dict(
        kind="webex-invite",
        uid="c3f1e0d9b8a7465f-sterling-webex@webex.example.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c3f1e0d9b8a7465f-sterling-webex@webex.example.com
DTSTAMP:20261013T140000Z
DTSTART:20261015T183000Z
DTEND:20261015T191500Z
SUMMARY:Safety & Training Specialist - conversation w/ Hiring Manager (Sterling Fleet Leasing)
ORGANIZER;CN=Monique Harrell:mailto:mharrell@sterlingfleet.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Webex
DESCRIPTION:Darnell\, I'm the hiring manager for the Safety & Training Speci
 alist role (Atlanta region - coaching our customers' drivers on leased units
 \, new-hire road tests\, Smith System). Looking forward to it.\n\nMonique Ha
 rrell\, Regional Safety Manager\n\nJoin meeting: https://sterlingfleet.webex
 .example.com/meet/mharrell
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sterling Fleet Leasing",
        role="Safety & Training Specialist",
        stage="hiring_manager",
        interviewers="mharrell@sterlingfleet.com",
        trap="trainer-job-description-mentions-road-tests",
        hiring=False,
    ),
    dict(
        kind="outlook-final-panel",
        uid="040000008200E00074C5B7101A82E0080000000033445566778899AA000000000000000010000000DEADBEEF00112233CAFEBABE44556677",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Harrell, Monique":mailto:mharrell@sterlingfleet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.hughes.cdl@yahoo.com:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Abernathy, Clay":mailto:cabernathy@sterlingfleet.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Singh, Raj":mailto:rsingh@sterlingfleet.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="ATL-Doraville Conf A":mailto:atl-conf-a@sterlingfleet.com
DESCRIPTION;LANGUAGE=en-US:Final round: Clay Abernathy (VP Safety) and Raj S
 ingh (HR). Please prepare a 10 minute sample coaching session for a driver 
 with two hard-braking events.\n
UID:040000008200E00074C5B7101A82E0080000000033445566778899AA000000000000000010000000DEADBEEF00112233CAFEBABE44556677
SUMMARY;LANGUAGE=en-US:FW: Final Interview - Safety & Training Specialist
DTSTART;TZID=Eastern Standard Time:20261023T100000
DTEND;TZID=Eastern Standard Time:20261023T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261019T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:ATL-Doraville Conf A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sterling Fleet Leasing",
        role="Safety & Training Specialist",
        stage="final",
        interviewers="cabernathy@sterlingfleet.com;rsingh@sterlingfleet.com",
        trap="fw-prefix-company-only-in-domain-no-vtimezone",
        hiring=False,
    ),
    dict(
        kind="neogov-panel",
        uid="neogov-int-2026-0338-marlowsprings@governmentjobs.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NEOGOV//Insight Scheduling//EN
METHOD:PUBLISH
""" + TZ_NY + r"""BEGIN:VEVENT
UID:neogov-int-2026-0338-marlowsprings@governmentjobs.example.com
DTSTAMP:20261201T150000Z
DTSTART;TZID=America/New_York:20261208T133000
DTEND;TZID=America/New_York:20261208T141500
SUMMARY:Oral Board Interview - Equipment Operator III (CDL-A) - Recruitment #2026-0338
ORGANIZER;CN=City of Marlow Springs Human Resources:mailto:hr@marlowsprings-ga.example.gov
ATTENDEE;CN=Darnell Hughes;RSVP=FALSE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Marlow Springs Public Works\, 310 Depot St\, Marlow Springs GA - Building B
DESCRIPTION:Congratulations! Based on your application and the results of t
 he skills test\, you have been placed on the eligible list for Equipment Op
 erator III. The oral board consists of three panel members from Public Wor
 ks and Human Resources. Each candidate is asked the same structured questio
 ns. Bring a photo ID and your CDL.\n\nThis is an automated message from go
 vernmentjobs.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="City of Marlow Springs",
        role="Equipment Operator III (CDL-A)",
        stage="onsite",
        interviewers="",
        trap="public-sector-oral-board-unnamed-panel",
        hiring=False,
    ),
    dict(
        kind="thunderbird-floating",
        uid="7e2b1d40-9a3c-4b2e-8f61-ridgeway-mixer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20261019T002200Z
LAST-MODIFIED:20261019T002315Z
DTSTAMP:20261019T002315Z
UID:7e2b1d40-9a3c-4b2e-8f61-ridgeway-mixer
SUMMARY:Ridgeway Ready Mix - mixer driver interview + yard test
DTSTART:20261021T143000
DTEND:20261021T160000
LOCATION:Ridgeway plant\, Lithonia
DESCRIPTION:plant mgr Hank Oldham. they'll have me back a mixer to the load
  chute + chute handling. ask about winter layoffs\, guaranteed 40?
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT2H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Ridgeway Ready Mix",
        role="mixer driver",
        stage="onsite",
        interviewers="Hank Oldham",
        trap="floating-time-thunderbird-hand-typed",
        hiring=False,
    ),
    dict(
        kind="google-rescheduled",
        uid="9pt4l6k8j0h2g4f6d8s0a2zq1w@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261120T151500
DTEND;TZID=America/New_York:20261120T154500
DTSTAMP:20261118T210000Z
ORGANIZER;CN=Cheryl Baptiste:mailto:cbaptiste@palmettotank.com
UID:9pt4l6k8j0h2g4f6d8s0a2zq1w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Cheryl Baptiste;X-NUM-GUESTS=0:mailto:cbaptiste@palmettotank.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Darnell Hughes;X-NUM-GUESTS=0:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION:New time as you asked (you're under a load Thursday). Same agen
 da: hazmat tanker experience\, hose/unloading procedures\, your PSP.\n\nChe
 ryl Baptiste - Driver Recruiting\, Palmetto Tank Lines (Spartanburg SC)\n\n
 Invitation from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Phone
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Updated invitation with note: Palmetto Tank Lines - Recruiter Call (Hazmat Tanker Driver) @ Fri Nov 20\, 2026 3:15pm - 3:45pm (EST)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Palmetto Tank Lines",
        role="Hazmat Tanker Driver",
        stage="recruiter_screen",
        interviewers="cbaptiste@palmettotank.com",
        trap="rescheduled-sequence-1-updated-invitation",
        hiring=False,
    ),
    dict(
        kind="jobvite-invite",
        uid="jv-int-oX9k2LmQ-pinnacle@jobvite-mail.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Jobvite//Interview Scheduler//EN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:jv-int-oX9k2LmQ-pinnacle@jobvite-mail.example.com
DTSTAMP:20261102T200000Z
DTSTART;TZID=America/New_York:20261106T103000
DTEND;TZID=America/New_York:20261106T113000
SUMMARY:Interview: Darnell Hughes for Driver Trainer - Transportation (Pinnacle Food Distributors)
ORGANIZER;CN=Pinnacle Food Distributors Recruiting:mailto:recruiting@pinnaclefooddist.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;CN=Lionel Banks:mailto:lbanks@pinnaclefooddist.com
LOCATION:Pinnacle Food Distributors\, 1 Pinnacle Way\, Norcross GA - Transportation Office
DESCRIPTION:Interview with Lionel Banks\, Director of Transportation. This 
 role trains new-hire delivery drivers and runs our road tests\, so we may a
 sk you to walk through how you score a road test.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Pinnacle Food Distributors",
        role="Driver Trainer - Transportation",
        stage="hiring_manager",
        interviewers="lbanks@pinnaclefooddist.com",
        trap="candidate-for-trainer-role-mentions-scoring-road-tests",
        hiring=False,
    ),
    dict(
        kind="google-hand-typed",
        uid="4mn6b8v0c2x4z6l8k0j2h4g6f8@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Darnell
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20261007T213000Z
DTEND:20261007T220000Z
DTSTAMP:20261120T031544Z
UID:4mn6b8v0c2x4z6l8k0j2h4g6f8@google.com
CREATED:20261005T110000Z
DESCRIPTION:milk tanker\, farm pickups SW GA\, 4 on 3 off. lady named Ms Jo
 yce calls. have HOS log printout handy
LAST-MODIFIED:20261005T110000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Brightway Dairy phone scrn
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Brightway Dairy Co-op",
        role="milk tanker",
        stage="recruiter_screen",
        interviewers="Ms Joyce",
        trap="google-export-utc-abbrev-scrn",
        hiring=False,
    ),
    dict(
        kind="zoom-final",
        uid="zm-84401223876-riverbend@zoom.example.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20261130T160000Z
DTSTART:20261204T153000Z
DTEND:20261204T161500Z
SUMMARY:Riverbend Foods - Final Round - Private Fleet Driver (Dedicated)
UID:zm-84401223876-riverbend@zoom.example.us
DESCRIPTION:Final round with Simone Archer (Director of Private Fleet) and 
 Victor Huang (DC General Manager). Offer decision to follow within 48 hour
 s.\n\nJoin Zoom Meeting\nhttps://riverbendfoods.zoom.example.us/j/84401223
 876\n\nMeeting ID: 844 0122 3876
LOCATION:https://riverbendfoods.zoom.example.us/j/84401223876
ORGANIZER;CN=Simone Archer:mailto:sarcher@riverbendfoods.com
ATTENDEE;CN=Victor Huang;RSVP=TRUE:mailto:vhuang@riverbendfoods.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Riverbend Foods",
        role="Private Fleet Driver (Dedicated)",
        stage="final",
        interviewers="sarcher@riverbendfoods.com;vhuang@riverbendfoods.com",
        trap="zoom-utc-final-organizer-is-interviewer",
        hiring=False,
    ),
    dict(
        kind="google-cancelled",
        uid="8ck2j4h6g8f0d2s4a6p8o0i2u4@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20261013T150000Z
DTEND:20261013T153000Z
DTSTAMP:20261012T230000Z
ORGANIZER;CN=Trent Wallace:mailto:twallace@coastalreefer.com
UID:8ck2j4h6g8f0d2s4a6p8o0i2u4@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Darnell Hughes;X-NUM-GUESTS=0:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION:This event has been canceled.\n\nRecruiter screen - OTR/Regiona
 l Reefer Company Driver\nTrent Wallace\, Coastal Reefer Inc.\n\nInvitation
  from Google Calendar: https://calendar.google.com/calendar/
LOCATION:Phone
SEQUENCE:1
STATUS:CANCELLED
SUMMARY:Canceled event: Coastal Reefer - recruiter screen w/ Darnell Hughes @ Tue Oct 13\, 2026 11am - 11:30am (EDT)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Coastal Reefer",
        role="OTR/Regional Reefer Company Driver",
        stage="recruiter_screen",
        interviewers="twallace@coastalreefer.com",
        trap="status-cancelled-google-recruiter-screen",
        hiring=False,
    ),
    dict(
        kind="hirevue-one-way",
        uid="hv-ondemand-5521870-blueridge@hirevue-mail.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HireVue//On-Demand Interview Reminder//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-ondemand-5521870-blueridge@hirevue-mail.example.com
DTSTAMP:20261116T120000Z
DTSTART:20261118T000000Z
DTEND:20261118T010000Z
SUMMARY:Complete your HireVue video interview - Blue Ridge Dairy Express - Load Planner/Dispatcher
ORGANIZER;CN=Blue Ridge Dairy Express Talent:mailto:talent@blueridgedairyx.com
LOCATION:Online - record on phone or computer
DESCRIPTION:You've been invited to an on-demand video interview for Load Pl
 anner/Dispatcher. You will answer 6 recorded questions (2 minutes each) an
 d one dispatch scenario. Your responses are reviewed by the hiring team. De
 adline: Nov 20\, 2026.\n\nStart: https://app.hirevue-mail.example.com/BRDX/
 5521870
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Blue Ridge Dairy Express",
        role="Load Planner/Dispatcher",
        stage="recruiter_screen",
        interviewers="",
        trap="one-way-video-interview-self-block-utc-midnight",
        hiring=False,
    ),
    dict(
        kind="fountain-orientation-recurring",
        uid="fountain-evt-tidewater-orient-20261207@fountain-mail.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Fountain//Hiring Platform//EN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:fountain-evt-tidewater-orient-20261207@fountain-mail.example.com
DTSTAMP:20261130T140000Z
DTSTART;TZID=America/New_York:20261207T070000
DTEND;TZID=America/New_York:20261207T153000
RRULE:FREQ=DAILY;COUNT=3
SUMMARY:Tidewater Grocers - Driver Orientation & Final Road Evaluation (Conditional Offer)
ORGANIZER;CN=Tidewater Grocers Driver Hiring:mailto:drivers@tidewatergrocers.fountain-mail.example.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Tidewater Grocers DC\, 2500 Lakewood Way\, Atlanta GA - Training Room
DESCRIPTION:Your conditional offer depends on completing orientation: Day 1
  paperwork\, DOT physical & drug screen\; Day 2 Smith System classroom\; Da
 y 3 final road evaluation with a Driver Trainer. Candidates who do not pass 
 the road evaluation will not be hired.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
BEGIN:VEVENT
UID:fountain-evt-tidewater-orient-20261207@fountain-mail.example.com
RECURRENCE-ID;TZID=America/New_York:20261209T070000
DTSTAMP:20261202T140000Z
DTSTART;TZID=America/New_York:20261209T050000
DTEND;TZID=America/New_York:20261209T120000
SUMMARY:Tidewater Grocers - Day 3: Final Road Evaluation (early start)
ORGANIZER;CN=Tidewater Grocers Driver Hiring:mailto:drivers@tidewatergrocers.fountain-mail.example.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
LOCATION:Tidewater Grocers DC - Door 40 (tractor lot)
DESCRIPTION:Day 3 moved to 5:00 AM so you run a real store route with Drive
 r Trainer Omar Sheppard.
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Tidewater Grocers",
        role="",
        stage="onsite",
        interviewers="Omar Sheppard",
        trap="recurring-orientation-with-override-conditional-offer",
        hiring=False,
    ),
    dict(
        kind="outlook-label-zone",
        uid="040000008200E00074C5B7101A82E00800000000A1A1B2B2C3C3DD01000000000000000010000000D4D4E5E5F6F60707181829293A3A4B4B",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
""" + TZ_EST_LABEL + r"""BEGIN:VEVENT
ORGANIZER;CN="Cobb, Rita":mailto:rcobb@dixielinehaul.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.hughes.cdl@yahoo.com:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Team linehaul - slip seat\, Atlanta-Dallas-Atlant
 a\, 5 on / 2 off\, $0.38/mi split. Intro call with me\, then I'll set up th
 e terminal visit.\n\nRita Cobb - Driver Recruiting - Dixie Line Haul\n
UID:040000008200E00074C5B7101A82E00800000000A1A1B2B2C3C3DD01000000000000000010000000D4D4E5E5F6F60707181829293A3A4B4B
SUMMARY;LANGUAGE=en-US:Intro call - team driver position
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260921T171500
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260921T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260918T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Dixie Line Haul",
        role="team driver",
        stage="recruiter_screen",
        interviewers="rcobb@dixielinehaul.com",
        trap="company-only-in-signature-and-domain",
        hiring=False,
    ),
    dict(
        kind="outlook-road-test",
        uid="apexbulk-roadtest-20261030-DH@apexbulkcarriers.com",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Kowalski, Pete":mailto:pkowalski@apexbulkcarriers.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=darnell.hughes.cdl@yahoo.com:mailto:darnell.hughes.cdl@yahoo.com
DESCRIPTION:Road test - pneumatic (dry bulk) tanker. Pete Kowalski\, termina
 l trainer\, will go over blower hookup and unloading cement at a customer s
 ite after the drive. ~3 hrs.
UID:apexbulk-roadtest-20261030-DH@apexbulkcarriers.com
SUMMARY:Apex Bulk - Pneumatic Tanker Road Test (D. Hughes)
DTSTART;TZID=Eastern Standard Time:20261030T070000
DTEND;TZID=Eastern Standard Time:20261030T100000
DTSTAMP:20261026T120000Z
SEQUENCE:0
LOCATION:Apex Bulk Carriers\, 77 Industrial Way\, Cartersville GA
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Apex Bulk Carriers",
        role="",
        stage="technical",
        interviewers="pkowalski@apexbulkcarriers.com",
        trap="windows-zone-without-vtimezone-road-test",
        hiring=False,
    ),
    dict(
        kind="ios-hand-typed",
        uid="E4F7A2B9-1C3D-4E5F-8A9B-0C1D2E3F4A5B",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
""" + TZ_NY + r"""BEGIN:VEVENT
CREATED:20261109T003000Z
DTEND;TZID=America/New_York:20261111T113000
DTSTAMP:20261109T003012Z
DTSTART;TZID=America/New_York:20261111T103000
LAST-MODIFIED:20261109T003012Z
LOCATION:Hometown Propane\, Hwy 42 Locust Grove
SEQUENCE:0
SUMMARY:Hometown Propane bobtail job - sit down w/ Gene (owner) + Lisa
DESCRIPTION:Gene Abbott owner\, Lisa from office does HR. need hazmat + tank
 . residential tanks\, home every nite\, winter OT
TRANSP:OPAQUE
UID:E4F7A2B9-1C3D-4E5F-8A9B-0C1D2E3F4A5B
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hometown Propane",
        role="",
        stage="hiring_manager",
        interviewers="Gene Abbott;Lisa",
        trap="sit-down-with-owner-no-interview-word",
        hiring=False,
    ),
    dict(
        kind="gmail-owner-invite",
        uid="5hp0z9x8c7v6b5n4m3l2k1j0hg@google.com",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20261117T080000
DTEND;TZID=America/New_York:20261117T100000
DTSTAMP:20261112T190000Z
ORGANIZER;CN=Gene Abbott:mailto:hometownpropane.gene@gmail.com
UID:5hp0z9x8c7v6b5n4m3l2k1j0hg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=darnell.hughes.cdl@yahoo.com;X-NUM-GUESTS=0:mailto:darnell.hughes.c
 dl@yahoo.com
DESCRIPTION:Bobtail drive + a couple of tank fills with me. If that goes fi
 ne we will send you for the DOT physical.\n\nGene\n\nInvitation from Googl
 e Calendar: https://calendar.google.com/calendar/
LOCATION:Hometown Propane\, Locust Grove
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Bobtail road test - Darnell
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Hometown Propane",
        role="",
        stage="technical",
        interviewers="hometownpropane.gene@gmail.com",
        trap="owner-gmail-road-test",
        hiring=False,
    ),
    dict(
        kind="zoom-phone",
        uid="zm-99212055401-sawgrass@zoom.example.us",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
DTSTAMP:20261203T150000Z
DTSTART;TZID=America/New_York:20261209T120000
DTEND;TZID=America/New_York:20261209T123000
SUMMARY:Screening Interview: Dedicated Driver - Home Daily (Jacksonville/Atlanta relay)
UID:zm-99212055401-sawgrass@zoom.example.us
DESCRIPTION:Hi Darnell\, Marcy Quintero from Sawgrass Logistics Talent Acqu
 isition. Join by video or dial in.\n\nJoin Zoom Meeting\nhttps://sawgrassl
 ogistics.zoom.example.us/j/99212055401\n\nDial by your location\n+1 305 55
 5 0190 US (Miami)\nMeeting ID: 992 1205 5401
LOCATION:Zoom / phone
ORGANIZER;CN=Marcy Quintero:mailto:mquintero@sawgrasslogistics.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Sawgrass Logistics",
        role="Dedicated Driver - Home Daily",
        stage="recruiter_screen",
        interviewers="mquintero@sawgrasslogistics.com",
        trap="zoom-screening-company-only-in-description",
        hiring=False,
    ),
    dict(
        kind="applicantpro-test",
        uid="ap-sched-338012-harvesttable@applicantpro-mail.example.com",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ApplicantPro//Scheduling//EN
METHOD:REQUEST
""" + TZ_NY + r"""BEGIN:VEVENT
UID:ap-sched-338012-harvesttable@applicantpro-mail.example.com
DTSTAMP:20260914T120000Z
DTSTART;TZID=America/New_York:20260918T090000
DTEND;TZID=America/New_York:20260918T120000
SUMMARY:Harvest Table Markets - Driver Skills Assessment (written DOT test + road test) - Class A Store Delivery
ORGANIZER;CN=Harvest Table Markets HR:mailto:jobs@harvesttablemarkets.com
ATTENDEE;CN=Darnell Hughes;RSVP=TRUE:mailto:darnell.hughes.cdl@yahoo.com
ATTENDEE;CN=Ellis Grant:mailto:egrant@harvesttablemarkets.com
LOCATION:Harvest Table Markets Distribution Center\, 3800 Camp Creek Pkwy\, East Point GA
DESCRIPTION:Part 1: 40-question written test (FMCSR\, hours of service\, co
 upling). Part 2: road test with Ellis Grant\, Transportation Supervisor. Ple
 ase bring your CDL and medical card.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        is_interview=1,
        company="Harvest Table Markets",
        role="Class A Store Delivery",
        stage="technical",
        interviewers="egrant@harvesttablemarkets.com",
        trap="written-test-plus-road-test-assessment",
        hiring=False,
    ),
]
