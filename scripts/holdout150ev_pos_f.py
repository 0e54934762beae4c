# ruff: noqa: E501, W291
"""holdout150 events: Polish employers, local ATS (eRecruiter, HRlink, Traffit), agencies, a founder."""

from holdout150ev_tz import CEST_WIN, WAW

EVENTS = [
    dict(
        kind="erecruiter-zaproszenie",
        uid="erecruiter-spotkanie-3381942-kn",
        iv=1, company="Mleczarnia Podhale", role="Kontroler Finansowy", stage="",
        who="beata.gasienica@mleczarniapodhale.pl",
        trap="erecruiter-polish-rozmowa-kwalifikacyjna-floating",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//eRecruitment Solutions//eRecruiter//PL
METHOD:REQUEST
BEGIN:VEVENT
UID:erecruiter-spotkanie-3381942-kn
DTSTAMP:20250314T100100Z
DTSTART:20250321T110000
DTEND:20250321T120000
SUMMARY:Zaproszenie na rozmowę kwalifikacyjną - Kontroler Finansowy
ORGANIZER;CN=Mleczarnia Podhale S.A. - Dział Personalny:mailto:rekrutacja@mleczarniapodhale.pl
ATTENDEE;CN=Katarzyna Nowak;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Beata Gąsienica-Roj:mailto:beata.gasienica@mleczarniapodhale.pl
LOCATION:Siedziba spółki\\, ul. Nowotarska 112\\, 34-400 Nowy Targ (budynek administracyjny\\, I piętro)
DESCRIPTION:Szanowna Pani\\,\\n\\ndziękujemy za aplikację na stanowisko Kon
 troler Finansowy. Zapraszamy na rozmowę kwalifikacyjną\\, którą poprowadzi P
 ani Beata Gąsienica-Roj\\, Dyrektor Finansowy.\\nProsimy o zabranie dokument
 u tożsamości.\\n\\nPotwierdzenie udziału: https://mleczarniapodhale.erecruit
 er.pl/Spotkanie.aspx?id=3381942\\n\\nZ poważaniem\\nDział Personalny\\nMleczar
 nia Podhale S.A.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hrlink-onsite",
        uid="hrlink-zaproszenie-7721-kn-20250402",
        iv=1, company="Baltmet", role="Kierownik ds. Controllingu", stage="onsite",
        who="p.szymanski@baltmet.com.pl;i.wrobel@baltmet.com.pl",
        trap="polish-spotkanie-w-siedzibie-hr-and-cfo",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HRlink//Rekrutacja//PL
METHOD:REQUEST
{WAW}BEGIN:VEVENT
UID:hrlink-zaproszenie-7721-kn-20250402
DTSTAMP:20250402T120544Z
DTSTART;TZID=Europe/Warsaw:20250409T100000
DTEND;TZID=Europe/Warsaw:20250409T113000
SUMMARY:Spotkanie - Kierownik ds. Controllingu / Baltmet S.A.
ORGANIZER;CN=Izabela Wróbel:mailto:i.wrobel@baltmet.com.pl
ATTENDEE;CN=Katarzyna Nowak;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Paweł Szymański;PARTSTAT=ACCEPTED:mailto:p.szymanski@baltmet.com.pl
ATTENDEE;CN=Izabela Wróbel;PARTSTAT=ACCEPTED:mailto:i.wrobel@baltmet.com.pl
LOCATION:Baltmet S.A.\\, ul. Grzybowska 62\\, Warszawa\\, sala 3.07
DESCRIPTION:Dzień dobry\\,\\n\\nzapraszamy na spotkanie w siedzibie Baltmet S
 .A. w Warszawie. Ze strony firmy: Paweł Szymański (Członek Zarządu ds. Fin
 ansowych) oraz Izabela Wróbel (HR Business Partner). Prosimy przygotować kr
 ótką prezentację (max 10 min) nt. Pani doświadczeń we wdrażaniu raportowan
 ia zarządczego.\\n\\nPozdrawiamy\\nZespół HR Baltmet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="traffit-test-excel",
        uid="traffit-meeting-51870-polskiemlyny",
        iv=1, company="Polskie Młyny", role="Analityk FP&A / FP&A Manager", stage="technical",
        who="marek.dudek@polskiemlyny.pl", trap="traffit-polish-test-kompetencji-plus-rozmowa",
        ics=f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TRAFFIT//ATS//PL
METHOD:REQUEST
{WAW}BEGIN:VEVENT
UID:traffit-meeting-51870-polskiemlyny
DTSTAMP:20250423T091512Z
DTSTART;TZID=Europe/Warsaw:20250430T090000
DTEND;TZID=Europe/Warsaw:20250430T110000
SUMMARY:Polskie Młyny - II etap: zadanie Excel + rozmowa (K. Nowak)
ORGANIZER;CN=Polskie Młyny Rekrutacja:mailto:rekrutacja@polskiemlyny.pl
ATTENDEE;CN=Katarzyna Nowak;RSVP=TRUE:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;CN=Marek Dudek:mailto:marek.dudek@polskiemlyny.pl
LOCATION:Google Meet: https://meet.google.com/pwm-bcdt-uyx
DESCRIPTION:Pani Katarzyno\\,\\n\\nII etap rekrutacji obejmuje zadanie w Exce
 lu (budżet kosztów produkcji\\, 60 min\\, plik prześlemy na początku spotkani
 a) oraz rozmowę z Dyrektorem Finansowym\\, Markiem Dudkiem (ok. 45 min).\\n\\
 nProszę o udostępnienie ekranu w trakcie zadania.\\n\\nWiadomość wysłana z s
 ystemu TRAFFIT.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-consultant-screen",
        uid="3f6vq2l9b0n8c7x5z4m1k2j3hg@google.com",
        iv=1, company="Vistula Retail", role="Finance Manager", stage="recruiter_screen",
        who="natalia.baran@kadrafinance.pl", trap="polish-agency-screen-names-client-in-summary",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{WAW}BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250318T180000
DTEND;TZID=Europe/Warsaw:20250318T183000
DTSTAMP:20250317T151020Z
ORGANIZER;CN=Natalia Baran:mailto:natalia.baran@kadrafinance.pl
UID:3f6vq2l9b0n8c7x5z4m1k2j3hg@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Natalia Baran;X-NUM-GUESTS=0:mailto:natalia.baran@kadrafinance.pl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION:Cześć Kasiu\\, zgodnie z ustaleniami - krótka rozmowa o Twoim d
 oświadczeniu przed przekazaniem CV do klienta (Vistula Retail Group\\, Finan
 ce Manager\\, Kraków\\, raportowanie do CFO). Po rozmowie odezwę się z termi
 nem spotkania u klienta.\\n\\nNatalia Baran\\nSenior Consultant\\, Kadra Fina
 nce Partners\\ntel. 512 *** 903\\n\\nDołącz przez Google Meet: https://meet.
 google.com/fua-kpgh-wrt
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rozmowa - Vistula Retail / Finance Manager (Kadra Finance)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-zarzad-etap",
        uid="040000008200E00074C5B7101A82E00800000000903E6B7C8DA8DB010000000000000000100000004D5E6F708192A3B4C5D6E7F8091A2B3C",
        iv=1, company="Pieniny Cosmetics", role="Controller Finansowy", stage="final",
        who="r.kurek@pieninycosmetics.pl;m.chowaniec@pieninycosmetics.pl",
        trap="polish-ostatni-etap-z-zarzadem-sent-by-assistant",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Kurek Roman";SENT-BY="mailto:sekretariat@pieninycosmetics.pl":mailto:r.kurek@pieninycosmetics.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Chowaniec Małgorzata":mailto:m.chowaniec@pieninycosmetics.pl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sekretariat Zarządu":mailto:sekretariat@pieninycosmetics.pl
DESCRIPTION;LANGUAGE=pl-PL:Szanowna Pani\\,\\n\\nw imieniu Prezesa Zarządu\\, Pana Romana Kurka\\, zapraszam na ostatni etap rekrutacji na stanowisko Controllera Finansowego. W spotkaniu weźmie udział również Pani Małgorzata Chowaniec\\, Członek Zarządu ds. Finansowych.\\n\\nAdres: Pieniny Cosmetics sp. z o.o.\\, ul. Krakowska 7\\, Szczawnica. Istnieje możliwość połączenia przez Teams.\\n\\nZ wyrazami szacunku\\nJoanna Krupa\\nSekretariat Zarządu
UID:040000008200E00074C5B7101A82E00800000000903E6B7C8DA8DB010000000000000000100000004D5E6F708192A3B4C5D6E7F8091A2B3C
SUMMARY;LANGUAGE=pl-PL:Spotkanie z Zarządem - p. Katarzyna Nowak
DTSTART;TZID=Central European Standard Time:20250514T130000
DTEND;TZID=Central European Standard Time:20250514T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250508T082245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pl-PL:Szczawnica\\, ul. Krakowska 7 / Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founder-gmail-coffee",
        uid="6n1r0t8m3c5k9p2q7b4v0x1z2w@google.com",
        iv=1, company="Ledgerloop", role="Head of Finance", stage="hiring_manager",
        who="kuba.wilk.ll@gmail.com", trap="founder-free-mail-coffee-that-is-an-interview",
        ics=f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{WAW}BEGIN:VEVENT
DTSTART;TZID=Europe/Warsaw:20250424T083000
DTEND;TZID=Europe/Warsaw:20250424T093000
DTSTAMP:20250419T213301Z
ORGANIZER;CN=Kuba Wilk:mailto:kuba.wilk.ll@gmail.com
UID:6n1r0t8m3c5k9p2q7b4v0x1z2w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kuba Wilk;X-NUM-GUESTS=0:mailto:kuba.wilk.ll@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kasia.nowak.fin@wp.pl;X-NUM-GUESTS=0:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION:Hej Kasia\\, dzięki za odpowiedź na LinkedInie! Jak pisałem - s
 zukamy pierwszej osoby do finansów w Ledgerloop (Head of Finance\\, budowa 
 działu od zera\\, raportowanie dla inwestorów\\, due diligence przed rundą A)
 . Chciałbym Cię poznać i porozmawiać o tej roli\\, a jeśli obie strony będą
  zainteresowane\\, w kolejnym kroku poznasz mojego wspólnika.\\n\\nStawiam k
 awę :)\\nKuba
LOCATION:Karma Coffee\\, ul. Krupnicza 12\\, Kraków
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kawa - Kuba / Kasia (Ledgerloop)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="recruitee-online-test",
        uid="recruitee-assessment-galiciapaper-88213",
        iv=1, company="Galicia Paper", role="Financial Controller", stage="technical",
        who="", trap="recruitee-online-assessment-window-no-interviewer",
        ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:recruitee-assessment-galiciapaper-88213
DTSTAMP:20250512T071503Z
DTSTART:20250515T060000Z
DTEND:20250515T070000Z
SUMMARY:Galicia Paper | Online assessment - Financial Controller
ORGANIZER;CN=Galicia Paper Careers:mailto:careers@galiciapaper.recruitee.com
LOCATION:Online (link in e-mail)
DESCRIPTION:Hi Katarzyna\\,\\n\\nas the next step for the Financial Controlle
 r role at our Kraków mill\\, please complete the timed online assessment (ac
 counting and reporting case\\, 60 minutes\\, camera on). The link opens at the
  start time and is valid for 60 minutes.\\n\\nBest of luck\\,\\nGalicia Paper 
 Talent Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agency-teams-client-in-body",
        uid="040000008200E00074C5B7101A82E00800000000B2A19C8D7EA9DB01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F00",
        iv=1, company="Fenwick Aerospace", role="Finance Manager", stage="recruiter_screen",
        who="olivia.grant@sterlinggrant.pl", trap="agency-teams-employer-named-only-in-description",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CEST_WIN}BEGIN:VEVENT
ORGANIZER;CN="Olivia Grant":mailto:olivia.grant@sterlinggrant.pl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kasia.nowak.fin@wp.pl:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION;LANGUAGE=en-GB:Hi Katarzyna\\,\\n\\nLovely to connect. As promised\\, here is the Teams invite to go through the Finance Manager opportunity with our client Fenwick Aerospace (new finance hub in Kraków\\, reporting into the European Finance Director). I will also ask about your notice period and salary expectations so I can present you to the client this week.\\n\\nOlivia Grant\\nPrincipal Consultant - Finance & Accounting\\nSterling Grant Recruitment Poland\\n\\n________________________________________________________________________________\\nMicrosoft Teams meeting\\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE0YmMy@thread.v2/0>\\nMeeting ID: 392 118 771 020\\nPasscode: Wq3nT8\\n________________________________________________________________________________\\n
UID:040000008200E00074C5B7101A82E00800000000B2A19C8D7EA9DB01000000000000000010000000E1D2C3B4A5968778695A4B3C2D1E0F00
SUMMARY;LANGUAGE=en-GB:Katarzyna / Olivia - Finance Manager opportunity
DTSTART;TZID=Central European Standard Time:20250527T124500
DTEND;TZID=Central European Standard Time:20250527T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250523T104030Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-polish-audyt",
        uid="AAMkAGI2NTQxMzE1LTg4ZjAtNGFjNS1iZjE0LTc3ZmQ0MjJlYzk4OQBGAAAAAAC9wZ3XbLkPQqk1zJ8rTf5hBwBx",
        iv=1, company="Baker Lorenz", role="Manager w dziale outsourcingu księgowego", stage="recruiter_screen",
        who="Kinga Mroczek", trap="microsoft-bookings-polish-staff-name-only",
        ics=f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{CEST_WIN}BEGIN:VEVENT
ORGANIZER;CN=Baker Lorenz - Kariera:mailto:Kariera@bakerlorenz.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katarzyna Nowak:mailto:kasia.nowak.fin@wp.pl
DESCRIPTION;LANGUAGE=pl-PL:Twoja rezerwacja została potwierdzona.\\n\\nUsługa: Rozmowa rekrutacyjna - Manager w dziale outsourcingu księgowego (45 min)\\nPracownik: Kinga Mroczek\\n\\nKlient: Katarzyna Nowak\\nTelefon: 601 *** 412\\n\\nZarządzaj rezerwacją: https://outlook.office365.com/owa/calendar/Kariera@bakerlorenz.onmicrosoft.com/bookings/\\n\\nDołącz do spotkania w aplikacji Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWI3ODkw@thread.v2/0
UID:AAMkAGI2NTQxMzE1LTg4ZjAtNGFjNS1iZjE0LTc3ZmQ0MjJlYzk4OQBGAAAAAAC9wZ3XbLkPQqk1zJ8rTf5hBwBx
SUMMARY;LANGUAGE=pl-PL:Rozmowa rekrutacyjna - Manager w dziale outsourcingu księgowego (45 min)
DTSTART;TZID=Central European Standard Time:20250603T153000
DTEND;TZID=Central European Standard Time:20250603T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250530T064411Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=pl-PL:Spotkanie w aplikacji Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
]
