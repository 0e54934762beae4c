"""train16 negatives: Javier Morales on the hiring side at Hotel Port Vell (trap user_as_interviewer)."""

from __future__ import annotations

from train16ev_ical import (
    APPLE,
    CALENDLY,
    EXCHANGE,
    FACTORIAL,
    GOOGLE,
    INFOJOBS,
    IOS,
    ME_G,
    ME_W,
    ORG,
    OUTLOOK,
    ROOM,
    RS,
    STAMP,
    WS,
    A,
    D,
    Item,
    L,
    S,
    T,
    U,
    meet,
    teams,
    vcal,
    ve,
)

RST = ((RS, "outlook"),)
MAD = (("Europe/Madrid", "olson"),)
UAI = "user_as_interviewer"

def neg(kind: str, lang: str, ics: str) -> Item:
    return Item(kind, lang, ics, 0, trap=UAI)


def items() -> list[Item]:
    out: list[Item] = []
    add = out.append

    add(neg("host_cook_gmail", "es", vcal(OUTLOOK, [ve(
        ORG(ME_W, "Morales, Javier"), A("marcpuig.cuina@gmail.com", "Marc Puig"),
        A("rrhh@hotel-portvell.es", "RRHH Hotel Port Vell", role="OPT-PARTICIPANT"),
        S("Entrevista cocinero/a de partida - Marc Puig"),
        D("Hola Marc:\n\nTe espero el martes en el hotel para la entrevista del puesto de cocinero de partida "
          "(cuarto frío). Pregunta por mí en recepción de personal, entrada por C/ Balboa.\n\nJavier Morales\n"
          "Jefe de Cocina - Hotel Port Vell"),
        T("DTSTART", "20261201T160000", RS), T("DTEND", "20261201T163000", RS),
        U("040000008200E00074C5B7101A82E00800000000A17C2E90B15DD90100000000000000001000000011AB"), STAMP,
        L("Hotel Port Vell - despacho cocina"))], tzs=RST)))

    add(neg("host_paid_trial", "es", vcal(OUTLOOK, [ve(
        ORG(ME_W, "Morales, Javier"), A("laia.ferrer93@hotmail.com", "Laia Ferrer"),
        A("sous@hotel-portvell.es", "Albert Casas (Sous Chef)"),
        S("Prueba remunerada - ayudante de cocina (Laia Ferrer)"),
        D("Laia hace 4 horas de prueba pagada en el pase del mediodía. Albert la coloca en guarniciones y yo "
          "valoro al final. Recordad el alta en Seguridad Social por horas."),
        T("DTSTART", "20261203T110000", RS), T("DTEND", "20261203T150000", RS),
        U("040000008200E00074C5B7101A82E00800000000C2A9F1D0B25DD90100000000000000001000000022BC"), STAMP,
        L("Cocina principal"))])))

    add(neg("host_factorial_assigned", "es", vcal(FACTORIAL, [ve(
        U("fct-int-71002-9915@factorialhr.com"), STAMP,
        T("DTSTART", "20261204T100000", "Europe/Madrid"), T("DTEND", "20261204T103000", "Europe/Madrid"),
        S("Entrevista: Kevin Andrade - Friegaplatos / Kitchen porter"),
        D("Has sido asignado como entrevistador en el proceso \"Friegaplatos / Kitchen porter\" de Hotel Port Vell "
          "S.L.\nCandidato: Kevin Andrade\nDespués de la entrevista, rellena la valoración en Factorial.\n\n"
          "Enviado a través de Factorial"),
        ORG("rrhh@hotel-portvell.es", "RRHH Hotel Port Vell"), A(ME_W, "Javier Morales"),
        A("kevin.andrade.v@gmail.com", "Kevin Andrade"))], tzs=MAD)))

    add(neg("host_school_interns", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261209T090000Z"), T("DTEND", "20261209T120000Z"), STAMP,
        ORG("practiques@escolahoteleriabcn.cat", "Pràctiques - Escola d'Hoteleria BCN"),
        U("0a5s1q7v3m9x6c2b8n4p0t5r1u@google.com"), A(ME_W, "Javier Morales"),
        A("practiques@escolahoteleriabcn.cat", "Pràctiques - Escola d'Hoteleria BCN", ps="ACCEPTED"),
        D("Benvolgut Javier,\n\nUs enviem els 5 alumnes de 2n de cuina perquè els entrevisteu per a les "
          "pràctiques al Hotel Port Vell (gener-abril). Entrevistes de 30 minuts a l'hotel.\n\nCoordinació de "
          "pràctiques"), L("Hotel Port Vell, Barcelona"),
        S("Entrevistes alumnes en pràctiques - Hotel Port Vell"))])))

    add(neg("host_handtyped_note", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261205T160000Z"), T("DTEND", "20261205T163000Z"), STAMP,
        U("1b6t2q8v4m0x7c3b9n5p1t6r2v@google.com"), S("entrevistar a Rubén (commis) 17h"),
        D("viene de La Boqueria, ver si puede empezar en enero"))], method="PUBLISH",
        head=("X-WR-CALNAME:javimorales.chef@gmail.com", "X-WR-TIMEZONE:Europe/Madrid"))))

    add(neg("host_forwarded", "es", vcal(OUTLOOK, [ve(
        ORG("rrhh@hotel-portvell.es", "RRHH Hotel Port Vell"), A(ME_G, "Javier Morales"),
        A("j.ortiz.cocina@yahoo.es", "Jonathan Ortiz"),
        S("RV: Entrevista candidato Jefe de partida - Jonathan Ortiz"),
        D("-----Mensaje original-----\nDe: RRHH Hotel Port Vell\nPara: Javier Morales <jmorales@hotel-portvell.es>\n"
          "Asunto: Entrevista candidato Jefe de partida\n\nJavier, te dejo la entrevista con el candidato para jefe "
          "de partida de carnes. CV adjunto en el correo. Tú decides si pasa a prueba."),
        T("DTSTART", "20261210T163000", RS), T("DTEND", "20261210T170000", RS),
        U("040000008200E00074C5B7101A82E00800000000D3BA02E1B35DD90100000000000000001000000033CD"), STAMP)],
        tzs=RST)))

    add(neg("host_private_copy", "es", vcal(IOS, [ve(
        U("9C8B7A6D-5E4F-4321-8A9B-1C2D3E4F5A6B"), STAMP, T("DTSTART", "20261211T100000", "Europe/Madrid"),
        T("DTEND", "20261211T130000", "Europe/Madrid"), S("Port Vell - entrevistas pastelería"),
        D("3 candidatas para ayudante de pastelería (copia de mi calendario del hotel). Pedir que traigan "
          "fotos de sus trabajos."), L("Hotel Port Vell"))], method="", tzs=MAD)))

    add(neg("host_recurring_slot", "es", vcal(EXCHANGE, [ve(
        ORG(ME_W, "Morales, Javier"), A("rrhh@hotel-portvell.es", "RRHH Hotel Port Vell"),
        S("Bloque entrevistas cocina (candidatos temporada)"),
        D("Bloque fijo para entrevistar candidatos de temporada (cocineros, ayudantes, office). RRHH me pone "
          "los nombres en el documento compartido."),
        "RRULE:FREQ=WEEKLY;UNTIL=20270301T150000Z;INTERVAL=1;BYDAY=WE;WKST=MO",
        T("DTSTART", "20261202T160000", RS), T("DTEND", "20261202T180000", RS),
        U("040000008200E00074C5B7101A82E00800000000E4CB13F2B45DD90100000000000000001000000044DE"), STAMP,
        "SEQUENCE:0", L("Despacho cocina")),
        ve(ORG(ME_W, "Morales, Javier"), A("rrhh@hotel-portvell.es", "RRHH Hotel Port Vell"),
           S("Bloque entrevistas cocina (candidatos temporada) - hoy por la tarde"),
           T("RECURRENCE-ID", "20261216T160000", RS),
           T("DTSTART", "20261216T170000", RS), T("DTEND", "20261216T190000", RS),
           U("040000008200E00074C5B7101A82E00800000000E4CB13F2B45DD90100000000000000001000000044DE"), STAMP,
           "SEQUENCE:1", L("Despacho cocina"))], tzs=RST)))

    add(neg("host_agency_candidate", "es", vcal(OUTLOOK, [ve(
        ORG("eva.serrano@talentohostelero.es", "Eva Serrano | Talento Hostelero"), A(ME_W, "Javier Morales"),
        A("ivan.mendoza.chef@gmail.com", "Iván Mendoza"),
        S("Presentación de candidato: Iván Mendoza - Sous Chef para Hotel Port Vell"),
        D("Hola Javier,\n\nComo acordamos, te presento a Iván Mendoza, nuestro candidato para tu vacante de Sous "
          "Chef. Adjunto su CV y referencias. Entrevista en el hotel; después me cuentas tu valoración.\n\nEva Serrano"
          "\nTalento Hostelero"),
        T("DTSTART", "20261214T160000", RS), T("DTEND", "20261214T170000", RS),
        U("040000008200E00074C5B7101A82E00800000000F5DC24A3B55DD90100000000000000001000000055EF"), STAMP,
        L("Hotel Port Vell"))], tzs=RST)))

    add(neg("host_meet_en", "en", vcal(GOOGLE, [ve(
        T("DTSTART", "20261208T150000Z"), T("DTEND", "20261208T153000Z"), STAMP, ORG(ME_W, "Javier Morales"),
        U("2c7u3q9v5m1x8c4b0n6p2t7r3w@google.com"), A(ME_W, "Javier Morales", ps="ACCEPTED"),
        A("tom.becker.cook@outlook.com", "Tom Becker"),
        D("Hi Tom,\n\nThanks for applying for the line cook position at Hotel Port Vell. Let's have a video call "
          "so I can learn about your experience in Hamburg and explain the roster.\n\nJavier Morales, Head Chef\n\n"
          + meet("hpv-lcnt-bkr")),
        S("Interview: Line cook position at Hotel Port Vell - Tom Becker"))])))

    add(neg("host_german_school", "de", vcal(OUTLOOK, [ve(
        ORG("praktikum@hotelfachschule-heidelberg.de", "Praktikumsamt HFS Heidelberg"), A(ME_W, "Javier Morales"),
        A("lena.vogt@web.de", "Lena Vogt"),
        S("Vorstellungsgespräch Auslandspraktikum Küche - Lena Vogt / Hotel Port Vell"),
        D("Sehr geehrter Herr Morales,\n\nvielen Dank, dass Sie sich Zeit nehmen, unsere Schülerin Lena Vogt für "
          "das Auslandspraktikum in Ihrer Küche kennenzulernen. Das Gespräch findet per Teams statt.\n\n"
          + teams("602281134790", "Hf6Pra", "de")),
        T("DTSTART", "20261207T100000", WS),
        T("DTEND", "20261207T103000", WS),
        U("040000008200E00074C5B7101A82E00800000000A6ED35B4B65DD90100000000000000001000000066F0"), STAMP)])))

    add(neg("host_french_tutor", "fr", vcal(GOOGLE, [ve(
        T("DTSTART", "20261215T090000Z"), T("DTEND", "20261215T094500Z"), STAMP,
        ORG("tutorat@institut-culinaire-rhone.fr", "Tutorat - Institut culinaire Rhône"),
        U("3d8v4q0v6m2x9c5b1n7p3t8r4x@google.com"), A(ME_W, "Javier Morales"),
        A("hugo.perrin@etu.institut-culinaire-rhone.fr", "Hugo Perrin"),
        D("Bonjour Chef Morales,\n\nVoici le créneau pour l'entretien de stage de notre étudiant Hugo Perrin "
          "(stage de 16 semaines en cuisine à l'Hotel Port Vell). Vous êtes son futur maître de stage.\n\n"
          + meet("icr-stge-hpv", "fr")),
        S("Entretien de stage - Hugo Perrin (Institut culinaire Rhône) / Hotel Port Vell"))])))

    add(neg("host_debrief", "es", vcal(OUTLOOK, [ve(
        ORG("rrhh@hotel-portvell.es", "RRHH Hotel Port Vell"), A(ME_W, "Javier Morales"),
        A("sous@hotel-portvell.es", "Albert Casas"),
        S("Debrief pruebas cocina - candidatos ayudante"),
        D("Repasamos las valoraciones de las pruebas de esta semana y decidimos a quién ofrecemos contrato."),
        T("DTSTART", "20261211T150000", RS), T("DTEND", "20261211T153000", RS),
        U("040000008200E00074C5B7101A82E00800000000B7FE46C5B75DD90100000000000000001000000077A1"), STAMP,
        ROOM("sala.reuniones2@hotel-portvell.es", "Sala Reuniones 2"))], tzs=RST)))

    add(neg("host_scorecard_reminder", "es", vcal(FACTORIAL, [ve(
        U("fct-rem-71002-9916@factorialhr.com"), STAMP, T("DTSTART", "20261204T110000", "Europe/Madrid"),
        T("DTEND", "20261204T111500", "Europe/Madrid"),
        S("Recordatorio: valora a Kevin Andrade (Friegaplatos / Kitchen porter)"),
        D("Tienes una valoración pendiente como entrevistador. Entra en Factorial > Reclutamiento > Hotel Port "
          "Vell S.L. para completarla."), ORG("noreply@factorialhr.com", "Factorial"), A(ME_W, "Javier Morales"))],
        tzs=MAD)))

    add(neg("host_cancelled", "es", vcal(OUTLOOK, [ve(
        ORG(ME_W, "Morales, Javier"), A("nataliaruiz.pasteleria@gmail.com", "Natalia Ruiz"),
        S("Cancelado: Entrevista ayudante de pastelería - Natalia Ruiz"),
        D("Natalia, tengo que cancelar la entrevista de mañana por un evento en el hotel. Te propongo otra fecha "
          "por correo. Javier"),
        T("DTSTART", "20261212T120000", RS), T("DTEND", "20261212T123000", RS),
        U("040000008200E00074C5B7101A82E00800000000C80F57D6B85DD90100000000000000001000000088B2"), STAMP,
        "STATUS:CANCELLED", "SEQUENCE:2")], method="CANCEL", tzs=RST)))

    add(neg("host_calendly", "es", vcal(CALENDLY, [ve(
        U("b92f01d3-66e8-4c1d-a3f9-calendly-hpv-5521"), STAMP, T("DTSTART", "20261216T090000Z"),
        T("DTEND", "20261216T091500Z"), S("Entrevista ayudante de cocina entre Javier Morales y Samuel Okafor"),
        D("Nombre del evento: Entrevista ayudante de cocina (15 min)\n\nHotel Port Vell - cocina. Te llamo yo.\n\n"
          "Teléfono del invitado: +34 633 71 20 48\n\nCon tecnología de Calendly.com"),
        ORG(ME_W, "Javier Morales"), A(ME_W, "Javier Morales", ps="ACCEPTED"),
        A("samuel.okafor01@gmail.com", "Samuel Okafor", ps="ACCEPTED"))])))

    add(neg("host_catalan_trial", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261219T080000", "Europe/Madrid"), T("DTEND", "20261219T120000", "Europe/Madrid"), STAMP,
        ORG(ME_W, "Javier Morales"), U("4e9w5q1v7m3x0c6b2n8p4t9r5y@google.com"),
        A("nil.soler.cuina@gmail.com", "Nil Soler"),
        D("Nil, dissabte fas la prova de cuina amb nosaltres (esmorzars + mise en place del migdia). Porta "
          "ganivets. Et pagarem les hores. Javier, xef de l'Hotel Port Vell"), L("Hotel Port Vell"),
        S("Prova de cuina - Nil Soler (cuiner)"))], tzs=MAD)))

    add(neg("host_interviewer_training", "es", vcal(EXCHANGE, [ve(
        ORG("formacion@hotel-portvell.es", "Formación Hotel Port Vell"), A(ME_W, "Javier Morales"),
        A("gobernanta@hotel-portvell.es", "Rosa Aguilar"), A("recepcion.jefe@hotel-portvell.es", "David Camps"),
        S("Formación para entrevistadores: entrevista por competencias"),
        D("Taller interno para mandos que seleccionan personal en temporada: cómo entrevistar a candidatos, "
          "preguntas prohibidas y cómo valorar en Factorial."),
        T("DTSTART", "20261213T100000", RS), T("DTEND", "20261213T120000", RS),
        U("040000008200E00074C5B7101A82E00800000000D910A8E7B95DD90100000000000000001000000099C3"), STAMP,
        L("Sala Mirador"))], tzs=RST)))

    add(neg("host_infojobs_employer", "es", vcal(INFOJOBS, [ve(
        U("ij-emp-conv-8841027@infojobs.net"), STAMP, T("DTSTART", "20261217T093000Z"),
        T("DTEND", "20261217T100000Z"),
        S("Entrevista con candidato InfoJobs: Pau Serra - Oferta: Cocinero/a (Hotel Port Vell)"),
        D("Has convocado a Pau Serra a una entrevista para tu oferta \"Cocinero/a\" de Hotel Port Vell S.L.\n"
          "Puedes ver su CV en tu área de empresa de InfoJobs."),
        ORG("empresas@infojobs.net", "InfoJobs Empresas"), A(ME_W, "Javier Morales"),
        A("pau.serra.gastro@gmail.com", "Pau Serra"))])))

    add(neg("host_typed_en", "en", vcal(APPLE, [ve(
        U("6E5D4C3B-2A19-4807-B6A5-94837261504F"), STAMP, T("DTSTART", "20261218T150000"),
        T("DTEND", "20261218T160000"), S("interview 2 dishwasher candidates @ hotel"),
        D("ask about weekends + split shifts"))], method="")))

    add(neg("host_vacancy_intake", "es", vcal(OUTLOOK, [ve(
        ORG("rrhh@hotel-portvell.es", "RRHH Hotel Port Vell"), A(ME_W, "Javier Morales"),
        S("Definir perfil y entrevistas - vacante Sous Chef"),
        D("Javier, para arrancar la búsqueda del nuevo sous chef: perfil, salario, quién entrevista y fechas de "
          "las entrevistas con candidatos."),
        T("DTSTART", "20261202T100000", RS), T("DTEND", "20261202T103000", RS),
        U("040000008200E00074C5B7101A82E00800000000EA21B9F8BA5DD901000000000000000010000000AAD4"), STAMP)], tzs=RST)))
    return out
