"""holdout186: negatives, part K - job-search look-alikes that are not Shannon's own interviews."""
# ruff: noqa: E501
from holdout186ev_common import ev

EVENTS = [
    ev("mock-interview", "9p7n5l3j1h9f7d5b3z1x9v7t5r@google.com", 0, "", "", "", "",
       "mock-interview-with-coach-before-assessment-centre", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260927T100000
DTEND;TZID=Europe/London:20260927T113000
DTSTAMP:20260920T150000Z
ORGANIZER;CN=Louise Tennant Coaching:mailto:louise@tennantcoaching.co.uk
UID:9p7n5l3j1h9f7d5b3z1x9v7t5r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Louise Tennant;X-NUM-GUESTS=0:mailto:louise@tennantcoaching.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk;X-NUM-GUESTS=0:mailto:shannon.doyle84@yahoo.co.uk
CREATED:20260920T150000Z
DESCRIPTION:Session 3 of 4: full mock competency interview for your Aldi assessment day (I'll play the MD!)\, then we'll go through your STAR examples and the group exercise tips. Recorded on Zoom so you can watch it back.\n\nhttps://us02web.zoom.us/j/87711029934
LAST-MODIFIED:20260920T150000Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview - Shannon (Aldi AC prep)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("webinar", "goto-webinar-4471928830-reg-shannon@gotowebinar.com", 0, "", "", "", "",
       "webinar-on-competency-based-interviews", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo Technologies//GoTo Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:goto-webinar-4471928830-reg-shannon@gotowebinar.com
DTSTAMP:20260905T120000Z
DTSTART:20260910T180000Z
DTEND:20260910T190000Z
SUMMARY:Webinar: Nailing the Competency-Based Interview - for Retail Managers stepping up to Area Manager
DESCRIPTION:Thank you for registering for "Nailing the Competency-Based Interview".\n\nHosted by Retail Careers Network. Learn how to structure STAR answers\, what assessors look for at assessment centres and how to handle the dreaded store walk.\n\nJoin from your computer\, tablet or smartphone:\nhttps://attendee.gotowebinar.com/join/4471928830/shannon\n\nYou can also dial in: +44 330 221 0088  Access code: 441-928-830
LOCATION:GoTo Webinar
ORGANIZER;CN=Retail Careers Network:mailto:customercare@gotowebinar.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("press-interview", "040000008200E00074C5B7101A82E00800000000B25FF078F991DC01000000000000000010000000C7C7D8D8E9E9F0F0A1A1B2B2C3C3D4D4", 0,
       "", "", "", "", "press-interview-local-paper-food-bank", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Doyle, Shannon";RSVP=TRUE:mailto:shannon.doyle@greenwayfoods.co.uk
ATTENDEE;CN=Sophie Maguire;RSVP=TRUE:mailto:sophie.maguire@men-news.co.uk
CLASS:PUBLIC
CREATED:20261116T100000Z
DESCRIPTION:Hi Shannon\, confirming the MEN interview + photo about the store's Christmas food bank appeal (Cheetham Hill Food Bank). Sophie will ask about how much has been collected\, why it matters to the team and the community. Please don't comment on pricing or anything group-wide - refer to press office. Photographer will want a shot by the donation trolley with a couple of colleagues.\nThanks\, Hollie\nHollie Reid | Regional Communications | Greenway Foods\n
DTEND;TZID="GMT Standard Time":20261126T120000
DTSTAMP:20261116T100000Z
DTSTART;TZID="GMT Standard Time":20261126T113000
LAST-MODIFIED:20261116T100000Z
LOCATION:Greenway Foods Manchester Fort - front of store
ORGANIZER;CN="Reid, Hollie":mailto:hollie.reid@greenwayfoods.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Manchester Evening News interview - food bank appeal
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B25FF078F991DC01000000000000000010000000C7C7D8D8E9E9F0F0A1A1B2B2C3C3D4D4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("research-interview", "calendly-2a4c6e8a-0c2e-4a6c-8e0a-research-igd@calendly.com", 0, "", "", "", "",
       "paid-research-interview-for-store-managers-study", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-2a4c6e8a-0c2e-4a6c-8e0a-research-igd@calendly.com
DTSTAMP:20261003T200000Z
DTSTART:20261008T190000Z
DTEND:20261008T194500Z
SUMMARY:Shannon Doyle and Ollie Fraser
DESCRIPTION:Event Name: Research interview - grocery store managers (45 mins)\n\nThanks for taking part in our research on how store managers plan staffing and rotas. This is a confidential research interview - there are no right or wrong answers. You'll receive a £60 Amazon voucher as a thank-you.\n\nJoin: https://zoom.us/j/99120044731\n\nBlueline Research Ltd (on behalf of a workforce software client)\n\nPowered by Calendly.com
LOCATION:https://zoom.us/j/99120044731
ORGANIZER;CN=Ollie Fraser:mailto:ollie@bluelineresearch.co.uk
ATTENDEE;CN=Ollie Fraser;PARTSTAT=ACCEPTED:mailto:ollie@bluelineresearch.co.uk
ATTENDEE;CN=Shannon Doyle;PARTSTAT=ACCEPTED:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("coffee", "8o6m4k2i0g8e6c4a2y0w8u6s4q@google.com", 0, "", "", "", "",
       "informational-coffee-with-ex-colleague-at-target-employer", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260912T100000
DTEND;TZID=Europe/London:20260912T110000
DTSTAMP:20260907T200000Z
ORGANIZER;CN=Nadia Haddad:mailto:nadia.haddad82@gmail.com
UID:8o6m4k2i0g8e6c4a2y0w8u6s4q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia Haddad;X-NUM-GUESTS=0:mailto:nadia.haddad82@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk;X-NUM-GUESTS=0:mailto:shannon.doyle84@yahoo.co.uk
CREATED:20260907T200000Z
DESCRIPTION:Brew and a natter! Happy to tell you what being an area manager at the Co-op is really like (the good\, the bad and the mileage 😂). Not recruiting myself but can tell you who to talk to.\nN x
LAST-MODIFIED:20260907T200000Z
LOCATION:Pot Kettle Black\, Barton Arcade
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee Nadia / Shannon
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("jobs-fair", "eventbrite-1184470021-ticket-55810@eventbrite.com", 0, "", "", "", "",
       "careers-fair-retail-and-logistics", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1184470021-ticket-55810@eventbrite.com
DTSTAMP:20260901T100000Z
DTSTART:20260926T090000Z
DTEND:20260926T140000Z
SUMMARY:North West Retail & Logistics Jobs Fair 2026
DESCRIPTION:Order #55810 - 1 x Free General Admission\n\nMeet recruiters from 40+ retailers\, supermarkets and logistics firms. Free CV clinic and "interview confidence" talks all day. Bring copies of your CV!\n\nhttps://www.eventbrite.co.uk/e/1184470021
LOCATION:Manchester Central Convention Complex\, Windmill St\, Manchester M2 3GX
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("reference-call", "B8D0F2A4-C6E8-4A0C-8E2A-6C8E0A2C4E6B", 0, "", "", "", "",
       "reference-call-as-referee-for-ex-deputy", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.7//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B8D0F2A4-C6E8-4A0C-8E2A-6C8E0A2C4E6B
DTSTAMP:20261110T120000Z
DTSTART;TZID=Europe/London:20261113T124500
DTEND;TZID=Europe/London:20261113T130000
SUMMARY:Sainsbury's HR ringing - reference for Jordan
DESCRIPTION:Jordan (my old deputy) - going for store mgr at Sainsbury's Didsbury. be positive! dates he worked for me: Mar 22 - Jun 25
SEQUENCE:0
END:VEVENT
@@TZ_LONDON@@
END:VCALENDAR
''', eol="\n"),
    ev("recruiter-call", "040000008200E00074C5B7101A82E00800000000C360018A0AA2DC01000000000000000010000000D8D8E9E9F0F0A1A1B2B2C3C3D4D4E5E5", 0,
       "", "", "", "", "agency-recruiter-call-naming-no-employer", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
CLASS:PUBLIC
CREATED:20260903T160000Z
DESCRIPTION:Hi Shannon\,\n\nGood to connect on LinkedIn. Let's have a catch up so I can understand what you're looking for - I work with a number of grocery\, convenience and discount retailers across the North West and have a few Area Manager briefs coming through in Q4. Nothing specific to discuss yet\, just want to get to know you and your background.\n\nMark Ellison\nPrincipal Consultant - Retail\, Hays Manchester\n
DTEND;TZID="GMT Standard Time":20260908T123000
DTSTAMP:20260903T160000Z
DTSTART;TZID="GMT Standard Time":20260908T121500
LAST-MODIFIED:20260903T160000Z
LOCATION:Phone - Mark to call
ORGANIZER;CN="Ellison, Mark":mailto:mark.ellison@hays.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Shannon Doyle / Mark Ellison (Hays) - intro call
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000C360018A0AA2DC01000000000000000010000000D8D8E9E9F0F0A1A1B2B2C3C3D4D4E5E5
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("prep", "7n5l3j1h9f7d5b3z1x9v7t5r3p@google.com", 0, "", "", "", "",
       "prep-block-before-final-panel", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261116T193000
DTEND;TZID=Europe/London:20261116T213000
DTSTAMP:20261110T200000Z
UID:7n5l3j1h9f7d5b3z1x9v7t5r3p@google.com
CREATED:20261110T200000Z
DESCRIPTION:finish Asda slides (6 max!!) + email to Ellie by midnight. 6 month plan: people / availability / waste / online. practise out loud x2. print copies
LAST-MODIFIED:20261110T200000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP - Asda final presentation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("thank-you", "A0C2E4B6-D8FA-4C1E-9A3B-8E0A2C4E6A8D", 0, "", "", "", "",
       "thank-you-email-reminder-after-interview", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A0C2E4B6-D8FA-4C1E-9A3B-8E0A2C4E6A8D
DTSTAMP:20261006T160000Z
DTSTART:20261006T200000
DTEND:20261006T201500
SUMMARY:send thank you email to Helen + Rob @ Costa
DESCRIPTION:mention the Piccadilly store idea (click & collect shelf). keep it short
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT0S
END:VALARM
END:VEVENT
END:VCALENDAR
''', eol="\n"),
    ev("medical", "medigold-appt-88130-20261126@medigold-health.com", 0, "", "", "", "",
       "pre-employment-medical-after-offer", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Medigold Health//Appointments//EN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:medigold-appt-88130-20261126@medigold-health.com
DTSTAMP:20261118T090000Z
DTSTART;TZID=Europe/London:20261126T080000
DTEND;TZID=Europe/London:20261126T083000
SUMMARY:Pre-placement health assessment (telephone) - DHL Supply Chain
DESCRIPTION:Dear Shannon\,\n\nYour pre-placement health assessment has been booked on behalf of DHL Supply Chain as part of your conditional offer of employment.\n\nType: Telephone consultation with an Occupational Health Advisor\nThe advisor will call you on 07*** ***412.\n\nPlease have details of any current medication to hand.\n\nMedigold Health - Occupational Health Services
LOCATION:Telephone
ORGANIZER;CN=Medigold Health Bookings:mailto:bookings@medigold-health.com
ATTENDEE;CN=Shannon Doyle;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
]
