"""holdout70 negatives: prep, an offer call and personal appointments (dentist, SAT, visa, bank, family)."""

from __future__ import annotations

from holdout70ev_ics import cal, item

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4//EN"


def events() -> list[dict[str, str]]:
    out = []

    uid = "A3D9E0F1-72B4-4C18-95E6-0B8C1F2D7A54"
    out.append(item("prep-block-en", cal(APPLE, rf"""
        BEGIN:VEVENT
        CREATED:20250308T231040Z
        DTEND;TZID=America/Mexico_City:20250310T220000
        DTSTAMP:20250308T231040Z
        DTSTART;TZID=America/Mexico_City:20250310T200000
        LAST-MODIFIED:20250308T231112Z
        LOCATION:Casa
        SEQUENCE:0
        SUMMARY:Prep: Luma case deck + STAR stories
        DESCRIPTION:- finish TAM slide (Texas Hispanic households)\n- 3 STAR stories: launch\, crisis\, team\n- qu
        |estions for Dana
        TRANSP:OPAQUE
        UID:{uid}
        END:VEVENT
        """, method=None, tzs=("mx",), calscale=False), uid, False, trap="prep-block-en"))

    uid = "gt-evt-c1e07a94b5d2463f8a21@goodtime.io"
    out.append(item("offer-call-en", cal("-//GoodTime.io//Interview Scheduler//EN", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250331T201455Z
        DTSTART:20250402T170000Z
        DTEND:20250402T173000Z
        SUMMARY:Offer Conversation: Mariana Gutierrez Salas | Northbeam Foods
        ORGANIZER;CN=Northbeam Foods Talent:mailto:talent-scheduling@northbeamfoods.com
        ATTENDEE;CN=Kelsey Tran;ROLE=REQ-PARTICIPANT:mailto:kelsey.tran@northbeamfoods.com
        ATTENDEE;CN=Mariana Gutierrez Salas;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mariana.gtz.salas@hotmail.com
        LOCATION:Phone - Kelsey will call you
        DESCRIPTION:Hi Mariana\,\n\nGreat news - the team would like to extend an offer! Kelsey will walk you thr
        |ough the details (base\, bonus\, relocation support and start date) and answer any questions.\n\nPowered
        | by GoodTime
        STATUS:CONFIRMED
        END:VEVENT
        """), uid, False, trap="offer-call-en"))

    uid = "agendasalud-cita-559102-20250215@agendasalud.mx"
    out.append(item("dentist-es", cal("-//AgendaSalud//Citas//ES", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250209T190044Z
        DTSTART;TZID=America/Mexico_City:20250215T090000
        DTEND;TZID=America/Mexico_City:20250215T100000
        SUMMARY:Cita: Dra. Laura Medina - Odontología general
        LOCATION:Consultorio Dental Medina\, Av. Universidad 1449\, int. 304\, Axotla\, CDMX
        DESCRIPTION:Hola Mariana\, tu cita está confirmada.\n\nEspecialista: Dra. Laura Medina\nServicio: Limpieza
        | dental + revisión de resina\nPrecio: $850 MXN\n\nSi no puedes asistir\, cancela con 24 h de anticipación.
        STATUS:CONFIRMED
        END:VEVENT
        """, method="PUBLISH", tzs=("mx",)), uid, False, trap="dentist-es"))

    uid = "6D2F8A91-3C7E-4B05-A1D4-E9F07B3C2856"
    out.append(item("sat-tramite-es", cal(APPLE, rf"""
        BEGIN:VEVENT
        CREATED:20250220T150912Z
        DTEND;TZID=America/Mexico_City:20250226T093000
        DTSTAMP:20250220T150912Z
        DTSTART;TZID=America/Mexico_City:20250226T090000
        LAST-MODIFIED:20250220T150912Z
        LOCATION:SAT Oficina Desconcentrada Sur\, Av. Insurgentes Sur 3860
        SEQUENCE:0
        SUMMARY:Cita SAT - renovación e.firma
        DESCRIPTION:Folio SAT-CITAS 2025-0226-88412. Llevar INE original\, USB\, correo y comprobante de domicilio.
        | Llegar 15 min antes.
        TRANSP:OPAQUE
        UID:{uid}
        END:VEVENT
        """, method=None, tzs=("mx",), calscale=False), uid, False, trap="sat-tramite-es"))

    uid = "1rj5e8n2m0vq7dcb4kpht9fl3s@google.com"
    out.append(item("visa-consular-interview-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250403T074500
        DTEND;TZID=America/Mexico_City:20250403T094500
        DTSTAMP:20250302T045511Z
        UID:{uid}
        CREATED:20250302T045502Z
        DESCRIPTION:Entrevista consular visa B1/B2 (renovación). Llevar pasaporte\, DS-160 confirmación\, hoja de ci
        |ta\, carta de trabajo y 3 recibos de nómina. Sin celular\, sin mochila.
        LAST-MODIFIED:20250302T045511Z
        LOCATION:Embajada de EE.UU.\, Paseo de las Lomas 265\, Lomas de Chapultepec\, CDMX
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista visa EE.UU. 🇺🇸
        TRANSP:OPAQUE
        END:VEVENT
        """, method="PUBLISH", tzs=("mx",), head=("X-WR-CALNAME:Mariana",)), uid, False, trap="visa-interview-es"))

    uid = "centinela-citas-7781023@bancocentinela.com.mx"
    out.append(item("bank-appointment-es", cal("-//Banco Centinela//Citas Sucursal//ES", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250225T011500Z
        DTSTART;TZID=America/Mexico_City:20250301T110000
        DTEND;TZID=America/Mexico_City:20250301T120000
        SUMMARY:Cita con asesor - Crédito hipotecario
        LOCATION:Sucursal Coyoacán Centro\, Av. Miguel Ángel de Quevedo 687
        DESCRIPTION:Estimada MARIANA GUTIERREZ SALAS: le confirmamos su cita con su asesor hipotecario (Lic. Arma
        |ndo Fuentes). Documentos: identificación oficial\, comprobante de ingresos de los últimos 3 meses y compr
        |obante de domicilio.
        STATUS:CONFIRMED
        END:VEVENT
        """, method="PUBLISH", tzs=("mx",)), uid, False, trap="bank-es"))

    uid = "4ks0p9d7a1vt2m6ebn3cqh8jlo@google.com"
    out.append(item("family-school-es", cal(GOOGLE, rf"""
        BEGIN:VEVENT
        DTSTART;TZID=America/Mexico_City:20250509T090000
        DTEND;TZID=America/Mexico_City:20250509T113000
        DTSTAMP:20250428T033012Z
        ORGANIZER;CN=Lucía Gutiérrez:mailto:lucia.gutierrez.salas@gmail.com
        UID:{uid}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Gutiérrez;X-NUM-GUEST
        |S=0:mailto:lucia.gutierrez.salas@gmail.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mariana.gtz.salas@hotmai
        |l.com;X-NUM-GUESTS=0:mailto:mariana.gtz.salas@hotmail.com
        DESCRIPTION:Festival del 10 de mayo en el kínder de Sofi 🌷 Mana\, ¿me ayudas con el video? Empieza 9 en
        | punto\, guárdanos lugar.
        LOCATION:Jardín de Niños Rosario Castellanos\, Coyoacán
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Festival Día de las Madres - kínder de Sofi
        TRANSP:OPAQUE
        END:VEVENT
        """, tzs=("mx",)), uid, False, trap="family-school-es"))

    uid = "B7E2C9A0-41F6-4D83-8E5B-2A0C6F9D1E37"
    out.append(item("family-birthday-allday-es", cal(APPLE, rf"""
        BEGIN:VEVENT
        CREATED:20250401T220118Z
        DTEND;VALUE=DATE:20250414
        DTSTAMP:20250401T220118Z
        DTSTART;VALUE=DATE:20250413
        LAST-MODIFIED:20250401T220118Z
        LOCATION:Casa de la abue\, Tlalpan
        SEQUENCE:0
        SUMMARY:Comida cumple 80 de la abue 🎂
        DESCRIPTION:llevar pastel de tres leches (encargar el viernes)
        TRANSP:TRANSPARENT
        UID:{uid}
        END:VEVENT
        """, method=None, calscale=False), uid, False, trap="family-allday-es"))

    uid = "cita-previa-consulado-mex-20250415-0932@exteriores.gob.es"
    out.append(item("consulate-spain-es", cal("-//Ministerio de Asuntos Exteriores//Cita Previa//ES", rf"""
        BEGIN:VEVENT
        UID:{uid}
        DTSTAMP:20250402T160201Z
        DTSTART;TZID=America/Mexico_City:20250415T093000
        DTEND;TZID=America/Mexico_City:20250415T100000
        SUMMARY:Cita previa - Consulado General de España en México: Visados (información)
        LOCATION:Consulado General de España\, Galileo 114\, Polanco\, CDMX
        DESCRIPTION:Localizador: VIS-MX-0932-7715\nServicio: Visados nacionales - información sobre visado de tra
        |bajo por cuenta ajena\nSolicitante: GUTIERREZ SALAS\, MARIANA\n\nPreséntese con pasaporte en vigor y este
        | justificante.
        STATUS:CONFIRMED
        END:VEVENT
        """, method="PUBLISH", tzs=("mx",)), uid, False, trap="consulate-visa-info-es"))

    return out
