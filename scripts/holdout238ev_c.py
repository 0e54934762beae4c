"""holdout238 events, part C: schedulers, founders, headhunters and hand-typed entries."""
# ruff: noqa: E501  (raw iCalendar text: long unfolded lines, as the tools write them)

from holdout238ev_common import TZ_LOS_ANGELES, TZ_NAIROBI, TZ_STOCKHOLM, TZ_WIN_EAST_AFRICA, TZ_WIN_GMT

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="goodtime", uid="goodtime-2f8b61e0c4a9-onsite-77125@goodtime.io",
    iv=1, company="Orbitra", role="Senior Analytics Engineer", stage="onsite",
    who="kwame.asante@orbitra.com;jessica.liu@orbitra.com;dev.patel@orbitra.com",
    trap="goodtime-virtual-onsite-los-angeles",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LOS_ANGELES}
BEGIN:VEVENT
UID:goodtime-2f8b61e0c4a9-onsite-77125@goodtime.io
DTSTAMP:20250613T225011Z
DTSTART;TZID=America/Los_Angeles:20250619T070000
DTEND;TZID=America/Los_Angeles:20250619T093000
SUMMARY:Orbitra Virtual Onsite - Wanjiru Kamau - Senior Analytics Engineer
ORGANIZER;CN=Orbitra Recruiting:mailto:recruiting-scheduling@orbitra.com
ATTENDEE;CN=Wanjiru Kamau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;CN=Kwame Asante;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kwame.asante@orbitra.com
ATTENDEE;CN=Jessica Liu;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jessica.liu@orbitra.com
ATTENDEE;CN=Dev Patel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:dev.patel@orbitra.com
LOCATION:Zoom (separate link per session\, see below)
DESCRIPTION:Hi Wanjiru\,\n\nYour virtual onsite for Senior Analytics Engine
 er is confirmed. Times below are Pacific Time (17:00-19:30 in Nairobi).\n\
 n7:00-7:45 Data modeling & dbt - Kwame Asante\, Staff Analytics Engineer\n
 https://orbitra.zoom.us/j/91550213377\n7:45-8:30 SQL & metrics deep-dive -
  Jessica Liu\, Analytics Manager\nhttps://orbitra.zoom.us/j/91550213378\n8
 :30-8:45 Break\n8:45-9:30 Behavioral / values - Dev Patel\, Director of Da
 ta\nhttps://orbitra.zoom.us/j/91550213379\n\nQuestions? Reply to recruiti
 ng-scheduling@orbitra.com\n\nScheduled with GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="modernloop", uid="ml-3e71c0a5-b2f8-4d96-a0e1-5c9f8d7b6a42@modernloop.io",
    iv=1, company="Harbourline", role="Analytics Lead", stage="final",
    who="fiona.mcallister@harbourline.co.uk", trap="modernloop-final-windows-gmt-zone",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_WIN_GMT}
BEGIN:VEVENT
UID:ml-3e71c0a5-b2f8-4d96-a0e1-5c9f8d7b6a42@modernloop.io
DTSTAMP:20250702T091544Z
DTSTART;TZID=GMT Standard Time:20250708T110000
DTEND;TZID=GMT Standard Time:20250708T120000
SUMMARY:Final Round: Wanjiru Kamau x Harbourline (Analytics Lead)
ORGANIZER;CN=Harbourline Talent:mailto:talent@harbourline.co.uk
ATTENDEE;CN=Fiona McAllister;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:fiona.mcallister@harbourline.co.uk
ATTENDEE;CN=Wanjiru Kamau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Final round with Fiona McAllister\, VP Data. 60 minutes: your 30/60/90-day plan for the analytics function (10 min\, no slides needed)\, then open conversation.\n\nJoin Microsoft Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGI1YmQ4%40thread.v2/0\nMeeting ID: 312 774 092 118  Passcode: Hb7sK2\n\nSent with ModernLoop on behalf of Harbourline
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="gcal-invite", uid="6rq1b0m8e2s4t7fhk9vj3nco5d@google.com",
    iv=1, company="Mavuno Data", role="Data Lead", stage="hiring_manager",
    who="dennis.kiprotich88@gmail.com", trap="founder-on-gmail-company-in-body",
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250517T103000
DTEND;TZID=Africa/Nairobi:20250517T113000
DTSTAMP:20250514T194407Z
ORGANIZER;CN=Dennis Kiprotich:mailto:dennis.kiprotich88@gmail.com
UID:6rq1b0m8e2s4t7fhk9vj3nco5d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Dennis Kiprotich;X-NUM-GUESTS=0:mailto:dennis.kiprotich88@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com;X-NUM-GUESTS=0:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION:Hey Wanjiru\, thanks for applying for the Data Lead role at Mavuno – we're a small pre-seed team doing input credit for smallholder farmers (M-Pesa repayments\, ~40k farmers in Nyeri and Meru). I'd love to walk you through what we have (Postgres + Metabase\, very messy 😅)\, hear how you'd set up the stack\, and talk about the role. Saturday morning ok? We can also meet at Java Valley Arcade if you prefer.\n\nDennis\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/pvz-gtrm-hxa\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Wanjiru / Dennis – chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="cal-com", uid="b7Xr2qLp9wK4nT1sY6vD3m@Cal.com",
    iv=1, company="KaziPay", role="Senior Data Analyst", stage="technical",
    who="moses@kazipay.co.ke", trap="cal-com-live-sql-pairing",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
CALSCALE:GREGORIAN
PRODID:-//Cal.com Inc.//Cal.com Event//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b7Xr2qLp9wK4nT1sY6vD3m@Cal.com
SUMMARY:Live SQL pairing between Moses Njoroge and Wanjiru Kamau
DTSTAMP:20250603T082211Z
DTSTART:20250606T070000Z
DTEND:20250606T080000Z
DESCRIPTION:What: Live SQL pairing\nInvitee Time Zone: Africa/Nairobi\nWho:\n- Moses Njoroge - Organizer\nmoses@kazipay.co.ke\n- Wanjiru Kamau\nwanjiru.kamau.data@gmail.com\nWhere: https://app.cal.com/video/b7Xr2qLp9wK4nT1sY6vD3m\nDescription\nSecond stage for the Senior Data Analyst role at KaziPay. 60 min pairing on our (anonymised) wallet transactions: churn & reactivation cohorts. Bring your own SQL client or use the browser one we share.\nAdditional notes\nniko tayari\, asante!\nNeed to make a change? Cancel: https://app.cal.com/booking/b7Xr2qLp9wK4nT1sY6vD3m?cancel=true
ORGANIZER;CN=Moses Njoroge:mailto:moses@kazipay.co.ke
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:https://app.cal.com/video/b7Xr2qLp9wK4nT1sY6vD3m
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="ms-bookings", uid="040000008200E00074C5B7101A82E00800000000E71A2B3C4D5EDB01000000000000000010000000F1E2D3C4B5A697887766554433221100",
    iv=1, company="Pwani Microfinance Bank", role="Senior Data Analyst", stage="",
    who="hassan.omar@pwanimfb.co.ke", trap="ms-bookings-interview-slot-staff-member",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN=Pwani MFB Careers:mailto:PwaniCareers@pwanimfb.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wanjiru Kamau:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hassan Omar:mailto:hassan.omar@pwanimfb.co.ke
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: Interview - Senior Data Analyst\nStaff: Hassan Omar\nDuration: 45 minutes\n\nJoin your appointment online: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWE1ZTQ5%40thread.v2/0\n\nNeed to make changes? Manage booking: https://outlook.office365.com/owa/calendar/PwaniCareers@pwanimfb.onmicrosoft.com/bookings/\n\nPwani Microfinance Bank | Moi Avenue\, Mombasa\n
UID:040000008200E00074C5B7101A82E00800000000E71A2B3C4D5EDB01000000000000000010000000F1E2D3C4B5A697887766554433221100
SUMMARY;LANGUAGE=en-US:Interview - Senior Data Analyst
DTSTART;TZID=E. Africa Standard Time:20250611T113000
DTEND;TZID=E. Africa Standard Time:20250611T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250604T152818Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Online
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-BOOKING-SERVICE:Interview - Senior Data Analyst
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="icims", uid="iCIMS-IntvwEvt-2025-3321-004417@icims.com",
    iv=1, company="Hopeway International", role="Senior Data Analyst, Programme Insights", stage="recruiter_screen",
    who="m.ochieng@hopeway.org", trap="icims-ingo-phone-screen",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
UID:iCIMS-IntvwEvt-2025-3321-004417@icims.com
DTSTAMP:20250609T064530Z
DTSTART;TZID=Africa/Nairobi:20250613T100000
DTEND;TZID=Africa/Nairobi:20250613T103000
SUMMARY:Phone Screen: Senior Data Analyst\, Programme Insights (2025-3321)
ORGANIZER;CN=Hopeway International Careers:mailto:careers-noreply@hopeway.org
ATTENDEE;CN=Wanjiru Kamau;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;CN=Mary Ochieng;PARTSTAT=ACCEPTED:mailto:m.ochieng@hopeway.org
LOCATION:Telephone - Hopeway will call the number on your application
DESCRIPTION:Dear Wanjiru\,\n\nThank you for your interest in Hopeway International. You are scheduled for a phone screen with Mary Ochieng\, Talent Acquisition Partner (East & Southern Africa)\, for requisition 2025-3321 Senior Data Analyst\, Programme Insights\, Nairobi.\n\nHopeway International is an equal opportunity employer and is committed to safeguarding. Candidates will be subject to reference and background checks.\n\nThis is an automated message from iCIMS. Please do not reply.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="teamtailor", uid="tt-interview-81fd21c7-4a63-4e0f-b5c2-d9a7e8f61b30@teamtailor.com",
    iv=1, company="Sisu Analytics", role="Analytics Engineer", stage="hiring_manager",
    who="erik.lindqvist@sisuanalytics.se", trap="teamtailor-stockholm-hiring-manager",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
{TZ_STOCKHOLM}
BEGIN:VEVENT
UID:tt-interview-81fd21c7-4a63-4e0f-b5c2-d9a7e8f61b30@teamtailor.com
DTSTAMP:20250616T133520Z
DTSTART;TZID=Europe/Stockholm:20250624T093000
DTEND;TZID=Europe/Stockholm:20250624T102000
SUMMARY:Interview: Analytics Engineer - Sisu Analytics
ORGANIZER;CN=Erik Lindqvist:mailto:erik.lindqvist@sisuanalytics.se
ATTENDEE;CN=Erik Lindqvist;PARTSTAT=ACCEPTED:mailto:erik.lindqvist@sisuanalytics.se
ATTENDEE;CN=Wanjiru Kamau;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
LOCATION:Teamtailor video meeting
DESCRIPTION:Hej Wanjiru!\n\nThanks for booking a time. This first interview is with Erik\, Head of Data and the hiring manager for the role. You'll join through Teamtailor's video meeting – no download needed:\nhttps://app.teamtailor.com/meetings/j/81fd21c7\n\nVälkommen!\nSisu Analytics
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="workday", uid="WD-INTERVIEW-R0012377-EVT-55812@myworkday.com",
    iv=1, company="Meridian Re", role="Senior Data Analyst", stage="hiring_manager",
    who="sarah.mwende@meridianre.com", trap="workday-teams-hiring-manager",
    ics=rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Recruiting//EN
METHOD:REQUEST
{TZ_NAIROBI}
BEGIN:VEVENT
UID:WD-INTERVIEW-R0012377-EVT-55812@myworkday.com
DTSTAMP:20250618T054411Z
DTSTART;TZID=Africa/Nairobi:20250625T150000
DTEND;TZID=Africa/Nairobi:20250625T154500
SUMMARY:Interview: R0012377 Senior Data Analyst - Wanjiru Kamau
ORGANIZER;CN=Meridian Re Recruiting:mailto:meridianre@myworkday.com
ATTENDEE;CN=Wanjiru Kamau;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:wanjiru.kamau.data@gmail.com
ATTENDEE;CN=Sarah Mwende;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sarah.mwende@meridianre.com
LOCATION:Microsoft Teams
DESCRIPTION:Interview Details\nJob Requisition: R0012377 Senior Data Analyst (Open)\nInterviewer: Sarah Mwende\, Head of Actuarial & Data Analytics (Hiring Manager)\nFormat: Video\n\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE4NjA4%40thread.v2/0\nMeeting ID: 355 901 284 776\nPasscode: 4Wp9tR\nDial in by phone\n+254 20 765 2211\,\,830114592# Kenya\, Nairobi\nPhone conference ID: 830 114 592#\n\nThis invitation was generated by Workday.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="outlook-call", uid="040000008200E00074C5B7101A82E008000000005D28A17E92B4DB01000000000000000010000000A4B5C6D7E8F901122334455667788990",
    iv=1, company="Imani Insurance", role="Senior Data Analyst - Pricing & Claims Analytics", stage="recruiter_screen",
    who="peter.mwaura@kestrelsearch.co.ke", trap="headhunter-names-client-only-in-body",
    ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_WIN_EAST_AFRICA}
BEGIN:VEVENT
ORGANIZER;CN="Mwaura, Peter":mailto:peter.mwaura@kestrelsearch.co.ke
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=wanjiru.kamau.data@gmail.com:mailto:wanjiru.kamau.data@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Wanjiru\,\n\nGood speaking to you on LinkedIn. As promised\, a confidential call to take you through the mandate and to assess fit before I put your profile forward: our client is Imani Insurance (general & medical)\, who are building a pricing and claims analytics team under their new Chief Actuary. The role is Senior Data Analyst - Pricing & Claims Analytics\, based at their Upper Hill head office. I will ask about your SQL/Python depth\, stakeholder experience and current package.\n\nKind regards\,\nPeter Mwaura\nPrincipal Consultant | Kestrel Search East Africa\n+254 733 410 022\n
UID:040000008200E00074C5B7101A82E008000000005D28A17E92B4DB01000000000000000010000000A4B5C6D7E8F901122334455667788990
SUMMARY;LANGUAGE=en-US:Wanjiru Kamau / Kestrel Search - confidential call
DTSTART;TZID=E. Africa Standard Time:20250604T180000
DTEND;TZID=E. Africa Standard Time:20250604T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250602T092250Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone - Peter to call
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="phone-entry", uid="2b6e0d4c1a9f8e7d6c5b4a3f2e1d0c9b@google.com",
    iv=1, company="Sahihi Bank", role="", stage="", who="Mr Gitau",
    trap="hand-typed-terse-bank-intvw", lf=True,
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250505T093000
DTEND;TZID=Africa/Nairobi:20250505T110000
DTSTAMP:20250430T172201Z
UID:2b6e0d4c1a9f8e7d6c5b4a3f2e1d0c9b@google.com
CREATED:20250430T172157Z
DESCRIPTION:carry ID + copies of certs (degree\, CPA? no just degree + KCSE). panel: Mr Gitau (HoD analytics) + someone from HR. leave by 8 - Ngong rd traffic!! niko njiani by 8:15
LAST-MODIFIED:20250430T172201Z
LOCATION:Sahihi Hse\, Upper Hill\, 6th flr
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sahihi bank intvw
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="phone-entry", uid="9c3a1e5b7d2f4a6c8e0b1d3f5a7c9e2b@google.com",
    iv=1, company="Kopa Credit", role="snr analyst", stage="recruiter_screen", who="Njeri",
    trap="hand-typed-hr-call", lf=True,
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250509T123000
DTEND;TZID=Africa/Nairobi:20250509T130000
DTSTAMP:20250507T081455Z
UID:9c3a1e5b7d2f4a6c8e0b1d3f5a7c9e2b@google.com
DESCRIPTION:Njeri from HR will call. salo expectation 280-320k gross. ask about hybrid + medical cover. take it from the car not the office!
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call w HR - Kopa Credit (snr analyst)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))

EVENTS.append(dict(
    kind="phone-entry", uid="4f8d2b6a0e1c3f5b7d9a2c4e6f8b0d1a@google.com",
    iv=1, company="Kopa Credit", role="", stage="hiring_manager", who="Otieno",
    trap="hand-typed-second-round-abbrev", lf=True,
    ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
{TZ_NAIROBI}
BEGIN:VEVENT
DTSTART;TZID=Africa/Nairobi:20250521T080000
DTEND;TZID=Africa/Nairobi:20250521T090000
DTSTAMP:20250512T200118Z
UID:4f8d2b6a0e1c3f5b7d9a2c4e6f8b0d1a@google.com
DESCRIPTION:w/ Head of Risk (Otieno) - he'll ask abt PD models + collections dashboards. their office Kilimani\, Argwings Kodhek. tell David I'm in late (dentist lol)
LOCATION:Kopa Credit\, Argwings Kodhek Rd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2nd rnd Kopa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR"""))
