"""holdout11: more German and French events, both ways (own interviews and not), to balance the languages.

events() returns the specs.
"""

from __future__ import annotations

from holdout11ev_boiler import A, me_p, me_w, meet, room, teams, webex
from holdout11ev_ics import ME_NAME, ME_WORK, Att, Ev
from holdout11ev_neg_side import N
from holdout11ev_pos_es import P


def events() -> list[Ev]:
    """Returns the extra DE/FR specs of holdout11."""
    return [
        P(kind="fr-smartrecruiters-lyon", lang="fr", producer="smartrecruiters", tz="utc", city="par", day=61,
          start="09:30", summary="Invitation à un entretien – Responsable planning TGV Est – Ferréa Maintenance",
          description="Bonjour Rafael,\n\nFerréa Maintenance vous invite à un entretien vidéo pour le poste de "
          "Responsable planning TGV Est.\nVotre interlocutrice : Amélie Caron, Chargée de recrutement.\n\n"
          "Cordialement,\nL'équipe recrutement Ferréa (via SmartRecruiters)\n\n" + teams("fr", 261),
          organizer=A("Ferréa Maintenance via SmartRecruiters", "notifications@smartrecruiters.com"),
          attendees=[me_p(), A("Amélie Caron", "amelie.caron@ferrea-maintenance.fr")],
          company="Ferréa Maintenance", role="Responsable planning TGV Est", stage="recruiter_screen",
          trap="smartrecruiters fr screen"),
        P(kind="fr-jury-public", lang="fr", producer="outlook", tz="owa", city="par", day=62, start="14:00",
          summary="Convocation – entretien avec le jury – Ingénieur chef de projet (catégorie A)",
          description="Monsieur,\n\nVous êtes convoqué à l'épreuve d'entretien avec le jury pour le "
          "recrutement d'un ingénieur chef de projet au sein de la Régie des Tramways de l'Île-de-France Est.\n"
          "Durée : 30 minutes. Munissez-vous d'une pièce d'identité.\n\nLe service des ressources humaines",
          organizer=A("Service recrutement RTIFE", "recrutement@rtife.fr"),
          attendees=[me_p(), room("Salle du Conseil", "salle.conseil@rtife.fr")],
          location="Salle du Conseil, 8 avenue de la République, Montreuil",
          no_iv=["recrutement@rtife.fr"],
          company="Régie des Tramways de l'Île-de-France Est", role="Ingénieur chef de projet", stage="final",
          trap="fr public body jury", minutes=30),
        P(kind="fr-dejeuner-associes", lang="fr", producer="apple", tz="floating", city="par", day=63,
          start="12:30", summary="Déj. avec les associés de Bureau Marceau Ingénierie (2e tour)",
          description="Avec Luc et Hélène. Poste de directeur de projets.", organizer=A("", ""), attendees=[],
          location="Le Bistrot du Marché, Paris 15e", company="Bureau Marceau Ingénierie",
          role="directeur de projets", stage="final", extra_iv=["Luc", "Hélène"],
          trap="lunch that is a later round", minutes=90),
        P(kind="de-smart-zweitgespraech", lang="de", producer="google", tz="utc", city="muc", day=64,
          start="15:00", summary="Zweitgespräch Projektleitung PV-Großanlagen – Sonnfeld Energie",
          description="Hallo Herr Ortega,\n\nanbei die Einladung zum Zweitgespräch mit unserem Geschäftsführer "
          "Matthias Ebner und mir.\n\nBeste Grüße\nLena Hartmann, Leitung Projektentwicklung\n\n" + meet("de", 264),
          organizer=A("Lena Hartmann", "lena.hartmann@sonnfeld-energie.de"),
          attendees=[me_p(), A("Matthias Ebner", "matthias.ebner@sonnfeld-energie.de")],
          company="Sonnfeld Energie", role="Projektleitung PV-Großanlagen", stage="final",
          trap="de second talk with md"),
        P(kind="de-webex-technik", lang="de", producer="webex", tz="utc", city="muc", day=65, start="10:00",
          summary="Technisches Interview Terminplanung (Rafael Ortega) – Rhein-Isar Consult",
          description="Gesprächspartner: Florian Maier (Teamleiter Terminplanung).\n\n" + webex("de", 265),
          organizer=A("Maier, Florian", "florian.maier@rhein-isar-consult.de"), attendees=[me_p()],
          company="Rhein-Isar Consult", role="", stage="technical", trap="de webex technical"),
        N(kind="fr-side-stagiaire", lang="fr", producer="outlook", tz="windows", day=66, start="11:00",
          summary="Entretien stagiaire – Chantier Perpignan (Inès Laurent)",
          description="Bonjour Inès,\n\nJe vous confirme notre entretien pour le stage conducteur de travaux "
          "chez Grupo Álvarez sur le chantier de Perpignan. Je serai votre interlocuteur.\n\nRafael Ortega\n\n"
          + teams("fr", 266),
          organizer=Att(ME_NAME, ME_WORK), attendees=[A("Inès Laurent", "ines.laurent@etu.insa-toulouse.fr")],
          trap="user as interviewer: french intern on university address"),
        N(kind="de-side-panel", lang="de", producer="outlook", tz="windows", day=67, start="09:00",
          summary="Auswahlgespräche Polier (Baustelle München) – Panel Grupo Álvarez",
          description="Hallo zusammen, wir führen drei Gespräche mit Polier-Kandidaten. Panel: Rafael Ortega, "
          "Luis Gil. Unterlagen im Teams-Kanal „Recruiting München“.\n\n" + teams("de", 267),
          organizer=A("Lozano, Patricia", "plozano@grupo-alvarez.es"),
          attendees=[me_w("NEEDS-ACTION"), A("Gil, Luis", "lgil@grupo-alvarez.es"),
                     room("Sala Teide", "sala.teide@grupo-alvarez.es")],
          trap="user as interviewer: german panel", minutes=180),
        N(kind="fr-salon-emploi", lang="fr", producer="google", tz="allday", city="par", day=68,
          summary="Salon de l'emploi BTP – Paris Expo", description="Rencontres avec recruteurs, pas de RDV.",
          organizer=A("", ""), attendees=[], trap="job fair fr", minutes=1440),
    ]
