"""holdout49: the user's own interviews from direct invites, Outlook, Apple, Thunderbird and agencies.

Synthetic, CC0 1.0.
"""

from __future__ import annotations

from holdout49ev_core import (
    APPLE,
    GOOGLE,
    MACOS,
    ME,
    OUTLOOK,
    OUTLOOK16,
    OUTLOOK_TZ,
    THUNDERBIRD,
    Ev,
    att,
    cal,
    gmeet,
    org,
    teams,
    vevent,
    yes,
)

B = "Europe/Berlin"
W = "W. Europe Standard Time"


def events() -> list[Ev]:
    out: list[Ev] = []
    u = "040000008200E00074C5B7101A82E00800000000A0B3D1C2F781DC01000000000000000010000000A1F4"
    html = ("<html><body><p>Hallo Herr Brenner,</p><p>wie telefonisch besprochen hier die Einladung zu unserem "
            "<b>Erstgespr&auml;ch</b> f&uuml;r die Position Frontend Developer (m/w/d) Redaktionssysteme.</p>"
            "<p>Viele Gr&uuml;&szlig;e<br>Anja Kessler<br>People &amp; Culture | Sternwarte Media GmbH</p>"
            "</body></html>")
    out.append(yes("outlook-screen", u, cal(
        OUTLOOK,
        vevent(u, "20260112T150000", "20260112T153000", "Erstgespräch Frontend Developer (m/w/d) – Sternwarte Media",
               organizer=org("anja.kessler@sternwarte-media.de", "Kessler, Anja"),
               attendees=[att(ME, "jonas.brenner@web.de")], loc="Microsoft Teams-Besprechung", tzid=W,
               desc="Hallo Herr Brenner,\n\nwie telefonisch besprochen hier die Einladung zu unserem Erstgespräch "
                    "für die Position Frontend Developer (m/w/d) Redaktionssysteme.\n\nViele Grüße\nAnja Kessler\n"
                    "People & Culture | Sternwarte Media GmbH\n\n" + teams("de"),
               alt_html=html, extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "PRIORITY:5", "CLASS:PUBLIC"]),
        tz=(W,)), "Sternwarte Media", "Frontend Developer Redaktionssysteme", "recruiter_screen",
        "anja.kessler@sternwarte-media.de", "outlook-erstgespraech-cn-lastfirst-de"))

    u = "040000008200E00074C5B7101A82E00800000000C2D917A90A8ADC01000000000000000010000000F7E2"
    out.append(yes("outlook-fach", u, cal(
        OUTLOOK,
        vevent(u, "20260126T100000", "20260126T113000", "Fachgespräch Frontend Developer – Jonas Brenner",
               organizer=org("anja.kessler@sternwarte-media.de", "Kessler, Anja"),
               attendees=[att(ME, "Jonas Brenner"), att("r.albrecht@sternwarte-media.de", "Albrecht, Robert"),
                          att("d.kowalczyk@sternwarte-media.de", "Kowalczyk, Dorota"),
                          att("anja.kessler@sternwarte-media.de", "Kessler, Anja", role="OPT-PARTICIPANT"),
                          att("Raum.Elbe@sternwarte-media.de", "Raum Elbe (HH, 3. OG)", role="NON-PARTICIPANT",
                              cutype="RESOURCE", rsvp=False)],
               loc="Sternwarte Media, Raum Elbe, Großer Burstah 31, Hamburg", tzid=OUTLOOK_TZ,
               desc="Hallo Herr Brenner,\n\nim Fachgespräch lernen Sie Robert Albrecht (Teamlead CMS) und Dorota "
                    "Kowalczyk (Senior Frontend) kennen. Ich bin zur Begrüßung kurz dabei.\nBitte melden Sie "
                    "sich am Empfang im EG.\n\nViele Grüße\nAnja Kessler"),
        tz=(OUTLOOK_TZ,)), "Sternwarte Media", "Frontend Developer", "technical",
        "r.albrecht@sternwarte-media.de;d.kowalczyk@sternwarte-media.de", "outlook-utc-zone-resource-de"))

    u = "5B1F7C2E-0E44-4F7A-9D31-3A8E7F20B6C1"
    out.append(yes("apple-cto", u, cal(
        APPLE,
        vevent(u, "20260129T180000", "20260129T190000", "Papierflieger x Jonas – Take-home besprechen",
               organizer=org("mats@papierflieger.app", "Mats Oldenburg"),
               attendees=[att(ME, "Jonas Brenner"), att("mats@papierflieger.app", "Mats Oldenburg", ps="ACCEPTED")],
               loc="FaceTime", tzid=B,
               desc="Hey Jonas, lass uns deine Lösung zur Offline-Sync-Aufgabe durchgehen. Ich bin der CTO, "
                    "wir sind zu viert im Tech-Team. Ruf mich einfach per FaceTime an.\n\nGesendet von meinem iPhone",
               extra=["TRANSP:OPAQUE", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"]),
        tz=(B,)), "Papierflieger", "", "technical", "mats@papierflieger.app", "apple-cto-takehome-de"))

    u = "FL-2026-0213-helixatlas@ferber-lind.de"
    out.append(yes("agency-de", u, cal(
        OUTLOOK16,
        vevent(u, "20260213T140000", "20260213T150000",
               "Vorstellungsgespräch – Senior Frontend Engineer (Ref. FL-8812)",
               organizer=org("m.lind@ferber-lind.de", "Lind, Martina"),
               attendees=[att(ME, "Jonas Brenner")], loc="Helix Atlas GmbH, Rosenthaler Str. 40, 10178 Berlin",
               tzid=W,
               desc="Hallo Herr Brenner,\n\nwie besprochen bestätige ich Ihnen das Vorstellungsgespräch bei "
                    "unserem Mandanten, der Helix Atlas GmbH (Kartendaten-Plattform). Ihre Gesprächspartner "
                    "vor Ort: Dr. Carsten Vogel (VP Engineering) und Jana Schubert (Team Lead Web).\n"
                    "Bitte rufen Sie mich nach dem Gespräch kurz an.\n\nBeste Grüße\nMartina Lind\n"
                    "Ferber & Lind Personalberatung GmbH"),
        tz=(W,)), "Helix Atlas", "Senior Frontend Engineer", "", "carsten vogel;jana schubert",
        "agency-names-client-de"))

    u = "7sa0ak3j2bq9m1lc0v4d9hsh2o@google.com"
    out.append(yes("google-es-hm", u, cal(
        GOOGLE,
        vevent(u, "20260217T160000", "20260217T164500",
               "Entrevista con Nuria (Head of Product) – Frontend Developer | Olas Digital",
               organizer=org("nuria.campos@olasdigital.es", "Nuria Campos"),
               attendees=[att(ME, "Jonas Brenner"), att("nuria.campos@olasdigital.es", "Nuria Campos",
                                                        ps="ACCEPTED"),
                          att("talento@olasdigital.es", "Talento Olas", role="OPT-PARTICIPANT")],
               loc="", tzid="Europe/Madrid",
               desc="Hola Jonas,\n\nComo te comentó Irene, el siguiente paso es una conversación conmigo, "
                    "responsable de producto y futura manager del puesto. Hablaremos de cómo trabajas con diseño "
                    "y producto.\n\nNos vemos,\nNuria\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                    "Únete con Google Meet: https://meet.google.com/oas-dgtl-xyz\n"
                    "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
        tz=("Europe/Madrid",)), "Olas Digital", "Frontend Developer", "hiring_manager", "nuria.campos@olasdigital.es",
        "google-meet-hm-es"))

    u = "wttj-8841-pixelune-entretien"
    out.append(yes("wttj-fr-screen", u, cal(
        "-//Welcome to the Jungle//Agenda//FR",
        vevent(u, "20260123T100000", "20260123T103000", "Premier échange avec Pixelune – Développeur Frontend (remote)",
               organizer=org("agenda@welcometothejungle.com", "Pixelune via Welcome to the Jungle"),
               attendees=[att(ME, "Jonas Brenner"), att("camille.roux@pixelune.fr", "Camille Roux")],
               loc="Google Meet", tzid="Europe/Paris",
               desc="Bonjour Jonas,\n\nCamille Roux, Talent Acquisition chez Pixelune, vous appelle pour un premier "
                    "échange de 30 minutes autour du poste de Développeur Frontend (100 % remote, Europe).\n\n"
                    "À bientôt !"),
        tz=("Europe/Paris",)), "Pixelune", "Développeur Frontend", "recruiter_screen", "camille.roux@pixelune.fr",
        "wttj-premier-echange-fr"))

    u = "3ff9be51c0a2@pixelune.fr"
    out.append(yes("fr-tech", u, cal(
        GOOGLE,
        vevent(u, "20260206T090000Z", "20260206T103000Z", "Entretien technique – Jonas Brenner",
               organizer=org("camille.roux@pixelune.fr", "Camille Roux"),
               attendees=[att(ME, "Jonas Brenner"), att("hugo.marchand@pixelune.fr", "Hugo Marchand"),
                          att("camille.roux@pixelune.fr", "Camille Roux", ps="ACCEPTED", role="OPT-PARTICIPANT")],
               mode="utc",
               desc="Bonjour Jonas,\n\nSuite à notre échange, voici l'invitation pour l'entretien technique avec Hugo "
                    "Marchand, lead dev front chez Pixelune. Au programme : revue de code et petit exercice en "
                    "Svelte/TypeScript. Je serai présente uniquement pour l'accueil.\n\nRejoindre avec Google Meet : "
                    "https://meet.google.com/pxl-entr-tec"),
        ), "Pixelune", "", "technical", "hugo.marchand@pixelune.fr", "google-entretien-technique-fr"))

    u = "8C21E9A0-1B55-4C0B-A6D5-ZUGV2RUNDE"
    out.append(yes("hand-floating", u, cal(
        MACOS,
        vevent(u, "20260219T110000", "20260219T130000", "Zugvogel 2. Runde",
               loc="Zugvogel Travel, Hongkongstraße 5, Hamburg", mode="floating",
               desc="S-Bahn 9:04 ab Köln Hbf (ICE 1027)! Portfolio auf iPad mitnehmen"),
        method=None), "Zugvogel Travel", "", "", "", "hand-typed-floating-de"))

    u = "6b0f9d42-telefonat-datenhafen@web.de"
    out.append(yes("hand-phone", u, cal(
        THUNDERBIRD,
        vevent(u, "20260115T123000", "20260115T130000", "Tel. Recruiterin Datenhafen (Fr. Uysal)",
               tzid=B, desc="ruft auf Handy an. Gehaltsvorstellung 72k, Kündigungsfrist 3 Monate",
               extra=["X-MOZ-GENERATION:1"]),
        method=None, tz=(B,)), "Datenhafen", "", "recruiter_screen", "uysal", "hand-typed-phone-screen-de"))

    u = "c1a8e3f0-5d2b-4b8e-9f6a-ostwind-games"
    out.append(yes("thunderbird-tech", u, cal(
        THUNDERBIRD,
        vevent(u, "20260203T160000", "20260203T170000", "Code challenge review – Ostwind Games",
               organizer=org("piet@ostwind-games.de", "Piet Hansen"),
               attendees=[att(ME, "Jonas Brenner"), att("piet@ostwind-games.de", "Piet Hansen", ps="ACCEPTED"),
                          att("svea@ostwind-games.de", "Svea Möller")],
               loc="https://meet.jit.si/ostwind-jonas", tzid=B,
               desc="Hi Jonas,\nthanks for the challenge submission! Svea and I would like to walk through it with "
                    "you and talk about the web shop for our launcher (we're hiring a Web/Frontend Developer).\n"
                    "Piet"),
        tz=(B,)), "Ostwind Games", "Web/Frontend Developer", "technical", "piet@ostwind-games.de;svea@ostwind-games.de",
        "thunderbird-jitsi-en"))

    u = "webex-2398811-schwarmfunk"
    out.append(yes("webex-de", u, cal(
        OUTLOOK16,
        vevent(u, "20260204T093000", "20260204T103000", "Vorstellungsgespräch Schwarmfunk – Herr Brenner",
               organizer=org("bewerbung@schwarmfunk.de", "Schwarmfunk Bewerbungen",
                             sent_by="gesa.thomsen@schwarmfunk.de"),
               attendees=[att(ME, "Brenner, Jonas"), att("f.lueders@schwarmfunk.de", "Lüders, Frank")],
               loc="Webex", tzid=W,
               desc="Sehr geehrter Herr Brenner,\n\nanbei die Einladung zum Gespräch mit Frank Lüders "
                    "(Bereichsleitung Produktentwicklung).\n\n-- Webex-Meeting beitreten --\n"
                    "https://schwarmfunk.webex.com/meet/f.lueders\nMeeting-Kennnummer: 2398 811 4402\n"
                    "Passwort: Sw2026\n\nMit freundlichen Grüßen\nGesa Thomsen, Assistenz der Geschäftsführung"),
        tz=(W,)), "Schwarmfunk", "", "hiring_manager", "f.lueders@schwarmfunk.de", "webex-sent-by-assistant-de"))

    u = "040000008200E00074C5B7101A82E0080000000050D5B2A0E98CDC0100000000000000001000000022AB"
    out.append(yes("outlook-ch", u, cal(
        OUTLOOK,
        vevent(u, "20260121T083000", "20260121T091500", "Erstgespräch Frontend Engineer – Alpenblick Software AG",
               organizer=org("jobs@alpenblick.ch", "Müller, Corinne"),
               attendees=[att(ME, "Jonas Brenner")], loc="MS Teams", tzid=OUTLOOK_TZ,
               desc="Grüezi Herr Brenner\n\nGerne lade ich Sie zu einem ersten Gespräch (45 Min.) ein. "
                    "Ich bin HR Business Partnerin bei Alpenblick und stelle Ihnen die Stelle in Zürich vor.\n\n"
                    "Freundliche Grüsse\nCorinne Müller\n\n" + teams("de")),
        tz=(OUTLOOK_TZ,)), "Alpenblick Software", "Frontend Engineer", "recruiter_screen", "jobs@alpenblick.ch",
        "outlook-ch-hr-de"))

    u = "glimmer-probetag-20260302@glimmer-commerce.de"
    series = vevent(u, "20260302T090000", "20260302T170000", "Probearbeiten bei Glimmer Commerce",
                    organizer=org("jule.becker@glimmer-commerce.de", "Jule Becker"),
                    attendees=[att(ME, "Jonas Brenner"), att("jule.becker@glimmer-commerce.de", "Jule Becker",
                                                             ps="ACCEPTED")],
                    loc="Glimmer Commerce, Schönhauser Allee 36, 10435 Berlin", tzid=B,
                    desc="Zwei Probetage im Frontend-Team (Shop-Frontend, Next.js). Jule (Engineering Managerin) "
                         "betreut dich, am Ende von Tag 2 gibt es ein Feedbackgespräch.",
                    extra=["RRULE:FREQ=DAILY;COUNT=2"])
    override = vevent(u, "20260303T100000", "20260303T180000", "Probearbeiten bei Glimmer Commerce (Tag 2)",
                      organizer=org("jule.becker@glimmer-commerce.de", "Jule Becker"),
                      attendees=[att(ME, "Jonas Brenner"), att("jule.becker@glimmer-commerce.de", "Jule Becker",
                                                               ps="ACCEPTED")],
                      loc="Glimmer Commerce, Schönhauser Allee 36, 10435 Berlin", tzid=B,
                      desc="Tag 2 beginnt erst um 10 Uhr (Team-Offsite am Morgen).",
                      extra=["RECURRENCE-ID;TZID=Europe/Berlin:20260303T090000"], seq=1)
    out.append(yes("recurring-trial", u, cal(GOOGLE, series, override, tz=(B,)), "Glimmer Commerce", "",
                   "onsite", "jule.becker@glimmer-commerce.de", "recurring-probetag-override-de"))

    u = "wellenreiter-int-0092@wellenreiter.io"
    out.append(yes("cancelled", u, cal(
        GOOGLE,
        vevent(u, "20260210T150000Z", "20260210T160000Z", "Canceled: Technical interview – Wellenreiter (Frontend)",
               organizer=org("tech-hiring@wellenreiter.io", "Wellenreiter Hiring"),
               attendees=[att(ME, "Jonas Brenner"), att("lasse.krog@wellenreiter.io", "Lasse Krog")],
               mode="utc", status="CANCELLED", seq=2,
               desc="This event has been canceled. Lasse is out sick; we'll send new times shortly.\n\n"
                    "Frontend Engineer (Surf Forecast App) technical interview with Lasse Krog."),
        method="CANCEL"), "Wellenreiter", "Frontend Engineer (Surf Forecast App)", "technical",
        "lasse.krog@wellenreiter.io", "cancelled-method-cancel-en"))

    u = "bbt-interview-7711@brueckenbauer.tech"
    out.append(yes("rescheduled", u, cal(
        OUTLOOK16,
        vevent(u, "20260225T140000", "20260225T150000",
               "Verschoben: Technisches Interview – Frontend Developer (React) – Brückenbauer Tech",
               organizer=org("people@brueckenbauer.tech", "Brückenbauer People"),
               attendees=[att(ME, "Jonas Brenner"), att("nico.brandt@brueckenbauer.tech", "Brandt, Nico")],
               loc="Microsoft Teams", tzid=W, seq=3,
               desc="Hallo Jonas,\n\nleider mussten wir den Termin vom 18.02. verschieben – neuer Termin ist "
                    "Mittwoch, 25.02., 14:00 Uhr. Nico (Senior Frontend) führt das Interview.\n\n" + teams("de")),
        tz=(W,)), "Brückenbauer Tech", "Frontend Developer (React)", "technical", "nico.brandt@brueckenbauer.tech",
        "rescheduled-sequence-de"))

    u = "allday-kaleido-onsite-20260310"
    out.append(yes("allday", u, cal(
        GOOGLE,
        vevent(u, "20260310", "20260311", "Kaleido Onsite Berlin (Interviews)", mode="allday",
               desc="Hotel: Motel One Alexanderplatz. 10:00 Ankunft Kaleido, Torstr. 109"),
        method=None, head=("X-WR-CALNAME:Jonas privat", "X-WR-TIMEZONE:Europe/Berlin")),
        "Kaleido", "", "onsite", "", "all-day-hand-typed-de"))

    u = "2m5vq8l0a9c7r3k1t6p4h2g8f0@google.com"
    out.append(yes("google-screen", u, cal(
        GOOGLE,
        vevent(u, "20260116T090000Z", "20260116T093000Z", "Jonas <> Kaleido | Intro",
               organizer=org("mira@kaleido.money", "Mira Szabo"),
               attendees=[att(ME, "Jonas Brenner"), att("mira@kaleido.money", "Mira Szabo", ps="ACCEPTED")],
               mode="utc",
               desc="Hi Jonas, quick intro about the Frontend Engineer role in our Investing team. I lead talent "
                    "at Kaleido.\n\n" + gmeet("klo-mira-int", "en")),
        ), "Kaleido", "Frontend Engineer", "recruiter_screen", "mira@kaleido.money", "google-brand-domain-en"))

    u = "4tl1m9e0b2x7seewerft@google.com"
    out.append(yes("google-export", u, cal(
        GOOGLE,
        vevent(u, "20260305T130000Z", "20260305T140000Z", "Gespräch mit Lars (Seewerft) - Teamlead",
               organizer=org(ME, "Jonas Brenner"), mode="utc",
               attendees=[att(ME, "Jonas Brenner", ps="ACCEPTED"), att("lars.petersen@seewerft.digital",
                                                                       "Lars Petersen")],
               desc="Seewerft Digital – Frontend Developer (Hamburg/remote). Lars wäre mein Teamlead."),
        method="PUBLISH", head=("X-WR-CALNAME:jonas.brenner@web.de", "X-WR-TIMEZONE:Europe/Berlin")),
        "Seewerft Digital", "Frontend Developer", "hiring_manager", "lars.petersen@seewerft.digital",
        "google-export-xwr-user-organizer-de"))
    return out
