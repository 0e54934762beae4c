"""Holdout22 negatives where Claire interviews others at Lycée Montaigne (trap user_as_interviewer).

Given nothing, cases() returns the Case list; it raises nothing.
"""

from __future__ import annotations

from holdout22ev_ics import ME, ME_CN, WORK, Att, Case, calendar, eu_zone, iana_zone, meet, teams, vevent, zoom

ZIMBRA = "Zimbra-Calendar-Provider"
OUTLOOK = "Microsoft Exchange Server 2010"
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
T = "user_as_interviewer"


def w(partstat: str = "NEEDS-ACTION") -> Att:
    """Given a reply state returns the user at her school address."""
    return Att("DUBOIS Claire", WORK, partstat=partstat)


def cases() -> list[Case]:
    """Given nothing returns the user-as-interviewer cases."""
    out: list[Case] = []

    def add(kind: str, uid: str, text: str, lang: str) -> None:
        out.append(Case(kind, uid, text, False, trap=T, lang=lang))

    prov = Att("M. Bertrand Faure (Proviseur)", "proviseur@lycee-montaigne.fr")
    uid = "h22-n-jury-prof-lettres@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Jury de recrutement - contractuel lettres modernes (M. Aït-Said)",
        "20261202T140000",
        "20261202T150000",
        tzid="Europe/Paris",
        organizer=prov,
        attendees=(w(), Att("LEROY Hélène", "h.leroy@lycee-montaigne.fr")),
        desc=(
            "Chers collègues,\nMerci de constituer le jury pour l'entretien de M. Karim Aït-Said, "
            "candidat au poste de professeur contractuel de lettres modernes (remplacement de Mme "
            "Giraud). Grille d'entretien jointe.\nBureau du proviseur."
        ),
        location="Bureau du proviseur - bâtiment A",
    )
    add("fr-jury-contractuel", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-lecon-essai@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Observation leçon d'essai - candidate AED / stagiaire (2nde B)",
        "20261203T100000",
        "20261203T110000",
        tzid="Europe/Paris",
        organizer=Att("LEROY Hélène", "h.leroy@lycee-montaigne.fr"),
        attendees=(w("ACCEPTED"),),
        desc=(
            "Claire, peux-tu observer la leçon d'essai de Mme Perrin (candidate) en 2nde B et remplir "
            "la fiche d'évaluation ? Debrief à 11h."
        ),
        location="Salle B204",
    )
    add("fr-trial-lesson", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-stagiaire-inspe@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Entretien stagiaire INSPE - Lucas Bertin",
        "20261207T163000",
        "20261207T170000",
        tzid="Europe/Paris",
        organizer=Att(ME_CN, WORK),
        attendees=(Att("Lucas Bertin", "lucas.bertin@etu.univ-lyon1.fr"),),
        desc="Entretien d'accueil du stagiaire M1 MEEF (lettres). Présenter les classes et le calendrier des visites.",
        location="Salle des profs",
    )
    add("fr-trainee-interview-organiser", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-candidate-gmail@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Entretien candidature assistante d'éducation - Mlle Inès Caron",
        "20261208T090000",
        "20261208T093000",
        tzid="Europe/Paris",
        organizer=Att("DUBOIS Claire", WORK),
        attendees=(Att("Inès Caron", "ines.caron2003@gmail.com"), Att("CPE - Mme Garnier", "cpe@lycee-montaigne.fr")),
        desc="Entretien pour le poste d'AED (vie scolaire). Je mène l'entretien avec la CPE.",
    )
    add("fr-user-invites-candidate-gmail", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-panel-eng@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Interview panel: English language assistant candidates (3 x 20 min)",
        "20261209T130000",
        "20261209T143000",
        tzid="Romance Standard Time",
        organizer=Att("WHITMORE Sarah", "s.whitmore@lycee-montaigne.fr"),
        attendees=(w(), Att("CHEN Mei", "m.chen@lycee-montaigne.fr")),
        desc=(
            "Hi both, thanks for sitting on the panel for next year's English language assistant. "
            "Candidates: Ethan Burke, Holly Nguyen, Sam Okoro. Questions and scoring sheet in the shared "
            "drive.\n" + teams()
        ),
    )
    add("en-panel-assistant", uid, calendar(OUTLOOK, body, zones=eu_zone("Romance Standard Time")), "en")

    uid = "h22-n-calendly-host@calendly.com"
    body = vevent(
        uid,
        "Candidate interview: Julie Marchand and Claire Dubois",
        "20261210T170000Z",
        "20261210T172000Z",
        organizer=Att(ME_CN, WORK),
        attendees=(Att("Julie Marchand", "julie.marchand@outlook.fr", "REQ-PARTICIPANT", "ACCEPTED"),),
        desc=(
            "Event Name: Entretien tuteur - stage en responsabilité\nInvitee: Julie Marchand\nQuestions: "
            'Pourquoi ce lycée ? -> "J\'aimerais être stagiaire dans vos classes de première"\nLocation: '
            "Google Meet\n" + meet("xqa-tttr-oop") + "\nPowered by Calendly.com"
        ),
    )
    add("calendly-user-host", uid, calendar("-//Calendly//Calendly//EN", body), "en")

    uid = "h22-n-debrief@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Débrief jury recrutement documentaliste",
        "20261211T120000",
        "20261211T123000",
        tzid="Europe/Paris",
        organizer=prov,
        attendees=(w(), Att("SAUVAGE Marc", "m.sauvage@lycee-montaigne.fr")),
        desc="Mise en commun des grilles après les entretiens des trois candidat·e·s au poste de professeur "
        "documentaliste. Décision à transmettre au rectorat.",
    )
    add("fr-debrief", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-de-austausch@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Bewerbungsgespräche Fremdsprachenassistenz Deutsch (Frau Dubois im Gremium)",
        "20261214T150000",
        "20261214T163000",
        tzid="Europe/Paris",
        organizer=Att("KRÜGER Anna", "a.kruger@lycee-montaigne.fr"),
        attendees=(w(), Att("Jonas Weber", "jonas.weber@uni-tuebingen.de"), Att("Lea Schmitt", "lea.schmitt98@web.de")),
        desc=(
            "Liebe Claire,\nwir führen die Gespräche mit den Bewerberinnen und Bewerbern für die "
            "Fremdsprachenassistenz (Jonas Weber 15:00, Lea Schmitt 15:45). Du übernimmst die Fragen zur "
            "Unterrichtspraxis.\n" + zoom("811 2233 4455", "LmT88ss0q1", "de")
        ),
    )
    add("de-panel-assistants", uid, calendar(OUTLOOK, body, zones=eu_zone("Europe/Paris")), "de")

    uid = "h22-n-es-auxiliar@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Entrevistas auxiliar de conversación (español) - candidatas",
        "20261215T140000",
        "20261215T150000",
        tzid="Europe/Paris",
        organizer=Att("ORTEGA Pilar", "p.ortega@lycee-montaigne.fr"),
        attendees=(w("ACCEPTED"), Att("Marina Gil", "marina.gil.r@gmail.com")),
        desc=(
            "Claire, ¿puedes estar en el tribunal? Entrevistamos a Marina Gil para el puesto de auxiliar "
            "de conversación del curso que viene. Rúbrica en el Drive del departamento.\n" + meet("oow-aaqt-ppl", "es")
        ),
    )
    add("es-panel-auxiliar", uid, calendar(GOOGLE, body, zones=iana_zone("Europe/Paris")), "es")

    uid = "h22-n-visite-tuteur@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Visite conseil stagiaire (tutorat) - observation + entretien",
        "20261216T080000",
        "20261216T100000",
        tzid="Europe/Paris",
        organizer=Att(ME_CN, WORK),
        attendees=(
            Att("BERTIN Lucas", "l.bertin@lycee-montaigne.fr"),
            Att("Formatrice INSPE - Mme Joly", "sylvie.joly@inspe-lyon.fr"),
        ),
        desc="J'observe la séance de Lucas en 1re G puis entretien-conseil avec la formatrice INSPE.",
    )
    add("fr-tutor-visit", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-scorecard@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Compléter les grilles d'entretien (candidats CDD histoire-géo)",
        "20261217T170000",
        "20261217T173000",
        tzid="Europe/Paris",
        status="",
        desc="Rendre les grilles au secrétariat du proviseur avant vendredi.",
    )
    add("fr-scorecard-block", uid, calendar(ZIMBRA, body, method=None, zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-agency-sends-candidate@interimprof.fr"
    body = vevent(
        uid,
        "Présentation candidat : Yohan Petit - remplacement anglais (Lycée Montaigne)",
        "20261204T160000",
        "20261204T163000",
        tzid="Europe/Paris",
        organizer=Att("Agence ProfRelais", "contact@profrelais.fr"),
        attendees=(w(), Att("Yohan Petit", "yohan.petit@protonmail.com")),
        desc=(
            "Bonjour Madame Dubois,\nComme convenu avec votre proviseur, nous vous présentons M. Yohan "
            "Petit pour le remplacement en anglais. Vous menez l'entretien, nous restons disponibles.\n" + teams("fr")
        ),
    )
    add("fr-agency-sends-candidate", uid, calendar(OUTLOOK, body, zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-recurring-slot@lycee-montaigne.fr"
    base = vevent(
        uid,
        "Créneau entretiens candidats AESH",
        "20261201T170000",
        "20261201T180000",
        tzid="Europe/Paris",
        organizer=Att(ME_CN, WORK),
        desc="Créneau réservé chaque mardi pour recevoir les candidat·e·s AESH envoyé·e·s par la DSDEN.",
        extra=("RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4",),
    )
    ov = vevent(
        uid,
        "Créneau entretiens candidats AESH (salle 12)",
        "20261208T163000",
        "20261208T173000",
        tzid="Europe/Paris",
        organizer=Att(ME_CN, WORK),
        desc="Avancé pour le conseil de classe.",
        seq=1,
        pre=("RECURRENCE-ID;TZID=Europe/Paris:20261208T170000",),
    )
    add("fr-recurring-slot", uid, calendar(ZIMBRA, base + ov, zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-cancelled-jury@lycee-montaigne.fr"
    body = vevent(
        uid,
        "ANNULÉ - Entretien candidat poste CPE adjoint",
        "20261218T100000",
        "20261218T110000",
        tzid="Europe/Paris",
        organizer=prov,
        attendees=(w(),),
        status="CANCELLED",
        seq=1,
        desc="Le candidat s'est désisté. Merci à tous.",
    )
    add("fr-cancelled-jury", uid, calendar(ZIMBRA, body, method="CANCEL", zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-en-private-addr@google.com"
    body = vevent(
        uid,
        "Interview w/ candidate for our Section Internationale post (Tom Haskins)",
        "20261205T090000",
        "20261205T094500",
        tzid="Europe/Paris",
        organizer=Att(ME_CN, ME),
        attendees=(
            Att("Tom Haskins", "tomhaskins.teach@gmail.com"),
            Att("WHITMORE Sarah", "s.whitmore@lycee-montaigne.fr"),
        ),
        desc=(
            "Sent from my own calendar because the school's is down. Tom applies to teach history in "
            "English in our international section; Sarah and I interview him for the lycée.\n" + meet("ghh-eerw-tpl")
        ),
    )
    add("en-user-private-address-interviewer", uid, calendar(GOOGLE, body, zones=iana_zone("Europe/Paris")), "en")

    uid = "h22-n-de-hospitation@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Hospitation Probestunde Referendarin (Deutsch, Frau Hoffmann)",
        "20261210T100000",
        "20261210T110000",
        tzid="W. Europe Standard Time",
        organizer=Att("KRÜGER Anna", "a.kruger@lycee-montaigne.fr"),
        attendees=(w(),),
        desc=(
            "Claire, kannst du bei der Probestunde von Frau Hoffmann (Bewerberin für die Vertretung) "
            "mit hospitieren? Danach kurzes Auswahlgespräch mit ihr im Lehrerzimmer."
        ),
    )
    add("de-trial-lesson", uid, calendar(OUTLOOK, body, zones=eu_zone("W. Europe Standard Time")), "de")

    uid = "h22-n-commission@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Commission de sélection - section européenne (élèves)",
        "20261211T133000",
        "20261211T163000",
        tzid="Europe/Paris",
        organizer=prov,
        attendees=(w(), Att("WHITMORE Sarah", "s.whitmore@lycee-montaigne.fr")),
        desc="Entretiens de motivation des élèves de 3e candidats à la section européenne. Je fais passer "
        "les entretiens avec Sarah.",
    )
    add("fr-student-selection", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "fr")

    uid = "h22-n-es-interview-kit@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Preparar guion de entrevista - candidatos profesor de español (yo en el tribunal)",
        "20261212T080000Z",
        "20261212T083000Z",
        status="",
        desc="Preguntas sobre evaluación y gestión del aula. Enviar a Pilar antes del lunes.",
    )
    add("es-kit-prep", uid, calendar("-//Apple Inc.//iOS 18.1//EN", body, method=None), "es")

    uid = "h22-n-en-teams-hiring@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Hiring: maths teacher (long-term cover) - candidate video interview",
        "20261214T113000",
        "20261214T121500",
        tzid="Romance Standard Time",
        organizer=Att("DUBOIS Claire", WORK),
        attendees=(
            Att("Adaeze Nwosu", "adaeze.nwosu@live.co.uk"),
            Att("FAURE Bertrand", "proviseur@lycee-montaigne.fr"),
        ),
        desc=(
            "Dear Ms Nwosu,\nThank you for applying to Lycée Montaigne. The head teacher and I will "
            "interview you for the long-term maths cover (taught in French and English).\n" + teams()
        ),
    )
    add("en-user-organises-video", uid, calendar(OUTLOOK, body, zones=eu_zone("Romance Standard Time")), "en")

    uid = "h22-n-calibration@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Harmonisation des critères - jurys de recrutement AED",
        "20261201T123000",
        "20261201T131500",
        tzid="Europe/Paris",
        organizer=Att("CPE - Mme Garnier", "cpe@lycee-montaigne.fr"),
        attendees=(w(),),
        desc="Avant la campagne d'entretiens AED : se mettre d'accord sur la grille et les questions.",
    )
    add("fr-calibration", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "fr")
    return out
