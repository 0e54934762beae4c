"""holdout107 negatives: the user on the hiring side at Clyde University Careers Service."""

from __future__ import annotations

from holdout107ev_boiler import teams
from holdout107ev_ics import ME_WORK, OLK, Ev, cal, desc, g_att, o_att, p_att, room

HR = "hr-resourcing@clydeuni-careers.ac.uk"
MORAG = "morag.henderson@clydeuni-careers.ac.uk"
KEV = "kevin.lafferty@clydeuni-careers.ac.uk"


def _neg(kind: str, ics: str, uid: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def _olk(uid: str, summary: str, start: str, end: str, org: tuple[str, str], atts: list[str], body: str,
         loc: str = "", stamp: str = "20250401T090000Z", method: str = "REQUEST", extra: tuple[str, ...] = ()) -> str:
    ev = [f'ORGANIZER;CN="{org[1]}":mailto:{org[0]}', *atts, desc(body), f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-GB:{summary}", f'DTSTART;TZID="GMT Standard Time":{start}',
          f'DTEND;TZID="GMT Standard Time":{end}', "CLASS:PUBLIC", f"DTSTAMP:{stamp}", "SEQUENCE:0", *extra]
    if loc:
        ev.append(f"LOCATION;LANGUAGE=en-GB:{loc}")
    return cal([ev], "outlook", method=method, tz=("gmt",))


def panel_hr() -> Ev:
    uid = OLK + "00000000C0FFEE11A1B9DB0100000000000000001000000001020304050607080910111213141516"
    body = (
        "Dear panel,\n\nPlease hold this time for the Careers Consultant (CU-0412) interviews.\n\n"
        "Candidate: Priya Raman (application pack and CV attached in the Recruitment folder)\n"
        "Panel: Morag Henderson (Chair), Eilidh Campbell, Kevin Lafferty\n\nThe candidate will be collected "
        "from reception by the chair. Scoring sheets must be returned to HR within 24 hours.\n\nHR Resourcing"
    )
    ics = _olk(uid, "Interview: Careers Consultant (CU-0412) - Candidate: Priya Raman", "20250506T100000",
               "20250506T110000", (HR, "HR Resourcing"),
               [o_att(ME_WORK, "Campbell, Eilidh"), o_att(MORAG, "Henderson, Morag"), o_att(KEV, "Lafferty, Kevin"),
                room("rm-fraser-204@clydeuni-careers.ac.uk", "Fraser Building 204 (Meeting Room)")],
               body, "Fraser Building 204 (Meeting Room)")
    return _neg("panel-hr-invite-en", ics, uid, "user-as-interviewer-panel-en")


def panel_day() -> Ev:
    uid = OLK + "00000000D1D2D3D4A1B9DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA"
    body = (
        "Careers Consultant - interview panel day\n\n09:30 Panel prep\n10:00 Candidate 1 - Priya Raman\n"
        "11:15 Candidate 2 - Liam Doyle\n12:30 Lunch\n13:15 Candidate 3 - Aisha Bello\n14:30 Candidate 4 - "
        "Daniel Osei\n15:45 Panel discussion and scoring\n\nEach candidate: 10 min presentation + 40 min "
        "questions. Question set and scoring matrix in Teams > Recruitment > CU-0412."
    )
    ics = _olk(uid, "Careers Consultant interviews - panel day (4 candidates)", "20250506T093000",
               "20250506T163000", (MORAG, "Henderson, Morag"),
               [o_att(ME_WORK, "Campbell, Eilidh", "ACCEPTED"), o_att(KEV, "Lafferty, Kevin", "ACCEPTED")],
               body, "Fraser Building 204", stamp="20250422T140000Z")
    return _neg("panel-day-schedule-en", ics, uid, "user-as-interviewer-panel-day-en")


def scoring() -> Ev:
    uid = "1a2b3c4d5e6f7g8h9i0jscoring@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20250507T090000",
        "DTEND;TZID=Europe/London:20250507T093000",
        "DTSTAMP:20250506T170000Z",
        f"UID:{uid}",
        "SUMMARY:Complete interview scoring sheets - Careers Consultant (send to HR)",
        "DESCRIPTION:Candidates: Raman\\, Doyle\\, Bello\\, Osei. HR deadline 11am.",
        "TRANSP:TRANSPARENT",
    ]
    return _neg("scoring-reminder-en", cal([ev], "google", method="PUBLISH", tz=("london",)), uid,
                "user-as-interviewer-scorecard-en")


def washup() -> Ev:
    uid = OLK + "00000000AA11BB22A1B9DB01000000000000000010000000A1A2A3A4A5A6A7A8A9B0B1B2B3B4B5B6"
    body = "Quick wash-up to agree preferred candidate and reserve for CU-0412 before HR issues the offer."
    ics = _olk(uid, "Panel wash-up / debrief - Careers Consultant appointment", "20250508T140000",
               "20250508T143000", (MORAG, "Henderson, Morag"),
               [o_att(ME_WORK, "Campbell, Eilidh"), o_att(KEV, "Lafferty, Kevin"), o_att(HR, "HR Resourcing")],
               body + "\n\n" + teams("355 120 877 404", "Wu8Dp2"), "Microsoft Teams Meeting")
    return _neg("debrief-en", ics, uid, "user-as-interviewer-debrief-en")


def shadowing() -> Ev:
    uid = OLK + "00000000BEEF0001A1B9DB0100000000000000001000000012AB34CD56EF78AB90CD12EF34AB56CD"
    body = (
        "Eilidh - as part of your Recruitment & Selection refresher, please shadow the Employer Engagement "
        "Officer interviews (I'm chairing; you observe and score independently for calibration). Candidate "
        "packs in the shared folder.\nMorag"
    )
    ics = _olk(uid, "Shadowing: Employer Engagement Officer interviews (Morag chairing)", "20250325T100000",
               "20250325T123000", (MORAG, "Henderson, Morag"), [o_att(ME_WORK, "Campbell, Eilidh")], body,
               "Careers Hub - Interview Room 2", stamp="20250318T083000Z")
    return _neg("shadowing-en", ics, uid, "user-as-interviewer-shadowing-en")


def calendly_host() -> Ev:
    uid = "f2a90c4e-calendly-hostside-8d1b"
    body = (
        "Event Name: Informal chat about the Careers Consultant vacancy\n\nInvitee: Daniel Osei\n"
        "Invitee Email: danielosei.careers@gmail.com\n\nQuestions:\nAnything you'd like to discuss? I'd like to "
        "understand the caseload and how the team supports PGT students before I apply.\n\n"
        "View event in Calendly: https://calendly.com/app/scheduled_events/user/me"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250409T103300Z",
        "DTSTART:20250411T130000Z",
        "DTEND:20250411T132000Z",
        "SUMMARY:Daniel Osei and Eilidh Campbell",
        f"ORGANIZER;CN=Eilidh Campbell:mailto:{ME_WORK}",
        f"ATTENDEE;CN=Eilidh Campbell;PARTSTAT=ACCEPTED:mailto:{ME_WORK}",
        "ATTENDEE;CN=Daniel Osei;PARTSTAT=ACCEPTED:mailto:danielosei.careers@gmail.com",
        desc(body),
        "LOCATION:Microsoft Teams",
    ]
    return _neg("calendly-host-en", cal([ev], "-//Calendly//Calendly//EN"), uid,
                "user-as-interviewer-calendly-host-en")


def agency_candidate() -> Ev:
    uid = "BPER-20250327-1180@brightpath-edu.co.uk"
    body = (
        "Hi Eilidh,\n\nThanks for agreeing to see Tom for the Employer Engagement Officer (temporary, 12 "
        "months) role. Tom's CV is attached - he's been at Strathclyde Business Partnership for 3 years and can "
        "start immediately.\n\nTom will arrive at the Careers Hub reception for 2pm.\n\nBest,\nSophie Grant\n"
        "Brightpath Education Recruitment"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250327T110000Z",
        "DTSTART;TZID=Europe/London:20250402T140000",
        "DTEND;TZID=Europe/London:20250402T145000",
        "SUMMARY:Interview: Tom Hughes for Employer Engagement Officer (temp)",
        "ORGANIZER;CN=Sophie Grant:mailto:sophie.grant@brightpath-edu.co.uk",
        p_att(ME_WORK, "Eilidh Campbell"),
        p_att("tom.hughes84@outlook.com", "Tom Hughes"),
        desc(body),
        "LOCATION:Clyde University Careers Hub",
    ]
    return _neg("agency-sends-candidate-en", cal([ev], "outlook", tz=("london",)), uid,
                "user-as-interviewer-agency-candidate-en")


def typed_note() -> Ev:
    uid = "C71D1E0B-A2F3-4B54-8C65-D7E8F9A0B1C2"
    ev = [
        "DTSTAMP:20250210T082000Z",
        "DTSTART:20250212T113000",
        "DTEND:20250212T121500",
        "SUMMARY:interview J Okafor (careers asst)",
        "DESCRIPTION:2nd candidate. use Q set B. Kevin joining",
        f"UID:{uid}",
    ]
    return _neg("typed-note-floating-en", cal([ev], "ios", method=None), uid, "user-as-interviewer-hand-typed-en")


def presentations() -> Ev:
    uid = OLK + "00000000CAFE0101A1B9DB01000000000000000010000000FEDCBA9876543210FEDCBA9876543210"
    body = (
        "Employer Engagement Officer - candidate presentations to the panel (10 mins each): 'Growing SME "
        "placements in the West of Scotland'. Panel: Gavin Rae, Eilidh Campbell. Candidates: H. Singh, "
        "R. McAllister, C. Doherty."
    )
    ics = _olk(uid, "Candidate presentations - Employer Engagement Officer", "20250326T130000", "20250326T150000",
               ("gavin.rae@clydeuni-careers.ac.uk", "Rae, Gavin (Prof)"), [o_att(ME_WORK, "Campbell, Eilidh")],
               body, "Fraser Building 204")
    return _neg("candidate-presentations-en", ics, uid, "user-as-interviewer-presentations-en")


def teams_to_candidate() -> Ev:
    uid = OLK + "00000000ABCD1234A1B9DB0100000000000000001000000043215678ABCD9876EF0112233445566A"
    intro = (
        "Dear Megan,\n\nThank you for applying for the Placement Coordinator role at Clyde University Careers "
        "Service. I'm pleased to invite you to interview with me and my colleague Kevin Lafferty. The "
        "interview will last about 40 minutes.\n\nBest wishes,\nEilidh Campbell\nCareers Adviser\n"
    )
    ics = _olk(uid, "Interview for Placement Coordinator - Clyde University Careers Service", "20250415T100000",
               "20250415T104000", (ME_WORK, "Campbell, Eilidh"),
               [o_att("megan.doig@hotmail.co.uk", "megan.doig@hotmail.co.uk"), o_att(KEV, "Lafferty, Kevin")],
               intro + "\n" + teams("392 004 661 817", "Pc5Rt6"), "Microsoft Teams Meeting")
    return _neg("user-organiser-freemail-candidate-en", ics, uid, "user-as-interviewer-organiser-freemail-en")


def prep_questions() -> Ev:
    uid = "5n2k8d1q0s3p7m4b9c6v1t0xfh@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20250430T150000",
        "DTEND;TZID=Europe/London:20250430T160000",
        "DTSTAMP:20250428T091000Z",
        f"ORGANIZER;CN=Eilidh Campbell:mailto:{ME_WORK}",
        f"UID:{uid}",
        g_att(MORAG, "Morag Henderson"),
        "SUMMARY:Prep interview questions + presentation topic - Careers Consultant panel",
        "DESCRIPTION:Agree competency questions\\, scoring matrix and who asks what.",
        "SEQUENCE:0",
    ]
    return _neg("interview-kit-prep-en", cal([ev], "google", tz=("london",)), uid, "user-as-interviewer-kit-prep-en")


def shortlisting() -> Ev:
    uid = OLK + "00000000F00D0002A1B9DB0100000000000000001000000024681357ACEBDF0224681357ACEBDF02"
    body = "Shortlisting for CU-0412 Careers Consultant - 23 applications. Please score in the HR portal beforehand."
    ics = _olk(uid, "Shortlisting - Careers Consultant (CU-0412)", "20250424T110000", "20250424T123000",
               (MORAG, "Henderson, Morag"), [o_att(ME_WORK, "Campbell, Eilidh"), o_att(KEV, "Lafferty, Kevin")],
               body, "Careers Hub meeting room")
    return _neg("shortlisting-en", ics, uid, "user-as-interviewer-shortlisting-en")


def ambassadors() -> Ev:
    uid = "7r3m0c9s1f5a2k8d4q6n0e1bvp@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20250917T130000",
        "DTEND;TZID=Europe/London:20250917T163000",
        "DTSTAMP:20250905T120000Z",
        f"ORGANIZER;CN=Eilidh Campbell:mailto:{ME_WORK}",
        f"UID:{uid}",
        g_att("sinead.breen@clydeuni-careers.ac.uk", "Sinead Breen"),
        "SUMMARY:Student Careers Ambassador interviews (6 students\\, 25 min each)",
        "DESCRIPTION:Sinead + me interviewing. Students' timetable on the sign-up sheet.",
        "LOCATION:Careers Hub\\, Room 2",
    ]
    return _neg("student-ambassador-interviews-en", cal([ev], "google", tz=("london",)), uid,
                "user-as-interviewer-student-hires-en")


def workday_internal() -> Ev:
    uid = "WD-INTERVIEW-EVENT-7-004519@clydeuni.wd3.myworkday.com"
    body = (
        "Hello Eilidh,\n\nYou have been scheduled as an interviewer.\n\nJob Requisition: JR-2291 Careers "
        "Information Assistant\nCandidate: Ross Kerr\nInterview: Panel Interview\nInterviewer(s): Eilidh Campbell; "
        "Kevin Lafferty\n\nPlease submit your feedback in Workday after the interview."
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250514T100000Z",
        "DTSTART:20250520T130000Z",
        "DTEND:20250520T134500Z",
        "SUMMARY:Interview Scheduled: JR-2291 Careers Information Assistant - Ross Kerr",
        "ORGANIZER;CN=Clyde University:mailto:clydeuni@myworkday.com",
        p_att(ME_WORK, "Eilidh Campbell"),
        p_att(KEV, "Kevin Lafferty"),
        desc(body),
    ]
    return _neg("workday-interviewer-side-en", cal([ev], "-//Workday//Workday Calendar//EN"), uid,
                "user-as-interviewer-workday-en")


def phone_screen_out() -> Ev:
    uid = "3s9d2k7f0m1q5c8b4n6t0v2pxr@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20250417T160000",
        "DTEND;TZID=Europe/London:20250417T162000",
        "DTSTAMP:20250414T100000Z",
        f"ORGANIZER;CN=Eilidh Campbell:mailto:{ME_WORK}",
        f"UID:{uid}",
        g_att("aisha.bello@yahoo.co.uk", "Aisha Bello"),
        "SUMMARY:Phone screen - Aisha Bello (Careers Consultant applicant)",
        "DESCRIPTION:I'll call Aisha on 07700 900 271. Check right to work + notice period + salary band.",
    ]
    return _neg("phone-screen-outbound-en", cal([ev], "google", tz=("london",)), uid,
                "user-as-interviewer-phone-screen-en")


def erasmus_fr() -> Ev:
    uid = OLK + "00000000E1A5BB01A1B9DB0100000000000000001000000077FF66EE55DD44CC33BB22AA1100FFEE"
    intro = (
        "Bonjour Léa,\n\nMerci pour votre candidature au stage Erasmus+ au Careers Service de Clyde University. "
        "Je vous propose un entretien sur Teams (en anglais, 30 minutes) avec moi-même.\n\nBien à vous,\n"
        "Eilidh Campbell\n"
    )
    ics = _olk(uid, "Entretien - stage Erasmus+ Careers Service (Léa Martin)", "20250605T140000",
               "20250605T143000", (ME_WORK, "Campbell, Eilidh"), [o_att("lea.martin.2003@laposte.net", "Léa Martin")],
               intro + "\n" + teams("310 442 097 338", "Er4Sm1", "fr"), "Réunion Microsoft Teams")
    return _neg("erasmus-intern-fr", ics, uid, "user-as-interviewer-intern-fr")


def second_round_chair() -> Ev:
    uid = OLK + "00000000ABAB0003A1B9DB0100000000000000001000000013579BDF02468ACE13579BDF02468ACE"
    body = "2nd interview - Liam Doyle. Eilidh chairing, Kevin + HR. Focus on group workshop delivery."
    ics = _olk(uid, "2nd interview - Liam Doyle - Careers Consultant", "20250513T100000", "20250513T110000",
               (HR, "HR Resourcing"), [o_att(ME_WORK, "Campbell, Eilidh"), o_att(KEV, "Lafferty, Kevin")], body,
               "Fraser Building 204")
    return _neg("second-round-chair-en", ics, uid, "user-as-interviewer-chair-en")


def feedback_call() -> Ev:
    uid = "8c1v4b7n0m2k5d9s3f6q0t1pxa@google.com"
    ev = [
        "DTSTART;TZID=Europe/London:20250515T123000",
        "DTEND;TZID=Europe/London:20250515T124500",
        "DTSTAMP:20250512T090000Z",
        f"ORGANIZER;CN=Eilidh Campbell:mailto:{ME_WORK}",
        f"UID:{uid}",
        g_att("priya.raman.careers@gmail.com", "Priya Raman"),
        "SUMMARY:Interview feedback call - Priya Raman (unsuccessful\\, CU-0412)",
    ]
    return _neg("feedback-to-candidate-en", cal([ev], "google", tz=("london",)), uid,
                "user-as-interviewer-feedback-call-en")


def kit_hr() -> Ev:
    uid = OLK + "00000000DEAD0004A1B9DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789"
    body = (
        "Interview kit for Digital Careers Officer (CU-0431): role profile, question bank, scoring guidance and "
        "candidate packs are now in the Recruitment SharePoint. Please review before Thursday's interviews."
    )
    ics = _olk(uid, "Interview kit review - Digital Careers Officer (before Thursday)", "20250602T090000",
               "20250602T093000", (HR, "HR Resourcing"), [o_att(ME_WORK, "Campbell, Eilidh")], body,
               method="PUBLISH", extra=("TRANSP:TRANSPARENT",))
    return _neg("interview-kit-en", ics, uid, "user-as-interviewer-kit-en")


def reply_de() -> Ev:
    uid = OLK + "00000000BBBB0005A1B9DB0100000000000000001000000098765432FEDCBA0198765432FEDCBA01"
    ev = [
        f'ORGANIZER;CN="Campbell, Eilidh":mailto:{ME_WORK}',
        'ATTENDEE;PARTSTAT=ACCEPTED;CN="Weber, Jonas":mailto:jonas.weber99@web.de',
        "COMMENT;LANGUAGE=de-DE:Vielen Dank\\, ich freue mich auf das Gespräch!",
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Angenommen: Interview - Placement Student (Careers Service) - Jonas Weber",
        'DTSTART;TZID="GMT Standard Time":20250610T110000',
        'DTEND;TZID="GMT Standard Time":20250610T113000',
        "DTSTAMP:20250603T184500Z",
        "SEQUENCE:0",
    ]
    return _neg("candidate-accepts-de", cal([ev], "outlook", method="REPLY", tz=("gmt",)), uid,
                "user-as-interviewer-reply-de")


def all_side() -> list[Ev]:
    return [panel_hr(), panel_day(), scoring(), washup(), shadowing(), calendly_host(), agency_candidate(),
            typed_note(), presentations(), teams_to_candidate(), prep_questions(), shortlisting(), ambassadors(),
            workday_internal(), phone_screen_out(), erasmus_fr(), second_round_chair(), feedback_call(), kit_hr(),
            reply_de()]
