"""holdout131 negatives: the user on the hiring side at Cypress Bayou ISD (he interviews coaches for his staff)."""

from __future__ import annotations

from holdout131ev_ics import (
    APPLE,
    GOOGLE,
    ME_CN,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    UTC_CENTRAL,
    VTZ_CHICAGO,
    WIN_CENTRAL,
    Ev,
    att,
    cal,
    esc,
    meet,
    room,
    teams,
    vtz_windows,
    zoom,
)


def _outlook(uid: str, summary: str, start: str, end: str, desc: str, attendees: list[str], *,
             organizer: str = f'ORGANIZER;CN="Carter, DeShawn":mailto:{ME_WORK}', location: str = "",
             tzid: str = WIN_CENTRAL) -> str:
    quoted = f'"{tzid}"' if "(" in tzid else tzid
    lines = [
        "BEGIN:VEVENT", organizer, *attendees, f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}", f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{summary}", f"DTSTART;TZID={quoted}:{start}", f"DTEND;TZID={quoted}:{end}",
        "DTSTAMP:20250401T140000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        f"LOCATION;LANGUAGE=en-US:{location}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT",
    ]
    return cal("\n".join(lines), OUTLOOK, tz=vtz_windows(tzid))


def _h(kind: str, uid: str, ics: str, trap: str) -> Ev:
    return Ev(kind, uid, ics, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []

    # H1 hand-typed on the work calendar
    uid = "6C3E9A1F-0B2D-4F7E-8C5A-3D1B9F7E5A02"
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250401T021500Z
DTSTART:20250403T154500
DTEND:20250403T163000
SUMMARY:Asst coach intv - Marcus Bell (OL/math)
LOCATION:Field house office
DESCRIPTION:his resume in blue folder. ask abt 7v7 + summer strength
END:VEVENT"""
    out.append(_h("hand-intv-candidate", uid, cal(body, APPLE, method=None), "user-as-interviewer-hand-en"))

    # H2 the user invites a candidate's Gmail from the work address
    uid = "040000008200E00074C5B7101A82E00800000000F2B4D6A8C0E1DB01000000000000000010000000A9C1E3F5B7D8204F"
    desc = ("Jordan,\n\nThanks for applying to be an assistant football coach / math teacher at Cypress Bayou HS. "
            "Come to the field house and ask for me. Coach Ramos (DC) will sit in.\n\nCoach Carter\n"
            "Head Football Coach, Cypress Bayou High School")
    out.append(_h("user-invites-candidate", uid, _outlook(
        uid, "Interview: Asst. Football Coach / Math - Jordan Reyes", "20250408T160000", "20250408T170000", desc,
        [att("jordanreyes.coach@gmail.com", "jordanreyes.coach@gmail.com"),
         att("lramos@cypressbayou-isd.org", "Ramos, Luis")], location="CBHS Field House - Head Coach Office"),
        "user-as-interviewer-outlook-en"))

    # H3 HR schedules the user as a panelist for teacher/coach candidates
    uid = "3j6m9p2s5v8y1b4e7h0k3n6q9t@google.com"
    desc = ("Teacher/Coach interview day - CBHS Athletics\n\nPanel: Coach Carter, Coach Ramos, Principal Ware\n"
            "1:00 Devin Sharpe (PE/Coach)\n1:45 Alisha Grant (Biology/Girls Track)\n2:30 Tomas Quiroga (ELA/Coach)"
            "\n\nRubrics are in the shared drive. - Marcia Hollins, HR")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250410T130000
DTEND;TZID=America/Chicago:20250410T151500
DTSTAMP:20250404T150000Z
ORGANIZER;CN=Marcia Hollins:mailto:mhollins@cypressbayou-isd.org
UID:{uid}
{att(ME_WORK, "DeShawn Carter")}
{att("lramos@cypressbayou-isd.org", "Luis Ramos")}
{att("bware@cypressbayou-isd.org", "Brenda Ware")}
DESCRIPTION:{esc(desc)}
LOCATION:CBHS Library Conference Room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview Panel - Teacher/Coach candidates (Athletics)
TRANSP:OPAQUE
END:VEVENT"""
    out.append(_h("panelist-schedule", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), "user-as-interviewer-panel-en"))

    # H4 scorecard / rubric reminder
    uid = "c8a2f4e6-1d3b-4a5c-9e7f-0b2d4f6a8c1e"
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250411T130000Z
DTSTART;TZID=America/Chicago:20250411T150000
DTEND;TZID=America/Chicago:20250411T153000
SUMMARY:Submit interview rubrics - DC/teacher candidates (due to HR)
DESCRIPTION:Scores for Sharpe\\, Grant\\, Quiroga into the HR form before 4.
END:VEVENT"""
    out.append(_h("scorecard-due", uid, cal(body, APPLE, method=None, tz=VTZ_CHICAGO),
                  "user-as-interviewer-scorecard-en"))

    # H5 debrief after candidate interviews
    uid = "040000008200E00074C5B7101A82E00800000000B3D5F7A9C1E2DB01000000000000000010000000E0F2A4C6B8D9315A"
    out.append(_h("debrief", uid, _outlook(
        uid, "Debrief - OC candidates (Carter/Ware/Mendez)", "20250415T074500", "20250415T081500",
        "Quick debrief on the three offensive coordinator candidates before 1st period. Bring your rubrics.",
        [att("bware@cypressbayou-isd.org", "Ware, Brenda"), att("amendez@cypressbayou-isd.org", "Mendez, Alfredo")],
        location="Principal's office"), "user-as-interviewer-debrief-en"))

    # H6 the user as Calendly host; candidate books
    uid = "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b"
    desc = ("Event Name: Coaching Staff Candidate Call (20 min)\n\nInvitee: Kevin Tran\nInvitee Email: "
            "kevin.tran.qbcoach@gmail.com\nQuestions: Position you're applying for? - QB coach / PE teacher\n\n"
            "Powered by Calendly.com")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250321T200000Z
DTSTART:20250325T211500Z
DTEND:20250325T213500Z
SUMMARY:Kevin Tran and DeShawn Carter
DESCRIPTION:{esc(desc)}
LOCATION:Phone - DeShawn Carter will call the invitee
ORGANIZER;CN=DeShawn Carter:mailto:{ME_WORK}
{att(ME_WORK, ME_CN, stat="ACCEPTED", rsvp=False)}
{att("kevin.tran.qbcoach@gmail.com", "Kevin Tran", stat="ACCEPTED", rsvp=False)}
END:VEVENT"""
    out.append(_h("calendly-host", uid, cal(body, "-//Calendly//Calendly//EN"), "user-as-interviewer-calendly-host-en"))

    # H7 a staffing agency sends its candidate to the user
    uid = "k12staffing-cand-88120-cbisd"
    desc = ("Coach Carter,\n\nPer our call, here is Tyrell Moss for your Assistant Coach / Special Education "
            "Teacher opening. Resume attached to my email. Tyrell will come to the field house.\n\n"
            "Danielle Spruill | Gulf Coast K12 Staffing")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250402T150000Z
DTSTART;TZID=America/Chicago:20250407T160000
DTEND;TZID=America/Chicago:20250407T164500
SUMMARY:Candidate interview: Tyrell Moss - Asst Coach/SPED (Gulf Coast K12 Staffing)
DESCRIPTION:{esc(desc)}
LOCATION:CBHS Field House
ORGANIZER;CN=Danielle Spruill:mailto:dspruill@gck12staffing.com
{att(ME_WORK, "Coach DeShawn Carter")}
{att("tyrellmoss22@yahoo.com", "Tyrell Moss")}
END:VEVENT"""
    out.append(_h("agency-sends-candidate", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), "user-as-interviewer-agency-en"))

    # H8 the user sits on the AP selection panel at his own campus
    uid = "040000008200E00074C5B7101A82E00800000000A1C3E5F7B9D0DB01000000000000000010000000C2E4A6B8D0F1426B"
    out.append(_h("ap-panel-member", uid, _outlook(
        uid, "AP Interviews - CBHS (panel: Ware, Carter, Nguyen, parent rep)", "20250422T083000",
        "20250422T120000",
        "Panel members: please arrive by 8:15. Four AP candidates, 45 minutes each. Question sets and "
        "scoring sheets will be on the table. Do not discuss candidates outside the panel.",
        [att(ME_WORK, "Carter, DeShawn"), att("tnguyen@cypressbayou-isd.org", "Nguyen, Thao"),
         room("CBHS-ConfA@cypressbayou-isd.org", "CBHS Conference Room A")],
        organizer='ORGANIZER;CN="Ware, Brenda":mailto:bware@cypressbayou-isd.org', location="CBHS Conference Room A"),
        "user-as-interviewer-ap-panel-en"))

    # H9 shadowing: the user observes the principal interviewing as part of his admin internship
    uid = "2b5e8h1k4n7q0t3w6z9c2f5i8l@google.com"
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250416T090000
DTEND;TZID=America/Chicago:20250416T103000
DTSTAMP:20250410T150000Z
ORGANIZER;CN=Brenda Ware:mailto:bware@cypressbayou-isd.org
UID:{uid}
{att(ME_WORK, "DeShawn Carter")}
DESCRIPTION:{esc("Principal internship hours: shadow me on two counselor interviews. Observe only - no "
                  "questions - and log it for your certification portfolio.")}
LOCATION:Principal's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shadow: counselor interviews (Carter - admin internship)
END:VEVENT"""
    out.append(_h("shadowing", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), "user-as-interviewer-shadowing-en"))

    # H10 Spanish: bilingual HR coordinator schedules the user to interview a candidate
    uid = "5e8h1k4n7q0t3w6z9c2f5i8l1o@google.com"
    desc = ("Coach Carter:\n\nLe agendé la entrevista con el candidato Luis Ortega para la plaza de maestro de "
            "Educación Física / entrenador asistente. Él prefiere la entrevista en español; yo puedo traducir "
            "si hace falta.\n\nSaludos,\nYesenia Cantú, Coordinadora de RR. HH.")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250409T110000
DTEND;TZID=America/Chicago:20250409T114500
DTSTAMP:20250403T160000Z
ORGANIZER;CN=Yesenia Cantú:mailto:ycantu@cypressbayou-isd.org
UID:{uid}
{att(ME_WORK, "DeShawn Carter")}
{att("luis.ortega.ef@hotmail.com", "Luis Ortega")}
DESCRIPTION:{esc(desc)}
LOCATION:Oficina de deportes\\, CBHS
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista con candidato - Maestro de Educación Física / entrenador asistente (Luis Ortega)
END:VEVENT"""
    out.append(_h("entrevista-candidato-es", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), "user-as-interviewer-hr-es"))

    # H11 French: language-assistant programme, the user interviews a French candidate coach
    uid = "9a1b2c3d-4e5f-4a6b-8c7d-e8f9a0b1c2d3"
    desc = ("Bonjour Coach Carter,\n\nComme convenu, voici l'entretien avec Mathis Lefèvre, candidat au poste "
            "d'assistant (programme d'échange enseignants) pour l'équipe de football américain. Vous menez "
            "l'entretien ; je serai là pour l'interprétation.\n\nClaire Dubois, coordinatrice du programme "
            "d'échange\n\n" + zoom("874 2290 6613", "Echg2025"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250312T100000Z
DTSTART:20250318T140000Z
DTEND:20250318T144500Z
SUMMARY:Entretien candidat - assistant coach (échange) - M. Lefèvre / Coach Carter
DESCRIPTION:{esc(desc)}
ORGANIZER;CN=Claire Dubois:mailto:claire.dubois@echanges-educatifs.org
{att(ME_WORK, "DeShawn Carter")}
{att("mathis.lefevre@laposte.net", "Mathis Lefèvre")}
END:VEVENT"""
    out.append(_h("entretien-candidat-fr", uid, cal(body, GOOGLE), "user-as-interviewer-exchange-fr"))

    # H12 interview kit review
    uid = "040000008200E00074C5B7101A82E00800000000D4F6A8C0E2B1DB01000000000000000010000000F3A5C7E9B1D0537C"
    out.append(_h("interview-kit", uid, _outlook(
        uid, "Review interview kit - Strength & Conditioning Coordinator", "20250414T120000", "20250414T123000",
        "Finalize questions + practical (lead a 15-min dynamic warm-up) for the S&C coordinator candidates "
        "coming Thursday.", [], location="", tzid=UTC_CENTRAL), "user-as-interviewer-kit-en"))

    # H13 candidate practical: a QB coach candidate runs drills while the user evaluates
    uid = "4d7g0j3m6p9s2v5y8b1e4h7k0n@google.com"
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250417T153000
DTEND;TZID=America/Chicago:20250417T163000
DTSTAMP:20250414T150000Z
ORGANIZER;CN=DeShawn Carter:mailto:{ME_WORK}
UID:{uid}
{att("kevin.tran.qbcoach@gmail.com", "Kevin Tran")}
{att("lramos@cypressbayou-isd.org", "Luis Ramos")}
DESCRIPTION:{esc("Kevin runs QB indy w/ JV QBs (drops, footwork, progression reads). I evaluate w/ Ramos. "
                  "Use the coaching practical rubric.")}
LOCATION:CBHS practice field
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:QB coach candidate practical - Kevin Tran
END:VEVENT"""
    out.append(_h("candidate-practical", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO), "user-as-interviewer-practical-en"))

    # H14 hiring committee for the girls' athletics coordinator
    uid = "040000008200E00074C5B7101A82E00800000000E5A7C9B1D3F2DB01000000000000000010000000A4B6C8D0E2F1648D"
    out.append(_h("hiring-committee", uid, _outlook(
        uid, "Hiring Committee - Girls' Athletics Coordinator", "20250423T160000", "20250423T173000",
        "Committee: Athletic Director Bo Kessler (chair), Coach Carter, Coach Simone Abara, Principal Ware.\n"
        "Interviews: Candidate A 4:00, Candidate B 4:45. Deliberation after.",
        [att(ME_WORK, "Carter, DeShawn"), att("sabara@cypressbayou-isd.org", "Abara, Simone"),
         att("bware@cypressbayou-isd.org", "Ware, Brenda")],
        organizer='ORGANIZER;CN="Kessler, Bo":mailto:bkessler@cypressbayou-isd.org', location="Athletics Office"),
        "user-as-interviewer-committee-en"))

    # H15 a candidate on Gmail books a phone interview with the user
    uid = "7g0j3m6p9s2v5y8b1e4h7k0n3q@google.com"
    desc = ("Coach Carter - thank you for considering me for the DB coach spot on your staff. I'll call your "
            "office line at 4:15. Respectfully, Andre Whitfield")
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250402T161500
DTEND;TZID=America/Chicago:20250402T164500
DTSTAMP:20250331T020000Z
ORGANIZER;CN=Andre Whitfield:mailto:andrewhitfield.db@gmail.com
UID:{uid}
{att(ME_WORK, ME_WORK)}
{att("andrewhitfield.db@gmail.com", "Andre Whitfield", stat="ACCEPTED", rsvp=False)}
DESCRIPTION:{esc(desc)}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone interview w/ Coach Carter - DB coach position
TRANSP:OPAQUE
END:VEVENT"""
    out.append(_h("candidate-books-user", uid, cal(body, GOOGLE, tz=VTZ_CHICAGO),
                  "user-as-interviewer-candidate-gmail-en"))

    # H16 district job fair: the user staffs the athletics interview table (Microsoft Bookings)
    uid = "d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a"
    desc = ("Cypress Bayou ISD Spring Job Fair - Athletics interview table\nStaff: Coach DeShawn Carter\n"
            "On-the-spot interviews with teacher/coach applicants in 15-minute slots. Bring rubrics and "
            "business cards.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250301T150000Z
DTSTART;TZID={WIN_CENTRAL}:20250329T090000
DTEND;TZID={WIN_CENTRAL}:20250329T130000
SUMMARY:Job Fair - Athletics Interview Table (Coach Carter)
DESCRIPTION:{esc(desc)}
LOCATION:CBISD Event Center
ORGANIZER;CN=CBISD Recruiting:mailto:recruiting@cypressbayou-isd.org
{att(ME_WORK, "Carter, DeShawn", stat="ACCEPTED", rsvp=False)}
END:VEVENT"""
    out.append(_h("job-fair-staff", uid, cal(body, "Microsoft Bookings", tz=vtz_windows(WIN_CENTRAL)),
                  "user-as-interviewer-job-fair-en"))

    # H17 reference checks on a candidate the user wants to hire
    uid = "0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0"
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250417T030000Z
DTSTART:20250417T124500
DTEND:20250417T131500
SUMMARY:Ref checks - Bryce Hall (call his HC at Channelview + AD)
DESCRIPTION:before offer rec to Kessler
END:VEVENT"""
    out.append(_h("reference-checks", uid, cal(body, APPLE, method=None), "user-as-interviewer-ref-check-en"))

    # H18 weekly interview block while hiring for the staff, with one moved instance (same UID)
    uid = "8h1k4n7q0t3w6z9c2f5i8l1o4r@google.com"
    body = f"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250407T150000
DTEND;TZID=America/Chicago:20250407T160000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO
DTSTAMP:20250401T140000Z
ORGANIZER;CN=DeShawn Carter:mailto:{ME_WORK}
UID:{uid}
DESCRIPTION:Hold for coaching-staff candidate interviews (2 openings: OL + DB). HR sends names.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Staff interviews - assistant coach openings
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20250415T150000
DTEND;TZID=America/Chicago:20250415T160000
RECURRENCE-ID;TZID=America/Chicago:20250414T150000
DTSTAMP:20250410T140000Z
ORGANIZER;CN=DeShawn Carter:mailto:{ME_WORK}
UID:{uid}
DESCRIPTION:Moved to Tue - Monday is the spring game meeting.
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Staff interviews - assistant coach openings
END:VEVENT"""
    out.append(_h("recurring-hold", uid, cal(body, GOOGLE, method="PUBLISH", tz=VTZ_CHICAGO),
                  "user-as-interviewer-recurring-en"))

    # H19 student-teacher placement: the user interviews a kinesiology intern
    uid = "ut-placement-2025-sp-kin-0442@coe.gulfplains.edu"
    desc = ("Cooperating teacher interview: Coach Carter will interview student teacher candidate Jada Owens "
            "(Kinesiology/EC-12 PE) for fall placement.\n\n" + meet("hbc-kqrs-fma"))
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250320T150000Z
DTSTART:20250326T193000Z
DTEND:20250326T200000Z
SUMMARY:Student teacher placement interview - J. Owens with Coach Carter
DESCRIPTION:{esc(desc)}
ORGANIZER;CN=Field Experiences Office:mailto:fieldexperience@gulfplains.edu
{att(ME_WORK, "DeShawn Carter")}
{att("jowens7@students.gulfplains.edu", "Jada Owens")}
END:VEVENT"""
    out.append(_h("student-teacher", uid, cal(body, GOOGLE), "user-as-interviewer-student-teacher-en"))

    # H20 offer call to the chosen OL coach
    uid = "040000008200E00074C5B7101A82E00800000000F6B8D0A2C4E3DB01000000000000000010000000B5C7D9E1F3A2759E"
    out.append(_h("offer-call", uid, _outlook(
        uid, "Call Marcus Bell - verbal offer OL coach (HR on line)", "20250424T121500", "20250424T123000",
        "HR (Hollins) joins for salary/stipend. " + teams("255 019 338 460", "Ol4Off"),
        [att("marcusbell.ol@gmail.com", "marcusbell.ol@gmail.com"),
         att("mhollins@cypressbayou-isd.org", "Hollins, Marcia")], location="Microsoft Teams Meeting"),
        "user-as-interviewer-offer-en"))

    # H21 interviewed as a panel member by video with a candidate on his personal Yahoo calendar copy
    uid = "yahoo-1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250405T013000Z
DTSTART;TZID=America/Chicago:20250405T100000
DTEND;TZID=America/Chicago:20250405T110000
SUMMARY:Zoom intv w/ DC candidate (Saturday) - Deon Pryce
DESCRIPTION:I'm running it. Ramos + Kessler on. Ask abt 4-2-5 and blitz pkg. {ME_FREE}
END:VEVENT"""
    out.append(_h("saturday-zoom-hand", uid, cal(body, "-//Yahoo! Inc.//Yahoo Calendar//EN", method="PUBLISH",
                                                  tz=VTZ_CHICAGO), "user-as-interviewer-hand-zoom-en"))

    return out
