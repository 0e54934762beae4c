"""holdout137: personal appointments and the terse school calendar (written blind). All negatives."""

from __future__ import annotations

from holdout137ev_ics import APPLE, FREE, GOOGLE, OUTLOOK, THUNDERBIRD, WORK, Ev, att, org, vcal


def _apple(uid: str, summary: str, start: str, end: str, loc: str = "", notes: str = "",
           extra: tuple[str, ...] = ()) -> list[str | tuple[str, str]]:
    ev: list[str | tuple[str, str]] = ["BEGIN:VEVENT", "CREATED:20260402T231100Z", f"UID:{uid}", start, end,
                                       "DTSTAMP:20260402T231100Z", ("SUMMARY", summary)]
    if loc:
        ev.append(("LOCATION", loc))
    if notes:
        ev.append(("DESCRIPTION", notes))
    ev.extend(extra)
    ev.extend(["SEQUENCE:0", "END:VEVENT"])
    return ev


def _ol(uid: str, summary: str, start: str, end: str, *, extra: tuple[str, ...] = (), loc: str = ""
        ) -> list[str | tuple[str, str]]:
    ev: list[str | tuple[str, str]] = [
        "BEGIN:VEVENT", org(WORK, "Gagnon, Mathieu"), ("SUMMARY;LANGUAGE=fr-CA", summary),
        f"DTSTART;TZID=Eastern Standard Time:{start}", f"DTEND;TZID=Eastern Standard Time:{end}",
        f"UID:{uid}", "DTSTAMP:20260401T120000Z", *extra]
    if loc:
        ev.append(("LOCATION;LANGUAGE=fr-CA", loc))
    ev.extend(["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT"])
    return ev


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, ics: str, uid: str, trap: str) -> None:
        out.append(Ev(kind, ics, uid, 0, trap=trap))

    uid = "4A5B6C7D-8E9F-4012-A345-B6C7D8E9F012"
    add("doctor-fr", vcal(_apple(uid, "Médecin – Dre Nguyen", "DTSTART;TZID=America/Montreal:20260417T081500",
                                 "DTEND;TZID=America/Montreal:20260417T084500", loc="GMF Maizerets, 2480 ch. de la "
                                 "Canardière", notes="Apporter carte RAMQ + liste des médicaments"),
                          prodid=APPLE, method=None, tzs=("montreal",)), uid, "personal-doctor-fr")

    uid = "saaq-rdv-2026-0419-778812@saaq.gouv.qc.ca"
    add("saaq-fr", vcal(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260403T101500Z", "DTSTART:20260419T133000Z",
                         "DTEND:20260419T140000Z", ("SUMMARY", "Rendez-vous SAAQ – Renouvellement du permis de "
                                                    "conduire (photo)"),
                         ("LOCATION", "Centre de services SAAQ, 1200 boul. Charest Ouest, Québec"),
                         ("DESCRIPTION", "Numéro de confirmation : 778812. Présentez-vous 10 minutes avant votre "
                          "rendez-vous avec votre permis actuel."), "END:VEVENT"],
                        prodid="-//SAAQ//Prise de rendez-vous//FR", method="PUBLISH"), uid, "personal-saaq-fr")

    uid = "1e4h7k0n3q6t9w2z5c8f1i4l7o@google.com"
    add("daycare-fr", vcal(["BEGIN:VEVENT", "DTSTART;TZID=America/Toronto:20260421T164500",
                            "DTEND;TZID=America/Toronto:20260421T171500", "DTSTAMP:20260414T190000Z",
                            org("direction@cpepetitsexplorateurs.ca", "CPE Les Petits Explorateurs"), f"UID:{uid}",
                            att(FREE, "Mathieu Gagnon"), att("genevieve.b.dupuis@videotron.ca", "Geneviève Dupuis"),
                            ("DESCRIPTION", "Rencontre avec l'éducatrice de Léa (groupe des Hiboux) : portrait "
                             "du développement et préparation à l'entrée à la maternelle."),
                            ("LOCATION", "CPE Les Petits Explorateurs"), "SEQUENCE:0", "STATUS:CONFIRMED",
                            ("SUMMARY", "Rencontre éducatrice – Léa (CPE)"), "END:VEVENT"],
                           prodid=GOOGLE, tzs=("toronto",)), uid, "personal-daycare-meeting-fr")

    uid = "nexus-gec-interview-QC-20260428-5521"
    add("nexus-fr", vcal(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260402T140000Z", "DTSTART:20260428T143000Z",
                          "DTEND:20260428T150000Z",
                          ("SUMMARY", "Entrevue NEXUS – Centre d'inscription, aéroport Jean-Lesage"),
                          ("LOCATION", "Aéroport international Jean-Lesage de Québec, niveau départs"),
                          ("DESCRIPTION", "Entrevue d'inscription au programme NEXUS (ASFC/CBP). Apporter passeport, "
                           "permis de conduire et preuve de résidence. Numéro de dossier : 5521-0098."),
                          "END:VEVENT"], prodid=GOOGLE, method="PUBLISH"), uid, "personal-nexus-interview-fr")

    uid = "8F9E0D1C-2B3A-4495-8677-8899AABBCCDD"
    add("bank-fr", vcal(_apple(uid, "Desjardins – rencontre conseillère (renouvellement hypothèque)",
                               "DTSTART;TZID=America/Montreal:20260425T100000",
                               "DTEND;TZID=America/Montreal:20260425T110000",
                               loc="Caisse Desjardins de Limoilou", notes="Mme Fortier. Apporter T4 + avis de "
                               "cotisation."), prodid=APPLE, method=None, tzs=("montreal",)), uid,
        "personal-bank-fr")

    uid = "040000008200E00074C5B7101A82E00800000000A2B3C4D5A4D1DA0100000000000000001000000099887766"
    add("surveillance-fr", vcal(_ol(uid, "surveillance dîner", "20260413T115500", "20260413T123000",
                                    extra=("RRULE:FREQ=WEEKLY;UNTIL=20260619T155500Z;BYDAY=MO",), loc="cafétéria"),
                                prodid=OUTLOOK, method="PUBLISH", tzs=("win",)), uid, "internal-terse-fr")

    uid = "040000008200E00074C5B7101A82E00800000000B3C4D5E6A4D1DA0100000000000000001000000055443322"
    add("parents-fr", vcal(_ol(uid, "rencontre parents 3e sec.", "20260409T183000", "20260409T210000",
                               loc="gymnase"), prodid=OUTLOOK, method="PUBLISH", tzs=("win",)), uid,
        "internal-parents-night-fr")

    uid = "7C6B5A49-3827-4160-9F8E-7D6C5B4A3928"
    add("journee-peda-fr", vcal(_apple(uid, "journée péda", "DTSTART;VALUE=DATE:20260424",
                                       "DTEND;VALUE=DATE:20260425"), prodid=APPLE, method=None), uid,
        "internal-allday-fr")

    uid = "AAMkADconseil-etablissement-mai-2026@cssdescapitales.qc.ca"
    add("ce-fr", vcal(["BEGIN:VEVENT", org("nathalie.girard@cssdescapitales.qc.ca", "Girard, Nathalie"),
                       att(WORK, "Gagnon, Mathieu"), ("SUMMARY;LANGUAGE=fr-CA", "Conseil d'établissement – séance "
                                                      "ordinaire"),
                       "DTSTART;TZID=Eastern Standard Time:20260512T190000",
                       "DTEND;TZID=Eastern Standard Time:20260512T210000", f"UID:{uid}",
                       "DTSTAMP:20260505T120000Z", ("LOCATION;LANGUAGE=fr-CA", "Bibliothèque"),
                       ("DESCRIPTION", "Ordre du jour : grille-matières 2026-2027, sorties éducatives, budget. "
                        "Documents sur Teams."), "END:VEVENT"], prodid=OUTLOOK, tzs=("win",)), uid,
        "internal-governance-fr")

    uid = "b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e"
    add("recup-fr", vcal(["BEGIN:VEVENT", "CREATED:20260330T120000Z", "LAST-MODIFIED:20260330T120000Z",
                          "DTSTAMP:20260330T120000Z", f"UID:{uid}", ("SUMMARY", "récup hist. 4e"),
                          "DTSTART;TZID=America/Toronto:20260402T152000", "DTEND;TZID=America/Toronto:20260402T160000",
                          "RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20260611T192000Z", ("LOCATION", "212"),
                          "X-MOZ-GENERATION:1", "END:VEVENT"], prodid=THUNDERBIRD, method=None, tzs=("toronto",)),
        uid, "internal-recurring-terse-fr")

    uid = "clase-espanol-b1-2026@academiaole.ca"
    add("spanish-class-es", vcal(_apple(uid, "Clase de español – nivel B1", "DTSTART;TZID=America/Montreal:"
                                        "20260414T183000", "DTEND;TZID=America/Montreal:20260414T200000",
                                        loc="Academia Olé, rue Saint-Jean",
                                        notes="Tarea: escribir 150 palabras sobre mis vacaciones.",
                                        extra=("RRULE:FREQ=WEEKLY;COUNT=8",)),
                                 prodid=APPLE, method=None, tzs=("montreal",)), uid, "personal-class-es")

    uid = "6f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c@cqsb.qc.ca"
    add("ptinterview-en", vcal(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260403T180000Z",
                                "DTSTART;TZID=America/Toronto:20260416T173000",
                                "DTEND;TZID=America/Toronto:20260416T174500",
                                org("noreply@schoolinterviews.ca", "Holland Elementary School"),
                                att(FREE, "Mathieu Gagnon"),
                                ("SUMMARY", "Parent-Teacher Interview – Thomas Gagnon (Grade 5, Ms. Patel)"),
                                ("LOCATION", "Holland Elementary School, Room 14"),
                                ("DESCRIPTION", "Your parent-teacher interview has been booked.\nStudent: Thomas "
                                 "Gagnon\nTeacher: Ms. R. Patel\nTime: 5:30 pm – 5:45 pm\n\nTo cancel or change, "
                                 "visit schoolinterviews.ca with code 7QK2P."), "END:VEVENT"],
                               prodid="-//SchoolInterviews//Booking//EN"), uid, "personal-parent-teacher-interview-en")
    return out
