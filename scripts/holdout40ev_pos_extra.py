"""holdout40: more of the user's own interviews, with tricky-but-fair wording (written blind)."""

# ruff: noqa: E501  (raw iCalendar content lines are data; the writer folds them)

from __future__ import annotations

from holdout40ev_ics import ME_HOME, MEET_EN, STAMP, TEAMS_EN, ZOOM_EN, Ev, att, boiler, cal, org

G = "-//Google Inc//Google Calendar 70.9054//EN"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
W = "GMT Standard Time"


def events() -> list[Ev]:
    me = att("Tom Gallagher", ME_HOME)
    e: list[Ev] = []
    e.append(Ev("pos-ulster-bank-not-employer", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000DD01EE02FF03AA0100000000000000001000000033330000CCCC0001
{STAMP}
DTSTART;TZID="{W}":20261209T143000
DTEND;TZID="{W}":20261209T153000
SUMMARY:Ulster Bank - interview - Financial Crime Risk Partner (NI)
{org("McGrath, Aine", "aine.mcgrath@natwest.com")}
{me}
{att("Kerr, Graham", "graham.kerr@natwest.com")}
DESCRIPTION:Hi Tom\\, confirming your interview with Graham Kerr (Head of Financial Crime Risk\\, Ulster Bank NI) and me (Talent Acquisition Partner\\, NatWest Group).{boiler(TEAMS_EN, "dWxzdGVy", "Ub7Nw2")}
END:VEVENT""", tz=(W,)), True, "Ulster Bank", "Financial Crime Risk Partner", "", ("aine.mcgrath@natwest.com", "graham.kerr@natwest.com"), "employer_name_like_own"))
    e.append(Ev("pos-candidate-wording", "en", cal("-//Greenhouse//Greenhouse Scheduling//EN", f"""BEGIN:VEVENT
UID:gh-sched-1c9e0f77b2a4@greenhouse.io
{STAMP}
DTSTART:20261210T100000Z
DTEND:20261210T104500Z
SUMMARY:Interview with candidate Tom Gallagher - Compliance Risk Analyst
{org("GoCardless Recruiting", "recruiting@gocardless.com")}
{me}
{att("Tariq Hussain", "tariq.hussain@gocardless.com")}
DESCRIPTION:Hi Tom\\,\\nYour interview at GoCardless is confirmed. Interviewer: Tariq Hussain\\, Compliance Risk Manager.{boiler(ZOOM_EN, "6120397742", "gcl4")}
END:VEVENT"""), True, "GoCardless", "Compliance Risk Analyst", "", ("tariq.hussain@gocardless.com",), "candidate_wording"))
    e.append(Ev("pos-informal-chat-first-stage", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261112T120000Z
DTEND:20261112T123000Z
{STAMP}
{org("Hayley Morton", "hayley.morton@lseg.com")}
UID:3ed5rf7tg9yh1uj3ik5ol7pa9@google.com
{att("Hayley Morton", "hayley.morton@lseg.com", stat="ACCEPTED")}
{att("Tom Gallagher", ME_HOME)}
SUMMARY:Informal chat - Tom Gallagher / LSEG
DESCRIPTION:Hi Tom\\, as the first stage of our process for the Customer Due Diligence Manager role (Belfast)\\, this is an informal chat with me (Recruiter\\, London Stock Exchange Group). If it goes well\\, the next step is the hiring manager.{boiler(MEET_EN, "lsg-infc-hat", "4302")}
END:VEVENT"""), True, "LSEG", "Customer Due Diligence Manager", "recruiter_screen", ("hayley.morton@lseg.com",), "informal_wording"))
    e.append(Ev("pos-es-direct-gmail-tz", "es", cal(G, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20261203T103000
DTEND;TZID=Europe/Madrid:20261203T113000
{STAMP}
{org("Raquel Domínguez", "raquel.dominguez@ing.es")}
UID:ing-es-entrevista-tg-2026@ing.es
{att("Raquel Domínguez", "raquel.dominguez@ing.es", stat="ACCEPTED")}
{att("Álvaro Prieto", "alvaro.prieto@ing.es")}
{me}
SUMMARY:ING España - 2ª entrevista (panel) - KYC Senior Specialist
DESCRIPTION:Entrevista en panel con Álvaro Prieto (Head of KYC) y Raquel Domínguez (HRBP). Será en inglés.
LOCATION:ING\\, Vía de los Poblados 1\\, Madrid
END:VEVENT""", tz=("Europe/Madrid",)), True, "ING", "KYC Senior Specialist", "onsite", ("raquel.dominguez@ing.es", "alvaro.prieto@ing.es")))
    e.append(Ev("pos-es-lever-screen", "es", cal("-//Lever//Lever Scheduling//EN", f"""BEGIN:VEVENT
UID:lever-es-0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0
{STAMP}
DTSTART:20261113T090000Z
DTEND:20261113T093000Z
SUMMARY:Llamada de selección: Tom Gallagher - Fraud Prevention Lead (Paack)
{org("Paack Talent", "talent@paack.co")}
{me}
{att("Nuria Vidal", "nuria.vidal@paack.co")}
DESCRIPTION:Primera llamada con Nuria Vidal (Talent Acquisition) para conocer tu experiencia.
END:VEVENT"""), True, "Paack", "Fraud Prevention Lead", "recruiter_screen", ("nuria.vidal@paack.co",)))
    e.append(Ev("pos-fr-insurer-final", "fr", cal(OL, f"""BEGIN:VEVENT
UID:{{2C3D4E5F-6071-4283-94A5-B6C7D8E9F001}}
{STAMP}
DTSTART;TZID="Romance Standard Time":20261211T150000
DTEND;TZID="Romance Standard Time":20261211T160000
SUMMARY:Dernier entretien - Directeur Conformité (CNP Assurances)
{org("Direction des Ressources Humaines", "recrutement@cnp.fr")}
{me}
{att("Philippe Moreau", "philippe.moreau@cnp.fr")}
DESCRIPTION:Monsieur\\,\\nNous avons le plaisir de vous convier à un dernier entretien avec M. Philippe Moreau\\, Directeur des Risques\\, au siège (4 promenade Cœur de Ville\\, Issy-les-Moulineaux).
END:VEVENT""", tz=("Romance Standard Time",)), True, "CNP Assurances", "Directeur Conformité", "final", ("philippe.moreau@cnp.fr",)))
    e.append(Ev("pos-de-bigfour-teams", "de", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000DD07EE08FF09AA0100000000000000001000000033330000CCCC0007
{STAMP}
DTSTART;TZID="W. Europe Standard Time":20261214T110000
DTEND;TZID="W. Europe Standard Time":20261214T120000
SUMMARY:Interview Manager Financial Services Compliance (Remote) - KPMG AG
{org("Recruiting KPMG Deutschland", "recruiting@kpmg.de")}
{me}
{att("Dr. Tobias Lehmann", "tlehmann@kpmg.com")}
DESCRIPTION:Guten Tag Herr Gallagher\\,\\nIhr Gespräch findet mit Herrn Dr. Tobias Lehmann (Partner\\, Financial Services) statt. Das Gespräch wird auf Englisch geführt.{boiler(TEAMS_EN, "a3BtZ2Rl", "Kp2Mg8")}
END:VEVENT""", tz=("W. Europe Standard Time",)), True, "KPMG", "Manager Financial Services Compliance", "", ("tlehmann@kpmg.com",)))
    e.append(Ev("pos-de-google-hm", "de", cal(G, f"""BEGIN:VEVENT
DTSTART:20261216T130000Z
DTEND:20261216T140000Z
{STAMP}
{org("Lena Fischer", "lena.fischer@raisin.com")}
UID:7ik9ol1pa3sd5fg7hj9kl1zx3@google.com
{att("Lena Fischer", "lena.fischer@raisin.com", stat="ACCEPTED")}
{att("Tom Gallagher", ME_HOME)}
SUMMARY:Gespräch mit Hiring Managerin - Compliance Manager (Raisin)
DESCRIPTION:Hallo Tom\\, ich leite das Compliance-Team bei Raisin und freue mich auf unser Gespräch über die Rolle als Compliance Manager (remote).{boiler(MEET_EN, "rsn-hmgr-cmp", "2275")}
END:VEVENT"""), True, "Raisin", "Compliance Manager", "hiring_manager", ("lena.fischer@raisin.com",)))
    return e
