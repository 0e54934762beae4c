"""holdout52: the user's own interviews in French and Spanish, plus a few more German/English ones."""

from __future__ import annotations

from holdout52ev_boiler import meet, teams, zoom
from holdout52ev_ics import GMX, T, att, cal, ev, ms_uid, org, vev, when, xalt

FORMS = {
    "Lumitrace": [],
    "Cobalto Pagos": ["Cobalto"],
    "Föhnwerk Software": ["Föhnwerk"],
    "Belvedere Health Tech": ["Belvedere Health"],
    "Bergsee Mobility": ["Bergsee"],
}


def events() -> list[dict]:
    out: list[dict] = []
    a = out.append

    uid = "flatchr-rdv-20251006-lumitrace-77812"
    a(ev("flatchr-phone-fr", cal("flatchr", vev(
        f"UID:{uid}", *when("Europe/Paris", "20251006T103000", "20251006T110000"),
        T("SUMMARY", "Entretien téléphonique – Data Analyst (H/F) – Lumitrace"),
        org("recrutement@lumitrace.fr", "Lumitrace – Recrutement"), att(GMX, "Teresa Moser"),
        att("camille.roux@lumitrace.fr", "Camille Roux"),
        T("DESCRIPTION", "Bonjour Teresa,\n\nMerci pour votre candidature au poste de Data Analyst (H/F) basé à "
          "Paris. Camille Roux, chargée de recrutement, vous appellera pour un premier échange d'environ 30 "
          "minutes.\n\nBien cordialement,\nL'équipe Lumitrace SAS"),
        T("LOCATION", "Appel téléphonique")), tz=("Europe/Paris",)),
        uid, 1, "Lumitrace", "Data Analyst (H/F)", "recruiter_screen", ["camille.roux@lumitrace.fr"],
        "phone-screen-fr"))

    uid = ms_uid("lumitrace-tech-fr")
    a(ev("outlook-technical-fr", cal("outlook", vev(
        T("DESCRIPTION", "Bonjour Teresa,\n\nSuite à votre échange avec Camille, nous vous proposons un entretien "
          "technique (SQL, Python, cas pratique sur nos données de capteurs) avec Julien Mercier et Inès "
          "Haddad.\n\n" + teams("fr", "NjM0ZGFhODAt", "287300415562") + "\n\nCordialement,\nJulien"),
        *when("Romance Standard Time", "20251020T140000", "20251020T150000"),
        T("SUMMARY", "Entretien technique – Data Analyst – Teresa Moser"), f"UID:{uid}",
        org("julien.mercier@lumitrace.fr", "Mercier, Julien"), att(GMX, "Teresa Moser"),
        att("ines.haddad@lumitrace.fr", "Haddad, Inès"),
        T("LOCATION", "Réunion Microsoft Teams"),
        xalt("<p>Bonjour Teresa,</p><p>Suite à votre échange avec Camille...</p>")),
        tz=("Romance Standard Time",), tznames=False),
        uid, 1, "Lumitrace", "Data Analyst", "technical",
        ["julien.mercier@lumitrace.fr", "ines.haddad@lumitrace.fr"], "outlook-romance-fr"))

    uid = "personio-interview-77e1a0b2-cobalto-ES-3391"
    a(ev("personio-es", cal("personio", vev(
        f"UID:{uid}", *when("Europe/Madrid", "20251008T120000", "20251008T123000"),
        T("SUMMARY", "Entrevista con Talent | Teresa Moser | Analista de Datos (Pagos)"),
        org("talento@cobaltopagos.es", "Cobalto Pagos S.L."), att(GMX, "Teresa Moser"),
        att("lucia.navarro@cobaltopagos.es", "Lucía Navarro"),
        T("DESCRIPTION", "Hola Teresa,\n\n¡Gracias por tu interés en Cobalto! Lucía Navarro, del equipo de "
          "Talento, te contará más sobre el puesto de Analista de Datos en Madrid y el proceso de selección.\n\n"
          + meet("es", "vxa-bkre-uqt"))), tz=("Europe/Madrid",)),
        uid, 1, "Cobalto Pagos", "Analista de Datos (Pagos)", "recruiter_screen", ["lucia.navarro@cobaltopagos.es"],
        "personio-es"))

    uid = "2p8r4t0v6x1z3b5d7f9h2k4m6q@google.com"
    a(ev("google-hm-es", cal("google", vev(
        *when("Europe/Madrid", "20251022T170000", "20251022T174500"), "DTSTAMP:20251013T090011Z",
        org("alvaro.ibanez@cobaltopagos.es", "Álvaro Ibáñez"), f"UID:{uid}",
        att(GMX, "teresa.moser@gmx.at"), att("alvaro.ibanez@cobaltopagos.es", "Álvaro Ibáñez", ps="ACCEPTED"),
        T("DESCRIPTION", "Hola Teresa, como hablamos: entrevista con el responsable del equipo (yo), sobre "
          "métricas de fraude, conciliación y cómo trabajas con negocio.\n\nUn saludo,\nÁlvaro\n\n"
          + meet("es", "ouy-gqcm-wza")),
        T("SUMMARY", "Entrevista con el hiring manager – Analista de Datos")), tz=("Europe/Madrid",)),
        uid, 1, "Cobalto Pagos", "Analista de Datos", "hiring_manager", ["alvaro.ibanez@cobaltopagos.es"],
        "google-hm-es"))

    uid = "lever-iv-88a0c3d2-foehnwerk-live"
    a(ev("lever-de", cal("lever", vev(
        f"UID:{uid}", *when("Europe/Berlin", "20251016T100000", "20251016T110000"),
        T("SUMMARY", "Live-Coding SQL – Teresa Moser – Föhnwerk Software"),
        org("interviews@hire.lever.co", "Föhnwerk Talent"), att(GMX, "Teresa Moser"),
        att("sebastian.roth@foehnwerk.de", "Sebastian Roth"),
        T("DESCRIPTION", "Hallo Teresa,\n\nim Live-Coding löst du gemeinsam mit Sebastian Roth (Staff Analytics "
          "Engineer) zwei SQL-Aufgaben in unserem Editor. Rolle: Analytics Engineer (m/w/d), München oder "
          "remote.\n\n" + zoom("de", "82016490033"))), tz=("Europe/Berlin",)),
        uid, 1, "Föhnwerk Software", "Analytics Engineer (m/w/d)", "technical", ["sebastian.roth@foehnwerk.de"],
        "lever-de"))

    uid = "zoom-belvedere-85590218817"
    a(ev("zoom-no-stage-de", cal("google", vev(
        *when("Europe/Vienna", "20251029T140000", "20251029T150000"), "DTSTAMP:20251023T120000Z",
        org("petra.huemer@belvedere-health.at", "Petra Huemer"), f"UID:{uid}",
        att(GMX, "teresa.moser@gmx.at"), att("petra.huemer@belvedere-health.at", "Petra Huemer", ps="ACCEPTED"),
        att("l.gassner@belvedere-health.at", "Lukas Gassner"),
        T("DESCRIPTION", "Liebe Frau Moser,\n\nwie besprochen unser Bewerbungsgespräch für die Stelle Data "
          "Analyst Versorgungsforschung mit Lukas Gassner und mir.\n\n" + zoom("de", "85590218817")),
        T("SUMMARY", "Bewerbungsgespräch Belvedere Health Tech")), tz=("Europe/Vienna",)),
        uid, 1, "Belvedere Health Tech", "Data Analyst Versorgungsforschung", "",
        ["petra.huemer@belvedere-health.at", "l.gassner@belvedere-health.at"], "zoom-no-stage-de"))

    uid = "calendly-9f4e1d2c-bergsee-0b7a-4c1e"
    a(ev("calendly-de", cal("calendly", vev(
        f"UID:{uid}", *when("Z", "20250917T133000", "20250917T140000"),
        T("SUMMARY", "Teresa Moser und Noemi Stucki"), org("noemi.stucki@bergsee-mobility.ch", "Noemi Stucki"),
        att(GMX, "Teresa Moser", ps="ACCEPTED"), att("noemi.stucki@bergsee-mobility.ch", "Noemi Stucki",
                                                     ps="ACCEPTED"),
        T("DESCRIPTION", "Name des Termins: Erstgespräch Data Analyst (Bergsee Mobility AG)\n\nOrt: Telefon – "
          "Noemi ruft dich an unter +43 660 …\n\nÄnderungen an diesem Termin?\nAbsagen: "
          "https://calendly.com/cancellations/9f4e1d2c\nNeu planen: https://calendly.com/reschedulings/9f4e1d2c"
          "\n\nBereitgestellt von Calendly.com"))),
        uid, 1, "Bergsee Mobility", "Data Analyst", "recruiter_screen", ["noemi.stucki@bergsee-mobility.ch"],
        "calendly-phone-de"))

    uid = "ashby-0e9d8c7b-6a5f-4e3d-2c1b-tidewell-hm"
    a(ev("ashby-hm-en", cal("ashby", vev(
        f"UID:{uid}", *when("Z", "20251017T150000", "20251017T154500"),
        T("SUMMARY", "Tidewell | Hiring Manager Conversation"),
        org("no-reply@ashbyhq.com", "Tidewell Recruiting"), att(GMX, "Teresa Moser"),
        att("marcus.bell@tidewell.com", "Marcus Bell"),
        att("jo.perkins@tidewell.com", "Jo Perkins (Recruiting Coordinator)", role="OPT-PARTICIPANT"),
        T("DESCRIPTION", "Hi Teresa,\n\nNext up: a conversation with Marcus Bell, Director of Analytics. Jo "
          "Perkins, who coordinates your process, is on the invite for logistics only.\n\n"
          + zoom("en", "89301122764"))), method="REQUEST"),
        uid, 1, "Tidewell", "", "hiring_manager", ["marcus.bell@tidewell.com"], "ashby-coordinator-optional-en"))
    return out
