"""holdout113: the user's own interviews sent by applicant-tracking systems."""

from __future__ import annotations

from holdout113ev_ics import GOOGLE, STAMP, TZ_BERLIN, TZ_LONDON, TZ_MADRID, USER, att, cal, esc, org, row

FORMS = {
    "Foundry Living": ["Foundry"],
    "Grupo Avanza Vivienda": ["Grupo Avanza", "Avanza Vivienda", "Avanza"],
    "Severn Vale Housing": ["Severn Vale", "Severn Vale Housing Association", "SVH"],
    "Keystone Care & Support": ["Keystone", "Keystone Care and Support"],
    "Nordwerk Facility Services": ["Nordwerk"],
    "Doorstep Trust": ["The Doorstep Trust", "Doorstep"],
    "Kessler Property Services UK": ["Kessler Property Services", "Kessler"],
    "Greenway Community Land Trust": ["Greenway CLT", "Greenway"],
    "Heartlands Homes Alliance": ["Heartlands Homes", "Heartlands"],
    "Lark Rise Housing Group": ["Lark Rise", "LRHG", "Lark Rise Housing"],
}


def events() -> list[dict[str, str]]:
    out = []

    # Greenhouse, private build-to-rent operator, CEO as hiring manager, coordinator not interviewing
    uid = "4f1c2a9e7b3d4e0f9a8c6b5d2e1f0a3b@greenhouse.io"
    desc = (
        "Hi Hannah,\n\nYou're confirmed for your interview with Foundry Living for the Chief Operating Officer "
        "role.\n\nInterview: Hiring Manager Interview\nInterviewer: Marcus Delaney (Chief Executive)\n"
        "Location: Foundry Living, 3rd Floor, 22 Brindleyplace, Birmingham B1 2JB\n\nPlease ask for Nadia at "
        "reception. If you need to reschedule, reply to this email.\n\nBest,\nNadia Rahman\nTalent Coordinator"
    )
    out.append(row("greenhouse-en", cal(GOOGLE, [[
        "DTSTART;TZID=Europe/London:20260414T100000",
        "DTEND;TZID=Europe/London:20260414T111500",
        f"DTSTAMP:{STAMP}",
        org("no-reply@us.greenhouse-mail.io", "Foundry Living Recruiting"),
        f"UID:{uid}",
        att("marcus.delaney@foundryliving.co.uk", "Marcus Delaney"),
        att(USER, "Hannah Okafor"),
        "SUMMARY:Interview: Hannah Okafor for Chief Operating Officer - Hiring Manager Interview",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("Foundry Living, 3rd Floor, 22 Brindleyplace, Birmingham B1 2JB"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    ]], tzs=(TZ_LONDON,)), uid, 1, "Foundry Living", "Chief Operating Officer", "hiring_manager",
        "marcus.delaney@foundryliving.co.uk", "greenhouse-en"))

    # Lever, Spanish, recruiter screen for the London build-to-rent arm
    uid = "lever-7c1e9b20-5a44-4f61-9d2b-0e8a3c6f1d77"
    desc = (
        "Hola Hannah,\n\nGracias por tu interés en el puesto de Directora de Operaciones (Reino Unido) en "
        "Grupo Avanza Vivienda. Te confirmamos una primera entrevista telefónica con Lucía Ferrer, "
        "Talent Acquisition Partner.\n\nTe llamaremos al +44 7700 900412.\n\nDuración: 30 minutos\n\n"
        "Un saludo,\nEl equipo de Talento de Grupo Avanza"
    )
    out.append(row("lever-phone-es", cal("-//Lever//Lever Interview Scheduling//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/Madrid:20260310T103000",
        "DTEND;TZID=Europe/Madrid:20260310T110000",
        "SUMMARY:Entrevista telefónica - Directora de Operaciones (Reino Unido) - Grupo Avanza Vivienda",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Llamada telefónica",
        org("talento@grupoavanza.es", "Lucía Ferrer"),
        att("lucia.ferrer@grupoavanza.es", "Lucía Ferrer", stat="ACCEPTED"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_MADRID,)), uid, 1, "Grupo Avanza Vivienda", "Directora de Operaciones (Reino Unido)",
        "recruiter_screen", "lucia.ferrer@grupoavanza.es", "lever-phone-es"))

    # Workday, large housing association, CEO stage 2: stakeholder panels
    uid = "WD-INT-0000418273@severnvale.wd3.myworkdayjobs.com"
    desc = (
        "Dear Hannah,\n\nThank you for attending the first stage. We are pleased to invite you to Stage 2 "
        "for the position of Chief Executive (R-02291).\n\nThe day will include:\n"
        "09:30 Staff stakeholder panel\n10:30 Customer (tenant) panel\n11:30 Partner panel (local authority "
        "and NHS)\n\nPanels feed back to the Board's appointment panel but do not score.\n\nVenue: Severn Vale "
        "Housing, Riverside House, Worcester WR1 3NA\n\nKind regards,\nPeople Services\nSevern Vale Housing"
    )
    out.append(row("workday-stakeholder", cal("-//Workday Inc//Workday Calendar//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260505T083000Z",
        "DTEND:20260505T113000Z",
        "SUMMARY:Interview Scheduled: Chief Executive (R-02291) - Stage 2 Stakeholder Panels",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("Riverside House, Worcester WR1 3NA"),
        org("severnvale@myworkday.com", "Severn Vale Housing"),
        att(USER, "Hannah Okafor"),
        "STATUS:CONFIRMED",
    ]]), uid, 1, "Severn Vale Housing", "Chief Executive", "onsite", "", "workday-stakeholder-panels"))

    # Workday again: final board interview, rescheduled (sequence 2)
    uid = "WD-INT-0000419902@severnvale.wd3.myworkdayjobs.com"
    desc = (
        "Dear Hannah,\n\nPlease note the CHANGED TIME for your final interview for Chief Executive "
        "(R-02291). The Board appointment panel will now meet you at 14:00 (previously 10:00).\n\n"
        "Panel: Gillian Roe (Chair of the Board), Dr Anil Kapoor (Vice-Chair), Fiona Marsh (Chair, ARC)\n"
        "Ruth Cole from Ashdown Rowe (search consultant) will attend as observer.\n\nPeople Services"
    )
    out.append(row("workday-rescheduled", cal("-//Workday Inc//Workday Calendar//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "SEQUENCE:2",
        "DTSTART;TZID=Europe/London:20260519T140000",
        "DTEND;TZID=Europe/London:20260519T153000",
        "SUMMARY:Updated: Interview Scheduled: Chief Executive (R-02291) - Final Board Interview",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Board Room\\, Riverside House\\, Worcester",
        org("severnvale@myworkday.com", "Severn Vale Housing"),
        att(USER, "Hannah Okafor"),
        att("gillian.roe@severnvale.org.uk", "Gillian Roe"),
        att("anil.kapoor@severnvale.org.uk", "Dr Anil Kapoor"),
        att("fiona.marsh@severnvale.org.uk", "Fiona Marsh"),
        att("ruth.cole@ashdownrowe.co.uk", "Ruth Cole", role="OPT-PARTICIPANT"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Severn Vale Housing", "Chief Executive", "final",
        "gillian.roe@severnvale.org.uk;anil.kapoor@severnvale.org.uk;fiona.marsh@severnvale.org.uk",
        "workday-rescheduled-final"))

    # SmartRecruiters, supported-housing charity, video first interview
    uid = "sr-int-6e2d91a4c0b84f8f@smartrecruiters.com"
    desc = (
        "Dear Hannah,\n\nYour interview for Director of Housing and Support at Keystone Care & Support "
        "has been scheduled.\n\nInterviewers:\n- Claire Nwosu, Chief Executive\n- Tom Haddad, Director of "
        "People\n\nJoin Microsoft Teams Meeting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        "KCS2291\nMeeting ID: 381 224 907 55\nPasscode: 7dQm2s\n\nPowered by SmartRecruiters"
    )
    out.append(row("smartrecruiters-teams", cal("-//SmartRecruiters//Interview Scheduler//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260324T131500",
        "DTEND;TZID=Europe/London:20260324T141500",
        "SUMMARY:Keystone Care & Support | Director of Housing and Support | Interview",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Microsoft Teams",
        org("noreply@smartrecruiters.com", "Keystone Care & Support"),
        att("claire.nwosu@keystonecare.org.uk", "Claire Nwosu"),
        att("tom.haddad@keystonecare.org.uk", "Tom Haddad"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Keystone Care & Support", "Director of Housing and Support", "",
        "claire.nwosu@keystonecare.org.uk;tom.haddad@keystonecare.org.uk", "smartrecruiters-no-stage"))

    # Personio, German, first call for the UK COO of a German facilities firm
    uid = "personio-3391027-1a7f@nordwerk.jobs.personio.de"
    desc = (
        "Hallo Frau Okafor,\n\nvielen Dank für Ihre Bewerbung als Chief Operating Officer UK (m/w/d). Gerne "
        "möchten wir Sie zu einem ersten Kennenlerngespräch per Microsoft Teams einladen.\n\n"
        "Gesprächspartnerin: Katrin Vogel (Head of People)\n\nMicrosoft Teams-Besprechung\n"
        "Auf dem Computer oder in der mobilen App teilnehmen\nHier klicken, um an der Besprechung "
        "teilzunehmen\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Nordwerk Facility Services GmbH"
    )
    out.append(row("personio-de", cal("-//Personio GmbH//Personio Recruiting//DE", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/Berlin:20260317T100000",
        "DTEND;TZID=Europe/Berlin:20260317T104500",
        "SUMMARY:Kennenlerngespräch: Chief Operating Officer UK (m/w/d) - Hannah Okafor",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Microsoft Teams-Besprechung",
        org("jobs@nordwerk.de", "Nordwerk Recruiting"),
        att("katrin.vogel@nordwerk.de", "Katrin Vogel"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_BERLIN,)), uid, 1, "Nordwerk Facility Services", "Chief Operating Officer UK", "recruiter_screen",
        "katrin.vogel@nordwerk.de", "personio-screen-de"))

    # Teamtailor, London homelessness charity, case exercise with the board
    uid = "tt-interview-88213-doorsteptrust@teamtailor.com"
    desc = (
        "Hi Hannah,\n\nHere are the details for your next step in the Chief Executive process.\n\n"
        "Case exercise and presentation (60 min): you will receive a short case about a rough-sleeping "
        "winter plan 48 hours beforehand and present your approach for 15 minutes, followed by questions.\n\n"
        "Panel: Oliver Grant (Chair of Trustees), Simone Achebe (Trustee)\n\nAddress: Doorstep Trust, "
        "14 Cable Street, London E1 8JG\n\nSent via Teamtailor"
    )
    out.append(row("teamtailor-case", cal("-//Teamtailor//Teamtailor Calendar//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260428T153000",
        "DTEND;TZID=Europe/London:20260428T163000",
        "SUMMARY:Case exercise & presentation – Doorstep Trust",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("14 Cable Street, London E1 8JG"),
        org("noreply@teamtailor.com", "Doorstep Trust"),
        att("oliver.grant@doorsteptrust.org", "Oliver Grant"),
        att("simone.achebe@doorsteptrust.org", "Simone Achebe"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Doorstep Trust", "Chief Executive", "technical",
        "oliver.grant@doorsteptrust.org;simone.achebe@doorsteptrust.org", "teamtailor-case-exercise"))

    # softgarden, English template, UK arm of a German property services group
    uid = "sg-8812734-4471@softgarden.io"
    desc = (
        "Dear Ms Okafor,\n\nWe would like to invite you to a personal interview for the position Director of "
        "Operations (Social Housing Contracts).\n\nYour contacts: Michael Brandt (Managing Director UK) and "
        "Elaine Foster (Regional Director Midlands)\n\nAddress: Kessler Property Services UK Ltd, Unit 4, "
        "Fort Dunlop, Birmingham B24 9FD\n\nPlease confirm the appointment via the link in your softgarden "
        "account.\n\nKind regards\nKessler Property Services UK"
    )
    out.append(row("softgarden-en", cal("-//softgarden e-recruiting GmbH//softgarden//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART:20260421T080000Z",
        "DTEND:20260421T093000Z",
        "SUMMARY:Interview: Director of Operations (Social Housing Contracts)",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("Unit 4, Fort Dunlop, Birmingham B24 9FD"),
        org("kessler-uk@softgarden.io", "Kessler Property Services UK"),
        att(USER, "Hannah Okafor"),
    ]]), uid, 1, "Kessler Property Services UK", "Director of Operations (Social Housing Contracts)", "",
        "Michael Brandt;Elaine Foster", "softgarden-body-names"))

    # Workable, community land trust, phone screen
    uid = "workable-interview-2f9c1d@workable.com"
    desc = (
        "Hi Hannah,\n\nThanks for applying to Greenway Community Land Trust. This is a 20-minute phone call "
        "with Becky Lowe, our part-time HR adviser, to talk through the Chief Operating Officer role, "
        "salary and availability.\n\nBecky will call you on the number in your application.\n\n-- Sent with "
        "Workable"
    )
    out.append(row("workable-phone", cal("-//Workable//Workable Calendar//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260303T124500",
        "DTEND;TZID=Europe/London:20260303T130500",
        "SUMMARY:Phone call: Chief Operating Officer @ Greenway Community Land Trust",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Phone",
        org("becky.lowe@greenwayclt.org.uk", "Becky Lowe"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Greenway Community Land Trust", "Chief Operating Officer", "recruiter_screen",
        "becky.lowe@greenwayclt.org.uk", "workable-phone-screen"))

    # iCIMS, large HA, in-tray exercise then panel (technical)
    uid = "iCIMS-7710392-INT@heartlandshomes.icims.com"
    desc = (
        "Interview Confirmation\n\nCandidate: Hannah Okafor\nPosition: Executive Director of Customer "
        "Services (Req 4417)\n\nAssessment: in-tray exercise (45 mins) followed by competency panel "
        "(60 mins).\n\nPanel: Deborah Kaur (Chief Executive); Lewis Osei (Chief Financial Officer)\n"
        "Coordinator: Joanne Pike (Resourcing) - please contact Joanne with any access requirements.\n\n"
        "Location: Heartlands Homes Alliance, 1 Eastside Plaza, Birmingham B7 4BA"
    )
    out.append(row("icims-intray", cal("-//iCIMS//Interview Scheduling//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260409T091500",
        "DTEND;TZID=Europe/London:20260409T110000",
        "SUMMARY:Interview Confirmation - Executive Director of Customer Services (Req 4417)",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("1 Eastside Plaza, Birmingham B7 4BA"),
        org("joanne.pike@heartlandshomes.org.uk", "Joanne Pike"),
        att("deborah.kaur@heartlandshomes.org.uk", "Deborah Kaur"),
        att("lewis.osei@heartlandshomes.org.uk", "Lewis Osei"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Heartlands Homes Alliance", "Executive Director of Customer Services",
        "technical", "deborah.kaur@heartlandshomes.org.uk;lewis.osei@heartlandshomes.org.uk",
        "icims-coordinator-intray"))

    # SuccessFactors, housing group, second interview
    uid = "SF_INT_LRHG_000288131"
    desc = (
        "Dear Hannah Okafor,\n\nYou have been invited to an interview for the requisition Group Director of "
        "Operations (Req ID 11842) with Lark Rise Housing Group.\n\nInterview round: Second interview\n"
        "Interviewers: Amanda Price; Jonathan Ebi\n\nThis is an automated message from SAP SuccessFactors "
        "Recruiting. Please do not reply."
    )
    out.append(row("successfactors", cal("-//SAP SuccessFactors//Interview Scheduling//EN", [[
        f"UID:{uid}",
        f"DTSTAMP:{STAMP}",
        "DTSTART;TZID=Europe/London:20260415T140000",
        "DTEND;TZID=Europe/London:20260415T150000",
        "SUMMARY:Interview Invitation: Group Director of Operations (11842)",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Lark Rise House\\, Northampton NN1 2EW",
        "ORGANIZER;CN=SAP SuccessFactors:mailto:noreply@successfactors.eu",
        att("amanda.price@larkrise.org.uk", "Amanda Price"),
        att("jonathan.ebi@larkrise.org.uk", "Jonathan Ebi"),
        att(USER, "Hannah Okafor"),
    ]], tzs=(TZ_LONDON,)), uid, 1, "Lark Rise Housing Group", "Group Director of Operations", "",
        "amanda.price@larkrise.org.uk;jonathan.ebi@larkrise.org.uk", "successfactors-second-round"))

    return out
