"""holdout31: negatives with the user on the hiring side at Oakfield Primary School (blind)."""

from __future__ import annotations

from holdout31ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    STAMP,
    UAI,
    WORK,
    add,
    att,
    cal,
    dt,
    esc,
    meet,
    neg,
    org,
    teams,
)

G = "GMT Standard Time"
SCH = "@oakfield-primary.org.uk"


def build() -> None:
    u = "040000008200E00074C5B7101A82E00800000000AA0101A1B2C3DB010000000000000000100000A001"
    add("uai-ta-interviews", "en", u, cal(EXCHANGE, [[
        org("head" + SCH, "Mrs J Corrigan (Headteacher)"), att(WORK, "Bennett, Olivia"),
        att("s.patel" + SCH, "Patel, Sunita"),
        att("office" + SCH, "School Office", role="OPT-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=en-GB:" + esc("Teaching Assistant (Level 2) interviews - 4 shortlisted candidates, "
                                            "30 mins each. Panel: JC\\, OB\\, SP. Question sheets in the staff "
                                            "shared drive. Candidates will wait in the library."),
        "SUMMARY;LANGUAGE=en-GB:TA interviews - panel",
        dt("DTSTART", "20261202T130000", G), dt("DTEND", "20261202T153000", G), f"UID:{u}", f"DTSTAMP:{STAMP}",
        "LOCATION;LANGUAGE=en-GB:Head's office"]], tzs=(G,), windows=True), neg(UAI))

    u = "uai-trial-lesson-y3@oakfield"
    add("uai-trial-lesson", "en", u, cal(OUTLOOK, [[
        org(WORK, "Olivia Bennett"), att("d.hughes" + SCH, "Dan Hughes"),
        "SUMMARY:Observe candidate trial lesson - Y3 (teacher vacancy)",
        "DESCRIPTION:" + esc("Candidate (Ms R. Kaur) teaches a 30 min phonics lesson to Y3 group B. I observe "
                             "with Dan and complete the observation form before the formal interview."),
        dt("DTSTART", "20261208T093000", G), dt("DTEND", "20261208T100000", G), f"UID:{u}", f"DTSTAMP:{STAMP}",
        "LOCATION:Y3 classroom"]], tzs=(G,), windows=True), neg(UAI))

    u = "uai-governors-panel-22@oakfield"
    add("uai-governors-panel", "en", u, cal(EXCHANGE, [[
        org("clerk.governors" + SCH, "Clerk to Governors"), att(WORK, "Olivia Bennett"),
        att("chair.governors" + SCH, "Rev. Alan Pryor"), att("m.daly.gov@gmail.com", "Maureen Daly"),
        "SUMMARY:Appointments panel - Deputy Headteacher interviews",
        "DESCRIPTION:" + esc("Governors' appointment panel. Olivia Bennett attends as staff governor. Candidate "
                             "packs issued under confidential cover. Please do not discuss candidates outside the "
                             "panel."),
        dt("DTSTART", "20261210T090000", G), dt("DTEND", "20261210T160000", G), f"UID:{u}", f"DTSTAMP:{STAMP}",
        "LOCATION:Oakfield Primary - Community Room"]], tzs=(G,), windows=True), neg(UAI))

    u = "7hr2n0qz5m@google.com"
    add("uai-private-copy", "en", u, cal(GOOGLE, [[
        dt("DTSTART", "20261203T153000Z"), dt("DTEND", "20261203T163000Z"), f"DTSTAMP:{STAMP}",
        org(ME, "Olivia Bennett"), f"UID:{u}",
        "SUMMARY:school - interviewing trainee teacher (PGCE placement)",
        "DESCRIPTION:copy from work cal. I'm interviewing the Manchester Met trainee for the spring placement. "
        "don't book anything else.", "TRANSP:OPAQUE"]], method="PUBLISH"), neg(UAI))

    u = "uai-eteach-portal-881"
    add("uai-eteach-portal", "en", u, cal("-//Eteach//Recruitment Portal//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261209T140000Z"), dt("DTEND", "20261209T144500Z"),
        "SUMMARY:Interview: Teaching Assistant (SEN support) - candidate Liam Foster",
        "DESCRIPTION:" + esc("Oakfield Primary School\nVacancy: Teaching Assistant (SEN support)\nCandidate: Liam "
                             "Foster\nInterview panel: Olivia Bennett, Sunita Patel\n\nYou have been added as a "
                             "panel member. Open the candidate's application in the school portal."),
        org("noreply@eteach-portal.com", "Eteach - Oakfield Primary School"),
        att(WORK, "Olivia Bennett"), att("s.patel" + SCH, "Sunita Patel")]]), neg(UAI))

    u = "uai-candidate-gmail-hand"
    add("uai-invite-candidate-gmail", "en", u, cal(OUTLOOK, [[
        org(WORK, "Olivia Bennett"), att("chloe.finnegan98@gmail.com", "Chloe Finnegan"),
        "SUMMARY:Interview - Teaching Assistant post - Chloe Finnegan",
        "DESCRIPTION:" + esc("Dear Chloe,\n\nThank you for applying for the Teaching Assistant post at Oakfield "
                             "Primary. I'd like to invite you to interview with me and our SENCo. Please report to "
                             "the school office.\n\nMrs O. Bennett\nYear 3 Teacher"),
        dt("DTSTART", "20261211T133000", G), dt("DTEND", "20261211T141500", G), f"UID:{u}", f"DTSTAMP:{STAMP}",
        "LOCATION:Oakfield Primary School\\, Meadow Lane\\, Manchester"]], tzs=(G,), windows=True), neg(UAI))

    u = "uai-university-trainee-2"
    add("uai-trainee-university", "en", u, cal(GOOGLE, [[
        dt("DTSTART", "20261214T154500Z"), dt("DTEND", "20261214T161500Z"), f"DTSTAMP:{STAMP}",
        org(WORK, "Olivia Bennett"), f"UID:{u}",
        att(WORK, "Olivia Bennett", ps="ACCEPTED", style="google"),
        att("22781345@stu.mmu.ac.uk", "Amira Haddad", style="google"),
        "SUMMARY:Placement interview - Amira Haddad (trainee teacher)",
        "DESCRIPTION:" + esc("Hi Amira, a short online interview before your placement with us in Y3. We'll "
                             "talk about your subject knowledge audit.\n\n" + meet("tsn-pwqa-xyo")),
        "STATUS:CONFIRMED"]]), neg(UAI))

    u = "uai-debrief-ta"
    add("uai-debrief", "en", u, cal(EXCHANGE, [[
        org("head" + SCH, "Mrs J Corrigan (Headteacher)"), att(WORK, "Bennett, Olivia"),
        att("s.patel" + SCH, "Patel, Sunita"),
        "SUMMARY:TA interviews - scoring & decision", "DESCRIPTION:Bring your score sheets. Decide who to offer.",
        dt("DTSTART", "20261202T154500", G), dt("DTEND", "20261202T161500", G), f"UID:{u}", f"DTSTAMP:{STAMP}"]],
        tzs=(G,), windows=True), neg(UAI))

    u = "uai-hand-note-ios"
    add("uai-own-note", "en", u, cal(IOS, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261215T123000", "Europe/London"),
        dt("DTEND", "20261215T130000", "Europe/London"),
        "SUMMARY:interview new lunchtime TA (me + Sunita)",
        "DESCRIPTION:lunch duty swapped with Dan"]], method="", tzs=("Europe/London",)), neg(UAI))

    u = "uai-forwarded-fw-77"
    add("uai-forwarded", "en", u, cal(OUTLOOK, [[
        org(ME, "Olivia Bennett"), att(ME, "Olivia Bennett"),
        "SUMMARY:FW: Interview panel - Trainee Teacher (School Direct) - Thursday",
        "DESCRIPTION:" + esc("-----Original Appointment-----\nFrom: School Direct Hub <hub@northstar-tsh.org.uk>\n"
                             "Sent: 18 November 2026 16:02\nTo: Bennett\\, Olivia\nSubject: Interview panel - "
                             "Trainee Teacher (School Direct)\n\nThank you for agreeing to sit on the interview "
                             "panel for School Direct applicants hosted at Oakfield Primary. You will interview two "
                             "applicants with a university tutor.\n\n(forwarding to home so I remember)"),
        dt("DTSTART", "20261217T131500", G), dt("DTEND", "20261217T150000", G), f"UID:{u}", f"DTSTAMP:{STAMP}"]],
        tzs=(G,), windows=True), neg(UAI))

    u = "uai-calendly-host-oakfield"
    add("uai-calendly-host", "en", u, cal("-//Calendly//Calendly//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261207T160000Z"), dt("DTEND", "20261207T162000Z"),
        "SUMMARY:Ellie Grant and Olivia Bennett",
        "DESCRIPTION:" + esc("A new event has been scheduled.\n\nEvent Type: Oakfield Primary - volunteer reading "
                             "helper interview\nInvitee: Ellie Grant\nInvitee Email: ellie.grant.reads@outlook.com\n"
                             "Questions: Why would you like to volunteer? I loved reading with my nan."),
        org(WORK, "Olivia Bennett"), att(WORK, "Olivia Bennett", ps="ACCEPTED"),
        att("ellie.grant.reads@outlook.com", "Ellie Grant")]], method="PUBLISH"), neg(UAI))

    u = "uai-agency-sends-supply"
    add("uai-agency-candidate", "en", u, cal(OUTLOOK, [[
        org("kate@classroomcover.co.uk", "Kate Marsh"), att(WORK, "Olivia Bennett"),
        att("head" + SCH, "Mrs J Corrigan"),
        "SUMMARY:Candidate meeting - Tom Beales (cover supervisor) for Oakfield",
        "DESCRIPTION:" + esc("Hi Olivia, Tom is keen on the long-term cover role in your year group. He'll come "
                             "in at 3.30 to meet you and Mrs Corrigan for an informal interview and a look round.\n"
                             "Kate - Classroom Cover Recruitment"),
        dt("DTSTART", "20261216T153000", G), dt("DTEND", "20261216T161500", G), f"UID:{u}", f"DTSTAMP:{STAMP}",
        "LOCATION:Oakfield Primary"]], tzs=(G,), windows=True), neg(UAI))

    u = "uai-recur-slot"
    head = [f"UID:{u}", org(WORK, "Olivia Bennett")]
    add("uai-recurring-slot", "en", u, cal(OUTLOOK, [
        [*head, f"DTSTAMP:{STAMP}", dt("DTSTART", "20270112T153000", G), dt("DTEND", "20270112T163000", G),
                "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4", "SUMMARY:Trainee teacher applicant interviews (hold)",
                "DESCRIPTION:Weekly slot for interviewing School Direct applicants at Oakfield. I lead."],
        [*head, f"DTSTAMP:{STAMP}", f"RECURRENCE-ID;TZID={G}:20270119T153000",
                dt("DTSTART", "20270120T153000", G), dt("DTEND", "20270120T163000", G), "SEQUENCE:1",
                "SUMMARY:Trainee teacher applicant interviews (hold) - moved, parents' evening"]],
        tzs=(G,), windows=True), neg(UAI))

    u = "uai-cancelled-candidate"
    add("uai-cancelled-candidate", "en", u, cal(OUTLOOK, [[
        org(WORK, "Olivia Bennett"), att("jakeprice.ta@yahoo.co.uk", "Jake Price"),
        "SUMMARY:Cancelled: Interview - Jake Price (TA)", "STATUS:CANCELLED",
        "DESCRIPTION:Candidate has withdrawn his application. Slot freed.",
        dt("DTSTART", "20261209T153000", G), dt("DTEND", "20261209T160000", G), f"UID:{u}", f"DTSTAMP:{STAMP}"]],
        method="CANCEL", tzs=(G,), windows=True), neg(UAI))

    u = "uai-questions-block"
    add("uai-prep-questions", "en", u, cal(APPLE, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261201T190000", "Europe/London"),
        dt("DTEND", "20261201T200000", "Europe/London"),
        "SUMMARY:Write interview questions for TA candidates (Weds panel)",
        "DESCRIPTION:safeguarding q + reading scenario + behaviour scenario. send to Sunita"]], method="",
        tzs=("Europe/London",)), neg(UAI))

    u = "uai-es-auxiliar"
    add("uai-es-language-assistant", "es", u, cal(GOOGLE, [[
        dt("DTSTART", "20261210T161500Z"), dt("DTEND", "20261210T164500Z"), f"DTSTAMP:{STAMP}",
        org(WORK, "Olivia Bennett"), f"UID:{u}",
        att(WORK, "Olivia Bennett", ps="ACCEPTED", style="google"),
        att("lucia.moreno.aux@gmail.com", "Lucía Moreno", style="google"),
        "SUMMARY:Entrevista auxiliar de conversación - Lucía Moreno",
        "DESCRIPTION:" + esc("Hola Lucía, te entrevisto para el puesto de auxiliar de conversación de español en "
                             "Oakfield Primary (Manchester). Hablaremos un poco en inglés y en español.\n\n"
                             + meet("qhr-mnce-zab")), "STATUS:CONFIRMED"]]), neg(UAI))

    u = "uai-es-private"
    add("uai-es-private-note", "es", u, cal(IOS, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", dt("DTSTART", "20261211T160000", "Europe/London"),
        dt("DTEND", "20261211T163000", "Europe/London"),
        "SUMMARY:entrevistar a Pablo (auxiliar español) - yo hago las preguntas",
        "DESCRIPTION:cole. con la jefa de estudios"]], method="", tzs=("Europe/London",)), neg(UAI))

    u = "uai-fr-assistant"
    add("uai-fr-language-assistant", "fr", u, cal(OUTLOOK, [[
        org(WORK, "Olivia Bennett"), att("hugo.lefebvre.fle@laposte.net", "Hugo Lefebvre"),
        "SUMMARY:Entretien assistant de langue - Hugo Lefebvre",
        "DESCRIPTION:" + esc("Bonjour Hugo,\n\nJe vous propose un entretien en visio pour le poste d'assistant de "
                             "langue française à Oakfield Primary School. C'est moi qui mènerai l'entretien avec "
                             "notre directrice.\n\nOlivia Bennett\n\n" + teams("fa0190", "fr")),
        dt("DTSTART", "20261208T160000", G), dt("DTEND", "20261208T163000", G), f"UID:{u}", f"DTSTAMP:{STAMP}"]],
        tzs=(G,), windows=True), neg(UAI))

    u = "uai-de-assistant"
    add("uai-de-assistant", "de", u, cal(GOOGLE, [[
        dt("DTSTART", "20261215T170000Z"), dt("DTEND", "20261215T173000Z"), f"DTSTAMP:{STAMP}",
        org(WORK, "Olivia Bennett"), f"UID:{u}",
        att("felix.roth@studium.uni-hamburg.de", "Felix Roth", style="google"),
        "SUMMARY:Gespräch mit Bewerber Felix Roth (Sprachassistenz Deutsch)",
        "DESCRIPTION:" + esc("Hallo Felix, ich führe das Gespräch für unsere Schule (Oakfield Primary, "
                             "Manchester). Es geht um die Stelle als Fremdsprachenassistent ab Februar.\n\n"
                             + meet("dnv-hsoa-ukt")), "STATUS:CONFIRMED"]]), neg(UAI))
