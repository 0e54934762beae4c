"""Holdout22 extra positives (mostly English): less common producers and tricky-but-fair interviews.

Given nothing, cases() returns the Case list; it raises nothing.
"""

from __future__ import annotations

from holdout22ev_ics import ME, ME_CN, Att, Case, calendar, eu_zone, iana_zone, me, meet, teams, vevent, webex, zoom

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"


def cases() -> list[Case]:
    """Given nothing returns the extra interview cases."""
    out: list[Case] = []

    uid = "h22-x-informal-first@google.com"
    a = Att("Oona Fitzgerald", "oona.fitzgerald@papyrus-press.co.uk")
    body = vevent(
        uid,
        "Informal chat - Papyrus Press (first interview)",
        "20261202T140000",
        "20261202T143000",
        tzid="Europe/London",
        organizer=a,
        attendees=(a, me()),
        desc=(
            "Hi Claire, we keep the first stage of our process relaxed - it's an informal chat, but it "
            "is the first interview for the Digital Editor, Modern Languages vacancy. I manage the "
            "languages list and would be your line manager.\n" + meet("ppq-aerw-nmx")
        ),
    )
    out.append(
        Case(
            "informal-but-interview",
            uid,
            calendar(GOOGLE, body, zones=iana_zone("Europe/London", "GMT", "BST")),
            True,
            "Papyrus Press",
            "Digital Editor, Modern Languages",
            "hiring_manager",
            (a.email,),
            "chat_wording",
        )
    )

    uid = "h22-x-user-organised@google.com"
    k = Att("Ana Kovač", "ana.kovac@kelvo-learning.com")
    body = vevent(
        uid,
        "Interview Kelvo Learning - call Ana (Talent) re Course Producer",
        "20261204T093000Z",
        "20261204T100000Z",
        organizer=Att(ME_CN, ME),
        attendees=(k,),
        desc=(
            "Ana asked me to send the invite myself after her email. First screening for the Course "
            "Producer (remote EU) opening. She'll use this Zoom:\n" + zoom("861 3390 2271", "KvL0p1a2b3")
        ),
    )
    out.append(
        Case(
            "user-organised-own-interview",
            uid,
            calendar(GOOGLE, body),
            True,
            "Kelvo Learning",
            "Course Producer",
            "recruiter_screen",
            (k.email,),
            "user_is_organizer",
        )
    )

    uid = "h22-x-utc-zone-name@outlook"
    p1, p2 = Att("Greta Holm", "greta.holm@nordic-pedagogy.com"), Att("Arjun Mehta", "arjun.mehta@nordic-pedagogy.com")
    zone = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
    body = vevent(
        uid,
        "Claire Dubois - 2nd round - Customer Education Manager",
        "20261210T103000",
        "20261210T113000",
        tzid=zone,
        organizer=p1,
        attendees=(Att(ME_CN, ME), p2),
        desc=(
            "Hello Claire,\nThank you for the first conversation. In this second round Arjun (Head of "
            "Customer Success) and I (Customer Education Lead) would like to go deeper: please prepare "
            "a 10-minute demo of how you would onboard a school district to our platform.\nGreta\n" + teams()
        ),
        extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"),
    )
    out.append(
        Case(
            "outlook-utc-zone",
            uid,
            calendar(OUTLOOK, body, zones=eu_zone(zone)),
            True,
            "Nordic Pedagogy",
            "Customer Education Manager",
            "technical",
            (p1.email, p2.email),
            "windows_zone",
        )
    )

    uid = "h22-x-zoom-native@zoom.us"
    z = Att("Kwame Asante", "kwame.asante@learnsphere.ie")
    body = vevent(
        uid,
        "LearnSphere | Claire Dubois | Instructional Designer interview",
        "20261213T150000Z",
        "20261213T160000Z",
        organizer=z,
        attendees=(me(),),
        desc=(
            "Kwame Asante is inviting you to a scheduled Zoom meeting.\n\nTopic: LearnSphere | Claire "
            "Dubois | Instructional Designer interview\n\n"
            + zoom("872 5506 1184", "LsP9q0w1e2")
            + "\n\nAgenda: competency questions and a walkthrough of one of your lesson sequences. Kwame is"
            " Senior Instructional Designer on the team."
        ),
    )
    out.append(
        Case(
            "zoom-native",
            uid,
            calendar("-//zoom.us//iCalendar Event//EN", body),
            True,
            "LearnSphere",
            "Instructional Designer",
            "technical",
            (z.email,),
        )
    )

    uid = "h22-x-webex-geneva-final@webex"
    ps = (
        Att("Dr. Yasmin Haddad", "yasmin.haddad@academie-lacustre.ch"),
        Att("Pascal Berset", "pascal.berset@academie-lacustre.ch"),
    )
    body = vevent(
        uid,
        "Final interview - Learning Programme Manager - Académie Lacustre",
        "20261218T080000Z",
        "20261218T090000Z",
        organizer=Att("Talent Acquisition Académie Lacustre", "talent@academie-lacustre.ch"),
        attendees=(
            *ps,
            me(),
            Att(
                "Webex Room Kit - Léman",
                "roomkit.leman@academie-lacustre.ch",
                cutype="RESOURCE",
                role="NON-PARTICIPANT",
                rsvp=False,
            ),
        ),
        desc=(
            "Dear Claire,\nWe are delighted to invite you to the final interview with Dr. Yasmin Haddad "
            "(Director, Corporate Academy) and Pascal Berset (CHRO).\n" + webex()
        ),
    )
    out.append(
        Case(
            "webex-final",
            uid,
            calendar(OUTLOOK, body),
            True,
            "Académie Lacustre",
            "Learning Programme Manager",
            "final",
            tuple(p.email for p in ps),
            "resource",
        )
    )

    uid = "h22-x-calcom-tech@cal.com"
    c = Att("Leonie Brandt", "leonie@quizmint.io")
    body = vevent(
        uid,
        "Take-home debrief between Leonie Brandt and Claire Dubois",
        "20261216T160000Z",
        "20261216T170000Z",
        organizer=c,
        attendees=(me("ACCEPTED"),),
        desc=(
            "What: Take-home debrief - Learning Content Designer (Quizmint)\nInvitee Time Zone: Europe/"
            "Paris\nWhere: https://app.cal.com/video/qM81xx\nAdditional notes: we'll go through your "
            "assessment design task together"
        ),
    )
    out.append(
        Case(
            "calcom-takehome",
            uid,
            calendar("-//Cal.com Inc.//Cal.com Event//EN", body),
            True,
            "Quizmint",
            "Learning Content Designer",
            "technical",
            (c.email,),
        )
    )

    uid = "h22-x-de-softgarden@softgarden"
    d = Att("Mirko Hansen", "mirko.hansen@schulbuchwerk.de")
    body = vevent(
        uid,
        "Einladung zum Kennenlerngespräch - Redakteurin Französisch digital (m/w/d)",
        "20261211T140000",
        "20261211T144500",
        tzid="Europe/Berlin",
        organizer=Att("Schulbuchwerk Verlag Recruiting", "bewerbung@schulbuchwerk.de"),
        attendees=(d, me()),
        desc=(
            "Guten Tag Frau Dubois,\nHerr Mirko Hansen (Personalreferent) freut sich auf das telefonische "
            "Kennenlerngespräch. Er ruft Sie unter der angegebenen Nummer an.\nPowered by softgarden"
        ),
    )
    out.append(
        Case(
            "de-softgarden-screen",
            uid,
            calendar("-//softgarden//e-recruiting//DE", body, zones=iana_zone("Europe/Berlin")),
            True,
            "Schulbuchwerk Verlag",
            "Redakteurin Französisch digital",
            "recruiter_screen",
            (d.email,),
            "phone",
            "de",
        )
    )

    uid = "h22-x-es-teamtailor@teamtailor.com"
    e = Att("Rocío Barranco", "rocio.barranco@claustro.app")
    body = vevent(
        uid,
        "Entrevista con el equipo - Customer Education Specialist - Claustro",
        "20261215T110000Z",
        "20261215T120000Z",
        organizer=Att("Claustro", "claustro@teamtailor-mail.com"),
        attendees=(e, Att("Hugo Salinas", "hugo.salinas@claustro.app"), me()),
        desc=(
            "Hola Claire,\nEn esta fase conocerás a Rocío (Customer Education Lead) y Hugo (Support "
            "Manager). Prepara un ejemplo de tutorial para docentes.\n"
            + meet("clt-ppaa-wqe", "es")
            + "\nEnviado con Teamtailor"
        ),
    )
    out.append(
        Case(
            "es-teamtailor-team",
            uid,
            calendar("-//Teamtailor//Interviews//ES", body),
            True,
            "Claustro",
            "Customer Education Specialist",
            "technical",
            (e.email, "hugo.salinas@claustro.app"),
            lang="es",
        )
    )
    return out
