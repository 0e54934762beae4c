"""holdout74: the user's own interviews, further rounds at employers met elsewhere in the split."""

from __future__ import annotations

from holdout74ev_ics import (
    TZ_LONDON,
    TZ_ZURICH,
    USER_FREE,
    WEU,
    WEU_DE,
    WEU_FR,
    Ev,
    alarm,
    att,
    dt,
    google_footer,
    head_google,
    head_outlook,
    head_tb,
    meet,
    org,
    outlook_tail,
    outlook_uid,
    prop,
    teams,
    tz_windows,
    vcal,
    vevent,
    zoom,
)


def _sensovia_tech() -> Ev:
    uid = "3b9q7k1m5sensovia8t2c6x0p4@google.com"
    desc = (
        "Bonjour Reto,\n\nSuite à ton échange avec Claire, voici l'invitation pour l'entretien technique. "
        "Nous parlerons de l'infrastructure actuelle (Microsoft 365, deux salles serveurs, réseau de "
        "production) et de la validation des systèmes informatisés (GAMP 5). Marc-André Jaquet, responsable "
        "Qualité & Validation, se joindra à nous.\n\nÀ jeudi,\nJulien Perret\nLead DevOps, Sensovia\n\n"
        + meet("fr", "snv-pqrk-tux")
        + google_footer("fr")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251106T100000",
            "DTEND;TZID=Europe/Zurich:20251106T111500",
            "DTSTAMP:20251031T093020Z",
            org("julien.perret@sensovia.ch", "Julien Perret"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("marc-andre.jaquet@sensovia.ch", "Marc-André Jaquet", cutype="INDIVIDUAL",
                extra=";X-NUM-GUESTS=0"),
            att("julien.perret@sensovia.ch", "Julien Perret", cutype="INDIVIDUAL", partstat="ACCEPTED",
                rsvp=False, extra=";X-NUM-GUESTS=0"),
            "X-GOOGLE-CONFERENCE:https://meet.google.com/snv-pqrk-tux",
            prop("DESCRIPTION", desc),
            "LOCATION:",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Entretien technique – Reto Brunner"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "google-technique", uid, ics, 1, "Sensovia Medical", "", "technical",
        ("julien.perret@sensovia.ch", "marc-andre.jaquet@sensovia.ch"), "google-technical-fr",
    )


def _blp_screen() -> Ev:
    uid = outlook_uid("blp-entretien-telephonique-head-it-ops")
    desc = (
        "Monsieur Brunner,\n\n"
        "Je vous remercie de votre candidature au poste de Head of IT Operations (Genève). Comme convenu, je "
        "vous appellerai pour un premier entretien téléphonique d'environ 30 minutes.\n\n"
        "Meilleures salutations\n\nJulie Favre\nTalent Acquisition\nBanque Lémanique Privée SA"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_FR),
        vevent(
            org("julie.favre@blp.ch", "Favre, Julie"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            prop("DESCRIPTION", desc, ";LANGUAGE=fr-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Entretien téléphonique – M. Reto Brunner", ";LANGUAGE=fr-CH"),
            dt(WEU_FR, "20251118T121500"),
            dt(WEU_FR, "20251118T124500", "DTEND"),
            "DTSTAMP:20251113T162233Z",
            prop("LOCATION", "Téléphone", ";LANGUAGE=fr-CH"),
            outlook_tail(),
        ),
    )
    return Ev(
        "outlook-telephone", uid, ics, 1, "Banque Lémanique Privée", "Head of IT Operations (Genève)",
        "recruiter_screen", ("julie.favre@blp.ch",), "phone-screen-fr",
    )


def _corvane_screen() -> Ev:
    uid = "8c4x0m6q2corvane7k1t5b9r3@google.com"
    desc = (
        "Hi Reto,\n\nLovely to connect on LinkedIn. As mentioned, we're building out a Swiss IT function "
        "following our acquisition of two companies in Bern and Lausanne and are looking for a Head of IT "
        "Switzerland. This first call is with me - a chance to talk through the role and your background.\n\n"
        "Speak soon,\nOliver Grant\nTalent Acquisition Lead, Corvane Group\n\n"
        + zoom("en", "874 3310 2296", "381102", host="us06web")
        + google_footer("en")
    )
    ics = vcal(
        head_google(),
        TZ_LONDON,
        vevent(
            "DTSTART;TZID=Europe/London:20251112T080000",
            "DTEND;TZID=Europe/London:20251112T083000",
            "DTSTAMP:20251107T114400Z",
            org("oliver.grant@corvane.co.uk", "Oliver Grant"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("oliver.grant@corvane.co.uk", "Oliver Grant", cutype="INDIVIDUAL", partstat="ACCEPTED",
                rsvp=False, extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "https://us06web.zoom.us/j/87433102296"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Reto Brunner / Corvane - intro call"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "google-london-intro", uid, ics, 1, "Corvane Group", "Head of IT Switzerland", "recruiter_screen",
        ("oliver.grant@corvane.co.uk",), "google-london-tz-recruiter-en",
    )


def _ewz_second() -> Ev:
    uid = outlook_uid("ew-zulgtal-zweites-gespraech-vr")
    desc = (
        "Sehr geehrter Herr Brunner\n\n"
        "Gerne bestätige ich Ihnen im Auftrag von Herrn Gerber das zweite Gespräch. Neben Herrn Gerber wird "
        "der Verwaltungsratspräsident, Herr Rudolf Wenger, teilnehmen. Das Gespräch ist als letzte Runde "
        "vor dem Entscheid vorgesehen.\n\n"
        "Freundliche Grüsse\n\nCorinne Blaser\nDirektionsassistentin\nElektrizitätswerk Zulgtal AG"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU_DE),
        vevent(
            org("hans.gerber@ew-zulgtal.ch", "Gerber, Hans", sent_by="corinne.blaser@ew-zulgtal.ch"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("r.wenger@bluewin.ch", "Rudolf Wenger"),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "2. Gespräch Leiter Informatik / R. Brunner", ";LANGUAGE=de-CH"),
            dt(WEU_DE, "20251105T170000"),
            dt(WEU_DE, "20251105T180000", "DTEND"),
            "DTSTAMP:20251024T100407Z",
            prop("LOCATION", "Bernstrasse 5, Steffisburg, Büro Direktion", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev(
        "outlook-second-round", uid, ics, 1, "Elektrizitätswerk Zulgtal", "Leiter Informatik", "final",
        ("hans.gerber@ew-zulgtal.ch", "r.wenger@bluewin.ch"), "outlook-vr-on-freemail-de",
    )


def _jurastein_first() -> Ev:
    uid = outlook_uid("jurastein-erstgespraech-it-leiter")
    desc = (
        "Guten Tag Herr Brunner\n\n"
        "Besten Dank für Ihre Bewerbung als IT-Leiter/in. Gerne laden wir Sie zu einem ersten Gespräch bei "
        "uns im Werk Oberbipp ein. Gesprächspartnerinnen sind Karin Schenk (CFO, Vorgesetzte der Stelle) und "
        "ich.\n\nFreundliche Grüsse\nRahel Vogt\nLeiterin HR\nJurastein Baustoffe AG"
    )
    ics = vcal(
        head_outlook(),
        tz_windows(WEU),
        vevent(
            org("rahel.vogt@jurastein.ch", "Vogt, Rahel"),
            att(USER_FREE, "reto.brunner@bluewin.ch"),
            att("karin.schenk@jurastein.ch", "Schenk, Karin"),
            att("ob-sitzung-weissenstein@jurastein.ch", "OB Sitzungszimmer Weissenstein", cutype="ROOM",
                role="NON-PARTICIPANT", rsvp=False),
            prop("DESCRIPTION", desc, ";LANGUAGE=de-CH"),
            f"UID:{uid}",
            prop("SUMMARY", "Erstgespräch IT-Leiter/in – Brunner Reto", ";LANGUAGE=de-CH"),
            dt(WEU, "20251104T140000"),
            dt(WEU, "20251104T150000", "DTEND"),
            "DTSTAMP:20251027T090112Z",
            prop("LOCATION", "Werk Oberbipp, Verwaltung, Sitzungszimmer Weissenstein", ";LANGUAGE=de-CH"),
            outlook_tail(),
        ),
    )
    return Ev(
        "outlook-erstgespraech", uid, ics, 1, "Jurastein Baustoffe", "IT-Leiter/in", "",
        ("rahel.vogt@jurastein.ch", "karin.schenk@jurastein.ch"), "outlook-room-company-in-body-de",
    )


def _jungfraublick_onsite() -> Ev:
    uid = "9v3k7m1q5jungfrau2b6x0c4t8@google.com"
    desc = (
        "Lieber Herr Brunner\n\n"
        "Schön, dass es weitergeht! Wie besprochen zeigen wir Ihnen zuerst zwei unserer Häuser und die "
        "Serverräume, danach sprechen Sie mit Hans-Peter Ritschard (CEO) und mir. James Whitfield von Alpine "
        "Talent Partners ist informiert.\n\n"
        "Treffpunkt: Réception Hotel Jungfraublick, Höheweg 41, Interlaken\n\n"
        "Herzliche Grüsse\nNicole Abegglen\nCOO, Hotelgruppe Jungfraublick"
        + google_footer("de")
    )
    ics = vcal(
        head_google(),
        TZ_ZURICH,
        vevent(
            "DTSTART;TZID=Europe/Zurich:20251210T093000",
            "DTEND;TZID=Europe/Zurich:20251210T130000",
            "DTSTAMP:20251201T184455Z",
            org("nicole.abegglen@jungfraublick-hotels.ch", "Nicole Abegglen"),
            f"UID:{uid}",
            att(USER_FREE, "reto.brunner@bluewin.ch", cutype="INDIVIDUAL", extra=";X-NUM-GUESTS=0"),
            att("hp.ritschard@jungfraublick-hotels.ch", "Hans-Peter Ritschard", cutype="INDIVIDUAL",
                extra=";X-NUM-GUESTS=0"),
            att("james.whitfield@alpinetalent.ch", "James Whitfield", cutype="INDIVIDUAL", role="OPT-PARTICIPANT",
                extra=";X-NUM-GUESTS=0"),
            att("nicole.abegglen@jungfraublick-hotels.ch", "Nicole Abegglen", cutype="INDIVIDUAL",
                partstat="ACCEPTED", rsvp=False, extra=";X-NUM-GUESTS=0"),
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Hotel Jungfraublick, Höheweg 41, 3800 Interlaken"),
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            prop("SUMMARY", "Besuch & Gespräch Head of IT – Reto Brunner"),
            "TRANSP:OPAQUE",
        ),
    )
    return Ev(
        "google-besuch", uid, ics, 1, "Hotelgruppe Jungfraublick", "Head of IT", "onsite",
        ("hp.ritschard@jungfraublick-hotels.ch", "nicole.abegglen@jungfraublick-hotels.ch"),
        "google-onsite-agency-cc-de",
    )


def _tb_mediahaus_tech() -> Ev:
    uid = "d4e7a1b2-0c9f-4b33-8e6d-mediahaus-fachgespraech"
    desc = (
        "Guten Tag Herr Brunner\n\n"
        "Wie angekündigt findet das Fachgespräch mit unserem externen IT-Berater, Herrn Samuel Lanz, statt. "
        "Er wird mit Ihnen die Themen Netzwerk, Backup/Restore und die Ablösung unseres Redaktionssystems "
        "vertiefen. Ich selbst bin nicht dabei.\n\n"
        "Freundliche Grüsse\nClaudia Rüfenacht\nCFO, Mediahaus Aaretal AG\n\n"
        + teams("de", "334 019 552 781", "Mh3Rx8")
    )
    ics = vcal(
        head_tb(),
        TZ_ZURICH,
        vevent(
            "CREATED:20251111T101500Z",
            "LAST-MODIFIED:20251111T101732Z",
            "DTSTAMP:20251111T101732Z",
            f"UID:{uid}",
            prop("SUMMARY", "Fachgespräch Leiter ICT (Mediahaus Aaretal)"),
            org("claudia.ruefenacht@mediahaus-aaretal.ch", "Claudia Rüfenacht"),
            att(USER_FREE, "Reto Brunner"),
            att("s.lanz@lanz-itberatung.ch", "Samuel Lanz"),
            "DTSTART;TZID=Europe/Zurich:20251118T160000",
            "DTEND;TZID=Europe/Zurich:20251118T170000",
            prop("DESCRIPTION", desc),
            prop("LOCATION", "Microsoft Teams"),
            "SEQUENCE:0",
            "X-MOZ-SEND-INVITATIONS:TRUE",
            alarm("-PT15M", "Default Mozilla Description"),
        ),
    )
    return Ev(
        "thunderbird-fachgespraech", uid, ics, 1, "Mediahaus Aaretal", "Leiter ICT", "technical",
        ("s.lanz@lanz-itberatung.ch",), "thunderbird-external-assessor-de",
    )


def events() -> list[Ev]:
    return [
        _sensovia_tech(),
        _blp_screen(),
        _corvane_screen(),
        _ewz_second(),
        _jurastein_first(),
        _jungfraublick_onsite(),
        _tb_mediahaus_tech(),
    ]

