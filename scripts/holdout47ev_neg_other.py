"""holdout47 event corpus: negatives other than hiring at the user's job (part 1): practice, classes, press,
personal appointments, the user's own reviews at work."""

from __future__ import annotations

from holdout47ev_boiler import gfooter, meet, zoom
from holdout47ev_ics import (
    APPLE,
    ATL,
    GOOGLE,
    ME,
    ME_CN,
    OUTLOOK,
    WORK,
    Ev,
    att,
    cal,
    esc,
    guid,
    hexid,
    org,
    outlook_uid,
)
from holdout47ev_neg_side import PYL, outlook_body

RST = "Romance Standard Time"


def _google(uid: str, org_line: str, atts: list[str], summary: str, start: str, end: str, d: str, loc: str,
            stamp: str) -> str:
    a = "\n".join(atts)
    return f"""BEGIN:VEVENT
{start}
{end}
DTSTAMP:{stamp}
{org_line}
UID:{uid}
{a}
CREATED:{stamp}
DESCRIPTION:{esc(d)}
LAST-MODIFIED:{stamp}
LOCATION:{loc}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{summary}
TRANSP:OPAQUE
END:VEVENT"""


def mock_coach() -> Ev:
    uid = f"{hexid('mock-coach')}@google.com"
    d = ("Bonjour Pierre-Yves,\n\nSéance 3 de votre accompagnement : simulation filmée d'un entretien de "
         "recrutement avec un DRH fictif, sur le modèle du poste de Responsable de programme chez Navalis Défense. "
         "Nous débrieferons la vidéo ensemble en fin de séance.\n\nVéronique Lestrade\nCap Carrière Conseil – "
         "coaching cadres" + gfooter("fr", ME))
    body = _google(uid, org("v.lestrade.coach@gmail.com", "Véronique Lestrade"),
                   [att("v.lestrade.coach@gmail.com", "Véronique Lestrade", style="g", ps="ACCEPTED", rsvp=False),
                    att(ME, ME, style="g", ps="ACCEPTED")],
                   "Simulation d'entretien – Pierre-Yves Le Gall", "DTSTART;TZID=Europe/Paris:20251001T180000",
                   "DTEND;TZID=Europe/Paris:20251001T193000", d, "Cap Carrière Conseil\\, 12 rue Jean Jaurès\\, "
                   "44600 Saint-Nazaire", "20250926T101500Z")
    return Ev("google-fr", cal(body, GOOGLE, tz=("Europe/Paris",)), uid, False,
              trap="mock-coach-names-target-company-fr")


def mock_en() -> Ev:
    uid = f"{hexid('mock-en')}@google.com"
    d = ("Practice run before your Caldera final! I'll play the CEO and grill you on the floating wind pipeline – "
         "in English, no French allowed :)\n\nSarah\n\n" + meet("en", "pwo-ecnt-jqa", "337 018 455")
         + gfooter("en", ME))
    body = _google(uid, org("sarah.k.hughes@gmail.com", "Sarah Hughes"),
                   [att("sarah.k.hughes@gmail.com", "Sarah Hughes", style="g", ps="ACCEPTED", rsvp=False),
                    att(ME, ME, style="g")],
                   "Mock interview (English) – practice with Sarah", "DTSTART:20251102T170000Z",
                   "DTEND:20251102T180000Z", d, "", "20251030T212000Z")
    return Ev("google-en", cal(body, GOOGLE), uid, False, trap="mock-friend-en")


def mock_de() -> Ev:
    uid = f"ZOOM{hexid('mock-de', 11)}"
    d = ("Deutschkurs B2 – Einzelstunde: Probeinterview auf Deutsch. Wir üben typische Fragen aus "
         "Vorstellungsgesprächen (Stärken/Schwächen, Gehaltsvorstellung) für Ihre Gespräche in Kiel.\n\n"
         + zoom("de", "Birgit Vogel", "839 0071 4426", "552019"))
    body = f"""BEGIN:VEVENT
DTSTAMP:20251027T080000Z
DTSTART;TZID=Europe/Berlin:20251030T183000
DTEND;TZID=Europe/Berlin:20251030T193000
SUMMARY:Probeinterview auf Deutsch – Einzelstunde
UID:{uid}
DESCRIPTION:{esc(d)}
LOCATION:https://us06web.zoom.us/j/83900714426?pwd=Qm552019RzZ0b1lQTkp3UT09
{org("b.vogel@sprachschule-vogel.de", "Birgit Vogel")}
END:VEVENT"""
    return Ev("zoom-de", cal(body, "-//zoom.us//iCalendar Event//EN", method="PUBLISH", tz=("Europe/Berlin",),
                             version_first=True), uid, False, trap="mock-language-class-de")


def webinar_fr() -> Ev:
    uid = f"livestorm-{guid('webinar-fr')}"
    d = ("Merci pour votre inscription !\n\nWebinaire : Réussir son entretien d'embauche en visio – les conseils "
         "de nos recruteurs\nOrganisé par Navijob, le site emploi des métiers de la mer\n\nRejoindre le webinaire : "
         "https://app.livestorm.co/navijob/reussir-son-entretien-en-visio?s=5b1c\n\nDurée : 45 min + questions")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251008T120000Z
DTSTART:20251016T110000Z
DTEND:20251016T120000Z
SUMMARY:Webinaire : Réussir son entretien d'embauche en visio
DESCRIPTION:{esc(d)}
LOCATION:https://app.livestorm.co/navijob/reussir-son-entretien-en-visio?s=5b1c
{org("events@navijob.fr", "Navijob")}
{att(ME, ME_CN, style="p")}
END:VEVENT"""
    return Ev("livestorm-fr", cal(body, "-//Livestorm//Livestorm Events//EN"), uid, False, trap="webinar-fr")


def class_fr() -> Ev:
    uid = f"{hexid('class-fr', 16)}@eventbrite.com"
    d = ("Atelier collectif « Préparer ses entretiens de recrutement » réservé aux cadres de plus de 45 ans en "
         "transition : pitch, questions pièges, négociation salariale. 12 participants maximum.\n\nAssociation "
         "Cadres Atlantique\n\nVotre billet : https://www.eventbrite.fr/mytickets/1128834401")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251002T093011Z
DTSTART:20251017T123000Z
DTEND:20251017T153000Z
SUMMARY:Atelier : Préparer ses entretiens de recrutement (cadres 45+)
DESCRIPTION:{esc(d)}
LOCATION:Maison des associations\\, 2 bis av. Albert de Mun\\, 44600 Saint-Nazaire
URL:https://www.eventbrite.fr/e/preparer-ses-entretiens-de-recrutement-tickets-1128834401
END:VEVENT"""
    return Ev("eventbrite-fr", cal(body, "-//Eventbrite//Event//EN", method="PUBLISH"), uid, False,
              trap="class-about-interviewing-fr")


def webinar_en() -> Ev:
    uid = f"ZOOMWEB{hexid('webinar-en', 10)}"
    d = ("Hi Pierre-Yves,\n\nThank you for registering for \"Interviewing for leadership roles in offshore wind\", "
         "hosted by the Global Offshore Wind Careers Network. Panellists: three heads of talent from developers "
         "and EPC contractors.\n\nPlease submit any questions in advance.\n\nJoin from PC, Mac, iPad or Android: "
         "https://us02web.zoom.us/w/85512349901?tk=Xq3b\nWebinar ID: 855 1234 9901\nPasscode: 770231")
    body = f"""BEGIN:VEVENT
DTSTAMP:20251013T140000Z
DTSTART:20251023T150000Z
DTEND:20251023T160000Z
SUMMARY:Webinar: Interviewing for leadership roles in offshore wind
UID:{uid}
DESCRIPTION:{esc(d)}
LOCATION:https://us02web.zoom.us/w/85512349901?tk=Xq3b
{org("no-reply@zoom.us", "Global Offshore Wind Careers Network")}
END:VEVENT"""
    return Ev("zoom-en", cal(body, "-//zoom.us//iCalendar Event//EN", method="PUBLISH", version_first=True), uid,
              False, trap="webinar-en")


def user_research() -> Ev:
    uid = f"{guid('ux-navisoft')}@calendly.com"
    d = ("Événement : Entretien utilisateur (45 min)\n\nMerci de participer à notre étude sur la planification des "
         "grands projets industriels ! Nous aimerions comprendre comment vous suivez vos jalons et vos sous-"
         "traitants. Aucune préparation nécessaire. Un bon d'achat de 50 € vous sera envoyé après la session.\n\n"
         "Camille Durand – UX Researcher, Navisoft\n\nLien visio : https://meet.google.com/rku-fgnb-zte")
    body = f"""BEGIN:VEVENT
DTSTAMP:20251103T100000Z
DTSTART:20251107T090000Z
DTEND:20251107T094500Z
UID:{uid}
SUMMARY:Entretien utilisateur – étude Navisoft entre Camille Durand et Pierre-Yves Le Gall
DESCRIPTION:{esc(d)}
LOCATION:https://meet.google.com/rku-fgnb-zte
{org("camille.durand@navisoft.io", "Camille Durand")}
{att(ME, ME_CN, style="p", ps="ACCEPTED", rsvp=False)}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calendly-fr", cal(body, "-//Calendly//Calendly//EN"), uid, False, trap="user-research-interview-fr")


def press_fr() -> Ev:
    uid = outlook_uid("press-echo")
    d = ("Bonjour Pierre-Yves,\n\nComme évoqué, L'Écho de l'Estuaire souhaite t'interviewer (20 min) sur la mise à "
         "l'eau du Cap Ferret et la suite du programme. Je serai présente ; éléments de langage en PJ.\n\n"
         "Anaïs Rouxel\nCommunication – Chantiers Atlantide")
    atts = [att(WORK, PYL), att("m.legoff@echo-estuaire.fr", "Maxime Le Goff (L'Écho de l'Estuaire)")]
    body = outlook_body(uid, org("anais.rouxel@" + ATL, "Rouxel, Anaïs"), atts,
                        "Interview presse L'Écho de l'Estuaire – mise à l'eau du Cap Ferret", RST, "20251015T110000",
                        "20251015T113000", "Forme Joubert – quai d'armement", d, "20251010T075000Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="press-interview-fr")


def podcast_fr() -> Ev:
    uid = f"{hexid('podcast')}@google.com"
    d = ("Salut Pierre-Yves,\n\nEnregistrement de l'épisode 12 de « Marins d'industrie » : interview d'environ "
         "40 minutes sur ton parcours de chef de projet dans la construction navale. Lien Riverside : "
         "https://riverside.fm/studio/marins-d-industrie?t=4b1e\nPrévois un casque filaire.\n\nBenjamin")
    body = _google(uid, org("benjamin.podcast.mer@gmail.com", "Benjamin Jouan"),
                   [att("benjamin.podcast.mer@gmail.com", "Benjamin Jouan", style="g", ps="ACCEPTED", rsvp=False),
                    att(ME, ME, style="g")],
                   "Enregistrement podcast « Marins d'industrie » – interview P-Y Le Gall",
                   "DTSTART;TZID=Europe/Paris:20251108T100000", "DTEND;TZID=Europe/Paris:20251108T113000", d,
                   "https://riverside.fm/studio/marins-d-industrie", "20251025T171700Z")
    return Ev("google-fr", cal(body, GOOGLE, tz=("Europe/Paris",)), uid, False, trap="podcast-interview-fr")


def doctor() -> Ev:
    uid = f"doctolib-{hexid('doctor', 16)}"
    d = ("Rendez-vous avec Dr Anne Le Floch – Médecin généraliste\nMotif : Consultation de suivi\n\nPensez à "
         "apporter votre carte Vitale.\nPour annuler ou déplacer : https://www.doctolib.fr/account/appointments")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251006T180211Z
DTSTART;TZID=Europe/Paris:20251013T081500
DTEND;TZID=Europe/Paris:20251013T083000
SUMMARY:Rendez-vous avec Dr Anne Le Floch
DESCRIPTION:{esc(d)}
LOCATION:14 avenue de la République\\, 44600 Saint-Nazaire
END:VEVENT"""
    return Ev("doctolib-fr", cal(body, "-//Doctolib//Doctolib Calendar//FR", method="PUBLISH", tz=("Europe/Paris",)),
              uid, False, trap="doctor-appointment-fr")


def bank() -> Ev:
    uid = guid("bank", upper=True)
    body = f"""BEGIN:VEVENT
CREATED:20251001T120455Z
DTEND;TZID=Europe/Paris:20251011T103000
DTSTAMP:20251001T120501Z
DTSTART;TZID=Europe/Paris:20251011T093000
LAST-MODIFIED:20251001T120501Z
LOCATION:Banque de l'Estuaire – agence Pornichet
DESCRIPTION:Mme Tessier. Prêt travaux toiture + renégo taux. Apporter 3 derniers bulletins + avis d'impo
SEQUENCE:0
SUMMARY:RDV conseillère banque
TRANSP:OPAQUE
UID:{uid}
END:VEVENT"""
    return Ev("ios-fr", cal(body, APPLE, method=None, tz=("Europe/Paris/apple",), version_first=True), uid, False,
              trap="bank-appointment-fr")


def passport() -> Ev:
    uid = f"rdv-{hexid('passport', 12)}@rdv360.com"
    d = ("Votre rendez-vous est confirmé.\nPrestation : Dépôt de demande de passeport (1 personne)\nN° de "
         "pré-demande ANTS : 2F7K9QX3LM\nMerci de vous présenter 5 minutes avant avec les pièces justificatives.\n\n"
         "Mairie de Pornichet – service État civil")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250924T150000Z
DTSTART;TZID=Europe/Paris:20251018T094000
DTEND;TZID=Europe/Paris:20251018T100000
SUMMARY:Mairie de Pornichet - Dépôt de demande de passeport
DESCRIPTION:{esc(d)}
LOCATION:Hôtel de ville\\, 120 avenue de Mazy\\, 44380 Pornichet
END:VEVENT"""
    return Ev("booking-fr", cal(body, "-//RDV360//Agenda//FR", method="PUBLISH", tz=("Europe/Paris",)), uid, False,
              trap="admin-passport-fr")


def school() -> Ev:
    uid = f"{hexid('school')}@google.com"
    body = _google(uid, org(ME, ME), [], "Réunion parents-profs 4e B (Maël)",
                   "DTSTART;TZID=Europe/Paris:20251204T174500", "DTEND;TZID=Europe/Paris:20251204T193000",
                   "Collège Jules Verne. Voir prof de maths + prof principale (Mme Rivallain). Avec Sandrine.",
                   "Collège Jules Verne\\, Pornichet", "20251120T203000Z")
    return Ev("google-fr", cal(body, GOOGLE, method="PUBLISH", tz=("Europe/Paris",),
                               head="X-WR-CALNAME:Famille\nX-WR-TIMEZONE:Europe/Paris"), uid, False,
              trap="school-meeting-fr")


def internal_review() -> Ev:
    uid = outlook_uid("review-34")
    d = ("Revue mensuelle du programme navire 34 : avancement coque (bloc 12 à 18), écarts planning, risques "
         "fournisseurs propulsion, point budget.\n\nMerci à chaque pilote de lot de mettre à jour son tableau "
         "avant mercredi.\n\nPierre-Yves")
    atts = [att("alain.pennec@" + ATL, "Pennec, Alain"), att("fanny.lecorre@" + ATL, "Le Corre, Fanny"),
            att("sebastien.moal@" + ATL, "Moal, Sébastien")]
    body = outlook_body(uid, org(WORK, PYL), atts, "Revue de programme – navire 34 (jalon coque)", RST,
                        "20251023T140000", "20251023T160000", "Salle Brivet", d, "20251006T071500Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="internal-meeting-fr")


def own_appraisal() -> Ev:
    uid = outlook_uid("appraisal")
    d = ("Pierre-Yves,\n\nComme chaque année, notre entretien annuel d'évaluation : bilan des objectifs 2025 "
         "(programme 34, livraison du 31), objectifs 2026, souhaits d'évolution. Le support est à remplir dans "
         "SuccessFactors avant l'entretien.\n\nAlain")
    body = outlook_body(uid, org("alain.pennec@" + ATL, "Pennec, Alain"), [att(WORK, PYL)],
                        "Entretien annuel d'évaluation – P-Y Le Gall / A. Pennec", RST, "20251210T100000",
                        "20251210T113000", "Bureau A. Pennec", d, "20251117T090200Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="own-appraisal-fr")


def entretien_pro() -> Ev:
    uid = outlook_uid("entretien-pro")
    d = ("Bonjour Pierre-Yves,\n\nConformément à l'article L.6315-1 du Code du travail, je te propose ton entretien "
         "professionnel (état des lieux récapitulatif à 6 ans) : formations suivies, certifications, perspectives "
         "d'évolution professionnelle au sein des Chantiers.\n\nJulie Evenou – RRH")
    body = outlook_body(uid, org("julie.evenou@" + ATL, "Evenou, Julie"), [att(WORK, PYL)],
                        "Entretien professionnel (bilan 6 ans) – Pierre-Yves Le Gall", RST, "20251202T140000",
                        "20251202T150000", "Bureau RH 2.04", d, "20251112T103300Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="own-entretien-professionnel-fr")


def coffee_fr() -> Ev:
    uid = f"{hexid('coffee-fr')}@google.com"
    body = _google(uid, org(ME, ME), [], "Café Julien Garo (Navalis)", "DTSTART;TZID=Europe/Paris:20250920T100000",
                   "DTEND;TZID=Europe/Paris:20250920T110000",
                   "Ancien collègue, chef de projet chez Navalis Défense depuis 2022. Pas un entretien : comprendre "
                   "l'organisation de la direction des programmes et l'ambiance avant l'appel RH.",
                   "Café du Port\\, Lorient", "20250915T194500Z")
    return Ev("google-fr", cal(body, GOOGLE, method="PUBLISH", tz=("Europe/Paris",),
                               head="X-WR-CALNAME:py.legall@wanadoo.fr\nX-WR-TIMEZONE:Europe/Paris"), uid, False,
              trap="informational-coffee-names-company-fr")


EVENTS = (mock_coach, mock_en, mock_de, webinar_fr, class_fr, webinar_en, user_research, press_fr, podcast_fr,
          doctor, bank, passport, school, internal_review, own_appraisal, entretien_pro, coffee_fr)
