"""holdout47 event corpus: the user's own interviews, German and Spanish."""

from __future__ import annotations

from holdout47ev_boiler import gfooter, meet, teams, zoom
from holdout47ev_ics import GOOGLE, ME, ME_CN, OUTLOOK, UTC_ES, Ev, alt, att, cal, esc, guid, hexid, org, outlook_uid


def _outlook(uid: str, org_line: str, atts: str, lang: str, summary: str, tzid: str, start: str, end: str,
             loc: str, d: str, stamp: str, html: bool = True) -> str:
    z = f'"{tzid}"' if "," in tzid else tzid
    return f"""BEGIN:VEVENT
{org_line}
{atts}
DESCRIPTION;LANGUAGE={lang}:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE={lang}:{summary}
DTSTART;TZID={z}:{start}
DTEND;TZID={z}:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{stamp}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE={lang}:{loc}
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
{alt(d) if html else ""}
END:VEVENT"""


def nordwerft_personio() -> Ev:
    uid = f"personio-{guid('nordwerft1')}"
    d = ("Guten Tag Herr Le Gall,\n\nvielen Dank für Ihre Bewerbung als Programmmanager Marineschiffbau (m/w/d). "
         "Wir freuen uns, Sie zu einem Vorstellungsgespräch per Video einzuladen.\n\nTeilnehmende: Katrin Wendt "
         "(Leitung Programme Marine) und Stefan Holm (HR Business Partner)\nDauer: 60 Minuten\n\n"
         + teams("de", "361 772 904 118", "Wq5Rb2", "OTg0MWZhNWUtMjQzNi00")
         + "\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der Nordwerft Kiel GmbH")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251008T131200Z
DTSTART;TZID=Europe/Berlin:20251015T100000
DTEND;TZID=Europe/Berlin:20251015T110000
SUMMARY:Vorstellungsgespräch: Programmmanager Marineschiffbau (m/w/d)
DESCRIPTION:{esc(d)}
LOCATION:Microsoft Teams
{org("jobs@nordwerft.de", "Nordwerft Kiel GmbH")}
{att(ME, ME_CN, style="p")}
{att("katrin.wendt@nordwerft.de", "Katrin Wendt", style="p")}
{att("stefan.holm@nordwerft.de", "Stefan Holm", style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("personio-de", cal(body, "-//Personio GmbH//Personio Recruiting//DE", tz=("Europe/Berlin",)), uid,
              True, "Nordwerft Kiel", "Programmmanager Marineschiffbau", "",
              ("katrin.wendt@nordwerft.de", "stefan.holm@nordwerft.de"), "personio-teams-de")


def nordwerft_onsite() -> Ev:
    uid = f"personio-{guid('nordwerft2')}"
    d = ("Guten Tag Herr Le Gall,\n\nwie telefonisch besprochen laden wir Sie zum Zweitgespräch vor Ort nach Kiel "
         "ein. Sie sprechen mit Katrin Wendt und unserem Geschäftsführer Dr. Uwe Petersen; anschließend "
         "Werftrundgang.\n\nAdresse: Nordwerft Kiel GmbH, Werftstraße 112, 24143 Kiel – bitte am Tor 2 melden "
         "(Personalausweis mitbringen).\nReisekosten werden erstattet.\n\nMit freundlichen Grüßen\nStefan Holm")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251022T080512Z
DTSTART;TZID=Europe/Berlin:20251128T093000
DTEND;TZID=Europe/Berlin:20251128T130000
SUMMARY:Zweitgespräch vor Ort (Kiel) – Programmmanager Marineschiffbau
DESCRIPTION:{esc(d)}
LOCATION:Nordwerft Kiel GmbH\\, Werftstraße 112\\, 24143 Kiel
{org("jobs@nordwerft.de", "Nordwerft Kiel GmbH")}
{att(ME, ME_CN, style="p")}
{att("katrin.wendt@nordwerft.de", "Katrin Wendt", style="p")}
{att("uwe.petersen@nordwerft.de", "Dr. Uwe Petersen", style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("personio-de", cal(body, "-//Personio GmbH//Personio Recruiting//DE", tz=("Europe/Berlin",)), uid,
              True, "Nordwerft Kiel", "Programmmanager Marineschiffbau", "onsite",
              ("katrin.wendt@nordwerft.de", "uwe.petersen@nordwerft.de"), "personio-onsite-de")


def weser_softgarden() -> Ev:
    uid = f"sg-{hexid('weser1', 20)}@softgarden.io"
    d = ("Sehr geehrter Herr Le Gall,\n\nhiermit bestätigen wir Ihr Telefoninterview für die Position Senior "
         "Projektmanager Offshore-Konverterplattformen (m/w/d). Frau Lena Brinkmann aus unserem Recruiting ruft "
         "Sie unter +33 6 71 38 22 90 an.\n\nDauer: ca. 30 Minuten\n\nMit freundlichen Grüßen\nWOS Weser Offshore "
         "Systems GmbH – Recruiting")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250929T143311Z
DTSTART;TZID=Europe/Berlin:20251006T140000
DTEND;TZID=Europe/Berlin:20251006T143000
SUMMARY:Telefoninterview – Senior Projektmanager Offshore-Konverterplattformen (m/w/d)
DESCRIPTION:{esc(d)}
LOCATION:Telefon
{org("recruiting@weser-offshore.de", "WOS Recruiting")}
{att(ME, ME_CN, style="p")}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("softgarden-de", cal(body, "-//softgarden//e-recruiting//DE", tz=("Europe/Berlin",)), uid, True,
              "Weser Offshore Systems", "Senior Projektmanager Offshore-Konverterplattformen", "recruiter_screen",
              ("Lena Brinkmann",), "softgarden-phone-de")


def weser_final_nozone() -> Ev:
    uid = outlook_uid("weser2")
    d = ("Sehr geehrter Herr Le Gall,\n\nzum abschließenden Gespräch begrüßen Sie Herr Malte Ohlsen "
         "(Geschäftsführer) und Frau Sabine Kruse (Leiterin Projekte). Wir treffen uns in Bremerhaven, "
         "Am Seedeich 31, Empfang Haus 2.\n\nViele Grüße\nLena Brinkmann")
    org_line = org("lena.brinkmann@weser-offshore.de", "Brinkmann, Lena")
    atts = "\n".join([att(ME, ME_CN), att("malte.ohlsen@weser-offshore.de", "Ohlsen, Malte"),
                      att("sabine.kruse@weser-offshore.de", "Kruse, Sabine")])
    body = _outlook(uid, org_line, atts, "de-DE", "Finales Gespräch – Senior Projektmanager (Le Gall)",
                    "W. Europe Standard Time", "20251121T110000", "20251121T123000",
                    "Bremerhaven\\, Am Seedeich 31\\, Haus 2", d, "20251104T151540Z", html=False)
    return Ev("outlook-de", cal(body, OUTLOOK), uid, True, "Weser Offshore Systems",
              "Senior Projektmanager Offshore-Konverterplattformen", "final",
              ("malte.ohlsen@weser-offshore.de", "sabine.kruse@weser-offshore.de"), "outlook-windows-zone-no-vtz-de")


def hme_outlook() -> Ev:
    uid = outlook_uid("hme1")
    d = ("Sehr geehrter Herr Le Gall,\n\nim Fachgespräch möchten wir mit Ihnen Ihre Erfahrung im Programmmanagement "
         "für Marine-Sensorik vertiefen. Neben mir nimmt Frau Dr. Anja Köhler (Systemintegration) teil.\n\n"
         "Mit freundlichen Grüßen\nJörg Brandt\nBereichsleiter Programme\nHME Hanseatische Marine-Elektronik GmbH\n\n"
         + teams("de", "374 290 551 806", "Lr9Qe3", "ZjUyN2Q0MjEtYWU1MC00"))
    org_line = org("joerg.brandt@hme-marine.de", "Brandt, Jörg")
    atts = "\n".join([att(ME, ME_CN), att("anja.koehler@hme-marine.de", "Köhler, Anja Dr.")])
    body = _outlook(uid, org_line, atts, "de-DE", "Fachgespräch Programmmanager Marine-Sensorik – Herr Le Gall",
                    "W. Europe Standard Time", "20251112T140000", "20251112T153000", "Microsoft Teams-Besprechung",
                    d, "20251105T100712Z")
    return Ev("outlook-de", cal(body, OUTLOOK, tz=("W. Europe Standard Time",)), uid, True,
              "Hanseatische Marine-Elektronik", "Programmmanager Marine-Sensorik", "technical",
              ("joerg.brandt@hme-marine.de", "anja.koehler@hme-marine.de"), "outlook-fachgespraech-de")


def jade_google() -> Ev:
    uid = f"{hexid('jade1')}@google.com"
    d = ("Hallo Herr Le Gall,\n\nwie besprochen ein erstes Kennenlerngespräch mit unserem Geschäftsführer Henning "
         "Albers zur Position Leiter Programmmanagement (m/w/d) in Wilhelmshaven.\n\nBeste Grüße\nJana Ripken\n"
         "Assistenz der Geschäftsführung\n\n" + meet("de", "qoa-xfkr-wnm", "655 102 839") + gfooter("de", ME))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20251020T160000
DTEND;TZID=Europe/Berlin:20251020T164500
DTSTAMP:20251013T121433Z
{org("jana.ripken@jade-marinetechnik.de", "Jana Ripken")}
UID:{uid}
{att("henning.albers@jade-marinetechnik.de", "Henning Albers", style="g", ps="ACCEPTED")}
{att(ME, ME, style="g")}
X-GOOGLE-CONFERENCE:https://meet.google.com/qoa-xfkr-wnm
CREATED:20251013T121432Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20251013T121432Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kennenlernen Pierre-Yves Le Gall / Jade Marinetechnik
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-de", cal(body, GOOGLE, tz=("Europe/Berlin",)), uid, True, "Jade Marinetechnik",
              "Leiter Programmmanagement", "", ("henning.albers@jade-marinetechnik.de",),
              "google-kennenlernen-assistant-organizer-de")


def elbmarsch_zoom() -> Ev:
    uid = f"ZOOM{hexid('elbmarsch1', 11)}"
    d = ("Bewerbungsgespräch für die Position Leitung Serviceprogramme Offshore mit Ihrem künftigen Vorgesetzten "
         "Dirk Haase (Geschäftsführer Betrieb).\n\n" + zoom("de", "Dirk Haase", "862 4407 1935", "884120"))
    body = f"""BEGIN:VEVENT
DTSTAMP:20251027T090000Z
DTSTART:20251103T130000Z
DTEND:20251103T140000Z
SUMMARY:Bewerbungsgespräch Le Gall – Elbmarsch Windpark Service
UID:{uid}
DESCRIPTION:{esc(d)}
LOCATION:https://us06web.zoom.us/j/86244071935?pwd=Qm884120RzZ0b1lQTkp3UT09
{org("d.haase@elbmarsch-wps.de", "Dirk Haase")}
END:VEVENT"""
    return Ev("zoom-de", cal(body, "-//zoom.us//iCalendar Event//EN", method="PUBLISH", version_first=True), uid,
              True, "Elbmarsch Windpark Service", "Leitung Serviceprogramme Offshore", "hiring_manager",
              ("d.haase@elbmarsch-wps.de",), "zoom-export-utc-de")


def cantabrico_outlook() -> Ev:
    uid = outlook_uid("acantabrico1")
    d = ("Estimado Pierre-Yves:\n\nTe confirmo la entrevista para el puesto de Director de Programa – Buques "
         "Oceanográficos. El puesto depende directamente de mí.\n\nUn saludo,\nMarta García Ortiz\nDirectora de "
         "Operaciones – Astilleros del Cantábrico\n\n" + teams("es", "312 447 689 205", "Nf3hY7",
                                                               "MzcyZDk1MGYtNzc1Yi00"))
    org_line = org("mgarcia@acantabrico.es", "García Ortiz, Marta")
    body = _outlook(uid, org_line, att(ME, ME_CN), "es-ES", "Entrevista – Director de Programa Buques Oceanográficos",
                    "Romance Standard Time", "20251020T120000", "20251020T130000", "Reunión de Microsoft Teams", d,
                    "20251014T084405Z")
    return Ev("outlook-es", cal(body, OUTLOOK, tz=("Romance Standard Time",)), uid, True, "Astilleros del Cantábrico",
              "Director de Programa Buques Oceanográficos", "hiring_manager", ("mgarcia@acantabrico.es",),
              "outlook-teams-hm-es")


def cantabrico_final() -> Ev:
    uid = f"{hexid('acantabrico2')}@google.com"
    d = ("Hola Pierre-Yves:\n\nComo última fase del proceso, te esperamos en el astillero de Santander para la "
         "entrevista final con nuestro consejero delegado, Íñigo Echevarría, y con Marta García Ortiz. Después "
         "visitaremos la grada.\n\nDirección: Astilleros del Cantábrico, Muelle de Raos s/n, 39011 Santander.\n\n"
         "Saludos,\nBeatriz Solana\nRRHH" + gfooter("es", ME))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251201T100000
DTEND;TZID=Europe/Madrid:20251201T130000
DTSTAMP:20251121T103300Z
{org("bsolana@acantabrico.es", "Beatriz Solana")}
UID:{uid}
{att("ie.echevarria@acantabrico.es", "Íñigo Echevarría", style="g")}
{att("mgarcia@acantabrico.es", "Marta García Ortiz", style="g", ps="ACCEPTED")}
{att(ME, ME, style="g")}
CREATED:20251121T103259Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20251121T103259Z
LOCATION:Muelle de Raos s/n\\, 39011 Santander\\, España
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista final presencial – Pierre-Yves Le Gall
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-es", cal(body, GOOGLE, tz=("Europe/Madrid",)), uid, True, "Astilleros del Cantábrico", "",
              "final", ("ie.echevarria@acantabrico.es", "mgarcia@acantabrico.es"), "google-final-onsite-es")


def vde_smartrecruiters() -> Ev:
    uid = f"{guid('vde1')}@smartrecruiters.com"
    d = ("Hola Pierre-Yves,\n\nTu entrevista telefónica para el puesto Program Manager Eólica Marina en VdE "
         "Renovables está confirmada.\n\nEntrevistadora: Carmen Lozano (Talent Acquisition)\nTe llamaremos al "
         "+33 6 71 38 22 90.\n\n¿Necesitas cambiar la hora? Responde a este correo.\n\nCon la tecnología de "
         "SmartRecruiters")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20251002T074518Z
DTSTART:20251007T090000Z
DTEND:20251007T093000Z
SUMMARY:Entrevista telefónica - Program Manager Eólica Marina
DESCRIPTION:{esc(d)}
LOCATION:Llamada telefónica
{org("noreply@smartrecruiters.com", "Vientos del Estrecho Renovables")}
{att(ME, ME_CN, style="p")}
{att("carmen.lozano@vdestrecho.com", "Carmen Lozano", style="p", ps="ACCEPTED", rsvp=False)}
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("smartrecruiters-es", cal(body, "-//SmartRecruiters//Interview Scheduling//EN"), uid, True,
              "Vientos del Estrecho Renovables", "Program Manager Eólica Marina", "recruiter_screen",
              ("carmen.lozano@vdestrecho.com",), "smartrecruiters-phone-es")


def vde_second() -> Ev:
    uid = outlook_uid("vde2")
    d = ("Hola Pierre-Yves:\n\nSegunda entrevista con Álvaro Méndez, director de Proyectos Offshore (sería tu "
         "responsable directo), para el puesto de Program Manager Eólica Marina.\n\nUn saludo,\nCarmen Lozano\n"
         "Talent Acquisition – VdE Renovables\n\n" + teams("es", "305 118 662 470", "Bv8kJ2", "YWM0ZTAxNmYtODQ5NC00"))
    org_line = org("carmen.lozano@vdestrecho.com", "Lozano, Carmen")
    atts = "\n".join([att(ME, ME_CN), att("alvaro.mendez@vdestrecho.com", "Méndez, Álvaro")])
    body = _outlook(uid, org_line, atts, "es-ES", "Segunda entrevista – Program Manager Eólica Marina", UTC_ES,
                    "20251022T163000", "20251022T173000", "Reunión de Microsoft Teams", d, "20251013T150233Z")
    return Ev("outlook-es", cal(body, OUTLOOK, tz=(UTC_ES,)), uid, True, "Vientos del Estrecho Renovables",
              "Program Manager Eólica Marina", "hiring_manager", ("alvaro.mendez@vdestrecho.com",),
              "outlook-utc-zone-es")


def inisa_meet() -> Ev:
    uid = f"{hexid('inisa1')}@google.com"
    d = ("Entrevista técnica para el puesto de Jefe de Programa – Patrulleros de Altura.\n\nEntrevistadores: "
         "Raúl Ferrer (Jefe de Ingeniería) y Nuria Vidal (Responsable de Planificación). Te plantearemos un caso "
         "práctico de replanificación de hitos.\n\nINISA – Ingeniería Naval Ibérica\n\n"
         + meet("es", "mvb-qrkt-eyd", "418 559 207") + gfooter("es", ME))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251028T100000
DTEND;TZID=Europe/Madrid:20251028T113000
DTSTAMP:20251022T113300Z
{org("raul.ferrer@inisa-naval.es", "Raúl Ferrer")}
UID:{uid}
{att("raul.ferrer@inisa-naval.es", "Raúl Ferrer", style="g", ps="ACCEPTED", rsvp=False)}
{att("nuria.vidal@inisa-naval.es", "Nuria Vidal", style="g", ps="ACCEPTED")}
{att(ME, ME, style="g")}
X-GOOGLE-CONFERENCE:https://meet.google.com/mvb-qrkt-eyd
CREATED:20251022T113259Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20251022T113259Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista técnica – Jefe de Programa (INISA)
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-es", cal(body, GOOGLE, tz=("Europe/Madrid",)), uid, True, "Ingeniería Naval Ibérica",
              "Jefe de Programa – Patrulleros de Altura", "technical",
              ("raul.ferrer@inisa-naval.es", "nuria.vidal@inisa-naval.es"), "google-meet-technical-es")


def emg_zoom() -> Ev:
    uid = f"ZOOM{hexid('emg2', 11)}"
    d = ("Entrevista para el puesto de Director de Programa – Parque Eólico Flotante (Vigo) con Xoán Barreiro, "
         "director general de Eólica Marina Galega.\n\n" + zoom("es", "Xoán Barreiro", "879 3361 0482", "713355"))
    body = f"""BEGIN:VEVENT
DTSTAMP:20251022T160144Z
DTSTART;TZID=Europe/Madrid:20251029T170000
DTEND;TZID=Europe/Madrid:20251029T180000
SUMMARY:Entrevista Pierre-Yves Le Gall
UID:{uid}
DESCRIPTION:{esc(d)}
LOCATION:https://us06web.zoom.us/j/87933610482?pwd=Qm713355RzZ0b1lQTkp3UT09
{org("xbarreiro@emgalega.gal", "Xoán Barreiro")}
END:VEVENT"""
    return Ev("zoom-es", cal(body, "-//zoom.us//iCalendar Event//EN", method="PUBLISH", tz=("Europe/Madrid",),
                             version_first=True), uid, True, "Eólica Marina Galega",
              "Director de Programa – Parque Eólico Flotante", "", ("xbarreiro@emgalega.gal",), "zoom-export-es")


EVENTS = (nordwerft_personio, nordwerft_onsite, weser_softgarden, weser_final_nozone, hme_outlook, jade_google,
          elbmarsch_zoom, cantabrico_outlook, cantabrico_final, vde_smartrecruiters, vde_second, inisa_meet, emg_zoom)
