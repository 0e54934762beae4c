"""holdout56 negatives: the user on the hiring side at Marsh Lane LLP (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout56ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    HW_WORK,
    OUTLOOK,
    THUNDERBIRD,
    VTZ,
    E,
    att,
    calendar,
    org,
    room,
    teams,
    vevent,
    when,
)

LON = [VTZ["Europe/London"]]
HR = "graduate.recruitment@marshlane-law.co.uk"
ME = HW_WORK


def w(ps: str = "NEEDS-ACTION") -> str:
    return att(ME, "Whitfield, Hannah", ps=ps, rsvp="TRUE")


def ml(kind: str, uid: str, summary: str, day: str, hhmm: str, mins: int, desc: str | None, loc: str | None,
       people: list[str], prodid: str = OUTLOOK, method: str | None = "REQUEST", tz: str | None = "Europe/London",
       extra: tuple[str, ...] = ()) -> dict[str, str]:
    tzs = LON if tz == "Europe/London" else []
    ics = calendar([vevent(uid, summary, when(day, hhmm, mins, tz=tz), desc, loc, people, extra=extra)], prodid,
                   method=method, tzs=tzs)
    return E(kind, ics, uid, 0, trap=kind)


def events() -> list[dict[str, str]]:
    out = [
        ml("user-as-interviewer-paralegal-en", "ml-int-paralegal-ashby-j-0311",
           "Interview: Jordan Ashby – Paralegal (Employment)", "20250311", "1000", 45,
           "Candidate: Jordan Ashby (jordan.ashby97@gmail.com)\nInterviewers: Hannah Whitfield, Gareth Lyons\n"
           "CV and interview questions attached. Please complete the scoring sheet by end of day.",
           "Marsh Lane LLP – 4th floor meeting room Kirkstall",
           [org(HR, "Graduate Recruitment"), w(), att("g.lyons@marshlane-law.co.uk", "Lyons, Gareth"),
            att("jordan.ashby97@gmail.com", "Jordan Ashby"),
            room("kirkstall@marshlane-law.co.uk", "LDS-4-Kirkstall")]),
        ml("user-as-interviewer-vacscheme-allday-en", "ml-vacscheme-ac-2025-04-16",
           "Vacation Scheme Assessment Day – assessors", "20250416", "", 0,
           "Thank you for volunteering as an assessor. Timetable: group exercise 09:30, interviews 11:00–15:00 "
           "(you are on Panel C with Priya), wash-up 16:00. Candidate packs in the Assessors folder.",
           "Marsh Lane LLP, Leeds", [org(HR, "Graduate Recruitment"), w()]),
        ml("user-as-interviewer-scorecard-en", "ml-scorecard-okafor-r",
           "Reminder: submit scorecard – R. Okafor (Paralegal)", "20250312", "1700", 15,
           "Please submit your interview scorecard for Rachel Okafor in the recruitment system.", None,
           [org("noreply@marshlane-law.co.uk", "Marsh Lane Recruitment"), w()]),
        ml("user-as-interviewer-debrief-en", "ml-debrief-vs-0417", "Vac scheme debrief – Panel C", "20250417",
           "0900", 30, "Debrief and scores for Panel C candidates (Ali, Brooks, Chen, Dlamini).\n\n" + teams("dmFjcw"),
           "Microsoft Teams Meeting",
           [org("p.shah@marshlane-law.co.uk", "Shah, Priya"), w(), att(HR, "Graduate Recruitment")]),
        ml("user-as-interviewer-panel-en", "ml-tc2027-panelB-0402",
           "Training Contract 2027 interviews – Panel B", "20250402", "1330", 180,
           "Panel B: Claire Marsh (Partner), Hannah Whitfield (NQ). Four candidates, 40 mins each. Question bank "
           "and marking grid attached.", "Marsh Lane – Boardroom",
           [org(HR, "Graduate Recruitment"), att("c.marsh@marshlane-law.co.uk", "Marsh, Claire"), w(),
            room("boardroom@marshlane-law.co.uk", "LDS-6-Boardroom")]),
        ml("user-as-interviewer-shadow-en", "ml-shadow-lyons-0319",
           "Shadowing: Gareth's paralegal interview (Hannah to observe)", "20250319", "1400", 45,
           "Hannah – please sit in and observe, you'll lead the next one. Candidate: Sam Patel.",
           "Meeting room Roundhay", [org("g.lyons@marshlane-law.co.uk", "Lyons, Gareth"), w()]),
        E("user-as-interviewer-calendly-host-en", calendar([vevent(
            "calendly-host-hw-7e21c9d0", "Paralegal screening call between Hannah Whitfield and Megan Lowe",
            when("20250306", "1230", 20, utc=True),
            "Event Name: Paralegal screening call\n\nInvitee: Megan Lowe\nInvitee Email: meglowe@hotmail.co.uk\n\n"
            "Location: Hannah will call you on 07700 900551\n\nPowered by Calendly.com", "Phone",
            [org(ME, "Hannah Whitfield"), att("meglowe@hotmail.co.uk", "Megan Lowe")])], "-//Calendly//Calendly//EN"),
            "calendly-host-hw-7e21c9d0", 0, trap="user-as-interviewer-calendly-host-en"),
        ml("user-as-interviewer-agency-candidate-en", "nls-candidate-rahman-0325",
           "Candidate interview: Aisha Rahman (Paralegal) – Marsh Lane LLP", "20250325", "1100", 45,
           "Hi Hannah,\n\nAs agreed, Aisha will attend your offices for interview for the Employment Paralegal "
           "vacancy. CV attached. Please let me have feedback after.\n\nTom Reilly\nNorthern Legal Staffing",
           "Marsh Lane LLP, 1 City Square, Leeds",
           [org("tom.reilly@northernlegalstaffing.co.uk", "Tom Reilly"), w()]),
        ml("user-as-interviewer-organiser-freemail-cand-en", "ml-hw-org-beverley-0320",
           "Interview with Tom Beverley", "20250320", "1530", 45,
           "Hi Tom,\n\nLooking forward to meeting you for the paralegal role. Please ask for me at reception.\n\n"
           "Hannah Whitfield\nSolicitor, Employment\nMarsh Lane LLP", "Marsh Lane LLP, 1 City Square, Leeds",
           [org(ME, "Whitfield, Hannah"), att("tombev92@gmail.com", "tombev92@gmail.com")]),
        ml("user-as-interviewer-handtyped-en", "A7F0C1D2-HW-NOTE-0326", "Interviewing paralegal cand. – CV in S drive",
           "20250326", "1400", 45, "Ask re: tribunal bundle experience", None, [], prodid=APPLE, method=None,
           tz=None),
        ml("user-as-interviewer-kit-en", "ml-kit-review-paralegal", "Interview kit review – Employment paralegal",
           "20250307", "1600", 30, "Agree questions and marking guide for next week's paralegal interviews.",
           "Teams", [org("g.lyons@marshlane-law.co.uk", "Lyons, Gareth"), w()]),
        ml("user-as-interviewer-ats-en", "ml-ats-grant-sophie-int1",
           "Interview: Sophie Grant for Paralegal – Employment (you are an interviewer)", "20250404", "1000", 45,
           "You have been scheduled as an interviewer.\nCandidate: Sophie Grant\nJob: Paralegal – Employment "
           "(Leeds)\nInterview: First interview\nScorecard: https://marshlane.recruitee.com/scorecards/88213\n\n"
           + teams("c29waGl"), "Microsoft Teams Meeting",
           [org("noreply@recruitee.com", "Marsh Lane LLP"), w(), att("g.lyons@marshlane-law.co.uk", "Gareth Lyons")],
           prodid="-//Recruitee//Recruitee//EN"),
        E("user-as-interviewer-wahlstation-de", calendar([vevent(
            "wahlstation-gespraech-mueller-0408", "Gespräch Wahlstation – Marsh Lane LLP",
            when("20250408", "1000", 30, tz="Europe/Berlin"),
            "Liebe Frau Whitfield,\n\nvielen Dank, dass Sie sich Zeit für ein Gespräch über meine Bewerbung für "
            "die Wahlstation im Referendariat bei Marsh Lane nehmen. Ich freue mich auf Ihre Fragen.\n\nViele "
            "Grüße\nLukas Müller", "Zoom",
            [org("lukas.mueller.ref@gmx.de", "Lukas Müller"), w()])], GOOGLE, tzs=[VTZ["Europe/Berlin"]]),
            "wahlstation-gespraech-mueller-0408", 0, trap="user-as-interviewer-wahlstation-de"),
        E("user-as-interviewer-secondment-fr", calendar([vevent(
            "ml-rivaud-detachement-cand-0414", "Entretien candidat – détachement Marsh Lane / Cabinet Rivaud",
            when("20250414", "1500", 45, tz="Europe/Paris"),
            "Bonjour à tous,\n\nEntretien avec la candidate Juliette Morel pour le détachement de six mois à "
            "Leeds. Jury : Hannah Whitfield (Marsh Lane) et Maître Paul Rivaud.\n\n" + teams("cml2YX", "fr"),
            "Réunion Microsoft Teams",
            [org("p.rivaud@cabinet-rivaud.fr", "Paul Rivaud"), w(),
             att("juliette.morel@orange.fr", "Juliette Morel")])],
            OUTLOOK, tzs=[VTZ["Europe/Paris"]]),
            "ml-rivaud-detachement-cand-0414", 0, trap="user-as-interviewer-secondment-fr"),
        ml("user-as-interviewer-calibration-en", "ml-assessor-calibration-0410", "Assessor calibration – vac scheme",
           "20250410", "1230", 60, "Lunch provided. We'll mark two sample interviews together.", "Boardroom",
           [org(HR, "Graduate Recruitment"), w()]),
        ml("user-as-interviewer-training-en", "ml-interviewer-training-0305",
           "Mandatory: Interviewer skills & unconscious bias training", "20250305", "1000", 120,
           "For all staff sitting on vacation scheme and paralegal interview panels this year.", "Training Room 1",
           [org("learning@marshlane-law.co.uk", "L&D"), w()]),
        ml("user-as-interviewer-phone-screen-en", "ml-phone-screen-liam-ng", "Teams: Paralegal phone screen – Liam Ng",
           "20250318", "0915", 20, "Quick screen before we invite him in.\n\n" + teams("bGlhbW"),
           "Microsoft Teams Meeting",
           [org(ME, "Whitfield, Hannah"), att("liam.ng@student.leeds.ac.uk", "Liam Ng")], prodid=EXCHANGE),
        ml("user-as-interviewer-second-interview-en", "ml-2nd-int-fenwick-c",
           "Second interview – Paralegal – candidate: Chloe Fenwick", "20250409", "1400", 60,
           "Panel: Gareth Lyons, Hannah Whitfield. Written task 30 mins beforehand (Chloe will be in Roundhay).",
           "Meeting room Roundhay",
           [org(HR, "Graduate Recruitment"), att("g.lyons@marshlane-law.co.uk", "Lyons, Gareth"), w()]),
        ml("user-as-interviewer-hiring-decision-en", "ml-hiring-decision-paralegal-0411",
           "Paralegal hire – decision meeting", "20250411", "1630", 30,
           "Compare Fenwick / Grant / Beverley and agree offer.", "Gareth's office",
           [org("g.lyons@marshlane-law.co.uk", "Lyons, Gareth"), w()]),
        E("user-as-interviewer-candidate-es", calendar([vevent(
            "ml-entrevista-lucia-moreno", "Entrevista con candidata – Paralegal (español nativo) – Lucía Moreno",
            when("20250415", "1130", 45),
            "Hola Lucía:\n\nTe confirmo la entrevista para el puesto de paralegal con español nativo en Marsh Lane "
            "LLP. Te entrevistaremos Gareth Lyons y yo.\n\nUn saludo,\nHannah Whitfield", "Marsh Lane LLP, Leeds",
            [org(ME, "Hannah Whitfield"), att("lucia.moreno.law@gmail.com", "Lucía Moreno")])], THUNDERBIRD,
            tzs=LON), "ml-entrevista-lucia-moreno", 0, trap="user-as-interviewer-candidate-es"),
        ml("user-as-interviewer-lawfair-en", "ml-lawfair-stand-1023", "Leeds Uni Law Fair – Marsh Lane stand (HW 12–2)",
           "20250313", "1200", 120, "Speak to students about the vacation scheme; collect CVs.",
           "Parkinson Court, University of Leeds", [org(HR, "Graduate Recruitment"), w()]),
    ]
    return out
