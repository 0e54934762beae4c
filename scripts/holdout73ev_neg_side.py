"""holdout73 negatives, part 1: Ewan on the hiring side at his own university (PhD, MSc, RA, admissions, agency
candidates, Calendly host, panels). CC0 1.0; all people, institutions and addresses are invented.
"""

from __future__ import annotations

from holdout73ev_boiler import teams_en
from holdout73ev_ics import (
    ME_WORK,
    PRODID_APPLE,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    TZ_LONDON,
    TZ_LONDON_APPLE,
    TZ_WIN_GMT,
    TZ_WIN_GMT_LABEL,
    UTC_LONDON_LABEL,
    Ev,
    att,
    cal,
    esc,
    html,
    org,
    outlook_uid,
)

UNI = "ed-marine.ac.uk"


def _outlook(uid: str, summary: str, start: str, end: str, desc: str, organizer: str, attendees: list[str],
             *, stamp: str, location: str, zone: str = "GMT Standard Time", alt: bool = False) -> str:
    q = f'"{zone}"' if "," in zone else zone
    body = ["BEGIN:VEVENT", organizer, *attendees, f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}", "UID:" + uid,
            f"SUMMARY;LANGUAGE=en-GB:{summary}", f"DTSTART;TZID={q}:{start}", f"DTEND;TZID={q}:{end}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
            f"LOCATION;LANGUAGE=en-GB:{esc(location)}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            "X-MICROSOFT-CDO-IMPORTANCE:1"]
    if alt:
        body.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(html(desc)))
    body.append("END:VEVENT")
    tz = TZ_WIN_GMT_LABEL if "," in zone else TZ_WIN_GMT
    return cal(body, prodid=PRODID_EXCHANGE, tz=(tz,))


def _phd_outlook() -> Ev:
    uid = outlook_uid("1A2B3C4D5E6FDC01000000000000000010000000AA11BB22CC33DD44EE55FF6600771188")
    desc = (
        "Hi Aoife,\n\nThanks for your application to the EASTBIO-funded project 'Seagrass carbon in Scottish "
        "sea lochs'. Kenji Watanabe (co-supervisor) and I would like to interview you on Teams. We'll ask you "
        "to talk for 5 minutes about a piece of research you have done, then we'll ask some questions about "
        "the project and your motivation. No need to prepare slides.\n\nBest wishes,\nEwan\n\n"
        "Dr Ewan MacLeod\nPostdoctoral Research Fellow, Coastal Ecology Group\n\n"
        + teams_en("352 778 104 963", "Hq3Lm8")
    )
    ics = _outlook(
        uid, "PhD interview – Aoife Brennan (EASTBIO: seagrass carbon)", "20260211T140000", "20260211T144500",
        desc, org(ME_WORK, "MacLeod, Ewan"),
        [att("aoife.brennan22@gmail.com", "aoife.brennan22@gmail.com"),
         att(f"k.watanabe@{UNI}", "Watanabe, Kenji")],
        stamp="20260202T101010Z", location="Microsoft Teams Meeting",
    )
    return Ev("outlook-phd-host", ics, uid, 0, trap="user-as-interviewer-phd-organiser-en")


def _ug_day() -> Ev:
    uid = outlook_uid("2B3C4D5E6F7ADC01000000000000000010000000BB22CC33DD44EE55FF66007711882299")
    desc = (
        "Dear colleague,\n\nThank you for volunteering as an interviewer for the Marine & Coastal Biology BSc "
        "Applicant Interview Day.\n\n09:15 Interviewer briefing (Room 1.10)\n09:45 – 12:30 Interviews: you are "
        "on Panel B with Dr Leah Grant (six applicants, 20 minutes each)\n13:30 Moderation meeting\n\n"
        "Score sheets and applicant statements are in the Panel B folder on the Admissions SharePoint. Please do "
        "not discuss individual applicants outside the panel.\n\nMany thanks,\nUndergraduate Admissions Office"
    )
    ics = _outlook(
        uid, "BSc Marine & Coastal Biology – Applicant Interview Day (Panel B)", "20260128T091500", "20260128T143000",
        desc, org(f"ug-admissions@{UNI}", "UG Admissions"),
        [att(ME_WORK, "MacLeod, Ewan"), att(f"leah.grant@{UNI}", "Grant, Leah")],
        stamp="20260112T154500Z", location="Ashworth Building 1.10 / 1.12", alt=True,
    )
    return Ev("outlook-ug-day", ics, uid, 0, trap="user-as-interviewer-ug-interview-day")


def _calendly_host() -> Ev:
    uid = "a4d2f8e1-6b3c-4f90-8e7a-1c5b9d3f2e60"
    desc = (
        "Event Name: PhD applicant interview (30 min)\n\nInvitee: Tomás Ruiz\nInvitee Email: "
        "tomas.ruiz.bio@gmail.com\nInvitee Time Zone: Europe/Madrid\n\nQuestions:\nWhich project are you "
        "applying for?\nKelp forest resilience under marine heatwaves (MB-26-03)\n\n"
        "Location: Microsoft Teams – link will be sent by the host\n\n"
        "View event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\nPowered by Calendly.com"
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260126T083005Z",
        "DTSTART:20260202T100000Z",
        "DTEND:20260202T103000Z",
        "SUMMARY:Tomás Ruiz and Ewan MacLeod",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Microsoft Teams",
        org(ME_WORK, "Ewan MacLeod"),
        att(ME_WORK, "Ewan MacLeod", partstat="ACCEPTED", rsvp=False),
        att("tomas.ruiz.bio@gmail.com", "Tomás Ruiz", partstat="ACCEPTED", rsvp=False),
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Calendly//Calendly//EN")
    return Ev("calendly-host", ics, uid, 0, trap="user-as-interviewer-calendly-host")


def _ra_panel() -> Ev:
    uid = outlook_uid("3C4D5E6F7A8BDC01000000000000000010000000CC33DD44EE55FF6600771188992200AA")
    desc = (
        "Dear panel,\n\nPlease find the schedule for the Research Assistant (Vacancy 113402, Coastal Ecology "
        "Group) interviews below.\n\n09:30 Kasia Nowak\n10:15 Jamie Lawson\n11:00 Ruairidh Gunn\n"
        "11:45 Panel discussion\n\nPanel: Prof. Fiona Grant (Chair), Dr Ewan MacLeod, Alison Crerar (HR). "
        "Candidate applications and the interview question set are attached. Each candidate will give a "
        "10-minute presentation on 'A field season that went wrong'.\n\nKind regards,\nAlison Crerar\n"
        "HR Adviser, College of Science"
    )
    ics = _outlook(
        uid, "Interview Panel – Research Assistant (Vacancy 113402)", "20260304T091500", "20260304T123000", desc,
        org(f"alison.crerar@{UNI}", "Crerar, Alison"),
        [att(f"fiona.grant@{UNI}", "Grant, Fiona"), att(ME_WORK, "MacLeod, Ewan"),
         att(f"ash-2.05@{UNI}", "Ashworth 2.05 Meeting Room", role="NON-PARTICIPANT", cutype="ROOM")],
        stamp="20260224T110011Z", location="Ashworth 2.05", zone=UTC_LONDON_LABEL,
    )
    return Ev("outlook-ra-panel", ics, uid, 0, trap="user-as-interviewer-panel-schedule-en")


def _scores() -> Ev:
    uid = "9sc0r3s5ub7m1t2h4r6a8b0c2d@google.com"
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/London:20260304T160000",
        "DTEND;TZID=Europe/London:20260304T163000",
        "DTSTAMP:20260301T210000Z",
        "UID:" + uid,
        "CREATED:20260301T205944Z",
        "DESCRIPTION:scoring matrix for the 3 RA candidates -> Alison by 5. Kasia strong on R\\, check Jamie's "
        "driving licence (boat work)",
        "LAST-MODIFIED:20260301T210000Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Submit interview scores – RA 113402",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_GOOGLE, method="PUBLISH", head=("X-WR-TIMEZONE:Europe/London",), tz=(TZ_LONDON,))
    return Ev("google-scorecard", ics, uid, 0, trap="user-as-interviewer-scoring-matrix")


def _decision() -> Ev:
    uid = outlook_uid("4D5E6F7A8B9CDC01000000000000000010000000DD44EE55FF6600771188992200AA33BB")
    desc = (
        "Quick call to agree the appointment and a reserve candidate for the RA post before HR contacts the "
        "candidates. Please bring your completed scoring matrix.\n\nFiona\n\n" + teams_en("377 120 486 295", "Tc6yN1")
    )
    ics = _outlook(
        uid, "RA 113402 – panel decision / debrief", "20260305T090000", "20260305T093000", desc,
        org(f"fiona.grant@{UNI}", "Grant, Fiona"),
        [att(ME_WORK, "MacLeod, Ewan"), att(f"alison.crerar@{UNI}", "Crerar, Alison")],
        stamp="20260304T131313Z", location="Microsoft Teams Meeting",
    )
    return Ev("outlook-debrief", ics, uid, 0, trap="user-as-interviewer-debrief")


def _shadowing() -> Ev:
    uid = "LRN-RS-OBS-2026-0117@learning.ed-marine.ac.uk"
    desc = (
        "Recruitment & Selection for Panel Members – practical element\n\nAs part of the course you will observe "
        "one live selection panel (Lecturer in Ecology, School of Biological Sciences). You will sit in on two "
        "interviews as an observer, will not ask questions or score, and will join the panel chair for a short "
        "reflection afterwards.\n\nPlease read the confidentiality guidance before attending.\n\n"
        "Organisational Development – Learning & Development"
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260120T120000Z",
        "DTSTART;TZID=Europe/London:20260217T100000",
        "DTEND;TZID=Europe/London:20260217T123000",
        "SUMMARY:R&S training: observe a selection panel (Lecturer in Ecology interviews)",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Darwin Building\\, Committee Room",
        "ORGANIZER;CN=Learning & Development:mailto:od-learning@ed-marine.ac.uk",
        att(ME_WORK, "Ewan MacLeod"),
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Cornerstone OnDemand//Learning//EN", tz=(TZ_LONDON,))
    return Ev("lms-shadowing", ics, uid, 0, trap="user-as-interviewer-shadowing-observer")


def _agency_candidate() -> Ev:
    uid = "KSR-TEMP-20260127-PN-118@kestrelscientific.com"
    desc = (
        "Hi Ewan,\n\nAs discussed, I'd like to introduce Priya Nair for your Laboratory Technician (3-month "
        "temporary) requirement. Priya has two years' experience in a sediment-core lab and a full clean "
        "driving licence. CV attached.\n\nShe will come to you at the Ashworth Building reception. Let me know "
        "your feedback after the interview and I'll handle the offer and timesheets.\n\nBest regards,\n"
        "Rebecca Lyall\nTemporary Scientific Staffing, Kestrel Scientific Recruitment"
    )
    body = [
        "BEGIN:VEVENT",
        "UID:" + uid,
        "DTSTAMP:20260123T101500Z",
        "DTSTART:20260127T140000Z",
        "DTEND:20260127T144500Z",
        "SUMMARY:Candidate interview: Priya Nair – Laboratory Technician (temp) – Dr Ewan MacLeod",
        f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Ashworth Building reception",
        org("rebecca.lyall@kestrelscientific.com", "Rebecca Lyall"),
        att(ME_WORK, "Ewan MacLeod"),
        "END:VEVENT",
    ]
    ics = cal(body, prodid="-//Bullhorn//Bullhorn Calendar//EN")
    return Ev("agency-sends-candidate", ics, uid, 0, trap="user-as-interviewer-agency-candidate")


def _msc_freemail() -> Ev:
    uid = outlook_uid("5E6F7A8B9CADDC01000000000000000010000000EE55FF6600771188992200AA33BB44CC")
    desc = (
        "Hi Liam,\n\nThanks for your interest in the MSc research project on cuttlefish spawning grounds. "
        "Let's have a 30-minute chat in my office so I can hear about your dissertation plans and experience "
        "with small boats – call it an informal interview. Come to the Ashworth Building, room 3.21.\n\nEwan"
    )
    ics = _outlook(
        uid, "MSc project interview – Liam O'Connor", "20260123T113000", "20260123T120000", desc,
        org(ME_WORK, "MacLeod, Ewan"), [att("liam.oconnor97@hotmail.co.uk", "liam.oconnor97@hotmail.co.uk")],
        stamp="20260119T092000Z", location="Ashworth 3.21",
    )
    return Ev("outlook-msc-freemail", ics, uid, 0, trap="user-as-interviewer-candidate-freemail")


def _typed_ra() -> Ev:
    uid = "D3E4F5A6-B7C8-4D9E-8F0A-1B2C3D4E5F6A"
    body = [
        "BEGIN:VEVENT",
        "TRANSP:OPAQUE",
        "DTEND;TZID=Europe/London:20260304T123000",
        "UID:" + uid,
        "DTSTAMP:20260226T071530Z",
        "LOCATION:Ashworth 2.05",
        "DESCRIPTION:w/ Fiona + Alison. bring question sheet + my scoring notes",
        "SEQUENCE:0",
        "SUMMARY:RA interviews x3 (Kasia / Jamie / Ruairidh)",
        "LAST-MODIFIED:20260226T071530Z",
        "CREATED:20260226T071442Z",
        "DTSTART;TZID=Europe/London:20260304T093000",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_APPLE, method=None, tz=(TZ_LONDON_APPLE,))
    return Ev("ios-typed-ra", ics, uid, 0, trap="user-as-interviewer-typed-note")


def _lecturer_panel() -> Ev:
    uid = outlook_uid("6F7A8B9CADBEDC01000000000000000010000000FF6600771188992200AA33BB44CC55DD")
    desc = (
        "Dear Panel Members,\n\nThis is the second of four candidate slots for Lecturer in Marine Ecology "
        "(Vacancy 112977).\n\nCandidate 2: Dr Sarah Whitcombe (currently Research Fellow, University of the "
        "Solway)\n13:00 Presentation (School seminar room)\n13:30 Panel interview\n\n"
        "Panel: Prof. Iain Robertson (Head of School, Chair), Prof. Fiona Grant, Dr Ewan MacLeod (early-career "
        "representative), Dr Helen Fyfe (external). Please use the agreed question allocation; Ewan is asked "
        "to lead on questions 5 and 6 (teaching and student support).\n\nHR Recruitment Team"
    )
    ics = _outlook(
        uid, "Interview: Lecturer in Marine Ecology – Candidate 2 – Dr Sarah Whitcombe", "20260318T130000",
        "20260318T141500", desc, org(f"hr-recruitment@{UNI}", "HR Recruitment"),
        [att(f"i.robertson@{UNI}", "Robertson, Iain"), att(f"fiona.grant@{UNI}", "Grant, Fiona"),
         att(ME_WORK, "MacLeod, Ewan"), att("helen.fyfe@kilbrannan.ac.uk", "Fyfe, Helen")],
        stamp="20260309T140000Z", location="Ashworth 1.10 Seminar Room", alt=True,
    )
    return Ev("outlook-lecturer-panel", ics, uid, 0, trap="user-as-interviewer-lecturer-panel-en")


def events() -> list[Ev]:
    return [
        _phd_outlook(), _ug_day(), _calendly_host(), _ra_panel(), _scores(), _decision(), _shadowing(),
        _agency_candidate(), _msc_freemail(), _typed_ra(), _lecturer_panel(),
    ]
