"""holdout120: more of the user's own interviews - Exchange, Webex, a series, DE/FR/ES direct invites."""

from __future__ import annotations

from holdout120ev_ics import (
    ME_Y,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_OUTLOOK,
    PRODID_TB,
    TZ_CHI,
    TZ_NY,
    TZ_W_CST,
    TZ_W_UTC_BER,
    Ev,
    att,
    cal,
    esc,
    meet,
    org,
    teams,
    vevent,
    webex,
)


def _exchange_webex() -> list[Ev]:
    out = []
    plain = esc("""
        Hello Rachel,

        Thank you for applying to BluePeak Financial. Tanya Morales from our Talent Acquisition team will call
        you for a brief phone screen regarding the Legal Operations Analyst (Contracts) opening.

        If this time no longer works, please reply to this invitation.
    """)
    html = ("<html><body><div>Hello Rachel\\,</div><div>Thank you for applying to BluePeak Financial. Tanya Morales "
            "from our Talent Acquisition team will call you for a brief phone screen regarding the <b>Legal "
            "Operations Analyst (Contracts)</b> opening.</div></body></html>")
    uid = "040000008200E00074C5B7101A82E00800000000D41A9C36A29FDB010000000000000000100000002B7E"
    out.append(Ev("exchange-phone-screen", cal(vevent(f"""
        DESCRIPTION;LANGUAGE=en-US:{plain}
        UID:{uid}
        SUMMARY;LANGUAGE=en-US:BluePeak Financial - Phone Screen
        DTSTART;TZID=Central Standard Time:20250312T113000
        DTEND;TZID=Central Standard Time:20250312T120000
        CLASS:PUBLIC
        PRIORITY:5
        DTSTAMP:20250306T201133Z
        TRANSP:OPAQUE
        STATUS:CONFIRMED
        SEQUENCE:0
        LOCATION;LANGUAGE=en-US:Phone - we will call you
        {org("tanya.morales@bluepeakfin.com", "Morales, Tanya")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        X-ALT-DESC;FMTTYPE=text/html:{html}
        X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
    """), prodid=PRODID_EXCHANGE, tz=(TZ_W_CST,)), uid, 1, "BluePeak Financial", "Legal Operations Analyst (Contracts)",
        "recruiter_screen", "tanya.morales@bluepeakfin.com", "exchange-phone-screen-altdesc-en"))

    d = esc("""
        Rachel,

        Robert Haines, our General Counsel, would like to meet you for the final interview for Senior Contracts
        Administrator. I'll open the meeting and introduce you, then drop off.
    """, webex("meridianmutual", "26614738852"), """
        Lorraine Becker | HR Business Partner | Meridian Mutual
    """)
    uid = "ABC2F0E1C74E4FD1B4A0D7B91F38E1A5-meridianmutual-webex"
    out.append(Ev("webex-final-gc", cal(vevent(f"""
        UID:{uid}
        DTSTAMP:20250416T145500Z
        DTSTART;TZID=America/Chicago:20250422T103000
        DTEND;TZID=America/Chicago:20250422T113000
        {org("lorraine.becker@meridianmutual.com", "Lorraine Becker")}
        {att("rhaines@meridianmutual.com", "Robert Haines")}
        {att(ME_Y, "Rachel Kowalski")}
        SUMMARY:Meridian Mutual - Final Interview w/ General Counsel (Webex)
        DESCRIPTION:{d}
        LOCATION:https://meridianmutual.webex.com/meridianmutual/j.php?MTID=m26614738852a7c
    """), prodid="-//Cisco//Webex Meetings//EN", tz=(TZ_CHI,)), uid, 1, "Meridian Mutual Insurance",
        "Senior Contracts Administrator", "final", "rhaines@meridianmutual.com", "webex-final-gc-en"))

    d = esc("""
        Hi Rachel,

        Victor Amadi (Deputy General Counsel and the hiring manager for the Legal Operations Specialist role)
        would like to meet with you. Please use the Teams link below.
    """, teams("287 410 556 190", "OTc4ZWYxNzAtMDg4Ni00"), """
        Courtney Reyes
        Talent Acquisition Partner | Kestrel Pharmaceuticals
    """)
    uid = "040000008200E00074C5B7101A82E00800000000F2D3F85F44A2DB01000000000000000010000000A13F"
    out.append(Ev("outlook-hm-coordinator", cal(vevent(f"""
        DESCRIPTION:{d}
        UID:{uid}
        SUMMARY:Kestrel Pharmaceuticals - Hiring Manager Interview - Rachel Kowalski
        DTSTART;TZID=Central Standard Time:20250417T100000
        DTEND;TZID=Central Standard Time:20250417T104500
        DTSTAMP:20250411T151500Z
        LOCATION:Microsoft Teams Meeting
        {org("courtney.reyes@kestrelpharma.com", "Reyes, Courtney")}
        {att("victor.amadi@kestrelpharma.com", "Amadi, Victor")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, 1, "Kestrel Pharmaceuticals", "Legal Operations Specialist",
        "hiring_manager", "victor.amadi@kestrelpharma.com", "outlook-hm-coordinator-en"))
    return out


def _series_tb_google() -> list[Ev]:
    out = []
    d = esc("""
        Hi Rachel,

        As mentioned, our panel runs over two mornings. Day 1: Lena Farrow (VP, Business & Legal Affairs) and
        Martin Ode (Rights & Clearances Manager). Day 2: same panel, case discussion on a talent agreement.
    """, meet("gfm-panl-two"))
    uid = "0vq8mh1jv6r3fq7c2a4kpb9u5s@google.com"
    base = vevent(f"""
        DTSTART;TZID=America/New_York:20250519T100000
        DTEND;TZID=America/New_York:20250519T113000
        RRULE:FREQ=DAILY;COUNT=2
        DTSTAMP:20250513T181400Z
        {org("lena.farrow@glassfieldmedia.com", "Lena Farrow")}
        UID:{uid}
        {att("lena.farrow@glassfieldmedia.com", "Lena Farrow", ps="ACCEPTED", rsvp=False)}
        {att("martin.ode@glassfieldmedia.com", "Martin Ode")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        DESCRIPTION:{d}
        LOCATION:https://meet.google.com/gfm-panl-two
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Glassfield Media - Legal Ops Manager panel (Rachel Kowalski)
    """)
    override = vevent(f"""
        DTSTART;TZID=America/New_York:20250520T140000
        DTEND;TZID=America/New_York:20250520T153000
        RECURRENCE-ID;TZID=America/New_York:20250520T100000
        DTSTAMP:20250515T120300Z
        {org("lena.farrow@glassfieldmedia.com", "Lena Farrow")}
        UID:{uid}
        {att("lena.farrow@glassfieldmedia.com", "Lena Farrow", ps="ACCEPTED", rsvp=False)}
        {att("martin.ode@glassfieldmedia.com", "Martin Ode")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        DESCRIPTION:{d}
        LOCATION:https://meet.google.com/gfm-panl-two
        SEQUENCE:1
        STATUS:CONFIRMED
        SUMMARY:Glassfield Media - Legal Ops Manager panel (Rachel Kowalski) - Day 2 moved to afternoon
    """)
    out.append(Ev("google-recurring-override", cal(base, override, tz=(TZ_NY,)), uid, 1, "Glassfield Media",
                  "Legal Ops Manager", "onsite", "lena.farrow@glassfieldmedia.com;martin.ode@glassfieldmedia.com",
                  "google-recurring-override-en"))

    d = esc("""
        Rachel -
        Thanks for sending your resume over. Let's have a call about the contracts manager position - I'd
        like to understand your experience with title commitments and vendor agreements.
        I'll call your cell.
        Dan Walsh
        COO, Juniper Title & Escrow
    """)
    uid = "8c1b3e52-6f0d-4b1a-9e47-2fd0c95a1e63"
    out.append(Ev("thunderbird-direct", cal(vevent(f"""
        CREATED:20250505T132010Z
        LAST-MODIFIED:20250505T132210Z
        DTSTAMP:20250505T132210Z
        UID:{uid}
        SUMMARY:Call re: contracts manager position (Juniper Title)
        {org("dwalsh@junipertitle.com", "Dan Walsh")}
        {att(ME_Y, "Rachel Kowalski")}
        DTSTART;TZID=America/Chicago:20250507T161500
        DTEND;TZID=America/Chicago:20250507T164500
        DESCRIPTION:{d}
        LOCATION:phone
        SEQUENCE:0
        TRANSP:OPAQUE
        X-MOZ-SEND-INVITATIONS:TRUE
    """), prodid=PRODID_TB, tz=(TZ_CHI,)), uid, 1, "Juniper Title & Escrow", "Contracts Manager", "",
        "dwalsh@junipertitle.com", "thunderbird-direct-en"))

    d = esc("""
        Hi Rachel,

        We'd love to have you in for the final round at our West Town office (600 W. Chicago Ave, Suite 410).
        You'll meet our CEO, Nate Albright, and our Head of Operations, Laura Kim. Tom will stop by to say hi
        at the end.
    """)
    uid = "5m2nq0r8k7p4t1c6d3bbv9x0ja@google.com"
    out.append(Ev("google-final-onsite", cal(vevent(f"""
        DTSTART;TZID=America/Chicago:20250418T130000
        DTEND;TZID=America/Chicago:20250418T143000
        DTSTAMP:20250411T150000Z
        {org("tom.hallick@redlinediscovery.com", "Tom Hallick")}
        UID:{uid}
        {att("nate@redlinediscovery.com", "Nate Albright")}
        {att("laura.kim@redlinediscovery.com", "Laura Kim")}
        {att("tom.hallick@redlinediscovery.com", "Tom Hallick", ps="ACCEPTED", rsvp=False)}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        DESCRIPTION:{d}
        LOCATION:Redline Discovery\\, 600 W. Chicago Ave\\, Suite 410\\, Chicago\\, IL 60654
        STATUS:CONFIRMED
        SUMMARY:Redline Discovery - Final Round (in person)
    """), prodid=PRODID_GOOGLE, tz=(TZ_CHI,)), uid, 1, "Redline Discovery", "E-Discovery Project Manager", "final",
        "nate@redlinediscovery.com;laura.kim@redlinediscovery.com", "google-final-onsite-organizer-en"))
    return out


def _intl_direct() -> list[Ev]:
    out = []
    d = esc("""
        Hola Rachel,

        Gracias por tu interés en la vacante de Coordinadora de Contratos en nuestra oficina de Chicago. Te
        confirmo la entrevista con Mariana Olvera, Gerente Jurídico para Norteamérica, quien será tu jefa
        directa. La entrevista será en español e inglés.

        Dirección: 1 E. Wacker Dr., piso 31. Pregunta por Recursos Humanos en recepción.

        Saludos,
        Fernanda Ruiz
        Recursos Humanos | Grupo Almena
    """)
    uid = "040000008200E00074C5B7101A82E00800000000A8B2E7D21BA9DB01000000000000000010000000E4C1"
    out.append(Ev("outlook-hm-es", cal(vevent(f"""
        DESCRIPTION;LANGUAGE=es-MX:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=es-MX:Entrevista - Coordinadora de Contratos - Rachel Kowalski
        DTSTART;TZID=Central Standard Time:20250424T110000
        DTEND;TZID=Central Standard Time:20250424T120000
        DTSTAMP:20250418T160400Z
        LOCATION;LANGUAGE=es-MX:1 E. Wacker Dr.\\, piso 31
        {org("fruiz@grupoalmena.com.mx", "Ruiz, Fernanda")}
        {att("molvera@grupoalmena.com.mx", "Olvera, Mariana")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_CST,)), uid, 1, "Grupo Almena", "Coordinadora de Contratos",
        "hiring_manager", "molvera@grupoalmena.com.mx", "outlook-hm-es"))

    d = esc("""
        Bonjour Rachel,

        Suite à nos échanges, je vous confirme votre entretien pour le poste de Responsable Legal Operations
        de notre bureau de New York avec Maître Claire Vasseur, associée, et Thomas Ribeiro, directeur
        administratif du bureau. L'entretien se tiendra en anglais, par visioconférence Teams.
    """, teams("251 664 097 321", "YmQ0NDRiNzYtOGQ3Ny00"), """
        Bien cordialement,
        Élodie Marchal
        Responsable Ressources Humaines | Delorme & Associés
    """)
    uid = "040000008200E00074C5B7101A82E0080000000077AC3E19F6AADB010000000000000000100000003C9D"
    tzid = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    out.append(Ev("outlook-entretien-fr", cal(vevent(f"""
        DESCRIPTION;LANGUAGE=fr-FR:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=fr-FR:Entretien Rachel Kowalski - Responsable Legal Operations (NY)
        DTSTART;TZID="{tzid}":20250505T170000
        DTEND;TZID="{tzid}":20250505T180000
        DTSTAMP:20250428T090000Z
        LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
        {org("e.marchal@delorme-avocats.fr", "Marchal, Élodie")}
        {att("c.vasseur@delorme-avocats.fr", "Vasseur, Claire")}
        {att("t.ribeiro@delorme-avocats.fr", "Ribeiro, Thomas")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_UTC_BER,)), uid, 1, "Delorme & Associés", "Responsable Legal Operations",
        "", "c.vasseur@delorme-avocats.fr;t.ribeiro@delorme-avocats.fr", "outlook-utc-plus-one-fr"))

    d = esc("""
        Liebe Rachel,

        vielen Dank für die angenehmen Gespräche bisher. Wie besprochen laden wir Sie zum Abschlussgespräch
        mit unserem General Counsel, Dr. Matthias Kerner, ein. Das Gespräch findet auf Englisch statt und
        dauert etwa 60 Minuten.
    """, teams("238 119 774 065", "ZGI3MjFmNjMtN2E2Yy00"), """
        Beste Grüße
        Katrin Vogel
        HR Business Partner | Heller Automotive GmbH
    """)
    uid = "040000008200E00074C5B7101A82E00800000000B9E4C1FF20ADDB01000000000000000010000000F7A2"
    out.append(Ev("outlook-final-de", cal(vevent(f"""
        DESCRIPTION;LANGUAGE=de-DE:{d}
        UID:{uid}
        SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Legal Operations Manager (m/w/d) - Dr. Kerner / R. Kowalski
        DTSTART;TZID="{tzid}":20250521T163000
        DTEND;TZID="{tzid}":20250521T173000
        DTSTAMP:20250514T074500Z
        LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
        {org("katrin.vogel@heller-automotive.de", "Vogel, Katrin")}
        {att("matthias.kerner@heller-automotive.de", "Kerner, Matthias Dr.")}
        {att(ME_Y, "rachel.kowalski.legal@yahoo.com")}
        X-MICROSOFT-CDO-BUSYSTATUS:BUSY
    """), prodid=PRODID_OUTLOOK, tz=(TZ_W_UTC_BER,)), uid, 1, "Heller Automotive", "Legal Operations Manager",
        "final", "matthias.kerner@heller-automotive.de", "outlook-final-gc-de"))
    return out


def events() -> list[Ev]:
    return [*_exchange_webex(), *_series_tb_google(), *_intl_direct()]
