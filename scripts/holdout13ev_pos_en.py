"""holdout13: Julien Moreau's own interviews written in English (CC0 1.0; all names invented)."""

from __future__ import annotations

from holdout13ev_boiler import gfooter, meet, teams, webex, zoom
from holdout13ev_ics import ME, Item, att, cal, org, pos, vev

L = ";TZID=Europe/London:"
P = ";TZID=Europe/Paris:"


def items() -> list[Item]:
    """Given nothing returns the English positive events."""
    out: list[Item] = []
    uid = "ashby-sched-4e1f0c7a-roomwise-screen"
    out.append(pos("ashby-coordinator", "en", cal("ashby", vev(
        uid, "Julien Moreau <> Roomwise — Recruiter Screen", L + "20261204T090000", L + "20261204T093000",
        desc=("Hi Julien,\n\nYou're confirmed for a 30-minute recruiter screen for the Customer Success Manager "
              "(Hotels, France & Monaco) role at Roomwise. You'll speak with Hannah Brooks from our Talent team."
              "\n\nIf you need to reschedule, reply to this invite and I'll sort it.\n\nBen Carter\nRecruiting "
              "Coordinator, Roomwise\n\n" + meet("rwm-scrn-hbk") + "\n\nPowered by Ashby"),
        organizer=org("ben.carter@roomwise.co.uk", "Ben Carter"),
        attendees=[att("hannah.brooks@roomwise.co.uk", "Hannah Brooks"), att(ME, "Julien Moreau")]),
        tzs=("Europe/London",)),
        uid, "Roomwise", "Customer Success Manager (Hotels, France & Monaco)", "recruiter_screen",
        ("hannah.brooks@roomwise.co.uk",)))

    uid = "goodtime-loop-77c2b9-bookvale"
    out.append(pos("goodtime-onsite", "en", cal("goodtime", vev(
        uid, "Onsite Interview: Julien Moreau - Onboarding Manager, EMEA", L + "20261218T100000",
        L + "20261218T133000",
        desc=("Bookvale – Onsite Interview Schedule\n\n10:00 – 10:45  Customer journey deep dive – Olivia Hart (VP "
              "Customer Success)\n10:45 – 11:30  Onboarding case – Tom Whitaker (Onboarding Lead)\n11:45 – 12:30  "
              "Values & collaboration – Grace Okafor (Support Operations)\n12:30 – 13:30  Lunch with the team\n\n"
              "Address: Bookvale, 3rd floor, 20 Farringdon Road, London EC1M 3HE. Ask reception for Megan "
              "(Recruiting Coordinator).\n\nScheduled with GoodTime"),
        organizer=org("megan.li@bookvale.com", "Megan Li"),
        attendees=[att("olivia.hart@bookvale.com", "Olivia Hart"), att("tom.whitaker@bookvale.com", "Tom Whitaker"),
                   att("grace.okafor@bookvale.com", "Grace Okafor"), att(ME, "Julien Moreau"),
                   att("megan.li@bookvale.com", "Megan Li", role="OPT-PARTICIPANT", ps="ACCEPTED", rsvp=False),
                   att("ldn-3-thames@bookvale.com", "LDN-3-Thames (10) [VC]", role="NON-PARTICIPANT",
                       cutype="ROOM", ps="ACCEPTED", rsvp=False)],
        loc="LDN-3-Thames (10) [VC], 20 Farringdon Road, London"), tzs=("Europe/London",)),
        uid, "Bookvale", "Onboarding Manager, EMEA", "onsite",
        ("olivia.hart@bookvale.com", "tom.whitaker@bookvale.com", "grace.okafor@bookvale.com")))

    uid = "lever-int-90e1aa02-trainly@hire.lever.co"
    out.append(pos("lever-case", "en", cal("lever", vev(
        uid, "Interview: Julien Moreau for Customer Onboarding Lead", L + "20261210T140000", L + "20261210T150000",
        desc=("Trainly | Case exercise\n\nJulien will walk Sanjay Patel (Head of B2B Onboarding) through how he'd "
              "onboard a 40-person travel agency onto Trainly for Business. Sanjay will share the brief 24h "
              "before.\n\n" + zoom("842 0071 5532", "TrnLy29aQ") + "\n\nScheduled via Lever"),
        organizer=org("no-reply@hire.lever.co", "Trainly Recruiting"),
        attendees=[att("sanjay.patel@trainly.co.uk", "Sanjay Patel"), att(ME, "Julien Moreau")]),
        tzs=("Europe/London",)),
        uid, "Trainly", "Customer Onboarding Lead", "technical", ("sanjay.patel@trainly.co.uk",)))

    uid = "calcom-uid-HvS9tRk2mB7hostmind"
    out.append(pos("calcom-intro", "en", cal("calcom", vev(
        uid, "Intro call between Priya Nair and Julien Moreau", ":20261207T110000Z", ":20261207T113000Z",
        desc=("What: Intro call – Customer Success (Hospitality) at Hostmind\nInvitee Time Zone: Europe/Paris\n"
              "Who:\nPriya Nair - Organizer\npriya.nair@hostmind.com\nJulien Moreau\n" + ME + "\nWhere: "
              "https://app.cal.com/video/HvS9tRk2mB7\nNeed to make a change? Cancel or reschedule: "
              "https://app.cal.com/booking/HvS9tRk2mB7"),
        organizer=org("priya.nair@hostmind.com", "Priya Nair"),
        attendees=[att(ME, "Julien Moreau", ps="ACCEPTED")], loc="Cal Video")),
        uid, "Hostmind", "Customer Success (Hospitality)", "recruiter_screen", ("priya.nair@hostmind.com",)))

    uid = "pm-0c11f8e2-gatehouse@proton.me"
    out.append(pos("founder-proton", "en", cal("-//Proton AG//ProtonCalendar 1.0.0//EN", vev(
        uid, "Ops Lead role – Julien x Gatehouse", P + "20261208T180000", P + "20261208T184500",
        desc=("Hey Julien – thanks for applying. I'm one of the two founders of Gatehouse (we build guest "
              "check-in kiosks for boutique hotels). This is the first interview for the Operations Lead role;"
              " mostly about your front-office years and how you'd run our installs in France.\n– Nico\n\n"
              + meet("gth-oplx-nic")),
        organizer=org("nico.vanderberg@proton.me", "Nico van der Berg"),
        attendees=[att("nico.vanderberg@proton.me", "Nico van der Berg", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")]), tzs=("Europe/Paris",)),
        uid, "Gatehouse", "Operations Lead", "hiring_manager", ("nico.vanderberg@proton.me",)))

    uid = "harbour-talent-tess-0419@harbourtalent.co.uk"
    out.append(pos("agency-client", "en", cal("outlook", vev(
        uid, "Interview – Tessellate Travel / Julien Moreau (arranged by Harbour Talent)",
        ";TZID=GMT Standard Time:20261214T130000", ";TZID=GMT Standard Time:20261214T140000",
        desc=("Hi Julien,\n\nGreat news – Tessellate Travel would like to meet you for the Client Operations "
              "Manager role. You'll be interviewed by Rachel Dunn (Director of Client Operations) and Amit Rao "
              "(Service Delivery Manager). I've added myself so I can see the invite; I won't join the call.\n\n"
              "Best,\nJoe Mercer | Senior Consultant | Harbour Talent\n\n" + teams("ZTg4harbour")),
        organizer=org("joe.mercer@harbourtalent.co.uk", "Joe Mercer"),
        attendees=[att("rachel.dunn@tessellatetravel.com", "Rachel Dunn"),
                   att("amit.rao@tessellatetravel.com", "Amit Rao"), att(ME, "Julien Moreau"),
                   att("joe.mercer@harbourtalent.co.uk", "Joe Mercer", role="OPT-PARTICIPANT", ps="ACCEPTED")],
        loc="Microsoft Teams Meeting"), tzs=("GMT Standard Time",)),
        uid, "Tessellate Travel", "Client Operations Manager", "hiring_manager",
        ("rachel.dunn@tessellatetravel.com", "amit.rao@tessellatetravel.com")))

    uid = "2v4b6n8m0cielofinal@google.com"
    out.append(pos("google-final", "en", cal("google", vev(
        uid, "Julien / Marta — final round", ";TZID=Europe/Madrid:20261222T120000",
        ";TZID=Europe/Madrid:20261222T130000",
        desc=("Final round for the Head of Guest Operations role at Cielo Rooms with Marta Vidal (CEO) and Oriol "
              "Puig (CFO). No prep needed beyond what we discussed.\n\n" + meet("cie-loro-fnl") + gfooter("en", ME)),
        organizer=org("marta.vidal@cielorooms.com", "Marta Vidal"),
        attendees=[att("marta.vidal@cielorooms.com", "Marta Vidal", ps="ACCEPTED", rsvp=False),
                   att("oriol.puig@cielorooms.com", "Oriol Puig"), att(ME, "Julien Moreau")]),
        tzs=("Europe/Madrid",)),
        uid, "Cielo Rooms", "Head of Guest Operations", "final",
        ("marta.vidal@cielorooms.com", "oriol.puig@cielorooms.com")))

    uid = "040000008200E00074C5B7101A82E00800000000stayforth2ndint"
    out.append(pos("outlook-room-hm", "en", cal("exchange", vev(
        uid, "Customer Success Manager – Second Interview (Julien Moreau)", ";TZID=GMT Standard Time:20261216T150000",
        ";TZID=GMT Standard Time:20261216T160000",
        desc=("Dear Julien,\n\nPlease find below the details of your second interview with Daniel Osei, Head of "
              "Customer Success at Stayforth. Please bring photo ID for building security.\n\nKind regards,\n"
              "Stayforth People Team"),
        organizer=org("people@stayforth.com", "Stayforth People Team"),
        attendees=[att("daniel.osei@stayforth.com", "Osei, Daniel"), att(ME, "Julien Moreau"),
                   att("room.shoreditch2@stayforth.com", "Shoreditch 2", role="NON-PARTICIPANT", cutype="ROOM")],
        loc="Shoreditch 2; Stayforth, 86 Great Eastern Street, London EC2A 3JL"), tzs=("GMT Standard Time",)),
        uid, "Stayforth", "Customer Success Manager", "hiring_manager", ("daniel.osei@stayforth.com",)))

    uid = "6C0E2F11-92B4-4D0E-A8C3-trainly-hm"
    out.append(pos("handtyped-terse", "en", cal("ios", vev(
        uid, "Trainly hm call 5pm (Sanjay's boss)", ":20261217T170000", ":20261217T174500", status=None),
        method=None),
        uid, "Trainly", "", "hiring_manager"))

    uid = "zoom-83177002146-alpinor"
    out.append(pos("zoom-panel", "en", cal("zoom", vev(
        uid, "Virtual onsite – Implementation Consultant (EMEA) – Alpinor", ";TZID=Europe/Zurich:20261215T090000",
        ";TZID=Europe/Zurich:20261215T113000",
        desc=("Alpinor SA – Virtual onsite\nPanel: Stefan Huber (Director Professional Services), Chloé Besson "
              "(Senior Implementation Consultant), Luca Ferrari (Solutions Architect).\nFormat: 3 x 45 min, 15 "
              "min breaks.\n\n" + zoom("831 7700 2146", "AlpN0r55x")),
        organizer=org("talent@alpinor.ch", "Alpinor Talent"),
        attendees=[att("stefan.huber@alpinor.ch", "Stefan Huber"), att("chloe.besson@alpinor.ch", "Chloé Besson"),
                   att("luca.ferrari@alpinor.ch", "Luca Ferrari"), att(ME, "Julien Moreau")]),
        tzs=("Europe/Zurich",)),
        uid, "Alpinor", "Implementation Consultant (EMEA)", "onsite",
        ("stefan.huber@alpinor.ch", "chloe.besson@alpinor.ch", "luca.ferrari@alpinor.ch")))

    uid = "teamtailor-perlhaus-61290"
    out.append(pos("teamtailor-hm", "en", cal("teamtailor", vev(
        uid, "Interview with Perlhaus Hotels – Guest Experience Operations Manager",
        ";TZID=Europe/Berlin:20261211T100000", ";TZID=Europe/Berlin:20261211T110000",
        desc=("Dear Julien,\nthank you for your interest in Perlhaus Hotels AG. Our Head of Guest Experience, "
              "Katrin Vogel, would like to meet you (in English) to discuss the role at our head office in "
              "Munich.\n\n" + teams("MjA1perlhaus") + "\n\nSent with Teamtailor"),
        organizer=org("karriere@perlhaus-hotels.de", "Perlhaus Hotels Karriere"),
        attendees=[att("katrin.vogel@perlhaus-hotels.de", "Katrin Vogel"), att(ME, "Julien Moreau")]),
        tzs=("Europe/Berlin",)),
        uid, "Perlhaus Hotels", "Guest Experience Operations Manager", "hiring_manager",
        ("katrin.vogel@perlhaus-hotels.de",)))

    uid = "workable-ev-5588130-hostmind"
    out.append(pos("workable-demo", "en", cal("workable", vev(
        uid, "Hostmind: skills interview (product demo exercise)", ":20261214T100000Z", ":20261214T110000Z",
        desc=("Candidate: Julien Moreau\nJob: Customer Success Manager – Hospitality\nInterviewers: Priya Nair, "
              "Jaume Soler\n\nYou'll demo our guest app to Jaume as if he were a new hotel client.\n\n"
              + meet("hsm-demo-xjs") + "\n\nPowered by Workable"),
        organizer=org("noreply@workablemail.com", "Hostmind via Workable"),
        attendees=[att("priya.nair@hostmind.com", "Priya Nair"), att("jaume.soler@hostmind.com", "Jaume Soler"),
                   att(ME, "Julien Moreau")])),
        uid, "Hostmind", "Customer Success Manager – Hospitality", "technical",
        ("priya.nair@hostmind.com", "jaume.soler@hostmind.com")))

    uid = "webex-valmonte-2637781904"
    out.append(pos("webex-screen", "en", cal("outlook", vev(
        uid, "Interview – Customer Success Lead (Digital Guest Services) – Valmonte Hotels",
        ";TZID=W. Europe Standard Time:20261209T083000", ";TZID=W. Europe Standard Time:20261209T090000",
        desc=("Dear Mr Moreau,\nas discussed, our recruiter Anna Rossi will call you via Webex for a first "
              "conversation.\n\n" + webex("2637 781 904")),
        organizer=org("anna.rossi@valmonte-hotels.ch", "Rossi Anna"),
        attendees=[att(ME, "Julien Moreau")], loc="Webex"), tzs=("W. Europe Standard Time",)),
        uid, "Valmonte Hotels", "Customer Success Lead (Digital Guest Services)", "recruiter_screen",
        ("anna.rossi@valmonte-hotels.ch",)))

    uid = "tess-onb-cxl-77@tessellatetravel.com"
    out.append(pos("cancelled", "en", cal("outlook", vev(
        uid, "Canceled: Onboarding Specialist interview – Julien Moreau", ";TZID=GMT Standard Time:20261208T110000",
        ";TZID=GMT Standard Time:20261208T113000",
        desc=("Hi Julien, we've paused hiring for the Onboarding Specialist role, so I'm cancelling this slot. "
              "Rachel is still keen to speak about Client Operations – Joe will be in touch.\nLiam Ward, Talent"),
        organizer=org("liam.ward@tessellatetravel.com", "Ward, Liam"),
        attendees=[att(ME, "Julien Moreau")], status="CANCELLED", seq=1,
        extra=["X-MICROSOFT-CDO-IMPORTANCE:1"]), method="CANCEL", tzs=("GMT Standard Time",)),
        uid, "Tessellate Travel", "Onboarding Specialist", "", ("liam.ward@tessellatetravel.com",)))

    uid = "040000008200E00074C5B7101A82E00800000000rivagevpops"
    out.append(pos("hotelgroup-vp", "en", cal("outlook", vev(
        uid, "Rivage Hotels – Regional Operations Manager – meeting with VP Operations",
        ";TZID=Romance Standard Time:20261221T150000", ";TZID=Romance Standard Time:20261221T160000",
        desc=("Julien, following your interview with Fabrice, Alessandra Conti (VP Operations, Rivage Hotels & "
              "Resorts) would like to meet you at the Monaco office. This is the last step before an offer "
              "decision.\nClaire Dumas, Hôtelia Conseil"),
        organizer=org("c.dumas@hotelia-conseil.fr", "Claire Dumas"),
        attendees=[att("a.conti@rivage-hotels.com", "Conti, Alessandra"), att(ME, "Julien Moreau")],
        loc="Rivage Hotels & Resorts, 7 avenue de la Costa, Monaco"), tzs=("Romance Standard Time",)),
        uid, "Rivage Hotels & Resorts", "Regional Operations Manager", "final", ("a.conti@rivage-hotels.com",)))

    uid = "calendly-HQ7ZK2M5kestrel"
    out.append(pos("calendly-hm", "en", cal("calendly", vev(
        uid, "Julien Moreau and Dan Whitfield", L + "20261210T160000", L + "20261210T163000",
        desc=("Event Name: Hiring manager interview – Customer Success (Kestrel Stays)\n\nLocation: This is a Google "
              "Meet web conference. https://meet.google.com/kes-trlh-mdw\n\nPlease share anything that will help "
              "prepare for our meeting.: I manage front office at a 120-room hotel in Nice.\n\nNeed to make "
              "changes to this event?\nCancel: https://calendly.com/cancellations/HQ7ZK2M5\n\nPowered by "
              "Calendly.com"),
        organizer=org("dan.whitfield@kestrelstays.com", "Dan Whitfield"),
        attendees=[att(ME, "Julien Moreau", ps="ACCEPTED"),
                   att("dan.whitfield@kestrelstays.com", "Dan Whitfield", ps="ACCEPTED")],
        loc="https://meet.google.com/kes-trlh-mdw"), tzs=("Europe/London",)),
        uid, "Kestrel Stays", "Customer Success", "hiring_manager", ("dan.whitfield@kestrelstays.com",)))

    uid = "3c5v7b9n1stayforthcoffee@google.com"
    out.append(pos("coffee-later-round", "en", cal("google", vev(
        uid, "Coffee with Ana (Stayforth)", L + "20261219T093000", L + "20261219T102000",
        desc=("Julien – as the next step after your interview with Daniel, I'd like to grab a coffee while "
              "you're in London. I lead Onboarding and you'd work closely with my team, so it's a proper "
              "interview, just relaxed. Ana" + gfooter("en", ME)),
        organizer=org("ana.ferreira@stayforth.com", "Ana Ferreira"),
        attendees=[att("ana.ferreira@stayforth.com", "Ana Ferreira", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")], loc="Ozone Coffee, 11 Leonard St, London"),
        tzs=("Europe/London",)),
        uid, "Stayforth", "", "hiring_manager", ("ana.ferreira@stayforth.com",)))

    uid = "ashby-sched-b3d2-voyaj-final"
    out.append(pos("ashby-final", "en", cal("ashby", vev(
        uid, "Final interview with Carla Mendes, CEO – Voyaj", ":20261223T100000Z", ":20261223T104500Z",
        desc=("Role: Head of Customer Operations (Remote, Europe)\nInterviewer: Carla Mendes, CEO\nCoordinator: "
              "Ellie Shaw\n\n" + meet("voy-ajfn-cmx") + "\n\nPowered by Ashby"),
        organizer=org("ellie.shaw@voyaj.com", "Ellie Shaw"),
        attendees=[att("carla.mendes@voyaj.com", "Carla Mendes"), att(ME, "Julien Moreau"),
                   att("ellie.shaw@voyaj.com", "Ellie Shaw", role="OPT-PARTICIPANT", ps="ACCEPTED")])),
        uid, "Voyaj", "Head of Customer Operations", "final", ("carla.mendes@voyaj.com",)))

    uid = "rwm-tech-71a0@roomwise.co.uk"
    out.append(pos("rescheduled", "en", cal("google", vev(
        uid, "Roomwise | Technical interview – PMS configuration (moved)", L + "20261217T110000",
        L + "20261217T120000",
        desc=("Moved to Thursday at Julien's request. Zoe Clarke and Antoine Lefort will run the configuration "
              "exercise.\n\n" + meet("rwm-tech-zcl")),
        organizer=org("ben.carter@roomwise.co.uk", "Ben Carter"),
        attendees=[att("zoe.clarke@roomwise.co.uk", "Zoe Clarke"), att("antoine.lefort@roomwise.co.uk",
                   "Antoine Lefort"), att(ME, "Julien Moreau", ps="ACCEPTED")], seq=2), tzs=("Europe/London",)),
        uid, "Roomwise", "", "technical", ("zoe.clarke@roomwise.co.uk", "antoine.lefort@roomwise.co.uk")))

    uid = "8m6n4b2v0escaliaphone@google.com"
    out.append(pos("phone-screen", "en", cal("google", vev(
        uid, "Phone screen – Escalia (Inès will call)", P + "20261202T120000", P + "20261202T122000",
        desc="Inès from Escalia's talent team will call you on +33 6 12 48 90 37 about the CSM opening.",
        organizer=org("ines.duarte@escalia.travel", "Inès Duarte"),
        attendees=[att("ines.duarte@escalia.travel", "Inès Duarte", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau", ps="ACCEPTED")]), tzs=("Europe/Paris",)),
        uid, "Escalia", "CSM", "recruiter_screen", ("ines.duarte@escalia.travel",)))

    uid = "mistra-impl-team-4f@mistralink.fr"
    out.append(pos("direct-team", "en", cal("outlook", vev(
        uid, "Julien Moreau – meet the Implementation team", ";TZID=Romance Standard Time:20261218T140000",
        ";TZID=Romance Standard Time:20261218T144500",
        desc=("Hi Julien, part of the process for the Onboarding role: a conversation with me and two of the "
              "implementation consultants you'd work with (we run it in English as half the team is in Dublin). "
              "Laure\n\n" + teams("N2Y5mistra")),
        organizer=org("laure.vidal@mistralink.fr", "VIDAL Laure"),
        attendees=[att("sean.byrne@mistralink.fr", "BYRNE Sean"), att("aoife.kelly@mistralink.fr", "KELLY Aoife"),
                   att(ME, "Julien Moreau")], loc="Microsoft Teams Meeting"), tzs=("Romance Standard Time",)),
        uid, "Mistralink", "", "technical",
        ("sean.byrne@mistralink.fr", "aoife.kelly@mistralink.fr", "laure.vidal@mistralink.fr")))
    return out
