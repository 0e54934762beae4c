"""holdout26: the user's own interviews written in German and French (each event written on its own)."""

from __future__ import annotations

from holdout26ev_ics import APPLE, GOOGLE, OUTLOOK, Item, att, cal, d, e, ev, google_footer, meet, org, teams, zoom
from holdout26ev_ics import ME_PRIVATE as ME


def items() -> list[Item]:
    """Given nothing returns the German and French positive items."""
    out: list[Item] = []
    a = out.append

    u = "personio-de-88120@personio.de"
    a(Item("personio-de-screen", "de", u, cal("-//Personio GmbH//Personio Recruiting//EN", [ev(
        u, d("20261202T110000", "Europe/Berlin"), e("20261202T113000", "Europe/Berlin"),
        "Kennenlerngespräch: Cloud Operations Engineer (m/w/d) – Wolkenwerk GmbH",
        "Hallo Diego Serrano,\n\nvielen Dank für Ihre Bewerbung als Cloud Operations Engineer (m/w/d). Wir laden "
        "Sie zu einem ersten telefonischen Kennenlernen mit Katrin Vogt (Recruiting) ein.\n\nViele Grüße\nIhr "
        "Wolkenwerk-Team", "Telefon", lines=[org("jobs@wolkenwerk.personio.de", "Wolkenwerk GmbH"),
                                              att("katrin.vogt@wolkenwerk.de", "Katrin Vogt"),
                                              att(ME, "Diego Serrano")])], zones=("Europe/Berlin",)),
        True, "Wolkenwerk", "Cloud Operations Engineer (m/w/d)", "recruiter_screen", "katrin.vogt@wolkenwerk.de"))

    u = "outlook-de-fachinterview-zinnia"
    a(Item("outlook-de-technical", "de", u, cal(OUTLOOK, [ev(
        u, d("20261208T140000", "W. Europe Standard Time"), e("20261208T150000", "W. Europe Standard Time"),
        "Fachinterview Platform Engineer – Zinnia Telekom",
        "Hallo Herr Serrano,\n\nwie besprochen hier die Einladung zum Fachgespräch. Teilnehmer: Stefan Brandt "
        "(Teamleiter Plattform) und Julia Hartmann (DevOps). Themen: Kubernetes, CI/CD, Monitoring und ein kleines "
        "Live-Troubleshooting.\n\nBeste Grüße\nStefan Brandt\n\n" + teams("de", "emlubmlh"),
        "Microsoft Teams-Besprechung",
        lines=[org("stefan.brandt@zinnia-telekom.de", "Brandt, Stefan"), att(ME, "Diego Serrano"),
               att("julia.hartmann@zinnia-telekom.de", "Hartmann, Julia")])], zones=("W. Europe Standard Time",)),
        True, "Zinnia Telekom", "Platform Engineer", "technical",
        "stefan.brandt@zinnia-telekom.de;julia.hartmann@zinnia-telekom.de"))

    u = "google-de-vorort-stackhaus"
    a(Item("google-de-onsite", "de", u, cal(GOOGLE, [ev(
        u, d("20261215T100000", "Europe/Berlin"), e("20261215T140000", "Europe/Berlin"),
        "Vor-Ort-Termin bei Stackhaus (Diego Serrano) – SRE",
        "Hi Diego,\n\nwir freuen uns auf dich in Kreuzberg! Ablauf:\n10:00 Büro-Rundgang mit Lena (People Ops, "
        "führt kein Interview)\n10:30 Systemdesign mit Malte Krüger\n11:30 Pairing mit Anjali Rao\n13:00 "
        "Abschlussgespräch mit Ole Petersen (CTO)\n\n" + google_footer("de"),
        "Stackhaus, Oranienstraße 24, 10999 Berlin",
        lines=[org("lena.weiss@stackhaus.io", "Lena Weiß"), att("malte.krueger@stackhaus.io", "Malte Krüger"),
               att("anjali.rao@stackhaus.io", "Anjali Rao"), att("ole.petersen@stackhaus.io", "Ole Petersen"),
               att("raum-spree@stackhaus.io", "Raum Spree", cutype="ROOM", role="NON-PARTICIPANT"),
               att(ME, "Diego Serrano")])], zones=("Europe/Berlin",)),
        True, "Stackhaus", "SRE", "onsite",
        "malte.krueger@stackhaus.io;anjali.rao@stackhaus.io;ole.petersen@stackhaus.io", "coordinator"))

    u = "greenhouse-de-hm-helix"
    a(Item("greenhouse-de-hm", "de", u, cal("-//Greenhouse//Interview Scheduling//EN", [ev(
        u, "DTSTART:20261204T130000Z", "DTEND:20261204T134500Z",
        "Gespräch mit der Hiring Managerin – Helix Platform – Diego Serrano",
        "Hallo Diego,\n\ndein nächster Schritt für die Stelle Platform Reliability Engineer: ein Gespräch mit "
        "Sabine Kühn, Engineering Managerin.\n\n" + zoom("de", "833 4412 9087", "Hp2kLm77")
        + "\n\nGesendet über Greenhouse", "Zoom",
        lines=[org("no-reply@greenhouse.io", "Greenhouse"), att("sabine.kuehn@helixplatform.de", "Sabine Kühn"),
               att(ME, "Diego Serrano")])]),
        True, "Helix Platform", "Platform Reliability Engineer", "hiring_manager", "sabine.kuehn@helixplatform.de"))

    u = "apple-de-terse-kestrel"
    a(Item("handtyped-de", "de", u, cal(APPLE, [ev(
        u, "DTSTART:20261207T150000", "DTEND:20261207T160000", "Vorstellungsgespräch Berliner Bahnnetz IT (Cloud Ops)",
        "Frau Albrecht ruft an", "")], method=""),
        True, "Berliner Bahnnetz IT", "Cloud Ops", "", "", "handtyped"))

    u = "workday-de-abgesagt-5501@myworkday.com"
    a(Item("cancelled-de", "de", u, cal("-//Workday//Workday Recruiting//EN", [ev(
        u, d("20261210T090000", "Europe/Berlin"), e("20261210T100000", "Europe/Berlin"),
        "Abgesagt: Interview – Junior Cloud Engineer (JR-8812) – Nordlicht Versicherung",
        "Ihr Interview mit Dr. Felix Hauser wurde abgesagt. Wir melden uns mit einem neuen Termin.",
        "Microsoft Teams", seq=1, status="CANCELLED",
        lines=[org("nordlicht@myworkday.com", "Nordlicht Recruiting"),
               att("felix.hauser@nordlicht-versicherung.de", "Felix Hauser"), att(ME, "Diego Serrano")])],
        method="CANCEL", zones=("Europe/Berlin",)),
        True, "Nordlicht Versicherung", "Junior Cloud Engineer", "", "felix.hauser@nordlicht-versicherung.de",
        "cancelled"))

    u = "wttj-fr-auberon-7731"
    a(Item("wttj-fr-screen", "fr", u, cal("-//Welcome to the Jungle//ATS//FR", [ev(
        u, d("20261201T140000", "Europe/Paris"), e("20261201T143000", "Europe/Paris"),
        "Entretien téléphonique – Ingénieur Cloud Ops (H/F) – Auberon Cloud",
        "Bonjour Diego,\n\nMerci pour votre candidature au poste d'Ingénieur Cloud Ops (H/F). Camille Renaud, "
        "chargée de recrutement, vous appellera pour un premier échange de 30 minutes.\n\nÀ bientôt,\nL'équipe "
        "Auberon Cloud", "Téléphone", lines=[org("camille.renaud@auberon.cloud", "Camille Renaud"),
                                              att(ME, "Diego Serrano")])], zones=("Europe/Paris",)),
        True, "Auberon Cloud", "Ingénieur Cloud Ops (H/F)", "recruiter_screen", "camille.renaud@auberon.cloud"))

    u = "outlook-fr-technique-clairnuage"
    a(Item("outlook-fr-technical", "fr", u, cal(OUTLOOK, [ev(
        u, d("20261209T100000", "Romance Standard Time"), e("20261209T113000", "Romance Standard Time"),
        "Entretien technique SRE – Clairnuage / Diego Serrano",
        "Bonjour Diego,\n\nJe vous confirme l'entretien technique pour le poste d'Ingénieur SRE (télétravail, "
        "Espagne possible). Vous échangerez avec Mathieu Girard (Lead SRE) et Sophie Laurent (Ops). Prévoyez un "
        "terminal : nous ferons un exercice de diagnostic Linux.\n\nCordialement,\nMathieu\n\n"
        + teams("fr", "Y2xhaXJu"),
        "Réunion Microsoft Teams",
        lines=[org("mathieu.girard@clairnuage.fr", "Girard, Mathieu"), att(ME, "Diego Serrano"),
               att("sophie.laurent@clairnuage.fr", "Laurent, Sophie")])], zones=("Romance Standard Time",)),
        True, "Clairnuage", "Ingénieur SRE", "technical",
        "mathieu.girard@clairnuage.fr;sophie.laurent@clairnuage.fr"))

    u = "google-fr-final-pilotis-paris"
    a(Item("google-fr-final", "fr", u, cal(GOOGLE, [ev(
        u, d("20261216T150000", "Europe/Paris"), e("20261216T160000", "Europe/Paris"),
        "Dernier entretien – Lumen Télécom – Diego",
        "Dernière étape pour le poste d'Ingénieur Plateforme : échange avec Nathalie Fabre, directrice technique, "
        "et Karim Haddou, responsable infrastructure.\n\n" + meet("fr", "lmt-frqa-wxs") + "\n\n"
        + google_footer("fr"),
        "", lines=[org("nathalie.fabre@lumen-telecom.fr", "Nathalie Fabre"), att(ME, "Diego Serrano"),
                   att("karim.haddou@lumen-telecom.fr", "Karim Haddou")])], zones=("Europe/Paris",)),
        True, "Lumen Télécom", "Ingénieur Plateforme", "final",
        "nathalie.fabre@lumen-telecom.fr;karim.haddou@lumen-telecom.fr"))

    u = "agency-fr-hm-5502"
    a(Item("agency-fr", "fr", u, cal(OUTLOOK, [ev(
        u, d("20261211T110000", "Romance Standard Time"), e("20261211T120000", "Romance Standard Time"),
        "Entretien avec Pomelo Paiements – M. Diego Serrano",
        "Bonjour Diego,\n\nComme convenu, voici votre entretien avec notre client Pomelo Paiements pour le poste "
        "d'Administrateur Cloud. Vous rencontrerez Julien Marchetti, responsable de l'équipe Cloud, qui sera votre "
        "futur manager. Je ne participerai pas.\n\nBien à vous,\nAudrey Blanc – Cabinet Hexa RH",
        "Pomelo Paiements, 18 rue de la République, Lyon",
        lines=[org("audrey.blanc@hexa-rh.fr", "Blanc, Audrey"), att(ME, "Diego Serrano"),
               att("julien.marchetti@pomelo-paiements.fr", "Marchetti, Julien")])], zones=("Romance Standard Time",)),
        True, "Pomelo Paiements", "Administrateur Cloud", "hiring_manager", "julien.marchetti@pomelo-paiements.fr",
        "agency"))

    u = "calendly-fr-visio-4401"
    a(Item("calendly-fr", "fr", u, cal("-//Calendly//Calendly//EN", [ev(
        u, "DTSTART:20261203T160000Z", "DTEND:20261203T163000Z", "Visio de préqualification : Diego Serrano",
        "Nom de l'événement : Préqualification – Technicien Support Cloud\n\nOrganisation : Brume Hébergement\n"
        "Recruteur : Thomas Lefèvre\nLien : https://meet.google.com/brm-hjqe-zza\n\nPowered by Calendly.com",
        "https://meet.google.com/brm-hjqe-zza",
        lines=[org("thomas.lefevre@brume-hebergement.fr", "Thomas Lefèvre"), att(ME, "Diego Serrano")])]),
        True, "Brume Hébergement", "Technicien Support Cloud", "recruiter_screen",
        "thomas.lefevre@brume-hebergement.fr"))

    u = "apple-fr-floating-xwr-auberon"
    a(Item("floating-fr", "fr", u, cal(APPLE, [ev(
        u, "DTSTART:20261214T093000", "DTEND:20261214T103000", "Auberon Cloud – entretien avec le manager",
        "Deuxième entretien (Ingénieur Cloud Ops) avec Pierre Marchand, manager de l'équipe. Il m'appelle sur Teams.",
        "")], method="", head=("X-WR-TIMEZONE:Europe/Paris", "X-WR-CALNAME:Perso")),
        True, "Auberon Cloud", "Ingénieur Cloud Ops", "hiring_manager", "Pierre Marchand", "floating"))
    return out
