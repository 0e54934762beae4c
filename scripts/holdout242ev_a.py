"""holdout242 events, part A: Rakaia Pastoral Group, Kōwhai Downs, Meander Valley, Paddock Recruitment."""

EVENTS = [
    {
        "kind": "phone-interview",
        "uid": "SF-INTV-4471-88213@rakaiapastoral.successfactors.com",
        "interview": 1,
        "company": "Rakaia Pastoral Group",
        "role": "Operations Manager - Dairy",
        "stage": "recruiter_screen",
        "who": "kirsty.lamb@rakaiapastoral.co.nz",
        "trap": "successfactors-phone-interview-corporate-farming",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-4471-88213@rakaiapastoral.successfactors.com
DTSTAMP:20250129T014512Z
DTSTART:20250203T220000Z
DTEND:20250203T224500Z
SUMMARY:Phone Interview: Operations Manager - Dairy (Req 4471) - Liam Te Hu
 ia
DESCRIPTION:Kia ora Liam\,\n\nThank you for your application for the Operat
 ions Manager - Dairy role with Rakaia Pastoral Group. We would like to inv
 ite you to a phone interview with Kirsty Lamb (Talent Acquisition Partner)
 .\n\nKirsty will call you on 027 448 1902. Please allow 45 minutes.\n\nTh
 is is an automated message from SAP SuccessFactors Recruiting. Please do n
 ot reply to this email.
LOCATION:Phone - Kirsty will call you
ORGANIZER;CN=Rakaia Pastoral Group Careers:mailto:noreply@rakaiapastoral.su
 ccessfactors.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Te Hu
 ia:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kirsty Lamb:mailto:kirst
 y.lamb@rakaiapastoral.co.nz
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "farm-walk",
        "uid": (
            "040000008200E00074C5B7101A82E008000000004C1E2B7F3A7BDB010000"
            "00000000000010000000A1D3F0C2E6B54A44B1C6E0F1D2A3B4C5"
        ),
        "interview": 1,
        "company": "Rakaia Pastoral Group",
        "role": "Operations Manager - Dairy",
        "stage": "onsite",
        "who": "mark.donnelly@rakaiapastoral.co.nz",
        "trap": "outlook-farm-walk-selection-stage-sent-by-assistant",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN="Donnelly, Mark";SENT-BY="mailto:admin.farms@rakaiapastoral.co
 .nz":mailto:mark.donnelly@rakaiapastoral.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.tehui
 a.farm@xtra.co.nz:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lamb, Kir
 sty":mailto:kirsty.lamb@rakaiapastoral.co.nz
DESCRIPTION;LANGUAGE=en-NZ:Hi Liam\,\n\nGood to talk to you last week. As p
 art of the process for the Ops Manager role I'd like to take you around a
  couple of our units – we'll start at Dairy 3 (1,050 cows\, 60 bail rotary
 ) and then look at Dairy 5 which is the one that would need the most atte
 ntion. Bring boots and a raincoat\, we'll be in the ute most of the morni
 ng and have a bite at the Methven pub after.\n\nI'll be asking you to tal
 k me through what you see – pasture cover\, cow condition\, effluent\, st
 aff – so treat it like your own place.\n\nCheers\nMark\n\nMark Donnelly |
  Operations Manager – Dairy North\nRakaia Pastoral Group\n
UID:040000008200E00074C5B7101A82E008000000004C1E2B7F3A7BDB01000000000000000
 010000000A1D3F0C2E6B54A44B1C6E0F1D2A3B4C5
SUMMARY;LANGUAGE=en-NZ:Farm walk – Liam Te Huia (Ops Manager role)
DTSTART;TZID=New Zealand Standard Time:20250219T090000
DTEND;TZID=New Zealand Standard Time:20250219T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250206T031922Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-NZ:RPG Dairy 3\, 1140 Thompsons Track\, Methven
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2123341887
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "farm-walk-moved",
        "uid": (
            "040000008200E00074C5B7101A82E008000000004C1E2B7F3A7BDB010000"
            "00000000000010000000A1D3F0C2E6B54A44B1C6E0F1D2A3B4C5"
        ),
        "interview": 1,
        "company": "Rakaia Pastoral Group",
        "role": "Operations Manager - Dairy",
        "stage": "onsite",
        "who": "mark.donnelly@rakaiapastoral.co.nz",
        "trap": "outlook-farm-walk-rescheduled-higher-sequence",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN="Donnelly, Mark";SENT-BY="mailto:admin.farms@rakaiapastoral.co
 .nz":mailto:mark.donnelly@rakaiapastoral.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.tehui
 a.farm@xtra.co.nz:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lamb, Kir
 sty":mailto:kirsty.lamb@rakaiapastoral.co.nz
DESCRIPTION;LANGUAGE=en-NZ:Hi Liam – sorry mate\, I have to shift this to F
 riday. Centre pivot on Dairy 5 has tipped over in the wind and I need to
  be there with the insurer on Wednesday. Same plan otherwise\, meet at Da
 iry 3 at 9.\n\nMark\n\n________________________________________________\n
 Hi Liam\,\n\nGood to talk to you last week. As part of the process for th
 e Ops Manager role I'd like to take you around a couple of our units.\n
UID:040000008200E00074C5B7101A82E008000000004C1E2B7F3A7BDB01000000000000000
 010000000A1D3F0C2E6B54A44B1C6E0F1D2A3B4C5
SUMMARY;LANGUAGE=en-NZ:Farm walk – Liam Te Huia (Ops Manager role)
DTSTART;TZID=New Zealand Standard Time:20250221T090000
DTEND;TZID=New Zealand Standard Time:20250221T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T194406Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-NZ:RPG Dairy 3\, 1140 Thompsons Track\, Methven
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-OWNERAPPTID:2123341887
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-final",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000D0F7A1B55A8DDB010000"
            "000000000000100000009F2E11C0B7D34E4C8A0B62C6B0E3D9A1"
        ),
        "interview": 1,
        "company": "Rakaia Pastoral Group",
        "role": "Operations Manager – Dairy",
        "stage": "final",
        "who": "angus.fraser@rakaiapastoral.co.nz;hayley.wright@rakaiapastoral.co.nz",
        "trap": "outlook-teams-final-with-room-resource",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN="Wright, Hayley":mailto:hayley.wright@rakaiapastoral.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.tehui
 a.farm@xtra.co.nz:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fraser, A
 ngus":mailto:angus.fraser@rakaiapastoral.co.nz
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CHC Boa
 rdroom (12) VC";RSVP=FALSE:mailto:chc.boardroom@rakaiapastoral.co.nz
DESCRIPTION;LANGUAGE=en-NZ:Kia ora Liam\,\n\nThanks again for your time wit
 h Mark on the farm walk. Angus (CEO) and I would like to meet you for a f
 inal conversation about the Operations Manager – Dairy role. We will be in
  our Christchurch boardroom and you can join on Teams from home.\n\nWe'll
  ask you to spend 10 minutes on your first 90 days across the four North
  Rakaia units\, then general questions.\n\nNgā mihi\nHayley Wright\nGM Peop
 le & Culture\n\n__________________________________________________________
 ______________________\nMicrosoft Teams Need help?\nJoin the meeting now\n
 Meeting ID: 421 887 553 610\nPasscode: k9Qm3T\n______________________________
 __\nDial in by phone\n+64 9 888 4512\,\,613552091# New Zealand\, Auckland\n
 Phone conference ID: 613 552 091#\n
UID:040000008200E00074C5B7101A82E00800000000D0F7A1B55A8DDB01000000000000000
 0100000009F2E11C0B7D34E4C8A0B62C6B0E3D9A1
SUMMARY;LANGUAGE=en-NZ:Liam Te Huia – Operations Manager – Dairy (final)
DTSTART;TZID=New Zealand Standard Time:20250305T130000
DTEND;TZID=New Zealand Standard Time:20250305T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T221510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-NZ:Microsoft Teams Meeting; CHC Boardroom (12) VC
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onlin
 eMeetingProvider":3}
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/
 19%3ameeting_ZTk2NjM0YjUtYzE3Ni00@thread.v2/0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sharemilking-interview",
        "uid": "5q8v1k0r2mj3bt7hd6f0ls9c4e@google.com",
        "interview": 1,
        "company": "Kōwhai Downs",
        "role": "50/50 sharemilking position",
        "stage": "hiring_manager",
        "who": "ransfields@xtra.co.nz;jo.marsh@totaraagri.co.nz",
        "trap": "sharemilking-contract-interview-owners-and-consultant",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20241022T213000Z
DTEND:20241022T233000Z
DTSTAMP:20241014T040211Z
ORGANIZER;CN=Jo Marsh:mailto:jo.marsh@totaraagri.co.nz
UID:5q8v1k0r2mj3bt7hd6f0ls9c4e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jo Mar
 sh;X-NUM-GUESTS=0:mailto:jo.marsh@totaraagri.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ransfi
 elds@xtra.co.nz;X-NUM-GUESTS=0:mailto:ransfields@xtra.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hana.tehuia@gmail.com;X-NUM-GUESTS=0:mailto:hana.tehuia@gmail.com
CREATED:20241014T040209Z
DESCRIPTION:Hi Liam and Hana\,\n\nGrant and Michelle have shortlisted three
  couples for the 50/50 sharemilking position at Kōwhai Downs (620 cows\, 2
 30 ha eff.\, 40-aside herringbone) starting 1 June 2025. They would like t
 o meet you both at the farm. I will be there as their consultant.\n\nPleas
 e bring: your business plan and budget for year 1\, herd details (you menti
 oned 180 cows of your own)\, a bank letter if you have it\, and two refere
 es. Allow two hours – interview at the house then a look around the shed a
 nd the runoff.\n\nThanks\nJo Marsh\nTōtara Agri Consulting
LAST-MODIFIED:20241014T040211Z
LOCATION:Kōwhai Downs\, 512 Okauia Springs Road\, Matamata
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – 50/50 sharemilking\, Kōwhai Downs (Liam & Hana Te Huia)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "second-interview",
        "uid": "8B1C2F4E-77A0-4D9E-9C31-5E0A2B7D6F11",
        "interview": 1,
        "company": "Kōwhai Downs",
        "role": "",
        "stage": "final",
        "who": "Grant Ransfield;Michelle Ransfield;Jo Marsh",
        "trap": "phone-typed-sharemilking-second-interview",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
@TZ_NZ_APPLE@
BEGIN:VEVENT
CREATED:20241029T073350Z
DTEND;TZID=Pacific/Auckland:20241106T123000
DTSTAMP:20241029T073402Z
DTSTART;TZID=Pacific/Auckland:20241106T100000
LAST-MODIFIED:20241029T073402Z
LOCATION:Okauia Springs Rd
DESCRIPTION:2nd interview w Grant & Michelle + Jo. Down to us and one other
  couple. They want to see Hana too. Take herd records\, budget v2\, ref
 s (Peter ok'd). Ask re: runoff lease\, who pays nitrogen\, 2IC house.
SEQUENCE:0
SUMMARY:Kowhai Downs 2nd intvw - farm walk
UID:8B1C2F4E-77A0-4D9E-9C31-5E0A2B7D6F11
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:1E9D0A8F-33B2-4C56-8D77-A2B5C9E0F311
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-interview",
        "uid": "ja-interview-77120934@jobadder.com",
        "interview": 1,
        "company": "Meander Valley Dairies",
        "role": "Farm Manager – 900 cow rotary, Deloraine",
        "stage": "hiring_manager",
        "who": "rob.gillies@mvdairies.com.au;tash.fenton@mvdairies.com.au",
        "trap": "jobadder-zoom-interview-hobart-zone",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//JobAdder//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@TZ_HOBART@
BEGIN:VEVENT
UID:ja-interview-77120934@jobadder.com
DTSTAMP:20250303T002144Z
DTSTART;TZID=Australia/Hobart:20250311T090000
DTEND;TZID=Australia/Hobart:20250311T100000
SUMMARY:Interview - Liam Te Huia - Farm Manager – 900 cow rotary\, Deloraine
DESCRIPTION:Hi Liam\,\n\nThanks for applying for the Farm Manager role at M
 eander Valley Dairies. Your interview is with Rob Gillies (GM Farming) and
  Tash Fenton (HR & Payroll). Times are Tasmanian time (AEDT) – that's 11am
  for you in NZ.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/8812034455
 2?pwd=Rk9aTmdDUWxqM0hFc2Z0dz09\nMeeting ID: 881 2034 4552\nPasscode: 4471
 29\n\nOne tap mobile\n+61731853730\,\,88120344552# Australia\n\nKind regard
 s\nTash Fenton\nMeander Valley Dairies Pty Ltd | Deloraine TAS 7304
LOCATION:https://us02web.zoom.us/j/88120344552
ORGANIZER;CN=Tash Fenton:mailto:tash.fenton@mvdairies.com.au
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Rob Gillies;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rob.g
 illies@mvdairies.com.au
ATTENDEE;CN=Tash Fenton;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tash.
 fenton@mvdairies.com.au
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tas-farm-visit",
        "uid": "D1A4C7E9-0B22-4F3B-A8E6-6C5F4E3D2B10",
        "interview": 1,
        "company": "Meander Valley Dairies",
        "role": "",
        "stage": "onsite",
        "who": "Rob Gillies",
        "trap": "all-day-typed-trip-with-in-person-interview",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250313T081204Z
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250328
DTSTAMP:20250313T081540Z
SUMMARY:Tas - MVD visit + interview
LOCATION:Deloraine TAS
DESCRIPTION:Wed: AKL 6.05am > MEL > LST 1.15pm. Rob G picking me up at Lau
 nceston airport. Farm tour arvo\, dinner w owners.\nThu: formal interview
  9am w Rob + owners (Hendersons)\, then look at houses/school in Deloraine
 .\nFly home Thu night. Peter covering Wed/Thu milkings - sort relief for
  Thu pm.
SEQUENCE:0
TRANSP:TRANSPARENT
UID:D1A4C7E9-0B22-4F3B-A8E6-6C5F4E3D2B10
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruiter-call",
        "uid": "0b7g3n5sd1k2p8q9r4hvmu6c2a@google.com",
        "interview": 0,
        "trap": "agency-call-unnamed-irrigated-operation",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250127T200000Z
DTEND:20250127T203000Z
DTSTAMP:20250124T003318Z
ORGANIZER;CN=Tessa Hyland:mailto:tessa@paddockrecruitment.co.nz
UID:0b7g3n5sd1k2p8q9r4hvmu6c2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tessa
  Hyland;X-NUM-GUESTS=0:mailto:tessa@paddockrecruitment.co.nz
DESCRIPTION:Hi Liam\, as discussed on the phone – quick call to talk throug
 h a Farm Manager / Operations role I'm recruiting for. It's a large irriga
 ted operation in mid-Canterbury (3 units\, pivots and K-line\, 2\,500+ cow
 s). Client is keeping things confidential at this stage so I can't name th
 em until I've had a proper chat with you and have your OK to put you forw
 ard.\n\nI'll call your mobile.\n\nTessa Hyland\nPaddock Recruitment – rur
 al people for rural jobs\n021 554 208
LOCATION:Phone – Tessa to call Liam
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call – Tessa (Paddock Recruitment) / Liam Te Huia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-screen",
        "uid": "c1f0a6e2-4b7d-4e59-9a1d-0f3b8e2c7d64",
        "interview": 1,
        "company": "Ashburton Plains Dairy",
        "role": "Farm Operations Manager",
        "stage": "recruiter_screen",
        "who": "tessa@paddockrecruitment.co.nz",
        "trap": "calendly-agency-screen-employer-named-in-body",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:c1f0a6e2-4b7d-4e59-9a1d-0f3b8e2c7d64
DTSTAMP:20250205T090112Z
DTSTART:20250209T200000Z
DTEND:20250209T204500Z
SUMMARY:Shortlist call between Tessa Hyland and Liam Te Huia
DESCRIPTION:Event Name: Shortlist call (45 min)\n\nLocation: This is a Zoom
  web conference.\nhttps://us06web.zoom.us/j/83310229871\n\nPlease share an
 ything that will help prepare for our meeting.: Happy to go forward for th
 e Ashburton Plains Dairy Ltd role now you've told me who it is. Have looke
 d at their place on Google Earth – keen.\n\nNeed to make changes to this
  event?\nCancel: https://calendly.com/cancellations/c1f0a6e2\nReschedule: h
 ttps://calendly.com/reschedulings/c1f0a6e2\n\nPowered by Calendly.com
LOCATION:https://us06web.zoom.us/j/83310229871
ORGANIZER;CN=Tessa Hyland:mailto:tessa@paddockrecruitment.co.nz
ATTENDEE;CN=Liam Te Huia;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:liam
 .tehuia.farm@xtra.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "client-interview",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB010000"
            "00000000000010000000BB44CC55DD66EE77FF8800991122AA33"
        ),
        "interview": 1,
        "company": "Ashburton Plains Dairy",
        "role": "Farm Operations Manager",
        "stage": "hiring_manager",
        "who": "craig.hunter@apdairy.co.nz",
        "trap": "agency-organised-teams-interview-with-client",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_NZ_WIN@
BEGIN:VEVENT
ORGANIZER;CN=Tessa Hyland:mailto:tessa@paddockrecruitment.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Craig Hunt
 er:mailto:craig.hunter@apdairy.co.nz
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Liam Te Hu
 ia:mailto:liam.tehuia.farm@xtra.co.nz
DESCRIPTION;LANGUAGE=en-NZ:Hi Craig and Liam\,\n\nAs agreed\, first intervi
 ew for the Farm Operations Manager role. I'll open the call and do the in
 tros\, then leave you two to it.\n\nCraig – Liam's CV and my shortlist no
 tes are in your inbox.\n\nTessa\n\n______________________________________
 __________________________________________\nMicrosoft Teams meeting\nJoin
  on your computer\, mobile app or room device\nClick here to join the meet
 ing\nMeeting ID: 355 120 774 902\nPasscode: Hv8bXc\n______________________
 __________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB01000000000000000
 010000000BB44CC55DD66EE77FF8800991122AA33
SUMMARY;LANGUAGE=en-NZ:Craig Hunter (APD) / Liam Te Huia
DTSTART;TZID=New Zealand Standard Time:20250214T191500
DTEND;TZID=New Zealand Standard Time:20250214T201500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T042230Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-NZ:Microsoft Teams Meeting
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
