"""holdout118 negatives: the user on the hiring side at Northpeak Analytics (her current employer)."""

from __future__ import annotations

from holdout118ev_ics import (
    APPLE,
    ME_WORK,
    OUTLOOK,
    TZ_TORONTO,
    TZ_WIN_EASTERN,
    Ev,
    att,
    cal,
    day,
    floating,
    meet,
    org,
    room,
    teams,
    tor,
    utc,
    ve,
    win,
    zoom,
)

NP = "northpeak-analytics.ca"


def _neg(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []
    me = att("Grace Mensah", ME_WORK, ps="ACCEPTED")
    ta = org("Northpeak Recruiting", f"recruiting@{NP}")

    uid = "gh-kit-1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6@greenhouse.io"
    desc = (
        "You're interviewing Mateo Ruiz for Customer Success Manager (Mid-Market).\n\nInterview: Customer "
        "Scenarios (45 min)\nInterview kit: https://app.greenhouse.io/guides/88213/people/402231?application_id=55120\n"
        "Resume: https://app.greenhouse.io/people/402231/resume\n\nPlease submit your scorecard within 24 hours.\n\n"
        + zoom("https://northpeak.zoom.us/j/86612093381", "866 1209 3381", "np2025")
    )
    out.append(_neg("greenhouse-kit", cal(ve(
        uid, "Interview: Mateo Ruiz for Customer Success Manager (Mid-Market) - Customer Scenarios",
        tor("20251015T140000"), tor("20251015T144500"), desc=desc, loc="Zoom", orgz=ta,
        atts=[me, att("Mateo Ruiz", "mateo.ruiz88@gmail.com")],
    ), tz=(TZ_TORONTO,)), uid, "user-as-interviewer-greenhouse-kit-en"))

    uid = "gh-scorecard-reminder-77f0a2c1@greenhouse.io"
    out.append(_neg("scorecard-reminder", cal(ve(
        uid, "Scorecard due: Aisha Bello (CSM, Mid-Market)", tor("20251016T090000"), tor("20251016T091500"),
        desc="Reminder: your scorecard for Aisha Bello is overdue. Submit it here: "
        "https://app.greenhouse.io/scorecards/9981230", orgz=ta, atts=[me],
        extra=["TRANSP:TRANSPARENT"],
    ), tz=(TZ_TORONTO,)), uid, "user-as-interviewer-scorecard-en"))

    uid = "4t8w2z6c0f3i7l1o5r9u2x6a0d@google.com"
    out.append(_neg("debrief", cal(ve(
        uid, "CSM hiring debrief - Aisha Bello / Mateo Ruiz", tor("20251017T160000"), tor("20251017T163000"),
        desc="Quick debrief on both finalists. Please have scorecards in before. Decision by EOD Monday.",
        loc="Huddle room 3 / Meet", orgz=org("Marcus Bell", f"marcus.bell@{NP}"),
        atts=[att("Marcus Bell", f"marcus.bell@{NP}", ps="ACCEPTED"), me,
              att("Tanya Okoro", f"tanya.okoro@{NP}"), att("Northpeak Recruiting", f"recruiting@{NP}")],
    ), tz=(TZ_TORONTO,)), uid, "user-as-interviewer-debrief-en"))

    uid = "gh-panel-9c8b7a6f5e4d4c3b2a1f0e9d8c7b6a5f@greenhouse.io"
    desc = (
        "Panel interview for Senior Customer Success Manager\nCandidate: Liam Chen\n\nPanelists: Grace Mensah "
        "(renewals & escalations), Tanya Okoro (onboarding), Derek Hall (Sales)\n\nKit: "
        "https://app.greenhouse.io/guides/88240/people/402877\n\nRoom: TOR-Boardroom (12)"
    )
    out.append(_neg("panel-user-panelist", cal(ve(
        uid, "Panel: Liam Chen - Senior Customer Success Manager", tor("20251022T100000"), tor("20251022T110000"),
        desc=desc, loc="TOR-Boardroom (12)", orgz=ta,
        atts=[me, att("Tanya Okoro", f"tanya.okoro@{NP}"), att("Derek Hall", f"derek.hall@{NP}"),
              att("Liam Chen", "liam.chen.cs@hotmail.com"), room("TOR-Boardroom (12)", f"tor-boardroom@{NP}")],
    ), tz=(TZ_TORONTO,)), uid, "user-as-interviewer-panel-en"))

    uid = "2b6e0h4k8n1q5t9w3z7c1f5i9l@google.com"
    out.append(_neg("shadow", cal(ve(
        uid, "Shadow: Tanya's CSM phone screen (Priyanka S.)", tor("20251008T110000"), tor("20251008T113000"),
        desc="Grace shadowing as part of interviewer training - camera off, no questions. Debrief 5 min after.",
        orgz=org("Tanya Okoro", f"tanya.okoro@{NP}"),
        atts=[att("Tanya Okoro", f"tanya.okoro@{NP}", ps="ACCEPTED"), me],
    ), tz=(TZ_TORONTO,)), uid, "user-as-interviewer-shadowing-en"))

    uid = "calendly-host-0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a"
    desc = (
        "Event Name: CSM Candidate Interview (30 min)\n\nInvitee: Sofia Alvarez\nInvitee Email: "
        "sofia.alvarez.cx@gmail.com\n\nQuestions:\nLinkedIn profile: linkedin.com/in/sofiaalvarezcx\n\n"
        "Location: Google Meet\n" + meet("bce-kqrt-xyh") + "\n\nPowered by Calendly.com"
    )
    out.append(_neg("calendly-user-host", cal(ve(
        uid, "Sofia Alvarez and Grace Mensah", tor("20251021T133000"), tor("20251021T140000"), desc=desc,
        loc="Google Meet", orgz=org("Grace Mensah", ME_WORK),
        atts=[me, att("Sofia Alvarez", "sofia.alvarez.cx@gmail.com", ps="ACCEPTED")],
    ), prodid="-//Calendly//Calendly//EN", tz=(TZ_TORONTO,)), uid, "user-as-interviewer-calendly-host-en"))

    uid = "7c2a9e4f1b@hollissearch.ca"
    desc = (
        "Hi Grace,\n\nAs agreed, here's the interview with my candidate Jordan Blake for your Senior CSM "
        "opening. His resume is attached; he's available to start in four weeks.\n\nJessica Moreau\n"
        "Senior Consultant | Hollis Search Partners"
    )
    out.append(_neg("agency-sends-candidate", cal(ve(
        uid, "Candidate interview: Jordan Blake (Hollis Search) - Senior CSM, Northpeak", tor("20251030T100000"),
        tor("20251030T104500"), desc=desc, loc="Northpeak office, 20 Dundas St W",
        orgz=org("Jessica Moreau", "jmoreau@hollissearch.ca"),
        atts=[att("Grace Mensah", ME_WORK), att("Jordan Blake", "jordan.blake@yahoo.ca")],
    ), tz=(TZ_TORONTO,)), uid, "user-as-interviewer-agency-candidate-en"))

    uid = "8e1f4a7b0c3d6e9f2a5b8c1d4e7f0a3b@northpeak-analytics.ca"
    out.append(_neg("user-org-freemail-candidate", cal(ve(
        uid, "Interview - Customer Success Manager (Northpeak) / Nina Kowalski", tor("20251104T113000"),
        tor("20251104T121500"), desc="Hi Nina, looking forward to speaking with you about the CSM role on my "
        "team. Link below.\n\nGrace Mensah\nCustomer Success Manager, Northpeak Analytics\n\n" + meet("wkp-zarn-cvu"),
        loc="Google Meet", orgz=org("Grace Mensah", ME_WORK),
        atts=[me, att("Nina Kowalski", "nina.kowalski@outlook.com")],
    ), tz=(TZ_TORONTO,)), uid, "user-as-interviewer-freemail-candidate-en"))

    uid = "hand-int-cand-haddad-9b3f1e"
    out.append(_neg("hand-note-interviewing", cal(ve(
        uid, "int. CSM cand. R. Haddad - rm 4B", floating("20251105T150000"), floating("20251105T154500"),
        desc="my Qs: renewal she saved, escalation story, QBR deck sample. scorecard right after!",
    ), method=None), uid, "user-as-interviewer-hand-note-en"))

    uid = "040000008200E00074C5B7101A82E008000000004C2B1A09F8DCDB0100000000000000001000000011223344"
    desc = (
        "Bonjour Grace,\n\nMerci de te joindre au comité pour le poste de CSM bilingue (équipe Montréal). "
        "Candidate : Chloé Tremblay. Grille d'évaluation en pièce jointe; merci de remplir ta fiche dans "
        "Greenhouse après l'entrevue.\n\n" + teams("fr") + "\n\nJulie Morin, partenaire RH, Northpeak"
    )
    out.append(_neg("interviewer-fr-teams", cal(ve(
        uid, "Entrevue candidate – CSM bilingue (Montréal) : Chloé Tremblay", win("20251112T130000"),
        win("20251112T140000"), desc=desc, loc="Réunion Microsoft Teams",
        orgz=org("Morin, Julie", f"julie.morin@{NP}"),
        atts=[att("Mensah, Grace", ME_WORK), att("Leblanc, François", f"francois.leblanc@{NP}"),
              att("Chloé Tremblay", "chloe.tremblay@videotron.ca")],
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"], status=None,
    ), prodid=OUTLOOK, tz=(TZ_WIN_EASTERN,)), uid, "user-as-interviewer-committee-fr"))

    uid = "6d0g4j8m2p5s9v3y7b1e5h9k3n@google.com"
    out.append(_neg("calibration", cal(ve(
        uid, "CSM req kickoff + calibration w/ TA", tor("20251001T100000"), tor("20251001T103000"),
        desc="Align on must-haves, interview plan (screen → scenarios → panel), who owns which focus area, "
        "and comp band for the Senior CSM req.", orgz=org("Keira Dunn", f"keira.dunn@{NP}"),
        atts=[att("Keira Dunn", f"keira.dunn@{NP}", ps="ACCEPTED"), me, att("Marcus Bell", f"marcus.bell@{NP}")],
    ), tz=(TZ_TORONTO,)), uid, "user-as-interviewer-req-calibration-en"))

    uid = "lever-int-5a6b7c8d-9e0f-4a1b-2c3d-4e5f6a7b8c9d"
    desc = (
        "Interview with Omar Siddiqui\nPosting: Customer Success Manager - Toronto\nStage: Phone screen\n"
        "Interviewer: Grace Mensah\n\nView profile & feedback form: https://hire.lever.co/candidates/5a6b7c8d\n\n"
        "Candidate phone: +1 905 555 0119"
    )
    out.append(_neg("lever-interviewer-phone", cal(ve(
        uid, "Interview with Omar Siddiqui - Phone screen", utc("20251009T183000"), utc("20251009T190000"),
        desc=desc, loc="Phone: +1 905 555 0119", orgz=org("Keira Dunn", f"keira.dunn@{NP}"),
        atts=[me],
    )), uid, "user-as-interviewer-lever-phone-screen-en"))

    uid = "ashby-int-np-2e4f6a8c-0b1d-4f3e-9a5c-7e9b1d3f5a7c"
    desc = (
        "Interview: Lucas Ferreira for Customer Success Team Lead\nInterviewers: Grace Mensah, Marcus Bell\n"
        "Focus: coaching, team metrics, escalation handling\n\nFeedback form: https://app.ashbyhq.com/feedback/"
        "2e4f6a8c\n\n" + zoom("https://northpeak.zoom.us/j/87745120988", "877 4512 0988", "lead25")
    )
    out.append(_neg("ashby-team-lead-hiring", cal(ve(
        uid, "Lucas Ferreira <> Northpeak: Customer Success Team Lead interview", tor("20251118T143000"),
        tor("20251118T153000"), desc=desc, loc="Zoom", orgz=ta,
        atts=[me, att("Marcus Bell", f"marcus.bell@{NP}"), att("Lucas Ferreira", "lucas.ferreira@gmail.com")],
    ), prodid="-//Ashby//Scheduling//EN", tz=(TZ_TORONTO,)), uid, "user-as-interviewer-team-lead-role-en"))

    uid = "0a3d6g9j2m5p8s1v4y7b0e3h6k@google.com"
    out.append(_neg("case-review", cal(ve(
        uid, "Review take-home: Dev Malhotra (CSM case)", tor("20251029T090000"), tor("20251029T093000"),
        desc="Read Dev's renewal-plan deck before Thursday's panel. Rubric in the hiring folder.", orgz=org(
            "Grace Mensah", ME_WORK), extra=["TRANSP:OPAQUE"],
    ), method=None, tz=(TZ_TORONTO,)), uid, "user-as-interviewer-take-home-review-en"))

    uid = "wd-feedback-np-3319@myworkday.com"
    out.append(_neg("workday-feedback-due", cal(ve(
        uid, "Interview Feedback Due: Ethan Park - Customer Success Associate", day("20251111"), day("20251112"),
        desc="You interviewed Ethan Park on Nov 10. Please submit interview feedback in Workday.",
        orgz=org("Northpeak Workday", "northpeak@myworkday.com"), atts=[me], extra=["TRANSP:TRANSPARENT"],
    ), prodid="-//Workday//Recruiting//EN"), uid, "user-as-interviewer-feedback-due-en"))

    uid = "040000008200E00074C5B7101A82E0080000000077EE88DD99CCDB01000000000000000010000000ABCDEF01"
    desc = (
        "Hi all,\n\nThank you for volunteering for co-op interviews! Three back-to-back 20-minute interviews "
        "for the Winter 2026 Customer Success co-op. Candidates (UWaterloo / TMU):\n- 1:00 Hannah Ito\n"
        "- 1:25 Ali Rahimi\n- 1:50 Grace Park\n\nRubric attached.\n\nShanice, Campus Recruiting\n\n" + teams()
    )
    out.append(_neg("coop-interviews-teams", cal(ve(
        uid, "Co-op interviews (CS) - Winter 2026", win("20251113T130000"), win("20251113T141000"), desc=desc,
        loc="Microsoft Teams Meeting", orgz=org("Williams, Shanice", f"shanice.williams@{NP}"),
        atts=[att("Mensah, Grace", ME_WORK), att("Hannah Ito", "h2ito@uwaterloo.ca"),
              att("Ali Rahimi", "ali.rahimi@torontomu.ca"), att("Grace Park", "gpark@uwaterloo.ca")],
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"], status=None,
    ), prodid=OUTLOOK, tz=(TZ_WIN_EASTERN,)), uid, "user-as-interviewer-coop-same-first-name-en"))

    uid = "8f2i6l0o4r7u1x5a9d3g7j1m5p@google.com"
    out.append(_neg("reference-check-for-candidate", cal(ve(
        uid, "Reference call re: Liam Chen (his former manager, Dana @ Brightpath)", tor("20251027T121500"),
        tor("20251027T123000"), desc="Ask: account load, how he handled the Q3 churn, would she rehire him.",
        loc="Dana's cell 647-555-0165", orgz=org("Grace Mensah", ME_WORK), atts=[me],
    ), method=None, tz=(TZ_TORONTO,)), uid, "user-as-interviewer-reference-check-en"))

    uid = "1c5f9i3l7o0r4u8x2a6d0g4j8m@google.com"
    out.append(_neg("phone-screen-user-calls", cal(ve(
        uid, "Phone screen: Ethan Park (CS Associate) - call him", tor("20251110T160000"), tor("20251110T162000"),
        desc="416-555-0148. Resume in Workday. Focus: customer empathy, tools (Gainsight, Salesforce).",
        orgz=org("Grace Mensah", ME_WORK), atts=[me],
    ), method=None, tz=(TZ_TORONTO,)), uid, "user-as-interviewer-phone-screen-en"))

    uid = "np-es-latam-0c4e8a2f@northpeak-analytics.ca"
    desc = (
        "Hola Valeria,\n\nGracias por tu interés en Northpeak. Te confirmo la entrevista para el puesto de "
        "Customer Success Manager LATAM con Grace Mensah y Andrés Ruiz.\n\n" + meet("qmh-rwte-yxo", "es")
        + "\n\nKeira Dunn, Talent Acquisition, Northpeak Analytics"
    )
    out.append(_neg("interviewer-es-latam", cal(ve(
        uid, "Entrevista: Valeria Gómez - Customer Success Manager LATAM", tor("20251203T110000"),
        tor("20251203T115000"), desc=desc, loc="Google Meet", orgz=org("Keira Dunn", f"keira.dunn@{NP}"),
        atts=[me, att("Andrés Ruiz", f"andres.ruiz@{NP}"), att("Valeria Gómez", "valeria.gomez.cs@gmail.com")],
    ), tz=(TZ_TORONTO,)), uid, "user-as-interviewer-es"))

    uid = "B4E7A9C2-1D3F-4A6B-8C0E-2F4A6C8E0B1D"
    out.append(_neg("apple-hand-onsite-loop", cal(ve(
        uid, "Onsite loop – Sr CSM candidate (me: renewals block)", tor("20251124T133000"), tor("20251124T141500"),
        desc="Candidate: Priya Shah. I go 2nd after Tanya. Don't repeat her escalation q.", status=None, seq=0,
    ), prodid=APPLE, method=None, tz=(TZ_TORONTO,)), uid, "user-as-interviewer-loop-hand-en"))

    uid = "5e9h3k7n1q4t8w2z6c0f4i8l2o@google.com"
    out.append(_neg("interviewer-training", cal(ve(
        uid, "Interviewer training: structured interviews & bias (required for CS hiring panel)",
        tor("20251003T130000"), tor("20251003T140000"),
        desc="Required before joining the Senior CSM panel. Covers scorecards, calibrated ratings, legal dos and "
        "don'ts.", loc="Training room / Zoom", orgz=org("People Team", f"people@{NP}"), atts=[me],
    ), tz=(TZ_TORONTO,)), uid, "user-as-interviewer-training-en"))

    return out
