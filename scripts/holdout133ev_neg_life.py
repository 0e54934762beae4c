"""holdout133: site routine and personal appointments (not interviews)."""

from __future__ import annotations

from holdout133ev_ics import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    TZ_MADRID,
    TZ_ROMANCE,
    USER_GMAIL,
    USER_WORK,
    Ev,
    att,
    cal,
    org,
    vev,
)

ME_W = att(USER_WORK, "Etxeberria Lasa, Ainhoa")
ME_ORG = org(USER_WORK, "Etxeberria Lasa, Ainhoa")
RT = "Romance Standard Time"
GHEAD = ["CALSCALE:GREGORIAN", "X-WR-CALNAME:Ainhoa", "X-WR-TIMEZONE:Europe/Madrid"]


def _n(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def _hand(uid: str, stamp: str, start: str, end: str, summary: str, descr: str | None = None,
          loc: str | None = None) -> str:
    return cal([vev(uid, stamp, start, end, summary, description=descr, location=loc, seq=None, status=None)],
               GOOGLE, method="PUBLISH", head=GHEAD)


def _apple(uid: str, stamp: str, start: str, end: str, summary: str, loc: str | None = None) -> str:
    lines = [f"UID:{uid}", f"DTSTAMP:{stamp}", start, end, "SUMMARY:" + summary, "SEQUENCE:0"]
    if loc:
        lines.append("LOCATION:" + loc.replace(",", "\\,"))
    return cal([lines], APPLE, method=None, tz=[TZ_MADRID])


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = "2bk7q9c1vt3mh0p6d8j5srna4e@google.com"
    out.append(_n("hand-site-visit-es", _hand(
        uid, "20251005T190000Z", "DTSTART:20251007T073000", "DTEND:20251007T093000",
        "visita obra Zorrotzaurre + DF", loc="Zorrotzaurre P7"), uid, "site-visit-es"))

    uid = "040000008200E00074C5B7101A82E0080000000054D9F0A1B2C3DC01000000000000000010000000D1D2D3D4D5D6D7D8D9E0"
    series = vev(
        uid, "20250915T080000Z", f"DTSTART;TZID={RT}:20250922T080000", f"DTEND;TZID={RT}:20250922T090000",
        "reu jefe de obra (semanal)", organizer=org("inaki.goikoetxea@construcciones-nervion.es",
                                                   "Goikoetxea Ruiz, Iñaki"),
        attendees=[ME_W, att("gorka.bilbao@construcciones-nervion.es", "Bilbao Etxebarria, Gorka")],
        location="Oficina Nervión – Sala 1", description="Seguimiento de plazos, costes y subcontratas.",
        extra=["RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260629T060000Z"],
    )
    override = vev(
        uid, "20251110T080000Z", f"DTSTART;TZID={RT}:20251117T120000", f"DTEND;TZID={RT}:20251117T130000",
        "reu jefe de obra (semanal) – hoy a las 12 por hormigonado", organizer=org(
            "inaki.goikoetxea@construcciones-nervion.es", "Goikoetxea Ruiz, Iñaki"),
        attendees=[ME_W, att("gorka.bilbao@construcciones-nervion.es", "Bilbao Etxebarria, Gorka")],
        location="Oficina Nervión – Sala 1", seq=1,
        extra=[f"RECURRENCE-ID;TZID={RT}:20251117T080000"],
    )
    out.append(_n("outlook-weekly-override-es", cal([series, override], OUTLOOK, tz=[TZ_ROMANCE]), uid,
                  "recurring-internal-override-es"))

    uid = "9hc1q3v5t7mk0p2b4jd6srna8f@google.com"
    out.append(_n("hand-certificacion-allday-es", _hand(
        uid, "20251020T070000Z", "DTSTART;VALUE=DATE:20251029", "DTEND;VALUE=DATE:20251030",
        "certificación octubre – enviar a DF"), uid, "internal-allday-es"))

    uid = "040000008200E00074C5B7101A82E0080000000065E0A1B2C3D4DC01000000000000000010000000E1E2E3E4E5E6E7E8E9F0"
    out.append(_n("outlook-pss-es", cal([vev(
        uid, "20251013T090000Z", f"DTSTART;TZID={RT}:20251016T110000", f"DTEND;TZID={RT}:20251016T123000",
        "Revisión PSS – anexo fachada (coordinador de seguridad)", organizer=ME_ORG,
        attendees=[att("r.lopez@prevencion-abra.com", "López Ibarra, Roberto")],
        location="Caseta de obra Zorrotzaurre",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "internal-safety-plan-es"))

    uid = "5dq8c0v2t4mh6p1b9jk3srna7e@google.com"
    out.append(_n("hand-hormigonado-es", _hand(
        uid, "20251103T180000Z", "DTSTART:20251105T060000", "DTEND:20251105T140000",
        "hormigonado losa P3 (bomba 6:30)", "confirmar con planta Hormigones Deusto"), uid, "internal-concrete-es"))

    uid = "040000008200E00074C5B7101A82E0080000000076F1B2C3D4E5DC01000000000000000010000000F1F2F3F4F5F6F7F8F9A0"
    out.append(_n("outlook-toolbox-talk-es", cal([vev(
        uid, "20251110T070000Z", f"DTSTART;TZID={RT}:20251112T073000", f"DTEND;TZID={RT}:20251112T074500",
        "Charla de seguridad 5 min – trabajos en altura", organizer=ME_ORG,
        attendees=[att("encargado.zorrotzaurre@construcciones-nervion.es", "Encargado Zorrotzaurre")],
        location="Acceso obra", description="Charla semanal al personal de obra y subcontratas.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "internal-safety-talk-es"))

    uid = "3E1A5C7B-9D2F-4B60-8C14-A7E2F9B0C3D6"
    out.append(_n("apple-osakidetza-es", _apple(
        uid, "20251002T180000Z", "DTSTART;TZID=Europe/Madrid:20251009T080500",
        "DTEND;TZID=Europe/Madrid:20251009T083000", "Osakidetza - análisis de sangre (en ayunas)",
        "Centro de Salud Deusto"), uid, "medical-es"))

    uid = "6cp0q4v8t2mk1h5b7jd9srna3e@google.com"
    out.append(_n("hand-fisio-es", _hand(
        uid, "20251103T200000Z", "DTSTART:20251106T190000", "DTEND:20251106T194500",
        "fisio rodilla (Iker)", loc="Fisioterapia Indautxu"), uid, "medical-physio-es"))

    uid = "8fk2q6v0t4mh3p9b1jd7srna5c@google.com"
    out.append(_n("hand-gestoria-es", _hand(
        uid, "20251111T090000Z", "DTSTART:20251114T133000", "DTEND:20251114T141500",
        "gestoría – papeles alquiler piso ama + IRPF", loc="Gestoría Arana, C/ Licenciado Poza 31"),
        uid, "gestoria-es"))

    uid = "040000008200E00074C5B7101A82E0080000000087A2C3D4E5F6DC0100000000000000001000000002030405060708090A0B"
    out.append(_n("outlook-ikastola-eu", cal([vev(
        uid, "20251112T140000Z", f"DTSTART;TZID={RT}:20251120T170000", f"DTEND;TZID={RT}:20251120T173000",
        "Ikastola – tutoretza Markel (3. maila)", organizer=org("idazkaritza@deustuikastola.eus",
                                                             "Deustu Ikastola Idazkaritza"),
        attendees=[att(USER_GMAIL, "Ainhoa Etxeberria")], location="Deustu Ikastola, 3. gela",
        description="Urteko lehen tutoretza-bilera. / Primera tutoría del curso.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "school-eu"))

    uid = "1ek9q3v7t5mh2p0b8jd4srna6f@google.com"
    out.append(_n("hand-notaria-es", _hand(
        uid, "20251201T210000Z", "DTSTART:20251215T100000", "DTEND:20251215T113000",
        "firma hipoteca – notaría (llevar DNI, nóminas)", loc="Notaría Gran Vía 45"), uid, "bank-es"))

    uid = "7B3D9F1E-2A4C-4E68-9A0B-C5D7E9F1A3B5"
    out.append(_n("apple-passport-es", _apple(
        uid, "20251014T190000Z", "DTSTART;TZID=Europe/Madrid:20251021T091000",
        "DTEND;TZID=Europe/Madrid:20251021T093000", "Cita pasaporte – Comisaría Indautxu (para viaje Dubái)",
        "Comisaría de Policía, C/ Gordóniz 8, Bilbao"), uid, "passport-es"))

    uid = "4gm1q5v9t3kh7p2b0jd6srna8e@google.com"
    out.append(_n("hand-flat-viewing-es", _hand(
        uid, "20251125T190000Z", "DTSTART:20251129T113000", "DTEND:20251129T121500",
        "ver piso Indautxu (Alda. Recalde) – inmobiliaria", "preguntar gastos comunidad y ascensor"),
        uid, "flat-viewing-es"))

    uid = "040000008200E00074C5B7101A82E0080000000098B3D4E5F6A7DC010000000000000000100000001A1B1C1D1E1F20212223"
    out.append(_n("outlook-euskaltegi-eu", cal([vev(
        uid, "20251101T100000Z", f"DTSTART;TZID={RT}:20251213T090000", f"DTEND;TZID={RT}:20251213T133000",
        "C1 azterketa – ahozko proba eta idatzizkoa", organizer=org("azterketak@bilboeuskaltegia.eus",
                                                                "Bilboko Euskaltegia"),
        attendees=[att(USER_GMAIL, "Ainhoa Etxeberria")], location="Bilboko Euskaltegia, Deusto",
        description="Ahozko proba: elkarrizketa azterketariekin (10 min) + idatzizko ariketa.",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "language-exam-oral-eu"))

    uid = "040000008200E00074C5B7101A82E00800000000A9C4E5F6A7B8DC010000000000000000100000002A2B2C2D2E2F30313233"
    out.append(_n("outlook-client-meeting-es", cal([vev(
        uid, "20251027T080000Z", f"DTSTART;TZID={RT}:20251030T100000", f"DTEND;TZID={RT}:20251030T113000",
        "Reunión Ayuntamiento – replanteo urbanización Zorrotzaurre",
        organizer=org("obras.urbanizacion@bilbao.eus", "Obras y Urbanización – Ayto. Bilbao"),
        attendees=[ME_W, att("inaki.goikoetxea@construcciones-nervion.es", "Goikoetxea Ruiz, Iñaki")],
        location="Área de Obras, Plaza San Nicolás 6",
    )], OUTLOOK, tz=[TZ_ROMANCE]), uid, "client-meeting-es"))

    uid = "040000008200E00074C5B7101A82E00800000000BAD5F6A7B8C9DC010000000000000000100000003A3B3C3D3E3F40414243"
    out.append(_n("outlook-cancel-internal-es", cal([vev(
        uid, "20251118T150000Z", f"DTSTART;TZID={RT}:20251119T160000", f"DTEND;TZID={RT}:20251119T170000",
        "Cancelado: Coordinación subcontratas estructura",
        organizer=org("gorka.bilbao@construcciones-nervion.es", "Bilbao Etxebarria, Gorka"),
        attendees=[ME_W], location="Caseta de obra", seq=1, status="CANCELLED",
    )], OUTLOOK, method="CANCEL", tz=[TZ_ROMANCE]), uid, "cancelled-internal-es"))
    return out
