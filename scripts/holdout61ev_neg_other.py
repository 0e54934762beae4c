"""holdout61 negatives around the job search: mocks, webinars, coffee chats, fairs, references, recruiters, prep."""

from __future__ import annotations

from holdout61ev_ics import (
    ME,
    ME_FREE,
    ME_WORK,
    att,
    cal,
    digits,
    hexid,
    item,
    meet,
    org,
    outlook_tail,
    outlook_uid,
    text,
    uuid,
    vevent,
    zoom,
)


def _neg(kind: str, ics: str, uid: str, trap: str = "") -> dict:
    return item(kind, ics, uid, 0, trap=trap or kind)


def _google(summary: str, body: str, start: str, end: str, organizer: tuple[str, str] | None,
            attendees: list[str], location: str = "", tz: str | None = "Europe/Paris") -> tuple[str, str]:
    uid = f"{hexid(26)}@google.com"
    prefix = f";TZID={tz}" if tz else ""
    when = (f"DTSTART{prefix}:{start}", f"DTEND{prefix}:{end}")
    ev = vevent(
        *when, "DTSTAMP:20260301T120000Z", org(*organizer) if organizer else "", f"UID:{uid}", *attendees,
        text("DESCRIPTION", body) if body else "", text("LOCATION", location) if location else "", "SEQUENCE:0",
        "STATUS:CONFIRMED", text("SUMMARY", summary), "TRANSP:OPAQUE")
    return cal([ev], "google", method="REQUEST" if organizer else "PUBLISH", tzs=(tz,) if tz else ()), uid


def _apple(summary: str, start: str, end: str, location: str = "", notes: str = "", allday: bool = False,
           prodid: str = "ios") -> tuple[str, str]:
    uid = uuid()
    if allday:
        when = (f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}")
    else:
        when = (f"DTSTART;TZID=Europe/Paris:{start}", f"DTEND;TZID=Europe/Paris:{end}")
    ev = vevent(
        "CREATED:20260301T080000Z", f"UID:{uid}", when[1], text("SUMMARY", summary), when[0],
        "DTSTAMP:20260301T080000Z", text("LOCATION", location) if location else "",
        text("DESCRIPTION", notes) if notes else "", "SEQUENCE:0")
    return cal([ev], prodid, method=None, tzs=() if allday else ("Europe/Paris",)), uid


def build() -> list[dict]:
    out = []
    ics, uid = _google(
        "Entretien blanc – simulation industrie (Nathalie)",
        "Simulation d'entretien pour un poste Assurance Qualité en industrie, dans les conditions réelles : "
        "questions comportementales + cas BPF. Debrief à chaud 20 min.\n\nNathalie Guérin\nConsultante – "
        "Cadres Avenir Aquitaine", "20260306T100000", "20260306T113000",
        ("n.guerin@cadres-avenir-aquitaine.fr", "Nathalie Guérin"), [att(ME_FREE, ME)],
        "Cadres Avenir Aquitaine, 40 cours de Verdun, Bordeaux")
    out.append(_neg("mock-fr", ics, uid, "mock-interview-coach-fr"))
    ics, uid = _google(
        "Mock MSL interview – practice w/ Aisha",
        "Aisha plays the hiring manager. 3 behavioural + 1 slide deck on a KOL mapping case. Be strict!",
        "20260308T100000Z", "20260308T110000Z", ("aisha.rahmani.pharma@gmail.com", "Aisha Rahmani"),
        [att(ME_FREE, ME), att("aisha.rahmani.pharma@gmail.com", "Aisha Rahmani", partstat="ACCEPTED", rsvp=False)],
        "https://meet.google.com/" + hexid(3) + "-" + hexid(4) + "-" + hexid(3), tz=None)
    out.append(_neg("mock-en", ics, uid, "mock-interview-friend-en"))
    ics, uid = _apple("Deutschkurs B2 – Rollenspiel Vorstellungsgespräch", "20260310T183000", "20260310T200000",
                      "Goethe-Zentrum Bordeaux", "Lektion 9: Vorstellungsgespräch üben (Rollenspiel zu zweit). "
                      "Hausaufgabe: Lebenslauf auf Deutsch.")
    out.append(_neg("language-class-de", ics, uid, "mock-roleplay-class-de"))
    url, zb = zoom("fr")
    uid = f"{hexid(20)}@zoom.us"
    ev = vevent(
        f"UID:{uid}", "DTSTAMP:20260302T090000Z", "DTSTART;TZID=Europe/Paris:20260319T123000",
        "DTEND;TZID=Europe/Paris:20260319T133000",
        text("SUMMARY", "Webinaire : Réussir ses entretiens dans l'industrie pharmaceutique"),
        text("DESCRIPTION", "Merci pour votre inscription au webinaire de l'association Pharmaciens & Industrie.\n"
                            "Au programme : les étapes d'un recrutement en laboratoire, les questions pièges, "
                            "témoignages de deux pharmaciens passés de l'hôpital à l'industrie.\n\n" + zb),
        text("LOCATION", url), org("no-reply@zoom.us", "Pharmaciens & Industrie"), att(ME_FREE, ME))
    out.append(_neg("webinar-fr", cal([ev], "-//Zoom Video Communications//Zoom Webinar//FR",
                                      tzs=("Europe/Paris",)), uid, "webinar-interviewing-fr"))
    ics, uid = _google(
        "Careers in Medical Affairs: landing your first MSL role (live)",
        "Thanks for registering! Panel: three MSLs and a Medical Director share how they moved from hospital "
        "pharmacy into Medical Affairs, and what interviewers look for.\n\nHosted by MAPN Europe.\n"
        "Join: https://events.mapn-europe.org/live/" + hexid(10), "20260402T160000Z", "20260402T170000Z",
        ("events@mapn-europe.org", "MAPN Europe Events"), [att(ME_FREE, ME)], tz=None)
    out.append(_neg("webinar-en", ics, uid, "webinar-careers-en"))
    uid = outlook_uid()
    ev = vevent(
        org("events@swisspharmacareers.ch", "Swiss Pharma Careers"), att(ME_FREE, "camille.dubois.nk@free.fr"),
        text("DESCRIPTION", "Vielen Dank für Ihre Anmeldung.\n\nWebinar: Bewerben in der Schweiz – Anerkennung "
                            "des Apothekerdiploms (MEBEKO), Bewerbungsunterlagen, typische Fragen im "
                            "Vorstellungsgespräch.\n\nDen Zugangslink erhalten Sie eine Stunde vor Beginn."),
        f"UID:{uid}", text("SUMMARY", "Webinar: Bewerben in der Schweiz für Apotheker/innen"),
        "DTSTART;TZID=W. Europe Standard Time:20260415T180000", "DTEND;TZID=W. Europe Standard Time:20260415T190000",
        "DTSTAMP:20260320T100000Z", text("LOCATION", "Online"), outlook_tail())
    out.append(_neg("webinar-de", cal([ev], "outlook", tzs=("W. Europe Standard Time",)), uid,
                    "webinar-application-switzerland-de"))
    uid = outlook_uid()
    ev = vevent(
        org("formation.continue@chu-bordeaux.fr", "Formation continue"), att(ME_WORK, "Dubois-Nkemelu, Camille"),
        text("DESCRIPTION", "Module « Conduire un entretien de recrutement » (DRH) : cadre réglementaire, "
                            "questions interdites, grille d'évaluation, mises en situation filmées.\nInscription "
                            "validée par votre encadrement."),
        f"UID:{uid}", text("SUMMARY", "Formation : conduire un entretien de recrutement"),
        "DTSTART;TZID=Romance Standard Time:20260407T090000", "DTEND;TZID=Romance Standard Time:20260407T170000",
        "DTSTAMP:20260305T100000Z", text("LOCATION", "IFSI Xavier Arnozan – salle 4"), outlook_tail())
    out.append(_neg("training-fr", cal([ev], "outlook", tzs=("Romance Standard Time",)), uid,
                    "class-recruiting-training-fr"))
    ics, uid = _google(
        "Café avec Julien Ravel – retour d'expérience MSL",
        "Julien (ancien co-interne, MSL chez Théralis depuis 2 ans) me raconte son quotidien. Pas un entretien, "
        "juste pour comprendre le métier.", "20260314T100000", "20260314T110000", None, [],
        "Café Piha, rue du Pas-Saint-Georges")
    out.append(_neg("coffee-chat-fr", ics, uid, "informational-coffee-fr"))
    url, mb = meet("en")
    ics, uid = _google(
        "Coffee chat – Priya Raman (Medical Affairs, Kestrel)",
        "Informal chat, no open role discussed – Priya offered to explain how Medical Affairs is organised in "
        "Swiss biotechs.\n\n" + mb, "20260302T170000", "20260302T173000", ("priya.raman@kestrelbio.com", "Priya Raman"),
        [att(ME_FREE, ME)], url, tz="Europe/Zurich")
    out.append(_neg("coffee-chat-en", ics, uid, "informational-coffee-en"))
    ics, uid = _apple("Forum emploi santé Nouvelle-Aquitaine", "20260328", "20260329", "Parc des expositions, "
                      "Bordeaux-Lac", "Stands pharmacie hospitalière + 3 labos. Amener 10 CV.", allday=True)
    out.append(_neg("job-fair-fr", ics, uid, "job-fair-allday-fr"))
    ics, uid = _google(
        "Salon virtuel – Recrutement international des pharmaciens (Québec)",
        "Salon virtuel réunissant des établissements de santé du Québec qui recrutent à l'international. "
        "Kiosques virtuels, séances d'information sur l'Ordre et le permis de travail.\n"
        "Accès : https://salon-pharmaciens-qc.example/live", "20260421T140000Z", "20260421T190000Z",
        ("inscriptions@salon-pharmaciens-qc.example", "Salon virtuel pharmaciens"), [att(ME_FREE, ME)], tz=None)
    out.append(_neg("job-fair-qc", ics, uid, "job-fair-virtual-qc"))
    uid = outlook_uid()
    ev = vevent(
        org("drh@cliniqueduparc-pau.fr", "Bergès, Nathalie"), att(ME_WORK, "Dubois-Nkemelu, Camille"),
        text("DESCRIPTION", "Bonjour Docteur,\n\nMme Élodie Marchand, préparatrice que vous avez encadrée au CHU, "
                            "a postulé chez nous et vous a citée comme référente. Je vous appellerai pour un "
                            "échange d'une quinzaine de minutes.\n\nNathalie Bergès – DRH, Clinique du Parc"),
        f"UID:{uid}", text("SUMMARY", "Prise de références – Élodie Marchand"),
        "DTSTART;TZID=Romance Standard Time:20260317T124500", "DTEND;TZID=Romance Standard Time:20260317T130000",
        "DTSTAMP:20260313T090000Z", text("LOCATION", "Téléphone"), outlook_tail())
    out.append(_neg("reference-referee-fr", cal([ev], "outlook", tzs=("Romance Standard Time",)), uid,
                    "reference-user-is-referee-fr"))
    ics, uid = _google(
        "Reference check: Thomas Nguyen (former intern) – call with Dr Dubois-Nkemelu",
        "Hi Dr Dubois-Nkemelu,\n\nThank you for agreeing to provide a reference for Thomas Nguyen, who is "
        "being considered for a clinical pharmacist role with one of our clients in Montréal. 15 minutes.\n\n"
        "Daniel Cho\nNorthbridge Health Recruitment", "20260331T130000Z", "20260331T131500Z",
        ("daniel.cho@northbridgehealth.ca", "Daniel Cho"), [att(ME_WORK, ME)], "Phone", tz=None)
    out.append(_neg("reference-referee-en", ics, uid, "reference-user-is-referee-en"))
    ics, uid = _google(
        "Échange avec Sophie Lamarre – Pharmaselect Conseil",
        "Bonjour Camille,\n\nSuite à votre profil sur LinkedIn, je souhaiterais échanger sur une opportunité "
        "confidentielle de pharmacien(ne) responsable pour l'un de nos clients en Nouvelle-Aquitaine. Je ne "
        "peux pas encore citer le nom du laboratoire.\n\nSophie Lamarre\nPharmaselect Conseil",
        "20260304T180000", "20260304T183000", ("s.lamarre@pharmaselect.fr", "Sophie Lamarre"),
        [att(ME_FREE, ME)], "Téléphone")
    out.append(_neg("recruiter-no-employer-fr", ics, uid, "recruiter-no-employer-fr"))
    ics, uid = _google(
        "Intro call – LifeScience Talent Partners",
        "Hi Camille, great to connect. I'd like to understand your background and what you're looking for; we "
        "work with several Medical Affairs teams in Switzerland and Belgium.\n\nBen Archer\nLifeScience Talent "
        "Partners", "20260305T120000Z", "20260305T123000Z", ("ben@lifesciencetalent.eu", "Ben Archer"),
        [att(ME_FREE, ME)], "https://lifesciencetalent.zoom.us/j/" + digits(11), tz=None)
    out.append(_neg("recruiter-no-employer-en", ics, uid, "recruiter-no-employer-en"))
    ics, uid = _apple("Préparer entretien Vernadet – BPF, ICH Q10, questions", "20260318T203000",
                      "20260318T220000", notes="Relire l'offre + rapport annuel. Préparer 3 exemples "
                      "(déviation, CAPA, audit). Questions à poser : équipe, télétravail.")
    out.append(_neg("prep-block-fr", ics, uid, "prep-block-names-employer-fr"))
    ics, uid = _apple("Prep: Kestrel onsite presentation (MSL slides)", "20260322T140000", "20260322T170000",
                      notes="15 slides max, oncology KOL map, rehearse timing x2", prodid="macos")
    out.append(_neg("prep-block-en", ics, uid, "prep-block-names-employer-en"))
    ics, uid = _google(
        "Bilan de compétences – séance 4", "Thème : projet professionnel hôpital vs industrie, restitution des "
        "tests d'intérêts.", "20260316T180000", "20260316T193000", ("c.arrighi@bilan-cap.fr", "Céline Arrighi"),
        [att(ME_FREE, ME)], "Cabinet Cap Bilan, 12 rue Judaïque, Bordeaux")
    out.append(_neg("career-coaching-fr", ics, uid, "career-coaching-fr"))
    return out
