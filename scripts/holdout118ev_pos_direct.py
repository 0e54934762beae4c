"""holdout118: the user's own interviews sent directly by employees (Google, Outlook, Apple, Thunderbird)."""

from __future__ import annotations

from holdout118ev_ics import (
    APPLE,
    ME_FREE,
    OUTLOOK,
    THUNDERBIRD,
    TZ_MEXICO,
    TZ_TORONTO,
    TZ_WIN_EASTERN,
    TZ_WIN_PARIS_UTC,
    TZ_WIN_W_EUROPE,
    Ev,
    att,
    cal,
    meet,
    org,
    room,
    teams,
    tor,
    ve,
    win,
    zoom,
)

FORMS = {
    "Agence Mistral": "Mistral",
    "Logiciels Cartier": "Cartier",
    "Calliope Data": "Calliope",
    "Foxglove Commerce": "Foxglove",
    "Trillium Cloud Services": "Trillium Cloud|TCS",
    "Ostara Health": "Ostara",
    "Driftwood Labs": "Driftwood",
    "Assurances Belvoir": "Belvoir",
    "Andina Cloud": "Andina",
    "Lumière Analytique": "Lumière",
    "Stratacore": "",
    "Kleinfeld Analytics": "Kleinfeld",
}


def events() -> list[Ev]:
    out: list[Ev] = []
    me = att("Grace Mensah", ME_FREE)

    uid = "5m1tq0c8v6bre3dk2h9aof7p4n@google.com"
    desc = (
        "Bonjour Grace,\n\nComme convenu au téléphone, voici l'invitation pour notre entrevue pour le poste "
        "de chargée de comptes principale (équipe Québec). Tu rencontreras aussi Étienne, notre directeur "
        "de création.\n\nÀ bientôt !\nSophie Lavoie\nVice-présidente, Service-conseil — Agence Mistral\n\n"
        + meet("fkn-qwze-pbr", "fr")
    )
    out.append(Ev(
        "google-direct-fr", cal(ve(
            uid, "Entrevue Grace Mensah – Chargée de comptes principale", tor("20251017T140000"),
            tor("20251017T150000"), desc=desc, loc="Agence Mistral, 355 rue Sainte-Catherine O., Montréal",
            orgz=org("Sophie Lavoie", "slavoie@agencemistral.ca"),
            atts=[att("Sophie Lavoie", "slavoie@agencemistral.ca", ps="ACCEPTED"), me,
                  att("Étienne Bouchard", "ebouchard@agencemistral.ca")],
        ), tz=(TZ_TORONTO,), head=("X-WR-TIMEZONE:America/Toronto",)),
        uid, 1, "Agence Mistral", "Chargée de comptes principale", "",
        "slavoie@agencemistral.ca;ebouchard@agencemistral.ca", "google-direct-fr"))

    uid = "tt-interview-77130-c1d9@teamtailor.com"
    desc = (
        "Bonjour Grace,\n\nMerci pour ta candidature au poste de Gestionnaire, Succès client (bilingue). "
        "Voici les détails de ta première entrevue avec Camille Pelletier, recruteuse chez Logiciels Cartier.\n\n"
        "Durée : 30 minutes\nLien vidéo : https://app.teamtailor.com/meetings/77130-c1d9\n\n"
        "Au plaisir,\nL'équipe Talents de Logiciels Cartier"
    )
    out.append(Ev(
        "teamtailor-fr", cal(ve(
            uid, "Entrevue avec Logiciels Cartier", tor("20251020T093000"), tor("20251020T100000"), desc=desc,
            loc="Rencontre vidéo Teamtailor", orgz=org("Logiciels Cartier", "carrieres@logicielscartier.com"),
            atts=[me, att("Camille Pelletier", "camille.pelletier@logicielscartier.com")],
        ), prodid="-//Teamtailor//Teamtailor//FR", tz=(TZ_TORONTO,)),
        uid, 1, "Logiciels Cartier", "Gestionnaire, Succès client (bilingue)", "recruiter_screen",
        "camille.pelletier@logicielscartier.com", "teamtailor-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000B07F4C3E6ADBDB0100000000000000001000000017C4E9A2"
    desc = (
        "Bonjour Grace,\n\nSuite à votre échange avec Hugo, je vous propose un entretien avec moi pour le "
        "poste de Customer Success Manager – équipe Montréal. Nous parlerons de votre expérience en "
        "renouvellements et en QBR.\n\n" + teams("fr")
        + "\n\nBien cordialement,\nAurélie Fontaine\nHead of Customer Success | Calliope Data SAS | Paris"
    )
    out.append(Ev(
        "outlook-utc-zone-fr", cal(ve(
            uid, "Entretien Grace Mensah / Aurélie Fontaine – CSM Montréal", win("20251028T160000", PARIS),
            win("20251028T165000", PARIS), desc=desc, loc="Réunion Microsoft Teams",
            orgz=org("Fontaine, Aurélie", "aurelie.fontaine@calliope-data.fr"),
            atts=[att("Grace Mensah", ME_FREE), att("Mercier, Hugo", "hugo.mercier@calliope-data.fr",
                                                    role="OPT-PARTICIPANT")],
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Bonjour Grace\\,</p>"
                   "<p>Suite à votre échange avec Hugo\\, je vous propose un entretien avec moi.</p></body></html>"],
            status=None,
        ), prodid=OUTLOOK, tz=(TZ_WIN_PARIS_UTC,)),
        uid, 1, "Calliope Data", "Customer Success Manager – équipe Montréal", "hiring_manager",
        "aurelie.fontaine@calliope-data.fr", "outlook-paris-zone-optional-fr"))

    uid = "2pv8e1o4k7b9s0q3d6hjt5c1mu@google.com"
    desc = (
        "Hi Grace - looking forward to chatting! I lead the CS org here at Foxglove; we'll talk about the "
        "Senior CSM role, your approach to renewals, and what you're looking for next.\n\nNatalie\n\n"
        + meet("ewg-dyvb-qzs")
    )
    out.append(Ev(
        "google-hm", cal(ve(
            uid, "Grace <> Natalie | Foxglove hiring manager chat", tor("20251024T111500"), tor("20251024T120000"),
            desc=desc, loc="https://meet.google.com/ewg-dyvb-qzs",
            orgz=org("Natalie Brooks", "natalie@foxglovecommerce.com"),
            atts=[att("Natalie Brooks", "natalie@foxglovecommerce.com", ps="ACCEPTED"), me],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Foxglove Commerce", "Senior CSM", "hiring_manager", "natalie@foxglovecommerce.com",
        "google-hm-en"))

    uid = "6jd0b3s8r2u5n7kq1e9o4ct2vh@google.com"
    desc = (
        "Case presentation for the Senior CSM role.\n\nPrompt (sent by email): a mid-market merchant is 60 days "
        "from renewal, usage is down 30% and their champion just left. Walk us through your plan (15-20 min) "
        "then we'll dig in.\n\nAudience: Natalie Brooks, Omar Farouk (Sales), Jess Tran (Support Lead)\n\n"
        + meet("tmh-rcxa-ovk")
    )
    out.append(Ev(
        "google-case", cal(ve(
            uid, "Foxglove: case presentation - Grace M.", tor("20251107T130000"), tor("20251107T140000"),
            desc=desc, loc="https://meet.google.com/tmh-rcxa-ovk",
            orgz=org("Natalie Brooks", "natalie@foxglovecommerce.com"),
            atts=[att("Natalie Brooks", "natalie@foxglovecommerce.com", ps="ACCEPTED"), me,
                  att("Omar Farouk", "omar@foxglovecommerce.com"), att("Jess Tran", "jess@foxglovecommerce.com")],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Foxglove Commerce", "Senior CSM", "technical",
        "natalie@foxglovecommerce.com;omar@foxglovecommerce.com;jess@foxglovecommerce.com", "google-case-en"))

    uid = "b9f3a2c1-44e7-4d1a-9e0c-6f85d2a17c3b"
    desc = (
        "Hi Grace,\n\nAs discussed, here's our technical/product session for the Customer Success Engineer "
        "role: a walkthrough of our API console and a short troubleshooting exercise.\n\nCheers,\nRohan "
        "Mehta\nTrillium Cloud Services"
    )
    out.append(Ev(
        "thunderbird-direct", cal(ve(
            uid, "Interview: product walkthrough + troubleshooting (TCS)", tor("20251015T100000"),
            tor("20251015T110000"), desc=desc, loc="https://tcs-cloud.whereby.com/rohan",
            orgz=org("Rohan Mehta", "rohan.mehta@tcs-cloud.com"),
            atts=[att("Rohan Mehta", "rohan.mehta@tcs-cloud.com", ps="ACCEPTED"), me],
            extra=["X-MOZ-SEND-INVITATIONS:TRUE", "X-MOZ-GENERATION:1"], created="20251009T142211Z",
            status=None,
        ), prodid=THUNDERBIRD, tz=(TZ_TORONTO,)),
        uid, 1, "Trillium Cloud Services", "Customer Success Engineer", "technical", "rohan.mehta@tcs-cloud.com",
        "thunderbird-abbrev-domain-en"))

    uid = "E3B1A7C9-5D2F-4E81-A06B-9C4D7F2E1B35"
    desc = (
        "Grace - great to connect. Let's do 45 min on the CS Team Lead role; I'll share more about the team "
        "and you can grill me too. Coffee's on me.\n\nJulian"
    )
    out.append(Ev(
        "apple-hm-icloud", cal(ve(
            uid, "Interview - CS Team Lead (Ostara)", tor("20251031T083000"), tor("20251031T091500"), desc=desc,
            loc="Ostara Health\n111 Peter St\nToronto ON M5V 2H1\nCanada",
            orgz=org("Julian Reyes", "julian.reyes@icloud.com"),
            atts=[att("Julian Reyes", "julian.reyes@icloud.com", ps="ACCEPTED"), me],
            extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
                   "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=111 Peter St\\nToronto ON M5V 2H1\\nCanada;"
                   "X-APPLE-RADIUS=70.5;X-TITLE=Ostara Health:geo:43.648612,-79.392718"],
            status=None, seq=0,
        ), prodid=APPLE, tz=(TZ_TORONTO,)),
        uid, 1, "Ostara Health", "CS Team Lead", "hiring_manager", "julian.reyes@icloud.com",
        "apple-hm-icloud-en"))

    uid = "0q4tr7m2b5e8j1k9h6c3d0nfa2@google.com"
    desc = (
        "Hi Grace,\n\nThanks again for your time with Maya last week. Next step is a 45-minute interview with "
        "me and Kenji about the Senior CSM role at Driftwood Labs. We'll cover onboarding playbooks and a "
        "couple of tricky customer scenarios.\n\nBest,\nElla Novak\n\n"
        + zoom("https://us06web.zoom.us/j/84590127733?pwd=ZHJpZnR3b29k", "845 9012 7733", "DW2025")
    )
    out.append(Ev(
        "google-company-body-only", cal(ve(
            uid, "Interview - Senior CSM", tor("20251023T150000"), tor("20251023T154500"), desc=desc,
            loc="Zoom", orgz=org("Ella Novak", "ella@dftwd.io"),
            atts=[att("Ella Novak", "ella@dftwd.io", ps="ACCEPTED"), me, att("Kenji Watanabe", "kenji@dftwd.io")],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Driftwood Labs", "Senior CSM", "", "ella@dftwd.io;kenji@dftwd.io", "company-in-body-only-en"))

    uid = "a18c6f0e2b4d@talentnord.ca"
    desc = (
        "Bonjour Grace,\n\nTel que discuté, voici la confirmation de votre entrevue chez notre client, "
        "Assurances Belvoir, pour le poste de Conseillère principale, Gestion de comptes (Québec).\n\n"
        "Vous rencontrerez Marc-André Tremblay, directeur Ventes et service, ainsi que Julie Caron, "
        "partenaire RH.\nAdresse : 1000 de la Gauchetière O., 24e étage, Montréal\n\n"
        "Bonne chance !\nValérie Desrosiers, conseillère en recrutement, Talent Nord"
    )
    out.append(Ev(
        "agency-fr-employer-body", cal(ve(
            uid, "Entrevue – Assurances Belvoir (Conseillère principale, Gestion de comptes)",
            tor("20251113T140000"), tor("20251113T150000"), desc=desc,
            loc="1000 de la Gauchetière O.\\, 24e étage\\, Montréal".replace("\\,", ","),
            orgz=org("Valérie Desrosiers", "vdesrosiers@talentnord.ca"), atts=[me],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Assurances Belvoir", "Conseillère principale, Gestion de comptes", "",
        "marc-andré tremblay;julie caron", "agency-fr-names-only"))

    uid = "040000008200E00074C5B7101A82E00800000000C41D7E5F99DBDB010000000000000000100000003FB2D6A8"
    desc = (
        "Hola Grace,\n\nTe comparto la invitación para la entrevista con el equipo para el puesto de Customer "
        "Success Manager (cuentas de Canadá y EE. UU., remoto). Estaremos Rodrigo Salas (gerente de Customer "
        "Success) y yo.\n\n" + teams("es")
        + "\n\nSaludos,\nDaniela Ortiz\nAdquisición de Talento | Andina Cloud"
    )
    out.append(Ev(
        "outlook-mexico-es", cal(ve(
            uid, "Entrevista Grace Mensah - CSM Norteamérica", ";TZID=America/Mexico_City:20251111T100000",
            ";TZID=America/Mexico_City:20251111T110000", desc=desc, loc="Reunión de Microsoft Teams",
            orgz=org("Ortiz, Daniela", "daniela.ortiz@andinacloud.mx"),
            atts=[att("Grace Mensah", ME_FREE), att("Salas, Rodrigo", "rodrigo.salas@andinacloud.mx")],
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"], status=None,
        ), prodid=OUTLOOK, tz=(TZ_MEXICO,)),
        uid, 1, "Andina Cloud", "Customer Success Manager", "",
        "daniela.ortiz@andinacloud.mx;rodrigo.salas@andinacloud.mx", "outlook-teams-es"))

    uid = "1f6a8d3c0e2b4a79@lumiere-analytique.ca"
    desc = (
        "Bonjour Grace,\n\nPrenons un moment pour discuter du poste de responsable de l'équipe Succès client "
        "et de tes attentes. Lien Zoom ci-dessous.\n\nGeneviève\n\n"
        + zoom("https://lumiere-analytique.zoom.us/j/89911240573", "899 1124 0573", "lumiere")
    )
    out.append(Ev(
        "direct-fr-no-stage", cal(ve(
            uid, "Discussion – poste Responsable Succès client (Lumière Analytique)", tor("20251105T120000"),
            tor("20251105T124500"), desc=desc, loc="Zoom",
            orgz=org("Geneviève Lapointe", "glapointe@lumiere-analytique.ca"),
            atts=[att("Geneviève Lapointe", "glapointe@lumiere-analytique.ca", ps="ACCEPTED"), me],
        ), prodid="-//Zoom Video Communications//Zoom//FR", tz=(TZ_TORONTO,)),
        uid, 1, "Lumière Analytique", "Responsable Succès client", "",
        "glapointe@lumiere-analytique.ca", "direct-fr-discussion"))

    uid = "040000008200E00074C5B7101A82E00800000000D2A8C4E71ADCDB01000000000000000010000000A7B3C9D1"
    desc = (
        "Hi Grace,\n\nPlease find below the invite for your onsite interviews for Senior Customer Success "
        "Manager. You'll meet Kavya Reddy (Director, CS) and Tom Beaulieu (Solutions Engineering) in "
        "Meeting Room Huron. Reception will call me when you arrive.\n\nThanks,\nLaura Chen\nTalent Coordinator, "
        "Stratacore"
    )
    out.append(Ev(
        "outlook-onsite-room", cal(ve(
            uid, "Onsite interview - Grace Mensah (Senior CSM)", win("20251126T100000"), win("20251126T113000"),
            desc=desc, loc="Stratacore HQ - Meeting Room Huron; 25 York St, Toronto",
            orgz=org("Chen, Laura", "laura.chen@stratacore.com"),
            atts=[att("Grace Mensah", ME_FREE), att("Reddy, Kavya", "kavya.reddy@stratacore.com"),
                  att("Beaulieu, Tom", "tom.beaulieu@stratacore.com"),
                  room("Toronto-7-Huron (10) AV", "tor7huron@stratacore.com"),
                  "ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN=Visitor Badge Desk:mailto:badges@stratacore.com"],
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"], status=None,
        ), prodid=OUTLOOK, tz=(TZ_WIN_EASTERN,)),
        uid, 1, "Stratacore", "Senior Customer Success Manager", "onsite",
        "kavya.reddy@stratacore.com;tom.beaulieu@stratacore.com", "outlook-onsite-room-resource-coordinator-en"))

    uid = "040000008200E00074C5B7101A82E00800000000E59B3A6C2BDCDB0100000000000000001000000066D1F0B4"
    desc = (
        "Hi Grace,\n\nthanks for your time last week. As promised, here is the invite for the second "
        "interview for Customer Success Manager (Canada) with our Head of Customer Success, Felix Wagner.\n\n"
        + teams("de")
        + "\n\nViele Grüße\nAnna Schubert\nTalent Acquisition · Kleinfeld Analytics AG · Zürich"
    )
    out.append(Ev(
        "outlook-w-europe-de", cal(ve(
            uid, "2nd interview: Grace Mensah - CSM Canada", win("20251204T170000", "W. Europe Standard Time"),
            win("20251204T174500", "W. Europe Standard Time"), desc=desc, loc="Microsoft Teams-Besprechung",
            orgz=org("Schubert, Anna", "anna.schubert@kleinfeld-analytics.ch"),
            atts=[att("Grace Mensah", ME_FREE), att("Wagner, Felix", "felix.wagner@kleinfeld-analytics.ch")],
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"], status=None,
        ), prodid=OUTLOOK, tz=(TZ_WIN_W_EUROPE,)),
        uid, 1, "Kleinfeld Analytics", "Customer Success Manager (Canada)", "hiring_manager",
        "felix.wagner@kleinfeld-analytics.ch", "outlook-w-europe-teams-de"))

    return out


PARIS = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
