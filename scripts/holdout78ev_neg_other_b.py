"""holdout78 negatives, part B: personal appointments and the user's daily work at Hotel Cala Blava."""

from __future__ import annotations

from holdout78ev_ics import (
    APPLE_IOS,
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    ME_WORK,
    MS_PROPS,
    TZ_BERLIN,
    TZ_MADRID,
    TZ_WIN_ROMANCE,
    Ev,
    att,
    cal,
    esc,
    lab,
    ms_uid,
    org,
)

ME = att(ME_FREE, "Javier Morales Ferrer")
ME_W = att(ME_WORK, "Javier Morales Ferrer")


def _simple(uid: str, start: str, end: str, summary: str, desc: str = "", location: str = "",
            extra: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VEVENT", f"CREATED:{start[:8]}T070000Z", f"DTSTAMP:{start[:8]}T070010Z",
             f"DTSTART;TZID=Europe/Madrid:{start}", f"DTEND;TZID=Europe/Madrid:{end}", f"SUMMARY:{esc(summary)}"]
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    lines += [*extra, f"UID:{uid}", "SEQUENCE:0", "END:VEVENT"]
    return "\n".join(lines)


def doctor() -> Ev:
    uid = "0E1D2C3B-4A59-4867-9F8E-7D6C5B4A3921"
    body = _simple(uid, "20250304T081500", "20250304T083000", "Médico de cabecera – Dra. Mulet",
                   "Resultados analítica. Llevar tarjeta sanitaria.", "Centre de Salut Son Pisà, consulta 12")
    return Ev("doctor-es", cal(TZ_MADRID, body, prodid=APPLE_IOS, method=None), [lab(uid, 0, trap="doctor-es")])


def bank() -> Ev:
    uid = "cita-0098812@citaprevia.bancaillesbalears.es"
    d = ("Confirmación de su cita previa\nOficina: Palma – Jaume III, 24\nGestor: Bartomeu Sureda\nMotivo: "
         "revisión de condiciones de hipoteca\nSi no puede asistir, cancele la cita desde la app.")
    body = "\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250305T080000Z",
                      "DTSTART;TZID=Europe/Madrid:20250311T090000", "DTEND;TZID=Europe/Madrid:20250311T093000",
                      f"SUMMARY:{esc('Cita previa Banca Illes Balears – gestor hipotecas')}",
                      f"DESCRIPTION:{esc(d)}", f"LOCATION:{esc('Av. Jaume III, 24, Palma')}",
                      org("citaprevia@bancaillesbalears.es", "Banca Illes Balears"), ME, "END:VEVENT"])
    return Ev("bank-es", cal(TZ_MADRID, body, prodid="-//Banca Illes Balears//Cita Previa//ES"),
              [lab(uid, 0, trap="bank-appointment-es")])


def gestoria() -> Ev:
    uid = "3e4r5t6y7u8i9o0p1q2w3e4r5t@google.com"
    body = _simple(uid, "20250507T180000", "20250507T184500", "Gestoría Pons – renta 2024",
                   "Llevar certificado de retenciones Cala Blava, recibos colegio y plan de pensiones.",
                   "Gestoria Pons, C/ Aragó 55, Palma")
    return Ev("gestoria-es", cal(TZ_MADRID, body, prodid=GOOGLE, method="PUBLISH"), [lab(uid, 0, trap="gestoria-es")])


def school_ca() -> Ev:
    uid = "tutoria-2eso-b-morales@santjosepobrer.cat"
    d = ("Benvolguda família,\n\nUs convoquem a l'entrevista de tutoria del segon trimestre de Pau Morales "
         "(2n ESO B).\n\nTutora: Francesca Llull")
    body = "\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250317T120000Z",
                      "DTSTART;TZID=Europe/Madrid:20250325T173000", "DTEND;TZID=Europe/Madrid:20250325T180000",
                      f"SUMMARY:{esc('Entrevista tutoria – Pau Morales (2n ESO B)')}", f"DESCRIPTION:{esc(d)}",
                      f"LOCATION:{esc('Col·legi Sant Josep Obrer, aula 2B')}",
                      org("fllull@santjosepobrer.cat", "Francesca Llull"), ME, "END:VEVENT"])
    return Ev("school-tutoria-ca", cal(TZ_MADRID, body, prodid=GOOGLE), [lab(uid, 0, trap="school-entrevista-ca")])


def passport() -> Ev:
    uid = "5B4A3C2D-1E0F-4A9B-8C7D-6E5F4A3B2C1D"
    body = _simple(uid, "20250416T093000", "20250416T094500", "Cita pasaporte – Comisaría Palma (con Laia)",
                   "Cita previa DNI/pasaporte. Llevar foto, DNI antiguo y libro de familia para la niña.",
                   "Comisaría de Policía, C/ Simó Ballester 8, Palma")
    return Ev("passport-es", cal(TZ_MADRID, body, prodid=APPLE_IOS, method=None), [lab(uid, 0, trap="passport-es")])


def daily_briefing() -> Ev:
    uid = ms_uid("calablava-briefing-diario")
    d = ("Briefing diario de jefes de departamento: ocupación, llegadas VIP, incidencias, grupos y "
         "touroperadores del día.")
    master = "\n".join([
        "BEGIN:VEVENT", org(ME_WORK, "Morales Ferrer, Javier"),
        att("tramis@hotelcalablava.com", "Ramis, Toni"), att("briera@hotelcalablava.com", "Riera, Biel"),
        att("gobernanta@hotelcalablava.com", "Gobernanta"), f"DESCRIPTION;LANGUAGE=es-ES:{esc(d)}",
        "RRULE:FREQ=WEEKLY;UNTIL=20251031T073000Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR,SA;WKST=MO",
        f"UID:{uid}", f"SUMMARY;LANGUAGE=es-ES:{esc('Briefing diario jefes de departamento')}",
        "DTSTART;TZID=Romance Standard Time:20250401T093000", "DTEND;TZID=Romance Standard Time:20250401T094500",
        "DTSTAMP:20250325T100000Z", "SEQUENCE:0", f"LOCATION;LANGUAGE=es-ES:{esc('Back office recepción')}",
        MS_PROPS, "END:VEVENT"])
    override = "\n".join([
        "BEGIN:VEVENT", org(ME_WORK, "Morales Ferrer, Javier"),
        att("tramis@hotelcalablava.com", "Ramis, Toni"), att("briera@hotelcalablava.com", "Riera, Biel"),
        f"DESCRIPTION;LANGUAGE=es-ES:{esc('Hoy a las 10:15 por la visita del touroperador. ' + d)}",
        "RECURRENCE-ID;TZID=Romance Standard Time:20250415T093000", f"UID:{uid}",
        f"SUMMARY;LANGUAGE=es-ES:{esc('Briefing diario jefes de departamento (10:15)')}",
        "DTSTART;TZID=Romance Standard Time:20250415T101500", "DTEND;TZID=Romance Standard Time:20250415T103000",
        "DTSTAMP:20250410T100000Z", "SEQUENCE:1", f"LOCATION;LANGUAGE=es-ES:{esc('Back office recepción')}",
        MS_PROPS, "END:VEVENT"])
    return Ev("recurring-briefing-es", cal(TZ_WIN_ROMANCE, master, override, prodid=EXCHANGE),
              [lab(uid, 0, trap="recurring-internal-briefing-es")])


def tour_operator_visit() -> Ev:
    uid = "rwt-qs-inspektion-calablava-2025@reisewelt-touristik.de"
    d = ("Sehr geehrter Herr Morales Ferrer,\n\nwie angekündigt besucht unser Qualitätsmanager Herr Jörg Albers "
         "das Hotel Cala Blava zur jährlichen Hotelinspektion (Zimmer, Poolbereich, Kinderclub, Hygiene). "
         "Anschließend kurzes Gespräch zu den Gästebewertungen 2024.\n\nReisewelt Touristik AG – Einkauf "
         "Balearen")
    body = "\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250401T090000Z",
                      "DTSTART;TZID=Europe/Berlin:20250415T103000", "DTEND;TZID=Europe/Berlin:20250415T130000",
                      f"SUMMARY:{esc('Hotelinspektion Reisewelt – Hotel Cala Blava')}", f"DESCRIPTION:{esc(d)}",
                      f"LOCATION:{esc('Hotel Cala Blava, Palma')}",
                      org("einkauf.balearen@reisewelt-touristik.de", "Reisewelt Einkauf Balearen"),
                      att(ME_WORK, "Javier Morales Ferrer"), att("j.albers@reisewelt-touristik.de", "Jörg Albers"),
                      "END:VEVENT"])
    return Ev("tour-operator-visit-de", cal(TZ_BERLIN, body, prodid="-//Reisewelt Touristik//Outlook//DE"),
              [lab(uid, 0, trap="tour-operator-visit-de")])


def budget_meeting() -> Ev:
    uid = ms_uid("calablava-presupuesto-2025")
    body = "\n".join([
        "BEGIN:VEVENT", org("cvich@hotelcalablava.com", "Vich Amengual, Carles"), ME_W,
        att("controller@hotelcalablava.com", "Controller Cala Blava"),
        f"DESCRIPTION;LANGUAGE=es-ES:{esc('Cierre presupuesto temporada 2025: personal, F&B y mantenimiento.')}",
        f"UID:{uid}", f"SUMMARY;LANGUAGE=es-ES:{esc('Reunión presupuesto temporada 2025')}",
        "DTSTART;TZID=Romance Standard Time:20250219T160000", "DTEND;TZID=Romance Standard Time:20250219T180000",
        "DTSTAMP:20250212T100000Z", "SEQUENCE:0", f"LOCATION;LANGUAGE=es-ES:{esc('Sala Consell')}", MS_PROPS,
        "END:VEVENT"])
    return Ev("internal-budget-es", cal(TZ_WIN_ROMANCE, body, prodid=EXCHANGE),
              [lab(uid, 0, trap="internal-meeting-es")])


def work_permit() -> Ev:
    uid = "7C6B5A49-3827-4615-A4B3-C2D1E0F9A8B7"
    body = _simple(uid, "20250320T100000", "20250320T110000",
                   "Extranjería – renovación permiso trabajo Youssef (cocina)",
                   "Acompañar a Youssef El Amrani. Llevar contrato, vida laboral y certificado de empresa.",
                   "Oficina de Extranjería, C/ Ciudad de Querétaro s/n, Palma")
    return Ev("work-permit-es", cal(TZ_MADRID, body, prodid=APPLE_IOS, method=None),
              [lab(uid, 0, trap="visa-appointment-es")])


def fct_tutor() -> Ev:
    uid = "8u7y6t5r4e3w2q1a0s9d8f7g6h@google.com"
    d = ("Reunión de seguimiento con el tutor del IES Juníper Serra (FP Dirección de Alojamientos) sobre el alumno "
         "en prácticas Joan Cerdà: evaluación intermedia de la FCT.")
    body = "\n".join(["BEGIN:VEVENT", "DTSTART;TZID=Europe/Madrid:20250409T120000",
                      "DTEND;TZID=Europe/Madrid:20250409T124500", "DTSTAMP:20250401T090000Z",
                      org("tutorfct.hosteleria@iesjuniperserra.es", "Miquel Ferrà"), f"UID:{uid}",
                      att(ME_WORK, "Javier Morales Ferrer"), f"DESCRIPTION:{esc(d)}",
                      f"LOCATION:{esc('Hotel Cala Blava')}", "SEQUENCE:0", "STATUS:CONFIRMED",
                      f"SUMMARY:{esc('Seguimiento FCT – alumno en prácticas Joan Cerdà')}", "END:VEVENT"])
    return Ev("internship-tutor-es", cal(TZ_MADRID, body, prodid=GOOGLE), [lab(uid, 0, trap="internship-followup-es")])


def company_medical() -> Ev:
    uid = "recmed-2025-jmf@prevencionbalear.es"
    body = "\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250220T090000Z",
                      "DTSTART;TZID=Europe/Madrid:20250226T080000", "DTEND;TZID=Europe/Madrid:20250226T083000",
                      f"SUMMARY:{esc('Reconocimiento médico laboral – en ayunas')}",
                      f"DESCRIPTION:{esc('Servicio de prevención ajeno. Vigilancia de la salud anual.')}",
                      f"LOCATION:{esc('Prevención Balear, C/ Foners 12, Palma')}",
                      org("citas@prevencionbalear.es", "Prevención Balear"), ME_W, "END:VEVENT"])
    return Ev("company-medical-es", cal(TZ_MADRID, body, prodid="-//Prevencion Balear//Citas//ES"),
              [lab(uid, 0, trap="medical-checkup-es")])


def works_council() -> Ev:
    uid = ms_uid("calablava-comite-empresa")
    d = "Calendario de vacaciones de verano y refuerzos de plantilla para julio y agosto."
    body = "\n".join([
        "BEGIN:VEVENT", org("comite@hotelcalablava.com", "Comité de Empresa Cala Blava"), ME_W,
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(d)}", f"UID:{uid}",
        f"SUMMARY;LANGUAGE=es-ES:{esc('Reunión Dirección – Comité de Empresa')}",
        "DTSTART;TZID=Romance Standard Time:20250508T163000", "DTEND;TZID=Romance Standard Time:20250508T180000",
        "DTSTAMP:20250502T100000Z", "SEQUENCE:0", f"LOCATION;LANGUAGE=es-ES:{esc('Sala Consell')}", MS_PROPS,
        "END:VEVENT"])
    return Ev("works-council-es", cal(TZ_WIN_ROMANCE, body, prodid=EXCHANGE), [lab(uid, 0, trap="internal-meeting-es")])


def padel() -> Ev:
    uid = "2s3d4f5g6h7j8k9l0z1x2c3v4b@google.com"
    body = "\n".join(["BEGIN:VEVENT", "DTSTART;TZID=Europe/Madrid:20250315T190000",
                      "DTEND;TZID=Europe/Madrid:20250315T203000", "DTSTAMP:20250312T210000Z",
                      org(ME_FREE, "Javier Morales Ferrer"), f"UID:{uid}", ME,
                      att("toniramis.pm@gmail.com", "Toni Ramis"), att("biel.riera.cuina@gmail.com", "Biel Riera"),
                      f"LOCATION:{esc('Club Pàdel Son Rapinya, pista 4')}", "SEQUENCE:0", "STATUS:CONFIRMED",
                      f"SUMMARY:{esc('Pádel con Toni y Biel')}", "END:VEVENT"])
    return Ev("padel-es", cal(TZ_MADRID, body, prodid=GOOGLE), [lab(uid, 0, trap="personal-sport-es")])


def dentist_de() -> Ev:
    uid = "zahnarzt-20250521@praxis-dr-kessler-palma.de"
    body = "\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250510T090000Z",
                      "DTSTART;TZID=Europe/Madrid:20250521T083000", "DTEND;TZID=Europe/Madrid:20250521T091500",
                      f"SUMMARY:{esc('Termin: Professionelle Zahnreinigung')}",
                      f"DESCRIPTION:{esc('Zahnarztpraxis Dr. Kessler (deutschsprachig), Palma. Bitte 5 Min. früher.')}",
                      f"LOCATION:{esc('Av. Joan Miró 120, Palma')}",
                      org("termine@praxis-dr-kessler-palma.de", "Praxis Dr. Kessler"), ME, "END:VEVENT"])
    return Ev("dentist-de", cal(TZ_MADRID, body, prodid="-//Doctolib//Termin//DE"), [lab(uid, 0, trap="dentist-de")])


def make() -> list[Ev]:
    return [doctor(), bank(), gestoria(), school_ca(), passport(), daily_briefing(), tour_operator_visit(),
            budget_meeting(), work_permit(), fct_tutor(), company_medical(), works_council(), padel(), dentist_de()]
