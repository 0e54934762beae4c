"""holdout77 negatives: practice and learning about interviews, media and research "interviews", family
appointments and the user's school routine."""

from __future__ import annotations

from holdout77ev_ics import ME, OLK, WORK, ZOOM_EN, esc, item, lab, vcal


def g_event(uid: str, summary: str, desc: str, start: str, end: str, org: str, atts: str = "", loc: str = "") -> str:
    return f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:{start}
DTEND;TZID=Europe/Dublin:{end}
DTSTAMP:20250301T120000Z
{org}
UID:{uid}
{atts}
DESCRIPTION:{desc}
LOCATION:{loc}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT"""


def mock_board() -> dict[str, object]:
    uid = "7x1c5m9q3v0b8n2k6t4r8p2h0s@google.com"
    desc = esc("""Mock DP interview for you! Gerry (retired principal) and Sarah (BOM chair in Terenure) have kindly \
agreed to be the 'board'. 40 mins of questions, then honest feedback over tea. Bring your application form \
and the LAOS stuff. Wine after 🍷

Niamh""")
    org = "ORGANIZER;CN=Niamh Costello:mailto:niamh.costello@gmail.com"
    atts = f"ATTENDEE;CN=Siobhán Kelly;PARTSTAT=ACCEPTED:mailto:{ME}"
    body = g_event(uid, "Mock DP interview – practice board (Niamh\\, Gerry & Sarah)", desc, "20250510T110000",
                   "20250510T123000", org, atts, "Niamh's house\\, 14 Cypress Grove\\, Templeogue")
    return item("mock-friends-board", lab(uid, 0, trap="mock-interview-practice-board"),
                vcal(body, "google", tzs=("Europe/Dublin",)))


def coaching_calendly() -> dict[str, object]:
    uid = "EVT-f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f@calendly.com"
    desc = esc("""Event Name: Leadership Interview Coaching – Session 2 (60 min)

Location: https://us02web.zoom.us/j/88120334571

Please share anything that will help prepare for our meeting.: Deputy Principal interviews coming up in May \
(Ardscoil Mhuire + Swords Hill). Want to practise the 'vision' question and competency answers.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f
Reschedule: https://calendly.com/reschedulings/f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f

Powered by Calendly.com""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250424T090000Z
DTSTART:20250501T180000Z
DTEND:20250501T190000Z
SUMMARY:Siobhán Kelly and Deirbhile Coyle
ORGANIZER;CN=Deirbhile Coyle:mailto:deirbhile@nextstepcoaching.ie
ATTENDEE;CN=Siobhán Kelly;PARTSTAT=ACCEPTED:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:https://us02web.zoom.us/j/88120334571
STATUS:CONFIRMED
END:VEVENT"""
    return item("mock-coaching-calendly", lab(uid, 0, trap="mock-coaching-calendly-names-employers"),
                vcal(body, "calendly"))


def webinar() -> dict[str, object]:
    uid = "ZOOMWEBINAR-84771203366-20250312@zoom.us"
    zoom = ZOOM_EN.format(url="https://us06web.zoom.us/w/84771203366?tk=aB3dE5fG7hI9", mid="847 7120 3366",
                          pw="SLNI", digits="84771203366")
    desc = esc(f"""Hi Siobhán,

Thank you for registering for "Preparing for Deputy Principal Interviews", hosted by School Leaders Network \
Ireland. Speakers: two serving principals and an experienced independent assessor on what boards look for.

Please submit any questions in advance via the Q&A form.

{zoom}""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250305T120000Z
DTSTART:20250312T193000Z
DTEND:20250312T203000Z
SUMMARY:Webinar: Preparing for Deputy Principal Interviews
ORGANIZER;CN=School Leaders Network Ireland:mailto:no-reply@zoom.us
DESCRIPTION:{desc}
LOCATION:https://us06web.zoom.us/w/84771203366
STATUS:CONFIRMED
END:VEVENT"""
    return item("webinar-dp-interviews", lab(uid, 0, trap="webinar-about-interviews"), vcal(body, "outlook"))


def leadership_course() -> dict[str, object]:
    uid = "tanaiste-2025-m4-c17@cslireland.ie"
    desc = esc("""Tánaiste Programme for aspiring deputy principals – Cohort 17
Module 4: Recruitment, selection and the interview process (from the board's side) – role-plays in groups \
of three: candidate, board member, observer.
Venue: Education Centre, Blackrock. Lunch provided. Substitution cover claimable.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250110T101010Z
DTSTART;TZID=Europe/Dublin:20250207T093000
DTEND;TZID=Europe/Dublin:20250207T160000
SUMMARY:Tánaiste Programme – Module 4: Recruitment\\, selection & interviews
ORGANIZER;CN=Centre for School Leadership Ireland:mailto:programmes@cslireland.ie
ATTENDEE;CN=Siobhán Kelly;PARTSTAT=ACCEPTED:mailto:{WORK}
DESCRIPTION:{desc}
LOCATION:Blackrock Education Centre
STATUS:CONFIRMED
END:VEVENT"""
    return item("course-leadership-selection", lab(uid, 0, trap="course-leadership-interview-roleplay"),
                vcal(body, "outlook", tzs=("Europe/Dublin",)))


def radio() -> dict[str, object]:
    uid = "dcfm-newsdesk-20250606-skelly@dublincityfm.ie"
    desc = esc("""Thanks for agreeing to talk to us about Leaving Cert Maths Paper 1! Live phone interview on the \
lunchtime news, about 5 minutes. Our producer Shane will ring you at 12.50 on your mobile. Questions: how \
did the paper look, any surprises, advice for students ahead of Paper 2.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250605T160000Z
DTSTART;TZID=Europe/Dublin:20250606T125500
DTEND;TZID=Europe/Dublin:20250606T131000
SUMMARY:Dublin City FM – live interview re LC Maths Paper 1
ORGANIZER;CN=Shane Foley (Dublin City FM):mailto:newsdesk@dublincityfm.ie
ATTENDEE;CN=Siobhán Kelly;PARTSTAT=ACCEPTED:mailto:{WORK}
DESCRIPTION:{desc}
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT"""
    return item("press-radio", lab(uid, 0, trap="press-radio-interview"), vcal(body, "outlook", tzs=("Europe/Dublin",)))


def podcast() -> dict[str, object]:
    uid = "6b0n4x8c2m7q1v5k9t3r7p1h5s@google.com"
    desc = esc("""Recording for The Staffroom podcast – ep. 42 'Maths anxiety in the junior cycle'. We'll chat for ~40 \
mins, edited down to 30. Studio link: https://riverside.fm/studio/the-staffroom (use headphones, Chrome).

Thanks a million!
Dara""")
    org = "ORGANIZER;CN=Dara Nolan:mailto:thestaffroompod@gmail.com"
    atts = f"ATTENDEE;CN=siobhan.kelly.maths@eircom.net;PARTSTAT=ACCEPTED:mailto:{ME}"
    body = g_event(uid, "Podcast recording – The Staffroom ep. 42 (interview w/ Siobhán Kelly)", desc,
                   "20250316T200000", "20250316T210000", org, atts, "https://riverside.fm/studio/the-staffroom")
    return item("podcast-guest", lab(uid, 0, trap="podcast-guest-interview"),
                vcal(body, "google", tzs=("Europe/Dublin",)))


def user_research_tallyo() -> dict[str, object]:
    uid = "research-invite-20250122-mh@tallyo.co.uk"
    desc = esc("""Hi Siobhan,

Thanks for signing up to help shape Tallyo! This is a 45-minute user interview with our research team about \
how you plan and set maths homework. There are no right answers – we just want to learn from teachers. \
As a thank-you we'll send a £40 (or €45) voucher.

Link: https://meet.google.com/tly-rsch-kqa

Mo Hussain
User Researcher, Tallyo""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250115T110000Z
DTSTART:20250122T163000Z
DTEND:20250122T171500Z
SUMMARY:Tallyo teacher research – user interview (45 min)
ORGANIZER;CN=Mo Hussain:mailto:research@tallyo.co.uk
ATTENDEE;CN=Siobhan Kelly;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:https://meet.google.com/tly-rsch-kqa
STATUS:CONFIRMED
END:VEVENT"""
    return item("user-research-known-firm", lab(uid, 0, trap="user-research-interview-known-employer"),
                vcal(body, "outlook"))


def user_research_de() -> dict[str, object]:
    uid = "c7e1d3f5-a9b2-4c6d-8e0f-1a3b5c7d9e2f"
    desc = esc("""Hallo Siobhán,

vielen Dank, dass Sie an unserer Studie teilnehmen! Im Nutzerinterview (30 Min., auf Englisch) möchten wir \
verstehen, wie Lehrkräfte in Irland Mathe-Hausaufgaben digital vergeben. Als Dankeschön erhalten Sie einen \
Gutschein über 30 €.

Link: https://mathoria.whereby.com/research

Viele Grüße
Lea Hoffmann
UX Research, Mathoria""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250219T101500Z
DTSTART;TZID=Europe/Berlin:20250226T180000
DTEND;TZID=Europe/Berlin:20250226T183000
SUMMARY:Nutzerinterview: Feedback zur Mathoria-App (30 Min.)
ORGANIZER;CN=Lea Hoffmann:mailto:lea.hoffmann@mathoria.de
ATTENDEE;CN=Siobhán Kelly;RSVP=TRUE:mailto:{ME}
DESCRIPTION:{desc}
LOCATION:https://mathoria.whereby.com/research
STATUS:CONFIRMED
END:VEVENT"""
    return item("user-research-de", lab(uid, 0, trap="user-research-interview-de"),
                vcal(body, "outlook", tzs=("Europe/Berlin",)))


def apple_note(uid: str, summary: str, start: str, end: str, notes: str = "", loc: str = "") -> str:
    lines = ["BEGIN:VEVENT", "CREATED:20250301T200000Z", "DTSTAMP:20250301T200000Z",
             f"DTSTART;TZID=Europe/Dublin:{start}", f"DTEND;TZID=Europe/Dublin:{end}",
             f"SUMMARY:{summary}", f"UID:{uid}", "SEQUENCE:0", "TRANSP:OPAQUE"]
    if notes:
        lines.append(f"DESCRIPTION:{esc(notes)}")
    if loc:
        lines.append(f"LOCATION:{esc(loc)}")
    return "\n".join([*lines, "END:VEVENT"])


def gp() -> dict[str, object]:
    uid = "A4C6E8F0-1B3D-4F5A-9C7E-2D4F6A8B0C1E"
    body = apple_note(uid, "Dr Kavanagh – Oisín (ear check)", "20250318T083000", "20250318T084500",
                      "bring inhaler too. ask re referral", "Knocklyon Medical Centre")
    return item("personal-gp", lab(uid, 0, trap="personal-gp-kid"), vcal(body, "apple", method=None,
                                                                        tzs=("Europe/Dublin",)))


def physio() -> dict[str, object]:
    uid = "appt-558120-clonskeaghsportsphysio@cliniko.com"
    desc = esc("""Hi Siobhán,

This is a confirmation of Saoirse's appointment with Karl Brennan (Chartered Physiotherapist) – Follow-up \
(30 min) at Clonskeagh Sports Physio.

To cancel or reschedule please give at least 24 hours' notice: 01 269 4418.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250402T100000Z
DTSTART:20250409T154500Z
DTEND:20250409T161500Z
SUMMARY:Saoirse Kelly – Follow-up with Karl Brennan
DESCRIPTION:{desc}
LOCATION:{esc("Clonskeagh Sports Physio, 12 Clonskeagh Road, Dublin 14")}
END:VEVENT"""
    return item("personal-physio", lab(uid, 0, trap="personal-physio-booking"),
                vcal(body, "outlook", method="PUBLISH"))


def gaa_recurring() -> dict[str, object]:
    uid = "0v4n8c2x6m1q5b9k3t7r1p5h9w@google.com"
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250301T093000
DTEND;TZID=Europe/Dublin:20250301T110000
RRULE:FREQ=WEEKLY;UNTIL=20250628T083000Z;BYDAY=SA
EXDATE;TZID=Europe/Dublin:20250419T093000
DTSTAMP:20250220T200000Z
ORGANIZER;CN=siobhan.kelly.maths@eircom.net:mailto:{ME}
UID:{uid}
DESCRIPTION:Oisín - hurl\\, helmet\\, water bottle. Saoirse camogie same time pitch 3
LOCATION:Ballyboden St Enda's GAA\\, Firhouse Road
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:U10 hurling training
TRANSP:OPAQUE
END:VEVENT"""
    return item("personal-gaa-recurring", lab(uid, 0, trap="personal-gaa-recurring-weekly"),
                vcal(body, "google", method="PUBLISH", tzs=("Europe/Dublin",),
                     head=("X-WR-CALNAME:Family", "X-WR-TIMEZONE:Europe/Dublin")))


def bank() -> dict[str, object]:
    uid = "BOL-APPT-20250415-00917734@bankofleinster.ie"
    desc = esc("""Your appointment with a Mortgage Adviser is confirmed.
Topic: Mortgage switching
Adviser: Colette Brady
Please bring: 3 months' payslips, 6 months' current account statements, photo ID, proof of address.""")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250408T130000Z
DTSTART;TZID=Europe/Dublin:20250415T170000
DTEND;TZID=Europe/Dublin:20250415T174500
SUMMARY:Bank of Leinster – Mortgage appointment
DESCRIPTION:{desc}
LOCATION:{esc("Bank of Leinster, Main Street, Rathfarnham, Dublin 14")}
END:VEVENT"""
    return item("personal-bank", lab(uid, 0, trap="personal-bank-appointment"),
                vcal(body, "outlook", method="PUBLISH", tzs=("Europe/Dublin",)))


def visa() -> dict[str, object]:
    uid = "3E5A7C9B-1D2F-4A6B-8C0E-F1A3B5C7D9E2"
    body = apple_note(uid, "US visa interview – Embassy (B1/B2) – me + kids", "20250225T084500",
                      "20250225T100000", "confirmation page + DS-160 barcodes, passports, kids' birth certs, "
                      "no phones inside. Park at RDS", "US Embassy, 42 Elgin Road, Ballsbridge")
    return item("personal-visa-interview", lab(uid, 0, trap="personal-visa-interview"),
                vcal(body, "apple", method=None, tzs=("Europe/Dublin",)))


def kid_ptm() -> dict[str, object]:
    uid = "9F1B3D5E-7A2C-4E6F-8B0D-A2C4E6F8B0D1"
    body = apple_note(uid, "PT meeting – Oisín (3rd class, Ms Heaney)", "20250212T152000", "20250212T153000",
                      "ask re reading group + tables", "Scoil Mhuire NS, Knocklyon")
    return item("personal-kid-ptm", lab(uid, 0, trap="personal-kid-parent-teacher-meeting"),
                vcal(body, "apple", method=None, tzs=("Europe/Dublin",)))


def own_ptm() -> dict[str, object]:
    uid = OLK + "E1F2030415C6DB0100000000000000001000000042424242424242424242424242424242"
    desc = esc("""5th Year Parent-Teacher Meetings. Appointment lists will be in your pigeon-holes by Monday; \
please keep meetings to 5 minutes and refer any pastoral concerns to the Year Head.""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="School Office":mailto:office@stcolmcilles-cs.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Kelly, Siobhán":mailto:{WORK}
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:Parent-Teacher Meetings – 5th Year
DTSTART;TZID=GMT Standard Time:20250227T160000
DTEND;TZID=GMT Standard Time:20250227T190000
DTSTAMP:20250214T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Sports Hall
END:VEVENT"""
    return item("internal-ptm", lab(uid, 0, trap="internal-parent-teacher-meetings"),
                vcal(body, "exchange", tzs=("GMT Standard Time",)))


def slar() -> dict[str, object]:
    uid = OLK + "F2030415269DDB0100000000000000001000000043434343434343434343434343434343"
    desc = esc("""SLAR meeting – 2nd Year Maths CBA1 (Mathematical Investigation). Bring 3 samples per class (one per \
descriptor band). We'll agree the features of quality and record the outcomes on VSware afterwards.""")
    body = f"""BEGIN:VEVENT
ORGANIZER;CN="Kelly, Siobhán":mailto:{WORK}
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Gerry Nolan":mailto:gnolan@stcolmcilles-cs.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Aoife Kinsella":mailto:akinsella@stcolmcilles-cs.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Pat Geraghty":mailto:pgeraghty@stcolmcilles-cs.ie
DESCRIPTION;LANGUAGE=en-IE:{desc}
UID:{uid}
SUMMARY;LANGUAGE=en-IE:SLAR – 2nd Yr Maths CBA1
DTSTART;TZID=GMT Standard Time:20250305T131500
DTEND;TZID=GMT Standard Time:20250305T141500
DTSTAMP:20250224T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-IE:Maths office (M1)
END:VEVENT"""
    return item("internal-slar", lab(uid, 0, trap="internal-slar-moderation"),
                vcal(body, "outlook", tzs=("GMT Standard Time",)))


def events() -> list[dict[str, object]]:
    return [
        mock_board(),
        coaching_calendly(),
        webinar(),
        leadership_course(),
        radio(),
        podcast(),
        user_research_tallyo(),
        user_research_de(),
        gp(),
        physio(),
        gaa_recurring(),
        bank(),
        visa(),
        kid_ptm(),
        own_ptm(),
        slar(),
    ]
