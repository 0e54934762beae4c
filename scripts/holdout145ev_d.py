# ruff: noqa: E501
"""holdout145 events, part d: London processes, agencies and recruiters (own interviews)."""

from holdout145ev_tz import ev

EVENTS = [
    ev(
        "portfolio-deep-dive",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:goodtime-7c1e4b9a20f3@goodtime.io
DTSTAMP:20250403T101500Z
DTSTART;TZID=Europe/London:20250410T150000
DTEND;TZID=Europe/London:20250410T160000
SUMMARY:Monzo Interview: Lead Product Designer – Portfolio Deep Dive
ORGANIZER;CN=Monzo Recruiting Coordination:mailto:scheduling@monzo.com
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Ellie Forsyth:mailto:ellie.forsyth@monzo.com
ATTENDEE;CN=Kwame Asante:mailto:kwame.asante@monzo.com
LOCATION:Google Meet: https://meet.google.com/cjx-erqv-hbd
DESCRIPTION:Hi Lea\,\n\nYour Portfolio Deep Dive with Ellie (Design Directo
 r) and Kwame (Lead Designer\, Borrowing) is scheduled for 15:00 UK time.\n
 \nNeed to change the time? Reply to this email.\n\nScheduled via GoodTime
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "goodtime-7c1e4b9a20f3@goodtime.io",
        yes=1, company="Monzo", role="Lead Product Designer", stage="technical",
        who="ellie.forsyth@monzo.com;kwame.asante@monzo.com", trap="goodtime-london-original-slot",
    ),
    ev(
        "rescheduled",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:goodtime-7c1e4b9a20f3@goodtime.io
DTSTAMP:20250408T083200Z
DTSTART;TZID=Europe/London:20250415T100000
DTEND;TZID=Europe/London:20250415T110000
SUMMARY:Updated: Monzo Interview: Lead Product Designer – Portfolio Deep Di
 ve
ORGANIZER;CN=Monzo Recruiting Coordination:mailto:scheduling@monzo.com
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Ellie Forsyth:mailto:ellie.forsyth@monzo.com
ATTENDEE;CN=Kwame Asante:mailto:kwame.asante@monzo.com
LOCATION:Google Meet: https://meet.google.com/cjx-erqv-hbd
DESCRIPTION:This interview has been moved to Tuesday 15 April\, 10:00 UK ti
 me\, at Ellie's request. Same link\, same interviewers.\n\nScheduled via Go
 odTime
STATUS:CONFIRMED
SEQUENCE:2
END:VEVENT
END:VCALENDAR
""",
        "goodtime-7c1e4b9a20f3@goodtime.io",
        yes=1, company="Monzo", role="Lead Product Designer", stage="technical",
        who="ellie.forsyth@monzo.com;kwame.asante@monzo.com", trap="rescheduled-same-uid-higher-sequence",
    ),
    ev(
        "virtual-onsite",
        r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-candidate-event-0d9f3a61b7e2@modernloop.io
DTSTAMP:20250319T160000Z
DTSTART:20250328T100000Z
DTEND:20250328T130000Z
SUMMARY:Deliveroo – Virtual Onsite – Lea Vogt (Design Manager\, Rider Expe
 rience)
ORGANIZER;CN=Deliveroo Talent:mailto:recruiting-scheduling@deliveroo.co.uk
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
LOCATION:See agenda for individual Zoom links
DESCRIPTION:Your agenda (all times GMT):\n10:00-10:45 Leadership & people
  management – Grace Whitfield (Head of Design)\n10:50-11:35 Cross-function
 al collaboration – Arjun Mehta (Director of Product)\n11:45-12:30 Craft &
  critique – Holly Brennan (Principal Designer)\n12:30-13:00 Your questions –
  Grace Whitfield\n\nZoom links for each session were emailed separately.\n
 \nPowered by ModernLoop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "ml-candidate-event-0d9f3a61b7e2@modernloop.io",
        yes=1, company="Deliveroo", role="Design Manager, Rider Experience", stage="onsite",
        who="Grace Whitfield;Arjun Mehta;Holly Brennan", trap="modernloop-interviewers-only-in-agenda",
    ),
    ev(
        "values-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_WIN_GMT@@
BEGIN:VEVENT
UID:gh-interview-7722610-2025041714@greenhouse.io
DTSTAMP:20250410T094500Z
DTSTART;TZID=GMT Standard Time:20250417T140000
DTEND;TZID=GMT Standard Time:20250417T144500
SUMMARY:Wise – Design Lead – Values interview
ORGANIZER;CN="Clarke, Ruby":mailto:ruby.clarke@wise.com
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN="Nowak, Piotr":mailto:piotr.nowak@wise.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Hi Lea\, you'll chat with Piotr about how you live Wise's value
 s. This isn't a design interview. Ruby\, Recruitment Coordinator.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "gh-interview-7722610-2025041714@greenhouse.io",
        yes=1, company="Wise", role="Design Lead", stage="",
        who="piotr.nowak@wise.com", trap="values-interview-windows-gmt-zone",
    ),
    ev(
        "calendly-chat",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-ev-4f0b7a3c9e2d1f88
DTSTAMP:20250305T193000Z
DTSTART:20250311T120000Z
DTEND:20250311T123000Z
SUMMARY:Lea Vogt and Oliver Grant
ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@ustwo.com
ATTENDEE;CN=Lea Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
LOCATION:https://zoom.us/j/7302291844
DESCRIPTION:Event Name: Chat with ustwo – Design Lead (London studio)\n\nPl
 ease share anything that will help prepare for our meeting.: Portfolio: l
 eavogt.design – happy to talk about relocation\n\nNeed to make changes to
  this event?\nCancel: https://calendly.com/cancellations/4f0b7a3c\nResched
 ule: https://calendly.com/reschedulings/4f0b7a3c\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "calendly-ev-4f0b7a3c9e2d1f88",
        yes=1, company="ustwo", role="Design Lead", stage="recruiter_screen",
        who="oliver.grant@ustwo.com", trap="calendly-summary-only-names-employer-in-event-name",
    ),
    ev(
        "bookings-erstgespraech",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN=Designit Munich Talent:mailto:DesignitMunichTalent@designit.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lea Vogt:mailto:lea.vogt.design@mailbox.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Franziska Obermaier:mailto:franziska.obermaier@designit.com
DESCRIPTION;LANGUAGE=de-DE:Erstgespräch Lead Designer (Service Design) geb
 ucht mit Franziska Obermaier\n\nAnmerkungen: Lea\, Sr. UX bei Kiezkasse\n\n
 Microsoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen\nBesprec
 hungs-ID: 392 771 004 218\nPasscode: 4Qw7hZ\n\nDiese Buchung wurde über Mi
 crosoft Bookings erstellt.
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000F1E2D3C4B5A69788A9B0C1D2E3F40516
SUMMARY;LANGUAGE=de-DE:Erstgespräch Lead Designer für Lea Vogt
DTSTART;TZID=W. Europe Standard Time:20250402T090000
DTEND;TZID=W. Europe Standard Time:20250402T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250327T112030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000F1E2D3C4B5A69788A9B0C1D2E3F40516",
        yes=1, company="Designit", role="Lead Designer (Service Design)", stage="recruiter_screen",
        who="franziska.obermaier@designit.com", trap="ms-bookings-erstgespraech-shared-mailbox-organizer",
    ),
    ev(
        "agentur-praesi",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250320T140000Z
DTEND:20250320T153000Z
DTSTAMP:20250313T122000Z
ORGANIZER;CN=Tilman Brand:mailto:t.brand@edenspiekermann.com
UID:2k9s7d1f5g3h0j8l6z4x2c0v7b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tilman
  Brand;X-NUM-GUESTS=0:mailto:t.brand@edenspiekermann.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadine
  Yüksel;X-NUM-GUESTS=0:mailto:n.yueksel@edenspiekermann.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lea.vogt.design@mailbox.org;X-NUM-GUESTS=0:mailto:lea.vogt.design@
 mailbox.org
DESCRIPTION:Hi Lea\,\n\nwie am Telefon besprochen: du zeigst uns 2–3 Case
 s (gern auch Kundenarbeit aus deiner Agenturzeit)\, wir erzählen von ESP u
 nd der Rolle als Design Director Digital Products. Wir sind im Studio in d
 er Kurfürstenstraße – Klingel "ESP".\n\nTilman
LOCATION:Edenspiekermann\, Kurfürstenstraße 112\, 10787 Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ESP x Lea – Portfolio-Präsentation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "2k9s7d1f5g3h0j8l6z4x2c0v7b@google.com",
        yes=1, company="Edenspiekermann", role="Design Director Digital Products", stage="technical",
        who="t.brand@edenspiekermann.com;n.yueksel@edenspiekermann.com", trap="agency-acronym-summary-portfolio-praesentation",
    ),
    ev(
        "gespraech-agentur",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ_WIN_WEU@@
BEGIN:VEVENT
ORGANIZER;CN="Krüger, Anja":mailto:anja.krueger@metadesign.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=lea.vogt.design@mailbox.org:mailto:lea.vogt.design@mailbox.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wendt, Carsten":mailto:carsten.wendt@metadesign.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="BER Leibnizstr. Besprechung 2.14":mailto:ber-besprechung-214@metadesign.com
DESCRIPTION;LANGUAGE=de-DE:Liebe Frau Vogt\,\n\nwie telefonisch vereinbart
  freuen wir uns auf das Gespräch zur Position Associate Design Director (
 Digital Brand Experience). Mit dabei: Carsten Wendt\, Executive Creative D
 irector.\n\nBeste Grüße\nAnja Krüger\nTalent Management\n
UID:040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=de-DE:Gespräch Lea Vogt / MetaDesign
DTSTART;TZID=W. Europe Standard Time:20250408T160000
DTEND;TZID=W. Europe Standard Time:20250408T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T080500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:MetaDesign\, Leibnizstraße 65\, 10629 Berlin
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DB0100000000000000001000000055AA66BB77CC88DD99EE00FF11223344",
        yes=1, company="MetaDesign", role="Associate Design Director (Digital Brand Experience)", stage="hiring_manager",
        who="anja.krueger@metadesign.com;carsten.wendt@metadesign.com",
        trap="outlook-gespraech-talent-manager-joins",
    ),
    ev(
        "founder-kaffee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250225T080000Z
DTEND:20250225T090000Z
DTSTAMP:20250220T214512Z
ORGANIZER;CN=Kerem Aslan:mailto:kerem.aslan.berlin@gmail.com
UID:5q3w1e9r7t5y3u1i9o7p5a3s1d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kerem Aslan;X-NUM-GUESTS=0:mailto:kerem.aslan.berlin@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lea.vogt.design@mailbox.org;X-NUM-GUESTS=0:mailto:lea.vogt.design@
 mailbox.org
DESCRIPTION:Hey Lea\, danke für deine Antwort auf LinkedIn! Lass uns bei ei
 nem Kaffee über die Head-of-Design-Rolle bei Fairmieten sprechen – ich zei
 ge dir wo wir mit dem Produkt stehen\, du erzählst von dir. Danach würde i
 ch dich gern noch meiner Mitgründerin vorstellen.\n\nKerem (Gründer & CEO)
LOCATION:Café Frieda\, Lychener Str. 37\, Berlin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kaffee Kerem / Lea
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "5q3w1e9r7t5y3u1i9o7p5a3s1d@google.com",
        yes=1, company="Fairmieten", role="Head of Design", stage="hiring_manager",
        who="kerem.aslan.berlin@gmail.com", trap="founder-free-mail-coffee-is-interview",
    ),
]
