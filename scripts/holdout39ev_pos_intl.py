"""holdout39: the user's own interviews in English, Spanish, German and more French (blind split)."""

from __future__ import annotations

from holdout39ev_ics import ME_PRIV, Att, Ev, meet, teams, webex, zoom

A = Att
NB = A("Nadia Benali", ME_PRIV, partstat="ACCEPTED")


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev(
        26, "screen", "workday", "en", "Phone Screen: Regulatory Affairs Specialist II (JR-77120) - Nadia Benali",
        "20261201T150000", 30, "Europe/Zurich",
        desc="Dear Nadia,\n\nThank you for your interest in the Regulatory Affairs Specialist II position (JR-77120) "
             "at Vantora Therapeutics in Basel. Your phone screen with Priya Raman (Talent Acquisition) is confirmed.\n"
             "Priya will call you on +33 6 •• •• •• 42.\n\nVantora Therapeutics AG | Careers",
        org=("Vantora Careers", "vantora@myworkday.com"),
        atts=[A("Priya Raman", "priya.raman@vantora.com"), NB],
        pos=True, company="Vantora Therapeutics", role="Regulatory Affairs Specialist II", stage="recruiter_screen"))
    e.append(Ev(
        27, "loop", "google", "en", "Interview loop: Nadia Benali — PV Operations Lead",
        "20261210T130000", 180, "Z",
        desc="Hi Nadia,\n\nHere is your interview loop for PV Operations Lead at Quillon Bio:\n"
             "13:00 Sam Okafor, Head of Drug Safety\n14:00 Laura Brandt, QPPV\n15:00 Diego Moreau, VP Clinical\n\n"
             "Your coordinator is Hannah (hannah.lee@quillonbio.com) – reach out with any "
             "questions.\n\n" + meet("en", 27),
        org=("Hannah Lee", "hannah.lee@quillonbio.com"),
        atts=[A("Hannah Lee", "hannah.lee@quillonbio.com", "COORD", "ACCEPTED"),
              A("Sam Okafor", "sam.okafor@quillonbio.com"), A("Laura Brandt", "laura.brandt@quillonbio.com"),
              A("Diego Moreau", "diego.moreau@quillonbio.com"), NB],
        pos=True, company="Quillon Bio", role="PV Operations Lead", stage="onsite"))
    e.append(Ev(
        28, "hm", "outlook", "en", "Nadia Benali - Hiring Manager Interview (Regulatory Affairs Manager, Medical "
            "Devices)",
        "20261214T100000", 60, "W. Europe Standard Time",
        desc="Hello Nadia,\n\nPlease find the invitation for your interview with Martin Keller, Director Regulatory "
             "Affairs EMEA.\nBest regards,\nSabine Wirth\nHR Business Partner, Alpentec Medical "
             "GmbH\n\n" + teams("en", 28),
        loc="Microsoft Teams Meeting",
        org=("Wirth, Sabine", "sabine.wirth@alpentec.de"),
        atts=[A("Keller, Martin", "martin.keller@alpentec.de"), A("Benali, Nadia", ME_PRIV),
              A("Wirth, Sabine", "sabine.wirth@alpentec.de", "OPT")],
        pos=True, company="Alpentec Medical", role="Regulatory Affairs Manager, Medical Devices",
        stage="hiring_manager", ivs=["martin.keller@alpentec.de"], trap="hr_optional"))
    e.append(Ev(
        29, "screen", "calendly", "en", "Intro call: Nadia Benali and Jordan Pike (Lumarra)",
        "20261203T160000", 25, "Z",
        desc="Event Name: Recruiter intro – Drug Safety Associate (remote EU)\n\nLumarra Health is hiring a remote "
             "Drug Safety Associate. This is a first conversation with our talent team.\n\nLocation: This is a Google "
             "Meet web conference.\n" + meet("en", 29) + "\n\nNeed to make changes to this event?\nCancel: "
             "https://calendly.com/cancellations/0a1b\nReschedule: https://calendly.com/reschedulings/0a1b\n\n"
             "Powered by Calendly.com",
        org=("Jordan Pike", "jordan@lumarrahealth.com"),
        atts=[A("Jordan Pike", "jordan@lumarrahealth.com", partstat="ACCEPTED"), NB],
        pos=True, company="Lumarra Health", role="Drug Safety Associate", stage="recruiter_screen"))
    e.append(Ev(
        30, "tech", "teamtailor", "en", "Case interview - Regulatory Intelligence Analyst",
        "20261217T143000", 60, "Europe/Paris",
        desc="Hi Nadia!\n\nYou're invited to the case interview for Regulatory Intelligence Analyst at Cardinela. "
             "You'll meet Oskar Lind (Regulatory Intelligence Lead) and Maya Chen (Senior RA Specialist).\n\n"
             + zoom("en", 30) + "\n\nBest,\nCardinela Talent",
        org=("Cardinela", "no-reply@cardinela.teamtailor-mail.com"),
        atts=[A("Oskar Lind", "oskar.lind@cardinela.se"), A("Maya Chen", "maya.chen@cardinela.se"), NB],
        pos=True, company="Cardinela", role="Regulatory Intelligence Analyst", stage="technical"))
    e.append(Ev(
        31, "final", "exchange", "en", "Final interview – Associate Director, Pharmacovigilance",
        "20270111T110000", 60, "Romance Standard Time",
        desc="Dear Ms Benali,\nWe are pleased to invite you to the final stage: a conversation with Dr. Rebecca Stone, "
             "Chief Medical Officer, and Alan Whitaker, SVP People.\nKind regards,\nExecutive Assistant to the CMO\n"
             "Harwell & Tate Pharmaceuticals Ltd\n\n" + teams("en", 31),
        org=("Tessa Grant", "tessa.grant@hwtpharma.co.uk"),
        atts=[A("Rebecca Stone", "rebecca.stone@hwtpharma.co.uk"), A("Alan Whitaker", "alan.whitaker@hwtpharma.co.uk"),
              A("Nadia Benali", ME_PRIV), A("Tessa Grant", "tessa.grant@hwtpharma.co.uk", "COORD")],
        pos=True, company="Harwell & Tate Pharmaceuticals", role="Associate Director, Pharmacovigilance",
        stage="final"))
    e.append(Ev(
        32, "founder", "google", "en", "Coffee + chat about the RA role (Nadia / Ben)",
        "20261208T083000", 45, "Europe/Zurich",
        desc="Hey Nadia — great to connect. As mentioned, we're hiring our first regulatory person at Medlytic "
             "(SaMD, Class IIa). This is an informal first interview; I'll walk you through the role and ask "
             "about your "
             "MDR experience. — Ben",
        loc="Café Bretzel, Aeschenplatz, Basel",
        org=("Ben Hofer", "benhofer.ch@gmail.com"),
        atts=[A("Ben Hofer", "benhofer.ch@gmail.com", partstat="ACCEPTED"), NB],
        pos=True, company="Medlytic", role="", stage="", trap="coffee_but_interview"))
    e.append(Ev(
        33, "screen", "smartrecruiters", "en", "Interview: Nadia Benali for Safety Data Analyst",
        "20261209T090000", 45, "Z",
        desc="Interview details\nPosition: Safety Data Analyst (Remote, EMEA)\nCompany: Oriel Research Group\n"
             "Interviewers: Kelly Ambrose (Recruiter)\nType: Video\n\n" + webex("en", 33),
        org=("Oriel Research Group", "noreply@smartrecruiters.com"),
        atts=[A("Kelly Ambrose", "kelly.ambrose@orielrg.com"), NB],
        pos=True, company="Oriel Research Group", role="Safety Data Analyst", stage="recruiter_screen"))
    e.append(Ev(
        34, "recurring_assess", "outlook", "en", "Assessment sessions - Vantora RA Specialist (2 parts)",
        "20261215T090000", 120, "W. Europe Standard Time", rrule="FREQ=DAILY;COUNT=2",
        override=("20261216T090000", "20261216T140000", "Assessment sessions - Vantora RA Specialist (part 2, moved)"),
        desc="Dear Nadia,\nYour assessment is split over two mornings (dossier review exercise, then panel "
             "discussion) with Tobias Frei and Elena Rossi from Regulatory Affairs.\nVantora Therapeutics AG\n\n"
             + teams("en", 34),
        org=("Frei, Tobias", "tobias.frei@vantora.com"),
        atts=[A("Frei, Tobias", "tobias.frei@vantora.com", partstat="ACCEPTED"),
              A("Rossi, Elena", "elena.rossi@vantora.com"), A("Benali, Nadia", ME_PRIV)],
        pos=True, company="Vantora Therapeutics", role="RA Specialist", stage="technical", trap="recurring_override"))
    e.append(Ev(
        35, "screen_cancel", "google", "en", "Canceled: Screening call - Nadia Benali / Corvexa",
        "20261204T140000", 30, "Z", status="CANCELLED", method="CANCEL", sequence=1,
        desc="This event has been canceled.\nScreening call for the Regulatory Affairs Associate role.\n",
        org=("Ravi Patel", "ravi.patel@corvexa.com"),
        atts=[A("Ravi Patel", "ravi.patel@corvexa.com", partstat="ACCEPTED"), NB],
        pos=True, company="Corvexa", role="Regulatory Affairs Associate", stage="recruiter_screen", trap="cancelled"))
    e.append(Ev(
        36, "tech", "zoom", "en", "Technical interview - Medical Device Vigilance Specialist",
        "20261222T150000", 60, "Europe/Paris",
        desc="Nadia, looking forward to it. Panel: Grace Obi (Vigilance Manager), Ian Forsyth (Post-Market "
             "Surveillance).\nNordelle Medical Inc. – EMEA hub Barcelona\n\n" + zoom("en", 36),
        org=("Grace Obi", "gobi@nordelle.com"),
        atts=[A("Grace Obi", "gobi@nordelle.com"), A("Ian Forsyth", "iforsyth@nordelle.com"), NB],
        pos=True, company="Nordelle Medical", role="Medical Device Vigilance Specialist", stage="technical"))
    e.append(Ev(
        37, "hm", "apple", "en", "Call w/ Dana (Sentrix) - RA Manager",
        "20261205T170000", 45, "Europe/Paris",
        desc="Hiring manager round. Dana Whitfield, VP Regulatory. She calls me.",
        org=("Nadia Benali", ME_PRIV),
        atts=[A("Nadia Benali", ME_PRIV, partstat="ACCEPTED"), A("Dana Whitfield", "dana.whitfield@sentrix.io")],
        pos=True, company="Sentrix", role="RA Manager", stage="hiring_manager", trap="own_copy_title_only"))
    e.append(Ev(
        38, "agency", "google", "en", "Interview with Brightwell Biologics - arranged by Meridian Life Science Search",
        "20261216T110000", 60, "Z",
        desc="Hi Nadia,\nAs discussed, here's your first interview with our client Brightwell Biologics for the "
             "Pharmacovigilance Scientist role (Geneva, hybrid). Interviewer: Chloe Martin, Director PV.\nGood luck!\n"
             "Owen Price | Meridian Life Science Search\n\n" + teams("en", 38),
        org=("Owen Price", "owen.price@meridian-lss.com"),
        atts=[A("Owen Price", "owen.price@meridian-lss.com", "COORD", "ACCEPTED"),
              A("Chloe Martin", "chloe.martin@brightwellbio.com"), NB],
        pos=True, company="Brightwell Biologics", role="Pharmacovigilance Scientist", stage="", trap="agency"))
    e.append(Ev(
        39, "allday_onsite", "google", "en", "Onsite interview day – Halvard Diagnostics (Geneva)",
        "20270119", 1440, "allday",
        desc="All-day onsite for Senior Regulatory Affairs Specialist. Agenda to follow from Mia Jensen (recruiting).",
        org=("Mia Jensen", "mia.jensen@halvard-dx.com"),
        atts=[A("Mia Jensen", "mia.jensen@halvard-dx.com", "COORD", "ACCEPTED"), NB],
        pos=True, company="Halvard Diagnostics", role="Senior Regulatory Affairs Specialist", stage="onsite",
        ivs=[], trap="all_day"))
    e.append(Ev(
        40, "screen", "taleo", "en", "Interview Confirmation - Req 45521 Regulatory CMC Associate",
        "20261207T100000", 30, "Europe/Madrid",
        desc="Dear Nadia Benali,\nThis confirms your telephone interview for requisition 45521 – Regulatory CMC "
             "Associate (Barcelona). Interviewer: Marta Vidal, Talent Acquisition, Serrano Quimica Farmaceutica.\n"
             "Oracle Taleo Scheduling Center – do not reply.",
        org=("Scheduling Center", "donotreply@serranoqf.taleo.net"),
        atts=[A("Marta Vidal", "marta.vidal@serranoqf.com"), A("Nadia Benali", ME_PRIV)],
        pos=True, company="Serrano Química Farmacéutica", role="Regulatory CMC Associate", stage="recruiter_screen"))
    # Spanish
    e.append(Ev(
        41, "screen", "google", "es", "Entrevista telefónica - Técnico/a de Farmacovigilancia",
        "20261202T100000", 30, "Europe/Madrid",
        desc="Hola Nadia:\nGracias por tu interés en la posición de Técnico/a de Farmacovigilancia en Laboratorios "
             "Almedra (Barcelona). Te llamará Lucía Ferrer, de Selección.\nUn saludo",
        org=("Lucía Ferrer", "lferrer@almedra.es"),
        atts=[A("Lucía Ferrer", "lferrer@almedra.es", partstat="ACCEPTED"), NB],
        pos=True, company="Laboratorios Almedra", role="Técnico/a de Farmacovigilancia", stage="recruiter_screen"))
    e.append(Ev(
        42, "tech", "outlook", "es", "Entrevista técnica – Especialista en Asuntos Regulatorios",
        "20261211T113000", 60, "Romance Standard Time",
        desc="Estimada Nadia:\nTe confirmamos la entrevista técnica con Jordi Puig (Director de Asuntos Regulatorios) "
             "y Núria Soler (Regulatory Affairs Senior).\nGrupo Farmacéutico Taulell, S.A.\n\n" + teams("es", 42),
        org=("Puig, Jordi", "jpuig@gftaulell.com"),
        atts=[A("Puig, Jordi", "jpuig@gftaulell.com", partstat="ACCEPTED"), A("Soler, Núria", "nsoler@gftaulell.com"),
              A("Benali, Nadia", ME_PRIV)],
        pos=True, company="Grupo Farmacéutico Taulell", role="Especialista en Asuntos Regulatorios",
        stage="technical"))
    e.append(Ev(
        43, "hm", "zoom", "es", "Reunión con Nadia Benali - puesto Responsable de Calidad y Regulatorio",
        "20261218T170000", 45, "Europe/Madrid",
        desc="Entrevista con la responsable del área, Carmen Ortega (CEO de Nubeia Medtech, startup de dispositivos "
             "médicos).\n\n" + zoom("es", 43),
        org=("Carmen Ortega", "carmen@nubeia.com"),
        atts=[A("Carmen Ortega", "carmen@nubeia.com"), NB],
        pos=True, company="Nubeia Medtech", role="Responsable de Calidad y Regulatorio", stage="hiring_manager"))
    e.append(Ev(
        44, "final", "smartrecruiters", "es", "Entrevista final: Responsable de Farmacovigilancia",
        "20270113T100000", 90, "Europe/Madrid",
        desc="Hola Nadia,\nTe esperamos en nuestras oficinas de Sant Cugat para la entrevista final con Albert Roca "
             "(Director Médico) y Elena Gil (People & Culture).\nRecepción: pregunta por Marina.\n"
             "Vellmar Pharma",
        loc="Vellmar Pharma, Av. de la Generalitat 152, Sant Cugat del Vallès",
        org=("Vellmar Pharma", "noreply@smartrecruiters.com"),
        atts=[A("Albert Roca", "albert.roca@vellmar.com"), A("Elena Gil", "elena.gil@vellmar.com"), NB],
        pos=True, company="Vellmar Pharma", role="Responsable de Farmacovigilancia", stage="final"))
    e.append(Ev(
        45, "screen", "calendly", "es", "Nadia Benali y Pablo Herrera: Entrevista inicial",
        "20261206T100000", 30, "Z",
        desc="Evento: Entrevista inicial – Regulatory Affairs Associate (remoto)\nEmpresa: Clinexa CRO\n"
             "Ubicación: Microsoft Teams (el enlace se enviará por separado)\n\nCon la tecnología de Calendly.com",
        org=("Pablo Herrera", "pablo.herrera@clinexa.es"),
        atts=[A("Pablo Herrera", "pablo.herrera@clinexa.es", partstat="ACCEPTED"), NB],
        pos=True, company="Clinexa CRO", role="Regulatory Affairs Associate", stage="recruiter_screen"))
    e.append(Ev(
        46, "hand", "hand", "es", "entrevista Ferrol Labs", "20261219T120000", 60, "float",
        desc="segunda ronda, con Iker y su jefa",
        pos=True, company="Ferrol Labs", role="", stage="", ivs=[], trap="hand_typed"))
    # German
    e.append(Ev(
        47, "screen", "workday", "de", "Telefoninterview: Referent Arzneimittelsicherheit (m/w/d) – R-33015",
        "20261203T093000", 30, "Europe/Berlin",
        desc="Sehr geehrte Frau Benali,\n\nvielen Dank für Ihre Bewerbung als Referent Arzneimittelsicherheit (m/w/d). "
             "Frau Katrin Vogt (Talent Acquisition) wird Sie zum vereinbarten Termin anrufen.\n\n"
             "Mit freundlichen Grüßen\nIhr Recruiting-Team der Hanseatica Pharma GmbH",
        org=("Hanseatica Pharma Recruiting", "hanseatica@myworkday.com"),
        atts=[A("Katrin Vogt", "katrin.vogt@hanseatica.de"), NB],
        pos=True, company="Hanseatica Pharma", role="Referent Arzneimittelsicherheit", stage="recruiter_screen"))
    e.append(Ev(
        48, "tech", "outlook", "de", "Fachgespräch Regulatory Affairs Manager – Frau Benali",
        "20261210T140000", 60, "W. Europe Standard Time",
        desc="Guten Tag Frau Benali,\n\nwie besprochen laden wir Sie zum Fachgespräch ein. Teilnehmer: Dr. Jan "
             "Hoffmann (Leiter Regulatory Affairs) und Svenja Krüger (Senior Manager RA).\n\nBeste Grüße\n"
             "Stefanie Braun, HR\nRheintal Medizintechnik AG\n\n" + teams("de", 48),
        org=("Braun, Stefanie", "s.braun@rheintal-mt.ch"),
        atts=[A("Hoffmann, Jan Dr.", "j.hoffmann@rheintal-mt.ch"), A("Krüger, Svenja", "s.krueger@rheintal-mt.ch"),
              A("Benali, Nadia", ME_PRIV), A("Braun, Stefanie", "s.braun@rheintal-mt.ch", "COORD")],
        pos=True, company="Rheintal Medizintechnik", role="Regulatory Affairs Manager", stage="technical"))
    e.append(Ev(
        49, "onsite", "google", "de", "Vorstellungsgespräch vor Ort – Pharmakovigilanz Spezialistin (Basel)",
        "20270115T100000", 180, "Europe/Zurich",
        desc="Liebe Frau Benali,\nwir freuen uns auf Ihren Besuch. Ablauf: Gespräch mit Thomas Meier (Head PV), "
             "anschliessend Teamvorstellung mit Anna Huber, zum Schluss HR (Lea Baumann).\nAdresse: "
             "Grenzacherstrasse 90, 4058 Basel\nMerian Biopharma AG",
        loc="Merian Biopharma AG, Grenzacherstrasse 90, Basel – Raum Rhein 2",
        org=("Lea Baumann", "lea.baumann@merian-bio.ch"),
        atts=[A("Thomas Meier", "thomas.meier@merian-bio.ch"), A("Anna Huber", "anna.huber@merian-bio.ch"),
              A("Lea Baumann", "lea.baumann@merian-bio.ch", partstat="ACCEPTED"), NB,
              A("Rhein 2", "merian-bio.ch_rhein2@resource.calendar.google.com", "ROOM")],
        pos=True, company="Merian Biopharma", role="Pharmakovigilanz Spezialistin", stage="onsite"))
    e.append(Ev(
        50, "hm", "webex", "de", "Gespräch mit der Abteilungsleitung – Drug Safety Officer",
        "20261221T090000", 45, "Europe/Berlin",
        desc="Hallo Frau Benali,\nzweite Runde: Gespräch mit Dr. Frank Lorenz (Abteilungsleiter Drug Safety).\n"
             "Lorentis Healthcare GmbH, Frankfurt\n\n" + webex("en", 50),
        org=("Frank Lorenz", "frank.lorenz@lorentis-hc.de"),
        atts=[A("Frank Lorenz", "frank.lorenz@lorentis-hc.de"), NB],
        pos=True, company="Lorentis Healthcare", role="Drug Safety Officer", stage="hiring_manager"))
    e.append(Ev(
        51, "final", "teamtailor", "de", "Finales Gespräch – Regulatory Affairs Specialist (remote)",
        "20270108T150000", 60, "Europe/Berlin",
        desc="Hallo Nadia,\ndu hast es in die finale Runde geschafft! Du sprichst mit unserer Gründerin Miriam Adler "
             "und unserem CTO Lukas Graf.\n\n" + meet("de", 51) + "\n\nViele Grüße\nDein Team von Kliniq Health",
        org=("Kliniq Health", "jobs@kliniq.teamtailor-mail.com"),
        atts=[A("Miriam Adler", "miriam@kliniq.health"), A("Lukas Graf", "lukas@kliniq.health"), NB],
        pos=True, company="Kliniq Health", role="Regulatory Affairs Specialist", stage="final"))
    e.append(Ev(
        52, "recruiter_call", "bookings", "de", "Erstgespräch – Nadia Benali",
        "20261207T140000", 30, "W. Europe Standard Time",
        desc="Ihr Termin bei der Personalberatung Sommer & Partner ist bestätigt.\nDienst: Kennenlerngespräch "
             "Kandidatenpool Life Sciences\nMitarbeiter: Jonas Sommer\n\nThema: Ihr Profil, Wechselmotivation und "
             "Gehaltsvorstellung; passende Mandate besprechen wir danach.\n\n" + teams("de", 52),
        org=("Sommer & Partner", "termine@sommer-partner.de"),
        atts=[A("Jonas Sommer", "jonas.sommer@sommer-partner.de"), NB],
        trap="recruiter_not_employer"))
    return e
