"""holdout125 negatives: personal life, career-adjacent events that are not her interviews."""

from __future__ import annotations

from holdout125ev_ics import Ev, cal, neg

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iPhone OS 17.4.1//EN"


def _hand(uid: str, summary: str, start: str, end: str, desc: str = "", loc: str = "", tz: bool = True) -> str:
    zone = ";TZID=Europe/Madrid" if tz else ""
    body = f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250301T200000Z
DTSTART{zone}:{start}
DTEND{zone}:{end}
SUMMARY:{summary}
LOCATION:{loc}
DESCRIPTION:{desc}
END:VEVENT
"""
    return cal(body, APPLE, method=None, tz="Europe/Madrid" if tz else None)


def events() -> list[Ev]:
    out: list[Ev] = []
    out.append(neg("mock-es", _hand("A1B2C3D4-0001-4E5F-8A9B-0C1D2E3F4A01", "simulacro entrevista con Andrea (Arenal)",
                                    "20250323T190000", "20250323T203000",
                                    r"Andrea hace de comité. Ensayar la presentación del proyecto expositivo\, 20 min"
                                    r" cronometrados", "Casa de Andrea"), "mock-interview-es"))
    out.append(neg("mock-en", cal(r"""
BEGIN:VEVENT
DTSTART:20250406T170000Z
DTEND:20250406T180000Z
DTSTAMP:20250402T090000Z
ORGANIZER;CN=Sarah Mitchell:mailto:sarah.mitchell.tutor@gmail.com
UID:0o9i8u7y6t5r4e3w2q1plmnbvc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=lucia.marin.arte@gmail.com:mailto:lucia.mar
+in.arte@gmail.com
DESCRIPTION:English practice: mock interview for your London applications (competency questions + "tell me about
+ yourself"). I'll play the panel. Meet: https://meet.google.com/mck-intv-prac
SUMMARY:Mock interview practice - Lucía
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE), "mock-interview-en"))
    out.append(neg("medico-es", _hand("A1B2C3D4-0003-4E5F-8A9B-0C1D2E3F4A03", "médico cabecera", "20250304T081500",
                                      "20250304T083000", "Dra. Llorente. Pedir analítica", "C.S. Chamberí"),
                   "doctor-es"))
    out.append(neg("notaria-es", _hand("A1B2C3D4-0004-4E5F-8A9B-0C1D2E3F4A04", "notaría - firma poder (mamá)",
                                       "20250312T093000", "20250312T103000", "Notaría Ibáñez de la Cruz. DNI original",
                                       r"C/ Velázquez 31\, Madrid"), "notary-es"))
    out.append(neg("itv-es", cal(r"""
BEGIN:VEVENT
UID:cita-itv-M-8841-KLB-20250408@itv-madrid.es
DTSTAMP:20250325T100000Z
DTSTART;TZID=Europe/Madrid:20250408T081000
DTEND;TZID=Europe/Madrid:20250408T084000
SUMMARY:Cita ITV - 8841 KLB
ORGANIZER;CN=ITV Madrid Citas:mailto:citas@itv-madrid.es
ATTENDEE;CN=LUCIA MARIN ORTEGA:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Su cita para la inspección técnica del vehículo 8841 KLB ha sido confirmada. Estación: Alcobendas.
+ Traiga permiso de circulación y ficha técnica.
LOCATION:Estación ITV Alcobendas
END:VEVENT
""", "-//ITV Citas//ES", tz="Europe/Madrid"), "itv-es"))
    out.append(neg("bank-es", cal(r"""
BEGIN:VEVENT
UID:cita-oficina-0391-20250416-1130@bancomeridional.es
DTSTAMP:20250410T100000Z
DTSTART;TZID=Europe/Madrid:20250416T113000
DTEND;TZID=Europe/Madrid:20250416T120000
SUMMARY:Cita con su gestor - Banco Meridional (oficina 0391)
ORGANIZER;CN=Banco Meridional:mailto:citaprevia@bancomeridional.es
ATTENDEE;CN=LUCIA MARIN ORTEGA:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Motivo: revisión hipoteca. Gestor: Javier Toledo. Oficina 0391\, C/ Santa Engracia 45.
LOCATION:Oficina 0391\, C/ Santa Engracia 45\, Madrid
END:VEVENT
""", "-//Banco Meridional//Cita Previa//ES", tz="Europe/Madrid"), "bank-appointment-same-employer-es"))
    out.append(neg("visa-en", cal(r"""
BEGIN:VEVENT
UID:VFS-GBR-MAD-2025-0611-77120@vfsglobal.com
DTSTAMP:20250528T100000Z
DTSTART;TZID=Europe/Madrid:20250611T091500
DTEND;TZID=Europe/Madrid:20250611T094500
SUMMARY:UKVCAS biometrics appointment - Skilled Worker visa
ORGANIZER;CN=VFS Global:mailto:donotreply@vfsglobal.com
ATTENDEE;CN=LUCIA MARIN ORTEGA:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:Appointment confirmation. Please bring your passport\, appointment letter and supporting documents.
+ Centre: Madrid\, Calle de Orense 70.
LOCATION:VFS Global Visa Application Centre\, Madrid
END:VEVENT
""", "-//VFS Global//Appointments//EN", tz="Europe/Madrid"), "visa-appointment-en"))
    out.append(neg("school-es", _hand("A1B2C3D4-0008-4E5F-8A9B-0C1D2E3F4A08", "tutoría cole Daniel (2ºB)",
                                      "20250409T170000", "20250409T173000", r"con la profe\, Marisa", "CEIP Cervantes"),
                   "school-es"))
    out.append(neg("coffee-info-es", cal(r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250221T093000
DTEND;TZID=Europe/Madrid:20250221T101500
DTSTAMP:20250217T180000Z
ORGANIZER;CN=lucia.marin.arte@gmail.com:mailto:lucia.marin.arte@gmail.com
UID:3e4r5t6y7u8i9o0pzaqxswcdev@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julia Boix:mailto:julia.boix@fundacionarenal.org
DESCRIPTION:Café informal con Julia (registro en la Fundación Arenal) para que me cuente cómo es trabajar allí
+ antes de presentarme. No es entrevista.
LOCATION:La Bicicleta Café
SUMMARY:café con Julia Boix
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, tz="Europe/Madrid"), "informational-coffee-es"))
    out.append(neg("job-fair-es", _hand("A1B2C3D4-0010-4E5F-8A9B-0C1D2E3F4A10",
                                        "Jornada de Empleo Sector Cultural (Círculo de Bellas Artes)", "20250329",
                                        "20250330", r"Stands de museos\, fundaciones y casas de subastas. Llevar CVs"
                                        r" impresos", "Círculo de Bellas Artes", tz=False).replace(
        "DTSTART:20250329", "DTSTART;VALUE=DATE:20250329").replace("DTEND:20250330", "DTEND;VALUE=DATE:20250330"),
        "job-fair-all-day-es"))
    out.append(neg("arco-es", _hand("A1B2C3D4-0011-4E5F-8A9B-0C1D2E3F4A11", "ARCO - día profesional",
                                    "20250305T110000", "20250305T180000", "Pasar por stand Ochoa Pardo y Tezontle",
                                    "IFEMA pab. 7 y 9"), "art-fair-not-job-fair-es"))
    out.append(neg("referee-es", cal(r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000REFE0001DB01000000000000000010000000C0FFEE0000000000000000000000AB
DTSTAMP:20250415T100000Z
DTSTART;TZID=Romance Standard Time:20250417T123000
DTEND;TZID=Romance Standard Time:20250417T124500
SUMMARY:Referencias sobre Javier Gil - llamada Fundació Puig-Vilanova
ORGANIZER;CN="Puig, Núria":mailto:npuig@fundaciopuigvilanova.org
ATTENDEE;CN="Marín Ortega, Lucía":mailto:lmarin@museo-arte-contemporaneo.es
DESCRIPTION:Hola Lucía\, Javier Gil (tu antiguo becario) nos ha dado tu nombre como referencia para el puesto de
+ asistente de registro. ¿Te va bien una llamada de 15 minutos?
LOCATION:Teléfono
END:VEVENT
""", "Microsoft Exchange Server 2010", tz="Romance Standard Time"), "reference-call-user-is-referee-es"))
    out.append(neg("headhunter-noemployer-es", _hand("A1B2C3D4-0013-4E5F-8A9B-0C1D2E3F4A13",
                                                     "llamada headhunter (confidencial)", "20250411T141500",
                                                     "20250411T144500",
                                                     r"Me llama Ignacio Mena (Talento Cultura). Puesto de dirección de"
                                                     r" colección corporativa\, no dice cliente.", "móvil"),
                   "recruiter-call-no-employer-es"))
    out.append(neg("recruiter-catchup-en", cal(r"""
BEGIN:VEVENT
UID:arp-catchup-20250320-LMO@artsrecruitpartners.co.uk
DTSTAMP:20250317T100000Z
DTSTART:20250320T120000Z
DTEND:20250320T123000Z
SUMMARY:Catch-up call - Georgina Hale / Lucía Marín
ORGANIZER;CN=Georgina Hale:mailto:georgina@artsrecruitpartners.co.uk
ATTENDEE;CN=Lucía Marín Ortega:mailto:lucia.marin.arte@gmail.com
DESCRIPTION:General chat about your search and the London market\, salary bands and visas. Nothing specific yet -
+ I'll share roles as they come in.
LOCATION:Phone
END:VEVENT
""", "Microsoft Exchange Server 2010"), "recruiter-catchup-no-employer-en"))
    out.append(neg("prep-es", _hand("A1B2C3D4-0015-4E5F-8A9B-0C1D2E3F4A15", "preparar presentación Xólotl",
                                    "20250422T190000", "20250422T213000", r"15 láminas\, ensayar en voz alta", ""),
                   "prep-block-names-employer-es"))
    out.append(neg("prep-en", _hand("A1B2C3D4-0016-4E5F-8A9B-0C1D2E3F4A16", "prep H&V final - STAR stories",
                                    "20250408T200000", "20250408T220000",
                                    r"repasar: préstamo Lisboa\, inventario 2023\, conflicto con transportista", "",
                                    tz=False), "prep-block-floating-en"))
    out.append(neg("dentist-es", _hand("A1B2C3D4-0017-4E5F-8A9B-0C1D2E3F4A17", "dentista (revisión)",
                                       "20250522T183000", "20250522T190000", "", r"Clínica Dental Arapiles\, 2º"),
                   "dentist-es"))
    return out
