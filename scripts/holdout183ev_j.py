"""holdout183 events, part J: job-search look-alikes and the rest of the working and personal week."""

from holdout183ev_zones import GMT_STD, LONDON

EVENTS = []

# Informational coffee with an ex-colleague now in comms
EVENTS.append(dict(
    kind="gcal", iv=0,
    trap="informational-coffee-ex-colleague-in-comms",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250109T081500Z
DTEND:20250109T090000Z
DTSTAMP:20250106T193200Z
ORGANIZER;CN=Jess Tan:mailto:jesstan.comms@gmail.com
UID:1d3f5h7j9l1n3p5r7t9v1x3z5b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=oliver.kemp.writes@gmail.com;X-NUM-GUESTS=0:mailto:oliver.kemp.write
 s@gmail.com
CREATED:20250106T193150Z
DESCRIPTION:Happy to tell you everything I wish I'd known before jumping to
  the dark side :) No jobs going at Aviva right now I'm afraid\\, but I'll tell
  you who's hiring. x
LAST-MODIFIED:20250106T193200Z
LOCATION:Notes\\, Cannon Street
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee - Jess / Oliver (comms chat)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Careers event for journalists moving into charity comms
EVENTS.append(dict(
    kind="eventbrite", iv=0,
    trap="careers-event-journalists-into-comms",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Event//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1092238871-order-8812274651
DTSTAMP:20250115T130000Z
DTSTART:20250129T180000Z
DTEND:20250129T203000Z
SUMMARY:From Newsroom to Comms Team: CharityComms careers evening
DESCRIPTION:Order #8812274651 - 1 x General Admission\\n\\nMeet heads of comms
  from 15 charities\\, CV clinic and "how to interview for your first comms rol
 e" talk. Networking with drinks from 19:30.\\n\\nVenue: Resource for London\\,
  356 Holloway Road\\, N7 6PA
LOCATION:Resource for London\\, 356 Holloway Road\\, London N7 6PA
ORGANIZER;CN=CharityComms:mailto:noreply@eventbrite.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Reference call where Oliver is the referee
EVENTS.append(dict(
    kind="outlook", iv=0,
    trap="reference-call-user-is-referee",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Pike, Andrew":mailto:andrew.pike@thomsonreuters.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="oliver.ke
 mp@theledger.co.uk":mailto:oliver.kemp@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Oliver - thanks for agreeing to be a referee f
 or Ben Ashworth\\, who we'd like to hire as UK Deals Correspondent. 15 minute
 s on the phone\\; I'll call you at the desk.\\n\\nAndrew Pike\\nBureau Chief\\,
  Reuters London\\n
UID:040000008200E00074C5B7101A82E0080000000001E2F3A4B5C6DB01000000000000000010000000A3B4C5D6A3B4C5D6A3B4C5D6A3B4C5D6
SUMMARY;LANGUAGE=en-GB:Reference - Ben Ashworth
DTSTART;TZID=GMT Standard Time:20250415T114500
DTEND;TZID=GMT Standard Time:20250415T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250411T091500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Recruiter call naming no employer
EVENTS.append(dict(
    kind="calendly", iv=0,
    trap="recruiter-intro-call-no-employer-named",
    ics="""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d
DTSTAMP:20250108T171000Z
DTSTART:20250113T123000Z
DTEND:20250113T130000Z
SUMMARY:Oliver Kemp and Ellis Moore: Introductory call (30 min)
DESCRIPTION:Event Name: Introductory call (30 min)\\n\\nMoore & Pace - Commun
 ications\\, Corporate Affairs & Public Affairs Search\\n\\nPlease share your c
 urrent package and the kind of roles you'd consider (in-house / agency / publ
 ic sector). I'll outline what we're seeing in the market.\\n\\nLocation: Ellis
  will call you on +447700900418\\n\\nPowered by Calendly.com
ORGANIZER;CN=Ellis Moore:mailto:ellis@mooreandpace.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=ACCEPTED:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Prep block before Lloyd's List final
EVENTS.append(dict(
    kind="gcal-export", iv=0,
    trap="prep-block-before-final",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Oliver (personal)
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20250204T190000Z
DTEND:20250204T213000Z
DTSTAMP:20250201T102200Z
UID:3f5h7j9l1n3p5r7t9v1x3z5b7d@google.com
CREATED:20250201T102150Z
DESCRIPTION:finish the 2028 deck. rehearse x2 out loud\\, time it (10 min no
  more). Read the last 3 months of LL. Know the subs numbers!
LAST-MODIFIED:20250201T102200Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP - LL final pres
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Thank-you reminder
EVENTS.append(dict(
    kind="phone-reminder", iv=0,
    trap="thank-you-note-reminder",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250320T160505Z
DTSTAMP:20250320T160511Z
DTSTART;VALUE=DATE:20250321
DTEND;VALUE=DATE:20250322
SUMMARY:thank you emails - Which? panel (Harry\\, Tamsin)
SEQUENCE:0
TRANSP:TRANSPARENT
UID:7E7E7E7E-1A2B-4C3D-8E9F-0A1B2C3D4E5F
END:VEVENT
END:VCALENDAR
"""))

# Pre-employment health assessment
EVENTS.append(dict(
    kind="occ-health", iv=0,
    trap="pre-employment-health-assessment-call",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Optima Health//Appointments//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:optima-phq-2025-0518-77120@optimahealth.co.uk
DTSTAMP:20250512T101000Z
DTSTART:20250520T083000Z
DTEND:20250520T090000Z
SUMMARY:Pre-placement health assessment (telephone)
DESCRIPTION:Dear Oliver Kemp\\,\\n\\nFollowing your pre-placement health questi
 onnaire\\, an Occupational Health Advisor will telephone you to complete your
  assessment. This is not a medical examination and will take around 20 minut
 es. The outcome (fit / fit with adjustments) will be shared with the recruit
 ing organisation.\\n\\nOptima Health - Occupational Health Services
LOCATION:Telephone
ORGANIZER;CN=Optima Health:mailto:appointments@optimahealth.co.uk
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Research interview (academic study of business journalists)
EVENTS.append(dict(
    kind="teams-research", iv=0,
    trap="academic-research-interview-participant",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Adeyinka, Tolu":mailto:tolu.adeyinka@politics.ox.ac.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=oliver.kem
 p.writes@gmail.com:mailto:oliver.kemp.writes@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Dear Oliver\\,\\n\\nThank you for agreeing to take p
 art in our study of how business journalists use AI tools. This semi-struct
 ured research interview will last about 45 minutes and will be recorded and
  transcribed. The participant information sheet and consent form are attach
 ed.\\n\\nMicrosoft Teams meeting\\nClick here to join the meeting<https://team
 s.microsoft.com/l/meetup-join/19%3ameeting_OGFlZDc2>\\n
UID:040000008200E00074C5B7101A82E0080000000012F3A4B5C6D7DB01000000000000000010000000B4C5D6E7B4C5D6E7B4C5D6E7B4C5D6E7
SUMMARY;LANGUAGE=en-GB:Research interview - AI in the business newsroom
DTSTART;TZID=GMT Standard Time:20250319T130000
DTEND;TZID=GMT Standard Time:20250319T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Paid user-research session (customer interview)
EVENTS.append(dict(
    kind="user-research", iv=0,
    trap="paid-customer-interview-data-terminal",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//User Interviews//Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ui-session-5517720-p3@userinterviews.com
DTSTAMP:20250124T120000Z
DTSTART:20250130T170000Z
DTEND:20250130T174500Z
SUMMARY:Customer interview: journalists who use financial data terminals (£60
  incentive)
DESCRIPTION:You're confirmed for a 45-minute remote customer interview with
  the product research team. We'll ask how you find and check company data on
  deadline. Incentive: £60 e-gift card sent within 5 working days.\\n\\nZoom lin
 k: https://zoom.us/j/94433018821
LOCATION:Zoom
ORGANIZER;CN=User Interviews:mailto:sessions@userinterviews.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=ACCEPTED:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Civil Service sift outcome date, typed all-day
EVENTS.append(dict(
    kind="phone-reminder", iv=0,
    trap="civil-service-sift-outcome-reminder",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250322T085010Z
DTSTAMP:20250322T085014Z
DTSTART;VALUE=DATE:20250404
DTEND;VALUE=DATE:20250405
SUMMARY:CMA sift results due (394002)
DESCRIPTION:if nothing by then chase via CSJ. interviews w/c 28 Apr per adve
 rt
SEQUENCE:0
TRANSP:TRANSPARENT
UID:4B4B4B4B-2C2C-4D4D-8E8E-5F5F5F5F5F5F
END:VEVENT
END:VCALENDAR
"""))

# Right-to-work / ID check before a civil-service offer
EVENTS.append(dict(
    kind="trustid", iv=0,
    trap="pre-employment-identity-check-video",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TrustID//Cloud//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:trustid-rtw-4400128831@trustid.co.uk
DTSTAMP:20250515T090000Z
DTSTART:20250521T130000Z
DTEND:20250521T131500Z
SUMMARY:Right to work & identity check - video appointment
DESCRIPTION:Your pre-employment checks for your provisional offer are in pr
 ogress. Please have your original passport to hand for a short video check w
 ith a TrustID document examiner. This is not an interview.\\n\\nJoin: https://
 cloud.trustid.co.uk/video/4400128831
ORGANIZER;CN=TrustID:mailto:noreply@trustid.co.uk
ATTENDEE;CN=Oliver Kemp:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Moderating a panel at a conference
EVENTS.append(dict(
    kind="gcal-work", iv=0,
    trap="user-moderates-conference-panel",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250410T133000Z
DTEND:20250410T143000Z
DTSTAMP:20250303T110000Z
ORGANIZER;CN=Events - Society of Editors:mailto:events@societyofeditors.org
UID:5h7j9l1n3p5r7t9v1x3z5b7d9f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=oliver
 .kemp@theledger.co.uk;X-NUM-GUESTS=0:mailto:oliver.kemp@theledger.co.uk
CREATED:20250303T105950Z
DESCRIPTION:Panel: "Who pays for business journalism?" You're chairing: 3 p
 anellists\\, 40 mins discussion + 15 mins audience Q&A. Green room from 14:00.
LAST-MODIFIED:20250303T110000Z
LOCATION:Stationers' Hall\\, Ave Maria Lane
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:SoE conference - chair panel 2 (Oliver Kemp)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Media law refresher training
EVENTS.append(dict(
    kind="outlook", iv=0,
    trap="newsroom-media-law-training",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Legal (Editorial)":mailto:editorial.legal@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Business Desk":mailto:businessdesk@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Annual refresher: contempt\\, defamation (serious
  harm)\\, privacy and IPSO Editors' Code. Attendance is compulsory for all rep
 orters.\\n
UID:040000008200E00074C5B7101A82E0080000000023A4B5C6D7E8DB01000000000000000010000000C5D6E7F8C5D6E7F8C5D6E7F8C5D6E7F8
SUMMARY;LANGUAGE=en-GB:Media law refresher - Business & City
DTSTART;TZID=GMT Standard Time:20250122T140000
DTEND;TZID=GMT Standard Time:20250122T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250110T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Auditorium (Ground)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))

# Factory visit on a press trip
EVENTS.append(dict(
    kind="gcal-work", iv=0,
    trap="press-trip-factory-visit",
    ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LONDON + """BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250507T073000
DTEND;TZID=Europe/London:20250507T163000
DTSTAMP:20250422T140000Z
ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@jcb.com
UID:7j9l1n3p5r7t9v1x3z5b7d9f1h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=oliver.kemp@theledger.co.uk;X-NUM-GUESTS=0:mailto:oliver.kemp@thele
 dger.co.uk
CREATED:20250422T135940Z
DESCRIPTION:Media visit to World HQ: factory tour\\, new hydrogen engine line\\,
  lunch and a 20-minute one-to-one with the chairman (on the record). Car fro
 m Euston 07:30.
LAST-MODIFIED:20250422T140000Z
LOCATION:JCB World HQ\\, Rocester\\, Staffordshire
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Press visit - JCB Rocester
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Mortgage appointment at the bank
EVENTS.append(dict(
    kind="bank-appt", iv=0,
    trap="mortgage-appointment-at-bank",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Barclays//Appointment Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:barclays-appt-MTG-00921877
DTSTAMP:20250402T181000Z
DTSTART:20250412T093000Z
DTEND:20250412T103000Z
SUMMARY:Your Barclays appointment: Remortgage review
DESCRIPTION:Appointment with: Mortgage Adviser\\nType: Video call\\nReference:
  MTG-00921877\\n\\nPlease have recent payslips and your current mortgage state
 ment ready.
LOCATION:Video call
ORGANIZER;CN=Barclays:mailto:appointments@barclays.co.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Contact lunch with a PR at a firm he also interviewed with
EVENTS.append(dict(
    kind="desktop-typed", iv=0,
    trap="contact-lunch-with-pr-not-about-job",
    eol="\n",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Mac 16.93//EN
BEGIN:VEVENT
UID:0B1C2D3E-4F50-6172-8394-A5B6C7D8E9F0
DTSTAMP:20250107T164412Z
DTSTART:20250115T123000
DTEND:20250115T141500
SUMMARY:Lunch - Tom E (Calloway Strand) - contact lunch
LOCATION:Rules
DESCRIPTION:on the Ledger. his clients: the insurers + that retailer. Fish
  for the profit warning story. DON'T mention I'm looking
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

# Editorial planning meeting for Budget/Spring Statement coverage
EVENTS.append(dict(
    kind="teams", iv=0,
    trap="editorial-planning-meeting",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Joe":mailto:joe.whitaker@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kemp, Oliver":mailto:oliver.kemp@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gallagher, Fiona":mailto:fiona.gallagher@theledger.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Graphics Desk":mailto:graphics@theledger.co.uk
DESCRIPTION;LANGUAGE=en-GB:Spring Statement planning: who's interviewing who
  on the day\\, OBR numbers\\, reaction list\\, graphics. Oliver on business
  reaction + CBI/IoD interviews.\\n
UID:040000008200E00074C5B7101A82E0080000000034B5C6D7E8F9DB01000000000000000010000000D6E7F809D6E7F809D6E7F809D6E7F809
SUMMARY;LANGUAGE=en-GB:Spring Statement planning
DTSTART;TZID=GMT Standard Time:20250319T160000
DTEND;TZID=GMT Standard Time:20250319T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
"""))
