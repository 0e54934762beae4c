"""holdout113: negatives - personal appointments and the user's own career admin that is not an interview."""

from __future__ import annotations

from holdout113ev_ics import APPLE, GOOGLE, OUTLOOK16, STAMP, TZ_LONDON, USER, WORK, att, cal, esc, org, row


def simple(prodid: str, uid: str, summary: str, desc: str, start: str, end: str, *, location: str = "",
           people: tuple[str, ...] = (), organiser: str = "", method: str | None = None,
           extra: tuple[str, ...] = ()) -> str:
    """A plain event with Europe/London times (or all-day when start has no 'T')."""
    if "T" in start:
        when = [f"DTSTART;TZID=Europe/London:{start}", f"DTEND;TZID=Europe/London:{end}"]
        tzs: tuple[list[str], ...] = (TZ_LONDON,)
    else:
        when = [f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"]
        tzs = ()
    lines = [f"UID:{uid}", f"DTSTAMP:{STAMP}", *when, f"SUMMARY:{esc(summary)}"]
    if desc:
        lines.append("DESCRIPTION:" + esc(desc))
    if location:
        lines.append("LOCATION:" + esc(location))
    if organiser:
        lines.append(organiser)
    lines.extend(people)
    lines.extend(extra)
    return cal(prodid, [lines], method=method, tzs=tzs)


def events() -> list[dict[str, str]]:
    out = []

    def add(kind: str, text: str, uid: str, trap: str = "") -> None:
        out.append(row(kind, text, uid, 0, trap=trap or kind))

    u = "D4E5F6A7-1B2C-4D3E-8F9A-0B1C2D3E4F50"
    add("gp", simple(APPLE, u, "GP - Dr Mehta (bloods results)", "Harborne Medical Practice. Ring on arrival.",
                     "20260311T083000", "20260311T084500", location="Harborne Medical Practice"), u)

    u = "ak2n8d0f3h5j7l9q1s3u5w7y9z@google.com"
    add("dentist", simple(GOOGLE, u, "Dentist - check-up + hygienist", "", "20260407T173000",
                          "20260407T181500", location="Bournbrook Dental Care"), u)

    u = "schoolcomms-pe-y11-20260324-okafor"
    add("parents-evening", simple(
        "-//SchoolComms//Parents Evening Booking//EN", u, "Year 11 Parents' Evening - Tobi Okafor",
        "Appointments: Mr Hughes (Maths) 18:10, Ms Begum (English) 18:20, Dr Lowe (Chemistry) 18:35.",
        "20260324T180000", "20260324T185000", location="King Edward VI Five Ways - Main Hall",
        organiser=org("office@kefw.bham.sch.uk", "School Office"), people=(att(USER, "Hannah Okafor"),),
        method="REQUEST"), u, "school-parents-evening")

    u = "c2e4g6i8k0m2o4q6s8u0w2y4a6@google.com"
    add("child-sixth-form-interview", simple(
        GOOGLE, u, "Tobi - sixth form interview (Bournville College)",
        "Tobi's admissions interview with Head of Sixth Form. Bring predicted grades letter + portfolio. "
        "I'm driving him; wait in reception.", "20260226T160000", "20260226T163000",
        location="Bournville College"), u, "child-admission-interview")

    u = "lawcal-0412-okafor-will@hartwellsolicitors.co.uk"
    add("solicitor", simple(
        OUTLOOK16, u, "Meeting with Jane Hartwell - wills and LPA",
        "Dear Mrs Okafor, confirming your appointment to sign your will and lasting power of attorney. "
        "Please bring photo ID.\nHartwell & Co Solicitors", "20260412T100000", "20260412T110000",
        location="Hartwell & Co, 14 Colmore Row, Birmingham",
        organiser=org("jane.hartwell@hartwellsolicitors.co.uk", "Jane Hartwell"),
        people=(att(USER, "Hannah Okafor"),), method="REQUEST"), u, "solicitor")

    u = "mtg-appt-44129-nationwidebs"
    add("mortgage", simple(
        "-//Nationwide//Appointments//EN", u, "Mortgage appointment - remortgage review",
        "Your video appointment with a Nationwide Mortgage Adviser. Reference 44129. Have your payslips "
        "and latest statement ready.", "20260319T190000", "20260319T200000", location="Video appointment",
        organiser=org("appointments@nationwide.co.uk", "Nationwide"), people=(att(USER, "Hannah Okafor"),),
        method="REQUEST"), u, "bank-appointment")

    u = "ustraveldocs-gb-0504-okafor"
    add("visa-interview", simple(
        "-//ustraveldocs//Appointment//EN", u, "Visa interview - U.S. Embassy London (J-1 exchange)",
        "Consular interview for your nonimmigrant visa (Housing leaders' exchange programme, Chicago). "
        "Arrive 15 minutes before. Bring DS-160 confirmation, passport and MRV fee receipt. No electronic "
        "devices.", "20260504T083000", "20260504T093000",
        location="U.S. Embassy, 33 Nine Elms Lane, London SW11 7US"), u, "visa-interview")

    u = "f1e2d3c4b5a69788@specsavers.co.uk"
    add("optician", simple("-//Specsavers//Booking//EN", u, "Eye test - Specsavers Selly Oak",
                           "", "20260602T124500", "20260602T131500"), u)

    # Her own appraisal and exit interview at the current employer
    u = "040000008200E00074C5B7101A82E00800000000ABCD1234A1B2DC0100000000000000001000000099AA"
    add("own-appraisal", simple(
        OUTLOOK16, u, "Annual appraisal - Hannah / Mandeep",
        "Year-end review against objectives, development plan and 2026/27 objectives. Please complete the "
        "self-assessment form beforehand.", "20260326T150000", "20260326T163000",
        organiser=org("chief.exec@midlandhomes-ha.org.uk", "Kaur, Mandeep"), people=(att(WORK, "Okafor, Hannah"),),
        method="REQUEST"), u, "own-appraisal")

    u = "040000008200E00074C5B7101A82E00800000000ABCD1234B2C3DC0100000000000000001000000099AB"
    add("own-exit-interview", simple(
        OUTLOOK16, u, "Exit interview - Hannah Okafor",
        "Hi Hannah, as part of your leaving process I'd like to hold a confidential exit interview. It "
        "will cover your reasons for leaving, what worked well, and what we could improve.\nGrace Ho, "
        "People Partner", "20260624T110000", "20260624T114500",
        organiser=org("grace.ho@midlandhomes-ha.org.uk", "Ho, Grace"), people=(att(WORK, "Okafor, Hannah"),),
        method="REQUEST"), u, "own-exit-interview")

    # Reference call where she is the referee
    u = "3b9d7f1h5j2l4n6p8r0t2v4x6z@google.com"
    add("referee-call", simple(
        GOOGLE, u, "Reference call - re Tom Price (for Shelterline Head of Services)",
        "Shelterline's HR (Kate Doyle) to call me for a verbal reference for Tom, my former Head of "
        "Neighbourhoods. Have his dates and the restructure example ready.", "20260410T123000",
        "20260410T125000", organiser=org("kate.doyle@shelterline.org.uk", "Kate Doyle"),
        people=(att(USER, "Hannah Okafor"),), method="REQUEST"), u, "referee-call")

    # Recruiter call naming no employer
    u = "hk-call-0304-okafor@hadleykerr.co.uk"
    add("recruiter-no-employer", simple(
        OUTLOOK16, u, "Call: Hannah Okafor / Abigail Kerr - confidential CEO search",
        "Hannah, thanks for connecting. I'm working on a confidential chief executive appointment for a "
        "large Midlands housing association and would love to hear about your plans. Client name to be "
        "shared once we've spoken.\nAbigail Kerr, Partner, Hadley Kerr Partners", "20260304T173000",
        "20260304T180000", organiser=org("abigail.kerr@hadleykerr.co.uk", "Abigail Kerr"),
        people=(att(USER, "Hannah Okafor"),), method="REQUEST"), u, "recruiter-call-no-employer")

    # Informational coffee (no vacancy)
    u = "7d5b3a1c9e8f@gmail.com"
    add("coffee-chat", simple(
        GOOGLE, u, "Coffee with Jo Marsh (informal catch-up)",
        "Jo's been a CEO for six years - pick her brain on the step up from director; no vacancy, just advice.",
        "20260306T080000", "20260306T090000", location="Medicine Bakery, New Street",
        organiser=org("jomarsh.home@gmail.com", "Jo Marsh"), people=(att(USER, "Hannah Okafor"),),
        method="REQUEST"), u, "informational-coffee")

    # Mock interviews and prep
    u = "B1A2C3D4-E5F6-4071-8293-A4B5C6D7E8F9"
    add("mock-coach", simple(
        APPLE, u, "Mock CEO board interview with Ruth (coach)",
        "Ruth plays the chair; 45 min grilling on finance, regulation, tenant safety. Record on phone.",
        "20260505T183000", "20260505T193000", location="Zoom"), u, "mock")

    u = "8f6d4b2a0c@gmail.com"
    add("mock-friend", simple(
        GOOGLE, u, "Practice interview - Dele to fire questions (Severn Vale prep)",
        "Dele has the list of 20 likely questions. Kitchen table, after dinner.", "20260517T200000",
        "20260517T210000"), u, "practice-interview")

    u = "E9D8C7B6-A5F4-4E3D-2C1B-0A9F8E7D6C5B"
    add("prep-block", simple(
        APPLE, u, "Prep: Canalside board interview - 90 day plan + finances",
        "Read the last 2 board packs, regulatory judgement, accounts. Draft answers.", "20260510T090000",
        "20260510T120000", extra=("TRANSP:OPAQUE",)), u, "prep-block")

    # Job fair
    u = "housingcareers-expo-20260618"
    add("job-fair", simple(
        "-//Eventbrite//Eventbrite Tickets//EN", u, "Housing Careers Expo 2026 - Birmingham NEC",
        "Your ticket for Housing Careers Expo 2026. Meet employers from across the social housing sector; "
        "CV clinic and 'getting to the top table' talk. Order #5129913.", "20260618", "20260619",
        location="NEC Birmingham, Hall 3"), u, "job-fair")

    return out
