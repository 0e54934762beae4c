"""Not Priya Raman's own interviews, first half (train10): her interviewing duties at Lumengrid and lookalikes.

Given nothing returns (`events()`) a list of `Ev` labelled as not an interview of the user.
"""

from __future__ import annotations

from train10ev_ics import Ev


def N(**kw: object) -> Ev:
    """Given Ev fields returns an event that is not the user's own interview."""
    return Ev(pos=False, **kw)  # type: ignore[arg-type]


LG = "Lumengrid Talent <lumengrid@teamtailor.com>"


def events() -> list[Ev]:
    """Given nothing returns the first half of the negatives."""
    return [
        N(kind="user-interviewer-kit", lang="en", prod="teamtailor", start="2026-02-03 13:00", minutes=60,
          title="Interview: Sofie Jansen – Product Designer (Interviewer kit)", org=LG, org_att=False,
          att=["MEW", "Ruben Dekker <ruben.dekker@lumengrid.energy>"], call="teams",
          desc="You're on the interview panel for Sofie Jansen (Product Designer, Customer App).\n\nYour focus "
               "area: product collaboration and prioritisation. Questions and rating guide are in the interview "
               "kit. Please submit your scorecard within 24 hours."),
        N(kind="user-interviewer-scorecard", lang="en", prod="google", start="2026-02-04 17:00", minutes=15,
          title="⏰ Scorecard due: Daan Visser (Senior PM)", org="MEW", att=[],
          desc="Reminder to myself: fill in the Teamtailor scorecard for Daan's product sense round before the "
               "debrief tomorrow."),
        N(kind="user-interviewer-debrief", lang="en", prod="outlook", start="2026-02-05 16:30", minutes=30,
          title="Debrief – Product Designer loop (Sofie Jansen)", org="Ruben Dekker <ruben.dekker@lumengrid.energy>",
          att=["Priya Raman <priya.raman@lumengrid.energy>", "Isa Mulder <isa.mulder@lumengrid.energy>",
               "Eline Smit <eline.smit@lumengrid.energy>"], call="teams",
          desc="Hire / no hire discussion. Please have your scorecards in before we start."),
        N(kind="user-interviewer-loop-room", lang="en", prod="outlook", start="2026-02-10 10:00", minutes=60,
          title="Onsite interview – Mehmet Yildiz – Product Manager, Trading",
          org="Priya Raman <priya.raman@lumengrid.energy>",
          att=["Mehmet Yildiz <mehmet.yildiz@gmail.com>", "Bas Koning <bas.koning@lumengrid.energy>",
               "#AMS-4.03 Windmill (8) <room-ams-403@lumengrid.energy>"],
          loc="Lumengrid Energy, Danzigerkade 19, Amsterdam – room 4.03",
          desc="Hi Mehmet,\n\nLooking forward to welcoming you at our office for the next round for the Product "
               "Manager, Trading role. You'll meet Bas (Head of Trading Tech) and me. Ask for me at reception.\n\n"
               "Priya Raman\nGroup Product Manager, Lumengrid Energy"),
        N(kind="user-interviewer-candidate-freemail", lang="en", prod="google", start="2026-02-12 11:00", minutes=45,
          title="Interview Priya Raman / Chloé Martin", org="MEW", att=["Chloé Martin <chloe.martin94@gmail.com>"],
          call="meet",
          desc="Hi Chloé, thanks for applying to Lumengrid. This is our first conversation about the Product "
               "Designer role on my team - I'll tell you about the team and ask about your portfolio."),
        N(kind="user-interviewer-candidate-university", lang="en", prod="outlook", start="2026-02-16 14:00",
          minutes=30, title="Internship interview – Lars van Rijn (TU Delft)",
          org="Priya Raman <priya.raman@lumengrid.energy>", att=["Lars van Rijn <l.vanrijn@student.tudelft.nl>"],
          call="teams",
          desc="Dear Lars,\n\nThank you for your application for the product internship (spring 2026). In this "
               "call I'd like to hear about your thesis on congestion management.\n\nBest,\nPriya"),
        N(kind="user-interviewer-calendly-host", lang="en", prod="calendly", start="2026-02-18 15:30", minutes=45,
          title="Priya Raman and Tim Okoro", org="Priya Raman <priya.raman@lumengrid.energy>", org_att=True,
          att=["Tim Okoro <tim.okoro@gmail.com>"], call="zoom",
          desc="Event Name: Lumengrid – Product interview (45 min)\n\nInvitee: Tim Okoro\nInvitee Email: "
               "tim.okoro@gmail.com\n\nPlease share anything that will help prepare for our meeting.\n"
               "Applying for the Associate PM role, portfolio link inside my CV\n\nNeed to make changes to this "
               "event?\nCancel: https://calendly.com/cancellations/"),
        N(kind="user-interviewer-hiring-committee", lang="en", prod="outlook", start="2026-02-19 15:00", minutes=60,
          title="Hiring committee – PM, Flexibility Markets (3 candidates)",
          org="Eline Smit <eline.smit@lumengrid.energy>",
          att=["Priya Raman <priya.raman@lumengrid.energy>", "Bas Koning <bas.koning@lumengrid.energy>",
               "Maarten Hendriks <maarten.hendriks@lumengrid.energy>"], call="teams",
          desc="Agenda: final review of the three finalists, calibration of ratings, offer recommendation."),
        N(kind="user-interviewer-shadowing", lang="en", prod="teamtailor", start="2026-02-20 10:00", minutes=60,
          title="Shadow interview: Noor El Idrissi – Senior Product Designer", org=LG, org_att=False,
          att=["Ruben Dekker <ruben.dekker@lumengrid.energy>", "MEW"],
          desc="Priya joins as shadow interviewer (observe only). Lead interviewer: Ruben Dekker. "
               "Candidate joins via the Teams link in their invite."),
        N(kind="user-interviewer-recurring-hold", lang="en", prod="outlook", start="2026-02-24 13:00", minutes=90,
          title="Interview slots (hold) – design & PM candidates", org="Priya Raman <priya.raman@lumengrid.energy>",
          rrule="FREQ=WEEKLY;COUNT=8;BYDAY=TU",
          override={"rid": "2026-03-10 13:00", "start": "2026-03-10 14:30",
                    "title": "Interview slots (hold) – moved for QBR"},
          desc="Recurring block so Eline can book candidate interviews into my calendar. Do not schedule over."),
        N(kind="user-interviewer-cancelled-loop", lang="en", prod="teamtailor", start="2026-02-26 09:30", minutes=60,
          status="CANCELLED", title="Cancelled: Interview – Jasper Kuiper – Product Manager, Trading", org=LG,
          org_att=False, att=["MEW", "Bas Koning <bas.koning@lumengrid.energy>"],
          desc="The candidate withdrew. This interview has been removed from the panel's calendars."),
        N(kind="user-interviewer-note", lang="en", prod="apple", start="2026-03-03 14:00", minutes=60,
          title="Yara – design candidate, my round", desc="read her case study first; ask about accessibility "
          "work; scorecard same day"),
        N(kind="user-interviewer-agency-candidate", lang="en", prod="outlook", start="2026-03-04 11:00", minutes=45,
          title="Candidate interview: Pieter Smit for Lumengrid Energy (Greenfield Talent)",
          org="Dean Whitlock <dean.whitlock@greenfieldtalent.co.uk>",
          att=["Priya Raman <priya.raman@lumengrid.energy>", "Pieter Smit <pieter.smit@hotmail.nl>"], org_att=False,
          call="teams",
          desc="Hi Priya,\n\nAs agreed, here is the interview with our candidate Pieter Smit for your Senior "
               "Product Manager vacancy. CV attached to my email.\n\nDean | Greenfield Talent"),
        N(kind="headhunter-intake-no-employer", lang="en", prod="google", start="2026-02-06 12:30", minutes=30,
          title="Intro call – Jack Morrow (Evergreen Search)", org="Jack Morrow <jack@evergreensearch.co.uk>",
          att=["ME"], call="meet", tz="Europe/London",
          desc="Hi Priya, great to connect. I'd like to learn about your background and what you're looking for "
               "next. I'm working on a couple of confidential product leadership mandates in energy and climate "
               "tech and would like to see if one is a fit."),
        N(kind="linkedin-recruiter-no-employer", lang="en", prod="google", start="2026-02-09 13:00", minutes=20,
          title="Call with Sophie re: opportunities", org="Sophie Adler <sophie.adler@northbridge-recruitment.com>",
          att=["ME"],
          desc="Following up on my LinkedIn InMail - quick chat about PM roles I'm hiring for across a few "
               "clients in renewables. Will call you on WhatsApp."),
        N(kind="mock-interview-coach", lang="en", prod="zoom", start="2026-03-08 10:00", minutes=60,
          title="Mock final interview – Gridwise prep (coaching)", org="Rachel Byrne <rachel@byrnecareercoaching.com>",
          att=["ME"], call="zoom",
          desc="Rachel Byrne is inviting you to a scheduled Zoom meeting.\n\nSession 3 of your coaching package: "
               "a full mock of the Gridwise CPO round, then feedback on your stories."),
        N(kind="webinar-interviewing", lang="en", prod="webex", start="2026-02-25 18:00", minutes=60,
          title="Webinar: Cracking the product manager interview in climate tech",
          org="Climatebase Events <events@climatebase.org>", org_att=False, att=["ME"], call="webex",
          desc="Join our panel of hiring managers from climate start-ups on how they run PM interviews, what a "
               "great take-home looks like, and how to talk about impact."),
        N(kind="user-research", lang="en", prod="google", start="2026-02-17 10:00", minutes=45,
          title="User interview #6 – heat pump installer (Kaan, Vakwerk Installatie)", org="MEW",
          att=["Kaan Aydın <kaan@vakwerk-installatie.nl>", "Isa Mulder <isa.mulder@lumengrid.energy>"], call="meet",
          desc="Discovery for installer portal. Script in Notion. Isa takes notes. Gift card after the session."),
        N(kind="visa-interview", lang="en", prod="apple", start="2026-03-06 08:45", minutes=60,
          title="US visa interview – Consulate Amsterdam", loc="U.S. Consulate General, Johannes Vermeerplein 1",
          desc="B1 visa for DistribuTECH. bring DS-160 confirmation, passport, photo. no phones inside."),
        N(kind="reference-call-as-reference", lang="en", prod="google", start="2026-03-09 16:00", minutes=20,
          title="Reference call: Daan Visser (Thornbury asked)",
          org="Olivia Grant <olivia.grant@thornburyconsulting.co.uk>",
          att=["ME"], tz="Europe/London",
          desc="Hi Priya, Daan has named you as a referee for the Manager role. Fifteen minutes about working "
               "with him at Lumengrid would be very helpful. Thank you!"),
        N(kind="job-fair", lang="en", prod="google", start="2026-03-12 10:00", minutes=360,
          title="Green Jobs Fair Amsterdam 2026", org="Green Jobs NL <events@greenjobs.nl>", org_att=False,
          att=["ME"], loc="Westergasfabriek, Amsterdam",
          desc="Meet 60+ employers hiring in renewables: Polder Energie, Noordnet, Kelpwatt and more. Bring CVs. "
               "Speed-interview corner from 14:00."),
        N(kind="onboarding-new-job", lang="en", prod="google", start="2026-05-04 09:00", minutes=480,
          title="Day 1 – Welcome to Gridwise Analytics!", org="People Team <people@gridwise.co.uk>",
          org_att=False, att=["ME", "Ben Shapiro <ben.shapiro@gridwise.co.uk>"], tz="Europe/London",
          loc="Gridwise Analytics, 20 Farringdon Road, London",
          desc="Welcome aboard, Priya! 09:00 laptop pickup, 10:00 onboarding with People team, 12:30 lunch with "
               "Ben and the product team."),
        N(kind="info-coffee", lang="en", prod="google", start="2026-02-14 09:00", minutes=30,
          title="Coffee with Ana (Fjordlight)", org="Ana Kovač <ana.kovac@fjordlight.no>", att=["ME"],
          loc="Lot Sixty One, Kinkerstraat 112",
          desc="Happy to tell you what it's like working at Fjordlight before you decide whether to apply. "
               "Not part of any process - just a coffee between ex-colleagues."),
        N(kind="prep-block", lang="en", prod="google", start="2026-03-09 19:30", minutes=90,
          title="Prep: Gridwise final – stories + questions for Ben", org="ME", att=[],
          desc="STAR stories: grid congestion launch, pricing pivot. Questions: team topology, roadmap ownership."),
        N(kind="internal-meeting", lang="en", prod="outlook", start="2026-02-23 11:00", minutes=60,
          title="Q1 roadmap review – Customer App", org="Maarten Hendriks <maarten.hendriks@lumengrid.energy>",
          att=["Priya Raman <priya.raman@lumengrid.energy>", "Isa Mulder <isa.mulder@lumengrid.energy>"],
          call="teams", desc="Review Q1 scope and the interview-driven research findings from the installer study."),
        # German
        N(kind="user-interviewer-candidate-freemail", lang="de", prod="outlook", start="2026-02-11 10:00", minutes=45,
          title="Vorstellungsgespräch Frau Schneider – Werkstudentin Produktmanagement",
          org="Priya Raman <priya.raman@lumengrid.energy>",
          att=["Lena Schneider <lena.schneider@web.de>", "Jonas Peters <jonas.peters@lumengrid.energy>"],
          call="teams",
          desc="Liebe Frau Schneider,\n\nvielen Dank für Ihre Bewerbung bei Lumengrid Energy. Herr Peters und ich "
               "freuen uns auf das Gespräch über die Werkstudentenstelle im Produktteam Berlin."),
        N(kind="user-interviewer-kit", lang="de", prod="personio", start="2026-02-13 09:00", minutes=30,
          tz="Europe/Berlin", title="Interviewleitfaden vorbereiten – Kandidat Malte Krüger (Senior PM)",
          org="Lumengrid Recruiting <recruiting@lumengrid.energy>", org_att=False, att=["MEW"],
          desc="Du bist als Interviewerin für Malte Krüger eingeteilt. Bitte Leitfaden und Bewertungsbogen in "
               "Personio vorher ansehen."),
        N(kind="headhunter-intake-no-employer", lang="de", prod="outlook", start="2026-02-19 17:30", minutes=30,
          tz="Europe/Berlin", title="Kennenlernen – Weiss & Partner Personalberatung",
          org="Dr. Annette Weiss <a.weiss@weiss-partner.de>", att=["Priya Raman <priya.raman@fastmail.com>"],
          desc="Liebe Frau Raman,\n\nwie besprochen ein erstes Kennenlernen: Ihr Werdegang, Ihre Wünsche, und "
               "ich skizziere Ihnen zwei vertrauliche Mandate im Energiesektor. Den Namen des Unternehmens nenne "
               "ich in einem zweiten Schritt."),
        N(kind="mock-interview-friend", lang="de", prod="apple", start="2026-03-01 11:00", minutes=60,
          title="Probeinterview mit Lea (Rollenspiel Rheinstrom-Panel)", loc="bei Lea, Eberswalder Str.",
          desc="Lea spielt die Bereichsleitung, ich übe die Präsentation"),
        N(kind="press-interview", lang="de", prod="outlook", start="2026-03-05 09:00", minutes=45, tz="Europe/Berlin",
          title="Interview: Energie & Management – Flexibilitätsmärkte",
          org="Katja Römer <k.roemer@energie-und-management.de>",
          att=["Priya Raman <priya.raman@lumengrid.energy>", "Pressestelle Lumengrid <press@lumengrid.energy>"],
          call="teams",
          desc="Guten Tag Frau Raman,\n\nvielen Dank, dass Sie sich für unser Interview zu Flexibilitätsmärkten "
               "Zeit nehmen. Das Gespräch wird aufgezeichnet und autorisiert."),
        N(kind="benefit-office-termin", lang="de", prod="apple", start="2026-03-18 08:30", minutes=45,
          tz="Europe/Berlin", title="Termin Ausländerbehörde – Interview Blaue Karte",
          loc="LEA Berlin, Friedrich-Krause-Ufer 24", desc="Vorgangsnummer 8814-22; Arbeitsvertrag, Pass, Foto"),
        N(kind="job-fair", lang="de", prod="google", start="2026-03-20 10:00", allday=1, tz="Europe/Berlin",
          title="Jobmesse Erneuerbare Energien Berlin", org="ME", att=[],
          loc="Estrel Congress Center, Berlin", desc="Stände: Ostwind Netze, Solvanta. Lebenslauf ausdrucken."),
        N(kind="info-coffee", lang="de", prod="google", start="2026-02-26 08:30", minutes=30, tz="Europe/Berlin",
          title="Kaffee mit Tobias – Austausch Produktmanagement", org="Tobias Engel <tobias.engel@posteo.de>",
          att=["ME"], loc="Bonanza Coffee, Oderberger Str. 35",
          desc="Lockerer Austausch, wie PM bei Netzbetreibern funktioniert. Kein Bewerbungsgespräch :)"),
        N(kind="user-interviewer-debrief", lang="de", prod="outlook", start="2026-03-11 16:00", minutes=30,
          tz="Europe/Berlin", title="Nachbesprechung Auswahlgespräche Werkstudent:innen",
          org="Jonas Peters <jonas.peters@lumengrid.energy>",
          att=["Priya Raman <priya.raman@lumengrid.energy>", "Stefanie Wolff <stefanie.wolff@lumengrid.energy>"],
          desc="Entscheidung zu den drei Kandidat:innen von letzter Woche."),
        N(kind="class-interviewing", lang="de", prod="google", start="2026-03-14 10:00", minutes=180,
          tz="Europe/Berlin", title="Workshop: Souverän im Vorstellungsgespräch",
          org="VHS Pankow <kurse@vhs-pankow.de>", org_att=False, att=["ME"],
          loc="VHS Pankow, Raum 204",
          desc="Kurs 26F-114: Selbstpräsentation, typische Fragen, Gehaltsverhandlung. Übungen in Kleingruppen."),
        # French
        N(kind="user-interviewer-candidate-freemail", lang="fr", prod="google", start="2026-02-17 14:00", minutes=45,
          tz="Europe/Paris", title="Entretien – Product Designer – Lucie Bernard", org="MEW",
          att=["Lucie Bernard <lucie.bernard@laposte.net>"], call="meet",
          desc="Bonjour Lucie,\n\nMerci pour votre candidature chez Lumengrid. Je vous propose un premier "
               "entretien pour le poste de Product Designer dans mon équipe.\n\nPriya"),
        N(kind="user-interviewer-debrief", lang="fr", prod="outlook", start="2026-02-20 11:30", minutes=30,
          tz="Europe/Paris", title="Débrief recrutement – Product Designer (L. Bernard)",
          org="Ruben Dekker <ruben.dekker@lumengrid.energy>",
          att=["Priya Raman <priya.raman@lumengrid.energy>", "Eline Smit <eline.smit@lumengrid.energy>"],
          desc="Retour des intervieweurs et décision pour la suite."),
        N(kind="headhunter-intake-no-employer", lang="fr", prod="outlook", start="2026-02-24 18:00", minutes=30,
          tz="Europe/Paris", title="Premier échange – Orion Talents", org="Xavier Blanc <x.blanc@orion-talents.fr>",
          att=["Priya Raman <priya.raman@fastmail.com>"], call="teams",
          desc="Bonjour Priya,\n\nJe vous propose un premier échange pour mieux connaître votre parcours. "
               "J'accompagne plusieurs acteurs de la transition énergétique sur des recrutements confidentiels."),
        N(kind="mock-interview-coach", lang="fr", prod="google", start="2026-03-07 10:00", minutes=60,
          tz="Europe/Paris", title="Simulation d'entretien – APEC", org="Conseillère APEC <atelier@apec.fr>",
          org_att=False, att=["ME"], call="meet",
          desc="Atelier individuel : simulation d'entretien de recrutement filmée et débrief avec votre consultante."),
        N(kind="podcast", lang="fr", prod="google", start="2026-03-10 17:00", minutes=60, tz="Europe/Paris",
          title="Enregistrement podcast « Watt's Up » – interview Priya Raman",
          org="Chloé Garnier <chloe@wattsup-podcast.fr>", att=["ME"],
          desc="Épisode sur l'autoconsommation et les réseaux intelligents. On enregistre sur Riverside, "
               "prévoir un casque."),
        N(kind="benefit-office-termin", lang="fr", prod="apple", start="2026-03-17 09:15", minutes=30,
          tz="Europe/Paris", title="Entretien France Travail – conseillère",
          loc="Agence France Travail Lyon 3", desc="pour l'inscription de Raj ; dossier + attestation employeur"),
        N(kind="info-coffee", lang="fr", prod="google", start="2026-03-21 10:30", minutes=45, tz="Europe/Paris",
          title="Café avec Inès – retours sur Rhodanie Réseaux", org="Inès Laurent <ines.laurent@gmail.com>",
          att=["ME"], loc="Café Cousu, Lyon",
          desc="Inès a travaillé 4 ans chez Rhodanie ; elle me raconte la culture avant ma candidature."),
        N(kind="onboarding-new-job", lang="fr", prod="outlook", start="2026-05-11 09:00", minutes=420,
          tz="Europe/Paris", title="Journée d'intégration des nouveaux arrivants",
          org="Onboarding RH <onboarding@celeste-energie.fr>", org_att=False,
          att=["Priya Raman <priya.raman@fastmail.com>"], loc="Céleste Énergie, 40 quai Rambaud, Lyon",
          desc="Bienvenue ! Programme : accueil, remise du matériel, présentation des équipes, déjeuner."),
        # Spanish
        N(kind="user-interviewer-candidate-university", lang="es", prod="google", start="2026-02-25 12:00",
          minutes=45, tz="Europe/Madrid", title="Entrevista – Carmen López (UX Research, prácticas)", org="MEW",
          att=["Carmen López <carmen.lopez@alumnos.upm.es>"], call="meet",
          desc="Hola Carmen,\n\nGracias por tu interés en las prácticas de UX Research en Lumengrid. En esta "
               "entrevista te contaré el proyecto y me gustaría conocer tu TFM."),
        N(kind="linkedin-recruiter-no-employer", lang="es", prod="google", start="2026-03-02 13:30", minutes=20,
          tz="Europe/Madrid", title="Llamada con headhunter – búsqueda confidencial",
          org="Beatriz Romero <beatriz.romero@nexohunting.es>", att=["ME"],
          desc="Hola Priya, como te escribí por LinkedIn, llevo un proceso confidencial de Head of Product en el "
               "sector energético. En esta llamada te cuento lo que puedo y conozco tu perfil."),
        N(kind="consulate-entrevista", lang="es", prod="apple", start="2026-03-04 09:00", minutes=45,
          tz="Europe/Madrid", title="Entrevista consulado – visado Raj",
          loc="Consulado General de la India, Barcelona", desc="acompañar a Raj; llevar carta de invitación"),
        N(kind="reference-call-as-reference", lang="es", prod="google", start="2026-03-11 17:00", minutes=20,
          tz="Europe/Madrid", title="Referencias: llamada sobre Marc Soler", org="Nuria Casas <nuria.casas@voltaro.es>",
          att=["ME"],
          desc="Hola Priya, Marc nos ha dado tu nombre como referencia para el puesto de diseñador. ¿Podemos "
               "hablar 15 minutos sobre vuestro trabajo juntos en Lumengrid?"),
        N(kind="class-interviewing", lang="es", prod="google", start="2026-03-19 18:30", minutes=120,
          tz="Europe/Madrid", title="Taller: cómo preparar una entrevista de trabajo en inglés",
          org="Barcelona Activa <formacio@barcelonactiva.cat>", org_att=False, att=["ME"],
          loc="Barcelona Activa, Carrer Llacuna 162",
          desc="Sesión práctica con simulaciones por parejas. Plazas limitadas."),
        N(kind="info-coffee", lang="es", prod="apple", start="2026-03-26 09:30", minutes=45, tz="Europe/Madrid",
          title="Café con Laura – vivir y trabajar en Barcelona", loc="Satan's Coffee Corner",
          desc="Laura (amiga de Sara) trabaja en Iberluz. Preguntas sobre barrios, colegios, mercado PM."),
        N(kind="prep-block", lang="es", prod="apple", start="2026-03-09 20:00", minutes=60, tz="Europe/Madrid",
          title="Preparar entrevista Voltaro (visita planta)", desc="repasar OCPP, preguntas para Raúl"),
        N(kind="user-interviewer-shadowing", lang="es", prod="outlook", start="2026-03-27 10:00", minutes=45,
          tz="Europe/Madrid", title="Observadora: entrevista candidato Product Owner (Álex)",
          org="Priya Raman <priya.raman@lumengrid.energy>",
          att=["Ruben Dekker <ruben.dekker@lumengrid.energy>"],
          desc="Nota para mí: observo la entrevista de Ruben con el candidato para el puesto de Product Owner de "
               "Lumengrid; sin preguntas propias."),
    ]
