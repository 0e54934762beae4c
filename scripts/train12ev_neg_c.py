"""Train12 negatives, part C: more clinic hiring duties and look-alikes in German, Spanish, English and French."""

from __future__ import annotations

from train12ev_ics import Ev
from train12ev_neg_b import M
from train12ev_pos_b import AM, AW
from train12ev_world import GOOGLE_FOOTER, video

NADIA = "Nadia Belkacem <recrutement@clinique-saint-roch.fr>"
CARON = "Sylvie Caron <s.caron@clinique-saint-roch.fr>"
MASSON = "Julien Masson <j.masson@clinique-saint-roch.fr>"
PERRIN = "Étienne Perrin <e.perrin@clinique-saint-roch.fr>"


def more_negatives() -> list[Ev]:
    """Returns a further set of events that are not Amélie's own interview."""
    g = GOOGLE_FOOTER
    ui = "user_as_interviewer"
    return [
        M("cand-gmail-fr-2", "fr", "Entretien candidat interne en pharmacie – Inès Haddou",
          "Candidate 6e année, Lyon 1. Entretien de 30 min puis visite de la PUI.", AW,
          ["Inès Haddou <ines.haddou@etu.univ-lyon1.fr>", MASSON], ui, style="outlook", minutes=30),
        M("candidat-visio-fr", "fr", "Entretien visio – candidat préparateur (M. Bertin)",
          video("teams", "fr", 61), AW, ["Maxime Bertin <maxime.bertin@yahoo.fr>", CARON], ui, style="outlook"),
        M("interview-kit-en", "en", "Review interview kit – pharmacy technician (stability questions)",
          "Add two questions on aseptic technique and one on chemo spill management.", AW, [CARON], ui,
          style="outlook", minutes=30),
        M("scorecard-en", "en", "Reminder: submit your scorecard for Kevin Dubois",
          "Please submit feedback in the HR portal within 24h of the interview.", NADIA, [AW], ui, style="outlook",
          minutes=15),
        M("debrief-es", "es", "Debrief entrevistas técnicos de farmacia",
          "Puesta en común de las valoraciones de los 4 candidatos.", NADIA, [AW, CARON], ui, style="outlook",
          minutes=30),
        M("debrief-de", "de", "Nachbesprechung Bewerbergespräche PTA",
          "Entscheidung zu den Bewerbungen von Herrn Yıldız und Frau Keller.", AW, [CARON, NADIA], ui,
          style="outlook", minutes=30),
        M("calendly-host-fr", "fr", "Entretien préparateur (20 min) – Sarah Benhamou",
          "Nom de l'événement : Entretien préparateur (20 min)\nInvité : Sarah Benhamou\nE-mail : "
          "sarah.benhamou@laposte.net\nOrganisé par Calendly pour Amélie Duval", "chair:Amélie Duval "
          "<a.duval@clinique-saint-roch.fr>", ["Sarah Benhamou <sarah.benhamou@laposte.net>"],
          "calendly_user_is_host", style="ats", prodid="-//Calendly//Calendly//EN", minutes=20),
        M("hiring-committee-en", "en", "Hiring committee – Pharmacy resident selection",
          "Final ranking of the 6 applicants. Bring your scorecards.", PERRIN,
          [AW, MASSON, "room:Salle du Conseil – Direction <salle.conseil@clinique-saint-roch.fr>"], ui,
          style="outlook", minutes=60),
        M("shadowing-en", "en", "Shadow Amélie's interviews (new manager onboarding)",
          "Julien sits in on the technician interviews to learn our process.", MASSON, [AW], "shadowing_as_interviewer",
          style="outlook", minutes=120),
        M("first-person-en", "en", "Interviewing 2 candidates for the tech post", "", "", [],
          "first_person_interviewer_note", style="handtyped", floating=True, minutes=90),
        M("first-person-de", "de", "Ich führe Bewerbungsgespräch mit Praktikantin", "Lebenslauf ausdrucken", "", [],
          "first_person_interviewer_note", style="handtyped", floating=True),
        M("candidate-es-2", "es", "Entrevista a candidato – prácticas farmacia (Pablo Ruiz)",
          "Estudiante Erasmus de la Universitat de Barcelona.", AW, ["Pablo Ruiz <pablo.ruiz@ub.edu>"], ui,
          style="outlook", tz="Europe/Paris"),
        M("interview-slot-recurring", "fr", "Créneau entretiens candidats (PUI)",
          "Créneau réservé aux entretiens de recrutement des préparateurs.", AW, [CARON],
          "recurring_interview_slot_override", style="outlook", rrule="FREQ=WEEKLY;COUNT=4",
          override=(1, 0, "CANCELLED"), minutes=60),
        M("gh-interviewer-invite", "en", "Interview with Chloé Renard for Pharmacy Intern",
          "You're scheduled to interview Chloé Renard.\nInterview kit: https://app.greenhouse.io/guides/88812\n"
          "Focus: motivation, clinical pharmacy knowledge.", "coord:Clinique Saint-Roch Recruiting "
          "<no-reply@greenhouse.io>", [AW, "Chloé Renard <chloe.renard@etu.univ-lyon1.fr>"], ui, style="ats"),
        # look-alikes outside the clinic
        M("linkedin-fr", "fr", "Échange LinkedIn – recruteuse freelance",
          "Premier contact : votre projet de transition vers l'industrie, vos attentes salariales, votre mobilité.",
          "Aurélie Fontaine <aurelie.fontaine.rh@gmail.com>", [AM], "recruiter_intake_no_employer", minutes=30),
        M("headhunter-en-2", "en", "Intro call – Meridian Life Sciences Recruitment",
          "Niamh would like to get to know you and discuss the kind of roles you're open to. No specific role yet.",
          "Niamh O'Brien <niamh@meridian-ls.co.uk>", [AM], "headhunter_intake_no_employer", style="outlook",
          tz="Europe/London", minutes=30),
        M("mock-fr-2", "fr", "Coaching : simulation entretien en anglais",
          "Séance 2/3 avec la coach de l'outplacement. Jeux de rôle sur le « tell me about yourself ».",
          "Nathalie Vidal <n.vidal@transition-coaching.fr>", [AM], "mock_interview_coach", minutes=90),
        M("mock-es-2", "es", "Ensayo entrevista con Marc (amigo)", "Me hace de director médico. Bar Mut.", "", [],
          "mock_interview_friend", style="handtyped", floating=True),
        M("mock-de-2", "de", "Übungsinterview mit Anna (Freundin, Pharmazeutin in Basel)", video("zoom", "de", 62),
          "Anna Brunner <anna.brunner@bluewin.ch>", ["Anna Brunner <anna.brunner@bluewin.ch>", AM],
          "mock_interview_friend", tz="Europe/Zurich"),
        M("webinar-en-2", "en", "Webinar: Acing the MSL interview – panel of hiring managers",
          "Free webinar. Speakers from three pharma companies share what they look for.\n" + video("zoom", "en", 63),
          "MSL Society Events <events@msl-society-europe.org>", [AM], "webinar_about_interviews", style="ats"),
        M("cours-fr", "fr", "Cours DU Affaires réglementaires – module 4 « entretien et négociation »",
          "Faculté de pharmacie, amphi B.", "", [], "class_about_interviews", style="export"),
        M("seminario-es", "es", "Webinar: la entrevista por competencias en la industria farmacéutica",
          video("teams", "es", 64), "AEFI Formación <formacion@aefi-eventos.es>", [AM], "webinar_about_interviews",
          tz="Europe/Madrid", style="outlook"),
        M("user-research-fr", "fr", "Entretien utilisateur – logiciel de gestion de PUI",
          "Dans le cadre de notre étude utilisateurs, nous souhaitons recueillir vos retours sur le module "
          "traçabilité. Durée 45 min, bon d'achat de 40 €.", "Équipe UX <ux@pharmasoft-solutions.fr>", [AW],
          "user_research_interview", style="ats"),
        M("press-de", "de", "Interview Deutsche Apotheker-Rundschau – Krankenhauspharmazie in Frankreich",
          "Telefoninterview, ca. 30 Minuten, für die Märzausgabe.", "Martin Krüger <m.krueger@apo-rundschau-presse.de>",
          [AM], "press_interview", tz="Europe/Berlin", minutes=30),
        M("podcast-en", "en", "Podcast recording – 'From Ward to Pharma' episode 12",
          "Guest interview with Amélie. Riverside link below.\nhttps://riverside.fm/studio/wardtopharma",
          "Leo Chambers <leo@wardtopharma.fm>", [AM], "podcast_interview", tz="Europe/London", minutes=60),
        M("visa-es", "es", "Entrevista – cita de huellas TIE (Policía Nacional)", "Llevar pasaporte y tasa 790-012.",
          "", [], "visa_interview", style="handtyped", floating=True),
        M("termin-auslaenderbehoerde", "de", "Termin Ausländerbehörde – Interview Blue Card (Begleitung Marc)",
          "Marc begleiten, er braucht Übersetzung.", "", [], "admin_termin", style="export", tz="Europe/Berlin"),
        M("cpam-fr", "fr", "Entretien CPAM – dossier Léo", "", "", [], "benefit_office_entretien", style="handtyped",
          floating=True),
        M("reference-es", "es", "Llamada de referencias – sobre Lucía Gómez",
          "Nos ha dado tu contacto como referencia. ¿Te va bien una llamada de 15 minutos?",
          "Recursos Humanos <rrhh@hospital-marina-alta.es>", [AW], "reference_call_user_is_reference",
          tz="Europe/Madrid", minutes=15),
        M("job-fair-en", "en", "Virtual career fair – European Pharma Jobs Week",
          "Booth visits and short chats with 30 employers.", "Pharma Jobs Week <noreply@pharmajobsweek.eu>", [AM],
          "job_fair", style="ats", minutes=300),
        M("onboarding-fr", "fr", "Journée d'intégration – bienvenue chez Pharmalogis !",
          "Accueil des nouveaux collaborateurs, remise du badge, formation BPD.", "RH Pharmalogis <rh@pharmalogis.fr>",
          [AM], "onboarding_new_job", style="outlook", minutes=420),
        M("coffee-info-es", "es", "Café con Jordi – charla informativa sobre asuntos regulatorios",
          "Sin puesto concreto, solo para conocer el sector en Barcelona.", "Jordi Vidal <jordi.vidal.ra@gmail.com>",
          ["Jordi Vidal <jordi.vidal.ra@gmail.com>", AM], "informational_coffee", tz="Europe/Madrid"),
        M("prep-block-en", "en", "Prep: Helvexa panel – GMP Annex 1, STAR stories", "", "", [], "prep_block",
          style="export", tz="Europe/Zurich", minutes=90),
        M("staff-meeting", "fr", "Réunion de service PUI – planning des gardes", "", PERRIN,
          [AW, MASSON, CARON, "room:Salle de réunion PUI (RDC) <salle.pui@clinique-saint-roch.fr>"],
          "internal_meeting", style="outlook", minutes=60),
        M("one-on-one", "fr", "Point mensuel Amélie / Étienne", "", PERRIN, [AW], "internal_meeting_recurring",
          style="outlook", rrule="FREQ=WEEKLY;COUNT=8", override=(3, 60, ""), minutes=30),
        M("google-invite-friend", "fr", "Dîner chez Claire & Max", g["fr"], "Claire Dumas <claire.dumas@gmail.com>",
          ["Claire Dumas <claire.dumas@gmail.com>", AM], "personal", minutes=180),
    ]
