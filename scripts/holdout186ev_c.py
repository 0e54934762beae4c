"""holdout186: Shannon Doyle's own interviews, part C (Dunelm, Pets at Home, Sainsbury's, Asda, Iceland, ...)."""
# ruff: noqa: E501
from holdout186ev_common import ev

EVENTS = [
    ev("agency-call", "6h4k2m9p1r3t5v7x9z0b2d4f6h@google.com", 1, "Dunelm", "Area Manager",
       "recruiter_screen", "gemma@northpointretail.co.uk", "agency-consultant-names-client-in-description",
       r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260909T193000
DTEND;TZID=Europe/London:20260909T200000
DTSTAMP:20260908T110914Z
ORGANIZER;CN=Gemma Riley:mailto:gemma@northpointretail.co.uk
UID:6h4k2m9p1r3t5v7x9z0b2d4f6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gemma Riley;X-NUM-GUESTS=0:mailto:gemma@northpointretail.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk;X-NUM-GUESTS=0:mailto:shannon.doyle84@yahoo.co.uk
CREATED:20260908T110912Z
DESCRIPTION:Hi Shannon\, thanks for getting back to me - evening is fine\, I know what store hours are like! I'll give you a ring on your mobile.<br><br>This is to run through the Area Manager role with my client <b>Dunelm</b> - 9 stores\, NW patch (Stockport\, Trafford\, Bolton\, Preston etc). I'll take you through the package and ask about your background so I can put you forward to their Regional Manager.<br><br>Speak then<br>Gemma<br><br>Gemma Riley | Senior Consultant - Retail Management<br>Northpoint Retail Search | 0161 507 2280
LAST-MODIFIED:20260908T110914Z
LOCATION:Phone - Gemma to call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shannon / Gemma - Area Manager NW call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("first-interview", "7j5l3n1p9r7t5v3x1z9b7d5f3h@google.com", 1, "Dunelm", "",
       "hiring_manager", "Rachel Hughes", "agency-arranged-interview-organiser-is-consultant", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260921T100000
DTEND;TZID=Europe/London:20260921T113000
DTSTAMP:20260915T082001Z
ORGANIZER;CN=Gemma Riley:mailto:gemma@northpointretail.co.uk
UID:7j5l3n1p9r7t5v3x1z9b7d5f3h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Gemma Riley;X-NUM-GUESTS=0:mailto:gemma@northpointretail.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk;X-NUM-GUESTS=0:mailto:shannon.doyle84@yahoo.co.uk
CREATED:20260915T081955Z
DESCRIPTION:Great news Shannon - Dunelm want to meet you! 1st stage with Rachel Hughes (Regional Manager North). Face to face at the Stockport store\, ask at the tills for Rachel. It's a mix of competency questions and a chat about how you'd run a multi-site patch. Smart casual is fine.<br><br>Call me straight after and let me know how it went!<br>Gemma
LAST-MODIFIED:20260915T082001Z
LOCATION:Dunelm Stockport\, Peel Centre\, Greg St\, Stockport SK5 7BR
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dunelm 1st interview - Shannon Doyle (Northpoint)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("headhunter-call", "040000008200E00074C5B7101A82E00800000000F04D12A2B552DC010000000000000000100000003E8D7C6B5A4F3E2D1C0B9A8F7E6D5C4B", 1,
       "Pets at Home", "Regional Operations Director", "recruiter_screen", "j.maitland@harcourt-exec.com",
       "headhunter-employer-only-in-body", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
CLASS:PUBLIC
CREATED:20261012T171500Z
DESCRIPTION:Shannon\,\n\nThank you for your time on the phone earlier - as promised\, a proper slot to go through the brief in detail.\n\nStrictly between us: my client is Pets at Home. They are looking for a Regional Operations Director to cover 60+ stores and vet practices across the North West and North Wales\, reporting to the Retail Operations Director. I'd like to understand your multi-site experience in more depth and take you through the remuneration before I present you.\n\nI'll call your mobile.\n\nKind regards\,\nJames\n\nJames Maitland | Partner | Harcourt Executive Search\nM: 07700 914 226\n
DTEND;TZID="GMT Standard Time":20261015T200000
DTSTAMP:20261012T171500Z
DTSTART;TZID="GMT Standard Time":20261015T193000
LAST-MODIFIED:20261012T171500Z
LOCATION:Telephone
ORGANIZER;CN="Maitland, James":mailto:J.Maitland@harcourt-exec.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Confidential - Regional Ops Director (specialist retail\, NW) - S. Doyle
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000F04D12A2B552DC010000000000000000100000003E8D7C6B5A4F3E2D1C0B9A8F7E6D5C4B
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("competency-interview", "wd-interview-4c0e8a1f77b249d3@myworkday.com", 1, "Sainsbury's",
       "Regional Operations Manager", "hiring_manager", "tom.beckett@sainsburys.co.uk;aisha.rahman@sainsburys.co.uk",
       "workday-utc-competency-two-interviewers", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:wd-interview-4c0e8a1f77b249d3@myworkday.com
DTSTAMP:20261002T143300Z
DTSTART:20261009T080000Z
DTEND:20261009T091500Z
SUMMARY:Interview Scheduled - Regional Operations Manager (JR-0231877)
DESCRIPTION:Hi Shannon\,\n\nYour interview for Regional Operations Manager (JR-0231877) with Sainsbury's is confirmed.\n\nStage: Competency-based interview\nWith: Tom Beckett (Regional Manager - North West) and Aisha Rahman (Senior Recruitment Partner)\nWhere: Microsoft Teams - link below\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA2ZTQz%40thread.v2/0\nMeeting ID: 348 902 117 650  Passcode: sP8kJd\n\nWe'll be looking at our Sainsbury's values and behaviours\, so have some examples ready.\n\nThanks\,\nSainsbury's Resourcing
LOCATION:Microsoft Teams
ORGANIZER;CN=Sainsbury's Resourcing:mailto:sainsburys@myworkday.com
ATTENDEE;CN=Tom Beckett;ROLE=REQ-PARTICIPANT:mailto:Tom.Beckett@sainsburys.co.uk
ATTENDEE;CN=Aisha Rahman;ROLE=REQ-PARTICIPANT:mailto:Aisha.Rahman@sainsburys.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("bookings-call", "8f3c1a9e-2d47-4b6a-9e01-5c7d3b2a1f08", 1, "Asda", "Regional Operations Manager",
       "recruiter_screen", "ellie.ward@asda.co.uk", "microsoft-bookings-candidate-booked-screen", r'''BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ORGANIZER;CN=Asda Retail Management Recruitment:mailto:AsdaRetailMgmtRecruitment@asda.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Shannon Doyle:mailto:shannon.doyle84@yahoo.co.uk
DESCRIPTION;LANGUAGE=en-GB:Your booking is confirmed\n\nService: Initial call - Retail Management roles (30 minutes)\nStaff: Ellie Ward\n\nEllie will call you on: 07*** ***412\n\nNotes from you: Regional Operations Manager - North (ref ASD-88410)\n\nNeed to make changes? Manage your booking: https://outlook.office365.com/owa/calendar/AsdaRetailMgmtRecruitment@asda.onmicrosoft.com/bookings/s/Xk2PzQ/manage\n\nThis email was sent by Microsoft Bookings on behalf of Asda Retail Management Recruitment. Contact: ellie.ward@asda.co.uk\n
UID:8f3c1a9e-2d47-4b6a-9e01-5c7d3b2a1f08
SUMMARY;LANGUAGE=en-GB:Initial call - Retail Management roles
DTSTART;TZID=GMT Standard Time:20261014T081500
DTEND;TZID=GMT Standard Time:20261014T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261009T204418Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone call
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("final-panel", "040000008200E00074C5B7101A82E008000000006C1B07D3A866DC0100000000000000001000000099887766554433221100FFEEDDCCBBAA", 1,
       "Asda", "Regional Operations Manager", "final", "ian.talbot@asda.co.uk;priya.nair@asda.co.uk",
       "outlook-sent-by-assistant-room-resource-final-panel", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN="Nair, Priya";RSVP=TRUE:mailto:Priya.Nair@asda.co.uk
ATTENDEE;CN="Ward, Ellie";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:Ellie.Ward@asda.co.uk
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
ATTENDEE;CN="ASDA House - 4.12 Aire (10)";CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE:mailto:AH-4.12-Aire@asda.co.uk
CLASS:PUBLIC
CREATED:20261104T093301Z
DESCRIPTION:Dear Shannon\,\n\nIan has asked me to send this through. Final stage for the Regional Operations Manager role: a panel with Ian Talbot (Senior Director - Retail North) and Priya Nair (People Director - Stores).\n\n10:00 - 10:30 Presentation: your plan for the first 6 months in role (max 6 slides\, please email to Ellie by Mon 16th)\n10:30 - 11:30 Interview\n\nPlease report to ASDA House main reception\, Great Wilson Street\, Leeds LS11 5AD. Visitor parking is very limited - the station is a 10 min walk.\n\nKind regards\,\nMaureen Dyson\nExecutive Assistant to Ian Talbot\n
DTEND;TZID="GMT Standard Time":20261119T113000
DTSTAMP:20261104T093301Z
DTSTART;TZID="GMT Standard Time":20261119T100000
LAST-MODIFIED:20261104T093301Z
LOCATION:ASDA House - 4.12 Aire (10)
ORGANIZER;CN="Talbot, Ian";SENT-BY="mailto:Maureen.Dyson@asda.co.uk":mailto:Ian.Talbot@asda.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Final Panel - Regional Operations Manager - Shannon Doyle
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E008000000006C1B07D3A866DC0100000000000000001000000099887766554433221100FFEEDDCCBBAA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("telephone-interview", "040000008200E00074C5B7101A82E00800000000D1E2C3B4A590DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789", 1,
       "Iceland", "Area Manager", "hiring_manager", "wayne.pritchard@iceland.co.uk",
       "outlook-gmt-standard-time-phone-interview-regional-manager", r'''BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_GMTST@@
BEGIN:VEVENT
ATTENDEE;CN=shannon.doyle84@yahoo.co.uk;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
CLASS:PUBLIC
CREATED:20260928T120411Z
DESCRIPTION:Hi Shannon\,\n\nAs per our email\, I'll give you a call on Thursday. This is a telephone interview for the Area Manager vacancy - 12 stores in Greater Manchester. Should take about 40 mins.\n\nThanks\,\nWayne\n\nWayne Pritchard\nRegional Manager - North West\nIceland Foods Ltd\, Second Avenue\, Deeside Industrial Park\, CH5 2NW\n
DTEND;TZID="GMT Standard Time":20261001T084500
DTSTAMP:20260928T120411Z
DTSTART;TZID="GMT Standard Time":20261001T080000
LAST-MODIFIED:20260928T120411Z
LOCATION:I will call your mobile
ORGANIZER;CN="Pritchard, Wayne":mailto:Wayne.Pritchard@iceland.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Telephone interview - Shannon Doyle - AM Greater Manchester
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D1E2C3B4A590DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("typed-interview", "2fb91d0c8e7a4c5bb1f0e3d4a6c8b2e9", 1, "Farmfoods", "", "", "Stuart",
       "hand-typed-typo-floating-no-attendees", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:2fb91d0c8e7a4c5bb1f0e3d4a6c8b2e9
DTSTAMP:20260919T213002Z
DTSTART:20260928T110000
DTEND:20260928T120000
SUMMARY:farmfoods interveiw 11
LOCATION:Bury store (Market St?)
DESCRIPTION:ask for Stuart. area mgr job. take copy of CV + the sales sheet. NOT the greenway lanyard lol
END:VEVENT
END:VCALENDAR
''', eol="\n"),
    ev("chat-interview", "1a2b3c4d5e6f7g8h9i0j1k2l3m@google.com", 1, "Heron Foods", "Area Manager", "hiring_manager",
       "n.pollard@heronfoods.com", "google-invite-informal-wording-but-interview", r'''BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20261016T140000
DTEND;TZID=Europe/London:20261016T150000
DTSTAMP:20261013T090512Z
ORGANIZER;CN=Neil Pollard:mailto:n.pollard@heronfoods.com
UID:1a2b3c4d5e6f7g8h9i0j1k2l3m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Neil Pollard;X-NUM-GUESTS=0:mailto:n.pollard@heronfoods.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=shannon.doyle84@yahoo.co.uk;X-NUM-GUESTS=0:mailto:shannon.doyle84@yahoo.co.uk
CREATED:20261013T090510Z
DESCRIPTION:Hi Shannon\, as mentioned on the phone\, an informal interview for the Area Manager position - we're not a suit and tie business so come as you are. I'll go through how we run our stores and what the area looks like (Oldham\, Rochdale\, Bury\, Bolton). Meet at our Oldham store\, I'll be in the office at the back.\n\nCheers\nNeil\nRegional Manager\, Heron Foods
LAST-MODIFIED:20261013T090512Z
LOCATION:Heron Foods\, Yorkshire St\, Oldham OL1 1SE
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shannon Doyle - Heron AM
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
''', fold=True),
    ev("teamtailor-interview", "teamtailor-interview-93817@app.teamtailor.com", 1, "Booths",
       "Regional Operations Manager", "hiring_manager", "chris.ashcroft@booths.co.uk;lydia.fenwick@booths.co.uk",
       "teamtailor-in-person-head-office", r'''BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-93817@app.teamtailor.com
DTSTAMP:20261020T101832Z
DTSTART:20261029T100000Z
DTEND:20261029T113000Z
SUMMARY:Interview: Regional Operations Manager at Booths
DESCRIPTION:Hi Shannon!\n\nWe're looking forward to meeting you at Booths Central Office in Preston.\n\nYou'll meet:\n- Chris Ashcroft\, Retail Operations Director\n- Lydia Fenwick\, Head of People\n\nAddress: Booths Central Office\, Longridge Road\, Ribbleton\, Preston PR2 5BX. Sign in at reception\, there's visitor parking at the front.\n\nSee you soon!\nThe Booths Recruitment Team
LOCATION:Booths Central Office\, Longridge Road\, Preston PR2 5BX
ORGANIZER;CN=Booths Recruitment:mailto:notifications@app.teamtailor.com
ATTENDEE;CN=Chris Ashcroft;ROLE=REQ-PARTICIPANT:mailto:chris.ashcroft@booths.co.uk
ATTENDEE;CN=Lydia Fenwick;ROLE=REQ-PARTICIPANT:mailto:lydia.fenwick@booths.co.uk
ATTENDEE;CN=Shannon Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:shannon.doyle84@yahoo.co.uk
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
''', fold=True),
]
