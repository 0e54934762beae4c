"""holdout80: the user's own interviews, part E (English-language employers, schedulers, agency, founders, ES)."""

from __future__ import annotations

from holdout80ev_ics import (
    H_APPLE,
    H_GOOGLE,
    H_OUTLOOK,
    ME_CN,
    ME_FREE,
    ME_WORK,
    WEST,
    Ev,
    apple_uid,
    att,
    calendar,
    esc,
    g_uid,
    html,
    ol_uid,
    org,
    outlook_tail,
    teams_de,
    teams_en,
    tz_olson,
    tz_windows,
    tzp,
    vevent,
    zoom_en,
)

VIE = "Europe/Vienna"
BER = "Europe/Berlin"


def _nordgrid() -> list[Ev]:
    uid1 = g_uid("nordgrid-screen")
    ics1 = calendar(
        H_GOOGLE,
        vevent(
            "DTSTART:20250409T083000Z", "DTEND:20250409T090000Z", "DTSTAMP:20250403T121822Z",
            org("Emma Lindqvist", "emma.lindqvist@nordgrid.com"), f"UID:{uid1}",
            att("Lukas Hofer", ME_FREE),
            att("Emma Lindqvist", "emma.lindqvist@nordgrid.com", part="ACCEPTED"),
            "CREATED:20250403T121820Z",
            "DESCRIPTION:" + esc("""
                Hi Lukas,

                Thanks for applying for the Field Service Engineer – HV Substations (Austria) role at NordGrid
                Services. This is a 30-minute recruiter screen: we'll go over your background, travel readiness
                and salary expectations, and I'll tell you about the team in Vienna.

                Best,
                Emma Lindqvist
                Talent Partner, NordGrid

                This event was scheduled via Greenhouse.
                """, zoom_en("873 4410 2256", "RkZxQ0pWbUlYc2hCd3ZqZz09", "550912")),
            "LAST-MODIFIED:20250403T121822Z", "LOCATION:https://zoom.us/j/87344102256", "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "SUMMARY:Lukas Hofer <> NordGrid – Recruiter Screen (Field Service Engineer\\, HV Substations)",
            "TRANSP:OPAQUE",
        ),
    )
    uid2 = "goodtime-ev-6b1e3d70c9a24f18@goodtime.io"
    ics2 = calendar(
        ["PRODID:-//GoodTime.io//GoodTime Hire//EN", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(VIE),
        vevent(
            f"UID:{uid2}", "DTSTAMP:20250415T093015Z", tzp("DTSTART", "20250424T140000", VIE),
            tzp("DTEND", "20250424T151500", VIE),
            "SUMMARY:Technical Interview – Lukas Hofer (Field Service Engineer)",
            "DESCRIPTION:" + esc("""
                Hi Lukas,

                Your technical interview with NordGrid is confirmed.

                Your interview panel:
                - Henrik Aasen – Lead Engineer, Protection & Control
                - Katharina Steindl – Field Service Supervisor, Austria

                Topics: protection relays, secondary injection testing, SF6 switchgear, safety rules
                (5 Sicherheitsregeln).

                Your coordinator is Olivia Byrne (she will not join the call). Need to reschedule? Reply to this email.
                """, teams_en("392 004 718 655", "Pf9eYc")),
            "LOCATION:Microsoft Teams Meeting",
            org("NordGrid Recruiting Coordination", "scheduling@nordgrid.com"),
            att("Lukas Hofer", ME_FREE),
            att("Henrik Aasen", "henrik.aasen@nordgrid.com", rsvp=False),
            att("Katharina Steindl", "katharina.steindl@nordgrid.com", rsvp=False),
            att("Olivia Byrne", "olivia.byrne@nordgrid.com", role="NON-PARTICIPANT", rsvp=False),
            "STATUS:CONFIRMED",
        ),
    )
    uid3 = "ml-schedule-2f4d8e61-3a90-4c1b-8e5f-7d0a2b6c9e13@modernloop.io"
    ics3 = calendar(
        ["PRODID:-//ModernLoop//ModernLoop Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST"],
        tz_olson(VIE, lic=False),
        vevent(
            f"UID:{uid3}", "DTSTAMP:20250505T150044Z", tzp("DTSTART", "20250514T100000", VIE),
            tzp("DTEND", "20250514T130000", VIE),
            "SUMMARY:[Onsite] Final round – NordGrid Vienna – Lukas Hofer",
            "DESCRIPTION:" + esc("""
                Hi Lukas,

                Here is your schedule for the final round at our Vienna office (Wiedner Gürtel 13, 6th floor):

                10:00–10:45  Hiring Manager interview – Thomas Wiesner (Service Manager CEE)
                10:45–11:30  Values & collaboration – Sofie Dahl (HR Business Partner)
                11:30–13:00  Lunch with the team – Jonas Berger (informal, not assessed)

                Please bring an ID for the front desk.

                Scheduled with ModernLoop
                """),
            "LOCATION:NordGrid Vienna\\, Wiedner Gürtel 13\\, 1040 Wien – VIE-6.02 Fjord",
            org("NordGrid Recruiting", "recruiting@nordgrid.com"),
            att("Lukas Hofer", ME_FREE),
            att("Thomas Wiesner", "thomas.wiesner@nordgrid.com", rsvp=False),
            att("Sofie Dahl", "sofie.dahl@nordgrid.com", rsvp=False),
            att("Jonas Berger", "jonas.berger@nordgrid.com", role="OPT-PARTICIPANT", rsvp=False),
            att("VIE-6.02 Fjord (6)", "vie-602-fjord@nordgrid.com", cutype="ROOM", role="NON-PARTICIPANT",
                rsvp=False),
            "STATUS:CONFIRMED",
        ),
    )
    role = "Field Service Engineer – HV Substations"
    return [
        Ev("greenhouse-zoom-screen-en", ics1, uid1, 1, "NordGrid", role, "recruiter_screen",
           "emma.lindqvist@nordgrid.com", forms="NordGrid Services"),
        Ev("goodtime-panel-coordinator-en", ics2, uid2, 1, "NordGrid", "Field Service Engineer", "technical",
           "henrik.aasen@nordgrid.com;katharina.steindl@nordgrid.com"),
        Ev("modernloop-final-room-en", ics3, uid3, 1, "NordGrid", "", "final",
           "thomas.wiesner@nordgrid.com;sofie.dahl@nordgrid.com"),
    ]


def _halvorsen() -> list[Ev]:
    uid1 = "icims-int-2025-4417-19a7@careers-halvorsen.icims.com"
    ics1 = calendar(
        ["PRODID:-//iCIMS//iCIMS Interview Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST"],
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250414T160512Z", "DTSTART:20250417T140000Z", "DTEND:20250417T143000Z",
            "SUMMARY:Phone Interview: Service Technician – Gas Turbines (Travelling) | Halvorsen Turbine Services",
            "DESCRIPTION:" + esc("""
                Dear Lukas,

                Thank you for your application. Brian O'Connell, Talent Acquisition (EMEA), will call you on
                +43 664 3182740 at the time above (your local time: 16:00 CEST).

                Position: Service Technician – Gas Turbines (Travelling), based in Austria
                Job ID: 2025-4417

                Kind regards,
                Halvorsen Turbine Services Austria GmbH
                """),
            "LOCATION:Phone call",
            org("Brian O'Connell", "brian.oconnell@halvorsen-turbines.com"),
            att("Lukas Hofer", ME_FREE),
            "STATUS:CONFIRMED",
        ),
    )
    uid2 = apple_uid("halvorsen-tech")
    ics2 = calendar(
        H_APPLE,
        tz_olson(VIE, lic=False),
        vevent(
            "CREATED:20250424T203311Z", tzp("DTEND", "20250429T170000", VIE),
            tzp("DTSTART", "20250429T160000", VIE), "DTSTAMP:20250424T203355Z", "LAST-MODIFIED:20250424T203355Z",
            "LOCATION:Teams", "SEQUENCE:0", "SUMMARY:Interview Halvorsen – tech round w/ Erik + Mona (Teams)",
            f"UID:{uid2}",
            "DESCRIPTION:" + esc("""
                link in mail from Brian
                revise: GT startup sequence, excitation, LV switchgear, lockout/tagout
                english!!
                """),
            "TRANSP:OPAQUE",
        ),
    )
    return [
        Ev("icims-phone-screen-en", ics1, uid1, 1, "Halvorsen Turbine Services",
           "Service Technician – Gas Turbines (Travelling)", "recruiter_screen",
           "brian.oconnell@halvorsen-turbines.com", forms="Halvorsen"),
        Ev("handtyped-technical-en", ics2, uid2, 1, "Halvorsen Turbine Services", "", "technical", "Erik;Mona"),
    ]


def _vantora() -> list[Ev]:
    uid1 = "ashby-interview-0f6c2d9e-8b31-4a57-9e4c-vantora-tdd"
    uid2 = "ashby-interview-b38e5a1c-2d7f-4f60-8a9b-vantora-hm"
    head = ["PRODID:-//Ashby//Ashby Scheduling//EN", "VERSION:2.0", "METHOD:REQUEST"]
    ics1 = calendar(
        head, tz_olson(BER),
        vevent(
            f"UID:{uid1}", "DTSTAMP:20250430T081214Z", tzp("DTSTART", "20250507T140000", BER),
            tzp("DTEND", "20250507T151500", BER),
            "SUMMARY:Technical Deep Dive: Lukas Hofer (Commissioning Engineer – Rolling Stock\\, Munich)",
            "DESCRIPTION:" + esc("""
                Interviewers: Dr. Felix Brandt (Head of Commissioning), Ana Radu (Senior Commissioning Engineer)

                Meeting link: https://meet.google.com/hzc-kqpw-rta

                We'll walk through a commissioning case on a traction converter and talk about your field
                experience. Feel free to answer in German or English.

                Scheduled via Ashby · Vantora Rail Systems
                """),
            "LOCATION:https://meet.google.com/hzc-kqpw-rta",
            org("Vantora Recruiting", "recruiting@vantora.com"),
            att("Lukas Hofer", ME_FREE),
            att("Felix Brandt", "felix.brandt@vantora.com", rsvp=False),
            att("Ana Radu", "ana.radu@vantora.com", rsvp=False),
        ),
    )
    ics2 = calendar(
        head, tz_olson(BER),
        vevent(
            f"UID:{uid2}", "DTSTAMP:20250512T090101Z", tzp("DTSTART", "20250516T110000", BER),
            tzp("DTEND", "20250516T114500", BER),
            "SUMMARY:Hiring Manager Interview: Lukas Hofer / Felix Brandt",
            "DESCRIPTION:" + esc("""
                Hi Lukas, as discussed, a conversation with Felix about the team, travel schedule and next steps
                for the Commissioning Engineer – Rolling Stock position in Munich.

                Meeting link: https://meet.google.com/sxr-hyta-wen

                Scheduled via Ashby · Vantora Rail Systems
                """),
            "LOCATION:https://meet.google.com/sxr-hyta-wen",
            org("Vantora Recruiting", "recruiting@vantora.com"),
            att("Lukas Hofer", ME_FREE),
            att("Felix Brandt", "felix.brandt@vantora.com", rsvp=False),
        ),
    )
    role = "Commissioning Engineer – Rolling Stock"
    return [
        Ev("ashby-technical-en", ics1, uid1, 1, "Vantora Rail Systems", role, "technical",
           "felix.brandt@vantora.com;ana.radu@vantora.com", forms="Vantora|Vantora Rail"),
        Ev("ashby-hiring-manager-en", ics2, uid2, 1, "Vantora Rail Systems", role, "hiring_manager",
           "felix.brandt@vantora.com"),
    ]


def _ostara() -> Ev:
    uid = ol_uid("brightfield-ostara")
    body = """
        Hi Lukas,

        Great news – Ostara Wind Services would like to meet you for the Wind Turbine Service Technician role
        (Lower Austria / Bavaria).

        Interviewer: Jan de Vries, Regional Service Manager DACH (jan.devries@ostara-wind.com)
        Format: Teams, 45 min – expect technical questions on converters, pitch systems and working at height
        (GWO certificates).

        I won't be on the call – give me a ring afterwards!

        Cheers,
        Oliver Grant
        Brightfield Engineering Recruitment
        """
    ics = calendar(
        H_OUTLOOK,
        tz_windows(WEST),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250521T101500Z", "DESCRIPTION:" + esc(body, teams_en("357 881 024 669",
                                                                                           "Zr4pKd")),
            tzp("DTEND", "20250526T104500", WEST), "DTSTAMP:20250521T101500Z",
            tzp("DTSTART", "20250526T100000", WEST), "LOCATION:Microsoft Teams Meeting",
            org("Oliver Grant", "oliver.grant@brightfield-recruitment.co.uk"),
            att("Lukas Hofer", ME_FREE),
            att("de Vries, Jan", "jan.devries@ostara-wind.com"),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=en-gb:Interview with Ostara Wind Services – Wind Turbine Service Technician",
            f"UID:{uid}", *outlook_tail(), html(body),
        ),
    )
    return Ev("agency-names-employer-en", ics, uid, 1, "Ostara Wind Services", "Wind Turbine Service Technician",
              "technical", "jan.devries@ostara-wind.com", forms="Ostara Wind|Ostara")


def _evy() -> Ev:
    uid = ol_uid("evy-abschluss")
    body = """
        Sehr geehrter Herr Hofer,

        wir freuen uns, Sie zum abschließenden Gespräch für die Stelle Elektrotechniker Netzbetrieb einzuladen.
        Gesprächspartner sind unser Geschäftsführer Ing. Christian Wagner und die Netzbetriebsleiterin Ing. Petra
        Hinterleitner. Herr Franz Leitner nimmt gemäß Betriebsvereinbarung als Beobachter des Betriebsrats
        teil und stellt keine Fragen.

        Mit freundlichen Grüßen
        Claudia Pfaffenlehner
        Personalverrechnung & Personal
        Energieversorgung Ybbstal GmbH
        """
    ics = calendar(
        H_OUTLOOK,
        tz_windows(WEST),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250526T083012Z", "DESCRIPTION:" + esc(body),
            tzp("DTEND", "20250603T100000", WEST), "DTSTAMP:20250526T083012Z",
            tzp("DTSTART", "20250603T090000", WEST), "LOCATION:Sitzungszimmer EG",
            org("Pfaffenlehner, Claudia", "claudia.pfaffenlehner@evy.at"),
            att("Hofer, Lukas", ME_FREE),
            att("Wagner, Christian", "christian.wagner@evy.at"),
            att("Hinterleitner, Petra", "petra.hinterleitner@evy.at"),
            att("Leitner, Franz (Betriebsrat)", "franz.leitner@evy.at", role="OPT-PARTICIPANT"),
            att("Sitzungszimmer EG", "sitzungszimmer-eg@evy.at", cutype="ROOM", role="NON-PARTICIPANT", rsvp=False),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=de-at:Abschlussgespräch Elektrotechniker Netzbetrieb – Hr. Hofer",
            f"UID:{uid}", *outlook_tail(), html(body),
        ),
    )
    return Ev("outlook-room-observer-final-de", ics, uid, 1, "Energieversorgung Ybbstal",
              "Elektrotechniker Netzbetrieb", "final", "christian.wagner@evy.at;petra.hinterleitner@evy.at",
              forms="EVY")


def _brandstaetter() -> Ev:
    uid = apple_uid("brandstaetter")
    ics = calendar(
        [*H_APPLE, "METHOD:REQUEST"],
        tz_olson(VIE, lic=False),
        vevent(
            "CREATED:20250519T194410Z", tzp("DTEND", "20250523T170000", VIE),
            tzp("DTSTART", "20250523T160000", VIE), "DTSTAMP:20250519T194455Z", "LAST-MODIFIED:20250519T194455Z",
            "LOCATION:Hauptstraße 31\\, 2201 Gerasdorf", "SEQUENCE:0", "SUMMARY:Kennenlernen Lukas / Andi",
            f"UID:{uid}",
            "DESCRIPTION:" + esc("""
                Servus Lukas!
                Wie tel. besprochen, komm einfach in die Werkstatt (Brandstätter Elektrotechnik). Reden wir über
                die Servicetechniker-Stelle (Wärmepumpen/PV). Bring gern Zeugnisse mit, muss aber nix Förmliches
                sein.
                Andi
                """),
            org("Andreas Brandstätter", "andi.brandstaetter@gmail.com"),
            att("Lukas Hofer", ME_FREE),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev("apple-founder-freemail-de", ics, uid, 1, "Brandstätter Elektrotechnik",
              "Servicetechniker (Wärmepumpen/PV)", "", "andi.brandstaetter@gmail.com", forms="Brandstätter")


def _tramontana() -> Ev:
    uid = ol_uid("tramontana-entrevista")
    body = """
        Hola Lukas,

        Te enviamos la convocatoria para la entrevista técnica para el puesto de Técnico/a de mantenimiento
        eólico en nuestros parques de Burgenland (Austria). La entrevista será en inglés y la harán Marta Iriarte
        (Responsable de O&M Europa Central) y Jorge Salas (Jefe de parque, Parndorf).

        Un saludo,
        Marta Iriarte
        Tramontana Eólica Servicios S.L.

        --------------------------------------------------------------------------
        Únase a la reunión de Webex
        https://tramontana.webex.com/tramontana/j.php?MTID=m4f2a91c0e7b5d3a8
        Número de reunión (código de acceso): 2741 558 0392
        Contraseña de la reunión: Vt7qLm2
        """
    rst = "Romance Standard Time"
    ics = calendar(
        H_OUTLOOK,
        tz_windows(rst),
        vevent(
            "CLASS:PUBLIC", "CREATED:20250514T074020Z", "DESCRIPTION:" + esc(body),
            tzp("DTEND", "20250521T120000", rst), "DTSTAMP:20250514T074020Z",
            tzp("DTSTART", "20250521T110000", rst), "LOCATION:Webex",
            org("Marta Iriarte", "marta.iriarte@tramontana-eolica.es"),
            att("Lukas Hofer", ME_FREE),
            att("Jorge Salas", "jorge.salas@tramontana-eolica.es"),
            "PRIORITY:5", "SEQUENCE:0",
            "SUMMARY;LANGUAGE=es-es:Entrevista técnica – Técnico/a de mantenimiento eólico (Austria) – Lukas Hofer",
            f"UID:{uid}", *outlook_tail(),
        ),
    )
    return Ev("webex-technical-es", ics, uid, 1, "Tramontana Eólica", "Técnico/a de mantenimiento eólico",
              "technical", "marta.iriarte@tramontana-eolica.es;jorge.salas@tramontana-eolica.es",
              forms="Tramontana Eólica Servicios|Tramontana")


def _lavanttaler() -> Ev:
    uid = ol_uid("lavanttaler-privat")
    ics = calendar(
        ["PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:PUBLISH"],
        tz_windows(WEST),
        vevent(
            "CLASS:PRIVATE", "CREATED:20250513T054811Z",
            "DESCRIPTION:" + esc("""
                Instandhaltungstechniker, Hr. Kienzl
                Teams-Link im gmx!
                """),
            tzp("DTEND", "20250516T080000", WEST), "DTSTAMP:20250513T054811Z",
            tzp("DTSTART", "20250516T071500", WEST), "LOCATION:", org(ME_CN, ME_WORK), "PRIORITY:5",
            "SEQUENCE:0", "SUMMARY;LANGUAGE=de-at:Privat – VG Lavanttaler Kunststoff (Teams)",
            f"UID:{uid}", *outlook_tail(busy="OOF"),
        ),
    )
    return Ev("work-calendar-private-block-de", ics, uid, 1, "Lavanttaler Kunststoff", "Instandhaltungstechniker", "",
              "Kienzl", forms="Lavanttaler Kunststoffwerk")


def _thermenland() -> Ev:
    uid = ol_uid("thermenland-fw")
    body = """
        Sehr geehrter Herr Hofer,

        wie telefonisch vereinbart laden wir Sie zum Gespräch mit unserem Teamleiter Wärmeerzeugung, Herrn
        Ing. Stefan Pucher, ein. Ich bin ebenfalls dabei.

        Stelle: Servicetechniker Fernwärme (Heizwerke, Übergabestationen)

        Mit freundlichen Grüßen
        Sonja Gratzer
        Personal | Thermenland Fernwärme GmbH, Bad Waltersdorf
        """
    ics = calendar(
        ["PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:PUBLISH", "X-WR-CALNAME:lukas.hofer97@gmx.at", "X-WR-TIMEZONE:Europe/Vienna"],
        tz_olson(VIE),
        vevent(
            tzp("DTSTART", "20250527T140000", VIE), tzp("DTEND", "20250527T150000", VIE),
            "DTSTAMP:20250520T061233Z", org("Gratzer, Sonja", "sonja.gratzer@thermenland-fw.at"), f"UID:{uid}",
            att("Hofer, Lukas", ME_FREE).replace("NEEDS-ACTION", "ACCEPTED"),
            att("Pucher, Stefan", "stefan.pucher@thermenland-fw.at"),
            "CREATED:20250519T130144Z",
            "DESCRIPTION:" + esc(body, teams_de("348 660 912 774", "Ju8wHs")),
            "LAST-MODIFIED:20250520T061233Z", "LOCATION:Microsoft Teams-Besprechung", "SEQUENCE:0",
            "STATUS:CONFIRMED", "SUMMARY:Gespräch Servicetechniker Fernwärme – Teamleitung", "TRANSP:OPAQUE",
        ),
    )
    return Ev("google-imported-teams-hiring-manager-de", ics, uid, 1, "Thermenland Fernwärme",
              "Servicetechniker Fernwärme", "hiring_manager",
              "stefan.pucher@thermenland-fw.at;sonja.gratzer@thermenland-fw.at", forms="")


def events() -> list[Ev]:
    return [*_nordgrid(), *_halvorsen(), *_vantora(), _ostara(), _evy(), _brandstaetter(), _tramontana(),
            _lavanttaler(), _thermenland()]
