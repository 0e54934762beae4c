"""holdout15: Sofia on the interviewer's side at Banca del Lario (tellers, advisers, interns, panels, shadow days)."""

from __future__ import annotations

from holdout15ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIV,
    ME_WORK,
    OUTLOOK,
    UTC1,
    WEU,
    Ev,
    Item,
    att,
    neg,
    olson,
    org,
    outlook_tz,
    teams,
)

BL = "banca-lario.it"
SF = "-//SAP SuccessFactors//Interview Scheduling//IT"


def items() -> list[Item]:
    """Given nothing returns the user-as-interviewer negatives of holdout15."""
    r: list[Item] = []
    r.append(neg("side-teller", "en", EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000S1h15", "Interview: Luca Marino - Teller (Como branch)",
                    "20261124T090000", "20261124T094500", tz=WEU,
                    organizer=org(f"selezione@{BL}", "Selezione Banca del Lario"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"), att("luca.marino98@gmail.com", "Luca Marino")),
                    location="Filiale Como Centro - ufficio direttore",
                    description="Candidate: Luca Marino\nPosition: Teller (Operatore di sportello), Como Centro\n"
                    "Interviewer: Sofia Esposito, Branch Manager\nPlease fill in the interview scorecard in "
                    "SuccessFactors within 24h."), tzs=(outlook_tz(WEU),)))
    r.append(neg("side-sf-adviser", "en", SF,
                 Ev("SF-INT-5520017-h15", "Interview scheduled: Financial Adviser (Lecco) - candidate Chiara Villa",
                    "20261125T143000", "20261125T153000", tz=WEU,
                    organizer=org("noreply@successfactors.eu", "Banca del Lario Recruiting"),
                    attendees=(att(ME_WORK, "Sofia Esposito"), att(f"m.ferri@{BL}", "Matteo Ferri"),
                               att("chiara.villa@outlook.it", "Chiara Villa")),
                    description="Dear interviewer,\nyou have been assigned as interviewer for the candidate Chiara "
                    "Villa (Financial Adviser, Lecco). Interview guide and scorecard: open the requisition in "
                    "SuccessFactors > My Interviews."), tzs=(outlook_tz(WEU),)))
    r.append(neg("side-panel-regional", "de", OUTLOOK,
                 Ev("h15-side-panel-58", "Auswahlkommission Region Lombardei Nord – Bewerbergespräche Filialleitung",
                    "20261202T090000", "20261202T170000", tz=UTC1,
                    organizer=org(f"hr.region-nord@{BL}", "HR Region Nord"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"), att(f"r.gatti@{BL}", "Gatti, Roberto"),
                               att(f"k.huber@{BL}", "Huber, Karin"),
                               att(f"sala-lario@{BL}", "Sala Lario", cutype="ROOM", role="NON-PARTICIPANT")),
                    location="Sala Lario, Direzione Regionale",
                    description="Liebe Kommissionsmitglieder,\nam 2.12. führen wir die Gespräche mit den sechs "
                    "Kandidatinnen und Kandidaten für die stellvertretende Filialleitung. Bewertungsbögen liegen im "
                    "Raum aus. Bitte seid um 8:45 da.\nHR Region Nord"), tzs=(outlook_tz(UTC1),)))
    r.append(neg("side-shadow-day", "en", EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000S4h15",
                    "Shadow day - applicant Omar Benali at Como Centro",
                    "20261127", "20261128", tz="DATE", organizer=org(ME_WORK, "Esposito, Sofia"),
                    attendees=(att("omar.benali.01@hotmail.it", "Omar Benali"), att(f"p.riva@{BL}", "Riva, Paola")),
                    description="Omar (applicant for the teller traineeship) spends the day with us to see the "
                    "branch. Paola shows him the counter in the morning, I take him to the adviser meetings in "
                    "the afternoon. Feedback to HR by Monday."), method="REQUEST", tzs=()))
    r.append(neg("side-intern", "fr", GOOGLE,
                 Ev("h15-side-intern-fr-60@google.com", "Entretien stagiaire – Léa Fontaine (stage été agence)",
                    "20261130T110000", "20261130T113000", tz="Europe/Rome",
                    organizer=org(ME_WORK, "Sofia Esposito"),
                    attendees=(att(ME_WORK, "Sofia Esposito", ps="ACCEPTED"),
                               att("lea.fontaine@etu.univ-grenoble-alpes.fr", "Léa Fontaine")),
                    description="Bonjour Léa,\nje vous propose un entretien de 30 minutes pour le stage d'été dans "
                    "notre agence de Côme (Banca del Lario). Nous parlerons de vos études et de vos motivations.\n"
                    "Sofia Esposito, Directrice d'agence"), tzs=(olson("Europe/Rome"),)))
    r.append(neg("side-debrief", "en", OUTLOOK,
                 Ev("h15-side-debrief-61", "Debrief - teller candidates Como (Marino, Sala, De Luca)",
                    "20261126T170000", "20261126T173000", tz=WEU, organizer=org(f"selezione@{BL}", "Selezione"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"), att(f"m.ferri@{BL}", "Ferri, Matteo")),
                    description="Quick hiring decision on the three teller candidates. Bring your scorecards."),
                 tzs=(outlook_tz(WEU),)))
    r.append(neg("side-calendly-host", "es", GOOGLE,
                 Ev("cal-h15-side-62@calendly.com", "Javier Ortiz y Sofia Esposito", "20261203T123000",
                    "20261203T130000", tz="Z", organizer=org(ME_WORK, "Sofia Esposito"),
                    attendees=(att(ME_WORK, "Sofia Esposito", ps="ACCEPTED"),
                               att("javi.ortiz.garcia@yahoo.es", "Javier Ortiz", ps="ACCEPTED")),
                    description="Nombre del evento: Entrevista prácticas Banca del Lario (30 min)\nInvitado: "
                    "Javier Ortiz\nRespuestas: ¿Por qué quieres hacer prácticas en banca? - Me interesa la atención "
                    "al cliente.\n\nPowered by Calendly.com"), method="REQUEST"))
    r.append(neg("side-agency-candidate", "de", OUTLOOK,
                 Ev("h15-side-agency-63@kaderpersonal.ch", "Vorstellung Kandidat für Ihre Filiale – Herr Tobias "
                    "Meier (Kundenberater)", "20261204T100000", "20261204T110000", tz=WEU,
                    organizer=org("a.frick@kaderpersonal.ch", "Frick Andrea"),
                    attendees=(att(ME_WORK, "Esposito Sofia"), att("tobias.meier.ch@bluewin.ch", "Tobias Meier")),
                    description="Sehr geehrte Frau Esposito\nWie besprochen stellen wir Ihnen unseren Kandidaten "
                    "Tobias Meier für die Stelle Kundenberater in Ihrer Filiale Chiasso vor. Sie führen das Gespräch, "
                    "ich bin nicht dabei. Lebenslauf im Anhang.\nAndrea Frick, Kaderpersonal AG"),
                 tzs=(outlook_tz(WEU),)))
    r.append(neg("side-note", "en", APPLE,
                 Ev("9A8B7C6D-5E4F-4A3B-8C2D-H15000000064", "interviewing the 2 intern applicants (Bergamo uni)",
                    "20261201T150000", "20261201T163000", tz=""), method=None))
    r.append(neg("side-training", "en", EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000S6h15", "Interviewer training: structured interviews "
                    "& bias (mandatory for branch managers)", "20261209T140000", "20261209T160000", tz=WEU,
                    organizer=org(f"academy@{BL}", "Lario Academy"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"), att(f"branch-managers-nord@{BL}", "Branch Managers "
                               "Nord", cutype="GROUP")),
                    description="Module 3 of the selection curriculum: how to run a competency-based interview "
                    "with applicants, use the scorecard and avoid halo effects.\n\n" + teams("en", "502913384")),
                 tzs=(outlook_tz(WEU),)))
    r.append(neg("side-recurring-slot", "es", OUTLOOK,
                 Ev("h15-side-slot-66", "Franja semanal entrevistas candidatos (cajeros)", "20261123T090000",
                    "20261123T110000", tz=WEU, rrule="FREQ=WEEKLY;BYDAY=MO;COUNT=6",
                    organizer=org(ME_WORK, "Esposito, Sofia"),
                    description="Bloque reservado para entrevistar a candidatos a cajero que envía RRHH."),
                 Ev("h15-side-slot-66", "Franja semanal entrevistas candidatos (cajeros)", "20261208T140000",
                    "20261208T160000", tz=WEU, recurrence_id="20261207T090000", seq=1,
                    organizer=org(ME_WORK, "Esposito, Sofia"),
                    description="Movida a martes por el comité de crédito."),
                 method=None, tzs=(outlook_tz(WEU),)))
    r.append(neg("side-cancel-candidate", "en", EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000S7h15", "Cancelled: Interview with candidate Giorgia "
                    "Fontana (Adviser)", "20261205T100000", "20261205T104500", tz=WEU, status="CANCELLED", seq=1,
                    organizer=org(f"selezione@{BL}", "Selezione Banca del Lario"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"), att("giorgia.fontana@libero.it", "Giorgia Fontana")),
                    description="The candidate withdrew her application."), method="CANCEL",
                 tzs=(outlook_tz(WEU),)))
    r.append(neg("side-teams", "fr", OUTLOOK,
                 Ev("h15-side-fr-68@banca-lario.it", "Entretien candidat conseiller clientèle – M. Samuel Robert",
                    "20261210T110000", "20261210T114500", tz=WEU, organizer=org(ME_WORK, "Esposito Sofia"),
                    attendees=(att("samuel.robert@orange.fr", "Samuel Robert"), att(f"m.ferri@{BL}", "Ferri Matteo")),
                    description="Monsieur Robert,\nje vous confirme notre entretien pour le poste de conseiller "
                    "clientèle francophone à notre agence de Chiasso. Matteo Ferri (RH) sera présent.\n\n"
                    + teams("fr", "661203948")), tzs=(outlook_tz(WEU),)))
    r.append(neg("side-scorecard", "de", EXCHANGE,
                 Ev("040000008200E00074C5B7101A82E00800000000S9h15", "Erinnerung: Bewertungsbogen Bewerberin Frau "
                    "Kessler ausfüllen", "20261126T160000", "20261126T161500", tz=WEU,
                    organizer=org(f"hr.region-nord@{BL}", "HR Region Nord"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"),),
                    description="Bitte den Bewertungsbogen zum gestrigen Vorstellungsgespräch (Bewerberin Anna "
                    "Kessler, Kundenberaterin) bis heute Abend im System erfassen."), tzs=(outlook_tz(WEU),)))
    r.append(neg("side-trial-shift", "es", GOOGLE,
                 Ev("h15-side-trial-70@google.com",
                    "Jornada de prueba candidata Elena Ruiz (ventanilla) – yo superviso",
                    "20261211T083000", "20261211T133000", tz="Europe/Rome", organizer=org(ME_WORK, "Sofia Esposito"),
                    attendees=(att("elena.ruiz.m@gmail.com", "Elena Ruiz"), att(f"p.riva@{BL}", "Paola Riva")),
                    location="Banca del Lario, Filiale Como Centro",
                    description="Elena, candidata a cajera (hispanohablante para clientes de la zona), hace una "
                    "mañana de prueba en la sucursal. Paola la acompaña en caja, yo evalúo."),
                 tzs=(olson("Europe/Rome"),)))
    r.append(neg("side-hiring-committee", "en", OUTLOOK,
                 Ev("h15-side-hc-71", "Hiring committee - Area Manager shortlist (Sofia on panel)", "20261214T150000",
                    "20261214T163000", tz=WEU, organizer=org(f"r.gatti@{BL}", "Gatti, Roberto"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"), att(f"k.huber@{BL}", "Huber, Karin"),
                               att(f"l.sartori@{BL}", "Sartori, Luigi")),
                    description="We decide among the three external finalists for the Area Manager role. Candidate "
                    "packs in the shared folder; Sofia interviews finalist 2 beforehand."),
                 tzs=(outlook_tz(WEU),)))
    r.append(neg("side-private-address", "en", GOOGLE,
                 Ev("h15-side-priv-72@google.com", "Interview w/ Nadia Cattaneo - intern candidate (my branch)",
                    "20261212T100000", "20261212T103000", tz="Europe/Rome", organizer=org(ME_PRIV, "Sofia Esposito"),
                    attendees=(att(ME_PRIV, "Sofia Esposito", ps="ACCEPTED"),
                               att("nadia.cattaneo@studenti.unimib.it", "Nadia Cattaneo")),
                    description="Saturday call from home - Nadia applied for the spring internship at Banca del Lario, "
                    "Como branch. I'm interviewing her; send notes to Matteo (HR) after."),
                 tzs=(olson("Europe/Rome"),)))
    r.append(neg("side-group-assessment", "de", OUTLOOK,
                 Ev("h15-side-ac-73", "Assessment Center Trainees 2027 – Beobachterin Filialleitung",
                    "20261216", "20261217", tz="DATE", organizer=org(f"academy@{BL}", "Lario Academy"),
                    attendees=(att(ME_WORK, "Esposito, Sofia"), att(f"k.huber@{BL}", "Huber, Karin")),
                    description="Sie sind als Beobachterin im Assessment Center für die Trainee-Bewerber eingeteilt "
                    "(Gruppenübung, Rollenspiel Kundengespräch). Beobachtungsbögen erhalten Sie vor Ort."),
                 method="REQUEST"))
    r.append(neg("side-terse", "fr", APPLE,
                 Ev("1B2C3D4E-5F60-4718-893A-H15000000074", "entretiens candidats guichet 9h-12h (Chiasso)",
                    "20261217T090000", "20261217T120000", tz=""), method=None))
    r.append(neg("side-phone-screen", "en", GOOGLE,
                 Ev("h15-side-screen-75@google.com", "Phone screen: candidate for Junior Adviser - Marco Conti",
                    "20261202T083000", "20261202T090000", tz="Europe/Rome", organizer=org(ME_WORK, "Sofia Esposito"),
                    attendees=(att("marco.conti.93@tiscali.it", "Marco Conti"),),
                    description="I call Marco (+39 333 ...). Questions: availability, licence (OCF), why our bank."),
                 tzs=(olson("Europe/Rome"),)))
    return r
