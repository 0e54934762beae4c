"""holdout48: the user's own interviews in Portugal, the UK, Germany and with French firms (blind, CC0 1.0)."""

from __future__ import annotations

from holdout48ev_ics import APPLE, GOOGLE, OUTLOOK, TBIRD, E, att, cal, me, meet, org, teams, vevent, zoom

R = "RESOURCE"
FR_TEAMS = ("Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "Cliquez ici pour participer à la réunion\n<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Rk"
            "E4MjQ%40thread.v2/0>\nID de la réunion : 351 208 447 19")


def events() -> list[dict[str, str]]:
    out = []
    out.append(E("teams-pt", "teams-hiring-manager-pt", (1, "Lusovia Engenharia", "Gestor(a) de Projeto Ferroviário",
                                                         "hiring_manager", "rui.matos@lusovia.pt"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB0100000000000000001000000077E1F2A3",
            "Entrevista – Gestor(a) de Projeto Ferroviário | Lusovia", "20250312T100000", 60, tz="lisbon",
            desc="Olá Lucía,\n\nConforme combinado, envio o convite para a entrevista com o Eng. Rui Matos, Diretor de "
                 "Ferrovia e responsável pela vaga.\n\nCumprimentos,\nSofia Carvalho\nRecursos Humanos · Lusovia "
                 "Engenharia\n\n" + teams("pt", "YTg4MWQ3"),
            organizer=org("Carvalho, Sofia", "sofia.carvalho@lusovia.pt"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es"),
                       att("Matos, Rui", "rui.matos@lusovia.pt")])])))
    out.append(E("zoom-pt", "zoom-first-interview-pt", (1, "Águas do Tejo Infraestruturas", "Gestora de Projetos de "
                                                        "Saneamento", "recruiter_screen", "ines.pacheco@aguastejo.pt"),
        cal(GOOGLE, [vevent(
            "3k9d8s7a6f5g4h3j2l1@google.com", "Primeira entrevista – Águas do Tejo Infraestruturas", "20250306T150000",
            30, tz="lisbon",
            desc="Cara Lucía,\n\nObrigada pela candidatura à vaga de Gestora de Projetos de Saneamento. A primeira "
                 "conversa será com Inês Pacheco (Talento).\n\n" + zoom("pt", "93318820144", "Inês Pacheco"),
            organizer=org("Inês Pacheco", "ines.pacheco@aguastejo.pt"),
            attendees=[me(), att("Inês Pacheco", "ines.pacheco@aguastejo.pt", ps="ACCEPTED", rsvp=False)])])))
    out.append(E("google-en-pt", "google-en-technical-pt", (1, "ViaNova Mobilidade", "Road Infrastructure Project "
                                                            "Manager", "technical", "t.almeida@vianova.pt"),
        cal(GOOGLE, [vevent(
            "1q2w3e4r5t6y7u8i9o0p@google.com", "Technical interview – Road Infrastructure PM (Lucía Benítez)",
            "20250318T140000", 60, tz="lisbon",
            desc="Hi Lucía, this is the technical round: we'll walk through a pavement rehabilitation programme and "
                 "your approach to contract management under FIDIC. Interviewer: Tiago Almeida, Head of Roads, "
                 "ViaNova Mobilidade.\n\n" + meet("ktr-fnpx-woq", "en"),
            organizer=org("Tiago Almeida", "t.almeida@vianova.pt"),
            attendees=[me(), att("Tiago Almeida", "t.almeida@vianova.pt", ps="ACCEPTED", rsvp=False)])])))
    out.append(E("greenhouse-phone-uk", "greenhouse-phone-screen-en", (1, "Brightwater Civils", "Project Manager – "
                                                                       "Water Infrastructure", "recruiter_screen",
                                                                       "hannah.doyle@brightwatercivils.co.uk"),
        cal(GOOGLE, [vevent(
            "gh-b7e2c91d04aa@brightwatercivils.greenhouse.io", "Phone Screen: Lucía Benítez Ortega for Project Manager "
            "– Water Infrastructure", "20250305T093000", 30, tz="london",
            desc="Hi Lucía,\n\nHannah Doyle from our Talent team will call you on +34 6XX XXX 214 for a 30-minute "
                 "phone screen.\n\nBrightwater Civils",
            loc="Phone call", organizer=org("Brightwater Civils Recruiting", "no-reply@greenhouse.io"),
            attendees=[me(), att("Hannah Doyle", "hannah.doyle@brightwatercivils.co.uk", ps="ACCEPTED")])])))
    out.append(E("outlook-gmt-final-uk", "outlook-gmt-final-room-en", (1, "Northline Rail Partners", "Senior Project "
                                                                       "Manager (Rail)", "final",
                                                                       "d.okafor@northlinerail.co.uk;"
                                                                       "s.whitfield@northlinerail.co.uk"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB01000000000000000010000000B3C2D1E0",
            "Final interview – Senior Project Manager (Rail) – Lucía Benítez Ortega", "20250416T140000", 90,
            tz="wingb",
            desc="Dear Lucía,\n\nWe are pleased to invite you to the final interview at our Manchester office with "
                 "David Okafor (Programme Director) and Sarah Whitfield (Head of HR). Please bring photo ID and "
                 "right-to-work documents.\n\nKind regards,\nTom Briggs\nRecruitment Coordinator",
            loc="Northline House, Meeting Room 4.02", organizer=org("Briggs, Tom", "t.briggs@northlinerail.co.uk"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es"),
                       att("Okafor, David", "d.okafor@northlinerail.co.uk"),
                       att("Whitfield, Sarah", "s.whitfield@northlinerail.co.uk"),
                       att("MAN-Northline-4.02 (8)", "man-room402@northlinerail.co.uk", cutype="ROOM",
                           role="NON-PARTICIPANT")])])))
    out.append(E("agency-uk", "agency-names-employer-en", (1, "Harland & Price Engineering", "Project Manager – "
                                                           "Highways", "hiring_manager",
                                                           "m.kerr@harlandprice.com"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DB010000000000000000100000004D5E6F70",
            "Lucía Benítez <> Harland & Price – Project Manager Highways", "20250320T110000", 45, tz="utc0",
            desc="Hi Lucía,\n\nGreat news – Harland & Price would like to meet you. Your interview is with Michael "
                 "Kerr, Highways Director (hiring manager). I've added him to this invite.\n\nBest,\nJess Patel\n"
                 "Civil Talent Partners – specialist infrastructure recruitment\n\n" + teams("en", "ZTk2MmI0"),
            organizer=org("Patel, Jess", "jess.patel@civiltalentpartners.co.uk"),
            attendees=[att("Lucía Benítez", "lucia.benitez.ing@hotmail.es"),
                       att("Kerr, Michael", "m.kerr@harlandprice.com")])])))
    out.append(E("workday-uk", "workday-competency-en", (1, "Severnside Water Services", "Capital Delivery Project "
                                                         "Manager", "technical", "r.jenkins@severnsidewater.co.uk"),
        cal("-//Workday//Workday Recruiting//EN", [vevent(
            "WD-RI-20250325-00918@severnsidewater.wd103.myworkdayjobs.com", "Interview Scheduled: Capital Delivery "
            "Project Manager (JR-4471)", "20250325T100000", 60, tz="london",
            desc="Hello Lucía,\n\nYour competency-based technical interview has been scheduled with Rhys Jenkins "
                 "(Capital Delivery Lead).\n\nSevernside Water Services\n\n" + teams("en", "MzQ1NmJl"),
            organizer=org("Severnside Water Careers", "severnsidewater@myworkday.com"),
            attendees=[me(), att("Rhys Jenkins", "r.jenkins@severnsidewater.co.uk")])])))
    out.append(E("modernloop-uk", "modernloop-onsite-coordinator-en", (1, "Kestrel Infrastructure Advisory",
                                                                       "Project Manager – Rail & Transit", "onsite",
                                                                       "amelia.ward@kestrel-ia.com;"
                                                                       "josh.bennett@kestrel-ia.com;"
                                                                       "priya.nair@kestrel-ia.com"),
        cal("-//ModernLoop//ModernLoop Scheduling//EN", [vevent(
            "ml-evt-0f3e2d1c-9b8a-4765-a4b3-c2d1e0f9a8b7", "Onsite Interview – Project Manager, Rail & Transit – "
            "Kestrel Infrastructure Advisory", "20250423T093000", 180, tz="london",
            desc="Schedule\n09:30 Amelia Ward – Director, Transport\n10:30 Josh Bennett – Commercial & Controls\n"
                 "11:30 Priya Nair – Values interview\n\nYour coordinator: Oliver Grant (will meet you at reception).",
            loc="Kestrel IA, 40 Leman Street, London E1", organizer=org("Oliver Grant", "oliver.grant@kestrel-ia.com"),
            attendees=[me(), att("Amelia Ward", "amelia.ward@kestrel-ia.com"),
                       att("Josh Bennett", "josh.bennett@kestrel-ia.com"),
                       att("Priya Nair", "priya.nair@kestrel-ia.com"),
                       att("Oliver Grant", "oliver.grant@kestrel-ia.com", role="NON-PARTICIPANT", ps="ACCEPTED")])])))
    out.append(E("goodtime-final-uk", "goodtime-final-en", (1, "Pennine Highways", "Senior Project Manager – Major "
                                                            "Roads", "final", "c.ashworth@penninehighways.co.uk"),
        cal("-//GoodTime.io//Interview Scheduling//EN", [vevent(
            "goodtime-2b3c4d5e6f7a8b9c0d1e@goodtime.io", "Final Interview with Pennine Highways Ltd",
            "20250430T130000", 60, tz="london",
            desc="Role: Senior Project Manager – Major Roads\nInterviewer: Claire Ashworth, Managing Director\n\n"
                 + teams("en", "Y2M3ODk0"),
            organizer=org("Pennine Highways Talent", "talent@penninehighways.co.uk"),
            attendees=[me(), att("Claire Ashworth", "c.ashworth@penninehighways.co.uk")])])))
    out.append(E("ashby-uk", "ashby-hiring-manager-en", (1, "Railgrid", "Delivery Manager – Rail Digital Twins",
                                                         "hiring_manager", "tom@railgrid.io"),
        cal("-//Ashby//Ashby Scheduling//EN", [vevent(
            "ashby-int-5c8e1f20-7a3d-4b61-9e02-d4c5b6a7f891", "Lucía Benítez Ortega <> Tom Lindqvist – Hiring "
            "Manager Interview", "20250402T160000", 45, tz="utc",
            desc="Interview for Delivery Manager – Rail Digital Twins at Railgrid.\n\nJoin Zoom: "
                 "https://railgrid.zoom.us/j/81234509876\n\nScheduled with Ashby",
            organizer=org("Railgrid Recruiting", "no-reply@ashbyhq.com"),
            attendees=[me(), att("Tom Lindqvist", "tom@railgrid.io")])])))
    out.append(E("softgarden-de", "softgarden-first-talk-de", (1, "Rheinbahnbau", "Projektleiterin "
                                                               "Bahninfrastruktur", "recruiter_screen",
                                                               "k.hoffmann@rheinbahnbau.de"),
        cal("-//softgarden//Interview//DE", [vevent(
            "sg-termin-88412093@rheinbahnbau.softgarden.io", "Kennenlerngespräch – Projektleiter*in Bahninfrastruktur "
            "(m/w/d)", "20250311T090000", 45, tz="berlin",
            desc="Sehr geehrte Frau Benítez Ortega,\n\nvielen Dank für Ihre Bewerbung bei der Rheinbahnbau GmbH. "
                 "Gerne laden wir Sie zu einem ersten Kennenlerngespräch mit Katrin Hoffmann (Recruiting) ein. Das "
                 "Gespräch kann auf Englisch geführt werden.\n\n" + teams("de", "NDQ1ZmEw")
                 + "\n\nMit freundlichen Grüßen\nIhr Rheinbahnbau Recruiting-Team",
            organizer=org("Rheinbahnbau Recruiting", "noreply@softgarden.io"),
            attendees=[me(cn="Lucía Benítez Ortega"), att("Katrin Hoffmann", "k.hoffmann@rheinbahnbau.de")])])))
    out.append(E("personio-de", "personio-fachgespraech-de", (1, "Spreewasser Ingenieure", "Projektmanager "
                                                              "Wasserinfrastruktur", "technical",
                                                              "m.brandt@spreewasser-ing.de;j.wolff@spreewasser-ing.de"),
        cal("-//Personio GmbH//Personio Recruiting//DE", [vevent(
            "personio-interview-66210457@spreewasser.jobs.personio.de", "Fachgespräch | Projektmanager:in "
            "Wasserinfrastruktur | Spreewasser Ingenieure GmbH", "20250319T140000", 60, tz="berlin",
            desc="Hallo Lucía,\n\nim Fachgespräch möchten Markus Brandt (Bereichsleiter Wasser) und Jana Wolff "
                 "(Projektsteuerung) mit dir über ein Referenzprojekt sprechen.\n\n" + teams("de", "ZWE5MTc0"),
            organizer=org("Jana Wolff", "j.wolff@spreewasser-ing.de"),
            attendees=[me(), att("Markus Brandt", "m.brandt@spreewasser-ing.de")])])))
    out.append(E("outlook-phone-de", "telefoninterview-windows-zone-de", (1, "Kanal & Damm Consult", "Projektleiter "
                                                                          "Wasserbau", "recruiter_screen",
                                                                          "s.kruger@kd-consult.de"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000033C4D5E6F708DB0100000000000000001000000012AB34CD",
            "Telefoninterview Frau Benítez Ortega", "20250307T100000", 30, tz="winde",
            desc="Sehr geehrte Frau Benítez Ortega,\n\nwie besprochen rufe ich Sie am Freitag für ein kurzes "
                 "Telefoninterview zur Position Projektleiter Wasserbau (m/w/d) an.\n\nViele Grüße\nSabine Krüger\n"
                 "Personal · Kanal & Damm Consult GmbH",
            loc="Telefon", organizer=org("Krüger, Sabine", "s.kruger@kd-consult.de"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es")])])))
    out.append(E("successfactors-de", "successfactors-final-utc-zone-de", (1, "Hanse Tiefbau", "Senior Project "
                                                                           "Manager Infrastructure", "final",
                                                                           "h.petersen@hanse-tiefbau.de"),
        cal("-//SAP SuccessFactors//Recruiting Interview Scheduling//EN", [vevent(
            "SF-IS-REQ3107-CAND55014-2", "Abschlussgespräch mit der Geschäftsführung – Senior Project Manager "
            "Infrastructure (m/w/d)", "20250424T110000", 60, tz="utc1b",
            desc="Sehr geehrte Frau Benítez Ortega,\n\nwir freuen uns, Sie zum Abschlussgespräch mit unserem "
                 "Geschäftsführer Hauke Petersen in Hamburg einzuladen.\n\nHanse Tiefbau AG",
            loc="Hanse Tiefbau AG, Großer Burstah 20, Hamburg",
            organizer=org("Hanse Tiefbau Recruiting", "recruiting@hanse-tiefbau.de"),
            attendees=[me(), att("Hauke Petersen", "h.petersen@hanse-tiefbau.de")])])))
    out.append(E("teams-fr", "teams-hiring-manager-fr", (1, "Cabinet Lemaître Ingénierie", "Chef de projet "
                                                         "infrastructures", "technical", "p.lemaitre@lemaitre-ing.fr"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000044D5E6F708A1DB0100000000000000001000000098FE76DC",
            "Entretien technique – Chef de projet infrastructures (poste basé à Séville)", "20250326T100000", 60,
            tz="win",
            desc="Bonjour Lucía,\n\nSuite à notre échange, je vous propose un entretien technique avec Pierre "
                 "Lemaître, directeur technique, pour le poste de chef de projet infrastructures basé à Séville.\n\n"
                 "Bien cordialement,\nClaire Dumont\nCabinet Lemaître Ingénierie\n\n" + FR_TEAMS,
            organizer=org("Dumont, Claire", "c.dumont@lemaitre-ing.fr"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es"),
                       att("Lemaître, Pierre", "p.lemaitre@lemaitre-ing.fr")])])))
    out.append(E("icims-en", "icims-phone-en", (1, "Halvorsen Ward", "Project Manager – Water (Madrid)",
                                                "recruiter_screen", "laura.gomez@halvorsenward.com"),
        cal("-//iCIMS//Interview Scheduling//EN", [vevent(
            "icims-int-2025-47731-1092@careers-halvorsenward.icims.com", "Interview Confirmation – Project Manager – "
            "Water (Madrid)", "20250313T150000", 30, tz="madrid",
            desc="Dear Lucía,\n\nThis confirms your phone interview with Laura Gómez, Talent Acquisition Partner at "
                 "Halvorsen Ward. She will call you at the number on your application.\n\nPlease do not reply to "
                 "this automated message.",
            loc="Phone", organizer=org("Halvorsen Ward Careers", "careers@halvorsenward.icims.com"),
            attendees=[me(), att("Laura Gómez", "laura.gomez@halvorsenward.com")])])))
    out.append(E("lever-onsite-en", "lever-onsite-en", (1, "Voltrack", "Project Manager – Signalling Deployments",
                                                        "onsite", "ines@voltrack.eu;g.marin@voltrack.eu"),
        cal(GOOGLE, [vevent(
            "lever-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d", "Onsite: Lucía Benítez Ortega – Project Manager, Signalling "
            "Deployments", "20250410T100000", 150, tz="madrid",
            desc="Hi Lucía! Looking forward to having you at the Voltrack Madrid office.\n\n10:00 Inés Arroyo (VP "
                 "Delivery)\n11:00 Guillermo Marín (Field Ops)\n12:00 Lunch with the team (optional)\n\nAddress: "
                 "C/ Alcalá 54, 3º.\n\nScheduled via Lever",
            loc="Voltrack Madrid", organizer=org("Voltrack Talent", "no-reply@hire.lever.co"),
            attendees=[me(), att("Inés Arroyo", "ines@voltrack.eu"), att("Guillermo Marín", "g.marin@voltrack.eu")])])))
    out.append(E("calcom-proton-en", "calcom-freemail-founder-en", (1, "Meridian Water Tech", "", "",
                                                                    "sam.okoye@proton.me"),
        cal("-//Cal.com Inc.//Cal.com Event//EN", [vevent(
            "cal-9b8a7c6d5e4f3a21@cal.com", "Intro interview: Lucía Benítez Ortega x Sam Okoye", "20250314T170000", 30,
            tz="utc",
            desc="What: Intro interview\nInvitee: Lucía Benítez Ortega\nAdditional notes: Sam is the founder of "
                 "Meridian Water Tech – we're hiring our first projects lead for Iberia.\nWhere: Google Meet",
            loc="https://meet.google.com/bcx-ptrn-wuk", organizer=org("Sam Okoye", "sam.okoye@proton.me"),
            attendees=[att("Lucía Benítez Ortega", "lucia.benitez.ing@hotmail.es", ps="ACCEPTED")])])))
    out.append(E("apple-direct-uk", "apple-direct-company-in-signature-en", (1, "Quayside Civil Engineering", "",
                                                                             "hiring_manager",
                                                                             "g.morrison@quaysidecivil.co.uk"),
        cal(APPLE, [vevent(
            "A7F3C1D9-2E4B-4A68-9C05-B1D2E3F4A5B6", "Interview – Lucía Benítez", "20250402T110000", 60, tz="london",
            desc="Lucía – as discussed, I'd like to chat about running the quay wall package for us in Leith. I'll "
                 "be the line manager for the role.\n\nGraham Morrison\nOperations Director\nQuayside Civil "
                 "Engineering Ltd\n\nFaceTime or phone, whichever suits.",
            organizer=org("Graham Morrison", "g.morrison@quaysidecivil.co.uk"),
            attendees=[att("Lucía Benítez", "lucia.benitez.ing@hotmail.es")])])))
    out.append(E("google-en-de", "google-en-technical-de-company", (1, "Alpenrail Consulting", "Project Manager Rail "
                                                                    "(Spain)", "technical",
                                                                    "f.gruber@alpenrail.de;l.steiner@alpenrail.de"),
        cal(GOOGLE, [vevent(
            "9z8y7x6w5v4u3t2s1r@google.com", "Interview: Project Manager Rail (Spain) – technical round",
            "20250409T100000", 60, tz="berlin",
            desc="Dear Lucía,\n\nthank you for your time. In this technical round Florian Gruber and Lena Steiner "
                 "will discuss ERTMS retrofit planning with you.\n\nAlpenrail Consulting GmbH\n\n" + meet("rqa-ymmt-"
                                                                                                          "pso", "en"),
            organizer=org("Lena Steiner", "l.steiner@alpenrail.de"),
            attendees=[me(), att("Florian Gruber", "f.gruber@alpenrail.de")])])))
    out.append(E("workable-pt-en", "workable-technical-en", (1, "Tagus Water Partners", "Water Projects Manager",
                                                             "technical", "m.costa@taguswater.pt"),
        cal("-//Workable//Workable Calendar//EN", [vevent(
            "workable-ev-77bd10ac42@workable.com", "Technical interview – Water Projects Manager at Tagus Water "
            "Partners", "20250317T140000", 60, tz="lisbon",
            desc="Interviewer: Miguel Costa (Technical Director)\n\n" + zoom("en", "92051177364", "Miguel Costa")
                 + "\n\nPowered by Workable",
            organizer=org("Miguel Costa", "m.costa@taguswater.pt"),
            attendees=[me(), att("Miguel Costa", "m.costa@taguswater.pt", ps="ACCEPTED")])])))
    out.append(E("tbird-uk", "thunderbird-handtyped-en", (1, "Severnside Water Services", "", "", ""),
        cal(TBIRD, [vevent("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e", "Severnside Water – 2nd stage interview (Teams)",
                           "20250408T103000", 60, tz="london",
                           desc="Bring STAR examples: stakeholder conflict, NEC4 compensation events.")], method=None)))
    out.append(E("bookings-uk", "ms-bookings-en", (1, "Thames Gateway Highways Alliance", "Project Manager – "
                                                   "Highways Schemes", "recruiter_screen",
                                                   "chloe.evans@tgha.org.uk"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000055E6F708A1B2DB01000000000000000010000000ABCDEF01",
            "Initial screening call – Project Manager, Highways Schemes", "20250311T150000", 30, tz="wingb",
            desc="Your booking with Thames Gateway Highways Alliance (TGHA) is confirmed.\n\nService: Initial "
                 "screening call\nStaff: Chloe Evans (Resourcing)\n\n" + teams("en", "ODc2YWYx")
                 + "\n\nPowered by Microsoft Bookings",
            organizer=org("TGHA Resourcing", "resourcing@tgha.org.uk"),
            attendees=[att("Lucía Benítez Ortega", "lucia.benitez.ing@hotmail.es"),
                       att("Chloe Evans", "chloe.evans@tgha.org.uk")])])))
    out.append(E("agency-de", "agency-names-employer-de", (1, "Bayerische Wasserbau", "Projektleiterin Wasserbau",
                                                           "hiring_manager", "t.huber@bayerische-wasserbau.de"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000066F708A1B2C3DB0100000000000000001000000010FEDCBA",
            "Vorstellungsgespräch bei der Bayerischen Wasserbau GmbH", "20250414T100000", 60, tz="utc1b",
            desc="Liebe Frau Benítez Ortega,\n\nunser Mandant, die Bayerische Wasserbau GmbH, lädt Sie zum "
                 "Vorstellungsgespräch mit Thomas Huber (Abteilungsleiter Wasserbau) per Teams ein.\n\nViele Grüße\n"
                 "Anna Vogel · Ingenieurwerk Personalberatung\n\n" + teams("de", "NzY1NGFi"),
            organizer=org("Vogel, Anna", "a.vogel@ingenieurwerk-pb.de"),
            attendees=[att("Benítez Ortega, Lucía", "lucia.benitez.ing@hotmail.es"),
                       att("Huber, Thomas", "t.huber@bayerische-wasserbau.de")])])))
    out.append(E("greenhouse-resched-en", "greenhouse-rescheduled-en", (1, "Brightwater Civils",
                                                                    "Project Manager – Water Infrastructure",
                                                                    "hiring_manager",
                                                                    "mark.ellis@brightwatercivils.co.uk"),
        cal(GOOGLE, [vevent(
            "gh-b7e2c91d0f11@brightwatercivils.greenhouse.io", "Rescheduled: Hiring Manager Interview – Lucía Benítez "
            "Ortega", "20250319T110000", 45, tz="london", seq=1,
            desc="Hi Lucía, we've moved your hiring manager interview with Mark Ellis (Head of Water Delivery) to "
                 "Wednesday at 11:00 UK time.\n\n" + meet("uvw-xqpe-snd", "en"),
            organizer=org("Brightwater Civils Recruiting", "no-reply@greenhouse.io"),
            attendees=[me(), att("Mark Ellis", "mark.ellis@brightwatercivils.co.uk")])])))
    out.append(E("handtyped-fr", "handtyped-visio-fr", (1, "Sogétrav Ibérica", "", "final", ""),
        cal(GOOGLE, [vevent("0f9e8d7c6b5a4f3e2d1c@google.com", "Visio Sogétrav – entretien final DRH Paris",
                            "20250422T160000", 45, tz="madrid",
                            desc="entretien final avec la DRH groupe (Mme Perrin). Sogétrav Ibérica, poste Madrid.")],
            method=None)))
    out.append(E("phone-uk-direct", "direct-phone-no-stage-en", (1, "Kestrel Infrastructure Advisory", "", "",
                                                                 "amelia.ward@kestrel-ia.com"),
        cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000077A1B2C3D4E5DB0100000000000000001000000011223344",
            "Call: Lucía Benítez / Amelia Ward (Kestrel IA)", "20250404T120000", 30, tz="wingb",
            desc="Second conversation about the Project Manager role before we set up the onsite – I'll ring your "
                 "mobile.\nAmelia",
            organizer=org("Ward, Amelia", "amelia.ward@kestrel-ia.com"),
            attendees=[att("lucia.benitez.ing@hotmail.es", "lucia.benitez.ing@hotmail.es")])])))
    return out
