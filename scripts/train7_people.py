"""People, companies, platforms, greetings, sign-offs, disclaimers and quoted candidate mail for train7.

Every name, company, address and URL here is invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    """The job seeker who receives the mail."""

    first: str
    last: str
    email: str
    tz: str
    honorific: dict[str, str]
    roles: dict[str, list[str]]


USERS = {
    "priya": User("Priya", "Natarajan", "priya.natarajan@hey.com", "Europe/London",
                  {"en": "Ms Natarajan"},
                  {"en": ["Data Analyst", "Senior Data Analyst", "Analytics Engineer", "BI Analyst",
                          "Product Insights Analyst", "Marketing Data Analyst"]}),
    "lukas": User("Lukas", "Brandt", "lukas.brandt@web.de", "Europe/Berlin",
                  {"en": "Mr Brandt", "de": "Herr Brandt"},
                  {"en": ["Mechanical Design Engineer", "Test Engineer", "Mechanical Engineer"],
                   "de": ["Konstrukteur Sondermaschinenbau", "Entwicklungsingenieur Antriebstechnik",
                          "Versuchsingenieur", "Projektingenieur Mechanik", "Berechnungsingenieur FEM"]}),
    "camille": User("Camille", "Moreau", "camille.moreau@laposte.net", "Europe/Paris",
                    {"en": "Ms Moreau", "fr": "Madame Moreau"},
                    {"en": ["Brand Manager", "Brand Marketing Lead"],
                     "fr": ["Chef de produit marketing", "Responsable de marque", "Brand Manager",
                            "Chargée de communication", "Chef de projet marketing"]}),
    "diego": User("Diego", "Salas", "dsalas@yahoo.es", "Europe/Madrid",
                  {"en": "Mr Salas", "es": "Sr. Salas"},
                  {"en": ["Financial Controller", "Senior Accountant"],
                   "es": ["Controller financiero", "Contable senior", "Responsable de contabilidad",
                          "Analista de control de gestión", "Jefe de administración"]}),
}

# Companies by user: (name, domain).
COMPANIES = {
    "priya": [("Ledgerwise", "ledgerwise.co.uk"), ("Harbourline Insurance", "harbourline.com"),
              ("Tillbury Foods", "tillburyfoods.co.uk"), ("Quillon Health", "quillonhealth.com"),
              ("Northgate Transit", "northgate-transit.org.uk"), ("Brightmere Retail", "brightmere.com"),
              ("Fennick Labs", "fennicklabs.io"), ("Oakhurst Capital", "oakhurstcap.com"),
              ("Saltmarsh Media", "saltmarsh.media"), ("Copperleaf Energy", "copperleaf-energy.com"),
              ("Kestrel Mobility", "kestrelmobility.com"), ("Amberlane Bank", "amberlane.co.uk")],
    "lukas": [("Hollwerk Antriebe", "hollwerk.de"), ("Isarmotion", "isarmotion.de"),
              ("Brenninger Fördertechnik", "brenninger-ft.de"), ("Kaltenbach Hydraulik", "kaltenbach-hydraulik.de"),
              ("Stelzner Medizintechnik", "stelzner-med.de"), ("Voralp Robotics", "voralp-robotics.com"),
              ("Ruperti Maschinenbau", "ruperti-mb.de"), ("Aurach Aerospace", "aurach-aero.de"),
              ("Windhager Systems", "windhager-systems.de"), ("Lechfeld Automotive", "lechfeld-auto.de")],
    "camille": [("Maison Verrier", "maisonverrier.fr"), ("Bellerive Cosmétiques", "bellerive.fr"),
                ("Atelier Sauvagine", "sauvagine.com"), ("Croquembouche & Co", "croquembouche.co"),
                ("Lumeo Sport", "lumeo-sport.fr"), ("Groupe Ravel Distribution", "ravel-distribution.fr"),
                ("Opaline Voyages", "opaline-voyages.fr"), ("Fromagerie Delcourt", "delcourt-fromages.fr"),
                ("Studio Pervenche", "pervenche.studio"), ("Brasserie du Vercors", "brasserieduvercors.fr")],
    "diego": [("Grupo Alcázar Logística", "alcazarlogistica.es"), ("Naranjos del Turia", "naranjosturia.es"),
              ("Cerámicas Valdés", "ceramicasvaldes.com"), ("Finanzia Partners", "finanziapartners.es"),
              ("Hoteles Brisamar", "brisamar.es"), ("Construcciones Otero", "otero-construcciones.es"),
              ("Laboratorios Anaya", "labanaya.es"), ("Mercavía Retail", "mercavia.es"),
              ("Transportes Galindo", "tgalindo.es"), ("Bodegas Riberal", "riberal.es")],
}

# The user's own employer, for mail where the user is the interviewer.
OWN_EMPLOYER = {
    "priya": ("Pemberton Analytics", "pemberton-analytics.co.uk"),
    "lukas": ("Moosach Technik", "moosach-technik.de"),
    "camille": ("Agence Lumière", "agence-lumiere.fr"),
    "diego": ("Auditores Cardenal", "cardenal-auditores.es"),
}

AGENCIES = {
    "en": [("Fairway Talent", "fairwaytalent.co.uk"), ("Calder & Reeve Search", "calderreeve.com")],
    "de": [("Alpenkopf Personal", "alpenkopf-personal.de"), ("TechBridge Recruiting", "techbridge-rec.de")],
    "fr": [("Cabinet Orée RH", "oree-rh.fr"), ("Talentis Conseil", "talentis-conseil.fr")],
    "es": [("Selecta Talento", "selectatalento.es"), ("Hunters & Co Ibérica", "huntersco.es")],
}

BOARDS = {
    "en": [("JobNest", "alerts@jobnest.example.co.uk"), ("CareerPulse", "digest@careerpulse.example.com")],
    "de": [("Stellenfuchs", "alert@stellenfuchs.example.de"), ("IngJobs", "news@ingjobs.example.de")],
    "fr": [("EmploiPlus", "alertes@emploiplus.example.fr"), ("Le Marketeur Hebdo", "lettre@marketeur.example.fr")],
    "es": [("TrabajoYa", "alertas@trabajoya.example.es"), ("Finanzas Hoy Empleo", "boletin@finanzashoy.example.es")],
}

PLATFORMS = [("Greenhouse", "greenhouse-mail.io"), ("Lever", "hire.lever.co"), ("Workday", "myworkday.com"),
             ("Ashby", "ashbyhq.com"), ("SmartRecruiters", "smartrecruiters.com"), ("Workable", "workablemail.com"),
             ("Personio", "personio.de"), ("Teamtailor", "teamtailor-mail.com"), ("Recruitee", "recruitee.com"),
             ("softgarden", "softgarden.io"), ("Welcome to the Jungle", "welcomekit.co"),
             ("Factorial", "factorialhr.com"), ("iCIMS", "icims.com"), ("JOIN", "join.com")]

PEOPLE = {
    "en": ["Hannah Okafor", "Tom Whitlock", "Grace Lindqvist", "Marcus Bell", "Aisha Rahman", "Oliver Penrose",
           "Niamh Doyle", "Sam Achterberg", "Ruth Castellan", "Dev Malhotra", "Elena Fitch", "Jonah Reyes"],
    "de": ["Katrin Obermaier", "Florian Haas", "Sabine Gruber", "Jonas Reiter", "Melanie Strobl", "Tobias Wenzel",
           "Anja Kreuzer", "Stefan Moll", "Ines Vogl", "Benedikt Sailer"],
    "fr": ["Élodie Marchal", "Thomas Gervais", "Sophie Delorme", "Julien Barbier", "Nadia Haddou", "Pierre Lachaud",
           "Claire Vasseur", "Mathieu Rigaud", "Inès Carpentier", "Hugo Ferrand"],
    "es": ["Lucía Ferrer", "Javier Molina", "Marta Iglesias", "Andrés Cabello", "Nuria Soler", "Pablo Montero",
           "Carmen Vidal", "Sergio Lozano", "Irene Gallardo", "Álvaro Pastor"],
}

CANDIDATES = {"en": ["Bethany Harrow", "Leila Moss", "Christine Tandy"], "de": ["Jana Eder", "Svenja Kamp"],
              "fr": ["Léa Fontaine", "Nora Belkacem"], "es": ["Rocío Medina", "Sara Ortega"]}

TITLES = {
    "en": {"recruiter": ["Talent Partner", "Recruiter", "Senior Talent Acquisition Partner"],
           "manager": ["Head of Analytics", "Engineering Manager", "Finance Director", "Marketing Director"],
           "founder": ["Co-founder & CEO", "Founder"], "hr": ["HR Manager", "People Operations"],
           "agency": ["Senior Consultant", "Principal Consultant"], "colleague": ["Team Lead", "HR Business Partner"]},
    "de": {"recruiter": ["Recruiterin", "Talent Acquisition", "Personalreferentin"],
           "manager": ["Teamleiter Konstruktion", "Leiter Entwicklung", "Abteilungsleiterin Versuch"],
           "founder": ["Geschäftsführer", "Gründer"], "hr": ["Personalabteilung", "HR Business Partnerin"],
           "agency": ["Senior Consultant", "Personalberater"], "colleague": ["Teamleiter", "HR"]},
    "fr": {"recruiter": ["Chargée de recrutement", "Talent Acquisition Manager"],
           "manager": ["Directrice marketing", "Head of Brand", "Directeur commercial"],
           "founder": ["Fondatrice", "Co-fondateur"], "hr": ["Responsable RH", "Service Ressources Humaines"],
           "agency": ["Consultante senior", "Consultant en recrutement"], "colleague": ["Directrice conseil", "RH"]},
    "es": {"recruiter": ["Técnica de selección", "Talent Acquisition"],
           "manager": ["Director financiero", "Responsable de administración", "CFO"],
           "founder": ["Fundador y CEO", "Cofundadora"], "hr": ["Departamento de RR. HH.", "Responsable de personas"],
           "agency": ["Consultora senior", "Consultor de selección"], "colleague": ["Socio de auditoría", "RR. HH."]},
}

GREETINGS = {
    ("en", "f"): ["Dear {first},", "Dear {hon},", "Hello {first},"],
    ("en", "i"): ["Hi {first},", "Hey {first},", "{first},", "Hi {first} -", "Morning {first},"],
    ("de", "f"): ["Sehr geehrter {hon},", "Guten Tag {hon},", "Hallo {hon},"],
    ("de", "i"): ["Hallo {first},", "Hi {first},", "Servus {first},", "Moin {first},"],
    ("fr", "f"): ["Madame,", "Bonjour {hon},", "Chère Madame Moreau,"],
    ("fr", "i"): ["Bonjour {first},", "Hello {first},", "Salut {first},", "Coucou {first} !"],
    ("es", "f"): ["Estimado {hon}:", "Estimado Diego:", "Buenos días, {hon}:"],
    ("es", "i"): ["Hola Diego:", "Hola Diego,", "Buenas, Diego:", "¡Hola Diego!"],
}

SIGNOFFS = {
    ("en", "f"): ["Kind regards,", "Best regards,", "Yours sincerely,", "With best wishes,"],
    ("en", "i"): ["Best,", "Thanks,", "Cheers,", "All the best,", "Speak soon,", "-"],
    ("de", "f"): ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"],
    ("de", "i"): ["Viele Grüße", "LG", "Beste Grüße", "Grüße aus dem Büro", "Bis bald"],
    ("fr", "f"): ["Bien cordialement,", "Cordialement,",
                  "Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées."],
    ("fr", "i"): ["Belle journée,", "À bientôt,", "Bonne journée,", "Bien à toi,"],
    ("es", "f"): ["Un cordial saludo,", "Atentamente,", "Saludos cordiales,"],
    ("es", "i"): ["Un abrazo,", "Saludos,", "Un saludo,", "Gracias,"],
}

DISCLAIMERS = {
    "en": ["This email and any attachments are confidential. If you received it in error, please tell the sender; "
           "we regret any inconvenience. Nothing in this message is an offer or acceptance of any contract.",
           "Unfortunately we cannot guarantee that email is virus-free. {co} Ltd is registered in England and Wales; "
           "we offer flexible working to all colleagues.",
           "Please consider the environment before printing. The information in this email does not constitute a "
           "binding offer of employment unless confirmed in a signed letter."],
    "de": ["Diese E-Mail enthält vertrauliche Informationen. Sollten Sie sie irrtümlich erhalten haben, bedauern wir "
           "dies und bitten um Löschung. Diese Nachricht stellt kein verbindliches Angebot dar.",
           "{co} GmbH · Amtsgericht München · Geschäftsführung: siehe Impressum. Leider können wir für die "
           "Vollständigkeit elektronischer Nachrichten keine Gewähr übernehmen."],
    "fr": ["Ce message et ses pièces jointes sont confidentiels. S'il vous est parvenu par erreur, nous le regrettons "
           "et vous remercions de le détruire. Il ne constitue pas une offre contractuelle.",
           "{co} SAS - RCS Lyon. Malheureusement, l'intégrité de ce message ne peut être garantie sur Internet."],
    "es": ["Este mensaje es confidencial. Si lo ha recibido por error, lamentamos las molestias y le rogamos que lo "
           "elimine. Su contenido no constituye una oferta vinculante.",
           "De acuerdo con el RGPD, sus datos serán tratados por {co} S.L. Lamentablemente no podemos garantizar la "
           "integridad del correo electrónico."],
}

# The candidate's own earlier mail, quoted below replies.
QUOTES = {
    "thanks": {
        "en": "Thank you for taking the time to speak with me about the {role} role. I enjoyed hearing how the "
              "team works and I'm very keen on the position.\n\nBest wishes,\n{me}",
        "de": "vielen Dank für das angenehme Gespräch zur Stelle {role}. Ich habe einen sehr guten Eindruck vom "
              "Team gewonnen und bin weiterhin sehr interessiert.\n\nViele Grüße\n{me}",
        "fr": "Merci encore pour notre échange au sujet du poste de {role}. J'ai beaucoup apprécié la discussion "
              "et le poste me motive vraiment.\n\nBien cordialement,\n{me}",
        "es": "Muchas gracias por la entrevista para el puesto de {role}. Me gustó mucho conocer al equipo y sigo "
              "muy interesado en la posición.\n\nUn saludo,\n{me}",
    },
    "followup": {
        "en": "I hope you're well. I wanted to follow up on my interview for the {role} position and ask whether "
              "there is any update on the timeline.\n\nMany thanks,\n{me}",
        "de": "ich wollte kurz nachfragen, ob es zur Stelle {role} schon einen neuen Stand gibt.\n\nBeste Grüße\n{me}",
        "fr": "Je me permets de revenir vers vous concernant ma candidature au poste de {role}. Auriez-vous des "
              "nouvelles ?\n\nCordialement,\n{me}",
        "es": "Quería preguntar si hay novedades sobre el proceso para el puesto de {role}.\n\n"
              "Gracias de antemano,\n{me}",
    },
    "another": {
        "en": "A quick note: I have another offer and need to give them an answer by Friday. Is there any chance "
              "of an update on the {role} role before then?\n\nThanks,\n{me}",
        "de": "kurze Info: Ich habe ein anderes Angebot vorliegen und muss bis Freitag zusagen. Gibt es zur Stelle "
              "{role} vorher eine Rückmeldung?\n\nGrüße\n{me}",
        "fr": "Petite précision : j'ai reçu une autre offre et je dois répondre d'ici vendredi. Auriez-vous un "
              "retour sur le poste de {role} d'ici là ?\n\nMerci,\n{me}",
        "es": "Una cosa: tengo otra oferta y debo responder antes del viernes. ¿Habría alguna novedad sobre el puesto "
              "de {role} antes?\n\nGracias,\n{me}",
    },
}

# The recruiter's earlier, hopeful mail that a long thread carries below the candidate's follow-up.
EARLIER = {
    "en": "Great speaking today! The team really enjoyed meeting you and we're moving quickly. I'll be in touch "
          "with next steps.",
    "de": "Danke für das tolle Gespräch heute! Das Team war begeistert, wir melden uns mit den nächsten Schritten.",
    "fr": "Merci pour l'entretien ! L'équipe a été ravie de vous rencontrer, je reviens vers vous pour la suite.",
    "es": "¡Gracias por la entrevista de hoy! Al equipo le encantó conocerte; te escribo con los siguientes pasos.",
}
