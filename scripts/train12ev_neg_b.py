"""Train12 negatives, part B: "interviews" that are not Amélie's own job interview (intakes, mocks, press, visas)."""

from __future__ import annotations

from train12ev_ics import Ev
from train12ev_pos_b import AM, AW, p
from train12ev_world import GOOGLE_FOOTER, video


def M(kind: str, lang: str, title: str, desc: str, org: str, atts: list[str], trap: str, **kw: object) -> Ev:
    """Given a compact description of a negative event, returns its Ev."""
    ev = Ev(kind, lang, title, desc, p(org) if org else None, [p(a) for a in atts], trap=trap)
    for k, v in kw.items():
        setattr(ev, k, v)
    return ev


def other_negatives() -> list[Ev]:
    """Returns negatives that mention interviews, recruiters or employers but are not her interview."""
    g = GOOGLE_FOOTER
    return [
        # intake calls naming no employer
        M("headhunter-intake-fr", "fr", "Échange avec Amélie – cabinet Altéa",
          "Premier échange pour mieux connaître votre parcours et vos attentes (secteur industrie pharmaceutique). "
          "Je vous présenterai ensuite des opportunités adaptées.", "Romain Duret <r.duret@altea-rh.fr>", [AM],
          "headhunter_intake_no_employer", style="outlook"),
        M("linkedin-recruiter-en", "en", "Call with Amélie – LinkedIn",
          "Hi Amélie, thanks for accepting my InMail! Let's have a quick chat about what you're looking for next in "
          "medical affairs.\n" + video("zoom", "en", 31), "Megan Cole <megan@talentbridge-search.com>", [AM],
          "recruiter_intake_no_employer", style="ats", tz="Europe/London", minutes=20),
        M("headhunter-kennenlernen-de", "de", "Kennenlernen – Lorenz Executive Search",
          "Unverbindliches Kennenlernen, um Ihre Wechselmotivation und Ihre Vorstellungen zu besprechen.",
          "Kai Lorenz <k.lorenz@lorenz-search.de>", [AM], "headhunter_intake_no_employer", style="outlook",
          tz="Europe/Berlin", minutes=30),
        M("headhunter-es", "es", "Primera llamada – PharmaTalent",
          "Hola Amélie, me gustaría conocerte y entender tu perfil antes de presentarte a nuestros clientes.",
          "Sergio Llorente <sergio@pharmatalent.es>", [AM], "headhunter_intake_no_employer", tz="Europe/Madrid",
          minutes=30),
        # mock interviews
        M("mock-coach-fr", "fr", "Simulation d'entretien – coaching Apec",
          "Entraînement à l'entretien pour le poste de MSL : pitch, questions comportementales, négociation.",
          "Christine Aubert <christine.aubert@apec.fr>", [AM], "mock_interview_coach"),
        M("mock-friend-fr", "fr", "Entretien blanc avec Manon 🙂", "Manon joue la DRH de Théralis, on chronomètre "
          "le pitch.", "", [], "mock_interview_friend", style="handtyped", floating=True),
        M("mock-en", "en", "Mock interview – Medical Science Liaison (practice)",
          "Practice round with my mentor from the pharma MSL network. She'll grill me on KOL mapping.\n" +
          video("meet", "en", 32) + "\n\n" + g["en"], "Hannah Becker <hannah.becker.msl@gmail.com>",
          ["Hannah Becker <hannah.becker.msl@gmail.com>", AM], "mock_interview_mentor"),
        M("mock-de", "de", "Probeinterview mit Coach (Vorbereitung Isarpharm)",
          "Rollenspiel: Fachgespräch Medical Affairs auf Deutsch.", "Birgit Neumann <b.neumann@karriere-coaching.de>",
          [AM], "mock_interview_coach", tz="Europe/Berlin", style="outlook"),
        M("mock-es", "es", "Simulacro de entrevista en inglés",
          "Sesión de práctica con la profesora de inglés: preguntas típicas de entrevista en pharma.",
          "Rachel Moore <rachel.moore.english@gmail.com>", [AM], "mock_interview_teacher", tz="Europe/Madrid"),
        # classes and webinars
        M("webinar-fr", "fr", "Webinaire : réussir son entretien dans l'industrie pharmaceutique",
          "Organisé par l'association des pharmaciens hospitaliers. Intervenants : deux recruteurs du secteur.\n" +
          video("zoom", "fr", 33), "Événements SNPHPU <evenements@asso-pharmahosp.fr>", [AM],
          "webinar_about_interviews",
          style="ats"),
        M("class-en", "en", "Workshop: Behavioural interview techniques (STAR)",
          "Career transition programme, session 3 of 5.", "LEEM Careers <careers@pharma-transition-academy.org>",
          [AM], "class_about_interviews", style="ats", minutes=120),
        M("webinar-de", "de", "Webinar: Vorstellungsgespräche in der Pharmaindustrie meistern",
          video("webex", "de", 34, "pharmakarriere"), "Pharmakarriere Akademie <events@pharmakarriere.de>", [AM],
          "webinar_about_interviews", tz="Europe/Berlin", style="ats", minutes=60),
        M("taller-es", "es", "Taller: cómo preparar una entrevista de trabajo en la industria farmacéutica",
          "Colegio de Farmacéuticos – formación continuada.", "Formación COF <formacion@cof-bcn.org>", [AM],
          "class_about_interviews", tz="Europe/Madrid", minutes=120),
        # research, press, podcast
        M("user-research-en", "en", "User interview – hospital pharmacy workflow (Theralis Digital)",
          "Thanks for joining our user research study. We'll ask about how your PUI handles oncology preparations. "
          "You'll receive a €50 voucher.\n" + video("zoom", "en", 35), "UX Research <research@theralis.com>", [AM],
          "user_research_interview", style="ats"),
        M("press-fr", "fr", "Interview – Le Moniteur des pharmacies",
          "Interview téléphonique sur la pénurie de médicaments à l'hôpital, pour le numéro de janvier.",
          "Pauline Girard <p.girard@moniteur-pharma-presse.fr>", [AW], "press_interview", style="outlook"),
        M("podcast-fr", "fr", "Enregistrement podcast « Pharma en transition » – invitée Amélie",
          "Interview de 40 min sur la reconversion de la pharmacie hospitalière vers l'industrie.",
          "Julie Marchetti <julie@pharmaentransition.fr>", [AM], "podcast_interview", minutes=60),
        M("interview-es-radio", "es", "Entrevista radio – Ràdio Salut",
          "Entrevista en directo sobre el uso seguro de medicamentos.", "Marc Serra <marc.serra@radiosalut.cat>", [AM],
          "press_interview", tz="Europe/Madrid", minutes=30),
        # visa, consular, benefits
        M("visa-ch", "en", "Visa/permit interview – Migrationsamt Basel-Stadt",
          "Bring passport, employment contract draft, rental agreement. Appointment ref. BS-2211-4471.",
          "", [], "visa_interview", style="export", tz="Europe/Zurich"),
        M("consulado-es", "es", "Entrevista consulado – NIE",
          "Cita previa en la Oficina de Extranjería, Passeig de Josep Carner 33.", "", [],
          "consular_entrevista", style="handtyped", floating=True),
        M("termin-kvr", "de", "Termin KVR München – Anmeldung",
          "Terminnummer 58-3321. Unterlagen: Pass, Wohnungsgeberbestätigung.", "", [], "admin_termin",
          style="export", tz="Europe/Berlin"),
        M("france-travail", "fr", "Entretien France Travail – conseiller",
          "Entretien de situation avec votre conseiller (rupture conventionnelle envisagée).",
          "France Travail <ne-pas-repondre@francetravail.fr>", [AM], "benefit_office_entretien", style="ats"),
        M("prefecture", "fr", "RDV préfecture – passeport Léo", "", "", [], "personal_admin", style="handtyped",
          floating=True),
        # references, fairs, onboarding, coffee chats
        M("reference-call-fr", "fr", "Appel référence – pour Julien Masson (candidat chez Veyrier)",
          "Laboratoires Veyrier m'appelle comme référence pour Julien.",
          "Bastien Lacroix <b.lacroix@veyrier-pharma.fr>",
          [AW], "reference_call_user_is_reference", style="outlook", minutes=20),
        M("reference-call-en", "en", "Reference check: Sylvie Caron",
          "Hi Amélie, Sylvie listed you as a referee for her application with us. 15 minutes is plenty.",
          "Tom Okafor <tom.okafor@quantiva-cro.com>", [AW], "reference_call_user_is_reference", minutes=15,
          tz="Europe/London"),
        M("reference-de", "de", "Referenzgespräch zu Emre Yıldız",
          "Sie wurden als Referenz angegeben. Kurzes Telefonat.", "HR Apotheke <hr@stadtapotheke-freiburg.de>",
          [AW], "reference_call_user_is_reference", tz="Europe/Berlin", minutes=15),
        M("job-fair-fr", "fr", "Forum emploi santé – Lyon Eurexpo", "Stand 14 : Veyrier, stand 22 : Clinexis. "
          "Apporter 20 CV.", "", [], "job_fair", allday=True, style="export", minutes=1440),
        M("job-fair-de", "de", "Karrieremesse Life Sciences München", "Messe, Halle B2.", "", [], "job_fair",
          allday=True, style="export", tz="Europe/Berlin", minutes=1440),
        M("feria-es", "es", "Feria de empleo Biocat – Barcelona", "Networking y stands de empresas biotech.",
          "Biocat Events <events@biocat-jobs.cat>", [AM], "job_fair", tz="Europe/Madrid", minutes=240),
        M("onboarding-new-job", "en", "Onboarding day 1 – Welcome to Helvexa!",
          "Welcome Amélie! Badge pick-up at reception, IT setup, GMP training.", "People Team <onboarding@helvexa.ch>",
          [AM, "Daniel Frei <daniel.frei@helvexa.ch>"], "onboarding_new_job", tz="Europe/Zurich", style="outlook",
          minutes=420),
        M("coffee-info-fr", "fr", "Café avec Inès (ex-collègue, maintenant chez Kerbio)",
          "Juste pour avoir son retour sur le métier de pharmacovigilance, pas de poste ouvert.",
          "Inès Fabre <ines.fabre@gmail.com>", ["Inès Fabre <ines.fabre@gmail.com>", AM], "informational_coffee",
          loc="Café Mokxa, Lyon"),
        M("coffee-info-en", "en", "Coffee chat – career advice (MSL path)",
          "Informational chat, no role in mind: Ravi offered to share how he moved from hospital to industry.",
          "Ravi Shah <ravi.shah@nuvacta.com>", [AM, "Ravi Shah <ravi.shah@nuvacta.com>"], "informational_coffee",
          tz="Europe/London", minutes=30),
        M("kaffee-info-de", "de", "Kaffee mit Julia – Austausch über RA",
          "Informelles Gespräch unter Kolleginnen, keine Bewerbung.", "Julia Sommer <julia.sommer@hexamed.de>",
          [AM, "Julia Sommer <julia.sommer@hexamed.de>"], "informational_coffee", tz="Europe/Berlin"),
        # internal and personal
        M("annual-review", "fr", "Entretien annuel d'évaluation – Amélie Duval",
          "Entretien professionnel annuel avec votre responsable.", "Étienne Perrin <e.perrin@clinique-saint-roch.fr>",
          [AW], "annual_review", style="outlook", minutes=60),
        M("exit-interview", "fr", "Entretien de départ – RH", "Entretien de sortie suite à votre démission.",
          "Isabelle Marchal <i.marchal@clinique-saint-roch.fr>", [AW], "exit_interview", style="outlook"),
        M("prep-block", "fr", "Préparation entretien Théralis (relire le pipeline)", "Bloquer 2 h.", "", [],
          "prep_block", style="handtyped", floating=True, minutes=120),
        M("comite-medicament", "fr", "COMEDIMS – commission du médicament",
          "Ordre du jour : référencement biosimilaires.", "Étienne Perrin <e.perrin@clinique-saint-roch.fr>",
          [AW, "room:Salle du Conseil – Direction <salle.conseil@clinique-saint-roch.fr>"], "internal_meeting",
          style="outlook", minutes=90),
        M("ecole-entretien", "fr", "Entretien d'admission école – Léo (CM2 → collège)",
          "Entretien avec la directrice du collège privé.", "", [], "school_admission_entretien",
          style="handtyped", floating=True),
        M("dentist-es", "es", "Cita dentista", "", "", [], "personal", style="handtyped", floating=True, minutes=30),
        M("afterview-tickler", "en", "Send thank-you notes — Helvexa, Quality Assurance Manager GMP",
          "Write down what you discussed and who you met while it's fresh. Drafts are in your Drafts folder.", "",
          [], "afterview_tickler", style="export", tz="Europe/Paris", minutes=15,
          extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:tk-helvexa-qa-01"]),
    ]
