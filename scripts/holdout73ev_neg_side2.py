"""holdout73 negatives, part 2: more of Ewan on the hiring side (applicants writing in German, French, Spanish and
Gaelic; shortlisting, candidate presentations, studentships, admissions). CC0 1.0; all people invented.
"""

from __future__ import annotations

from holdout73ev_boiler import meet, teams_en, zoom_de
from holdout73ev_ics import (
    ME_WORK,
    PRODID_APPLE,
    PRODID_EXCHANGE,
    PRODID_GOOGLE,
    PRODID_TBIRD,
    TZ_BERLIN,
    TZ_LONDON,
    TZ_LONDON_APPLE,
    TZ_WIN_GMT,
    Ev,
    att,
    cal,
    esc,
    org,
    outlook_uid,
)

UNI = "ed-marine.ac.uk"


def _plain(uid: str, summary: str, start: str, end: str, desc: str, organizer: str, attendees: list[str],
           *, prodid: str, stamp: str, location: str = "", tzs: tuple[str, ...] = (TZ_LONDON,),
           method: str | None = "REQUEST") -> str:
    body = ["BEGIN:VEVENT", start, end, f"DTSTAMP:{stamp}", organizer, "UID:" + uid, *attendees,
            f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc(location)}", "SEQUENCE:0", "STATUS:CONFIRMED",
            f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT"]
    return cal(body, prodid=prodid, tz=tzs, method=method)


def _lena_de() -> Ev:
    uid = "7le9n1a3v5o7g9t1w3e5b7d9e1@google.com"
    desc = (
        "Sehr geehrter Herr Dr. MacLeod,\n\nvielen Dank, dass Sie sich Zeit für ein Gespräch über mein "
        "Erasmus+-Praktikum in Ihrer Arbeitsgruppe (Sommer 2026) nehmen. Ich studiere Meeresbiologie im "
        "Master an der Universität Greifswald; meinen Lebenslauf und das Motivationsschreiben habe ich Ihnen "
        "per E-Mail geschickt. Das Gespräch kann natürlich auf Englisch stattfinden.\n\n"
        "Mit freundlichen Grüßen\nLena Vogt\n\n" + meet("lnv-prak-gsp", "220 714 583", phone="(DE) +49 30 300195061")
    )
    ics = _plain(
        uid, "Praktikumsgespräch Lena Vogt / Dr. MacLeod (Erasmus+)",
        "DTSTART;TZID=Europe/Berlin:20260209T150000", "DTEND;TZID=Europe/Berlin:20260209T153000", desc,
        org("lena.vogt@web.de", "Lena Vogt"),
        [att("lena.vogt@web.de", "Lena Vogt", partstat="ACCEPTED"), att(ME_WORK, "Ewan MacLeod")],
        prodid=PRODID_GOOGLE, stamp="20260203T181800Z", tzs=(TZ_BERLIN,),
    )
    return Ev("google-praktikum-de", ics, uid, 0, trap="user-as-interviewer-praktikum-candidate-organiser-de")


def _chloe_fr() -> Ev:
    uid = "f19c2e4a-7b8d-4c3e-9a1f-5d6e7f8a9b0c"
    desc = (
        "Bonjour Dr MacLeod,\n\nComme convenu par mail, voici l'invitation pour notre entretien au sujet du "
        "stage de M2 (janvier–juin 2026) sur les herbiers de Zostera dans votre équipe. Je vous présenterai "
        "rapidement mon parcours et mon mémoire de M1 sur la macrofaune benthique du golfe du Morbihan.\n\n"
        "Lien de la réunion : https://univ-armor.zoom.us/j/95512040871 (code secret : 447102)\n\n"
        "Bien cordialement,\nChloé Martin\nM2 Sciences de la Mer, Université d'Armor"
    )
    ics = _plain(
        uid, "Entretien – stage de M2 (Chloé Martin) / Dr Ewan MacLeod",
        "DTSTART:20251118T140000Z", "DTEND:20251118T143000Z", desc,
        org("chloe.martin@etu.univ-armor.fr", "Chloé Martin"),
        [att(ME_WORK, "Ewan MacLeod"), att("chloe.martin@etu.univ-armor.fr", "Chloé Martin", partstat="ACCEPTED")],
        prodid=PRODID_TBIRD, stamp="20251112T095959Z", location="Zoom", tzs=(),
    )
    return Ev("tbird-stage-fr", ics, uid, 0, trap="user-as-interviewer-stage-candidate-fr")


def _lucia_es() -> Ev:
    uid = "0lu2c4i6a8f0e2r4r6e8r0b2d4@google.com"
    desc = (
        "Hola Ewan:\n\nMuchas gracias por aceptar la reunión. Como te comenté, solicito una estancia predoctoral "
        "de tres meses en tu grupo (convocatoria de movilidad de mi universidad) y me gustaría presentarte mi "
        "proyecto de tesis sobre bosques de laminarias en Galicia. Mi directora, la Dra. Marta Quintela, "
        "también se conectará.\n\nUn saludo,\nLucía Ferrer\n\n" + meet("lfe-estn-pdm", "305 882 617",
                                                                       phone="(ES) +34 910 48 72 13")
    )
    ics = _plain(
        uid, "Entrevista – estancia predoctoral en Edimburgo (Lucía Ferrer)",
        "DTSTART;TZID=Europe/London:20260114T120000", "DTEND;TZID=Europe/London:20260114T124500", desc,
        org("lucia.ferrer.bio@gmail.com", "Lucía Ferrer"),
        [att("lucia.ferrer.bio@gmail.com", "Lucía Ferrer", partstat="ACCEPTED"), att(ME_WORK, "Ewan MacLeod"),
         att("marta.quintela@usc-mar.es", "Marta Quintela")],
        prodid=PRODID_GOOGLE, stamp="20260108T164400Z",
    )
    return Ev("google-estancia-es", ics, uid, 0, trap="user-as-interviewer-visiting-student-es")


def _presentations() -> Ev:
    uid = outlook_uid("7A8B9CADBECFDC01000000000000000010000000006611772288993300AA44BB55CC66DD")
    desc = (
        "All staff and postdocs welcome.\n\nThe three shortlisted candidates for Research Fellow in Ocean "
        "Acidification will each give a 20-minute research presentation. Please complete the short feedback "
        "form for each candidate (link below); the selection panel will consider staff feedback before the "
        "formal interviews in the afternoon.\n\n13:00 Candidate A\n13:30 Candidate B\n14:00 Candidate C\n\n"
        "Feedback form: https://forms.office.com/e/RF-OA-2026\n\nSchool Office"
    )
    body = [
        "BEGIN:VEVENT",
        org(f"school-office@{UNI}", "School Office"),
        att(f"coastal-all@{UNI}", "Coastal Ecology – all staff", cutype="GROUP"),
        att(ME_WORK, "MacLeod, Ewan"),
        f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Candidate presentations – Research Fellow in Ocean Acidification",
        "DTSTART;TZID=GMT Standard Time:20260225T130000",
        "DTEND;TZID=GMT Standard Time:20260225T143000",
        "DTSTAMP:20260218T120000Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Ashworth Lecture Theatre 1",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE, tz=(TZ_WIN_GMT,))
    return Ev("outlook-candidate-talks", ics, uid, 0, trap="user-as-interviewer-candidate-presentations-feedback")


def _gaelic_typed() -> Ev:
    uid = "8E9F0A1B-2C3D-4E5F-A6B7-C8D9E0F1A2B3"
    body = [
        "BEGIN:VEVENT",
        "TRANSP:OPAQUE",
        "DTEND;TZID=Europe/London:20260213T160000",
        "UID:" + uid,
        "DTSTAMP:20260206T212121Z",
        "LOCATION:Teams",
        "DESCRIPTION:Agallamhan airson an oileanachd PhD (MB-26-03). Trì tagraichean: Aoife\\, Tomás\\, Jonas. "
        "Kenji còmhla rium.",
        "SEQUENCE:0",
        "SUMMARY:Agallamhan PhD – 3 tagraichean",
        "LAST-MODIFIED:20260206T212121Z",
        "CREATED:20260206T212004Z",
        "DTSTART;TZID=Europe/London:20260213T133000",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_APPLE, method=None, tz=(TZ_LONDON_APPLE,))
    return Ev("ios-agallamh-gd", ics, uid, 0, trap="user-as-interviewer-phd-gd")


def _prep_packs() -> Ev:
    uid = "c0a1d2e3-f4a5-4c6b-8d7e-a8b9c0d1e2f3"
    body = [
        "BEGIN:VEVENT",
        "CREATED:20260227T080000Z",
        "LAST-MODIFIED:20260227T080000Z",
        "DTSTAMP:20260227T080000Z",
        "UID:" + uid,
        "SUMMARY:Read candidate packs + draft my questions (RA 113402 interviews Wed)",
        "DTSTART:20260302T140000",
        "DTEND:20260302T160000",
        "DESCRIPTION:Qs 3–4 are mine (fieldwork safety\\, data management).",
        "X-MOZ-GENERATION:1",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_TBIRD, method=None)
    return Ev("tbird-prep-hiring", ics, uid, 0, trap="user-as-interviewer-prep-floating")


def _shortlisting() -> Ev:
    uid = "3sh5o7r9t1l3i5s7t9i1n3g5a7@google.com"
    desc = (
        "Ewan – 41 applications for the seagrass postdoc (ref 11872). Can you score your half against the "
        "essential/desirable criteria before we meet? Then we agree a shortlist of 4 for interview.\n\nFiona"
    )
    ics = _plain(
        uid, "Shortlisting – PDRA in Seagrass Ecology (ref 11872)",
        "DTSTART;TZID=Europe/London:20260121T100000", "DTEND;TZID=Europe/London:20260121T113000", desc,
        org(f"fiona.grant@{UNI}", "Fiona Grant"),
        [att(f"fiona.grant@{UNI}", "Fiona Grant", partstat="ACCEPTED"), att(ME_WORK, "Ewan MacLeod")],
        prodid=PRODID_GOOGLE, stamp="20260114T110000Z", location="Fiona's office (3.02)",
    )
    return Ev("google-shortlisting", ics, uid, 0, trap="user-as-interviewer-shortlisting")


def _studentship() -> Ev:
    uid = outlook_uid("8B9CADBECFD0DC01000000000000000010000000117722883399440011AA55BB66CC77DD")
    desc = (
        "Summer vacation studentship 2026 (8 weeks, rocky-shore monitoring) – short interviews with the three "
        "applicants, 15 minutes each:\n14:00 s2291034\n14:20 s2307718\n14:40 s2284460\n\n"
        "Students: please join from the link below; you don't need a camera if you'd rather not.\n\n"
        + teams_en("366 015 224 718", "Vs2dK5")
    )
    body = [
        "BEGIN:VEVENT",
        org(ME_WORK, "MacLeod, Ewan"),
        att(f"s2291034@{UNI}", "s2291034"),
        att(f"s2307718@{UNI}", "s2307718"),
        att(f"s2284460@{UNI}", "s2284460"),
        f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Vacation studentship – applicant interviews",
        "DTSTART;TZID=GMT Standard Time:20260310T140000",
        "DTEND;TZID=GMT Standard Time:20260310T150000",
        "DTSTAMP:20260303T090000Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE, tz=(TZ_WIN_GMT,))
    return Ev("outlook-studentship", ics, uid, 0, trap="user-as-interviewer-studentship")


def _jonas_de() -> Ev:
    uid = "zoom-jb-91827364-5512@uni-kiel-de.zoom.us"
    desc = (
        "Jonas Becker lädt Sie zu einem geplanten Zoom-Meeting ein.\n\nThema: PhD-Interview Jonas Becker – "
        "Dr. Ewan MacLeod (Projekt MB-26-03)\n\n" + zoom_de("918 2736 4551", "220613")
    )
    ics = _plain(
        uid, "PhD-Interview Jonas Becker – Dr. Ewan MacLeod",
        "DTSTART;TZID=Europe/Berlin:20260212T100000", "DTEND;TZID=Europe/Berlin:20260212T104500", desc,
        org("jonas.becker@gmx.de", "Jonas Becker"), [att(ME_WORK, "Ewan MacLeod")],
        prodid="-//zoom.us//iCalendar Event//EN", stamp="20260205T120500Z",
        location="https://uni-kiel-de.zoom.us/j/91827364551", tzs=(TZ_BERLIN,),
    )
    return Ev("zoom-phd-applicant-de", ics, uid, 0, trap="user-as-interviewer-phd-applicant-zoom-de")


def _admissions_gd() -> Ev:
    uid = outlook_uid("9CADBECFD0E1DC0100000000000000001000000022883399440011AA55BB66CC77DD88EE")
    desc = (
        "Dear Dr MacLeod,\n\nThank you for agreeing to conduct this admissions interview in Gaelic for an "
        "applicant to the BSc Marine & Coastal Biology (Gaelic-medium pathway). Applicant number 20415. "
        "Please record your assessment on the standard form and return it to Admissions the same day.\n\n"
        "Tapadh leibh,\nUndergraduate Admissions Office\n\n" + teams_en("301 448 997 552", "Gd7hM3")
    )
    body = [
        "BEGIN:VEVENT",
        org(f"ug-admissions@{UNI}", "UG Admissions"),
        att(ME_WORK, "MacLeod, Ewan"),
        f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-GB:Admissions interview – applicant 20415 (Gaelic-medium pathway)",
        "DTSTART;TZID=GMT Standard Time:20260206T110000",
        "DTEND;TZID=GMT Standard Time:20260206T113000",
        "DTSTAMP:20260129T150000Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "END:VEVENT",
    ]
    ics = cal(body, prodid=PRODID_EXCHANGE, tz=(TZ_WIN_GMT,))
    return Ev("outlook-admissions-gd", ics, uid, 0, trap="user-as-interviewer-admissions-gd")


def events() -> list[Ev]:
    return [
        _lena_de(), _chloe_fr(), _lucia_es(), _presentations(), _gaelic_typed(), _prep_packs(), _shortlisting(),
        _studentship(), _jonas_de(), _admissions_gd(),
    ]
