"""holdout57: the user's own interviews in English, German and Spanish, second part."""

from __future__ import annotations

from holdout57ev_ics import (
    APPLE,
    EXCHANGE,
    MAC,
    ME,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    att,
    cal,
    ev,
    item,
    org,
    room,
    teams,
    vtz,
    vtz_ms,
    zoom,
)

B = "Europe/Berlin"
M = "Europe/Madrid"
WEU = "W. Europe Standard Time"


def build() -> list[dict[str, str | int]]:
    out = []
    me = att(ME, ME_FREE)

    u = "modernloop-4471-zurich-intl"
    out.append(
        item(
            "modernloop-en",
            cal(
                ev(
                    u,
                    "Panel interview (presentation) – Head of French Section – Florian Rochat",
                    "20250430T140000",
                    "20250430T153000",
                    tz="Europe/Zurich",
                    orgz=org("Recruiting Team", "recruiting@lakeside-is.ch"),
                    atts=[
                        att("Fiona MacLeod", "f.macleod@lakeside-is.ch"),
                        att("Beat Zürcher", "b.zuercher@lakeside-is.ch"),
                        att("Hanna Lindqvist", "h.lindqvist@lakeside-is.ch"),
                        me,
                    ],
                    desc="Lakeside International School Zürich\nPlease prepare a 20-minute presentation: 'Building a "
                    "bilingual French-English pathway from Year 7 to the IB Diploma'.\nPanel: Fiona MacLeod (Head of "
                    "School), Beat Zürcher (Deputy Head), Hanna Lindqvist (IB Coordinator).\nScheduled with ModernLoop",
                    loc="Lakeside International School, Seestrasse 220, 8800 Thalwil",
                ),
                tzs=(vtz("Europe/Zurich"),),
            ),
            u,
            1,
            "Lakeside International School",
            "Head of French Section",
            "technical",
            "f.macleod@lakeside-is.ch;b.zuercher@lakeside-is.ch;h.lindqvist@lakeside-is.ch",
            "modernloop-presentation-en",
        )
    )

    u = "bw-kultus-schulleitung-2025-0604"
    out.append(
        item(
            "outlook-de-final",
            cal(
                ev(
                    u,
                    "Auswahlgespräch Schulleitung – Deutsch-Französisches Gymnasium Kehl",
                    "20250604T090000",
                    "20250604T103000",
                    tz=WEU,
                    orgz=org("Schäfer, Monika", "monika.schaefer@rpf.bwl.de"),
                    atts=[
                        att("Schäfer, Monika", "monika.schaefer@rpf.bwl.de", ps="ACCEPTED"),
                        att("Keller, Rainer", "rainer.keller@rpf.bwl.de"),
                        att("Rochat, Florian", ME_FREE),
                        room("RP Freiburg – Raum 2.104", "raum2104@rpf.bwl.de"),
                    ],
                    desc="Sehr geehrter Herr Rochat,\nwir laden Sie zum abschließenden Auswahlgespräch für die "
                         "Schulleitung "
                    "des Deutsch-Französischen Gymnasiums Kehl ein. Kommission: LRD Monika Schäfer, LRSD Rainer "
                    "Keller.",
                    loc="Regierungspräsidium Freiburg, Abteilung 7 Schule und Bildung, Bissierstraße 7, Freiburg",
                ),
                prodid=OUTLOOK,
                tzs=(vtz_ms(WEU),),
            ),
            u,
            1,
            "Regierungspräsidium Freiburg",
            "Schulleitung",
            "final",
            "monika.schaefer@rpf.bwl.de;rainer.keller@rpf.bwl.de",
            "public-commission-de",
        )
    )

    u = "F0A1C5E2-71D9-4B8A-9E0F-AC11B2D3E4F5"
    out.append(
        item(
            "ios-en-terse",
            cal(
                ev(
                    u,
                    "Zoom w/ Head of Talent, Nexa Schools",
                    "20250403T080000",
                    "20250403T083000",
                    tz=None,
                    desc="about the Director of Education role (Madrid campus)",
                    status=None,
                ),
                prodid=APPLE,
                method=None,
            ),
            u,
            1,
            "Nexa Schools",
            "Director of Education",
            "recruiter_screen",
            "",
            "ios-floating-terse-en",
        )
    )

    u = "nexa-2nd-round-ka9d@nexaschools.com"
    out.append(
        item(
            "nexa-hm-en",
            cal(
                ev(
                    u,
                    "Nexa Schools | Florian Rochat | 2nd round with Regional CEO",
                    "20250424T101500",
                    "20250424T111500",
                    tz=M,
                    orgz=org("Talent at Nexa", "talent@nexaschools.com"),
                    atts=[
                        att("Carmen Villalobos", "carmen.villalobos@nexaschools.com"),
                        att("Talent at Nexa", "talent@nexaschools.com", role="NON-PARTICIPANT"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Director of Education – Madrid campus\nYou'll meet Carmen Villalobos, Regional CEO "
                         "Iberia (the "
                    "role's line manager).\n" + teams("MjQ1ZGI5NTQtZTEx", "en"),
                ),
                prodid=EXCHANGE,
                tzs=(vtz(M),),
            ),
            u,
            1,
            "Nexa Schools",
            "Director of Education",
            "hiring_manager",
            "carmen.villalobos@nexaschools.com",
            "teams-hm-en",
        )
    )

    u = "entrevista-final-lfc-20250428"
    out.append(
        item(
            "lfc-final-es",
            cal(
                ev(
                    u,
                    "Entrevista final con el Consejo de Gestión – Lycée Français Cervantes",
                    "20250428T173000",
                    "20250428T190000",
                    tz=M,
                    orgz=org("Pilar Ibáñez", "p.ibanez@lfcervantes.es"),
                    atts=[
                        att("Pilar Ibáñez", "p.ibanez@lfcervantes.es", role="OPT-PARTICIPANT"),
                        att("Vicente Ferrer Soler", "presidencia@lfcervantes.es"),
                        att("Marta Climent", "m.climent@lfcervantes.es"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Estimado Sr. Rochat:\nLe convocamos a la entrevista final para la dirección de "
                         "Primaria con el "
                    "Consejo de Gestión (D. Vicente Ferrer Soler, presidente; Dña. Marta Climent, vocal). Yo me "
                    "encargo de la logística.\nPilar Ibáñez, RRHH",
                    loc="Lycée Français Cervantes, Av. de las Cortes Valencianas 51, Valencia",
                ),
                tzs=(vtz(M),),
            ),
            u,
            1,
            "Lycée Français Cervantes",
            "dirección de Primaria",
            "final",
            "presidencia@lfcervantes.es;m.climent@lfcervantes.es",
            "final-hr-logistics-es",
        )
    )

    u = "bewerbung-rochat-gespraech@privatschule-seeblick.de"
    out.append(
        item(
            "direct-de",
            cal(
                ev(
                    u,
                    "Kennenlerngespräch Herr Rochat (Leitung Internat)",
                    "20250415T160000",
                    "20250415T170000",
                    tz=B,
                    orgz=org("Sebastian Kranz", "s.kranz@privatschule-seeblick.de"),
                    atts=[
                        att("Sebastian Kranz", "s.kranz@privatschule-seeblick.de", ps="ACCEPTED"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Privatschule Seeblick gGmbH, Überlingen (Bodensee)\nZoom:\n" + zoom("961 5510 3384", "de"),
                ),
                prodid=MAC,
                tzs=(vtz(B),),
            ),
            u,
            1,
            "Privatschule Seeblick",
            "Leitung Internat",
            "",
            "s.kranz@privatschule-seeblick.de",
            "direct-de",
        )
    )

    u = "gh-interview-8830211-harbourside-screen"
    out.append(
        item(
            "greenhouse-screen-en",
            cal(
                ev(
                    u,
                    "Phone screen: Florian Rochat (Deputy Head Secondary)",
                    "20250404T081500Z",
                    "20250404T084500Z",
                    tz=None,
                    orgz=org("Laia Serra", "laia.serra@harbourside.es"),
                    atts=[
                        att("Laia Serra", "laia.serra@harbourside.es", ps="ACCEPTED"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Harbourside International School – Barcelona\nLaia will call you on +33 6 12 48 77 30.\n"
                    "Interview kit for the interviewer is in Greenhouse.",
                )
            ),
            u,
            1,
            "Harbourside International School",
            "Deputy Head Secondary",
            "recruiter_screen",
            "laia.serra@harbourside.es",
            "greenhouse-phone-utc-en",
        )
    )

    u = "consulat-spain-lfb-0326"
    out.append(
        item(
            "zoom-es",
            cal(
                ev(
                    u,
                    "Entrevista: Jefatura de estudios (secundaria) – Liceo Francés de Bilbao",
                    "20250326T163000",
                    "20250326T171500",
                    tz=M,
                    orgz=org("Iker Etxeberria", "direccion@liceofrancesbilbao.es"),
                    atts=[
                        att("Iker Etxeberria", "direccion@liceofrancesbilbao.es", ps="ACCEPTED"),
                        att("Florian Rochat", ME_WORK),
                    ],
                    desc="Hola Florian,\nte paso el enlace para la entrevista con la dirección.\n"
                    + zoom("827 6655 0913", "es"),
                ),
                tzs=(vtz(M),),
            ),
            u,
            1,
            "Liceo Francés de Bilbao",
            "Jefatura de estudios (secundaria)",
            "hiring_manager",
            "direccion@liceofrancesbilbao.es",
            "zoom-direct-es",
        )
    )

    u = "agency-uk-edsearch-0422@carfax-education-search.co.uk"
    out.append(
        item(
            "agency-en",
            cal(
                ev(
                    u,
                    "Interview with Riverside British School Frankfurt – Head of Secondary (via Carfax Search)",
                    "20250422T110000",
                    "20250422T120000",
                    tz=B,
                    orgz=org("Tom Ashby", "tom@carfax-education-search.co.uk"),
                    atts=[
                        att("Tom Ashby", "tom@carfax-education-search.co.uk", role="OPT-PARTICIPANT"),
                        att("Dr Helen Crowther", "principal@riverside-bsf.de"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Hi Florian,\nAs discussed, here are the details for your first interview with Dr "
                         "Helen Crowther, "
                    "Principal of Riverside British School Frankfurt. I won't join the call.\nGood luck!\nTom\n"
                    + teams("NTJlYjMxZGUtNGE5", "en"),
                ),
                prodid=OUTLOOK,
                tzs=(vtz(B),),
            ),
            u,
            1,
            "Riverside British School Frankfurt",
            "Head of Secondary",
            "hiring_manager",
            "principal@riverside-bsf.de",
            "agency-names-employer-en",
        )
    )

    u = "google-floating-nostage-lakeside"
    out.append(
        item(
            "lakeside-screen-en",
            cal(
                ev(
                    u,
                    "Call Lakeside Int'l School – HR",
                    "20250409T120000",
                    "20250409T122000",
                    tz=None,
                    orgz=org("Florian Rochat", ME_FREE),
                    desc="Fiona's assistant (Nadine Suter) set this up; talk to HR.",
                ),
                method="PUBLISH",
                head=("X-WR-TIMEZONE:Europe/Zurich",),
            ),
            u,
            1,
            "Lakeside International School",
            "",
            "recruiter_screen",
            "",
            "xwr-tz-usertyped-en",
        )
    )

    return out
