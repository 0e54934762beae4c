"""holdout118 negatives: the user's customer work, internal meetings and personal appointments."""

from __future__ import annotations

from holdout118ev_ics import (
    APPLE,
    ME_FREE,
    ME_WORK,
    TZ_TORONTO,
    Ev,
    att,
    cal,
    day,
    floating,
    meet,
    org,
    tor,
    ve,
    zoom,
)

NP = "northpeak-analytics.ca"


def _neg(kind: str, text: str, uid: str, trap: str) -> Ev:
    return Ev(kind, text, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []
    me = att("Grace Mensah", ME_FREE)
    mine = org("Grace Mensah", ME_FREE)
    wme = att("Grace Mensah", ME_WORK, ps="ACCEPTED")
    worg = org("Grace Mensah", ME_WORK)

    uid = "4b8e2h6k0n3q7t1w5z9c3f7i1l@google.com"
    out.append(_neg("doctor", cal(ve(
        uid, "Dr. Patel - annual physical", tor("20251009T083000"), tor("20251009T090000"),
        desc="Fasting bloodwork before! Bring health card.", loc="Bloor West Family Health, 2350 Bloor St W",
        orgz=mine,
    ), method=None, tz=(TZ_TORONTO,)), uid, "doctor-en"))

    uid = "D1F3A5C7-E9B2-4D6F-8A0C-2E4B6D8F0A1C"
    out.append(_neg("dentist-apple", cal(ve(
        uid, "Dentist – cleaning", tor("20251125T073000"), tor("20251125T083000"),
        loc="Roncesvalles Dental Centre\n384 Roncesvalles Ave, Toronto", status=None,
        extra=["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-P1D", "END:VALARM"],
    ), prodid=APPLE, method=None, tz=(TZ_TORONTO,)), uid, "dentist-en"))

    uid = "so-appt-TOR-20251030-88412@serviceontario.ca"
    out.append(_neg("serviceontario", cal(ve(
        uid, "ServiceOntario appointment - driver's licence renewal", tor("20251030T124000"),
        tor("20251030T130000"), desc="Confirmation #TOR-88412. Bring your current licence and proof of "
        "address. Arrive 10 minutes early.", loc="ServiceOntario, College Park, 777 Bay St",
        orgz=org("ServiceOntario", "noreply@serviceontario.ca"), atts=[me],
    ), method="PUBLISH", tz=(TZ_TORONTO,)), uid, "government-appointment-en"))

    uid = "ghb-branch-appt-554120@ghbank.ca"
    out.append(_neg("bank-branch-same-employer", cal(ve(
        uid, "Mortgage pre-approval meeting - Granitehall Bank", tor("20251018T110000"), tor("20251018T120000"),
        desc="Your appointment with Jas Gill, Mobile Mortgage Specialist. Please bring two recent pay stubs, "
        "your T4 and photo ID.", loc="Granitehall Bank, Queen & Spadina branch",
        orgz=org("Granitehall Bank Appointments", "appointments@ghbank.ca"), atts=[me],
    ), tz=(TZ_TORONTO,)), uid, "bank-appointment-interview-employer-en"))

    uid = "passport-sc-0b1c2d3e4f5a@servicecanada.gc.ca"
    out.append(_neg("passport", cal(ve(
        uid, "Passport pickup - Service Canada", tor("20251204T090000"), tor("20251204T093000"),
        desc="Bring receipt + old passport. Needed for the Lisbon trip in Jan.",
        loc="Service Canada, 25 St Clair Ave E",
        orgz=mine,
    ), method=None, tz=(TZ_TORONTO,)), uid, "passport-appointment-en"))

    uid = "af-toronto-b2-conversation-fall25@alliance-francaise.ca"
    out.append(_neg("french-class-recurring", cal(ve(
        uid, "Cours de français B2 – conversation", tor("20251007T183000"), tor("20251007T203000"),
        desc="Salle 3. Devoirs : préparer une présentation de 5 minutes sur votre métier.",
        loc="Alliance Française de Toronto, 24 Spadina Rd", orgz=org("Alliance Française de Toronto",
                                                                 "cours@alliance-francaise.ca"),
        atts=[me], extra=["RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10"],
    ), method="PUBLISH", tz=(TZ_TORONTO,)), uid, "class-recurring-fr"))

    uid = "6m0p4s8v2y5b9e3h7k1n5q9t3w@google.com"
    out.append(_neg("qbr", cal(ve(
        uid, "QBR - Harbor Dental", tor("20251021T100000"), tor("20251021T110000"),
        desc="Agenda: adoption, support tickets, roadmap preview, renewal timeline.\n\n" + meet("hfr-kqzx-mwp"),
        orgz=worg, atts=[wme, att("Dana Liu", "dana.liu@harbordental.ca"), att("Mo Abdi", f"mo.abdi@{NP}")],
    ), tz=(TZ_TORONTO,)), uid, "qbr-en"))

    uid = "0e4h8k2n6q9t3w7z1c5f9i3l7o@google.com"
    out.append(_neg("ebr-prep", cal(ve(
        uid, "EBR prep - Fenwick Labs", tor("20251024T090000"), tor("20251024T093000"),
        desc="Finalize exec deck, NRR slide, expansion ask.", orgz=worg, atts=[wme,
                                                                              att("Derek Hall", f"derek.hall@{NP}")],
    ), tz=(TZ_TORONTO,)), uid, "ebr-prep-en"))

    uid = "2i6l0o4r8u1x5a9d3g7j1m5p9s@google.com"
    out.append(_neg("renewal-sync", cal(ve(
        uid, "renewal sync - Coastline Freight", tor("20251112T153000"), tor("20251112T160000"),
        desc=zoom("https://northpeak.zoom.us/j/83301299410", "833 0129 9410", "renew"), orgz=worg,
        atts=[wme, att("Ray Dubois", "rdubois@coastlinefreight.com")],
    ), tz=(TZ_TORONTO,)), uid, "renewal-sync-en"))

    uid = "8o2r6u0x4a7d1g5j9m3p7s1v5y@google.com"
    out.append(_neg("customer-onboarding-call", cal(ve(
        uid, "Onboarding call - Pinegrove Clinics (kickoff)", tor("20251105T100000"), tor("20251105T110000"),
        desc="Welcome + success plan, data integration timeline, training schedule for their admins.\n\n"
        + meet("pgc-onbd-kck"), orgz=worg,
        atts=[wme, att("Helen Marsh", "hmarsh@pinegroveclinics.ca"), att("Tanya Okoro", f"tanya.okoro@{NP}")],
    ), tz=(TZ_TORONTO,)), uid, "customer-onboarding-call-en"))

    uid = "np-allhands-nov-2025@northpeak-analytics.ca"
    out.append(_neg("all-hands", cal(ve(
        uid, "CS All-Hands (November)", tor("20251114T140000"), tor("20251114T150000"),
        desc="Q4 targets, new hires intro, customer health dashboard walkthrough.", loc="Big Room + Zoom",
        orgz=org("Marcus Bell", f"marcus.bell@{NP}"), atts=[wme],
    ), tz=(TZ_TORONTO,)), uid, "internal-all-hands-en"))

    uid = "4q8t2w6z0c3f7i1l5o9r3u7x1a@google.com"
    out.append(_neg("one-on-one", cal(ve(
        uid, "1:1 Grace / Marcus", tor("20251006T093000"), tor("20251006T100000"),
        orgz=org("Marcus Bell", f"marcus.bell@{NP}"), atts=[wme],
        extra=["RRULE:FREQ=WEEKLY;BYDAY=MO"],
    ), tz=(TZ_TORONTO,)), uid, "internal-1on1-recurring-en"))

    uid = "A7C9E1B3-D5F7-4A9C-B1D3-F5A7C9E1B3D5"
    out.append(_neg("tenant-interview", cal(ve(
        uid, "Landlord interview - 88 Lisgar unit 5 (viewing)", tor("20251019T140000"), tor("20251019T143000"),
        desc="Bring credit report + employment letter. Landlord: Mr. Castellano 416-555-0190", status=None,
        loc="88 Lisgar St, Toronto",
    ), prodid=APPLE, method=None, tz=(TZ_TORONTO,)), uid, "tenant-interview-en"))

    uid = "6s0v4y8b2e5h9k3n7q1t5w9z3c@google.com"
    out.append(_neg("yoga", cal(ve(
        uid, "Yoga", floating("20251012T090000"), floating("20251012T100000"), loc="Octopus Garden, Queen W",
        orgz=mine,
    ), method=None), uid, "personal-floating-en"))

    uid = "8u2x6a0d4g7j1m5p9s3v7y1b5e@google.com"
    out.append(_neg("family-allday", cal(ve(
        uid, "Efua & Kwame engagement party", day("20251129"), day("20251130"),
        desc="Bring kente stole. Gift from all of us - Adwoa collecting.", loc="Mississauga",
        orgz=mine, extra=["TRANSP:TRANSPARENT"],
    ), method=None), uid, "personal-allday-en"))

    uid = "calendly-tax-3e7h1k5n9q2t6w0z4c8f2i6l0o4r"
    out.append(_neg("accountant", cal(ve(
        uid, "Grace Mensah and Priscila Andrade", tor("20251208T170000"), tor("20251208T173000"),
        desc="Event Name: Tax planning call (30 min)\n\nPriscila Andrade, CPA - Andrade Tax & Bookkeeping\n"
        "Topics: RRSP top-up, FHSA.\n\nPowered by Calendly.com",
        orgz=org("Priscila Andrade", "priscila@andradetax.ca"),
        atts=[att("Priscila Andrade", "priscila@andradetax.ca", ps="ACCEPTED"), me],
    ), prodid="-//Calendly//Calendly//EN", tz=(TZ_TORONTO,)), uid, "calendly-personal-en"))

    return out
