"""holdout129 interviews from schedulers and English-language ATS (Calendly, Bookings, Greenhouse, Lever …)."""

from __future__ import annotations

from holdout129ev_ics import (
    EXCHANGE,
    ME_FREE,
    TEAMS_NL,
    TZ_BRUSSELS,
    TZ_LUX,
    Ev,
    att,
    cal,
    desc,
    meet,
    org,
    teams,
    tz_windows,
    zoom_en,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "c6f1d9a0-3f47-4b8e-9e51-0a2b77d1c3f4@calendly.com"
    out.append(Ev("calendly-screen-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260203T184455Z",
        "DTSTART:20260205T150000Z",
        "DTEND:20260205T152000Z",
        "SUMMARY:Phone screen - Transport Planner (Geel) between Lotte Peeters and Gauthier Lambotte",
        org("lotte.peeters@kempenkoel.be", "Lotte Peeters"),
        att("lotte.peeters@kempenkoel.be", "Lotte Peeters", partstat="ACCEPTED", rsvp=False),
        att(ME_FREE, "Gauthier Lambotte", partstat="ACCEPTED", rsvp=False),
        "LOCATION:+32 477 60 13 52",
        desc("Event Name: Phone screen - Transport Planner (Geel)\n\nLotte will call you on the number you "
             "provided.\n\nA 20-minute first call with Kempen Koeltransport HR about the Transport Planner "
             "vacancy (temperature-controlled distribution\\, Geel depot).\n\nNeed to make changes to this "
             "event?\nCancel: https://calendly.com/cancellations/c6f1d9a0\nReschedule: "
             "https://calendly.com/reschedulings/c6f1d9a0\n\nPowered by Calendly.com"),
    ], prodid="-//Calendly//Calendly//EN", method="REQUEST"), uid, 1,
        "Kempen Koeltransport", "Transport Planner", "recruiter_screen", "lotte.peeters@kempenkoel.be",
        "calendly-phone-en"))

    uid = "040000008200E00074C5B7101A82E0080000000011FA02B2D592DC010000000000000000100000005E8D7C0A31AB2E"
    out.append(Ev("teams-nl-sollicitatie", cal([
        org("bart.vanhout@kempenkoel.be", "Van Hout, Bart"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("lotte.peeters@kempenkoel.be", "Peeters, Lotte", role="OPT-PARTICIPANT"),
        desc("Dag Gauthier\\,\n\nZoals besproken met Lotte plannen we een gesprek in met mij (operations "
             "manager). We voeren het gesprek in het Engels\\, geen probleem.\n\nLotte is optioneel "
             "uitgenodigd voor de planning.\n\n" + teams(TEAMS_NL, "ZjY2NjFk", "319 442 570 88", "Wb3kT9")),
        "SUMMARY;LANGUAGE=nl-BE:Sollicitatiegesprek Gauthier Lambotte – Transportplanner",
        "DTSTART;TZID=Romance Standard Time:20260213T140000",
        "DTEND;TZID=Romance Standard Time:20260213T150000",
        f"UID:{uid}",
        "DTSTAMP:20260209T091000Z",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=nl-BE:Microsoft Teams-vergadering",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    ], prodid=EXCHANGE, method="REQUEST", tz=tz_windows()), uid, 1,
        "Kempen Koeltransport", "Transportplanner", "hiring_manager", "bart.vanhout@kempenkoel.be",
        "teams-hm-nl"))

    uid = "AAMkAGM5ZjBkLTE2YTItNDg4Ny1iMWI2LWU3NTk2ZjBiMmU2NgBGAAAAAAB4bookings@luxmultimodal.lu"
    out.append(Ev("bookings-lux-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260220T070000Z",
        "DTSTART;TZID=Europe/Luxembourg:20260227T100000",
        "DTEND;TZID=Europe/Luxembourg:20260227T104500",
        "SUMMARY:Entretien de recrutement – Responsable exploitation route",
        org("recrutement@luxmultimodal.lu", "Lux Multimodal – Recrutement"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("sandra.weis@luxmultimodal.lu", "Sandra Weis"),
        "LOCATION:Lux Multimodal S.A.\\, Terminal de Bettembourg\\, L-3225 Bettembourg",
        desc("Votre rendez-vous est confirmé.\n\nService : Entretien de recrutement – Responsable exploitation "
             "route\nPersonnel : Sandra Weis\nDurée : 45 minutes\n\nLux Multimodal S.A.\n\nVous devez "
             "modifier ou annuler votre rendez-vous ? Gérer la réservation\n\nMicrosoft Bookings"),
    ], prodid="-//Microsoft Corporation//Microsoft Bookings//EN", method="REQUEST", tz=TZ_LUX), uid, 1,
        "Lux Multimodal", "Responsable exploitation route", "", "sandra.weis@luxmultimodal.lu",
        "ms-bookings-lux-fr"))

    uid = "calcom-8gJ2w1qQpV7uRzA4mLxY3e@cal.com"
    out.append(Ev("calcom-intro-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260204T121212Z",
        "DTSTART:20260210T160000Z",
        "DTEND:20260210T163000Z",
        "SUMMARY:Intro call: Operations Lead Benelux between Thibault Wauters and Gauthier Lambotte",
        org("thibault@freightwise.io", "Thibault Wauters"),
        att(ME_FREE, "Gauthier Lambotte", partstat="ACCEPTED", rsvp=False),
        "LOCATION:https://app.cal.com/video/8gJ2w1qQpV7uRzA4mLxY3e",
        desc("What: Intro call: Operations Lead Benelux\nInvitee time zone: Europe/Brussels\nWho:\n"
             "Thibault Wauters - Organizer (co-founder & CEO\\, Freightwise)\nGauthier Lambotte\n\n"
             "Where: Cal Video\n\nAdditional notes: Gauthier - 15 yrs dispatch/fleet planning\\, "
             "interested in the ops role.\n\nNeed to make a change? Reschedule or Cancel\n\nScheduled with "
             "Cal.com"),
    ], prodid="-//Cal.com Inc.//Cal.com Event//EN", method="REQUEST"), uid, 1,
        "Freightwise", "Operations Lead Benelux", "hiring_manager", "thibault@freightwise.io", "calcom-founder-en"))

    uid = "greenhouse-interview-2310487-1c4a@palletly.com"
    out.append(Ev("greenhouse-case-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260224T160000Z",
        "DTSTART;TZID=Europe/Brussels:20260304T140000",
        "DTEND;TZID=Europe/Brussels:20260304T150000",
        "SUMMARY:Interview with Palletly: Customer Operations Manager (Benelux) - Case study",
        org("no-reply@us.greenhouse-mail.io", "Palletly Recruiting"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("joren.claes@palletly.com", "Joren Claes"),
        att("ines.mertens@palletly.com", "Ines Mertens"),
        "LOCATION:Google Meet",
        desc("Hi Gauthier\\,\n\nThanks for making time to meet the Palletly team! Here is your schedule:\n\n"
             "2:00 PM - 3:00 PM CET  Case study: network disruption at a cross-dock (Joren Claes\\, Ines "
             "Mertens)\n\nYou'll receive the case 24 hours in advance. No slides needed.\n\n"
             + meet("kpx-hwqz-tfe", "en") + "\n\nCoordinated by Hanne Jacobs (Recruiting Coordinator)."),
    ], prodid="-//Greenhouse Software//Greenhouse//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Palletly", "Customer Operations Manager (Benelux)", "technical",
        "joren.claes@palletly.com;ines.mertens@palletly.com", "greenhouse-case-en"))

    uid = "lever-ivw-0e1d52a4-72f8-4d8b-a3d3-bb0cf1b2c7a1"
    out.append(Ev("lever-screen-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260206T110000Z",
        "DTSTART:20260210T093000Z",
        "DTEND:20260210T100000Z",
        "SUMMARY:Tracklane <> Gauthier Lambotte | Recruiter Screen",
        org("interviews@hire.lever.co", "Tracklane"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("noor.elamrani@tracklane.eu", "Noor El Amrani"),
        "LOCATION:https://tracklane.zoom.us/j/86211940375",
        desc("Role: Fleet Operations Coordinator\n\n" + zoom_en("Noor El Amrani", "https://tracklane.zoom.us/j/"
             "86211940375?pwd=Qm1sT2h", "862 1194 0375", "740912") + "\nScheduled via Lever"),
    ], prodid="-//Lever//Lever Hire//EN", method="REQUEST"), uid, 1,
        "Tracklane", "Fleet Operations Coordinator", "recruiter_screen", "noor.elamrani@tracklane.eu",
        "lever-zoom-en"))

    uid = "ashby-interview-7a1f5d3e-0c2b-4e48-b9c6-2f1e0d9c8b7a@ashbyhq.com"
    out.append(Ev("ashby-hm-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260225T090000Z",
        "DTSTART:20260302T130000Z",
        "DTEND:20260302T134500Z",
        "SUMMARY:Gauthier Lambotte <> Loadstar - Hiring Manager Interview",
        org("no-reply@ashbyhq.com", "Loadstar Labs"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("wouter@loadstar.eu", "Wouter Segers"),
        "LOCATION:https://meet.google.com/ubn-zrqe-mda",
        desc("Loadstar Labs - Head of Carrier Operations\n\nInterviewer: Wouter Segers (VP Operations)\n\n"
             "Join: https://meet.google.com/ubn-zrqe-mda\n\nPowered by Ashby"),
    ], prodid="-//Ashby//Ashby Scheduling//EN", method="REQUEST"), uid, 1,
        "Loadstar Labs", "Head of Carrier Operations", "hiring_manager", "wouter@loadstar.eu", "ashby-brand-en"))

    uid = "goodtime-6640213-panel@transalp-logistics.com"
    out.append(Ev("goodtime-panel-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260301T080000Z",
        "DTSTART;TZID=Europe/Brussels:20260310T093000",
        "DTEND;TZID=Europe/Brussels:20260310T123000",
        "SUMMARY:Onsite Interview - Gauthier Lambotte - Site Transport Manager (Liège Trilogiport)",
        org("scheduling@transalp-logistics.com", "Transalp Logistics Belgium Scheduling"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("kurt.dewilde@transalp-logistics.com", "Kurt De Wilde"),
        att("nathalie.bodart@transalp-logistics.com", "Nathalie Bodart"),
        att("yves.lhoest@transalp-logistics.com", "Yves Lhoest"),
        att("nele.vermeulen@transalp-logistics.com", "Nele Vermeulen", role="NON-PARTICIPANT"),
        "LOCATION:Transalp Logistics\\, Trilogiport\\, Avenue du Parc 1\\, 4684 Oupeye",
        desc("Agenda\n09:30-10:15 Kurt De Wilde - Site Director\n10:15-11:00 Nathalie Bodart - HR Business "
             "Partner (competency interview)\n11:00-11:45 Yves Lhoest - Transport Controller (KPI / tachograph "
             "data exercise)\n11:45-12:30 Warehouse & yard walk\n\nYour coordinator: Nele Vermeulen. She will "
             "meet you at reception.\n\nScheduled with GoodTime"),
    ], prodid="-//GoodTime.io//GoodTime Hire//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Transalp Logistics Belgium", "Site Transport Manager", "onsite",
        "kurt.dewilde@transalp-logistics.com;nathalie.bodart@transalp-logistics.com;"
        "yves.lhoest@transalp-logistics.com", "goodtime-panel-coordinator-en"))

    uid = "ml-evt-2b7e9c15f0a44d3c@modernloop.io"
    out.append(Ev("modernloop-final-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260305T151500Z",
        "DTSTART;TZID=Europe/Brussels:20260312T150000",
        "DTEND;TZID=Europe/Brussels:20260312T160000",
        "SUMMARY:Final round: Gauthier Lambotte x Nordwave (Liner Logistics Manager)",
        org("interviews@nordwave-shipping.com", "Nordwave Shipping Interviews"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("s.dhondt@nordwave-shipping.com", "Stijn D'hondt"),
        att("m.kowalczyk@nordwave-shipping.com", "Magda Kowalczyk"),
        "LOCATION:Nordwave Shipping\\, Kattendijkdok-Westkaai 12\\, 2000 Antwerpen",
        desc("Final round for Liner Logistics Manager.\nInterviewers: Stijn D'hondt (Managing Director)\\, "
             "Magda Kowalczyk (CFO)\n\nSent with ModernLoop"),
    ], prodid="-//ModernLoop//ModernLoop//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Nordwave Shipping", "Liner Logistics Manager", "final",
        "s.dhondt@nordwave-shipping.com;m.kowalczyk@nordwave-shipping.com", "modernloop-final-en"))

    uid = "icims-9988123-41@achb.careers.icims.com"
    out.append(Ev("icims-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260216T120000Z",
        "DTSTART;TZID=Europe/Brussels:20260220T083000",
        "DTEND;TZID=Europe/Brussels:20260220T093000",
        "SUMMARY:Interview - Ramp & Cargo Duty Manager (Req 2026-0412)",
        org("do-not-reply@icims.com", "ACHB Careers"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("d.pirotte@achb.aero", "Didier Pirotte"),
        "LOCATION:Building 1\\, Cargo Road\\, Liège Airport (visitors' car park P3)",
        desc("Dear Gauthier\\,\n\nAerocargo Handling Belgium (ACHB) invites you to an in-person interview for "
             "the position Ramp & Cargo Duty Manager. You will meet Didier Pirotte\\, Station Manager.\n\n"
             "Airside access is not required. Bring your identity card.\n\nThis is an automated message from "
             "iCIMS."),
    ], prodid="-//iCIMS//Calendar//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Aerocargo Handling Belgium", "Ramp & Cargo Duty Manager", "", "d.pirotte@achb.aero", "icims-acronym-en"))

    uid = "SF-INT-3d7b1e22-5a0c-4f91-8d3b-77c2e0a9f611"
    out.append(Ev("successfactors-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260223T093000Z",
        "DTSTART;TZID=Europe/Brussels:20260305T100000",
        "DTEND;TZID=Europe/Brussels:20260305T113000",
        "SUMMARY:Invitation entretien – Transport Manager Centre de distribution Ghislenghien",
        org("careers@distrimarche.be", "Distrimarché Recrutement"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("p.vandamme@distrimarche.be", "Philippe Vandamme"),
        att("a.hanquet@distrimarche.be", "Aurélie Hanquet"),
        "LOCATION:Centre de distribution\\, Zoning de Ghislenghien\\, 7822 Ath",
        desc("Bonjour Monsieur Lambotte\\,\n\nNous vous invitons à un entretien avec M. Philippe Vandamme\\, "
             "directeur logistique\\, et Mme Aurélie Hanquet\\, HR Business Partner\\, pour le poste de "
             "Transport Manager (flotte propre 60 camions + sous-traitants).\n\nSAP SuccessFactors "
             "Recruiting"),
    ], prodid="-//SAP SuccessFactors//Interview Scheduling//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Distrimarché", "Transport Manager Centre de distribution Ghislenghien", "hiring_manager",
        "p.vandamme@distrimarche.be;a.hanquet@distrimarche.be", "successfactors-fr"))

    uid = "workable-5F2A91C3D7@workable.com"
    out.append(Ev("workable-phone-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260225T171000Z",
        "DTSTART:20260303T080000Z",
        "DTEND:20260303T082000Z",
        "SUMMARY:Appel téléphonique avec Hannut Agri Transports",
        org("noreply@workablemail.com", "Hannut Agri Transports"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("admin@hat-transports.be", "Geneviève Stiernon"),
        desc("Bonjour Gauthier\\,\n\nGeneviève Stiernon (responsable administrative) vous appellera pour un "
             "premier échange au sujet du poste de Planificateur transport (vrac agricole\\, 18 camions).\n\n"
             "Envoyé via Workable"),
    ], prodid="-//Workable//Workable Calendar//EN", method="REQUEST"), uid, 1,
        "Hannut Agri Transports", "Planificateur transport", "recruiter_screen", "admin@hat-transports.be",
        "workable-phone-abbr-domain-fr"))

    uid = "0f3c9d2e-4e1b-4a21-9a7f-5b8e3c2a1d0f"
    out.append(Ev("google-meet-fr", cal([
        "DTSTART:20260218T130000Z",
        "DTEND:20260218T140000Z",
        "DTSTAMP:20260212T080512Z",
        org("m.gerard@cafc-charleroi.be", "Mathieu Gérard"),
        f"UID:{uid}",
        att(ME_FREE, "gauthier.lambotte@skynet.be", extra="X-NUM-GUESTS=0"),
        att("m.gerard@cafc-charleroi.be", "Mathieu Gérard", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att("j.quinet@cafc-charleroi.be", "Julie Quinet", extra="X-NUM-GUESTS=0"),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/bvx-ocns-jqa",
        "CREATED:20260212T080510Z",
        desc("Entretien pour le poste de Coordinateur import/export (CAFC). Avec Julie Quinet (RH).\n\n-::~:~::"
             "~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
             + meet("bvx-ocns-jqa") + "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
        "LAST-MODIFIED:20260212T080512Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entretien Gauthier Lambotte / CAFC – Coordinateur import-export",
        "TRANSP:OPAQUE",
    ], method="REQUEST"), uid, 1,
        "Charleroi Air Freight Center", "Coordinateur import/export", "",
        "m.gerard@cafc-charleroi.be;j.quinet@cafc-charleroi.be", "google-meet-acronym-fr"))

    return out
