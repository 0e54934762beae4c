# ruff: noqa: E501, W291
"""holdout243 events, part j: project work, brokers' non-interview calls (written blind)."""

EVENTS = [
    {
        "kind": "hypercare-daily",
        "uid": "040000008200E00074C5B7101A82E008000000000C00C10C2DB01000000000000000010000000BADC0FFEE0DDF00D1234567890ABCDEF",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "recurring-hypercare-standup",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Wendt, Stefan":mailto:stefan.wendt@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kern, Matthias
  (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Daily Hypercare Finance: Prio-1/2-Tickets\, Zah
 llauf\, Bankauszüge\, Abstimmung Nebenbücher. 15 Min.\, Kamera an.\n
RRULE:FREQ=DAILY;COUNT=30;BYDAY=MO,TU,WE,TH,FR
UID:040000008200E00074C5B7101A82E008000000000C00C10C2DB01000000000000000010000000BADC0FFEE0DDF00D1234567890ABCDEF
SUMMARY;LANGUAGE=de-DE:Hypercare Daily Finance
DTSTART;TZID=W. Europe Standard Time:20250407T083000
DTEND;TZID=W. Europe Standard Time:20250407T084500
DTSTAMP:20250402T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Teams
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workshop",
        "uid": "040000008200E00074C5B7101A82E00800000000F17F17F17FDB0100000000000000001000000011112222333344445555666677778888",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "fit-gap-workshop-welle-2",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Kern, Matthias (extern)":mailto:matthias.kern.ext@rheinmain-e
 nergie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Wendt, Stefan":mailto:s
 tefan.wendt@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN="Keyuser Kreditoren":ma
 ilto:keyuser-kreditoren@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Fit-Gap-Workshop Welle 2 (Töchter Netz & Vertri
 eb): Kreditorenbuchhaltung\, Zahlungsverkehr\, Customizing-Abweichungen zu
 m Template. Bitte Prozesslandkarte mitbringen.\n
UID:040000008200E00074C5B7101A82E00800000000F17F17F17FDB0100000000000000001000000011112222333344445555666677778888
SUMMARY;LANGUAGE=de-DE:Fit-Gap Welle 2 – Kreditoren / Zahlungsverkehr
DTSTART;TZID=W. Europe Standard Time:20250512T130000
DTEND;TZID=W. Europe Standard Time:20250512T163000
DTSTAMP:20250505T120000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RME Zentrale 2.14
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "allday-reminder",
        "uid": "9g5h3j1k7l2m8n4p0q6r2s8t4v@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "timesheet-and-invoice-reminder",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:m.kern@kern-consulting.de
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250331
DTEND;VALUE=DATE:20250401
RRULE:FREQ=MONTHLY;BYMONTHDAY=-1
DTSTAMP:20250603T071200Z
UID:9g5h3j1k7l2m8n4p0q6r2s8t4v@google.com
CREATED:20250101T100000Z
DESCRIPTION:Stundenzettel von Katrin abzeichnen lassen\, dann Rechnung an 
 Proventa (Abrechnung über Rahmenvertrag)\, Kopie an Steuerbüro. USt-VA bi
 s 10.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stundenzettel + Rechnung RME
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "broker-call",
        "uid": "040000008200E00074C5B7101A82E008000000004A7E04A7E1DB0100000000000000001000000012121212343434345656565678787878",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "broker-rate-negotiation-after-client-yes",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Brenner, Julia":mailto:julia.brenner@solvia-projects.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Kern\,\n\nTaunus Pharma möchte Sie be
 auftragen – herzlichen Glückwunsch! Kurzer Call zur Abstimmung Stundensatz
  (Kunde budgetiert 118 €/h all-in)\, Reisekostenregelung Bad Homburg und S
 tartdatum. Der Vertrag kommt danach per DocuSign.\n\nViele Grüße\nJulia Br
 enner\n
UID:040000008200E00074C5B7101A82E008000000004A7E04A7E1DB0100000000000000001000000012121212343434345656565678787878
SUMMARY;LANGUAGE=de-DE:Abstimmung Stundensatz / Konditionen – Taunus Pharma
DTSTART;TZID=W. Europe Standard Time:20250402T163000
DTEND;TZID=W. Europe Standard Time:20250402T170000
DTSTAMP:20250331T140000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "platform-call",
        "uid": "freiwerk-onboarding-8812-kern@freiwerk.de",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "freelancer-platform-profile-check-call",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HubSpot//Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:freiwerk-onboarding-8812-kern@freiwerk.de
DTSTAMP:20250305T101000Z
DTSTART:20250307T100000Z
DTEND:20250307T102000Z
SUMMARY:freiwerk Profil-Check: Matthias Kern
ORGANIZER;CN=Anna Pohl (freiwerk):mailto:anna.pohl@freiwerk.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern-
 consulting.de
LOCATION:https://meet.freiwerk.de/anna-pohl
DESCRIPTION:Hallo Matthias\, in unserem 20-minütigen Profil-Check gehen wi
 r dein freiwerk-Profil durch (Skills\, Projekthistorie\, Tagessatz\, Verf
 ügbarkeit)\, damit dich Auftraggeber besser finden. Kein Bewerbungsgespräc
 h – nur Optimierung deines Profils. Anna\, Freelancer Success
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "contract-talk",
        "uid": "040000008200E00074C5B7101A82E00800000000C0C0A0A0B0B0DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "vertragsverhandlung-after-offer",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Schäfer, Miriam":mailto:miriam.schaefer@carvalis.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.kern@kern
 -consulting.de:mailto:m.kern@kern-consulting.de
DESCRIPTION;LANGUAGE=de-DE:Lieber Herr Kern\,\n\nwie angekündigt besprechen
  wir Ihr Vertragsangebot im Detail: Fixgehalt\, variabler Anteil\, Dienst
 wagen/Mobilitätsbudget\, Eintrittstermin und Übergang Ihrer laufenden Fre
 elance-Projekte. Herr Vollmer stößt für 10 Minuten dazu.\n\nBeste Grüße
 \nMiriam Schäfer\n
UID:040000008200E00074C5B7101A82E00800000000C0C0A0A0B0B0DB0100000000000000001000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=de-DE:Vertragsverhandlung – Angebot Senior Manager (Carval
 is)
DTSTART;TZID=W. Europe Standard Time:20250509T150000
DTEND;TZID=W. Europe Standard Time:20250509T160000
DTSTAMP:20250505T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "podcast",
        "uid": "d3e1a7c2-podcast-s4-im-gespraech-folge-87",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "trade-magazine-podcast-interview",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Zoho Corporation//Zoho Calendar//EN
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:d3e1a7c2-podcast-s4-im-gespraech-folge-87
DTSTAMP:20250408T120000Z
DTSTART;TZID=Europe/Berlin:20250415T170000
DTEND;TZID=Europe/Berlin:20250415T180000
SUMMARY:Podcast-Interview "S/4 im Gespräch" – Folge 87 mit Matthias Kern
ORGANIZER;CN=Redaktion ERP-Praxis:mailto:redaktion@erp-praxis-magazin.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
LOCATION:Riverside.fm – Link folgt
DESCRIPTION:Hallo Herr Kern\, danke für Ihre Zusage! Thema der Folge: "Bro
 wnfield oder Greenfield? Lessons Learned aus S/4-Migrationen im Finanzwese
 n". Moderation: Dana Kühn. Bitte Headset nutzen\, Aufnahme ca. 45 Min.\, F
 reigabe des Schnitts vor Veröffentlichung. Redaktion ERP-Praxis
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "supplier-review",
        "uid": "040000008200E00074C5B7101A82E008000000001B011B021B03DB01000000000000000010000000DDDDEEEEFFFF0000111122223333AAAA",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "own-feedback-review-as-contractor-at-client",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Hahn, Monika":mailto:monika.hahn@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Albers, Dr. Katrin":mai
 lto:katrin.albers@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Halbjährliches Lieferanten-Feedbackgespräch Ext
 erne (Leistungsbewertung nach Rahmenvertrag): Qualität\, Termintreue\, Zus
 ammenarbeit. Ergebnis geht an Proventa.\n
UID:040000008200E00074C5B7101A82E008000000001B011B021B03DB01000000000000000010000000DDDDEEEEFFFF0000111122223333AAAA
SUMMARY;LANGUAGE=de-DE:Feedbackgespräch Leistungsbewertung – M. Kern (exter
 n)
DTSTART;TZID=W. Europe Standard Time:20250325T160000
DTEND;TZID=W. Europe Standard Time:20250325T163000
DTSTAMP:20250318T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Büro Fr. Hahn (5.11)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "handover",
        "uid": "040000008200E00074C5B7101A82E00800000000E01E02E03DB0100000000000000001000000044445555666677778888999900001111",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "project-exit-debrief-lessons-learned",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Albers, Dr. Katrin":mailto:katrin.albers@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Abschlussgespräch zu deinem Einsatz: Lessons Le
 arned\, Übergabestatus an Hr. Baumann\, Rückgabe Laptop/Badge\, Referenzs
 chreiben. Danke für alles!\n
UID:040000008200E00074C5B7101A82E00800000000E01E02E03DB0100000000000000001000000044445555666677778888999900001111
SUMMARY;LANGUAGE=de-DE:Abschlussgespräch Einsatz M. Kern
DTSTART;TZID=W. Europe Standard Time:20250627T140000
DTEND;TZID=W. Europe Standard Time:20250627T150000
DTSTAMP:20250610T090000Z
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:RME Zentrale 6.03
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "broker-call",
        "uid": "nordlicht-crm-call-25-0520-kern",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "broker-call-no-end-client-named",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nordlicht IT//Kalender//DE
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:nordlicht-crm-call-25-0520-kern
DTSTAMP:20250516T140000Z
DTSTART;TZID=Europe/Berlin:20250520T121500
DTEND;TZID=Europe/Berlin:20250520T123000
SUMMARY:Rückruf Nordlicht – neue Anfrage S/4 FI (DAX-Konzern Rhein-Main)
ORGANIZER;CN=Tobias Graf:mailto:tobias.graf@nordlicht-it.de
ATTENDEE;CN=Matthias Kern;RSVP=TRUE:mailto:m.kern@kern-consulting.de
LOCATION:Telefon
DESCRIPTION:Hallo Matthias\, ich habe eine neue Anfrage für einen DAX-Konze
 rn im Rhein-Main-Gebiet (S/4 FI\, Konzernabschluss\, Start Q3). Den Kunden
  darf ich erst nach deiner Freigabe nennen. Kurz telefonieren? Tobias
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
