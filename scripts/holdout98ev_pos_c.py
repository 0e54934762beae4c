"""holdout98: the user's own interviews, part C (more schedulers, direct invites, PT/DE/FR employers)."""

from __future__ import annotations

from holdout98ev_ics import (
    UTC01_ES,
    M,
    cal,
    meet,
    org,
    rec,
    room,
    teams,
    tz_olson,
    tz_windows,
    vevent,
    webex,
    who,
    zoom,
)

ME = "nuria.puig.events@yahoo.es"
ME_CN = "Núria Puig Ferrer"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
RS = "Romance Standard Time"


def _one(
    src,
    trap,
    prodid,
    uid,
    summary,
    start,
    end,
    desc,
    loc,
    people,
    label,
    *,
    method="REQUEST",
    tz=None,
    extra=(),
    stamp="20250601T090000Z",
    head=(),
):
    ev = vevent(uid, summary, start, end, stamp=stamp, desc=desc, loc=loc, people=people, extra=extra)
    text = cal(prodid, [ev], method=method, tz=tz_olson() if tz is None else tz, head=head)
    return rec(src, trap, text, uid, *label)


def events() -> list[dict[str, object]]:
    out = []
    out.append(
        _one(
            "goodtime-en",
            "goodtime-onsite-coordinator-en",
            "-//GoodTime.io//Interview Scheduling//EN",
            "gt-5f2c8a91-0d3b-4e7a-halcyon-mad",
            "Interview Confirmation: Núria Puig Ferrer – Director of Events",
            M("20250701T100000"),
            M("20250701T130000"),
            (
                "Hello Núria,\n\nYour interviews for Director of Events – Halcyon Madrid Gran Vía are confirmed.\n\n"
                "10:00 Laura Benítez, General Manager\n11:00 Stefan Richter, Regional VP Commercial (video)\n"
                "12:00 Events team lunch & tour (informal)\n\nYour coordinator is Aisha Khan, Talent Operations – she "
                "will meet you in the lobby.\n\nHalcyon Hotels International · Scheduled with GoodTime"
            ),
            "Halcyon Madrid Gran Vía, Gran Vía 31, Madrid – Lobby",
            (
                org("aisha.khan@halcyonhotels.com", "Aisha Khan"),
                who(ME, ME_CN),
                who("laura.benitez@halcyonhotels.com", "Laura Benítez"),
                who("stefan.richter@halcyonhotels.com", "Stefan Richter"),
                room("mad-granvia-meeting3@halcyonhotels.com", "MAD Gran Vía – Meeting Room 3"),
            ),
            (
                "Halcyon Hotels International",
                "Director of Events",
                "onsite",
                "laura.benitez@halcyonhotels.com;stefan.richter@halcyonhotels.com",
            ),
            stamp="20250623T080000Z",
        )
    )
    out.append(
        _one(
            "modernloop-en",
            "modernloop-case-en",
            "-//ModernLoop//Scheduler//EN",
            "ml-evt-91c04e2d7a-evenzo",
            "Evenzo | Interview with Núria Puig Ferrer – Event Strategy Case",
            M("20250708T160000"),
            M("20250708T170000"),
            (
                "Hi Núria,\n\nNext up is the event strategy case with Nils Ekström (Head of Events Product) and Carmen "
                "Yuste (Customer Success Lead). Bring a 10-slide plan for a hybrid 2,000-attendee user conference.\n\n"
                + meet("en", "evz-case-nkm", "338 200 915")
                + "\n\nScheduled with ModernLoop"
            ),
            "Google Meet",
            (
                org("recruiting@evenzo.com", "Evenzo Recruiting"),
                who(ME, ME_CN),
                who("nils@evenzo.com", "Nils Ekström"),
                who("carmen.yuste@evenzo.com", "Carmen Yuste"),
            ),
            ("Evenzo", "", "technical", "nils@evenzo.com;carmen.yuste@evenzo.com"),
            stamp="20250702T101000Z",
        )
    )
    out.append(
        _one(
            "softgarden-de",
            "softgarden-de",
            "-//softgarden e-recruiting GmbH//softgarden//DE",
            "sg-interview-2025-4471903@softgarden.io",
            "Einladung zum Vorstellungsgespräch: Director of Events (m/w/d)",
            M("20250715T110000", "Europe/Berlin"),
            M("20250715T120000", "Europe/Berlin"),
            (
                "Liebe Frau Puig Ferrer,\n\nvielen Dank für Ihre Bewerbung als Director of Events (m/w/d) für das "
                "Sonnenhof Resort Port d'Andratx. Wir laden Sie herzlich zu einem Video-Interview mit Herrn Tobias "
                "Wendler (Direktor Mallorca) ein. Das Gespräch findet auf Englisch statt.\n\n"
                + teams("de", "301 882 560 447", "Sh5Mn2")
                + "\n\nMit freundlichen Grüßen\nIhr Recruiting-Team der "
                "Sonnenhof Hotels GmbH"
            ),
            "Microsoft Teams-Besprechung",
            (
                org("jobs@sonnenhof-hotels.de", "Sonnenhof Hotels Recruiting"),
                who(ME, ME_CN),
                who("t.wendler@sonnenhof-hotels.de", "Tobias Wendler"),
            ),
            ("Sonnenhof Hotels", "Director of Events (m/w/d)", "", "t.wendler@sonnenhof-hotels.de"),
            tz=[x.replace("Europe/Madrid", "Europe/Berlin") for x in tz_olson()],
            stamp="20250709T071500Z",
        )
    )
    out.append(
        _one(
            "teams-en",
            "teams-panel-final-en",
            OUTLOOK,
            "040000008200E00074C5B7101A82E0080000000077D0E1A2B3C4DB0100000000000000001000000055AA",
            "Final panel – Director of Events Mallorca (Sonnenhof)",
            M("20250729T100000", RS),
            M("20250729T111500", RS),
            (
                "Dear Núria,\n\nThank you again for your time with Tobias. We'd like to invite you to the final panel "
                "with Claudia Baumann (COO) and Tobias Wendler.\n\nBest regards\nJana Koch, HR Business Partner\n\n"
                + teams("en", "360 447 129 883", "Pn7Cz4")
            ),
            "Microsoft Teams Meeting",
            (
                org("j.koch@sonnenhof-hotels.de", "Koch, Jana"),
                who(ME, ME_CN),
                who("c.baumann@sonnenhof-hotels.de", "Baumann, Claudia"),
                who("t.wendler@sonnenhof-hotels.de", "Wendler, Tobias"),
            ),
            (
                "Sonnenhof Hotels",
                "Director of Events",
                "final",
                "c.baumann@sonnenhof-hotels.de;t.wendler@sonnenhof-hotels.de",
            ),
            tz=tz_windows(RS),
            extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",),
            stamp="20250721T120000Z",
        )
    )
    out.append(
        _one(
            "apple-ca",
            "apple-direct-gm-ca",
            "-//Apple Inc.//macOS 15.1//EN",
            "A1C2E3F4-5B6D-4789-9ABC-DEF012345678",
            "Entrevista Hotel Font del Mar",
            M("20250909T110000"),
            M("20250909T120000"),
            (
                "Núria, t'espero a l'hotel per parlar del lloc de Directora d'Esdeveniments. Estarem l'Oriol i jo.\n"
                "Gemma Pujadas\nDirectora General · Hotel Font del Mar Barcelona"
            ),
            "Hotel Font del Mar\nPasseig de Garcia Fària 21\n08005 Barcelona",
            (
                org("gpujadas@fontdelmar.cat", "Gemma Pujadas"),
                who(ME, ME_CN),
                who("ocamps@fontdelmar.cat", "Oriol Camps"),
            ),
            (
                "Hotel Font del Mar",
                "Directora d'Esdeveniments",
                "hiring_manager",
                "gpujadas@fontdelmar.cat;ocamps@fontdelmar.cat",
            ),
            extra=("X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",),
            stamp="20250902T170000Z",
        )
    )
    out.append(
        _one(
            "thunderbird-es",
            "thunderbird-video-recruiter-es",
            "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
            "d9a3f0b1-6c2e-4e8f-a7b5-3c1d0e9f8a72",
            "Videoentrevista – Coordinador/a de Eventos y Grupos",
            M("20250711T100000"),
            M("20250711T103000"),
            (
                "Buenos días, Núria:\n\nTe confirmo la videoentrevista de preselección. Te atenderé yo, Macarena Ruiz, "
                "del departamento de RR. HH. de Rosaleda Hotels.\n\n" + meet("es", "rsl-hhbq-wpa", "119 487 336")
            ),
            "https://meet.google.com/rsl-hhbq-wpa",
            (org("mruiz@rosaledahotels.com", "Macarena Ruiz"), who(ME, ME_CN)),
            ("Rosaleda Hotels", "Coordinador/a de Eventos y Grupos", "recruiter_screen", "mruiz@rosaledahotels.com"),
            extra=("X-MOZ-GENERATION:1",),
            stamp="20250707T080000Z",
        )
    )
    out.append(
        _one(
            "webex-es",
            "webex-public-no-stage-es",
            OUTLOOK,
            "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000EXPO",
            "Proceso selección Jefe/a de Congresos y Ferias – Entrevista personal (fase 3)",
            M("20250718T093000", UTC01_ES),
            M("20250718T101500", UTC01_ES),
            (
                "Sra. Puig Ferrer:\n\nSe le cita a la entrevista personal (fase 3) ante el tribunal de selección: "
                "Dña. Pilar Lanuza (Directora Gerente), D. Javier Sancho (Jefe de Área Comercial) y, como secretaria "
                "sin voto, Dña. Elena Gil.\n\n" + webex("es", "expoaragon", "2741 552 9083", "Fase3-JCF")
            ),
            "Webex",
            (
                org("seleccion@expoaragon.es", "Selección Expoaragón"),
                who(ME, ME_CN),
                who("planuza@expoaragon.es", "Lanuza, Pilar"),
                who("jsancho@expoaragon.es", "Sancho, Javier"),
                who("egil@expoaragon.es", "Gil, Elena", role="OPT-PARTICIPANT"),
            ),
            ("Expoaragón", "Jefe/a de Congresos y Ferias", "", "planuza@expoaragon.es;jsancho@expoaragon.es"),
            tz=tz_windows(UTC01_ES),
            stamp="20250710T110000Z",
        )
    )
    out.append(
        _one(
            "meet-es",
            "meet-room-hiring-manager-es",
            GCAL,
            "0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e@google.com",
            "Entrevista presencial Núria Puig – Dirección Comercial de Congresos",
            M("20250721T113000"),
            M("20250721T123000"),
            (
                "Hola Núria, nos vemos en el Palacio. Te entrevistará Fernando Olmedo, Director Comercial, en la sala "
                "Picasso. Pregunta por él en el control de accesos."
            ),
            "Palacio de Congresos Costa del Sol - Sala Picasso (8)",
            (
                org("folmedo@pccostadelsol.es", "Fernando Olmedo"),
                who(ME, ME_CN),
                room("pccs.sala.picasso@pccostadelsol.es", "Sala Picasso (8)"),
            ),
            (
                "Palacio de Congresos Costa del Sol",
                "Dirección Comercial de Congresos",
                "hiring_manager",
                "folmedo@pccostadelsol.es",
            ),
            stamp="20250714T090000Z",
        )
    )
    out.append(
        _one(
            "meet-es",
            "meet-final-es",
            GCAL,
            "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b@google.com",
            "Entrevista final – Directora Comercial de Congresos (PCCS)",
            M("20250731T170000"),
            M("20250731T180000"),
            (
                "Núria, última fase con el Gerente, Ignacio Bravo, y Fernando.\n\n"
                + meet("es", "pcc-sfkd-qar", "802 554 193")
            ),
            "",
            (
                org("folmedo@pccostadelsol.es", "Fernando Olmedo"),
                who(ME, ME_CN),
                who("ibravo@pccostadelsol.es", "Ignacio Bravo"),
            ),
            (
                "Palacio de Congresos Costa del Sol",
                "Directora Comercial de Congresos",
                "final",
                "ibravo@pccostadelsol.es;folmedo@pccostadelsol.es",
            ),
            stamp="20250725T090000Z",
        )
    )
    out.append(
        _one(
            "zoom-en",
            "zoom-hiring-manager-en",
            "-//zoom.us//iCalendar Event//EN",
            "ZOOM89014477210-nexus",
            "Nexus – Interview (Senior PCO Project Director)",
            ":20250722T130000Z",
            ":20250722T140000Z",
            (
                "Helena Vaz is inviting you to a scheduled Zoom meeting.\n\nInterview for Senior PCO Project Director, "
                "Nexus Congress Services (Lisbon). Helena is the hiring manager.\n\n"
                + zoom("en", "890 1447 7210", "NxS7c0ng")
            ),
            "https://us06web.zoom.us/j/89014477210",
            (org("helena.vaz@nexuscongress.pt", "Helena Vaz"), who(ME, ME_CN)),
            ("Nexus Congress Services", "Senior PCO Project Director", "hiring_manager", "helena.vaz@nexuscongress.pt"),
            tz=[],
            stamp="20250716T090000Z",
        )
    )
    out.append(
        _one(
            "outlook-fr",
            "outlook-fr-teams-fr",
            OUTLOOK,
            "040000008200E00074C5B7101A82E00800000000AZUR2025BCN0000000000000000010000000F00D",
            "Entretien – Directrice du bureau de Barcelone (Événements Azur)",
            M("20250724T150000", RS),
            M("20250724T160000", RS),
            (
                "Bonjour Núria,\n\nSuite à notre premier échange, je vous propose un entretien avec notre président, "
                "Philippe Garnier, pour le poste de Directrice du bureau de Barcelone. L'entretien pourra se tenir en "
                "anglais ou en espagnol.\n\nBien cordialement,\nSophie Marchetti\nRessources humaines\n\n"
                + teams("fr", "377 220 918 405", "Az2Rq6")
            ),
            "Réunion Microsoft Teams",
            (
                org("s.marchetti@evenements-azur.fr", "Marchetti, Sophie"),
                who(ME, ME_CN),
                who("p.garnier@evenements-azur.fr", "Garnier, Philippe"),
            ),
            ("Événements Azur", "Directrice du bureau de Barcelone", "", "p.garnier@evenements-azur.fr"),
            tz=tz_windows(RS),
            stamp="20250718T093000Z",
        )
    )
    return out
