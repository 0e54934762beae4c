"""holdout137: the user's own interviews sent directly from Outlook/Exchange and Google (written blind)."""

from __future__ import annotations

from holdout137ev_ics import (
    EXCHANGE,
    FREE,
    GOOGLE,
    OUTLOOK,
    Ev,
    att,
    meet_en,
    org,
    teams_en,
    teams_fr,
    vcal,
    webex_fr,
    zoom_fr,
)

ST = "DTSTAMP:20260403T144000Z"

FORMS = {
    "Académie Sainte-Cécile": "",
    "Musée national de l'histoire du Québec": "MNHQ",
    "Centre de services scolaires des Monts-Boisés": "CSS des Monts-Boisés|CSSMB",
    "Séminaire Saint-Joachim": "",
    "Centre de services scolaires des Hautes-Terres": "CSS des Hautes-Terres",
    "Laurentian Shores School Board": "LSSB",
    "Collège Notre-Dame-de-Bellevue": "Notre-Dame-de-Bellevue",
    "Conseil scolaire catholique Mer-Bleue": "CSC Mer-Bleue",
    "Musée de la Nouvelle-France": "",
    "Regroupement des écoles privées de la Capitale": "REPC",
    "Centre de services scolaires des Mille-Rivières": "CSS des Mille-Rivières",
    "Centre de services scolaires du Fleuve-Argenté": "CSS du Fleuve-Argenté|CSSFA",
    "Bytown Living History Museum": "",
    "Ottawa Valley District School Board": "OVDSB",
}


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "6h3kq9d1p0tn4m2vbd8u5e7s1c@google.com"
    out.append(Ev("jobboard-direct-fr", vcal([
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/Toronto:20260508T083000",
        "DTEND;TZID=America/Toronto:20260508T100000",
        ST,
        org("direction@academiestececile.qc.ca", "Direction générale – Académie Sainte-Cécile"),
        f"UID:{uid}",
        att("direction@academiestececile.qc.ca", "Direction générale – Académie Sainte-Cécile", ps="ACCEPTED",
            rsvp="", cutype="INDIVIDUAL"),
        att(FREE, "mathieu.gagnon.histoire@videotron.ca", cutype="INDIVIDUAL"),
        att("f.labrecque@academiestececile.qc.ca", "François Labrecque", cutype="INDIVIDUAL"),
        "CREATED:20260402T125901Z",
        ("DESCRIPTION", "Bonjour M. Gagnon,\n\nÀ la suite de votre candidature reçue via Jobillico, nous "
         "aimerions vous rencontrer à l'école pour le poste d'enseignant en histoire avec tâche de coordination "
         "pédagogique (1er et 2e cycles).\n\nVous rencontrerez Mme Hélène Drouin, directrice générale, et M. "
         "François Labrecque, directeur des études. La rencontre sera suivie d'une visite de l'école.\n\n"
         "Stationnement pour visiteurs à l'arrière du bâtiment." + "\n\n" + meet_en("kyu-tbws-pgo", "602 118 745")),
        "LAST-MODIFIED:20260402T130115Z",
        ("LOCATION", "Académie Sainte-Cécile, 2250 av. Maguire, Québec"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        ("SUMMARY", "Rencontre – poste d'enseignant en histoire / coordination pédagogique"),
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ], prodid=GOOGLE, tzs=("toronto",)), uid, 1, "Académie Sainte-Cécile",
        "enseignant en histoire avec tâche de coordination pédagogique", "onsite",
        "direction@academiestececile.qc.ca;f.labrecque@academiestececile.qc.ca", "jobboard-direct-onsite-fr"))

    uid = ("040000008200E00074C5B7101A82E0080000000060A1B2C3D4E5DA01000000000000000010000000"
           "A7F3C2E1D0B9A8F7E6D5C4B3A2918070")
    out.append(Ev("teams-zoom-hybrid-fr", vcal([
        "BEGIN:VEVENT",
        org("recrutement@mnhq.gouv.qc.ca", "Roy, Mélanie"),
        att(FREE, "mathieu.gagnon.histoire@videotron.ca"),
        att("sylvie.bernier@mnhq.gouv.qc.ca", "Bernier, Sylvie"),
        att("jp.gosselin@mnhq.gouv.qc.ca", "Gosselin, Jean-Philippe"),
        att("melanie.roy@mnhq.gouv.qc.ca", "Roy, Mélanie", role="OPT-PARTICIPANT"),
        ("DESCRIPTION", "Bonjour M. Gagnon,\n\nTel que convenu, voici l'invitation pour votre entrevue devant le "
         "comité de sélection (poste 26-0187, agente ou agent d'éducation muséale).\n\nComité : Sylvie Bernier, "
         "cheffe du Service éducatif, et Jean-Philippe Gosselin, responsable des programmes scolaires. Je serai "
         "présente à titre d'observatrice et pour la logistique.\n\nL'entrevue comprend une courte mise en "
         "situation remise sur place (15 min de préparation).\n\n" + zoom_fr("845 2210 7736", "bXk2dE9xYzBq")),
        "SUMMARY;LANGUAGE=fr-CA:Entrevue – comité de sélection (26-0187)",
        "DTSTART;TZID=Eastern Standard Time:20260424T140000",
        "DTEND;TZID=Eastern Standard Time:20260424T151500",
        f"UID:{uid}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20260417T190222Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:Zoom",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("win",)), uid, 1, "Musée national de l'histoire du Québec",
        "agente ou agent d'éducation muséale", "", "sylvie.bernier@mnhq.gouv.qc.ca;jp.gosselin@mnhq.gouv.qc.ca",
        "outlook-panel-observer-fr"))

    uid = ("040000008200E00074C5B7101A82E00800000000B0C6E2F1A4D1DA01000000000000000010000000"
           "5E1F0C9D8B7A6F5E4D3C2B1A09F8E7D6")
    html = ("<html><body><p>Bonjour M. Gagnon,</p><p>Vous &ecirc;tes convoqu&eacute; &agrave; une entrevue "
            "devant le comit&eacute; de s&eacute;lection pour le poste de <b>direction adjointe "
            "d'&eacute;tablissement &ndash; secondaire</b>.</p></body></html>")
    out.append(Ev("outlook-panel-fr", vcal([
        "BEGIN:VEVENT",
        org("genevieve.lachance@cssmb.gouv.qc.ca", "Lachance, Geneviève"),
        att(FREE, "mathieu.gagnon.histoire@videotron.ca"),
        att("daniel.morin@cssmb.gouv.qc.ca", "Morin, Daniel"),
        att("helene.boucher@cssmb.gouv.qc.ca", "Boucher, Hélène"),
        att("marc.poulin@cssmb.gouv.qc.ca", "Poulin, Marc"),
        att("salle.2-14@cssmb.gouv.qc.ca", "Salle 2.14 - Centre administratif", cutype="ROOM",
            role="NON-PARTICIPANT", rsvp=""),
        ("DESCRIPTION", "Bonjour M. Gagnon,\n\nVous êtes convoqué à une entrevue devant le comité de sélection "
         "pour le poste de direction adjointe d'établissement – secondaire (affichage DA-2026-03).\n\n"
         "Le comité sera composé de :\n- M. Daniel Morin, directeur général adjoint\n- Mme Hélène Boucher, "
         "directrice de l'École secondaire de la Seigneurie\n- M. Marc Poulin, directeur des ressources "
         "éducatives\n\nMerci de vous présenter à la réception du centre administratif 15 minutes à l'avance. "
         "Je vous accueillerai.\n\nGeneviève Lachance\nTechnicienne en administration – Service des ressources "
         "humaines\nCentre de services scolaires des Monts-Boisés"),
        "SUMMARY;LANGUAGE=fr-CA:Entrevue - Direction adjointe secondaire (DA-2026-03)",
        "DTSTART;TZID=Eastern Standard Time:20260423T100000",
        "DTEND;TZID=Eastern Standard Time:20260423T110000",
        f"UID:{uid}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        ST,
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:Centre administratif\\, 125 boul. des Pins\\, Saint-Raymond - Salle 2.14",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        ("X-ALT-DESC;FMTTYPE=text/html", html),
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY",
        "END:VALARM",
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("win",)), uid, 1, "Centre de services scolaires des Monts-Boisés",
        "Direction adjointe d'établissement – secondaire", "onsite",
        "daniel.morin@cssmb.gouv.qc.ca;helene.boucher@cssmb.gouv.qc.ca;marc.poulin@cssmb.gouv.qc.ca",
        "outlook-panel-room-coordinator-fr"))

    uid = ("040000008200E00074C5B7101A82E00800000000C4D1E2F1A4D1DA01000000000000000010000000"
           "77AC3B2E91D04F56A8B9C0D1E2F30415")
    out.append(Ev("outlook-written-test-fr", vcal([
        "BEGIN:VEVENT",
        org("genevieve.lachance@cssmb.gouv.qc.ca", "Lachance, Geneviève"),
        att(FREE, "mathieu.gagnon.histoire@videotron.ca"),
        ("SUMMARY;LANGUAGE=fr-CA", "Test écrit - Banque de relève, direction adjointe (CSSMB)"),
        "DTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20260416T083000",
        "DTEND;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20260416T113000",
        f"UID:{uid}",
        ST,
        ("LOCATION;LANGUAGE=fr-CA", "Centre administratif, salle du conseil"),
        ("DESCRIPTION", "Bonjour,\n\nVotre candidature à la banque de relève de direction adjointe a été "
         "retenue pour la première étape : un test écrit de 3 heures (analyse de cas de gestion et rédaction "
         "d'une communication aux parents).\n\nApportez une pièce d'identité. Aucun appareil électronique "
         "permis.\n\nService des ressources humaines – CSS des Monts-Boisés"),
        "SEQUENCE:0",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("winlong",)), uid, 1, "Centre de services scolaires des Monts-Boisés",
        "direction adjointe", "technical", "", "outlook-written-test-winlong-fr"))

    uid = "AAMkAGQ0NjRiSeminaireStJoachim-20260512-final@seminairestjoachim.qc.ca"
    out.append(Ev("outlook-sentby-fr", vcal([
        "BEGIN:VEVENT",
        org("pierre.bedard@seminairestjoachim.qc.ca", "Bédard, Pierre",
            sent_by="adjointe.direction@seminairestjoachim.qc.ca"),
        att(FREE, "Mathieu Gagnon"),
        ("SUMMARY;LANGUAGE=fr-CA", "Entrevue finale – Direction adjointe aux services pédagogiques"),
        "DTSTART;TZID=Eastern Standard Time:20260512T160000",
        "DTEND;TZID=Eastern Standard Time:20260512T170000",
        f"UID:{uid}",
        ST,
        ("LOCATION;LANGUAGE=fr-CA", "Bureau du directeur général, Séminaire Saint-Joachim"),
        ("DESCRIPTION", "Bonjour Monsieur Gagnon,\n\nÀ la demande de M. Pierre Bédard, directeur général, je "
         "vous transmets l'invitation pour l'entrevue finale du processus de sélection.\n\nLa rencontre aura "
         "lieu à son bureau (2e étage, aile des Fondateurs).\n\nCordialement,\n\nLouise Nadeau\nAdjointe à la "
         "direction générale\nSéminaire Saint-Joachim"),
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "END:VEVENT",
    ], prodid=EXCHANGE, tzs=("win",)), uid, 1, "Séminaire Saint-Joachim",
        "Direction adjointe aux services pédagogiques", "final", "pierre.bedard@seminairestjoachim.qc.ca",
        "outlook-sent-by-assistant-final-fr"))

    uid = ("040000008200E00074C5B7101A82E00800000000D8E4A9C2A4D1DA01000000000000000010000000"
           "0F1E2D3C4B5A69788796A5B4C3D2E1F0")
    out.append(Ev("outlook-cancel-fr", vcal([
        "BEGIN:VEVENT",
        org("rh-dotation@csshautesterres.gouv.qc.ca", "Côté, Annie"),
        att(FREE, "mathieu.gagnon.histoire@videotron.ca"),
        att("francois.savard@csshautesterres.gouv.qc.ca", "Savard, François"),
        ("SUMMARY;LANGUAGE=fr-CA", "Annulé : Entrevue – Conseiller pédagogique en univers social"),
        "DTSTART;TZID=Eastern Standard Time:20260421T090000",
        "DTEND;TZID=Eastern Standard Time:20260421T100000",
        f"UID:{uid}",
        "DTSTAMP:20260418T121100Z",
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "PRIORITY:1",
        ("LOCATION;LANGUAGE=fr-CA", "Microsoft Teams"),
        ("DESCRIPTION", "Bonjour M. Gagnon,\n\nNous devons malheureusement annuler l'entrevue prévue le 21 "
         "avril : le poste de conseiller pédagogique en univers social est suspendu en attendant la confirmation "
         "du budget. Nous communiquerons avec vous si le processus reprend.\n\nAnnie Côté, agente de gestion du "
         "personnel\nCentre de services scolaires des Hautes-Terres"),
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "END:VEVENT",
    ], prodid=OUTLOOK, method="CANCEL", tzs=("win",)), uid, 1, "Centre de services scolaires des Hautes-Terres",
        "Conseiller pédagogique en univers social", "", "francois.savard@csshautesterres.gouv.qc.ca",
        "outlook-method-cancel-fr"))

    uid = "AAMkADU2LSSB-interview-7f3d0c-2026@lssb.qc.ca"
    out.append(Ev("outlook-rescheduled-en", vcal([
        "BEGIN:VEVENT",
        org("hr-staffing@lssb.qc.ca", "Campbell, Heather"),
        att(FREE, "Mathieu Gagnon"),
        att("d.oconnor@lssb.qc.ca", "O'Connor, Declan"),
        att("s.pelletier@lssb.qc.ca", "Pelletier, Stéphanie"),
        ("SUMMARY;LANGUAGE=en-US", "Updated: Interview - Pedagogical Consultant, History and Citizenship "
         "Education"),
        "DTSTART;TZID=Eastern Standard Time:20260427T153000",
        "DTEND;TZID=Eastern Standard Time:20260427T163000",
        f"UID:{uid}",
        "DTSTAMP:20260422T170500Z",
        "SEQUENCE:2",
        ("LOCATION;LANGUAGE=en-US", "Microsoft Teams Meeting"),
        ("DESCRIPTION", "Dear Mr. Gagnon,\n\nPlease note the NEW TIME for your interview: Monday, April 27 at "
         "3:30 p.m. (originally Friday, April 24 at 10:00 a.m.). Apologies for the inconvenience – one of our "
         "panel members had a conflict.\n\nPanel: Declan O'Connor (Director, Educational Services) and "
         "Stéphanie Pelletier (Pedagogical Consultant, Social Sciences).\n\nHeather Campbell\nHuman Resources "
         "– Laurentian Shores School Board\n\n" + teams_en("YmQ5ZDEwNDAtMjhk", "pQ7xW2")),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("win",)), uid, 1, "Laurentian Shores School Board",
        "Pedagogical Consultant, History and Citizenship Education", "",
        "d.oconnor@lssb.qc.ca;s.pelletier@lssb.qc.ca", "outlook-rescheduled-en"))

    uid = "20260505-selection-da-cndb-3391@cndbellevue.qc.ca"
    common = [
        org("isabelle.gingras@cndbellevue.qc.ca", "Gingras, Isabelle"),
        att(FREE, "Mathieu Gagnon"),
        att("isabelle.gingras@cndbellevue.qc.ca", "Gingras, Isabelle", ps="ACCEPTED", rsvp=""),
        att("r.demers@cndbellevue.qc.ca", "Demers, Richard"),
        ("SUMMARY;LANGUAGE=fr-CA", "Processus de sélection – direction adjointe : mise en situation "
         "(Collège Notre-Dame-de-Bellevue)"),
        ("DESCRIPTION", "Bonjour M. Gagnon,\n\nLe processus comporte deux blocs :\n1) Mise en situation de "
         "gestion (corbeille de courrier, 90 min)\n2) Présentation de votre analyse au comité (Isabelle "
         "Gingras, directrice générale, et Richard Demers, directeur des services pédagogiques) et "
         "questions.\n\nCollège Notre-Dame-de-Bellevue"),
        f"UID:{uid}",
        ST,
    ]
    out.append(Ev("outlook-recurring-override-fr", vcal([
        "BEGIN:VEVENT",
        *common,
        "DTSTART;TZID=Eastern Standard Time:20260505T083000",
        "DTEND;TZID=Eastern Standard Time:20260505T100000",
        "RRULE:FREQ=DAILY;COUNT=2",
        "LOCATION:Collège Notre-Dame-de-Bellevue\\, local 104",
        "SEQUENCE:1",
        "END:VEVENT",
    ], [
        "BEGIN:VEVENT",
        *common,
        "RECURRENCE-ID;TZID=Eastern Standard Time:20260506T083000",
        "DTSTART;TZID=Eastern Standard Time:20260506T130000",
        "DTEND;TZID=Eastern Standard Time:20260506T143000",
        "LOCATION:Collège Notre-Dame-de-Bellevue\\, salle du conseil",
        "SEQUENCE:1",
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("win",)), uid, 1, "Collège Notre-Dame-de-Bellevue", "direction adjointe", "technical",
        "isabelle.gingras@cndbellevue.qc.ca;r.demers@cndbellevue.qc.ca", "outlook-recurring-override-fr"))

    uid = "AAMkAGI2TmVyQmxldWUtMjAyNi0wNS0wNA-entrevue@cscmerbleue.ca"
    out.append(Ev("outlook-ontario-fr", vcal([
        "BEGIN:VEVENT",
        org("josee.roy@cscmerbleue.ca", "Roy, Josée"),
        att(FREE, "Mathieu Gagnon"),
        att("alain.charbonneau@cscmerbleue.ca", "Charbonneau, Alain"),
        att("nathalie.seguin@cscmerbleue.ca", "Séguin, Nathalie"),
        ("SUMMARY;LANGUAGE=fr-CA", "Entrevue – Direction adjointe, École secondaire catholique (bassin Est)"),
        "DTSTART;TZID=Eastern Standard Time:20260504T150000",
        "DTEND;TZID=Eastern Standard Time:20260504T160000",
        f"UID:{uid}",
        ST,
        ("LOCATION;LANGUAGE=fr-CA", "Réunion Microsoft Teams"),
        ("DESCRIPTION", "Bonjour M. Gagnon,\n\nNous vous confirmons votre entrevue pour le poste de direction "
         "adjointe. Le comité sera composé de M. Alain Charbonneau, surintendant de l'éducation, et de Mme "
         "Nathalie Séguin, direction d'école. Je coordonne le processus et ne siège pas au comité.\n\nVeuillez "
         "prévoir une copie de votre brevet d'enseignement et, le cas échéant, de votre qualification de "
         "direction d'école de l'Ontario (ou une preuve de démarche auprès de l'OEEO).\n\nJosée Roy, agente des "
         "ressources humaines\nConseil scolaire catholique Mer-Bleue\n\n" + teams_fr("NGE3YTk5ZTItOTNm", "Vt8sK9")),
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("win",)), uid, 1, "Conseil scolaire catholique Mer-Bleue",
        "Direction adjointe, École secondaire catholique", "",
        "alain.charbonneau@cscmerbleue.ca;nathalie.seguin@cscmerbleue.ca", "outlook-ontario-coordinator-fr"))

    uid = ("040000008200E00074C5B7101A82E00800000000E1A7F3C2A4D1DA01000000000000000010000000"
           "C9B8A7968574635241302F1E0D0C0B0A")
    html = ("<html><body><div>Bonjour Mathieu,</div><div>Je serais heureuse de vous rencontrer pour discuter du "
            "poste de charg&eacute;(e) de projets &eacute;ducatifs.</div><div>Marie-Claude</div></body></html>")
    out.append(Ev("outlook-hiring-manager-fr", vcal([
        "BEGIN:VEVENT",
        org("mc.beaulieu@museenf.ca", "Beaulieu, Marie-Claude"),
        att(FREE, "mathieu.gagnon.histoire@videotron.ca"),
        ("SUMMARY;LANGUAGE=fr-CA", "Rencontre – poste de chargé(e) de projets éducatifs"),
        "DTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20260430T100000",
        "DTEND;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20260430T110000",
        f"UID:{uid}",
        ST,
        ("LOCATION;LANGUAGE=fr-CA", "Musée de la Nouvelle-France, 12 rue du Trésor, Québec – bureau 301"),
        ("DESCRIPTION", "Bonjour Mathieu,\n\nJe serais heureuse de vous rencontrer pour discuter du poste de "
         "chargé(e) de projets éducatifs. Vous relèveriez directement de moi; nous aborderons vos réalisations "
         "en classe et votre vision de la médiation auprès des élèves.\n\nMarie-Claude Beaulieu\nDirectrice des "
         "publics et de l'éducation\nMusée de la Nouvelle-France"),
        ("X-ALT-DESC;FMTTYPE=text/html", html),
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("winlong",)), uid, 1, "Musée de la Nouvelle-France",
        "chargé(e) de projets éducatifs", "hiring_manager", "mc.beaulieu@museenf.ca", "outlook-hiring-manager-fr"))

    uid = "AAMkADRepc-rencontre-candidature-44510@repc.qc.ca"
    out.append(Ev("outlook-nostage-fr", vcal([
        "BEGIN:VEVENT",
        org("direction@repc.qc.ca", "Lévesque, Claudine"),
        att(FREE, "Mathieu Gagnon"),
        att("direction@repc.qc.ca", "Lévesque, Claudine", ps="ACCEPTED", rsvp=""),
        att("g.thibault@repc.qc.ca", "Thibault, Gilles"),
        ("SUMMARY;LANGUAGE=fr-CA", "Rencontre – candidature conseiller pédagogique (REPC)"),
        "DTSTART;TZID=Eastern Standard Time:20260506T093000",
        "DTEND;TZID=Eastern Standard Time:20260506T103000",
        f"UID:{uid}",
        ST,
        ("LOCATION;LANGUAGE=fr-CA", "Bureaux du REPC, 1050 route de l'Église, bureau 200, Québec"),
        ("DESCRIPTION", "Bonjour M. Gagnon,\n\nMerci pour votre intérêt envers le poste de conseiller "
         "pédagogique au Regroupement des écoles privées de la Capitale. Gilles Thibault et moi-même serons "
         "heureux de vous rencontrer.\n\nClaudine Lévesque, directrice générale"),
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("win",)), uid, 1, "Regroupement des écoles privées de la Capitale",
        "conseiller pédagogique", "", "direction@repc.qc.ca;g.thibault@repc.qc.ca", "outlook-rencontre-fr"))

    uid = "AAMkAGMillesRivieres-presel-20260414-0958@cssmillerivieres.gouv.qc.ca"
    out.append(Ev("outlook-phone-fr", vcal([
        "BEGIN:VEVENT",
        org("karine.dufour@cssmillerivieres.gouv.qc.ca", "Dufour, Karine"),
        att(FREE, "Mathieu Gagnon"),
        ("SUMMARY;LANGUAGE=fr-CA", "Entretien téléphonique – CP RÉCIT univers social"),
        "DTSTART;TZID=Eastern Standard Time:20260414T095800",
        "DTEND;TZID=Eastern Standard Time:20260414T102000",
        f"UID:{uid}",
        ST,
        ("LOCATION;LANGUAGE=fr-CA", "Je vous appelle au 418 555-0126"),
        ("DESCRIPTION", "Bonjour,\n\nComme convenu par courriel, je vous appellerai pour un court entretien "
         "de présélection (20 minutes) concernant le poste de conseiller pédagogique RÉCIT – domaine de "
         "l'univers social.\n\nKarine Dufour\nConseillère en dotation\nCSS des Mille-Rivières"),
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("win",)), uid, 1, "Centre de services scolaires des Mille-Rivières",
        "conseiller pédagogique RÉCIT – domaine de l'univers social", "recruiter_screen",
        "karine.dufour@cssmillerivieres.gouv.qc.ca", "outlook-phone-screen-fr"))

    uid = "AAMkAGZsZXV2ZUFyZ2VudGUtMmUtZW50cmV2dWU@cssfa.gouv.qc.ca"
    out.append(Ev("outlook-webex-fr", vcal([
        "BEGIN:VEVENT",
        org("ressources.humaines@cssfa.gouv.qc.ca", "Ressources humaines CSSFA"),
        att(FREE, "Mathieu Gagnon"),
        att("sophie.lagace@cssfa.gouv.qc.ca", "Lagacé, Sophie"),
        att("eric.gendron@cssfa.gouv.qc.ca", "Gendron, Éric"),
        att("marie.fradette@cssfa.gouv.qc.ca", "Fradette, Marie"),
        ("SUMMARY;LANGUAGE=fr-CA", "2e entrevue - CP histoire du Québec et du Canada"),
        "DTSTART;TZID=Eastern Standard Time:20260511T131500",
        "DTEND;TZID=Eastern Standard Time:20260511T141500",
        f"UID:{uid}",
        ST,
        ("LOCATION;LANGUAGE=fr-CA", "Webex"),
        ("DESCRIPTION", "Bonjour M. Gagnon,\n\nFélicitations, vous êtes convoqué à la deuxième et dernière "
         "entrevue pour le poste de conseillère ou conseiller pédagogique – programme d'histoire du Québec et "
         "du Canada.\nComité : Sophie Lagacé (directrice des services éducatifs), Éric Gendron (directeur "
         "d'école) et Marie Fradette (conseillère pédagogique).\n\n" + webex_fr("2634918802")
         + "\n\nCentre de services scolaires du Fleuve-Argenté"),
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("win",)), uid, 1, "Centre de services scolaires du Fleuve-Argenté",
        "conseillère ou conseiller pédagogique – programme d'histoire du Québec et du Canada", "final",
        "sophie.lagace@cssfa.gouv.qc.ca;eric.gendron@cssfa.gouv.qc.ca;marie.fradette@cssfa.gouv.qc.ca",
        "outlook-webex-final-fr"))

    uid = "AAMkAGBytown-final-2026-05-14-panel@bytownmuseum.ca"
    out.append(Ev("exchange-final-resource-en", vcal([
        "BEGIN:VEVENT",
        org("careers@bytownmuseum.ca", "Hughes, Olivia"),
        att(FREE, "Mathieu Gagnon"),
        att("a.mackenzie@bytownmuseum.ca", "MacKenzie, Alistair"),
        att("f.bourgeois@bytownmuseum.ca", "Bourgeois, Francine"),
        att("av-cart-2@bytownmuseum.ca", "AV Cart 2 (projector)", cutype="RESOURCE", role="NON-PARTICIPANT",
            rsvp=""),
        ("SUMMARY;LANGUAGE=en-CA", "Final interview – Manager, School Programs"),
        "DTSTART;TZID=Eastern Standard Time:20260514T100000",
        "DTEND;TZID=Eastern Standard Time:20260514T113000",
        f"UID:{uid}",
        ST,
        ("LOCATION;LANGUAGE=en-CA", "Bytown Living History Museum, 1 Canal Lane, Ottawa – Lock Room"),
        ("DESCRIPTION", "Hello Mathieu,\n\nThank you for moving forward to the final interview for Manager, "
         "School Programs. You'll meet Alistair MacKenzie (Executive Director) and Francine Bourgeois (Chief "
         "Curator). Please prepare a 10-minute presentation on how you'd grow our French-language school "
         "visits; a projector will be set up.\n\nOlivia Hughes\nHR & Volunteer Coordinator"),
        "END:VEVENT",
    ], prodid=EXCHANGE, tzs=("win",)), uid, 1, "Bytown Living History Museum", "Manager, School Programs",
        "final", "a.mackenzie@bytownmuseum.ca;f.bourgeois@bytownmuseum.ca", "exchange-final-resource-en"))

    uid = "AAMkAGOVDSB-screen-MGagnon-0428@ovdsb.on.ca"
    out.append(Ev("outlook-screen-en", vcal([
        "BEGIN:VEVENT",
        org("recruitment@ovdsb.on.ca", "Singh, Harpreet"),
        att(FREE, "Mathieu Gagnon"),
        ("SUMMARY;LANGUAGE=en-CA", "Screening interview – Vice-Principal (French Immersion) pool"),
        "DTSTART;TZID=Eastern Standard Time:20260428T160000",
        "DTEND;TZID=Eastern Standard Time:20260428T163000",
        f"UID:{uid}",
        ST,
        ("LOCATION;LANGUAGE=en-CA", "Microsoft Teams Meeting"),
        ("DESCRIPTION", "Hi Mathieu,\n\nThank you for applying to the Vice-Principal (French Immersion) pool. "
         "This is a 30-minute screening conversation with me to review eligibility (Ontario Principal's "
         "Qualification or equivalent, OCT certification) and next steps.\n\nHarpreet Singh, Recruitment "
         "Officer, Ottawa Valley District School Board\n\n" + teams_en("ZTAwYjQ4NjItZmE1", "Lm4Qs8")),
        "END:VEVENT",
    ], prodid=OUTLOOK, tzs=("win",)), uid, 1, "Ottawa Valley District School Board",
        "Vice-Principal (French Immersion)", "recruiter_screen", "recruitment@ovdsb.on.ca", "outlook-screen-en"))
    return out
