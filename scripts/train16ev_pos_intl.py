"""train16: Javier Morales's own interviews in English, French and German."""

from __future__ import annotations

from train16ev_ical import (
    APPLE,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    GREENHOUSE,
    IOS,
    ME_G,
    ORG,
    OUTLOOK,
    PERSONIO,
    RES,
    ROOM,
    RS,
    STAMP,
    WEBEXP,
    WORKDAY,
    WS,
    A,
    D,
    Item,
    L,
    S,
    T,
    U,
    meet,
    teams,
    vcal,
    ve,
    webex,
    zoom,
)

AMS = (("Europe/Amsterdam", "olson"),)
BER = (("Europe/Berlin", "olson"),)
PAR = (("Europe/Paris", "olson"),)
WEST = ((WS, "outlook"),)

def items() -> list[Item]:
    out: list[Item] = []
    add = out.append

    add(Item("greenhouse_technical", "en", vcal(GREENHOUSE, [ve(
        U("gh-interview-4471209-freshfleet"), STAMP, T("DTSTART", "20261209T140000", "Europe/Amsterdam"),
        T("DTEND", "20261209T153000", "Europe/Amsterdam"),
        S("Interview: Javier Morales for Kitchen Operations Lead (Amsterdam)"),
        ORG("no-reply@greenhouse.io", "FreshFleet Recruiting"), A(ME_G, "Javier Morales"),
        A("sanne.bakker@freshfleet.nl", "Sanne Bakker"), A("ruben.visser@freshfleet.nl", "Ruben Visser"),
        A("coordinator@freshfleet.nl", "FreshFleet Interview Coordinator", role="OPT-PARTICIPANT"),
        D("Hi Javier,\n\nYour technical interview for Kitchen Operations Lead is confirmed.\n\nInterviewers:\n"
          "- Sanne Bakker, Director of Fulfilment\n- Ruben Visser, Food Safety Lead\n\nWe'll walk through a hub "
          "prep-flow exercise.\n\n" + zoom("FreshFleet Recruiting", "81230945571", "Ff7Hub22x") +
          "\n\nPowered by Greenhouse"))], tzs=AMS),
        1, "FreshFleet", "Kitchen Operations Lead", "technical",
        ("sanne.bakker@freshfleet.nl", "ruben.visser@freshfleet.nl"), "ats_coordinator"))

    add(Item("calendly_generic_title", "en", vcal(CALENDLY, [ve(
        U("a81e90c2-55d7-4b0c-b2e8-calendly-dd-1042"), STAMP, T("DTSTART", "20261210T110000Z"),
        T("DTEND", "20261210T114500Z"), S("45 Minute Meeting between Pieter de Wit and Javier Morales"),
        D("Event Name: 45 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.: "
          "Hiring manager conversation for the Supply Chain Manager role at DishDash - I read the brief.\n\n"
          "Location: This is a Google Meet web conference. https://meet.google.com/dsd-hmpq-xke\n\n"
          "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/a81e90c2\n"
          "Reschedule: https://calendly.com/reschedulings/a81e90c2\n\nPowered by Calendly.com"),
        ORG("pieter@dishdash.nl", "Pieter de Wit"), A("pieter@dishdash.nl", "Pieter de Wit", ps="ACCEPTED"),
        A(ME_G, "Javier Morales", ps="ACCEPTED"), L("https://meet.google.com/dsd-hmpq-xke"))]),
        1, "DishDash", "Supply Chain Manager", "hiring_manager", ("pieter@dishdash.nl",), "scheduler_generic_title"))

    add(Item("workday_en", "en", vcal(WORKDAY, [ve(
        T("DTSTART", "20261214T090000Z"), T("DTEND", "20261214T093000Z"), STAMP,
        U("WD-INTERVIEW-0d5e71b3-2a9c-4c7e-b0a1-mhh"), ORG("mhhotels@myworkday.com", "Meridian Harbour Hotels"),
        A(ME_G, "Javier Morales"), A("priya.nair@mhhotels.com", "Priya Nair"),
        S("Interview Scheduled: Culinary Operations Manager - EMEA (JR109882)"),
        D("Dear Javier,\n\nThank you for your interest in Meridian Harbour Hotels. You are scheduled for a screening "
          "interview with Priya Nair, Talent Acquisition Partner EMEA.\n\n" + teams("520384917725", "Mh4rbR") +
          "\n\nThis message was sent from Workday."))]),
        1, "Meridian Harbour Hotels", "Culinary Operations Manager - EMEA", "recruiter_screen",
        ("priya.nair@mhhotels.com",), "domain_abbrev"))

    add(Item("founder_proton", "en", vcal(IOS, [ve(
        U("E2A4F6B8-1C3D-4E5F-8A9B-0C1D2E3F4A5B"), STAMP, T("DTSTART", "20261211T170000", "Europe/Amsterdam"),
        T("DTEND", "20261211T180000", "Europe/Amsterdam"), ORG("lotte.j@proton.me", "Lotte Jansen"),
        A(ME_G, "Javier Morales"), A("lotte.j@proton.me", "Lotte Jansen", ps="ACCEPTED"),
        S("Javier x Sprout & Stock"),
        D("Founder interview for the Head of Operations role - we'd like to go deep on how you'd run our "
          "central kitchen + supplier base. I'll send a Meet link.\nLotte (co-founder, Sprout & Stock)"))],
        tzs=AMS),
        1, "Sprout & Stock", "Head of Operations", "hiring_manager", ("lotte.j@proton.me",), "founder_freemail"))

    add(Item("final_onsite_rooms", "en", vcal(GOOGLE, [ve(
        T("DTSTART", "20270115T090000", "Europe/Berlin"), T("DTEND", "20270115T140000", "Europe/Berlin"), STAMP,
        ORG("hanna.krueger@gruenkorb.de", "Hanna Krüger"), U("8m3q0v6x2c9b5n1p4k7t0r3j8h@google.com"),
        A(ME_G, "Javier Morales"), A("hanna.krueger@gruenkorb.de", "Hanna Krüger", ps="ACCEPTED"),
        A("moritz.lang@gruenkorb.de", "Moritz Lang"), A("ayse.demir@gruenkorb.de", "Ayşe Demir"),
        A("gruenkorb.de_3832@resource.calendar.google.com", "BER-Kreuzberg-Test Kitchen (12)", cutype="RESOURCE",
          role="NON-PARTICIPANT"),
        D("Hi Javier, welcome to your final round with Grünkorb (meal kits, Berlin).\n\n09:00 Kitchen walk with "
          "Moritz Lang, Production Lead\n10:30 Menu-costing case with Ayşe Demir, Procurement\n12:00 Lunch and wrap-up "
          "with me (Hanna, VP Ops)\n\nRole: Head of Kitchen Operations. Address: Ohlauer Str. 38, 10999 Berlin."),
        L("Grünkorb GmbH, Ohlauer Str. 38, 10999 Berlin"), S("Final round - on-site at Grünkorb (Javier Morales)"))],
        tzs=BER),
        1, "Grünkorb", "Head of Kitchen Operations", "final",
        ("hanna.krueger@gruenkorb.de", "moritz.lang@gruenkorb.de", "ayse.demir@gruenkorb.de"), "onsite_resource"))

    add(Item("case_presentation_remote", "en", vcal(GOOGLE, [ve(
        T("DTSTART", "20261218T160000Z"), T("DTEND", "20261218T170000Z"), STAMP,
        ORG("recruiting@tabletrove.com", "TableTrove Recruiting"), U("1p6k2q8v4m0x7c3b9n5t1r6j2i@google.com"),
        A(ME_G, "Javier Morales"), A("dana.whitfield@tabletrove.com", "Dana Whitfield"),
        A("marcus.oyelaran@tabletrove.com", "Marcus Oyelaran"),
        D("Case presentation - Head of Culinary Operations (remote, EU)\n\nPresent your 90-day plan for our "
          "Barcelona and Lisbon commissaries (20 min), followed by Q&A with Dana Whitfield (COO) and Marcus "
          "Oyelaran (Director, Supply).\n\n" + meet("ttv-capr-zmh")),
        S("TableTrove | Case presentation | Javier Morales"))]),
        1, "TableTrove", "Head of Culinary Operations", "technical",
        ("dana.whitfield@tabletrove.com", "marcus.oyelaran@tabletrove.com"), ""))

    add(Item("agency_client_en", "en", vcal(OUTLOOK, [ve(
        ORG("tom.reilly@harborhearth.co.uk", "Tom Reilly"), A(ME_G, "Javier Morales"),
        A("s.mukherjee@eatwellfoods.co.uk", "Shreya Mukherjee"),
        S("Interview with Eatwell Foods (our client) - Production Manager, Paris site"),
        D("Hi Javier,\n\nGreat news - Eatwell Foods would like to interview you for the Production Manager role at "
          "their Paris ready-meals site. Shreya Mukherjee, Group Operations Director, will run it on Teams. I won't "
          "join.\n\nTom Reilly | Harbor & Hearth Talent\n\n" + teams("677201938455", "Ew9dPm")),
        T("DTSTART", "20261221T100000", "GMT Standard Time"), T("DTEND", "20261221T110000", "GMT Standard Time"),
        U("040000008200E00074C5B7101A82E00800000000C41B37F2D45DD901000000000000000010000000F0A2"), STAMP,
        L("Microsoft Teams Meeting"))]),
        1, "Eatwell Foods", "Production Manager", "", ("s.mukherjee@eatwellfoods.co.uk",), "agency_names_client"))

    add(Item("terse_en", "en", vcal(GOOGLE, [ve(
        T("DTSTART", "20270107T150000Z"), T("DTEND", "20270107T160000Z"), STAMP,
        U("2r7j3q9v5m1x8c4b0n6p2t7k3l@google.com"), S("DishDash final round w/ COO"), "TRANSP:OPAQUE")],
        method="PUBLISH", head=("X-WR-CALNAME:Javier Morales", "X-WR-TIMEZONE:Europe/Madrid")),
        1, "DishDash", "", "final", (), "handtyped"))

    add(Item("meet_screen_en", "en", vcal(GOOGLE, [ve(
        T("DTSTART", "20261203T150000Z"), T("DTEND", "20261203T153000Z"), STAMP,
        ORG("jess@cookwise.io", "Jess Harper"), U("3s8k4q0v6m2x9c5b1n7p3t8r4m@google.com"),
        A(ME_G, "Javier Morales"), A("jess@cookwise.io", "Jess Harper", ps="ACCEPTED"),
        D("Intro screen for the Customer Success Lead - Restaurants role (remote).\n\n" + meet("ckw-sxxn-vra")),
        S("Cookwise | Javier Morales | screen"))]),
        1, "Cookwise", "Customer Success Lead - Restaurants", "recruiter_screen", ("jess@cookwise.io",), ""))

    add(Item("teams_room_en", "en", vcal(EXCHANGE, [ve(
        ORG("hr@nsg.nl", "HR Noordzee Seafood Group"), A(ME_G, "Javier Morales"),
        A("k.dekker@nsg.nl", "Dekker, Kees"), A("m.smit@nsg.nl", "Smit, Maartje"),
        ROOM("ijmuiden.boardroom@nsg.nl", "IJmuiden Boardroom"), RES("beamer.ijm@nsg.nl", "Beamer IJmuiden"),
        S("Technical interview - Product Development Chef"),
        D("Dear Javier,\n\nPlease find the invitation for your technical interview (Product Development Chef) with "
          "Kees Dekker (R&D Manager) and Maartje Smit (QA). Join in person in IJmuiden or on Teams.\n\n"
          + teams("845532019876", "Nsg3Fi")),
        T("DTSTART", "20270111T130000", WS),
        T("DTEND", "20270111T143000", WS),
        U("040000008200E00074C5B7101A82E00800000000EE4AC5B3D55DD901000000000000000010000000AA91"), STAMP,
        L("IJmuiden Boardroom"))], tzs=WEST),
        1, "Noordzee Seafood Group", "Product Development Chef", "technical", ("k.dekker@nsg.nl", "m.smit@nsg.nl"),
        "domain_abbrev"))

    add(Item("cancelled_en", "en", vcal(GOOGLE, [ve(
        T("DTSTART", "20261216T130000Z"), T("DTEND", "20261216T133000Z"), STAMP,
        ORG("noor@kitchenful.com", "Noor Haddad"), U("4t9l5q1v7m3x0c6b2n8p4t9r5n@google.com"),
        A(ME_G, "Javier Morales"), A("noor@kitchenful.com", "Noor Haddad"),
        S("Canceled event: Javier / Kitchenful - screening call"), "STATUS:CANCELLED", "SEQUENCE:2",
        D("This event has been canceled.\n\nRecruiter screening for Operations Manager, Kitchenful Spain."))],
        method="CANCEL"),
        1, "Kitchenful", "Operations Manager", "recruiter_screen", ("noor@kitchenful.com",), "cancelled"))

    add(Item("apple_floating_xwr", "en", vcal(APPLE, [ve(
        U("0F9E8D7C-6B5A-4938-A7B6-C5D4E3F2A1B0"), STAMP, T("DTSTART", "20261228T100000"),
        T("DTEND", "20261228T120000"), S("Kitchen tour + interview @ Nomad Kitchens"),
        L("Nomad Kitchens, Calle de Méndez Álvaro 56, Madrid"),
        D("2nd round, on site, with Sara (talent) and Kai, Head of Brands. Role: Site Manager Madrid."))],
        method="", head=("X-WR-CALNAME:Personal", "X-WR-TIMEZONE:Europe/Madrid")),
        1, "Nomad Kitchens", "Site Manager Madrid", "onsite", (), "floating_xwr"))

    add(Item("screen_nomad_typed", "en", vcal(GOOGLE, [ve(
        T("DTSTART", "20261201T120000Z"), T("DTEND", "20261201T122000Z"), STAMP,
        U("5u0m6q2v8m4x1c7b3n9p5t0r6o@google.com"), S("Screening Nomad Kitchens - Sara (talent)"),
        D("she calls me"))], method="PUBLISH"),
        1, "Nomad Kitchens", "", "recruiter_screen", (), "handtyped"))

    add(Item("virtual_onsite", "en", vcal(GREENHOUSE, [ve(
        U("gh-interview-5520871-platelink"), STAMP, T("DTSTART", "20270105T150000Z"), T("DTEND", "20270105T173000Z"),
        S("Virtual Onsite - Platelink - Regional Operations Manager, Iberia"),
        ORG("scheduling@platelink.com", "Platelink Scheduling"), A(ME_G, "Javier Morales"),
        A("olivia.grant@platelink.com", "Olivia Grant"), A("samir.haddou@platelink.com", "Samir Haddou"),
        A("lena.fischer@platelink.com", "Lena Fischer"),
        D("Javier, here is your virtual onsite:\n3:00 PM Olivia Grant (Hiring Manager)\n3:50 PM Samir Haddou "
          "(Restaurant Partnerships)\n4:40 PM Lena Fischer (Data & Forecasting)\nTimes shown in UTC.\n\n"
          + zoom("Platelink", "71148820394", "PlVo2026k")))]),
        1, "Platelink", "Regional Operations Manager, Iberia", "onsite",
        ("olivia.grant@platelink.com", "samir.haddou@platelink.com", "lena.fischer@platelink.com"), "coordinator_org"))

    add(Item("webex_en", "en", vcal(WEBEXP, [ve(
        U("webex-allegra-29930047716"), STAMP, T("DTSTART", "20270113T100000", "Europe/Madrid"),
        T("DTEND", "20270113T110000", "Europe/Madrid"), ORG("claire.dubois@allegra-fs.com", "Claire Dubois"),
        A(ME_G, "Javier Morales"), S("Webex meeting: Regional Ops Manager (Catalonia) - second interview"),
        D("Claire Dubois invites you to join this Webex meeting.\nSecond interview, Allegra Foodservice Group - "
          "with Claire (Regional Director, Spain).\n\n" + webex("allegrafs", "29930047716")))],
        tzs=(("Europe/Madrid", "olson"),)),
        1, "Allegra Foodservice Group", "Regional Ops Manager (Catalonia)", "hiring_manager",
        ("claire.dubois@allegra-fs.com",), "webex"))

    # French
    add(Item("meet_fr", "fr", vcal(GOOGLE, [ve(
        T("DTSTART", "20261208T100000", "Europe/Paris"), T("DTEND", "20261208T104500", "Europe/Paris"), STAMP,
        ORG("camille@epicerievolante.fr", "Camille Rousseau"), U("6v1n7q3v9m5x2c8b4n0p6t1r7p@google.com"),
        A(ME_G, "Javier Morales"), A("camille@epicerievolante.fr", "Camille Rousseau", ps="ACCEPTED"),
        D("Bonjour Javier,\n\nPremier entretien pour le poste de Responsable opérations cuisine (dark store "
          "Paris 11e).\nCamille, Talent Acquisition\n\n" + meet("epv-rtmo-qia", "fr")),
        S("Entretien - Responsable opérations cuisine - Épicerie Volante"))], tzs=PAR),
        1, "Épicerie Volante", "Responsable opérations cuisine", "recruiter_screen",
        ("camille@epicerievolante.fr",), ""))

    add(Item("teams_fr_legal", "fr", vcal(EXCHANGE, [ve(
        ORG("recrutement@restoria-groupe.fr", "Recrutement Restoria"), A(ME_G, "Javier Morales"),
        A("t.mercier@restoria-groupe.fr", "MERCIER Thomas"), A("a.benali@restoria-groupe.fr", "BENALI Amina"),
        S("Entretien Chef de production - Cuisine centrale de Rungis"),
        D("Bonjour,\n\nNous avons le plaisir de vous convier à un entretien pour le poste de Chef de production "
          "(cuisine centrale de Rungis) avec Thomas Mercier, Directeur de site, et Amina Benali, RRH.\n\n"
          "Restoria SAS - Direction des Ressources Humaines\n\n" + teams("730019284467", "Rs5tOr", "fr")),
        T("DTSTART", "20261215T140000", RS), T("DTEND", "20261215T150000", RS),
        U("040000008200E00074C5B7101A82E00800000000F3C0B6A4D65DD9010000000000000000100000001B3C"), STAMP,
        L("Réunion Microsoft Teams"))], tzs=((RS, "outlook"),)),
        1, "Restoria", "Chef de production", "hiring_manager",
        ("t.mercier@restoria-groupe.fr", "a.benali@restoria-groupe.fr"),
        "legal_form_in_body"))

    add(Item("handtyped_fr", "fr", vcal(IOS, [ve(
        U("7A6B5C4D-3E2F-4A1B-9C8D-7E6F5A4B3C2D"), STAMP, T("DTSTART", "20261220T143000", "Europe/Paris"),
        T("DTEND", "20261220T153000", "Europe/Paris"), S("entretien Maison Trévise 2e tour"),
        L("Maison Trévise Traiteur, 18 rue de Trévise, Paris 9e"))], method="", tzs=PAR),
        1, "Maison Trévise", "", "", (), "handtyped"))

    add(Item("outlook_fr_screen", "fr", vcal(OUTLOOK, [ve(
        ORG("s.garnier@lafarine-groupe.fr", "GARNIER Sophie"), A(ME_G, "Javier Morales"),
        S("Entretien RH - Acheteur·se alimentaire - Groupe Lafarine"),
        D("Bonjour Javier,\nJe vous appelle pour un premier échange RH sur le poste d'Acheteur·se matières "
          "premières (farines, beurres, fruits).\nSophie Garnier, Chargée de recrutement, Groupe Lafarine"),
        T("DTSTART", "20261209T093000", RS), T("DTEND", "20261209T100000", RS),
        U("040000008200E00074C5B7101A82E00800000000A2E4B8C6D75DD9010000000000000000100000007D5E"), STAMP,
        L("Téléphone"))]),
        1, "Groupe Lafarine", "Acheteur·se alimentaire", "recruiter_screen", ("s.garnier@lafarine-groupe.fr",),
        "windows_zone_no_vtimezone"))

    add(Item("calendly_fr", "fr", vcal(CALENDLY, [ve(
        U("f0e1d2c3-b4a5-4968-8776-calendly-cd-3310"), STAMP, T("DTSTART", "20261211T090000Z"),
        T("DTEND", "20261211T093000Z"), S("Entretien téléphonique (30 min) - Cantine Digitale"),
        D("Nom de l'événement : Entretien téléphonique (30 min)\n\nPoste : Ops Manager cantines d'entreprise "
          "(Lyon / télétravail)\nAvec : Hugo Lefèbvre, cofondateur\n\nAnnuler : https://calendly.com/cancellations/"
          "f0e1d2c3\n\nPropulsé par Calendly.com"),
        ORG("hugo@cantine.digital", "Hugo Lefèbvre"), A("hugo@cantine.digital", "Hugo Lefèbvre", ps="ACCEPTED"),
        A(ME_G, "Javier Morales", ps="ACCEPTED"))]),
        1, "Cantine Digitale", "Ops Manager cantines d'entreprise", "hiring_manager", ("hugo@cantine.digital",),
        "scheduler"))

    add(Item("agency_fr", "fr", vcal(GOOGLE, [ve(
        T("DTSTART", "20270106T100000", "Europe/Paris"), T("DTEND", "20270106T110000", "Europe/Paris"), STAMP,
        ORG("julie.martin@gourmet-rh.fr", "Julie Martin"), U("7w2o8q4v0m6x3c9b5n1p7t2r8q@google.com"),
        A(ME_G, "Javier Morales"), A("direction@traiteur-saintaubin.fr", "Bertrand Leroy"),
        D("Javier,\nComme convenu, entretien avec M. Bertrand Leroy, directeur général du Traiteur Saint-Aubin, "
          "notre client, pour le poste de Directeur de production événementielle. Sur place à Montreuil.\n"
          "Julie Martin - Gourmet RH, cabinet de recrutement"),
        L("Traiteur Saint-Aubin, 41 rue de Paris, Montreuil"),
        S("RDV client Traiteur Saint-Aubin - J. Morales"))], tzs=PAR),
        1, "Traiteur Saint-Aubin", "Directeur de production événementielle", "hiring_manager",
        ("direction@traiteur-saintaubin.fr",), "agency_names_client"))

    # German
    add(Item("personio_de", "de", vcal(PERSONIO, [ve(
        U("personio-interview-8830-nordkueche"), STAMP, T("DTSTART", "20261210T100000", "Europe/Berlin"),
        T("DTEND", "20261210T110000", "Europe/Berlin"),
        S("Einladung zum Vorstellungsgespräch - Küchenleitung Produktion (m/w/d)"),
        ORG("jobs@nordkueche.de", "Nordküche GmbH"), A(ME_G, "Javier Morales"),
        A("f.brandt@nordkueche.de", "Felix Brandt"),
        D("Hallo Javier,\n\nvielen Dank für deine Bewerbung als Küchenleitung Produktion (m/w/d). Wir laden dich zum "
          "ersten Gespräch mit Felix Brandt (Head of Production) ein.\n\n" + teams("914420057318", "Nk8cHe", "de")
          + "\n\nViele Grüße\nDein Nordküche-Recruiting-Team\n\nGesendet mit Personio"))], tzs=BER),
        1, "Nordküche", "Küchenleitung Produktion", "hiring_manager", ("f.brandt@nordkueche.de",), "ats"))

    add(Item("outlook_de_second", "de", vcal(OUTLOOK, [ve(
        ORG("k.wagner@menuekontor.de", "Wagner, Katrin"), A(ME_G, "Javier Morales"),
        A("k.wagner@menuekontor.de", "Wagner, Katrin", ps="ACCEPTED"),
        A("p.hoffmann@menuekontor.de", "Hoffmann, Peter"),
        S("Zweitgespräch Betriebsleitung Großküche - Herr Morales"),
        D("Sehr geehrter Herr Morales,\n\nwie besprochen das Zweitgespräch mit unserem Geschäftsführer Peter "
          "Hoffmann und mir.\n\nMit freundlichen Grüßen\nKatrin Wagner\nPersonal | Menükontor Berlin GmbH"),
        T("DTSTART", "20261217T140000", WS),
        T("DTEND", "20261217T150000", WS),
        U("040000008200E00074C5B7101A82E00800000000B5F7C9D8D85DD901000000000000000010000000C4A6"), STAMP,
        L("Menükontor, Lahnstraße 20, 12055 Berlin"))], tzs=WEST),
        1, "Menükontor Berlin", "Betriebsleitung Großküche", "hiring_manager",
        ("k.wagner@menuekontor.de", "p.hoffmann@menuekontor.de"), ""))

    add(Item("zoom_de_technical", "de", vcal(GOOGLE, [ve(
        T("DTSTART", "20261222T080000Z"), T("DTEND", "20261222T091500Z"), STAMP,
        ORG("lea.schubert@frischwerk.de", "Lea Schubert"), U("8x3p9q5v1m7x4c0b6n2p8t3r9s@google.com"),
        A(ME_G, "Javier Morales"), A("lea.schubert@frischwerk.de", "Lea Schubert", ps="ACCEPTED"),
        A("jan.petersen@frischwerk.de", "Jan Petersen"),
        D("Fachgespräch Supply Chain Manager (Frischwerk Manufaktur GmbH): Fallstudie Lieferantenausfall und "
          "Bedarfsplanung mit Jan Petersen (Leitung Einkauf).\n\n"
          + zoom("Lea Schubert", "66190028457", "FwSc9Lm2q", "de")),
        S("Fachgespräch Supply Chain - Frischwerk"))]),
        1, "Frischwerk Manufaktur", "Supply Chain Manager", "technical",
        ("lea.schubert@frischwerk.de", "jan.petersen@frischwerk.de"), ""))

    add(Item("probearbeit_de", "de", vcal(APPLE, [ve(
        U("4B3A2C1D-0E9F-4A8B-B7C6-D5E4F3A2B1C0"), STAMP, T("DTSTART", "20270118T070000", "Europe/Berlin"),
        T("DTEND", "20270118T150000", "Europe/Berlin"), ORG("m.yilmaz@kantinenwerk.de", "Murat Yılmaz"),
        A(ME_G, "Javier Morales"), A("m.yilmaz@kantinenwerk.de", "Murat Yılmaz", ps="ACCEPTED"),
        S("Probearbeitstag Kantinenwerk - Küchendirektor"),
        D("Hallo Javier, wie telefonisch besprochen: Probearbeitstag in der Zentralküche Adlershof als Teil des "
          "Auswahlverfahrens Küchendirektor. Arbeitskleidung stellen wir. Gruß, Murat (Betriebsleiter)"),
        L("Kantinenwerk, Rudower Chaussee 17, Berlin"))], tzs=BER),
        1, "Kantinenwerk", "Küchendirektor", "onsite", ("m.yilmaz@kantinenwerk.de",), "paid_trial_candidate"))

    add(Item("founder_gmx", "de", vcal(GOOGLE, [ve(
        T("DTSTART", "20261213T120000Z"), T("DTEND", "20261213T130000Z"), STAMP,
        ORG("jonas.brotzeitbox@gmx.de", "Jonas Keller"), U("9y4q0q6v2m8x5c1b7n3p9t4r0t@google.com"),
        A(ME_G, "Javier Morales"), A("jonas.brotzeitbox@gmx.de", "Jonas Keller", ps="ACCEPTED"),
        D("Kennenlernen zur Stelle Head of Operations bei Brotzeit Box - ich bin Gründer, wir sprechen über deine "
          "Erfahrung mit Produktion und Lieferanten.\n\n" + meet("bzb-kzpr-qoe", "de")),
        S("Kennenlernen Javier / Jonas (Brotzeit Box)"))]),
        1, "Brotzeit Box", "Head of Operations", "hiring_manager", ("jonas.brotzeitbox@gmx.de",), "founder_freemail"))

    add(Item("webex_de", "de", vcal(WEBEXP, [ve(
        U("webex-tellerrand-24487719902"), STAMP, T("DTSTART", "20270108T130000Z"), T("DTEND", "20270108T140000Z"),
        ORG("talent@tellerrand-delivery.de", "Tellerrand Delivery Talent"), A(ME_G, "Javier Morales"),
        A("s.vogel@tellerrand-delivery.de", "Sabine Vogel"),
        S("Webex-Meeting: Interview Operations Manager Restaurantpartner DACH"),
        D("Guten Tag Herr Morales,\nSabine Vogel (Director Operations) führt das Interview für die Position "
          "Operations Manager Restaurantpartner (DACH, remote). Tellerrand Delivery GmbH\n\n"
          + webex("tellerrand", "24487719902", "de")))]),
        1, "Tellerrand Delivery", "Operations Manager Restaurantpartner DACH", "hiring_manager",
        ("s.vogel@tellerrand-delivery.de",), "webex"))
    return out
