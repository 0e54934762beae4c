# ruff: noqa: E501
"""holdout197 events: Cian on the hiring side at Corrib Biologics (part 2)."""

from holdout197ev_tz import DUBLIN, GMT_STD

EVENTS: list[dict] = []


def _outlook(uid: str, summary: str, start: str, end: str, organizer: str, attendees: str, desc: str, loc: str, stamp: str) -> str:
    return r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + "BEGIN:VEVENT\n" + organizer + "\n" + attendees + "\nDESCRIPTION;LANGUAGE=en-IE:" + desc + "\nUID:" + uid + "\nSUMMARY;LANGUAGE=en-IE:" + summary + "\nDTSTART;TZID=GMT Standard Time:" + start + "\nDTEND;TZID=GMT Standard Time:" + end + "\nDTSTAMP:" + stamp + "\nSTATUS:CONFIRMED\nSEQUENCE:0\nLOCATION;LANGUAGE=en-IE:" + loc + "\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nEND:VEVENT\nEND:VCALENDAR\n"


_U = "040000008200E00074C5B7101A82E00800000000C{}DB0100000000000000001000000077A1C2E3F4051627384950A1B2C3D4E{}"

EVENTS.append(dict(
    kind="calendly-host",
    uid="e8d1c7a0-33f2-4b19-b6de-cian-coop-calendly@calendly.com",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-calendly-host-intern-books-slot",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:e8d1c7a0-33f2-4b19-b6de-cian-coop-calendly@calendly.com
DTSTAMP:20250327T203300Z
DTSTART:20250402T150000Z
DTEND:20250402T152000Z
SUMMARY:Oisín Dunne and Cian O'Sullivan – Summer placement chat (Corrib)
ORGANIZER;CN=Cian O'Sullivan:mailto:cosullivan@corribbio.ie
ATTENDEE;CN=Oisín Dunne;PARTSTAT=ACCEPTED:mailto:oisin.dunne03@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Event Name: Summer placement chat (Corrib)\n\nInvitee: Oisín Du
 nne\nInvitee Email: oisin.dunne03@gmail.com\nQuestions: Which course/year?
  – UCC Process & Chemical Eng\, 3rd year\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="interview-pack",
    uid=_U.format("1", "1"),
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-review-cvs-and-question-bank",
    ics=_outlook(
        _U.format("1", "1"), "Prep: PE II shortlist – CVs + tech question bank",
        "20250404T090000", "20250404T100000",
        'ORGANIZER;CN="Twomey, Grainne":mailto:gtwomey@corribbio.ie',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O\'Sullivan, Cian":mailto:cosullivan@corribbio.ie',
        r"Cian – can you go through the 5 CVs Sinéad shortlisted and pick 2 tech questions each from the bank (USP/DSP\, deviation\, CIP). We'll split the panel next week.\n",
        "Teams", "20250402T160000Z"),
))

EVENTS.append(dict(
    kind="chair-panel",
    uid=_U.format("2", "2"),
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-chairs-technical-panel",
    ics=_outlook(
        _U.format("2", "2"), "Technical panel (Chair: C. O'Sullivan) – Senior Automation Engineer – cand. 2 of 3",
        "20250417T100000", "20250417T113000",
        'ORGANIZER;CN="Kiely, Sinead":mailto:skiely@corribbio.ie',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O\'Sullivan, Cian":mailto:cosullivan@corribbio.ie\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Desmond, Alan":mailto:adesmond@corribbio.ie\nATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="RGK-B4-Training Rm 2":mailto:rgk-b4-tr2@corribbio.ie',
        r"Cian chairing\, Alan (Automation Lead) on the DeltaV questions. Candidate: Kevin Barry (ext.). Scoring sheet in the Teams channel > Recruitment > Req 0142.\n",
        "RGK-B4-Training Rm 2", "20250410T111111Z"),
))

EVENTS.append(dict(
    kind="candidate-presentation",
    uid=_U.format("3", "3"),
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-candidate-presents-to-panel",
    ics=_outlook(
        _U.format("3", "3"), "Candidate presentation – MSAT Lead – Dr S. Murphy",
        "20250502T140000", "20250502T153000",
        'ORGANIZER;CN="Lynch, Padraig";SENT-BY="mailto:rmcsweeney@corribbio.ie":mailto:plynch@corribbio.ie',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O\'Sullivan, Cian":mailto:cosullivan@corribbio.ie\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hegarty, Fionnuala":mailto:fhegarty@corribbio.ie',
        r"Shortlisted candidate for MSAT Lead presenting 'First 90 days in MSAT at Corrib' (20 min) followed by Q&A from the panel. Panel: Pádraig\, Fionnuala\, Cian. Please review CV beforehand (attached).\nSent on behalf of Pádraig by Rachel McSweeney.\n",
        "Boardroom", "20250424T084500Z"),
))

EVENTS.append(dict(
    kind="site-tour-host",
    uid=_U.format("4", "4"),
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-hosts-candidate-site-tour",
    ics=_outlook(
        _U.format("4", "4"), "Site walk for candidate (M. Nowak) – Cian to host",
        "20250422T150000", "20250422T154500",
        'ORGANIZER;CN="Kiely, Sinead":mailto:skiely@corribbio.ie',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O\'Sullivan, Cian":mailto:cosullivan@corribbio.ie',
        r"After his interview with Grainne\, please bring Marek around – USP/DSP viewing corridor\, utilities\, canteen. Visitor badge at security. No cameras.\n",
        "Reception Bldg 1", "20250417T130000Z"),
))

EVENTS.append(dict(
    kind="co-op-interviews",
    uid="6uiv3k2p8q0ffn7c1bd5aj9r2t@google.com",
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-campus-co-op-interviews",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250212T093000
DTEND;TZID=Europe/Dublin:20250212T160000
DTSTAMP:20250130T101500Z
ORGANIZER;CN=MTU Placement Office:mailto:placements.cork@mtu.ie
UID:6uiv3k2p8q0ffn7c1bd5aj9r2t@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=cosull
 ivan@corribbio.ie;X-NUM-GUESTS=0:mailto:cosullivan@corribbio.ie
DESCRIPTION:Dear Cian\,\n\nThank you for coming on campus to run Corrib Biol
 ogics' placement interviews. You have 8 x 30-min slots with 3rd-year Chemic
 al & Biopharmaceutical students in Room B263. Student CVs will be emailed t
 he evening before.\n\nMTU Placement Office
LOCATION:MTU Bishopstown – Room B263
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Corrib Biologics – placement interviews @ MTU
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="interviewer-training",
    uid=_U.format("5", "5"),
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-competency-interviewer-training",
    ics=_outlook(
        _U.format("5", "5"), "Interviewer skills – competency-based interviewing & unconscious bias (mandatory for panel members)",
        "20250307T093000", "20250307T123000",
        'ORGANIZER;CN="L&D Corrib":mailto:learning@corribbio.ie',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O\'Sullivan, Cian":mailto:cosullivan@corribbio.ie',
        r"For anyone sitting on 2025 interview panels: writing STAR questions\, probing\, scoring consistently\, bias\, GDPR for interview notes. Certificate logged in SuccessFactors Learning.\n",
        "Training Rm 1", "20250220T120000Z"),
))

EVENTS.append(dict(
    kind="phone-screen",
    uid=_U.format("6", "6"),
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-user-runs-phone-screen",
    ics=_outlook(
        _U.format("6", "6"), "Phone screen: J. Walsh – Shift Process Engineer",
        "20250328T120000", "20250328T123000",
        'ORGANIZER;CN="O\'Sullivan, Cian":mailto:cosullivan@corribbio.ie',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jack Walsh:mailto:jackwalsh.eng@outlook.com',
        r"Hi Jack\, thanks for your application – a short call with me (Cian\, Process Engineering) to talk through your experience and the shift pattern. I'll ring you on the number on your CV.\n",
        "Phone", "20250325T093000Z"),
))

EVENTS.append(dict(
    kind="calibration",
    uid=_U.format("7", "7"),
    is_interview=0, company="", role="", stage="", interviewers="",
    trap="user-as-interviewer-assessor-score-calibration",
    ics=_outlook(
        _U.format("7", "7"), "Assessor calibration – grad scores (Group B)",
        "20250327T080000", "20250327T084500",
        'ORGANIZER;CN="Corrib Early Careers":mailto:earlycareers@corribbio.ie',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="O\'Sullivan, Cian":mailto:cosullivan@corribbio.ie\nATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hegarty, Fionnuala":mailto:fhegarty@corribbio.ie',
        r"Align group-exercise and interview scores for Group B before the offers panel. Outliers: candidates 4 and 7.\n",
        "Teams", "20250326T170000Z"),
))
