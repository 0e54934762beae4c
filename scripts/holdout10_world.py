"""holdout10 world: the invented employers, agencies, job boards, ATS platforms and Ines's own school.

Given a language and a kind of sender, `pick_company` returns a fitting invented employer.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Company:
    """An invented organisation: name, mail domain, city, language, time zone and kind."""

    name: str
    domain: str
    city: str
    lang: str
    tz: str
    kind: str  # firm, public, startup, agency, board, school


COMPANIES = [
    Company("Brightwell Learning", "brightwell-learning.ie", "Dublin", "en", "Europe/Dublin", "firm"),
    Company("Liffey Academic Press", "liffeypress.ie", "Dublin", "en", "Europe/Dublin", "firm"),
    Company("Harbourside Bank", "harboursidebank.ie", "Dublin", "en", "Europe/Dublin", "firm"),
    Company("Kestrel Aerotech", "kestrel-aerotech.com", "Dublin", "en", "Europe/Dublin", "firm"),
    Company("Ardmore Training Partners", "ardmoretraining.ie", "Dublin", "en", "Europe/Dublin", "firm"),
    Company("Quillpath", "quillpath.com", "New York", "en", "America/New_York", "firm"),
    Company("Sproutlane Learning", "sproutlane.io", "Oakland", "en", "America/Los_Angeles", "firm"),
    Company("Klassly", "klassly.io", "Berlin", "en", "Europe/Berlin", "startup"),
    Company("Open Lab Schools Foundation", "openlabschools.org", "Dublin", "en", "Europe/Dublin", "startup"),
    Company("Northstar Skills Collective", "northstarskills.org", "Chicago", "en", "America/Chicago", "startup"),
    Company("Dublin Metropolitan University", "dmu.ie", "Dublin", "en", "Europe/Dublin", "public"),
    Company("Lakeshore State University", "lakeshore-state.edu", "Milwaukee", "en", "America/Chicago", "public"),
    Company("Talentbridge Learning Recruitment", "talentbridge-lr.ie", "Dublin", "en", "Europe/Dublin", "agency"),
    Company("RoleRadar", "roleradar.io", "Dublin", "en", "Europe/Dublin", "board"),
    Company("Teach to Train", "teachtotrain.co", "Dublin", "en", "Europe/Dublin", "board"),
    Company("Lernwerk Berlin", "lernwerk-berlin.de", "Berlin", "de", "Europe/Berlin", "firm"),
    Company("Kesselberg Verlag", "kesselberg-verlag.de", "Berlin", "de", "Europe/Berlin", "firm"),
    Company("Brandt Maschinenbau Akademie", "brandt-akademie.de", "Berlin", "de", "Europe/Berlin", "firm"),
    Company("Spreebank", "spreebank.de", "Berlin", "de", "Europe/Berlin", "firm"),
    Company("Quanta Kids", "quantakids.de", "Berlin", "de", "Europe/Berlin", "startup"),
    Company("Lernbrücke e.V.", "lernbruecke.org", "Berlin", "de", "Europe/Berlin", "startup"),
    Company("Technische Hochschule Spreeland", "th-spreeland.de", "Berlin", "de", "Europe/Berlin", "public"),
    Company("Kompass Personalberatung", "kompass-personal.de", "Berlin", "de", "Europe/Berlin", "agency"),
    Company("Jobkompass", "jobkompass.de", "Berlin", "de", "Europe/Berlin", "board"),
    Company("Lernwelten Magazin", "lernwelten-magazin.de", "Berlin", "de", "Europe/Berlin", "board"),
    Company("Apprenia", "apprenia.fr", "Lyon", "fr", "Europe/Paris", "firm"),
    Company("Éditions du Confluent", "editions-confluent.fr", "Lyon", "fr", "Europe/Paris", "firm"),
    Company("Rhodanie Industrie", "rhodanie-industrie.fr", "Lyon", "fr", "Europe/Paris", "firm"),
    Company("Banque Saône-Rhône", "banque-saonerhone.fr", "Lyon", "fr", "Europe/Paris", "firm"),
    Company("Tabletop Sciences", "tabletop-sciences.fr", "Lyon", "fr", "Europe/Paris", "startup"),
    Company("Passerelles Savoirs", "passerelles-savoirs.org", "Lyon", "fr", "Europe/Paris", "startup"),
    Company("Université Lyon Presqu'île", "univ-presquile.fr", "Lyon", "fr", "Europe/Paris", "public"),
    Company("Cabinet Orée RH", "oree-rh.fr", "Lyon", "fr", "Europe/Paris", "agency"),
    Company("EmploiFormation", "emploi-formation.fr", "Lyon", "fr", "Europe/Paris", "board"),
    Company("Aulaviva", "aulaviva.es", "Valencia", "es", "Europe/Madrid", "firm"),
    Company("Editorial Turia", "editorialturia.es", "Valencia", "es", "Europe/Madrid", "firm"),
    Company("Cerámicas Levante", "ceramicaslevante.es", "Valencia", "es", "Europe/Madrid", "firm"),
    Company("Banco Albufera", "bancoalbufera.es", "Valencia", "es", "Europe/Madrid", "firm"),
    Company("Laboratorio Chispa", "chispalab.es", "Valencia", "es", "Europe/Madrid", "startup"),
    Company("Fundación Aprende Más", "fundacionaprendemas.org", "Valencia", "es", "Europe/Madrid", "startup"),
    Company("Universitat Politècnica del Túria", "uptu.es", "Valencia", "es", "Europe/Madrid", "public"),
    Company("Selecta Levante", "selectalevante.es", "Valencia", "es", "Europe/Madrid", "agency"),
    Company("Empleo Educa", "empleoeduca.es", "Valencia", "es", "Europe/Madrid", "board"),
]

SCHOOL = Company("Internationale Schule Rheinaue", "is-rheinaue.de", "Bonn", "de", "Europe/Berlin", "school")

# (display name, sending domain); which platforms show up depends on the market.
ATS = {
    "en": [("Greenhouse", "us.greenhouse-mail.io"), ("Lever", "hire.lever.co"), ("Workday", "myworkday.com"),
           ("Ashby", "ashbyhq.com"), ("iCIMS", "talent.icims.com"), ("Workable", "candidates.workablemail.com"),
           ("SmartRecruiters", "smartrecruiters.com"), ("Teamtailor", "teamtailor-mail.com")],
    "de": [("Personio", "personio.de"), ("softgarden", "softgarden.io"), ("SmartRecruiters", "smartrecruiters.com"),
           ("Workday", "myworkday.com"), ("Teamtailor", "teamtailor-mail.com")],
    "fr": [("Welcome to the Jungle", "welcometothejungle.com"), ("Teamtailor", "teamtailor-mail.com"),
           ("Workday", "myworkday.com"), ("Flatchr", "flatchr.io")],
    "es": [("Factorial", "factorialhr.com"), ("Workable", "candidates.workablemail.com"),
           ("Personio", "personio.de"), ("InfoJobs", "infojobs.net")],
}

KIND_FOR_SENDER = {"public": "public", "founder": "startup", "agency": "agency", "board": "board"}


def pick_company(rng: random.Random, lang: str, sender: str) -> Company:
    """Given a language and sender kind, returns an invented organisation that would send such mail."""
    if sender == "colleague":
        return SCHOOL
    kind = KIND_FOR_SENDER.get(sender, "firm")
    pool = [c for c in COMPANIES if c.lang == lang and c.kind == kind]
    if kind == "firm":
        pool += [c for c in COMPANIES if c.lang == lang and c.kind == "startup"]
    return rng.choice(pool)


def client_for(rng: random.Random, lang: str) -> Company:
    """Given a language, returns the employer an agency recruits for."""
    return rng.choice([c for c in COMPANIES if c.lang == lang and c.kind in ("firm", "startup")])
