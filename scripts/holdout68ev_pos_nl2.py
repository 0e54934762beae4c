"""holdout68: the user's own interviews with Dutch employers (part 2)."""

from __future__ import annotations

from holdout68ev_ics import USER, att, calendar, esc, exchange_uid, item, meet, org, outlook_tail, teams
from holdout68ev_tools import ats, g_att, google, outlook


def _dijkstra_bos() -> dict:
    desc = ("Beste Rahul,\n\nHierbij bevestigen wij je gesprek voor de functie Senior Product Consultant. Je spreekt "
            "met Willemijn Bos (partner) en Koen Dijkstra (managing partner). Het gesprek duurt ongeveer anderhalf "
            "uur.\n\nAdres: Dijkstra & Bos, Maliebaan 71, 3581 CG Utrecht. Parkeren kan aan de Maliebaan "
            "(betaald).\n\nMet vriendelijke groet,\n\nnamens Willemijn Bos,\nCarla Wijnands\nSecretariaat "
            "Dijkstra & Bos")
    ics, uid = outlook(seed="dijkstrabos-gesprek", summary="Gesprek R. Menon – functie Senior Product Consultant",
                       start="20260121T093000", end="20260121T110000", lang="nl-NL",
                       organizer=org("willemijn.bos@dijkstrabos.nl", "Bos, Willemijn",
                                     sent_by="secretariaat@dijkstrabos.nl"),
                       attendees=[att("koen.dijkstra@dijkstrabos.nl", "Dijkstra, Koen"),
                                  att(USER, "rahul.menon.pm@outlook.com")],
                       desc=desc, location="Maliebaan 71, Utrecht", stamp="20260114T102015Z")
    return item("outlook-nl-sentby-secretary", ics, uid, True, company="Dijkstra & Bos",
                role="Senior Product Consultant",
                interviewers=("willemijn.bos@dijkstrabos.nl", "koen.dijkstra@dijkstrabos.nl"),
                trap="outlook-nl-sent-by-secretary-no-stage")


NOTE = "Recruiter Noor Haddad calls me. Senior PM Clinician Tools. ~30 min. Ask re: Eindhoven 2 days/wk?"


def _tulpa() -> list[dict]:
    out = []
    uid = exchange_uid("tulpa-own-entry")
    ev = ["CLASS:PUBLIC", "CREATED:20260113T194400Z",
          f"DESCRIPTION:{esc(NOTE)}",
          "DTEND;TZID=W. Europe Standard Time:20260119T131500", "DTSTAMP:20260113T194400Z",
          "DTSTART;TZID=W. Europe Standard Time:20260119T124500", "LAST-MODIFIED:20260113T194400Z", "PRIORITY:5",
          "SEQUENCE:0", f"SUMMARY;LANGUAGE=en-gb:{esc('Tulpa Health phone screen (they call)')}", "TRANSP:OPAQUE",
          f"UID:{uid}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", *outlook_tail()[1:4]]
    ics = calendar("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev], method="PUBLISH",
                   tzids=("W. Europe Standard Time",), calscale=False)
    out.append(item("outlook-own-entry-phone-screen", ics, uid, True, company="Tulpa Health",
                    role="Senior PM Clinician Tools", stage="recruiter_screen", interviewers=("noor haddad",),
                    trap="own-outlook-entry-no-attendees"))

    uid = "lever-3a9f0c2b71e64d58a0b9c8d7e6f5a4b3@hire.lever.co"
    desc = ("Video Interview\n\nCandidate: Rahul Menon\nPosition: Senior Product Manager, Clinician Tools\n"
            "Interviewer(s): Maud Hendriks (Head of Product)\n\nHi Rahul, this is your hiring manager interview with "
            "Maud. Expect a conversation about clinical workflows and how you've worked with regulated products.\n\n"
            + teams("en", "392 554 180 026", "Tu9Hk2") + "\n\nThe Tulpa Health Talent Team")
    ics = ats(prodid="-//Lever//Lever Hire Scheduling//EN", uid=uid,
              summary="Video Interview: Rahul Menon <> Tulpa Health (Hiring Manager)", start="20260128T110000",
              end="20260128T120000", zone="Europe/Amsterdam",
              organizer="ORGANIZER;CN=Tulpa Health Talent:mailto:talent@tulpahealth.com",
              attendees=[att("maud.hendriks@tulpahealth.com", "Maud Hendriks"), att(USER, "Rahul Menon")],
              desc=desc, location="Microsoft Teams Meeting")
    out.append(item("lever-video-hm", ics, uid, True, company="Tulpa Health",
                    role="Senior Product Manager, Clinician Tools", stage="hiring_manager",
                    interviewers=("maud.hendriks@tulpahealth.com",), trap="lever-video-teams-en"))
    return out


def _meeuw() -> list[dict]:
    out = []
    uid = "0a9z8y7x6w5v4u3t2s1r0q9p8o@google.com"
    desc = ("Booked by\nRahul Menon\nrahul.menon.pm@outlook.com\n\nWhat would you like to talk about?\nSenior PM "
            "Search role – saw the vacancy on your careers page.\n\nIntro call with Meeuw Travel's talent team "
            "(30 min): your experience, the Senior PM Search role and next steps.\n\n"
            + meet("en", "mwu-atyh-vcs", "885 002 391")
            + "\n\nReschedule or cancel: https://calendar.app.google/Xq7meeuwTalent")
    ics = google(uid=uid, summary="Meeuw Travel – intro with Talent (Rahul Menon)", start="20260120T113000",
                 end="20260120T120000", organizer=("lotte.vermeer@meeuw.travel", "Lotte Vermeer"),
                 guests=[g_att("lotte.vermeer@meeuw.travel", "Lotte Vermeer", "ACCEPTED"),
                         g_att(USER, "Rahul Menon", "ACCEPTED")],
                 desc=desc, conference="https://meet.google.com/mwu-atyh-vcs", stamp="20260116T210404Z")
    out.append(item("google-appointment-schedule", ics, uid, True, company="Meeuw Travel", role="Senior PM Search",
                    stage="recruiter_screen", interviewers=("lotte.vermeer@meeuw.travel",),
                    trap="google-appointment-booked-by-user"))

    desc = ("Hi Rahul,\n\nThanks for the great conversations so far. As the final step we'd like you to meet Bram "
            "(our CEO) together with me. We'll talk about the search roadmap you sketched and about how you lead.\n\n"
            "Cheers,\nEmre Kaya\nCPO, Meeuw\n\n" + teams("en", "361 822 509 114", "hT7qWx"))
    ics, uid = outlook(seed="meeuw-final", summary="Meeuw | Final interview | Senior PM Search",
                       start="20260212T163000", end="20260212T173000",
                       organizer=org("emre.kaya@meeuw.travel", "Kaya, Emre"),
                       attendees=[att("bram.deruiter@meeuw.travel", "de Ruiter, Bram"),
                                  att(USER, "rahul.menon.pm@outlook.com")],
                       desc=desc, location="Microsoft Teams Meeting", stamp="20260206T101112Z")
    out.append(item("outlook-teams-final", ics, uid, True, company="Meeuw Travel", role="Senior PM Search",
                    stage="final", interviewers=("emre.kaya@meeuw.travel", "bram.deruiter@meeuw.travel"),
                    trap="outlook-windows-zone-organizer-interviews"))
    return out


def _havenstad() -> dict:
    desc = ("Beste Rahul,\n\nNamens Esther Brouwer (CEO) en Kerem Yılmaz (COO) nodig ik je uit voor het tweede en "
            "laatste gesprek voor de functie Senior Product Manager. Het gesprek vindt online plaats.\n\n"
            "Met vriendelijke groet,\nMiriam de Wit\nSecretariaat directie, Havenstad Mobility\n\n"
            + teams("nl", "384 920 117 653", "Yh2wQa", "+31 20 708 5430", "118 553 902"))
    ics, uid = outlook(seed="havenstad-tweede", summary="Tweede gesprek Senior Product Manager – Havenstad Mobility",
                       start="20260224T150000", end="20260224T160000", lang="nl-NL",
                       organizer=org("secretariaat@havenstad.nl", "Secretariaat Directie"),
                       attendees=[att("esther.brouwer@havenstad.nl", "Brouwer, Esther"),
                                  att("kerem.yilmaz@havenstad.nl", "Yılmaz, Kerem"),
                                  att(USER, "rahul.menon.pm@outlook.com")],
                       desc=desc, location="Microsoft Teams-vergadering", stamp="20260217T085959Z")
    return item("outlook-teams-nl-final", ics, uid, True, company="Havenstad Mobility",
                role="Senior Product Manager", stage="final",
                interviewers=("esther.brouwer@havenstad.nl", "kerem.yilmaz@havenstad.nl"),
                trap="teams-nl-secretariat-organizer")


def _dekker() -> dict:
    desc = ("Je afspraak is bevestigd\n\nDekker Verzekeringen – Werving & Selectie\n\nService: Telefonische "
            "kennismaking Senior Productmanager Digitaal (30 minuten)\nMedewerker: Anouk Meijer, corporate "
            "recruiter\n\nWe bellen je op het nummer dat je hebt opgegeven: +31 6 4418 2290.\n\nAfspraak beheren: "
            "https://outlook.office365.com/owa/calendar/DekkerWerving@dekkerverzekeringen.nl/bookings/\n\n"
            "Dit is een automatisch bericht van Microsoft Bookings.")
    ics, uid = outlook(seed="dekker-bookings", summary="Telefonische kennismaking – Rahul Menon",
                       start="20260122T120000", end="20260122T123000", lang="nl-NL",
                       organizer=org("DekkerWerving@dekkerverzekeringen.nl", "Dekker Verzekeringen Werving"),
                       attendees=[att("anouk.meijer@dekkerverzekeringen.nl", "Anouk Meijer"),
                                  att(USER, "Rahul Menon")],
                       desc=desc, location="Telefonisch", stamp="20260119T203311Z", alt=False)
    return item("ms-bookings-phone-nl", ics, uid, True, company="Dekker Verzekeringen",
                role="Senior Productmanager Digitaal", stage="recruiter_screen",
                interviewers=("anouk.meijer@dekkerverzekeringen.nl",), trap="ms-bookings-nl")


def _zilverreiger() -> dict:
    desc = ("Hoi Rahul,\n\nZoals besproken: Zilverreiger Media wil je graag spreken voor de rol Senior Product "
            "Manager (streaming). Het eerste gesprek is met Lotte Brink, Product Director en je toekomstige "
            "leidinggevende.\n\nAdres: Zilverreiger Media, Mediapark, Hilversum (gebouw Studio 21, meld je bij "
            "de receptie).\n\nBel me gerust na afloop, dan nemen we het samen door.\n\nGroet,\nJoost Hendriks\n"
            "Noordkaap Recruitment – Digital & Product")
    ics, uid = outlook(seed="noordkaap-zilverreiger", summary="Gesprek Zilverreiger Media – Senior PM (via Noordkaap)",
                       start="20260210T110000", end="20260210T120000", lang="nl-NL",
                       organizer=org("joost@noordkaaprecruitment.nl", "Joost Hendriks"),
                       attendees=[att(USER, "Rahul Menon")], desc=desc, location="Mediapark, Hilversum",
                       stamp="20260204T131415Z", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    return item("agency-nl-names-employer", ics, uid, True, company="Zilverreiger Media",
                role="Senior Product Manager (streaming)", stage="hiring_manager", interviewers=("lotte brink",),
                trap="agency-nl-names-employer")


def events() -> list[dict]:
    return [_dijkstra_bos(), *_tulpa(), *_meeuw(), _havenstad(), _dekker(), _zilverreiger()]
