"""holdout170 events, part e: US searches through ATS and scheduling tools."""

EVENTS = []


def add(kind, label, ics, **kw):
    uid, i, company, role, stage, who, trap = label
    EVENTS.append(dict(kind=kind, uid=uid, is_interview=i, company=company, role=role, stage=stage,
                       interviewers=who, trap=trap, ics=ics, **kw))


add("lever-phone-screen", (
    "lever-interview-0f7a3c21-9b8e-4d6f-a2c1-5e4d3b2a1f09", 1, "Northwind Pet Co.",
    "Marketing Director, Treats & Chews", "recruiter_screen", "alex.ramsey@northwindpet.com",
    "lever-phone-screen"), r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0f7a3c21-9b8e-4d6f-a2c1-5e4d3b2a1f09
DTSTAMP:20250212T191200Z
DTSTART:20250218T163000Z
DTEND:20250218T170000Z
SUMMARY:Gabriela Torres-Whitman - Phone Screen (Northwind Pet Co.)
DESCRIPTION:Interview for: Marketing Director\, Treats & Chews\nInterviewe
 r: Alex Ramsey (Senior Recruiter)\n\nAlex will call you at +1 312-555-0187
 .\n\n---\nScheduled via Lever
LOCATION:Phone
ORGANIZER;CN=Alex Ramsey:mailto:alex.ramsey@northwindpet.com
ATTENDEE;CN=Alex Ramsey;PARTSTAT=ACCEPTED:mailto:alex.ramsey@northwindpet.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("workday-hm-teams", (
    "WD-INT-CASC-2025-0117-GTW@myworkday.com", 1, "Cascadia Outdoor", "Director, Brand Marketing (Remote)",
    "hiring_manager", "hollis.grant@cascadiaoutdoor.com", "workday-teams-hiring-manager-pacific"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Recruiting//EN
METHOD:REQUEST
@@TZ_LA@@
BEGIN:VEVENT
UID:WD-INT-CASC-2025-0117-GTW@myworkday.com
DTSTAMP:20250221T002155Z
DTSTART;TZID=America/Los_Angeles:20250226T090000
DTEND;TZID=America/Los_Angeles:20250226T094500
SUMMARY:Interview Scheduled - Director\, Brand Marketing (Remote) - JR-004812
DESCRIPTION:Dear Gabriela\,\n\nYour interview has been scheduled.\n\nJob:
  Director\, Brand Marketing (Remote) - JR-004812\nInterview type: Hiring Ma
 nager\nInterviewer: Hollis Grant\, VP Brand\nTime: 9:00 AM PST\n\nMicroso
 ft Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2F
 zY2FkaWE\n\nTo view or manage your application\, sign in to the Cascadia
  Outdoor Careers site.
LOCATION:Microsoft Teams
ORGANIZER;CN=Cascadia Outdoor Talent Acquisition:mailto:cascadia@myworkday.com
ATTENDEE;CN=Hollis Grant;PARTSTAT=ACCEPTED:mailto:hollis.grant@cascadiaoutdoor.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("icims-cancel", (
    "icims-9981273-interview-44120@icims.com", 1, "Prairie Mill Bakery", "Senior Brand Manager",
    "recruiter_screen", "tmurphy@prairiemillbakery.com", "icims-method-cancel-status-cancelled"), r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:CANCEL
@@TZ_CHICAGO@@
BEGIN:VEVENT
UID:icims-9981273-interview-44120@icims.com
DTSTAMP:20250225T143311Z
DTSTART;TZID=America/Chicago:20250227T110000
DTEND;TZID=America/Chicago:20250227T113000
SUMMARY:CANCELED: Phone Interview - Senior Brand Manager - Prairie Mill Bakery
DESCRIPTION:The following interview has been canceled:\n\nCandidate: Gabri
 ela Torres-Whitman\nPosition: Senior Brand Manager (Req 2025-1183)\nInterv
 iewer: Tom Murphy\n\nThe position has been placed on hold. A member of ou
 r team will reach out if it reopens.
LOCATION:Phone
ORGANIZER;CN=Prairie Mill Careers:mailto:careers@prairiemillbakery.com
ATTENDEE;CN=Tom Murphy;PARTSTAT=NEEDS-ACTION:mailto:tmurphy@prairiemillbakery.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION:mailto:gabytorres.mkt@icloud.com
SEQUENCE:1
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""")

add("recruiter-chat", (
    "5s9v2n7k0c4m1t8p3d6b0f5gqo@google.com", 1, "Solstice Home", "Director of Brand", "recruiter_screen",
    "olivia.chen@solsticehome.com", "google-recruiter-chat-no-interview-word"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250225T190000Z
DTEND:20250225T193000Z
DTSTAMP:20250220T151045Z
ORGANIZER;CN=Olivia Chen:mailto:olivia.chen@solsticehome.com
UID:5s9v2n7k0c4m1t8p3d6b0f5gqo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Olivia
  Chen;X-NUM-GUESTS=0:mailto:olivia.chen@solsticehome.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
DESCRIPTION:Looking forward to chatting about the Director of Brand role!
LOCATION:https://meet.google.com/sol-hmck-dpq
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Solstice Home <> Gabriela | Quick chat
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""")

add("goodtime-final", (
    "goodtime-evt-61f8c2a9d0b34e7f@goodtime.io", 1, "Solstice Home", "Director of Brand", "final",
    "Naomi Berg;Luis Ortega;Grace Kim",
    "goodtime-final-loop-nyc-zone"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
@@TZ_NY@@
BEGIN:VEVENT
UID:goodtime-evt-61f8c2a9d0b34e7f@goodtime.io
DTSTAMP:20250317T140255Z
DTSTART;TZID=America/New_York:20250325T100000
DTEND;TZID=America/New_York:20250325T123000
SUMMARY:Solstice Home - Final Interviews (Director of Brand)
DESCRIPTION:Hi Gabriela\,\n\nHere is your final interview schedule (all ti
 mes ET\, back-to-back on one Zoom link):\n\n10:00 - 10:45  Naomi Berg\, Ch
 ief Marketing Officer\n10:45 - 11:30  Luis Ortega\, VP Merchandising\n11:
 30 - 12:15  Grace Kim\, Director of Creative\n12:15 - 12:30  Wrap-up with
  Olivia (Recruiting)\n\nZoom: https://solsticehome.zoom.us/j/88120457731\n\n
 Sent via GoodTime on behalf of Solstice Home Recruiting
LOCATION:https://solsticehome.zoom.us/j/88120457731
ORGANIZER;CN=Solstice Home Recruiting:mailto:scheduling@solsticehome.goodtime.io
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("modernloop-panel", (
    "ml-3b7e90d2-1f4c-4a8d-b6e5-c0a9f8e7d612@modernloop.io", 1, "Tandem Health Brands",
    "Brand Lead, Vitamins", "onsite", "d.archer@tandemhealth.com;j.whitfield@tandemhealth.com",
    "modernloop-panel-interviewers-in-description-only"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-3b7e90d2-1f4c-4a8d-b6e5-c0a9f8e7d612@modernloop.io
DTSTAMP:20250305T210301Z
DTSTART:20250311T150000Z
DTEND:20250311T163000Z
SUMMARY:Panel Interview - Brand Lead\, Vitamins | Tandem Health Brands
DESCRIPTION:Hi Gabriela\,\n\nYou're confirmed for your panel interview.\n\n
 Panel: Dev Archer (GM\, Vitamins) - d.archer@tandemhealth.com\; Jasmine Wh
 itfield (Sr. Director\, Shopper Marketing) - j.whitfield@tandemhealth.com
 \n\nVideo: https://tandemhealth.zoom.us/j/97700214483\n\nCandidate portal
 : https://candidate.modernloop.io/c/3b7e90d2
LOCATION:https://tandemhealth.zoom.us/j/97700214483
ORGANIZER;CN=Tandem Health Talent:mailto:noreply@modernloop.io
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("founder-gmail", (
    "2r6m0q9c3v7k1s5n8t4b2d0fpl@google.com", 1, "Juniper Skin", "Head of Marketing", "hiring_manager",
    "priya.juniperskin@gmail.com", "founder-on-gmail-coffee-wording"), r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250307T083000
DTEND;TZID=America/Chicago:20250307T093000
DTSTAMP:20250303T045512Z
ORGANIZER;CN=Priya Raman:mailto:priya.juniperskin@gmail.com
UID:2r6m0q9c3v7k1s5n8t4b2d0fpl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya
  Raman;X-NUM-GUESTS=0:mailto:priya.juniperskin@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=gabytorres.mkt@icloud.com;X-NUM-GUESTS=0:mailto:gabytorres.mkt@ic
 loud.com
DESCRIPTION:So glad Marcus connected us! Coffee on me — I'd love to tell y
 ou where Juniper is headed and talk about the Head of Marketing seat. Bri
 ng any questions. (We're 11 people\, seed-funded\, 70% DTC.)
LOCATION:Sawada Coffee\, 112 N Green St\, Chicago\, IL 60607
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee: Priya / Gabriela
TRANSP:OPAQUE
END:VEVENT
@@TZ_CHICAGO@@
END:VCALENDAR
""")

add("headhunter-body", (
    "040000008200E00074C5B7101A82E00800000000D4E5F60718A2DB01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9F00",
    1, "Ravenswood Spirits", "Vice President, Marketing", "recruiter_screen", "cwalsh@halbrooksearch.com",
    "headhunter-names-employer-only-in-body"), r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_WIN_EST@@
BEGIN:VEVENT
ATTENDEE;CN="Gabriela Torres-Whitman";RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
CLASS:PUBLIC
DESCRIPTION:Gabriela –\n\nThank you again for your interest. As discussed
 \, our client is Ravenswood Spirits (Louisville / NYC)\, and this is the
  search for their Vice President\, Marketing. I'd like to walk through you
 r background in depth before I present you to the CEO.\n\nI'll call you
  on 312-555-0187.\n\nBest\,\nCaroline Walsh\nPartner\, Consumer Practice |
  Halbrook Search Partners\n
DTEND;TZID="Eastern Standard Time":20250228T150000
DTSTAMP:20250224T193344Z
DTSTART;TZID="Eastern Standard Time":20250228T140000
LOCATION:Phone
ORGANIZER;CN="Caroline Walsh":mailto:cwalsh@halbrooksearch.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Gabriela Torres-Whitman / Caroline Walsh (Halbrook)
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D4E5F60718A2DB01000000000000000010000000B1C2D3E4F5061728394A5B6C7D8E9F00
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("calendly-recruiter", (
    "calendly-evt-BQ7RZ1K4W9MEXN2T", 1, "Fernhill Coffee Roasters", "Director of Brand & Community",
    "recruiter_screen", "talent@fernhillcoffee.com", "calendly-recruiter-screen-user-booked"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-evt-BQ7RZ1K4W9MEXN2T
DTSTAMP:20250303T021501Z
DTSTART:20250306T180000Z
DTEND:20250306T183000Z
SUMMARY:Fernhill Recruiter Screen - Director of Brand & Community between Maya Okoro and Gabriela Torres-Whitman
DESCRIPTION:Event Name: Fernhill Recruiter Screen - Director of Brand & Co
 mmunity\n\nLocation: This is a Google Meet web conference.\nhttps://meet.g
 oogle.com/frn-bxtq-owc\n\nQuestions:\nLinkedIn profile: linkedin.com/in/g
 abrielatorreswhitman\nAnything you'd like us to know?: Based in Chicago\,
  open to Portland relocation.\n\nNeed to make changes to this event?\nCancel
 : https://calendly.com/cancellations/BQ7RZ1K4W9MEXN2T\nReschedule: https://
 calendly.com/reschedulings/BQ7RZ1K4W9MEXN2T\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/frn-bxtq-owc
ORGANIZER;CN=Maya Okoro:mailto:talent@fernhillcoffee.com
ATTENDEE;CN=Maya Okoro;PARTSTAT=ACCEPTED:mailto:talent@fernhillcoffee.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=ACCEPTED:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("calcom-hm", (
    "calcom-booking-7tqHk29xLmPzRv3wN8", 1, "Verdant Oat Co.", "Head of Brand", "hiring_manager",
    "ben@verdantoat.com", "calcom-hiring-manager-booking"), r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-booking-7tqHk29xLmPzRv3wN8
DTSTAMP:20250311T141022Z
DTSTART:20250317T153000Z
DTEND:20250317T161500Z
SUMMARY:Head of Brand - conversation with Ben (Verdant Oat Co.) between Ben Albers and Gabriela Torres-Whitman
DESCRIPTION:What: Head of Brand - conversation with Ben (Verdant Oat Co.)\n
 Invitee Time Zone: America/Chicago\nWho:\n- Ben Albers - Organizer\n  ben
 @verdantoat.com\n- Gabriela Torres-Whitman\n  gabytorres.mkt@icloud.com\n
 Where: Cal Video https://app.cal.com/video/7tqHk29xLmPzRv3wN8\nDescription
 : 45 min with our CEO\, the hiring manager for this role.\n\nNeed to make
  a change? Cancel or reschedule: https://app.cal.com/booking/7tqHk29xLmPz
 Rv3wN8
LOCATION:https://app.cal.com/video/7tqHk29xLmPzRv3wN8
ORGANIZER;CN=Ben Albers:mailto:ben@verdantoat.com
ATTENDEE;CN=Gabriela Torres-Whitman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""")

add("bookings-screen", (
    "AAMkADc1YjE3MTk4LTg4ZjAtNDdmOC1hYTRiLWM0ZWQ1NzQ2ZDEwOQBGAAAAAACbookings9a21", 1,
    "Meridian Health Partners", "Director, Consumer Marketing", "recruiter_screen",
    "khalloran@meridianhp.org", "microsoft-bookings-recruiter-screen"), r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_CST@@
BEGIN:VEVENT
ORGANIZER;CN=Meridian Health Partners Talent Acquisition:mailto:MeridianTalent@meridianhp.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Gabriel
 a Torres-Whitman:mailto:gabytorres.mkt@icloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kevin Halloran:mailto:khalloran@meridianhp.org
DESCRIPTION;LANGUAGE=en-US:Booking confirmed\n\nService: Candidate Phone S
 creen (30 minutes)\nStaff: Kevin Halloran\nRequisition: Director\, Consumer
  Marketing\n\nAdd to calendar | Reschedule | Cancel booking\n\nThis booking
  was made with Microsoft Bookings.\n
UID:AAMkADc1YjE3MTk4LTg4ZjAtNDdmOC1hYTRiLWM0ZWQ1NzQ2ZDEwOQBGAAAAAACbookings9a21
SUMMARY;LANGUAGE=en-US:Candidate Phone Screen
DTSTART;TZID=Central Standard Time:20250319T140000
DTEND;TZID=Central Standard Time:20250319T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T202003Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""")

add("workable-screen", (
    "workable-event-3a9f1e77-5b2c-4d80-9e16-bb0417c2d5a3", 1, "Bloom & Barrow",
    "Brand Marketing Lead", "recruiter_screen", "hr@bloomandbarrow.com", "workable-video-screen"), r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-3a9f1e77-5b2c-4d80-9e16-bb0417c2d5a3
DTSTAMP:20250313T154402Z
DTSTART:20250318T143000Z
DTEND:20250318T150000Z
SUMMARY:Video call with Bloom & Barrow for Brand Marketing Lead
DESCRIPTION:Hi Gabriela\,\n\nThanks for applying for Brand Marketing Lead
  at Bloom & Barrow. Our People Partner\, Hannah Stroud\, will meet you on
  Zoom: https://us06web.zoom.us/j/81130022874\n\nBest\,\nBloom & Barrow Hir
 ing Team\n\nPowered by Workable
LOCATION:https://us06web.zoom.us/j/81130022874
ORGANIZER;CN=Bloom & Barrow:mailto:bloom-and-barrow@jobs.workablemail.com
ATTENDEE;CN=Hannah Stroud;PARTSTAT=ACCEPTED:mailto:hr@bloomandbarrow.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

add("sf-hm", (
    "SF-INTV-NORDHAVEN-000192277", 1, "Nordhaven Consumer Health", "Marketing Director, Digestive Health",
    "hiring_manager", "rebecca.sutton@nordhaven.com", "successfactors-hiring-manager-us"), r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_NY@@
BEGIN:VEVENT
UID:SF-INTV-NORDHAVEN-000192277
DTSTAMP:20250320T133015Z
DTSTART;TZID=America/New_York:20250327T110000
DTEND;TZID=America/New_York:20250327T120000
SUMMARY:Interview Invitation: Marketing Director\, Digestive Health (Req 1034552)
DESCRIPTION:Dear Gabriela\,\n\nYou have been invited to an interview with
  Rebecca Sutton\, Senior Director Marketing (hiring manager)\, for the Mark
 eting Director\, Digestive Health position in Parsippany\, NJ (hybrid).\n\n
 Webex: https://nordhaven.webex.com/meet/rebecca.sutton\n\nPlease accept o
 r propose a new time via the candidate portal.\n\nNordhaven Talent Acquisi
 tion
LOCATION:Webex
ORGANIZER;CN=Nordhaven Talent Acquisition:mailto:noreply@successfactors.com
ATTENDEE;CN=Rebecca Sutton;PARTSTAT=ACCEPTED:mailto:rebecca.sutton@nordhaven.com
ATTENDEE;CN=Gabriela Torres-Whitman;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:gabytorres.mkt@icloud.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")
