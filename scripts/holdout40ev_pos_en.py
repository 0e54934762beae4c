"""holdout40: the user's own interviews, English (written blind)."""

# ruff: noqa: E501  (raw iCalendar content lines are data; the writer folds them)

from __future__ import annotations

from holdout40ev_ics import ME_HOME, MEET_EN, STAMP, TEAMS_EN, WEBEX_EN, ZOOM_EN, Ev, att, boiler, cal, org

G = "-//Google Inc//Google Calendar 70.9054//EN"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
X = "Microsoft Exchange Server 2010"
A = "-//Apple Inc.//macOS 14.6//EN"


def events() -> list[Ev]:
    me = att("Tom Gallagher", ME_HOME)
    e: list[Ev] = []
    e.append(Ev("pos-greenhouse-screen", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261110T100000Z
DTEND:20261110T103000Z
{STAMP}
{org("Greenhouse Scheduling", "no-reply@greenhouse.io")}
UID:gh-7f21c0a9e4b84d3a@greenhouse.io
{att("Aoife Brennan", "aoife.brennan@stripe.com")}
{me}
SUMMARY:Tom Gallagher <> Stripe - Recruiter Screen
DESCRIPTION:Hi Tom\\,\\n\\nThanks for your interest in the Financial Crime Compliance Lead role at Stripe. You'll be speaking with Aoife Brennan (Technical Recruiter\\, Dublin).\\n\\nThis call is a 30 minute introduction.{boiler(ZOOM_EN, "4219083311", "stripe7")}
LOCATION:Zoom
STATUS:CONFIRMED
END:VEVENT"""), True, "Stripe", "Financial Crime Compliance Lead", "recruiter_screen", ("aoife.brennan@stripe.com",)))
    e.append(Ev("pos-outlook-direct-hm", "en", cal(OL, f"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261101T120000Z
DESCRIPTION:Dear Tom\\,\\n\\nThank you for your time on the phone last week. As discussed\\, I'd like to invite you to meet me for the Head of AML Operations position. I manage the Financial Crime Unit here at Danske Bank UK.\\n\\nKind regards\\,\\nCiarán Doherty\\nHead of Financial Crime\\, Danske Bank{boiler(TEAMS_EN, "MzE5ZDhl", "Xq8mT2")}
DTEND;TZID="GMT Standard Time":20261112T150000
DTSTART;TZID="GMT Standard Time":20261112T140000
{STAMP}
{org("Doherty, Ciarán", "ciaran.doherty@danskebank.co.uk")}
{att("tomgallagher@hotmail.co.uk", ME_HOME)}
LOCATION:Microsoft Teams Meeting
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Interview - Head of AML Operations
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000D0A1C6A2F94EDB01000000000000000010000000A4B7C2A1D8E3F44B8F1E2A3B4C5D6E7F
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT""", tz=("GMT Standard Time",)), True, "Danske Bank", "Head of AML Operations", "hiring_manager", ("ciaran.doherty@danskebank.co.uk",)))
    e.append(Ev("pos-workday-panel", "en", cal("-//Workday//Recruiting//EN", f"""BEGIN:VEVENT
UID:WD-INT-2026-118834-PANEL@myworkday.com
{STAMP}
DTSTART;TZID=Europe/London:20261117T093000
DTEND;TZID=Europe/London:20261117T110000
SUMMARY:Interview: Senior Manager\\, Financial Crime Risk (R-118834) - Tom Gallagher
{org("HSBC Talent Acquisition", "hsbc@myworkday.com")}
{me}
{att("Priya Raman", "priya.raman@hsbc.com")}
{att("Gareth Lowry", "gareth.lowry@hsbc.com")}
{att("Canary Wharf 8 Canada Sq - L12 - Room 12.04", "cw-l12-1204@hsbc.com", "NON-PARTICIPANT", cutype="ROOM")}
LOCATION:8 Canada Square\\, London E14 5HQ - Level 12
DESCRIPTION:Candidate: Tom Gallagher\\nRequisition: R-118834 Senior Manager\\, Financial Crime Risk\\nInterview Type: Panel Interview (competency based)\\nPanel: Priya Raman (Global Head of FCR Assurance)\\; Gareth Lowry (Director\\, KYC)\\nPlease bring photo ID to reception.
END:VEVENT""", tz=("Europe/London",)), True, "HSBC", "Senior Manager, Financial Crime Risk", "onsite", ("priya.raman@hsbc.com", "gareth.lowry@hsbc.com")))
    e.append(Ev("pos-handtyped-phone", "en", cal(A, f"""BEGIN:VEVENT
UID:6F0B2E1C-88A4-4E3D-9C1B-5A0E2F7D9B31
{STAMP}
DTSTART;TZID=Europe/London:20261105T123000
DTEND;TZID=Europe/London:20261105T130000
SUMMARY:Phone interview Monzo - compliance analyst
DESCRIPTION:they ring me on mobile. ask re: salary band
END:VEVENT""", tz=("Europe/London",), method=""), True, "Monzo", "compliance analyst", "recruiter_screen", ()))
    e.append(Ev("pos-lever-technical", "en", cal("-//Lever//Lever Scheduling//EN", f"""BEGIN:VEVENT
UID:lever-intv-3b1f0e92-6c77-4a51-bb10-77d8a4f0c2e9
{STAMP}
DTSTART:20261119T140000Z
DTEND:20261119T150000Z
SUMMARY:Tom Gallagher - Case study interview (Wise)
{org("Wise Recruiting", "recruiting@wise.com")}
{att("Hannah Okafor", "hannah.okafor@wise.com")}
{att("Lukas Meyer", "lukas.meyer@wise.com")}
{me}
DESCRIPTION:Hi Tom\\, this is the case study round for Compliance Manager (Transaction Monitoring)\\nYou will present your written case to Hannah Okafor (Head of TM) and Lukas Meyer (Senior Compliance Manager).{boiler(MEET_EN, "kqo-tzvb-pxe", "8120")}
LOCATION:https://meet.google.com/kqo-tzvb-pxe
END:VEVENT"""), True, "Wise", "Compliance Manager (Transaction Monitoring)", "technical", ("hannah.okafor@wise.com", "lukas.meyer@wise.com")))
    e.append(Ev("pos-calendly-screen", "en", cal("-//Calendly//Calendly//EN", f"""BEGIN:VEVENT
UID:calendly-9d2a6b71e4f0@calendly.com
{STAMP}
DTSTART:20261103T111500Z
DTEND:20261103T114500Z
SUMMARY:Tom Gallagher and Niamh Quinn
{org("Niamh Quinn", "niamh.quinn@kainos.com")}
{att("Niamh Quinn", "niamh.quinn@kainos.com", stat="ACCEPTED")}
{att("Tom Gallagher", ME_HOME, stat="ACCEPTED")}
DESCRIPTION:Event Name: Kainos - Initial Call - Risk & Compliance Manager\\n\\nLocation: This is a phone call. Niamh Quinn will call the invitee at +447712345908.\\n\\nNeed to make changes to this event?\\nCancel: https://calendly.com/cancellations/9d2a6b71\\nReschedule: https://calendly.com/reschedulings/9d2a6b71\\n\\nPowered by Calendly.com
LOCATION:+447712345908
END:VEVENT""", method="REQUEST"), True, "Kainos", "Risk & Compliance Manager", "recruiter_screen", ("niamh.quinn@kainos.com",)))
    e.append(Ev("pos-agency-names-employer", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000010B7EE3DA94EDB0100000000000000001000000055E1C9A0F2BB3D47A7C9D0
{STAMP}
DTSTART;TZID="GMT Standard Time":20261113T100000
DTEND;TZID="GMT Standard Time":20261113T110000
SUMMARY:Tom Gallagher / Aviva - 1st stage interview (via Hays)
{org("Rachel Finnegan", "rachel.finnegan@hays.co.uk")}
{me}
{att("Mark Sutton", "mark.sutton@aviva.com")}
DESCRIPTION:Hi Tom\\,\\n\\nAs promised please find your first stage interview with Aviva for the Financial Crime Manager role (Norwich or hybrid). You will meet Mark Sutton\\, MLRO Deputy. Good luck - call me after!\\n\\nRachel Finnegan | Senior Consultant | Hays Financial Services
LOCATION:Aviva\\, 8 Surrey Street\\, Norwich NR1 3NG
END:VEVENT""", tz=("GMT Standard Time",)), True, "Aviva", "Financial Crime Manager", "", ("mark.sutton@aviva.com",)))
    e.append(Ev("pos-founder-gmail", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261106T163000Z
DTEND:20261106T171500Z
{STAMP}
{org("Sean McAllister", "seanmcallister.ledgerly@gmail.com")}
UID:3nb8t1kq0v4e9o2u7m5j6c1x0a@google.com
{att("Sean McAllister", "seanmcallister.ledgerly@gmail.com", stat="ACCEPTED")}
{att("", ME_HOME)}
SUMMARY:Ledgerly x Tom - chat about the Head of Compliance hire
DESCRIPTION:Tom - great to connect. I'm the co-founder of Ledgerly (we're a 14-person payments startup in Belfast). Would love to talk you through the Head of Compliance role and hear about your branch experience. This is the first step in our process.{boiler(MEET_EN, "xhd-wqra-nmb", "5521")}
LOCATION:https://meet.google.com/xhd-wqra-nmb
END:VEVENT"""), True, "Ledgerly", "Head of Compliance", "", ("seanmcallister.ledgerly@gmail.com",)))
    e.append(Ev("pos-bigfour-final", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000003F55D2A2F94EDB01000000000000000010000000DEA1B2C3D4E5F60718293A4B5C6D7E8F
{STAMP}
DTSTART;TZID="GMT Standard Time":20261124T110000
DTEND;TZID="GMT Standard Time":20261124T120000
SUMMARY:Final interview - Tom Gallagher - Manager\\, Forensic & Financial Crime
{org("PwC UK Student & Experienced Recruitment", "uk_experienced_recruitment@pwc.com")}
{me}
{att("Deborah Ellison", "deborah.ellison@pwc.com")}
{att("Belfast Waterfront Plaza Meeting Room 3.2", "bfs-wp-3.2@pwc.com", "NON-PARTICIPANT", cutype="ROOM")}
DESCRIPTION:Dear Tom\\,\\n\\nWe are pleased to confirm your final interview with Deborah Ellison\\, Partner\\, Forensic Services. The interview will last approximately one hour at our Belfast office (Waterfront Plaza\\, 8 Laganbank Road).\\n\\nPwC Experienced Recruitment
LOCATION:Waterfront Plaza\\, 8 Laganbank Road\\, Belfast BT1 3LR
END:VEVENT""", tz=("GMT Standard Time",)), True, "PwC", "Manager, Forensic & Financial Crime", "final", ("deborah.ellison@pwc.com",)))
    e.append(Ev("pos-regulator-fca", "en", cal(OL, f"""BEGIN:VEVENT
UID:FCA-RECR-20261118-0931-TG
{STAMP}
DTSTART;TZID="GMT Standard Time":20261118T093000
DTEND;TZID="GMT Standard Time":20261118T103000
SUMMARY:FCA - Competency based interview - Associate\\, Consumer Investments Supervision
{org("FCA Resourcing", "resourcing@fca.org.uk")}
{me}
{att("Jonathan Pryce", "jonathan.pryce@fca.org.uk")}
{att("Meera Shah", "meera.shah@fca.org.uk")}
DESCRIPTION:You will be interviewed by Jonathan Pryce (Manager) and Meera Shah (Technical Specialist). The interview is competency based and will include a short technical exercise. Please join via Teams.{boiler(TEAMS_EN, "ZmNhMTE4", "fc4Kp9")}
LOCATION:Microsoft Teams Meeting
END:VEVENT""", tz=("GMT Standard Time",)), True, "Financial Conduct Authority", "Associate, Consumer Investments Supervision", "", ("jonathan.pryce@fca.org.uk", "meera.shah@fca.org.uk")))
    e.append(Ev("pos-hirevue-oneway", "en", cal("-//HireVue//Scheduling//EN", f"""BEGIN:VEVENT
UID:hv-sched-55410732@hirevue.com
{STAMP}
DTSTART:20261109T190000Z
DTEND:20261109T194500Z
SUMMARY:Your HireVue interview with Barclays
{org("Barclays via HireVue", "noreply@hirevue.com")}
{me}
DESCRIPTION:Your video interview for Barclays - AVP Financial Crime Compliance (Glasgow/Belfast) is booked. Complete it from any device at the time you chose: https://app.hirevue.com/interviews/55410732
END:VEVENT"""), True, "Barclays", "AVP Financial Crime Compliance", "recruiter_screen", ()))
    e.append(Ev("pos-bookings-screen", "en", cal(OL, f"""BEGIN:VEVENT
UID:bookings-f3a21c0d-44e1-4b0b-9a31-6e1c2b7da0f1
{STAMP}
DTSTART;TZID="GMT Standard Time":20261104T150000
DTEND;TZID="GMT Standard Time":20261104T152000
SUMMARY:Initial screening call for Tom Gallagher
{org("Talent Team - Royal London", "TalentTeam@royallondon.com")}
{me}
{att("Lauren Kerr", "lauren.kerr@royallondon.com")}
DESCRIPTION:Booking confirmed with Royal London Talent Team\\n\\nService: Initial screening call - Compliance Monitoring Manager\\nStaff: Lauren Kerr\\n\\nManage booking: https://outlook.office365.com/owa/calendar/RoyalLondonTalent@royallondon.com/bookings/{boiler(TEAMS_EN, "cmwxNDA", "Rl3Tw8")}
LOCATION:Microsoft Teams Meeting
END:VEVENT""", tz=("GMT Standard Time",)), True, "Royal London", "Compliance Monitoring Manager", "recruiter_screen", ("lauren.kerr@royallondon.com",)))
    e.append(Ev("pos-terse-allday", "en", cal(A, """BEGIN:VEVENT
UID:0C3E19A2-7B55-4D2A-A1E8-2F0C4D8B6E77
DTSTAMP:20261102T091500Z
DTSTART;VALUE=DATE:20261126
DTEND;VALUE=DATE:20261127
SUMMARY:Deloitte assessment day (Dublin) - Reg Risk manager
LOCATION:Deloitte\\, 29 Earlsfort Terrace\\, Dublin 2
TRANSP:TRANSPARENT
END:VEVENT""", method=""), True, "Deloitte", "Reg Risk manager", "onsite", ()))
    e.append(Ev("pos-eightfold-tech", "en", cal("-//Eightfold AI//Interview Scheduler//EN", f"""BEGIN:VEVENT
UID:ef-iv-2026-11-20-0f7c1e@eightfold.ai
{STAMP}
DTSTART:20261120T100000Z
DTEND:20261120T110000Z
SUMMARY:Interview for Sanctions Screening Lead | Tom Gallagher
{org("Bank of Ireland Careers", "boi-scheduling@eightfold.ai")}
{me}
{att("Fionnuala Byrne", "fionnuala.byrne@boi.com")}
{att("Declan Walsh", "declan.walsh@boi.com")}
{att("Scheduling Coordinator - Emma", "emma.roche@boi.com", "OPT-PARTICIPANT")}
DESCRIPTION:Bank of Ireland - Technical interview\\nPosition: Sanctions Screening Lead\\nInterviewers: Fionnuala Byrne\\, Declan Walsh\\nCoordinator: Emma Roche (please contact for any changes - she will not join the call){boiler(WEBEX_EN, "8811 405", "Boi2026")}
END:VEVENT"""), True, "Bank of Ireland", "Sanctions Screening Lead", "technical", ("fionnuala.byrne@boi.com", "declan.walsh@boi.com")))
    e.append(Ev("pos-oleeo-assess", "en", cal("-//Oleeo//Interview Manager 9//EN", f"""BEGIN:VEVENT
UID:OLEEO-IV-448213-2
{STAMP}
DTSTART;TZID=Europe/London:20261201T090000
DTEND;TZID=Europe/London:20261201T130000
SUMMARY:Bank of England: Assessment Centre - Supervisor\\, Prudential Regulation Authority
{org("Bank of England Recruitment", "noreply@bankofengland.tal.net")}
{me}
LOCATION:Threadneedle Street\\, London EC2R 8AH
DESCRIPTION:Dear Tom\\,\\nThank you for booking your assessment centre slot. The session comprises a written exercise\\, a group exercise and a competency interview. Please arrive 15 minutes early.\\n\\nBank of England Recruitment Team
END:VEVENT""", tz=("Europe/London",)), True, "Bank of England", "Supervisor, Prudential Regulation Authority", "onsite", ()))
    e.append(Ev("pos-recurring-override", "en", cal(G, f"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20261116T110000
DTEND;TZID=Europe/Dublin:20261116T114500
RRULE:FREQ=DAILY;COUNT=2
{STAMP}
{org("Orla Kavanagh", "orla.kavanagh@fenergo.com")}
UID:5pa1hq7m2c9r3t0v8n4b6k1s2d@google.com
{att("Orla Kavanagh", "orla.kavanagh@fenergo.com", stat="ACCEPTED")}
{att("Tom Gallagher", ME_HOME)}
{att("Dublin HQ - Liffey Room", "c_188abc5d1e2f@resource.calendar.google.com", "NON-PARTICIPANT", cutype="RESOURCE")}
SUMMARY:Fenergo | Tom Gallagher | Hiring manager interviews (2 parts)
DESCRIPTION:Two 45-minute conversations with me (Orla\\, Director of Regulatory Product) for the Regulatory Compliance SME role.
LOCATION:Fenergo\\, 3 Dublin Landings\\, North Wall Quay\\, Dublin 1
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20261117T150000
DTEND;TZID=Europe/Dublin:20261117T154500
{STAMP}
RECURRENCE-ID;TZID=Europe/Dublin:20261117T110000
{org("Orla Kavanagh", "orla.kavanagh@fenergo.com")}
UID:5pa1hq7m2c9r3t0v8n4b6k1s2d@google.com
{att("Orla Kavanagh", "orla.kavanagh@fenergo.com", stat="ACCEPTED")}
{att("Tom Gallagher", ME_HOME)}
SUMMARY:Fenergo | Tom Gallagher | Hiring manager interviews (part 2 - moved)
SEQUENCE:1
END:VEVENT""", tz=("Europe/Dublin",)), True, "Fenergo", "Regulatory Compliance SME", "hiring_manager", ("orla.kavanagh@fenergo.com",)))
    e.append(Ev("pos-cancelled-interview", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A9F1C0E2F94EDB0100000000000000001000000077AB12CD34EF56
{STAMP}
DTSTART;TZID="GMT Standard Time":20261108T100000
DTEND;TZID="GMT Standard Time":20261108T110000
SUMMARY:Canceled: Interview - Tom Gallagher - Compliance Officer
{org("Sophie Adair", "sophie.adair@firstderivatives.com")}
{me}
STATUS:CANCELLED
SEQUENCE:2
DESCRIPTION:Apologies Tom\\, the panel is unavailable - we'll send a new time shortly.
END:VEVENT""", tz=("GMT Standard Time",), method="CANCEL"), True, "First Derivatives", "Compliance Officer", "", ("sophie.adair@firstderivatives.com",), "cancelled"))
    e.append(Ev("pos-domain-abbrev", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261123T133000Z
DTEND:20261123T143000Z
{STAMP}
{org("Kieran Boyle", "kboyle@nibs.org.uk")}
UID:1ku7r3g5p0x2w9c4m8n6b1z3q@google.com
{att("Kieran Boyle", "kboyle@nibs.org.uk", stat="ACCEPTED")}
{att("Tom Gallagher", ME_HOME)}
{att("Maeve Connolly", "mconnolly@nibs.org.uk")}
SUMMARY:Interview: Risk & Compliance Officer
DESCRIPTION:Northern Ireland Building Society - second interview with Kieran Boyle (Chief Risk Officer) and Maeve Connolly (Head of Compliance).{boiler(MEET_EN, "pvr-ohfz-trk", "0184")}
END:VEVENT"""), True, "Northern Ireland Building Society", "Risk & Compliance Officer", "", ("kboyle@nibs.org.uk", "mconnolly@nibs.org.uk")))
    e.append(Ev("pos-floating-xwr", "en", cal(G, """BEGIN:VEVENT
DTSTART:20261125T140000
DTEND:20261125T150000
DTSTAMP:20261102T091500Z
UID:7dk1w2e9b4n0r5y3t6u8i1o2p@google.com
SUMMARY:Interview w/ Allianz Partners - Fraud & FinCrime manager (Teams link in email)
END:VEVENT""", method="PUBLISH", head="X-WR-CALNAME:Tom personal\nX-WR-TIMEZONE:Europe/London"), True, "Allianz Partners", "Fraud & FinCrime manager", "", ()))
    e.append(Ev("pos-greenhouse-onsite-loop", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261202T090000Z
DTEND:20261202T123000Z
{STAMP}
{org("Coinbase Recruiting Coordination", "recruiting-coordination@coinbase.com")}
UID:gh-loop-0a6e5d4c3b2a@greenhouse.io
{att("Tom Gallagher", ME_HOME)}
{att("Ines Duarte", "ines.duarte@coinbase.com")}
{att("Ravi Menon", "ravi.menon@coinbase.com")}
{att("Kate Hollis", "kate.hollis@coinbase.com")}
{att("Recruiting Coordination", "recruiting-coordination@coinbase.com", "NON-PARTICIPANT")}
SUMMARY:Virtual Onsite: Tom Gallagher - Compliance Manager\\, Financial Crimes (EMEA)
DESCRIPTION:Welcome to your virtual onsite with Coinbase!\\n\\n09:00 Ines Duarte - Director\\, FinCrime Compliance\\n10:00 Ravi Menon - Sanctions Lead\\n11:00 Kate Hollis - Hiring Manager\\, Head of EMEA Compliance\\n\\nEach session will use the same Zoom link.{boiler(ZOOM_EN, "7720334815", "cbOn5")}
END:VEVENT"""), True, "Coinbase", "Compliance Manager, Financial Crimes (EMEA)", "onsite", ("ines.duarte@coinbase.com", "ravi.menon@coinbase.com", "kate.hollis@coinbase.com")))
    e.append(Ev("pos-insurer-edinburgh", "en", cal(OL, f"""BEGIN:VEVENT
UID:{{8A3C1F2E-55D1-4B9A-9C0E-1F2A3B4C5D6E}}
{STAMP}
DTSTART;TZID="GMT Standard Time":20261127T140000
DTEND;TZID="GMT Standard Time":20261127T150000
SUMMARY:Second stage interview - Conduct Risk Manager - Scottish Widows
{org("Alasdair Ross", "alasdair.ross@lloydsbanking.com")}
{me}
{att("Fiona McLeod", "fiona.mcleod@lloydsbanking.com")}
LOCATION:Port Hamilton\\, 69 Morrison Street\\, Edinburgh EH3 8YF
DESCRIPTION:Tom - see you at Port Hamilton. Fiona (Risk Director) and I will be interviewing\\; about an hour. Alasdair
END:VEVENT""", tz=("GMT Standard Time",)), True, "Scottish Widows", "Conduct Risk Manager", "", ("alasdair.ross@lloydsbanking.com", "fiona.mcleod@lloydsbanking.com")))
    e.append(Ev("pos-ats-name-only-domain", "en", cal("-//Workday//Recruiting//EN", f"""BEGIN:VEVENT
UID:WD-IV-77213-HM@myworkday.com
{STAMP}
DTSTART:20261130T100000Z
DTEND:20261130T104500Z
SUMMARY:Hiring Manager Interview - Tom Gallagher
{org("Workday Recruiting", "aib@myworkday.com")}
{me}
{att("Colm Fitzgerald", "colm.fitzgerald@aib.ie")}
DESCRIPTION:Organisation: AIB Group\\nJob: Manager\\, Financial Crime Quality Assurance (JR 77213)\\nHiring Manager: Colm Fitzgerald\\nFormat: Microsoft Teams
END:VEVENT"""), True, "AIB", "Manager, Financial Crime Quality Assurance", "hiring_manager", ("colm.fitzgerald@aib.ie",)))
    e.append(Ev("pos-moved-same-uid", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6C7010000000000000000100000009988776655443322
{STAMP}
SEQUENCE:3
DTSTART;TZID="GMT Standard Time":20261203T160000
DTEND;TZID="GMT Standard Time":20261203T164500
SUMMARY:Updated: Tom Gallagher - Phone screen - KYC Team Lead
{org("Chloe Nesbitt", "chloe.nesbitt@citi.com")}
{me}
DESCRIPTION:Moved to 4pm as requested. Chloe Nesbitt\\, Talent Acquisition\\, Citi Belfast.
LOCATION:Phone - Chloe will call you
END:VEVENT""", tz=("GMT Standard Time",)), True, "Citi", "KYC Team Lead", "recruiter_screen", ("chloe.nesbitt@citi.com",)))
    e.append(Ev("pos-teams-amsterdam", "en", cal(OL, f"""BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0E1010000000000000000100000001122334455667788
{STAMP}
DTSTART;TZID="W. Europe Standard Time":20261210T140000
DTEND;TZID="W. Europe Standard Time":20261210T150000
SUMMARY:Adyen | Interview | Tom Gallagher
{org("Sanne de Vries", "sanne.devries@adyen.com")}
{me}
{att("Pieter Bakker", "pieter.bakker@adyen.com")}
{att("Sanne de Vries", "sanne.devries@adyen.com", stat="ACCEPTED")}
DESCRIPTION:Hi Tom\\, this is your interview for the AML Investigator - Team Lead position with Pieter (Financial Crime Investigations Lead) and me. Speak soon\\, Sanne (Talent Acquisition){boiler(TEAMS_EN, "YWR5ZW4x", "Ad9yE2")}
END:VEVENT""", tz=("W. Europe Standard Time",)), True, "Adyen", "AML Investigator - Team Lead", "", ("sanne.devries@adyen.com", "pieter.bakker@adyen.com")))
    e.append(Ev("pos-ey-remote", "en", cal(G, f"""BEGIN:VEVENT
DTSTART:20261207T110000Z
DTEND:20261207T120000Z
{STAMP}
{org("", "gb.experiencedrecruitment@uk.ey.com")}
UID:ey-exp-0f23b9e1@uk.ey.com
{att("Tom Gallagher", ME_HOME)}
{att("Rory Devlin", "rory.devlin@uk.ey.com")}
SUMMARY:Ernst & Young LLP - Interview - Senior Consultant\\, Financial Crime (Belfast)
DESCRIPTION:Your interviewer will be Rory Devlin\\, Director\\, Forensic & Integrity Services.{boiler(WEBEX_EN, "1204 55", "EYfs11")}
END:VEVENT"""), True, "EY", "Senior Consultant, Financial Crime", "", ("rory.devlin@uk.ey.com",)))
    e.append(Ev("pos-coffee-but-interview", "en", cal(A, f"""BEGIN:VEVENT
UID:A12F9E0B-3C4D-4E5F-8A9B-0C1D2E3F4A5B
{STAMP}
DTSTART;TZID=Europe/London:20261114T100000
DTEND;TZID=Europe/London:20261114T110000
SUMMARY:Coffee w/ Gráinne (Tide) = 1st interview for MLRO deputy
{org("Gráinne Hughes", "grainne.hughes@tide.co")}
{att("Tom Gallagher", ME_HOME, stat="ACCEPTED")}
LOCATION:Established Coffee\\, 54 Hill St\\, Belfast
DESCRIPTION:she said it's the formal first round\\, informal setting
END:VEVENT""", tz=("Europe/London",)), True, "Tide", "MLRO deputy", "", ("grainne.hughes@tide.co",), "informal_setting"))
    return e
