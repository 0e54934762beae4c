"""holdout61: the user's own interviews sent by ATS and scheduling tools."""

from __future__ import annotations

from holdout61ev_ics import (
    ME,
    ME_FREE,
    att,
    cal,
    digits,
    hexid,
    item,
    meet,
    org,
    outlook_uid,
    room,
    teams,
    text,
    uuid,
    vevent,
    zoom,
)


def _kestrel() -> list[dict]:
    out = []
    url, zb = zoom("en")
    uid = f"gh-{digits(9)}-{hexid(8)}@greenhouse.io"
    body = ("Hi Camille,\n\nThank you for your interest in the Medical Science Liaison, Oncology (Western Switzerland) "
            "role at Kestrel Biologics. This invitation confirms your Hiring Manager Interview.\n\n"
            "Interviewer:\n• Dr. Mathilde Aebischer – Medical Lead, Oncology\n\n"
            "If you need to reschedule, just reply to this email. I'm coordinating your process and will not "
            "join the call.\n\nBest,\nHannah Lowe\nRecruiting Coordinator, Kestrel Biologics\n\n" + zb)
    ev = vevent(
        "DTSTART:20260310T130000Z", "DTEND:20260310T134500Z", "DTSTAMP:20260303T081244Z",
        org("hannah.lowe@kestrelbio.com", "Hannah Lowe"), f"UID:{uid}",
        att(ME_FREE, ME), att("mathilde.aebischer@kestrelbio.com", "Mathilde Aebischer"),
        "CREATED:20260303T081244Z", text("DESCRIPTION", body), text("LOCATION", url), "SEQUENCE:0",
        "STATUS:CONFIRMED", text("SUMMARY", "Interview with Kestrel Biologics – Hiring Manager Interview"),
        "TRANSP:OPAQUE")
    out.append(item("greenhouse-en", cal([ev], "-//Greenhouse Software Inc//Greenhouse Recruiting//EN"), uid, 1,
                    "Kestrel Biologics", "Medical Science Liaison, Oncology (Western Switzerland)", "hiring_manager",
                    ["mathilde.aebischer@kestrelbio.com"], "greenhouse-en-coordinator"))
    uid = f"gh-{digits(9)}-{hexid(8)}@greenhouse.io"
    body = ("Hi Camille,\n\nWe're excited to welcome you to our Geneva office for your onsite interview for the "
            "Medical Science Liaison, Oncology role.\n\nSchedule\n10:00 – 10:45  Dr. Mathilde Aebischer, Medical "
            "Lead Oncology\n10:45 – 11:30  Julien Perret-Gentil, Head of Medical Affairs Switzerland\n11:30 – 12:15"
            "  Presentation to the MSL team (Sofia Brandt, Senior MSL)\n12:15 – 12:30  Wrap-up with Hannah "
            "(Recruiting Coordinator)\n\nPlease ask for Hannah at reception (Rue de Lausanne 64, 3rd floor). Bring "
            "a photo ID.\n\nPowered by Greenhouse")
    ev = vevent(
        "DTSTART;TZID=Europe/Zurich:20260324T100000", "DTEND;TZID=Europe/Zurich:20260324T123000",
        "DTSTAMP:20260316T154002Z", org("hannah.lowe@kestrelbio.com", "Hannah Lowe"), f"UID:{uid}",
        att(ME_FREE, ME), att("mathilde.aebischer@kestrelbio.com", "Mathilde Aebischer"),
        att("julien.perret-gentil@kestrelbio.com", "Julien Perret-Gentil"),
        att("sofia.brandt@kestrelbio.com", "Sofia Brandt"),
        room("gva-3-saleve@kestrelbio.com", "GVA-3-Salève (8)"), text("DESCRIPTION", body),
        text("LOCATION", "Kestrel Biologics, Rue de Lausanne 64, 1202 Genève – GVA-3-Salève"),
        "SEQUENCE:0", "STATUS:CONFIRMED", text("SUMMARY", "Onsite Interview – Camille Dubois-Nkemelu – MSL Oncology"),
        "TRANSP:OPAQUE")
    out.append(item("greenhouse-onsite-en", cal([ev], "-//Greenhouse Software Inc//Greenhouse Recruiting//EN",
                                                tzs=("Europe/Zurich",)), uid, 1,
                    "Kestrel Biologics", "MSL Oncology", "onsite",
                    ["mathilde.aebischer@kestrelbio.com", "julien.perret-gentil@kestrelbio.com",
                     "sofia.brandt@kestrelbio.com"], "greenhouse-onsite-room-en"))
    return out


def _thyrsa() -> list[dict]:
    out = []
    uid = f"{uuid(False)}@hire.lever.co"
    body = ("Phone screen with Olivia Marchetti (Talent Partner, Thyrsa Therapeutics) for the Medical Affairs "
            "Manager – Benelux position.\n\nOlivia will call you at +33 6 71 28 44 09. If the number is wrong, "
            "reply to this email.\n\nThis interview was scheduled via Lever.")
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260304T101500Z", "DTSTART;TZID=Europe/Brussels:20260306T110000",
        "DTEND;TZID=Europe/Brussels:20260306T113000",
        text("SUMMARY", "Thyrsa Therapeutics - Phone Screen - Camille Dubois-Nkemelu"), text("DESCRIPTION", body),
        text("LOCATION", "Phone call"), org("olivia.marchetti@thyrsa.com", "Olivia Marchetti"),
        att(ME_FREE, ME), att("olivia.marchetti@thyrsa.com", "Olivia Marchetti", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED", "SEQUENCE:0")
    out.append(item("lever-en", cal([ev], "-//Lever//Lever Hire//EN", tzs=("Europe/Brussels",)), uid, 1,
                    "Thyrsa Therapeutics", "Medical Affairs Manager – Benelux", "recruiter_screen",
                    ["olivia.marchetti@thyrsa.com"], "lever-phone-screen-en"))
    uid = f"goodtime-{uuid(False)}"
    body = ("Hello Camille,\n\nHere is your final interview loop for Medical Affairs Manager – Benelux.\n\n"
            "09:30  Pieter Vandenbroucke, VP Medical Affairs Europe\n10:15  Dr. Amélie Colson, Medical Director "
            "Benelux (hiring manager)\n11:00  Karim Benhaddou, Head of Market Access\n11:45  Olivia Marchetti, "
            "Talent Partner – closing chat\n\nI'm your coordinator for the day and will greet you at the reception "
            "of Avenue Louise 480; I won't be part of the interviews.\n\nNoor Haddad\nRecruiting Coordinator\n\n"
            "Scheduled with GoodTime")
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260318T140311Z",
        "DTSTART;TZID=Europe/Brussels:20260326T093000", "DTEND;TZID=Europe/Brussels:20260326T121500",
        text("SUMMARY", "Final Interview Loop | Thyrsa Therapeutics | Camille Dubois-Nkemelu"),
        text("DESCRIPTION", body), text("LOCATION", "Thyrsa Therapeutics, Avenue Louise 480, 1050 Bruxelles"),
        org("noor.haddad@thyrsa.com", "Noor Haddad"), att(ME_FREE, ME),
        att("pieter.vandenbroucke@thyrsa.com", "Pieter Vandenbroucke"),
        att("amelie.colson@thyrsa.com", "Amélie Colson"),
        att("karim.benhaddou@thyrsa.com", "Karim Benhaddou"), att("olivia.marchetti@thyrsa.com", "Olivia Marchetti"),
        room("bxl-louise-meeting-4@thyrsa.com", "BXL Louise – Meeting 4"), "SEQUENCE:0", "STATUS:CONFIRMED")
    out.append(item("goodtime-final-en", cal([ev], "-//GoodTime.io//GoodTime Hire//EN", tzs=("Europe/Brussels",)),
                    uid, 1, "Thyrsa Therapeutics", "Medical Affairs Manager – Benelux", "final",
                    ["pieter.vandenbroucke@thyrsa.com", "amelie.colson@thyrsa.com", "karim.benhaddou@thyrsa.com",
                     "olivia.marchetti@thyrsa.com"], "goodtime-final-coordinator-en"))
    return out


def _halvora() -> dict:
    _url, tb = teams("en")
    uid = f"WD-INT-{digits(7)}-{hexid(6)}@myworkday.com"
    body = ("Dear Camille,\n\nThank you for applying to Halvora Pharma. We would like to invite you to a first "
            "round interview for the position Medical Advisor Immunology (R-0045127).\n\nInterviewer: Sandra "
            "Keller, Talent Acquisition Partner\nDuration: 30 minutes\n\nThis invitation was sent on behalf of "
            "Halvora Pharma by Workday. Please do not reply to this message.\n\n" + tb)
    ev = vevent(
        "DTSTAMP:20260302T073010Z", f"UID:{uid}", "DTSTART;TZID=Europe/Zurich:20260305T160000",
        "DTEND;TZID=Europe/Zurich:20260305T163000",
        text("SUMMARY", "Interview Scheduled: Medical Advisor Immunology (R-0045127) - First Round"),
        text("DESCRIPTION", body), text("LOCATION", "Microsoft Teams Meeting"),
        org("halvora@myworkday.com", "Halvora Pharma Recruiting"), att(ME_FREE, ME),
        att("sandra.keller@halvora.com", "Sandra Keller"), "STATUS:CONFIRMED", "SEQUENCE:0")
    return item("workday-en", cal([ev], "-//Workday//Workday Recruiting//EN", tzs=("Europe/Zurich",)), uid, 1,
                "Halvora Pharma", "Medical Advisor Immunology", "recruiter_screen", ["sandra.keller@halvora.com"],
                "workday-first-round-en")


def _nordlys() -> dict:
    _url, tb = teams("fr")
    uid = f"{hexid(24)}@smartrecruiters.com"
    body = ("Bonjour Camille,\n\nSuite à votre candidature au poste de Responsable Assurance Qualité Opérationnelle "
            "(CDI – Paris La Défense), nous avons le plaisir de vous proposer un entretien avec Hélène Moreau-Lind,"
            " Directrice Qualité France et future responsable hiérarchique du poste.\n\nL'entretien se déroulera "
            "sur Microsoft Teams.\n\nCordialement,\nL'équipe Talent Acquisition – Nordlys Pharma France\n\n" + tb)
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260309T152233Z", "DTSTART;TZID=Europe/Paris:20260312T140000",
        "DTEND;TZID=Europe/Paris:20260312T150000",
        text("SUMMARY", "Entretien : Responsable Assurance Qualité Opérationnelle – Nordlys Pharma"),
        text("DESCRIPTION", body), text("LOCATION", "Microsoft Teams"),
        org("talent.fr@nordlyspharma.com", "Nordlys Pharma Talent Acquisition"), att(ME_FREE, ME),
        att("helene.moreau-lind@nordlyspharma.com", "Hélène Moreau-Lind"), "STATUS:CONFIRMED")
    return item("smartrecruiters-fr", cal([ev], "-//SmartRecruiters//SmartRecruiters Calendar//EN",
                                          tzs=("Europe/Paris",)), uid, 1,
                "Nordlys Pharma", "Responsable Assurance Qualité Opérationnelle", "hiring_manager",
                ["helene.moreau-lind@nordlyspharma.com"], "smartrecruiters-hm-fr")


def _genvara() -> dict:
    uid = f"personio-{digits(8)}-{hexid(12)}"
    body = ("Sehr geehrte Frau Dubois-Nkemelu\n\nHerzlichen Dank für das angenehme Erstgespräch. Gerne laden wir "
            "Sie zu einem Zweitgespräch vor Ort ein.\n\nPosition: Senior Specialist Quality Assurance (m/w/d)\n"
            "Gesprächspartner: Thomas Brügger (Head of Quality Assurance) und Aylin Kaya (HR Business Partner)\n"
            "Ort: Genvara Biosciences AG, Gubelstrasse 24, 6300 Zug – bitte melden Sie sich am Empfang im EG.\n\n"
            "Freundliche Grüsse\nIhr Genvara Recruiting Team")
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260316T093000Z", "DTSTART;TZID=Europe/Zurich:20260401T091500",
        "DTEND;TZID=Europe/Zurich:20260401T110000",
        text("SUMMARY", "Zweitgespräch vor Ort: Senior Specialist Quality Assurance (m/w/d)"),
        text("DESCRIPTION", body), text("LOCATION", "Gubelstrasse 24, 6300 Zug"),
        org("recruiting@genvara.ch", "Genvara Recruiting"), att(ME_FREE, ME),
        att("thomas.bruegger@genvara.ch", "Thomas Brügger"), att("aylin.kaya@genvara.ch", "Aylin Kaya"))
    return item("personio-de", cal([ev], "-//Personio GmbH//Personio Recruiting//DE", tzs=("Europe/Zurich",)), uid, 1,
                "Genvara Biosciences", "Senior Specialist Quality Assurance", "onsite",
                ["thomas.bruegger@genvara.ch", "aylin.kaya@genvara.ch"], "personio-zweitgespraech-de")


def _bioceane() -> dict:
    url, mb = meet("fr")
    uid = f"tt-{hexid(20)}@teamtailor.com"
    body = ("Bonjour Camille,\n\nMerci d'avoir réservé un créneau ! Voici la confirmation de votre premier échange "
            "avec Margaux Le Gall, chargée de recrutement, pour le poste Pharmacien·ne Assurance Qualité – "
            "Libération des lots.\n\nÀ très vite,\nL'équipe Biocéane\n\n" + mb)
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260302T180102Z", "DTSTART:20260304T083000Z", "DTEND:20260304T090000Z",
        text("SUMMARY", "Entretien avec Biocéane"), text("DESCRIPTION", body), text("LOCATION", url),
        org("margaux.legall@bioceane.fr", "Margaux Le Gall"), att(ME_FREE, "Camille Dubois-Nkemelu"),
        att("margaux.legall@bioceane.fr", "Margaux Le Gall", partstat="ACCEPTED", rsvp=False))
    return item("teamtailor-fr", cal([ev], "-//Teamtailor//Teamtailor Calendar//EN"), uid, 1, "Biocéane",
                "Pharmacien·ne Assurance Qualité – Libération des lots", "recruiter_screen",
                ["margaux.legall@bioceane.fr"], "teamtailor-fr-utc")


def _alpenmed() -> dict:
    uid = f"{uuid(False)}@softgarden.io"
    body = ("Sehr geehrte Frau Dubois-Nkemelu,\n\nvielen Dank für Ihre Bewerbung als Fachapotheker/in "
            "Qualitätssicherung (w/m/d) bei der Alpenmed AG. Wie besprochen bestätigen wir Ihnen das "
            "Telefoninterview. Ihre Gesprächspartnerin Stefanie Wyss (HR Recruiting) ruft Sie unter der "
            "angegebenen Nummer an.\n\nMit freundlichen Grüssen\nAlpenmed AG – Human Resources\n\n"
            "Diese Einladung wurde mit softgarden versendet.")
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260305T120000Z", "DTSTART;TZID=Europe/Berlin:20260311T083000",
        "DTEND;TZID=Europe/Berlin:20260311T090000",
        text("SUMMARY", "Telefoninterview – Fachapotheker/in Qualitätssicherung (w/m/d)"),
        text("DESCRIPTION", body), text("LOCATION", "Telefon"),
        org("jobs@alpenmed.ch", "Alpenmed AG"), att(ME_FREE, "Camille Dubois-Nkemelu"),
        att("stefanie.wyss@alpenmed.ch", "Stefanie Wyss"))
    return item("softgarden-phone-de", cal([ev], "-//softgarden e-recruiting GmbH//softgarden//DE",
                                           tzs=("Europe/Berlin",)), uid, 1,
                "Alpenmed", "Fachapotheker/in Qualitätssicherung", "recruiter_screen", ["stefanie.wyss@alpenmed.ch"],
                "softgarden-phone-screen-de")


def _orvalis() -> dict:
    url, zb = zoom("fr")
    uid = f"workable-{digits(10)}@workablemail.com"
    body = ("Bonjour Camille,\n\nVous avez rendez-vous pour un entretien vidéo avec Pierre-Yves Garnier, "
            "Pharmacien Responsable, dans le cadre de votre candidature au poste de Pharmacien Responsable "
            "Intérimaire chez Orvalis Santé.\n\n" + zb + "\n\nEnvoyé via Workable")
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260311T090000Z", "DTSTART:20260317T150000Z", "DTEND:20260317T160000Z",
        text("SUMMARY", "Entretien vidéo : Pharmacien Responsable Intérimaire – Orvalis Santé"),
        text("DESCRIPTION", body), text("LOCATION", url), org("noreply@workablemail.com", "Orvalis Santé"),
        att(ME_FREE, ME), att("py.garnier@orvalis-sante.fr", "Pierre-Yves Garnier"), "STATUS:CONFIRMED")
    return item("workable-fr", cal([ev], "-//Workable//Workable Calendar//EN"), uid, 1, "Orvalis Santé",
                "Pharmacien Responsable Intérimaire", "", ["py.garnier@orvalis-sante.fr"], "workable-video-fr")


def _pharmaboreal() -> dict:
    _url, tb = teams("fr")
    uid = f"icims-{digits(6)}-{digits(9)}@icims.com"
    body = ("Bonjour Camille,\n\nNous vous confirmons votre entrevue technique pour le poste de Pharmacien(ne), "
            "Assurance qualité (Réq. 2026-0412) chez Pharmaboréal, à Montréal.\n\nVous rencontrerez :\n"
            "- Geneviève Tremblay-Ouellet, directrice Assurance qualité\n- Maxime Gagnon, spécialiste validation\n\n"
            "Prévoyez environ 15 minutes pour une courte étude de cas sur une déviation BPF.\n"
            "Note : l'heure indiquée est l'heure de l'Est (Montréal).\n\n" + tb)
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260313T141500Z", "DTSTART;TZID=America/Toronto:20260318T093000",
        "DTEND;TZID=America/Toronto:20260318T104500",
        text("SUMMARY", "Entrevue technique – Pharmacien(ne), Assurance qualité (Réq. 2026-0412)"),
        text("DESCRIPTION", body), text("LOCATION", "Microsoft Teams"),
        org("talents@pharmaboreal.ca", "Talents Pharmaboréal"), att(ME_FREE, ME),
        att("g.tremblay-ouellet@pharmaboreal.ca", "Geneviève Tremblay-Ouellet"),
        att("maxime.gagnon@pharmaboreal.ca", "Maxime Gagnon"))
    return item("icims-technical-qc", cal([ev], "-//iCIMS//iCIMS Talent Cloud//EN", tzs=("America/Toronto",)), uid,
                1, "Pharmaboréal", "Pharmacien(ne), Assurance qualité", "technical",
                ["g.tremblay-ouellet@pharmaboreal.ca", "maxime.gagnon@pharmaboreal.ca"], "icims-technical-fr-qc")


def _vernadet() -> dict:
    uid = f"SF-{digits(5)}-{hexid(16, upper=True)}"
    body = ("Madame,\n\nNous avons le plaisir de vous convier à un entretien pour le poste de Chargé(e) d'Affaires "
            "Réglementaires (Req ID 18842), avec Sylvie Cazenave, Responsable Affaires Réglementaires.\n\n"
            "Adresse : Laboratoires Vernadet, 12 avenue du Général-Leclerc, 31100 Toulouse – accueil bâtiment B.\n\n"
            "Merci de confirmer votre présence via le lien ci-dessous.\n\nService Recrutement\n\n"
            "Ce message a été généré par SAP SuccessFactors.")
    ev = vevent(
        text("DESCRIPTION", body), "DTSTART;TZID=Romance Standard Time:20260319T100000",
        "DTEND;TZID=Romance Standard Time:20260319T110000", "DTSTAMP:20260312T091122Z",
        text("LOCATION", "Laboratoires Vernadet - Toulouse, bâtiment B"),
        org("recrutement@vernadet.com", "Laboratoires Vernadet Recrutement"), att(ME_FREE, ME),
        att("sylvie.cazenave@vernadet.com", "Cazenave, Sylvie"), "SEQUENCE:0", "STATUS:CONFIRMED",
        text("SUMMARY", "Invitation à un entretien – Chargé(e) d'Affaires Réglementaires"), f"UID:{uid}")
    return item("successfactors-fr", cal([ev], "-//SAP SuccessFactors//Recruiting Management//EN",
                                         tzs=("Romance Standard Time",)), uid, 1,
                "Laboratoires Vernadet", "Chargé(e) d'Affaires Réglementaires", "hiring_manager",
                ["sylvie.cazenave@vernadet.com"], "successfactors-windows-tz-fr")


def _cellanova() -> dict:
    url, zb = zoom("en")
    uid = f"ml_{hexid(26)}@modernloop.io"
    body = ("Hi Camille,\n\nYou're confirmed for the Case Presentation stage for Clinical Supply Pharmacist at "
            "Cellanova Therapeutics (Montréal).\n\nPanel:\n• Dr. Rachel Kim – Director, Clinical Supply Chain\n"
            "• Étienne Bouchard – Senior QA Manager\n\nYou'll have 20 minutes to present the case you received "
            "(temperature excursion at a Canadian depot), then 25 minutes of Q&A.\n\nYour coordinator, Jess "
            "Fournier, will keep time but won't assess.\n\n" + zb + "\n\nScheduled with ModernLoop")
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260320T191500Z", "DTSTART;TZID=America/Toronto:20260327T100000",
        "DTEND;TZID=America/Toronto:20260327T110000",
        text("SUMMARY", "Camille Dubois-Nkemelu <> Cellanova | Case Presentation"),
        text("DESCRIPTION", body), text("LOCATION", url), org("jess.fournier@cellanova.ca", "Jess Fournier"),
        att(ME_FREE, ME), att("rachel.kim@cellanova.ca", "Rachel Kim"),
        att("etienne.bouchard@cellanova.ca", "Étienne Bouchard"),
        att("jess.fournier@cellanova.ca", "Jess Fournier", role="OPT-PARTICIPANT"))
    return item("modernloop-case-en", cal([ev], "-//ModernLoop//ModernLoop Scheduler//EN", tzs=("America/Toronto",)),
                uid, 1, "Cellanova Therapeutics", "Clinical Supply Pharmacist", "technical",
                ["rachel.kim@cellanova.ca", "etienne.bouchard@cellanova.ca"], "modernloop-case-coordinator-en")


def _theralis() -> dict:
    uid = f"{uuid(False)}"
    body = ("Type d'événement : Premier échange – Medical Science Liaison Sud-Ouest\n\n"
            "Bonjour Camille, merci pour votre candidature chez Théralis Oncologie. Cet appel de 30 minutes me "
            "permettra de vous présenter le poste et de faire le point sur votre parcours.\n\n"
            "Je vous appellerai au : +33 6 71 28 44 09\n\nLéa Fontanel – Talent Acquisition\n\n"
            "Besoin d'apporter des modifications à cet événement ?\nAnnuler : https://calendly.com/cancellations/"
            f"{uid}\nReprogrammer : https://calendly.com/reschedulings/{uid}\n\nOptimisé par Calendly.com")
    ev = vevent(
        "DTSTART:20260309T123000Z", "DTEND:20260309T130000Z", "DTSTAMP:20260305T202144Z",
        org("lea.fontanel@theralis-onco.com", "Léa Fontanel"), f"UID:{uid}",
        att(ME_FREE, "Camille Dubois-Nkemelu", partstat="ACCEPTED", rsvp=False),
        att("lea.fontanel@theralis-onco.com", "Léa Fontanel", partstat="ACCEPTED", rsvp=False),
        text("DESCRIPTION", body), text("LOCATION", "+33 6 71 28 44 09"), "SEQUENCE:0", "STATUS:CONFIRMED",
        text("SUMMARY", "Camille Dubois-Nkemelu et Léa Fontanel"), "TRANSP:OPAQUE")
    return item("calendly-fr", cal([ev], "-//Calendly//Calendly//EN"), uid, 1, "Théralis Oncologie",
                "Medical Science Liaison Sud-Ouest", "recruiter_screen", ["lea.fontanel@theralis-onco.com"],
                "calendly-names-only-title-fr")


def _isopharm() -> dict:
    uid = f"{hexid(22)}@Cal.com"
    body = ("Quoi : Entretien radiopharmacien·ne\nQuand : jeudi 2 avril 2026 | 11:00 - 11:45 (Europe/Paris)\n"
            "Qui :\nAntoine Verrier - Organisateur\nantoine.verrier@isopharm-radio.fr\nCamille Dubois-Nkemelu\n"
            f"{ME_FREE}\nOù : Cal Video\n\nNotes supplémentaires : Antoine dirige les opérations pharmaceutiques "
            "des trois plateformes et sera votre responsable direct. Poste : Pharmacien·ne radiopharmacien·ne "
            "chez Isopharm (site de Pessac).\n\nBesoin de modifier ? Annuler ou reprogrammer : https://app.cal.com/booking/"
            + hexid(22))
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260327T070101Z", "DTSTART:20260402T090000Z", "DTEND:20260402T094500Z",
        text("SUMMARY", "Entretien radiopharmacien·ne entre Antoine Verrier et Camille Dubois-Nkemelu"),
        text("DESCRIPTION", body), text("LOCATION", "https://app.cal.com/video/" + hexid(22)),
        org("antoine.verrier@isopharm-radio.fr", "Antoine Verrier"),
        att(ME_FREE, "Camille Dubois-Nkemelu", partstat="ACCEPTED", rsvp=False), "STATUS:CONFIRMED")
    return item("calcom-fr", cal([ev], "-//Cal.com Inc.//Cal.com Event//EN"), uid, 1, "Isopharm",
                "Pharmacien·ne radiopharmacien·ne", "hiring_manager", ["antoine.verrier@isopharm-radio.fr"],
                "calcom-hm-fr")


def _lumaris() -> list[dict]:
    out = []
    url, mb = meet("en")
    uid = f"ashby-{uuid(False)}"
    body = ("Hi Camille,\n\nLooking forward to our intro call about the Quality Lead, Clinical Manufacturing role "
            "at Lumaris Biotech (Épalinges). We'll talk about your background in hospital pharmacy and aseptic "
            "compounding, and about what we're building.\n\nMarta Oliveira\nPeople & Talent\n\n" + mb)
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260312T110733Z", "DTSTART:20260316T101500Z", "DTEND:20260316T104500Z",
        text("SUMMARY", "Intro call: Camille Dubois-Nkemelu <> Lumaris Biotech"), text("DESCRIPTION", body),
        text("LOCATION", url), org("marta@lumaris.bio", "Marta Oliveira"), att(ME_FREE, ME),
        att("marta@lumaris.bio", "Marta Oliveira", partstat="ACCEPTED", rsvp=False))
    out.append(item("ashby-intro-en", cal([ev], "-//Ashby//Ashby Scheduling//EN"), uid, 1, "Lumaris Biotech",
                    "Quality Lead, Clinical Manufacturing", "recruiter_screen", ["marta@lumaris.bio"],
                    "ashby-intro-call-en"))
    url, mb = meet("en")
    uid = f"ashby-{uuid(False)}"
    body = ("Case study session – GMP deviation scenario\n\nYou'll walk Dr. Felix Baumann (VP Technical Operations) "
            "and Chloé Rochat (QC Manager) through how you would handle the deviation described in the attached "
            "brief: 20 min presentation, 25 min discussion.\n\nRole: Quality Lead, Clinical Manufacturing\n\n" + mb)
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260320T083000Z", "DTSTART:20260325T130000Z", "DTEND:20260325T140000Z",
        text("SUMMARY", "Lumaris Biotech – Case study: GMP deviation (Camille Dubois-Nkemelu)"),
        text("DESCRIPTION", body), text("LOCATION", url), org("marta@lumaris.bio", "Marta Oliveira"),
        att(ME_FREE, ME), att("felix.baumann@lumaris.bio", "Felix Baumann"), att("chloe.rochat@lumaris.bio",
                                                                                  "Chloé Rochat"))
    out.append(item("ashby-case-en", cal([ev], "-//Ashby//Ashby Scheduling//EN"), uid, 1, "Lumaris Biotech",
                    "Quality Lead, Clinical Manufacturing", "technical",
                    ["felix.baumann@lumaris.bio", "chloe.rochat@lumaris.bio"], "ashby-case-study-en"))
    return out


def _qualipharm() -> dict:
    uid = f"{uuid(False)}"
    body = ("Type d'événement : Entretien de préqualification – Consultant(e) Qualité / Validation\n\n"
            "Qualipharm Conseil accompagne les industriels de santé en qualification, validation et assurance "
            "qualité. Cet entretien téléphonique de 45 minutes avec Romain Estève (Business Manager) porte sur "
            "votre expérience BPF/BPP et vos disponibilités.\n\nEmplacement : Romain vous appellera.\n\n"
            "Optimisé par Calendly.com")
    ev = vevent(
        "DTSTART:20260407T070000Z", "DTEND:20260407T074500Z", "DTSTAMP:20260401T171500Z",
        org("r.esteve@qualipharm-conseil.fr", "Romain Estève"), f"UID:{uid}",
        att(ME_FREE, "Camille Dubois-Nkemelu", partstat="ACCEPTED", rsvp=False),
        text("DESCRIPTION", body), text("LOCATION", "Appel téléphonique"), "STATUS:CONFIRMED",
        text("SUMMARY", "Entretien de préqualification – Consultant(e) Qualité / Validation"))
    return item("calendly-consulting-fr", cal([ev], "-//Calendly//Calendly//EN"), uid, 1, "Qualipharm Conseil",
                "Consultant(e) Qualité / Validation", "recruiter_screen", ["r.esteve@qualipharm-conseil.fr"],
                "calendly-consulting-employer-fr")


def _veridian() -> dict:
    _url, tb = teams("en")
    uid = f"workable-{digits(10)}@workablemail.com"
    body = ("Hi Camille,\n\nThis is to confirm your interview with Dr. Nnamdi Okafor, Head of Medical Information "
            "Europe and the hiring manager, for the Medical Information Pharmacist (FR/EN) position at Veridian "
            "Biotherapeutics in Paris."
            "\n\nThe interview will be in English for the first half and in French for the second.\n\n" + tb +
            "\n\nSent via Workable")
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260401T093000Z", "DTSTART;TZID=Europe/Paris:20260408T170000",
        "DTEND;TZID=Europe/Paris:20260408T174500",
        text("SUMMARY", "Interview with Veridian Biotherapeutics: Medical Information Pharmacist (FR/EN)"),
        text("DESCRIPTION", body), text("LOCATION", "Microsoft Teams Meeting"),
        org("noreply@workablemail.com", "Veridian Biotherapeutics"), att(ME_FREE, ME),
        att("nnamdi.okafor@veridianbio.com", "Nnamdi Okafor"))
    return item("workable-en", cal([ev], "-//Workable//Workable Calendar//EN", tzs=("Europe/Paris",)), uid, 1,
                "Veridian Biotherapeutics", "Medical Information Pharmacist (FR/EN)", "hiring_manager",
                ["nnamdi.okafor@veridianbio.com"], "workable-hm-en")


def _ciusss() -> dict:
    _url, tb = teams("fr")
    uid = outlook_uid()
    body = ("Votre rendez-vous est confirmé.\n\nService : Entrevue – Pharmacien(ne) en établissement de santé\n"
            "Personnel : Dre Nathalie Bergeron (cheffe du département de pharmacie), Simon Lapointe (pharmacien "
            "coordonnateur, soins critiques)\nOrganisation : CIUSSS du Cœur-de-l'Île-de-Montréal – Département de "
            "pharmacie\n\nL'heure indiquée est l'heure de Montréal.\n\n" + tb +
            "\n\nGérer votre réservation : https://outlook.office365.com/owa/calendar/RecrutementPharmacie@"
            "ssss.gouv.qc.ca/bookings/")
    ev = vevent(
        org("recrutementpharmacie.ccdi@ssss.gouv.qc.ca", "Recrutement Pharmacie"), att(ME_FREE, ME),
        att("nathalie.bergeron.ccdi@ssss.gouv.qc.ca", "Nathalie Bergeron"),
        att("simon.lapointe.ccdi@ssss.gouv.qc.ca", "Simon Lapointe"), text("DESCRIPTION", body), f"UID:{uid}",
        text("SUMMARY", "Entrevue – Pharmacien(ne) en établissement de santé"),
        "DTSTART;TZID=Eastern Standard Time:20260331T090000", "DTEND;TZID=Eastern Standard Time:20260331T100000",
        "DTSTAMP:20260324T150000Z", text("LOCATION", "Réunion Microsoft Teams"), "CLASS:PUBLIC", "PRIORITY:5",
        "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0")
    return item("bookings-qc", cal([ev], "exchange", tzs=("Eastern Standard Time",)), uid, 1,
                "CIUSSS du Cœur-de-l'Île-de-Montréal", "Pharmacien(ne) en établissement de santé", "",
                ["nathalie.bergeron.ccdi@ssss.gouv.qc.ca", "simon.lapointe.ccdi@ssss.gouv.qc.ca"],
                "ms-bookings-panel-qc")


def build() -> list[dict]:
    return [*_kestrel(), *_thyrsa(), _halvora(), _nordlys(), _genvara(), _bioceane(), _alpenmed(), _orvalis(),
            _pharmaboreal(), _vernadet(), _cellanova(), _theralis(), _isopharm(), *_lumaris(), _qualipharm(),
            _veridian(), _ciusss()]
