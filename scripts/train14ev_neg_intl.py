"""English, French and German negatives that look like interviews (train14)."""

from __future__ import annotations

from train14ev_boiler import meet, teams, webex, zoom
from train14ev_ics import ME, ME_WORK, Ev

LU = f"Lucía Navarro <{ME}>"
LUW = f"Lucía Navarro Ruiz <{ME_WORK}>"


def english() -> list[Ev]:
    """Given nothing returns the English negatives, each written on its own."""
    out: list[Ev] = []
    a = out.append

    a(Ev("headhunter-intake", "en", "Intro call – Lucía / Tom (Edge Search)", "2026-01-13 12:00", 30, prod="calendly",
         org="Tom Gilmore <tom@edgesearch.invalid>", att=["Tom Gilmore <tom@edgesearch.invalid>", LU],
         desc="Event: 30 min intro\nA first chat to understand your background and what you're after. I work "
              "with several ed-tech clients across Europe; nothing specific lined up for you yet.\n\nCalendly.com"))

    a(Ev("mock-pramp", "en", "Mock interview – Instructional design (peer practice)", "2026-01-16 19:30", 60,
         prod="google", org="LXD Career Switchers <lxdswitchers@gmail.com>",
         att=[LU, "Ella Price <ellaprice.ld@gmail.com>"],
         desc="Peer mock interview: you interview Ella for 25 minutes, then swap. Use the question bank in the "
              "group's Notion.\n\n" + meet("mock-ella", "en")[0], loc=meet("mock-ella", "en")[1]))

    a(Ev("webinar", "en", "Webinar: Acing the LXD portfolio interview", "2026-01-20 17:00", 60, prod="zoom",
         org="The Learning Guild Community <events@learningguild.invalid>", att=[LU],
         desc="Thanks for registering! Panelists share how they evaluate portfolio presentations.\n\n"
              + zoom("lg-web", "en")[0]))

    a(Ev("user-research", "en", "Teacher interview – Quillstone product research (compensated)", "2026-01-22 16:30",
         45, prod="google", org="Quillstone UX Research <research@quillstone.com>", att=[LU],
         desc="Thanks for signing up for our teacher research study. We'd like to hear how you plan reading "
              "lessons. This is not a job interview; you'll receive a €40 voucher.\n\n"
              + meet("qs-research", "en")[0], loc=meet("qs-research", "en")[1]))

    a(Ev("reference-call", "en", "Reference call for Sam Hughes (Brightpath)", "2026-01-26 13:30", 20,
         prod="google", org="Hana Okafor <hana.okafor@brightpathlearning.com>",
         att=[LU, "Hana Okafor <hana.okafor@brightpathlearning.com>"],
         desc="Hi Lucía, Sam Hughes listed you as a referee (you supervised their teaching placement). 20 minutes "
              "about working with Sam.\n\n" + meet("ref-sam", "en")[0], loc=meet("ref-sam", "en")[1]))

    a(Ev("podcast", "en", "Podcast recording: Teachers Who Left (ep. 31)", "2026-01-30 18:00", 60, prod="calcom",
         org="Rhys Morgan <rhys@teacherswholeft.fm>", att=[LU, "Rhys Morgan <rhys@teacherswholeft.fm>"],
         desc="Interview for the podcast about moving from the classroom to instructional design.",
         loc="https://riverside.fm/studio/twl"))

    a(Ev("info-coffee", "en", "Coffee chat with Maya (ex-teacher, now LXD at Klexa)", "2026-02-03 12:30", 30,
         prod="google", org=LU, att=[LU, "Maya Lindgren <maya.lindgren@klexa.de>"],
         desc="Informational chat – how she made the switch; she said there is no opening on her team right now."))

    a(Ev("visa-uk", "en", "UK visa appointment – biometrics (TLScontact)", "2026-02-07 10:15", 30, prod="gexport",
         tz="float", desc="Appointment confirmation: Standard Visitor visa, biometrics enrolment. Bring passport "
                           "and printed confirmation.", loc="TLScontact, Calle Orense 85, Madrid"))

    a(Ev("job-fair", "en", "EdTech Career Fair Barcelona", "2026-02-14", 1440, tz="day", prod="gexport",
         desc="Booths from 40 companies, CV clinic at 12:00.", loc="Fira Montjuïc, Barcelona"))

    a(Ev("class-interviewing", "en", "Course: Career Change for Educators – Week 5: Interviews", "2026-02-16 18:00",
         90, prod="google", org="Teach to Tech Academy <hello@teachtotech.invalid>", att=[LU],
         desc="Live class. Topic: behavioural interviews, talking about salary, answering 'why leave teaching?'."
              "\n\n" + meet("ttt-w5", "en")[0], loc=meet("ttt-w5", "en")[1]))

    a(Ev("side-en-candidate", "en", "Interview – Year 1 teacher applicant (Emily Carter)", "2026-02-17 16:00", 40,
         prod="outlook", tz="winvt:Romance Standard Time", org=LUW,
         att=["Emily Carter <emilycarter.teach@outlook.com>", "Jorge Casals <jcasals@colegio-sanjorge.es>"],
         desc="Dear Emily,\nThank you for applying to Colegio San Jorge. Jorge Casals and I will interview you "
              "for the Year 1 bilingual teacher post.\n\nLucía Navarro\n\n" + teams("carter", "en")[0],
         loc=teams("carter", "en")[1]))

    a(Ev("linkedin-recruiter", "en", "LinkedIn: chat with Olivia (Talent Partner)", "2026-02-19 15:00", 20,
         prod="google", org="Olivia Chen <olivia.chen.talent@gmail.com>",
         att=[LU, "Olivia Chen <olivia.chen.talent@gmail.com>"],
         desc="Hi Lucía, great to connect. I'd love to learn more about what you're looking for; I recruit for "
              "learning roles and will share opportunities once I know your preferences."))

    a(Ev("onboarding", "en", "Welcome to Brightpath! Onboarding day 1", "2026-04-13 09:00", 240, prod="google",
         tz="utc", org="People Team <people@brightpathlearning.com>",
         att=[LU, "Sam Oduya <sam.oduya@brightpathlearning.com>"],
         desc="Your first day: laptop setup, meet your buddy Sam, company overview.\n\n"
              + meet("bp-onb", "en")[0], loc=meet("bp-onb", "en")[1]))

    a(Ev("press-interview", "en", "Interview with EdSurge reporter – classroom reading project", "2026-02-24 17:00",
         30, prod="outlook", tz="winvt:GMT Standard Time", org="Rachel Stone <rachel.stone@edsurge.invalid>",
         att=[LU], desc="Rachel is writing about Spanish schools using decodable readers and would like to "
                         "interview you about your Year 3 project.\n\n" + teams("edsurge", "en")[0],
         loc=teams("edsurge", "en")[1]))

    a(Ev("mock-coach-en", "en", "Interview rehearsal for Brightpath loop (with coach)", "2026-02-06 19:00", 60,
         prod="zoom", org="Daniel Foster <daniel@careershiftcoaching.invalid>", att=[LU],
         desc="We'll rehearse the stakeholder and learning-science interviews for your upcoming loop.\n\n"
              + zoom("coach-df", "en")[0]))

    a(Ev("prep-block", "en", "Prep: Northmoor panel presentation", "2026-01-26 18:00", 120, prod="ios", tz="float",
         desc="Finish slides, time the 10-minute talk twice, prepare questions for Grace."))

    a(Ev("side-en-observe", "en", "Observation: student teacher's lesson (Year 3) – feedback after",
         "2026-03-03 11:00", 60, prod="google", org="Jorge Casals <jcasals@colegio-sanjorge.es>",
         att=[LUW, "Marta Ibáñez <mibanez@colegio-sanjorge.es>"],
         desc="Lucía observes the trainee's lesson and gives feedback for her placement report."))

    a(Ev("guest-lecture", "en", "Guest talk at UV Master's: 'From classroom to learning design'",
         "2026-03-06 17:00", 60, prod="outlook", tz="winvt:Romance Standard Time",
         org="Prof. Vicent Soler <vicent.soler@uv.invalid>", att=[LU],
         desc="You'll be interviewed on stage by the students for 20 minutes, then Q&A."))

    a(Ev("benefits-office", "en", "Seguridad Social appointment – maternity benefit interview (Ana)",
         "2026-03-09 09:00", 30, prod="gexport", tz="float",
         desc="Going with my sister Ana to her benefits appointment as translator for her husband.",
         loc="CAISS, Calle Bailén 5, València"))

    a(Ev("exit-interview", "en", "Exit interview – Erasmus teaching assistant (Hannah)", "2026-03-12 13:30", 20,
         prod="owa", tz="win:Romance Standard Time", org="Paula Roig <proig@colegio-sanjorge.es>",
         att=[LUW, "Hannah Webb <hwebb@colegio-sanjorge.es>"],
         desc="Hannah's end-of-placement exit interview; Lucía as her mentor joins for the feedback part."))

    a(Ev("meetup", "en", "Valencia L&D Meetup: hiring panels demystified", "2026-03-18 19:00", 120, prod="google",
         org="Valencia L&D Meetup <valencia.ld.meetup@gmail.com>", att=[LU],
         desc="Three hiring managers talk about how they run interview panels for learning designers. Drinks "
              "after.", loc="Wayco Ruzafa, València"))

    a(Ev("reference-call-2", "en", "Reference check: Lucía as referee for Pablo Esteve", "2026-03-25 12:00", 15,
         prod="calendly", org="Karen Lowe <karen.lowe@britishschool.invalid>",
         att=["Karen Lowe <karen.lowe@britishschool.invalid>", LU],
         desc="Invitee: Lucía Navarro\nEvent: Reference call (15 min)\nCandidate: Pablo Esteve, PE teacher.\n\n"
              "Calendly.com"))
    return out


def french_german() -> list[Ev]:
    """Given nothing returns the French and German negatives, each written on its own."""
    out: list[Ev] = []
    a = out.append

    a(Ev("mock-coach", "fr", "Simulation d'entretien – reconversion enseignante", "2026-01-19 18:30", 60,
         prod="google", tz="Europe/Paris", org="Agathe Marin <agathe.marin.coach@gmail.com>",
         att=[LU, "Agathe Marin <agathe.marin.coach@gmail.com>"],
         desc="Séance de coaching : je joue la recruteuse d'une maison d'édition, on débriefe ensuite.\n\n"
              + meet("agathe", "fr")[0], loc=meet("agathe", "fr")[1]))

    a(Ev("webinar", "fr", "Webinaire : réussir son entretien d'ingénieur pédagogique", "2026-01-27 12:30", 60,
         prod="zoom", tz="Europe/Paris", org="Réseau des Ingénieurs Pédagogiques <contact@rip-asso.invalid>",
         att=[LU], desc="Merci pour votre inscription !\n\n" + zoom("rip-web", "fr")[0]))

    a(Ev("prefecture", "fr", "Rendez-vous préfecture – entretien titre de séjour (Karim)", "2026-02-03 09:30", 45,
         prod="gexport", tz="float", desc="J'accompagne Karim (ami) comme interprète espagnol–français.",
         loc="Préfecture de la Haute-Garonne, Toulouse"))

    a(Ev("headhunter-fr", "fr", "Premier échange – cabinet Vauban Talents", "2026-02-09 12:00", 30, prod="outlook",
         tz="winvt:Romance Standard Time", org="Pauline Girard <p.girard@vaubantalents.invalid>", att=[LU],
         desc="Bonjour Lucía, comme évoqué sur LinkedIn, un premier échange pour mieux connaître votre parcours. "
              "Je n'ai pas encore de poste précis à vous présenter.\n\n" + teams("vauban", "fr")[0],
         loc=teams("vauban", "fr")[1]))

    a(Ev("info-coffee", "fr", "Café avec Claire – parcours prof → ingénierie pédagogique", "2026-02-14 10:00", 45,
         prod="apple", tz="Europe/Paris", desc="Juste pour discuter de son parcours, pas de poste ouvert.",
         loc="Café Cerise, Toulouse"))

    a(Ev("press-fr", "fr", "Interview pour le magazine Cahiers Pédagogiques", "2026-02-26 17:00", 40, prod="google",
         tz="Europe/Paris", org="Marion Lefort <marion.lefort@cahiers-peda.invalid>",
         att=[LU, "Marion Lefort <marion.lefort@cahiers-peda.invalid>"],
         desc="Interview sur votre projet de lecture en classe bilingue, pour le dossier du numéro de mai.\n\n"
              + meet("cahiers", "fr")[0], loc=meet("cahiers", "fr")[1]))

    a(Ev("job-fair-fr", "fr", "Salon de l'emploi EdTech – Toulouse", "2026-03-07", 1440, tz="day", prod="gexport",
         desc="Stand des éditeurs scolaires au 1er étage. Préparer pitch de 30 s.", loc="MEETT, Toulouse"))

    a(Ev("reference-fr", "fr", "Appel référence pour Camille Roux (ma stagiaire)", "2026-03-16 13:00", 15,
         prod="thunderbird", tz="Europe/Madrid", org="Lycée Français Valence <rh@lfv.invalid>", att=[LUW],
         desc="Le lycée veut des références sur Camille, qui a été assistante dans ma classe."))

    a(Ev("class-fr", "fr", "Atelier Pôle emploi : préparer ses entretiens d'embauche", "2026-03-19 09:30", 150,
         prod="gexport", tz="float", desc="Atelier collectif (cousine Inès) – je l'accompagne.",
         loc="Agence France Travail Toulouse Compans"))

    a(Ev("user-research-fr", "fr", "Entretien utilisateur enseignants – Klassmate", "2026-03-24 17:30", 30,
         prod="calcom", tz="Europe/Paris", org="Équipe Produit Klassmate <produit@klassmate.fr>", att=[LU],
         desc="Merci de participer à notre étude utilisateurs auprès des enseignants : 30 minutes sur vos usages "
              "des capsules vidéo. Il ne s'agit pas d'un recrutement."))

    a(Ev("termin-buergeramt", "de", "Termin Bürgeramt – Anmeldung (Gespräch)", "2026-02-23 08:40", 20,
         prod="gexport", tz="float", desc="Für Marcos (Bruder) – Wohnungsgeberbestätigung mitbringen.",
         loc="Bürgeramt Friedrichshain, Frankfurter Allee 35"))

    a(Ev("mock-de", "de", "Probe-Interview mit Julia (Deutsch üben)", "2026-02-01 19:00", 45, prod="google",
         tz="Europe/Berlin", org="Julia Hoffmann <julia.hoffmann84@web.de>",
         att=[LU, "Julia Hoffmann <julia.hoffmann84@web.de>"],
         desc="Wir üben typische Fragen für ein Vorstellungsgespräch auf Deutsch. Ich spiele die Personalerin.\n\n"
              + meet("julia-de", "de")[0], loc=meet("julia-de", "de")[1]))

    a(Ev("headhunter-de", "de", "Erstgespräch – Lucía Navarro / Kienbaum Bildung", "2026-02-13 11:00", 30,
         prod="outlook", tz="winvt:W. Europe Standard Time", org="Carsten Wilke <c.wilke@kienbaum.invalid>", att=[LU],
         desc="Guten Tag Frau Navarro, wie besprochen ein erstes Kennenlernen, um Ihr Profil und Ihre Wünsche zu "
              "verstehen. Konkrete Mandate besprechen wir später.\n\n" + teams("kienbaum", "de")[0],
         loc=teams("kienbaum", "de")[1]))

    a(Ev("webinar-de", "de", "Online-Seminar: Das Vorstellungsgespräch als Quereinsteigerin", "2026-02-25 18:00",
         90, prod="zoom", tz="Europe/Berlin", org="Volkshochschule Online <vhs-online@vhs.invalid>", att=[LU],
         desc="Kurs 26F-204. Zugangsdaten:\n\n" + zoom("vhs", "de")[0]))

    a(Ev("podcast-de", "de", "Podcast-Interview 'Bildung neu denken'", "2026-03-03 17:00", 60, prod="calcom",
         tz="Europe/Berlin", org="Leonie Graf <leonie@bildungneudenken.fm>", att=[LU],
         desc="Aufnahme für Folge 48: spanische Grundschulen und Leseförderung. Wir sprechen Englisch."))

    a(Ev("kennenlernen-info", "de", "Kennenlernen mit Maya (Netzwerk, kein Job)", "2026-03-08 15:00", 30,
         prod="ios", tz="Europe/Berlin", desc="Maya erzählt mir von der Berliner Edtech-Szene. Keine offene "
                                              "Stelle, nur Austausch."))

    a(Ev("side-de-intern", "de", "Gespräch mit Praktikantin der PH Freiburg (Lea Brandt)", "2026-03-10 12:30", 20,
         prod="owa", tz="win:Romance Standard Time", org=LUW,
         att=["Lea Brandt <lea.brandt@ph-freiburg.invalid>"],
         desc="Kurzes Gespräch vor Beginn ihres Praktikums in meiner Klasse (3B)."))

    a(Ev("messe-de", "de", "Jobmesse Bildung & EdTech – Berlin", "2026-03-14", 1440, tz="day", prod="gexport",
         desc="Stände von Verlagen und Stiftungen. Lebenslauf auf Deutsch mitnehmen.", loc="Station Berlin"))

    a(Ev("reference-de", "de", "Referenzauskunft für Lena Vogt", "2026-03-17 16:30", 15, prod="google",
         tz="Europe/Berlin", org="Schulleitung Grundschule am Park <leitung@gs-park.invalid>", att=[LUW],
         desc="Frau Vogt hat Sie als Referenz angegeben (Hospitation an Ihrer Schule). Kurzer Anruf."))

    a(Ev("onboarding-de", "de", "Onboarding Tag 1 – Willkommen bei Lernwerk", "2026-04-01 09:00", 480,
         prod="personio", tz="Europe/Berlin", org="Lernwerk GmbH <jobs@lernwerk.jobs.personio.de>", att=[LU],
         desc="Willkommen! Ihr erster Arbeitstag: IT-Ausgabe, Teamfrühstück, Einführung in die Tools.",
         loc="Lernwerk GmbH, Chausseestraße 8, Berlin"))

    a(Ev("webex-training-de", "de", "Schulung: strukturierte Interviews für Lehrkräfte-Auswahl", "2026-03-21 10:00",
         120, prod="outlook", tz="winvt:W. Europe Standard Time", org="Goethe-Netzwerk <seminare@gnetz.invalid>",
         att=[LUW], desc="Fortbildung für Schulleitungen und Auswahlkommissionen.\n\n" + webex("gnetz", "de")[0]))
    return out


def events() -> list[Ev]:
    """Given nothing returns the English, French and German negatives."""
    return english() + french_german()
