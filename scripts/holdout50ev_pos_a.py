"""holdout50: Amélie Dufour's own interviews, part A (Belgium and Luxembourg, mostly French)."""

from __future__ import annotations

from holdout50ev_ics import ME, UTC1, WORK, att, cal, desc, esc, lbl, meet, org, teams, tz, zoom

BXL = "Europe/Brussels"


def build() -> list[tuple[str, str, list[dict[str, str]]]]:
    out: list[tuple[str, str, list[dict[str, str]]]] = []

    uid = "tt-7f3a91c2-4e0b-4d5e-9a61-verhaegen-int-20251007"
    out.append(("teamtailor-fr", cal([[
        "DTSTART;TZID=Europe/Brussels:20251007T100000", "DTEND;TZID=Europe/Brussels:20251007T103000",
        "DTSTAMP:20250930T141205Z", f"UID:{uid}",
        org("charlotte.rasson@verhaegen-chocolat.be", "Charlotte Rasson"),
        att(ME, "Amélie Dufour"), att("charlotte.rasson@verhaegen-chocolat.be", "Charlotte Rasson", ps="ACCEPTED"),
        "SUMMARY:Entretien : Amélie Dufour / Maison Verhaegen – Brand Manager",
        desc("Bonjour Amélie,\n\nMerci pour votre candidature au poste de Brand Manager chez Maison Verhaegen. "
             "Charlotte Rasson (Talent Acquisition) vous appellera en visio pour un premier échange "
             "d'environ 30 minutes.\n\n" + meet("fr", "vhn-qzrt-kpa") +
             "\n\nEnvoyé via Teamtailor"),
        "LOCATION:https://meet.google.com/vhn-qzrt-kpa", "SEQUENCE:0", "STATUS:CONFIRMED",
    ]], "-//Teamtailor//Teamtailor Calendar//EN", zones=[tz(BXL)]),
        [lbl(uid, 1, "Maison Verhaegen", "Brand Manager", "recruiter_screen",
             "charlotte.rasson@verhaegen-chocolat.be", "teamtailor-fr")]))

    uid = "0C6B2A4E-91F7-4B53-8E2D-3F1D77A0C915"
    out.append(("handtyped-ios-fr", cal([[
        "CREATED:20251010T182233Z", f"UID:{uid}", "DTEND;TZID=Europe/Brussels:20251016T150000",
        "SUMMARY:Verhaegen - 2e entretien (H. Vroman\\, dir. marketing)",
        "LOCATION:Rue de la Régence 42\\, 1000 Bruxelles", "DTSTART;TZID=Europe/Brussels:20251016T140000",
        "DTSTAMP:20251010T182240Z", "SEQUENCE:0",
        desc("Apporter portfolio campagnes Delvaux. Sonner chez Verhaegen, 2e étage."),
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "TRIGGER:-PT1H", "END:VALARM",
    ]], "apple", method=None, zones=[tz(BXL)]),
        [lbl(uid, 1, "Maison Verhaegen", "", "hiring_manager", "H. Vroman", "handtyped-ios-fr")]))

    uid = "personio-interview-88213-lambermont"
    out.append(("personio-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251002T080312Z",
        "DTSTART;TZID=Europe/Brussels:20251009T143000", "DTEND;TZID=Europe/Brussels:20251009T153000",
        "SUMMARY:Entretien pour le poste Senior Brand Manager Bières Spéciales",
        org("recrutement@lambermont.be", "Brasserie Lambermont – Recrutement"),
        att(ME, "Amélie Dufour"),
        att("s.collard@lambermont.be", "Sébastien Collard"),
        att("j.piron@lambermont.be", "Julie Piron", role="OPT-PARTICIPANT"),
        desc("Bonjour Amélie Dufour,\n\nNous avons le plaisir de vous inviter à un entretien avec Sébastien "
             "Collard, Head of Marketing. Julie Piron (RH) rejoindra en observatrice et s'occupe de la "
             "logistique.\n\n" + teams("fr") + "\n\nBrasserie Lambermont SA\nPropulsé par Personio"),
        "LOCATION:Microsoft Teams",
    ]], "-//Personio GmbH//Personio Recruiting//DE", zones=[tz(BXL)]),
        [lbl(uid, 1, "Brasserie Lambermont", "Senior Brand Manager Bières Spéciales", "hiring_manager",
             "s.collard@lambermont.be", "personio-fr")]))

    uid = ("040000008200E00074C5B7101A82E00800000000B0E3A5F2C53ADC01000000000000000010000000"
           "5D1C2E7A0F8B4A4C9E61F0A9B3D2C711")
    out.append(("outlook-windows-final-fr", cal([[
        "CLASS:PUBLIC", "CREATED:20251020T091544Z",
        desc("Bonjour Amélie,\n\nSuite à nos échanges, nous vous proposons un dernier entretien avec Benoît "
             "Lambermont (CEO) et moi-même, suivi d'une visite de la brasserie.\n\nAdresse : Chaussée de "
             "Louvain 211, 5000 Namur – parking visiteurs à gauche.\n\nBien à vous,\nSébastien"),
        "DTEND;TZID=Romance Standard Time:20251028T120000", "DTSTAMP:20251020T091544Z",
        "DTSTART;TZID=Romance Standard Time:20251028T100000", "LAST-MODIFIED:20251020T091544Z",
        "LOCATION:Brasserie Lambermont\\, Namur", "PRIORITY:5", "SEQUENCE:0",
        "SUMMARY;LANGUAGE=fr-BE:Entretien final + visite brasserie", "TRANSP:OPAQUE", f"UID:{uid}",
        org("s.collard@lambermont.be", "Collard, Sébastien"),
        att(ME, "amelie.dufour@skynet.be"), att("b.lambermont@lambermont.be", "Lambermont, Benoît"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]], "outlook", zones=[tz("Romance Standard Time", outlook=True)]),
        [lbl(uid, 1, "Brasserie Lambermont", "", "final", "s.collard@lambermont.be;b.lambermont@lambermont.be",
             "outlook-windows-final-fr")]))

    uid = "WD-INTERVIEW-LDA-R004512-00031"
    out.append(("workday-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251003T121900Z",
        "DTSTART:20251013T080000Z", "DTEND:20251013T084500Z",
        "SUMMARY:Entretien - Category Brand Manager Yaourts (R-004512) - Amélie Dufour",
        org("lda@myworkday.com", "LDA Talent Acquisition"),
        att(ME, "Amélie Dufour"), att("nathalie.gerard@lda-dairy.be", "Nathalie Gérard"),
        desc("Madame Dufour,\n\nVous êtes invitée à un entretien RH pour le poste Category Brand Manager "
             "Yaourts (R-004512) au sein de la Laiterie des Ardennes.\nInterlocutrice : Nathalie Gérard, "
             "Talent Acquisition Partner.\nFormat : appel vidéo (lien Teams envoyé séparément).\n\n"
             "Ceci est un message automatique généré par Workday."),
    ]], "-//Workday//Workday Recruiting//EN"),
        [lbl(uid, 1, "Laiterie des Ardennes", "Category Brand Manager Yaourts", "recruiter_screen",
             "nathalie.gerard@lda-dairy.be", "workday-utc-fr")]))

    uid = "6a0e1b1d8c4f4b7f@lda-dairy.be"
    out.append(("google-case-fr", cal([[
        "DTSTART;TZID=Europe/Brussels:20251024T090000", "DTEND;TZID=Europe/Brussels:20251024T113000",
        "DTSTAMP:20251015T101010Z", org("olivier.lambert@lda-dairy.be", "Olivier Lambert"), f"UID:{uid}",
        att("olivier.lambert@lda-dairy.be", "Olivier Lambert", ps="ACCEPTED"),
        att("nathalie.gerard@lda-dairy.be", "Nathalie Gérard", role="OPT-PARTICIPANT", ps="ACCEPTED"),
        att(ME, "amelie.dufour@skynet.be"),
        att("c2-salle-ourthe@lda-dairy.be", "Marche-en-Famenne-Bât.C-Salle Ourthe (10)", cutype="ROOM",
            role="NON-PARTICIPANT"),
        desc("Amélie, comme convenu : présentation de votre business case (relance de la gamme Yaourts "
             "Fermiers, 20 min) puis questions avec Olivier Lambert, Directeur Marketing. Nathalie "
             "vous accueille à la réception et ne participe pas à l'entretien."),
        "LOCATION:LDA – Rue des Laiteries 5\\, 6900 Marche-en-Famenne",
        "SUMMARY:LDA – Business case Category Brand Manager", "STATUS:CONFIRMED", "SEQUENCE:1",
        "TRANSP:OPAQUE",
    ]], "google", zones=[tz(BXL)], head=["X-WR-TIMEZONE:Europe/Brussels"]),
        [lbl(uid, 1, "Laiterie des Ardennes", "Category Brand Manager", "technical",
             "olivier.lambert@lda-dairy.be", "google-case-room-fr")]))

    uid = "sf-interview-COLMART-41877-1"
    out.append(("successfactors-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251006T070501Z", "SEQUENCE:0",
        "DTSTART;TZID=Europe/Brussels:20251014T110000", "DTEND;TZID=Europe/Brussels:20251014T120000",
        "SUMMARY:Invitation à un entretien - Brand Manager Marques Propres",
        org("noreply@successfactors.eu", "Colmart Recrutement"),
        att(ME, "Amélie Dufour"), att("koen.vermeulen@colmart.be", "Koen Vermeulen"),
        desc("Chère Amélie,\n\nNous vous confirmons votre entretien pour le poste de Brand Manager Marques "
             "Propres (réf. 41877).\nVous rencontrerez Koen Vermeulen, Head of Private Label.\n"
             "Lieu : Colmart Siège, Brusselsesteenweg 347, 1730 Asse.\n\nCordialement,\nL'équipe "
             "Recrutement Colmart"),
        "LOCATION:Colmart Siège\\, Asse",
    ]], "-//SAP SuccessFactors//Interview Scheduling//EN", zones=[tz(BXL)]),
        [lbl(uid, 1, "Colmart", "Brand Manager Marques Propres", "hiring_manager", "koen.vermeulen@colmart.be",
             "successfactors-fr")]))

    uid = ("040000008200E00074C5B7101A82E0080000000060A2B8C1D93EDC01000000000000000010000000"
           "A3F5E1B2C4D64E8F9A0B1C2D3E4F5061")
    out.append(("outlook-case-fr", cal([[
        f"UID:{uid}", "SUMMARY;LANGUAGE=fr-BE:Colmart – Étude de cas Marques Propres (A. Dufour)",
        "DTSTART;TZID=Romance Standard Time:20251104T133000", "DTEND;TZID=Romance Standard Time:20251104T150000",
        "DTSTAMP:20251027T154420Z", "SEQUENCE:0", "PRIORITY:5", "CLASS:PUBLIC",
        org("recrutement@colmart.be", "Recrutement Colmart", sent_by="ines.baert@colmart.be"),
        att(ME, "Amélie Dufour"), att("koen.vermeulen@colmart.be", "Vermeulen, Koen"),
        att("anne.delcourt@colmart.be", "Delcourt, Anne"),
        att("ines.baert@colmart.be", "Baert, Inès", role="OPT-PARTICIPANT"),
        att("asse-hq-1.04@colmart.be", "ASSE HQ 1.04 Bruegel", cutype="RESOURCE", role="NON-PARTICIPANT"),
        desc("Bonjour Madame Dufour,\n\nVoici l'invitation pour la présentation de votre étude de cas "
             "(30 min) suivie d'un échange avec Koen Vermeulen et Anne Delcourt (Directrice Marketing & "
             "Communication). Inès Baert, coordinatrice recrutement, vous accueillera.\n\nBien à vous"),
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Bonjour Madame Dufour\\,</p><p>Présentation de votre "
        "étude de cas suivie d'un échange avec Koen Vermeulen et Anne Delcourt.</p></body></html>",
        "LOCATION:Salle Bruegel 1.04", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    ]], "outlook", zones=[tz("Romance Standard Time", outlook=True)]),
        [lbl(uid, 1, "Colmart", "", "technical", "koen.vermeulen@colmart.be;anne.delcourt@colmart.be",
             "outlook-sentby-resource-fr")]))

    uid = ("040000008200E00074C5B7101A82E00800000000D0C1F0E3A23FDC01000000000000000010000000"
           "77C1E0F9B8A64D31A2E5C4B3D2F10E9A")
    out.append(("outlook-utc-display-en", cal([[
        "CLASS:PUBLIC", "DTSTAMP:20251008T130209Z", "SEQUENCE:0", f"UID:{uid}",
        f'DTSTART;TZID="{UTC1}":20251015T160000', f'DTEND;TZID="{UTC1}":20251015T170000',
        "SUMMARY;LANGUAGE=en-US:Interview Amélie Dufour - Marketing Manager Frozen",
        org("lien.desmet@vanhoutte-foods.be", "De Smet, Lien"),
        att(ME, "Amélie Dufour"), att("pieter.claes@vanhoutte-foods.be", "Claes, Pieter"),
        desc("Hi Amélie,\n\nThank you for your interest in Vanhoutte Foods. Pieter Claes (Business Unit "
             "Director Frozen) and I look forward to speaking with you.\n\nKind regards,\nLien De Smet\n"
             "HR Manager\n\n" + teams("en")),
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi Amélie\\,</p><p>Thank you for your interest in "
        "Vanhoutte Foods.</p></body></html>",
        "LOCATION:Microsoft Teams Meeting", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], "outlook", zones=[tz(UTC1, outlook=True)]),
        [lbl(uid, 1, "Vanhoutte Foods", "Marketing Manager Frozen", "",
             "lien.desmet@vanhoutte-foods.be;pieter.claes@vanhoutte-foods.be", "outlook-utc-display-en")]))

    uid = "3rkq9d0v5a1l7m2h8c6j4e0s1u@google.com"
    out.append(("founder-gmail-en", cal([[
        "DTSTART:20251021T073000Z", "DTEND:20251021T083000Z", "DTSTAMP:20251014T200145Z",
        org("thomas.kraakgranola@gmail.com", "Thomas Peeters"), f"UID:{uid}",
        att("thomas.kraakgranola@gmail.com", "Thomas Peeters", ps="ACCEPTED"), att(ME, "Amélie Dufour"),
        "SUMMARY:Coffee + chat about the Head of Brand role @ Kraak",
        desc("Hi Amélie - great to connect via Lotte. Let's grab a coffee at our place in Ixelles and talk "
             "about how you'd build the Kraak Granola brand in FR/NL supermarkets. I'll bring the numbers.\n"
             "Thomas (co-founder)"),
        "LOCATION:Kraak Granola HQ\\, Rue Gray 88\\, 1050 Ixelles", "STATUS:CONFIRMED", "SEQUENCE:0",
    ]], "google"),
        [lbl(uid, 1, "Kraak Granola", "Head of Brand", "hiring_manager", "thomas.kraakgranola@gmail.com",
             "founder-gmail-coffee-en")]))

    uid = "5hq2b7n1x0c3@google.com"
    out.append(("founder-team-lunch-en", cal([[
        "DTSTART;TZID=Europe/Brussels:20251104T120000", "DTEND;TZID=Europe/Brussels:20251104T140000",
        "DTSTAMP:20251027T093310Z", org("thomas.kraakgranola@gmail.com", "Thomas Peeters"), f"UID:{uid}",
        att(ME, "Amélie Dufour"), att("lotte@kraakgranola.be", "Lotte Wuyts"),
        att("sam@kraakgranola.be", "Sam Hendrickx"),
        "SUMMARY:Kraak - meet the team (lunch) + final round",
        desc("Final step: lunch with Lotte (ops) and Sam (sales), then 45 min with me to wrap up.\n"
             "Bring your 90-day plan for the Kraak brand!"),
        "LOCATION:Rue Gray 88\\, Ixelles",
    ]], "google", zones=[tz(BXL)]),
        [lbl(uid, 1, "Kraak Granola", "", "final",
             "thomas.kraakgranola@gmail.com;lotte@kraakgranola.be;sam@kraakgranola.be", "founder-lunch-final-en")]))

    uid = "A7E2C4D1-55B0-4E8A-B1C9-0D2F3E4A5B6C"
    out.append(("phone-screen-handtyped-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251001T171102Z", "CREATED:20251001T171058Z",
        "DTSTART;TZID=Europe/Brussels:20251003T123000", "DTEND;TZID=Europe/Brussels:20251003T130000",
        "SUMMARY:Appel tél. Sources de Chevron (RH) – Marie-Laure Gillet",
        desc("Elle m'appelle sur mon GSM. Poste : Brand Manager Eaux aromatisées. Prévoir salaire actuel + "
             "préavis."),
    ]], "apple", method=None, zones=[tz(BXL)]),
        [lbl(uid, 1, "Sources de Chevron", "Brand Manager Eaux aromatisées", "recruiter_screen",
             "Marie-Laure Gillet", "phone-screen-handtyped-fr")]))

    uid = ("040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC01000000000000000010000000"
           "0A1B2C3D4E5F60718293A4B5C6D7E8F9")
    out.append(("outlook-hm-fr", cal([[
        f"UID:{uid}", "SUMMARY;LANGUAGE=fr-FR:Entretien Amélie Dufour / Stéphane Hock",
        'DTSTART;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251017T090000',
        'DTEND;TZID="(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris":20251017T100000',
        "DTSTAMP:20251009T111500Z", "SEQUENCE:0",
        org("stephane.hock@sources-chevron.be", "Hock, Stéphane"), att(ME, "Dufour, Amélie"),
        desc("Madame,\n\nComme convenu avec Marie-Laure, je vous propose un entretien pour le poste de Brand "
             "Manager Eaux aromatisées. Je suis responsable du département Marketing.\n\nAu plaisir,\n"
             "Stéphane Hock\nSources de Chevron SA – Stoumont"),
        "LOCATION:Stoumont – bureaux administratifs", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], "outlook", zones=[tz("(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris", outlook=True)]),
        [lbl(uid, 1, "Sources de Chevron", "Brand Manager Eaux aromatisées", "hiring_manager",
             "stephane.hock@sources-chevron.be", "outlook-display-tz-fr")]))

    uid = "b2c0f6a8-3e71-4f0d-a7c9-thunderbird-terrasolis"
    out.append(("thunderbird-floating-fr", cal([[
        "CREATED:20251005T090000Z", "LAST-MODIFIED:20251005T090412Z", "DTSTAMP:20251005T090412Z", f"UID:{uid}",
        "SUMMARY:Entretien – Responsable Marketing & Communication (Terrasolis)",
        org("j.mathy@terrasolis.coop", "Jacques Mathy"),
        att(ME, "Amélie Dufour", ps="NEEDS-ACTION"),
        att("f.dubuisson@terrasolis.coop", "Françoise Dubuisson"),
        "DTSTART:20251022T140000", "DTEND:20251022T153000",
        "LOCATION:Coopérative Terrasolis\\, Rue Saint-Gilles 120\\, 4000 Liège",
        desc("Bonjour Madame Dufour,\n\nNous vous attendons pour un entretien avec Françoise Dubuisson "
             "(présidente du CA) et moi-même (directeur).\nÀ bientôt,\nJacques Mathy"),
        "X-MOZ-GENERATION:1",
    ]], "thunderbird"),
        [lbl(uid, 1, "Coopérative Terrasolis", "Responsable Marketing & Communication", "",
             "j.mathy@terrasolis.coop;f.dubuisson@terrasolis.coop", "thunderbird-floating-fr")]))

    uid = "calcom-9b1f2e7a-hopperfinch"
    out.append(("calcom-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251011T094011Z",
        "DTSTART:20251020T123000Z", "DTEND:20251020T133000Z",
        "SUMMARY:Case interview between Hopper & Finch and Amélie Dufour",
        org("margaux@hopperfinch.com", "Margaux Leroy"),
        att(ME, "Amélie Dufour", ps="ACCEPTED"),
        desc("What: Case interview (Brand Strategy Director)\nInvitee time zone: Europe/Brussels\n"
             "Who:\nMargaux Leroy - Organizer\nmargaux@hopperfinch.com\nAmélie Dufour\n" + ME +
             "\nWhere: Cal Video https://app.cal.com/video/4kq8Zr2mVw\n\nNeed to make a change? Cancel or "
             "reschedule at https://app.cal.com/booking/4kq8Zr2mVw"),
        "LOCATION:https://app.cal.com/video/4kq8Zr2mVw", "STATUS:CONFIRMED",
    ]], "-//Cal.com Inc.//Cal.com Event//EN"),
        [lbl(uid, 1, "Hopper & Finch", "Brand Strategy Director", "technical", "margaux@hopperfinch.com",
             "calcom-case-en")]))

    uid = "6ka5vsd0p2m9q1jf7t3r8h4lbe@google.com"
    out.append(("google-meet-screen-fr", cal([[
        "DTSTART;TZID=Europe/Brussels:20251008T170000", "DTEND;TZID=Europe/Brussels:20251008T173000",
        "DTSTAMP:20251006T152233Z", org("talent@hopperfinch.com", "Talent Hopper & Finch"), f"UID:{uid}",
        att(ME, "Amélie Dufour"), att("talent@hopperfinch.com", "Talent Hopper & Finch", ps="ACCEPTED"),
        att("noemie@hopperfinch.com", "Noémie Van Acker", ps="ACCEPTED"),
        "SUMMARY:H&F – premier échange (Brand Strategy Director) – Amélie Dufour",
        desc("Premier échange de 30 minutes avec Noémie (people & culture) pour faire connaissance.\n\n" +
             meet("fr", "ofw-hjkd-tmr")),
        "LOCATION:", "STATUS:CONFIRMED",
    ]], "google", zones=[tz(BXL)]),
        [lbl(uid, 1, "Hopper & Finch", "Brand Strategy Director", "recruiter_screen", "noemie@hopperfinch.com",
             "google-meet-shared-inbox-fr")]))

    uid = "evt_0f9d2a7c61b84e35@calendly.com"
    out.append(("calendly-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251012T082010Z",
        "DTSTART:20251016T090000Z", "DTEND:20251016T093000Z",
        "SUMMARY:Amélie Dufour et Inès Mertens",
        org("ines@petitspotsleon.be", "Inès Mertens"), att(ME, "Amélie Dufour", ps="ACCEPTED"),
        desc("Type d'événement : Call recrutement – Head of Marketing (30 min)\n\nNom de l'invité : Amélie "
             "Dufour\nE-mail de l'invité : " + ME + "\n\nPetits Pots Léon – la purée bio des Bruxellois\n\n" +
             zoom("fr", "846 2290 1573") + "\n\nPropulsé par Calendly.com"),
        "LOCATION:Zoom",
    ]], "-//Calendly//Calendly//EN"),
        [lbl(uid, 1, "Petits Pots Léon", "Head of Marketing", "recruiter_screen", "ines@petitspotsleon.be",
             "calendly-fr")]))

    uid = ("040000008200E00074C5B7101A82E00800000000A1F3C5E7B9D1DC01000000000000000010000000"
           "4F3E2D1C0B0A09080706050403020100")
    out.append(("outlook-sentby-lu-fr", cal([[
        "CLASS:PUBLIC", "DTSTAMP:20251013T103030Z", f"UID:{uid}", "SEQUENCE:0",
        "DTSTART;TZID=W. Europe Standard Time:20251023T100000", "DTEND;TZID=W. Europe Standard Time:20251023T113000",
        "SUMMARY;LANGUAGE=fr-LU:Entretien – Responsable Marque Crémant",
        org("paul.weber@caves-wellenstein.lu", "Weber, Paul", sent_by="carole.schmit@caves-wellenstein.lu"),
        att(ME, "Amélie Dufour"), att("carole.schmit@caves-wellenstein.lu", "Schmit, Carole", role="OPT-PARTICIPANT"),
        att("salle.pinot@caves-wellenstein.lu", "Salle Pinot", cutype="ROOM", role="NON-PARTICIPANT"),
        desc("Madame Dufour,\n\nPar la présente, M. Paul Weber, Directeur Commercial & Marketing des Caves "
             "Wellenstein, a le plaisir de vous recevoir pour un entretien.\nAdresse : Route du Vin 12, "
             "L-5450 Stadtbredimus.\n\nCarole Schmit\nAssistante de direction"),
        "LOCATION:Salle Pinot\\, Stadtbredimus", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    ]], "outlook", zones=[tz("W. Europe Standard Time", outlook=True)]),
        [lbl(uid, 1, "Caves Wellenstein", "Responsable Marque Crémant", "hiring_manager",
             "paul.weber@caves-wellenstein.lu", "outlook-sentby-assistant-lu-fr")]))

    uid = "WD-KASCHTEL-JR2025118-ONSITE"
    out.append(("workday-onsite-lu-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251101T101000Z",
        "DTSTART:20251112T080000Z", "DTEND:20251112T110000Z",
        "SUMMARY:Entretiens sur site - Brand & Communication Manager (JR-2025-118)",
        org("kaschtel@myworkday.com", "Kaschtel Retail - Talent"),
        att(ME, "Amélie Dufour"), att("m.kieffer@kaschtel.lu", "Mireille Kieffer"),
        att("j.thill@kaschtel.lu", "Jeff Thill"), att("a.lopes@kaschtel.lu", "Ana Lopes"),
        desc("Bonjour Amélie,\n\nProgramme de votre journée à Bertrange :\n09:00 Mireille Kieffer – Head of "
             "Marketing\n09:45 Jeff Thill – Directeur Commercial\n10:30 Ana Lopes – Responsable Communication"
             "\n\nMerci de vous présenter à l'accueil du siège, Rue de Luxembourg 3, L-8077 Bertrange.\n"
             "Kaschtel Retail S.A. – Workday"),
        "LOCATION:Kaschtel Retail – siège Bertrange",
    ]], "-//Workday//Workday Recruiting//EN"),
        [lbl(uid, 1, "Kaschtel Retail", "Brand & Communication Manager", "onsite",
             "m.kieffer@kaschtel.lu;j.thill@kaschtel.lu;a.lopes@kaschtel.lu", "workday-onsite-lu-fr")]))

    uid = "1C2D3E4F-AAAA-4B5B-9C9C-VANDERMEULEN01"
    out.append(("handtyped-terse-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251018T065501Z",
        "DTSTART;TZID=Europe/Brussels:20251027T083000", "DTEND;TZID=Europe/Brussels:20251027T093000",
        "SUMMARY:Entretien Vandermeulen", "LOCATION:Anderlecht",
    ]], "mac", method=None, zones=[tz(BXL)]),
        [lbl(uid, 1, "Vandermeulen", "", "", "", "handtyped-terse-fr")]))

    uid = "talentis-rdv-20251029-marchal-7731"
    out.append(("agency-names-employer-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251022T143210Z",
        "DTSTART;TZID=Europe/Brussels:20251029T110000", "DTEND;TZID=Europe/Brussels:20251029T120000",
        "SUMMARY:Entretien chez Confitures Marchal – Brand Manager (via Talentis)",
        org("v.hermans@talentis.be", "Valérie Hermans – Talentis Consulting"),
        att(ME, "Amélie Dufour"),
        desc("Chère Amélie,\n\nJe vous confirme votre entretien chez notre client Confitures Marchal "
             "(Wavre). Vous rencontrerez Mme Sophie Marchal, CMO, et M. Éric Dubois, DRH.\nJe ne serai pas "
             "présente mais appelez-moi juste après !\n\nValérie Hermans\nSenior Consultant – Talentis "
             "Consulting"),
        "LOCATION:Confitures Marchal\\, Avenue Lavoisier 14\\, 1300 Wavre",
    ]], "-//Talentis//CRM//FR", zones=[tz(BXL)]),
        [lbl(uid, 1, "Confitures Marchal", "Brand Manager", "", "Sophie Marchal;Éric Dubois",
             "agency-names-employer-fr")]))

    uid = "7gv1m2k3n4b5@google.com"
    out.append(("google-user-created-en", cal([[
        "DTSTART;TZID=Europe/Brussels:20251030T173000", "DTEND;TZID=Europe/Brussels:20251030T180000",
        "DTSTAMP:20251025T191000Z", org(ME, "Amélie Dufour"), f"UID:{uid}",
        "SUMMARY:Lemaire Gaufres - intro call w/ Julien (CMO)",
        desc("re: Senior Brand Manager export. He calls me. julien.lemaire@lemaire-gaufres.be"),
        "STATUS:CONFIRMED",
    ]], "google", method=None, zones=[tz(BXL)]),
        [lbl(uid, 1, "Lemaire Gaufres", "Senior Brand Manager export", "hiring_manager",
             "julien.lemaire@lemaire-gaufres.be", "user-typed-intro-call-en")]))

    uid = "rhodium-ivw-2025-1102-hosingen"
    out.append(("headhunter-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251027T090000Z",
        "DTSTART;TZID=Europe/Luxembourg:20251106T150000", "DTEND;TZID=Europe/Luxembourg:20251106T160000",
        "SUMMARY:Interview - Marketing Director - our client Ferme Hosingen",
        org("k.reuter@rhodium-exec.lu", "Kevin Reuter"), att(ME, "Amélie Dufour"),
        att("k.reuter@rhodium-exec.lu", "Kevin Reuter", ps="ACCEPTED"),
        att("g.hoffmann@fermehosingen.lu", "Gilles Hoffmann"),
        desc("Dear Amélie,\n\nAs discussed, our client Ferme Hosingen S.A. (organic dairy, Luxembourg) would "
             "like to meet you. Gilles Hoffmann, CEO, will lead the interview. I'll join the first 5 minutes "
             "for introductions only.\n\nBest,\nKevin Reuter | Rhodium Executive Search"),
        "LOCATION:Ferme Hosingen\\, Zone Industrielle 4\\, L-9806 Hosingen",
    ]], "-//Rhodium Executive Search//Outlook Add-in//EN", zones=[tz("Europe/Luxembourg")]),
        [lbl(uid, 1, "Ferme Hosingen", "Marketing Director", "", "g.hoffmann@fermehosingen.lu",
             "headhunter-names-client-lu-en")]))

    uid = ("040000008200E00074C5B7101A82E008000000009B8A7C6D5E4FDC01000000000000000010000000"
           "C0FFEE00BADC0DE0123456789ABCDEF0")
    out.append(("outlook-final-fr", cal([[
        f"UID:{uid}", "SUMMARY;LANGUAGE=fr-BE:Colmart - entretien final avec le CMO",
        "DTSTART;TZID=Romance Standard Time:20251118T083000", "DTEND;TZID=Romance Standard Time:20251118T093000",
        "DTSTAMP:20251110T091500Z", "SEQUENCE:0",
        org("recrutement@colmart.be", "Recrutement Colmart", sent_by="ines.baert@colmart.be"),
        att(ME, "Amélie Dufour"), att("marc.vandenbroeck@colmart.be", "Vandenbroeck, Marc"),
        desc("Madame Dufour,\n\nNous avons le plaisir de vous convier à l'entretien final avec Marc "
             "Vandenbroeck, Chief Marketing Officer.\n\n" + teams("fr", "355 901 448 221")),
        "LOCATION:Réunion Microsoft Teams",
    ]], "outlook", zones=[tz("Romance Standard Time", outlook=True)]),
        [lbl(uid, 1, "Colmart", "", "final", "marc.vandenbroeck@colmart.be", "outlook-teams-final-fr")]))

    uid = "recruitee-8812-marmite-int-2"
    out.append(("recruitee-en", cal([[
        f"UID:{uid}", "DTSTAMP:20251105T120000Z",
        "DTSTART;TZID=Europe/Brussels:20251113T100000", "DTEND;TZID=Europe/Brussels:20251113T110000",
        "SUMMARY:Interview with Studio Marmite",
        org("jobs@studiomarmite.be", "Studio Marmite"), att(ME, "Amélie Dufour"),
        att("ruben@studiomarmite.be", "Ruben Goossens"), att("elise@studiomarmite.be", "Elise Lambrecht"),
        desc("Hi Amélie,\n\nYou're invited to an interview for Account & Brand Lead at Studio Marmite with "
             "Ruben Goossens (Managing Partner) and Elise Lambrecht (Strategy Director).\n\nLocation: Quai "
             "aux Briques 36, 1000 Brussels\n\nSent with Recruitee"),
        "LOCATION:Quai aux Briques 36\\, 1000 Brussels",
    ]], "-//Recruitee//Recruitee//EN", zones=[tz(BXL)]),
        [lbl(uid, 1, "Studio Marmite", "Account & Brand Lead", "",
             "ruben@studiomarmite.be;elise@studiomarmite.be", "recruitee-en")]))

    uid = "personio-interview-88101-lambermont-phone"
    out.append(("personio-phone-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20250926T090000Z",
        "DTSTART;TZID=Europe/Brussels:20251001T090000", "DTEND;TZID=Europe/Brussels:20251001T092000",
        "SUMMARY:Entretien téléphonique – Senior Brand Manager Bières Spéciales",
        org("recrutement@lambermont.be", "Brasserie Lambermont – Recrutement"),
        att(ME, "Amélie Dufour"), att("j.piron@lambermont.be", "Julie Piron"),
        desc("Bonjour,\n\nJulie Piron (HR Business Partner) vous appellera au +32 475 12 34 56 pour un "
             "premier entretien téléphonique de 20 minutes.\n\nBrasserie Lambermont SA\nPropulsé par Personio"),
        "LOCATION:Téléphone",
    ]], "-//Personio GmbH//Personio Recruiting//DE", zones=[tz(BXL)]),
        [lbl(uid, 1, "Brasserie Lambermont", "Senior Brand Manager Bières Spéciales", "recruiter_screen",
             "j.piron@lambermont.be", "personio-phone-screen-fr")]))

    uid = "sf-interview-COLMART-41877-0"
    out.append(("cancel-fr", cal([[
        f"UID:{uid}", "DTSTAMP:20251005T160000Z", "SEQUENCE:1", "STATUS:CANCELLED",
        "DTSTART;TZID=Europe/Brussels:20251010T110000", "DTEND;TZID=Europe/Brussels:20251010T120000",
        "SUMMARY:Annulé : Invitation à un entretien - Brand Manager Marques Propres",
        org("noreply@successfactors.eu", "Colmart Recrutement"),
        att(ME, "Amélie Dufour"), att("koen.vermeulen@colmart.be", "Koen Vermeulen"),
        desc("Votre entretien du 10/10 avec Koen Vermeulen est annulé ; une nouvelle invitation suit."),
    ]], "-//SAP SuccessFactors//Interview Scheduling//EN", method="CANCEL", zones=[tz(BXL)]),
        [lbl(uid, 1, "Colmart", "Brand Manager Marques Propres", "hiring_manager", "koen.vermeulen@colmart.be",
             "successfactors-cancel-fr")]))

    _ = (WORK, esc)
    return out
