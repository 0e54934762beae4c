"""holdout81: the user on the hiring side at Volaria, part B (calibration, observers, committees, candidates
in Polish, German and French, reference checks, a Bookings slot). CC0 1.0."""

from __future__ import annotations

from holdout81ev_boiler import teams
from holdout81ev_ics import (
    ME_WORK,
    MS_ROMANCE,
    MS_UTC1_ES,
    att,
    ms_uid,
    neg,
    org,
    outlook_head,
    outlook_tail,
    vcal,
)

ME_CN = "Nowak, Marek"
Z_ES = '"(UTC+01:00) Bruselas, Copenhague, Madrid, París"'
HQ_ROOM = att("sala.barajas1@volaria.es", "Sala Barajas 1 (HQ)", role="NON-PARTICIPANT", cutype="ROOM")


def _ev(uid: str, organizer: str, attendees: list[str], summary: str, desc: str, start: str, end: str,
        location: str, lang: str = "en-US", stamp: str = "20261001T090000Z", zone: str = "Romance Standard Time",
        extra: list | None = None, allday: bool = False) -> list:
    when = ([f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}"] if allday
            else [f"DTSTART;TZID={zone}:{start}", f"DTEND;TZID={zone}:{end}"])
    return [
        organizer, *attendees, ("DESCRIPTION", desc, f";LANGUAGE={lang}"), ("UID", uid),
        ("SUMMARY", summary, f";LANGUAGE={lang}"), *when, "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp}",
        "TRANSP:TRANSPARENT" if allday else "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        ("LOCATION", location, f";LANGUAGE={lang}"), *outlook_tail(allday=allday), *(extra or []),
    ]


def events() -> list[dict]:
    out: list[dict] = []
    tz = [MS_ROMANCE]

    # S11. Calibration of the panel's scoring rubric.
    uid = ms_uid("side-calibration")
    desc = (
        "Panel members,\n\nBefore the November cadet selection days we'll calibrate the scoring rubric: we score "
        "two recorded interviews independently and compare. Please watch the recordings beforehand (link in "
        "the Training SharePoint).\n\nElena"
    )
    ev = _ev(uid, org("elena.vidal@crew.volaria.es", "Vidal, Elena"),
             [att(ME_WORK, ME_CN), att("ruben.ortiz@crew.volaria.es", "Ortiz, Rubén"),
              att("javier.herrera@crew.volaria.es", "Herrera, Javier"), HQ_ROOM],
             "Calibration: cadet interview scoring rubric 2027", desc, "20261029T150000", "20261029T163000",
             "Sala Barajas 1 (HQ)", stamp="20261020T120000Z")
    out.append(neg("side-calibration-en", vcal(outlook_head(), tz, [ev]), uid, "user-as-interviewer-calibration-en"))

    # S12. All-day cadet selection day with the user as group-exercise observer.
    uid = ms_uid("side-observer")
    desc = (
        "Jornada de selección – Programa de Cadetes Volaria 2027\n\nObservadores de la dinámica de grupo: Cte. "
        "Elena Vidal, Cte. Rubén Ortiz, P.O. Marek Nowak.\n08:30 briefing de observadores\n09:30 dinámica "
        "(grupos A y B)\n12:00 entrevistas individuales (paneles 1 y 2)\n16:30 puesta en común\n\nTalent "
        "Acquisition – Pilotos"
    )
    ev = _ev(uid, org("seleccion.pilotos@volaria.es", "Selección Pilotos Volaria",
                      sent_by="cristina.romero@volaria.es"),
             [att(ME_WORK, ME_CN), att("elena.vidal@crew.volaria.es", "Vidal, Elena"),
              att("ruben.ortiz@crew.volaria.es", "Ortiz, Rubén")],
             "Jornada de selección cadetes – observadores dinámica de grupo", desc, "20261112", "20261113",
             "Centro de Formación Volaria", lang="es-ES", stamp="20261020T073000Z", allday=True)
    out.append(neg("side-observer-allday-es", vcal(outlook_head(), [], [ev]), uid,
                   "user-as-interviewer-observer-allday-es"))

    # S13. Polish: the user interviews a Polish cadet candidate (free-mail).
    uid = ms_uid("side-kacper")
    desc = (
        "Cześć Kacper,\n\npotwierdzam rozmowę w ramach rekrutacji do Programu Kadetów Volaria. Po naszej stronie "
        "będą kpt. Elena Vidal i ja; część rozmowy poprowadzimy po angielsku. Przygotuj proszę skan świadectwa "
        "i zaświadczenia lekarskiego klasy 1.\n\nPozdrawiam\nMarek Nowak\nPierwszy Oficer A320 – panel "
        "rekrutacyjny kadetów, Volaria\n\n" + teams("side-kacper", "es")
    )
    ev = _ev(uid, org(ME_WORK, ME_CN),
             [att("kacper.zielinski01@wp.pl", "kacper.zielinski01@wp.pl"),
              att("elena.vidal@crew.volaria.es", "Vidal, Elena")],
             "Rozmowa z kandydatem – Kacper Zieliński (Program Kadetów Volaria)", desc, "20261104T170000",
             "20261104T174500", "Reunión de Microsoft Teams", lang="pl-PL", stamp="20261028T194000Z",
             zone=Z_ES)
    out.append(neg("side-candidate-pl", vcal(outlook_head(), [MS_UTC1_ES], [ev]), uid,
                   "user-as-interviewer-candidate-freemail-pl"))

    # S14. German: Volaria invites a candidate on gmx; the user is one of the interviewers.
    uid = ms_uid("side-jonas")
    desc = (
        "Hallo Herr Weber,\n\nvielen Dank für Ihre Bewerbung bei Volaria. Hiermit laden wir Sie zum Interview für "
        "die Position Direct Entry First Officer A320 ein. Ihre Gesprächspartner sind Capt. Stefan Hofmann "
        "und F/O Marek Nowak (Auswahlpanel).\n\nMit freundlichen Grüßen\nCristina Romero\nTalent Acquisition – "
        "Pilotos | Volaria Líneas Aéreas\n\n" + teams("side-jonas", "de")
    )
    ev = _ev(uid, org("seleccion.pilotos@volaria.es", "Selección Pilotos Volaria",
                      sent_by="cristina.romero@volaria.es"),
             [att("jonas.weber.fo@gmx.de", "Jonas Weber"), att("stefan.hofmann@crew.volaria.es", "Hofmann, Stefan"),
              att(ME_WORK, ME_CN)],
             "Interview Volaria – Direct Entry First Officer A320 – Jonas Weber", desc, "20261009T160000",
             "20261009T170000", "Microsoft Teams-Besprechung", lang="de-DE", stamp="20261001T100500Z")
    out.append(neg("side-candidate-de", vcal(outlook_head(), tz, [ev]), uid, "user-as-interviewer-candidate-de"))

    # S15. Panel schedule with HTML alternative and a room.
    uid = ms_uid("side-panel-b")
    desc = (
        "Panel B – interviewers: Capt. Elena Vidal, F/O Marek Nowak\n\n09:00 Candidate 1 – Irene Castaño\n"
        "09:50 Candidate 2 – Álex Moreno\n10:40 Candidate 3 – Lucas Prieto\n11:30 Candidate 4 – Noelia "
        "Fuentes\n\nScoresheets and CVs are in the panel folder. Submit scores in Greenhouse the same day."
    )
    html = ("<html><body><p><b>Panel B</b> &ndash; interviewers: Capt. Elena Vidal, F/O Marek Nowak</p><table>"
            "<tr><td>09:00</td><td>Candidate 1 &ndash; Irene Casta&ntilde;o</td></tr><tr><td>09:50</td><td>"
            "Candidate 2 &ndash; &Aacute;lex Moreno</td></tr><tr><td>10:40</td><td>Candidate 3 &ndash; Lucas "
            "Prieto</td></tr><tr><td>11:30</td><td>Candidate 4 &ndash; Noelia Fuentes</td></tr></table>"
            "</body></html>")
    ev = _ev(uid, org("seleccion.pilotos@volaria.es", "Selección Pilotos Volaria",
                      sent_by="cristina.romero@volaria.es"),
             [att(ME_WORK, ME_CN), att("elena.vidal@crew.volaria.es", "Vidal, Elena"), HQ_ROOM],
             "Cadet Selection – Panel B – Candidates 1–4", desc, "20261112T090000", "20261112T122000",
             "Sala Barajas 1 (HQ)", stamp="20261030T090909Z", extra=[("X-ALT-DESC", html, ";FMTTYPE=text/html")])
    out.append(neg("side-panel-room-en", vcal(outlook_head(), tz, [ev]), uid, "user-as-interviewer-panel-room-en"))

    # S16. Hiring committee.
    uid = ms_uid("side-committee")
    desc = (
        "Final decisions on DEFO batch 3 (6 candidates after sim). Please have your assessment forms completed "
        "in advance.\n\nJavier Herrera\nChief Pilot – Volaria"
    )
    ev = _ev(uid, org("javier.herrera@crew.volaria.es", "Herrera, Javier"),
             [att(ME_WORK, ME_CN), att("ruben.ortiz@crew.volaria.es", "Ortiz, Rubén"),
              att("cristina.romero@volaria.es", "Romero, Cristina"),
              att("elena.vidal@crew.volaria.es", "Vidal, Elena")],
             "Hiring committee – DEFO batch 3 (final decisions)", desc, "20261110T120000", "20261110T130000",
             "Sala Cibeles (HQ planta 2)", stamp="20261103T083000Z")
    out.append(neg("side-committee-en", vcal(outlook_head(), tz, [ev]), uid, "user-as-interviewer-committee-en"))

    # S17. The user calls a candidate's referee.
    uid = ms_uid("side-refcheck")
    ev = _ev(uid, org(ME_WORK, ME_CN), [],
             "Ref check – Sergio Ortega (call Capt. Luis Pardo, his former TRI)",
             "Candidate DEFO batch 3. Questions from the Volaria reference form (CRM, SOP discipline, "
             "upgrade potential). Luis: +34 655 210 884", "20261106T184500", "20261106T190000", "Phone",
             stamp="20261105T111111Z")
    out.append(neg("side-reference-check-en", vcal(outlook_head("PUBLISH"), tz, [ev]), uid,
                   "user-as-interviewer-reference-check-en"))

    # S18. Spanish pre-selection call the user makes to a candidate on gmail.
    uid = ms_uid("side-irene")
    desc = (
        "Hola Irene:\n\nTe llamaré a este número para una breve llamada de preselección (15 min) del Programa "
        "de Cadetes Volaria antes de la jornada de selección.\n\nUn saludo,\nMarek Nowak – Panel de Selección"
    )
    ev = _ev(uid, org(ME_WORK, ME_CN), [att("irene.castano.p@gmail.com", "Irene Castaño")],
             "Llamada de preselección – Irene Castaño (cadete)", desc, "20261103T190000", "20261103T191500",
             "Teléfono", lang="es-ES", stamp="20261031T101010Z")
    out.append(neg("side-phone-screen-es", vcal(outlook_head(), tz, [ev]), uid, "user-as-interviewer-phone-screen-es"))

    # S19. Microsoft Bookings: a candidate booked the user's interview slot.
    uid = ms_uid("side-bookings")
    desc = (
        "New booking\n\nService: Cadet interview (in person, 45 min)\nStaff: Marek Nowak\nCustomer: Daniel "
        "Serrano\nCustomer email: daniel.serrano.aviation@gmail.com\nCustomer phone: +34 622 019 447\n\n"
        "Booked with: Volaria Cadet Selection"
    )
    ev = _ev(uid, org("VolariaCadetSelection@volaria.es", "Volaria Cadet Selection"),
             [att(ME_WORK, "Marek Nowak"), att("daniel.serrano.aviation@gmail.com", "Daniel Serrano")],
             "Cadet interview – Daniel Serrano", desc, "20261113T093000", "20261113T101500",
             "Centro de Formación Volaria, Sala 4", stamp="20261102T221500Z")
    out.append(neg("side-bookings-staff-en", vcal(outlook_head(), tz, [ev]), uid, "user-as-interviewer-bookings-en"))

    # S20. French: the user and a French-speaking captain interview a direct-entry candidate.
    uid = ms_uid("side-theo")
    desc = (
        "Bonjour Théo,\n\nJe vous confirme l’entretien pour le poste d’OPL A320 en entrée directe chez Volaria, "
        "avec le Cdt Laurent Giraud et moi-même. Prévoyez environ 45 minutes.\n\nCordialement,\nMarek Nowak\n"
        "Premier Officier A320 – Volaria\n\n" + teams("side-theo", "es")
    )
    ev = _ev(uid, org(ME_WORK, ME_CN),
             [att("theo.marchand@orange.fr", "Théo Marchand"),
              att("laurent.giraud@crew.volaria.es", "Giraud, Laurent")],
             "Entretien candidat – Théo Marchand (OPL A320, entrée directe)", desc, "20261020T160000",
             "20261020T164500", "Reunión de Microsoft Teams", lang="fr-FR", stamp="20261014T170000Z")
    out.append(neg("side-candidate-fr", vcal(outlook_head(), tz, [ev]), uid, "user-as-interviewer-candidate-fr"))
    return out
