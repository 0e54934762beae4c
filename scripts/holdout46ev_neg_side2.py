"""holdout46 negatives: the user on the hiring side at Pennine Payments (part 2)."""

from __future__ import annotations

from holdout46ev_boiler import teams
from holdout46ev_ics import (
    WORK,
    Ev,
    att,
    cal,
    digits,
    exch,
    gatt,
    google_uid,
    neg,
    org,
    outlook_uid,
    p,
    room,
    uuid,
)

D = "pennine-payments.co.uk"
ZOE = f"z.kershaw@{D}"
RAJ = f"r.mistry@{D}"
OWEN = f"o.pritchard@{D}"
HELEN = f"h.barraclough@{D}"
LIAM = f"l.dunne@{D}"
YUSUF = f"y.khan@{D}"


def events() -> list[Ev]:
    out: list[Ev] = []

    # The user organises from her work address; the candidate is on hotmail
    uid = outlook_uid("pp-marcus")
    desc = ("Hi Marcus,\n\nThanks for your time on the phone last week. As discussed, here's the invite for the "
            "technical interview for the QA Engineer role at Pennine Payments. Raj Mistry and I will be your "
            "interviewers – expect some API testing questions and a short exercise, nothing to prepare.\n\nBest,\n"
            "Grace Okonkwo\nSenior QA Engineer | Pennine Payments\n\n" + teams("en", "pp-marcus"))
    out.append(neg("user-as-interviewer-organiser-hotmail-en", exch(
        uid, org(WORK, "Okonkwo, Grace"),
        [att("marcus.oyelowo@hotmail.co.uk", "marcus.oyelowo@hotmail.co.uk"), att(RAJ, "Mistry, Raj")],
        "Technical interview – Pennine Payments (QA Engineer)", desc, "20250402T100000", "20250402T110000",
        "20250327T082000Z", alt=True), uid))

    # Pairing exercise: the user pairs with a candidate, sent by the coordinator
    uid = outlook_uid("pp-leo")
    desc = ("Interviewers: Grace Okonkwo (pair), Yusuf Khan (observer)\nCandidate: Leo Marsh\nJob: Senior SDET "
            "(Req #121)\nInterview: Pairing exercise – Playwright kata (75 min)\n\nInterview kit: "
            f"https://app.greenhouse.io/guides/{digits('leo', 8)}/people/{digits('leop', 9)}\n\nThe candidate will "
            "join via the Teams link below; please start the repo template from the kit.\n\n" + teams("en", "pp-leo"))
    out.append(neg("user-as-interviewer-pairing-en", exch(
        uid, org(LIAM, "Dunne, Liam"), [att(WORK, "Okonkwo, Grace"), att(YUSUF, "Khan, Yusuf")],
        "Interview: Leo Marsh for Senior SDET – Pairing exercise", desc, "20250410T133000", "20250410T144500",
        "20250404T100000Z"), uid))

    # Graduate assessment centre: the user is an assessor for the day
    uid = outlook_uid("pp-grad-ac")
    desc = ("Thank you for volunteering as an assessor!\n\n08:30 Assessor briefing (Pennine Room)\n09:30 Group "
            "exercise – observe and score\n11:00–15:00 1:1 competency interviews (3 candidates each, schedule in the "
            "shared sheet)\n15:30 Wash-up and decisions\n\nAssessors: Grace Okonkwo, Owen Pritchard, Raj Mistry, "
            "Sana Iqbal\nLunch provided.\n\nEarly Careers Team")
    out.append(neg("user-as-interviewer-assessment-centre-en", exch(
        uid, org(f"early.careers@{D}", "Early Careers"),
        [att(WORK, "Okonkwo, Grace"), att(OWEN, "Pritchard, Owen"), att(RAJ, "Mistry, Raj"),
         att(f"s.iqbal@{D}", "Iqbal, Sana"), room(f"mcr-pennine-room@{D}", "MCR 2F Pennine Room (6)")],
        "Graduate Assessment Centre 2025 – Technology track (assessors)", desc, "20250507T083000",
        "20250507T163000", "20250422T090000Z", loc="Pennine Payments, 2nd floor, 1 Spinningfields, Manchester"), uid))

    # Greenhouse phone screen where the user calls the candidate
    uid = outlook_uid("pp-chloe")
    desc = ("Interviewer: Grace Okonkwo\nCandidate: Chloe Dunn\nJob: QA Analyst (Req #124)\nInterview: Phone Screen "
            "(30 min)\nCandidate phone: +44 7700 900233\n\nInterview kit: "
            f"https://app.greenhouse.io/guides/{digits('chloe', 8)}/people/{digits('chloep', 9)}\n\nPlease call the "
            "candidate at the scheduled time and submit your scorecard in Greenhouse.")
    out.append(neg("user-as-interviewer-phone-screen-en", exch(
        uid, org(ZOE, "Kershaw, Zoe"), [att(WORK, "Okonkwo, Grace")],
        "Phone Screen: Chloe Dunn – QA Analyst (Grace to call)", desc, "20250417T090000", "20250417T093000",
        "20250414T133000Z", loc="Phone – Grace to call candidate"), uid))

    # Intake meeting for a new requisition
    uid = outlook_uid("pp-intake")
    desc = ("Kick-off for the new Senior SDET requisition (REQ-0142): must-haves, interview plan, who sits on which "
            "stage, and the take-home. Grace – could you own the technical stage and the kit questions?\n\nZoe\n\n"
            + teams("en", "pp-intake"))
    out.append(neg("user-as-interviewer-intake-en", exch(
        uid, org(ZOE, "Kershaw, Zoe"), [att(OWEN, "Pritchard, Owen"), att(WORK, "Okonkwo, Grace")],
        "Intake: Senior SDET req (REQ-0142) – Owen / Zoe / Grace", desc, "20250218T110000", "20250218T114500",
        "20250213T100000Z"), uid))

    # GoodTime interviewer invite (Pennine's scheduling tool), the user is the interviewer
    uid = "gt-" + uuid("pp-marek") + "@goodtime.io"
    desc = ("You have been scheduled to interview Marek Nowak for Senior QA Engineer.\n\nInterview: Automation deep "
            "dive (60 min)\nYour focus area: framework design, test data, flaky test triage\nCo-interviewer: Raj "
            "Mistry\n\nInterview kit and resume are in Greenhouse. Please submit feedback within 24 hours.\n\n"
            + teams("en", "pp-marek") + "\n\nPowered by GoodTime")
    out.append(neg("user-as-interviewer-goodtime-en", cal(["PRODID:-//GoodTime.io//GoodTime Hire//EN",
                                                           "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250423T120000Z", "DTSTART:20250429T130000Z", "DTEND:20250429T140000Z",
        org(f"interviews@{D}", "Pennine Payments Interview Scheduling"), att(WORK, "Grace Okonkwo"),
        att(RAJ, "Raj Mistry"), p("SUMMARY", "[Interviewer] Marek Nowak – Senior QA Engineer – Automation deep dive"),
        p("DESCRIPTION", desc), p("LOCATION", "Microsoft Teams"), "STATUS:CONFIRMED", "SEQUENCE:0",
    ], method="REQUEST"), uid))

    # A candidate interview the user was to run, withdrawn (METHOD:CANCEL)
    uid = outlook_uid("pp-priyanka")
    desc = ("The candidate has withdrawn from the process, so this interview is cancelled. Thanks anyway!\n\n"
            "Interviewer: Grace Okonkwo\nCandidate: Priyanka Shah\nJob: QA Engineer (Req #118)\nInterview: Hiring "
            "Manager Round")
    out.append(neg("user-as-interviewer-cancelled-en", exch(
        uid, org(ZOE, "Kershaw, Zoe"), [att(WORK, "Okonkwo, Grace"), att(HELEN, "Barraclough, Helen")],
        "Canceled: Interview: Priyanka Shah for QA Engineer - Hiring Manager Round", desc, "20250311T150000",
        "20250311T160000", "20250310T170500Z", seq=1, method="CANCEL", status="CANCELLED"), uid))

    # Interviewer training
    uid = outlook_uid("pp-training")
    desc = ("Mandatory for everyone on a Greenhouse interview panel: structured interviewing, writing good "
            "scorecards, and avoiding bias in hiring decisions. 90 minutes, cameras on please.\n\nPeople Team\n\n"
            + teams("en", "pp-training"))
    out.append(neg("user-as-interviewer-training-en", exch(
        uid, org(f"people@{D}", "People Team"), [att(f"interviewers@{D}", "Greenhouse Interviewers"),
                                                 att(WORK, "Okonkwo, Grace")],
        "Interviewer training: structured interviews & fair hiring", desc, "20250227T140000", "20250227T153000",
        "20250212T100000Z"), uid))

    # Rubric calibration, Google Calendar (the eng org's shared calendar)
    uid = google_uid("pp-calibration")
    out.append(neg("user-as-interviewer-calibration-en", cal(["PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                                                              "VERSION:2.0", "CALSCALE:GREGORIAN"], [
        "DTSTART:20250321T150000Z", "DTEND:20250321T160000Z", "DTSTAMP:20250317T120000Z",
        org(HELEN, "Helen Barraclough"), f"UID:{uid}", gatt(HELEN, "Helen Barraclough", "ACCEPTED"),
        gatt(WORK, "Grace Okonkwo"), gatt(RAJ, "Raj Mistry"), gatt(YUSUF, "Yusuf Khan"),
        p("DESCRIPTION", "We'll score the same two recorded mock answers independently, then compare and tighten "
                         "the QA interview rubric (levels 2–4). Please watch the recordings beforehand."),
        p("LOCATION", "MCR 2F Pennine Room"), "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "QA interview rubric calibration"), "TRANSP:OPAQUE",
    ], method="REQUEST"), uid))

    # Madrid nearshore partner books its candidate with the user, in Spanish
    uid = outlook_uid("pp-nearshore")
    desc = ("Hola Grace, Álex:\n\nOs confirmo la entrevista técnica para el puesto de QA Engineer en el equipo de "
            "Pennine Payments (proyecto Nortesur). Grace, como acordamos, tú llevas la parte técnica en inglés; yo me "
            "uno los primeros cinco minutos para presentaros.\n\nUn saludo,\nCarmen Vidal\nNortesur Tech\n\n"
            + teams("es", "pp-nearshore"))
    out.append(neg("user-as-interviewer-nearshore-es", exch(
        uid, org("carmen.vidal@nortesur-tech.es", "Vidal, Carmen"),
        [att(WORK, "Okonkwo, Grace"), att("alex.romero.qa@gmail.com", "alex.romero.qa@gmail.com")],
        "Entrevista técnica – candidato QA para Pennine Payments (Álex Romero)", desc, "20250508T120000",
        "20250508T130000", "20250502T080000Z", zone="Romance Standard Time", uk=False, lang="es-ES",
        loc="Reunión de Microsoft Teams"), uid))

    return out
