"""holdout77: the user's own interviews with Irish and UK ed-tech firms (Greenhouse, Ashby, Lever, Workable,
Teamtailor, Personio, a hand-typed phone screen)."""

from __future__ import annotations

from holdout77ev_ics import ME, MEET_EN, ZOOM_EN, esc, item, lab, vcal


def tallyo_screen() -> dict[str, object]:
    uid = "greenhouse-interview-58120774-1@tallyo.greenhouse.io"
    desc = esc("""Hi Siobhan,

Thanks so much for your interest in the Curriculum Lead, Secondary Maths role at Tallyo! Please see your \
interview details below.

Date: Tuesday, March 11th
Time: 12:30pm - 1:00pm GMT
Interview: Recruiter Screen (30 mins)
Interviewer: Freya Blackwood, Talent Partner
Format: Phone – Freya will call you on the number on your application.

If you need to reschedule, just reply to this email and I'll sort it.

Best,
Jess Okonkwo
Recruiting Coordinator | Tallyo""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250305T101500Z
DTSTART:20250311T123000Z
DTEND:20250311T130000Z
SUMMARY:Interview with Tallyo - Siobhan Kelly - Recruiter Screen
ORGANIZER;CN=Jess Okonkwo:mailto:jess.okonkwo@tallyo.co.uk
ATTENDEE;CN=Siobhan Kelly;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Freya Blackwood;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:freya.blackwood@tallyo.co.uk
DESCRIPTION:{desc}
LOCATION:Phone call
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "greenhouse-phone-screen",
        lab(uid, 1, "Tallyo", "Curriculum Lead, Secondary Maths", "recruiter_screen",
            "freya.blackwood@tallyo.co.uk", "greenhouse-utc-phone-coordinator"),
        vcal(body, "greenhouse"),
        forms="",
    )


def tallyo_exercise() -> dict[str, object]:
    uid = "greenhouse-interview-58120774-2@tallyo.greenhouse.io"
    meet = MEET_EN.format(code="kvx-pqrt-nbe", pin="772 019 334")
    desc = esc(f"""Hi Siobhan,

Congrats on moving forward! Here are the details for your next conversation with Tallyo.

Interview: Curriculum Design Exercise (60 mins)
Interviewers:
- Tom Achebe, Head of Curriculum
- Priya Raman, Senior Content Designer

Ahead of the session you'll receive a short brief (a Year 9 / second-year unit on linear relationships). \
You'll have 20 minutes to sketch a sequence of three lessons with us on a shared board, then we'll talk it \
through. No preparation needed beyond reading the brief.

{meet}

Jess Okonkwo
Recruiting Coordinator | Tallyo""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250318T161000Z
DTSTART:20250327T150000Z
DTEND:20250327T160000Z
SUMMARY:Interview with Tallyo - Siobhan Kelly - Curriculum Design Exercise
ORGANIZER;CN=Jess Okonkwo:mailto:jess.okonkwo@tallyo.co.uk
ATTENDEE;CN=Siobhan Kelly;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Tom Achebe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.achebe@tallyo.co.uk
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.raman@tallyo.co.uk
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/kvx-pqrt-nbe
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "greenhouse-exercise",
        lab(uid, 1, "Tallyo", "", "technical", "tom.achebe@tallyo.co.uk;priya.raman@tallyo.co.uk",
            "greenhouse-design-exercise-meet"),
        vcal(body, "greenhouse"),
    )


def tallyo_final() -> dict[str, object]:
    uid = "greenhouse-interview-58120774-3@tallyo.greenhouse.io"
    desc = esc("""Hi Siobhan,

We're excited to welcome you to the Tallyo office for your final interview! Your schedule:

10:00 - 10:45  Values & ways of working – Ben Adeyemi, CEO & Co-founder
10:45 - 11:30  Curriculum deep dive – Tom Achebe, Head of Curriculum
11:30 - 12:15  Working with Product & Engineering – Lina Sørensen, VP Product
12:15 - 13:30  Lunch with the Learning team (informal, not assessed)

Location: Tallyo, 3rd Floor, 21 Leonard Street, London EC2A 4DS. Ask for Jess at reception.
Travel: we'll reimburse your flights from Dublin – keep your receipts.

See you soon,
Jess Okonkwo
Recruiting Coordinator | Tallyo""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250401T090000Z
DTSTART;TZID=Europe/London:20250409T100000
DTEND;TZID=Europe/London:20250409T133000
SUMMARY:Tallyo - Final Interview (Onsite) - Siobhan Kelly
ORGANIZER;CN=Jess Okonkwo:mailto:jess.okonkwo@tallyo.co.uk
ATTENDEE;CN=Siobhan Kelly;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Ben Adeyemi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ben@tallyo.co.uk
ATTENDEE;CN=Tom Achebe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tom.achebe@tallyo.co.uk
ATTENDEE;CN=Lina Sørensen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:lina.sorensen@tallyo.co.uk
ATTENDEE;CN=Jess Okonkwo;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jess.okonkwo@tallyo.co.uk
DESCRIPTION:{desc}
LOCATION:{esc("Tallyo, 3rd Floor, 21 Leonard Street, London EC2A 4DS")}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "greenhouse-final-london",
        lab(uid, 1, "Tallyo", "", "final", "ben@tallyo.co.uk;tom.achebe@tallyo.co.uk;lina.sorensen@tallyo.co.uk",
            "greenhouse-final-onsite-coordinator-attendee"),
        vcal(body, "greenhouse", tzs=("Europe/London",)),
    )


def sumwise_intro() -> dict[str, object]:
    uid = "ashby-3f9a1c07e2b84d55a9e0@ashbyhq.com"
    zoom = ZOOM_EN.format(url="https://sumwise.zoom.us/j/91822004371", mid="918 2200 4371", pw="sumwise",
                          digits="91822004371")
    desc = esc(f"""Intro call with Talent
Candidate: Siobhán Kelly
Role: Learning Experience Lead (Maths)
Interviewer: Róisín Gallagher (Talent Lead)

{zoom}

Scheduled with Ashby""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250226T142233Z
DTSTART;TZID=Europe/Dublin:20250303T160000
DTEND;TZID=Europe/Dublin:20250303T163000
SUMMARY:SumWise – Intro call (Siobhán Kelly)
ORGANIZER;CN=Róisín Gallagher:mailto:roisin@sumwise.io
ATTENDEE;CN=Róisín Gallagher;PARTSTAT=ACCEPTED:mailto:roisin@sumwise.io
ATTENDEE;CN=Siobhán Kelly;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:https://sumwise.zoom.us/j/91822004371
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "ashby-intro-zoom",
        lab(uid, 1, "SumWise Learning", "Learning Experience Lead (Maths)", "recruiter_screen",
            "roisin@sumwise.io", "ashby-intro-talent-brand-domain"),
        vcal(body, "ashby", tzs=("Europe/Dublin",)),
        forms="SumWise",
    )


def sumwise_hm() -> dict[str, object]:
    uid = "ashby-b18e72d4c0a9467f8e11@ashbyhq.com"
    zoom = ZOOM_EN.format(url="https://sumwise.zoom.us/j/95530817726", mid="955 3081 7726", pw="sumwise",
                          digits="95530817726")
    desc = esc(f"""Hiring Manager Interview
Candidate: Siobhán Kelly
Role: Learning Experience Lead (Maths)
Interviewer: Cathal McGrath (Head of Learning)
Coordinator: Róisín Gallagher

Cathal will dig into how you'd design practice sets that work for Junior Cycle and GCSE students alike.

{zoom}

Scheduled with Ashby""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250307T093012Z
DTSTART:20250313T110000Z
DTEND:20250313T114500Z
SUMMARY:Siobhán <> Cathal – Hiring Manager Interview
ORGANIZER;CN=Róisín Gallagher:mailto:roisin@sumwise.io
ATTENDEE;CN=Cathal McGrath;PARTSTAT=ACCEPTED:mailto:cathal@sumwise.io
ATTENDEE;CN=Siobhán Kelly;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:https://sumwise.zoom.us/j/95530817726
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "ashby-hm-noname",
        lab(uid, 1, "SumWise Learning", "Learning Experience Lead (Maths)", "hiring_manager",
            "cathal@sumwise.io", "ashby-company-only-in-domain"),
        vcal(body, "ashby"),
    )


def brightpath_lever() -> dict[str, object]:
    uid = "lever-9c2d41e8-7b36-4f0a-b5d1-e8f7a6c5b4d3"
    meet = MEET_EN.format(code="ghu-tkwa-zrs", pin="330 662 184")
    desc = esc(f"""Hi Siobhán,

Here are the details for your upcoming interview with Brightpath Education Technologies for the Curriculum \
Lead position.

Interviewers:
Gavin Tormey – Chief Learning Officer
Ifeoma Nwosu – Senior Product Manager

The panel will last an hour. Expect to talk about a curriculum project you've led, and about how teachers \
in Irish classrooms would actually use our platform day to day.

{meet}

Best,
The Brightpath Talent team""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250220T114501Z
DTSTART:20250228T100000Z
DTEND:20250228T110000Z
SUMMARY:Interview with Brightpath: Siobhán Kelly for Curriculum Lead
ORGANIZER;CN=Brightpath Talent:mailto:talent@bpet.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Gavin Tormey:mailto:gavin.tormey@bpet.ie
ATTENDEE;CN=Ifeoma Nwosu:mailto:ifeoma.nwosu@bpet.ie
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/ghu-tkwa-zrs
END:VEVENT"""
    return item(
        "lever-panel",
        lab(uid, 1, "Brightpath Education Technologies", "Curriculum Lead", "",
            "gavin.tormey@bpet.ie;ifeoma.nwosu@bpet.ie", "lever-panel-abbrev-domain"),
        vcal(body, "lever"),
        forms="Brightpath|Brightpath Education",
    )


def quizzly_workable() -> dict[str, object]:
    uid = "workable-evt-4417790-2025-03-17@workable.com"
    desc = esc("""Phone screen with Ollie Marsh (Talent Partner, Quizzly) for the Maths Content Manager position.

Ollie will call you on the phone number on your application. The call takes about 30 minutes and covers \
your background, what you're looking for, salary expectations and right to work in the UK (the role is \
remote with monthly days in London).

---
This event was scheduled with Workable.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250312T130511Z
DTSTART;TZID=Europe/London:20250317T170000
DTEND;TZID=Europe/London:20250317T173000
SUMMARY:Phone screen: Siobhán Kelly (Maths Content Manager) – Quizzly
ORGANIZER;CN=Ollie Marsh:mailto:ollie@quizzly.co.uk
ATTENDEE;CN=Ollie Marsh;PARTSTAT=ACCEPTED:mailto:ollie@quizzly.co.uk
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "workable-phone-screen",
        lab(uid, 1, "Quizzly", "Maths Content Manager", "recruiter_screen", "ollie@quizzly.co.uk",
            "workable-phone-screen-london"),
        vcal(body, "workable", tzs=("Europe/London",)),
        forms="",
    )


def classbridge_phone_note() -> dict[str, object]:
    uid = "3c0b8e1e-6a4f-4b2d-90e5-b47f1d2c8a66"
    body = f"""BEGIN:VEVENT
CREATED:20250403T203011Z
LAST-MODIFIED:20250403T203011Z
DTSTAMP:20250403T203011Z
UID:{uid}
SUMMARY:Phone screen – ClassBridge (Aoife\\, TA)
DTSTART;TZID=Europe/Dublin:20250407T124000
DTEND;TZID=Europe/Dublin:20250407T130000
DESCRIPTION:lunch break - ring from car. Product Specialist (Teacher Success)\\, Cork/remote
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT"""
    return item(
        "thunderbird-own-phone-screen",
        lab(uid, 1, "ClassBridge", "Product Specialist (Teacher Success)", "recruiter_screen", "Aoife",
            "thunderbird-handtyped-phone-screen"),
        vcal(body, "thunderbird", method=None, tzs=("Europe/Dublin",)),
        forms="",
    )


def classbridge_teamtailor() -> dict[str, object]:
    uid = "tt-meeting-0d6c1f52-89ab-4cde-9f01-23456789abcd@teamtailor.com"
    meet = MEET_EN.format(code="fds-mzbq-kte", pin="552 890 017")
    desc = esc(f"""Hi Siobhán!

Great to hear Aoife's call went well. I'm looking forward to our chat about the Product Specialist (Teacher \
Success) role – I lead the team you'd be joining, so bring all your questions about what the job is really \
like.

Dervla Kiely
Head of Teacher Success, ClassBridge

{meet}

Sent with Teamtailor""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250410T080012Z
DTSTART;TZID=Europe/Dublin:20250422T150000
DTEND;TZID=Europe/Dublin:20250422T154500
SUMMARY:Interview: ClassBridge & Siobhán Kelly
ORGANIZER;CN=Dervla Kiely:mailto:dervla@classbridge.ie
ATTENDEE;CN=Dervla Kiely;PARTSTAT=ACCEPTED:mailto:dervla@classbridge.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/fds-mzbq-kte
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "teamtailor-hm",
        lab(uid, 1, "ClassBridge", "Product Specialist (Teacher Success)", "hiring_manager",
            "dervla@classbridge.ie", "teamtailor-hiring-manager-meet"),
        vcal(body, "teamtailor", tzs=("Europe/Dublin",)),
    )


def scoilnua_personio() -> dict[str, object]:
    uid = "personio-interview-2214457-0@scoilnua.jobs.personio.com"
    desc = esc("""A Shiobhán, a chara / Dear Siobhán,

Go raibh maith agat as d'iarratas ar phost Forbróir Ábhair Mata. Ba mhaith linn agallamh a eagrú leat.
Thank you for your application for the post of Maths Content Developer. We would like to invite you to an \
interview.

Painéal / Panel: Seosamh Ó Flaithearta (Bainisteoir Ábhair / Content Manager), Nóra Ní Chonghaile \
(Ceannasaí Oideachais / Head of Education)

Beidh cuid den agallamh trí Ghaeilge. / Part of the interview will be held in Irish.

Nasc / Link: https://meet.google.com/sqn-wbxr-ayu

Le meas / Kind regards,
Foireann Earcaíochta ScoilNua Digital

This appointment was created via Personio.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250428T123344Z
DTSTART;TZID=Europe/Dublin:20250507T100000
DTEND;TZID=Europe/Dublin:20250507T104500
SUMMARY:Agallamh / Interview: Forbróir Ábhair Mata (Maths Content Developer)
ORGANIZER;CN=ScoilNua Digital Recruiting:mailto:recruiting@scoilnua.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
ATTENDEE;CN=Seosamh Ó Flaithearta;PARTSTAT=ACCEPTED:mailto:seosamh@scoilnua.ie
ATTENDEE;CN=Nóra Ní Chonghaile;PARTSTAT=ACCEPTED:mailto:nora@scoilnua.ie
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/sqn-wbxr-ayu
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "personio-bilingual-ga",
        lab(uid, 1, "ScoilNua Digital", "Forbróir Ábhair Mata (Maths Content Developer)", "",
            "seosamh@scoilnua.ie;nora@scoilnua.ie", "personio-bilingual-ga-en"),
        vcal(body, "personio", tzs=("Europe/Dublin",)),
        forms="ScoilNua",
    )


def events() -> list[dict[str, object]]:
    return [
        tallyo_screen(),
        tallyo_exercise(),
        tallyo_final(),
        sumwise_intro(),
        sumwise_hm(),
        brightpath_lever(),
        quizzly_workable(),
        classbridge_phone_note(),
        classbridge_teamtailor(),
        scoilnua_personio(),
    ]
