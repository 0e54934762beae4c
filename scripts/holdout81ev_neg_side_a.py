"""holdout81: the user on the hiring side at Volaria, part A (kits, scorecards, panels, Calendly host, an
agency's candidate, candidates on free-mail). CC0 1.0."""

from __future__ import annotations

from holdout81ev_boiler import teams
from holdout81ev_ics import (
    ME_WORK,
    MS_GMT,
    MS_ROMANCE,
    MS_UTC1_ES,
    apple_head,
    apple_uid,
    att,
    hexid,
    ms_uid,
    neg,
    org,
    outlook_head,
    outlook_tail,
    vcal,
)

ME = "Marek Nowak"
ME_CN = "Nowak, Marek"
Z_ES = '"(UTC+01:00) Bruselas, Copenhague, Madrid, París"'


def _outlook(uid: str, organizer: str, attendees: list[str], summary: str, desc: str, start: str, end: str,
             location: str, zone: str = "Romance Standard Time", lang: str = "es-ES", stamp: str = "20261001T090000Z",
             extra: list | None = None) -> list:
    return [
        organizer, *attendees, ("DESCRIPTION", desc, f";LANGUAGE={lang}"), ("UID", uid),
        ("SUMMARY", summary, f";LANGUAGE={lang}"), f"DTSTART;TZID={zone}:{start}", f"DTEND;TZID={zone}:{end}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        ("LOCATION", location, f";LANGUAGE={lang}"), *outlook_tail(), *(extra or []),
    ]


def events() -> list[dict]:
    out: list[dict] = []

    # S1. Greenhouse interviewer invite with the interview kit; the user is on the panel.
    uid = "interview-30417719-interviewer-8812@greenhouse.io"
    desc = (
        "You're scheduled to interview Lucía Ferrer Gil for Cadet Pilot Programme 2027.\n\nInterview: Panel "
        "Interview (45 min)\nInterviewers: Capt. Javier Herrera, Marek Nowak\nInterview Kit: https://app."
        "greenhouse.io/guides/" + hexid("kit1", 10) + "/people/" + hexid("p1", 8) + "?application_id=" + hexid(
            "a1", 8) + "\n\nPlease submit your scorecard within 24 hours of the interview.\n\nCandidate details are "
        "confidential. Do not forward this invitation.\n\nPowered by Greenhouse"
    )
    ev = [
        "DTSTAMP:20261006T120000Z", f"UID:{uid}", "DTSTART:20261014T080000Z", "DTEND:20261014T084500Z",
        ("SUMMARY", "Interview: Lucía Ferrer Gil – Cadet Pilot Programme 2027 (Panel Interview)"),
        org("cristina.romero@volaria.es", "Cristina Romero"), att(ME_WORK, ME),
        att("javier.herrera@crew.volaria.es", "Javier Herrera"), ("DESCRIPTION", desc),
        ("LOCATION", "Volaria HQ – Sala Barajas 1"), "STATUS:CONFIRMED", "TRANSP:OPAQUE",
    ]
    text = vcal(["PRODID:-//Greenhouse Software Inc.//Interviewer Calendar 1.0//EN", "VERSION:2.0",
                 "METHOD:REQUEST"], [], [ev])
    out.append(neg("side-greenhouse-kit-en", text, uid, "user-as-interviewer-greenhouse-kit-en"))

    # S2. The user's own Outlook block to write scorecards.
    uid = ms_uid("side-scorecards")
    ev = [
        org(ME_WORK, ME_CN), ("DESCRIPTION", "Greenhouse scorecards: L. Ferrer Gil, A. B. Ruiz, J. Soto\n",
                              ";LANGUAGE=en-US"), ("UID", uid),
        ("SUMMARY", "Scorecards – cadet panel (Greenhouse)", ";LANGUAGE=en-US"),
        "DTSTART;TZID=Romance Standard Time:20261014T170000", "DTEND;TZID=Romance Standard Time:20261014T173000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261014T154400Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", *outlook_tail(busy="BUSY"),
    ]
    out.append(neg("side-scorecard-block-en", vcal(outlook_head("PUBLISH", "-//Microsoft Corporation//Outlook 16.0 "
                                                                "MIMEDIR//EN"), [MS_ROMANCE], [ev]), uid,
                   "user-as-interviewer-scorecard-en"))

    # S3. Spanish debrief after the cadet selection day.
    uid = ms_uid("side-debrief")
    desc = (
        "Hola a todos:\n\nRepasamos las puntuaciones de la jornada de selección de cadetes del 14/10 y cerramos "
        "la lista de candidatos que pasan a la prueba de simulador. Traed vuestras hojas de evaluación.\n\n"
        "Gracias,\nCristina Romero\nTalent Acquisition – Pilotos | Volaria"
    )
    ev = _outlook(uid, org("cristina.romero@volaria.es", "Romero, Cristina"),
                  [att(ME_WORK, ME_CN), att("javier.herrera@crew.volaria.es", "Herrera, Javier"),
                   att("elena.vidal@crew.volaria.es", "Vidal, Elena")],
                  "Debrief selección cadetes – jornada 14/10", desc, "20261016T130000", "20261016T140000",
                  "Sala Cibeles (HQ planta 2)", stamp="20261014T181500Z")
    out.append(neg("side-debrief-es", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid, "user-as-interviewer-debrief-es"))

    # S4. Calendly: the user is the host, a candidate on gmail booked him.
    uid = f"{hexid('side-calendly', 32)}@calendly.com"
    desc = (
        "Event Name: Cadet pre-selection interview (20 min)\n\nLocation: Microsoft Teams – link will be sent by "
        "Marek.\n\nInvitee: Pablo Martín Ruiz\nInvitee Email: pablo.martin.ruiz@gmail.com\n\nQuestions:\n"
        "Licence status: ATPL theory completed, CPL/IR/ME in progress\n\nView event in Calendly: "
        "https://calendly.com/app/scheduled_events/user/me\n\nPowered by Calendly.com"
    )
    ev = [
        f"UID:{uid}", "DTSTAMP:20261019T203000Z", "DTSTART:20261022T150000Z", "DTEND:20261022T152000Z",
        ("SUMMARY", "Cadet pre-selection interview between Marek Nowak and Pablo Martín Ruiz"),
        ("DESCRIPTION", desc), ("LOCATION", "Microsoft Teams"), org(ME_WORK, ME),
        att("pablo.martin.ruiz@gmail.com", "Pablo Martín Ruiz", partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
    ]
    text = vcal(["VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN", "METHOD:REQUEST",
                 "CALSCALE:GREGORIAN"], [], [ev])
    out.append(neg("side-calendly-host-en", text, uid, "user-as-interviewer-calendly-host-en"))

    # S5. An agency sends its candidate to the user and the chief pilot.
    uid = ms_uid("side-agency-candidate")
    desc = (
        "Hi Marek, Javier,\n\nAs agreed, please find below the interview with our candidate Oleksandr Petrenko "
        "(type-rated FO A320, 3,900 h) for your Direct Entry First Officer A320 campaign. His CV and licence "
        "copy were sent separately. Oleksandr is copied on this invitation.\n\nMany thanks,\nGemma Lawson\n"
        "Senior Consultant | FlightDeck Resourcing\n\n" + teams("side-agency")
    )
    ev = _outlook(uid, org("gemma.lawson@flightdeckresourcing.com", "Lawson, Gemma"),
                  [att(ME_WORK, ME_CN), att("javier.herrera@crew.volaria.es", "Herrera, Javier"),
                   att("o.petrenko.pilot@gmail.com", "Oleksandr Petrenko")],
                  "Interview: Oleksandr Petrenko (FO A320) – Volaria DEFO – FlightDeck Resourcing", desc,
                  "20261021T110000", "20261021T120000", "Microsoft Teams Meeting", zone="GMT Standard Time",
                  lang="en-GB", stamp="20261015T101000Z")
    out.append(neg("side-agency-candidate-en", vcal(outlook_head(), [MS_GMT], [ev]), uid,
                   "user-as-interviewer-agency-candidate-en"))

    # S6. The user organises from work with a candidate on hotmail, Spanish, display-name zone.
    uid = ms_uid("side-marta")
    desc = (
        "Hola Marta:\n\nTe confirmo la entrevista del Programa de Cadetes Volaria. Estaremos el Cte. Rubén Ortiz "
        "y yo. Dura unos 40 minutos: motivación, trabajo en equipo y algunas preguntas técnicas básicas.\n\n"
        "Un saludo,\nMarek Nowak\nPrimer Oficial A320 – Panel de Selección de Cadetes\nVolaria\n\n"
        + teams("side-marta", "es")
    )
    ev = _outlook(uid, org(ME_WORK, ME_CN),
                  [att("marta.jimenez98@hotmail.com", "marta.jimenez98@hotmail.com"),
                   att("ruben.ortiz@crew.volaria.es", "Ortiz, Rubén")],
                  "Entrevista – Programa de Cadetes Volaria (Marta Jiménez)", desc, "20261023T100000",
                  "20261023T104000", "Reunión de Microsoft Teams", zone=Z_ES, stamp="20261019T082100Z")
    out.append(neg("side-freemail-candidate-es", vcal(outlook_head(), [MS_UTC1_ES], [ev]), uid,
                   "user-as-interviewer-organiser-freemail-es"))

    # S7. A terse iPhone note, floating time.
    uid = apple_uid("side-hand")
    ev = [
        "CREATED:20261027T071500Z", "DTEND:20261028T111500", "DTSTAMP:20261027T071512Z", "DTSTART:20261028T103000",
        "LAST-MODIFIED:20261027T071512Z", "SEQUENCE:0", ("SUMMARY", "entrevistar cadete R. Vidal – sala Madrid 2"),
        f"UID:{uid}", ("DESCRIPTION", "con Elena. Hoja de evaluación impresa!"),
    ]
    out.append(neg("side-hand-note-es", vcal(apple_head(), [], [ev]), uid, "user-as-interviewer-hand-typed-es"))

    # S8. Shadowing a senior panel member before sitting on panels alone.
    uid = ms_uid("side-shadow")
    desc = (
        "Hi Marek,\n\nAs discussed, you'll shadow me on two cadet panel interviews before you sit on panels on "
        "your own. Observe only – please don't ask questions, but do fill in a practice scoresheet so we can "
        "compare afterwards.\n\nElena\nCapt. Elena Vidal – Head of Training, Volaria"
    )
    ev = _outlook(uid, org("elena.vidal@crew.volaria.es", "Vidal, Elena"), [att(ME_WORK, ME_CN)],
                  "Shadowing: cadet panel interviews (observe only)", desc, "20260930T090000", "20260930T113000",
                  "Volaria HQ – Sala Barajas 1", lang="en-US", stamp="20260924T154500Z")
    out.append(neg("side-shadowing-en", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid,
                   "user-as-interviewer-shadowing-en"))

    # S9. Simulator assessment of direct-entry candidates with the user as assessor.
    uid = ms_uid("side-sim-assessor")
    desc = (
        "DEFO sim assessment – candidates 3 & 4\n\nAssessors: Capt. Rubén Ortiz (TRE), F/O Marek Nowak "
        "(observer/assessor – CRM and PM duties)\nBriefing 07:00, sim 08:00–12:00, debrief with candidates "
        "12:15.\nAssessment forms in the Training SharePoint.\n\nCrew Training Scheduling"
    )
    ev = _outlook(uid, org("training.scheduling@volaria.es", "Volaria Training Scheduling"),
                  [att(ME_WORK, ME_CN), att("ruben.ortiz@crew.volaria.es", "Ortiz, Rubén"),
                   att("ffs2-a320@volaria.es", "FFS 2 A320 (Centro de Formación)", role="NON-PARTICIPANT",
                       cutype="RESOURCE")],
                  "DEFO sim assessment – cand. 3 & 4 – assessor M. Nowak", desc, "20261105T070000",
                  "20261105T123000", "Centro de Formación Volaria – FFS 2", lang="en-US", stamp="20261026T111100Z")
    out.append(neg("side-sim-assessor-en", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid,
                   "user-as-interviewer-sim-assessor-en"))

    # S10. Interviewer training for selection panel members, Spanish.
    uid = ms_uid("side-training")
    desc = (
        "Formación obligatoria para los miembros de los paneles de selección de pilotos: entrevista por "
        "competencias, sesgos, escala de puntuación y cómo redactar la evaluación en Greenhouse.\n\nImparte: "
        "Cristina Romero (Talent Acquisition)\n\nAula 3 – Centro de Formación"
    )
    ev = _outlook(uid, org("cristina.romero@volaria.es", "Romero, Cristina"),
                  [att(ME_WORK, ME_CN), att("ruben.ortiz@crew.volaria.es", "Ortiz, Rubén"),
                   att("panel.seleccion@volaria.es", "Panel Selección Pilotos")],
                  "Formación entrevistadores – entrevista por competencias", desc, "20260922T150000",
                  "20260922T170000", "Aula 3 – Centro de Formación Volaria", stamp="20260910T090000Z")
    out.append(neg("side-interviewer-training-es", vcal(outlook_head(), [MS_ROMANCE], [ev]), uid,
                   "user-as-interviewer-training-es"))
    return out
