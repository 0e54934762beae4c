"""train9 invented world: the four users, their employers, people, ATS platforms, signatures and quoted mail."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    """One job seeker: display name, address, home time zones, languages, roles per language, target employers."""

    name: str
    first: str
    addr: str
    zones: tuple[str, ...]
    langs: tuple[str, ...]
    roles: dict[str, tuple[str, ...]]
    companies: tuple[tuple[str, str], ...]
    depts: tuple[str, ...]


USERS = (
    User("Mateusz Nowak", "Mateusz", "mnowak@posteo.de", ("Europe/Berlin", "Europe/Warsaw"), ("en", "de"),
         {"en": ("Logistics Planner", "Supply Chain Planner", "Transport Planner", "Demand Planner"),
          "de": ("Disponent Landverkehr", "Logistikplaner (m/w/d)", "Supply Chain Planer", "Transportplaner")},
         (("Elbkai Spedition", "elbkai-spedition.de"), ("Nordhafen Logistik GmbH", "nordhafen-logistik.de"),
          ("Warta Freight", "wartafreight.pl"), ("Kontor Sieben Fulfilment", "kontor7.de"),
          ("Baltikum Cargo Lines", "baltikumcargo.eu")),
         ("logistics", "supply chain", "transport planning")),
    User("Hannah Keller", "Hannah", "hannah.keller@icloud.com", ("Europe/Zurich", "America/New_York"),
         ("en", "de", "fr"),
         {"en": ("Scientist I, Cell Biology", "Associate Scientist - Assay Development", "Research Scientist"),
          "de": ("Wissenschaftlerin Zellbiologie", "Laborleiterin Assay-Entwicklung", "Scientist (w/m/d) Biologics"),
          "fr": ("Chercheuse en biologie cellulaire", "Scientifique - développement d'essais")},
         (("Rheinknie Biologics", "rheinknie-bio.ch"), ("Cobblestone Therapeutics", "cobblestonetx.com"),
          ("Lindenhof Pharma AG", "lindenhof-pharma.ch"), ("Harbor Point Bio", "harborpointbio.com"),
          ("Juravia Diagnostics", "juravia.ch")),
         ("R&D", "assay development", "translational research")),
    User("Lucía Romero", "Lucía", "lucia.romero.v@gmail.com", ("Europe/Madrid", "America/Mexico_City"), ("en", "es"),
         {"en": ("Account Executive", "Business Development Representative", "Key Account Manager - LATAM"),
          "es": ("Ejecutiva de cuentas", "Key Account Manager", "Business Developer B2B", "Responsable comercial")},
         (("Quetzal Cloud", "quetzalcloud.mx"), ("Fardo Software", "fardo.es"), ("Mesa Alta Payments", "mesaalta.com"),
          ("Brisa Logística Digital", "brisalogistica.es"), ("Lumbre Analytics", "lumbre.io")),
         ("B2B sales", "enterprise sales", "business development")),
    User("Étienne Roy", "Étienne", "etienne.roy@videotron.ca", ("America/Montreal", "Europe/Paris"), ("en", "fr"),
         {"en": ("Graphic Designer", "Brand Designer", "Junior Art Director"),
          "fr": ("Designer graphique", "Directeur artistique junior", "Graphiste identité de marque")},
         (("Atelier Sainte-Cunégonde", "atelier-sc.ca"), ("Studio Rivemont", "rivemont.studio"),
          ("Maison Pélican", "maisonpelican.fr"), ("Fjord & Fils", "fjordetfils.ca"),
          ("Typographie Boréale", "boreale.design")),
         ("design", "branding", "packaging")),
)

PEOPLE = {
    "en": ("Priya Raman", "Tom Whitfield", "Grace Odum", "Kevin Albrecht", "Sara Lindqvist", "Marcus Bell",
           "Ana Costa", "Jules Harper", "Dana Whitlock", "Ravi Menon"),
    "de": ("Jana Brückner", "Tobias Seidl", "Miriam Hoffmann", "Lars Petersen", "Katrin Wendt", "Emre Yıldız"),
    "fr": ("Chloé Tremblay", "Mathieu Gagnon", "Inès Benali", "Julien Mercier", "Sophie Lavoie", "Hugo Lefèvre"),
    "es": ("Marta Iglesias", "Javier Ortega", "Daniela Fuentes", "Rodrigo Salas", "Carmen Vidal", "Andrés Ibarra"),
}
CANDIDATES = ("Noor Haddad", "Felix Brandt", "Camille Girard", "Pablo Medina", "Yuki Tanaka", "Olivia Grant")
ATS = ("Greenhouse", "Lever", "Workday", "Ashby", "SmartRecruiters", "Workable", "Teamtailor", "Personio",
       "iCIMS", "softgarden", "Welcome to the Jungle", "InfoJobs")
BOARDS = {"en": ("JobFinch", "Careerly Weekly"), "de": ("Stellenfuchs", "JobKompass"),
          "fr": ("EmploiMatin", "Le Filon Emploi"), "es": ("TrabajoYa", "Ofertia Semanal")}
AGENCIES = ("Tallbridge Talent", "Keystone Search", "Meridian People", "Aguja Talento")
TITLES = {"en": ("Talent Acquisition Partner", "Senior Recruiter", "Hiring Manager", "HR Business Partner"),
          "de": ("Recruiterin", "Personalreferent", "Teamleitung", "HR Business Partnerin"),
          "fr": ("Chargée de recrutement", "Responsable RH", "Directeur de création"),
          "es": ("Técnica de selección", "Talent Partner", "Directora comercial")}
DISCLAIMERS = {
    "en": ("CONFIDENTIALITY: This email and any attachments are intended only for the addressee. Nothing in this "
           "message constitutes a contractual offer unless confirmed in writing. If you received it in error we "
           "regret any inconvenience; please delete it.",
           "Please consider the environment before printing this email. Unfortunately we cannot guarantee that "
           "email is virus-free."),
    "de": ("Diese E-Mail enthält vertrauliche Informationen. Sie stellt kein verbindliches Angebot dar. Sollten Sie "
           "diese E-Mail irrtümlich erhalten haben, bedauern wir dies und bitten Sie, sie zu löschen.",),
    "fr": ("Ce message et ses pièces jointes sont confidentiels. Il ne constitue en aucun cas une offre "
           "contractuelle. Si vous l'avez reçu par erreur, nous le regrettons ; merci de le supprimer.",),
    "es": ("Este mensaje es confidencial y no constituye una oferta vinculante. Si lo ha recibido por error, "
           "lamentamos las molestias; por favor, elimínelo.",),
}
QUOTES = {
    "en": (("Thank you - {role}", "Hi,\n\nThank you again for the conversation about the {role} role. I enjoyed "
            "hearing about the team's plans and I'm very interested.\n\nBest regards,\n{user}"),
           ("Following up - {role}", "Hello,\n\nI wanted to follow up on my interview for {role}. Is there any update "
            "on the timeline? I have another offer and need to answer by Friday.\n\nThanks,\n{user}")),
    "de": (("Vielen Dank - {role}", "Hallo,\n\nvielen Dank für das angenehme Gespräch zur Stelle {role}. Ich bin "
            "weiterhin sehr interessiert.\n\nViele Grüße\n{user}"),
           ("Nachfrage - {role}", "Hallo,\n\ngibt es schon Neuigkeiten zu meiner Bewerbung als {role}? Ich muss bis "
            "Freitag auf ein anderes Angebot antworten.\n\nBeste Grüße\n{user}")),
    "fr": (("Merci - {role}", "Bonjour,\n\nMerci encore pour notre échange sur le poste de {role}. Le projet "
            "m'intéresse beaucoup.\n\nBien à vous,\n{user}"),
           ("Relance - {role}", "Bonjour,\n\nAvez-vous des nouvelles concernant ma candidature au poste de {role} ? "
            "Je dois répondre à une autre offre d'ici vendredi.\n\nCordialement,\n{user}")),
    "es": (("Gracias - {role}", "Hola,\n\nGracias de nuevo por la entrevista para {role}. Me encantó conocer al "
            "equipo.\n\nUn saludo,\n{user}"),
           ("Seguimiento - {role}", "Hola,\n\n¿Hay novedades sobre mi candidatura para {role}? Tengo otra oferta y "
            "debo responder antes del viernes.\n\nGracias,\n{user}")),
}
