"""Train12 positives, part B: Amélie's real interviews that look weak (free mail, hand-typed, coffees, visits)."""

from __future__ import annotations

from train12ev_ics import Ev, Person
from train12ev_pos_a import co
from train12ev_world import GOOGLE_FOOTER, video


def p(spec: str) -> Person:
    """Given "Name <email>" with an optional "room:", "opt:", "coord:" or "chair:" prefix, returns the Person."""
    kind = "req"
    if ":" in spec.split("<")[0]:
        kind, spec = spec.split(":", 1)
    name, _, rest = spec.partition("<")
    return Person(name.strip(), rest.rstrip(">").strip(), kind)


def W(kind: str, lang: str, title: str, desc: str, org: str, atts: list[str], company: str, role: str, stage: str,
      trap: str, **kw: object) -> Ev:
    """Given a compact description of one of Amélie's interviews, returns its Ev (interviewers derived)."""
    ev = Ev(kind, lang, title, desc, p(org) if org else None, [p(a) for a in atts], is_interview=True,
            company=company, role=role, stage=stage, trap=trap)
    for k, v in kw.items():
        setattr(ev, k, v)
    return ev


AM = "Amélie Duval <amelie.duval@free.fr>"
AW = "Amélie Duval <a.duval@clinique-saint-roch.fr>"


def weak_positives() -> list[Ev]:
    """Returns Amélie's interviews that a classifier can easily miss, in French, English, German and Spanish."""
    g = GOOGLE_FOOTER
    ks, th, pl, v = co("Kerbio"), co("Théralis"), co("Pharmalogis"), co("Laboratoires Veyrier")
    hx, ip, gi, lb = co("Helvexa"), co("Isarpharm"), co("Galenia Ibérica"), co("Laboratorios Brisa")
    out = [
        # founders and hiring managers on free mail
        W("founder-gmail-fr", "fr", "Amélie / Gaëlle – suite de notre échange",
          "Comme convenu, on se revoit pour parler plus concrètement du poste de responsable pharmacovigilance chez "
          "Kerbio. Rémi (notre CMO) se joindra à nous.\n\n" + video("meet", "fr", 11) + "\n\n" + g["fr"],
          "chair:Gaëlle Le Bihan <gaelle.lebihan@gmail.com>",
          ["Gaëlle Le Bihan <gaelle.lebihan@gmail.com>", "Rémi Carrel <remi@kerbio.fr>", AM],
          ks.name, "Responsable Pharmacovigilance", "hiring_manager", "founder_freemail"),
        W("founder-proton-en", "en", "Amélie x Nuvacta – second conversation",
          "Hi Amélie – great to talk last week. Let's go deeper into how you'd set up medical information for our "
          "EU launch. 45 min.\n\n" + video("zoom", "en", 12), "James Whitcombe <jwhitcombe@protonmail.com>",
          ["James Whitcombe <jwhitcombe@protonmail.com>", AM], "Nuvacta Therapeutics", "Medical Information Lead",
          "hiring_manager", "founder_freemail", style="ats", tz="Europe/London"),
        W("hm-hotmail-es", "es", "Café con Carlos (Brisa) – 2ª entrevista",
          "Hola Amélie, como te comenté, la segunda conversación la hacemos en persona y más informal. Te invito a un "
          "café cerca de la oficina.", "Carlos Ferrer <carlosferrer.md@hotmail.com>",
          ["Carlos Ferrer <carlosferrer.md@hotmail.com>", AM], lb.name, "Medical Science Liaison", "hiring_manager",
          "coffee_is_round", loc="Cafè Salvador, Carrer del Bruc 12, Barcelona", tz="Europe/Madrid"),
        W("founder-gmx-de", "de", "Kennenlernen Amélie – Hexamed (2. Gespräch)",
          "Liebe Frau Duval, wie besprochen das zweite Gespräch, diesmal mit unserer Head of RA. Wir würden gern "
          "über die IVDR-Umstellung sprechen.\n\n" + video("teams", "de", 13), "Ulrike Falk <ulrike.falk@gmx.de>",
          ["Ulrike Falk <ulrike.falk@gmx.de>", "Julia Sommer <julia.sommer@hexamed.de>", AM],
          "Hexamed Diagnostics", "Regulatory Affairs Specialist IVD", "hiring_manager", "kennenlernen_is_round",
          style="outlook", tz="Europe/Berlin"),
        W("hm-orange-fr", "fr", "RDV Pascal Meunier – poste pharmacien adjoint",
          "Bonjour Amélie,\nJe vous propose de passer au service pour que nous discutions de votre candidature et que "
          "je vous présente l'équipe de la PUI.\nPascal", "Pascal Meunier <pascal.meunier69@orange.fr>",
          ["Pascal Meunier <pascal.meunier69@orange.fr>", AM], "CH Val-de-Saône", "Pharmacien adjoint PUI",
          "hiring_manager", "hm_freemail_hospital", loc="Pharmacie – CH Val-de-Saône, bâtiment C", style="apple"),
        W("founder-yahoo-es", "es", "Amélie - Galenia",
          "Nos vemos para hablar del puesto de calidad. Vendrá también Núria.", "Marta Puig <martapuig@yahoo.es>",
          ["Marta Puig <martapuig@yahoo.es>", "Núria Soler <nsoler@galenia.es>", AM], gi.name, "", "hiring_manager",
          "title_only_freemail", tz="Europe/Madrid"),
        W("icloud-hm-en", "en", "Chat with Daniel (Helvexa)", "Quick follow-up chat after your panel. Daniel",
          "Daniel Frei <danielfrei@icloud.com>", ["Daniel Frei <danielfrei@icloud.com>", AM], hx.name, "",
          "hiring_manager", "chat_is_round", style="apple", tz="Europe/Zurich", minutes=30),
        # hand-typed, terse
        W("handtyped-2nd-round", "fr", "Veyrier 2e tour", "", "", [], v.name, "", "", "handtyped", style="handtyped",
          floating=True),
        W("handtyped-name-co", "fr", "Claire Besson – Théralis", "", "", [], th.name, "", "", "handtyped_name_company",
          style="handtyped", floating=True, interviewers=["Claire Besson"]),
        W("handtyped-address", "fr", "4 allée des Cèdres, St-Priest – 14h30 (Pharmalogis)", "", "", [], pl.name, "",
          "", "handtyped_address", style="handtyped", floating=True),
        W("handtyped-en", "en", "Quantiva round 3", "bring the CV printout + certificates", "", [], "Quantiva", "",
          "", "handtyped", style="export"),
        W("handtyped-de", "de", "Isarpharm Gespräch Nr. 2", "Frau Huber + jemand aus QA", "", [], ip.name, "", "",
          "handtyped", style="export", tz="Europe/Berlin", interviewers=["Dr. Katrin Huber"]),
        W("handtyped-es", "es", "Entrevista Brisa 2a ronda", "", "", [], lb.name, "", "", "handtyped",
          style="handtyped", floating=True),
        W("handtyped-basel", "en", "Helvexa – Klybeckstr. 141, ask for Marc", "train 7:04 Lyon Part-Dieu → Basel SBB",
          "", [], hx.name, "", "onsite", "handtyped_address", style="export", tz="Europe/Zurich",
          interviewers=["Marc Oberli"]),
        W("handtyped-visio", "fr", "Visio Clinexis (Mathilde Roy) – cas pratique", "préparer plan de monitoring",
          "", [], "Clinexis", "", "technical", "handtyped_case", style="handtyped", floating=True,
          interviewers=["Mathilde Roy"]),
        W("title-only-de", "de", "Amélie <> Isarpharm", "", "Florian Maier <f.maier@isarpharm.de>",
          ["Florian Maier <f.maier@isarpharm.de>", AM], ip.name, "", "", "title_only", style="outlook",
          tz="Europe/Berlin"),
        W("title-only-en", "en", "Amélie / Rheinknie", "", "Anna Keller <a.keller@rheinknie-bio.ch>",
          ["Anna Keller <a.keller@rheinknie-bio.ch>", AM], "Rheinknie Biologics", "", "", "title_only",
          tz="Europe/Zurich"),
        # coffee, chat, visits that are rounds
        W("coffee-round-fr", "fr", "Café avec Hélène Morvan",
          "Suite à nos deux entretiens, Hélène souhaite vous rencontrer de manière plus informelle avant la décision "
          "finale.\nLaure – RH", "Hélène Morvan <h.morvan@veyrier-pharma.fr>",
          ["Hélène Morvan <h.morvan@veyrier-pharma.fr>", AM], v.name, "Responsable Assurance Qualité", "final",
          "coffee_is_round", loc="Café Mokxa, 3 rue de l'Abbé Rozier, Lyon", style="outlook"),
        W("visit-plant-fr", "fr", "Visite du site de production – Veyrier",
          "Dans le cadre du processus de recrutement (poste Responsable Assurance Qualité), visite des ateliers de "
          "formes sèches avec Sophie Tranchant puis échange avec l'équipe QA.\nPrévoir chaussures fermées.",
          "Bastien Lacroix <b.lacroix@veyrier-pharma.fr>",
          ["Sophie Tranchant <s.tranchant@veyrier-pharma.fr>", AM,
           "coord:Bastien Lacroix <b.lacroix@veyrier-pharma.fr>"],
          v.name, "Responsable Assurance Qualité", "onsite", "site_visit_is_round", style="outlook", minutes=180,
          loc="Site de Saint-Fons, 80 route de Lyon"),
        W("werksbesuch-de", "de", "Werksbesichtigung & Gespräch – Isarpharm Penzberg",
          "Sehr geehrte Frau Duval,\nim Rahmen Ihres Bewerbungsprozesses als Leitung Qualitätssicherung laden wir Sie "
          "zur Werksbesichtigung mit Herrn Brandl und einem anschließenden Gespräch ein.\nFlorian Maier, HR",
          "coord:Florian Maier <f.maier@isarpharm.de>", ["Stefan Brandl <s.brandl@isarpharm.de>", AM],
          ip.name, "Leitung Qualitätssicherung", "onsite", "site_visit_is_round", style="outlook_notz",
          tz="Europe/Berlin", minutes=240, loc="Werk Penzberg, Nonnenwald 4"),
        W("visita-planta-es", "es", "Visita a la planta de Sant Cugat – Galenia",
          "Hola Amélie, como siguiente paso del proceso de selección te proponemos visitar la planta con Núria y "
          "conocer al equipo de garantía de calidad.", "Jordi Vidal <jvidal@galenia.es>",
          ["Núria Soler <nsoler@galenia.es>", AM, "coord:Jordi Vidal <jvidal@galenia.es>"], gi.name,
          "Responsable de Garantía de Calidad", "onsite", "site_visit_is_round", tz="Europe/Madrid", minutes=150),
        W("office-visit-en", "en", "Office visit – meet the Medical Affairs team",
          "Hi Amélie, as the next step for the Medical Affairs Manager role we'd love to host you at our London office "
          "to meet Ravi and the team over lunch.\nFreya", "Freya Dunn <freya.dunn@nuvacta.com>",
          ["Ravi Shah <ravi.shah@nuvacta.com>", "Freya Dunn <freya.dunn@nuvacta.com>", AM], "Nuvacta Therapeutics",
          "Medical Affairs Manager", "onsite", "office_visit_is_round", tz="Europe/London", minutes=120),
        # case interviews, assessment centres, panels
        W("case-fr", "fr", "Étude de cas – Théralis (MSL)",
          "Présentation de 15 minutes d'un article sur l'immunothérapie, puis questions du jury.\n" +
          video("teams", "fr", 14), "Yanis Haddad <yanis.haddad@theralis.com>",
          ["Claire Besson <claire.besson@theralis.com>", "Nicolas Ferrand <nicolas.ferrand@theralis.com>", AM,
           "coord:Yanis Haddad <yanis.haddad@theralis.com>"], th.name, "Medical Science Liaison", "technical",
          "case_interview", style="outlook"),
        W("case-en", "en", "Case study presentation – Regulatory Affairs Manager",
          "Please prepare a 20-minute presentation on a type II variation strategy. Panel: Sarah Lindqvist, Anna "
          "Keller.\n" + video("zoom", "en", 15), "Olivier Berset <o.berset@rheinknie-bio.ch>",
          ["Sarah Lindqvist <s.lindqvist@rheinknie-bio.ch>", "Anna Keller <a.keller@rheinknie-bio.ch>", AM,
           "coord:Olivier Berset <o.berset@rheinknie-bio.ch>"], "Rheinknie Biologics", "Regulatory Affairs Manager",
          "technical", "case_interview", style="outlook", tz="Europe/Zurich", minutes=60),
        W("assessment-de", "de", "Assessment Center – Isarpharm Trainee-Programm Medical",
          "Ganztägiges Auswahlverfahren: Gruppenübung, Fallstudie, Einzelinterview.",
          "Isarpharm Recruiting <recruiting@isarpharm.de>",
          [AM, "room:Schulungsraum 2 <schulungsraum2@isarpharm.de>"], ip.name, "Referentin Medical Affairs",
          "onsite", "assessment_centre_allday", allday=True, style="outlook", tz="Europe/Berlin", minutes=1440,
          interviewers=[]),
        W("assessment-fr", "fr", "Journée d'évaluation – Clinexis",
          "Mises en situation, entretien individuel et test d'anglais. Présence de 9h à 17h.",
          "coord:Karim Benali <kbenali@clinexis.eu>", [AM, "Mathilde Roy <mroy@clinexis.eu>"], "Clinexis",
          "Clinical Project Manager", "onsite", "assessment_centre", minutes=480, style="outlook"),
        W("panel-es", "es", "Entrevista con el comité – Farmacovigilancia",
          "Panel con Dirección Médica, Calidad y RRHH.\n" + video("teams", "es", 16),
          "Laia Roca <l.roca@brisafarma.es>",
          ["Carlos Ferrer <c.ferrer@brisafarma.es>", "Pilar Ortega <p.ortega@brisafarma.es>",
           "Laia Roca <l.roca@brisafarma.es>", AM], lb.name, "Farmacéutica de Farmacovigilancia", "onsite", "panel",
          style="outlook", tz="Europe/Madrid", minutes=90),
        W("jury-hospital-fr", "fr", "Commission de recrutement – poste de pharmacien gérant",
          "Madame, vous êtes convoquée devant la commission de recrutement du CH Val-de-Saône.",
          "Anne Roussel <a.roussel@ch-valdesaone.fr>",
          ["Pascal Meunier <p.meunier@ch-valdesaone.fr>", "Anne Roussel <a.roussel@ch-valdesaone.fr>",
           "Lucie Bret <l.bret@ch-valdesaone.fr>", AM], "CH Val-de-Saône", "Pharmacien gérant", "final", "panel",
          style="outlook"),
        # internal transfer at Clinique Saint-Roch (her own interview)
        W("internal-transfer-fr", "fr", "Entretien – poste pharmacien coordinateur essais cliniques (mobilité interne)",
          "Bonjour Amélie,\nSuite à votre candidature interne, je vous propose un entretien avec le Dr Perrin "
          "(Unité de recherche clinique).\nDRH – Clinique Saint-Roch",
          "coord:Isabelle Marchal <i.marchal@clinique-saint-roch.fr>",
          ["Dr Étienne Perrin <e.perrin@clinique-saint-roch.fr>", AW], "Clinique Saint-Roch",
          "Pharmacien coordinateur essais cliniques", "hiring_manager",
          "internal_transfer", style="outlook"),
        W("internal-transfer-en", "en", "Internal move – conversation with Research Unit lead",
          "Amélie, as discussed with HR, here's the slot to talk about the clinical trials pharmacist post.",
          "Étienne Perrin <e.perrin@clinique-saint-roch.fr>",
          ["Étienne Perrin <e.perrin@clinique-saint-roch.fr>", AW], "Clinique Saint-Roch",
          "Clinical trials pharmacist", "hiring_manager", "internal_transfer", style="outlook", minutes=30),
        # agencies naming the client
        W("agency-fr", "fr", "Entretien client – Pharmalogis (via Hays Santé)",
          "Bonjour Amélie, je vous confirme votre entretien chez notre client Pharmalogis pour le poste de "
          "Responsable Qualité Distribution. Vous rencontrerez Laure Chapuis et Thomas Nguyen. Je ne serai pas "
          "présente.\nÉlodie – consultante", "Élodie Vasseur <elodie.vasseur@hayes-sante-conseil.fr>",
          ["Laure Chapuis <l.chapuis@pharmalogis.fr>", "Thomas Nguyen <t.nguyen@pharmalogis.fr>", AM],
          pl.name, "Responsable Qualité Distribution", "hiring_manager", "agency_names_client",
          interviewers=["l.chapuis@pharmalogis.fr", "t.nguyen@pharmalogis.fr"]),
        W("headhunter-de", "de", "Interview bei unserem Mandanten Hexamed Diagnostics",
          "Liebe Frau Duval, anbei die Einladung zum Gespräch mit Frau Sommer (Head of RA) bei unserem Mandanten "
          "Hexamed Diagnostics. Ich begleite Sie telefonisch vorab.\nBeste Grüße, Kai Lorenz – Lorenz Executive "
          "Search", "Kai Lorenz <k.lorenz@lorenz-search.de>", ["Julia Sommer <julia.sommer@hexamed.de>", AM],
          "Hexamed Diagnostics", "Regulatory Affairs Specialist IVD", "hiring_manager", "agency_names_client",
          style="outlook", tz="Europe/Berlin", interviewers=["julia.sommer@hexamed.de"]),
        W("agency-es", "es", "Entrevista con Laboratorios Brisa (cliente) – MSL",
          "Hola Amélie, te confirmo la entrevista con nuestro cliente Laboratorios Brisa. Te entrevistará Pilar "
          "Ortega, Responsable MSL.\nUn abrazo, Sergio (PharmaTalent)", "Sergio Llorente <sergio@pharmatalent.es>",
          [AM, "Pilar Ortega <p.ortega@brisafarma.es>", "opt:Sergio Llorente <sergio@pharmatalent.es>"], lb.name,
          "Medical Science Liaison", "technical", "agency_names_client", tz="Europe/Madrid",
          interviewers=["p.ortega@brisafarma.es"]),
        W("agency-en", "en", "Client interview: Helvexa – QA Manager GMP",
          "Amélie – confirming your interview with Daniel Frei at Helvexa (our client). Dial-in below.\n" +
          video("teams", "en", 17) + "\nBest, Niamh – Meridian Life Sciences Recruitment",
          "Niamh O'Brien <niamh@meridian-ls.co.uk>", ["Daniel Frei <daniel.frei@helvexa.ch>", AM], hx.name,
          "Quality Assurance Manager GMP", "hiring_manager", "agency_names_client", tz="Europe/Zurich",
          interviewers=["daniel.frei@helvexa.ch"]),
    ]
    out += _more(g, pl, gi)
    return out


def _more(g: dict[str, str], pl: object, gi: object) -> list[Ev]:
    th, rk, cl, ks = co("Théralis"), co("Rheinknie Biologics"), co("Clinexis"), co("Kerbio")
    hd = co("Hexamed Diagnostics")
    out = [
        W("cancelled-fr", "fr", "Entretien Théralis – Claire Besson (ANNULÉ)",
          "Entretien annulé – un nouveau créneau vous sera proposé.", "Claire Besson <claire.besson@theralis.com>",
          ["Claire Besson <claire.besson@theralis.com>", AM], th.name, "Medical Science Liaison", "hiring_manager",
          "cancelled", status="CANCELLED", style="outlook", seq=2),
        W("cancelled-en", "en", "Canceled: Interview – Regulatory Affairs Manager",
          "This interview has been cancelled by the organiser.", "Anna Keller <a.keller@rheinknie-bio.ch>",
          ["Anna Keller <a.keller@rheinknie-bio.ch>", AM], rk.name, "Regulatory Affairs Manager", "technical",
          "cancelled", status="CANCELLED", style="outlook_notz", tz="Europe/Zurich", seq=1),
        W("rescheduled-de", "de", "Verschoben: Zweitgespräch Hexamed",
          "Neuer Termin für Ihr Zweitgespräch mit Frau Dr. Falk (Geschäftsführerin).",
          "Tobias Wenzel <tobias.wenzel@hexamed.de>",
          ["Ulrike Falk <ulrike.falk@hexamed.de>", AM, "coord:Tobias Wenzel <tobias.wenzel@hexamed.de>"], hd.name,
          "Qualitätsmanagerin", "final", "rescheduled", seq=3, style="outlook", tz="Europe/Berlin"),
        W("recurring-trial-days-fr", "fr", "Journées d'immersion – Kerbio (processus de recrutement)",
          "Deux demi-journées d'immersion rémunérées avec l'équipe pharmacovigilance, dernière étape avant décision.",
          "Gaëlle Le Bihan <gaelle@kerbio.fr>", ["Gaëlle Le Bihan <gaelle@kerbio.fr>", AM], ks.name,
          "Pharmacovigilance Officer", "onsite", "recurring_trial_override", rrule="FREQ=DAILY;COUNT=2",
          override=(1, 60, ""), minutes=240),
        W("recurring-cancel-es", "es", "Entrevistas Galenia (2 sesiones)",
          "Primera sesión con Calidad, segunda con Dirección Técnica.", "Jordi Vidal <jvidal@galenia.es>",
          ["Marta Puig <mpuig@galenia.es>", "Núria Soler <nsoler@galenia.es>", AM,
           "coord:Jordi Vidal <jvidal@galenia.es>"], "Galenia Ibérica", "Responsable de Garantía de Calidad",
          "onsite", "recurring_override_cancelled", rrule="FREQ=WEEKLY;COUNT=2", override=(1, 0, "CANCELLED"),
          tz="Europe/Madrid"),
        W("invite-to-work-addr", "fr", "Entretien Clinexis – Chef de projet études cliniques",
          "Bonjour Amélie, comme vous nous avez écrit depuis votre adresse professionnelle, voici l'invitation.\n" +
          video("webex", "fr", 18, "clinexis"), "Ophélie Garnier <ogarnier@clinexis.eu>",
          ["Ophélie Garnier <ogarnier@clinexis.eu>", AW], cl.name, "Chef de projet études cliniques",
          "hiring_manager", "invite_to_work_address", style="outlook"),
        W("phone-screen-fr", "fr", "Appel téléphonique – Karim (Clinexis)",
          "Karim vous appellera au 06 xx xx xx 12 pour un premier échange sur le poste de CPM.",
          "Karim Benali <kbenali@clinexis.eu>", ["Karim Benali <kbenali@clinexis.eu>", AM], cl.name,
          "Clinical Project Manager", "recruiter_screen", "phone_screen", minutes=20),
        W("phone-screen-de", "de", "Telefoninterview Isarpharm",
          "Kurzes Telefonat zur Stelle Referentin Medical Affairs. Herr Maier ruft Sie an.",
          "Florian Maier <f.maier@isarpharm.de>", ["Florian Maier <f.maier@isarpharm.de>", AM], "Isarpharm",
          "Referentin Medical Affairs", "recruiter_screen", "phone_screen", tz="Europe/Berlin", minutes=30),
        W("teams-es-tech", "es", "Entrevista técnica – Asuntos Regulatorios",
          "Hola Amélie: entrevista técnica sobre eCTD y procedimientos descentralizados.\n" + video("teams", "es", 19),
          "Marta Puig <mpuig@galenia.es>", ["Marta Puig <mpuig@galenia.es>", AM], "Galenia Ibérica",
          "Técnica de Asuntos Regulatorios", "technical", "direct_outlook", style="outlook", tz="Europe/Madrid"),
        W("meet-en-final", "en", "Final interview with the CMO – Medical Advisor Haematology",
          video("meet", "en", 20) + "\n\n" + g["en"], "Sarah Lindqvist <s.lindqvist@rheinknie-bio.ch>",
          ["Sarah Lindqvist <s.lindqvist@rheinknie-bio.ch>", "Peter Imhof <p.imhof@rheinknie-bio.ch>", AM],
          rk.name, "Medical Advisor Haematology", "final", "direct_google", tz="Europe/Zurich"),
        W("lunch-round-de", "de", "Mittagessen mit Frau Dr. Huber",
          "Wie besprochen: lockeres Mittagessen als dritte Runde, danach kurzer Rundgang durch die Abteilung.",
          "Katrin Huber <k.huber@isarpharm.de>", ["Katrin Huber <k.huber@isarpharm.de>", AM], "Isarpharm",
          "Referentin Medical Affairs", "final", "lunch_is_round", tz="Europe/Berlin", style="outlook"),
        W("agency-names-client-fr2", "fr", "Entretien chez Laboratoires Veyrier – via cabinet Altéa",
          "Amélie, voici la convocation de notre client. Interlocutrice : Hélène Morvan, Directrice Qualité.",
          "Romain Duret <r.duret@altea-rh.fr>", [AM, "Hélène Morvan <h.morvan@veyrier-pharma.fr>"],
          "Laboratoires Veyrier", "Responsable Assurance Qualité", "hiring_manager", "agency_names_client",
          interviewers=["h.morvan@veyrier-pharma.fr"], style="outlook"),
        W("chat-es", "es", "Charla con Pilar", "Seguimos hablando del puesto de MSL en Brisa. ¡Hasta el jueves!",
          "Pilar Ortega <pilar.ortega.farma@gmail.com>", ["Pilar Ortega <pilar.ortega.farma@gmail.com>", AM],
          "Laboratorios Brisa", "Medical Science Liaison", "technical", "chat_is_round", tz="Europe/Madrid"),
    ]
    return out
