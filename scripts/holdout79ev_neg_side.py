"""holdout79 negatives: the user on the hiring side at the hospital pharmacy (written blind; CC0 1.0).

Every trap here contains `user-as-interviewer`.
"""

from __future__ import annotations

from holdout79ev_boiler import teams
from holdout79ev_ics import ROMANCE, WORK, alarm, cal, esc, ev, html, label, outlook_x

EXCH = "Microsoft Exchange Server 2010"
HR = "recrutement@chu-brugmann-pharma.be"


def _oid(n: int) -> str:
    return ("040000008200E00074C5B7101A82E00800000000" + f"{n:08X}" + "5AB0DC01000000000000000010000000"
            + f"{n * 7919:032X}")


def _neg(kind: str, ics: str, uid: str, trap: str) -> dict[str, object]:
    return label(kind, ics, uid, 0, trap=trap, side=True)


def _outlook(n: int, summary: str, body: str, start: str, end: str, org: str, atts: list[str], loc: str,
             lang: str = "fr-BE") -> tuple[str, str]:
    uid = _oid(n)
    e = ev(
        org, *atts, f"DESCRIPTION;LANGUAGE={lang}:{esc(body)}", f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{summary}",
        f"DTSTART;TZID={ROMANCE}:{start}", f"DTEND;TZID={ROMANCE}:{end}", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20260301T080000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        f"LOCATION;LANGUAGE={lang}:{esc(loc)}", *outlook_x("BUSY"), html(body), *alarm(15),
    )
    return cal(EXCH, e, tz=(ROMANCE,)), uid


def _att(cn: str, mail: str, role: str = "REQ-PARTICIPANT") -> str:
    quoted = f'"{cn}"' if "," in cn else cn
    return f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={quoted}:mailto:{mail}"


def s01() -> dict[str, object]:
    body = ("Bonjour Monsieur Bensaïd,\n\nSuite à votre candidature au poste de pharmacien assistant (CDD 12 mois, "
            "pharmacie clinique), je vous propose un entretien avec le Dr Lambert et moi-même.\n\nBien cordialement,"
            "\nAmélie Fontaine\nPharmacienne hospitalière – Pharmacie\n\n" + teams("fr", "120448873306", "Pm4Ys8"))
    ics, uid = _outlook(101, "Entretien candidat – Pharmacien assistant (M. Karim Bensaïd)", body,
                        "20260304T140000", "20260304T144500", f'ORGANIZER;CN="Fontaine, Amélie":mailto:{WORK}',
                        [_att("karim.bensaid94@gmail.com", "karim.bensaid94@gmail.com"),
                         _att("Lambert, Olivier", "olivier.lambert@chu-brugmann-pharma.be")],
                        "Réunion Microsoft Teams")
    return _neg("outlook-candidate-gmail-fr", ics, uid, "user-as-interviewer-organizer-fr")


def s02() -> dict[str, object]:
    body = ("Madame, Monsieur les membres du jury,\n\nVeuillez trouver ci-dessous le planning des entretiens de "
            "sélection pour le poste de pharmacien hospitalier (réf. 2026-PH-07, temps plein, CDI) :\n\n"
            "09:00 – Mme Charlotte Dumont\n09:45 – M. Antoine Verhulst\n10:30 – Mme Nour Haddad\n\n"
            "Composition du jury : Pr Delcourt (président), Dr Fontaine, Mme Leroy (DRH).\nLes CV et la grille "
            "d'évaluation sont disponibles dans le dossier partagé.\n\nService Recrutement")
    ics, uid = _outlook(102, "Jury de sélection – Pharmacien hospitalier (réf. 2026-PH-07)", body,
                        "20260317T090000", "20260317T113000", f"ORGANIZER;CN=Service Recrutement:mailto:{HR}",
                        [_att("Fontaine, Amélie", WORK), _att("Delcourt, Philippe",
                                                              "philippe.delcourt@chu-brugmann-pharma.be"),
                         _att("Leroy, Valérie", "valerie.leroy@chu-brugmann-pharma.be")],
                        "Salle du conseil – bâtiment administratif")
    return _neg("outlook-jury-fr", ics, uid, "user-as-interviewer-jury-fr")


def s03() -> dict[str, object]:
    uid = _oid(103)
    e = ev(
        f"DESCRIPTION;LANGUAGE=fr-BE:{esc('Compléter la grille pour les 3 candidats APT vus mardi et renvoyer à RH.')}",
        f"UID:{uid}", "SUMMARY;LANGUAGE=fr-BE:Grille d'évaluation à compléter – candidats APT",
        f"DTSTART;TZID={ROMANCE}:20260312T160000", f"DTEND;TZID={ROMANCE}:20260312T163000", "CLASS:PRIVATE",
        "PRIORITY:5", "DTSTAMP:20260310T171200Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        *outlook_x("BUSY"),
    )
    return _neg("outlook-task-fr", cal(EXCH, e, method="PUBLISH", tz=(ROMANCE,)), uid,
                "user-as-interviewer-scorecard-fr")


def s04() -> dict[str, object]:
    body = ("Débriefing des entretiens de cette semaine (assistants en pharmacie) : classement et proposition à la "
            "direction. Merci d'apporter vos grilles.\n\nPhilippe")
    ics, uid = _outlook(104, "Débriefing candidats assistants pharmacie", body, "20260320T080000",
                        "20260320T083000", 'ORGANIZER;CN="Delcourt, Philippe":mailto:'
                        "philippe.delcourt@chu-brugmann-pharma.be",
                        [_att("Fontaine, Amélie", WORK), _att("Lambert, Olivier",
                                                              "olivier.lambert@chu-brugmann-pharma.be")],
                        "Bureau chef de service")
    return _neg("outlook-debrief-fr", ics, uid, "user-as-interviewer-debrief-fr")


def s05() -> dict[str, object]:
    uid = "e8a3c1f6-47d2-4b90-9a15-3c6e0f2d8b71"
    body = ("Événement : Entretien de stage – pharmacie hospitalière (5e master)\n\nNom de l'invité : Lucas Peeters\n"
            "E-mail de l'invité : lucas.peeters@student.uclv.be\n\nQuestions :\nUniversité : UCLV – Master en "
            "sciences pharmaceutiques\nPériode de stage souhaitée : septembre-décembre 2026\n\nAnnuler : "
            "https://calendly.com/cancellations/e8a3c1f6")
    e = ev(
        "DTSTART:20260309T120000Z", "DTEND:20260309T122000Z", "DTSTAMP:20260302T211500Z",
        f"ORGANIZER;CN=Amélie Fontaine:mailto:{WORK}", f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amélie Fontaine:mailto:{WORK}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucas Peeters:mailto:"
        "lucas.peeters@student.uclv.be",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Pharmacie – bureau 2.14", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entretien de stage – pharmacie hospitalière entre Amélie Fontaine et Lucas Peeters",
        "TRANSP:OPAQUE",
    )
    return _neg("calendly-host-fr", cal("-//Calendly//Calendly//EN", e), uid, "user-as-interviewer-calendly-host-fr")


def s06() -> dict[str, object]:
    uid = "MPI-PRES-2026-0311-0442@medipool-interim.be"
    body = ("Bonjour Madame Fontaine,\n\nSuite à votre demande pour le remplacement d'un congé de maternité, nous "
            "avons le plaisir de vous présenter notre candidate, Mme Yasmina El Idrissi, assistante "
            "pharmaceutico-technique (4 ans d'expérience en officine et 2 ans en milieu hospitalier). Son CV est "
            "joint à l'e-mail.\n\nElle se présentera à la pharmacie pour un entretien avec vous.\n\n"
            "Cordialement,\nJessica Van Campenhout\nMedipool Interim – Santé")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260306T093000Z", "DTSTART;TZID=Europe/Brussels:20260311T103000",
        "DTEND;TZID=Europe/Brussels:20260311T111500",
        "SUMMARY:Présentation candidate APT – Mme El Idrissi (Medipool)", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Pharmacie – accueil", "ORGANIZER;CN=Jessica Van Campenhout:mailto:j.vancampenhout@medipool-"
        "interim.be",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{WORK}", "ATTENDEE;CN=Yasmina El Idrissi:mailto:"
        "yasmina.elidrissi@hotmail.com",
    )
    return _neg("agency-candidate-fr", cal("-//Medipool//Planning//FR", e, tz=("Europe/Brussels",)), uid,
                "user-as-interviewer-agency-candidate-fr")


def s07() -> dict[str, object]:
    uid = "5C9E1A3F-2B4D-46E8-9F0A-1B3C5D7E9F02"
    e = ev(
        "CREATED:20260313T080100Z", "DTEND;TZID=Europe/Brussels:20260316T150000", "DTSTAMP:20260313T080112Z",
        "DTSTART;TZID=Europe/Brussels:20260316T143000", "LAST-MODIFIED:20260313T080112Z", "SEQUENCE:0",
        "SUMMARY:entretien Inès (stagiaire 5e master) 14h30", "DESCRIPTION:lui demander ses dispos + projet TFE",
        f"UID:{uid}", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
    )
    return _neg("apple-note-fr", cal("-//Apple Inc.//iPhone OS 17.3.1//EN", e, method=None, calscale=True,
                                     tz=("apple:Europe/Brussels",)), uid, "user-as-interviewer-hand-typed-fr")


def s08() -> dict[str, object]:
    body = ("Dans le cadre de ta formation de membre de jury, tu assistes en observatrice aux deux entretiens de "
            "recrutement d'APT que je mène jeudi. Tu pourras ensuite mener le suivant avec moi.\n\nOlivier")
    ics, uid = _outlook(108, "Observation entretiens de recrutement APT (binôme avec Olivier)", body,
                        "20260402T090000", "20260402T103000", 'ORGANIZER;CN="Lambert, Olivier":mailto:'
                        "olivier.lambert@chu-brugmann-pharma.be", [_att("Fontaine, Amélie", WORK)],
                        "Bureau 2.10")
    return _neg("outlook-shadowing-fr", ics, uid, "user-as-interviewer-shadowing-fr")


def s09() -> dict[str, object]:
    uid = _oid(109)
    body = ("Créneau hebdomadaire réservé aux entretiens des candidats stagiaires (master en sciences "
            "pharmaceutiques) pour la rentrée de septembre. Les étudiants s'inscrivent via le secrétariat.")
    moved = ("Déplacé exceptionnellement au mercredi (comité médico-pharmaceutique le mardi). Entretiens : "
             "Julie Renard et Maxime Colson.")
    base = [
        f'ORGANIZER;CN="Fontaine, Amélie":mailto:{WORK}',
        _att("Secrétariat Pharmacie", "secretariat.pharmacie@chu-brugmann-pharma.be", "OPT-PARTICIPANT"),
    ]
    master = ev(*base, f"DESCRIPTION;LANGUAGE=fr-BE:{esc(body)}", "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=TU", f"UID:{uid}",
                "SUMMARY;LANGUAGE=fr-BE:Créneau entretiens candidats stage – pharmacie",
                f"DTSTART;TZID={ROMANCE}:20260414T133000", f"DTEND;TZID={ROMANCE}:20260414T150000",
                "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260408T101000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
                "SEQUENCE:0", "LOCATION;LANGUAGE=fr-BE:Bureau 2.14", *outlook_x("BUSY"))
    override = ev(*base, f"DESCRIPTION;LANGUAGE=fr-BE:{esc(moved)}", f"RECURRENCE-ID;TZID={ROMANCE}:20260428T133000",
                  f"UID:{uid}", "SUMMARY;LANGUAGE=fr-BE:Créneau entretiens candidats stage – pharmacie",
                  f"DTSTART;TZID={ROMANCE}:20260429T100000", f"DTEND;TZID={ROMANCE}:20260429T113000",
                  "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260422T091500Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
                  "SEQUENCE:1", "LOCATION;LANGUAGE=fr-BE:Bureau 2.14", *outlook_x("BUSY", seq=1))
    return _neg("recurring-slot-fr", cal(EXCH, master, override, tz=(ROMANCE,)), uid,
                "user-as-interviewer-recurring-override-fr")


def s10() -> dict[str, object]:
    body = ("Beste collega's,\n\nSollicitatiegesprek met de kandidaat voor de plaats van ziekenhuisapotheker in "
            "opleiding (ZAIO), Pieter Claes (KU-opleiding, stage in AZ). Jury: dr. Fontaine en apr. De Wilde.\n"
            "Het gesprek verloopt in het Nederlands.\n\nMet vriendelijke groeten,\nDienst Rekrutering")
    ics, uid = _outlook(110, "Sollicitatiegesprek kandidaat ZAIO – Pieter Claes", body, "20260324T110000",
                        "20260324T114500", f"ORGANIZER;CN=Dienst Rekrutering:mailto:{HR}",
                        [_att("Fontaine, Amélie", WORK),
                         _att("De Wilde, Sofie", "sofie.dewilde@chu-brugmann-pharma.be"),
                         _att("pieter.claes@outlook.be", "pieter.claes@outlook.be")],
                        "Apotheek – vergaderzaal", lang="nl-BE")
    return _neg("outlook-candidate-nl", ics, uid, "user-as-interviewer-jury-nl")


def s11() -> dict[str, object]:
    body = ("Hi all,\n\nAhead of next week's interviews for the Clinical Pharmacist (Oncology) vacancy, please review "
            "the interview kit: competency questions, scoring rubric (1-4) and the case vignette on oral "
            "chemotherapy. Each panel member scores independently before the debrief.\n\nThanks,\nValérie Leroy\nHR")
    ics, uid = _outlook(111, "Interview kit review – Clinical Pharmacist (Oncology) panel", body, "20260406T120000",
                        "20260406T123000", 'ORGANIZER;CN="Leroy, Valérie":mailto:valerie.leroy@chu-brugmann-pharma.be',
                        [_att("Fontaine, Amélie", WORK), _att("Delcourt, Philippe",
                                                              "philippe.delcourt@chu-brugmann-pharma.be")],
                        "Microsoft Teams", lang="en-US")
    return _neg("outlook-kit-en", ics, uid, "user-as-interviewer-kit-en")


def s12() -> dict[str, object]:
    uid = "1r3t5y7u9i1o3p5a7s9d1f3g5h@google.com"
    body = ("Bonjour Madame Fontaine,\n\nComme convenu par téléphone, je vous envoie l'invitation pour notre entretien "
            "concernant le poste de pharmacien assistant dans votre service. Je me présenterai à l'accueil de la "
            "pharmacie.\n\nBien à vous,\nThéo Marchand")
    e = ev(
        "DTSTART;TZID=Europe/Brussels:20260319T100000", "DTEND;TZID=Europe/Brussels:20260319T104500",
        "DTSTAMP:20260313T184022Z", "ORGANIZER;CN=Théo Marchand:mailto:theo.marchand.pharma@gmail.com", f"UID:{uid}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Théo Marchand;"
        "X-NUM-GUESTS=0:mailto:theo.marchand.pharma@gmail.com",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={WORK};"
        f"X-NUM-GUESTS=0:mailto:{WORK}",
        "CREATED:20260313T184020Z", f"DESCRIPTION:{esc(body)}", "LAST-MODIFIED:20260313T184022Z",
        "LOCATION:Pharmacie hospitalière – accueil", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entretien – poste de pharmacien assistant", "TRANSP:OPAQUE",
    )
    return _neg("google-candidate-organizer-fr", cal("-//Google Inc//Google Calendar 70.9054//EN", e,
                                                    tz=("Europe/Brussels",), calscale=True), uid,
                "user-as-interviewer-candidate-sends-invite-fr")


def s13() -> dict[str, object]:
    uid = "7E3A9C1B-5D2F-4A6E-8B0C-9D1E3F5A7B24"
    e = ev(
        "CREATED:20260312T171500Z", "DTSTART;VALUE=DATE:20260313", "DTEND;VALUE=DATE:20260314",
        "DTSTAMP:20260312T171501Z", "LAST-MODIFIED:20260312T171501Z", "SEQUENCE:0",
        "SUMMARY:Envoyer fiches d'évaluation RH (entretiens du 12/03)", f"UID:{uid}", "TRANSP:TRANSPARENT",
    )
    return _neg("apple-allday-task-fr", cal("-//Apple Inc.//macOS 14.3.1//EN", e, method=None, calscale=True), uid,
                "user-as-interviewer-evaluation-forms-fr")


def s14() -> dict[str, object]:
    body = ("Chers collègues,\n\nLes entretiens de sélection des candidats au master de spécialisation en pharmacie "
            "hospitalière auront lieu le 5 mai. Chaque candidat dispose de 20 minutes (présentation de son projet "
            "et questions du jury). Jury : Pr Delcourt, Dr Fontaine, Pr Hermans (faculté).\n\nSecrétariat du master")
    e = ev(
        "UID:master-sel-2026-0505@pharma.uclv.be", "DTSTAMP:20260410T090000Z",
        "DTSTART;TZID=Europe/Brussels:20260505T083000", "DTEND;TZID=Europe/Brussels:20260505T123000",
        "SUMMARY:Entretiens de sélection – Master de spécialisation en pharmacie hospitalière",
        f"DESCRIPTION:{esc(body)}", "LOCATION:Campus UCLV – auditoire P.2",
        "ORGANIZER;CN=Secrétariat Master Pharmacie Hospitalière:mailto:master.ph@pharma.uclv.be",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{WORK}",
        "ATTENDEE;CN=Philippe Delcourt:mailto:philippe.delcourt@chu-brugmann-pharma.be",
    )
    return _neg("university-selection-fr", cal("-//UCLV//Agenda Facultaire//FR", e, tz=("Europe/Brussels",)),
                "master-sel-2026-0505@pharma.uclv.be", "user-as-interviewer-selection-committee-fr")


def s15() -> dict[str, object]:
    uid = "hsb-cand-20260408-0193@healthstaff.be"
    body = ("Dear Dr Fontaine,\n\nFurther to our call, please find attached the profile of Joana Ferreira, Senior "
            "Pharmacy Technician (sterile compounding, 6 years, Lisbon and Antwerp). She is available for an "
            "interview with you at the pharmacy on the date below.\n\nKind regards,\nMichiel Aerts\nHealthStaff "
            "Belgium – Healthcare Recruitment")
    e = ev(
        f"UID:{uid}", "DTSTAMP:20260402T143000Z", "DTSTART:20260408T120000Z", "DTEND:20260408T124500Z",
        "SUMMARY:Candidate interview: Senior Pharmacy Technician – Joana Ferreira", f"DESCRIPTION:{esc(body)}",
        "LOCATION:Hospital pharmacy\\, reception", "ORGANIZER;CN=Michiel Aerts:mailto:michiel.aerts@healthstaff.be",
        f"ATTENDEE;CN=Amélie Fontaine;RSVP=TRUE:mailto:{WORK}",
        "ATTENDEE;CN=Joana Ferreira:mailto:joana.ferreira.pt@gmail.com",
    )
    return _neg("agency-candidate-en", cal("-//Bullhorn//Bullhorn Calendar//EN", e), uid,
                "user-as-interviewer-agency-candidate-en")


def events() -> list[dict[str, object]]:
    return [s01(), s02(), s03(), s04(), s05(), s06(), s07(), s08(), s09(), s10(), s11(), s12(), s13(), s14(), s15()]

