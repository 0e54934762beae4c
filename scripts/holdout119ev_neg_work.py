"""holdout119: negatives around work and career (internal meetings, appraisal, mock, press, prep, referee …)."""

from __future__ import annotations

from holdout119ev_ics import APPLE, GOOGLE, OUTLOOK, OUTLOOK16, THUNDERBIRD, calendar, event

# ruff: noqa: E501


def _no(kind: str, ics: str, uid: str, trap: str) -> dict[str, str]:
    return event(kind, ics, uid, yes=False, trap=trap)


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    uid = "briefing-ops-quotidien@gva-operations.ch"
    out.append(_no("briefing-recurring-fr", calendar(r"""
BEGIN:VEVENT
UID:briefing-ops-quotidien@gva-operations.ch
DTSTAMP:20260101T080000Z
DTSTART;TZID=Europe/Zurich:20260105T063000
DTEND;TZID=Europe/Zurich:20260105T064500
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR
SUMMARY:briefing ops
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
LOCATION:OCC
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "internal-recurring-terse-fr"))

    uid = "perm-we-0321@girard"
    out.append(_no("perm-allday-fr", calendar(r"""
BEGIN:VEVENT
UID:perm-we-0321@girard
DTSTAMP:20260301T080000Z
DTSTART;VALUE=DATE:20260321
DTEND;VALUE=DATE:20260323
SUMMARY:perm. WE
TRANSP:OPAQUE
END:VEVENT
""", prodid=GOOGLE, method=None), uid, "internal-allday-terse-fr"))

    uid = "astreinte-s15@girard"
    out.append(_no("astreinte-fr", calendar(r"""
BEGIN:VEVENT
UID:astreinte-s15@girard
DTSTAMP:20260301T080000Z
DTSTART;VALUE=DATE:20260406
DTEND;VALUE=DATE:20260413
SUMMARY:astreinte (sem. 15)
DESCRIPTION:natel de service + clés véhicule follow-me
TRANSP:TRANSPARENT
END:VEVENT
""", prodid=APPLE, method=None), uid, "internal-oncall-fr"))

    uid = "debrief-incident-fod-rwy22-0312@gva-operations.ch"
    out.append(_no("debrief-incident-fr", calendar(r"""
BEGIN:VEVENT
UID:debrief-incident-fod-rwy22-0312@gva-operations.ch
DTSTAMP:20260311T180000Z
DTSTART;TZID=Europe/Zurich:20260312T140000
DTEND;TZID=Europe/Zurich:20260312T150000
SUMMARY:debrief incident FOD RWY 22 – 10.03
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Yann Rossier:mailto:yann.rossier@gva-operations.ch
ATTENDEE;CN=Safety Office:mailto:safety@gva-operations.ch
LOCATION:Salle Briefing 2
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "internal-debrief-incident-fr"))

    uid = "entretien-securite-temoin-0313@gva-operations.ch"
    out.append(_no("safety-interview-staff-fr", calendar(r"""
BEGIN:VEVENT
UID:entretien-securite-temoin-0313@gva-operations.ch
DTSTAMP:20260312T160000Z
DTSTART;TZID=Europe/Zurich:20260313T090000
DTEND;TZID=Europe/Zurich:20260313T094500
SUMMARY:Entretien sécurité – agent de piste D. Costa (témoin incident FOD)
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Diego Costa:mailto:diego.costa@gva-operations.ch
ATTENDEE;CN=Safety Office:mailto:safety@gva-operations.ch
DESCRIPTION:Entretien non punitif (just culture). Recueil du témoignage pour le rapport.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "safety-interview-staff-fr"))

    uid = "040000008200E00074C5B7101A82E00800000000GVAOPS0020EVAL"
    out.append(_no("appraisal-fr", calendar(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000GVAOPS0020EVAL
DTSTAMP:20260302T080000Z
DTSTART;TZID=Romance Standard Time:20260319T140000
DTEND;TZID=Romance Standard Time:20260319T153000
SUMMARY;LANGUAGE=fr-CH:Entretien d'évaluation annuel 2025 – A. Girard
ORGANIZER;CN="Baud, Pascal":mailto:pascal.baud@gva-operations.ch
ATTENDEE;CN="Girard, Antoine":mailto:antoine.girard@gva-operations.ch
LOCATION;LANGUAGE=fr-CH:Bureau direction des opérations
DESCRIPTION;LANGUAGE=fr-CH:Merci de compléter ton auto-évaluation dans le portail RH avant l'entretien. Objectifs 2026 et souhaits de formation.\n
END:VEVENT
""", prodid=OUTLOOK, zones=("Romance Standard Time",)), uid, "own-appraisal-fr"))

    uid = "mitarbeitergespraech-rossier-0410@gva-operations.ch"
    out.append(_no("staff-appraisal-de", calendar(r"""
BEGIN:VEVENT
UID:mitarbeitergespraech-rossier-0410@gva-operations.ch
DTSTAMP:20260403T080000Z
DTSTART;TZID=Europe/Zurich:20260410T100000
DTEND;TZID=Europe/Zurich:20260410T110000
SUMMARY:Mitarbeitergespräch Yann Rossier (Jahresziele)
ORGANIZER;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Yann Rossier:mailto:yann.rossier@gva-operations.ch
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "staff-appraisal-de"))

    uid = "exit-interview-costa-0427@gva-operations.ch"
    out.append(_no("exit-interview-staff-en", calendar(r"""
BEGIN:VEVENT
UID:exit-interview-costa-0427@gva-operations.ch
DTSTAMP:20260420T080000Z
DTSTART;TZID=Europe/Zurich:20260427T150000
DTEND;TZID=Europe/Zurich:20260427T153000
SUMMARY:Exit interview – Diego Costa (HR + line manager)
ORGANIZER;CN=Isabelle Morand:mailto:isabelle.morand@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Diego Costa:mailto:diego.costa@gva-operations.ch
DESCRIPTION:Standard exit questionnaire. Diego leaves end of May.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "exit-interview-staff-en"))

    uid = "sim-crise-plan-urgence-0325@gva-operations.ch"
    out.append(_no("simulator-fr", calendar(r"""
BEGIN:VEVENT
UID:sim-crise-plan-urgence-0325@gva-operations.ch
DTSTAMP:20260301T080000Z
DTSTART;TZID=Europe/Zurich:20260325T080000
DTEND;TZID=Europe/Zurich:20260325T170000
SUMMARY:SIM – exercice plan d'urgence (simulateur gestion de crise)
ORGANIZER;CN=Centre de formation GVA:mailto:formation@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
LOCATION:Centre de formation\, simulateur tour/OCC
DESCRIPTION:Recyclage annuel. Évaluation par instructeur en fin de journée.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "simulator-evaluation-fr"))

    uid = "mock-interview-coach-0412@girard"
    out.append(_no("mock-fr", calendar(r"""
BEGIN:VEVENT
UID:mock-interview-coach-0412@girard
DTSTAMP:20260408T200000Z
DTSTART;TZID=Europe/Zurich:20260412T170000
DTEND;TZID=Europe/Zurich:20260412T180000
SUMMARY:Simulation d'entretien avec Hélène (coach) – prépa Säntis Airways
ORGANIZER;CN=Hélène Vernier Coaching:mailto:helene@vernier-coaching.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION:https://zoom.us/j/4455667788
DESCRIPTION:Jeu de rôle : Hélène joue le Head of Stations. Questions STAR + anglais. Séance 2/3 du forfait.
END:VEVENT
""", prodid=GOOGLE, zones=("Europe/Zurich",)), uid, "mock-names-employer-fr"))

    uid = "webinar-aviation-entretien-0318@webinaire.ch"
    out.append(_no("webinar-fr", calendar(r"""
BEGIN:VEVENT
UID:webinar-aviation-entretien-0318@webinaire.ch
DTSTAMP:20260310T120000Z
DTSTART:20260318T170000Z
DTEND:20260318T180000Z
SUMMARY:Webinaire : réussir son entretien d'embauche dans l'aérien
ORGANIZER;CN=AeroCarrières:mailto:events@aerocarrieres.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION:https://aerocarrieres.webex.com/aerocarrieres/j.php?MTID=m99ab
DESCRIPTION:Merci pour votre inscription ! Au programme : les questions pièges\, le pitch en 2 minutes\, la négociation salariale. Replay envoyé aux inscrits.
END:VEVENT
""", prodid=OUTLOOK16), uid, "webinar-fr"))

    uid = "schulung-interviewtechnik-0423@gva-operations.ch"
    out.append(_no("class-de", calendar(r"""
BEGIN:VEVENT
UID:schulung-interviewtechnik-0423@gva-operations.ch
DTSTAMP:20260401T080000Z
DTSTART;TZID=Europe/Zurich:20260423T090000
DTEND;TZID=Europe/Zurich:20260423T163000
SUMMARY:Schulung: Interviewtechniken für Führungskräfte (HR Academy)
ORGANIZER;CN=HR Academy:mailto:academy@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
LOCATION:Schulungsraum 3
DESCRIPTION:Strukturierte Interviews\, Beurteilungsfehler\, rechtliche Grenzen. Mittagessen inbegriffen.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "class-interviewing-de"))

    uid = "presse-courrier-deneigement-0302@girard"
    out.append(_no("press-fr", calendar(r"""
BEGIN:VEVENT
UID:presse-courrier-deneigement-0302@girard
DTSTAMP:20260227T090000Z
DTSTART;TZID=Europe/Zurich:20260302T111500
DTEND;TZID=Europe/Zurich:20260302T114500
SUMMARY:Interview presse – Le Courrier Genevois (déneigement des pistes)
ORGANIZER;CN=Communication GVA:mailto:medias@gva-operations.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard@gva-operations.ch
ATTENDEE;CN=Mathieu Golay:mailto:m.golay@courrier-genevois.ch
DESCRIPTION:Journaliste : Mathieu Golay. Validation des citations par la com. Photos sur le tarmac possibles.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "press-interview-fr"))

    uid = "podcast-aeropuertos-del-mundo-ep41"
    out.append(_no("podcast-es", calendar(r"""
BEGIN:VEVENT
UID:podcast-aeropuertos-del-mundo-ep41
DTSTAMP:20260401T100000Z
DTSTART:20260414T170000Z
DTEND:20260414T180000Z
SUMMARY:Entrevista para el podcast «Aeropuertos del Mundo» – episodio 41
ORGANIZER;CN=Pablo Ibáñez:mailto:pablo@aeropuertosdelmundo.fm
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION:https://riverside.fm/studio/aeropuertos
DESCRIPTION:¡Gracias por aceptar! Hablaremos de la gestión de operaciones en un aeropuerto con fuerte estacionalidad (esquí). Grabación en español\, 45 min.
END:VEVENT
""", prodid=GOOGLE), uid, "podcast-interview-es"))

    uid = "userresearch-flightpulse-0317"
    out.append(_no("user-research-en", calendar(r"""
BEGIN:VEVENT
UID:userresearch-flightpulse-0317
DTSTAMP:20260312T090000Z
DTSTART:20260317T160000Z
DTEND:20260317T163000Z
SUMMARY:User interview: FlightPulse turnaround app (30 min) – CHF 50 voucher
ORGANIZER;CN=FlightPulse Research:mailto:research@flightpulse.app
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION:Google Meet
DESCRIPTION:Thanks for joining our research panel! We'd like to learn how duty managers monitor turnarounds. No preparation needed. The session will be recorded for internal use.
END:VEVENT
""", prodid=GOOGLE), uid, "user-research-en"))

    uid = "cafe-julien-lemanair-0309@girard"
    out.append(_no("coffee-chat-fr", calendar(r"""
BEGIN:VEVENT
UID:cafe-julien-lemanair-0309@girard
DTSTAMP:20260306T200000Z
DTSTART;TZID=Europe/Zurich:20260309T171500
DTEND;TZID=Europe/Zurich:20260309T181500
SUMMARY:Café avec Julien (ex-collègue\, maintenant chez Lémanair)
DESCRIPTION:lui demander comment ça se passe là-bas\, ambiance\, qui est le head of ops. Pas un entretien\, juste infos.
LOCATION:Café de la Gare\, Cointrin
END:VEVENT
""", prodid=APPLE, method=None, zones=("Europe/Zurich",)), uid, "informational-coffee-chat-fr"))

    uid = "aviation-career-day-zrh-2026"
    out.append(_no("job-fair-de", calendar(r"""
BEGIN:VEVENT
UID:aviation-career-day-zrh-2026
DTSTAMP:20260215T080000Z
DTSTART;VALUE=DATE:20260328
DTEND;VALUE=DATE:20260329
SUMMARY:Aviation Career Day Zürich – Messe Oerlikon
DESCRIPTION:Stände: Airlines\, Handling\, Flugsicherung. CVs drucken (10x). Ticket im Mail.
LOCATION:Messe Zürich\, Halle 5
END:VEVENT
""", prodid=GOOGLE, method=None), uid, "job-fair-de"))

    uid = "reference-sophie-martin-cargolac@girard"
    out.append(_no("referee-fr", calendar(r"""
BEGIN:VEVENT
UID:reference-sophie-martin-cargolac@girard
DTSTAMP:20260320T170000Z
DTSTART;TZID=Europe/Zurich:20260323T123000
DTEND;TZID=Europe/Zurich:20260323T124500
SUMMARY:Appel de référence pour Sophie Martin (elle postule chez Cargolac)
DESCRIPTION:Cargolac RH m'appelle. Sophie = ancienne superviseure dans mon équipe 2019-2023. Positif.
END:VEVENT
""", prodid=THUNDERBIRD, method=None, zones=("Europe/Zurich",)), uid, "referee-names-employer-fr"))

    uid = "headhunter-confidentiel-0326@girard"
    out.append(_no("recruiter-no-employer-fr", calendar(r"""
BEGIN:VEVENT
UID:headhunter-confidentiel-0326@girard
DTSTAMP:20260324T120000Z
DTSTART;TZID=Europe/Zurich:20260326T121500
DTEND;TZID=Europe/Zurich:20260326T124500
SUMMARY:Call chasseur de têtes – poste confidentiel Directeur des opérations (aéroport régional)
ORGANIZER;CN=Marc Olivier Sauthier:mailto:mo.sauthier@sauthier-executive.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
DESCRIPTION:Mandat confidentiel\, le nom du client sera communiqué après un premier échange.
END:VEVENT
""", prodid=OUTLOOK16, zones=("Europe/Zurich",)), uid, "recruiter-no-employer-fr"))

    uid = "kerosene-market-update-0420"
    out.append(_no("recruiter-market-en", calendar(r"""
BEGIN:VEVENT
UID:kerosene-market-update-0420
DTSTAMP:20260416T090000Z
DTSTART:20260420T110000Z
DTEND:20260420T113000Z
SUMMARY:Intro call – Kerosene Search x Antoine Girard (aviation ops market)
ORGANIZER;CN=Nora Weiss:mailto:nora.weiss@kerosene-search.com
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
DESCRIPTION:Hi Antoine\, quick catch-up to understand what you're looking for next and share what we're seeing in the Swiss & French aviation ops market. No specific role yet. Nora
END:VEVENT
""", prodid=OUTLOOK16), uid, "recruiter-no-employer-en"))

    uid = "prepa-saentis-0415@girard"
    out.append(_no("prep-block-fr", calendar(r"""
BEGIN:VEVENT
UID:prepa-saentis-0415@girard
DTSTAMP:20260410T200000Z
DTSTART;TZID=Europe/Zurich:20260415T193000
DTEND;TZID=Europe/Zurich:20260415T210000
SUMMARY:Prépa entretien Säntis – relire rapport annuel + chiffres ponctualité
DESCRIPTION:préparer 3 exemples STAR (neige 2024\, grève handling\, audit OFAC)
END:VEVENT
""", prodid=APPLE, method=None, zones=("Europe/Zurich",)), uid, "prep-block-names-employer-fr"))

    uid = "bilan-competences-s3@citedesmetiers.ch"
    out.append(_no("career-coaching-fr", calendar(r"""
BEGIN:VEVENT
UID:bilan-competences-s3@citedesmetiers.ch
DTSTAMP:20260301T080000Z
DTSTART;TZID=Europe/Zurich:20260310T173000
DTEND;TZID=Europe/Zurich:20260310T190000
SUMMARY:Bilan de compétences – séance 3 (entretien conseillère)
ORGANIZER;CN=Cité des métiers – Orientation:mailto:orientation@citedesmetiers-ge.ch
ATTENDEE;CN=Antoine Girard:mailto:antoine.girard.ops@bluewin.ch
LOCATION:Cité des métiers\, Rue Prévost-Martin 6\, Genève
DESCRIPTION:Séance 3 : restitution des tests d'intérêts et pistes de mobilité.
END:VEVENT
""", prodid=OUTLOOK, zones=("Europe/Zurich",)), uid, "career-coaching-fr"))

    uid = "apero-reseau-aerosuisse-0402@girard"
    out.append(_no("networking-fr", calendar(r"""
BEGIN:VEVENT
UID:apero-reseau-aerosuisse-0402@girard
DTSTAMP:20260320T080000Z
DTSTART;TZID=Europe/Zurich:20260402T183000
DTEND;TZID=Europe/Zurich:20260402T210000
SUMMARY:Apéro réseau – section romande des cadres de l'aviation
LOCATION:hôtel côté aéroport – salon Léman
DESCRIPTION:Inscription faite. Plusieurs DRH de handlers annoncés. Cartes de visite !
END:VEVENT
""", prodid=GOOGLE, method=None, zones=("Europe/Zurich",)), uid, "networking-event-fr"))

    return out
