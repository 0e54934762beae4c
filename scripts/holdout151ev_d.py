"""holdout151 events, part d: UK contractors, agencies screening for named clients (written blind)."""

from holdout151ev_tz import GMT_STANDARD, LONDON, E

GT_UID = "eploy-interview-GT-PDH-2026-0311-samuel-mensah@gallifordtry.eploy.net"

EVENTS = [
    E(
        "lever-interview",
        "lever-interview-8d6f2e14-77ac-4b1f-9c3e-0a5b6c7d8e9f",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:lever-interview-8d6f2e14-77ac-4b1f-9c3e-0a5b6c7d8e9f
DTSTAMP:20261104T092011Z
DTSTART;TZID=Europe/London:20261110T140000
DTEND;TZID=Europe/London:20261110T150000
SUMMARY:Interview with Kier - Project Director (Highways Maintenance)
LOCATION:Microsoft Teams
DESCRIPTION:Hi Samuel\,\n\nThank you for scheduling time with us. You'll be
  meeting with:\n\n- Andrew Fell\, Managing Director\, Kier Highways (2:00pm
  - 2:45pm)\n- Sarah Tomlin\, HR Business Partner (2:45pm - 3:00pm)\n\nJoin
  on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTIx%40th
 read.v2/0\n\nBest\,\nKier Recruitment
ORGANIZER;CN=Kier Recruitment:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;CN=Andrew Fell:mailto:andrew.fell@kier.co.uk
ATTENDEE;CN=Sarah Tomlin:mailto:sarah.tomlin@kier.co.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Kier",
        role="Project Director (Highways Maintenance)",
        stage="",
        who="andrew.fell@kier.co.uk;sarah.tomlin@kier.co.uk",
        trap="lever-back-to-back-md-and-hr",
    ),
    E(
        "eploy-invite",
        GT_UID,
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eploy//Eploy Recruitment//EN
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:eploy-interview-GT-PDH-2026-0311-samuel-mensah@gallifordtry.eploy.net
DTSTAMP:20261013T110522Z
SEQUENCE:0
DTSTART;TZID=Europe/London:20261029T100000
DTEND;TZID=Europe/London:20261029T113000
SUMMARY:Interview - Project Director\, Highways - Galliford Try
LOCATION:Galliford Try\, Blake House\, 3 Frayswater Place\, Cowley UB8 2AD
DESCRIPTION:Dear Samuel\,\n\nWe are delighted to invite you to interview f
 or the position of Project Director\, Highways.\n\nYou will meet Craig Whe
 eler (Managing Director\, Highways) and Laura Finch (Regional Director). T
 he interview will last approximately 90 minutes and will include a 15-min
 ute presentation on your approach to a collaborative NEC4 Option C scheme.
 \n\nKind regards\,\nGalliford Try Resourcing Team
ORGANIZER;CN=Galliford Try Resourcing:mailto:resourcing@gallifordtry.co.uk
ATTENDEE;CN=Samuel Mensah;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sam.mensah.
 ce@btinternet.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Galliford Try",
        role="Project Director, Highways",
        stage="onsite",
        who="Craig Wheeler;Laura Finch",
        trap="eploy-invite-interviewers-only-in-body",
    ),
    E(
        "eploy-cancel",
        GT_UID,
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eploy//Eploy Recruitment//EN
METHOD:CANCEL
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:eploy-interview-GT-PDH-2026-0311-samuel-mensah@gallifordtry.eploy.net
DTSTAMP:20261026T155040Z
SEQUENCE:1
DTSTART;TZID=Europe/London:20261029T100000
DTEND;TZID=Europe/London:20261029T113000
SUMMARY:Cancelled: Interview - Project Director\, Highways - Galliford Try
LOCATION:Galliford Try\, Blake House\, 3 Frayswater Place\, Cowley UB8 2AD
DESCRIPTION:Dear Samuel\,\n\nUnfortunately we have had to cancel your inte
 rview on Thursday 29 October as the vacancy has been placed on hold pendin
 g a framework award decision. We will be in touch if the position reopens.
 \n\nKind regards\,\nGalliford Try Resourcing Team
ORGANIZER;CN=Galliford Try Resourcing:mailto:resourcing@gallifordtry.co.uk
ATTENDEE;CN=Samuel Mensah;ROLE=REQ-PARTICIPANT:mailto:sam.mensah.ce@btinte
 rnet.com
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Galliford Try",
        role="Project Director, Highways",
        stage="onsite",
        who="Craig Wheeler;Laura Finch",
        trap="method-cancel-interview-role-on-hold",
    ),
    E(
        "teamtailor-video",
        "teamtailor-meeting-5519023-8fa1@teamtailor.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-5519023-8fa1@teamtailor.com
DTSTAMP:20260922T075311Z
DTSTART:20260929T153000Z
DTEND:20260929T161500Z
SUMMARY:Samuel Mensah & Morgan Sindall Infrastructure
LOCATION:Teamtailor video meeting
DESCRIPTION:Hi Samuel!\n\nThanks for booking a time. This is your first mee
 ting for Project Director - Rail & Highways\, with Liam Carter (Framework D
 irector). The role reports directly to Liam.\n\nJoin the video meeting: ht
 tps://app.teamtailor.com/meetings/v/5519023-8fa1\n\nSee you soon!\nTalent
  team\, Morgan Sindall Infrastructure
ORGANIZER;CN=Morgan Sindall Infrastructure:mailto:noreply@teamtailor-mail.c
 om
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
ATTENDEE;CN=Liam Carter:mailto:liam.carter@morgansindall.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Morgan Sindall Infrastructure",
        role="Project Director - Rail & Highways",
        stage="hiring_manager",
        who="liam.carter@morgansindall.com",
        trap="teamtailor-meeting-no-interview-word",
    ),
    E(
        "agency-screen",
        "040000008200E00074C5B7101A82E0080000000051A2B3C4D52ADC0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Parkin, Chloe":mailto:chloe.parkin@hays.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Hi Samuel\, as promised a quick call to run thro
 ugh the Skanska Project Director role (M25 / Highways England framework pa
 ckage)\, your availability and salary\, and so I can write up your profile
  for the client. I'll call your mobile.\n\nChloe Parkin\nSenior Consultant
  - Construction & Property\nHays\n
UID:040000008200E00074C5B7101A82E0080000000051A2B3C4D52ADC010000000000000000
 1000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=en-GB:Call - Samuel Mensah - Skanska PD
DTSTART;TZID=GMT Standard Time:20260914T173000
DTEND;TZID=GMT Standard Time:20260914T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260911T142213Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Skanska",
        role="Project Director",
        stage="recruiter_screen",
        who="chloe.parkin@hays.com",
        trap="agency-call-about-named-client-company-is-client",
    ),
    E(
        "maple-cross",
        "040000008200E00074C5B7101A82E00800000000C9D8E7F6A55ADC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Parkin, Chloe":mailto:chloe.parkin@hays.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Great news Samuel - Skanska would like to meet
  you. Neil Foster (Operations Director\, Infrastructure) and Rebecca Hunt (
 Project Director\, M25) at Skanska House. Competency + technical\, 1hr. Di
 rections attached. Call me straight after!\n\nChloe\n
UID:040000008200E00074C5B7101A82E00800000000C9D8E7F6A55ADC010000000000000000
 10000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-GB:Interview - Skanska - Samuel Mensah
DTSTART;TZID=GMT Standard Time:20261008T110000
DTEND;TZID=GMT Standard Time:20261008T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260930T090144Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Skanska House\, Maple Cross\, Rickmansworth WD3 9SW
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Skanska",
        stage="onsite",
        who="Neil Foster;Rebecca Hunt",
        trap="agency-sends-client-interview-organizer-is-agency",
    ),
    E(
        "randstad-phone",
        "ran-cpe-1b2c3d4e5f60718293a4b5c6d7e8f901@randstad.co.uk",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ATTENDEE;CN=sam.mensah.ce@btinternet.com;RSVP=TRUE:mailto:sam.mensah.ce@btin
 ternet.com
CLASS:PUBLIC
CREATED:20261102T121504Z
DESCRIPTION:Hi Samuel\,\n\nThanks for sending your CV over. As discussed\,
  I'd like a proper telephone interview before I submit you to BAM Nuttall f
 or the Senior Project Manager - Highways (Southern Region) vacancy. Should
  take 40 mins. I'll ring you.\n\nTom Hewitt\nPrincipal Consultant\nRandstad
  CPE\n
DTEND;TZID=GMT Standard Time:20261104T124000
DTSTAMP:20261102T121504Z
DTSTART;TZID=GMT Standard Time:20261104T120000
LAST-MODIFIED:20261102T121504Z
LOCATION:Telephone
ORGANIZER;CN="Hewitt, Tom":mailto:tom.hewitt@randstad.co.uk
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Randstad CPE | Samuel Mensah | Telephone interview
TRANSP:OPAQUE
UID:ran-cpe-1b2c3d4e5f60718293a4b5c6d7e8f901@randstad.co.uk
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="BAM Nuttall",
        role="Senior Project Manager - Highways (Southern Region)",
        stage="recruiter_screen",
        who="tom.hewitt@randstad.co.uk",
        trap="agency-telephone-interview-client-in-body",
    ),
    E(
        "workable-video",
        "workable-event-42e7b91c0d@workablemail.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-42e7b91c0d@workablemail.com
DTSTAMP:20261109T101530Z
DTSTART:20261117T093000Z
DTEND:20261117T101500Z
SUMMARY:Video call: Samuel Mensah for Contracts Director (National Contract
 ing) at Tarmac
LOCATION:https://meet.google.com/xqe-hwrb-tpk
DESCRIPTION:Kate Burrows has scheduled a video call with you.\n\nJob: Contr
 acts Director (National Contracting)\nWith: Kate Burrows\, Head of Nationa
 l Contracting\n\nJoin with Google Meet: https://meet.google.com/xqe-hwrb-t
 pk\nOr dial: (GB) +44 20 3957 1823 PIN: 418 221 096#\n\nSent via Workable
ORGANIZER;CN=Kate Burrows:mailto:kate.burrows@tarmac.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Tarmac",
        role="Contracts Director (National Contracting)",
        stage="",
        who="kate.burrows@tarmac.com",
        trap="workable-video-call-organizer-is-interviewer",
    ),
    E(
        "first-interview",
        "040000008200E00074C5B7101A82E00800000000F6E5D4C3B2AADC01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Gould, Stephen":mailto:stephen.gould@fmconway.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:________________________________________________
 ________________________________\nMicrosoft Teams meeting\nJoin on your co
 mputer\, mobile app or room device\nhttps://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_ZmMx%40thread.v2/0\nMeeting ID: 318 442 900 736\nPasscode:
  Fc8m2K\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E00800000000F6E5D4C3B2AADC010000000000000000
 10000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6
SUMMARY;LANGUAGE=en-GB:FM Conway - 1st interview - Operations Director (Hig
 hways)
DTSTART;TZID=GMT Standard Time:20261104T080000
DTEND;TZID=GMT Standard Time:20261104T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261028T164501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="FM Conway",
        role="Operations Director (Highways)",
        stage="",
        who="stephen.gould@fmconway.co.uk",
        trap="teams-boilerplate-only-first-interview",
    ),
    E(
        "typed-second",
        "2mq8v4c1h7k0s9pd3n6rbx5tj@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Sam
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20261119T100000Z
DTEND:20261119T123000Z
DTSTAMP:20261124T061500Z
UID:2mq8v4c1h7k0s9pd3n6rbx5tj@google.com
CREATED:20261106T190311Z
DESCRIPTION:Steve Gould + MD (Mick?). Present 'first 90 days' 15 mins - US
 B + printed copies x3. Depot tour after. Park on Vestry Rd
LAST-MODIFIED:20261106T190502Z
LOCATION:FM Conway\, Conway House\, Vestry Road\, Sevenoaks TN14 5EL
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:FM Conway 2nd - Sevenoaks
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="FM Conway",
        stage="onsite",
        who="Steve Gould;Mick",
        trap="user-typed-google-export-second-round",
    ),
    E(
        "webex-chat",
        "040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC0100000000000000001000000076543210FEDCBA9876543210FEDCBA98",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Whitmore, James":mailto:james.whitmore@colas.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Samuel\, thanks for applying. Keen to understand
  more about your surfacing and structures experience for the Regional Dir
 ector (South East) post.\n\nJames Whitmore\nManaging Director - Highways\,
  Colas UK\n\n-- Do not delete or change any of the following text. --\n\nJ
 oin Webex meeting\nhttps://colas.webex.com/colas/j.php?MTID=m77a0e2c\nMeet
 ing number (access code): 2364 551 8820\nMeeting password: Colas2026\n\nJo
 in by phone\n+44-20-3478-5289 United Kingdom Toll\n
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC010000000000000000
 1000000076543210FEDCBA9876543210FEDCBA98
SUMMARY;LANGUAGE=en-GB:Discussion - Regional Director (South East) - S. Men
 sah
DTSTART;TZID=GMT Standard Time:20261118T073000
DTEND;TZID=GMT Standard Time:20261118T083000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261111T163300Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Webex
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Colas",
        role="Regional Director (South East)",
        stage="hiring_manager",
        who="james.whitmore@colas.co.uk",
        trap="webex-discussion-md-early-morning",
    ),
    E(
        "calendly-agency",
        "b1f4c0e2-3a59-4d8b-9e71-c26d0f5a8b34",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b1f4c0e2-3a59-4d8b-9e71-c26d0f5a8b34
DTSTAMP:20261012T081945Z
DTSTART:20261015T121500Z
DTEND:20261015T124500Z
SUMMARY:30 Minute Call between Harriet Cole and Samuel Mensah
LOCATION:+44 7700 914662
DESCRIPTION:Event Name: 30 Minute Call\n\nLocation: This is a phone call.
  Harriet Cole will call the invitee at the following phone number: +44 770
 0 914662\n\nPlease share anything that will help prepare for our meeting.
 : Re the Amey Senior Programme Manager - Strategic Highways role you messa
 ged me about (Birmingham/hybrid)\n\nNeed to make changes to this event?\nC
 ancel: https://calendly.com/cancellations/b1f4c0e2-3a59-4d8b-9e71-c26d0f5a
 8b34\nReschedule: https://calendly.com/reschedulings/b1f4c0e2-3a59-4d8b-9e
 71-c26d0f5a8b34\n\nPowered by Calendly.com
ORGANIZER;CN=Harriet Cole:mailto:harriet.cole@matchtech.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        iv=1,
        company="Amey",
        role="Senior Programme Manager - Strategic Highways",
        stage="recruiter_screen",
        who="harriet.cole@matchtech.com",
        trap="calendly-agency-call-client-named-in-invitee-answer",
    ),
]
