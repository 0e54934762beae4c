"""holdout10 German bank: whole-message templates and the German phrasings around them.

Given nothing, `bank()` returns the German LangBank (same template format as holdout10_en).
"""

from __future__ import annotations

from holdout10_core import LangBank, parse_templates

TEMPLATES = r"""
@@ rejection warm_rejection hr
S: Ihre Bewerbung als {role}
Liebe Frau Achterberg,

vielen Dank für das offene Gespräch und Ihre Probelektion zum Thema Redoxreaktionen – [[das Team war wirklich \
angetan|wir waren ehrlich beeindruckt]], \
wie Sie Inhalte für Erwachsene aufbereiten.

Dennoch haben wir uns nach langer Abwägung für eine Kandidatin entschieden, die bereits mehrere Jahre in der \
betrieblichen Weiterbildung gearbeitet hat. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihren Wechsel in die Erwachsenenbildung alles Gute.

{sig}

@@ rejection public_formal public
S: Stellenausschreibung Kennziffer {ref} – {role}
Sehr geehrte Frau Achterberg,

die Auswahlkommission hat nach Abschluss der Vorstellungsgespräche ihre Entscheidung getroffen. Wir bedauern, \
Ihnen mitteilen zu müssen, dass wir Sie bei der Besetzung der o. g. Stelle nicht berücksichtigen konnten.

Der Personalrat und die Gleichstellungsbeauftragte waren am Verfahren beteiligt. Ihre Bewerbungsunterlagen werden \
nach Ablauf von sechs Monaten gemäß den datenschutzrechtlichen Bestimmungen vernichtet.

Mit freundlichen Grüßen
Im Auftrag

{sig}

@@ rejection talent_pool ats
S: Ihre Bewerbung bei {company}
Hallo {first},

vielen Dank für Dein Interesse an {company} und Deine Bewerbung als {role}.

Wir haben uns Dein Profil genau angesehen und uns entschieden, mit anderen Bewerber:innen weiterzumachen. \
Gern würden wir Dich aber in unseren Talentpool aufnehmen und uns melden, sobald eine passende Stelle frei wird. \
Wenn Du das nicht möchtest, antworte einfach kurz auf diese Mail.

Viele Grüße
Dein {company} Recruiting-Team

@@ rejection no_interview ats
S: {role} – Rückmeldung zu Ihrer Bewerbung
Sehr geehrte Frau Achterberg,

vielen Dank für Ihre Bewerbung und das damit verbundene Vertrauen in unser Unternehmen.

Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen. Die Entscheidung ist uns angesichts \
der vielen qualifizierten Bewerbungen nicht leicht gefallen und stellt keine Bewertung Ihrer Person dar.

Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.

Ihr Recruiting-Team der {company}

@@ rejection rescinded founder
S: Leider schlechte Nachrichten
Hi {first},

ich muss Dir leider etwas Blödes schreiben. Unser Förderbescheid für 2027 ist gestern abgelehnt worden, und \
ohne das Geld können wir die Stelle als {role} nicht finanzieren. Das Angebot, das ich Dir letzte Woche gemacht \
habe, muss ich deshalb zurückziehen. Es tut mir wirklich leid, gerade weil Du schon mit Deiner Schulleitung \
gesprochen hattest.

Wenn wir wieder Luft haben, bist Du die Erste, die ich anrufe.

{me}

@@ rejection slack_terse manager q=thanks
S: AW: Danke für das Gespräch
Hallo {first},

danke Dir für die nette Nachricht! Leider hat es diesmal nicht gereicht, wir haben uns für jemanden mit \
mehr Erfahrung in Articulate entschieden. Ich drück Dir die Daumen!

VG {me}

@@ offer formal_offer hr x=pdf
S: Vertragsangebot – {role}
Sehr geehrte Frau Achterberg,

wir freuen uns, Ihnen die Position als {role} in unserer Akademie anbieten zu können.

Die wichtigsten Eckdaten:
- Beginn: {start}
- Jahresbruttogehalt: {salary}
- 30 Tage Urlaub, mobiles Arbeiten an zwei Tagen pro Woche
- zunächst befristet auf zwei Jahre

Den Arbeitsvertrag finden Sie im Anhang. Bitte senden Sie uns ein unterschriebenes Exemplar bis {accept_by} zurück.

{sig}

@@ offer casual_offer founder
S: Wir wollen Dich!
Hey {first},

kurz und schmerzlos: wir hätten Dich sehr gern im Team! Deine Lernreise für die Azubis hat alle überzeugt. \
Lass uns morgen telefonieren wegen Gehalt und Starttermin, ok?

{me}

@@ offer public_offer public
S: Besetzung der Stelle {role} (Kennziffer {ref})
Sehr geehrte Frau Achterberg,

ich freue mich, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die o. g. Stelle ausgewählt hat. \
Wir möchten Ihnen daher eine Einstellung als Beschäftigte im Zentrum für Weiterbildung anbieten, befristet auf \
drei Jahre, Entgeltgruppe 13 TV-L.

Die Einstellung steht unter dem Vorbehalt der Zustimmung des Personalrats. Bitte teilen Sie uns bis {accept_by} mit, \
ob Sie das Angebot annehmen.

{sig}

@@ offer offer_references recruiter
S: Gute Nachrichten zu {role}
Hallo Frau Achterberg,

ich habe sehr gute Nachrichten: das Team möchte Ihnen die Stelle als {role} anbieten! Voraussetzung ist noch, \
dass wir kurz mit Ihren zwei Referenzen sprechen – könnten Sie mir dafür die Kontaktdaten schicken?

Den Vertrag bekommen Sie danach von unserer Personalabteilung.

{sig}

@@ next_step reschedule manager x=fwd
S: Verschiebung unseres Termins
Hallo Frau Achterberg,

leider muss ich unseren Termin verschieben, mir ist eine Vorstandssitzung dazwischengekommen. Würde Ihnen \
alternativ {slot} passen? Ansonsten schicken Sie mir gern zwei, drei andere Zeiten.

Entschuldigen Sie die Umstände!

{sig}

@@ next_step assessment recruiter
S: Nächster Schritt: Arbeitsprobe
Liebe Frau Achterberg,

vielen Dank für das angenehme Erstgespräch. Wir möchten Sie gern in die nächste Runde einladen.

Dazu bitten wir Sie um eine kleine Arbeitsprobe: Entwickeln Sie bitte ein kurzes Blended-Learning-Konzept \
(max. 2 Seiten) für die Schulung neuer Schichtleiter:innen zum Thema Arbeitssicherheit. Abgabe bis {due}.

{sig}

@@ next_step references recruiter
S: Referenzen
Hallo Frau Achterberg,

wir sind in der finalen Runde! Könnten Sie mir bitte zwei Referenzen nennen, gern Ihre Schulleitung und \
eine Person aus Ihrer Fortbildungsarbeit? <<Die Entscheidung fällt dann {when}.>>

{sig}

@@ next_step stage_passed hr
S: Einladung zur zweiten Runde
Sehr geehrte Frau Achterberg,

wir freuen uns, Ihnen mitzuteilen, dass Sie die erste Runde erfolgreich gemeistert haben. Im zweiten Gespräch \
lernen Sie unsere Bereichsleitung Personalentwicklung kennen und halten eine 15-minütige Lehrprobe.

<<Den genauen Termin nennen wir Ihnen {when}.>>

{sig}

@@ pending still_reviewing recruiter
S: Zwischenstand
Hallo Frau Achterberg,

kurzer Zwischenstand: wir führen noch Gespräche mit weiteren Kandidat:innen und haben noch keine Entscheidung getroffen.

<<Wir melden uns {when} bei Ihnen.>>

{sig}

@@ pending on_hold hr
S: Ihre Bewerbung – {role}
Sehr geehrte Frau Achterberg,

aufgrund einer internen Umstrukturierung ist das Besetzungsverfahren für die Stelle als {role} derzeit \
ausgesetzt. Ihre Bewerbung bleibt selbstverständlich im Verfahren.

<<Wir gehen davon aus, Ihnen {when} Näheres sagen zu können.>>

{sig}

@@ pending waitlist public
S: Ergebnis des Auswahlverfahrens
Sehr geehrte Frau Achterberg,

nach Abschluss der Gespräche hat die Auswahlkommission Sie auf Platz 2 der Nachrückliste gesetzt. Die Stelle \
wurde zunächst der erstplatzierten Bewerberin angeboten. Sollte sie absagen, kommen wir auf Sie zu.

<<Mit einer Rückmeldung der Bewerberin rechnen wir {when}.>>

{sig}

@@ pending delay manager x=fwd
S: Kurze Verzögerung
Liebe Frau Achterberg,

ich wollte mich kurz melden, damit Sie nicht im Ungewissen sind: unsere Geschäftsführung muss die Stelle \
noch einmal freigeben, deshalb verzögert sich die Entscheidung. Sie sind weiterhin in der engeren Auswahl.

<<Ich rechne damit, dass wir Ihnen {when} eine Antwort geben können.>>

{sig}

@@ acknowledgement received ats
S: Eingangsbestätigung Ihrer Bewerbung
Sehr geehrte Frau Achterberg,

vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind vollständig bei uns eingegangen.

<<Wir prüfen Ihre Bewerbung sorgfältig und melden uns {when} bei Ihnen.>>

Mit freundlichen Grüßen
Ihr Personalteam der {company}

@@ acknowledgement ack_unfortunately hr
S: AW: Bewerbung {role}
Hallo Frau Achterberg,

danke für Ihre Unterlagen, sie sind angekommen. Leider ist unsere Abteilungsleiterin gerade im Urlaub, \
deshalb kann die Sichtung etwas dauern.

<<Ich gebe Ihnen {when} Bescheid, wie es weitergeht.>>

{sig}

@@ acknowledgement ack_offer_word ats
S: Danke für Deine Bewerbung!
Hi {first},

schön, dass Du Dich bei uns als {role} beworben hast! Deine Bewerbung ist bei uns angekommen.

Was wir Dir bieten: ein Weiterbildungsbudget, flexible Arbeitszeiten, ein Deutschlandticket und ein Team, \
das Lernen ernst nimmt. Wir schauen uns Deine Unterlagen an und melden uns<< {when}>>.

@@ auto_reply out_of_office ooo
S: Abwesenheitsnotiz: {role}
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {ret} nicht im Büro und habe keinen Zugriff auf \
meine E-Mails. In dringenden Fällen wenden Sie sich bitte an bewerbung@{domain}.

{me}

@@ auto_reply auto_noreply noreply
S: Automatische Antwort
Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail, das Postfach wird \
nicht gelesen. Angebote und Unterlagen bitte ausschließlich über unser Bewerberportal.

@@ other job_alert board
S: Neue Jobs für „Bildungsreferentin“ in {city}
Hallo {first},

passend zu Deinem Suchauftrag:

- Referentin Weiterbildung (m/w/d) – Hanse Logistik Akademie, {city}. Wir bieten 30 Tage Urlaub.
- Lerndesigner:in E-Learning – Tamtam Verlag, remote. Bewerbungsschluss: {due}
- Trainerin Vertriebsschulung – Ostwind Versicherungen, {city}

Suchauftrag bearbeiten · Abmelden

@@ other interviewer colleague
S: Hospitation Referendarin Frau Yilmaz
Liebe {first},

kannst Du am Mittwoch in der 3. Stunde die Unterrichtsbesuche bei unserer Referendarin Frau Yilmaz übernehmen? \
Wir müssen bis Freitag entscheiden, ob sie die 9b im zweiten Halbjahr eigenverantwortlich bekommt, und ich \
hätte gern Deine Einschätzung.

Danke Dir!
{me}

@@ other withdrawal recruiter q=withdraw
S: AW: Rückzug meiner Bewerbung
Hallo Frau Achterberg,

danke für Ihre offene Nachricht und herzlichen Glückwunsch zur neuen Stelle! Ich habe Ihre Bewerbung als \
{role} wie gewünscht zurückgezogen.

Alles Gute für den Start!

{sig}

@@ other newsletter_regret board
S: Lernwelten-Newsletter November
Hallo {first},

in dieser Ausgabe: Wie Quereinsteiger:innen aus dem Schuldienst in der Personalentwicklung Fuß fassen, \
und fünf Tools für Microlearning im Vergleich.

In eigener Sache: Wir bedauern, dass unser Barcamp in Leipzig abgesagt werden musste. Bereits gekaufte \
Tickets werden automatisch erstattet.
"""

PROMISES = {
    "days": ["innerhalb von {n} Tagen", "in den nächsten {n} Tagen"],
    "bdays": ["innerhalb von {n} Arbeitstagen", "in {n} Arbeitstagen"],
    "weeks": ["innerhalb von {n} Wochen", "in den nächsten {n} Wochen"],
    "wd": ["bis {wd}", "bis spätestens {wd}"],
    "eow": ["bis Ende dieser Woche", "bis Ende der Woche"],
    "eonw": ["bis Ende nächster Woche", "bis Ende der kommenden Woche"],
    "eom": ["bis Monatsende", "bis Ende des Monats"],
    "month": ["bis Ende {month}"],
    "explicit": ["bis zum {date}", "spätestens am {date}"],
    "tomorrow": ["morgen"],
}


def bank() -> LangBank:
    """Given nothing, returns the German bank."""
    return LangBank(
        code="de",
        templates=parse_templates(TEMPLATES.replace("\\\n", ""), "de"),
        promises=PROMISES,
        vague=["zeitnah", "in den nächsten Wochen", "so bald wie möglich", "in Kürze"],
        weekdays=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember"],
        numbers={2: "zwei", 3: "drei", 5: "fünf", 7: "sieben", 10: "zehn"},
        date_formats=["{d}. {mon}", "{dd}.{m}.{y}", "{wd}, {d}. {mon}", "{dd}.{m}."],
        quotes={
            "thanks": ("Danke für das Gespräch", "Hallo {me},\n\nherzlichen Dank für das angenehme Gespräch "
                       "gestern. Besonders spannend fand ich, wie Sie das Onboarding für die Azubis aufgebaut "
                       "haben.\n\nViele Grüße\nInes Achterberg"),
            "followup": ("Nachfrage {role}", "Hallo {me},\n\ngibt es schon Neuigkeiten zur Stelle? Ich "
                         "habe ein anderes Angebot vorliegen und muss bis Freitag antworten.\n\nBeste Grüße\n"
                         "Ines Achterberg"),
            "withdraw": ("Rückzug meiner Bewerbung", "Hallo {me},\n\nich habe mich für eine andere Stelle "
                         "entschieden und ziehe meine Bewerbung als {role} hiermit zurück. Vielen Dank für "
                         "alles!\n\nViele Grüße\nInes Achterberg"),
        },
        disclaimers=[
            "Diese E-Mail enthält vertrauliche Informationen. Sie stellt kein verbindliches Angebot dar. Wenn Sie "
            "nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
            "Sitz der Gesellschaft: Berlin · Amtsgericht Charlottenburg HRB 218834 B · Geschäftsführung: "
            "Karin Vollmer. Wir bedauern etwaige Übermittlungsfehler.",
        ],
        people=["Katrin Hoffmann", "Jonas Bergmann", "Miriam Schulte", "Felix Krämer", "Sabine Lorenz",
                "Tobias Wendt", "Aylin Demir", "Ulrike Brandt"],
        roles=["Referentin Weiterbildung", "Lerndesignerin (m/w/d)", "Bildungsreferentin",
               "Instructional Designer (w/m/d)", "Trainerin Akademie", "Wissenschaftliche Mitarbeiterin Weiterbildung"],
        signoffs=["Viele Grüße", "Beste Grüße", "Mit freundlichen Grüßen", "Herzliche Grüße"],
        words={
            "gmail": "Am {when} schrieb {name} <{addr}>:",
            "apple": "Am {when} schrieb {name} <{addr}>:",
            "iphone": "Von meinem iPhone gesendet",
            "from": "Von", "sent": "Gesendet", "to": "An", "subject": "Betreff",
            "button": "Zur Bewerbung",
            "footer": "{company} fördert Vielfalt und bietet bei Bedarf Unterstützung im Bewerbungsprozess. "
                      "Powered by {ats} · Datenschutz",
            "fwd": "---------- Weitergeleitete Nachricht ---------",
            "team": "Recruiting-Team",
        },
        lists={
            "hr": ["Personalabteilung", "HR Business Partner", "Personal & Organisation"],
            "recruiter": ["Talent Acquisition", "Recruiting"],
            "manager": ["Leitung Personalentwicklung", "Teamlead Learning & Development"],
            "founder": ["Geschäftsführung", "Co-Founder"],
            "agency": ["Senior Consultant Bildung & HR"],
            "public": ["Dezernat Personal, Sachgebiet 3.2", "Personalabteilung, Team Tarifbeschäftigte"],
            "colleague": ["Fachbereichsleitung Naturwissenschaften", "Seminarausbildung"],
        },
    )
