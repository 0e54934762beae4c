# ruff: noqa: E501
"""holdout249 events, part D: other negatives (trade meetings, personal, press, prep, family)."""
from holdout249ev_c import neg
from holdout249ev_zones import (
    BERLIN_GOOGLE,
    DUBLIN_GOOGLE,
    EASTERN_WIN,
    GOOGLE_FOOTER,
    MADRID_GOOGLE,
    NY_APPLE,
    NY_GOOGLE,
    fold,
)

EVENTS = []

GHDR = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
GEXP = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Siobhan - personal
X-WR-TIMEZONE:America/New_York
"""
APPLE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
CALSCALE:GREGORIAN
"""
OUTL = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""


def apple(uid, start, end, summary, desc="", loc="", extra=""):
    return fold(APPLE + NY_APPLE + "BEGIN:VEVENT\nCREATED:20251001T120000Z\n" + start + "\n" + end +
                "\nDTSTAMP:20251001T120100Z\n" + (f"LOCATION:{loc}\n" if loc else "") + "SEQUENCE:0\nSUMMARY:" +
                summary + "\n" + (f"DESCRIPTION:{desc}\n" if desc else "") + "UID:" + uid + "\n" + extra +
                "END:VEVENT\nEND:VCALENDAR\n")


def gown(uid, start, end, summary, desc="", loc=""):
    return fold(GEXP + "BEGIN:VEVENT\n" + start + "\n" + end + "\nDTSTAMP:20251002T010101Z\nUID:" + uid +
                "\nCREATED:20251001T010101Z\nDESCRIPTION:" + desc + "\nLAST-MODIFIED:20251001T010101Z\nLOCATION:" +
                loc + "\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:" + summary + "\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n")


def outlook(uid, org, attendees, summary, start, end, desc, loc, zone=EASTERN_WIN, tz="Eastern Standard Time"):
    att = "".join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{n}\":mailto:{m}\n"
                  for n, m in attendees)
    return fold(OUTL + zone + f"BEGIN:VEVENT\nORGANIZER;CN=\"{org[0]}\":mailto:{org[1]}\n" + att +
                f"DESCRIPTION;LANGUAGE=en-US:{desc}\nUID:{uid}\nSUMMARY;LANGUAGE=en-US:{summary}\n"
                f"DTSTART;TZID={tz}:{start}\nDTEND;TZID={tz}:{end}\nCLASS:PUBLIC\nPRIORITY:5\n"
                "DTSTAMP:20251005T120000Z\nTRANSP:OPAQUE\nSTATUS:CONFIRMED\nSEQUENCE:0\n"
                f"LOCATION;LANGUAGE=en-US:{loc}\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nX-MICROSOFT-CDO-IMPORTANCE:1\n"
                "END:VEVENT\nEND:VCALENDAR\n")


def owa_uid(n):
    return f"040000008200E00074C5B7101A82E00800000000{n * 7919:08X}7A1DC0100000000000000001000000{n * 104729:032X}"


ME_W = ("Kelleher, Siobhan", "skelleher@harborview.edu")

# 1 Early Decision committee (trade's own "committee" + "candidates" = applicants)
EVENTS.append(neg("outlook-committee-read", owa_uid(1), outlook(
    owa_uid(1), ("Castellano, Victor", "vcastellano@harborview.edu"), [ME_W, ("Bell, Marcus", "mbell@harborview.edu")],
    "ED I Committee - Day 2 (Northeast + International)", "20251208T090000", "20251208T163000",
    r"Committee review of ED I candidates for the Northeast and International territories. Readers present their files; "
    r"committee votes admit / defer / deny. Lunch provided.\n", "HV-Enrollment Mgmt-Conf 412"), "committee-candidates-are-applicants"))

# 2 Weekly information session with a moved instance (Google export, RECURRENCE-ID)
UID = "6m8o0q2s4u6w8y0a2c4e6g8i0k@google.com"
EVENTS.append(neg("google-recurring-info-session", UID, fold(GEXP.replace("Siobhan - personal", "Admission - Visit Programs") + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250915T100000
DTEND;TZID=America/New_York:20250915T110000
RRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20251215T045959Z;BYDAY=MO,FR
DTSTAMP:20251003T120000Z
UID:""" + UID + r"""
CREATED:20250820T150000Z
DESCRIPTION:Presenter rotation in the visit-programs sheet. SK presents Mondays.
LAST-MODIFIED:20251003T120000Z
LOCATION:Welcome Center Auditorium
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Information Session (10am)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251013T130000
DTEND;TZID=America/New_York:20251013T140000
DTSTAMP:20251003T120000Z
UID:""" + UID + r"""
RECURRENCE-ID;TZID=America/New_York:20251013T100000
CREATED:20250820T150000Z
DESCRIPTION:Indigenous Peoples' Day - moved to 1pm\, combined with counselor group from Ireland
LAST-MODIFIED:20251003T120000Z
LOCATION:Welcome Center Auditorium
SEQUENCE:3
STATUS:CONFIRMED
SUMMARY:Information Session (moved to 1pm) + Irish counselor group
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "recurring-info-session-recurrence-id"))

# 3 Campus tour coverage (Apple)
UID = "A0B1C2D3-E4F5-4607-8819-2A3B4C5D6E7F"
EVENTS.append(neg("ios-campus-tour-cover", UID, apple(UID, "DTSTART;TZID=America/New_York:20251017T140000",
    "DTEND;TZID=America/New_York:20251017T150000", "cover 2pm campus tour (Aiden sick)", loc="Welcome Center steps"),
    "campus-tour-coverage"))

# 4 High school visit
UID = "C3D4E5F6-0718-4293-A4B5-C6D7E8F90A1B"
EVENTS.append(neg("ios-high-school-visit", UID, apple(UID, "DTSTART;TZID=America/New_York:20251009T103000",
    "DTEND;TZID=America/New_York:20251009T113000", r"HS visit - Bayside Latin Academy (Mr. Dunleavy\, counseling office)",
    desc="~40 seniors. bring viewbooks + QR cards. ask about their interview prep program",
    loc=r"Bayside Latin Academy\, 78 Avenue Louis Pasteur\, Boston"), "high-school-visit-mentions-interview-prep"))

# 5 Alumni interviewer training she leads (Zoom webinar)
UID = "zoom-webinar-hv-alumni-training-2025-10-22"
EVENTS.append(neg("zoom-webinar-alumni-interviewer-training", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoom Video Communications//Zoom Webinar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251010T150000Z
DTSTART:20251022T230000Z
DTEND:20251023T000000Z
SUMMARY:Alumni Interviewer Training: Conducting Great Admission Interviews (panelist)
ORGANIZER;CN=Harborview Alumni Admission Network:mailto:alumniinterviews@harborview.edu
ATTENDEE;CN=Siobhan Kelleher;ROLE=REQ-PARTICIPANT:mailto:skelleher@harborview.edu
DESCRIPTION:You are a panelist for this webinar. Topics: what we ask\, what we don't ask\, writing the interview report\, bias in evaluative interviews. Q&A with 120 alumni interviewers.\n\nJoin as panelist: https://harborview.zoom.us/w/98811234567?tk=panelist
LOCATION:Zoom Webinar
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "alumni-interviewer-training-webinar-presenter"))

# 6 Mock interview with an executive coach for her own searches
UID = "8o0q2s4u6w8y0a2c4e6g8i0k2m@google.com"
EVENTS.append(neg("google-mock-interview-coach", UID, fold(GHDR + r"""BEGIN:VEVENT
DTSTART:20251204T000000Z
DTEND:20251204T010000Z
DTSTAMP:20251128T160000Z
ORGANIZER;CN=Dana Kessler:mailto:dana@kesslerleadership.example.com
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
DESCRIPTION:Mock search-committee interview ahead of Wrenfield and Alder Hill. I'll play the committee chair; expect the "why leave a big university for a small college" question and the discount-rate question. Recorded for review.""" + GOOGLE_FOOTER + r"""
LOCATION:https://meet.google.com/kde-uxhp-omr
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview - dean search (Siobhan / Dana)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "mock-interview-with-coach-names-real-employers"))

# 7 Prep block naming the employer
UID = "0q2s4u6w8y0a2c4e6g8i0k2m4o@google.com"
EVENTS.append(neg("google-own-prep-block", UID, gown(UID, "DTSTART;TZID=America/New_York:20260125T140000",
    "DTEND;TZID=America/New_York:20260125T170000", "PREP Wrenfield finalist visit - presentation + qs for Pres. Marsh",
    r"finish slides\, rehearse 2x\, read their last 3 board minutes + Common Data Set"), "prep-block-names-employer"))

# 8 Thank-you reminder
UID = "F0E1D2C3-B4A5-4697-8879-6A5B4C3D2E1F"
EVENTS.append(neg("ios-thank-you-reminder", UID, apple(UID, "DTSTART;VALUE=DATE:20251203", "DTEND;VALUE=DATE:20251204",
    r"send thank-yous - Lumenpath panel (Nadia\, Owen\, Grace)", desc="mention the Yield pilot idea",
    extra="BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:Reminder\nTRIGGER;VALUE=DATE-TIME:20251203T140000Z\nEND:VALARM\n"),
    "thank-you-reminder-names-interviewers"))

# 9 Reference call where she is the referee
EVENTS.append(neg("outlook-reference-check-referee", owa_uid(9), outlook(
    owa_uid(9), ("Albright, Janine", "jalbright@tuftoncollege.example.edu"), [("Kelleher, Siobhan", "siobhan.kelleher@icloud.com")],
    "Reference check - Marcus Bell - Senior Associate Director of Admission", "20251209T110000", "20251209T113000",
    r"Dear Ms. Kelleher\,\n\nThank you for agreeing to serve as a reference for Marcus Bell\, a finalist for our Senior "
    r"Associate Director of Admission position. I will call you at the number Marcus provided; the conversation should "
    r"take about 20 minutes.\n\nJanine Albright\nHuman Resources\, Tufton College\n", "Phone"),
    "reference-call-user-is-referee"))

# 10 Press interview (newspaper)
UID = "2s4u6w8y0a2c4e6g8i0k2m4o6q@google.com"
EVENTS.append(neg("google-press-interview", UID, fold(GHDR + r"""BEGIN:VEVENT
DTSTART:20251016T173000Z
DTEND:20251016T180000Z
DTSTAMP:20251014T120000Z
ORGANIZER;CN=Amy Castro:mailto:acastro@bostonledger.example.com
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Kelleher;X-NUM-GUESTS=0:mailto:skelleher@harborview.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Harborview Media Relations;X-NUM-GUESTS=0:mailto:media@harborview.edu
DESCRIPTION:Phone interview for a Boston Ledger piece on test-optional admissions five years on. On the record unless agreed otherwise. Media Relations will listen in.""" + GOOGLE_FOOTER + r"""
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Boston Ledger (Amy Castro) - test-optional story
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "press-interview-user-is-source"))

# 11 Research interview for a dissertation
UID = "calendly-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d"
EVENTS.append(neg("calendly-research-interview", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251102T100000Z
DTSTART:20251106T210000Z
DTEND:20251106T220000Z
SUMMARY:Siobhan Kelleher and Tomasz Wrobel
ORGANIZER;CN=Tomasz Wrobel:mailto:twrobel@gse.example.edu
ATTENDEE;CN=Siobhan Kelleher;RSVP=TRUE:mailto:skelleher@harborview.edu
DESCRIPTION:Event Name: Research Interview (60 min) - Holistic Review Study\n\nThank you for participating in my dissertation research on how admission officers weigh context in holistic review. The interview is semi-structured and will be recorded with your consent (IRB #2025-0412).\n\nPowered by Calendly.com
LOCATION:https://gse.zoom.us/j/96611002233
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "research-interview-calendly-user-participant"))

# 12 Podcast recording as guest
UID = "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7"
EVENTS.append(neg("ios-podcast-guest", UID, apple(UID, "DTSTART;TZID=America/New_York:20251120T190000",
    "DTEND;TZID=America/New_York:20251120T200000", "Podcast rec - The Admissions Desk (guest) ep. on 'demonstrated interest'",
    desc="Riverside.fm link in email. headphones!"), "podcast-guest-interview"))

# 13 Informational coffee with a sitting dean
UID = "4u6w8y0a2c4e6g8i0k2m4o6q8s@google.com"
EVENTS.append(neg("google-informational-coffee", UID, gown(UID, "DTSTART;TZID=America/New_York:20251024T083000",
    "DTEND;TZID=America/New_York:20251024T093000", r"coffee w/ Frances Oduya (Dean of Adm\, Tufton) - informational",
    r"how she got the dean job\, what search firms look for\, is the airport-interview circuit worth it. NOT a job convo.",
    r"Tatte\, Charles St"), "informational-coffee-with-dean"))

# 14 College fair (trade's "fair")
UID = "nacac-ncf-boston-2025-table-312@nacacfairs.example.org"
EVENTS.append(neg("college-fair-table", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NACAC College Fairs//Exhibitor Portal//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20250915T120000Z
DTSTART:20251019T160000Z
DTEND:20251019T200000Z
SUMMARY:National College Fair - Boston (Harborview University\, Booth 312)
DESCRIPTION:Exhibitor check-in 11:00 at Hall C. Booth staff: S. Kelleher\, M. Bell.
LOCATION:Hynes Convention Center\, Hall C
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "college-fair-exhibitor"))

# 15 Higher-ed job fair she attends (no interview scheduled)
UID = "A9B8C7D6-E5F4-4321-9087-6A5B4C3D2E10"
EVENTS.append(neg("ios-job-fair", UID, apple(UID, "DTSTART;TZID=America/New_York:20251108T100000",
    "DTEND;TZID=America/New_York:20251108T130000", "New England Higher Ed Careers Fair (HERC) - walk around",
    desc="bring 10 CVs. no interviews booked - just talk to HR tables", loc="Boston Marriott Copley Place"),
    "job-fair-no-interview"))

# 16 Recruiter with no employer named
UID = "5w7y9a1c3e5g7i9k1m3o5q7s9u@google.com"
EVENTS.append(neg("google-recruiter-no-employer", UID, fold(GHDR + r"""BEGIN:VEVENT
DTSTART:20260108T150000Z
DTEND:20260108T153000Z
DTSTAMP:20260105T140000Z
ORGANIZER;CN=Lydia Storrow:mailto:lstorrow@storrowpartners.example.com
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
DESCRIPTION:Hi Siobhan - thanks for taking my call. I'm leading a confidential search for a Vice President for Enrollment at a selective liberal arts college in the Mid-Atlantic; I can share the client's name once you sign the NDA. Looking forward to it. - Lydia""" + GOOGLE_FOOTER + r"""
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Siobhan Kelleher / Lydia Storrow (Storrow Partners) - intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "recruiter-intro-client-undisclosed"))

# 17 Informal enquiry call before applying (Irish job-spec custom), same university she later interviews with
UID = "7y9a1c3e5g7i9k1m3o5q7s9u1w@google.com"
EVENTS.append(neg("google-informal-enquiry-irish", UID, fold(GHDR + DUBLIN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20260109T160000
DTEND;TZID=Europe/Dublin:20260109T162000
DTSTAMP:20260106T110000Z
ORGANIZER;CN=Fionnuala Breen:mailto:fionnuala.breen@liffeyside.ie
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
DESCRIPTION:Informal enquiry re: Head of International Recruitment (closing date 16 January). Happy to talk through the role - please note this conversation does not form part of the selection process.""" + GOOGLE_FOOTER + r"""
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Informal enquiry call - Siobhan Kelleher
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "informal-enquiry-before-application-not-selection"))

# 18 Dentist
UID = "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6"
EVENTS.append(neg("ios-dentist", UID, apple(UID, "DTSTART;TZID=America/New_York:20251030T073000",
    "DTEND;TZID=America/New_York:20251030T083000", "Dentist - Dr. Amsel (cleaning)", loc="Brookline Dental Group"),
    "personal-appointment"))

# 19 Global Entry interview (CBP)
UID = "ttp-appt-88120377@ttp.example.gov"
EVENTS.append(neg("global-entry-interview", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trusted Traveler Programs//Scheduler//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251020T000000Z
DTSTART:20251103T134500Z
DTEND:20251103T141500Z
SUMMARY:Global Entry Interview - Boston Logan Enrollment Center
DESCRIPTION:Bring your passport and conditional approval letter. Interview with a CBP officer; fingerprints will be taken.
LOCATION:Logan International Airport\, Terminal E\, Enrollment Center
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "global-entry-interview-other-kind"))

# 20 Her son's admission interview at the school she is also applying to
UID = "9a1c3e5g7i9k1m3o5q7s9u1w3y5@google.com"
EVENTS.append(neg("google-son-school-entrevista", UID, fold(GHDR + MADRID_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260122T160000
DTEND;TZID=Europe/Madrid:20260122T164500
DTSTAMP:20260110T100000Z
ORGANIZER;CN=Admisiones Montealto:mailto:admisiones@colegiomontealto.es
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=siobhan.kelleher@icloud.com;X-NUM-GUESTS=0:mailto:siobhan.kelleher@icloud.com
DESCRIPTION:Entrevista familiar y prueba de nivel para la admisión de Oisín Kelleher (3º de Primaria\, curso 2026-27). Se ruega traer el último boletín de notas. Duración aproximada: 45 minutos.""" + GOOGLE_FOOTER + r"""
LOCATION:Colegio Internacional Montealto - Secretaría de Admisiones
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista de admisión - Oisín Kelleher (3º Primaria)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "child-school-admission-entrevista-same-school-as-employer"))

# 21 Sister's job interview in Munich (German)
UID = "B2C3D4E5-F6A7-4B8C-9D0E-1F2A3B4C5D6E"
EVENTS.append(neg("ios-sister-vorstellungsgespraech", UID, fold(APPLE + BERLIN_GOOGLE.replace("X-LIC-LOCATION:Europe/Berlin\n", "") + r"""BEGIN:VEVENT
CREATED:20251110T200000Z
DTSTART;TZID=Europe/Berlin:20251118T100000
DTEND;TZID=Europe/Berlin:20251118T113000
DTSTAMP:20251110T200100Z
SEQUENCE:0
SUMMARY:Niamh Vorstellungsgespräch (München\, Siemens-Str.) - text her good luck / call after
UID:""" + UID + r"""
END:VEVENT
END:VCALENDAR
"""), "family-member-job-interview-german"))

# 22 Nephew's alumni interview for college
UID = "C4D5E6F7-A8B9-4C0D-9E1F-2A3B4C5D6E7F"
EVENTS.append(neg("ios-nephew-college-interview", UID, apple(UID, "DTSTART;TZID=America/New_York:20251115T150000",
    "DTEND;TZID=America/New_York:20251115T170000", "drive Liam to his Kenmore College alumni interview (Panera Newton)",
    desc="he's nervous - practice in car? NOT my place to coach too much lol"), "family-member-college-admission-interview"))

# 23 Annual performance conversation with her boss
EVENTS.append(neg("outlook-performance-conversation", owa_uid(23), outlook(
    owa_uid(23), ("Castellano, Victor", "vcastellano@harborview.edu"), [ME_W],
    "Annual performance conversation - Siobhan", "20251016T143000", "20251016T153000",
    r"Self-assessment due in Workday 48 hrs before. We'll also talk goals for the 2026 cycle.\n",
    "Victor's office (Welcome Center 310)"), "annual-review-with-boss"))

# 24 Webinar about interviewing for senior roles (as candidate) - a class, not an interview
UID = "webinar-nacac-2025-11-05-leadership-interviewing"
EVENTS.append(neg("webinar-interviewing-skills", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ON24//Webcast Registration//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20251020T000000Z
DTSTART:20251105T190000Z
DTEND:20251105T200000Z
SUMMARY:Webinar: Interviewing for Senior Leadership Roles in Enrollment Management
DESCRIPTION:Presented by the Professional Development Committee. Learn how presidential search committees evaluate dean and VP candidates\, how to prepare for airport interviews and campus visits\, and how to negotiate. Your unique join link: https://event.on24.example.com/wcc/r/4455667/AB12CD
LOCATION:Online
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "webinar-about-interviewing-as-candidate"))

# 25 Spanish class on job interviews
UID = "1c3e5g7i9k1m3o5q7s9u1w3y5a@google.com"
EVENTS.append(neg("google-spanish-class-entrevista", UID, gown(UID, "DTSTART;TZID=America/New_York:20251111T180000",
    "DTEND;TZID=America/New_York:20251111T193000", "Clase de español B2 - tema: la entrevista de trabajo",
    r"deberes: preparar respuestas a '¿por qué quiere trabajar aquí?' (role-play con Julia)", r"Casa de España\, Newbury St"),
    "spanish-class-job-interview-topic"))

# 26 Conference session she presents
UID = "neacac26-sess-114@neacac.example.org"
EVENTS.append(neg("conference-session-presenter", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Whova//Agenda//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260201T000000Z
DTSTART;TZID=America/New_York:20260318T103000
DTEND;TZID=America/New_York:20260318T113000
SUMMARY:Session 114: Is the Admission Interview Dead? (Kelleher\, Ruiz\, Okoro)
DESCRIPTION:Panel on evaluative vs. informational interviews\, alumni interview programs and equity. Presenters: Siobhan Kelleher (Harborview)\, Diego Ruiz\, Ada Okoro.
LOCATION:Omni Providence\, Ballroom B
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""").replace("BEGIN:VEVENT\n", NY_GOOGLE + "BEGIN:VEVENT\n", 1), "conference-session-on-admission-interviews"))

# 27 Flight to the Wrenfield visit (airline)
UID = "jb-pnr-QXKTRB-seg1@jetblue.example.com"
EVENTS.append(neg("airline-flight-to-visit", UID, fold(r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JetBlue//Itinerary//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:""" + UID + r"""
DTSTAMP:20260112T020000Z
DTSTART:20260127T111000Z
DTEND:20260127T121500Z
SUMMARY:Flight B6 1123 BOS-PWM (Confirmation QXKTRB)
DESCRIPTION:Passenger: SIOBHAN KELLEHER\nSeat 9A\nDeparts Boston Logan Terminal C 6:10 AM\, arrives Portland ME 7:15 AM
LOCATION:Boston Logan International Airport (BOS)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""), "travel-to-interview-flight"))

# 28 Therapist (floating, Thunderbird)
UID = "2d7f9b1e-3c5a-4e8d-b0f2-6a4c8e1d3b57"
EVENTS.append(neg("thunderbird-therapy", UID, r"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VEVENT
CREATED:20251001T010101Z
LAST-MODIFIED:20251001T010101Z
DTSTAMP:20251001T010101Z
UID:""" + UID + r"""
SUMMARY:Dr. Halpern
RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=10
DTSTART:20251007T173000
DTEND:20251007T182000
END:VEVENT
END:VCALENDAR
""", "recurring-personal-floating", eol="\n"))

# 29 Regular Decision reading block (recurring with EXDATE)
EVENTS.append(neg("outlook-rd-reading-block", owa_uid(29), fold(OUTL.replace("METHOD:REQUEST", "METHOD:PUBLISH") + EASTERN_WIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kelleher, Siobhan":mailto:skelleher@harborview.edu
UID:""" + owa_uid(29) + r"""
SUMMARY;LANGUAGE=en-US:RD reading - 40 files/day (do not book)
DTSTART;TZID=Eastern Standard Time:20260105T080000
DTEND;TZID=Eastern Standard Time:20260105T120000
RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH;UNTIL=20260226T130000Z
EXDATE;TZID=Eastern Standard Time:20260119T080000,20260128T080000,20260129T080000
DESCRIPTION;LANGUAGE=en-US:Slate reader queue: International + Ireland/UK. Candidates flagged for committee go to Thursday pile.\n
CLASS:PUBLIC
DTSTAMP:20251220T120000Z
TRANSP:OPAQUE
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
"""), "reading-block-recurring-exdate-candidates-word"))

# 30 Staff meeting: interview program planning
EVENTS.append(neg("outlook-interview-program-planning", owa_uid(30), outlook(
    owa_uid(30), ME_W, [("Nguyen, Thao", "tnguyen@harborview.edu"), ("Bell, Marcus", "mbell@harborview.edu")],
    "Interview program planning - alumni interviewer assignments for RD", "20251105T110000", "20251105T120000",
    r"Agenda: 1) match 3\,100 RD applicants to alumni interviewers 2) retire the old interview report form 3) virtual interview policy for international applicants\n",
    "HV-Enrollment Mgmt-Conf 412"), "interview-program-planning-meeting"))

# 31 Counselor breakfast
UID = "3e5g7i9k1m3o5q7s9u1w3y5a7c9@google.com"
EVENTS.append(neg("google-counselor-breakfast", UID, fold(GHDR + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251021T080000
DTEND;TZID=America/New_York:20251021T093000
DTSTAMP:20251001T150000Z
ORGANIZER;CN=Siobhan Kelleher:mailto:skelleher@harborview.edu
UID:""" + UID + r"""
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Siobhan Kelleher;X-NUM-GUESTS=0:mailto:skelleher@harborview.edu
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=boston-counselors-list;X-NUM-GUESTS=0:mailto:boston-counselors-list@harborview.edu
DESCRIPTION:Annual breakfast for Greater Boston high school counselors: admission updates\, essay prompts\, Q&A. Parking validated.""" + GOOGLE_FOOTER + r"""
LOCATION:Faculty Club\, Harborview University
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Counselor Breakfast 2025
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""), "counselor-breakfast-group-attendee"))

# 32 Admitted Students Day (all-day, yield)
UID = "5g7i9k1m3o5q7s9u1w3y5a7c9e1@google.com"
EVENTS.append(neg("google-all-day-yield-event", UID, gown(UID, "DTSTART;VALUE=DATE:20260411", "DTEND;VALUE=DATE:20260412",
    "Admitted Students Day - all hands", r"SK: 9am welcome + 11am 'Ask an admission officer' panel"), "all-day-yield-event"))

# 33 LinkedIn Learning course on behavioural interviewing for managers
UID = "D6E7F8A9-B0C1-4D2E-8F3A-4B5C6D7E8F90"
EVENTS.append(neg("ios-course-behavioral-interviewing", UID, apple(UID, "DTSTART;TZID=America/New_York:20251126T123000",
    "DTEND;TZID=America/New_York:20251126T131500", "LinkedIn Learning: Behavioral Interviewing for Hiring Managers (mod 3-4)",
    desc="HR wants all search committee members done by Dec 1"), "class-about-interviewing-for-hiring-managers"))
