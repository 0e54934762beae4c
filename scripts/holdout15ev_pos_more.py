"""holdout15: a few more of Sofia's own interviews (ES founder on free mail, FR scheduler, EN Webex and Personio)."""

from __future__ import annotations

from holdout15ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME_PRIV,
    OUTLOOK,
    ROMANCE,
    WEU,
    Ev,
    Item,
    att,
    meet,
    olson,
    org,
    outlook_tz,
    pos,
    teams,
    webex,
)

PERSONIO = "-//Personio GmbH//Personio Calendar//EN"


def items() -> list[Item]:
    """Given nothing returns the remaining positive events of holdout15."""
    r: list[Item] = []
    r.append(pos("founder-hotmail-es", "es", "Segurini", "", "hiring_manager", ("nacho.segurini@hotmail.com",),
                 GOOGLE,
                 Ev("h15-segurini-108@google.com", "Charla Segurini – Nacho (fundador) / Sofia – puesto de operaciones",
                    "20261202T190000", "20261202T194500", tz="Europe/Madrid",
                    organizer=org("nacho.segurini@hotmail.com", "Ignacio Blasco"),
                    attendees=(att("nacho.segurini@hotmail.com", "Ignacio Blasco", ps="ACCEPTED"), att(ME_PRIV)),
                    description="Hola Sofia! Como te dije, estoy montando Segurini (seguros de hogar por "
                    "suscripción) y busco a alguien que lleve operaciones y atención. Es una entrevista, pero "
                    "tranquila.\n\n" + meet("es", "mwq-bdkt-uez")), tzs=(olson("Europe/Madrid"),)))
    r.append(pos("goodtime-fr", "fr", "Quintane Assurances Pro", "Responsable Qualité Opérations", "onsite",
                 ("m.henry@qap.fr", "s.aubert@qap.fr"), GOOGLE,
                 Ev("gt-h15-109@goodtime.io", "Quintane Assurances Pro – Entretiens sur site (Responsable Qualité "
                    "Opérations)", "20261215T100000", "20261215T123000", tz="Z",
                    organizer=org("scheduling@goodtime.io", "Planification des entretiens QAP"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"), att("m.henry@qap.fr", "Mathieu Henry"),
                               att("s.aubert@qap.fr", "Sophie Aubert"),
                               att("salle-seine@qap.fr", "Salle Seine", cutype="ROOM", role="NON-PARTICIPANT")),
                    location="Salle Seine, 18 rue de Navarin, Paris 9e",
                    description="Bonjour Sofia,\nVotre demi-journée d'entretiens : 11h Mathieu Henry (Directeur des "
                    "opérations), 12h Sophie Aubert (Responsable conformité).\nInvitation envoyée par GoodTime pour "
                    "le compte de QAP."), method="REQUEST"))
    r.append(pos("webex-en-screen", "en", "Caspian Re", "Client Service Director", "recruiter_screen",
                 ("l.petrov@caspianre.com",), EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000P1h15", "Caspian Re: screening interview - Client Service "
                    "Director (Milan)", "20261130T140000", "20261130T143000", tz=WEU,
                    organizer=org("l.petrov@caspianre.com", "Petrov, Lidia"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Dear Sofia,\nthank you for your application. I'd like to run a first screening "
                    "interview with you.\nLidia Petrov, Talent Acquisition\n\n" + webex("en", "27011938456")),
                 tzs=(outlook_tz(WEU),)))
    r.append(pos("personio-en-tech", "en", "Finlo", "Customer Operations Lead", "technical",
                 ("ana.martins@finlo.eu", "dev.shah@finlo.eu"), PERSONIO,
                 Ev("personio-h15-111", "Finlo | Second interview - Customer Operations Lead", "20261204T150000",
                    "20261204T160000", tz="Europe/Berlin", organizer=org("jobs@finlo.eu", "Finlo Hiring"),
                    attendees=(att("ana.martins@finlo.eu", "Ana Martins"), att("dev.shah@finlo.eu", "Dev Shah"),
                               att(ME_PRIV, "Sofia Esposito")),
                    description="Second interview: a practical exercise on support-queue triage with Ana Martins "
                    "(Head of CX) and Dev Shah (Support Engineering).\n\n" + meet("en", "ukp-zrme-wqa")),
                 tzs=(olson("Europe/Berlin"),)))
    r.append(pos("final-committee-es", "es", "Albora Digital Pagos", "Responsable de Fraude", "final",
                 ("r.vila@adpagos.es", "c.losada@adpagos.es"), OUTLOOK,
                 Ev("h15-adp-112@adpagos.es", "Fase final ADP – Responsable de Fraude: presentación al comité",
                    "20261217T100000", "20261217T113000", tz=ROMANCE,
                    organizer=org("r.vila@adpagos.es", "Vila, Ramón"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"), att("c.losada@adpagos.es", "Losada, Cristina"),
                               att("proyector-2@adpagos.es", "Proyector planta 2", cutype="RESOURCE",
                                   role="NON-PARTICIPANT")),
                    location="Oficinas ADP, Calle Serrano 41, Madrid",
                    description="Sofia, en la fase final presentarás tu plan de 90 días al comité (Ramón Vila, "
                    "director general, y Cristina Losada, directora de riesgos).\n\n" + teams("es", "410239817")),
                 tzs=(outlook_tz(ROMANCE),)))
    r.append(pos("de-teams-hr-screen", "de", "Wiener Zahlungsdienste", "Prozessmanagerin Zahlungsverkehr",
                 "recruiter_screen", ("e.hammer@wzd.at",), OUTLOOK,
                 Ev("h15-wzd-113", "WZD | Telefonisches Erstgespräch Prozessmanagerin Zahlungsverkehr",
                    "20261127T100000", "20261127T103000", tz=WEU, organizer=org("e.hammer@wzd.at", "Hammer, Eva"),
                    attendees=(att(ME_PRIV, "Sofia Esposito"),),
                    description="Sehr geehrte Frau Esposito,\nich freue mich auf unser Erstgespräch zur Stelle "
                    "Prozessmanagerin Zahlungsverkehr bei den Wiener Zahlungsdiensten.\nEva Hammer, HR\n\n"
                    + teams("de", "229018374")), tzs=(outlook_tz(WEU),)))
    return r
