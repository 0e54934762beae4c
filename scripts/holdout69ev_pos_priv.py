"""holdout69: the user's own interviews with private care employers, clinics and agencies (FR, some EN)."""

from __future__ import annotations

from holdout69ev_boiler import alt_desc, meet_fr, teams_fr, webex_fr, zoom_en
from holdout69ev_ics import (
    ME_FREE,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_IOS,
    PRODID_OUTLOOK,
    Ev,
    att,
    calendar,
    esc,
    org,
    outlook_tail,
    tz_apple,
    tz_windows_eastern,
)

BOREAL = "Résidences Boréal"
FLEUVE = "Résidence Les Jardins du Fleuve"


def _google(uid: str, start: str, end: str, stamp: str, organizer: str, attendees: list[str], summary: str,
            desc: str, location: str = "") -> str:
    ev = [
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"DTSTAMP:{stamp}",
        organizer,
        "UID:" + uid,
        *attendees,
        f"CREATED:{stamp}",
        "DESCRIPTION:" + esc(desc),
        f"LAST-MODIFIED:{stamp}",
        "LOCATION:" + esc(location),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:" + esc(summary),
        "TRANSP:OPAQUE",
    ]
    return calendar(PRODID_GOOGLE, [ev])


def boreal_workable() -> Ev:
    uid = "wk-itv-4c7e19a2b6d84f0e@residencesboreal.workable.com"
    desc = (
        "Bonjour Sophie,\n\nVous êtes invitée à une entrevue pour le poste de Directrice des soins infirmiers – "
        "Résidence Boréal Laval.\n\nType : entrevue vidéo (Google Meet)\nDurée : 45 minutes\n"
        "Participants : Francine Côté (directrice générale, Résidence Boréal Laval) et Mathieu Roussel "
        "(directeur des opérations cliniques, Résidences Boréal)\n\n"
        "Lien : https://meet.google.com/qbx-tmva-ure\n\n"
        "Pour reporter, répondez à ce courriel.\n\nL'équipe Talent de Résidences Boréal\n"
        "Envoyé via Workable"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250924T134455Z",
        "DTSTART:20251001T140000Z",
        "DTEND:20251001T144500Z",
        "SUMMARY:" + esc("Entrevue : Directrice des soins infirmiers – Résidences Boréal"),
        "DESCRIPTION:" + esc(desc),
        "LOCATION:https://meet.google.com/qbx-tmva-ure",
        "ORGANIZER;CN=Résidences Boréal:mailto:interviews@residencesboreal.workablemail.com",
        att(ME_FREE, "Sophie Tremblay"),
        att("francine.cote@residencesboreal.ca", "Francine Côté"),
        att("mathieu.roussel@residencesboreal.ca", "Mathieu Roussel"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    ]
    return Ev("workable", uid, calendar("-//Workable//Workable Calendar 1.0//EN", [ev]), 1, BOREAL,
              "Directrice des soins infirmiers – Résidence Boréal Laval", "hiring_manager",
              "francine.cote@residencesboreal.ca;mathieu.roussel@residencesboreal.ca", "workable-video-fr")


def boreal_final() -> Ev:
    uid = "0r5k2b8v1m7n3q9c4h6t0j2l5e@google.com"
    desc = (
        "Bonjour Sophie,\n\nComme promis, voici l'invitation pour la dernière étape : une rencontre finale avec "
        "Mathieu et moi, suivie d'une visite des étages de soins et d'un dîner avec l'équipe d'infirmières "
        "auxiliaires. Prévoyez environ 2 h 30.\n\nÀ vendredi!\n\nFrancine Côté\nDirectrice générale\n"
        "Résidence Boréal Laval"
    )
    atts = [
        att("mathieu.roussel@residencesboreal.ca", "Mathieu Roussel", partstat="ACCEPTED", extra="X-NUM-GUESTS=0"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca", extra="X-NUM-GUESTS=0"),
        att("francine.cote@residencesboreal.ca", "Francine Côté", partstat="ACCEPTED", rsvp=False,
            extra="X-NUM-GUESTS=0"),
    ]
    text = _google(uid, "20251017T140000Z", "20251017T163000Z", "20251008T172214Z",
                   "ORGANIZER;CN=Francine Côté:mailto:francine.cote@residencesboreal.ca", atts,
                   "Visite de la résidence + rencontre finale – Sophie T. (DSI)", desc,
                   "Résidence Boréal Laval, 2900 boul. des Oiseaux, Laval, QC H7T 0A1")
    return Ev("google", uid, text, 1, BOREAL, "DSI", "final",
              "francine.cote@residencesboreal.ca;mathieu.roussel@residencesboreal.ca", "google-final-tour-fr")


def vitalis_meet() -> Ev:
    uid = "7m2c9x4q1v8b3n0k5r6t2h9s4f@google.com"
    desc = (
        "Bonjour Sophie,\n\nTel que discuté avec Audrey, voici l'invitation pour notre entrevue. Je suis "
        "directrice des opérations cliniques chez Groupe Santé Vitalis (nos 9 cliniques de vaccination et de "
        "santé-voyage). On parlera du poste de coordonnatrice clinique et de la supervision des infirmières "
        "des cliniques de la Rive-Sud.\n\nStéphanie\n\n" + meet_fr("vfz-qpke-hdw")
    )
    atts = [
        att(ME_FREE, "sophie.tremblay88@videotron.ca", extra="X-NUM-GUESTS=0"),
        att("snadeau@gsvitalis.com", "Stéphanie Nadeau", partstat="ACCEPTED", rsvp=False, extra="X-NUM-GUESTS=0"),
    ]
    text = _google(uid, "20251120T171500Z", "20251120T180000Z", "20251114T154732Z",
                   "ORGANIZER;CN=Stéphanie Nadeau:mailto:snadeau@gsvitalis.com", atts,
                   "Sophie Tremblay <> GSV – Coordonnatrice clinique", desc)
    return Ev("google-meet", uid, text, 1, "Groupe Santé Vitalis", "Coordonnatrice clinique",
              "hiring_manager", "snadeau@gsvitalis.com", "google-meet-abbrev-domain-fr")


def les_saules_ios() -> Ev:
    uid = "9F0C3D21-84B7-4E6A-B1F2-5C7E0A39D4B8"
    ev = [
        "CREATED:20251103T021754Z",
        "DTEND;TZID=America/Toronto:20251110T170000",
        "DTSTAMP:20251103T021811Z",
        "DTSTART;TZID=America/Toronto:20251110T160000",
        "LAST-MODIFIED:20251103T021811Z",
        "LOCATION:Clinique médicale Les Saules\\n455 rue des Saules\\, Longueuil QC",
        "SEQUENCE:0",
        "SUMMARY:Entrevue GMF Les Saules – coordonnatrice clinique",
        "DESCRIPTION:avec Dr Patrice Ouellet (médecin responsable)\\ngarderie: demander à maman de chercher Léa",
        "TRANSP:OPAQUE",
        "UID:" + uid,
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=455 rue des Saules\\, Longueuil QC J4K 2T9;"
        "X-APPLE-RADIUS=70.5;X-TITLE=Clinique médicale Les Saules:geo:45.531822,-73.510447",
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    ]
    text = calendar(PRODID_IOS, [ev], method=None, tz=tz_apple(), head=["CALSCALE:GREGORIAN"])
    return Ev("ios", uid, text, 1, "Clinique médicale Les Saules", "coordonnatrice clinique", "",
              "Patrice Ouellet", "ios-handtyped-structured-location-fr")


def horizon_breezy() -> Ev:
    uid = "breezy-5f2a0c91e7b3-20250930@breezy.hr"
    desc = (
        "Bonjour Sophie!\n\nMerci d'avoir postulé chez Soins à domicile Horizon. Vous rencontrerez Marc-André "
        "Tessier, fondateur et président, pour discuter du poste de Coordonnatrice des soins (équipe de "
        "Laval-Nord, 14 infirmières et infirmières auxiliaires).\n\n"
        "Lieu : nos bureaux, 1800 boul. Le Corbusier, bureau 204, Laval\n\n"
        "Pour modifier votre rendez-vous : https://soins-horizon.breezy.hr/p/cand/5f2a0c91e7b3/interview\n\n"
        "Propulsé par Breezy HR"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20250925T190402Z",
        "DTSTART:20250930T170000Z",
        "DTEND:20250930T180000Z",
        "SUMMARY:" + esc("Entrevue avec Soins à domicile Horizon – Coordonnatrice des soins"),
        "DESCRIPTION:" + esc(desc),
        "LOCATION:" + esc("1800 boul. Le Corbusier, bureau 204, Laval"),
        "ORGANIZER;CN=Soins à domicile Horizon:mailto:notifications@breezy-mail.com",
        att(ME_FREE, "Sophie Tremblay"),
        att("marc-andre@soinshorizon.ca", "Marc-André Tessier"),
    ]
    return Ev("breezy", uid, calendar("-//Breezy HR//Interview Scheduler//EN", [ev]), 1,
              "Soins à domicile Horizon", "Coordonnatrice des soins", "", "marc-andre@soinshorizon.ca",
              "breezy-founder-fr")


def fleuve_agency() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000C1D0E3F5A84BDC0100000000000000001000000038F2A6B9D0C14E77"
    desc = (
        "Bonjour Sophie,\n\nTel que convenu, voici la confirmation de ton entrevue avec notre client, la "
        "Résidence Les Jardins du Fleuve (RPA de 240 unités à Lévis), pour le poste de directrice adjointe des "
        "soins.\n\nTu rencontreras Mme Diane Poulin, directrice générale, et M. Jean Lachance, directeur des "
        "soins. Je ne serai pas présente à l'entrevue; appelle-moi dès que tu sors!\n\n"
        "Adresse : 1250 chemin du Fleuve, Lévis (stationnement à l'arrière, entrée des visiteurs).\n\n"
        "Karine Ménard\nConseillère principale en recrutement – Santé\nGroupe Médi-Talents\n418 555-0147"
    )
    ev = [
        org("kmenard@meditalents.ca", "Ménard, Karine"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=fr-CA:Entrevue chez Les Jardins du Fleuve – Directrice adjointe des soins (S. Tremblay)",
        "DTSTART;TZID=Eastern Standard Time:20251105T100000",
        "DTEND;TZID=Eastern Standard Time:20251105T113000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251029T203318Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:1250 chemin du Fleuve\\, Lévis",
        *outlook_tail(),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(alt_desc(desc)),
    ]
    return Ev("outlook-agency", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1, FLEUVE,
              "Directrice adjointe des soins", "", "Diane Poulin;Jean Lachance", "agency-names-employer-fr")


def fleuve_agency_screen() -> Ev:
    uid = "2d8s5k1x9m4c7v0b3q6n2t8r1g@google.com"
    desc = (
        "Bonjour Sophie,\n\nMerci d'avoir répondu si vite! Lors de cet appel de qualification, je te présenterai "
        "notre client, la Résidence Les Jardins du Fleuve à Lévis, et le poste de directrice adjointe des soins. "
        "On validera ton permis, ton expérience de gestion et tes attentes.\n\nKarine Ménard – Groupe Médi-Talents"
        "\n\n" + meet_fr("hwn-ubgc-zra", pin="905 331 226")
    )
    atts = [
        att(ME_FREE, "sophie.tremblay88@videotron.ca", extra="X-NUM-GUESTS=0"),
        att("kmenard@meditalents.ca", "Karine Ménard", partstat="ACCEPTED", rsvp=False, extra="X-NUM-GUESTS=0"),
    ]
    text = _google(uid, "20251021T160000Z", "20251021T163000Z", "20251017T141926Z",
                   "ORGANIZER;CN=Karine Ménard:mailto:kmenard@meditalents.ca", atts,
                   "Appel de qualification – Sophie Tremblay / poste DAS (client : Les Jardins du Fleuve)", desc)
    return Ev("google-meet", uid, text, 1, FLEUVE, "directrice adjointe des soins",
              "recruiter_screen", "kmenard@meditalents.ca", "agency-screen-names-client-fr")


def ovalia_bookings() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000E85A1C2F3B66DC0100000000000000001000000091D4F7A0B3E2C858"
    desc = (
        "Bonjour Sophie Tremblay,\n\nVotre réservation auprès de Clinique de fertilité Ovalia est confirmée.\n\n"
        "Service : Entrevue – Infirmière-chef, procréation assistée\n"
        "Membre du personnel : Josiane Lamarre (directrice des soins)\n"
        "Date : lundi 8 décembre 2025, 08 h 00 – 08 h 45 (heure de l'Est)\n\n"
        "Gérer la réservation : https://outlook.office365.com/owa/calendar/CliniqueOvaliaRecrutement@ovalia.ca/"
        "bookings/s/Ntq3b1R0Y0mQ\n\n" + teams_fr("447 126 830 915", "Vb3mC8", tollfree=False)
    )
    ev = [
        org("CliniqueOvaliaRecrutement@ovalia.ca", "Clinique Ovalia - Recrutement"),
        att(ME_FREE, "Sophie Tremblay"),
        att("josiane.lamarre@ovalia.ca", "Josiane Lamarre"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=fr-CA:Entrevue – Infirmière-chef\\, procréation assistée",
        "DTSTART;TZID=Eastern Standard Time:20251208T080000",
        "DTEND;TZID=Eastern Standard Time:20251208T084500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251201T222511Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams",
        *outlook_tail(),
        "X-MICROSOFT-CDO-BOOKINGS:TRUE",
    ]
    return Ev("bookings", uid, calendar(PRODID_EXCHANGE, [ev], tz=tz_windows_eastern()), 1,
              "Clinique de fertilité Ovalia", "Infirmière-chef, procréation assistée", "",
              "josiane.lamarre@ovalia.ca", "ms-bookings-teams-fr")


def sedna_teams() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F0E1D2C3B4A59687"
    desc = (
        "Bonjour Sophie,\n\nMerci pour ton intérêt pour le poste d'infirmière cheffe d'équipe en santé au travail "
        "chez Sedna. Je suis le directeur des services cliniques et je serai ton futur gestionnaire. On prendra "
        "45 minutes pour discuter de ton expérience et de nos mandats en entreprise (aéronautique, "
        "agroalimentaire).\n\nHugo Bélanger\nDirecteur, services cliniques\nGroupe Santé Sedna\n\n"
        + teams_fr("392 004 118 675", "Ab9wQ2")
    )
    ev = [
        org("hbelanger@santesedna.com", "Bélanger, Hugo"),
        att(ME_FREE, "Sophie Tremblay"),
        "DESCRIPTION;LANGUAGE=fr-CA:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=fr-CA:Sophie Tremblay – Infirmière cheffe d'équipe SST",
        "DTSTART;TZID=Eastern Standard Time:20251210T110000",
        "DTEND;TZID=Eastern Standard Time:20251210T114500",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251204T172045Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=fr-CA:Réunion Microsoft Teams",
        *outlook_tail(),
        "X-ALT-DESC;FMTTYPE=text/html:" + esc(alt_desc(desc)),
    ]
    return Ev("outlook-teams", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1,
              "Groupe Santé Sedna", "Infirmière cheffe d'équipe en santé au travail", "hiring_manager",
              "hbelanger@santesedna.com", "outlook-teams-brand-in-body-fr")


def azur_calendly() -> Ev:
    uid = "b4e1f7c0-9a2d-4c3b-8e6f-1d5a7c9e2b40@calendly.com"
    desc = (
        "Nom de l'événement : Entrevue – Infirmière-chef\n\n"
        "Lieu : Ceci est un appel téléphonique. Lina Haddad vous appellera au +1 514-555-0183\n\n"
        "Questions :\nPoste visé\nInfirmière-chef – Clinique Azur Dermatologie (Laval)\n"
        "Disponibilité pour débuter\nFévrier 2026\n\n"
        "Besoin d'apporter des modifications à cet événement ?\n"
        "Annuler : https://calendly.com/cancellations/b4e1f7c0-9a2d-4c3b-8e6f-1d5a7c9e2b40\n"
        "Reprogrammer : https://calendly.com/reschedulings/b4e1f7c0-9a2d-4c3b-8e6f-1d5a7c9e2b40\n\n"
        "Propulsé par Calendly.com"
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20260109T134001Z",
        "DTSTART:20260115T173000Z",
        "DTEND:20260115T180000Z",
        "SUMMARY:Entrevue – Infirmière-chef entre Lina Haddad et Sophie Tremblay",
        "DESCRIPTION:" + esc(desc),
        "LOCATION:+1 514-555-0183",
        "ORGANIZER;CN=Lina Haddad:mailto:lhaddad@cliniqueazur.ca",
        att(ME_FREE, "Sophie Tremblay", partstat="ACCEPTED", rsvp=False),
        att("lhaddad@cliniqueazur.ca", "Lina Haddad", partstat="ACCEPTED", rsvp=False),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]
    return Ev("calendly", uid, calendar("-//Calendly//Calendly Scheduler//EN", [ev]), 1,
              "Clinique Azur Dermatologie", "Infirmière-chef", "", "lhaddad@cliniqueazur.ca",
              "calendly-user-is-invitee-fr")


def cedres_hotmail() -> Ev:
    uid = "040000008200E00074C5B7101A82E0080000000055F0D1E2A39ADC0100000000000000001000000006B7C8D9E0F1A2B3"
    desc = (
        "Bonjour Sophie,\n\nSuite à notre conversation téléphonique, je vous propose de venir nous rencontrer au "
        "CHSLD Villa des Cèdres (privé conventionné, 96 lits) pour le poste de cheffe d'unité. Ma fille Josée "
        "Giguère, directrice des soins, sera avec nous. On pourra faire le tour des deux étages après.\n\n"
        "Robert Giguère\nPropriétaire\n450 555-0192"
    )
    ev = [
        org("robert.giguere57@hotmail.com", "Robert Giguère"),
        att(ME_FREE, "sophie.tremblay88@videotron.ca"),
        "DESCRIPTION:" + esc(desc),
        "UID:" + uid,
        "SUMMARY:Rencontre Sophie Tremblay - poste cheffe d'unité",
        "DTSTART;TZID=Eastern Standard Time:20251212T140000",
        "DTEND;TZID=Eastern Standard Time:20251212T153000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251206T011233Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION:CHSLD Villa des Cèdres\\, 88 rue des Cèdres\\, Saint-Eustache",
        *outlook_tail(),
    ]
    return Ev("outlookcom", uid, calendar(PRODID_EXCHANGE, [ev], tz=tz_windows_eastern()), 1,
              "CHSLD Villa des Cèdres", "cheffe d'unité", "", "robert.giguere57@hotmail.com;Josée Giguère",
              "freemail-owner-fr")


def hydro_workday() -> Ev:
    uid = "WD-INTERVIEW-R0028841-C118207-1@myworkday.com"
    desc = (
        "Bonjour Sophie,\n\nVotre entrevue pour le poste Infirmière en santé au travail – conseillère "
        "(R0028841) chez Hydro-Laurentide est confirmée.\n\n"
        "Intervieweur : Sébastien Caron, chef – Santé et mieux-être au travail\n"
        "Durée : 60 minutes\n\n" + webex_fr("2634 118 9051", "Hl2026!sst", "hydrolaurentide")
        + "\n\nCeci est un message généré par Workday. Merci de ne pas y répondre."
    )
    ev = [
        "UID:" + uid,
        "DTSTAMP:20260112T160811Z",
        "DTSTART:20260120T190000Z",
        "DTEND:20260120T200000Z",
        "SUMMARY:" + esc("Entrevue : Infirmière en santé au travail – conseillère (R0028841)"),
        "DESCRIPTION:" + esc(desc),
        "LOCATION:Webex",
        "ORGANIZER;CN=Hydro-Laurentide Recrutement:mailto:hydrolaurentide@myworkday.com",
        att(ME_FREE, "Sophie Tremblay"),
        att("sebastien.caron@hydrolaurentide.com", "Sébastien Caron"),
        "STATUS:CONFIRMED",
    ]
    return Ev("workday", uid, calendar("-//Workday//Workday Recruiting//FR", [ev]), 1, "Hydro-Laurentide",
              "Infirmière en santé au travail – conseillère", "hiring_manager",
              "sebastien.caron@hydrolaurentide.com", "workday-webex-fr")


def maplecrest_agency() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000D6E7F8091A2BDC01000000000000000010000000C4D5E6F708192A3B"
    desc = (
        "Hi Sophie,\n\nGreat news – Maple Crest Long-Term Care in Cornwall would like to meet you for the "
        "Director of Care role. You'll be speaking with Linda Harper, Administrator, by video (link below, hosted "
        "by Maple Crest). I'll give you a quick call 15 minutes before to prep.\n\nBest,\nRyan Cole\n"
        "Senior Consultant, Healthcare Leadership\nBridgeway Health Recruitment\n\n"
        + zoom_en("813 6604 2297", "Mc7dRq1Zt", who="Linda Harper")
    )
    ev = [
        org("ryan.cole@bridgewayhr.ca", "Cole, Ryan"),
        att(ME_FREE, "Sophie Tremblay"),
        att("linda.harper@maplecrestltc.ca", "Harper, Linda", quote=True),
        "DESCRIPTION;LANGUAGE=en-US:" + esc(desc),
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:Interview: Maple Crest LTC – Director of Care (Sophie Tremblay)",
        "DTSTART;TZID=Eastern Standard Time:20251203T110000",
        "DTEND;TZID=Eastern Standard Time:20251203T120000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20251127T185340Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Zoom",
        *outlook_tail(),
    ]
    return Ev("outlook-agency", uid, calendar(PRODID_OUTLOOK, [ev], tz=tz_windows_eastern()), 1,
              "Maple Crest Long-Term Care", "Director of Care", "hiring_manager", "linda.harper@maplecrestltc.ca",
              "agency-names-employer-en")


def events() -> list[Ev]:
    return [
        boreal_workable(), boreal_final(), vitalis_meet(), les_saules_ios(), horizon_breezy(), fleuve_agency(),
        fleuve_agency_screen(), ovalia_bookings(), sedna_teams(), azur_calendly(), cedres_hotmail(),
        hydro_workday(), maplecrest_agency(),
    ]
