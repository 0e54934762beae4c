"""holdout96 negatives, part C: practice, webinars, press/research "interviews", coffee chats, referee calls."""

from __future__ import annotations

from holdout96ev_boiler import teams_en, zoom_en
from holdout96ev_ics import (
    BERLIN,
    DUBLIN,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    WIN_GMT,
    WORK,
    Ev,
    cal,
    esc,
    neg,
)


def _g(uid: str, start: str, end: str, summary: str, desc: str = "", loc: str = "", org: str = "",
       attendees: tuple[str, ...] = (), tz: str = "Europe/Dublin") -> str:
    lines = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={tz}:{start}" if tz else f"DTSTART:{start}",
        f"DTEND;TZID={tz}:{end}" if tz else f"DTEND:{end}",
        "DTSTAMP:20250915T120000Z",
    ]
    if org:
        lines.append(org)
    lines.append(f"UID:{uid}")
    lines.extend(attendees)
    if desc:
        lines.append(f"DESCRIPTION:{desc}")
    lines += [f"LOCATION:{loc}", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE",
              "END:VEVENT"]
    return "\n".join(lines)


def _att(name: str, mail: str, partstat: str = "ACCEPTED") -> str:
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={name};"
            f"X-NUM-GUESTS=0:mailto:{mail}")


def events() -> list[Ev]:
    out: list[Ev] = []
    me = _att("Ciara Doyle", ME)

    out.append(neg("mock-interview-friend", cal(GOOGLE, _g(
        "4kd0s8p3mf1ra7c9vt2jneq6bh@google.com", "20251012T110000", "20251012T123000",
        "Mock interview w/ Deirdre (area mgr prep)",
        esc("Deirdre playing Bríd from Quaymart - competency Qs + 'walk me through your P&L'. Her place, Clontarf."),
        "Deirdre's\\, Clontarf",
    ), tz=(DUBLIN,), method="PUBLISH"), "mock-interview-en"))

    d = esc("""Event Type: Interview Practice (60 min)
Invitee: Ciara Doyle
Questions: What role are you preparing for? Area Manager - assessment centre and competency interview

Your coach: Maura Keating, Career Coach - keatingcareers.ie""")
    out.append(neg("coach-practice-calendly", cal("-//Calendly//Calendly//EN", f"""
BEGIN:VEVENT
UID:0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b@calendly.com
DTSTAMP:20250920T200000Z
DTSTART:20250930T180000Z
DTEND:20250930T190000Z
SUMMARY:Interview Practice (60 min) between Maura Keating and Ciara Doyle
ORGANIZER;CN=Maura Keating:mailto:maura@keatingcareers.ie
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}
DESCRIPTION:{d}
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT
"""), "mock-coach-calendly-en"))

    d = esc("""Thanks for registering for "Nailing the Area Manager Assessment Centre" - a free webinar for store
managers ready for their next step. Hosted by the Retail Skills Network.

""" + zoom_en("Retail Skills Network", "89011223344", "rsn2025", "zoom"))
    out.append(neg("webinar-assessment-centre", cal(GOOGLE, _g(
        "rsn-webinar-2025-10-area-manager-ac@retailskills.ie", "20251007T123000", "20251007T133000",
        "Webinar: Nailing the Area Manager Assessment Centre", d, "Zoom webinar",
        "ORGANIZER;CN=Retail Skills Network:mailto:events@retailskills.ie", (me,),
    ), tz=(DUBLIN,)), "webinar-interview-skills-en"))

    d = esc("""Half-day workshop for store managers and assistant managers.
Topics: competency-based questions, STAR scoring, avoiding bias, right-to-work checks, candidate experience.
Facilitator: Threads Ireland Learning & Development.""")
    out.append(neg("class-interviewing-skills", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Threads L&D":mailto:learning@threads-ireland.ie
ATTENDEE;CN="Doyle, Ciara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{WORK}
DESCRIPTION;LANGUAGE=en-IE:{d}
UID:040000008200E00074C5B7101A82E0080000000044BB55CC66DD77EEDC0100000000000000001000000011AA22BB33CC
SUMMARY;LANGUAGE=en-IE:Training: Competency-based interviewing for managers
DTSTART;TZID="GMT Standard Time":20250925T093000
DTEND;TZID="GMT Standard Time":20250925T130000
DTSTAMP:20250901T090000Z
LOCATION;LANGUAGE=en-IE:Threads Support Office\\, Park West - Training Room 2
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "class-interviewing-skills-en"))

    d = esc("""Hi Ciara, thanks for signing up to take part in our research! We're interviewing store managers about
how they build staff rotas. It's a 45 min chat over Zoom - no preparation needed. As a thank you we'll
send you a €40 One4all voucher.

""" + zoom_en("Priya Menon", "96633441120", "shiftly1"))
    out.append(neg("user-research-interview", cal(GOOGLE, _g(
        "ur-shiftly-store-managers-07@shiftly.io", "20251008T190000", "20251008T194500",
        "User research interview - Shiftly (rota app) - €40 voucher", d, "Zoom",
        "ORGANIZER;CN=Priya Menon:mailto:priya@shiftly.io", (me,),
    ), tz=(DUBLIN,)), "user-research-interview-en"))

    out.append(neg("press-interview", cal(GOOGLE, _g(
        "0pu4bk8fr2n6ld9taq1cem3sjv@google.com", "20251120T080000", "20251120T083000",
        "Interview with Irish Retail Weekly - Christmas trading on Henry St",
        esc("Phone interview with Niall Furey (journalist) for the Christmas trading feature. Press office "
            "(Orla) approved - stick to the key messages doc."),
        "Phone", "ORGANIZER;CN=Orla Mac Mahon:mailto:press@threads-ireland.ie", (_att("Ciara Doyle", WORK),),
    ), tz=(DUBLIN,)), "press-interview-en"))

    out.append(neg("podcast", cal(IOS, """
BEGIN:VEVENT
CREATED:20251101T121500Z
UID:DB4E1F07-3A2C-4B58-9E61-7C0F2A8D5B14
DTEND;TZID=Europe/Dublin:20251118T203000
TRANSP:OPAQUE
SUMMARY:The Shop Floor podcast - recording (guest interview)
DTSTART;TZID=Europe/Dublin:20251118T193000
DTSTAMP:20251101T121500Z
LOCATION:Riverside Studios\\, Capel St
DESCRIPTION:Episode on managing Gen Z teams. Host: Gav Lennon.
SEQUENCE:0
END:VEVENT
""", tz=(DUBLIN,), method=None), "podcast-interview-en"))

    out.append(neg("coffee-chat", cal(GOOGLE, _g(
        "5kr8c2na0u6jm4f1qsb9hdl3ep@google.com", "20250927T103000", "20250927T113000",
        "Coffee w/ Gráinne - pick her brain re area mgr life",
        esc("she's AM at Quaymart 3 yrs - ask about travel, car, how many stores, would she refer me"),
        "Bewley's Grafton St",
    ), tz=(DUBLIN,), method="PUBLISH"), "informational-coffee-en"))

    d = esc("""Retail & Hospitality Jobs Fair 2025 - RDS Main Hall. Over 60 employers hiring for store, area and
head office roles. Free entry - bring printed CVs.""")
    out.append(neg("job-fair", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251011
DTEND;VALUE=DATE:20251012
DTSTAMP:20250915T120000Z
UID:7ua3h9bq5d1mo0k4rn2cte8fsv@google.com
DESCRIPTION:{d}
LOCATION:RDS\\, Ballsbridge\\, Dublin 4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Retail & Hospitality Jobs Fair - RDS
TRANSP:TRANSPARENT
END:VEVENT
""", method="PUBLISH"), "job-fair-allday-en"))

    d = esc("""Hi Ciara,

Aoife Brennan has given your name as a referee for the Area Manager role she has applied for with us.
Would you have 15 minutes for a quick reference call? I'll ring your work number.

Thanks,
Priya Raman
Talent Partner - Harbour & Finch""")
    out.append(neg("referee-call", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Raman, Priya":mailto:priya.raman@harbourfinch.co.uk
ATTENDEE;CN="Doyle, Ciara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{WORK}
DESCRIPTION;LANGUAGE=en-GB:{d}
UID:040000008200E00074C5B7101A82E00800000000ABCD1234EF56DC01000000000000000010000000778899AABBCCDDEE
SUMMARY;LANGUAGE=en-GB:Reference call re: Aoife Brennan - Harbour & Finch
DTSTART;TZID="GMT Standard Time":20251127T113000
DTEND;TZID="GMT Standard Time":20251127T114500
DTSTAMP:20251124T150000Z
LOCATION;LANGUAGE=en-GB:Phone
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "reference-call-user-referee-en"))

    d = esc("""Hi Ciara, thanks for connecting on LinkedIn. As mentioned I'm working on a confidential Area Manager
search for a well-known grocery retailer (can't name them yet). Let's have a quick call so I can tell
you more and understand what you're looking for.
Rob Quinlan | Hawthorn Search""")
    out.append(neg("recruiter-no-employer", cal(GOOGLE, _g(
        "hs-rq-0921-ciara@hawthornsearch.ie", "20251001T123000", "20251001T130000",
        "Call with Hawthorn Search - confidential Area Manager opportunity", d, "Phone",
        "ORGANIZER;CN=Rob Quinlan:mailto:rob.quinlan@hawthornsearch.ie", (me,),
    ), tz=(DUBLIN,)), "recruiter-call-no-employer-en"))

    out.append(neg("prep-block", cal(GOOGLE, _g(
        "2ej7n1sq9c5ka0bu3fh8mo6tvd@google.com", "20251014T193000", "20251014T213000",
        "Prep: Quaymart final - store walk notes",
        esc("re-read STAR stories, Tallaght store visit notes, 3 things I'd fix, Qs for Bríd"),
    ), tz=(DUBLIN,), method="PUBLISH"), "prep-block-en"))

    d = esc("""Karriere-Webinar: Area Manager bei Sportwelt Keller - Einblicke in den Arbeitsalltag, Fragen & Antworten
mit unseren Area Managern. Das Webinar ist offen für alle Interessierten; keine Bewerbung notwendig.

""" + teams_en("YWJjZGVmMDEyMzQ1", "Wb8nQ4"))
    out.append(neg("career-webinar-de", cal(GOOGLE, _g(
        "sk-karriere-webinar-2025-11@sportwelt-keller.de", "20251104T180000", "20251104T190000",
        "Karriere-Webinar: Area Manager bei Sportwelt Keller", d, "Microsoft Teams",
        "ORGANIZER;CN=Sportwelt Keller Karriere:mailto:karriere@sportwelt-keller.de", (me,), "Europe/Berlin",
    ), tz=(BERLIN,)), "recruiting-webinar-de"))

    out.append(neg("agency-coaching", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Seán McGrath":mailto:sean.mcgrath@retailrecruit.ie
ATTENDEE;CN="Ciara Doyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}
DESCRIPTION;LANGUAGE=en-IE:Let's run through some practice questions before your O'Hanlon interview - I'll play
  the interviewer. 30 mins\\, I'll ring you.
UID:040000008200E00074C5B7101A82E0080000000033CC44DD55EE66FFDC010000000000000000100000000F1E2D3C4B5A
SUMMARY;LANGUAGE=en-IE:Interview prep call - Retail Recruit (practice questions)
DTSTART;TZID="GMT Standard Time":20251104T181500
DTEND;TZID="GMT Standard Time":20251104T184500
DTSTAMP:20251031T150000Z
LOCATION;LANGUAGE=en-IE:Phone
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "mock-agency-prep-call-en"))
    return out
