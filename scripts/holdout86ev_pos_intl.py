"""holdout86: Reto Baumann's own interviews in English, French and Spanish, blind-written."""

from __future__ import annotations

from holdout86ev_ics import ME_FREE, TZ_PARIS, TZ_ZURICH, UTC_FR, Item, att, cal, org, teams, tz_windows, vevent, zoom

ME = att(ME_FREE, "Reto Baumann")
ME_CH = att(ME_FREE, "Baumann, Reto")


def e01() -> Item:
    uid = "greenhouse-interview-4410872-003@kubus.io"
    desc = ("Hi Reto,\n\nYou're confirmed for your Hiring Manager Interview with Kubus for the Senior Construction "
            "Project Manager role.\n\nInterviewer(s):\nLena Vogt – Head of Delivery\n\nVideo: "
            "https://meet.google.com/pvn-qhxe-zrt\n\nIf you need to reschedule, just reply to this email.\n\n"
            "Scheduled by Marta Kowalski, Recruiting Coordinator\nKubus Proptech AG · Hardturmstrasse 130 · Zürich")
    ev = vevent(uid, "20250923T130000Z", "20250923T134500Z",
                "Interview: Reto Baumann – Senior Construction Project Manager (Hiring Manager)", desc,
                "https://meet.google.com/pvn-qhxe-zrt", org("marta.kowalski@kubus.io", "Marta Kowalski"),
                [att("lena.vogt@kubus.io", "Lena Vogt"), ME,
                 att("marta.kowalski@kubus.io", "Marta Kowalski", role="NON-PARTICIPANT", rsvp=False)])
    return Item("greenhouse", cal([ev], "greenhouse"), uid, 1, "Kubus", "Senior Construction Project Manager",
                "hiring_manager", "lena.vogt@kubus.io", "greenhouse-coordinator-en")


def e02() -> Item:
    uid = "lever-7a3f09c1-interview-22d8@hire.lever.co"
    desc = ("Stratos Data Centers – Phone Screen\n\nCandidate: Reto Baumann\nPosition: Construction Project "
            "Manager, ZRH-2 Campus\nInterviewer: Emma Clarke (Talent Partner, EMEA)\n\nEmma will call you on "
            "+41 79 412 88 30.\n\nPowered by Lever")
    ev = vevent(uid, "20250925T083000Z", "20250925T090000Z", "Stratos Data Centers – Phone Screen with Reto Baumann",
                desc, "Phone call", org("emma.clarke@stratos-dc.com", "Emma Clarke"),
                [att("emma.clarke@stratos-dc.com", "Emma Clarke", partstat="ACCEPTED", rsvp=False), ME])
    return Item("lever", cal([ev], "lever"), uid, 1, "Stratos Data Centers",
                "Construction Project Manager, ZRH-2 Campus", "recruiter_screen", "emma.clarke@stratos-dc.com",
                "lever-phone-screen-en")


def e03() -> Item:
    uid = "gt-evt-9c0b4d7e2f1a8e36@goodtime.io"
    desc = ("Onsite Interview – Construction Project Manager, ZRH-2 Campus\n\nAgenda\n10:00–10:45 Oliver Grant, "
            "Director Construction EMEA (hiring manager)\n10:45–11:30 Sofia Marchetti, MEP Lead\n11:30–12:15 "
            "Jonas Weber, Commissioning Manager\n\nYour coordinator Priya Nair will meet you in reception and "
            "is not part of the interviews.\nPlease bring photo ID; site safety induction is included.\n\n"
            "Sent via GoodTime on behalf of Stratos Data Centers")
    ev = vevent(uid, "20251015T080000Z", "20251015T101500Z", "Onsite Interview – Stratos Data Centers (Reto Baumann)",
                desc, "Stratos ZRH-2, Industriestrasse 51, 8152 Glattbrugg",
                org("priya.nair@stratos-dc.com", "Priya Nair"),
                [att("oliver.grant@stratos-dc.com", "Oliver Grant"), att("sofia.marchetti@stratos-dc.com",
                                                                         "Sofia Marchetti"),
                 att("jonas.weber@stratos-dc.com", "Jonas Weber"), ME,
                 att("zrh2-meeting-3@stratos-dc.com", "ZRH2 – Meeting Room 3", cutype="ROOM",
                     role="NON-PARTICIPANT", rsvp=False)])
    return Item("goodtime", cal([ev], "goodtime"), uid, 1, "Stratos Data Centers",
                "Construction Project Manager, ZRH-2 Campus", "onsite",
                "oliver.grant@stratos-dc.com;sofia.marchetti@stratos-dc.com;jonas.weber@stratos-dc.com",
                "goodtime-onsite-panel-en")


def e04() -> Item:
    uid = "ashby-interview-5b9e0f1c-6d2a-4e33-8a10-f7c4e2b19d08@ashbyhq.com"
    desc = ("Voxel Build – Technical Case: Site Logistics\n\nYou'll walk Raphael and Ines through how you would "
            "plan logistics and sequencing for a 6-storey timber-hybrid building on a tight inner-city plot. "
            "No slides needed.\n\nInterviewers: Raphael Kälin (CTO), Ines Moreau (Head of Operations)\n\n" +
            zoom("en", "842 1177 3390"))
    ev = vevent(uid, "20250930T140000", "20250930T150000", "Voxel Build – Technical Case (Reto Baumann)", desc,
                "Zoom", org("recruiting@voxelbuild.ch", "Voxel Build Recruiting"),
                [att("raphael.kaelin@voxelbuild.ch", "Raphael Kälin"), att("ines.moreau@voxelbuild.ch",
                                                                           "Ines Moreau"), ME])
    return Item("ashby", cal([ev], "ashby", tz=TZ_ZURICH), uid, 1, "Voxel Build", "", "technical",
                "raphael.kaelin@voxelbuild.ch;ines.moreau@voxelbuild.ch", "ashby-case-en")


def e05() -> Item:
    uid = "ml-loop-31f7c0a9@modernloop.io"
    desc = ("Final round – Head of Construction Delivery\n\n15:00 Founders' conversation – Dominik Roos (CEO) & "
            "Raphael Kälin (CTO)\n15:45 Culture & values – Sara Blum (People)\n\nLocation: Voxel Build HQ, "
            "Zollstrasse 62, Zürich. Ask for Sara at the front desk.\n\nScheduled with ModernLoop")
    ev = vevent(uid, "20251017T150000", "20251017T163000", "Final round: Reto Baumann × Voxel Build", desc,
                "Voxel Build HQ, Zollstrasse 62, 8005 Zürich", org("sara.blum@voxelbuild.ch", "Sara Blum"),
                [att("dominik.roos@voxelbuild.ch", "Dominik Roos"), att("raphael.kaelin@voxelbuild.ch",
                                                                        "Raphael Kälin"),
                 att("sara.blum@voxelbuild.ch", "Sara Blum"), ME])
    return Item("modernloop", cal([ev], "modernloop", tz=TZ_ZURICH), uid, 1, "Voxel Build",
                "Head of Construction Delivery", "final",
                "dominik.roos@voxelbuild.ch;raphael.kaelin@voxelbuild.ch;sara.blum@voxelbuild.ch",
                "modernloop-final-en")


def e06() -> Item:
    uid = "workable-evt-e2c91b07a4@workable.com"
    desc = ("Video interview for Senior Project Manager – Façade Projects (Switzerland)\n\nHi Reto,\nthis is a "
            "45-minute conversation with Graham Doyle, Head of Projects DACH.\n\n" + teams("en") +
            "\n\nHelix Facade Systems AG\nScheduled via Workable")
    ev = vevent(uid, "20251001T120000Z", "20251001T124500Z", "Helix Facade Systems | Video interview | Reto Baumann",
                desc, "Microsoft Teams Meeting", org("graham.doyle@helixfacades.com", "Graham Doyle"),
                [att("graham.doyle@helixfacades.com", "Graham Doyle", partstat="ACCEPTED", rsvp=False), ME])
    return Item("workable", cal([ev], "workable"), uid, 1, "Helix Facade Systems",
                "Senior Project Manager – Façade Projects (Switzerland)", "hiring_manager",
                "graham.doyle@helixfacades.com", "workable-utc-en")


def e07() -> Item:
    uid = "icims-2318-intv-000917@meridian-eng.icims.com"
    desc = ("Dear Reto,\n\nWe are pleased to confirm your panel interview for Requisition 2318 – Senior Project "
            "Manager, Buildings (Zurich).\n\nPanel:\n• Claire Whitfield, Business Unit Director\n• Thomas Aebi, "
            "Technical Director Structures\n\nPlease arrive 10 minutes early and ask reception for Hannah "
            "Brooks (HR Coordinator).\n\nMeridian Engineering Switzerland AG")
    ev = vevent(uid, "20251008T083000Z", "20251008T100000Z",
                "Panel Interview – Senior Project Manager, Buildings (Req 2318)", desc,
                "Meridian Engineering, Thurgauerstrasse 80, 8050 Zürich, Room Limmat",
                org("hannah.brooks@meridian-eng.com", "Hannah Brooks"),
                [att("claire.whitfield@meridian-eng.com", "Claire Whitfield"),
                 att("thomas.aebi@meridian-eng.com", "Thomas Aebi"), ME])
    return Item("icims", cal([ev], "icims"), uid, 1, "Meridian Engineering",
                "Senior Project Manager, Buildings", "onsite",
                "claire.whitfield@meridian-eng.com;thomas.aebi@meridian-eng.com", "icims-panel-en")


def e08() -> Item:
    uid = "040000008200E00074C5B7101A82E008000000003D1F0A6C7B28DC0100000000000000001000000020EE"
    desc = ("Hi Reto,\n\nThanks for applying. Let's have a short call about the Senior Project Manager, "
            "Buildings role and your experience as Bauleiter.\n\nKind regards\nHannah Brooks\nHR, Meridian "
            "Engineering Switzerland")
    ev = vevent(uid, "20250926T093000", "20250926T100000", "Call Meridian Engineering / Reto Baumann", desc,
                "+41 79 412 88 30", org("hannah.brooks@meridian-eng.com", "Brooks, Hannah"), [ME_CH],
                tzid="W. Europe Standard Time")
    return Item("outlook", cal([ev], "outlook", tz=tz_windows()), uid, 1, "Meridian Engineering",
                "Senior Project Manager, Buildings", "recruiter_screen", "hannah.brooks@meridian-eng.com",
                "outlook-recruiter-call-en")


def e09() -> Item:
    uid = "calcom-3kX9pQ2vT7bN@cal.com"
    desc = ("Hey Reto – looking forward to it! We're 6 people building modular timber homes in Thun and need "
            "someone who has actually run sites. Informal, but it's for the Head of Production & Sites role.\n"
            "– Jonas\n\nWhat: Intro call ModulHaus x Reto\nWho: Jonas Ryser (Co-founder) – Organizer\n"
            "Where: https://app.cal.com/video/3kX9pQ2vT7bN\n\nNeed to make a change? Cancel or reschedule: "
            "https://cal.com/booking/3kX9pQ2vT7bN")
    ev = vevent(uid, "20250929T171500Z", "20250929T180000Z", "Intro call ModulHaus x Reto between Jonas Ryser and "
                "Reto Baumann", desc, "https://app.cal.com/video/3kX9pQ2vT7bN",
                org("jonas.ryser.mh@gmail.com", "Jonas Ryser"),
                [att("jonas.ryser.mh@gmail.com", "Jonas Ryser", partstat="ACCEPTED", rsvp=False), ME])
    return Item("calcom", cal([ev], "calcom"), uid, 1, "ModulHaus", "Head of Production & Sites", "hiring_manager",
                "jonas.ryser.mh@gmail.com", "calcom-founder-freemail-en")


def e10() -> Item:
    uid = "8dnj2s0c4rk6vm1q9pe3ob7alt@google.com"
    desc = ("Technical interview – facade engineering & delivery\nWith Priya Menon (Senior Facade Engineer) and "
            "Graham Doyle.\nBring one project where the envelope package went wrong and what you did.\n\n"
            "Helix Facade Systems AG")
    ev = vevent(uid, "20251014T100000", "20251014T111500", "Helix – technical interview (R. Baumann)", desc + "\n\n"
                "-::~:~::~:~:~:~::-\nJoin with Google Meet: https://meet.google.com/ayk-wpdz-frn\n-::~:~::~:~:~:~::-",
                "https://meet.google.com/ayk-wpdz-frn", org("priya.menon@helixfacades.com", "Priya Menon"),
                [att("graham.doyle@helixfacades.com", "Graham Doyle"), ME])
    return Item("google", cal([ev], "google", tz=TZ_ZURICH), uid, 1, "Helix Facade Systems", "", "technical",
                "priya.menon@helixfacades.com;graham.doyle@helixfacades.com", "google-technical-en")


def f01() -> Item:
    uid = "SR-INT-7e1d5a90-4b2c@smartrecruiters.com"
    desc = ("Bonjour Reto,\n\nNous avons le plaisir de vous confirmer votre entretien pour le poste de Chef de "
            "projet senior Entreprise générale (H/F).\n\nType : premier entretien RH (visioconférence)\n"
            "Interlocutrice : Camille Perrin, Talent Acquisition\n\n" + teams("fr") + "\n\nRhône Construction SA\n"
            "Envoyé via SmartRecruiters")
    ev = vevent(uid, "20250919T070000Z", "20250919T074500Z",
                "Entretien : Chef de projet senior Entreprise générale – Reto Baumann", desc, "Microsoft Teams",
                org("camille.perrin@rhone-construction.ch", "Camille Perrin"),
                [att("camille.perrin@rhone-construction.ch", "Camille Perrin", partstat="ACCEPTED", rsvp=False), ME])
    return Item("smartrecruiters", cal([ev], "smartrecruiters"), uid, 1, "Rhône Construction",
                "Chef de projet senior Entreprise générale", "recruiter_screen",
                "camille.perrin@rhone-construction.ch", "smartrecruiters-fr")


def f02() -> Item:
    uid = "040000008200E00074C5B7101A82E0080000000044E8A1C09A2CDC01000000000000000010000000D3A7"
    desc = ("Monsieur Baumann,\n\nSuite à nos premiers échanges, nous vous convions à un second et dernier "
            "entretien avec la Direction : M. Laurent Dubuis (Directeur général) et Mme Sophie Gay (Directrice "
            "Entreprise générale).\n\nMeilleures salutations\nCamille Perrin\nRhône Construction SA")
    ev = vevent(uid, "20251010T140000", "20251010T153000", "2e entretien – Direction / M. Reto Baumann", desc,
                "Rhône Construction SA, Avenue de Tourbillon 40, 1950 Sion",
                org("camille.perrin@rhone-construction.ch", "Perrin, Camille"),
                [att("laurent.dubuis@rhone-construction.ch", "Dubuis, Laurent"),
                 att("sophie.gay@rhone-construction.ch", "Gay, Sophie"), ME_CH], tzid=UTC_FR)
    return Item("outlook", cal([ev], "outlook", tz=tz_windows(UTC_FR)), uid, 1, "Rhône Construction",
                "", "final", "laurent.dubuis@rhone-construction.ch;sophie.gay@rhone-construction.ch",
                "outlook-utc-zone-final-fr")


def f03() -> Item:
    uid = "zoom-89244017731-20251003@zoom.us"
    desc = ("Entretien visio – Directeur de travaux (Lémanbat SA)\nAvec : Pierre-Alain Favre, Directeur des "
            "travaux\n\n" + zoom("fr", "892 4401 7731"))
    ev = vevent(uid, "20251003T100000", "20251003T110000", "Entretien Lémanbat – Directeur de travaux", desc,
                "https://us02web.zoom.us/j/89244017731", org("pa.favre@lemanbat.ch", "Pierre-Alain Favre"),
                [ME], tzid="Europe/Paris")
    return Item("zoom", cal([ev], "zoom", tz=TZ_PARIS), uid, 1, "Lémanbat", "Directeur de travaux", "hiring_manager",
                "pa.favre@lemanbat.ch", "zoom-fr")


def f04() -> Item:
    uid = "2j7dq0m4ke9v3sn1cp8rt6ha5u@google.com"
    desc = ("Bonjour Monsieur Baumann,\nComme convenu, nous commencerons par une visite du chantier des Jardins du "
            "Léman (Morges), puis l'entretien aura lieu au bureau avec M. Favre et notre administrateur, "
            "M. Jean-Daniel Rochat.\nÉquipement de sécurité fourni.\nCordialement,\nNathalie Berset, RH Lémanbat")
    ev = vevent(uid, "20251023T083000", "20251023T120000", "Visite de chantier + entretien – Lémanbat", desc,
                "Chantier Jardins du Léman, Chemin de la Morge 12, 1110 Morges",
                org("n.berset@lemanbat.ch", "Nathalie Berset"),
                [att("pa.favre@lemanbat.ch", "Pierre-Alain Favre"), att("jd.rochat@lemanbat.ch",
                                                                        "Jean-Daniel Rochat"), ME])
    return Item("google", cal([ev], "google", tz=TZ_ZURICH), uid, 1, "Lémanbat", "", "onsite",
                "pa.favre@lemanbat.ch;jd.rochat@lemanbat.ch", "site-visit-onsite-fr")


def f05() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000F7A3B2C10D2EDC01000000000000000010000000B9B9"
    desc = ("Monsieur,\n\nNous vous remercions de votre disponibilité pour l'entretien final relatif au poste de "
            "Responsable développement immobilier. Participeront : M. Olivier Montandon (CEO) et Mme Valérie "
            "Chevalley (Directrice financière).\n\n" + teams("fr", "377 020 145 889", "Gh5Ld9") +
            "\n\nGroupe Montbrillant SA – Ressources humaines")
    html = ("X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Monsieur\\,</p><p>Nous vous remercions de votre "
            "disponibilité pour l'entretien final.</p></body></html>")
    ev = vevent(uid, "20251031T100000", "20251031T110000", "Entretien final – Responsable développement immobilier",
                desc, "Réunion Microsoft Teams", org("rh@montbrillant-groupe.ch", "RH Montbrillant"),
                [att("o.montandon@montbrillant-groupe.ch", "Montandon, Olivier"),
                 att("v.chevalley@montbrillant-groupe.ch", "Chevalley, Valérie"), ME_CH], tzid=UTC_FR,
                extra=[html])
    return Item("outlook", cal([ev], "outlook", tz=tz_windows(UTC_FR)), uid, 1, "Groupe Montbrillant",
                "Responsable développement immobilier", "final",
                "o.montandon@montbrillant-groupe.ch;v.chevalley@montbrillant-groupe.ch", "teams-final-fr")


def f06() -> Item:
    uid = "040000008200E00074C5B7101A82E00800000000A9C1E3F50B2FDC01000000000000000010000000C4C4"
    ev = vevent(uid, "20250922T120000", "20250922T123000", "Entretien téléphonique – Bernasconi Frères / R. Baumann",
                "Bonjour,\nJe vous appellerai au 079 412 88 30 pour un premier échange au sujet du poste de "
                "chef de projet génie civil.\nMeilleures salutations,\nAurélie Bernasconi, RH",
                "Téléphone", org("a.bernasconi@bernasconi-freres.ch", "Bernasconi, Aurélie"), [ME_CH],
                tzid="Romance Standard Time")
    return Item("outlook", cal([ev], "outlook", tz=tz_windows("Romance Standard Time")), uid, 1,
                "Bernasconi Frères", "chef de projet génie civil", "recruiter_screen",
                "a.bernasconi@bernasconi-freres.ch", "phone-screen-fr")


def f07() -> Item:
    uid = "6F2C0E1D-9B7A-4C3E-8D15-A4B2C9E7F031"
    ev = vevent(uid, "20251016T140000", "20251016T153000", "Entretien JGC Delémont",
                "M. Chappuis + Mme Rérat\nposte chef de projet ouvrages d'art\nparking derrière la gare",
                "Jura Génie Civil SA, Route de Bâle 25, 2800 Delémont", tzid=None)
    return Item("apple", cal([ev], "apple", method=None), uid, 1, "Jura Génie Civil",
                "chef de projet ouvrages d'art", "", "chappuis;rérat", "apple-floating-abbrev-fr")


def f08() -> Item:
    uid = "040000008200E00074C5B7101A82E008000000005B0D7E2A1C30DC01000000000000000010000000E5E5"
    desc = ("Monsieur Baumann,\n\nJ'ai le plaisir de vous confirmer votre entretien chez notre client, le Groupe "
            "Rossier SA, pour le poste de Chef de projet senior. Vous rencontrerez M. Yves Rossier (Directeur) "
            "et M. Fabien Clerc (Responsable du département bâtiment). Je n'y participerai pas.\n\n"
            "Bien à vous\nIsabelle Morand\nCadres Construction Conseil SA")
    ev = vevent(uid, "20251020T090000", "20251020T103000", "Entretien Groupe Rossier – Chef de projet senior", desc,
                "Groupe Rossier SA, Rue de Lausanne 88, 1700 Fribourg",
                org("i.morand@cadres-construction.ch", "Morand, Isabelle"),
                [att("y.rossier@rossier.ch", "Rossier, Yves"), att("f.clerc@rossier.ch", "Clerc, Fabien"), ME_CH],
                tzid=UTC_FR)
    return Item("outlook", cal([ev], "outlook", tz=tz_windows(UTC_FR)), uid, 1, "Groupe Rossier",
                "Chef de projet senior", "hiring_manager", "y.rossier@rossier.ch;f.clerc@rossier.ch",
                "agency-names-employer-fr")


def f09() -> Item:
    uid = "040000008200E00074C5B7101A82E008000000006E1F8B3D2D31DC01000000000000000010000000F6F6"
    desc = ("Monsieur,\n\nLa commission de sélection de la Fondation Clairval pour le logement vous recevra pour "
            "le poste de Responsable technique de projets. Commission : Mme Françoise Pittet (présidente du "
            "conseil de fondation), M. Marc Tissot (directeur), M. Luc Vuille (architecte, membre).\n\n"
            "Secrétariat : Mme Emma Jaquier (ne participe pas à l'entretien)")
    ev = vevent(uid, "20251105T163000", "20251105T174500",
                "Entretien – Responsable technique de projets (M. Baumann)", desc,
                "Fondation Clairval, Rue du Stand 14, 1204 Genève, salle du conseil",
                org("e.jaquier@fondation-clairval.ch", "Jaquier, Emma"),
                [att("f.pittet@fondation-clairval.ch", "Pittet, Françoise"),
                 att("m.tissot@fondation-clairval.ch", "Tissot, Marc"), att("luc.vuille@archi-vuille.ch",
                                                                            "Vuille, Luc"), ME_CH],
                tzid=UTC_FR)
    return Item("outlook", cal([ev], "outlook", tz=tz_windows(UTC_FR)), uid, 1, "Fondation Clairval",
                "Responsable technique de projets", "",
                "f.pittet@fondation-clairval.ch;m.tissot@fondation-clairval.ch;luc.vuille@archi-vuille.ch",
                "selection-committee-fr")


def s01() -> Item:
    uid = "040000008200E00074C5B7101A82E008000000007F20902E3E32DC010000000000000000100000001717"
    desc = ("Estimado Reto:\n\nTe confirmamos la entrevista para el puesto de Jefe de Proyecto Senior – Suiza "
            "(lote Ceneri Norte). Participará Javier Ortega, Director de Obra Internacional.\n\n" + teams("en") +
            "\n\nUn saludo,\nLucía Fernández\nSelección – Túneles y Obras del Norte S.A. (TONSA)")
    ev = vevent(uid, "20251009T090000", "20251009T100000", "Entrevista – Jefe de Proyecto Senior (Suiza)", desc,
                "Reunión de Microsoft Teams", org("lfernandez@tonsa.es", "Fernández Ruiz, Lucía"),
                [att("jortega@tonsa.es", "Ortega Gil, Javier"), ME_CH], tzid="Romance Standard Time")
    return Item("outlook", cal([ev], "outlook", tz=tz_windows("Romance Standard Time")), uid, 1, "TONSA",
                "Jefe de Proyecto Senior (Suiza)", "hiring_manager", "jortega@tonsa.es", "teams-es")


ALL = [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, f01, f02, f03, f04, f05, f06, f07, f08, f09, s01]
