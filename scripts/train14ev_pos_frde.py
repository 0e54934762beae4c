"""Lucía's own interviews written in French and German (train14): Toulouse, Berlin, remote."""

from __future__ import annotations

from train14ev_boiler import meet, teams, webex, zoom
from train14ev_ics import ME, ME_WORK, Ev

LU = f"Lucía Navarro <{ME}>"
LUW = f"Lucía Navarro Ruiz <{ME_WORK}>"


def french() -> list[Ev]:
    """Given nothing returns the French positive events, each written on its own."""
    out: list[Ev] = []
    a = out.append

    a(Ev("ats-screen", "fr", "Entretien RH – Conceptrice pédagogique (H/F) – Éditions Garonne", "2026-01-15 14:00",
         30, prod="taleez", tz="Europe/Paris", org="Éditions Garonne via Taleez <no-reply@taleez.com>|coord",
         att=[LU, "Sandrine Puel <s.puel@editions-garonne.fr>"],
         desc="Bonjour Lucía,\n\nSandrine Puel, chargée de recrutement, vous appellera pour un premier échange sur "
              "le poste de Conceptrice pédagogique (H/F) – manuels numériques du primaire.\n\nBien cordialement",
         interview=True, company="Éditions Garonne", role="Conceptrice pédagogique", stage="recruiter_screen"))

    a(Ev("founder-orange", "fr", "Visio Lucía / Matthieu – Les Petits Curieux", "2026-01-22 18:00", 45,
         prod="google", tz="Europe/Paris", org="Matthieu Castex <matthieu.castex@orange.fr>",
         att=[LU, "Matthieu Castex <matthieu.castex@orange.fr>"],
         desc="Bonjour Lucía, je suis le fondateur des Petits Curieux (kits de sciences pour l'école). Suite à "
              "votre candidature, je souhaite faire l'entretien avec vous pour le poste de responsable des "
              "contenus.\n\n" + meet("curieux", "fr")[0], loc=meet("curieux", "fr")[1], interview=True,
         company="Les Petits Curieux", role="responsable des contenus", stage="hiring_manager"))

    a(Ev("terse-round", "fr", "Garonne 2e tour", "2026-02-02 10:00", 60, prod="ios", tz="float",
         interview=True, company="Garonne", ivs=""))

    a(Ev("wttj-technical", "fr", "Mise en situation – Ingénieure pédagogique – Avialis Academy", "2026-02-12 09:00",
         120, prod="wttj", tz="Europe/Paris", org="Avialis <no-reply@welcometothejungle.com>|coord",
         att=[LU, "Bastien Roque <bastien.roque@avialis-group.com>", "Nadia Haddad <nadia.haddad@avialis-group.com>"],
         desc="Avialis vous invite à une mise en situation pour le poste d'Ingénieure pédagogique (Toulouse-"
              "Blagnac). Vous concevrez un module e-learning sur la sécurité en atelier et le présenterez à Bastien "
              "Roque et Nadia Haddad.\nAdresse : 12 rue Marcel Doret, 31700 Blagnac",
         loc="12 rue Marcel Doret, 31700 Blagnac", interview=True, company="Avialis",
         role="Ingénieure pédagogique", stage="technical"))

    a(Ev("plant-visit", "fr", "Visite du site de Colomiers + rencontre équipe formation", "2026-02-13 14:00", 150,
         prod="outlook", tz="winvt:Romance Standard Time", org="Nadia Haddad <nadia.haddad@avialis-group.com>",
         att=[LU, "Nadia Haddad <nadia.haddad@avialis-group.com>", "Yves Cazals <yves.cazals@avialis-group.com>",
              "Salle Concorde <salle.concorde@avialis-group.com>|room"],
         desc="Comme convenu, après la mise en situation, visite de l'atelier d'assemblage et échange avec Yves "
              "Cazals, responsable de l'Académie, qui sera votre N+1.", loc="Avialis – site de Colomiers",
         interview=True, company="Avialis", stage="hiring_manager",
         ivs="nadia.haddad@avialis-group.com;yves.cazals@avialis-group.com"))

    a(Ev("cafe-later-round", "fr", "Café avec Hélène", "2026-02-16 08:45", 45, prod="apple", tz="Europe/Paris",
         org="Hélène Bordes <helene.bordes@editions-garonne.fr>",
         att=[LU, "Hélène Bordes <helene.bordes@editions-garonne.fr>"],
         desc="Suite à nos deux entretiens, Hélène (directrice éditoriale) propose un café avant la décision "
              "finale.", loc="Café Bibent, place du Capitole, Toulouse", interview=True, company="Éditions Garonne",
         stage="final"))

    a(Ev("agency-fr", "fr", "Entretien client : Musée de l'Espace Occitan (cabinet Aldéa)", "2026-02-20 11:00", 45,
         prod="outlook", tz="winvt:Romance Standard Time", org="Julie Ferrand <j.ferrand@aldea-rh.invalid>|coord",
         att=[LU, "Sylvain Mercadier <s.mercadier@museeespaceoccitan.fr>"],
         desc="Bonjour Lucía,\nje vous confirme votre entretien avec M. Mercadier, responsable du service des "
              "publics du Musée de l'Espace Occitan, pour le poste de Médiatrice / conceptrice d'ateliers "
              "scolaires.\n\n" + teams("aldea", "fr")[0], loc=teams("aldea", "fr")[1], interview=True,
         company="Musée de l'Espace Occitan", role="Médiatrice / conceptrice d'ateliers scolaires",
         stage="hiring_manager", ivs="s.mercadier@museeespaceoccitan.fr"))

    a(Ev("title-only", "fr", "Lucía x Klassmate", "2026-02-23 12:00", 30, prod="calcom", tz="Europe/Paris",
         org="Chloé Vasseur <chloe@klassmate.fr>", att=[LU, "Chloé Vasseur <chloe@klassmate.fr>"],
         interview=True, company="Klassmate", ivs="chloe@klassmate.fr"))

    a(Ev("jury-panel", "fr", "Entretien devant le jury – Chargée de projets éducatifs", "2026-03-03 10:30", 40,
         prod="thunderbird", tz="Europe/Paris", org="Service RH <recrutement@ligue-educ.invalid>|coord",
         att=[LU, "Françoise Albouy <f.albouy@ligue-educ.invalid>", "Karim Benali <k.benali@ligue-educ.invalid>"],
         desc="Madame,\nNous avons le plaisir de vous convoquer à un entretien devant le jury pour le poste de "
              "Chargée de projets éducatifs numériques à la Ligue Occitane de l'Enseignement. Présentation de 10 "
              "minutes puis échange.\n" + webex("ligue", "fr")[0],
         interview=True, company="Ligue Occitane de l'Enseignement", role="Chargée de projets éducatifs numériques",
         stage="onsite"))

    a(Ev("hand-typed", "fr", "tél. Mme Puel – 2e entretien Garonne (+ dir. éditoriale)", "2026-02-05 17:30", 45,
         prod="gexport", tz="float", interview=True, company="Éditions Garonne", ivs="Mme Puel"))

    a(Ev("cancelled-fr", "fr", "Annulé : Entretien – Klassmate", "2026-03-05 15:00", 30, prod="google",
         tz="Europe/Paris", status="CANCELLED", seq=1, org="Chloé Vasseur <chloe@klassmate.fr>",
         att=[LU, "Chloé Vasseur <chloe@klassmate.fr>", "Arthur Blin <arthur@klassmate.fr>"],
         desc="Cet événement a été annulé.\nDésolée Lucía, Arthur est malade, je reviens vers vous.",
         interview=True, company="Klassmate", stage=""))

    a(Ev("internal-fr", "fr", "Entretien – poste de formatrice réseau (Fondation San Jorge)", "2026-03-09 17:00", 30,
         prod="owa", tz="win:Romance Standard Time", org="Enrique Molla <emolla@colegio-sanjorge.es>",
         att=[LUW, "Aurélie Sabatier <asabatier@colegio-sanjorge.es>"],
         desc="Lucía, Aurélie (responsable de la section française du réseau) souhaite s'entretenir avec toi en "
              "français pour ta candidature interne au poste de formatrice des enseignants du réseau.",
         interview=True, company="Colegio San Jorge", role="formatrice des enseignants du réseau",
         stage="hiring_manager"))

    a(Ev("final-fr", "fr", "Entretien final – Directrice des contenus – Les Petits Curieux", "2026-03-13 10:00", 60,
         prod="google", tz="Europe/Paris", org="Matthieu Castex <matthieu.castex@orange.fr>",
         att=[LU, "Matthieu Castex <matthieu.castex@orange.fr>", "Léa Fournier <lea.fournier@lespetitscurieux.fr>"],
         desc="Dernier entretien avec Léa, notre associée, dans nos locaux.", loc="18 rue des Filatiers, Toulouse",
         interview=True, company="Les Petits Curieux", role="Directrice des contenus", stage="final"))

    a(Ev("zoom-fr", "fr", "Entretien technique : scénarisation – Klassmate", "2026-03-18 14:00", 60,
         prod="zoom", tz="Europe/Paris", org="Arthur Blin <arthur@klassmate.fr>",
         att=[LU, "Arthur Blin <arthur@klassmate.fr>"],
         desc="Nouvelle date. Nous reprendrons votre scénario de capsule vidéo.\n\n" + zoom("klass-tech", "fr")[0],
         interview=True, company="Klassmate", stage="technical"))

    a(Ev("assessment-fr", "fr", "Centre d'évaluation – programme Formateurs Avialis Academy", "2026-03-20", 1440,
         tz="day", prod="gexport", desc="Journée complète à Blagnac : exercices de groupe, animation d'une "
                                         "séquence, entretien final. Badge visiteur à l'accueil.",
         interview=True, company="Avialis", stage="onsite", ivs=""))
    a(Ev("apple-final-museum", "fr", "Entretien avec le directeur du musée", "2026-03-06 15:00", 45, prod="apple",
         tz="Europe/Paris", org="Sylvain Mercadier <s.mercadier@museeespaceoccitan.fr>",
         att=[LU, "Sylvain Mercadier <s.mercadier@museeespaceoccitan.fr>",
              "Gérard Lautier <g.lautier@museeespaceoccitan.fr>"],
         desc="Dernière étape pour le poste de Médiatrice / conceptrice d'ateliers scolaires : rencontre avec M. "
              "Lautier, directeur du Musée de l'Espace Occitan.", loc="Musée de l'Espace Occitan\n2 allée Émile "
              "Monso, Toulouse", interview=True, company="Musée de l'Espace Occitan",
         role="Médiatrice / conceptrice d'ateliers scolaires", stage="final",
         extra=["X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=Musée de l'Espace "
                "Occitan:geo:43.6112,1.4862"]))
    return out


def german() -> list[Ev]:
    """Given nothing returns the German positive events, each written on its own."""
    out: list[Ev] = []
    a = out.append

    a(Ev("ats-screen", "de", "Telefoninterview – Instructional Designer (m/w/d) – Lernwerk", "2026-01-19 13:00", 30,
         prod="personio", tz="Europe/Berlin", org="Lernwerk GmbH <jobs@lernwerk.jobs.personio.de>|coord",
         att=[LU, "Katrin Böhm <katrin.boehm@lernwerk.de>"],
         desc="Hallo Lucía,\n\nvielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d). Katrin Böhm "
              "(People & Culture) ruft Sie für ein erstes Kennenlernen an.\n\nViele Grüße\nIhr Lernwerk-Team",
         interview=True, company="Lernwerk", role="Instructional Designer", stage="recruiter_screen"))

    a(Ev("kennenlernen-later", "de", "Kennenlernen mit Jan", "2026-01-30 16:00", 45, prod="google",
         tz="Europe/Berlin", org="Jan Petersen <jan.petersen@lernwerk.de>",
         att=[LU, "Jan Petersen <jan.petersen@lernwerk.de>"],
         desc="Hi Lucía, nach dem Fachgespräch mit Katrin möchte ich Sie als künftiger Teamleiter kennenlernen. "
              "Ganz locker, gern auf Englisch.\n\n" + meet("lernwerk-jan", "de")[0],
         loc=meet("lernwerk-jan", "de")[1], interview=True, company="Lernwerk", stage="hiring_manager"))

    a(Ev("founder-gmx", "de", "Gespräch Lucía Navarro / Kinderwissen", "2026-02-05 19:00", 40, prod="thunderbird",
         tz="Europe/Berlin", org="Ulrike Brandt <ulrike.brandt@gmx.de>",
         att=[LU, "Ulrike Brandt <ulrike.brandt@gmx.de>"],
         desc="Liebe Frau Navarro, als Gründerin des Kinderwissen Verlags würde ich gern mit Ihnen über die Stelle "
              "als Redakteurin für digitale Lernmaterialien sprechen.\nZoom-Link folgt.",
         interview=True, company="Kinderwissen Verlag", role="Redakteurin für digitale Lernmaterialien",
         stage="hiring_manager"))

    a(Ev("terse-name-company", "de", "Frau Seidel – Stiftung Bildungsbrücke", "2026-02-10 11:00", 45, prod="apple",
         tz="Europe/Berlin", loc="Torstraße 105, Berlin", interview=True, company="Stiftung Bildungsbrücke",
         ivs="Frau Seidel"))

    a(Ev("softgarden-panel", "de", "Vorstellungsgespräch: Referentin digitale Bildung (Stiftung Bildungsbrücke)",
         "2026-02-17 10:00", 60, prod="softgarden", tz="Europe/Berlin",
         org="Stiftung Bildungsbrücke <noreply@softgarden.io>|coord",
         att=[LU, "Dr. Anja Seidel <a.seidel@bildungsbruecke.org>", "Malte Hinz <m.hinz@bildungsbruecke.org>"],
         desc="Sehr geehrte Frau Navarro,\nwir laden Sie herzlich zum Vorstellungsgespräch für die Position "
              "Referentin digitale Bildung ein. Gesprächspartner: Dr. Anja Seidel (Programmleitung), Malte Hinz "
              "(Personal).\n\n" + teams("bruecke", "de")[0], loc=teams("bruecke", "de")[1], interview=True,
         company="Stiftung Bildungsbrücke", role="Referentin digitale Bildung", stage="hiring_manager"))

    a(Ev("fachgespraech", "de", "Fachgespräch + Arbeitsprobe – Klexa", "2026-01-26 15:00", 75, prod="greenhouse",
         tz="Europe/Berlin", org="Klexa Recruiting <no-reply@us.greenhouse-mail.io>|coord",
         att=[LU, "Ayşe Demir <ayse.demir@klexa.de>", "Felix Sauer <felix.sauer@klexa.de>"],
         desc="Hallo Lucía,\nim Fachgespräch für die Stelle Learning Designer besprechen Ayşe und Felix Ihre "
              "Arbeitsprobe (Lernpfad Bruchrechnung, 4. Klasse).\n\n" + zoom("klexa-fach", "de")[0],
         interview=True, company="Klexa", role="Learning Designer", stage="technical"))

    a(Ev("terse-round", "de", "Lernwerk 3. Runde", "2026-02-19 14:00", 60, prod="ios", tz="float",
         interview=True, company="Lernwerk", ivs=""))

    a(Ev("probearbeit", "de", "Probearbeitstag bei Kinderwissen", "2026-02-26", 1440, tz="day", prod="apple",
         desc="Verlagsbüro, Kastanienallee 12, Berlin. 9–16 Uhr mit Ulrike und der Redaktion. Danach "
              "entscheiden sie.", interview=True, company="Kinderwissen Verlag", stage="onsite", ivs=""))

    a(Ev("agency-de", "de", "Interview bei Lernfabrik Süd (über Hays)", "2026-03-02 11:30", 45, prod="outlook",
         tz="winvt:W. Europe Standard Time", org="Sven Albers <sven.albers@hays.invalid>|coord",
         att=[LU, "Birgit Ott <birgit.ott@lernfabrik-sued.de>"],
         desc="Hallo Frau Navarro,\nhiermit bestätige ich Ihr Gespräch mit Frau Ott, Leiterin Corporate Academy der "
              "Lernfabrik Süd, für die Position E-Learning Konzeptionerin (remote).\n\n" + teams("hays-de", "de")[0],
         loc=teams("hays-de", "de")[1], interview=True, company="Lernfabrik Süd",
         role="E-Learning Konzeptionerin", stage="hiring_manager", ivs="birgit.ott@lernfabrik-sued.de"))

    a(Ev("cancelled-de", "de", "Abgesagt: Vorstellungsgespräch Lernfabrik Süd – Fachbereich", "2026-03-09 10:00",
         60, prod="outlook", tz="winvt:W. Europe Standard Time", status="CANCELLED", seq=1,
         org="Birgit Ott <birgit.ott@lernfabrik-sued.de>",
         att=[LU, "Birgit Ott <birgit.ott@lernfabrik-sued.de>", "Heiko Lenz <heiko.lenz@lernfabrik-sued.de>"],
         desc="Die Stelle wurde intern besetzt. Wir sagen den Termin leider ab.", interview=True,
         company="Lernfabrik Süd", stage=""))

    a(Ev("workday-de", "de", "Interview: Lernexperience-Designerin – Museum für Naturkunde Nord",
         "2026-03-10 09:00", 45, prod="workday", tz="Europe/Berlin",
         org="Museum Nord Karriere <museumnord@myworkday.com>|coord",
         att=[LU, "Thomas Greve <t.greve@museum-nord.de>", "Ines Wolter <i.wolter@museum-nord.de>"],
         desc="Stelle: Lernexperience-Designerin (Bildung & Vermittlung)\nGesprächsart: Videointerview\n"
              "Interviewer: Thomas Greve (Leitung Bildung), Ines Wolter (Digitales)\n" + webex("mnn", "de")[0],
         interview=True, company="Museum für Naturkunde Nord", role="Lernexperience-Designerin",
         stage="hiring_manager"))

    a(Ev("title-only", "de", "Lucía <> Stiftung Bildungsbrücke", "2026-03-12 16:00", 30, prod="google",
         tz="Europe/Berlin", org="Dr. Anja Seidel <a.seidel@bildungsbruecke.org>",
         att=[LU, "Dr. Anja Seidel <a.seidel@bildungsbruecke.org>"], interview=True,
         company="Stiftung Bildungsbrücke"))

    a(Ev("spaziergang", "de", "Spaziergang mit Thomas", "2026-03-16 12:30", 45, prod="ios", tz="Europe/Berlin",
         desc="Museum Nord, 2. Gespräch – er schlug einen Spaziergang im Tiergarten statt Büro vor. Treffpunkt "
              "Haupteingang.", interview=True, company="Museum für Naturkunde Nord", ivs="Thomas Greve"))

    a(Ev("final-de", "de", "Finales Gespräch mit der Geschäftsführung – Lernwerk", "2026-03-23 10:00", 60,
         prod="outlook", tz="winvt:W. Europe Standard Time", org="Katrin Böhm <katrin.boehm@lernwerk.de>",
         att=[LU, "Dr. Stefan Reuter <stefan.reuter@lernwerk.de>", "Raum Humboldt <humboldt@lernwerk.de>|room"],
         desc="Letzte Runde für Instructional Designer (m/w/d) mit Dr. Stefan Reuter (Geschäftsführer) vor Ort.",
         loc="Lernwerk GmbH, Chausseestraße 8, Berlin", interview=True, company="Lernwerk",
         role="Instructional Designer", stage="final",
         ivs="stefan.reuter@lernwerk.de"))

    a(Ev("assessment-de", "de", "Assessment-Center Trainee Bildungsmanagement", "2026-03-26 08:30", 480,
         prod="outlook", tz="win:W. Europe Standard Time", org="Recruiting <recruiting@akademie-tessin.invalid>|coord",
         att=[LU], desc="Assessment-Center der Tessin Akademie (Corporate Academy der Tessin Logistik AG): "
                         "Gruppenübung, Präsentation, Interview. Ort: Friedrichstraße 191, Berlin.",
         loc="Friedrichstraße 191, Berlin", interview=True, company="Tessin Logistik", stage="onsite", ivs=""))
    a(Ev("zweitgespraech", "de", "Zweitgespräch Kinderwissen – mit der Redaktionsleitung", "2026-02-18 17:00", 60,
         prod="google", tz="Europe/Berlin", org="Ulrike Brandt <ulrike.brandt@gmx.de>",
         att=[LU, "Ulrike Brandt <ulrike.brandt@gmx.de>", "Jörg Maaß <j.maass@kinderwissen-verlag.de>"],
         desc="Liebe Lucía, wie angekündigt das zweite Gespräch, diesmal mit Jörg Maaß (Redaktionsleitung). Bitte "
              "bringen Sie Ihre Anmerkungen zum Probekapitel mit.\n\n" + meet("kinderwissen-2", "de")[0],
         loc=meet("kinderwissen-2", "de")[1], interview=True, company="Kinderwissen Verlag",
         role="Redakteurin für digitale Lernmaterialien", stage="technical"))
    return out


def events() -> list[Ev]:
    """Given nothing returns the French and German positive events."""
    return french() + german()
