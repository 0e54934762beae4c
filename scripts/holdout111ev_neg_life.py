"""holdout111: not the user's interviews — career look-alikes and private appointments."""

from __future__ import annotations

from holdout111ev_ics import (
    APPLE,
    FREE,
    GOOGLE,
    MACOS,
    OUTLOOK,
    THUNDERBIRD,
    USER,
    Ev,
    att,
    gatt,
    meet,
    neg,
    zoom,
)

PRIV = ["X-WR-CALNAME:Privé", "X-WR-TIMEZONE:Europe/Zurich"]


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(neg(
        "mock-coach-fr", "mock-interview-coach-fr",
        prodid=GOOGLE, uid="0gq2b7n5k1v8rhs3dtm9ap4cjl@google.com", start="2026-02-21 10:00", mins=60,
        summary="Simulation d'entretien avec Nathalie (coach carrière) – préparer le 2e tour Cortexia",
        org=("Nathalie Jotterand", "nathalie@jotterand-coaching.ch"),
        att=[gatt("Nathalie Jotterand", "nathalie@jotterand-coaching.ch", "ACCEPTED"), gatt(USER, FREE)],
        desc=("Séance de coaching : jeu de rôle d'entretien (questions comportementales, méthode STAR, questions "
              "sur le salaire). Tarif : CHF 150.–\n\n" + meet("fr", "jtc-pbqe-wnn")), loc="Google Meet"))
    out.append(neg(
        "mock-friend-en", "mock-interview-friend-en",
        prodid=APPLE, method="", uid="4A9E0C21-6B3D-4F70-A8E5-1D92C7B3F6A0", start="2026-03-15 19:30", mins=60,
        summary="Mock interview w/ Hélène – behavioural Qs for Nordtal case",
        desc="She plays the hiring manager. Record myself, check timing of the 20-min case presentation."))
    out.append(neg(
        "mock-es", "mock-interview-es",
        prodid=GOOGLE, uid="6sn3p0c9o2ljb7qhe1d4m8vkrg@google.com", start="2026-03-01 18:00", mins=45,
        summary="Práctica de entrevista en español con Lucía (para Vallmar)",
        org=("Lucía Ferrer", "lucia.ferrer.bcn@gmail.com"),
        att=[gatt("Lucía Ferrer", "lucia.ferrer.bcn@gmail.com", "ACCEPTED"), gatt(USER, FREE, "ACCEPTED")],
        desc="Lucía me hace preguntas típicas de entrevista en español: presentarme, validación, gestión de equipos.",
        loc="WhatsApp vídeo"))
    out.append(neg(
        "webinar-fr", "webinar-interviewing-fr",
        prodid="-//Zoom Video Communications//Zoom Webinar//EN", uid="WEBINAR-84410937722-20260303",
        start="2026-03-03 12:15", mins=60, tz="utc",
        summary="Webinaire : Réussir son entretien d'embauche dans la pharma et la medtech",
        org=("Réseau Qualité Romandie", "events@reseau-qualite-romandie.ch"), att=[att(USER, FREE)],
        desc=("Merci de votre inscription ! Intervenantes : une DRH d'un groupe pharmaceutique et une chasseuse de "
              "têtes. Au programme : questions pièges, études de cas, négociation salariale.\n\n"
              + zoom("fr", 84410937722)), loc="Zoom"))
    out.append(neg(
        "class-interview-skills", "class-interview-skills-fr",
        prodid=THUNDERBIRD, method="", uid="a3c7e9f1-2d4b-4c6e-8a0b-5f1d3e7c9b24", start="2026-03-07 09:00",
        mins=180, summary="Atelier « Entretien d'embauche & LinkedIn » – Alumni HES-SO",
        desc="Atelier en groupe (12 pers.), simulations filmées. Salle B-214, HEIG-VD Yverdon.",
        loc="HEIG-VD, Route de Cheseaux 1, Yverdon-les-Bains"))
    out.append(neg(
        "user-research-en", "user-research-interview-en",
        prodid=GOOGLE, uid="2pk7a4h9c0qvn3dlm1t8oejs6b@google.com", start="2026-02-19 17:00", mins=45, tz="utc",
        summary="User interview – Qualitrack QMS research study (45 min)",
        org=("Maya Lindgren", "maya.lindgren@qualitrack.io"),
        att=[gatt("Maya Lindgren", "maya.lindgren@qualitrack.io", "ACCEPTED"), gatt(USER, FREE)],
        desc=("Hi Margaux, thanks for signing up for our research study! We'd love to learn how your team handles "
              "CAPA and supplier audits today. There are no right or wrong answers; you'll receive a CHF 100 "
              "voucher as a thank-you.\n\n" + meet("en", "qtr-uxrs-abc")), loc="Google Meet"))
    out.append(neg(
        "press-interview-fr", "press-interview-fr",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E00800000000DBDBDBDBE2E2DC0100000000000000001000000120",
        start="2026-03-20 16:30", mins=45, tz="win",
        summary="Interview – magazine Swiss Medtech Insight (portrait « femmes dans la qualité »)",
        org=("Dubuis, Florence", "florence.dubuis@medtech-insight.ch"), att=[att("Lefèvre, Margaux", FREE)],
        desc="Florence Dubuis, journaliste, pose quelques questions pour le portrait. Photo prévue plus tard.",
        loc="Téléphone"))
    out.append(neg(
        "podcast-guest", "podcast-guest-fr",
        prodid=GOOGLE, uid="7fl2o9n4d1e6kq3mb8vtcsa0hj@google.com", start="2026-04-09 18:00", mins=90,
        summary="Enregistrement podcast « Qualité en coulisses » – épisode 14 (invitée : Margaux)",
        org=("Yannick Perret", "yannick@qualiteencoulisses.ch"),
        att=[gatt("Yannick Perret", "yannick@qualiteencoulisses.ch", "ACCEPTED"), gatt(USER, FREE)],
        desc="On parle des audits fournisseurs et de la vie d'ingénieure qualité. Studio à Renens.",
        loc="Studio La Ruche, Renens"))
    out.append(neg(
        "doctor", "doctor-fr", prodid=APPLE, method="", uid="1E7C3B59-2A8D-4C01-B6F4-93D0A2E5C781",
        start="2026-02-16 07:45", mins=30, summary="Dr Rochat – contrôle", loc="Cabinet médical du Flon, Lausanne",
        desc="prendre carte d'assurance (Groupe Mutuel)"))
    out.append(neg(
        "dentist", "dentist-fr", prodid=GOOGLE, method="PUBLISH", tz="float", head=PRIV,
        uid="3qm9e0c6sb1l7dk2ho4nvf8gpa@google.com", start="2026-03-09 17:15", mins=45,
        summary="Dentiste Dr Meylan – détartrage", loc="Av. de Rumine 12, Lausanne"))
    out.append(neg(
        "boiler-entretien", "entretien-chaudiere-regie-fr",
        prodid=GOOGLE, method="PUBLISH", tz="float", head=PRIV, uid="8bc2m5ok0lqv9e3jdr1ahtn7sf@google.com",
        start="2026-02-24 07:30", mins=120,
        summary="Entretien chaudière – technicien (annoncé par la régie)",
        desc="Régie du Lac SA a annoncé le passage du technicien entre 7h30 et 9h30. Laisser la clé à la voisine "
             "si je pars avant.", loc="Ch. de Chandieu 8, Lausanne"))
    out.append(neg(
        "regie-visit", "regie-fr",
        prodid=MACOS, method="", uid="5D1A8F3E-7B26-4C90-A0E1-2F4B6C8D0E13", start="2026-03-21 11:00", mins=30,
        summary="Régie du Lac – visite appartement Chailly (4.5 p.)", loc="Av. de Chailly 41, Lausanne",
        desc="Dossier : attestation de salaire, extrait poursuites, copie permis."))
    out.append(neg(
        "creche-entretien", "creche-entretien-accueil-fr",
        prodid=GOOGLE, uid="9hk0s3qd7m2vb6lrn1ec4tof8j@google.com", start="2026-02-27 17:45", mins=45,
        summary="Crèche Les Lucioles – entretien d'accueil (Léo)",
        org=("Crèche Les Lucioles", "direction@creche-lucioles.ch"),
        att=[gatt(USER, FREE), gatt("Crèche Les Lucioles", "direction@creche-lucioles.ch", "ACCEPTED")],
        desc="Entretien avec l'éducatrice de référence avant la période d'adaptation de Léo.",
        loc="Crèche Les Lucioles, Ch. des Fleurettes 3, Lausanne"))
    out.append(neg(
        "bank", "bank-fr",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E00800000000ECECECECF3F3DC0100000000000000001000000121",
        start="2026-03-16 12:15", mins=45, tz="win",
        summary="Rendez-vous conseiller – 3e pilier et hypothèque",
        org=("Zbinden, Marc", "marc.zbinden@banqueduleman.ch"), att=[att("Lefèvre, Margaux", FREE)],
        desc="Banque du Léman, agence St-François. Merci d'apporter votre certificat de salaire 2025.",
        loc="Banque du Léman, Place St-François 5, Lausanne"))
    out.append(neg(
        "passport-consulate", "passport-consulate-fr",
        prodid=GOOGLE, method="PUBLISH", tz="float", head=PRIV, uid="2ho6b9v1k4e0mt8qfsdc3ln7ra@google.com",
        start="2026-03-26 09:40", mins=20, summary="Consulat de France Genève – renouvellement passeport",
        desc="RDV n° 4471-GE. Photo biométrique, ancien passeport, justificatif de domicile.",
        loc="Consulat général de France, Cours des Bastions 2, Genève"))
    out.append(neg(
        "garage-entretien", "entretien-voiture-fr",
        prodid=APPLE, method="", uid="6C3E9A71-0D5B-4F28-B1A4-8E2D7F6C0B95", start="2026-04-04 08:00", mins=60,
        summary="Entretien voiture – Garage du Jorat (service 60'000 km)", loc="Garage du Jorat, Épalinges"))
    out.append(neg(
        "coffee-chat", "informational-coffee-chat-fr",
        prodid=GOOGLE, uid="4vt8h2k0n6pc1rqm9bles3dgoa@google.com", start="2026-02-14 08:00", mins=45,
        summary="Café avec Julie Brandt – échange sur le métier RA (pas un entretien)",
        org=(USER, FREE), att=[gatt(USER, FREE, "ACCEPTED"), gatt("Julie Brandt", "julie.brandt@outlook.com")],
        desc=("Julie est passée de la QA aux affaires réglementaires il y a 3 ans. Lui demander comment elle a fait "
              "la transition, les formations utiles (RAPS ?), et ce qu'elle pense du marché en Romandie."),
        loc="Café Saint-Pierre, Lausanne"))
    out.append(neg(
        "job-fair", "job-fair-fr",
        prodid=GOOGLE, uid="life-sciences-career-day-2026@lscareerday.ch", start="2026-03-28 10:00", mins=360,
        summary="Life Sciences Career Day 2026 – SwissTech Convention Center",
        org=("Life Sciences Career Day", "info@lscareerday.ch"), att=[gatt(USER, FREE)],
        desc="Plus de 40 exposants (pharma, medtech, CDMO). Apporter des CV imprimés. Speed-meetings sur inscription.",
        loc="SwissTech Convention Center, EPFL, Ecublens"))
    out.append(neg(
        "referee-call", "reference-call-user-is-referee-fr",
        prodid=GOOGLE, uid="1rd5q8f2m0kbj7nvh3oc9tsl6e@google.com", start="2026-03-05 12:30", mins=20,
        summary="Appel de référence pour Kevin Berset (il postule chez Medicor)",
        org=("Sonia Aubert", "sonia.aubert@medicor-group.ch"),
        att=[gatt("Sonia Aubert", "sonia.aubert@medicor-group.ch", "ACCEPTED"), gatt(USER, FREE)],
        desc=("Bonjour Madame Lefèvre, Kevin Berset vous a indiquée comme référence pour sa candidature au poste de "
              "technicien qualité. Je vous appellerai au numéro indiqué. Merci d'avance !\nSonia Aubert, RH Medicor"),
        loc="Téléphone"))
    out.append(neg(
        "headhunter-confidential", "recruiter-call-no-employer-fr",
        prodid=GOOGLE, uid="0tj4c8l2m6oq9bsh1nkr7dvep3@google.com", start="2026-02-09 18:15", mins=30,
        summary="Appel chasseur de têtes – poste confidentiel Head of QA (client pharma, région Bâle)",
        org=("Vincent Mottier", "v.mottier@alpsearch-partners.ch"),
        att=[gatt("Vincent Mottier", "v.mottier@alpsearch-partners.ch", "ACCEPTED"), gatt(USER, FREE)],
        desc=("Bonjour Margaux, comme évoqué sur LinkedIn, je vous présente un mandat confidentiel (je ne peux pas "
              "encore nommer le client) et j'aimerais mieux comprendre votre parcours.\nVincent Mottier, "
              "AlpSearch Partners"), loc="Téléphone"))
    out.append(neg(
        "agency-market-call-en", "recruiter-call-no-employer-en",
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E00800000000FDFDFDFD0404DC0100000000000000001000000122",
        start="2026-02-11 08:00", mins=30, tz="utcwin",
        summary="Intro call – Kestrel Life Sciences / Margaux Lefèvre",
        org=("Whitfield, James", "james.whitfield@kestrel-ls.com"), att=[att("Lefèvre, Margaux", FREE)],
        desc=("Hi Margaux, good to connect. A quick call to understand what you are looking for and to give you an "
              "overview of the QA/RA market in Romandie and Basel right now.\nJames"), loc="Phone"))
    out.append(neg(
        "prep-block-fr", "prep-block-fr",
        prodid=GOOGLE, method="PUBLISH", tz="float", head=PRIV, uid="7ml1k4e9a0rq3co8btn2hgd6vs@google.com",
        start="2026-03-11 19:00", mins=90,
        summary="Préparer entretien technique Cortexia – relire ISO 14971 + questions",
        desc="revoir exemples FMEA, dossier implant rachis, préparer 3 questions sur l'équipe"))
    out.append(neg(
        "prep-block-en", "prep-block-en",
        prodid=APPLE, method="", uid="9B0C2D4E-6F81-4A3B-9C5D-7E0F1A2B3C4D", start="2026-03-16 20:00", mins=60,
        summary="Prep: STAR stories + slides for Nordtal case",
        desc="Inspection readiness story (2024 FDA), supplier audit story, conflict story."))
    out.append(neg(
        "thankyou-reminder", "thank-you-reminder-fr",
        prodid=GOOGLE, method="PUBLISH", tz="float", head=PRIV, uid="3ne8s1b6k9pc0vq4lhmo2dg7ta@google.com",
        start="2026-03-19 08:00", mins=15, summary="Envoyer mail de remerciement Sauvabelle (M.-A. Jaquier)"))
    return out

