"""holdout83: the user's own interviews with German and French employers (templates in DE/FR, interviews in
English or Spanish), a factorial invite from Spain and an Ashby invite with no stage."""

from __future__ import annotations

from holdout83ev_ics import USER_FREE, Ev, T, att, cal, desc, meet, meet_link, ms_tail, ms_uid, org, teams, zoom

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
EXCH = "Microsoft Exchange Server 2010"
BER = "Europe/Berlin"
UTC1_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"


def flinkwerk_personio() -> Ev:
    uid = "personio-interview-c81e0a47d9f2@personio.de"
    text = T(f"""
        Hallo Valentina,

        vielen Dank für deine Bewerbung als Junior Frontend Developer (m/w/d) – Remote bei der Flinkwerk GmbH. Wir
        freuen uns, dich zu einem ersten Kennenlerngespräch einzuladen.

        Gesprächspartnerin: Lena Hoffmann (People & Culture)
        Dauer: 30 Minuten
        Sprache: Englisch

        Den Link zum Videocall findest du unten. Falls der Termin nicht passt, antworte einfach auf diese E-Mail.

        Viele Grüße
        Dein Flinkwerk-Team

        {meet("de", "flinkwerk")}
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250317T081210Z",
        f"DTSTART;TZID={BER}:20250320T150000",
        f"DTEND;TZID={BER}:20250320T153000",
        "SUMMARY:Kennenlerngespräch: Junior Frontend Developer (m/w/d) – Remote | Flinkwerk GmbH",
        desc(text),
        "LOCATION:" + meet_link("flinkwerk"),
        org("lena.hoffmann@flinkwerk.de", "Lena Hoffmann"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("lena.hoffmann@flinkwerk.de", "Lena Hoffmann", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("personio", uid, cal(body, prodid="-//Personio GmbH//Personio Recruiting//DE", tz=(BER,),
                                   tzstyle="apple"), 1,
              "Flinkwerk", "Junior Frontend Developer (m/w/d) – Remote", "recruiter_screen",
              "lena.hoffmann@flinkwerk.de", "personio-de")


def kranich_softgarden() -> Ev:
    uid = "softgarden-appointment-2209871-kranich"
    turl, tt = teams("de", "kranich-sg")
    text = T(f"""
        Hallo Valentina Ríos,

        vielen Dank für Ihr Interesse an der Position Junior Software Developer (w/m/d) – Remote (LATAM). Gerne
        möchten wir Sie zu einem technischen Interview einladen.

        Ihre Gesprächspartner:
        Tobias Kranz – Teamlead Web
        Aylin Demir – Senior Developer

        Das Gespräch wird auf Englisch geführt und dauert ca. 60 Minuten (Code-Review einer kleinen Aufgabe und
        Fragen zu JavaScript/TypeScript).

        Mit freundlichen Grüßen
        Ihr Recruiting-Team der Kranich Software GmbH

        {tt}

        Diese Einladung wurde über softgarden versendet.
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250331T124403Z",
        f"DTSTART;TZID={BER}:20250404T160000",
        f"DTEND;TZID={BER}:20250404T170000",
        "SUMMARY:Einladung: Technisches Interview – Junior Software Developer (w/m/d)",
        desc(text),
        f"LOCATION:Microsoft Teams ({turl})",
        org("noreply@softgarden.io", "Kranich Software GmbH via softgarden"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("tobias.kranz@kranich-software.de", "Tobias Kranz", ps="ACCEPTED", style="plain"),
        att("aylin.demir@kranich-software.de", "Aylin Demir", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("softgarden", uid, cal(body, prodid="-//softgarden//Interview Scheduling//DE", tz=(BER,),
                                     tzstyle="apple"), 1,
              "Kranich Software", "Junior Software Developer (w/m/d) – Remote (LATAM)", "technical",
              "tobias.kranz@kranich-software.de;aylin.demir@kranich-software.de", "softgarden-technical-de")


def tessera_outlook() -> Ev:
    uid = ms_uid("tessera-zweitgespraech")
    turl, tt = teams("de", "tessera")
    text = T(f"""
        Hallo Valentina,

        wie telefonisch besprochen sende ich dir die Einladung zum Zweitgespräch mit Sebastian Wolff (Teamleitung
        Platform), der die Stelle als Junior Full-Stack Developer verantwortet. Das Gespräch findet auf Englisch
        statt. Ich selbst bin nicht dabei.

        Beste Grüße
        Katharina Vogel
        Recruiting | Tessera Cloud GmbH

        {tt}
        """)
    body = [
        "BEGIN:VEVENT",
        org("katharina.vogel@tessera-cloud.de", "Vogel, Katharina"),
        att("sebastian.wolff@tessera-cloud.de", "Wolff, Sebastian", style="outlook"),
        att(USER_FREE, "vale.rios.dev@gmail.com", style="outlook"),
        desc(text, params=";LANGUAGE=de-DE"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Zweitgespräch mit Teamleitung – Valentina Ríos (Junior Full-Stack Developer)",
        f'DTSTART;TZID="{UTC1_DE}":20250417T150000',
        f'DTEND;TZID="{UTC1_DE}":20250417T160000',
        "DTSTAMP:20250411T093012Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        *ms_tail(teams_link=turl),
        "END:VEVENT",
    ]
    return Ev("outlook-utc-zone", uid, cal(body, prodid=EXCH, tz=(UTC1_DE,), tzstyle="outlook"), 1, "Tessera Cloud",
              "Junior Full-Stack Developer", "hiring_manager", "sebastian.wolff@tessera-cloud.de",
              "outlook-coordinator-de")


def kiosque_wttj() -> Ev:
    uid = "welcomekit-interview-5d3a90e7c2f1@welcomekit.co"
    text = T("""
        Bonjour Valentina,

        Merci pour ta candidature ! Nous te confirmons ton entretien RH avec Claire Dubois, Talent Acquisition
        Manager chez Kiosque Labs, pour le poste de Développeuse Full-Stack Junior (remote LATAM).

        L'entretien peut se dérouler en anglais ou en espagnol, comme tu préfères.
        Durée : 30 min
        Lien visio : https://meet.google.com/kqs-bwnd-pra

        À très vite,
        L'équipe Kiosque Labs

        Envoyé via Welcome to the Jungle
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250321T160245Z",
        "DTSTART;TZID=Europe/Paris:20250326T170000",
        "DTEND;TZID=Europe/Paris:20250326T173000",
        "SUMMARY:Entretien RH – Développeuse Full-Stack Junior (remote LATAM) – Kiosque Labs",
        desc(text),
        "LOCATION:https://meet.google.com/kqs-bwnd-pra",
        org("no-reply@welcomekit.co", "Kiosque Labs"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("claire.dubois@kiosquelabs.fr", "Claire Dubois", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("wttj", uid, cal(body, prodid="-//Welcome to the Jungle//Welcome Kit//FR", tz=("Europe/Paris",),
                               tzstyle="apple"), 1,
              "Kiosque Labs", "Développeuse Full-Stack Junior (remote LATAM)", "recruiter_screen",
              "claire.dubois@kiosquelabs.fr", "wttj-recruiter-fr")


def mirabelle_fr() -> Ev:
    uid = "7ak1d9q3ws5nh0rm2vl8te6bjc@google.com"
    url, zt = zoom("fr", "mirabelle-software", "mirabelle")
    text = T(f"""
        Bonjour Valentina,

        Comme convenu avec Julien, voici l'invitation pour l'entretien technique (live coding, 1h) pour le poste
        de Développeuse JavaScript junior (équipe Amérique latine). Nous parlerons en anglais.

        À bientôt,
        Thomas Lefèvre
        Lead Developer, Mirabelle Software

        {zt}
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Paris:20250415T163000",
        "DTEND;TZID=Europe/Paris:20250415T173000",
        "DTSTAMP:20250410T084423Z",
        org("thomas.lefevre@mirabelle-software.fr", "Thomas Lefèvre"),
        f"UID:{uid}",
        att("thomas.lefevre@mirabelle-software.fr", "Thomas Lefèvre", ps="ACCEPTED"),
        att(USER_FREE, "Valentina Ríos"),
        "CREATED:20250410T084420Z",
        desc(text),
        "LAST-MODIFIED:20250410T084422Z",
        f"LOCATION:{url}",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entretien technique – Valentina Ríos / Mirabelle",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=("Europe/Paris",)), 1, "Mirabelle Software",
              "Développeuse JavaScript junior", "technical", "thomas.lefevre@mirabelle-software.fr",
              "gcal-technical-fr")


def halcyon_ashby() -> Ev:
    uid = "ashby-2d94c7e0-6b1f-4a83-9e57-c0f3d8a2b619@ashbyhq.com"
    text = T("""
        Hi Valentina,

        Thanks for your time so far! You're confirmed for your next interview for Junior Web Developer (Live Ops
        Tools) at Halcyon Games.

        You'll meet: Priya Natarajan and Diego Alvarez
        Duration: 50 minutes
        Zoom: https://halcyongames.zoom.us/j/85530092241

        Reschedule: https://app.ashbyhq.com/scheduling/reschedule/9f3b21

        Halcyon Games Recruiting
        Scheduled with Ashby
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "SEQUENCE:0",
        "DTSTAMP:20250505T211909Z",
        "DTSTART:20250512T190000Z",
        "DTEND:20250512T195000Z",
        "SUMMARY:Interview with Halcyon Games",
        "LOCATION:https://halcyongames.zoom.us/j/85530092241",
        desc(text),
        org("recruiting@halcyongames.com", "Halcyon Games Recruiting"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("priya.natarajan@halcyongames.com", "Priya Natarajan", ps="ACCEPTED", style="plain"),
        att("diego.alvarez@halcyongames.com", "Diego Alvarez", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return Ev("ashby", uid, cal(body, prodid="-//Ashby//Ashby Scheduling//EN"), 1, "Halcyon Games",
              "Junior Web Developer (Live Ops Tools)", "",
              "priya.natarajan@halcyongames.com;diego.alvarez@halcyongames.com", "ashby-no-stage-en")


def brujula_factorial() -> Ev:
    uid = "factorial-ats-event-331879@factorialhr.com"
    text = T("""
        Hola Valentina,

        Te confirmamos la entrevista con Sergio Domínguez, responsable de desarrollo de Brújula Viajes y futuro
        responsable del puesto de Desarrollador/a Frontend Junior (teletrabajo). Hablaréis unos 45 minutos sobre
        tu experiencia, el producto y el equipo.

        Enlace: https://meet.google.com/brj-pwmx-lzc

        Un saludo,
        Equipo de Personas · Brújula Viajes
        Enviado con Factorial
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250512T090105Z",
        "DTSTART;TZID=Europe/Madrid:20250515T160000",
        "DTEND;TZID=Europe/Madrid:20250515T164500",
        "SUMMARY:Entrevista Brújula Viajes – Desarrollador/a Frontend Junior",
        desc(text),
        "LOCATION:https://meet.google.com/brj-pwmx-lzc",
        org("no-reply@factorialhr.com", "Brújula Viajes"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("sergio.dominguez@brujulaviajes.es", "Sergio Domínguez", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("factorial", uid, cal(body, prodid="-//Factorial//Factorial ATS//ES", tz=("Europe/Madrid",),
                                    tzstyle="apple"), 1,
              "Brújula Viajes", "Desarrollador/a Frontend Junior (teletrabajo)", "hiring_manager",
              "sergio.dominguez@brujulaviajes.es", "factorial-hiring-manager-es")


EVENTS = [flinkwerk_personio, kranich_softgarden, tessera_outlook, kiosque_wttj, mirabelle_fr, halcyon_ashby,
          brujula_factorial]

FORMS = {
    "Flinkwerk": [],
    "Kranich Software": ["Kranich"],
    "Tessera Cloud": ["Tessera"],
    "Kiosque Labs": ["Kiosque"],
    "Mirabelle Software": ["Mirabelle"],
    "Halcyon Games": ["Halcyon"],
    "Brújula Viajes": ["Brújula"],
}
