"""holdout92 positives, part B: clubs, foundations, agencies, special shapes (cancel, reschedule, recurrence)."""

from __future__ import annotations

from holdout92ev_ics import ME, ME_GMAIL, ME_WORK, att, calendar, esc, ev, meet, teams, uid_google, who, zoom
from holdout92ev_tools import apple, google, outlook

I = (ME_GMAIL, ME)  # noqa: E741


def _trial_days() -> tuple[str, str]:
    uid = uid_google("manzanares-trial")
    org = who("ORGANIZER", "s.medicos@atleticomanzanares.com", "Servicios Médicos CA Manzanares")
    atts = [att("s.medicos@atleticomanzanares.com", "Servicios Médicos CA Manzanares", partstat="ACCEPTED"),
            att(ME_GMAIL, ME), att("ruben.cobo@atleticomanzanares.com", "Rubén Cobo")]
    desc = esc("Jornadas de prueba para la plaza de Fisioterapeuta de Cantera (Juvenil A y Cadete). Trabajarás "
               "con Rubén Cobo (fisioterapeuta jefe de cantera), que te evaluará en campo y en camilla. "
               "Horario 9:00-14:00, Ciudad Deportiva, campo 3. Ropa deportiva.\n\nServicios Médicos – Club "
               "Atlético Manzanares")
    summary = esc("Jornada de prueba – Fisioterapeuta Cantera (Atlético Manzanares)")
    master = [org, "DTSTART;TZID=Europe/Madrid:20250505T090000", "DTEND;TZID=Europe/Madrid:20250505T140000",
              "RRULE:FREQ=DAILY;COUNT=2", "DTSTAMP:20250428T170500Z", f"UID:{uid}", f"SUMMARY:{summary}",
              f"DESCRIPTION:{desc}", "LOCATION:Ciudad Deportiva Atlético Manzanares\\, Campo 3\\, Madrid",
              "SEQUENCE:0", "STATUS:CONFIRMED", *atts, "TRANSP:OPAQUE"]
    override = [org, "RECURRENCE-ID;TZID=Europe/Madrid:20250506T090000",
                "DTSTART;TZID=Europe/Madrid:20250508T160000", "DTEND;TZID=Europe/Madrid:20250508T200000",
                "DTSTAMP:20250430T081000Z", f"UID:{uid}", f"SUMMARY:{summary}",
                f"DESCRIPTION:{esc('Cambio: el segundo día pasa al jueves por la tarde (entreno del Juvenil A).')}"
                "\\n\\n" + desc, "LOCATION:Ciudad Deportiva Atlético Manzanares\\, Campo 3\\, Madrid",
                "SEQUENCE:1", "STATUS:CONFIRMED", *atts, "TRANSP:OPAQUE"]
    return calendar([master, override], "-//Google Inc//Google Calendar 70.9054//EN", "REQUEST",
                    "Europe/Madrid"), uid


def events() -> list[dict[str, object]]:
    out = []
    # 24 cancellation
    ics, uid = outlook(
        "cbmoncloa", "Cancelada: Entrevista – Fisioterapeuta cantera – CB Moncloa", "20250325T180000",
        "20250325T183000", ("direccion.deportiva@cbmoncloa.es", "Dirección Deportiva CB Moncloa"),
        [(ME_GMAIL, "irene.gallego.fisio@gmail.com"), ("jaime.orus@cbmoncloa.es", "Orús, Jaime")],
        "Irene, tenemos que cancelar la entrevista del martes: el puesto queda en pausa hasta final de temporada. "
        "Te escribiremos si se reabre.\nJaime Orús – Club Baloncesto Estudiantil Moncloa",
        "Pabellón CB Moncloa", method="CANCEL", seq=1, status="CANCELLED")
    out.append(ev(kind="cancelled-outlook-es", ics=ics, uid=uid, is_interview=1,
                  company="Club Baloncesto Estudiantil Moncloa", role="Fisioterapeuta cantera",
                  interviewers="jaime.orus@cbmoncloa.es", trap="cancelled-method-cancel-es"))
    # 25 rescheduled
    ics, uid = google(
        "amparo-ribera", "Entrevista – Fisioterapeuta pediátrico/a – Fundación Amparo Ribera", "20250410T113000",
        "20250410T123000", ("mj.carrasco@fundacionamparoribera.org", "María José Carrasco"),
        [("mj.carrasco@fundacionamparoribera.org", "María José Carrasco"), I,
         ("ines.torrijos@fundacionamparoribera.org", "Inés Torrijos")],
        "Irene, perdona el cambio: la entrevista pasa del martes 8 al jueves 10 a las 11:30, misma sala. "
        "Estaremos Inés Torrijos (coordinadora de Atención Temprana) y yo (Dirección Técnica).\n\n"
        "Fundación Amparo Ribera – C/ Arturo Soria 212, Madrid", "Fundación Amparo Ribera, C/ Arturo Soria 212",
        seq=2, stamp="20250404T093000Z")
    out.append(ev(kind="rescheduled-google-es", ics=ics, uid=uid, is_interview=1, company="Fundación Amparo Ribera",
                  role="Fisioterapeuta pediátrico/a", stage="hiring_manager",
                  interviewers="mj.carrasco@fundacionamparoribera.org;ines.torrijos@fundacionamparoribera.org",
                  trap="rescheduled-sequence-es"))
    # 26 recurring trial days with an override
    ics, uid = _trial_days()
    out.append(ev(kind="recurring-trial-days-es", ics=ics, uid=uid, is_interview=1,
                  company="Club Atlético Manzanares", role="Fisioterapeuta Cantera", stage="technical",
                  interviewers="ruben.cobo@atleticomanzanares.com", trap="recurring-override-trial-es"))
    # 27 first interview with the club
    ics, uid = google(
        "manzanares-first", "Entrevista Irene Gallego – Fisio Cantera", "20250422T100000", "20250422T110000",
        ("s.medicos@atleticomanzanares.com", "Servicios Médicos CA Manzanares"),
        [I, ("ruben.cobo@atleticomanzanares.com", "Rubén Cobo"),
         ("dra.ferrandiz@atleticomanzanares.com", "Lucía Ferrándiz")],
        "Entrevista con Rubén Cobo (fisio jefe cantera) y la Dra. Ferrándiz (jefa de servicios médicos).",
        "Ciudad Deportiva – edificio de servicios médicos, 1ª planta")
    out.append(ev(kind="club-direct-es", ics=ics, uid=uid, is_interview=1, company="Club Atlético Manzanares",
                  role="Fisio Cantera", stage="hiring_manager",
                  interviewers="ruben.cobo@atleticomanzanares.com;dra.ferrandiz@atleticomanzanares.com",
                  trap="company-in-domain-only-es"))
    # 28 hand-typed in her own Google calendar
    ics, uid = google(
        "bm-henares", "Entrevista BM Henares - fisio 1er equipo", "20250415T193000", "20250415T203000", None, [],
        "Hablar con Quique (prep. físico) y el médico. Llevar CV y titulación. Pabellón Juan de Austria.",
        "Pabellón Juan de Austria, Alcalá de Henares", method=None)
    out.append(ev(kind="handtyped-club-es", ics=ics, uid=uid, is_interview=1, company="Club Balonmano Henares Norte",
                  role="fisio 1er equipo", interviewers="Quique", trap="handtyped-no-organizer-es"))
    # 29 hand-typed phone call on iPhone
    ics, uid = apple("inter-vallecas", "Llamada Inter Vallecas FS (Dani, coord. médico) – fisio 1er equipo",
                     "20250407T133000", "20250407T140000", "me llama él. sueldo? horario entrenos?", None)
    out.append(ev(kind="handtyped-phone-es", ics=ics, uid=uid, is_interview=1, company="Inter Vallecas Fútbol Sala",
                  role="fisio 1er equipo", stage="recruiter_screen", interviewers="Dani",
                  trap="handtyped-phone-screen-es"))
    # 30 Outlook with X-ALT-DESC, clinical case, foundation
    html = ("<html><body><p>Estimada Irene:</p><p>Le convocamos a la <b>prueba técnica</b> (caso clínico de "
            "lesión medular incompleta D10, 45 min) con <b>Dña. Olga Centeno</b> y <b>D. Raúl Peñalver</b>.</p>"
            "<p>Unidad de Lesión Medular – FLMC</p></body></html>")
    ics, uid = outlook(
        "flmc-case", "Prueba técnica – Fisioterapeuta Unidad de Lesión Medular", "20250423T100000",
        "20250423T114500", ("rrhh@flmc.org", "RRHH FLMC"),
        [(ME_GMAIL, "Irene Gallego Soto"), ("olga.centeno@flmc.org", "Centeno Ruiz, Olga"),
         ("raul.penalver@flmc.org", "Peñalver Sanz, Raúl")],
        "Estimada Irene:\n\nLe convocamos a la prueba técnica (caso clínico de lesión medular incompleta D10, "
        "45 min) con Dña. Olga Centeno y D. Raúl Peñalver.\n\nUnidad de Lesión Medular – Fundación Lesionados "
        "Medulares de Castilla", "Sede FLMC, Paseo de Zorrilla 101, Valladolid", html=esc(html),
        rooms=[("aula2@flmc.org", "Aula 2 – gimnasio ULM")])
    out.append(ev(kind="outlook-alt-desc-technical-es", ics=ics, uid=uid, is_interview=1,
                  company="Fundación Lesionados Medulares de Castilla",
                  role="Fisioterapeuta Unidad de Lesión Medular", stage="technical",
                  interviewers="olga.centeno@flmc.org;raul.penalver@flmc.org", trap="outlook-x-alt-desc-room-es"))
    # 31 technical with ultrasound, sports-medicine institute
    ics, uid = google(
        "imdo-tech", "IMDO · Entrevista técnica (ecografía + caso) – Irene Gallego", "20250425T090000",
        "20250425T103000", ("hugo.sastre@imdolimpo.com", "Hugo Sastre"),
        [("hugo.sastre@imdolimpo.com", "Hugo Sastre"), I, ("recepcion@imdolimpo.com", "Recepción IMDO")],
        "Segunda fase para Fisioterapeuta en el Instituto de Medicina Deportiva Olimpo: valoración ecográfica "
        "de tendón rotuliano y razonamiento clínico sobre un caso de pubalgia. Me acompaña en la sala nuestra "
        "recepción solo para el acceso.\nHugo Sastre – Responsable de Fisioterapia", "IMDO, C/ Raimundo "
        "Fernández Villaverde 45, Madrid")
    out.append(ev(kind="google-technical-es", ics=ics, uid=uid, is_interview=1,
                  company="Instituto de Medicina Deportiva Olimpo", role="Fisioterapeuta", stage="technical",
                  interviewers="hugo.sastre@imdolimpo.com", trap="acronym-summary-reception-attendee-es"))
    # 32 agency (second one) naming the employer
    ics, uid = outlook(
        "fisiojobs-neurovida", "Fisiojobs | Entrevista con Hospital de Día Neurovida – Irene Gallego",
        "20250429T170000", "20250429T174500", ("alberto.rius@fisiojobs.es", "Rius, Alberto"),
        [(ME_GMAIL, "Irene Gallego"), ("d.montoya@neurovida.es", "Montoya, Diana")],
        "Irene, te presento a Diana Montoya, directora asistencial de Neurovida, que hará la entrevista. Yo no "
        "estaré en la llamada.\n\n" + teams("neurovida"), "Reunión de Microsoft Teams", server=False)
    out.append(ev(kind="agency-outlook-es", ics=ics, uid=uid, is_interview=1, company="Hospital de Día Neurovida",
                  role="", stage="hiring_manager", interviewers="d.montoya@neurovida.es",
                  trap="agency-in-summary-es"))
    # 33 rugby club, volunteer on hotmail
    ics, uid = google(
        "rugby-turia", "Irene / Rugby Turia – vídeo", "20250506T203000", "20250506T210000",
        ("pepesanchis_rugby@hotmail.com", "Pepe Sanchis"), [("pepesanchis_rugby@hotmail.com", "Pepe Sanchis"), I],
        "Hola Irene, como te dije por teléfono, te entrevistamos el presidente y yo para lo de fisio del "
        "Club de Rugby Turia (sénior masculino, sábados + 2 tardes). Si te cuadra lo del traslado a Valencia, "
        "seguimos.\nPepe (delegado)\n\n" + meet("ruq-tmfb-oex"), None)
    out.append(ev(kind="club-hotmail-es", ics=ics, uid=uid, is_interview=1, company="Club de Rugby Turia",
                  role="fisio", stage="hiring_manager", interviewers="pepesanchis_rugby@hotmail.com",
                  trap="freemail-volunteer-club-es"))
    # 34 headhunter naming the employer only in the body
    ics, uid = google(
        "talentia-arenal", "Entrevista – Fisioterapeuta senior (cliente: CMD Arenal)", "20250508T120000",
        "20250508T130000", ("carla.munt@talentiasalud.com", "Carla Munt"),
        [("carla.munt@talentiasalud.com", "Carla Munt"), I, ("gerencia@cmdarenal.es", "Gerencia CMD Arenal")],
        "Irene, confirmada la entrevista en el Centro Médico Deportivo Arenal con su gerente, Sonia Paredes, "
        "para el puesto de Fisioterapeuta senior. Te acompaño los 5 primeros minutos.\nCarla – Talentia Salud "
        "Consultores", "C/ del Arenal 9, Madrid")
    out.append(ev(kind="headhunter-client-es", ics=ics, uid=uid, is_interview=1,
                  company="Centro Médico Deportivo Arenal", role="Fisioterapeuta senior", stage="hiring_manager",
                  interviewers="gerencia@cmdarenal.es", trap="headhunter-acronym-es"))
    # 35 final with the elder-care group's CEO
    ics, uid = outlook(
        "cipres-final", "Entrevista final – Fisioterapeuta – Dirección General", "20250402T093000",
        "20250402T101500", ("f.arnedo@residenciascipres.com", "Arnedo Salcedo, Francisco"),
        [(ME_GMAIL, "irene.gallego.fisio@gmail.com")],
        "Irene, última conversación con Francisco Arnedo (Director General de Residencias Ciprés). Oficinas "
        "centrales, Paseo de la Castellana 141, planta 7.\n\nAsistente de Dirección – Residencias Ciprés",
        "Oficinas centrales, Pº de la Castellana 141, pl. 7", sent_by="asistente.direccion@residenciascipres.com")
    out.append(ev(kind="outlook-final-sentby-es", ics=ics, uid=uid, is_interview=1, company="Residencias Ciprés",
                  role="Fisioterapeuta", stage="final", interviewers="f.arnedo@residenciascipres.com",
                  trap="sent-by-assistant-final-es"))
    # 36 Catalan invite from a Barcelona sports clinic
    ics, uid = google(
        "salut-esportiva", "Entrevista – Fisioterapeuta esportiu/va – Salut Esportiva BCN", "20250509T100000",
        "20250509T104500", ("jordi.puig@salutesportiva.cat", "Jordi Puig"),
        [("jordi.puig@salutesportiva.cat", "Jordi Puig"), I, ("mireia.sole@salutesportiva.cat", "Mireia Solé")],
        "Hola Irene,\n\net convidem a l'entrevista per a la plaça de fisioterapeuta esportiu/va. Hi serem en Jordi "
        "Puig (director clínic) i la Mireia Solé (fisioterapeuta coordinadora). Si prefereixes fer-la en "
        "castellà, cap problema.\n\n" + meet("sdk-peqa-wuy"), None)
    out.append(ev(kind="google-catalan", ics=ics, uid=uid, is_interview=1, company="Salut Esportiva BCN",
                  role="Fisioterapeuta esportiu/va", stage="hiring_manager",
                  interviewers="jordi.puig@salutesportiva.cat;mireia.sole@salutesportiva.cat",
                  trap="google-catalan"))
    # 37 WhatsApp-arranged, typed on the phone, pelvic-floor clinic
    ics, uid = apple("pelvis", "Entrevista Pelvis&Co – pregunta por Elisa", "20250512T151500", "20250512T160000",
                     None, "Pelvis & Co Fisioterapia, C/ Príncipe de Vergara 210", extra=(
                         "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=\"Pelvis & Co "
                         "Fisioterapia\":geo:40.451220,-3.677310",))
    out.append(ev(kind="apple-structured-location-es", ics=ics, uid=uid, is_interview=1,
                  company="Pelvis & Co Fisioterapia", interviewers="Elisa", trap="apple-terse-structured-location-es"))
    # 38 Zoom interview where the stage is not said
    ics, uid = google(
        "rehab-domic", "Conversación puesto fisioterapeuta – Centro Rehabilita Pozuelo", "20250513T110000",
        "20250513T114500", ("seleccion@rehabilita-pozuelo.es", "Centro Rehabilita Pozuelo"),
        [I, ("andres.molla@rehabilita-pozuelo.es", "Andrés Mollá")],
        "Hola Irene,\n\nAndrés Mollá, socio del centro, quiere conocerte para la vacante de fisioterapeuta "
        "(jornada completa, suelo pélvico y trauma).\n\n" + zoom("rehabilita", host="us02web"), "Zoom")
    out.append(ev(kind="zoom-conversacion-es", ics=ics, uid=uid, is_interview=1, company="Centro Rehabilita Pozuelo",
                  role="fisioterapeuta", stage="hiring_manager", interviewers="andres.molla@rehabilita-pozuelo.es",
                  trap="conversacion-wording-es"))
    # 39 invite sent to her work address by mistake, hospital respiratory unit
    ics, uid = google(
        "san-gines", "Entrevista – Fisioterapeuta Respiratorio/UCI – Hospital San Ginés", "20250505T083000",
        "20250505T091500", ("alicia.ventura@hospitalsangines.es", "Alicia Ventura"),
        [("alicia.ventura@hospitalsangines.es", "Alicia Ventura"), (ME_WORK, ME),
         ("jefatura.rhb@hospitalsangines.es", "Dr. Gonzalo Prats")],
        "Hola Irene,\n\nte envío la invitación al correo que aparece en tu CV. Entrevista con el Dr. Gonzalo "
        "Prats (Jefe de Rehabilitación) y conmigo (Supervisora de Fisioterapia) para la plaza de fisioterapia "
        "respiratoria en UCI.\n\nAlicia Ventura", "Hospital San Ginés, Edificio B, planta -1 (gimnasio)")
    out.append(ev(kind="google-to-work-address-es", ics=ics, uid=uid, is_interview=1, company="Hospital San Ginés",
                  role="Fisioterapeuta Respiratorio/UCI", stage="hiring_manager",
                  interviewers="alicia.ventura@hospitalsangines.es;jefatura.rhb@hospitalsangines.es",
                  trap="interview-sent-to-work-address-es"))
    # 40 one-way video interview with a deadline, all-day
    ics, uid = outlook(
        "maritimo-video", "Entrevista en vídeo diferida – Fisioterapeuta – Hospital Marítimo de Levante",
        "20250407", "20250410", ("talento@hmlevante.es", "Talento HM Levante"), [(ME_GMAIL, ME)],
        "Hola Irene,\n\ntienes hasta el 9 de abril para grabar tu entrevista en vídeo (5 preguntas, 2 minutos "
        "por respuesta) en la plataforma de selección. La revisará el equipo de Selección del Hospital Marítimo "
        "de Levante (Alicante).\n\nEnlace personal: https://hmlevante.videoentrevista.es/c/8f2k1", None, tz="date")
    out.append(ev(kind="one-way-video-allday-es", ics=ics, uid=uid, is_interview=1,
                  company="Hospital Marítimo de Levante", role="Fisioterapeuta", stage="recruiter_screen",
                  trap="one-way-video-allday-es"))
    # 41 phone call with the owner of a tennis academy, no stage named
    ics, uid = google(
        "tenis", "Llamada – Academia de Tenis Ventisquero (fisio torneos juveniles)", "20250430T183000",
        "20250430T190000", ("direccion@tenisventisquero.com", "Nacho Ventisquero"),
        [("direccion@tenisventisquero.com", "Nacho Ventisquero"), I],
        "Irene, te llamo yo. Hablamos de la plaza de fisio para la academia y los torneos de verano.", "Teléfono")
    out.append(ev(kind="phone-owner-es", ics=ics, uid=uid, is_interview=1, company="Academia de Tenis Ventisquero",
                  role="fisio torneos juveniles", interviewers="direccion@tenisventisquero.com",
                  trap="phone-call-owner-no-stage-es"))
    return out
