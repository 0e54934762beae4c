"""holdout77: more of the user's own interviews (GoodTime, ModernLoop, Calendly, a free-mail founder, an Irish
agency naming its client, Outlook in UTC, Google with X-WR-TIMEZONE and UTC times)."""

from __future__ import annotations

from holdout77ev_ics import ME, MEET_EN, OLK, TEAMS_EN, ZOOM_EN, esc, item, lab, vcal


def kinetic_goodtime() -> dict[str, object]:
    uid = "goodtime-7Hq2LkP9xR4mZ1vW@goodtime.io"
    meet = MEET_EN.format(code="ktt-wpxa-mcr", pin="207 551 846")
    desc = esc(f"""Hi Siobhan,

Your interview for Learning Scientist (Maths) at Kinetic Tutor is confirmed.

Thursday, 24 April 2025
10:00 – 10:45 BST  Pedagogy deep-dive – Dr Amelia Strand (Head of Learning Science)
10:45 – 11:30 BST  Product case: designing feedback for a common misconception – Rahul Desai (Product Lead)

{meet}

Need to reschedule? https://app.goodtime.io/candidate/reschedule/7Hq2LkP9xR4mZ1vW

Kinetic Tutor Recruiting
Powered by GoodTime""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250416T154400Z
DTSTART:20250424T090000Z
DTEND:20250424T103000Z
SUMMARY:Interview Confirmation: Kinetic Tutor – Learning Scientist (Maths)
ORGANIZER;CN=Kinetic Tutor Recruiting:mailto:recruiting@kinetictutor.com
ATTENDEE;CN=Siobhan Kelly;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
ATTENDEE;CN=Amelia Strand;PARTSTAT=ACCEPTED:mailto:amelia.strand@kinetictutor.com
ATTENDEE;CN=Rahul Desai;PARTSTAT=ACCEPTED:mailto:rahul.desai@kinetictutor.com
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/ktt-wpxa-mcr
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "goodtime-case",
        lab(uid, 1, "Kinetic Tutor", "Learning Scientist (Maths)", "technical",
            "amelia.strand@kinetictutor.com;rahul.desai@kinetictutor.com", "goodtime-two-sessions-case"),
        vcal(body, "goodtime"),
        forms="",
    )


def revisely_modernloop() -> dict[str, object]:
    uid = "ml-loop-3b7f91d2e4c5@modernloop.io"
    zoom = ZOOM_EN.format(url="https://revisely.zoom.us/j/86600412379", mid="866 0041 2379", pw="loop",
                          digits="86600412379")
    desc = esc(f"""Hi Siobhán, here is your virtual onsite schedule for the Head of Maths Content role at Revisely. \
All times are Irish Standard Time.

12:00 – 12:45  Content quality & standards — Hamish Reid (Director of Content)
12:45 – 13:15  Cross-functional collaboration — Zoë Chan (Engineering Manager)
13:15 – 13:30  Break
13:30 – 14:15  Leadership & culture — Nadia Okoro (COO)

Your recruiting coordinator, Sam Price, will join for the first few minutes to introduce you and make \
sure the tech works.

One Zoom link for all sessions:
{zoom}

Scheduled with ModernLoop""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250526T100000Z
DTSTART:20250603T110000Z
DTEND:20250603T131500Z
SUMMARY:Revisely | Virtual Onsite – Siobhán Kelly (Head of Maths Content)
ORGANIZER;CN=Sam Price:mailto:sam.price@revisely.co.uk
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Hamish Reid:mailto:hamish@revisely.co.uk
ATTENDEE;CN=Zoë Chan:mailto:zoe.chan@revisely.co.uk
ATTENDEE;CN=Nadia Okoro:mailto:nadia@revisely.co.uk
ATTENDEE;CN=Sam Price:mailto:sam.price@revisely.co.uk
DESCRIPTION:{desc}
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "modernloop-virtual-onsite",
        lab(uid, 1, "Revisely", "Head of Maths Content", "onsite",
            "hamish@revisely.co.uk;zoe.chan@revisely.co.uk;nadia@revisely.co.uk", "modernloop-onsite-coordinator"),
        vcal(body, "modernloop"),
        forms="",
    )


def examhub_calendly() -> dict[str, object]:
    uid = "EVT-3c8a1f20-77b4-4b9e-a0d1-6e2f9c4b8a71@calendly.com"
    desc = esc("""Event Name: Head of Content – intro chat (30 min)

Location: This is a Google Meet web conference. https://meet.google.com/exh-bqtz-pni

Please share anything that will help prepare for our meeting.: Applying for Head of Content (Leaving Cert \
Maths) – saw the post on LinkedIn. 15 yrs teaching HL maths.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/3c8a1f20-77b4-4b9e-a0d1-6e2f9c4b8a71
Reschedule: https://calendly.com/reschedulings/3c8a1f20-77b4-4b9e-a0d1-6e2f9c4b8a71

Powered by Calendly.com""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250210T211530Z
DTSTART:20250214T130000Z
DTEND:20250214T133000Z
SUMMARY:Siobhán Kelly and Eoin Cassidy
ORGANIZER;CN=Eoin Cassidy:mailto:eoin@examhub.ie
ATTENDEE;CN=Siobhán Kelly;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/exh-bqtz-pni
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "calendly-invitee",
        lab(uid, 1, "ExamHub", "Head of Content (Leaving Cert Maths)", "", "eoin@examhub.ie",
            "calendly-user-as-invitee-company-in-domain"),
        vcal(body, "calendly"),
        forms="ExamHub.ie",
    )


def learnuil_founder() -> dict[str, object]:
    uid = "6t1b9h4c0q8m2x7r5v3n1k9w0e@google.com"
    meet = MEET_EN.format(code="lrn-ukqd-vae", pin="913 402 665")
    desc = esc(f"""Hi Siobhán – thanks for replying to the post. As I mentioned, Learnúil is just me and Síle at the \
moment (we're building adaptive maths practice for Junior and Leaving Cert, pre-seed funded). Keen to chat \
about the curriculum lead role – part-time to start, full-time from September. Informal, but I'll want to \
hear how you'd structure the content for 1st–3rd year.

Fiachra

-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
{meet}
-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250506T193000
DTEND;TZID=Europe/Dublin:20250506T201500
DTSTAMP:20250501T222014Z
ORGANIZER;CN=Fiachra Ó Dálaigh:mailto:fiachra.odalaigh@gmail.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Fiachra Ó Dálaigh:mailto:fiachra.odalaigh@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
X-GOOGLE-CONFERENCE:https://meet.google.com/lrn-ukqd-vae
CREATED:20250501T222014Z
DESCRIPTION:{desc}
LAST-MODIFIED:20250501T222014Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Siobhán / Fiachra – chat re curriculum lead
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "google-freemail-founder",
        lab(uid, 1, "Learnúil", "curriculum lead", "", "fiachra.odalaigh@gmail.com",
            "freemail-founder-company-only-in-body"),
        vcal(body, "google", tzs=("Europe/Dublin",)),
        forms="",
    )


def learnuil_onsite() -> dict[str, object]:
    uid = "1p8x3m6c0t2v9b4q7k5n1r0h3a@google.com"
    desc = esc("""Hi Siobhán,

Fiachra filled me in – great to have you in for round 2. Plan: meet me (I'm the CTO), we'll go through a \
sample Junior Cycle unit together at the whiteboard and talk about how the adaptive engine would use your \
content. Then coffee with Fiachra to wrap up.

We're on the 2nd floor – message me when you're at the door.
Síle""")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250517T100000
DTEND;TZID=Europe/Dublin:20250517T120000
DTSTAMP:20250509T124455Z
ORGANIZER;CN=Síle Burke:mailto:sile@learnuil.ie
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Síle Burke:mailto:sile@learnuil.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Fiachra Ó Dálaigh:mailto:fiachra.odalaigh@gmail.com
CREATED:20250509T124455Z
DESCRIPTION:{desc}
LAST-MODIFIED:20250509T124455Z
LOCATION:{esc("Dogpatch Labs, The CHQ Building, Custom House Quay, Dublin 1")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Learnúil – round 2 @ Dogpatch (whiteboard session + coffee)
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "google-startup-onsite",
        lab(uid, 1, "Learnúil", "", "onsite", "sile@learnuil.ie;fiachra.odalaigh@gmail.com",
            "google-startup-onsite-saturday"),
        vcal(body, "google", tzs=("Europe/Dublin",)),
    )


def phasor_agency() -> dict[str, object]:
    uid = OLK + "A9B8C7D6E58CDB01000000000000000010000000FEDCBA98765432100123456789ABCDEF"
    teams = TEAMS_EN.format(url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_PhSr@thread.v2/0",
                            mid="355 810 472 669", pw="Ph4sR9")
    desc = esc(f"""Hi Siobhán,

As discussed, please find the Teams details for your first interview with Phasor Learning for the Senior \
Learning Designer (Maths) position. You'll be meeting Declan Furey (Learning Design Manager) and Alison \
Tighe (People Partner). They'll cover your CV, a learning design you're proud of and your experience \
with Moodle / H5P.

I'll give you a call the evening before to prep.

Graham Kerr
Director | Morrison Kerr Recruitment
Education & Learning Technology | +353 1 661 2290

{teams}""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Kerr, Graham":mailto:graham@morrisonkerr.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Declan Furey:mailto:declan.furey@phasorlearning.com
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Teams interview – Phasor Learning – Senior Learning Designer (Maths) – Siobhán Kelly
DTSTART;TZID=GMT Standard Time:20250305T120000
DTEND;TZID=GMT Standard Time:20250305T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T171200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
END:VEVENT"""
    return item(
        "agency-ie-client",
        lab(uid, 1, "Phasor Learning", "Senior Learning Designer (Maths)", "",
            "declan.furey@phasorlearning.com;Alison Tighe", "agency-organizer-names-client"),
        vcal(body, "outlook", tzs=("GMT Standard Time",)),
        forms="Phasor",
    )


def tutorly_utc() -> dict[str, object]:
    uid = OLK + "E5F4A3B2D1D4DB0100000000000000001000000011223344556677889900AABBCCDDEEFF"
    teams = TEAMS_EN.format(url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_TtLy@thread.v2/0",
                            mid="390 117 204 853", pw="Tut8rL")
    desc = esc(f"""Dear Siobhán,

Thank you for applying for the Head of Maths Tutoring role at Tutorly. We'd like to invite you to a video \
interview with Marcus Hale (Director of Tutoring) and Bethany Cole (Tutor Quality Lead).

The interview will last around 50 minutes. There is no presentation for this stage.

Kind regards,
Tutorly Careers

{teams}""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN=Tutorly Careers:mailto:careers@tutorly.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhán Kelly:mailto:{ME}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Hale:mailto:marcus.hale@tutorly.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Bethany Cole:mailto:bethany.cole@tutorly.co.uk
DESCRIPTION;LANGUAGE=en-GB:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Video interview – Head of Maths Tutoring – Siobhán Kelly
DTSTART:20250604T140000Z
DTEND:20250604T145000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT"""
    return item(
        "outlook-utc-video",
        lab(uid, 1, "Tutorly", "Head of Maths Tutoring", "",
            "marcus.hale@tutorly.co.uk;bethany.cole@tutorly.co.uk", "outlook-utc-no-vtimezone"),
        vcal(body, "outlook"),
        forms="",
    )


def numeracy_now() -> dict[str, object]:
    uid = "4r9k2c7m0x5b1v8q3n6t2p9w1s@google.com"
    desc = esc("""Hi Siobhán,

Here's the invite for Thursday. The panel will be me (Head of Programmes) and Gareth Evans, one of our \
trustees. We'll ask you to talk us through how you'd recruit our first 20 partner schools in Ireland in \
year one – ten minutes, slides optional.

Video link: https://meet.google.com/nnw-fhzj-xoe

Thanks,
Priti Shah
Head of Programmes, Numeracy Now (registered charity 1189023)""")
    body = f"""BEGIN:VEVENT
DTSTART:20250612T090000Z
DTEND:20250612T094500Z
DTSTAMP:20250605T150515Z
ORGANIZER;CN=Priti Shah:mailto:priti@numeracynow.org.uk
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priti Shah:mailto:priti@numeracynow.org.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
CREATED:20250605T150515Z
DESCRIPTION:{desc}
LAST-MODIFIED:20250605T150515Z
LOCATION:https://meet.google.com/nnw-fhzj-xoe
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Numeracy Now: Programme Lead (Ireland) interview
TRANSP:OPAQUE
END:VEVENT"""
    return item(
        "google-utc-xwr",
        lab(uid, 1, "Numeracy Now", "Programme Lead (Ireland)", "", "priti@numeracynow.org.uk;Gareth Evans",
            "google-x-wr-timezone-utc-times"),
        vcal(body, "google", head=("X-WR-CALNAME:Priti Shah", "X-WR-TIMEZONE:Europe/London")),
        forms="",
    )


def events() -> list[dict[str, object]]:
    return [
        kinetic_goodtime(),
        revisely_modernloop(),
        examhub_calendly(),
        learnuil_founder(),
        learnuil_onsite(),
        phasor_agency(),
        tutorly_utc(),
        numeracy_now(),
    ]
