"""Priya Raman's own interviews, first half (train10): ATS and direct invites, weak-looking real rounds.

Given nothing returns (`events()`) a list of `Ev` with their labels; the text is written for this split.
"""

from __future__ import annotations

from train10ev_ics import Ev


def P(**kw: object) -> Ev:
    """Given Ev fields returns a labelled interview of the user."""
    return Ev(pos=True, **kw)  # type: ignore[arg-type]


def events() -> list[Ev]:
    """Given nothing returns the first half of the user's interviews."""
    return [
        P(kind="ats-recruiter-screen", lang="en", prod="greenhouse", start="2026-02-03 10:00", minutes=30,
          title="Priya Raman <> Gridwise Analytics - Recruiter Screen",
          org="Gridwise Analytics Recruiting <no-reply@us.greenhouse-mail.io>", org_att=False,
          att=["ME", "Hollie Marsden <hollie.marsden@gridwise.co.uk>"], call="zoom", tz="Europe/London",
          desc="Hi Priya,\n\nThanks for applying for the Senior Product Manager, Flexibility role at Gridwise "
               "Analytics. This first call is with Hollie Marsden (Talent Partner) and will cover your background, "
               "motivation and logistics.",
          company="Gridwise Analytics", role="Senior Product Manager, Flexibility", stage="recruiter_screen"),
        P(kind="founder-freemail", lang="en", start="2026-02-05 17:30", minutes=40,
          title="Priya / Tomas - Kelpwatt", org="Tomas Verhoeven <tomas.verhoeven85@gmail.com>",
          att=["ME"], call="meet",
          desc="Hey Priya, great to connect via Femke. I'd love to walk you through what we're building at Kelpwatt "
               "(offshore seaweed + wind co-location) and hear how you'd approach our first product hire. We're "
               "looking for a Head of Product. No prep needed.",
          company="Kelpwatt", role="Head of Product", stage="hiring_manager"),
        P(kind="hand-typed-terse", lang="en", prod="apple", start="2026-02-09 14:00", minutes=60,
          title="Noordnet 2nd round", desc="", company="Noordnet", stage="", ivs=[]),
        P(kind="coffee-later-round", lang="en", prod="google", start="2026-02-11 08:30", minutes=45,
          title="Coffee ☕ Priya & Marit", org="Marit de Boer <marit.deboer@polderenergie.nl>", att=["ME"],
          loc="Coffee Company, Haarlemmerstraat 142, Amsterdam",
          desc="Following your conversations with Sanne and the product team last week, I'd like to meet in person "
               "before we decide on the final step for the Product Lead Heat Transition role. Informal, just the "
               "two of us. Marit (Director Customer Products)",
          company="Polder Energie", role="Product Lead Heat Transition", stage="hiring_manager"),
        P(kind="ats-technical", lang="en", prod="ashby", start="2026-02-12 15:00", minutes=60, tz="Europe/London",
          title="Product Sense Interview: Priya Raman (Ampwise)",
          org="Ampwise Talent <talent@ampwise.co.uk>", org_att=False,
          att=["ME", "Callum Reid <callum.reid@ampwise.co.uk>", "?Amara Okafor <amara.okafor@ampwise.co.uk>",
               "~Jess Pope <jess.pope@ampwise.co.uk>"], call="meet",
          desc="Interview for: Product Manager - Smart Metering Platform\n\nInterviewers:\n- Callum Reid, Group "
               "Product Manager\n- Amara Okafor, Staff Engineer (shadowing as interviewer)\n\nCoordinator: Jess Pope. "
               "We'll explore a product problem together; no slides needed.",
          company="Ampwise", role="Product Manager - Smart Metering Platform", stage="technical",
          ivs=["callum.reid@ampwise.co.uk", "amara.okafor@ampwise.co.uk"]),
        P(kind="case-interview", lang="en", prod="outlook", start="2026-02-16 09:30", minutes=90,
          tz="Europe/London", title="Thornbury Consulting – Case interview (Energy Transition practice)",
          org="Olivia Grant <olivia.grant@thornburyconsulting.co.uk>",
          att=["Priya Raman <priya.raman@fastmail.com>", "Rupert Hale <rupert.hale@thornburyconsulting.co.uk>",
               "Olivia Grant <olivia.grant@thornburyconsulting.co.uk>"], call="teams",
          desc="Dear Priya,\n\nPlease find below the details for your case interview with Rupert Hale (Partner) "
               "and me for the Manager, Energy Transition position. You will receive a short case at the start; "
               "a pen and paper are useful.\n\nKind regards,\nOlivia Grant\nPrincipal",
          company="Thornbury Consulting", role="Manager, Energy Transition", stage="technical"),
        P(kind="agency-names-client", lang="en", prod="outlook", start="2026-02-17 11:00", minutes=45,
          title="Interview - Halewood Power Systems / Priya Raman (via Greenfield Talent)",
          org="Dean Whitlock <dean.whitlock@greenfieldtalent.co.uk>",
          att=["Priya Raman <priya.raman@fastmail.com>", "Sarah Ling <sarah.ling@halewoodpower.com>"],
          org_att=False, call="teams", tz="Europe/London",
          desc="Hi Priya,\n\nAs discussed, Halewood Power Systems would like to meet you for the Principal "
               "Product Manager – Grid Storage role. You'll speak with Sarah Ling, VP Product. I'll call you "
               "afterwards for feedback.\n\nDean Whitlock | Senior Consultant | Greenfield Talent",
          company="Halewood Power Systems", role="Principal Product Manager – Grid Storage",
          stage="hiring_manager", ivs=["sarah.ling@halewoodpower.com"]),
        P(kind="title-only", lang="en", prod="google", start="2026-02-18 16:00", minutes=30,
          title="Chat with Farid (Heliotrope Labs)", org="Farid Haddad <farid@heliotropelabs.com>",
          att=["ME"], desc="", company="Heliotrope Labs", stage=""),
        P(kind="panel", lang="en", prod="greenhouse", start="2026-02-19 13:00", minutes=75,
          title="Panel interview – Priya Raman – Senior PM, Grid Edge",
          org="Fjordlight Recruiting <recruiting@fjordlight.no>", org_att=False,
          att=["ME", "Ingrid Solberg <ingrid.solberg@fjordlight.no>",
               "Marcus Lindqvist <marcus.lindqvist@fjordlight.no>",
               "Yusuf Demir <yusuf.demir@fjordlight.no>"], call="zoom", tz="Europe/Berlin",
          desc="Hi Priya, you're invited to a panel interview with Ingrid (CPO), Marcus (Head of Engineering, "
               "Storage) and Yusuf (Design Lead). Please prepare a 10-minute walkthrough of a product you shipped.",
          company="Fjordlight", role="Senior PM, Grid Edge", stage="onsite"),
        P(kind="site-visit-round", lang="en", prod="outlook", start="2026-02-24 10:00", minutes=180,
          title="Site visit & interviews – Halewood Power Systems, Sheffield",
          org="Sarah Ling <sarah.ling@halewoodpower.com>",
          att=["Priya Raman <priya.raman@fastmail.com>", "Graham Oyelaran <graham.oyelaran@halewoodpower.com>",
               "#Halewood Sheffield - Training Room 2 <room.sheffield.tr2@halewoodpower.com>"],
          loc="Halewood Power Systems, Don Valley Works, Sheffield S9 3XX", tz="Europe/London",
          desc="Priya – as promised, the next stage is a visit to our Sheffield manufacturing site. Schedule:\n"
               "10:00 tour of the battery line with Graham (Operations Director)\n11:00 product exercise with me\n"
               "12:30 lunch. Safety shoes will be provided.",
          company="Halewood Power Systems", role="Principal Product Manager – Grid Storage", stage="onsite"),
        P(kind="hand-typed-name-company", lang="en", prod="apple", start="2026-02-25 12:00", minutes=60,
          title="Ruth Achterberg – Warmtenet Zuid", loc="Stationsplein 45, Rotterdam",
          desc="bring portfolio pdf; ask re: team size", company="Warmtenet Zuid", ivs=["Ruth Achterberg"]),
        P(kind="lever-hm", lang="en", prod="lever", start="2026-02-26 14:30", minutes=45,
          title="Interview with Heliotrope Labs: Hiring Manager",
          org="Heliotrope Labs <no-reply@hire.lever.co>", org_att=False,
          att=["ME", "Farid Haddad <farid@heliotropelabs.com>"], call="meet",
          desc="Priya Raman, you're scheduled to meet Farid Haddad (VP Product) for the Lead Product Manager, "
               "Carbon Accounting position at Heliotrope Labs.",
          company="Heliotrope Labs", role="Lead Product Manager, Carbon Accounting", stage="hiring_manager"),
        P(kind="calendly-booked-screen", lang="en", prod="calendly", start="2026-03-02 09:00", minutes=30,
          title="Priya Raman and Nina Castellanos", org="Nina Castellanos <nina@voltaro.es>",
          att=["ME"], org_att=True, tz="Europe/Madrid", call="meet",
          desc="Event Name: 30 Minute Intro – Product roles at Voltaro\n\nPlease share anything that will help "
               "prepare for our meeting.\nApplying for the Product Manager, Charging Software opening\n\n"
               "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/"
               "\nReschedule: https://calendly.com/reschedulings/",
          company="Voltaro", role="Product Manager, Charging Software", stage="recruiter_screen"),
        P(kind="assessment-centre", lang="en", prod="workday", start="2026-03-04 08:30", minutes=480,
          title="Assessment Centre – Graduate & Experienced Hires, National Grid ESO partner programme",
          org="Northam Utilities Careers <northamutilities@myworkday.com>", org_att=False,
          att=["ME"], loc="Northam Utilities, 1-3 Strand, London WC2N 5EH", tz="Europe/London",
          desc="Dear Priya,\n\nCongratulations on progressing to the assessment centre for the Product Owner – "
               "Customer Flexibility role at Northam Utilities. The day includes a group exercise, a written "
               "prioritisation task and a competency interview with two assessors. Please bring photo ID.",
          company="Northam Utilities", role="Product Owner – Customer Flexibility", stage="onsite", ivs=[]),
        P(kind="internal-transfer", lang="en", prod="outlook", start="2026-03-05 15:00", minutes=45,
          title="Conversation re: Product Lead role in Flexibility Markets",
          org="Bas Koning <bas.koning@lumengrid.energy>",
          att=["Priya Raman <priya.raman@lumengrid.energy>", "Eline Smit <eline.smit@lumengrid.energy>"],
          call="teams",
          desc="Hi Priya,\n\nThanks for putting yourself forward for the internal opening in Flexibility Markets. "
               "Eline (HRBP) and I would like to treat this as the formal interview for the Product Lead role. "
               "We'll talk about how you'd take over the aggregator roadmap.\n\nBas",
          company="Lumengrid Energy", role="Product Lead", stage="hiring_manager"),
        P(kind="hm-personal-address", lang="en", prod="google", start="2026-03-06 18:00", minutes=30,
          title="quick call - product role", org="Dominic Achebe <dom.achebe@outlook.com>", att=["ME"],
          desc="Hi Priya - Dominic here, CEO of Tidal Loop. Sending from my personal account as work calendar is "
               "full. Let's talk about the first PM role we're hiring for; I'll call your mobile.",
          company="Tidal Loop", stage="hiring_manager"),
        P(kind="final", lang="en", prod="goodtime", start="2026-03-10 13:00", minutes=60, tz="Europe/London",
          title="Final Interview - Gridwise Analytics - Priya Raman",
          org="Gridwise Analytics Interviews <interviews@gridwise.co.uk>", org_att=False,
          att=["ME", "Ben Shapiro <ben.shapiro@gridwise.co.uk>", "~Lucy Tran <lucy.tran@gridwise.co.uk>"],
          call="zoom",
          desc="Final round for Senior Product Manager, Flexibility.\nYou will meet Ben Shapiro, Chief Product "
               "Officer. Coordinated by Lucy Tran (Recruiting Coordinator).",
          company="Gridwise Analytics", role="Senior Product Manager, Flexibility", stage="final",
          ivs=["ben.shapiro@gridwise.co.uk"]),
        P(kind="address-and-time", lang="en", prod="apple", start="2026-03-11 11:30", minutes=90,
          title="Keizersgracht 310, 3rd floor", loc="Keizersgracht 310, Amsterdam",
          desc="Carbonledger - meet Jorien + CTO. bring laptop for the roadmap exercise",
          company="Carbonledger", stage="onsite", ivs=["Jorien"]),
        P(kind="rescheduled", lang="en", prod="greenhouse", start="2026-03-12 16:30", minutes=45, seq=2,
          title="[Rescheduled] Priya Raman - Technical Product Interview - Solvanta",
          org="Solvanta Hiring <no-reply@us.greenhouse-mail.io>", org_att=False, tz="Europe/Berlin",
          att=["ME", "Jakob Reuter <jakob.reuter@solvanta.io>"], call="meet",
          desc="This interview has moved to a new time. Interviewer: Jakob Reuter (Engineering Lead, "
               "Forecasting). Role: Senior Product Manager – Forecasting API.",
          company="Solvanta", role="Senior Product Manager – Forecasting API", stage="technical"),
        P(kind="headhunter-names-client", lang="en", prod="google", start="2026-03-13 10:00", minutes=60,
          title="Interview: Ostwind Netze (CPO search) – Priya Raman",
          org="Clara Hartmann <clara@hartmann-search.com>",
          att=["ME", "Dr. Felix Brandt <felix.brandt@ostwind-netze.de>"], tz="Europe/Berlin", call="teams",
          desc="Dear Priya, our client Ostwind Netze GmbH has confirmed this slot with Dr. Felix Brandt (COO) for "
               "the Chief Product Officer search we discussed. I will not join; please call me afterwards.",
          company="Ostwind Netze", role="Chief Product Officer", stage="hiring_manager",
          ivs=["felix.brandt@ostwind-netze.de"]),
        P(kind="cancelled-interview", lang="en", prod="lever", start="2026-03-16 11:00", minutes=45,
          status="CANCELLED", title="CANCELLED: Interview with Heliotrope Labs: Product Exercise",
          org="Heliotrope Labs <no-reply@hire.lever.co>", org_att=False,
          att=["ME", "Kemi Adeyemi <kemi@heliotropelabs.com>"],
          desc="This interview has been cancelled. Your recruiter will be in touch about next steps.",
          company="Heliotrope Labs", stage="technical"),
        P(kind="office-visit-round", lang="en", prod="google", start="2026-03-18 14:00", minutes=120,
          title="Come visit the Kelpwatt office", org="Tomas Verhoeven <tomas.verhoeven85@gmail.com>",
          att=["ME", "Lieke Bos <lieke@kelpwatt.com>", "Arjun Patel <arjun@kelpwatt.com>"],
          loc="Kelpwatt, NDSM-plein 28, Amsterdam",
          desc="Come meet the rest of the team! Lieke (engineering) and Arjun (ops) will each spend 45 minutes with "
               "you on how product would work with them. Then drinks if you're up for it.",
          company="Kelpwatt", role="Head of Product", stage="onsite"),
        P(kind="recurring-trial-day", lang="en", prod="google", start="2026-03-23 09:00", minutes=480,
          title="Paid trial days – Carbonledger", org="Jorien Vos <jorien@carbonledger.io>", att=["ME"],
          rrule="FREQ=WEEKLY;COUNT=3;BYDAY=MO",
          override={"rid": "2026-03-30 09:00", "start": "2026-03-31 09:00", "title": "Paid trial day (moved to Tue)"},
          loc="Carbonledger, Keizersgracht 310, Amsterdam",
          desc="As agreed: three paid trial Mondays as the last step before an offer for the Product Lead role. "
               "You'll work on the supplier-emissions onboarding flow with the team.",
          company="Carbonledger", role="Product Lead", stage="final"),
        P(kind="screen-phone", lang="en", prod="smartrecruiters", start="2026-03-19 10:30", minutes=30,
          title="Phone Interview - Product Manager, Utility Billing - Iberluz",
          org="Iberluz Talent Team <noreply@smartrecruiters.com>", org_att=False, tz="Europe/Madrid",
          att=["ME", "Lucía Ferrer <lucia.ferrer@iberluz.es>"],
          desc="Lucía Ferrer from Iberluz Renovables will call you on +31 6 1234 5678. Position: Product Manager, "
               "Utility Billing (Barcelona / hybrid).",
          company="Iberluz Renovables", role="Product Manager, Utility Billing", stage="recruiter_screen"),
        P(kind="founder-freemail", lang="en", prod="google", start="2026-03-20 19:00", minutes=45,
          title="Priya x Sunhaven", org="Anouk Meijer <anouk.meijer@protonmail.com>", att=["ME"], call="meet",
          desc="Second conversation as promised. I'll bring my co-founder Sem (sem.devries@gmail.com). We want to "
               "understand how you'd run discovery with housing corporations. Sunhaven - solar for social housing.",
          company="Sunhaven", stage="hiring_manager", ivs=["anouk.meijer@protonmail.com", "sem.devries@gmail.com"]),
        # German
        P(kind="ats-recruiter-screen", lang="de", prod="personio", start="2026-02-04 10:00", minutes=30,
          tz="Europe/Berlin", title="Telefoninterview: Senior Product Manager (m/w/d) – Stadtwerke Havelland",
          org="Stadtwerke Havelland Karriere <jobs@swhavelland.de>", org_att=False,
          att=["ME", "Katrin Schulze <k.schulze@swhavelland.de>"],
          desc="Hallo Frau Raman,\n\nvielen Dank für Ihre Bewerbung als Senior Product Manager (m/w/d) "
               "Energiedienstleistungen. Frau Katrin Schulze (Personalreferentin) ruft Sie zum vereinbarten "
               "Termin an.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
          company="Stadtwerke Havelland", role="Senior Product Manager (m/w/d) Energiedienstleistungen",
          stage="recruiter_screen"),
        P(kind="kennenlernen-later-round", lang="de", prod="outlook", start="2026-02-10 16:00", minutes=60,
          tz="Europe/Berlin", title="Kennenlernen Priya / Henrik",
          org="Henrik Sauer <henrik.sauer@solvanta.io>", att=["Priya Raman <priya.raman@fastmail.com>"],
          loc="Solvanta GmbH, Schlesische Str. 26, 10997 Berlin",
          desc="Hallo Priya,\n\nnach deinen Gesprächen mit Jakob und dem Team möchte ich dich gern persönlich "
               "kennenlernen, bevor wir über das Angebot sprechen. Ich bin bei Solvanta Geschäftsführer und "
               "würde dein direkter Vorgesetzter.\n\nBis dann\nHenrik",
          company="Solvanta", stage="hiring_manager"),
        P(kind="hand-typed-terse", lang="de", prod="apple", start="2026-02-13 11:00", minutes=60,
          title="Rheinstrom 2. Gespräch", desc="", company="Rheinstrom", ivs=[]),
        P(kind="plant-visit", lang="de", prod="outlook", start="2026-02-20 09:00", minutes=240, tz="Europe/Berlin",
          title="Werksbesichtigung und Fachgespräch – Quellwerk Geothermie",
          org="Martina Kolb <martina.kolb@quellwerk.de>",
          att=["Priya Raman <priya.raman@fastmail.com>", "Uwe Hansen <uwe.hansen@quellwerk.de>",
               "%Poolfahrzeug Werk Nord <fahrzeug.nord@quellwerk.de>"],
          loc="Quellwerk Geothermie GmbH, Am Bohrplatz 4, 82024 Taufkirchen",
          desc="Sehr geehrte Frau Raman,\n\nwie telefonisch besprochen laden wir Sie zur zweiten Runde für die "
               "Position Produktmanagerin Wärmenetze ein: Besichtigung unserer Anlage mit Herrn Hansen "
               "(Betriebsleiter), anschließend Fachgespräch mit mir. Abholung am Bahnhof Taufkirchen 08:40.",
          company="Quellwerk Geothermie", role="Produktmanagerin Wärmenetze", stage="onsite"),
        P(kind="founder-freemail", lang="de", prod="google", start="2026-02-23 18:30", minutes=45,
          title="Austausch Priya & Lennart", org="Lennart Vogel <lennart.vogel@gmx.de>", att=["ME"], call="meet",
          tz="Europe/Berlin",
          desc="Hi Priya,\n\nwie am Telefon besprochen: wir (Voltkeller, Quartierspeicher für Mehrfamilienhäuser) "
               "suchen unsere erste Produktperson. Lass uns über die Rolle und deine Erfahrung mit Netzbetreibern "
               "sprechen. Ich schreibe noch von meiner privaten Adresse, die Domain zieht gerade um.",
          company="Voltkeller", stage="hiring_manager"),
        P(kind="panel", lang="de", prod="softgarden", start="2026-02-27 13:00", minutes=90, tz="Europe/Berlin",
          title="Vorstellungsgespräch (Panel) – Produktmanager:in Netzanschlussportal",
          org="Netzwerk Rheinstrom Recruiting <noreply@softgarden.io>", org_att=False,
          att=["ME", "Dr. Sabine Roth <sabine.roth@rheinstrom-netz.de>", "Jens Albers <jens.albers@rheinstrom-netz.de>",
               "Aylin Kaya <aylin.kaya@rheinstrom-netz.de>"], call="teams",
          desc="Guten Tag Frau Raman,\n\nwir freuen uns, Sie zum Gespräch mit Dr. Sabine Roth (Bereichsleitung "
               "Digitalisierung), Jens Albers (Teamleitung Netzanschluss) und Aylin Kaya (Betriebsrat) einzuladen.",
          company="Netzwerk Rheinstrom", role="Produktmanager:in Netzanschlussportal", stage="onsite"),
        P(kind="case-interview", lang="de", prod="outlook-bare", start="2026-03-03 10:00", minutes=90,
          tz="Europe/Berlin", title="Fallstudie – Brandt & Kessler Beratung",
          org="Moritz Lange <m.lange@bk-beratung.de>",
          att=["Priya Raman <priya.raman@fastmail.com>", "Moritz Lange <m.lange@bk-beratung.de>"],
          loc="Brandt & Kessler, Friedrichstraße 68, Berlin",
          desc="Liebe Frau Raman,\n\nim zweiten Gespräch bearbeiten Sie mit mir eine Fallstudie zur "
               "Markteinführung eines dynamischen Stromtarifs. Bitte rechnen Sie mit 60 Minuten Fall und 30 Minuten "
               "Fragen zur Rolle Senior Consultant Energiewirtschaft.",
          company="Brandt & Kessler", role="Senior Consultant Energiewirtschaft", stage="technical"),
        P(kind="title-only", lang="de", prod="gcal-export", start="2026-03-09 15:00", minutes=45,
          title="Gespräch mit Frau Neumann (Windkraft Uckermark)", desc="", company="Windkraft Uckermark"),
        P(kind="assessment-centre", lang="de", prod="workday", start="2026-03-17 08:00", allday=1,
          tz="Europe/Berlin", title="Assessment Center – Ostwind Netze GmbH",
          org="Ostwind Netze Recruiting <ostwind@myworkday.com>", org_att=False, att=["ME"],
          loc="Ostwind Netze, Zentrale, Heinrich-Heine-Platz 1, 14467 Potsdam",
          desc="Sehr geehrte Frau Raman,\n\nhiermit bestätigen wir Ihre Teilnahme am Assessment Center für die "
               "Position Head of Product Digital Grid. Ablauf: Präsentation, Gruppenübung, Rollenspiel, "
               "Interview mit der Geschäftsführung. Beginn 08:30 Uhr.",
          company="Ostwind Netze", role="Head of Product Digital Grid", stage="onsite", ivs=[]),
        P(kind="agency-names-client", lang="de", prod="outlook", start="2026-03-24 11:00", minutes=60,
          tz="Europe/Berlin", title="Interview bei Stadtwerke Havelland – vermittelt durch Hartmann Executive Search",
          org="Clara Hartmann <clara@hartmann-search.com>", org_att=False,
          att=["Priya Raman <priya.raman@fastmail.com>", "Thomas Berger <t.berger@swhavelland.de>"],
          loc="Stadtwerke Havelland, Brandenburger Str. 12, Falkensee",
          desc="Liebe Priya,\n\nder Termin bei meinem Mandanten steht: Thomas Berger, Geschäftsführer der "
               "Stadtwerke Havelland, erwartet Sie vor Ort. Bitte melden Sie sich am Empfang.",
          company="Stadtwerke Havelland", stage="hiring_manager", ivs=["t.berger@swhavelland.de"]),
        P(kind="hand-typed-name-company", lang="de", prod="apple", start="2026-03-26 09:30", minutes=45,
          title="Hr. Albers / Rheinstrom – Rückfragen Rolle", desc="Tel. 0221 4471-220", company="Rheinstrom",
          ivs=["Hr. Albers"]),
        P(kind="internal-transfer", lang="de", prod="outlook", start="2026-03-27 14:00", minutes=45,
          tz="Europe/Berlin", title="Interne Bewerbung: Gespräch Team Netzbetreiber-Software (Berlin)",
          org="Stefanie Wolff <stefanie.wolff@lumengrid.energy>",
          att=["Priya Raman <priya.raman@lumengrid.energy>", "Jonas Peters <jonas.peters@lumengrid.energy>"],
          call="teams",
          desc="Hallo Priya,\n\ndanke für deine interne Bewerbung auf die Stelle Senior Product Manager im Berliner "
               "DSO-Team. Jonas und ich möchten mit dir über die Rolle und deinen Wechsel sprechen – das ist das "
               "Auswahlgespräch, nicht nur ein Kaffee.\n\nStefanie",
          company="Lumengrid Energy", role="Senior Product Manager", stage="hiring_manager"),
        # French
        P(kind="ats-recruiter-screen", lang="fr", prod="wttj", start="2026-02-06 10:00", minutes=30, tz="Europe/Paris",
          title="Entretien téléphonique – Céleste Énergie – Priya Raman",
          org="Céleste Énergie <celeste-energie@notifications.welcometothejungle.com>", org_att=False,
          att=["ME", "Camille Roux <camille.roux@celeste-energie.fr>"],
          desc="Bonjour Priya,\n\nCamille Roux, chargée de recrutement, vous appellera pour un premier échange "
               "autour du poste de Product Manager Autoconsommation collective.",
          company="Céleste Énergie", role="Product Manager Autoconsommation collective", stage="recruiter_screen"),
        P(kind="coffee-later-round", lang="fr", prod="google", start="2026-02-13 08:45", minutes=45,
          tz="Europe/Paris", title="Café Priya / Julien", org="Julien Marchand <julien.marchand@celeste-energie.fr>",
          att=["ME"], loc="Café Mokxa, 3 rue de l'Abbé Rozier, Lyon",
          desc="Bonjour Priya, suite à tes échanges avec Camille et l'équipe produit, je te propose un café "
               "pour l'étape avec le manager. C'est moi qui dirige le pôle produit.",
          company="Céleste Énergie", stage="hiring_manager"),
        P(kind="founder-freemail", lang="fr", prod="google", start="2026-02-18 12:30", minutes=60, tz="Europe/Paris",
          title="Déjeuner Priya – Marée Power", org="Hugo Lefèvre <hugo.lefevre@free.fr>", att=["ME"],
          loc="Brasserie Georges, 30 cours de Verdun, Lyon",
          desc="Ravi de poursuivre la discussion autour du poste de responsable produit chez Marée Power. "
               "Ma co-fondatrice Léa nous rejoindra.",
          company="Marée Power", role="responsable produit", stage="hiring_manager",
          ivs=["hugo.lefevre@free.fr", "Léa"]),
        P(kind="site-visit-round", lang="fr", prod="outlook", start="2026-03-02 09:30", minutes=210, tz="Europe/Paris",
          title="Visite du site de Chasse-sur-Rhône et entretiens", org="Pauline Girard <p.girard@aubrac-h2.fr>",
          att=["Priya Raman <priya.raman@fastmail.com>", "Nicolas Dumas <n.dumas@aubrac-h2.fr>",
               "#Salle Rhône (20p) <salle.rhone@aubrac-h2.fr>"],
          loc="Aubrac Hydrogène, ZI du Rhône, 38670 Chasse-sur-Rhône",
          desc="Madame,\n\nDans le cadre de votre candidature au poste de Product Owner Électrolyseurs, nous vous "
               "accueillerons pour une visite de l'usine avec Nicolas Dumas (directeur industriel) puis un "
               "entretien avec moi. EPI fournis.\n\nPauline Girard, DRH",
          company="Aubrac Hydrogène", role="Product Owner Électrolyseurs", stage="onsite"),
        P(kind="hand-typed-terse", lang="fr", prod="apple", start="2026-03-05 14:30", minutes=60,
          title="Rhodanie 2e tour", desc="", company="Rhodanie", ivs=[]),
        P(kind="panel", lang="fr", prod="owa", start="2026-03-12 10:00", minutes=90, tz="Europe/Paris",
          title="Entretien collégial – Chef de produit SI Réseau",
          org="Recrutement Rhodanie Réseaux <recrutement@rhodanie-reseaux.fr>", org_att=False,
          att=["Priya Raman <priya.raman@fastmail.com>", "Sylvie Moreau <sylvie.moreau@rhodanie-reseaux.fr>",
               "Karim Benali <karim.benali@rhodanie-reseaux.fr>", "Elodie Petit <elodie.petit@rhodanie-reseaux.fr>",
               "#Lyon Part-Dieu - Salle 4.02 <salle402.lyon@rhodanie-reseaux.fr>"],
          loc="Rhodanie Réseaux, 12 rue Garibaldi, Lyon", call="teams",
          desc="Madame Raman,\n\nNous avons le plaisir de vous convier à un entretien collégial avec Sylvie Moreau "
               "(directrice des SI), Karim Benali (responsable exploitation) et Elodie Petit (RH).",
          company="Rhodanie Réseaux", role="Chef de produit SI Réseau", stage="onsite"),
        P(kind="headhunter-names-client", lang="fr", prod="google", start="2026-03-16 17:00", minutes=45,
          tz="Europe/Paris", title="Entretien avec Aubrac Hydrogène (via Cabinet Verdier)",
          org="Agnès Verdier <agnes@cabinet-verdier.fr>", org_att=False,
          att=["ME", "Pauline Girard <p.girard@aubrac-h2.fr>"], call="meet",
          desc="Bonjour Priya,\n\nComme convenu, voici l'invitation pour votre premier entretien avec Pauline "
               "Girard, DRH d'Aubrac Hydrogène, pour le poste de Product Owner Électrolyseurs.",
          company="Aubrac Hydrogène", role="Product Owner Électrolyseurs", stage="recruiter_screen",
          ivs=["p.girard@aubrac-h2.fr"]),
        P(kind="title-only", lang="fr", prod="google", start="2026-03-19 11:00", minutes=30,
          title="Point Priya / Mathilde (Céleste)", org="Mathilde Faure <mathilde.faure@celeste-energie.fr>",
          att=["ME"], tz="Europe/Paris", company="Céleste Énergie"),
        P(kind="final", lang="fr", prod="wttj", start="2026-03-25 15:00", minutes=60, tz="Europe/Paris",
          title="Entretien final – Céleste Énergie",
          org="Céleste Énergie <celeste-energie@notifications.welcometothejungle.com>",
          org_att=False, att=["ME", "Bertrand Aubert <bertrand.aubert@celeste-energie.fr>"],
          loc="Céleste Énergie, 40 quai Rambaud, 69002 Lyon",
          desc="Dernière étape pour le poste de Product Manager Autoconsommation collective : rencontre avec "
               "Bertrand Aubert, CEO.",
          company="Céleste Énergie", role="Product Manager Autoconsommation collective", stage="final"),
        # Spanish
        P(kind="ats-recruiter-screen", lang="es", prod="factorial", start="2026-02-09 10:00", minutes=30,
          tz="Europe/Madrid", title="Entrevista telefónica – Product Manager Autoconsumo – Solaria del Ebro",
          org="Solaria del Ebro <no-reply@factorialhr.com>", org_att=False,
          att=["ME", "Marta Gil <marta.gil@solariaebro.es>"],
          desc="Hola Priya,\n\nMarta Gil, técnica de selección, te llamará para una primera conversación sobre "
               "la vacante de Product Manager Autoconsumo.",
          company="Solaria del Ebro", role="Product Manager Autoconsumo", stage="recruiter_screen"),
        P(kind="chat-later-round", lang="es", prod="google", start="2026-02-17 18:00", minutes=45, tz="Europe/Madrid",
          title="Charla Priya & Jordi", org="Jordi Puig <jordi.puig@voltaro.es>", att=["ME"], call="meet",
          desc="Hola Priya! Después de tu prueba con el equipo de software, quería charlar contigo antes de la "
               "decisión final. Soy el director de producto y serías parte de mi equipo.",
          company="Voltaro", stage="hiring_manager"),
        P(kind="hand-typed-address", lang="es", prod="apple", start="2026-02-24 10:30", minutes=90,
          title="C/ de Pallars 193, Barcelona", loc="Carrer de Pallars 193, 08005 Barcelona",
          desc="Cobalto - 2a entrevista con Elena y el CTO", company="Cobalto Movilidad", ivs=["Elena"]),
        P(kind="founder-freemail", lang="es", prod="google", start="2026-03-03 19:00", minutes=40, tz="Europe/Madrid",
          title="Priya / Álvaro – Rayo", org="Álvaro Sanz <alvaro.sanz.m@hotmail.com>", att=["ME"], call="meet",
          desc="Hola Priya, soy Álvaro, cofundador de Rayo (baterías para comunidades energéticas). Como te dije "
               "por LinkedIn, buscamos a nuestra primera Head of Product. Hablamos de la posición y de tu experiencia.",
          company="Rayo", role="Head of Product", stage="hiring_manager"),
        P(kind="plant-visit", lang="es", prod="outlook", start="2026-03-10 09:00", minutes=240, tz="Europe/Madrid",
          title="Visita a planta y entrevistas – Voltaro Martorell",
          org="Nina Castellanos <nina@voltaro.es>",
          att=["Priya Raman <priya.raman@fastmail.com>", "Raúl Ortega <raul.ortega@voltaro.es>",
               "Jordi Puig <jordi.puig@voltaro.es>"],
          loc="Voltaro, Polígono Industrial Can Sunyer, Martorell",
          desc="Hola Priya,\n\nComo siguiente fase del proceso para Product Manager, Charging Software te "
               "proponemos visitar la planta de cargadores y entrevistarte con Raúl Ortega (jefe de planta) y "
               "Jordi Puig (director de producto).",
          company="Voltaro", role="Product Manager, Charging Software", stage="onsite",
          ivs=["raul.ortega@voltaro.es", "jordi.puig@voltaro.es"]),
        P(kind="case-interview", lang="es", prod="owa", start="2026-03-13 11:00", minutes=75, tz="Europe/Madrid",
          title="Entrevista – caso práctico (Iberluz Renovables)", org="Lucía Ferrer <lucia.ferrer@iberluz.es>",
          att=["Priya Raman <priya.raman@fastmail.com>", "Pablo Navarro <pablo.navarro@iberluz.es>"], call="teams",
          desc="Buenos días Priya,\n\nEn esta segunda entrevista para Product Manager, Utility Billing resolverás "
               "un caso práctico con Pablo Navarro (responsable de facturación). Recibirás el enunciado al "
               "comenzar.",
          company="Iberluz Renovables", role="Product Manager, Utility Billing", stage="technical",
          ivs=["pablo.navarro@iberluz.es"]),
        P(kind="agency-names-client", lang="es", prod="google", start="2026-03-18 16:00", minutes=45,
          tz="Europe/Madrid", title="Entrevista con Cobalto Movilidad – Talento Verde",
          org="Irene Molina <irene@talentoverde.es>", org_att=False,
          att=["ME", "Elena Vidal <elena.vidal@cobalto.es>"], call="zoom",
          desc="Hola Priya, te confirmo la entrevista con Elena Vidal, CPO de Cobalto Movilidad, para la posición "
               "de Senior Product Manager de flotas eléctricas. Cualquier cosa me dices.\nIrene (Talento Verde)",
          company="Cobalto Movilidad", role="Senior Product Manager de flotas eléctricas", stage="hiring_manager",
          ivs=["elena.vidal@cobalto.es"]),
        P(kind="title-only", lang="es", prod="gcal-export", start="2026-03-23 12:00", minutes=30,
          title="Llamada con Marta (Solaria)", company="Solaria"),
        P(kind="cancelled-interview", lang="es", prod="factorial", start="2026-03-25 10:00", minutes=60,
          status="CANCELLED", tz="Europe/Madrid", title="Cancelada: Entrevista técnica – Solaria del Ebro",
          org="Solaria del Ebro <no-reply@factorialhr.com>", org_att=False,
          att=["ME", "Óscar Ruiz <oscar.ruiz@solariaebro.es>"],
          desc="La entrevista ha sido cancelada. Te contactaremos para proponer una nueva fecha.",
          company="Solaria del Ebro", stage="technical"),
        P(kind="final", lang="es", prod="outlook", start="2026-03-30 17:00", minutes=60, tz="Europe/Madrid",
          title="Entrevista final – Dirección General Voltaro", org="Nina Castellanos <nina@voltaro.es>",
          att=["Priya Raman <priya.raman@fastmail.com>", "Carles Font <carles.font@voltaro.es>",
               "~Nina Castellanos <nina@voltaro.es>"], org_att=False, call="teams",
          desc="Hola Priya,\n\nÚltima fase: entrevista con Carles Font, consejero delegado. Yo solo coordino la "
               "agenda y no estaré en la llamada.\n\nNina (Talent)",
          company="Voltaro", stage="final", ivs=["carles.font@voltaro.es"]),
    ]
