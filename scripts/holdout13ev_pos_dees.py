"""holdout13: Julien Moreau's own interviews written in German and Spanish (CC0 1.0; all names invented)."""

from __future__ import annotations

from holdout13ev_boiler import gfooter, meet, teams, zoom
from holdout13ev_ics import ME, Item, att, cal, org, pos, vev

B = ";TZID=Europe/Berlin:"
M = ";TZID=Europe/Madrid:"
W = ";TZID=W. Europe Standard Time:"


def german() -> list[Item]:
    """Given nothing returns the German positive events."""
    out: list[Item] = []
    uid = "teamtailor-alpenrast-90211"
    out.append(pos("teamtailor-hm", "de", cal("teamtailor", vev(
        uid, "Vorstellungsgespräch – Customer Success Manager (m/w/d) – Alpenrast", B + "20261209T140000",
        B + "20261209T150000",
        desc=("Hallo Julien,\n\nvielen Dank für Ihre Bewerbung bei der Alpenrast GmbH. Im Gespräch lernen Sie "
              "Tobias Brandl (Teamleitung Customer Success) kennen. Das Gespräch findet auf Englisch und Deutsch "
              "statt.\n\nViele Grüße\nIhr Alpenrast Recruiting-Team\n\n" + teams("OTk0alpenrast", "de")),
        organizer=org("jobs@alpenrast.de", "Alpenrast Recruiting"),
        attendees=[att("tobias.brandl@alpenrast.de", "Tobias Brandl"), att(ME, "Julien Moreau")]),
        tzs=("Europe/Berlin",)),
        uid, "Alpenrast", "Customer Success Manager", "hiring_manager", ("tobias.brandl@alpenrast.de",)))

    uid = "040000008200E00074C5B7101A82E00800000000perlhauszweit"
    out.append(pos("outlook-onsite", "de", cal("exchange", vev(
        uid, "Zweitgespräch Perlhaus Hotels AG – Leitung Gästeservice (Zentrale)", W + "20261220T100000",
        W + "20261220T123000",
        desc=("Sehr geehrter Herr Moreau,\n\nwir freuen uns, Sie zum Zweitgespräch in unserer Zentrale in der "
              "Leopoldstraße 44, 80802 München, begrüßen zu dürfen. Gesprächspartner: Katrin Vogel (Head of Guest "
              "Experience) und Markus Lindner (Bereichsleiter Operations). Anschließend Rundgang durch das Haus.\n\n"
              "Mit freundlichen Grüßen\nSabine Roth\nHR Business Partner"),
        organizer=org("sabine.roth@perlhaus-hotels.de", "Roth, Sabine"),
        attendees=[att("katrin.vogel@perlhaus-hotels.de", "Vogel, Katrin"),
                   att("markus.lindner@perlhaus-hotels.de", "Lindner, Markus"), att(ME, "Julien Moreau"),
                   att("raum.isar@perlhaus-hotels.de", "Besprechungsraum Isar", role="NON-PARTICIPANT",
                       cutype="ROOM")],
        loc="Besprechungsraum Isar; Leopoldstraße 44, München"), tzs=("W. Europe Standard Time",)),
        uid, "Perlhaus Hotels", "Leitung Gästeservice", "onsite",
        ("katrin.vogel@perlhaus-hotels.de", "markus.lindner@perlhaus-hotels.de")))

    uid = "5r7t9z1u3buchwerk@google.com"
    out.append(pos("google-screen", "de", cal("google", vev(
        uid, "Kennenlerngespräch Julien Moreau / Buchwerk Reisen", B + "20261207T100000", B + "20261207T103000",
        desc=("Hallo Herr Moreau, wie besprochen ein erstes Telefonat zur Stelle Onboarding Manager B2B "
              "(Remote aus Frankreich möglich). Lena Hartmann, Recruiting" + "\n\n" + meet("bwr-kenn-lhm", "de")
              + gfooter("de", ME)),
        organizer=org("lena.hartmann@buchwerk-reisen.de", "Lena Hartmann"),
        attendees=[att("lena.hartmann@buchwerk-reisen.de", "Lena Hartmann", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")]), tzs=("Europe/Berlin",)),
        uid, "Buchwerk Reisen", "Onboarding Manager B2B", "recruiter_screen", ("lena.hartmann@buchwerk-reisen.de",)))

    uid = "8E2B6C1A-4D3F-4B7E-roomhero-tel"
    out.append(pos("handtyped", "de", cal("ios", vev(
        uid, "Tel. Interview Roomhero München 10 Uhr – Fr. Schneider", ":20261211T100000", ":20261211T103000",
        status=None), method=None),
        uid, "Roomhero", "", "recruiter_screen"))

    uid = "tripwerk-case-66e0@tripwerk.de"
    out.append(pos("case", "de", cal("google", vev(
        uid, "Fallstudie Onboarding – Tripwerk (Julien Moreau)", B + "20261215T160000", B + "20261215T170000",
        desc=("Hallo Julien, in der zweiten Runde präsentierst du uns deinen Onboarding-Plan für eine Hotelkette "
              "mit 30 Häusern (20 Min.), danach Fragen. Dabei: Jan Krüger (VP Customer Success) und Mia Schulz "
              "(Implementation).\n\n" + zoom("874 3301 2209", "TrpW3rkQ1", "de")),
        organizer=org("jan.krueger@tripwerk.de", "Jan Krüger"),
        attendees=[att("jan.krueger@tripwerk.de", "Jan Krüger", ps="ACCEPTED", rsvp=False),
                   att("mia.schulz@tripwerk.de", "Mia Schulz"), att(ME, "Julien Moreau")]),
        tzs=("Europe/Berlin",)),
        uid, "Tripwerk", "", "technical", ("jan.krueger@tripwerk.de", "mia.schulz@tripwerk.de")))

    uid = "alpenrast-final-gf-1203@alpenrast.de"
    out.append(pos("final", "de", cal("outlook", vev(
        uid, "Finale Runde mit der Geschäftsführung – Julien Moreau", W + "20261222T110000", W + "20261222T120000",
        desc=("Lieber Julien,\nzum Abschluss möchten dich unsere Geschäftsführer Florian Bauer und Petra Wimmer "
              "kennenlernen (CSM-Stelle). Vor Ort in der Sendlinger Straße 12, 80331 München.\nTobias"),
        organizer=org("tobias.brandl@alpenrast.de", "Brandl, Tobias"),
        attendees=[att("florian.bauer@alpenrast.de", "Bauer, Florian"), att("petra.wimmer@alpenrast.de",
                   "Wimmer, Petra"), att(ME, "Julien Moreau")],
        loc="Alpenrast GmbH, Sendlinger Straße 12, München"), tzs=("W. Europe Standard Time",)),
        uid, "Alpenrast", "CSM", "final", ("florian.bauer@alpenrast.de", "petra.wimmer@alpenrast.de")))

    uid = "buchwerk-fachgespraech-2@buchwerk-reisen.de"
    out.append(pos("cancelled", "de", cal("outlook", vev(
        uid, "Abgesagt: Fachgespräch Onboarding Manager B2B – Buchwerk Reisen", W + "20261214T090000",
        W + "20261214T100000",
        desc="Leider müssen wir den Termin absagen; wir melden uns mit einem neuen Vorschlag. Lena Hartmann",
        organizer=org("lena.hartmann@buchwerk-reisen.de", "Hartmann, Lena"),
        attendees=[att("sven.otto@buchwerk-reisen.de", "Otto, Sven"), att(ME, "Julien Moreau")],
        status="CANCELLED", seq=1), method="CANCEL", tzs=("W. Europe Standard Time",)),
        uid, "Buchwerk Reisen", "Onboarding Manager B2B", "technical", ("sven.otto@buchwerk-reisen.de",)))

    uid = "hrk-seehof-4410@hr-kompass.de"
    out.append(pos("agency", "de", cal("outlook", vev(
        uid, "Interview bei unserem Mandanten Seehof Hotelgruppe – Julien Moreau", W + "20261216T143000",
        W + "20261216T153000",
        desc=("Hallo Herr Moreau,\n\nanbei die Einladung zum Gespräch mit Frau Dr. Claudia Berger (Direktorin "
              "Operations, Seehof Hotelgruppe) für die Position Operations Manager Zentrale. Ich selbst bin nicht "
              "dabei.\n\nBeste Grüße\nMichael Fuchs\nHR Kompass Personalberatung\n\n" + teams("YjQ1seehof", "de")),
        organizer=org("m.fuchs@hr-kompass.de", "Michael Fuchs"),
        attendees=[att("c.berger@seehof-hotels.de", "Dr. Claudia Berger"), att(ME, "Julien Moreau")],
        loc="Microsoft Teams-Besprechung"), tzs=("W. Europe Standard Time",)),
        uid, "Seehof Hotelgruppe", "Operations Manager Zentrale", "hiring_manager", ("c.berger@seehof-hotels.de",)))
    return out


def spanish() -> list[Item]:
    """Given nothing returns the Spanish positive events."""
    out: list[Item] = []
    uid = "recruitee-interview-318802@recruitee.com"
    out.append(pos("recruitee-screen", "es", cal("recruitee", vev(
        uid, "Entrevista – Customer Success Manager (Francia) – Hostmind", M + "20261203T163000", M + "20261203T170000",
        desc=("Hola Julien:\nGracias por tu interés en Hostmind. Esta primera llamada con Núria Camps (Talent "
              "Acquisition) dura unos 30 minutos.\n\n" + meet("hsm-nuri-cmp", "es") + "\n\nEnviado con Recruitee"),
        organizer=org("nuria.camps@hostmind.com", "Núria Camps"),
        attendees=[att("nuria.camps@hostmind.com", "Núria Camps", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")]), tzs=("Europe/Madrid",)),
        uid, "Hostmind", "Customer Success Manager (Francia)", "recruiter_screen", ("nuria.camps@hostmind.com",)))

    uid = "1x3c5v7b9cielo2a@google.com"
    out.append(pos("google-hm", "es", cal("google", vev(
        uid, "Segunda entrevista Cielo Rooms – Responsable de Operaciones", M + "20261211T100000",
        M + "20261211T110000",
        desc=("Hola Julien, te esperamos en la oficina (Carrer de Pallars 108, Barcelona) para la segunda "
              "entrevista con Montse Ribas, directora de Operaciones.\nSaludos, Marta" + gfooter("es", ME)),
        organizer=org("marta.vidal@cielorooms.com", "Marta Vidal"),
        attendees=[att("montse.ribas@cielorooms.com", "Montse Ribas"), att(ME, "Julien Moreau")],
        loc="Carrer de Pallars 108, 08018 Barcelona"), tzs=("Europe/Madrid",)),
        uid, "Cielo Rooms", "Responsable de Operaciones", "hiring_manager", ("montse.ribas@cielorooms.com",)))

    uid = "mapamar-jordi-charla@google.com"
    out.append(pos("founder-gmail", "es", cal("google", vev(
        uid, "Charla con Jordi (fundador Mapamar) – puesto Onboarding", M + "20261209T190000", M + "20261209T193000",
        desc=("Julien, gracias por escribirnos. Esta es la entrevista para el puesto de Onboarding Manager de "
              "Mapamar (software para puertos deportivos). Hablamos en inglés o español, como prefieras.\nJordi"
              "\n\n" + meet("map-amar-jrd", "es")),
        organizer=org("jordi.pons.bcn@gmail.com", "Jordi Pons"),
        attendees=[att("jordi.pons.bcn@gmail.com", "Jordi Pons", ps="ACCEPTED", rsvp=False),
                   att(ME, "Julien Moreau")]), tzs=("Europe/Madrid",)),
        uid, "Mapamar", "Onboarding Manager", "hiring_manager", ("jordi.pons.bcn@gmail.com",)))

    uid = "workable-ev-5601447-staymate"
    out.append(pos("workable-tech", "es", cal("workable", vev(
        uid, "Entrevista técnica – Especialista de Implementación (Staymate)", ":20261215T090000Z",
        ":20261215T100000Z",
        desc=("Candidato: Julien Moreau\nEntrevistadores: Pau Ferrer (Implementation Lead), Laura Serra\nCaso "
              "práctico: puesta en marcha de un hotel de 80 habitaciones con channel manager.\n\n"
              + zoom("862 4410 9937", "StMt8Kp2w", "es") + "\n\nPowered by Workable"),
        organizer=org("noreply@workablemail.com", "Staymate via Workable"),
        attendees=[att("pau.ferrer@staymate.es", "Pau Ferrer"), att("laura.serra@staymate.es", "Laura Serra"),
                   att(ME, "Julien Moreau")])),
        uid, "Staymate", "Especialista de Implementación", "technical",
        ("pau.ferrer@staymate.es", "laura.serra@staymate.es")))

    uid = "F1A0B9C8-cielo-final-handtyped"
    out.append(pos("handtyped-final", "es", cal("ios", vev(
        uid, "Entrevista final Cielo 16h (Montse + CEO)", ":20261222T160000", ":20261222T170000", status=None),
        method=None),
        uid, "Cielo", "", "final"))

    uid = "zoom-86377108834-lumbre"
    out.append(pos("zoom-panel", "es", cal("zoom", vev(
        uid, "Entrevista con el equipo – Viajes Lumbre (Customer Success)", M + "20261217T110000",
        M + "20261217T123000",
        desc=("Julien, en esta ronda conocerás al equipo: Carmen Ortiz (Head of Customer Success), Diego Navarro "
              "(Account Manager) y Lucía Gil (Soporte).\n\n" + zoom("863 7710 8834", "LmBr3xQ7p", "es")),
        organizer=org("carmen.ortiz@viajeslumbre.es", "Carmen Ortiz"),
        attendees=[att("carmen.ortiz@viajeslumbre.es", "Carmen Ortiz", ps="ACCEPTED", rsvp=False),
                   att("diego.navarro@viajeslumbre.es", "Diego Navarro"), att("lucia.gil@viajeslumbre.es",
                   "Lucía Gil"), att(ME, "Julien Moreau")]), tzs=("Europe/Madrid",)),
        uid, "Viajes Lumbre", "Customer Success", "onsite",
        ("carmen.ortiz@viajeslumbre.es", "diego.navarro@viajeslumbre.es", "lucia.gil@viajeslumbre.es")))

    uid = "calendly-RZ2N6P8Qreservalia"
    out.append(pos("calendly-screen", "es", cal("calendly", vev(
        uid, "Julien Moreau y Laia Soler", M + "20261208T120000", M + "20261208T123000",
        desc=("Nombre del evento: Primera llamada – Operations Specialist (Reservalia)\n\nUbicación: Laia te "
              "llamará por teléfono.\n\n¿Necesitas hacer cambios?\nCancelar: https://calendly.com/cancellations/"
              "RZ2N6P8Q\n\nCon la tecnología de Calendly.com"),
        organizer=org("laia.soler@reservalia.com", "Laia Soler"),
        attendees=[att(ME, "Julien Moreau", ps="ACCEPTED")], loc="Llamada telefónica"), tzs=("Europe/Madrid",)),
        uid, "Reservalia", "Operations Specialist", "recruiter_screen", ("laia.soler@reservalia.com",)))
    return out


def items() -> list[Item]:
    """Given nothing returns the German and Spanish positive events."""
    return german() + spanish()
