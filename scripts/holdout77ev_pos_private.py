"""holdout77: the user's own interviews with an international school, a fee-paying school and an educational
publisher (Teamtailor, Workable, Personio)."""

from __future__ import annotations

from holdout77ev_ics import ME, esc, item, lab, vcal


def dibs_screen() -> dict[str, object]:
    uid = "tt-meeting-5e7a2c90-3b1d-4f6e-a8c0-9d2e4f6a8b1c@teamtailor.com"
    desc = esc("""Hi Siobhán,

Thanks for applying to Dublin International Baccalaureate School! I'll give you a ring on the number in \
your application for a 20-minute introductory call – the role, our timeline, and your IB experience so far.

Talk soon,
Maeve Rooney
People & Culture Partner, DIBS

Sent with Teamtailor""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250305T110203Z
DTSTART;TZID=Europe/Dublin:20250310T161500
DTEND;TZID=Europe/Dublin:20250310T163500
SUMMARY:Phone call: DIBS × Siobhán Kelly – Head of Mathematics & Curriculum Coordinator
ORGANIZER;CN=Maeve Rooney:mailto:mrooney@dibs.ie
ATTENDEE;CN=Maeve Rooney;PARTSTAT=ACCEPTED:mailto:mrooney@dibs.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "teamtailor-phone-acronym",
        lab(uid, 1, "Dublin International Baccalaureate School", "Head of Mathematics & Curriculum Coordinator",
            "recruiter_screen", "mrooney@dibs.ie", "teamtailor-phone-acronym-summary"),
        vcal(body, "teamtailor", tzs=("Europe/Dublin",)),
        forms="DIBS",
    )


def dibs_onsite() -> dict[str, object]:
    uid = "tt-meeting-8f0b3d21-6c4e-4a7f-b9d1-0e3f5a7b9c2d@teamtailor.com"
    desc = esc("""Hi Siobhán,

Here is the plan for your on-site interview day:

09:00  Arrive, quick tour with Maeve
09:30  Demo lesson – DP Mathematics: Analysis & Approaches SL, Grade 11 (35 mins), observed by Lars
10:15  Panel interview with Dr Amira Haddad (Head of School) and Lars Kristensen (Head of Secondary)
11:00  Meet the maths department (informal)

The lesson brief is attached. The lab has a projector and mini-whiteboards.

Maeve

Sent with Teamtailor""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250313T142000Z
DTSTART;TZID=Europe/Dublin:20250320T090000
DTEND;TZID=Europe/Dublin:20250320T113000
SUMMARY:On-site interview day: Head of Mathematics & Curriculum Coordinator – Siobhán Kelly
ORGANIZER;CN=Maeve Rooney:mailto:mrooney@dibs.ie
ATTENDEE;CN=Maeve Rooney;PARTSTAT=ACCEPTED:mailto:mrooney@dibs.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Lars Kristensen;PARTSTAT=ACCEPTED:mailto:lkristensen@dibs.ie
ATTENDEE;CN=Amira Haddad;PARTSTAT=ACCEPTED:mailto:ahaddad@dibs.ie
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Lab S2.14:mailto:lab-s214@dibs.ie
DESCRIPTION:{desc}
LOCATION:{esc("Dublin International Baccalaureate School, Stillorgan Road, Dublin 4 – Lab S2.14")}
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "teamtailor-onsite-resource",
        lab(uid, 1, "Dublin International Baccalaureate School", "Head of Mathematics & Curriculum Coordinator",
            "onsite", "lkristensen@dibs.ie;ahaddad@dibs.ie", "teamtailor-onsite-demo-lesson-resource"),
        vcal(body, "teamtailor", tzs=("Europe/Dublin",)),
    )


def rathgar_head() -> dict[str, object]:
    uid = "workable-evt-2290417-2025-05-06@workable.com"
    desc = esc("""Dear Siobhán,

Thank you for your application for the position of Deputy Principal (Academic). I would like to invite you \
to a first interview with me at the school; as Headmaster, I am the person this role reports to.

We will talk about your leadership of teaching and learning, the timetable, and your thoughts on \
academic tracking across the Junior and Senior Cycle.

Yours sincerely,
Dr Jonathan Pyke
Headmaster, Rathgar Grammar School

---
Interview scheduled via Workable""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250429T083015Z
DTSTART;TZID=Europe/Dublin:20250506T163000
DTEND;TZID=Europe/Dublin:20250506T171500
SUMMARY:Interview with Rathgar Grammar School: Deputy Principal (Academic)
ORGANIZER;CN=Jonathan Pyke:mailto:jpyke@rathgargrammar.ie
ATTENDEE;CN=Jonathan Pyke;PARTSTAT=ACCEPTED:mailto:jpyke@rathgargrammar.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:{esc("Rathgar Grammar School, Highfield Road, Dublin 6 – Headmaster's Study")}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "workable-headmaster",
        lab(uid, 1, "Rathgar Grammar School", "Deputy Principal (Academic)", "hiring_manager",
            "jpyke@rathgargrammar.ie", "workable-private-school-head"),
        vcal(body, "workable", tzs=("Europe/Dublin",)),
        forms="Rathgar Grammar",
    )


def rathgar_final() -> dict[str, object]:
    uid = "workable-evt-2290417-2025-05-20@workable.com"
    desc = esc("""Dear Siobhán,

Further to your meeting with the Headmaster, we are pleased to invite you to the final interview for the \
position of Deputy Principal (Academic).

Panel: Mr Richard Lamb (Chair of the Board of Governors), Dr Jonathan Pyke (Headmaster) and \
Mrs Ruth Adair (Governor).

I will meet you at reception and show you to the Board Room. Please bring your passport or driving \
licence for our records.

Kind regards,
Clare Hennessy
Bursar

---
Interview scheduled via Workable""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250512T120501Z
DTSTART;TZID=Europe/Dublin:20250520T170000
DTEND;TZID=Europe/Dublin:20250520T180000
SUMMARY:Final interview – Deputy Principal (Academic) – Rathgar Grammar School
ORGANIZER;CN=Clare Hennessy:mailto:bursar@rathgargrammar.ie
ATTENDEE;CN=Clare Hennessy;PARTSTAT=ACCEPTED:mailto:bursar@rathgargrammar.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{ME}
ATTENDEE;CN=Richard Lamb;PARTSTAT=ACCEPTED:mailto:rlamb@rathgargrammar.ie
ATTENDEE;CN=Jonathan Pyke;PARTSTAT=ACCEPTED:mailto:jpyke@rathgargrammar.ie
DESCRIPTION:{desc}
LOCATION:{esc("Board Room, Rathgar Grammar School, Highfield Road, Dublin 6")}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT"""
    return item(
        "workable-governors-final",
        lab(uid, 1, "Rathgar Grammar School", "Deputy Principal (Academic)", "final",
            "rlamb@rathgargrammar.ie;jpyke@rathgargrammar.ie;Ruth Adair", "workable-final-bursar-coordinator"),
        vcal(body, "workable", tzs=("Europe/Dublin",)),
    )


def ogham_first() -> dict[str, object]:
    uid = "personio-interview-1187304-0@oghampress.jobs.personio.com"
    desc = esc("""Dear Siobhán,

We are delighted to invite you to a first interview for the position of Commissioning Editor \
(Mathematics) with Nuala Dempsey, Publishing Director (Secondary), to whom this role reports.

Location: Ogham Press Education, Unit 4, Ballymount Business Park, Dublin 12 (visitor parking at the front).

Kind regards,
Ogham Press Education – People Team

This appointment was created via Personio.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250304T094500Z
DTSTART;TZID=Europe/Dublin:20250312T163000
DTEND;TZID=Europe/Dublin:20250312T171500
SUMMARY:Interview: Siobhán Kelly – Commissioning Editor (Mathematics)
ORGANIZER;CN=Ogham Press Education:mailto:jobs@oghampress.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
ATTENDEE;CN=Nuala Dempsey;PARTSTAT=ACCEPTED:mailto:nuala.dempsey@oghampress.ie
DESCRIPTION:{desc}
LOCATION:{esc("Ogham Press Education, Unit 4, Ballymount Business Park, Dublin 12")}
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "personio-publisher-hm",
        lab(uid, 1, "Ogham Press Education", "Commissioning Editor (Mathematics)", "hiring_manager",
            "nuala.dempsey@oghampress.ie", "personio-publisher-hiring-manager"),
        vcal(body, "personio", tzs=("Europe/Dublin",)),
        forms="Ogham Press",
    )


def ogham_task() -> dict[str, object]:
    uid = "personio-interview-1187304-1@oghampress.jobs.personio.com"
    desc = esc("""Dear Siobhán,

Thank you for meeting Nuala last week. The second stage is an editorial practical: 48 hours before the \
session we will send you a sample chapter (Leaving Certificate Higher Level – Complex Numbers). At the \
session you will walk Nuala Dempsey and Brian Kinsella (Managing Editor) through your edits, your \
commissioning notes and how you would brief the author.

Kind regards,
Ogham Press Education – People Team

This appointment was created via Personio.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250317T101500Z
DTSTART;TZID=Europe/Dublin:20250325T163000
DTEND;TZID=Europe/Dublin:20250325T173000
SUMMARY:Editorial practical – Commissioning Editor (Mathematics)
ORGANIZER;CN=Ogham Press Education:mailto:jobs@oghampress.ie
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:{ME}
ATTENDEE;CN=Nuala Dempsey;PARTSTAT=ACCEPTED:mailto:nuala.dempsey@oghampress.ie
ATTENDEE;CN=Brian Kinsella;PARTSTAT=ACCEPTED:mailto:brian.kinsella@oghampress.ie
DESCRIPTION:{desc}
LOCATION:{esc("Ogham Press Education, Unit 4, Ballymount Business Park, Dublin 12")}
STATUS:CONFIRMED
END:VEVENT"""
    return item(
        "personio-editorial-practical",
        lab(uid, 1, "Ogham Press Education", "Commissioning Editor (Mathematics)", "technical",
            "nuala.dempsey@oghampress.ie;brian.kinsella@oghampress.ie", "personio-practical-task"),
        vcal(body, "personio", tzs=("Europe/Dublin",)),
    )


def events() -> list[dict[str, object]]:
    return [dibs_screen(), dibs_onsite(), rathgar_head(), rathgar_final(), ogham_first(), ogham_task()]
