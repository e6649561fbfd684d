<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>in memory (not saved)</source>
        <translation>im Arbeitsspeicher (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Plan touch-points with dream clients and existing accounts, offline.</source>
        <translation>Offline Kontaktpunkte mit Wunschkunden und bestehenden Accounts planen.</translation>
    </message>
    <message>
        <source>This plan:</source>
        <translation>Dieser Plan:</translation>
    </message>
    <message>
        <source>Data folder (backups, demo plan):</source>
        <translation>Datenordner (Sicherungen, Demoplan):</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder höher.</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Anwendungssymbol</translation>
    </message>
</context>
<context>
    <name>AccountDetail</name>
    <message>
        <source>Segmentation</source>
        <translation>Segmentierung</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Incumbent competitors</source>
        <translation>Bisherige Lieferanten</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Liefert</translation>
    </message>
    <message>
        <source>Their contract ends</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>No incumbent competitors recorded — add them with Edit.</source>
        <translation>Keine bisherigen Lieferanten erfasst — fügen Sie sie über „Bearbeiten“ hinzu.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Kaufrolle</translation>
    </message>
    <message>
        <source>No contacts yet — add one in the Contacts view.</source>
        <translation>Noch keine Kontakte — legen Sie einen in der Ansicht „Kontakte“ an.</translation>
    </message>
    <message>
        <source>Former employees</source>
        <translation>Ehemalige Mitarbeiter</translation>
    </message>
    <message>
        <source>Title there</source>
        <translation>Position dort</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>Jetzt bei</translation>
    </message>
    <message>
        <source>Nobody has left this account.</source>
        <translation>Niemand hat diesen Account verlassen.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No touch-points or content sent yet.</source>
        <translation>Noch keine Kontaktpunkte oder gesendeten Inhalte.</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Kein Account ausgewählt</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>Kaufzeitraum</translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation>Wachstumspotenzial</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Auftragsgröße</translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation>Unser Umsatz</translation>
    </message>
    <message>
        <source>Their wallet</source>
        <translation>Gesamtbudget</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of Wallet</translation>
    </message>
    <message>
        <source>Still to win</source>
        <translation>Noch zu gewinnen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Beziehungsstatus</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Give notice by</source>
        <translation>Kündigen bis</translation>
    </message>
    <message>
        <source>{day} (passed)</source>
        <translation>{day} (verstrichen)</translation>
    </message>
    <message numerus="yes">
        <source>{day} (in %Ln day(s))</source>
        <translation>
            <numerusform>{day} (in %Ln Tag)</numerusform>
            <numerusform>{day} (in %Ln Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{level} ({count})</source>
        <translation>{level} ({count})</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>{what}
Outcome: {outcome}</source>
        <translation>{what}
Ergebnis: {outcome}</translation>
    </message>
    <message>
        <source>Content sent — {title}</source>
        <translation>Inhalt gesendet — {title}</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Auftragsvolumen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontaktpunkt</translation>
    </message>
    <message>
        <source>Next touch</source>
        <translation>Nächster Kontaktpunkt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>The account&apos;s name</source>
        <translation>Name des Accounts</translation>
    </message>
    <message>
        <source>Dream client, customer, prospect or former customer</source>
        <translation>Wunschkunde, Kunde, Interessent oder ehemaliger Kunde</translation>
    </message>
    <message>
        <source>The account&apos;s industry</source>
        <translation>Branche des Accounts</translation>
    </message>
    <message>
        <source>How soon they will buy</source>
        <translation>Wie bald der Account kaufen wird</translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation>Wachstumspotenzial</translation>
    </message>
    <message>
        <source>Expected margin</source>
        <translation>Erwartete Marge</translation>
    </message>
    <message>
        <source>Expected deal size</source>
        <translation>Erwartetes Auftragsvolumen</translation>
    </message>
    <message>
        <source>Our annual revenue with them</source>
        <translation>Unser Jahresumsatz mit dem Account</translation>
    </message>
    <message>
        <source>Share of wallet: our revenue as a share of what they spend in our category</source>
        <translation>Share of Wallet: unser Umsatz als Anteil ihrer Ausgaben in unserer Kategorie</translation>
    </message>
    <message>
        <source>When our contract with them ends</source>
        <translation>Wann unser Vertrag mit dem Account endet</translation>
    </message>
    <message>
        <source>The last touch-point that was done</source>
        <translation>Der letzte erledigte Kontaktpunkt</translation>
    </message>
    <message>
        <source>The next planned touch-point</source>
        <translation>Der nächste geplante Kontaktpunkt</translation>
    </message>
    <message>
        <source>How many contacts work there now</source>
        <translation>Wie viele Kontakte derzeit dort arbeiten</translation>
    </message>
    <message>
        <source>{revenue} of {wallet} a year</source>
        <translation>{revenue} von {wallet} pro Jahr</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Keiner geplant</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Account</numerusform>
            <numerusform>%Ln Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln account(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Account</numerusform>
            <numerusform>{shown} von %Ln Accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>The selected account is a duplicate: fold it into another, keeping its history</source>
        <translation>Der ausgewählte Account ist ein Duplikat: in einen anderen überführen, der Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show accounts of kind</source>
        <translation>Accounts dieser Art anzeigen</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neuer Account</translation>
    </message>
</context>
<context>
    <name>AddressBox</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>From the city — or pin: 45.764, 4.836</source>
        <translation>Aus dem Ort — oder festlegen: 45.764, 4.836</translation>
    </message>
    <message>
        <source>Leave empty to place the account by its city. Type latitude, longitude (in degrees) to pin it where the city is unknown or wrong.</source>
        <translation>Leer lassen, um den Account über seinen Ort zu verorten. Breite, Länge (in Grad) eingeben, um ihn festzulegen, wenn der Ort unbekannt oder falsch ist.</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Straße</translation>
    </message>
    <message>
        <source>Postal code, &amp;city</source>
        <translation>Postleitzahl, &amp;Ort</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>Pinned by hand.</source>
        <translation>Von Hand festgelegt.</translation>
    </message>
    <message>
        <source>No city: trips cannot include it until it has one.</source>
        <translation>Kein Ort: Reisen können den Account erst einbeziehen, wenn er einen hat.</translation>
    </message>
    <message>
        <source>Looking up the city…</source>
        <translation>Ort wird gesucht…</translation>
    </message>
    <message>
        <source>Found: {place}.</source>
        <translation>Gefunden: {place}.</translation>
    </message>
    <message>
        <source>Unknown place: check the city and country, or pin its position.</source>
        <translation>Unbekannter Ort: Ort und Land prüfen oder die Position festlegen.</translation>
    </message>
    <message>
        <source>Type the position as latitude, longitude in degrees (e.g. 45.764, 4.836), or leave it empty.</source>
        <translation>Geben Sie die Position als Breite, Länge in Grad ein (z. B. 45.764, 4.836) oder lassen Sie sie leer.</translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90, a longitude between -180 and 180.</source>
        <translation>Eine Breite liegt zwischen -90 und 90, eine Länge zwischen -180 und 180.</translation>
    </message>
</context>
<context>
    <name>AgendaDelegate</name>
    <message>
        <source>Today · {day}</source>
        <translation>Heute · {day}</translation>
    </message>
    <message>
        <source>Tomorrow · {day}</source>
        <translation>Morgen · {day}</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Nurture Planner could not open {file}.</source>
        <translation>Nurture Planner konnte {file} nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>AutoExportDialog</name>
    <message>
        <source>Automatic calendar export</source>
        <translation>Automatischer Kalenderexport</translation>
    </message>
    <message>
        <source>&amp;Keep a calendar file up to date</source>
        <translation>Kalenderdatei &amp;aktuell halten</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Erinnerung</translation>
    </message>
    <message>
        <source>Calendar &amp;name</source>
        <translation>Kalender&amp;name</translation>
    </message>
    <message numerus="yes">
        <source>After every change the planner rewrites this file with every overdue touch-point and the next %Ln week(s). Put it in a folder your calendar subscribes to (a synced or web folder): subscribed calendars follow moves and cancellations; imported copies do not.</source>
        <translation>
            <numerusform>Nach jeder Änderung schreibt Nurture Planner diese Datei neu, mit allen überfälligen Kontaktpunkten und denen der nächsten %Ln Woche. Legen Sie sie in einen Ordner, den Ihr Kalender abonniert (einen synchronisierten oder Web-Ordner): Abonnierte Kalender übernehmen Verschiebungen und Absagen, importierte Kopien nicht.</numerusform>
            <numerusform>Nach jeder Änderung schreibt Nurture Planner diese Datei neu, mit allen überfälligen Kontaktpunkten und denen der nächsten %Ln Wochen. Legen Sie sie in einen Ordner, den Ihr Kalender abonniert (einen synchronisierten oder Web-Ordner): Abonnierte Kalender übernehmen Verschiebungen und Absagen, importierte Kopien nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was last written on {day}, {time}.</source>
        <translation>Die Datei wurde zuletzt am {day} um {time} geschrieben.</translation>
    </message>
</context>
<context>
    <name>AutoExporter</name>
    <message>
        <source>Calendar file not updated: {error}</source>
        <translation>Kalenderdatei nicht aktualisiert: {error}</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Joined on {day}, from {company}</source>
        <translation>Seit {day} dabei, vorher bei {company}</translation>
    </message>
    <message>
        <source>Joined on {day}</source>
        <translation>Seit {day} dabei</translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Es gibt nichts zu drucken.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>{path} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>({minutes} min)</source>
        <translation>({minutes} Min.)</translation>
    </message>
    <message>
        <source>Visit brief: {company}</source>
        <translation>Besuchsbriefing: {company}</translation>
    </message>
    <message>
        <source>Brief: {company}</source>
        <translation>Briefing: {company}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Our revenue</source>
        <translation>Unser Umsatz</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of Wallet</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation>Bisheriger Lieferant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Received: {titles}</source>
        <translation>Erhalten: {titles}</translation>
    </message>
    <message>
        <source>Bring: {title}</source>
        <translation>Mitbringen: {title}</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Noch keine Kontakte.</translation>
    </message>
    <message>
        <source>No touch recorded yet.</source>
        <translation>Noch kein Kontaktpunkt erfasst.</translation>
    </message>
    <message>
        <source>No reason noted.</source>
        <translation>Kein Grund vermerkt.</translation>
    </message>
    <message>
        <source>Why this touch</source>
        <translation>Warum dieser Kontakt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The account</source>
        <translation>Der Account</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Last touches</source>
        <translation>Letzte Kontaktpunkte</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Abdeckungslücken</translation>
    </message>
    <message>
        <source>{minutes} min, {km} km</source>
        <translation>{minutes} Min., {km} km</translation>
    </message>
    <message>
        <source>Back to {base}: {minutes} min, {km} km</source>
        <translation>Zurück nach {base}: {minutes} Min., {km} km</translation>
    </message>
    <message>
        <source>Driving in all: {km} km</source>
        <translation>Fahrt insgesamt: {km} km</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Fahrt</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>From {base}</source>
        <translation>Ab {base}</translation>
    </message>
    <message>
        <source>Trip day: {day}</source>
        <translation>Reisetag: {day}</translation>
    </message>
</context>
<context>
    <name>CadenceRulesModel</name>
    <message>
        <source>Dream client</source>
        <translation>Wunschkunde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Ehemaliger Kunde</translation>
    </message>
    <message>
        <source>Light (screened, no potential)</source>
        <translation>Minimal (geprüft, kein Potenzial)</translation>
    </message>
    <message>
        <source>executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>Fachanwender</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Ideal days</source>
        <translation>Ideal (Tage)</translation>
    </message>
    <message>
        <source>Max days</source>
        <translation>Max. (Tage)</translation>
    </message>
    <message>
        <source>{rule}: the ideal ({ideal}) is longer than the maximum ({maximum}).</source>
        <translation>{rule}: Der Idealwert ({ideal}) ist länger als das Maximum ({maximum}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>{program}, tier {tier}, account</source>
        <translation>{program}, Stufe {tier}, Account</translation>
    </message>
    <message>
        <source>{program}, tier {tier}, {level}</source>
        <translation>{program}, Stufe {tier}, {level}</translation>
    </message>
    <message>
        <source>Account (any contact)</source>
        <translation>Account (beliebiger Kontakt)</translation>
    </message>
    <message>
        <source>The ideal interval must not be longer than the maximum.</source>
        <translation>Der ideale Abstand darf nicht länger als das Maximum sein.</translation>
    </message>
    <message>
        <source>{rule}: double-click a number of days to change it.</source>
        <translation>{rule}: Doppelklicken Sie auf eine Tageszahl, um sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Publish the plan to your own calendar server (Nextcloud, Fastmail, iCloud, mailbox.org, Synology, Radicale…) so your phone shows it within minutes, and moves made on the phone come back into the plan. Use an app password. Google Calendar is not supported (it needs a Google sign-in); export a calendar file for it instead.</source>
        <translation>Veröffentlichen Sie den Plan auf Ihrem eigenen Kalenderserver (Nextcloud, Fastmail, iCloud, mailbox.org, Synology, Radicale…), damit Ihr Telefon ihn binnen Minuten zeigt; auf dem Telefon verschobene Termine kommen in den Plan zurück. Verwenden Sie ein App-Passwort. Google Kalender wird nicht unterstützt (er verlangt eine Google-Anmeldung); exportieren Sie dafür eine Kalenderdatei.</translation>
    </message>
    <message>
        <source>https://cloud.example.com/remote.php/dav/</source>
        <translation>https://cloud.example.com/remote.php/dav/</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain</source>
        <translation>wird im Schlüsselbund dieses Computers aufbewahrt</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;Find calendars</source>
        <translation>Kalender &amp;suchen</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>App password:</source>
        <translation>App-Passwort:</translation>
    </message>
    <message>
        <source>Calendar:</source>
        <translation>Kalender:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>These buttons act at once; Save and Cancel are for the other tabs.</source>
        <translation>Diese Schaltflächen wirken sofort; Speichern und Abbrechen gelten für die anderen Reiter.</translation>
    </message>
    <message>
        <source>Connected to {server} as {user}: calendar “{calendar}”.</source>
        <translation>Verbunden mit {server} als {user}: Kalender „{calendar}“.</translation>
    </message>
    <message>
        <source>Not connected: the plan stays on this computer.</source>
        <translation>Nicht verbunden: Der Plan bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Create a “{name}” calendar</source>
        <translation>Kalender „{name}“ anlegen</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frage den Server…</translation>
    </message>
    <message numerus="yes">
        <source>The server answers and accepts the sign-in; it has %Ln calendar(s).</source>
        <translation>
            <numerusform>Der Server antwortet und nimmt die Anmeldung an; er hat %Ln Kalender.</numerusform>
            <numerusform>Der Server antwortet und nimmt die Anmeldung an; er hat %Ln Kalender.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %Ln calendar(s); pick one.</source>
        <translation>
            <numerusform>%Ln Kalender gefunden; wählen Sie einen.</numerusform>
            <numerusform>%Ln Kalender gefunden; wählen Sie einen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connected; the calendar “{calendar}” was created.</source>
        <translation>Verbunden; der Kalender „{calendar}“ wurde angelegt.</translation>
    </message>
    <message>
        <source>Connected to the calendar “{calendar}”.</source>
        <translation>Verbunden mit dem Kalender „{calendar}“.</translation>
    </message>
    <message>
        <source>The plan is being published now.</source>
        <translation>Der Plan wird jetzt veröffentlicht.</translation>
    </message>
    <message>
        <source>Disconnect the calendar server</source>
        <translation>Kalenderserver trennen</translation>
    </message>
    <message numerus="yes">
        <source>Stop publishing the plan to this calendar. Remove the %Ln published event(s) from your calendar too?</source>
        <translation>
            <numerusform>Den Plan nicht mehr in diesem Kalender veröffentlichen. Auch den %Ln veröffentlichten Termin aus Ihrem Kalender entfernen?</numerusform>
            <numerusform>Den Plan nicht mehr in diesem Kalender veröffentlichen. Auch die %Ln veröffentlichten Termine aus Ihrem Kalender entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove them and disconnect</source>
        <translation>&amp;Entfernen und trennen</translation>
    </message>
    <message>
        <source>&amp;Keep them and disconnect</source>
        <translation>&amp;Behalten und trennen</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Trenne…</translation>
    </message>
    <message numerus="yes">
        <source>Disconnected; %Ln event(s) removed from the calendar.</source>
        <translation>
            <numerusform>Getrennt; %Ln Termin aus dem Kalender entfernt.</numerusform>
            <numerusform>Getrennt; %Ln Termine aus dem Kalender entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected; the events stay on the calendar.</source>
        <translation>Getrennt; die Termine bleiben im Kalender.</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendar server</source>
        <translation>Kalenderserver</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Changed on both sides (the plan&apos;s version was kept):</source>
        <translation>Auf beiden Seiten geändert (die Fassung des Plans wurde behalten):</translation>
    </message>
    <message>
        <source>Calendar conflicts</source>
        <translation>Kalenderkonflikte</translation>
    </message>
    <message>
        <source>&amp;Take the calendar&apos;s version</source>
        <translation>Fassung des &amp;Kalenders übernehmen</translation>
    </message>
    <message>
        <source>Connected to {server} as {user}: calendar “{calendar}”.</source>
        <translation>Verbunden mit {server} als {user}: Kalender „{calendar}“.</translation>
    </message>
    <message>
        <source>No calendar server is connected; connect one in Settings.</source>
        <translation>Kein Kalenderserver verbunden; verbinden Sie einen in den Einstellungen.</translation>
    </message>
    <message>
        <source>A touch-point</source>
        <translation>Ein Kontaktpunkt</translation>
    </message>
    <message>
        <source>A touch-point no longer in the plan</source>
        <translation>Ein Kontaktpunkt, der nicht mehr im Plan ist</translation>
    </message>
    <message>
        <source>{title}: kept on {plan}; your calendar had deleted it.</source>
        <translation>{title}: am {plan} behalten; Ihr Kalender hatte ihn gelöscht.</translation>
    </message>
    <message>
        <source>{title}: kept on {plan}; your calendar had it on {calendar}.</source>
        <translation>{title}: am {plan} behalten; Ihr Kalender hatte ihn am {calendar}.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>Taken; the next sync publishes it.</source>
        <translation>Übernommen; der nächste Abgleich veröffentlicht es.</translation>
    </message>
</context>
<context>
    <name>CalendarPasswordDialog</name>
    <message>
        <source>Calendar password</source>
        <translation>Kalenderpasswort</translation>
    </message>
    <message>
        <source>The calendar server {server} asks for the password of {user}. This computer has no keychain to keep it in, so it is asked once each time the app starts.</source>
        <translation>Der Kalenderserver {server} fragt nach dem Passwort von {user}. Dieser Computer hat keinen Schlüsselbund, um es aufzubewahren; deshalb wird es bei jedem Start der App einmal abgefragt.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>CalendarRunner</name>
    <message>
        <source>The calendar work failed; see the log.</source>
        <translation>Die Arbeit mit dem Kalender ist fehlgeschlagen; siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>CalendarStatusButton</name>
    <message>
        <source>Calendar server</source>
        <translation>Kalenderserver</translation>
    </message>
    <message>
        <source>{status}
Click for the calendar: Sync now and conflicts.</source>
        <translation>{status}
Klicken für den Kalender: jetzt abgleichen und Konflikte.</translation>
    </message>
</context>
<context>
    <name>CalendarSteps</name>
    <message>
        <source>Take the calendar&apos;s version</source>
        <translation>Fassung des Kalenders übernehmen</translation>
    </message>
</context>
<context>
    <name>CalendarWords</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>vor %Ln Min.</numerusform>
            <numerusform>vor %Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>vor %Ln Std.</numerusform>
            <numerusform>vor %Ln Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with your calendar…</source>
        <translation>Abgleich mit Ihrem Kalender…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %Ln change(s) waiting</source>
        <translation>
            <numerusform>Offline — %Ln Änderung wartet</numerusform>
            <numerusform>Offline — %Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar: %Ln change(s) waiting</source>
        <translation>
            <numerusform>Kalender: %Ln Änderung wartet</numerusform>
            <numerusform>Kalender: %Ln Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar not synced yet</source>
        <translation>Kalender noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Calendar up to date · {ago}</source>
        <translation>Kalender aktuell · {ago}</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln conflict(s)</source>
        <translation>
            <numerusform> · %Ln Konflikt</numerusform>
            <numerusform> · %Ln Konflikte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>⚠ Late</source>
        <translation>⚠ Verspätet</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Nothing planned

Double-click
to plan one</source>
        <translation>Nichts geplant

Planen per
Doppelklick</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neuer Account</translation>
    </message>
    <message>
        <source>Company name (required)</source>
        <translation>Firmenname (Pflichtfeld)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Days before the end</source>
        <translation>Tage vor dem Ende</translation>
    </message>
    <message>
        <source>e.g. service problems, a competitor circling, a champion leaving</source>
        <translation>z. B. Serviceprobleme, ein Wettbewerber in Lauerstellung, ein Fürsprecher geht</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>Liefert</translation>
    </message>
    <message>
        <source>Contract end (YYYY-MM-DD)</source>
        <translation>Vertragsende (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Add competitor</source>
        <translation>Wettbewerber hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Segmentierung</translation>
    </message>
    <message>
        <source>&amp;Buying timeframe</source>
        <translation>&amp;Kaufzeitrahmen</translation>
    </message>
    <message>
        <source>&amp;Growth potential</source>
        <translation>Wachstums&amp;potenzial</translation>
    </message>
    <message>
        <source>&amp;Margin %</source>
        <translation>&amp;Marge %</translation>
    </message>
    <message>
        <source>&amp;Deal size</source>
        <translation>Auftrags&amp;volumen</translation>
    </message>
    <message>
        <source>Our annual &amp;revenue</source>
        <translation>Unser Jahres&amp;umsatz</translation>
    </message>
    <message>
        <source>Their annual &amp;wallet</source>
        <translation>Ihr &amp;Jahresbudget</translation>
    </message>
    <message>
        <source>Contract and relationship</source>
        <translation>Vertrag und Beziehung</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Renewal &amp;notice (days)</source>
        <translation>Kündigungs&amp;frist (Tage)</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>Beziehungs&amp;status</translation>
    </message>
    <message>
        <source>Health reason</source>
        <translation>Grund für den Beziehungsstatus</translation>
    </message>
    <message>
        <source>Incumbent competitors</source>
        <translation>Bisherige Lieferanten</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Competitor row {row} needs a name.</source>
        <translation>Der Wettbewerber in Zeile {row} braucht einen Namen.</translation>
    </message>
    <message>
        <source>The contract end of {name} must be a date like 2027-03-31, or left empty.</source>
        <translation>Das Vertragsende von {name} muss ein Datum wie 2027-03-31 sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Der Account braucht einen Namen.</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marge %</translation>
    </message>
    <message>
        <source>Margin % must be between 0 and 100.</source>
        <translation>Marge % muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>Deal size</source>
        <translation>Auftragsvolumen</translation>
    </message>
    <message>
        <source>Deal size cannot be negative.</source>
        <translation>Das Auftragsvolumen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Our annual revenue</source>
        <translation>Unser Jahresumsatz</translation>
    </message>
    <message>
        <source>Our annual revenue cannot be negative.</source>
        <translation>Unser Jahresumsatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Their annual wallet</source>
        <translation>Ihr Jahresbudget</translation>
    </message>
    <message>
        <source>Their annual wallet cannot be negative.</source>
        <translation>Ihr Jahresbudget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>Renewal notice cannot be negative.</source>
        <translation>Die Kündigungsfrist darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>Der Vertrag kann nicht vor seinem Beginn enden.</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Job history</source>
        <translation>Berufliche Stationen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>No job recorded.</source>
        <translation>Keine Stelle erfasst.</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No touch-points with this person yet.</source>
        <translation>Noch keine Kontaktpunkte mit dieser Person.</translation>
    </message>
    <message>
        <source>Content received</source>
        <translation>Erhaltene Inhalte</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Nothing sent yet — use “Record sent to…” in the library.</source>
        <translation>Noch nichts gesendet — verwenden Sie „Versand erfassen…“ in der Inhaltsbibliothek.</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <source>{title} at {account}</source>
        <translation>{title} bei {account}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Personal notes</source>
        <translation>Persönliche Notizen</translation>
    </message>
    <message>
        <source>(deleted account)</source>
        <translation>(gelöschter Account)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Their current job</source>
        <translation>Aktuelle Stelle</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Kein Unternehmen</translation>
    </message>
    <message>
        <source>To change the company, use “Moved to another company…”: it keeps the old job.</source>
        <translation>Um die Firma zu ändern, verwenden Sie „Zu einer anderen Firma gewechselt…“: Der bisherige Job bleibt erhalten.</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>Interests, family, hobbies — for touches that are not about business</source>
        <translation>Interessen, Familie, Hobbys — für Kontaktpunkte ohne Geschäftsbezug</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <source>&amp;Buying role</source>
        <translation>&amp;Kaufrolle</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Profile &amp;URL</source>
        <translation>Profil-UR&amp;L</translation>
    </message>
    <message>
        <source>Personal &amp;notes</source>
        <translation>Persönliche N&amp;otizen</translation>
    </message>
    <message>
        <source>The contact needs a first or last name.</source>
        <translation>Der Kontakt braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address (expected name@company.com).</source>
        <translation>„{email}“ ist keine E-Mail-Adresse (erwartet: name@firma.de).</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Kaufrolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Kein Unternehmen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln contact(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Kontakt</numerusform>
            <numerusform>{shown} von %Ln Kontakten</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to another company…</source>
        <translation>Zu einer anderen Firma gewechselt…</translation>
    </message>
    <message>
        <source>They changed jobs: keep the old job and their touch history</source>
        <translation>Jobwechsel: alte Stelle und Verlauf der Kontaktpunkte bleiben erhalten</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>The selected contact is a duplicate: fold it into another, keeping its history</source>
        <translation>Der ausgewählte Kontakt ist ein Duplikat: in einen anderen überführen, der Verlauf bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>ContentDetail</name>
    <message>
        <source>Intended for</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Erhalten von</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Not sent to anyone yet — use “Record sent to…”.</source>
        <translation>Noch an niemanden gesendet — nutzen Sie „Versand erfassen…“.</translation>
    </message>
    <message>
        <source>No content selected</source>
        <translation>Kein Inhalt ausgewählt</translation>
    </message>
    <message>
        <source>Link or file</source>
        <translation>Link oder Datei</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Shown for copying; the planner never opens it.</source>
        <translation>Nur zum Kopieren angezeigt; Nurture Planner öffnet dies nie.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Account kinds</source>
        <translation>Account-Arten</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
</context>
<context>
    <name>ContentDialog</name>
    <message>
        <source>Edit {title}</source>
        <translation>{title} bearbeiten</translation>
    </message>
    <message>
        <source>New content item</source>
        <translation>Neuer Inhalt</translation>
    </message>
    <message>
        <source>Title (required)</source>
        <translation>Titel (Pflichtfeld)</translation>
    </message>
    <message>
        <source>https://… or a file on this computer</source>
        <translation>https://… oder eine Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>e.g. packaging, sustainability, cost</source>
        <translation>z. B. Verpackung, Nachhaltigkeit, Kosten</translation>
    </message>
    <message>
        <source>Comma-separated; empty means every industry</source>
        <translation>Kommagetrennt; leer bedeutet alle Branchen</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Link or file</source>
        <translation>&amp;Link oder Datei</translation>
    </message>
    <message>
        <source>T&amp;opics</source>
        <translation>T&amp;hemen</translation>
    </message>
    <message>
        <source>For account kinds</source>
        <translation>Für Account-Arten</translation>
    </message>
    <message>
        <source>For levels</source>
        <translation>Für Ebenen</translation>
    </message>
    <message>
        <source>For &amp;industries</source>
        <translation>Für &amp;Branchen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Choose the content file</source>
        <translation>Inhaltsdatei auswählen</translation>
    </message>
    <message>
        <source>The content item needs a title.</source>
        <translation>Der Inhalt braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>ContentLibraryView</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln item(s)</source>
        <translation>
            <numerusform>{shown} von %Ln Eintrag</numerusform>
            <numerusform>{shown} von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Record sent to…</source>
        <translation>Versand erfassen…</translation>
    </message>
    <message>
        <source>Log that this item went to one or several contacts</source>
        <translation>Erfassen, dass dieser Inhalt an einen oder mehrere Kontakte ging</translation>
    </message>
</context>
<context>
    <name>ContentModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Plan call on {day}</source>
        <translation>Anruf am {day} planen</translation>
    </message>
    <message>
        <source>Plan e-mail on {day}</source>
        <translation>E-Mail am {day} planen</translation>
    </message>
    <message>
        <source>Plan meeting on {day}</source>
        <translation>Meeting am {day} planen</translation>
    </message>
    <message>
        <source>Plan visit on {day}</source>
        <translation>Besuch am {day} planen</translation>
    </message>
    <message>
        <source>Plan sending content on {day}</source>
        <translation>Inhaltsversand am {day} planen</translation>
    </message>
    <message>
        <source>Plan social touch on {day}</source>
        <translation>Social-Media-Kontakt am {day} planen</translation>
    </message>
    <message>
        <source>Plan personal touch on {day}</source>
        <translation>Persönlichen Kontakt am {day} planen</translation>
    </message>
    <message>
        <source>Plan {title}</source>
        <translation>{title} planen</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>E</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>P</source>
        <translation>A</translation>
    </message>
    <message>
        <source>{letter} = {level}</source>
        <translation>{letter} = {level}</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Keine Accounts</translation>
    </message>
    <message>
        <source>no contacts</source>
        <translation>keine Kontakte</translation>
    </message>
    <message>
        <source>✓ covered at every level</source>
        <translation>✓ auf allen Ebenen abgedeckt</translation>
    </message>
    <message>
        <source>{executives}, {managers}, {practitioners}</source>
        <translation>{executives}, {managers}, {practitioners}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln executive(s)</source>
        <translation>
            <numerusform>%Ln Führungskraft</numerusform>
            <numerusform>%Ln Führungskräfte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln manager(s)</source>
        <translation>
            <numerusform>%Ln Manager</numerusform>
            <numerusform>%Ln Manager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln practitioner(s)</source>
        <translation>
            <numerusform>%Ln Fachanwender</numerusform>
            <numerusform>%Ln Fachanwender</numerusform>
        </translation>
    </message>
    <message>
        <source>Covered at every level.</source>
        <translation>Auf allen Ebenen abgedeckt.</translation>
    </message>
    <message>
        <source>{account}: {counts}</source>
        <translation>{account}: {counts}</translation>
    </message>
    <message>
        <source>Click to open the account.</source>
        <translation>Klicken, um den Account zu öffnen.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside Nurture Planner. Everything saved before this is safe, and you can keep working; if it happens again, please report it with the details below.</source>
        <translation>In Nurture Planner ist ein Fehler aufgetreten. Alles, was Sie zuvor gespeichert haben, ist sicher, und Sie können weiterarbeiten. Falls es erneut passiert, melden Sie den Fehler bitte mit den folgenden Details.</translation>
    </message>
    <message>
        <source>The details were also written to {path}.</source>
        <translation>Die Details wurden auch in {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>DayColumn</name>
    <message>
        <source>Touch-points on {day}</source>
        <translation>Kontaktpunkte am {day}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s)</source>
        <translation>
            <numerusform>%Ln Kontaktpunkt</numerusform>
            <numerusform>%Ln Kontaktpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Over the limit: {load} of {limit}</source>
        <translation>Über dem Limit: {load} von {limit}</translation>
    </message>
    <message>
        <source>Over limit: {load}/{limit}</source>
        <translation>Über Limit: {load}/{limit}</translation>
    </message>
    <message>
        <source>⚠ {load}/{limit}</source>
        <translation>⚠ {load}/{limit}</translation>
    </message>
    <message>
        <source>Today · {count}</source>
        <translation>Heute · {count}</translation>
    </message>
    <message numerus="yes">
        <source>{touchpoints}: more than your limit of %Ln a day</source>
        <translation>
            <numerusform>{touchpoints}: mehr als Ihr Limit von %Ln pro Tag</numerusform>
            <numerusform>{touchpoints}: mehr als Ihr Limit von %Ln pro Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s) to do or done</source>
        <translation>
            <numerusform>%Ln Kontaktpunkt offen oder erledigt</numerusform>
            <numerusform>%Ln Kontaktpunkte offen oder erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: a day off with {touchpoints} on it</source>
        <translation>{day}: ein freier Tag mit {touchpoints}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
</context>
<context>
    <name>DismissedButton</name>
    <message>
        <source>Show what was dismissed this week and bring it back</source>
        <translation>Zeigt, was diese Woche verworfen wurde, und holt es zurück</translation>
    </message>
    <message numerus="yes">
        <source>Dismissed (%Ln)</source>
        <translation>
            <numerusform>Verworfen (%Ln)</numerusform>
            <numerusform>Verworfen (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore “{what}”</source>
        <translation>„{what}“ wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restore all %Ln</source>
        <translation>
            <numerusform>Alle %Ln wiederherstellen</numerusform>
            <numerusform>Alle %Ln wiederherstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>EngineRunner</name>
    <message>
        <source>The plan could not be worked out; see the log.</source>
        <translation>Der Plan konnte nicht berechnet werden; Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, ganztägig</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{when} ({elsewhere})</source>
        <translation>{when} ({elsewhere})</translation>
    </message>
    <message>
        <source>{status}: {outcome}</source>
        <translation>{status}: {outcome}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Content: {title}</source>
        <translation>Inhalt: {title}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{what} {value!r} is not a valid date (expected YYYY-MM-DD)</source>
        <translation>{what} {value!r} ist kein gültiges Datum (erwartet: JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a valid date ({reason})</source>
        <translation>{what} {value!r} ist kein gültiges Datum ({reason})</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a valid time (expected HH:MM)</source>
        <translation>{what} {value!r} ist keine gültige Uhrzeit (erwartet: HH:MM)</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a valid time (hours run 00-23, minutes 00-59)</source>
        <translation>{what} {value!r} ist keine gültige Uhrzeit (Stunden 00–23, Minuten 00–59)</translation>
    </message>
    <message>
        <source>A cadence rule is not valid: {problem}.</source>
        <translation>Eine Rhythmusregel ist ungültig: {problem}.</translation>
    </message>
    <message>
        <source>A cadence&apos;s ideal interval must be at least one day and at most its maximum.</source>
        <translation>Das ideale Intervall eines Rhythmus muss mindestens einen Tag betragen und darf sein Maximum nicht überschreiten.</translation>
    </message>
    <message>
        <source>Working hours are needed for all seven weekdays.</source>
        <translation>Für alle sieben Wochentage werden Arbeitszeiten gebraucht.</translation>
    </message>
    <message>
        <source>A call, meeting or visit lasts between 5 and 480 minutes.</source>
        <translation>Ein Anruf, Termin oder Besuch dauert zwischen 5 und 480 Minuten.</translation>
    </message>
    <message>
        <source>Capacity must be at least one touch-point a day.</source>
        <translation>Die Kapazität muss mindestens einen Kontaktpunkt pro Tag betragen.</translation>
    </message>
    <message>
        <source>Pick at least one working day (0 = Monday … 6 = Sunday).</source>
        <translation>Wählen Sie mindestens einen Arbeitstag (0 = Montag … 6 = Sonntag).</translation>
    </message>
    <message>
        <source>The lost-touch limit must be at least a week.</source>
        <translation>Die Grenze für „Kontakt verloren“ muss mindestens eine Woche betragen.</translation>
    </message>
    <message>
        <source>Runway offsets are days before the contract end (negative).</source>
        <translation>Vorlauf-Abstände sind Tage vor dem Vertragsende (negativ).</translation>
    </message>
    <message>
        <source>The road factor lies between 1.0 and 3.0.</source>
        <translation>Der Umwegfaktor liegt zwischen 1,0 und 3,0.</translation>
    </message>
    <message>
        <source>The driving speed lies between 5 and 200 km/h.</source>
        <translation>Die Fahrgeschwindigkeit liegt zwischen 5 und 200 km/h.</translation>
    </message>
    <message>
        <source>A visit lasts between 10 and 480 minutes.</source>
        <translation>Ein Besuch dauert zwischen 10 und 480 Minuten.</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Der Arbeitstag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>The nurture settings are not a JSON object.</source>
        <translation>Die Einstellungen zur Beziehungspflege sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The nurture settings are not valid: {problem}.</source>
        <translation>Die Einstellungen zur Beziehungspflege sind ungültig: {problem}.</translation>
    </message>
    <message>
        <source>{path} (from {when})</source>
        <translation>{path} (vom {when})</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {error}.</source>
        <translation>Die Sicherung nach {path} ist fehlgeschlagen: {error}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the backup file to write.</source>
        <translation>{path} ist ein Ordner; geben Sie den Namen der zu schreibenden Sicherungsdatei an.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database it copies.</source>
        <translation>Die Sicherung kann die Datenbank, die sie kopiert, nicht überschreiben.</translation>
    </message>
    <message>
        <source>Saves as {name}.</source>
        <translation>Wird als {name} gespeichert.</translation>
    </message>
    <message>
        <source>Calendar apps expect a name that ends in {suffix}.</source>
        <translation>Kalender-Apps erwarten einen Namen, der auf {suffix} endet.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder.</source>
        <translation>{folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>The file name contains a character that file names cannot have.</source>
        <translation>Der Dateiname enthält ein Zeichen, das in Dateinamen nicht vorkommen darf.</translation>
    </message>
    <message>
        <source>{path} is a folder; add a file name, for example {example}.</source>
        <translation>{path} ist ein Ordner; ergänzen Sie einen Dateinamen, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>{path} cannot be reached.</source>
        <translation>{path} ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{path} is a device or special file; an export never replaces one.</source>
        <translation>{path} ist ein Gerät oder eine Spezialdatei; ein Export ersetzt so etwas nie.</translation>
    </message>
    <message>
        <source>{path} is read-only; change its permissions or choose another file.</source>
        <translation>{path} ist schreibgeschützt; ändern Sie die Berechtigungen oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The folder {folder} is not writable; choose another folder.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden; wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{path} exists and is not a calendar exported from this plan; it was not replaced.</source>
        <translation>{path} existiert und ist kein aus diesem Plan exportierter Kalender; die Datei wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used safely; no backup of it was found in {folder}.</source>
        <translation>{path} ist beschädigt und kann nicht sicher verwendet werden; in {folder} wurde keine Sicherung davon gefunden.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be used safely; the latest backup is {backup}; restore it with `nurture-planner restore {file} --db {path}`.</source>
        <translation>{path} ist beschädigt und kann nicht sicher verwendet werden; die neueste Sicherung ist {backup}; stellen Sie sie mit `nurture-planner restore {file} --db {path}` wieder her.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>the integrity check could not run: {error}</source>
        <translation>die Integritätsprüfung konnte nicht ausgeführt werden: {error}</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a missing {parent} record</source>
        <translation>{table}, Zeile {row}, verweist auf einen fehlenden Datensatz in {parent}</translation>
    </message>
    <message>
        <source>the foreign-key check could not run: {error}</source>
        <translation>die Fremdschlüsselprüfung konnte nicht ausgeführt werden: {error}</translation>
    </message>
    <message>
        <source>it does not hold a Nurture Planner plan</source>
        <translation>die Datei enthält keinen Plan von Nurture Planner</translation>
    </message>
    <message>
        <source>{path} is not a Nurture Planner backup (not an SQLite database); nothing was changed.</source>
        <translation>{path} ist keine Sicherung von Nurture Planner (keine SQLite-Datenbank); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); choose another backup. Nothing was changed.</source>
        <translation>{path} ist beschädigt ({problem}); wählen Sie eine andere Sicherung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} does not hold a Nurture Planner plan; nothing was changed.</source>
        <translation>{path} enthält keinen Plan von Nurture Planner; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {problem}. Nothing was changed.</source>
        <translation>{path} kann nicht wiederhergestellt werden: {problem}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} is read-only, so it cannot be replaced; change its permissions first. Nothing was changed.</source>
        <translation>{path} ist schreibgeschützt und kann daher nicht ersetzt werden; ändern Sie zuerst die Berechtigungen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder {folder} is not writable, so the plan cannot be replaced there. Nothing was changed.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden, daher kann der Plan dort nicht ersetzt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} is in use by another program; close it there and try again.</source>
        <translation>{path} wird von einem anderen Programm verwendet; schließen Sie die Datei dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup file.</source>
        <translation>{path} ist die Datenbank selbst; wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>{path} is open in a Nurture Planner window; close it there and try again.</source>
        <translation>{path} ist in einem Fenster von Nurture Planner geöffnet; schließen Sie die Datei dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no account with id {id}.</source>
        <translation>Es gibt keinen Account mit der ID {id}.</translation>
    </message>
    <message>
        <source>A position needs both a latitude and a longitude.</source>
        <translation>Eine Position braucht Breite und Länge.</translation>
    </message>
    <message>
        <source>A latitude lies between -90 and 90, a longitude between -180 and 180.</source>
        <translation>Eine Breite liegt zwischen -90 und 90, eine Länge zwischen -180 und 180.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Account braucht einen Namen.</translation>
    </message>
    <message>
        <source>No account is called {name!r}.</source>
        <translation>Kein Account heißt {name!r}.</translation>
    </message>
    <message>
        <source>{name!r} matches several accounts: {names}.</source>
        <translation>{name!r} passt auf mehrere Accounts: {names}.</translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation>Es gibt keinen Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>No contact is called {name!r}.</source>
        <translation>Kein Kontakt heißt {name!r}.</translation>
    </message>
    <message>
        <source>{name!r} matches several contacts: {names}.</source>
        <translation>{name!r} passt auf mehrere Kontakte: {names}.</translation>
    </message>
    <message>
        <source>{name} already works there.</source>
        <translation>{name} arbeitet bereits dort.</translation>
    </message>
    <message>
        <source>There is no content item with id {id}.</source>
        <translation>Es gibt keinen Inhalt mit der ID {id}.</translation>
    </message>
    <message>
        <source>A content item needs a title.</source>
        <translation>Ein Inhalt braucht einen Titel.</translation>
    </message>
    <message>
        <source>{path} is not a Nurture Planner database (not an SQLite file).</source>
        <translation>{path} ist keine Datenbank von Nurture Planner (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>The database is not a Nurture Planner database (not an SQLite file).</source>
        <translation>Die Datenbank ist keine Datenbank von Nurture Planner (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>{path} is damaged (the database disk image is malformed); restore a backup.</source>
        <translation>{path} ist beschädigt (das Datenbankabbild ist fehlerhaft); stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database is damaged (the database disk image is malformed); restore a backup.</source>
        <translation>Die Datenbank ist beschädigt (das Datenbankabbild ist fehlerhaft); stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>{path} is locked by another program; close it there and try again.</source>
        <translation>{path} ist von einem anderen Programm gesperrt; schließen Sie die Datei dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database is locked by another program; close it there and try again.</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt; schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is read-only; change its permissions or copy it somewhere writable.</source>
        <translation>{path} ist schreibgeschützt; ändern Sie die Berechtigungen oder kopieren Sie die Datei an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>The database is read-only; change its permissions or copy it somewhere writable.</source>
        <translation>Die Datenbank ist schreibgeschützt; ändern Sie die Berechtigungen oder kopieren Sie sie an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so the last change was not saved (everything saved before it is safe); free some space and try again.</source>
        <translation>Der Datenträger mit {path} ist voll, daher wurde die letzte Änderung nicht gespeichert (alles zuvor Gespeicherte ist sicher); geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so the last change was not saved (everything saved before it is safe); free some space and try again.</source>
        <translation>Der Datenträger mit der Datenbank ist voll, daher wurde die letzte Änderung nicht gespeichert (alles zuvor Gespeicherte ist sicher); geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} could not be read or written (the disk or its file system failed); check the disk and try again.</source>
        <translation>{path} konnte nicht gelesen oder geschrieben werden (der Datenträger oder sein Dateisystem hat versagt); prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database could not be read or written (the disk or its file system failed); check the disk and try again.</source>
        <translation>Die Datenbank konnte nicht gelesen oder geschrieben werden (der Datenträger oder sein Dateisystem hat versagt); prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} cannot be opened; check that its folder exists and is writable.</source>
        <translation>{path} kann nicht geöffnet werden; prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The database cannot be opened; check that its folder exists and is writable.</source>
        <translation>Die Datenbank kann nicht geöffnet werden; prüfen Sie, ob ihr Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The folder {folder} of {path} does not exist.</source>
        <translation>Der Ordner {folder} von {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The folder {folder} is not writable, so changes to {path} cannot be saved; change the folder&apos;s permissions or copy the file somewhere writable.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden, daher lassen sich Änderungen an {path} nicht speichern; ändern Sie die Berechtigungen des Ordners oder kopieren Sie die Datei an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Nurture Planner; update the app to open it.</source>
        <translation>{path} wurde von einer neueren Version von Nurture Planner geschrieben; aktualisieren Sie die App, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>{path} is empty: it holds no plan. Nothing was changed.</source>
        <translation>{path} ist leer: Die Datei enthält keinen Plan. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} does not hold a Nurture Planner plan (it is another program&apos;s database); nothing was changed.</source>
        <translation>{path} enthält keinen Nurture-Planner-Plan (es ist die Datenbank eines anderen Programms); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} cannot be read; check its permissions.</source>
        <translation>{path} kann nicht gelesen werden; prüfen Sie die Berechtigungen.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}).</source>
        <translation>{path} ist beschädigt ({problem}).</translation>
    </message>
    <message>
        <source>{path} is damaged (broken links between records).</source>
        <translation>{path} ist beschädigt (fehlerhafte Verknüpfungen zwischen Datensätzen).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another file.</source>
        <translation>Der Ordner {folder} existiert nicht; legen Sie ihn zuerst an oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>There is no import number {number}.</source>
        <translation>Es gibt keinen Import mit der Nummer {number}.</translation>
    </message>
    <message>
        <source>Import {number} has already been undone.</source>
        <translation>Import {number} wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>There is no screening with id {id}.</source>
        <translation>Es gibt keine Prüfung mit der ID {id}.</translation>
    </message>
    <message>
        <source>That touch-point is already done.</source>
        <translation>Dieser Kontaktpunkt ist bereits erledigt.</translation>
    </message>
    <message>
        <source>There is no touch-point with id {id}.</source>
        <translation>Es gibt keinen Kontaktpunkt mit der ID {id}.</translation>
    </message>
    <message>
        <source>The touch-point was changed since (perhaps from the command line or another window); it was left as it is now, so that change is not lost.</source>
        <translation>Der Kontaktpunkt wurde inzwischen geändert (vielleicht über die Kommandozeile oder in einem anderen Fenster); er bleibt, wie er jetzt ist, damit diese Änderung nicht verloren geht.</translation>
    </message>
    <message>
        <source>The touch-point was deleted since (perhaps from the command line or another window); nothing was changed.</source>
        <translation>Der Kontaktpunkt wurde inzwischen gelöscht (vielleicht über die Kommandozeile oder in einem anderen Fenster); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A touch-point lasts between 0 minutes and a day.</source>
        <translation>Ein Kontaktpunkt dauert zwischen 0 Minuten und einem Tag.</translation>
    </message>
    <message>
        <source>{zone!r} is not a known time zone.</source>
        <translation>{zone!r} ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself.</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>An account cannot be merged with itself.</source>
        <translation>Ein Account kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The export range starts ({first}) after it ends ({last}).</source>
        <translation>Der Exportzeitraum beginnt ({first}) nach seinem Ende ({last}).</translation>
    </message>
    <message>
        <source>A reminder is between 0 and {minutes} minutes before the start.</source>
        <translation>Eine Erinnerung liegt zwischen 0 und {minutes} Minuten vor dem Beginn.</translation>
    </message>
    <message>
        <source>The number of weeks ahead cannot be negative.</source>
        <translation>Die Anzahl der Wochen im Voraus darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Touch-point {id} has an unknown time zone {zone!r}; fix it before exporting.</source>
        <translation>Kontaktpunkt {id} hat die unbekannte Zeitzone {zone!r}; korrigieren Sie sie vor dem Export.</translation>
    </message>
    <message>
        <source>Choose a file for the automatic calendar export.</source>
        <translation>Wählen Sie eine Datei für den automatischen Kalenderexport.</translation>
    </message>
    <message>
        <source>the table {table} is missing</source>
        <translation>die Tabelle {table} fehlt</translation>
    </message>
    <message>
        <source>the table {table} has no column {column}</source>
        <translation>der Tabelle {table} fehlt die Spalte {column}</translation>
    </message>
    <message>
        <source>{table} row {row} has a value this version cannot read in {column}</source>
        <translation>{table} Zeile {row} hat in {column} einen Wert, den diese Version nicht lesen kann</translation>
    </message>
    <message>
        <source>{path} cannot be used: {problem}. It was left unchanged; restore a backup or open another plan.</source>
        <translation>{path} kann nicht verwendet werden: {problem}. Die Datei blieb unverändert; stellen Sie eine Sicherung wieder her oder öffnen Sie einen anderen Plan.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>{path} kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, a device or a socket); choose a file.</source>
        <translation>{path} ist keine gewöhnliche Datei (sondern eine Pipe, ein Gerät oder ein Socket); wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>{path} is being restored or written by another program; try again in a moment.</source>
        <translation>{path} wird gerade von einem anderen Programm wiederhergestellt oder geschrieben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{path} was replaced (a backup was restored) while it was open here; nothing was saved. Open it again.</source>
        <translation>{path} wurde ersetzt (eine Sicherung wurde wiederhergestellt), während die Datei hier geöffnet war; es wurde nichts gespeichert. Öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The disk is full: {file} was not written; free some space and try again.</source>
        <translation>Der Datenträger ist voll: {file} wurde nicht geschrieben; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{folder} is on a read-only disk: {file} was not written.</source>
        <translation>{folder} liegt auf einem schreibgeschützten Datenträger: {file} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>{file} is read-only; change its permissions or choose another file.</source>
        <translation>{file} ist schreibgeschützt; ändern Sie die Berechtigungen oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Part of {file} is a file, not a folder.</source>
        <translation>Ein Teil von {file} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The name {file} is too long.</source>
        <translation>Der Name {file} ist zu lang.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} konnte nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>The record was changed since (perhaps from the command line or another window); it was left as it is now, so that change is not lost.</source>
        <translation>Der Eintrag wurde inzwischen geändert (vielleicht über die Kommandozeile oder in einem anderen Fenster); er bleibt, wie er jetzt ist, damit diese Änderung nicht verloren geht.</translation>
    </message>
    <message>
        <source>{path} exists and is not an earlier CSV export; nothing was replaced.</source>
        <translation>{path} existiert und ist kein früherer CSV-Export; es wurde nichts ersetzt.</translation>
    </message>
    <message>
        <source>Time off must end on or after the day it starts.</source>
        <translation>Eine Abwesenheit muss am oder nach ihrem ersten Tag enden.</translation>
    </message>
    <message>
        <source>Time off can be at most a year at a time.</source>
        <translation>Eine Abwesenheit kann höchstens ein Jahr am Stück dauern.</translation>
    </message>
    <message>
        <source>--accept and --complete are shares between 0 and 1.</source>
        <translation>--accept und --complete sind Anteile zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not “{text}”.</source>
        <translation>{what} muss eine ganze Zahl sein, nicht „{text}“.</translation>
    </message>
    <message>
        <source>“{key}” is not a setting; known: {keys}.</source>
        <translation>„{key}“ ist keine Einstellung; bekannt sind: {keys}.</translation>
    </message>
    <message>
        <source>The setting {key} takes one value.</source>
        <translation>Die Einstellung {key} nimmt einen Wert.</translation>
    </message>
    <message>
        <source>“{text}” is not a time; write it as HH:MM, e.g. 09:00.</source>
        <translation>„{text}“ ist keine Uhrzeit; schreiben Sie sie als HH:MM, z. B. 09:00.</translation>
    </message>
    <message>
        <source>“{text}” are not working hours; write them as 08:30-17:30.</source>
        <translation>„{text}“ sind keine Arbeitszeiten; schreiben Sie sie als 08:30-17:30.</translation>
    </message>
    <message>
        <source>Working hours must end at least half an hour after they start.</source>
        <translation>Die Arbeitszeit muss mindestens eine halbe Stunde nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>“{text}” is not a weekday; use mon, tue, … sun.</source>
        <translation>„{text}“ ist kein Wochentag; verwenden Sie mon, tue, … sun.</translation>
    </message>
    <message>
        <source>“{code}” is not a country with known public holidays (e.g. DE, US, GB).</source>
        <translation>„{code}“ ist kein Land mit bekannten Feiertagen (z. B. DE, US, GB).</translation>
    </message>
    <message>
        <source>“{region}” is not a region of {country}; known: {known}.</source>
        <translation>„{region}“ ist keine Region von {country}; bekannt sind: {known}.</translation>
    </message>
    <message>
        <source>A time-off label can be at most {n} characters.</source>
        <translation>Die Bezeichnung einer Abwesenheit darf höchstens {n} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is no time off with id {id}.</source>
        <translation>Es gibt keine Abwesenheit mit der Nummer {id}.</translation>
    </message>
    <message>
        <source>No city called {name!r} is known (try adding the country: Lyon, France).</source>
        <translation>Kein Ort namens {name!r} bekannt (versuchen Sie es mit Land: Lyon, Frankreich).</translation>
    </message>
    <message>
        <source>{url!r} is not a server address; it starts with https://.</source>
        <translation>{url!r} ist keine Serveradresse; sie beginnt mit https://.</translation>
    </message>
    <message>
        <source>Give the user name separately, not inside the server address.</source>
        <translation>Geben Sie den Benutzernamen getrennt an, nicht in der Serveradresse.</translation>
    </message>
    <message>
        <source>The calendar server at {host} is reached without encryption (http); use its https:// address (plain http is only for this computer).</source>
        <translation>Der Kalenderserver {host} wird ohne Verschlüsselung (http) erreicht; verwenden Sie seine https://-Adresse (einfaches http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>There is no keychain on this computer to keep the calendar password in; it is asked for again next time (or set {variable}).</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund für das Kalenderpasswort; es wird beim nächsten Mal erneut abgefragt (oder setzen Sie {variable}).</translation>
    </message>
    <message>
        <source>The calendar server at {server} cannot be reached; changes wait until it can.</source>
        <translation>Der Kalenderserver {server} ist nicht erreichbar; die Änderungen warten, bis er es ist.</translation>
    </message>
    <message>
        <source>The calendar server at {server} refused the user name or password.</source>
        <translation>Der Kalenderserver {server} hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>This copy of the app was built without calendar server support; export a calendar file.</source>
        <translation>Diese Ausgabe der App wurde ohne Unterstützung für Kalenderserver gebaut; exportieren Sie eine Kalenderdatei.</translation>
    </message>
    <message>
        <source>The calendar server at {server} answered with an error ({what}).</source>
        <translation>Der Kalenderserver {server} hat mit einem Fehler geantwortet ({what}).</translation>
    </message>
    <message>
        <source>The calendar server did not accept an event (HTTP {status}); it stays queued.</source>
        <translation>Der Kalenderserver hat einen Termin nicht angenommen (HTTP {status}); er bleibt in der Warteschlange.</translation>
    </message>
    <message>
        <source>No calendar server is connected to this plan on this computer; connect one first.</source>
        <translation>Mit diesem Plan ist auf diesem Computer kein Kalenderserver verbunden; verbinden Sie zuerst einen.</translation>
    </message>
    <message>
        <source>There is no open calendar conflict {id}.</source>
        <translation>Es gibt keinen offenen Kalenderkonflikt {id}.</translation>
    </message>
    <message>
        <source>The certificate of {server} could not be verified (it may be self-signed or expired); the connection was not trusted.</source>
        <translation>Das Zertifikat von {server} ließ sich nicht prüfen (vielleicht selbst signiert oder abgelaufen); der Verbindung wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>{server} answers, but it is not a calendar (CalDAV) server; check the address (your provider names it, e.g. https://cloud.example.com/remote.php/dav/).</source>
        <translation>{server} antwortet, ist aber kein Kalenderserver (CalDAV); prüfen Sie die Adresse (Ihr Anbieter nennt sie, z. B. https://cloud.example.com/remote.php/dav/).</translation>
    </message>
    <message>
        <source>{path} was not opened: its check was stopped. Nothing was changed; it is checked again when it is next opened.</source>
        <translation>{path} wurde nicht geöffnet: Die Prüfung wurde abgebrochen. Nichts wurde geändert; die Datei wird beim nächsten Öffnen erneut geprüft.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>Start today, with every overdue touch-point</source>
        <translation>Ab heute, mit allen überfälligen Kontaktpunkten</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Stufe {tier}</translation>
    </message>
    <message>
        <source>The tier the nurture engine gives the account from its score.</source>
        <translation>Die Stufe, die die Beziehungspflege-Logik dem Account anhand seiner Punktzahl zuweist.</translation>
    </message>
    <message>
        <source>Also done and skipped touch-points</source>
        <translation>Auch erledigte und übersprungene Kontaktpunkte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Einschließen</translation>
    </message>
    <message>
        <source>Added to timed touch-points only. Outlook keeps it; Google drops reminders on import.</source>
        <translation>Nur bei Kontaktpunkten mit Uhrzeit. Outlook übernimmt sie; Google verwirft Erinnerungen beim Import.</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>E&amp;rinnerung</translation>
    </message>
    <message>
        <source>Calendar &amp;name</source>
        <translation>Kalender&amp;name</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <source>&lt;b&gt;Importing:&lt;/b&gt; Google Calendar and Outlook do not update events from a file you import again — they skip or duplicate them. Import a one-off export into a dedicated calendar (delete it and import afresh to refresh), or let your calendar subscribe to a file the planner keeps up to date.</source>
        <translation>&lt;b&gt;Importieren:&lt;/b&gt; Google Kalender und Outlook aktualisieren keine Termine aus einer Datei, die Sie erneut importieren — sie überspringen oder duplizieren sie. Importieren Sie einen einmaligen Export in einen eigenen Kalender (zum Aktualisieren löschen und neu importieren), oder lassen Sie Ihren Kalender eine Datei abonnieren, die der Planner aktuell hält.</translation>
    </message>
    <message>
        <source>Keep a calendar file up to date…</source>
        <translation>Kalenderdatei aktuell halten…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln touch-point(s) to {path}.</source>
        <translation>
            <numerusform>%Ln Kontaktpunkt in {path} gespeichert.</numerusform>
            <numerusform>%Ln Kontaktpunkte in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln touch-point(s)&lt;/b&gt;: {overdue} overdue and {in_range} from {first} to {last}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Kontaktpunkt&lt;/b&gt;: {overdue} überfällig und {in_range} vom {first} bis {last}.</numerusform>
            <numerusform>&lt;b&gt;%Ln Kontaktpunkte&lt;/b&gt;: {overdue} überfällig und {in_range} vom {first} bis {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln touch-point(s)&lt;/b&gt;: all from {first} to {last}.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Kontaktpunkt&lt;/b&gt;: im Zeitraum vom {first} bis {last}.</numerusform>
            <numerusform>&lt;b&gt;%Ln Kontaktpunkte&lt;/b&gt;: alle vom {first} bis {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{path} already exists and is not a calendar exported from this plan. Replace it with the export?</source>
        <translation>{path} existiert bereits und ist kein aus diesem Plan exportierter Kalender. Durch den Export ersetzen?</translation>
    </message>
    <message>
        <source>Choose where to save the .ics file</source>
        <translation>Speicherort für die .ics-Datei wählen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Follow-up: {name}</source>
        <translation>Nachfassen: {name}</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>FollowUpBox</name>
    <message>
        <source>Plan the next step</source>
        <translation>Nächsten Schritt planen</translation>
    </message>
    <message>
        <source>Untick to mark it done without planning a follow-up.</source>
        <translation>Abwählen, um ihn ohne Folgetermin als erledigt zu markieren.</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date format of the day</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>The cadence asks for a touch every %Ln day(s).</source>
        <translation>
            <numerusform>Der Rhythmus sieht alle %Ln Tag einen Kontakt vor.</numerusform>
            <numerusform>Der Rhythmus sieht alle %Ln Tage einen Kontakt vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>With:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Am:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Per:</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format of the date fields</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>{what} must be a whole number.</source>
        <translation>{what} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>{what} must be a number, for example 25000.</source>
        <translation>{what} muss eine Zahl sein, zum Beispiel 25000.</translation>
    </message>
    <message>
        <source>{what} must be a date like 2027-03-31, or left empty.</source>
        <translation>{what} muss ein Datum wie 2027-03-31 sein oder leer bleiben.</translation>
    </message>
</context>
<context>
    <name>GridHead</name>
    <message>
        <source>⚠ {load}/{limit}</source>
        <translation>⚠ {load}/{limit}</translation>
    </message>
</context>
<context>
    <name>GridInput</name>
    <message numerus="yes">
        <source>%Ln more touch-point(s) at the same time: click to see them all</source>
        <translation>
            <numerusform>%Ln weiterer Kontaktpunkt zur selben Zeit: klicken, um alle zu sehen</numerusform>
            <numerusform>%Ln weitere Kontaktpunkte zur selben Zeit: klicken, um alle zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}, ganztägig</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is a ZIP archive or an Excel/Numbers workbook, not contacts in vCard or CSV format; save it as CSV first.</source>
        <translation>Die Datei ist ein ZIP-Archiv oder eine Excel-/Numbers-Arbeitsmappe, keine Kontakte im vCard- oder CSV-Format; speichern Sie sie zuerst als CSV.</translation>
    </message>
    <message>
        <source>The file is an old Excel or Word file, not contacts in vCard or CSV format; save it as CSV first.</source>
        <translation>Die Datei ist eine alte Excel- oder Word-Datei, keine Kontakte im vCard- oder CSV-Format; speichern Sie sie zuerst als CSV.</translation>
    </message>
    <message>
        <source>The file is a PDF document, not contacts in vCard or CSV format.</source>
        <translation>Die Datei ist ein PDF-Dokument, keine Kontakte im vCard- oder CSV-Format.</translation>
    </message>
    <message>
        <source>The file is a PNG image, not contacts in vCard or CSV format.</source>
        <translation>Die Datei ist ein PNG-Bild, keine Kontakte im vCard- oder CSV-Format.</translation>
    </message>
    <message>
        <source>The file is a JPEG image, not contacts in vCard or CSV format.</source>
        <translation>Die Datei ist ein JPEG-Bild, keine Kontakte im vCard- oder CSV-Format.</translation>
    </message>
    <message>
        <source>The file is a GIF image, not contacts in vCard or CSV format.</source>
        <translation>Die Datei ist ein GIF-Bild, keine Kontakte im vCard- oder CSV-Format.</translation>
    </message>
    <message>
        <source>The file is an SQLite database, not contacts in vCard or CSV format.</source>
        <translation>Die Datei ist eine SQLite-Datenbank, keine Kontakte im vCard- oder CSV-Format.</translation>
    </message>
    <message>
        <source>The file is a gzip archive, not contacts in vCard or CSV format.</source>
        <translation>Die Datei ist ein gzip-Archiv, keine Kontakte im vCard- oder CSV-Format.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, a device or a socket); choose a file.</source>
        <translation>{path} ist keine gewöhnliche Datei (sondern eine Pipe, ein Gerät oder ein Socket); wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; files over {limit} MB are not imported (export without photos, or split it).</source>
        <translation>{file} ist {size} MB groß; Dateien über {limit} MB werden nicht importiert (exportieren Sie ohne Fotos oder teilen Sie die Datei auf).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} cannot be read; check its permissions.</source>
        <translation>{path} kann nicht gelesen werden; prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}.</source>
        <translation>{path} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB.</source>
        <translation>{file} ist größer als {limit} MB.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation>Die Datei ist größer als {limit} MB.</translation>
    </message>
    <message>
        <source>The file is cut off: it is UTF-16 text with an odd number of bytes.</source>
        <translation>Die Datei ist abgeschnitten: sie enthält UTF-16-Text mit einer ungeraden Anzahl von Bytes.</translation>
    </message>
    <message>
        <source>The file is not valid {encoding} text (byte {byte}).</source>
        <translation>Die Datei ist kein gültiger {encoding}-Text (Byte {byte}).</translation>
    </message>
    <message>
        <source>The file holds binary data (control character {code} on line {line}); it is not a vCard or CSV file.</source>
        <translation>Die Datei enthält Binärdaten (Steuerzeichen {code} in Zeile {line}); sie ist keine vCard- oder CSV-Datei.</translation>
    </message>
    <message>
        <source>The file holds binary data (a zero byte on line {line}); it is not a vCard or CSV file.</source>
        <translation>Die Datei enthält Binärdaten (ein Null-Byte in Zeile {line}); sie ist keine vCard- oder CSV-Datei.</translation>
    </message>
    <message>
        <source>has no name (e-mail {email})</source>
        <translation>hat keinen Namen (E-Mail {email})</translation>
    </message>
    <message>
        <source>has no person&apos;s name (only the company {company!r})</source>
        <translation>hat keinen Personennamen (nur die Firma {company!r})</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>hat keinen Namen</translation>
    </message>
    <message>
        <source>e-mail {email!r} is not an e-mail address</source>
        <translation>E-Mail {email!r} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Line {line} is not part of a vCard: {text!r}.</source>
        <translation>Zeile {line} gehört zu keiner vCard: {text!r}.</translation>
    </message>
    <message>
        <source>line {line} cannot be read: {text!r}</source>
        <translation>Zeile {line} kann nicht gelesen werden: {text!r}</translation>
    </message>
    <message>
        <source>Line {line} is outside any vCard (expected BEGIN:VCARD): {text!r}.</source>
        <translation>Zeile {line} steht außerhalb einer vCard (erwartet: BEGIN:VCARD): {text!r}.</translation>
    </message>
    <message>
        <source>The vCard file cannot be read: {error}.</source>
        <translation>Die vCard-Datei kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The file is cut off: vCard {record} (line {line}) has no END:VCARD.</source>
        <translation>Die Datei ist abgeschnitten: vCard {record} (Zeile {line}) hat kein END:VCARD.</translation>
    </message>
    <message>
        <source>The file holds no vCards.</source>
        <translation>Die Datei enthält keine vCards.</translation>
    </message>
    <message>
        <source>is a card for the company {company!r}, not a person</source>
        <translation>ist eine Karte der Firma {company!r}, keine Person</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Vollständiger Name (wird in Vor- und Nachname aufgeteilt)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Kaufrolle</translation>
    </message>
    <message>
        <source>Work street</source>
        <translation>Straße (geschäftlich)</translation>
    </message>
    <message>
        <source>Work postal code</source>
        <translation>Postleitzahl (geschäftlich)</translation>
    </message>
    <message>
        <source>Work city</source>
        <translation>Ort (geschäftlich)</translation>
    </message>
    <message>
        <source>Work region</source>
        <translation>Region (geschäftlich)</translation>
    </message>
    <message>
        <source>Work country</source>
        <translation>Land (geschäftlich)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Our annual revenue</source>
        <translation>Unser Jahresumsatz</translation>
    </message>
    <message>
        <source>Estimated annual wallet</source>
        <translation>Geschätztes Jahresbudget</translation>
    </message>
    <message>
        <source>Margin percent</source>
        <translation>Marge in Prozent</translation>
    </message>
    <message>
        <source>Expected deal size</source>
        <translation>Erwartetes Auftragsvolumen</translation>
    </message>
    <message>
        <source>Buying timeframe</source>
        <translation>Kaufzeitrahmen</translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation>Wachstumspotenzial</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Incumbent competitors</source>
        <translation>Bisherige Lieferanten</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Uhrzeit (HH:MM)</translation>
    </message>
    <message>
        <source>Time zone (IANA name)</source>
        <translation>Zeitzone (IANA-Name)</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact (full name)</source>
        <translation>Kontakt (vollständiger Name)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Content (title)</source>
        <translation>Inhalt (Titel)</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>{field!r} is not a field of {target}.</source>
        <translation>{field!r} ist kein Feld von {target}.</translation>
    </message>
    <message>
        <source>Map a column to the account name.</source>
        <translation>Ordnen Sie dem Account-Namen eine Spalte zu.</translation>
    </message>
    <message>
        <source>Map a column to the date.</source>
        <translation>Ordnen Sie dem Datum eine Spalte zu.</translation>
    </message>
    <message>
        <source>Map a column to the account.</source>
        <translation>Ordnen Sie dem Account eine Spalte zu.</translation>
    </message>
    <message>
        <source>Map a column to the first name, the last name or the full name.</source>
        <translation>Ordnen Sie dem Vornamen, dem Nachnamen oder dem vollständigen Namen eine Spalte zu.</translation>
    </message>
    <message>
        <source>The file is cut off: a quoted value opened on line {line} never closes.</source>
        <translation>Die Datei ist abgeschnitten: Ein in Zeile {line} begonnener Wert in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Line {line} holds a value too large for a CSV cell.</source>
        <translation>Zeile {line} enthält einen Wert, der für eine CSV-Zelle zu groß ist.</translation>
    </message>
    <message>
        <source>Line {line} is not valid CSV: {error}.</source>
        <translation>Zeile {line} ist kein gültiges CSV: {error}.</translation>
    </message>
    <message>
        <source>The file does not look like a {format} file: no matching header row in its first {lines} lines.</source>
        <translation>Die Datei sieht nicht wie eine {format}-Datei aus: keine passende Kopfzeile in den ersten {lines} Zeilen.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>The header row (line {line}) is empty.</source>
        <translation>Die Kopfzeile (Zeile {line}) ist leer.</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a number</source>
        <translation>{what} {value!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{what} {value} does not exist</source>
        <translation>{what} {value} existiert nicht</translation>
    </message>
    <message>
        <source>{what} {value!r} is not a date (expected YYYY-MM-DD)</source>
        <translation>{what} {value!r} ist kein Datum (erwartet: JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{what} {value!r} is below {limit}</source>
        <translation>{what} {value!r} ist kleiner als {limit}</translation>
    </message>
    <message>
        <source>{what} {value!r} is above {limit}</source>
        <translation>{what} {value!r} ist größer als {limit}</translation>
    </message>
    <message>
        <source>{what} {value!r} is not one of {allowed}</source>
        <translation>{what} {value!r} ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <source>has no date</source>
        <translation>hat kein Datum</translation>
    </message>
    <message>
        <source>timezone {value!r} is not a known time zone (expected a name like Europe/Berlin)</source>
        <translation>timezone {value!r} ist keine bekannte Zeitzone (erwartet wird ein Name wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>duration_minutes {value!r} is not a whole number of minutes</source>
        <translation>duration_minutes {value!r} ist keine ganze Zahl von Minuten</translation>
    </message>
    <message>
        <source>duration_minutes {value!r} is longer than a day</source>
        <translation>duration_minutes {value!r} ist länger als ein Tag</translation>
    </message>
    <message>
        <source>completed_at {value!r} is not a date and time (expected ISO 8601, like 2026-11-24T10:30:00+01:00)</source>
        <translation>completed_at {value!r} ist kein Datum mit Uhrzeit (erwartet: ISO 8601, z. B. 2026-11-24T10:30:00+01:00)</translation>
    </message>
    <message>
        <source>has no account (company)</source>
        <translation>hat keinen Account (Firma)</translation>
    </message>
    <message>
        <source>has {count} fields but the header (line {line}) has {width}</source>
        <translation>hat {count} Felder, die Kopfzeile (Zeile {line}) aber {width}</translation>
    </message>
    <message>
        <source>has no account name</source>
        <translation>hat keinen Account-Namen</translation>
    </message>
    <message>
        <source>vCard {record} (line {line})</source>
        <translation>vCard {record} (Zeile {line})</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>The file is not a vCard file (it does not start with BEGIN:VCARD).</source>
        <translation>Die Datei ist keine vCard-Datei (sie beginnt nicht mit BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>The file is a vCard file, not {format}.</source>
        <translation>Die Datei ist eine vCard-Datei, nicht {format}.</translation>
    </message>
    <message>
        <source>A vCard file has no columns to map.</source>
        <translation>Eine vCard-Datei hat keine Spalten zum Zuordnen.</translation>
    </message>
    <message>
        <source>The file has no column {column!r}.</source>
        <translation>Die Datei hat keine Spalte {column!r}.</translation>
    </message>
    <message>
        <source>several contacts are called {name}; the contact is left empty</source>
        <translation>mehrere Kontakte heißen {name}; der Kontakt bleibt leer</translation>
    </message>
    <message>
        <source>creates the contact {name}</source>
        <translation>legt den Kontakt {name} an</translation>
    </message>
    <message>
        <source>creates the account {name} (a prospect)</source>
        <translation>legt den Account {name} an (als Interessent)</translation>
    </message>
    <message>
        <source>several content items are titled {title!r}; the content is left empty</source>
        <translation>mehrere Inhalte haben den Titel {title!r}; der Inhalt bleibt leer</translation>
    </message>
    <message>
        <source>no content item is titled {title!r}; the content is left empty</source>
        <translation>kein Inhalt hat den Titel {title!r}; der Inhalt bleibt leer</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>vCard {record} (line {line}) {reason}; {count} row(s) cannot be imported, so nothing was.</source>
        <translation>vCard {record} (Zeile {line}): {reason}; {count} Zeile(n) können nicht importiert werden, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line {line} {reason}; {count} row(s) cannot be imported, so nothing was.</source>
        <translation>Zeile {line}: {reason}; {count} Zeile(n) können nicht importiert werden, daher wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ImportBatchesModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{file} — read as {format}</source>
        <translation>{file} — gelesen als {format}</translation>
    </message>
    <message>
        <source>Undone {when}</source>
        <translation>Rückgängig gemacht am {when}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Undo the import of {name}? It removes what the import added and puts back the fields it filled, except where you changed them since. This cannot be undone.</source>
        <translation>Den Import von {name} rückgängig machen? Dabei wird entfernt, was der Import hinzugefügt hat, und die Felder, die er gefüllt hat, werden zurückgesetzt – außer wo Sie seitdem etwas geändert haben. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Contacts and accounts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;All files (*)</source>
        <translation>Kontakte und Accounts (*.vcf *.vcard *.csv *.txt);;vCard (*.vcf *.vcard);;CSV (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (mit BOM)</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split into first and last)</source>
        <translation>Vollständiger Name (wird in Vor- und Nachname aufgeteilt)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Kaufrolle</translation>
    </message>
    <message>
        <source>Work street</source>
        <translation>Straße (geschäftlich)</translation>
    </message>
    <message>
        <source>Work postal code</source>
        <translation>Postleitzahl (geschäftlich)</translation>
    </message>
    <message>
        <source>Work city</source>
        <translation>Ort (geschäftlich)</translation>
    </message>
    <message>
        <source>Work region</source>
        <translation>Region (geschäftlich)</translation>
    </message>
    <message>
        <source>Work country</source>
        <translation>Land (geschäftlich)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Our annual revenue</source>
        <translation>Unser Jahresumsatz</translation>
    </message>
    <message>
        <source>Estimated annual wallet</source>
        <translation>Geschätztes Jahresbudget</translation>
    </message>
    <message>
        <source>Margin percent</source>
        <translation>Marge in Prozent</translation>
    </message>
    <message>
        <source>Expected deal size</source>
        <translation>Erwartete Auftragsgröße</translation>
    </message>
    <message>
        <source>Buying timeframe</source>
        <translation>Kaufzeitraum</translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation>Wachstumspotenzial</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Incumbent competitors</source>
        <translation>Bisherige Lieferanten</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>Uhrzeit (HH:MM)</translation>
    </message>
    <message>
        <source>Time zone (IANA name)</source>
        <translation>Zeitzone (IANA-Name)</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact (full name)</source>
        <translation>Kontakt (vollständiger Name)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Content (title)</source>
        <translation>Inhalt (Titel)</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Nur neue</translation>
    </message>
    <message>
        <source>Update only</source>
        <translation>Nur Aktualisierungen</translation>
    </message>
    <message>
        <source>Unchanged only</source>
        <translation>Nur unveränderte</translation>
    </message>
    <message>
        <source>Skipped only</source>
        <translation>Nur übersprungene</translation>
    </message>
    <message>
        <source>Import contacts or accounts</source>
        <translation>Kontakte oder Accounts importieren</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Rows describe</source>
        <translation>Zeilen beschreiben</translation>
    </message>
    <message>
        <source>&amp;Rows are</source>
        <translation>&amp;Zeilen sind</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Planner field</source>
        <translation>Planner-Feld</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Dateispalte</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Zeilen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Overwrite existing values (otherwise only empty fields are filled)</source>
        <translation>Vorhandene Werte ü&amp;berschreiben (sonst werden nur leere Felder gefüllt)</translation>
    </message>
    <message>
        <source>Matching records are updated, never duplicated: accounts by name, contacts by e-mail or by name within the account, touch-points by account, contact, day, time, channel and title. File → Undo import… takes an import back.</source>
        <translation>Passende Datensätze werden aktualisiert, nie doppelt angelegt: Accounts anhand des Namens, Kontakte anhand der E-Mail-Adresse oder des Namens innerhalb des Accounts, Kontaktpunkte anhand von Account, Kontakt, Tag, Uhrzeit, Kanal und Titel. Mit Datei → Import rückgängig machen… lässt sich ein Import zurücknehmen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Detected: {format} · {encoding}</source>
        <translation>Erkannt: {format} · {encoding}</translation>
    </message>
    <message>
        <source>Read as: {format} · {encoding}</source>
        <translation>Gelesen als: {format} · {encoding}</translation>
    </message>
    <message>
        <source>Choose a vCard or CSV file to see its columns.</source>
        <translation>Wählen Sie eine vCard- oder CSV-Datei, um ihre Spalten zu sehen.</translation>
    </message>
    <message>
        <source>A vCard file needs no column mapping: names, organisation, title, e-mail, phone, web address and notes are read from each card.</source>
        <translation>Eine vCard-Datei braucht keine Spaltenzuordnung: Namen, Organisation, Titel, E-Mail, Telefon, Webadresse und Notizen werden aus jeder Karte gelesen.</translation>
    </message>
    <message>
        <source>Line {line} holds the column names. Pick the column that fills each field; the preview follows.</source>
        <translation>Zeile {line} enthält die Spaltennamen. Wählen Sie für jedes Feld die passende Spalte; die Vorschau passt sich an.</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Spalte für {field}</translation>
    </message>
    <message>
        <source>Also tried when empty: {columns}</source>
        <translation>Falls leer, ersatzweise: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln level(s) guessed from the job title (marked “guessed”): the file gives none for them. A Level column in the file decides instead.</source>
        <translation>
            <numerusform>%Ln Ebene aus der Position geschätzt (markiert mit „geschätzt“): Die Datei gibt dafür keine an. Eine Spalte Ebene in der Datei hat Vorrang.</numerusform>
            <numerusform>%Ln Ebenen aus der Position geschätzt (markiert mit „geschätzt“): Die Datei gibt dafür keine an. Eine Spalte Ebene in der Datei hat Vorrang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows that cannot be imported; the Details column says why.</source>
        <translation>Zeilen, die nicht importiert werden können; die Spalte „Details“ nennt den Grund.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the plan.</source>
        <translation>Nichts zu importieren: Alle Zeilen sind bereits im Plan.</translation>
    </message>
    <message numerus="yes">
        <source>Preview — %Ln card(s), nothing written yet</source>
        <translation>
            <numerusform>Vorschau — %Ln Karte, noch nichts übernommen</numerusform>
            <numerusform>Vorschau — %Ln Karten, noch nichts übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview — %Ln row(s), nothing written yet</source>
        <translation>
            <numerusform>Vorschau — %Ln Zeile, noch nichts übernommen</numerusform>
            <numerusform>Vorschau — %Ln Zeilen, noch nichts übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was imported.</source>
        <translation>{error} Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>Kaufrolle</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>our annual revenue</source>
        <translation>Jahresumsatz mit uns</translation>
    </message>
    <message>
        <source>estimated annual wallet</source>
        <translation>geschätztes Jahresbudget</translation>
    </message>
    <message>
        <source>margin percent</source>
        <translation>Marge in Prozent</translation>
    </message>
    <message>
        <source>expected deal size</source>
        <translation>erwartete Auftragsgröße</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>buying timeframe</source>
        <translation>Kaufzeitraum</translation>
    </message>
    <message>
        <source>growth potential</source>
        <translation>Wachstumspotenzial</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>competitors</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>duration minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>completed at</source>
        <translation>erledigt am</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>vCard {card} (line {line})</source>
        <translation>vCard {card} (Zeile {line})</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>Fills {fields}; {note}</source>
        <translation>Füllt {fields}; {note}</translation>
    </message>
    <message>
        <source>Fills {fields}</source>
        <translation>Füllt {fields}</translation>
    </message>
    <message>
        <source>{level} (guessed)</source>
        <translation>{level} (geschätzt)</translation>
    </message>
    <message>
        <source>Guessed from the job title: the file gives no level for this contact.</source>
        <translation>Aus der Position geschätzt: Die Datei gibt für diesen Kontakt keine Ebene an.</translation>
    </message>
</context>
<context>
    <name>ImportUndoRunner</name>
    <message>
        <source>The import could not be undone; see the log.</source>
        <translation>Der Import konnte nicht rückgängig gemacht werden; siehe das Protokoll.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Touches per week by account kind</source>
        <translation>Kontaktpunkte pro Woche nach Account-Art</translation>
    </message>
    <message>
        <source>Lost touch</source>
        <translation>Kontakt verloren</translation>
    </message>
    <message>
        <source>Contacts you have lost touch with</source>
        <translation>Kontakte, zu denen Sie den Kontakt verloren haben</translation>
    </message>
    <message>
        <source>Renewals in the next 12 months</source>
        <translation>Verlängerungen in den nächsten 12 Monaten</translation>
    </message>
    <message>
        <source>Renewals in the next twelve months</source>
        <translation>Verlängerungen in den nächsten zwölf Monaten</translation>
    </message>
    <message>
        <source>Coverage by level</source>
        <translation>Abdeckung nach Ebene</translation>
    </message>
    <message>
        <source>Share of wallet against our revenue</source>
        <translation>Share of Wallet im Verhältnis zu unserem Umsatz</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) without a touch for {days} days or more, longest first. Offer them something personal, not about business. Click a row to open the account.</source>
        <translation>
            <numerusform>%Ln Kontakt seit {days} Tagen oder länger ohne Kontaktpunkt, am längsten zuerst. Bieten Sie etwas Persönliches an, nichts Geschäftliches. Klicken Sie auf eine Zeile, um den Account zu öffnen.</numerusform>
            <numerusform>%Ln Kontakte seit {days} Tagen oder länger ohne Kontaktpunkt, am längsten zuerst. Bieten Sie ihnen etwas Persönliches an, nichts Geschäftliches. Klicken Sie auf eine Zeile, um den Account zu öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) (ends|end) within a year; {missed} with a missed runway step, marked ⚠. Runway touches {offsets} days before each end. Click a row to open it.</source>
        <translation>
            <numerusform>%Ln Vertrag endet innerhalb eines Jahres; {missed} davon mit verpasstem Vorlaufschritt, mit ⚠ markiert. Vorlauf-Kontaktpunkte {offsets} Tage vor jedem Vertragsende. Klicken Sie auf eine Zeile, um sie zu öffnen.</numerusform>
            <numerusform>%Ln Verträge enden innerhalb eines Jahres; {missed} davon mit verpasstem Vorlaufschritt, mit ⚠ markiert. Vorlauf-Kontaktpunkte {offsets} Tage vor jedem Vertragsende. Klicken Sie auf eine Zeile, um sie zu öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contract(s) (ends|end) within a year. Runway touches {offsets} days before each end. Click a row to open it.</source>
        <translation>
            <numerusform>%Ln Vertrag endet innerhalb eines Jahres. Vorlauf-Kontaktpunkte {offsets} Tage vor jedem Vertragsende. Klicken Sie auf eine Zeile, um sie zu öffnen.</numerusform>
            <numerusform>%Ln Verträge enden innerhalb eines Jahres. Vorlauf-Kontaktpunkte {offsets} Tage vor jedem Vertragsende. Klicken Sie auf eine Zeile, um sie zu öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} accounts (has|have) a gap; the {shown} shown have gaps first, best scored first. Click a row to open the account.</source>
        <translation>
            <numerusform>%Ln von {total} Accounts hat eine Lücke; von den {shown} angezeigten stehen die mit Lücken vorn, jeweils die am besten bewerteten zuerst. Klicken Sie auf eine Zeile, um den Account zu öffnen.</numerusform>
            <numerusform>%Ln von {total} Accounts haben eine Lücke; von den {shown} angezeigten stehen die mit Lücken vorn, jeweils die am besten bewerteten zuerst. Klicken Sie auf eine Zeile, um den Account zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>Stand: {day}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Account</numerusform>
            <numerusform>%Ln Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day} (planned and done): {total}</source>
        <translation>Woche ab {day} (geplant und erledigt): {total}</translation>
    </message>
    <message>
        <source>Week of {day} (done): {total}</source>
        <translation>Woche ab {day} (erledigt): {total}</translation>
    </message>
    <message>
        <source>Done in the last {past} weeks (about {average} a week), then what is planned for the next {future} weeks (hatched). Hover a bar for its numbers.</source>
        <translation>Erledigt in den letzten {past} Wochen (etwa {average} pro Woche), danach das Geplante für die nächsten {future} Wochen (schraffiert). Zeigen Sie auf einen Balken, um seine Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Stufe {tier}</translation>
    </message>
    <message>
        <source>{account} (tier {tier})</source>
        <translation>{account} (Stufe {tier})</translation>
    </message>
    <message>
        <source>Our annual revenue</source>
        <translation>Unser Jahresumsatz</translation>
    </message>
    <message>
        <source>Share of wallet</source>
        <translation>Share of Wallet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) with a known wallet, {low} of them buying less than half of it from us: the lower part, room to grow. Hover a point for its name, click to open it.</source>
        <translation>
            <numerusform>%Ln Kunde mit bekanntem Budget, davon {low} mit weniger als der Hälfte bei uns: der untere Bereich, mit Raum zum Wachsen. Zeigen Sie auf einen Punkt, um den Namen zu sehen; klicken Sie, um ihn zu öffnen.</numerusform>
            <numerusform>%Ln Kunden mit bekanntem Budget, davon {low} mit weniger als der Hälfte bei uns: der untere Bereich, mit Raum zum Wachsen. Zeigen Sie auf einen Punkt, um den Namen zu sehen; klicken Sie, um ihn zu öffnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterchangeActions</name>
    <message>
        <source>&amp;Import contacts or accounts…</source>
        <translation>Kontakte oder Accounts &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a vCard file or a LinkedIn, Google, Outlook or CSV export</source>
        <translation>vCard-Datei oder LinkedIn-, Google-, Outlook- oder CSV-Export importieren</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Take a past import back as a whole</source>
        <translation>Einen früheren Import vollständig rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Write accounts.csv, contacts.csv and touchpoints.csv</source>
        <translation>accounts.csv, contacts.csv und touchpoints.csv schreiben</translation>
    </message>
    <message>
        <source>Export CSV into folder</source>
        <translation>CSV in Ordner exportieren</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}</source>
        <translation>{files} nach {folder} exportiert</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>{files} in {folder} are not earlier CSV exports of the planner. Replace them with the export?</source>
        <translation>{files} in {folder} sind keine früheren CSV-Exporte des Planers. Durch den Export ersetzen?</translation>
    </message>
    <message>
        <source>Imported {source}: {new} new, {updated} updated, {unchanged} unchanged, {skipped} skipped. Ctrl+Z or File → Undo import… takes it back.</source>
        <translation>{source} importiert: {new} neu, {updated} aktualisiert, {unchanged} unverändert, {skipped} übersprungen. Strg+Z oder Datei → Import rückgängig machen… macht ihn rückgängig.</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Dream client</source>
        <translation>Wunschkunde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Ehemaliger Kunde</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Next quarter</source>
        <translation>Nächstes Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Fachanwender</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Send content</source>
        <translation>Inhalt senden</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social Media</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Value add</source>
        <translation>Mehrwert</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Bedarfsanalyse</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>White paper</source>
        <translation>Whitepaper</translation>
    </message>
    <message>
        <source>Brochure</source>
        <translation>Broschüre</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Fallstudie</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation>Veranstaltungseinladung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Product gap</source>
        <translation>Produktlücke</translation>
    </message>
    <message>
        <source>Convenience</source>
        <translation>Bequemlichkeit</translation>
    </message>
    <message>
        <source>Potential found</source>
        <translation>Potenzial gefunden</translation>
    </message>
    <message>
        <source>No potential</source>
        <translation>Kein Potenzial</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Anhand des Inhalts erkennen</translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <source>LinkedIn connections (CSV)</source>
        <translation>LinkedIn-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Google Contacts (CSV)</source>
        <translation>Google Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Outlook contacts (CSV)</source>
        <translation>Outlook-Kontakte (CSV)</translation>
    </message>
    <message>
        <source>Nurture Planner CSV</source>
        <translation>CSV von Nurture Planner</translation>
    </message>
    <message>
        <source>Other CSV (map the columns)</source>
        <translation>Andere CSV (Spalten zuordnen)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Touch-points</source>
        <translation>Kontaktpunkte</translation>
    </message>
</context>
<context>
    <name>LostTouchModel</name>
    <message>
        <source>Something personal — your notes: {notes}</source>
        <translation>Etwas Persönliches — Ihre Notizen: {notes}</translation>
    </message>
    <message>
        <source>Invite {name} for a coffee, no agenda</source>
        <translation>{name} ohne Agenda auf einen Kaffee einladen</translation>
    </message>
    <message>
        <source>Send {name} a short personal note or an article they&apos;d enjoy</source>
        <translation>{name} eine kurze persönliche Nachricht oder einen passenden Artikel schicken</translation>
    </message>
    <message>
        <source>Ask {name} how things are going, nothing to sell</source>
        <translation>{name} fragen, wie es läuft – ohne Verkaufsabsicht</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Days since last touch</source>
        <translation>Tage seit letztem Kontaktpunkt</translation>
    </message>
    <message>
        <source>Suggested personal touch</source>
        <translation>Vorgeschlagener persönlicher Kontaktpunkt</translation>
    </message>
    <message>
        <source>never touched</source>
        <translation>noch nie kontaktiert</translation>
    </message>
    <message>
        <source>{contact}, {role} at {company}: never touched {name}: time for a personal touch. Double-click to open the account.</source>
        <translation>{contact}, {role} bei {company}: noch nie Kontakt mit {name} – Zeit für einen persönlichen Kontaktpunkt. Doppelklicken Sie, um den Account zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>{contact}, {role} at {company}: no touch with {name} for %Ln day(s): a personal, not-about-business touch. Double-click to open the account.</source>
        <translation>
            <numerusform>{contact}, {role} bei {company}: seit %Ln Tag kein Kontakt mit {name} – Zeit für einen persönlichen, nicht geschäftlichen Kontaktpunkt. Doppelklicken Sie, um den Account zu öffnen.</numerusform>
            <numerusform>{contact}, {role} bei {company}: seit %Ln Tagen kein Kontakt mit {name} – Zeit für einen persönlichen, nicht geschäftlichen Kontaktpunkt. Doppelklicken Sie, um den Account zu öffnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open another database file…</source>
        <translation>Andere Datenbankdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Export to calendar…</source>
        <translation>In &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>&amp;Automatic calendar export…</source>
        <translation>&amp;Automatischer Kalenderexport…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Touch-point</source>
        <translation>&amp;Kontaktpunkt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Plan my week</source>
        <translation>&amp;Meine Woche planen</translation>
    </message>
    <message>
        <source>Show or hide this week&apos;s suggestions beside the week (Ctrl+P)</source>
        <translation>Vorschläge dieser Woche neben der Wochenansicht ein- oder ausblenden (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Quick search…</source>
        <translation>&amp;Schnellsuche…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Nurture Planner</source>
        <translation>Ü&amp;ber Nurture Planner</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Content library</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>{app} — {file} — Demo plan</source>
        <translation>{app} — {file} — Demoplan</translation>
    </message>
    <message>
        <source>{app} — {file}</source>
        <translation>{app} — {file}</translation>
    </message>
    <message>
        <source>Plan my week</source>
        <translation>Meine Woche planen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Week, accounts, contacts, content and insights; Ctrl+1 to Ctrl+5 jump there.</source>
        <translation>Woche, Accounts, Kontakte, Inhalte und Einblicke; mit Strg+1 bis Strg+5 springen Sie dorthin.</translation>
    </message>
    <message>
        <source>{view} ({shortcut})</source>
        <translation>{view} ({shortcut})</translation>
    </message>
    <message>
        <source>Changes are saved as you make them.</source>
        <translation>Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Andere Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Plan files (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Plandateien (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{accounts} · {touchpoints}</source>
        <translation>{accounts} · {touchpoints}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Account</numerusform>
            <numerusform>%Ln Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s)</source>
        <translation>
            <numerusform>%Ln Kontaktpunkt</numerusform>
            <numerusform>%Ln Kontaktpunkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Touch-points</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Content sent</source>
        <translation>Gesendete Inhalte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Merge {name} into…</source>
        <translation>{name} zusammenführen mit…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a duplicate. Pick the contact to keep: it gets all of the duplicate&apos;s touch history, content sends and jobs, its empty fields are filled from the duplicate and different notes are added; then the duplicate is deleted.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ist ein Duplikat. Wählen Sie den Kontakt, der erhalten bleibt: Er übernimmt den gesamten Kontaktverlauf, die gesendeten Inhalte und die beruflichen Stationen des Duplikats, seine leeren Felder werden aus dem Duplikat gefüllt und abweichende Notizen ergänzt; danach wird das Duplikat gelöscht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is a duplicate. Pick the account to keep: it gets all of the duplicate&apos;s touch history, content sends, contacts and screenings, its empty fields are filled from the duplicate and different notes are added; then the duplicate is deleted.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ist ein Duplikat. Wählen Sie den Account, der erhalten bleibt: Er übernimmt den gesamten Kontaktverlauf, die gesendeten Inhalte, Kontakte und Prüfungen des Duplikats, seine leeren Felder werden aus dem Duplikat gefüllt und abweichende Notizen ergänzt; danach wird das Duplikat gelöscht.</translation>
    </message>
    <message>
        <source>The contact to keep</source>
        <translation>Zu behaltender Kontakt</translation>
    </message>
    <message>
        <source>The account to keep</source>
        <translation>Zu behaltender Account</translation>
    </message>
    <message>
        <source>Pick the contact to keep</source>
        <translation>Zu behaltenden Kontakt auswählen</translation>
    </message>
    <message>
        <source>Pick the account to keep</source>
        <translation>Zu behaltenden Account auswählen</translation>
    </message>
    <message>
        <source>Duplicate — will be deleted</source>
        <translation>Duplikat — wird gelöscht</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Bleibt erhalten</translation>
    </message>
    <message>
        <source>A merge cannot be undone (Ctrl+Z will not bring the duplicate back, and earlier steps can no longer be undone either). A copy of your plan is saved first in {folder}.</source>
        <translation>Das Zusammenführen kann nicht rückgängig gemacht werden (Strg+Z holt das Duplikat nicht zurück, und auch frühere Schritte lassen sich danach nicht mehr rückgängig machen). Vorher wird eine Kopie Ihres Plans in {folder} gespeichert.</translation>
    </message>
    <message>
        <source>A merge cannot be undone (Ctrl+Z will not bring the duplicate back, and earlier steps can no longer be undone either).</source>
        <translation>Das Zusammenführen kann nicht rückgängig gemacht werden (Strg+Z holt das Duplikat nicht zurück, und auch frühere Schritte lassen sich danach nicht mehr rückgängig machen).</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Pick the record to keep.</source>
        <translation>Wählen Sie den Datensatz, der erhalten bleibt.</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>Zusammenführen fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>MoveContactDialog</name>
    <message>
        <source>{name} moved to another company</source>
        <translation>{name} ist zu einem anderen Unternehmen gewechselt</translation>
    </message>
    <message>
        <source>{name} leaves {company}. The old job stays in their history with its end date, and their touch history stays with them.</source>
        <translation>{name} verlässt {company}. Der bisherige Job bleibt mit Enddatum im Verlauf erhalten, und die Kontaktpunkt-Historie bleibt beim Kontakt.</translation>
    </message>
    <message>
        <source>{name} leaves their company. The old job stays in their history with its end date, and their touch history stays with them.</source>
        <translation>{name} verlässt das bisherige Unternehmen. Der bisherige Job bleibt mit Enddatum im Verlauf erhalten, und die Kontaktpunkt-Historie bleibt beim Kontakt.</translation>
    </message>
    <message>
        <source>Pick a company or type a new name</source>
        <translation>Unternehmen auswählen oder neuen Namen eingeben</translation>
    </message>
    <message>
        <source>Their title at the new company</source>
        <translation>Position im neuen Unternehmen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Wechsel erfassen</translation>
    </message>
    <message>
        <source>New &amp;company</source>
        <translation>Neues &amp;Unternehmen</translation>
    </message>
    <message>
        <source>Moved &amp;on</source>
        <translation>Gewechselt &amp;am</translation>
    </message>
    <message>
        <source>New &amp;title</source>
        <translation>Neue &amp;Position</translation>
    </message>
    <message>
        <source>“{name}” is not in your plan yet: it will be added as a prospect.</source>
        <translation>„{name}“ ist noch nicht in Ihrem Plan: Das Unternehmen wird als Interessent hinzugefügt.</translation>
    </message>
    <message>
        <source>Pick the company they moved to, or type its name.</source>
        <translation>Wählen Sie das neue Unternehmen aus oder geben Sie seinen Namen ein.</translation>
    </message>
</context>
<context>
    <name>Nurture</name>
    <message>
        <source>{title!r} went to {recipients} contacts ({percent:.0f} % of everyone): one size fits all</source>
        <translation>{title!r} ging an {recipients} Kontakte ({percent:.0f} % aller Kontakte): Gießkannenprinzip</translation>
    </message>
    <message>
        <source>No contacts at {company}: map someone there</source>
        <translation>Keine Kontakte bei {company}: Ansprechpartner ermitteln</translation>
    </message>
    <message>
        <source>{company} is single-threaded: one contact only</source>
        <translation>{company} hat nur einen Ansprechpartner: nur ein Kontakt erfasst</translation>
    </message>
    <message>
        <source>No executive touch at {company} yet</source>
        <translation>Noch kein Kontaktpunkt mit Führungskräften bei {company}</translation>
    </message>
    <message>
        <source>No manager touch at {company} yet</source>
        <translation>Noch kein Kontaktpunkt mit Managern bei {company}</translation>
    </message>
    <message>
        <source>No practitioner touch at {company} yet</source>
        <translation>Noch kein Kontaktpunkt mit Fachanwendern bei {company}</translation>
    </message>
    <message>
        <source>No executive touch at {company} for {days} days</source>
        <translation>Seit {days} Tagen kein Kontaktpunkt mit Führungskräften bei {company}</translation>
    </message>
    <message>
        <source>No manager touch at {company} for {days} days</source>
        <translation>Seit {days} Tagen kein Kontaktpunkt mit Managern bei {company}</translation>
    </message>
    <message>
        <source>No practitioner touch at {company} for {days} days</source>
        <translation>Seit {days} Tagen kein Kontaktpunkt mit Fachanwendern bei {company}</translation>
    </message>
    <message>
        <source>Map an executive at {company}</source>
        <translation>Führungskraft bei {company} ermitteln</translation>
    </message>
    <message>
        <source>Map a manager at {company}</source>
        <translation>Manager bei {company} ermitteln</translation>
    </message>
    <message>
        <source>Map a practitioner at {company}</source>
        <translation>Fachanwender bei {company} ermitteln</translation>
    </message>
    <message>
        <source>No contacts: map someone there</source>
        <translation>Keine Kontakte: Ansprechpartner ermitteln</translation>
    </message>
    <message>
        <source>Single-threaded: one contact only</source>
        <translation>Nur ein Ansprechpartner: nur ein Kontakt erfasst</translation>
    </message>
    <message>
        <source>No executive touch yet</source>
        <translation>Noch kein Kontaktpunkt mit Führungskräften</translation>
    </message>
    <message>
        <source>No manager touch yet</source>
        <translation>Noch kein Kontaktpunkt mit Managern</translation>
    </message>
    <message>
        <source>No practitioner touch yet</source>
        <translation>Noch kein Kontaktpunkt mit Fachanwendern</translation>
    </message>
    <message>
        <source>No executive touch for {days} days</source>
        <translation>Seit {days} Tagen kein Kontaktpunkt mit Führungskräften</translation>
    </message>
    <message>
        <source>No manager touch for {days} days</source>
        <translation>Seit {days} Tagen kein Kontaktpunkt mit Managern</translation>
    </message>
    <message>
        <source>No practitioner touch for {days} days</source>
        <translation>Seit {days} Tagen kein Kontaktpunkt mit Fachanwendern</translation>
    </message>
    <message>
        <source>Map an executive</source>
        <translation>Führungskraft ermitteln</translation>
    </message>
    <message>
        <source>Map a manager</source>
        <translation>Manager ermitteln</translation>
    </message>
    <message>
        <source>Map a practitioner</source>
        <translation>Fachanwender ermitteln</translation>
    </message>
    <message>
        <source>{person} left {company}: no executive there any more, map an executive</source>
        <translation>{person} hat {company} verlassen: dort keine Führungskraft mehr, neue Führungskraft ermitteln</translation>
    </message>
    <message>
        <source>{person} left {company}: no manager there any more, map a manager</source>
        <translation>{person} hat {company} verlassen: dort kein Manager mehr, neuen Manager ermitteln</translation>
    </message>
    <message>
        <source>{person} left {company}: no practitioner there any more, map a practitioner</source>
        <translation>{person} hat {company} verlassen: dort kein Fachanwender mehr, neuen Fachanwender ermitteln</translation>
    </message>
    <message>
        <source>{person} left {company}: nobody is left there, map a new contact</source>
        <translation>{person} hat {company} verlassen: dort ist niemand mehr, neuen Kontakt ermitteln</translation>
    </message>
    <message>
        <source>{person} left {company}: it is single-threaded now</source>
        <translation>{person} hat {company} verlassen: dort jetzt nur noch ein Ansprechpartner</translation>
    </message>
    <message>
        <source>Congratulate {name} on the new role at {company}</source>
        <translation>{name} zur neuen Position bei {company} gratulieren</translation>
    </message>
    <message>
        <source>Never touched {name}: time for a personal touch</source>
        <translation>Noch nie Kontakt mit {name}: Zeit für einen persönlichen Kontaktpunkt</translation>
    </message>
    <message>
        <source>No touch with {name} for {days} days: a personal, not-about-business touch</source>
        <translation>Seit {days} Tagen kein Kontakt mit {name}: ein persönlicher Kontaktpunkt ohne Geschäftsbezug</translation>
    </message>
    <message>
        <source>their contract</source>
        <translation>der Vertrag</translation>
    </message>
    <message>
        <source>their contract with {competitor}</source>
        <translation>der Vertrag mit {competitor}</translation>
    </message>
    <message>
        <source>Their contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Their contract with {competitor}</source>
        <translation>Vertrag mit {competitor}</translation>
    </message>
    <message>
        <source>{days} days before {what} ends on {date}</source>
        <translation>{days} Tage, bevor {what} am {date} endet</translation>
    </message>
    <message>
        <source>{company} buys little from us: screen what they spend elsewhere and why</source>
        <translation>{company} kauft wenig bei uns: prüfen, wie viel dort woanders ausgegeben wird und warum</translation>
    </message>
    <message>
        <source>Buys this quarter</source>
        <translation>Kauft dieses Quartal</translation>
    </message>
    <message>
        <source>Buys next quarter</source>
        <translation>Kauft nächstes Quartal</translation>
    </message>
    <message>
        <source>Buys this year</source>
        <translation>Kauft dieses Jahr</translation>
    </message>
    <message>
        <source>Buys later</source>
        <translation>Kauft später</translation>
    </message>
    <message>
        <source>Buying timeframe unknown</source>
        <translation>Kaufzeitraum unbekannt</translation>
    </message>
    <message>
        <source>buys this quarter</source>
        <translation>kauft dieses Quartal</translation>
    </message>
    <message>
        <source>buys next quarter</source>
        <translation>kauft nächstes Quartal</translation>
    </message>
    <message>
        <source>buys this year</source>
        <translation>kauft dieses Jahr</translation>
    </message>
    <message>
        <source>buys later</source>
        <translation>kauft später</translation>
    </message>
    <message>
        <source>buying timeframe unknown</source>
        <translation>Kaufzeitraum unbekannt</translation>
    </message>
    <message>
        <source>High growth potential</source>
        <translation>Hohes Wachstumspotenzial</translation>
    </message>
    <message>
        <source>Medium growth potential</source>
        <translation>Mittleres Wachstumspotenzial</translation>
    </message>
    <message>
        <source>Low growth potential</source>
        <translation>Geringes Wachstumspotenzial</translation>
    </message>
    <message>
        <source>Growth potential unknown</source>
        <translation>Wachstumspotenzial unbekannt</translation>
    </message>
    <message>
        <source>screened: potential (price)</source>
        <translation>geprüft: Potenzial (Preis)</translation>
    </message>
    <message>
        <source>screened: potential (relationship)</source>
        <translation>geprüft: Potenzial (Beziehung)</translation>
    </message>
    <message>
        <source>screened: potential (product gap)</source>
        <translation>geprüft: Potenzial (Produktlücke)</translation>
    </message>
    <message>
        <source>screened: potential (convenience)</source>
        <translation>geprüft: Potenzial (Bequemlichkeit)</translation>
    </message>
    <message>
        <source>screened: potential (unknown)</source>
        <translation>geprüft: Potenzial (unbekannt)</translation>
    </message>
    <message>
        <source>{millions:.1f}M</source>
        <translation>{millions:.1f} Mio.</translation>
    </message>
    <message>
        <source>{thousands:.0f}k</source>
        <translation>{thousands:.0f} Tsd.</translation>
    </message>
    <message>
        <source>{percent:.0f} % of their spend goes to competitors</source>
        <translation>{percent:.0f} % der Ausgaben gehen an Wettbewerber</translation>
    </message>
    <message>
        <source>{amount} a year buys elsewhere</source>
        <translation>kauft für {amount} pro Jahr woanders</translation>
    </message>
    <message>
        <source>screened: no potential, light quarterly program</source>
        <translation>geprüft: kein Potenzial, leichtes Quartalsprogramm</translation>
    </message>
    <message>
        <source>small account, not screened yet</source>
        <translation>kleiner Account, noch nicht geprüft</translation>
    </message>
    <message>
        <source>Dream client</source>
        <translation>Wunschkunde</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Ehemaliger Kunde</translation>
    </message>
    <message>
        <source>{margin:.0f} % margin</source>
        <translation>{margin:.0f} % Marge</translation>
    </message>
    <message>
        <source>deal about {amount}</source>
        <translation>Deal ca. {amount}</translation>
    </message>
    <message>
        <source>at risk ({why})</source>
        <translation>gefährdet ({why})</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>tier {tier} set by you (scored {computed})</source>
        <translation>Stufe {tier} von Ihnen festgelegt (berechnet: {computed})</translation>
    </message>
</context>
<context>
    <name>NurtureSection</name>
    <message>
        <source>Executives</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Fachanwender</translation>
    </message>
    <message>
        <source>Executives due</source>
        <translation>Führungskräfte fällig</translation>
    </message>
    <message>
        <source>Managers due</source>
        <translation>Manager fällig</translation>
    </message>
    <message>
        <source>Practitioners due</source>
        <translation>Fachanwender fällig</translation>
    </message>
    <message>
        <source>Now — never touched</source>
        <translation>Jetzt — noch nie kontaktiert</translation>
    </message>
    <message>
        <source>⚠ Overdue since {latest} (ideal was {ideal})</source>
        <translation>⚠ Überfällig seit {latest} (ideal war {ideal})</translation>
    </message>
    <message>
        <source>Now (at the latest {latest})</source>
        <translation>Jetzt (spätestens {latest})</translation>
    </message>
    <message>
        <source>{ideal} (at the latest {latest})</source>
        <translation>{ideal} (spätestens {latest})</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) ago)</source>
        <translation>
            <numerusform>{day} (vor %Ln Tag)</numerusform>
            <numerusform>{day} (vor %Ln Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Beziehungspflege</translation>
    </message>
    <message>
        <source>✓ Every level covered</source>
        <translation>✓ Alle Ebenen abgedeckt</translation>
    </message>
    <message>
        <source>Tier {tier} (set by you; scored {computed})</source>
        <translation>Stufe {tier} (von Ihnen festgelegt; berechnet: {computed})</translation>
    </message>
    <message>
        <source>Tier {tier}</source>
        <translation>Stufe {tier}</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (heute)</translation>
    </message>
    <message numerus="yes">
        <source>{day} (in %Ln day(s))</source>
        <translation>
            <numerusform>{day} (in %Ln Tag)</numerusform>
            <numerusform>{day} (in %Ln Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Next touch due</source>
        <translation>Nächster Kontakt fällig</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>The contact&apos;s account is gone.</source>
        <translation>Der Account dieses Kontakts existiert nicht mehr.</translation>
    </message>
    <message>
        <source>⚠ {last}: lost touch, offer something personal</source>
        <translation>⚠ {last}: Kontakt verloren, bieten Sie etwas Persönliches an</translation>
    </message>
    <message>
        <source>Account tier</source>
        <translation>Account-Stufe</translation>
    </message>
    <message>
        <source>Tier {tier} at {account}</source>
        <translation>Stufe {tier} bei {account}</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Touch planned</source>
        <translation>Kontaktpunkt geplant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>OpenCheck</name>
    <message>
        <source>Checking {file}…
It was not closed properly last time, so it is read once to make sure it is sound before it opens.</source>
        <translation>{file} wird geprüft …
Die Datei wurde zuletzt nicht ordnungsgemäß geschlossen. Sie wird deshalb einmal vollständig gelesen, um sicherzugehen, dass sie in Ordnung ist, bevor sie sich öffnet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>How did it go? What was agreed?</source>
        <translation>Wie lief es? Was wurde vereinbart?</translation>
    </message>
    <message>
        <source>e.g. Interested in the pilot; send pricing by Friday</source>
        <translation>z. B. Interesse am Pilotprojekt; Preise bis Freitag senden</translation>
    </message>
    <message>
        <source>The content item will be recorded as sent to the contact.</source>
        <translation>Der Inhalt wird als an den Kontakt gesendet erfasst.</translation>
    </message>
</context>
<context>
    <name>OverdueTray</name>
    <message numerus="yes">
        <source>⚠  %Ln planned on a day off: </source>
        <translation>
            <numerusform>⚠  %Ln Kontaktpunkt an einem freien Tag geplant: </numerusform>
            <numerusform>⚠  %Ln Kontaktpunkte an freien Tagen geplant: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverflowPopup</name>
    <message>
        <source>Touch-points at the same time</source>
        <translation>Kontaktpunkte zur selben Zeit</translation>
    </message>
    <message>
        <source>Up and Down move between them, Enter opens one, Escape closes the list.</source>
        <translation>Auf und Ab wechseln zwischen ihnen, Eingabe öffnet einen, Escape schließt die Liste.</translation>
    </message>
    <message numerus="yes">
        <source>{heading} · %Ln touch-point(s)</source>
        <translation>
            <numerusform>{heading} · %Ln Kontaktpunkt</numerusform>
            <numerusform>{heading} · %Ln Kontaktpunkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>dream clients</source>
        <translation>Wunschkunden</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>former customers</source>
        <translation>ehemalige Kunden</translation>
    </message>
    <message>
        <source>the light program</source>
        <translation>leichtes Programm</translation>
    </message>
    <message>
        <source>No account touch at {company} yet ({cadence})</source>
        <translation>Noch kein Kontaktpunkt bei {company} ({cadence})</translation>
    </message>
    <message>
        <source>No executive touch at {company} yet ({cadence})</source>
        <translation>Noch kein Kontaktpunkt mit Führungskräften bei {company} ({cadence})</translation>
    </message>
    <message>
        <source>No manager touch at {company} yet ({cadence})</source>
        <translation>Noch kein Kontaktpunkt mit Managern bei {company} ({cadence})</translation>
    </message>
    <message>
        <source>No practitioner touch at {company} yet ({cadence})</source>
        <translation>Noch kein Kontaktpunkt mit Fachanwendern bei {company} ({cadence})</translation>
    </message>
    <message>
        <source>No account touch at {company} for {duration} ({cadence})</source>
        <translation>Seit {duration} kein Kontaktpunkt bei {company} ({cadence})</translation>
    </message>
    <message>
        <source>No executive touch at {company} for {duration} ({cadence})</source>
        <translation>Seit {duration} kein Kontaktpunkt mit Führungskräften bei {company} ({cadence})</translation>
    </message>
    <message>
        <source>No manager touch at {company} for {duration} ({cadence})</source>
        <translation>Seit {duration} kein Kontaktpunkt mit Managern bei {company} ({cadence})</translation>
    </message>
    <message>
        <source>No practitioner touch at {company} for {duration} ({cadence})</source>
        <translation>Seit {duration} kein Kontaktpunkt mit Fachanwendern bei {company} ({cadence})</translation>
    </message>
    <message>
        <source>No account touch at {company} for {duration} ({cadence}) — past the maximum</source>
        <translation>Seit {duration} kein Kontaktpunkt bei {company} ({cadence}) — Maximum überschritten</translation>
    </message>
    <message>
        <source>No executive touch at {company} for {duration} ({cadence}) — past the maximum</source>
        <translation>Seit {duration} kein Kontaktpunkt mit Führungskräften bei {company} ({cadence}) — Maximum überschritten</translation>
    </message>
    <message>
        <source>No manager touch at {company} for {duration} ({cadence}) — past the maximum</source>
        <translation>Seit {duration} kein Kontaktpunkt mit Managern bei {company} ({cadence}) — Maximum überschritten</translation>
    </message>
    <message>
        <source>No practitioner touch at {company} for {duration} ({cadence}) — past the maximum</source>
        <translation>Seit {duration} kein Kontaktpunkt mit Fachanwendern bei {company} ({cadence}) — Maximum überschritten</translation>
    </message>
    <message>
        <source>Call {who}</source>
        <translation>{who} anrufen</translation>
    </message>
    <message>
        <source>E-mail {who}</source>
        <translation>E-Mail an {who}</translation>
    </message>
    <message>
        <source>Meet {who}</source>
        <translation>Treffen mit {who}</translation>
    </message>
    <message>
        <source>Visit {who}</source>
        <translation>{who} besuchen</translation>
    </message>
    <message>
        <source>Send content to {who}</source>
        <translation>Inhalt an {who} senden</translation>
    </message>
    <message>
        <source>Social touch with {who}</source>
        <translation>Social-Media-Kontakt mit {who}</translation>
    </message>
    <message>
        <source>Personal touch with {who}</source>
        <translation>Persönlicher Kontakt mit {who}</translation>
    </message>
    <message>
        <source>Send “{content}” to {who}</source>
        <translation>„{content}“ an {who} senden</translation>
    </message>
    <message>
        <source>Send “{title}”, written for them and not yet received</source>
        <translation>„{title}“ senden: auf sie zugeschnitten und noch nicht erhalten</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tagen</translation>
    </message>
    <message>
        <source>tier {tier} {program}: every {days} days while at risk</source>
        <translation>{program}, Stufe {tier}: alle {days} Tage, solange gefährdet</translation>
    </message>
    <message>
        <source>tier {tier} {program}: every {days} days</source>
        <translation>{program}, Stufe {tier}: alle {days} Tage</translation>
    </message>
    <message>
        <source>Renewal runway: {step}</source>
        <translation>Verlängerungsvorlauf: {step}</translation>
    </message>
    <message>
        <source>Position before {what} ends on {date} ({days}-day runway)</source>
        <translation>Positionieren, bevor {what} am {date} endet ({days} Tage Vorlauf)</translation>
    </message>
    <message>
        <source>{name} moved from {old} to {new} on {date}: congratulate them</source>
        <translation>{name} ist am {date} von {old} zu {new} gewechselt: gratulieren</translation>
    </message>
    <message>
        <source>{name} moved to {new} on {date}: congratulate them</source>
        <translation>{name} ist am {date} zu {new} gewechselt: gratulieren</translation>
    </message>
    <message>
        <source>Never touched {name}</source>
        <translation>Noch nie Kontakt mit {name}</translation>
    </message>
    <message>
        <source>No touch with {name} for {duration}</source>
        <translation>Seit {duration} kein Kontakt mit {name}</translation>
    </message>
    <message>
        <source>Single-threaded: ask for an introduction to a colleague</source>
        <translation>Nur ein Ansprechpartner: um Vorstellung bei einem Kollegen bitten</translation>
    </message>
    <message>
        <source>No executive mapped: ask who else decides</source>
        <translation>Keine Führungskraft erfasst: fragen, wer noch entscheidet</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>{weekday}: the day it falls due</source>
        <translation>{weekday}: der Tag, an dem es fällig wird</translation>
    </message>
    <message>
        <source>{weekday}: due already, the first day with room</source>
        <translation>{weekday}: schon fällig, der erste Tag mit Platz</translation>
    </message>
    <message>
        <source>{weekday}: the free day nearest to when it falls due ({date})</source>
        <translation>{weekday}: der freie Tag, der der Fälligkeit am nächsten liegt ({date})</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Abwesenheit</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message numerus="yes">
        <source>Plan %Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln Vorschlag planen</numerusform>
            <numerusform>%Ln Vorschläge planen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln Vorschlag verwerfen</numerusform>
            <numerusform>%Ln Vorschläge verwerfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore suggestion</source>
        <translation>Vorschlag wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln Vorschlag wiederherstellen</numerusform>
            <numerusform>%Ln Vorschläge wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>{day}: {channel} {contact} at {account} — {purpose}</source>
        <translation>{day}: {channel} {contact} bei {account} — {purpose}</translation>
    </message>
    <message>
        <source>{day}: {channel} {account} — {purpose}</source>
        <translation>{day}: {channel} {account} — {purpose}</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>Suggested content: {title}</source>
        <translation>Vorgeschlagener Inhalt: {title}</translation>
    </message>
    <message>
        <source>Drag onto a day to plan it there.</source>
        <translation>Auf einen Tag ziehen, um dort zu planen.</translation>
    </message>
    <message>
        <source>{suggestion}. {reason}</source>
        <translation>{suggestion}. {reason}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Suggested touch-points</source>
        <translation>Vorgeschlagene Kontaktpunkte</translation>
    </message>
    <message>
        <source>Plan my week</source>
        <translation>Meine Woche planen</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <source>Plan every suggestion shown (Ctrl+Z undoes it)</source>
        <translation>Alle angezeigten Vorschläge einplanen (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Plan the selected suggestion on its day (Enter)</source>
        <translation>Ausgewählten Vorschlag an seinem Tag einplanen (Enter)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Hide the selected suggestion for this week (Delete)</source>
        <translation>Ausgewählten Vorschlag für diese Woche ausblenden (Delete)</translation>
    </message>
    <message>
        <source>Drag a suggestion onto a day to plan it there.</source>
        <translation>Ziehen Sie einen Vorschlag auf einen Tag, um ihn dort einzuplanen.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Dismiss for this week</source>
        <translation>Für diese Woche &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Account öffnen</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s)</source>
        <translation>
            <numerusform>%Ln Vorschlag</numerusform>
            <numerusform>%Ln Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln angenommen</numerusform>
            <numerusform>%Ln angenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dismissed</source>
        <translation>
            <numerusform>%Ln verworfen</numerusform>
            <numerusform>%Ln verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %Ln a day</source>
        <translation>
            <numerusform>bis zu %Ln pro Tag</numerusform>
            <numerusform>bis zu %Ln pro Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>This week has passed. Go to this week or a later one to plan.</source>
        <translation>Diese Woche ist vorbei. Wechseln Sie zur aktuellen oder einer späteren Woche, um zu planen.</translation>
    </message>
    <message>
        <source>No working days left this week. Next week is ready to plan (Alt+→).</source>
        <translation>In dieser Woche sind keine Arbeitstage mehr übrig. Die nächste Woche kann geplant werden (Alt+→).</translation>
    </message>
    <message>
        <source>Nothing left to suggest this week: {done}.</source>
        <translation>Für diese Woche gibt es nichts mehr vorzuschlagen: {done}.</translation>
    </message>
    <message>
        <source>Nothing to suggest: every account is within its cadence, or the days are full.</source>
        <translation>Nichts vorzuschlagen: Alle Accounts liegen in ihrem Rhythmus, oder die Tage sind voll.</translation>
    </message>
</context>
<context>
    <name>PlannedFates</name>
    <message>
        <source>Their planned touch-points</source>
        <translation>Ihre geplanten Kontaktpunkte</translation>
    </message>
    <message>
        <source>Choose what becomes of each: it can go with them to the new company, be cancelled, or stay at {company}.</source>
        <translation>Wählen Sie für jeden, was damit geschieht: Er kann mit zur neuen Firma gehen, abgesagt werden oder bei {company} bleiben.</translation>
    </message>
    <message>
        <source>the old company</source>
        <translation>der alten Firma</translation>
    </message>
    <message>
        <source>{day} · {what}</source>
        <translation>{day} · {what}</translation>
    </message>
    <message>
        <source>{touch} (overdue)</source>
        <translation>{touch} (überfällig)</translation>
    </message>
    <message>
        <source>Move to the new company</source>
        <translation>Zur neuen Firma verschieben</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <source>Keep at {company}</source>
        <translation>Bei {company} belassen</translation>
    </message>
    <message>
        <source>What becomes of {touch}</source>
        <translation>Was mit {touch} geschieht</translation>
    </message>
</context>
<context>
    <name>QuickSearchDialog</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Touch-point</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Touch-points</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Search accounts, contacts, content and touch-points…</source>
        <translation>Accounts, Kontakte, Inhalte und Kontaktpunkte durchsuchen…</translation>
    </message>
    <message>
        <source>Type a name, a title, a word of the notes or of an outcome.</source>
        <translation>Einen Namen, einen Titel, ein Wort aus Notizen oder Ergebnis eingeben.</translation>
    </message>
    <message>
        <source>{name} — {detail}    [{kind}]</source>
        <translation>{name} — {detail}    [{kind}]</translation>
    </message>
    <message>
        <source>{name}    [{kind}]</source>
        <translation>{name}    [{kind}]</translation>
    </message>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <source>↑↓ to move, Enter to open, Esc to close</source>
        <translation>↑↓ zum Bewegen, Enter zum Öffnen, Esc zum Schließen</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Keine Treffer für „{text}“.</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Jobwechsel von {name}</translation>
    </message>
    <message>
        <source>Move {name} to {company}</source>
        <translation>Jobwechsel von {name} zu {company}</translation>
    </message>
    <message>
        <source>Record content sent</source>
        <translation>Inhaltsversand erfassen</translation>
    </message>
</context>
<context>
    <name>RecordSendDialog</name>
    <message>
        <source>Record “{title}” sent</source>
        <translation>Versand von „{title}“ erfassen</translation>
    </message>
    <message>
        <source>Filter by name or company…</source>
        <translation>Nach Name oder Firma filtern…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Tick everyone who received it. This only logs the send.</source>
        <translation>Markieren Sie alle, die den Inhalt erhalten haben. Damit wird nur der Versand protokolliert.</translation>
    </message>
    <message>
        <source>Sent &amp;on</source>
        <translation>Gesendet &amp;am</translation>
    </message>
    <message>
        <source>Nobody ticked yet</source>
        <translation>Noch niemand ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln Empfänger</numerusform>
            <numerusform>%Ln Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one contact who received it.</source>
        <translation>Markieren Sie mindestens einen Kontakt, der den Inhalt erhalten hat.</translation>
    </message>
</context>
<context>
    <name>RecordsView</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neuer Account</translation>
    </message>
    <message>
        <source>Add an account (Ctrl+N)</source>
        <translation>Account hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Edit the selected account (double-click a row)</source>
        <translation>Ausgewählten Account bearbeiten (Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <source>Delete the selected account (Delete; Ctrl+Z undoes it)</source>
        <translation>Ausgewählten Account löschen (Entf; Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Filter accounts by name, industry…</source>
        <translation>Accounts nach Name, Branche… filtern</translation>
    </message>
    <message>
        <source>Select an account to see its contacts, contract and timeline.</source>
        <translation>Wählen Sie einen Account aus, um seine Kontakte, seinen Vertrag und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>No accounts yet — add your first dream client.</source>
        <translation>Noch keine Accounts — fügen Sie Ihren ersten Wunschkunden hinzu.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Kein Account entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Could not open the account</source>
        <translation>Der Account konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not delete the account</source>
        <translation>Der Account konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Add a contact (Ctrl+N)</source>
        <translation>Kontakt hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Edit the selected contact (double-click a row)</source>
        <translation>Ausgewählten Kontakt bearbeiten (Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <source>Delete the selected contact (Delete; Ctrl+Z undoes it)</source>
        <translation>Ausgewählten Kontakt löschen (Entf; Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Filter contacts by name, company, title, e-mail…</source>
        <translation>Kontakte nach Name, Unternehmen, Position, E-Mail… filtern</translation>
    </message>
    <message>
        <source>Select a contact to see their jobs, touches and content.</source>
        <translation>Wählen Sie einen Kontakt aus, um seine Positionen, Kontaktpunkte und Inhalte zu sehen.</translation>
    </message>
    <message>
        <source>No contacts yet — add one.</source>
        <translation>Noch keine Kontakte — fügen Sie einen hinzu.</translation>
    </message>
    <message>
        <source>No contact matches the filter.</source>
        <translation>Kein Kontakt entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Could not open the contact</source>
        <translation>Der Kontakt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not delete the contact</source>
        <translation>Der Kontakt konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Inhalt</translation>
    </message>
    <message>
        <source>Add a content item (Ctrl+N)</source>
        <translation>Inhalt hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Edit the selected item (double-click a row)</source>
        <translation>Ausgewählten Inhalt bearbeiten (Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <source>Delete the selected item (Delete; Ctrl+Z undoes it)</source>
        <translation>Ausgewählten Inhalt löschen (Entf; Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Filter by title, kind, topic, segment…</source>
        <translation>Nach Titel, Art, Thema, Segment… filtern</translation>
    </message>
    <message>
        <source>Select an item to see who received it and when.</source>
        <translation>Wählen Sie einen Inhalt aus, um zu sehen, wer ihn wann erhalten hat.</translation>
    </message>
    <message>
        <source>No content yet — add the white papers, case studies and newsletters you share.</source>
        <translation>Noch keine Inhalte — fügen Sie die Whitepaper, Fallstudien und Newsletter hinzu, die Sie teilen.</translation>
    </message>
    <message>
        <source>No item matches the filter.</source>
        <translation>Kein Inhalt entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Could not open the item</source>
        <translation>Der Inhalt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not delete the item</source>
        <translation>Der Inhalt konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>ReminderPicker</name>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>5 Minuten vorher</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 Minuten vorher</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 Minuten vorher</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message>
        <source>on timed touch-points</source>
        <translation>bei Kontaktpunkten mit Uhrzeit</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>Reminder minutes before</source>
        <translation>Erinnerung, Minuten vorher</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>Their contract</source>
        <translation>Ihr Vertrag</translation>
    </message>
    <message>
        <source>Their contract with {competitor}</source>
        <translation>Ihr Vertrag mit {competitor}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %Ln missed</source>
        <translation>
            <numerusform>⚠ %Ln verpasst</numerusform>
            <numerusform>⚠ %Ln verpasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{covered} of %Ln covered</source>
        <translation>
            <numerusform>{covered} von %Ln abgedeckt</numerusform>
            <numerusform>{covered} von %Ln abgedeckt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next {day} (%Ln day(s) before)</source>
        <translation>
            <numerusform>nächster: {day} (%Ln Tag vorher)</numerusform>
            <numerusform>nächster: {day} (%Ln Tage vorher)</numerusform>
        </translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>What ends</source>
        <translation>Was endet</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Runway</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <source>{account}: runway steps — {steps}.</source>
        <translation>{account}: Vorlaufschritte — {steps}.</translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) before): covered</source>
        <translation>
            <numerusform>{day} (%Ln Tag vorher): abgedeckt</numerusform>
            <numerusform>{day} (%Ln Tage vorher): abgedeckt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) before): missed</source>
        <translation>
            <numerusform>{day} (%Ln Tag vorher): verpasst</numerusform>
            <numerusform>{day} (%Ln Tage vorher): verpasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day} (%Ln day(s) before): to plan</source>
        <translation>
            <numerusform>{day} (%Ln Tag vorher): noch zu planen</numerusform>
            <numerusform>{day} (%Ln Tage vorher): noch zu planen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScatterChart</name>
    <message>
        <source>No customer with a known wallet yet</source>
        <translation>Noch kein Kunde mit bekanntem Budget</translation>
    </message>
    <message>
        <source>{account}
Our revenue: {revenue}
Share of wallet: {share}
Click to open the account.</source>
        <translation>{account}
Unser Umsatz: {revenue}
Share of Wallet: {share}
Klicken, um den Account zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Today&apos;s backup was not made: {error}</source>
        <translation>Die heutige Sicherung wurde nicht erstellt: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Give at least one runway offset, e.g. 180, 120, 90, 60, 30.</source>
        <translation>Geben Sie mindestens einen Vorlauf an, z. B. 180, 120, 90, 60, 30.</translation>
    </message>
    <message>
        <source>Runway offsets: there is an empty entry between two commas.</source>
        <translation>Vorlauf: Zwischen zwei Kommas steht ein leerer Eintrag.</translation>
    </message>
    <message>
        <source>Runway offsets: “{text}” is not a whole number of days before the contract end.</source>
        <translation>Vorlauf: „{text}“ ist keine ganze Zahl von Tagen vor dem Vertragsende.</translation>
    </message>
    <message>
        <source>Runway offsets: {days} is out of range; use 1 to {most} days.</source>
        <translation>Vorlauf: {days} liegt außerhalb des zulässigen Bereichs; erlaubt sind 1 bis {most} Tage.</translation>
    </message>
    <message>
        <source>Runway offsets: each number of days may appear only once.</source>
        <translation>Vorlauf: Jede Tageszahl darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How often to touch each kind of account and contact, how much fits in a day, and when renewals start their runway.</source>
        <translation>Wie oft Sie welche Art von Account und Kontakt ansprechen, wie viel an einen Tag passt und wann der Vorlauf für Verlängerungen beginnt.</translation>
    </message>
    <message>
        <source>Cadence rules</source>
        <translation>Rhythmusregeln</translation>
    </message>
    <message>
        <source>Days before a contract ends, separated by commas</source>
        <translation>Tage vor Vertragsende, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source>Renewal runway:</source>
        <translation>Vorlauf für Verlängerungen:</translation>
    </message>
    <message>
        <source>days before the contract ends, separated by commas</source>
        <translation>Tage vor Vertragsende, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Lost touch after:</source>
        <translation>Kontakt verloren nach:</translation>
    </message>
    <message>
        <source>How much longer roads are than the straight line</source>
        <translation>Wie viel länger Straßen als die Luftlinie sind</translation>
    </message>
    <message>
        <source> km/h</source>
        <translation> km/h</translation>
    </message>
    <message>
        <source> min a visit</source>
        <translation> Min. pro Besuch</translation>
    </message>
    <message>
        <source>Travel:</source>
        <translation>Fahrt:</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Cadences</source>
        <translation>&amp;Rhythmen</translation>
    </message>
    <message>
        <source>&amp;Working week</source>
        <translation>&amp;Arbeitswoche</translation>
    </message>
    <message>
        <source>Calendar ser&amp;ver</source>
        <translation>&amp;Kalenderserver</translation>
    </message>
    <message>
        <source>Cadences (days between touches; double-click a number to change)</source>
        <translation>Rhythmus (Tage zwischen Kontakten; zum Ändern auf eine Zahl doppelklicken)</translation>
    </message>
    <message>
        <source>Tick at least one working day.</source>
        <translation>Wählen Sie mindestens einen Arbeitstag aus.</translation>
    </message>
    <message numerus="yes">
        <source> touch-point(s) a day</source>
        <translation>
            <numerusform> Kontaktpunkt pro Tag</numerusform>
            <numerusform> Kontaktpunkte pro Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s) without a touch</source>
        <translation>
            <numerusform> Tag ohne Kontakt</numerusform>
            <numerusform> Tage ohne Kontakt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Select the card on the day before or after</source>
        <translation>Karte am Vortag oder Folgetag auswählen</translation>
    </message>
    <message>
        <source>Select the card above or below</source>
        <translation>Karte darüber oder darunter auswählen</translation>
    </message>
    <message>
        <source>Open the selected card</source>
        <translation>Ausgewählte Karte öffnen</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Move between the parts of the window</source>
        <translation>Zwischen den Fensterbereichen wechseln</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>Coming up · next %Ln day(s)</source>
        <translation>
            <numerusform>Demnächst · %Ln Tag voraus</numerusform>
            <numerusform>Demnächst · %Ln Tage voraus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>{file} is already open in another Nurture Planner window; switch to that window, or close it and try again.</source>
        <translation>{file} ist bereits in einem anderen Nurture-Planner-Fenster geöffnet; wechseln Sie zu diesem Fenster oder schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The folder of {file} does not let Nurture Planner write its lock file; check that the folder is writable.</source>
        <translation>Der Ordner von {file} erlaubt Nurture Planner nicht, seine Sperrdatei zu schreiben; prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Planned (hatched)</source>
        <translation>Geplant (schraffiert)</translation>
    </message>
    <message>
        <source>No touch-points yet</source>
        <translation>Noch keine Kontaktpunkte</translation>
    </message>
    <message>
        <source>Today →</source>
        <translation>Heute →</translation>
    </message>
</context>
<context>
    <name>SuggestionDelegate</name>
    <message>
        <source>Send: “{title}”</source>
        <translation>Senden: „{title}“</translation>
    </message>
    <message>
        <source>{day} · Tier {tier}</source>
        <translation>{day} · Stufe {tier}</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Dream</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ehemalig</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>↷ Skipped</source>
        <translation>↷ Übersprungen</translation>
    </message>
    <message>
        <source>✕ Cancelled</source>
        <translation>✕ Abgesagt</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <source>Week as a time grid</source>
        <translation>Woche als Zeitraster</translation>
    </message>
    <message>
        <source>Hours of the week</source>
        <translation>Stunden der Woche</translation>
    </message>
    <message>
        <source>Arrows move between touch-points, Enter opens one, Delete deletes it; drag a block to move it, drag its lower edge to change its length, double-click an empty hour to plan one there.</source>
        <translation>Pfeiltasten wechseln zwischen Kontaktpunkten, Enter öffnet einen, Entf löscht ihn; einen Block ziehen verschiebt ihn, seine Unterkante ziehen ändert die Dauer, Doppelklick auf eine freie Stunde plant dort einen.</translation>
    </message>
    <message>
        <source>Days and all-day touch-points</source>
        <translation>Tage und ganztägige Kontaktpunkte</translation>
    </message>
</context>
<context>
    <name>TouchPointCommands</name>
    <message>
        <source>Edit touch-point</source>
        <translation>Kontaktpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Move to {day}</source>
        <translation>Auf {day} verschieben</translation>
    </message>
    <message>
        <source>Mark planned</source>
        <translation>Als geplant markieren</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark skipped</source>
        <translation>Als übersprungen markieren</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Als abgesagt markieren</translation>
    </message>
    <message>
        <source>Delete touch-point</source>
        <translation>Kontaktpunkt löschen</translation>
    </message>
</context>
<context>
    <name>TouchpointActions</name>
    <message numerus="yes">
        <source>Change length to %Ln min</source>
        <translation>
            <numerusform>Dauer auf %Ln Min. ändern</numerusform>
            <numerusform>Dauer auf %Ln Min. ändern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TouchpointDialog</name>
    <message>
        <source>Edit touch-point</source>
        <translation>Kontaktpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Plan a touch-point</source>
        <translation>Kontaktpunkt planen</translation>
    </message>
    <message>
        <source>Type an account name…</source>
        <translation>Account-Namen eingeben…</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>Qt date format of the day</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>Qt time format of the time</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after the duration</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>e.g. Share the Q1 benchmark report</source>
        <translation>z. B. Q1-Benchmark-Bericht teilen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>Planned for {elsewhere}; {here} here</source>
        <translation>Geplant für {elsewhere}; hier {here}</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ka&amp;nal</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Co&amp;ntent to send</source>
        <translation>Zu sendender &amp;Inhalt</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>{status} — {outcome}</source>
        <translation>{status} — {outcome}</translation>
    </message>
    <message>
        <source>(no one in particular)</source>
        <translation>(niemand Bestimmtes)</translation>
    </message>
    <message>
        <source>Choose the account this touch-point is with.</source>
        <translation>Wählen Sie den Account für diesen Kontaktpunkt.</translation>
    </message>
    <message>
        <source>There is no account called “{name}”; choose one from the list.</source>
        <translation>Es gibt keinen Account namens „{name}“; wählen Sie einen aus der Liste.</translation>
    </message>
</context>
<context>
    <name>Trip</name>
    <message>
        <source>Place unknown: give it a known city or pin its position</source>
        <translation>Ort unbekannt: einen bekannten Ort angeben oder die Position festlegen</translation>
    </message>
    <message>
        <source>Too far: {km} km away (radius {radius} km)</source>
        <translation>Zu weit: {km} km entfernt (Umkreis {radius} km)</translation>
    </message>
    <message>
        <source>Not due for a touch on these days</source>
        <translation>An diesen Tagen kein Kontakt fällig</translation>
    </message>
    <message>
        <source>No room left: the days are full</source>
        <translation>Kein Platz mehr: die Tage sind voll</translation>
    </message>
    <message>
        <source>A visit is already planned on {day}</source>
        <translation>Ein Besuch ist bereits am {day} geplant</translation>
    </message>
    <message>
        <source>Visit: {who}</source>
        <translation>Besuch: {who}</translation>
    </message>
</context>
<context>
    <name>TripActions</name>
    <message>
        <source>Plan a &amp;trip…</source>
        <translation>&amp;Reise planen…</translation>
    </message>
    <message>
        <source>&amp;Print brief…</source>
        <translation>Briefing &amp;drucken…</translation>
    </message>
    <message>
        <source>Save the selected touch-point&apos;s one-page brief as PDF and open it</source>
        <translation>Das einseitige Briefing des ausgewählten Kontaktpunkts als PDF speichern und öffnen</translation>
    </message>
    <message>
        <source>Select a touch-point first, then print its brief.</source>
        <translation>Wählen Sie zuerst einen Kontaktpunkt aus und drucken Sie dann sein Briefing.</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>Briefing speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>Plan a trip</source>
        <translation>Reise planen</translation>
    </message>
    <message>
        <source>Lyon, France — or an account&apos;s name</source>
        <translation>Lyon, Frankreich — oder der Name eines Accounts</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>In der Nähe von</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>&amp;Plan trip</source>
        <translation>Reise &amp;planen</translation>
    </message>
    <message>
        <source>&amp;Near:</source>
        <translation>&amp;Nahe:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation>&amp;Umkreis:</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>Reiseplan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Fahrt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>&amp;Accept trip</source>
        <translation>Reise &amp;übernehmen</translation>
    </message>
    <message>
        <source>Save trip &amp;pack…</source>
        <translation>Reise&amp;mappe speichern…</translation>
    </message>
    <message>
        <source>Type a city (or an account) to start from.</source>
        <translation>Geben Sie einen Ort (oder einen Account) als Ausgangspunkt ein.</translation>
    </message>
    <message>
        <source>Pick up to 31 days, the last not before the first.</source>
        <translation>Wählen Sie bis zu 31 Tage, den letzten nicht vor dem ersten.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln Besuch</numerusform>
            <numerusform>%Ln Besuche</numerusform>
        </translation>
    </message>
    <message>
        <source>{km} km in all</source>
        <translation>{km} km insgesamt</translation>
    </message>
    <message>
        <source>{minutes} min, {km} km</source>
        <translation>{minutes} Min., {km} km</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) proposed from {base}.</source>
        <translation>
            <numerusform>%Ln Besuch ab {base} vorgeschlagen.</numerusform>
            <numerusform>%Ln Besuche ab {base} vorgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) left out.</source>
        <translation>
            <numerusform>%Ln Account ausgelassen.</numerusform>
            <numerusform>%Ln Accounts ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned %Ln visit(s).</source>
        <translation>
            <numerusform>%Ln Besuch geplant.</numerusform>
            <numerusform>%Ln Besuche geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save trip pack</source>
        <translation>Reisemappe speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
<context>
    <name>TripMap</name>
    <message>
        <source>Map of the day&apos;s stops</source>
        <translation>Karte der Stationen des Tages</translation>
    </message>
    <message>
        <source>From {base}: {stops}</source>
        <translation>Ab {base}: {stops}</translation>
    </message>
    <message>
        <source>Plan a trip to see its map.</source>
        <translation>Planen Sie eine Reise, um ihre Karte zu sehen.</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Moved on your calendar</source>
        <translation>In Ihrem Kalender verschoben</translation>
    </message>
    <message>
        <source>Deleted on your calendar</source>
        <translation>In Ihrem Kalender gelöscht</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>touch-points</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>content sends</source>
        <translation>versendete Inhalte</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>screenings</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>competitors</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>buying timeframe</source>
        <translation>Kaufzeitraum</translation>
    </message>
    <message>
        <source>margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>expected deal size</source>
        <translation>erwartete Auftragsgröße</translation>
    </message>
    <message>
        <source>growth potential</source>
        <translation>Wachstumspotenzial</translation>
    </message>
    <message>
        <source>our annual revenue</source>
        <translation>Jahresumsatz mit uns</translation>
    </message>
    <message>
        <source>estimated annual wallet</source>
        <translation>geschätztes Jahresbudget</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>buying role</source>
        <translation>Kaufrolle</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>profile URL</source>
        <translation>Profil-URL</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>completion time</source>
        <translation>Erledigungszeitpunkt</translation>
    </message>
    <message>
        <source>The account {name} was kept: it now has {things}.</source>
        <translation>Der Account {name} wurde beibehalten: Er hat jetzt {things}.</translation>
    </message>
    <message>
        <source>The contact {name} was kept: it now has {things}.</source>
        <translation>Der Kontakt {name} wurde beibehalten: Er hat jetzt {things}.</translation>
    </message>
    <message>
        <source>The touch-point on {day} with {account} was kept: it now has {things}.</source>
        <translation>Der Kontaktpunkt am {day} mit {account} wurde beibehalten: Er hat jetzt {things}.</translation>
    </message>
    <message>
        <source>The touch-point {name} was kept: it now has {things}.</source>
        <translation>Der Kontaktpunkt {name} wurde beibehalten: Er hat jetzt {things}.</translation>
    </message>
    <message>
        <source>The touch-point on {day} with {account} was kept: it was edited after the import.</source>
        <translation>Der Kontaktpunkt am {day} mit {account} wurde beibehalten: Er wurde nach dem Import bearbeitet.</translation>
    </message>
    <message>
        <source>The touch-point {name} was kept: it was edited after the import.</source>
        <translation>Der Kontaktpunkt {name} wurde beibehalten: Er wurde nach dem Import bearbeitet.</translation>
    </message>
    <message>
        <source>The account {name}: {field} was changed after the import; that value was kept.</source>
        <translation>Account {name}: Das Feld „{field}“ wurde nach dem Import geändert; dieser Wert wurde beibehalten.</translation>
    </message>
    <message>
        <source>The contact {name}: {field} was changed after the import; that value was kept.</source>
        <translation>Kontakt {name}: Das Feld „{field}“ wurde nach dem Import geändert; dieser Wert wurde beibehalten.</translation>
    </message>
    <message>
        <source>A job: {field} was changed after the import; that value was kept.</source>
        <translation>Ein Job: Das Feld „{field}“ wurde nach dem Import geändert; dieser Wert wurde beibehalten.</translation>
    </message>
    <message>
        <source>The touch-point on {day} with {account}: {field} was changed after the import; that value was kept.</source>
        <translation>Kontaktpunkt am {day} mit {account}: Das Feld „{field}“ wurde nach dem Import geändert; dieser Wert wurde beibehalten.</translation>
    </message>
    <message>
        <source>The touch-point {name}: {field} was changed after the import; that value was kept.</source>
        <translation>Kontaktpunkt {name}: Das Feld „{field}“ wurde nach dem Import geändert; dieser Wert wurde beibehalten.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Import wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>Undoing the import of {file}…</source>
        <translation>Der Import von {file} wird rückgängig gemacht…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Account</numerusform>
            <numerusform>%Ln Accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s)</source>
        <translation>
            <numerusform>%Ln Feld</numerusform>
            <numerusform>%Ln Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln touch-point(s)</source>
        <translation>
            <numerusform>%Ln Kontaktpunkt</numerusform>
            <numerusform>%Ln Kontaktpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Import undone: removed {touchpoints}, {contacts} and {accounts}, put back {fields}.</source>
        <translation>Import rückgängig gemacht: {touchpoints}, {contacts} und {accounts} entfernt, {fields} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Import undone: removed {contacts} and {accounts}, put back {fields}.</source>
        <translation>Import rückgängig gemacht: {contacts} und {accounts} entfernt, {fields} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Kept because of later changes:</source>
        <translation>Wegen späterer Änderungen beibehalten:</translation>
    </message>
    <message>
        <source>• {reason}</source>
        <translation>• {reason}</translation>
    </message>
    <message>
        <source>Undo the import of {file} on {when}? It removes what the import added and puts back the fields it filled, except where you changed them since. This cannot be undone.</source>
        <translation>Den Import von {file} am {when} rückgängig machen? Dabei wird entfernt, was der Import hinzugefügt hat, und die Felder, die er gefüllt hat, werden zurückgesetzt – außer wo Sie seitdem etwas geändert haben. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing an import removes the records it added, unless they have history since (a logged touch keeps a contact), and puts back the fields it filled, unless you edited them since. It cannot itself be undone.</source>
        <translation>Beim Rückgängigmachen eines Imports werden die hinzugefügten Datensätze entfernt, sofern sie seitdem keine Historie haben (ein erfasster Kontaktpunkt bewahrt einen Kontakt), und die befüllten Felder zurückgesetzt, sofern Sie sie seitdem nicht bearbeitet haben. Dieser Schritt lässt sich selbst nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the import of {file} on {when}</source>
        <translation>Import von {file} vom {when} rückgängig machen</translation>
    </message>
</context>
<context>
    <name>UndoStatus</name>
    <message>
        <source>Undone: {action}  (Ctrl+Shift+Z to redo)</source>
        <translation>Rückgängig gemacht: {action}  (Strg+Umschalt+Z zum Wiederherstellen)</translation>
    </message>
    <message>
        <source>Redone: {action}  (Ctrl+Z to undo)</source>
        <translation>Wiederhergestellt: {action}  (Strg+Z zum Rückgängigmachen)</translation>
    </message>
    <message>
        <source>Saved: {action}  (Ctrl+Z to undo)</source>
        <translation>Gespeichert: {action}  (Strg+Z zum Rückgängigmachen)</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>{time} in {place}</source>
        <translation>{time} in {place}</translation>
    </message>
    <message>
        <source>Send “{title}”</source>
        <translation>„{title}“ senden</translation>
    </message>
    <message>
        <source>{channel} with {name}</source>
        <translation>{channel} mit {name}</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>+  Plan touch-point</source>
        <translation>+  Kontaktpunkt planen</translation>
    </message>
    <message>
        <source>Drag a card onto a day to reschedule it, or right-click to mark it done or skip it.</source>
        <translation>Ziehen Sie eine Karte auf einen Tag, um sie zu verschieben, oder klicken Sie mit der rechten Maustaste, um sie als erledigt zu markieren oder zu überspringen.</translation>
    </message>
    <message>
        <source>Plan a touch-point</source>
        <translation>Kontaktpunkt planen</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Angezeigte Woche</translation>
    </message>
    <message>
        <source>Overdue touch-points</source>
        <translation>Überfällige Kontaktpunkte</translation>
    </message>
    <message>
        <source>Planned touch-points whose day has passed. Enter opens one.</source>
        <translation>Geplante Kontaktpunkte, deren Tag vorbei ist. Enter öffnet einen.</translation>
    </message>
    <message>
        <source>Cards of one day. Up and Down move within the day, Left and Right to the next day with cards, Enter opens the card, Delete deletes it (Ctrl+Z undoes).</source>
        <translation>Karten eines Tages. Pfeil nach oben und unten wechselt innerhalb des Tages, links und rechts zum nächsten Tag mit Karten, Enter öffnet die Karte, Entf löscht sie (Strg+Z macht das rückgängig).</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Pick a day to show its week.</source>
        <translation>Wählen Sie einen Tag, um seine Woche anzuzeigen.</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>&amp;Vorherige Woche</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Compact week (cards)</source>
        <translation>&amp;Kompakte Woche (Karten)</translation>
    </message>
    <message>
        <source>Show the week as card columns instead of a time grid</source>
        <translation>Die Woche als Kartenspalten statt als Zeitraster zeigen</translation>
    </message>
    <message>
        <source>Reading the week&apos;s touch-points…</source>
        <translation>Die Kontaktpunkte der Woche werden gelesen…</translation>
    </message>
    <message>
        <source>&amp;Plan touch-point…</source>
        <translation>Kontaktpunkt &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Als &amp;erledigt markieren…</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <source>&amp;Cancel touch-point</source>
        <translation>Kontaktpunkt &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;Reopen (planned)</source>
        <translation>&amp;Wieder öffnen (geplant)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move to {day} {time}</source>
        <translation>Auf {day} {time} verschieben</translation>
    </message>
    <message>
        <source>{action} ({shortcuts})</source>
        <translation>{action} ({shortcuts})</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>WeekWording</name>
    <message numerus="yes">
        <source>Week {week}  ·  %Ln touch-point(s)  ·  {planned} planned  ·  {done} done</source>
        <translation>
            <numerusform>Woche {week}  ·  %Ln Kontaktpunkt  ·  {planned} geplant  ·  {done} erledigt</numerusform>
            <numerusform>Woche {week}  ·  %Ln Kontaktpunkte  ·  {planned} geplant  ·  {done} erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠  Overdue · %Ln planned touch-point(s) past their day</source>
        <translation>
            <numerusform>⚠  Überfällig · %Ln geplanter Kontaktpunkt liegt in der Vergangenheit</numerusform>
            <numerusform>⚠  Überfällig · %Ln geplante Kontaktpunkte liegen in der Vergangenheit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to Nurture Planner</source>
        <translation>Willkommen bei Nurture Planner</translation>
    </message>
    <message>
        <source>Your plan is empty. Look around in the demo plan first — it is kept apart from yours — or bring in your contacts and accounts from a LinkedIn export, a CSV file or vCards. Or start from scratch: add your first account under Accounts.</source>
        <translation>Ihr Plan ist leer. Sehen Sie sich zuerst den Demo-Plan an – er bleibt von Ihrem getrennt – oder holen Sie Ihre Kontakte und Accounts aus einem LinkedIn-Export, einer CSV-Datei oder vCards. Oder fangen Sie bei null an: Legen Sie unter Accounts Ihren ersten Account an.</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation>&amp;Demo-Plan öffnen</translation>
    </message>
    <message>
        <source>&amp;Import contacts or accounts…</source>
        <translation>Kontakte oder Accounts &amp;importieren…</translation>
    </message>
    <message>
        <source>Start from scratch</source>
        <translation>Bei null anfangen</translation>
    </message>
</context>
<context>
    <name>WindowUndo</name>
    <message>
        <source>An import is being undone; open the other file once that is over.</source>
        <translation>Ein Import wird gerade rückgängig gemacht; öffnen Sie die andere Datei, sobald das erledigt ist.</translation>
    </message>
    <message>
        <source>Undoing: {action}…</source>
        <translation>Wird rückgängig gemacht: {action}…</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Rückgängig gemacht: {action}</translation>
    </message>
</context>
<context>
    <name>WorkingWeekTab</name>
    <message>
        <source>{day} starts</source>
        <translation>{day} beginnt</translation>
    </message>
    <message>
        <source>{day} ends</source>
        <translation>{day} endet</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>E-mails and content in a daily slot:</source>
        <translation>E-Mails und Inhalte in einem täglichen Zeitfenster:</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Feiertage von</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>From the system language ({country})</source>
        <translation>Aus der Systemsprache ({country})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Time off from</source>
        <translation>Abwesend ab</translation>
    </message>
    <message>
        <source>Time off to</source>
        <translation>Abwesend bis</translation>
    </message>
    <message>
        <source>e.g. Vacation, Trade fair</source>
        <translation>z. B. Urlaub, Messe</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Arbeitszeiten:</translation>
    </message>
    <message>
        <source>Lengths:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Public holidays:</source>
        <translation>Feiertage:</translation>
    </message>
    <message>
        <source>Time off (nothing is planned on these days):</source>
        <translation>Abwesenheiten (an diesen Tagen wird nichts geplant):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Ganzes Land</translation>
    </message>
</context>
</TS>
