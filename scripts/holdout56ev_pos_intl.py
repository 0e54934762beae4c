"""holdout56: the user's own interviews in Dublin, Frankfurt, Paris, Spain (DE/FR/ES/EN), written blind, CC0 1.0."""

from __future__ import annotations

from holdout56ev_ics import (
    EXCHANGE,
    GOOGLE,
    OUTLOOK,
    VTZ,
    E,
    att,
    calendar,
    me,
    meet,
    org,
    outlook_tz,
    room,
    teams,
    vevent,
    when,
    zoom,
)

BER = [VTZ["Europe/Berlin"]]
PAR = [VTZ["Europe/Paris"]]
DUB = [VTZ["Europe/Dublin"]]
MAD = [VTZ["Europe/Madrid"]]
LON = [VTZ["Europe/London"]]
CET = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"


def events() -> list[dict[str, str]]:
    out = []

    uid = "personio-8d2e1c0b-khr-2025"
    desc = ("Hallo Hannah,\n\nvielen Dank für Ihre Bewerbung als Associate (m/w/d) Arbeitsrecht – UK-qualifiziert."
            " Gerne laden wir Sie zu einem ersten Kennenlernen per Video ein.\n\nGesprächspartnerin: Dr. Katrin "
            "Hoffmann (Partnerin)\n\n" + teams("a2hyMj", "de") + "\n\nViele Grüße\nIhr Recruiting-Team\n"
            "Kessler Hoffmann Rechtsanwälte PartG mbB")
    out.append(E("personio-first-de", calendar([vevent(
        uid, "Vorstellungsgespräch: Hannah Whitfield – Associate Arbeitsrecht", when("20250312", "1000", 45,
                                                                                   tz="Europe/Berlin"),
        desc, "Microsoft Teams-Besprechung",
        [org("recruiting@kesslerhoffmann.de", "Kessler Hoffmann Recruiting"), me(),
         att("k.hoffmann@kesslerhoffmann.de", "Dr. Katrin Hoffmann")])], "-//Personio GmbH//Personio//DE",
        tzs=BER), uid, 1, "Kessler Hoffmann", "Associate (m/w/d) Arbeitsrecht – UK-qualifiziert", "",
        "k.hoffmann@kesslerhoffmann.de"))

    uid = "softgarden-ivw-1a2b3c4d-rheinmark"
    desc = ("Sehr geehrte Frau Whitfield,\n\nhiermit bestätigen wir Ihren Termin für das Fachgespräch zur Position"
            " Syndikusrechtsanwältin (w/m/d) Arbeitsrecht, Kennziffer 2025-118.\n\nIhre Gesprächspartner:\n"
            "Jörg Albrecht, Leiter Recht\nSabine Wendt, Personalreferentin (Organisation, nimmt nicht am "
            "Gespräch teil)\n\nOrt: Rheinmark Versicherung AG, Mainzer Landstraße 50, 60325 Frankfurt am Main, "
            "Empfang EG\n\nMit freundlichen Grüßen\nRheinmark Versicherung AG – Personalgewinnung")
    out.append(E("softgarden-fachgespraech-de", calendar([vevent(
        uid, "Fachgespräch Rheinmark Versicherung – Syndikusrechtsanwältin Arbeitsrecht",
        when("20250403", "1400", 75, tz="Europe/Berlin"), desc, "Mainzer Landstraße 50, 60325 Frankfurt am Main",
        [org("noreply@softgarden.io", "Rheinmark Versicherung AG"), me(),
         att("joerg.albrecht@rheinmark-versicherung.de", "Jörg Albrecht")])], "-//softgarden//softgarden//DE",
        tzs=BER), uid, 1, "Rheinmark Versicherung", "Syndikusrechtsanwältin (w/m/d) Arbeitsrecht", "technical",
        "joerg.albrecht@rheinmark-versicherung.de"))

    uid = "040000008200E00074C5B7101A82E00800000000BRANDTSIEBOLD0001"
    desc = ("Liebe Frau Whitfield,\n\nwie telefonisch besprochen sende ich Ihnen die Einladung für unser "
            "Gespräch. Teilnehmen werden Herr Dr. Siebold und ich.\n\nBeste Grüße\nMarkus Brandt\n\n"
            + teams("YnJhbmR", "de"))
    out.append(E("outlook-windows-cet-de", calendar([vevent(
        uid, "Gespräch Whitfield / Brandt Siebold", when("20250319", "1500", 60, tz=CET), desc,
        "Microsoft Teams-Besprechung",
        [org("m.brandt@brandt-siebold.de", "Brandt, Markus"), me(),
         att("f.siebold@brandt-siebold.de", "Siebold, Dr. Felix")])], OUTLOOK,
        tzs=[outlook_tz(CET, "+0100", "+0200")]), uid, 1, "Brandt Siebold", "", "",
        "m.brandt@brandt-siebold.de;f.siebold@brandt-siebold.de"))

    uid = "mainstadt-telefoninterview-2025-04"
    desc = ("Hallo Frau Whitfield,\n\nich rufe Sie wie vereinbart für ein kurzes Telefoninterview (ca. 20 Min.) "
            "zur Stelle Legal Counsel (m/w/d) mit Schwerpunkt Arbeitsrecht an. Nummer: +44 7700 900418.\n\n"
            "Viele Grüße\nLena Vogt\nTalent Acquisition, Mainstadt Logistik GmbH")
    out.append(E("phone-screen-de", calendar([vevent(
        uid, "Telefoninterview Legal Counsel (m/w/d) – H. Whitfield", when("20250307", "0830", 20, utc=True),
        desc, "Telefon", [org("lena.vogt@mainstadt-logistik.de", "Lena Vogt"), me()])], GOOGLE),
        uid, 1, "Mainstadt Logistik", "Legal Counsel (m/w/d)", "recruiter_screen", "lena.vogt@mainstadt-logistik.de"))

    uid = "carrow-lindgren-fra-final-2b"
    desc = ("Dear Hannah,\n\nThank you for your time so far. We'd like to invite you to final interviews at our "
            "Frankfurt office for the Employment Associate (English-qualified) role.\n\n14:00 Dr. Anja Krüger "
            "(Partner)\n14:45 Lars Lindgren (Managing Partner, Frankfurt)\n\nPlease report to reception on the "
            "21st floor, Taunusanlage 8. Our graduate recruitment team (Jana Heil) will meet you there.")
    out.append(E("final-frankfurt-en", calendar([vevent(
        uid, "Final interviews – Carrow Lindgren Frankfurt", when("20250430", "1400", 90, tz="Europe/Berlin"),
        desc, "Taunusanlage 8, 60329 Frankfurt am Main",
        [org("jana.heil@carrowlindgren.com", "Jana Heil"), me(),
         att("anja.krueger@carrowlindgren.com", "Dr. Anja Krüger"),
         att("lars.lindgren@carrowlindgren.com", "Lars Lindgren"),
         room("fra-21-main@carrowlindgren.com", "FRA 21 Main")])], OUTLOOK, tzs=BER),
        uid, 1, "Carrow Lindgren", "Employment Associate (English-qualified)", "final",
        "anja.krueger@carrowlindgren.com;lars.lindgren@carrowlindgren.com"))

    uid = "delorme-aubry-entretien-0314"
    desc = ("Bonjour Hannah,\n\nSuite à notre échange, je vous confirme votre entretien pour le poste de "
            "collaboratrice en droit social (profil bilingue, qualification anglaise), avec Maître Claire "
            "Aubry, associée.\n\n" + zoom("891 2203 6641", "DeLoRmE", "fr") + "\n\nBien cordialement,\n"
            "Céline Roux\nAssistante RH – Delorme Aubry Avocats")
    out.append(E("zoom-entretien-fr", calendar([vevent(
        uid, "Entretien – collaboratrice droit social – H. Whitfield", when("20250318", "1000", 60,
                                                                          tz="Europe/Paris"),
        desc, "Zoom", [org("c.roux@delorme-aubry.fr", "Céline Roux"), me(),
                       att("c.aubry@delorme-aubry.fr", "Claire Aubry")])], GOOGLE, tzs=PAR),
        uid, 1, "Delorme Aubry Avocats", "collaboratrice en droit social", "", "c.aubry@delorme-aubry.fr"))

    uid = "wttj-maison-verlaine-7cc1"
    desc = ("Bonjour Hannah,\n\nMerci pour votre candidature au poste de Juriste droit social – UK & Irlande. "
            "Nous vous proposons un entretien avec Amélie Garnier, Directrice juridique.\n\n"
            + meet("mvr-kxpa-hte", "fr") + "\n\nL'équipe Talent – Maison Verlaine\nEnvoyé via Welcome to the Jungle")
    out.append(E("wttj-hm-fr", calendar([vevent(
        uid, "Entretien Maison Verlaine x Hannah Whitfield", when("20250401", "1630", 45, tz="Europe/Paris"),
        desc, "Google Meet", [org("talent@maisonverlaine.com", "Maison Verlaine"), me(),
                              att("a.garnier@maisonverlaine.com", "Amélie Garnier")])],
        "-//Welcome to the Jungle//Recruiter//FR", tzs=PAR),
        uid, 1, "Maison Verlaine", "Juriste droit social – UK & Irlande", "hiring_manager",
        "a.garnier@maisonverlaine.com"))

    uid = "taleez-entretien-final-paris-33"
    desc = ("Entretien final\nPoste : Avocat(e) collaborateur(trice) – droit du travail international\nCabinet : "
            "Fournier Lacoste & Associés\nAvec : Me Philippe Lacoste et Me Inès Benali\nAdresse : 42 avenue "
            "Hoche, 75008 Paris\n\nMerci de vous présenter 10 minutes en avance à l'accueil.")
    out.append(E("final-onsite-fr", calendar([vevent(
        uid, "Entretien final – Fournier Lacoste & Associés", when("20250506", "1100", 60, tz="Europe/Paris"), desc,
        "42 avenue Hoche, 75008 Paris",
        [org("recrutement@fournierlacoste.fr", "Recrutement FLA"), me(),
         att("p.lacoste@fournierlacoste.fr", "Philippe Lacoste"), att("i.benali@fournierlacoste.fr", "Inès Benali")])],
        "-//Taleez//Taleez//FR", tzs=PAR),
        uid, 1, "Fournier Lacoste & Associés", "Avocat(e) collaborateur(trice) – droit du travail international",
        "final", "p.lacoste@fournierlacoste.fr;i.benali@fournierlacoste.fr"))

    uid = "alcazar-entrevista-rrhh-2025"
    desc = ("Hola Hannah:\n\nTe confirmamos la entrevista para el puesto de Abogada laboralista (Reino Unido) "
            "en nuestra oficina de Londres. Te entrevistarán Javier Ortega (Director de la Asesoría Jurídica) y "
            "Marta Gil (Recursos Humanos).\n\n" + teams("YWxjYXp", "es") + "\n\nUn saludo,\nAlcázar Renovables")
    out.append(E("teams-entrevista-es", calendar([vevent(
        uid, "Entrevista – Abogada laboralista (Reino Unido)", when("20250409", "1200", 60, tz="Europe/Madrid"),
        desc, "Reunión de Microsoft Teams",
        [org("seleccion@alcazarrenovables.es", "Selección Alcázar"), me(),
         att("javier.ortega@alcazarrenovables.es", "Javier Ortega"),
         att("marta.gil@alcazarrenovables.es", "Marta Gil")])], OUTLOOK, tzs=MAD),
        uid, 1, "Alcázar Renovables", "Abogada laboralista (Reino Unido)", "",
        "javier.ortega@alcazarrenovables.es;marta.gil@alcazarrenovables.es"))

    uid = "lumbre-seguros-telefono-44a"
    desc = ("Hola Hannah, te llamo el jueves para una primera entrevista telefónica sobre la vacante de Legal "
            "Counsel en Dublín (Lumbre Seguros Europe DAC). Duración aproximada: 20 minutos.\nSaludos,\nNuria "
            "Pascual – Talent Acquisition")
    out.append(E("phone-screen-es", calendar([vevent(
        uid, "Entrevista telefónica – Legal Counsel Dublín", when("20250313", "1030", 20, tz="Europe/Madrid"), desc,
        "Llamada telefónica", [org("nuria.pascual@lumbreseguros.com", "Nuria Pascual"), me()])], GOOGLE, tzs=MAD),
        uid, 1, "Lumbre Seguros", "Legal Counsel", "recruiter_screen", "nuria.pascual@lumbreseguros.com"))

    uid = "mulcahy-byrne-interview-0402@mulcahybyrne.ie"
    desc = ("Dear Hannah,\n\nWe're delighted to invite you to interview for the position of Solicitor, "
            "Employment (1–3 PQE; England & Wales qualified considered). Interview with Aoife Mulcahy and Donal "
            "Byrne.\n\nMulcahy Byrne LLP, 2 Grand Canal Square, Dublin 2\n\nKind regards\nHR Team")
    out.append(E("outlook-dublin-zone-en", calendar([vevent(
        uid, "Interview – Solicitor, Employment – Mulcahy Byrne",
        when("20250402", "1100", 60, tz="(UTC+00:00) Dublin, Edinburgh, Lisbon, London"), desc,
        "2 Grand Canal Square, Dublin 2",
        [org("hr@mulcahybyrne.ie", "HR, Mulcahy Byrne"), me(),
         att("aoife.mulcahy@mulcahybyrne.ie", "Mulcahy, Aoife"), att("donal.byrne@mulcahybyrne.ie", "Byrne, Donal")])],
        EXCHANGE, tzs=[outlook_tz("(UTC+00:00) Dublin, Edinburgh, Lisbon, London")]),
        uid, 1, "Mulcahy Byrne", "Solicitor, Employment", "",
        "aoife.mulcahy@mulcahybyrne.ie;donal.byrne@mulcahybyrne.ie"))

    uid = "workday-shannonside-R-4471-int2"
    desc = ("Interview: In-house Legal Counsel (Commercial & Employment) - R-4471\nCandidate: Hannah Whitfield\n"
            "Interviewers: Niamh Gallagher (General Counsel), Peter Doyle (HR Director)\n\n"
            + teams("c2hhbm5", "en") + "\n\nShannonside Foods plc")
    out.append(E("workday-dublin-en", calendar([vevent(
        uid, "Shannonside Foods - Interview - Hannah Whitfield", when("20250422", "0900", 60, tz="Europe/Dublin"),
        desc, "Microsoft Teams", [org("shannonside@myworkday.com", "Shannonside Foods Talent"), me(),
                                  att("niamh.gallagher@shannonsidefoods.ie", "Niamh Gallagher"),
                                  att("peter.doyle@shannonsidefoods.ie", "Peter Doyle")])],
        "-//Workday//Workday Calendar//EN", tzs=DUB), uid, 1, "Shannonside Foods",
        "In-house Legal Counsel (Commercial & Employment)", "",
        "niamh.gallagher@shannonsidefoods.ie;peter.doyle@shannonsidefoods.ie"))

    uid = "liffey-analytics-workable-screen"
    desc = ("Hi Hannah,\n\nYou're scheduled for a Phone call with Grace O'Rourke (Talent Partner) for the "
            "Legal Counsel position at Liffey Analytics.\n\nThis event was scheduled using Workable.")
    out.append(E("workable-screen-dublin-en", calendar([vevent(
        uid, "Phone call: Legal Counsel – Liffey Analytics", when("20250306", "1500", 30, tz="Europe/Dublin"), desc,
        "Phone: +44 7700 900418", [org("liffey-analytics@jobs.workablemail.com", "Liffey Analytics"), me(),
                                   att("grace.orourke@liffeyanalytics.ie", "Grace O'Rourke")])],
        "-//Workable//Workable//EN", tzs=DUB),
        uid, 1, "Liffey Analytics", "Legal Counsel", "recruiter_screen", "grace.orourke@liffeyanalytics.ie"))

    uid = "dentons-like-hays-agency-frankfurt-de"
    desc = ("Hallo Hannah,\n\nwie besprochen: Interview bei meinem Mandanten Weidner & Kollegen "
            "(Frankfurt, Arbeitsrecht) – Gesprächspartner: RA Tobias Weidner. Ich melde mich danach für "
            "Feedback.\n\nBeste Grüße\nSimone Kraus\nLexPort Personalberatung")
    out.append(E("agency-names-employer-de", calendar([vevent(
        uid, "Interview Weidner & Kollegen (über LexPort)", when("20250410", "1600", 45, tz="Europe/Berlin"),
        desc + "\n\n" + zoom("823 9004 1122", "WeKo2025", "de"), "Zoom",
        [org("s.kraus@lexport-personal.de", "Simone Kraus"), me()])], GOOGLE, tzs=BER),
        uid, 1, "Weidner & Kollegen", "", "", "tobias weidner"))

    uid = "gcal-dublin-hm-rathmore-3d@google.com"
    desc = ("Hi Hannah, great to connect. As discussed, this is the hiring manager conversation for the "
            "Employment Counsel role in our Dublin legal team.\nCormac\n\n" + meet("rtm-abqz-pln"))
    out.append(E("google-hm-dublin-en", calendar([vevent(
        uid, "Rathmore Technologies – Hannah Whitfield (Employment Counsel)", when("20250325", "1700", 45,
                                                                                  tz="Europe/Dublin"),
        desc, "https://meet.google.com/rtm-abqz-pln",
        [org("cormac.dunne@rathmore.tech", "Cormac Dunne"), me()])], GOOGLE, tzs=DUB),
        uid, 1, "Rathmore Technologies", "Employment Counsel", "hiring_manager", "cormac.dunne@rathmore.tech"))

    uid = "amberley-lgs-xwrtz-floating-01"
    desc = ("Interview: Legal Counsel – Commercial Contracts\nAmberley Group Services Ltd\nInterviewers: Sunita "
            "Rao, Greg Mills\nFormat: competency-based + contract clause discussion.")
    out.append(E("xwr-floating-en", calendar([vevent(
        uid, "Interview – Legal Counsel – Commercial Contracts (Amberley)", when("20250414", "1430", 60, tz=None),
        desc, "Amberley House, Wakefield WF1 2TT",
        [org("careers@amberleygroup.co.uk", "Amberley Careers"), me(),
         att("sunita.rao@amberleygroup.co.uk", "Sunita Rao"), att("greg.mills@amberleygroup.co.uk", "Greg Mills")])],
        GOOGLE, method="PUBLISH", headers=["X-WR-CALNAME:Interviews", "X-WR-TIMEZONE:Europe/London"]),
        uid, 1, "Amberley Group", "Legal Counsel – Commercial Contracts", "technical",
        "sunita.rao@amberleygroup.co.uk;greg.mills@amberleygroup.co.uk"))

    uid = "cancel-status-northbridge-uni-22"
    out.append(E("cancelled-status-en", calendar([vevent(
        uid, "Cancelled: Interview – Employment Solicitor – University of Northbridge", when("20250328", "1000", 45),
        "Apologies – the panel is unavailable; Recruitment will contact you with a new date.\n\n" + teams("dW5pdj"),
        "Microsoft Teams Meeting", [org("legal.recruitment@northbridge.ac.uk", "Legal Services Recruitment"), me(),
                                    att("p.hanley@northbridge.ac.uk", "Hanley, Patricia")], seq=3,
        status="CANCELLED")], OUTLOOK, method="REQUEST", tzs=LON),
        uid, 1, "University of Northbridge", "Employment Solicitor", "", "p.hanley@northbridge.ac.uk"))

    uid = "lever-resched-brightmoor-2"
    desc = ("Hannah Whitfield - Commercial Counsel - Hiring manager interview (rescheduled)\n\nNew time below. "
            "You'll meet Ifeoma Clarke, General Counsel.\n\n" + zoom("889 2231 0042", "BrMr77") + "\n\nBrightmoor "
            "Energy | Careers")
    out.append(E("lever-rescheduled-hm-en", calendar([vevent(
        uid, "Updated: Brightmoor Energy - Interview with Ifeoma Clarke", when("20250321", "1100", 45), desc, "Zoom",
        [org("kerry.lomax@brightmoor.energy", "Kerry Lomax"), me(),
         att("ifeoma.clarke@brightmoor.energy", "Ifeoma Clarke")], seq=1)], GOOGLE, tzs=LON),
        uid, 1, "Brightmoor Energy", "Commercial Counsel", "hiring_manager", "ifeoma.clarke@brightmoor.energy"))
    return out
