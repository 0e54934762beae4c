"""train11: German, French and Spanish events that are not Jonas's own interview."""

from __future__ import annotations

from typing import Any

from train11ev_ics import ME_CN, ME_WORK, Att, Ev
from train11ev_people import NH, ev, p, room

JW = Att(ME_CN, ME_WORK, role="CHAIR", partstat="ACCEPTED")
BE, PA, MA = "Europe/Berlin", "Europe/Paris", "Europe/Madrid"


def neg_de() -> list[Ev]:
    """Given nothing, returns the German negative specs."""
    gerrit, anja = p("Gerrit Olsen", NH), p("Anja Wolff", NH)
    kw: dict[str, Any] = {"work": True, "producer": "outlook", "tzstyle": "windows", "tz": BE}
    return [
        ev("user_interviewer", "de", "Vorstellungsgespräch Werkstudentin Data Analytics – Laura Schmid", False,
           organizer=anja, people=[Att("Laura Schmid", "laura.schmid@stud.uni-frankfurt.de"),
                                   room("FRA Besprechungsraum Main", "fra.main@nordhavn-bank.se")], **kw,
           desc="Interviewer: Jonas Lindqvist, Gerrit Olsen. Bewerbungsunterlagen im Anhang."),
        ev("candidate_freemail", "de", "Zweitgespräch mit Herrn Dominik Bauer (Data Scientist)", False, organizer=JW,
           people=[Att("Dominik Bauer", "d.bauer@web.de")], with_me=False, **kw, vid="teams"),
        ev("scorecard", "de", "Bewertungsbogen ausfüllen – Kandidat M. Yilmaz", False, producer="personio",
           organizer=Att("Nordhavn Recruiting", "recruiting@nordhavn-bank.se"), work=True, tz=BE, dur=15,
           desc="Bitte geben Sie Ihre Bewertung für das Interview mit Mehmet Yilmaz in Personio ab."),
        ev("debrief", "de", "Nachbesprechung Auswahlverfahren Risikoanalyst/in", False, organizer=gerrit,
           people=[anja], **kw),
        ev("headhunter_intake", "de", "Kennenlernen – Brandauer Executive", False, tz=BE,
           organizer=p("Katrin Brandauer", "brandauer-executive.ch"), vid="teams",
           desc="Lieber Herr Lindqvist, gerne möchte ich Sie unverbindlich kennenlernen und Ihre Wechselmotivation "
                "besprechen. Konkrete Mandate stelle ich Ihnen danach vor."),
        ev("mock_interview_coach", "de", "Probeinterview mit Coach (Vorbereitung Helvetra)", False, tz=BE,
           organizer=Att("Svenja Kraft", "kontakt@kraft-coaching.de"), vid="zoom",
           desc="Wir simulieren das Fachinterview inkl. Feedback."),
        ev("webinar", "de", "Webinar: Bewerbungsgespräche souverän meistern", False, producer="webex", tz=BE,
           organizer=Att("Karriereakademie Online", "webinare@karriereakademie.de"), vid="webex"),
        ev("benefit_office", "de", "Termin Bürgeramt – Anmeldung Wohnsitz", False, producer="apple",
           tzstyle="floating", tz=BE, with_me=False, location="Bürgeramt Mitte, Karl-Marx-Allee 31, Berlin",
           desc="Vorgangsnummer 48213. Mitbringen: Pass, Wohnungsgeberbestätigung."),
        ev("press", "de", "Interview mit dem Finanzblatt – KI im Kreditgeschäft", False, tz=BE,
           organizer=Att("Jens Albers", "j.albers@finanzblatt.de"), work=True, vid="teams",
           desc="Pressegespräch, Freigabe durch Nordhavn Kommunikation liegt vor."),
        ev("reference_call", "de", "Referenzgespräch zu Frau Katja Römer", False, tz=BE,
           organizer=p("Nina Hartmann", "kaufwerk.de"), vid="teams",
           desc="Frau Römer hat Sie als Referenz angegeben. Wir würden gern 15 Minuten über Ihre Zusammenarbeit "
                "sprechen."),
        ev("job_fair", "de", "Jobmesse Berlin – Data & Finance", False, tzstyle="allday", dur=1440, tz=BE,
           organizer=Att("Jobmesse Berlin", "info@jobmesse-berlin.de"), location="Estrel Berlin"),
        ev("user_research", "de", "Nutzerinterview: Ihre Erfahrung mit Kaufwerk Online", False, tz=BE,
           producer="calendly", organizer=p("Mia Scholz", "kaufwerk.de"), vid="meet",
           desc="Danke für Ihre Teilnahme an unserer Kundenstudie (30 Min., 25 € Gutschein)."),
        ev("informational_coffee", "de", "Kaffee mit Jana – Einblick Data Team Finto Labs", False, tz=BE,
           organizer=Att("Jana Petersen", "jana.petersen@posteo.de"), location="The Barn, Auguststr. 58",
           desc="Ganz informell, ich erzähle dir, wie wir arbeiten. Kein Bewerbungsgespräch!"),
        ev("onboarding", "de", "Onboarding – erster Arbeitstag", False, tz=BE,
           organizer=p("People Operations", "datenwerk.io"), hour=9, dur=300,
           location="Datenwerk, Skalitzer Str. 85, Berlin", desc="Willkommen! Hardware-Ausgabe, Zugänge, Mittagessen."),
        ev("hiring_committee", "de", "Einstellungskomitee Risikoanalyst/in – finale Entscheidung", False,
           organizer=gerrit, people=[anja, p("Elin Sjöberg", NH)], **kw),
        ev("mock_interview_friend", "de", "Übungsinterview mit Lena (Fallstudie)", False, producer="ios",
           tzstyle="floating", tz=BE, with_me=False),
        ev("agency_candidate", "de", "Interview mit unserem Kandidaten Herrn Felix Brandt", False, tz=BE,
           organizer=p("Katrin Brandauer", "brandauer-executive.ch"),
           people=[Att("Felix Brandt", "felix.brandt@gmx.net"), gerrit],
           work=True, vid="teams",
           desc="Wie besprochen stellen wir Ihnen Herrn Brandt für Ihre Position Senior Data Scientist vor."),
    ]


def neg_fr() -> list[Ev]:
    """Given nothing, returns the French negative specs."""
    kw: dict[str, Any] = {"work": True, "producer": "outlook", "tzstyle": "windows", "tz": PA}
    return [
        ev("user_interviewer", "fr", "Entretien candidat – stagiaire data (Inès Morel)", False,
           organizer=p("Chloé Bernard", NH), people=[Att("Inès Morel", "ines.morel@etu.sorbonne-universite.fr")],
           **kw, vid="teams", desc="Jonas, tu mènes la partie technique de l'entretien. Grille d'évaluation jointe."),
        ev("candidate_freemail", "fr", "Entretien – poste Data Analyst (Mme Lucie Faure)", False, organizer=JW,
           people=[Att("Lucie Faure", "lucie.faure@laposte.net")], with_me=False, **kw, vid="teams"),
        ev("debrief", "fr", "Débrief recrutement Data Analyst", False, organizer=p("Chloé Bernard", NH), **kw),
        ev("mock_interview_coach", "fr", "Simulation d'entretien avec mon coach", False, tz=PA,
           organizer=Att("Vincent Lebrun", "vincent@lebrun-coaching.fr"), vid="zoom",
           desc="Répétition de l'entretien final chez Assurances Delorme, avec débrief."),
        ev("class", "fr", "Atelier : réussir ses entretiens d'embauche", False, tz=PA,
           organizer=Att("APEC Île-de-France", "ateliers@apec-idf.fr"), location="51 boulevard Brune, Paris"),
        ev("visa", "fr", "Entretien consulaire – visa Canada", False, producer="apple", tzstyle="floating", tz=PA,
           with_me=False, location="Ambassade du Canada, 130 rue du Faubourg Saint-Honoré, Paris"),
        ev("podcast", "fr", "Interview podcast « Data & Finance »", False, tz=PA,
           organizer=Att("Data & Finance Podcast", "contact@datafinance-podcast.fr"), vid="zoom"),
        ev("press", "fr", "Interview presse – L'Agefi Data", False, tz=PA, work=True,
           organizer=Att("Margaux Petit", "m.petit@agefidata.fr"), vid="teams",
           desc="Entretien journalistique sur l'IA dans le crédit, validé par la communication."),
        ev("reference_call", "fr", "Appel de référence pour Claire Dubois", False, tz=PA,
           organizer=p("Sophie Marchand", "delorme-assurances.fr"), vid="teams",
           desc="Claire vous a indiqué comme référence pour le poste de Data Engineer."),
        ev("job_fair", "fr", "Salon de l'emploi Data & IA – Paris Expo", False, tzstyle="allday", dur=1440, tz=PA,
           organizer=Att("Salon Data Emploi", "visiteurs@salon-data-emploi.fr"),
           location="Paris Expo, Porte de Versailles"),
        ev("informational_coffee", "fr", "Café découverte avec Thomas (Conseil Altière)", False, tz=PA,
           organizer=Att("Thomas Girard", "thomas.girard@altiere-conseil.fr"), location="Café de Flore",
           desc="Échange informel sur le métier de consultant data, sans lien avec un recrutement."),
        ev("headhunter_intake", "fr", "Premier échange – cabinet Valmont Search", False, tz=PA,
           organizer=p("Agathe Roussel", "valmontsearch.fr"), vid="teams",
           desc="Faire connaissance et comprendre votre projet professionnel ; je vous présenterai ensuite des "
                "opportunités confidentielles."),
        ev("annual_review", "fr", "Entretien annuel d'évaluation", False, organizer=p("Chloé Bernard", NH), **kw),
        ev("user_research", "fr", "Entretien utilisateur – appli Maison Vérane", False, tz=PA, producer="calendly",
           organizer=p("Zoé Lambert", "maisonverane.fr"), vid="meet",
           desc="Merci de participer à notre étude client (45 min, bon d'achat de 30 €)."),
        ev("mock_interview_friend", "fr", "Entraînement entretien avec Mathilde", False, producer="ios",
           tzstyle="floating", tz=PA, with_me=False),
        ev("hiring_committee", "fr", "Comité de recrutement – Data Scientist Paris", False,
           organizer=p("Chloé Bernard", NH), people=[p("Mats Ek", NH)], **kw),
        ev("onboarding", "fr", "Journée d'intégration – nouveaux arrivants", False, tz=PA, hour=9, dur=420,
           organizer=Att("Onboarding Finalyse", "onboarding@finalyse.fr"), location="Finalyse, 5 rue Réaumur, Paris"),
    ]


def neg_es() -> list[Ev]:
    """Given nothing, returns the Spanish negative specs."""
    kw: dict[str, Any] = {"work": True, "producer": "outlook", "tzstyle": "windows", "tz": MA}
    return [
        ev("visa", "es", "Entrevista consulado – visado", False, producer="apple", tzstyle="floating", tz=MA,
           with_me=False, location="Consulado General, Calle de Serrano 75, Madrid",
           desc="Entrevista para el visado. Llevar pasaporte y justificante de la cita."),
        ev("benefit_office", "es", "Cita SEPE – oficina de empleo", False, producer="ios", tzstyle="floating", tz=MA,
           with_me=False, location="Oficina SEPE, Calle de Alcalá 412, Madrid"),
        ev("mock_interview_coach", "es", "Simulacro de entrevista con mi mentora", False, tz=MA,
           organizer=Att("Elena Castro", "elena.castro.mentoring@gmail.com"), vid="meet", footer=True),
        ev("class", "es", "Taller: cómo preparar entrevistas de trabajo", False, tz=MA,
           organizer=Att("Comunidad de Madrid Empleo", "talleres@empleo-madrid.es"), location="Calle de Vía Limite 14"),
        ev("user_interviewer", "es", "Entrevista con candidata – Analista de Datos (Paula Romero)", False,
           organizer=p("Nuria Vega", NH), people=[Att("Paula Romero", "paula.romero93@yahoo.es")], **kw,
           vid="teams", desc="Jonas, te toca la parte técnica. La guía de entrevista está en el enlace."),
        ev("candidate_university", "es", "Entrevista prácticas – Hugo Martín (UC3M)", False, organizer=JW,
           people=[Att("Hugo Martín", "100456789@alumnos.uc3m.es")], with_me=False, **kw),
        ev("press", "es", "Entrevista para Expansión Datos – IA en banca", False, tz=MA, work=True,
           organizer=Att("Laura Ramos", "lramos@expansiondatos.es"), vid="teams"),
        ev("reference_call", "es", "Llamada de referencia sobre Pablo Ortiz", False, tz=MA,
           organizer=p("Irene Soto", "mercadolumbre.es"), vid="meet", footer=True,
           desc="Pablo te ha dado como referencia para el puesto de Data Analyst; serán 15 minutos."),
        ev("job_fair", "es", "Feria de empleo tecnológico – IFEMA", False, tzstyle="allday", dur=1440, tz=MA,
           organizer=Att("Feria Empleo Tech", "info@feriaempleotech.es"), location="IFEMA, Madrid"),
        ev("informational_coffee", "es", "Café informativo con Sara (ex-compañera)", False, tz=MA,
           organizer=Att("Sara Delgado", "saradelgado@hotmail.es"), location="La Bicicleta Café, Madrid",
           desc="Te cuento cómo es trabajar en Seguros Alcora, sin compromiso."),
        ev("headhunter_intake", "es", "Primera llamada – Talento Iberia", False, tz=MA,
           organizer=p("Sergio Paredes", "talentoiberia.es"), vid="teams",
           desc="Me gustaría conocer tu perfil y tus expectativas; aún no hay un proceso concreto."),
        ev("onboarding", "es", "Primer día – incorporación", False, tz=MA, hour=9, dur=360,
           organizer=Att("Personas Cobrify", "personas@cobrify.es"), location="Cobrify, Calle Fuencarral 45"),
        ev("user_research", "es", "Entrevista de usuario – app Mercado Lumbre", False, tz=MA, producer="calendly",
           organizer=p("Noelia Cano", "mercadolumbre.es"), vid="zoom",
           desc="Gracias por participar en nuestro estudio de usuarios. Duración 40 minutos."),
        ev("podcast", "es", "Grabación pódcast «Datos y Finanzas»", False, tz=MA,
           organizer=Att("Datos y Finanzas", "hola@datosyfinanzas.fm"), vid="zoom"),
        ev("hiring_committee", "es", "Comité de contratación – Analista de Riesgos", False,
           organizer=p("Nuria Vega", NH), **kw),
        ev("debrief", "es", "Valoración de candidatos – proceso Data Analyst", False,
           organizer=p("Nuria Vega", NH), **kw, desc="Ronda de valoración tras las entrevistas de esta semana."),
    ]
