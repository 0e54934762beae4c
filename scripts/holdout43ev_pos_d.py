"""holdout43 interviews, part D: schedulers and international ATS (ModernLoop, Calendly, Cal.com, Workable,
Lever, iCIMS, SuccessFactors EN, Workday) plus a French and a Spanish invite."""

from __future__ import annotations

from holdout43ev_boiler import meet, teams
from holdout43ev_ics import FREE, GOOGLE, OUTLOOK16, TZ_BERLIN, Ev, alt_html, cal, esc, tz_olson, tz_windows


def parcelnest_modernloop() -> Ev:
    uid = "ml-evt-0c7f3a91e2b84d56@modernloop.io"
    desc = (
        "Hi Marta,\n\nWe're looking forward to welcoming you at our Amsterdam HQ for your onsite interview "
        "for the Logistics Network Planner role.\n\nAgenda (CET)\n"
        "10:00 - 10:45  Mark de Vries, Director Network Operations\n"
        "10:45 - 11:30  Aylin Çelik, Network Planning Lead (planning exercise on a whiteboard)\n"
        "11:30 - 12:00  Tom Verhoeven, VP Operations\n\n"
        "Please ask for Yara at reception on the 3rd floor. Travel costs (train 2nd class) will be "
        "reimbursed.\n\nYara Haddad\nRecruiting Coordinator, Parcelnest\n\nScheduled with ModernLoop"
    )
    ics = cal(
        "PRODID:-//ModernLoop//ModernLoop Scheduler//EN\nVERSION:2.0\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20270118T112240Z
DTSTART:20270127T090000Z
DTEND:20270127T110000Z
SUMMARY:Onsite Interview: Logistics Network Planner - Parcelnest
DESCRIPTION:{esc(desc)}
LOCATION:Parcelnest HQ\\, Keizersgracht 101\\, 1015 CJ Amsterdam
ORGANIZER;CN=Yara Haddad:mailto:yara.haddad@parcelnest.com
ATTENDEE;CN=Marta Kowalska;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Mark de Vries;ROLE=REQ-PARTICIPANT:mailto:mark.devries@parcelnest.com
ATTENDEE;CN=Aylin Çelik;ROLE=REQ-PARTICIPANT:mailto:aylin.celik@parcelnest.com
ATTENDEE;CN=Tom Verhoeven;ROLE=REQ-PARTICIPANT:mailto:tom.verhoeven@parcelnest.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=AMS-3-Polder (8):mailto:ams-3-polder@parcelnest.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""",
    )
    return Ev("modernloop-onsite-en", "en", ics, uid, 1, "Parcelnest", "Logistics Network Planner", "onsite",
              "mark.devries@parcelnest.com;aylin.celik@parcelnest.com;tom.verhoeven@parcelnest.com",
              "modernloop-onsite-room-coordinator-en", "", "ModernLoop")


def brightparcel_calendly() -> Ev:
    uid = "ev_9d3e7a1c-44f2-4b8e-a0c5-2f6b1d7e8c90@calendly.com"
    desc = (
        "Event Name: Recruiter Screen – Brightparcel\n\nLocation: This is a Google Meet web conference. "
        "https://meet.google.com/fjw-ruxo-pda\n\nPlease share anything that will help prepare for our "
        "meeting.: Applied for Network Planning Lead (Germany expansion). Currently team lead warehouse "
        "at a 3PL in Dortmund.\n\nNeed to make changes to this event?\n"
        "Cancel: https://calendly.com/cancellations/9d3e7a1c-44f2-4b8e-a0c5-2f6b1d7e8c90\n"
        "Reschedule: https://calendly.com/reschedulings/9d3e7a1c-44f2-4b8e-a0c5-2f6b1d7e8c90\n\n"
        "Powered by Calendly.com"
    )
    ics = cal(
        "PRODID:-//Calendly//Calendly Scheduling//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261130T201155Z
DTSTART:20261203T150000Z
DTEND:20261203T153000Z
SUMMARY:Recruiter Screen – Brightparcel between Oliver Grant and Marta Kowalska
DESCRIPTION:{esc(desc)}
LOCATION:https://meet.google.com/fjw-ruxo-pda
ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@brightparcel.co.uk
ATTENDEE;CN=Marta Kowalska;PARTSTAT=ACCEPTED:mailto:{FREE}
ATTENDEE;CN=Oliver Grant;PARTSTAT=ACCEPTED:mailto:oliver.grant@brightparcel.co.uk
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("calendly-screen-en", "en", ics, uid, 1, "Brightparcel", "Network Planning Lead", "recruiter_screen",
              "oliver.grant@brightparcel.co.uk", "calendly-user-as-invitee-en", "", "Calendly")


def frachtwerk_calcom() -> Ev:
    uid = "kP8sQ2wE5rT9yU1iO4pA7s@Cal.com"
    desc = (
        "Was:\nKennenlernen Frachtwerk\n\nWann:\nDonnerstag, 10. Dezember 2026 | 14:00 - 14:30 (Europe/Berlin)\n\n"
        "Wer:\nLea Baumann - Organisator\nlea@frachtwerk.io\n\nMarta Kowalska\nmarta.kowalska@gmx.de\n\n"
        "Wo:\nCal Video\nhttps://app.cal.com/video/kP8sQ2wE5rT9yU1iO4pA7s\n\nBeschreibung\n"
        "30 Minuten Kennenlernen mit unserem Talent-Team zur Stelle Operations Lead Carrier Management "
        "(Köln / hybrid).\n\nTermin absagen oder verschieben: https://app.cal.com/booking/kP8sQ2wE5rT9yU1iO4pA7s"
    )
    ics = cal(
        "PRODID:-//Cal.com Inc.//Cal.com Event//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
SUMMARY:Kennenlernen Frachtwerk zwischen Lea Baumann und Marta Kowalska
DTSTART:20261210T130000Z
DTEND:20261210T133000Z
DTSTAMP:20261205T091200Z
DESCRIPTION:{esc(desc)}
LOCATION:https://app.cal.com/video/kP8sQ2wE5rT9yU1iO4pA7s
ORGANIZER;CN=Lea Baumann:mailto:lea@frachtwerk.io
ATTENDEE;CN=Marta Kowalska;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:{FREE}
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""",
    )
    return Ev("calcom-de", "de", ics, uid, 1, "Frachtwerk", "Operations Lead Carrier Management", "recruiter_screen",
              "lea@frachtwerk.io", "calcom-organizer-only-de", "", "Cal.com")


def erc_workable() -> Ev:
    uid = "workable-interview-3f81c2a7d9e5@workable.com"
    body = meet("en", "nqc-bzep-ost")
    desc = (
        "Hi Marta,\n\nYou have an interview scheduled with Elbe Rail Cargo for the Intermodal Planner position.\n\n"
        "Interviewers: Mads Jensen (Head of Network Planning), Katja Rudolph (Senior Planner)\n"
        "Format: 60 minutes, including a short planning exercise (slot allocation for a weekly train "
        "Hamburg – Duisburg). Please have Excel or Google Sheets ready.\n\n"
        f"Kind regards,\nERC People Team\n\n{body}\n\nSent via Workable"
    )
    ics = cal(
        "PRODID:-//Workable//Workable Calendar//EN\nVERSION:2.0\nMETHOD:REQUEST",
        TZ_BERLIN,
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261209T140002Z
DTSTART;TZID=Europe/Berlin:20261217T100000
DTEND;TZID=Europe/Berlin:20261217T110000
SUMMARY:Interview for Intermodal Planner at Elbe Rail Cargo
DESCRIPTION:{esc(desc)}
LOCATION:https://meet.google.com/nqc-bzep-ost
ORGANIZER;CN=Elbe Rail Cargo:mailto:people@elberailcargo.com
ATTENDEE;CN=Marta Kowalska;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Mads Jensen:mailto:mads.jensen@elberailcargo.com
ATTENDEE;CN=Katja Rudolph:mailto:katja.rudolph@elberailcargo.com
END:VEVENT
""",
    )
    return Ev("workable-tech-en", "en", ics, uid, 1, "Elbe Rail Cargo", "Intermodal Planner", "technical",
              "mads.jensen@elberailcargo.com;katja.rudolph@elberailcargo.com", "workable-planning-exercise-en", "ERC",
              "Workable")


def vireo_lever_hm() -> Ev:
    uid = "lever-interview-a5c0e7b2-18d4-4f63-9b21-6e4d8f0c3a75"
    body = teams("en", "305 772 946 118", "Qe5hJ7", "YTFjMjRiZTEtN2YwMi00N2FmLWJkNzYtOGRlMGM0ZTk4OGY1")
    desc = (
        "Hi Marta,\n\nThanks for making time to speak with us about the Supply Chain Planner EMEA role. "
        "You'll be meeting Aoife Byrne, Supply Planning Manager EMEA and the hiring manager for this role.\n\n"
        f"Best,\nCiara Doyle | Talent Acquisition | Vireo Medical\n\n{body}\n\nScheduled via Lever"
    )
    ics = cal(
        "PRODID:-//Lever//Lever Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST",
        tz_olson("Europe/Dublin", "+0000", "+0100", ("GMT", "IST")),
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261202T110519Z
DTSTART;TZID=Europe/Dublin:20261209T140000
DTEND;TZID=Europe/Dublin:20261209T144500
SUMMARY:Vireo Medical Devices – Hiring Manager Interview (Supply Chain Planner EMEA)
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Ciara Doyle:mailto:ciara.doyle@vireomed.com
ATTENDEE;CN=Marta Kowalska;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Aoife Byrne:mailto:aoife.byrne@vireomed.com
END:VEVENT
""",
    )
    return Ev("lever-hm-en", "en", ics, uid, 1, "Vireo Medical Devices", "Supply Chain Planner EMEA",
              "hiring_manager", "aoife.byrne@vireomed.com", "lever-dublin-tz-en", "Vireo Medical|Vireo", "Lever")


def vireo_lever_case() -> Ev:
    uid = "lever-interview-c9d4f1e8-72a0-4b5c-8e13-0a6b2d9f5e41"
    body = teams("en", "366 014 829 507", "Mk2tV9", "ZWQ5NjA4ZjctNWI0YS00ZTI3LThjNTAtYmQyMTg3YTcwZjMz")
    desc = (
        "Hi Marta,\n\nNext step: a 60-minute planning case exercise with Niamh Walsh (S&OP Lead) and Luca "
        "Bianchi (Demand Planning Manager). You'll receive a short data pack 30 minutes before the call.\n\n"
        f"Best,\nCiara\n\n{body}\n\nScheduled via Lever"
    )
    ics = cal(
        "PRODID:-//Lever//Lever Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261215T091833Z
DTSTART:20270112T100000Z
DTEND:20270112T110000Z
SUMMARY:Vireo Medical – Planning Case Exercise (60 min)
DESCRIPTION:{esc(desc)}
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN=Ciara Doyle:mailto:ciara.doyle@vireomed.com
ATTENDEE;CN=Marta Kowalska;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Niamh Walsh:mailto:niamh.walsh@vireomed.com
ATTENDEE;CN=Luca Bianchi:mailto:luca.bianchi@vireomed.com
END:VEVENT
""",
    )
    return Ev("lever-case-en", "en", ics, uid, 1, "Vireo Medical Devices", "", "technical",
              "niamh.walsh@vireomed.com;luca.bianchi@vireomed.com", "lever-case-utc-en", "Vireo Medical|Vireo", "Lever")


def carrow_icims() -> Ev:
    uid = "iCIMS-4471-88120-20270203@carrowsupply.icims.com"
    desc = (
        "Dear Marta,\n\nThis confirms your on-site panel interview for the position below.\n\n"
        "Requisition: 4471 - Distribution Center Manager (Kamen, Germany)\n"
        "Location: Carrow Industrial Supply GmbH, Distribution Center Kamen, Zollpost 9, 59174 Kamen\n"
        "Panel: Dwayne Porter (General Manager Europe), Heike Nolte (HR Manager Germany)\n\n"
        "Please bring a valid photo ID. Safety shoes will be provided for the DC tour.\n\n"
        "Carrow Industrial Supply Talent Acquisition\nThis is an automated message from iCIMS."
    )
    ics = cal(
        "PRODID:-//iCIMS//iCIMS Talent Platform//EN\nVERSION:2.0\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20270122T154401Z
DTSTART:20270203T080000Z
DTEND:20270203T103000Z
SUMMARY:Interview Confirmation: Distribution Center Manager - Carrow Industrial Supply (Req 4471)
DESCRIPTION:{esc(desc)}
LOCATION:Zollpost 9\\, 59174 Kamen\\, Germany
ORGANIZER;CN=Carrow Careers:mailto:careers@carrowsupply.com
ATTENDEE;CN=Marta Kowalska;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Dwayne Porter:mailto:dwayne.porter@carrowsupply.com
ATTENDEE;CN=Heike Nolte:mailto:heike.nolte@carrowsupply.com
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("icims-onsite-en", "en", ics, uid, 1, "Carrow Industrial Supply", "Distribution Center Manager",
              "onsite", "dwayne.porter@carrowsupply.com;heike.nolte@carrowsupply.com", "icims-onsite-panel-en",
              "Carrow", "iCIMS")


def brandt_sf_en() -> Ev:
    uid = "SFINT-2026-004122-BCH@successfactors.eu"
    desc = (
        "Dear Ms. Kowalska,\n\nWe are pleased to invite you to an interview for the position Logistics Planner "
        "Site Marl (Job ID 58210).\n\nInterview type: Case interview (bring a laptop; you will work on an "
        "Excel-based tank-container planning exercise)\nInterviewers: Sven Kortmann (Head of Site Logistics), "
        "Elena Popescu (Logistics Planning)\nLocation: Brandt Chemie AG, Chemiepark Marl, Gate 3, "
        "building 1120\n\nBrandt Chemie AG | Talent Acquisition\nGenerated by SAP SuccessFactors."
    )
    ics = cal(
        "PRODID:-//SAP SuccessFactors//Interview Scheduling//EN\nVERSION:2.0\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
SEQUENCE:0
DTSTAMP:20261214T070022Z
DTSTART;TZID=Europe/Berlin:20261222T130000
DTEND;TZID=Europe/Berlin:20261222T143000
SUMMARY:Interview Invitation - Logistics Planner Site Marl (Job ID 58210)
DESCRIPTION:{esc(desc)}
LOCATION:Chemiepark Marl\\, Gate 3\\, building 1120
ORGANIZER;CN="Brandt Chemie Talent Acquisition":mailto:noreply+brandtchemie@successfactors.eu
ATTENDEE;CN="Marta Kowalska";RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN="Sven Kortmann":mailto:sven.kortmann@brandt-chemie.com
ATTENDEE;CN="Elena Popescu":mailto:elena.popescu@brandt-chemie.com
STATUS:CONFIRMED
END:VEVENT
""",
    )
    return Ev("successfactors-case-en", "en", ics, uid, 1, "Brandt Chemie", "Logistics Planner Site Marl",
              "technical", "sven.kortmann@brandt-chemie.com;elena.popescu@brandt-chemie.com",
              "successfactors-tzid-without-vtimezone-en", "", "SuccessFactors")


def halvorsen_workday() -> Ev:
    uid = "WD-INTERVIEW-5e9a2c7f0b1d4863a7c4e2f9d1b08a36@myworkday.com"
    desc = (
        "Dear Marta,\n\nCongratulations on progressing to the final interview for Logistics Manager Hamburg "
        "(R-0932).\n\nInterview Type: Final Interview (on site)\nInterviewer(s): Ingrid Solberg - Managing "
        "Director Germany; Kai Ehlers - Head of Terminal Operations\nAddress: Halvorsen Maritime Logistics "
        "GmbH, Am Sandtorkai 58, 20457 Hamburg, 4th floor\n\nKind regards,\nHalvorsen Talent Acquisition"
    )
    ics = cal(
        "PRODID:-//Workday Inc.//Workday Recruiting//EN\nVERSION:2.0\nMETHOD:REQUEST",
        f"""
BEGIN:VEVENT
UID:{uid}
DTSTAMP:20270126T100412Z
DTSTART:20270204T100000Z
DTEND:20270204T120000Z
SUMMARY:Final Interview: Logistics Manager Hamburg (R-0932) - Halvorsen Maritime Logistics
DESCRIPTION:{esc(desc)}
LOCATION:Am Sandtorkai 58\\, 20457 Hamburg
ORGANIZER;CN=Halvorsen Maritime Logistics:mailto:halvorsen@myworkday.com
ATTENDEE;CN=Marta Kowalska;RSVP=TRUE:mailto:{FREE}
ATTENDEE;CN=Ingrid Solberg:mailto:ingrid.solberg@halvorsen.no
ATTENDEE;CN=Kai Ehlers:mailto:kai.ehlers@halvorsen-logistics.de
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=HAM 4.02 Elbe:mailto:ham-402-elbe@halvorsen.no
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
""",
    )
    return Ev("workday-final-en", "en", ics, uid, 1, "Halvorsen Maritime Logistics", "Logistics Manager Hamburg",
              "final", "ingrid.solberg@halvorsen.no;kai.ehlers@halvorsen-logistics.de", "workday-final-room-en",
              "Halvorsen", "Workday")


def ferrand_fr() -> Ev:
    uid = ("040000008200E00074C5B7101A82E0080000000060A3C9E1F27FDB01000000000000000010000000"
           "1A2B3C4D5E6F708192A3B4C5D6E7F809")
    body = teams("fr", "318 440 927 613", "Fr6kB2", "MGE5ZDU0NjctZTFiNS00NWE4LWI1MTYtNmQ2ZjY2ZWRmNTJh")
    desc = (
        "Bonjour Madame Kowalska,\n\nSuite à votre candidature au poste de Responsable logistique pour notre "
        "site de Sarrebruck, je vous propose un premier entretien RH en visio (30 minutes environ). Nous "
        "pourrons échanger en français ou en anglais, comme vous préférez.\n\nBien cordialement,\n"
        f"Claire Morel\nChargée de recrutement\nGroupe Ferrand Transports\n\n{body}"
    )
    ics = cal(
        OUTLOOK16,
        tz_windows("Romance Standard Time"),
        f"""
BEGIN:VEVENT
ATTENDEE;CN=marta.kowalska@gmx.de;RSVP=TRUE:mailto:{FREE}
CLASS:PUBLIC
CREATED:20261207T083412Z
DESCRIPTION:{esc(desc)}
DTEND;TZID="Romance Standard Time":20261214T113000
DTSTAMP:20261207T083412Z
DTSTART;TZID="Romance Standard Time":20261214T110000
LAST-MODIFIED:20261207T083412Z
LOCATION:Réunion Microsoft Teams
ORGANIZER;CN="Morel, Claire":mailto:claire.morel@groupe-ferrand.fr
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=fr-fr:Entretien RH – Responsable logistique site de Sarrebruck
TRANSP:OPAQUE
UID:{uid}
X-ALT-DESC;FMTTYPE=text/html:{esc(alt_html(desc))}
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MS-OLK-CONFTYPE:0
END:VEVENT
""",
    )
    return Ev("outlook-teams-fr", "fr", ics, uid, 1, "Groupe Ferrand Transports", "Responsable logistique",
              "recruiter_screen", "claire.morel@groupe-ferrand.fr", "outlook-romance-zone-fr",
              "Ferrand Transports|Groupe Ferrand|Ferrand", "Outlook")


def alcazar_es() -> Ev:
    uid = "5t1q8w3e6r0y2u9i4o7p1a5s3d@google.com"
    body = meet("es", "gzr-hpwm-xbe", "617 208 449")
    desc = (
        "Hola Marta:\n\nTal como hablamos con Lucía, te envío la invitación para la entrevista con nuestro "
        "director de operaciones para el puesto de Responsable de almacén en el nuevo hub de Dortmund. "
        "La entrevista será en inglés.\n\nUn saludo,\nJavier Ortega\nDirector de Operaciones\n"
        f"Logística Alcázar S.L.\n\n{body}"
    )
    ics = cal(
        GOOGLE,
        tz_olson("Europe/Madrid"),
        f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20270119T163000
DTEND;TZID=Europe/Madrid:20270119T171500
DTSTAMP:20270112T101122Z
ORGANIZER;CN=Javier Ortega:mailto:javier.ortega@logisticaalcazar.es
UID:{uid}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Javier Ortega;X-NUM-GUESTS=0:mailto:javier.ortega@logisticaalcazar.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marta.kowalska@gmx.de;X-NUM-GUESTS=0:mailto:{FREE}
X-GOOGLE-CONFERENCE:https://meet.google.com/gzr-hpwm-xbe
CREATED:20270112T101121Z
DESCRIPTION:{esc(desc)}
LAST-MODIFIED:20270112T101121Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Responsable de almacén (Hub Dortmund)
TRANSP:OPAQUE
END:VEVENT
""",
    )
    return Ev("google-meet-es", "es", ics, uid, 1, "Logística Alcázar", "Responsable de almacén", "hiring_manager",
              "javier.ortega@logisticaalcazar.es", "google-meet-director-es", "Alcázar", "Google Calendar")


EVENTS = [
    parcelnest_modernloop,
    brightparcel_calendly,
    frachtwerk_calcom,
    erc_workable,
    vireo_lever_hm,
    vireo_lever_case,
    carrow_icims,
    brandt_sf_en,
    halvorsen_workday,
    ferrand_fr,
    alcazar_es,
]
