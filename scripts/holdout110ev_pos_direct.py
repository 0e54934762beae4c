"""holdout110: Aoife Brennan's own interviews sent directly by employees, from Outlook/Exchange and Google."""

from __future__ import annotations

from holdout110ev_ics import (
    EXCHANGE,
    FREE,
    GOOGLE,
    OUTLOOK,
    att,
    calendar,
    esc,
    ev,
    item,
    meet,
    org,
    teams,
    teams_html,
    uid_google,
    uid_outlook,
    webex,
    zoom,
)

MS = ("X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
      "X-MS-OLK-CONFTYPE:0")


def _alt(plain: str) -> str:
    return "X-ALT-DESC;FMTTYPE=text/html:" + esc(teams_html(plain))


def events() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []

    # 1 Outlook, Windows zone, CN="Last, First", X-ALT-DESC, Teams
    u = uid_outlook("kestrel-hm")
    d = ("Hi Aoife,\n\nThanks for making time. I'm the hiring manager for the Head of Talent role and would love "
         "to talk through what we need over the next 18 months.\n\nBest,\nDaniel\n\n" + teams("YjQ3ZmU5ZDEt"))
    e = ev(u, "20250915T143000", "20250922T110000", "20250922T120000",
           "Aoife Brennan - Head of Talent - Interview with Daniel Okafor", tz="GMT Standard Time", desc=d,
           loc="Microsoft Teams Meeting", organizer=org("daniel.okafor@kestrelcap.co.uk", "Okafor, Daniel"),
           attendees=(att(FREE, "aoife.brennan.ta@gmail.com"),), order="outlook", extra=(_alt(d), *MS))
    out.append(item("outlook-hm", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, True,
                    "Kestrel Capital Partners", "Head of Talent", "hiring_manager", "daniel.okafor@kestrelcap.co.uk",
                    "outlook-windows-zone-en"))

    # 2 Exchange, SENT-BY an executive assistant, boardroom, final
    u = uid_outlook("alderbrook-final")
    d = ("Dear Aoife,\n\nNiamh would like to meet you for the final stage of the process for the Head of People "
         "role. Please report to reception on the ground floor; I'll bring you up.\n\nKind regards,\nEmma Dunne\n"
         "Executive Assistant to Niamh Costello, Chief Executive")
    e = ev(u, "20251016T090102", "20251023T153000", "20251023T163000",
           "Aoife Brennan / Niamh Costello – Head of People (final stage)",
           tz="GMT Standard Time", desc=d, loc="Alderbrook Bank, 2 Grand Canal Square, Dublin 2 - L6 Boardroom",
           organizer=org("niamh.costello@alderbrookbank.com", "Costello, Niamh",
                         sent_by="emma.dunne@alderbrookbank.com"),
           attendees=(att(FREE, "Aoife Brennan"),
                      att("dub-gcs-l6-boardroom@alderbrookbank.com", "DUB GCS L6 Boardroom (14)", cutype="ROOM",
                          role="NON-PARTICIPANT", rsvp=False),
                      att("emma.dunne@alderbrookbank.com", "Dunne, Emma", role="OPT-PARTICIPANT")),
           order="outlook", extra=MS)
    out.append(item("exchange-sentby-final", calendar(EXCHANGE, [e], ("GMT Standard Time",)), u, True,
                    "Alderbrook Bank", "Head of People", "final", "niamh.costello@alderbrookbank.com",
                    "exchange-sent-by-assistant-en"))

    # 3 Outlook "(UTC+00:00) Dublin, Edinburgh, Lisbon, London" zone, no clear stage
    u = uid_outlook("clearwater")
    d = ("Aoife,\n\nLooking forward to speaking with you. Kevin Walsh (VP Operations) will join me.\n\nSorcha\n"
         "Sorcha Ní Bhriain | HR Manager | Clearwater Medtech | Parkmore West, Galway\n\n" + teams("OGQ3NzJiYjgt"))
    tz = "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
    e = ev(u, "20250917T111111", "20250925T140000", "20250925T150000",
           "Interview - Talent Acquisition Partner Lead - Aoife Brennan", tz=tz, desc=d,
           loc="Microsoft Teams Meeting", organizer=org("sorcha.nibhriain@clearwatermed.ie", "Ní Bhriain, Sorcha"),
           attendees=(att("kevin.walsh@clearwatermed.ie", "Walsh, Kevin"), att(FREE, "Aoife Brennan")),
           order="outlook", extra=(_alt(d), *MS))
    out.append(item("outlook-utc-label-zone", calendar(OUTLOOK, [e], (tz,)), u, True, "Clearwater Medtech",
                    "Talent Acquisition Partner Lead", "",
                    "sorcha.nibhriain@clearwatermed.ie;kevin.walsh@clearwatermed.ie", "outlook-utc-label-zone-en"))

    # 4 Outlook cancellation
    u = uid_outlook("northgate-cancel")
    d = ("Hi Aoife, apologies - we have had to pause this hire while the budget for Q4 is reviewed. I'll be in "
         "touch as soon as I have news.\nAnjali")
    e = ev(u, "20251003T080000", "20251006T113000", "20251006T123000",
           "Canceled: Interview: Talent Acquisition Lead – Aoife Brennan", tz="GMT Standard Time", desc=d,
           loc="Microsoft Teams Meeting", status="CANCELLED", seq=1,
           organizer=org("anjali.patel@northgate-energy.co.uk", "Patel, Anjali"),
           attendees=(att(FREE, "Aoife Brennan"),), order="outlook", extra=("X-MICROSOFT-CDO-BUSYSTATUS:FREE",))
    out.append(item("outlook-cancel", calendar(OUTLOOK, [e], ("GMT Standard Time",), method="CANCEL"), u, True,
                    "Northgate Energy", "Talent Acquisition Lead", "", "anjali.patel@northgate-energy.co.uk",
                    "cancelled-outlook-en"))

    # 5 Exchange in German, "(UTC+01:00) Amsterdam, Berlin ..." zone
    u = uid_outlook("rheinland-hm")
    tz = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
    d = ("Liebe Frau Brennan,\n\nanbei die Einladung zum Gespräch mit dem Fachbereich für die Position Leitung "
         "Talent Acquisition. Herr Schneider leitet den Bereich Personal und ist Ihr künftiger Vorgesetzter.\n\n"
         "Beste Grüße\nMelanie Roth\nAssistenz Personal | Rheinland Privatbank AG\n\n" + teams("MzE5ZGQ2Njkt", "de"))
    e = ev(u, "20251007T094500", "20251016T100000", "20251016T110000",
           "Interview Leitung Talent Acquisition – Frau Brennan / Herr Schneider", tz=tz, desc=d,
           loc="Microsoft Teams-Besprechung",
           organizer=org("thomas.schneider@rheinland-privatbank.de", "Schneider, Thomas",
                         sent_by="melanie.roth@rheinland-privatbank.de"),
           attendees=(att(FREE, "Brennan, Aoife"),), order="outlook", extra=(_alt(d), *MS))
    out.append(item("exchange-hm-de", calendar(OUTLOOK, [e], (tz,)), u, True, "Rheinland Privatbank",
                    "Leitung Talent Acquisition", "hiring_manager", "thomas.schneider@rheinland-privatbank.de",
                    "exchange-hm-sent-by-de"))

    # 6 Outlook in French, Romance Standard Time, Webex, final
    u = uid_outlook("rivemont-final")
    d = ("Bonjour Aoife,\n\nSuite à vos échanges avec l'équipe, Isabelle Lefèvre, DRH Groupe, souhaite vous "
         "rencontrer pour l'entretien final pour le poste de Responsable Acquisition des Talents EMEA.\n\n"
         "Bien cordialement,\nChloé Martin, chargée de recrutement\n\n" + webex("2381 556 0921", "rivemont", "fr"))
    e = ev(u, "20251009T153000", "20251017T090000", "20251017T100000",
           "Entretien final – Responsable Acquisition des Talents EMEA – Aoife Brennan", tz="Romance Standard Time",
           desc=d, loc="Webex", organizer=org("chloe.martin@rivemont.fr", "Martin, Chloé"),
           attendees=(att("isabelle.lefevre@rivemont.fr", "Lefèvre, Isabelle"), att(FREE, "Aoife Brennan")),
           order="outlook", extra=MS)
    out.append(item("outlook-final-fr", calendar(OUTLOOK, [e], ("Romance Standard Time",)), u, True,
                    "Banque Rivemont", "Responsable Acquisition des Talents EMEA", "final",
                    "isabelle.lefevre@rivemont.fr", "outlook-final-webex-fr"))

    # 7 Google direct from a talent partner, short title, company via domain
    u = uid_google("pollen-chat")
    d = ("Hi Aoife, great to connect on LinkedIn! Let's use this for a first chat about the Talent Lead role - "
         "nothing to prepare, I'll tell you about Pollen and the team and hear a bit about you.\nMarta\n\n" +
         meet("pln-hkqz-cvm"))
    e = ev(u, "20250908T093000", "20250912T120000", "20250912T123000", "Aoife <> Marta: Talent Lead chat",
           tz="Europe/Dublin", desc=d, organizer=org("marta.silva@pollenhealth.com", "Marta Silva"),
           attendees=(att("marta.silva@pollenhealth.com", "Marta Silva", partstat="ACCEPTED", google=True),
                      att(FREE, google=True)))
    out.append(item("google-direct-chat", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, True, "Pollen Health",
                    "Talent Lead", "recruiter_screen", "marta.silva@pollenhealth.com", "google-direct-chat-en"))

    # 8 Google rescheduled (SEQUENCE 2)
    u = uid_google("lantern-hm")
    d = ("Rescheduled from Tue 14 Oct at Sam's request - apologies for the shuffle!\n\nInterview with Sam "
         "Whitaker (COO, hiring manager) for the Head of Talent position at Lantern Bio.\n\n" + meet("ltn-bhxa-wrp"))
    e = ev(u, "20251010T162200", "20251016T153000", "20251016T161500",
           "Interview – Head of Talent – Aoife Brennan (rescheduled)", tz="Europe/Dublin", desc=d, seq=2,
           organizer=org("careers@lanternbio.com", "Lantern Bio Careers"),
           attendees=(att("sam.whitaker@lanternbio.com", "Dr Sam Whitaker", google=True), att(FREE, google=True)))
    out.append(item("google-rescheduled", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, True, "Lantern Bio",
                    "Head of Talent", "hiring_manager", "sam.whitaker@lanternbio.com", "rescheduled-google-en"))

    # 9 Google all-day assessment day, interviewers named only in the body
    u = uid_google("harrowfinch-day")
    d = ("Assessment day for the Head of Talent Acquisition role, London office.\n\n09:30 arrival and coffee\n"
         "10:00 Panel interview with Olivia Grant (COO) and Simon Reyes (Head of HR)\n11:30 Presentation: your "
         "first 100 days\n13:00 Lunch with the People team\n\nAddress: Harrow & Finch LLP, 1 Ropemaker Street, "
         "London EC2Y 9AW\nAny questions, call me on +44 20 7946 0312.\nGeorgia (Recruitment Coordinator)")
    e = ev(u, "20251008T101500", "20251020", "20251021", "Assessment day: Head of Talent Acquisition",
           allday=True, desc=d, loc="Harrow & Finch LLP, 1 Ropemaker Street, London EC2Y 9AW", transp="TRANSPARENT",
           organizer=org("georgia.fenn@harrowfinch.com", "Georgia Fenn"),
           attendees=(att(FREE, "Aoife Brennan", google=True),
                      att("georgia.fenn@harrowfinch.com", "Georgia Fenn", partstat="ACCEPTED", google=True)))
    out.append(item("google-allday-onsite", calendar(GOOGLE, [e]), u, True, "Harrow & Finch",
                    "Head of Talent Acquisition", "onsite", "Olivia Grant;Simon Reyes", "allday-assessment-en"))

    # 10 phone screen, Google, location is a phone number
    u = uid_google("tessellate-phone")
    d = ("Quick 25 min phone screen for the Talent Acquisition Lead role. I'll ring you on +353 87 214 6630 - "
         "if anything changes just reply here.\n\nGrace Kim\nTalent Partner, Tessellate Data")
    e = ev(u, "20250910T140200", "20250915T161500", "20250915T164000",
           "Phone screen – Aoife Brennan (Talent Acquisition Lead)", tz="Europe/Dublin", desc=d,
           loc="Phone: +353 87 214 6630", organizer=org("grace.kim@tessellate.io", "Grace Kim"),
           attendees=(att("grace.kim@tessellate.io", "Grace Kim", partstat="ACCEPTED", google=True),
                      att(FREE, "Aoife Brennan", google=True)))
    out.append(item("phone-screen", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, True, "Tessellate Data",
                    "Talent Acquisition Lead", "recruiter_screen", "grace.kim@tessellate.io", "phone-screen-en"))

    # 11 Zoom, VP invites directly, hiring manager
    u = uid_google("orbitline-hm")
    d = ("Aoife - looking forward to it. I lead People at Orbitline and the Head of Talent would report to me.\n"
         "Jamie\n\n" + zoom("81234509876", host="Jamie Fitzgerald"))
    e = ev(u, "20250919T080808", "20250926T090000", "20250926T094500",
           "Aoife / Jamie – Head of Talent conversation", tz="Europe/Dublin", desc=d,
           loc="https://us02web.zoom.us/j/81234509876?pwd=Q2xvV0Fsb2hRZ1pZ",
           organizer=org("jamie.fitzgerald@orbitline.com", "Jamie Fitzgerald"),
           attendees=(att("jamie.fitzgerald@orbitline.com", "Jamie Fitzgerald", partstat="ACCEPTED", google=True),
                      att(FREE, "Aoife Brennan", google=True)))
    out.append(item("zoom-hm", calendar(GOOGLE, [e], ("Europe/Dublin",)), u, True, "Orbitline", "Head of Talent",
                    "hiring_manager", "jamie.fitzgerald@orbitline.com", "zoom-direct-hm-en"))

    # 12 Google in German, direct, no clear stage
    u = uid_google("kleeblatt")
    d = ("Hallo Aoife,\n\nwie telefonisch besprochen hier die Einladung zum Interview für die Rolle Talent "
         "Acquisition Lead DACH (remote). Dabei sind Jonas Weber (CTO) und ich.\n\nLiebe Grüße\nAnna Richter\n"
         "People & Culture, Kleeblatt Software GmbH\n\n" + meet("klb-vxrt-pqa", "de"))
    e = ev(u, "20250923T101010", "20251001T110000", "20251001T120000",
           "Interview Aoife Brennan – Talent Acquisition Lead DACH", tz="Europe/Berlin", desc=d,
           organizer=org("anna.richter@kleeblatt.io", "Anna Richter"),
           attendees=(att("anna.richter@kleeblatt.io", "Anna Richter", partstat="ACCEPTED", google=True),
                      att("jonas.weber@kleeblatt.io", "Jonas Weber", google=True), att(FREE, google=True)))
    out.append(item("google-direct-de", calendar(GOOGLE, [e], ("Europe/Berlin",)), u, True, "Kleeblatt Software",
                    "Talent Acquisition Lead DACH", "", "anna.richter@kleeblatt.io;jonas.weber@kleeblatt.io",
                    "google-direct-de"))

    # 13 Outlook onsite with ROOM and RESOURCE attendees
    u = uid_outlook("glenmore-onsite")
    d = ("Hi Aoife,\n\nConfirming your onsite interview for the Talent Acquisition Lead position. You'll meet "
         "Brian Tierney (Head of People) and Lucy Quinn (Engineering Director). Reception is on the ground floor "
         "of Block B.\n\nThanks,\nMegan\nRecruiting Coordinator")
    e = ev(u, "20251001T151515", "20251010T100000", "20251010T113000",
           "Onsite interview: Aoife Brennan - Talent Acquisition Lead", tz="GMT Standard Time", desc=d,
           loc="GLN-DUB-B-Boardroom; Glenmore Systems, Block B, Sandyford Business Park, Dublin 18",
           organizer=org("megan.ryan@glenmoresystems.com", "Ryan, Megan"),
           attendees=(att("brian.tierney@glenmoresystems.com", "Tierney, Brian"),
                      att("lucy.quinn@glenmoresystems.com", "Quinn, Lucy"), att(FREE, "Aoife Brennan"),
                      att("gln-dub-b-boardroom@glenmoresystems.com", "GLN-DUB-B-Boardroom", cutype="ROOM",
                          role="NON-PARTICIPANT", rsvp=False),
                      att("gln-av-kit-2@glenmoresystems.com", "AV Kit 2 (Clickshare)", cutype="RESOURCE",
                          role="NON-PARTICIPANT", rsvp=False)), order="outlook", extra=(_alt(d), *MS))
    out.append(item("outlook-onsite-rooms", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, True,
                    "Glenmore Systems", "Talent Acquisition Lead", "onsite",
                    "brian.tierney@glenmoresystems.com;lucy.quinn@glenmoresystems.com", "outlook-room-resource-en"))

    # 14 Google recurring work trial with an override (same UID)
    u = uid_google("bramblehill-trial")
    d = ("Paid work trial for the People & Talent Lead role. 3 mornings with the team: you'll audit our hiring "
         "funnel, rewrite two job ads and run a mock intake with Orla. Laptop provided.\n\nBramblehill, 5 "
         "Fenian Street, Dublin 2")
    base = ev(u, "20251022T120000", "20251103T093000", "20251103T130000",
              "Work trial – People & Talent Lead (Bramblehill)", tz="Europe/Dublin", desc=d,
              loc="Bramblehill, 5 Fenian Street, Dublin 2", organizer=org("orla@bramblehill.co", "Orla Hegarty"),
              attendees=(att("orla@bramblehill.co", "Orla Hegarty", partstat="ACCEPTED", google=True),
                         att(FREE, "Aoife Brennan", google=True)), extra=("RRULE:FREQ=DAILY;COUNT=3",))
    moved = ev(u, "20251028T090000", "20251104T120000", "20251104T163000",
               "Work trial – People & Talent Lead (Bramblehill)", tz="Europe/Dublin",
               desc=d + "\n\nDay 2 moved to the afternoon (all-hands in the morning).", seq=1,
               loc="Bramblehill, 5 Fenian Street, Dublin 2", organizer=org("orla@bramblehill.co", "Orla Hegarty"),
               attendees=(att("orla@bramblehill.co", "Orla Hegarty", partstat="ACCEPTED", google=True),
                          att(FREE, "Aoife Brennan", google=True)),
               extra=("RECURRENCE-ID;TZID=Europe/Dublin:20251104T093000",))
    out.append(item("recurring-work-trial", calendar(GOOGLE, [base, moved], ("Europe/Dublin",)), u, True,
                    "Bramblehill", "People & Talent Lead", "technical", "orla@bramblehill.co",
                    "recurring-override-work-trial-en"))

    # 15 Employee invite to the work address by mistake-free intent: the user forwarded it, Exchange copy
    u = uid_outlook("copperleaf-stakeholder")
    d = ("Hi Aoife,\n\nAs discussed with Lauren, the next step is a conversation with two of the hiring managers "
         "you'd partner with most closely, Conall Deasy (Engineering) and Yvonne Marsh (Sales), about how "
         "they'd like to work with their talent partner.\n\nBest,\nLauren Mbeki | Talent Acquisition, "
         "Copperleaf Technologies\n\n" + teams("Y2E2ZmQ1NTIt"))
    e = ev(u, "20251002T120000", "20251008T130000", "20251008T140000",
           "Copperleaf: stakeholder interview (Talent Acquisition Lead)", tz="GMT Standard Time", desc=d,
           loc="Microsoft Teams Meeting", organizer=org("lauren.mbeki@copperleaf.tech", "Mbeki, Lauren"),
           attendees=(att("conall.deasy@copperleaf.tech", "Deasy, Conall"),
                      att("yvonne.marsh@copperleaf.tech", "Marsh, Yvonne"), att(FREE, "Aoife Brennan")),
           order="outlook", extra=MS)
    out.append(item("outlook-stakeholder", calendar(OUTLOOK, [e], ("GMT Standard Time",)), u, True,
                    "Copperleaf Technologies", "Talent Acquisition Lead", "hiring_manager",
                    "conall.deasy@copperleaf.tech;yvonne.marsh@copperleaf.tech", "outlook-coordinator-en"))
    return out
