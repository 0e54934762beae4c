"""holdout23: the user interviewing others at St Margaret's Hospital (never her own interview)."""

from __future__ import annotations

from holdout23ev_ics import ME, WORK, Item, att, ev, lab, mk, ms_extra, org, teams, zoom

G = "GMT Standard Time"
T = "user_as_interviewer"
H = "stmargarets-nhs.org.uk"


def items() -> list[Item]:
    """Given nothing returns the files where Amara is on the interviewing side."""
    out: list[Item] = []
    u = "trac-pnl-445821-okafor"
    out.append(mk("trac-panel-band6", "en", "trac", [ev(
        u, "Interview Panel: Band 6 Physiotherapist - MSK Outpatients (Ref 301-TR-445821)", "20261112T090000",
        "20261112T163000", tz="Europe/London", loc="Therapies Seminar Room 2, St Margaret's Hospital",
        desc="You have been added as a panel member for the interviews below.\nVacancy: Band 6 "
             "Physiotherapist - MSK Outpatients\nCandidates: 6 (timetable attached in Trac)\nChair: Rebecca "
             "Lowe, Therapy Services Manager\nPlease complete the scoring sheets in Trac by 17:00.",
        organizer=org("noreply@trac.jobs", "Trac Recruitment - St Margaret's"),
        attendees=(att(WORK, "Amara Okafor"), att(f"rebecca.lowe@{H}", "Rebecca Lowe")))],
        (lab(u, False, trap=T),), tzids=("Europe/London",)))

    u = "040000008200E00074C5B710-okafor-stud-int"
    out.append(mk("student-placement-interviews", "en", "outlook", [ev(
        u, "Student placement interviews (Y2 physio students) - Amara + Kwame", "20261113T130000",
        "20261113T160000", tz=G, loc="Gym 1, Therapies", organizer=org(WORK, "Okafor Amara"),
        desc="Short interviews with the four 2nd-year students applying for the neuro placement. I'll ask about "
             "their previous placement, Kwame does the scenario question.",
        attendees=(att(f"kwame.asante@{H}", "Asante Kwame"),), extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))

    u = "AAMk-practical-assess-b5"
    out.append(mk("practical-assessment-applicants", "en", "exchange", [ev(
        u, "Practical assessment - Band 5 rotational applicants (assessor: A. Okafor)", "20261117T090000",
        "20261117T123000", tz=G, loc="Outpatient Gym, Level 1",
        desc="Applicants rotate through three stations. You are assessing station 2 (gait re-education with a "
             "simulated patient). Marking grids in the folder by the door.",
        organizer=org(f"therapy.recruitment@{H}", "Therapy Recruitment"),
        attendees=(att(WORK, "Okafor, Amara"), att(f"james.hollis@{H}", "Hollis, James"),
                   att(f"outpatient.gym@{H}", "Outpatient Gym L1", cutype="ROOM", role="NON-PARTICIPANT")),
        extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))

    u = "nhsjobs-intv-9910223"
    out.append(mk("nhsjobs-interviewer", "en", "nhsjobs", [ev(
        u, "NHS Jobs: Interview - Rotational Physiotherapist Band 5 - candidate Jordan Pike", "20261118T100000Z",
        "20261118T104500Z", loc="Teams",
        desc="Interview arranged. Employer: St Margaret's Hospital NHS Foundation Trust\nPanel: Amara Okafor "
             "(Senior Physiotherapist), Rebecca Lowe\nCandidate: Jordan Pike\nThis is an automated message "
             "from NHS Jobs.",
        organizer=org(f"therapy.recruitment@{H}", "Therapy Recruitment"),
        attendees=(att(WORK, "Amara Okafor"), att(f"rebecca.lowe@{H}", "Rebecca Lowe"),
                   att("jordan.pike94@gmail.com", "Jordan Pike")))],
        (lab(u, False, trap=T),)))

    u = "priv-copy-20261119-interviewing"
    out.append(mk("private-copy-interviewing", "en", "ios", [ev(
        u, "Interviewing band 6 candidates at work (panel) - not me!", "20261119T090000", "20261119T170000",
        desc="copied from work calendar so I don't book the dentist. I'm on the panel with Rebecca.")],
        (lab(u, False, trap=T),), method=None))

    u = "calendly-host-okafor-obs"
    out.append(mk("calendly-host", "en", "calendly", [ev(
        u, "Observation day chat: Amara Okafor and Priya Nair", "20261120T123000Z", "20261120T130000Z",
        loc="Phone", desc="Event Name: Prospective applicant - 30 min chat\nInvitee: Priya Nair "
                          "(priya.nair.physio@gmail.com)\nQuestions: I'm applying for the band 5 rotation and "
                          "would love to ask about the interview process.\nHost: Amara Okafor",
        organizer=org(WORK, "Amara Okafor"),
        attendees=(att(WORK, "Amara Okafor", stat="ACCEPTED"), att("priya.nair.physio@gmail.com", "Priya Nair")))],
        (lab(u, False, trap=T),)))

    u = "teams-debrief-b6-20261119"
    out.append(mk("debrief-panel", "en", "outlook", [ev(
        u, "Band 6 MSK - interview debrief & scoring moderation", "20261119T163000", "20261119T171500", tz=G,
        desc="Quick wash-up after today's interviews to agree scores and who we offer." + teams("en"),
        organizer=org(f"rebecca.lowe@{H}", "Lowe Rebecca"),
        attendees=(att(WORK, "Okafor Amara"), att(f"kwame.asante@{H}", "Asante Kwame")), extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))

    u = "shortlisting-b6-msk"
    out.append(mk("shortlisting", "en", "exchange", [ev(
        u, "Shortlisting - Band 6 MSK applications", "20261110T140000", "20261110T153000", tz=G,
        loc="Therapies office",
        desc="Please score your 12 applications in Trac before we meet. Interviews will be on the 19th.",
        organizer=org(f"rebecca.lowe@{H}", "Lowe Rebecca"), attendees=(att(WORK, "Okafor Amara"),),
        extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))

    u = "cand-gmail-invite-okafor-01"
    out.append(mk("user-invites-candidate-gmail", "en", "outlook", [ev(
        u, "Interview - Band 5 Physiotherapist (St Margaret's) - Ellie Hughes", "20261124T101500",
        "20261124T110000", tz=G, loc="Therapies Seminar Room 1",
        desc="Dear Ellie,\n\nThank you for attending on Tuesday. Please report to Therapies reception; I'll collect "
             "you. The panel will be myself and Kwame Asante.\n\nAmara Okafor\nSenior Physiotherapist, St "
             "Margaret's Hospital",
        organizer=org(WORK, "Okafor Amara"),
        attendees=(att("ellie.hughes.physio@gmail.com", "Ellie Hughes"), att(f"kwame.asante@{H}", "Asante Kwame")),
        extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))

    u = "agency-locum-cand-okafor"
    out.append(mk("agency-sends-candidate", "en", "outlook", [ev(
        u, "Candidate interview: locum Band 6 (Sam Reid) for St Margaret's", "20261125T140000", "20261125T143000",
        tz=G, loc="Phone",
        desc="Hi Amara, as requested here's Sam Reid, our locum MSK physio, for a 30-min call with you ahead of "
             "the 3-month cover. CV attached.\nThanks, Dean - ProLocum Healthcare",
        organizer=org("dean@prolocum.co.uk", "Dean Fletcher"),
        attendees=(att(WORK, "Okafor Amara"), att("sam.reid.locum@outlook.com", "Sam Reid")), extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))

    u = "interviewer-training-nhs-2026"
    out.append(mk("recruitment-training", "en", "exchange", [ev(
        u, "Recruitment & Selection training for interview panel members (mandatory)", "20261126T093000",
        "20261126T123000", tz=G, loc="Education Centre, Lecture Theatre",
        desc="For staff who sit on interview panels: fair questioning, values-based recruitment, scoring.",
        organizer=org(f"learning@{H}", "Learning & Development"), attendees=(att(WORK, "Okafor Amara"),),
        extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))

    u = "weekly-rotation-slot-okafor"
    series = ev(u, "Rotating student interviews (weekly slot)", "20261202T150000", "20261202T153000", tz=G,
                rrule="FREQ=WEEKLY;COUNT=4", loc="Therapies office",
                desc="Holding slot for interviewing incoming rotating students about their learning objectives.",
                organizer=org(WORK, "Okafor Amara"))
    ovr = ev(u, "Rotating student interviews (weekly slot)", "20261209T160000", "20261209T163000", tz=G,
             recurid="20261209T150000", seq=1, loc="Gym 2", desc="Moved - ward round overran.",
             organizer=org(WORK, "Okafor Amara"))
    out.append(mk("weekly-student-slot-override", "en", "outlook", [series, ovr],
                  (lab(u, False, trap=T),), method=None, tzids=(G,)))

    u = "scoring-block-b6-okafor"
    out.append(mk("scoresheet-block", "en", "ios", [ev(
        u, "write up interview scores for Trac (band 6 candidates)", "20261119T180000", "20261119T183000")],
        (lab(u, False, trap=T),), method=None))

    u = "cancelled-cand-interview-b5"
    out.append(mk("cancelled-candidate", "en", "outlook", [ev(
        u, "Cancelled: Interview - Tom Baker (Band 5 applicant)", "20261127T110000", "20261127T114500", tz=G,
        status="CANCELLED", seq=1, desc="Candidate has withdrawn his application.",
        organizer=org(WORK, "Okafor Amara"),
        attendees=(att("tombaker.physio@yahoo.co.uk", "Tom Baker"), att(f"kwame.asante@{H}", "Asante Kwame")),
        extra=ms_extra())],
        (lab(u, False, trap=T),), method="CANCEL", tzids=(G,)))

    u = "es-candidata-fisio-okafor"
    out.append(mk("es-entrevista-candidata", "es", "outlook", [ev(
        u, "Entrevista: candidata Laura Martín – Fisioterapeuta Band 5 (St Margaret's)", "20261130T110000",
        "20261130T114500", tz=G, loc="Microsoft Teams",
        desc="Hola Laura,\nte escribo desde el servicio de fisioterapia del St Margaret's Hospital. La entrevista "
             "para el puesto Band 5 será con Rebecca Lowe y conmigo. Puedes contestar en inglés o en español si "
             "lo prefieres para las preguntas informales.\nUn saludo,\nAmara Okafor" + teams("es"),
        organizer=org(WORK, "Okafor Amara"),
        attendees=(att("laura.martin.fisio@gmail.com", "Laura Martín"), att(f"rebecca.lowe@{H}", "Lowe Rebecca")),
        extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))

    u = "de-bewerberin-okafor-zoom"
    out.append(mk("de-bewerbergespraech-als-interviewerin", "de", "zoom", [ev(
        u, "Bewerbungsgespräch mit Frau Hannah Keller (Bewerberin Band 6) – Panel St Margaret's",
        "20261201T130000Z", "20261201T134500Z", loc="Zoom",
        desc="Gastgeberin: Amara Okafor (St Margaret's Hospital)\nBewerberin: Hannah Keller, Physiotherapeutin "
             "aus Köln, bewirbt sich bei uns auf die Band-6-Stelle.\nPanel: Amara Okafor, Rebecca Lowe"
             + zoom("912 3341 0076", "de"),
        organizer=org(WORK, "Amara Okafor"),
        attendees=(att("hannah.keller@web.de", "Hannah Keller"), att(f"rebecca.lowe@{H}", "Rebecca Lowe")))],
        (lab(u, False, trap=T),)))

    u = "fr-candidat-okafor-stage"
    out.append(mk("fr-entretien-stagiaire", "fr", "outlook", [ev(
        u, "Entretien stagiaire Erasmus – Théo Lambert (kiné, 3e année) – avec Amara", "20261203T100000",
        "20261203T103000", tz=G, loc="Teams",
        desc="Bonjour Théo, voici l'entretien pour le stage Erasmus dans notre service de rééducation au St "
             "Margaret's Hospital. Je vous poserai quelques questions sur votre projet.\nAmara Okafor, "
             "kinésithérapeute senior" + teams("fr"),
        organizer=org(WORK, "Okafor Amara"), attendees=(att("theo.lambert@etu.univ-lyon1.fr", "Théo Lambert"),),
        extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))

    u = "trac-notify-panel-b7"
    out.append(mk("trac-panel-b7-lead", "en", "trac", [ev(
        u, "You are on the interview panel: Band 7 Team Lead Neuro Physiotherapy", "20261208T090000Z",
        "20261208T150000Z", loc="Boardroom, Admin Block",
        desc="Panel members: Rebecca Lowe (chair), Amara Okafor, HR representative.\nInterview schedule and "
             "candidate packs are available to panel members in Trac.",
        organizer=org("noreply@trac.jobs", "Trac Recruitment - St Margaret's"),
        attendees=(att(WORK, "Amara Okafor"), att(f"hr.business.partner@{H}", "HR Business Partner"),
                   att(f"boardroom@{H}", "Boardroom", cutype="ROOM", role="NON-PARTICIPANT")))],
        (lab(u, False, trap=T),)))

    u = "hand-work-int-ref-19"
    out.append(mk("first-person-interviewing", "en", "hand", [ev(
        u, "Me interviewing the 2 band 5s (Ward 7 rotation)", "20261210T140000", "20261210T153000",
        desc="Questions on shared drive. Ask about falls risk scenario.")],
        (lab(u, False, trap=T),), method=None))

    u = "es-panel-okafor-seleccion"
    out.append(mk("es-panel-seleccion", "es", "outlook", [ev(
        u, "Panel de selección – fisioterapeutas internacionales (programa de reclutamiento NHS)",
        "20261211T090000", "20261211T123000", tz=G, loc="Teams",
        desc="Entrevistas a candidatos de España para el programa de reclutamiento internacional del hospital. "
             "Evaluadora: Amara Okafor. Coordinación: equipo de RR. HH. internacional." + teams("es"),
        organizer=org(f"international.recruitment@{H}", "International Recruitment"),
        attendees=(att(WORK, "Okafor Amara"),), extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))
    u = "fwd-private-panel-okafor-b4"
    out.append(mk("fwd-panel-to-private", "en", "outlook", [ev(
        u, "FW: Interviews for Therapy Assistant (Band 3) - you + me on panel", "20261214T093000",
        "20261214T130000", tz=G, loc="Therapies Seminar Room 2",
        desc="Amara - forwarding to your personal email as you said your work Outlook is playing up. We're "
             "interviewing the five therapy assistant applicants; you lead the practical question.\nRebecca",
        organizer=org(f"rebecca.lowe@{H}", "Lowe Rebecca"),
        attendees=(att(ME, "amara.okafor@outlook.com"), att(WORK, "Okafor Amara")), extra=ms_extra())],
        (lab(u, False, trap=T),), tzids=(G,)))
    return out
