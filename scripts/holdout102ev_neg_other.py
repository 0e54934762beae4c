"""holdout102: other negatives (mock, webinars, press, personal, internal, tutoring, references, prep)."""

from __future__ import annotations

from holdout102ev_ics import Ev, cal

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
PAR = ("Europe/Paris", "olson")
RST = ("Romance Standard Time", "windows")
CHU = "chu-bx-pellegrin-sante.fr"
HEAD = "CALSCALE:GREGORIAN\nX-WR-CALNAME:Camille\nX-WR-TIMEZONE:Europe/Paris"


def _g(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "", extra: str = "",
       allday: bool = False, method: str = "PUBLISH") -> str:
    """A Google Calendar event (hand-typed by the user unless `extra` adds organizer/attendees)."""
    if allday:
        times = f"DTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{end}"
    else:
        times = f"DTSTART;TZID=Europe/Paris:{start}\nDTEND;TZID=Europe/Paris:{end}"
    body = f"""BEGIN:VEVENT
{times}
DTSTAMP:20261119T201500Z
UID:{uid}
{extra}
CREATED:20261119T201500Z
DESCRIPTION:{desc}
LOCATION:{loc}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT"""
    return cal(body, GOOGLE, method=method, tz=None if allday else PAR, head=HEAD)


def _o(uid_tail: str, summary: str, start: str, end: str, org: str, att: str, desc: str, loc: str = "",
       method: str = "REQUEST", status: str = "CONFIRMED") -> str:
    body = f"""BEGIN:VEVENT
ORGANIZER;{org}
{att}
DESCRIPTION;LANGUAGE=fr-FR:{desc}
UID:040000008200E00074C5B7101A82E00800000000{uid_tail}
SUMMARY;LANGUAGE=fr-FR:{summary}
DTSTART;TZID=Romance Standard Time:{start}
DTEND;TZID=Romance Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261202T080000Z
TRANSP:OPAQUE
STATUS:{status}
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:{loc}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT"""
    return cal(body, OUTLOOK, method=method, tz=RST)


ME_ATT = f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Roux, Camille":mailto:camille.roux@{CHU}'


def events() -> list[Ev]:
    ev: list[Ev] = []

    def add(kind: str, ics: str, trap: str) -> None:
        ev.append(Ev(kind, ics, 0, trap=trap))

    add("mock-coach", _g(
        "h102-mock-coach@camille", "Simulation entretien cadre de santé avec Sophie (coach)", "20261205T100000",
        "20261205T113000", r"jeu de rôle : Sophie joue la directrice des soins. Préparer pitch 3 min + projet"
        r" managérial. 90€ la séance.", "visio",
        "ORGANIZER;CN=Sophie Dartigues Coaching:mailto:sophie.dartigues.coach@gmail.com"), "mock-coach-fr")
    add("mock-peer", _g(
        "h102-mock-julie@camille", "entraînement entretien IDEC avec Julie (questions pièges)", "20261206T180000",
        "20261206T190000", "chez Julie. elle fait la DRH"), "mock-peer-fr")
    web = r"""BEGIN:VEVENT
UID:livestorm-9a1b2c3d-webinaire-entretien-clinique@livestorm.co
DTSTAMP:20261125T120000Z
DTSTART:20261202T190000Z
DTEND:20261202T200000Z
SUMMARY:Webinaire : Réussir son entretien d'embauche en clinique privée
DESCRIPTION:Merci pour votre inscription ! Nos intervenantes (une DRH de clinique et une cadre de santé)
  partageront les questions les plus fréquentes en entretien d'embauche IDE\, et comment y répondre.\nLie
 n d'accès : https://app.livestorm.co/soignants-emploi/reussir-son-entretien\nSoignantsEmploi.fr
ORGANIZER;CN=SoignantsEmploi:mailto:webinar@soignants-emploi.fr
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
LOCATION:En ligne
END:VEVENT"""
    add("webinar-interview-tips", cal(web, "-//Livestorm//Livestorm//EN"), "webinar-fr")
    add("class-conduct-interview", _o(
        "8800BB99CC00DB01000000000000000010000000BB88CC99DD00EE11FF22003344556677",
        "Formation : Conduire un entretien de recrutement (jour 1/2)", "20270201T090000", "20270201T170000",
        f'CN="Formation continue CHU":mailto:formation.continue@{CHU}', ME_ATT,
        r"Module de formation continue destiné aux IDE référents et faisant fonction de cadre : cadre légal de"
        r" l'entretien de recrutement\, questions interdites\, grilles d'évaluation\, jeux de rôle.",
        "Centre de formation – salle 2"), "class-interviewing-fr")
    ur = r"""BEGIN:VEVENT
DTSTAMP:20261201T143000Z
UID:calendly-4b7e1c9a-2d36-4f80-b5a1-9c0e3d7f6b22
DTSTART:20261209T190000Z
DTEND:20261209T194500Z
SUMMARY:Camille Roux and Léonie Carrère
DESCRIPTION:Event Name: Interview utilisateur - appli de transmissions infirmières (45 min)\n\nLocation:
  https://meet.google.com/uzs-qwbe-kfo\n\nMerci de participer à notre recherche utilisateur ! Nous voulons
  comprendre comment vous faites vos transmissions en fin de poste. Un bon d'achat de 50 € vous sera env
 oyé après l'entretien.\nLéonie - UX Researcher\, Medisoins\n\nPowered by Calendly.com
ORGANIZER;CN=Léonie Carrère:mailto:leonie@medisoins.app
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
END:VEVENT"""
    add("user-research-interview", cal(ur, "-//Calendly//Calendly//EN"), "user-research-fr")
    add("press-interview", _g(
        "h102-sudouest@camille", "Interview Sud Ouest (journaliste M. Ribes) - journée des infirmières",
        "20270505T123000", "20270505T131500", r"validé par la com du CHU. Thème : les nuits en chirurgie."
        r" Photo possible.", "cafétéria CHU"), "press-fr")
    add("podcast", _g(
        "h102-podcast@camille", "Enregistrement podcast \"Blouses & Bavardages\" - interview Camille",
        "20270116T100000", "20270116T113000", r"épisode sur le tutorat des ESI. Studio à Saint-Michel.",
        "12 rue Camille Sauvageau",
        "ORGANIZER;CN=Blouses & Bavardages:mailto:blouses.bavardages@gmail.com"), "podcast-fr")
    doc = r"""BEGIN:VEVENT
UID:doctolib-appointment-58193307
DTSTAMP:20261120T080000Z
DTSTART;TZID=Europe/Paris:20261204T183000
DTEND;TZID=Europe/Paris:20261204T184500
SUMMARY:Rendez-vous avec Dr Julien Lefèvre - Médecin généraliste
DESCRIPTION:Consultation de médecine générale\nAdresse : 22 rue Fondaudège\, 33000 Bordeaux\nPour annuler
  ou déplacer votre rendez-vous : https://www.doctolib.fr/account/appointments
LOCATION:22 rue Fondaudège\, 33000 Bordeaux
END:VEVENT"""
    add("doctor-doctolib", cal(doc, "-//Doctolib//Doctolib//FR", method="PUBLISH", tz=PAR), "doctor-fr")
    add("bank", _g(
        "h102-banque@camille", "RDV conseillère banque - prêt immo (Mme Sarlat)", "20261212T100000",
        "20261212T110000", r"apporter 3 derniers bulletins de salaire + avis d'imposition. Simulation avec"
        r" changement d'employeur ?", "agence Gambetta"), "bank-fr")
    add("creche", _g(
        "h102-creche@camille", "Réunion d'adaptation crèche Les Petits Mousses (Léo)", "20270104T090000",
        "20270104T100000", "entretien d'accueil avec la directrice + la référente de Léo", "crèche Les Petits Mousses"),
        "creche-fr")
    nie = r"""BEGIN:VEVENT
UID:citaprevia-extranjeria-gipuzkoa-Y7731204
DTSTAMP:20261222T101000Z
DTSTART;TZID=Europe/Madrid:20270125T093000
DTEND;TZID=Europe/Madrid:20270125T094500
SUMMARY:Cita previa - Extranjería Gipuzkoa - Certificado de registro ciudadano UE (NIE)
DESCRIPTION:Oficina de Extranjería de Gipuzkoa\, Calle Oquendo 16\, Donostia. Presentar pasaporte o DNI\,
  formulario EX-18 y tasa 790-012 pagada.
LOCATION:Oficina de Extranjería\, Donostia-San Sebastián
END:VEVENT"""
    add("nie-appointment-es", cal(nie, "-//Sede Electrónica//Cita Previa//ES", method="PUBLISH",
                                  tz=("Europe/Madrid", "olson")), "personal-admin-es")
    add("releve-shift", _g("h102-releve@camille", "relève + garde matin chir B", "20261207T063000",
                           "20261207T143000", "", "CHU"), "shift-fr")
    add("night-shift", _g("h102-nuit@camille", "NUIT", "20261219", "20261220", allday=True), "night-shift-fr")
    add("staff-meeting", _o(
        "9900CC00DD11DB01000000000000000010000000CC99DD00EE11FF2200AA33BB44CC55DD",
        "Staff pluridisciplinaire chirurgie B", "20261208T133000", "20261208T143000",
        f'CN="Garnier, Florence":mailto:f.garnier@{CHU}', ME_ATT,
        r"Ordre du jour : sorties complexes\, lits d'aval\, point HAD.", "Salle de staff"), "internal-meeting-fr")
    add("appraisal", _o(
        "AA00DD11EE22DB01000000000000000010000000DD00EE11FF22003344556677889900AA",
        "Entretien professionnel annuel – Camille Roux", "20270122T100000", "20270122T110000",
        f'CN="Garnier, Florence":mailto:f.garnier@{CHU}', ME_ATT,
        r"Entretien annuel d'évaluation et entretien de formation. Merci de compléter votre auto-évaluation"
        r" (support DRH) avant l'entretien\, notamment vos souhaits d'évolution (parcours cadre).",
        "Bureau cadre"), "own-appraisal-fr")
    add("exit-interview", _o(
        "BB11EE22FF33DB01000000000000000010000000EE11FF22003344556677889900AABBCC",
        "Entretien de départ – Mme Camille Roux (fin de contrat 31/03)", "20270317T110000", "20270317T113000",
        f'CN="Bessière, Anne-Laure":mailto:al.bessiere@{CHU}', ME_ATT,
        r"Dans le cadre de votre départ\, la DRH souhaite recueillir votre retour sur votre parcours au CHU."
        r" Questionnaire confidentiel.", "DRH – bureau 12"), "own-exit-interview-fr")
    add("coffee-chat", _g(
        "h102-cafe-julie@camille", "Café avec Julie Estrade (IDEC HAD) - questions métier",
        "20261203T163000", "20261203T173000", r"pas un entretien ! juste comprendre le quotidien d'IDEC en HAD"
        r" et les astreintes avant de postuler", r"Café Piha\, Chartrons"), "informational-coffee-fr")
    add("job-fair", _g(
        "h102-salon@camille", "Forum emploi santé - Bordeaux Lac", "20270130", "20270131",
        r"stands cliniques\, EHPAD\, HAD. CV x 15 imprimés.", "Parc des expositions", allday=True), "job-fair-fr")
    add("reference-referee", _g(
        "h102-ref-lea@camille", "Appel référence pour Léa Martin - Clinique des Émailleurs (Limoges)",
        "20261216T124500", "20261216T130000", r"la cadre de Limoges m'appelle pour une référence sur Léa (ex-collègue"
        r" chir B). Dire du bien !!"), "reference-referee-fr")
    add("recruiter-no-employer", _g(
        "h102-talentis@camille", "Échange consultante Talentis Santé - opportunités IDEC Gironde", "20261204T131500",
        "20261204T133500", r"elle a \"plusieurs postes en EHPAD et HAD\"\, aucun nom de structure pour l'instant",
        "tel", "ORGANIZER;CN=Marine Talentis:mailto:m.ducasse@talentis-sante.fr"), "recruiter-no-employer-fr")
    add("prep-block", _g(
        "h102-prep-icas@camille", r"Préparer entretien ICAS (projet de soins\, questions management)",
        "20261217T200000", "20261217T220000", "relire projet d'établissement + rapport HAS"), "prep-block-fr")
    add("family-meeting", _g(
        "h102-famille-durand@camille", "Entretien famille M. Durand (ch. 12) avec l'interne", "20261209T160000",
        "20261209T163000", "retour à domicile / HAD ? fille + épouse", "Chir B"), "patient-family-fr")
    add("student-midterm", _o(
        "CC22FF3300AADB01000000000000000010000000FF220033AA44BB55CC66DD77EE88FF00",
        "Entretien de mi-stage – Lucas Bernadet (ESI 2e année)", "20261210T150000", "20261210T153000",
        f'CN="Lamaison, Pascale (formatrice IFSI)":mailto:p.lamaison@{CHU}', ME_ATT,
        r"Bilan de mi-stage avec l'étudiant\, sa formatrice référente et la tutrice de stage (C. Roux).",
        "Chir B – bureau IDE"), "student-tutoring-fr")
    add("own-occhealth-visit", _o(
        "DD330044BBCCDB01000000000000000010000000003300440055AA66BB77CC88DD99EE00",
        "Visite médicale périodique – Service de santé au travail du personnel", "20261221T084500",
        "20261221T091500", f'CN="SST du personnel":mailto:sst.personnel@{CHU}', ME_ATT,
        r"Visite d'information et de prévention périodique avec l'infirmière de santé au travail. Apporter votre"
        r" carnet de vaccination.", "SST – bâtiment Tastet-Girard"), "own-occhealth-visit-fr")
    add("post-hire-medical", _g(
        "h102-visite-embauche@camille", "Visite médicale d'embauche - Clinique des Chartrons", "20270323T090000",
        "20270323T093000", r"avant prise de poste le 3/04. Contrat signé !", "Clinique des Chartrons"),
        "post-hire-medical-fr")
    add("contract-signing", _g(
        "h102-contrat@camille", "Signature contrat CDI + visite d'intégration Chartrons", "20270226T170000",
        "20270226T180000", r"avec la RH (Laure)\, apporter RIB\, diplôme\, carte vitale"), "post-offer-contract-fr")
    add("hr-internal", _o(
        "EE44001155DDDB01000000000000000010000000440011552266337744885599AA00BB11",
        "RH – dossier démission / préavis", "20270219T113000", "20270219T120000",
        f'CN="Gestion du personnel Pôle Chirurgie":mailto:gp.chirurgie@{CHU}', ME_ATT,
        r"Rendez-vous pour la remise de votre lettre de démission et le calcul du préavis / solde de congés.",
        "DRH – guichet"), "internal-hr-fr")
    swiss = r"""BEGIN:VEVENT
UID:zoom-webinar-87120455391-swissnursing
DTSTAMP:20261126T090000Z
DTSTART:20261203T180000Z
DTEND:20261203T191500Z
SUMMARY:Webinar: Working as a nurse in Switzerland - diploma recognition\, interviews & salaries
DESCRIPTION:Hi Camille\,\nThank you for registering for "Working as a nurse in Switzerland". We'll cover
  SRK/CRS recognition\, how Swiss clinics run job interviews\, and cost of living in Geneva and Lausanne.\n
 Join from a PC\, Mac\, iPad\, or Android: https://us06web.zoom.us/w/87120455391\nSwiss Nursing Jobs Net
 work
ORGANIZER;CN=Swiss Nursing Jobs:mailto:no-reply@zoom.us
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
END:VEVENT"""
    add("webinar-en", cal(swiss, "-//zoom.us//iCalendar Event//EN"), "webinar-en")
    de = r"""BEGIN:VEVENT
UID:infusana-infoabend-2027-01@infusana.de
DTSTAMP:20261215T100000Z
DTSTART;TZID=Europe/Berlin:20270120T180000
DTEND;TZID=Europe/Berlin:20270120T190000
SUMMARY:Online-Infoabend: Karrierewege für Pflegekräfte in der Medizintechnik
DESCRIPTION:Liebe Interessierte\,\nwir stellen Karrierewege bei Infusana Medical vor (Clinical Specialist\,
  Schulung\, Vertrieb). Offene Fragerunde\, keine Bewerbung nötig.\nTeams-Link folgt am Vortag.
ORGANIZER;CN=Infusana Medical Employer Branding:mailto:karriere@infusana.de
ATTENDEE;CN=Camille Roux:mailto:camille.roux.ide@laposte.net
LOCATION:Online
END:VEVENT"""
    add("webinar-de", cal(de, "-//Infusana//Events//DE", tz=("Europe/Berlin", "olson")), "webinar-employer-de")
    add("skills-assessment", _g(
        "h102-bilan@camille", "Bilan de compétences - séance 3/6", "20261207T170000", "20261207T183000",
        r"tests de personnalité + entretien avec la conseillère (CPF)", r"Cabinet Orient'Action\, Talence"),
        "career-coaching-fr")
    etp = r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Paris:20261201T140000
DTEND;TZID=Europe/Paris:20261201T160000
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T130000Z
DTSTAMP:20261115T100000Z
UID:etp-entretiens-mardi-chirB@chu-bx-pellegrin-sante.fr
SUMMARY:Entretiens infirmiers d'éducation thérapeutique (ETP stomie)
DESCRIPTION:Entretiens individuels ETP avec les patients stomisés et leurs aidants.
LOCATION:Chir B – salle ETP
ORGANIZER;CN=Camille Roux:mailto:camille.roux@chu-bx-pellegrin-sante.fr
END:VEVENT"""
    add("recurring-patient-etp", cal(etp, OUTLOOK, method="PUBLISH", tz=PAR), "recurring-patient-interviews-fr")
    add("cancelled-internal", _o(
        "FF5500226677DB01000000000000000010000000550022660077AA88BB99CC00DD11EE22",
        "Annulé : Réunion cadre – planning d'été", "20270112T140000", "20270112T150000",
        f'CN="Garnier, Florence":mailto:f.garnier@{CHU}', ME_ATT, r"Réunion reportée à une date ultérieure.",
        "Salle de staff", method="CANCEL", status="CANCELLED"), "cancelled-internal-fr")
    add("ifcs-admission-oral", _g(
        "h102-ifcs-oral@camille", "Oral d'admission IFCS (institut de formation des cadres de santé)",
        "20270407T093000", "20270407T101000", r"jury de 3\, exposé du projet professionnel 10 min + 20 min"
        r" questions. Convocation + pièce d'identité.", "IFCS Bordeaux"), "school-admission-oral-fr")
    return ev
