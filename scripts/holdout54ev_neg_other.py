"""holdout54 negatives that are not the user's own job interview (and not the hiring side)."""

from __future__ import annotations

import holdout54ev_ics as ic
from holdout54ev_ics import FREE, WORK, att, calendar, lab, org, vevent

Ev = tuple[str, str, dict[str, str]]
MG = "mutuelle-garonne.fr"


def _o(kind: str, tool: str, uid: str, summary: str, start: str, end: str | None, organizer: tuple[str, str] | None,
       people: list[tuple[str, str]], desc: str | None, loc: str | None = None, *, tz: str | None = "Europe/Paris",
       me: str | None = FREE, method: str | None = "REQUEST") -> Ev:
    attendees = ([att(me, "Inès Haddad")] if me else []) + [att(e, n) for e, n in people]
    tzids = (tz,) if tz in ic.TZ_BLOCKS else ()
    ics = calendar(tool, [vevent(uid, summary, start, end, tz=tz, organizer=org(*organizer) if organizer else None,
                                 attendees=attendees, desc=desc, loc=loc)], tzids=tzids, method=method)
    return kind, ics, lab(kind, uid, 0, trap=kind)


def events() -> list[Ev]:
    return [
        _o("mock-friend-fr", "google", "2c4e6a8b0d1f3mock5e7a9c@google.com",
           "Mock interview avec Sarah (entraînement Pistache)", "20250330T180000", "20250330T190000",
           ("sarah.lopez.design@gmail.com", "Sarah Lopez"), [],
           "Je joue la Head of Design, tu présentes ton portfolio comme pour le vrai onsite. Chronomètre !",
           "Chez Sarah, 12 rue Pargaminières", me=FREE),
        _o("mock-coach-en", "calendly", "cal-coach-5512-mock-ines",
           "Mock Interview – Product Design Portfolio (60 min) between Ruth Baines and Inès Haddad",
           "20250406T170000", "20250406T180000", ("ruth@designcareers.coach", "Ruth Baines"), [],
           "Event type: Mock Interview (paid coaching session)\nWe'll simulate a hiring-manager round and give "
           "feedback on storytelling.\nPowered by Calendly.com", "Zoom", tz="Z", method="PUBLISH"),
        _o("webinar-fr", "google", "webinar-ux-entretiens-20250320@livestorm.co",
           "Webinar : Réussir ses entretiens en UX design (portfolio, étude de cas)", "20250320T123000",
           "20250320T133000", ("no-reply@livestorm.co", "Livestorm"), [],
           "Merci pour votre inscription ! Intervenants : Lucie Arnaud (Design Manager) et Paul Henry (recruteur "
           "tech).\nLien d'accès : https://app.livestorm.co/p/ux-entretiens", "En ligne"),
        _o(
           "class-en", "google", "4e6a8c0b2d1f3class7a9c1e@google.com",
           "Class: Interviewing users — advanced techniques (week 3)", "20250312T190000", "20250312T203000",
           ("events@interaction-school.org", "Interaction School"), [],
           "Live session of the 'User Interviews Masterclass' course: probing, laddering, avoiding leading "
           "questions.\nZoom link in your student dashboard.", "Zoom", tz="Europe/London"),
        _o("user-research-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGRECH0001",
           "Entretien utilisateur #4 – adhérente (parcours remboursement optique)", "20250318T100000",
           "20250318T110000", (WORK, "Haddad, Inès"), [("m.dupin62@orange.fr", "Martine Dupin")],
           "Entretien semi-directif 45 min + test du prototype. Incentive : bon d'achat 30 €. Enregistrement avec "
           "consentement.", "Agence Mutuelle Garonne, Saint-Agne", tz=ic.ROMANCE, me=None),
        _o("user-research-en", "google", "6a8c0e2b4d1f3uxr9c1e3a@google.com",
           "User interview – P7 (pharmacist, claims app)", "20250325T150000", "20250325T154500",
           (WORK, "Inès Haddad"), [("j.arnaud.pharma@gmail.com", "Jérôme Arnaud")],
           "Research study: third-party payment flow. Script v3. Note-taker: Karim.", "Teams", me=None),
        _o("user-research-es", "google", "8c0e2a4b6d1f3uxes1e3a5c@google.com",
           "Entrevista con usuario – estudio diario de salud (P2, Madrid)", "20250402T170000", "20250402T174500",
           (WORK, "Inès Haddad"), [("rocio.herrera78@gmail.com", "Rocío Herrera")],
           "Entrevista de investigación de usuarios (45 min). Gracias por participar.", "Google Meet",
           tz="Europe/Madrid", me=None),
        _o("press-fr", "google", "0e2a4c6b8d1f3press3a5c7e@google.com",
           "Interview La Dépêche – accessibilité des services de santé en ligne", "20250409T110000",
           "20250409T113000", ("communication@" + MG, "Direction Communication"),
           [("a.sicard@ladepeche.fr", "Aurélie Sicard")],
           "Interview presse avec Aurélie Sicard (journaliste) sur le nouveau parcours adhérent accessible. "
           "Éléments de langage validés en PJ.", "Téléphone", me=WORK),
        _o("podcast-en", "calcom", "calcom-podcast-designdetours-2291@cal.com",
           "Podcast recording: Design Detours – interview with Inès Haddad", "20250411T170000", "20250411T180000",
           ("hello@designdetours.fm", "Design Detours"), [],
           "Episode 42: designing for insurance. We'll interview you about your path from graphic design to UX. "
           "Recording on Riverside: https://riverside.fm/studio/design-detours", "Riverside", tz="Z"),
        _o("doctor-fr", "google", "doctolib-rdv-88120415@doctolib.fr",
           "RDV Dr Marie Bonnet – Médecin généraliste", "20250317T183000", "20250317T184500",
           ("no-reply@doctolib.fr", "Doctolib"), [], "Consultation – 23 rue de Metz, 31000 Toulouse. Pensez à "
           "votre carte Vitale.", "23 rue de Metz, Toulouse"),
        _o("dentist-handtyped-fr", "apple", "0A1B2C3D-DENT-4E5F-8A9B-DENTISTE", "dentiste 🦷", "20250403T083000",
           "20250403T090000", None, [], None, "Cabinet Dr Roques", tz=None, me=None, method=None),
        _o("bank-fr", "outlook", "rdv-banque-cic-20250331-ines", "Rendez-vous conseiller – prêt immobilier",
           "20250331T173000", "20250331T183000", ("j.puech@banque-midi.fr", "Puech, Julien"), [],
           "Madame Haddad, je vous confirme notre rendez-vous pour faire le point sur votre projet d'achat. "
           "Merci d'apporter vos 3 derniers bulletins de salaire.", "Agence Capitole", tz=ic.ROMANCE),
        _o("visa-canada-fr", "google", "vfs-biometrie-cdn-4471029@vfsglobal.com",
           "Rendez-vous biométrie – IRCC (VFS Global Paris)", "20250415T093000", "20250415T094500",
           ("noreply@vfsglobal.com", "VFS Global"), [],
           "Rendez-vous pour la collecte des données biométriques (permis de travail vacances-travail Canada). "
           "Présentez-vous avec la lettre d'instructions et votre passeport.", "VFS Global, 1 rue du Sentier, Paris"),
        _o("school-fr", "google", "2a4c6e8b0d1f3ecole5c7e9a@google.com",
           "Réunion parents – crèche Les Petits Pas (adaptation de Lina)", "20250407T171500", "20250407T180000",
           ("direction@creche-petitspas.fr", "Crèche Les Petits Pas"), [],
           "Réunion d'information pour les nouvelles familles.", "Crèche Les Petits Pas, Toulouse"),
        _o("appraisal-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGEAE00002",
           "Entretien annuel d'évaluation 2024 – Inès Haddad", "20250314T140000", "20250314T153000",
           ("stephane.albert@" + MG, "Albert, Stéphane"), [],
           "Bonjour Inès,\nVoici le créneau pour ton entretien annuel. Merci de compléter ton auto-évaluation dans "
           "l'outil RH avant.\nStéphane", "Bureau 4.08", tz=ic.ROMANCE, me=WORK),
        _o("professional-review-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGEP000003",
           "Entretien professionnel (bilan 6 ans) – Haddad Inès", "20250404T100000", "20250404T110000",
           ("nathalie.py@" + MG, "Py, Nathalie"), [],
           "Entretien professionnel obligatoire : perspectives d'évolution, formations, mobilité interne.",
           "Salle RH 2", tz=ic.ROMANCE, me=WORK),
        _o("exit-interview-colleague-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGEXIT0004",
           "Pot de départ + entretien de sortie de Karim (RH) – bloquer 17h", "20250425T170000", "20250425T190000",
           ("karim.belkacem@" + MG, "Belkacem, Karim"), [],
           "Karim quitte l'équipe ! Apéro au 6e à partir de 17h.", "Terrasse 6e étage", tz=ic.ROMANCE, me=WORK),
        _o("design-review-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGREVIEW05",
           "Design review – espace adhérent v3", "20250312T140000", "20250312T150000",
           ("stephane.albert@" + MG, "Albert, Stéphane"), [("karim.belkacem@" + MG, "Belkacem, Karim")],
           "Revue des maquettes Figma avant passage en dev.", "Salle Pont-Neuf", tz=ic.ROMANCE, me=WORK),
        _o("sprint-planning-en", "outlook", "040000008200E00074C5B7101A82E00800000000MGSPRINT06",
           "Sprint 14 planning – Claims squad", "20250324T093000", "20250324T110000",
           ("po.claims@" + MG, "PO Claims"), [], None, "Teams", tz=ic.ROMANCE, me=WORK),
        _o("coffee-chat-fr", "google", "4c6e8a0b2d1f3cafe7e9a1c@google.com",
           "Café avec Juliette (designer chez Pistache) – questions sur l'équipe", "20250308T103000",
           "20250308T113000", (FREE, "Inès Haddad"), [("juliette.carbonne@gmail.com", "Juliette Carbonne")],
           "Juste un café informel entre designers, pas un entretien : je veux savoir comment ça se passe chez "
           "eux avant de postuler.", "Café Maïa, place Saint-Georges", me=None),
        _o("coffee-chat-en", "google", "6e8a0c2b4d1f3coffee9a1c3e@google.com",
           "Informational chat – Ben (Design Director, ex-Dreamfold)", "20250322T110000", "20250322T113000",
           ("ben.carter@fastmail.com", "Ben Carter"), [],
           "Happy to share what I know about the London design scene. Not a job interview – just a chat!",
           "Google Meet", tz="Europe/London"),
        _o("job-fair-fr", "google", "forum-emploi-tech-toulouse-2025@eventbrite.com",
           "Forum Emploi Tech & Numérique – Toulouse (stands recrutement)", "20250405", "20250406", None, [],
           "Plus de 60 entreprises qui recrutent. Apportez vos CV. Mini-entretiens sur stands.",
           "Centre de Congrès Pierre Baudis, Toulouse", tz="DATE", me=None, method="PUBLISH"),
        _o("reference-call-en", "google", "8a0c2e4b6d1f3refcall1c3e5a@google.com",
           "Reference call – Inès as referee for Manon Ricard (Kestrel Mobility)", "20250416T130000",
           "20250416T132000", ("jess.holt@kestrelmobility.co.uk", "Jess Holt"), [],
           "Hi Inès, Manon Ricard listed you as a referee for her application. 20 minutes about your time "
           "working together at Mutuelle Garonne.", "Phone", tz="Europe/London"),
        _o("reference-call-fr", "outlook", "040000008200E00074C5B7101A82E0080000000REFCALL002",
           "Prise de références – ancienne stagiaire Emma Petit", "20250328T120000", "20250328T121500",
           ("c.vidal@cabinet-horizon-rh.fr", "Vidal, Claire"), [],
           "Madame Haddad, Emma Petit vous cite comme référence (stage 2023). Un échange de 15 min ?",
           "Téléphone", tz=ic.ROMANCE),
        _o("recruiter-no-employer-fr", "google", "0c2e4a6b8d1f3chasseur3e5a7c@google.com",
           "Échange avec Thomas (cabinet de recrutement) – opportunités UX", "20250313T123000", "20250313T130000",
           ("thomas.giraud@hunterline.fr", "Thomas Giraud"), [],
           "Bonjour Inès, je souhaite vous présenter plusieurs opportunités confidentielles en Product Design "
           "(Toulouse / full remote). Premier échange sans engagement.", "Téléphone"),
        _o("recruiter-no-employer-en", "google", "2e4a6c8b0d1f3agency5a7c9e@google.com",
           "Call with Priya – Design roles (confidential client)", "20250326T170000", "20250326T172000",
           ("priya@northstartalent.co.uk", "Priya Shah"), [],
           "Intro call to understand what you're looking for; I'm working on a couple of senior product design "
           "searches for clients I can't name yet.", "Phone", tz="Europe/London"),
        _o("prep-block-fr", "apple", "5F6A7B8C-PREP-4D3E-9A1B-PREPPISTACHE",
           "Prépa onsite Pistache – relire étude de cas + questions", "20250401T190000", "20250401T213000",
           None, [], "Relire deck, timer 20 min, préparer 5 questions pour Romain.", None, tz=None, me=None,
           method=None),
        _o("prep-block-en", "google", "4a6c8e0b2d1f3prep7c9e1a@google.com",
           "Prep: Kestrel HM interview (STAR stories, metrics)", "20250313T120000", "20250313T130000",
           (FREE, "Inès Haddad"), [], "Focus block.", None, me=None),
        _o("thank-you-reminder-fr", "google", "6c8e0a2b4d1f3merci9e1a3c@google.com",
           "Envoyer mail de remerciement à Ondine Labs", "20250325T180000", "20250325T181500",
           (FREE, "Inès Haddad"), [], None, None, me=None),
        _o("salary-negotiation-coaching-de", "google", "8e0a2c4b6d1f3coach1a3c5e@google.com",
           "Coaching: Gehaltsverhandlung vorbereiten (mit Petra)", "20250423T180000", "20250423T190000",
           ("petra.lang@karriere-kompass.de", "Petra Lang"), [],
           "Wir üben das Gehaltsgespräch für deine aktuellen Bewerbungen (Rollenspiel).", "Zoom", tz="Europe/Berlin"),
        _o("conference-talk-es", "google", "0a2c4e6b8d1f3charla3c5e7a@google.com",
           "Charla: 'Diseño accesible en seguros de salud' – Inès Haddad (UX Barcelona Meetup)", "20250424T190000",
           "20250424T203000", ("org@uxbarcelona.org", "UX Barcelona"), [],
           "Gracias por aceptar dar la charla. Después habrá una pequeña entrevista para el blog del meetup.",
           "Itnig, Barcelona", tz="Europe/Madrid"),
        _o("mock-panel-de", "google", "2c4e6a8b0d1f3probe5e7a9c@google.com",
           "Probe-Interview (Übung) mit Jan – Portfolio auf Englisch", "20250402T190000", "20250402T200000",
           ("jan.becker.ux@gmx.de", "Jan Becker"), [],
           "Übungsrunde vor deinem Gespräch bei Brücke Health: ich spiele den Hiring Manager.", "Google Meet",
           tz="Europe/Berlin"),
        _o("team-weekly-fr", "outlook", "040000008200E00074C5B7101A82E00800000000MGHEBDO007",
           "Point hebdo équipe Design", "20250411T110000", "20250411T113000",
           ("stephane.albert@" + MG, "Albert, Stéphane"), [],
           "Ordre du jour : recrutements en cours (stage, alternance, CDI), roadmap T2, retours tests utilisateurs.",
           "Salle Pont-Neuf", tz=ic.ROMANCE, me=WORK),
    ]
