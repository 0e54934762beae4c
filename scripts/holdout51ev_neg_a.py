"""holdout51: negatives with the user on the hiring side at Lakeshore Health."""

from __future__ import annotations

from holdout51ev_ics import (
    ME_W,
    P_EXCH,
    P_IOS,
    P_OUTLOOK,
    P_TB,
    att,
    cal,
    ev,
    one,
    org,
    room,
    teams,
    vevent,
    when,
    zoom,
)

WIN = "Central Standard Time"
CHI = "America/Chicago"
UI = "user-as-interviewer"


def events() -> list[dict[str, object]]:
    o = []
    o.append(one(
        "hiring-rn-panel-en", "040000008200E00074C5B7101A82E00800000000LKS-RN-PANEL-0312",
        "Interview: RN Med-Surg 6 West candidate - Jasmine Ortiz", "20250312T140000", "20250312T150000", WIN,
        (0, "", "", "", "", f"{UI}-panel-en"),
        organizer=org(ME_W, "Webb, Marcus"),
        attendees=[att("jortiz.rn@gmail.com", "Jasmine Ortiz"), att("akim@lakeshorehealth.org", "Kim, Angela"),
                   room("lks-6w-conf@lakeshorehealth.org", "LKS 6W Conference Room")],
        desc="Peer panel for RN Med-Surg (nights). Angela (charge RN) + me. Use the behavioral question set in the "
             "shared drive.", prodid=P_OUTLOOK))
    o.append(one(
        "hiring-workday-kit-en", "WD-IVK-00077120@lakeshorehealth.myworkday.com",
        "Interview Kit: Charge Nurse - Med/Surg (R-11872) - Candidate: Derrick Owusu", "20250314T100000",
        "20250314T104500", CHI, (0, "", "", "", "", f"{UI}-workday-kit-en"),
        organizer=org("lakeshorehealth@myworkday.com", "Lakeshore Health Recruiting"),
        attendees=[att(ME_W, "Marcus Webb"), att("dowusu@outlook.com", "Derrick Owusu")],
        desc="You have been assigned as an interviewer.\n\nCandidate: Derrick Owusu\nJob: Charge Nurse - Med/Surg "
             "(R-11872)\nInterview Kit and feedback form: open the Workday inbox task. Please submit feedback within "
             "24 hours.", prodid="-//Workday Inc//Workday Recruiting//EN"))
    o.append(one(
        "hiring-scorecard-en", "lks-scorecard-reminder-0315@lakeshorehealth.org",
        "Reminder: submit interview feedback for D. Owusu", "20250315T090000", "20250315T091500", CHI,
        (0, "", "", "", "", f"{UI}-scorecard-reminder-en"),
        organizer=org(ME_W, "Marcus Webb"), desc="Workday task - Charge Nurse R-11872. Rate clinical judgment, "
        "delegation, conflict.", prodid=P_OUTLOOK, method=None))
    o.append(one(
        "hiring-debrief-en", "040000008200E00074C5B7101A82E00800000000LKS-DEBRIEF-0317",
        "Debrief - Charge Nurse candidates (Owusu, Patel, Kowalczyk)", "20250317T153000", "20250317T160000", WIN,
        (0, "", "", "", "", f"{UI}-debrief-en"),
        organizer=org("nhill@lakeshorehealth.org", "Hill, Natalie"),
        attendees=[att(ME_W, "Webb, Marcus"), att("akim@lakeshorehealth.org", "Kim, Angela")],
        desc="Hiring debrief for the 6 West charge nurse opening. Bring your scorecards.\n\n" + teams("5518820034"),
        prodid=P_EXCH))
    o.append(one(
        "hiring-calendly-host-en", "calendly-host-lks-93ab1@calendly.com",
        "New Event: Priya Nair - RN Interview (Med-Surg)", "20250318T110000", "20250318T113000", "Z",
        (0, "", "", "", "", f"{UI}-calendly-host-en"),
        organizer=org(ME_W, "Marcus Webb"), attendees=[att("priya.nair.rn@yahoo.com", "Priya Nair")],
        desc="Invitee: Priya Nair\nInvitee Email: priya.nair.rn@yahoo.com\nEvent Type: RN Interview (Med-Surg) with "
             "Marcus Webb, Nurse Manager\n\nLocation: Lakeshore Health, 6 West nurses' station\n\nPowered by "
             "Calendly.com", prodid="-//Calendly//EN"))
    o.append(one(
        "hiring-agency-candidate-en", "trunorth-sub-0319@truenorthnurses.com",
        "TrueNorth candidate interview: Michelle Greer, RN (travel, 13 wks)", "20250319T130000", "20250319T131500",
        CHI, (0, "", "", "", "", f"{UI}-agency-sends-candidate-en"),
        organizer=org("bianca@truenorthnurses.com", "Bianca Lowe"),
        attendees=[att(ME_W, "Marcus Webb"), att("mgreer.rn@icloud.com", "Michelle Greer")],
        desc="Hi Marcus - as discussed, here's Michelle for your 13-week med-surg contract. She'll call your office "
             "line. Profile and skills checklist attached in the email.\n\nBianca, TrueNorth Travel Nurses",
        prodid=P_OUTLOOK))
    o.append(one(
        "hiring-hand-note-en", "E0C11F2A-LKS-HAND-0320", "Int: J. Alvarez RN (nights) - 6W", "20250320T073000",
        "20250320T080000", None, (0, "", "", "", "", f"{UI}-hand-typed-en"),
        desc="new grad, residency program. ask about precepting", prodid=P_IOS, method=None, status=None))
    o.append(one(
        "hiring-es", "lks-entrevista-bilingue-0321@lakeshorehealth.org",
        "Entrevista con candidata - Enfermera bilingüe (6 Oeste)", "20250321T100000", "20250321T104500", CHI,
        (0, "", "", "", "", f"{UI}-bilingual-candidate-es"),
        organizer=org(ME_W, "Marcus Webb"),
        attendees=[att("lucia.mendoza88@hotmail.com", "Lucía Mendoza"),
                   att("rgomez@lakeshorehealth.org", "Raúl Gómez")],
        desc="Hola Lucía:\n\nLe confirmo la entrevista para el puesto de enfermera bilingüe en la unidad 6 Oeste de "
             "Lakeshore Health. La entrevistaremos Raúl Gómez (enfermero jefe de turno) y yo.\n\nMarcus Webb, "
             "Nurse Manager", prodid=P_OUTLOOK))
    o.append(one(
        "hiring-shadow-en", "lks-shadow-0324@lakeshorehealth.org",
        "Shadow shift - RN candidate Tyler Brooks", "20250324T070000", "20250324T110000", CHI,
        (0, "", "", "", "", f"{UI}-shadow-en"),
        organizer=org(ME_W, "Marcus Webb"),
        attendees=[att("tbrooks.nurse@gmail.com", "Tyler Brooks"), att("akim@lakeshorehealth.org", "Angela Kim")],
        desc="Tyler will shadow Angela on 6 West before we make an offer decision. Badge at security desk.",
        prodid=P_OUTLOOK))
    o.append(one(
        "hiring-panel-resource-en", "040000008200E00074C5B7101A82E00800000000LKS-ANM-PANEL",
        "Assistant Nurse Manager interviews - panel (3 candidates)", "20250326T090000", "20250326T120000", WIN,
        (0, "", "", "", "", f"{UI}-anm-panel-en"),
        organizer=org("nhill@lakeshorehealth.org", "Hill, Natalie", sent_by="recruit.assist@lakeshorehealth.org"),
        attendees=[att(ME_W, "Webb, Marcus"), att("dfranklin@lakeshorehealth.org", "Franklin, Diane"),
                   room("lks-admin-b@lakeshorehealth.org", "LKS Admin Bldg B-210")],
        desc="9:00 S. Patel\n10:00 K. Kowalczyk\n11:00 L. Brown\nInterviewers: Marcus Webb, Diane Franklin. "
             "Interview guides attached.", prodid=P_EXCH))
    o.append(one(
        "hiring-zoom-candidate-en", "lks-zoom-cand-0327@lakeshorehealth.org",
        "Lakeshore Health | Video interview - Clinical Nurse II - Haruto Sato", "20250327T160000", "20250327T163000",
        CHI, (0, "", "", "", "", f"{UI}-video-en"),
        organizer=org("talent@lakeshorehealth.org", "Lakeshore Health Talent Acquisition"),
        attendees=[att(ME_W, "Marcus Webb"), att("haruto.sato@proton.me", "Haruto Sato")],
        desc="Interviewer: Marcus Webb, Nurse Manager 6 West\nCandidate: Haruto Sato\n\n" + zoom("611 902 3381",
                                                                                                  "TEtTdmlk")))
    o.append(one(
        "hiring-hand-es", "C9F0A7D3-LKS-ES-HAND", "entrevistar a Carmen R. (CNA) 2pm", "20250328T140000",
        "20250328T143000", None, (0, "", "", "", "", f"{UI}-hand-typed-es"),
        desc="auxiliar de enfermería, turno de noche. referida por Raúl", prodid=P_IOS, method=None, status=None))
    o.append(one(
        "hiring-calibration-en", "lks-calib-0331@lakeshorehealth.org",
        "Interviewer calibration - nurse residency cohort", "20250331T130000", "20250331T140000", CHI,
        (0, "", "", "", "", f"{UI}-calibration-en"),
        organizer=org("educ@lakeshorehealth.org", "Nursing Education"), attendees=[att(ME_W, "Marcus Webb")],
        desc="Align scoring for the June residency cohort interviews; bring two sample scorecards."))
    o.append(one(
        "hiring-thunderbird-en", "a1b2c3d4-lks-tb-0401", "Phone screen candidate - Kevin Tran, RN (days)",
        "20250401T120000", "20250401T122000", CHI, (0, "", "", "", "", f"{UI}-phone-screen-en"),
        organizer=org(ME_W, "Marcus Webb"), attendees=[att("kevin.tran.rn@gmail.com", "Kevin Tran")],
        desc="I'll call you at 312-555-0177. Questions about 12-hr days, weekend rotation.", prodid=P_TB))
    o.append(one(
        "hiring-student-fr", "lks-stagiaire-0402@lakeshorehealth.org",
        "Entretien - candidate infirmière (diplôme canadien) - Élodie Tremblay", "20250402T150000",
        "20250402T153000", CHI, (0, "", "", "", "", f"{UI}-candidate-fr"),
        organizer=org(ME_W, "Marcus Webb"), attendees=[att("elodie.tremblay@videotron.ca", "Élodie Tremblay")],
        desc="Bonjour Élodie, je vous confirme notre entretien pour le poste d'infirmière (6 Ouest). Nous parlerons "
             "aussi de votre équivalence NCLEX. - Marcus Webb, Nurse Manager, Lakeshore Health\n\n" +
             teams("8820014432")))
    o.append(one(
        "hiring-hr-sched-en", "040000008200E00074C5B7101A82E00800000000LKS-HR-0404",
        "Interview - Unit Secretary (6 West) - candidate Tanya Reed", "20250404T100000", "20250404T103000", WIN,
        (0, "", "", "", "", f"{UI}-hr-scheduled-en"),
        organizer=org("nhill@lakeshorehealth.org", "Hill, Natalie"),
        attendees=[att(ME_W, "Webb, Marcus"), att("tanyareed77@aol.com", "Tanya Reed")],
        desc="Natalie Hill (HR) scheduled this on behalf of the hiring manager, Marcus Webb.", prodid=P_EXCH))
    o.append(one(
        "hiring-offer-call-en", "lks-offer-0407@lakeshorehealth.org", "Offer call - Jasmine Ortiz (RN nights)",
        "20250407T160000", "20250407T161500", CHI, (0, "", "", "", "", f"{UI}-offer-call-en"),
        organizer=org(ME_W, "Marcus Webb"), attendees=[att("jortiz.rn@gmail.com", "Jasmine Ortiz")],
        desc="Verbal offer; HR sends the letter after."))
    o.append(one(
        "hiring-ref-check-en", "lks-refcheck-0408@lakeshorehealth.org",
        "Reference check for candidate D. Owusu - call his former manager", "20250408T093000", "20250408T094500",
        CHI, (0, "", "", "", "", f"{UI}-reference-check-en"),
        organizer=org(ME_W, "Marcus Webb"), attendees=[att("ssimmons@northlakehosp.org", "Sheila Simmons")],
        desc="Reference call for Derrick Owusu (charge nurse candidate)."))
    u = "lks-weekly-interview-block@lakeshorehealth.org"
    atts = [att(ME_W, "Marcus Webb"), att("akim@lakeshorehealth.org", "Angela Kim")]
    base = vevent(u, "Candidate interview block (6W hiring)", when("DTSTART", "20250306T130000", CHI),
                  when("DTEND", "20250306T150000", CHI), organizer=org("nhill@lakeshorehealth.org", "Natalie Hill"),
                  attendees=atts, desc="Hold for RN/CNA candidate interviews; HR fills names in.",
                  extra=["RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=8"])
    over = vevent(u, "Candidate interview block (6W hiring) - moved to Friday",
                  when("DTSTART", "20250321T130000", CHI), when("DTEND", "20250321T150000", CHI),
                  organizer=org("nhill@lakeshorehealth.org", "Natalie Hill"), attendees=atts,
                  desc="Moved for Joint Commission walk-through.", seq=1,
                  extra=[when("RECURRENCE-ID", "20250320T130000", CHI)])
    o.append(ev("hiring-recurring-en", cal(base, over, prodid=P_OUTLOOK, tzs=(CHI,)), u, 0,
                trap=f"{UI}-recurring-override-en"))
    o.append(one(
        "hiring-jobfair-booth-en", "lks-jobfair-booth-0412@lakeshorehealth.org",
        "Lakeshore Health booth - Chicago Nursing Career Fair (on-the-spot interviews)", "20250412",
        "20250413", "DATE", (0, "", "", "", "", f"{UI}-job-fair-booth-en"),
        organizer=org("talent@lakeshorehealth.org", "Lakeshore Health Talent Acquisition"),
        attendees=[att(ME_W, "Marcus Webb")],
        desc="Marcus and Angela staff the booth and do on-the-spot RN interviews. Bring 20 interview guides.",
        loc="Navy Pier, Festival Hall B"))

    return o
