"""holdout13: Julien interviewing, trialling or judging candidates at Hôtel Belvédère (negatives; CC0 1.0)."""

from __future__ import annotations

from holdout13ev_boiler import meet, teams
from holdout13ev_ics import WORK, Item, att, cal, neg, org, vev

R = ";TZID=Romance Standard Time:"
P = ";TZID=Europe/Paris:"
DIR = "c.bellanger@hotel-belvedere-nice.fr"
RH = "rh@hotel-belvedere-nice.fr"


def french() -> list[Item]:
    """Given nothing returns the French user-as-interviewer events."""
    out: list[Item] = []
    uid = "040000008200E00074C5B7101A82E00800000000belv-recep-fontaine"
    out.append(neg("as-interviewer", "fr", cal("exchange", vev(
        uid, "Entretien candidate réceptionniste – Mme Léa Fontaine", R + "20261203T150000", R + "20261203T154500",
        desc=("Julien, peux-tu mener cet entretien ? Je passerai les 10 dernières minutes. CV en pièce jointe du "
              "mail de candidature (poste réceptionniste tournant, CDI).\nCorinne"),
        organizer=org(DIR, "BELLANGER Corinne"),
        attendees=[att(WORK, "MOREAU Julien"), att("lea.fontaine06@gmail.com", "Léa Fontaine")],
        loc="Bureau de la direction – 1er étage"), tzs=("Romance Standard Time",)),
        uid))

    uid = "0B1C2D3E-note-stagiaire-bts"
    out.append(neg("as-interviewer-note", "fr", cal("ios", vev(
        uid, "Je fais passer l'entretien stagiaire BTS (Hugo) – réception", ":20261207T110000", ":20261207T113000",
        desc="prévoir grille + questions anglais", status=None), method=None),
        uid))

    uid = "wttj-itv-belv-22c9@welcometothejungle.com"
    out.append(neg("as-interviewer-ats", "fr", cal("wttj", vev(
        uid, "Entretien – Sofiane Amrani – Réceptionniste de nuit (Hôtel Belvédère)", P + "20261208T100000",
        P + "20261208T103000",
        desc=("Nouvel entretien planifié pour l'offre « Réceptionniste de nuit H/F ».\nCandidat : Sofiane Amrani"
              "\nMembres du jury : Julien Moreau (Front Office Manager)\n\nVoir le profil du candidat dans "
              "Welcome Kit : https://www.welcomekit.co/dashboard/o/belvedere/jobs/recep-nuit/candidates/88412"),
        organizer=org(RH, "Hôtel Belvédère – RH"),
        attendees=[att(WORK, "Julien Moreau"), att("sofiane.amrani@hotmail.fr", "Sofiane Amrani")],
        loc="Hôtel Belvédère, Promenade des Anglais, Nice"), tzs=("Europe/Paris",)),
        uid))

    uid = "essai-reception-perrin@hotel-belvedere-nice.fr"
    out.append(neg("trial-shift-host", "fr", cal("outlook", vev(
        uid, "Essai en service – candidate réception Camille Perrin (7h-11h)", R + "20261210T070000",
        R + "20261210T110000",
        desc=("Camille fait son essai au comptoir avec moi ce matin : check-outs, appels, une arrivée groupe. "
              "Briefing à 6h50 dans le back-office."),
        organizer=org(WORK, "MOREAU Julien"),
        attendees=[att("camille.perrin.pro@gmail.com", "Camille Perrin"),
                   att("karima.ait@hotel-belvedere-nice.fr", "AIT Karima", role="OPT-PARTICIPANT")],
        loc="Réception"), tzs=("Romance Standard Time",)),
        uid))

    uid = "040000008200E00074C5B7101A82E00800000000belv-chefrecep"
    out.append(neg("sit-in-director", "fr", cal("exchange", vev(
        uid, "Entretien Chef de réception – M. Arnaud Pelletier (avec Julien)", R + "20261211T140000",
        R + "20261211T150000",
        desc=("Entretien de recrutement pour le remplacement de Sébastien. Je le conduis, Julien y assiste pour la "
              "partie opérationnelle (planning, night audit, PMS).\nC. Bellanger\nDirectrice"),
        organizer=org(DIR, "BELLANGER Corinne"),
        attendees=[att(WORK, "MOREAU Julien"), att("arnaud.pelletier@orange.fr", "Arnaud Pelletier")],
        loc="Salon Baie des Anges"), tzs=("Romance Standard Time",)),
        uid))

    uid = "calendly-belv-JX4K9M2T"
    out.append(neg("calendly-host", "fr", cal("calendly", vev(
        uid, "Julien Moreau et Inès Garcia", P + "20261214T160000", P + "20261214T162000",
        desc=("Type d'événement : Entretien stage réception (été 2027)\n\nParticipant : Inès Garcia\n"
              "ines.garcia.lp@gmail.com\n\nRéponses :\nVotre école ? Lycée hôtelier Paul Augier\n\nOrganisé par "
              "Calendly"),
        organizer=org(WORK, "Julien Moreau"),
        attendees=[att("ines.garcia.lp@gmail.com", "Inès Garcia", ps="ACCEPTED")],
        loc="Hôtel Belvédère, réception (demander Julien Moreau)"), tzs=("Europe/Paris",)),
        uid))

    uid = "debrief-recrut-s49@hotel-belvedere-nice.fr"
    out.append(neg("debrief", "fr", cal("outlook", vev(
        uid, "Débrief recrutements réception – semaine 49", R + "20261204T170000", R + "20261204T173000",
        desc=("On compare les 4 candidats vus cette semaine (Fontaine, Amrani, Perrin, Martin) et on choisit qui "
              "rappeler. Apportez vos grilles."),
        organizer=org(DIR, "BELLANGER Corinne"),
        attendees=[att(WORK, "MOREAU Julien"), att(RH, "RH Belvédère")], loc="Bureau direction"),
        tzs=("Romance Standard Time",)),
        uid))

    uid = "azur-interim-presentation-5532@azur-interim.fr"
    out.append(neg("agency-sends-candidate", "fr", cal("outlook", vev(
        uid, "Présentation candidat – poste Réceptionniste – Azur Intérim", R + "20261209T103000",
        R + "20261209T111500",
        desc=("Bonjour M. Moreau,\n\nComme convenu, nous vous présentons Mme Nadia Cherif pour votre poste de "
              "réceptionniste (renfort saison). Elle se présentera à l'hôtel à 10h30. Sa synthèse est jointe.\n\n"
              "Cordialement,\nJérôme Vasseur – Azur Intérim, agence de Nice"),
        organizer=org("j.vasseur@azur-interim.fr", "Jérôme Vasseur"),
        attendees=[att(WORK, "Julien Moreau")], loc="Hôtel Belvédère, Nice"), tzs=("Romance Standard Time",)),
        uid))

    uid = "creneau-saisonniers-weekly@hotel-belvedere-nice.fr"
    series = vev(uid, "Créneau entretiens saisonniers (réception / bagagerie)", R + "20270105T140000",
                 R + "20270105T160000",
                 desc="Bloqué pour recevoir les candidats saisonniers envoyés par France Travail et les écoles.",
                 organizer=org(WORK, "MOREAU Julien"), extra=["RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8"])
    moved = vev(uid, "Créneau entretiens saisonniers (réception / bagagerie)", R + "20270114T100000",
                R + "20270114T120000", desc="Décalé au jeudi matin (séminaire le mardi).",
                organizer=org(WORK, "MOREAU Julien"), seq=1, extra=[f"RECURRENCE-ID{R}20270112T140000"])
    out.append(neg("recurring-interview-slot", "fr", cal("outlook", series, moved, method="PUBLISH",
                                                         tzs=("Romance Standard Time",)), uid))
    return out


def other() -> list[Item]:
    """Given nothing returns the EN/DE/ES user-as-interviewer events (and a cancelled one)."""
    out: list[Item] = []
    uid = "040000008200E00074C5B7101A82E00800000000belv-cxl-yanis"
    out.append(neg("cancelled-candidate", "fr", cal("exchange", vev(
        uid, "Annulé : Entretien réceptionniste – Yanis B.", R + "20261215T110000", R + "20261215T113000",
        desc="Le candidat s'est désisté (a accepté un poste à Cannes).",
        organizer=org(WORK, "MOREAU Julien"),
        attendees=[att("yanis.benali.06@gmail.com", "Yanis Benali")], status="CANCELLED", seq=1),
        method="CANCEL", tzs=("Romance Standard Time",)),
        uid))

    uid = "recruitee-belv-int-40017@recruitee.com"
    out.append(neg("as-interviewer-ats", "en", cal("recruitee", vev(
        uid, "Interview: Paula Schmidt – Front Desk Agent (summer season)", P + "20261216T093000",
        P + "20261216T100000",
        desc=("Interviewers: Julien Moreau\nCandidate: Paula Schmidt\nStage: Interview\nOpen the candidate profile "
              "in Recruitee to see her CV and scorecard.\n\n" + meet("blv-pau-sch")),
        organizer=org(RH, "Hôtel Belvédère HR"),
        attendees=[att(WORK, "Julien Moreau"), att("paula.schmidt@web.de", "Paula Schmidt")]),
        tzs=("Europe/Paris",)),
        uid))

    uid = "night-audit-evans-0112@hotel-belvedere-nice.fr"
    out.append(neg("as-interviewer", "en", cal("outlook", vev(
        uid, "Interview – Night Auditor candidate (Mark Evans)", R + "20261212T220000", R + "20261212T224500",
        desc=("Mark, thanks for coming in late so you can see the night shift. I'll walk you through the audit "
              "routine and then we'll talk. Julien Moreau, Front Office Manager"),
        organizer=org(WORK, "Julien Moreau"),
        attendees=[att("mark.evans88@hotmail.co.uk", "Mark Evans")], loc="Hôtel Belvédère – front desk"),
        tzs=("Romance Standard Time",)),
        uid))

    uid = "trial-shift-tomasz@hotel-belvedere-nice.fr"
    out.append(neg("trial-shift-host", "en", cal("google", vev(
        uid, "Trial shift – night audit (Tomasz K.) – I supervise", ":20261219T230000", ":20261220T030000",
        desc="Tomasz shadows the audit with me, then runs the end-of-day himself. Decide Monday with Corinne.",
        status=None), method="PUBLISH", head=("X-WR-CALNAME:Julien – travail", "X-WR-TIMEZONE:Europe/Paris")),
        uid))

    uid = "belv-training-structured-int@hotel-belvedere-nice.fr"
    out.append(neg("interviewer-training", "en", cal("outlook", vev(
        uid, "Interviewer training: running a structured interview (Belvédère managers)", R + "20261217T140000",
        R + "20261217T160000",
        desc=("For all heads of department who interview candidates: scoring grid, legal do's and don'ts, "
              "avoiding bias. Trainer: HR.\n\n" + teams("YmVsdtrain")),
        organizer=org(RH, "HR Belvédère"),
        attendees=[att(WORK, "Julien Moreau"), att("p.lucas@hotel-belvedere-nice.fr", "LUCAS Pierre")]),
        tzs=("Romance Standard Time",)),
        uid))

    uid = "intern-iut-lucas-martin@hotel-belvedere-nice.fr"
    out.append(neg("as-interviewer-student", "en", cal("outlook", vev(
        uid, "Internship interview – Lucas Martin (IUT Nice, hospitality)", R + "20261218T100000",
        R + "20261218T103000",
        desc=("Hi Lucas, as agreed with your tutor, here is your interview slot for the reception internship "
              "(April–June). I'll be interviewing you with our head receptionist. Julien"),
        organizer=org(WORK, "Julien Moreau"),
        attendees=[att("lucas.martin@etu.univ-cotedazur.fr", "Lucas Martin"),
                   att("karima.ait@hotel-belvedere-nice.fr", "Karima Ait")]), tzs=("Romance Standard Time",)),
        uid))

    uid = "belv-praktikum-weber-teams@hotel-belvedere-nice.fr"
    out.append(neg("as-interviewer", "de", cal("outlook", vev(
        uid, "Vorstellungsgespräch Praktikum Rezeption – Jonas Weber", R + "20261210T160000", R + "20261210T163000",
        desc=("Hallo Jonas,\nwie besprochen unser Gespräch für das Praktikum an der Rezeption im Hôtel Belvédère "
              "(Sommer 2027). Ich freue mich!\nJulien Moreau, Front Office Manager\n\n" + teams("amwebBelv", "de")),
        organizer=org(WORK, "Julien Moreau"),
        attendees=[att("jonas.weber@stud.hs-kempten.de", "Jonas Weber")]), tzs=("Romance Standard Time",)),
        uid))

    uid = "B7E5A3C1-grille-nachtaudit"
    out.append(neg("scorecard", "de", cal("apple", vev(
        uid, "Bewertungsbogen ausfüllen – Kandidaten Nachtaudit (Evans, K.)", P + "20261221T090000",
        P + "20261221T093000", desc="Für Corinne bis Montagmittag, danach Absage/Zusage schicken.",
        status=None), method=None, tzs=("Europe/Paris",)),
        uid))

    uid = "belv-gouvernante-jury@hotel-belvedere-nice.fr"
    out.append(neg("panel-member", "de", cal("outlook", vev(
        uid, "Auswahlgespräch stellv. Hausdame – Frau Keller (Jury: Direktion, J. Moreau)", R + "20261222T100000",
        R + "20261222T110000",
        desc=("Die Kandidatin spricht nur Deutsch und Englisch, daher führt Julien das Gespräch mit. Bitte "
              "Bewertung direkt danach an HR."),
        organizer=org(RH, "HR Belvédère"),
        attendees=[att(DIR, "BELLANGER Corinne"), att(WORK, "MOREAU Julien"),
                   att("anja.keller@gmx.ch", "Anja Keller")], loc="Salon Baie des Anges"),
        tzs=("Romance Standard Time",)),
        uid))

    uid = "entrevista-recep-lopez@hotel-belvedere-nice.fr"
    out.append(neg("as-interviewer", "es", cal("outlook", vev(
        uid, "Entrevista candidata recepcionista – María López", R + "20261209T120000", R + "20261209T123000",
        desc=("Hola María:\nte confirmo la entrevista para el puesto de recepcionista en el Hôtel Belvédère. "
              "La haremos por videollamada en español y francés.\nUn saludo,\nJulien Moreau\n\n" + meet("blv-mar-lpz",
                                                                                                       "es")),
        organizer=org(WORK, "Julien Moreau"),
        attendees=[att("maria.lopez.recep@yahoo.es", "María López")]), tzs=("Romance Standard Time",)),
        uid))

    uid = "9A8B7C6D-nota-entrevistas"
    out.append(neg("as-interviewer-note", "es", cal("google", vev(
        uid, "Entrevistas recepcionistas (yo entrevisto) 10h / 11h / 14h", ":20261216T100000", ":20261216T143000",
        desc="Candidatos de la escuela de hostelería de Málaga, por vídeo.", status=None),
        method="PUBLISH", head=("X-WR-CALNAME:Julien", "X-WR-TIMEZONE:Europe/Paris")),
        uid))

    uid = "prueba-turno-noche-garcia@hotel-belvedere-nice.fr"
    out.append(neg("trial-shift-host", "es", cal("outlook", vev(
        uid, "Turno de prueba – candidato auditor nocturno (Álvaro García)", R + "20261223T230000",
        R + "20261224T030000",
        desc="Álvaro hace su turno de prueba conmigo; luego decidimos con la dirección.",
        organizer=org(WORK, "Julien Moreau"),
        attendees=[att("alvaro.garcia.hotel@gmail.com", "Álvaro García")], loc="Recepción – Hôtel Belvédère"),
        tzs=("Romance Standard Time",)),
        uid))
    return out


def items() -> list[Item]:
    """Given nothing returns every user-as-interviewer event."""
    return french() + other()
