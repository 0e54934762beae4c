"""holdout66: the user's own interviews, English invitations (part 2)."""

from __future__ import annotations

from holdout66ev_boiler import meet_en, teams_en, webex_en
from holdout66ev_ics import (
    EXCHANGE,
    GOOGLE,
    OUTLOOK,
    THUNDERBIRD,
    USER_CN,
    USER_FREE,
    att,
    cal,
    esc,
    g_tail,
    g_uid,
    html,
    item,
    ms_tail,
    ms_uid,
    org,
    tzparam,
    uuid_like,
    vevent,
)


def goodtime_verity():
    uid = "goodtime-7c4e1a92-0d3b-4f88-9e57-verity-2231@goodtime.io"
    body = (
        "Hi Elena,\n\n"
        "You're confirmed for a 45-minute video interview with Greg Kowalski, VP Finance International, who is "
        "the hiring manager for the Director, Finance - Southern Europe role.\n\n"
        + teams_en("294 556 108 337", "Vf3Ld7", "ODc0NzE1OTMtYjI")
        + "\n\nNeed to reschedule? Reply to this invite and our team will help.\n\n"
        "Scheduled by GoodTime on behalf of Verity Freight"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250429T173302Z",
        "DTSTART:20250506T150000Z",
        "DTEND:20250506T154500Z",
        org("talent@verityfreight.com", "Verity Freight Talent"),
        att(USER_FREE, USER_CN),
        att("greg.kowalski@verityfreight.com", "Greg Kowalski"),
        f"SUMMARY:{esc('Interview Confirmation: Elena Marín Ortega for Director, Finance - Southern Europe')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams Meeting",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    ics = cal(ev, prodid="-//GoodTime.io//GoodTime Hire//EN")
    return item("goodtime-hm-en", ics, uid=uid, is_interview=1, company="Verity Freight",
                role="Director, Finance - Southern Europe", stage="hiring_manager",
                interviewers=("greg.kowalski@verityfreight.com",), trap="goodtime-hm-escaped-comma-en")


def icims_meridian():
    uid = "iCIMS-Interview-2025-3318-5520917@icims.com"
    body = (
        "Dear Elena,\n\n"
        "This confirms your interview with Derek Holloway, VP Finance Europe, for the position Finance "
        "Director, Seville Operations (Req 2025-3318).\n\n"
        "Please join using the Microsoft Teams link below a few minutes early.\n\n"
        + teams_en("251 337 908 442", "Md8Qw2", "ZmE1YzMzNzkwOD")
        + "\n\nMeridian Aerostructures Talent Acquisition\n"
        "This is an automated message. Please do not reply."
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250502T140055Z",
        "DTSTART:20250509T080000Z",
        "DTEND:20250509T090000Z",
        org("donotreply@icims.com", "Meridian Aerostructures Careers"),
        att(USER_FREE, USER_CN, cutype=None),
        att("derek.holloway@meridianaero.com", "Derek Holloway", cutype=None),
        f"SUMMARY:{esc('Interview Confirmation - Finance Director, Seville Operations (Req 2025-3318)')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
        "PRIORITY:5",
    )
    ics = cal(ev, prodid="-//iCIMS//iCIMS Talent Platform//EN")
    return item("icims-hm-en", ics, uid=uid, is_interview=1, company="Meridian Aerostructures",
                role="Finance Director, Seville Operations", stage="hiring_manager",
                interviewers=("derek.holloway@meridianaero.com",), trap="icims-utc-en")


def smartrecruiters_ibertrack():
    uid = "sr-int-ibertrack-0f44a1d9-2b6e-4c1a-9d33-51e0c2a7b8f6@smartrecruiters.com"
    body = (
        "Dear Elena,\n\n"
        "Congratulations on progressing to the final stage for the CFO position. You will meet members of our "
        "Board of Directors at our Madrid office (Paseo de la Castellana 141, 12th floor):\n"
        "- Ana Belén Sastre, Chair of the Board\n"
        "- Michel Durand, Board member (Durand Rail Investments)\n\n"
        "Please arrive 15 minutes early and ask for Carmen at reception.\n\n"
        "Kind regards,\nIbertrack Rail - People Team\n\nPowered by SmartRecruiters"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250603T091102Z",
        "DTSTART;TZID=Europe/Madrid:20250612T170000",
        "DTEND;TZID=Europe/Madrid:20250612T183000",
        org("noreply@smartrecruiters.com", "Ibertrack Rail"),
        att(USER_FREE, USER_CN),
        att("absastre@ibertrackrail.com", "Ana Belén Sastre"),
        att("michel.durand@durandrail.fr", "Michel Durand"),
        f"SUMMARY:{esc('Final interview - Ibertrack Rail - CFO')}",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Paseo de la Castellana 141, planta 12, 28046 Madrid')}",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//SmartRecruiters//Interview Scheduler//EN", tzs=("Europe/Madrid",))
    return item("smartrecruiters-final-en", ics, uid=uid, is_interview=1, company="Ibertrack Rail", role="CFO",
                stage="final", interviewers=("absastre@ibertrackrail.com", "michel.durand@durandrail.fr"),
                trap="smartrecruiters-board-final-en")


def founder_mare():
    uid = g_uid("mare-founder")
    body = (
        "Hi Elena - great to be connected through Sofia. Let's use this slot to talk about the CFO role at Maré "
        "Energy (we're closing our seed extension and building the finance function in Lisbon). My co-founder "
        "Inês will join for the second half.\n\nJoão\n\n"
        + meet_en("pdr-ukty-wbc", "771 420 915")
    )
    ev = vevent(
        "DTSTART;TZID=Europe/Lisbon:20250519T170000",
        "DTEND;TZID=Europe/Lisbon:20250519T180000",
        "DTSTAMP:20250514T190221Z",
        org("joao.reis.mare@gmail.com", "João Reis"),
        f"UID:{uid}",
        att(USER_FREE, USER_FREE),
        att("ines@mare-energy.pt", "Inês Carvalho", partstat="NEEDS-ACTION"),
        att("joao.reis.mare@gmail.com", "João Reis", partstat="ACCEPTED", rsvp=None),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/pdr-ukty-wbc",
        *g_tail("20250514T190200Z"),
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:",
        "SUMMARY:CFO chat – Maré Energy / Elena",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, tzs=("Europe/Lisbon",), version_first=True, head=("CALSCALE:GREGORIAN",))
    return item("founder-gmail-en", ics, uid=uid, is_interview=1, company="Maré Energy", role="CFO",
                stage="hiring_manager", interviewers=("joao.reis.mare@gmail.com", "ines@mare-energy.pt"),
                trap="founder-gmail-chat-lisbon-en")


def agency_norvia():
    uid = ms_uid("hudsonvidal-norvia")
    tz = "Romance Standard Time"
    body = (
        "Elena,\n\n"
        "As discussed, here is the invitation for your interview with Henrik Dahl, Managing Director Iberia of "
        "Norvia Logistics, at their Barcelona office (Zona Franca, Carrer 60, 19). I will be there to make the "
        "introductions and then leave you two to it.\n\n"
        "Best,\nMarc Vidal\nPartner | Hudson Vidal Executive Search\n+34 93 412 77 60"
    )
    ev = vevent(
        org("marc.vidal@hudsonvidal.com", "Vidal, Marc"),
        att(USER_FREE, "Elena Marín Ortega", style="outlook"),
        att("henrik.dahl@norvia.com", "Dahl, Henrik", style="outlook"),
        f"DESCRIPTION;LANGUAGE=en-US:{esc(body)}",
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:Client interview: Elena Marín Ortega / Norvia Logistics – CFO Iberia",
        f"DTSTART;{tzparam(tz)}:20250520T093000",
        f"DTEND;{tzparam(tz)}:20250520T110000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250513T160318Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE=en-US:{esc('Norvia Logistics, Zona Franca, Carrer 60, 19, Barcelona')}",
        *ms_tail(),
        f"X-ALT-DESC;FMTTYPE=text/html:{html(body)}",
    )
    ics = cal(ev, prodid=OUTLOOK, tzs=(tz,))
    return item("agency-client-interview-en", ics, uid=uid, is_interview=1, company="Norvia Logistics",
                role="CFO Iberia", stage="hiring_manager", interviewers=("henrik.dahl@norvia.com",),
                trap="agency-organiser-client-ceo-en")


def exchange_alcantara():
    uid = ms_uid("alcantara-chair")
    body = (
        "Dear Ms Marín,\n\n"
        "Further to your meetings with our CEO and the Nominations Committee, the Chairman, Mr Luis de Castro, "
        "would like to meet you for the final interview for the position of Chief Financial Officer.\n\n"
        "Venue: Alcántara Infraestructuras headquarters, Calle Serrano 90, 7th floor, Madrid.\n\n"
        "Kind regards,\nOffice of the Chairman\nAlcántara Infraestructuras"
    )
    ev = vevent(
        org("chairman.office@alcantara-infra.com", "Office of the Chairman"),
        att(USER_FREE, "elena.marin.ortega@yahoo.es", style="outlook"),
        att("ldecastro@alcantara-infra.com", "de Castro Urquijo, Luis", style="outlook"),
        f"DESCRIPTION;LANGUAGE=en-GB:{esc(body)}",
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Interview – CFO – Alcántara Infraestructuras (final round)",
        "DTSTART:20250625T070000Z",
        "DTEND:20250625T080000Z",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250616T120005Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE=en-GB:{esc('Calle Serrano 90, 7th floor, Madrid')}",
        *ms_tail(),
    )
    ics = cal(ev, prodid=EXCHANGE)
    return item("exchange-utc-final-en", ics, uid=uid, is_interview=1, company="Alcántara Infraestructuras",
                role="Chief Financial Officer", stage="final", interviewers=("ldecastro@alcantara-infra.com",),
                trap="exchange-utc-chair-final-en")


def webex_orbis():
    uid = "8c1d2e3f4a5b4c6d9e0f1a2b3c4d5e6f-orbis"
    body = (
        "Elena,\n\n"
        "This session is the technical round for the Finance Director Spain role at Orbis Medical: IFRS 15/16 "
        "vs US GAAP, SOX controls in a Spanish subsidiary, and a short transfer-pricing case.\n\n"
        "Interviewers: Katrin Vogel (Senior Director, Finance Transformation) and Brian O'Connell (Corporate "
        "Controller).\n\n"
        + webex_en("orbismed", "2634 771 0582", "GAAP2025")
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250512T150303Z",
        "DTSTART:20250516T123000Z",
        "DTEND:20250516T134500Z",
        org("katrin.vogel@orbismed.com", "Katrin Vogel"),
        att(USER_FREE, USER_CN, cutype=None),
        att("brian.oconnell@orbismed.com", "Brian O'Connell", cutype=None),
        f"SUMMARY:{esc('Technical interview – Finance Director Spain (IFRS / US GAAP)')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://orbismed.webex.com/orbismed/j.php?MTID=m9b1e0d7a33c50582",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Cisco Systems Inc.//Webex Meetings//EN")
    return item("webex-technical-en", ics, uid=uid, is_interview=1, company="Orbis Medical",
                role="Finance Director Spain", stage="technical",
                interviewers=("katrin.vogel@orbismed.com", "brian.oconnell@orbismed.com"),
                trap="webex-technical-organiser-interviewer-en")


def thunderbird_nordhavn():
    uid = uuid_like("nordhavn-stratos")
    body = (
        "Partner: Lucía Ferrándiz + an associate. Stratos owns Nordhavn since 2023.\n"
        "Their office, Calle Velázquez 50, 4th floor.\n"
        "Ask about exit horizon & mgmt equity plan."
    )
    ev = vevent(
        "CREATED:20250604T214015Z",
        "LAST-MODIFIED:20250604T214122Z",
        "DTSTAMP:20250604T214122Z",
        f"UID:{uid}",
        "SUMMARY:Interview w/ Stratos Capital for Nordhavn Foods CFO role",
        "DTSTART:20250610T120000",
        "DTEND:20250610T130000",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Calle Velázquez 50, 4º, Madrid')}",
        "TRANSP:OPAQUE",
        "X-MOZ-GENERATION:1",
    )
    ics = cal(ev, prodid=THUNDERBIRD, method=None, version_first=True)
    return item("thunderbird-own-floating-en", ics, uid=uid, is_interview=1, company="Nordhavn Foods",
                role="CFO", stage="", interviewers=("Lucía Ferrándiz",), trap="own-note-pe-owner-floating-en")


def google_kestrel():
    uid = g_uid("kestrel-phone")
    body = (
        "Hi Elena,\n\n"
        "Looking forward to our call about the Finance Director, Spain role. I'll ring you on the mobile number "
        "on your CV - it should take about 30 minutes.\n\n"
        "Amelia Hart\nTalent Acquisition Partner | Kestrel Payments"
    )
    ev = vevent(
        "DTSTART;TZID=Europe/London:20250404T090000",
        "DTEND;TZID=Europe/London:20250404T093000",
        "DTSTAMP:20250401T103344Z",
        org("amelia.hart@kestrelpay.com", "Amelia Hart"),
        f"UID:{uid}",
        att(USER_FREE, USER_FREE),
        att("amelia.hart@kestrelpay.com", "Amelia Hart", partstat="ACCEPTED", rsvp=None),
        *g_tail("20250401T103320Z"),
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Phone - Amelia to call Elena",
        "SUMMARY:Phone screen: Elena Marín Ortega / Kestrel Payments",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, tzs=("Europe/London",), version_first=True, head=("CALSCALE:GREGORIAN",))
    return item("phone-screen-en", ics, uid=uid, is_interview=1, company="Kestrel Payments",
                role="Finance Director, Spain", stage="recruiter_screen", interviewers=("amelia.hart@kestrelpay.com",),
                trap="phone-screen-london-tz-en")


EVENTS = [
    goodtime_verity(),
    icims_meridian(),
    smartrecruiters_ibertrack(),
    founder_mare(),
    agency_norvia(),
    exchange_alcantara(),
    webex_orbis(),
    thunderbird_nordhavn(),
    google_kestrel(),
]
