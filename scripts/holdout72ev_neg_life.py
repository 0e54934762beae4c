"""holdout72: personal negatives (doctor, bank, notary, passport, visa, school, "entretien" as maintenance)."""

from __future__ import annotations

from holdout72ev_ics import (
    ME_CN,
    ME_FREE,
    P_APPLE,
    P_GOOGLE,
    Ev,
    alarm,
    att,
    cal,
    ev,
    olson_tz,
    org,
)

PARIS = olson_tz("Europe/Paris")


def _neg(kind: str, lang: str, text: str, uid: str) -> Ev:
    return Ev(kind, lang, text, uid, 0)


def _apple(uid: str, start: str, end: str | None, summary: str, stamp: str, loc: str) -> str:
    e = ev(uid, start, end, summary, stamp=stamp, status=None, loc=loc,
           extra=[f"CREATED:{stamp}", "SEQUENCE:0", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
                  *alarm(30, "Rappel")])
    return cal([e], P_APPLE, method=None, tz=PARIS if "TZID" in start else None)


def doctolib() -> Ev:
    uid = "doctolib-appointment-418830271@doctolib.fr"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251025T094500", "DTEND;TZID=Europe/Paris:20251025T100000",
        "Consultation – Dr Anne Lefèvre (médecin généraliste)", stamp="20251019T081200Z",
        organizer=org("no-reply@doctolib.fr", "Doctolib"),
        desc="Rendez-vous confirmé avec Dr Anne Lefèvre, médecin généraliste.\nMotif : consultation de suivi\n"
             "Adresse : 12 rue de la Roquette, 75011 Paris\nPensez à votre carte Vitale.\n"
             "Gérer mon rendez-vous : https://www.doctolib.fr/account/appointments",
        loc="12 rue de la Roquette, 75011 Paris",
    )
    return _neg("doctor-doctolib-fr", "fr", cal([e], "-//Doctolib//Doctolib//FR", method="PUBLISH", tz=PARIS), uid)


def dentist() -> Ev:
    uid = "2E7A9C14-5B0F-4D38-9E61-C8A4F2B7D035"
    text = _apple(uid, "DTSTART;TZID=Europe/Paris:20251108T113000", "DTEND;TZID=Europe/Paris:20251108T120000",
                  "Dentiste Dr Benhaïm – détartrage", "20251020T190000Z", "48 bd Voltaire")
    return _neg("dentist-hand-typed-fr", "fr", text, uid)


def bank() -> Ev:
    uid = "rdv-conseiller-0029184-20251114@banque-en-ligne.example.fr"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251114T090000", "DTEND;TZID=Europe/Paris:20251114T100000",
        "Rendez-vous avec votre conseillère – projet immobilier", stamp="20251107T150000Z",
        organizer=org("conseil.bastille@credit-parisien.fr", "Crédit Parisien – Agence Bastille"),
        attendees=[att(ME_FREE, "Mme MARTIN ELODIE")],
        desc="Votre rendez-vous avec Sandrine Morvan, conseillère clientèle, pour étudier votre projet de prêt "
             "immobilier. Merci d'apporter vos 3 derniers bulletins de paie et avis d'imposition.",
        loc="Agence Bastille, 5 place de la Bastille, 75004 Paris",
    )
    return _neg("bank-appointment-fr", "fr", cal([e], "-//Crédit Parisien//Agenda Conseiller//FR", tz=PARIS), uid)


def notary() -> Ev:
    uid = "5hm2cq8rk0ve7bl4td1sn9ua3j@google.com"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251219T150000", "DTEND;TZID=Europe/Paris:20251219T163000",
        "Signature compromis – Étude Caron & Associés, notaires", stamp="20251205T100000Z",
        organizer=org("negociation@caron-notaires.fr", "Étude Caron & Associés"),
        attendees=[att(ME_FREE, ME_CN), att("julien.besnard@gmail.com", "Julien Besnard")],
        desc="Signature de l'avant-contrat (appartement rue Sedaine). Me Caron vous recevra avec les vendeurs. "
             "Pièces d'identité et justificatif de l'apport.",
        loc="Étude Caron & Associés, 22 rue de Turenne, 75003 Paris", extra=["SEQUENCE:0"],
    )
    return _neg("notary-etude-fr", "fr", cal([e], P_GOOGLE, tz=PARIS), uid)


def passport() -> Ev:
    uid = "ants-rdv-75111-20251203-0915-88412"
    e = ev(
        uid, "DTSTART:20251203T081500Z", "DTEND:20251203T083000Z",
        "Rendez-vous passeport – Mairie du 11e arrondissement", stamp="20251109T200000Z",
        organizer=org("rendezvouspasseport@paris.fr", "Ville de Paris"),
        desc="Dépôt de demande de passeport. Numéro de pré-demande ANTS : 7511 2B94 K3. Présence obligatoire, "
             "timbre fiscal, photo d'identité de moins de 6 mois.", loc="Mairie du 11e, place Léon-Blum, Paris",
    )
    return _neg("passport-city-hall-fr", "fr", cal([e], "-//Ville de Paris//Rendez-vous//FR", method="PUBLISH"),
                uid)


def visa() -> Ev:
    uid = "vfs-can-par-20251029-1030-ELMA"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251029T103000", "DTEND;TZID=Europe/Paris:20251029T110000",
        "Rendez-vous biométrie – Centre de demande de visa pour le Canada", stamp="20251016T070000Z",
        organizer=org("info.canfr@vfshelpline.com", "VFS Global"),
        desc="Prise des empreintes digitales et photo (biométrie) pour votre demande de permis vacances-travail. "
             "Apportez votre passeport et la lettre d'instructions.", loc="VFS Global, 36 rue de Paradis, Paris",
    )
    return _neg("visa-biometrics-fr", "fr", cal([e], "-//VFS Global//Appointments//EN", method="PUBLISH", tz=PARIS),
                uid)


def english_school() -> Ev:
    uid = "bc-placement-test-20251022-elodie"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251022T190000", "DTEND;TZID=Europe/Paris:20251022T194500",
        "Legal English – placement test and interview with a teacher", stamp="20251012T090000Z",
        organizer=org("courses.paris@englishcentre.example.org", "English Centre Paris"),
        attendees=[att(ME_FREE, "Elodie Martin")],
        desc="Your placement test (30 min) followed by a short speaking interview with a teacher to place you in "
             "the right Legal English level (TOLES preparation).", loc="9 rue de Constantine, 75007 Paris",
    )
    return _neg("school-placement-interview-en", "en", cal([e], "-//English Centre//Courses//EN", tz=PARIS), uid)


def boiler() -> Ev:
    uid = "intervention-ch-5530127@thermiservices.fr"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251115T080000", "DTEND;TZID=Europe/Paris:20251115T120000",
        "Entretien annuel chaudière – créneau 8h-12h", stamp="20251104T110000Z",
        organizer=org("planning@thermiservices.fr", "Thermi Services"),
        desc="Contrat d'entretien n° TS-7711-0428. Un technicien passera entre 8h et 12h pour l'entretien annuel "
             "de votre chaudière gaz. Merci de dégager l'accès.", loc="27 rue Sedaine, 75011 Paris",
    )
    return _neg("maintenance-entretien-boiler-fr", "fr", cal([e], "-//Thermi Services//Planning//FR",
                method="PUBLISH", tz=PARIS), uid)


def bike() -> Ev:
    uid = "6D1E3B70-A9C2-4F58-8E04-B7C5A2D9F130"
    text = _apple(uid, "DTSTART:20251018T140000", "DTEND:20251018T150000", "Entretien vélo – révision + freins",
                  "20251013T081500Z", "Cyclable Bastille")
    return _neg("maintenance-entretien-bike-floating-fr", "fr", text, uid)


def occupational() -> Ev:
    uid = "sist-vip-20260112-0930-MARTIN-E"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20260112T093000", "DTEND;TZID=Europe/Paris:20260112T100000",
        "Visite d'information et de prévention – médecine du travail", stamp="20251218T100000Z",
        organizer=org("convocations@sist-paris.fr", "Service de santé au travail"),
        attendees=[att(ME_FREE, "MARTIN Élodie")],
        desc="Convocation à la visite d'information et de prévention (VIP) à la demande de votre employeur. "
             "Se munir de la convocation et du carnet de vaccination.", loc="SIST, 10 rue Réaumur, 75003 Paris",
    )
    return _neg("occupational-health-fr", "fr", cal([e], "-//SIST//Convocations//FR", tz=PARIS), uid)


def spanish_class() -> Ev:
    uid = "cervantes-curso-B2-2025-otono-0217"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251007T190000", "DTEND;TZID=Europe/Paris:20251007T203000",
        "Clase de español B2 – Instituto de lenguas", stamp="20250920T100000Z",
        organizer=org("secretaria@lenguas-paris.example.org", "Secretaría académica"),
        attendees=[att(ME_FREE, "Élodie Martin")],
        desc="Curso de otoño, nivel B2. Profesora: Marta Echeverría. Aula 3.", loc="Aula 3",
        extra=["RRULE:FREQ=WEEKLY;COUNT=12;BYDAY=TU"],
    )
    return _neg("school-class-recurring-es", "es", cal([e], "-//Lenguas//Calendario//ES", method="PUBLISH", tz=PARIS),
                uid)


def physio() -> Ev:
    uid = "7a2c9e40-kine-20251105@google.com"
    e = ev(
        uid, "DTSTART;TZID=Europe/Paris:20251105T200000", "DTEND;TZID=Europe/Paris:20251105T203000",
        "Kiné – séance 3/10", stamp="20251020T100000Z", organizer=org(ME_FREE, ME_CN),
        desc="Cabinet de kinésithérapie Oberkampf", loc="118 rue Oberkampf",
        extra=["RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE", "SEQUENCE:0"],
    )
    return _neg("physio-recurring-fr", "fr", cal([e], P_GOOGLE, method="PUBLISH", tz=PARIS), uid)


def flight() -> Ev:
    uid = "AF1124-20251220-CDG-LIS-PNR-Q7XK2M"
    e = ev(
        uid, "DTSTART:20251220T073500Z", "DTEND:20251220T095000Z",
        "Flight AF1124 Paris CDG → Lisbon LIS", stamp="20251121T183000Z",
        organizer=org("noreply@airfrance.fr", "Air France"),
        desc="Booking reference: Q7XK2M\nPassenger: MARTIN ELODIE MS\nDeparture: Paris CDG Terminal 2F 08:35\n"
             "Arrival: Lisbon LIS 09:50 (local time)\nCheck-in opens 30 hours before departure.",
        loc="Paris CDG Terminal 2F",
    )
    return _neg("flight-booking-en", "en", cal([e], "-//Air France//Booking//EN", method="PUBLISH"), uid)


def birthday() -> Ev:
    uid = "1dl8ms3ok5rb0qa7vc9tn2je4g@google.com"
    e = ev(
        uid, "DTSTART;VALUE=DATE:20251123", "DTEND;VALUE=DATE:20251124", "Anniversaire Maman 🎂",
        stamp="20240105T100000Z", organizer=org(ME_FREE, ME_CN),
        desc="Déjeuner à Chartres. Cadeau : livre + fleurs", extra=["RRULE:FREQ=YEARLY", "TRANSP:TRANSPARENT"],
    )
    return _neg("birthday-all-day-fr", "fr", cal([e], P_GOOGLE, method="PUBLISH"), uid)


def events() -> list[Ev]:
    return [
        doctolib(), dentist(), bank(), notary(), passport(), visa(), english_school(), boiler(), bike(),
        occupational(), spanish_class(), physio(), flight(), birthday(),
    ]
