"""holdout33: negatives where the user sits on the hiring side at Naranjas de la Safor."""

from __future__ import annotations

from holdout33ev_ics import ME, WORK, Ev, att, desc, dt, org, room, summ, teams

G = "-//Google Inc//Google Calendar 70.9054//EN"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
R = "Romance Standard Time"
M = "Europe/Madrid"
U = "user_as_interviewer"
HR = "rrhh@naranjas-safor.es"


def _n(kind: str, lang: str, prodid: str, lines: list[str], **kw: object) -> Ev:
    ev = Ev(kind, lang, prodid, lines, pos=False, trap=U)
    for k, v in kw.items():
        setattr(ev, k, v)
    return ev


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(_n("uai-hr-intern", "es", OL, [
        "UID:040000008200E00074C5B7101A82E008000000007C13C4D5E88DDB01000000000000000010000000A1B1",
        dt("DTSTART", R, "20261202T100000"), dt("DTEND", R, "20261202T104500"),
        summ("Entrevista candidata becaria Contabilidad – Lucía Martínez"),
        org(HR, "RRHH Naranjas de la Safor"), att(WORK, "Rossi, Valentina"),
        att("luciamartinez.ade@gmail.com", "Lucía Martínez"), room("sala.juntas@naranjas-safor.es", "Sala de Juntas"),
        desc("Valentina, te incluyo en la entrevista de la candidata para las prácticas de contabilidad (ADE, "
             "UV). Tienes su CV en la carpeta compartida de Selección. Gracias.\nAmparo – RRHH")], tz=[R]))
    e.append(_n("uai-excel-test", "es", OL, [
        "UID:040000008200E00074C5B7101A82E008000000008D24D5E6F98DDB01000000000000000010000000A2B2",
        dt("DTSTART", R, "20261203T090000"), dt("DTEND", R, "20261203T100000"),
        summ("Prueba Excel candidatos auxiliar contable (2)"),
        org(WORK, "Rossi, Valentina"), att("pablo.ferrando95@hotmail.com", "Pablo Ferrando"),
        att("andrea.sv@gmail.com", "Andrea Sanchis"), att(HR, "RRHH"),
        room("aula.formacion@naranjas-safor.es", "Aula Formación (PCs)"),
        desc("Prueba práctica de Excel (conciliación bancaria + tabla dinámica de facturas) para los dos "
             "candidatos preseleccionados al puesto de Auxiliar Contable. Duración 45 min. Os espero en el aula "
             "de formación, planta baja.\nValentina Rossi – Dpto. Contabilidad, Naranjas de la Safor S.A.")],
        tz=[R]))
    e.append(_n("uai-panel", "es", "Microsoft Exchange Server 2010", [
        "UID:040000008200E00074C5B7101A82E008000000009E35E6F70A9DDB01000000000000000010000000A3B3",
        dt("DTSTART", R, "20261204T110000"), dt("DTEND", R, "20261204T133000"),
        summ("Comité de selección – Administrativo/a de Exportación"),
        org(HR, "RRHH Naranjas de la Safor"), att(WORK, "Rossi, Valentina"),
        att("j.bosca@naranjas-safor.es", "Boscà, Josep (Dir. Comercial)"), att("m.fuster@naranjas-safor.es",
                                                                              "Fuster, Maite"),
        desc("Tribunal: Maite Fuster (RRHH), Josep Boscà (Comercial Exportación), Valentina Rossi "
             "(Contabilidad).\n11:00 candidato 1\n11:45 candidato 2\n12:30 candidata 3\n13:15 deliberación")],
        tz=[R]))
    e.append(_n("uai-handtyped-note", "es", "-//Apple Inc.//iOS 17.6//EN", [
        "UID:1A2B3C4D-5E6F-4708-9A1B-2C3D4E5F6071", dt("DTSTART", M, "20261209T160000"),
        dt("DTEND", M, "20261209T180000"), summ("entrevistar becarios (3) - sala juntas"),
        desc("curro. llevar plantilla preguntas y test excel")], tz=[M], method=None))
    e.append(_n("uai-forwarded-rv", "es", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000AF46F7081B9DDB01000000000000000010000000A4B4",
        dt("DTSTART", R, "20261210T120000"), dt("DTEND", R, "20261210T124500"),
        summ("RV: Entrevista candidato Junior Bookkeeper - Marc Olmos"),
        org(WORK, "Rossi, Valentina"), att(ME, "vrossi.finanzas@gmail.com"),
        desc("-----Mensaje original-----\nDe: RRHH Naranjas de la Safor\nEnviado el: lunes\nPara: Rossi, "
             "Valentina\nAsunto: Entrevista candidato Junior Bookkeeper - Marc Olmos\n\nValentina, entrevista "
             "con el candidato Marc Olmos para el puesto de Junior Bookkeeper. Tú haces la parte técnica.\n"
             "(me lo reenvío al personal que mañana no llevo el portátil)")], tz=[R]))
    e.append(_n("uai-private-copy", "es", G, [
        "UID:9a1c3e5g7i9k1m3o5q7s9u1w3y@google.com", dt("DTSTART", M, "20261211T093000"),
        dt("DTEND", M, "20261211T101500"), summ("Naranjas: entrevista a Pablo (prácticas UV)"),
        org(ME, "Valentina Rossi"), att(ME, "Valentina Rossi", ps="ACCEPTED"),
        desc("copia para mí – la convoca RRHH en el Outlook del trabajo. Soy entrevistadora con Amparo.")],
        tz=[M], method="PUBLISH"))
    e.append(_n("uai-infojobs-employer", "es", "-//InfoJobs//Agenda Entrevistas//ES", [
        "UID:ij-emp-55190233@infojobs.net", dt("DTSTART", M, "20261214T100000"), dt("DTEND", M, "20261214T103000"),
        summ("Has citado a Marta Gil Peiró - Auxiliar Contable (Gandia)"),
        org("empresas@infojobs.net", "InfoJobs Empresas"), att(WORK, "Valentina Rossi"),
        att("martagilpeiro@yahoo.es", "Marta Gil Peiró"),
        desc("Naranjas de la Safor S.A.: has citado a la candidata Marta Gil Peiró para una entrevista de la "
             "oferta «Auxiliar Contable (Gandia)».\nGestiona tus candidatos desde el panel de empresa de InfoJobs.")],
        tz=[M], method=None))
    e.append(_n("uai-calendly-host", "es", "-//Calendly//Calendly//EN", [
        "UID:0aa1bb2c-cc3d-4dd4-8ee5-ff6a7b8c9d0e@calendly.com", dt("DTSTART", None, "20261215T080000Z"),
        dt("DTEND", None, "20261215T082000Z"), summ("Entrevista prácticas Contabilidad: Iker Domènech"),
        org(WORK, "Valentina Rossi"), att("iker.domenech@alumni.uv.es", "Iker Domènech"),
        att(WORK, "Valentina Rossi", ps="ACCEPTED"),
        desc("Nombre del evento: Entrevista prácticas Contabilidad (20 min)\nInvitado: Iker Domènech\n"
             "Respuestas:\n¿Qué grado estudias?: ADE + Derecho, 4º\n\nHas recibido esta notificación como "
             "anfitriona de este evento de Calendly.")], method=None))
    e.append(_n("uai-recurring-slot", "es", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000C057081920ADDB01000000000000000010000000A5B5",
        dt("DTSTART", R, "20270113T120000"), dt("DTEND", R, "20270113T130000"),
        "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4", summ("Hueco entrevistas candidatos prácticas (enero)"),
        org(HR, "RRHH Naranjas de la Safor"), att(WORK, "Rossi, Valentina"),
        desc("Bloque reservado para entrevistar a los candidatos de prácticas de contabilidad que nos mande la "
             "universidad. Valentina entrevista; RRHH coordina.")], tz=[R], more=[[
            "UID:040000008200E00074C5B7101A82E00800000000C057081920ADDB01000000000000000010000000A5B5",
            "RECURRENCE-ID;TZID=Romance Standard Time:20270127T120000", dt("DTSTART", R, "20270128T090000"),
            dt("DTEND", R, "20270128T100000"), summ("Hueco entrevistas candidatos prácticas (movido a jueves)"),
            org(HR, "RRHH Naranjas de la Safor"), att(WORK, "Rossi, Valentina")]]))
    e.append(_n("uai-cancelled-candidate", "es", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000D16819202BADDB01000000000000000010000000A6B6",
        "STATUS:CANCELLED", "SEQUENCE:1", dt("DTSTART", R, "20261216T090000"), dt("DTEND", R, "20261216T094500"),
        summ("Cancelada: Entrevista candidato - Auxiliar Contable (Rubén T.)"),
        org(HR, "RRHH Naranjas de la Safor"), att(WORK, "Rossi, Valentina"), att("rubentormo@gmail.com", "Rubén Tormo"),
        desc("El candidato ha aceptado otra oferta. Se cancela la entrevista.")], tz=[R], method="CANCEL"))
    e.append(_n("uai-debrief", "es", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000E279202A3CADDB01000000000000000010000000A7B7",
        dt("DTSTART", R, "20261217T170000"), dt("DTEND", R, "20261217T173000"),
        summ("Valoración candidatos Auxiliar Contable – decisión final"),
        org("m.fuster@naranjas-safor.es", "Fuster, Maite"), att(WORK, "Rossi, Valentina"),
        att("j.bosca@naranjas-safor.es", "Boscà, Josep"),
        desc("Puesta en común de las entrevistas y de la prueba Excel. Traed vuestras fichas de evaluación.")],
        tz=[R]))
    e.append(_n("uai-en-erasmus", "en", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000F38A303B4DADDB01000000000000000010000000A8B8",
        dt("DTSTART", R, "20261218T100000"), dt("DTEND", R, "20261218T103000"),
        summ("Interview with candidate – Junior Accountant (Erasmus traineeship)"),
        org(WORK, "Rossi, Valentina"), att("s.kowalska@student.uek.krakow.pl", "Sara Kowalska"),
        desc("Hi Sara,\nthank you for applying for the Erasmus+ traineeship in our accounting department at "
             "Naranjas de la Safor. I will interview you on Teams; expect some questions on accruals and a short "
             "Excel exercise.\nBest regards,\nValentina Rossi, Accounting\n\n" + teams("YTQ4N2JlZGMt"))], tz=[R]))
    e.append(_n("uai-agency-candidate", "es", OL, [
        "UID:040000008200E00074C5B7101A82E008000000000A9B404C5EADDB01000000000000000010000000A9B9",
        dt("DTSTART", R, "20261221T093000"), dt("DTEND", R, "20261221T101500"),
        summ("Candidata propuesta: Ana Torres – Auxiliar Contable (Naranjas de la Safor)"),
        org("consultoria@levantetalento.es", "Levante Talento ETT"), att(WORK, "Valentina Rossi"),
        att("m.fuster@naranjas-safor.es", "Maite Fuster"),
        desc("Buenos días Valentina y Maite,\nos confirmamos la entrevista con nuestra candidata Ana Torres para "
             "vuestra vacante de Auxiliar Contable. Se presentará en vuestras oficinas de Gandia.\n"
             "Levante Talento ETT")], tz=[R]))
    e.append(_n("uai-university-tutor", "es", G, [
        "UID:3c5e7g9i1k3m5o7q9s1u3w5y7a@google.com", dt("DTSTART", M, "20261222T113000"),
        dt("DTEND", M, "20261222T120000"), summ("ADEIT – entrevista alumno prácticas (empresa: Naranjas de la Safor)"),
        org("practicas@adeit.uv.es", "ADEIT Prácticas"), att(WORK, "Valentina Rossi"),
        att("hugo.camps@alumni.uv.es", "Hugo Camps"),
        desc("Estimada tutora de empresa:\nLe recordamos la entrevista de selección con el estudiante Hugo Camps "
             "para la práctica externa en el departamento de Contabilidad de su empresa.\nFundació ADEIT")], tz=[M]))
    e.append(_n("uai-de-praktikum", "de", OL, [
        "UID:040000008200E00074C5B7101A82E008000000001BAC505D6FADDB01000000000000000010000000AABA",
        dt("DTSTART", R, "20261223T100000"), dt("DTEND", R, "20261223T103000"),
        summ("Vorstellungsgespräch Praktikum Buchhaltung – Kandidat Jonas Meier"),
        org(WORK, "Rossi, Valentina"), att("jonas.meier@stud.hs-pforzheim.de", "Jonas Meier"),
        desc("Hallo Jonas,\nwie besprochen führe ich das Gespräch für das Praktikum in unserer Buchhaltung "
             "(Naranjas de la Safor, Gandia). Bitte halte dein Excel bereit.\nViele Grüße\nValentina Rossi\n\n"
             + teams("OTYyYmQ1YzIt", "de"))], tz=[R]))
    e.append(_n("uai-fr-stagiaire", "fr", OL, [
        "UID:040000008200E00074C5B7101A82E008000000002CBD606E70BDDB01000000000000000010000000ABBB",
        dt("DTSTART", R, "20270108T110000"), dt("DTEND", R, "20270108T113000"),
        summ("Entretien stagiaire comptabilité – Chloé Martin"),
        org(HR, "RRHH Naranjas de la Safor"), att(WORK, "Rossi, Valentina"),
        att("chloe.martin@etu.univ-montp3.fr", "Chloé Martin"),
        desc("Bonjour Chloé,\nNous vous confirmons l'entretien pour le stage en comptabilité chez Naranjas de la "
             "Safor. Vous serez reçue par Valentina Rossi (service comptable).\nRessources humaines")], tz=[R]))
    e.append(_n("uai-name-only-title", "es", OL, [
        "UID:040000008200E00074C5B7101A82E008000000003DCE707F81BDDB01000000000000000010000000ACBC",
        dt("DTSTART", R, "20270111T163000"), dt("DTEND", R, "20270111T171500"), summ("Entrevista - Sergio Blasco"),
        org(HR, "RRHH Naranjas de la Safor"), att(WORK, "Rossi, Valentina"), att("sblasco.cont@gmail.com",
                                                                                 "Sergio Blasco"),
        desc("Candidato a Auxiliar Contable (2ª entrevista).\n\n" + teams("NTk4ZmIzZWQt", "es"))], tz=[R]))
    e.append(_n("uai-scorecards", "es", G, [
        "UID:5e7g9i1k3m5o7q9s1u3w5y7a9c@google.com", dt("DTSTART", M, "20261204T150000"),
        dt("DTEND", M, "20261204T153000"), summ("Rellenar fichas de evaluación entrevistas (trabajo)"),
        desc("antes del viernes, para Maite (RRHH): candidatos auxiliar contable")], tz=[M], method=None))
    e.append(_n("uai-hr-to-private", "es", G, [
        "UID:7g9i1k3m5o7q9s1u3w5y7a9c1e@google.com", dt("DTSTART", M, "20270114T100000"),
        dt("DTEND", M, "20270114T110000"), summ("Entrevistas auxiliar administrativo – ¿te unes?"),
        org("maite.fuster.rrhh@gmail.com", "Maite Fuster"), att(ME, "Valentina Rossi"),
        att("maite.fuster.rrhh@gmail.com", "Maite Fuster", ps="ACCEPTED"),
        desc("Vale, te lo mando al personal porque el Outlook de Naranjas está caído. Mañana entrevistamos a los "
             "dos candidatos para administración; tú te encargas de la prueba de contabilidad. Sala de juntas.")],
        tz=[M]))
    e.append(_n("uai-second-round-director", "es", OL, [
        "UID:040000008200E00074C5B7101A82E008000000004EDF808092BDDB01000000000000000010000000ADBD",
        dt("DTSTART", R, "20270115T120000"), dt("DTEND", R, "20270115T130000"),
        summ("2ª entrevista candidata Técnico Contable – con Dirección Financiera"),
        org("dir.financiera@naranjas-safor.es", "Climent, Rafael (Director Financiero)"),
        att(WORK, "Rossi, Valentina"), att("elena.mora.conta@outlook.es", "Elena Mora"),
        desc("Valentina, acompáñame en la segunda entrevista de Elena Mora para el puesto de Técnico Contable de "
             "tu equipo. Tú valoras la parte técnica.\nRafael")], tz=[R]))
    return e
