"""holdout127 negatives, part 2: work routine, own reviews, patients, press, and personal appointments."""
# ruff: noqa: E501

from holdout127ev_ics import ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
APPLE = "-//Apple Inc.//iOS 18.2//EN"


def n(trap: str) -> tuple:
    return (0, "", "", "", "", trap)


EVENTS = [
    ev("on-call-en", n("rota-on-call-en"), r"""
BEGIN:VEVENT
UID:oncall-20260117-rl@rota.glannautaf.local
DTSTART;TZID=Europe/London:20260117T080000
DTEND;TZID=Europe/London:20260117T203000
SUMMARY:on call (T&O reg-cover) - bleep 4410
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=("Europe/London",)),

    ev("trauma-list-en", n("trauma-list-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000TL2026012301
SUMMARY;LANGUAGE=en-GB:trauma list - Theatre 6 (NOF x2\, ankle ORIF)
DTSTART;TZID=GMT Standard Time:20260123T080000
DTEND;TZID=GMT Standard Time:20260123T180000
LOCATION;LANGUAGE=en-GB:Theatre 6\, UHGT
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", OUTLOOK, method="PUBLISH", tz=("GMT Standard Time",)),

    ev("mm-meeting-en", n("internal-mm-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000MM20260130
ORGANIZER;CN="T&O Audit Lead":mailto:to.audit.gtuhb@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Llewellyn, Rhys":mailto:rhys.llewellyn@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:T&O M&M - January (Rhys presenting case 3)
DTSTART;TZID=GMT Standard Time:20260130T073000
DTEND;TZID=GMT Standard Time:20260130T083000
LOCATION;LANGUAGE=en-GB:Lecture Theatre 1 / Teams
DESCRIPTION;LANGUAGE=en-GB:Morbidity & mortality. Case 3: missed scaphoid - Rhys. Breakfast provided.
SEQUENCE:0
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("arcp-own-review-en", n("own-arcp-review-en"), r"""
BEGIN:VEVENT
UID:arcp-cst-2026-06-llewellyn@heiw.local
DTSTART;TZID=Europe/London:20260610T143000
DTEND;TZID=Europe/London:20260610T150000
SUMMARY:ARCP - Core Surgical Training (CT2) - Dr R Llewellyn
ORGANIZER;CN=Core Surgical Training Programme Support:mailto:cst.support@wales.nhs.uk
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn@wales.nhs.uk
DESCRIPTION:Your Annual Review of Competence Progression panel will review your ISCP portfolio. You will be invited in for feedback after the panel's decision (Outcome). Ensure your ES report\, logbook and MCR are signed off by 27 May.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("Europe/London",)),

    ev("teaching-fy1s-en", n("teaching-en"), r"""
BEGIN:VEVENT
UID:7t2e9a1c4h6i8n0g3f5y1s7b9q@google.com
DTSTART;TZID=Europe/London:20260121T123000
DTEND;TZID=Europe/London:20260121T133000
SUMMARY:teaching FY1s - fracture X-rays + NOF pathway
LOCATION:Education centre rm 2
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=("Europe/London",)),

    ev("rota-swap-en", n("rota-swap-en"), r"""
BEGIN:VEVENT
UID:3r0t4s5w6a7p8d9a1f2y3d4d5@google.com
DTSTART;VALUE=DATE:20260305
DTEND;VALUE=DATE:20260306
SUMMARY:rota swap - Dafydd covers my nights\, I do his w/e 14-15 Mar
TRANSP:TRANSPARENT
END:VEVENT
""", GOOGLE, method="PUBLISH"),

    ev("patient-history-en", n("patient-history-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000PH20260119
SUMMARY;LANGUAGE=en-GB:collateral history - daughter of bed 14 (Mrs E.J.\, NOF) - phone
DTSTART;TZID=GMT Standard Time:20260119T161500
DTEND;TZID=GMT Standard Time:20260119T163000
DESCRIPTION;LANGUAGE=en-GB:pre-morbid mobility\, falls\, cognition (AMTS 6/10)\, social setup
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
""", OUTLOOK, method="PUBLISH", tz=("GMT Standard Time",)),

    ev("research-patient-interviews-en", n("research-interview-en"), r"""
BEGIN:VEVENT
UID:frailhip-qual-20260225@wales.nhs.uk
DTSTART;TZID=Europe/London:20260225T100000
DTEND;TZID=Europe/London:20260225T120000
SUMMARY:FRAIL-HIP qualitative study - participant interviews (P07\, P08) - consent + audio recorder
ORGANIZER;CN="Mensah, Abena (Glannau Taf - R&D)":mailto:abena.mensah@wales.nhs.uk
ATTENDEE;CN="Llewellyn, Rhys":mailto:rhys.llewellyn@wales.nhs.uk
DESCRIPTION:Semi-structured interviews with two patients 6 weeks after hip fracture surgery about their recovery. Topic guide v3. Rhys to conduct\, Abena to observe.
LOCATION:Orthopaedic outpatients\, room 7
STATUS:CONFIRMED
END:VEVENT
""", OUTLOOK, tz=("Europe/London",)),

    ev("exit-interview-rotation-en", n("own-exit-interview-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000EX20260728
ORGANIZER;CN="Medical Education (Glannau Taf)":mailto:meded.gtuhb@wales.nhs.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Llewellyn, Rhys":mailto:rhys.llewellyn@wales.nhs.uk
SUMMARY;LANGUAGE=en-GB:Exit interview - end of CT2 rotation (T&O) - Dr R Llewellyn
DTSTART;TZID=GMT Standard Time:20260728T150000
DTEND;TZID=GMT Standard Time:20260728T152000
LOCATION;LANGUAGE=en-GB:Medical Education Office
DESCRIPTION;LANGUAGE=en-GB:All trainees leaving the health board in August are invited to a short exit interview about their training experience\, rota and supervision. Feedback is anonymised for the GMC NTS action plan.
SEQUENCE:0
END:VEVENT
""", OUTLOOK, tz=("GMT Standard Time",)),

    ev("radio-interview-en", n("press-interview-en"), r"""
BEGIN:VEVENT
UID:2p5r7e9s0s1i2n3t4v5w6x7y8z@google.com
DTSTART;TZID=Europe/London:20260116T073500
DTEND;TZID=Europe/London:20260116T074500
SUMMARY:BBC Radio Cymru/Wales interview - resident doctors' pay (BMA Cymru) - live down the line
DESCRIPTION:Producer: Elin 029 2032 2000. Be in the car park by 07:30 for signal. 3 key messages!
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=("Europe/London",)),

    ev("podcast-recording-en", n("podcast-interview-en"), r"""
BEGIN:VEVENT
UID:riverside-rec-ortho-bites-ep-58@riverside.fm
DTSTART:20260208T190000Z
DTEND:20260208T200000Z
SUMMARY:Ortho Bites podcast - recording: guest interview with Rhys Llewellyn (ep. 58 "Surviving CT2")
ORGANIZER;CN=Ortho Bites:mailto:hello@orthobitespod.com
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
DESCRIPTION:Thanks for agreeing to be interviewed on the pod! Studio link: https://riverside.fm/studio/ortho-bites - headphones please\, Chrome only.
LOCATION:Riverside.fm
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE),

    ev("sixth-form-talk-en", n("careers-talk-en"), r"""
BEGIN:VEVENT
UID:ysgol-glantaf-careers-20260305@gmail.com
DTSTART;TZID=Europe/London:20260305T133000
DTEND;TZID=Europe/London:20260305T143000
SUMMARY:Careers talk - sixth form\, Ysgol Gyfun Cwm Taf - "So you want to be a doctor?" (+ mock MMI Qs)
ORGANIZER;CN=Mrs Angharad Jones:mailto:a.jones@cwmtaf-school.cymru
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
DESCRIPTION:Diolch Rhys! 45 min talk + Q&A for ~40 Year 12 students applying to medicine\, including what the MMI interviews are like. Sign in at reception.
LOCATION:Ysgol Gyfun Cwm Taf\, main hall
STATUS:CONFIRMED
END:VEVENT
""", GOOGLE, tz=("Europe/London",)),

    ev("gp-appointment-en", n("personal-gp-en"), r"""
BEGIN:VEVENT
CREATED:20260106T081500Z
UID:C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F
DTSTART;TZID=Europe/London:20260109T084000
DTEND;TZID=Europe/London:20260109T085000
SUMMARY:GP - Dr Hopkins (knee)
LOCATION:Pontcanna Medical Practice
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
""", APPLE, method=None, cal="CALSCALE:GREGORIAN"),

    ev("dentist-en", n("personal-dentist-en"), r"""
BEGIN:VEVENT
CREATED:20260102T191200Z
UID:D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70
DTSTART;TZID=Europe/London:20260131T093000
DTEND;TZID=Europe/London:20260131T100000
SUMMARY:Dentist - check-up + hygienist
LOCATION:Canton Dental\, Cowbridge Rd East
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
""", APPLE, method=None, cal="CALSCALE:GREGORIAN"),

    ev("driving-test-en", n("personal-driving-test-en"), r"""
BEGIN:VEVENT
UID:dvsa-practical-test-55218834@gmail.com
DTSTART;TZID=Europe/London:20260220T103700
DTEND;TZID=Europe/London:20260220T113000
SUMMARY:Driving test (practical) - Cardiff Llanishen test centre - ref 55218834
DESCRIPTION:Bring provisional licence. Lesson w/ Gareth 09:30 beforehand. Swapped clinic with Priya.
LOCATION:Driving Test Centre\, Llanishen\, Cardiff CF14 5GR
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=("Europe/London",)),

    ev("us-visa-interview-en", n("visa-appointment-en"), r"""
BEGIN:VEVENT
UID:ais-usvisa-appt-UK-8821044@usvisa-info.com
DTSTART:20260326T083000Z
DTEND:20260326T093000Z
SUMMARY:US Embassy London - B1/B2 visa interview (AAOS conference)
DESCRIPTION:Consular section\, 33 Nine Elms Lane. Bring DS-160 confirmation\, appointment letter\, passport\, conference invitation. No electronics.
LOCATION:U.S. Embassy\, 33 Nine Elms Lane\, London SW11 7US
STATUS:CONFIRMED
END:VEVENT
""", "-//AIS//Visa Appointment//EN", method="PUBLISH"),

    ev("mortgage-meeting-en", n("personal-bank-en"), r"""
BEGIN:VEVENT
UID:2m0r7g4g1e8b3a5n6k9x2c4v6b@google.com
DTSTART;TZID=Europe/London:20260214T110000
DTEND;TZID=Europe/London:20260214T120000
SUMMARY:Mortgage appt - Dragon Building Society (Queen St) w/ Cerys
DESCRIPTION:agreement in principle\, bring 3 payslips + P60. Ask re fixed-term contract (rotation ends Aug)
LOCATION:Dragon Building Society\, Queen Street\, Cardiff
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, method="PUBLISH", tz=("Europe/London",)),
]
