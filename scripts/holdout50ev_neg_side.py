"""holdout50: negatives with Amélie Dufour on the hiring side at Biscuiterie Delvaux (she interviews)."""

from __future__ import annotations

from holdout50ev_ics import ME, UTC1, WORK, att, cal, desc, lbl, org, teams, tz, zoom

BXL = "Europe/Brussels"
HR = "recrutement@delvaux-biscuits.be"
OUTLOOK_UID = "040000008200E00074C5B7101A82E00800000000{}DC01000000000000000010000000{}"


def _ev(kind: str, uid: str, props: list[str], prodid: str = "outlook", method: str | None = "REQUEST",
        zone: str | None = "Romance Standard Time") -> tuple[str, str, list[dict[str, str]]]:
    zones = [tz(zone, outlook=zone != BXL)] if zone else []
    return (kind, cal([[f"UID:{uid}", "DTSTAMP:20251001T080000Z", *props]], prodid, method=method, zones=zones),
            [lbl(uid, 0, trap=kind)])


def _rs(d: str, a: str, b: str, z: str = "Romance Standard Time") -> list[str]:
    return [f"DTSTART;TZID={z}:{d}T{a}", f"DTEND;TZID={z}:{d}T{b}"]


def build() -> list[tuple[str, str, list[dict[str, str]]]]:
    out = []
    k = "user-as-interviewer-kit-fr"
    out.append(_ev(k, OUTLOOK_UID.format("11AA22BB33CC44DD", "0001A2B3C4D5E6F70819A2B3C4D5E6F7"), [
        *_rs("20251008", "100000", "110000"),
        "SUMMARY;LANGUAGE=fr-BE:Entretien candidat : Julie Maes – Assistant(e) Marketing",
        org(HR, "Recrutement Delvaux", sent_by="n.wouters@delvaux-biscuits.be"),
        att(WORK, "Dufour, Amélie"), att("n.wouters@delvaux-biscuits.be", "Wouters, Nathalie"),
        desc("Bonjour Amélie,\n\nTu trouveras en pièce jointe le CV de Julie Maes et le kit d'entretien "
             "(grille de compétences + questions). Merci de remplir ta scorecard dans les 24 h.\n\n"
             "Nathalie – RH Biscuiterie Delvaux"),
        "LOCATION:Delvaux – Salle Spéculoos",
    ]))
    k = "user-as-interviewer-scorecard-fr"
    out.append(_ev(k, "delvaux-scorecard-reminder-4471@delvaux-biscuits.be", [
        *_rs("20251009", "090000", "091500", BXL),
        "SUMMARY:Scorecard à compléter : Julie Maes – Assistant(e) Marketing",
        org(HR, "Recrutement Delvaux"), att(WORK, "Amélie Dufour"),
        desc("Rappel : votre évaluation du candidat est attendue avant la réunion de debrief."),
    ], prodid="google", zone=BXL))
    k = "user-as-interviewer-debrief-fr"
    out.append(_ev(k, OUTLOOK_UID.format("22BB33CC44DD55EE", "0002B3C4D5E6F708192A3B4C5D6E7F80"), [
        *_rs("20251017", "140000", "143000"),
        "SUMMARY;LANGUAGE=fr-BE:Debrief candidats Assistant(e) Marketing",
        org("n.wouters@delvaux-biscuits.be", "Wouters, Nathalie"), att(WORK, "Dufour, Amélie"),
        att("p.janssens@delvaux-biscuits.be", "Janssens, Pierre"),
        desc("On fait le tour des 4 candidats vus cette semaine (Maes, Lenoir, Haddad, Peeters) et on décide "
             "qui passe au 2e tour."),
    ]))
    k = "user-as-interviewer-panel-fr"
    out.append(_ev(k, OUTLOOK_UID.format("33CC44DD55EE66FF", "0003C4D5E6F708192A3B4C5D6E7F8091"), [
        *_rs("20251022", "093000", "123000"),
        "SUMMARY;LANGUAGE=fr-BE:Jury d'entretiens – Stage Brand Marketing 2026",
        org(HR, "Recrutement Delvaux"), att(WORK, "Dufour, Amélie"),
        att("p.janssens@delvaux-biscuits.be", "Janssens, Pierre"),
        att("salle.cacao@delvaux-biscuits.be", "Salle Cacao", cutype="ROOM", role="NON-PARTICIPANT"),
        desc("Jury : Amélie Dufour (Brand Manager) et Pierre Janssens (Head of Marketing).\n09h30 Lucas "
             "Dumont – ICHEC\n10h30 Sarah Benali – Solvay\n11h30 Tom Verbeke – UCLouvain"),
        "LOCATION:Salle Cacao",
    ]))
    k = "user-as-interviewer-shadowing-en"
    out.append(_ev(k, "shadow-7781@delvaux-biscuits.be", [
        *_rs("20251023", "150000", "160000", BXL),
        "SUMMARY:Shadowing: Amélie interviews for Junior Brand Manager (Lucas observes)",
        org(WORK, "Amélie Dufour"), att("l.michel@delvaux-biscuits.be", "Lucas Michel"),
        desc("Lucas, you'll sit in on my interview with candidate Emma Clarke to learn our interview "
             "process. Stay silent, take notes on the scorecard, we debrief afterwards."),
    ], prodid="google", zone=BXL))
    k = "user-as-interviewer-calendly-host-fr"
    out.append(("user-as-interviewer-calendly-host-fr", cal([[
        "UID:evt_c4b2d9e1a07f4a55@calendly.com", "DTSTAMP:20251010T120000Z",
        "DTSTART:20251014T120000Z", "DTEND:20251014T123000Z",
        "SUMMARY:Sarah Janssens et Amélie Dufour",
        org(WORK, "Amélie Dufour"), att("sarah.janssens93@gmail.com", "Sarah Janssens", ps="ACCEPTED"),
        desc("Type d'événement : Entretien – Stage Marketing Delvaux (30 min)\n\nNom de l'invité : Sarah "
             "Janssens\nE-mail de l'invité : sarah.janssens93@gmail.com\nQuestions : Pourquoi Delvaux ? "
             "→ « J'adore vos spéculoos ! »\n\n" + zoom("fr", "871 2290 4411") + "\n\nPropulsé par Calendly.com"),
    ]], "-//Calendly//Calendly//EN"), [lbl("evt_c4b2d9e1a07f4a55@calendly.com", 0, trap=k)]))
    k = "user-as-interviewer-agency-candidate-fr"
    out.append(_ev(k, "talentis-rdv-20251020-delvaux-5512", [
        *_rs("20251020", "110000", "120000", BXL),
        "SUMMARY:Candidat présenté par Talentis : Marc Dewulf – Assistant Marketing",
        org("v.hermans@talentis.be", "Valérie Hermans – Talentis Consulting"), att(WORK, "Amélie Dufour"),
        desc("Chère Amélie,\n\nComme convenu, Marc Dewulf se présentera chez Delvaux pour l'entretien. Son CV "
             "et ma note de synthèse sont en annexe.\n\nValérie Hermans – Talentis Consulting"),
        "LOCATION:Biscuiterie Delvaux\\, accueil",
    ], prodid="-//Talentis//CRM//FR", zone=BXL))
    k = "user-as-interviewer-freemail-candidate-fr"
    out.append(_ev(k, OUTLOOK_UID.format("44DD55EE66FF7700", "0004D5E6F708192A3B4C5D6E7F8091A2"), [
        f'DTSTART;TZID="{UTC1}":20251015T100000', f'DTEND;TZID="{UTC1}":20251015T110000',
        "SUMMARY;LANGUAGE=fr-BE:Entretien – poste Assistant(e) Marketing – Biscuiterie Delvaux",
        org(WORK, "Dufour, Amélie"), att("thomas.lenoir@hotmail.com", "Thomas Lenoir"),
        desc("Bonjour Thomas,\n\nJe vous confirme notre entretien pour le poste d'Assistant Marketing. Merci de "
             "vous présenter à l'accueil, Rue de l'Industrie 21, 1400 Nivelles.\n\nAmélie Dufour\nBrand "
             "Manager – Biscuiterie Delvaux SA"),
        "LOCATION:Biscuiterie Delvaux\\, Nivelles",
    ], zone=UTC1))
    k = "user-as-interviewer-handtyped-fr"
    out.append(_ev(k, "9D8C7B6A-5F4E-4D3C-2B1A-0F9E8D7C6B5A", [
        *_rs("20251024", "160000", "164500", BXL), "SUMMARY:entretien candidate stage - Noor (visio)",
    ], prodid="apple", method=None, zone=BXL))
    k = "user-as-interviewer-agency-pitch-fr"
    out.append(_ev(k, OUTLOOK_UID.format("55EE66FF77008811", "0005E6F708192A3B4C5D6E7F8091A2B3"), [
        *_rs("20251029", "140000", "160000"),
        "SUMMARY;LANGUAGE=fr-BE:Pitch agences – appel d'offres packaging Spéculoos (Studio Brol)",
        org(WORK, "Dufour, Amélie"), att("hello@studiobrol.be", "Studio Brol"),
        att("p.janssens@delvaux-biscuits.be", "Janssens, Pierre"),
        desc("Studio Brol présente sa recommandation créative. Grille d'évaluation agences en annexe."),
    ]))
    k = "user-as-interviewer-teams-en"
    out.append(_ev(k, OUTLOOK_UID.format("66FF770088119922", "0006F708192A3B4C5D6E7F8091A2B3C4"), [
        *_rs("20251030", "110000", "114500"),
        "SUMMARY;LANGUAGE=en-GB:Interview - Brand Intern candidate Emma Clarke (video)",
        org(WORK, "Dufour, Amélie"), att("emma.clarke@student.kuleuven.be", "Emma Clarke"),
        desc("Hi Emma,\n\nLooking forward to our interview for the Brand Marketing internship at Delvaux.\n\n" +
             teams("en")),
    ]))
    k = "user-as-interviewer-second-round-fr"
    out.append(_ev(k, OUTLOOK_UID.format("77008811992200AA", "0007082A3B4C5D6E7F8091A2B3C4D5E6"), [
        *_rs("20251105", "090000", "100000"),
        "SUMMARY;LANGUAGE=fr-BE:Entretien 2e tour – Assistante Marketing – Claire Vos",
        org(HR, "Recrutement Delvaux", sent_by="n.wouters@delvaux-biscuits.be"),
        att(WORK, "Dufour, Amélie"), att("claire.vos@outlook.be", "Claire Vos"),
        desc("2e tour : Amélie Dufour (manager du poste) reçoit la candidate. Nathalie (RH) accueille."),
    ]))
    k = "user-as-interviewer-case-presentation-en"
    out.append(_ev(k, "delvaux-jbm-case-2025@delvaux-biscuits.be", [
        *_rs("20251112", "130000", "170000", BXL),
        "SUMMARY:Case presentations - Junior Brand Manager candidates (3)",
        org("p.janssens@delvaux-biscuits.be", "Pierre Janssens"), att(WORK, "Amélie Dufour"),
        desc("Each finalist presents the Delvaux Christmas range case to Amélie and me. Scoring sheet in "
             "the Recruiting folder."),
    ], prodid="google", zone=BXL))
    k = "user-as-interviewer-workday-en"
    out.append(_ev(k, "WD-DELVAUX-R-0331-INT-HADDAD", [
        "DTSTART:20251016T120000Z", "DTEND:20251016T124500Z",
        "SUMMARY:Interview Schedule: Inès Haddad for Trade Marketing Coordinator (R-0331)",
        org("delvaux@myworkday.com", "Delvaux Talent Acquisition"), att(WORK, "Amélie Dufour"),
        desc("You have been added as an interviewer.\nCandidate: Inès Haddad\nJob Requisition: Trade "
             "Marketing Coordinator (R-0331)\nPlease submit your interview feedback in Workday."),
    ], prodid="-//Workday//Workday Recruiting//EN", zone=None))
    k = "user-as-interviewer-calibration-fr"
    out.append(_ev(k, "calib-stages-2026@delvaux-biscuits.be", [
        *_rs("20251119", "160000", "170000", BXL),
        "SUMMARY:Calibration entretiens – stagiaires été 2026",
        org(HR, "Recrutement Delvaux"), att(WORK, "Amélie Dufour"),
        att("p.janssens@delvaux-biscuits.be", "Pierre Janssens"),
        desc("Harmoniser nos notes d'entretien avant les offres."),
    ], prodid="google", zone=BXL))
    k = "user-as-interviewer-recurring-hold-fr"
    out.append(_ev(k, "slots-entretiens-q4@delvaux-biscuits.be", [
        *_rs("20251007", "160000", "170000", BXL), "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6",
        "SUMMARY:Créneau entretiens candidats (bloqué)", org(WORK, "Amélie Dufour"),
        desc("Bloqué pour les entretiens Assistant Marketing – ne pas réserver."), "TRANSP:OPAQUE",
    ], prodid="google", method=None, zone=BXL))
    k = "user-as-interviewer-phone-screen-fr"
    out.append(_ev(k, OUTLOOK_UID.format("8811992200AABB33", "0008192A3B4C5D6E7F8091A2B3C4D5E6"), [
        *_rs("20251013", "083000", "090000"),
        "SUMMARY;LANGUAGE=fr-BE:Entretien téléphonique candidat – Julien R. (Assistant Marketing)",
        org(WORK, "Dufour, Amélie"),
        desc("J'appelle Julien Renard au 0486 55 21 09. CV dans Teams > Recrutement."),
    ]))
    k = "user-as-interviewer-prep-kit-fr"
    out.append(_ev(k, "grille-entretien-am@delvaux-biscuits.be", [
        *_rs("20251006", "140000", "150000", BXL),
        "SUMMARY:Préparer grille d'entretien Assistant Marketing + questions", org(WORK, "Amélie Dufour"),
    ], prodid="google", method=None, zone=BXL))
    k = "user-as-interviewer-es"
    out.append(_ev(k, "delvaux-es-brand-exec-ortega@delvaux-biscuits.be", [
        *_rs("20251027", "150000", "160000", BXL),
        "SUMMARY:Entrevista candidata – Brand Executive España – Lucía Ortega",
        org(WORK, "Amélie Dufour"), att("lucia.ortega.m@gmail.com", "Lucía Ortega"),
        desc("Hola Lucía:\n\nTe confirmo nuestra entrevista para el puesto de Brand Executive España en "
             "Biscuiterie Delvaux.\n\n" + zoom("es", "899 1200 3381")),
    ], prodid="google", zone=BXL))
    k = "user-as-interviewer-de"
    out.append(_ev(k, OUTLOOK_UID.format("99220AABB33CC44D", "0009A2B3C4D5E6F708192A3B4C5D6E7F"), [
        *_rs("20251106", "140000", "150000"),
        "SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch mit Kandidat – Key Account Marketing DACH",
        org(WORK, "Dufour, Amélie"), att("jonas.becker@gmx.de", "Jonas Becker"),
        desc("Hallo Herr Becker,\n\nich freue mich auf unser Gespräch zur Position Key Account Marketing "
             "DACH bei der Biscuiterie Delvaux.\n\n" + teams("de")),
    ]))
    k = "user-as-interviewer-jobfair-stand-fr"
    out.append(_ev(k, "delvaux-jobday-ichec@delvaux-biscuits.be", [
        "DTSTART;VALUE=DATE:20251120", "DTEND;VALUE=DATE:20251121",
        "SUMMARY:Job Day ICHEC – stand Delvaux (entretiens flash stagiaires)",
        org(HR, "Recrutement Delvaux"), att(WORK, "Amélie Dufour"),
        desc("Amélie et Nathalie tiennent le stand et mènent les mini-entretiens avec les étudiants."),
    ], prodid="google", zone=None))
    _ = ME
    return out
