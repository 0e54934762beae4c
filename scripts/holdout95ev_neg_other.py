# ruff: noqa: E501  (raw iCalendar text: long content lines are folded at write time, not in the source)
"""holdout95: other negatives (mock, webinars, personal appointments, internal meetings, coffee chats …)."""

from __future__ import annotations

from holdout95ev_ics import ZOOM_DE, Event, Row, cal, tz_vienna, tz_windows

EVENTS: list[Event] = []
G = "-//Google Inc//Google Calendar 70.9054//EN"
A = "-//Apple Inc.//iOS 18.6//EN"
W = "Microsoft Exchange Server 2010"


def add(kind: str, uid: str, trap: str, text: str, prodid: str = A, method: str | None = None,
        tz: str | None = "vienna", head: tuple[str, ...] = ()) -> None:
    zone = tz_vienna() if tz == "vienna" else tz_windows() if tz == "windows" else None
    EVENTS.append(Event(kind, cal(text, prodid, method=method, tz=zone, head=head), [Row(uid, 0, trap=trap)]))


def simple(kind: str, uid: str, trap: str, start: str, end: str, summary: str, extra: str = "",
           prodid: str = A) -> None:
    """A short personal entry typed on the phone (times in Europe/Vienna, or VALUE=DATE when 8 digits)."""
    if len(start) == 8:
        when = f"DTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{end}"
    else:
        when = f"DTSTART;TZID=Europe/Vienna:{start}\nDTEND;TZID=Europe/Vienna:{end}"
    body = f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20250901T180000Z\n{when}\nSUMMARY:{summary}\n"
    if extra:
        body += extra.strip("\n") + "\n"
    body += "END:VEVENT"
    add(kind, uid, trap, body, prodid=prodid)


simple("mock-coach-de", "7F1E2D3C-4B5A-4968-8776-655443322110", "mock-interview-coach-de", "20251011T100000",
       "20251011T113000", "Probe-VG mit Karrierecoach Sabine (Übung Leitung Rechnungswesen)",
       r"DESCRIPTION:Rollenspiel Vorstellungsgespräch\, Stärken/Schwächen\, Gehaltsfrage üben. Zoom-Link von Sabine")
simple("mock-friend-en", "practice-claire-20251012@icloud.com", "mock-interview-friend-en", "20251012T190000",
       "20251012T200000", "Practice interview in English w/ Claire (FaceTime)",
       r"DESCRIPTION:Claire plays the CFO – questions on month-end close\, IFRS vs UGB\, leading a team")
add("webinar-agency-de", "webinar-finanzprofis-20251008@on24.com", "webinar-interview-tips-de", r"""BEGIN:VEVENT
UID:webinar-finanzprofis-20251008@on24.com
DTSTAMP:20250929T090000Z
DTSTART:20251008T160000Z
DTEND:20251008T170000Z
SUMMARY:Webinar: Das perfekte Vorstellungsgespräch für Finanzprofis
ORGANIZER;CN=Finance Talents Austria Events:mailto:events@financetalents.at
DESCRIPTION:Live-Webinar mit Tipps für Bewerber:innen aus Rechnungswesen und Controlling: typische Fachfragen\, Case-Interviews\, Gehaltsverhandlung. Zugangslink: https://event.on24.com/wcc/r/4471093/
LOCATION:Online (ON24)
END:VEVENT""", prodid="-//ON24//Webcast//EN", method="PUBLISH", tz=None)
add("wifi-seminar-de", "wifi-stmk-kurs-44172-2025", "class-interview-technique-de", r"""BEGIN:VEVENT
UID:wifi-stmk-kurs-44172-2025
DTSTAMP:20250910T100000Z
DTSTART;TZID=Europe/Vienna:20251017T090000
DTEND;TZID=Europe/Vienna:20251017T170000
SUMMARY:WIFI-Seminar: Professionelle Personalauswahl – Interviewtechniken für Führungskräfte
LOCATION:WIFI Steiermark\, Körblergasse 111-113\, 8010 Graz
DESCRIPTION:Kursnr. 44172. Strukturierte Interviews\, Fragetechniken\, Beurteilungsfehler vermeiden.
END:VEVENT""", prodid="-//WIFI Steiermark//Kursbuchung//DE", method="PUBLISH")
add("user-research-de", "ur-session-bmdx-0172@userinterviews.com", "user-research-interview-de", r"""BEGIN:VEVENT
UID:ur-session-bmdx-0172@userinterviews.com
DTSTAMP:20251002T080000Z
DTSTART:20251009T150000Z
DTEND:20251009T153000Z
SUMMARY:Nutzerinterview: Buchhaltungssoftware Abschlussmodul (30 Min.\, 40 € Gutschein)
ORGANIZER;CN=Research Team Ledgerline:mailto:research@ledgerline-software.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
DESCRIPTION:Danke für Ihre Teilnahme an unserer Studie! Wir möchten verstehen\, wie Sie den Jahresabschluss in Ihrer Software vorbereiten. Kein Verkaufsgespräch.\n""" + ZOOM_DE.format(zid="5510238841", pw="bGVkZ2Vy", pin="119283") + r"""
END:VEVENT""", prodid="-//User Interviews//Sessions//EN", method="REQUEST", tz=None)
add("podcast-de", "podcast-zahlenmenschen-ep42@riverside.fm", "podcast-interview-de", r"""BEGIN:VEVENT
UID:podcast-zahlenmenschen-ep42@riverside.fm
DTSTAMP:20251001T090000Z
DTSTART;TZID=Europe/Vienna:20251021T180000
DTEND;TZID=Europe/Vienna:20251021T190000
SUMMARY:Podcast-Interview „Zahlenmenschen“ – Folge 42: Alltag einer Bilanzbuchhalterin
ORGANIZER;CN=Jakob Rieger:mailto:jakob@zahlenmenschen-podcast.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
DESCRIPTION:Aufnahme über Riverside: https://riverside.fm/studio/zahlenmenschen – bitte mit Kopfhörer!
END:VEVENT""", prodid=G, method="REQUEST")
simple("doctor-de", "B7C6D5E4-F3A2-4B1C-9D8E-7F6A5B4C3D2E", "doctor-de", "20251003T073000", "20251003T080000",
       "Hausarzt Dr. Leitner – Blutabnahme (nüchtern!)", "LOCATION:Ordination Dr. Leitner\\, Grazer Straße 21\\, Judenburg")
simple("school-de", "E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B", "school-parents-day-de", "20251120T163000",
       "20251120T164500", "Elternsprechtag NMS – Fr. Prof. Hutter (Mathe\\, Lukas)")
add("tax-office-de", "040000008200E00074C5B7101A82E00800000000BFA1E2D3C4B5DC010000000000000000100000000A0B0C0D0E0F1011121314151617181920",
    "tax-office-meeting-de", r"""BEGIN:VEVENT
ORGANIZER;CN="Kaiser, Robert (FA Österreich)":mailto:robert.kaiser@bmf.gv.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
SUMMARY:Schlussbesprechung Außenprüfung Murtal Großhandel GmbH (USt/KöSt 2021–2023)
DTSTART;TZID=W. Europe Standard Time:20251118T090000
DTEND;TZID=W. Europe Standard Time:20251118T110000
UID:040000008200E00074C5B7101A82E00800000000BFA1E2D3C4B5DC010000000000000000100000000A0B0C0D0E0F1011121314151617181920
DTSTAMP:20251105T080000Z
LOCATION:Finanzamt Österreich\, Dienststelle Judenburg Liezen
END:VEVENT""", prodid=W, method="REQUEST", tz="windows")
simple("bank-de", "bank-mariatrost-termin-5521@bank-mariatrost.at", "bank-appointment-de", "20251004T093000",
       "20251004T103000", "Bank Mariatrost – Beratung Wohnkredit (Fr. Ertl)", "DESCRIPTION:Gehaltszettel + Kontoauszüge mit")
add("visa-interview-en", "usvisa-appt-VIE-20251113-0930", "visa-interview-en", r"""BEGIN:VEVENT
UID:usvisa-appt-VIE-20251113-0930
DTSTAMP:20251002T120000Z
DTSTART;TZID=Europe/Vienna:20251113T093000
DTEND;TZID=Europe/Vienna:20251113T103000
SUMMARY:Visa interview – U.S. Embassy Vienna (B1/B2)
LOCATION:Boltzmanngasse 16\, 1090 Wien
DESCRIPTION:Bring passport\, DS-160 confirmation\, appointment confirmation. No electronic devices. (Dienstreise Messe Chicago)
END:VEVENT""", prodid="-//ustraveldocs//Appointment//EN", method="PUBLISH")
add("recurring-close-de", "monatsabschluss-bespr-2025@murtal-grosshandel.at", "recurring-internal-close-de", r"""BEGIN:VEVENT
UID:monatsabschluss-bespr-2025@murtal-grosshandel.at
DTSTAMP:20250101T080000Z
DTSTART;TZID=W. Europe Standard Time:20250905T090000
DTEND;TZID=W. Europe Standard Time:20250905T100000
RRULE:FREQ=MONTHLY;BYDAY=1FR;COUNT=6
SUMMARY:Monatsabschluss Bespr. Buchhaltung/Controlling
ORGANIZER;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;CN="Murauer, Franz":mailto:franz.murauer@murtal-grosshandel.at
ATTENDEE;CN="Gruber, Renate":mailto:renate.gruber@murtal-grosshandel.at
LOCATION:Bespr. 1
END:VEVENT
BEGIN:VEVENT
UID:monatsabschluss-bespr-2025@murtal-grosshandel.at
RECURRENCE-ID;TZID=W. Europe Standard Time:20251107T090000
DTSTAMP:20251020T080000Z
DTSTART;TZID=W. Europe Standard Time:20251106T140000
DTEND;TZID=W. Europe Standard Time:20251106T150000
SUMMARY:Monatsabschluss Bespr. (vorgezogen – Fr. Fenstertag)
ORGANIZER;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;CN="Murauer, Franz":mailto:franz.murauer@murtal-grosshandel.at
LOCATION:Bespr. 1
SEQUENCE:1
END:VEVENT""", prodid=W, method="REQUEST", tz="windows")
add("appraisal-de", "040000008200E00074C5B7101A82E008000000001F2E3D4C5B6ADC0100000000000000001000000098765432109876543210FEDCBA987654",
    "own-appraisal-de", r"""BEGIN:VEVENT
ORGANIZER;CN="Murauer, Franz":mailto:franz.murauer@murtal-grosshandel.at
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
SUMMARY:Mitarbeitergespräch 2025 – K. Pichler
DTSTART;TZID=W. Europe Standard Time:20251001T140000
DTEND;TZID=W. Europe Standard Time:20251001T150000
UID:040000008200E00074C5B7101A82E008000000001F2E3D4C5B6ADC0100000000000000001000000098765432109876543210FEDCBA987654
DTSTAMP:20250922T080000Z
LOCATION:GF-Büro
DESCRIPTION:Jährliches Mitarbeitergespräch: Zielerreichung\, Weiterbildung\, Ziele 2026. Bitte Selbsteinschätzungsbogen vorab ausfüllen.
END:VEVENT""", prodid=W, method="REQUEST", tz="windows")
add("exit-interview-de", "exit-pichler-20251219@murtal-grosshandel.at", "own-exit-interview-de", r"""BEGIN:VEVENT
UID:exit-pichler-20251219@murtal-grosshandel.at
DTSTAMP:20251201T080000Z
DTSTART;TZID=W. Europe Standard Time:20251219T100000
DTEND;TZID=W. Europe Standard Time:20251219T104500
SUMMARY:Austrittsgespräch (Exit-Interview) K. Pichler
ORGANIZER;CN="Schrotter, Manuela":mailto:manuela.schrotter@murtal-grosshandel.at
ATTENDEE;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
DESCRIPTION:Feedback zu deiner Zeit bei Murtal\, Übergabe\, Rückgabe Laptop/Schlüssel.
END:VEVENT""", prodid=W, method="REQUEST", tz="windows")
simple("coffee-chat-de", "0A9B8C7D-6E5F-4A3B-9C1D-2E3F4A5B6C7D", "coffee-chat-named-company-de", "20250927T100000",
       "20250927T110000", "Kaffee mit Michaela (Controlling @ Cubefield) – wie ist es dort?",
       "LOCATION:Café Sacher Graz\nDESCRIPTION:rein informell\\, noch keine Bewerbung – fragen wie das Finanzteam tickt")
simple("job-fair-de", "karrieremesse-fad-2025@icloud.com", "job-fair-de", "20251025", "20251026",
       "Karrieremesse Finance & Accounting Days Wien (Messe Wien\\, Halle D)",
       "DESCRIPTION:Stände: Ledgerly\\, Aurelia Pharma\\, Kessler Lang – Lebensläufe ausdrucken (10 Stk.)")
add("reference-referee-de", "ref-weber-pollak-20251015@pollak-logistik.at", "reference-call-as-referee-de", r"""BEGIN:VEVENT
UID:ref-weber-pollak-20251015@pollak-logistik.at
DTSTAMP:20251013T090000Z
DTSTART;TZID=Europe/Vienna:20251015T121500
DTEND;TZID=Europe/Vienna:20251015T123000
SUMMARY:Referenzgespräch zu Tanja Weber (Ihre ehem. Lehrling)
ORGANIZER;CN=Stefanie Pollak:mailto:s.pollak@pollak-logistik.at
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:katharina.pichler@murtal-grosshandel.at
DESCRIPTION:Sehr geehrte Frau Pichler\, Frau Weber hat Sie als Referenz angegeben. Ich würde Sie gern kurz anrufen. Danke!
END:VEVENT""", prodid=G, method="REQUEST")
simple("recruiter-noname-de", "5E4D3C2B-1A09-4F8E-8D7C-6B5A49382716", "recruiter-call-no-employer-de", "20251001T171500",
       "20251001T174500", "Tel. Hr. Schuster (Personalberater) – \"spannende Leitungsposition Industrie\\, Obersteiermark\"",
       "DESCRIPTION:Firma nennt er noch nicht (diskret). Gehaltsband fragen!")
add("recruiter-noname-en", "alpfin-call-3318@alpinefinance-recruit.com", "recruiter-call-no-employer-en", r"""BEGIN:VEVENT
UID:alpfin-call-3318@alpinefinance-recruit.com
DTSTAMP:20251004T100000Z
DTSTART:20251007T150000Z
DTEND:20251007T153000Z
SUMMARY:Quick chat re: confidential Head of Accounting search (Vienna)
ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@alpinefinance-recruit.com
ATTENDEE;CN=Katharina Pichler;RSVP=TRUE:mailto:k.pichler.bh@aon.at
DESCRIPTION:Hi Katharina\, thanks for connecting on LinkedIn. My client is a fast-growing industrial group – I can share the name once we've spoken. Teams link to follow.\nOliver Grant\, Alpine Finance Recruitment
END:VEVENT""", prodid=G, method="REQUEST", tz=None)
simple("prep-block-de", "9D8C7B6A-5F4E-4D3C-8B2A-1F0E9D8C7B6A", "prep-block-named-company-de", "20251013T190000",
       "20251013T210000", "Vorbereitung VG Hollerer – UGB-Fragen\\, Konzernabschluss\\, Fragen an GF",
       "DESCRIPTION:Website + Firmenbuch ansehen\\, Zeugnisse kopieren")
add("tax-advisor-meeting-de", "040000008200E0080000000022CC33DD44EEDC01000000000000000010000000EEDDCCBBAA998877665544332211FF00",
    "external-meeting-tax-advisor-de", r"""BEGIN:VEVENT
ORGANIZER;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
ATTENDEE;CN=Mag. Rupert Hiebler:mailto:rupert.hiebler@treuhand-sued.at
ATTENDEE;CN="Murauer, Franz":mailto:franz.murauer@murtal-grosshandel.at
SUMMARY:Bespr. JA 2025 / Steuerplanung mit StB (Treuhand Süd)
DTSTART;TZID=W. Europe Standard Time:20251204T100000
DTEND;TZID=W. Europe Standard Time:20251204T113000
UID:040000008200E0080000000022CC33DD44EEDC01000000000000000010000000EEDDCCBBAA998877665544332211FF00
DTSTAMP:20251120T080000Z
LOCATION:Bespr. 1
END:VEVENT""", prodid=W, method="REQUEST", tz="windows")
add("audit-kickoff-en", "interim-audit-2025-murtal@kesslerlang.at", "internal-audit-kickoff-en", r"""BEGIN:VEVENT
UID:interim-audit-2025-murtal@kesslerlang.at
DTSTAMP:20250915T080000Z
DTSTART;TZID=Europe/Vienna:20250930T090000
DTEND;TZID=Europe/Vienna:20250930T100000
SUMMARY:Interim audit kick-off FY2025 – Murtal Großhandel
ORGANIZER;CN="Fuchs, Bernd":mailto:bernd.fuchs@kesslerlang.at
ATTENDEE;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
DESCRIPTION:Agenda: timeline\, PBC list\, walkthroughs (purchase-to-pay\, inventory). Kessler Lang Audit team: B. Fuchs\, V. Lang.
END:VEVENT""", prodid=W, method="REQUEST")
add("newsletter-interview-de", "mz-intern-4-2025@murtal-grosshandel.at", "press-internal-newsletter-interview-de",
    r"""BEGIN:VEVENT
UID:mz-intern-4-2025@murtal-grosshandel.at
DTSTAMP:20251001T080000Z
DTSTART;TZID=W. Europe Standard Time:20251008T130000
DTEND;TZID=W. Europe Standard Time:20251008T133000
SUMMARY:Interview für „Murtal intern“ – 15 Jahre im Unternehmen (K. Pichler)
ORGANIZER;CN="Reiter, Anja (Marketing)":mailto:anja.reiter@murtal-grosshandel.at
ATTENDEE;CN="Pichler, Katharina":mailto:katharina.pichler@murtal-grosshandel.at
DESCRIPTION:Kurzes Gespräch + Foto für die Mitarbeiterzeitung.
END:VEVENT""", prodid=W, method="REQUEST", tz="windows")
simple("french-class-fr", "vhs-graz-fr-b1-2025-lektion7", "class-french-interview-roleplay-fr", "20251015T181500",
       "20251015T194500", "Cours de français B1 (VHS) – leçon 7 : l'entretien d'embauche (jeu de rôle)",
       "LOCATION:VHS Graz\\, Köflacher Gasse 5\\, Raum 2.03", prodid=G)
simple("spanish-class-es", "clase-espanol-a2-simulacion-entrevista", "class-spanish-mock-interview-es", "20251105T180000",
       "20251105T193000", "Clase de español A2 – simulación de entrevista de trabajo",
       "DESCRIPTION:Traer vocabulario: contabilidad\\, balance\\, cierre mensual", prodid=G)
add("linkedin-live-en", "li-live-7391024@linkedin.com", "webinar-leadership-interviews-en", r"""BEGIN:VEVENT
UID:li-live-7391024@linkedin.com
DTSTAMP:20251010T100000Z
DTSTART:20251016T160000Z
DTEND:20251016T170000Z
SUMMARY:LinkedIn Live: How to interview for finance leadership roles
DESCRIPTION:Join our panel of CFOs and recruiters for tips on case studies\, presentations and final-round interviews.\nhttps://www.linkedin.com/events/7391024/
END:VEVENT""", prodid="-//LinkedIn//Events//EN", method="PUBLISH", tz=None)
add("examiner-de", "wifi-bibu-pruefung-2025-11-kommission3", "exam-board-examiner-de", r"""BEGIN:VEVENT
UID:wifi-bibu-pruefung-2025-11-kommission3
DTSTAMP:20251020T100000Z
DTSTART;TZID=Europe/Vienna:20251121T080000
DTEND;TZID=Europe/Vienna:20251121T160000
SUMMARY:Bilanzbuchhalter-Prüfung WIFI – mündliche Prüfungen (Prüferin\, Kommission 3)
ORGANIZER;CN=Prüfungsstelle WIFI Steiermark:mailto:pruefungen@stmk.wifi.at
ATTENDEE;CN=Katharina Pichler:mailto:k.pichler.bh@aon.at
DESCRIPTION:Sie prüfen als Beisitzerin 8 Kandidat:innen (je 20 Min.). Prüfungsprotokolle liegen auf.
END:VEVENT""", prodid="-//WIFI Steiermark//Kursbuchung//DE", method="REQUEST")
simple("apartment-viewing-de", "3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E6F", "apartment-viewing-de", "20251108T110000",
       "20251108T113000", "Wohnungsbesichtigung Wien 1030\\, Kegelgasse – Makler Hr. Dvorak")
simple("contract-signing-de", "6B5A4938-2716-4F5E-9D4C-3B2A19087654", "contract-signing-named-company-de", "20251201T090000",
       "20251201T093000", "Vertragsunterzeichnung Hollerer Treuhand (Leoben)",
       "DESCRIPTION:Dienstvertrag unterschreiben\\, e-card + Bankdaten mitnehmen")
simple("niece-interview-de", "1F2E3D4C-5B6A-4798-8A7B-6C5D4E3F2A1B", "family-member-interview-de", "20251022T080000",
       "20251022T090000", "Lena (Nichte) zum Vorstellungsgespräch bei der Spar-Filiale bringen",
       "DESCRIPTION:Lena hat um 8:15 ihr Bewerbungsgespräch für die Lehrstelle\\, ich warte im Auto")
simple("kindergarten-de", "kiga-anmeldung-2026-pichler", "kindergarten-admission-talk-de", "20251028T150000",
       "20251028T153000", "Aufnahmegespräch Kindergarten St. Peter (für Emil)",
       "LOCATION:Kindergarten St. Peter\\, Graz\nDESCRIPTION:Impfpass + Geburtsurkunde mitnehmen")
simple("salary-coaching-en", "salary-coach-session-2-20251025", "salary-negotiation-coaching-en", "20251025T100000",
       "20251025T110000", "Salary negotiation coaching (session 2) – offers & counter-offers", prodid=G)
simple("dentist-de", "2A3B4C5D-6E7F-4081-9A2B-3C4D5E6F7081", "dentist-de", "20251030T071500", "20251030T080000",
       "Zahnarzt Dr. Hackl – Kontrolle")
