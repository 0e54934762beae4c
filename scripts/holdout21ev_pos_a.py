"""holdout21: the user's own interviews, English and German (each event written on its own)."""

from __future__ import annotations

from holdout21ev_ics import (
    APPLE,
    CALCOM,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    ME,
    ME_WORK,
    OUTLOOK,
    SMARTR,
    TEAMTAILOR,
    WORKDAY,
    Item,
    meet,
    org,
    teams,
    vcal,
    vevent,
    who,
    zoom,
)


def items() -> list[Item]:
    """Given nothing returns the English and German interview items of holdout21."""
    out: list[Item] = []

    def add(kind: str, lang: str, uid: str, text: str, company: str, role: str, stage: str, iv: list[str],
            trap: str = "") -> None:
        out.append(Item(kind, lang, text, uid, True, company, role, stage, iv, trap))

    u = "h21-wd-7781@northvale.myworkday.com"
    add("workday-screen", "en", u, vcal(WORKDAY, vevent(
        u, "Interview: Supply Chain Planner (R-20417) - Mateo Garcia", "20261203T093000", "20261203T100000",
        tzid="Europe/Amsterdam",
        desc="Hello Mateo,\n\nThank you for your interest in Northvale Retail. Your phone screen for the Supply Chain "
             "Planner position (R-20417) is confirmed.\n\nInterviewer: Femke de Ruiter, Talent Acquisition Partner\n"
             "She will call you on +34 6xx xxx 210.\n\nThis invitation was sent via Workday. Please do not reply.",
        people=[org("noreply@northvale.myworkday.com", "Northvale Retail Recruiting"),
                who("femke.deruiter@northvale.nl", "Femke de Ruiter"), who(ME, "Mateo Garcia")]),
        tzids=("Europe/Amsterdam",)), "Northvale Retail", "Supply Chain Planner", "recruiter_screen",
        ["femke.deruiter@northvale.nl"])

    u = "040000008200E00074C5B7101A82E0080000000010aa21bb0001"
    add("outlook-technical-case", "en", u, vcal(OUTLOOK, vevent(
        u, "Case interview – Logistics Analyst | Havenlink 3PL", "20261208T140000", "20261208T153000",
        tzid="W. Europe Standard Time",
        desc="Dear Mateo,\n\nAs discussed, below the invite for the second round. We will give you a small dataset of "
             "inbound volumes for our Rotterdam DC and ask you to walk us through a slotting proposal. Excel is fine.\n"
             "Panel: Joost Verbeek (Head of Network Planning) and Ilse Kramer (Senior Analyst).\n\nKind "
             "regards,\nJoost\n\n"
             + teams("en", "MTk3ZGE2NzQ"),
        loc="Microsoft Teams Meeting",
        people=[org("j.verbeek@havenlink.nl", "Verbeek, Joost"), who("i.kramer@havenlink.nl", "Kramer, Ilse"),
                who(ME, "mateo.garcia.r@gmail.com")],
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]),
        tzids=("W. Europe Standard Time",)), "Havenlink", "Logistics Analyst", "technical",
        ["j.verbeek@havenlink.nl", "i.kramer@havenlink.nl"])

    u = "calendly-8f2c1e90-h21a"
    add("calendly-hm", "en", u, vcal(CALENDLY, vevent(
        u, "30 Minute Meeting between Priya Nair and Mateo García", "20261209T110000Z", "20261209T113000Z",
        desc="Event Name: 30 Minute Meeting\n\nPriya Nair – Director of Fulfilment Operations at Cartwell Home (we "
             "sell furniture online across the EU). I'm the hiring manager for the Operations Excellence Lead role; "
             "let's talk about your Lean experience.\n\nNeed to make changes to this event?\nCancel: "
             "https://calendly.com/cancellations/8f2c1e90\nReschedule: https://calendly.com/reschedulings/8f2c1e90\n\n"
             "Powered by Calendly.com",
        loc="https://meet.google.com/qpr-hwxz-tka",
        people=[org("priya.nair@cartwellhome.com", "Priya Nair"), who("priya.nair@cartwellhome.com", "Priya Nair",
                partstat="ACCEPTED"), who(ME, "Mateo García", partstat="ACCEPTED")]), method="PUBLISH"),
        "Cartwell Home", "Operations Excellence Lead", "hiring_manager", ["priya.nair@cartwellhome.com"])

    u = "google-h21-onsite-ferromax@google.com"
    add("google-onsite-rooms", "en", u, vcal(GOOGLE, vevent(
        u, "Onsite interviews: Mateo Garcia (Inventory Planning Analyst)", "20261215T090000", "20261215T130000",
        tzid="Europe/Madrid",
        desc="Schedule\n09:00 Welcome & plant tour – Lucía Ortega (People Partner)\n09:45 Planning exercise – "
             "Daniel Moss\n11:00 Team lead conversation – Hannah Vogt\n12:15 Wrap-up with Lucía\n\nPlease bring ID; "
             "safety shoes are provided.\nFerromax Components, Polígono Plaza, Calle Bari 31, Zaragoza\n\n"
             + meet("sxe-aqjb-umd"),
        loc="Ferromax Zaragoza - Sala Moncayo (12)",
        people=[org("lucia.ortega@ferromax-components.com", "Lucía Ortega"),
                who("lucia.ortega@ferromax-components.com", "Lucía Ortega", partstat="ACCEPTED"),
                who("d.moss@ferromax-components.com", "Daniel Moss"),
                who("hannah.vogt@ferromax-components.com", "Hannah Vogt"),
                who("c_1889zar_moncayo@resource.calendar.google.com", "Ferromax Zaragoza-Sala Moncayo (12)",
                    cutype="RESOURCE"),
                who(ME, "Mateo Garcia")], extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/sxe-aqjb-umd"]),
        tzids=("Europe/Madrid",)), "Ferromax Components", "Inventory Planning Analyst", "onsite",
        ["lucia.ortega@ferromax-components.com", "d.moss@ferromax-components.com",
         "hannah.vogt@ferromax-components.com"], "room")

    u = "h21-founder-gmail-01@google.com"
    add("founder-freemail", "en", u, vcal(GOOGLE, vevent(
        u, "Mateo x Tom – Parcelbird ops chat", "20261204T170000", "20261204T174500", tzid="Europe/Madrid",
        desc="Hey Mateo, Tom here, co-founder of Parcelbird (same-day delivery in Lyon & Toulouse). Saw your "
             "application for our first Head of Warehouse Ops hire. Quick video call to get to know you and see if "
             "there's a fit – I'll share how we run the micro-hubs.\n\n" + meet("jyu-pkde-wrn"),
        people=[org("tom.beaulieu.pb@gmail.com", "Tom Beaulieu"), who(ME, "Mateo García")]),
        tzids=("Europe/Madrid",)), "Parcelbird", "Head of Warehouse Ops", "hiring_manager",
        ["tom.beaulieu.pb@gmail.com"], "founder_freemail")

    u = "h21-agency-hays-like-77"
    add("agency-names-client", "en", u, vcal(OUTLOOK, vevent(
        u, "Interview with our client Kestrel Chemicals - Demand Planner", "20261210T100000",
        "20261210T110000", tzid="Romance Standard Time",
        desc="Hi Mateo,\n\nConfirming your first interview with our client Kestrel Chemicals for the Demand Planner "
             "(remote, EMEA) vacancy. You will speak with Marc Okafor, Demand Planning Manager. I won't join the call; "
             "please ring me afterwards with your feedback.\n\nBest,\nSiobhan Reilly | Senior Consultant | "
             "Talentbridge "
             "Supply Chain Recruitment\n\n" + teams("en", "YTQ1MGQ3ZmE"),
        people=[org("siobhan.reilly@talentbridge-sc.com", "Siobhan Reilly"),
                who("marc.okafor@kestrelchem.com", "Marc Okafor"), who(ME, "Mateo Garcia"),
                who("siobhan.reilly@talentbridge-sc.com", "Siobhan Reilly", role="OPT-PARTICIPANT")]),
        tzids=("Romance Standard Time",)), "Kestrel Chemicals", "Demand Planner", "hiring_manager",
        ["marc.okafor@kestrelchem.com"], "agency")

    u = "h21-handtyped-apple-01"
    add("handtyped-apple", "en", u, vcal(APPLE, vevent(
        u, "call w/ Olga - Stackline Logistics (recruiter)", "20261202T153000", "20261202T160000",
        desc="she calls me. role = logistics analyst, remote. have salary number ready"),
        method=""), "Stackline Logistics", "Logistics Analyst", "recruiter_screen", [], "handtyped")

    u = "h21-smartr-tech-55"
    add("smartrecruiters-technical", "en", u, vcal(SMARTR, vevent(
        u, "Technical Interview | S&OP Analyst | Velora Foods", "20261211T130000Z", "20261211T140000Z",
        desc="Hi Mateo,\n\nYou are invited to a Technical Interview for S&OP Analyst at Velora Foods.\n\n"
             "Interviewers:\n- Arnaud Petit, S&OP Manager\n- Greta Lindqvist, Planning Systems Lead\n\n"
             "Format: 60 min, Zoom. Expect questions on forecasting accuracy, safety stock and a short SQL "
             "exercise.\n\n" + zoom("84512239901", "VeLoRa2026xq")
             + "\n\nScheduled through SmartRecruiters on behalf of Velora Foods.",
        people=[org("scheduling@smartrecruiters.com", "Velora Foods via SmartRecruiters"),
                who("arnaud.petit@velorafoods.eu", "Arnaud Petit"), who("greta.lindqvist@velorafoods.eu",
                "Greta Lindqvist"), who("nadia.kerr@velorafoods.eu", "Nadia Kerr (Recruiting Coordinator)",
                role="NON-PARTICIPANT"), who(ME, "Mateo García")])),
        "Velora Foods", "S&OP Analyst", "technical", ["arnaud.petit@velorafoods.eu", "greta.lindqvist@velorafoods.eu"],
        "coordinator")

    u = "h21-final-exch-0099"
    add("exchange-final", "en", u, vcal(EXCHANGE, vevent(
        u, "Final round – Mateo García / Operations Excellence Manager", "20261217T150000", "20261217T160000",
        tzid="Romance Standard Time",
        desc="Mateo, this is the last step: a conversation with our COO Richard Hale and the VP People, Amara Diallo. "
             "No presentation needed. Looking forward!\nYvonne (Talent team, Brightdock Fulfilment)\n\n"
             + teams("en", "ZmI3NTAwMTg"),
        loc="Microsoft Teams Meeting; Brightdock Boardroom 4F",
        people=[org("yvonne.mertens@brightdock.com", "Mertens, Yvonne"),
                who("richard.hale@brightdock.com", "Hale, Richard"), who("amara.diallo@brightdock.com",
                "Diallo, Amara"), who("boardroom4f@brightdock.com", "Brightdock Boardroom 4F", cutype="ROOM"),
                who(ME, "Mateo García")], seq=1),
        tzids=("Romance Standard Time",)), "Brightdock Fulfilment", "Operations Excellence Manager", "final",
        ["richard.hale@brightdock.com", "amara.diallo@brightdock.com"], "room")

    u = "calcom-h21-e1d0"
    add("calcom-screen", "en", u, vcal(CALCOM, vevent(
        u, "Intro call: Lumen Grocers x Mateo", "20261207T080000Z", "20261207T082000Z",
        desc="What: Intro call (20 min)\nInvitee: Mateo García\nHost: Rosa Bianchi (Talent, Lumen Grocers)\n"
             "Additional notes: re your application – Replenishment Analyst, Lyon\n\nWhere: Cal Video "
             "https://app.cal.com/video/e1d0k2\n\nNeed to reschedule or cancel? https://cal.com/booking/e1d0k2",
        people=[org("rosa.bianchi@lumengrocers.fr", "Rosa Bianchi"), who(ME, "Mateo García", partstat="ACCEPTED")])),
        "Lumen Grocers", "Replenishment Analyst", "recruiter_screen", ["rosa.bianchi@lumengrocers.fr"])

    u = "h21-cancelled-teamtailor-3"
    add("cancelled-teamtailor", "en", u, vcal(TEAMTAILOR, vevent(
        u, "CANCELLED: Interview with Quayside Beverages", "20261205T100000Z", "20261205T104500Z",
        desc="Unfortunately this interview has been cancelled by Quayside Beverages. Your recruiter Ben Hollis "
             "will reach out with a new time for the Logistics Coordinator interview.",
        people=[org("noreply@teamtailor.com", "Quayside Beverages"), who("ben.hollis@quaysidebev.co.uk", "Ben Hollis"),
                who(ME, "Mateo Garcia")], status="CANCELLED", seq=2), method="CANCEL"),
        "Quayside Beverages", "Logistics Coordinator", "", ["ben.hollis@quaysidebev.co.uk"], "cancelled")

    u = "h21-allday-assess-en"
    add("allday-assessment", "en", u, vcal(GOOGLE, vevent(
        u, "Assessment day – Orrin Manufacturing (Toulouse) – shift planner role", "20261214", "20261215",
        desc="Mateo's assessment day. Group exercise + interviews with the plant logistics team. Address: 12 av. "
             "de Larrieu, Toulouse. Contact: Chloé Marchand.",
        people=[org(ME, "Mateo García")]), head="X-WR-CALNAME:Mateo\r\nX-WR-TIMEZONE:Europe/Madrid\r\n",
        method="PUBLISH"), "Orrin Manufacturing", "Shift Planner", "onsite", [], "all-day")

    u = "h21-work-address-en"
    add("sent-to-work-address", "en", u, vcal(OUTLOOK, vevent(
        u, "Phone interview – Transport Planner – Mateo Garcia", "20261204T081500", "20261204T084500",
        tzid="Romance Standard Time",
        desc="Good morning Mateo,\nAs agreed I'll call you at 08:15 before your shift. The role is Transport Planner "
             "in our Duisburg hub; we'll talk about your background and the next steps.\nHelen Achterberg\n"
             "Recruiting | Weserport Logistik GmbH",
        people=[org("h.achterberg@weserport-logistik.de", "Achterberg, Helen"), who(ME_WORK, "García, Mateo")]),
        tzids=("Romance Standard Time",)), "Weserport Logistik", "Transport Planner", "recruiter_screen",
        ["h.achterberg@weserport-logistik.de"], "work_address")

    u = "h21-recurring-trial-en"
    series = vevent(u, "Paid trial shift – Hollow Oak Distribution (Ops Supervisor)", "20261216T070000",
                    "20261216T150000", tzid="Europe/Madrid",
                    desc="Two paid trial days as part of the selection for Ops Supervisor. Report to gate B, ask for "
                         "Kevin Marsh (site manager).",
                    people=[org("kevin.marsh@hollowoakdist.com", "Kevin Marsh"), who(ME, "Mateo Garcia")],
                    extra=["RRULE:FREQ=DAILY;COUNT=2"])
    override = vevent(u, "Paid trial shift – Hollow Oak Distribution (Ops Supervisor) – late start",
                      "20261217T090000", "20261217T170000", tzid="Europe/Madrid",
                      desc="Day two starts at 09:00 instead: Kevin has the weekly review first.",
                      people=[org("kevin.marsh@hollowoakdist.com", "Kevin Marsh"), who(ME, "Mateo Garcia")],
                      extra=["RECURRENCE-ID;TZID=Europe/Madrid:20261217T070000"], seq=1)
    add("recurring-trial-override", "en", u, vcal(GOOGLE, series + override, tzids=("Europe/Madrid",)),
        "Hollow Oak Distribution", "Ops Supervisor", "onsite", ["kevin.marsh@hollowoakdist.com"], "recurring")

    u = "h21-teams-hm-short"
    add("teams-hm-terse", "en", u, vcal(OUTLOOK, vevent(
        u, "Mateo / Sanne", "20261210T160000", "20261210T163000", tzid="W. Europe Standard Time",
        desc="Hi Mateo, as promised by our recruiter: a first conversation with me as your potential manager for "
             "the Network Analyst opening at Dijkstra Fresh. Sanne\n\n" + teams("en", "NzI1YjQ0ZjE"),
        people=[org("sanne.bakker@dijkstrafresh.nl", "Sanne Bakker"), who(ME, "Mateo Garcia")]),
        tzids=("W. Europe Standard Time",)), "Dijkstra Fresh", "Network Analyst", "hiring_manager",
        ["sanne.bakker@dijkstrafresh.nl"], "terse_title")

    u = "h21-zoom-panel-en"
    add("zoom-panel", "en", u, vcal(ZOOM_PROD, vevent(
        u, "Panel interview - Supply Planning Specialist - Tidewell Pharma", "20261211T090000Z", "20261211T100000Z",
        desc="Mateo García is invited to a scheduled Zoom meeting.\nPanel: Dr. Ines Kohl (Supply Planning Director), "
             "Raj Patel (Supply Planner), Olivia Stone (HR Business Partner).\n\n" + zoom("91277410035", "TdWpanel7"),
        people=[org("olivia.stone@tidewellpharma.com", "Olivia Stone"),
                who("ines.kohl@tidewellpharma.com", "Ines Kohl"),
                who("raj.patel@tidewellpharma.com", "Raj Patel"), who(ME, "Mateo Garcia")]), method="REQUEST"),
        "Tidewell Pharma", "Supply Planning Specialist", "technical",
        ["olivia.stone@tidewellpharma.com", "ines.kohl@tidewellpharma.com", "raj.patel@tidewellpharma.com"], "panel")

    u = "h21-rescheduled-en-4"
    add("rescheduled", "en", u, vcal(GOOGLE, vevent(
        u, "Updated invitation: Mateo <> Pallettrack – hiring manager interview @ Thu 10 Dec 2026 15:00 - 15:45 (CET)",
        "20261210T140000Z", "20261210T144500Z",
        desc="This event has been changed.\nChanged: time\n\nSecond interview with Marius Albu (Head of Planning) "
             "for the Logistics Data Analyst position.\n\n" + meet("cmd-vryt-qea"),
        people=[org("marius.albu@pallettrack.io", "Marius Albu"), who(ME, "Mateo García")], seq=3)),
        "Pallettrack", "Logistics Data Analyst", "hiring_manager", ["marius.albu@pallettrack.io"], "rescheduled")

    u = "h21-remote-screen-ashby"
    add("ashby-screen", "en", u, vcal("-//Ashby//Ashby Scheduling//EN", vevent(
        u, "Mateo García <> Corvid Commerce – Recruiter Screen", "20261203T154500Z", "20261203T161500Z",
        desc="Recruiter Screen for Fulfilment Operations Analyst (Remote – EU)\nInterviewer: Jamie Lowe\n\nJoin: "
             "https://corvid.zoom.us/j/8821177710\n\nScheduled with Ashby. Need to reschedule? Reply to your "
             "recruiting coordinator, Petra Wills.",
        people=[org("no-reply@ashbyhq.com", "Corvid Commerce"), who("jamie.lowe@corvidcommerce.com", "Jamie Lowe"),
                who("petra.wills@corvidcommerce.com", "Petra Wills", role="NON-PARTICIPANT"),
                who(ME, "Mateo García")])),
        "Corvid Commerce", "Fulfilment Operations Analyst", "recruiter_screen", ["jamie.lowe@corvidcommerce.com"],
        "coordinator")

    u = "h21-de-join-01"
    add("join-screen-de", "de", u, vcal(JOIN_PROD, vevent(
        u, "Telefoninterview: Disponent (m/w/d) – Lagerhaus Rheinkai GmbH", "20261208T100000", "20261208T103000",
        tzid="Europe/Berlin",
        desc="Hallo Mateo,\n\nvielen Dank für Ihre Bewerbung als Disponent (m/w/d) in Duisburg. Frau Katrin Esser "
             "(Personalreferentin) ruft Sie zum vereinbarten Termin an.\n\nViele Grüße\nIhr Team der Lagerhaus "
             "Rheinkai GmbH\n\nVersendet über JOIN",
        people=[org("bewerbung@join.com", "Lagerhaus Rheinkai GmbH"), who("k.esser@rheinkai-lager.de", "Katrin Esser"),
                who(ME, "Mateo García")]), tzids=("Europe/Berlin",)),
        "Lagerhaus Rheinkai", "Disponent", "recruiter_screen", ["k.esser@rheinkai-lager.de"])

    u = "040000008200E00074C5B7101A82E00800000000de21aa02"
    add("outlook-de-fachgespraech", "de", u, vcal(OUTLOOK, vevent(
        u, "Fachgespräch Supply Chain Analyst – Herr García", "20261214T130000", "20261214T143000",
        tzid="W. Europe Standard Time",
        desc="Sehr geehrter Herr García,\n\nwie telefonisch besprochen laden wir Sie zum Fachgespräch ein. "
             "Teilnehmer: Dr. Jens Hölscher (Leitung Supply Chain), Aylin Demir (Teamleiterin Bestandsplanung); "
             "ich selbst bin nicht dabei.\n"
             "Bitte bereiten Sie eine kurze Vorstellung eines Verbesserungsprojekts aus Ihrem Lager vor (10 Min.).\n\n"
             "Mit freundlichen Grüßen\nMarlene Vogel\nHR Recruiting | Kranich Haushaltsgeräte AG\n\n"
             + teams("de", "OGFlZTJjNDA"),
        loc="Microsoft Teams-Besprechung",
        people=[org("marlene.vogel@kranich-hg.de", "Vogel, Marlene"), who("jens.hoelscher@kranich-hg.de",
                "Hölscher, Jens Dr."), who("aylin.demir@kranich-hg.de", "Demir, Aylin"), who(ME, "Mateo García")]),
        tzids=("W. Europe Standard Time",)), "Kranich Haushaltsgeräte", "Supply Chain Analyst", "technical",
        ["jens.hoelscher@kranich-hg.de", "aylin.demir@kranich-hg.de"])

    u = "h21-de-vor-ort-02@google.com"
    add("google-vorort-de", "de", u, vcal(GOOGLE, vevent(
        u, "Vorstellungsgespräch vor Ort – Schichtleiter Logistikzentrum", "20261216T100000", "20261216T120000",
        tzid="Europe/Berlin",
        desc="Hallo Mateo,\nwir freuen uns auf dich am Standort Duisburg-Hafen (Gebäude C, Empfang). Du lernst "
             "Stefan Brandt (Standortleiter) und Jana Wolff (HR) kennen, danach Rundgang durch das Lager.\n"
             "Parkplätze vor Tor 3.\nLiebe Grüße, Jana – Trivento Fulfilment\n\n" + meet("dfk-yqpa-ahe", "de"),
        loc="Trivento Fulfilment, Am Hafenbecken 7, 47119 Duisburg",
        people=[org("jana.wolff@trivento-fulfilment.de", "Jana Wolff"),
                who("stefan.brandt@trivento-fulfilment.de", "Stefan Brandt"),
                who("jana.wolff@trivento-fulfilment.de", "Jana Wolff", partstat="ACCEPTED"),
                who(ME, "Mateo García")]), tzids=("Europe/Berlin",)),
        "Trivento Fulfilment", "Schichtleiter Logistikzentrum", "onsite",
        ["stefan.brandt@trivento-fulfilment.de", "jana.wolff@trivento-fulfilment.de"])

    u = "h21-de-handtyped-03"
    add("handtyped-de", "de", u, vcal(APPLE, vevent(
        u, "Gespräch Fa. Meinhardt Spedition 14h (Teamleitung Planung)", "20261209T140000", "20261209T150000",
        desc="2. Runde mit Hr. Meinhardt jun. (GF) – Zeugnisse mitnehmen!",
        loc="Meinhardt Spedition, Ruhrorter Str. 55, Duisburg"), method=""),
        "Meinhardt Spedition", "Teamleitung Planung", "final", [], "handtyped")

    u = "h21-de-teams-hm-04"
    add("teams-hm-de", "de", u, vcal(EXCHANGE, vevent(
        u, "Kennenlernen mit der Fachabteilung – Logistikanalyst (remote)", "20261211T110000", "20261211T114500",
        tzid="W. Europe Standard Time",
        desc="Hallo Herr García,\nanbei die Einladung zum Gespräch mit Ihrem künftigen Vorgesetzten Tobias Renner "
             "(Head of Logistics Controlling). Frau Uhl aus dem Recruiting organisiert nur den Termin und ist nicht "
             "dabei.\nBeste Grüße\nSabine Uhl, Nordlicht Versand GmbH\n\n" + teams("de", "MzQ0ZDhjOTE"),
        people=[org("sabine.uhl@nordlicht-versand.de", "Uhl, Sabine"),
                who("tobias.renner@nordlicht-versand.de", "Renner, Tobias"), who(ME, "García, Mateo")]),
        tzids=("W. Europe Standard Time",)), "Nordlicht Versand", "Logistikanalyst", "hiring_manager",
        ["tobias.renner@nordlicht-versand.de"], "coordinator")

    u = "h21-de-cancel-05"
    add("cancelled-de", "de", u, vcal(OUTLOOK, vevent(
        u, "Abgesagt: Zweitgespräch Operations Excellence – Voss Kunststofftechnik", "20261215T090000",
        "20261215T100000", tzid="W. Europe Standard Time",
        desc="Leider müssen wir den Termin absagen, da Herr Kessler erkrankt ist. Wir melden uns mit einem neuen "
             "Terminvorschlag für das Zweitgespräch.",
        people=[org("recruiting@voss-kt.de", "Recruiting Voss"), who("p.kessler@voss-kt.de", "Kessler, Peter"),
                who(ME, "Mateo García")], status="CANCELLED", seq=1, extra=["PRIORITY:5"]),
        method="CANCEL", tzids=("W. Europe Standard Time",)),
        "Voss Kunststofftechnik", "Operations Excellence", "", ["p.kessler@voss-kt.de"], "cancelled")

    u = "h21-de-calendly-06"
    add("calendly-de", "de", u, vcal(CALENDLY, vevent(
        u, "Erstgespräch (30 Min.) zwischen Lea Sommer und Mateo García", "20261207T123000Z", "20261207T130000Z",
        desc="Veranstaltungsname: Erstgespräch (30 Min.)\n\nLea Sommer, Talent Acquisition bei Packwerk Commerce – "
             "zu deiner Bewerbung als Fulfillment Planner.\n\nOrt: Telefon, Lea ruft dich an.\n\nÄnderungen? "
             "https://calendly.com/cancellations/de06\n\nPowered by Calendly.com",
        people=[org("lea.sommer@packwerk.de", "Lea Sommer"), who(ME, "Mateo García", partstat="ACCEPTED")]),
        method="PUBLISH"), "Packwerk Commerce", "Fulfillment Planner", "recruiter_screen", ["lea.sommer@packwerk.de"])

    u = "h21-de-agency-07"
    add("agency-de", "de", u, vcal(OUTLOOK, vevent(
        u, "Interview bei unserem Kunden Hagedorn Stahl – Materialdisponent", "20261212T090000", "20261212T100000",
        tzid="W. Europe Standard Time",
        desc="Hallo Mateo,\nwie besprochen stellst du dich bei Hagedorn Stahl in Duisburg vor. Gesprächspartner: "
             "Uwe Hagedorn (Leiter Materialwirtschaft). Ich bin nicht dabei, ruf mich danach kurz an.\nGruß, "
             "Timo Kranz – Personalberatung Kranz & Lenz",
        loc="Hagedorn Stahl GmbH, Werk 2, Pförtner",
        people=[org("t.kranz@kranz-lenz.de", "Timo Kranz"), who(ME, "Mateo García")]),
        tzids=("W. Europe Standard Time",)), "Hagedorn Stahl", "Materialdisponent", "hiring_manager", [], "agency")

    u = "h21-de-floating-08"
    add("floating-de", "de", u, vcal(GOOGLE, vevent(
        u, "Videointerview Fenwick Handelsgruppe – Teamlead Inbound", "20261218T083000",
        "20261218T091500",
        desc="Zweite Runde, technische Fragen zu WMS (SAP EWM) und Kennzahlen. Mit Frau Okonkwo und Herrn Lutz.",
        people=[org(ME, "Mateo García")]), method="PUBLISH", head="X-WR-TIMEZONE:Europe/Berlin\r\n"),
        "Fenwick Handelsgruppe", "Teamlead Inbound", "technical", [], "floating")

    u = "h21-de-final-09"
    add("final-de", "de", u, vcal(TEAMTAILOR, vevent(
        u, "Finales Gespräch mit der Geschäftsführung – Mateo García", "20261221T100000Z", "20261221T110000Z",
        desc="Hallo Mateo,\ndu hast es in die letzte Runde geschafft! Du sprichst mit unserer Geschäftsführerin "
             "Friederike Stahl über die Rolle als Leitung Operational Excellence.\nOrt: Zentrale Bremen, 3. OG.\n\n"
             "Gesendet mit Teamtailor im Auftrag von Elbwerft Foods",
        people=[org("noreply@teamtailor.com", "Elbwerft Foods"),
                who("friederike.stahl@elbwerft-foods.de", "Friederike Stahl"), who(ME, "Mateo García")])),
        "Elbwerft Foods", "Leitung Operational Excellence", "final", ["friederike.stahl@elbwerft-foods.de"])
    return out


ZOOM_PROD = "-//zoom.us//iCalendar Event//EN"
JOIN_PROD = "-//JOIN Solutions AG//JOIN//DE"
