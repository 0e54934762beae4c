"""Blind holdout25: the user's own interviews in English and German (Inès Moreau).

Given nothing, EVENTS returns a list of event dicts for holdout25ev_ics.render; each carries its label in "L".
"""

from __future__ import annotations

from typing import Any

from holdout25ev_ics import meet, teams, webex, zoom

IP = ("Inès Moreau", "ines.moreau@free.fr", "")
IW = ("Ines Moreau", "i.moreau@hotel-lesarcades.fr", "")

EVENTS: list[dict[str, Any]] = [
    {"kind": "greenhouse-screen", "lang": "en", "p": "greenhouse", "tz": "Europe/Paris",
     "s": "Inès Moreau <> Voyalia - Recruiter Screen",
     "d": "Hi Inès,\n\nThanks for applying to the Guest Experience Lead role at Voyalia. This is a 30 minute "
          "conversation with Hugo Lambert from our Talent team about your background and what you are looking "
          "for.\n\n" + zoom("p1") + "\n\nScheduled by Greenhouse on behalf of Voyalia. Need to reschedule? "
          "Reply to this email.",
     "t": ("20270111T100000", "20270111T103000"), "org": ("Voyalia Recruiting", "no-reply@greenhouse.io"),
     "att": [IP, ("Hugo Lambert", "hugo.lambert@voyalia.com", "")], "loc": "Zoom",
     "L": (True, "Voyalia", "Guest Experience Lead", "recruiter_screen", "ats")},
    {"kind": "lever-technical", "lang": "en", "p": "lever", "tz": "Europe/Lisbon",
     "s": "Revenue case study - Tripdeck (Inès Moreau)",
     "d": "Interview for: Revenue Manager, Southern Europe\nFormat: 60 min case study. You'll work through a "
          "pricing scenario for a 120-room city hotel with Marta Pires (Head of Revenue) and Duarte Alves "
          "(Senior Pricing Analyst).\nPlease have a spreadsheet tool open.\n\n" + meet("p2"),
     "t": ("20270112T140000", "20270112T150000"), "org": ("Sofia Reis via Lever", "sofia.reis@tripdeck.io"),
     "att": [("Marta Pires", "marta.pires@tripdeck.io", ""), ("Duarte Alves", "duarte.alves@tripdeck.io", ""),
             ("Sofia Reis", "sofia.reis@tripdeck.io", "copt"), IP],
     "L": (True, "Tripdeck", "Revenue Manager, Southern Europe", "technical", "")},
    {"kind": "outlook-hm", "lang": "en", "p": "outlook", "tz": "win:W. Europe Standard Time",
     "s": "Interview: Operations Manager - Alpenhof Hospitality / Ines Moreau",
     "d": "Dear Ines,\n\nAs discussed, please find below the invitation for your conversation with Reto Baumann, "
          "our Director of Operations, who would be your line manager.\n\nKind regards,\nNadia Keller\nHR Business "
          "Partner\n\n" + teams("p3"),
     "t": ("20270114T090000", "20270114T100000"), "org": ("Keller, Nadia", "nadia.keller@alpenhof-hospitality.ch"),
     "att": [("Baumann, Reto", "reto.baumann@alpenhof-hospitality.ch", ""), IP,
             ("Keller, Nadia", "nadia.keller@alpenhof-hospitality.ch", "copt")],
     "loc": "Microsoft Teams Meeting",
     "L": (True, "Alpenhof Hospitality", "Operations Manager", "hiring_manager", "win_tz")},
    {"kind": "onsite-loop-rooms", "lang": "en", "p": "google", "tz": "Europe/Brussels", "xwr": "Europe/Brussels",
     "s": "Onsite interviews: Customer Experience Manager (Eventeo)",
     "d": "Welcome to Eventeo, Inès! Your onsite afternoon:\n14:00 Lotte Claes, VP Client Services\n14:45 Bram "
          "Peeters, Event Operations Lead\n15:30 Amira Haddad, Customer Success Manager\n\nAsk for Jana at the "
          "front desk, Rue de la Loi 42, 1040 Brussels.",
     "t": ("20270119T140000", "20270119T161500"), "org": ("Jana Wouters", "jana.wouters@eventeo.be"),
     "att": [IP, ("Lotte Claes", "lotte.claes@eventeo.be", ""), ("Bram Peeters", "bram.peeters@eventeo.be", ""),
             ("Amira Haddad", "amira.haddad@eventeo.be", ""),
             ("BXL-3-Atomium (8)", "c_1889abf3@resource.calendar.google.com", "room")],
     "loc": "Eventeo HQ, Rue de la Loi 42, Brussels",
     "L": (True, "Eventeo", "Customer Experience Manager", "onsite", "room")},
    {"kind": "calendly-founder", "lang": "en", "p": "calendly", "tz": "utc",
     "s": "Ines Moreau and Kai Lindqvist",
     "d": "Event Name: 45 min - first chat, Head of Guest Ops (StayNest)\n\nHi Ines - I'm the co-founder of "
          "StayNest, we run 14 serviced apartment buildings in Lisbon and Porto. Keen to hear how you'd run guest "
          "operations across sites.\n\nLocation: This is a Google Meet web conference.\n\nNeed to make changes "
          "to this event?\nCancel: https://calendly.com/cancellations/" + "a1b2c3d4" + "\nReschedule: "
          "https://calendly.com/reschedulings/a1b2c3d4\n\nPowered by Calendly.com",
     "t": ("20270113T170000", "20270113T174500"), "org": ("Kai Lindqvist", "kai.lindqvist@gmail.com"),
     "att": [("Kai Lindqvist", "kai.lindqvist@gmail.com", ""), IP],
     "L": (True, "StayNest", "Head of Guest Ops", "hiring_manager", "free_mail_founder")},
    {"kind": "workday-final", "lang": "en", "p": "workday", "tz": "Europe/Paris",
     "s": "Final Interview - Customer Experience Director - Aérolis",
     "d": "Candidate: Inès Moreau\nRequisition: R-20871 Customer Experience Director (Nice Côte d'Azur)\n"
          "Interview Type: Final panel\nInterviewers: Philippe Garnier (Chief Commercial Officer), Claire Vidal "
          "(VP Customer)\nLocation: Aérolis, 12 Promenade des Anglais, Nice, 4th floor\n\nThis invitation was "
          "generated by Workday. Please do not reply.",
     "t": ("20270126T100000", "20270126T113000"), "org": ("Aérolis Talent Acquisition", "aerolis@myworkday.com"),
     "att": [IP, ("Philippe Garnier", "philippe.garnier@aerolis.aero", ""),
             ("Claire Vidal", "claire.vidal@aerolis.aero", "")],
     "loc": "Aérolis, 12 Promenade des Anglais, Nice",
     "L": (True, "Aérolis", "Customer Experience Director", "final", "ats")},
    {"kind": "agency-en", "lang": "en", "p": "outlook", "tz": "win:GMT Standard Time",
     "s": "Interview with Maré Hotels Group - arranged by Harbourline Talent",
     "d": "Hi Ines,\n\nConfirming your first interview with Maré Hotels Group for the Cluster Revenue Manager "
          "(Lisbon) position. You'll speak with Tiago Mendes, Area General Manager. I won't join the call but "
          "will ring you afterwards for feedback.\n\nBest,\nOlivia Grant | Senior Consultant, Harbourline Talent\n\n"
          + teams("p7"),
     "t": ("20270115T110000", "20270115T114500"), "org": ("Olivia Grant", "olivia.grant@harbourline-talent.com"),
     "att": [IP, ("Tiago Mendes", "tiago.mendes@marehotels.pt", "")],
     "L": (True, "Maré Hotels Group", "Cluster Revenue Manager", "hiring_manager", "agency")},
    {"kind": "typed-terse", "lang": "en", "p": "typed", "tz": "float",
     "s": "Skyroam phone screen w/ Dana", "t": ("20270118T163000", "20270118T170000"),
     "L": (True, "Skyroam", None, "recruiter_screen", "hand_typed")},
    {"kind": "teamtailor-tech", "lang": "en", "p": "teamtailor", "tz": "Europe/Lisbon",
     "s": "Skills interview | Ops Analyst | Festa Events",
     "d": "Hello Inès,\n\nYou are booked for the skills interview for Operations Analyst at Festa Events. We will go "
          "through an event budget exercise together (about 40 minutes) with Rita Santos, Operations Director.\n\n"
          "Video link: https://app.teamtailor.com/meetings/festa-events/" + "7f2c91" + "\n\nTeamtailor sent this "
          "invite on behalf of Festa Events.",
     "t": ("20270120T100000", "20270120T104500"), "org": ("Festa Events", "noreply@teamtailor.com"),
     "att": [IP, ("Rita Santos", "rita.santos@festa-events.pt", "")],
     "L": (True, "Festa Events", "Operations Analyst", "technical", "ats")},
    {"kind": "recruitee-screen", "lang": "en", "p": "recruitee", "tz": "Europe/Madrid",
     "s": "Intro call: Inès Moreau x Bookvia (CX Team Lead)",
     "d": "A first 20-minute call with Laura Gil, Talent Partner at Bookvia, for the CX Team Lead opening in "
          "Barcelona.\nJoin: https://meet.google.com/qwe-rtyu-iop\n\nSent via Recruitee",
     "t": ("20270121T093000", "20270121T095000"), "org": ("Laura Gil", "laura.gil@bookvia.com"),
     "att": [("Laura Gil", "laura.gil@bookvia.com", ""), IP],
     "L": (True, "Bookvia", "CX Team Lead", "recruiter_screen", "")},
    {"kind": "cancelled-en", "lang": "en", "p": "greenhouse", "tz": "Europe/Paris", "method": "CANCEL",
     "st": "CANCELLED", "seq": 2,
     "s": "Cancelled: Inès Moreau - Hiring Manager interview - Lumen Stays",
     "d": "This interview for the Guest Relations Manager role has been cancelled. Your recruiter will be in "
          "touch to find a new time.",
     "t": ("20270122T150000", "20270122T154500"), "org": ("Lumen Stays", "no-reply@greenhouse.io"),
     "att": [IP, ("Elliot Marsh", "elliot.marsh@lumenstays.com", "")],
     "L": (True, "Lumen Stays", "Guest Relations Manager", "hiring_manager", "cancelled")},
    {"kind": "bookings-screen", "lang": "en", "p": "bookings", "tz": "win:Romance Standard Time",
     "s": "Candidate call - Riviera Yacht Events",
     "d": "Booking confirmed with Riviera Yacht Events Careers.\nService: Candidate call (30 min) - Client "
          "Services Manager\nStaff: Mathilde Roux\n\n" + teams("p12") + "\n\nManage booking: "
          "https://outlook.office365.com/owa/calendar/RivieraYachtEvents@rye.mc/bookings/",
     "t": ("20270125T140000", "20270125T143000"),
     "org": ("Riviera Yacht Events Careers", "RivieraYachtEvents@rye.mc"),
     "att": [IP, ("Mathilde Roux", "mathilde.roux@rye.mc", "")],
     "L": (True, "Riviera Yacht Events", "Client Services Manager", "recruiter_screen", "")},
    {"kind": "recurring-trial", "lang": "en", "p": "google", "tz": "Europe/Paris", "rr": "FREQ=DAILY;COUNT=2",
     "s": "Paid trial days - Night Desk Ops Lead @ Wanderly",
     "d": "Two paid trial days at Wanderly's ops centre so you can work alongside the team and we can see each "
          "other in action. Host: Yasmin Cole (Ops Manager). Bring ID for the badge.",
     "t": ("20270201T090000", "20270201T170000"), "org": ("Yasmin Cole", "yasmin.cole@wanderly.travel"),
     "att": [("Yasmin Cole", "yasmin.cole@wanderly.travel", ""), IP],
     "ov": {"rid": "20270202T090000", "t": ("20270203T090000", "20270203T170000"),
            "d": "Day 2 moved to Wednesday (team offsite on Tuesday). Same place."},
     "L": (True, "Wanderly", "Night Desk Ops Lead", "onsite", "recurring_override")},
    {"kind": "webex-panel", "lang": "en", "p": "webex", "tz": "Europe/Zurich",
     "s": "Panel interview - Revenue Strategy Manager",
     "d": "Lakeshore Resorts SA invites you to a panel interview for the Revenue Strategy Manager position.\n"
          "Panel: Sabine Favre (CFO), Olivier Monnet (Commercial Director)\n\n" + webex("p14"),
     "t": ("20270127T150000", "20270127T160000"), "org": ("Sabine Favre", "sabine.favre@lakeshore-resorts.ch"),
     "att": [IP, ("Olivier Monnet", "olivier.monnet@lakeshore-resorts.ch", ""),
             ("Sabine Favre", "sabine.favre@lakeshore-resorts.ch", "")],
     "L": (True, "Lakeshore Resorts", "Revenue Strategy Manager", "technical", "")},
    {"kind": "rescheduled-en", "lang": "en", "p": "google", "tz": "Europe/Paris", "seq": 3,
     "s": "UPDATED: Inès / Maxime - Hotelbeam second round",
     "d": "Moved to Thursday as requested. Second round with Maxime (Head of Customer Success) for the "
          "Customer Success Manager - Hotels role.\n\n" + meet("p15"),
     "t": ("20270128T113000", "20270128T121500"), "org": ("Maxime Perrin", "maxime@hotelbeam.io"),
     "att": [("Maxime Perrin", "maxime@hotelbeam.io", ""), IP],
     "L": (True, "Hotelbeam", "Customer Success Manager - Hotels", "hiring_manager", "rescheduled")},
    {"kind": "allday-assessment", "lang": "en", "p": "apple", "tz": "allday",
     "s": "Assessment day - Skyline Airways cabin services mgmt programme (Paris CDG)", "t": ("20270203", "20270204"),
     "d": "Group exercise, presentation and two interviews. Terminal 2 offices. Bring passport.",
     "L": (True, "Skyline Airways", None, "onsite", "allday")},
    {"kind": "work-address", "lang": "en", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Conversation - Azuréa Hotels & Resorts / Front Office Director role",
     "d": "Dear Ms Moreau,\n\nThank you for your interest. Emmanuel Costa, our Regional Operations Director, would "
          "be delighted to meet you in Monaco.\n\nBest regards,\nAzuréa Hotels & Resorts - Talent Acquisition",
     "t": ("20270129T080000", "20270129T090000"),
     "org": ("Azuréa Talent Acquisition", "talent@azurea-hotels.com"),
     "att": [IW, ("Costa, Emmanuel", "emmanuel.costa@azurea-hotels.com", "")],
     "loc": "Azuréa Monte-Carlo, 3 Avenue Princesse Grace",
     "L": (True, "Azuréa Hotels & Resorts", "Front Office Director", "hiring_manager", "work_address")},
    {"kind": "meet-direct", "lang": "en", "p": "google", "tz": "Europe/Lisbon",
     "s": "Tripdeck | Inès <> Joana", "t": ("20270204T150000", "20270204T153000"),
     "d": "Quick intro before the case study - Joana (People team). Looking forward!\n\n" + meet("p18"),
     "org": ("Joana Faria", "joana.faria@tripdeck.io"), "att": [("Joana Faria", "joana.faria@tripdeck.io", ""), IP],
     "L": (True, "Tripdeck", None, "recruiter_screen", "")},
    {"kind": "zoom-ops", "lang": "en", "p": "zoom", "tz": "Europe/Paris",
     "s": "Interview - Inès Moreau - Event Ops Manager, Cannes",
     "d": "Nadia Ferrer " + zoom("p19") + "\n\nInterview with Nadia Ferrer (Managing Director, Palmera Events) "
          "about the Event Operations Manager role in Cannes.",
     "t": ("20270202T173000", "20270202T181500"), "org": ("Nadia Ferrer", "nadia@palmera-events.fr"),
     "att": [IP], "iv": ["nadia@palmera-events.fr"],
     "L": (True, "Palmera Events", "Event Operations Manager", "hiring_manager", "")},
    {"kind": "typed-final", "lang": "en", "p": "ios", "tz": "float",
     "s": "Final rd Hotelbeam - CEO + COO", "t": ("20270209T100000", "20270209T110000"),
     "loc": "Hotelbeam, 18 rue du Faubourg Montmartre, Paris",
     "L": (True, "Hotelbeam", None, "final", "hand_typed")},
    # --- German ---
    {"kind": "de-outlook-screen", "lang": "de", "p": "exchange", "tz": "win:W. Europe Standard Time",
     "s": "Telefoninterview Inès Moreau – Leitung Gästeservice",
     "d": "Sehr geehrte Frau Moreau,\n\nvielen Dank für Ihre Bewerbung als Leitung Gästeservice bei der Alpenblick "
          "Hotelgruppe. Gerne möchten wir Sie in einem ersten Telefongespräch mit Frau Katrin Vogel (HR) "
          "kennenlernen.\n\nMit freundlichen Grüßen\nKatrin Vogel\n\n" + teams("d1", "de"),
     "t": ("20270112T090000", "20270112T093000"), "org": ("Vogel, Katrin", "k.vogel@alpenblick-hotels.ch"),
     "att": [IP], "sl": "de-CH", "iv": ["k.vogel@alpenblick-hotels.ch"],
     "L": (True, "Alpenblick Hotelgruppe", "Leitung Gästeservice", "recruiter_screen", "")},
    {"kind": "de-zweitgespraech", "lang": "de", "p": "google", "tz": "Europe/Zurich",
     "s": "Zweitgespräch Revenue Manager (m/w/d) – TravelHaus",
     "d": "Hallo Inès,\n\nwie besprochen das Zweitgespräch mit Jonas Brandt (Head of Revenue) und Mia Schuster "
          "(Teamlead Pricing). Bitte bereite eine kurze Analyse zur Preisstrategie vor.\n\n" + meet("d2", "de"),
     "t": ("20270119T130000", "20270119T140000"), "org": ("Lea Hartmann", "lea.hartmann@travelhaus.de"),
     "att": [("Jonas Brandt", "jonas.brandt@travelhaus.de", ""), ("Mia Schuster", "mia.schuster@travelhaus.de", ""),
             ("Lea Hartmann", "lea.hartmann@travelhaus.de", "copt"), IP],
     "L": (True, "TravelHaus", "Revenue Manager", "technical", "")},
    {"kind": "de-vor-ort", "lang": "de", "p": "outlook", "tz": "win:W. Europe Standard Time",
     "s": "Vorstellungsgespräch vor Ort – Bodensee Events GmbH",
     "d": "Ihr Termin bei uns in Lausanne-Ouchy (Büro Avenue d'Ouchy 6). Gesprächspartner: Markus Egli "
          "(Geschäftsführer) und Anna Frei (Leitung Projekte). Stelle: Eventmanagerin Operations.",
     "t": ("20270126T140000", "20270126T153000"), "org": ("Frei, Anna", "anna.frei@bodensee-events.ch"),
     "att": [IP, ("Egli, Markus", "markus.egli@bodensee-events.ch", ""), ("Frei, Anna", "anna.frei@bodensee-events.ch",
             ""), ("Besprechungsraum Ouchy", "raum.ouchy@bodensee-events.ch", "room")],
     "L": (True, "Bodensee Events", "Eventmanagerin Operations", "onsite", "room")},
    {"kind": "de-workday-hm", "lang": "de", "p": "workday", "tz": "Europe/Brussels",
     "s": "Interview mit Fachbereich – Customer Operations Lead (EU Hub Brüssel)",
     "d": "Kandidatin: Inès Moreau\nStelle: Customer Operations Lead\nGesprächspartner: Dr. Stefan Kuhn, Director "
          "Customer Operations, LuftKontor Airlines\n\n" + webex("d4", "de") + "\n\nDiese Einladung wurde von "
          "Workday erstellt.",
     "t": ("20270202T100000", "20270202T110000"), "org": ("LuftKontor Recruiting", "luftkontor@myworkday.com"),
     "att": [IP, ("Stefan Kuhn", "stefan.kuhn@luftkontor.aero", "")],
     "L": (True, "LuftKontor Airlines", "Customer Operations Lead", "hiring_manager", "ats")},
    {"kind": "de-typed", "lang": "de", "p": "typed", "tz": "float", "s": "Kennenlernen Reiseflux (Tobias) 11 Uhr",
     "t": ("20270205T110000", "20270205T113000"), "L": (True, "Reiseflux", None, "recruiter_screen", "hand_typed")},
    {"kind": "de-abgesagt", "lang": "de", "p": "exchange", "tz": "win:W. Europe Standard Time", "method": "CANCEL",
     "st": "CANCELLED", "seq": 1,
     "s": "Abgesagt: Finales Gespräch – Alpenblick Hotelgruppe",
     "d": "Leider müssen wir den Termin absagen; Herr Wyss ist erkrankt. Wir melden uns mit einem neuen Vorschlag.",
     "t": ("20270209T100000", "20270209T110000"), "org": ("Vogel, Katrin", "k.vogel@alpenblick-hotels.ch"),
     "att": [IP, ("Wyss, Daniel", "d.wyss@alpenblick-hotels.ch", "")],
     "L": (True, "Alpenblick Hotelgruppe", None, "final", "cancelled")},
]
