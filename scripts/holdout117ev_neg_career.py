"""holdout117 negatives around the job search: mocks, webinars, press, coffees, fairs, references, prep."""

from __future__ import annotations

from holdout117ev_ics import (
    APPLE,
    ME_CN,
    ME_G,
    ME_W,
    MEET_EN,
    MEET_ES,
    OUTLOOK,
    ZOOM,
    ZOOM_EN,
    ZOOM_ES,
    E,
    att,
    desc,
    org,
)

MINE = ("X-WR-CALNAME:Tomás", "X-WR-TIMEZONE:America/Lima")


def _hand(kind: str, uid: str, start: str, end: str, summary: str, note: str, trap: str) -> dict[str, object]:
    body = [f"DTSTART;TZID=America/Lima:{start}", f"DTEND;TZID=America/Lima:{end}", f"SUMMARY:{summary}"]
    if note:
        body.append(desc(note))
    body.append("SEQUENCE:0")
    return E(kind, uid, body, trap=trap, tz=("America/Lima",), prodid=APPLE, method=None)


def events() -> list[dict[str, object]]:
    out = []
    out.append(_hand(
        "mock-es", "A0B1C2D3-E4F5-4A6B-8C7D-9E0F1A2B3C01", "20251004T100000", "20251004T113000",
        "Simulacro entrevista en inglés con Pati (behavioural / STAR)",
        "Pati hace de hiring manager australiana. grabar y revisar muletillas", "mock-es"))
    out.append(E(
        "mock-en", "2b4d6f8a-0c1e-4a3b-9d5f-7a9c1e3b5d02", [
            "DTSTART:20251012T140000Z",
            "DTEND:20251012T150000Z",
            "SUMMARY:Mock interview – resource geology (practice) with Sandra Whitfield",
            org("sandra@minecareerscoach.com", "Sandra Whitfield"),
            att(ME_G, ME_CN, stat="ACCEPTED"),
            desc(
                "Session 3 of your coaching package: a full mock technical interview for senior resource "
                "geologist roles in Australia and Canada, followed by written feedback.\n\n"
                + ZOOM_EN.format(who="Sandra Whitfield", mid="81234509876", pwd="bW9jaw", mids="812 3450 9876",
                                 pin="300114")
            ),
        ], trap="mock-coach-en", prodid="-//Calendly//Calendly//EN"))
    out.append(E(
        "webinar-es", "webinar-cip-20251002-88@cip.org.pe", [
            "DTSTART;TZID=America/Lima:20251002T190000",
            "DTEND;TZID=America/Lima:20251002T203000",
            "SUMMARY:Webinar CIP: Cómo afrontar entrevistas por competencias en el sector minero",
            org("eventos@cipcdlima.org.pe", "Capítulo de Ingeniería Geológica – CIP CD Lima"),
            att(ME_G, ME_CN),
            desc(
                "Gracias por inscribirse. Expositora: Lic. Martha Gonzales, headhunter con 15 años en minería.\n"
                "Temario: el método STAR, preguntas técnicas frecuentes, negociación salarial.\n\n"
                + ZOOM_ES.format(who="CIP CD Lima", mid="86601122334", pwd="Y2lw", mids="866 0112 2334", pin="2025")
            ),
        ], trap="webinar-es", tz=("America/Lima",), prodid=ZOOM))
    out.append(E(
        "webinar-en", "on24-ausimm-4419021@ausimm.com", [
            "DTSTART:20251016T000000Z",
            "DTEND:20251016T010000Z",
            "SUMMARY:AusIMM Webinar: Moving to Australia – visas\\, FIFO life and nailing the interview",
            org("events@ausimm.com", "AusIMM Events"),
            att(ME_G, ME_CN),
            desc(
                "Thank you for registering. Panel: a WA mining recruiter, a migration agent and two geologists who "
                "relocated from South America. Join from your registration link. A recording will be shared."
            ),
        ], trap="webinar-en", prodid="-//ON24//Webcast//EN"))
    out.append(E(
        "press-es", "6c8e0a2b-4d6f-4b8a-9c1e-3d5f7a9b1c04", [
            "DTSTART;TZID=America/Lima:20251015T113000",
            "DTEND;TZID=America/Lima:20251015T123000",
            "SUMMARY:Entrevista revista Minería & Geología – exploración greenfield en Áncash",
            org("ccastillo@mineriaygeologia.pe", "Cecilia Castillo"),
            att(ME_W, ME_CN),
            "LOCATION:Oficinas Andesmin – sala 2",
            desc(
                "Ing. Aguirre: como coordinamos, la entrevista para la edición de noviembre (sección 'Voces de la "
                "exploración'). Iré con un fotógrafo. Preguntas enviadas por correo.\n\nCecilia Castillo\nEditora"
            ),
        ], trap="press-interview-es", tz=("America/Lima",), prodid="-//Apple Inc.//macOS 15.1//EN"))
    out.append(E(
        "podcast-es", "riverside-rec-7781-20251107", [
            "DTSTART;TZID=America/Lima:20251107T180000",
            "DTEND;TZID=America/Lima:20251107T190000",
            "SUMMARY:Grabación podcast 'Rocas y Rumbo' – entrevista a Tomás Aguirre",
            org("hola@rocasyrumbo.fm", "Rocas y Rumbo Podcast"),
            att(ME_G, ME_CN),
            "LOCATION:https://riverside.fm/studio/rocas-y-rumbo",
            desc("Episodio 42: la vida del geólogo de exploración. Usa audífonos con micrófono. ¡Gracias!"),
        ], trap="podcast-es", tz=("America/Lima",), prodid="-//Riverside//Riverside Studio//EN"))
    out.append(E(
        "user-research-en", "ur-corelog-2025-11-0183@corelog.io", [
            "DTSTART:20251105T170000Z",
            "DTEND:20251105T174500Z",
            "SUMMARY:Corelog user interview (45 min) – Tomás Aguirre Quispe",
            org("research@corelog.io", "Corelog UX Research"),
            att(ME_W, ME_CN),
            desc(
                "Thanks for agreeing to take part in our research about core-logging workflows. We'll ask about "
                "how your team logs and validates drill core. You'll receive a USD 75 gift card.\n\n"
                + MEET_EN.format(code="ura-kpxo-cle", pin4="1122", pin="448 119 203")
            ),
        ], trap="user-research-en", prodid="-//Google Inc//Google Calendar 70.9054//EN"))
    out.append(_hand(
        "coffee-es", "C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E05", "20250927T100000", "20250927T110000",
        "Café con Martín (ex UNI\\, ahora en Kestrel) – cómo es trabajar allá",
        "Tostaduría Bisetti Barranco. preguntarle por el equipo de recursos y el roster", "coffee-chat-es"))
    out.append(E(
        "coffee-en", "5e7a9c1b-3d5f-4a7c-8e0a-2c4e6a8c0e06", [
            "DTSTART:20251019T230000Z",
            "DTEND:20251019T233000Z",
            "SUMMARY:Informational chat – life as a resource geo in WA (Liam / Tomás)",
            org("liamtregear@outlook.com", "Liam Tregear"),
            att(ME_G, ME_CN),
            desc(
                "Hey Tomás, happy to share how I made the move from Chile to Perth and what the market is like. "
                "Not hiring myself, just a chat between geos!\n\n"
                + MEET_EN.format(code="wqe-mhzr-zfb", pin4="6602", pin="901 442 385")
            ),
        ], trap="informational-chat-en"))
    out.append(E(
        "fair-en", "pdac2026-career-fair-ticket-55102", [
            "DTSTART;VALUE=DATE:20260302",
            "DTEND;VALUE=DATE:20260303",
            "SUMMARY:PDAC 2026 – Career Fair (Metro Toronto Convention Centre)",
            "LOCATION:Metro Toronto Convention Centre\\, 255 Front St W\\, Toronto",
            desc("Bring 20 printed CVs. Kestrel, Northern Lode and Bramwell have booths (check map)."),
            "TRANSP:TRANSPARENT",
        ], trap="job-fair-en", method="PUBLISH", calx=MINE))
    out.append(_hand(
        "fair-es", "D2E3F4A5-B6C7-4D8E-9F0A-1B2C3D4E5F07", "20250925T090000", "20250925T130000",
        "Feria laboral Perumin – pabellón empleo (dejar CVs)", "Cerro Juli, Arequipa. stands de empresas mineras",
        "job-fair-es"))
    out.append(_hand(
        "referee-es", "E3F4A5B6-C7D8-4E9F-8A1B-2C3D4E5F6A08", "20251011T110000", "20251011T113000",
        "Llamada referencia para Jorge Paredes (postula a Minera Pampa Roja)",
        "me llama la consultora. Jorge fue mi asistente 2021-2023. hablar bien de su logueo", "referee-es"))
    out.append(E(
        "referee-en", "7a9c1e3b-5d7f-4c9e-8a2c-4e6a8c0e2a09", [
            "DTSTART:20251030T000000Z",
            "DTEND:20251030T002000Z",
            "SUMMARY:Reference call – Karri Resources re: Ana Lucía Ramos",
            org("jess.pham@karriresources.com.au", "Jess Pham"),
            att(ME_W, ME_CN),
            desc(
                "Hi Tomás, Ana Lucía Ramos has listed you as a referee for a Field Geologist role with us. Could we "
                "have 15 minutes? Questions will be about her work under your supervision at Andesmin."
            ),
        ], trap="referee-en"))
    out.append(E(
        "recruiter-no-employer-en", "9c1e3a5b-7d9f-4e1a-8c3e-5a7c9e1b3d10", [
            "DTSTART;TZID=America/Lima:20251025T090000",
            "DTEND;TZID=America/Lima:20251025T093000",
            "SUMMARY:Call: confidential Senior Geologist opportunity – Tomás / Rachel",
            org("rachel.dunn@apexminingsearch.com", "Rachel Dunn"),
            att(ME_G, ME_CN),
            desc(
                "Hi Tomás, thanks for connecting. My client is a mid-tier producer (can't name them yet) looking "
                "for a senior geologist in South America. Quick call to see if it could fit.\n\nRachel Dunn\n"
                "Apex Mining Search"
            ),
        ], trap="recruiter-no-employer-en", tz=("America/Lima",), prodid=OUTLOOK))
    out.append(_hand(
        "recruiter-no-employer-es", "F4A5B6C7-D8E9-4F0A-9B1C-2D3E4F5A6B11", "20251110T123000", "20251110T130000",
        "llamada headhunter – puesto confidencial Gerente de Proyecto (minera grande\\, no dice cuál)", "",
        "recruiter-no-employer-es"))
    out.append(E(
        "prep-es", "0fb3c7d9e1a2@google.com", [
            "DTSTART:20251006T220000Z",
            "DTEND:20251007T003000Z",
            "SUMMARY:Preparar entrevista Condor – repasar NI 43-101 / JORC + casos STAR",
            "TRANSP:OPAQUE", "SEQUENCE:0",
        ], trap="prep-es", method="PUBLISH", calx=MINE))
    out.append(_hand(
        "prep-en", "A5B6C7D8-E9F0-4A1B-8C2D-3E4F5A6B7C12", "20251014T050000", "20251014T063000",
        "Prep: Karri final – slides on Huancapetí resource model", "", "prep-en"))
    out.append(E(
        "class-en", "b1d3f5a7-9c0e-4b2d-8f4a-6c8e0a2c4e13", [
            "DTSTART;TZID=America/Lima:20251008T070000",
            "DTEND;TZID=America/Lima:20251008T080000",
            "RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=6",
            "SUMMARY:Technical English – Speaking practice: job interviews (Unit 5)",
            org("teacher.mike@englishformining.com", "Mike Hollis"),
            att(ME_G, ME_CN),
            desc("Role-plays of interview questions for geologists. Homework: prepare a 2-minute 'tell me about "
                 "yourself'.\n\n" + MEET_ES.format(code="eng-fmnq-wer", pin4="0051", pin="558 003 112")),
        ], trap="class-en", tz=("America/Lima",)))
    out.append(E(
        "class-fr", "c2e4a6b8-0d1f-4c3e-9a5b-7d9f1b3d5f14", [
            "DTSTART;TZID=America/Lima:20251111T190000",
            "DTEND;TZID=America/Lima:20251111T203000",
            "SUMMARY:Cours de français (Alliance Française) – simulation d'entretien d'embauche",
            "LOCATION:Alliance Française de Lima\\, Av. Arequipa 4595\\, Miraflores",
            desc("Niveau B1. Jeu de rôle: entretien d'embauche au Québec. Apporter son CV en français."),
            "SEQUENCE:0",
        ], trap="class-fr", tz=("America/Lima",), prodid=APPLE, method=None))
    return out
