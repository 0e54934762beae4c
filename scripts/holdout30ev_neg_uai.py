"""Holdout30 negatives: Ethan Walsh as interviewer at Shannon Mutual Insurance, in every form."""

from __future__ import annotations

from holdout30ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    Case,
    att,
    calendar,
    org,
    teams,
    vevent,
    zoom,
)

ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
MEW = att(ME_WORK, "Walsh, Ethan")
T = "user_as_interviewer"


def cases() -> list[Case]:
    """Given nothing returns the user-as-interviewer negative cases."""
    out: list[Case] = []

    def add(kind: str, lang: str, uid: str, text: str) -> None:
        out.append(Case(kind, lang, uid, False, text, trap=T))

    u = "040000008200E00074C5B7101A82E00800000000h30uai01"
    add("uai-grad-interview", "en", u, calendar(EXCHANGE, [vevent(
        u, "Interview - Graduate Claims Handler - candidate: Saoirse Nagle", "20261203T100000", "20261203T104500",
        "GMT Standard Time",
        "Panel: Ethan Walsh, Deirdre Cullen (HR). CV and competency form attached in the requisition. Please "
        "submit scores in Workday by end of day.", "Shannon Mutual - Limerick 2.04",
        [org("deirdre.cullen@shannon-mutual.ie", "Cullen, Deirdre"), MEW,
         att("room204@shannon-mutual.ie", "Limerick 2.04", ROOM)])], ("GMT Standard Time",)))

    u = "h30-uai-workday-assign"
    add("uai-workday-interviewer-assignment", "en", u, calendar(OUTLOOK, [vevent(
        u, "Interviewer Assignment: JR-4471 Graduate Claims Handler - Cian Hegarty", "20261204T140000",
        "20261204T143000", "GMT Standard Time",
        "You have been assigned as an interviewer.\nCandidate: Cian Hegarty\nJob Requisition: JR-4471 Graduate "
        "Claims Handler (Limerick)\nPlease review the candidate profile and complete the interview feedback task.\n"
        "Shannon Mutual Insurance Talent Acquisition", None,
        [org("shannonmutual@myworkday.com", "Shannon Mutual Workday"), MEW])], ("GMT Standard Time",)))

    u = "h30-uai-case-exercise"
    add("uai-case-exercise", "en", u, calendar(OUTLOOK, [vevent(
        u, "Case exercise with applicant (motor claim file) - Ethan to run", "20261207T110000", "20261207T120000",
        "GMT Standard Time",
        "Ethan - please run the motor claim case exercise with the applicant for the claims handler vacancy and "
        "note how she prioritises the file. Marking sheet in the Teams channel. Thanks, Gillian", None,
        [org("gillian.shea@shannon-mutual.ie", "Shea, Gillian"), MEW,
         att("applicant.0412@outlook.com", "Róisín Power")])], ("GMT Standard Time",)))

    u = "h30-uai-panel-3"
    add("uai-selection-panel", "en", u, calendar(EXCHANGE, [vevent(
        u, "Selection panel - Claims Team Leader (internal competition)", "20261208T093000", "20261208T130000",
        "GMT Standard Time",
        "Four candidates, 45 min each. Panel: Michael Grogan (chair), Ethan Walsh, Aisling Reidy. Interview guide "
        "and score sheets in the HR folder.", "Boardroom, Shannon Mutual HQ",
        [org("michael.grogan@shannon-mutual.ie", "Grogan, Michael"), MEW,
         att("aisling.reidy@shannon-mutual.ie", "Reidy, Aisling"),
         att("boardroom@shannon-mutual.ie", "Boardroom HQ", ROOM)])], ("GMT Standard Time",)))

    u = "h30-uai-debrief"
    add("uai-debrief", "en", u, calendar(OUTLOOK, [vevent(
        u, "Debrief: grad claims handler interviews (Tues)", "20261209T160000", "20261209T163000",
        "GMT Standard Time", "Quick wash-up on Tuesday's candidates before HR sends offers.\n\n" +
        teams("301 228 990 417", "Db4qRr"), "Microsoft Teams Meeting",
        [org("deirdre.cullen@shannon-mutual.ie", "Cullen, Deirdre"), MEW,
         att("gillian.shea@shannon-mutual.ie", "Shea, Gillian")])], ("GMT Standard Time",)))

    u = "h30-uai-private-copy"
    add("uai-private-copy", "en", u, calendar(APPLE, [vevent(
        u, "interviewing grad candidate (work) - Limerick office", "20261210T100000", "20261210T110000",
        "Europe/Dublin", "copy of work invite so I don't book the dentist over it. I'm on the panel.", None,
        [org(ME_PRIVATE, "Ethan Walsh")])], ("Europe/Dublin",), method=None))

    u = "h30-uai-scorecard"
    add("uai-scorecard-block", "en", u, calendar(OUTLOOK, [vevent(
        u, "Complete scorecards - graduate intake interviews", "20261210T153000", "20261210T161500",
        "GMT Standard Time", "Blocking time to write up feedback on the three candidates I interviewed this morning.",
        None, [org(ME_WORK, "Walsh, Ethan")])], ("GMT Standard Time",), method=None))

    u = "h30-uai-candidate-gmail"
    add("uai-invites-candidate-free-mail", "en", u, calendar(OUTLOOK, [vevent(
        u, "Shannon Mutual interview - Claims Handler (Graduate Programme)", "20261211T113000", "20261211T121500",
        "GMT Standard Time",
        "Dear Patrick,\n\nThank you for applying to Shannon Mutual Insurance. I'm pleased to invite you to "
        "interview for our Graduate Claims Handler programme. I'll be joined by Aisling Reidy.\n\nKind regards,\n"
        "Ethan Walsh\nClaims Handler, Shannon Mutual Insurance\n\n" + teams("362 180 447 225", "Sm7Gp1"),
        "Microsoft Teams Meeting",
        [org(ME_WORK, "Walsh, Ethan"), att("paddy.oconnell99@gmail.com", "Patrick O'Connell"),
         att("aisling.reidy@shannon-mutual.ie", "Reidy, Aisling")])], ("GMT Standard Time",)))

    u = "h30-uai-calendly-host"
    add("uai-calendly-host", "en", u, calendar("-//Calendly//EN", [vevent(
        u, "Grad claims handler interview: Ethan Walsh and Maeve Colgan", "20261214T100000Z", "20261214T103000Z",
        None,
        "Event Name: Graduate Claims Handler - first interview (Shannon Mutual)\n\nInvitee: Maeve Colgan\n"
        "Invitee Email: maeve.colgan@mail.ul.ie\nQuestions: Which university? - University of Limerick\n\n"
        "Powered by Calendly.com", "Microsoft Teams",
        [org(ME_WORK, "Ethan Walsh"), att("maeve.colgan@mail.ul.ie", "Maeve Colgan")])]))

    u = "h30-uai-agency-candidate"
    add("uai-agency-sends-candidate", "en", u, calendar(OUTLOOK, [vevent(
        u, "Candidate interview: Darragh Moran for Claims Handler (temp-to-perm)", "20261215T140000",
        "20261215T144500", "GMT Standard Time",
        "Hi Ethan,\nas agreed, Darragh will attend your office for interview. His CV is attached; he's available "
        "immediately. Let me know your feedback after.\nBest\nLouise\nClareway Recruitment",
        "Shannon Mutual, Limerick", [org("louise@clareway.ie", "Louise Tierney"), MEW,
                                     att("darragh.moran@hotmail.com", "Darragh Moran")])], ("GMT Standard Time",)))

    u = "h30-uai-recurring-slot"
    add("uai-recurring-candidate-slot", "en", u, calendar(OUTLOOK, [
        vevent(u, "Graduate interviews - candidate slot (Ethan interviewing)", "20261216T090000", "20261216T100000",
               "GMT Standard Time", "Weekly slot during the graduate campaign; HR fills in the candidate name.",
               "Limerick 2.04", [org("deirdre.cullen@shannon-mutual.ie", "Cullen, Deirdre"), MEW],
               ["RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE"]),
        vevent(u, "Graduate interviews - candidate slot: Conor Bluett (Ethan interviewing)", "20261223T100000",
               "20261223T110000", "GMT Standard Time", "Moved an hour later - candidate travelling from Galway.",
               "Limerick 2.04", [org("deirdre.cullen@shannon-mutual.ie", "Cullen, Deirdre"), MEW],
               ["RECURRENCE-ID;TZID=GMT Standard Time:20261223T090000"], seq=1)], ("GMT Standard Time",)))

    u = "h30-uai-cancelled"
    add("uai-cancelled-candidate", "en", u, calendar(EXCHANGE, [vevent(
        u, "Canceled: Claims handler interview - A. Byrne (candidate withdrew)", "20261217T100000",
        "20261217T104500", "GMT Standard Time", "Candidate has accepted another offer; slot freed.", None,
        [org("deirdre.cullen@shannon-mutual.ie", "Cullen, Deirdre"), MEW], status="CANCELLED", seq=2)],
        ("GMT Standard Time",), method="CANCEL"))

    u = "h30-uai-shadow"
    add("uai-shadowing", "en", u, calendar(OUTLOOK, [vevent(
        u, "Shadow Gillian on a graduate interview (interviewer training)", "20261218T093000", "20261218T103000",
        "GMT Standard Time", "Sit in as second interviewer; you'll lead questions 4-6 on customer empathy.", None,
        [org("gillian.shea@shannon-mutual.ie", "Shea, Gillian"), MEW])], ("GMT Standard Time",)))

    u = "h30-uai-de-1"
    add("uai-de-bewerbergespraech", "de", u, calendar(OUTLOOK, [vevent(
        u, "Bewerbergespräch Sachbearbeiter Schaden – Kandidatin Frau Meier", "20261209T140000", "20261209T144500",
        "GMT Standard Time",
        "Ethan, du führst das Gespräch mit der Bewerberin aus unserer Frankfurter Ausschreibung (Deutsch-sprachige "
        "Schadenbearbeitung). Interview-Leitfaden im Anhang, bitte Bewertungsbogen ausfüllen.\n\n" +
        teams("377 201 556 903", "De2pTk"), "Microsoft Teams-Besprechung",
        [org("gillian.shea@shannon-mutual.ie", "Shea, Gillian"), MEW, att("j.meier@web.de", "Julia Meier")])],
        ("GMT Standard Time",)))

    u = "h30-uai-de-2"
    add("uai-de-auswahlrunde", "de", u, calendar(GOOGLE, [vevent(
        u, "Auswahlkommission: Interviews mit Bewerbern (Schadenteam DACH)", "20261215T130000Z", "20261215T160000Z",
        None, "Ethan sitzt als Interviewer in der Kommission; drei Kandidaten à 45 Minuten.", None,
        [org("hr-dach@shannon-mutual.ie", "HR DACH Shannon Mutual"), MEW])]))

    u = "h30-uai-fr-1"
    add("uai-fr-entretien-candidat", "fr", u, calendar(OUTLOOK, [vevent(
        u, "Entretien candidat – gestionnaire sinistres (bilingue FR) – M. Lambert", "20261211T150000",
        "20261211T154500", "GMT Standard Time",
        "Ethan, tu mènes l'entretien avec le candidat pour le poste de gestionnaire sinistres bilingue. Grille "
        "d'évaluation jointe ; merci de la remplir après l'entretien.", "Salle 1.12",
        [org("deirdre.cullen@shannon-mutual.ie", "Cullen, Deirdre"), MEW,
         att("remi.lambert@laposte.net", "Rémi Lambert")])], ("GMT Standard Time",)))

    u = "h30-uai-fr-2"
    add("uai-fr-mise-en-situation", "fr", u, calendar(APPLE, [vevent(
        u, "Mise en situation des candidats (je fais passer l'exercice)", "20261216T140000", "20261216T160000",
        "Europe/Dublin", "Boulot : faire passer l'étude de cas sinistre aux deux candidats retenus.", None,
        [org(ME_PRIVATE, "Ethan Walsh")])], ("Europe/Dublin",), method=None))

    u = "h30-uai-es-1"
    add("uai-es-entrevista-candidato", "es", u, calendar(OUTLOOK, [vevent(
        u, "Entrevista a candidata – tramitadora de siniestros (mercado español)", "20261214T120000",
        "20261214T124500", "GMT Standard Time",
        "Hola Ethan, tú haces la entrevista a la candidata para la vacante de tramitación en español. Adjunto su CV "
        "y la plantilla de evaluación.\n\n" + zoom("81290035566", "smi26"), "Zoom",
        [org("gillian.shea@shannon-mutual.ie", "Shea, Gillian"), MEW,
         att("laura.jimenez.r@yahoo.es", "Laura Jiménez")])], ("GMT Standard Time",)))

    u = "h30-uai-es-2"
    add("uai-es-calibracion", "es", u, calendar(OUTLOOK, [vevent(
        u, "Calibración de entrevistadores – campaña de graduados", "20261221T100000", "20261221T110000",
        "GMT Standard Time", "Revisamos las puntuaciones que dimos a los candidatos para unificar criterios.",
        None, [org("hr@shannon-mutual.ie", "HR Shannon Mutual"), MEW,
               att("aisling.reidy@shannon-mutual.ie", "Reidy, Aisling")])], ("GMT Standard Time",)))
    return out
