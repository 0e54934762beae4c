"""holdout133: the user's own interviews abroad (UK, Ireland, NL, FR, DE/CH, Québec, Gulf)."""

from __future__ import annotations

from holdout133ev_ics import (
    GOOGLE,
    OUTLOOK,
    OUTLOOK16,
    TZ_AMSTERDAM,
    TZ_DUBAI,
    TZ_GMT,
    TZ_LONDON,
    TZ_MONTREAL,
    TZ_PARIS,
    TZ_ROMANCE,
    TZ_WEUROPE,
    USER_GMAIL,
    USER_NAME,
    Ev,
    att,
    cal,
    meet,
    org,
    teams,
    vev,
    zoom_en,
)

ME = att(USER_GMAIL, USER_NAME)


def events() -> list[Ev]:
    out: list[Ev] = []

    # 1. Greenhouse, UK consultancy, coordinator organises, hiring manager interviews
    uid = "greenhouse-interview-88213407-4471"
    body = (
        "Hi Ainhoa,\n\nThank you for your interest in Halden & Rowe! This is to confirm your interview for the "
        "Project Manager - Rail Infrastructure role.\n\nSchedule (Europe/London):\n"
        "2:00pm - 2:45pm  Hiring Manager Interview with Tom Whitcombe (Associate Director, Rail)\n\n"
        "I'm coordinating your process, so feel free to reach out with any questions.\n\n"
        "Best,\nPriya Nair\nRecruiting Coordinator, Halden & Rowe Engineering\n\n"
        + teams("en", "Y2E4ZjE2ZDEtYjM3Ni00", "356 220 781 904", "Hr7vK2")
    )
    out.append(Ev(
        "greenhouse-hm-en",
        cal([vev(
            uid, "20251009T111200Z",
            "DTSTART;TZID=Europe/London:20251016T140000", "DTEND;TZID=Europe/London:20251016T144500",
            "Interview with Halden & Rowe - Ainhoa Etxeberria Lasa",
            organizer=org("priya.nair@haldenrowe.co.uk", "Priya Nair"),
            attendees=[ME, att("tom.whitcombe@haldenrowe.co.uk", "Tom Whitcombe")],
            location="Microsoft Teams", description=body,
        )], "-//Greenhouse Software//Greenhouse//EN", tz=[TZ_LONDON]),
        uid, 1, "Halden & Rowe", "Project Manager - Rail Infrastructure", "hiring_manager",
        ["tom.whitcombe@haldenrowe.co.uk"], "greenhouse-coordinator-en",
        ["Halden & Rowe Engineering", "Halden and Rowe"],
    ))

    # 2. SmartRecruiters, NL marine contractor, Windows W. Europe zone, technical
    uid = "sr-5f0a3b7c-interview-2219984"
    body = (
        "Dear Ainhoa,\n\nWe are pleased to invite you to a technical interview for the position Project "
        "Engineer Marine Works at Van Doorn Waterbouw.\n\nYou will meet Sanne de Boer (Lead Engineer Quay "
        "Walls) and Ruud Verhoeven (Project Manager). Please prepare a 10-minute presentation of a project "
        "you delivered (sheet piling, cofferdams or dredging are welcome).\n\nKind regards,\nTalent "
        "Acquisition | Van Doorn Waterbouw B.V.\n\nThis invitation was sent via SmartRecruiters."
    )
    out.append(Ev(
        "smartrecruiters-technical-en",
        cal([vev(
            uid, "20251021T074500Z",
            "DTSTART;TZID=W. Europe Standard Time:20251030T100000",
            "DTEND;TZID=W. Europe Standard Time:20251030T111500",
            "Interview: Project Engineer Marine Works - Van Doorn Waterbouw",
            organizer=org("noreply@smartrecruiters.com", "Van Doorn Waterbouw"),
            attendees=[ME, att("s.deboer@vandoorn-waterbouw.nl", "Sanne de Boer"),
                       att("r.verhoeven@vandoorn-waterbouw.nl", "Ruud Verhoeven")],
            location="Microsoft Teams", description=body,
        )], "-//SmartRecruiters//Interview Scheduler//EN", tz=[TZ_WEUROPE]),
        uid, 1, "Van Doorn Waterbouw", "Project Engineer Marine Works", "technical",
        ["s.deboer@vandoorn-waterbouw.nl", "r.verhoeven@vandoorn-waterbouw.nl"], "smartrecruiters-windows-tz-en",
        ["Van Doorn"],
    ))

    # 3. Lever, London infrastructure advisory, case interview, UTC
    uid = "lever-interview-0e7d61b2-9f3c-4a58-b1e6-3c8d2a7f5e09"
    body = (
        "Case Interview - Infrastructure Advisory Consultant\n\nInterviewers:\n"
        "Oliver Grant (Manager, Transport & Infrastructure)\nNkechi Adeyemi (Senior Consultant)\n\n"
        "You'll receive a short case pack 15 minutes before the call (a PPP motorway concession with a "
        "construction delay). No preparation needed beyond that.\n\nTallow & Reed Recruiting\n"
        + zoom_en("912 4470 3381", "TnRyZWVkMjAyNQ")
    )
    out.append(Ev(
        "lever-case-en",
        cal([vev(
            uid, "20251103T160101Z",
            "DTSTART:20251110T140000Z", "DTEND:20251110T151500Z",
            "Ainhoa Etxeberria Lasa - Case Interview (Tallow & Reed)",
            organizer=org("interviews@hire.lever.co", "Tallow & Reed Recruiting"),
            attendees=[ME, att("oliver.grant@tallowreed.com", "Oliver Grant"),
                       att("nkechi.adeyemi@tallowreed.com", "Nkechi Adeyemi")],
            location="https://zoom.us/j/91244703381", description=body,
        )], "-//Lever//Lever Hire//EN"),
        uid, 1, "Tallow & Reed", "Infrastructure Advisory Consultant", "technical",
        ["oliver.grant@tallowreed.com", "nkechi.adeyemi@tallowreed.com"], "lever-case-en",
        ["Tallow & Reed Consulting", "Tallow and Reed"],
    ))

    # 4. Same firm, final with a partner, Outlook GMT Standard Time
    uid = "040000008200E00074C5B7101A82E0080000000070E4A2D6C95EDC0100000000000000001000000091AC3F0E5D7B2C46A1E0"
    out.append(Ev(
        "outlook-final-partner-en",
        cal([vev(
            uid, "20251119T094410Z",
            "DTSTART;TZID=GMT Standard Time:20251126T090000", "DTEND;TZID=GMT Standard Time:20251126T100000",
            "Final interview - Ainhoa Etxeberria / Harriet Cole",
            organizer=org("harriet.cole@tallowreed.com", "Cole, Harriet"),
            attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com")],
            location="Tallow & Reed, 18 Bride Lane, London EC4Y 8EE - ask for me at reception",
            description=(
                "Ainhoa - looking forward to meeting you in person. This is the last step for the Infrastructure "
                "Advisory Consultant role; we'll talk about your site experience and how you'd work with our "
                "public-sector clients.\nHarriet Cole | Partner, Transport & Infrastructure"
            ),
        )], OUTLOOK, tz=[TZ_GMT]),
        uid, 1, "Tallow & Reed", "Infrastructure Advisory Consultant", "final",
        ["harriet.cole@tallowreed.com"], "outlook-final-gmt-en", ["Tallow & Reed Consulting", "Tallow and Reed"],
    ))

    # 5. Workable phone screen, Ireland, UTC
    uid = "workable-phone-91c2e7a0b4d3"
    body = (
        "Hi Ainhoa,\n\nCorrib Civil Partners would like to schedule a phone screen with you for the Senior "
        "Site Engineer / Project Manager position (Galway).\n\nAoife Brennan will call you on +34 6XX XXX 418."
        "\n\nPowered by Workable"
    )
    out.append(Ev(
        "workable-phone-screen-en",
        cal([vev(
            uid, "20251014T133000Z",
            "DTSTART:20251017T090000Z", "DTEND:20251017T092000Z",
            "Phone screen: Ainhoa Etxeberria Lasa (Corrib Civil Partners)",
            organizer=org("noreply@candidates.workablemail.com", "Corrib Civil Partners"),
            attendees=[ME, att("aoife.brennan@corribcivil.ie", "Aoife Brennan")],
            location="Phone call", description=body,
        )], "-//Workable//Workable Calendar//EN"),
        uid, 1, "Corrib Civil Partners", "Senior Site Engineer / Project Manager", "recruiter_screen",
        ["aoife.brennan@corribcivil.ie"], "workable-phone-screen-en", ["Corrib Civil"],
    ))

    # 6. Ashby, construction-tech startup, technical, Google Meet
    uid = "ashby-8b2d4f60-1c7e-4a3b-9d5f-e2a0c6b8f413"
    body = (
        "Hi Ainhoa,\n\nHere are the details for your Technical Interview for Implementation Project Manager "
        "(Construction) at Encofra.\n\nInterviewer: Jonas Keller, Head of Implementation\n"
        "We'll walk through how you'd roll out our formwork-planning tool on a live site.\n\n"
        + meet("en", "nfd-qcra-hwe") + "\n\nScheduled with Ashby"
    )
    out.append(Ev(
        "ashby-technical-en",
        cal([vev(
            uid, "20251105T080000Z",
            "DTSTART:20251112T150000Z", "DTEND:20251112T160000Z",
            "Ainhoa Etxeberria Lasa <> Encofra - Technical Interview",
            organizer=org("no-reply@ashbyhq.com", "Encofra Recruiting"),
            attendees=[ME, att("jonas.keller@encofra.io", "Jonas Keller")],
            location="https://meet.google.com/nfd-qcra-hwe", description=body,
        )], "-//Ashby//Ashby Calendar//EN"),
        uid, 1, "Encofra", "Implementation Project Manager (Construction)", "technical",
        ["jonas.keller@encofra.io"], "ashby-startup-en", [],
    ))

    # 7. GoodTime virtual onsite with three interviewers and a coordinator
    uid = "goodtime-3f19a7c2e8b54d60-onsite"
    body = (
        "Parkway Hale | Virtual Onsite - Construction Project Manager, Europe\n\nAgenda (CET):\n"
        "15:00-15:45  Daniel Okafor - Director of Operations, Europe\n"
        "15:45-16:30  Megan Lutz - Senior Project Manager (technical / scheduling)\n"
        "16:30-17:00  Carlos Ibáñez - HSE Lead\n\nYour coordinator, Emily Strand, will join for the first five "
        "minutes to make introductions.\n\nScheduled with GoodTime."
    )
    out.append(Ev(
        "goodtime-virtual-onsite-en",
        cal([vev(
            uid, "20251201T190000Z",
            "DTSTART:20251209T140000Z", "DTEND:20251209T160000Z",
            "Parkway Hale | Virtual Onsite - Construction Project Manager, Europe",
            organizer=org("scheduling@parkwayhale.com", "Parkway Hale Recruiting",
                          sent_by="emily.strand@parkwayhale.com"),
            attendees=[ME, att("daniel.okafor@parkwayhale.com", "Daniel Okafor"),
                       att("megan.lutz@parkwayhale.com", "Megan Lutz"),
                       att("carlos.ibanez@parkwayhale.com", "Carlos Ibáñez"),
                       att("emily.strand@parkwayhale.com", "Emily Strand", role="OPT-PARTICIPANT")],
            location="Zoom (link in your confirmation email)", description=body,
        )], "-//GoodTime//GoodTime Hire//EN"),
        uid, 1, "Parkway Hale", "Construction Project Manager, Europe", "onsite",
        ["daniel.okafor@parkwayhale.com", "megan.lutz@parkwayhale.com", "carlos.ibanez@parkwayhale.com"],
        "goodtime-onsite-coordinator-en", ["Parkway Hale Infrastructure"],
    ))

    # 8. ModernLoop final panel
    uid = "modernloop-evt-6a0e1d93b7c4"
    body = (
        "Final Round Panel - Site Delivery Manager (Bridges)\n\nPanel:\n- Fiona McAllister, VP Delivery\n"
        "- Raj Patel, Head of Structures\n\nPlease bring examples of programme recovery on a bridge job.\n\n"
        "Kestrel Structures Talent Team\nScheduled via ModernLoop"
    )
    out.append(Ev(
        "modernloop-final-en",
        cal([vev(
            uid, "20251204T101010Z",
            "DTSTART;TZID=Europe/London:20251211T110000", "DTEND;TZID=Europe/London:20251211T123000",
            "Final Round: Ainhoa Etxeberria Lasa - Site Delivery Manager (Bridges)",
            organizer=org("talent@kestrelstructures.com", "Kestrel Structures Talent"),
            attendees=[ME, att("fiona.mcallister@kestrelstructures.com", "Fiona McAllister"),
                       att("raj.patel@kestrelstructures.com", "Raj Patel")],
            location="Google Meet", description=body,
        )], "-//ModernLoop//ModernLoop//EN", tz=[TZ_LONDON]),
        uid, 1, "Kestrel Structures", "Site Delivery Manager (Bridges)", "final",
        ["fiona.mcallister@kestrelstructures.com", "raj.patel@kestrelstructures.com"], "modernloop-final-en", [],
    ))

    # 9. iCIMS, Gulf marine contractor, Arabian Standard Time
    uid = "icims-2025-3381-int-0457"
    body = (
        "Dear Ainhoa,\n\nThank you for applying for Project Manager (Marine) - Job ID 2025-3381 with Gulf "
        "Marine Infrastructure LLC.\n\nYou are invited to an interview with Khalid Al Mansoori, Project "
        "Director, via Microsoft Teams. The interview will be conducted in English.\n\nRegards,\nHuman "
        "Capital | GMI"
    )
    out.append(Ev(
        "icims-gulf-en",
        cal([vev(
            uid, "20251022T052000Z",
            "DTSTART;TZID=Arabian Standard Time:20251029T130000",
            "DTEND;TZID=Arabian Standard Time:20251029T140000",
            "Interview Invitation - Project Manager (Marine) - Job ID 2025-3381",
            organizer=org("careers@gmi-llc.ae", "GMI Human Capital"),
            attendees=[ME, att("k.almansoori@gmi-llc.ae", "Khalid Al Mansoori")],
            location="Microsoft Teams", description=body,
        )], "-//iCIMS//Talent Platform//EN", tz=[TZ_DUBAI]),
        uid, 1, "Gulf Marine Infrastructure", "Project Manager (Marine)", "hiring_manager",
        ["k.almansoori@gmi-llc.ae"], "icims-gulf-en", ["GMI", "Gulf Marine Infrastructure LLC"],
    ))

    # 10. French contractor in Bayonne, Outlook FR, agency director
    uid = "040000008200E00074C5B7101A82E00800000000A0D3E58F1B61DC010000000000000000100000005C0E9B2A7F14D84A8E3C"
    body = (
        "Bonjour Madame Etxeberria,\n\nSuite à notre échange, je vous confirme votre entretien pour le poste de "
        "Conductrice de travaux principale (H/F) – Génie civil, à notre agence de Bayonne, avec M. Laurent "
        "Darrigrand, Directeur d'agence.\n\nCordialement,\nSophie Etcheverry\nChargée RH – BOA Bâtiments et "
        "Ouvrages de l'Adour"
    )
    out.append(Ev(
        "outlook-entretien-fr",
        cal([vev(
            uid, "20251105T143000Z",
            "DTSTART;TZID=Romance Standard Time:20251113T143000",
            "DTEND;TZID=Romance Standard Time:20251113T153000",
            "Entretien – Conducteur de travaux principal (H/F) – Mme Etxeberria",
            organizer=org("s.etcheverry@boa-adour.fr", "ETCHEVERRY Sophie"),
            attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com"),
                       att("l.darrigrand@boa-adour.fr", "DARRIGRAND Laurent")],
            location="Agence BOA – 12 allée Marines, 64100 Bayonne", description=body,
        )], OUTLOOK16, tz=[TZ_ROMANCE]),
        uid, 1, "BOA Bâtiments et Ouvrages de l'Adour", "Conducteur de travaux principal (H/F)", "hiring_manager",
        ["l.darrigrand@boa-adour.fr"], "outlook-entretien-fr",
        ["BOA", "Bâtiments et Ouvrages de l'Adour"],
    ))

    # 11. Calendly in French, Lyon consultancy, phone exchange
    uid = "c7e20d19-4b8a-45f3-9e61-2d0a7b3c8f55"
    body = (
        "Nom de l'événement : Échange téléphonique – Chef de projet infrastructures\n\n"
        "Lieu : Julien Morel vous appellera au +34 6XX XXX 418\n\n"
        "Géoterre Ingénierie – recrutement\n\nBesoin d'apporter des modifications à cet événement ?\n"
        "Annuler : https://calendly.com/cancellations/c7e20d19\nReprogrammer : "
        "https://calendly.com/reschedulings/c7e20d19\n\nPropulsé par Calendly.com"
    )
    out.append(Ev(
        "calendly-phone-fr",
        cal([vev(
            uid, "20251007T152000Z",
            "DTSTART;TZID=Europe/Paris:20251010T113000", "DTEND;TZID=Europe/Paris:20251010T120000",
            "Ainhoa Etxeberria Lasa et Julien Morel",
            organizer=org("julien.morel@geoterre-ingenierie.fr", "Julien Morel"),
            attendees=[ME], location="Appel téléphonique", description=body,
        )], "-//Calendly//FR", tz=[TZ_PARIS]),
        uid, 1, "Géoterre Ingénierie", "Chef de projet infrastructures", "recruiter_screen",
        ["julien.morel@geoterre-ingenierie.fr"], "calendly-phone-fr", ["Géoterre"],
    ))

    # 12. Québec, "entrevue", Teams in French, America/Toronto zone
    uid = "040000008200E00074C5B7101A82E00800000000C0B5F61A9E62DC0100000000000000001000000018F4A2C3B7E9D6489C0D"
    body = (
        "Bonjour Ainhoa,\n\nNous vous convions à une entrevue pour le poste de Chargée de projet – "
        "Infrastructures municipales (Montréal). Vous rencontrerez Marc-André Tremblay, directeur de la "
        "division Infrastructures, et Geneviève Roy, ing., chargée de projet principale.\n\n"
        "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
        "Cliquez ici pour participer à la réunion\nID de réunion : 274 930 118 552\nCode secret : Lg4hS8\n\n"
        "Laurentide Génie-Conseil inc."
    )
    out.append(Ev(
        "teams-entrevue-qc-fr",
        cal([vev(
            uid, "20251124T200000Z",
            "DTSTART;TZID=America/Toronto:20251202T093000", "DTEND;TZID=America/Toronto:20251202T103000",
            "Entrevue – Chargée de projet, Infrastructures municipales",
            organizer=org("marc-andre.tremblay@laurentide-gc.ca", "Tremblay, Marc-André"),
            attendees=[att(USER_GMAIL, "Ainhoa Etxeberria Lasa"),
                       att("genevieve.roy@laurentide-gc.ca", "Roy, Geneviève")],
            location="Réunion Microsoft Teams", description=body,
        )], OUTLOOK16, tz=[TZ_MONTREAL]),
        uid, 1, "Laurentide Génie-Conseil", "Chargée de projet, Infrastructures municipales", "",
        ["marc-andre.tremblay@laurentide-gc.ca", "genevieve.roy@laurentide-gc.ca"], "teams-entrevue-qc-fr",
        ["Laurentide"],
    ))

    # 13. softgarden, German boilerplate, English interview, "Fachgespräch"
    uid = "softgarden-7731902-interview-3"
    body = (
        "Sehr geehrte Frau Etxeberria Lasa,\n\nvielen Dank für Ihre Bewerbung als Projektleiter (m/w/d) "
        "Brückenbau – Standort Madrid. Gerne laden wir Sie zu einem Fachgespräch ein.\n\n"
        "Gesprächspartner: Dipl.-Ing. Matthias Vogt (Bereichsleiter Ingenieurbau)\n"
        "Sprache des Gesprächs: Englisch\nOrt: Online (Microsoft Teams, Link folgt)\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Brückner Ingenieurbau GmbH\n\n"
        "Diese Einladung wurde über softgarden versendet."
    )
    out.append(Ev(
        "softgarden-fachgespraech-de",
        cal([vev(
            uid, "20251111T090000Z",
            "DTSTART;TZID=Europe/Berlin:20251119T100000", "DTEND;TZID=Europe/Berlin:20251119T110000",
            "Fachgespräch: Projektleiter (m/w/d) Brückenbau – Madrid",
            organizer=org("noreply@softgarden.io", "Brückner Ingenieurbau GmbH"),
            attendees=[ME, att("m.vogt@brueckner-ingenieurbau.de", "Matthias Vogt")],
            location="Online", description=body,
        )], "-//softgarden//Recruiting//DE", tz=[TZ_PARIS.replace("Europe/Paris", "Europe/Berlin")]),
        uid, 1, "Brückner Ingenieurbau", "Projektleiter (m/w/d) Brückenbau", "technical",
        ["m.vogt@brueckner-ingenieurbau.de"], "softgarden-de", ["Brückner"],
    ))

    # 14. Agency (EN) naming the employer, NL client, Amsterdam zone
    uid = "keystone-tr-20251127-etxeberria"
    body = (
        "Hi Ainhoa,\n\nGreat news - Ostra Marine Works would like to meet you for the Site Manager role on "
        "their quay wall project in Rotterdam. You'll speak with Pieter Kramer (Project Director). I'll dial "
        "in for two minutes to introduce you and then drop off.\n\nGood luck!\nBen Hargreaves\n"
        "Keystone Technical Recruitment\n\n" + zoom_en("853 6672 0914", "S2V5c3RvbmUx")
    )
    out.append(Ev(
        "agency-client-en",
        cal([vev(
            uid, "20251127T160000Z",
            "DTSTART;TZID=Europe/Amsterdam:20251203T140000", "DTEND;TZID=Europe/Amsterdam:20251203T150000",
            "Ainhoa Etxeberria / Ostra Marine Works - Site Manager (Quay Wall)",
            organizer=org("ben.hargreaves@keystone-tr.co.uk", "Ben Hargreaves"),
            attendees=[ME, att("p.kramer@ostramarine.nl", "Pieter Kramer")],
            location="Zoom", description=body,
        )], GOOGLE, tz=[TZ_AMSTERDAM]),
        uid, 1, "Ostra Marine Works", "Site Manager (Quay Wall)", "hiring_manager",
        ["p.kramer@ostramarine.nl"], "agency-client-named-en", ["Ostra Marine"],
    ))

    # 15. Personio English, Swiss tunnelling firm, on-site visit in Zürich
    uid = "personio-interview-c1e8a5f2-73b9-4d06-8a2e-5b7f9c0d1e34"
    body = (
        "Dear Ainhoa,\n\nwe are happy to invite you to an on-site interview for Project Manager Tunnelling at "
        "Reusstal Tiefbau AG (Zürich office, Hardturmstrasse 120). You will meet Ursula Brunner (Head of "
        "Tunnelling) and Luca Bernasconi (Site Manager, Ceneri lot), followed by a short site visit.\n\n"
        "Travel costs will be reimbursed.\n\nBest regards,\nHR Reusstal Tiefbau"
    )
    out.append(Ev(
        "personio-onsite-ch-en",
        cal([vev(
            uid, "20251201T080000Z",
            "DTSTART;TZID=Europe/Zurich:20251215T093000", "DTEND;TZID=Europe/Zurich:20251215T130000",
            "On-site interview: Project Manager Tunnelling",
            organizer=org("hr@reusstal-tiefbau.ch", "Reusstal Tiefbau AG"),
            attendees=[ME, att("u.brunner@reusstal-tiefbau.ch", "Ursula Brunner"),
                       att("l.bernasconi@reusstal-tiefbau.ch", "Luca Bernasconi")],
            location="Hardturmstrasse 120, 8005 Zürich", description=body,
        )], "-//Personio GmbH//Personio Recruiting//DE",
            tz=[TZ_PARIS.replace("Europe/Paris", "Europe/Zurich")]),
        uid, 1, "Reusstal Tiefbau", "Project Manager Tunnelling", "onsite",
        ["u.brunner@reusstal-tiefbau.ch", "l.bernasconi@reusstal-tiefbau.ch"], "personio-onsite-en",
        ["Reusstal Tiefbau AG", "Reusstal"],
    ))

    # 16. Danish contractor, Outlook Romance zone, recruiter screen in English
    uid = "040000008200E00074C5B7101A82E00800000000B0A1C2D3E4F5DB010000000000000000100000007F3E2D1C0B9A8F7E6D5C"
    body = (
        "Hi Ainhoa,\n\nThanks for applying for Construction Manager - Offshore Wind Foundations (Esbjerg). "
        "Let's have a first 30-minute call so I can tell you about Kattegat Anlæg and hear about your "
        "experience.\n\nBest regards\nMette Lund Sørensen\nTalent Partner\n\n"
        + teams("en", "OTk1YTJlNDMtNDM0Ny00", "301 552 883 170", "Ka9sR1")
    )
    out.append(Ev(
        "outlook-screen-dk-en",
        cal([vev(
            uid, "20251016T120000Z",
            "DTSTART;TZID=Romance Standard Time:20251021T130000",
            "DTEND;TZID=Romance Standard Time:20251021T133000",
            "Kattegat Anlæg / Ainhoa Etxeberria - first call",
            organizer=org("mls@kattegat-anlaeg.dk", "Mette Lund Sørensen"),
            attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com")],
            location="Microsoft Teams Meeting", description=body,
        )], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Kattegat Anlæg", "Construction Manager - Offshore Wind Foundations", "recruiter_screen",
        ["mls@kattegat-anlaeg.dk"], "outlook-first-call-en", ["Kattegat Anlæg A/S", "Kattegat"],
    ))
    return out
