"""holdout118: more of the user's own interviews (Zoom, Greenhouse, Lever, agencies, Québec teams)."""

from __future__ import annotations

from holdout118ev_ics import (
    ME_FREE,
    OUTLOOK,
    TZ_TORONTO,
    TZ_WIN_EASTERN_UTC,
    Ev,
    att,
    cal,
    meet,
    org,
    teams,
    tor,
    utc,
    ve,
    win,
    zoom,
)

FORMS = {
    "Groupe Voyageur": "Voyageur",
    "Banque Rivebelle": "Rivebelle",
    "Mosaic Fintech": "Mosaic",
    "Portage Software": "Portage",
    "Spruceline": "",
    "Nimbly": "",
    "Juniper Bank": "Juniper",
    "Fernway Digital": "Fernway",
}

TZ_ID = "(UTC-05:00) Eastern Time (US & Canada)"


def events() -> list[Ev]:
    out: list[Ev] = []
    me = att("Grace Mensah", ME_FREE)

    uid = "2c7e9a1b4d6f8h0j@groupevoyageur.com"
    desc = (
        "Bonjour Grace,\n\nMerci pour les belles rencontres avec l'équipe. Dernière étape : un appel avec "
        "notre vice-président, Expérience client, Philippe Gauthier. Une trentaine de minutes, sans "
        "préparation particulière.\n\nAmélie Roy, Acquisition de talents\n\n" + meet("gjo-wmtr-hpa", "fr")
    )
    out.append(Ev(
        "google-vp-final-fr", cal(ve(
            uid, "Dernière étape – appel avec Philippe Gauthier (VP Expérience client)", tor("20251208T113000"),
            tor("20251208T120000"), desc=desc, loc="Google Meet",
            orgz=org("Amélie Roy", "amelie.roy@groupevoyageur.com"),
            atts=[me, att("Philippe Gauthier", "philippe.gauthier@groupevoyageur.com")],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Groupe Voyageur", "", "final", "philippe.gauthier@groupevoyageur.com", "vp-call-final-fr"))

    uid = "wd-b81f3e2a7c6d@myworkday.com"
    desc = (
        "Bonjour Grace,\n\nVotre entrevue téléphonique avec l'équipe Acquisition de talents est confirmée "
        "pour le poste Conseillère, Expérience client entreprises (poste bilingue, Montréal).\n\n"
        "Recruteuse : Nathalie Côté\nNous vous appellerons au numéro indiqué dans votre candidature.\n\n"
        "Banque Rivebelle — Acquisition de talents"
    )
    out.append(Ev(
        "workday-phone-fr", cal(ve(
            uid, "Entrevue téléphonique – Conseillère, Expérience client entreprises", utc("20251007T133000"),
            utc("20251007T140000"), desc=desc, loc="Téléphone",
            orgz=org("Banque Rivebelle", "rivebelle@myworkday.com"),
            atts=[me, att("Nathalie Côté", "nathalie.cote@rivebelle.ca")],
        ), prodid="-//Workday//Recruiting//FR"),
        uid, 1, "Banque Rivebelle", "Conseillère, Expérience client entreprises", "recruiter_screen",
        "nathalie.cote@rivebelle.ca", "workday-phone-utc-fr"))

    uid = "lever-4f2a9c7e-1b3d-4e5f-8a6b-0c9d2e7f1a3b"
    desc = (
        "Hi Grace,\n\nThanks for applying to Mosaic! You're scheduled for a 30-minute intro with Jordan "
        "Ellis from our recruiting team about the Customer Success Manager, Banking Partners role.\n\n"
        + zoom("https://mosaicfintech.zoom.us/j/81234098765", "812 3409 8765", "mosaic")
        + "\n\nScheduled via Lever"
    )
    out.append(Ev(
        "lever-recruiter-zoom", cal(ve(
            uid, "Intro call: Grace Mensah <> Mosaic", tor("20251001T140000"), tor("20251001T143000"),
            desc=desc, loc="Zoom", orgz=org("Jordan Ellis", "jordan.ellis@mosaicfintech.com"),
            atts=[me, att("Jordan Ellis", "jordan.ellis@mosaicfintech.com", ps="ACCEPTED")],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Mosaic Fintech", "Customer Success Manager, Banking Partners", "recruiter_screen",
        "jordan.ellis@mosaicfintech.com", "lever-intro-call-en"))

    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E6DCDB0100000000000000001000000055AA77CC"
    desc = (
        "Hi Grace,\n\nConfirming your interview with our client Portage Software for the Account Manager, "
        "Public Sector role. You'll meet Henrik Lund (Sales Director) on Teams; link below.\n\n"
        "Please call me right after - I'd love your impressions.\n\nMichael Brennan | Keystone Staffing\n\n"
        + teams()
    )
    out.append(Ev(
        "outlook-agency-teams", cal(ve(
            uid, "Portage Software interview - Grace Mensah (Account Manager, Public Sector)",
            win("20251119T150000", TZ_ID), win("20251119T154500", TZ_ID), desc=desc, loc="Microsoft Teams Meeting",
            orgz=org("Brennan, Michael", "mbrennan@keystonestaffing.ca"),
            atts=[att("Grace Mensah", ME_FREE), att("Lund, Henrik", "henrik.lund@portagesoftware.com")],
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"], status=None,
        ), prodid=OUTLOOK, tz=(TZ_WIN_EASTERN_UTC,)),
        uid, 1, "Portage Software", "Account Manager, Public Sector", "", "henrik.lund@portagesoftware.com",
        "outlook-agency-client-en"))

    uid = "calendly-6b0d2f4a8c1e3g5i7k9m0o2q4s6u8w0y"
    desc = (
        "Event Name: Spruceline - Recruiter Screen (CS Team Lead)\n\nLocation: This is a Zoom web conference.\n"
        "https://spruceline.zoom.us/j/85501238890\n\nQuestions: Please share anything that will help prepare "
        "for our meeting.\nGrace: Currently CSM at Northpeak, managing 45 mid-market accounts.\n\n"
        "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/6b0d2f4a\n"
        "Reschedule: https://calendly.com/reschedulings/6b0d2f4a\n\nPowered by Calendly.com"
    )
    out.append(Ev(
        "calendly-recruiter-inhouse", cal(ve(
            uid, "Grace Mensah and Leona Fisher", utc("20251028T153000"), utc("20251028T160000"), desc=desc,
            loc="https://spruceline.zoom.us/j/85501238890", orgz=org("Leona Fisher", "leona@spruceline.com"),
            atts=[att("Leona Fisher", "leona@spruceline.com", ps="ACCEPTED"), me],
        ), prodid="-//Calendly//Calendly//EN"),
        uid, 1, "Spruceline", "CS Team Lead", "recruiter_screen", "leona@spruceline.com", "calendly-utc-en"))

    uid = "zoom-85930124477-20251022@zoom.us"
    desc = (
        "Ravi Kapoor is inviting you to a scheduled Zoom meeting.\n\nTopic: Nimbly | Grace Mensah | Senior "
        "CSM interview (product + customer scenarios)\n\n"
        + zoom("https://nimbly.zoom.us/j/85930124477?pwd=TmltYmx5", "859 3012 4477", "nimb25")
    )
    out.append(Ev(
        "zoom-generated", cal(ve(
            uid, "Nimbly | Grace Mensah | Senior CSM interview (product + customer scenarios)",
            tor("20251022T140000"), tor("20251022T150000"), desc=desc, loc="https://nimbly.zoom.us/j/85930124477",
            orgz=org("Ravi Kapoor", "ravi@nimbly.io"), atts=[me],
        ), prodid="-//zoom.us//iCalendar Event//EN", tz=(TZ_TORONTO,)),
        uid, 1, "Nimbly", "Senior CSM", "technical", "ravi@nimbly.io", "zoom-generated-en"))

    uid = "gh-5e8d1a3c7b9f4e2d8a6c0b1f3e5d7a9c@greenhouse.io"
    desc = (
        "Hi Grace,\n\nYou're confirmed for your next conversation with Juniper Bank for the Client Success "
        "Manager, Small Business role.\n\nYou'll meet with:\n- Alana Fitzgerald, Senior Manager, Client "
        "Success (hiring manager)\n\nYour coordinator, Tyrone Baptiste, is cc'd in case anything comes up.\n\n"
        + teams() + "\n\nJuniper Bank Talent Acquisition"
    )
    out.append(Ev(
        "greenhouse-coordinator-cc", cal(ve(
            uid, "Juniper Bank - Interview with Alana Fitzgerald", tor("20251106T153000"), tor("20251106T161500"),
            desc=desc, loc="Microsoft Teams", orgz=org("Tyrone Baptiste", "tyrone.baptiste@juniperbank.ca"),
            atts=[me, att("Alana Fitzgerald", "alana.fitzgerald@juniperbank.ca"),
                  att("Tyrone Baptiste", "tyrone.baptiste@juniperbank.ca", role="OPT-PARTICIPANT", ps="ACCEPTED")],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Juniper Bank", "Client Success Manager, Small Business", "hiring_manager",
        "alana.fitzgerald@juniperbank.ca", "greenhouse-coordinator-cc-en"))

    uid = "fernway-int-3@fernway.co"
    desc = (
        "Grace, thanks for coming back for round 3! This one's with our two partners, Theo and Maya - "
        "mostly culture and how you'd run our biggest retainer accounts. Office address below, we're on the "
        "3rd floor above the café.\n\nPriscilla (office manager)"
    )
    out.append(Ev(
        "direct-agency-round3", cal(ve(
            uid, "Fernway Digital - round 3 (partners)", tor("20251120T160000"), tor("20251120T170000"),
            desc=desc, loc="Fernway Digital, 401 Richmond St W, Suite 310, Toronto",
            orgz=org("Priscilla Wong", "hello@fernway.co"),
            atts=[me, att("Theo Laurent", "theo@fernway.co"), att("Maya Singh", "maya@fernway.co")],
        ), tz=(TZ_TORONTO,)),
        uid, 1, "Fernway Digital", "", "onsite", "theo@fernway.co;maya@fernway.co", "direct-agency-office-manager-en"))

    return out
