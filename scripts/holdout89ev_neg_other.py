"""holdout89 negatives: mocks, webinars, other kinds of 'entrevista', personal appointments."""

from __future__ import annotations

from holdout89ev_ics import (
    PROD_APPLE,
    PROD_GOOGLE,
    PROD_MOZ,
    PROD_OUTLOOK,
    TZ_BERLIN,
    TZ_MADRID,
    TZ_ROMANCE,
    cal,
    ev,
    meet,
    zoom,
)

G = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
GA = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE"


def _tz(text: str, tz: str = TZ_MADRID) -> str:
    return text.replace("VERSION:2.0", "VERSION:2.0\n" + tz, 1)


def events() -> list[dict[str, str]]:
    out = []

    out.append(ev("mock-coach", _tz(cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260112T190000
DTEND;TZID=Europe/Madrid:20260112T200000
DTSTAMP:20260107T200000Z
ORGANIZER;CN=Carmen Beltrán:mailto:carmen@beltrancoaching.es
UID:m0ckc04ch1ng2026a@google.com
{GA};CN=Carmen Beltrán;X-NUM-GUESTS=0:mailto:carmen@beltrancoaching.es
{G};CN=Lucía Fernández Ortega;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Simulacro de entrevista por competencias (puesto tipo: Jefa Nac
 ional de Ventas). Grabamos y después revisamos respuestas STAR.\n\n{meet("es", "cbz-mock-twy")}
SUMMARY:Simulacro de entrevista con Carmen (coach)
STATUS:CONFIRMED
END:VEVENT
""")), trap="mock-coach-es"))

    out.append(ev("mock-platform-en", cal("-//Calendly//Calendly Scheduling//EN", r"""
BEGIN:VEVENT
UID:4e5f6a7b-8c9d-4e0f-a1b2-mockprac0003@calendly.com
DTSTAMP:20260115T100000Z
DTSTART:20260119T180000Z
DTEND:20260119T190000Z
SUMMARY:Mock Interview – Sales Leadership between Tom Reeves and Lucía Fernández Ortega
ORGANIZER;CN=Tom Reeves:mailto:tom@salesleadercoach.com
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:lucia.fernandez.ortega@gmail.com
LOCATION:Zoom – link in confirmation email
DESCRIPTION:Event Name: Mock Interview – Sales Leadership (60 min)\n\nA real
 istic practice interview for senior sales roles followed by written feedba
 ck. This is a practice session\, not a job interview.\n\nQuestions:\nTarget r
 ole? National Sales Manager (medtech)\n\nPowered by Calendly.com
END:VEVENT
""", method="REQUEST"), trap="mock-platform-en"))

    out.append(ev("mock-friend", cal(PROD_APPLE, r"""
BEGIN:VEVENT
UID:0B1C2D3E-4F5A-4B6C-8D7E-9F0A1B2C3D4E
DTSTAMP:20260201T201500Z
DTSTART;TZID=Europe/Madrid:20260202T200000
DTEND;TZID=Europe/Madrid:20260202T210000
SUMMARY:Ensayo role-play Cardiolink con Marga
LOCATION:Casa de Marga
DESCRIPTION:Ella hace de jefa de cardiología\, yo presento la plataforma. C
 ronometrar 15 min.
END:VEVENT
""", method=None).replace("VERSION:2.0", "VERSION:2.0\n" + TZ_MADRID), trap="mock-names-company-es"))

    out.append(ev("webinar-es", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Gracias por inscribirte en el webinar gratuito "Cómo superar una
  entrevista por competencias en el sector salud".\n\nPonente: Luis Navarro\,
  headhunter en life sciences.\n\n{zoom("es", "us06web", "860 5521 9043", "EmpSan26")}
DTSTART;TZID=Romance Standard Time:20260121T183000
DTEND;TZID=Romance Standard Time:20260121T193000
DTSTAMP:20260114T120000Z
LOCATION:Zoom
ORGANIZER;CN=Empleo Sanitario:mailto:webinars@empleosanitario.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ortega@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Webinar: Cómo superar una entrevista por competencias
UID:{"040000008200E00074C5B7101A82E00800000000"}DD1DA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF6601
END:VEVENT
"""), trap="webinar-interviewing-es"))

    out.append(ev("workshop-en", cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART:20260128T170000Z
DTEND:20260128T183000Z
DTSTAMP:20260120T090000Z
ORGANIZER;CN=Women in MedTech Iberia:mailto:events@wimedtech-iberia.org
UID:w0rksh0pb3h4v10ur4l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=lucia.fernandez.ortega@gmail.com;X-
 NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Live workshop: "Nailing the senior sales interview – case pres
 entations\, role-plays and salary talks". Hosted by Women in MedTech Iberia
 . Recording will be shared with registrants.
LOCATION:Online (Hopin)
SUMMARY:Workshop: Nailing the senior sales interview
STATUS:CONFIRMED
END:VEVENT
"""), trap="class-interviewing-en"))

    out.append(ev("webinar-de", cal("-//GoTo//GoTo Webinar//DE", rf"""
{TZ_BERLIN}
BEGIN:VEVENT
UID:gotowebinar-7781-2290-4413@gotowebinar.com
DTSTAMP:20260126T080000Z
DTSTART;TZID=Europe/Berlin:20260204T160000
DTEND;TZID=Europe/Berlin:20260204T170000
SUMMARY:Webinar: Vertriebsführung im MedTech-Markt Südeuropa
ORGANIZER;CN=MedTech Akademie:mailto:noreply@medtech-akademie.de
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT:mailto:lucia.fernandez.ortega@gmail.com
LOCATION:https://attendee.gotowebinar.com/join/7781229044
DESCRIPTION:Vielen Dank für Ihre Anmeldung. Themen: Key-Account-Strategien\,
  Ausschreibungen in Spanien und Italien\, Führung von Außendienstteams. Spra
 che: Englisch.
END:VEVENT
""", method="PUBLISH"), trap="webinar-de"))

    out.append(ev("user-research", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260203T160000Z
DTEND:20260203T164500Z
DTSTAMP:20260129T120000Z
ORGANIZER;CN=Paula Andreu:mailto:paula.andreu@saleswise.io
UID:us3rr3s34rchcrm2026@google.com
{GA};CN=Paula Andreu;X-NUM-GUESTS=0:mailto:paula.andreu@saleswise.io
{G};CN=lucia.fernandez.ortega@gmail.com;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Hola Lucía\, gracias por participar en nuestro estudio. Es una e
 ntrevista de usuario de 45 minutos sobre cómo usáis el CRM en equipos de ven
 tas médicas. Recibirás una tarjeta regalo de 60 € al terminar.\n\n{meet("es", "swz-uxre-kpo")}
SUMMARY:Entrevista de usuario – estudio sobre CRM en ventas médicas (Saleswise)
STATUS:CONFIRMED
END:VEVENT
"""), trap="user-research-es"))

    out.append(ev("press", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Entrevista para el especial de distribución sanitaria: papel d
 el KAM en los concursos públicos de la Comunitat. 20-30 min por teléfono. P
 osible foto en la sede.
DTSTART;TZID=Romance Standard Time:20260206T120000
DTEND;TZID=Romance Standard Time:20260206T123000
DTSTAMP:20260202T090000Z
LOCATION:Teléfono
ORGANIZER;CN="Sanz, Vicente":mailto:vsanz@gacetasanitarialevante.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Fernández Ortega, Lucía":mailto:lfernandez@medisur-distribucion.es
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista Gaceta Sanitaria Levante – Lucía Fernández (Medisur)
UID:{"040000008200E00074C5B7101A82E00800000000"}EE1EA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF6602
END:VEVENT
"""), trap="press-interview-es"))

    out.append(ev("podcast", cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART:20260213T160000Z
DTEND:20260213T170000Z
DTSTAMP:20260205T090000Z
ORGANIZER;CN=Nick Alvarez:mailto:nick@medtechsalesstories.fm
UID:p0dc4st3p41r3c0rd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lucía Fernández Ortega;X-NUM-GUESTS
 =0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Podcast recording – MedTech Sales Stories\, ep. 41: "Selling to
  Spanish public hospitals". I'll interview you for ~40 min\, no video. Recor
 ding link: https://riverside.fm/studio/medtech-sales-stories
SUMMARY:Podcast interview – MedTech Sales Stories (Lucía Fernández)
STATUS:CONFIRMED
END:VEVENT
"""), trap="podcast-interview-en"))

    out.append(ev("doctor", cal(PROD_APPLE, r"""
BEGIN:VEVENT
UID:5A6B7C8D-9E0F-4A1B-2C3D-4E5F6A7B8C9D
DTSTAMP:20260108T080000Z
DTSTART;TZID=Europe/Madrid:20260115T082000
DTEND;TZID=Europe/Madrid:20260115T084000
SUMMARY:Médico de cabecera
LOCATION:Centro de Salud Benimaclet\, C/ Arquitecto Arnau s/n\, Valencia
DESCRIPTION:Cita 8:20\, consulta 14. Llevar análisis.
END:VEVENT
""", method=None).replace("VERSION:2.0", "VERSION:2.0\n" + TZ_MADRID), trap="doctor-es"))

    out.append(ev("dentist", cal(PROD_GOOGLE, r"""
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20260130T170000Z
DTEND:20260130T174500Z
DTSTAMP:20260120T180000Z
UID:d3nt1st4ruz4f42026@google.com
SUMMARY:Dentista - revisión + limpieza
LOCATION:Clínica Dental Russafa\, C/ Sueca 31\, Valencia
STATUS:CONFIRMED
END:VEVENT
""", method="PUBLISH"), trap="dentist-es"))

    out.append(ev("bank", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Firma de la novación de la hipoteca con Andrés (gestor). Llevar
  DNI\, últimas 3 nóminas y la tasación.
DTSTART;TZID=Romance Standard Time:20260219T093000
DTEND;TZID=Romance Standard Time:20260219T103000
DTSTAMP:20260212T080000Z
LOCATION:Oficina Caixa Levant – Av. Blasco Ibáñez 80
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Cita banco – firma hipoteca
UID:{"040000008200E00074C5B7101A82E00800000000"}FF1FA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF6603
END:VEVENT
""", method="PUBLISH"), trap="bank-es"))

    out.append(ev("id-appointment", cal(PROD_MOZ, rf"""
{TZ_MADRID}
BEGIN:VEVENT
CREATED:20260203T190000Z
DTSTAMP:20260203T190000Z
UID:a1b2c3d4-dni0-4c2e-9f00-policia20260216
SUMMARY:Cita previa renovación DNI
DTSTART;TZID=Europe/Madrid:20260216T091500
DTEND;TZID=Europe/Madrid:20260216T094500
LOCATION:Comisaría de Policía Nacional - Exposición\, Gran Vía Ramón y Cajal 40
DESCRIPTION:Localizador 7Q2K9. Llevar DNI antiguo\, foto y 12\,00 € en efect
 ivo.
X-MOZ-GENERATION:1
END:VEVENT
""", method="PUBLISH"), trap="id-appointment-es"))

    out.append(ev("school-va", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260224T160000Z
DTEND:20260224T163000Z
DTSTAMP:20260217T120000Z
ORGANIZER;CN=Mireia Puig (tutora 3r B):mailto:mpuig@ceipsantjoan.gva.es
UID:tut0r14p4u3rb2026@google.com
{G};CN=lucia.fernandez.ortega@gmail.com;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Benvolguda família\, us convoque a la reunió de tutoria per a c
 omentar l'evolució de Pau en el segon trimestre.\n\nMireia Puig\nTutora de 3
 r B – CEIP Sant Joan
LOCATION:CEIP Sant Joan\, aula 3r B
SUMMARY:Reunió tutoria – Pau (3r Primària)
STATUS:CONFIRMED
END:VEVENT
"""), trap="school-tutoria-va"))

    out.append(ev("school-entrevista", _tz(cal(PROD_GOOGLE, r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260303T170000
DTEND;TZID=Europe/Madrid:20260303T174500
DTSTAMP:20260225T090000Z
UID:0r13nt4d0r4m4rt1n4@google.com
DESCRIPTION:Entrevista con la orientadora (Sra. Cuesta) sobre el paso de M
 artina a la ESO y la optativa de francés.
LOCATION:Colegio Sagrado Corazón – Departamento de Orientación
SUMMARY:Entrevista orientadora colegio – Martina
STATUS:CONFIRMED
END:VEVENT
""", method="PUBLISH")), trap="school-entrevista-es"))

    out.append(ev("gestoria", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PRIVATE
DESCRIPTION:Revisar borrador de la renta y cambio de la cuota de autónomos
  de Javi. Llevar certificado de retenciones de Medisur.
DTSTART;TZID=Romance Standard Time:20260310T180000
DTEND;TZID=Romance Standard Time:20260310T183000
DTSTAMP:20260302T080000Z
LOCATION:Gestoría López Asesores\, C/ Cuba 12\, Valencia
ORGANIZER;CN="López, Mercedes":mailto:mercedes@lopezasesores.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Lucía Fernández:mailto:lucia.fernandez.ortega@gmail.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Gestoría – revisión renta
UID:{"040000008200E00074C5B7101A82E00800000000"}0A2AA2B3C4D5DC0100000000000000001000000000AA11BB22CC33DD44EE55FF6604
END:VEVENT
"""), trap="gestoria-es"))

    return out

