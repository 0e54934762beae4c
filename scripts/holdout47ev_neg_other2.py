"""holdout47 event corpus: negatives other than hiring at the user's job (part 2): networking, references,
recruiters naming no employer, prep blocks, maintenance, school and talks."""

from __future__ import annotations

from holdout47ev_boiler import gfooter, meet, teams
from holdout47ev_ics import (
    APPLE,
    ATL,
    GOOGLE,
    ME,
    ME_CN,
    MOZ,
    OUTLOOK,
    OUTLOOK16,
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
from holdout47ev_neg_other import _google
from holdout47ev_neg_side import PYL, outlook_body

RST = "Romance Standard Time"


def coffee_en() -> Ev:
    uid = f"{hexid('coffee-en')}@google.com"
    d = ("Hi Pierre-Yves – happy to share what I learned in six years in floating wind (I left Caldera last "
         "spring). Informal chat, no agenda; bring your questions about how developers organise their programme "
         "offices.\n\nLucy\n\n" + meet("en", "tgz-hbwa-ocr", "604 221 378") + gfooter("en", ME))
    body = _google(uid, org("lucy.barnes.uk@gmail.com", "Lucy Barnes"),
                   [att("lucy.barnes.uk@gmail.com", "Lucy Barnes", style="g", ps="ACCEPTED", rsvp=False),
                    att(ME, ME, style="g")], "Coffee chat – floating wind careers (Lucy / Pierre-Yves)",
                   "DTSTART:20251012T160000Z", "DTEND:20251012T163000Z", d, "", "20251008T120045Z")
    return Ev("google-en", cal(body, GOOGLE), uid, False, trap="informational-coffee-en")


def job_fair() -> Ev:
    uid = f"{hexid('fair', 16)}@eventbrite.com"
    d = ("Forum Emploi des Industries de la Mer 2025 : 60 exposants (chantiers, énergies marines, défense, "
         "équipementiers), conférences métiers, espace CV. Entrée libre sur inscription.\n\nVotre billet : "
         "https://www.eventbrite.fr/mytickets/1130977215")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251001T081000Z
DTSTART;VALUE=DATE:20251120
DTEND;VALUE=DATE:20251121
SUMMARY:Forum Emploi des Industries de la Mer – Saint-Nazaire
DESCRIPTION:{esc(d)}
LOCATION:Base sous-marine\\, boulevard de la Légion d'Honneur\\, 44600 Saint-Nazaire
URL:https://www.eventbrite.fr/e/forum-emploi-industries-de-la-mer-tickets-1130977215
TRANSP:TRANSPARENT
END:VEVENT"""
    return Ev("eventbrite-fr", cal(body, "-//Eventbrite//Event//EN", method="PUBLISH"), uid, False,
              trap="job-fair-allday-fr")


def reference_fr() -> Ev:
    uid = outlook_uid("ref-marchal")
    d = ("Bonjour Monsieur Le Gall,\n\nSophie Marchal, qui a travaillé sous votre responsabilité aux Chantiers "
         "Atlantide, nous a communiqué vos coordonnées comme référence pour le poste de Cheffe de projet "
         "qu'elle vise chez nous. Je vous appellerai au 02 40 00 71 36 ; une quinzaine de minutes suffira.\n\n"
         "Cordialement,\nDelphine Marec\nChargée de recrutement – Hélios Aéronaval")
    body = outlook_body(uid, org("delphine.marec@helios-aeronaval.fr", "Marec, Delphine"), [att(WORK, PYL)],
                        "Prise de références – Sophie Marchal", RST, "20251106T123000", "20251106T124500",
                        "Appel téléphonique", d, "20251103T161000Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="reference-call-user-is-referee-fr")


def reference_en() -> Ev:
    uid = f"{hexid('ref-kerr', 24)}@greenhouse.io"
    d = ("Hi Pierre-Yves,\n\nDavid Kerr has listed you as a referee for the Senior Planner role at Tidewater Marine. "
         "Thanks for agreeing to a short call – about 15 minutes on how you worked together on the ferry programme."
         "\n\nBest,\nHannah Pryce\nTalent Acquisition, Tidewater Marine")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251118T100500Z
DTSTART:20251120T120000Z
DTEND:20251120T121500Z
SUMMARY:Reference check – David Kerr
DESCRIPTION:{esc(d)}
LOCATION:Phone – Hannah will call +33 6 71 38 22 90
{org("hannah.pryce@tidewatermarine.com", "Hannah Pryce")}
{att(ME, ME_CN, style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("greenhouse-en", cal(body, "-//Greenhouse Software//Greenhouse Recruiting//EN"), uid, False,
              trap="reference-call-user-is-referee-en")


def recruiter_no_employer_fr() -> Ev:
    uid = f"{hexid('marlin-conf')}@google.com"
    d = ("Bonjour Pierre-Yves,\n\nMerci pour votre retour. Comme indiqué sur LinkedIn, je vous appelle pour vous "
         "présenter une mission confidentielle : direction de programme chez un acteur majeur du naval de défense, "
         "dont je ne peux pas encore vous communiquer le nom à ce stade.\n\nAntoine Lerebours\nMarlin Executive "
         "Search – Paris" + gfooter("fr", ME))
    body = _google(uid, org("a.lerebours@marlinsearch.com", "Antoine Lerebours"),
                   [att("a.lerebours@marlinsearch.com", "Antoine Lerebours", style="g", ps="ACCEPTED", rsvp=False),
                    att(ME, ME, style="g")], "Échange Marlin Executive Search / Pierre-Yves Le Gall",
                   "DTSTART;TZID=Europe/Paris:20251009T123000", "DTEND;TZID=Europe/Paris:20251009T130000", d,
                   "Téléphone", "20251006T151100Z")
    return Ev("google-fr", cal(body, GOOGLE, tz=("Europe/Paris",)), uid, False,
              trap="recruiter-call-no-employer-fr")


def recruiter_no_employer_en() -> Ev:
    uid = f"{guid('anchor-talent')}@calendly.com"
    d = ("Event Name: 20 min intro call\n\nInvitee: Pierre-Yves Le Gall\nInvitee Email: py.legall@wanadoo.fr\n\n"
         "Questions:\nWhat would you like to discuss?\nThe confidential Programme Director opportunity (offshore "
         "wind, France) you messaged me about.\n\nAnchor Talent – energy & marine executive search")
    body = f"""BEGIN:VEVENT
DTSTAMP:20251024T082015Z
DTSTART:20251028T073000Z
DTEND:20251028T075000Z
UID:{uid}
SUMMARY:Pierre-Yves Le Gall and Rebecca Shaw
DESCRIPTION:{esc(d)}
LOCATION:Rebecca will call you
{org("rebecca.shaw@anchortalent.co.uk", "Rebecca Shaw")}
{att(ME, ME_CN, style="p", ps="ACCEPTED", rsvp=False)}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("calendly-en", cal(body, "-//Calendly//Calendly//EN"), uid, False, trap="recruiter-call-no-employer-en")


def prep_fr() -> Ev:
    uid = guid("prep-navalis", upper=True)
    body = f"""BEGIN:VEVENT
CREATED:20251005T210110Z
DTEND;TZID=Europe/Paris:20251008T120000
DTSTAMP:20251005T210144Z
DTSTART;TZID=Europe/Paris:20251008T103000
LAST-MODIFIED:20251005T210144Z
DESCRIPTION:Relire dossier frégates + rapport annuel. Préparer 3 exemples (dérive planning bloc 12\\,
  litige sous-traitant\\, recrutement équipe). Questions pour M. Le Bihan.
SEQUENCE:0
SUMMARY:Préparation entretien Navalis
TRANSP:OPAQUE
UID:{uid}
END:VEVENT"""
    return Ev("ios-fr", cal(body, APPLE, method=None, tz=("Europe/Paris/apple",), version_first=True), uid, False,
              trap="prep-block-names-company-fr")


def prep_en() -> Ev:
    uid = guid("prep-caldera")
    body = f"""BEGIN:VEVENT
CREATED:20251101T193000Z
LAST-MODIFIED:20251101T193000Z
DTSTAMP:20251101T193000Z
UID:{uid}
SUMMARY:Prep: Caldera final – slides on programme office set-up
DTSTART;TZID=Europe/Paris:20251103T193000
DTEND;TZID=Europe/Paris:20251103T213000
DESCRIPTION:Finish 5 slides. Rehearse 10-min pitch in English. Check Morag Campbell's interviews online.
TRANSP:OPAQUE
X-MOZ-GENERATION:1
END:VEVENT"""
    return Ev("thunderbird-en", cal(body, MOZ, method=None, tz=("Europe/Paris",)), uid, False,
              trap="prep-block-names-company-en")


def bilan() -> Ev:
    uid = f"{hexid('bilan')}@google.com"
    d = ("Séance 4/6 du bilan de compétences (financement CPF) : restitution des tests d'intérêts professionnels "
         "et pistes de métiers. Apporter le carnet de bord.\n\nCabinet Orientis – Morgane Le Dantec, psychologue du "
         "travail")
    body = _google(uid, org("contact@orientis-conseil.fr", "Cabinet Orientis"),
                   [att(ME, ME, style="g", ps="ACCEPTED")], "Bilan de compétences – séance 4/6",
                   "DTSTART;TZID=Europe/Paris:20251015T173000", "DTEND;TZID=Europe/Paris:20251015T190000", d,
                   "Cabinet Orientis\\, 8 rue de la Paix\\, 44000 Nantes", "20250915T101000Z")
    return Ev("google-fr", cal(body, GOOGLE, tz=("Europe/Paris",)), uid, False, trap="career-coaching-fr")


def networking_es() -> Ev:
    uid = f"{hexid('otero')}@google.com"
    d = ("Hola Pierre-Yves:\n\nEncantado de charlar un rato sobre cómo está el mercado de la eólica marina en "
         "España y Portugal. No hay ningún proceso abierto en mi empresa ahora mismo, pero te cuento quién se mueve "
         "en el sector.\n\nJavier Otero\n\n" + meet("es", "ysd-kpmu-wqe", "770 215 983") + gfooter("es", ME))
    body = _google(uid, org("javier.otero.b@gmail.com", "Javier Otero"),
                   [att("javier.otero.b@gmail.com", "Javier Otero", style="g", ps="ACCEPTED", rsvp=False),
                    att(ME, ME, style="g")], "Charla Javier / Pierre-Yves – sector eólico marino",
                   "DTSTART;TZID=Europe/Madrid:20251029T190000", "DTEND;TZID=Europe/Madrid:20251029T193000", d, "",
                   "20251027T090300Z")
    return Ev("google-es", cal(body, GOOGLE, tz=("Europe/Madrid",)), uid, False, trap="informational-call-es")


def boiler() -> Ev:
    uid = guid("chaudiere", upper=True)
    body = f"""BEGIN:VEVENT
CREATED:20250930T081500Z
DTEND;TZID=Europe/Paris:20251027T120000
DTSTAMP:20250930T081512Z
DTSTART;TZID=Europe/Paris:20251027T080000
LAST-MODIFIED:20250930T081512Z
DESCRIPTION:Contrat n° 55-20931. Technicien passe entre 8h et 12h. Laisser accès garage.
SEQUENCE:0
SUMMARY:Entretien chaudière – Thermi'Ouest
TRANSP:TRANSPARENT
UID:{uid}
END:VEVENT"""
    return Ev("ios-fr", cal(body, APPLE, method=None, tz=("Europe/Paris/apple",), version_first=True), uid, False,
              trap="entretien-means-maintenance-fr")


def shaft_maintenance() -> Ev:
    uid = outlook_uid("ligne-arbre")
    d = ("Arrêt technique du navire 31 en forme Joubert : entretien et contrôle de la ligne d'arbre bâbord, "
         "remplacement des joints de tube d'étambot. Présence requise des pilotes mécanique et essais.\n\nPierre-Yves")
    atts = [att("goulven.abgrall@" + ATL, "Abgrall, Goulven"), att("mecanique-bord@" + ATL, "Mécanique bord")]
    body = outlook_body(uid, org(WORK, PYL), atts, "Arrêt technique – entretien ligne d'arbre (navire 31)", RST,
                        "20251117T073000", "20251117T170000", "Forme Joubert", d, "20251103T140000Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="entretien-means-maintenance-work-fr")


def soutenance() -> Ev:
    uid = outlook_uid("soutenance-guerin")
    d = ("Madame, Monsieur,\n\nEn tant que tuteur entreprise, vous êtes membre du jury de soutenance du mémoire "
         "d'apprentissage de Léa Guérin (ingénieure en alternance, promotion 2025). Présentation 30 min, questions "
         "20 min, délibération 10 min.\n\nService des relations entreprises – École d'ingénieurs de Nantes\n\n"
         + teams("fr", "316 557 204 889", "Ua3rF6", "ZmE1NDZkODgtNGVjYi00"))
    atts = [att(WORK, PYL), att("lea.guerin@etu.ec-ingenieurs-nantes.fr", "Guérin, Léa")]
    body = outlook_body(uid, org("relations.entreprises@ec-ingenieurs-nantes.fr", "Relations Entreprises"), atts,
                        "Soutenance mémoire d'apprentissage – Léa Guérin (jury)", RST, "20250930T140000",
                        "20250930T150000", "Réunion Microsoft Teams", d, "20250915T093000Z")
    return Ev("outlook-fr", cal(body, OUTLOOK, tz=(RST,)), uid, False, trap="jury-thesis-defence-fr")


def round_table() -> Ev:
    uid = outlook_uid("table-ronde")
    d = ("Merci d'avoir accepté d'intervenir à la table ronde « Recruter et fidéliser les talents de la filière "
         "navale » (45 min, animée par Claire Douillard). Autres intervenants : un DRH d'équipementier et une "
         "responsable d'école. Arrivée 30 min avant pour le micro.\n\nL'équipe Seanergy Forum")
    body = outlook_body(uid, org("intervenants@seanergy-forum.fr", "Seanergy Forum"), [att(WORK, PYL)],
                        "Table ronde : recruter et fidéliser dans la filière navale", RST, "20251210T143000",
                        "20251210T151500", "Parc des expositions\\, Nantes – Salle 3", d, "20251120T101000Z")
    return Ev("outlook-fr", cal(body, OUTLOOK16, tz=(RST,)), uid, False, trap="panel-talk-speaker-fr")


def son_interview() -> Ev:
    uid = f"{hexid('mael-stage')}@google.com"
    body = _google(uid, org(ME, ME), [], "Accompagner Maël – entretien stage de 3e (garage Le Du)",
                   "DTSTART;TZID=Europe/Paris:20251108T090000", "DTEND;TZID=Europe/Paris:20251108T100000",
                   "Stage d'observation de 3e. Le patron (M. Le Du) veut le voir avant d'accepter. Déposer Maël et "
                   "attendre.", "Garage Le Du\\, route de Guérande\\, Pornichet", "20251104T201000Z")
    return Ev("google-fr", cal(body, GOOGLE, method="PUBLISH", tz=("Europe/Paris",),
                               head="X-WR-CALNAME:Famille\nX-WR-TIMEZONE:Europe/Paris"), uid, False,
              trap="family-member-interview-fr")


def lunch_weser() -> Ev:
    uid = guid("lunch-lecam", upper=True)
    body = f"""BEGIN:VEVENT
CREATED:20251022T122000Z
DTEND;TZID=Europe/Paris:20251025T140000
DTSTAMP:20251022T122010Z
DTSTART;TZID=Europe/Paris:20251025T123000
LAST-MODIFIED:20251022T122010Z
LOCATION:Le Skipper\\, Pornichet
DESCRIPTION:Yannick en vacances à La Baule. Lui demander comment ça se passe chez Weser Offshore depuis son
  arrivée à Bremerhaven\\, culture\\, télétravail.
SEQUENCE:0
SUMMARY:Déj Yannick Le Cam
TRANSP:OPAQUE
UID:{uid}
END:VEVENT"""
    return Ev("ios-fr", cal(body, APPLE, method=None, tz=("Europe/Paris/apple",), version_first=True), uid, False,
              trap="networking-lunch-names-company-fr")


EVENTS = (coffee_en, job_fair, reference_fr, reference_en, recruiter_no_employer_fr, recruiter_no_employer_en,
          prep_fr, prep_en, bilan, networking_es, boiler, shaft_maintenance, soutenance, round_table, son_interview,
          lunch_weser)
