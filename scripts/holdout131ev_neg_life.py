"""holdout131 negatives: the user's working week and private life (terse entries, appointments, clinics)."""

from __future__ import annotations

from holdout131ev_ics import APPLE, ME_CN, ME_FREE, ME_WORK, OUTLOOK, THUNDERBIRD, Ev, att
from holdout131ev_neg_career import simple

YAHOO = "-//Yahoo! Inc.//Yahoo Calendar//EN"


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, uid: str, ics: str, trap: str) -> None:
        out.append(Ev(kind, uid, ics, 0, trap=trap))

    uid = "1A2B3C4D-5E6F-4708-9A1B-2C3D4E5F6A7B"
    add("7v7", uid, simple(uid, "7v7", "20250405T090000", "20250405T140000", "", prodid=APPLE, shape="floating",
                           location="Katy 7v7 Invitational"), "terse-7v7-en")

    uid = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e@cypressbayou-isd.org"
    add("film", uid, simple(
        uid, "film session - varsity O", "20250120T153000", "20250120T170000", "Hudl cut-ups week 1 scrimmage",
        prodid=OUTLOOK, shape="windows",
        organizer=f'ORGANIZER;CN="Carter, DeShawn":mailto:{ME_WORK}',
        attendees=(att("lramos@cypressbayou-isd.org", "Ramos, Luis"),)), "terse-film-en")

    uid = "3c4d5e6f-7a8b-4c9d-0e1f-2a3b4c5d6e7f@cypressbayou-isd.org"
    add("plc", uid, simple(
        uid, "PLC - PE dept", "20250122T080000", "20250122T084500", "Fitnessgram data + unit plans",
        prodid=OUTLOOK, shape="windows",
        organizer='ORGANIZER;CN="Abara, Simone":mailto:sabara@cypressbayou-isd.org',
        attendees=(att(ME_WORK, "Carter, DeShawn"),), location="Gym office"), "terse-plc-en")

    uid = "4D5E6F7A-8B9C-4D0E-1F2A-3B4C5D6E7F8A"
    add("duty", uid, simple(uid, "duty", "20250127T113000", "20250127T120500", "cafeteria B lunch",
                            prodid=APPLE, shape="floating"), "terse-duty-en")

    uid = "5e6f7a8b9c0d1e2f@google.com"
    add("booster", uid, simple(
        uid, "Booster club mtg", "20250213T183000", "20250213T200000",
        "Agenda: spring fundraiser, banquet, new sled. Treasurer report.",
        organizer="ORGANIZER;CN=Cypress Bayou Football Boosters:mailto:cbhsfootballboosters@gmail.com",
        attendees=(att(ME_FREE, ME_CN),), location="CBHS cafeteria"), "booster-club-en")

    uid = "clinic-2025-gulfcoast-0213@gccoachesclinic.com"
    add("clinic", uid, simple(
        uid, "Gulf Coast Coaches Clinic 2025", "20250221", "20250223",
        "Registration #GC-3381. Sessions: RPO game, tackling circuits, AD leadership track.", shape="date",
        location="Galveston Island Convention Center"), "coaching-clinic-en")

    uid = "6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c"
    add("doctor", uid, simple(
        uid, "Dr. Nwosu - knee follow-up", "20250204T074000", "20250204T082000",
        "Memorial Hermann Sports Medicine. Bring MRI disc. Arrive 15 min early.", prodid=YAHOO, method=None),
        "doctor-en")

    uid = "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"
    add("dps", uid, simple(
        uid, "DPS - renew license (appt)", "20250214T080000", "20250214T083000",
        "Texas DPS Mega Center Spring. Confirmation #TX0214-7781. Bring passport + proof of address.",
        prodid=YAHOO, method=None), "dmv-dps-en")

    uid = "8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e"
    add("church", uid, simple(
        uid, "Deacon board + FCA breakfast", "20250216T073000", "20250216T090000", "Greater Mt. Zion fellowship hall",
        prodid=APPLE, shape="floating"), "church-en")

    uid = "9c0d1e2f-3a4b-4c5d-9e6f-7a8b9c0d1e2f"
    add("dentist-es", uid, simple(
        uid, "Cita con el dentista - Dra. Salazar", "20250307T160000", "20250307T170000",
        "Limpieza dental. Clínica Dental Sonrisa, Bellaire Blvd. Llegar 10 minutos antes.",
        organizer="ORGANIZER;CN=Clínica Dental Sonrisa:mailto:citas@clinicasonrisa.com",
        attendees=(att(ME_FREE, ME_CN),)), "dentist-es")

    uid = "0d1e2f3a-4b5c-4d6e-8f7a-8b9c0d1e2f3a"
    add("bank", uid, simple(
        uid, "Mortgage refi appointment - Gulf Federal Credit Union", "20250222T100000", "20250222T110000",
        "Loan officer: Patty Huynh. Bring last 2 paystubs + W-2.",
        organizer="ORGANIZER;CN=Gulf Federal CU Appointments:mailto:appointments@gulffcu.org",
        attendees=(att(ME_FREE, ME_CN),), location="GFCU Cypress branch"), "bank-en")

    uid = "1e2f3a4b-5c6d-4e7f-9a8b-9c0d1e2f3a4b"
    add("kid-school", uid, simple(
        uid, "Parent-teacher conference - Maya (3rd grade)", "20250226T160000", "20250226T162000",
        "Mrs. Okoro, room 118. Reading level + STAAR prep.",
        organizer="ORGANIZER;CN=Willow Creek Elementary:mailto:conferences@willowcreek-es.org",
        attendees=(att(ME_FREE, ME_CN),), location="Willow Creek Elementary"), "school-appointment-en")

    uid = "2f3a4b5c-6d7e-4f8a-8b9c-0d1e2f3a4b5c"
    add("passport", uid, simple(
        uid, "Passport appt (USPS) - Cancún team trip", "20250311T073000", "20250311T080000",
        "Bring DS-11, photo, birth cert. Spring break mission trip w/ church youth.", prodid=YAHOO, method=None),
        "passport-appointment-en")

    uid = "3a4b5c6d-7e8f-4a9b-9c0d-1e2f3a4b5c6d"
    add("visit-fr", uid, simple(
        uid, "Visite de l'équipe U19 des Gladiateurs de Lyon - entraînement commun", "20250314T160000",
        "20250314T180000",
        "Bonjour Coach,\nNous arrivons avec 30 joueurs et 4 entraîneurs. Entraînement commun puis repas. "
        "Merci encore pour l'accueil !\nNicolas Perrin, manager",
        organizer="ORGANIZER;CN=Nicolas Perrin:mailto:n.perrin@gladiateurs-lyon.fr",
        attendees=(att(ME_WORK, "DeShawn Carter"),), location="Bayou Stadium"), "team-visit-fr")

    uid = "4b5c6d7e-8f9a-4b0c-8d1e-2f3a4b5c6d7e"
    add("staff-meeting", uid, simple(
        uid, "Athletic staff mtg - spring schedule / UIL realignment", "20250203T070000", "20250203T074500",
        "Kessler: all head coaches. Realignment + summer S&C calendar.", prodid=THUNDERBIRD,
        organizer='ORGANIZER;CN="Kessler, Bo":mailto:bkessler@cypressbayou-isd.org',
        attendees=(att(ME_WORK, "DeShawn Carter"),), location="Athletics office"), "internal-staff-meeting-en")

    uid = "5c6d7e8f-9a0b-4c1d-9e2f-3a4b5c6d7e8f"
    add("lift", uid, simple(uid, "offseason lift / speed - 0 period", "20250106T063000", "20250106T073000",
                            "", prodid=APPLE, shape="floating"), "terse-lift-en")

    return out
