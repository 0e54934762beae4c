# ruff: noqa: E501, W291, W293, RUF100
"""holdout273 events, part b: more multi-round employers (Greenhouse, Lever, German and Pacific-time invites, ...)."""

from holdout273ev_zones import EASTERN_UTC_LABEL, EASTERN_WIN, PACIFIC_WIN, TORONTO, VANCOUVER, W_EUROPE

FORMS = {
    "Granite Peak Financial": "Granite Peak|GPF",
    "Sentinel Mutual Life": "Sentinel Mutual|Sentinel|SML",
    "Dunmore Pension Trust": "Dunmore|DPT|Dunmore Pension",
    "Norvik Re": "Norvik|Norvik Re Canada|Norvik Rückversicherung|Norvik Reinsurance",
    "Crestwood Life & Health": "Crestwood|Crestwood Life|Crestwood Life and Health",
    "Cascadia Mutual": "Cascadia|Cascadia Mutual Life",
    "Northstar Capital Bank": "Northstar|NCB|Northstar Capital",
    "Vireo Consulting": "Vireo",
}

EVENTS = [
    dict(
        kind="greenhouse-phone-interview",
        uid="gh-interview-41877302-priyanka-sethi@greenhouse.io",
        is_interview=1,
        company="Granite Peak Financial",
        role="Pricing Actuary (Senior Analyst) - Group Benefits",
        stage="recruiter_screen",
        interviewers="dana.whitfield@granitepeakfinancial.example.com",
        trap="greenhouse-utc-recruiter-screen",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-41877302-priyanka-sethi@greenhouse.io
DTSTAMP:20260908T190411Z
DTSTART:20260914T173000Z
DTEND:20260914T180000Z
SUMMARY:Phone Interview: Priyanka Sethi <> Granite Peak Financial
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@granitepeakfinancial.exam
 ple.com
ATTENDEE;CN=Priyanka Sethi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION:Hi Priyanka\,\n\nThanks for making time to speak with us about 
 the Pricing Actuary (Senior Analyst) - Group Benefits role. I'll call you 
 at 416-555-0108 at the time below.\n\nPhone Interview with Dana Whitfield
 \, Talent Acquisition Lead\nMonday\, September 14\, 2026 1:30 PM - 2:00 PM 
 EDT\n\nTalk soon\,\nDana\n\nPowered by Greenhouse
LOCATION:Phone - Dana will call you
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-rescheduled-video",
        uid="gh-interview-41877955-priyanka-sethi@greenhouse.io",
        is_interview=1,
        company="Granite Peak Financial",
        role="Pricing Actuary (Senior Analyst) - Group Benefits",
        stage="hiring_manager",
        interviewers="owen.brightwater@granitepeakfinancial.example.com",
        trap="greenhouse-rescheduled-higher-sequence",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-41877955-priyanka-sethi@greenhouse.io
DTSTAMP:20260923T144052Z
DTSTART:20260929T190000Z
DTEND:20260929T194500Z
SUMMARY:Updated: Video Interview - Priyanka Sethi <> Granite Peak Financial
ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@granitepeakfinancial.exam
 ple.com
ATTENDEE;CN=Priyanka Sethi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;CN=Owen Brightwater;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:o
 wen.brightwater@granitepeakfinancial.example.com
DESCRIPTION:Hi Priyanka\,\n\nOwen had a conflict with his original slot\, s
 o we've moved your interview to Tuesday\, September 29 at 3:00 PM EDT. Ple
 ase accept the updated invitation.\n\nVideo Interview with Owen Brightwate
 r\, Head of Group Benefits Pricing (hiring manager)\n45 minutes\n\nJoin Zo
 om: https://granitepeak.zoom.us/j/84120937715?pwd=QkF2cU1ZT3hHd0tB\nMeeting
  ID: 841 2093 7715\nPasscode: 552901\n\nDana\n\nPowered by Greenhouse
LOCATION:https://granitepeak.zoom.us/j/84120937715
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-utc-label-zone-screen",
        uid="040000008200E00074C5B7101A82E0080000000098C4B1F7E03DDC01000000000000000010000000A7B6C5D4E3F2019283746556473829AB",
        is_interview=1,
        company="Sentinel Mutual Life",
        role="Senior Valuation Analyst",
        stage="recruiter_screen",
        interviewers="vivian.tran@sentinelmutual.example.ca",
        trap="introductory-call-utc-label-zone",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_UTC_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="Tran, Vivian":mailto:vivian.tran@sentinelmutual.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\,\n\nThank you for applying to the S
 enior Valuation Analyst role. This introductory call is the first step in
  our interview process (approx. 30 min) - I'll share more about the team 
 and ask about your valuation experience\, exam progress and compensation 
 expectations.\n\nI will call you on 416-555-0108.\n\nVivian Tran\nTalent A
 cquisition Partner | Sentinel Mutual Life\n
UID:040000008200E00074C5B7101A82E0080000000098C4B1F7E03DDC01000000000000000010000000A7B6C5D4E3F2019283746556473829AB
SUMMARY;LANGUAGE=en-US:Sentinel Mutual Life | Introductory call - Senior Va
 luation Analyst
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260921T110000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260921T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260915T175920Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-cancel-technical",
        uid="040000008200E00074C5B7101A82E00800000000B3D9E1A7C44EDC0100000000000000001000000010293847566574839201ABCDEF123456",
        is_interview=1,
        company="Sentinel Mutual Life",
        role="Senior Valuation Analyst",
        stage="technical",
        interviewers="rafael.domingo@sentinelmutual.example.ca",
        trap="method-cancel-requisition-on-hold",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_UTC_LABEL}
BEGIN:VEVENT
ORGANIZER;CN="Tran, Vivian":mailto:vivian.tran@sentinelmutual.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Domingo, Rafael":mailto:rafael.domingo@sentinelmutual.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\, unfortunately the Senior Valuation
  Analyst requisition has been put on hold while we finalize our 2027 budg
 et\, so I need to cancel your technical interview with Rafael Domingo (Man
 ager\, Valuation). I'm very sorry for the short notice - I'll reach out as
  soon as we can reopen it.\n\nVivian\n
UID:040000008200E00074C5B7101A82E00800000000B3D9E1A7C44EDC0100000000000000001000000010293847566574839201ABCDEF123456
SUMMARY;LANGUAGE=en-US:Canceled: Technical Interview - Senior Valuation Ana
 lyst (Sentinel Mutual Life)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261001T140000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261001T150000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20260929T122733Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-hiring-manager",
        uid="ZOOM83377120458@zoom.us",
        is_interview=1,
        company="Dunmore Pension Trust",
        role="Senior Analyst, Plan Funding",
        stage="hiring_manager",
        interviewers="beatriz.almeida-kerr@dunmorepension.example.ca",
        trap="zoom-utc-pension-fund-interview",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20260915T213318Z
DTSTART:20260922T150000Z
DTEND:20260922T154500Z
SUMMARY:Dunmore Pension Trust - Interview: Senior Analyst\, Plan Funding
UID:ZOOM83377120458@zoom.us
TZID:America/Toronto
DESCRIPTION:Beatriz Almeida-Kerr is inviting you to a scheduled Zoom meetin
 g.\n\nHi Priyanka - as discussed with our recruiter\, this is your intervi
 ew with me for the Senior Analyst\, Plan Funding role on the Funding & Ac
 tuarial Policy team. We'll talk about your valuation work\, stochastic as
 set-liability modelling and how you'd support our funding policy review.
 \n\nJoin Zoom Meeting\nhttps://dunmorepension.zoom.us/j/83377120458?pwd=bE5
 xR0lTa2p6dz09\n\nMeeting ID: 833 7712 0458\nPasscode: 730215\n\n---\n\nOne 
 tap mobile\n+16475550139\,\,83377120458#\,\,\,\,*730215# Canada\n\nDial by y
 our location\n• +1 647 555 0139 Canada\n\nFind your local number: https://d
 unmorepension.zoom.us/u/aeb5xQwP1\n\n
LOCATION:https://dunmorepension.zoom.us/j/83377120458?pwd=bE5xR0lTa2p6dz09
ORGANIZER;CN=Beatriz Almeida-Kerr:mailto:beatriz.almeida-kerr@dunmorepension
 .example.ca
ATTENDEE;CN=priyanka.sethi.asa@gmail.com;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-AC
 TION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:priyanka.sethi.asa@gmail.com
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-final-room",
        uid="040000008200E00074C5B7101A82E0080000000027E5F9B3D11FDC0100000000000000001000000066778899AABBCCDDEEFF001122334455",
        is_interview=1,
        company="Dunmore Pension Trust",
        role="Senior Analyst, Plan Funding",
        stage="final",
        interviewers="lionel.ashworth@dunmorepension.example.ca;beatriz.almeida-kerr@dunmorepension.example.ca",
        trap="final-meet-the-chief-actuary",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Almeida-Kerr, Beatriz";SENT-BY="mailto:exec.assistant.cao@dunmorepension.example.ca":mailto:beatriz.almeida-kerr@dunmorepension.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ashworth, Lionel":mailto:lionel.ashworth@dunmorepension.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="DPT 31 - Boardroom":mailto:dpt31.boardroom@dunmorepension.example.ca
DESCRIPTION;LANGUAGE=en-US:Final interview for the Senior Analyst\, Plan Fu
 nding role: Lionel Ashworth (Chief Actuary) and Beatriz Almeida-Kerr. 60 m
 inutes\, in person. Please bring a one-page summary of a funding or ALM an
 alysis you led. Visitor check-in at the concierge desk\, 31st floor.\n\n
X-ALT-DESC;FMTTYPE=text/html:<html><head><meta name="Generator" content="Mi
 crosoft Exchange Server"></head><body><div>Final interview for the Senior 
 Analyst\, Plan Funding role: Lionel Ashworth (Chief Actuary) and Beatriz A
 lmeida-Kerr. 60 minutes\, in person.</div></body></html>
UID:040000008200E00074C5B7101A82E0080000000027E5F9B3D11FDC0100000000000000001000000066778899AABBCCDDEEFF001122334455
SUMMARY;LANGUAGE=en-US:Dunmore Pension Trust - Final interview (P. Sethi)
DTSTART;TZID=Eastern Standard Time:20261029T093000
DTEND;TZID=Eastern Standard Time:20261029T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T140027Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DPT 31 - Boardroom
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-german-vorstellungsgespraech",
        uid="040000008200E00074C5B7101A82E00800000000C5A1D7E9F22EDC010000000000000000100000009988776655443322110FFEEDDCCBBAA0",
        is_interview=1,
        company="Norvik Re",
        role="Senior Pricing Actuary Life & Health (m/w/d)",
        stage="hiring_manager",
        interviewers="katrin.hoffmann@norvikre.example.de;florian.wetzel@norvikre.example.de",
        trap="german-w-europe-zone-branch-role",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Hoffmann, Katrin":mailto:katrin.hoffmann@norvikre.example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wetzel, Dr. Florian":mailto:florian.wetzel@norvikre.example.de
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Sethi\,\n\nvielen Dank für Ihre Bewer
 bung als Senior Pricing Actuary Life & Health (m/w/d) für unsere Niederlas
 sung in Toronto. Gerne laden wir Sie zu einem virtuellen Vorstellungsgesp
 räch mit Dr. Florian Wetzel (Head of Pricing Life & Health Americas) und 
 mir ein. Das Gespräch findet auf Englisch statt.\n\nMit freundlichen Grüße
 n\nKatrin Hoffmann\nHR Business Partner\nNorvik Rückversicherung AG\, Münc
 hen\n\n__________________________________________________________________
 ______________\nMicrosoft Teams-Besprechung\nNehmen Sie auf dem Computer\,
  in der mobilen App oder im Raumgerät teil\nKlicken Sie hier\, um an der B
 esprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_OTc1MmQy@thread.v2/0>\nBesprechungs-ID: 318 552 004 71\nKennung: pT6v
 Qs\nTeams herunterladen | Im Web beitreten\n___________________________
 _____________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C5A1D7E9F22EDC010000000000000000100000009988776655443322110FFEEDDCCBBAA0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch (virtuell): Senior Pricing Actu
 ary Life & Health (m/w/d) - Toronto
DTSTART;TZID=W. Europe Standard Time:20261006T160000
DTEND;TZID=W. Europe Standard Time:20261006T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260929T081544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-quoted-zone-no-vtimezone",
        uid="040000008200E00074C5B7101A82E008000000004D8B2E6A1F93DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        is_interview=1,
        company="Norvik Re",
        role="Senior Pricing Actuary, L&H",
        stage="final",
        interviewers="gordon.fairweather@norvikre.example.ca;ines.varga@norvikre.example.ca",
        trap="quoted-utc-label-zone-without-vtimezone",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="McAllister, Heather":mailto:heather.mcallister@norvikre.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka Sethi:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Fairweather, Gordon":mailto:gordon.fairweather@norvikre.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Varga, Ines":mailto:ines.varga@norvikre.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka\,\n\nFollowing your conversation wit
 h Katrin and Florian in Munich\, we'd like to invite you to the final inte
 rview at our Canada Branch: Gordon Fairweather (Chief Agent & CEO\, Canad
 a Branch) and Ines Varga (Chief Actuary\, Canada). Please bring ID for th
 e building.\n\nNorvik Re Canada Branch\, 33 Richmond St W\, Suite 2700\, T
 oronto\n\nBest\,\nHeather McAllister\nHR Generalist\, Norvik Re Canada Bran
 ch\n
UID:040000008200E00074C5B7101A82E008000000004D8B2E6A1F93DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:Norvik Re Canada - Final interview (Senior Pricing A
 ctuary\, L&H)
DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261106T100000
DTEND;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261106T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261027T151903Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:33 Richmond St W\, Suite 2700
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-recruiter-screen",
        uid="lever-interview-6b2f90d4-31ac-4e58-9a17-c8e3d20f5b41@hire.lever.co",
        is_interview=1,
        company="Crestwood Life & Health",
        role="Senior Analyst, Actuarial - Health & Dental Pricing",
        stage="recruiter_screen",
        interviewers="tasha.greenberg@crestwoodlife.example.com",
        trap="lever-invite-ampersand-company",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-6b2f90d4-31ac-4e58-9a17-c8e3d20f5b41@hire.lever.co
DTSTAMP:20260911T164410Z
DTSTART:20260918T133000Z
DTEND:20260918T140000Z
SUMMARY:Crestwood Life & Health Interview - Senior Analyst\, Actuarial - He
 alth & Dental Pricing
ORGANIZER;CN=Tasha Greenberg:mailto:tasha.greenberg@crestwoodlife.example.co
 m
ATTENDEE;CN=Priyanka Sethi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priyanka.s
 ethi.asa@gmail.com
ATTENDEE;CN=Tasha Greenberg;PARTSTAT=ACCEPTED:mailto:tasha.greenberg@crestwo
 odlife.example.com
DESCRIPTION:Hi Priyanka\,\n\nHere are the details for your upcoming intervi
 ew with Crestwood Life & Health.\n\nRecruiter screen (30 min) with Tasha G
 reenberg\, Senior Recruiter\nGoogle Meet: https://meet.google.com/pko-ctvb-w
 ua\n\nNeed to reschedule? Reply to this email.\n\nScheduled via Lever
LOCATION:https://meet.google.com/pko-ctvb-wua
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-technical-take-home",
        uid="lever-interview-0d7e4a19-85b2-4c63-b1f0-2a9e7c36d8e5@hire.lever.co",
        is_interview=1,
        company="Crestwood Life & Health",
        role="Senior Analyst, Actuarial - Health & Dental Pricing",
        stage="technical",
        interviewers="malik.johansson@crestwoodlife.example.com;priya.raman@crestwoodlife.example.com",
        trap="interviewer-name-similar-to-user",
        hiring=False,
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0d7e4a19-85b2-4c63-b1f0-2a9e7c36d8e5@hire.lever.co
DTSTAMP:20260928T200145Z
DTSTART:20261007T170000Z
DTEND:20261007T180000Z
SUMMARY:Crestwood Life & Health Interview - Technical (take-home review)
ORGANIZER;CN=Tasha Greenberg:mailto:tasha.greenberg@crestwoodlife.example.co
 m
ATTENDEE;CN=Priyanka Sethi;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:priyanka.s
 ethi.asa@gmail.com
ATTENDEE;CN=Malik Johansson;PARTSTAT=ACCEPTED:mailto:malik.johansson@crestwo
 odlife.example.com
ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya.raman@crestwoodlife.e
 xample.com
DESCRIPTION:Hi Priyanka\,\n\nThanks for submitting the take-home (dental cl
 aims GLM + trend assumption). In this 60-minute technical interview Malik 
 Johansson (Manager\, Health Pricing) and Priya Raman (Senior Actuarial Ass
 ociate) will walk through your approach\, your choice of rating factors a
 nd how you'd explain the rate increase to a plan sponsor.\n\nGoogle Meet:
  https://meet.google.com/zqe-hnrm-ood\n\nTasha\n\nScheduled via Lever
LOCATION:https://meet.google.com/zqe-hnrm-ood
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-pacific",
        uid="2r8t4y6u1i3o5p7a9s0d2f4g6h@google.com",
        is_interview=1,
        company="Cascadia Mutual",
        role="Senior Actuarial Analyst (Remote - Canada)",
        stage="recruiter_screen",
        interviewers="kiri.tamihana@cascadiamutual.example.ca",
        trap="pacific-time-recruiter-call",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260925T090000
DTEND;TZID=America/Vancouver:20260925T093000
DTSTAMP:20260921T233012Z
ORGANIZER;CN=Kiri Tamihana:mailto:kiri.tamihana@cascadiamutual.example.ca
UID:2r8t4y6u1i3o5p7a9s0d2f4g6h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kiri Tamihana;X-NUM-GUESTS=0:mailto:kiri.tamihana@cascadiamutual.exampl
 e.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.a
 sa@gmail.com
CREATED:20260921T233011Z
DESCRIPTION:Recruiter call - Senior Actuarial Analyst (Remote - Canada)\n\n
 Hi Priyanka! 9am Pacific / noon for you in Toronto. Quick 30 min to go ov
 er the role on our individual life valuation team\, remote-work expectati
 ons (two trips a year to Vancouver) and next steps.\n\nKiri Tamihana\, Tal
 ent Acquisition\, Cascadia Mutual\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google 
 Meet: https://meet.google.com/wcz-kamq-ejp\n\nPlease do not edit this secti
 on.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~::~:~::-\n\nInvitation from Google Calendar: https://calendar
 .google.com/calendar/
LAST-MODIFIED:20260921T233012Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cascadia Mutual - Recruiter call (Priyanka Sethi)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-pacific-zone-hm",
        uid="040000008200E00074C5B7101A82E00800000000E7F3B9D5A23FDC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210",
        is_interview=1,
        company="Cascadia Mutual",
        role="Sr Actuarial Analyst (Remote)",
        stage="hiring_manager",
        interviewers="brennan.holt@cascadiamutual.example.ca",
        trap="pacific-windows-zone-slash-summary",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Holt, Brennan":mailto:brennan.holt@cascadiamutual.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Priyanka - Kiri passed along her notes\, look
 ing forward to chatting. I manage the individual life valuation team (6 p
 eople\, mostly remote). 45 min\, conversational but I'll ask you to walk 
 me through a reserve movement analysis you've done.\n\nBrennan Holt\, FSA\
 , FCIA\nAVP\, Valuation\n\n______________________________________________
 __________________________________\nMicrosoft Teams meeting\nJoin: https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_MjQ5ZWE0@thread.v2/0\nMeet
 ing ID: 228 901 374 66\nPasscode: 9Wc3Lm\n_________________________________
 _______________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E7F3B9D5A23FDC01000000000000000010000000FEDCBA9876543210FEDCBA9876543210
SUMMARY;LANGUAGE=en-US:Priyanka Sethi / Brennan Holt - Sr Actuarial Analyst
  (Remote)
DTSTART;TZID=Pacific Standard Time:20261009T080000
DTEND;TZID=Pacific Standard Time:20261009T084500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261001T224955Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-export-terse",
        uid="6kq2m9d4v1n7b3x8c5z0a2s4d6@google.com",
        is_interview=1,
        company="Northstar Capital Bank",
        role="",
        stage="recruiter_screen",
        interviewers="Shauna Pelletier",
        trap="hand-typed-acronym-recruiter-call",
        hiring=False,
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:priyanka.sethi.asa@gmail.com
X-WR-TIMEZONE:America/Toronto
BEGIN:VEVENT
DTSTART:20260916T213000Z
DTEND:20260916T220000Z
DTSTAMP:20261120T031500Z
UID:6kq2m9d4v1n7b3x8c5z0a2s4d6@google.com
CREATED:20260912T011822Z
DESCRIPTION:Shauna Pelletier (NCB TA) 416-555-0124 - she calls me. model va
 lidation - insurance & wealth models. ask re hybrid + CFA/FSA support
LAST-MODIFIED:20260912T011901Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:NCB recruiter call - model validation (Shauna)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-bank-superday",
        uid="040000008200E00074C5B7101A82E008000000005B1D7F3C9E60DC0100000000000000001000000013579BDF02468ACE13579BDF02468ACE",
        is_interview=1,
        company="Northstar Capital Bank",
        role="Quantitative Analyst, Model Validation (Insurance & Wealth)",
        stage="final",
        interviewers="dmitri.volkov@northstarcapital.example.com;angela.whitcombe@northstarcapital.example.com;sunil.kapadia@northstarcapital.example.com;rebecca.osei@northstarcapital.example.com",
        trap="bank-superday-many-interviewers",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN=NCB Talent Acquisition:mailto:ncb.talent@northstarcapital.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Volkov, Dmitri":mailto:dmitri.volkov@northstarcapital.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Whitcombe, Angela":mailto:angela.whitcombe@northstarcapital.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Kapadia, Sunil":mailto:sunil.kapadia@northstarcapital.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Osei, Rebecca":mailto:rebecca.osei@northstarcapital.example.com
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="NCB-TOR-41-Interview Suite":mailto:ncb-tor-41-suite@northstarcapital.example.com
DESCRIPTION;LANGUAGE=en-US:Superday - Quantitative Analyst\, Model Validati
 on (Insurance & Wealth)\n\n09:00 Dmitri Volkov\, Director - technical (sto
 chastic models\, variable annuity hedging)\n09:45 Angela Whitcombe\, Senio
 r Manager - model validation case\n10:30 break\n10:45 Sunil Kapadia\, VP - 
 behavioural\n11:30 Rebecca Osei\, Managing Director\, Model Risk - final c
 onversation\n\nPlease arrive at 8:40 at Northstar Tower\, 41st floor\, and 
 bring photo ID. Business attire.\n\nNCB Talent Acquisition\n
UID:040000008200E00074C5B7101A82E008000000005B1D7F3C9E60DC0100000000000000001000000013579BDF02468ACE13579BDF02468ACE
SUMMARY;LANGUAGE=en-US:Superday - Quantitative Analyst\, Model Validation -
  P. Sethi
DTSTART;TZID=Eastern Standard Time:20261015T090000
DTEND;TZID=Eastern Standard Time:20261015T121500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261005T190338Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:NCB-TOR-41-Interview Suite
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite-screen",
        uid="3v5b7n9m1q2w4e6r8t0y1u3i5o@google.com",
        is_interview=1,
        company="Vireo Consulting",
        role="Senior Consultant, Insurance Actuarial & Risk",
        stage="recruiter_screen",
        interviewers="hannah.lindqvist@vireoconsulting.example.com",
        trap="consulting-recruiter-screen-google",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TORONTO}
BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260910T160000
DTEND;TZID=America/Toronto:20260910T163000
DTSTAMP:20260904T145101Z
ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist@vireoconsulting.exampl
 e.com
UID:3v5b7n9m1q2w4e6r8t0y1u3i5o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Hannah Lindqvist;X-NUM-GUESTS=0:mailto:hannah.lindqvist@vireoconsulting
 .example.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=priyanka.sethi.asa@gmail.com;X-NUM-GUESTS=0:mailto:priyanka.sethi.asa@g
 mail.com
CREATED:20260904T145058Z
DESCRIPTION:Vireo Consulting | Recruiter screen\nRole: Senior Consultant\, 
 Insurance Actuarial & Risk (Toronto)\n\nHi Priyanka\, great to connect on 
 LinkedIn. This 30-min screen covers your background\, interest in consult
 ing and the interview process (a case interview and a partner round follo
 w).\n\nHannah\n\nInvitation from Google Calendar: https://calendar.google.
 com/calendar/\n\nYou are receiving this email because you are an attendee
  on the event.
LAST-MODIFIED:20260904T145101Z
LOCATION:Phone (Hannah to call)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vireo Consulting | Recruiter screen - Priyanka Sethi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-case-interview",
        uid="040000008200E00074C5B7101A82E00800000000709E5A3B7C41DC0100000000000000001000000024680ACE13579BDF24680ACE13579BDF",
        is_interview=1,
        company="Vireo Consulting",
        role="Senior Consultant, Actuarial & Insurance Risk",
        stage="technical",
        interviewers="tomas.eriksen@vireoconsulting.example.com;adaora.nwosu@vireoconsulting.example.com",
        trap="ifrs17-case-interview-teams",
        hiring=False,
        ics=rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EASTERN_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Lindqvist, Hannah":mailto:hannah.lindqvist@vireoconsulting.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=priyanka.sethi.asa@gmail.com:mailto:priyanka.sethi.asa@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Eriksen, Tomas":mailto:tomas.eriksen@vireoconsulting.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nwosu, Adaora":mailto:adaora.nwosu@vireoconsulting.example.com
DESCRIPTION;LANGUAGE=en-US:Case interview - Senior Consultant\, Actuarial &
  Insurance Risk\n\nInterviewers: Tomas Eriksen (Director) and Adaora Nwos
 u (Manager). The case: a mid-sized Canadian life insurer's IFRS 17 CSM ro
 ll-forward shows an unexpected loss component - diagnose and structure a 
 client recommendation. We'll share a short exhibit on screen\; have pen a
 nd paper ready.\n\n________________________________________________________
 ________________________\nMicrosoft Teams meeting\nJoin on your computer\
 , mobile app or room device\nClick here to join the meeting<https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_YjA4MTk3@thread.v2/0>\nMeeting ID:
  274 660 189 32\nPasscode: Ak5rD8\n______________________________________
 __________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000709E5A3B7C41DC0100000000000000001000000024680ACE13579BDF24680ACE13579BDF
SUMMARY;LANGUAGE=en-US:Vireo | Case Interview - Priyanka Sethi
DTSTART;TZID=Eastern Standard Time:20260923T100000
DTEND;TZID=Eastern Standard Time:20260923T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260915T210214Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
