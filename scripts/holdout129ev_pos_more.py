"""holdout129 interviews: second rounds, hand-typed entries, Spanish and German employers, agencies."""

from __future__ import annotations

from holdout129ev_ics import (
    APPLE,
    EXCHANGE,
    ME_FREE,
    OUTLOOK,
    TEAMS_EN,
    TEAMS_FR,
    TZ_BRUSSELS,
    Ev,
    att,
    cal,
    desc,
    meet,
    org,
    teams,
    tz_windows,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "9k1m3o5q7s9u1w3y5a7c9e1g3i@google.com"
    out.append(Ev("entrevista-es", cal([
        "DTSTART:20260217T100000Z",
        "DTEND:20260217T110000Z",
        "DTSTAMP:20260211T150000Z",
        org("m.sanchez@almanzora-logistica.es", "Marta Sánchez Ruiz"),
        f"UID:{uid}",
        att(ME_FREE, "Gauthier Lambotte"),
        att("j.ortega@almanzora-logistica.es", "Javier Ortega"),
        "SUMMARY:Entrevista – Jefe de tráfico Benelux (Grupo Almanzora)",
        desc("Hola Gauthier\\,\n\nTe confirmo la entrevista por videollamada para el puesto de Jefe de tráfico "
             "Benelux en nuestra nueva delegación de Lieja. Estaremos Javier Ortega (director de operaciones "
             "internacionales) y yo (selección). Podemos hablar en francés o inglés si lo prefieres.\n\n"
             "Un saludo\\,\nMarta\nGrupo Logístico Almanzora\n\n" + meet("aso-pqmz-twe", "en")),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ], method="REQUEST"), uid, 1,
        "Grupo Logístico Almanzora", "Jefe de tráfico Benelux", "",
        "m.sanchez@almanzora-logistica.es;j.ortega@almanzora-logistica.es", "google-es"))

    uid = "2b4d6f8h0j2l4n6p8r0t2v4x6z@google.com"
    out.append(Ev("entrevista-final-es", cal([
        "DTSTART;TZID=Europe/Madrid:20260309T113000",
        "DTEND;TZID=Europe/Madrid:20260309T130000",
        "DTSTAMP:20260302T090000Z",
        org("m.sanchez@almanzora-logistica.es", "Marta Sánchez Ruiz"),
        f"UID:{uid}",
        att(ME_FREE, "Gauthier Lambotte"),
        att("a.almanzora@almanzora-logistica.es", "Antonio Almanzora"),
        att("j.ortega@almanzora-logistica.es", "Javier Ortega"),
        "SUMMARY:Entrevista final con Dirección General – Gauthier Lambotte",
        "LOCATION:Oficinas centrales\\, Polígono La Redonda\\, El Ejido (Almería)",
        desc("Gauthier\\, te esperamos en El Ejido para la entrevista final con Antonio Almanzora (consejero "
             "delegado) y Javier Ortega. Nosotros nos encargamos del vuelo Charleroi-Almería. Marta (RR. HH.) "
             "te recogerá en el aeropuerto."),
    ], method="REQUEST", tz=[x.replace("Europe/Brussels", "Europe/Madrid") for x in TZ_BRUSSELS]), uid, 1,
        "Grupo Logístico Almanzora", "", "final",
        "a.almanzora@almanzora-logistica.es;j.ortega@almanzora-logistica.es", "google-final-travel-es"))

    uid = "tt-interview-5602217@teamtailor.com"
    out.append(Ev("teamtailor-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260218T110000Z",
        "DTSTART:20260225T090000Z",
        "DTEND:20260225T100000Z",
        "SUMMARY:Interview: Gauthier Lambotte - Inland Logistics Coordinator",
        org("no-reply@teamtailor.com", "FCL Careers"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("e.debruyne@flandria-cl.com", "Elke De Bruyne"),
        att("s.nguyen@flandria-cl.com", "Sam Nguyen"),
        "LOCATION:Microsoft Teams",
        desc("Hi Gauthier\\,\n\nYou're invited to an interview with Elke De Bruyne (Inland Logistics Manager) and "
             "Sam Nguyen (Barge & Rail Planner) at Flandria Container Lines.\n\n"
             + teams(TEAMS_EN, "YjM4NTA5", "397 550 218 62", "FcL7qz") + "\n\nPowered by Teamtailor"),
    ], prodid="-//Teamtailor//Teamtailor Calendar//EN", method="REQUEST"), uid, 1,
        "Flandria Container Lines", "Inland Logistics Coordinator", "",
        "e.debruyne@flandria-cl.com;s.nguyen@flandria-cl.com", "teamtailor-acronym-en"))

    uid = "7u5s3q1o9m7k5i3g1e9c7a5y3w@google.com"
    out.append(Ev("google-direct-ghlin-fr", cal([
        "DTSTART;TZID=Europe/Brussels:20260223T093000",
        "DTEND;TZID=Europe/Brussels:20260223T103000",
        "DTSTAMP:20260219T120000Z",
        org("stephane.ghlinmultimodal@gmail.com", "Stéphane Delporte"),
        f"UID:{uid}",
        att(ME_FREE, "Gauthier Lambotte"),
        att("stephane.ghlinmultimodal@gmail.com", "Stéphane Delporte", partstat="ACCEPTED"),
        "SUMMARY:RDV Gauthier Lambotte – poste coordinateur terminal",
        "LOCATION:Terminal de Ghlin\\, Rue de la Darse 2\\, 7011 Mons",
        desc("Bonjour Gauthier\\, comme convenu au téléphone\\, rendez-vous au terminal pour discuter du poste "
             "de coordinateur (barges + camions). Stéphane Delporte\\, Ghlin Multimodal"),
    ], method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Ghlin Multimodal", "coordinateur terminal", "hiring_manager", "stephane.ghlinmultimodal@gmail.com",
        "gmail-manager-rdv-fr"))

    uid = "d41e9b70-3a5c-4f2e-8b16-7c0d9e8f1a2b@calendly.com"
    out.append(Ev("calendly-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260226T200000Z",
        "DTSTART:20260302T090000Z",
        "DTEND:20260302T092000Z",
        "SUMMARY:Entretien téléphonique (20 min) entre Quai 4 Logistics et Gauthier Lambotte",
        org("recrutement@quai4.be", "Quai 4 Logistics"),
        att(ME_FREE, "Gauthier Lambotte", partstat="ACCEPTED", rsvp=False),
        att("recrutement@quai4.be", "Émilie Rasquin", partstat="ACCEPTED", rsvp=False),
        "LOCATION:+32 494 33 18 27",
        desc("Nom de l'événement : Entretien téléphonique (20 min)\n\nÉmilie Rasquin (chargée de recrutement) "
             "vous appellera au numéro indiqué.\n\nQuestions :\nPoste visé : Dispatcher national Namur\n\n"
             "Besoin de modifier cet événement ?\nAnnuler : https://calendly.com/cancellations/d41e9b70\n"
             "Reprogrammer : https://calendly.com/reschedulings/d41e9b70\n\nPropulsé par Calendly.com"),
    ], prodid="-//Calendly//Calendly//EN", method="REQUEST"), uid, 1,
        "Quai 4 Logistics", "Dispatcher national Namur", "recruiter_screen", "recrutement@quai4.be",
        "calendly-phone-fr"))

    uid = "personio-7790331-interview@bvc.jobs.personio.com"
    out.append(Ev("personio-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260227T080000Z",
        "DTSTART;TZID=Europe/Brussels:20260304T110000",
        "DTEND;TZID=Europe/Brussels:20260304T120000",
        "SUMMARY:Interview Gauthier Lambotte | Customs & Excise Specialist",
        org("noreply@personio.com", "Benelux VAT & Customs"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("h.peeters@bvc-tax.eu", "Hans Peeters"),
        att("c.leclercq@bvc-tax.eu", "Camille Leclercq"),
        "LOCATION:Avenue Louise 231\\, 1050 Brussels",
        desc("Dear Gauthier\\,\n\nWe are happy to invite you for an interview for the Customs & Excise "
             "Specialist position. You will meet Hans Peeters (Partner\\, Customs) and Camille Leclercq "
             "(Senior Manager). Part of the interview is a short practical exercise on tariff classification "
             "and origin.\n\nKind regards\\,\nBVC People Team"),
    ], prodid="-//Personio GmbH//Personio//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Benelux VAT & Customs", "Customs & Excise Specialist", "technical",
        "h.peeters@bvc-tax.eu;c.leclercq@bvc-tax.eu", "personio-acronym-en"))

    uid = "040000008200E00074C5B7101A82E00800000000E9F8A7B6C5D4DC01000000000000000010000000FE10DC32BA54"
    out.append(Ev("outlook-airside-teams-fr", cal([
        org("recrutement@airside-cargo.be", "Recrutement Airside Cargo"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("v.dumont@airside-cargo.be", "Dumont, Véronique"),
        att("n.wathelet@airside-cargo.be", "Wathelet, Nicolas"),
        desc("Bonjour Monsieur Lambotte\\,\n\nNous vous remercions pour votre candidature au poste de "
             "Coordinateur logistique import (H/F/X). Nous vous proposons un premier entretien en visio avec "
             "Véronique Dumont (Talent Acquisition) et Nicolas Wathelet (Import Manager).\n\n"
             + teams(TEAMS_FR, "NGRjYzE5", "364 029 117 30", "Ai8r2S") + "\n"),
        "SUMMARY;LANGUAGE=fr-BE:Premier entretien – Coordinateur logistique import – Airside Cargo Liège",
        "DTSTART;TZID=Romance Standard Time:20260310T140000",
        "DTEND;TZID=Romance Standard Time:20260310T144500",
        f"UID:{uid}",
        "DTSTAMP:20260304T100000Z",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-BE:Réunion Microsoft Teams",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGRjYzE5"
        "%40thread.v2/0",
    ], prodid=EXCHANGE, method="REQUEST", tz=tz_windows()), uid, 1,
        "Airside Cargo Liège", "Coordinateur logistique import", "recruiter_screen",
        "v.dumont@airside-cargo.be;n.wathelet@airside-cargo.be", "outlook-teams-first-fr"))

    uid = "3c5e7g9i1k3m5o7q9s1u3w5y7a@google.com"
    out.append(Ev("gmail-owner-mathot-fr", cal([
        "DTSTART;TZID=Europe/Brussels:20260227T180000",
        "DTEND;TZID=Europe/Brussels:20260227T190000",
        "DTSTAMP:20260224T210000Z",
        org("mathot.transports@gmail.com", "Transports Mathot"),
        f"UID:{uid}",
        att(ME_FREE, "Gauthier Lambotte"),
        "SUMMARY:Entretien poste dispatcher – Gauthier",
        "LOCATION:Rue du Charbonnage 9\\, 4100 Seraing",
        desc("Bonsoir\\, suite à votre CV : rendez-vous vendredi à 18h au bureau avec mon fils Kevin et moi. "
             "Poste de dispatcher / planning\\, 22 camions (bâchés + plateaux). René Mathot"),
    ], method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Transports Mathot", "dispatcher", "hiring_manager", "mathot.transports@gmail.com;kevin",
        "gmail-family-firm-fr"))

    uid = "talentis-int-20260306-GL-DNW"
    out.append(Ev("agency-talentis-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260302T141000Z",
        "DTSTART;TZID=Europe/Brussels:20260306T100000",
        "DTEND;TZID=Europe/Brussels:20260306T110000",
        "SUMMARY:Client interview - Logistics Coordinator (Distri-Nord Wallonie) - G. Lambotte",
        org("s.hermans@talentis-sc.com", "Sarah Hermans (Talentis Supply Chain)"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("s.hermans@talentis-sc.com", "Sarah Hermans", partstat="ACCEPTED"),
        att("o.delacroix@distrinord.be", "Olivier Delacroix"),
        "LOCATION:Distri-Nord Wallonie\\, Zoning des Hauts-Sarts\\, 4040 Herstal",
        desc("Dear Gauthier\\,\n\nAs agreed\\, Olivier Delacroix (Logistics Director) will meet you at the "
             "Hauts-Sarts warehouse. I'll be there at the start to introduce you and then leave you two.\n\n"
             "Sarah Hermans\nSenior Consultant - Talentis Supply Chain Recruitment"),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Distri-Nord Wallonie", "Logistics Coordinator", "hiring_manager", "o.delacroix@distrinord.be",
        "agency-attends-intro-en"))

    uid = "8E2F4A6C-1B3D-4F5A-9C7E-0D2B4F6A8C1E"
    out.append(Ev("hand-de-eupen", cal([
        f"UID:{uid}",
        "DTSTAMP:20260223T070000Z",
        "DTSTART;TZID=Europe/Brussels:20260227T100000",
        "DTEND;TZID=Europe/Brussels:20260227T113000",
        "SUMMARY:Eupen Logistik 2. Gespräch + Probefahrt Disposition",
        "LOCATION:Industriestraße 21\\, Eupen",
        "DESCRIPTION:Kever + Dispo-Chef Herr Radermacher. Praxistest mit TMS (Touren planen)",
    ], prodid=APPLE, tz=TZ_BRUSSELS), uid, 1,
        "Eupen Logistik", "", "technical", "kever;radermacher", "hand-second-round-de"))

    uid = "5q7s9u1w3y5a7c9e1g3i5k7m9o@google.com"
    out.append(Ev("hand-ardenne-dir-fr", cal([
        "DTSTART;TZID=Europe/Brussels:20260220T140000",
        "DTEND;TZID=Europe/Brussels:20260220T153000",
        "DTSTAMP:20260213T173000Z",
        f"UID:{uid}",
        "CREATED:20260213T173000Z",
        "SUMMARY:Ardenne Fret – rencontre dir. expl. (Bastogne)",
        "DESCRIPTION:M. Piron directeur d'exploitation + Sophie RH. coordinateur logistique. 1h15 de route",
        "LOCATION:Ardenne Fret\\, Route de Marche 120\\, Bastogne",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    ], head=["X-WR-CALNAME:gauthier.lambotte@skynet.be", "X-WR-TIMEZONE:Europe/Brussels"], tz=TZ_BRUSSELS), uid,
        1, "Ardenne Fret", "coordinateur logistique", "hiring_manager", "piron;sophie",
        "hand-google-abbrev-fr"))

    uid = "6t8v0x2z4b6d8f0h2j4l6n8p0r@google.com"
    out.append(Ev("xwr-utc-nordwave-en", cal([
        "DTSTART:20260303T090000Z",
        "DTEND:20260303T100000Z",
        "DTSTAMP:20260226T100000Z",
        org("hr@nordwave-shipping.com", "Nordwave HR"),
        f"UID:{uid}",
        att(ME_FREE, "Gauthier Lambotte"),
        att("l.desmedt@nordwave-shipping.com", "Lien De Smedt"),
        "SUMMARY:Nordwave Shipping | first interview | Gauthier Lambotte",
        desc("Role: Liner Logistics Manager (Antwerp)\nInterviewer: Lien De Smedt\\, Talent Lead\n\n"
             + meet("hfd-qpzr-wmx", "en")),
        "SEQUENCE:0",
    ], method="REQUEST", head=["X-WR-TIMEZONE:Europe/Brussels"]), uid, 1,
        "Nordwave Shipping", "Liner Logistics Manager", "recruiter_screen", "l.desmedt@nordwave-shipping.com",
        "google-xwr-utc-en"))

    uid = "040000008200E00074C5B7101A82E008000000004455667788AADC0100000000000000001000000013579BDF2468"
    out.append(Ev("outlook-phone-bierset-fr", cal([
        org("m.thonon@bierset-airlogistics.be", "Thonon, Marie"),
        att(ME_FREE, "gauthier.lambotte@skynet.be"),
        desc("Bonjour\\,\n\nJe vous appellerai au 0475/68.21.09 pour un premier échange téléphonique "
             "concernant votre candidature (Shift Leader Export).\n\nMarie Thonon\nHR Officer\n"),
        "SUMMARY;LANGUAGE=fr-BE:Appel téléphonique – candidature Shift Leader Export",
        "DTSTART;TZID=Romance Standard Time:20260205T113000",
        "DTEND;TZID=Romance Standard Time:20260205T120000",
        f"UID:{uid}",
        "DTSTAMP:20260202T150000Z",
        "LOCATION;LANGUAGE=fr-BE:Téléphone",
    ], prodid=OUTLOOK, method="REQUEST", tz=tz_windows()), uid, 1,
        "Bierset Air Logistics", "Shift Leader Export", "recruiter_screen", "m.thonon@bierset-airlogistics.be",
        "outlook-phone-no-company-in-title-fr"))

    uid = "lever-ivw-51c0a9e7-3d2b-4a18-9f6e-0b7c8d1e2f30"
    out.append(Ev("lever-ops-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260216T101000Z",
        "DTSTART:20260219T130000Z",
        "DTEND:20260219T140000Z",
        "SUMMARY:Tracklane <> Gauthier Lambotte | Ops Deep Dive",
        org("interviews@hire.lever.co", "Tracklane"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("dries@tracklane.eu", "Dries Van Damme"),
        att("noor.elamrani@tracklane.eu", "Noor El Amrani", role="OPT-PARTICIPANT"),
        "LOCATION:Tracklane HQ\\, Londenstraat 60\\, 2000 Antwerpen",
        desc("Role: Fleet Operations Coordinator\nInterviewer: Dries Van Damme (Head of Fleet)\n"
             "Noor (recruiter) is included for visibility only.\n\nScheduled via Lever"),
    ], prodid="-//Lever//Lever Hire//EN", method="REQUEST"), uid, 1,
        "Tracklane", "Fleet Operations Coordinator", "", "dries@tracklane.eu", "lever-deep-dive-en"))

    uid = "040000008200E00074C5B7101A82E0080000000099AABBCCDDEEDC010000000000000000100000002468ACE13579"
    out.append(Ev("outlook-contern-final-fr", cal([
        org("rh@contern-logistics.lu", "RH Contern Logistics", sent_by="assistant.rh@contern-logistics.lu"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("f.schmit@contern-logistics.lu", "Schmit, Frank"),
        att("c.muller@contern-logistics.lu", "Muller, Claudine"),
        desc("Monsieur Lambotte\\,\n\nNous avons le plaisir de vous convier à l'entretien final pour le poste "
             "de Responsable transport\\, avec Mme Claudine Muller (administratrice déléguée) et M. Frank "
             "Schmit.\n\nService RH\n"),
        "SUMMARY;LANGUAGE=fr-LU:Entretien final – Responsable transport",
        "DTSTART;TZID=Romance Standard Time:20260320T100000",
        "DTEND;TZID=Romance Standard Time:20260320T110000",
        f"UID:{uid}",
        "DTSTAMP:20260313T080000Z",
        "LOCATION;LANGUAGE=fr-LU:Contern\\, salle du conseil",
    ], prodid=OUTLOOK, method="REQUEST", tz=tz_windows()), uid, 1,
        "Contern Logistics", "Responsable transport", "final",
        "c.muller@contern-logistics.lu;f.schmit@contern-logistics.lu", "outlook-sent-by-final-fr"))

    return out
