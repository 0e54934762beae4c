"""holdout107: the user's own interviews with continental employers' UK programmes (DE / FR / ES invites)."""

from __future__ import annotations

from holdout107ev_boiler import teams, zoom
from holdout107ev_ics import ME_GMAIL, OLK, UTC_BRUSSELS, Ev, cal, desc, o_att, p_att, room


def nordwind_first() -> Ev:
    uid = "softgarden-appt-5b7e2c11-88a4-4f0b-9d3e-c2a1f6e07b94"
    body = (
        "Sehr geehrte Frau Campbell,\n\nvielen Dank für Ihre Bewerbung als Leitung Early Careers UK (m/w/d) "
        "bei der Nordwind Logistik GmbH. Gerne möchten wir Sie zu einem ersten Vorstellungsgespräch per "
        "Videokonferenz einladen.\n\nIhre Gesprächspartnerinnen: Frau Katrin Vogt (Talent Acquisition) und "
        "Frau Dr. Miriam Hensel (Leitung Personalentwicklung).\nDas Gespräch findet auf Englisch statt.\n\n"
        "Mit freundlichen Grüßen\nIhr Recruiting-Team der Nordwind Logistik GmbH\n\n"
        "Diese Nachricht wurde über softgarden versendet."
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250313T083011Z",
        "DTSTART;TZID=Europe/Berlin:20250320T110000",
        "DTEND;TZID=Europe/Berlin:20250320T120000",
        "SUMMARY:Vorstellungsgespräch: Leitung Early Careers UK (m/w/d)",
        "ORGANIZER;CN=Nordwind Logistik GmbH:mailto:jobs@nordwind-logistik.de",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("k.vogt@nordwind-logistik.de", "Katrin Vogt"),
        p_att("m.hensel@nordwind-logistik.de", "Miriam Hensel"),
        desc(body),
        "LOCATION:Microsoft Teams",
    ]
    return Ev("softgarden-de", cal([ev], "-//softgarden//softgarden e-recruiting//DE", tz=("berlin",)), uid, 1,
              "Nordwind Logistik", "Leitung Early Careers UK (m/w/d)", "",
              "k.vogt@nordwind-logistik.de;m.hensel@nordwind-logistik.de", "softgarden-de")


def nordwind_second() -> Ev:
    uid = OLK + "0000000091E0F3C2A1B9DB01000000000000000010000000AA00BB11CC22DD33EE44FF5566778899"
    intro = (
        "Liebe Frau Campbell,\n\nwie besprochen sende ich Ihnen die Einladung für das Zweitgespräch mit dem "
        "Fachbereich: Herr Jens Albrecht (Geschäftsführer Nordwind UK Ltd., Ihr künftiger Vorgesetzter) und ich."
        "\n\nViele Grüße\nKatrin Vogt\nTalent Acquisition\n"
    )
    ev = [
        'ORGANIZER;CN="Vogt, Katrin":mailto:k.vogt@nordwind-logistik.de',
        o_att(ME_GMAIL, "eilidh.campbell.careers@gmail.com"),
        o_att("j.albrecht@nordwind-logistik.de", "Albrecht, Jens"),
        desc(intro + "\n" + teams("365 880 214 907", "Nw3Lg8", "de")),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=de-DE:Zweitgespräch Fachbereich - Leitung Early Careers UK - Campbell",
        "DTSTART;TZID=W. Europe Standard Time:20250402T150000",
        "DTEND;TZID=W. Europe Standard Time:20250402T160000",
        "DTSTAMP:20250326T140100Z",
        "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
        "SEQUENCE:0",
    ]
    return Ev("outlook-windows-zone-de", cal([ev], "outlook", tz=("weurope",)), uid, 1, "Nordwind Logistik",
              "Leitung Early Careers UK", "hiring_manager",
              "j.albrecht@nordwind-logistik.de;k.vogt@nordwind-logistik.de",
              "outlook-hm-de")


def kaskade() -> Ev:
    uid = "personio-4c0e9b1d-2a7f-4e63-b8d5-9f1a3c6e2d70"
    body = (
        "Hallo Eilidh,\n\nwir freuen uns, dich zu einem Interview für die Position Early Careers Lead "
        "(Edinburgh) bei Kaskade Labs einzuladen.\n\nGesprächspartner: Felix Brandt (Head of People)\n\n"
        + zoom("874 2210 6631", "S2Fza2FkZQ", "kaskade")
        + "\n\nViele Grüße\nDein Kaskade Labs Recruiting Team"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250508T071500Z",
        "DTSTART:20250514T080000Z",
        "DTEND:20250514T084500Z",
        "SUMMARY:Einladung zum Interview: Early Careers Lead (Edinburgh) | Kaskade Labs",
        "ORGANIZER;CN=Kaskade Labs:mailto:noreply@personio.de",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("felix.brandt@kaskadelabs.io", "Felix Brandt"),
        desc(body),
    ]
    return Ev("personio-de", cal([ev], "-//Personio//Personio Calendar//DE"), uid, 1, "Kaskade Labs",
              "Early Careers Lead (Edinburgh)", "", "felix.brandt@kaskadelabs.io", "personio-du-de")


def selene() -> Ev:
    uid = "teamtailor-interview-11960251@teamtailor.com"
    body = (
        "Bonjour Eilidh,\n\nMerci pour votre candidature au poste de Responsable Early Careers UK chez Sélène "
        "Ingénierie. Nous vous proposons un premier échange téléphonique de 30 minutes avec Camille Dufresne, "
        "chargée de recrutement.\n\nQuand : 19 mars 2025, 15:00 - 15:30 (Europe/Paris)\n"
        "Camille vous appellera au +44 7700 900418.\n\nÀ bientôt,\nL'équipe recrutement Sélène Ingénierie"
    )
    ev = [
        f"UID:{uid}",
        "DTSTAMP:20250312T100000Z",
        "DTSTART;TZID=Europe/Paris:20250319T150000",
        "DTEND;TZID=Europe/Paris:20250319T153000",
        "SUMMARY:Entretien téléphonique avec Sélène Ingénierie",
        "ORGANIZER;CN=Sélène Ingénierie:mailto:noreply@teamtailor.com",
        p_att(ME_GMAIL, "Eilidh Campbell"),
        p_att("camille.dufresne@selene-ing.fr", "Camille Dufresne"),
        desc(body),
        "LOCATION:Téléphone",
    ]
    return Ev("teamtailor-phone-fr", cal([ev], "-//Teamtailor//Teamtailor//FR", tz=("paris",)), uid, 1,
              "Sélène Ingénierie", "Responsable Early Careers UK", "recruiter_screen",
              "camille.dufresne@selene-ing.fr", "teamtailor-phone-screen-fr")


def atlantico_hm() -> Ev:
    uid = OLK + "00000000E2C4A6B8D0ECDB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344"
    intro = (
        "Hola Eilidh:\n\nTe confirmo la entrevista con Lucía Barrenechea, Directora de Talento de Banco "
        "Atlántico UK y responsable del puesto Graduate Programme Manager (Londres). La entrevista será en "
        "inglés.\n\nUn saludo,\nPablo Ortega\nSelección - Banco Atlántico\n"
    )
    ev = [
        'ORGANIZER;CN="Ortega Ruiz, Pablo":mailto:pablo.ortega@bancoatlantico.es',
        o_att(ME_GMAIL, "eilidh.campbell.careers@gmail.com"),
        o_att("lucia.barrenechea@bancoatlantico.co.uk", "Barrenechea, Lucía"),
        desc(intro + "\n" + teams("317 602 448 391", "Ba2Tq7", "es")),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-ES:Entrevista - Graduate Programme Manager (Londres) - E. Campbell",
        f'DTSTART;TZID="{UTC_BRUSSELS}":20250508T120000',
        f'DTEND;TZID="{UTC_BRUSSELS}":20250508T130000',
        "DTSTAMP:20250430T090500Z",
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        "SEQUENCE:0",
    ]
    return Ev("outlook-utc-brussels-es", cal([ev], "outlook", tz=("brussels",)), uid, 1, "Banco Atlántico",
              "Graduate Programme Manager", "hiring_manager", "lucia.barrenechea@bancoatlantico.co.uk",
              "outlook-hm-es")


def atlantico_final() -> Ev:
    uid = OLK + "00000000F7D9B1C3E5F0DB01000000000000000010000000123456789ABCDEF0123456789ABCDEF0"
    body = (
        "Hola Eilidh:\n\nEnhorabuena, has pasado a la última fase del proceso. La entrevista final será "
        "presencial en nuestras oficinas de Londres (30 Moorgate, EC2R 6DA) con el comité: Lucía Barrenechea, "
        "Iñigo Salaverría (Country Manager UK) y Rebecca Lowe (HR Business Partner).\n\nUn saludo,\nPablo Ortega"
    )
    ev = [
        'ORGANIZER;CN="Ortega Ruiz, Pablo":mailto:pablo.ortega@bancoatlantico.es',
        o_att(ME_GMAIL, "eilidh.campbell.careers@gmail.com"),
        o_att("lucia.barrenechea@bancoatlantico.co.uk", "Barrenechea, Lucía"),
        o_att("inigo.salaverria@bancoatlantico.co.uk", "Salaverría, Iñigo"),
        o_att("rebecca.lowe@bancoatlantico.co.uk", "Lowe, Rebecca"),
        room("lon-5a@bancoatlantico.co.uk", "LON-Moorgate-5A Sala Cantábrico"),
        desc(body),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-ES:Entrevista final con el comité - Graduate Programme Manager",
        "DTSTART;TZID=Romance Standard Time:20250522T150000",
        "DTEND;TZID=Romance Standard Time:20250522T163000",
        "DTSTAMP:20250514T160000Z",
        "LOCATION;LANGUAGE=es-ES:30 Moorgate\\, Londres EC2R 6DA",
        "SEQUENCE:0",
    ]
    return Ev("outlook-romance-final-es", cal([ev], "outlook", tz=("romance",)), uid, 1, "Banco Atlántico",
              "Graduate Programme Manager", "final",
              "lucia.barrenechea@bancoatlantico.co.uk;inigo.salaverria@bancoatlantico.co.uk;"
              "rebecca.lowe@bancoatlantico.co.uk", "outlook-final-room-es")


def all_intl() -> list[Ev]:
    return [nordwind_first(), nordwind_second(), kaskade(), selene(), atlantico_hm(), atlantico_final()]
