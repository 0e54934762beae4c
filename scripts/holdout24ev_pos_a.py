"""Holdout24 positives, part A: the user's own interviews in English and French."""

from __future__ import annotations

from holdout24ev_ics import ME, STAMP, add, att, doc, esc, meet, org, tdt, teams, webex, zoom

GH = "-//Greenhouse Software//Interview Scheduler//EN"


def build() -> None:
    """Given nothing returns nothing; appends the part-A interviews to ITEMS."""
    u = "gh-7731-havbris-screen@greenhouse.io"
    add("greenhouse-screen", "en", u, doc(GH, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261203T090000Z", "DTEND:20261203T093000Z",
        "SUMMARY:Jonas Becker / Havbris Energy - Recruiter Screen",
        org("freja.madsen@havbris.dk", "Freja Madsen"),
        att("freja.madsen@havbris.dk", "Freja Madsen", ps="ACCEPTED"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Hi Jonas,\n\nThis is your 30-minute introductory call with Freja Madsen (Talent "
                             "Partner) for the Grid Connection Engineer position in Copenhagen.\n\n"
                             + meet("qwe-rtyu-iop") + "\n\nScheduled with Greenhouse"),
        "LOCATION:Google Meet", "SEQUENCE:0", "STATUS:CONFIRMED"]]),
        True, "Havbris Energy", "Grid Connection Engineer", "recruiter_screen", ("freja.madsen@havbris.dk",))

    u = "0a8f2c1e-lever-gridscale-tech"
    add("lever-technical", "en", u, doc("-//Lever//Lever Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261208T140000Z", "DTEND:20261208T150000Z",
        "SUMMARY:Technical interview: Power Systems Engineer (Remote) - Jonas Becker",
        org("no-reply@hire.lever.co", "Gridscale Analytics via Lever"),
        att("ollie.barnes@gridscale.io", "Ollie Barnes"), att("priya.nair@gridscale.io", "Priya Nair"),
        att("hannah.cole@gridscale.io", "Hannah Cole (Recruiting Coordinator)", role="OPT-PARTICIPANT"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Interviewers: Ollie Barnes (Lead Grid Engineer), Priya Nair (Senior Power "
                             "Systems Engineer)\nFormat: load-flow case study, bring questions about hosting "
                             "capacity.\nCoordinator: Hannah Cole - reach out if you need to reschedule.\n\n"
                             + zoom("https://gridscale.zoom.us/j/84122093311", "841 2209 3311", "grid24")),
        "LOCATION:https://gridscale.zoom.us/j/84122093311"]]),
        True, "Gridscale Analytics", "Power Systems Engineer", "technical",
        ("ollie.barnes@gridscale.io", "priya.nair@gridscale.io"))

    u = "ashby-9931-meridian-hm"
    add("ashby-hiring-manager", "en", u, doc("-//Ashby//Ashby Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261210T110000"),
        tdt("DTEND", "Europe/Berlin", "20261210T114500"),
        "SUMMARY:Meridian Green Infrastructure Partners | Hiring Manager Interview with Jonas",
        org("scheduling@ashbyhq.com", "Ashby"), att("r.vandijk@meridian-gip.com", "Ruben van Dijk"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Your interview for Technical Associate - Renewables (Hamburg) with Ruben van "
                             "Dijk, Director Technical Due Diligence. He'll walk through our onshore wind "
                             "pipeline and your drainage/civil background.\n\n" + teams("en")),
        "LOCATION:Microsoft Teams Meeting"]], tzs=("Europe/Berlin",)),
        True, "Meridian Green Infrastructure Partners", "Technical Associate - Renewables", "hiring_manager",
        ("r.vandijk@meridian-gip.com",))

    u = "040000008200E00074C5B7101A82E00800000000B0C7A1D4F45ADB01000000000000000010000000C1"
    add("outlook-onsite-loop", "en", u, doc("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [[
        "CLASS:PUBLIC", "CREATED:20261118T101500Z",
        "DESCRIPTION:" + esc("Dear Jonas,\n\nThank you for accepting our invitation to the on-site stage for "
                             "Senior Project Engineer, Onshore Wind at Nordwind Energieprojekte. You will meet "
                             "(in this order): Katrin Vogt (Head of Grid Integration), Malte Jansen (Project "
                             "Manager) and Dr. Sven Albers (CTO). Please ask for Mrs. Ohlsen at reception; she "
                             "organises the day but won't interview.\n\nBest regards\nLena Ohlsen\nHR"),
        tdt("DTEND", "W. Europe Standard Time", "20261215T153000"), f"DTSTAMP:{STAMP}",
        tdt("DTSTART", "W. Europe Standard Time", "20261215T120000"),
        "LOCATION:Nordwind Energieprojekte\\, Große Elbstraße 145\\, 22767 Hamburg - Raum Lee", "PRIORITY:5",
        "SEQUENCE:1", "SUMMARY;LANGUAGE=en-us:On-site interviews Nordwind - Jonas Becker", "TRANSP:OPAQUE",
        f"UID:{u}", org("l.ohlsen@nordwind-energie.de", "Ohlsen, Lena"),
        att("k.vogt@nordwind-energie.de", "Vogt, Katrin"), att("m.jansen@nordwind-energie.de", "Jansen, Malte"),
        att("s.albers@nordwind-energie.de", "Albers, Sven Dr."),
        att("raum-lee@nordwind-energie.de", "HH-Raum Lee (12)", cutype="ROOM", role="NON-PARTICIPANT"),
        att(ME, "jonas.becker@gmx.de"), "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"]],
        tzs=("W. Europe Standard Time",)),
        True, "Nordwind Energieprojekte", "Senior Project Engineer, Onshore Wind", "onsite",
        ("k.vogt@nordwind-energie.de", "m.jansen@nordwind-energie.de", "s.albers@nordwind-energie.de"))

    u = "calendly-6f1d2e9a-kestrel"
    add("calendly-intro", "en", u, doc("-//Calendly//Calendly//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261204T150000Z", "DTEND:20261204T152000Z",
        "SUMMARY:Intro call: Kestrel Infrastructure x Jonas Becker",
        org("amelia.hart@kestrelinfra.co.uk", "Amelia Hart"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Event Name: 20 min intro - Asset Engineer (Solar & BESS)\n\nLocation: This is a "
                             "phone call. Amelia Hart will call you at +49 171 5538209\n\nNeed to make changes "
                             "to this event?\nCancel: https://calendly.com/cancellations/6f1d2e9a\nReschedule: "
                             "https://calendly.com/reschedulings/6f1d2e9a\n\nPowered by Calendly.com"),
        "LOCATION:+49 171 5538209"]]),
        True, "Kestrel Infrastructure", "Asset Engineer (Solar & BESS)", "recruiter_screen",
        ("amelia.hart@kestrelinfra.co.uk",))

    u = "B7D2C9AA-2041-4F8E-9F0B-7A1E3C55D201"
    add("apple-handtyped-final", "en", u, doc("-//Apple Inc.//macOS 15.1//EN", [[
        "CREATED:20261119T193000Z", f"UID:{u}", f"DTSTAMP:{STAMP}",
        tdt("DTSTART", "Europe/Copenhagen", "20261217T100000"), tdt("DTEND", "Europe/Copenhagen", "20261217T120000"),
        "SUMMARY:Final round Havbris - CPH office", "LOCATION:Havbris Energy\\, Kalvebod Brygge 39\\, København V",
        "DESCRIPTION:" + esc("meet Mikkel (VP Grid) + Sofie (HR BP). Bring portfolio: B7 culvert + Hilden "
                             "retention basin. Train 07:12 from Düsseldorf"),
        "TRANSP:OPAQUE", "SEQUENCE:0", "BEGIN:VALARM", "TRIGGER:-PT1H", "ACTION:DISPLAY",
        "DESCRIPTION:Reminder", "END:VALARM"]], method=None, tzs=("Europe/Copenhagen",)),
        True, "Havbris Energy", "", "final", ("Mikkel", "Sofie"))

    u = "7e5c1a0b3f@google.com"
    add("founder-gmail-tech", "en", u, doc("-//Google Inc//Google Calendar 70.9054//EN", [[
        "DTSTART:20261209T160000Z", "DTEND:20261209T170000Z", f"DTSTAMP:{STAMP}",
        org("tom.whitfield.energy@gmail.com", "Tom Whitfield"), f"UID:{u}",
        att("tom.whitfield.energy@gmail.com", "Tom Whitfield", role="REQ-PARTICIPANT", ps="ACCEPTED"),
        att("ana.lindgren.pv@gmail.com", "Ana Lindgren"), att(ME, "jonas.becker@gmx.de"),
        "DESCRIPTION:" + esc("Jonas - as discussed, a technical deep dive with Ana (my co-founder) on site "
                             "layout, earthworks and drainage for agri-PV. We're hiring our first Civil & "
                             "Grid Engineer at Fieldlight Solar.\n\n" + meet("fld-hxzq-pvr")
                             + "\nInvitation from Google Calendar"),
        "SUMMARY:Fieldlight Solar - technical chat (Jonas)", "STATUS:CONFIRMED", "SEQUENCE:0",
        "TRANSP:OPAQUE"]]),
        True, "Fieldlight Solar", "Civil & Grid Engineer", "technical",
        ("tom.whitfield.energy@gmail.com", "ana.lindgren.pv@gmail.com"))

    u = "goodtime-evt-55102-oresund"
    add("goodtime-panel", "en", u, doc("-//GoodTime.io//GoodTime//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261211T080000Z", "DTEND:20261211T100000Z",
        "SUMMARY:[Interview] Jonas Becker - Offshore Interface Engineer - Panel",
        org("scheduling@oresund-offshore.com", "Øresund Offshore Partners Scheduling"),
        att("lars.kjaer@oresund-offshore.com", "Lars Kjær"), att("e.moreau@oresund-offshore.com", "Emma Moreau"),
        att("n.hansen@oresund-offshore.com", "Nina Hansen"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Agenda\n09:00 Lars Kjær - Electrical interfaces\n09:45 Emma Moreau & Nina Hansen "
                             "- Civil works & permitting\n\n" + teams("en") + "\n\nScheduled by GoodTime"),
        "LOCATION:Microsoft Teams"]]),
        True, "Øresund Offshore Partners", "Offshore Interface Engineer", "onsite",
        ("lars.kjaer@oresund-offshore.com", "e.moreau@oresund-offshore.com", "n.hansen@oresund-offshore.com"))

    u = "agency-brightwater-2026-1107"
    add("agency-names-employer", "en", u, doc("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "GMT Standard Time", "20261207T130000"),
        tdt("DTEND", "GMT Standard Time", "20261207T140000"),
        "SUMMARY:Interview - Jonas Becker for Elmstead Renewables (Grid Connections Manager)",
        org("callum.reid@brightwater-energy.co.uk", "Callum Reid"),
        att("d.okafor@elmstead-renewables.com", "Daniel Okafor"), att(ME, "Jonas Becker"),
        att("callum.reid@brightwater-energy.co.uk", "Callum Reid", role="OPT-PARTICIPANT"),
        "DESCRIPTION:" + esc("Hi Jonas, as promised: first interview with my client Elmstead Renewables. "
                             "Daniel Okafor (Head of Grid) will interview you; I'll just drop in at the start "
                             "to introduce you and then leave.\n\n" + teams("en") + "\nCallum\nBrightwater "
                             "Energy Recruitment"),
        "LOCATION:Microsoft Teams Meeting"]], tzs=("GMT Standard Time",)),
        True, "Elmstead Renewables", "Grid Connections Manager", "hiring_manager",
        ("d.okafor@elmstead-renewables.com",))

    u = "wd-INT-0044821@myworkday.com"
    add("workday-cancelled", "en", u, doc("-//Workday//Recruiting//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261202T130000Z", "DTEND:20261202T140000Z",
        "SUMMARY:CANCELED: Interview - Renewable Energy Engineer (R-33871) - Kronfeld Utilities",
        org("kronfeld@myworkday.com", "Kronfeld Utilities Recruiting"),
        att("j.schafer@kronfeld-utilities.com", "Julia Schäfer"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("This interview has been cancelled. Your recruiter will be in touch with a new "
                             "time.\nJob Requisition: R-33871 Renewable Energy Engineer"),
        "STATUS:CANCELLED", "SEQUENCE:2"]], method="CANCEL"),
        True, "Kronfeld Utilities", "Renewable Energy Engineer", "", ("j.schafer@kronfeld-utilities.com",),
        "cancelled")

    u = "webex-7717-auvergne"
    add("webex-fr-technique", "fr", u, doc("-//Cisco//Webex//FR", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Paris", "20261209T100000"),
        tdt("DTEND", "Europe/Paris", "20261209T113000"),
        "SUMMARY:Entretien technique - Ingénieur raccordement réseau H/F - M. Becker",
        org("claire.roux@solveo-energies.fr", "Claire Roux"), att("claire.roux@solveo-energies.fr", "Claire Roux"),
        att("b.garnier@solveo-energies.fr", "Bastien Garnier"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Bonjour Jonas,\n\nSuite à notre premier échange, je vous confirme l'entretien "
                             "technique avec Bastien Garnier (responsable études réseau) et moi-même. Au "
                             "programme : étude de cas sur un raccordement HTA d'une centrale PV au sol.\n\n"
                             + webex("27451193602") + "\n\nClaire Roux, Cheffe de projets, Solvèo Énergies"),
        "LOCATION:Webex"]], tzs=("Europe/Paris",)),
        True, "Solvèo Énergies", "Ingénieur raccordement réseau", "technical",
        ("claire.roux@solveo-energies.fr", "b.garnier@solveo-energies.fr"))

    u = "2m8q7cde91k5@google.com"
    add("fr-rh-telephone", "fr", u, doc("-//Google Inc//Google Calendar 70.9054//EN", [[
        "DTSTART:20261130T083000Z", "DTEND:20261130T090000Z", f"DTSTAMP:{STAMP}",
        org("recrutement.ventalis@gmail.com", "Recrutement Ventalis"), f"UID:{u}",
        att("recrutement.ventalis@gmail.com", "Recrutement Ventalis", ps="ACCEPTED"), att(ME, "jonas.becker@gmx.de"),
        "DESCRIPTION:" + esc("Premier entretien téléphonique (30 min) avec Inès Bertrand, chargée de "
                             "recrutement chez Ventalis SAS, pour le poste de chef de projet éolien à Lyon. "
                             "Elle vous appellera sur votre portable."),
        "SUMMARY:Ventalis - entretien RH téléphonique", "TRANSP:OPAQUE"]]),
        True, "Ventalis", "chef de projet éolien", "recruiter_screen", ("recrutement.ventalis@gmail.com",))

    u = "teamtailor-fr-0931"
    add("teamtailor-fr-manager", "fr", u, doc("-//Teamtailor//Teamtailor Calendar//FR", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261214T130000Z", "DTEND:20261214T140000Z",
        "SUMMARY:Entretien avec le manager – Énergies du Rhône (Ingénieur·e développement solaire)",
        org("noreply@teamtailor-mail.com", "Énergies du Rhône via Teamtailor"),
        att("v.lambert@energies-du-rhone.fr", "Véronique Lambert"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Vous rencontrerez Véronique Lambert, directrice du développement solaire, "
                             "qui sera votre future responsable.\nLieu : 12 quai Perrache, 69002 Lyon, 3e "
                             "étage.\nMerci de vous présenter 10 minutes en avance."),
        "LOCATION:12 quai Perrache\\, 69002 Lyon"]]),
        True, "Énergies du Rhône", "Ingénieur·e développement solaire", "hiring_manager",
        ("v.lambert@energies-du-rhone.fr",))

    u = "AAMkADfr-final-rhone-20261221"
    add("owa-fr-final", "fr", u, doc("-//Microsoft Corporation//Outlook Web App//FR", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Romance Standard Time", "20261221T093000"),
        tdt("DTEND", "Romance Standard Time", "20261221T113000"),
        "SUMMARY:Entretien final – Jonas Becker", org("p.chevalier@energies-du-rhone.fr", "CHEVALIER Pierre"),
        att("p.chevalier@energies-du-rhone.fr", "CHEVALIER Pierre"),
        att("v.lambert@energies-du-rhone.fr", "LAMBERT Véronique"),
        att("salle.fourviere@energies-du-rhone.fr", "Salle Fourvière", cutype="ROOM", role="NON-PARTICIPANT"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Bonjour Monsieur Becker,\nPour le dernier tour du recrutement (ingénieur "
                             "développement solaire), vous échangerez avec Pierre Chevalier, directeur général, "
                             "et Véronique Lambert.\nCordialement"),
        "LOCATION:Salle Fourvière"]], tzs=("Romance Standard Time",)),
        True, "Énergies du Rhône", "ingénieur développement solaire", "final",
        ("p.chevalier@energies-du-rhone.fr", "v.lambert@energies-du-rhone.fr"))

    u = "free-fr-fondateur-agrivolt"
    add("founder-freefr", "fr", u, doc("-//Apple Inc.//iPhone OS 18.1//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261206T100000", "DTEND:20261206T110000",
        "SUMMARY:Café-entretien avec Hugo (fondateur Soléa Agrivoltaïsme)",
        org("hugo.marchal@free.fr", "Hugo Marchal"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Hugo recrute un ingénieur VRD / raccordement pour Soléa Agrivoltaïsme. "
                             "Entretien informel mais c'est bien le premier tour."),
        "LOCATION:Café Mokxa\\, 3 rue de l'Abbé Rozier\\, Lyon"]], method="REQUEST"),
        True, "Soléa Agrivoltaïsme", "", "hiring_manager", ("hugo.marchal@free.fr",), "floating")

    u = "modernloop-8812-copenhagen"
    add("modernloop-tech", "en", u, doc("-//ModernLoop//Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261216T090000Z", "DTEND:20261216T100000Z",
        "SUMMARY:Baltvind Grid <> Jonas Becker: Technical Interview (Substation Civil)",
        org("recruiting@baltvind.dk", "Baltvind Grid Recruiting"),
        att("a.petersen@baltvind.dk", "Anders Petersen"), att(ME, "Jonas Becker"),
        att("rm-ostergade-3@baltvind.dk", "CPH Østergade 3.12", cutype="RESOURCE", role="NON-PARTICIPANT"),
        "DESCRIPTION:" + esc("Interviewer: Anders Petersen, Lead Civil Engineer\nRole: Substation Civil "
                             "Engineer\nSent via ModernLoop on behalf of Baltvind Grid"),
        "LOCATION:CPH Østergade 3.12"]]),
        True, "Baltvind Grid", "Substation Civil Engineer", "technical", ("a.petersen@baltvind.dk",))

    u = "bookings-2b7e-scr"
    add("ms-bookings-screen", "en", u, doc("-//Microsoft Corporation//Microsoft Bookings//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261201T100000Z", "DTEND:20261201T102500Z",
        "SUMMARY:Candidate call - Stillwater Energy Partners",
        org("Careers@stillwater-ep.com", "Stillwater Energy Partners Careers"),
        att("maya.brooks@stillwater-ep.com", "Maya Brooks"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Booking confirmed: Candidate call (25 min) for Development Engineer - Utility "
                             "Solar, with staff member Maya Brooks.\n\n" + teams("en")),
        "LOCATION:Microsoft Teams"]]),
        True, "Stillwater Energy Partners", "Development Engineer - Utility Solar", "recruiter_screen",
        ("maya.brooks@stillwater-ep.com",))
