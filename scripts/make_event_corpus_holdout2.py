"""Generate the HOLDOUT split of tests/corpus/events/ (appends split=holdout2 rows, holdout2-*.ics).

Written after the classifier's last tuning round and before it was run on these events, with companies,
people, scheduler/ATS templates (Recruitee, Workable, Jobvite, iCIMS, Gem, Cal.com, Microsoft Bookings,
Softgarden, join.com, Welcome to the Jungle...), phrasings and traps that appear nowhere in dev.
Run scripts/make_event_corpus.py and scripts/make_event_corpus_dev2.py first (this one appends).
Usage: .venv/bin/python scripts/make_event_corpus_holdout2.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta
from pathlib import Path

from corpus_ics import USER_GMAIL, USER_WORK, Spec, write_corpus

G = ("Jordan Lee", USER_GMAIL, "INDIVIDUAL")
W = ("Jordan Lee", USER_WORK, "INDIVIDUAL")
NW = "northwind-labs.com"
ZOOM = ("\n\nJoin from PC, Mac, Linux, iOS or Android: https://sablerobotics.zoom.us/j/6120049931"
        "\n    Password: 552190\n\nOr iPhone one-tap: +13462487799,,6120049931#")
TEAMS_FR = ("\n\n________________________________________________________________________________\n"
            "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            "ID de la réunion : 377 811 204 55\nCode secret : 8dQw2\n"
            "________________________________________________________________________________")
TEAMS_ES = ("\n\n________________________________________________________________________________\n"
            "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
            "Id. de reunión: 291 004 887 13\nCódigo de acceso: tR5mY\n"
            "________________________________________________________________________________")
MEET = "\n\nGoogle Meet joining info\nVideo call link: https://meet.google.com/xkt-rwma-uzd\nOr dial: +1 929-555-0134"
WEBEX_DE = ("\n\nWebex-Meeting beitreten\nhttps://kessler-mb.webex.com/kessler-mb/j.php?MTID=m77\n"
            "Meeting-Kennnummer (Zugriffscode): 2740 118 3312")


class H:
    def __init__(self) -> None:
        self.n = 0
        self.files: dict[str, list[Spec]] = {}
        self.day = datetime(2025, 9, 1, 9, 0)  # noqa: DTZ001 - wall-clock, zoned by each spec's style

    def when(self, hour: int = 10, minute: int = 0) -> datetime:
        self.day += timedelta(days=1)
        return self.day.replace(hour=hour, minute=minute)

    def add(self, kind: str, *specs: Spec) -> None:
        self.n += 1
        self.files[f"holdout2-{self.n:03d}-{kind}.ics"] = list(specs)


def english(h: H) -> None:
    h.add("recruitee", Spec(
        "rc-0091-interview@recruitee.com", "Video interview – Fleet Data Analyst", h.when(15), 45,
        "Europe/London", "olson",
        description="Hi Jordan,\n\nGreat news — the team at Halden Maritime would like to meet you for the "
        "Fleet Data Analyst vacancy. Your interviewer is Ingrid Solberg, Analytics Manager.\n\nKind regards,\n"
        "Halden Maritime\nSent with Recruitee" + MEET,
        organizer=("Halden Maritime", "notifications@recruitee.com"),
        attendees=[G, ("Ingrid Solberg", "ingrid.solberg@haldenmaritime.no", "INDIVIDUAL")],
        is_interview=True, company="Halden Maritime", role="Fleet Data Analyst",
        interviewers=["ingrid.solberg@haldenmaritime.no"]))
    h.add("icims", Spec(
        "icims-7741-2231@bayviewhp.org", "Interview Confirmation - Req 2231 - Clinical Data Manager", h.when(11), 60,
        "America/New_York", "windows",
        description="Dear Jordan Lee,\n\nThis confirms your interview with Bayview Health Partners for "
        "requisition 2231, Clinical Data Manager.\nInterview panel: Dr. Renee Castillo (VP Clinical Operations) "
        "and Malik Jefferson (Data Governance Lead).\nPlease arrive 10 minutes early and check in at the "
        "2nd floor reception.\n\nBayview Health Partners Talent Acquisition",
        location="Bayview Health Partners, 400 Harbor Blvd, Norfolk VA",
        organizer=("Bayview Talent Acquisition", "talent@bayviewhp.org"),
        attendees=[G, ("Renee Castillo", "rcastillo@bayviewhp.org", "INDIVIDUAL"),
                   ("Malik Jefferson", "mjefferson@bayviewhp.org", "INDIVIDUAL")],
        is_interview=True, company="Bayview Health Partners", role="Clinical Data Manager",
        interviewers=["rcastillo@bayviewhp.org", "mjefferson@bayviewhp.org"]))
    h.add("gem", Spec(
        "gem-1c9e77@sablerobotics.com", "Jordan Lee <> Sable Robotics | Technical Interview", h.when(13), 60,
        "America/Los_Angeles", "utc",
        description="Hey Jordan! Below are details for your upcoming technical interview for Controls Software "
        "Engineer. You'll be working through a problem with Yusuf Demir (Senior Controls Engineer) in CoderPad."
        "\n\nScheduled via Gem" + ZOOM,
        organizer=("Noor Siddiqui", "noor@sablerobotics.com"),
        attendees=[G, ("Yusuf Demir", "yusuf@sablerobotics.com", "INDIVIDUAL"),
                   ("Noor Siddiqui", "noor@sablerobotics.com", "INDIVIDUAL")],
        is_interview=True, company="Sable Robotics", role="Controls Software Engineer", stage="technical",
        interviewers=["yusuf@sablerobotics.com"], trap="recruiter is organizer"))
    h.add("calcom-founder", Spec(
        "calcom-bk-2207@cal.com", "30 Min Meeting between Priscilla Nunes and Jordan Lee", h.when(16, 30), 30,
        "America/New_York", "xwr",
        description="What: 30 Min Meeting between Priscilla Nunes and Jordan Lee\nInvitee Time Zone: "
        "America/New_York\nWho:\nPriscilla Nunes - Organizer\npriscilla.nunes@proton.me\nJordan Lee\n"
        "jordan.lee@gmail.com\nWhere: Google Meet\nAdditional notes: Excited to talk about the Head of "
        "Growth role at Ferro & Finch!",
        organizer=("Priscilla Nunes", "priscilla.nunes@proton.me"), attendees=[G],
        is_interview=True, company="Ferro & Finch", role="Head of Growth",
        interviewers=["priscilla.nunes@proton.me"], trap="free-mail organizer"))
    h.add("goodtime-onsite", Spec(
        "gt-loop-55120@goodtime.io", "Onsite Interview Schedule for Jordan Lee", h.when(9, 30), 240,
        "America/Los_Angeles", "olson",
        description="Welcome to Loomstack! Here's your schedule:\n\n9:30 - 10:15  Hiring Manager chat - Tamsin "
        "Achebe\n10:15 - 11:00  Product sense - Oskar Lindqvist\n11:15 - 12:00  Cross-functional partner - Bea "
        "Villanueva\n\nPlease check in with the front desk on level 4. Questions? Reply to this invite and "
        "the Loomstack Interview Scheduling team will help.",
        location="Loomstack HQ – 4th floor – Redwood (12)",
        organizer=("Loomstack Interview Scheduling", "interviews@loomstack.com"),
        attendees=[G, ("Tamsin Achebe", "tamsin@loomstack.com", "INDIVIDUAL"),
                   ("Oskar Lindqvist", "oskar@loomstack.com", "INDIVIDUAL"),
                   ("Bea Villanueva", "bea@loomstack.com", "INDIVIDUAL"),
                   ("SF-4-Redwood (12)", "c_1887redwood@resource.calendar.google.com", "ROOM")],
        is_interview=True, company="Loomstack", stage="onsite",
        interviewers=["tamsin@loomstack.com", "oskar@loomstack.com", "bea@loomstack.com"]))
    h.add("ceo-final", Spec(
        "final-bw-3@brambleworks.io", "Final conversation w/ our CEO – Brambleworks", h.when(17), 30,
        "Europe/London", "custom",
        description="Hi Jordan, last step! Felix (our CEO) would love to spend half an hour with you before we "
        "make a decision on the Operations Lead role.",
        organizer=("Hollie Grant", "hollie@brambleworks.io"),
        attendees=[G, ("Felix Adeyemi", "felix@brambleworks.io", "INDIVIDUAL")],
        is_interview=True, company="Brambleworks", role="Operations Lead", stage="final",
        interviewers=["felix@brambleworks.io"], trap="coordinator as organizer without title"))
    h.add("case-study", Spec(
        "tsp-case-81@tallisstrategy.com", "Case study presentation | Tallis Strategy Partners", h.when(14), 90,
        "Europe/London", "olson",
        description="Jordan — please bring the deck for the market-entry case. You'll present to Victoria "
        "Hale (Partner) and Dev Raman (Engagement Manager), followed by Q&A.",
        organizer=("Victoria Hale", "v.hale@tallisstrategy.com"),
        attendees=[G, ("Dev Raman", "d.raman@tallisstrategy.com", "INDIVIDUAL")],
        is_interview=True, company="Tallis Strategy Partners", stage="technical",
        interviewers=["v.hale@tallisstrategy.com", "d.raman@tallisstrategy.com"]))
    h.add("takehome-debrief", Spec(
        "ashby-cand-4410@ashbyhq.com", "Take-home debrief – Jordan Lee", h.when(12), 45, "America/New_York", "olson",
        description="Driftwood Analytics\n\nYou'll walk Camille Osei (Staff Analytics Engineer) through your "
        "take-home submission for the Analytics Engineer position.\n\nPowered by Ashby",
        organizer=("Driftwood Analytics via Ashby", "no-reply@ashbyhq.com"),
        attendees=[G, ("Camille Osei", "camille.osei@driftwood.ai", "INDIVIDUAL")],
        is_interview=True, company="Driftwood Analytics", role="Analytics Engineer", stage="technical",
        interviewers=["camille.osei@driftwood.ai"], trap="'debrief' in a candidate invite"))
    h.add("hm-meet", Spec(
        "wk-33810@workablemail.com", "Meet the hiring manager: Fernhill Foods", h.when(10), 30,
        "America/New_York", "windows",
        description="Hello Jordan,\nYou have been invited to a call with Gareth Pike for the Supply Planning "
        "Lead job at Fernhill Foods.\n\nThis message was sent via Workable.",
        organizer=("Fernhill Foods", "noreply@workablemail.com"),
        attendees=[G, ("Gareth Pike", "gareth.pike@fernhillfoods.com", "INDIVIDUAL")],
        is_interview=True, company="Fernhill Foods", role="Supply Planning Lead", stage="hiring_manager",
        interviewers=["gareth.pike@fernhillfoods.com"]))
    h.add("own-note", Spec(
        "note-771@jordan.home", "Phone screen Marlow Insurance (recruiter Aisha)", h.when(11, 30), 30,
        tzstyle="floating", organizer=("Jordan Lee", USER_GMAIL),
        description="She'll call my mobile. Role: Pricing Analyst. Salary range?",
        is_interview=True, company="Marlow Insurance", role="Pricing Analyst", stage="recruiter_screen",
        trap="self-made, floating"))
    h.add("bookings", Spec(
        "bk-7c1@northbeamcu.org", "Interview - Northbeam Credit Union", h.when(9), 30, "America/New_York", "utc",
        description="Your booking is confirmed.\nService: Member Services Supervisor – first interview\n"
        "Staff: Lorraine Whitfield\n\nMicrosoft Bookings",
        organizer=("Northbeam Credit Union Careers", "careers@northbeamcu.org"),
        attendees=[G, ("Lorraine Whitfield", "lwhitfield@northbeamcu.org", "INDIVIDUAL")],
        is_interview=True, company="Northbeam Credit Union", role="Member Services Supervisor",
        interviewers=["lwhitfield@northbeamcu.org"]))
    for status, seq, trap, title in (
            ("CONFIRMED", 3, "rescheduled", "Updated invitation: Interview – Pemberton & Sage (Paralegal)"),
            ("CANCELLED", 4, "cancelled", "Canceled: Interview – Pemberton & Sage (Paralegal)")):
        h.add(trap, Spec(
            "ps-int-20@pembertonsage.law", title, h.when(15), 45, "Europe/London", "olson",
            status=status, sequence=seq,
            description="This event has been changed. You'll meet Harold Finch-Barrow, Senior Associate.",
            organizer=("Harold Finch-Barrow", "hfb@pembertonsage.law"), attendees=[G],
            is_interview=True, company="Pemberton & Sage", role="Paralegal", interviewers=["hfb@pembertonsage.law"],
            trap=trap))
    h.add("assessment-centre", Spec(
        "ac-2025-09@pellhamrowe.co.uk", "Assessment Centre – Pellham Rowe Graduate Scheme", date(2025, 10, 2),
        tzstyle="allday",
        description="Group exercise, written test and partner interview. Dress code: business.",
        organizer=("Graduate Recruitment", "graduates@pellhamrowe.co.uk"), attendees=[G],
        is_interview=True, company="Pellham Rowe", stage="onsite", trap="all-day"))
    h.add("jobvite-multi", *[Spec(
        f"jv-{k}-8812@jobvite.com", f"Interview {k + 1} of 2 – Ostrava Systems – QA Automation Engineer",
        datetime(2025, 10, 8, 14 + k, 0), 45, "Europe/Berlin", "utc",  # noqa: DTZ001
        description=f"Interviewer: {name}\n\nOstrava Systems Recruiting (via Jobvite)",
        organizer=("Ostrava Systems Recruiting", "ostrava-systems@jobvite.com"),
        attendees=[G, (name, mail, "INDIVIDUAL")],
        is_interview=True, company="Ostrava Systems", role="QA Automation Engineer", interviewers=[mail])
        for k, (name, mail) in enumerate([("Pavel Novak", "pavel.novak@ostravasystems.cz"),
                                          ("Lenka Horakova", "lenka.horakova@ostravasystems.cz")])])


def other_languages(h: H) -> None:
    h.add("de-softgarden", Spec(
        "sg-55102@stadtbaeckerei-krume.de", "Einladung zum Vorstellungsgespräch – Stadtbäckerei Krume",
        h.when(10), 60, "Europe/Berlin", "custom",
        description="Sehr geehrter Herr Lee,\n\nvielen Dank für Ihr Interesse an der Position Filialleitung "
        "(m/w/d). Gerne laden wir Sie zu einem persönlichen Gespräch ein. Ihr Gesprächspartner ist Herr "
        "Bernd Krume (Geschäftsführer).\n\nIhr Recruiting-Team der Stadtbäckerei Krume GmbH",
        location="Stadtbäckerei Krume, Lindenstraße 12, 79098 Freiburg",
        organizer=("Stadtbäckerei Krume Recruiting", "bewerbung@stadtbaeckerei-krume.de"),
        attendees=[G, ("Bernd Krume", "b.krume@stadtbaeckerei-krume.de", "INDIVIDUAL")],
        is_interview=True, company="Stadtbäckerei Krume", role="Filialleitung",
        interviewers=["b.krume@stadtbaeckerei-krume.de"]))
    h.add("de-direct", Spec(
        "hb-kl-7@holzmann-bau.de", "Kennenlernen Jordan Lee / Holzmann Bau", h.when(8, 30), 45, "Europe/Berlin",
        "windows",
        description="Hallo Jordan,\nwie telefonisch besprochen hier die Einladung für unser erstes Gespräch zur "
        "Stelle als Bauleiter Tiefbau. Ich bringe noch unseren Oberbauleiter Sven Ritter mit.\nViele Grüße\n"
        "Martina Holzmann",
        organizer=("Martina Holzmann", "m.holzmann@holzmann-bau.de"),
        attendees=[G, ("Sven Ritter", "s.ritter@holzmann-bau.de", "INDIVIDUAL")],
        is_interview=True, company="Holzmann Bau", role="Bauleiter Tiefbau",
        interviewers=["m.holzmann@holzmann-bau.de", "s.ritter@holzmann-bau.de"]))
    h.add("de-join", Spec(
        "join-99120@join.com", "Interview bei Lichtwerk Solar", h.when(14), 30, "Europe/Berlin", "xwr",
        description="Hi Jordan,\n\nLichtwerk Solar hat dich zu einem Video-Interview für den Job \"Werkstudent "
        "Data Analytics (w/m/d)\" eingeladen.\nInterviewerin: Aylin Kaya\n\nDein JOIN Team",
        organizer=("JOIN", "no-reply@join.com"),
        attendees=[G, ("Aylin Kaya", "aylin.kaya@lichtwerk-solar.de", "INDIVIDUAL")],
        is_interview=True, company="Lichtwerk Solar", role="Werkstudent Data Analytics",
        interviewers=["aylin.kaya@lichtwerk-solar.de"]))
    h.add("de-teams-controller", Spec(
        "kmb-int-4410@kessler-mb.de", "Interview | Junior Controller (m/w/d) | Kessler Maschinenbau", h.when(13),
        60, "Europe/Berlin", "windows",
        description="Guten Tag Herr Lee,\nanbei die Einladung zum zweiten Gespräch. Teilnehmen werden Frau Dr. "
        "Ute Brandl (Leitung Finanzen) und Herr Timo Aschenbrenner (Personalreferent)." + WEBEX_DE,
        organizer=("Timo Aschenbrenner", "t.aschenbrenner@kessler-mb.de"),
        attendees=[G, ("Ute Brandl", "u.brandl@kessler-mb.de", "INDIVIDUAL")],
        is_interview=True, company="Kessler Maschinenbau", role="Junior Controller",
        interviewers=["t.aschenbrenner@kessler-mb.de", "u.brandl@kessler-mb.de"]))
    h.add("fr-wttj", Spec(
        "wttj-5512@welcomekit.co", "Entretien visio – Chef de produit – Les Ateliers Coriandre", h.when(11), 45,
        "Europe/Paris", "olson",
        description="Bonjour Jordan,\n\nSuite à votre candidature au poste de Chef de produit, Inès Perrin "
        "(Directrice produit) vous propose un échange en visio.\n\nL'équipe Les Ateliers Coriandre, via "
        "Welcome to the Jungle" + TEAMS_FR,
        organizer=("Les Ateliers Coriandre via Welcome to the Jungle", "no-reply@welcomekit.co"),
        attendees=[G, ("Inès Perrin", "ines.perrin@ateliers-coriandre.fr", "INDIVIDUAL")],
        is_interview=True, company="Les Ateliers Coriandre", role="Chef de produit",
        interviewers=["ines.perrin@ateliers-coriandre.fr"], trap="ATS brand unknown to the classifier"))
    h.add("fr-workday", Spec(
        "wd-fr-5521@orsay-assurances.fr", "Entretien planifié : Analyste crédit (R-5521)", h.when(9), 60,
        "Europe/Paris", "custom",
        description="Madame, Monsieur,\n\nVotre entretien pour le poste Analyste crédit au sein du Groupe Orsay "
        "Assurances est confirmé. Vous serez reçu par Arnaud Lefèvre, responsable du pôle risques.\n\n"
        "Groupe Orsay Assurances – Recrutement",
        organizer=("Orsay Recrutement", "orsayassurances@myworkday.com"),
        attendees=[G, ("Arnaud Lefèvre", "arnaud.lefevre@orsay-assurances.fr", "INDIVIDUAL")],
        is_interview=True, company="Groupe Orsay Assurances", role="Analyste crédit",
        interviewers=["arnaud.lefevre@orsay-assurances.fr"]))
    h.add("fr-rh", Spec(
        "rh-tel-19@maison-berthier.fr", "Échange téléphonique RH – Maison Berthier", h.when(16), 20,
        "Europe/Paris", "windows",
        description="Bonjour, comme convenu, Sandrine Morel (chargée de recrutement) vous appellera au sujet de "
        "votre candidature pour le poste de Responsable boutique.",
        organizer=("Sandrine Morel", "s.morel@maison-berthier.fr"), attendees=[G],
        is_interview=True, company="Maison Berthier", role="Responsable boutique", stage="recruiter_screen",
        interviewers=["s.morel@maison-berthier.fr"]))
    h.add("es-lever", Spec(
        "lever-es-2291@hire.lever.co", "Entrevista técnica – Ingeniera de Datos – Mercado Sur", h.when(17), 60,
        "Europe/Madrid", "olson",
        description="Hola Jordan:\n\nTe confirmamos la entrevista técnica con Rodrigo Salas (Tech Lead de "
        "Datos).\n\nEquipo de Talento de Mercado Sur" + MEET,
        organizer=("Mercado Sur", "no-reply@hire.lever.co"),
        attendees=[G, ("Rodrigo Salas", "rodrigo.salas@mercadosur.com.ar", "INDIVIDUAL")],
        is_interview=True, company="Mercado Sur", role="Ingeniera de Datos", stage="technical",
        interviewers=["rodrigo.salas@mercadosur.com.ar"]))
    h.add("es-rrhh", Spec(
        "rrhh-88@clinicaalmendro.es", "Videollamada con RR. HH. – Clínica Almendro", h.when(12), 30,
        "Europe/Madrid", "windows",
        description="Buenos días Jordan,\nle escribimos en relación con su candidatura para Coordinador de "
        "Admisiones. Le llamará Nuria Pastor, técnica de selección." + TEAMS_ES,
        organizer=("Nuria Pastor", "npastor@clinicaalmendro.es"), attendees=[G],
        is_interview=True, company="Clínica Almendro", role="Coordinador de Admisiones", stage="recruiter_screen",
        interviewers=["npastor@clinicaalmendro.es"]))
    h.add("es-direct", Spec(
        "bta-31@bodegastierraalta.es", "Reunión Jordan Lee y Carmen Ibáñez", h.when(18), 45, "Europe/Madrid", "xwr",
        description="Hola Jordan, gracias por tu interés en el puesto de Responsable de Exportación. Me "
        "gustaría conocerte y contarte más sobre Bodegas Tierra Alta.\nUn saludo,\nCarmen Ibáñez\nDirectora "
        "Comercial",
        organizer=("Carmen Ibáñez", "carmen.ibanez@bodegastierraalta.es"), attendees=[G],
        is_interview=True, company="Bodegas Tierra Alta", role="Responsable de Exportación",
        interviewers=["carmen.ibanez@bodegastierraalta.es"]))


def user_hiring(h: H) -> None:
    ui = "user as interviewer"
    h.add("es-ashby-panel", Spec(
        "ashby-nw-771@ashbyhq.com", "Entrevista: Pablo Marín (Backend) – feedback en Ashby", h.when(10), 60,
        tzstyle="olson", zone="Europe/Madrid",
        description="Eres parte del panel. Deja tu valoración en Ashby al terminar.",
        organizer=("Northwind Labs via Ashby", "no-reply@ashbyhq.com"),
        attendees=[W, ("Pablo Marín", "pablo.marin.dev@gmail.com", "INDIVIDUAL")], trap=ui))
    h.add("de-runde", Spec(
        "nw-de-55@northwind-labs.com", "Interviewrunde Kandidatin S. Yilmaz (Data)", h.when(14), 45,
        tzstyle="windows", organizer=("Greta Ohlsen", f"greta.ohlsen@{NW}"),
        attendees=[W, ("Greta Ohlsen", f"greta.ohlsen@{NW}", "INDIVIDUAL")], trap=ui))
    h.add("goodtime-loop", Spec(
        "gt-nw-loop-3@goodtime.io", "Loop: Staff Eng candidate – architecture round", h.when(11), 60,
        tzstyle="utc", description="You are interviewing. Focus area: architecture. Submit notes within 24h.",
        organizer=("Northwind Labs Recruiting", "scheduling@goodtime.io"), attendees=[W], trap=ui))
    h.add("phone-screen-self", Spec(
        "nw-ps-9@northwind-labs.com", "Phone screen: Marcus Oyelaran", h.when(16), 30, tzstyle="olson",
        organizer=("Jordan Lee", USER_WORK),
        attendees=[W, ("Marcus Oyelaran", "marcus.oyelaran@outlook.com", "INDIVIDUAL")], trap=ui))
    h.add("fr-candidat", Spec(
        "nw-fr-3@northwind-labs.com", "Entretien de recrutement – stage data (Chloé Baptiste)", h.when(9), 45,
        tzstyle="olson", zone="Europe/Paris",
        organizer=("Léo Garnier", f"leo.garnier@{NW}"), attendees=[W, ("Chloé Baptiste", "chloe.b@free.fr",
                                                                         "INDIVIDUAL")], trap=ui))
    h.add("calibration", Spec(
        "nw-cal-1@northwind-labs.com", "Interviewer calibration – backend loop", h.when(15), 30, tzstyle="custom",
        organizer=("Greta Ohlsen", f"greta.ohlsen@{NW}"), attendees=[W], trap=ui))
    h.add("takehome-review", Spec(
        "nw-thr-4471@northwind-labs.com", "Review take-home for candidate #4471", h.when(13), 30, tzstyle="olson",
        organizer=("Jordan Lee", USER_WORK), attendees=[W], trap=ui))
    h.add("agency-intake", Spec(
        "intake-tf-2@northwind-labs.com", "Intake call w/ Talentforge – Senior Backend role", h.when(10), 30,
        tzstyle="olson", description="Brief the agency on the Senior Backend opening on my team.",
        organizer=("Jordan Lee", USER_WORK),
        attendees=[W, ("Rosie Blake", "rosie.blake@talentforge.co.uk", "INDIVIDUAL")], trap=ui))


def negatives(h: H) -> None:
    h.add("mock-career", Spec(
        "cs-mock-4@career.uni-example.edu", "Mock behavioural interview – Career Services", h.when(13), 45,
        tzstyle="olson", zone="America/New_York",
        organizer=("Career Services", "careers@uni-example.edu"), attendees=[G], trap="mock interview"))
    h.add("de-uebung", Spec(
        "ub-2@gmail.com", "Übungsgespräch mit Mentorin Sabine", h.when(19), 60, tzstyle="floating",
        organizer=("Sabine Roth", "sabine.roth@gmx.de"), attendees=[G], trap="mock interview"))
    h.add("fr-repetition", Spec(
        "rep-1@gmail.com", "Répétition entretien Loomstack avec Julie", h.when(20), 45, tzstyle="floating",
        organizer=("Julie Marchetti", "julie.marchetti@gmail.com"), attendees=[G], trap="mock interview"))
    h.add("masterclass", Spec(
        "mc-88@events.levelup.example", "Masterclass: negotiating your offer", h.when(18), 60, tzstyle="utc",
        description="Thanks for signing up! Join us live.", organizer=("LevelUp Careers", "events@levelup.example"),
        attendees=[G], trap="webinar"))
    h.add("es-taller", Spec(
        "taller-3@empleo.madrid.example", "Taller: cómo preparar una entrevista de trabajo", h.when(10), 90,
        tzstyle="olson", zone="Europe/Madrid",
        organizer=("Agencia de Empleo", "talleres@empleo.madrid.example"), attendees=[G], trap="webinar"))
    h.add("de-infosession", Spec(
        "info-9@kessler-mb.de", "Online-Infoveranstaltung: Traineeprogramm 2026", h.when(17), 60, tzstyle="xwr",
        description="Lernen Sie unser Traineeprogramm kennen. Anmeldung bestätigt.",
        organizer=("Kessler Maschinenbau Karriere", "karriere@kessler-mb.de"), attendees=[G],
        trap="employer info session"))
    h.add("discovery", Spec(
        "disc-12@loomstack.com", "Customer discovery call – Loomstack x Northwind", h.when(15), 30, tzstyle="olson",
        description="We'd love 30 minutes of your feedback on how your team manages vendor contracts.",
        organizer=("Oskar Lindqvist", "oskar@loomstack.com"), attendees=[W], trap="research/press"))
    h.add("newsletter", Spec(
        "nl-7@buildersweekly.example", "Interview for Builders Weekly newsletter", h.when(12), 30, tzstyle="olson",
        description="A short Q&A about your open-source work, published next Tuesday.",
        organizer=("Mara Quint", "mara@buildersweekly.example"), attendees=[G], trap="research/press"))
    h.add("visa", Spec(
        "visa-1@me", "Visa interview – U.S. Consulate Frankfurt", h.when(8), 60, tzstyle="floating",
        description="Bring passport, DS-160 confirmation and appointment letter.",
        organizer=("Jordan Lee", USER_GMAIL), trap="not a job interview"))
    h.add("kita", Spec(
        "kita-2@me", "Aufnahmegespräch Kita Sonnenblume", h.when(9), 45, tzstyle="floating",
        organizer=("Jordan Lee", USER_GMAIL), trap="not a job interview"))
    h.add("movie", Spec(
        "movie-1@me", "Interview with the Vampire – Kino", h.when(20), 150, tzstyle="floating",
        organizer=("Jordan Lee", USER_GMAIL), trap="not a job interview"))
    h.add("reference", Spec(
        "ref-4@fernhillfoods.com", "Reference call re: Sam Okoye", h.when(11), 20, tzstyle="olson",
        description="Thanks for agreeing to be a reference for Sam, who is interviewing for our Buyer role.",
        organizer=("Gareth Pike", "gareth.pike@fernhillfoods.com"), attendees=[G], trap="user as reference"))
    h.add("citizenship", Spec(
        "cit-1@me", "Einbürgerung: Termin Ausländerbehörde", h.when(10), 60, tzstyle="floating",
        organizer=("Jordan Lee", USER_GMAIL), trap="not a job interview"))
    for uid, title in (("pp1@me", "Zahnreinigung"), ("pp2@me", "Ostéopathe"), ("pp3@me", "Cena con Lucía y Pablo"),
                       ("pp4@me", "Parents' evening – Year 4"), ("pp5@me", "Apartment viewing – Elm St")):
        h.add("personal", Spec(uid, title, h.when(18), 60, tzstyle="floating", organizer=("Jordan Lee", USER_GMAIL)))
    h.add("coffee-noor", Spec(
        "vc-3@sablerobotics.com", "Virtual coffee w/ Noor (Sable Robotics)", h.when(8, 30), 30, tzstyle="olson",
        description="No agenda — just nice to connect!", organizer=("Noor Siddiqui", "noor@sablerobotics.com"),
        attendees=[G], trap="coffee chat"))
    h.add("es-cafe", Spec(
        "cafe-5@gmail.com", "Café con Andrés (networking)", h.when(9), 45, tzstyle="floating",
        organizer=("Andrés Vidal", "andres.vidal@gmail.com"), attendees=[G], trap="coffee chat"))
    h.add("planning", Spec(
        "nw-qp-1@northwind-labs.com", "Quarterly planning – Platform", h.when(10), 120, tzstyle="olson",
        organizer=("Greta Ohlsen", f"greta.ohlsen@{NW}"), attendees=[W]))
    standup = Spec(
        "nw-su-1@northwind-labs.com", "Team standup", datetime(2025, 9, 1, 9, 30), 15,  # noqa: DTZ001
        tzstyle="olson", organizer=("Greta Ohlsen", f"greta.ohlsen@{NW}"), attendees=[W],
        rrule="FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=20", trap="recurring with override",
        overrides=[(datetime(2025, 9, 3, 9, 30), "Team standup (moved, demo day)")])  # noqa: DTZ001
    h.add("standup", standup)
    h.add("design-crit", Spec(
        "nw-dc-2@northwind-labs.com", "Design crit: onboarding flow", h.when(14), 45, tzstyle="windows",
        organizer=("Léo Garnier", f"leo.garnier@{NW}"), attendees=[W]))
    h.add("vendor-renewal", Spec(
        "ren-4@loomstack.com", "Loomstack renewal call", h.when(16), 30, tzstyle="olson",
        organizer=("Bea Villanueva", "bea@loomstack.com"), attendees=[W], trap="external, not hiring"))
    h.add("tickler", Spec(
        "afterview-1f2e3d4c5b6a79880011223344556677", "Send thank-you — Loomstack (onsite)", h.when(18), 15,
        tzstyle="utc", description="A draft is waiting in your Drafts folder.",
        extra=["X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thanks:loomstack:1"], trap="afterview tickler"))
    h.add("fair", Spec(
        "fair-lyon-25@salon-emploi.example", "Salon de l'emploi tech – Lyon", date(2025, 10, 16), tzstyle="allday",
        description="Rencontrez 60 recruteurs. Entretiens flash sur place.", trap="job fair"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("tests/corpus/events"))
    args = parser.parse_args()
    h = H()
    english(h)
    other_languages(h)
    user_hiring(h)
    negatives(h)
    for stale in args.out.glob("holdout2-*.ics"):
        stale.unlink()
    count = write_corpus(args.out, h.files, "holdout2", append=True)
    print(f"wrote {count} holdout events in {len(h.files)} files to {args.out}")


if __name__ == "__main__":
    main()
