"""holdout85 negatives, part A: practice, learning, media, personal life."""

from __future__ import annotations

from holdout85ev_ics import (
    APPLE,
    GOOGLE,
    ME,
    ME_CN,
    TZ_BERLIN,
    TZ_BOGOTA,
    TZ_NEW_YORK,
    WORK,
    Ev,
    cal,
    desc,
    g_att,
    hexid,
    meet,
    org,
    uuid_like,
    vevent,
    zoom,
)


def g_event(seed: str, start: str, end: str, summary: str, body: str, organizer: tuple[str, str],
            attendees: list[tuple[str, str]], location: str = "", tz: str | None = None,
            extra: tuple[str, ...] = (), method: str | None = "REQUEST") -> tuple[str, str]:
    """A Google Calendar invitation; start/end are UTC (Z), local with tz, or dates (8 digits)."""
    uid = f"{hexid(seed, 26)}@google.com"
    if len(start) == 8:
        times = (f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}")
    elif tz:
        times = (f"DTSTART;TZID={tz}:{start}", f"DTEND;TZID={tz}:{end}")
    else:
        times = (f"DTSTART:{start}", f"DTEND:{end}")
    blocks: list[list[str] | str] = []
    if tz:
        blocks.append({"America/Bogota": TZ_BOGOTA, "America/New_York": TZ_NEW_YORK, "Europe/Berlin": TZ_BERLIN}[tz])
    blocks.append(vevent(
        *times, "DTSTAMP:20260215T120000Z", org(organizer[0], organizer[1]), f"UID:{uid}",
        *[g_att(a, cn, "ACCEPTED" if a == organizer[0] else "NEEDS-ACTION") for a, cn in attendees],
        desc(body) if body else None, f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED",
        f"SUMMARY:{summary}", "TRANSP:OPAQUE", *extra,
    ))
    return uid, cal(GOOGLE, *blocks, method=method, head=("CALSCALE:GREGORIAN",))


def a_event(seed: str, start: str, end: str, summary: str, note: str = "", location: str = "",
            extra: tuple[str, ...] = ()) -> tuple[str, str]:
    """An entry the user typed on her iPhone (local Bogotá time, or dates)."""
    uid = uuid_like(seed, upper=True)
    if len(start) == 8:
        times = (f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}")
    else:
        times = (f"DTSTART;TZID=America/Bogota:{start}", f"DTEND;TZID=America/Bogota:{end}")
    text = cal(APPLE, TZ_BOGOTA, vevent(
        "CREATED:20260201T020000Z", "DTSTAMP:20260201T020000Z", f"UID:{uid}", *times,
        f"SUMMARY:{summary}", f"DESCRIPTION:{note}" if note else None, f"LOCATION:{location}" if location else None,
        "SEQUENCE:0", "TRANSP:OPAQUE", *extra,
    ), head=("CALSCALE:GREGORIAN",))
    return uid, text


def events() -> list[Ev]:
    out: list[Ev] = []

    uid, text = g_event(
        "h85-mock1", "20260215T150000", "20260215T160000", "Simulacro de entrevista con Camila (caso SQL)",
        "Camila me hace de entrevistadora como si fuera la prueba técnica de Brightcart. Grabar y revisar "
        "respuestas.\n\n" + meet("es", "h85-mock1"),
        ("camila.ospina.r@gmail.com", "Camila Ospina"), [("camila.ospina.r@gmail.com", "Camila Ospina"),
                                                          (ME, ME_CN)], tz="America/Bogota")
    out.append(Ev("mock-es", uid, text, 0, trap="mock-friend-names-employer-es"))

    uid = f"{uuid_like('h85-mock2')}@peerprep.io"
    text = cal("-//PeerPrep//Sessions//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20260220T030000Z", "DTSTART:20260222T150000Z", "DTEND:20260222T160000Z",
        "SUMMARY:Mock Interview: Product Analytics (peer practice)",
        desc("You're paired with Arjun S. for a peer mock interview. Each of you interviews the other for 30 "
             "minutes using the question packs in your dashboard. This is practice only - no employer is "
             "involved.\n\nJoin: https://peerprep.io/room/" + hexid("h85-mock2", 12)),
        org("sessions@peerprep.io", "PeerPrep"), f"ATTENDEE;CN={ME_CN};RSVP=TRUE:mailto:{ME}",
        "LOCATION:https://peerprep.io/room/" + hexid("h85-mock2", 12),
    ), method="REQUEST")
    out.append(Ev("mock-en", uid, text, 0, trap="mock-platform-en"))

    uid, text = g_event(
        "h85-web1", "20260225T230000Z", "20260226T003000Z",
        "Webinar: Cómo prepararse para entrevistas técnicas de SQL y Python",
        "Gracias por inscribirte al webinar de DataLatam. Hablaremos de pruebas en vivo, casos take-home y "
        "cómo negociar salario en fintechs.\n\n" + zoom("es", "889 1402 7730", "datalatam"),
        ("eventos@datalatam.org", "DataLatam Comunidad"), [(ME, ME_CN)])
    out.append(Ev("webinar-es", uid, text, 0, trap="webinar-es"))

    uid, text = g_event(
        "h85-class1", "20260227T180000", "20260227T200000",
        "Taller: Entrevistas por competencias y método STAR (Centro de Carreras – Maestría)",
        "Taller para estudiantes de la Maestría en Analítica: cómo responder entrevistas por competencias. "
        "Habrá simulaciones en parejas.", ("carreras@posgrados.uandes.edu.co", "Centro de Carreras"),
        [(ME, ME_CN)], location="Edificio Mario Laserna\\, salón ML-512", tz="America/Bogota")
    out.append(Ev("class-es", uid, text, 0, trap="class-about-interviewing-es"))

    uid, text = a_event(
        "h85-class2", "20260218T183000", "20260218T213000", "Clase Maestría – Aprendizaje Automático II",
        location="ML-340", extra=("RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20260527T235959Z",))
    out.append(Ev("class-es", uid, text, 0, trap="university-class-recurring-es"))

    uid, text = g_event(
        "h85-ux1", "20260304T220000Z", "20260304T224500Z",
        "Research interview: how you manage money across borders",
        "Hi Daniela,\n\nThanks for signing up through User Interviews! You'll talk with Sam from the Kuenta "
        "product research team about how you send and receive money. This is a research session, not a job "
        "interview; you'll receive a USD 60 gift card afterwards.\n\n" + zoom("en", "846 1120 5581", "research"),
        ("sam.reyes@kuenta.com", "Sam Reyes"), [("sam.reyes@kuenta.com", "Sam Reyes"), (ME, ME_CN)])
    out.append(Ev("user-research-en", uid, text, 0, trap="user-research-at-interviewing-company-en"))

    uid, text = g_event(
        "h85-pod1", "20260305T170000", "20260305T180000",
        "Entrevista podcast «Datos con Café» – grabación episodio 42",
        "Hola Daniela, gracias por aceptar ser nuestra invitada. Hablaremos de tu camino del banco a la "
        "analítica y de mujeres en datos en Colombia. Grabamos por Riverside.\n\n"
        "https://riverside.fm/studio/datos-con-cafe", ("datosconcafe.podcast@gmail.com", "Datos con Café"),
        [("datosconcafe.podcast@gmail.com", "Datos con Café"), (ME, ME_CN)], tz="America/Bogota")
    out.append(Ev("podcast-es", uid, text, 0, trap="podcast-guest-es"))

    uid = f"{hexid('h85-press1', 20)}@bancoandino.com.co"
    text = cal("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260226T150000Z", f"UID:{uid}",
        "DTSTART:20260302T200000Z", "DTEND:20260302T203000Z",
        "SUMMARY;LANGUAGE=es-CO:Entrevista revista interna «Somos Andino» – perfil Daniela Castro",
        'ORGANIZER;CN="Comunicaciones Internas":mailto:comunicaciones@bancoandino.com.co',
        f'ATTENDEE;CN="Castro Rodríguez, Daniela";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{WORK}',
        desc("Daniela, queremos contar tu historia en la sección «Talento que transforma»: el proyecto de "
             "segmentación de clientes. Te acompaña el fotógrafo 10 minutos al final."),
        "LOCATION;LANGUAGE=es-CO:Estudio de Comunicaciones\\, piso 3",
    ), method="REQUEST")
    out.append(Ev("press-es", uid, text, 0, trap="press-internal-magazine-es"))

    uid, text = a_event("h85-eps1", "20260221T071500", "20260221T074500", "Cita medicina general EPS",
                        note="Sede Calle 80. Llevar orden de laboratorio", location="IPS Calle 80")
    out.append(Ev("personal-es", uid, text, 0, trap="doctor-es"))

    uid, text = a_event("h85-odonto1", "20260307T100000", "20260307T110000",
                        "Odontólogo – Dra. Patiño (control + limpieza)", location="Consultorio 302\\, Usaquén")
    out.append(Ev("personal-es", uid, text, 0, trap="dentist-es"))

    uid, text = g_event(
        "h85-bank1", "20260314T150000Z", "20260314T160000Z",
        "Cita con asesor – crédito hipotecario (Banco Cordillera\\, oficina Unicentro)",
        "Confirmación de su cita con su asesor comercial. Traiga certificado laboral y extractos de los "
        "últimos 3 meses.", ("citas@bancocordillera.com.co", "Banco Cordillera Citas"), [(ME, ME_CN)],
        location="Banco Cordillera Oficina Unicentro", method=None)
    out.append(Ev("bank-appointment-es", uid, text, 0, trap="bank-appointment-at-interviewing-company-es"))

    uid, text = a_event(
        "h85-visa1", "20260408T073000", "20260408T093000",
        "Entrevista visa B1/B2 – Embajada de EE. UU.",
        note="Llevar pasaporte\\, DS-160 y carta del banco. Calle 24bis # 48-50", location="Embajada EE. UU.")
    out.append(Ev("visa-es", uid, text, 0, trap="visa-interview-es"))

    uid, text = a_event("h85-cas1", "20260406", "20260407", "Cita CAS (huellas + foto visa)",
                        location="CAS Bogotá")
    out.append(Ev("visa-es", uid, text, 0, trap="visa-appointment-allday-es"))

    uid, text = g_event(
        "h85-tesis1", "20260226T230000Z", "20260227T000000Z", "Asesoría trabajo de grado – Prof. Gutiérrez",
        "Revisión del capítulo 3 (metodología). Traer resultados preliminares del modelo de abandono.",
        ("a.gutierrez@uandes.edu.co", "Alejandro Gutiérrez"),
        [("a.gutierrez@uandes.edu.co", "Alejandro Gutiérrez"), (ME, ME_CN)], location="Oficina W-801")
    out.append(Ev("university-es", uid, text, 0, trap="thesis-advisor-es"))

    uid, text = g_event(
        "h85-bday1", "20260329", "20260330", "Cumpleaños mamá 🎂", "", (ME, ME_CN), [], method=None)
    out.append(Ev("personal-es", uid, text, 0, trap="birthday-allday-es"))

    return out
