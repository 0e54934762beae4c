"""train11: Jonas's own interviews in German, French and Spanish."""

from __future__ import annotations

from train11ev_ics import Att, Ev
from train11ev_people import NH, ev, p, res, room

KW, QP, FL, HV, ZB = "kaufwerk.de", "quadrat-partners.de", "fintolabs.de", "helvetra.ch", "zinsberg.ch"
MV, CA, DL, AN = "maisonverane.fr", "altiere-conseil.fr", "delorme-assurances.fr", "andf.gouv.fr"
SAL, BA, ML, IAF = "segurosalcora.es", "baluarte.es", "mercadolumbre.es", "iaf.gob.es"
BE, PA, MA = "Europe/Berlin", "Europe/Paris", "Europe/Madrid"


def pos_de() -> list[Ev]:
    """Given nothing, returns the German positive specs."""
    return [
        ev("ats_screen", "de", "Telefoninterview – Kaufwerk GmbH (Senior Data Scientist Pricing)", True,
           producer="personio", tz=BE, organizer=p("Nina Hartmann", KW), vid="teams",
           desc="Hallo Jonas,\n\nvielen Dank für Ihre Bewerbung als Senior Data Scientist Pricing. Gerne möchten wir "
                "Sie in einem ersten Telefoninterview mit Nina Hartmann (Recruiting) kennenlernen.\n\nIhr Kaufwerk "
                "Recruiting-Team", company="Kaufwerk", role="Senior Data Scientist Pricing",
           stage="recruiter_screen", dur=30),
        ev("kennenlernen_later_round", "de", "Kennenlernen Jonas / Sebastian", True, tz=BE,
           organizer=p("Sebastian Kroll", FL), vid="meet", footer=True,
           desc="Hi Jonas, nach deinen Gesprächen mit Jan und Aylin möchte ich dich als Teamlead gern persönlich "
                "kennenlernen, bevor wir über ein Angebot sprechen.", company="Finto Labs", stage="hiring_manager"),
        ev("hand_typed_terse", "de", "Finto Labs 2. Runde", True, producer="apple", tzstyle="floating",
           with_me=False, tz=BE, company="Finto Labs", dur=60),
        ev("site_visit", "de", "Standortbesuch Logistikzentrum + Gespräch Fachbereich", True, producer="outlook",
           tzstyle="windows", tz=BE, organizer=p("Nina Hartmann", KW),
           people=[p("Thomas Reuter", KW), res("Besucherausweis Pforte", "pforte.hamburg@kaufwerk.de")],
           desc="Sehr geehrter Herr Lindqvist, im Rahmen der zweiten Auswahlrunde laden wir Sie zu einem Rundgang "
                "durch unser Logistikzentrum und einem Gespräch mit Thomas Reuter (Leitung Supply Chain Analytics) "
                "ein.",
           location="Kaufwerk Logistikzentrum, Am Windhukkai 8, Hamburg", company="Kaufwerk", stage="onsite",
           dur=180),
        ev("case_interview", "de", "Case-Interview Quadrat Partners – Analytics Practice", True, producer="outlook",
           tzstyle="windows", tz=BE, organizer=p("Hugo Brandt", QP), people=[p("Leonie Graf", QP)], vid="teams",
           desc="Fallstudie (45 Min.) zu Kreditausfallmodellen im Mittelstand, anschließend Fragen. Bitte Stift und "
                "Papier bereithalten.", company="Quadrat Partners", stage="technical", dur=60),
        ev("assessment_centre", "de", "Assessment-Center Helvetra – Analytics Talents", True, tzstyle="allday",
           tz="Europe/Zurich", organizer=Att("Helvetra Recruiting", "jobs@helvetra.ch", coord=True),
           desc="Ganztägig: Gruppenübung, Fallpräsentation, Einzelinterview. Treffpunkt 08:30 Empfang.",
           location="Helvetra Versicherungen, Mythenquai 40, Zürich", company="Helvetra", stage="onsite",
           interviewers=[], dur=1440),
        ev("founder_freemail", "de", "Gespräch Jonas / Lukas (Datenwerk)", True, tz=BE,
           organizer=Att("Lukas Feld", "lukas.feld@gmx.de"), footer=True, vid="meet",
           desc="Servus Jonas, wie besprochen ein zweites Gespräch – diesmal geht es um konkrete Aufgaben bei "
                "Datenwerk und um dein Gehalt.", company="Datenwerk", stage="", dur=60),
        ev("agency_names_client", "de", "Vorstellungsgespräch Zinsberg Bank (über Brandauer Executive)", True,
           producer="outlook", tzstyle="windows", tz="Europe/Zurich",
           organizer=p("Katrin Brandauer", "brandauer-executive.ch", coord=True), people=[p("Mirjam Frei", ZB)],
           desc="Lieber Herr Lindqvist, anbei die Einladung unserer Mandantin Zinsberg Bank zum Gespräch mit Frau "
                "Mirjam Frei (Leiterin Kreditrisiko) für die Position Senior Credit Risk Analyst.",
           location="Zinsberg Bank, Bahnhofstrasse 71, Zürich", company="Zinsberg Bank",
           role="Senior Credit Risk Analyst", stage="hiring_manager", dur=60),
        ev("panel_public", "de", "Auswahlgespräch – Referent/in Datenanalyse (Kennziffer 44/26)", True,
           producer="exchange", tzstyle="windows", tz=BE,
           organizer=Att("Personalreferat BfDS", "personal@bfds.bund.de", coord=True),
           people=[Att("Dr. Karl Vossberg", "karl.vossberg@bfds.bund.de"),
                   Att("Ute Lammers", "ute.lammers@bfds.bund.de"),
                   room("Raum 2.114", "raum2114@bfds.bund.de")],
           desc="Auswahlkommission: Dr. Karl Vossberg (Referatsleitung), Ute Lammers (Gleichstellungsbeauftragte).",
           location="Bundesamt für Finanzdatenstatistik, Invalidenstr. 12, Berlin",
           company="Bundesamt für Finanzdatenstatistik", role="Referent/in Datenanalyse", stage="", dur=60),
        ev("technical", "de", "Fachinterview Machine Learning – Helvetra", True, producer="webex", tz="Europe/Zurich",
           organizer=p("Ilse Vogt", HV), vid="webex", company="Helvetra", stage="technical", dur=60),
        ev("final", "de", "Abschlussgespräch mit der Geschäftsführung", True, producer="outlook", tzstyle="windows",
           tz=BE, organizer=p("Claudia Wendt", KW), people=[p("Nina Hartmann", KW)],
           desc="Letzte Runde Senior Data Scientist Pricing. Frau Wendt (CFO) und Frau Hartmann (HR).",
           company="Kaufwerk", role="Senior Data Scientist Pricing", stage="final", dur=60),
        ev("title_only", "de", "Jonas / Kaufwerk", True, tz=BE, organizer=p("Thomas Reuter", KW),
           company="Kaufwerk", dur=30),
        ev("name_and_company", "de", "Fr. Albrecht – Helvetra (Tel.)", True, producer="ios", tzstyle="floating",
           with_me=False, tz="Europe/Zurich", company="Helvetra", interviewers=["Fr. Albrecht"], dur=30),
        ev("cancelled", "de", "Abgesagt: Zweitgespräch Quadrat Partners", True, producer="outlook",
           tzstyle="windows", tz=BE, status="CANCELLED", organizer=p("Hugo Brandt", QP), sequence=1,
           company="Quadrat Partners", dur=60),
        ev("hm_round", "de", "Austausch mit der Teamleitung Data Science", True, producer="personio", tz=BE,
           organizer=p("Sebastian Kroll", FL), vid="zoom",
           desc="Zweites Gespräch für die Position ML Engineer Credit bei Finto Labs.",
           company="Finto Labs", role="ML Engineer Credit", stage="hiring_manager", dur=45),
        ev("trial_day", "de", "Probetag Datenwerk", True, producer="apple", tzstyle="floating", with_me=False,
           tz=BE, location="Datenwerk, Skalitzer Str. 85, Berlin", hour=9, dur=480, company="Datenwerk",
           stage="final"),
        ev("address_and_time", "de", "Mythenquai 40, Empfang Haus B", True, producer="ios", tzstyle="floating",
           with_me=False, tz="Europe/Zurich", desc="Helvetra – 2. Gespräch mit Frau Vogt + Teamleiter",
           company="Helvetra", interviewers=["Frau Vogt"], dur=90),
        ev("internal_transfer", "de", "Gespräch interne Bewerbung – Data Science Frankfurt", True, work=True,
           producer="outlook", tzstyle="windows", tz=BE, organizer=p("Gerrit Olsen", NH),
           desc="Hallo Jonas, zu deiner internen Bewerbung für das Team Kreditrisiko in unserer Frankfurter "
                "Niederlassung. Teilnehmer: Gerrit Olsen (Teamleitung).", vid="teams",
           company="Nordhavn Bank", stage="hiring_manager", dur=45),
    ]


def pos_fr() -> list[Ev]:
    """Given nothing, returns the French positive specs."""
    return [
        ev("ats_screen", "fr", "Entretien RH – Maison Vérane (Data Scientist Senior)", True, producer="wttj", tz=PA,
           organizer=p("Léa Fontaine", MV), vid="meet",
           desc="Bonjour Jonas,\n\nMerci pour votre candidature au poste de Data Scientist Senior. Léa Fontaine "
                "(Talent Acquisition) vous appellera pour un premier échange.\n\nL'équipe Maison Vérane",
           company="Maison Vérane", role="Data Scientist Senior", stage="recruiter_screen", dur=30),
        ev("technical", "fr", "Entretien technique – Conseil Altière", True, producer="outlook", tzstyle="windows",
           tz=PA, organizer=p("Mathieu Garnier", CA), people=[p("Yasmine Belkacem", CA)], vid="teams",
           company="Conseil Altière", stage="technical", dur=60),
        ev("case_interview", "fr", "Étude de cas – scoring crédit", True, producer="outlook", tzstyle="windows",
           tz=PA, organizer=p("Yasmine Belkacem", CA), location="Conseil Altière, 12 rue de la Paix, Paris",
           desc="Deuxième tour pour le poste de Manager Data & IA : étude de cas de 40 minutes puis restitution.",
           company="Conseil Altière", role="Manager Data & IA", stage="technical", dur=90),
        ev("final", "fr", "Entretien final avec le directeur général", True, producer="exchange", tzstyle="windows",
           tz=PA, organizer=p("Bertrand Delorme", DL), people=[p("Sophie Marchand", DL)],
           location="Assurances Delorme, 8 avenue Hoche, Paris", company="Assurances Delorme", stage="final", dur=60),
        ev("coffee_later_round", "fr", "Café avec Julien", True, tz=PA, organizer=p("Julien Roux", MV), footer=True,
           location="Café Kitsuné, Palais-Royal", desc="Suite à vos entretiens avec l'équipe, Julien (Head of Data) "
                                                       "souhaite vous rencontrer de façon informelle.",
           company="Maison Vérane", stage="hiring_manager", dur=45),
        ev("site_visit", "fr", "Visite de l'entrepôt de Senlis + échange avec l'équipe supply", True, tz=PA,
           organizer=p("Julien Roux", MV), people=[p("Camille Perrin", MV)], footer=True,
           desc="Dernière étape : visite du site et rencontre avec Camille Perrin (responsable planification).",
           location="Maison Vérane, ZA de la Gare, Senlis", company="Maison Vérane", stage="onsite", dur=180),
        ev("founder_freemail", "fr", "Jonas / Élodie – Finalyse", True, tz=PA,
           organizer=Att("Élodie Martel", "elodie.martel@free.fr"), producer="thunderbird", tzstyle="utc",
           desc="Bonjour Jonas, comme convenu : deuxième échange sur le poste de lead data chez Finalyse, avec mon "
                "associé.", company="Finalyse", role="lead data", stage="", dur=60),
        ev("lunch_later_round", "fr", "Déjeuner avec l'équipe Data", True, tz=PA, organizer=p("Sophie Marchand", DL),
           people=[p("Hugo Lemaire", DL), p("Nora Saidi", DL)], location="Brasserie Hoche, Paris", hour=12,
           desc="Dans le cadre du processus de recrutement (poste Actuaire Data Scientist).",
           company="Assurances Delorme", role="Actuaire Data Scientist", stage="onsite", dur=90),
        ev("panel_public", "fr", "Jury de recrutement – Chargé(e) d'études statistiques", True, producer="exchange",
           tzstyle="windows", tz=PA, organizer=Att("Recrutement ANDF", "recrutement@andf.gouv.fr", coord=True),
           people=[p("Anne Vasseur", AN), p("Pierre Colin", AN), room("Salle Condorcet", "condorcet@andf.gouv.fr")],
           desc="Jury : Anne Vasseur (cheffe de bureau), Pierre Colin (adjoint). Présentez-vous 15 minutes avant.",
           location="ANDF, 139 rue de Bercy, Paris", company="ANDF", role="Chargé(e) d'études statistiques",
           stage="", dur=45),
        ev("agency_names_client", "fr", "Entretien chez Assurances Delorme (via Talent Partners)", True,
           tz=PA, organizer=p("Claire Dumont", "talentpartners.fr", coord=True), people=[p("Hugo Lemaire", DL)],
           desc="Bonjour Jonas, je vous confirme l'entretien avec mon client, Assurances Delorme, pour le poste de "
                "Lead Data Scientist. Vous rencontrerez Hugo Lemaire.", footer=True,
           company="Assurances Delorme", role="Lead Data Scientist", stage="hiring_manager", dur=60),
        ev("title_only", "fr", "Jonas <> Camille", True, tz=PA, organizer=p("Camille Perrin", MV),
           company="Maison Vérane", dur=30),
        ev("hand_typed_terse", "fr", "Delorme 2e tour", True, producer="google", tzstyle="xwr", tz=PA,
           with_me=False, company="Assurances Delorme", dur=60),
        ev("hm_round", "fr", "Échange avec le manager – poste Data Scientist", True, producer="smartrecruiters",
           tz=PA, organizer=p("Hugo Lemaire", DL), vid="teams", company="Assurances Delorme",
           role="Data Scientist", stage="hiring_manager", dur=45),
        ev("cancelled", "fr", "Annulé : Entretien RH Conseil Altière", True, status="CANCELLED", producer="outlook",
           tzstyle="windows", tz=PA, organizer=p("Mathieu Garnier", CA), sequence=1, company="Conseil Altière",
           stage="recruiter_screen", dur=30),
        ev("assessment_centre", "fr", "Journée d'évaluation – programme Data Leaders", True, tzstyle="allday",
           tz=PA, organizer=Att("Assurances Delorme Recrutement", "recrutement@delorme-assurances.fr", coord=True),
           desc="Mises en situation, exercice de groupe et entretien individuel.", dur=1440,
           company="Assurances Delorme", stage="onsite", interviewers=[]),
        ev("name_and_company", "fr", "Tél. M. Garnier (Conseil Altière)", True, producer="ios", tzstyle="floating",
           tz=PA, with_me=False, company="Conseil Altière", interviewers=["M. Garnier"], dur=30),
    ]


def pos_es() -> list[Ev]:
    """Given nothing, returns the Spanish positive specs."""
    return [
        ev("ats_screen", "es", "Entrevista con Seguros Alcora – Científico/a de Datos", True, producer="factorial",
           tz=MA, organizer=p("Marta Ibáñez", SAL), vid="meet",
           desc="Hola Jonas:\n\nGracias por tu interés. Te confirmamos una primera entrevista con Marta Ibáñez "
                "(Selección) para el puesto de Científico/a de Datos.", company="Seguros Alcora",
           role="Científico/a de Datos", stage="recruiter_screen", dur=30),
        ev("technical", "es", "Entrevista técnica – Mercado Lumbre", True, producer="greenhouse", tz=MA,
           organizer=p("Irene Soto", ML, coord=True), people=[p("Diego Navarro", ML), p("Alba Cruz", ML)],
           vid="zoom", desc="Entrevistadores: Diego Navarro (Lead Data Scientist) y Alba Cruz (ML Engineer).",
           company="Mercado Lumbre", stage="technical", dur=60),
        ev("case_interview", "es", "Caso práctico – Baluarte Consulting", True, producer="outlook",
           tzstyle="windows", tz=MA, organizer=p("Álvaro Ruiz", BA), people=[p("Carmen Gil", BA)],
           location="Baluarte, Paseo de la Castellana 95, Madrid",
           desc="Segunda ronda para Senior Consultant Analytics: caso de negocio sobre riesgo de crédito.",
           company="Baluarte Consulting", role="Senior Consultant Analytics", stage="technical", dur=90),
        ev("coffee_later_round", "es", "Café con Lucía", True, tz=MA, organizer=p("Lucía Ortega", SAL), footer=True,
           location="Federal Café, Plaza de las Comendadoras", desc="Jonas, antes de la última ronda me gustaría "
                                                                    "conocerte en persona. Lucía (Directora de Datos)",
           company="Seguros Alcora", stage="hiring_manager", dur=45),
        ev("office_visit", "es", "Visita a las oficinas y conoce al equipo", True, tz=MA,
           organizer=p("Diego Navarro", ML), people=[p("Alba Cruz", ML), p("Pablo Vidal", ML)], footer=True,
           location="Mercado Lumbre, Calle de Alcalá 120, Madrid", desc="Ronda presencial del proceso de selección.",
           company="Mercado Lumbre", stage="onsite", dur=120),
        ev("founder_freemail", "es", "Jonas – Raúl (Cobrify)", True, tz=MA,
           organizer=Att("Raúl Benítez", "raul.benitez.m@gmail.com"), footer=True, vid="meet",
           desc="Hola Jonas, soy cofundador de Cobrify. Hablamos del puesto de Head of Data, ¿te va bien?",
           company="Cobrify", role="Head of Data", stage="hiring_manager", dur=45),
        ev("panel_public", "es", "Entrevista ante la comisión de selección – Técnico/a de Análisis", True,
           producer="exchange", tzstyle="windows", tz=MA, organizer=p("Rosa Molina", IAF, coord=True),
           people=[p("Fernando Lago", IAF), p("Inés Prieto", IAF),
                   room("Sala Jovellanos", "sala.jovellanos@iaf.gob.es")],
           location="Instituto de Análisis Fiscal, Calle Alcalá 9, Madrid",
           company="Instituto de Análisis Fiscal", role="Técnico/a de Análisis", stage="", dur=60),
        ev("agency_names_client", "es", "Entrevista Baluarte Consulting – vía Talento Iberia", True, tz=MA,
           organizer=p("Sergio Paredes", "talentoiberia.es", coord=True), people=[p("Álvaro Ruiz", BA)],
           desc="Hola Jonas, te confirmo la entrevista con nuestro cliente Baluarte Consulting con Álvaro Ruiz "
                "(Socio).", vid="teams", company="Baluarte Consulting", stage="hiring_manager", dur=60),
        ev("title_only", "es", "Jonas / Seguros Alcora", True, tz=MA, organizer=p("Lucía Ortega", SAL),
           company="Seguros Alcora", dur=45),
        ev("hand_typed_terse", "es", "Alcora 2a ronda", True, producer="google", tzstyle="xwr", tz=MA,
           with_me=False, company="Seguros Alcora", dur=60),
        ev("final", "es", "Entrevista final con la directora general", True, producer="outlook", tzstyle="windows",
           tz=MA, organizer=p("Beatriz Serrano", ML), location="Mercado Lumbre, Calle de Alcalá 120",
           company="Mercado Lumbre", stage="final", dur=45),
        ev("assessment_centre", "es", "Centro de evaluación – Seguros Alcora", True, tz=MA, hour=9, dur=360,
           organizer=Att("Selección Seguros Alcora", "seleccion@segurosalcora.es", coord=True),
           desc="Dinámica de grupo, presentación y entrevista individual con Lucía Ortega.",
           company="Seguros Alcora", stage="onsite", interviewers=["Lucía Ortega"]),
        ev("hm_round", "es", "Conversación con el responsable del equipo", True, producer="factorial", tz=MA,
           organizer=p("Diego Navarro", ML), vid="meet", company="Mercado Lumbre", stage="hiring_manager", dur=45),
        ev("cancelled", "es", "Cancelada: Entrevista técnica Seguros Alcora", True, status="CANCELLED",
           producer="outlook", tzstyle="windows", tz=MA, organizer=p("Marta Ibáñez", SAL), sequence=1,
           company="Seguros Alcora", stage="technical", dur=60),
        ev("name_and_company", "es", "Charla con Javier (Baluarte)", True, producer="apple", tzstyle="floating",
           tz=MA, with_me=False, company="Baluarte Consulting", interviewers=["Javier"], dur=30),
        ev("rescheduled", "es", "Actualizado: entrevista con Mercado Lumbre", True, tz=MA, sequence=1, hour=16,
           organizer=p("Irene Soto", ML, coord=True), people=[p("Beatriz Serrano", ML)], footer=True, vid="meet",
           company="Mercado Lumbre", stage="", dur=45),
    ]
