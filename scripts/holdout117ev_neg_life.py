"""holdout117 negatives: personal appointments, the user's own job (fieldwork, meetings, appraisal), talks."""

from __future__ import annotations

from holdout117ev_ics import APPLE, ME_CN, ME_G, ME_W, OUTLOOK, TEAMS_ES, E, att, desc, html, org

MINE = ("X-WR-CALNAME:Tomás", "X-WR-TIMEZONE:America/Lima")
OL = ["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY"]
BOSS = "rhuaman@andesmin-exploracion.com.pe"


def _hand(kind: str, uid: str, start: str, end: str, summary: str, note: str, trap: str,
          loc: str = "") -> dict[str, object]:
    body = [f"DTSTART;TZID=America/Lima:{start}", f"DTEND;TZID=America/Lima:{end}", f"SUMMARY:{summary}"]
    if loc:
        body.append(f"LOCATION:{loc}")
    if note:
        body.append(desc(note))
    body.append("SEQUENCE:0")
    return E(kind, uid, body, trap=trap, tz=("America/Lima",), prodid=APPLE, method=None)


def events() -> list[dict[str, object]]:
    out = []
    out.append(_hand(
        "doctor-es", "B6C7D8E9-F0A1-4B2C-9D3E-4F5A6B7C8D15", "20251003T080000", "20251003T090000",
        "cita médico EsSalud – cardiología (Dr. Palomino)", "llevar resultados del electro y DNI", "doctor-es",
        loc="Hospital Rebagliati\\, Jesús María"))
    out.append(_hand(
        "tax-es", "C7D8E9F0-A1B2-4C3D-8E4F-5A6B7C8D9E16", "20251006T093000", "20251006T101500",
        "SUNAT – cita orientación renta 4ta / devolución", "llevar recibos por honorarios del curso 2024", "tax-es"))
    out.append(_hand(
        "school-es", "D8E9F0A1-B2C3-4D4E-9F5A-6B7C8D9E0F17", "20251017T183000", "20251017T200000",
        "reunión padres colegio Sofi (2do grado)", "entrega de libretas + entrevista con la tutora",
        "school-meeting-es",
        loc="Colegio San Agustín\\, San Isidro"))
    out.append(E(
        "visa-es", "2c4e6a8b-0d2f-4a4c-8e6a-8c0e2a4c6e18", [
            "DTSTART;TZID=America/Lima:20251029T073000",
            "DTEND;TZID=America/Lima:20251029T093000",
            "SUMMARY:Entrevista consular visa EE.UU. (B1/B2) – Embajada",
            "LOCATION:Embajada de los Estados Unidos\\, Av. La Encalada cdra. 17\\, Surco",
            desc("Confirmación AIS. Llevar pasaporte, DS-160, carta de trabajo Andesmin y boletas. Sin celular."),
            "SEQUENCE:0",
        ], trap="visa-interview-es", tz=("America/Lima",), method="PUBLISH", calx=MINE))
    out.append(E(
        "biometrics-en", "vfs-pe-ca-2025-11-07-3312@vfsglobal.com", [
            "DTSTART;TZID=America/Lima:20251107T101500",
            "DTEND;TZID=America/Lima:20251107T104500",
            "SUMMARY:VFS Global – Biometrics appointment (Canada visa application)",
            org("noreply@vfshelpline.com", "VFS Global"),
            att(ME_G, ME_CN),
            "LOCATION:Canada Visa Application Centre\\, Av. Paseo de la República 3245\\, San Isidro",
            desc("Please bring your passport, appointment letter and Biometric Instruction Letter (BIL)."),
        ], trap="visa-biometrics-en", tz=("America/Lima",), prodid="-//VFS Global//Appointment//EN"))
    out.append(_hand(
        "bank-es", "E9F0A1B2-C3D4-4E5F-8A6B-7C8D9E0F1A19", "20251018T100000", "20251018T110000",
        "BBVA – cita asesor crédito hipotecario", "llevar 3 últimas boletas y constancia de trabajo", "bank-es",
        loc="BBVA Agencia Camino Real"))
    text = "Agenda: avance campañas, presupuesto Q4, seguridad.\n\n" + TEAMS_ES.format(
        code="cmV1Z2Vy", mid="219 447 003 815", pwd="Gr3nc1")
    out.append(E(
        "meeting-es", "040000008200E00074C5B7101A82E00800000000F0F0E1E1D2D2DC01000000000000000010000000EE", [
            org(BOSS, "Huamán Flores, Rocío"),
            att(ME_W, "Aguirre Quispe, Tomás"),
            att("lccori@andesmin-exploracion.com.pe", "Ccori Huillca, Luis"),
            "SUMMARY;LANGUAGE=es-PE:reu gerencia",
            "DTSTART;TZID=SA Pacific Standard Time:20250908T083000",
            "DTEND;TZID=SA Pacific Standard Time:20250908T100000",
            "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=SU",
            "LOCATION;LANGUAGE=es-PE:Sala Cotahuasi / Teams",
            desc(text), html(text), *OL,
        ], trap="internal-meeting-es", tz=("SA Pacific Standard Time",), prodid=OUTLOOK))
    out.append(E(
        "shift-es", "8a0c2e4f-6b8d-4f0a-9c2e-4a6c8e0a2c20", [
            "DTSTART;VALUE=DATE:20251201",
            "DTEND;VALUE=DATE:20251215",
            "SUMMARY:turno mina (14x7) – Huancapetí",
            "TRANSP:TRANSPARENT", "SEQUENCE:0",
        ], trap="work-shift-es", method="PUBLISH", calx=MINE))
    out.append(_hand(
        "logging-es", "F0A1B2C3-D4E5-4F6A-9B7C-8D9E0F1A2B21", "20250910T080000", "20250910T170000",
        "logueo DDH-HC-25-014 (cajas 1-60)", "", "fieldwork-es", loc="almacén Lurín"))
    out.append(E(
        "campaign-es", "9b1d3f5a-7c9e-4b1d-8f3a-5c7e9a1c3e22", [
            "DTSTART;VALUE=DATE:20250915",
            "DTEND;VALUE=DATE:20250927",
            "SUMMARY:campaña Huancapetí – mapeo + muestreo superficial",
            desc("camioneta sale de Huaraz 6am. llevar GPS, brújula Brunton, bolsas de muestra"),
            "TRANSP:TRANSPARENT", "SEQUENCE:0",
        ], trap="field-campaign-es", method="PUBLISH", calx=MINE))
    text = (
        "Tomás:\n\nTe agendo la conversación de evaluación de desempeño 2025. Revisaremos tus objetivos "
        "(metros perforados vs. plan, reportes QAQC, liderazgo del equipo de logueo) y tu plan de desarrollo.\n\n"
        "Rocío"
    )
    out.append(E(
        "appraisal-es", "040000008200E00074C5B7101A82E00800000000F1F1E2E2D3D3DC01000000000000000010000000FF", [
            org(BOSS, "Huamán Flores, Rocío"),
            att(ME_W, "Aguirre Quispe, Tomás"),
            att("cbenavides@andesmin-exploracion.com.pe", "Benavides Ruiz, Carla", role="OPT-PARTICIPANT"),
            "SUMMARY;LANGUAGE=es-PE:Evaluación de desempeño 2025 - Tomás Aguirre",
            "DTSTART;TZID=SA Pacific Standard Time:20251216T150000",
            "DTEND;TZID=SA Pacific Standard Time:20251216T160000",
            "LOCATION;LANGUAGE=es-PE:Oficina Rocío",
            desc(text), html(text), *OL,
        ], trap="own-appraisal-es", tz=("SA Pacific Standard Time",), prodid=OUTLOOK))
    text = (
        "Estimado Tomás:\n\nComo parte del proceso de cese, te invitamos a la entrevista de salida. Tus "
        "comentarios son confidenciales y nos ayudan a mejorar.\n\nCarla Benavides\nGestión Humana"
    )
    out.append(E(
        "exit-es", "040000008200E00074C5B7101A82E00800000000F2F2E3E3D4D4DC0100000000000000001000000100", [
            org("cbenavides@andesmin-exploracion.com.pe", "Benavides Ruiz, Carla"),
            att(ME_W, "Aguirre Quispe, Tomás"),
            "SUMMARY;LANGUAGE=es-PE:Entrevista de salida - Tomás Aguirre Quispe",
            "DTSTART;TZID=SA Pacific Standard Time:20260129T110000",
            "DTEND;TZID=SA Pacific Standard Time:20260129T114500",
            "LOCATION;LANGUAGE=es-PE:Gestión Humana - piso 2",
            desc(text), html(text), *OL,
        ], trap="own-exit-interview-es", tz=("SA Pacific Standard Time",), prodid=OUTLOOK))
    out.append(E(
        "talk-es", "cip-cdl-charla-20251120-017@cip.org.pe", [
            "DTSTART;TZID=America/Lima:20251120T190000",
            "DTEND;TZID=America/Lima:20251120T210000",
            "SUMMARY:Charla CIP – Modelamiento implícito en exploración (expositor: Ing. Tomás Aguirre)",
            org("capitulogeologia@cipcdlima.org.pe", "Capítulo de Ingeniería Geológica CD Lima"),
            att(ME_W, ME_CN, stat="ACCEPTED"),
            "LOCATION:Auditorio CIP CD Lima\\, Calle Marconi 210\\, San Isidro",
            desc("Ing. Aguirre: le recordamos su exposición. Llegar 30 min antes para prueba de proyector."),
        ], trap="talk-given-es", tz=("America/Lima",), prodid=OUTLOOK))
    out.append(_hand(
        "cip-es", "A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C23", "20251028T083000", "20251028T093000",
        "CIP – trámite habilitación (pagar cuotas 2025)", "certificado de habilidad para postulaciones",
        "colegio-appointment-es", loc="CIP CD Lima"))
    return out
