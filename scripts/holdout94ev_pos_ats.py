"""holdout94: the user's own interviews sent by ATS and schedulers (Texas plants in English, Mexican ATS in Spanish)."""

from __future__ import annotations

from holdout94ev_ics import (
    GOOGLE,
    ME,
    ME_CN,
    Ev,
    att,
    cal,
    desc,
    meet_en,
    org,
    outlook_uid,
    teams_en,
    teams_es,
    vevent,
    zoom_en,
)


def _texas_a() -> list[Ev]:
    uid1 = "greenhouse-7741920-interview-31188402@lonestaraxle.com"
    ev1 = vevent(
        f"UID:{uid1}",
        "DTSTAMP:20250305T154410Z",
        "DTSTART;TZID=America/Chicago:20250312T100000",
        "DTEND;TZID=America/Chicago:20250312T103000",
        "SUMMARY:Alejandro Treviño - Phone Interview with Lone Star Axle",
        org("kristen.hollis@lonestaraxle.com", "Kristen Hollis"),
        att(ME, ME_CN),
        att("kristen.hollis@lonestaraxle.com", "Kristen Hollis", ps="ACCEPTED"),
        desc("Hi Alejandro,\n\nThanks for taking the time to speak with us about the Plant Engineering Manager "
             "role at our San Antonio plant. Kristen Hollis (Talent Acquisition) will call you at +52 81 2201 7745.\n\n"
             "Interviewer(s): Kristen Hollis\nPosition: Plant Engineering Manager (Req #2231)\n\n"
             "Lone Star Axle Corp. | Powered by Greenhouse"),
        "LOCATION:Phone call – Kristen will call you",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    uid2 = "greenhouse-7741920-interview-31240977@lonestaraxle.com"
    ev2 = vevent(
        f"UID:{uid2}",
        "DTSTAMP:20250320T200145Z",
        "DTSTART;TZID=America/Chicago:20250402T083000",
        "DTEND;TZID=America/Chicago:20250402T141500",
        "SUMMARY:Onsite Interview: Alejandro Treviño (Plant Engineering Manager)",
        org("kristen.hollis@lonestaraxle.com", "Kristen Hollis"),
        att(ME, ME_CN),
        desc("Onsite schedule – 4600 SE Loop 410, San Antonio, TX (check in at the front lobby, bring a photo ID; "
             "safety glasses and steel toes provided for the plant walk).\n\n"
             "8:30 – 9:00  Welcome & safety briefing – Kristen Hollis (coordinator)\n"
             "9:00 – 10:00  Plant walk – Gary Pruitt, Director of Manufacturing <gpruitt@lonestaraxle.com>\n"
             "10:00 – 11:00  Technical panel – Sandeep Rao <srao@lonestaraxle.com>, Monica Delgado "
             "<mdelgado@lonestaraxle.com>\n"
             "11:00 – 12:00  Lunch with the maintenance team\n"
             "12:15 – 13:15  Leadership interview – Brent Kowalski, Plant Manager <bkowalski@lonestaraxle.com>\n\n"
             "Powered by Greenhouse"),
        "LOCATION:Lone Star Axle – San Antonio Plant\\, 4600 SE Loop 410\\, San Antonio\\, TX 78222",
        "STATUS:CONFIRMED",
        "SEQUENCE:1",
    )
    uid3 = "icims-interview-88213-4410@brazoscastings.com"
    ev3 = vevent(
        f"UID:{uid3}",
        "DTSTAMP:20250407T134022Z",
        "DTSTART;TZID=\"Central Standard Time\":20250415T130000",
        "DTEND;TZID=\"Central Standard Time\":20250415T143000",
        "SUMMARY:Interview Confirmation: Maintenance Manager - Brazos Precision Castings",
        org("careers@brazoscastings.com", "Brazos Precision Castings Careers"),
        att(ME, ME_CN),
        att("lwhitaker@brazoscastings.com", "Whitaker, Lyle"),
        att("jnguyen@brazoscastings.com", "Nguyen, Jenny"),
        desc("Dear Alejandro,\n\nThis confirms your technical panel interview for Maintenance Manager (Req 1187, "
             "Waco, TX). Your interviewers are Lyle Whitaker, Maintenance Superintendent, and Jenny Nguyen, "
             "Reliability Engineer. Expect questions on induction furnace maintenance, PM compliance and CMMS.\n"
             + teams_en("219 554 008 312", "QnJhem9z") + "\nThis message was sent via iCIMS."),
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    uid4 = outlook_uid("h94-brazos-hm")
    ev4 = vevent(
        "CLASS:PUBLIC",
        desc("Alejandro – following up on the panel, I'd like to spend an hour with you myself. "
             "We'll talk about the Waco turnaround plan and what the first 90 days look like.\n"
             "Dwayne Hollister | Plant Manager | Brazos Precision Castings"),
        "DTSTART;TZID=\"(UTC-06:00) Central Time (US & Canada)\":20250424T090000",
        "DTEND;TZID=\"(UTC-06:00) Central Time (US & Canada)\":20250424T100000",
        "DTSTAMP:20250418T220512Z",
        "LOCATION:Zoom",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=en-US:Alejandro / Dwayne - Maintenance Manager",
        f"UID:{uid4}",
        org("dhollister@brazoscastings.com", "Hollister, Dwayne"),
        att(ME, "alex.trevino.ing@outlook.com"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    )
    return [
        Ev("greenhouse-phone", cal(ev1, prodid="-//Greenhouse Software//Greenhouse//EN", tz=("America/Chicago",)),
           uid1, 1, "Lone Star Axle", "Plant Engineering Manager", "recruiter_screen",
           ["kristen.hollis@lonestaraxle.com"], "greenhouse-phone-en", []),
        Ev("greenhouse-onsite", cal(ev2, prodid="-//Greenhouse Software//Greenhouse//EN", tz=("America/Chicago",)),
           uid2, 1, "Lone Star Axle", "Plant Engineering Manager", "onsite",
           ["gpruitt@lonestaraxle.com", "srao@lonestaraxle.com", "mdelgado@lonestaraxle.com",
            "bkowalski@lonestaraxle.com"], "greenhouse-onsite-coordinator-en"),
        Ev("icims", cal(ev3, prodid="-//iCIMS//Interview Scheduling//EN", tz=("win-us",)), uid3, 1,
           "Brazos Precision Castings", "Maintenance Manager", "technical",
           ["lwhitaker@brazoscastings.com", "jnguyen@brazoscastings.com"], "icims-windows-zone-en",
           ["Brazos Castings", "Brazos"]),
        Ev("outlook-hm-en", cal(ev4, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tz=("utc-us",)),
           uid4, 1, "Brazos Precision Castings", "Maintenance Manager", "hiring_manager",
           ["dhollister@brazoscastings.com"], "outlook-utc-label-us-en"),
    ]


def _texas_b() -> list[Ev]:
    uid1 = "gt-evt-4f1a9c22-b0d3-4e71-8a66-0c5d2e9b7f13"
    ev1 = vevent(
        f"UID:{uid1}",
        "DTSTAMP:20250501T171500Z",
        "DTSTART;TZID=America/Chicago:20250514T080000",
        "DTEND;TZID=America/Chicago:20250514T123000",
        "SUMMARY:Final Round Interview - Manufacturing Engineering Manager | Fort Worth Aerostructures",
        org("scheduling@fwaerostructures.com", "FWA Recruiting Coordination"),
        att(ME, ME_CN),
        att("holly.barnes@fwaerostructures.com", "Holly Barnes (Coordinator)", role="OPT-PARTICIPANT"),
        att("r.castellanos@fwaerostructures.com", "Rudy Castellanos"),
        att("e.whitfield-ng@fwaerostructures.com", "Erin Whitfield-Ng"),
        att("p.okafor@fwaerostructures.com", "Paul Okafor"),
        desc("Your final round at our Meacham plant:\n"
             "08:00 Check-in with Holly Barnes (Recruiting Coordinator) – Building 4 lobby, ITAR visitor badge\n"
             "08:30 Rudy Castellanos – VP Operations\n09:30 Erin Whitfield-Ng – Director, Manufacturing "
             "Engineering (hiring manager)\n10:30 Paul Okafor – Quality & AS9100 (case exercise)\n"
             "11:30 Plant tour and wrap-up with Holly\n\nScheduled with GoodTime"),
        "LOCATION:Fort Worth Aerostructures\\, 4200 N Main St\\, Building 4\\, Fort Worth\\, TX",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    uid2 = "ml-2b7e91c0d4a3-panel@modernloop.io"
    ev2 = vevent(
        f"UID:{uid2}",
        "DTSTAMP:20250409T190300Z",
        "DTSTART:20250417T150000Z",
        "DTEND:20250417T163000Z",
        "SUMMARY:Alejandro Treviño <> GCCS | Technical Panel (Virtual)",
        org("recruiting@gccsystems.com", "Gulf Coast Compressor Systems Recruiting"),
        att(ME, ME_CN),
        att("wade.tran@gccsystems.com", "Wade Tran"),
        att("l.fontenot@gccsystems.com", "Lisa Fontenot"),
        desc("Interview: Plant Engineering Manager – Houston\nPanel: Wade Tran (Engineering Manager), Lisa Fontenot "
             "(EHS & Maintenance Lead)\nFormat: 90 min – 30 min walkthrough of a capital project you led, then Q&A.\n"
             + zoom_en("846 2203 9915", "Z2NjczEy", "GCCS Recruiting") + "\nScheduled via ModernLoop"),
        "LOCATION:https://us02web.zoom.us/j/84622039915",
        "STATUS:CONFIRMED",
    )
    uid3 = "gccs-recruiter-call-20250402@gccsystems.com"
    ev3 = vevent(
        f"UID:{uid3}",
        "DTSTAMP:20250328T150000Z",
        "DTSTART;TZID=America/Chicago:20250402T110000",
        "DTEND;TZID=America/Chicago:20250402T113000",
        "SUMMARY:Intro call – Gulf Coast Compressor Systems (Plant Engineering Manager)",
        org("jasmine.ortiz@gccsystems.com", "Jasmine Ortiz"),
        att(ME, ME_CN),
        desc("Hi Alejandro, looking forward to our intro call. I'll walk you through the role, relocation to "
             "Houston and TN visa sponsorship. I'll call your cell.\nJasmine Ortiz, Sr. Technical Recruiter"),
        "LOCATION:Phone",
        "STATUS:CONFIRMED",
    )
    uid4 = "ashby-int-9d3c5e7a-1b2f-4a8c-9e0d-6f7a8b9c0d1e"
    ev4 = vevent(
        f"UID:{uid4}",
        "DTSTAMP:20250422T210000Z",
        "DTSTART:20250429T200000Z",
        "DTEND:20250429T204500Z",
        "SUMMARY:Alejandro Treviño <> Voltaris — Hiring Manager Interview",
        org("no-reply@ashbyhq.com", "Voltaris Recruiting"),
        att(ME, ME_CN),
        att("nate@voltaris.com", "Nate Ambrose"),
        desc("Hi Alejandro,\n\nYou're confirmed for a 45 minute video interview with Nate Ambrose (Head of "
             "Manufacturing) for the Plant Engineer – Drivetrain Assembly role in Austin, TX.\n"
             + meet_en("vvx-pkqe-tfa", "562 901 884") + "\n\nNeed to reschedule? Reply to this email.\nSent by Ashby"),
        "LOCATION:https://meet.google.com/vvx-pkqe-tfa",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    uid5 = "calcom-8xk2nq7v3pzr1m4t"
    ev5 = vevent(
        f"UID:{uid5}",
        "DTSTAMP:20250506T024412Z",
        "DTSTART:20250512T170000Z",
        "DTEND:20250512T180000Z",
        "SUMMARY:Technical deep-dive between Voltaris and Alejandro Treviño",
        org("priya@voltaris.com", "Priya Natarajan"),
        att(ME, ME_CN),
        desc("What: Technical deep-dive\nInvitee time zone: America/Monterrey\nWho:\nPriya Natarajan - Organizer\n"
             "priya@voltaris.com\nAlejandro Treviño\nalex.trevino.ing@outlook.com\n"
             "Where: Cal Video\nDescription: Tolerance stack-up and line-balancing exercise, bring a laptop.\n"
             "Need to make a change? Reschedule or cancel: https://cal.com/booking/8xk2nq7v3pzr1m4t"),
        "LOCATION:https://app.cal.com/video/8xk2nq7v3pzr1m4t",
        "STATUS:CONFIRMED",
    )
    return [
        Ev("goodtime-final", cal(ev1, prodid="-//GoodTime//GoodTime Scheduling//EN", tz=("America/Chicago",)),
           uid1, 1, "Fort Worth Aerostructures", "Manufacturing Engineering Manager", "final",
           ["r.castellanos@fwaerostructures.com", "e.whitfield-ng@fwaerostructures.com",
            "p.okafor@fwaerostructures.com"], "goodtime-coordinator-en", ["FWA", "FW Aerostructures"]),
        Ev("modernloop", cal(ev2, prodid="-//ModernLoop//ModernLoop//EN"), uid2, 1,
           "Gulf Coast Compressor Systems", "Plant Engineering Manager", "technical",
           ["wade.tran@gccsystems.com", "l.fontenot@gccsystems.com"], "modernloop-utc-en",
           ["GCCS", "Gulf Coast Compressor"]),
        Ev("phone-en", cal(ev3, prodid=GOOGLE, tz=("America/Chicago",)), uid3, 1, "Gulf Coast Compressor Systems",
           "Plant Engineering Manager", "recruiter_screen", ["jasmine.ortiz@gccsystems.com"], "phone-screen-en"),
        Ev("ashby-hm", cal(ev4, prodid="-//Ashby//Ashby Scheduling//EN"), uid4, 1, "Voltaris",
           "Plant Engineer – Drivetrain Assembly", "hiring_manager", ["nate@voltaris.com"], "ashby-brand-domain-en",
           []),
        Ev("calcom", cal(ev5, prodid="-//Cal.com Inc.//Cal.com Event//EN"), uid5, 1, "Voltaris", "", "technical",
           ["priya@voltaris.com"], "calcom-en"),
    ]


def _texas_c() -> list[Ev]:
    uid1 = "lever-interview-5e8f2a1b-3c4d-4e6f-9a0b-1c2d3e4f5a6b"
    ev1 = vevent(
        f"UID:{uid1}",
        "DTSTAMP:20250324T141000Z",
        "DTSTART;TZID=America/Chicago:20250331T140000",
        "DTEND;TZID=America/Chicago:20250331T150000",
        "SUMMARY:Texcel Thermal Products Interview - Alejandro Treviño",
        org("talent@texcelthermal.com", "Texcel Talent Team"),
        att(ME, ME_CN),
        att("cody.marsh@texcelthermal.com", "Cody Marsh"),
        att("a.benavides@texcelthermal.com", "Araceli Benavides"),
        desc("Interview for: Plant Engineer III (Tyler, TX)\n\nInterviewers:\n- Cody Marsh, Engineering Manager\n"
             "- Araceli Benavides, Sr. Manufacturing Engineer\n\nThis will be a technical conversation on "
             "coil-forming and brazing lines, PLC troubleshooting and capex justification."
             + teams_en("281 440 917 203", "VGV4Y2Vs") + "\nSent from Lever"),
        "LOCATION:Microsoft Teams Meeting",
        "STATUS:CONFIRMED",
    )
    uid2 = "workable-3f9c71e0a2@pradera-appliances.workable.com"
    ev2 = vevent(
        f"UID:{uid2}",
        "DTSTAMP:20250311T170000Z",
        "DTSTART;TZID=America/Chicago:20250317T093000",
        "DTEND;TZID=America/Chicago:20250317T100000",
        "SUMMARY:Interview with Pradera Appliances",
        org("noreply@candidates.workablemail.com", "Pradera Appliances"),
        att(ME, ME_CN),
        att("sgomez@praderaappliances.com", "Stephanie Gómez"),
        desc("Hi Alejandro,\n\nThank you for applying to the Maintenance Manager position at Pradera Appliances "
             "(El Paso, TX). This is a 30-minute phone screen with Stephanie Gómez from our HR team. She will call "
             "you at the number on your application.\n\nBest regards,\nPradera Appliances Hiring Team\n"
             "Powered by Workable"),
        "LOCATION:Phone call",
        "STATUS:CONFIRMED",
    )
    uid3 = "teamtailor-interview-771234-lindqvist"
    ev3 = vevent(
        f"UID:{uid3}",
        "DTSTAMP:20250414T093000Z",
        "DTSTART;TZID=America/Monterrey:20250421T093000",
        "DTEND;TZID=America/Monterrey:20250421T100000",
        "SUMMARY:Interview: Maintenance Manager – Lindqvist Bearings Apodaca",
        org("noreply@teamtailor.com", "Lindqvist Bearings"),
        att(ME, ME_CN),
        att("karin.sjoberg@lindqvist-bearings.com", "Karin Sjöberg"),
        desc("Hi Alejandro!\n\nWe're happy to invite you to a first conversation with Karin Sjöberg, Talent "
             "Acquisition Partner, about the Maintenance Manager role at our new Apodaca (N.L.) plant.\n"
             + teams_en("305 118 672 904", "TGluZHF2")
             + "\nKind regards,\nLindqvist Bearings de México\nSent with Teamtailor"),
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    uid4 = "84622039916@zoom.us"
    ev4 = vevent(
        f"UID:{uid4}",
        "DTSTAMP:20250325T001210Z",
        "DTSTART;TZID=America/Chicago:20250401T160000",
        "DTEND;TZID=America/Chicago:20250401T170000",
        "SUMMARY:Rio Bravo Wire Harness - Plant Engineering Mgr. (Alejandro)",
        org("dmcallister@rbwh.com", "Doug McAllister"),
        att(ME, ME_CN),
        desc(zoom_en("846 2203 9916", "UmlvQnJh", "Doug McAllister")
             + "\nAlejandro – per our LinkedIn exchange, let's talk about the plant engineering manager opening at "
               "our Juárez/El Paso operation. I run the plant; this is the hiring manager conversation."),
        "LOCATION:https://us02web.zoom.us/j/84622039916",
        "STATUS:CONFIRMED",
    )
    uid5 = "BLS-2025-04-WHITFIELD-TREVINO"
    ev5 = vevent(
        f"UID:{uid5}",
        "DTSTAMP:20250411T152000Z",
        "DTSTART;TZID=America/Chicago:20250418T100000",
        "DTEND;TZID=America/Chicago:20250418T110000",
        "SUMMARY:Whitfield Brake Systems - Interview w/ Plant Manager (Laredo) - Alejandro Treviño",
        org("mlowe@bradfordlowe.com", "Marcus Lowe"),
        att(ME, ME_CN),
        att("gordon.pike@whitfieldbrake.com", "Gordon Pike"),
        att("mlowe@bradfordlowe.com", "Marcus Lowe", ps="ACCEPTED", role="OPT-PARTICIPANT"),
        desc("Alejandro,\n\nConfirming your interview with Gordon Pike, Plant Manager at Whitfield Brake Systems, "
             "for the Maintenance Manager search. Gordon will dial into the Teams bridge below. I'll join for the "
             "first 5 minutes for introductions only.\n\nMarcus Lowe\nPartner | Bradford & Lowe Search\n"
             + teams_en("298 330 174 662", "Qkxvd2VT")),
        "LOCATION:Microsoft Teams Meeting",
        "STATUS:CONFIRMED",
    )
    uid6 = "3k9j2h8g1f7d6s5a4p0o@google.com"
    ev6 = vevent(
        "DTSTART;TZID=America/Chicago:20250410T150000",
        "DTEND;TZID=America/Chicago:20250410T154500",
        "DTSTAMP:20250407T140022Z",
        org("cody.marsh@texcelthermal.com", "Cody Marsh"),
        f"UID:{uid6}",
        att(ME, ME, google=True),
        att("cody.marsh@texcelthermal.com", "Cody Marsh", ps="ACCEPTED", google=True),
        desc("Follow-up: hiring manager conversation, Plant Engineer III. Team, expectations, relocation to Tyler."
             + meet_en("ktr-bmvw-aqz", "330 218 775")),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Alejandro <> Cody (Texcel) follow-up",
        "TRANSP:OPAQUE",
    )
    return [
        Ev("lever", cal(ev1, prodid="-//Lever//Lever Hire//EN", tz=("America/Chicago",)), uid1, 1,
           "Texcel Thermal Products", "Plant Engineer III", "technical",
           ["cody.marsh@texcelthermal.com", "a.benavides@texcelthermal.com"], "lever-en", ["Texcel", "Texcel Thermal"]),
        Ev("workable-phone", cal(ev2, prodid="-//Workable//Workable//EN", tz=("America/Chicago",)), uid2, 1,
           "Pradera Appliances", "Maintenance Manager", "recruiter_screen", ["sgomez@praderaappliances.com"],
           "workable-phone-en", ["Pradera"]),
        Ev("teamtailor", cal(ev3, prodid="-//Teamtailor//Teamtailor//EN", tz=("America/Monterrey",)), uid3, 1,
           "Lindqvist Bearings", "Maintenance Manager", "recruiter_screen", ["karin.sjoberg@lindqvist-bearings.com"],
           "teamtailor-en", ["Lindqvist Bearings de México", "Lindqvist"]),
        Ev("zoom-direct", cal(ev4, prodid="-//zoom.us//iCalendar Event//EN", tz=("America/Chicago",)), uid4, 1,
           "Rio Bravo Wire Harness", "Plant Engineering Mgr.", "hiring_manager", ["dmcallister@rbwh.com"],
           "zoom-direct-abbrev-domain-en", []),
        Ev("agency-en", cal(ev5, prodid="-//Bradford & Lowe//Bullhorn//EN", tz=("America/Chicago",)), uid5, 1,
           "Whitfield Brake Systems", "Maintenance Manager", "hiring_manager", ["gordon.pike@whitfieldbrake.com"],
           "agency-names-employer-en", ["Whitfield Brake", "Whitfield"]),
        Ev("google-hm-en", cal(ev6, prodid=GOOGLE, tz=("America/Chicago",)), uid6, 1, "Texcel Thermal Products",
           "Plant Engineer III", "hiring_manager", ["cody.marsh@texcelthermal.com"], "google-followup-en"),
    ]


def _mx_ats() -> list[Ev]:
    uid1 = "WD-INT-R-2025-0412-000771@lbcumbres.myworkday.com"
    ev1 = vevent(
        f"UID:{uid1}",
        "DTSTAMP:20250424T160000Z",
        "DTSTART:20250430T150000Z",
        "DTEND:20250430T163000Z",
        "SUMMARY:Entrevista Técnica - Gerente de Mantenimiento (R-2025-0412)",
        org("lbcumbres@myworkday.com", "Workday"),
        att(ME, ME_CN),
        att("ecampos@lbcumbres.com", "Eduardo Campos"),
        att("ymedina@lbcumbres.com", "Yolanda Medina"),
        desc("Candidato: Alejandro Treviño\nVacante: R-2025-0412 Gerente de Mantenimiento – Planta Cumbres (Mty)\n"
             "Tipo de entrevista: Entrevista técnica (panel)\nEntrevistadores: Eduardo Campos; Yolanda Medina\n"
             "Ubicación: Microsoft Teams\n" + teams_es("276 119 045 882", "V0RMQkN1")),
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    uid2 = "sr-interview-2c7f0e5a-91d4-4b3a-8e62-a1f0c9d8e7b6"
    ev2 = vevent(
        f"UID:{uid2}",
        "DTSTAMP:20250327T181000Z",
        "DTSTART;TZID=America/Mexico_City:20250403T110000",
        "DTEND;TZID=America/Mexico_City:20250403T120000",
        "SUMMARY:Invitación a entrevista: Gerente de Ingeniería de Planta – Cóndor Aerospace Systems",
        org("noreply@smartrecruiters.com", "Cóndor Aerospace Systems"),
        att(ME, ME_CN),
        att("fernanda.uribe@condoraero.com", "Fernanda Uribe"),
        desc("Hola Alejandro,\n\nNos da gusto invitarte a una entrevista con Fernanda Uribe, Gerente de Operaciones "
             "(jefa directa de la posición), para la vacante de Gerente de Ingeniería de Planta en Querétaro.\n"
             + teams_es("311 487 009 216", "Q29uZG9y") + "\nEnviado por SmartRecruiters"),
        "LOCATION:Microsoft Teams",
        "STATUS:CONFIRMED",
    )
    uid3 = "condor-onsite-qro-20250423@condoraero.com"
    ev3 = vevent(
        f"UID:{uid3}",
        "DTSTAMP:20250414T200000Z",
        "DTSTART;TZID=America/Mexico_City:20250423T090000",
        "DTEND;TZID=America/Mexico_City:20250423T140000",
        "SUMMARY:Entrevistas en sitio Querétaro – Alejandro Treviño",
        org("fernanda.uribe@condoraero.com", "Fernanda Uribe"),
        att(ME, ME_CN),
        att("jm.arteaga@condoraero.com", "José María Arteaga"),
        att("lucia.perrin@condoraero.com", "Lucía Perrin"),
        att("recepcion.qro@condoraero.com", "Recepción Querétaro", cutype="RESOURCE", role="NON-PARTICIPANT"),
        desc("Alejandro, te esperamos en el Aeropuerto Intercontinental de Querétaro, Hangar 7.\n"
             "Entrevistas: José María Arteaga (Director de Sitio) y Lucía Perrin (Ingeniería de Manufactura, "
             "caso práctico de layout). Recorrido por las líneas de ensamble de arneses y estructuras.\n"
             "Nosotros cubrimos el vuelo."),
        "LOCATION:Cóndor Aerospace Systems\\, Hangar 7\\, AIQ\\, Colón\\, Qro.",
        "STATUS:CONFIRMED",
    )
    uid4 = "SFIS-INT-20250502-118830@successfactors.com"
    ev4 = vevent(
        f"UID:{uid4}",
        "DTSTAMP:20250425T010000Z",
        "DTSTART;TZID=America/Mexico_City:20250502T100000",
        "DTEND;TZID=America/Mexico_City:20250502T113000",
        "SUMMARY:Entrevista: Ingeniero de Mantenimiento Sr. – Nakamura Seiki de México",
        org("no-reply@successfactors.com", "Nakamura Seiki de México – Reclutamiento"),
        att(ME, ME_CN),
        att("t.okada@nsm.com.mx", "Takeshi Okada"),
        att("g.aguilar@nsm.com.mx", "Guadalupe Aguilar"),
        desc("Estimado candidato:\n\nSe ha programado su entrevista técnica.\nPuesto: Ingeniero de Mantenimiento Sr. "
             "(Silao, Gto.)\nEntrevistadores: Takeshi Okada (Gerente de Mantenimiento), Guadalupe Aguilar "
             "(Supervisora de Mantenimiento)\nFormato: presencial, incluye prueba escrita de hidráulica y "
             "neumática.\n\nEste mensaje fue generado automáticamente por SAP SuccessFactors."),
        "LOCATION:Nakamura Seiki de México\\, Puerto Interior\\, Silao\\, Gto.",
        "STATUS:CONFIRMED",
    )
    return [
        Ev("workday-es", cal(ev1, prodid="-//Workday//Recruiting//ES"), uid1, 1, "Línea Blanca Cumbres",
           "Gerente de Mantenimiento", "technical", ["ecampos@lbcumbres.com", "ymedina@lbcumbres.com"],
           "workday-utc-es"),
        Ev("smartrecruiters-es", cal(ev2, prodid="-//SmartRecruiters//SmartRecruiters//ES",
                                     tz=("America/Mexico_City",)), uid2, 1, "Cóndor Aerospace Systems",
           "Gerente de Ingeniería de Planta", "hiring_manager", ["fernanda.uribe@condoraero.com"],
           "smartrecruiters-es", ["Cóndor Aerospace", "Cóndor"]),
        Ev("direct-onsite-es", cal(ev3, prodid=GOOGLE, tz=("America/Mexico_City",)), uid3, 1,
           "Cóndor Aerospace Systems", "", "onsite", ["jm.arteaga@condoraero.com", "lucia.perrin@condoraero.com"],
           "onsite-resource-es"),
        Ev("successfactors-es", cal(ev4, prodid="-//SAP SuccessFactors//Interview Scheduling//ES",
                                    tz=("America/Mexico_City",)), uid4, 1, "Nakamura Seiki de México",
           "Ingeniero de Mantenimiento Sr.", "technical", ["t.okada@nsm.com.mx", "g.aguilar@nsm.com.mx"],
           "successfactors-abbrev-domain-es", ["Nakamura Seiki"]),
    ]


def events() -> list[Ev]:
    return [*_texas_a(), *_texas_b(), *_texas_c(), *_mx_ats()]
