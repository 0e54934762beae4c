"""Holdout19: the user's own interviews written in German and French."""

from __future__ import annotations

from holdout19ev_ics import ME, Ev, Item, att, cal, gcal_footer, meet, org, teams, webex, zoom


def german() -> list[Item]:
    """Given nothing returns the German interview events of holdout19."""
    out: list[Item] = []
    ev = Ev("040000008200E00074C5B7101A82E00800000000A0F1C2D3@rheinkontor.de",
            "Vorstellungsgespräch Lucía Fernández – Referentin Personalentwicklung", "20261207T100000",
            "20261207T113000", tz="W. Europe Standard Time",
            desc="Sehr geehrte Frau Fernández,\n\nvielen Dank für Ihre Bewerbung als Referentin Personalentwicklung "
                 "(m/w/d) bei der Rheinkontor Bank AG. Gerne laden wir Sie zu einem persönlichen Gespräch ein. "
                 "Ihre Gesprächspartner sind Frau Dr. Ulrike Seefeld (Bereichsleiterin Personal) und Herr Timo "
                 "Hagedorn (Teamleiter Learning).\n\nBitte melden Sie sich am Empfang, Ballindamm 12, Hamburg.\n\n"
                 "Mit freundlichen Grüßen\nIhr Recruiting-Team",
            organizer=org("recruiting@rheinkontor.de", "Recruiting Rheinkontor"),
            attendees=[att(ME, "Lucía Fernández"), att("ulrike.seefeld@rheinkontor.de", "Seefeld, Ulrike Dr."),
                       att("timo.hagedorn@rheinkontor.de", "Hagedorn, Timo"),
                       att("hh-ballindamm-og3-r2@rheinkontor.de", "HH Ballindamm OG3 Raum 2", cutype="ROOM",
                           role="NON-PARTICIPANT")],
            loc="HH Ballindamm OG3 Raum 2")
    out.append(Item("onsite-outlook-bank", "de", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev]),
                    True, "Rheinkontor Bank", "Referentin Personalentwicklung", "onsite",
                    ("ulrike.seefeld@rheinkontor.de", "timo.hagedorn@rheinkontor.de")))

    ev = Ev("pers-7720-kb@personio.de", "Telefoninterview: Trainerin Kabinenpersonal", "20261203T150000",
            "20261203T153000", tz="Europe/Berlin",
            desc="Hallo Lucía,\n\nwie besprochen ruft dich Merle Janssen aus unserem Recruiting an. Es geht um ein "
                 "erstes Kennenlernen für die Stelle Trainerin Kabinenpersonal (w/m/d) bei Nordstern Regional.\n\n"
                 "Viele Grüße",
            organizer=org("merle.janssen@nordstern-regional.de", "Merle Janssen"),
            attendees=[att(ME, "Lucía Fernández"), att("merle.janssen@nordstern-regional.de", "Merle Janssen",
                                                       partstat="ACCEPTED")],
            loc="Telefon")
    out.append(Item("screen-phone-de", "de", cal("-//Personio GmbH//Personio Recruiting//DE", [ev]), True,
                    "Nordstern Regional", "Trainerin Kabinenpersonal", "recruiter_screen",
                    ("merle.janssen@nordstern-regional.de",)))

    ev = Ev("2a7bd0f1k9@google.com", "Fachgespräch – Lernbegleiterin Pflegeausbildung (Klinikum Alsterufer)",
            "20261214T130000", "20261214T140000", tz="Europe/Berlin",
            desc="Liebe Frau Fernández,\n\nim zweiten Schritt möchten wir mit Ihnen fachlich tiefer einsteigen: "
                 "Bitte bereiten Sie eine kurze Lernsequenz (15 Min.) zum Thema Hygieneschulung vor.\n\n"
                 "Dabei: Hendrik Ohlsen (Leitung Bildungszentrum), Ayşe Korkmaz (Praxisanleiterin)\n\n" +
                 meet("hxa-wpro-zzc", "de") + gcal_footer("de"),
            organizer=org("h.ohlsen@klinikum-alsterufer.de", "Hendrik Ohlsen"),
            attendees=[att("h.ohlsen@klinikum-alsterufer.de", "Hendrik Ohlsen", partstat="ACCEPTED"),
                       att("a.korkmaz@klinikum-alsterufer.de", "Ayşe Korkmaz"), att(ME, None)])
    out.append(Item("technical-google-hospital", "de", cal("-//Google Inc//Google Calendar 70.9054//EN", [ev]),
                    True, "Klinikum Alsterufer", "Lernbegleiterin Pflegeausbildung", "technical",
                    ("h.ohlsen@klinikum-alsterufer.de", "a.korkmaz@klinikum-alsterufer.de")))

    ev = Ev("softg-55120-int@softgarden.io", "Einladung zum Interview – Talentmanagement-Beraterin",
            "20261210T110000", "20261210T120000", tz="Europe/Berlin",
            desc="Guten Tag Frau Fernández,\n\nSie sind herzlich eingeladen zum Gespräch mit Ihrer zukünftigen "
                 "Führungskraft Matthias Brenner (Partner, People & Change) bei der Talentbrücke Consulting "
                 "GmbH.\n\n" + teams("de", "366 210 873 222") + "\n\nDiese Einladung wurde über softgarden versendet.",
            organizer=org("noreply@softgarden.io", "Talentbrücke Consulting über softgarden"),
            attendees=[att(ME, "Lucía Fernández"), att("m.brenner@talentbruecke.de", "Matthias Brenner")])
    out.append(Item("hm-softgarden", "de", cal("-//softgarden//Interview//DE", [ev]), True,
                    "Talentbrücke Consulting", "Talentmanagement-Beraterin", "hiring_manager",
                    ("m.brenner@talentbruecke.de",)))

    ev = Ev("c9f1-3310@uni-elbtal.de", "Berufungs-/Auswahlgespräch Koordination Hochschuldidaktik",
            "20261216T090000", "20261216T100000", tz="Europe/Berlin",
            desc="Auswahlkommission: Prof. Dr. Anke Vollmer (Vorsitz), Dr. Jens Petersen, Birte Lüdemann "
                 "(Personalrat). Probevortrag 20 Min. + Gespräch.\nRaum: Verwaltungsgebäude, R. 2.014",
            organizer=org("personal@uni-elbtal.de", "Personalabteilung Universität Elbtal"),
            attendees=[att(ME, "Lucía Fernández"), att("anke.vollmer@uni-elbtal.de", "Prof. Dr. Anke Vollmer"),
                       att("jens.petersen@uni-elbtal.de", "Dr. Jens Petersen"),
                       att("birte.luedemann@uni-elbtal.de", "Birte Lüdemann")],
            loc="Verwaltungsgebäude, R. 2.014")
    out.append(Item("panel-university-de", "de", cal("-//Open-Xchange//7.10.6//EN", [ev]), True,
                    "Universität Elbtal", "Koordination Hochschuldidaktik", "onsite",
                    ("anke.vollmer@uni-elbtal.de", "jens.petersen@uni-elbtal.de", "birte.luedemann@uni-elbtal.de")))

    ev = Ev("agentur-lk-2026-417@lernkurs-personal.de", "Interview bei Ihrem Wunschkunden: Flugschule Hanse Aero",
            "20261211T140000", "20261211T150000", tz="Europe/Berlin",
            desc="Hallo Frau Fernández,\n\nunser Mandant, die Flugschule Hanse Aero GmbH, möchte Sie für die Position "
                 "Ausbildungskoordinatorin kennenlernen. Gesprächspartner: Kapitän Rolf Dittmer (Leiter "
                 "Ausbildung).\n\nAdresse: Flughafenstraße 1-3, 22335 Hamburg\n\nBeste Grüße\nLernkurs Personal",
            organizer=org("j.wendt@lernkurs-personal.de", "Julia Wendt"),
            attendees=[att(ME, "Lucía Fernández"), att("rolf.dittmer@hanse-aero.de", "Rolf Dittmer"),
                       att("j.wendt@lernkurs-personal.de", "Julia Wendt", role="OPT-PARTICIPANT",
                           partstat="ACCEPTED")],
            loc="Flughafenstraße 1-3, 22335 Hamburg")
    out.append(Item("agency-de-client", "de", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev]),
                    True, "Hanse Aero", "Ausbildungskoordinatorin", "", ("rolf.dittmer@hanse-aero.de",), "agency"))

    ev = Ev("wd-0099812-DE@myworkday.com", "Interviewtermin bestätigt: Senior Learning Designer (JR-20331)",
            "20261215T100000", "20261215T110000", tz="Europe/Berlin",
            desc="Ihr Interviewtermin wurde bestätigt.\n\nUnternehmen: Kesselhaus Versicherung\nStelle: Senior "
                 "Learning Designer\nInterviewart: Fallstudie / Fachinterview\nInterviewer: Nora Steinhauer\n\n" +
                 webex("b7d2e0c91a4f6e8", "de"),
            organizer=org("kesselhaus@myworkday.com", "Kesselhaus Talent Acquisition"),
            attendees=[att(ME, "Lucía Fernández"), att("nora.steinhauer@kesselhaus.de", "Nora Steinhauer")])
    out.append(Item("technical-workday-de", "de", cal("-//Workday//Recruiting//EN", [ev]), True,
                    "Kesselhaus Versicherung", "Senior Learning Designer", "technical",
                    ("nora.steinhauer@kesselhaus.de",)))

    ev = Ev("0B2C41D9-E5F7-4A8B-9C01-DD22AA11BB33", "Gespräch Hanseflug (2. Runde)", "20261218T000000",
            "20261219T000000", allday=True,
            desc="ganzer Tag in HAM: Assessment Center + Abschlussgespräch mit Kai B. und HR. Flug 7:05 ab MAD")
    out.append(Item("allday-apple-de", "de", cal("-//Apple Inc.//iOS 18.1//EN", [ev], method=""), True,
                    "Hanseflug", "", "final", (), "allday"))

    ev = Ev("tt-8841-lf@teamtailor.com", "Kennenlernen per Video – Junior Consultant Learning (remote)",
            "20261202T093000", "20261202T100000", tz="Europe/Berlin",
            desc="Hallo Lucía!\n\nSchön, dass du dich bei Wissenswerk beworben hast. Im ersten Gespräch lernst du "
                 "Lea aus dem People-Team kennen.\n\n" + zoom("861 4410 2298", "Ww92kLpq", "de") +
                 "\nGesendet mit Teamtailor",
            organizer=org("lea.hoffmann@wissenswerk.de", "Lea Hoffmann"),
            attendees=[att("lea.hoffmann@wissenswerk.de", "Lea Hoffmann", partstat="ACCEPTED"),
                       att(ME, "Lucía Fernández")])
    out.append(Item("screen-teamtailor-de", "de", cal("-//Teamtailor//Teamtailor Calendar//EN", [ev]), True,
                    "Wissenswerk", "Junior Consultant Learning", "recruiter_screen", ("lea.hoffmann@wissenswerk.de",)))

    ev = Ev("ms-bk-DE-55aa10@bookings.microsoft.com", "Abgesagt: Vorstellungsgespräch Trainingskoordination",
            "20261209T150000", "20261209T160000", tz="W. Europe Standard Time", status="CANCELLED", seq=3,
            desc="Ihr Termin bei Elbe Medical Services (Trainingskoordination, Gespräch mit Sven Aldag) wurde "
                 "storniert. Sie erhalten in Kürze einen neuen Terminvorschlag.",
            organizer=org("karriere@elbe-medical.de", "Karriere Elbe Medical"),
            attendees=[att(ME, "Lucía Fernández"), att("sven.aldag@elbe-medical.de", "Sven Aldag")])
    out.append(Item("cancelled-bookings-de", "de",
                    cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev], method="CANCEL"), True,
                    "Elbe Medical Services", "Trainingskoordination", "", ("sven.aldag@elbe-medical.de",),
                    "cancelled"))
    return out


def french() -> list[Item]:
    """Given nothing returns the French interview events of holdout19."""
    out: list[Item] = []
    ev = Ev("040000008200E00074C5B7101A82E00800000000C4D5E6F7@garonne-aero.fr",
            "Entretien – Chargée de formation PNC – Garonne Aero Services", "20261204T100000", "20261204T110000",
            tz="Romance Standard Time",
            desc="Bonjour Madame Fernández,\n\nSuite à votre candidature au poste de Chargée de formation PNC, nous "
                 "avons le plaisir de vous convier à un entretien avec Mme Claire Dufresne, Responsable formation, "
                 "et M. Olivier Besse, Responsable RH.\n\nAdresse : 5 avenue Latécoère, 31700 Blagnac\n\n"
                 "Cordialement,\nService Recrutement",
            organizer=org("recrutement@garonne-aero.fr", "Service Recrutement"),
            attendees=[att(ME, "Lucía Fernández"), att("claire.dufresne@garonne-aero.fr", "DUFRESNE Claire"),
                       att("olivier.besse@garonne-aero.fr", "BESSE Olivier"),
                       att("salle-concorde@garonne-aero.fr", "Salle Concorde (10 pers.)", cutype="ROOM",
                           role="NON-PARTICIPANT")],
            loc="Salle Concorde (10 pers.)")
    out.append(Item("onsite-outlook-toulouse", "fr", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev]),
                    True, "Garonne Aero Services", "Chargée de formation PNC", "onsite",
                    ("claire.dufresne@garonne-aero.fr", "olivier.besse@garonne-aero.fr")))

    ev = Ev("wttj-4410-ab21@welcometothejungle.com", "Entretien téléphonique avec Inès – Concepteur pédagogique",
            "20261201T143000", "20261201T150000", tz="Europe/Paris",
            desc="Bonjour Lucía,\n\nInès, chargée de recrutement chez Pédagolab, vous appellera pour un premier "
                 "échange autour du poste de Concepteur·rice pédagogique digital.\n\nÀ bientôt !\nEnvoyé via "
                 "Welcome to the Jungle",
            organizer=org("ines.marchal@pedagolab.fr", "Inès Marchal"),
            attendees=[att("ines.marchal@pedagolab.fr", "Inès Marchal", partstat="ACCEPTED"), att(ME, None)])
    out.append(Item("screen-wttj-fr", "fr", cal("-//Welcome to the Jungle//ATS//FR", [ev]), True, "Pédagolab",
                    "Concepteur pédagogique digital", "recruiter_screen", ("ines.marchal@pedagolab.fr",)))

    ev = Ev("hug-ge-88120@hopitaux-leman.ch", "Entretien final – Coordinatrice de formation continue",
            "20261217T140000", "20261217T151500", tz="Europe/Zurich",
            desc="Madame,\n\nNous avons le plaisir de vous inviter au dernier entretien pour le poste de "
                 "Coordinatrice de formation continue (80-100 %). Vous rencontrerez la Directrice des soins, "
                 "Mme Sabine Morel, ainsi que M. Yves Chappuis (DRH).\n\nRue Gabrielle-Perret-Gentil 4, Genève",
            organizer=org("yves.chappuis@hopitaux-leman.ch", "Chappuis Yves"),
            attendees=[att(ME, "Lucía Fernández"), att("sabine.morel@hopitaux-leman.ch", "Morel Sabine"),
                       att("yves.chappuis@hopitaux-leman.ch", "Chappuis Yves", partstat="ACCEPTED")])
    out.append(Item("final-hospital-geneva", "fr", cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [ev]),
                    True, "Hôpitaux du Léman", "Coordinatrice de formation continue", "final",
                    ("sabine.morel@hopitaux-leman.ch", "yves.chappuis@hopitaux-leman.ch")))

    ev = Ev("lvr-fr-1029@hire.lever.co", "Lucía Fernández <> Banque Lacustre : entretien manager",
            "20261210T160000", "20261210T164500", tz="Europe/Zurich",
            desc="Entretien avec Grégoire Python, Head of Learning & Development, pour le poste de Learning "
                 "Partner.\n\n" + teams("fr", "355 092 118 406"),
            organizer=org("talent@banquelacustre.ch", "Talent Banque Lacustre"),
            attendees=[att(ME, "Lucía Fernández"), att("gregoire.python@banquelacustre.ch", "Grégoire Python")])
    out.append(Item("hm-lever-fr", "fr", cal("-//Lever//Lever Hire//EN", [ev]), True, "Banque Lacustre",
                    "Learning Partner", "hiring_manager", ("gregoire.python@banquelacustre.ch",)))

    ev = Ev("3kd8s0a1z@google.com", "Visio – étude de cas Formation (Cabinet Orée Conseil)", "20261208T093000",
            "20261208T103000", tz="Europe/Paris",
            desc="Bonjour Lucía, comme convenu : cas pratique sur la conception d'un parcours d'intégration pour "
                 "un client bancaire. Jury : Mathilde Roche et Karim Benali, consultants seniors.\n\n" +
                 meet("fre-ttsa-owm", "fr") + gcal_footer("fr"),
            organizer=org("mathilde.roche@oree-conseil.fr", "Mathilde Roche"),
            attendees=[att("mathilde.roche@oree-conseil.fr", "Mathilde Roche", partstat="ACCEPTED"),
                       att("karim.benali@oree-conseil.fr", "Karim Benali"), att(ME, None)])
    out.append(Item("technical-google-fr", "fr", cal("-//Google Inc//Google Calendar 70.9054//EN", [ev]), True,
                    "Orée Conseil", "", "technical",
                    ("mathilde.roche@oree-conseil.fr", "karim.benali@oree-conseil.fr")))

    ev = Ev("ut2j-rh-2026-77@univ-garonne.fr", "Audition – Ingénieure pédagogique (CDD)", "20261215T103000",
            "20261215T111500", tz="Europe/Paris",
            desc="Madame Fernández,\n\nVotre audition devant le comité de sélection aura lieu le 15 décembre. "
                 "Présentation de 10 minutes puis questions.\nComité : Pr Hélène Vidal, M. Bruno Castex, "
                 "Mme Laure Fabre\n\nDirection des ressources humaines – Université Garonne Sud",
            organizer=org("drh-recrutement@univ-garonne.fr", "DRH Recrutement"),
            attendees=[att(ME, "Lucía Fernández"), att("helene.vidal@univ-garonne.fr", "Hélène Vidal"),
                       att("bruno.castex@univ-garonne.fr", "Bruno Castex"),
                       att("laure.fabre@univ-garonne.fr", "Laure Fabre")],
            loc="Bâtiment Administratif, salle du Conseil")
    out.append(Item("panel-university-fr", "fr", cal("-//Zimbra//Zimbra Calendar 10.0//EN", [ev]), True,
                    "Université Garonne Sud", "Ingénieure pédagogique", "onsite",
                    ("helene.vidal@univ-garonne.fr", "bruno.castex@univ-garonne.fr", "laure.fabre@univ-garonne.fr")))

    ev = Ev("sr-fr-30018@smartrecruiters.com", "Entretien RH – Formatrice Service Client", "20261207T110000",
            "20261207T113000", tz="Europe/Paris",
            desc="Aéroports de Provence Services vous invite à un entretien RH (30 min) pour le poste de "
                 "Formatrice Service Client.\nVotre interlocutrice : Nadia Cherki, chargée RH.\n\n" +
                 zoom("822 7731 0045", "AeP4fr22", "fr") + "\nEnvoyé par SmartRecruiters",
            organizer=org("noreply@smartrecruiters.com", "Aéroports de Provence Services"),
            attendees=[att(ME, "Lucía Fernández"), att("n.cherki@aps-provence.fr", "Nadia Cherki")])
    out.append(Item("screen-smartrecruiters-fr", "fr", cal("-//SmartRecruiters//Interview//EN", [ev]), True,
                    "Aéroports de Provence Services", "Formatrice Service Client", "recruiter_screen",
                    ("n.cherki@aps-provence.fr",)))

    ev = Ev("adm-perso-0042", "entretien Alpazur 2e tour !!", "20261222T100000", "20261222T110000", tz=None,
            desc="avec Sébastien R. + sa N+1, sur place (Genève), penser au portfolio")
    out.append(Item("second-round-floating-fr", "fr",
                    cal("-//Apple Inc.//macOS 15.1//EN", [ev], method="", xwr="Europe/Zurich"), True,
                    "Alpazur Aviation", "", "", (), "floating_handtyped"))
    return out
