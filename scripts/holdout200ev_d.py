"""holdout200 events, part d: Ticino, Luxembourg, Singapore and more Swiss banks (CC0 1.0)."""

from holdout200ev_common import TZ_LUX, TZ_SGP, TZ_WEST, TZ_ZRH, ev

EVENTS = [
    ev(
        "goto-video", "goto-7a13c9e2-ceresio-562@logmeininc.com", 1, "Banca del Ceresio",
        "Relationship Manager Senior – Deutschschweizer Kunden", "", "marco.rusca@ceresio.ch",
        "goto-meeting-german-videointerview",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-7a13c9e2-ceresio-562@logmeininc.com
DTSTAMP:20251012T090000Z
DTSTART:20251020T063000Z
DTEND:20251020T071500Z
SUMMARY:Videogespräch Banca del Ceresio / R. Baumgartner
DESCRIPTION:Videogespräch zur Position Relationship Manager Senior – Deutsc
 hschweizer Kunden\, mit Marco Rusca (Direzione Private Banking).\n\nBitte n
 ehmen Sie von Ihrem Computer\, Tablet oder Smartphone an meinem Meeting tei
 l.\nhttps://meet.goto.com/562118437\n\nSie können sich auch per Telefon ei
 nwählen.\nSchweiz: +41 225 4599 78\n- One-touch: tel:+41225459978\,\,56211
 8437#\n\nZugangscode: 562-118-437
ORGANIZER;CN=Marco Rusca:mailto:marco.rusca@ceresio.ch
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
LOCATION:GoTo Meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "colloquio-conoscitivo", "040000008200E00074C5B7101A82E008000000007A0C3E5B2141DC01000000000000000010000000"
        "CORN9931", 1, "Cornèr Banca", "", "", "fabio.pedrazzini@corner.ch",
        "italian-colloquio-conoscitivo-no-role",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + TZ_WEST + r"""BEGIN:VEVENT
ORGANIZER;CN="Pedrazzini Fabio":mailto:fabio.pedrazzini@corner.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=reto.baumgartner@bluewin.ch
 :mailto:reto.baumgartner@bluewin.ch
DESCRIPTION;LANGUAGE=it-CH:Buongiorno Signor Baumgartner\,\n\ncome anticipa
 to telefonicamente\, le propongo un primo colloquio conoscitivo a Zurigo (
 nostra succursale\, Bahnhofstrasse 29) per parlare di un suo possibile ing
 resso nel team Private Banking.\n\nCordiali saluti\nFabio Pedrazzini
UID:040000008200E00074C5B7101A82E008000000007A0C3E5B2141DC01000000000000000010000000CORN9931
SUMMARY;LANGUAGE=it-CH:Colloquio conoscitivo – Baumgartner
DTSTART;TZID=W. Europe Standard Time:20251113T120000
DTEND;TZID=W. Europe Standard Time:20251113T130000
DTSTAMP:20251105T144500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=it-CH:Bahnhofstrasse 29\, Zurigo
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "entretien-lux", "BdL-RH-2025-0388-entretien@bdl.lu", 1, "Banque de Luxembourg",
        "Banquier privé senior – marché suisse", "", "catherine.schmit@bdl.lu;paul.hoffmann@bdl.lu",
        "luxembourg-tz-french-entretien-recrutement",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LUX + r"""BEGIN:VEVENT
CLASS:PUBLIC
DTSTAMP:20251111T100500Z
DTSTART;TZID=Europe/Luxembourg:20251120T140000
DTEND;TZID=Europe/Luxembourg:20251120T153000
ORGANIZER;CN="SCHMIT Catherine":mailto:catherine.schmit@bdl.lu
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Reto Baumgartner":mailto:reto.baumgartner@bluewin.ch
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="HOFFMANN Paul":mailto:paul.hoffmann@bdl.lu
SUMMARY:Entretien de recrutement – Banquier privé senior (marché suisse)
DESCRIPTION:Monsieur\,\n\nNous avons le plaisir de vous inviter à un entret
 ien dans nos locaux\, 14 boulevard Royal\, en présence de M. Paul Hoffmann
 \, responsable de la banque privée internationale.\n\nBien cordialement\,\n
 Catherine Schmit\nRessources Humaines
LOCATION:14\, boulevard Royal\, L-2449 Luxembourg
UID:BdL-RH-2025-0388-entretien@bdl.lu
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "bookings-interview", "9f0e1d2c-3b4a-5968-7a8b-bil-bookings-2025@bookings.microsoft.com", 1, "BIL",
        "Senior Relationship Manager, BIL Suisse", "recruiter_screen", "laura.meier@bil.com",
        "microsoft-bookings-candidate-booked-slot",
        r"""BEGIN:VCALENDAR
PRODID:Microsoft Bookings
VERSION:2.0
METHOD:REQUEST
""" + TZ_WEST + r"""BEGIN:VEVENT
UID:9f0e1d2c-3b4a-5968-7a8b-bil-bookings-2025@bookings.microsoft.com
DTSTAMP:20251027T140822Z
DTSTART;TZID=W. Europe Standard Time:20251031T083000
DTEND;TZID=W. Europe Standard Time:20251031T090000
SUMMARY:Interview – Senior Relationship Manager\, BIL Suisse
DESCRIPTION:Your booking is confirmed.\n\nService: Interview – Senior Relati
 onship Manager\, BIL Suisse (30 min)\nStaff: Laura Meier\, Talent Acquisiti
 on\nCustomer: Reto Baumgartner\n\nJoin your appointment: Microsoft Teams me
 eting\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YjI4MDQ1\n\nM
 anage booking: https://outlook.office365.com/owa/calendar/BILSuisseCareers@
 bil.com/bookings/
ORGANIZER;CN=BIL Suisse Careers:mailto:BILSuisseCareers@bil.com
ATTENDEE;CN=Laura Meier;ROLE=REQ-PARTICIPANT:mailto:laura.meier@bil.com
ATTENDEE;CN=Reto Baumgartner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
LOCATION:Microsoft Teams meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "goodtime-panel", "goodtime-evt-4c19a7e0b2d3@goodtime.io", 1, "DBS Private Bank",
        "Senior Relationship Manager, Europe Coverage", "onsite",
        "kelvin.ng@dbs.com;priya.raman@dbs.com;andreas.koh@dbs.com", "goodtime-virtual-panel-singapore-0400-zurich",
        r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_SGP + r"""BEGIN:VEVENT
UID:goodtime-evt-4c19a7e0b2d3@goodtime.io
DTSTAMP:20251029T063315Z
DTSTART;TZID=Asia/Singapore:20251105T110000
DTEND;TZID=Asia/Singapore:20251105T133000
SUMMARY:DBS Private Bank - Virtual Interview Loop - Reto Baumgartner
DESCRIPTION:Hi Reto\,\n\nYour virtual interview loop for Senior Relationship
  Manager\, Europe Coverage is confirmed:\n\n11:00 - 11:45 Kelvin Ng\, Group
  Head Europe Coverage\n11:45 - 12:30 Priya Raman\, Investment Counsellor Lea
 d\n12:30 - 13:30 Andreas Koh\, Head of Private Bank Singapore\n\nAll times S
 ingapore time (SGT). Zoom: https://dbs.zoom.us/j/88410027731\n\nScheduled
  via GoodTime on behalf of DBS Talent Acquisition.
ORGANIZER;CN=DBS Talent Acquisition:mailto:scheduling@goodtime.io
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Kelvin Ng:mailto:kelvin.ng@dbs.com
ATTENDEE;CN=Priya Raman:mailto:priya.raman@dbs.com
ATTENDEE;CN=Andreas Koh:mailto:andreas.koh@dbs.com
LOCATION:https://dbs.zoom.us/j/88410027731
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "zoom-sgt", "5hs2k9d0mq3l7n1p4r6t8v0x2a@google.com", 1, "Indosuez Wealth Management",
        "Senior Relationship Manager – European Clients", "hiring_manager", "celine.tay@ca-indosuez.com",
        "x-wr-timezone-singapore-google-export",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:reto.baumgartner@bluewin.ch
X-WR-TIMEZONE:Asia/Singapore
BEGIN:VEVENT
DTSTART:20251112T230000Z
DTEND:20251113T000000Z
DTSTAMP:20251107T030000Z
UID:5hs2k9d0mq3l7n1p4r6t8v0x2a@google.com
ORGANIZER;CN=Céline Tay:mailto:celine.tay@ca-indosuez.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=reto.b
 aumgartner@bluewin.ch;X-NUM-GUESTS=0:mailto:reto.baumgartner@bluewin.ch
DESCRIPTION:Hi Reto\, following our exchange on LinkedIn\, happy to have a
  first conversation on the Senior RM role covering European clients out of
  our Singapore booking centre. I lead the team. Sorry for the late hour on
  your side!\n\nJoin Zoom Meeting https://indosuez.zoom.us/j/97755120334\nCé
 line
LOCATION:https://indosuez.zoom.us/j/97755120334
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reto / Céline – Indosuez Singapore
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "umantis-einladung", "umantis-zkb-vst-20251104-3391@umantis.com", 1, "Zürcher Kantonalbank",
        "Teamleiter Private Banking Zürich Stadt", "hiring_manager",
        "roger.baumann@zkb.ch;simone.egli@zkb.ch", "umantis-abacus-vorstellungsgespraech",
        r"""BEGIN:VCALENDAR
PRODID:-//Abacus Umantis//Talent Management//DE
VERSION:2.0
METHOD:REQUEST
""" + TZ_ZRH + r"""BEGIN:VEVENT
UID:umantis-zkb-vst-20251104-3391@umantis.com
DTSTAMP:20251027T081530Z
DTSTART;TZID=Europe/Zurich:20251104T100000
DTEND;TZID=Europe/Zurich:20251104T113000
SUMMARY:Vorstellungsgespräch Teamleiter Private Banking Zürich Stadt
DESCRIPTION:Guten Tag Herr Baumgartner\n\nGerne bestätigen wir Ihnen das Vo
 rstellungsgespräch:\n\nGesprächspartner/innen:\n- Roger Baumann\, Leiter Pr
 ivate Banking Zürich\n- Simone Egli\, HR Business Partnerin\n\nOrt: Zürche
 r Kantonalbank\, Bahnhofstrasse 9\, 8001 Zürich. Melden Sie sich bitte am E
 mpfang.\n\nFreundliche Grüsse\nZürcher Kantonalbank\, Recruiting Center
ORGANIZER;CN=Zürcher Kantonalbank Recruiting:mailto:noreply@umantis.com
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Roger Baumann:mailto:roger.baumann@zkb.ch
ATTENDEE;CN=Simone Egli:mailto:simone.egli@zkb.ch
LOCATION:Bahnhofstrasse 9\, 8001 Zürich
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "lever-entretien", "lever-interview-b7e2f1c0-1d5a-4c8e@lever.co", 1, "Bordier & Cie",
        "Gérant de fortune senior – Desk Suisse alémanique (Zurich)", "",
        "alexandre.favarger@bordier.com", "lever-french-interview-no-stage",
        r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-b7e2f1c0-1d5a-4c8e@lever.co
DTSTAMP:20251117T103000Z
DTSTART:20251124T130000Z
DTEND:20251124T140000Z
SUMMARY:Reto Baumgartner – Entretien Bordier & Cie
DESCRIPTION:Bonjour Reto\,\n\nVoici les détails de votre entretien pour le
  poste de Gérant de fortune senior – Desk Suisse alémanique (Zurich).\n\nIn
 terlocuteur : Alexandre Favarger\n\nLieu : Bordier & Cie\, Talacker 50\
 , 8001 Zurich\n\nÀ bientôt\,\nL'équipe Talent Bordier
ORGANIZER;CN=Bordier Talent:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Alexandre Favarger:mailto:alexandre.favarger@bordier.com
LOCATION:Talacker 50\, 8001 Zurich
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "workable-interview", "workable-3b8f0e1d-vpb-interview@workable.com", 1, "VP Bank",
        "Senior Relationship Manager Intermediaries & Private Clients", "technical",
        "thomas.hasler@vpbank.com;nina.wolf@vpbank.com", "workable-case-study-english",
        r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Events//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-3b8f0e1d-vpb-interview@workable.com
DTSTAMP:20251118T091215Z
DTSTART:20251126T140000Z
DTEND:20251126T153000Z
SUMMARY:Case study interview: Reto Baumgartner for Senior Relationship Manager Intermediaries & Private Clients
DESCRIPTION:Hi Reto\,\n\nYou are invited to the case study round with Thomas
  Hasler and Nina Wolf. You will receive a client case 30 minutes before the
  interview; please prepare a short investment proposal.\n\nLocation: VP Ba
 nk (Schweiz) AG\, Talstrasse 59\, 8001 Zürich\n\nSent via Workable
ORGANIZER;CN=VP Bank Recruiting:mailto:noreply@workablemail.com
ATTENDEE;CN=Reto Baumgartner;RSVP=TRUE:mailto:reto.baumgartner@bluewin.ch
ATTENDEE;CN=Thomas Hasler:mailto:thomas.hasler@vpbank.com
ATTENDEE;CN=Nina Wolf:mailto:nina.wolf@vpbank.com
LOCATION:Talstrasse 59\, 8001 Zürich
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
