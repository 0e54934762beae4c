"""holdout110: negatives with Aoife Brennan on the hiring side at Ferrylane Software."""

from __future__ import annotations

from holdout110ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    WORK,
    att,
    calendar,
    ev,
    item,
    meet,
    org,
    teams,
    uid_at,
    uid_google,
    uid_guid,
    uid_outlook,
    zoom,
)

ME = "Brennan, Aoife"
FL = "ferrylane-software.ie"


def _n(kind: str, text: str, uid: str, trap: str) -> dict[str, str]:
    return item(kind, text, uid, False, trap=trap)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    # 1 Greenhouse interview for a candidate on gmail, user organises and interviews
    u = uid_google("fl-conor-walsh")
    d = ("Interview Kit: https://app.greenhouse.io/guides/8812003/people/55120931?application_id=77120934\n"
         "Scorecard due within 24h of the interview.\n\nCandidate: Conor Walsh\nJob: Senior Backend Engineer\n"
         "Interview: Recruiter Screen\nInterviewer: Aoife Brennan\n\n" + meet("fls-cwal-rsc"))
    e = ev(u, "20250908T100000", "20250911T140000", "20250911T143000",
           "Interview: Conor Walsh for Senior Backend Engineer (Recruiter Screen)", tz="Europe/Dublin", desc=d,
           organizer=org(WORK, "Aoife Brennan"),
           attendees=(att(WORK, "Aoife Brennan", partstat="ACCEPTED", google=True),
                      att("conor.walsh.dev@gmail.com", "Conor Walsh", google=True)))
    out.append(_n("greenhouse-kit", calendar(GOOGLE, [e], ("Europe/Dublin",)), u,
                  "user-as-interviewer-greenhouse-kit-en"))

    # 2 hand-typed phone screen she runs
    u = uid_guid("fl-priya-screen")
    e = ev(u, "20250912T081500", "20250915T113000", "20250915T120000", "Phone screen – Priya Nair (Product Designer)",
           tz="Europe/Dublin", desc="Call her on 086 123 4477. CV in Greenhouse. Salary exp? notice period?",
           order="apple", status="")
    out.append(_n("typed-phone-screen", calendar(APPLE, [e], ("Europe/Dublin",), method=None), u,
                  "user-as-interviewer-phone-screen-typed-en"))

    # 3 debrief
    u = uid_outlook("fl-debrief-tomas")
    d = ("Debrief for Tomás Ruiz (Staff Engineer, Platform). Please submit scorecards before we meet.\n\n" +
         teams("ZGViNzQ1OGEt"))
    e = ev(u, "20250917T090000", "20250919T160000", "20250919T163000", "Debrief: Tomás Ruiz – Staff Engineer",
           tz="GMT Standard Time", desc=d, loc="Microsoft Teams Meeting", organizer=org(WORK, ME),
           attendees=(att(f"gary.oneill@{FL}", "O'Neill, Gary"), att(f"sinead.hayes@{FL}", "Hayes, Sinéad"),
                      att(f"wei.zhang@{FL}", "Zhang, Wei")), order="outlook")
    out.append(_n("debrief", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, "user-as-interviewer-debrief-en"))

    # 4 intake meeting
    u = uid_outlook("fl-intake-4312")
    d = ("Intake for req #4312 Senior Data Engineer. Agenda: must-haves vs nice-to-haves, interview loop & "
         "panel, comp band, sourcing channels, timeline.\n\n" + teams("NzY1YmFkMjIt"))
    e = ev(u, "20250903T140000", "20250905T100000", "20250905T104500",
           "Intake: Senior Data Engineer (req #4312)", tz="GMT Standard Time", desc=d, loc="Microsoft Teams Meeting",
           organizer=org(WORK, ME), attendees=(att(f"karen.lyons@{FL}", "Lyons, Karen"),), order="outlook")
    out.append(_n("intake", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, "user-as-interviewer-intake-en"))

    # 5 GoodTime loop invite to interviewers, user on the panel
    u = uid_at("fl-lena-loop", "goodtime.io", 26)
    d = ("You are interviewing Lena Hoffmann for Engineering Manager, Payments.\nFocus area: Hiring & team "
         "building (Aoife Brennan)\nCandidate resume and interview guide: https://app.goodtime.io/i/8xq2\n"
         "Please submit feedback in Greenhouse within 24 hours.\n\n" + zoom("92200113355", host="Ferrylane"))
    e = ev(u, "20250924T110000", "20251001T133000", "20251001T141500",
           "[Interview] Lena Hoffmann – Engineering Manager, Payments – Hiring & team building", utc=True, desc=d,
           organizer=org(f"recruiting-coordination@{FL}", "Ferrylane Recruiting Coordination"),
           attendees=(att(WORK, "Aoife Brennan"), att(f"dara.ohare@{FL}", "Dara O'Hare")))
    out.append(_n("goodtime-panel", calendar("-//GoodTime.io//GoodTime Scheduler//EN", [e]), u,
                  "user-as-interviewer-goodtime-panel-en"))

    # 6 shadowing
    u = uid_google("fl-shadow")
    e = ev(u, "20250910T161600", "20250918T150000", "20250918T160000",
           "Shadow: exec interview (VP Eng candidate) – Aoife shadowing Mark", tz="Europe/Dublin",
           desc="Reverse-shadow next time. Candidate: Helena Brooks.", organizer=org(f"mark.collins@{FL}",
                                                                                    "Mark Collins"),
           attendees=(att(f"mark.collins@{FL}", "Mark Collins", partstat="ACCEPTED", google=True),
                      att(WORK, "Aoife Brennan", google=True)))
    out.append(_n("shadowing", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, "user-as-interviewer-shadowing-en"))

    # 7 Calendly with the user as host
    u = uid_at("fl-calendly-host", "calendly.com", 36)
    d = ("Event Name: 20 min Recruiter Call - Ferrylane Software\n\nInvitee: Daniel Reyes\nInvitee Email: "
         "danreyes.codes@outlook.com\n\nQuestions:\nWhich role are you interested in?\nFull-stack Engineer "
         "(Dublin)\n\nPowered by Calendly.com")
    e = ev(u, "20251001T090000", "20251003T091500", "20251003T093500", "Daniel Reyes and Aoife Brennan",
           utc=True, desc=d, loc="https://meet.google.com/fls-drey-rcl", organizer=org(WORK, "Aoife Brennan"),
           attendees=(att("danreyes.codes@outlook.com", "Daniel Reyes", partstat="ACCEPTED"),))
    out.append(_n("calendly-host", calendar("-//Calendly//Calendly//EN", [e]), u,
                  "user-as-interviewer-calendly-host-en"))

    # 8 agency sends its candidate to the user
    u = uid_outlook("fl-agency-farah")
    d = ("Hi Aoife,\n\nConfirming Farah Khan for the DevOps Engineer role at Ferrylane - 1st interview with you "
         "and Gary. CV attached to my email. Farah's mobile: 085 310 2244.\n\nKind regards,\nJason Lee | "
         "Brightpath Tech Recruitment")
    e = ev(u, "20251006T120000", "20251009T110000", "20251009T120000",
           "Candidate interview: Farah Khan (via Brightpath) – DevOps Engineer", tz="GMT Standard Time", desc=d,
           loc="Ferrylane Software, Meeting Room 2, 14 Mount Street Upper, Dublin 2",
           organizer=org("jason.lee@brightpathrecruitment.ie", "Lee, Jason"),
           attendees=(att(WORK, ME), att(f"gary.oneill@{FL}", "O'Neill, Gary"),
                      att("farah.khan88@gmail.com", "Farah Khan")), order="outlook")
    out.append(_n("agency-candidate", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u,
                  "user-as-interviewer-agency-candidate-en"))

    # 9 Ashby interview where she is one of the interviewers
    u = uid_at("fl-jakub", "ashbyhq.com", 32)
    d = ("Jakub Nowak - Frontend Engineer\nInterview: Culture & motivation (Aoife Brennan)\nInterview plan and "
         "feedback form: https://app.ashbyhq.com/candidates/4a1c/feedback\n\n" + meet("fls-jnow-cmt"))
    e = ev(u, "20250929T143000", "20251002T100000", "20251002T104500",
           "Interview with Jakub Nowak – Frontend Engineer", utc=True, desc=d,
           organizer=org(f"talent@{FL}", "Ferrylane Talent"),
           attendees=(att(WORK, "Aoife Brennan"), att("jakub.nowak.fe@gmail.com", "Jakub Nowak")))
    out.append(_n("ashby-panel", calendar("-//Ashby//Ashby Scheduling//EN", [e]), u,
                  "user-as-interviewer-ashby-freemail-candidate-en"))

    # 10 Lever hiring manager screen she coordinates
    u = uid_at("fl-emma-doyle", "lever.co", 24)
    d = ("Hiring manager screen\nCandidate: Emma Doyle (emma.doyle.cs@yahoo.ie)\nPosting: Customer Success "
         "Manager\nInterviewer: Ruth Kavanagh\nCoordinator: Aoife Brennan")
    e = ev(u, "20250915T101500", "20250918T113000", "20250918T120000",
           "Hiring manager screen: Emma Doyle — Customer Success Manager", tz="Europe/Dublin", desc=d,
           organizer=org(WORK, "Aoife Brennan"),
           attendees=(att(f"ruth.kavanagh@{FL}", "Ruth Kavanagh"), att("emma.doyle.cs@yahoo.ie", "Emma Doyle")))
    out.append(_n("lever-coordinator", calendar("-//Lever//Lever Interview Scheduling//EN", [e], ("Europe/Dublin",)),
                  u, "user-as-interviewer-lever-coordinator-en"))

    # 11 German candidate interview for the Berlin team
    u = uid_outlook("fl-jonas-becker")
    d = ("Hallo Jonas,\n\nwie besprochen das Vorstellungsgespräch für die Position Senior Software Engineer "
         "(Berlin). Dabei sind Aoife Brennan (Talent Acquisition) und Stefan Kraus (Engineering Lead).\n\n" +
         teams("MTM3OGZhYTMt", "de"))
    e = ev(u, "20250922T080000", "20250925T100000", "20250925T110000",
           "Vorstellungsgespräch: Jonas Becker – Senior Software Engineer (Berlin)", tz="W. Europe Standard Time",
           desc=d, loc="Microsoft Teams-Besprechung", organizer=org(WORK, ME),
           attendees=(att("jonas.becker@web.de", "Jonas Becker"), att(f"stefan.kraus@{FL}", "Kraus, Stefan")),
           order="outlook")
    out.append(_n("candidate-interview-de", calendar(OUTLOOK, [e], ("W. Europe Standard Time",)), u,
                  "user-as-interviewer-candidate-de"))

    # 12 French candidate interview
    u = uid_outlook("fl-camille")
    d = ("Bonjour Camille,\n\nJe vous confirme notre entretien pour le poste d'Account Executive France. Nous "
         "serons deux : Aoife Brennan (recrutement) et Thomas Girard (Sales Director).\n\n" +
         teams("NWRkMTgyNzMt", "fr"))
    e = ev(u, "20251002T133000", "20251007T140000", "20251007T150000",
           "Entretien candidat : Camille Laurent – Account Executive France", tz="Romance Standard Time", desc=d,
           loc="Réunion Microsoft Teams", organizer=org(WORK, ME),
           attendees=(att("camille.laurent.pro@gmail.com", "Camille Laurent"),
                      att(f"thomas.girard@{FL}", "Girard, Thomas")), order="outlook")
    out.append(_n("candidate-interview-fr", calendar(OUTLOOK, [e], ("Romance Standard Time",)), u,
                  "user-as-interviewer-candidate-fr"))

    # 13 scorecard block
    u = uid_google("fl-scorecards")
    e = ev(u, "20250911T170000", "20250912T080000", "20250912T084500", "Write scorecards – Conor W. / Priya N.",
           tz="Europe/Dublin", desc="Greenhouse: 2 overdue. Then move Conor to onsite if yes.",
           organizer=org(WORK, "Aoife Brennan"), transp="OPAQUE")
    out.append(_n("scorecards", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, "user-as-interviewer-scorecards-en"))

    # 14 hiring committee
    u = uid_outlook("fl-hc")
    d = "Hiring committee - Engineering Manager, Payments: Lena Hoffmann & Oisín Kelly. Packets in Greenhouse."
    e = ev(u, "20251002T090000", "20251003T150000", "20251003T160000", "Hiring committee: EM Payments offers",
           tz="GMT Standard Time", desc=d, loc="Boardroom, 3rd floor", organizer=org(f"dara.ohare@{FL}",
                                                                                    "O'Hare, Dara"),
           attendees=(att(WORK, ME), att(f"mark.collins@{FL}", "Collins, Mark"),
                      att(f"ferrylane-boardroom@{FL}", "FL Boardroom (12)", cutype="ROOM", rsvp=False)),
           order="outlook")
    out.append(_n("hiring-committee", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u,
                  "user-as-interviewer-hiring-committee-en"))

    # 15 careers fair, staffing the stand
    u = uid_google("fl-careers-fair")
    e = ev(u, "20250905T120000", "20251015", "20251016", "TU Dublin Careers Fair – Ferrylane stand (Aoife + Wei)",
           allday=True, desc="Stand 42. Bring roll-up banner, QR codes for grad roles, swag box. Chat to final-"
           "year CS students, collect CVs.", loc="TU Dublin Grangegorman", organizer=org(WORK, "Aoife Brennan"),
           attendees=(att(f"wei.zhang@{FL}", "Wei Zhang", google=True),), transp="TRANSPARENT")
    out.append(_n("careers-fair-stand", calendar(GOOGLE, [e]), u, "user-as-interviewer-careers-fair-en"))

    # 16 agency call about the shortlist
    u = uid_outlook("fl-brightpath-call")
    e = ev(u, "20250929T090000", "20250930T150000", "20250930T153000", "Call w/ Brightpath re: DevOps shortlist",
           tz="GMT Standard Time", desc="3 profiles received. Feedback on fees (18% vs 15%).",
           organizer=org(WORK, ME), attendees=(att("jason.lee@brightpathrecruitment.ie", "Lee, Jason"),),
           order="outlook")
    out.append(_n("agency-call", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u,
                  "user-as-interviewer-agency-call-en"))

    # 17 offer call to a candidate
    u = uid_google("fl-offer-sinead")
    e = ev(u, "20251013T120000", "20251014T170000", "20251014T171500", "Offer call – Sinéad Kelly (QA Lead)",
           tz="Europe/Dublin", desc="Verbal offer: base + 10% bonus, start 1 Dec. Hiring manager approved.",
           organizer=org(WORK, "Aoife Brennan"), attendees=(att("sineadkelly.qa@gmail.com", "Sinéad Kelly",
                                                                google=True),))
    out.append(_n("offer-call-candidate", calendar(GOOGLE, [e], ("Europe/Dublin",)), u,
                  "user-as-interviewer-offer-call-en"))

    # 18 interviewer training she runs
    u = uid_outlook("fl-training")
    d = ("Structured interviewing for new interviewers: competencies, writing evidence-based scorecards, "
         "avoiding bias, the candidate experience. Mandatory before joining any loop.\n\n" + teams("ODhhYzEyMzQt"))
    e = ev(u, "20250901T100000", "20250910T140000", "20250910T153000",
           "Interviewer training: structured interviewing (Q3 cohort)", tz="GMT Standard Time", desc=d,
           loc="Microsoft Teams Meeting", organizer=org(WORK, ME),
           attendees=(att(f"eng-new-interviewers@{FL}", "Eng - new interviewers", cutype="GROUP"),),
           order="outlook")
    out.append(_n("interviewer-training", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u,
                  "user-as-interviewer-training-en"))

    # 19 panel for a candidate on hotmail, Outlook
    u = uid_outlook("fl-rahul-panel")
    d = ("Hi Rahul,\n\nHere are the details for your panel interview for Senior SRE at Ferrylane Software. You'll "
         "meet Aoife Brennan (Talent), Wei Zhang (SRE Lead) and Gary O'Neill (Head of Infrastructure).\n\n" +
         teams("MmFkYjU2Nzgt"))
    e = ev(u, "20251007T100000", "20251013T140000", "20251013T153000",
           "Interview – Rahul Mehta – Senior SRE – Panel", tz="GMT Standard Time", desc=d,
           loc="Microsoft Teams Meeting", organizer=org(WORK, ME),
           attendees=(att("rahul.mehta.sre@hotmail.com", "Rahul Mehta"), att(f"wei.zhang@{FL}", "Zhang, Wei"),
                      att(f"gary.oneill@{FL}", "O'Neill, Gary")), order="outlook")
    out.append(_n("panel-organiser", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u,
                  "user-as-interviewer-panel-freemail-candidate-en"))

    # 20 reference check she performs on a candidate
    u = uid_guid("fl-refcheck")
    e = ev(u, "20251008T090000", "20251010T120000", "20251010T122000",
           "Reference call: Dara Quinn re Sinéad Kelly (QA Lead)", tz="Europe/Dublin",
           desc="Dara was Sinéad's manager at Lumenpath. Use the reference template in Drive. 087 442 1180",
           order="apple", status="")
    out.append(_n("reference-check", calendar(APPLE, [e], ("Europe/Dublin",), method=None), u,
                  "user-as-interviewer-reference-check-en"))

    # 21 final with the CTO, user coordinates
    u = uid_google("fl-ana-final")
    d = ("Final interview for Ana Sousa (Principal Engineer) with our CTO, Mark Collins. I'll meet you at "
         "reception and walk you up.\n\nAoife Brennan | Talent Acquisition Partner | Ferrylane Software")
    e = ev(u, "20251014T100000", "20251017T150000", "20251017T160000", "Final interview: Ana Sousa <> Ferrylane CTO",
           tz="Europe/Dublin", desc=d, loc="Ferrylane Software, 14 Mount Street Upper, Dublin 2",
           organizer=org(WORK, "Aoife Brennan"),
           attendees=(att("ana.sousa.eng@gmail.com", "Ana Sousa", google=True),
                      att(f"mark.collins@{FL}", "Mark Collins", google=True)))
    out.append(_n("final-for-candidate", calendar(GOOGLE, [e], ("Europe/Dublin",)), u,
                  "user-as-interviewer-final-coordinator-en"))
    return out
