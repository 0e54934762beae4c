"""holdout57: further rounds of the user's own interviews (all languages)."""

from __future__ import annotations

from holdout57ev_ics import (
    APPLE,
    EXCHANGE,
    ME,
    ME_FREE,
    OUTLOOK,
    att,
    cal,
    ev,
    item,
    meet,
    org,
    room,
    teams,
    vtz,
    vtz_ms,
    zoom,
)

P = "Europe/Paris"
ROM = "Romance Standard Time"


def build() -> list[dict[str, str | int]]:
    out = []
    me = att(ME, ME_FREE)

    u = "2v0m8c1d9e7f6a5b4c3d2e1f0a@google.com"
    out.append(
        item(
            "meet-ddec-fr",
            cal(
                ev(
                    u,
                    "Invitation: 1er échange – direction de l'Ensemble scolaire Notre-Dame de Vals @ jeu. 20 mars 2025 "
                    "18h – 19h (UTC+1) (florian.rochat@orange.fr)",
                    "20250320T180000",
                    "20250320T190000",
                    orgz=org("Brigitte Aymard", "brigitte.aymard@ddec43.fr"),
                    atts=[att("Brigitte Aymard", "brigitte.aymard@ddec43.fr", ps="ACCEPTED"), me],
                    desc="Premier échange avec la directrice diocésaine de Haute-Loire au sujet de la succession de la "
                    "direction de l'Ensemble scolaire Notre-Dame de Vals (Le Puy-en-Velay), 900 élèves, "
                    "collège-lycée.\n\n"
                    + meet("ndv-aymr-pqe"),
                ),
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Ensemble scolaire Notre-Dame de Vals",
            "direction",
            "",
            "brigitte.aymard@ddec43.fr",
            "google-invitation-title-fr",
        )
    )

    u = "FA2025-0512-HJ-final-rochat@forestier-associes.fr"
    out.append(
        item(
            "exchange-updated-final-fr",
            cal(
                ev(
                    u,
                    "Mis à jour : Entretien final – Fondation Horizons Jeunesse – Conseil d'administration",
                    "20250512T170000",
                    "20250512T183000",
                    tz=ROM,
                    seq=3,
                    stamp="20250506T094200Z",
                    orgz=org("Forestier, Delphine", "d.forestier@forestier-associes.fr"),
                    atts=[
                        att("Carrel, Sabine", "s.carrel@horizons-jeunesse.org"),
                        att("Meunier, Paul", "p.meunier@horizons-jeunesse.org"),
                        att("Rochat, Florian", ME_FREE),
                        room("Salle Rhône – Siège", "salle.rhone@horizons-jeunesse.org"),
                    ],
                    desc="L'horaire a changé (17h au lieu de 16h). Entretien final avec Mme Carrel (DG) et M. "
                         "Paul Meunier, "
                    "président du conseil d'administration de la fondation.\nDelphine Forestier",
                    alt="<html><body><p><b>L'horaire a changé</b> (17h au lieu de 16h).</p></body></html>",
                    loc="Siège – 22 rue de Gerland, Lyon 7e",
                ),
                prodid=EXCHANGE,
                tzs=(vtz_ms(ROM),),
            ),
            u,
            1,
            "Fondation Horizons Jeunesse",
            "",
            "final",
            "s.carrel@horizons-jeunesse.org;p.meunier@horizons-jeunesse.org",
            "exchange-updated-agency-final-fr",
        )
    )

    u = "montcalme-hr-screen-0402@montcalme.ch"
    out.append(
        item(
            "teams-screen-en",
            cal(
                ev(
                    u,
                    "Interview – Head of French Section (first round, HR)",
                    "20250402T091500",
                    "20250402T100000",
                    tz="W. Europe Standard Time",
                    orgz=org("Ruchet, Isabelle", "i.ruchet@montcalme.ch"),
                    atts=[att("Moser, Daniela", "d.moser@montcalme.ch"), att("Rochat, Florian", ME_FREE)],
                    desc="Institut Montcalme – first conversation with Daniela Moser, HR Manager.\n"
                    + teams("MDk3ZTFhNTgtOGY1", "en"),
                ),
                prodid=OUTLOOK,
                tzs=(vtz_ms("W. Europe Standard Time"),),
            ),
            u,
            1,
            "Institut Montcalme",
            "Head of French Section",
            "recruiter_screen",
            "d.moser@montcalme.ch",
            "teams-screen-assistant-organizer-en",
        )
    )

    u = "lever-2c81e0aa-scolamundi-case"
    out.append(
        item(
            "lever-case-en",
            cal(
                ev(
                    u,
                    "ScolaMundi – Case presentation: Academic Director (Florian Rochat)",
                    "20250423T140000Z",
                    "20250423T150000Z",
                    tz=None,
                    orgz=org("Noah Feldman", "noah.feldman@scolamundi.com"),
                    atts=[
                        att("Amira Haddou", "amira.haddou@scolamundi.com"),
                        att("Ben Osei", "ben.osei@scolamundi.com"),
                        att("Noah Feldman", "noah.feldman@scolamundi.com", role="OPT-PARTICIPANT"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Case: redesign the teacher onboarding for 120 remote IB teachers. 30 min presentation "
                         "+ 30 min "
                    "Q&A with Amira (Head of Curriculum) and Ben (Head of Student Experience). Noah will only "
                    "introduce.\n" + zoom("761 2093 4418", "en") + "\nScheduled via Lever",
                )
            ),
            u,
            1,
            "ScolaMundi",
            "Academic Director",
            "technical",
            "amira.haddou@scolamundi.com;ben.osei@scolamundi.com",
            "lever-case-intro-only-en",
        )
    )

    u = "personio-interview-2297110@dfs-rheinaue.de"
    out.append(
        item(
            "personio-onsite-de",
            cal(
                ev(
                    u,
                    "Vor-Ort-Termin: Schulleitung (m/w/d) – Rundgang und Gespräch mit dem Vorstand",
                    "20250514T100000",
                    "20250514T140000",
                    tz="Europe/Berlin",
                    orgz=org("Deutsch-Französische Schule Rheinaue", "jobs@dfs-rheinaue.de"),
                    atts=[
                        att("Dr. Katrin Oberländer", "k.oberlaender@dfs-rheinaue.de"),
                        att("Jean-Marc Weiss", "jm.weiss@dfs-rheinaue.de"),
                        att("Birgit Hahn", "b.hahn@dfs-rheinaue.de"),
                        me,
                    ],
                    desc="Ablauf: Schulrundgang mit der kommissarischen Schulleiterin Birgit Hahn, danach "
                         "Gespräch mit dem "
                    "Vorstand und der Geschäftsführung.\nAdresse: Rheinaue 12, 53113 Bonn\nGesendet über Personio",
                    loc="Deutsch-Französische Schule Rheinaue, Rheinaue 12, 53113 Bonn",
                ),
                prodid="-//Personio//Personio Calendar//DE",
                tzs=(vtz("Europe/Berlin"),),
            ),
            u,
            1,
            "Deutsch-Französische Schule Rheinaue",
            "Schulleitung",
            "onsite",
            "k.oberlaender@dfs-rheinaue.de;jm.weiss@dfs-rheinaue.de;b.hahn@dfs-rheinaue.de",
            "personio-onsite-de",
        )
    )

    u = "workable-7f20b3-alameda-final"
    out.append(
        item(
            "workable-final-es",
            cal(
                ev(
                    u,
                    "Entrevista final: Head of Secondary – Colegio Internacional Alameda",
                    "20250508T120000",
                    "20250508T133000",
                    tz="Europe/Madrid",
                    orgz=org("Colegio Internacional Alameda", "alameda@workablemail.com"),
                    atts=[
                        att("Beatriz Cuesta", "b.cuesta@colegioalameda.es"),
                        att("Richard Fairbanks", "r.fairbanks@colegioalameda.es"),
                        me,
                    ],
                    desc="Hola Florian:\nTe confirmamos la entrevista final en el colegio con Beatriz Cuesta, "
                         "Directora "
                    "General, y Richard Fairbanks.\nDirección: Calle de los Almendros 14, Pozuelo de Alarcón (Madrid)\n"
                    "Enviado a través de Workable",
                    loc="Colegio Internacional Alameda, Pozuelo de Alarcón",
                ),
                tzs=(vtz("Europe/Madrid"),),
            ),
            u,
            1,
            "Colegio Internacional Alameda",
            "Head of Secondary",
            "final",
            "b.cuesta@colegioalameda.es;r.fairbanks@colegioalameda.es",
            "workable-final-es",
        )
    )

    u = "f1e2d3c4-calendly-beacon-berlin"
    out.append(
        item(
            "calendly-en",
            cal(
                ev(
                    u,
                    "Florian Rochat and Priya Shah",
                    "20250317T150000Z",
                    "20250317T153000Z",
                    tz=None,
                    orgz=org("Priya Shah", "priya.shah@beacon-academy.berlin"),
                    atts=[
                        att("Priya Shah", "priya.shah@beacon-academy.berlin", ps="ACCEPTED"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Event Name: Intro call – Deputy Principal (Beacon Academy Berlin)\n\nLocation: This "
                         "is a Google Meet "
                    "web conference.\nhttps://meet.google.com/bea-cnac-dmy\n\nNeed to make changes to this event?\n"
                    "Cancel: https://calendly.com/cancellations/f1e2d3c4\nReschedule: "
                    "https://calendly.com/reschedulings/f1e2d3c4\n\nPowered by Calendly.com",
                ),
                prodid="-//Calendly//Calendly//EN",
            ),
            u,
            1,
            "Beacon Academy Berlin",
            "Deputy Principal",
            "recruiter_screen",
            "priya.shah@beacon-academy.berlin",
            "calendly-en",
        )
    )

    u = "9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D"
    out.append(
        item(
            "ios-hm-fr",
            cal(
                ev(
                    u,
                    "Kalys – entretien avec Thomas (futur N+1)",
                    "20250321T120000",
                    "20250321T124500",
                    status=None,
                    desc="Thomas Guérin, directeur général adjoint. Visio, lien dans le mail.",
                ),
                prodid=APPLE,
                method=None,
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Kalys",
            "",
            "hiring_manager",
            "Thomas Guérin",
            "ios-usertyped-hm-fr",
        )
    )

    u = "7l0ab3ge4s2d1kq9o8m6n5p4r3@google.com"
    out.append(
        item(
            "google-onsite-es",
            cal(
                ev(
                    u,
                    "Visita al colegio y entrevistas – Director/a Pedagógico/a",
                    "20250429T080000Z",
                    "20250429T120000Z",
                    tz=None,
                    orgz=org("Rocío Benjumea", "rrhh@cbgiralda.es"),
                    atts=[
                        att("Fernando Lasso", "f.lasso@cbgiralda.es"),
                        att("Elena Marín", "e.marin@cbgiralda.es"),
                        att("Rocío Benjumea", "rrhh@cbgiralda.es", role="OPT-PARTICIPANT", ps="ACCEPTED"),
                        me,
                        room("Sala de Juntas", "sala.juntas@cbgiralda.es"),
                        room("Proyector portátil", "proyector@cbgiralda.es", cutype="RESOURCE"),
                    ],
                    desc="Colegio Británico Giralda (Sevilla)\n10:00 visita con Rocío (RRHH, solo "
                         "organiza)\n11:00 entrevista "
                    "con Fernando Lasso (Director General) y Elena Marín (Jefa de Estudios)\n",
                    loc="Colegio Británico Giralda, Avenida de la Palmera 88, Sevilla",
                ),
                head=("X-WR-TIMEZONE:Europe/Madrid",),
            ),
            u,
            1,
            "Colegio Británico Giralda",
            "Director/a Pedagógico/a",
            "onsite",
            "f.lasso@cbgiralda.es;e.marin@cbgiralda.es",
            "google-utc-room-resource-es",
        )
    )

    u = "tilleuls-comite-0416@ecoledestilleuls.ch"
    out.append(
        item(
            "publish-final-ch",
            cal(
                ev(
                    u,
                    "École des Tilleuls – 2e entretien avec le comité de l'association",
                    "20250416T183000",
                    "20250416T200000",
                    tz="Europe/Zurich",
                    orgz=org("Véronique Baud-Lachat", "direction@ecoledestilleuls.ch"),
                    desc="Comité : M. Olivier Rey (président), Mme Tamara Kunz (trésorière). Poste de directeur "
                         "adjoint, "
                    "succession de Mme Baud-Lachat en 2026.",
                    loc="École des Tilleuls, Genève",
                ),
                method="PUBLISH",
                prodid=APPLE,
                tzs=(vtz("Europe/Zurich"),),
            ),
            u,
            1,
            "École des Tilleuls",
            "directeur adjoint",
            "final",
            "Olivier Rey;Tamara Kunz",
            "publish-names-only-ch",
        )
    )

    u = "tt-interview-89420-c55e10"
    out.append(
        item(
            "teamtailor-final-fr",
            cal(
                ev(
                    u,
                    "Vitalis Éducation – Entretien final avec le Président – Florian Rochat",
                    "20250424T160000Z",
                    "20250424T170000Z",
                    tz=None,
                    orgz=org("Camille Besson", "camille.besson@vitalis-education.fr"),
                    atts=[att("Grégoire Vasseur-Dumont", "g.vasseur-dumont@vitalis-education.fr"), me],
                    desc="Dernière étape : entretien avec Grégoire Vasseur-Dumont, président fondateur du groupe.\n"
                    + teams("NmY0YjkxZjMtOTA2")
                    + "\n—\nEnvoyé via Teamtailor",
                ),
                prodid="-//Teamtailor//Teamtailor Calendar//EN",
            ),
            u,
            1,
            "Vitalis Éducation",
            "",
            "final",
            "g.vasseur-dumont@vitalis-education.fr",
            "teamtailor-final-teams-fr",
        )
    )

    return out
