"""Holdout24, last additions: French and Spanish negatives and one more English interview."""

from __future__ import annotations

from holdout24ev_ics import ME, STAMP, add, att, doc, esc, meet, org, tdt, teams, zoom

GOO = "-//Google Inc//Google Calendar 70.9054//EN"


def build() -> None:
    """Given nothing returns nothing; appends the last six events."""
    u = "fr-simulation-coach-30"
    add("fr-simulation", "fr", u, doc(GOO, [[
        "DTSTART:20261218T170000Z", "DTEND:20261218T180000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("nathalie.coaching@orange.fr", "Nathalie Vidal"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Simulation d'entretien – préparation du dernier tour Énergies du Rhône",
        "DESCRIPTION:" + esc("Comme convenu, je joue le rôle du directeur général et je vous fais un retour "
                             "à chaud. Séance de coaching, pas un vrai entretien.\n" + meet("nvd-sim-jbk", "fr"))]]),
        False, trap="mock_interview")

    u = "fr-forum-eurexpo-31"
    add("fr-forum-emploi", "fr", u, doc("-//Apple Inc.//macOS 15.1//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART;VALUE=DATE:20270121", "DTEND;VALUE=DATE:20270122",
        "SUMMARY:Forum emploi transition énergétique – Eurexpo Lyon",
        "DESCRIPTION:" + esc("Passer aux stands des développeurs éoliens, déposer des CV. Billet TGV à "
                             "réserver."), "TRANSP:TRANSPARENT"]], method=None), False, trap="job_fair")

    u = "es-cafe-marta-levante-32"
    add("es-cafe-informal", "es", u, doc(GOO, [[
        "DTSTART:20261207T080000Z", "DTEND:20261207T083000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("marta.sanchis.ing@gmail.com", "Marta Sanchis"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Café virtual con Marta (ingeniera en Levante Renovables)",
        "DESCRIPTION:" + esc("Te cuento cómo es trabajar en renovables en Valencia. Es una charla informal "
                             "entre colegas, no tiene nada que ver con tu candidatura.\n"
                             + meet("msa-caf-vlc", "es"))]]),
        False, trap="coffee_chat")

    u = "es-referencias-javier-33"
    add("es-referencias", "es", u, doc("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Romance Standard Time", "20261214T160000"),
        tdt("DTEND", "Romance Standard Time", "20261214T162000"),
        "SUMMARY:Llamada de referencias – Javier Roig", org("seleccion@ingenia-hidraulica.es", "Selección Ingenia"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Javier Roig le ha indicado como referencia profesional (trabajaron juntos en un "
                             "intercambio técnico). Le llamaremos unos 15 minutos para preguntarle por él.")]],
        tzs=("Romance Standard Time",)), False, trap="reference_call")

    u = "es-webinar-entrevista-34"
    add("es-webinar", "es", u, doc("-//zoom.us//iCalendar Event//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261210T160000Z", "DTEND:20261210T170000Z",
        "SUMMARY:Webinar: Cómo superar la entrevista técnica en el sector renovable",
        org("formacion@aprenergia.es", "AprEnergía Formación"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Gracias por inscribirte. Responsables de selección comparten las preguntas más "
                             "habituales.\n" + zoom("https://zoom.us/w/98812233445", "988 1223 3445", "web", "es"))]]),
        False, trap="webinar")

    u = "en-port-fund-panel-35"
    add("en-phone-panel", "en", u, doc("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "W. Europe Standard Time", "20261216T110000"),
        tdt("DTEND", "W. Europe Standard Time", "20261216T120000"),
        "SUMMARY:Panel interview (phone) - Investment Engineer - Elbe Transition Infrastructure Fund",
        org("office@elbe-transition.com", "Office Elbe Transition"), att("h.voss@elbe-transition.com", "Voss, Henrik"),
        att("a.oyelaran@elbe-transition.com", "Oyelaran, Ade"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Dear Mr Becker,\nHenrik Voss (Partner) and Ade Oyelaran (Investment Director) "
                             "will call you for a panel interview. We'll dial +49 171 5538209.\nKind regards, "
                             "Office Elbe Transition Infrastructure Fund\n" + teams("en"))]],
        tzs=("W. Europe Standard Time",)),
        True, "Elbe Transition Infrastructure Fund", "Investment Engineer", "",
        ("h.voss@elbe-transition.com", "a.oyelaran@elbe-transition.com"))
