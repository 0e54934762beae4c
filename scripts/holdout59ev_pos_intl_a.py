"""holdout59: the user's own interviews, English/Dutch part A (blind split, CC0 1.0)."""

from __future__ import annotations

from holdout59ev_boiler import teams, zoom
from holdout59ev_ics import (
    BERLIN,
    ME,
    Ev,
    att,
    cal,
    esc,
    guid,
    hexid,
    html,
    ms_extra,
    olson,
    org,
    outlook_uid,
    windows,
)

AMS = olson("Europe/Amsterdam")


def kestrel_greenhouse() -> Ev:
    uid = f"{hexid('kestrel-gh', 26)}@google.com"
    d = ("Hi Jonas,\n\nThank you for making time for your virtual onsite with Kestrel Parts Europe for the Senior "
         "Inventory Planning Manager role. Below is your schedule (all times CET):\n\n"
         "13:00 – 13:45  Ava Bergström, Director Inventory & Replenishment (hiring manager)\n"
         "13:45 – 14:30  Ruud Kramer, Senior Manager Distribution Network\n"
         "14:30 – 15:00  Break\n15:00 – 15:45  Priya Raman, Head of S&OP EMEA\n\n"
         "All sessions use the same Zoom link:\n\n" + zoom("en", "kestrel-gh") +
         "\n\nI will be your point of contact throughout the day but won't join the conversations. Good luck!\n\n"
         "Best,\nFleur Hendriks\nTalent Acquisition, Kestrel Parts Europe B.V.\n\nPowered by Greenhouse")
    ve = [
        "DTSTART:20260224T120000Z", "DTEND:20260224T144500Z", "DTSTAMP:20260216T145512Z",
        org("fleur.hendriks@kestrelparts.com", "Fleur Hendriks"), f"UID:{uid}",
        att("ava.bergstrom@kestrelparts.com", "Ava Bergström", partstat="ACCEPTED",
            extra="X-NUM-GUESTS=0"),
        att("ruud.kramer@kestrelparts.com", "Ruud Kramer", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att("priya.raman@kestrelparts.com", "Priya Raman", partstat="TENTATIVE", extra="X-NUM-GUESTS=0"),
        att(ME, "Jonas Brückner", extra="X-NUM-GUESTS=0"), "CREATED:20260216T145511Z",
        "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260216T145511Z", "LOCATION:Zoom", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:" + esc("Virtual Onsite: Jonas Brückner – Senior Inventory Planning Manager"),
        "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google")
    return Ev("greenhouse-en", ics, uid, 1, "Kestrel Parts", "Senior Inventory Planning Manager", "onsite",
              "ava.bergstrom@kestrelparts.com;ruud.kramer@kestrelparts.com;priya.raman@kestrelparts.com",
              "greenhouse-virtual-onsite-en")


def northwind_lever() -> Ev:
    uid = f"lever-{guid('nwf-lever').lower()}"
    d = ("Hi Jonas,\n\nYou're confirmed for your interview with Pieter de Wit, Head of Ocean Freight Operations "
         "and hiring manager for the Planning Manager Ocean Freight role at Northwind Forwarding.\n\n"
         + teams("en", "nwf-lever") + "\n\nIf you need to reschedule, just reply to this email.\n\n"
         "Kind regards,\nDaan Mulder\nRecruiter, Northwind Forwarding B.V. – Rotterdam")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260130T101010Z", "DTSTART:20260205T130000Z", "DTEND:20260205T134500Z",
        "SUMMARY:" + esc("Jonas Brückner <> Northwind Forwarding: Hiring Manager Interview"),
        "LOCATION:Microsoft Teams", org("daan.mulder@nwforwarding.com", "Daan Mulder"),
        att(ME, "Jonas Brückner"), att("pieter.dewit@nwforwarding.com", "Pieter de Wit", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    ics = cal(ve, "-//Lever//Lever Hire Scheduling//EN")
    return Ev("lever-en", ics, uid, 1, "Northwind Forwarding", "Planning Manager Ocean Freight", "hiring_manager",
              "pieter.dewit@nwforwarding.com", "lever-utc-en")


def northwind_terse() -> Ev:
    uid = guid("nwf-terse")
    ve = [
        "CREATED:20260212T062001Z", "DTSTART:20260219T110000", "DTEND:20260219T140000",
        "DTSTAMP:20260212T062001Z", "SEQUENCE:0",
        "SUMMARY:NWF 2nd round Rotterdam – Pieter de Wit + COO Femke Janssen", f"UID:{uid}",
        "LOCATION:" + esc("Wilhelminakade 91, Rotterdam"),
        "DESCRIPTION:" + esc("ICE 6:46 Hbf → Utrecht, dann Intercity. Laptop + Präsentation Hafenplanung"),
    ]
    ics = cal(ve, "ios", method=None)
    return Ev("ios-floating-en", ics, uid, 1, "Northwind Forwarding", "", "", "Pieter de Wit;Femke Janssen",
              "terse-abbrev-floating-en")


def packsmart_workable() -> Ev:
    uid = f"workable-{hexid('packsmart', 20)}"
    d = ("Hi Jonas,\n\nThanks for applying for the S&OP Lead position at PackSmart Solutions. I'd like to schedule "
         "a 30-minute phone screen to learn more about your background and walk you through the role and our "
         "process.\n\nI'll call you on +49 176 2284 5519.\n\nBest regards,\nSanne Bakker\nTalent Acquisition "
         "Specialist\nPackSmart Solutions B.V. · Eindhoven\n\nSent via Workable")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260115T130000Z", "DTSTART;TZID=Europe/Amsterdam:20260121T140000",
        "DTEND;TZID=Europe/Amsterdam:20260121T143000",
        "SUMMARY:" + esc("Phone screen: S&OP Lead – PackSmart Solutions"), "LOCATION:Phone call",
        org("sanne.bakker@packsmart.nl", "Sanne Bakker"), att(ME, "Jonas Brückner"),
        att("sanne.bakker@packsmart.nl", "Sanne Bakker", partstat="ACCEPTED", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED",
    ]
    ics = cal(ve, "-//Workable//Workable Calendar//EN", tzs=(AMS,))
    return Ev("workable-en", ics, uid, 1, "PackSmart Solutions", "S&OP Lead", "recruiter_screen",
              "sanne.bakker@packsmart.nl", "workable-phone-screen-en")


def rijnpoort_nl() -> Ev:
    uid = f"{hexid('rijnpoort-nl', 26)}@google.com"
    d = ("Beste Jonas,\n\nLeuk dat je hebt gesolliciteerd op de functie Regional Planning Manager bij Rijnpoort "
         "Logistics in Venlo. Graag plan ik een telefonisch kennismakingsgesprek van ongeveer 30 minuten met je in. "
         "We kunnen het gesprek ook in het Engels of Duits voeren – laat maar weten wat je voorkeur heeft.\n\n"
         "Ik bel je op het nummer uit je cv.\n\nMet vriendelijke groet,\nIlse van Dijk\nCorporate Recruiter\n"
         "Rijnpoort Logistics B.V.")
    ve = [
        "DTSTART:20260127T090000Z", "DTEND:20260127T093000Z", "DTSTAMP:20260122T155010Z",
        org("ilse.vandijk@rijnpoort.com", "Ilse van Dijk"), f"UID:{uid}",
        att("ilse.vandijk@rijnpoort.com", "Ilse van Dijk", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME, "jonas.brueckner@gmx.de", extra="X-NUM-GUESTS=0"), "CREATED:20260122T155009Z",
        "DESCRIPTION:" + esc(d), "LAST-MODIFIED:20260122T155009Z", "LOCATION:Telefonisch", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:" + esc("Telefonisch gesprek Rijnpoort Logistics – Jonas Brückner"),
        "TRANSP:OPAQUE",
    ]
    ics = cal(ve, "google")
    return Ev("google-nl", ics, uid, 1, "Rijnpoort Logistics", "Regional Planning Manager", "recruiter_screen",
              "ilse.vandijk@rijnpoort.com", "phone-screen-nl")


def rijnpoort_goodtime() -> Ev:
    uid = f"goodtime-{hexid('rijnpoort-gt', 24)}@goodtime.io"
    d = ("Hello Jonas,\n\nWe look forward to welcoming you at our Venlo campus for your onsite interviews for the "
         "Regional Planning Manager position.\n\nAgenda\n10:00 Welcome – Emma Smit (Recruiting Coordinator)\n"
         "10:15 Bas Hermans – Director Network Planning\n11:00 Katarzyna Nowak – Warehouse Operations Manager\n"
         "11:45 Lunch\n12:30 Thomas Verbeek – Managing Director Rijnpoort Benelux\n\nPlease bring a valid ID "
         "for the security gate. Parking: visitor spaces P2.\n\nThis invitation was sent via GoodTime on behalf of "
         "Rijnpoort Logistics.")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260225T080000Z", "DTSTART;TZID=Europe/Amsterdam:20260305T100000",
        "DTEND;TZID=Europe/Amsterdam:20260305T131500",
        "SUMMARY:" + esc("Onsite Interview – Regional Planning Manager – Rijnpoort Logistics"),
        "LOCATION:" + esc("Rijnpoort Logistics, Edisonstraat 12, 5928 PG Venlo, Building A – Maas room"),
        org("emma.smit@rijnpoort.com", "Emma Smit"), att(ME, "Jonas Brückner"),
        att("bas.hermans@rijnpoort.com", "Bas Hermans", rsvp=False),
        att("katarzyna.nowak@rijnpoort.com", "Katarzyna Nowak", rsvp=False),
        att("thomas.verbeek@rijnpoort.com", "Thomas Verbeek", rsvp=False),
        att("venlo-a-maas@rijnpoort.com", "Venlo A – Maas room (12)", role="NON-PARTICIPANT", cutype="ROOM",
            rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    ics = cal(ve, "-//GoodTime.io//GoodTime Hire//EN", tzs=(AMS,))
    return Ev("goodtime-en", ics, uid, 1, "Rijnpoort Logistics", "Regional Planning Manager", "onsite",
              "bas.hermans@rijnpoort.com;katarzyna.nowak@rijnpoort.com;thomas.verbeek@rijnpoort.com",
              "goodtime-onsite-room-coordinator-en")


def lindqvist_teamtailor() -> Ev:
    uid = f"teamtailor-interview-{hexid('lindqvist-case', 18)}"
    d = ("Hi Jonas,\n\nGreat news – we would like to invite you to the case interview for Supply Planning Manager "
         "DACH. You will receive a short data set (weekly sales and production capacity for our chilled dairy "
         "range) 48 hours before the meeting. Please prepare a 15-minute walkthrough of your proposed supply plan."
         "\n\nYou'll meet:\n• Magnus Sjöberg – Supply Chain Director Central Europe\n• Katharina Lenz – Demand "
         "Planning Lead DACH\n\n" + teams("en", "lindqvist-case") + "\n\nBest,\nJohanna Ek\nLindqvist Fresh Foods"
         "\n\nSent with Teamtailor")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260209T091000Z", "DTSTART:20260216T090000Z", "DTEND:20260216T103000Z",
        "SUMMARY:" + esc("Case interview – Supply Planning Manager DACH – Lindqvist Fresh Foods"),
        "LOCATION:Microsoft Teams", org("johanna.ek@lindqvistfoods.com", "Johanna Ek"), att(ME, "Jonas Brückner"),
        att("magnus.sjoberg@lindqvistfoods.com", "Magnus Sjöberg", rsvp=False),
        att("katharina.lenz@lindqvistfoods.com", "Katharina Lenz", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED",
    ]
    ics = cal(ve, "-//Teamtailor//Teamtailor//EN")
    return Ev("teamtailor-en", ics, uid, 1, "Lindqvist Fresh Foods", "Supply Planning Manager DACH", "technical",
              "magnus.sjoberg@lindqvistfoods.com;katharina.lenz@lindqvistfoods.com", "teamtailor-case-en")


def carrow_icims() -> Ev:
    uid = f"icims-{hexid('carrow', 22)}@careers.carrowmed.com"
    d = ("Dear Jonas,\n\nThank you for your interest in the Supply Chain Planning Manager position (Req "
         "2026-1187) at Carrow Medical, Hamburg.\n\nYour phone screen has been scheduled with Aoife Brennan, "
         "Talent Acquisition Partner EMEA. She will call you at the number provided in your application.\n\n"
         "Duration: 30 minutes\n\nWe look forward to speaking with you.\n\nCarrow Medical Devices\nTalent "
         "Acquisition\n\nThis message was sent via iCIMS. Please do not reply.")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260128T153000Z", "DTSTART:20260203T100000Z", "DTEND:20260203T103000Z",
        "SUMMARY:" + esc("Phone Screen – Carrow Medical – Supply Chain Planning Manager (Req 2026-1187)"),
        "LOCATION:Phone", org("donotreply@icims.com", "Carrow Medical Talent Acquisition"),
        att(ME, "Jonas Brückner"), att("aoife.brennan@carrowmed.com", "Aoife Brennan", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED",
    ]
    ics = cal(ve, "-//iCIMS Inc//iCIMS Talent Cloud//EN")
    return Ev("icims-en", ics, uid, 1, "Carrow Medical", "Supply Chain Planning Manager", "recruiter_screen",
              "aoife.brennan@carrowmed.com", "icims-noreply-phone-en")


def carrow_hm() -> Ev:
    uid = outlook_uid("carrow-hm")
    d = ("Hi Jonas,\n\nAoife passed on very positive feedback from your screen – thank you! I'd like to meet you "
         "myself; the Supply Chain Planning Manager role reports into me and covers our Hamburg distribution "
         "centre and the contract manufacturers in Poland.\n\nMy colleague Lukas from our HR team (in cc) set this "
         "up and will send you the travel details for a possible second round – he won't be joining the call."
         "\n\nBest regards,\nNiamh O'Sullivan\nSenior Director Supply Chain EMEA\nCarrow Medical\n\n"
         + teams("en", "carrow-hm"))
    ve = [
        org("Niamh.OSullivan@carrowmed.com", "O'Sullivan, Niamh"), att(ME, "jonas.brueckner@gmx.de"),
        att("Lukas.Brandt@carrowmed.com", "Brandt, Lukas", role="OPT-PARTICIPANT"),
        "DESCRIPTION;LANGUAGE=en-US:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:" + esc("Jonas Brückner / Niamh O'Sullivan – Supply Chain Planning Manager"),
        "DTSTART;TZID=W. Europe Standard Time:20260213T160000",
        "DTEND;TZID=W. Europe Standard Time:20260213T164500", "DTSTAMP:20260206T171717Z", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", *ms_extra(), html(d),
    ]
    ics = cal(ve, "outlook", tzs=(windows(),), calscale=False)
    return Ev("outlook-en", ics, uid, 1, "Carrow Medical", "Supply Chain Planning Manager", "hiring_manager",
              "niamh.osullivan@carrowmed.com", "outlook-hm-hr-cc-en")


def tessaro_outlook() -> Ev:
    uid = outlook_uid("tessaro-hm")
    d = ("Dear Jonas,\n\nas agreed with our recruiter, please find below the invitation for our interview for the "
         "Supply Planning Lead position in our European hub in Düsseldorf. I lead the Supply Planning team and "
         "would be your direct manager.\n\nKind regards\nStefano Marino\nHead of Supply Planning Europe\n"
         "Tessaro Home Appliances Europe GmbH\n\n" + teams("en", "tessaro-hm"))
    ve = [
        org("stefano.marino@tessaro-group.com", "Marino, Stefano"), att(ME, "jonas.brueckner@gmx.de"),
        "DESCRIPTION;LANGUAGE=en-US:" + esc(d), f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-US:Interview - Supply Planning Lead",
        "DTSTART;TZID=W. Europe Standard Time:20260219T093000",
        "DTEND;TZID=W. Europe Standard Time:20260219T103000", "DTSTAMP:20260212T133000Z", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", *ms_extra(),
    ]
    ics = cal(ve, "outlook", tzs=(windows(),), calscale=False)
    return Ev("outlook-en", ics, uid, 1, "Tessaro Home Appliances", "Supply Planning Lead", "hiring_manager",
              "stefano.marino@tessaro-group.com", "outlook-company-body-only-en")


def tessaro_modernloop() -> Ev:
    uid = f"ml-{hexid('tessaro-final', 24)}@modernloop.io"
    d = ("Hi Jonas,\n\nHere is your final-round schedule for Supply Planning Lead at Tessaro.\n\n"
         "14:00 – 14:45  Marco Bellini, VP Supply Chain Europe\n14:45 – 15:30  Sabine Hofer, HR Director DACH\n\n"
         "Location: Tessaro Home Appliances Europe GmbH, Kaistraße 18, 40221 Düsseldorf – reception 5th floor.\n\n"
         "Questions? Contact Giulia Rinaldi (Recruiting Coordinator).\n\nScheduled with ModernLoop")
    ve = [
        f"UID:{uid}", "DTSTAMP:20260302T094500Z", "DTSTART;TZID=Europe/Berlin:20260309T140000",
        "DTEND;TZID=Europe/Berlin:20260309T153000",
        "SUMMARY:" + esc("Tessaro | Final Round | Jonas Brückner"),
        "LOCATION:" + esc("Kaistraße 18, 40221 Düsseldorf, 5th floor"),
        org("giulia.rinaldi@tessaro-group.com", "Giulia Rinaldi"), att(ME, "Jonas Brückner"),
        att("marco.bellini@tessaro-group.com", "Marco Bellini", rsvp=False),
        att("sabine.hofer@tessaro-group.com", "Sabine Hofer", rsvp=False),
        "DESCRIPTION:" + esc(d), "STATUS:CONFIRMED", "SEQUENCE:0",
    ]
    ics = cal(ve, "-//ModernLoop//ModernLoop Scheduling//EN", tzs=(BERLIN,))
    return Ev("modernloop-en", ics, uid, 1, "Tessaro Home Appliances", "Supply Planning Lead", "final",
              "marco.bellini@tessaro-group.com;sabine.hofer@tessaro-group.com", "modernloop-final-en")


EVENTS = [kestrel_greenhouse, northwind_lever, northwind_terse, packsmart_workable, rijnpoort_nl, rijnpoort_goodtime,
          lindqvist_teamtailor, carrow_icims, carrow_hm, tessaro_outlook, tessaro_modernloop]
