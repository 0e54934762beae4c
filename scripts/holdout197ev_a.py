# ruff: noqa: E501
"""holdout197 events: Life Science Recruitment (Niamh) and the Regeneron process."""

from holdout197ev_tz import DUBLIN, GMT_STD

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="agency-call",
    uid="040000008200E00074C5B7101A82E00800000000B0C4A1E28A8BDB01000000000000000010000000D2E1F0A3C4B5968778695A4B3C2D1E0F",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="agency-intro-call-client-unnamed-limerick-site",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Niamh Dwyer:mailto:niamh.dwyer@lifescience.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION;LANGUAGE=en-IE:Hi Cian\,\n\nThanks for connecting on LinkedIn. As mentioned\, I'd love a quick chat to get to know you and your background before we talk specifics. I'm working on a Senior Process Engineer / MSAT role with a client of ours\, a large biologics site in Limerick (mAbs\, 2k-15k L stainless + some single-use). I can share the client name once we've spoken and I have your go-ahead to put you forward.\n\nAlso keen to hear what else you're open to – Cork\, Dublin\, abroad?\n\nTalk soon\,\nNiamh\n\nNiamh Dwyer | Senior Consultant – Engineering & MSAT\nLife Science Recruitment | Cork\nM: +353 87 412 6630\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE0ZTI5ZDYtYzQ1Ny00@thread.v2/0>\nMeeting ID: 362 118 904 557\nPasscode: 4fXq8a\nOr call in (audio only)\n+353 1 437 0512\,\,204771863# Ireland\, Dublin\nPhone Conference ID: 204 771 863#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B0C4A1E28A8BDB01000000000000000010000000D2E1F0A3C4B5968778695A4B3C2D1E0F
SUMMARY;LANGUAGE=en-IE:Cian O'Sullivan / Niamh Dwyer – intro call
DTSTART;TZID=GMT Standard Time:20250304T123000
DTEND;TZID=GMT Standard Time:20250304T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T161203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE0ZTI5ZDYtYzQ1Ny00@thread.v2/0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="agency-screen",
    uid="040000008200E00074C5B7101A82E00800000000F07E3B5E0D90DB01000000000000000010000000A8812C44F0E1D24C9B7C63A0D1E5F2B3",
    is_interview=1, company="Regeneron", role="Senior MSAT Engineer", stage="recruiter_screen",
    interviewers="niamh.dwyer@lifescience.ie",
    trap="agency-competency-screen-client-named-in-body",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN=Niamh Dwyer:mailto:niamh.dwyer@lifescience.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
DESCRIPTION;LANGUAGE=en-IE:Hi Cian\,\n\nGreat speaking Tuesday. As promised – the client is Regeneron in Raheen. Role is Senior MSAT Engineer (Large Scale Manufacturing\, tech transfer into the new 8 x 15k bioreactor train).\n\nBefore I send your CV across they want us to do their pre-screen with every candidate – 6 competency questions\, STAR format\, I'll score and send them the notes with your CV. Give yourself 45 mins\, somewhere quiet. Questions will be around:\n - a deviation you led the investigation on\n - a tech transfer / scale-up you owned\n - influencing without authority\n - salary expectations & notice period (I know you said 3 months)\n\nI'll ring your mobile.\n\nNiamh\n\nNiamh Dwyer | Senior Consultant – Engineering & MSAT\nLife Science Recruitment | Cork\nM: +353 87 412 6630\n
UID:040000008200E00074C5B7101A82E00800000000F07E3B5E0D90DB01000000000000000010000000A8812C44F0E1D24C9B7C63A0D1E5F2B3
SUMMARY;LANGUAGE=en-IE:Regeneron Snr MSAT Eng – competency pre-screen (Niamh to call Cian)
DTSTART;TZID=GMT Standard Time:20250311T180000
DTEND;TZID=GMT Standard Time:20250311T184500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T094419Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Phone – Niamh to call 086 221 7740
X-MICROSOFT-CDO-APPT-SEQUENCE:0
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
"""))

EVENTS.append(dict(
    kind="presentation-panel",
    uid="040000008200E00074C5B7101A82E008000000005A1D77C2B59ADB01000000000000000010000000E3F4C2B1A09D8E7F6A5B4C3D2E1F0A9B",
    is_interview=1, company="Regeneron", role="Senior MSAT Engineer", stage="technical",
    interviewers="dermot.hurley@regeneron.com;aisling.breen@regeneron.com;kevin.oshea@regeneron.com",
    trap="outlook-sent-by-coordinator-technical-presentation-panel-room",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Hurley, Dermot";SENT-BY="mailto:lorraine.kiely@regeneron.com":mailto:dermot.hurley@regeneron.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Breen, Aisling":mailto:aisling.breen@regeneron.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O'Shea, Kevin":mailto:kevin.oshea@regeneron.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kiely, Lorraine":mailto:lorraine.kiely@regeneron.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="IOPS-RAH-B2-Conf Rm Shannon (12) AV":mailto:iops-rah-b2-shannon@regeneron.com
DESCRIPTION;LANGUAGE=en-US:Dear Cian\,\n\nThank you for your interest in the Senior MSAT Engineer position (REQ-41233). We are delighted to invite you to the next stage of the process at our Raheen campus.\n\nAgenda\n10:00 – 10:30  Technical presentation (30 mins): "A scale-up or tech transfer you led – challenges\, data\, outcome". Please bring on a USB key\, PowerPoint\, max 12 slides.\n10:30 – 11:30  Panel interview with Dermot Hurley (Assoc. Director MSAT)\, Aisling Breen (QA Operations) and Kevin O'Shea (Manufacturing)\n\nPlease report to Main Reception\, Building 1\, and bring photo ID. Free parking in visitor car park B.\n\nKind regards\,\nLorraine Kiely\nTalent Acquisition Coordinator on behalf of Dermot Hurley\nRegeneron Ireland DAC | Raheen Business Park\, Limerick V94 6YV8\n
UID:040000008200E00074C5B7101A82E008000000005A1D77C2B59ADB01000000000000000010000000E3F4C2B1A09D8E7F6A5B4C3D2E1F0A9B
SUMMARY;LANGUAGE=en-US:Cian O'Sullivan – REQ-41233 Senior MSAT Engineer – Presentation & Panel
DTSTART;TZID=GMT Standard Time:20250401T100000
DTEND;TZID=GMT Standard Time:20250401T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T140812Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:IOPS-RAH-B2-Conf Rm Shannon (12) AV
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2117354081
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
"""))

EVENTS.append(dict(
    kind="final-site-tour",
    uid="040000008200E00074C5B7101A82E00800000000C3E9B1F7D4A5DB010000000000000000100000007B6A5C4D3E2F10A9B8C7D6E5F4A3B2C1",
    is_interview=1, company="Regeneron", role="Senior MSAT Engineer", stage="final",
    interviewers="siobhan.madden@regeneron.com;gerard.nash@regeneron.com",
    trap="outlook-final-with-site-tour-and-hr",
    ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Kiely, Lorraine":mailto:lorraine.kiely@regeneron.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=cian.osullivan.eng@gmail.com:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Madden, Siobhan":mailto:siobhan.madden@regeneron.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nash, Gerard":mailto:gerard.nash@regeneron.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hurley, Dermot":mailto:dermot.hurley@regeneron.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="IOPS-RAH-B1-Boardroom":mailto:iops-rah-b1-boardroom@regeneron.com
DESCRIPTION;LANGUAGE=en-US:Hi Cian\,\n\nGreat news – the panel would like you to come back for the final stage.\n\n13:30  Site tour of LSM with Dermot (gowning into the CNC corridor only – no jewellery\, safety shoes provided)\n14:30  Final interview – Siobhan Madden (Director\, Industrial Operations) and Gerard Nash (HR Business Partner)\n\nSame reception as last time. Any questions give me a shout.\n\nLorraine\n
UID:040000008200E00074C5B7101A82E00800000000C3E9B1F7D4A5DB010000000000000000100000007B6A5C4D3E2F10A9B8C7D6E5F4A3B2C1
SUMMARY;LANGUAGE=en-US:Final stage + site tour – Cian O'Sullivan (REQ-41233)
DTSTART;TZID=GMT Standard Time:20250415T133000
DTEND;TZID=GMT Standard Time:20250415T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250404T111530Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Regeneron Raheen – Main Reception Bldg 1
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="prep-block",
    uid="5f0b7e2c-93a1-4d2e-8a57-prep-regn-pres@google.com",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="self-typed-prep-block-for-presentation",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:cian.osullivan.eng@gmail.com
X-WR-TIMEZONE:Europe/Dublin
""" + DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250329T100000
DTEND;TZID=Europe/Dublin:20250329T133000
DTSTAMP:20250322T201144Z
UID:5f0b7e2c-93a1-4d2e-8a57-prep-regn-pres@google.com
CREATED:20250322T201144Z
DESCRIPTION:slides – the 2k->12k scale-up on Mab3. max 12 slides!! kLa data\
 \, the foaming issue\, the PPQ outcome. STRIP OUT anything confidential / Co
 rrib names.\npractice timing x2\, 30 min hard stop
LAST-MODIFIED:20250322T201330Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:REGN pres – finish slides + practice run
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="thank-you-reminder",
    uid="B7C3F1A2-7E44-4E8B-9D0A-3F6E2C1D8B90",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="self-typed-thank-you-reminder-after-panel",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250401T121802Z
DTEND;VALUE=DATE:20250403
DTSTAMP:20250401T121802Z
DTSTART;VALUE=DATE:20250402
LAST-MODIFIED:20250401T121802Z
SEQUENCE:0
SUMMARY:Thank u emails – Dermot\, Aisling\, Kev
DESCRIPTION:mention the foaming q Kevin asked – send the paper link
TRANSP:TRANSPARENT
UID:B7C3F1A2-7E44-4E8B-9D0A-3F6E2C1D8B90
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:PT9H
UID:0A1E9D0C-6C4B-4F65-A1B5-2B8E8C21A7F1
END:VALARM
END:VEVENT
END:VCALENDAR
"""))
