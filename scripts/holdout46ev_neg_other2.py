"""holdout46 negatives (part 2): recruiters naming no employer, prep, classes, webinars, coaching (EN/DE/FR/ES)."""

from __future__ import annotations

from holdout46ev_boiler import meet, meet_url, webex, zoom, zoom_url
from holdout46ev_ics import (
    FREE,
    GOOGLE,
    Ev,
    att,
    cal,
    digits,
    exch,
    gatt,
    google_uid,
    hexid,
    neg,
    org,
    outlook_uid,
    p,
    tz,
    uuid,
)

MOBILE = "+44 7700 900418"


def _own(uid: str, start: str, end: str, stamp: str, summary: str, desc: str = "", loc: str = "",
         guests: tuple[str, ...] = (), tzid: str = "Europe/London") -> str:
    """An entry the user (or a friend) made in Google Calendar, as it appears in her export."""
    lines = [f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}", f"DTSTAMP:{stamp}", f"UID:{uid}"]
    if guests:
        lines += [org(FREE, "Grace Okonkwo"), gatt(FREE, "Grace Okonkwo", "ACCEPTED"), *guests]
    lines += [f"CREATED:{stamp}", p("DESCRIPTION", desc), f"LAST-MODIFIED:{stamp}", p("LOCATION", loc),
              "SEQUENCE:0", "STATUS:CONFIRMED", p("SUMMARY", summary), "TRANSP:OPAQUE"]
    head = [*GOOGLE, "METHOD:PUBLISH", "X-WR-CALNAME:grace.okonkwo@gmail.com", "X-WR-TIMEZONE:Europe/London"]
    return cal(head, lines, tzs=(tz(tzid),))


def events() -> list[Ev]:
    out: list[Ev] = []

    uid = f"{digits('btjf', 12)}@eventbrite.com"
    desc = ("Tech Job Fair Berlin – Online-Karrieremesse für internationale Fachkräfte\n\nTriff über 40 Berliner "
            "Tech-Unternehmen, die remote und vor Ort einstellen. Dein Ticket: Kostenlos. Bestellung #"
            + digits("btjfo", 10) + "\n\nZugang zur virtuellen Messehalle: https://hopin.example-fair.de/berlin-2025"
            "\n\nVeranstaltung ansehen: https://www.eventbrite.de/e/tech-job-fair-berlin-tickets-" + digits("btjf", 12))
    out.append(neg("job-fair-online-de", cal(["PRODID:-//Eventbrite//Eventbrite Calendar//DE", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250301T090000Z", "DTSTART;TZID=Europe/Berlin:20250322T100000",
        "DTEND;TZID=Europe/Berlin:20250322T160000", p("SUMMARY", "Tech Job Fair Berlin (Online-Karrieremesse)"),
        p("DESCRIPTION", desc), p("LOCATION", "Online"),
    ], tzs=(tz("Europe/Berlin"),), method="PUBLISH"), uid))

    uid = google_uid("ref-daniel")
    desc = ("Hi Grace,\n\nDaniel Mensah has named you as a referee for the Senior QA Engineer role at Fenwick Digital. "
            "Would you have 15 minutes for a quick reference call? I'll ask about your time working together at "
            "Pennine Payments, his strengths and development areas.\n\nI'll call you on the number Daniel gave us.\n\n"
            "Many thanks,\nKirsty Lang\nTalent Partner, Fenwick Digital")
    out.append(neg("reference-call-referee-en", cal([*GOOGLE, "METHOD:REQUEST"], [
        "DTSTART:20250415T114500Z", "DTEND:20250415T120000Z", "DTSTAMP:20250411T100000Z",
        org("kirsty.lang@fenwickdigital.co.uk", "Kirsty Lang"), f"UID:{uid}",
        gatt("kirsty.lang@fenwickdigital.co.uk", "Kirsty Lang", "ACCEPTED"), gatt(FREE),
        "CREATED:20250411T100000Z", p("DESCRIPTION", desc), "LAST-MODIFIED:20250411T100000Z",
        p("LOCATION", "Phone"), "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Reference call – Daniel Mensah"), "TRANSP:OPAQUE",
    ]), uid))

    uid = outlook_uid("pl-intro")
    out.append(neg("recruiter-no-employer-en", exch(
        uid, org("jess.holt@pinderlowe.co.uk", "Holt, Jess"), [att(FREE, "grace.okonkwo@gmail.com")],
        "Call: Grace Okonkwo / Jess Holt (Pinder & Lowe)",
        "Hi Grace,\n\nGreat to connect on LinkedIn. As mentioned, I'm working on a few senior SDET and test "
        "automation lead roles across Manchester and remote – a couple of fintechs and a retailer. I can't name "
        f"the clients until we've spoken, so let's have a quick call. I'll ring you on {MOBILE}.\n\nJess",
        "20250219T123000", "20250219T130000", "20250217T150000Z", loc="Phone"), uid))

    uid = outlook_uid("kranich")
    desc = ("Sehr geehrte Frau Okonkwo,\n\nvielen Dank für Ihr Interesse. Wie besprochen möchte ich Ihnen in einem "
            "vertraulichen Telefonat eine Position als Head of QA (m/w/d) bei einem unserer Mandanten, einem "
            "Berliner Fintech, vorstellen. Den Namen des Unternehmens kann ich Ihnen erst nach unserem Gespräch "
            "nennen.\n\nMit freundlichen Grüßen\nAndreas Kranich\nKranich & Partner Personalberatung")
    out.append(neg("recruiter-no-employer-de", exch(
        uid, org("a.kranich@kranich-partner.de", "Kranich, Andreas"), [att(FREE, "grace.okonkwo@gmail.com")],
        "Telefonat Kranich & Partner – vertrauliche Position Head of QA", desc, "20250304T170000",
        "20250304T173000", "20250227T101500Z", zone="W. Europe Standard Time", uk=False, lang="de-DE",
        loc="Telefon"), uid))

    uid = google_uid("talentis")
    desc = ("Bonjour Grace,\n\nComme convenu, je vous appelle pour faire le point sur votre recherche et vous "
            "présenter deux opportunités de QA Lead en full remote chez des clients parisiens (que je ne "
            "peux pas encore nommer).\n\nBelle journée,\nLéa Moreau\nConsultante – Cabinet Talentis")
    out.append(neg("recruiter-no-employer-fr", cal([*GOOGLE, "METHOD:REQUEST"], [
        "DTSTART;TZID=Europe/Paris:20250321T113000", "DTEND;TZID=Europe/Paris:20250321T120000",
        "DTSTAMP:20250318T080000Z", org("lea.moreau@talentis-conseil.fr", "Léa Moreau"), f"UID:{uid}",
        gatt("lea.moreau@talentis-conseil.fr", "Léa Moreau", "ACCEPTED"), gatt(FREE),
        "CREATED:20250318T080000Z", p("DESCRIPTION", desc), "LAST-MODIFIED:20250318T080000Z",
        p("LOCATION", "Téléphone"), "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Échange Grace Okonkwo / Léa Moreau (Talentis)"), "TRANSP:OPAQUE",
    ], tzs=(tz("Europe/Paris"),)), uid))

    uid = google_uid("hunters-iberia")
    desc = ("Hola Grace,\n\nGracias por tu tiempo. En esta llamada te cuento las posiciones de QA Automation que "
            "llevamos en Madrid (cliente confidencial del sector seguros y una scale-up de movilidad) y vemos si "
            "encajan con lo que buscas.\n\nUn saludo,\nJavier Soler\nHunters Iberia – Executive Search\n\n"
            + meet("es", "hunters-iberia"))
    out.append(neg("recruiter-no-employer-es", cal([*GOOGLE, "METHOD:REQUEST"], [
        "DTSTART:20250326T160000Z", "DTEND:20250326T163000Z", "DTSTAMP:20250321T120000Z",
        org("javier.soler@huntersiberia.com", "Javier Soler"), f"UID:{uid}",
        gatt("javier.soler@huntersiberia.com", "Javier Soler", "ACCEPTED"), gatt(FREE),
        f"X-GOOGLE-CONFERENCE:{meet_url('hunters-iberia')}", "CREATED:20250321T120000Z", p("DESCRIPTION", desc),
        "LAST-MODIFIED:20250321T120000Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Llamada Grace / Javier (Hunters Iberia) – posiciones QA Madrid"), "TRANSP:OPAQUE",
    ]), uid))

    uid = google_uid("prep-ledgerline")
    out.append(neg("prep-block-en", _own(
        uid, "20250401T190000", "20250401T210000", "20250329T120000Z",
        "Prep: Ledgerline final – STAR stories + system design",
        "- re-read Ledgerline eng blog (payout recon)\n- 3 STAR stories: flaky suite, mentoring, prod incident\n"
        "- questions for Rachel + Dev\n- print CV"), uid))

    uid = google_uid("prep-oxbow")
    out.append(neg("prep-takehome-en", _own(
        uid, "20250412T100000", "20250412T140000", "20250410T190000Z", "Oxbow take-home – work on it (timebox 4h)",
        "pytest harness for the CSV ingestion pipeline. README + assumptions. submit by Mon 9am"), uid))

    uid = f"{uuid('italki')}@italki.com"
    desc = ("Deine Stunde mit Katrin S. ist bestätigt.\n\nKurs: Deutsch – Konversation (B1)\nThema: "
            "Vorstellungsgespräch üben – sich vorstellen, Stärken und Schwächen, Fragen an den Arbeitgeber\n"
            "Dauer: 60 Minuten\n\nKlassenzimmer: https://www.italki.com/classroom/" + digits("italki", 9))
    out.append(neg("class-de", cal(["PRODID:-//italki//Lessons//DE", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250305T200000Z", "DTSTART:20250309T170000Z", "DTEND:20250309T180000Z",
        p("SUMMARY", "italki: Deutschstunde mit Katrin S. – Vorstellungsgespräch üben"), p("DESCRIPTION", desc),
        p("LOCATION", "italki Classroom"), "STATUS:CONFIRMED",
    ], method="PUBLISH"), uid))

    uid = outlook_uid("ecole-test")
    desc = ("Bonjour,\n\nMerci pour votre inscription au webinaire « Réussir ses entretiens techniques en QA » animé "
            "par deux responsables QA. Au programme : exercices de conception de tests, questions fréquentes et "
            "conseils pour les tests à domicile.\n\nL'École du Test\n\n" + webex("fr", "ecole-test", "ecoledutest"))
    out.append(neg("webinar-webex-fr", exch(
        uid, org("webinaires@ecoledutest.fr", "L'École du Test"), [att(FREE, "grace.okonkwo@gmail.com")],
        "Webinaire : Réussir ses entretiens techniques en QA", desc, "20250402T183000", "20250402T193000",
        "20250320T090000Z", zone="Romance Standard Time", uk=False, lang="fr-FR", loc="Webex"), uid))

    uid = google_uid("mock-lucia")
    out.append(neg("mock-es", cal([*GOOGLE, "METHOD:REQUEST"], [
        "DTSTART;TZID=Europe/Madrid:20250420T190000", "DTEND;TZID=Europe/Madrid:20250420T200000",
        "DTSTAMP:20250417T180000Z", org("lucia.herrero88@gmail.com", "Lucía Herrero"), f"UID:{uid}",
        gatt("lucia.herrero88@gmail.com", "Lucía Herrero", "ACCEPTED"), gatt(FREE),
        f"X-GOOGLE-CONFERENCE:{meet_url('mock-lucia')}", "CREATED:20250417T180000Z",
        p("DESCRIPTION", "¡Hola Grace! Hacemos el simulacro de entrevista en español como te prometí: yo hago de "
                         "entrevistadora (preguntas típicas de RR. HH. y algo técnico) y luego te doy feedback. "
                         "¡Tú puedes! 💪\n\n" + meet("es", "mock-lucia")),
        "LAST-MODIFIED:20250417T180000Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Simulacro de entrevista en español 🇪🇸"), "TRANSP:OPAQUE",
    ], tzs=(tz("Europe/Madrid"),)), uid))

    uid = f"clase-{digits('clase-es', 8)}@academiacervantina.es"
    out.append(neg("class-es", cal(["PRODID:-//Academia Cervantina//Clases online//ES", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250301T100000Z", "DTSTART;TZID=Europe/Madrid:20250313T193000",
        "DTEND;TZID=Europe/Madrid:20250313T203000", "RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=TH",
        p("SUMMARY", "Clase de español B2 – Conversación: entrevistas de trabajo"),
        p("DESCRIPTION", "Curso online de 8 semanas. Unidad 4: preparar una entrevista de trabajo, hablar de tu "
                         "experiencia y negociar condiciones.\nProfesora: Elena Márquez\nAula virtual: "
                         "https://aula.academiacervantina.es/b2-jueves"),
        p("LOCATION", "Aula virtual"), org("clases@academiacervantina.es", "Academia Cervantina"),
        att(FREE, "Grace Okonkwo", rsvp=False),
    ], tzs=(tz("Europe/Madrid"),), method="PUBLISH"), uid))

    uid = f"zoom-{digits('bewerben', 11)}@zoom.us"
    desc = ("Vielen Dank für Ihre Anmeldung zum Webinar „Bewerben in Deutschland – Tipps für internationale "
            "Fachkräfte“.\n\nThemen: Lebenslauf nach deutschem Standard, das Vorstellungsgespräch, Gehaltsverhandlung, "
            "Arbeitsvertrag und Probezeit.\n\n" + zoom("de", "bewerben", host="us02web"))
    out.append(neg("webinar-zoom-de", cal(["PRODID:-//zoom.us//iCalendar Event//DE", "VERSION:2.0",
                                           "CALSCALE:GREGORIAN"], [
        "DTSTAMP:20250310T080000Z", "DTSTART;TZID=Europe/Berlin:20250318T180000",
        "DTEND;TZID=Europe/Berlin:20250318T193000",
        p("SUMMARY", "Webinar: Bewerben in Deutschland – Tipps für internationale Fachkräfte"), f"UID:{uid}",
        p("DESCRIPTION", desc), p("LOCATION", zoom_url("bewerben", "us02web")),
        org("no-reply@zoom.us", "Make it in Berlin e.V."), att(FREE, "Grace Okonkwo", rsvp=False),
    ], tzs=(tz("Europe/Berlin"),), method="PUBLISH"), uid))

    uid = f"{hexid('coach', 22)}@Cal.com"
    desc = ("What: Offer negotiation coaching (session 2 of 3)\nInvitee Time Zone: Europe/London\nWho:\nNkechi Obi - "
            "Organizer\nnkechi@careerlift.coach\nGrace Okonkwo\ngrace.okonkwo@gmail.com\nWhere: Zoom\n"
            "Description\nWe'll role-play the salary conversation for your two live processes and agree your walk-away "
            "number.")
    out.append(neg("coaching-calcom-en", cal(["PRODID:-//Cal.com Inc.//Cal.com Event//EN", "VERSION:2.0"], [
        f"UID:{uid}", "DTSTAMP:20250505T090000Z", "DTSTART:20250512T170000Z", "DTEND:20250512T180000Z",
        org("nkechi@careerlift.coach", "Nkechi Obi"), att(FREE, "Grace Okonkwo", ps="ACCEPTED", rsvp=False),
        p("SUMMARY", "Offer negotiation coaching (2/3) between Nkechi Obi and Grace Okonkwo"),
        p("DESCRIPTION", desc), p("LOCATION", zoom_url("coach")), "STATUS:CONFIRMED",
    ], method="REQUEST"), uid))

    uid = google_uid("viewing")
    out.append(neg("personal-viewing-en", _own(
        uid, "20250405T113000", "20250405T120000", "20250402T090000Z", "Viewing: 2-bed flat, Ancoats",
        "Jupp & Co lettings – ask for Marcus. £1,450 pcm. check damp + broadband", loc="Cutting Room Square, "
        "Ancoats, Manchester"), uid))

    uid = google_uid("tunde")
    out.append(neg("someone-elses-interview-en", _own(
        uid, "20250414T080000", "20250414T120000", "20250409T210000Z", "Tunde's interview in Leeds – drive him 🚗",
        "his interview at 10 at the Leeds General – I wait in the café. back for 1pm standup",
        loc="Leeds General Infirmary", guests=(gatt("tunde.okonkwo@gmail.com", "Tunde", "ACCEPTED"),)), uid))

    uid = google_uid("kaffee-jana")
    out.append(neg("coffee-chat-informational-de", cal([*GOOGLE, "METHOD:REQUEST"], [
        "DTSTART;TZID=Europe/Berlin:20250307T090000", "DTEND;TZID=Europe/Berlin:20250307T093000",
        "DTSTAMP:20250303T191500Z", org("jana.richter.berlin@gmail.com", "Jana Richter"), f"UID:{uid}",
        gatt("jana.richter.berlin@gmail.com", "Jana Richter", "ACCEPTED"), gatt(FREE),
        f"X-GOOGLE-CONFERENCE:{meet_url('kaffee-jana')}", "CREATED:20250303T191500Z",
        p("DESCRIPTION", "Virtueller Kaffee ☕ – ich erzähl dir gern, wie es bei Zahlwerk so läuft (QA-Team, "
                         "Remote-Kultur, Prozess). Ganz informell, kein Interview!\n\n" + meet("de", "kaffee-jana")),
        "LAST-MODIFIED:20250303T191500Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        p("SUMMARY", "Kaffee-Chat Grace & Jana"), "TRANSP:OPAQUE",
    ], tzs=(tz("Europe/Berlin"),)), uid))

    return out
