"""holdout92 positives, part C: English, German and French invites (Lever, Ashby, Greenhouse, GoodTime …)."""

from __future__ import annotations

from holdout92ev_ics import LABEL_DE, LABEL_FR, ME, ME_GMAIL, att, ev, meet, teams, zoom
from holdout92ev_tools import ats, google, outlook

I = (ME_GMAIL, ME)  # noqa: E741


def events() -> list[dict[str, object]]:
    out = []
    # 39 Lever recruiter screen
    ics, uid = ats(
        "lever-interview-6b0f3e11-9c2d-4a55-b8e1-2f6c1d7a9e40@hire.lever.co", "-//Lever//Interview Scheduler//EN",
        "Interview with Strideo: Clinical Physiotherapist (Remote, Spain)", "20250312T090000", "20250312T093000",
        ("hannah.oyelaran@strideo.run", "Hannah Oyelaran"), [I, ("hannah.oyelaran@strideo.run", "Hannah Oyelaran")],
        "Hi Irene,\n\nThanks for applying to Strideo! This is a 30-minute intro call with Hannah (Talent) about "
        "the Clinical Physiotherapist role on our remote coaching team.\n\nJoin: https://strideo.zoom.us/j/"
        "84120093311\n\nTalk soon!", "Zoom", style="g")
    out.append(ev(kind="lever-screen-en", ics=ics, uid=uid, is_interview=1, company="Strideo",
                  role="Clinical Physiotherapist", stage="recruiter_screen", interviewers="hannah.oyelaran@strideo.run",
                  trap="lever-en"))
    # 40 Lever clinical case, coordinator organiser
    ics, uid = ats(
        "lever-interview-0d9a77c2-5e3b-4f1a-a2c4-88b1e3f60d17@hire.lever.co", "-//Lever//Interview Scheduler//EN",
        "Strideo – Clinical case interview (Irene Gallego Soto)", "20250319T150000", "20250319T160000",
        ("scheduling@strideo.run", "Strideo Scheduling"),
        [I, ("dr.kwame.asante@strideo.run", "Kwame Asante"), ("lucia.ferrer@strideo.run", "Lucía Ferrer")],
        "Interviewers: Kwame Asante (Head of Clinical, PT, DPT), Lucía Ferrer (Senior Physiotherapist)\n\n"
        "Format: you'll get a short runner case (Achilles tendinopathy, returning to marathon training) at the "
        "start; talk us through assessment, load management and how you'd coach it remotely.\n\nScheduled by "
        "Lever on behalf of Strideo.", "https://strideo.zoom.us/j/85510447280", style="g")
    out.append(ev(kind="lever-case-en", ics=ics, uid=uid, is_interview=1, company="Strideo",
                  role="", stage="technical", interviewers="dr.kwame.asante@strideo.run;lucia.ferrer@strideo.run",
                  trap="lever-coordinator-organizer-en"))
    # 41 Ashby hiring manager
    ics, uid = ats(
        "ashby-interview-3e8c1f20b7@ashbyhq.com", "-//Ashby//Ashby Scheduling//EN",
        "Kinetiq Health | Irene Gallego Soto – Hiring Manager Interview", "20250317T163000", "20250317T171500",
        ("no-reply@ashbyhq.com", "Kinetiq Health Recruiting"), [I, ("nuria.castells@kinetiq.health", "Núria Castells")],
        "Role: Physiotherapist – Digital MSK Programme (Spanish market)\nInterviewer: Núria Castells, Clinical "
        "Lead Spain\n\n" + zoom("kinetiq-hm", "en"), "Zoom", tz="Europe/Madrid")
    out.append(ev(kind="ashby-hm-en", ics=ics, uid=uid, is_interview=1, company="Kinetiq Health",
                  role="Physiotherapist – Digital MSK Programme", stage="hiring_manager",
                  interviewers="nuria.castells@kinetiq.health", trap="ashby-en"))
    # 42 ModernLoop final panel
    ics, uid = ats(
        "ml-evt-71c4d9a8f3@modernloop.io", "-//ModernLoop//Scheduling//EN",
        "Final interview – Physiotherapist, Digital MSK (Irene Gallego Soto)", "20250326T140000",
        "20250326T153000", ("coordinator@kinetiq.health", "Emma Lindqvist (Recruiting Coordinator)"),
        [I, ("nuria.castells@kinetiq.health", "Núria Castells"), ("tom.hadley@kinetiq.health", "Tom Hadley"),
         ("ane.etxeberria@kinetiq.health", "Ane Etxeberria")],
        "Hi Irene,\n\nHere is your final round at Kinetiq Health:\n14:00–14:30 UTC  Núria Castells – clinical "
        "deep dive\n14:30–15:00 UTC  Tom Hadley (VP Clinical) – values & ways of working\n15:00–15:30 UTC  Ane "
        "Etxeberria (Product) – working with the app team\n\nEmma will stay on the line for the first minute "
        "to check your audio.\n\n" + meet("kqh-fnlr-wpo", "en"), "Google Meet", style="g")
    out.append(ev(kind="modernloop-final-en", ics=ics, uid=uid, is_interview=1, company="Kinetiq Health",
                  role="Physiotherapist, Digital MSK", stage="final",
                  interviewers="nuria.castells@kinetiq.health;tom.hadley@kinetiq.health;ane.etxeberria@kinetiq.health",
                  trap="modernloop-coordinator-en"))
    # 43 Greenhouse phone screen
    ics, uid = ats(
        "greenhouse-4481207-phone@greenhouse.io", "-//Greenhouse Software//Greenhouse//EN",
        "Phone Screen: Irene Gallego Soto (Senior Physiotherapist – Marbella) with Ibex Physio Group",
        "20250402T083000", "20250402T090000", ("recruiting@ibexphysio.co.uk", "Ibex Physio Recruiting"),
        [I, ("sophie.marsh@ibexphysio.co.uk", "Sophie Marsh")],
        "Hi Irene,\n\nSophie Marsh from our Talent team will call you on +34 6XX XXX 412 at the time above. "
        "The call is about 30 minutes.\n\nBest,\nIbex Physio Group Recruiting", "Phone call", style="g")
    out.append(ev(kind="greenhouse-phone-en", ics=ics, uid=uid, is_interview=1, company="Ibex Physio Group",
                  role="Senior Physiotherapist – Marbella", stage="recruiter_screen",
                  interviewers="sophie.marsh@ibexphysio.co.uk", trap="greenhouse-phone-en"))
    # 44 Greenhouse onsite at the clinic
    ics, uid = ats(
        "greenhouse-4481207-onsite@greenhouse.io", "-//Greenhouse Software//Greenhouse//EN",
        "Onsite Interview – Ibex Physio Marbella", "20250416T090000", "20250416T120000",
        ("recruiting@ibexphysio.co.uk", "Ibex Physio Recruiting"),
        [I, ("gareth.price@ibexphysio.co.uk", "Gareth Price"), ("marta.lujan@ibexphysio.es", "Marta Luján")],
        "Agenda\n11:00 Clinic tour with Marta Luján (Clinic Manager)\n11:30 Practical: assessment of a "
        "volunteer patient (lumbar), observed by Gareth Price (Clinical Director, Spain)\n12:30 Interview with "
        "Gareth and Marta\n\nAddress: Av. Ricardo Soriano 12, Marbella. Travel costs reimbursed.",
        "Ibex Physio Marbella, Av. Ricardo Soriano 12", style="g")
    out.append(ev(kind="greenhouse-onsite-en", ics=ics, uid=uid, is_interview=1, company="Ibex Physio Group",
                  role="", stage="onsite", interviewers="gareth.price@ibexphysio.co.uk;marta.lujan@ibexphysio.es",
                  trap="greenhouse-onsite-utc-en"))
    # 45 Workable, pro padel tour
    ics, uid = ats(
        "workable-9a2b33c1-interview@workable.com", "-//Workable//Interviews//EN",
        "Interview: Tour Physiotherapist – Élite Padel Circuit", "20250410T170000", "20250410T174500",
        ("recruit@elitepadelcircuit.com", "Élite Padel Circuit"), [I, ("diego.ancira@elitepadelcircuit.com", None)],
        "Hello Irene,\n\nYou're invited to a video interview with Diego Ancira (Medical Services Manager) for "
        "the Tour Physiotherapist position (travel across 14 tour stops).\n\nVideo link: https://meet.google."
        "com/pdl-huac-xrn\n\nSent via Workable", "Google Meet")
    out.append(ev(kind="workable-sports-en", ics=ics, uid=uid, is_interview=1, company="Élite Padel Circuit",
                  role="Tour Physiotherapist", stage="hiring_manager",
                  interviewers="diego.ancira@elitepadelcircuit.com",
                  trap="workable-en"))
    # 46 Workable, boutique studio founded by an expat
    ics, uid = ats(
        "workable-5e17c0d4-interview@workable.com", "-//Workable//Interviews//EN",
        "Trial class + chat – Physio & Pilates Instructor", "20250414T080000", "20250414T093000",
        ("hello@balancestudio.es", "Balance Studio Madrid"), [I, ("kate.brennan@balancestudio.es", "Kate Brennan")],
        "Hi Irene! As discussed, please come and teach a 45-min clinical Pilates trial class for 4 of our "
        "members, then we'll have a coffee and a proper chat. – Kate (founder)\n\nSent via Workable",
        "Balance Studio, C/ Fernando VI 7, Madrid")
    out.append(ev(kind="workable-trial-class-en", ics=ics, uid=uid, is_interview=1, company="Balance Studio Madrid",
                  role="Physio & Pilates Instructor", stage="technical", interviewers="kate.brennan@balancestudio.es",
                  trap="trial-class-en"))
    # 47 iCIMS, medical devices company
    ics, uid = ats(
        "icims-2025-0187-77312@icims.com", "-//iCIMS//Interview Scheduling//EN",
        "Entrevista / Interview – Clinical Education Specialist (Physiotherapist) – Orthoflex Iberia",
        "20250415T073000", "20250415T081500", ("orthoflex-talent@icims.com", "Orthoflex Talent Acquisition"),
        [I, ("lmarin@orthoflex.com", "Laura Marín")],
        "Dear Irene / Hola Irene,\n\nLaura Marín, Talent Acquisition Partner EMEA, will hold a first video call "
        "with you (Spanish/English).\nJob ID 2025-0187 – Clinical Education Specialist, Madrid.\n\n"
        + teams("orthoflex-1", "en"), "Microsoft Teams Meeting")
    out.append(ev(kind="icims-screen-en-es", ics=ics, uid=uid, is_interview=1, company="Orthoflex Iberia",
                  role="Clinical Education Specialist (Physiotherapist)", stage="recruiter_screen",
                  interviewers="lmarin@orthoflex.com", trap="icims-bilingual"))
    # 48 Outlook English, final with the hiring manager
    ics, uid = outlook(
        "orthoflex-final", "Orthoflex | Final interview – Clinical Education Specialist", "20250430T110000",
        "20250430T120000", ("pablo.segarra@orthoflex.com", "Segarra, Pablo"),
        [(ME_GMAIL, "Irene Gallego Soto"), ("anke.vos@orthoflex.com", "Vos, Anke")],
        "Irene, final step: 15-min presentation (how you'd train physios on our knee brace range) followed by "
        "Q&A with Anke Vos (Director Clinical Education EMEA) and me.\nPablo Segarra – Country Manager Iberia\n\n"
        + teams("orthoflex-final", "en"), "Microsoft Teams Meeting", lang="en-US", tz="W. Europe Standard Time")
    out.append(ev(kind="outlook-final-presentation-en", ics=ics, uid=uid, is_interview=1, company="Orthoflex Iberia",
                  role="Clinical Education Specialist", stage="final",
                  interviewers="pablo.segarra@orthoflex.com;anke.vos@orthoflex.com", trap="outlook-w-europe-en"))
    # 49 GoodTime virtual onsite
    ics, uid = ats(
        "goodtime-evt-a83f0c2b91@goodtime.io", "-//GoodTime.io//Interview//EN",
        "Virtual Onsite: Irene Gallego Soto – Spanish-speaking Physical Therapist (Remote, ES)",
        "20250424T150000", "20250424T170000", ("interviews@movewell.health", "MoveWell Interviews"),
        [I, ("jgreen@movewell.health", "Jasmine Green"), ("rortiz@movewell.health", "Rafael Ortiz"),
         ("bchen@movewell.health", "Brian Chen")],
        "Schedule (CEST)\n17:00 Rafael Ortiz, PT – clinical scenarios (in Spanish)\n17:45 Jasmine Green – "
        "Hiring Manager, PT Ops\n18:30 Brian Chen – cross-functional\n\nYour coordinator, Kelsey, is available "
        "at kelsey.r@movewell.health but will not join.\n\n" + zoom("movewell", "en"), "Zoom", style="g",
        extra=(att("pt-room-3@movewell.health", "Zoom Room PT-3", "room"),))
    out.append(ev(kind="goodtime-onsite-en", ics=ics, uid=uid, is_interview=1, company="MoveWell",
                  role="Spanish-speaking Physical Therapist", stage="onsite",
                  interviewers="rortiz@movewell.health;jgreen@movewell.health;bchen@movewell.health",
                  trap="goodtime-room-resource-en"))
    # 50 Google Meet English phone screen
    ics, uid = google(
        "movewell-screen", "MoveWell <> Irene – Recruiter Screen", "20250409T150000", "20250409T153000",
        ("kelsey.r@movewell.health", "Kelsey Ramirez"), [("kelsey.r@movewell.health", "Kelsey Ramirez"), I],
        "Hi Irene, looking forward to chatting about the Spanish-speaking PT role! We'll cover licensure "
        "(Colegio + any US requirements), schedule and comp.\n\n" + meet("mvw-stzh-qkd", "en"), None)
    out.append(ev(kind="google-screen-en", ics=ics, uid=uid, is_interview=1, company="MoveWell",
                  role="Spanish-speaking PT", stage="recruiter_screen", interviewers="kelsey.r@movewell.health",
                  trap="google-meet-en"))
    # 51 softgarden, German-run rehab clinic in Mallorca
    ics, uid = ats(
        "softgarden-ivw-2207719@softgarden.io", "-//softgarden//Interview//DE",
        "Vorstellungsgespräch: Physiotherapeut (m/w/d) – Rehaklinik Tramuntana, Mallorca",
        "20250417T100000", "20250417T110000", ("karriere@rehaklinik-tramuntana.de", "Rehaklinik Tramuntana"),
        [I, ("k.vogel@rehaklinik-tramuntana.de", "Katrin Vogel"), ("j.baeumer@rehaklinik-tramuntana.de",
                                                                  "Dr. Jens Bäumer")],
        "Liebe Frau Gallego Soto,\n\nvielen Dank für Ihre Bewerbung. Wir laden Sie herzlich zu einem "
        "Vorstellungsgespräch per Video ein.\nGesprächspartner: Katrin Vogel (Therapieleitung), Dr. Jens Bäumer "
        "(Chefarzt Orthopädie). Das Gespräch kann gern teilweise auf Spanisch geführt werden.\n\n"
        + teams("tramuntana", "de"), "Microsoft Teams", tz=LABEL_DE, style="o")
    out.append(ev(kind="softgarden-de", ics=ics, uid=uid, is_interview=1, company="Rehaklinik Tramuntana",
                  role="Physiotherapeut (m/w/d)", stage="hiring_manager",
                  interviewers="k.vogel@rehaklinik-tramuntana.de;j.baeumer@rehaklinik-tramuntana.de",
                  trap="softgarden-utc-label-de"))
    # 52 German phone screen
    ics, uid = google(
        "tramuntana-phone", "Telefoninterview Rehaklinik Tramuntana – Frau Gallego", "20250407T093000",
        "20250407T100000", ("s.hartmann@rehaklinik-tramuntana.de", "Sabine Hartmann"),
        [("s.hartmann@rehaklinik-tramuntana.de", "Sabine Hartmann"), I],
        "Kurzes Telefoninterview (ca. 20 Min.) zu Ihrer Bewerbung als Physiotherapeutin. Ich rufe Sie unter "
        "Ihrer spanischen Mobilnummer an.\nSabine Hartmann, Personalabteilung", "Telefon")
    out.append(ev(kind="phone-screen-de", ics=ics, uid=uid, is_interview=1, company="Rehaklinik Tramuntana",
                  role="Physiotherapeutin", stage="recruiter_screen",
                  interviewers="s.hartmann@rehaklinik-tramuntana.de",
                  trap="phone-screen-de"))
    # 53 French rehab centre, Outlook with a French "(UTC+01:00)" zone
    ics, uid = outlook(
        "crf-lespins", "Entretien visio – Poste de masseur-kinésithérapeute – CRF Les Pins", "20250411T140000",
        "20250411T144500", ("drh@crf-lespins.fr", "Dufour, Claire"),
        [(ME_GMAIL, "Irene Gallego Soto"), ("m.etcheverry@crf-lespins.fr", "Etcheverry, Michel")],
        "Bonjour Madame Gallego Soto,\n\nSuite à votre candidature, nous vous proposons un entretien en visio "
        "avec M. Michel Etcheverry (cadre de santé kinésithérapeute) et moi-même. Nous aborderons aussi la "
        "reconnaissance de votre diplôme espagnol et l'inscription à l'Ordre.\n\nClaire Dufour – DRH, Centre de "
        "Rééducation Fonctionnelle Les Pins, Biarritz\n\n" + teams("lespins", "fr"), "Réunion Microsoft Teams",
        tz=LABEL_FR, lang="fr-FR")
    out.append(ev(kind="outlook-fr", ics=ics, uid=uid, is_interview=1,
                  company="Centre de Rééducation Fonctionnelle Les Pins", role="masseur-kinésithérapeute",
                  stage="hiring_manager", interviewers="drh@crf-lespins.fr;m.etcheverry@crf-lespins.fr",
                  trap="outlook-utc-label-fr"))
    # 54 French final with the director, Zoom
    ics, uid = google(
        "crf-lespins-final", "Entretien final – Direction CRF Les Pins", "20250425T150000", "20250425T153000",
        ("direction@crf-lespins.fr", "Direction CRF Les Pins"), [I, ("p.larralde@crf-lespins.fr", "Pierre Larralde")],
        "Madame,\n\nDernier entretien avec M. Pierre Larralde, directeur de l'établissement, avant la "
        "proposition de poste.\n\n" + zoom("lespins-final", "en"), "Zoom")
    out.append(ev(kind="google-final-fr", ics=ics, uid=uid, is_interview=1,
                  company="Centre de Rééducation Fonctionnelle Les Pins", role="", stage="final",
                  interviewers="p.larralde@crf-lespins.fr", trap="final-fr"))
    return out
