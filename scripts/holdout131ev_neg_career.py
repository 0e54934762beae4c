"""holdout131 negatives around careers and "interviews" that are not the user's own job interview."""

from __future__ import annotations

from holdout131ev_ics import (
    APPLE,
    GOOGLE,
    ME_CN,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    VTZ_CHICAGO,
    WIN_CENTRAL,
    Ev,
    att,
    cal,
    esc,
    meet,
    teams,
    vtz_windows,
    zoom,
)


def simple(uid: str, summary: str, start: str, end: str, desc: str, *, prodid: str = GOOGLE,
           organizer: str = "", attendees: tuple[str, ...] = (), location: str = "", shape: str = "chicago",
           method: str | None = "REQUEST", extra: str = "") -> str:
    """A plain VEVENT; shape: chicago (TZID + VTIMEZONE), windows, floating, utc or date."""
    if shape == "chicago":
        dt = (f"DTSTART;TZID=America/Chicago:{start}", f"DTEND;TZID=America/Chicago:{end}")
        tz = VTZ_CHICAGO
    elif shape == "windows":
        dt = (f"DTSTART;TZID={WIN_CENTRAL}:{start}", f"DTEND;TZID={WIN_CENTRAL}:{end}")
        tz = vtz_windows(WIN_CENTRAL)
    elif shape == "date":
        dt = (f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}")
        tz = ""
    else:
        dt = (f"DTSTART:{start}", f"DTEND:{end}")
        tz = ""
    lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250305T160000Z", *dt, f"SUMMARY:{esc(summary)}"]
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if organizer:
        lines.append(organizer)
    lines.extend(attendees)
    if extra:
        lines.append(extra)
    lines.append("END:VEVENT")
    return cal("\n".join(lines), prodid, method=method if organizer else None, tz=tz)


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, uid: str, ics: str, trap: str) -> None:
        out.append(Ev(kind, uid, ics, 0, trap=trap))

    uid = "mock-5f2a9c31@coachcarter"
    add("mock", uid, simple(
        uid, "Mock interview w/ Dr. Price (AD prep)", "20250309T140000", "20250309T150000",
        "Dr. Gail Price (retired AD, Region 4 mentor) will run me through a full AD panel. Practice only - "
        "she'll give feedback on my budget + Title IX answers.",
        organizer="ORGANIZER;CN=Gail Price:mailto:gailprice.mentor@gmail.com",
        attendees=(att(ME_FREE, ME_CN),), location="Panera - FM 1960"), "mock-interview-en")

    uid = "0A9B8C7D-6E5F-4A3B-2C1D-0E9F8A7B6C5D"
    add("practice-wife", uid, simple(
        uid, "practice panel Qs w/ Tasha", "20250311T201500", "20250311T211500",
        "she reads the AP questions, I answer. record on phone", prodid=APPLE, shape="floating"),
        "practice-hand-en")

    uid = "yahoo-prep-7e1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"
    add("prep-block", uid, simple(
        uid, "PREP - Magnolia Creek AD panel tmrw", "20250311T190000", "20250311T203000",
        "review MCISD budget, UIL alignment, their 5A facilities bond, print 3 copies of 30-60-90",
        prodid="-//Yahoo! Inc.//Yahoo Calendar//EN", method="PUBLISH"), "prep-block-names-employer-en")

    uid = "taaa-webinar-2025-03-20@taaa-tx.org"
    add("webinar", uid, simple(
        uid, "TAAA Webinar: Landing Your First Athletic Director Job - Interview Do's and Don'ts",
        "20250320T190000", "20250320T200000",
        "Texas Athletic Administrators Association members-only webinar. Panel of three ADs share common "
        "interview questions and how committees score candidates.\n\n" + zoom("811 3302 7781", "TAAAweb25"),
        organizer="ORGANIZER;CN=TAAA Events:mailto:events@taaa-tx.org", attendees=(att(ME_FREE, ME_CN),)),
        "webinar-en")

    uid = "cohort6-session6@principalprep.gulfplains.edu"
    add("class", uid, simple(
        uid, "Principal Certification Cohort 6 - Session 6: Hiring, Interviewing & Employment Law",
        "20250401T180000", "20250401T210000",
        "EDAD 5340. Role-play: students conduct teacher interviews using the district rubric. Reading: ch. 9.",
        organizer="ORGANIZER;CN=Dr. Hector Alvarado:mailto:halvarado@gulfplains.edu",
        attendees=(att(ME_FREE, ME_CN),), location="Gulf Plains University - Education Bldg 214"),
        "class-about-interviewing-en")

    uid = "2d5g8j1m4p7s0v3y6b9e2h5k8n@google.com"
    add("press-tv", uid, simple(
        uid, "Channel 11 - postgame interview Coach Carter (area round)", "20241206T220000", "20241206T221500",
        "Sports desk: Lauren Pike will grab Coach Carter on the field right after the game for the 10 pm show.",
        organizer="ORGANIZER;CN=Lauren Pike:mailto:lpike@khtv11.com",
        attendees=(att(ME_WORK, "DeShawn Carter"),), location="Bayou Stadium sideline"), "press-tv-en")

    uid = "040000008200E00074C5B7101A82E00800000000C9E1A3B5D7F4DB010000000000000000100000001F3A5C7E9B0D862F"
    add("press-paper", uid, simple(
        uid, "Interview: Houston Chronicle (playoff run / QB recruitment)", "20241203T123000", "20241203T130000",
        "Phone interview with reporter Sam Okafor for the Friday preview. Cleared with district communications.",
        prodid=OUTLOOK, shape="windows",
        organizer='ORGANIZER;CN="Okafor, Sam":mailto:sam.okafor@houstonchronicle-news.com',
        attendees=(att(ME_WORK, "Carter, DeShawn"),)), "press-newspaper-en")

    uid = "4f7i0l3o6r9u2x5a8d1g4j7m0p@google.com"
    add("press-es", uid, simple(
        uid, "Entrevista con Noticias 48 Houston - Coach Carter (campeonato)", "20241213T170000",
        "20241213T173000",
        "Hola Coach: grabamos una entrevista corta en el estadio para el segmento de deportes del sábado. "
        "Preguntaremos por el partido de campeonato y por los jugadores latinos del equipo. - Karla Mejía, "
        "productora", organizer="ORGANIZER;CN=Karla Mejía:mailto:kmejia@noticias48houston.com",
        attendees=(att(ME_WORK, "DeShawn Carter"),), location="Estadio Bayou"), "press-interview-es")

    uid = "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d"
    add("press-de", uid, simple(
        uid, "Interview mit dem Magazin 'Touchdown Europa' - High-School-Football in Texas", "20250122T150000",
        "20250122T154500",
        "Hallo Coach Carter,\nwie besprochen das Interview für unsere Serie über Highschool-Football in den USA. "
        "Ca. 30 Minuten per Zoom, auf Englisch ist völlig in Ordnung.\nViele Grüße\nFelix Hartmann, Redaktion\n\n"
        + zoom("832 4411 0956", "TDEuro1"), shape="utc",
        organizer="ORGANIZER;CN=Felix Hartmann:mailto:f.hartmann@touchdown-europa.de",
        attendees=(att(ME_FREE, ME_CN),)), "press-magazine-de")

    uid = "5g8j1m4p7s0v3y6b9e2h5k8n1q@google.com"
    add("podcast", uid, simple(
        uid, "Friday Night Film Room podcast - guest interview (Coach Carter)", "20250128T200000",
        "20250128T210000",
        "Recording for episode 112: building a program culture in a 6A district. Riverside.fm link below; "
        "wear headphones.\nhttps://riverside.fm/studio/fnfr-ep112",
        organizer="ORGANIZER;CN=Marcus Lyle:mailto:hosts@fnfilmroom.com",
        attendees=(att(ME_FREE, ME_CN),)), "podcast-guest-en")

    uid = "userresearch-filmstack-7781@filmstack.io"
    add("user-research", uid, simple(
        uid, "FilmStack user interview - coaches feedback study ($75 gift card)", "20250205T230000",
        "20250206T000000",
        "Thanks for joining our research study! Our UX team will interview you about how your staff breaks "
        "down film and shares cut-ups. We'll record the session.\n\n" + meet("uxr-fstk-cch"), shape="utc",
        organizer="ORGANIZER;CN=FilmStack Research:mailto:research@filmstack.io",
        attendees=(att(ME_WORK, "DeShawn Carter"),)), "user-research-en")

    uid = "040000008200E00074C5B7101A82E00800000000D0F2A4B6C8E5DB0100000000000000001000000020B4D6F8A0C1973A"
    add("college-recruiter-same-employer", uid, simple(
        uid, "Pontchartrain State recruiting visit - Jaylen Brooks (OLB)", "20250128T111500", "20250128T120000",
        "Coach Sylvester (Pontchartrain State DC) stopping by to watch Jaylen in athletic period and talk with "
        "Coach Carter about his grades and official visit.", prodid=OUTLOOK, shape="windows",
        organizer='ORGANIZER;CN="Sylvester, Antoine":mailto:asylvester@pontchartrain.edu',
        attendees=(att(ME_WORK, "Carter, DeShawn"),), location="CBHS Field House"),
        "college-recruiter-player-en")

    uid = "6h9k2n5q8t1w4z7c0f3i6l9o2r@google.com"
    add("recruiter-no-employer", uid, simple(
        uid, "Intro call - Athletic leadership opportunities (confidential)", "20250116T173000",
        "20250116T180000",
        "Hi DeShawn - I place athletic directors and coordinators across Texas. I have a couple of confidential "
        "searches I can't name yet; let's talk about your goals and timing.\nDrew Kaminski, Gridiron Talent "
        "Partners", organizer="ORGANIZER;CN=Drew Kaminski:mailto:drew@gridirontalent.com",
        attendees=(att(ME_FREE, ME_CN),), location="Phone"), "recruiter-no-employer-en")

    uid = "3C4D5E6F-7A8B-4C9D-0E1F-2A3B4C5D6E7F"
    add("coffee-chat", uid, simple(
        uid, "Coffee w/ Coach Hargrove - career advice (AD path)", "20250208T083000", "20250208T093000",
        "he's AD at Brazos Bend College. NOT a job thing - just picking his brain on the college side. my treat",
        prodid=APPLE, shape="floating"), "informational-coffee-en")

    uid = "region4-jobfair-2025@esc4-events.net"
    add("job-fair", uid, simple(
        uid, "Region 4 Educator Job Fair (attending)", "20250315", "20250316",
        "Bring 20 resumes. Districts w/ admin openings: check booth map.", prodid=GOOGLE, shape="date",
        location="NRG Center Hall E"), "job-fair-candidate-en")

    uid = "040000008200E00074C5B7101A82E00800000000E1A3B5C7D9F6DB0100000000000000001000000031C5E7A9B1D2A84B"
    add("referee-call", uid, simple(
        uid, "Reference call re: Coach Terrell Ellis (Trinity Oaks CISD asking)", "20250319T124500",
        "20250319T130000",
        "Mike Dawson from Trinity Oaks HR calling me as a reference for Terrell Ellis (my former DB coach) for "
        "their head coach job.", prodid=OUTLOOK, shape="windows",
        organizer='ORGANIZER;CN="Dawson, Mike":mailto:mdawson@tocisd.org',
        attendees=(att(ME_WORK, "Carter, DeShawn"),)), "reference-as-referee-en")

    uid = "040000008200E00074C5B7101A82E00800000000F2B4C6D8E0A7DB01000000000000000010000000429F6A8C0E2B195C"
    add("appraisal", uid, simple(
        uid, "T-TESS End-of-Year Conference - D. Carter", "20250512T100000", "20250512T103000",
        "Summative conference for your T-TESS appraisal. Please bring your goal-setting and PD plan evidence.",
        prodid=OUTLOOK, shape="windows", organizer='ORGANIZER;CN="Ware, Brenda":mailto:bware@cypressbayou-isd.org',
        attendees=(att(ME_WORK, "Carter, DeShawn"),), location="Principal's office"), "own-appraisal-en")

    uid = "d5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80"
    add("exit-interview", uid, simple(
        uid, "Exit interview - summer camp staff (Gulf Coast Elite Camps)", "20240809T150000", "20240809T151500",
        "Quick exit survey call for all seasonal coaches who worked the 2024 camps. Your feedback helps us plan "
        "next summer.", organizer="ORGANIZER;CN=GCE Camps HR:mailto:hr@gulfcoastelitecamps.com",
        attendees=(att(ME_FREE, ME_CN),), location="Phone"), "own-exit-interview-en")

    uid = "7i0l3o6r9u2x5a8d1g4j7m0p3s@google.com"
    add("media-training-players", uid, simple(
        uid, "Signing day prep - interview practice w/ seniors", "20250203T150000", "20250203T160000",
        "Mock media + recruiter interview practice for our 6 signees before National Signing Day. Coach Ramos "
        "plays reporter.", organizer=f"ORGANIZER;CN=DeShawn Carter:mailto:{ME_WORK}",
        attendees=(att("lramos@cypressbayou-isd.org", "Luis Ramos"),), location="Field house film room"),
        "players-interview-practice-en")

    uid = "040000008200E00074C5B7101A82E00800000000A3C5D7E9F1B8DB0100000000000000001000000053A7C9E1B3D4BA6D"
    add("board-meeting", uid, simple(
        uid, "CBISD Board Meeting - athletic facilities update", "20250224T180000", "20250224T200000",
        "Coach Carter presents the stadium turf replacement timeline. " + teams("276 114 390 552", "Brd2Tv"),
        prodid=OUTLOOK, shape="windows",
        organizer='ORGANIZER;CN="Kessler, Bo":mailto:bkessler@cypressbayou-isd.org',
        attendees=(att(ME_WORK, "Carter, DeShawn"),), location="CBISD Board Room"), "internal-board-meeting-en")

    return out
