"""holdout66: the user's personal appointments (doctor, notary, school, bank, passport)."""

from __future__ import annotations

from holdout66ev_ics import USER_CN, USER_FREE, att, cal, esc, g_uid, item, org, vevent
from holdout66ev_shapes import apple, google

MAD = "Europe/Madrid"


def _neg(kind, ics, uid, trap=""):
    return item(kind, ics, uid=uid, is_interview=0, trap=trap or kind)


def doctor():
    uid, ics = apple("medico-gomez", "Médico de cabecera – Dra. Gómez", "20250409T084500", "20250409T090000",
                     "20250407T070000Z", location="Centro de Salud Delicias Sur, Zaragoza",
                     body="Pedir analítica y receta.")
    return _neg("doctor-es", ics, uid)


def orthodontist():
    uid = g_uid("ortodoncia-daniel")
    ics = google(uid, MAD, None, [], "Ortodoncista Daniel – revisión brackets", "Clínica Dental Arrabal. Llevar "
                 "la tarjeta del seguro.", "20250507T173000", "20250507T180000", "20250402T190000Z",
                 location="Clínica Dental Arrabal, Zaragoza", method="PUBLISH")
    return _neg("dentist-es", ics, uid)


def notary():
    uid = "notaria-sanzlafuente-cita-20250516-0930@notariasanzlafuente.es"
    body = (
        "Le confirmamos la cita para la firma de la escritura de compraventa de plaza de garaje.\n"
        "Otorgantes: Elena Marín Ortega y Javier Lahoz Calvo.\n"
        "Deberán aportar DNI en vigor y justificante de la transferencia.\n\nNotaría Sanz-Lafuente"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250509T110000Z",
        "DTSTART;TZID=Europe/Madrid:20250516T093000",
        "DTEND;TZID=Europe/Madrid:20250516T101500",
        org("citas@notariasanzlafuente.es", "Notaría Sanz-Lafuente"),
        att(USER_FREE, USER_CN),
        "SUMMARY:Firma escritura – Notaría Sanz-Lafuente",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Paseo de la Independencia 19, 3º, Zaragoza')}",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Notaria Sanz-Lafuente//Agenda//ES", tzs=(MAD,))
    return _neg("notary-es", ics, uid)


def school_tutoria():
    uid = g_uid("tutoria-lucia")
    body = (
        "Estimada familia:\n\nOs convoco a la tutoría individual del segundo trimestre para hablar de la "
        "evolución de Lucía.\n\nUn saludo,\nPilar Ainsa, tutora de 5º B\nColegio Río Gállego"
    )
    ics = google(uid, MAD, org("pilar.ainsa@colegiogallego.org", "Pilar Ainsa"),
                 [att(USER_FREE, USER_FREE), att("javier.lahoz.c@gmail.com", "javier.lahoz.c@gmail.com"),
                  att("pilar.ainsa@colegiogallego.org", "Pilar Ainsa", partstat="ACCEPTED", rsvp=None)],
                 "Tutoría 5º B – familia Marín Lahoz (Lucía)", body, "20250402T170000", "20250402T173000",
                 "20250326T120000Z", location="Colegio Río Gállego - aula 5º B")
    return _neg("school-tutoria-es", ics, uid, "school-meeting-es")


def bank():
    uid, ics = apple("banco-hipoteca", "Cita gestor banco – revisión hipoteca", "20250422T090000",
                     "20250422T094500", "20250416T120000Z", location="Oficina Gran Vía 12, Zaragoza",
                     body="Con Raúl (gestor). Llevar nóminas y la oferta de la otra entidad.")
    return _neg("bank-es", ics, uid)


def passport():
    uid = "citaprevia-pasaporte-Z50-77120993@citapreviadnie.es"
    body = (
        "Cita previa confirmada\nTrámite: Expedición de pasaporte\n"
        "Oficina: Comisaría de Delicias (Zaragoza)\nLocalizador: Z50-77120993\n\n"
        "Recuerde aportar el DNI y una fotografía reciente."
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250502T090000Z",
        "DTSTART:20250512T071000",
        "DTEND:20250512T073000",
        "SUMMARY:Cita previa – Expedición de pasaporte",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Comisaría de Delicias, Zaragoza')}",
    )
    ics = cal(ev, prodid="-//citapreviadnie//Cita previa//ES", method="PUBLISH")
    return _neg("passport-es", ics, uid, "passport-floating-es")


def orientadora():
    uid, ics = apple("orientadora-daniel", "Entrevista con la orientadora – Daniel (4º ESO)", "20250528T163000",
                     "20250528T171500", "20250520T210000Z", location="Instituto, departamento de orientación",
                     body="Elección de bachillerato. Ir con Javier.")
    return _neg("school-interview-es", ics, uid)


EVENTS = [
    doctor(),
    orthodontist(),
    notary(),
    school_tutoria(),
    bank(),
    passport(),
    orientadora(),
]
