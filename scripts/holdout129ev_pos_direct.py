"""holdout129 interviews invited directly by employees, founders and agencies (Outlook, Google, Apple, Thunderbird)."""

from __future__ import annotations

from holdout129ev_ics import (
    APPLE,
    EXCHANGE,
    MAC,
    ME_FREE,
    OUTLOOK,
    TEAMS_DE,
    THUNDERBIRD,
    TZ_BRUSSELS,
    TZ_LUX,
    Ev,
    att,
    cal,
    desc,
    meet,
    org,
    teams,
    tz_windows,
    zoom_en,
    zoom_fr,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "3r8b5mq0s2lq7d1h9k4c6v0p1n@google.com"
    out.append(Ev("gmail-founder-fr", cal([
        "DTSTART;TZID=Europe/Brussels:20260212T080000",
        "DTEND;TZID=Europe/Brussels:20260212T090000",
        "DTSTAMP:20260208T201133Z",
        org("arnaud.bxllastmile@gmail.com", "Arnaud Collard"),
        f"UID:{uid}",
        att(ME_FREE, "Gauthier Lambotte"),
        att("arnaud.bxllastmile@gmail.com", "Arnaud Collard", partstat="ACCEPTED"),
        "SUMMARY:Café / entretien Gauthier x BXL Last Mile",
        "LOCATION:Café Belga\\, Place Eugène Flagey 18\\, 1050 Ixelles",
        desc("Salut Gauthier\\,\n\nContent que mon message LinkedIn t'ait intéressé. On se voit au Belga pour "
             "parler du poste de responsable des opérations (12 vans électriques + vélos cargo\\, on passe à "
             "25 en septembre). Je te présenterai le planning actuel\\, et tu me diras comment tu l'organiserais.\n\n"
             "Arnaud\nfondateur\\, BXL Last Mile SRL"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ], method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "BXL Last Mile", "responsable des opérations", "hiring_manager", "arnaud.bxllastmile@gmail.com",
        "gmail-founder-coffee-fr"))

    uid = "1a7c77d9-2f0e-4a63-bc39-3b9a4d5e6f70"
    out.append(Ev("agency-frigo-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260213T101500Z",
        "DTSTART;TZID=Europe/Brussels:20260218T160000",
        "DTEND;TZID=Europe/Brussels:20260218T170000",
        "SUMMARY:Entretien chez notre client – Chef de quai / planning (Waremme)",
        org("c.mahieu@logistaff.be", "Caroline Mahieu – Logistaff Interim"),
        att(ME_FREE, "Gauthier Lambotte"),
        "LOCATION:Chaussée de Tongres 260\\, 4300 Waremme",
        desc("Bonjour Gauthier\\,\n\nComme convenu par téléphone\\, je vous confirme votre entretien chez notre "
             "client Frigo Hesbaye (entreposage et transport frigorifique) pour le poste de Chef de quai / "
             "planning.\n\nVous serez reçu par M. Didier Jacquemin\\, directeur d'exploitation. Je ne serai "
             "pas présente ; appelez-moi après l'entretien pour me faire votre retour !\n\nCaroline Mahieu\n"
             "Consultante – Logistaff Interim Liège\n04 221 33 90"),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Frigo Hesbaye", "Chef de quai / planning", "hiring_manager", "didier jacquemin",
        "agency-names-client-in-body-fr"))

    uid = "CSP-2026-0219-ABS-lambotte@cargosearch.eu"
    out.append(Ev("agency-abs-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260216T093000Z",
        "DTSTART;TZID=Europe/Brussels:20260223T110000",
        "DTEND;TZID=Europe/Brussels:20260223T120000",
        "SUMMARY:Interview Antwerp Bulk Stevedoring - Operations Planner Dry Bulk",
        org("r.declercq@cargosearch.eu", "Rik Declercq (Cargo Search Partners)"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("h.aerts@abs-antwerp.be", "Hilde Aerts"),
        "LOCATION:ABS Quay 526\\, Haven 526\\, 2040 Antwerpen",
        desc("Hi Gauthier\\,\n\nAs discussed\\, here is the invite for your first meeting with our client "
             "Antwerp Bulk Stevedoring (ABS). You will meet Hilde Aerts\\, COO. I have copied her on this "
             "invitation. I will not join; let's debrief by phone afterwards.\n\nGood luck!\nRik\nCargo Search "
             "Partners - Executive search in logistics"),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Antwerp Bulk Stevedoring", "Operations Planner Dry Bulk", "hiring_manager", "h.aerts@abs-antwerp.be",
        "headhunter-names-client-en"))

    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC0100000000000000001000000072C0E9ABB3A1"
    out.append(Ev("outlook-abs-onsite-en", cal([
        org("h.aerts@abs-antwerp.be", "Aerts, Hilde"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("k.wouters@abs-antwerp.be", "Wouters, Koen"),
        att("meeting.dokzaal@abs-antwerp.be", "Vergaderzaal Dok", cutype="ROOM", role="NON-PARTICIPANT", rsvp=False),
        desc("Gauthier\\,\n\nFollowing our first talk\\, I'd like you to meet Koen Wouters (terminal manager). "
             "Afterwards we walk the quay and the truck gate together.\nSafety shoes and vest will be "
             "provided.\n\nHilde\n"),
        "SUMMARY;LANGUAGE=en-US:Second interview G. Lambotte - Ops Planner Dry Bulk",
        "DTSTART;TZID=Romance Standard Time:20260305T090000",
        "DTEND;TZID=Romance Standard Time:20260305T113000",
        f"UID:{uid}",
        "DTSTAMP:20260227T141500Z",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Vergaderzaal Dok",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
    ], prodid=EXCHANGE, method="REQUEST", tz=tz_windows()), uid, 1,
        "Antwerp Bulk Stevedoring", "Ops Planner Dry Bulk", "onsite", "h.aerts@abs-antwerp.be;k.wouters@abs-antwerp.be",
        "outlook-room-second-en"))

    uid = "AEBD2F3C-7A1B-4C0E-9D55-0B8F61C42E19"
    out.append(Ev("hand-floating-fr", cal([
        "CREATED:20260219T195501Z",
        f"UID:{uid}",
        "DTEND:20260225T150000",
        "SUMMARY:entretien Mosa Customs – demander Mme Lejeune",
        "LOCATION:Quai de la Boverie 77\\, Liège",
        "DTSTART:20260225T140000",
        "DTSTAMP:20260219T195510Z",
        "DESCRIPTION:poste agent en douane / T1-T2. prendre CV + diplôme. Isabelle Lejeune gérante",
        "SEQUENCE:0",
    ], prodid=APPLE), uid, 1,
        "Mosa Customs", "agent en douane", "", "isabelle lejeune", "hand-floating-fr"))

    uid = "7F3E2B10-5C9A-4E8D-B1A2-9C0D3E4F5A6B"
    out.append(Ev("hand-tel-nl-company", cal([
        "CREATED:20260209T121000Z",
        f"UID:{uid}",
        "DTSTART;TZID=Europe/Brussels:20260211T120000",
        "DTEND;TZID=Europe/Brussels:20260211T123000",
        "SUMMARY:tél Van Moerbeke Transport (screening RH)",
        "DTSTAMP:20260209T121004Z",
        "DESCRIPTION:ils appellent sur le GSM. planner international\\, Aalst",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "END:VALARM",
    ], prodid=APPLE, tz=TZ_BRUSSELS), uid, 1,
        "Van Moerbeke Transport", "planner international", "recruiter_screen", "", "hand-phone-fr"))

    uid = "4e3b2f1c-8d7a-4c6b-9e5f-1a2b3c4d5e6f@vanmoerbeke.be"
    out.append(Ev("outlook-vanmoerbeke-en", cal([
        org("an.desmet@vanmoerbeke.be", "Desmet, An"),
        att(ME_FREE, "Lambotte Gauthier"),
        att("j.vanmoerbeke@vanmoerbeke.be", "Van Moerbeke, Jan"),
        desc("Hello Gauthier\\,\n\nThank you for the call last week. Jan Van Moerbeke (managing director) and "
             "myself would like to meet you at our office in Aalst to discuss the International Planner "
             "position.\nWe can speak English or French\\, as you prefer.\n\nBest regards\\,\nAn Desmet\nHR\n"),
        "SUMMARY;LANGUAGE=en-GB:Meeting Gauthier Lambotte - International Planner",
        "DTSTART;TZID=W. Europe Standard Time:20260219T140000",
        "DTEND;TZID=W. Europe Standard Time:20260219T150000",
        f"UID:{uid}",
        "DTSTAMP:20260213T080000Z",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Van Moerbeke Transport NV\\, Industrielaan 40\\, 9320 Aalst",
    ], prodid=OUTLOOK, method="REQUEST", tz=tz_windows("W. Europe Standard Time")), uid, 1,
        "Van Moerbeke Transport", "International Planner", "hiring_manager",
        "an.desmet@vanmoerbeke.be;j.vanmoerbeke@vanmoerbeke.be", "outlook-meeting-title-en"))

    uid = "assessment-zrt-20260316@zeebrugge-roro.be"
    out.append(Ev("recurring-assessment-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260305T110000Z",
        "DTSTART;TZID=Europe/Brussels:20260316T090000",
        "DTEND;TZID=Europe/Brussels:20260316T163000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "SUMMARY:Assessment center – Terminal Planning Supervisor (Zeebrugge Ro-Ro Terminal)",
        org("selectie@zeebrugge-roro.be", "ZRT Selectie"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("l.decock@zeebrugge-roro.be", "Lieven De Cock"),
        att("e.vandenberghe@zeebrugge-roro.be", "Evelien Vandenberghe"),
        "LOCATION:Zeebrugge Ro-Ro Terminal NV\\, Kaai 401\\, 8380 Zeebrugge",
        desc("Bonjour Monsieur Lambotte\\,\n\nVous êtes invité à notre assessment center de deux jours :\n"
             "Jour 1 : test de raisonnement\\, exercice in-basket (planning de chargement d'un navire ro-ro)\\, "
             "jeu de rôle avec un chauffeur mécontent.\nJour 2 : présentation de votre analyse et entretien "
             "avec Lieven De Cock (Terminal Manager) et Evelien Vandenberghe (HR).\n\nL'hôtel est réservé par nos "
             "soins.\n\nZeebrugge Ro-Ro Terminal"),
    ], [
        f"UID:{uid}",
        "RECURRENCE-ID;TZID=Europe/Brussels:20260317T090000",
        "DTSTAMP:20260310T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260317T083000",
        "DTEND;TZID=Europe/Brussels:20260317T130000",
        "SEQUENCE:1",
        "SUMMARY:Assessment center – jour 2 (présentation + entretien final)",
        org("selectie@zeebrugge-roro.be", "ZRT Selectie"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("l.decock@zeebrugge-roro.be", "Lieven De Cock"),
        att("e.vandenberghe@zeebrugge-roro.be", "Evelien Vandenberghe"),
        "LOCATION:Zeebrugge Ro-Ro Terminal NV\\, Kaai 401\\, 8380 Zeebrugge",
        "DESCRIPTION:Jour 2 avancé à 8h30 et terminé à 13h.",
    ], method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Zeebrugge Ro-Ro Terminal", "Terminal Planning Supervisor", "technical",
        "l.decock@zeebrugge-roro.be;e.vandenberghe@zeebrugge-roro.be", "recurring-override-assessment-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000B7E1F09AD491DC01000000000000000010000000F8A27C1DEE02"
    out.append(Ev("cancel-customs-fr", cal([
        org("r.baudoux@bcb-customs.be", "Baudoux, Régine"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("g.verheyen@bcb-customs.be", "Verheyen, Gert"),
        desc("Bonjour Monsieur Lambotte\\,\n\nNous devons malheureusement annuler l'entretien de jeudi : le "
             "poste de Coordinateur douane a été pourvu en interne. Nous gardons votre candidature.\n\n"
             "Régine Baudoux\n"),
        "SUMMARY;LANGUAGE=fr-BE:Annulé : Entretien – Coordinateur douane (BCB Zaventem)",
        "DTSTART;TZID=Romance Standard Time:20260226T100000",
        "DTEND;TZID=Romance Standard Time:20260226T110000",
        f"UID:{uid}",
        "DTSTAMP:20260223T151000Z",
        "SEQUENCE:2",
        "STATUS:CANCELLED",
        "PRIORITY:1",
        "LOCATION;LANGUAGE=fr-BE:Brabant Customs Brokers\\, Brucargo 706\\, 1830 Machelen",
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
    ], prodid=EXCHANGE, method="CANCEL", tz=tz_windows()), uid, 1,
        "Brabant Customs Brokers", "Coordinateur douane", "", "r.baudoux@bcb-customs.be;g.verheyen@bcb-customs.be",
        "method-cancel-fr"))

    uid = "6h2p0q8r4s1t3u5v7w9x0y2z4a@google.com"
    out.append(Ev("rescheduled-euregio-fr", cal([
        "DTSTART;TZID=Europe/Brussels:20260304T160000",
        "DTEND;TZID=Europe/Brussels:20260304T164500",
        "DTSTAMP:20260302T111500Z",
        org("rh@euregio-pallet.net", "RH Euregio Pallet Network"),
        f"UID:{uid}",
        att(ME_FREE, "Gauthier Lambotte"),
        att("p.schyns@euregio-pallet.net", "Pascal Schyns"),
        "CREATED:20260224T090000Z",
        desc("Nouvelle heure : mercredi 4 mars 16h00 (au lieu du mardi 3 mars 10h00).\n\nPremier entretien "
             "(visio) pour le poste de Hub Coordinator Herstal avec Pascal Schyns\\, responsable du réseau.\n\n"
             + meet("qwe-rtyu-iop")),
        "LAST-MODIFIED:20260302T111500Z",
        "SEQUENCE:3",
        "STATUS:CONFIRMED",
        "SUMMARY:Reporté : Entretien visio – Hub Coordinator Herstal (Euregio Pallet Network)",
        "TRANSP:OPAQUE",
    ], method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Euregio Pallet Network", "Hub Coordinator Herstal", "", "p.schyns@euregio-pallet.net",
        "rescheduled-sequence-fr"))

    uid = "2d3b0d8a-0f9e-4b3a-a8a8-1e7c20e4b5d1"
    out.append(Ev("thunderbird-autocars-fr", cal([
        f"UID:{uid}",
        "CREATED:20260210T173301Z",
        "LAST-MODIFIED:20260210T173420Z",
        "DTSTAMP:20260210T173420Z",
        "SUMMARY:Rencontre poste responsable planning – Autocars Lemaire",
        org("j.lemaire@autocars-lemaire.be", "Jacques Lemaire"),
        att(ME_FREE, "Gauthier Lambotte", extra="LANGUAGE=fr"),
        "DTSTART;TZID=Europe/Brussels:20260216T173000",
        "DTEND;TZID=Europe/Brussels:20260216T183000",
        "LOCATION:Dépôt Autocars Lemaire\\, rue du Pont 4\\, Aywaille",
        desc("Suite à votre candidature pour remplacer notre responsable planning (départ à la pension)\\, je "
             "vous propose de passer au dépôt lundi après la tournée du soir. On parlera des lignes scolaires\\, "
             "des excursions et du planning des 35 chauffeurs.\n\nJacques Lemaire\\, gérant"),
        "X-MOZ-SEND-INVITATIONS:TRUE",
        "X-MOZ-GENERATION:2",
    ], prodid=THUNDERBIRD, method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Autocars Lemaire", "responsable planning", "hiring_manager", "j.lemaire@autocars-lemaire.be",
        "thunderbird-owner-fr"))

    uid = "webex-a9b8c7d6e5f4-swve-jury"
    out.append(Ev("webex-jury-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260306T080000Z",
        "DTSTART;TZID=Europe/Brussels:20260318T100000",
        "DTEND;TZID=Europe/Brussels:20260318T104500",
        "SUMMARY:Épreuve orale – Attaché gestionnaire trafic fluvial (réf. SWVE-2026-07)",
        org("selection@swve.be", "Service Sélection SWVE"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("marc.thiry@swve.be", "Marc Thiry"),
        att("a.delvaux@swve.be", "Anne Delvaux"),
        att("k.benali@swve.be", "Karim Benali"),
        "LOCATION:Webex",
        desc("Monsieur\\,\n\nVous avez réussi l'épreuve écrite. Nous vous convoquons à l'épreuve orale devant "
             "le jury de sélection (M. Thiry\\, président ; Mme Delvaux ; M. Benali\\, expert externe).\n\n"
             "Rejoindre la réunion Webex\nhttps://swve.webex.com/swve/j.php?MTID=m5b1f7e0c2d\nNuméro de la "
             "réunion (code d'accès) : 2741 338 1190\nMot de passe de la réunion : Jury2026\n\nLa Société "
             "wallonne des Voies d'eau"),
    ], prodid="-//Cisco//Webex//FR", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Société wallonne des Voies d'eau", "Attaché gestionnaire trafic fluvial", "final",
        "marc.thiry@swve.be;a.delvaux@swve.be;k.benali@swve.be", "webex-public-jury-fr"))

    uid = "zoom-85530917248-ttt@tongerentank.be"
    out.append(Ev("zoom-en", cal([
        f"UID:{uid}",
        "DTSTAMP:20260217T130000Z",
        "DTSTART:20260223T150000Z",
        "DTEND:20260223T160000Z",
        "SUMMARY:Interview Fleet Manager - Gauthier Lambotte",
        org("wim.jacobs@tongerentank.be", "Wim Jacobs"),
        att(ME_FREE, "Gauthier Lambotte"),
        "LOCATION:https://us06web.zoom.us/j/85530917248",
        desc("Interview for the Fleet Manager vacancy at Tongeren Tank Transport (ADR tankers).\n\n"
             + zoom_en("Wim Jacobs", "https://us06web.zoom.us/j/85530917248?pwd=d2xQa0l", "855 3091 7248",
                       "218870")),
    ], prodid="-//zoom.us//iCalendar Event//EN", method="REQUEST"), uid, 1,
        "Tongeren Tank Transport", "Fleet Manager", "", "wim.jacobs@tongerentank.be", "zoom-utc-en"))

    uid = "4o6k2n9m1l3j5h7g8f0d2s4a6p@google.com"
    out.append(Ev("allday-assessment-fr", cal([
        "DTSTART;VALUE=DATE:20260320",
        "DTEND;VALUE=DATE:20260321",
        "DTSTAMP:20260306T191000Z",
        f"UID:{uid}",
        "CREATED:20260306T191000Z",
        "DESCRIPTION:Charleroi\\, rue de la Gare 14 – arriver 8h30. assessment journée complète (tests + "
        "jeu de rôle + entretien)\\, planificateur fret ferroviaire. prendre lunch",
        "LAST-MODIFIED:20260306T191000Z",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Assessment Sambre Rail Fret",
        "TRANSP:TRANSPARENT",
    ], head=["X-WR-CALNAME:Gauthier", "X-WR-TIMEZONE:Europe/Brussels"]), uid, 1,
        "Sambre Rail Fret", "planificateur fret ferroviaire", "technical", "", "hand-allday-assessment-fr"))

    uid = "2c0f1e3d-4b5a-6978-8a9b-0c1d2e3f4a5b@sambrerailfret.be"
    out.append(Ev("zoom-final-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260325T100000Z",
        "DTSTART;TZID=Europe/Brussels:20260331T110000",
        "DTEND;TZID=Europe/Brussels:20260331T120000",
        "SUMMARY:Entretien final – Planificateur fret ferroviaire",
        org("direction@sambrerailfret.be", "Direction Sambre Rail Fret"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("b.denis@sambrerailfret.be", "Benoît Denis"),
        desc("Suite à l'assessment\\, nous vous proposons un entretien final avec Benoît Denis\\, administrateur "
             "délégué.\n\n" + zoom_fr("Benoît Denis", "https://zoom.us/j/93810026417?pwd=SFRaaXk", "938 1002 6417",
                                      "551204")),
    ], prodid="-//zoom.us//iCalendar Event//EN", method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Sambre Rail Fret", "Planificateur fret ferroviaire", "final", "b.denis@sambrerailfret.be", "zoom-final-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000AB12CD34EF56"
    out.append(Ev("outlook-lux-hm-fr", cal([
        org("f.schmit@contern-logistics.lu", "Schmit, Frank"),
        att(ME_FREE, "Gauthier Lambotte"),
        desc("Monsieur Lambotte\\,\n\nJe vous propose une rencontre avec moi-même\\, directeur d'exploitation\\, "
             "pour le poste de Responsable transport (frontaliers bienvenus). Nous visiterons ensuite le "
             "cross-dock.\n\nFrank Schmit\nContern Logistics S.à r.l.\n"),
        "SUMMARY;LANGUAGE=fr-LU:Rencontre avec le directeur d'exploitation – M. Lambotte",
        "DTSTART;TZID=W. Europe Standard Time:20260306T150000",
        "DTEND;TZID=W. Europe Standard Time:20260306T163000",
        f"UID:{uid}",
        "DTSTAMP:20260301T160000Z",
        "LOCATION;LANGUAGE=fr-LU:Contern Logistics\\, 8 rue des Chauffeurs\\, L-5324 Contern",
    ], prodid=OUTLOOK, method="REQUEST", tz=tz_windows("W. Europe Standard Time")), uid, 1,
        "Contern Logistics", "Responsable transport", "hiring_manager", "f.schmit@contern-logistics.lu",
        "outlook-directeur-exploitation-fr"))

    uid = "meet-mfl-20260311-gl@moselfreight.lu"
    out.append(Ev("teams-de-lux", cal([
        f"UID:{uid}",
        "DTSTAMP:20260303T120000Z",
        "DTSTART;TZID=Europe/Luxembourg:20260311T090000",
        "DTEND;TZID=Europe/Luxembourg:20260311T100000",
        "SUMMARY:Bewerbungsgespräch Zollsachbearbeiter – Herr Lambotte",
        org("personal@moselfreight.lu", "Mosel Freight Luxembourg – Personal"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("t.reuter@moselfreight.lu", "Tom Reuter"),
        "LOCATION:Microsoft Teams-Besprechung",
        desc("Guten Tag Herr Lambotte\\,\n\nHerr Tom Reuter (Leiter Zollabteilung) freut sich auf das Gespräch "
             "über die Stelle als Zollsachbearbeiter (Schwerpunkt T1/T2\\, Exportanmeldungen).\n\n"
             + teams(TEAMS_DE, "OWI0ZTg1", "358 771 902 14", "Zo11xP")),
    ], prodid=OUTLOOK, method="REQUEST", tz=TZ_LUX), uid, 1,
        "Mosel Freight Luxembourg", "Zollsachbearbeiter", "", "t.reuter@moselfreight.lu", "teams-lux-de"))

    uid = "5B7D1A9E-3C2F-4E6B-8A0D-2F4E6A8C0B1D"
    out.append(Ev("apple-icloud-hat-fr", cal([
        f"UID:{uid}",
        "DTSTAMP:20260309T184000Z",
        "DTSTART;TZID=Europe/Brussels:20260313T163000",
        "DTEND;TZID=Europe/Brussels:20260313T173000",
        "SUMMARY:Gauthier Lambotte – 2e rencontre",
        org("luc.vanderbeken@icloud.com", "Luc Vanderbeken"),
        att(ME_FREE, "Gauthier Lambotte"),
        att("luc.vanderbeken@icloud.com", "Luc Vanderbeken", partstat="ACCEPTED"),
        "LOCATION:HAT\\, Rue de Landen 35\\, 4280 Hannut",
        desc("Comme dit au tél. par Geneviève : on se voit au bureau pour le poste de planificateur. Je vous "
             "montre le parc (18 camions\\, 4 bennes céréalières) et on parle conditions.\nLuc – Hannut Agri "
             "Transports"),
        "SEQUENCE:0",
    ], prodid=MAC, method="REQUEST", tz=TZ_BRUSSELS), uid, 1,
        "Hannut Agri Transports", "planificateur", "hiring_manager", "luc.vanderbeken@icloud.com",
        "icloud-owner-body-company-fr"))

    return out
