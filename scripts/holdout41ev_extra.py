"""holdout41: a few more events of both kinds (ES/EN/DE/FR)."""

from __future__ import annotations

from holdout41ev_ics import (
    GMTW,
    ME_PRIV,
    ME_WORK,
    PROD_APPLE,
    PROD_GOOGLE,
    PROD_IOS,
    PROD_O365,
    PROD_OUTLOOK,
    ROMANCE,
    TZ_MADRID,
    Ev,
    att,
    esc,
    meet,
    mk,
    ms_extra,
    org,
    teams_en,
    teams_es,
    tz_windows,
    zoom,
)

ST = "DTSTAMP:20261122T120000Z"
UTC1 = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"


def build() -> list[Ev]:
    o: list[Ev] = []
    mk(o, "es-exchange-utc-zone", "040000008200E00074C5B7101A82E00800000000A9B8C7D6E5F4DC01000000000000000010000000"
       "13579BDF2468ACE013579BDF2468ACE0", (1, "Oceanía Vacaciones", "Jefe/a de Pricing", "hiring_manager",
       "f.quiroga@ov-group.com", ""), PROD_OUTLOOK, [
        org("f.quiroga@ov-group.com", "Quiroga Lema, Fernando"), att(ME_PRIV, "Andrés Villalobos"),
        "SUMMARY;LANGUAGE=es-ES:Oceanía Vacaciones | Entrevista con Dirección de Pricing (Jefe/a de Pricing)",
        f"DTSTART;TZID=\"{UTC1}\":20261212T093000", f"DTEND;TZID=\"{UTC1}\":20261212T103000", ST,
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Buenos días Andrés,\nSoy Fernando Quiroga, Director de Pricing y "
                                            "responsable de la vacante de Jefe/a de Pricing de Oceanía Vacaciones, "
                                            "S.A.U. (marca del grupo OV). Nos vemos por Teams.\nSaludos" +
                                            teams_es("b3Zn")),
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams", *ms_extra()], tz=tz_windows(UTC1))

    mk(o, "es-apple-mail-direct", "5E4D3C2B-1A09-4F8E-9D7C-6B5A49382716", (1, "Travesía Viajes",
       "Revenue Analyst Senior", "", "marisa.ocampo@travesiaviajes.com;quique.llorens@travesiaviajes.com", ""),
       PROD_APPLE, [
        "DTSTART;TZID=Europe/Madrid:20261207T120000", "DTEND;TZID=Europe/Madrid:20261207T130000", ST,
        org("marisa.ocampo@travesiaviajes.com", "Marisa Ocampo"), att(ME_PRIV, "Andrés Villalobos"),
        att("quique.llorens@travesiaviajes.com", "Quique Llorens"),
        "SUMMARY:Entrevista Revenue Analyst Senior - Travesía Viajes",
        "DESCRIPTION:" + esc("Andrés, te esperamos Quique (Comercial) y yo en la oficina de Valencia, o por "
                             "videollamada si no puedes venir. Marisa"),
        "LOCATION:" + esc("Travesía Viajes, C/ Colón 18, Valencia"), "SEQUENCE:0"], tz=TZ_MADRID)

    mk(o, "en-greenhouse-takehome", "gh-interview-30044120-7ab2@greenhouse.io", (1, "Farecast Labs",
       "Pricing Data Scientist", "technical", "noor.aziz@fcl.ai;dan.webb@fcl.ai", ""), "-//Greenhouse//Interview//EN", [
        org("no-reply@greenhouse.io", "Greenhouse"), att(ME_PRIV, "Andres Villalobos"),
        att("noor.aziz@fcl.ai", "Noor Aziz"), att("dan.webb@fcl.ai", "Dan Webb"),
        "SUMMARY:Take-home review: Pricing Data Scientist - Farecast Labs",
        "DTSTART:20261211T160000Z", "DTEND:20261211T170000Z", ST,
        "DESCRIPTION:" + esc("Hi Andres,\nYou'll walk Noor Aziz and Dan Webb through your take-home (ancillary "
                             "pricing model), then Q&A.\nFarecast Labs Inc., London\nPowered by Greenhouse" +
                             zoom("912 4402 1178", "fcL9")), "LOCATION:Zoom"])

    mk(o, "en-handtyped-rebooked", "B0A9F8E7-D6C5-4B4A-9398-27160F5E4D3C", (1, "Horizon Fare Systems", "", "final",
       "", ""), PROD_IOS, ["DTSTART:20261218T100000", "DTEND:20261218T110000", ST,
                          "SUMMARY:HFS final round (rebooked) - Teams link in Hannah's email"], method=None)

    mk(o, "de-zoom-zweit", "zoom-88300774412@rwd.de", (1, "Reisewelt Digital", "Senior Revenue Analyst", "",
       "claudia.roth@rwd.de;tobias.kern@rwd.de", ""), "-//zoom.us//iCalendar Event//EN", [
        org("claudia.roth@rwd.de", "Claudia Roth"), att(ME_PRIV, "Andrés Villalobos"),
        att("tobias.kern@rwd.de", "Tobias Kern"),
        "SUMMARY:Zweitgespräch Senior Revenue Analyst – Reisewelt Digital",
        "DTSTART;TZID=Europe/Berlin:20261214T150000", "DTEND;TZID=Europe/Berlin:20261214T160000", ST,
        "DESCRIPTION:" + esc("Hallo Andrés,\nwie vereinbart unser zweites Gespräch mit Tobias Kern (Teamlead "
                             "Pricing). Reisewelt Digital GmbH, Berlin/remote." + zoom("883 0077 4412", "rWd2",
                                                                                        "de")),
        "LOCATION:Zoom"], tz=[t.replace("Europe/Madrid", "Europe/Berlin") for t in TZ_MADRID])

    mk(o, "fr-outlook-final", "040000008200E00074C5B7101A82E00800000000B8C7D6E5F4A3DC01000000000000000010000000"
       "2468ACE013579BDF2468ACE013579BDF", (1, "TransAlpes Voyages", "Directeur Pricing", "final",
       "v.morel@transalpes.fr;c.blanc@transalpes.fr", ""), PROD_O365, [
        org("assistante.dg@transalpes.fr", "Assistante Direction Générale"), att(ME_PRIV, "Andrés Villalobos"),
        att("v.morel@transalpes.fr", "MOREL Vincent"), att("c.blanc@transalpes.fr", "BLANC Camille"),
        "SUMMARY;LANGUAGE=fr-FR:Entretien final – Directeur Pricing – TransAlpes Voyages",
        "DTSTART;TZID=" + ROMANCE + ":20261217T110000", "DTEND;TZID=" + ROMANCE + ":20261217T120000", ST,
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc("Monsieur,\nVous rencontrerez Vincent Morel (Directeur Général) et "
                                            "Camille Blanc (DRH) pour le dernier entretien. Je reste à votre "
                                            "disposition pour toute question logistique.\nL'assistante de "
                                            "direction" + teams_en("dHJh")),
        "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams", *ms_extra()], tz=tz_windows(ROMANCE))

    # negatives
    mk(o, "en-second-interviewer-ask", "040000008200E00074C5B7101A82E00800000000C7D6E5F4A3B2DC0100000000"
       "0000000010000000"
       "FACEFACEB00CB00CFACEFACEB00CB00C", (0, "", "", "", "", "user_as_interviewer"), PROD_O365, [
        org("h.becker@hoteles-costabella.es", "Becker, Hanna"), att(ME_WORK, "Villalobos, Andrés"),
        att("r.medina.hosp@gmail.com", "Rubén Medina"),
        "SUMMARY;LANGUAGE=en-GB:2nd interviewer needed: Reservations Supervisor candidate (Rubén Medina)",
        "DTSTART;TZID=" + GMTW + ":20261213T090000", "DTEND;TZID=" + GMTW + ":20261213T094500", ST,
        "DESCRIPTION;LANGUAGE=en-GB:" + esc("Andrés, could you sit in as second interviewer for our Reservations "
                                            "Supervisor opening at Costabella Marina? Focus on rate knowledge.\n"
                                            "Hanna (Front Office Manager)" + teams_en("c2Vj")),
        "LOCATION:Microsoft Teams Meeting", *ms_extra()], tz=tz_windows(GMTW, "+0000", "+0100"))

    mk(o, "es-tutoria-colegio", "tutoria-lucas-1202@educamos.example.es", (0, "", "", "", "", "personal"),
       PROD_GOOGLE, ["DTSTART;TZID=Europe/Madrid:20261202T173000", "DTEND;TZID=Europe/Madrid:20261202T180000", ST,
                     "SUMMARY:Entrevista con la tutora de Lucas (3º primaria)",
                     "DESCRIPTION:Entrevista trimestral familia-tutora. CEIP Los Olivos.", "LOCATION:CEIP Los Olivos"],
       tz=TZ_MADRID, method=None)

    mk(o, "en-customer-casestudy", "casestudy-costabella-771@ratepilot.com", (0, "", "", "", "", "user_research"),
       PROD_GOOGLE, [
        "DTSTART:20261215T150000Z", "DTEND:20261215T154500Z", ST,
        org("marketing@ratepilot.com", "RatePilot Marketing"), att(ME_WORK, "Andres Villalobos"),
        "SUMMARY:Customer interview: Hoteles Costabella x RatePilot case study",
        "DESCRIPTION:" + esc("We'd love to interview you about your results with RatePilot for a published case "
                             "study and a short quote." + meet("rpl-case-cst")), "LOCATION:"])

    mk(o, "es-job-fair-employer-stand", "foro-empleo-uma-stand-2026@hoteles-costabella.es",
       (0, "", "", "", "", "user_as_interviewer"), PROD_OUTLOOK, [
        org("talento@hoteles-costabella.es", "Talento Costabella"), att(ME_WORK, "Villalobos, Andrés"),
        "SUMMARY;LANGUAGE=es-ES:Foro de Empleo UMA – stand Hoteles Costabella (entrevistas rápidas a estudiantes)",
        "DTSTART;TZID=" + ROMANCE + ":20261203T093000", "DTEND;TZID=" + ROMANCE + ":20261203T140000", ST,
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Andrés y Mercedes atienden el stand y hacen mini-entrevistas a "
                                            "candidatos para prácticas y el programa de graduados."),
        "LOCATION;LANGUAGE=es-ES:Complejo Polideportivo UMA, Teatinos", *ms_extra()], tz=tz_windows(ROMANCE))

    mk(o, "es-agency-registration-interview", "selecta-registro-1204@selectatalent.es",
       (0, "", "", "", "", "recruiter_no_employer"), PROD_O365, [
        org("n.herrero@selectatalent.es", "Noelia Herrero"), att(ME_PRIV, "Andrés Villalobos"),
        "SUMMARY:Entrevista de registro – Selecta Talent (área Turismo y Pricing)",
        "DTSTART;TZID=" + ROMANCE + ":20261204T170000", "DTEND;TZID=" + ROMANCE + ":20261204T174500", ST,
        "DESCRIPTION:" + esc("Entrevista para incorporarte a nuestra base de candidatos. Todavía no hay un cliente "
                             "concreto; te presentaremos cuando encaje algún proceso."), "LOCATION:Teams"],
       tz=tz_windows(ROMANCE))
    return o
