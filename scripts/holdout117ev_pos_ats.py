"""holdout117: the user's own interviews sent by applicant-tracking systems (part 1)."""

from __future__ import annotations

from holdout117ev_ics import ME_CN, ME_G, MEET_EN, TEAMS_EN, TEAMS_ES, ZOOM_FR, E, att, desc, org


def events() -> list[dict[str, object]]:
    out = []
    # Greenhouse, recruiter screen, Vancouver junior-to-mid miner
    out.append(E(
        "greenhouse-screen-en", "a7f3c2e91b0d4e6fa1c2@greenhouse.io", [
            "DTSTART;TZID=America/Vancouver:20250916T083000",
            "DTEND;TZID=America/Vancouver:20250916T090000",
            "SUMMARY:Kestrel Peak Mining – Recruiter Screen – Senior Resource Geologist",
            org("hannah.whitcombe@kestrelpeak.com", "Hannah Whitcombe"),
            att(ME_G, ME_CN),
            att("priya.dhaliwal@kestrelpeak.com", "Priya Dhaliwal"),
            "LOCATION:https://kestrelpeak.zoom.us/j/88412093311",
            desc(
                "Hi Tomás,\n\nThanks for your interest in the Senior Resource Geologist role at Kestrel Peak Mining "
                "Corp. This first conversation is 30 minutes with Priya Dhaliwal, Senior Talent Partner. She'll walk "
                "you through the role, our Cerro Alto project in northern Peru and the next steps.\n\n"
                "Join Zoom: https://kestrelpeak.zoom.us/j/88412093311\n\n"
                "Times are shown in Pacific Time. If you need to reschedule, reply to this email and I'll sort it.\n\n"
                "Best,\nHannah Whitcombe\nRecruiting Coordinator, Kestrel Peak Mining Corp."
            ),
            "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
        ], yes=1, company="Kestrel Peak Mining", role="Senior Resource Geologist", stage="recruiter_screen",
        iv="priya.dhaliwal@kestrelpeak.com", trap="greenhouse-screen-en", tz=("America/Vancouver",),
        prodid="-//Greenhouse Software//Greenhouse Calendar//EN"))
    # Lever, technical, Perth
    out.append(E(
        "lever-technical-en", "lever-5c0e8a12-77d4-4b7a-9e1f-30c2d8a1f6b9", [
            "DTSTART;TZID=Australia/Perth:20250924T070000",
            "DTEND;TZID=Australia/Perth:20250924T080000",
            "SUMMARY:Technical Interview - Resource Geologist (Open Pit) | Karri Resources",
            org("jess.pham@karriresources.com.au", "Jess Pham"),
            att("mick.odonoghue@karriresources.com.au", "Mick O'Donoghue"),
            att("sarah.lindqvist@karriresources.com.au", "Sarah Lindqvist"),
            att(ME_G, "Tomas Aguirre"),
            "LOCATION:Microsoft Teams Meeting",
            desc(
                "Hi Tomas,\n\nAs discussed, here is your technical interview for the Resource Geologist (Open Pit) "
                "position. You will meet Mick O'Donoghue (Principal Resource Geologist) and Sarah Lindqvist "
                "(Geology Manager - Yilgarn). Expect questions on domaining, variography, QAQC and JORC reporting; "
                "no presentation is required.\n\nInterview time is in AWST (Perth). Jess is coordinating and will "
                "not join the call.\n\n" + TEAMS_EN.format(code="NzQ1ZjBiYTQt", mid="381 552 904 116", pwd="Rt5qJ2")
            ),
            "STATUS:CONFIRMED",
        ], yes=1, company="Karri Resources", role="Resource Geologist (Open Pit)", stage="technical",
        iv="mick.odonoghue@karriresources.com.au;sarah.lindqvist@karriresources.com.au", trap="lever-technical-en",
        tz=("Australia/Perth",), prodid="-//Lever//Lever Hire//EN"))
    # Ashby, hiring manager, Toronto junior
    out.append(E(
        "ashby-hm-en", "ashby-int-01JB7X3Q2M9RDK4T6W8YV1ZC5N@ashbyhq.com", [
            "DTSTART;TZID=America/Toronto:20251002T100000",
            "DTEND;TZID=America/Toronto:20251002T104500",
            "SUMMARY:Northern Lode <> Tomás Aguirre Quispe: Hiring Manager Interview",
            org("scheduling@northernlode.ca", "Northern Lode Recruiting"),
            att("graham.teller@northernlode.ca", "Graham Teller"),
            att(ME_G, ME_CN),
            "LOCATION:Google Meet",
            desc(
                "Interview for: Project Manager, Peru Exploration\n\nInterviewers:\n- Graham Teller (VP Exploration)"
                "\n\nGraham leads our Peruvian portfolio (Ayacucho and Apurímac) and would like to talk through "
                "your drill-programme management experience, budgets and community relations.\n\n"
                + MEET_EN.format(code="qhn-zwpo-kte", pin4="7312", pin="904 551 287")
                + "\n\nScheduled with Ashby"
            ),
        ], yes=1, company="Northern Lode Resources", role="Project Manager, Peru Exploration",
        stage="hiring_manager", iv="graham.teller@northernlode.ca", trap="ashby-hm-en", tz=("America/Toronto",),
        prodid="-//Ashby//Ashby Scheduling//EN"))
    # Workday, technical panel, UTC
    out.append(E(
        "workday-panel-en", "WD-R0042817-INT-3-20251007@condorcopper.com", [
            "DTSTART:20251007T140000Z",
            "DTEND:20251007T151500Z",
            "SUMMARY:Interview Invitation: Senior Geologist\\, Brownfields (R0042817) - Technical Panel",
            org("careers@condorcopper.com", "Condor Copper Careers"),
            att(ME_G, ME_CN),
            att("elena.mardones@condorcopper.com", "Elena Mardones"),
            att("kwame.boateng@condorcopper.com", "Kwame Boateng"),
            att("felipe.arancibia@condorcopper.com", "Felipe Arancibia"),
            "LOCATION:Microsoft Teams",
            desc(
                "Dear Tomás Aguirre Quispe,\n\nThank you for your application to Condor Copper Corporation. We are "
                "pleased to invite you to a technical panel interview for the position Senior Geologist, Brownfields "
                "(job requisition R0042817), Lima, Peru.\n\nPanel: Elena Mardones (Manager Brownfield Exploration, "
                "Americas), Kwame Boateng (Principal Geologist, Structural), Felipe Arancibia (Talent Acquisition "
                "Partner - coordinator, will open the session and leave).\n\nPlease be ready to discuss a porphyry "
                "copper targeting case. This interview has been scheduled in Workday. To view your candidate home, "
                "sign in at condorcopper.wd3.myworkdayjobs.com.\n\nKind regards,\nCondor Copper Talent Acquisition"
            ),
        ], yes=1, company="Condor Copper", role="Senior Geologist, Brownfields", stage="technical",
        iv="elena.mardones@condorcopper.com;kwame.boateng@condorcopper.com", trap="workday-panel-en",
        prodid="-//Workday//Workday Recruiting//EN"))
    # SmartRecruiters, technical, Chile, Spanish
    out.append(E(
        "smartrecruiters-technical-es", "sr-interview-7741093a-2f6e-4c55-b2d2-8d93e07c11aa", [
            "DTSTART;TZID=America/Santiago:20251009T110000",
            "DTEND;TZID=America/Santiago:20251009T121500",
            "SUMMARY:Entrevista Técnica - Geólogo(a) Senior de Recursos - Compañía Minera Altos de Atacama",
            org("francisca.rojas@cmaa.cl", "Francisca Rojas"),
            att("polivares@cmaa.cl", "Patricio Olivares"),
            att("ivera@cmaa.cl", "Ignacio Vera"),
            att(ME_G, ME_CN),
            "LOCATION:Microsoft Teams",
            desc(
                "Estimado Tomás:\n\nJunto con saludar, te confirmamos la entrevista técnica para el cargo de "
                "Geólogo(a) Senior de Recursos (Faena Quebrada Honda, sistema 7x7). Participarán Patricio Olivares, "
                "Superintendente de Geología, e Ignacio Vera, Geólogo Líder de Modelamiento.\n\nHora de Chile "
                "continental. Te pediremos compartir pantalla para revisar un modelo en Leapfrog.\n\n"
                + TEAMS_ES.format(code="MjA5ZWQ4", mid="262 904 117 558", pwd="k9Fz3Y")
                + "\n\nSaludos cordiales,\nFrancisca Rojas\nAnalista de Reclutamiento y Selección"
            ),
        ], yes=1, company="Compañía Minera Altos de Atacama", role="Geólogo(a) Senior de Recursos",
        stage="technical", iv="polivares@cmaa.cl;ivera@cmaa.cl", trap="smartrecruiters-technical-es",
        tz=("America/Santiago",), prodid="-//SmartRecruiters//SmartRecruiters Interview//EN"))
    # SuccessFactors, hiring manager, Lima, in person
    out.append(E(
        "successfactors-hm-es", "SF-INT-10482-000193@mcblanca.com.pe", [
            "DTSTART;TZID=America/Lima:20251014T090000",
            "DTEND;TZID=America/Lima:20251014T100000",
            "SUMMARY:Entrevista con Gerente de Exploraciones – Geólogo Senior de Exploración (Req. 10482)",
            org("seleccion@mcblanca.com.pe", "Selección MCB"),
            att("jvaldivia@mcblanca.com.pe", "Jorge Valdivia Cornejo"),
            att(ME_G, ME_CN),
            "LOCATION:Av. Javier Prado Este 492\\, piso 11\\, San Isidro\\, Lima",
            desc(
                "Estimado(a) Tomás Aguirre Quispe,\n\nMinera Cordillera Blanca S.A.A. le invita a una entrevista "
                "presencial con el Ing. Jorge Valdivia Cornejo, Gerente de Exploraciones, para la posición Geólogo "
                "Senior de Exploración.\n\nPor favor acérquese a recepción 10 minutos antes con su DNI.\n\n"
                "Este mensaje fue generado automáticamente por SAP SuccessFactors Recruiting."
            ),
        ], yes=1, company="Minera Cordillera Blanca", role="Geólogo Senior de Exploración",
        stage="hiring_manager", iv="jvaldivia@mcblanca.com.pe", trap="successfactors-hm-es",
        tz=("America/Lima",), prodid="-//SAP SuccessFactors//Interview Scheduling//EN"))
    # Teamtailor, screen, Chilean consultancy
    out.append(E(
        "teamtailor-screen-es", "teamtailor-meeting-3318204@teamtailor.com", [
            "DTSTART:20251015T133000Z",
            "DTEND:20251015T140000Z",
            "SUMMARY:Videollamada: Geovalle × Tomás Aguirre Quispe",
            org("camila.fuentes@geovalle.cl", "Camila Fuentes"),
            att(ME_G, ME_CN),
            "LOCATION:https://meet.google.com/vtr-kaxm-fhe",
            desc(
                "¡Hola Tomás!\n\nGracias por postular a Consultor(a) Senior en Geología de Recursos en Geovalle. "
                "Te propongo una primera conversación de 30 minutos para conocerte y contarte del equipo.\n\n"
                "Enlace: https://meet.google.com/vtr-kaxm-fhe\n\nCamila Fuentes\nPeople & Talent, Geovalle Chile SpA"
                "\n\nEnviado con Teamtailor"
            ),
        ], yes=1, company="Geovalle", role="Consultor(a) Senior en Geología de Recursos",
        stage="recruiter_screen", iv="camila.fuentes@geovalle.cl", trap="teamtailor-screen-es",
        prodid="-//Teamtailor//Teamtailor Calendar//EN"))
    # Personio, German consultancy, no clear stage
    out.append(E(
        "personio-de", "personio-appt-88213-5541@erzberg-consult.de", [
            "DTSTART;TZID=Europe/Berlin:20251021T160000",
            "DTEND;TZID=Europe/Berlin:20251021T170000",
            "SUMMARY:Vorstellungsgespräch: Senior Geologe (m/w/d) Lateinamerika – Tomás Aguirre Quispe",
            org("bewerbung@erzberg-consult.de", "Erzberg Rohstoff-Consult GmbH"),
            att("k.vogel@erzberg-consult.de", "Dr. Katrin Vogel"),
            att("s.brandl@erzberg-consult.de", "Stefan Brandl"),
            att(ME_G, ME_CN),
            "LOCATION:Videokonferenz (Microsoft Teams)",
            desc(
                "Guten Tag Herr Aguirre Quispe,\n\nvielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem "
                "Gespräch per Videokonferenz einzuladen. Ihre Gesprächspartner: Dr. Katrin Vogel (Leiterin "
                "Lagerstättenbewertung) und Stefan Brandl (Projektleiter Südamerika). Das Gespräch kann gern auf "
                "Englisch oder Spanisch geführt werden.\n\nDen Link zur Videokonferenz erhalten Sie am Vortag.\n\n"
                "Mit freundlichen Grüßen\nIhr Recruiting-Team der Erzberg Rohstoff-Consult GmbH"
            ),
        ], yes=1, company="Erzberg Rohstoff-Consult", role="Senior Geologe (m/w/d) Lateinamerika",
        iv="k.vogel@erzberg-consult.de;s.brandl@erzberg-consult.de", trap="personio-de",
        tz=("Europe/Berlin",), prodid="-//Personio GmbH//Personio Recruiting//DE"))
    # Workable phone screen, Perth
    out.append(E(
        "workable-phone-en", "workable-9f2b61d0c4e84a07@workable.com", [
            "DTSTART:20251027T233000Z",
            "DTEND:20251028T000000Z",
            "SUMMARY:Phone Screen: Senior Exploration Geologist at Red Spinifex Mining",
            org("bec.harland@redspinifex.com.au", "Bec Harland"),
            att(ME_G, ME_CN),
            "LOCATION:Phone call - Bec will call you on +51 987 412 306",
            desc(
                "Hi Tomás,\n\nLooking forward to our chat about the Senior Exploration Geologist role (FIFO 8/6, "
                "Murchison). It's a 30-minute phone call: I'll ring you on the number in your application.\n\n"
                "Cheers,\nBec Harland\nTalent Acquisition Lead, Red Spinifex Mining Ltd\n\nPowered by Workable"
            ),
        ], yes=1, company="Red Spinifex Mining", role="Senior Exploration Geologist", stage="recruiter_screen",
        iv="bec.harland@redspinifex.com.au", trap="workable-phone-en", prodid="-//Workable//Workable Events//EN"))
    # Workable, cancelled technical (METHOD:CANCEL)
    out.append(E(
        "workable-cancel-en", "workable-1d7aa3e5f09b4c21@workable.com", [
            "DTSTART:20251105T000000Z",
            "DTEND:20251105T010000Z",
            "SUMMARY:Canceled: Technical Interview – Senior Exploration Geologist (Red Spinifex Mining)",
            org("bec.harland@redspinifex.com.au", "Bec Harland"),
            att(ME_G, ME_CN),
            att("dan.whyte@redspinifex.com.au", "Dan Whyte"),
            desc(
                "This event has been canceled. Dan Whyte (Exploration Manager) is on site at short notice; "
                "Bec will be in touch with new times.\n\nPowered by Workable"
            ),
            "STATUS:CANCELLED", "SEQUENCE:1",
        ], yes=1, company="Red Spinifex Mining", role="Senior Exploration Geologist", stage="technical",
        iv="dan.whyte@redspinifex.com.au", trap="workable-cancelled-en", method="CANCEL",
        prodid="-//Workable//Workable Events//EN"))
    # iCIMS, hiring manager video, London major
    out.append(E(
        "icims-hm-en", "iCIMS-2025-11873-00045-7781@hk-mining.com", [
            "DTSTART:20251104T150000Z",
            "DTEND:20251104T160000Z",
            "SUMMARY:Video Interview - Project Manager\\, Exploration Studies (2025-11873)",
            org("talent@hk-mining.com", "H&K Talent Acquisition"),
            att("oliver.prentice@hk-mining.com", "Oliver Prentice"),
            att(ME_G, ME_CN),
            "LOCATION:Microsoft Teams",
            desc(
                "Dear Tomás,\n\nThank you for your interest in Harrow & Keel. Your video interview for Project "
                "Manager, Exploration Studies is confirmed with Oliver Prentice, Studies Director (hiring manager)."
                "\n\nThis invitation was sent from the Harrow & Keel careers portal (iCIMS). Please do not reply to "
                "this message.\n\n" + TEAMS_EN.format(code="OWE4YmQz", mid="318 220 445 901", pwd="Zb7tQe")
            ),
        ], yes=1, company="Harrow & Keel Mining", role="Project Manager, Exploration Studies",
        stage="hiring_manager", iv="oliver.prentice@hk-mining.com", trap="icims-hm-en",
        prodid="-//iCIMS//iCIMS Scheduling//EN"))
    # Lever in French, Quebec
    out.append(E(
        "lever-technical-fr", "lever-0b55ac91-3e0c-4f70-8d9a-e2c6b7f41d08", [
            "DTSTART;TZID=America/Toronto:20251112T100000",
            "DTEND;TZID=America/Toronto:20251112T110000",
            "SUMMARY:Entrevue technique – Géologue principal(e)\\, ressources – Mines Boréal",
            org("recrutement@minesboreal.ca", "Recrutement Mines Boréal"),
            att("ma.gagnon@minesboreal.ca", "Marc-André Gagnon"),
            att("julie.tremblay@minesboreal.ca", "Julie Tremblay"),
            att(ME_G, ME_CN),
            "LOCATION:Zoom",
            desc(
                "Bonjour Tomás,\n\nMerci de votre intérêt pour le poste de Géologue principal(e), ressources "
                "(Val-d'Or). Vous rencontrerez Marc-André Gagnon, géologue en chef, et Julie Tremblay, "
                "ingénieure géologue senior. L'entrevue se déroulera en français, avec une partie en anglais si "
                "vous le souhaitez.\n\n" + ZOOM_FR.format(
                    who="Recrutement Mines Boréal", mid="83310947721", pwd="bWx2cUZ", mids="833 1094 7721",
                    pin="418219") + "\nAu plaisir,\nL'équipe Talent de Mines Boréal inc."
            ),
        ], yes=1, company="Mines Boréal", role="Géologue principal(e), ressources", stage="technical",
        iv="ma.gagnon@minesboreal.ca;julie.tremblay@minesboreal.ca", trap="lever-technical-fr",
        tz=("America/Toronto",), prodid="-//Lever//Lever Hire//FR"))
    return out
