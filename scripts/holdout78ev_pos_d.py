"""holdout78: the user's own interviews, part D (German-speaking groups, one French group, Spanish time shapes)."""

from __future__ import annotations

from holdout78ev_ics import (
    APPLE_IOS,
    EXCHANGE,
    GOOGLE,
    ME_FREE,
    MS_PROPS,
    OUTLOOK,
    TZ_BERLIN,
    TZ_LABEL_BERLIN,
    TZ_MADRID,
    TZ_WIN_ROMANCE,
    TZ_WIN_WEUROPE,
    TZ_ZURICH,
    Ev,
    alt_desc,
    att,
    cal,
    esc,
    html,
    lab,
    meet,
    meet_props,
    ms_uid,
    org,
    teams,
    zoom,
)

ME = att(ME_FREE, "Javier Morales Ferrer")


def sunwave_softgarden() -> Ev:
    uid = "softgarden-appointment-3391784-sunwave"
    d = ("Sehr geehrter Herr Morales Ferrer,\n\nvielen Dank für Ihr Interesse an der Position Hoteldirektor (m/w/d) "
         "Sunwave Alcúdia Beach. Gerne laden wir Sie zu einem Gespräch mit Ihrer zukünftigen Vorgesetzten, Frau "
         "Dr. Anke Brandt (Regionaldirektorin Balearen), ein. Das Gespräch findet auf Deutsch statt.\n\n"
         "Mit freundlichen Grüßen\nIhr Recruiting-Team der Sunwave Hotels GmbH\n\n" + teams("sunwave1", "de") +
         "\n\nDieser Termin wurde über softgarden erstellt.")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250224T101500Z
DTSTART;TZID=Europe/Berlin:20250304T140000
DTEND;TZID=Europe/Berlin:20250304T150000
SUMMARY:{esc("Vorstellungsgespräch – Hoteldirektor (m/w/d) Sunwave Alcúdia Beach")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Microsoft Teams-Besprechung")}
{org("no-reply@softgarden.io", "Sunwave Hotels GmbH")}
{att("anke.brandt@sunwave-hotels.de", "Dr. Anke Brandt")}
{ME}
END:VEVENT"""
    return Ev("softgarden-teams-de", cal(TZ_BERLIN, body, prodid="-//softgarden//e-recruiting//DE"),
              [lab(uid, 1, "Sunwave Hotels", "Hoteldirektor (m/w/d) Sunwave Alcúdia Beach", "hiring_manager",
                   "anke.brandt@sunwave-hotels.de", "softgarden-teams-de")])


def sunwave_case_meet() -> Ev:
    uid = "1m2n3b4v5c6x7z8l9k0j1h2g3f@google.com"
    d = ("Hallo Herr Morales,\n\nwie besprochen die Fallstudie: Sie erhalten am Vortag die Zahlen des Sunwave "
         "Alcúdia Beach (Belegung, Durchschnittsrate, Personalkosten) und präsentieren uns 20 Minuten Ihre "
         "Analyse. Dabei sind Dr. Anke Brandt und Henrik Vogel (Leiter Controlling).\n\nViele Grüße\nAnke Brandt"
         "\n\n" + meet("sunwave2", "de"))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250320T100000
DTEND;TZID=Europe/Berlin:20250320T113000
DTSTAMP:20250312T131500Z
{org("anke.brandt@sunwave-hotels.de", "Anke Brandt")}
UID:{uid}
{att("henrik.vogel@sunwave-hotels.de", "Henrik Vogel")}
{att("anke.brandt@sunwave-hotels.de", "Anke Brandt", partstat="ACCEPTED", rsvp=False)}
{ME}
{meet_props("sunwave2")}
DESCRIPTION:{esc(d)}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Fallstudie / 2. Gespräch – Herr Morales Ferrer (Hoteldirektor Alcúdia)")}
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-case-de", cal(TZ_BERLIN, body, prodid=GOOGLE),
              [lab(uid, 1, "Sunwave Hotels", "Hoteldirektor Alcúdia", "technical",
                   "anke.brandt@sunwave-hotels.de;henrik.vogel@sunwave-hotels.de", "google-fallstudie-de")])


def amh_phone() -> Ev:
    uid = ms_uid("amh-telefon")
    d = ("Sehr geehrter Herr Morales Ferrer,\n\nwie telefonisch vereinbart rufe ich Sie zum vereinbarten Termin "
         "unter Ihrer Mobilnummer an. Im Telefoninterview geht es um Ihre Erfahrung und Ihre Vorstellungen zur "
         "Position Area Manager Kanaren (m/w/d).\n\nMit freundlichen Grüßen\nStefan Krüger\nPersonalreferent\n"
         "AMH Alpen & Meer Hotelgruppe GmbH · Rosenheimer Str. 145 · 81671 München")
    body = f"""BEGIN:VEVENT
{org("stefan.krueger@amh-hotels.de", "Krüger, Stefan")}
{att(ME_FREE, "Javier Morales Ferrer")}
DESCRIPTION;LANGUAGE=de-DE:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:{esc("Telefoninterview – Area Manager Kanaren (m/w/d)")}
DTSTART;TZID=W. Europe Standard Time:20250219T110000
DTEND;TZID=W. Europe Standard Time:20250219T113000
DTSTAMP:20250214T084001Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:{esc("Telefon")}
{MS_PROPS}
{alt_desc(html(d))}
END:VEVENT"""
    return Ev("outlook-phone-de", cal(TZ_WIN_WEUROPE, body, prodid=OUTLOOK),
              [lab(uid, 1, "AMH Hotelgruppe", "Area Manager Kanaren (m/w/d)", "recruiter_screen",
                   "stefan.krueger@amh-hotels.de", "phone-screen-windows-zone-de")])


def seeblick_personio() -> Ev:
    uid = "personio-interview-44120-9901-seeblick"
    d = ("Guten Tag Herr Morales Ferrer\n\nGerne bestätigen wir Ihnen das Erstgespräch für die Stelle General "
         "Manager Seeblick Tenerife. Ihre Gesprächspartnerin ist Corinne Stäheli, Leiterin Human Resources der "
         "Seeblick Hotels AG.\n\n" + zoom("seeblick1", "de", host="seeblick") +
         "\n\nFreundliche Grüsse\nSeeblick Hotels AG, Luzern")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250303T090000Z
DTSTART;TZID=Europe/Zurich:20250307T090000
DTEND;TZID=Europe/Zurich:20250307T094500
SUMMARY:{esc("Interview: General Manager Seeblick Tenerife – Javier Morales Ferrer")}
DESCRIPTION:{esc(d)}
LOCATION:Zoom
{org("noreply@personio.de", "Seeblick Hotels AG")}
{att("corinne.staeheli@seeblick-hotels.ch", "Corinne Stäheli")}
{ME}
END:VEVENT"""
    return Ev("personio-zoom-de", cal(TZ_ZURICH, body, prodid="-//Personio GmbH//Personio//DE"),
              [lab(uid, 1, "Seeblick Hotels", "General Manager Seeblick Tenerife", "recruiter_screen",
                   "corinne.staeheli@seeblick-hotels.ch", "personio-zoom-zurich-de")])


def seeblick_ios_final() -> Ev:
    uid = "B2D4F6A8-1C3E-4A5B-9D7F-0E2C4A6B8D10"
    body = f"""BEGIN:VEVENT
CREATED:20250325T210011Z
DTEND;TZID=Europe/Madrid:20250403T120000
DTSTAMP:20250325T210040Z
DTSTART;TZID=Europe/Madrid:20250403T103000
DESCRIPTION:{esc("Letztes Gespräch mit Herrn Urs Wyss (VR-Präsident) + Frau Stäheli per Zoom. Auf Deutsch!! "
                 "Zahlen Teneriffa wiederholen")}
LAST-MODIFIED:20250325T210040Z
LOCATION:Zoom
SEQUENCE:0
SUMMARY:{esc("Gespräch Seeblick – final")}
UID:{uid}
END:VEVENT"""
    return Ev("ios-handtyped-final-de", cal(TZ_MADRID, body, prodid=APPLE_IOS, method=None),
              [lab(uid, 1, "Seeblick Hotels", "", "final", "Urs Wyss;Corinne Stäheli", "handtyped-final-de")])


def sonne_teams_final() -> Ev:
    uid = ms_uid("sonne-final")
    d = ("Sehr geehrter Herr Morales Ferrer,\n\nim Namen von Herrn Markus Lindqvist (Geschäftsführer SONNE "
         "Resorts) lade ich Sie zum abschließenden Gespräch für die Position Regionaldirektor Balearen ein. "
         "Teilnehmen wird außerdem Frau Petra Holzer (Personal).\n\nFreundliche Grüße\nJana Wieck\nAssistenz der "
         "Geschäftsführung\nSONNE Resorts GmbH – ein Unternehmen der Reisewelt Touristik AG\n\n" +
         teams("sonne1", "de"))
    body = f"""BEGIN:VEVENT
{org("markus.lindqvist@sonne-resorts.de", "Lindqvist, Markus", sent_by="jana.wieck@sonne-resorts.de")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("petra.holzer@sonne-resorts.de", "Holzer, Petra")}
{att("jana.wieck@sonne-resorts.de", "Wieck, Jana", role="OPT-PARTICIPANT", rsvp=False)}
DESCRIPTION;LANGUAGE=de-DE:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:{esc("Finales Gespräch mit der Geschäftsführung – Regionaldirektor Balearen")}
DTSTART;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250612T100000
DTEND;TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien":20250612T110000
DTSTAMP:20250603T073000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:{esc("Microsoft Teams-Besprechung")}
{MS_PROPS}
END:VEVENT"""
    return Ev("outlook-final-brand-de", cal(TZ_LABEL_BERLIN, body, prodid=EXCHANGE),
              [lab(uid, 1, "SONNE Resorts", "Regionaldirektor Balearen", "final",
                   "markus.lindqvist@sonne-resorts.de;petra.holzer@sonne-resorts.de",
                   "brand-not-parent-sentby-de")])


def alpenrose_agency() -> Ev:
    uid = "hkp-termin-20250409-morales@hotelkarriere-partner.de"
    d = ("Lieber Herr Morales,\n\nunser Mandant, die Alpenrose Hotels & Resorts aus Kitzbühel, eröffnet 2026 sein "
         "erstes Resort an der Algarve. Herr Florian Aigner (Eigentümer und Geschäftsführer) möchte Sie gerne "
         "persönlich kennenlernen – das Gespräch findet in Palma statt, da er ohnehin auf Mallorca ist.\n\n"
         "Herzliche Grüße\nSabine Moosbrugger\nHotelkarriere Partner GmbH – Executive Search Hotellerie")
    body = f"""BEGIN:VEVENT
UID:{uid}
DTSTAMP:20250403T143000Z
DTSTART;TZID=Europe/Madrid:20250409T190000
DTEND;TZID=Europe/Madrid:20250409T203000
SUMMARY:{esc("Kennenlerngespräch Alpenrose Hotels & Resorts / Herr Aigner – Resortdirektor Algarve")}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Hotel Can Alomar, Lobby-Bar, Passeig del Born 18, Palma")}
{org("moosbrugger@hotelkarriere-partner.de", "Sabine Moosbrugger")}
{att("f.aigner@alpenrose-hotels.at", "Florian Aigner")}
{ME}
STATUS:CONFIRMED
END:VEVENT"""
    return Ev("agency-meeting-de", cal(TZ_MADRID, body, prodid="-//Open-Xchange//7.10.6-Rev41//EN"),
              [lab(uid, 1, "Alpenrose Hotels & Resorts", "Resortdirektor Algarve", "",
                   "f.aigner@alpenrose-hotels.at", "agency-kennenlernen-de")])


def aurum_workday() -> Ev:
    uid = ms_uid("aurum-workday")
    d = ("Hallo Javier,\n\nfür Ihre Bewerbung als Clubdirektor (m/w/d) Aurum Club Fuerteventura (JR-1187) wurde ein "
         "Interview geplant.\n\nInterviewart: Erstgespräch (Video)\nInterviewer: Lukas Brenner, Talent "
         "Acquisition\n\nDetails finden Sie auf Ihrer Kandidatenseite: "
         "https://aurum.wd3.myworkdayjobs.com/de-DE/Karriere/userHome\n\n" + teams("aurum1", "de"))
    body = f"""BEGIN:VEVENT
{org("aurum@myworkday.com", "Aurum Clubhotels")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("lukas.brenner@aurum-clubhotels.com", "Brenner, Lukas")}
DESCRIPTION;LANGUAGE=de-DE:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=de-DE:{esc("Interview geplant: Clubdirektor (m/w/d) Aurum Club Fuerteventura (JR-1187)")}
DTSTART;TZID=W. Europe Standard Time:20250528T093000
DTEND;TZID=W. Europe Standard Time:20250528T101500
DTSTAMP:20250521T120000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=de-DE:{esc("Microsoft Teams-Besprechung")}
END:VEVENT"""
    return Ev("workday-teams-de", cal(TZ_WIN_WEUROPE, body, prodid=OUTLOOK),
              [lab(uid, 1, "Aurum Clubhotels", "Clubdirektor (m/w/d) Aurum Club Fuerteventura", "recruiter_screen",
                   "lukas.brenner@aurum-clubhotels.com", "workday-erstgespraech-de")])


def belle_rive_fr() -> Ev:
    uid = ms_uid("bellerive-wttj")
    d = ("Bonjour Javier,\n\nMerci pour votre candidature au poste de Directeur d'hôtel – Belle Rive Ibiza. Je vous "
         "propose un premier entretien avec moi-même (Claire Dumoulin, Responsable Recrutement du Groupe Belle "
         "Rive). L'entretien pourra se dérouler en anglais ou en espagnol.\n\nBien cordialement,\nClaire Dumoulin"
         "\n\n" + teams("bellerive1", "fr"))
    body = f"""BEGIN:VEVENT
{org("c.dumoulin@groupe-bellerive.fr", "DUMOULIN Claire")}
{att(ME_FREE, "Javier Morales Ferrer")}
DESCRIPTION;LANGUAGE=fr-FR:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=fr-FR:{esc("Entretien – Directeur d'hôtel Belle Rive Ibiza – J. Morales Ferrer")}
DTSTART;TZID=Romance Standard Time:20250415T143000
DTEND;TZID=Romance Standard Time:20250415T151500
DTSTAMP:20250409T080808Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=fr-FR:{esc("Réunion Microsoft Teams")}
{MS_PROPS}
END:VEVENT"""
    return Ev("outlook-teams-fr", cal(TZ_WIN_ROMANCE, body, prodid=OUTLOOK),
              [lab(uid, 1, "Groupe Belle Rive", "Directeur d'hôtel", "recruiter_screen",
                   "c.dumoulin@groupe-bellerive.fr", "outlook-teams-fr")])


def aldea_blanca_allday() -> Ev:
    uid = "5rj8p0c2x6m1v9b3n7q4w0e2ty@google.com"
    d = ("Javier, te esperamos en el Aldea Blanca Lanzarote para la jornada presencial del proceso de Director/a "
         "de Resort:\n09:30 Recorrido por el hotel con Eduardo Cabrera (Director Regional)\n11:00 Entrevista con "
         "Eduardo Cabrera y Carmen Perdomo (Directora Financiera)\n13:00 Almuerzo con jefes de departamento\n"
         "15:00 Entrevista con Sergio Rodríguez (CEO)\n\nYo coordino la jornada y te recojo en recepción; vuelo y "
         "hotel a cargo de Aldea Blanca Resorts (reserva enviada por correo).\nGloria Tavío – People & Culture")
    body = f"""BEGIN:VEVENT
DTSTART;VALUE=DATE:20250513
DTEND;VALUE=DATE:20250514
DTSTAMP:20250502T101155Z
{org("gtavio@aldeablanca-resorts.com", "Gloria Tavío")}
UID:{uid}
{att("ecabrera@aldeablanca-resorts.com", "Eduardo Cabrera")}
{att("cperdomo@aldeablanca-resorts.com", "Carmen Perdomo")}
{att("srodriguez@aldeablanca-resorts.com", "Sergio Rodríguez")}
{att("gtavio@aldeablanca-resorts.com", "Gloria Tavío", partstat="ACCEPTED", rsvp=False)}
{ME}
DESCRIPTION:{esc(d)}
LOCATION:{esc("Aldea Blanca Lanzarote, Av. de las Playas 21, Puerto del Carmen")}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:{esc("Jornada presencial – proceso Director/a de Resort (Aldea Blanca Lanzarote)")}
TRANSP:TRANSPARENT
END:VEVENT"""
    return Ev("google-allday-onsite-es", cal(body, prodid=GOOGLE),
              [lab(uid, 1, "Aldea Blanca Resorts", "Director/a de Resort", "onsite",
                   "ecabrera@aldeablanca-resorts.com;cperdomo@aldeablanca-resorts.com;srodriguez@aldeablanca-resorts.com",
                   "allday-onsite-coordinator-es")])


def hospederias_cancel() -> Ev:
    uid = ms_uid("hospederias-cancel")
    d = ("Estimado Javier:\n\nLamentamos comunicarle que debemos cancelar la entrevista prevista. Nos pondremos "
         "en contacto con usted para proponer una nueva fecha.\n\nDepartamento de Recursos Humanos\nHospederías "
         "de Castilla")
    body = f"""BEGIN:VEVENT
{org("rrhh@hospederiascastilla.es", "Recursos Humanos - Hospederías de Castilla")}
{att(ME_FREE, "Javier Morales Ferrer")}
{att("blanca.arranz@hospederiascastilla.es", "Arranz Velasco, Blanca")}
DESCRIPTION;LANGUAGE=es-ES:{esc(d)}
UID:{uid}
SUMMARY;LANGUAGE=es-ES:{esc("Cancelada: Entrevista RRHH - Director/a Hospedería de Sigüenza")}
DTSTART;TZID=Romance Standard Time:20250320T123000
DTEND;TZID=Romance Standard Time:20250320T131500
DTSTAMP:20250317T110512Z
PRIORITY:1
SEQUENCE:1
STATUS:CANCELLED
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-IMPORTANCE:2
END:VEVENT"""
    return Ev("outlook-cancel-es", cal(TZ_WIN_ROMANCE, body, prodid=EXCHANGE, method="CANCEL"),
              [lab(uid, 1, "Hospederías de Castilla", "Director/a Hospedería de Sigüenza", "recruiter_screen",
                   "blanca.arranz@hospederiascastilla.es", "cancelled-method-cancel-es")])


def serra_rescheduled() -> Ev:
    uid = "1ak5s9d3f7g0h2j4l6z8x0c1vb@google.com"
    d = ("ACTUALIZADO: hemos tenido que mover la entrevista al jueves a las 16:30 (antes martes 11:00). Perdona "
         "las molestias.\n\nEntrevista técnica para Area Manager Baleares: repaso de un caso de presupuesto "
         "operativo (GOP, costes de personal por ocupada) con Rafel Serra (Director General) y Pilar Nadal "
         "(Revenue & Distribución).\n\n" + meet("serra1", "es"))
    body = f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250605T163000
DTEND;TZID=Europe/Madrid:20250605T174500
DTSTAMP:20250530T090412Z
{org("pilar.nadal@serrahotels.com", "Pilar Nadal")}
UID:{uid}
{att("rafel.serra@serrahotels.com", "Rafel Serra")}
{att("pilar.nadal@serrahotels.com", "Pilar Nadal", partstat="ACCEPTED", rsvp=False)}
{ME}
{meet_props("serra1")}
CREATED:20250520T121001Z
DESCRIPTION:{esc(d)}
LAST-MODIFIED:20250530T090411Z
SEQUENCE:3
STATUS:CONFIRMED
SUMMARY:{esc("Reprogramada: Entrevista técnica – Area Manager Baleares (Serra Hotels)")}
TRANSP:OPAQUE
END:VEVENT"""
    return Ev("google-rescheduled-es", cal(TZ_MADRID, body, prodid=GOOGLE),
              [lab(uid, 1, "Serra Hotels", "Area Manager Baleares", "technical",
                   "rafel.serra@serrahotels.com;pilar.nadal@serrahotels.com", "rescheduled-sequence-es")])


def make() -> list[Ev]:
    return [sunwave_softgarden(), sunwave_case_meet(), amh_phone(), seeblick_personio(), seeblick_ios_final(),
            sonne_teams_final(), alpenrose_agency(), aurum_workday(), belle_rive_fr(),
            aldea_blanca_allday(), hospederias_cancel(), serra_rescheduled()]
