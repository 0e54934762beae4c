"""holdout96 negatives, part D: personal appointments, store routine, own review/exit, FR/ES personal."""

from __future__ import annotations

from holdout96ev_boiler import teams_en
from holdout96ev_ics import (
    APPLE,
    DUBLIN,
    DUBLIN_APPLE,
    GOOGLE,
    IOS,
    MADRID,
    ME,
    OUTLOOK,
    TBIRD,
    WIN_GMT,
    WORK,
    Ev,
    cal,
    esc,
    neg,
)


def _ios(uid: str, start: str, end: str, summary: str, loc: str = "", desc: str = "", alarm: bool = False) -> str:
    lines = ["BEGIN:VEVENT", "CREATED:20250910T180000Z", f"UID:{uid}", f"DTEND;TZID=Europe/Dublin:{end}",
             "TRANSP:OPAQUE", f"SUMMARY:{summary}", f"DTSTART;TZID=Europe/Dublin:{start}",
             "DTSTAMP:20250910T180000Z", "SEQUENCE:0"]
    if loc:
        lines.append(f"LOCATION:{loc}")
    if desc:
        lines.append(f"DESCRIPTION:{desc}")
    if alarm:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT1H", "END:VALARM"]
    lines.append("END:VEVENT")
    return "\n".join(lines)


def _tw(uid: str, start: str, end: str, summary: str, desc: str, loc: str, org: str, att: tuple[str, ...],
        method: str = "REQUEST", extra: tuple[str, ...] = ()) -> str:
    lines = ["BEGIN:VEVENT", f"ORGANIZER;CN={org}", *att, f"DESCRIPTION;LANGUAGE=en-IE:{desc}", f"UID:{uid}",
             f"SUMMARY;LANGUAGE=en-IE:{summary}", f'DTSTART;TZID="GMT Standard Time":{start}',
             f'DTEND;TZID="GMT Standard Time":{end}', "DTSTAMP:20250920T080000Z",
             f"LOCATION;LANGUAGE=en-IE:{loc}", "SEQUENCE:0", *extra, "END:VEVENT"]
    return "\n".join(lines)


_ME_W = 'ATTENDEE;CN="Doyle, Ciara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:' + WORK
_AIDAN = 'ATTENDEE;CN="Kenny, Aidan";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aidan.kenny@threads-ireland.ie'


def events() -> list[Ev]:
    out: list[Ev] = []

    out.append(neg("gp", cal(IOS, _ios("8E2A4C61-0B7D-4F93-A1E5-3C9D7B2F0E48", "20251002T084500", "20251002T090000",
                                       "GP - Dr. Fitzgerald", "Phibsborough Medical Centre", alarm=True),
                             tz=(DUBLIN,), method=None), "personal-gp-en"))
    out.append(neg("dentist", cal(APPLE, _ios("1F7B9D20-6C4E-4A85-B3F1-9E0D2A7C5B16", "20251024T173000",
                                              "20251024T180000", "Dentist - check up + clean",
                                              "Smile Dental\\, Drumcondra Road"),
                                  tz=(DUBLIN_APPLE,), method=None), "personal-dentist-en"))
    out.append(neg("creche-meeting", cal(IOS, _ios(
        "4D0C8B2E-7A1F-4E6C-95B3-0F2E8D4A6C71", "20251016T180000", "20251016T183000",
        "Little Acorns creche - parent meeting (Fia's key worker)", "Little Acorns\\, Cabra",
        esc("chat with Siobhán re settling in + toddler room move in Jan")), tz=(DUBLIN,), method=None),
        "personal-creche-en"))
    out.append(neg("mortgage", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251022T123000
DTEND;TZID=Europe/Dublin:20251022T133000
DTSTAMP:20251010T110000Z
ORGANIZER;CN=Liffey Bank Mortgages:mailto:appointments@liffeybank.ie
UID:mtg-appt-55120937@liffeybank.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ciara Doyle:mailto:{ME}
DESCRIPTION:{esc("Mortgage approval in principle meeting with Karl Egan. "
                 "Bring 3 months payslips, bank statements and ID.")}
LOCATION:Liffey Bank\\, 10 O'Connell Street\\, Dublin 1
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mortgage appointment - Liffey Bank
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "personal-bank-en"))
    out.append(neg("passport", cal(IOS, _ios("5B3E9A17-2D8C-4F06-A7E4-1C6B0D9F3A82", "20250919T091500",
                                             "20250919T094500", "Passport Office - Fia's first passport",
                                             "Passport Office\\, Mount Street\\, Dublin 2",
                                             "bring birth cert + witnessed form + photos"),
                               tz=(DUBLIN,), method=None), "personal-passport-en"))

    out.append(neg("team-briefing", cal(OUTLOOK, """
BEGIN:VEVENT
ORGANIZER;CN="Doyle, Ciara":mailto:ciara.doyle@threads-ireland.ie
ATTENDEE;CN="Henry St Team";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:henrystreet.team@threads-ireland.ie
DESCRIPTION;LANGUAGE=en-IE:Daily huddle - yesterday's sales\\, today's targets\\, deliveries\\, breaks rota.
UID:040000008200E00074C5B7101A82E00800000000FACE0123BEEFDC010000000000000000100000001234ABCD5678EF90
SUMMARY;LANGUAGE=en-IE:Team briefing (shop floor)
DTSTART;TZID="GMT Standard Time":20250901T084500
DTEND;TZID="GMT Standard Time":20250901T090000
RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA
DTSTAMP:20250828T070000Z
LOCATION;LANGUAGE=en-IE:Henry St - shop floor by the tills
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "internal-recurring-briefing-en"))

    out.append(neg("stock-count", cal(OUTLOOK, _tw(
        "040000008200E00074C5B7101A82E0080000000000AA11BB22CC33DC0100000000000000001000000044DD55EE66FF7788",
        "20251026T060000", "20251026T140000", "Full store stock count - Henry St (Sunday)",
        esc("External count team (Orridge) arriving 6am. All stockroom areas to be tagged by Saturday close."),
        "Henry St", '"Stock Control":mailto:stockcontrol@threads-ireland.ie', (_ME_W,),
    ), tz=(WIN_GMT,)), "internal-stock-count-en"))

    out.append(neg("own-appraisal", cal(OUTLOOK, _tw(
        "040000008200E00074C5B7101A82E0080000000099887766554433DC010000000000000000100000002211FFEEDDCCBBAA",
        "20251028T140000", "20251028T153000", "Annual performance review - Ciara Doyle (Henry St)",
        esc("Your annual review: 2025 objectives, KPIs (sales vs LY, shrinkage, NPS), development plan. "
            "Please complete the self-assessment in Workday beforehand."),
        "Threads Support Office, Park West".replace(",", "\\,"),
        '"Kenny, Aidan":mailto:aidan.kenny@threads-ireland.ie', (_ME_W,),
    ), tz=(WIN_GMT,)), "own-appraisal-en"))

    out.append(neg("exit-interview", cal(OUTLOOK, _tw(
        "040000008200E00074C5B7101A82E00800000000ABABCDCDEFEFDC0100000000000000001000000001230456078909AB",
        "20251209T110000", "20251209T113000", "Exit interview - Ciara Doyle",
        esc("Hi Ciara, sorry to see you go! This is a confidential 30 min conversation about your time at "
            "Threads. Nicola"),
        "Microsoft Teams Meeting", '"Hegarty, Nicola":mailto:nicola.hegarty@threads-ireland.ie', (_ME_W,),
    ), tz=(WIN_GMT,)), "own-exit-interview-en"))

    out.append(neg("trading-call", cal(OUTLOOK, _tw(
        "040000008200E00074C5B7101A82E00800000000D00DFEEDC0DEDC01000000000000000010000000A1A2A3A4A5A6A7A8",
        "20250908T083000", "20250908T090000", "Weekly trading call - Dublin stores",
        esc("Store managers + Aidan. WTD sales, payroll %, markdowns.\n\n" + teams_en("ZGVhZGJlZWYwMDAx", "tr4Dn9")),
        "Microsoft Teams Meeting", '"Kenny, Aidan":mailto:aidan.kenny@threads-ireland.ie', (_ME_W,),
        extra=("RRULE:FREQ=WEEKLY;BYDAY=MO",),
    ), tz=(WIN_GMT,)), "internal-trading-call-en"))

    out.append(neg("store-walk-internal", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251020T100000
DTEND;TZID=Europe/Dublin:20251020T120000
DTSTAMP:20251013T090000Z
ORGANIZER;CN=Aidan Kenny:mailto:aidan.kenny@threads-ireland.ie
UID:3bt6m0kq8e2va5d9nu1fjh4rco@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ciara Doyle;X-NUM-GUESTS=0:mailto:{WORK}
DESCRIPTION:{esc("Store walk - VM standards for Christmas windows, fitting rooms, stockroom, H&S. Action plan after.")}
LOCATION:Threads Henry Street
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Store walk with Aidan (VM + standards)
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "internal-store-walk-en"))

    out.append(neg("induction", cal(OUTLOOK, _tw(
        "040000008200E00074C5B7101A82E0080000000011112222333344DC0100000000000000001000000055556666777788",
        "20251103T090000", "20251103T120000", "Induction - new Christmas Sales Assistants (x9)",
        esc("Welcome, H&S, tills training, uniform. New starters have their contracts already."), "Henry St",
        '"Doyle, Ciara":mailto:ciara.doyle@threads-ireland.ie',
        ('ATTENDEE;CN="Farrell, Jason";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jason.farrell@threads-ireland.ie',),
    ), tz=(WIN_GMT,)), "internal-induction-en"))

    out.append(neg("fire-safety-assessment", cal(OUTLOOK, _tw(
        "040000008200E00074C5B7101A82E00800000000F1F2F3F4F5F6DC0100000000000000001000000012121212343434AB",
        "20251111T080000", "20251111T100000", "Fire safety assessment - Henry St",
        esc("Annual fire risk assessment by Safeguard Fire. Manager on duty to accompany the assessor."),
        "Henry St", '"Facilities":mailto:facilities@threads-ireland.ie', (_ME_W, _AIDAN),
    ), tz=(WIN_GMT,)), "internal-assessment-word-en"))

    out.append(neg("thunderbird-nct", cal(TBIRD, """
BEGIN:VEVENT
CREATED:20250905T193000Z
LAST-MODIFIED:20250905T193000Z
DTSTAMP:20250905T193000Z
UID:d8b2f1a4-6c39-4e07-8a15-b3c9e0f27d64
SUMMARY:NCT - car test
DTSTART;TZID=Europe/Dublin:20250912T081500
DTEND;TZID=Europe/Dublin:20250912T090000
LOCATION:NCT Centre Finglas
DESCRIPTION:booking ref 4471-2290. bring logbook
END:VEVENT
""", tz=(DUBLIN,), method=None), "personal-nct-thunderbird-en"))

    out.append(neg("french-class-fr", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250916T190000
DTEND;TZID=Europe/Dublin:20250916T203000
RRULE:FREQ=WEEKLY;COUNT=10
DTSTAMP:20250901T100000Z
ORGANIZER;CN=Alliance Française Dublin:mailto:cours@alliance-francaise.ie
UID:af-dublin-b1-soir-2025-t1-ciara@alliance-francaise.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ciara Doyle:mailto:{ME}
DESCRIPTION:{esc("Cours du soir - français niveau B1. Salle 3. Professeure : Mme Delorme. Apportez votre manuel.")}
LOCATION:Alliance Française\\, 1 Kildare Street\\, Dublin 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cours de français B1 (soir)
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "personal-class-fr"))

    out.append(neg("hotel-es", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251229
DTEND;VALUE=DATE:20260102
DTSTAMP:20251015T210000Z
UID:reserva-88120455-hotel-mirador@hotelmiradormalaga.es
DESCRIPTION:{esc("Reserva confirmada: Hotel Mirador Málaga, 1 habitación doble + cuna. Entrada a partir de las 15:00.")}
LOCATION:Hotel Mirador\\, Paseo Marítimo\\, Málaga
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reserva Hotel Mirador Málaga (4 noches)
TRANSP:TRANSPARENT
END:VEVENT
""", method="PUBLISH", tz=(MADRID,)), "personal-hotel-es"))

    out.append(neg("flight", cal(GOOGLE, """
BEGIN:VEVENT
DTSTART:20251008T053500Z
DTEND:20251008T065000Z
DTSTAMP:20250930T120000Z
UID:ei152-20251008-dub-lhr-2f9c@google.com
DESCRIPTION:Aer Lingus EI 152 Dublin (T2) to London Heathrow (T2). Booking ref QX7P4L. Seat 14C.
LOCATION:Dublin Airport T2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Flight to London (EI 152)
TRANSP:OPAQUE
END:VEVENT
""", method="PUBLISH"), "travel-flight-en"))

    out.append(neg("school-open-evening", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251113T183000
DTEND;TZID=Europe/Dublin:20251113T193000
DTSTAMP:20251027T091500Z
ORGANIZER;CN=Sunflower Montessori:mailto:admissions@sunflowermontessori.ie
UID:open-evening-2025-11-13-0442@sunflowermontessori.ie
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ciara Doyle:mailto:{ME}
DESCRIPTION:{esc("Open evening for September 2026 places. Meet the teachers and see the classrooms. "
                 "Enrolment interviews for children are not required.")}
LOCATION:Sunflower Montessori\\, Navan Road\\, Dublin 7
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sunflower Montessori - open evening
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "personal-school-en"))
    return out
