"""holdout242 events, part E: Tasmania, processors, equity partnerships, agencies, overseas farms."""

EVENTS = [
    {
        "kind": "teams-interview",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000E2D3C4B5A697DB01"
            "00000000000000001000000044556677889900AABBCCDDEEFF001122"
        ),
        "interview": 1,
        "company": "Scottsdale Pastoral Co",
        "role": "Dairy Farm Manager",
        "stage": "hiring_manager",
        "who": "mel.brennan@scottsdalepastoral.com.au",
        "trap": "outlook-tasmania-standard-time-teams",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Tasmania Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Brennan, Mel":mailto:mel.brennan@scottsdalepastoral.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.tehui
 a.farm@xtra.co.nz:mailto:liam.tehuia.farm@xtra.co.nz
DESCRIPTION;LANGUAGE=en-AU:G'day Liam\,\n\nThanks for the application for D
 airy Farm Manager at our Ringarooma Road unit. Keen to have a yarn on Tea
 ms – about 45 mins. I run the two dairies here for the family.\n\nCheers\,
 \nMel Brennan\nGeneral Manager\nScottsdale Pastoral Co\n\n_______________
 _________________________________________________________________\nMicroso
 ft Teams meeting\nJoin on your computer\, mobile app or room device\nMeet
 ing ID: 417 226 008 915\nPasscode: aQ3n8W\nDial in by phone\n+61 2 8318 0
 092\,\,771203554# Australia\, Sydney\n
UID:040000008200E00074C5B7101A82E00800000000E2D3C4B5A697DB010000000000000000
 1000000044556677889900AABBCCDDEEFF001122
SUMMARY;LANGUAGE=en-AU:Liam Te Huia - Dairy Farm Manager - chat
DTSTART;TZID=Tasmania Standard Time:20250409T163000
DTEND;TZID=Tasmania Standard Time:20250409T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T001906Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "presentation-interview",
        "uid": "icims-6142-interview-20250116-0045@canterburymilk.icims.com",
        "interview": 1,
        "company": "Canterbury Milk Processors",
        "role": "Farm Sustainability Lead",
        "stage": "technical",
        "who": "j.bowden@canterburymilk.co.nz;r.sharma@canterburymilk.co.nz",
        "trap": "icims-presentation-task-processor-role",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-6142-interview-20250116-0045@canterburymilk.icims.com
DTSTAMP:20250116T004511Z
DTSTART:20250122T230000Z
DTEND:20250123T000000Z
SUMMARY:Interview Invitation - Farm Sustainability Lead (6142)
DESCRIPTION:Dear Liam\,\n\nThank you for your interest in the Farm Sustaina
 bility Lead position (Req 6142). Please prepare a 15-minute presentation:
  "How would you help 40 supplier farms get their nitrogen and effluent re
 sults under the new catchment limits?" followed by questions from Jo Bowd
 en (Head of Milk Supply) and Ravi Sharma (Environmental Manager).\n\nMS T
 eams link to follow.\n\nCanterbury Milk Processors Talent Team
LOCATION:Microsoft Teams
ORGANIZER;CN=Canterbury Milk Processors:mailto:careers-noreply@canterburymi
 lk.icims.com
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Jo Bowden;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:J.Bowde
 n@canterburymilk.co.nz
ATTENDEE;CN=Ravi Sharma;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:R.Sha
 rma@canterburymilk.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "investor-panel",
        "uid": "3lk2jh1gf0ds9ap8oi7uy6tr5e@google.com",
        "interview": 1,
        "company": "Fernside Equity Partnership",
        "role": "Farm Manager (equity partnership)",
        "stage": "",
        "who": "chair@fernsidedairy.co.nz;Dave Langford;Sue Langford",
        "trap": "equity-partnership-investors-meeting-is-interview",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241203T060000Z
DTEND:20241203T073000Z
DTSTAMP:20241125T091055Z
ORGANIZER;CN=Fernside Equity Partnership:mailto:chair@fernsidedairy.co.nz
UID:3lk2jh1gf0ds9ap8oi7uy6tr5e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Fernsi
 de Equity Partnership;X-NUM-GUESTS=0:mailto:chair@fernsidedairy.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Liam\,\n\nThe partners would like to meet the three shortlisted
  applicants for the Farm Manager (equity partnership) role – the position
  comes with the option to buy in up to 10%. Present will be myself (Chair)
 \, Dave and Sue Langford (founding partners) and our accountant for the
  equity part. About 20 mins on your background\, 20 on how you'd run the
  place\, and time for your questions.\n\nZoom: https://us02web.zoom.us/j/7
 7104455921\n\nAndrew Kerr\, Chair
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meeting with Fernside partners – Liam Te Huia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "consultancy-interview",
        "uid": "4kjh3gf2ds1aq0wp9oe8ir7ut6@google.com",
        "interview": 1,
        "company": "Pastoral Edge Consulting",
        "role": "Farm Consultant (Dairy)",
        "stage": "hiring_manager",
        "who": "fiona@pastoraledge.co.nz",
        "trap": "consultancy-job-interview-with-director",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250130T003000Z
DTEND:20250130T013000Z
DTSTAMP:20250123T220014Z
ORGANIZER;CN=Fiona Latham:mailto:fiona@pastoraledge.co.nz
UID:4kjh3gf2ds1aq0wp9oe8ir7ut6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Fiona
  Latham;X-NUM-GUESTS=0:mailto:fiona@pastoraledge.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Kia ora Liam – thanks for applying for the Farm Consultant (Dai
 ry) role. Let's meet at the office – I'll buy the coffee. Plan is an hour
 : your farming story\, why consulting\, and how you'd handle a client who
  won't take advice.\n\nFiona Latham\nDirector\, Pastoral Edge Consulting
LOCATION:Pastoral Edge Consulting\, 3/120 Alexandra Street\, Te Awamutu
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Liam Te Huia – interview – Farm Consultant (Dairy)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "client-case",
        "uid": "5lkj4hg3fd2sa1qw0ep9ri8tu7@google.com",
        "interview": 1,
        "company": "Pastoral Edge Consulting",
        "role": "Farm Consultant (Dairy)",
        "stage": "technical",
        "who": "fiona@pastoraledge.co.nz;ben@pastoraledge.co.nz",
        "trap": "consultancy-on-farm-client-case-exercise",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_NZ_GOOGLE@
BEGIN:VEVENT
DTSTART;TZID=Pacific/Auckland:20250212T090000
DTEND;TZID=Pacific/Auckland:20250212T123000
DTSTAMP:20250205T023341Z
ORGANIZER;CN=Fiona Latham:mailto:fiona@pastoraledge.co.nz
UID:5lkj4hg3fd2sa1qw0ep9ri8tu7@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ben Ch
 isholm;X-NUM-GUESTS=0:mailto:ben@pastoraledge.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Step 2: we'll take you to one of our client farms (they've agre
 ed). Do the farm walk with the farmer\, then sit with Ben and me and give
  us your advice as if it were a real visit report: feed plan to dry-off\,
  BCS\, and what you'd change for next season. Scored on the advice and how
  you talk to the farmer.
LOCATION:Client farm – meet at our office first
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PEC – practical assessment (client farm visit) – Liam
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-phone-screen",
        "uid": "agstaff-7741-20250206@agstaff.co.nz",
        "interview": 1,
        "company": "Te Rua Farming Trust",
        "role": "Dairy Operations Manager",
        "stage": "recruiter_screen",
        "who": "kate.oconnor@agstaff.co.nz",
        "trap": "agency-screen-named-client-trust",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@TZ_NZ_WIN@
BEGIN:VEVENT
ATTENDEE;CN="Liam Te Huia";RSVP=TRUE:mailto:liam.tehuia.farm@xtra.co.nz
CLASS:PUBLIC
CREATED:20250206T003012Z
DESCRIPTION:Hi Liam\,\n\nAs discussed – screening call for the Dairy Operat
 ions Manager role with our client Te Rua Farming Trust (4 dairy units nea
 r Reporoa\, 3\,200 cows\, reporting to the trust's CEO). I'll go through
  your experience and the package and\, if we're both happy\, present you
  to the trust on Friday.\n\nKate O'Connor\nSenior Consultant\nAgStaff NZ\n
DTEND;TZID="New Zealand Standard Time":20250210T124500
DTSTAMP:20250206T003012Z
DTSTART;TZID="New Zealand Standard Time":20250210T121500
LAST-MODIFIED:20250206T003012Z
LOCATION:Phone – I'll call you
ORGANIZER;CN="Kate O'Connor":mailto:kate.oconnor@agstaff.co.nz
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-nz:Liam Te Huia – screening call (AgStaff)
TRANSP:OPAQUE
UID:agstaff-7741-20250206@agstaff.co.nz
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-call",
        "uid": "6mlk5jh4gf3ds2aq1wp0oe9ir8@google.com",
        "interview": 1,
        "company": "Braemar Pastoral",
        "role": "General Manager – Dairy",
        "stage": "recruiter_screen",
        "who": "rob@fieldandfarmsearch.co.nz",
        "trap": "headhunter-names-employer-only-in-body",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250316T070000Z
DTEND:20250316T074500Z
DTSTAMP:20250313T030111Z
ORGANIZER;CN=Rob Tait:mailto:rob@fieldandfarmsearch.co.nz
UID:6mlk5jh4gf3ds2aq1wp0oe9ir8@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rob Ta
 it;X-NUM-GUESTS=0:mailto:rob@fieldandfarmsearch.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Liam – thanks for the call back. As promised\, the client is Br
 aemar Pastoral Ltd (North Otago\, 5 dairies + support blocks). The role i
 s General Manager – Dairy. I'd like to take you through the brief\, get y
 our read on it and ask a few questions so I can put you on the shortlist
  for their board. Sunday evening suits you best I know.\n\nRob Tait\nField
  & Farm Executive Search
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rob Tait / Liam Te Huia – confidential
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-aest",
        "uid": "ZOOM-83029114467-20250227T0800@zoom.us",
        "interview": 1,
        "company": "Riverina Irrigated Dairy",
        "role": "Dairy Manager",
        "stage": "hiring_manager",
        "who": "Tim Haddad",
        "trap": "zoom-native-ics-sydney-zone",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
BEGIN:VTIMEZONE
TZID:Australia/Sydney
LAST-MODIFIED:20240422T053451Z
X-LIC-LOCATION:Australia/Sydney
BEGIN:STANDARD
TZNAME:AEST
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZNAME:AEDT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250221T044217Z
DTSTART;TZID=Australia/Sydney:20250227T080000
DTEND;TZID=Australia/Sydney:20250227T090000
SUMMARY:Riverina Irrigated Dairy - Dairy Manager interview (L. Te Huia)
UID:ZOOM-83029114467-20250227T0800@zoom.us
TZID:Australia/Sydney
DESCRIPTION:Tim Haddad is inviting you to a scheduled Zoom meeting.\n\nJoin
  Zoom Meeting\nhttps://us06web.zoom.us/j/83029114467?pwd=QmxuS2dWb2lPbm5N
 Wk9SZz09\n\nMeeting ID: 830 2911 4467\nPasscode: 902113\n\n---\n\nOne tap
  mobile\n+61280152088\,\,83029114467#\,\,\,\,*902113# Australia\n
LOCATION:https://us06web.zoom.us/j/83029114467?pwd=QmxuS2dWb2lPbm5NWk9SZz09
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "video-call-uk",
        "uid": "2f0c9a1e-55b3-4f8d-9c7a-a1b2c3d4e5f6@trewithengrass.co.uk",
        "interview": 1,
        "company": "Trewithen Grass Dairies",
        "role": "Dairy Unit Manager",
        "stage": "hiring_manager",
        "who": "george.pascoe@trewithengrass.co.uk",
        "trap": "uk-grass-dairy-interview-london-zone-evening-nz-morning",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/London
X-LIC-LOCATION:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250219T200000
DTEND;TZID=Europe/London:20250219T210000
DTSTAMP:20250212T181502Z
ORGANIZER;CN=George Pascoe:mailto:george.pascoe@trewithengrass.co.uk
UID:2f0c9a1e-55b3-4f8d-9c7a-a1b2c3d4e5f6@trewithengrass.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=George
  Pascoe;X-NUM-GUESTS=0:mailto:george.pascoe@trewithengrass.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Hi Liam\, 8pm here is 9am Thursday for you I think. We're after
  a Kiwi to run our 700-cow spring-calving grass herd near Truro – someone
  who has done it properly. Happy to sponsor the visa. Interview will be m
 e and my wife Helen\, an hour.\n\nGeorge\n\nJoin with Google Meet: https:
 //meet.google.com/kpo-ghfd-xsa
LOCATION:https://meet.google.com/kpo-ghfd-xsa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Dairy Unit Manager – Liam Te Huia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-ireland",
        "uid": (
            "040000008200E00074C5B7101A82E008000000005544332211FFDB01"
            "000000000000000010000000ABCDEF0123456789ABCDEF0123456789"
        ),
        "interview": 1,
        "company": "Ballyvoile Farms",
        "role": "Farm Manager – 1,000 cow grazing platform",
        "stage": "hiring_manager",
        "who": "ciaran.power@ballyvoilefarms.ie",
        "trap": "irish-outlook-gmt-standard-time-interview",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Power, Ciarán":mailto:ciaran.power@ballyvoilefarms.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.tehui
 a.farm@xtra.co.nz:mailto:liam.tehuia.farm@xtra.co.nz
DESCRIPTION;LANGUAGE=en-IE:Liam\, thanks for coming back to us. Interview f
 or Farm Manager – 1\,000 cow grazing platform\, Co. Waterford. Myself and
  our herd vet will join.\n\nCiarán\n\nMicrosoft Teams meeting\nMeeting ID
 : 339 882 104 556\nPasscode: Tq7mR2\n
UID:040000008200E00074C5B7101A82E008000000005544332211FFDB010000000000000000
 10000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-IE:Ballyvoile Farms - interview - L Te Huia
DTSTART;TZID=GMT Standard Time:20250507T210000
DTEND;TZID=GMT Standard Time:20250507T220000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T110442Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "university-panel",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000C3B2A1F0E9D8DB01"
            "0000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D"
        ),
        "interview": 1,
        "company": "Ellesmere Research Farm",
        "role": "Farm Manager – Ellesmere Research Dairy Farm",
        "stage": "onsite",
        "who": "helen.dunstan@ellesmere.ac.nz;marcus.lee@ellesmere.ac.nz;"
        "tane.horomona@ellesmere.ac.nz",
        "trap": "university-panel-with-rooms-and-hr-organiser",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN="Recruitment, HR";SENT-BY="mailto:ana.vaifale@ellesmere.ac.nz"
 :mailto:hr.recruitment@ellesmere.ac.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.tehui
 a.farm@xtra.co.nz:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dunstan, Hele
 n":mailto:helen.dunstan@ellesmere.ac.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lee, Marcus":
 mailto:marcus.lee@ellesmere.ac.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Horomona, Tā
 ne":mailto:tane.horomona@ellesmere.ac.nz
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;C
 N="FOA Ag Building Rm 204 (10)":mailto:rm.ag204@ellesmere.ac.nz
DESCRIPTION;LANGUAGE=en-NZ:Kia ora Liam\,\n\nInterview – Farm Manager\, Ell
 esmere Research Dairy Farm (Position 24/311).\n\nPanel: Professor Helen Du
 nstan (Chair\, Farm Board)\, Marcus Lee (Farm Systems Scientist)\, Tāne H
 oromona (Kaiārahi Māori).\n\nThe panel will ask you to talk about running
  a commercial farm alongside research trials and student visits. Room 204
 \, Agriculture Building. Visitor parking at Gate 3.\n\nNgā mihi\nAna Vaifa
 le\nHR Advisor\n
UID:040000008200E00074C5B7101A82E00800000000C3B2A1F0E9D8DB010000000000000000
 100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D
SUMMARY;LANGUAGE=en-NZ:Interview: Farm Manager (24/311) – L. Te Huia
DTSTART;TZID=New Zealand Standard Time:20250423T133000
DTEND;TZID=New Zealand Standard Time:20250423T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250414T213309Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-NZ:FOA Ag Building Rm 204 (10)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
