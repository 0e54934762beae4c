"""holdout98: the user's own interviews, part D (direct invites, agencies, PT employers)."""

from __future__ import annotations

from holdout98ev_ics import M, meet, org, teams, tz_olson, tz_windows, webex, who, zoom
from holdout98ev_pos_c import GCAL, ME, ME_CN, OUTLOOK, RS, _one


def events() -> list[dict[str, object]]:
    out = []
    out.append(
        _one(
            "phone-ca",
            "phone-screen-ca",
            GCAL,
            "3p0v2k9r8m7q6n5b4c3x2z1a0s@google.com",
            "Trucada RRHH – Fira Mediterrània de Congressos",
            M("20250904T093000"),
            M("20250904T100000"),
            (
                "Hola Núria, et trucaré al mòbil per fer una primera conversa sobre la plaça de Key Account Manager "
                "de Congressos.\nLaia Fontanet · Persones i Talent"
            ),
            "Trucada telefònica",
            (org("lfontanet@firamediterrania.cat", "Laia Fontanet"), who(ME, ME_CN)),
            (
                "Fira Mediterrània de Congressos",
                "Key Account Manager de Congressos",
                "recruiter_screen",
                "lfontanet@firamediterrania.cat",
            ),
            stamp="20250901T080000Z",
        )
    )
    out.append(
        _one(
            "teams-ca",
            "teams-technical-ca",
            OUTLOOK,
            "040000008200E00074C5B7101A82E00800000000FMC0912TECH00000000000000001000000000AB",
            "Entrevista tècnica: proposta de congrés (KAM Congressos)",
            M("20250912T100000", RS),
            M("20250912T110000", RS),
            (
                "Núria,\n\nT'enviem el briefing del congrés de cardiologia 2026. Presentaràs la proposta a Jaume Riera "
                "(Director de Congressos) i a Núria Sala (Cap de Producció).\n\n"
                + teams("ca", "395 110 226 734", "Fm8Kw2")
            ),
            "Reunió del Microsoft Teams",
            (
                org("lfontanet@firamediterrania.cat", "Fontanet, Laia"),
                who(ME, ME_CN),
                who("jriera@firamediterrania.cat", "Riera, Jaume"),
                who("nsala@firamediterrania.cat", "Sala, Núria"),
            ),
            (
                "Fira Mediterrània de Congressos",
                "KAM Congressos",
                "technical",
                "jriera@firamediterrania.cat;nsala@firamediterrania.cat",
            ),
            tz=tz_windows(RS),
            stamp="20250905T120000Z",
        )
    )
    out.append(
        _one(
            "direct-en",
            "direct-employee-en",
            GCAL,
            "lusitania-7a91c-nuria@lusitania-incentives.pt",
            "Chat with Núria – Incentive Travel Director",
            M("20250717T160000", "Europe/Lisbon"),
            M("20250717T165000", "Europe/Lisbon"),
            (
                "Hi Núria,\n\nGreat to connect via Marta. Let's use this slot for a first interview for the Incentive "
                "Travel Director role in our Porto office – I lead the team.\n\nAbraço,\nRicardo Sousa\nManaging "
                "Director, Lusitânia Incentives\n\n" + meet("en", "lus-porto-idr", "441 990 215")
            ),
            "",
            (org("ricardo.sousa@lusitania-incentives.pt", "Ricardo Sousa"), who(ME, ME_CN)),
            (
                "Lusitânia Incentives",
                "Incentive Travel Director",
                "hiring_manager",
                "ricardo.sousa@lusitania-incentives.pt",
            ),
            tz=tz_olson("Europe/Lisbon"),
            stamp="20250711T150000Z",
        )
    )
    out.append(
        _one(
            "direct-ca",
            "direct-no-stage-ca",
            GCAL,
            "terramar-candidatura-npf-01@grupterramar.com",
            "Reunió amb Núria Puig (candidatura Directora MICE)",
            M("20250908T120000"),
            M("20250908T130000"),
            (
                "Núria, ens veiem a les oficines de Salou. Hi serem l'Albert Pons (director comercial) i jo.\n"
                "Marta Gené, Grup Terramar Hotels"
            ),
            "Grup Terramar Hotels, Passeig Jaume I 40, Salou",
            (org("mgene@grupterramar.com", "Marta Gené"), who(ME, ME_CN), who("apons@grupterramar.com", "Albert Pons")),
            ("Grup Terramar Hotels", "Directora MICE", "", "mgene@grupterramar.com;apons@grupterramar.com"),
            stamp="20250901T101000Z",
        )
    )
    out.append(
        _one(
            "meet-ca",
            "meet-final-ca",
            GCAL,
            "terramar-final-npf-02@grupterramar.com",
            "Entrevista final Directora MICE – Grup Terramar",
            M("20250922T090000"),
            M("20250922T100000"),
            "Última entrevista amb el conseller delegat, Josep Maria Vives.\n\n"
            + meet("ca", "trm-finl-vvs", "556 320 118"),
            "",
            (
                org("mgene@grupterramar.com", "Marta Gené"),
                who(ME, ME_CN),
                who("jmvives@grupterramar.com", "Josep Maria Vives"),
            ),
            ("Grup Terramar Hotels", "Directora MICE", "final", "jmvives@grupterramar.com"),
            stamp="20250915T080000Z",
        )
    )
    out.append(
        _one(
            "agency-ca",
            "agency-names-employer-ca",
            GCAL,
            "talentur-8812-oleaje@talentur.es",
            "Entrevista amb Hoteles Oleaje – Events & Groups Manager (via Talentur)",
            M("20250916T170000"),
            M("20250916T174500"),
            (
                "Núria, et confirmo l'entrevista amb el client, Hoteles Oleaje (Benidorm). T'entrevistarà la Sra. "
                "Amparo Lledó, directora de vendes. Jo t'envio el resum després.\nDavid Rius, Talentur Selecció"
            ),
            "Zoom – enllaç a la invitació de l'Amparo",
            (org("drius@talentur.es", "David Rius"), who(ME, ME_CN), who("alledo@hotelesoleaje.com", "Amparo Lledó")),
            ("Hoteles Oleaje", "Events & Groups Manager", "hiring_manager", "alledo@hotelesoleaje.com"),
            stamp="20250911T100000Z",
        )
    )
    out.append(
        _one(
            "workday-en",
            "workday-no-stage-en",
            "-//Workday Inc//Workday Calendar//EN",
            "WD-INT-JR-2291-000412@atalayahotels.com",
            "Interview Scheduled: Events Director Spain (JR-2291)",
            ":20250923T080000Z",
            ":20250923T090000Z",
            (
                "Dear Núria Puig Ferrer,\n\nYour interview for Events Director Spain (JR-2291) has been scheduled.\n"
                "Interviewers: Carlos Medina; Anneke de Vries\nLocation: Virtual (link to follow)\n\nAtalaya Hotel "
                "Group – Talent Acquisition\nThis is a system-generated message from Workday."
            ),
            "Virtual",
            (
                org("atalaya@myworkday.com", "Atalaya Hotel Group"),
                who(ME, ME_CN),
                who("carlos.medina@atalayahotels.com", "Carlos Medina"),
                who("anneke.devries@atalayahotels.com", "Anneke de Vries"),
            ),
            (
                "Atalaya Hotel Group",
                "Events Director Spain",
                "",
                "carlos.medina@atalayahotels.com;anneke.devries@atalayahotels.com",
            ),
            tz=[],
            stamp="20250917T090000Z",
        )
    )
    out.append(
        _one(
            "zoom-en",
            "zoom-recruiter-screen-en",
            GCAL,
            "4k2m9q1r7t0v3x8z5b6c@google.com",
            "Madeira Congress & Events – recruiter call (Event Director)",
            M("20250925T110000", "Atlantic/Madeira"),
            M("20250925T113000", "Atlantic/Madeira"),
            (
                "Hi Núria, quick 30-min intro about the Event Director opening.\nSara Gouveia, Talent\n\n"
                + zoom("en", "861 0093 2245", "MdR4cE7x")
            ),
            "Zoom",
            (org("sara.gouveia@madeiracongress.pt", "Sara Gouveia"), who(ME, ME_CN)),
            ("Madeira Congress & Events", "Event Director", "recruiter_screen", "sara.gouveia@madeiracongress.pt"),
            tz=[x.replace("Europe/Lisbon", "Atlantic/Madeira") for x in tz_olson("Europe/Lisbon")],
            stamp="20250919T100000Z",
        )
    )
    out.append(
        _one(
            "owner-hotmail-ca",
            "owner-freemail-ca",
            "-//Microsoft Corporation//Outlook.com//EN",
            "AQMkADAwATM0MDAAMS1lZjc1LWI2ZmQtMDACLTAwCgBGAAADcanestela",
            "Can Estela – parlem?",
            M("20251002T103000", RS),
            M("20251002T120000", RS),
            (
                "Hola Núria, com et deia al correu: busquem algú que porti els esdeveniments i casaments de Can Estela "
                "a partir de la temporada vinent. Vine a l'hotel i en parlem amb la meva sòcia, la Clara.\nPere Estela"
            ),
            "Can Estela, Carrer Major 3, Peratallada",
            (
                org("pere.estela@hotmail.com", "Pere Estela"),
                who(ME, ME_CN),
                who("clara.rovira.e@gmail.com", "Clara Rovira"),
            ),
            ("Can Estela", "", "", "pere.estela@hotmail.com;clara.rovira.e@gmail.com"),
            tz=tz_windows(RS),
            stamp="20250926T190000Z",
        )
    )
    out.append(
        _one(
            "webex-ca",
            "webex-foundation-ca",
            GCAL,
            "cbcb-seleccio-2025-npf@costabravacb.cat",
            "Entrevista – Responsable de Congressos i Incentius, Costa Brava Convention Bureau",
            M("20251007T100000"),
            M("20251007T110000"),
            (
                "Benvolguda Núria,\n\nLa comissió de selecció (Eulàlia Roca, gerent, i Marc Busquets, responsable de "
                "promoció) t'entrevistarà per Webex.\n\n" + webex("en", "costabravacb", "2650 114 7789", "CBcb2025")
            ),
            "Webex",
            (
                org("seleccio@costabravacb.cat", "Selecció CBCB"),
                who(ME, ME_CN),
                who("eroca@costabravacb.cat", "Eulàlia Roca"),
                who("mbusquets@costabravacb.cat", "Marc Busquets"),
            ),
            (
                "Costa Brava Convention Bureau",
                "Responsable de Congressos i Incentius",
                "",
                "eroca@costabravacb.cat;mbusquets@costabravacb.cat",
            ),
            stamp="20250930T080000Z",
        )
    )
    return out
