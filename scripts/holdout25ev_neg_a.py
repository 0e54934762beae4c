"""Blind holdout25: negatives where Inès interviews others at Hôtel Les Arcades (trap user_as_interviewer).

Given nothing, EVENTS returns a list of event dicts for holdout25ev_ics.render; each carries its label in "L".
"""

from __future__ import annotations

from typing import Any

from holdout25ev_ics import meet, teams, zoom

IP = ("Inès Moreau", "ines.moreau@free.fr", "")
IW = ("Moreau, Inès", "i.moreau@hotel-lesarcades.fr", "")
U = (False, None, None, None, "user_as_interviewer")

EVENTS: list[dict[str, Any]] = [
    {"kind": "fr-recep-candidat", "lang": "fr", "p": "exchange", "tz": "win:Romance Standard Time",
     "s": "Entretien candidat réceptionniste – Lucas Giordano",
     "d": "Inès, je t'ai calé l'entretien de Lucas Giordano pour le CDI réceptionniste de jour. CV en pièce jointe "
          "dans le dossier partagé RH. Grille d'évaluation à remplir après.\nSylvie",
     "t": ("20270112T150000", "20270112T153000"), "org": ("Perrin, Sylvie", "s.perrin@hotel-lesarcades.fr"),
     "att": [IW, ("Lucas Giordano", "lucas.giordano06@gmail.com", "")], "loc": "Bureau réception, 1er étage",
     "L": U},
    {"kind": "fr-auditeur-nuit", "lang": "fr", "p": "exchange", "tz": "win:Romance Standard Time",
     "s": "Entretien – poste auditeur de nuit (candidate : Chloé Marin)",
     "d": "Entretien conduit par Inès Moreau (Front Office Manager) et Nicolas Ferraud (Night Manager).\n"
          "Points : disponibilité nuits/week-ends, maîtrise Opera PMS, clôture journalière.",
     "t": ("20270114T180000", "20270114T184500"), "org": ("Moreau, Inès", "i.moreau@hotel-lesarcades.fr"),
     "att": [("Ferraud, Nicolas", "n.ferraud@hotel-lesarcades.fr", ""), ("Chloé Marin", "chloe.marin@laposte.net",
             ""), ("Salle Riviera", "salle.riviera@hotel-lesarcades.fr", "room")], "L": U},
    {"kind": "en-intern-zoom", "lang": "en", "p": "zoom", "tz": "Europe/Paris",
     "s": "Internship interview - Front Desk intern (EHL student) - Jakob Sommer",
     "d": "Ines Moreau " + zoom("n3") + "\n\nSummer internship, front office. Candidate from EHL Lausanne. "
          "Questions list in the intern folder.",
     "t": ("20270115T110000", "20270115T113000"), "org": ("Ines Moreau", "i.moreau@hotel-lesarcades.fr"),
     "att": [("Jakob Sommer", "jakob.sommer@ehl.ch", "")], "L": U},
    {"kind": "fr-essai-candidat", "lang": "fr", "p": "exchange", "tz": "win:Romance Standard Time",
     "s": "Shift d'essai – Yasmine B. (candidate réceptionniste de nuit)",
     "d": "Yasmine fait un shift d'essai 23h-3h avec Nicolas. Inès passe à 23h pour l'accueil et fait le "
          "débrief le lendemain.",
     "t": ("20270116T230000", "20270117T030000"), "org": ("Moreau, Inès", "i.moreau@hotel-lesarcades.fr"),
     "att": [("Ferraud, Nicolas", "n.ferraud@hotel-lesarcades.fr", ""),
             ("Yasmine Bouzid", "yasmine.bouzid@hotmail.fr", "")], "L": U},
    {"kind": "fr-job-dating-groupe", "lang": "fr", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Job dating régional – Arcades Collection – Côte d'Azur",
     "d": "Chers managers,\n\nMerci de bloquer la journée : job dating du groupe au Palais des Congrès "
          "d'Antibes. Chaque hôtel tient un stand et conduit des entretiens de 15 min (réception, étages, "
          "restauration). Inès et Sylvie représentent Les Arcades.\n\nDRH Groupe",
     "t": ("20270121T090000", "20270121T170000"),
     "org": ("DRH Arcades Collection", "drh@arcades-collection.com"),
     "att": [IW, ("Perrin, Sylvie", "s.perrin@hotel-lesarcades.fr", ""),
             ("Managers Côte d'Azur", "managers-azur@arcades-collection.com", "")], "L": U},
    {"kind": "en-workday-interviewer", "lang": "en", "p": "workday", "tz": "Europe/Paris",
     "s": "Interviewer invitation: Guest Service Agent - Candidate Omar Said",
     "d": "You have been assigned as an interviewer.\nCandidate: Omar Said\nJob Requisition: JR-0931 Guest "
          "Service Agent (Hôtel Les Arcades, Nice)\nYour role: Interviewer - Front Office Manager\nPlease submit "
          "your feedback in Workday within 24 hours.",
     "t": ("20270119T100000", "20270119T104500"), "org": ("Arcades Collection Recruiting",
                                                        "arcadescollection@myworkday.com"),
     "att": [IW, ("Omar Said", "omar.said.pro@gmail.com", "")], "L": U},
    {"kind": "fr-calendly-hote", "lang": "fr", "p": "calendly", "tz": "utc",
     "s": "Entretien stage réception (20 min) – Manon Leroy",
     "d": "Nom de l'événement : Entretien stage réception (20 min)\n\nInvité : Manon Leroy "
          "(manon.leroy@etu.univ-cotedazur.fr)\n\nQuestions : Pourquoi ce stage ? -> « J'aime l'accueil et les "
          "langues »\n\nVous êtes l'hôte de cet événement.\n\nPropulsé par Calendly.com",
     "t": ("20270120T130000", "20270120T132000"), "org": ("Inès Moreau", "i.moreau@hotel-lesarcades.fr"),
     "att": [IW, ("Manon Leroy", "manon.leroy@etu.univ-cotedazur.fr", "")], "L": U},
    {"kind": "fr-agence-candidat", "lang": "fr", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Entretien – notre candidat Kevin Amrani – Réceptionniste tournant",
     "d": "Bonjour Madame Moreau,\n\nComme convenu, je vous présente Kevin Amrani pour votre poste de "
          "réceptionniste tournant. Il se présentera à l'hôtel à 10h.\n\nCordialement,\nStéphanie Barre – "
          "Azur Intérim Hôtellerie",
     "t": ("20270122T100000", "20270122T103000"), "org": ("Barre, Stéphanie", "s.barre@azur-interim.fr"),
     "att": [IW, ("Kevin Amrani", "k.amrani@azur-interim.fr", "")], "L": U},
    {"kind": "fr-debrief-recrut", "lang": "fr", "p": "exchange", "tz": "win:Romance Standard Time",
     "s": "Débrief recrutement réceptionnistes",
     "d": "Point sur les 4 candidats vus cette semaine, décision pour 2 CDI.",
     "t": ("20270122T160000", "20270122T163000"), "org": ("Bastide, Jérôme", "j.bastide@hotel-lesarcades.fr"),
     "att": [IW, ("Perrin, Sylvie", "s.perrin@hotel-lesarcades.fr", "")], "L": U},
    {"kind": "fr-creneau-recurrent", "lang": "fr", "p": "outlook", "tz": "win:Romance Standard Time",
     "rr": "FREQ=WEEKLY;COUNT=6;BYDAY=TU",
     "s": "Créneau entretiens candidats (saison été)",
     "d": "Créneau hebdo réservé aux entretiens saisonniers (réception, bagagerie). Sylvie y place les candidats.",
     "t": ("20270202T140000", "20270202T160000"), "org": ("Moreau, Inès", "i.moreau@hotel-lesarcades.fr"),
     "att": [("Perrin, Sylvie", "s.perrin@hotel-lesarcades.fr", "")],
     "ov": {"rid": "20270216T140000", "t": ("20270217T140000", "20270217T160000"),
            "s": "Créneau entretiens candidats (décalé mercredi – inventaire mardi)"}, "L": U},
    {"kind": "fr-annule-candidat", "lang": "fr", "p": "exchange", "tz": "win:Romance Standard Time",
     "method": "CANCEL", "st": "CANCELLED", "seq": 1,
     "s": "Annulé : Entretien candidat bagagiste – Théo Bernard",
     "d": "Le candidat s'est désisté (a accepté un autre poste).",
     "t": ("20270126T110000", "20270126T113000"), "org": ("Moreau, Inès", "i.moreau@hotel-lesarcades.fr"),
     "att": [("Théo Bernard", "theo.bernard2004@orange.fr", "")], "L": U},
    {"kind": "en-panel-supervisor", "lang": "en", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Interview panel: Front Desk Supervisor candidate (Priya Nair)",
     "d": "Panel: Jérôme Bastide (GM), Inès Moreau (FOM), Sylvie Perrin (HR).\nPriya is currently supervisor at "
          "a Monaco hotel. Each of us covers one block: leadership / PMS & upselling / HR questions.\n\n"
          + teams("n12"),
     "t": ("20270127T140000", "20270127T150000"), "org": ("Perrin, Sylvie", "s.perrin@hotel-lesarcades.fr"),
     "att": [IW, ("Bastide, Jérôme", "j.bastide@hotel-lesarcades.fr", ""), ("Priya Nair", "priya.nair@outlook.com",
             "")], "L": U},
    {"kind": "es-entrevista-candidata", "lang": "es", "p": "google", "tz": "Europe/Paris",
     "s": "Entrevista candidata recepcionista – Lucía Gómez (Erasmus)",
     "d": "Entrevista en español con Lucía, candidata a recepcionista de temporada. Evaluar nivel de francés "
          "e inglés.\n\n" + meet("n13", "es"),
     "t": ("20270128T100000", "20270128T103000"), "org": ("Inès Moreau", "i.moreau@hotel-lesarcades.fr"),
     "att": [IW, ("Lucía Gómez", "lucia.gomez.erasmus@gmail.com", "")], "L": U},
    {"kind": "de-praktikant", "lang": "de", "p": "exchange", "tz": "win:Romance Standard Time",
     "s": "Bewerbungsgespräch Praktikant Rezeption – Felix Huber",
     "d": "Gespräch auf Deutsch mit Felix (Hotelfachschule Heidelberg), Praktikum April–September. Ich führe "
          "das Gespräch, Nicolas hört zu.",
     "t": ("20270129T100000", "20270129T103000"), "org": ("Moreau, Inès", "i.moreau@hotel-lesarcades.fr"),
     "att": [("Felix Huber", "felix.huber@web.de", ""), ("Ferraud, Nicolas", "n.ferraud@hotel-lesarcades.fr", "")],
     "L": U},
    {"kind": "fr-note-privee", "lang": "fr", "p": "ios", "tz": "float",
     "s": "Faire passer entretien Sarah (night audit)", "t": ("20270203T220000", "20270203T223000"),
     "d": "Relire CV avant. Tester clôture Opera.", "L": U},
    {"kind": "en-grille-eval", "lang": "en", "p": "exchange", "tz": "win:Romance Standard Time",
     "s": "Complete scorecards - receptionist interviews (Giordano, Nair)",
     "t": ("20270128T170000", "20270128T173000"), "org": ("Perrin, Sylvie", "s.perrin@hotel-lesarcades.fr"),
     "att": [IW], "d": "Reminder from HR: scorecards due today so we can send offers Friday.", "L": U},
    {"kind": "fr-prive-vers-candidat", "lang": "fr", "p": "google", "tz": "Europe/Paris",
     "s": "Entretien Les Arcades – Paul Lefèvre (stage night audit)",
     "d": "Bonjour Paul, comme convenu au téléphone, je vous reçois à l'hôtel Les Arcades pour le stage d'audit "
          "de nuit. Demandez-moi à la réception. Inès Moreau, Front Office Manager",
     "t": ("20270204T150000", "20270204T153000"), "org": ("Inès Moreau", "ines.moreau@free.fr"),
     "att": [IP, ("Paul Lefèvre", "paul.lefevre@etu.unice.fr", "")], "loc": "Hôtel Les Arcades, Nice", "L": U},
    {"kind": "es-jornada-prueba", "lang": "es", "p": "exchange", "tz": "win:Romance Standard Time",
     "s": "Jornada de prueba candidato – Diego Romero (recepción)",
     "d": "Diego hará una jornada de prueba en recepción con Inès (turno de mañana). Valorar trato con clientes.",
     "t": ("20270205T070000", "20270205T150000"), "org": ("Moreau, Inès", "i.moreau@hotel-lesarcades.fr"),
     "att": [("Diego Romero", "diegoromero.bcn@yahoo.es", "")], "L": U},
    {"kind": "fr-formation-recruteur", "lang": "fr", "p": "outlook", "tz": "win:Romance Standard Time",
     "s": "Formation : mener un entretien de recrutement (managers Arcades)",
     "d": "Module groupe pour les managers qui recrutent : non-discrimination, questions comportementales, "
          "grille d'évaluation commune.\n\n" + teams("n19", "fr"),
     "t": ("20270209T093000", "20270209T120000"), "org": ("Formation Arcades", "formation@arcades-collection.com"),
     "att": [IW], "L": U},
    {"kind": "de-interview-bewerberin", "lang": "de", "p": "zoom", "tz": "Europe/Paris",
     "s": "Interview Bewerberin Nachtportier – Sabine Roth",
     "d": "Inès Moreau " + zoom("n20", "de") + "\n\nBewerberin für Nachtdienst (Nachtportier/Night Audit), "
          "aktuell in Basel. Fragen zur Verfügbarkeit und Französischkenntnissen.",
     "t": ("20270210T180000", "20270210T183000"), "org": ("Inès Moreau", "i.moreau@hotel-lesarcades.fr"),
     "att": [("Sabine Roth", "sabine.roth@bluewin.ch", "")], "L": U},
]
