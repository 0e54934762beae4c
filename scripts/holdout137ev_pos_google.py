"""holdout137: the user's own interviews from Google Calendar, agencies and a founder (written blind)."""

from __future__ import annotations

from holdout137ev_ics import FREE, GOOGLE, Ev, att, google_footer_fr, meet_fr, org, vcal, zoom_en

ST = "DTSTAMP:20260404T120000Z"

FORMS = {
    "Musée régional de la Côte-du-Sud": "",
    "Westmount Hill Academy": "Westmount Hill",
    "Collège Sainte-Brigitte": "Sainte-Brigitte",
    "Académie Laurier-Montcalm": "Laurier-Montcalm",
    "Glenforest School": "Glenforest",
    "Les Escapades historiques": "Escapades historiques",
    "Ville de Québec": "City of Quebec",
    "Parks Canada": "Parcs Canada|Parks Canada Agency|Agence Parcs Canada",
    "Écomusée du Faubourg": "",
    "Colegio Latinoamericano de Quebec": "Colegio Latinoamericano",
    "Canadian Museum of Memory": "Musée canadien de la Mémoire|CMM",
}


def _g(uid: str, start: str, end: str, organizer: str, attendees: list[str], summary: str, location: str,
       desc: str, *, extra: tuple[str, ...] = (), status: str = "CONFIRMED") -> list[str | tuple[str, str]]:
    """A VEVENT in Google Calendar's property order."""
    return [
        "BEGIN:VEVENT",
        start,
        end,
        ST,
        organizer,
        f"UID:{uid}",
        *attendees,
        "CREATED:20260403T221500Z",
        ("DESCRIPTION", desc),
        "LAST-MODIFIED:20260404T115900Z",
        ("LOCATION", location),
        *(extra or ("SEQUENCE:0",)),
        f"STATUS:{status}",
        ("SUMMARY", summary),
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "1q8v3s0gk2m7d4c9h6b5r0t2pa@google.com"
    ev = _g(uid, "DTSTART;TZID=America/Toronto:20260415T133000", "DTEND;TZID=America/Toronto:20260415T143000",
            org("nicole.belanger@museecotedusud.ca", "Nicole Bélanger"), [
                att(FREE, FREE, cutype="INDIVIDUAL"),
                att("nicole.belanger@museecotedusud.ca", "Nicole Bélanger", ps="ACCEPTED", rsvp="",
                    cutype="INDIVIDUAL"),
                att("p.morneau@museecotedusud.ca", "Pascal Morneau", cutype="INDIVIDUAL"),
            ], "Entrevue – Responsable de l'éducation et de la médiation (Mathieu Gagnon)",
            "https://meet.google.com/hwt-qmfe-zbu",
            "Bonjour Mathieu,\n\nMerci de votre intérêt pour le poste. Pascal Morneau (directeur général) et moi "
            "vous rencontrerons en visioconférence.\n\nNicole Bélanger\nConservatrice – Musée régional de la "
            "Côte-du-Sud\n\n" + meet_fr("hwt-qmfe-zbu", "412 903 558") + google_footer_fr(
                "nicole.belanger@museecotedusud.ca"))
    out.append(Ev("google-meet-fr", vcal(ev, prodid=GOOGLE, tzs=("toronto",)), uid, 1,
                  "Musée régional de la Côte-du-Sud", "Responsable de l'éducation et de la médiation", "",
                  "nicole.belanger@museecotedusud.ca;p.morneau@museecotedusud.ca", "google-meet-fr"))

    uid = "3jd0b7aq5u1sen8lkc2v9gf4ro@google.com"
    ev = _g(uid, "DTSTART;TZID=America/Toronto:20260419T110000", "DTEND;TZID=America/Toronto:20260419T120000",
            org("headofschool@westmounthill.ca", "Caroline Ashworth"), [
                att("headofschool@westmounthill.ca", "Caroline Ashworth", ps="ACCEPTED", rsvp=""),
                att(FREE, "Mathieu Gagnon"),
            ], "Mathieu Gagnon / Caroline Ashworth – Assistant Head of School (Academics)",
            "Westmount Hill Academy, 4420 Sherbrooke St W, Westmount – Head's office",
            "Dear Mathieu,\n\nI look forward to meeting you in person to discuss the Assistant Head of School "
            "(Academics) position. This role reports directly to me. Our conversation will be in English, "
            "but feel free to switch to French at any time – we are a bilingual community.\n\nCaroline Ashworth\n"
            "Head of School")
    out.append(Ev("google-hiring-manager-en", vcal(ev, prodid=GOOGLE, tzs=("toronto",)), uid, 1,
                  "Westmount Hill Academy", "Assistant Head of School (Academics)", "hiring_manager",
                  "headofschool@westmounthill.ca", "google-hiring-manager-en"))

    uid = "7t2nqp4c0d5ef1h8jk3lm6rsvo@google.com"
    ev = _g(uid, "DTSTART;TZID=America/Toronto:20260420T140000", "DTEND;TZID=America/Toronto:20260420T150000",
            org("direction.generale@stebrigitte.qc.ca", "Direction générale Sainte-Brigitte"), [
                att(FREE, "Mathieu Gagnon", ps="ACCEPTED"),
                att("direction.generale@stebrigitte.qc.ca", "Direction générale Sainte-Brigitte",
                    ps="ACCEPTED", rsvp=""),
            ], "Entrevue – direction adjointe (Collège Sainte-Brigitte)",
            "Collège Sainte-Brigitte, 160 rue Saint-Louis, Lévis",
            "Bonjour M. Gagnon,\n\nNous devons annuler cette rencontre : le poste a été comblé à l'interne. Nous "
            "conservons votre candidature et vous remercions de votre intérêt.\n\nLa direction générale",
            extra=("SEQUENCE:1",), status="CANCELLED")
    out.append(Ev("google-cancel-fr", vcal(ev, prodid=GOOGLE, method="CANCEL", tzs=("toronto",)), uid, 1,
                  "Collège Sainte-Brigitte", "direction adjointe", "",
                  "direction.generale@stebrigitte.qc.ca", "google-cancelled-fr"))

    uid = "5mb1k9e7s3gq2ho0d4anr8u6ic@google.com"
    ev = _g(uid, "DTSTART;TZID=America/Toronto:20260422T090000", "DTEND;TZID=America/Toronto:20260422T100000",
            org("c.marois@talentseducation.ca", "Catherine Marois"), [
                att("c.marois@talentseducation.ca", "Catherine Marois", ps="ACCEPTED", rsvp=""),
                att(FREE, "Mathieu Gagnon"),
                att("dg@laurier-montcalm.qc.ca", "Danielle Gravel"),
            ], "Entrevue Académie Laurier-Montcalm – Direction adjointe (candidat : M. Gagnon)",
            "Académie Laurier-Montcalm, 7500 boul. Saint-Laurent, Montréal",
            "Bonjour Mathieu,\n\nTel que discuté, voici la confirmation de votre rencontre avec Mme Danielle "
            "Gravel, directrice générale de l'Académie Laurier-Montcalm, pour le poste de direction adjointe "
            "(2e cycle). C'est elle qui prendra la décision d'embauche. Je serai présente les 5 premières "
            "minutes pour faire les présentations.\n\nBonne chance!\n\nCatherine Marois\nConseillère principale "
            "– Talents Éducation Québec\n514 555-0172")
    out.append(Ev("agency-fr", vcal(ev, prodid=GOOGLE, tzs=("toronto",)), uid, 1, "Académie Laurier-Montcalm",
                  "Direction adjointe", "hiring_manager", "dg@laurier-montcalm.qc.ca", "agency-names-employer-fr"))

    uid = "0fe8c2h5k7m1n3p9q4r6s8t0uv@google.com"
    ev = _g(uid, "DTSTART:20260429T140000Z", "DTEND:20260429T150000Z",
            org("j.harrow@northbridgesearch.com", "James Harrow"), [
                att("j.harrow@northbridgesearch.com", "James Harrow", ps="ACCEPTED", rsvp=""),
                att(FREE, "Mathieu Gagnon"),
                att("m.ilunga@glenforest.on.ca", "Mireille Ilunga"),
                att("p.chen@glenforest.on.ca", "Patrick Chen"),
            ], "Mathieu Gagnon – Search Committee conversation (Director of French Programs)", "Zoom",
            "Mathieu,\n\nAs promised, here are the details for your conversation with our client's search "
            "committee. The school is Glenforest School in Ottawa (Rockcliffe Park); you'll meet Mireille Ilunga, "
            "Principal, and Patrick Chen, Chair of the Education Committee. I won't be on the call.\n\n"
            "Role: Director of French Programs\n\n" + zoom_en("934 5512 0087", "Nb7xPq2WkR") +
            "\nJames Harrow | Partner | Northbridge Education Search")
    out.append(Ev("agency-body-only-en", vcal(ev, prodid=GOOGLE), uid, 1, "Glenforest School",
                  "Director of French Programs", "", "m.ilunga@glenforest.on.ca;p.chen@glenforest.on.ca",
                  "agency-company-in-body-en"))

    uid = "2ab9c6d3e0f7g4h1i8j5k2l9mn@google.com"
    ev = _g(uid, "DTSTART;TZID=America/Toronto:20260418T100000", "DTEND;TZID=America/Toronto:20260418T113000",
            org("julien.escapades@gmail.com", "Julien Morissette"), [
                att("julien.escapades@gmail.com", "Julien Morissette", ps="ACCEPTED", rsvp=""),
                att(FREE, FREE),
            ], "Café-entrevue Mathieu / Julien", "Café La Maison Smith, 23 rue Notre-Dame, Québec",
            "Salut Mathieu,\n\nContent que l'annonce t'ait plu! Comme je te disais, Les Escapades historiques "
            "cherchent quelqu'un pour bâtir nos programmes scolaires (sorties éducatives dans le Vieux-Québec, "
            "primaire et secondaire). On prend un café et je te pose quelques questions sur ton parcours, "
            "puis je t'explique le poste et le salaire.\n\nJulien\nFondateur")
    out.append(Ev("founder-freemail-fr", vcal(ev, prodid=GOOGLE, tzs=("toronto",)), uid, 1,
                  "Les Escapades historiques", "responsable des programmes scolaires", "",
                  "julien.escapades@gmail.com", "founder-gmail-coffee-interview-fr"))

    uid = "8x1w4v7u0t3s6r9q2p5o8n1m4l@google.com"
    ev = _g(uid, "DTSTART;VALUE=DATE:20260513", "DTEND;VALUE=DATE:20260514",
            org("recrutement.culture@ville.quebec.qc.ca", "Ville de Québec – Dotation"), [
                att(FREE, "Mathieu Gagnon"),
            ], "Journée d'évaluation – Agent(e) de médiation culturelle – patrimoine",
            "Édifice Andrée-P.-Boucher, 1130 route de l'Église, Québec",
            "Bonjour,\n\nVous êtes convoqué(e) à la journée d'évaluation du concours CULT-2026-021 (agent(e) de "
            "médiation culturelle – patrimoine, Service de la culture et du patrimoine).\n\n8 h 30 – test de "
            "connaissances (histoire de Québec)\n10 h 30 – exercice de médiation devant un groupe simulé\n"
            "13 h 30 – exercice écrit\n\nApportez votre dîner. Fin prévue vers 16 h.\n\nVille de Québec")
    out.append(Ev("google-allday-assessment-fr", vcal(ev, prodid=GOOGLE), uid, 1, "Ville de Québec",
                  "Agent(e) de médiation culturelle – patrimoine", "technical", "", "all-day-assessment-fr"))

    uid = "pc-gc-2026-ON-EDU-0442-cand-88213@pc.gc.ca"
    ev = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART:20260502T133000Z",
        "DTEND:20260502T143000Z",
        org("pc.dotation-staffing.pc@pc.gc.ca", "Parcs Canada / Parks Canada"),
        att(FREE, "Mathieu Gagnon"),
        att("e.tremblay-ross@pc.gc.ca", "Émilie Tremblay-Ross"),
        att("k.hamdan@pc.gc.ca", "Karim Hamdan"),
        ("SUMMARY", "Entrevue / Interview – Interprète du patrimoine / Heritage Interpreter (PC-26-EDU-0442)"),
        ("LOCATION", "Microsoft Teams"),
        ("DESCRIPTION", "Bonjour / Hello,\n\nVous êtes invité(e) à une entrevue structurée dans le cadre du "
         "processus PC-26-EDU-0442 (Interprète du patrimoine, lieux historiques nationaux de Québec). Le comité "
         "d'évaluation : Émilie Tremblay-Ross (gestionnaire, Expérience du visiteur) et Karim Hamdan "
         "(agent d'interprétation principal).\nVous recevrez une mise en situation 20 minutes avant "
         "l'entrevue.\n\nYou are invited to a structured interview for process PC-26-EDU-0442.\n\n"
         "Parcs Canada / Parks Canada – Dotation / Staffing"),
        "END:VEVENT",
    ]
    out.append(Ev("gc-utc-bilingual", vcal(ev, prodid="-//Government of Canada//GC Jobs//EN"), uid, 1,
                  "Parks Canada", "Interprète du patrimoine / Heritage Interpreter", "",
                  "e.tremblay-ross@pc.gc.ca;k.hamdan@pc.gc.ca", "federal-utc-bilingual-fr"))

    uid = "4r7t0y3u6i9o2p5a8s1d4f7g0h@google.com"
    ev = [
        "BEGIN:VEVENT",
        "DTSTART:20260507T133000",
        "DTEND:20260507T143000",
        "DTSTAMP:20260501T020311Z",
        f"UID:{uid}",
        "CREATED:20260425T183322Z",
        ("DESCRIPTION", "2e rencontre avec Hélène Caouette (dir.) + Yan Proulx (CA). Poste : coordonnateur des "
         "programmes éducatifs. Apporter exemples de trousses pédagogiques."),
        "LAST-MODIFIED:20260425T183322Z",
        ("LOCATION", "Écomusée du Faubourg, 410 rue Saint-Joseph Est"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        ("SUMMARY", "Écomusée – 2e rencontre"),
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    out.append(Ev("google-export-floating-fr", vcal(ev, prodid=GOOGLE, method="PUBLISH", head=(
        "CALSCALE:GREGORIAN", "X-WR-CALNAME:Mathieu – perso", "X-WR-TIMEZONE:America/Toronto")), uid, 1,
        "Écomusée du Faubourg", "coordonnateur des programmes éducatifs", "", "Hélène Caouette;Yan Proulx",
        "x-wr-timezone-floating-hand-fr"))

    uid = "6k9m2p5s8v1y4b7e0h3j6l9n2q@google.com"
    ev = _g(uid, "DTSTART;TZID=America/Toronto:20260426T100000", "DTEND;TZID=America/Toronto:20260426T104500",
            org("directora@colegiolatinoqc.ca", "Adriana Restrepo"), [
                att("directora@colegiolatinoqc.ca", "Adriana Restrepo", ps="ACCEPTED", rsvp=""),
                att(FREE, "Mathieu Gagnon"),
            ], "Entrevista – Coordinador pedagógico (programa sabatino)", "https://meet.google.com/rzk-tnob-wqe",
            "Estimado Mathieu:\n\nGracias por su interés en el puesto de coordinador pedagógico de nuestro "
            "programa sabatino. Le propongo una entrevista conmigo por videollamada; hablaremos en español y "
            "en francés.\n\nSaludos cordiales,\nAdriana Restrepo\nDirectora – Colegio Latinoamericano de "
            "Quebec\n\nUnirse con Google Meet: https://meet.google.com/rzk-tnob-wqe\nUnirse por teléfono: "
            "(CA) +1 581-555-0137 PIN: 733 018 224#")
    out.append(Ev("google-es", vcal(ev, prodid=GOOGLE, tzs=("toronto",)), uid, 1,
                  "Colegio Latinoamericano de Quebec", "Coordinador pedagógico (programa sabatino)",
                  "hiring_manager", "directora@colegiolatinoqc.ca", "google-director-es"))

    uid = "SR-8e2a41b7c9d04f61aa@smartrecruiters.com"
    ev = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        ST,
        "DTSTART:20260512T150000Z",
        "DTEND:20260512T163000Z",
        org("careers@museememoire.ca", "Canadian Museum of Memory | Musée canadien de la Mémoire"),
        att(FREE, "Mathieu Gagnon"),
        att("grace.okafor@museememoire.ca", "Grace Okafor"),
        att("louis-philippe.carrier@museememoire.ca", "Louis-Philippe Carrier"),
        att("a.singh-dubois@museememoire.ca", "Anjali Singh-Dubois"),
        ("SUMMARY", "Final panel interview – Education Officer / Agent(e) d'éducation"),
        ("LOCATION", "Zoom"),
        ("DESCRIPTION", "Dear Mathieu,\n\nCongratulations on advancing to the final panel for the Education "
         "Officer position (EDU-2026-08). Panel: Grace Okafor (Manager, Learning Programs), Louis-Philippe "
         "Carrier (Director, Public Engagement) and Anjali Singh-Dubois (Senior Educator). The panel will "
         "include a 15-minute bilingual presentation of a school program you have designed.\n\n"
         + zoom_en("861 0037 4421", "Wq4tYp8RmZ") + "\nSent via SmartRecruiters"),
        "END:VEVENT",
    ]
    out.append(Ev("smartrecruiters-final-en", vcal(ev, prodid="-//SmartRecruiters//Interview Scheduler//EN"),
                  uid, 1, "Canadian Museum of Memory", "Education Officer / Agent(e) d'éducation", "final",
                  "grace.okafor@museememoire.ca;louis-philippe.carrier@museememoire.ca;"
                  "a.singh-dubois@museememoire.ca", "smartrecruiters-final-panel-en"))
    return out
