"""train8: the invented users, employers, senders, greetings, signatures and disclaimers.

Every person, company, domain and URL here is invented; ATS names appear only as senders.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    """One job seeker: display name, address, first name, home language, roles and employers (name, domain)."""

    name: str
    addr: str
    first: str
    lang: str
    roles: tuple[str, ...]
    companies: tuple[tuple[str, str], ...]


USERS = (
    User("Aylin Demir", "aylin.demir@gmx.de", "Aylin", "de",
         ("Regulatory Affairs Specialist", "Junior Regulatory Affairs Manager", "Regulatory Affairs Associate (CMC)",
          "Referentin Arzneimittelzulassung", "Pharmacovigilance & Regulatory Officer"),
         (("Taunavia Pharma", "taunavia-pharma.de"), ("Mainbrück Biologics", "mainbrueck-bio.de"),
          ("Helvoral AG", "helvoral.ch"), ("Kestrel Generics", "kestrel-generics.com"),
          ("Apotheon Consulting", "apotheon-consulting.de"), ("Nidda Medical Devices", "nidda-med.de"))),
    User("Jordi Puig", "jordi.puig@protonmail.com", "Jordi", "es",
         ("QA Engineer", "Senior QA Automation Engineer", "Test Lead", "Ingeniero de QA", "SDET (Mobile)"),
         (("Pixelmar Studios", "pixelmar.es"), ("Tramuntana Labs", "tramuntanalabs.io"),
          ("Cobalto Pay", "cobaltopay.com"),
          ("Nautilo Games", "nautilo.games"),
          ("Ferroviaria Digital", "ferrodigital.es"), ("Quiosco Cloud", "quiosco.cloud"))),
    User("Léa Fontaine", "lea.fontaine@orange.fr", "Léa", "fr",
         ("Hotel Operations Manager", "Front Office Manager", "Directrice des opérations",
          "Responsable hébergement", "Guest Experience Manager"),
         (("Hôtel Belrive Genève", "belrive-geneve.ch"), ("Azuréa Resorts", "azurea-resorts.com"),
          ("Maison Ostral", "maison-ostral.fr"), ("Lemanis Hospitality", "lemanis.ch"),
          ("Les Pins d'Antibes", "pins-antibes.fr"), ("Corniche Collection", "corniche-collection.com"))),
    User("Ciarán Walsh", "ciaran.walsh@outlook.ie", "Ciarán", "en",
         ("In-house Legal Counsel", "Commercial Legal Counsel", "Junior Legal Counsel",
          "Legal Counsel (Data Protection)",
          "Associate General Counsel"),
         (("Brackwater Insurance", "brackwater.ie"), ("Liffeyline Energy", "liffeyline.ie"),
          ("Corrib Software", "corribsoftware.com"), ("Harcourt & Vale", "harcourtvale.co.uk"),
          ("Tolka Freight", "tolkafreight.ie"), ("Southbank Mutual", "southbankmutual.co.uk"))),
)

PEOPLE = {
    "en": ["Niamh Brennan", "Oliver Pryce", "Fiona Kehoe", "Daniel Osei", "Rachel Lindqvist", "Tom Gallagher",
           "Priya Raman", "Hannah Whitlock", "Conor Mulvey", "Grace Adeyemi"],
    "de": ["Katrin Vogelsang", "Jonas Hallmann", "Sabine Oertel", "Mehmet Kaya", "Ulrike Brandstätter",
           "Felix Rautenberg", "Anja Stüber", "Tobias Lindner"],
    "fr": ["Camille Roussel", "Julien Mercadier", "Sophie Albrand", "Karim Benali", "Hélène Vautrin",
           "Mathieu Delorme", "Élodie Ferrand", "Yann Le Goff"],
    "es": ["Marta Soler", "Sergio Ibáñez", "Núria Casals", "Pablo Arregui", "Lucía Ferrer", "Iker Zubiri",
           "Carmen Roldán", "Álvaro Prieto"],
}
ATS = ["Greenhouse", "Lever", "Workday", "Ashby", "SmartRecruiters", "Teamtailor", "Personio", "softgarden",
       "Workable", "iCIMS", "Welcome to the Jungle", "InfoJobs"]

GREET = {
    "en": ["Hi {first},", "Dear {first},", "Hello {first},", "{first},", "Dear {full},", "hey {first}"],
    "de": ["Guten Tag {full},", "Hallo {first},", "Sehr geehrte/r {full},", "Guten Tag,", "Liebe/r {first},"],
    "fr": ["Bonjour {first},", "Chère {first},", "Madame, Monsieur,", "Bonjour,", "Salut {first} !"],
    "es": ["Hola {first}:", "Buenos días, {first}:", "Estimado/a {full}:", "Hola {first},", "Buenas tardes,"],
}
SIGNOFF = {
    "en": ["Best regards,", "Kind regards,", "Thanks,", "All the best,", "Cheers,", "Warm regards,"],
    "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße", "LG"],
    "fr": ["Bien cordialement,", "Cordialement,", "Belle journée,", "À bientôt,", "Bien à vous,"],
    "es": ["Un saludo,", "Saludos cordiales,", "Un abrazo,", "Atentamente,", "Gracias,"],
}
TITLES = {
    "en": ["Talent Acquisition Partner", "Recruiter", "Head of Legal", "People Operations", "Hiring Manager",
           "Founder & CEO", "HR Business Partner"],
    "de": ["Recruiterin", "Personalreferent", "Leitung Regulatory Affairs", "HR Business Partnerin",
           "Talent Acquisition"],
    "fr": ["Chargée de recrutement", "Directeur des ressources humaines", "Responsable talents", "Directrice générale"],
    "es": ["Técnica de selección", "Responsable de People", "Talent Acquisition", "CTO y cofundador"],
}
DISCLAIMER = {
    "en": ["This e-mail and any attachments are confidential. If you received it in error, please notify the sender "
           "and delete it. Nothing in this message constitutes an offer or acceptance capable of forming a contract.",
           "CONFIDENTIALITY: the information in this email is intended for the addressee only. We regret any "
           "inconvenience caused by misdirected mail. {company} is an equal opportunity employer."],
    "de": ["Diese E-Mail enthält vertrauliche Informationen. Sollten Sie nicht der richtige Adressat sein, "
           "informieren Sie bitte den Absender und löschen Sie diese Mail. Diese Nachricht stellt kein verbindliches "
           "Angebot dar.",
           "{company} · Sitz der Gesellschaft: Frankfurt am Main · Amtsgericht Frankfurt HRB 99812 · Geschäftsführung: "
           "Dr. P. Halbach"],
    "fr": ["Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en "
           "informer l'expéditeur. Ce courriel ne constitue pas une offre contractuelle.",
           "{company} SAS au capital de 120 000 € · RCS Nice 512 884 310. Pensez à l'environnement avant d'imprimer."],
    "es": ["Este mensaje es confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y "
           "lo elimine. Lamentamos las molestias. Este correo no constituye una oferta vinculante.",
           "Protección de datos: {company} tratará sus datos para gestionar procesos de selección. Puede ejercer sus "
           "derechos en privacidad@{domain}."],
}
MOBILE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
          "es": "Enviado desde mi iPhone"}


def pick_user(rng: random.Random, lang: str) -> User:
    """Given a generator and a message language, returns a user (mostly the one whose home language it is)."""
    home = [u for u in USERS if u.lang == lang]
    if rng.random() < 0.85:
        return home[0]
    return rng.choice(USERS)


def signature(rng: random.Random, lang: str, person: str, company: str, domain: str) -> str:
    """Given a generator, language, sender and employer, returns a signature block, sometimes with a disclaimer."""
    lines = [person]
    if rng.random() < 0.8:
        lines.append(f"{rng.choice(TITLES[lang])} | {company}")
    if rng.random() < 0.4:
        lines.append(f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(100000, 999999)} · www.{domain}")
    if rng.random() < 0.35:
        lines.append("")
        lines.append(rng.choice(DISCLAIMER[lang]).format(company=company, domain=domain))
    return "\n".join(lines)
