"""holdout60 negatives: the user on the hiring side at Estudio Turia (part 2)."""

from __future__ import annotations

from holdout60ev_boiler import gcal_footer, teams, zoom
from holdout60ev_ics import Ev, neg
from holdout60ev_neg_side import _CDO, _EXCH


def erasmus_en() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000010F7A9B1C3D5DB01000000000000000010000000"
           "66F8B0C2D4E6A8F0C2D4E6B8A0F2C4D6")
    t = teams("en", "312 774 019 652", "Pq2Zr6", "ZTg3MDU2YjgtMjM0Yi00ZWYxLWE2NjItYjQ3ZjE5M2M1YmI5")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Ferreira Gómez, Lucía":mailto:lferreira@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=tom.becker@posteo.de:mailto:tom.becker@poste
 o.de
DESCRIPTION;LANGUAGE=en-GB:Hi Tom\,\n\nThanks for your application for an Erasmus+ traineeship at Estudio
  Turia (September–February). I'd like to have a 30-minute video interview with you: we'll go through
  your portfolio and talk about the housing projects you would support.\n\nBest regards\,\nLucía Ferreira
  Gómez\nArchitect – Estudio Turia Arquitectura\, Valencia\n\n{t}\n
UID:{uid}
SUMMARY;LANGUAGE=en-GB:Interview – Tom Becker (Erasmus+ traineeship\, Estudio Turia)
DTSTART;TZID=Romance Standard Time:20250506T120000
DTEND;TZID=Romance Standard Time:20250506T123000
DTSTAMP:20250429T143700Z
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
""" + _CDO
    return neg("user-as-interviewer-erasmus-en", uid, text)


def stage_fr_zoom() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000020A8B0C2D4E6DB01000000000000000010000000"
           "77A9C1D3E5F7B9A1D3E5F7C9B1A3D5E7")
    z = zoom("fr", "Lucía Ferreira", "873 0021 5546", "cUhBd0hLQ2l3UmdsT3JQdz09", "880214")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Ferreira Gómez, Lucía":mailto:lferreira@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chloé Martin":mailto:chloe.martin33@orange.fr
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Chloé\,\n\nMerci pour votre candidature au stage de 6 mois à Estudio
  Turia. Je vous propose un entretien en visio (en français ou en espagnol\, comme vous préférez) pour
  parler de votre parcours à l'ENSAP Bordeaux et de votre portfolio.\n\nBien à vous\,\nLucía Ferreira
  Gómez\, architecte\n\n{z}\n
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:Entretien stage – Chloé Martin (ENSAP Bordeaux) / Estudio Turia
DTSTART;TZID=Romance Standard Time:20250513T100000
DTEND;TZID=Romance Standard Time:20250513T103000
DTSTAMP:20250507T161200Z
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Zoom
""" + _CDO
    return neg("user-as-interviewer-zoom-fr", uid, text)


def interview_kit() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000030B9C1D3E5F7DB01000000000000000010000000"
           "88B0D2E4F6A8C0B2E4F6A8D0C2B4E6F8")
    text = _EXCH.format(method="PUBLISH") + rf"""
BEGIN:VEVENT
ORGANIZER;CN=Lucía Ferreira:mailto:lferreira@estudioturia.es
DESCRIPTION;LANGUAGE=es-ES:Guía de entrevista para becarios 2025: 8 preguntas comunes\, criterios de
  puntuación 1-4 y ejercicio Revit de 45 min (muro cortina + tabla de planificación). Pasar a Vicente para
  revisión.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Preparar guía de entrevista + prueba Revit (becarios 2025)
DTSTART;TZID=Romance Standard Time:20250402T160000
DTEND;TZID=Romance Standard Time:20250402T180000
DTSTAMP:20250331T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:
""" + _CDO
    return neg("user-as-interviewer-kit-es", uid, text)


def grading() -> Ev:
    uid = "9d3f5b7c-2e4a-46c8-8e0a-b2c4d6e8f0a3"
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
CREATED:20250424T170100Z
LAST-MODIFIED:20250424T170122Z
DTSTAMP:20250424T170122Z
UID:{uid}
SUMMARY:Corregir pruebas Revit de los 3 candidatos a delineante
DTSTART;TZID=Europe/Madrid:20250425T153000
DTEND;TZID=Europe/Madrid:20250425T170000
DESCRIPTION:Sergio\, Jorge y Alba. Plantilla de corrección en Teams > Selección > Delineante BIM 2025.
END:VEVENT
END:VCALENDAR
"""
    return neg("user-as-interviewer-grading-es", uid, text)


def phone_candidate() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000040C0D2E4F6A8DB01000000000000000010000000"
           "99C1E3F5A7B9D1C3F5A7B9E1D3C5F7A9")
    text = _EXCH.format(method="PUBLISH") + rf"""
BEGIN:VEVENT
ORGANIZER;CN=Lucía Ferreira:mailto:lferreira@estudioturia.es
DESCRIPTION;LANGUAGE=es-ES:Llamada de filtro (15 min). CV de InfoJobs. Preguntar: años con Revit\,
  disponibilidad\, expectativa salarial\, si puede venir a València 4 días/semana. Tel. 6** *** 902\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Llamar a candidato Sergio Morant – Delineante BIM
DTSTART;TZID=Romance Standard Time:20250423T093000
DTEND;TZID=Romance Standard Time:20250423T094500
DTSTAMP:20250422T170000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teléfono
""" + _CDO
    return neg("user-as-interviewer-phone-screen-es", uid, text)


def second_round_room() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000050D1E3F5A7B9DB01000000000000000010000000"
           "AAD2F4B6C8E0A2D4F6B8C0E2A4D6F8B0")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Albors Pla, Vicente":mailto:valbors@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lferreira@estudiot
 uria.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=andrea.climent@outlook.es:mailto:andrea.climen
 t@outlook.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Sala reuniones Estudio Turia:mailto:s
 ala@estudioturia.es
DESCRIPTION;LANGUAGE=es-ES:Hola Andrea\,\n\nnos gustó mucho la primera entrevista. Te proponemos una segunda
  en el estudio: te enseñamos el espacio\, Lucía te plantea un pequeño ejercicio sobre uno de nuestros
  proyectos de vivienda y hablamos de condiciones.\n\nVicente Albors\nEstudio Turia Arquitectura\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:2ª entrevista – Andrea Climent (visita al estudio + ejercicio)
DTSTART;TZID=Romance Standard Time:20250505T170000
DTEND;TZID=Romance Standard Time:20250505T183000
DTSTAMP:20250428T154000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala reuniones Estudio Turia
""" + _CDO
    return neg("user-as-interviewer-onsite-room-es", uid, text)


def calibration() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000060E2F4A6B8C0DB01000000000000000010000000"
           "BBE3A5C7D9F1B3E5A7C9D1F3B5E7A9C1")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN="Albors Pla, Vicente":mailto:valbors@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreira Gómez, Lucía":mailto:lferreira@estu
 dioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roig, Empar":mailto:administracion@estudioturia.es
DESCRIPTION;LANGUAGE=es-ES:Antes de publicar la oferta de Delineante BIM: acordar criterios de evaluación
  de candidatos\, preguntas obligatorias\, quién entrevista en cada fase y banda salarial.\n
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Proceso selección Delineante BIM – criterios y calibración
DTSTART;TZID=Romance Standard Time:20250407T090000
DTEND;TZID=Romance Standard Time:20250407T100000
DTSTAMP:20250403T120000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Vicente
""" + _CDO
    return neg("user-as-interviewer-calibration-es", uid, text)


def offer_call() -> Ev:
    uid = "0B7E3C9A-5D1F-4A82-B4C6-E8F0A2C4E6B8"
    text = rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
@@TZ:Europe/Madrid@@
BEGIN:VEVENT
CREATED:20250416T141100Z
DTEND;TZID=Europe/Madrid:20250417T101500
DTSTAMP:20250416T141120Z
DTSTART;TZID=Europe/Madrid:20250417T100000
LAST-MODIFIED:20250416T141120Z
SEQUENCE:0
SUMMARY:Llamar a Marta Ibáñez – oferta prácticas 🎉
DESCRIPTION:Julio-septiembre\, 600 €/mes + convenio ETSA. Si dice que no\, llamar a Pablo.
TRANSP:OPAQUE
UID:{uid}
END:VEVENT
END:VCALENDAR
"""
    return neg("user-as-interviewer-offer-call-es", uid, text)


def candidate_invites_de() -> Ev:
    uid = "3rk7o1s5w9a3e7i1m5q9u3y7cc@google.com"
    foot = gcal_footer("en", "lena.hoffmann.arch@gmail.com")
    text = rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/Berlin@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250519T110000
DTEND;TZID=Europe/Berlin:20250519T113000
DTSTAMP:20250512T184422Z
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann.arch@gmail.com
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Lena Hoffmann;X-NUM-GUESTS=0:m
 ailto:lena.hoffmann.arch@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lferreira@estudioturia.es;X
 -NUM-GUESTS=0:mailto:lferreira@estudioturia.es
DESCRIPTION:Liebe Frau Ferreira\,\n\nwie besprochen sende ich Ihnen die Einladung für unser
  Vorstellungsgespräch zum Praktikum bei Estudio Turia. Den Meet-Link finden Sie unten. Vielen Dank für
  die Gelegenheit!\n\n(As agreed\, here is the invite for our interview about the internship at Estudio
  Turia.)\n\nViele Grüße\nLena Hoffmann\nB.A. Architektur\, TU Dresden{foot}
LOCATION:https://meet.google.com/fyt-oezq-hrn
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Praktikum – Estudio Turia (Lena Hoffmann)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    return neg("user-as-interviewer-candidate-invites-de", uid, text)


def bookings_host() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000070F3A5B7C9D1DB01000000000000000010000000"
           "CCF4B6D8E0A2C4F6B8D0E2A4C6F8B0D2")
    text = _EXCH.format(method="REQUEST") + rf"""
BEGIN:VEVENT
ORGANIZER;CN=Entrevistas Prácticas Estudio Turia:mailto:EntrevistasPracticas@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Lucía Ferreira:mailto:lferreira@estudioturia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Pau Giner Fuster:mailto:pau.giner@alumni.etsa
 llevant.edu.es
DESCRIPTION;LANGUAGE=es-ES:Pau Giner Fuster\n+34 6** *** 377\npau.giner@alumni.etsallevant.edu.es\n\nServicio:
  Entrevista de prácticas (30 min)\nPersonal: Lucía Ferreira\n\nNotas del cliente: Me interesa la oferta
  PR-2025-118. Adjunto portfolio por correo.\n\nAdministrar la reserva:
  https://outlook.office365.com/owa/calendar/EntrevistasPracticas@estudioturia.es/bookings/
UID:{uid}
SUMMARY;LANGUAGE=es-ES:Entrevista de prácticas (30 min) – Pau Giner Fuster
DTSTART;TZID=Romance Standard Time:20250414T120000
DTEND;TZID=Romance Standard Time:20250414T123000
DTSTAMP:20250410T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Estudio Turia Arquitectura
""" + _CDO
    return neg("user-as-interviewer-bookings-es", uid, text)


def events() -> list[Ev]:
    return [
        erasmus_en(),
        stage_fr_zoom(),
        interview_kit(),
        grading(),
        phone_candidate(),
        second_round_room(),
        calibration(),
        offer_call(),
        candidate_invites_de(),
        bookings_host(),
    ]
